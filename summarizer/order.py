"""Order stage: picks -> the reading order of the briefing.

``chronological`` (default): by the point's date, the earliest of the sources stating it (its
citations; undated last: a point no source dated to a day states), then by the sentence's position in its
article, so the lead facts of each day come first, then by the order they were picked (most
relevant first); a
fact a follow-up repeats is read on the day it was first reported; a point that an article tells
right after another point's fact is read right after that point (``_keep_sequences``), also when
the earlier articles stating it say it only in passing (``_own_day``). The
answers to an off-core query (``Pick.answers_query``) open the briefing, in that order among
themselves, and the other points follow. ``score``: the order MMR picked them in (most relevant
first; the answers are picked first).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .errors import ConfigError
from .lexicon import LANGUAGES
from .text import iso_day
from .timewords import named_days, relative_day
from .types import Document, Order, Pick, Sentence

__all__ = ["ORDERS", "order_points"]

ORDERS: tuple[Order, ...] = ("chronological", "score")
# Sorts after every ISO date, so undated sources follow dated ones.
_UNDATED = "~"


def order_points(
    picks: Sequence[Pick],
    documents: Sequence[Document],
    *,
    order: Order = "chronological",
    key_terms: Sequence[str] = (),
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
    key_terms : sequence of str
        The cluster's key terms (``keyterms.key_terms``): a point that holds none of them names
        nothing of the event and does not open a chronological briefing (``_opening``).

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
    # Only a day orders: a date that is none ("spring 2024", "12 hours ago") sorted as a string
    # among the days ("12 hours ago" before "2024-03-01"), so it is undated here.
    date = {doc.id: doc.date if doc.date and iso_day(doc.date) else _UNDATED for doc in documents}

    def when(pick: Pick) -> str:
        """The point's date: the earliest of the articles stating it (its citations and the
        shown sentence's; not its possible sources), undated when none is dated."""
        stating = (pick.sentence.doc_id, *(c.doc_id for c in pick.citations))
        return min(date.get(d, _UNDATED) for d in stating)

    def key(pick: Pick) -> tuple[str, int, int, int]:
        s = pick.sentence
        # Sentences of one day and one place in their articles (the day's leads) are read in
        # the order they were picked, most relevant first: the order the sources were given
        # opened solmara-election on the broadsheet's scene-setting lead ("Solmara has not
        # changed its government since 2002.", the last pick) before the leads that state
        # the result.
        return (when(pick), s.index, pick.rank, position.get(s.doc_id, len(position)))

    texts = {doc.id: doc.text for doc in documents}
    # The language of each article, for the days it names (``_own_day``; English when unknown).
    language = {doc.id: doc.language if doc.language in LANGUAGES else "en" for doc in documents}
    result: list[Pick] = []
    for group in (
        [p for p in picks if p.answers_query],
        [p for p in picks if not p.answers_query],
    ):
        ordered = sorted(group, key=key)
        # The day of each point (an ISO date; a time after it is not read), and the day it
        # may also be read on (``_own_day``).
        days = [when(p)[:10] for p in ordered]
        own = [
            _own_day(p, when(p), date, texts, language.get(p.sentence.doc_id, "en"))
            for p in ordered
        ]
        result.extend(_keep_sequences(ordered, days, texts, own))
    return _opening(result, key_terms, [when(p)[:10] for p in result])


# A point that names nothing of the event gives up the opening only to a point reported within
# this many days of it: the day after is one report's news (the outbreak's toll), a year later
# another attempt's (DUC 2007's balloon flights of 1997 and 1998).
OPENING_REACH_DAYS = 2


def _opening(points: list[Pick], key_terms: Sequence[str], days: Sequence[str]) -> tuple[Pick, ...]:
    """``points`` with a first point that holds none of ``key_terms`` (as whole words, in any
    case) read right after the first that holds one: our outbreak cluster's 60-word briefing
    opened on "A 66-year-old woman died on Wednesday." (reported a day before the toll, "The
    death toll from an outbreak of Legionnaires' disease in Tresham has risen to two"), which
    says nothing of what she died of, or where (a name's last word counts as the name).
    Unchanged when the first point holds one, when none reported within ``OPENING_REACH_DAYS``
    does (``days``: each point's ISO day, undated read as near), or without key terms (an
    answer to a query opens as it is)."""
    if not key_terms or not points or points[0].answers_query:
        return tuple(points)
    # A name's last word names it too ("said Seinfeld" of "Jerry Seinfeld").
    terms = set(key_terms) | {t.split()[-1] for t in key_terms if t[:1].isupper()}
    pattern = re.compile(
        r"(?<![\w'’-])(?:"
        + "|".join(re.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t)))
        + r")(?![\w'’-])",
        re.IGNORECASE,
    )
    if pattern.search(points[0].sentence.text):
        return tuple(points)
    named = next((k for k, p in enumerate(points) if pattern.search(p.sentence.text)), None)
    if named is None or _days_apart(days[0], days[named]) > OPENING_REACH_DAYS:
        return tuple(points)
    return (*points[1 : named + 1], points[0], *points[named + 1 :])


