"""order stage: chronological by source date, then position; or by score."""

from __future__ import annotations

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


def test_same_date_interleaves_by_position_then_input_order() -> None:
    docs = (Document("x", id="a", date="2024-01-01"), Document("x", id="b", date="2024-01-01"))
    picks = (pick("b", 0, 0), pick("a", 2, 1), pick("a", 0, 2))
    assert [(p.sentence.doc_id, p.sentence.index) for p in order_points(picks, docs)] == [
        ("a", 0),
        ("b", 0),
        ("a", 2),
    ]


def test_score_order_is_pick_rank() -> None:
    assert [p.rank for p in order_points(PICKS[::-1], DOCS, order="score")] == [0, 1, 2, 3, 4]


def test_unknown_order() -> None:
    with pytest.raises(
        ConfigError, match="order must be one of chronological, score; got 'random'"
    ):
        order_points(PICKS, DOCS, order="random")  # type: ignore[arg-type]
