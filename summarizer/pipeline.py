"""The pipeline: documents -> clean -> split -> score -> select -> order -> ``Briefing``.

The only module that chains the stages. ``summarize`` is the one obvious entry point;
``Summarizer`` holds the settings when the same configuration summarises many clusters.
"""

from __future__ import annotations

import functools
import gc
import math
import re
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import date
from typing import ParamSpec, TypeVar

from .clean import clean_cluster
from .errors import InputError
from .headline import in_capitals, lead_line, title_kind
from .keyterms import key_term_lists, key_terms, same_word
from .langdetect import detect_language
from .lexicon import check_language, get_lexicon, stem
from .load import UNORDERED, as_documents
from .order import order_points
from .params import PARAMETERS
from .score import POSITION_WEIGHT, comparison_stop_words, make_analyzer, score_sentences
from .select import (
    ANSWER_SHARE,
    DEFAULT_DIVERSITY,
    MIN_RELEVANCE_SHARE,
    QUERY_COVERAGE_WEIGHT,
    QUERY_LENGTH_POWER,
    restating,
    select_mmr,
)
from .since import leave_out_restating, leave_out_said, weigh_off_story
from .split import split_documents
from .text import iso_day, near_copies, parse_date, word_for_word
from .timewords import relative_day
from .types import Briefing, Document, Order, Pick, Point, Scored, Sentence, Source, count_words

__all__ = [
    "DEFAULT_MAX_WORDS",
    "EmptyBriefingWarning",
    "IgnoredQueryWarning",
    "Summarizer",
    "summarize",
    "words_needed",
]

# Budget when neither max_words nor max_sentences is given: about five news sentences, a briefing
# read in under a minute.
DEFAULT_MAX_WORDS = 120
# Key terms that stand in for a headline when neither a title nor a lead sentence can.
HEADLINE_TERMS = 4
# A story told over a few days is headed by a title of its later days when one is about as
# central: an earlier headline may be overtaken by later reports ("stranded ferry waits for the
# tide" when a later article has it refloated). A title's weight (``_title_weigher``) is raised
# by up to this share, in proportion to its day's place in the story's span; undated, by none.
RECENT_TITLE_WEIGHT = 0.5
# Only an event's coverage: over a longer span the latest title is most often another event of
# the subject (a topic collection over years), not the story's state now.
RECENT_TITLE_MAX_DAYS = 7
# A later development's day heads the briefing only when its titles (from that day on) are at
# least this share of the cluster's reporting titles: in a topic collection of many (DUC 2006's
# D0616G, Chechnya 1996-2000, 25 titles), the one title of the development's day ("25 Russian
# Servicemen Killed in Chechnya in Past Week") is one article's angle; our merger and quake
# clusters (1 of 2) and DUC 2007's D0716D (9 of 25) keep their development's title.
DEVELOPMENT_TITLE_SHARE = 0.1


class EmptyBriefingWarning(UserWarning):
    """The briefing has no point: no sentence that may become one fits the word budget.

    The message names the budget and the words the shortest such sentence has (``words_needed``).
    """


