"""Evaluate the summariser against reference summaries: a JSONL dataset in, a ROUGE table out.

``DATASET.jsonl`` (one cluster a line: ``documents``, ``references``, optional ``peers`` and
``query``, see ``benchmarks/README.md``) -> our summary of every cluster -> ROUGE-1, ROUGE-2 and
ROUGE-L recall and F1 of ours and of every peer system, scored with the ROUGE-1.5.5 conventions
(``-n 2 -m -l N -f A``) -> readability statistics of our summaries -> ``Evaluation`` ->
``format_table``.

Scoring conventions (the ones NIST and Hong et al. 2014 report, so our numbers stand beside theirs):

- every summary *and* every reference is cut to its first ``max_words`` whitespace tokens;
- tokens are those of ``rouge-score`` (lower-cased alphanumeric runs), Porter-stemmed, stop words
  kept;
- recall and F1 are averaged over the references of a cluster, then over the clusters;
- peers are scored exactly like ours.

The n-gram and LCS counts are computed here (bit-parallel LCS, each text tokenised once), which is
many times faster than calling ``RougeScorer.score`` for every pair and gives the very same
numbers: ``tests/test_evaluate.py`` checks them against ``RougeScorer`` pair by pair.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import io
import json
import os
import re
import stat
import sys
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TypeVar

from .errors import ConfigError, InputError, ResourceError, SummarizerError, install_hint
from .lexicon import read_lines, speech_verb_pattern
from .params import PARAMETERS, shows_progress
from .records import json_lines, query_problem, query_text, read_documents, replace_surrogates
from .types import Briefing, Document, Point, count_words

__all__ = [
    "ClusterScore",
    "ClusterSummary",
    "Evaluation",
    "Readability",
    "Rouge",
    "SummarizeFn",
    "SystemScores",
    "add_arguments",
    "dangling_flags",
    "evaluate",
    "format_table",
    "is_unattributed_quote",
    "run",
]

#: What a summarise callable may return: the sentences, the points, or the whole briefing. Only
#: points and briefings carry citations (for the sources-per-point statistic) and offsets.
SummaryLike = Sequence[str] | Sequence[Point] | Briefing

#: ``summarize(documents, query_or_None, max_words) -> summary``.
SummarizeFn = Callable[[Sequence[Document], str | None, int], SummaryLike]

# DUC 2004 task 2's budget: the generic multi-document setting we are built for.
DEFAULT_MAX_WORDS = 100

# The name of our row in every table; NIST peers are numbered and Hong et al.'s are named, so this
# cannot collide with a peer.
OURS = "ours"

ROUGE_EXTRA_MESSAGE = f"ROUGE scoring needs the 'eval' extra: {install_hint('eval')}"

# Opening words that point back to something the reader must already know (data files of the
# English lexicon's folder). Pronouns (and demonstratives) need an antecedent; connectives need the
# sentence they connect to; a connective of several words is matched on the lower-cased opening.
DANGLING_PRONOUNS = frozenset(read_lines("en", "dangling_pronouns.txt"))
_CONNECTIVES = read_lines("en", "dangling_connectives.txt")
DANGLING_CONNECTIVES = frozenset(c for c in _CONNECTIVES if " " not in c)
DANGLING_PHRASES = tuple(c for c in _CONNECTIVES if " " in c)

# A point counts as a quote when more than this share of its characters lies inside quotation
# marks: a sentence that merely quotes a phrase is still the writer's own statement.
QUOTE_SHARE = 0.5

# Verbs and phrases that attribute a quote to a speaker; a quote carrying one is attributed.
# The English lexicon's list, the one score's eligibility reads ("according" for "according to").
SPEECH_VERBS = speech_verb_pattern("en")
_QUOTE_MARK = re.compile(r"``|''|[\"\u201c\u201d]")
_OPENING_QUOTES = frozenset(("``", '"', "\u201c"))
_CLOSING_QUOTES = frozenset(("''", '"', "\u201d"))
# A contraction's tail: "It's", "They're", "That'll" open with the pronoun.
_CONTRACTION = re.compile(r"['\u2019](?:s|re|ll|d|ve|m)$")
# Characters stripped before reading a point's first word (quotes, brackets, dashes).
_LEADING_JUNK = "\"'`\u201c\u201d\u2018\u2019([{-\u2013\u2014 \t\n"

# The progress bar's width in characters: fits an 80-column terminal with the counters.
PROGRESS_WIDTH = 30


# --------------------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Rouge:
    """ROUGE-1, ROUGE-2 and ROUGE-L recall and F1, in percent."""

    rouge1_recall: float
    rouge2_recall: float
    rouge_l_recall: float
    rouge1_f1: float
    rouge2_f1: float
    rouge_l_f1: float


@dataclass(frozen=True, slots=True)
class ClusterScore:
    """One system's scores on one cluster (averaged over that cluster's references)."""

    cluster: str
    rouge: Rouge


@dataclass(frozen=True, slots=True)
class SystemScores:
    """One row of the table: a system's scores averaged over clusters, and per cluster."""

    system: str
    rouge: Rouge
    clusters: tuple[ClusterScore, ...]

    @property
    def n_clusters(self) -> int:
        """Clusters this system was scored on."""
        return len(self.clusters)


