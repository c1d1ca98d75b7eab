"""summarize(documents, since=earlier): what is new, leaving out what the earlier articles said."""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from conftest import build_sentences
from test_limits import elapsed

from summarizer import Document, render, summarize
from summarizer import since as since_module
from summarizer.cli import main
from summarizer.pipeline import EmptyBriefingWarning
from summarizer.render import briefing_words
from summarizer.score import POSITION_WEIGHT, comparison_stop_words, score_sentences
from summarizer.since import (
    OFF_STORY_WEIGHT,
    REASON_ALREADY_SAID,
    REASON_RESTATED,
    SAID_THRESHOLD,
    Said,
    already_said,
    earlier_similarity,
    leave_out_said,
    story_name_columns,
    subject_columns,
    weigh_off_story,
)
from summarizer.split import split_documents
from summarizer.types import Scored

# Our own fictional follow-up: yesterday's article, and today's two with one old fact repeated.
_EARLIER = [
    Document(
        text=(
            "The Lynfield council approved the new tram line on Tuesday evening. The line will "
            "have eight stations between the harbour and the university. The vote was 21 to 9."
        ),
        id="a",
        source="Lynfield Post",
        date="2031-03-04",
    )
]
_NEW = [
    Document(
        text=(
            "The Lynfield council approved the new tram line on Tuesday evening. Construction "
            "will begin in May and cost 300 million crowns, the mayor said on Wednesday. The first "
            "trams are due to run in three years."
        ),
        id="a",  # the same id as the earlier article: ids of the two sets never mix
        source="Harbour Herald",
        date="2031-03-05",
    ),
    Document(
        text=(
            "Work on the Lynfield tram line begins in May, the mayor said on Wednesday. The city "
            "will borrow 120 million crowns of the 300 million cost. Shops on the route asked for "
            "help during the works."
        ),
        id="b",
        source="Lynfield Post",
        date="2031-03-05",
    ),
]
_OLD_FACT = "The Lynfield council approved the new tram line on Tuesday evening."


def test_what_earlier_articles_said_is_left_out_and_said_so() -> None:
    plain = summarize(_NEW, max_sentences=6)
    assert _OLD_FACT in plain.text  # without since= the old fact is a point
    assert plain.earlier_documents is None and "since" not in plain.to_dict()
    update = summarize(_NEW, since=_EARLIER, max_sentences=6)
    assert _OLD_FACT not in update.text
    assert update.points  # the new facts remain
    assert update.earlier_documents == 1 and update.already_said >= 1
    assert update.to_dict()["since"] == {
        "earlier_documents": 1,
        "already_said": update.already_said,
        "nothing_new": False,
    }
    note = "What is new since 1 earlier article"
    for text in (update.to_markdown(), update.to_html()):
        assert note in text
    assert note not in plain.to_markdown()


def test_points_and_citations_come_from_the_new_articles_only() -> None:
    update = summarize(_NEW, since=_EARLIER, max_sentences=6)
    new_ids = {doc.id for doc in _NEW}
    assert [s.id for s in update.sources] == ["a", "b"]
    for point in update.points:
        assert set(point.citations) <= new_ids
        source = next(d for d in _NEW if d.id == point.doc_id)
        assert source.text[point.start : point.end] == point.text


def test_empty_since_changes_nothing_but_the_note() -> None:
    plain = summarize(_NEW, max_sentences=4)
    update = summarize(_NEW, since=[], max_sentences=4)
    assert update.text == plain.text
    assert (update.earlier_documents, update.already_said) == (0, 0)


def test_a_lone_earlier_string_is_refused() -> None:
    with pytest.raises(TypeError, match="since must be a collection"):
        summarize(_NEW, since="yesterday's article")


def test_the_comparison_in_small_blocks_gives_the_same_briefing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = summarize(_NEW, since=_EARLIER, max_sentences=6).to_dict()
    monkeypatch.setattr(since_module, "_BLOCK_CELLS", 1)
    assert summarize(_NEW, since=_EARLIER, max_sentences=6).to_dict() == expected