class IgnoredQueryWarning(UserWarning):
    """The query is empty, has no content word (only stop words or punctuation), or none that
    an article uses: the briefing is generic."""


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _collector_paused(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``function`` with Python's cyclic garbage collector paused (as it was, afterwards).

    A summary allocates a few hundred thousand objects that live to its end (sentences, their
    token lists, the stem cache), so the collector's full passes, which walk the whole heap, land
    in it again and again without finding anything to free: 0.37 of 3.49 CPU seconds of
    ``benchmarks/speed.py large``. Reference counting still frees everything at once; only the
    stages' rare reference cycles wait until the call returns.
    """

    @functools.wraps(function)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if enabled:  # a caller who paused it keeps it paused
                gc.enable()

    return paused


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
    citation_threshold : float, optional
        Probability in (0, 1] of the same-statement relation (``summarizer.same``) from which
        another source's sentence states a point's fact; ``None`` (default) takes the relation's
        own level for the model the cluster is read with.
    language : {"en", "de", "fr", "es", "it"}, optional
        The articles' language; None (default) takes each document's ``language``, else detects
        it from its text (English when in doubt). Each document is split by its own language;
        the briefing is scored, and written, in the language of most of its documents.

    Examples
    --------
    >>> s = Summarizer(max_sentences=1)
    >>> s.summarize(["The old river bridge reopened to traffic on Monday after two years of repairs.",
    ...              "After two years of repairs, the old river bridge reopened to traffic on Monday."]
    ...             ).points[0].citations
    ('doc1', 'doc2')
    """

    #: Set by ``summarize``: words of the shortest sentence that may become a point, so a caller
    #: can say what an empty briefing's word budget needs.
    shortest_candidate_words_: int | None = None

    def __init__(
        self,
        *,
        max_words: int | None = None,
        max_sentences: int | None = None,
        diversity: float = DEFAULT_DIVERSITY,
        query: str | None = None,
        order: Order = "chronological",
        clean: bool = True,
        citation_threshold: float | None = None,
        language: str | None = None,
    ) -> None:
        self.max_words = max_words
        self.max_sentences = max_sentences
        self.diversity = diversity
        self.query = query
        self.order = order
        self.clean = clean
        self.citation_threshold = citation_threshold
        self.language = language

    def __repr__(self) -> str:
        params = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.endswith("_"))
        return f"{type(self).__name__}({params})"

    def _validate(self) -> None:
        # Types, ranges and messages are declared once, in summarizer.params.
        for name in (
            "max_words",
            "max_sentences",
            "diversity",
            "citation_threshold",
            "query",
            "order",
            "language",
            "clean",
        ):
            PARAMETERS[name].check(getattr(self, name))

    def _languages(self, docs: Sequence[Document]) -> list[str]:
        """Each document's language: the parameter, its own, or the one detected in its text."""
        if not self.language:
            for doc in docs:
                if doc.language:
                    # Refused later by the splitter, under its own name ("split_documents:
                    # language must be ..."), which neither the caller nor the document called.
                    check_language(doc.language, f"document {doc.id!r}")
        return [self.language or doc.language or detect_language(_open_text(doc)) for doc in docs]

    @_collector_paused
    def summarize(
        self,
        documents: Iterable[Document | str],
        *,
        since: Iterable[Document | str] | None = None,
    ) -> Briefing:
        """Summarise one cluster of articles about one event.

        Parameters
        ----------
        documents : iterable of Document or str
            The articles. A lone ``str`` is refused (``TypeError``): it is one document, not a cluster;
            so is a ``set``, whose order (and so the briefing) changes from run to run.
        since : iterable of Document or str, optional
            Earlier articles on the event, already read: the briefing tells what is new, leaving
            out every sentence that states what one of them already said (and says how many),
            and ranking the others by how much of them is new (``summarizer.since``). An article
            of ``documents`` whose text is an earlier one's word for word (one file in both
            folders) is left out whole: ``Briefing.already_read`` lists it, no point cites it;
            when every article is one, the briefing is empty and ``nothing_new``.

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

        Warns
        -----
        EmptyBriefingWarning
            No sentence fits the word budget: the briefing has no point. The message names the
            words the shortest candidate has.
        IgnoredQueryWarning
            The query is empty, has no content word (only stop words or punctuation), or none that an
            article uses: it is ignored, and the briefing is a generic one.
        """
        self._validate()
        docs = as_documents(documents)
        earlier = _earlier_documents(since, docs)
        # An article given again among the new ones (a folder that keeps yesterday's articles)
        # is no news: it is left out before anything is read of it.
        docs, read = leave_out_read(docs, earlier)
        if not docs and read:
            return self._read_briefing(read, earlier)
        if self.clean:
            docs = clean_cluster(docs)
            earlier = clean_cluster(earlier) if earlier else ()
        languages = self._languages(docs)
        docs = tuple(_normalise_date(doc, lang) for doc, lang in zip(docs, languages))
        language = _majority(languages)
        sentences = split_documents(docs, language=languages)
        earlier_sentences = (
            split_documents(earlier, language=self._languages(earlier)) if earlier else ()
        )
        if not sentences:
            raise InputError(
                f"{_no_prose(docs)} (empty, or only headers and noise); give article text, or "
                "keep every line with clean=False (summarizer --no-clean on the command line)"
            )
        # Plain ints: a numpy integer passes validation (numbers.Integral) but not json.dumps.
        max_words = None if self.max_words is None else int(self.max_words)
        max_sentences = None if self.max_sentences is None else int(self.max_sentences)
        if max_words is None and max_sentences is None:
            max_words = DEFAULT_MAX_WORDS
        query = self.query if self.query and self.query.strip() else None
        if query is None and self.query is not None:
            # An empty query (a script's empty variable) is said, as one of stop words is.
            _warn(
                f"query {self.query!r} is empty, so the briefing is a generic one; give the "
                'words of the topic, such as "flood damage", or leave the query out',
                IgnoredQueryWarning,
            )
        query_terms = make_analyzer(language=language)(query) if query is not None else []
        if query is not None and not query_terms:
            _warn(
                f"query {query!r} has no content words (only stop words or punctuation), so the "
                'briefing is a generic one; give the words of the topic, such as "flood damage"',
                IgnoredQueryWarning,
            )
            query = None
        # Each article's date: the story's opening articles (score.OPENING_WEIGHT), and articles
        # weeks apart report other events (one cites another's point on more words).
        dates = {doc.id: doc.date for doc in docs if doc.id is not None}
        scored = score_sentences(sentences, query=query, language=language, dates=dates)
        if query is not None and scored.stems and not set(query_terms) & set(scored.stems):
            # No sentence can be relevant to it: ranked by the query, the briefing would be a
            # generic one with the query's settings (no floor on relevance), said as focused.
            _warn(
                f"no article uses a word of the query {query!r}, so the briefing is a generic "
                "one; give words the articles use",
                IgnoredQueryWarning,
            )
            query = None
            scored = score_sentences(sentences, language=language, dates=dates)
        left_out = 0
        if earlier_sentences:
            # Compared without the function words English scoring keeps as terms ("did").
            union = score_sentences(
                sentences + earlier_sentences,
                language=language,
                stop_words=comparison_stop_words(language),
            )
            scored, left_out = leave_out_said(scored, union)
            # The earlier articles' headline fact is said, however the new articles word it
            # (since.HEADLINE_SAID_LEVEL); their key terms weigh their titles, when they have any.
            earlier_title = (
                _central_title(
                    earlier,
                    key_terms(
                        earlier_sentences, union.relevance[len(sentences) :], language=language
                    ),
                    language,
                )
                if any(_names_something(doc.title) for doc in earlier)
                else None
            )
            if earlier_title:
                scored, restated = leave_out_restating(
                    scored, restating(scored, earlier_title, dates)
                )
                left_out += restated
            # An article not about the story (a roundup, another story that mentions it): its
            # sentences off the story's subject weigh less (since.OFF_STORY_WEIGHT).
            analyze = make_analyzer(language=language)
            scored = weigh_off_story(
                scored,
                union,
                {doc.id: analyze(doc.title) for doc in docs if doc.title and doc.id},
                # Its item on the story weighs as a lead, as the score stage weighs leads.
                position_weight=POSITION_WEIGHT,
            )
        terms, shown_terms = key_term_lists(sentences, scored.relevance, language=language)
        # A query on the story's core. One off it (``Scored.query_answers``) is answered first,
        # and the rest of the budget is the story's core as a generic briefing picks it: with
        # the query's coverage and length settings, short sentences of the core's terms ("The
        # crossing normally takes 50 minutes.") filled it.
        topical = query is not None and scored.query_answers is None
        picks = select_mmr(
            scored,
            max_words=max_words,
            max_sentences=max_sentences,
            diversity=float(self.diversity),
            citation_threshold=(
                None if self.citation_threshold is None else float(self.citation_threshold)
            ),
            # Query-focused summaries are longer (250 words) and must cover the topic's facets:
            # concept coverage pays there (DUC 2006/2007) but not on generic 100-word summaries.
            coverage_weight=QUERY_COVERAGE_WEIGHT if topical else 0.0,
            length_power=QUERY_LENGTH_POWER if topical else 0.0,
            # A generic briefing is not padded with what hardly bears on the event.
            min_relevance=0.0 if query else MIN_RELEVANCE_SHARE,
            # A query off the story's core is answered first (select.ANSWER_SHARE).
            answer_share=ANSWER_SHARE if query else 0.0,
            # The cluster's headline fact is one point, however many leads restate it.
            headline=_central_title(docs, terms, language),
            dates=dates,
            # What is new: the new articles are one story's developments, and one weeks from
            # another by the same actors tells another (select.FAR_APART_DAYS).
            far_facts=bool(earlier_sentences),
        )
        # What the budget must hold for a briefing not to be empty. Read from this call's local
        # name below: another call on this instance (a thread) may set the attribute meanwhile.
        shortest = _shortest_candidate(scored)
        ordered = order_points(picks, docs, order=self.order, key_terms=shown_terms)
        briefing = _briefing(
            ordered,
            docs,
            sentences,
            terms,
            scored,
            query,
            max_words,
            max_sentences,
            language,
            languages,
            shown_terms,
        )
        if since is not None:
            briefing = replace(
                briefing,
                earlier_documents=len(earlier),
                already_said=left_out,
                already_read=tuple(str(doc.id) for doc in read),
                # Every new sentence that could be a point was said already: an empty briefing
                # that is the answer.
                nothing_new=not briefing.points and left_out > 0 and shortest is None,
            )
        self.shortest_candidate_words_ = shortest
        needed = words_needed(briefing, shortest)
        if needed is not None:
            budget = (
                f"max_words={max_words}"
                if self.max_words is not None
                else f"the default budget of {max_words} words (max_words)"
            )
            _warn(
                f"no sentence fits {budget}; the shortest candidate has {needed} words; "
                f"give max_words={needed} or more",
                EmptyBriefingWarning,
            )
        return briefing

    def _read_briefing(self, read: Sequence[Document], earlier: Sequence[Document]) -> Briefing:
        """The briefing when every new article is an earlier one (``leave_out_read``): nothing
        is new, no source is left to list, and the note names what was left out."""
        max_words = None if self.max_words is None else int(self.max_words)
        max_sentences = None if self.max_sentences is None else int(self.max_sentences)
        if max_words is None and max_sentences is None:
            max_words = DEFAULT_MAX_WORDS
        self.shortest_candidate_words_ = None
        return Briefing(
            points=(),
            sources=(),
            query=self.query if self.query and self.query.strip() else None,
            max_words=max_words,
            max_sentences=max_sentences,
            language=_majority(self._languages(read)),
            earlier_documents=len(earlier),
            already_read=tuple(str(doc.id) for doc in read),
            nothing_new=True,
        )


