"""The cluster's sidebar pass: cleaned ``Document``s -> the same with off-topic sections removed.

A section of an article (the paragraphs after a subhead, a sidebar list or an embed) whose words
the other articles of the cluster hardly share is an off-topic box or a news-digest item:
``remove_off_topic`` adds it to the article's ``removed`` spans as ``sidebar``. The comparison is
a TF-IDF cosine over the cluster, computed against the other documents' centroid (never an
n-by-n matrix); see ``summarizer.clean.clean_cluster``.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import get_lexicon, read_lines
from .noise import merge_removals, span_removal
from .text import kept_spans
from .types import Document

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np

__all__ = ["MAX_SIDEBAR_SHARE", "MIN_CLUSTER_DOCUMENTS", "SIDEBAR_FRACTION", "remove_off_topic"]

# A section is a sidebar when its similarity to the other articles is below this share of the
# article body's. Measured on DUC 2006/2007 (25-document clusters): news-digest items, credit
# blocks and boxes on other subjects score 0.04-0.30; genuine on-topic feature sections score
# from about 0.29 up (two supplement sections of an arthritis feature sit at 0.26 and 0.29), and
# the seed's sidebar about another person at the same summit scores 0.26.
SIDEBAR_FRACTION = 0.30
# At most this share of an article's kept words is removed as sidebar: a section that large is
# more likely a second strand of the story than a box, and the article must keep its substance.
MAX_SIDEBAR_SHARE = 0.30
# Fewer documents give no "rest of the cluster" to compare a section with.
MIN_CLUSTER_DOCUMENTS = 3
# Removal reasons that open a section: a heading, a list of other headlines, an embedded post.
_SECTION_MARKERS = frozenset({"subhead", "sidebar", "embed"})
# Function words and news fillers: they say nothing about the subject of a section.
_STOP_WORDS = get_lexicon("en").stop_words | frozenset(read_lines("en", "news_fillers.txt"))
_TERM_RE = re.compile(r"[a-z][a-z'’-]*[a-z]")


@lru_cache(maxsize=1 << 17)  # a cluster's vocabulary; each word is reduced once per process
def _term(word: str) -> str | None:
    """The term of one lower-case word: possessive and plural -s stripped; None for a stop word."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) < 3 or word in _STOP_WORDS:
        return None
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


def _terms(text: str) -> Counter[str]:
    """Content-word counts: lower case, no stop words, possessive and plural -s stripped."""
    counts: Counter[str] = Counter()
    # Each distinct word is looked at once (a text repeats most of its words).
    get = counts.get
    words = Counter(_TERM_RE.findall(text.lower()))
    for term, count in zip(map(_term, words), words.values()):
        if term is not None:
            counts[term] = get(term, 0) + count
    return counts


