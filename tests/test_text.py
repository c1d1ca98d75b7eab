"""Tests for summarizer.text: the visible spans and paragraphs of a document, shared by stages."""

from __future__ import annotations

import bisect
import datetime
import math

import pytest

from summarizer import clean, group
from summarizer.clean import kept_spans
from summarizer.render import _paragraphs
from summarizer.split import split_documents
from summarizer.text import (
    iso_day,
    near_copies,
    paragraph_breaks,
    paragraph_spans,
    parse_date,
    parse_date_time,
    time_order,
    visible_spans,
    visible_text,
    word_for_word,
)
from summarizer.types import Document, Removal

# Two paragraphs whose blank line holds a no-break space (as pasted from a web page).
NBSP_BREAK = "Ferry service resumed on Tuesday.\n\u00a0\nThe harbour office reopened at noon."
# The same with a Unicode paragraph separator between them.
PS_BREAK = "Ferry service resumed on Tuesday.\u2029The harbour office reopened at noon."


def _split_paragraphs(document: Document) -> list[str]:
    """The text of each paragraph as the splitter numbers them."""
    found: dict[int, list[str]] = {}
    for sentence in split_documents([document]):
        found.setdefault(sentence.paragraph, []).append(sentence.text)
    return [" ".join(texts) for _, texts in sorted(found.items())]


def _clean_paragraphs(document: Document) -> list[str]:
    return [document.text[s:e] for s, e in kept_spans(document)]


def _render_paragraphs(document: Document) -> list[str]:
    return ["".join(seg.text for seg in para).strip() for para in _paragraphs(document, {}, {})]


@pytest.mark.parametrize("text", [NBSP_BREAK, PS_BREAK], ids=["nbsp-line", "u2029"])
def test_split_clean_and_render_agree_on_paragraphs(text: str) -> None:
    document = Document(text, id="a")
    expected = ["Ferry service resumed on Tuesday.", "The harbour office reopened at noon."]
    assert _split_paragraphs(document) == expected
    assert _clean_paragraphs(document) == expected
    assert _render_paragraphs(document) == expected


def test_a_removal_inside_a_paragraph_is_cut_out_by_all_three() -> None:
    text = (
        "HARBOUR CITY (Wire) - Ferry service resumed.\n\nAdvertisement\n\nCrews cleared the dock."
    )
    cut = text.index("Ferry")
    ad = text.index("Advertisement")
    removed = (
        Removal(0, cut, "dateline", text[:cut]),
        Removal(ad, ad + 13, "advertisement", "Advertisement"),
    )
    document = Document(text, id="a", removed=removed)
    expected = ["Ferry service resumed.", "Crews cleared the dock."]
    assert _split_paragraphs(document) == expected
    assert _clean_paragraphs(document) == expected
    assert _render_paragraphs(document) == expected


def test_an_empty_removal_removes_and_splits_nothing() -> None:
    # Behaviour change: the splitter used to end a sentence at an empty removal ("Ferry service"
    # / "resumed."), while render ignored it. Now neither does.
    text = "Ferry service resumed on Tuesday."
    at = text.index("resumed")
    document = Document(text, id="a", removed=(Removal(at, at, "wire", ""),))
    assert visible_spans(document) == [(0, len(text))]
    assert [s.text for s in split_documents([document])] == [text]
    assert _clean_paragraphs(document) == [text]


def test_removals_outside_the_text_are_clipped() -> None:
    text = "Ferry service resumed."
    document = Document(
        text, id="a", removed=(Removal(-5, 6, "header", ""), Removal(20, 99, "wire", ""))
    )
    assert visible_spans(document) == [(6, 20)]
    assert visible_text(document) == "service resume"


def test_paragraph_breaks_number_the_paragraphs() -> None:
    text = "One.\n\nTwo.\n \n\nThree.\n\u00a0\nFour."
    breaks = paragraph_breaks(text)
    starts = [text.index(word) for word in ("One", "Two", "Three", "Four")]
    assert [bisect.bisect_left(breaks, s) for s in starts] == [0, 1, 2, 3]
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["One.", "Two.", "Three.", "Four."]


def test_paragraph_spans_keep_a_single_newline() -> None:
    text = "A line\nwrapped here.\n\nNext."
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["A line\nwrapped here.", "Next."]
    # Within a range, only the breaks inside it count.
    assert list(paragraph_spans(text, 2, 6)) == [(2, 6)]


def test_kept_spans_are_stripped_and_never_empty() -> None:
    text = "  Ferry service resumed.  \n\n   \n\n Crews cleared the dock. "
    spans = kept_spans(Document(text, id="a"))
    assert [text[s:e] for s, e in spans] == ["Ferry service resumed.", "Crews cleared the dock."]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-03-01", datetime.date(2019, 3, 1)),
        ("2019-03-01T10:00:00Z", datetime.date(2019, 3, 1)),
        (" 2019-03-01 ", datetime.date(2019, 3, 1)),
        ("March 1, 2019", None),
        ("2019-02-30", None),
        ("", None),
        (None, None),
    ],
)
def test_stages_read_a_documents_date_alike(value: str | None, expected: object) -> None:
    # Behaviour change: group read " 2019-03-01" (white space around it) as no date, render as
    # 1 March 2019; both now use text.iso_day.
    assert iso_day(value) == expected
    day = group._day(value)
    if expected is None:
        assert math.isnan(day)
    else:
        assert isinstance(expected, datetime.date)
        assert day == expected.toordinal()


