"""Tests for summarizer.clean: removals, metadata, dates, invariants, seeds and DUC false positives."""

from __future__ import annotations

import dataclasses
import json
import math
import re
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import SHARED
from hypothesis import given, settings
from hypothesis import strategies as st

import summarizer.noise as noise_module
import summarizer.sidebar as sidebar_module
from summarizer.clean import REASONS, clean_cluster, clean_document, kept_spans, parse_date
from summarizer.errors import InputError
from summarizer.records import (
    BYLINE_KEYS,
    DATE_KEYS,
    SOURCE_KEYS,
    TITLE_KEYS,
    URL_KEYS,
    read_document,
)
from summarizer.types import Document, Removal

NOISY = Path(__file__).parent / "data" / "noisy"
SEEDS = SHARED / "seeds"
DUC2004 = SHARED / "benchmarks" / "duc2004_dev.jsonl"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _clean_file(name: str) -> Document:
    return clean_document(Document(text=(NOISY / name).read_text(encoding="utf-8"), id=name))


def _removed(document: Document) -> list[tuple[str, str]]:
    return [(r.reason, r.text) for r in document.removed]


def _kept_text(document: Document) -> str:
    return "\n\n".join(document.text[s:e] for s, e in kept_spans(document))


def _check_invariants(original: Document, cleaned: Document) -> None:
    assert cleaned.text == original.text
    previous_end = 0
    for removal in cleaned.removed:
        assert removal.text == cleaned.text[removal.start : removal.end]
        assert removal.start < removal.end
        assert removal.start >= previous_end, "removals overlap or are unsorted"
        previous_end = removal.end
    assert clean_document(cleaned) == cleaned, "cleaning is not idempotent"
    for start, end in kept_spans(cleaned):
        piece = cleaned.text[start:end]
        assert piece == piece.strip() and piece
        assert "\n\n" not in piece
        assert all(end <= r.start or start >= r.end for r in cleaned.removed)


# --------------------------------------------------------------------------- own test articles

