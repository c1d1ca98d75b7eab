"""Select stage: scored sentences -> the points of the briefing, each with its citations.

Maximal Marginal Relevance (Carbonell and Goldstein, 1998, "The use of MMR, diversity-based
reranking for reordering documents and producing summaries", SIGIR): repeatedly pick the sentence
that maximises ``lambda * relevance - (1 - lambda) * max similarity to what is already picked``,
here with ``lambda = 1 - diversity``, until the word or sentence budget is full. Similarities are
computed only against the picked set (one sparse product per pick), never as an n-by-n matrix, so
memory grows linearly with the cluster.

Extension, concept coverage (off by default; it pays for query-focused briefings): as in
Gillick and Favre's ICSI summariser (2009, "A scalable global model for summarization", ILP-NLP
workshop), the cluster's "concepts" are the terms (stemmed content unigrams and bigrams, the
columns of the TF-IDF matrix) that at least ``concept_min_docs`` documents use, each worth the
number of documents that use it. With ``coverage_weight > 0`` a sentence's gain adds the worth of
the concepts it would newly cover (scaled to [0, 1] by the best first pick), so a second sentence on
covered ground earns nothing for it. Covering a concept updates only the sentences holding it (one
sparse column product), so the loop stays linear in the matrix's non-zeros. ``length_power``
divides the gain by (length / median length) ** power: 0 values a sentence as a whole, 1 per word
(the knapsack density of a word budget).

Attribution: a pick cites its own document first, then every other document holding a sentence
whose TF-IDF cosine to it is at least ``citation_threshold``; such sentences are the same statement
and are never picked again.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from .errors import ConfigError
from .types import Citation, Pick, Scored, count_words

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np

__all__ = [
    "CITATION_THRESHOLD",
    "CONCEPT_MIN_DOCS",
    "DEFAULT_DIVERSITY",
    "QUERY_COVERAGE_WEIGHT",
    "QUERY_LENGTH_POWER",
    "select_mmr",
]

# MMR trade-off. 0.3 (lambda 0.7) keeps relevance first while a second sentence on the same fact
# loses to a new fact; Carbonell and Goldstein report lambda 0.7 as a good default for summaries.
DEFAULT_DIVERSITY = 0.3
# Cosine of stemmed uni+bigram TF-IDF vectors above which two sentences tell the same statement.
# Wire copy reused by two outlets scores 0.8-1.0; a close paraphrase of one fact 0.45-0.7; two
# different facts about the same people rarely pass 0.35.
CITATION_THRESHOLD = 0.45
# A term is a concept of the event when at least this many documents use it (ICSI's threshold):
# what one or two articles say is their own angle, not the event.
CONCEPT_MIN_DOCS = 3
# Settings for query-focused briefings (pass them to select_mmr when a query is given): concept
# coverage at the weight of relevance, gain per sqrt of relative length. Measured on DUC 2006 and
# DUC 2007 main (R-2 8.64 -> 9.70 and 10.94 -> 12.25); on generic DUC 2004 they cost 0.5 R-1, so
# generic briefings keep plain MMR (benchmarks/tune_notes.md).
QUERY_COVERAGE_WEIGHT = 1.0
QUERY_LENGTH_POWER = 0.5


def select_mmr(
    scored: Scored,
    *,
    max_words: int | None = None,
    max_sentences: int | None = None,
    diversity: float = DEFAULT_DIVERSITY,
    citation_threshold: float = CITATION_THRESHOLD,
    coverage_weight: float = 0.0,
    length_power: float = 0.0,
    concept_min_docs: int = CONCEPT_MIN_DOCS,
) -> tuple[Pick, ...]:
    """Pick sentences by MMR under the budget and attribute each to every source that carries it.

    Parameters
    ----------
    scored : Scored
        The score stage's output.
    max_words : int, optional
        Word budget (whitespace tokens); never exceeded. Sentences that no longer fit are passed
        over for shorter ones.
    max_sentences : int, optional
        Sentence budget.
    diversity : float
        In [0, 1]: 0 ranks by relevance alone, 1 by novelty alone.
    citation_threshold : float
        In (0, 1]: cosine at which a sentence of another source counts as the same statement.
    coverage_weight : float
        >= 0: weight of the concept-coverage gain beside relevance (0 is plain MMR).
    length_power : float
        Gain is divided by (length / median length) ** ``length_power``; in [0, 1] in practice.
    concept_min_docs : int
        >= 1: a term is a concept when this many documents use it (all documents when fewer).

    Returns
    -------
    tuple of Pick
        In the order picked (rank 0 first).

    Raises
    ------
    ConfigError
        A parameter is out of range.
    """
    import numpy as np

    if not 0.0 <= diversity <= 1.0 or math.isnan(diversity):
        raise ConfigError(f"diversity must be in [0, 1]; got {diversity}")
    if not 0.0 < citation_threshold <= 1.0:
        raise ConfigError(f"citation_threshold must be in (0, 1]; got {citation_threshold}")
    if not coverage_weight >= 0.0 or math.isinf(coverage_weight):
        raise ConfigError(f"coverage_weight must be a finite number >= 0; got {coverage_weight}")
    if not math.isfinite(length_power):
        raise ConfigError(f"length_power must be a finite number; got {length_power}")
    if concept_min_docs < 1:
        raise ConfigError(f"concept_min_docs must be >= 1; got {concept_min_docs}")
    sentences = scored.sentences
    n = len(sentences)
    if n == 0:
        return ()
    word_budget = math.inf if max_words is None else max_words
    sentence_budget = n if max_sentences is None else min(max_sentences, n)
    lam = 1.0 - diversity
    matrix = scored.matrix
    relevance = np.asarray(scored.relevance, dtype=np.float64)
    lengths = np.fromiter((count_words(s.text) for s in sentences), dtype=np.int64, count=n)
    available = (
        np.ones(n, dtype=bool) if scored.eligible is None else np.array(scored.eligible, dtype=bool)
    )
    doc_codes = _doc_codes(scored)
    max_similarity = np.zeros(n)
    # Relevance (and coverage) per unit of length: 1.0 for a sentence of median length.
    length_factor = (np.maximum(lengths, 1) / max(float(np.median(lengths)), 1.0)) ** length_power
    covering = coverage_weight > 0.0
    if covering:
        concepts = _Concepts(scored, doc_codes, concept_min_docs)
    picks: list[Pick] = []
    while len(picks) < sentence_budget:
        fits = available & (lengths <= word_budget)
        if not fits.any():
            break
        merit = lam * relevance + coverage_weight * concepts.gain() if covering else lam * relevance
        gain = merit / length_factor - (1.0 - lam) * max_similarity
        gain[~fits] = -np.inf
        best = int(np.argmax(gain))  # first maximum: ties go to the earlier sentence
        similarity = np.asarray((matrix @ matrix[best].T).toarray()).ravel()
        similarity[best] = 1.0
        np.maximum(max_similarity, similarity, out=max_similarity)
        same = similarity >= citation_threshold
        available &= ~same
        available[best] = False
        picks.append(
            Pick(
                sentence=sentences[best],
                score=float(gain[best]),
                rank=len(picks),
                citations=_citations(scored, best, similarity, same, doc_codes),
            )
        )
        word_budget -= int(lengths[best])
        if covering:
            concepts.cover(best)
    return tuple(picks)


class _Concepts:
    """Concept coverage: the worth of the not yet covered concepts of every sentence, kept current."""

    def __init__(self, scored: Scored, doc_codes: np.ndarray, min_docs: int) -> None:
        import numpy as np
        from scipy.sparse import csc_matrix, csr_matrix

        binary = csr_matrix(scored.matrix, dtype=np.float64, copy=True)
        binary.data[:] = 1.0
        n = binary.shape[0]
        n_docs = int(doc_codes.max()) + 1 if n else 0
        membership = csr_matrix((np.ones(n), (doc_codes, np.arange(n))), shape=(n_docs, n))
        doc_freq = np.asarray(((membership @ binary) > 0).sum(axis=0), dtype=np.float64).ravel()
        # Fewer documents than min_docs: a concept is what every document says.
        self.worth = np.where(doc_freq >= min(min_docs, n_docs), doc_freq, 0.0)
        self.rows = binary
        self.columns = csc_matrix(binary)
        self.open = np.asarray(binary @ self.worth, dtype=np.float64).ravel()
        # Scale so the best sentence's coverage is 1, like the best relevance.
        top = float(self.open.max()) if n else 0.0
        self.scale = top if top > 0 else 1.0

    def gain(self) -> np.ndarray:
        """Worth of each sentence's uncovered concepts, in [0, 1]."""
        return self.open / self.scale

    def cover(self, picked: int) -> None:
        """Mark the picked sentence's concepts covered; only sentences sharing them change."""
        row = self.rows.indices[self.rows.indptr[picked] : self.rows.indptr[picked + 1]]
        new = row[self.worth[row] > 0]
        if new.size:
            self.open -= self.columns[:, new] @ self.worth[new]
            self.worth[new] = 0.0


def _doc_codes(scored: Scored) -> np.ndarray:
    import numpy as np

    codes: dict[str, int] = {}
    return np.fromiter(
        (codes.setdefault(s.doc_id, len(codes)) for s in scored.sentences),
        dtype=np.int64,
        count=len(scored.sentences),
    )


def _citations(
    scored: Scored, best: int, similarity: np.ndarray, same: np.ndarray, doc_codes: np.ndarray
) -> tuple[Citation, ...]:
    """The pick's own sentence first, then the most similar sentence of each other document, in input order."""
    import numpy as np

    sentences = scored.sentences
    own = sentences[best]
    found: dict[int, int] = {}
    for j in np.flatnonzero(same):
        code = int(doc_codes[j])
        if code == doc_codes[best]:
            continue
        if code not in found or similarity[j] > similarity[found[code]]:
            found[code] = int(j)
    cited = [Citation(own.doc_id, own.start, own.end, 1.0)]
    for code in sorted(found):
        s = sentences[found[code]]
        cited.append(Citation(s.doc_id, s.start, s.end, round(float(similarity[found[code]]), 6)))
    return tuple(cited)
