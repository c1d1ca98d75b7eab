"""order stage: chronological by source date, then position; or by score."""

from __future__ import annotations

from dataclasses import replace

import pytest

from summarizer.errors import ConfigError
from summarizer.order import order_points
from summarizer.types import Citation, Document, Pick, Sentence

DOCS = (
    Document("x", id="late", date="2024-03-02"),
    Document("x", id="early", date="2024-03-01"),
    Document("x", id="undated"),
)


def pick(doc_id: str, index: int, rank: int) -> Pick:
    sentence = Sentence(doc_id, index, 0, 1, "x")
    return Pick(sentence, 1.0 - rank / 10, rank, (Citation(doc_id, 0, 1, 1.0),))


PICKS = (
    pick("undated", 0, 0),
    pick("late", 0, 1),
    pick("early", 3, 2),
    pick("early", 1, 3),
    pick("late", 1, 4),
)


def test_chronological_then_position_undated_last() -> None:
    ordered = order_points(PICKS, DOCS)
    assert [(p.sentence.doc_id, p.sentence.index) for p in ordered] == [
        ("early", 1),
        ("early", 3),
        ("late", 0),
        ("late", 1),
        ("undated", 0),
    ]


@pytest.mark.parametrize("given", ["12 hours ago", "2024 spring", "autumn 2023"])
def test_a_date_that_is_no_day_orders_as_undated(given: str) -> None:
    # Compared as strings with the days, "12 hours ago" came before "2024-03-01" and "2024
    # spring" before every day of 2024: a point of a vague date opened the briefing.
    docs = (*DOCS[:2], Document("x", id="undated", date=given))
    ordered = order_points(PICKS, docs)
    assert [p.sentence.doc_id for p in ordered][-1] == "undated"
    assert ordered == order_points(PICKS, DOCS)


def test_same_date_interleaves_by_position_then_pick_rank() -> None:
    # One day's leads are read most relevant first (the order they were picked), not in the
    # order the sources were given; input order breaks only a tie of rank.
    docs = (Document("x", id="a", date="2024-01-01"), Document("x", id="b", date="2024-01-01"))
    picks = (pick("b", 0, 0), pick("a", 2, 1), pick("a", 0, 2))
    assert [(p.sentence.doc_id, p.sentence.index) for p in order_points(picks, docs)] == [
        ("b", 0),
        ("a", 0),
        ("a", 2),
    ]


def test_score_order_is_pick_rank() -> None:
    assert [p.rank for p in order_points(PICKS[::-1], DOCS, order="score")] == [0, 1, 2, 3, 4]


def test_unknown_order() -> None:
    with pytest.raises(
        ConfigError, match="order must be one of chronological, score; got 'random'"
    ):
        order_points(PICKS, DOCS, order="random")  # type: ignore[arg-type]


# The council's vote, told by two papers of one day: "north" the vote and its count, "south" the
# vote late in its report and then its cost, in a sentence that leans on the one before ("It").
NORTH = (
    "The council approved the new tram line on Tuesday. Work starts in May. The vote was 7 to 2."
)
SOUTH = (
    "Rain delayed the meeting. The council met after nine. "
    "The tram line was approved by the council. It will cost 40 million euros."
)


def span(doc: Document, sentence: str) -> Citation:
    start = doc.text.index(sentence)
    return Citation(doc.id or "", start, start + len(sentence), 1.0)


def point(doc: Document, index: int, sentence: str, rank: int, *cited: Citation) -> Pick:
    own = span(doc, sentence)
    text = doc.text[own.start : own.end]
    return Pick(Sentence(own.doc_id, index, own.start, own.end, text), 1.0, rank, (own, *cited))


def tram_points(north: Document, south: Document) -> tuple[Pick, Pick, Pick]:
    approved = point(
        north,
        0,
        "The council approved the new tram line on Tuesday.",
        0,
        span(south, "The tram line was approved by the council."),
    )
    count = point(north, 2, "The vote was 7 to 2.", 1)
    cost = point(south, 3, "It will cost 40 million euros.", 2)
    return approved, count, cost