EXPECTED: dict[str, tuple[list[tuple[str, str]], dict[str, str | None]]] = {
    "wire_dateline.txt": (
        [
            ("headline", "Ferry strike leaves island towns without supplies"),
            ("byline", "By MARTA KOWALSKI, Associated Press"),
            ("dateline", "HARBORTON, Maine (AP) — "),
            ("advertisement", "Advertisement"),
            ("caption", "Deckhands and their families outside the ferry terminal in Harborton."),
            ("headline", "Ferry strike leaves island towns without supplies"),
            ("copyright", "Copyright 2021 The Associated Press. All rights reserved."),
        ],
        {
            "title": "Ferry strike leaves island towns without supplies",
            "byline": "MARTA KOWALSKI",
            "source": "AP",
            "dateline": "HARBORTON, Maine",
            "date": None,
        },
    ),
    "web_embeds.txt": (
        [
            ("header", " date 2021-06-14 Reuters, OSLO"),
            (
                "embed",
                (
                    "Tonight parliament chose our children over the oil lobby. "
                    "Thank you to everyone who marched."
                ),
            ),
            ("embed", "— Ingrid Solheim (@ingridsolheim) June 14, 2021"),
            ("embed", "View this post on Instagram"),
            ("embed", "Celebrating outside Stortinget with the whole team!"),
            (
                "embed",
                "A post shared by Green Youth Norway (@gronnungdom) on Jun 14, 2021 at 11:02pm PDT",
            ),
            ("promo", "Read more: How Norway became the world's electric car capital"),
            ("credit", "Reporting by Lars Eide; Editing by Helen Marsh"),
            ("sidebar", "Related stories"),
            ("sidebar", "Sweden weighs its own petrol car deadline"),
            ("sidebar", "Oil fund sells stakes in coal miners"),
            ("sidebar", "Oslo trams to run on solar power by 2030"),
        ],
        {"title": None, "source": "Reuters", "dateline": "OSLO", "date": "2021-06-14"},
    ),
    "gallery_blog.txt": (
        [
            ("headline", "Riverside library reopens after flood repairs"),
            ("header", "Published: Mar. 3, 2020"),
            ("header", "Updated 2 hours ago"),
            ("gallery", "[Gallery] Inside the restored reading room"),
            ("credit", "Photo: Dana Whitfield/Getty Images"),
            (
                "caption",
                "Volunteers and staff at the reopening of the children's wing in Riverside.",
            ),
            ("advertisement", "Story continues below advertisement"),
            ("promo", "Sign up for our weekly newsletter to get local news in your inbox."),
            ("promo", "Follow us on Facebook and Twitter."),
            ("sidebar", "More from Local News"),
            ("sidebar", "Council delays vote on bus lanes"),
            ("sidebar", "New bakery opens on Mill Street"),
            ("sidebar", "High school choir heads to state final"),
        ],
        {"title": "Riverside library reopens after flood repairs", "date": "2020-03-03"},
    ),
    "wire_codes.txt": (
        [
            ("dateline", "TOKYO (AP) _ "),
            ("wire", "nn "),
            ("wire", "(END OPTIONAL TRIM) "),
            ("wire", "&UR; "),
        ],
        {"source": "AP", "dateline": "TOKYO", "title": None},
    ),
    # A byline right after the date header is a byline, never the title.
    "byline_after_header.txt": (
        [
            ("header", " date 2022-10-04 Coastline Business Daily, GRENHAVEN"),
            ("byline", "By Tomasz Wierzba"),
        ],
        {
            "title": None,
            "byline": "Tomasz Wierzba",
            "source": "Coastline Business Daily",
            "dateline": "GRENHAVEN",
            "date": "2022-10-04",
        },
    ),
    # Headline and byline in one paragraph; a caption with an -ed adjective before a long
    # picture credit; a newsletter blurb after its sign-up line.
    "headline_byline_blurb.txt": (
        [
            ("headline", "Library fines scrapped across Wetherfield county"),
            ("byline", "By Ines Rautio"),
            (
                "caption",
                "A girl reading in a converted reading bus at the Wetherfield central library.",
            ),
            ("credit", "Picture: Olli Saarinen/Wetherfield County Libraries Service"),
            ("promo", "Sign up for our newsletter"),
            ("promo", "County news and what's on, every Friday morning."),
        ],
        {
            "title": "Library fines scrapped across Wetherfield county",
            "byline": "Ines Rautio",
            "date": None,
        },
    ),
    # No header: the date comes from the dateline.
    "dateline_date.txt": (
        [
            ("headline", "Rail strike halts trains across the north"),
            ("dateline", "KELDBY, March 5, 2024 (Northline) - "),
        ],
        {"date": "2024-03-05", "dateline": "KELDBY", "source": "Northline"},
    ),
    # No header: the date comes from a "Published:" line at the end.
    "published_line.txt": (
        [
            ("caption", "A volunteer carrying saplings up a burned hillside above the river."),
            ("credit", "Photo: Kasia Brandt/Marrow Valley Trust"),
            ("header", "Published: 12 November 2022"),
        ],
        {"date": "2022-11-12", "title": None},
    ),
    # Real prose with many one-sentence paragraphs, present tense and a "By the end" opener:
    # nothing may be removed.
    "clean_prose.txt": ([], {"title": None, "date": None, "source": None, "byline": None}),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_noisy_article_removals_and_metadata(name: str) -> None:
    expected_removed, expected_meta = EXPECTED[name]
    cleaned = _clean_file(name)
    assert _removed(cleaned) == expected_removed
    for field, value in expected_meta.items():
        assert getattr(cleaned, field) == value, field
    _check_invariants(Document(text=cleaned.text, id=name), cleaned)


def test_every_reason_is_documented() -> None:
    reasons = {r.reason for name in EXPECTED for r in _clean_file(name).removed}
    assert reasons <= set(REASONS)
    import summarizer.clean as module

    assert all(f"``{reason}``" in (module.__doc__ or "") for reason in REASONS)


def test_wire_codes_leave_clean_prose() -> None:
    kept = _kept_text(_clean_file("wire_codes.txt"))
    assert kept.startswith("A powerful typhoon")
    assert " nn " not in kept and "OPTIONAL" not in kept and "&UR;" not in kept


def test_header_prefix_shares_line_with_prose() -> None:
    doc = clean_document(Document(text=" date 2020-07-09 Rescuers reached the miners on Thursday."))
    assert _removed(doc) == [("header", " date 2020-07-09 ")]
    assert doc.date == "2020-07-09"
    assert _kept_text(doc) == "Rescuers reached the miners on Thursday."


def test_metadata_only_filled_where_missing() -> None:
    text = (NOISY / "web_embeds.txt").read_text(encoding="utf-8")
    given_doc = Document(text=text, date="2021-06-15", source="NTB", dateline=None)
    cleaned = clean_document(given_doc)
    assert cleaned.date == "2021-06-15"
    assert cleaned.source == "NTB"
    assert cleaned.dateline == "OSLO"


def test_a_placeholder_author_in_a_header_or_front_matter_is_no_byline() -> None:
    # "Author: Unknown" above an article was its byline ("..., Unknown." in the source list).
    body = "The night ferry to Skerrow sailed again on Monday after a week of repairs.\n"
    header = clean_document(Document(text="Author: Unknown\n\n" + body))
    front = clean_document(Document(text="---\nauthor: admin\n---\n" + body))
    named = clean_document(Document(text="Author: Ana Reyes\n\n" + body))
    assert (header.byline, front.byline, named.byline) == (None, None, "Ana Reyes")
    assert [r.reason for r in header.removed] == ["header"]


@pytest.mark.parametrize(
    "text",
    [
        "By Unknown\n\n{body}",
        "Night ferry back\n\nBy Admin\n\n{body}",
        "Von Unbekannt\n\n{body}",
        "{first}\n\nBy Anonymous\n\n{rest}",  # a byline line below the lead
    ],
)
def test_a_placeholder_author_in_a_byline_line_is_no_byline(text: str) -> None:
    # "By Unknown" gave the byline "Unknown", where "Author: Unknown" and a record's "author"
    # gave none (text.is_placeholder_author); the line is removed as a byline all the same.
    first = "The night ferry to Skerrow sailed again on Monday after a week of repairs."
    rest = "It had been out of service since the storm in March.\n"
    cleaned = clean_document(
        Document(text=text.format(body=f"{first}\n\n{rest}", first=first, rest=rest))
    )
    assert cleaned.byline is None
    assert "byline" in [r.reason for r in cleaned.removed]
    named = clean_document(Document(text=f"By Ana Reyes\n\n{first}\n\n{rest}"))
    assert named.byline == "Ana Reyes"
    # "Staff" names the outlet's staff: kept, as everywhere else.
    assert clean_document(Document(text=f"By Staff\n\n{first}\n\n{rest}")).byline == "Staff"


def test_given_title_repeated_in_text_is_removed() -> None:
    text = "Storm hits coast\n\nA storm hit the coast on Monday.\n\nStorm Hits Coast\n\nIt moved north."
    cleaned = clean_document(Document(text=text, title="Storm hits coast"))
    assert [r.reason for r in cleaned.removed] == ["headline", "headline"]


def test_existing_removals_are_kept_and_win_overlaps() -> None:
    text = "Advertisement\n\nThe bridge reopened on Friday."
    mine = Removal(0, 5, "loader", text[0:5])
    cleaned = clean_document(Document(text=text, removed=(mine,)))
    assert cleaned.removed == (mine,)
    _check_invariants(Document(text=text), cleaned)


def test_headline_alone_is_not_a_headline() -> None:
    # A one-line document has no prose after its first line: nothing is removed.
    cleaned = clean_document(Document(text="Markets close higher"))
    assert cleaned.removed == () and cleaned.title is None


def test_one_sentence_news_paragraphs_are_kept() -> None:
    text = (
        "Advertisement\n\n"
        "The mayor resigned on Tuesday.\n\n"
        "Police closed the road after the crash in Leeds.\n\n"
        "Two men and a woman from Leeds in court today.\n\n"
        "Officials expect the bridge to reopen in May."
    )
    cleaned = clean_document(Document(text=text))
    assert _removed(cleaned) == [("advertisement", "Advertisement")]


def test_hard_wrapped_prose_is_one_unit() -> None:
    text = (
        "The council met on Monday\n"
        "to discuss the budget and\n"
        "Agreed to raise the\n"
        "parking fees by ten percent.\n\n"
        "Residents objected."
    )
    assert clean_document(Document(text=text)).removed == ()


def test_non_document_is_refused() -> None:
    with pytest.raises(InputError, match="Document"):
        clean_document("just a string")  # type: ignore[arg-type]


def test_replace_keeps_other_fields() -> None:
    doc = Document(text="Advertisement\n\nBody text here.", id="x", url="http://example.org/a")
    cleaned = clean_document(doc)
    assert dataclasses.replace(cleaned, removed=()) == doc


# --------------------------------------------------------------------------- kept_spans


def test_kept_spans_split_at_paragraphs() -> None:
    text = "Head line\n\nFirst para.\nSame para.\n\n\nSecond para.  "
    doc = clean_document(Document(text=text))
    assert [text[s:e] for s, e in kept_spans(doc)] == ["First para.\nSame para.", "Second para."]


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-03-01", "2019-03-01"),
        ("2019-03-01T10:00:00Z", "2019-03-01"),
        ("2019-03-01T23:30:00-05:00", "2019-03-01"),
        ("2019/3/1", "2019-03-01"),
        ("20190301", "2019-03-01"),
        ("March 1, 2019", "2019-03-01"),
        ("Mar. 1, 2019", "2019-03-01"),
        ("Mar 1 2019", "2019-03-01"),
        ("March 1st, 2019", "2019-03-01"),
        ("1 March 2019", "2019-03-01"),
        ("1st of March, 2019", "2019-03-01"),
        # German's stop after the day, before a month it writes as English does.
        ("14. September 2025", "2025-09-14"),
        ("Sonntag, 3. Aug. 2025", "2025-08-03"),
        ("Fri, 01 Mar 2019 10:00:00 GMT", "2019-03-01"),
        ("Friday, March 1, 2019 10:32 AM", "2019-03-01"),
        ("Published: Sept. 30, 2018 at 5 p.m.", "2018-09-30"),
        ("03/01/2019", "2019-03-01"),  # ambiguous slash form: month first
        ("01.03.2019", "2019-03-01"),  # ambiguous dotted form: day first
        ("25/12/2019", "2019-12-25"),  # unambiguous: day first
        ("12/25/2019", "2019-12-25"),
        ("3/1/19", "2019-03-01"),
        ("3/1/98", "1998-03-01"),
        ("Published March 1, 2019, updated March 2, 2019", "2019-03-01"),
        ("2019-02-30", None),
        ("March 2019", None),
        ("March 1", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_date(value: str, expected: str | None) -> None:
    assert parse_date(value) == expected


# --------------------------------------------------------------------------- properties

_LINES = st.sampled_from(
    [
        "Advertisement",
        "Officials said the talks would resume.",
        "Kim and Moon after the meeting in Seoul.",
        " date 2019-03-01 AP, HANOI",
        "HANOI, Vietnam (AP) — Talks ended.",
        "By Jane Smith",
        "Related stories",
        "Short headline here",
        "nn",
        "— Someone (@handle) March 1, 2019",
        "Read more: something else",
        "",
        " ",
        "x",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINES, max_size=12), st.sampled_from(["\n", "\n\n", "\r\n", "\n\n\n"]))
def test_invariants_on_generated_documents(lines: list[str], joiner: str) -> None:
    doc = Document(text=joiner.join(lines))
    _check_invariants(doc, clean_document(doc))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_invariants_on_arbitrary_text(text: str) -> None:
    doc = Document(text=text)
    _check_invariants(doc, clean_document(doc))


# --------------------------------------------------------------------------- seeds (by path)

needs_seeds = pytest.mark.skipif(
    not SEEDS.is_dir(), reason=f"seed articles not found at {SEEDS} (shared data is absent)"
)


def _seed(prefix: str) -> Document:
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.skip(f"seed {prefix}_*.txt not found in {SEEDS}")
    return clean_document(Document(text=matches[0].read_text(encoding="utf-8"), id=prefix))


@needs_seeds
def test_seed_000_headline_gallery_and_promo() -> None:
    doc = _seed("000")
    reasons = [r.reason for r in doc.removed]
    assert reasons[0] == "headline" and doc.title == doc.removed[0].text
    assert "gallery" in reasons and "promo" in reasons
    kept = _kept_text(doc)
    assert "【" not in kept
    assert "first appeared on" not in kept
    assert doc.source == "Yahoo"
    assert not kept.startswith(doc.title)


@needs_seeds
def test_seed_003_header_line() -> None:
    doc = _seed("003")
    assert doc.date == "2019-03-01"
    assert (doc.source, doc.dateline) == ("AP", "HANOI")
    assert doc.removed[0].reason == "header"
    assert " date " not in _kept_text(doc) and "AP, HANOI" not in _kept_text(doc)
    assert len(doc.removed) == 1


@needs_seeds
def test_seed_004_noise() -> None:
    doc = _seed("004")
    assert doc.date == "2019-02-28"
    reasons = [r.reason for r in doc.removed]
    assert reasons[0] == "header" and doc.removed[0].text.strip() == "date 2019-02-28"
    for reason in ("advertisement", "caption", "embed", "subhead"):
        assert reason in reasons, reason
    kept = _kept_text(doc)
    assert kept.startswith("Donald Trump")
    assert "Advertisement" not in kept
    assert "pic.twitter.com" not in kept and "@" not in kept
    # Both photo captions (a verbless noun phrase after the ad marker, a present-tense scene).
    assert sum(1 for r in doc.removed if r.reason == "caption") == 2
    for removal in doc.removed:
        assert removal.text not in kept


# --------------------------------------------------------------------------- DUC false positives


@pytest.mark.skipif(not DUC2004.is_file(), reason=f"benchmark file not found at {DUC2004}")
def test_duc2004_clean_wire_copy_keeps_prose() -> None:
    # DUC 2004 bodies are clean wire copy: only datelines and wire codes may be removed.
    removed: list[Removal] = []
    for line in DUC2004.read_text(encoding="utf-8").splitlines():
        for record in json.loads(line)["documents"]:
            doc = clean_document(Document(text=record["text"], id=record["id"]))
            removed.extend(doc.removed)
    assert {r.reason for r in removed} <= {"dateline", "wire"}
    assert all(len(r.text.split()) <= 8 for r in removed)


# --------------------------------------------------------------------------- single marker lines

BODY_BEFORE = "The harbour reopened on Monday after repairs lasting a month.\n\n"
BODY_AFTER = "\n\nShipping companies said they would resume sailings at once."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("ADVERTISEMENT", "advertisement"),
        ("Article continues below advertisement", "advertisement"),
        ("(Photo by Sam Ortega/Getty Images)", "credit"),
        ("Image credit: Harbour Authority", "credit"),
        ("Dock workers on the quay in Valletta (AP Photo/Rui Costa)", "caption"),
        ("Dock workers load the ferry in Valletta. (Rui Costa/Harbour Times Photo)", "caption"),
        ("(Rui Costa/Harbour Times photo)", "credit"),
        ("pic.twitter.com/AbCdEf123", "embed"),
        ("This story originally appeared on The Harbour Times.", "promo"),
        ("Subscribe to our shipping newsletter", "promo"),
        ("Click here to read the full report.", "promo"),
        ("Share this article", "promo"),
        ("(c) 2020 Harbour Media Ltd", "copyright"),
        ("© 2021 Harbour Media", "copyright"),
        ("Additional reporting by Tomas Ruiz", "credit"),
        ("Rosa Lind contributed to this report.", "credit"),
        ("(MORE)", "wire"),
        ("(BEGIN OPTIONAL TRIM)", "wire"),
        ("------", "wire"),
        # A correction notice, however long: the story's text, not its news.
        (
            (
                "This article was amended on 4 May 2021. An earlier version said the ferry cost "
                "60 million. The harbour authority's figure is 40 million."
            ),
            "wire",
        ),
        ("Correction: An earlier version of this story misspelled the captain's name.", "wire"),
        ("An earlier version of this report gave the wrong sailing date.", "wire"),
        ("On the Net: http://example.org/harbour", "contact"),
        ("E-mail the author at rlind(at)example.org", "contact"),
    ],
)
def test_marker_line_in_body(line: str, reason: str) -> None:
    doc = clean_document(Document(text=BODY_BEFORE + line + BODY_AFTER))
    assert _removed(doc) == [(reason, line)]