def test_cli_since(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new, old = tmp_path / "new", tmp_path / "old"
    new.mkdir()
    old.mkdir()
    for folder, docs in ((new, _NEW), (old, _EARLIER)):
        for number, doc in enumerate(docs):
            (folder / f"{number}.txt").write_text(doc.text, encoding="utf-8")
    assert main([str(new), "--since", str(old), "--max-sentences", "6"]) == 0
    out = capsys.readouterr().out
    assert _OLD_FACT not in out and "What is new since 1 earlier article" in out


def test_evaluate_with_background(tmp_path: Path) -> None:
    pytest.importorskip("rouge_score")
    from summarizer.evaluate import evaluate

    record = {
        "id": "tram",
        "documents": [{"id": d.id, "text": d.text} for d in _NEW],
        "background": [{"id": d.id, "text": d.text} for d in _EARLIER],
        "references": [{"text": "Tram works start in May and cost 300 million crowns."}],
    }
    dataset = tmp_path / "update.jsonl"
    dataset.write_text(json.dumps(record) + "\n", encoding="utf-8")
    plain = evaluate(dataset, max_words=60, progress=False)
    update = evaluate(dataset, max_words=60, progress=False, since_background=True)
    assert update.since_background and not plain.since_background
    assert _OLD_FACT in "\n".join(plain.summaries[0].points)
    assert _OLD_FACT not in "\n".join(update.summaries[0].points)


# The since stage on its own: two new sentences (one restating the earlier article, one new),
# then the earlier article's two sentences, scored in one space as the pipeline does.
_NEW_SENTENCES: dict[str, Sequence[str]] = {
    "new": [
        "The Lynfield council approved the new tram line on Tuesday evening.",
        "Construction of the tram line will cost 300 million crowns, the mayor said.",
        "Shops along the planned route have asked the city for help during the works.",
    ]
}
_EARLIER_SENTENCES: dict[str, Sequence[str]] = {
    "old": [
        "The Lynfield council approved the new tram line on Tuesday evening.",
        "The line will have eight stations between the harbour and the university.",
    ]
}


def _scored_pair() -> tuple[Scored, Scored]:
    new = build_sentences(_NEW_SENTENCES)
    earlier = build_sentences(_EARLIER_SENTENCES)
    return score_sentences(new), score_sentences(new + earlier)


def test_the_restated_sentence_is_left_out_with_its_reason() -> None:
    scored, union = _scored_pair()
    result, left_out = leave_out_said(scored, union)
    assert left_out == 1
    assert result.eligible is not None
    assert result.eligible.tolist() == [False, True, True]
    assert result.reasons[0] == REASON_ALREADY_SAID
    assert REASON_ALREADY_SAID not in result.reasons[1:]


def test_relevance_falls_with_the_share_already_said() -> None:
    scored, union = _scored_pair()
    said = already_said(union, 3)
    assert said.said.tolist() == [True, False, False]
    assert said.nearest[0] == 0  # the first earlier sentence says it
    assert said.overlap[0] == pytest.approx(1.0)
    # "tram line" is shared with the earlier article, the shops sentence shares no term with it
    assert 0.0 < said.overlap[1] < 1.0 and said.overlap[2] == 0.0 and said.nearest[2] == -1
    result, _ = leave_out_said(scored, union)
    expected = scored.relevance * (1.0 - said.overlap)
    np.testing.assert_allclose(result.relevance, expected)
    unchanged, _ = leave_out_said(scored, union, novelty_weight=0.0)
    np.testing.assert_allclose(unchanged.relevance, scored.relevance)


def test_a_restatement_in_other_words_overlaps_by_its_words_but_is_not_left_out() -> None:
    """The overlap is measured on the words (as relevance is); a restatement that adds words of
    its own ("after a long debate") is not left out."""
    new = build_sentences(
        {
            "new": [
                (
                    "On Tuesday evening a new line for trams was approved by the council of "
                    "Lynfield, after a long debate."
                ),
                "Shops along the planned route have asked the city for help during the works.",
            ]
        }
    )
    union = score_sentences(new + build_sentences(_EARLIER_SENTENCES))
    said = already_said(union, 2)
    earlier = np.array([False, False, True, True])
    wording, nearest = earlier_similarity(union, earlier)
    # Same words as the earlier sentence, few of its word pairs: below the level that leaves a
    # sentence out, but most of it was said, and its relevance falls by that much.
    assert wording[0] < SAID_THRESHOLD and not said.said[0]
    assert said.overlap[0] > 0.7 > wording[0]
    assert said.nearest[0] == nearest[0] == 0
    assert said.overlap[1] == 0.0


def test_already_said_is_the_one_place_that_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    """A relation plugged into already_said decides, and nothing else does."""
    marked = "The first trams are due to run in three years."
    assert marked in summarize(_NEW, since=_EARLIER, max_sentences=6).text

    def relation(
        union: Scored,
        n_new: int,
        *,
        threshold: float | None = None,
        eligible: np.ndarray | None = None,
    ) -> Said:
        texts = [s.text for s in union.sentences[:n_new]]
        said = np.array([text == marked for text in texts])
        return Said(
            overlap=np.zeros(n_new),
            said=said,
            nearest=np.full(n_new, -1),
            restated=np.zeros(n_new, dtype=bool),
        )

    monkeypatch.setattr(since_module, "already_said", relation)
    update = summarize(_NEW, since=_EARLIER, max_sentences=6)
    assert marked not in update.text
    assert _OLD_FACT in update.text  # the plugged relation did not say so: it stays
    assert update.already_said == 1


def test_everything_already_said_gives_an_empty_briefing_that_says_so() -> None:
    # The earlier article's sentences in another order: no copy of it, but nothing new.
    first, second, third = _EARLIER[0].text.split(". ")
    retold = replace(_EARLIER[0], text=f"{second}. {third} {first}.", id="r")
    update = summarize([retold], since=_EARLIER, max_sentences=4)
    assert update.already_read == ()
    assert update.points == ()
    assert update.already_said == 3
    assert (
        "3 sentences repeating its wording or retelling one of its sentences or its headline are "
        "left out" in update.to_markdown()
    )
    # The empty briefing is the answer, and says so (it said "No sentence was selected.").
    assert update.nothing_new and update.to_dict()["since"]["nothing_new"] is True
    nothing = (
        "Nothing is new: every sentence of these articles that could be selected states what the "
        "earlier ones said."
    )
    for text in (update.to_markdown(), update.to_html(), render(update, "text")):
        assert nothing in text
        assert "No sentence was selected." not in text


def test_nothing_new_is_said_of_the_sentences_that_could_be_points() -> None:
    # A new question is no point (score.REASON_QUESTION): the rest was said, so nothing is new,
    # but not every sentence of the new article repeats the earlier one (it said "every sentence
    # of these articles states what the earlier ones said" beside "1 sentence ... is left out").
    asked = Document(
        _EARLIER[0].text.split(". ")[0] + ". Will the tram line reach the airport one day?",
        id="q",
        date="2031-03-05",
    )
    update = summarize([asked], since=_EARLIER)
    assert update.points == () and update.nothing_new and update.already_said == 1
    assert "that could be selected states what the earlier ones said" in update.to_markdown()


def test_an_empty_briefing_for_its_budget_is_not_called_nothing_new() -> None:
    # No sentence fits two words, but the new articles do say something new.
    with pytest.warns(EmptyBriefingWarning):
        update = summarize(_NEW, since=_EARLIER, max_words=2)
    assert update.points == () and update.already_said >= 1
    assert not update.nothing_new
    assert "No sentence was selected." in update.to_markdown()


def test_an_article_given_again_among_the_new_ones_is_left_out_and_said_so() -> None:
    # A folder that keeps yesterday's article: given as new and as earlier, it was a source of
    # the update, cited and counted in its header.
    alone = summarize(_NEW[1:], since=_EARLIER, max_sentences=6)
    for again in (_EARLIER[0], replace(_EARLIER[0], id="yesterday")):  # its id, or another
        update = summarize([again, *_NEW[1:]], since=_EARLIER, max_sentences=6)
        assert update.already_read == (again.id,)
        assert [s.id for s in update.sources] == ["b"]
        assert all(point.citations == ("b",) for point in update.points)
        assert [p.text for p in update.points] == [p.text for p in alone.points]
        assert update.to_dict()["since"]["already_read"] == [again.id]
        note = "1 of the 2 articles given is an earlier one, word for word, and is left out; "
        for text in (update.to_markdown(), update.to_html(), render(update, "text")):
            assert note in text
            assert "2 sources" not in text
    assert "already_read" not in alone.to_dict()["since"]  # only when one was given again


def test_every_article_given_again_is_nothing_new(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    update = summarize([_EARLIER[0], replace(_EARLIER[0], id="copy")], since=_EARLIER)
    assert update.points == () and update.sources == () and update.nothing_new
    assert update.already_read == ("a", "copy") and update.already_said == 0
    nothing = "Nothing is new: every article given is one of the earlier ones, word for word."
    for text in (update.to_markdown(), update.to_html(), render(update, "text")):
        assert nothing in text
        assert "the 2 articles given are earlier ones, word for word, and are left out." in text
    # On the command line: one folder given as the articles and as the earlier ones.
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "tram.txt").write_text(_EARLIER[0].text, encoding="utf-8")
    assert main([str(folder), "--since", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert nothing in out and "Traceback" not in out + err
    say = briefing_words("de")
    german = summarize([_EARLIER[0]], since=_EARLIER, language="de")
    assert say("no_points_read") in german.to_markdown()
    assert say("since_read", read=1) in german.to_markdown()


def test_a_near_copy_of_an_earlier_article_stays_new() -> None:
    # The story re-sent with a figure corrected or a paragraph added (text.near_copies): what it
    # changed is news, so it is no article given again; what it repeats is already said.
    sentences = [
        "The Lynfield council approved the new tram line on Tuesday evening.",
        "The line will have eight stations between the harbour and the university.",
        "Construction is due to begin in May.",
        "The mayor called the vote a turning point for the eastern districts.",
        "The line will cost 300 million crowns.",
    ]
    earlier = Document(" ".join(sentences), id="first", date="2031-03-04")
    added = "Two of the stations will be built underground, the engineers said on Wednesday."
    for text in (
        " ".join([*sentences[:4], "The line will cost 340 million crowns."]),
        " ".join([*sentences, added]),
    ):
        update = summarize([Document(text, id="second", date="2031-03-05")], since=[earlier])
        assert update.already_read == () and [s.id for s in update.sources] == ["second"]
        assert update.already_said >= 4
    assert update.text == added


def _stream(prefix: str, count: int, template: str) -> list[Document]:
    """``count`` fictional articles on one story, each sentence ``template`` with its own numbers."""
    places = ["harbour", "university", "market", "station", "bridge", "museum", "stadium", "depot"]
    return [
        Document(
            text=" ".join(
                template.format(place=places[(n + k) % len(places)], a=n * 12 + k, b=k * 40 + n)
                for k in range(12)
            ),
            id=f"{prefix}{n}",
        )
        for n in range(count)
    ]


def test_the_since_path_costs_a_small_multiple_of_a_plain_summary() -> None:
    """With as many earlier articles as new ones: measured 1.7 to 1.9 times the CPU of a plain
    summary (the earlier articles are cleaned, split and scored once more, beside the new ones);
    3 leaves room for a busy machine and would still catch a comparison grown quadratic."""
    new = _stream(
        "new", 200, "Crews laid {b} metres of Lynfield tram track near the {place} in week {a}."
    )
    earlier = _stream(
        "old", 200, "Planners surveyed plot {a} beside the {place} for {b} days before the vote."
    )
    plain = elapsed(lambda: summarize(new, max_words=100))
    update = elapsed(lambda: summarize(new, since=earlier, max_words=100))
    assert update <= 3.0 * plain, (update, plain)


def test_nothing_said_already_is_said_in_words_not_as_zero_sentences() -> None:
    unrelated = [Document("Herons returned to the Oldwick marsh meadows this spring.", id="h")]
    update = summarize(_NEW, since=unrelated, max_sentences=4)
    assert update.already_said == 0
    note = update.to_markdown()
    assert "no new sentence only repeats its wording;" in note
    assert "0 sentences" not in note


def test_a_restatement_that_adds_nothing_is_left_out_and_an_update_is_not() -> None:
    """A follow-up tells last week's vote again in words of its own (our own text): the earlier
    article's sentence holds every content word of it and states its fact, so it is said. The
    second vote (other figures, a second line) is news and stays."""
    earlier = [
        Document(
            "The Lynfield council voted 21 to 9 on Tuesday to approve the new tram line.\n\n"
            "The line will have eight stations between the harbour and the university.",
            id="old",
            date="2031-03-04",
        )
    ]
    restated = (
        "By 21 votes to 9, the council of Lynfield approved the new line for trams last week."
    )
    update = "The Lynfield council approved a second tram line by 16 votes to 14 on Friday."
    new = [
        Document(
            f"{restated}\n\n{update}\n\nConstruction of the first line will begin in May.",
            id="new",
            date="2031-03-11",
        )
    ]
    assert restated in summarize(new, max_sentences=3).text
    briefing = summarize(new, since=earlier, max_sentences=3)
    assert restated not in briefing.text
    assert update in briefing.text
    assert briefing.already_said == 1
    new_sentences = build_sentences({"new": [restated, update]})
    union = score_sentences(
        new_sentences
        + build_sentences(
            {"old": ["The Lynfield council voted 21 to 9 on Tuesday to approve the new tram line."]}
        )
    )
    said = already_said(union, 2)
    assert said.said.tolist() == [True, False]
    assert said.restated.tolist() == [True, False]
    result, _ = leave_out_said(score_sentences(new_sentences), union)
    assert result.reasons[0] == REASON_RESTATED


def test_a_new_lead_that_restates_the_earlier_headline_is_said() -> None:
    # since.HEADLINE_SAID_LEVEL: no earlier sentence holds the new lead's words, but the earlier
    # article's title is its fact ("loses its only ferry link" / "has lost its only ferry link").
    earlier = [
        Document(
            "Councillors voted on Monday to stop paying the subsidy that kept the crossing to the "
            "mainland running. The harbour master said the last sailing would leave on Friday "
            "evening. Islanders will rely on a private water taxi until a new operator is found.",
            id="paper",
            title="Kessel island loses its only ferry link",
            date="2025-03-03",
        ),
        Document(
            "The water taxi will carry twelve passengers at a time. Shopkeepers fear their "
            "deliveries will be delayed by weeks.",
            id="radio",
            date="2025-03-04",
        ),
    ]
    lead = "Kessel island has lost its only ferry link to the mainland."
    news = (
        "A private company from Lorient has offered to run a summer ferry from June. The company "
        "said it would need a subsidy of two hundred thousand euros a year. Islanders said they "
        "would sign a petition for the summer ferry."
    )
    new = [Document(f"{lead} {news}", id="wire", date="2025-03-06")]
    update = summarize(new, since=earlier, max_sentences=4)
    assert lead not in update.text
    assert update.already_said == 1
    assert "retelling one of their sentences or headlines is left out" in update.to_markdown()
    # Without the title the lead is news: nothing earlier states it.
    untitled = [replace(earlier[0], title=None), earlier[1]]
    assert lead in summarize(new, since=untitled, max_sentences=4).text


# The story of our own: the Harrow Lake dam. Two earlier articles, and three new ones of which
# one is a roundup of the week (its title and lead name nothing of the dam) with one dam item.
_DAM_EARLIER = [
    Document(
        "Engineers found a crack in the Harrow Lake dam on Monday. The dam holds back the lake "
        "above the town of Harrow. The lakeside path below the dam was closed for a week.",
        id="e1",
        title="Crack found in Harrow Lake dam",
    ),
    Document(
        "Water is being let out of Harrow Lake to ease the pressure on the cracked dam. Families "
        "living below the Harrow dam were told to be ready to leave within the week.",
        id="e2",
        title="Harrow Lake lowered",
    ),
]
_DAM_NEW = [
    Document(
        "Repairs to the Harrow Lake dam began on Thursday, a week after the crack was found. The "
        "council said the shore road would reopen on the weekend once the dam was safe. The "
        "repairs will cost four million crowns.",
        id="n1",
        title="Repairs begin on Harrow dam",
    ),
    Document(
        "The shore road market will open every weekend from May, the council said on Thursday. "
        "The council said the weekend market on the shore road would have forty stalls. Divers "
        "will inspect the Harrow Lake dam's base next week.",
        id="n2",
        title="The week in the county",
    ),
    Document(
        "The families below the Harrow dam may return home, the council said, as the lake has "
        "fallen by two metres. Inspectors will check the dam every day until the repairs end.",
        id="n3",
        title="Harrow families may return",
    ),
]
_ROUNDUP_OFF = (
    "The shore road market will open every weekend from May, the council said on Thursday.",
    "The council said the weekend market on the shore road would have forty stalls.",
)


def _dam_scored() -> tuple[Scored, Scored]:
    """The new dam articles scored on their own, and followed by the earlier ones."""
    new = split_documents(_DAM_NEW)
    earlier = split_documents([replace(doc, id=f"earlier:{doc.id}") for doc in _DAM_EARLIER])
    return score_sentences(new), score_sentences(new + earlier)


def test_the_subject_is_what_most_articles_of_both_sets_write_less_everyday_words() -> None:
    scored, union = _dam_scored()
    subject = {
        stem
        for stem, keep in zip(union.stems, subject_columns(union, len(scored.sentences)))
        if keep
    }
    assert {"harrow", "dam"} <= subject
    # No earlier article writes "shore road", "council" or "market"; "week", which most articles
    # of both sets write, is an everyday news word.
    assert not subject & {"shore", "council", "week", "market"}


def test_an_article_off_the_story_weighs_its_sentences_off_the_subject_less() -> None:
    scored, union = _dam_scored()
    weighed = weigh_off_story(scored, union)
    for i, sentence in enumerate(scored.sentences):
        expected = scored.relevance[i]
        if sentence.text in _ROUNDUP_OFF:
            expected *= OFF_STORY_WEIGHT
        assert weighed.relevance[i] == pytest.approx(expected), sentence.text
    # The roundup's dam item and the articles on the story keep their relevance.
    assert sum(s.text in _ROUNDUP_OFF for s in scored.sentences) == 2


def test_a_roundup_s_item_on_the_story_weighs_as_a_lead() -> None:
    # The roundup's dam item is its third sentence: the score stage's prior weighed it as one.
    scored, union = _dam_scored()
    names = {
        stem
        for stem, keep in zip(union.stems, story_name_columns(union, len(scored.sentences)))
        if keep
    }
    assert {"harrow", "dam"} <= names and not names & {"shore", "council", "market"}
    weighed = weigh_off_story(scored, union, position_weight=POSITION_WEIGHT)
    item = "Divers will inspect the Harrow Lake dam's base next week."
    for i, sentence in enumerate(scored.sentences):
        expected = scored.relevance[i]
        if sentence.text in _ROUNDUP_OFF:
            expected *= OFF_STORY_WEIGHT
        elif sentence.text == item:
            assert sentence.index == 2
            expected *= (1 + POSITION_WEIGHT) / (1 + POSITION_WEIGHT / 3)
        assert weighed.relevance[i] == pytest.approx(expected), sentence.text
    assert item in {s.text for s in scored.sentences}


def test_function_words_are_no_overlap_with_what_was_said() -> None:
    # "did" is no term of English relevance (scikit-learn's list lacks it): compared with it, the
    # earlier "She did." said a third of a ruling it has nothing to do with.
    new = split_documents(
        [Document("The court ruled that the show did not defame the cattle farmers.", id="n1")]
    )
    earlier = split_documents([Document("She did. Rain fell on the hills.", id="earlier:e1")])
    plain = already_said(score_sentences(new + earlier), len(new))
    compared = already_said(
        score_sentences(new + earlier, stop_words=comparison_stop_words("en")), len(new)
    )
    assert plain.overlap[0] > 0.1
    assert compared.overlap[0] == 0.0
    assert {"did", "does", "doing", "having"} <= comparison_stop_words("en")


def test_a_title_that_names_the_subject_keeps_the_article_on_the_story() -> None:
    scored, union = _dam_scored()
    titles = {"n2": ("harrow", "dam")}
    assert weigh_off_story(scored, union, titles) is scored
    # Without earlier articles there is no story to be off.
    assert weigh_off_story(scored, scored) is scored


def test_a_roundup_lead_off_the_story_is_no_point_of_the_update() -> None:
    update = summarize(_DAM_NEW, since=_DAM_EARLIER, max_sentences=2)
    assert not set(_ROUNDUP_OFF) & {point.text for point in update.points}
    assert all("dam" in point.text or "Harrow" in point.text for point in update.points)


def test_a_place_s_two_names_are_one_subject_word() -> None:
    # Most articles say "Myanmar"; the third new one says "Burma" in its title and lead.
    earlier = [
        Document(
            "Myanmar's ruling council closed the border crossings on Monday. Traders in Myanmar "
            "said lorries were queueing for miles.",
            id="e1",
            title="Myanmar closes border",
        ),
        Document(
            "Farmers in Myanmar cannot sell their rice abroad while the crossings stay shut.",
            id="e2",
        ),
    ]
    new = [
        Document("Myanmar reopened two of the border crossings on Friday.", id="n1"),
        Document("Myanmar's rice exports resumed on Saturday, the ministry said.", id="n2"),
        Document(
            "Exporters welcomed the decision on Burma's trade. A shipping agent said forty "
            "lorries left within an hour.",
            id="n3",
            title="Burma trade to resume",
        ),
    ]
    sentences = split_documents(new)
    scored = score_sentences(sentences)
    union = score_sentences(
        sentences + split_documents([replace(doc, id=f"earlier:{doc.id}") for doc in earlier])
    )
    subject = {
        stem
        for stem, keep in zip(union.stems, subject_columns(union, len(sentences)), strict=True)
        if keep
    }
    assert {"myanmar", "burma"} <= subject
    assert weigh_off_story(scored, union, {"n3": ("burma", "trade", "resum")}) is scored


def test_a_feature_opening_on_an_anecdote_is_on_the_story_by_its_other_sentences() -> None:
    feature = Document(
        "Ada Pell left by the shore road on the weekend with two suitcases. Her house stands "
        "below the Harrow Lake dam, and the crack in the dam kept her awake. She will stay with "
        "her sister until the Harrow dam repairs end.",
        id="n4",
        title="A long week for the Pells",
    )
    new = split_documents([*_DAM_NEW, feature])
    earlier = split_documents([replace(doc, id=f"earlier:{doc.id}") for doc in _DAM_EARLIER])
    scored = score_sentences(new)
    weighed = weigh_off_story(scored, score_sentences(new + earlier))
    assert scored.relevance[[s.doc_id == "n4" for s in scored.sentences]].min() > 0
    for i, sentence in enumerate(scored.sentences):
        if sentence.doc_id == "n4":
            assert weighed.relevance[i] == scored.relevance[i], sentence.text
        if sentence.text in _ROUNDUP_OFF:  # the roundup is still off the story
            assert weighed.relevance[i] == scored.relevance[i] * OFF_STORY_WEIGHT


@pytest.mark.parametrize("seed", range(6))
def test_the_nearest_earlier_sentence_is_scipys_row_max_and_argmax(seed: int) -> None:
    """_row_max gives what scipy's max(axis=1) and argmax(axis=1) give, ties to the lowest
    column, with rows stored out of order (as a product's are), empty rows and full ones."""
    from scipy.sparse import csr_matrix, random_array

    rng = np.random.default_rng(seed)
    width = int(rng.integers(1, 9))
    dense = random_array((12, width), density=0.5, rng=rng).toarray()
    dense = np.round(dense * 3) / 3  # few values: many ties in a row
    dense[0] = 0.0  # a row with no entry
    dense[1] = 1.0 / 3  # a full row of one value
    if seed % 2:
        dense[2] = -dense[2]  # a row of negative entries: its maximum is an implicit zero
    matrix = csr_matrix(dense)
    matrix.eliminate_zeros()
    order = np.concatenate(
        [rng.permutation(np.arange(a, b)) for a, b in itertools.pairwise(matrix.indptr)]
    )

    def unsorted() -> csr_matrix:  # scipy's max and argmax sort the rows in place
        rows = (matrix.data[order], matrix.indices[order], matrix.indptr)
        return csr_matrix(rows, shape=matrix.shape)

    expected_best = unsorted().max(axis=1).toarray().ravel()
    expected_first = np.asarray(unsorted().argmax(axis=1)).ravel()
    best, first = since_module._row_max(unsorted(), width)
    assert np.array_equal(best, expected_best)
    above = expected_best > 0
    assert np.array_equal(first[above], expected_first[above])


def test_a_sentence_that_adds_the_news_to_an_earlier_wording_is_not_said() -> None:
    """A follow-up (our own text) repeats the earlier lead's wording and adds the fire's cause:
    their wording's cosine is past SAID_THRESHOLD, but the earlier sentence holds only part of
    what the new one says, so the news stays. A copy that adds no content word is still said,
    and so is one an earlier sentence holds but for a word; one that changes a figure is not."""
    earlier_sentences = [
        "A fire destroyed the brick kiln at Marrow Bridge on Monday.",
        "Two workers were treated for smoke, the fire brigade said.",
    ]
    earlier = [Document(" ".join(earlier_sentences), id="old", date="2030-05-06")]
    cause = (
        "The fire that destroyed the brick kiln at Marrow Bridge on Monday was started by a "
        "faulty electric heater, investigators said."
    )
    copy = "A fire destroyed the brick kiln at Marrow Bridge on Monday."
    near_copy = "A fire destroyed the old brick kiln at Marrow Bridge on Monday."
    figure = "Three workers were treated for smoke, the fire brigade said."
    new_sentences = build_sentences({"new": [cause, copy, near_copy, figure]})
    union = score_sentences(new_sentences + build_sentences({"old": earlier_sentences}))
    wording, _ = earlier_similarity(union, np.arange(len(union.sentences)) >= 4)
    assert wording[0] >= SAID_THRESHOLD  # the symmetric test alone would leave it out
    said = already_said(union, 4)
    assert said.said.tolist() == [False, True, True, False]
    assert 0.0 < said.overlap[0] < 1.0  # partly said: its relevance falls, it is not left out
    new = [
        Document(
            f"{cause} The owners said they would rebuild the kiln within a year.",
            id="new",
            date="2030-05-09",
        )
    ]
    briefing = summarize(new, since=earlier, max_sentences=3)
    assert cause in briefing.text
    assert briefing.already_said == 0
    # The note claims no more than was tested: the cause does repeat the earlier wording.
    assert "no new sentence only repeats its wording;" in briefing.to_markdown()


def test_a_corrected_figure_is_news_since_the_earlier_report() -> None:
    """A report sent again (our own text) with one figure corrected, 340 million crowns for 300
    million: four of the sentence's five content words are held and the relation, reading figures
    within FIGURE_TOLERANCE as one when it cites, takes the two for one statement; but the
    correction is what is new, so it is the briefing's point, and the unchanged sentences are
    left out as said."""
    text = (
        "The council of Harnby approved the new tram line on Tuesday. The line will cost {} "
        "million crowns. Work starts in May, the mayor said."
    )
    earlier = [Document(text.format(300), id="old", date="2024-03-05")]
    new = [Document(text.format(340), id="new", date="2024-03-06")]
    briefing = summarize(new, since=earlier)
    assert [point.text for point in briefing.points] == ["The line will cost 340 million crowns."]
    assert briefing.already_said == 2
    # The same figure again is no news (the sentences in another order, so that the article is
    # no copy word for word, which is left out whole before the since stage reads it).
    again = (
        "Work starts in May, the mayor said. The council of Harnby approved the new tram line on "
        "Tuesday. The line will cost 300 million crowns."
    )
    assert summarize([Document(again, id="again")], since=earlier).points == ()


def test_a_figure_converted_with_another_rounding_is_no_correction() -> None:
    """Our own text: two outlets convert one distance with other roundings, "2,000 kilometres
    (1,200 miles)" and "(1,240 miles)". The bracket gave a second figure in miles, and with no
    tolerance 1,240 miles corrected 1,200: the new sentence was news, though it says what the
    earlier one said. A figure in brackets converts the figure before it; it is not compared."""
    text = (
        "The Sky Relay balloon landed near Lake Karov on Sunday after flying 2,000 kilometres "
        "({} miles). Two pilots set off from Vestby on Thursday in the balloon. {}"
    )
    earlier = [
        Document(
            text.format("1,200", "Organisers said it was a record."), id="e", date="2031-06-02"
        )
    ]
    new = [
        Document(
            text.format("1,240", "The town will honour the pilots next week."),
            id="n",
            date="2031-06-03",
        )
    ]
    briefing = summarize(new, since=earlier)
    assert [point.text for point in briefing.points] == [
        "The town will honour the pilots next week."
    ]
    assert briefing.already_said == 2
    # Another distance is news.
    farther = text.replace("2,000", "2,400").format("1,490", "The town will honour the pilots.")
    assert len(summarize([Document(farther, id="f")], since=earlier).points) == 2


@pytest.mark.parametrize(
    ("cluster", "opening"),
    [
        ("brackley-verdict", "Lawyers for Martin Oakes"),
        ("solmara-election", "The leaders of Solmara's Green Alliance"),
        ("voltra-recall", "The Consumer Safety Authority said on Thursday"),
    ],
)
def test_a_follow_up_without_a_title_is_headed_by_its_lead(cluster: str, opening: str) -> None:
    # Our own clusters (tests/data/review_clusters), each with a follow-up a day later and no
    # title: its leads are too long to cut, so the headline was its one key term ("Council") or
    # a short later line ("Solmaran Voice said it would hold rallies ...", the last point).
    from summarizer.load import load_documents

    folder = Path(__file__).resolve().parent / "data" / "review_clusters"
    earlier = load_documents(folder / cluster)
    later = load_documents(folder / "later" / cluster)
    briefing = summarize(later, since=earlier, max_words=150)
    assert briefing.headline.startswith(opening), briefing.headline
    assert briefing.points[0].text.startswith(briefing.headline)


# Our own fictional campaign: one earlier article, then three developments weeks apart told by
# the same actors (the fact model reads them as one fact: "named a press secretary" and "is
# moving her headquarters" score 0.96 each way).
_CAMPAIGN_EARLIER = [
    Document(
        "Senator Ada Whitcombe opened her campaign for governor in Port Aldous on Saturday. "
        "Whitcombe promised to repair the state's bridges and to cut ferry fares. "
        "Her rival, Governor Tom Brisk, has held the office for eight years. "
        "A crowd of about 2,000 people came to the harbour for Whitcombe's speech. "
        "The primary is due in September.",
        id="e1",
        date="2041-01-10",
    )
]
_SECRETARY = (
    "Senator Ada Whitcombe named a veteran of her two Senate races to be her campaign press "
    "secretary."
)
_MOVE = (
    "Senator Ada Whitcombe said on Wednesday that she is moving her campaign headquarters to "
    "Millbrook."
)
_CAMPAIGN = [
    Document(
        f"{_SECRETARY} Lena Orr ran the press office of the state's largest union for six years. "
        "Orr starts on Monday, the Whitcombe campaign said. "
        "Orr replaces a Whitcombe spokesman who left in February. "
        "Whitcombe's campaign said Orr would also write speeches.",
        id="n1",
        date="2041-03-02",
    ),
    Document(
        f"{_MOVE} The move is meant to cut the Whitcombe campaign's rent by half. "
        "About forty Whitcombe staff will move in June. "
        "Millbrook is the home town of Senator Whitcombe. "
        "Whitcombe aides said the new office opens next month.",
        id="n2",
        date="2041-05-20",
    ),
    Document(
        "Senator Ada Whitcombe won the endorsement of the teachers' union on Friday. "
        "The union has 40,000 members across the state, Whitcombe's campaign said. "
        "Its leaders praised the Whitcombe plan for school buses. "
        "Governor Brisk did not comment on the Whitcombe endorsement. "
        "The union backed Brisk four years ago.",
        id="n3",
        date="2041-05-23",
    ),
]


def test_a_development_weeks_from_another_by_the_same_actors_is_news() -> None:
    """What is new is a story's developments over weeks: the press secretary named in March is
    not passed over for the move of the headquarters in May, though the same-fact relation reads
    the two leads, which share only their actor's words, as one fact (select_mmr's far_facts).
    A briefing of one collection still reads them so; and a far sentence that holds what a point
    says ("moved her campaign headquarters to Millbrook in May", in July) is still the same fact."""
    briefing = summarize(_CAMPAIGN, since=_CAMPAIGN_EARLIER, max_words=60)
    points = [point.text for point in briefing.points]
    assert _SECRETARY in points and _MOVE in points
    assert _SECRETARY not in [point.text for point in summarize(_CAMPAIGN, max_words=60).points]
    retold = "Senator Ada Whitcombe moved her campaign headquarters to Millbrook in May."
    later = Document(
        f"{retold} The Whitcombe campaign now has sixty staff there. "
        "Whitcombe's lead in the polls has grown to nine points. "
        "Governor Brisk will debate Whitcombe twice in August.",
        id="n4",
        date="2041-07-12",
    )
    briefing = summarize([*_CAMPAIGN, later], since=_CAMPAIGN_EARLIER, max_words=60)
    points = [point.text for point in briefing.points]
    assert _SECRETARY in points
    assert (_MOVE in points) + (retold in points) == 1


def test_a_count_revised_the_next_day_is_the_news() -> None:
    # Our own outage cluster (tests/data/review_clusters/larkmoor-outage): read since the first
    # day's wire ("About 1.2 million customers were affected, it said."), the next day's leads
    # "... has admitted that up to two million customers were affected ..., far more than the
    # 1.2 million it first reported." and "... now says as many as 2 million customers were
    # affected ..., up from 1.2 million." shared most of their words with it (0.68, 0.86) and
    # were worth what was left: no briefing told the new count, at 60 or 150 words.
    from summarizer.load import load_documents

    folder = Path(__file__).resolve().parent / "data" / "review_clusters" / "larkmoor-outage"
    earlier = load_documents(folder / "01-wire.txt", folder / "02-consumer.txt")
    later = load_documents(folder / "03-paper.txt", folder / "04-broadcaster.txt")
    for words in (60, 150):
        points = summarize(later, since=earlier, max_words=words).points
        counts = [p for p in points if "million customers" in p.text]
        assert len(counts) == 1, (words, [p.text for p in points])
        assert sorted(counts[0].citations) == ["03-paper", "04-broadcaster"]


def test_a_mention_in_an_after_clause_does_not_tell_the_leads_news() -> None:
    from pathlib import Path

    from summarizer import load_documents, summarize

    # Our own data-breach cluster, since the wire's first day (the company's denial): the local
    # paper's "Dozens of Caldwin Mobile customers queued ... yesterday after it admitted that
    # hackers had stolen their personal details" was picked first and passed over the next
    # day's leads telling the admission, so no briefing (60-250 words) told it.
    folder = Path(__file__).resolve().parent / "data" / "review_clusters" / "caldwin-breach"
    new = [
        d
        for name in ("02-business", "03-broadcaster", "04-local")
        for d in load_documents(folder / f"{name}.txt")
    ]
    earlier = load_documents(folder / "01-wire.txt")
    for words in (60, 100, 150):
        texts = [p.text for p in summarize(new, since=earlier, max_words=words).points]
        assert any(t.startswith("Caldwin Mobile") for t in texts), (words, texts)
