"""The pipeline: documents -> clean -> split -> score -> select -> order -> ``Briefing``.

The only module that chains the stages. ``summarize`` is the one obvious entry point;
``Summarizer`` holds the settings when the same configuration summarises many clusters.
"""

from __future__ import annotations

import math
import numbers
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from .clean import clean_cluster, parse_date
from .errors import ConfigError, InputError
from .load import as_documents
from .order import ORDERS, order_points
from .score import score_sentences
from .select import (
    CITATION_THRESHOLD,
    DEFAULT_DIVERSITY,
    QUERY_COVERAGE_WEIGHT,
    QUERY_LENGTH_POWER,
    select_mmr,
)
from .split import split_documents
from .types import Briefing, Document, Order, Pick, Point, Source

__all__ = ["DEFAULT_MAX_WORDS", "Summarizer", "summarize"]

# Budget when neither max_words nor max_sentences is given: about five news sentences, a briefing
# read in under a minute.
DEFAULT_MAX_WORDS = 120


class Summarizer:
    """A configured extractive multi-document summariser (TF-IDF relevance + MMR).

    Parameters
    ----------
    max_words : int, optional
        Word budget, never exceeded. When neither budget is given, ``DEFAULT_MAX_WORDS``.
    max_sentences : int, optional
        Sentence budget.
    diversity : float
        MMR trade-off in [0, 1]: 0 is relevance only, 1 novelty only.
    query : str, optional
        Focus the briefing on a topic (query-focused summarisation).
    order : {"chronological", "score"}
        Reading order of the points.
    clean : bool
        Remove non-prose lines (headers, captions, ads, embeds) before scoring.
    citation_threshold : float
        Probability in (0, 1] of the same-statement relation (``summarizer.same``) from which
        another source's sentence states the same fact.

    Examples
    --------
    >>> s = Summarizer(max_sentences=1)
    >>> s.summarize(["The old river bridge reopened to traffic on Monday after two years of repairs.",
    ...              "After two years of repairs, the old river bridge reopened to traffic on Monday."]
    ...             ).points[0].citations
    ('doc1', 'doc2')
    """

    def __init__(
        self,
        *,
        max_words: int | None = None,
        max_sentences: int | None = None,
        diversity: float = DEFAULT_DIVERSITY,
        query: str | None = None,
        order: Order = "chronological",
        clean: bool = True,
        citation_threshold: float = CITATION_THRESHOLD,
    ) -> None:
        self.max_words = max_words
        self.max_sentences = max_sentences
        self.diversity = diversity
        self.query = query
        self.order = order
        self.clean = clean
        self.citation_threshold = citation_threshold

    def __repr__(self) -> str:
        params = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.endswith("_"))
        return f"{type(self).__name__}({params})"

    def _validate(self) -> None:
        for name in ("max_words", "max_sentences"):
            value = getattr(self, name)
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < 1
            ):
                raise ConfigError(f"{name} must be a positive whole number or None; got {value!r}")
        for name, low_open in (("diversity", False), ("citation_threshold", True)):
            value = getattr(self, name)
            number = (
                float(value)
                if isinstance(value, numbers.Real) and not isinstance(value, bool)
                else math.nan
            )
            if math.isnan(number) or number > 1 or (number <= 0 if low_open else number < 0):
                interval = "(0, 1]" if low_open else "[0, 1]"
                raise ConfigError(f"{name} must be a number in {interval}; got {value!r}")
        if self.query is not None and not isinstance(self.query, str):
            raise ConfigError(
                f"query must be a string or None; got {self.query!r} ({type(self.query).__name__})"
            )
        if self.order not in ORDERS:
            raise ConfigError(f"order must be one of {', '.join(ORDERS)}; got {self.order!r}")

    def summarize(self, documents: Iterable[Document | str]) -> Briefing:
        """Summarise one cluster of articles about one event.

        Parameters
        ----------
        documents : iterable of Document or str
            The articles. A lone ``str`` is refused (``TypeError``): it is one document, not a cluster.

        Returns
        -------
        Briefing

        Raises
        ------
        TypeError
            ``documents`` is not a collection of ``Document``/``str``.
        ConfigError
            A parameter is out of range (a ``ValueError``).
        InputError
            No usable text (a ``ValueError``); the message says what to give instead.
        """
        self._validate()
        docs = as_documents(documents)
        if self.clean:
            docs = clean_cluster(docs)
        docs = tuple(_normalise_date(doc) for doc in docs)
        sentences = split_documents(docs)
        if not sentences:
            raise InputError(
                "the documents contain no sentences of prose (empty, or only headers and noise); "
                "give article text, or pass clean=False to keep every line"
            )
        # Plain ints: a numpy integer passes validation (numbers.Integral) but not json.dumps.
        max_words = None if self.max_words is None else int(self.max_words)
        max_sentences = None if self.max_sentences is None else int(self.max_sentences)
        if max_words is None and max_sentences is None:
            max_words = DEFAULT_MAX_WORDS
        query = self.query if self.query and self.query.strip() else None
        scored = score_sentences(sentences, query=query)
        picks = select_mmr(
            scored,
            max_words=max_words,
            max_sentences=max_sentences,
            diversity=float(self.diversity),
            citation_threshold=float(self.citation_threshold),
            # Query-focused summaries are longer (250 words) and must cover the topic's facets:
            # concept coverage pays there (DUC 2006/2007) but not on generic 100-word summaries.
            coverage_weight=QUERY_COVERAGE_WEIGHT if query else 0.0,
            length_power=QUERY_LENGTH_POWER if query else 0.0,
        )
        ordered = order_points(picks, docs, order=self.order)
        return _briefing(ordered, docs, scored.key_terms, query, max_words, max_sentences)