def test_long_caption_ending_in_a_named_photo_credit_is_removed() -> None:
    # A wire photo package: each paragraph a slug, a caption of two sentences or more, and the
    # photographer's credit; longer than the marker lines, and a caption still.
    caption = (
        "(HT7) PORTVALE -- May 3, 2021 -- HARBOUR-FERRY, 05-03 -- Dock workers load the new "
        "ferry at the north quay of Portvale on Monday morning, two days before its first sailing "
        "to the islands. The ferry, built at a cost of 40 million, replaces two older ships "
        "that served the route for thirty years. (Rui Costa/Harbour Times Photo)"
    )
    for line in (caption, caption + " *LITE"):
        doc = clean_document(Document(text=BODY_BEFORE + line + BODY_AFTER))
        assert _removed(doc) == [("caption", line)]
    # Prose of that length that only holds a credit-like bracket inside is kept.
    prose = caption.replace(" (Rui Costa/Harbour Times Photo)", "") + " (See page 4/B.)"
    assert clean_document(Document(text=BODY_BEFORE + prose + BODY_AFTER)).removed == ()


@pytest.mark.parametrize(
    "line",
    [
        "Share prices rose sharply after the announcement.",
        "Subscribers to the service were told on Monday that fares would rise.",
        "Research by the port authority shows traffic has doubled since 2010.",
        "Photographers were kept behind a barrier.",
        "Advertising revenue fell by a third last year.",
    ],
)
def test_prose_starting_like_a_marker_is_kept(line: str) -> None:
    doc = clean_document(Document(text=BODY_BEFORE + line + BODY_AFTER))
    assert doc.removed == ()


# --------------------------------------------------------------------------- clean_cluster


def _dam_cluster(extra: str = "") -> list[Document]:
    names = ("cluster_dam_1.txt", "cluster_dam_2.txt", "cluster_dam_3.txt")
    texts = [(NOISY / name).read_text(encoding="utf-8") for name in names]
    texts[2] += extra
    return [Document(text=text, id=name) for name, text in zip(names, texts)]


def test_cluster_removes_off_topic_section_after_subhead() -> None:
    docs = _dam_cluster()
    cleaned = clean_cluster(docs)
    first = cleaned[0]
    sidebar = [r for r in first.removed if r.reason == "sidebar"]
    subhead = next(r for r in first.removed if r.reason == "subhead")
    assert len(sidebar) == 3
    assert all(r.start > subhead.end for r in sidebar)
    kept = _kept_text(first)
    for word in ("bakery", "cinnamon", "purple horse"):
        assert word not in kept
    assert "spillway" in kept and kept.startswith("Engineers began draining")
    # The other articles have nothing off-topic; per-document cleaning is unchanged for them.
    for original, after in zip(docs[1:], cleaned[1:]):
        assert after == clean_document(original)
    for original, after in zip(docs, cleaned):
        _check_invariants(original, after)


def test_cluster_keeps_on_topic_section_after_subhead() -> None:
    extra = (
        "\nWhat happens next\n\n"
        "Divers will inspect the spillway foundations on Thursday, and the water authority will "
        "decide on Friday whether the reservoir behind the dam must be lowered further.\n\n"
        "If the crack grows, households in Holm and Brede will be told to leave for the reception "
        "centre in the Tarnby sports hall.\n"
    )
    cleaned = clean_cluster(_dam_cluster(extra))
    assert [r.reason for r in cleaned[2].removed] == ["header", "subhead"]
    assert "Divers will inspect" in _kept_text(cleaned[2])


def test_cluster_needs_three_documents() -> None:
    docs = _dam_cluster()[:2]
    assert clean_cluster(docs) == tuple(clean_document(d) for d in docs)


def test_cluster_without_sections_counts_no_vectors(monkeypatch: pytest.MonkeyPatch) -> None:
    # No article has a subhead, a sidebar list or an embed: there is no section to compare, and
    # the cluster's term vectors are not counted (most clusters of wire copy).
    docs = [
        Document(text=text, id=f"d{k}")
        for k, text in enumerate(
            (
                "The ferry ran aground off Port Halloran on Monday.\n\nAll passengers were safe.",
                "Rescuers reached the grounded ferry within an hour.\n\nTugs freed it at dawn.",
                "The ferry operator said an inquiry would begin on Tuesday.",
            )
        )
    ]

    def counted(texts: list[str]) -> None:
        raise AssertionError("the cluster's vectors were counted")

    monkeypatch.setattr(sidebar_module, "_vectors", counted)
    assert clean_cluster(docs) == tuple(clean_document(d) for d in docs)


def test_cluster_never_removes_more_than_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    # The article with its body cut to one paragraph: the off-topic section is now more than
    # MAX_SIDEBAR_SHARE of it and stays; without the cap it would go.
    docs = _dam_cluster()
    text = docs[0].text
    docs[0] = Document(text=text[: text.index("The crack, about")] + text[text.index("A quie") :])
    cleaned = clean_cluster(docs)
    assert not any(r.reason == "sidebar" for r in cleaned[0].removed)
    assert _kept_text(cleaned[0]).startswith("Engineers began draining")
    monkeypatch.setattr(sidebar_module, "MAX_SIDEBAR_SHARE", 1.0)
    uncapped = clean_cluster(docs)
    assert [r.reason for r in uncapped[0].removed].count("sidebar") == 3
    assert _kept_text(uncapped[0]).startswith("Engineers began draining")


def test_cluster_refuses_non_documents() -> None:
    with pytest.raises(InputError, match="Document"):
        clean_cluster(["text one", "text two", "text three"])  # type: ignore[list-item]


@needs_seeds
def test_seed_cluster_removes_sidebar_of_004() -> None:
    paths = sorted(SEEDS.glob("*.txt"))
    if len(paths) < 3:
        pytest.skip(f"fewer than three seed articles in {SEEDS}")
    docs = [Document(text=p.read_text(encoding="utf-8"), id=p.stem) for p in paths]
    cleaned = {d.id or "": d for d in clean_cluster(docs)}
    doc = next(d for name, d in cleaned.items() if name.startswith("004"))
    subhead = [r for r in doc.removed if r.reason == "subhead"]
    assert len(subhead) == 1
    after_subhead = kept_spans(dataclasses.replace(doc, removed=tuple(subhead)))
    section = [(s, e) for s, e in after_subhead if s > subhead[0].end]
    # Every paragraph after the subhead is removed, as sidebar unless already an embed.
    assert section and not [span for span in section if span in kept_spans(doc)]
    sidebar = {(r.start, r.end) for r in doc.removed if r.reason == "sidebar"}
    assert sidebar and sidebar <= set(section)
    kept = _kept_text(doc)
    # Words that occur only in the sidebar section.
    for word in ("sister", "brother", "footage", "confidant"):
        assert word in doc.text and word not in kept
    assert kept.startswith("Donald Trump")
    # The other seed articles have no section to remove.
    for name, other in cleaned.items():
        if not name.startswith("004"):
            assert not any(r.reason == "sidebar" for r in other.removed)


@pytest.mark.skipif(not DUC2004.is_file(), reason=f"benchmark file not found at {DUC2004}")
def test_duc2004_clusters_lose_no_section() -> None:
    for line in DUC2004.read_text(encoding="utf-8").splitlines():
        records = json.loads(line)["documents"]
        docs = [Document(text=r["text"], id=r["id"]) for r in records]
        assert clean_cluster(docs) == tuple(clean_document(d) for d in docs)


# --------------------------------------------------------------------------- gaps from examples