# Ids of the documents an error names before "and N more".
_IDS_SHOWN = 3


def _no_prose(docs: Sequence[Document]) -> str:
    """Which documents hold no sentence of prose, by id: the one, or all of them."""
    if len(docs) == 1:
        return f"document {docs[0].id!r} holds no sentence of prose"
    shown = ", ".join(repr(doc.id) for doc in docs[:_IDS_SHOWN])
    more = f" and {len(docs) - _IDS_SHOWN} more" if len(docs) > _IDS_SHOWN else ""
    return f"none of the {len(docs)} documents ({shown}{more}) holds a sentence of prose"


def _warn(message: str, category: type[Warning]) -> None:
    """``warnings.warn``, shown at the first caller outside this module (the user's call of
    ``summarize`` or ``Summarizer.summarize``, past the wrappers)."""
    frame = sys._getframe(1)
    level = 2
    while frame.f_back is not None and frame.f_globals.get("__name__") == __name__:
        frame = frame.f_back
        level += 1
    warnings.warn(message, category, stacklevel=level)


def words_needed(briefing: Briefing, shortest: int | None) -> int | None:
    """The words a budget needs when ``briefing`` is empty because no eligible sentence fits its
    word budget (``shortest``: ``Summarizer.shortest_candidate_words_``); ``None`` otherwise."""
    if briefing.points or briefing.max_words is None or shortest is None:
        return None
    return shortest if shortest > briefing.max_words else None


