"""Since stage: the new articles' scored sentences + the earlier articles' -> what is new.

``since=`` gives articles the reader has already seen. This stage, between score and select,
leaves out of the new sentences what an earlier article already said (``already_said``, the one
function that decides it, with its reason recorded in ``Scored.reasons``) and lowers the relevance
of the others by how much of them the earlier articles explain (measured on the words, as the
score stage measures relevance; the decision on the wording).

Input: the new sentences scored on their own (``Scored``) and the new sentences followed by the
earlier ones scored together (one vector space, so their rows compare). Output: the new ``Scored``
and how many eligible sentences were left out. Linear in memory: the new rows meet the earlier
ones a block at a time, never as an n-by-n matrix.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .types import Scored

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np
    from scipy.sparse import csr_matrix

__all__ = [
    "NOVELTY_WEIGHT",
    "REASON_ALREADY_SAID",
    "SAID_THRESHOLD",
    "Said",
    "already_said",
    "earlier_similarity",
    "leave_out_said",
]

# Why a new sentence is no point of a since= briefing (``Scored.reasons``).
REASON_ALREADY_SAID = "it repeats the wording of an earlier article's sentence"

# TF-IDF cosine (stemmed unigrams and bigrams) to an earlier sentence from which a new sentence
# states what was already said: the level at which the select stage's TF-IDF relation takes two
# sentences for one statement (select.CITATION_THRESHOLD on main, 0.45: wire copy reused by two
# outlets scores 0.8-1.0, a close paraphrase of one fact 0.45-0.7). Its own constant, not the
# citation_threshold parameter, because that parameter is about to become a probability of the
# same-statement relation (summarizer/same.py), a scale a cosine must not be compared with.
SAID_THRESHOLD = 0.45

# How much a sentence's overlap with what the earlier articles said lowers its relevance:
# ``relevance * (1 - NOVELTY_WEIGHT * overlap)``; at 1 a sentence is worth the share of it that
# is new. DUC 2007 update B, R-2 at 100 words (benchmarks/update_task.py): 8.40 with the
# already-said filter alone, 8.62 / 8.94 / 8.14 at 0.5 / 1 / 1.5; both halves of the clusters
# (odd and even ids) choose 1 on their own (odd 7.74 / 8.17 / 8.34 / 8.24 at 0 / .5 / 1 / 1.5,
# even 9.07 / 9.07 / 9.55 / 8.04), so the reasoned value is also the cross-validated one. With
# the overlap on words (below) 1 stays on the plateau: mean R-2 over budgets 50 to 200 words
# (update_task.py --budgets) 9.80 / 9.91 / 10.12 / 10.13 / 9.58 at .5 / .75 / 1 / 1.25 / 1.5.
NOVELTY_WEIGHT = 1.0

# Similarities held at once when comparing new sentences with earlier ones (a block of new rows
# times all earlier sentences).
_BLOCK_CELLS = 1 << 22


@dataclass(frozen=True, slots=True)
class Said:
    """What the earlier articles already said of each new sentence (``already_said``).

    ``overlap`` is how much of each new sentence an earlier sentence states, in [0, 1] (the soft
    part: it lowers relevance); ``said`` marks the sentences an earlier article already stated
    (the decision: they are left out); ``nearest`` is the index, among the earlier sentences, of
    the one closest to each new sentence in wording (-1 when none shares a term).
    """

    overlap: np.ndarray
    said: np.ndarray
    nearest: np.ndarray


def leave_out_said(
    scored: Scored,
    union: Scored,
    *,
    threshold: float | None = None,
    novelty_weight: float | None = None,
) -> tuple[Scored, int]:
    """Leave out of ``scored`` (the new sentences) what the earlier ones already said.

    Parameters
    ----------
    scored : Scored
        The new sentences, scored on their own (relevance to the new articles).
    union : Scored
        The new sentences followed by the earlier ones, scored together (one vector space).
    threshold : float, optional
        Passed to ``already_said``: the level from which a new sentence was already said
        (``SAID_THRESHOLD`` when None).
    novelty_weight : float, optional
        How much what was said lowers the others' relevance (``NOVELTY_WEIGHT`` when None).

    Returns
    -------
    tuple of (Scored, int)
        The new sentences with what was already said ineligible (reason
        ``REASON_ALREADY_SAID``) and every relevance weighed by how much of the sentence is new,
        ``relevance * (1 - novelty_weight * overlap)``; and how many eligible sentences were
        left out.
    """
    import numpy as np

    n_new = len(scored.sentences)
    weight = NOVELTY_WEIGHT if novelty_weight is None else novelty_weight
    said = already_said(union, n_new, threshold=threshold)
    eligible = np.ones(n_new, dtype=bool) if scored.eligible is None else scored.eligible
    eligible = np.asarray(eligible, dtype=bool)
    left = eligible & said.said
    relevance = scored.relevance * np.clip(1.0 - weight * said.overlap, 0.0, None)
    reasons = scored.reasons or ("",) * n_new
    reasons = tuple(REASON_ALREADY_SAID if left[i] else r for i, r in enumerate(reasons))
    return (
        replace(scored, eligible=eligible & ~said.said, relevance=relevance, reasons=reasons),
        int(left.sum()),
    )


def already_said(union: Scored, n_new: int, *, threshold: float | None = None) -> Said:
    """Which new sentences an earlier article already stated, and how much of each it did.

    The one function that decides "already said" for ``since=``: the place the shared
    same-statement relation (``summarizer.same``) plugs in. Today the select stage's TF-IDF
    relation: a new sentence was said when its cosine (stemmed unigrams and bigrams: the
    wording) to an earlier sentence is at least ``threshold``. Its overlap is its highest cosine
    to an earlier sentence over the unigram columns alone (the words, re-normalised), the space
    in which the score stage measures relevance: a restatement in other words shares the
    earlier sentence's words but few of its word pairs, so the wording's cosine tells too
    little of it for what is worth reading. (DUC 2007 update B, R-2 at 100 words 8.99 -> 9.53,
    both halves of the clusters up; mean over budgets 50 to 200 words 9.81 -> 10.12, both
    halves up: benchmarks/update_notes.md.)

    Parameters
    ----------
    union : Scored
        The ``n_new`` new sentences followed by the earlier ones, scored together.
    n_new : int
        How many of ``union``'s sentences are new.
    threshold : float, optional
        Cosine from which a new sentence states what an earlier one said (``SAID_THRESHOLD``
        when None).

    Returns
    -------
    Said
        One entry per new sentence.
    """
    import numpy as np

    earlier = np.zeros(len(union.sentences), dtype=bool)
    earlier[n_new:] = True
    similarity, nearest = earlier_similarity(union, earlier)
    words, _ = _nearest_earlier(_word_rows(union), earlier)
    level = SAID_THRESHOLD if threshold is None else threshold
    return Said(
        overlap=words[:n_new],
        said=np.asarray(similarity[:n_new] >= level, dtype=bool),
        nearest=nearest[:n_new],
    )


def earlier_similarity(scored: Scored, earlier: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For every sentence, its highest TF-IDF cosine to an earlier sentence, and which one.

    ``earlier`` marks the earlier sentences (their own value is 1, their nearest themselves).
    The nearest is an index among the earlier sentences, -1 when none shares a term. Computed a
    block of rows at a time: no n-by-n matrix.
    """
    return _nearest_earlier(scored.matrix, earlier)