def _days_apart(first: str, second: str) -> int:
    """Days between two ISO days; 0 when either is undated."""
    one, two = iso_day(first), iso_day(second)
    return 0 if one is None or two is None else abs((two - one).days)


# The end of a sentence: a stop, perhaps closing marks, then white space.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s")


def _own_day(
    pick: Pick,
    day: str,
    date: dict[str | None, str],
    texts: dict[str | None, str],
    language: str = "en",
) -> str:
    """The day of ``pick``'s own source when every earlier article stating it (of ``day``, the
    point's date) states it past its first sentence and it names no day (``named_days``,
    ``relative_day``): in passing, a standing fact ("The Republicans currently hold a 55-to-45
    majority", a clause of a sentence on another fact four days before) rather than the day's
    news, which a lead reports ("The ferry ran aground ...") and an event of its own date ("filed
    for divorce July 29") is; else ``day``. ISO days; ``date`` is each document's date or
    ``_UNDATED``."""
    source = date.get(pick.sentence.doc_id, _UNDATED)
    if source == day or named_days(pick.sentence.text, language):
        return day[:10]
    if relative_day(pick.sentence.text, language):
        return day[:10]
    earliest = [
        c
        for c in pick.citations
        if c.doc_id != pick.sentence.doc_id and date.get(c.doc_id, _UNDATED) == day
    ]
    passing = all(
        _SENTENCE_END.search(texts.get(c.doc_id) or "", 0, c.start) is not None for c in earliest
    )
    return source[:10] if source != day and earliest and passing else day[:10]


def _keep_sequences(
    ordered: Sequence[Pick],
    days: Sequence[str],
    texts: dict[str | None, str],
    own: Sequence[str] | None = None,
) -> tuple[Pick, ...]:
    """Move each point that follows another in some article to just after that point.

    Articles of one event interleave by position, so without this a point can stand far from
    the fact it continues: "Trump declared it 'not a bad idea'" three points after the liaison
    office it speaks of; "the talks had run over, which cancelled the lunch" before the lunch's
    cancellation. Each point keeps its place in ``ordered`` unless the sentence before it in its
    own article is cited by another point (its anchor: the first such in ``ordered``); then it
    is read right after its anchor, and after the points anchored there before it. A point is
    never its own anchor's anchor, so chains have no cycle.

    A point is never moved among the points of another day than its source's (``days``, ISO
    dates, ``_UNDATED`` when unknown): a second day's report that the track is "now" being
    repaired, written after a recap of the first day's derailment, stays with its own day; and
    across days an anchor may be a loose citation in a collection that spans months (a point on
    one drug citing an article on another, which then seemed to name the first drug's generic).
    A point that earlier articles state only in passing is also of its own source's day (``own``,
    ``_own_day``): it follows the point its article tells it after, where it opened the
    briefing of its article's news.
    """
    own = days if own is None else own
    # Where each point's citations end, per article: (doc_id, end offset) -> the points, in order.
    cited_by: dict[tuple[str, int], list[int]] = {}
    for j, other in enumerate(ordered):
        for citation in other.citations:
            cited_by.setdefault((citation.doc_id, citation.end), []).append(j)
    anchor: dict[int, int] = {}
    for i, pick in enumerate(ordered):
        key = (pick.sentence.doc_id, _previous_end(pick.sentence, texts))
        for j in cited_by.get(key, ()):
            other_day = _UNDATED not in (days[i], days[j]) and days[j] not in (days[i], own[i])
            if not other_day and not _in_chain(j, i, anchor):
                anchor[i] = j
                break
    children: dict[int, list[int]] = {}
    for i, j in anchor.items():
        children.setdefault(j, []).append(i)
    result: list[Pick] = []
    # Depth first without recursion: one article summarised whole is one chain of every point.
    stack = [i for i in reversed(range(len(ordered))) if i not in anchor]
    while stack:
        i = stack.pop()
        result.append(ordered[i])
        stack.extend(reversed(children.get(i, ())))
    return tuple(result)


def _in_chain(start: int, target: int, anchor: dict[int, int]) -> bool:
    """Whether ``target`` is ``start`` or one of its anchors, up the chain."""
    while True:
        if start == target:
            return True
        if start not in anchor:
            return False
        start = anchor[start]


def _previous_end(sentence: Sentence, texts: dict[str | None, str]) -> int:
    """Where the text before ``sentence`` in its article ends, spaces left out (-1: unknown)."""
    text = texts.get(sentence.doc_id)
    if text is None:
        return -1
    end = sentence.start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