def test_a_point_is_read_after_the_point_its_article_tells_just_before_it() -> None:
    north = Document(NORTH, id="north", date="2024-05-07")
    south = Document(SOUTH, id="south", date="2024-05-07")
    approved, count, cost = tram_points(north, south)
    # By position: approved (0), count (2), cost (3). In "south" the cost comes right after the
    # approval, which the first point cites there: it is read right after that point.
    assert order_points((cost, count, approved), (north, south)) == (approved, cost, count)
    # Where no article ties two points, the order is by position.
    assert order_points((cost, count), (north, south)) == (count, cost)
    # Times of one day are one day.
    morning = Document(NORTH, id="north", date="2024-05-07T09:00:00")
    evening = Document(SOUTH, id="south", date="2024-05-07T18:30:00")
    assert order_points((cost, count, approved), (morning, evening)) == (approved, cost, count)


def test_a_point_is_not_moved_among_another_days_points() -> None:
    north = Document(NORTH, id="north", date="2024-05-07")
    south = Document(SOUTH, id="south", date="2024-05-08")
    approved, count, cost = tram_points(north, south)
    # "south" is a day later: its cost stays with its own day, after all of the first day's.
    assert order_points((cost, count, approved), (north, south)) == (approved, count, cost)
    # A day-later article's point that the first day's article states too is of the first day
    # (its earliest stating source's): the count, which follows that fact there, is read after it.
    later = Document(SOUTH + " Building begins in May.", id="later", date="2024-05-08")
    begins = point(later, 4, "Building begins in May.", 3, span(north, "Work starts in May."))
    assert order_points((begins, count, approved), (north, later)) == (approved, begins, count)
    # Undated, it may be read anywhere: it joins the point it continues.
    undated = Document(SOUTH, id="south")
    approved, count, cost = tram_points(north, undated)
    assert order_points((cost, count, approved), (north, undated)) == (approved, cost, count)


def test_a_point_is_read_on_the_earliest_day_an_article_stating_it_was_written() -> None:
    # The follow-up of the 16th shows the grounding (it scored higher there), which the wire of
    # the 14th states too: it was read after the 15th's standing down, as of the 16th.
    wire = Document(
        "The ferry Tamsin ran aground on Greyling Shoal. All 80 passengers were taken off.",
        id="wire",
        date="2031-09-14",
    )
    update = Document(
        "Coast guard officers stood down on Monday. The search had ended at dawn.",
        id="update",
        date="2031-09-15",
    )
    follow = Document(
        "Salvage crews reached the Tamsin. Inspectors said the ferry struck Greyling Shoal at "
        "speed.",
        id="follow",
        date="2031-09-16T08:00:00",
    )
    docs = (follow, update, wire)
    struck = point(
        follow,
        1,
        "Inspectors said the ferry struck Greyling Shoal at speed.",
        0,
        span(wire, "The ferry Tamsin ran aground on Greyling Shoal."),
    )
    stood = point(update, 0, "Coast guard officers stood down on Monday.", 1)
    salvage = point(follow, 0, "Salvage crews reached the Tamsin.", 2)
    assert order_points((stood, salvage, struck), docs) == (struck, stood, salvage)
    # Only the articles it cites: a point that merely may be in the wire keeps its own day.
    maybe = replace(struck, citations=struck.citations[:1], possible_sources=1)
    assert order_points((stood, salvage, maybe), docs) == (stood, salvage, maybe)
    # Undated articles do not make a point undated; a point no dated article states is last.
    undated = replace(wire, date=None)
    assert order_points((stood, salvage, struck), (follow, update, undated)) == (
        stood,
        salvage,
        struck,
    )


def test_two_points_that_follow_each_other_in_two_articles_are_each_read_once() -> None:
    x = Document("Rain fell. Roads flooded.", id="x", date="2024-05-07")
    y = Document("Roads were under water. Rain had fallen.", id="y", date="2024-05-07")
    flooded = point(x, 1, "Roads flooded.", 0, span(y, "Roads were under water."))
    rain = point(y, 1, "Rain had fallen.", 1, span(x, "Rain fell."))
    # Each follows the other's citation in one article. The first in reading order is read after
    # the other; the other keeps its place (its anchor would close a loop).
    ordered = order_points((flooded, rain), (x, y))
    assert sorted(p.rank for p in ordered) == [0, 1]
    assert ordered == (rain, flooded)


