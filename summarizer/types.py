"""The frozen records that flow between pipeline stages.

load -> ``Document`` -> split -> ``Sentence`` -> score -> ``Scored`` -> select -> ``Pick``
-> order -> ``Briefing`` (``Point``, ``Citation``, ``Source``) -> render.

Every offset (``start``, ``end``) is a character offset into ``Document.text``, which is the text
exactly as the user gave it (decoded): cleaning never rewrites it, it only marks spans as
``Removal`` so that nothing the user gave is lost and every point slices back to its source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from .errors import InputError

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np
    from scipy.sparse import csr_matrix

__all__ = [
    "Briefing",
    "Citation",
    "Document",
    "Order",
    "OutputFormat",
    "Pick",
    "Point",
    "Removal",
    "Scored",
    "Sentence",
    "Source",
    "check_document",
    "count_words",
]

OutputFormat = Literal["html", "md", "json", "text"]
Order = Literal["chronological", "score"]


def count_words(text: str) -> int:
    """Number of whitespace-separated tokens: the unit of every word budget (as ROUGE's ``-l``)."""
    return len(text.split())


@dataclass(frozen=True, slots=True)
class Removal:
    """A span of ``Document.text`` that cleaning kept out of the summary, and why."""

    start: int
    end: int
    reason: str
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    """One article of the cluster.

    ``text`` is never rewritten; ``removed`` lists the spans (headers, captions, embeds ...) that
    are not article prose. ``date`` is ISO 8601 (``YYYY-MM-DD``) when known, with the time of day
    when the input gives one (``2031-06-10T19:40:00+01:00``: feeds, records, web pages); a briefing
    reads the day. ``source`` is the outlet (AP, Reuters ...).
    """

    text: str
    id: str | None = None
    title: str | None = None
    source: str | None = None
    date: str | None = None
    url: str | None = None
    dateline: str | None = None
    byline: str | None = None
    removed: tuple[Removal, ...] = ()
    #: Language code ("en", "de", "fr", "es", "it"); None: detected from the text.
    language: str | None = None


# Fields of Document that every stage reads as text when given: cleaning, grouping, ordering,
# language detection and rendering call string methods on them.
_TEXT_FIELDS = ("title", "source", "date", "url", "dateline", "byline", "language")


def check_document(document: Document, position: int) -> None:
    """Raise ``TypeError`` naming the field of the ``position``-th document that has a wrong type,
    and ``InputError`` naming a ``removed`` span that is not within its text.

    A caller's ``Document`` is not type-checked when it is made (dataclasses do not check), so a
    ``title`` given as a list would otherwise fail deep inside a stage with an ``AttributeError``.
    """
    if not isinstance(document.text, str):
        raise TypeError(
            f"document {position}: text must be str; got {type(document.text).__name__}"
        )
    for name in _TEXT_FIELDS:
        value = getattr(document, name)
        if value is not None and not isinstance(value, str):
            raise TypeError(
                f"document {position}: {name} must be str or None; got {value!r} "
                f"({type(value).__name__}); convert it, e.g. {name}=str(value)"
            )
    removed = document.removed
    if not isinstance(removed, (tuple, list)) or not all(isinstance(r, Removal) for r in removed):
        raise TypeError(
            f"document {position}: removed must be a tuple of Removal; got {removed!r:.80} "
            f"({type(removed).__name__}); leave it out: cleaning fills it"
        )
    for number, removal in enumerate(removed):
        start, end = removal.start, removal.end
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
            raise TypeError(
                f"document {position}: removed[{number}] must span whole numbers; got {start!r}, "
                f"{end!r}; leave removed out: cleaning fills it"
            )
        if not 0 <= start <= end <= len(document.text):
            raise InputError(
                f"document {position}: removed[{number}] spans {start} to {end}, outside its text "
                f"(0 to {len(document.text)}); give offsets into the text, or leave removed out"
            )


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document: ``text == document.text[start:end]``.

    ``item`` says that a list's mark (a dash, an underscore or a bullet) stands before it on its
    line, left out of its span.
    """

    doc_id: str
    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0
    item: bool = False


@dataclass(frozen=True, slots=True)
class Scored:
    """The score stage's output: one sparse, L2-normalised TF-IDF row and one relevance per sentence.

    ``relevance`` is scaled to [0, 1]; ``eligible`` marks the sentences that may become points
    (others are still used for attribution); ``None`` means all. ``reasons`` says, per sentence,
    why it makes no point on its own (``""`` when it does); when no sentence does, all are
    eligible anyway (better a weak point than an empty briefing) and the reasons stay. ``stems``
    names the matrix's first columns, its unigrams (the bigram columns follow them). ``language``
    is the one the sentences were scored in (the later stages read its word lists). ``words``
    holds each sentence's ``count_words`` when the score stage counted them (``None``: count).
    ``later_tokens`` holds every whitespace token that stands past the first of a sentence, as
    the score stage split them (``None``: split the texts again). ``query_answers`` is each
    sentence's cosine to the query, scaled to [0, 1], when a query asks about something off the
    story's core (``score.QUERY_CORE_SHARE``): the select stage answers it first; else ``None``.
    """

    sentences: tuple[Sentence, ...]
    matrix: csr_matrix
    relevance: np.ndarray
    key_terms: tuple[str, ...] = ()
    eligible: np.ndarray | None = None
    reasons: tuple[str, ...] = ()
    stems: tuple[str, ...] = ()
    language: str = "en"
    words: np.ndarray | None = None
    later_tokens: frozenset[str] | None = None
    query_answers: np.ndarray | None = None


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a point's statement stands in one source: a sentence span and why it is cited.

    ``similarity`` is the same-statement relation's probability that the sentence states the
    point's fact (1.0 for the sentence shown); ``reason`` says how the select stage decided it.
    """

    doc_id: str
    start: int
    end: int
    similarity: float
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Pick:
    """A sentence chosen by the select stage, with the sources that carry the same statement.

    ``possible_sources`` counts the other documents that the relation says may state the fact,
    though not surely enough to cite them: a pick citing one source is "only in" it when none.
    ``answers_query`` marks a pick made as an answer to an off-core query (``Scored.query_answers``):
    the briefing opens with those points. ``develops`` marks a pick that tells a later development
    of another pick's fact: an update of its figures told in its place, or an episode weeks after
    it that it kept apart; the briefing is then headed by a title of that day on.
    """

    sentence: Sentence
    score: float
    rank: int
    citations: tuple[Citation, ...]
    possible_sources: int = 0
    answers_query: bool = False
    develops: bool = False


@dataclass(frozen=True, slots=True)
class Point:
    """One sentence of the briefing, verbatim from its primary source ``citations[0]``.

    ``relative_day`` is the word or phrase ("yesterday", "on Monday") that dates the point from
    the day its source was written, ``""`` when it has none: the briefing shows that source's
    date beside such a point. ``possible_sources`` counts the uncited documents that may state
    the point's fact (``Pick.possible_sources``): the briefing says "only in" a point's one
    source only when there are none. ``answers_query`` marks a point picked as an answer to an
    off-core query (``Pick.answers_query``): the briefing opens with them and says so beside each.
    """

    text: str
    doc_id: str
    start: int
    end: int
    score: float
    citations: tuple[str, ...]
    evidence: tuple[Citation, ...] = ()
    sentence_index: int = 0
    relative_day: str = ""
    possible_sources: int = 0
    answers_query: bool = False


@dataclass(frozen=True, slots=True)
class Source:
    """An input document as the briefing lists it, with how many points cite it.

    ``copy_of`` is the id of the earlier source whose text this one repeats word for word
    (``summarizer.text.word_for_word``: after cleaning, whitespace aside), ``None`` when none
    does: one text that two files or two outlets carry is one source's statement, not two.
    ``near_copy_of`` is the id of the earlier source whose text this one repeats but for a
    sentence cut or added or a few words changed (``summarizer.text.near_copies``: a story
    re-sent corrected, an outlet's copy of wire copy), ``None`` when none does or when it is a
    word-for-word copy: it is counted with that source, as a copy is.
    ``language`` is the code of the language the document was read in (given or detected;
    ``None`` when not known): the HTML briefing marks a source and its points in another
    language than the briefing's with it.
    """

    id: str
    title: str | None
    outlet: str | None
    date: str | None
    url: str | None
    points: int
    dateline: str | None = None
    byline: str | None = None
    removed: tuple[Removal, ...] = ()
    copy_of: str | None = None
    near_copy_of: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Briefing:
    """The summary: points in reading order, every input source, key terms.

    Render with ``to_html()``, ``to_markdown()``, ``to_dict()`` or ``summarizer.render``.
    """

    points: tuple[Point, ...]
    sources: tuple[Source, ...]
    documents: tuple[Document, ...] = field(repr=False, default=())
    key_terms: tuple[str, ...] = ()
    headline: str = ""
    query: str | None = None
    max_words: int | None = None
    max_sentences: int | None = None
    # With since=: how many earlier articles were given, and how many sentences of the new ones
    # were left out as already said (``summarizer.since.already_said``: they repeat an earlier
    # sentence's wording and add nothing to it, or retell an earlier sentence or headline).
    earlier_documents: int | None = None
    already_said: int = 0
    #: With since=: every sentence of the new articles that could be a point (``Scored.eligible``)
    #: was left out as already said, or every article given is an earlier one (``already_read``),
    #: so the briefing has no point because nothing is new (not because none fits the budget).
    nothing_new: bool = False
    #: With since=: the ids of the articles given as new that are earlier articles, word for word
    #: (one file in both folders): left out of the new ones, neither cited nor listed.
    already_read: tuple[str, ...] = ()
    #: The briefing's language (a code of ``summarizer.lexicon.LANGUAGES``): the language of most
    #: of its documents, in which it was scored and in which the templates write their own words.
    language: str = "en"
    #: The id of the source the headline is from: the source of its title, or the document of
    #: the lead sentence it is a span of; ``None`` for a headline of key terms (or none).
    headline_doc_id: str | None = None
    #: The word or phrase ("Sunday", "yesterday") that dates the headline from the day its
    #: source was written, as ``Point.relative_day``; ``""`` when it has none. The briefing
    #: shows that source's date beside such a headline.
    headline_relative_day: str = ""

    @property
    def text(self) -> str:
        """The summary as plain text: the points in order, one per line (a point's own line
        breaks and runs of spaces, kept in ``Point.text``, read as one space)."""
        return "\n".join(" ".join(point.text.split()) for point in self.points)

    @property
    def word_count(self) -> int:
        """Words in the summary, counted as the budget counts them."""
        return sum(count_words(point.text) for point in self.points)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dictionary (the ``json`` format without the encoding)."""
        from .render import briefing_to_dict

        return briefing_to_dict(self)

    def to_html(self, template: str | None = None) -> str:
        """The self-contained HTML briefing."""
        from .render import render

        return render(self, "html", template=template)

    def to_markdown(self, template: str | None = None) -> str:
        """The Markdown briefing."""
        from .render import render

        return render(self, "md", template=template)
