"""Since stage: the new articles' scored sentences + the earlier articles' -> what is new.

``since=`` gives articles the reader has already seen. This stage, between score and select,
leaves out of the new sentences what an earlier article already said (``already_said``, the one
function that decides it, with its reason recorded in ``Scored.reasons``): a sentence that repeats
an earlier one's wording and adds nothing to it (the earlier sentence holds its content words and
gives no other figure), or restates in words of its own the fact of an earlier sentence that holds
all it says (the same-statement relation, ``summarizer.same``); and it lowers the relevance of the
others by how much of them the earlier articles explain (measured on the words, as the
score stage measures relevance). ``leave_out_restating`` then leaves out what restates the earlier
articles' headline (their most central title), as a briefing reads its own headline; and
``weigh_off_story`` lowers, in a new article that is not about the story (its title and lead name
none of the story's subject words), the sentences that name none of them either, and weighs the
first that names the story as the lead of its item on it.

Input: the new sentences scored on their own (``Scored``) and the new sentences followed by the
earlier ones scored together (one vector space, so their rows compare). Output: the new ``Scored``
and how many eligible sentences were left out. Linear in memory: the new rows meet the earlier
ones a block at a time, never as an n-by-n matrix.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .types import Scored

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np
    from scipy.sparse import csr_matrix

__all__ = [
    "HEADLINE_SAID_LEVEL",
    "NOVELTY_WEIGHT",
    "OFF_STORY_SHARE",
    "OFF_STORY_WEIGHT",
    "REASON_ALREADY_SAID",
    "REASON_RESTATED",
    "REASON_RESTATED_HEADLINE",
    "RESTATED_LEVEL",
    "RESTATED_SHARE",
    "SAID_THRESHOLD",
    "SUBJECT_SHARE",
    "Said",
    "already_said",
    "earlier_similarity",
    "leave_out_restating",
    "leave_out_said",
    "story_name_columns",
    "subject_columns",
    "weigh_off_story",
]

# Why a new sentence is no point of a since= briefing (``Scored.reasons``).
REASON_ALREADY_SAID = "it repeats the wording of an earlier article's sentence"
REASON_RESTATED = "it restates the fact of an earlier article's sentence"
REASON_RESTATED_HEADLINE = "it restates the earlier articles' headline"

# TF-IDF cosine (stemmed unigrams and bigrams) to an earlier sentence from which a new sentence
# states what was already said: the level at which the select stage's TF-IDF relation takes two
# sentences for one statement (select.CITATION_THRESHOLD on main, 0.45: wire copy reused by two
# outlets scores 0.8-1.0, a close paraphrase of one fact 0.45-0.7). Its own constant, not the
# citation_threshold parameter, because that parameter is about to become a probability of the
# same-statement relation (summarizer/same.py), a scale a cosine must not be compared with. The
# cosine is symmetric, so it is not enough: the earlier sentence must also hold the new one's
# content (``_repeated``: RESTATED_SHARE of its content words, no other figure in its units).
# Without that, "The fire that destroyed the kiln ... was started by a faulty heater" was said by
# "A fire destroyed the kiln ..." (0.57), its cause never reaching the briefing; on update B 3 of
# 26 left-out sentences stay (another person's denial, a fire put out where it was under control;
# benchmarks/update_notes.md, twenty-fifth stop).
SAID_THRESHOLD = 0.45
# A new sentence that restates the earlier articles' headline (their most central title) from this
# probability was said: it states the title's fact and the title states it back
# (``select.restating``, as a briefing reads its own headline, and as the briefing's MMR passes
# over a restatement of it, ``select._FORWARD_PASS_OVER``). The sample articles' since briefing
# (004 since 000 and 003) opened with 004's lead, the earlier headline's fact in other words
# (0.95); update B leaves out nothing more (a sentence that only states the title's fact, the
# title not stating it back, left out the Myanmar opposition's vice chairman for "AN INTERVIEW
# WITH BURMA'S AUNG SAN SUU KYI" and a uranium mine's approval for "112 uranium mine protesters
# arrested at Jabiluka": wrong, so the title must state the sentence back).
HEADLINE_SAID_LEVEL = 0.8

# How much a sentence's overlap with what the earlier articles said lowers its relevance:
# ``relevance * (1 - NOVELTY_WEIGHT * overlap)``; at 1 a sentence is worth the share of it that
# is new. DUC 2007 update B, R-2 at 100 words (benchmarks/update_task.py): 8.40 with the
# already-said filter alone, 8.62 / 8.94 / 8.14 at 0.5 / 1 / 1.5; both halves of the clusters
# (odd and even ids) choose 1 on their own (odd 7.74 / 8.17 / 8.34 / 8.24 at 0 / .5 / 1 / 1.5,
# even 9.07 / 9.07 / 9.55 / 8.04), so the reasoned value is also the cross-validated one. With
# the overlap on words (below) 1 stays on the plateau: mean R-2 over budgets 50 to 200 words
# (update_task.py --budgets) 9.80 / 9.91 / 10.12 / 10.13 / 9.58 at .5 / .75 / 1 / 1.25 / 1.5.
NOVELTY_WEIGHT = 1.0

# A new sentence in words of its own restates an earlier one's fact when the same-statement
# relation (``same.StatementIndex``, its same-fact model and citation rules: figures, what the
# sentence says of its names) says the earlier sentence states it from this level (the level at
# which the briefing cites a sentence for a point, same.FACT_SAME_THRESHOLD), and the earlier
# sentence holds at least RESTATED_SHARE of the new one's content words (its stems, days and
# times aside) and the new one has at least RESTATED_MIN_WORDS: it adds nothing to what was said.
# The share is what the relation alone lacked: read alone at 0.9 it left out news about 40% of
# the time on DUC 2007 update B ("702 members arrested since May" for "more than 300 since
# Sunday", a revised death toll for the first; benchmarks/update_notes.md), words a restatement
# does not have. With it, 9 sentences of update B were left out, 8 rightly (the charges against
# McKinney told again, "If convicted, he faces the death penalty"); the one wrong, a quotation's
# opening of one content word ("This is about a marriage.") for "This is Gingrich's second
# marriage.", is what RESTATED_MIN_WORDS keeps; at 3, "The Justice Department says it will take
# over the case." (justice, department, case) was "said" by "The Justice Department and 20 states
# suing Microsoft in the antitrust case say ...": a sentence of three content words, two of them a
# name, says too little for another to hold all of it.
RESTATED_LEVEL = 0.9
RESTATED_SHARE = 0.8
RESTATED_MIN_WORDS = 4
# Earlier sentences read with the relation for each new one: the most similar by words, from a
# cosine of RESTATED_MIN_COSINE.
RESTATED_CANDIDATES = 5
RESTATED_MIN_COSINE = 0.15

# The story's subject: the words (unigram stems) that at least this share of the earlier articles
# and of the new ones write, everyday news words aside ("new", "year", "time": data/en/
# news_common.txt, as key terms leave them out): what most articles of both sets are about
# ("oprah", "winfrei"; "myanmar", "burma", "suu", "kyi"). A place's two names count as one word
# (data/en/renamed_places.txt): without that, at 0.7 "burma" fell out (the new articles say
# "Myanmar" more) and an article on Burma's trade law was off the story. Half is the majority; on
# DUC 2007 update B (benchmarks/update_notes.md) 0.4 lets enough words in that no article is off
# the story, and 0.6 and 0.7 pick as 0.5 but for one point of the Oprah Winfrey cluster.
SUBJECT_SHARE = 0.5
# A new article whose title and lead name no subject word is not about the story: a roundup (a
# news budget, a century's chronology, a book award's report) or another story that mentions it
# (a rival TV channel's launch). Its sentences that name no subject word either are about
# something else: they weigh a fifth for this story (relevance times this weight), and a short
# one no longer fills a budget's end ("The Hearst News Service has filed or will file the
# following ..." at 0.5). Its sentences that name the subject keep their relevance. Update B picks
# the same at every budget from 0 to 0.3 (0.4 and 0.5: the filler above; benchmarks/
# update_notes.md); of those, the gentlest that keeps the filler out but for a margin, since an
# article can be put off the story wrongly (the story after "Seinfeld", whose subject is two
# names, has its cast's new shows off it) and should not lose every sentence for it.
OFF_STORY_WEIGHT = 0.2
# ... and when fewer than this share of its sentences name a subject word: an article mostly about
# something else. A feature that opens on an anecdote ("Juan Uribe wasn't caught napping.") names
# the subject in its later sentences. With the earlier half of each DUC 2007 main cluster (by
# date) as the earlier articles, title and lead alone put 11 of 299 new articles off the story,
# with this share 8 (two such features and a news budget mostly on the story are on it again);
# DUC 2006, 46 -> 35 of 650; update B 6 -> 5 of 80 (an article on the balloon's crossing of the
# Dominican Republic, "Balloonists ...", is on it again; benchmarks/update_notes.md).
OFF_STORY_SHARE = 0.5

# Similarities held at once when comparing new sentences with earlier ones (a block of new rows
# times all earlier sentences).
_BLOCK_CELLS = 1 << 22


@dataclass(frozen=True, slots=True)
class Said:
    """What the earlier articles already said of each new sentence (``already_said``).

    ``overlap`` is how much of each new sentence an earlier sentence states, in [0, 1] (the soft
    part: it lowers relevance); ``said`` marks the sentences an earlier article already stated
    (the decision: they are left out), ``restated`` those of them said in words of their own (the
    relation's reading, ``restated``); ``nearest`` is the index, among the earlier sentences, of
    the one closest to each new sentence in wording (-1 when none shares a term).
    """

    overlap: np.ndarray
    said: np.ndarray
    nearest: np.ndarray
    restated: np.ndarray


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
    eligible = np.ones(n_new, dtype=bool) if scored.eligible is None else scored.eligible
    eligible = np.asarray(eligible, dtype=bool)
    said = already_said(union, n_new, threshold=threshold, eligible=eligible)
    left = eligible & said.said
    relevance = scored.relevance * np.clip(1.0 - weight * said.overlap, 0.0, None)
    reasons = scored.reasons or ("",) * n_new
    reasons = tuple(
        (REASON_RESTATED if said.restated[i] else REASON_ALREADY_SAID) if left[i] else r
        for i, r in enumerate(reasons)
    )
    return (
        replace(scored, eligible=eligible & ~said.said, relevance=relevance, reasons=reasons),
        int(left.sum()),
    )


def leave_out_restating(
    scored: Scored, restating: np.ndarray, level: float = HEADLINE_SAID_LEVEL
) -> tuple[Scored, int]:
    """Leave out of ``scored`` (the new sentences) those that restate the earlier articles'
    headline fact: ``restating`` (P(each new sentence restates it), ``select.restating``) from
    ``level``. The earlier articles' story told again in words of its own ("walked away from
    signing an agreement" for "ends suddenly - with no deal being reached") is no news, though no
    earlier sentence may hold it word for word. Returns the new sentences with those ineligible
    (``REASON_RESTATED_HEADLINE``) and how many eligible ones were left out."""
    import numpy as np

    n_new = len(scored.sentences)
    eligible = np.ones(n_new, dtype=bool) if scored.eligible is None else scored.eligible
    eligible = np.asarray(eligible, dtype=bool)
    left = eligible & (np.asarray(restating) >= level)
    if not left.any():
        return scored, 0
    reasons = scored.reasons or ("",) * n_new
    reasons = tuple(REASON_RESTATED_HEADLINE if left[i] else r for i, r in enumerate(reasons))
    return replace(scored, eligible=eligible & ~left, reasons=reasons), int(left.sum())


def subject_columns(union: Scored, n_new: int) -> np.ndarray:
    """Which unigram columns of ``union`` (``Scored.stems``) are the story's subject: stems that at
    least ``SUBJECT_SHARE`` of the new articles and of the earlier ones write (the first ``n_new``
    sentences are new), everyday news words aside (``_everyday_stems``). A place's two names
    (``_place_names``: "Myanmar", "Burma") are counted as one word."""
    shares = _subject_shares(union, n_new)
    return shares >= SUBJECT_SHARE


def story_name_columns(union: Scored, n_new: int) -> np.ndarray:
    """Which unigram columns of ``union`` name the story: the subject words (``subject_columns``)
    that the most articles of both sets write ("oprah" and "winfrei" beside "talk" and "john";
    "burma" and "militari"): the words an article's item on the story names where its other
    items do not."""
    return _story_names(_subject_shares(union, n_new))


def _story_names(shares: np.ndarray) -> np.ndarray:
    """``story_name_columns`` from ``_subject_shares``."""
    import numpy as np

    subject = shares >= SUBJECT_SHARE
    if not subject.any():
        return subject
    return np.asarray(subject & (shares >= shares[subject].max()), dtype=bool)


def _subject_shares(union: Scored, n_new: int) -> np.ndarray:
    """Each unigram column's lower share of the new and of the earlier articles that write it
    (a place's names as one word), 0 for everyday news words: ``subject_columns``' reading."""
    import numpy as np
    from scipy.sparse import csr_matrix

    width = len(union.stems)
    if not width or len(union.sentences) == n_new:
        return np.zeros(width, dtype=np.float64)
    # Each column's group: itself, or the first column of another name of its place.
    names = _place_names(union.language)
    first: dict[str, int] = {}
    group = np.arange(width)
    for column, stem in enumerate(union.stems):
        place = names.get(stem)
        if place is not None:
            group[column] = first.setdefault(place, column)
    merge = csr_matrix((np.ones(width), (np.arange(width), group)), shape=(width, width))
    words = csr_matrix((union.matrix[:, :width] != 0).astype(np.float64)) @ merge
    ids = [sentence.doc_id for sentence in union.sentences]
    share = np.minimum(
        _document_shares(words[:n_new], ids[:n_new]), _document_shares(words[n_new:], ids[n_new:])
    )[group]
    everyday = _everyday_stems(union.language)
    common = np.array([stem in everyday for stem in union.stems], dtype=bool)
    return np.asarray(np.where(common, 0.0, share), dtype=np.float64)


def weigh_off_story(
    scored: Scored,
    union: Scored,
    titles: Mapping[str, Sequence[str]] | None = None,
    *,
    position_weight: float = 0.0,
) -> Scored:
    """Lower the sentences of ``scored`` (the new ones) that are off the story.

    A new article is off the story when neither its lead (its first sentence here) nor its
    title names a subject word (``subject_columns``), nor do ``OFF_STORY_SHARE`` of its
    sentences: a roundup or another story that mentions this one. Its sentences that name no
    subject word weigh ``OFF_STORY_WEIGHT`` of their relevance; every other sentence keeps its
    own. ``union`` is the new sentences followed by
    the earlier ones, scored together (``leave_out_said``'s); ``titles`` maps an article's id to
    its title's terms, as the score stage's analyzer gives them (an article without one is read
    by its lead alone). Returns ``scored`` itself when nothing is off the story.

    Such an article tells the story in one item of its own (a news budget's entry, a books
    column's paragraph, an award report's winner): the item opens at its first eligible sentence
    naming the story (``story_name_columns``), which the score stage's position prior
    (``position_weight``, its ``POSITION_WEIGHT``) weighed by its place in the article, not as
    the lead it is: relevance times ``(1 + w) / (1 + w / (1 + index))`` makes it weigh as a lead.
    DUC 2007 update B's Oprah Winfrey cluster: a news budget's 21st sentence, the appeals court's
    ruling on the show that all four references report, became a point (R-2 at 100 words 15.54 ->
    41.08; 9.83 -> 12.38 over the ten clusters, no other cluster moving at any budget:
    benchmarks/update_notes.md, thirtieth stop). ``position_weight`` 0 leaves items as they are.
    """
    import numpy as np

    n_new = len(scored.sentences)
    shares = _subject_shares(union, n_new)
    subject = shares >= SUBJECT_SHARE
    if not subject.any():
        return scored
    stems = {stem for stem, keep in zip(union.stems, subject) if keep}
    # A title may write the place's other name ("Burma" where the articles say "Myanmar").
    places = _place_names(union.language)
    named = {places[stem] for stem in stems if stem in places}
    stems |= {other for other, place in places.items() if place in named}
    hits = union.matrix[:n_new, : len(union.stems)][:, np.flatnonzero(subject)]
    names = np.asarray((hits != 0).sum(axis=1)).ravel() > 0
    leads: dict[str, int] = {}
    for i, sentence in enumerate(scored.sentences):
        first = leads.get(sentence.doc_id)
        if first is None or sentence.index < scored.sentences[first].index:
            leads[sentence.doc_id] = i
    # Each article's sentences, and how many of them name the subject.
    owners = [sentence.doc_id for sentence in scored.sentences]
    counts = Counter(owners)
    naming = Counter(owner for owner, named in zip(owners, names, strict=True) if named)
    titles = titles or {}
    off = {
        doc_id
        for doc_id, lead in leads.items()
        if not names[lead]
        and not stems.intersection(titles.get(doc_id, ()))
        and naming[doc_id] < OFF_STORY_SHARE * counts[doc_id]
    }
    if not off:
        return scored
    lowered = np.array(
        [sentence.doc_id in off and not names[i] for i, sentence in enumerate(scored.sentences)],
        dtype=bool,
    )
    relevance = np.where(lowered, scored.relevance * OFF_STORY_WEIGHT, scored.relevance)
    if position_weight:
        story = _story_names(shares)
        telling = np.asarray((union.matrix[:n_new, np.flatnonzero(story)] != 0).sum(axis=1)).ravel()
        eligible = np.ones(n_new, dtype=bool) if scored.eligible is None else scored.eligible
        items: dict[str, int] = {}
        for i in np.flatnonzero((telling > 0) & np.asarray(eligible, dtype=bool)).tolist():
            doc_id = scored.sentences[i].doc_id
            if doc_id in off and (
                doc_id not in items
                or scored.sentences[i].index < scored.sentences[items[doc_id]].index
            ):
                items[doc_id] = i
        for i in items.values():
            index = scored.sentences[i].index
            relevance[i] *= (1.0 + position_weight) / (1.0 + position_weight / (1.0 + index))
    return replace(scored, relevance=relevance)


def _document_shares(words: csr_matrix, doc_ids: Sequence[str]) -> np.ndarray:
    """For each column, the share of the articles (``doc_ids``, one per row) whose rows use it."""
    import numpy as np
    from scipy.sparse import csr_matrix

    docs, owner = np.unique(np.asarray(doc_ids, dtype=object), return_inverse=True)
    rows = len(doc_ids)
    indicator = csr_matrix((np.ones(rows), (owner, np.arange(rows))), shape=(len(docs), rows))
    present = indicator @ csr_matrix((words != 0).astype(np.float64))
    return np.asarray((present > 0).sum(axis=0), dtype=np.float64).ravel() / len(docs)


@lru_cache(maxsize=8)
def _place_names(language: str) -> dict[str, str]:
    """Each stem of a place's names (``data/en/renamed_places.txt``: "Burma", "Myanmar") -> the
    stem of its current name; English only."""
    from .lexicon import read_lines, stem

    if language != "en":
        return {}
    names: dict[str, str] = {}
    for line in read_lines(language, "renamed_places.txt"):
        stems = [stem(word.lower(), language) for word in line.split()]
        names.update((one, stems[0]) for one in stems)
    return names


@lru_cache(maxsize=8)
def _everyday_stems(language: str) -> frozenset[str]:
    """The stems of the language's everyday news words (``data/en/news_common.txt``, which key
    terms leave out too; English only, as there)."""
    from .lexicon import read_lines, stem

    if language != "en":
        return frozenset()
    return frozenset(
        stem(word.lower(), language) for word in read_lines(language, "news_common.txt")
    )


def already_said(
    union: Scored,
    n_new: int,
    *,
    threshold: float | None = None,
    eligible: np.ndarray | None = None,
) -> Said:
    """Which new sentences an earlier article already stated, and how much of each it did.

    The one function that decides "already said" for ``since=``. A new sentence was said when
    its cosine (stemmed unigrams and bigrams: the wording) to an earlier sentence is at least
    ``threshold`` and that sentence holds what it says (``_repeated``: ``RESTATED_SHARE`` of its
    content words, no other figure in its units; the cosine alone is symmetric, and left out a
    sentence that adds the news to an earlier one's words), or when it restates an earlier
    sentence's fact in words of its own (``restated``: the same-statement relation, read for the
    ``eligible`` new sentences only, the others being no points anyway). Its overlap is its highest
    cosine to an earlier sentence over the unigram columns alone (the words, re-normalised), the
    space in which the score stage measures relevance: a restatement in other words shares the
    earlier sentence's words but few of its word pairs, so the wording's cosine tells too little of
    it for what is worth reading. (DUC 2007 update B, R-2 at 100 words 8.99 -> 9.53, both halves of
    the clusters up; mean over budgets 50 to 200 words 9.81 -> 10.12, both halves up:
    benchmarks/update_notes.md.)

    Parameters
    ----------
    union : Scored
        The ``n_new`` new sentences followed by the earlier ones, scored together.
    n_new : int
        How many of ``union``'s sentences are new.
    threshold : float, optional
        Cosine from which a new sentence states what an earlier one said (``SAID_THRESHOLD``
        when None).
    eligible : numpy.ndarray of bool, optional
        The new sentences that may be points (all when None): only they are read for
        restatements.

    Returns
    -------
    Said
        One entry per new sentence.
    """
    import numpy as np

    earlier = np.zeros(len(union.sentences), dtype=bool)
    earlier[n_new:] = True
    similarity, nearest = earlier_similarity(union, earlier)
    rows = _word_rows(union)
    words, word_nearest = _nearest_earlier(rows, earlier)
    _corrected_overlap(union, rows, n_new, words, word_nearest)
    level = SAID_THRESHOLD if threshold is None else threshold
    content = _content_matrix(union)
    said = _repeated(union, content, n_new, similarity[:n_new] >= level, level)
    read = ~said if eligible is None else ~said & np.asarray(eligible, dtype=bool)
    restated = _restated(union, content, rows, n_new, read)
    return Said(
        overlap=words[:n_new],
        said=said | restated,
        nearest=nearest[:n_new],
        restated=restated,
    )


def _corrected_overlap(
    union: Scored, rows: csr_matrix, n_new: int, overlap: np.ndarray, nearest: np.ndarray
) -> None:
    """Read again, in place, the ``overlap`` of each new sentence that corrects a figure of the
    earlier sentence nearest it in words (``nearest``): that sentence gives other figures in a
    unit the new one gives one in (``same.figures_differ`` with no tolerance, as ``_repeated``
    reads a correction). Its words are not what was said (its figure is the news: "Larkmoor Bank
    now says as many as 2 million customers were affected ..., up from 1.2 million." beside
    "About 1.2 million customers were affected, it said.", 0.86, which left it worth 14% of its
    relevance and out of every briefing since the first day); its overlap is its highest cosine
    to the earlier sentences it corrects no figure of. Only the few such rows meet the earlier
    ones again."""
    import numpy as np

    from .same import figures, figures_differ

    texts = [sentence.text for sentence in union.sentences]
    language = union.language
    old_rows = np.arange(n_new, len(texts))
    for i in np.flatnonzero(nearest[:n_new] >= 0).tolist():
        if not figures(texts[i], language) or not figures_differ(
            texts[i], texts[n_new + int(nearest[i])], language, 1.0
        ):
            continue
        similarity = np.asarray((rows[old_rows] @ rows[i].T).todense()).ravel()
        kept = [
            value
            for j, value in zip(old_rows.tolist(), similarity.tolist(), strict=True)
            if value > 0 and not figures_differ(texts[i], texts[j], language, 1.0)
        ]
        overlap[i] = max(kept, default=0.0)


def _repeated(
    union: Scored, content: csr_matrix, n_new: int, close: np.ndarray, level: float
) -> np.ndarray:
    """The new sentences among ``close`` (their wording's cosine to an earlier sentence from
    ``level``) that such an earlier sentence holds: at least ``RESTATED_SHARE`` of the new one's
    content columns (``content``, ``_content_matrix``: its figures in digits among them), and no
    other figure in a unit the new one gives one in (``same.figures_differ``, the citation rule's
    test with no tolerance: "three possible versions" is not "two possible versions", number
    words being no columns, and a figure corrected, "340 million crowns" for "300 million
    crowns", is the news, though four of its five content words are held).
    The cosine is symmetric: a new sentence that tells an earlier one's words again and adds the
    news to them ("The fire that destroyed the kiln ... was started by a faulty heater") is as
    close as a copy, but the earlier sentence does not hold it. Only the close rows meet the
    earlier ones, a block at a time."""
    import numpy as np

    from .same import figures_differ

    held = np.zeros(n_new, dtype=bool)
    rows = np.flatnonzero(close[:n_new])
    if not len(rows):
        return held
    counts = np.diff(content.indptr)
    old = union.matrix[n_new:].T.tocsr()  # CSR once, not converted again per block
    texts = [sentence.text for sentence in union.sentences]
    block = max(1, _BLOCK_CELLS // max(old.shape[1], 1))
    for start in range(0, len(rows), block):
        part = rows[start : start + block]
        product = (union.matrix[part] @ old).tocsr()
        owner = np.repeat(np.arange(len(part)), np.diff(product.indptr))
        near = product.data >= level
        pairs_new, pairs_old = part[owner[near]], product.indices[near]
        shared = content[pairs_new].multiply(content[n_new + pairs_old]).sum(axis=1)
        holds = np.asarray(shared).ravel() >= RESTATED_SHARE * counts[pairs_new]
        for i, j in zip(pairs_new[holds].tolist(), pairs_old[holds].tolist(), strict=True):
            if not held[i]:
                held[i] = not figures_differ(texts[i], texts[n_new + j], union.language, 1.0)
    return held


def _restated(
    union: Scored, content: csr_matrix, words: csr_matrix, n_new: int, read: np.ndarray
) -> np.ndarray:
    """The new sentences among ``read`` that restate an earlier sentence's fact in words of their
    own (``RESTATED_LEVEL``, ``RESTATED_SHARE``): the earlier sentences that hold enough of a new
    one's content columns are found for a block of new rows at once (one sparse product of the
    content columns, no n-by-n matrix); the ``RESTATED_CANDIDATES`` most similar of them by words
    are read with the same-statement relation, and one that gives another figure in a unit the
    new sentence gives one in (``same.figures_differ`` with no tolerance) does not hold it: a
    figure corrected is news. Most new sentences have none, and cost only their share of the
    product. ``content`` is ``_content_matrix(union)`` and ``words``
    ``_word_rows(union)``, read once by the caller."""
    import numpy as np

    from .same import StatementIndex, figures_differ

    restated = np.zeros(n_new, dtype=bool)
    if len(union.sentences) == n_new:
        return restated
    counts = np.diff(content.indptr)
    rows = np.flatnonzero(read[:n_new] & (counts[:n_new] >= RESTATED_MIN_WORDS))
    if not len(rows):
        return restated
    old_content = content[n_new:].T.tocsr()  # CSR once, not converted again per block
    texts = [sentence.text for sentence in union.sentences]
    block = max(1, _BLOCK_CELLS // max(old_content.shape[1], 1))
    for start in range(0, len(rows), block):
        part = rows[start : start + block]
        shared = (content[part] @ old_content).tocsr()
        owner = np.repeat(np.arange(len(part)), np.diff(shared.indptr))
        hold = shared.data >= RESTATED_SHARE * counts[part][owner]
        if not hold.any():
            continue
        pairs_new = part[owner[hold]]
        pairs_old = shared.indices[hold]
        cosine = np.asarray(words[pairs_new].multiply(words[n_new + pairs_old]).sum(axis=1)).ravel()
        near = cosine >= RESTATED_MIN_COSINE
        pairs_new, pairs_old, cosine = pairs_new[near], pairs_old[near], cosine[near]
        # Each new sentence's candidates, the most similar first (ties to the earlier one).
        order = np.lexsort((pairs_old, -cosine, pairs_new))
        for i in np.unique(pairs_new).tolist():
            mine = order[pairs_new[order] == i]
            holding = pairs_old[mine][:RESTATED_CANDIDATES].tolist()
            index = StatementIndex(
                [texts[i], *(texts[n_new + j] for j in holding)],
                language=union.language,
                model="fact",
            )
            stated = (index.probability(0) >= RESTATED_LEVEL) & ~index.cannot_cite(0)
            # A figure corrected is the news, though the relation, as it cites, reads figures
            # within FIGURE_TOLERANCE as one ("340 million crowns" for "300 million crowns").
            restated[i] = any(
                not figures_differ(texts[i], texts[n_new + j], union.language, 1.0)
                for j, said in zip(holding, stated[1:].tolist(), strict=True)
                if said
            )
    return restated


def _content_matrix(union: Scored) -> csr_matrix:
    """Each sentence's content columns as a 0/1 row: its stems (``Scored.stems``) but those of
    days and times (the lexicon's time words, weekdays and months, and the units of time of the
    figures, ``same.time_unit_stems``: "last week", "on Tuesday")."""
    import numpy as np
    from scipy.sparse import csr_matrix

    from .lexicon import get_lexicon, stem
    from .same import time_unit_stems

    lexicon = get_lexicon(union.language)
    timely = {
        stem(word, union.language)
        for word in (*lexicon.time_words, *lexicon.weekdays, *lexicon.months)
    } | time_unit_stems(union.language)
    width = len(union.stems)
    keep = np.array([stem not in timely for stem in union.stems], dtype=np.float64)
    content = csr_matrix(union.matrix[:, :width].multiply(keep))
    content.eliminate_zeros()
    content.data[:] = 1.0
    return content


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
    # In CSR once: a product with a CSC operand converted it again for every block.
    old = matrix[old_rows].T.tocsr()
    width = old.shape[1]
    if width == 0:
        return similarity, nearest
    new_rows = np.flatnonzero(~earlier)
    block = max(1, _BLOCK_CELLS // width)
    for start in range(0, len(new_rows), block):
        rows = new_rows[start : start + block]
        product = (matrix[rows] @ old).tocsr()
        best, first = _row_max(product, width)
        similarity[rows] = best
        nearest[rows] = np.where(best > 0, first, -1)
    return similarity, nearest


def _row_max(product: csr_matrix, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Each row's maximum (its implicit zeros counted) and the lowest column holding it among
    the stored entries (-1 for a row with none): ``product.max(axis=1)`` and, where the maximum
    is above 0, ``product.argmax(axis=1)``, without the sort of every row's entries that both
    make first (most of the time of comparing new sentences with many earlier ones), nor
    argmax's loop over the rows."""
    import numpy as np

    n = product.shape[0]
    counts = np.diff(product.indptr)
    held = np.flatnonzero(counts)
    best = np.zeros(n, dtype=np.float64)
    first = np.full(n, -1, dtype=np.int64)
    if not len(held):
        return best, first
    starts = product.indptr[held]
    best[held] = np.maximum.reduceat(product.data, starts)
    partial = counts < width
    best[partial] = np.maximum(best[partial], 0.0)
    owner = np.repeat(np.arange(n), counts)
    columns = np.where(product.data == best[owner], product.indices, width)
    first[held] = np.minimum.reduceat(columns, starts)
    return best, first