def test_a_fact_an_earlier_article_stated_in_passing_follows_its_articles_news() -> None:
    # Our own text (as duc2004_dev d30050t read): the report tells the standing seats after the
    # vote it explains; an article four days before stated them in passing, so the point was of
    # that day and opened the briefing, before the news it follows in its own article.
    early = Document(
        "Rain delayed the harbour works. Labour holds 12 of the council's 21 seats.",
        id="early",
        date="2024-05-03",
    )
    report = Document(
        "The council approved the new tram line on Tuesday. The vote split the ruling group. "
        "Labour holds 12 of the council's 21 seats.",
        id="report",
        date="2024-05-07",
    )
    approved = point(report, 0, "The council approved the new tram line on Tuesday.", 0)
    split = point(report, 1, "The vote split the ruling group.", 1)
    seats = point(
        report,
        2,
        "Labour holds 12 of the council's 21 seats.",
        2,
        span(early, "Labour holds 12 of the council's 21 seats."),
    )
    docs = (early, report)
    assert order_points((seats, split, approved), docs) == (approved, split, seats)
    # Without the point it follows in its article, it is read on the earlier day, first.
    assert order_points((seats, approved), docs) == (seats, approved)
    # So is an event of its own day ("filed for divorce July 29"), which the earlier article
    # reported, though in passing, and a fact the earlier article gave as its lead.
    dated = "Labour took 12 of the council's 21 seats in May."
    early_dated = replace(early, text=early.text.replace(seats.sentence.text, dated))
    report_dated = replace(report, text=report.text.replace(seats.sentence.text, dated))
    took = point(report_dated, 2, dated, 2, span(early_dated, dated))
    assert order_points((took, split, approved), (early_dated, report_dated)) == (
        took,
        approved,
        split,
    )
    lead = replace(early, text="Labour holds 12 of the council's 21 seats. Rain fell.")
    led = replace(seats, citations=(seats.citations[0], span(lead, seats.sentence.text)))
    assert order_points((led, split, approved), (lead, report)) == (led, approved, split)


def test_a_point_naming_nothing_of_the_event_does_not_open_the_briefing() -> None:
    # Our outbreak cluster's 60-word briefing opened on "A 66-year-old woman died on
    # Wednesday." (its day reported first), before "The death toll from an outbreak of
    # Legionnaires' disease in Tresham has risen to two": the reader learnt of a death before
    # what the story is. A first point that holds none of the key terms follows the first that
    # holds one.
    docs = (
        Document("x", id="early", date="2024-03-01"),
        Document("x", id="late", date="2024-03-02"),
    )

    def said(doc_id: str, index: int, rank: int, text: str) -> Pick:
        return replace(pick(doc_id, index, rank), sentence=Sentence(doc_id, index, 0, 1, text))

    picks = (
        said("late", 0, 0, "The ferry strike at Dunport entered its third day."),
        said("early", 4, 1, "A man aged 40 was hurt on Monday."),
        said("late", 2, 2, "Talks with the ferry union resume on Friday."),
    )
    terms = ("Dunport", "ferry strike")
    texts = [p.sentence.text for p in order_points(picks, docs, key_terms=terms)]
    assert texts[:2] == [picks[0].sentence.text, picks[1].sentence.text], texts
    # Chronological otherwise: without key terms, or when no point holds one, or by score.
    assert order_points(picks, docs)[0] == picks[1]
    assert order_points(picks, docs, key_terms=("Harwick",))[0] == picks[1]
    assert order_points(picks, docs, order="score", key_terms=terms) == picks
    # Nor for a point reported long after (another attempt, another year).
    far = (docs[0], Document("x", id="late", date="2025-03-02"))
    assert order_points(picks, far, key_terms=terms)[0] == picks[1]
