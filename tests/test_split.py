"""Tests for ``summarizer.split``: boundaries, exact offsets, removed spans, speed, real articles."""

from __future__ import annotations

import importlib.util
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from conftest import SHARED
from hypothesis import given
from hypothesis import strategies as st

from summarizer import lexicon as lexicon_module
from summarizer import split as split_module
from summarizer.errors import ConfigError, InputError, ResourceError
from summarizer.split import sentence_spans, split_documents, split_sentences
from summarizer.types import Document, Removal

SEEDS = SHARED / "seeds"


def _load_cases() -> ModuleType:
    """The case tables in tests/data/split_cases.py (tests/ is not a package)."""
    path = Path(__file__).resolve().parent / "data" / "split_cases.py"
    spec = importlib.util.spec_from_file_location("split_cases", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CASES = _load_cases()
GOLDEN = CASES.GOLDEN_CASES
NEWS = CASES.NEWS_PARAGRAPHS


def _news_text() -> tuple[str, set[int]]:
    """The news passage as one text, and the gold end offset of every sentence."""
    text = ""
    gold: set[int] = set()
    for p, paragraph in enumerate(NEWS):
        if p:
            text += "\n\n"
        for s, sentence in enumerate(paragraph):
            if s:
                text += " "
            text += sentence
            gold.add(len(text))
    return text, gold


def _boundary_f1(found: set[int], gold: set[int]) -> float:
    """F1 of predicted sentence ends against gold ends."""
    hits = len(found & gold)
    if not hits:
        return 0.0
    precision = hits / len(found)
    recall = hits / len(gold)
    return 2 * precision * recall / (precision + recall)


# --- boundaries ---------------------------------------------------------------------------


def test_case_table_is_large_and_unique() -> None:
    names = [name for name, _, _ in GOLDEN]
    assert len(names) >= 60
    assert len(set(names)) == len(names)


@pytest.mark.parametrize(("name", "text", "expected"), GOLDEN, ids=[c[0] for c in GOLDEN])
def test_golden_case(name: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_news_passage_boundary_f1_is_perfect() -> None:
    text, gold = _news_text()
    found = {end for _, end in sentence_spans(text)}
    assert _boundary_f1(found, gold) == 1.0, sorted(found ^ gold)


def test_boundary_f1_helper_can_fail() -> None:
    assert _boundary_f1({1, 2}, {2, 3}) == pytest.approx(0.5)
    assert _boundary_f1(set(), {1}) == 0.0


def test_blank_line_always_ends_a_sentence() -> None:
    text = "The count went on past Gen.\n\nSmith arrived later"
    assert split_sentences(text) == ["The count went on past Gen.", "Smith arrived later"]


def test_blank_line_with_spaces_and_crlf() -> None:
    text = "First part\r\n  \r\nSecond part.\u2029Third part."
    assert split_sentences(text) == ["First part", "Second part.", "Third part."]


def test_trained_punkt_keeps_every_golden_case() -> None:
    # learn=True trains Punkt on the cluster; on our cases it must not change a single boundary.
    documents = [Document(text, id=name) for name, text, _ in GOLDEN]
    got: dict[str, list[str]] = {}
    for sentence in split_documents(documents, learn=True):
        got.setdefault(sentence.doc_id, []).append(sentence.text)
    assert got == {name: expected for name, _, expected in GOLDEN}


# --- offsets -----------------------------------------------------------------------------


def test_spans_slice_back_and_are_stripped() -> None:
    for _, text, _ in GOLDEN:
        spans = sentence_spans(text)
        assert [text[s:e] for s, e in spans] == split_sentences(text)
        for s, e in spans:
            assert text[s:e] == text[s:e].strip()


def test_split_sentences_returns_substrings_of_the_input() -> None:
    text = "  A hard day.  Then rain.\n\n\tThe end  "
    sentences = split_sentences(text)
    assert sentences == ["A hard day.", "Then rain.", "The end"]
    assert all(sentence in text for sentence in sentences)


def test_split_documents_fields_and_order() -> None:
    first = Document("Rain fell. Roads closed.\n\nSchools shut on Monday.", id="one")
    second = Document("Power returned at 6 p.m. Tuesday. Crews left.", id="two")
    sentences = split_documents([first, second])
    assert [(s.doc_id, s.index, s.paragraph, s.text) for s in sentences] == [
        ("one", 0, 0, "Rain fell."),
        ("one", 1, 0, "Roads closed."),
        ("one", 2, 1, "Schools shut on Monday."),
        ("two", 0, 0, "Power returned at 6 p.m. Tuesday."),
        ("two", 1, 0, "Crews left."),
    ]
    for sentence in sentences:
        source = first if sentence.doc_id == "one" else second
        assert source.text[sentence.start : sentence.end] == sentence.text


def _removal(text: str, fragment: str, reason: str = "noise") -> Removal:
    start = text.index(fragment)
    return Removal(start, start + len(fragment), reason, fragment)


def test_removed_spans_are_hard_boundaries_and_never_overlapped() -> None:
    text = (
        "Advertisement\n\nThe storm reached the coast at dawn and READ MORE: Ten tips "
        "for storm season flattened two piers. Nobody was hurt.\n\nPhoto: a pier"
    )
    removed = (
        _removal(text, "Advertisement"),
        _removal(text, "READ MORE: Ten tips for storm season"),
        _removal(text, "Photo: a pier"),
    )
    document = Document(text, id="d", removed=removed)
    sentences = split_documents([document])
    assert [s.text for s in sentences] == [
        "The storm reached the coast at dawn and",
        "flattened two piers.",
        "Nobody was hurt.",
    ]
    assert [s.paragraph for s in sentences] == [1, 1, 1]
    assert [s.index for s in sentences] == [0, 1, 2]
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        for r in removed:
            assert sentence.end <= r.start or sentence.start >= r.end


def test_overlapping_and_out_of_range_removals() -> None:
    text = "One. Two. Three. Four."
    removed = (
        Removal(3, 9, "x", text[3:9]),
        Removal(5, 12, "y", text[5:12]),
        Removal(20, 99, "z", ""),
    )
    sentences = split_documents([Document(text, id="d", removed=removed)])
    assert [s.text for s in sentences] == ["One", "ree.", "Fou"]


def test_document_without_id_is_an_input_error() -> None:
    with pytest.raises(InputError, match="id"):
        split_documents([Document("Text.")])


def test_non_string_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="str"):
        sentence_spans(b"bytes")  # type: ignore[arg-type]


def test_missing_word_list_is_a_resource_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(lexicon_module, "_DATA_DIR", tmp_path)
    lexicon_module.get_lexicon.cache_clear()
    split_module._default_rules.cache_clear()
    try:
        with pytest.raises(ResourceError, match=r"word list en/\w+\.txt is missing"):
            split_sentences("Gen. Ada Moor left.", "en")
    finally:
        monkeypatch.undo()
        lexicon_module.get_lexicon.cache_clear()
        split_module._default_rules.cache_clear()


def test_output_is_deterministic() -> None:
    documents = [Document(text, id=name) for name, text, _ in GOLDEN]
    assert split_documents(documents) == split_documents(documents)
    assert split_documents(documents, learn=True) == split_documents(documents, learn=True)


# Arbitrary Unicode, mixed with the pieces the splitter looks at (stops, quotes, bullets, spaces,
# abbreviations, list markers) so that the rules actually fire.
_TEXT = st.lists(
    st.one_of(
        st.characters(),
        st.sampled_from(
            list(" \n\t.!?…\"'”’)([•⁃-aXZ1\u00a0\x1c\u2029")
            + [". . .", "U.S.", "Mr.", "\r\n", "\n\n", "1.) ", "a. ", "p.m. ", " The", "e.g. "]
        ),
    ),
    max_size=120,
).map("".join)


def _check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    previous_end = 0
    for start, end in spans:
        assert 0 <= previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip()
        assert piece
        previous_end = end


@given(_TEXT)
def test_property_spans_are_ordered_disjoint_nonempty_stripped(text: str) -> None:
    spans = sentence_spans(text)
    _check_spans(text, spans)
    # Every non-space character belongs to some sentence: nothing is lost.
    assert "".join("".join(text[s:e].split()) for s, e in spans) == "".join(text.split())


@given(_TEXT, st.lists(st.tuples(st.integers(0, 320), st.integers(0, 40)), max_size=4))
def test_property_documents_avoid_removed_spans(text: str, cuts: list[tuple[int, int]]) -> None:
    removed = tuple(Removal(a, a + n, "x", text[a : a + n]) for a, n in cuts)
    sentences = split_documents([Document(text, id="d", removed=removed)])
    _check_spans(text, [(s.start, s.end) for s in sentences])
    for sentence in sentences:
        assert sentence.text == text[sentence.start : sentence.end]
        # No sentence holds removed text (an empty removal holds none: Removal(1, 1) in "00").
        for r in removed:
            assert r.start == r.end or sentence.end <= r.start or sentence.start >= r.end
    assert [s.index for s in sentences] == list(range(len(sentences)))


# --- speed -------------------------------------------------------------------------------


def _cpu(call: Callable[[], object]) -> float:
    """CPU seconds of ``call``, the least of three runs (a ratio of two of these is the check)."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        call()
        best = min(best, time.process_time() - started)
    return max(best, 1e-3)


def test_megabyte_without_punctuation_is_linear() -> None:
    text = "word " * 200_000  # 1 MB, one paragraph, no sentence punctuation
    assert sentence_spans(text) == [(0, len(text) - 1)]
    quarter = "word " * 50_000
    ratio = _cpu(lambda: sentence_spans(text)) / _cpu(lambda: sentence_spans(quarter))
    assert ratio < 8.0, ratio  # 4x the input: about 4x the time, far below a quadratic 16x


def test_megabyte_of_short_sentences_and_abbreviations_is_linear() -> None:
    unit = "Mr. Ames met Gen. Ruiz at 5 p.m. in the U.S. on Jan. 3. They spoke... "
    small = unit * 2_000
    large = unit * 16_000  # about 1.1 MB
    assert len(sentence_spans(large)) == 8 * len(sentence_spans(small)) == 8 * 2 * 2_000
    ratio = _cpu(lambda: sentence_spans(large)) / _cpu(lambda: sentence_spans(small))
    assert ratio < 16.0, ratio  # 8x the input: linear is 8x, quadratic would be 64x


def test_megabyte_lines_without_punctuation() -> None:
    text = "\n".join(f"short line number {i}" for i in range(50_000))
    assert len(sentence_spans(text)) == 50_000
    quarter = "\n".join(f"short line number {i}" for i in range(12_500))
    ratio = _cpu(lambda: sentence_spans(text)) / _cpu(lambda: sentence_spans(quarter))
    assert ratio < 8.0, ratio


# --- real articles -----------------------------------------------------------------------


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds is not beside the repository")
def test_seed_articles_split_sensibly() -> None:
    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        pytest.skip("shared/seeds holds no .txt articles")
    for path in paths:
        text = path.read_text(encoding="utf-8")
        sentences = split_documents([Document(text, id=path.name)])
        assert len(sentences) >= 10, path.name
        paragraphs = len(re.split(r"\n[^\S\n]*\n", text.strip()))
        assert len(sentences) >= paragraphs - 1
        for sentence in sentences:
            assert text[sentence.start : sentence.end] == sentence.text
            assert "\n\n" not in sentence.text
            # No sentence is cut after an abbreviation or an initial.
            assert not re.search(r"\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Gov|St)\.$", sentence.text), (
                sentence.text
            )
            assert not re.search(r"(?:^|\s)[A-Z]\.$", sentence.text), sentence.text
            # And none starts in the middle of one (a lower-case start after a split).
            assert not sentence.text[0].islower() or sentence.index == 0, sentence.text
        words = [len(s.text.split()) for s in sentences]
        assert max(words) < 120, path.name  # no run-on merge of several sentences


@pytest.mark.parametrize("width", [40, 55, 70, 80])
@pytest.mark.parametrize("paragraph_gap", ["\n\n", "\n"])
def test_hard_wrapped_news_keeps_its_sentences(width: int, paragraph_gap: str) -> None:
    # The same passage wrapped at a fixed width: single newlines inside sentences are not
    # boundaries, and lines that end a sentence still split there.
    import textwrap

    text = paragraph_gap.join(
        textwrap.fill(" ".join(p), width, break_on_hyphens=False) for p in NEWS
    )
    got = [" ".join(sentence.split()) for sentence in split_sentences(text)]
    assert got == [sentence for paragraph in NEWS for sentence in paragraph]


@pytest.mark.parametrize(
    "unit",
    [".", ". ", "?!", "a.", "1. x\n", "Mr. ", "A. ", '"a." ', "abc.Def", "• x "],
    ids=[
        "dots",
        "spaced",
        "marks",
        "glued",
        "numbered",
        "titles",
        "initials",
        "quotes",
        "missing_space",
        "bullets",
    ],
)
def test_pathological_runs_stay_linear(unit: str) -> None:
    # A run that fails to be a boundary at its end ("......x") must not be retried at each of
    # its characters: that was quadratic. Compare 4x the input against 4x the time, with slack.
    def cost(times: int) -> float:
        text = unit * times + "x"
        started = time.process_time()
        spans = sentence_spans(text)
        elapsed = time.process_time() - started
        _check_spans(text, spans)
        return elapsed

    small = cost(5_000)
    large = cost(20_000)
    assert large < 4 * small * 3 + 0.3, (small, large)


def test_fullwidth_stops_end_sentences_and_next_is_trimmed() -> None:
    text = "他说：「我们明天出发。」然后离开了。 Then he left. OK?"
    assert split_sentences(text) == [
        "他说：「我们明天出发。」",
        "然后离开了。",
        "Then he left.",
        "OK?",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A surname that looks like a title ends the sentence when the text uses it as a name.
        (
            "The talks depend on Prime Minister Vann Sen. Vann Sen said on Monday he would stay.",
            [
                "The talks depend on Prime Minister Vann Sen.",
                "Vann Sen said on Monday he would stay.",
            ],
        ),
        (
            "Aides of Vann Sen's party met. The envoy then visited Vann Sen. Officials gave no details.",
            [
                "Aides of Vann Sen's party met.",
                "The envoy then visited Vann Sen.",
                "Officials gave no details.",
            ],
        ),
        # A title after a capitalised word is still a title when the pair is never written bare.
        (
            "Democratic Sen. Mara Holt voted no. Democratic Sen. Holt explained why on Friday.",
            [
                "Democratic Sen. Mara Holt voted no.",
                "Democratic Sen. Holt explained why on Friday.",
            ],
        ),
        ("Vann Sen. Gen. Ruiz met the press.", ["Vann Sen. Gen. Ruiz met the press."]),
        # The name written bare after a capitalised word ("Prime Minister Vann Sen said"): the
        # pair "Minister Vann" must not hide the pair "Vann Sen" (pairs overlap).
        (
            (
                "Prime Minister Vann Sen said the vote would go ahead. Rebels refused to meet "
                "Vann Sen. Dorrit stayed abroad."
            ),
            [
                "Prime Minister Vann Sen said the vote would go ahead.",
                "Rebels refused to meet Vann Sen.",
                "Dorrit stayed abroad.",
            ],
        ),
        (
            "Aides of Premier Vann Sen's party met. The envoy visited Vann Sen. Gen. Ruiz left.",
            [
                "Aides of Premier Vann Sen's party met.",
                "The envoy visited Vann Sen.",
                "Gen. Ruiz left.",
            ],
        ),
        # Real titles and abbreviations around it stay as they are.
        (
            "Prime Minister Vann Sen met Mr. Hun. U.S. Senate aides and Gen. Ruiz were there.",
            ["Prime Minister Vann Sen met Mr. Hun.", "U.S. Senate aides and Gen. Ruiz were there."],
        ),
    ],
)
def test_title_like_surname_ends_a_sentence_only_when_used_as_a_name(
    text: str, expected: list[str]
) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a company suffix, a word that opens sentences elsewhere in the text opens one here.
        (
            (
                "The merger joins Harrow, Pellin and Corvane Systems Inc. Harrow, the largest of "
                "the three, would run the network. Harrow said the price was fair."
            ),
            [
                "The merger joins Harrow, Pellin and Corvane Systems Inc.",
                "Harrow, the largest of the three, would run the network.",
                "Harrow said the price was fair.",
            ],
        ),
        (
            (
                "Its sales exceed those of Brightwell Corp. Marlo's staff work in 12 countries. "
                "Marlo plans no cuts."
            ),
            [
                "Its sales exceed those of Brightwell Corp.",
                "Marlo's staff work in 12 countries.",
                "Marlo plans no cuts.",
            ],
        ),
        # A day or an officer's title goes on after a company's name, even when it opens sentences.
        (
            "Keswick Holdings Inc. Tuesday set out its plan. Tuesday was a busy day.",
            ["Keswick Holdings Inc. Tuesday set out its plan.", "Tuesday was a busy day."],
        ),
        (
            (
                "Sales rose. Chief Executive Dana Orme spoke. Fenwick Corp. Chief Executive "
                "Dana Orme smiled."
            ),
            [
                "Sales rose.",
                "Chief Executive Dana Orme spoke.",
                "Fenwick Corp. Chief Executive Dana Orme smiled.",
            ],
        ),
        # Without evidence the name is read as going on (the splitter's default after "Inc.").
        (
            "A spokesman for Lark Inc. Tove Berg agreed.",
            ["A spokesman for Lark Inc. Tove Berg agreed."],
        ),
        # A sentence adverb of the shipped starter list opens a sentence after any abbreviation.
        (
            "The yard was sold to Norvik Shipping Corp. Indeed, the buyer had wanted it for years.",
            [
                "The yard was sold to Norvik Shipping Corp.",
                "Indeed, the buyer had wanted it for years.",
            ],
        ),
    ],
)
def test_company_suffix_ends_a_sentence_when_the_next_word_opens_sentences(
    text: str, expected: list[str]
) -> None:
    assert split_sentences(text) == expected


# --- other languages ---------------------------------------------------------------------


def _load_lang_cases() -> ModuleType:
    """The per-language case tables in tests/data/split_cases_lang.py."""
    path = Path(__file__).resolve().parent / "data" / "split_cases_lang.py"
    spec = importlib.util.spec_from_file_location("split_cases_lang", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


LANG_CASES: dict[str, list[tuple[str, str, list[str]]]] = _load_lang_cases().CASES
_LANG_PARAMS = [
    (language, name, text, expected)
    for language, cases in LANG_CASES.items()
    for name, text, expected in cases
]


@pytest.mark.parametrize(
    ("language", "name", "text", "expected"),
    _LANG_PARAMS,
    ids=[f"{language}-{name}" for language, name, _, _ in _LANG_PARAMS],
)
def test_language_case(language: str, name: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, language) == expected


@pytest.mark.parametrize("language", sorted(LANG_CASES))
def test_language_tables_are_large_and_need_their_language(language: str) -> None:
    cases = LANG_CASES[language]
    assert len(cases) >= 30
    assert len({name for name, _, _ in cases}) == len(cases)
    # The English rules get a good share of them wrong: the language's lexicon is what passes them.
    wrong_in_english = [name for name, text, want in cases if split_sentences(text, "en") != want]
    assert len(wrong_in_english) >= len(cases) // 5, wrong_in_english


@pytest.mark.parametrize("language", sorted(LANG_CASES))
def test_language_is_detected_on_a_paragraph_of_cases(language: str) -> None:
    # Several cases joined into one paragraph: detected without being told, split as expected.
    cases = [(text, want) for _, text, want in LANG_CASES[language] if "\n" not in text][:12]
    text = " ".join(text for text, _ in cases)
    want = [sentence for _, sentences in cases for sentence in sentences]
    assert split_sentences(text) == want
    assert split_sentences(text) == split_sentences(text, language)


def test_english_cases_are_the_same_detected_or_told() -> None:
    for _, text, expected in GOLDEN:
        assert split_sentences(text) == split_sentences(text, "en") == expected
    text, _ = _news_text()
    assert sentence_spans(text) == sentence_spans(text, "en")


def test_german_ordinal_only_in_german() -> None:
    text = "Der Umzug ist am 3. Oktober geplant."
    assert split_sentences(text, "de") == [text]
    assert split_sentences(text, "en") == ["Der Umzug ist am 3.", "Oktober geplant."]


def test_split_documents_takes_one_language_per_document() -> None:
    german = "Am 3. Oktober beginnt der Umbau der Halle. Er dauert bis zum Frühjahr."
    documents = [Document(german, id="a"), Document(german, id="b"), Document(german, id="c")]
    sentences = split_documents(documents, language=["de", "en", None])
    by_doc: dict[str, list[str]] = {}
    for sentence in sentences:
        by_doc.setdefault(sentence.doc_id, []).append(sentence.text)
    assert len(by_doc["a"]) == 2  # German rules: "3. Oktober" is an ordinal
    assert len(by_doc["b"]) == 3  # English rules, as told: a boundary after "3."
    assert by_doc["c"] == by_doc["a"]  # detected as German
    assert split_documents(documents, language="de") == split_documents(
        documents, language=["de"] * 3
    )


def test_split_documents_language_errors() -> None:
    documents = [Document("Eins. Zwei.", id="a")]
    with pytest.raises(ConfigError, match="2 languages for 1 documents"):
        split_documents(documents, language=["de", "fr"])
    with pytest.raises(ConfigError, match="must be one of en, de, fr, es, it"):
        split_documents(documents, language="nl")
    with pytest.raises(ConfigError, match="got 7"):
        split_sentences("Eins. Zwei.", 7)  # type: ignore[arg-type]


def test_trained_punkt_works_with_languages() -> None:
    german = "Am 3. Oktober beginnt der Umbau. Er dauert z. B. bis Mai."
    sentences = split_documents([Document(german, id="a")], learn=True, language="de")
    assert [s.text for s in sentences] == [
        "Am 3. Oktober beginnt der Umbau.",
        "Er dauert z. B. bis Mai.",
    ]


# --- explain: every decision carries the rule that made it ----------------------------------

# (language, text, the text just before the candidate's mark, split?, the rule expected).
_EXPLAINED = [
    ("en", "It rained. Then it stopped.", "rained", True, split_module.REASON_WORD_CAPITAL),
    ("en", "Gen. Ada Moor left.", "Gen", False, split_module.REASON_TITLE),
    ("en", "He flew to the U.S. How odd.", "U.S", True, split_module.REASON_ABBREV_STARTER),
    ("en", "The U.S. Navy sailed.", "U.S", False, split_module.REASON_ABBREV),
    ("en", "Room No. 5 is shut.", "No", False, split_module.REASON_ABBREV_NUMBER),
    ("en", '"Why?" Smith asked.', "Why", False, split_module.REASON_QUOTE_SPEECH),
    ("en", "Who won? Nobody.", "won", True, split_module.REASON_QUESTION),
    ("en", "She read J. R. Okoro's poem.", "J", False, split_module.REASON_INITIAL),
    ("en", "We met Ann K. Bell there.", "K", False, split_module.REASON_INITIAL),
    ("en", "Ask at 9 a.m. Moscow time.", "a.m", False, split_module.REASON_TIME_FOLLOWER),
    ("en", "It hit at noon (7 a.m. EST). We ran.", "a.m", False, split_module.REASON_TIME_FOLLOWER),
    ("en", "They left town at 6 p.m. Police came.", "p.m", True, split_module.REASON_TIME_END),
    # A time after an article modifies the noun after it, capitalised or not; a sentence
    # starter after it still opens a sentence.
    ("en", "Ida took the 7 p.m. Delta Air jet.", "p.m", False, split_module.REASON_TIME_MODIFIER),
    ("en", "Ida took a 9:30 p.m. Amtrak train.", "p.m", False, split_module.REASON_TIME_MODIFIER),
    ("en", "He caught the 7 p.m. The bus was full.", "p.m", True, split_module.REASON_TIME_STARTER),
    ("en", "Ida left town at 7 p.m. Delta Air said so.", "p.m", True, split_module.REASON_TIME_END),
    ("en", "Wait... Then it rained.", "Wait", True, split_module.REASON_ELLIPSIS_CAPITAL),
    ("en", "So . . . Then it rained.", "So ", False, split_module.REASON_SPACED_ELLIPSIS),
    ("en", "See www.example.com. It helps.", "com", True, split_module.REASON_ADDRESS_END),
    ("en", "It was the end.Next day came.", "end", True, split_module.REASON_GLUED),
    ("en", "It was good, e.g. Tom said so.", "e.g", False, split_module.REASON_EG),
    ("en", "It sank. and then", "sank", False, split_module.REASON_LOWER_NEXT),
    ("en", "It was in Salem, Mass. Crews came.", "Mass", True, split_module.REASON_PLACE_END),
    ("en", "It rose at 2 p.m. (EST) again.", "p.m", False, split_module.REASON_TIME_ZONE),
    ("en", "He joined Lark Inc. No. 4 team.", "Inc", False, split_module.REASON_ABBREV_NEXT_ABBREV),
    ("de", "Sie fragte: ,,Wo?” ,,Hier“, sagte er.", "Wo", False, split_module.REASON_COMMA_NEXT),
    ("it", '"Tace. Il mare / dorme" (Anon.).', "Tace", False, split_module.REASON_VERSE),
    ("de", "Am 3. Oktober kam Dr. Roth an.", "3", False, split_module.REASON_ORDINAL),
    ("de", "Am 3. Oktober kam Dr. Roth an.", "Dr", False, split_module.REASON_TITLE),
    ("de", "Es war 2019. Dann kam er.", "2019", True, split_module.REASON_NUMBER),
    ("it", "Ho visto l'Avv. Rossi ieri.", "Avv", False, split_module.REASON_TITLE),
    ("fr", "Il a vu M. Durand hier.", "M", False, split_module.REASON_TITLE),
]


@pytest.mark.parametrize(("language", "text", "before", "split", "rule"), _EXPLAINED)
def test_explain_names_the_rule_that_decided(
    language: str, text: str, before: str, split: bool, rule: str
) -> None:
    offset = text.index(before) + len(before)
    decisions = {d.offset: d for d in split_module.explain(text, language=language)}
    assert offset in decisions, decisions
    assert (decisions[offset].split, decisions[offset].rule) == (split, rule)
    # The split decisions are the sentence ends: the decision matches what the splitter does.
    ends = {e for _, e in sentence_spans(text, language=language)}
    assert (offset + len(decisions[offset].mark) in ends) == split


def test_explain_reasons_are_distinct_constants() -> None:
    reasons = [v for k, v in vars(split_module).items() if k.startswith("REASON_")]
    assert len(reasons) == len(set(reasons)) > 40


def _all_case_texts() -> list[tuple[str, str]]:
    """Every golden and per-language case text with its language."""
    texts = [("en", text) for _, text, _ in GOLDEN]
    texts += [(lang, text) for lang, cases in LANG_CASES.items() for _, text, _ in cases]
    return texts


def test_explain_agrees_with_the_spans_on_every_case() -> None:
    # A "split" decision sits between two sentences (or at the end of a region); a "no split"
    # decision sits inside a sentence. Checked on every case of every language.
    checked = 0
    for language, text in _all_case_texts():
        spans = sentence_spans(text, language=language)
        for d in split_module.explain(text, language=language):
            end = d.offset + len(d.mark)
            inside = [s for s in spans if s[0] <= d.offset and end < s[1]]
            if d.rule == split_module.REASON_LIST_ITEM:
                # The item's sentence starts at the marker, or after a bullet or dash it drops.
                assert any(
                    s[0] == d.offset or split_module._LEAD_MARKER.fullmatch(text, d.offset, s[0])
                    for s in spans
                ), (text, d)
            elif d.split:
                assert not inside, (text, d)
            else:
                assert inside, (text, d)
            checked += 1
    assert checked > 300


def test_split_sentences_errors_name_split_sentences() -> None:
    """Not the inner sentence_spans the caller never called."""
    with pytest.raises(InputError, match="^split_sentences needs a str; got NoneType"):
        split_sentences(None)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="^split_sentences: language must be one of"):
        split_sentences("Rain fell.", language="xx")


def test_explain_errors() -> None:
    with pytest.raises(InputError, match="explain needs a str"):
        split_module.explain(b"x")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="explain: language must be one of"):
        split_module.explain("x", language="xx")


@pytest.mark.parametrize("line", ["-----", "______", "* * *", "=== ", "- - - -"])
def test_separator_lines_are_no_sentences(line: str) -> None:
    text = f"Rain fell.\n\n{line}\n\nIt stopped."
    assert split_sentences(text, "en") == ["Rain fell.", "It stopped."]
    assert split_sentences(f"{line}\nIt stopped.", "en") == ["It stopped."]


def test_short_dash_runs_and_words_stay() -> None:
    # Two dashes, or rule characters with words, are not separators.
    assert split_sentences("--\n\nRain -- fell.", "en") == ["--", "Rain -- fell."]


# --- the news boundary benchmark (benchmarks/split_boundaries.py) on a tiny file of our own -----


def _load_boundary_benchmark() -> ModuleType:
    """benchmarks/split_boundaries.py as a module (benchmarks/ is not a package)."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "split_boundaries.py"
    spec = importlib.util.spec_from_file_location("split_boundaries", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up while being made
    spec.loader.exec_module(module)
    return module


def test_boundary_benchmark_counts_joins_and_errors(tmp_path: Path) -> None:
    bench = _load_boundary_benchmark()
    rows = [
        ("1", "1", "2", "The ferry left at noon.", "Crews cheered on the quay."),
        ("0", "3", "4", "The mayor said the pier is safe.", "It reopened in the U.S."),
        ("1", "5", "6", "Smith won the vote on Monday.", "and then it rained."),  # a fragment
        ("1", "7", "8", "Two ships docked. The port closed.", "Rain fell all day."),  # two
    ]
    data = tmp_path / "pairs.tsv"
    lines = ["Quality\t#1 ID\t#2 ID\t#1 String\t#2 String"] + ["\t".join(r) for r in rows]
    data.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    sentences = bench.read_sentences(data)
    assert "and then it rained." not in sentences
    assert "Two ships docked. The port closed." not in sentences
    assert len(sentences) == 6
    paragraphs = bench.make_paragraphs(sentences, 3)
    assert [len(gold) for _, gold in paragraphs] == [2, 2]
    figures, errors = bench.evaluate(paragraphs, with_reasons=True)
    # "... in the U.S. Smith won" is the one join the rules miss: "Smith" opens no sentence there.
    assert (figures["true"], figures["false"], figures["missed"]) == (3, 0, 1)
    assert figures["f1"] == pytest.approx(2 * 1.0 * 0.75 / 1.75)
    assert [e.kind for e in errors] == ["missed"]
    assert errors[0].reason.startswith(split_module.REASON_ABBREV)
    out = tmp_path / "out.json"
    assert (
        bench.main(["--data", str(data), "--group", "3", "--errors", "0", "--json", str(out)]) == 0
    )
    assert '"missed": 1' in out.read_text(encoding="utf-8")