def summarize(
    documents: Iterable[Document | str],
    *,
    max_words: int | None = None,
    max_sentences: int | None = None,
    diversity: float = DEFAULT_DIVERSITY,
    query: str | None = None,
    order: Order = "chronological",
    clean: bool = True,
    citation_threshold: float = CITATION_THRESHOLD,
) -> Briefing:
    """Summarise articles about one event into a briefing of cited, verbatim sentences.

    A thin wrapper over ``Summarizer(...).summarize(documents)``; see ``Summarizer`` for the
    parameters.

    Examples
    --------
    >>> briefing = summarize([
    ...     "The city council approved the new tram line on Tuesday evening. "
    ...     "Construction of the eight stations is due to start in May next year.",
    ...     "On Tuesday evening the city council approved the new tram line. "
    ...     "Residents of the eastern districts had waited ten years for the decision.",
    ... ], max_sentences=2)
    >>> [p.citations for p in briefing.points]
    [('doc1', 'doc2'), ('doc2',)]
    """
    return Summarizer(
        max_words=max_words,
        max_sentences=max_sentences,
        diversity=diversity,
        query=query,
        order=order,
        clean=clean,
        citation_threshold=citation_threshold,
    ).summarize(documents)


def _normalise_date(doc: Document) -> Document:
    """Normalise a given date to ISO 8601 where it parses (chronological order sorts on it)."""
    if doc.date is not None:
        iso = parse_date(doc.date)
        if iso is not None and iso != doc.date:
            return replace(doc, date=iso)
    return doc


def _briefing(
    picks: Sequence[Pick],
    documents: Sequence[Document],
    key_terms: Sequence[str],
    query: str | None,
    max_words: int | None,
    max_sentences: int | None,
) -> Briefing:
    points = tuple(
        Point(
            text=p.sentence.text,
            doc_id=p.sentence.doc_id,
            start=p.sentence.start,
            end=p.sentence.end,
            score=round(p.score, 6),
            citations=tuple(c.doc_id for c in p.citations),
            evidence=p.citations,
            sentence_index=p.sentence.index,
        )
        for p in picks
    )
    cited = Counter(doc_id for point in points for doc_id in point.citations)
    sources = tuple(
        Source(
            id=str(doc.id),
            title=doc.title,
            outlet=doc.source,
            date=doc.date,
            url=doc.url,
            points=cited[str(doc.id)],
            dateline=doc.dateline,
            byline=doc.byline,
            removed=doc.removed,
        )
        for doc in documents
    )
    return Briefing(
        points=points,
        sources=sources,
        documents=tuple(documents),
        key_terms=tuple(key_terms),
        headline=_headline(sources, key_terms),
        query=query,
        max_words=max_words,
        max_sentences=max_sentences,
    )


def _headline(sources: Sequence[Source], key_terms: Sequence[str]) -> str:
    """The most central title: the one that holds most of the cluster's key terms.

    Key terms come from the centroid, most central first, so a term's weight falls with its rank.
    Ties go to the source that more points cite, then to input order. With no titles, the leading
    key terms stand in.
    """
    titled = [s for s in sources if s.title and s.title.strip()]
    if titled:
        weights: dict[str, float] = {}
        for rank, term in enumerate(key_terms):
            for word in term.lower().split():
                weights.setdefault(word, 1.0 / (1 + rank))

        def centrality(source: Source) -> tuple[float, int]:
            words = set(re.findall(r"[^\W_]+", str(source.title).lower()))
            return (sum(weights.get(w, 0.0) for w in words), source.points)

        best = max(titled, key=centrality)  # max keeps the first of equals: input order
        return " ".join(str(best.title).split())
    terms = [t for t in key_terms if " " not in t][:4] or list(key_terms[:4])
    text = ", ".join(terms)
    return text[:1].upper() + text[1:]