@pytest.mark.parametrize("value", ["1741060800", "17410608", "2025W101", "2025-W10-1", "20250304"])
def test_iso_day_reads_only_the_extended_day(value: str) -> None:
    # A Unix time given as a record's "date" ("1741060800", 3 March 2025) was read as 8 June 1741
    # on Python 3.11, whose date.fromisoformat also takes the basic and week forms (3.10 does
    # not): the briefing said "8 June 1741 – 4 March 2025" on one Python and not on the other.
    # Document.date is normalised to YYYY-MM-DD where parse_date reads it; the rest is as given.
    assert iso_day(value) is None


def test_parse_date_is_the_one_free_text_reader() -> None:
    # clean re-exports it; web and pipeline import it from text.
    assert clean.parse_date is parse_date
    assert parse_date("Published: Mar. 1, 2019") == "2019-03-01"
    assert iso_day(parse_date("01.03.2019")) == datetime.date(2019, 3, 1)


@pytest.mark.parametrize(
    ("written", "stamp"),
    [
        ("2031-06-10T19:40:00.250+01:00", "2031-06-10T19:40:00+01:00"),
        ("2031-06-10T19:40:00+0530", "2031-06-10T19:40:00+05:30"),
        ("2031-06-10T19:40:00", "2031-06-10T19:40:00"),  # no offset written, none assumed
        ("Tue, 10 Jun 2031 19:40 PDT", "2031-06-10T19:40:00-07:00"),
        ("10 Jun 2031 07:05:09 UT", "2031-06-10T07:05:09+00:00"),
        # A time that is none, a zone no table holds, free text: the day alone.
        ("2031-06-10T24:10:00Z", "2031-06-10"),
        ("Tue, 10 Jun 2031 19:40:00 XST", "2031-06-10"),
        ("June 10, 2031 at 7:40 p.m.", "2031-06-10"),
        ("no date", None),
    ],
)
def test_parse_date_time_keeps_a_structured_time_and_its_offset(
    written: str, stamp: str | None
) -> None:
    assert parse_date_time(written) == stamp
    assert parse_date(written) == (stamp[:10] if stamp else None)


def test_time_order_compares_instants_of_one_day() -> None:
    stamps = ["2031-06-10T19:40:00+01:00", "2031-06-10T19:00:00+00:00", "2031-06-10T18:50:00"]
    assert sorted(stamps, key=time_order) == [stamps[0], stamps[2], stamps[1]]
    assert (time_order("2031-06-10"), time_order(None)) == ("2031-06-10", "")


# --- word_for_word: one text under two ids ----------------------------------------------------

_SLIPWAY = (
    "The island ferry sailed again on Thursday after three days in port.\n\n"
    "Lorries will wait until the slipway is repaired next week."
)


def test_one_text_under_other_headers_and_spacing_is_one_text() -> None:
    """A wire story as a file with its headline and date line, and as a feed item whose title is
    apart and whose lines are wrapped otherwise: cleaning removes the header lines, and the words
    left are the same."""
    filed = clean.clean_document(
        Document(f"Island ferry back after storm\n\n12 February 2032\n\n{_SLIPWAY}", id="wire")
    )
    fed = Document(_SLIPWAY.replace(" after ", "\nafter "), id="feed", title="Ferry back")
    own = Document(_SLIPWAY.replace("next week", "this month"), id="own")
    assert word_for_word([own, filed, fed, own]) == (0, 1, 1, 0)
    # Case and punctuation are the text's own: a changed letter is another text.
    assert word_for_word([fed, Document(_SLIPWAY.lower())]) == (0, 1)


def test_a_document_with_no_visible_word_is_no_copy() -> None:
    """Two articles cleaning left empty (a headline alone) are not one text: they say nothing."""
    blank = Document("Ferry back", removed=(Removal(0, 10, "headline", "Ferry back"),))
    assert word_for_word([blank, blank, Document(" \n ")]) == (0, 1, 2)


def test_a_long_text_read_piece_by_piece_has_the_words_of_the_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Cut into pieces of 7 characters at runs of whitespace (of every kind), the words joined
    are those of the whole visible text: one text stays one, another stays another."""
    import hashlib

    from summarizer import text

    monkeypatch.setattr(text, "_DIGEST_CHARS", 7)
    body = "Lorries\u2028wait  until\n\nthe   slipway\u00a0is mended; passengersareboardingnow \t\u3000ok"
    removed = (Removal(8, 13, "wire", body[8:13]),)
    for doc in (Document(body), Document(body, removed=removed), Document(" x "), Document("")):
        words = visible_text(doc, " ").split()
        whole = hashlib.sha256(" ".join(words).encode()).digest() if words else None
        assert text._words_digest(doc) == whole


def test_texts_that_open_alike_are_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only documents sharing an opening are digested; one that opens as another and differs
    later is another text, and a copy of it further on is found all the same."""
    from summarizer import text

    monkeypatch.setattr(text, "_OPENING_WORDS", 3)
    wire = Document(_SLIPWAY)
    changed = Document(_SLIPWAY.replace("next week", "this month"))
    spaced = Document(_SLIPWAY.replace(" ", "\n", 5))
    other = Document("Lorries will wait.")
    assert word_for_word([wire, changed, other, spaced, changed]) == (0, 1, 2, 0, 1)


