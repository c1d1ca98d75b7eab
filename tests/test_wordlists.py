"""Word lists of cleaning are data files (issue 13): each test shows a list drives its rule."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import summarizer.lexicon as lexicon_module
from summarizer import noise, sidebar, text
from summarizer.clean import clean_document, parse_date
from summarizer.errors import ResourceError
from summarizer.lexicon import get_lexicon, read_lines
from summarizer.types import Document

DATA = Path(lexicon_module.__file__).resolve().parent / "data"


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the data folder that ``read_lines`` reads instead of the shipped one."""
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy)
    monkeypatch.setattr(lexicon_module, "_DATA_DIR", copy)
    return copy


def test_months_come_from_the_calendar_file() -> None:
    months = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
    assert {name: text._MONTHS[name] for name in months} == {m: n for n, m in enumerate(months, 1)}
    assert (text._MONTHS["sept"], text._MONTHS["jun"], len(text._MONTHS)) == (9, 6, 24)
    assert parse_date("Sept. 3, 2030") == "2030-09-03"
    assert parse_date("3 Jun 2030") == "2030-06-03"


def test_a_calendar_without_twelve_months_is_a_resource_error(data_copy: Path) -> None:
    path = data_copy / "en" / "calendar.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    path.write_text("\n".join(x for x in lines if x not in ("december", "dec")), encoding="utf-8")
    with pytest.raises(ResourceError, match="11 full month names"):
        text._month_numbers()


@pytest.mark.parametrize(
    ("header", "outlet"),
    [("AP", "AP"), ("Agence France-Presse", "AFP"), ("The New York Times", "The New York Times")],
)
def test_outlets_in_a_header_take_their_short_name(header: str, outlet: str) -> None:
    document = clean_document(Document(f" date 2030-03-01 {header}, PORTVILLE\n\nThe pier opened."))
    assert document.source == outlet


def test_an_outlet_added_to_the_file_is_recognised(data_copy: Path) -> None:
    path = data_copy / "en" / "outlets.txt"
    path.write_text(
        path.read_text(encoding="utf-8") + "harbour wire = Harbour Wire\n", encoding="utf-8"
    )
    assert noise._read_outlets()["harbour wire"] == "Harbour Wire"
    path.write_text("# header summarizer\nno separator here\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="not 'written = name'"):
        noise._read_outlets()


def test_sidebar_stop_words_are_the_lexicon_s_plus_news_fillers() -> None:
    fillers = frozenset(read_lines("en", "news_fillers.txt"))
    assert sidebar._STOP_WORDS == get_lexicon("en").stop_words | fillers
    assert {"said", "told", "mr"} <= fillers and not fillers & get_lexicon("en").stop_words


CAPTION_AFTER_CREDIT = (
    "The council approved the budget on Monday after a long debate about the harbour.\n\n"
    "Photo: Jo Doe/Harbour Wire\n\n"
    "Crowds outside the Vt. Statehouse in Montpelier after the vote.\n\n"
    "The mayor said the plan would take effect next year."
)


def test_caption_sentences_are_counted_with_the_lexicon_s_abbreviations() -> None:
    # Behaviour change: clean's own regex knew 33 abbreviations; "Vt." (data/en/abbreviations.txt)
    # ended a sentence for it, so this verbless one-sentence caption next to a credit was kept.
    assert noise._sentence_count("Crowds outside the Vt. Statehouse in Montpelier.") == 1
    assert noise._sentence_count("Crowds gathered. Police watched.") == 2
    document = clean_document(Document(CAPTION_AFTER_CREDIT))
    reasons = [(r.reason, r.text) for r in document.removed]
    assert ("caption", "Crowds outside the Vt. Statehouse in Montpelier after the vote.") in reasons


def test_an_abbreviation_added_to_the_lexicon_reaches_the_caption_rule(
    data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = data_copy / "en" / "abbreviations.txt"
    path.write_text(path.read_text(encoding="utf-8") + "Hbr.\n", encoding="utf-8")
    get_lexicon.cache_clear()
    try:
        pattern = noise._abbreviation_end_re()
    finally:
        get_lexicon.cache_clear()
    assert pattern.search("Crowds at Portville Hbr") and not noise._ABBREV_END_RE.search("at Hbr")


def test_evaluate_reads_its_dangling_lists_from_data() -> None:
    from summarizer import evaluate

    connectives = read_lines("en", "dangling_connectives.txt")
    assert evaluate.DANGLING_PRONOUNS == frozenset(read_lines("en", "dangling_pronouns.txt"))
    assert evaluate.DANGLING_CONNECTIVES == {c for c in connectives if " " not in c}
    assert evaluate.DANGLING_PHRASES == tuple(c for c in connectives if " " in c)
    assert (
        "in addition" in evaluate.DANGLING_PHRASES and "therefore" in evaluate.DANGLING_CONNECTIVES
    )
    # A connective dangles unless the point before it is the sentence before it.
    doc = Document("The pier reopened. In addition, the ferry ran.", id="d")
    assert evaluate.dangling_flags(["In addition, the ferry ran."], [doc]) == (True,)
    both = ["The pier reopened.", "In addition, the ferry ran."]
    assert evaluate.dangling_flags(both, [doc]) == (False, False)


def test_a_gallery_word_added_to_the_file_is_matched_and_hinted(data_copy: Path) -> None:
    # The rule used to need a regex edit plus a separate hint tuple; a word missing from the
    # tuple made the rule silently skip the line. One data file now drives both.
    line = "Diaporama: the new pier from the air"
    assert noise._GALLERY.search(line) is None
    path = data_copy / "en" / "gallery_labels.txt"
    text = path.read_text(encoding="utf-8").replace("label: gallery", "label: diaporama | gallery")
    path.write_text(text, encoding="utf-8")
    pattern, hints, placed = noise._gallery_rule()
    assert pattern.search(line) is not None and "diaporama" in hints
    assert "diaporama" in placed.starts  # an ASCII line is tested where the label stands
    hinted = noise._Hinted(pattern, hints, placed=placed)
    assert hinted.search(line, line.casefold()) is not None


def test_gallery_hints_cover_every_word_of_the_file() -> None:
    words = [
        w.strip().lower()
        for line in read_lines("en", "gallery_labels.txt")
        for w in line.partition(":")[2].split("|")
    ]
    assert words and all(any(h in w for h in noise._GALLERY_HINTS) for w in words)
    assert noise._GALLERY.search("[Gallery] Leaders meet at the summit") is not None
    assert noise._GALLERY.search("12 photos") is not None


def test_a_malformed_gallery_file_is_a_resource_error(data_copy: Path) -> None:
    (data_copy / "en" / "gallery_labels.txt").write_text("# summarizer\nbanner: ad\n", "utf-8")
    with pytest.raises(ResourceError, match="the forms are bracketed, view, label, line, count"):
        noise._gallery_rule()