@dataclass(frozen=True, slots=True)
class ClusterSummary:
    """Our summary of one cluster, what the readability checks found in it, and its time."""

    cluster: str
    points: tuple[str, ...]
    words: int
    dangling: tuple[bool, ...]
    unattributed_quotes: tuple[bool, ...]
    citations: tuple[int, ...] | None
    seconds: float


@dataclass(frozen=True, slots=True)
class Readability:
    """Readability statistics of our summaries (shares are fractions in [0, 1]).

    ``dangling`` and ``unattributed_quotes`` are shares of all points; ``mean_citations`` (sources
    cited per point) and ``multi_source`` (share of points cited by two or more sources) are
    ``None`` when the summariser returned plain sentences.
    """

    summaries: int
    points: int
    mean_points: float
    mean_words: float
    over_budget: int
    dangling: float
    unattributed_quotes: float
    mean_citations: float | None
    multi_source: float | None


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The result of ``evaluate``: every system's ROUGE, our readability, and the run time.

    ``rows`` holds ours (named ``"ours"``) and every peer, best ROUGE-2 recall first. ``seconds``
    is the whole run; ``summarize_seconds`` the part spent in our summariser, and
    ``seconds_per_cluster`` that part per cluster.
    """

    dataset: str
    path: str
    n_clusters: int
    max_words: int
    use_query: bool
    rows: tuple[SystemScores, ...]
    readability: Readability
    summaries: tuple[ClusterSummary, ...]
    seconds: float
    summarize_seconds: float
    scoring_seconds: float
    since_background: bool = False

    @property
    def seconds_per_cluster(self) -> float:
        """Seconds our summariser took per cluster."""
        return self.summarize_seconds / self.n_clusters if self.n_clusters else 0.0

    @property
    def ours(self) -> SystemScores:
        """Our row."""
        return self.row(OURS)

    def row(self, system: str) -> SystemScores:
        """The row of ``system`` (``"ours"`` or a peer id).

        Raises
        ------
        ConfigError
            When no system of that name was scored.
        """
        for row in self.rows:
            if row.system == system:
                return row
        names = ", ".join(row.system for row in self.rows)
        raise ConfigError(f"no system {system!r} in this evaluation; choose one of: {names}")

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dictionary of everything, with the derived timing included."""
        data = dataclasses.asdict(self)
        data["seconds_per_cluster"] = self.seconds_per_cluster
        return data


@dataclass(frozen=True, slots=True)
class _Cluster:
    """One dataset record, validated."""

    id: str
    documents: tuple[Document, ...]
    references: tuple[str, ...]
    peers: tuple[tuple[str, str], ...]
    query: str | None
    background: tuple[Document, ...] = ()
    #: Why ``query`` is None, for --query's error: 'no "query"', 'an empty "query"'.
    no_query: str = ""


@dataclass(frozen=True, slots=True)
class _Located:
    """A summary point with where it sits in the cluster (``doc_id`` None when not found)."""

    text: str
    doc_id: str | None
    start: int
    end: int
    citations: tuple[str, ...] | None


# --------------------------------------------------------------------------------------- dataset


def _read_dataset(path: Path, limit: int | None) -> tuple[_Cluster, ...]:
    """Read and validate the JSONL records (the first ``limit`` of them)."""
    if not path.is_file():
        raise InputError(
            f"dataset {str(path)!r} is not a file; give the path of a JSON Lines dataset such as "
            "../shared/benchmarks/duc2004_dev.jsonl"
        )
    clusters: list[_Cluster] = []
    try:
        with path.open("rb") as handle:
            for number, record, error in json_lines(handle, f"{path}: "):
                if error is not None:
                    raise InputError(error)
                clusters.append(_parse_record(record, f"{path}: line {number}"))
                if limit is not None and len(clusters) >= limit:
                    break
    except OSError as exc:
        raise InputError(
            f"cannot read dataset {str(path)!r}: {exc.strerror}; give a UTF-8 .jsonl file"
        ) from None
    if not clusters:
        raise InputError(f"dataset {str(path)!r} holds no cluster records; give a non-empty .jsonl")
    return tuple(clusters)


def _parse_record(record: object, where: str) -> _Cluster:
    """Turn one JSON record into a ``_Cluster``, naming the record in every error."""
    if not isinstance(record, dict):
        raise InputError(f"{where} is a {type(record).__name__}, not a JSON object; see SOURCES.md")
    for key in ("id", "documents", "references"):
        if key not in record:
            raise InputError(
                f"{where} has no {key!r} field; every record needs id, documents, references"
            )
    # A "\ud800" escape is a lone surrogate once parsed, which the --json and --per-cluster
    # writers refuse: U+FFFD, as in a document's fields (records.replace_surrogates).
    cluster_id = replace_surrogates(str(record["id"]))
    where = f"{where} (cluster {cluster_id})"
    documents = tuple(read_documents(record["documents"], where, _default_id("doc")))
    background = tuple(
        read_documents(record["background"], f"{where}, background", _default_id("background"))
        if record.get("background")
        else ()
    )
    references = _references(record["references"], where)
    peers = _peers(record.get("peers") or {}, where)
    if not references:
        raise InputError(f"{where} has no references")
    query = query_text(record.get("query"))
    no_query = query_problem(record.get("query")) if query is None else ""
    return _Cluster(cluster_id, documents, references, peers, query, background, no_query)


