"""Since stage: the new articles' scored sentences + the earlier articles' -> what is new.

``since=`` gives articles the reader has already seen. This stage, between score and select,
leaves out of the new sentences what an earlier article already said (``already_said``, the one
function that decides it, with its reason recorded in ``Scored.reasons``) and lowers the relevance
of the others by how much of them the earlier articles explain.

Input: the new sentences scored on their own (``Scored``) and the new sentences followed by the
earlier ones scored together (one vector space, so their rows compare). Output: the new ``Scored``
and how many eligible sentences were left out. Linear in memory: the new rows meet the earlier
ones a block at a time, never as an n-by-n matrix.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .types import Scored

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np

__all__ = [
    "NOVELTY_WEIGHT",
    "REASON_ALREADY_SAID",
    "already_said",
    "earlier_similarity",
    "leave_out_said",
]

# Why a new sentence is no point of a since= briefing (``Scored.reasons``).
REASON_ALREADY_SAID = "an earlier article already said it"

# How much a sentence's similarity to what the earlier articles said lowers its relevance: at 1 a
# sentence is worth the share of it that is new. DUC 2007 update B, R-2 at 100 words: 8.40 with
# the already-said filter alone, 8.62 / 8.94 / 8.89 / 8.19 at 0.5 / 1 / 1.25 / 2 (10 clusters:
# noisy, so the reasoned value 1, not a tuned one).
NOVELTY_WEIGHT = 1.0

# Similarities held at once when comparing new sentences with earlier ones (a block of new rows
# times all earlier sentences).
_BLOCK_CELLS = 1 << 22


def leave_out_said(scored: Scored, union: Scored, threshold: float) -> tuple[Scored, int]:
    """Leave out of ``scored`` (the new sentences) what the earlier ones already said.

    Parameters
    ----------
    scored : Scored
        The new sentences, scored on their own (relevance to the new articles).
    union : Scored
        The new sentences followed by the earlier ones, scored together.
    threshold : float
        Similarity at which two sentences state the same (the citation threshold).

    Returns
    -------
    tuple of (Scored, int)
        The new sentences with what was already said ineligible (reason
        ``REASON_ALREADY_SAID``) and the others' relevance weighed by how much of them is new,
        ``relevance * (1 - NOVELTY_WEIGHT * similarity to the earlier sentences)``; and how many
        eligible sentences were left out.
    """
    import numpy as np

    n_new = len(scored.sentences)
    earlier = np.zeros(len(union.sentences), dtype=bool)
    earlier[n_new:] = True
    similarity = earlier_similarity(union, earlier)[:n_new]
    said = already_said(similarity, threshold)
    eligible = np.ones(n_new, dtype=bool) if scored.eligible is None else scored.eligible
    eligible = np.asarray(eligible, dtype=bool)
    relevance = scored.relevance * np.clip(1.0 - NOVELTY_WEIGHT * similarity, 0.0, None)
    left = eligible & said
    reasons = scored.reasons or ("",) * n_new
    reasons = tuple(REASON_ALREADY_SAID if left[i] else r for i, r in enumerate(reasons))
    return (
        replace(scored, eligible=eligible & ~said, relevance=relevance, reasons=reasons),
        int(left.sum()),
    )


def earlier_similarity(scored: Scored, earlier: np.ndarray) -> np.ndarray:
    """For every sentence, its highest TF-IDF cosine to a sentence of the earlier articles.

    The same-statement measure of the select stage, for now. ``earlier`` marks the earlier
    sentences (their own value is 1). Computed a block of rows at a time: no n-by-n matrix.
    """
    import numpy as np

    matrix = scored.matrix
    similarity = earlier.astype(np.float64)
    old = matrix[np.flatnonzero(earlier)].T.tocsc()
    if old.shape[1] == 0:
        return similarity
    new_rows = np.flatnonzero(~earlier)
    block = max(1, _BLOCK_CELLS // old.shape[1])
    for start in range(0, len(new_rows), block):
        rows = new_rows[start : start + block]
        similarity[rows] = (matrix[rows] @ old).max(axis=1).toarray().ravel()
    return similarity


def already_said(similarity: np.ndarray, threshold: float) -> np.ndarray:
    """Which sentences an earlier article already stated: the same-statement relation.

    For now the relation of the select stage: cosine to an earlier sentence at or above
    ``threshold`` (the citation threshold, at which select treats two sentences as one
    statement). With ``earlier_similarity``, the one place the shared same-statement relation
    replaces for ``since=``.

    Parameters
    ----------
    similarity : numpy.ndarray
        Each sentence's highest similarity to an earlier sentence (``earlier_similarity``).
    threshold : float
        Similarity at which two sentences state the same.

    Returns
    -------
    numpy.ndarray of bool
    """
    import numpy as np

    return np.asarray(similarity >= threshold, dtype=bool)