def _shortest_candidate(scored: Scored) -> int | None:
    """The fewest words of an eligible sentence (``None`` when there is none)."""
    eligible = scored.eligible
    if scored.words is not None:  # counted by the score stage
        import numpy as np

        counts = scored.words if eligible is None else scored.words[np.asarray(eligible, bool)]
        return int(counts.min()) if counts.size else None
    return min(
        (
            count_words(s.text)
            for i, s in enumerate(scored.sentences)
            if eligible is None or eligible[i]
        ),
        default=None,
    )


def summarize(
    documents: Iterable[Document | str],
    *,
    max_words: int | None = None,
    max_sentences: int | None = None,
    diversity: float = DEFAULT_DIVERSITY,
    query: str | None = None,
    order: Order = "chronological",
    clean: bool = True,
    citation_threshold: float | None = None,
    language: str | None = None,
    since: Iterable[Document | str] | None = None,
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
    [('doc1', 'doc2'), ('doc1',)]
    """
    return Summarizer(
        max_words=max_words,
        max_sentences=max_sentences,
        diversity=diversity,
        query=query,
        order=order,
        clean=clean,
        citation_threshold=citation_threshold,
        language=language,
    ).summarize(documents, since=since)


# ------------------------------------------------------------------------ since: what is new


def _earlier_documents(
    since: Iterable[Document | str] | None, documents: Sequence[Document]
) -> tuple[Document, ...]:
    """The ``since`` articles, with ids that cannot be taken for those of the new articles."""
    if since is None:
        return ()
    if isinstance(since, (str, bytes, Document)):
        raise TypeError(
            "since must be a collection of earlier articles, not a single one; wrap it in a list"
        )
    if isinstance(since, Mapping) or not isinstance(since, Iterable):
        # A mapping would give its keys for the articles; anything else failed inside tuple().
        raise TypeError(
            f"since must be a collection of earlier articles (Document or str); got "
            f"{type(since).__name__}"
            + ("; pass its values: list(d.values())" if isinstance(since, Mapping) else "")
        )
    if isinstance(since, AbstractSet):
        raise TypeError(UNORDERED.format(what="since", kind=type(since).__name__))
    earlier = tuple(since)
    if not earlier:
        return ()
    try:
        read = as_documents(earlier)
    except TypeError as exc:  # "document 2 must be ...": of since, not of the documents
        raise TypeError(f"since: {exc}") from None
    taken = {str(doc.id) for doc in documents}
    return tuple(
        replace(doc, id=f"earlier:{doc.id}") if str(doc.id) in taken else doc for doc in read
    )


def leave_out_read(
    documents: Sequence[Document], earlier: Sequence[Document]
) -> tuple[tuple[Document, ...], tuple[Document, ...]]:
    """The new articles that are not earlier ones, and those that are: an earlier article's text
    word for word (``text.word_for_word``, whitespace aside, as given: one file in both folders,
    one ``Document`` in both lists, whatever its id). A near copy (``text.near_copies``: the story
    re-sent with a figure corrected or a paragraph added) stays new: what it changed is news, and
    its sentences that repeat the earlier text are left out as already said (``since``)."""
    if not earlier:
        return tuple(documents), ()
    first = word_for_word((*earlier, *documents))
    kept: list[Document] = []
    read: list[Document] = []
    for position, doc in enumerate(documents, start=len(earlier)):
        (read if first[position] < len(earlier) else kept).append(doc)
    return tuple(kept), tuple(read)


def _open_text(doc: Document) -> str:
    """The document's text without its removed spans (what the splitter detects a language on)."""
    if not doc.removed:
        return doc.text
    parts: list[str] = []
    position = 0
    for removal in sorted(doc.removed, key=lambda r: (r.start, r.end)):
        if removal.start > position:
            parts.append(doc.text[position : removal.start])
        position = max(position, removal.end)
    parts.append(doc.text[position:])
    return "\n\n".join(part for part in parts if part)


def _majority(languages: Sequence[str]) -> str:
    """The language of most documents; a tie goes to the one whose first document comes first."""
    if not languages:
        return "en"
    counts = Counter(languages)
    return max(dict.fromkeys(languages), key=lambda language: counts[language])


def _normalise_date(doc: Document, language: str | None = None) -> Document:
    """Normalise a given date to ISO 8601 where it parses (chronological order sorts on it), a
    numeric one as the document's ``language`` writes dates ("05/03/2025": 5 March in French)."""
    if doc.date is not None:
        iso = parse_date(doc.date, language)
        if iso is not None and iso != doc.date:
            return replace(doc, date=iso)
    return doc


def _briefing(
    picks: Sequence[Pick],
    documents: Sequence[Document],
    sentences: Sequence[Sentence],
    key_terms: Sequence[str],
    scored: Scored,
    query: str | None,
    max_words: int | None,
    max_sentences: int | None,
    language: str = "en",
    languages: Sequence[str] = (),
    shown_terms: Sequence[str] | None = None,
) -> Briefing:
    """The briefing of the ordered picks; its headline weighed by ``key_terms``, and
    ``shown_terms`` (``keyterms.key_term_lists``; ``key_terms`` when None) listed."""
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
            relative_day=relative_day(p.sentence.text, language),
            possible_sources=p.possible_sources,
            answers_query=p.answers_query,
        )
        for p in picks
    )
    cited = Counter(doc_id for point in points for doc_id in point.citations)
    # A text that two documents carry word for word (a wire copy in two files, one Document
    # given twice), or nearly so (``text.near_copies``: a story re-sent with a sentence cut or
    # a figure corrected), is one source's statement: the briefing counts it once, and lists
    # both.
    first = word_for_word(documents)
    held: dict[str, list[str]] = {str(doc.id): [] for doc in documents}
    for sentence in sentences:
        held[sentence.doc_id].append(sentence.text)
    near = near_copies([held[str(doc.id)] for doc in documents])
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
            copy_of=str(documents[first[i]].id) if first[i] != i else None,
            near_copy_of=(str(documents[near[i]].id) if near[i] != i and first[i] == i else None),
            language=languages[i] if i < len(languages) else doc.language,
        )
        for i, doc in enumerate(documents)
    )
    # The day of the latest development a point tells (``Pick.develops``): earlier titles may
    # tell what it overtook.
    dated = {str(doc.id): iso_day(doc.date) for doc in documents}
    developed = max(
        (day for p in picks if p.develops and (day := dated.get(p.sentence.doc_id))),
        default=None,
    )
    headline, headline_doc_id = _headline(sources, key_terms, scored, language, developed)
    return Briefing(
        points=points,
        sources=sources,
        documents=tuple(documents),
        key_terms=tuple(key_terms if shown_terms is None else shown_terms),
        headline=headline,
        query=query,
        max_words=max_words,
        max_sentences=max_sentences,
        language=language,
        headline_doc_id=headline_doc_id,
        # A headline of key terms is no sentence: it leans on no day.
        headline_relative_day=relative_day(headline, language) if headline_doc_id else "",
    )