def _references(value: object, where: str) -> tuple[str, ...]:
    """The texts of a record's human summaries: a list of ``{"text": ...}`` objects."""
    if not isinstance(value, list):
        raise InputError(
            f'{where} is malformed: "references" must be a list of {{"text": ...}} objects; got '
            f"{type(value).__name__}"
        )
    for number, reference in enumerate(value, start=1):
        if not isinstance(reference, Mapping) or not isinstance(reference.get("text"), str):
            got = type(reference.get("text") if isinstance(reference, Mapping) else reference)
            raise InputError(
                f'{where} is malformed: reference {number} must be an object with a "text" '
                f"string (a human summary); got {got.__name__}"
            )
    return tuple(reference["text"] for reference in value)


def _peers(value: object, where: str) -> tuple[tuple[str, str], ...]:
    """The published systems' summaries of a record: an object mapping a system id to its text."""
    if not isinstance(value, Mapping):
        raise InputError(
            f'{where} is malformed: "peers" must map a system id to its summary; got '
            f"{type(value).__name__}"
        )
    for system, summary in value.items():
        if not isinstance(summary, str):
            raise InputError(
                f"{where} is malformed: the summary of peer {system!r} must be a string; got "
                f"{type(summary).__name__}"
            )
    return tuple(
        (replace_surrogates(str(system)), replace_surrogates(summary))
        for system, summary in value.items()
    )


def _default_id(prefix: str) -> Callable[[int], str]:
    """Ids for documents that give none: ``doc1``, ``doc2`` ... as ``as_documents`` names them."""
    return lambda number: f"{prefix}{number}"


# --------------------------------------------------------------------------------------- scoring


def cut_words(text: str, max_words: int) -> str:
    """The first ``max_words`` whitespace tokens of ``text``, as ROUGE-1.5.5's ``-l`` cuts."""
    return " ".join(text.split()[:max_words])


class _Tokens:
    """A text's rouge-score tokens, unigram and bigram counts, and LCS bit masks."""

    __slots__ = ("bigrams", "masks", "tokens", "unigrams")

    def __init__(self, tokens: Sequence[str]) -> None:
        self.tokens = tuple(tokens)
        self.unigrams = Counter(self.tokens)
        self.bigrams = Counter(zip(self.tokens, self.tokens[1:]))
        masks: dict[str, int] = {}
        for i, token in enumerate(self.tokens):
            masks[token] = masks.get(token, 0) | (1 << i)
        self.masks = masks


class _Scorer:
    """ROUGE-1/2/L as rouge-score's ``RougeScorer(use_stemmer=True)``, tokenising once a text."""

    def __init__(self) -> None:
        try:
            from rouge_score import tokenizers
        except ImportError as exc:
            raise ResourceError(ROUGE_EXTRA_MESSAGE) from exc
        self._tokenizer = tokenizers.DefaultTokenizer(use_stemmer=True)
        self._cache: dict[str, _Tokens] = {}

    def tokens(self, text: str) -> _Tokens:
        """The (cached) tokens of an already cut text."""
        found = self._cache.get(text)
        if found is None:
            found = _Tokens(self._tokenizer.tokenize(text))
            self._cache[text] = found
        return found

    def cluster(self, summary: str, references: Sequence[str], max_words: int) -> Rouge:
        """Scores of one summary, each side cut to ``max_words``, averaged over the references."""
        prediction = self.tokens(cut_words(summary, max_words))
        totals = [0.0] * 6
        for reference in references:
            values = _score_pair(self.tokens(cut_words(reference, max_words)), prediction)
            totals = [total + value for total, value in zip(totals, values)]
        return Rouge(*(100.0 * total / len(references) for total in totals))


def _clusters(n: int) -> str:
    """ "1 cluster", "25 clusters": how the table counts them."""
    return f"{n} cluster" if n == 1 else f"{n} clusters"


def _fmeasure(precision: float, recall: float) -> float:
    """rouge-score's F1 (same expression, so the same floating-point result)."""
    if precision + recall > 0:
        return 2 * precision * recall / (precision + recall)
    return 0.0


_Gram = TypeVar("_Gram")


def _ngram_scores(target: Counter[_Gram], prediction: Counter[_Gram]) -> tuple[float, float]:
    """Recall and F1 of n-gram counts, as rouge-score's ``_score_ngrams``."""
    overlap = 0
    for ngram, count in target.items():
        overlap += min(count, prediction[ngram])
    precision = overlap / max(sum(prediction.values()), 1)
    recall = overlap / max(sum(target.values()), 1)
    return recall, _fmeasure(precision, recall)


def _lcs_length(target: _Tokens, prediction: Sequence[str]) -> int:
    """Length of the longest common subsequence, bit-parallel (Hyyro 2004): O(n) big-int steps."""
    size = len(target.tokens)
    full = (1 << size) - 1
    row = full
    for token in prediction:
        match = row & target.masks.get(token, 0)
        row = ((row + match) | (row - match)) & full
    return size - row.bit_count()