@pytest.mark.parametrize(
    ("first_line", "date", "dateline"),
    [
        ("OSTERBY, Sunday (Northline) - Crews worked through the night.", None, "OSTERBY"),
        ("OSTERBY, Sept. 30, 2021 (Northline) - Crews worked all night.", "2021-09-30", "OSTERBY"),
        ("Osterby, 30 September 2021 (Northline) - Crews worked.", "2021-09-30", "Osterby"),
        ("OSTERBY, September 30 (Northline) -- Crews worked all night.", None, "OSTERBY"),
    ],
)
def test_date_from_dateline(first_line: str, date: str | None, dateline: str) -> None:
    doc = clean_document(Document(text=first_line + "\n\nThe road reopened at dawn."))
    assert (doc.date, doc.dateline, doc.source) == (date, dateline, "Northline")
    assert _kept_text(doc).startswith("Crews worked")


_SAVED_PAGE_BODY = "SKERROW (Northline) - The ferry sailed again on Monday.\n\nThe tide was high."


@pytest.mark.parametrize(
    ("top", "date"),
    [
        # An article saved from a web page as text: its headline, then a date line as English
        # outlets print it, in the headline's paragraph or the next, before or after it.
        ("Skerrow ferry sails again\n\nNovember 25, 2024", "2024-11-25"),
        ("Skerrow ferry sails again\nNovember 25, 2024", "2024-11-25"),
        ("November 25, 2024\n\nSkerrow ferry sails again", "2024-11-25"),
        ("Skerrow ferry sails again\n\nBy Ana Reyes\nNov. 25, 2024 3:14 p.m. ET", "2024-11-25"),
        ("Skerrow ferry sails again\n\nMonday, 25 November 2024 | 15:14 GMT", "2024-11-25"),
        ("Skerrow ferry sails again\n\nMon, Nov 25, 2024 at 3:14 PM EST", "2024-11-25"),
        ("Skerrow ferry sails again\n\n2024-11-25", "2024-11-25"),
        # As a feed or a server writes it (RFC 2822, ISO 8601): the line stayed, no date read.
        ("Skerrow ferry sails again\nMon, 25 Nov 2024 23:30:00 -0500", "2024-11-25"),
        ("Skerrow ferry sails again\n\n2024-11-25T23:30:00Z", "2024-11-25"),
        ("Skerrow ferry sails again\n\n2024-11-25 23:30 +01:00", "2024-11-25"),
        # A header line with the headline under it in one paragraph.
        (" date 2024-11-25\nSkerrow ferry sails again", "2024-11-25"),
    ],
)
def test_an_english_date_line_under_the_headline_gives_the_date(top: str, date: str) -> None:
    doc = clean_document(Document(text=f"{top}\n\n{_SAVED_PAGE_BODY}"))
    assert (doc.title, doc.date, doc.source, doc.dateline) == (
        "Skerrow ferry sails again",
        date,
        "Northline",
        "SKERROW",
    )
    assert _kept_text(doc).startswith("The ferry sailed again on Monday.")


_FRONT_MATTER = (
    "---\n"
    'title: "Skerrow ferry sails again"\n'
    "date: 2024-11-25T09:30:00Z\n"
    "source: Harbour Gazette\n"
    "url: https://gazette.example/ferry\n"
    "author: Ana Reyes\n"
    "description: >\n"
    "  The ferry is back.\n"
    "tags:\n"
    "  - ferry\n"
    "---\n"
)


@pytest.mark.parametrize("gap", ["\n", ""])
def test_a_markdown_front_matter_gives_the_metadata_and_is_no_prose(gap: str) -> None:
    """A Markdown article as a web clipper or a site generator saves it: its front matter
    ("---", "key: value" lines, "---") holds the title, date, outlet and author."""
    text = _FRONT_MATTER + gap + "The ferry to Skerrow sailed again on Monday.\n"
    doc = clean_document(Document(text=text))
    assert (doc.title, doc.date, doc.source, doc.byline) == (
        "Skerrow ferry sails again",
        "2024-11-25",
        "Harbour Gazette",
        "Ana Reyes",
    )
    assert [r.reason for r in doc.removed] == ["header"]
    assert _kept_text(doc) == "The ferry to Skerrow sailed again on Monday."
    assert clean_document(doc) == doc


def test_a_toml_front_matter_gives_the_metadata_and_is_no_prose() -> None:
    # Hugo writes its front matter in TOML between "+++" lines: it was read as prose, its keys
    # ("title", "date") the briefing's key terms and the file without its title and date.
    text = (
        "+++\n"
        'title = "Skerrow ferry sails again"\n'
        "date = 2024-11-25T08:00:00+00:00\n"
        "draft = false  # a comment\n"
        'authors = ["Ana Reyes", "Bo Lind"]\n'
        "\n"
        "[params]\n"
        'source = "Harbour Gazette"\n'
        "+++\n"
        "The ferry to Skerrow sailed again on Monday.\n"
    )
    doc = clean_document(Document(text=text))
    assert (doc.title, doc.date, doc.source, doc.byline) == (
        "Skerrow ferry sails again",
        "2024-11-25",
        "Harbour Gazette",
        "Ana Reyes, Bo Lind",
    )
    assert [r.reason for r in doc.removed] == ["header"]
    assert _kept_text(doc) == "The ferry to Skerrow sailed again on Monday."
    # Prose between two "+++" lines stays prose.
    listed = text.replace('["Ana Reyes", "Bo Lind"]', '[\n  "Ana Reyes",\n  "Bo Lind",\n]')
    assert clean_document(Document(text=listed)).byline == "Ana Reyes, Bo Lind"
    prose = "+++\nThe ferry = the only way to Skerrow, said one driver.\n+++\nIt sailed.\n"
    assert not clean_document(Document(text=prose)).removed


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # Quotes were stripped as a set of characters: a quote inside the title went with them.
        (["title: \"Ferry: council says 'no'\""], ("Ferry: council says 'no'", None)),
        (["title: 'Skerrow''s ferry sails'"], ("Skerrow's ferry sails", None)),
        (['title: "The \\"night\\" ferry"'], ('The "night" ferry', None)),
        # A block of text below the key was read as the title ">-".
        (["title: >-", "  Skerrow ferry", "  sails again"], ("Skerrow ferry sails again", None)),
        (["title: Skerrow ferry", "  sails again"], ("Skerrow ferry sails again", None)),
        # A list of authors was lost, or kept with its brackets.
        (["title: Ferry", "authors:", "  - Ana Reyes", "  - Bo Lind"], ("Ferry", "Ana Reyes, Bo Lind")),
        (["title: Ferry", "author: [Ana Reyes, 'Bo Lind']"], ("Ferry", "Ana Reyes, Bo Lind")),
        # YAML's null was the title "null" and the byline "~".
        (["title: null", "author: ~", "headline: Ferry"], ("Ferry", None)),
    ],
)  # fmt: skip
def test_a_front_matters_values_are_read_as_yaml_writes_them(
    lines: list[str], expected: tuple[str, str | None]
) -> None:
    text = "---\n" + "\n".join(lines) + "\n---\nThe ferry to Skerrow sailed again on Monday.\n"
    doc = clean_document(Document(text=text))
    assert (doc.title, doc.byline) == expected
    assert _kept_text(doc) == "The ferry to Skerrow sailed again on Monday."


@pytest.mark.parametrize("line", ["February 30, 2024", "January 1, 0000", "2024-13-45"])
def test_a_date_line_of_no_real_day_is_a_date_line_without_a_date(line: str) -> None:
    # A typo'd date under the headline was no date line: the headline, no longer standing alone
    # nor followed by one, was lost as the title, and the line was removed as a subhead.
    doc = clean_document(Document(text=f"Skerrow ferry sails again\n{line}\n\n{_SAVED_PAGE_BODY}"))
    assert (doc.title, doc.date) == ("Skerrow ferry sails again", None)
    assert [r.reason for r in doc.removed][:2] == ["headline", "header"]


@pytest.mark.parametrize(
    ("top", "date"),
    [
        # A Markdown article's heading was the title with its marks ("# Skerrow ferry ...").
        ("# Skerrow ferry sails again", None),
        ("## Skerrow ferry sails again ##", None),
        ("**Skerrow ferry sails again**", None),
        # Underlined (a setext heading): no title, the line kept as text.
        ("Skerrow ferry sails again\n=========================", None),
        ("Skerrow ferry sails again\n---\nNovember 25, 2024", "2024-11-25"),
        # An emphasised date line under it was no date line (a subhead, the date lost).
        ("# Skerrow ferry sails again\n*November 25, 2024*", "2024-11-25"),
        ("Skerrow ferry sails again\n\n_Nov. 25, 2024_", "2024-11-25"),
    ],
)
def test_a_markdown_heading_and_date_line_are_read_without_their_marks(
    top: str, date: str | None
) -> None:
    doc = clean_document(Document(text=f"{top}\n\nThe ferry to Skerrow sailed again on Monday.\n"))
    assert (doc.title, doc.date) == ("Skerrow ferry sails again", date)
    assert _kept_text(doc) == "The ferry to Skerrow sailed again on Monday."


def test_a_front_matter_source_of_separators_only_is_no_outlet() -> None:
    # "source: —" gave the outlet "" (the separators stripped, the empty rest kept).
    text = "---\ntitle: Ferry\nsource: —\n---\nThe ferry to Skerrow sailed again on Monday.\n"
    assert clean_document(Document(text=text)).source is None