def _title_weigher(
    key_terms: Sequence[str], language: str = "en", leads: Sequence[str] = ()
) -> Callable[[str], tuple[float, float]]:
    """A title's weight: how much of the articles' leads it states, then its share of the
    cluster's key terms, each word of a term weighing 1 / (1 + its rank).

    A lead states a word by its place: 1 as its first word, falling to 0 at its end; the title's
    words of key terms (no stop word) sum their mean over the leads.

    Words are read by their stems, and a name by its demonym or plural (``keyterms.same_word``):
    "Greens" is the key term "Green Alliance"'s word, "Solmara" the key term "Solmaran Voice"'s.
    The leads come first: the key terms rank the names a cluster writes most, the loser's too
    ("Dunmore Rovers" in every report of the cup final), where the leads state the story's main
    fact, its subject first.
    """
    # Every stem, weight and lead support is a pure function of its word here, and titles and
    # leads repeat their words: each is worked out once per weigher (a cluster's vocabulary of
    # titles and leads) and looked up in C after that.
    stem_of = functools.cache(functools.partial(stem, language=language))
    weights: dict[str, float] = {}
    for rank, term in enumerate(key_terms):
        for word in re.findall(r"[^\W_]+", term.lower()):
            weights.setdefault(stem_of(word), 1.0 / (1 + rank))
    stop = get_lexicon(language).stop_words

    @functools.cache
    def lead_places() -> tuple[dict[str, float], ...]:
        # Each lead's first place of each stem, as a share of the lead's words from its start;
        # read when a title first holds a key term's word (the large benchmark's titles hold
        # none: its 2,255 leads, 0.035 s, are not read).
        opened: list[dict[str, float]] = []
        for lead in leads:
            words = list(map(stem_of, re.findall(r"[^\W_]+", lead.lower())))
            places: dict[str, float] = {}
            for k, word in enumerate(words):
                places.setdefault(word, 1.0 - k / len(words))
            opened.append(places)
        return tuple(opened)

    @functools.cache
    def weight(word: str) -> float:
        found = weights.get(word)
        if found is not None:
            return found
        return max((w for term, w in weights.items() if same_word(word, term)), default=0.0)

    @functools.cache
    def support(word: str) -> float:
        if not leads:
            return 0.0
        told = (
            max((p for w, p in places.items() if w == word or same_word(word, w)), default=0.0)
            for places in lead_places()
        )
        return math.fsum(told) / len(leads)

    def weigh(title: str) -> tuple[float, float]:
        written = set(re.findall(r"[^\W_]+", title.lower()))
        words = set(map(stem_of, written))
        # Only a key term's words: a common word the leads state ("new", "president", "says")
        # tells no story's fact, and would favour a long title for its many words.
        content = {w for w in map(stem_of, written - stop) if weight(w)}
        # fsum: the exact sum, whatever order the set yields its words in (a float sum in set
        # order depends on the process's string hashing and broke exact ties).
        return math.fsum(map(support, content)), math.fsum(map(weight, words))

    return weigh