def _score_pair(target: _Tokens, prediction: _Tokens) -> tuple[float, ...]:
    """(R-1, R-2, R-L recall, R-1, R-2, R-L F1) of one prediction against one reference."""
    r1, f1 = _ngram_scores(target.unigrams, prediction.unigrams)
    r2, f2 = _ngram_scores(target.bigrams, prediction.bigrams)
    if not target.tokens or not prediction.tokens:
        rl = fl = 0.0
    else:
        lcs = _lcs_length(target, prediction.tokens)
        rl = lcs / len(target.tokens)
        fl = _fmeasure(lcs / len(prediction.tokens), rl)
    return (r1, r2, rl, f1, f2, fl)


def _mean_rouge(scores: Sequence[Rouge]) -> Rouge:
    """Field-wise mean over clusters."""
    fields = [f.name for f in dataclasses.fields(Rouge)]
    return Rouge(*(sum(getattr(s, name) for s in scores) / len(scores) for name in fields))


# ----------------------------------------------------------------------------------- readability


def _locate(
    summary: SummaryLike, documents: Sequence[Document]
) -> tuple[tuple[_Located, ...], bool]:
    """Our summary as located points, and whether it carried citations."""
    if isinstance(summary, Briefing):
        items: Sequence[object] = summary.points
    elif isinstance(summary, str):
        raise ConfigError(
            "the summarize callable returned a str; return the summary's sentences as a sequence "
            "of str (or the Briefing)"
        )
    else:
        items = summary
    texts = {doc.id: doc.text for doc in documents}
    located: list[_Located] = []
    cited = bool(items)
    for item in items:
        if isinstance(item, Point):
            text = texts.get(item.doc_id)
            if text is not None and text[item.start : item.end] == item.text:
                located.append(
                    _Located(item.text, item.doc_id, item.start, item.end, item.citations)
                )
                continue
            found = _find(item.text, documents)
            located.append(dataclasses.replace(found, citations=item.citations))
        elif isinstance(item, str):
            cited = False
            located.append(_find(item, documents))
        else:
            raise ConfigError(
                f"the summarize callable returned a {type(item).__name__} among the sentences; "
                "return str sentences, Points or a Briefing"
            )
    return tuple(located), cited


def _find(text: str, documents: Sequence[Document]) -> _Located:
    """Find a sentence verbatim in the documents (the first one holding it)."""
    stripped = text.strip()
    for doc in documents:
        start = doc.text.find(stripped) if stripped else -1
        if start >= 0:
            return _Located(text, doc.id, start, start + len(stripped), None)
    return _Located(text, None, -1, -1, None)


def _opening(text: str) -> tuple[str, str]:
    """The first word (lower-cased, bare, without a contraction's tail) and a point's opening."""
    opening = text.lstrip(_LEADING_JUNK).lower()
    first = opening.split(maxsplit=1)[0] if opening.split() else ""
    return _CONTRACTION.sub("", first.strip(".,;:!?\"'`\u201d\u2019)")), opening


def _follows(earlier: _Located, later: _Located, documents: dict[str | None, str]) -> bool:
    """Whether ``later`` is the sentence right after ``earlier`` in the same document."""
    if earlier.doc_id is None or earlier.doc_id != later.doc_id or later.start < earlier.end:
        return False
    between = documents.get(earlier.doc_id, "")[earlier.end : later.start]
    return not between.strip(" \t\r\n\"'`\u201d\u2019")


def dangling_flags(
    points: Sequence[str] | Sequence[Point] | Briefing, documents: Sequence[Document]
) -> tuple[bool, ...]:
    """Which points open with a reference whose antecedent is not in the summary.

    The rule, deliberately simple so that it can be stated in one breath:

    - A point opening with a pronoun or demonstrative (He, She, It, They, His, Her, Its, Their,
      This, These, That, Those, Such ...) dangles unless *some earlier point* of the summary is
      the sentence right before it in the same document (only whitespace or quote marks
      between the two spans).
    - A point opening with a connective (But, However, Also, And, Meanwhile, Still, Yet, So,
      Instead, Moreover, In addition, As a result ...) dangles unless *the point right before it*
      is that preceding sentence: a connective links to the sentence just read.
    - So the first point dangles whenever it opens with either. Any other opening never dangles.

    Points given as plain strings are located by searching the documents for them verbatim; a
    point found nowhere has no preceding sentence. The rule over-counts expletive "It" ("It was
    raining") and determiners ("That day"): read it as an upper bound.

    Parameters
    ----------
    points : sequence of str, sequence of Point, or Briefing
        The summary in reading order.
    documents : sequence of Document
        The cluster the summary was drawn from.

    Returns
    -------
    tuple of bool
        One flag per point, True when the point dangles.

    Examples
    --------
    >>> from summarizer.types import Document
    >>> doc = Document("The mayor of Lowport resigned. She cited her health.", id="a")
    >>> dangling_flags(["She cited her health."], [doc])
    (True,)
    >>> dangling_flags(["The mayor of Lowport resigned.", "She cited her health."], [doc])
    (False, False)
    """
    located, _ = _locate(points, documents)
    return _dangling(located, {doc.id: doc.text for doc in documents})


