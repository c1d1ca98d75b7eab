"""Order stage: picks -> the reading order of the briefing.

``chronological`` (default): by the date of the primary source (undated sources last), then by
the sentence's position in its article, so the lead facts of each day come first, then by the
order the sources were given. ``score``: the order MMR picked them in (most relevant first).
"""

from __future__ import annotations

from collections.abc import Sequence

from .errors import ConfigError
from .types import Document, Order, Pick

__all__ = ["ORDERS", "order_points"]

ORDERS: tuple[Order, ...] = ("chronological", "score")
# Sorts after every ISO date, so undated sources follow dated ones.
_UNDATED = "~"


def order_points(
    picks: Sequence[Pick], documents: Sequence[Document], *, order: Order = "chronological"
) -> tuple[Pick, ...]:
    """Put the picks in reading order.

    Parameters
    ----------
    picks : sequence of Pick
        The select stage's output.
    documents : sequence of Document
        The cluster, in input order (gives dates and the tie-break order).
    order : {"chronological", "score"}
        How to order the points.

    Returns
    -------
    tuple of Pick

    Raises
    ------
    ConfigError
        ``order`` is not one of the allowed values.
    """
    if order not in ORDERS:
        raise ConfigError(f"order must be one of {', '.join(ORDERS)}; got {order!r}")
    if order == "score":
        return tuple(sorted(picks, key=lambda p: p.rank))
    position = {doc.id: i for i, doc in enumerate(documents)}
    date = {doc.id: doc.date or _UNDATED for doc in documents}

    def key(pick: Pick) -> tuple[str, int, int, int]:
        s = pick.sentence
        return (
            date.get(s.doc_id, _UNDATED),
            s.index,
            position.get(s.doc_id, len(position)),
            pick.rank,
        )

    return tuple(sorted(picks, key=key))