def _word_rows(scored: Scored) -> csr_matrix:
    """The unigram columns of the TF-IDF rows (``Scored.stems`` names them), rows L2-normalised."""
    from scipy.sparse import csr_matrix
    from sklearn.preprocessing import normalize

    if not scored.stems:  # columns not named: the rows as they are
        return scored.matrix
    return csr_matrix(normalize(scored.matrix[:, : len(scored.stems)]))


def _nearest_earlier(matrix: csr_matrix, earlier: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``earlier_similarity`` over any L2-normalised rows: a block of new rows at a time."""
    import numpy as np

    similarity = earlier.astype(np.float64)
    old_rows = np.flatnonzero(earlier)
    nearest = np.full(len(earlier), -1, dtype=np.int64)
    nearest[old_rows] = np.arange(len(old_rows))
    old = matrix[old_rows].T.tocsc()
    if old.shape[1] == 0:
        return similarity, nearest
    new_rows = np.flatnonzero(~earlier)
    block = max(1, _BLOCK_CELLS // old.shape[1])
    for start in range(0, len(new_rows), block):
        rows = new_rows[start : start + block]
        product = (matrix[rows] @ old).tocsr()
        best = product.max(axis=1).toarray().ravel()
        similarity[rows] = best
        nearest[rows] = np.where(best > 0, np.asarray(product.argmax(axis=1)).ravel(), -1)
    return similarity, nearest