@pytest.mark.parametrize(
    ("lines", "prose", "outlet"),
    [
        # A web clipper's front matter gives the page's address, no outlet's name: none was
        # read, while a record or an HTML page with only an address is named by its host.
        (["source: https://www.gazette.example/ferry"], "", "gazette.example"),
        (["url: https://gazette.example/ferry"], "", "gazette.example"),
        # A named outlet comes first, wherever it stands: in the front matter or the dateline.
        (["url: https://gazette.example/f", "publisher: Harbour Gazette"], "", "Harbour Gazette"),
        (["url: https://gazette.example/f"], "SKERROW (Northline) - ", "Northline"),
    ],
)
def test_a_front_matters_address_names_an_outlet_it_does_not_name(
    lines: list[str], prose: str, outlet: str
) -> None:
    text = "---\ntitle: Ferry\n" + "\n".join(lines) + f"\n---\n{prose}The ferry sailed again.\n"
    doc = clean_document(Document(text=text))
    assert doc.source == outlet
    # The address itself is the article's url (it was lost), unless the document has one.
    assert doc.url is not None and doc.url.startswith(("https://www.gazette", "https://gazette"))
    assert clean_document(Document(text=text, url="https://x.example/")).url == "https://x.example/"


def test_a_front_matter_after_a_blank_line_is_one() -> None:
    # A file saved with an empty first line: its title, date and outlet were lost.
    text = "\n" + _FRONT_MATTER + "The ferry to Skerrow sailed again on Monday.\n"
    doc = clean_document(Document(text=text))
    assert (doc.title, doc.date, doc.source) == (
        "Skerrow ferry sails again",
        "2024-11-25",
        "Harbour Gazette",
    )
    assert _kept_text(doc) == "The ferry to Skerrow sailed again on Monday."


@pytest.mark.parametrize("opening", ["---", "+++"])
@pytest.mark.parametrize("later_rule", ["", "\n---\n\nThe harbour stayed shut.\n"])
def test_a_front_matter_never_closed_ends_at_its_first_blank_line(
    opening: str, later_rule: str
) -> None:
    # Its closing line forgotten, the block was read as prose: its "title: ..." and "date: ..."
    # lines as sentences, the file without its title, date and outlet.
    sep = ":" if opening == "---" else " ="
    top = (
        f'{opening}\ntitle{sep} "Skerrow ferry sails again"\ndate{sep} 2024-11-25\n'
        f'source{sep} "Harbour Gazette"\n'
    )
    body = "The ferry to Skerrow sailed again on Monday.\n\nThe tide was high."
    doc = clean_document(Document(text=top + "\n" + body + later_rule))
    assert (doc.title, doc.date, doc.source) == (
        "Skerrow ferry sails again",
        "2024-11-25",
        "Harbour Gazette",
    )
    assert doc.removed[0].reason == "header" and doc.removed[0].text == top.rstrip("\n")
    # The article below it is read whole (a later rule is the article's, cleaned as before).
    kept = _kept_text(doc)
    assert kept.startswith("The ferry to Skerrow") and "The tide was high." in kept
    assert "title" not in kept


@pytest.mark.parametrize(
    "text",
    [
        "---\nThe ferry sailed again on Monday.\n---\nThe tide was high.\n",  # rules around prose
        "---\ntitle: Skerrow ferry sails again\nThe tide was high.\n",  # never closed, prose
        "---\ntitle: Skerrow ferry\nThe tide was high.\n\nIt ebbed.\n",  # prose before the gap
        # Never closed, and no field names what a front matter gives: a rule over prose.
        "---\nUpdate: the ferry sailed again on Monday.\n\nThe tide was high.\n",
    ],
)
def test_rules_around_prose_are_no_front_matter(text: str) -> None:
    doc = clean_document(Document(text=text))
    assert doc.title is None and all(r.reason != "header" for r in doc.removed)


@pytest.mark.parametrize(
    "line",
    [
        "November 25, 2024",  # a chronology's entry in the body, not the article's date
        "November 2024",  # no day
        "November 25, 2024: the day the ferry sailed again",  # a heading with more words
    ],
)
def test_a_date_line_below_the_first_prose_or_not_only_a_date_is_kept(line: str) -> None:
    text = f"The ferry sailed again on Monday.\n\n{line}\n\nThe tide was high."
    doc = clean_document(Document(text=text))
    assert doc.date is None
    assert all(line not in removal.text for removal in doc.removed if removal.reason == "header")


@pytest.mark.parametrize(
    ("first_line", "dateline", "source", "kept"),
    [
        # Wire copy's underscore dash after a title-case place, a place with a particle, a
        # parenthesised place, an outlet glued to the text, and the wire's "(UNDATED)".
        ("Port Halloran _ The ferry ran aground at dawn.", "Port Halloran", None, "The ferry"),
        ("LOCH d'ARRAN, Skye _ Crews worked all night.", "LOCH d'ARRAN, Skye", None, "Crews"),
        ("(KELDBY, Fyn.) _ Crews worked all night.", "KELDBY, Fyn.", None, "Crews"),
        (
            "MERRIN BAY, Tasmania (AP) _Crews worked all night.",
            "MERRIN BAY, Tasmania",
            "AP",
            "Crews",
        ),
        ("(UNDATED) _ Nobody expected the ferry to sail.", None, None, "Nobody expected"),
    ],
)
def test_wire_underscore_datelines(
    first_line: str, dateline: str | None, source: str | None, kept: str
) -> None:
    doc = clean_document(Document(text=first_line + "\n\nThe road reopened at dawn."))
    assert [r.reason for r in doc.removed] == ["dateline"]
    assert (doc.dateline, doc.source) == (dateline, source)
    assert _kept_text(doc).startswith(kept)


@pytest.mark.parametrize(
    "first_line",
    [
        # The same mark as a dash inside prose: what follows does not open a sentence.
        "Generation Z _ that restless, online generation _ is facing a quiet crisis.",
        "Harbour pilots _ and their unions _ say the channel is too shallow.",
        "Marta Lind believes in saying thanks _ out loud, every day.",
        # A double hyphen touching a word, with no outlet before it: a compound, no dateline.
        "EU--China talks resumed in Keldby on Friday.",
    ],
)
def test_underscore_dashes_in_prose_are_not_datelines(first_line: str) -> None:
    doc = clean_document(Document(text=first_line + "\n\nThe road reopened at dawn."))
    assert doc.removed == ()
    assert doc.dateline is None


def test_a_digests_later_items_lose_their_datelines() -> None:
    text = (
        "OSTERBY, Sept. 30, 2021 (Northline) -- Crews worked all night on the flooded road.\n\n"
        "KELDBY (Northline) -- The island ferry sails again after a two-day strike.\n\n"
        "Lendal (Reuters) - A second bridge opened to traffic on Friday.\n\n"
        "HARBOUR -- A closing paragraph that opens with a bare word and a dash keeps it."
    )
    doc = clean_document(Document(text=text))
    assert [r.reason for r in doc.removed] == ["dateline"] * 3
    # The document's own dateline, date and source stay those of its first item.
    assert (doc.dateline, doc.date, doc.source) == ("OSTERBY", "2021-09-30", "Northline")
    kept = _kept_text(doc)
    assert "KELDBY" not in kept and "Lendal (Reuters)" not in kept
    assert "The island ferry sails" in kept and "HARBOUR -- A closing" in kept


@pytest.mark.parametrize(
    ("first_line", "dateline", "source"),
    [
        # Xinhua's region in brackets before the date; a bracket the wire left open.
        ("KELDBY (Fyn), Sept. 30 (Xinhua) -- Crews worked all night.", "KELDBY (Fyn)", "Xinhua"),
        ("OSTERBY (AP -- Crews worked all night.", "OSTERBY", "AP"),
        # A double hyphen touching the first word after the outlet (DUC 2006/2007's Xinhua).
        ("KELDBY, Sept. 30 (Xinhua) --Crews worked all night.", "KELDBY", "Xinhua"),
    ],
)
def test_datelines_with_a_region_or_an_open_bracket(
    first_line: str, dateline: str, source: str
) -> None:
    doc = clean_document(Document(text=first_line + "\n\nThe road reopened at dawn."))
    assert [r.reason for r in doc.removed] == ["dateline"]
    assert (doc.dateline, doc.source) == (dateline, source)
    assert _kept_text(doc).startswith("Crews worked")


@pytest.mark.parametrize(
    ("first_line", "headline", "dateline", "kept"),
    [
        # A wire bulletin's headline run into its dateline on one line (DUC 2007 main's "URGENT"
        # bulletins: "... announces cease-fire MADRID, Spain (AP) _ The armed ...").
        (
            "Island ferry runs aground in thick fog KESSEL, Brittany (AP) _ The ferry struck a reef.",
            "Island ferry runs aground in thick fog ",
            "KESSEL, Brittany",
            "The ferry struck",
        ),
        (
            "Harbour crane collapses onto cargo ship PORT VELL, Catalonia (Reuters) -- Two were hurt.",
            "Harbour crane collapses onto cargo ship ",
            "PORT VELL, Catalonia",
            "Two were hurt",
        ),
    ],
)
def test_a_bulletins_headline_run_into_its_dateline(
    first_line: str, headline: str, dateline: str, kept: str
) -> None:
    doc = clean_document(Document(text=first_line + "\n\nThe road reopened at dawn."))
    assert (doc.removed[0].reason, doc.removed[0].text) == ("headline", headline)
    assert [r.reason for r in doc.removed] == ["headline", "dateline"]
    assert doc.dateline == dateline
    assert _kept_text(doc).startswith(kept)