def _unit(counts: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    """The TF-IDF vector of ``counts``, scaled to length 1 (empty when all weights are 0)."""
    weighted = {w: c * idf.get(w, 0.0) for w, c in counts.items()}
    norm = math.sqrt(sum(x * x for x in weighted.values()))
    return {w: x / norm for w, x in weighted.items() if x} if norm else {}


# ``str.translate`` table for ASCII text: the characters of ``_TERM_RE`` kept, capitals in lower
# case (what ``str.lower`` does to ASCII, without a pass of its own), every other one a space.
# After it, the whitespace tokens of a text are the runs ``_TERM_RE`` searches in its lower case,
# so ``str.split`` (C) finds the words; each token is its word once ``'-`` are stripped from its
# ends (when two letters remain). Text with other characters takes the regex: translating it
# goes through a dictionary lookup per character, slower than the search.
_TERM_CHARS = {
    code: chr(code).lower() if chr(code).lower() in "abcdefghijklmnopqrstuvwxyz'-" else " "
    for code in range(128)
}


class _TermIds(dict[str, int]):
    """token (or word) -> the id of its word's term, -1 for none; new terms get the next id."""

    __slots__ = ("ids",)

    def __init__(self) -> None:
        super().__init__()
        self.ids: dict[str, int] = {}  # term -> id, in order of first use

    def __missing__(self, token: str) -> int:
        word = token.strip("'’-")
        term = _term(word) if len(word) >= 2 else None
        found = self[token] = -1 if term is None else self.ids.setdefault(term, len(self.ids))
        return found


def _idf_and_total(texts: Sequence[str]) -> tuple[dict[str, float], dict[str, float]]:
    """IDF of every term over the texts (documents), and the sum of their unit TF-IDF vectors."""
    idf, total, _, _ = _vectors(texts)
    return idf, total


def _vectors(
    texts: Sequence[str],
) -> tuple[
    dict[str, float],
    dict[str, float],
    Callable[[int], dict[str, float]],
    Callable[[str], Counter[str]],
]:
    """``_idf_and_total(texts)``, a function: k -> the unit TF-IDF vector of ``texts[k]``, and
    one: a part of one of ``texts`` (a section) -> ``_terms`` of it.

    The same numbers as ``_unit(_terms(text), idf)`` per document and a running sum, added in the
    same order (terms of a document in order of first use, documents in order), but counted with
    numpy over every word at once: a Counter and a loop per document were most of the cluster
    pass on a large cluster. A document's own vector is read from the same arrays, and a
    section's counts from the tokens already met (``_TermIds``), without a regex scan of its
    lower case nor a reduction of its words.
    """
    import numpy as np

    lookup = _TermIds()
    token_ids = lookup.__getitem__
    ids: list[int] = []
    ends: list[int] = []
    # A copy of an earlier text (an article twice in a cluster) has its original's ids: read once.
    read: dict[str, int] = {}  # text -> its number in ``texts``
    for number, text in enumerate(texts):
        original = read.setdefault(text, number)
        if original != number:
            ids.extend(ids[ends[original - 1] if original else 0 : ends[original]])
            ends.append(len(ids))
            continue
        # All in C for a known token: translate, split, the dict's own lookup.
        if text.isascii():
            tokens = text.translate(_TERM_CHARS).split()
        else:
            tokens = _TERM_RE.findall(text.lower())
        ids.extend(map(token_ids, tokens))
        ends.append(len(ids))
    names = list(lookup.ids)

    def counts(text: str) -> Counter[str]:
        # As ``_terms``: a token's word is the regex's (see ``_TERM_CHARS``), and a Counter of
        # the ids keeps them in order of first use. A section's tokens are its document's, met
        # above; a new one (a text of no document) adds its term to the names first.
        if text.isascii():
            tokens = text.translate(_TERM_CHARS).split()
        else:
            tokens = _TERM_RE.findall(text.lower())
        found = Counter(map(token_ids, tokens))
        if len(lookup.ids) > len(names):
            names[len(names) :] = list(lookup.ids)[len(names) :]
        return Counter({names[term]: count for term, count in found.items() if term >= 0})

    if not names:
        return {}, {}, lambda k: {}, counts
    size, width = len(texts), len(names)
    # 32-bit ids (fewer than 2**31 terms and documents); the (document, term) codes need 64.
    # fromiter: a third faster than np.array on a list of ints (no scan for shape and type).
    word_of = np.fromiter(ids, dtype=np.int32, count=len(ids))
    del ids
    content = word_of >= 0  # not a stop word
    owner_of = np.repeat(np.arange(size, dtype=np.int32), np.diff(ends, prepend=0))[content]
    pair_codes = owner_of.astype(np.int64) * width + word_of[content]
    del word_of, content, owner_of
    # (document, term) pairs with their counts, documents in order and, within one, terms in
    # order of first use: the order in which the per-document code added them up.
    codes, tf = _first_use_counts(pair_codes)
    del pair_codes
    owner, words = np.divmod(codes, width)
    frequency = np.bincount(words, minlength=width)
    # math.log, not numpy's: the same last bit as the per-document code on every machine.
    idf_values = [math.log(size / int(df)) for df in frequency.tolist()]
    weights = tf.astype(np.float64) * np.asarray(idf_values)[words]
    norms = np.sqrt(np.bincount(owner, weights * weights, minlength=size))
    scale = np.where(norms[owner] > 0, norms[owner], 1.0)
    unit = weights / scale
    total = np.bincount(words, unit, minlength=width)
    # The pairs of document k are those from bounds[k] to bounds[k + 1] (``owner`` is sorted).
    bounds = np.searchsorted(owner, np.arange(size + 1)).tolist()

    def own(k: int) -> dict[str, float]:
        # As ``_unit``: the terms of non-zero weight, in order of first use.
        start, end = bounds[k], bounds[k + 1]
        kept = np.flatnonzero(weights[start:end]) + start
        return dict(zip([names[w] for w in words[kept].tolist()], unit[kept].tolist()))

    return dict(zip(names, idf_values)), dict(zip(names, total.tolist())), own, counts


def _first_use_counts(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct non-negative ``codes`` in order of first occurrence, and how often each occurs.

    What ``np.unique(codes, return_index=True, return_counts=True)`` ordered by the first
    indices gives, with one sort of each code joined to its position (``code * n + position``:
    equal codes in order of position, the first of each ahead), which numpy's default sort does in
    a fraction of the stable sort that ``return_index`` asks for (45 ms of 70 on the 667,047
    pairs of ``benchmarks/speed.py large``); the positions are distinct, so ordering by them needs
    no stable sort either. ``np.unique`` where the joined key would not fit in 64 bits.
    """
    import numpy as np

    n = len(codes)
    if n == 0 or (int(codes.max()) + 1) * n >= 1 << 63:
        distinct, first, counts = np.unique(codes, return_index=True, return_counts=True)
        order = np.argsort(first, kind="stable")
        return distinct[order], counts[order]
    keyed = np.sort(codes.astype(np.int64) * n + np.arange(n, dtype=np.int64))
    ordered = keyed // n
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    counts = np.diff(np.append(starts, n))
    order = np.argsort(keyed[starts] % n)
    return ordered[starts][order], counts[order]


def _dot(vector: dict[str, float], other: _OthersCentroid | dict[str, float]) -> float:
    """Dot product of two sparse vectors."""
    return sum(x * other.get(w, 0.0) for w, x in vector.items())


def _sections(document: Document) -> list[list[tuple[int, int]]]:
    """Kept spans grouped into sections: the body, then one group per section marker.

    A subhead always opens a new section; a sidebar list or an embed opens one only in the body,
    so a tweet inside a boxed section does not split it.
    """
    markers = sorted(r.start for r in document.removed if r.reason == "subhead")
    openers = sorted(
        r.start for r in document.removed if r.reason in _SECTION_MARKERS - {"subhead"}
    )
    sections: list[list[tuple[int, int]]] = [[]]
    in_section = False
    marks = sorted([(m, True) for m in markers] + [(m, False) for m in openers])
    position = 0
    for start, end in kept_spans(document):
        while position < len(marks) and marks[position][0] < start:
            is_subhead = marks[position][1]
            if is_subhead or not in_section:
                sections.append([])
                in_section = True
            position += 1
        sections[-1].append((start, end))
    return sections


def _span_text(document: Document, spans: Sequence[tuple[int, int]]) -> str:
    """The text of ``spans``, one paragraph each."""
    return "\n\n".join(document.text[s:e] for s, e in spans)


class _OthersCentroid:
    """The (unscaled) centroid of the other documents, read lazily as total minus the own vector.

    Building it as a dict per document would cost the whole cluster vocabulary each time, which
    is quadratic in the cluster; a lookup costs only the words actually compared.
    """

    __slots__ = ("_own", "_total")

    def __init__(self, total: dict[str, float], own: dict[str, float]) -> None:
        self._total = total
        self._own = own

    def get(self, word: str, default: float = 0.0) -> float:
        if word not in self._total:
            return default
        return self._total[word] - self._own.get(word, 0.0)


def _off_topic_sections(
    document: Document,
    centroid: _OthersCentroid | dict[str, float],
    idf: dict[str, float],
    terms: Callable[[str], Counter[str]] = _terms,
) -> list[list[tuple[int, int]]]:
    """The sections of ``document`` (never the first) far less similar to ``centroid``; each
    section's term counts are ``terms`` of its text (``_terms``, or the cluster's ``_vectors``)."""
    sections = _sections(document)
    if len(sections) < 2 or not sections[0]:
        return []
    body = _dot(_unit(terms(_span_text(document, sections[0])), idf), centroid)
    if body <= 0.0:
        return []
    candidates: list[tuple[float, int, list[tuple[int, int]]]] = []
    for number, spans in enumerate(sections[1:], start=1):
        if not spans:
            continue
        similarity = _dot(_unit(terms(_span_text(document, spans)), idf), centroid)
        ratio = similarity / body
        if ratio < SIDEBAR_FRACTION:
            candidates.append((ratio, number, spans))
    chosen: list[list[tuple[int, int]]] = []
    if not candidates:
        return chosen  # most articles: no section to weigh against the cap
    total_words = sum(len(document.text[s:e].split()) for s, e in kept_spans(document))
    removed_words = 0
    # The least similar first, so that the cap keeps the sections closest to the topic.
    for _ratio, _number, spans in sorted(candidates, key=lambda c: (c[0], c[1])):
        words = sum(len(document.text[s:e].split()) for s, e in spans)
        if removed_words + words <= MAX_SIDEBAR_SHARE * total_words:
            chosen.append(spans)
            removed_words += words
    return chosen


def _has_sections(document: Document) -> bool:
    """Whether a removal of ``document`` may open a section (a subhead, a sidebar or an embed)."""
    return any(r.reason in _SECTION_MARKERS for r in document.removed)


def remove_off_topic(cleaned: tuple[Document, ...]) -> tuple[Document, ...]:
    """Add the off-topic sections of every cleaned document to its ``removed`` spans."""
    if len(cleaned) < MIN_CLUSTER_DOCUMENTS:
        return cleaned
    if not any(_has_sections(d) for d in cleaned):
        # No article has a second section (most clusters of wire copy): nothing to compare, and
        # the cluster's term vectors need not be counted.
        return cleaned
    texts = [_span_text(d, kept_spans(d)) for d in cleaned]
    idf, total, own, counts = _vectors(texts)
    result: list[Document] = []
    for number, document in enumerate(cleaned):
        if not _has_sections(document):
            result.append(document)  # one section: nothing to compare
            continue
        # The centroid of the other documents (unscaled: only ratios of dot products are used).
        others = _OthersCentroid(total, own(number))
        sections = _off_topic_sections(document, others, idf, counts)
        if not sections:
            result.append(document)
            continue
        extra = [
            span_removal(document.text, s, e, "sidebar") for spans in sections for s, e in spans
        ]
        result.append(
            dataclasses.replace(document, removed=merge_removals(document.removed, extra))
        )
    return tuple(result)