def test_a_document_s_first_words_are_those_of_its_visible_text() -> None:
    from summarizer import text

    body = "Lorries\u2028wait  until\n\nthe   slipway\u00a0is mended; passengers \t\u3000ok"
    removed = (Removal(8, 13, "wire", body[8:13]), Removal(20, 27, "wire", body[20:27]))
    for doc in (Document(body), Document(body, removed=removed), Document(" x "), Document("")):
        words = tuple(visible_text(doc, " ").split())
        for count in (1, 2, 3, 5, 40):
            assert text._first_words(doc, count) == words[:count], (doc, count)


@pytest.mark.parametrize(
    ("stamps", "instants"),
    [
        # 9999-12-31 is a common "no end" date; in UTC it would be in year 10000.
        (["9999-12-31T23:00:00-05:00", "9999-12-31T22:00:00-05:00"], ["9999-12-31T23:00:00",
                                                                     "9999-12-31T22:00:00"]),
        (["0001-01-01T01:00:00+05:00", "0001-01-01T00:30:00+05:00"], ["0001-01-01T01:00:00",
                                                                     "0001-01-01T00:30:00"]),
    ],
)  # fmt: skip
def test_time_order_of_an_instant_outside_the_calendar_in_utc_is_the_time_written(
    stamps: list[str], instants: list[str]
) -> None:
    # It raised OverflowError: a traceback from "summarizer stories" on a record dated so.
    assert [time_order(stamp) for stamp in stamps] == instants


# --- near_copies: one text with a sentence cut or a word changed --------------------------------

_KILN = [
    "A fire broke out in the old pottery kiln on Mill Lane on Sunday evening.",
    "Four fire engines were sent and the blaze was out by midnight.",
    "Nobody was inside the building, the fire service said.",
    "The kiln, built in 1872, was due to reopen as a museum in the spring.",
    "Investigators will return on Monday to find the cause.",
]


def test_a_story_re_sent_corrected_or_cut_is_a_near_copy() -> None:
    """A wire story re-sent with a figure corrected, and an outlet's copy with its last sentence
    cut and its quotation marks set otherwise: one text. A rewritten update is another."""
    corrected = [*_KILN[:1], _KILN[1].replace("Four", "Five"), *_KILN[2:]]
    reprinted = [s.replace(",", "") for s in _KILN[:4]]  # marks aside, the words are the same
    update = [
        "Investigators said on Monday that faulty wiring started the kiln fire on Mill Lane.",
        _KILN[2],
        "The museum's opening is now set for the autumn.",
        _KILN[3],
        "The town council will meet on Wednesday.",
    ]
    other = ["Talks on the bus contract ended without a deal on Monday."]
    assert near_copies([_KILN, other, corrected, reprinted, update]) == (0, 1, 0, 0, 4)


def test_a_near_copy_joins_its_closest_earlier_version() -> None:
    """Three versions of a story, each changing one sentence of the one before: one text, though
    the third shares fewer sentences with the first than the bar asks."""
    second = [*_KILN[:4], "Investigators will return on Tuesday to find the cause."]
    third = [_KILN[0].replace("Sunday", "Saturday"), *second[1:]]
    third_alone = [_KILN[0].replace("Sunday", "Saturday"), *_KILN[1:4], "The cause is unknown."]
    assert near_copies([_KILN, second, third]) == (0, 0, 0)
    assert near_copies([_KILN, third_alone]) == (0, 1)  # 3 of 5 alike: below the bar


def test_an_excerpt_of_two_sentences_is_no_near_copy() -> None:
    # Both its sentences are the story's, but a brief is not the article.
    assert near_copies([_KILN, _KILN[:2], []]) == (0, 1, 2)


def test_an_outlet_s_footer_makes_no_near_copies() -> None:
    """Lines every article of an outlet ends with, and one sentence two articles share, are
    fewer than the bar (3 of 4): 200 articles, none a near copy (a line more than
    NEAR_COPY_MAX_CARRIERS documents carry is not read for pairs)."""
    footer = ["Follow the Mill Lane Gazette for more local news.", "Call 555 0100 with tips."]
    documents = [
        [f"Story number {k} of the day is here.", *footer, _KILN[k % 5]] for k in range(200)
    ]
    assert near_copies(documents) == tuple(range(200))
    # Two footer lines and one sentence alike in articles of four: 3 of 4, below the bar.
    assert near_copies([[*footer, *_KILN[:2]], [*footer, _KILN[0], "Other."]]) == (0, 1)