@pytest.mark.parametrize(
    "first_line",
    [
        # A sentence ends before the capitals: no headline.
        "The mayor said so. KESSEL, Brittany (AP) _ The ferry struck a reef.",
        # Too few words before them to be a headline, or no outlet after the place.
        "Fog KESSEL, Brittany (AP) _ The ferry struck a reef.",
        "Island ferry runs aground in thick fog KESSEL, Brittany _ The ferry struck a reef.",
    ],
)
def test_no_bulletin_headline_without_its_marks(first_line: str) -> None:
    doc = clean_document(Document(text=first_line + "\n\nThe road reopened at dawn."))
    assert "headline" not in [r.reason for r in doc.removed]


def test_a_news_budgets_slugs_are_wire_codes() -> None:
    text = (
        "FERRY-STRIKE _ OSTERBY _ The island ferry sails again after a two-day strike.\n\n"
        "HARBOUR-DREDGE (Undated) _ Dredging of the harbour channel starts in March.\n\n"
        "EDITORIAL-FERRY _ The strike showed how much the islands rely on one boat.\n\n"
        "NORTH-SOUTH _ that old divide _ is back in the island's politics."
    )
    doc = clean_document(Document(text=text))
    assert [(r.reason, text[r.start : r.end]) for r in doc.removed] == [
        ("wire", "FERRY-STRIKE _ OSTERBY _ "),
        ("wire", "HARBOUR-DREDGE (Undated) _ "),
        ("wire", "EDITORIAL-FERRY _ "),
    ]
    # A slug is no place, and "(Undated)" no outlet.
    assert (doc.dateline, doc.source) == (None, None)
    assert "NORTH-SOUTH _ that old divide" in _kept_text(doc)


def test_date_given_wins_over_dateline() -> None:
    text = "OSTERBY, Sept. 30, 2021 (Northline) - Crews worked all night."
    assert clean_document(Document(text=text, date="2021-10-01")).date == "2021-10-01"


@pytest.mark.parametrize(
    "caption",
    [
        "Firefighters checking a scorched barn outside Lendal on Monday morning.",
        "A flood-damaged kitchen in a house on the riverside in Lendal.",
    ],
)
def test_verbless_caption_before_credit(caption: str) -> None:
    credit = "Photo: Mira Holt/Lendal Evening Courier Picture Desk"
    doc = clean_document(Document(text=BODY_BEFORE + caption + "\n\n" + credit + BODY_AFTER))
    assert _removed(doc) == [("caption", caption), ("credit", credit)]


def test_prose_with_past_tense_before_credit_is_kept() -> None:
    line = "Firefighters checked the scorched barn outside Lendal on Monday."
    credit = "Photo: Mira Holt/Lendal Evening Courier"
    doc = clean_document(Document(text=BODY_BEFORE + line + "\n\n" + credit + BODY_AFTER))
    assert _removed(doc) == [("credit", credit)]


def test_news_after_promo_line_is_kept() -> None:
    promo = "Read more: Why the harbour closed"
    line = "Harbour staff said repairs would cost about two million euros."
    doc = clean_document(Document(text=BODY_BEFORE + promo + "\n\n" + line + BODY_AFTER))
    assert _removed(doc) == [("promo", promo)]


@pytest.mark.skipif(not (EXAMPLES / "json-cluster").is_dir(), reason="examples/ not found")
def test_example_clusters_gaps() -> None:
    from summarizer.load import load_documents

    docs: dict[str, Document] = {}
    for folder in sorted(p for p in EXAMPLES.iterdir() if p.is_dir() and p.name != "briefings"):
        docs.update((d.id or "", d) for d in clean_cluster(load_documents(str(folder))))
    hail = docs
    business = docs["02-business-wire"]
    assert (business.byline, business.title) == ("Daniel Okafor", None)
    assert docs["03-radio"].byline == "Hannah Loewe" and docs["03-radio"].title is None
    assert hail["selwyn-hail-2"].byline == "Elin Marchetti"
    local = docs["02-local-paper"]
    assert local.byline == "Fiona Gallagher"
    assert ("byline", "By Fiona Gallagher") in _removed(local)
    for doc, cue in (
        (local, "morning briefing"),
        (docs["03-health-explainer"], "expert advice"),
        (docs["03-health-explainer"], "darkened room"),
        (hail["selwyn-hail-3"], "inspecting"),
    ):
        assert cue in doc.text and cue not in _kept_text(doc), cue
    credits = [r for r in hail["selwyn-hail-3"].removed if r.text.startswith("Photo:")]
    assert [r.reason for r in credits] == ["credit"]


def _known_lines() -> list[str]:
    """Every line of the noisy fixtures, the parametrised marker cases, the seeds and examples."""
    import ast

    texts: list[str] = [p.read_text(encoding="utf-8") for p in sorted(NOISY.iterdir())]
    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    texts += [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]
    for folder in (SEEDS, EXAMPLES):
        if folder.is_dir():
            texts += [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))]
    return [line.strip() for text in texts for line in text.splitlines() if line.strip()]


_HINTED = {
    name: value
    for name, value in vars(noise_module).items()
    if isinstance(value, noise_module._Hinted)
}
# Lines built from the words markers are made of, in any case, glued to arbitrary text.
_MARKERISH = st.lists(
    st.sampled_from(
        [
            "Photo",
            "PHOTO:",
            "(AP Photo/Jo Doe)",
            "Getty Images",
            "via Reuters",
            "Shutterstock",
            "©",
            "(c) 2019",
            "Copyright",
            "All Rights Reserved",
            "c. 2004 x",
            "gallery",
            "[Video]",
            "【图】",
            "pic.twitter.com/ab",
            "— Jo (@jo) May 1, 2019",
            "https://t.co/x",
            "a@b.cd",
            "jo(at)b.org",
            "www.x.org",
            "http://x",
            "555-123-4567",
            "(MORE)",
            "&UR;",
            " nn ",
            "(BEGIN OPTIONAL TRIM)",
            "New York Times News Service",
            "Listen: ",
            "Image caption",
        ]
        + ["the", "Said", "ſ", "K", "İ", ".", " ", "\n", "/"]
    )
    .map(str.swapcase)
    .flatmap(lambda w: st.sampled_from([w, w.lower(), w.upper()])),
    max_size=6,
).map("".join)


@pytest.mark.parametrize("name", sorted(_HINTED))
def test_marker_hints_never_hide_a_match(name: str) -> None:
    """A hint is a prefilter: on every line the tests know, no match of the pattern goes unhinted."""
    hinted = _HINTED[name]
    lines = _known_lines()
    matched = [line for line in lines if hinted.pattern.search(line)]
    assert matched, f"no known line exercises {name}"
    assert all(hinted.hinted(line) for line in matched), [
        line for line in matched if not hinted.hinted(line)
    ]


@settings(max_examples=300)
@given(_MARKERISH, st.text(max_size=20))
def test_marker_hints_never_hide_a_match_generated(marker: str, text: str) -> None:
    for line in (marker, text + marker, marker + text):
        for hinted in _HINTED.values():
            if hinted.pattern.search(line):
                assert hinted.hinted(line), (line, hinted.pattern.pattern[:60])


def _terms_by_scan(text: str) -> list[tuple[str, int]]:
    """The reference: every term match of the whole text, in order, reduced and counted."""
    counts: dict[str, int] = {}
    for word in sidebar_module._TERM_RE.findall(text.lower()):
        term = sidebar_module._term(word)
        if term is not None:
            counts[term] = counts.get(term, 0) + 1
    return list(counts.items())