def _recency(sources: Sequence[Source]) -> Callable[[Source], float]:
    """A title's factor for its day in a story told over a few days: from 1 on the first day to
    ``1 + RECENT_TITLE_WEIGHT`` on the last (1 when undated, and for every title when the
    sources' dates all fall on one day or span more than ``RECENT_TITLE_MAX_DAYS`` days)."""
    days = [day for source in sources if (day := iso_day(source.date))]
    span = (max(days) - min(days)).days if days else 0
    if not 0 < span <= RECENT_TITLE_MAX_DAYS:
        return lambda source: 1.0
    first = min(days)

    def factor(source: Source) -> float:
        day = iso_day(source.date)
        return 1.0 + RECENT_TITLE_WEIGHT * (day - first).days / span if day else 1.0

    return factor


def _written_since(sources: Sequence[Source], day: date) -> list[Source]:
    """The sources dated ``day`` or later; when none is, those of the latest dated day before it;
    all of them when none is dated."""
    dated = [(found, source) for source in sources if (found := iso_day(source.date))]
    if not dated:
        return list(sources)
    since = [source for found, source in dated if found >= day]
    if since:
        return since
    latest = max(found for found, _ in dated)
    return [source for found, source in dated if found == latest]


def _names_something(title: str | None) -> bool:
    """Whether a title holds a letter or a digit: one of dashes or dots ("—", "...", a feed's
    placeholder) names nothing, and is no headline."""
    return bool(title) and any(ch.isalnum() for ch in str(title))


