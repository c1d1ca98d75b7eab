"""The whole pipeline through the public API, and DESIGN.md's invariants on the sample articles."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from summarizer import (
    Briefing,
    ConfigError,
    Document,
    InputError,
    Summarizer,
    load_documents,
    pipeline,
    render,
    summarize,
)
from summarizer.load import as_documents
from summarizer.pipeline import IgnoredQueryWarning
from summarizer.types import Point, count_words

# Three short reports of one invented event, written for these tests.
FERRY = (
    (
        "The Kestrel Bay ferry ran aground on a sandbank near Port Amsel on Sunday morning with 212 "
        "passengers on board. Coastguard boats took every passenger ashore within four hours and no one "
        "was hurt. The operator, Amsel Lines, said the vessel had lost steering in heavy fog."
    ),
    (
        "All 212 passengers were taken ashore by coastguard boats after the Kestrel Bay ferry ran aground "
        "near Port Amsel on Sunday. Amsel Lines blamed a steering failure in thick fog for the grounding. "
        "The harbour master has opened an inquiry into why the ferry left port in such conditions."
    ),
    (
        "Salvage crews hope to refloat the Kestrel Bay ferry at high tide on Tuesday, the company said on "
        "Monday. Nobody was injured when the ferry ran aground on a sandbank near Port Amsel on Sunday "
        "morning. Fuel has not leaked from the hull, according to an environmental agency survey."
    ),
)


def check_invariants(briefing: Briefing, documents: list[Document], max_words: int | None) -> None:
    by_id = {d.id: d for d in briefing.documents}
    assert [s.id for s in briefing.sources] == [d.id for d in by_id.values()]
    for point in briefing.points:
        source = by_id[point.citations[0]]
        assert point.doc_id == point.citations[0]
        assert source.text[point.start : point.end] == point.text  # 1. verbatim at the offsets
        assert set(point.citations) <= set(by_id)  # 2. citations name inputs
        assert len(set(point.citations)) == len(point.citations)
        for c in point.evidence:
            assert by_id[c.doc_id].text[c.start : c.end].strip()
        for removed in source.removed:
            assert point.end <= removed.start or point.start >= removed.end
    if max_words is not None:
        assert briefing.word_count <= max_words  # 3. budget
    assert len({p.text for p in briefing.points}) == len(briefing.points)
    assert len(briefing.sources) == len(documents)


def test_ferry_cluster_cites_agreeing_sources() -> None:
    docs = [Document(t) for t in FERRY]
    briefing = summarize(docs, max_words=60)
    check_invariants(briefing, docs, 60)
    assert briefing.points
    assert any(len(p.citations) >= 2 for p in briefing.points)
    assert briefing.text == "\n".join(p.text for p in briefing.points)
    assert [s.points for s in briefing.sources] == [
        sum(d in p.citations for p in briefing.points) for d in ("doc1", "doc2", "doc3")
    ]


def test_sentence_budget_and_score_order() -> None:
    briefing = summarize(list(FERRY), max_sentences=2, order="score")
    assert len(briefing.points) == 2
    assert briefing.points[0].score >= briefing.points[1].score


def test_default_budget_is_applied() -> None:
    briefing = summarize(list(FERRY) * 5)
    assert 0 < briefing.word_count <= 120
    assert briefing.max_words == 120


def test_query_changes_the_focus() -> None:
    # With a query, MMR also weighs coverage of the cluster's shared concepts, so the briefing
    # keeps the event's core fact and adds the answer the generic briefing leaves out.
    generic = summarize(list(FERRY), max_sentences=2)
    focused = summarize(list(FERRY), max_sentences=2, query="fuel leak environmental survey")
    assert not any("Fuel" in p.text for p in generic.points)
    assert any("Fuel" in p.text for p in focused.points)
    assert focused.query == "fuel leak environmental survey"


# Three reports of an invented warehouse fire; the asbestos found in the roof is a side of the
# story that two of them tell late, after the fire, the evacuation and the closed road.
WAREHOUSE = (
    (
        "A fire destroyed a timber warehouse on the Brackley industrial estate on Friday night, and "
        "forty firefighters fought the blaze for six hours. Residents of nearby streets were told to "
        "keep their windows shut as smoke drifted over the town. The warehouse belonged to Orrin "
        "Timber, which said nobody had been inside when the fire started. Fire crews were still "
        "damping down the site on Saturday morning. Inspectors later found asbestos sheets in the "
        "collapsed roof and fenced off the ruins."
    ),
    (
        "Forty firefighters spent six hours bringing a warehouse fire on the Brackley industrial estate "
        "under control on Friday night. Orrin Timber said the building held about 2,000 tonnes of "
        "sawn timber. The ring road beside the estate stayed closed until Saturday afternoon. Council "
        "officers said samples of the debris would be tested for asbestos before the clean-up begins."
    ),
    (
        "Brackley's ring road reopened on Saturday afternoon after the fire at the Orrin Timber "
        "warehouse. The fire service said the cause of the blaze was not yet known. Flames from the "
        "warehouse fire could be seen across the town, a neighbour said. A specialist firm "
        "will clear the ruins under a council licence, which could take two weeks."
    ),
)


def test_a_query_off_the_story_s_core_is_answered_first() -> None:
    # "asbestos" is no term of the story's core (the fire, the warehouse, the firefighters): the
    # blend with the centroid and the lead prior left it one late point, or none. Its answers
    # now open the briefing, and the rest of the budget is the story's core.
    docs = [Document(t) for t in WAREHOUSE]
    generic = summarize(docs, max_words=80)
    focused = summarize(docs, max_words=80, query="asbestos")
    check_invariants(focused, docs, 80)
    assert "asbestos" not in generic.points[0].text
    assert "asbestos" in focused.points[0].text
    answers = [i for i, p in enumerate(focused.points) if "asbestos" in p.text]
    assert answers == list(range(len(answers)))  # the answers come first, then the rest
    assert any("fire" in p.text for p in focused.points[len(answers) :])
    # A query on the core itself is read as before: no point is an answer apart.
    core = summarize(docs, max_words=80, query="warehouse fire")
    assert core.points and core.query == "warehouse fire"


def test_the_answers_to_an_off_core_query_are_marked_in_every_format() -> None:
    # The answers opened the briefing with nothing to tell them from the story's core after them.
    import json

    from summarizer import render

    docs = [Document(t) for t in WAREHOUSE]
    focused = summarize(docs, max_words=80, query="asbestos")
    marked = [p.answers_query for p in focused.points]
    assert marked[0] and not marked[-1] and marked == sorted(marked, reverse=True)
    n = sum(marked)
    points = json.loads(render(focused, "json"))["points"]
    assert [p.get("answers_query", False) for p in points] == marked
    for fmt, mark in (("md", "*(answers your query)*"), ("text", "(answers your query)")):
        numbered = [f"{i}. " for i in range(1, len(marked) + 1)]
        lines = [line for line in render(focused, fmt).splitlines() if line[:3] in numbered]
        assert [mark in line for line in lines] == marked, fmt
    html = render(focused, "html")
    assert html.count('<p class="dated answers">answers your query</p>') == n
    assert 'class="dated answers"' in html.split(f'id="point-{n + 1}"')[0]
    assert 'class="dated answers"' not in html.split(f'id="point-{n + 1}"')[1]
    # No query, or one on the core: no point is marked, and the JSON has no such field.
    for briefing in (summarize(docs, max_words=80), summarize(docs, query="warehouse fire")):
        assert not any(p.answers_query for p in briefing.points)
        assert "answers" not in render(briefing, "json") + render(briefing, "md")


def test_a_budget_no_sentence_fits_warns_with_what_it_needs() -> None:
    # The CLI refuses it ("no sentence fits"); the API gave an empty briefing without a word.
    shortest = min(count_words(s) for text in FERRY for s in text.split(". "))
    with pytest.warns(UserWarning, match=r"no sentence fits max_words=1; the shortest") as caught:
        briefing = summarize(list(FERRY), max_words=1)
    assert briefing.points == ()
    message = str(caught[0].message)
    assert len(caught) == 1 and "\n" not in message
    assert caught[0].filename == __file__  # shown at the caller's line, not the pipeline's
    needed = int(message.split("has ")[1].split()[0])
    assert needed >= shortest
    assert f"give max_words={needed} or more" in message
    assert summarize(list(FERRY), max_words=needed).points  # the fix it names works


def test_one_summarizer_used_by_two_calls_at_once_decides_each_briefing_by_its_own_cluster(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # One Summarizer shared by two threads: the second call's shortest candidate was kept on the
    # instance and read by the first, whose empty briefing then went without its warning (and a
    # since= briefing's nothing_new was decided by the other cluster). Interleaved here by
    # running the second call inside the first, where a thread switch can come.
    summarizer = Summarizer(max_words=3)
    short = ["The mayor resigned.", "The mayor resigned on Friday."]
    order_points = pipeline.order_points
    nested: list[Briefing] = []
    calls: list[int] = []

    def interleaved(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            nested.append(summarizer.summarize(short))
        return order_points(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "order_points", interleaved)
    with pytest.warns(UserWarning, match=r"no sentence fits max_words=3; the shortest"):
        briefing = summarizer.summarize(list(FERRY))
    assert briefing.points == () and nested[0].points


@pytest.mark.parametrize("unordered", [set, frozenset])
def test_a_set_of_articles_is_refused_as_it_has_no_order(unordered: type) -> None:
    # A set's order follows the process's string hashing: summarize({a, b, c}) gave another
    # briefing (ids, ties, point order) in each run, where the same input must give the same.
    texts = unordered(FERRY)
    with pytest.raises(
        TypeError, match=r"^documents must be in an order \(a list or tuple\), not a"
    ):
        summarize(texts)
    with pytest.raises(TypeError, match=r"^since must be in an order \(a list or tuple\), not a"):
        summarize(list(FERRY[:2]), since=unordered(FERRY[2:]))
    assert summarize(sorted(texts)).points  # the fix the message names


@pytest.mark.parametrize("query", ["the of and", "What is it?", "-- ? !"])
def test_a_query_without_content_words_warns_and_gives_the_generic_briefing(query: str) -> None:
    # Only stop words or punctuation: nothing to focus on, yet it switched the selection to the
    # query-focused settings without a word.
    generic = summarize(list(FERRY), max_sentences=2)
    with pytest.warns(UserWarning, match="has no content words") as caught:
        briefing = summarize(list(FERRY), max_sentences=2, query=query)
    assert len(caught) == 1 and repr(query) in str(caught[0].message)
    assert caught[0].filename == __file__
    assert briefing.query is None
    assert briefing.points == generic.points


def test_a_bad_item_of_since_is_said_to_be_of_since() -> None:
    # It was "document 2 must be a Document or str; got NoneType": of the articles, it seemed.
    with pytest.raises(TypeError, match=r"^since: document 2 must be a Document or str; got None"):
        summarize(list(FERRY), since=[FERRY[0], None])  # type: ignore[list-item]


def test_articles_without_prose_are_named_in_the_error() -> None:
    # It was "the documents contain no sentences of prose (...)", naming none: which of the
    # files given was it?
    noise = Document(text="Advertisement\n\nShare this article\n", id="noise")
    with pytest.raises(InputError, match=r"^document 'noise' holds no sentence of prose \(") as one:
        summarize([noise])
    assert "clean=False" in str(one.value)
    blank = [Document(text=" ", id=f"b{n}") for n in range(1, 6)]
    with pytest.raises(
        InputError, match=r"^none of the 6 documents \('noise', 'b1', 'b2' and 3 more\) holds"
    ):
        summarize([noise, *blank])


@pytest.mark.parametrize("query", ["", " ", "\n\t"])
def test_an_empty_query_warns_and_gives_the_generic_briefing(query: str) -> None:
    generic = summarize(list(FERRY), max_sentences=2)
    with pytest.warns(IgnoredQueryWarning, match="is empty, so the briefing is a generic one"):
        briefing = summarize(list(FERRY), max_sentences=2, query=query)
    assert briefing.query is None and briefing.points == generic.points


def test_a_query_no_article_uses_warns_and_gives_the_generic_briefing() -> None:
    # Words of another story: no sentence can be relevant to them, yet the briefing was ranked
    # by them and said to be focused on them.
    generic = summarize(list(FERRY), max_sentences=2)
    with pytest.warns(UserWarning, match="no article uses a word of the query") as caught:
        briefing = summarize(list(FERRY), max_sentences=2, query="volcanic ash over Iceland")
    assert len(caught) == 1 and caught[0].filename == __file__
    assert briefing.query is None and briefing.points == generic.points
    # One word the articles use is enough: the query stands.
    focused = summarize(list(FERRY), max_sentences=2, query="volcanic ash over the ferry")
    assert focused.query == "volcanic ash over the ferry"


def test_lone_string_and_bad_items_are_type_errors() -> None:
    with pytest.raises(TypeError, match="not a single string"):
        summarize(FERRY[0])  # type: ignore[arg-type]
    # A dict iterates over its keys: its values are the articles, and the error says so.
    with pytest.raises(TypeError, match=r"not a dict; pass its values: list\(d.values\(\)\)"):
        summarize({"wire": FERRY[0], "paper": FERRY[1]})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"max_words": 0},
            r"max_words must be a positive whole number \(1 or more\) or None; got 0",
        ),
        ({"max_words": True}, "max_words must be a positive whole number"),
        (
            {"max_sentences": -3},
            r"max_sentences must be a positive whole number \(1 or more\) or None; got -3",
        ),
        ({"diversity": 1.5}, r"diversity must be a number in \[0, 1\]; got 1.5"),
        ({"diversity": float("nan")}, r"diversity must be a number in \[0, 1\]"),
        ({"citation_threshold": 0}, r"citation_threshold must be a number in \(0, 1\]"),
        ({"order": "newest"}, "order must be one of chronological, score; got 'newest'"),
        ({"query": 5}, r"query must be a string or None; got 5 \(int\)"),
        # "no" is true: it kept cleaning on without a word.
        ({"clean": "no"}, "clean must be True or False; got 'no'"),
    ],
)
def test_parameters_are_validated_when_summarising(kwargs: dict[str, object], message: str) -> None:
    summarizer = Summarizer(**kwargs)  # type: ignore[arg-type]  # __init__ only stores
    with pytest.raises(ConfigError, match=message):
        summarizer.summarize(list(FERRY))


@pytest.mark.parametrize("texts", [["", "   "], ["\n\n", "..."], ["!!! ??? ..."]])
def test_no_usable_text_is_an_input_error(texts: list[str]) -> None:
    with pytest.raises(InputError, match="give"):
        summarize(texts)


def test_same_input_same_output() -> None:
    a = summarize(list(FERRY), max_words=80)
    b = summarize(list(FERRY), max_words=80)
    assert a == b
    assert a.to_dict() == b.to_dict()


def test_the_collector_is_paused_while_summarising_and_left_as_it_was() -> None:
    seen: list[bool] = []

    def observe(documents: Iterable[Document | str]) -> tuple[Document, ...]:
        seen.append(gc.isenabled())
        return as_documents(documents)

    assert gc.isenabled()
    summarize(list(FERRY), max_words=40)
    assert gc.isenabled()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "as_documents", observe)
        with pytest.raises(InputError):
            summarize(["", "   "])  # an error on the way out restores it too
        assert gc.isenabled()
        gc.disable()
        try:
            summarize(list(FERRY), max_words=40)
            assert not gc.isenabled()  # a caller who paused it keeps it paused
        finally:
            gc.enable()
    assert seen == [False, False]


def test_summarizer_init_only_stores() -> None:
    s = Summarizer(max_words=50, diversity=0.5)
    assert (s.max_words, s.diversity) == (50, 0.5)
    assert "max_words=50" in repr(s)


# --- The sample articles in ../shared/seeds (real news, noise included) -------------------------

NOISE_MARKERS = ("Advertisement", "first appeared on", "【", "(@", "pic.twitter", "ギャラリー")


@pytest.mark.parametrize("budget", [120, 250])
def test_seed_invariants(seeds_dir: Path, budget: int) -> None:
    docs = load_documents(seeds_dir)
    briefing = summarize(docs, max_words=budget)
    check_invariants(briefing, docs, budget)
    assert any(len(p.citations) >= 2 for p in briefing.points), "no point cites two or more sources"
    for point in briefing.points:
        assert not any(marker in point.text for marker in NOISE_MARKERS), point.text
        assert not point.text.lstrip().startswith("date ")
    assert summarize(load_documents(seeds_dir), max_words=budget).to_html() == briefing.to_html()
    dates = {d.date for d in briefing.documents}
    assert {"2019-03-01", "2019-02-28"} <= dates


def test_seed_word_counts_use_the_budget(seeds_dir: Path) -> None:
    briefing = summarize(load_documents(seeds_dir), max_words=120)
    assert 90 <= sum(count_words(p.text) for p in briefing.points) <= 120


def test_headline_is_the_most_central_title() -> None:
    docs = [
        Document(FERRY[0], title="Weather warning for the weekend"),
        Document(FERRY[1], title="Ferry runs aground near Port Amsel, passengers safe"),
        Document(FERRY[2]),
    ]
    assert (
        summarize(docs, max_words=60).headline
        == "Ferry runs aground near Port Amsel, passengers safe"
    )


def test_a_later_days_title_heads_a_story_told_over_a_few_days() -> None:
    # The first day's title was overtaken (the third article has the ferry to be refloated): a
    # later title about as central heads the story. Over a topic's months the most central stays.
    first = "Kestrel Bay ferry aground off Port Amsel"
    later = "Kestrel Bay ferry to be refloated off Port Amsel"
    days = ("2024-05-05", "2024-05-05", "2024-05-06")
    docs = [
        Document(FERRY[0], title=first, date=days[0]),
        Document(FERRY[1], date=days[1]),
        Document(FERRY[2], title=later, date=days[2]),
    ]
    assert summarize(docs, max_words=60).headline == later
    months = [
        replace(doc, date=day) for doc, day in zip(docs, ("2024-01-05", "2024-01-05", "2024-05-06"))
    ]
    assert summarize(months, max_words=60).headline == first
    undated = [replace(doc, date=None) for doc in docs]
    assert summarize(undated, max_words=60).headline == first


def test_a_briefing_telling_a_later_development_is_headed_by_a_title_of_its_day() -> None:
    # Our merger cluster (tests/data/review_clusters/osterby-merger): agreed on 2 March, blocked
    # on 17 September. The briefing told the block (an episode the agreement's pick kept apart)
    # under the March title "Brightwell bets big on Osterby, but the watchdog may have the last
    # word" (the span is over RECENT_TITLE_MAX_DAYS: no recency raise). Our quake cluster told
    # the funerals' 52 dead in place of the broadsheet's 47 under "Dravenska quake toll climbs
    # to 47 ...". A title written from the development's day on heads them; when none is, the
    # latest title (the quake's follow-up of 15 August has none).
    folder = Path(__file__).resolve().parent / "data" / "review_clusters"
    merger = load_documents(folder / "osterby-merger")
    quake = load_documents(folder / "dravenska-quake")
    latest = [*quake, *load_documents(folder / "later" / "dravenska-quake")]
    for words in (100, 150, 250):
        briefing = summarize(merger, max_words=words)
        assert any(p.text.startswith("The Competition Board on Thursday") for p in briefing.points)
        assert briefing.headline == "Relief and worry in Easthaven as Osterby deal is blocked"
    for docs in (quake, latest):
        for words in (60, 100, 150, 250):
            assert summarize(docs, max_words=words).headline == "Stara Brda buries its dead"
    # A briefing that tells no development keeps the most central title: the quake's articles
    # all of one day (no update) and the merger at 60 words (the block not told).
    same_day = [replace(doc, date="2026-08-11") for doc in quake]
    assert summarize(same_day, max_words=100).headline.startswith("Dravenska quake toll climbs")
    briefing = summarize(merger, max_words=60)
    if not any(p.text.startswith("The Competition Board on Thursday") for p in briefing.points):
        assert briefing.headline.startswith("Brightwell bets big on Osterby")


def test_one_title_of_a_topic_collection_s_many_does_not_head_its_development() -> None:
    """DUC 2006's D0616G (four years of one conflict, 25 titles) was headed by the one title of
    its development's day, a week's casualties: one article's angle, not the collection's."""
    from datetime import date

    from summarizer.pipeline import _headline
    from summarizer.types import Source

    def source(k: int, title: str, day: str) -> Source:
        return Source(id=f"d{k}", title=title, outlet=None, date=day, url=None, points=0)

    older = [
        source(k, f"Harbour ferry strike enters month {k} in Port Vell", f"20{10 + k}-03-01")
        for k in range(11)
    ]
    narrow = source(99, "Ferry cook fined for late lunches", "2024-06-01")
    terms = ("harbour", "ferry", "strike", "port vell")
    day = date(2024, 6, 1)
    headline, _ = _headline([*older, narrow], terms, None, developed=day)  # type: ignore[arg-type]
    assert headline.startswith("Harbour ferry strike")
    # Told by a fair share of the titles (here one of two), the development's title heads it.
    headline, _ = _headline([older[0], narrow], terms, None, developed=day)  # type: ignore[arg-type]
    assert headline == "Ferry cook fined for late lunches"


def test_a_title_in_capitals_heads_only_a_cluster_without_another() -> None:
    shouted = "FERRY RUNS AGROUND NEAR PORT AMSEL, PASSENGERS SAFE"
    docs = [
        Document(FERRY[0], title=shouted),
        Document(FERRY[1], title="Passengers safe after ferry grounding"),
        Document(FERRY[2]),
    ]
    assert summarize(docs, max_words=60).headline == "Passengers safe after ferry grounding"
    docs[1] = Document(FERRY[1])
    assert summarize(docs, max_words=60).headline == shouted


def test_an_explainers_title_gives_way_to_the_lead_sentence() -> None:
    # The only title asks what the event means; it does not name it: a lead does.
    explainer = "What the Kestrel Bay grounding means for island travellers"
    docs = [Document(FERRY[0]), Document(FERRY[1], title=explainer), Document(FERRY[2])]
    headline = summarize(docs, max_words=60).headline
    assert headline != explainer
    assert any(doc.split(". ")[0].startswith(headline) for doc in FERRY)
    # A title that reports the event is the headline, however central the explainer's.
    docs[2] = Document(FERRY[2], title="Salvage crews to refloat ferry")
    assert summarize(docs, max_words=60).headline == "Salvage crews to refloat ferry"


def test_headline_without_titles_is_a_lead_sentence_verbatim() -> None:
    briefing = summarize(list(FERRY), max_words=60)
    headline = briefing.headline
    assert headline and "," not in briefing.key_terms[0]
    # A span of one article's first sentence, not a list of key terms.
    assert any(doc.text.split(". ")[0].startswith(headline) for doc in briefing.documents)
    assert "ferry" in headline.lower() and headline != ", ".join(briefing.key_terms[:4])


@pytest.mark.parametrize("title", ["—", "...", "* * *", "<>"])
def test_a_title_of_no_letter_or_digit_is_no_headline(title: str) -> None:
    # A feed's placeholder title ("—", "...") was the briefing's headline ("# —"), where the
    # lead sentence of an untitled cluster names the event.
    briefing = summarize([Document(text, title=title) for text in FERRY], max_words=60)
    assert briefing.headline == summarize(list(FERRY), max_words=60).headline
    assert "ferry" in briefing.headline.lower()
    assert [s.title for s in briefing.sources] == [title] * 3  # still listed as given


def test_briefing_text_gives_each_point_one_line() -> None:
    # A point from a hard-wrapped article keeps its line break (it is verbatim), and
    # Briefing.text, "the points in order, one per line", gave it two lines.
    wrapped = (
        "Ships were warned by radio after the Vell lighthouse\nlamp failed on Friday night.\n"
        "The coastguard   sent a boat to the harbour mouth."
    )
    briefing = summarize([wrapped, "The Vell lighthouse lamp failed on Friday night."])
    assert any("\n" in p.text for p in briefing.points)  # the point itself stays verbatim
    lines = briefing.text.split("\n")
    assert len(lines) == len(briefing.points)
    assert lines == [" ".join(p.text.split()) for p in briefing.points]


def test_points_record_the_relative_day_they_lean_on() -> None:
    docs = [Document(t, date=f"2024-05-0{i}") for i, t in enumerate(FERRY, start=5)]
    briefing = summarize(docs, max_sentences=9)
    by_text = {p.text: p.relative_day for p in briefing.points}
    assert by_text, "the ferry cluster gives points"
    for text, day in by_text.items():
        expected = next((w for w in ("Sunday", "Tuesday", "Monday") if w in text), "")
        assert day == expected, text
    assert any(by_text.values()) and not all(by_text.values())


# Two short reports of an invented event in German, written for this test: "Nr." and "3. Mai"
# are not sentence ends in German, but would be under the English rules.
GERMAN = (
    (
        "Die Fähre Nr. 4 lief am 3. Mai vor dem Hafen von Kessau auf Grund. Alle 80 Fahrgäste wurden "
        "von Booten der Küstenwache an Land gebracht."
    ),
    (
        "Am 3. Mai ist die Fähre Nr. 4 vor Kessau auf Grund gelaufen. Verletzt wurde niemand, teilte "
        "die Reederei mit."
    ),
)


@pytest.mark.parametrize("language", [None, "de"])
def test_language_chooses_the_splitting_rules(language: str | None) -> None:
    """Given or detected, German text is split by German rules; an unknown code is refused."""
    briefing = summarize(list(GERMAN), max_sentences=3, language=language)
    assert all(not p.text.endswith(("Nr.", "3.")) for p in briefing.points)
    # The grounding, whole in both reports, is one point citing both (scored in German).
    grounding = [p for p in briefing.points if "Nr. 4" in p.text]
    assert len(grounding) == 1 and sorted(grounding[0].citations) == ["doc1", "doc2"]
    assert grounding[0].text.startswith(
        ("Die Fähre Nr. 4 lief am 3. Mai", "Am 3. Mai ist die Fähre")
    )


def test_unknown_language_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="language must be one of en, de, fr, es, it"):
        summarize(list(GERMAN), language="nl")


def test_json_record_language_is_read(tmp_path: Path) -> None:
    path = tmp_path / "docs.json"
    records = [{"text": t, "lang": "de-DE"} for t in GERMAN] + [{"text": "Rain.", "lang": "nl"}]
    path.write_text(json.dumps(records), encoding="utf-8")
    assert [d.language for d in load_documents(path)] == ["de", "de", None]


def _point_rows(
    docs: list[Document], language: str = "en"
) -> tuple[Callable[[Point], list[tuple[str, float]]], float]:
    """Each point's row of the relation the select stage uses: (document, probability) per
    sentence of the cluster; and the citation level."""
    from summarizer import select
    from summarizer.score import score_sentences
    from summarizer.split import split_documents

    scored = score_sentences(split_documents(docs, language=language), language=language)
    relation = select._statements(scored)
    spans = {(s.doc_id, s.start, s.end): i for i, s in enumerate(scored.sentences)}

    def rows(point: Point) -> list[tuple[str, float]]:
        probability = relation.probability(spans[point.doc_id, point.start, point.end])
        return [(s.doc_id, float(p)) for s, p in zip(scored.sentences, probability)]

    return rows, select.CITATION_THRESHOLD


def test_only_in_is_said_only_when_no_other_source_states_the_fact() -> None:
    # Every sentence of the other sources is checked with the relation the select stage uses: a
    # point citing one source has no sentence elsewhere that states its fact, and a point citing
    # several has one in each.
    docs = [Document(t, id=f"doc{i}") for i, t in enumerate(FERRY, start=1)]
    briefing = summarize(docs, max_words=80)
    check_invariants(briefing, docs, 80)
    rows, threshold = _point_rows(docs)
    for point in briefing.points:
        stating = {doc for doc, p in rows(point) if p >= threshold}
        # Cited sources include every source the relation says states the point's sentence.
        assert stating <= set(point.citations), point.text
        for citation in point.evidence:
            assert citation.reason
            assert 0.0 < citation.similarity <= 1.0


def test_possible_sources_are_the_uncited_documents_that_may_state_the_fact() -> None:
    # "Only in X" claims that no other article states the fact: a point citing one source makes
    # the claim (possible_sources == 0) only when no sentence of another document reaches
    # select.POSSIBLE_LEVEL; otherwise it counts those documents.
    from summarizer.select import POSSIBLE_LEVEL

    # Short German reports of a rise in water prices: one outlet states the fact of the point
    # citing the other two across two sentences, each below the citation level.
    folder = Path(__file__).resolve().parent / "data" / "small_clusters" / "de-wasserpreise"
    docs = load_documents(folder)
    rows, _ = _point_rows(docs, "de")
    counted = 0
    for words in (60, 120, 200):
        for point in summarize(docs, max_words=words).points:
            maybe = {doc for doc, p in rows(point) if p >= POSSIBLE_LEVEL}
            # The shown sentence's own row: a chained join can only add possible documents.
            assert point.possible_sources >= len(maybe - set(point.citations)), point.text
            assert point.possible_sources <= len(docs) - len(point.citations)
            counted += point.possible_sources
    assert counted > 0  # the example has facts stated below the citation level elsewhere


def test_a_fact_every_article_reports_is_not_only_in_one() -> None:
    # Our own factory-fire cluster (tests/data/review_clusters/corvane-fire): the wire names the
    # two dead men with their ages, the local paper gives the same names and ages after "The
    # dead were", the broadcaster names them without ages. The point was "only in Meridian
    # Press" at every budget; the local paper states it. (At 60 and 100 words the point is no
    # longer made since the wire's lead and the broadcaster's are no longer passed over for the
    # local paper's "Residents ..., a day after a fire ... killed two men": read where made.)
    folder = Path(__file__).resolve().parent / "data" / "review_clusters" / "corvane-fire"
    docs = load_documents(folder)
    for words in (60, 100, 150, 250):
        briefing = summarize(docs, max_words=words)
        named = [p for p in briefing.points if "Piotr Nowak, 51" in p.text]
        assert len(named) == (words >= 150), words
        if not named:
            continue
        assert "02-local" in named[0].citations, (words, named[0].citations)
        line = next(x for x in render(briefing, "text").splitlines() if "Piotr Nowak, 51" in x)
        assert "only in" not in line and "2 of 3 sources" in line, line


def test_the_headline_is_the_title_whose_words_the_leads_state() -> None:
    # Our own clusters (tests/data/review_clusters): the local paper's title headed three of
    # them. Its words were read exactly ("Greens" no "Green", "Solmara" no "Solmaran"), and the
    # key terms rank the loser of the cup final first ("Dunmore Rovers", in every report), so
    # "Heartbreak for Rovers but Reid writes his name in history" headed the final. The
    # broadsheet's title states what the leads state first: the winner, the fraud, the winner.
    root = Path(__file__).resolve().parent / "data" / "review_clusters"
    for name in ("brackley-verdict", "harrowgate-final", "solmara-election"):
        docs = load_documents(root / name)
        for words in (60, 150):
            briefing = summarize(docs, max_words=words)
            titled = {source.id for source in briefing.sources if source.title}
            assert titled == {"02-broadsheet", "04-local"}, name
            assert briefing.headline_doc_id == "02-broadsheet", (name, words, briefing.headline)


def test_the_days_leads_are_read_most_relevant_first() -> None:
    # Our own election cluster: the broadsheet's scene-setting lead "Solmara has not changed its
    # government since 2002." is the last pick (the lowest score), yet it opened the briefing:
    # the leads of one day were read in the order the sources were given, and the broadsheet
    # came before the broadcaster whose lead states the result.
    folder = Path(__file__).resolve().parent / "data" / "review_clusters" / "solmara-election"
    docs = load_documents(folder)
    for words in (100, 150, 250):
        briefing = summarize(docs, max_words=words)
        leads = [p for p in briefing.points if p.sentence_index == 0]
        assert any(p.text.startswith("Solmara has not changed") for p in leads), words
        assert briefing.points[0].score == max(p.score for p in leads), words
        assert not briefing.points[0].text.startswith("Solmara has not changed"), words


def test_an_article_stating_only_the_event_a_point_dates_itself_from_does_not_cite_it() -> None:
    # Our own factory-fire cluster: the undated local paper's "Residents ... were back in their
    # homes on Wednesday morning, a day after a fire ... killed two men ..." was cited to the
    # wire's lead, written on the Tuesday of the fire, which states the fire and not the return;
    # and the briefing dated "Wednesday" by it, "which states it too". The wire stays a possible
    # source ("1 of 3"), and the point says that its source gives no date.
    folder = Path(__file__).resolve().parent / "data" / "review_clusters" / "corvane-fire"
    docs = load_documents(folder)
    for words in (60, 100, 250):
        briefing = summarize(docs, max_words=words)
        back = next(p for p in briefing.points if p.text.startswith("Residents"))
        assert back.citations == ("02-local",) and back.possible_sources >= 1, words
        line = next(x for x in render(briefing, "text").splitlines() if "Residents" in x)
        assert "states it too" not in line and "gives no date" in line, line


def test_a_lead_is_not_passed_over_for_a_point_that_dates_itself_from_its_event() -> None:
    # Our own factory-fire cluster: once the local paper's "Residents ... were back in their
    # homes on Wednesday morning, a day after a fire ... killed two men ..." was picked, the
    # wire's lead "A fire tore through a paint factory ..." was passed over (0.95), though it
    # does not cite that point: the briefing told the fire only in that point's clause. The
    # pass-over reads the point without its clause dated from another event, as the citation.
    folder = Path(__file__).resolve().parent / "data" / "review_clusters" / "corvane-fire"
    docs = load_documents(folder)
    for words in (100, 150, 250):
        points = summarize(docs, max_words=words).points
        assert any(p.text.startswith("A fire tore through") for p in points), words
        back = next(p for p in points if p.text.startswith("Residents"))
        assert back.citations == ("02-local",), words


def test_the_score_stage_reads_each_documents_date(monkeypatch: pytest.MonkeyPatch) -> None:
    # score.OPENING_WEIGHT needs the dates: summarize hands the score stage each document's date
    # by its id, for a plain briefing and for a since= one alike.
    import summarizer.pipeline as pipeline_module

    seen: list[object] = []
    real = pipeline_module.score_sentences

    def recording(*args: object, **kwargs: object) -> object:
        seen.append(kwargs.get("dates"))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline_module, "score_sentences", recording)
    days = ("2025-03-02", "2025-03-03", "2025-03-04")
    docs = [Document(t, id=f"r{k}", date=day) for k, (t, day) in enumerate(zip(FERRY, days))]
    summarize(docs, max_words=60)
    assert seen[0] == {"r0": "2025-03-02", "r1": "2025-03-03", "r2": "2025-03-04"}
    seen.clear()
    summarize(docs[1:], since=docs[:1], max_words=60)
    assert seen[0] == {"r1": "2025-03-03", "r2": "2025-03-04"}


@pytest.mark.parametrize(
    ("since", "message"),
    [
        (5, "since must be a collection of earlier articles .*; got int$"),
        # A mapping gave its keys for the earlier articles: "a" was read as an article.
        ({"a": "The ferry ran late."}, r"got dict; pass its values: list\(d.values\(\)\)"),
    ],
)
def test_since_that_is_no_collection_of_articles_is_named(since: object, message: str) -> None:
    # 5 failed inside tuple() ("'int' object is not iterable"); a dict was taken for its keys.
    with pytest.raises(TypeError, match=message):
        summarize(["The ferry ran late on Monday.", "Monday's ferry was late."], since=since)  # type: ignore[arg-type]


def test_a_documents_language_out_of_the_list_names_the_document() -> None:
    # The splitter refused it under its own name ("split_documents: language must be ..."),
    # naming neither the function called nor the document.
    docs = [Document("The ferry ran late on Monday.", id="ferry", language="EN"), "It was late."]
    with pytest.raises(ConfigError, match=r"^document 'ferry': language must be one of en, de"):
        summarize(docs)
    # The language parameter, given, is every document's.
    assert summarize(docs, language="en").language == "en"


_KILN = (
    "A fire broke out in the old pottery kiln on Mill Lane on Sunday evening. "
    "Four fire engines were sent and the blaze was out by midnight. "
    "Nobody was inside the building, the fire service said. "
    "The kiln, built in 1872, was due to reopen as a museum in the spring. "
    "Investigators will return on Monday to find the cause."
)
_LANE = (
    "Residents of Mill Lane said they saw smoke over the kiln at about seven on Sunday evening. "
    "The street was closed to traffic until the blaze was out after midnight. "
    "The town council said the museum project would go ahead."
)


def test_a_story_re_sent_corrected_is_a_near_copy_and_counts_once() -> None:
    """Issue 12: a wire story re-sent with a figure corrected is cited beside the first version,
    and counted with it: "2 of 2 sources", "only in Northwire and 1 near copy", the header
    "2 sources and 1 near copy" (it counted "3 sources" and "2 of 3 sources")."""
    resent = _KILN.replace("Four fire engines", "Five fire engines")
    docs = [
        Document(_KILN, "wire", source="Northwire"),
        Document(_LANE, "gazette", source="Mill Gazette"),
        Document(resent, "wire-2", source="Northwire"),
    ]
    briefing = summarize(docs, max_sentences=3)
    assert [s.near_copy_of for s in briefing.sources] == [None, None, "wire"]
    assert [s.copy_of for s in briefing.sources] == [None, None, None]
    museum = next(p for p in briefing.points if "museum" in p.text)
    assert museum.citations == ("wire", "wire-2")  # both versions cited
    markdown = briefing.to_markdown()
    assert "2 sources and 1 near copy, from 2 outlets." in markdown
    assert "of 3 sources" not in markdown and "2 of 2 sources" in markdown
    assert "*(only in Northwire and 1 near copy)*" in markdown
    assert "**[3]** Northwire, a near copy of \\[1\\]" in markdown
    record = briefing.to_dict()
    assert record["near_copies"] == [["wire", "wire-2"]] and "copies" not in record
    html = briefing.to_html()
    assert 'href="#source-1">A near copy of [1]' in html


def test_one_document_given_twice_is_one_source_of_the_briefing() -> None:
    """Issue 14: a list holding one article twice (and a wire copy under its own headline) is
    one text: every article listed, the header counting each text once, and a point only in
    that text is "only in" it, not "2 of 3 sources"."""
    first, second, _ = FERRY
    wire = Document(first, "wire", source="Coast Wire")
    filed = Document(f"Ferry aground off Port Amsel\n\n{first}", "filed")  # its headline line
    briefing = summarize([wire, Document(second, "local"), wire, filed], max_sentences=3)
    assert [s.id for s in briefing.sources] == ["wire", "local", "wire-2", "filed"]
    assert [s.copy_of for s in briefing.sources] == [None, None, "wire", "wire"]
    markdown = briefing.to_markdown()
    assert "2 sources and 2 word-for-word copies, 1 from 1 outlet and 1 with no outlet named" in (
        markdown
    )
    assert "of 4 sources" not in markdown and "3 of" not in markdown
    assert briefing.to_dict()["copies"] == [["wire", "wire-2", "filed"]]
    # Told only by the wire's text: its copies are no other source (nor do they make "Coast Wire"
    # a name to tell apart by a number: they say the same).
    assert "*(only in Coast Wire and 2 word-for-word copies)*" in markdown


# --- the headline's source: a relative day in it is dated from that source ---------------------

# Not in order: a headline from f0 is dated neither by the first day nor by the last.
_FERRY_DAYS = ("2031-05-05", "2031-05-04", "2031-05-06")


def _dated_ferry(titles: tuple[str | None, ...] = (None, None, None)) -> list[Document]:
    """The ferry reports, a day apart, with the given titles."""
    return [
        Document(text, id=f"f{i}", title=title, date=day)
        for i, (text, title, day) in enumerate(zip(FERRY, titles, _FERRY_DAYS, strict=True))
    ]


def _written(doc: Document) -> str:
    """The note a point or headline leaning on a relative day gets from ``doc`` in English."""
    from datetime import date

    from summarizer.render import briefing_words

    return f"*(written {briefing_words('en').long_date(date.fromisoformat(str(doc.date)))})*"


def test_a_lead_sentence_headline_says_the_date_of_its_own_document() -> None:
    from summarizer.timewords import relative_day

    docs = _dated_ferry()
    briefing = summarize(docs, max_words=60)
    source = next(doc for doc in docs if doc.id == briefing.headline_doc_id)
    assert briefing.headline in source.text  # a span of that document's sentence
    assert briefing.headline_relative_day == relative_day(briefing.headline) != ""
    heading = briefing.to_markdown().splitlines()[0]
    assert heading == f"# {briefing.headline} {_written(source)}"
    assert briefing.to_dict()["headline_dated"] == {
        "doc_id": source.id,
        "relative_day": briefing.headline_relative_day,
        "date": source.date,
    }


def test_a_title_headline_says_the_date_of_its_own_source() -> None:
    title = "Salvage crews to refloat Kestrel Bay ferry on Tuesday"
    docs = _dated_ferry((None, None, title))
    briefing = summarize(docs, max_words=60)
    assert (briefing.headline, briefing.headline_doc_id) == (title, "f2")
    assert "Tuesday" in briefing.headline_relative_day
    assert briefing.to_markdown().splitlines()[0] == f"# {title} {_written(docs[2])}"


def test_a_headline_that_leans_on_no_day_says_no_date() -> None:
    title = "Kestrel Bay ferry runs aground near Port Amsel"
    briefing = summarize(_dated_ferry((None, title, None)), max_words=60)
    assert (briefing.headline, briefing.headline_doc_id) == (title, "f1")
    assert briefing.headline_relative_day == ""
    assert briefing.to_markdown().splitlines()[0] == f"# {title}"
    assert "headline_dated" not in briefing.to_dict()


class _CountedLeads(list[str]):
    """Leads that count how often they are read through."""

    reads = 0

    def __iter__(self) -> Iterator[str]:
        self.reads += 1
        return super().__iter__()


def test_title_weigher_reads_the_leads_once_and_only_for_a_key_terms_word() -> None:
    from summarizer.pipeline import _title_weigher

    leads = _CountedLeads(
        [
            "Reid scores the winner as Rovers lose the final.",
            "Rovers lose the cup final to a late Reid goal.",
        ]
    )
    weigh = _title_weigher(["Reid", "cup final"], "en", leads)
    assert weigh("Weather and traffic delays") == (0.0, 0.0)
    assert leads.reads == 0  # no title word of a key term: nothing to read in the leads
    told, named = weigh("Reid wins the final")
    assert leads.reads == 1
    # Each lead states a word by its place (1 first, falling to 0 at its end), over the leads.
    assert told == pytest.approx((1.0 + (1 - 8 / 10)) / 2 + ((1 - 8 / 9) + (1 - 4 / 10)) / 2)
    assert named == 1.0 + 0.5  # "Reid" the first key term, "final" a word of the second
    assert weigh("Final whistle for Reid") == pytest.approx((told, named))
    assert leads.reads == 1  # read once per weigher


def test_an_admission_is_told_beside_the_denial_it_overturns() -> None:
    # Our own data-breach cluster: the wire's lead reports the company's denial that customer
    # data was stolen (12 May); the next day's outlets report its admission. The relation read
    # denial and admission as one statement, so the denial passed every admission over and the
    # briefing told the denial alone, then "The bank account details of 12,000 of those
    # customers were also taken".
    folder = Path(__file__).resolve().parent / "data" / "review_clusters" / "caldwin-breach"
    docs = load_documents(folder)
    for words in (60, 100, 150):
        texts = [p.text for p in summarize(docs, max_words=words).points]
        assert any("denied" in t for t in texts), (words, texts)
        assert any("admitted" in t or "confirmed" in t for t in texts), (words, texts)
        # The business paper's lead ("confirmed ..., a day after it said there was no evidence
        # ..."): its "no" does not unsay the confirmation.
        if words > 60:
            assert any(t.startswith("Caldwin Mobile confirmed") for t in texts), (words, texts)


def test_a_point_whose_head_another_outlet_states_is_not_only_in_its_source() -> None:
    # Our own doping cluster: the wire's "The team doctor, Helena Sorvik, was banned from the
    # sport for life for supplying the drug and hiding it ..." was "only in" the wire, though the
    # broadcaster's "Team doctor Helena Sorvik has been banned for life." states its head, read
    # up to the phrase of its cause ("for supplying ..."), set off by no comma.
    folder = Path(__file__).resolve().parent / "data" / "review_clusters" / "valcor-doping"
    points = summarize(load_documents(folder), max_words=250).points
    doctor = next(p for p in points if p.text.startswith("The team doctor"))
    assert doctor.citations == ("01-wire",) and doctor.possible_sources >= 1, doctor