@settings(max_examples=200)
@given(
    st.lists(
        st.sampled_from(
            [
                "Talks",
                "talks",
                "ended",
                "the",
                "U.S.-led",
                "Kim's",
                "bosses'",
                "a",
                "—",
                "\n",
                " ",
                "\t",
                "don't",
                "re-elected",
                "it's",
                "ports",
                "boss",
                "glass",
                ".",
                "'",
                "Ör",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_terms_equal_a_scan_of_the_whole_text(text: str) -> None:
    assert list(sidebar_module._terms(text).items()) == _terms_by_scan(text)


def _idf_and_total_by_document(texts: list[str]) -> tuple[dict[str, float], dict[str, float]]:
    """The reference: per-document Counters, IDF over them, unit vectors summed in order."""
    counts = [sidebar_module._terms(text) for text in texts]
    frequency: dict[str, int] = {}
    for document_counts in counts:
        for term in document_counts:
            frequency[term] = frequency.get(term, 0) + 1
    idf = {term: math.log(len(texts) / df) for term, df in frequency.items()}
    total: dict[str, float] = {}
    for document_counts in counts:
        for term, weight in sidebar_module._unit(document_counts, idf).items():
            total[term] = total.get(term, 0.0) + weight
    return idf, total


# Words and pieces that stress the translate-and-split reading: apostrophes and hyphens at the
# edges and inside, letters outside ASCII (the Kelvin sign lower-cases to an ASCII k), digits and
# underscores inside a word, curly quotes, single letters.
_DOCUMENT_WORDS = [
    "Talks",
    "talks",
    "ended",
    "the",
    "Kim's",
    "ports",
    "port",
    "glass",
    "\n",
    " ",
    "said",
    "re-elected",
    "ferry",
    "ferries",
    "Ör",
    "—",
    "delay",
    "delays",
    ".",
    "’tis",
    "-",
    "--",
    "rock’n’roll",
    "'quoted'",
    "\u212aelvin",
    "İstanbul",
    "café",
    "x",
    "a-b",
    "ab_cd",
    "ab12cd",
    "’",
    "“Yes,”",
    "\u00a0",
    "ÉTÉ",
    "ports-",
]


@settings(max_examples=200)
@given(
    st.lists(
        st.lists(st.sampled_from(_DOCUMENT_WORDS), max_size=25).map("".join), min_size=1, max_size=6
    )
)
def test_cluster_idf_and_centroid_equal_the_per_document_sums(texts: list[str]) -> None:
    """numpy over all words gives the per-document code's numbers, to the last bit, in its order."""
    idf, total = sidebar_module._idf_and_total(texts)
    expected_idf, expected_total = _idf_and_total_by_document(texts)
    assert list(idf.items()) == list(expected_idf.items())
    # The per-document unit vectors drop terms of weight 0 (in every document); their sum is 0.
    assert {t: x for t, x in total.items() if x} == {t: x for t, x in expected_total.items() if x}
    assert all(x == 0.0 for t, x in total.items() if t not in expected_total)


@settings(max_examples=200)
@given(
    st.lists(
        st.lists(st.sampled_from(_DOCUMENT_WORDS), max_size=25).map("".join), min_size=1, max_size=4
    ),
    st.data(),
)
def test_section_counts_equal_the_terms_of_the_section(
    texts: list[str], data: st.DataObject
) -> None:
    """A part of a document read through the cluster's token table (``_vectors``' counts) has
    the terms, counts and order of ``_terms`` of it, also cut inside a word (a token never met)."""
    *_, counts = sidebar_module._vectors(texts)
    for text in texts:
        start = data.draw(st.integers(0, len(text)))
        part = text[start : data.draw(st.integers(start, len(text)))]
        assert list(counts(part).items()) == list(sidebar_module._terms(part).items())


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        (
            (
                "Die Fähre lief am Montag vor Kessau auf Grund. Alle Fahrgäste wurden gerettet.\n\n"
                "Anzeige\n\nDie Reederei prüft den Schaden. Der Kapitän wurde befragt.\n\n"
                "Lesen Sie auch:\n\nDie Küstenwache ermittelt weiter."
            ),
            ["Anzeige", "Lesen Sie auch:"],
        ),
        (
            (
                "Le conseil a voté la gratuité des bus jeudi soir. La mesure coûtera cher.\n\n"
                "Publicité\n\nLes commerçants sont plutôt favorables à la mesure.\n\n"
                "Lire aussi\n\nLe maire a répondu aux critiques vendredi."
            ),
            ["Publicité", "Lire aussi"],
        ),
        (
            (
                "El tren descarriló el martes. No hubo heridos graves.\n\nPUBLICIDAD\n\n"
                "Los vecinos piden una revisión de la vía."
            ),
            ["PUBLICIDAD"],
        ),
    ],
)
def test_page_furniture_of_other_languages_is_removed_and_its_neighbours_kept(
    text: str, furniture: list[str]
) -> None:
    """A whole line "Anzeige" / "Publicité" / "Lesen Sie auch:" is page furniture in any article;
    the prose beside it stays (the English caption rule must not read it as verbless)."""
    cleaned = clean_document(Document(text, id="x"))
    removed = [(r.reason, text[r.start : r.end]) for r in cleaned.removed]
    assert removed == [("advertisement", line) for line in furniture]


def test_final_punctuation_is_what_the_pattern_finds_after_the_trailing_rule() -> None:
    """``_has_final_punct`` reads the line's end with string methods; it must answer as the
    regexes it replaced (``_FINAL_PUNCT_RE`` searched after ``_TRAILING_RULE_RE`` is cut) on
    every short string of stops, closers, rules and white space, a final newline included."""
    from itertools import product

    alphabet = [".", "?", ",", "…", '"', "’", ")", "-", "_", " ", "\n", "\u00a0", "a"]
    lines = ["".join(chars) for size in range(5) for chars in product(alphabet, repeat=size)]
    lines += ["Talks ended ---", "Talks ended. ___\n", 'He left. "', "Rates rose,\n\n", "Q: ---"]
    for line in lines:
        expected = bool(
            noise_module._FINAL_PUNCT_RE.search(noise_module._TRAILING_RULE_RE.sub("", line))
        )
        assert noise_module._has_final_punct(line) is expected, repr(line)


@settings(max_examples=200)
@given(st.lists(st.integers(min_value=0, max_value=40), max_size=60), st.booleans())
def test_first_use_counts_are_uniques_in_order_of_first_use(codes: list[int], huge: bool) -> None:
    # ``huge``: codes whose joined key would not fit in 64 bits take np.unique's way.
    values = np.array([c + (1 << 58 if huge else 0) for c in codes], dtype=np.int64)
    distinct, counts = sidebar_module._first_use_counts(values)
    expected = list(dict.fromkeys(values.tolist()))
    assert distinct.tolist() == expected
    assert counts.tolist() == [values.tolist().count(c) for c in expected]


_RECORD_FIELDS = {
    "title": (TITLE_KEYS, "Skerrow ferry sails again"),
    "date": (DATE_KEYS, "2031-06-02"),
    "source": (SOURCE_KEYS, "Harbour Gazette"),
    "byline": (BYLINE_KEYS, "Ana Reyes"),
    "url": (URL_KEYS, "https://gazette.example/ferry"),
}


@pytest.mark.parametrize(
    ("field", "key"),
    [(field, key) for field, (keys, _) in _RECORD_FIELDS.items() for key in keys],
)
def test_a_front_matter_names_its_fields_as_a_record_does(field: str, key: str) -> None:
    """The front matter's keys were a copy of the record readers' lists, which had grown apart:
    news-please's "date_publish" and trafilatura's "source-hostname" were read from a record
    only."""
    body = "The ferry to Skerrow sailed again on Monday.\n"
    value = _RECORD_FIELDS[field][1]
    record = read_document({"text": body, key: value}, "x.json: item 1")
    doc = clean_document(Document(f"---\n{key}: {value}\n---\n{body}"))
    assert getattr(doc, field) == getattr(record, field) == value
    assert _kept_text(doc) == body.strip()


def test_a_front_matters_created_day_is_its_date_after_a_publication_date() -> None:
    body = "The ferry to Skerrow sailed again on Monday.\n"
    doc = clean_document(Document(f"---\ncreated: 2031-06-03\n---\n{body}"))
    assert doc.date == "2031-06-03"
    doc = clean_document(Document(f"---\npublished: 2031-06-02\ncreated: 2031-06-03\n---\n{body}"))
    assert doc.date == "2031-06-02"


@pytest.mark.parametrize("line", ["14. September 2025", "Sonntag, 14. September 2025, 09:40 Uhr"])
def test_a_german_date_line_with_a_month_english_shares_gives_the_date(line: str) -> None:
    # German writes April, August, September and November as English does, with its stop after
    # the day: the line was read as a subhead and the article had no date.
    text = (
        "Kran stürzt im Hafen von Tollmünde um\n\n"
        f"{line}\n\n"
        "Im Hafen von Tollmünde ist am Sonntagnachmittag ein Containerkran umgestürzt. "
        "Verletzt wurde niemand, teilte die Hafenbehörde mit.\n\n"
        "Die Ingenieure des Herstellers wollen den Sockel am Montag prüfen."
    )
    doc = clean_document(Document(text=text))
    assert (doc.title, doc.date) == ("Kran stürzt im Hafen von Tollmünde um", "2025-09-14")
    assert ("header", line) in _removed(doc)


_CRANE_BODY = (
    "A container crane collapsed at Tollmouth docks on Sunday afternoon, crushing two empty "
    "trailers. No one was hurt, the port authority said.\n\n"
    "Engineers from the crane's maker will inspect its base on Monday."
)


@pytest.mark.parametrize(
    ("top", "outlet"),
    [
        # A known outlet's line under the headline, above it, or beside the date line: the header
        # went on past it, and the date line under it was read as a subhead.
        ("Harbour crane collapses\n\nReuters\n\nSunday, 14 September 2025", "Reuters"),
        ("Harbour crane collapses\nBBC News\nSunday, 14 September 2025", "BBC"),
        ("Harbour crane collapses\n\nSunday, 14 September 2025\n\nThe Guardian", "The Guardian"),
        ("Associated Press\n\nHarbour crane collapses\n\n2025-09-14", "AP"),
    ],
)
def test_a_known_outlet_s_line_at_the_top_is_the_outlet(top: str, outlet: str) -> None:
    doc = clean_document(Document(text=f"{top}\n\n{_CRANE_BODY}"))
    assert (doc.title, doc.date, doc.source) == ("Harbour crane collapses", "2025-09-14", outlet)
    assert sorted(r.reason for r in doc.removed) == ["header", "header", "headline"]
    assert _kept_text(doc) == _CRANE_BODY


def test_the_markdown_marks_hold_every_white_space_the_line_pattern_reads() -> None:
    # _known_outlet skips the pattern for a line that, stripped of _MARKDOWN_MARKS, is longer
    # than any outlet's name: sound only if every character the pattern's marks can be is one.
    spaces = {c for c in map(chr, range(sys.maxunicode + 1)) if re.fullmatch(r"\s", c)}
    assert spaces | set("#*_") <= set(noise_module._MARKDOWN_MARKS)


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("#*_ \t\u3000\u2028\nAP Reuters.")), max_size=40))
def test_a_line_s_markdown_text_is_never_shorter_than_its_marks_stripped(line: str) -> None:
    # What _known_outlet (characters) and _is_kicker (words) read before the pattern.
    stripped = line.strip(noise_module._MARKDOWN_MARKS)
    text = noise_module._markdown_text(line)
    assert len(text) >= len(stripped)
    assert len(text.split()) >= len(stripped.split())