# ``headline.title_kind`` read once per title: the cluster's central title (for selection) and
# the briefing's headline each ask it of every title (about 7 µs a title, 1,800 titles in
# benchmarks/speed.py large). A pure function of the title, so kept per process as the stems are
# (``speed.forget_words`` empties it before a timed run); a cluster of more titles than this
# reads them again, with the same answers.
_title_kind = functools.lru_cache(maxsize=1 << 14)(title_kind)


def _central_title(
    documents: Sequence[Document], key_terms: Sequence[str], language: str = "en"
) -> str | None:
    """The most central title that reports, by the key terms it holds as ``_headline`` weighs
    them, but without the leads' say (``_title_weigher`` given none), before any point is cited
    (ties go to input order) and without ``_recency``'s raise for a later day: it may be another
    title than the headline shown; ``None`` when no document has one."""
    titled = [str(doc.title) for doc in documents if _names_something(doc.title)]
    titled = [title for title in titled if not _title_kind(title, language)]
    if not titled:
        return None
    weigh = _title_weigher(key_terms, language)
    return " ".join(max(titled, key=weigh).split())  # max keeps the first of equals


def _headline(
    sources: Sequence[Source],
    key_terms: Sequence[str],
    scored: Scored,
    language: str = "en",
    developed: date | None = None,
) -> tuple[str, str | None]:
    """The most central title: the one that holds most of the cluster's key terms; and the id of
    its source (the lead sentence's document; ``None`` for key terms).

    Key terms come most telling first, so a term's weight falls with its rank. Ties go to the
    source that more points cite, then to input order. In a story told over a few days a later
    title weighs more (``_recency``), so that the headline is not one that later reports overtook.
    With no titles, the most central lead sentence (or its main statement) stands in, verbatim
    (``headline.lead_headline``); when no lead makes a headline, the leading key terms do. A
    title that names no event but explains, asks or argues (``headline.title_kind``: "What the
    new pill results mean for patients", the only titled article of a cluster being an
    explainer) gives way to the lead sentence, and is the headline only when no lead makes one.

    When a point tells a later development of another's fact (``developed``, its article's day:
    an update told in an earlier pick's place, or an episode weeks later), only the titles
    written from that day on are read, or, when none is, those of the latest day that has one:
    an earlier title tells what the development overtook (our merger cluster, agreed in March
    and blocked in September, was headed "Brightwell bets big on Osterby, ..." beside the
    block; our quake cluster "... toll climbs to 47" beside the 52 that updates it). Not when
    those titles are fewer than ``DEVELOPMENT_TITLE_SHARE`` of all: one title of a topic
    collection's many is that article's angle.
    """
    titled = [s for s in sources if _names_something(s.title)]
    # The leads weigh the titles (a caller with no scored cluster has titles and key terms only).
    leads = [s.text for s in scored.sentences if s.index == 0] if scored is not None else []
    weigh = _title_weigher(key_terms, language, leads)
    recency = _recency(sources)

    def central(candidates: Sequence[Source]) -> tuple[str, str | None]:
        # A title in capitals ("AN INTERVIEW WITH BURMA'S AUNG SAN SUU KYI", a wire's slug line)
        # is the headline only when no title is written in sentence or title case.
        shown = [s for s in candidates if not in_capitals(str(s.title))] or candidates

        # max keeps the first of equals: input order.
        def key(source: Source) -> tuple[float, float, int]:
            told, named = weigh(str(source.title))
            return told * recency(source), named * recency(source), source.points

        best = max(shown, key=key)
        return " ".join(str(best.title).split()), best.id

    reporting = [s for s in titled if not _title_kind(str(s.title), language)]
    if reporting and developed is not None:
        since = _written_since(reporting, developed)
        # One title of a topic collection's many is that article's angle, not the story's state.
        if len(since) >= DEVELOPMENT_TITLE_SHARE * len(reporting):
            reporting = since
    if reporting:
        return central(reporting)
    lead, sentence = lead_line(scored, key_terms, language)
    if lead and sentence is not None:
        return lead, sentence.doc_id
    if titled:
        return central(titled)
    terms = list(key_terms[:HEADLINE_TERMS])
    text = ", ".join(terms)
    return text[:1].upper() + text[1:], None
