"""Select stage: scored sentences -> the points of the briefing, each with its citations.

Maximal Marginal Relevance (Carbonell and Goldstein, 1998, "The use of MMR, diversity-based
reranking for reordering documents and producing summaries", SIGIR): repeatedly pick the sentence
that maximises ``lambda * relevance - (1 - lambda) * max similarity to what is already picked``,
here with ``lambda = 1 - diversity``, until the word or sentence budget is full. Similarities are
computed only against the picked set (one sparse product per pick), never as an n-by-n matrix, so
memory grows linearly with the cluster.

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

__all__ = ["select_mmr", "CITATION_THRESHOLD", "DEFAULT_DIVERSITY"]

# MMR trade-off. 0.3 (lambda 0.7) keeps relevance first while a second sentence on the same fact
# loses to a new fact; Carbonell and Goldstein report lambda 0.7 as a good default for summaries.
DEFAULT_DIVERSITY = 0.3
# Cosine of stemmed uni+bigram TF-IDF vectors above which two sentences tell the same statement.
# Wire copy reused by two outlets scores 0.8-1.0; a close paraphrase of one fact 0.45-0.7; two
# different facts about the same people rarely pass 0.35.
CITATION_THRESHOLD = 0.45


def select_mmr(
    scored: Scored,
    *,
    max_words: int | None = None,
    max_sentences: int | None = None,
    diversity: float = DEFAULT_DIVERSITY,
    citation_threshold: float = CITATION_THRESHOLD,
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
    available = np.ones(n, dtype=bool) if scored.eligible is None else np.array(scored.eligible, dtype=bool)
    doc_codes = _doc_codes(scored)
    max_similarity = np.zeros(n)
    picks: list[Pick] = []
    while len(picks) < sentence_budget:
        fits = available & (lengths <= word_budget)
        if not fits.any():
            break
        gain = lam * relevance - (1.0 - lam) * max_similarity
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
    return tuple(picks)


def _doc_codes(scored: Scored) -> np.ndarray:
    import numpy as np

    codes: dict[str, int] = {}
    return np.fromiter(
        (codes.setdefault(s.doc_id, len(codes)) for s in scored.sentences), dtype=np.int64,
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