def test_a_lone_wire_line_at_the_top_is_removed_and_names_the_source() -> None:
    # "AP" alone on the first line was removed as the wire's mark, and the article named no
    # outlet ("1 with no outlet named").
    doc = clean_document(Document(text=f"AP\n\nHarbour crane collapses\n\n{_CRANE_BODY}"))
    assert (doc.title, doc.source) == ("Harbour crane collapses", "AP")
    assert sorted(r.reason for r in doc.removed) == ["headline", "wire"]
    assert _kept_text(doc) == _CRANE_BODY


@pytest.mark.parametrize(
    ("top", "title", "outlet", "body"),
    [
        # The user's layout: headline, an outlet's name no list holds, the date line.
        (
            (
                "Harbour crane collapses at Tollmouth docks\n\nTollmouth Evening Star\n\n"
                "Sunday, 14 September 2025"
            ),
            "Harbour crane collapses at Tollmouth docks",
            "Tollmouth Evening Star",
            _CRANE_BODY,
        ),
        (
            "Harbour crane collapses\nTollmouth Evening Star\nBy Jane Smith\n14 Sept. 2025",
            "Harbour crane collapses",
            "Tollmouth Evening Star",
            _CRANE_BODY,
        ),
        (
            "Kran stürzt im Hafen um\n\nTollmünder Abendblatt\n\nSonntag, 14. September 2025",
            "Kran stürzt im Hafen um",
            "Tollmünder Abendblatt",
            (
                "Im Hafen von Tollmünde ist am Sonntag ein Containerkran umgestürzt. Verletzt wurde "
                "niemand."
            ),
        ),
        (
            (
                "Une grue s'effondre sur le port\n\nLe Courrier de Valmorin\n\n"
                "dimanche 14 septembre 2025"
            ),
            "Une grue s'effondre sur le port",
            "Le Courrier de Valmorin",
            "Une grue s'est effondrée dimanche sur le port de Valmorin. Personne n'a été blessé.",
        ),
        (
            (
                "Se desploma una grúa en el puerto\n\nDiario de Villanueva\n\n"
                "domingo, 14 de septiembre de 2025"
            ),
            "Se desploma una grúa en el puerto",
            "Diario de Villanueva",
            "Una grúa se desplomó el domingo en el puerto de Villanueva. No hubo heridos.",
        ),
        (
            "Crolla una gru nel porto\n\nCorriere di Castelvarco\n\ndomenica 14 settembre 2025",
            "Crolla una gru nel porto",
            "Corriere di Castelvarco",
            "Una gru è crollata domenica nel porto di Castelvarco. Nessuno è rimasto ferito.",
        ),
    ],
)
def test_an_outlet_s_name_between_the_headline_and_the_date_line_is_the_outlet(
    top: str, title: str, outlet: str, body: str
) -> None:
    doc = clean_document(Document(text=f"{top}\n\n{body}"))
    assert (doc.title, doc.date, doc.source) == (title, "2025-09-14", outlet)
    assert ("header", outlet) in _removed(doc)
    assert _kept_text(doc) == body


@pytest.mark.parametrize(
    "line",
    [
        "Breaking News",  # a kicker: a section's word
        "World News",
        "Inspectors Warned of Rust Last Year",  # a standfirst in title case
        "The crane had been due for inspection in October",
        "Evening Star",  # no date line under it: below
    ],
)
def test_a_name_a_kicker_or_a_standfirst_under_the_headline_is_no_outlet(line: str) -> None:
    date = "" if line == "Evening Star" else "\n\nSunday, 14 September 2025"
    doc = clean_document(Document(text=f"Harbour crane collapses\n\n{line}{date}\n\n{_CRANE_BODY}"))
    assert doc.source is None
    assert line in _kept_text(doc)


@pytest.mark.parametrize(
    "top",
    [
        # A writer's name without "By" between the headline and the date line ended the header:
        # the date line under it was lost (a sidebar), and the headline with it.
        "Harbour crane collapses\nJane Smith\nSunday, 14 September 2025",
        "Harbour crane collapses\n\nJane Smith\n\nSunday, 14 September 2025",
        "Harbour crane collapses\nJane Smith\nTollmouth Evening Star\n14 Sept. 2025",
        "Harbour crane collapses\nAna de la Cruz\nReuters\n2025-09-14",
    ],
)
def test_a_writer_s_name_between_the_headline_and_the_date_line_is_the_byline(top: str) -> None:
    doc = clean_document(Document(text=f"{top}\n\n{_CRANE_BODY}"))
    name = top.split("\n")[2 if "\n\n" in top else 1]
    assert (doc.title, doc.date, doc.byline) == ("Harbour crane collapses", "2025-09-14", name)
    assert ("byline", name) in _removed(doc)
    assert _kept_text(doc) == _CRANE_BODY


@pytest.mark.parametrize("place", ["New York City", "Marrow County", "Port Averell", "San Lorenzo"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_place_between_the_headline_and_the_date_line_is_the_dateline(
    place: str, gap: str
) -> None:
    # It was the writer's byline: its last word ends a place's name, or its first opens one
    # (place_words.txt).
    top = f"Harbour crane collapses{gap}{place}{gap}Sunday, 14 September 2025"
    doc = clean_document(Document(text=f"{top}\n\n{_CRANE_BODY}"))
    assert (doc.title, doc.date, doc.dateline, doc.byline) == (
        "Harbour crane collapses",
        "2025-09-14",
        place,
        None,
    )
    assert ("dateline", place) in _removed(doc)
    assert _kept_text(doc) == _CRANE_BODY


@pytest.mark.parametrize("line", ["Repairs Take Two Years", "Crews Face Long Nights"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_title_case_subtitle_under_the_headline_is_no_byline(line: str, gap: str) -> None:
    # A plural subject and its verb's bare form ("Take"), which the finite verbs' list holds
    # only as "takes": it was the writer's byline. Now read as a title-case standfirst is.
    top = f"Harbour crane collapses{gap}{line}{gap}Sunday, 14 September 2025"
    doc = clean_document(Document(text=f"{top}\n\n{_CRANE_BODY}"))
    assert doc.byline is None
    assert ("byline", line) not in _removed(doc)


@pytest.mark.parametrize("name", ["Hope Davis", "Bob Hope", "Lena Face", "Ana de la Cruz"])
def test_a_writer_s_name_holding_a_verb_s_bare_form_is_still_the_byline(name: str) -> None:
    # "Hope", "Face" are bare forms of listed verbs; only after a word in -s are they a verb.
    top = f"Harbour crane collapses\n{name}\nSunday, 14 September 2025"
    doc = clean_document(Document(text=f"{top}\n\n{_CRANE_BODY}"))
    assert (doc.title, doc.date, doc.byline) == ("Harbour crane collapses", "2025-09-14", name)


@pytest.mark.parametrize(
    "line",
    [
        "Jane Smith",  # no date line under it: perhaps the first words of a list, kept
        "Inspectors Warned of Rust",  # a finite verb: a standfirst
        "Breaking News",  # a section's word
    ],
)
def test_a_name_like_line_without_a_date_line_under_it_is_no_byline(line: str) -> None:
    doc = clean_document(Document(text=f"Harbour crane collapses\n{line}\n\n{_CRANE_BODY}"))
    assert doc.byline is None and doc.date is None


@pytest.mark.parametrize(
    "top",
    [
        # A section's label above the headline was the title (or, in the headline's paragraph,
        # made the headline a sidebar or a subhead).
        "WORLD\nHarbour crane collapses\nSunday, 14 September 2025",
        "Transport\nHarbour crane collapses",
        "EXCLUSIVE\n\nHarbour crane collapses",
        "Breaking\nHarbour crane collapses\nBy Jane Smith",
        "World News\nHarbour crane collapses\nJane Smith\n14 Sept. 2025",
    ],
)
def test_a_kicker_above_the_headline_is_not_the_title(top: str) -> None:
    doc = clean_document(Document(text=f"{top}\n\n{_CRANE_BODY}"))
    kicker = top.split("\n")[0]
    assert doc.title == "Harbour crane collapses"
    assert ("header", kicker) in _removed(doc)
    assert _kept_text(doc) == _CRANE_BODY
    if "2025" in top:
        assert doc.date == "2025-09-14"


@pytest.mark.parametrize(
    ("top", "title"),
    [
        ("FLOODS\n\nThe river rose two metres overnight.", "FLOODS"),  # prose under it
        ("CRANE FALLS AT DOCKS\n\nHarbour crane collapses", "CRANE FALLS AT DOCKS"),
        ("Harbour crane collapses\n\nWorld", "Harbour crane collapses"),
    ],
)
def test_a_headline_is_no_kicker_without_a_headline_under_it(top: str, title: str) -> None:
    doc = clean_document(Document(text=f"{top}\n\n{_CRANE_BODY}"))
    assert doc.title == title