def _dangling(located: Sequence[_Located], texts: dict[str | None, str]) -> tuple[bool, ...]:
    """``dangling_flags`` on located points."""
    flags: list[bool] = []
    for i, point in enumerate(located):
        first, opening = _opening(point.text)
        if first in DANGLING_PRONOUNS:
            resolved = any(_follows(earlier, point, texts) for earlier in located[:i])
        elif first in DANGLING_CONNECTIVES or opening.startswith(DANGLING_PHRASES):
            resolved = i > 0 and _follows(located[i - 1], point, texts)
        else:
            resolved = True
        flags.append(not resolved)
    return tuple(flags)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks (straight, curly, or the wire's ``...''); an unclosed
    quote runs to the end of the text (quotes that continue into the next paragraph)."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for mark in _QUOTE_MARK.finditer(text):
        if start is None and mark.group() in _OPENING_QUOTES:
            start = mark.start()
        elif start is not None and mark.group() in _CLOSING_QUOTES:
            spans.append((start, mark.end()))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


def is_unattributed_quote(text: str) -> bool:
    """Whether a point is mostly a quotation and names no speaker.

    Mostly: more than half of its characters (``QUOTE_SHARE``) lie inside quotation marks
    (straight, curly, or the wire services' ````...''``; an unclosed quote runs to the end).
    Names no speaker: no speech verb or phrase (said, told, says, added, according to ...) outside
    its quotation marks.

    Parameters
    ----------
    text : str
        One point of a summary.

    Returns
    -------
    bool
        True for a quote a reader cannot attribute.

    Examples
    --------
    >>> is_unattributed_quote('"We will rebuild the bridge by spring."')
    True
    >>> is_unattributed_quote('"We will rebuild the bridge by spring," the mayor said.')
    False
    """
    body = text.strip()
    if not body:
        return False
    spans = _quoted_spans(body)
    quoted = sum(end - start for start, end in spans)
    if quoted / len(body) <= QUOTE_SHARE:
        return False
    # The speaker is named outside the quotation ("... in the United States" names no one).
    outside, position = [], 0
    for start, end in spans:
        outside.append(body[position:start])
        position = end
    outside.append(body[position:])
    return SPEECH_VERBS.search(" ".join(outside)) is None


def _readability(summaries: Sequence[ClusterSummary], max_words: int) -> Readability:
    """Aggregate the per-cluster readability findings."""
    points = sum(len(s.points) for s in summaries)
    n = len(summaries)
    cited = [c for s in summaries if s.citations is not None for c in s.citations]
    with_citations = all(s.citations is not None for s in summaries) and bool(cited)
    return Readability(
        summaries=n,
        points=points,
        mean_points=points / n if n else 0.0,
        mean_words=sum(s.words for s in summaries) / n if n else 0.0,
        over_budget=sum(1 for s in summaries if s.words > max_words),
        dangling=sum(sum(s.dangling) for s in summaries) / points if points else 0.0,
        unattributed_quotes=(
            sum(sum(s.unattributed_quotes) for s in summaries) / points if points else 0.0
        ),
        mean_citations=sum(cited) / len(cited) if with_citations else None,
        multi_source=sum(1 for c in cited if c >= 2) / len(cited) if with_citations else None,
    )


# -------------------------------------------------------------------------------------- progress


class _Progress:
    """A one-line progress bar on stderr, redrawn in place; silent when disabled."""

    def __init__(self, label: str, total: int, enabled: bool) -> None:
        self._label = label
        self._total = total
        self._enabled = enabled
        self._start = time.perf_counter()

    def update(self, done: int, stage: str) -> None:
        """Redraw the bar with ``done`` of ``total`` finished."""
        if not self._enabled:
            return
        filled = PROGRESS_WIDTH * done // max(self._total, 1)
        bar = "#" * filled + "." * (PROGRESS_WIDTH - filled)
        elapsed = time.perf_counter() - self._start
        stream = sys.stderr
        stream.write(f"\r{self._label} [{bar}] {done}/{self._total} {stage} {elapsed:6.1f}s")
        stream.flush()

    def close(self) -> None:
        """End the bar's line."""
        if self._enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()


# ------------------------------------------------------------------------------------- evaluate


def _pipeline_summarize(
    documents: Sequence[Document],
    query: str | None,
    max_words: int,
    since: Sequence[Document] | None = None,
) -> Briefing:
    """The real pipeline: ``Summarizer(max_words=..., query=...).summarize(documents, since=...)``."""
    from .pipeline import Summarizer

    return Summarizer(max_words=max_words, query=query).summarize(documents, since=since)


def evaluate(
    dataset: str | os.PathLike[str],
    *,
    summarize: SummarizeFn | None = None,
    max_words: int = DEFAULT_MAX_WORDS,
    use_query: bool = False,
    progress: bool | None = None,
    limit: int | None = None,
    since_background: bool = False,
) -> Evaluation:
    """Summarise every cluster of a dataset and score it, and every peer, with ROUGE.

    Parameters
    ----------
    dataset : str or path
        A JSON Lines file, one cluster a line: ``{"id", "documents": [{"id", "text", "title"?,
        "source"?, "date"?}], "references": [{"text"}], "peers"?: {system: text}, "query"?:
        {"title", "narrative"}}`` (the format of ``shared/benchmarks``).
    summarize : callable, optional
        ``summarize(documents, query, max_words)`` returning the summary's sentences (``str``),
        its ``Point`` s, or the ``Briefing``; only points and briefings give the sources-per-point
        statistic. ``query`` is None unless ``use_query``. Default: the real pipeline,
        ``Summarizer(max_words=max_words, query=query).summarize(documents)``.
    max_words : int, default 100
        The budget given to the summariser, and the length every summary and reference is cut to
        before scoring (ROUGE-1.5.5 ``-l``).
    use_query : bool, default False
        Pass each cluster's query (``title + ". " + narrative``) to the summariser.
    progress : bool or None, default None
        Draw a progress bar on stderr; None draws it only when stderr is a terminal.
    limit : int, optional
        Evaluate only the first ``limit`` clusters.
    since_background : bool, default False
        The update task: summarise each cluster as what is new since its record's
        ``background`` articles (``summarize(documents, since=background)``). Needs the
        default pipeline (``summarize`` not given).

    Returns
    -------
    Evaluation
        Our row and every peer's, best ROUGE-2 recall first, with readability and timing.

    Raises
    ------
    ResourceError
        When ``rouge-score`` (the ``eval`` extra) is not installed.
    InputError
        When the dataset is missing, not JSON Lines, or a record lacks documents or references.
    ConfigError
        For a bad ``max_words`` or ``limit``, ``use_query`` on a dataset without queries, or a
        callable that returns something other than sentences, points or a briefing.

    Examples
    --------
    >>> lead = lambda docs, query, n: [docs[0].text.split(". ")[0] + "."]
    >>> result = evaluate("../shared/benchmarks/duc2004_dev.jsonl", summarize=lead,
    ...                   limit=2)  # doctest: +SKIP
    >>> print(format_table(result))  # doctest: +SKIP
    """
    started = time.perf_counter()
    PARAMETERS["max_words"].check(max_words, required=True)  # the budget scores are cut to
    if limit is not None:
        PARAMETERS["limit"].check(limit)
    scorer = _Scorer()  # fails fast, before any summarising, when the extra is missing
    path = Path(dataset)
    clusters = _read_dataset(path, limit)
    if use_query:
        missing = next((c for c in clusters if c.query is None), None)
        if missing is not None:
            raise ConfigError(
                f"use_query (--query) needs a query in every record, but cluster {missing.id} of "
                f"{str(path)!r} has {missing.no_query}; give it a query (a string, or "
                '{"title": ..., "narrative": ...}), or drop --query for this dataset'
            )
    summarize_fn = summarize if summarize is not None else _pipeline_summarize
    if since_background:
        if summarize is not None:
            raise ConfigError(
                "since_background (--since-background) runs the pipeline's own since=; "
                "drop the custom summarize callable or since_background"
            )
        if not any(c.background for c in clusters):
            raise ConfigError(
                f"since_background (--since-background) needs a 'background' list of earlier "
                f"articles in the records, but {str(path)!r} has none; drop the option"
            )
    bar = _Progress(
        f"evaluate {path.stem}",
        len(clusters),
        shows_progress("auto") if progress is None else progress,
    )

    summaries: list[ClusterSummary] = []
    ours: list[ClusterScore] = []
    peers: dict[str, list[ClusterScore]] = {}
    summarize_seconds = scoring_seconds = 0.0
    bar.update(0, "clusters")
    try:
        for done, cluster in enumerate(clusters, start=1):
            tick = time.perf_counter()
            output = _summarize_cluster(
                summarize_fn, cluster, use_query, max_words, since_background
            )
            tock = time.perf_counter()
            summaries.append(_summary_record(cluster, output, tock - tick))
            text = "\n".join(summaries[-1].points)
            rouge = scorer.cluster(text, cluster.references, max_words)
            ours.append(ClusterScore(cluster.id, rouge))
            for system, peer_text in cluster.peers:
                rouge = scorer.cluster(peer_text, cluster.references, max_words)
                peers.setdefault(system, []).append(ClusterScore(cluster.id, rouge))
            summarize_seconds += tock - tick
            scoring_seconds += time.perf_counter() - tock
            bar.update(done, "clusters")
    finally:
        bar.close()  # end the bar's line even when a cluster fails or Ctrl-C stops the run

    rows = [SystemScores(OURS, _mean_rouge([c.rouge for c in ours]), tuple(ours))]
    rows += [
        SystemScores(name, _mean_rouge([c.rouge for c in scores]), tuple(scores))
        for name, scores in peers.items()
    ]
    rows.sort(key=lambda row: (-row.rouge.rouge2_recall, row.system))
    return Evaluation(
        # A name's byte that is not UTF-8 is a lone surrogate (Python's file-system decoding),
        # which no UTF-8 writer takes (--json raised UnicodeEncodeError): U+FFFD, as load does.
        dataset=replace_surrogates(path.stem),
        path=replace_surrogates(str(path)),
        n_clusters=len(clusters),
        max_words=max_words,
        use_query=use_query,
        rows=tuple(rows),
        readability=_readability(summaries, max_words),
        summaries=tuple(summaries),
        seconds=time.perf_counter() - started,
        summarize_seconds=summarize_seconds,
        scoring_seconds=scoring_seconds,
        since_background=since_background,
    )


def _summarize_cluster(
    summarize_fn: SummarizeFn,
    cluster: _Cluster,
    use_query: bool,
    max_words: int,
    since_background: bool = False,
) -> SummaryLike:
    """Run the summariser on one cluster; its errors name the cluster they happened on."""
    query = cluster.query if use_query else None
    try:
        if since_background:
            return _pipeline_summarize(cluster.documents, query, max_words, cluster.background)
        return summarize_fn(cluster.documents, query, max_words)
    except SummarizerError as exc:
        raise type(exc)(f"cluster {cluster.id}: {exc}") from exc


def _summary_record(cluster: _Cluster, output: SummaryLike, seconds: float) -> ClusterSummary:
    """Locate our summary's points and run the readability checks on them."""
    located, cited = _locate(output, cluster.documents)
    texts = {doc.id: doc.text for doc in cluster.documents}
    return ClusterSummary(
        cluster=cluster.id,
        points=tuple(point.text for point in located),
        words=sum(count_words(point.text) for point in located),
        dangling=_dangling(located, texts),
        unattributed_quotes=tuple(is_unattributed_quote(point.text) for point in located),
        citations=(tuple(len(point.citations or ()) for point in located) if cited else None),
        seconds=seconds,
    )


# ---------------------------------------------------------------------------------------- table


def format_table(evaluation: Evaluation) -> str:
    """One plain-text table: our row beside every peer, best ROUGE-2 recall first.

    Readability statistics of our summaries and the run time follow the table.

    Parameters
    ----------
    evaluation : Evaluation
        What ``evaluate`` returned.

    Returns
    -------
    str
        The table, ending with a newline.
    """
    ev = evaluation
    task = "query-focused" if ev.use_query else "generic"
    if ev.since_background:
        task += ", new since each record's background"
    lines = [
        (
            f"ROUGE on {ev.dataset}: {_clusters(ev.n_clusters)}, {ev.max_words} words, {task} "
            "(recall and F1 in %, summaries and references cut to the budget, Porter stemming)"
        ),
        "",
        (
            f"{'rank':>4}  {'system':<12} {'R-1 R':>6} {'R-2 R':>6} {'R-L R':>6}  "
            f"{'R-1 F':>6} {'R-2 F':>6} {'R-L F':>6}"
        ),
    ]
    for rank, row in enumerate(ev.rows, start=1):
        r = row.rouge
        marker = "> " if row.system == OURS else "  "
        partial = "" if row.n_clusters == ev.n_clusters else f"  ({_clusters(row.n_clusters)})"
        lines.append(
            f"{rank:>4}{marker}{row.system:<12} {r.rouge1_recall:6.2f} {r.rouge2_recall:6.2f} "
            f"{r.rouge_l_recall:6.2f}  {r.rouge1_f1:6.2f} {r.rouge2_f1:6.2f} {r.rouge_l_f1:6.2f}"
            f"{partial}"
        )
    rd = ev.readability
    lines += [
        "",
        f"Readability of ours ({rd.points} points in {rd.summaries} summaries):",
        (
            f"  words per summary     {rd.mean_words:6.1f}  ({rd.over_budget} over the "
            f"{ev.max_words}-word budget)"
        ),
        f"  points per summary    {rd.mean_points:6.1f}",
        (
            f"  dangling openings     {100 * rd.dangling:5.1f}%  (pronoun or connective whose "
            "antecedent is not in the summary)"
        ),
        f"  unattributed quotes   {100 * rd.unattributed_quotes:5.1f}%",
    ]
    if rd.mean_citations is not None and rd.multi_source is not None:
        lines.append(
            f"  sources per point     {rd.mean_citations:6.2f}  ({100 * rd.multi_source:.1f}% of "
            "points cited by 2+ sources)"
        )
    else:
        lines.append("  sources per point        n/a  (the summariser returned plain sentences)")
    lines += [
        "",
        (
            f"Run time: {ev.seconds:.1f} s total; summariser {ev.summarize_seconds:.1f} s "
            f"({ev.seconds_per_cluster:.2f} s per cluster), scoring {ev.scoring_seconds:.1f} s"
        ),
    ]
    return "\n".join(lines) + "\n"


def _write_per_cluster(evaluation: Evaluation, stream: IO[str]) -> None:
    """Per-cluster scores of every system as CSV (percent)."""
    fields = [f.name for f in dataclasses.fields(Rouge)]
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(["cluster", "system", *fields])
    for row in evaluation.rows:
        for score in row.clusters:
            values = [f"{getattr(score.rouge, name):.4f}" for name in fields]
            writer.writerow([score.cluster, row.system, *values])


# ------------------------------------------------------------------------------------------ CLI


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``summarizer evaluate`` arguments to ``parser``.

    Parameters
    ----------
    parser : argparse.ArgumentParser
        The ``evaluate`` sub-command's parser.
    """
    parser.add_argument(
        "dataset",
        metavar="DATASET.jsonl",
        help="JSON Lines dataset: one cluster with documents and references a line (ROUGE "
        f"scoring needs: {install_hint('eval')})",
    )
    PARAMETERS["max_words"].add_argument(
        parser,
        default=DEFAULT_MAX_WORDS,
        help="summary budget, and the length summaries and references are cut to "
        f"before scoring (default {DEFAULT_MAX_WORDS})",
    )
    parser.add_argument(
        "--query",
        action="store_true",
        dest="query",
        help="give each cluster's query (title. narrative) to the summariser",
    )
    parser.add_argument(
        "--since-background",
        action="store_true",
        dest="since_background",
        help="update task: summarise what is new since each record's background articles",
    )
    parser.add_argument(
        "--per-cluster",
        metavar="FILE",
        dest="per_cluster",
        help="write every system's per-cluster scores to FILE as CSV",
    )
    parser.add_argument(
        "--json",
        metavar="FILE",
        dest="json",
        help="write the whole evaluation (scores, summaries, timing) as JSON",
    )
    PARAMETERS["limit"].add_argument(parser, help="evaluate only the first K clusters")


def run(args: argparse.Namespace) -> int:
    """Run ``summarizer evaluate``: print the table to stdout, write the requested files.

    Parameters
    ----------
    args : argparse.Namespace
        Parsed by a parser that ``add_arguments`` set up.

    Returns
    -------
    int
        The exit code, 0.

    Raises
    ------
    SummarizerError
        Any error of ``evaluate`` (the CLI reports it and exits 1); ConfigError when an output
        file cannot be written.
    """
    _check_outputs(args.dataset, {"--per-cluster": args.per_cluster, "--json": args.json})
    if sys.stdout is None and not (args.per_cluster or args.json):  # closed (>&-), before work
        raise ConfigError(
            "standard output is closed, so the table cannot be written there; redirect it to a "
            "file (> table.txt), or write the evaluation with --json FILE"
        )
    evaluation = evaluate(
        args.dataset,
        max_words=args.max_words,
        use_query=args.query,
        limit=args.limit,
        since_background=args.since_background,
    )
    if args.per_cluster:
        _write_file(
            args.per_cluster, "--per-cluster", lambda stream: _write_per_cluster(evaluation, stream)
        )
    if args.json:
        _write_file(
            args.json,
            "--json",
            lambda stream: stream.write(
                json.dumps(evaluation.to_dict(), indent=2, ensure_ascii=False) + "\n"
            ),
        )
    from .cli import escape_controls

    if sys.stdout is not None:  # closed: the files asked for hold the evaluation
        sys.stdout.write(escape_controls(format_table(evaluation)))  # ids come from the dataset
    return 0


def _check_outputs(dataset: str, outputs: Mapping[str, str | None]) -> None:
    """Refuse, before any work, an output file that is empty, the dataset, or named twice."""
    named: dict[str, str] = {}
    for flag, path in outputs.items():
        if path is None:
            continue
        if not path.strip():
            raise ConfigError(f"{flag} is empty; give a file name, or leave {flag} out")
        if os.path.isdir(path):
            raise ConfigError(f"cannot write {flag} {path!r}: it is a folder; give a file name")
        _check_writable(flag, path)
        if _same_file(path, dataset):
            raise ConfigError(
                f"refusing to write {flag} {path!r}: it is the dataset; choose another file"
            )
        for other, other_path in named.items():
            if os.path.realpath(other_path) == os.path.realpath(path) or _same_file(
                other_path, path
            ):
                raise ConfigError(
                    f"{other} and {flag} name the same file {path!r}; give each its own file"
                )
        named[flag] = path


def _check_writable(flag: str, path: str) -> None:
    """Refuse an output whose folder is missing, or that is a socket or a block device.

    A regular file (or nothing yet) is replaced atomically, a character device or a named pipe
    written in place (``cli.write_atomic``); anything else would be opened and overwritten.
    """
    parent = os.path.dirname(path) or "."
    if not os.path.isdir(parent):
        raise ConfigError(
            f"cannot write {flag} {path!r}: folder {parent!r} does not exist; create it or give "
            "a path in an existing folder"
        )
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:  # a file where a folder is expected, a symlink loop, no permission
        raise ConfigError(
            f"cannot write {flag} {path!r}: {exc.strerror or exc}; give a writable file name"
        ) from exc
    if not (stat.S_ISREG(mode) or stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        kind = (
            "a block device" if stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode) else None
        )
        raise ConfigError(
            f"refusing to write {flag} {path!r}: it is {kind or 'a special file'}, not a file; "
            "give a file name"
        )


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _write_file(path: str, flag: str, write: Callable[[IO[str]], object]) -> None:
    """Write an output file as the briefing's ``-o`` is written (``cli.write_atomic``).

    A file is replaced through a temporary file and a rename (an error or Ctrl-C leaves the old
    file whole), a character device or a named pipe written in place; OS errors become a
    ConfigError naming the flag.
    """
    from .cli import write_atomic

    content = io.StringIO(newline="")
    write(content)
    try:
        write_atomic(Path(path), content.getvalue(), option=flag)
    except SummarizerError as exc:  # a refusal of write_atomic: it names the file and the fix
        raise ConfigError(str(exc)) from exc
    except OSError as exc:  # cli's refusals are OSErrors too (a folder put there since the check)
        raise ConfigError(
            f"cannot write {flag} {path!r}: {exc.strerror or exc}; give a path in an existing, "
            "writable directory"
        ) from exc
