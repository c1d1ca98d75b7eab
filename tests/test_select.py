"""Unit tests for the select stage: MMR, budgets, citations of near-duplicates, concept coverage."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from conftest import build_sentences as build
from hypothesis import given
from hypothesis import strategies as st
from scipy.sparse import csr_matrix

from summarizer import Document, load_documents, summarize
from summarizer.errors import ConfigError
from summarizer.same import large_numbers
from summarizer.score import score_sentences
from summarizer.select import (
    FAR_APART_DAYS,
    MIN_RELEVANCE_SHARE,
    PACKING_MAX_POOL,
    REASON_CHAINED,
    REASON_FIGURES,
    REASON_HEADLINE,
    REASON_JOINED,
    REASON_PARTS,
    REASON_REPEATED,
    REASON_SAME,
    REASON_SHOWN,
    _before_aside_clause,
    _clause_heads,
    _clauses,
    _cosine,
    _days,
    _doc_codes,
    _Fact,
    _fact_head,
    _in_parts,
    _main_clause,
    _point_statement,
    _relative_statement,
    _repeated_points,
    _speaker,
    _speakers_quote,
    _statement_head,
    _Statements,
    _subject,
    _subject_words,
    _without_apposition,
    _without_subject_clause,
    select_mmr,
)
from summarizer.split import split_documents
from summarizer.types import Pick, Point, Scored, Sentence, count_words

# An invented storm told by three outlets; b and c reuse a's wire sentence almost word for word.
STORM = {
    "a": [
        "Storm Idris flooded the lower town of Marrow Bay on Sunday night, forcing 2,000 people from their homes.",
        "The regional council opened three shelters in school gyms and asked residents to avoid the coast road.",
        "Forecasters expect the storm to weaken over the hills by Tuesday afternoon.",
    ],
    "b": [
        "Storm Idris flooded the lower town of Marrow Bay on Sunday night, forcing about 2,000 people from their homes.",
        "Power lines fell across the coast road and 9,000 homes lost electricity during the storm.",
    ],
    "c": [
        "On Sunday night Storm Idris flooded the lower town of Marrow Bay, forcing 2,000 people from their homes.",
        "Insurers said the flood damage in Marrow Bay could pass 40 million euros.",
        "The town's rowing club cancelled its annual regatta for the first time in 60 years.",
    ],
}


@pytest.fixture(scope="module")
def storm() -> Scored:
    return score_sentences(build(STORM))


def test_near_duplicates_across_documents_are_cited_together_and_picked_once(storm: Scored) -> None:
    picks = select_mmr(storm, max_sentences=4)
    flood = [p for p in picks if "flooded the lower town" in p.sentence.text]
    assert len(flood) == 1
    cited = [c.doc_id for c in flood[0].citations]
    assert cited[0] == flood[0].sentence.doc_id
    assert sorted(cited) == ["a", "b", "c"]
    assert flood[0].citations[0].similarity == 1.0
    assert all(0.45 <= c.similarity <= 1.0 for c in flood[0].citations[1:])
    texts = [p.sentence.text for p in picks]
    assert len(set(texts)) == len(texts)


def test_citation_offsets_point_at_the_cited_sentence(storm: Scored) -> None:
    by_span = {(s.doc_id, s.start, s.end): s for s in storm.sentences}
    for pick in select_mmr(storm, max_sentences=3):
        for citation in pick.citations:
            assert (citation.doc_id, citation.start, citation.end) in by_span


def test_zero_diversity_gives_the_top_k_by_relevance(storm: Scored) -> None:
    # Distinct statements only (no near-duplicates), so nothing is merged away.
    sentences = build({"a": STORM["a"], "b": STORM["b"][1:], "c": STORM["c"][1:]})
    scored = score_sentences(sentences)
    picks = select_mmr(scored, max_sentences=3, diversity=0.0)
    expected = [int(i) for i in np.argsort(-scored.relevance, kind="stable")[:3]]
    assert [sentences.index(p.sentence) for p in picks] == expected
    assert [p.rank for p in picks] == [0, 1, 2]


def test_ineligible_sentences_are_never_picked(storm: Scored) -> None:
    eligible = np.ones(len(storm.sentences), dtype=bool)
    best = int(np.argmax(storm.relevance))
    eligible[best] = False
    blocked = Scored(storm.sentences, storm.matrix, storm.relevance, storm.key_terms, eligible)
    picks = select_mmr(blocked, max_sentences=len(storm.sentences))
    assert all(p.sentence != storm.sentences[best] for p in picks)
    # ...yet the ineligible sentence still counts as a source of what it says.
    assert picks


@given(
    max_words=st.integers(min_value=1, max_value=120),
    diversity=st.floats(min_value=0.0, max_value=1.0),
    coverage_weight=st.sampled_from([0.0, 0.5, 2.0]),
    length_power=st.sampled_from([0.0, 0.5, 1.0]),
)
def test_word_budget_is_never_exceeded(
    max_words: int, diversity: float, coverage_weight: float, length_power: float
) -> None:
    scored = score_sentences(build(STORM))
    picks = select_mmr(
        scored,
        max_words=max_words,
        diversity=diversity,
        coverage_weight=coverage_weight,
        length_power=length_power,
    )
    assert sum(count_words(p.sentence.text) for p in picks) <= max_words
    texts = [p.sentence.text for p in picks]
    assert len(set(texts)) == len(texts)


def test_budget_is_filled_with_a_shorter_sentence_when_the_best_does_not_fit(storm: Scored) -> None:
    longest = max(count_words(s.text) for s in storm.sentences)
    picks = select_mmr(storm, max_words=longest + 12)
    used = sum(count_words(p.sentence.text) for p in picks)
    assert len(picks) >= 2 and used <= longest + 12


def test_sentence_budget(storm: Scored) -> None:
    assert len(select_mmr(storm, max_sentences=2)) == 2


def test_coverage_prefers_a_sentence_with_new_shared_concepts() -> None:
    # Three outlets share "ferry", "strike" and "harbour"; the coverage gain should lead with the
    # sentence that holds all of them, then move to the other shared concept ("Wednesday" talks).
    corpus = {
        "a": [
            "The ferry strike closed the harbour for a second day.",
            "Union leaders meet ministers on Wednesday for talks.",
        ],
        "b": [
            "A ferry strike kept the harbour shut, stranding tourists.",
            "Talks with ministers are set for Wednesday.",
        ],
        "c": [
            "Tourists waited at the harbour as the ferry strike went on.",
            "Ministers agreed to Wednesday talks with the union.",
        ],
    }
    scored = score_sentences(build(corpus), position_weight=0.0)
    picks = select_mmr(scored, max_sentences=2, coverage_weight=2.0)
    first, second = (p.sentence.text for p in picks)
    assert "ferry" in first and "harbour" in first
    assert "Wednesday" in second


def test_coverage_off_is_plain_mmr(storm: Scored) -> None:
    plain = select_mmr(storm, max_words=60)
    explicit = select_mmr(storm, max_words=60, coverage_weight=0.0, length_power=0.0)
    assert plain == explicit


def test_deterministic(storm: Scored) -> None:
    one = select_mmr(storm, max_words=50, coverage_weight=1.0, length_power=0.5)
    two = select_mmr(storm, max_words=50, coverage_weight=1.0, length_power=0.5)
    assert one == two


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"diversity": 1.5}, "diversity must be in"),
        ({"diversity": -0.1}, "diversity must be in"),
        ({"diversity": float("nan")}, "diversity must be in"),
        ({"citation_threshold": 0.0}, "citation_threshold must be in"),
        ({"coverage_weight": -1.0}, "coverage_weight must be"),
        ({"coverage_weight": float("nan")}, "coverage_weight must be"),
        ({"length_power": float("inf")}, "length_power must be"),
        ({"concept_min_docs": 0}, "concept_min_docs must be"),
        ({"min_relevance": 1.0}, "min_relevance must be in"),
        ({"min_relevance": -0.1}, "min_relevance must be in"),
    ],
)
def test_invalid_parameters_are_config_errors(
    storm: Scored, kwargs: dict[str, float], match: str
) -> None:
    with pytest.raises(ConfigError, match=match):
        select_mmr(storm, max_words=50, **kwargs)  # type: ignore[arg-type]


# The storm told by a fourth outlet too, and a sentence in c that bears on nothing the others say
# (its words are in one article of four, so none of them describes the event).
STRAY = {
    **STORM,
    "c": [*STORM["c"], "A bakery on Mill Lane now sells rye loaves every day of the week."],
    "d": [
        "Storm Idris forced 2,000 people in Marrow Bay from their homes on Sunday night.",
        "The council said the shelters in Marrow Bay would stay open until the flood recedes.",
    ],
}


def test_a_sentence_far_below_the_best_is_never_picked() -> None:
    scored = score_sentences(build(STRAY))
    stray = next(i for i, s in enumerate(scored.sentences) if "bakery" in s.text)
    best = float(scored.relevance.max())
    assert scored.eligible is not None and scored.eligible[stray]
    assert scored.relevance[stray] < MIN_RELEVANCE_SHARE * best
    every = len(scored.sentences)
    padded = select_mmr(scored, max_sentences=every)
    assert any("bakery" in p.sentence.text for p in padded)
    picks = select_mmr(scored, max_sentences=every, min_relevance=MIN_RELEVANCE_SHARE)
    assert picks and not any("bakery" in p.sentence.text for p in picks)
    relevance = {s.text: float(r) for s, r in zip(scored.sentences, scored.relevance)}
    assert all(relevance[p.sentence.text] >= MIN_RELEVANCE_SHARE * best for p in picks)


def test_a_generic_briefing_ends_rather_than_pad_its_budget() -> None:
    documents = [Document(" ".join(texts), id=key) for key, texts in STRAY.items()]
    briefing = summarize(documents, max_words=400)
    assert briefing.points and not any("bakery" in p.text for p in briefing.points)
    assert sum(count_words(p.text) for p in briefing.points) < 400


def test_no_sentences_gives_no_picks(storm: Scored) -> None:
    empty = Scored((), storm.matrix[:0], np.zeros(0))
    assert select_mmr(empty, max_words=10) == ()


# --- One fact, one point: merging and citations, the relation replaced by a table -------------


# The decision level of the tests' relation table (the shipped relation's own may differ).
LEVEL = 0.6


class _Table:
    """A same-statement relation given as a table of pair probabilities (symmetric, 0 elsewhere)."""

    def __init__(
        self,
        n: int,
        pairs: dict[tuple[int, int], float],
        contained: dict[tuple[int, int], float] | None = None,
    ) -> None:
        self.n = n
        self.model = "fact"  # the decision levels and penalty of the same-fact model
        self.pairs = pairs
        self.contained_pairs = contained or {}
        # No sentence leans on another: no fact is read across two sentences.
        self.sentences: list[Sentence] = []
        self.leans = [False] * n
        self.matrix: csr_matrix | None = None  # the score stage's rows, set by _with_table
        self.open: np.ndarray | None = None  # select_mmr's open sentences (set by it)
        self.shown: list[int] = []  # the points' shown sentences (appended by select_mmr)

    def _row(self, i: int, pairs: dict[tuple[int, int], float]) -> np.ndarray:
        row = np.zeros(self.n)
        for (a, b), p in pairs.items():
            if i in (a, b):
                row[b if i == a else a] = p
        row[i] = 1.0
        return row

    def probability(self, i: int) -> np.ndarray:
        return self._row(i, self.pairs)

    def cosine(self, i: int) -> np.ndarray:
        assert self.matrix is not None
        return _cosine(self.matrix, i)  # shared wording, as the relation reads it

    def reverse(self, i: int) -> np.ndarray:
        # What the pick already states: the table's pairs (symmetric), and the "held" pairs
        # (i, j): i states j's fact (one way only, as the same-fact model is directional).
        row = self.probability(i)
        for (a, b), p in self.contained_pairs.items():
            if a == i:
                row[b] = max(row[b], p)
        return row

    def citing(self, i: int, probability: np.ndarray, *, merging: bool = False) -> np.ndarray:
        return probability  # no rules over a table

    def main_clause_citing(self, i: int, cite: np.ndarray, threshold: float) -> np.ndarray:
        return np.zeros(len(cite))  # a table has no clauses

    def own_statement_citing(
        self, i: int, probability: np.ndarray, cite: np.ndarray, threshold: float
    ) -> np.ndarray:
        return np.zeros(len(cite))  # a table has no clauses

    def quote_citing(
        self, i: int, probability: np.ndarray, cite: np.ndarray, threshold: float
    ) -> np.ndarray:
        return np.zeros(len(cite))  # a table has no words

    def pronoun_citing(
        self, i: int, probability: np.ndarray, cite: np.ndarray, threshold: float
    ) -> np.ndarray:
        return np.zeros(len(cite))  # a table has no words

    def phrase_citing(
        self, i: int, probability: np.ndarray, cite: np.ndarray, threshold: float
    ) -> np.ndarray:
        return np.zeros(len(cite))  # a table has no words

    def lead_citing(
        self, i: int, probability: np.ndarray, cite: np.ndarray, threshold: float
    ) -> np.ndarray:
        return np.zeros(len(cite))  # a table has no leads nor dates

    def possible_in_clauses(self, i: int, doc_codes: np.ndarray) -> set[int]:
        return set()  # a table has no clauses

    def telling_figures(self, i: int, level: float, doc_codes: np.ndarray) -> set[int]:
        return set()  # a table has no figures

    def agreeing_figures(self, i: int, doc_codes: np.ndarray) -> set[int]:
        return set()  # a table has no figures

    def told_in_parts(self, i: int, j: int) -> bool:
        return False  # a table has no figures

    def told_with_figures(self, i: int, j: int) -> bool:
        return False  # a table has no figures

    def told_after_lead(self, i: int, j: int) -> bool:
        return False  # a table has no words

    def said_in_passing(self, i: int, said: np.ndarray, level: float) -> np.ndarray:
        return said  # a table has no clauses

    def own_news(self, i: int, rows: np.ndarray, level: float) -> list[int]:
        return []  # a table has no clauses

    def citing_own(
        self, i: int, probability: np.ndarray, cite: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        return probability, cite  # a table has no clauses

    def background_citing(
        self, i: int, cite: np.ndarray, threshold: float, *, dated_only: bool = False
    ) -> np.ndarray:
        return cite  # a table has no clauses

    def deeds(self, i: int, probability: np.ndarray) -> np.ndarray:
        return np.zeros(len(probability), dtype=bool)  # a table has no moods

    def moods(self, i: int, j: int) -> tuple[bool, bool]:
        return False, False  # a table has no moods

    def updates(self, i: int, among: np.ndarray) -> np.ndarray:
        return np.zeros(len(among), dtype=bool)  # a table has no figures or dates

    def later_days(self, i: int, among: np.ndarray) -> np.ndarray:
        return np.zeros(len(among), dtype=bool)  # a table has no dates

    def article_day(self, k: int) -> None:
        return None  # a table has no dates

    def later_in_event(self, i: int, among: np.ndarray) -> list[int]:
        return []  # a table has no dates

    def forecast_deeds(self, i: int, among: np.ndarray) -> list[int]:
        return []  # a table has no dates

    def far_other_days(self, i: int, among: np.ndarray) -> np.ndarray:
        return np.zeros(len(among), dtype=bool)  # a table has no dates

    def earlier_counts(self, i: int, among: np.ndarray, level: float) -> np.ndarray:
        return np.zeros(len(among), dtype=bool)  # a table has no clauses or dates


# A bakery fire told by three outlets; 0, 3 and 6 state the same fact, but the relation (as the
# table below says) only links 0-3 and 3-6: a transitivity gap between 0 and 6.
BAKERY = {
    "a": [
        "A fire destroyed the Lindqvist bakery on Harbour Street early on Friday morning.",
        "The owners plan to reopen in a rented kitchen within a month.",
        "Neighbours collected money for the four bakers who lost their jobs.",
    ],
    "b": [
        "Flames gutted the Lindqvist family bakery in Harbour Street before dawn on Friday.",
        "Fire crews needed three hours to bring the blaze under control.",
        "the cause is still unknown, a fire service spokeswoman told reporters.",
    ],
    "c": [
        "The old Lindqvist bakery on Harbour Street burned down early Friday.",
        "Investigators have not found the cause of the fire yet.",
        "The building dated from 1912 and was listed as a local landmark.",
    ],
}


def _with_table(
    monkeypatch: pytest.MonkeyPatch,
    pairs: dict[tuple[int, int], float],
    contained: dict[tuple[int, int], float] | None = None,
) -> Scored:
    from summarizer import select

    sentences = build(BAKERY)
    table = _Table(len(sentences), pairs, contained)
    monkeypatch.setattr(select, "_statements", lambda scored, dates=None: table)
    scored = score_sentences(sentences, position_weight=0.0)
    table.matrix = scored.matrix
    # Relevance fixed by hand: the three statements of the fire lead, 6 above 3.
    relevance = np.array([1.0, 0.5, 0.4, 0.8, 0.6, 0.3, 0.9, 0.45, 0.35])
    return Scored(scored.sentences, scored.matrix, relevance, scored.key_terms, scored.eligible)


def test_a_transitive_duplicate_joins_the_earlier_point(monkeypatch: pytest.MonkeyPatch) -> None:
    scored = _with_table(monkeypatch, {(0, 3): 0.9, (3, 6): 0.8})
    picks = select_mmr(scored, max_sentences=3, diversity=0.0, citation_threshold=LEVEL)
    fire = [p for p in picks if "Lindqvist" in p.sentence.text]
    assert len(fire) == 1, [p.sentence.text for p in picks]
    assert fire[0].sentence == scored.sentences[0]
    spans = [(c.doc_id, c.start, c.end) for c in fire[0].citations]
    wanted = [scored.sentences[j] for j in (0, 3, 6)]
    assert spans == [(s.doc_id, s.start, s.end) for s in wanted]
    # Each citation records the relation's strength: direct 0.9; through 3, both links 0.9 * 0.8.
    assert [c.similarity for c in fire[0].citations] == [1.0, 0.9, 0.72]
    assert [c.reason for c in fire[0].citations] == [REASON_SHOWN, REASON_SAME, REASON_CHAINED]
    assert len(picks) == 3  # the merged pick spent no budget: three distinct facts remain
    assert [p.rank for p in picks] == [0, 1, 2]


def test_a_weak_chain_is_not_one_fact(monkeypatch: pytest.MonkeyPatch) -> None:
    # 0 ~ 3 and 3 ~ 6 each pass the threshold (0.6) but the chain 0.7 * 0.7 does not: two points.
    scored = _with_table(monkeypatch, {(0, 3): 0.7, (3, 6): 0.7})
    picks = select_mmr(scored, max_sentences=3, diversity=0.0, citation_threshold=LEVEL)
    fire = [p for p in picks if "Lindqvist" in p.sentence.text]
    assert [p.sentence for p in fire] == [scored.sentences[0], scored.sentences[6]]
    assert [c.doc_id for c in fire[0].citations] == ["a", "b"]
    # 3 states both facts as far as the relation can tell, so both points cite it.
    assert [c.doc_id for c in fire[1].citations] == ["c", "b"]


def test_every_source_stating_the_fact_is_cited(monkeypatch: pytest.MonkeyPatch) -> None:
    scored = _with_table(monkeypatch, {(0, 3): 0.9, (0, 6): 0.7, (4, 7): 0.6})
    picks = select_mmr(scored, max_sentences=9, diversity=0.0, citation_threshold=LEVEL)
    cited = {p.sentence.text: [c.doc_id for c in p.citations] for p in picks}
    assert cited[BAKERY["a"][0]] == ["a", "b", "c"]
    assert cited[BAKERY["b"][1]] == ["b", "c"]
    # A fact no other sentence states cites its own source alone ("only in"), and only then.
    for pick in picks:
        i = scored.sentences.index(pick.sentence)
        others = {
            scored.sentences[j].doc_id
            for (a, b) in ((0, 3), (0, 6), (4, 7))
            for j in ((b,) if a == i else (a,) if b == i else ())
        }
        assert {c.doc_id for c in pick.citations[1:]} == others - {pick.sentence.doc_id}
    # Sentences cited by a point are never points themselves.
    shown = {p.sentence for p in picks}
    assert not {scored.sentences[j] for j in (3, 6, 7)} & shown


def test_the_best_formed_sentence_of_a_fact_is_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    # 5 (lower-case opening: a split fragment) is the most relevant statement of the cause; 7
    # states it too and opens as a sentence of its own, so 7 is shown, citing c first.
    scored = _with_table(monkeypatch, {(5, 7): 0.85})
    relevance = scored.relevance.copy()
    relevance[5] = 2.0
    scored = Scored(scored.sentences, scored.matrix, relevance, scored.key_terms, scored.eligible)
    budget = count_words(BAKERY["c"][1])
    picks = select_mmr(scored, max_words=budget, diversity=0.0, citation_threshold=LEVEL)
    assert [p.sentence.text for p in picks] == [BAKERY["c"][1]]
    assert [c.doc_id for c in picks[0].citations] == ["c", "b"]
    assert picks[0].citations[0].similarity == 1.0


def test_a_shorter_sentence_the_pick_holds_is_said_already(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 6 is picked first. It states 7's fact (7 adds nothing: passed over, and no citation: what
    # a pick already states never makes one), while 0 states 6's fact and more (the relation
    # says so only that way round), so 0 is not passed over by 6. Picked later, 0 states 6's
    # fact at the citation level (through 6 itself): it is no second point, and joins 6.
    scored = _with_table(monkeypatch, {}, {(6, 7): 0.8, (0, 6): 0.8})
    relevance = scored.relevance.copy()
    relevance[6] = 2.0
    scored = Scored(scored.sentences, scored.matrix, relevance, scored.key_terms, scored.eligible)
    picks = select_mmr(scored, max_sentences=9, diversity=0.0, citation_threshold=LEVEL)
    shown = [scored.sentences.index(p.sentence) for p in picks]
    assert shown[0] == 6 and 0 not in shown and 7 not in shown
    assert [(c.doc_id, c.reason) for c in picks[0].citations] == [
        ("c", REASON_SHOWN),
        ("a", REASON_CHAINED),
    ]


def test_merged_points_are_deterministic(monkeypatch: pytest.MonkeyPatch) -> None:
    scored = _with_table(monkeypatch, {(0, 3): 0.9, (3, 6): 0.8, (4, 7): 0.6})
    assert select_mmr(scored, max_words=40, citation_threshold=LEVEL) == select_mmr(
        scored, max_words=40, citation_threshold=LEVEL
    )


# Budget packing (small pools): three unrelated statements of 20, 15 and 15 words. With 30 words,
# greedy MMR takes the best (20 words) and nothing fits the 10 left; the two of 15 fill it.
PACKING = {
    "a": [
        (
            "Ferry crews at the harbour walked out at dawn over a pay offer that the "
            "operator called final and generous."
        ),
    ],
    "b": [
        (
            "Twelve sailings to the islands were cancelled before noon, stranding more than four "
            "hundred passengers."
        )
    ],
    "c": [
        "The operator quickly hired two chartered catamarans to carry medical supplies to the outer islands."
    ],
}


def _packing_scored(relevance: list[float], extra: int = 0) -> Scored:
    """The three statements with the given relevance, and ``extra`` unrelated weak sentences."""
    corpus = dict(PACKING)
    corpus["d"] = [
        f"Filler report number {n} describes the weather at lighthouse station {n} in plain words."
        for n in range(extra)
    ]
    scored = score_sentences(build(corpus))
    values = np.array(relevance + [0.01] * extra)
    return Scored(scored.sentences, scored.matrix, values, scored.key_terms, scored.eligible)


def _texts(picks: tuple[Pick, ...]) -> list[str]:
    return [p.sentence.text for p in picks]


def test_packing_fills_the_budget_of_a_small_pool() -> None:
    assert [count_words(t[0]) for t in PACKING.values()] == [20, 15, 15]
    picks = select_mmr(_packing_scored([1.0, 0.9, 0.85]), max_words=30)
    assert _texts(picks) == [PACKING["b"][0], PACKING["c"][0]]
    assert sum(count_words(p.sentence.text) for p in picks) == 30


def test_packing_never_trades_a_clearly_better_pick() -> None:
    # The two short ones are worth much less than the best (below PACKING_NEAR of its gain).
    picks = select_mmr(_packing_scored([1.0, 0.6, 0.55]), max_words=30)
    assert _texts(picks) == [PACKING["a"][0]]


def test_a_large_pool_keeps_greedy_mmr() -> None:
    # More eligible sentences than PACKING_MAX_POOL: a sentence that fits is almost always there.
    scored = _packing_scored([1.0, 0.9, 0.85], extra=PACKING_MAX_POOL)
    assert int(np.count_nonzero(scored.eligible)) > PACKING_MAX_POOL
    picks = select_mmr(scored, max_words=30)
    assert _texts(picks)[0] == PACKING["a"][0]


# Two reports lead with one fact (a table relation says so), in 16 and 12 words; the first report
# goes on with another fact in 17. Budget 30: packing keeps the longer lede, counting on the other
# (12 words) to fill what it leaves, but the other states its fact and is passed over, and the
# 17-word sentence does not fit the 14 words left.
STRIKE = {
    "a": [
        "Ferry crews at Port Halloran walked off the job on Monday morning over a pay offer.",
        (
            "The operator said it would charter two catamarans to carry medical supplies to "
            "the three outer islands."
        ),
    ],
    "b": ["Port Halloran ferry workers went on strike on Monday over their pay."],
}


def _strike_scored(monkeypatch: pytest.MonkeyPatch) -> Scored:
    """STRIKE's sentences, the two ledes one fact; relevance 1.0, 0.7 (the other fact), 0.9."""
    from summarizer import select

    sentences = build(STRIKE)
    table = _Table(len(sentences), {(0, 2): 0.95})
    monkeypatch.setattr(select, "_statements", lambda scored, dates=None: table)
    scored = score_sentences(sentences, position_weight=0.0)
    table.matrix = scored.matrix
    relevance = np.array([1.0, 0.7, 0.9])
    return Scored(scored.sentences, scored.matrix, relevance, scored.key_terms, scored.eligible)


def test_a_packed_briefing_that_leaves_its_budget_unused_tries_another_opener(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scored = _strike_scored(monkeypatch)
    assert [count_words(s.text) for s in scored.sentences] == [16, 17, 12]
    assert bool(scored.eligible.all())
    picks = select_mmr(scored, max_words=30)
    # The shorter lede first leaves room for the other fact: two points in 29 words, the lede's
    # fact cited to both reports, where the longer lede alone took 16.
    assert _texts(picks) == [STRIKE["b"][0], STRIKE["a"][1]]
    assert [c.doc_id for c in picks[0].citations] == ["b", "a"]
    assert sum(count_words(p.sentence.text) for p in picks) == 29


class _StubRelation:
    """A relation whose reading of two neighbouring sentences together is given."""

    def __init__(
        self, model: str, sentences: list[Sentence], leans: list[bool], joined: float
    ) -> None:
        self.model = model
        self.sentences = sentences
        self.leans = leans
        self.language = "en"
        self.read: list[tuple[int, int]] = []
        self.cited: list[int] = []  # what join_across returned: never to be picked again
        self._joined = joined

    def joined(self, i: int, first: int, last: int) -> float:
        self.read.append((first, last))
        return self._joined


def _across(
    model: str,
    leans: list[bool],
    probability: list[float],
    joined: float = 0.95,
    texts: dict[int, str] | None = None,
):
    # Sentence 0 is the fact's (document a); 1-3 are document b's first paragraph, 4 its second.
    spans = [("a", 0, 0), ("b", 0, 0), ("b", 1, 0), ("b", 2, 0), ("b", 3, 1)]
    sentences = [
        Sentence(doc, index, 10 * index, 10 * index + 9, (texts or {}).get(k, f"s{k}"), paragraph)
        for k, (doc, index, paragraph) in enumerate(spans)
    ]
    relation = _StubRelation(model, sentences, leans, joined)
    fact = _Fact(0, 1.0, 0, 0)
    codes = np.array([0, 1, 1, 1, 1])
    relation.cited = fact.join_across(relation, np.array(probability), codes, 0.9)  # type: ignore[arg-type]
    return fact, relation


def test_a_fact_across_two_sentences_needs_both_to_hold_part_of_it() -> None:
    # Short reports: sentences 1 and 2 each may state the fact (0.6, 0.7): read together.
    fact, relation = _across("short", [False] * 5, [1.0, 0.6, 0.7, 0.1, 0.0])
    assert relation.read == [(1, 2)]
    assert fact.cited[1] == (1, 0.95, REASON_JOINED) and fact.through[1] == 2
    assert relation.cited == [1, 2]
    # A neighbour that holds none of the fact is never read with it (2 and 3: 0.7 and 0.1).
    fact, relation = _across("short", [False] * 5, [1.0, 0.1, 0.7, 0.1, 0.0])
    assert relation.read == [] and 1 not in fact.cited
    # Nor one in another paragraph (3 and 4), nor when together they stay below the level.
    fact, relation = _across("short", [False] * 5, [1.0, 0.0, 0.0, 0.6, 0.6])
    assert relation.read == [] and 1 not in fact.cited
    fact, relation = _across("short", [False] * 5, [1.0, 0.6, 0.7, 0.0, 0.0], joined=0.89)
    assert relation.read == [(1, 2)] and 1 not in fact.cited


def test_long_articles_read_two_sentences_together_only_when_the_second_leans_back() -> None:
    probability = [1.0, 0.6, 0.7, 0.0, 0.0]
    fact, relation = _across("fact", [False] * 5, probability)
    assert relation.read == [] and 1 not in fact.cited
    fact, relation = _across("fact", [False, False, True, False, False], probability)
    assert relation.read == [(1, 2)] and fact.cited[1][2] == REASON_JOINED
    # A lone sentence per article (the paraphrase model) has nothing to read across.
    fact, relation = _across("same", [False, False, True, False, False], probability)
    assert relation.read == [] and 1 not in fact.cited


def test_a_second_sentence_naming_the_first_ones_thing_by_the_leans_back() -> None:
    # Our own text: the name and the day in one sentence, the deed in the next, whose subject
    # is "The" and a noun of the first (no pronoun nor connective: ``leans`` is False).
    probability = [1.0, 0.6, 0.7, 0.0, 0.0]
    texts = {
        1: "On Sunday, divers used the salvage barge Orla's crane to reach the wreck.",
        2: "The barge and its crew lifted the ferry's bow clear of the rocks by noon.",
    }
    fact, relation = _across("fact", [False] * 5, probability, texts=texts)
    assert relation.read == [(1, 2)] and fact.cited[1][2] == REASON_JOINED
    assert fact.through[1] == 2
    # A thing the first sentence does not name is another thing: not read together.
    texts[2] = "The tug and its crew lifted the ferry's bow clear of the rocks by noon."
    fact, relation = _across("fact", [False] * 5, probability, texts=texts)
    assert relation.read == [] and 1 not in fact.cited
    # Nor is "The" before a stop word ("The other ...": the first sentence's other thing).
    texts[1] = "On Sunday, one barge held the wreck while the other barge's crane reached it."
    texts[2] = "The other lifted the ferry's bow clear of the rocks by noon."
    fact, relation = _across("fact", [False] * 5, probability, texts=texts)
    assert relation.read == [] and 1 not in fact.cited


# One crackdown told by three outlets (our own text); two give the same count, one another.
_CRACKDOWN = {
    "a": (
        "Police in Veskar have detained 702 members of the opposition Unity Party since a "
        "crackdown began in May, the party said on Friday. The party's leader, Mara Olsen, called "
        "the arrests an attack on free speech. Most of those held were taken from their homes at "
        "night, relatives said. The interior ministry said the detainees were suspected of "
        "planning riots. Foreign diplomats in the capital asked to visit the prisons."
    ),
    "b": (
        "Police in Veskar have detained more than 500 members of the opposition Unity Party since "
        "a crackdown began in May, party officials said. Mara Olsen, who leads the party, said the "
        "arrests were meant to silence critics. The government denies that anyone is held for "
        "political reasons. A court in the capital will hear the first cases next month. Human "
        "rights groups have called for the detainees to be released."
    ),
    "c": (
        "Police in Veskar have detained 702 Unity Party members since the crackdown began in May, "
        "the opposition party said. The interior ministry says those held were planning riots. "
        "Relatives say most were taken from their homes at night. Mara Olsen described the "
        "arrests as an attack on free speech. The European Union urged the government to release "
        "them."
    ),
}


def test_a_sentence_with_another_count_neither_cites_the_point_nor_makes_a_second_one() -> None:
    docs = [Document(text, id=key) for key, text in _CRACKDOWN.items()]
    briefing = summarize(docs, max_words=80)
    counts = [p for p in briefing.points if "detained" in p.text]
    assert len(counts) == 1  # the other count restates the point: passed over
    assert "702" in counts[0].text
    assert sorted(counts[0].citations) == ["a", "c"]  # "more than 500" does not state 702


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Vidal said the crane at Port Vell was old.", "Vidal"),
        ("The crane was old, port director Marta Vidal said on Friday.", "Vidal"),
        ("The crane was old, said Marta Vidal, the port director.", "Vidal"),
        ("The crane was old, the port director said.", None),
        ("The report said the crane was old.", None),
        ("They said the crane at Port Vell was old.", None),
        ("The crane at Port Vell collapsed on Tuesday.", None),
    ],
)
def test_speaker_is_the_name_beside_the_verb_of_saying(text: str, speaker: str | None) -> None:
    assert _speaker(text, "en") == speaker


# An invented harbour wall: a and b report its collapse two days apart; c and d its reopening.
_HARBOUR = {
    "a": (
        "The Lynmouth harbour wall collapsed during a storm on Tuesday night, flooding twelve "
        "fishing sheds. Harbour master Edith Crane said the wall had stood since 1894. The council "
        "closed the harbour road while engineers inspected the damage. Fishermen moved their "
        "boats to Porlock for the rest of the week."
    ),
    "b": (
        "Twelve fishing sheds were flooded when the Lynmouth harbour wall collapsed in Tuesday's "
        "storm. Engineers said waves had undermined the wall's foundations. The harbour road "
        "stayed closed on Wednesday. Edith Crane, the harbour master, called the damage the worst "
        "she had seen."
    ),
    "c": (
        "The Lynmouth harbour wall reopened to fishing boats on Monday after a summer of "
        "rebuilding. The council spent four million pounds on the new wall. Harbour master Edith "
        "Crane said the fishing fleet had returned from Porlock. The new wall stands two metres "
        "higher than the old one."
    ),
    "d": (
        "Lynmouth's fishermen held a festival to mark the rebuilt harbour wall. The council said "
        "the harbour road would stay open all winter. Edith Crane thanked the engineers who "
        "rebuilt the wall. Twelve fishing sheds were flooded when the Lynmouth harbour wall "
        "collapsed."
    ),
}


def _harbour(reopened: str) -> dict[str, Point]:
    dates = {"a": "2020-01-08", "b": "2020-01-10", "c": reopened, "d": reopened}
    docs = [Document(text, id=key, date=dates[key]) for key, text in _HARBOUR.items()]
    points = summarize(docs, max_words=80).points
    return {key: next(p for p in points if key in p.text) for key in ("harbour road", "sheds")}


def test_an_article_months_apart_cites_only_with_the_points_own_words() -> None:
    # Ten days on, d's road "would stay open all winter" passes for the closure (the story's
    # words "council", "harbour road" carry it); eight months on, it is no citation, only a
    # possible source. d's restatement of the flooded sheds, with the point's own words, is
    # cited either way, and b (two days from a) is never touched.
    near, far = _harbour("2020-01-18"), _harbour("2020-09-01")
    assert sorted(near["harbour road"].citations) == ["a", "b", "d"]
    assert sorted(far["harbour road"].citations) == ["a", "b"]
    assert far["harbour road"].possible_sources == 1
    assert sorted(near["sheds"].citations) == sorted(far["sheds"].citations) == ["a", "b", "d"]


# An invented landslide: a's last sentence tells two facts; b tells one of them, with its figure.
_ORRIN = {
    "a": (
        "A landslide buried the coast road north of Pellan on Tuesday night, cutting off the "
        "fishing village of Orrin. Crews began clearing the mud on Wednesday morning. The road "
        "carries about 900 vehicles a day in summer. The harbour at Orrin handles most of the "
        "island's crab catch and employs around 240 seasonal packers in the autumn."
    ),
    "b": (
        "The coast road to Orrin was buried by a landslide late on Tuesday. Diggers started to "
        "clear the mud on Wednesday. The harbour usually takes on around 240 seasonal workers. "
        "Villagers have been told to expect delays for a week."
    ),
    "c": (
        "Orrin has been cut off since a landslide blocked the coast road on Tuesday night. "
        "Clearing work started on Wednesday morning, the roads office said. A ferry will carry "
        "food to the village from Thursday."
    ),
}


def test_a_point_whose_figure_another_article_tells_is_not_only_in_its_source() -> None:
    # b's "240 seasonal workers" is a part of a's point (passed over for it, no citation: the
    # point says more). a's point is no "only in a"; the road's 900 vehicles, told by a alone,
    # is.
    dates = {"a": "2030-10-02", "b": "2030-10-02", "c": "2030-10-03"}
    docs = [Document(text, id=key, date=dates[key]) for key, text in _ORRIN.items()]
    points = {p.text: p for p in summarize(docs, max_words=80).points}
    harbour = points[_ORRIN["a"].split(". ")[-1]]
    assert harbour.citations == ("a",) and harbour.possible_sources == 1
    road = points["The road carries about 900 vehicles a day in summer."]
    assert road.citations == ("a",) and road.possible_sources == 0
    assert not any(text.startswith("The harbour usually") for text in points)


def test_the_far_apart_rule_reads_only_clusters_whose_dates_span_more_than_its_days() -> None:
    sentences = [Sentence(doc_id=key, index=0, start=0, end=1, text="x.") for key in "abc"]
    assert _days(sentences, {"a": "2020-01-01", "b": "2020-01-31", "c": None}) is None
    assert _days(sentences, {}) is None
    days = _days(sentences, {"a": "2020-01-01", "b": "2020-02-01", "c": "no date"})
    assert days is not None
    assert days[1] - days[0] == FAR_APART_DAYS + 1
    assert np.isnan(days[2])


def test_a_sentence_holding_only_the_storys_own_words_is_unspecific() -> None:
    # Every article names the harbour wall: holding those words says nothing of a point's claim.
    corpus = {
        "a": [
            "The harbour wall collapsed after waves undermined its foundations.",
            "The harbour wall had protected the fishing sheds for a century.",
        ],
        "b": [
            "Waves undermined the foundations of the harbour wall until it collapsed.",
            "The council will rebuild the harbour wall next summer.",
        ],
        "c": ["Fishermen watched from the quay as the harbour wall was inspected."],
    }
    scored = score_sentences(build(corpus))
    relation = _Statements(scored)
    unspecific = relation._unspecific(0, np.arange(len(scored.sentences)))
    texts = [s.text for s in scored.sentences]
    assert not unspecific[texts.index(corpus["b"][0])]  # the point's own claim: waves, foundations
    assert unspecific[texts.index(corpus["b"][1])]  # only "harbour wall"
    assert unspecific[texts.index(corpus["c"][0])]


def test_a_lone_pair_of_paraphrases_is_one_point_citing_both() -> None:
    # The paraphrase-pair protocol of issue 12: two one-sentence articles, one point. The
    # specific-share rule weighs words by their frequency among the cluster's sentences, which
    # in a lone pair is every shared word's: it must not read such a pair.
    docs = [
        Document("The mayor of Lowport resigned on Friday, citing her health.", id="a"),
        Document("Lowport's mayor stepped down on Friday for health reasons.", id="b"),
    ]
    briefing = summarize(docs, max_sentences=1, clean=False)
    assert len(briefing.points) == 1
    assert sorted(briefing.points[0].citations) == ["a", "b"]


@pytest.mark.parametrize(
    ("text", "main"),
    [
        (
            "The council's vote on the tram line was postponed after two members fell ill.",
            "The council's vote on the tram line was postponed.",
        ),
        (
            "The ferry ran aground outside the harbour on Saturday, because its radar failed.",
            "The ferry ran aground outside the harbour on Saturday.",
        ),
        ("The council met in the old town hall shortly after the vote was postponed.", None),
        ("The council met in the old town hall two days after the vote was postponed.", None),
        ("The council met after the vote was postponed in the town hall.", None),  # 3 words first
        ("The council met in the old town hall and the vote was postponed.", None),
    ],
)
def test_a_points_main_clause_ends_before_its_clause_of_circumstance(
    text: str, main: str | None
) -> None:
    assert _main_clause(text, "en") == main


def test_no_main_clause_in_a_language_whose_list_is_not_written() -> None:
    text = "Die Abstimmung im Stadtrat über die Straßenbahn wurde verschoben, nachdem zwei fehlten."
    assert _main_clause(text, "de") is None


# An invented grounding: a's point adds why (its radar, the lights), b tells the grounding alone.
_FERRY = {
    "a": (
        "A passenger ferry carrying 231 people ran aground outside Port Halloran harbour on "
        "Saturday after its radar failed in thick fog and the crew lost sight of the harbour "
        "lights, the pilot boat and the breakwater beacon for twenty minutes. Lifeboats and "
        "coastguard vessels took the passengers ashore over three hours. The harbour master said "
        "no one was hurt. The operator suspended its island sailings until further notice. "
        "Engineers will inspect the hull at low tide."
    ),
    "b": (
        "The ferry Aldermoor ran aground outside Port Halloran harbour on Saturday with 231 people "
        "on board. All passengers were brought ashore by lifeboats, the coastguard said. Divers "
        "reported a gash in the hull. The island's shops ran short of bread by Sunday. "
        "Investigators from the marine accident branch arrived on Monday."
    ),
    "c": (
        "Islanders were cut off after the only ferry ran aground. The council opened the school "
        "hall for stranded travellers. A relief vessel is expected by Wednesday. The harbour "
        "master praised the lifeboat crews. Fog had closed the airport on the mainland too."
    ),
}


def _point_about(texts: dict[str, str], dates: dict[str, str], word: str) -> Point:
    """The point holding ``word`` of a 60-word briefing of ``texts`` (id -> text), dated."""
    docs = [Document(text, id=key, date=dates[key]) for key, text in texts.items()]
    return next(p for p in summarize(docs, max_words=60).points if word in p.text)


def _grounding(b_date: str) -> Point:
    return _point_about(_FERRY, {"a": "2024-09-14", "b": b_date, "c": "2024-09-15"}, "radar")


def test_a_sentence_stating_the_points_main_clause_cites_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert sorted(_grounding("2024-09-14").citations) == ["a", "b"]
    # Months apart (a topic collection), the clause is not read.
    assert sorted(_grounding("2025-03-01").citations) == ["a"]
    # Without the clause, the reasons and the lights weigh against b.
    from summarizer import select

    monkeypatch.setattr(select, "MAIN_CLAUSE_MIN_WORDS", 10_000)
    assert sorted(_grounding("2024-09-14").citations) == ["a"]


# An invented capture: b tells it in a sentence that goes on with where the fugitive had come from
# and what he carried. Read whole, that sentence states a's lead at 0.86; read as its own
# statement, without the closing relative clause, at 0.99.
_CAPTURE = {
    "a": (
        "Danish police captured Tomas Brink at Vellmar airport on Tuesday. Brink had been on the "
        "run from Vellmar prosecutors for eight months. Prosecutors in Vellmar accuse Brink of "
        "moving stolen paintings across the border. Brink's lawyer in Vellmar declined to comment "
        "on Tuesday. A court hearing for Brink is set for next week in Vellmar."
    ),
    "b": (
        "Brink was arrested on Tuesday at the Vellmar airport as soon as he stepped off a plane "
        "from Lindau, where he had sought asylum after fleeing his hideout in Osterby with forged "
        "papers and a suitcase of cash hidden under a false floor of his rented van. Vellmar "
        "officers had watched Brink's flat for weeks. Two of the paintings Brink stole were found "
        "in a garage near Vellmar. The gallery owners in Vellmar thanked the police on Tuesday. "
        "Brink faces up to ten years in a Vellmar prison."
    ),
    "c": (
        "The paintings Brink stole from the Halder gallery in Vellmar were returned on Wednesday. "
        "Experts in Vellmar said the canvases were undamaged. The Vellmar gallery will reopen on "
        "Saturday. Insurers had paid out two million euros for the paintings Brink took. The "
        "gallery's director called Brink's arrest a happy end."
    ),
}


def _capture(b_date: str) -> Point:
    return _point_about(_CAPTURE, {"a": "2024-06-04", "b": b_date, "c": "2024-06-05"}, "captured")


def test_a_sentence_whose_own_statement_states_the_point_cites_it() -> None:
    assert _statement_head(_CAPTURE["b"].split(". ")[0] + ".", "en") == (
        "Brink was arrested on Tuesday at the Vellmar airport as soon as he stepped off a plane "
        "from Lindau."
    )
    assert sorted(_capture("2024-06-04").citations) == ["a", "b"]
    # Months apart (a topic collection), the statement is not read.
    assert sorted(_capture("2025-01-10").citations) == ["a"]


# An invented coalition deal: b tells it with "they" for the two parties its previous sentence
# names. Read whole, b's sentence states a's lead at 0.58; read with "Korran's Vell Party" for
# "they", at 0.93.
_COALITION = {
    "a": (
        "The Vell Party and the Harrow Party agreed on Friday to govern Ostland together, ending "
        "two months of deadlock. The deal was announced by the president in Talmer. Korran "
        "thanked her rivals for their patience. Markets in Talmer rose on the news. The new "
        "cabinet is to be sworn in next week."
    ),
    "b": (
        "Ostland's long political crisis is over, officials in Talmer said. Korran's Vell Party "
        "narrowly won the July election, but a strong second place gave the Harrow Party "
        "leverage in the talks. After a two-month impasse, they agreed on Friday to a coalition "
        "deal that makes Korran sole premier and hands the speaker's chair and three ministries "
        "to her old rival. Street protests in Talmer had followed the vote. Foreign donors "
        "welcomed the end of the standoff."
    ),
    "c": (
        "Farmers in the south of Ostland fear a poor harvest this year. Rain has not fallen in "
        "weeks. The Harrow Party promised aid to the farmers. Grain prices in Talmer rose on "
        "Friday. Aid groups asked the new government for help."
    ),
}


def _coalition(b_date: str, texts: dict[str, str] = _COALITION) -> Point:
    return _point_about(texts, {"a": "2024-06-07", "b": b_date, "c": "2024-06-08"}, "govern")


def test_a_sentence_whose_subject_is_a_pronoun_is_read_with_its_actors_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert sorted(_coalition("2024-06-08").citations) == ["a", "b"]
    # Months apart (another event of the subject), the pronoun is not read.
    assert sorted(_coalition("2024-10-08").citations) == ["a"]
    # The previous sentence's subject names no actor: the pronoun is not read.
    unnamed = dict(_COALITION, b=_COALITION["b"].replace("Korran's Vell Party", "The ruling party"))
    assert sorted(_coalition("2024-06-08", unnamed).citations) == ["a"]
    # Without the rule, b's sentence stays below the citation level.
    from summarizer import select

    monkeypatch.setattr(select, "ANTECEDENT_MAX_BACK", 0)
    assert sorted(_coalition("2024-06-08").citations) == ["a"]


def test_a_sentences_subject_names_its_actor_or_is_a_pronoun() -> None:
    capitals = frozenset({"Korran", "Vell", "Party", "Harrow"})
    assert _subject("Korran's Vell Party narrowly won the election.", "en", capitals) == (
        False,
        "Korran's Vell Party",
    )
    assert _subject("After a long night, they agreed to a deal.", "en", capitals) == (True, None)
    # "it" is no actor's pronoun (as often the event, or a dummy subject).
    assert _subject("It is the first time the league has lost games.", "en", capitals) == (
        False,
        None,
    )
    # A capitalised first word the article writes nowhere else capitalised is no name.
    assert _subject("Negotiations with Korran failed.", "en", capitals) == (False, None)
    # A month is no actor; a name set off by a comma ends there (an apposition follows).
    assert _subject("Oct. 3 was a Friday.", "en", frozenset({"Oct"})) == (False, None)
    assert _subject("Korran, the premier, met Harrow.", "en", capitals) == (False, "Korran")
    # A phrase of circumstance is read past; a subject in quotation marks is not looked for.
    assert _subject("After the party's win, Korran spoke.", "en", capitals) == (False, "Korran")
    assert _subject('After "a long night," they agreed.', "en", capitals) == (False, None)
    # The opening phrase ends within OPENING_MAX_WORDS (8) words: a ninth is too far.
    eight = "After a long and tiring night of talks, they agreed."
    assert _subject(eight, "en", capitals) == (True, None)
    assert _subject(eight.replace("talks,", "hard talks,"), "en", capitals) == (False, None)
    assert _subject("Sie stimmten am Freitag zu.", "de", capitals) == (True, None)


# An invented meeting: a says the two presidents met, b that they held talks.
_TALKS = {
    "a": [
        "President Ada Korran met here on Monday with President Piet Vanlo to ease the tension.",
        "The border between Ostland and Harrow has been closed for a month.",
        "Troops on both sides were put on alert last week.",
        "Korran said the meeting had been useful.",
        "Vanlo is expected in Talmer next month.",
    ],
    "b": [
        "The border dispute dominated the regional summit.",
        "President Ada Korran held talks on Monday with President Piet Vanlo in Talmer.",
        "Harrow has massed troops near the border, officials said.",
        "Traders fear the border will stay closed.",
        "Lindau has offered to mediate.",
    ],
}


def test_a_phrase_for_the_points_verb_is_read_as_the_verb(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer import select

    assert select._with_phrase_verbs(_TALKS["b"][1], "en") == (
        "President Ada Korran met on Monday with President Piet Vanlo in Talmer."
    )
    scored = score_sentences(build(_TALKS))
    texts = [s.text for s in scored.sentences]
    point, other = texts.index(_TALKS["a"][0]), texts.index(_TALKS["b"][1])
    reading = select._with_phrase_verbs(texts[other], "en")

    class Table:
        """The relation as a table: b's sentence read with "met" states the point (0.95)."""

        def __init__(self, pieces: list[str], **_: object) -> None:
            self.pieces = pieces

        def probability(self, i: int) -> np.ndarray:
            pair = (self.pieces[i], reading)
            return np.array([0.95 if (self.pieces[i], p) == pair else 0.0 for p in self.pieces])

        def cannot_cite(self, i: int, *, elsewhere: bool = True) -> np.ndarray:
            return np.zeros(len(self.pieces), dtype=bool)

    relation = _Statements(scored)
    far = _Statements(scored, dates={"a": "2024-03-01", "b": "2024-05-01"})
    assert relation.model == "fact"
    monkeypatch.setattr(select, "StatementIndex", Table)
    # The relation rates b's sentence 0.91, and the held-predicate rule stops it ("met" unheld).
    probability, cite = np.zeros(len(texts)), np.zeros(len(texts))
    probability[other] = 0.91
    stated = relation.phrase_citing(point, probability, cite, 0.9)
    assert stated[other] == 0.95
    assert stated[[k for k in range(len(texts)) if k != other]].max() == 0.0
    # Weeks apart, another event: not read.
    assert far.phrase_citing(point, probability, cite, 0.9).max() == 0.0
    # Below even odds as the relation reads it whole: not read.
    probability[other] = 0.4
    assert relation.phrase_citing(point, probability, cite, 0.9).max() == 0.0


# The arrest told whole by a, and by b in the head of a sentence that goes on with where he had
# flown from: the relation reads b's sentence as a whole below even odds, its head above them.
_ARREST = {
    "a": [
        "Customs officers arrested the fugitive banker Ivo Marsh at Tallow airport on Friday.",
        "Marsh had been sought for two years over the collapse of the Brennick pension fund.",
    ],
    "b": [
        "Savers' groups welcomed the news from Tallow on Friday.",
        (
            "Marsh was detained at Tallow airport on Friday, where he had landed on a late flight "
            "from Oslo with two bodyguards and a passport in another name."
        ),
    ],
}


def test_a_sentence_is_read_up_to_where_its_trailing_clause_opens() -> None:
    text = _ARREST["b"][1]
    assert _clause_heads(text, "en") == ["Marsh was detained at Tallow airport on Friday."]
    # The first comma opens a phrase inside the statement: no head.
    assert _clause_heads("The banker, sought for two years, was detained on Friday.", "en") == []
    # Too short to state anything before the comma.
    assert (
        _clause_heads("On Friday, customs officers detained the banker at the airport.", "en") == []
    )


def test_a_fact_stated_in_the_head_of_another_articles_sentence_is_a_possible_source(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from summarizer import select

    scored = score_sentences(build(_ARREST))
    texts = [s.text for s in scored.sentences]
    point = texts.index(_ARREST["a"][0])
    head = "Marsh was detained at Tallow airport on Friday."

    class Table:
        """The relation as a table: the head states the point's fact (0.7), nothing else does."""

        def __init__(self, pieces: list[str], **_: object) -> None:
            self.pieces = pieces

        def probability(self, i: int) -> np.ndarray:
            stated = [
                0.7 if (self.pieces[i], p) == (texts[point], head) else 0.0 for p in self.pieces
            ]
            return np.array(stated)

        def cannot_cite(self, i: int, *, elsewhere: bool = True) -> np.ndarray:
            return np.zeros(len(self.pieces), dtype=bool)

    relation = _Statements(scored)
    monkeypatch.setattr(select, "StatementIndex", Table)
    codes = np.array([0 if s.doc_id == "a" else 1 for s in scored.sentences])
    assert relation.possible_in_clauses(point, codes) == {1}
    # Articles weeks apart (a topic collection): the heads are not read.
    far = _Statements(scored, dates={"a": "2024-03-01", "b": "2024-05-01"})
    assert far.possible_in_clauses(point, codes) == set()


# An invented ferry strike: crews walk out on Monday (a, b, d, e); c and f report a second walkout
# on Thursday in the same words. 2024-03-11 is a Monday.
_STRIKE = {
    "a": (
        "Ferry crews at Osterby walked out over pay on Monday, stranding island passengers. "
        "The union said talks with the operator had broken down. Buses ran to the mainland "
        "bridge instead. The operator called the strike unlawful. Freight waited at the quay."
    ),
    "b": (
        "Osterby's ferry crews walked out over pay on Monday, stranding passengers on the island. "
        "Union leaders blamed the operator for the breakdown of talks. Extra buses were laid on. "
        "A court hearing is set for next month. Cafes by the quay stayed shut."
    ),
    "c": (
        "Osterby's ferry crews walked out over pay on Thursday, stranding passengers on the "
        "island. The union said the operator had ignored its offer. Schools on the island closed "
        "early. The mayor urged both sides to meet. Freight waited at the quay."
    ),
    "d": (
        "Ferry crews at Osterby walked out over pay on Monday, stranding island passengers, and "
        "returned to work on Tuesday. The operator agreed to new talks. Passengers welcomed the "
        "deal. The union thanked the islanders for their patience. Cafes by the quay reopened."
    ),
    "e": (
        "Osterby's ferry crews walked out over pay yesterday, stranding passengers on the island. "
        "The operator said it would meet the union. Freight waited at the quay. Schools stayed "
        "open. The mayor called for calm."
    ),
    "f": (
        "Osterby's ferry crews walked out over pay yesterday, stranding passengers on the island. "
        "It was their second strike this month. Cafes by the quay stayed shut. Buses ran late. "
        "The union thanked the islanders."
    ),
    "g": (
        "Osterby's ferry crews walked out over pay, stranding passengers on the island, three "
        "days before the talks resumed on Thursday. The union said the operator had ignored its "
        "offer. Cafes by the quay stayed shut. Buses ran late. The mayor urged calm."
    ),
}


def test_a_sentence_set_on_another_day_does_not_cite_the_point() -> None:
    dates = {
        "a": "2024-03-11",
        "b": "2024-03-11",
        "c": "2024-03-14",
        "d": "2024-03-13",
        "e": "2024-03-12",  # its "yesterday" is Monday
        "f": "2024-03-15",  # its "yesterday" is Thursday
        "g": "2024-03-14",  # names Thursday, but dates the walkout from it: not read
    }
    docs = [Document(text, id=key, date=dates[key]) for key, text in _STRIKE.items()]
    scored = score_sentences(split_documents(docs))
    relation = _Statements(scored, dates)
    assert relation.model == "fact"
    first = {s.doc_id: k for k, s in reversed(list(enumerate(scored.sentences)))}
    cite = relation.citing(first["a"], relation.probability(first["a"]))
    # d, two days on, names the same Monday (and the Tuesday after it); c's Thursday is not it.
    assert cite[first["b"]] >= 0.9 and cite[first["d"]] >= 0.9
    assert cite[first["c"]] == 0.0
    assert cite[first["e"]] >= 0.9 and cite[first["f"]] == 0.0
    assert cite[first["g"]] >= 0.9
    # Without dates the names are read: Monday is not Thursday either; "yesterday" is no name.
    undated = _Statements(scored, {})
    undated_cite = undated.citing(first["a"], undated.probability(first["a"]))
    assert undated_cite[first["c"]] == 0.0 and undated_cite[first["f"]] >= 0.9


# One count of one clinic told by outlets in three years (our own text): "so far this year" in
# 2024 is not "so far this year" in 2023, nor "in 2023"; "last year" in January 2025 is 2024.
_CLINIC = {
    "a": (
        "So far this year, the Harl county clinic has treated 40 children for the blue fever. "
        "Nurses said the ward was full. The council promised a new wing. Parents queued at the "
        "gate. The clinic asked for more nurses."
    ),
    "b": (
        "So far this year, the Harl county clinic has treated 40 children for the blue fever. "
        "The ward was closed for a week. Doctors asked for more beds. The council met on it. "
        "Schools sent letters home."
    ),
    "c": (
        "Earlier this year, the Harl county clinic treated 40 children for the blue fever. "
        "The council opened a new wing. Nurses welcomed it. Parents thanked the staff. The "
        "clinic hired two doctors."
    ),
    "d": (
        "Last year, the Harl county clinic treated 40 children for the blue fever. The new "
        "wing opened in the spring. Doctors said cases were falling. The council praised the "
        "staff. Schools stayed open."
    ),
    "e": (
        "In 2023, the Harl county clinic treated 40 children for the blue fever. The new wing "
        "opened in the spring. Doctors said cases were falling. The council praised the staff. "
        "Schools stayed open."
    ),
}


def test_a_sentence_set_in_another_year_does_not_cite_the_point() -> None:
    """Our own text, as DUC 2006 D0627I: "More than 15,000 international adoptions are expected
    ... this year" (2000) was cited by "... expected to approach 15,000 this year" (1998). A
    year named by its distance from the article's ("this year", "last year") is read against
    the article's date, as the other-days rule reads days."""
    dates = {
        "a": "2024-08-01",
        "b": "2023-08-01",
        "c": "2024-10-02",
        "d": "2025-01-10",
        "e": "2025-01-10",
    }
    docs = [Document(text, id=key, date=dates[key]) for key, text in _CLINIC.items()]
    scored = score_sentences(split_documents(docs))
    relation = _Statements(scored, dates)
    assert relation.model == "fact"
    first = {s.doc_id: k for k, s in reversed(list(enumerate(scored.sentences)))}
    probability = relation.probability(first["a"])
    assert probability[first["b"]] >= 0.9 and probability[first["e"]] >= 0.9
    cite = relation.citing(first["a"], probability)
    assert cite[first["b"]] == 0.0 and cite[first["e"]] == 0.0
    assert cite[first["c"]] >= 0.9 and cite[first["d"]] >= 0.9
    # Undated, nothing is read.
    undated = _Statements(scored, {})
    assert undated.citing(first["a"], undated.probability(first["a"]))[first["b"]] >= 0.9


# Two outlets' reports of one strike (our own text). The courier's lead bundles the headline's
# fact with what followed; the gazette's title is the headline, and its lead restates it in words
# the relation does not see state the courier's whole lead.
_COURIER = Document(
    "The Port Elsby harbour board and the ferry union abruptly broke off their pay talks on "
    "Tuesday without reaching a deal, a collapse that left the four outer islands without a "
    "sailing for the rest of the week and cancelled the school trips.\n\n"
    "The board had offered a three percent rise, which the union called an insult to crews who "
    "worked through the winter storms.\n\n"
    "Islanders said the shops on Harl and Dunmore ran out of fresh bread and milk by Thursday.\n\n"
    "The union's secretary, Maren Tolley, said crews would return only when the board came back "
    "with a fair offer.",
    id="courier",
    title="Islands cut off as ferry strike begins",
    date="2025-03-05",
)
_GAZETTE = Document(
    "A hopeful week of pay talks between the Port Elsby harbour board and the ferry union has "
    "taken a downward turn after the negotiations came to an abrupt end.\n\n"
    "No boat left the harbour on Wednesday morning.\n\n"
    "A board spokesman said the offer was the most the harbour could afford, given the cost of "
    "the new pier.\n\n"
    "Maren Tolley, who leads the union, said fuel and rent had risen far faster than three percent.",
    id="gazette",
    title="Port Elsby ferry talks end abruptly without a deal",
    date="2025-03-05",
)


def test_a_lead_stating_the_headline_cites_each_article_that_restates_it() -> None:
    briefing = summarize([_COURIER, _GAZETTE], max_words=60)
    lead = briefing.points[0]
    assert lead.doc_id == "courier" and lead.text.startswith("The Port Elsby harbour board")
    assert lead.citations == ("courier", "gazette")
    gazette = next(c for c in lead.evidence if c.doc_id == "gazette")
    assert gazette.reason == REASON_HEADLINE
    assert str(_GAZETTE.text)[gazette.start : gazette.end].startswith("A hopeful week of pay talks")


def test_the_headline_is_read_so_only_in_a_cluster_of_one_event() -> None:
    # The same reports months apart: a topic's articles, whose restatements of a title are
    # another event's as often as this one's (the rule reads clusters of one event only).
    later = Document(str(_GAZETTE.text), id="gazette", title=_GAZETTE.title, date="2025-09-20")
    lead = summarize([_COURIER, later], max_words=60).points[0]
    assert lead.text.startswith("The Port Elsby harbour board")
    assert all(c.reason != REASON_HEADLINE for c in lead.evidence)


# A landslide and, two days later, the ferry opened because of it (our own text). The follow-ups'
# leads name the landslide in a relative clause at their end only.
_LANDSLIDE = Document(
    "A landslide buried the mountain road above Carvel on Tuesday night, cutting off the "
    "villages of Orm and Sillby.\n\n"
    "Nobody was hurt, the county said, but about 600 people live in the two villages.\n\n"
    "Engineers said the slope had been loosened by three weeks of heavy rain.",
    id="day1",
    source="Carvel Herald",
    date="2025-03-04",
)
_LAKE_FERRY = Document(
    "The county has opened an emergency ferry across Lake Orm for villagers whose only road was "
    "buried by Tuesday's landslide.\n\n"
    "The ferry will run six times a day from the Sillby jetty to the Carvel quay.\n\n"
    "Clearing the mountain road above Carvel could take a month, the county's engineers said.",
    id="day3",
    source="Valley Radio",
    date="2025-03-06",
)
_CROSSING = Document(
    "An emergency ferry service across Lake Orm began on Thursday for the villagers of Orm and "
    "Sillby, whose road was buried by a landslide on Tuesday.\n\n"
    "The county said the ferry would run until the mountain road above Carvel reopens.\n\n"
    "Villagers said the first crossing took twenty minutes.",
    id="day3b",
    source="Lakeside Post",
    date="2025-03-06",
)


def test_a_follow_ups_mention_in_passing_does_not_hide_the_events_lead() -> None:
    # The ferry, told by two of three articles, is picked first; read whole, its lead states the
    # landslide's lead (the relative clause), which was passed over as said already: the
    # briefing never said that a landslide cut the villages off.
    points = summarize([_LANDSLIDE, _LAKE_FERRY, _CROSSING], max_words=80).points
    texts = [p.text for p in points]
    assert texts[0].startswith("A landslide buried the mountain road")
    ferry = [t for t in texts if "emergency ferry" in t]
    assert len(ferry) == 1  # the two ferry leads are still one point


def test_a_lead_cited_in_passing_keeps_its_own_news() -> None:
    follow_up = Document(
        str(_LAKE_FERRY.text).replace("landslide.", "landslide above Carvel.", 1)
        + "\n\nShops in Orm and Sillby have been supplied by tractor since Wednesday.",
        id="day3",
        source="Valley Radio",
        date="2025-03-06",
    )
    landslide = Document(
        str(_LANDSLIDE.text) + "\n\nThe road is the only route for cars and lorries into the "
        "upper valley.",
        id="day1",
        source="Carvel Herald",
        date="2025-03-04",
    )
    points = summarize([landslide, follow_up], max_words=80).points
    # The ferry's lead states the landslide (it is cited for it) and was never picked again.
    assert points[0].text.startswith("A landslide buried") and "day3" in points[0].citations
    assert any(p.text.startswith("The county has opened an emergency ferry") for p in points)


@pytest.mark.parametrize(
    ("text", "language", "head"),
    [
        (
            "The county opened a ferry service for the villagers whose road was buried.",
            "en",
            "The county opened a ferry service for the villagers.",
        ),
        # The clause closes and the statement goes on: no cut.
        (
            "Parliament elected Lahoud, the commander who has Syria's backing, as president.",
            "en",
            None,
        ),
        # Too early to be a trailing clause; "that" is not read (it opens what was said).
        ("The man who found it called the police.", "en", None),
        ("Officials of the county said on Monday that the road would stay closed.", "en", None),
        # A sentence that opens with a subordinate clause states its fact later.
        (
            "After the storm the county opened a ferry for villagers whose road was buried.",
            "en",
            None,
        ),
        (
            "Der Landkreis richtete eine Fähre für die Dörfer ein, deren Straße verschüttet wurde.",
            "de",
            "Der Landkreis richtete eine Fähre für die Dörfer ein.",
        ),
    ],
)
def test_a_sentences_own_statement_ends_before_a_closing_relative_clause(
    text: str, language: str, head: str | None
) -> None:
    assert _statement_head(text, language) == head


def _cargo_ship_reports() -> list[Document]:
    """Three reports of one invented grounding over three days (our own text): the grounding
    with the tugs' plan, the refloating, and the inquiry."""
    grounding = Document(
        "A cargo ship ran aground on the Merrow sandbank on Monday morning, blocking the river "
        "channel to Oldport for all other traffic.\n\n"
        "The harbour master said nobody was hurt and no fuel had leaked.\n\n"
        "Tugs will try to pull the ship free on Tuesday's high tide.",
        id="mon",
        source="Oldport Echo",
        date="2025-06-02",
    )
    refloated = Document(
        "The cargo ship that ran aground on the Merrow sandbank on Monday has been pulled free "
        "by three tugs and moved to a berth in Oldport.\n\n"
        "The river channel reopened to traffic on Tuesday evening.\n\n"
        "Divers will inspect the hull on Wednesday.",
        id="tue",
        source="River Radio",
        date="2025-06-03",
    )
    inquiry = Document(
        "Investigators have begun asking why the cargo ship left the marked channel before it "
        "grounded on the Merrow sandbank.\n\n"
        "It was pulled free by three tugs on Tuesday and moved to a berth in Oldport.\n\n"
        "The shipping line said the crew had followed the pilot's instructions.",
        id="wed",
        source="Coast Wire",
        date="2025-06-04",
    )
    return [grounding, refloated, inquiry]


def test_a_lead_whose_subject_names_the_event_tells_its_own_news() -> None:
    """A follow-up's lead names the grounding in a relative clause of its subject ("The cargo
    ship that ran aground ... on Monday has been pulled free ..."; our own text). Read whole, it
    said the first report's lead already (the grounding was no point), and it cited that lead;
    read without the clause, it cites the report that tells the refloating with a pronoun."""
    grounding, refloated, inquiry = _cargo_ship_reports()
    points = summarize([grounding, refloated, inquiry], max_words=80).points
    texts = [p.text for p in points]
    assert any(t.startswith("A cargo ship ran aground") for t in texts)
    pulled = next(p for p in points if p.text.startswith("The cargo ship that ran aground"))
    assert "wed" in pulled.citations
    wed = next(c for c in pulled.evidence if c.doc_id == "wed")
    assert str(inquiry.text)[wed.start : wed.end].startswith("It was pulled free")


def test_a_lead_whose_long_subject_names_the_event_tells_its_own_news() -> None:
    """The subject that names the grounding may be long ("The captain and the pilot of the
    cargo ship that ran aground ..."; our own text): read whole, the lead stated the first
    report's lead (the grounding) and was passed over, so the briefing never said that the two
    were suspended, the news of its latest report."""
    grounding, refloated, _ = _cargo_ship_reports()
    suspended = Document(
        "The captain and the pilot of the cargo ship that ran aground on the Merrow sandbank on "
        "Monday have been suspended while the harbour authority reviews the grounding.\n\n"
        "The shipping line said the suspensions were routine and implied no finding of fault.\n\n"
        "The ship is due to sail for a shipyard in Hallport at the weekend.",
        id="thu",
        source="Coast Wire",
        date="2025-06-05",
    )
    points = summarize([grounding, refloated, suspended], max_words=80).points
    texts = [p.text for p in points]
    assert any(t.startswith("A cargo ship ran aground") for t in texts)
    assert any(t.startswith("The captain and the pilot") for t in texts)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        (
            (
                "The captain and the pilot of the ship that ran aground on Monday have been "
                "suspended."
            ),
            "The captain and the pilot of the ship have been suspended.",
        ),
        (
            "The number of households that lost power in the storm has fallen to 2,000.",
            "The number of households has fallen to 2,000.",
        ),
        # "hundred" and "speed" end in -ed but are no verb's past (ed_words.txt).
        (
            "A hundred workers of the mill who lost their jobs in May have been paid.",
            "A hundred workers of the mill have been paid.",
        ),
        (
            "The speed of the train that left the rails at Ashby was twice the limit.",
            "The speed of the train was twice the limit.",
        ),
        # A verb before "that": what was said, shown or decided, no relative clause.
        ("The health board of the county estimates that 2,000 households are at risk.", None),
        ("The board of the mill denied claims in the press that it was closing.", None),
        # "that" with no verb after it opens what was said ("report that" is a verb here).
        ("The Institutes of Health report that obesity is a cause of early death.", None),
        # After a link word, "that" is a determiner.
        ("The response of that survey of the town was a surprise.", None),
        # The clause must end before a comma: "lost" is the main verb, "were" another clause's.
        (
            (
                "The mayor and her allies who ran the council for years lost their seats in May, and "
                "were replaced by independents."
            ),
            None,
        ),
    ],
)
def test_a_long_subjects_relative_clause_is_cut_only_after_noun_phrases(
    text: str, own: str | None
) -> None:
    assert _without_subject_clause(text, "en") == own


@pytest.mark.parametrize("max_words", [80, 120])
def test_a_plan_is_no_citation_of_its_deed_nor_a_point_beside_it(max_words: int) -> None:
    """The first report's "Tugs will try to pull the ship free on Tuesday's high tide." (a plan;
    our own text) was cited, through the follow-up's "It was pulled free ...", for the point
    that the ship has been pulled free: the plan read as the deed. It is no citation of it, and
    it is no point beside it either: it adds nothing to what happened."""
    documents = _cargo_ship_reports()
    briefing = summarize(documents, max_words=max_words)
    pulled = next(p for p in briefing.points if "has been pulled free" in p.text)
    assert pulled.citations == ("tue", "wed")
    assert not any(p.text.startswith("Tugs will try") for p in briefing.points)


def test_the_deed_of_a_points_plan_is_news_of_its_own() -> None:
    """The other way round (our own text): two reports give the tugs' plan, which is the first
    point; the third tells in its last paragraph that the tugs pulled the ship free. That was a
    citation of the plan, and so no point: the briefing never said the ship was freed."""
    plans = [
        Document(
            "Tugs will try to pull the stranded cargo ship Merrow Star off the Oldport sandbank "
            "on Tuesday's high tide, the harbour master said.\n\n"
            "The river channel to Oldport stays closed to all other traffic.",
            id="p1",
            date="2025-06-02",
        ),
        Document(
            "Three tugs will try to pull the Merrow Star off the sandbank near Oldport at high "
            "tide on Tuesday.\n\n"
            "The ship's owners said no fuel had leaked.",
            id="p2",
            date="2025-06-02",
        ),
    ]
    deed = Document(
        "Divers found a two-metre gash in the hull of the cargo ship Merrow Star on Wednesday."
        "\n\nThe owners blamed a failed echo sounder.\n\n"
        "Three tugs pulled the Merrow Star off the Oldport sandbank on Tuesday's high tide.",
        id="deed",
        date="2025-06-03",
    )
    points = summarize([*plans, deed], max_words=60).points
    plan = next(p for p in points if p.text.startswith("Tugs will try"))
    assert plan.citations == ("p1", "p2")
    pulled = next(p for p in points if p.text.startswith("Three tugs pulled"))
    assert pulled.citations == ("deed",)


@pytest.mark.parametrize(
    ("text", "language", "clauses"),
    [
        (
            "Salvage crews were expected to try to refloat the vessel late on Sunday.",
            "en",
            (
                ("Salvage crews were expected", True, True),
                ("to try to refloat the vessel late on Sunday", True, False),
            ),
        ),
        (
            "It was refloated on the Sunday high tide and towed back to harbour.",
            "en",
            (
                ("It was refloated on the Sunday high tide", False, True),
                ("and towed back to harbour", False, True),
            ),
        ),
        # The cue's clause only: the approval after the comma is told as done.
        (
            (
                "Traders say they are considering a legal challenge, two days after "
                "councillors approved the project."
            ),
            "en",
            (
                ("Traders say they are considering a legal challenge", True, False),
                ("two days", False, False),
                ("after councillors approved the project", False, True),
            ),
        ),
        # "May" the month is no cue; a rule in the present is no deed.
        ("The ship was sold in May.", "en", (("The ship was sold in May", False, True),)),
        (
            "The governor can grant clemency only if the board agrees.",
            "en",
            (
                ("The governor can grant clemency only", False, False),
                ("if the board agrees", False, False),
            ),
        ),
        # A purpose after what happened; "and" carries the mood on, unless after a comma.
        (
            "The mayor met the traders to try to end the dispute and reopen the road.",
            "en",
            (
                ("The mayor met the traders", False, True),
                ("to try to end the dispute", True, False),
                ("and reopen the road", True, False),
            ),
        ),
        (
            "The road reopened, and the traders may drop the case.",
            "en",
            (
                ("The road reopened", False, True),
                ("and the traders may drop the case", True, False),
            ),
        ),
        (
            "Le navire pourrait être renfloué dimanche, selon la capitainerie.",
            "fr",
            (
                ("Le navire pourrait être renfloué dimanche", True, False),
                ("selon la capitainerie", False, False),
            ),
        ),
    ],
)
def test_clauses_read_the_cue_in_its_own_clause(
    text: str, language: str, clauses: tuple[tuple[str, bool, bool], ...]
) -> None:
    assert _clauses(text, language) == clauses


def test_many_articles_of_one_text_are_summarised_in_linear_time_and_all_cited() -> None:
    """A thousand copies of one two-sentence article (our own text): each pick compared itself
    with the same first same.MAX_CANDIDATES copies (ties to the earlier sentence), so after the
    first point every later copy was picked once and joined it one at a time: 19 s for 1,000
    articles against 1.5 s for 250. The copies still open now win the ties, the points' shown
    sentences are always compared, and a copy word for word is cited with the pick that joins a
    point. CPU time, best of three, against 4 times as many articles (quadratic is 16x)."""
    import time

    text = (
        "The harbour authority closed the northern channel on Monday after a barge sank near "
        "the pier. Crews began pumping fuel from the wreck on Tuesday."
    )

    def best(copies: int) -> float:
        documents = [Document(text, id=f"d{k}") for k in range(copies)]
        times = []
        for _ in range(3):
            start = time.process_time()
            points = summarize(documents, max_words=100).points
            times.append(time.process_time() - start)
        assert [len(p.citations) for p in points] == [copies, copies]
        return min(times)

    best(20)  # imports and first-use tables
    assert best(1000) < 8 * best(250) + 0.2


# Shipped example clusters (written for this project): points whose citing sentence stated only
# the point's background (issue 12's review of the example briefings).
_EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _example_point(name: str, opening: str) -> Point:
    """The point opening with ``opening`` of the example ``name``'s 120-word briefing."""
    from summarizer import load_documents

    points = summarize(load_documents(_EXAMPLES / name), max_words=120).points
    return next(p for p in points if p.text.startswith(opening))


def test_a_point_is_not_cited_by_what_its_relative_clause_tells() -> None:
    # The trailing clause with a word that also opens what was said ("que", "that"), read as a
    # relative clause when a verb follows it.
    assert (
        _point_statement(
            "Cranes lifted the two carriages of the train that left the rails at Ashby overnight.",
            "en",
        )
        == "Cranes lifted the two carriages of the train."
    )
    assert (
        _point_statement("Officials at Ashby told reporters on Monday that trains ran.", "en")
        is None
    )
    assert (
        _point_statement("Engineers said the old bridge at Orm would close that week.", "en")
        is None
    )
    # A clause set off by commas.
    assert (
        _point_statement(
            "The Orm bridge, which opened in 1931, will close for repairs next spring.", "en"
        )
        == "The Orm bridge will close for repairs next spring."
    )
    # "El convoy ... se salió de la vía ..." states the derailment, not the cranes' work: a
    # possible source of the point, not a citation.
    cranes = _example_point("descarrilamiento-villanueva", "Las grúas")
    assert sorted(cranes.citations) == ["03-onda-comarcal"]
    assert cranes.possible_sources == 1
    # "She is now taking orvelant as part of the year-long extension study, in which all
    # volunteers receive the active drug." tells the study's design, not that it reports.
    study = _example_point("migraine-pill-trial", "A 52-week")
    assert sorted(study.citations) == ["01-wire"]
    assert study.possible_sources == 1


def test_a_point_told_in_a_clause_of_circumstance_only_is_a_possible_source() -> None:
    assert (
        _before_aside_clause(
            "Residents of Orm are collecting signatures against the new bridge toll, a week after "
            "the county approved it.",
            "en",
        )
        == "Residents of Orm are collecting signatures against the new bridge toll."
    )
    # No comma before the clause: the clause may be the statement's own time.
    assert (
        _before_aside_clause("Residents of Orm marched to the county hall after the vote.", "en")
        is None
    )
    # The traders' challenge tells the vote "two days after councillors approved" it.
    vote = _example_point("brennick-tram-vote", "Brennick will get")
    assert sorted(vote.citations) == ["01-city-paper", "02-wire"]
    assert vote.possible_sources == 1


# An invented coach crash (our own text): a gives the count whole, b in parts, with other verbs;
# b's second sentence gives the same parts of another fact, the rescue.
_COACH = {
    "a": (
        "A coach carrying 48 people overturned on the Marl Pass road early on Sunday, closing "
        "the pass for six hours. Police said the driver had lost control on black ice."
    ),
    "b": (
        "The coach left the road at about 5:10 a.m. on Sunday with 45 passengers and 3 staff "
        "on board. All 45 passengers and 3 staff were taken to hospitals in Dunmere. "
        "The coach slid off the road on Monday with 40 passengers and 8 staff on board."
    ),
    "c": "The coach left the road with 40 passengers and 3 staff on board, police said.",
}


def test_a_count_told_whole_and_in_parts_by_one_subject_is_one_event() -> None:
    docs = [Document(text, id=key) for key, text in _COACH.items()]
    scored = score_sentences(split_documents(docs))
    relation = _Statements(scored, {})
    at = {(s.doc_id, s.index): k for k, s in enumerate(scored.sentences)}
    lead, crash, rescue, monday = at["a", 0], at["b", 0], at["b", 1], at["b", 2]
    assert relation.told_in_parts(crash, lead) and relation.told_in_parts(lead, crash)
    # The same count of another fact: its subject is the people, not the coach.
    assert not relation.told_in_parts(rescue, lead)
    # Set on another day, or a count that does not add up (43): no sign of one event.
    assert not relation.told_in_parts(monday, lead)
    assert not relation.told_in_parts(at["c", 0], lead)
    # In the briefing, one point tells the crash, citing both articles; the rescue is its own.
    picks = select_mmr(score_sentences(split_documents(docs[:2])), max_words=80)
    told = [p for p in picks if p.sentence.text.startswith(("A coach", "The coach left"))]
    assert len(told) == 1
    assert [c.reason for c in told[0].citations] == [REASON_SHOWN, REASON_PARTS]
    assert any(p.sentence.text.startswith("All 45") for p in picks)


# An invented count (our own text): a and b give the same two vote totals in other words; c
# gives the same age and tenure of the governor, which describe him, for another fact.
_TALLY = {
    "a": (
        "Mayor Ines Calloway, of the Harbour Party, received 31,482 votes against 30,917 for "
        "her challenger, the councillor Tomas Reyes. Turnout was the highest in a decade. "
        "Governor Ellery Brandt, 68, has named three possible successors during his 14-year "
        "tenure."
    ),
    "b": (
        "The final tally gave Calloway 31,482 votes to Reyes's 30,917, a margin of 565. "
        "In 14 years as governor, Brandt, 68, who trained as an engineer, doubled the "
        "state's road budget."
    ),
}


def test_the_same_two_figures_in_one_unit_tell_one_event() -> None:
    docs = [Document(text, id=key) for key, text in _TALLY.items()]
    scored = score_sentences(split_documents(docs))
    relation = _Statements(scored, {})
    at = {(s.doc_id, s.index): k for k, s in enumerate(scored.sentences)}
    received, tally = at["a", 0], at["b", 0]
    assert relation.told_with_figures(tally, received)
    assert relation.told_with_figures(received, tally)
    # An age and a tenure give no figure in a unit: they describe the governor.
    assert not relation.told_with_figures(at["b", 1], at["a", 2])
    assert large_numbers(_TALLY["b"].split(". ")[0]) == {31482.0, 30917.0, 565.0}


def test_a_count_as_one_subject_and_another_s_circumstance_tells_two_facts() -> None:
    # Our own ferry text: the people on board are the rescue's subject and the grounding's
    # circumstance; a day of the month is no figure of either.
    docs = [
        Document(
            "A passenger ferry ran aground near Orm on Saturday. All 212 passengers and 19 crew "
            "were brought safely ashore, the coastguard said.",
            id="a",
        ),
        Document(
            "The ferry struck Greyling Shoal on Saturday with 212 passengers and 19 crew on "
            "board. Everyone aboard, 212 passengers and 19 crew, was taken off safely.",
            id="b",
        ),
    ]
    scored = score_sentences(split_documents(docs))
    relation = _Statements(scored, {})
    at = {(s.doc_id, s.index): k for k, s in enumerate(scored.sentences)}
    assert not relation.told_with_figures(at["b", 0], at["a", 1])
    assert relation.told_with_figures(at["b", 1], at["a", 1])
    assert large_numbers("The submarine sank on Aug. 12 with 118 crew aboard.") == {118.0}


def test_a_lead_told_again_with_its_particulars_is_one_event() -> None:
    # Our own text, after DUC 2007 update B's D0727G: a lead tells the claim in general words and
    # the next sentence tells it again with its names, court and day; the relation reads the two
    # apart (the names the second adds weigh against it), so both were points. The second names
    # the lead's thing with "the" ("the pay") and tells it with the lead's verbs (asking, order).
    docs = [
        Document(
            "Dunmore's harbour pilots are asking a judge to order their employer to hand over "
            "back pay they say it is withholding. Lawyers for the Kestrel Pilots Association "
            "filed a claim on Tuesday in Dunmore District Court asking that the port authority "
            "be ordered to transfer the pay to a trust account within 30 days. The pilots "
            "guide every large ship into the harbour. The authority says the city must approve "
            "its budget first.",
            id="wire",
        ),
        # A lead and a next sentence that share a verb but tell two events: no thing of the
        # lead named with "the" ("another mine explosion").
        Document(
            "A truck hit a land mine near Velka on Friday, killing two people. In another mine "
            "explosion, a tractor driver was killed on Thursday. Mines still lie along the "
            "border roads.",
            id="mines",
        ),
        # The lead's thing named with "the" as the next sentence's opening: its topic, of which
        # it says something new (the verb "released" shared all the same).
        Document(
            "Rising seas will flood the coast more often this century, a report released on "
            "Monday says. The report, released by the Coastal Office, gives the most detailed "
            "look yet at the risks. Towns on the estuary are most at risk.",
            id="report",
        ),
        # "the players" again, and "guaranteed" in both, an adjective before its noun: the
        # stakes of the ruling, not the ruling told again.
        Document(
            "An arbitrator rules on Monday whether 200 players with guaranteed contracts should "
            "be paid during the lockout. If the players win, the owners will owe about 800 "
            "million in guaranteed salaries. The owners have vowed to appeal.",
            id="stakes",
        ),
        # The lead's thing named with "the", but no verb of the lead: another fact of it.
        Document(
            "The two sides were summoned to Brell on Tuesday for their first round of talks "
            "under a mediator. Under the court's rules, the talks themselves are secret. The "
            "mediator was chosen last month.",
            id="talks",
        ),
    ]
    scored = score_sentences(split_documents(docs))
    relation = _Statements(scored, {})
    at = {(s.doc_id, s.index): k for k, s in enumerate(scored.sentences)}
    assert relation.told_after_lead(at["wire", 1], at["wire", 0])
    assert relation.told_after_lead(at["wire", 0], at["wire", 1])
    # Only a lead and the sentence after it.
    assert not relation.told_after_lead(at["wire", 3], at["wire", 2])
    assert not relation.told_after_lead(at["mines", 1], at["mines", 0])
    assert not relation.told_after_lead(at["talks", 1], at["talks", 0])
    assert not relation.told_after_lead(at["report", 1], at["report", 0])
    assert not relation.told_after_lead(at["stakes", 1], at["stakes", 0])


# Our own text, after DUC 2004's d31043t: a lead says the prime minister declined the offer, the
# next sentence tells the same refusal with its particulars (who says so, when, where) as
# "turned down the offer". The second sentence is followed by one that leans on it, so the pick
# has a speaker's quote to read (``_speakers_quote``), which joins no point here.
_DECLINED = (
    "Prime Minister Arvo Lind has declined an offer from the new president to lead the next "
    "cabinet, opening a political crisis in Kesta as it recovers from a long recession. "
    "Officials close to Lind, whose caretaker ministers have run the country since Maren "
    "Holt was sworn in on Tuesday, said Lind turned down the offer at a palace meeting "
    "with Holt. There has been no formal word from Holt since. "
    "Lind, 58, has led three governments since 2009. "
    "Holt won the presidency with the backing of the farmers' party. "
    "Kesta's currency fell against the euro on the news."
)
_BUDGET = (
    "Kesta's parliament meets on Monday to debate the budget. The president took office "
    "last week after a close election. Lind's party holds 41 of the 120 seats. "
    "The budget has been delayed twice this year. Bankers want spending cuts before a "
    "bond sale in March. Unions have threatened a strike if pensions are frozen."
)


def test_a_phrase_for_the_lead_s_verb_tells_its_event() -> None:
    # "turned down" is "declined" (phrase_verbs.txt): the lead and the next sentence share the
    # verb, and the next names the lead's "offer" with "the".
    scored = score_sentences(split_documents([Document(_DECLINED, id="wire")]))
    relation = _Statements(scored, {})
    assert relation.told_after_lead(1, 0)
    assert relation.told_after_lead(0, 1)


def test_a_pick_with_a_speaker_s_quote_after_it_joins_the_lead_it_tells_again() -> None:
    # The pick "Officials close to Lind ... said Lind turned down the offer ..." has a sentence
    # leaning on it ("There has been ..."), read as its speaker's quote, which states no point;
    # it is still the lead's event told again, and joins the lead's point.
    scored = score_sentences(
        split_documents([Document(_DECLINED, id="wire"), Document(_BUDGET, id="paper")])
    )
    assert _speakers_quote(_Statements(scored, {}), 1) is not None
    for words in (80, 100, 150):
        texts = [p.sentence.text for p in select_mmr(scored, max_words=words)]
        assert any(t.startswith("Prime Minister Arvo Lind") for t in texts)
        assert not any(t.startswith("Officials close to Lind") for t in texts)


def test_a_name_s_number_is_no_count_two_sentences_share() -> None:
    # Our own text: a flight's departure and its return give the same passengers and the
    # flight's number; "Flight 417" is a name, not a second figure both give, so the two are
    # not one event told twice.
    docs = [
        Document("Corvane Air Flight 417 left Maribel with 186 passengers on board.", id="a"),
        Document("Flight 417 returned to Maribel with 186 passengers after a bird strike.", id="b"),
    ]
    scored = score_sentences(split_documents(docs))
    relation = _Statements(scored, {})
    at = {(s.doc_id, s.index): k for k, s in enumerate(scored.sentences)}
    assert not relation.told_with_figures(at["b", 0], at["a", 0])
    assert large_numbers("Flight 417 returned with 186 passengers, 12 of them on Route 66.") == {
        186.0,
        12.0,
    }
    # Lower case, the word names nothing: "a flight of 417 miles".
    assert large_numbers("The crew flew a flight 417 miles long with 186 passengers.") == {
        417.0,
        186.0,
    }


def test_a_recount_s_tally_told_twice_is_one_point() -> None:
    # Our own recount cluster (tests/data/review_clusters/ashbourne-recount): the wire's
    # "received 48,907 votes against 48,595" and the city paper's "The final tally gave
    # Marchetti 48,907 votes to Oduya's 48,595" were two points at 250 words, the second "only
    # in" the city paper.
    folder = Path(__file__).resolve().parent / "data" / "review_clusters" / "ashbourne-recount"
    briefing = summarize(load_documents(folder), max_words=250)
    tallies = [p for p in briefing.points if "48,907" in p.text]
    assert len(tallies) == 1
    assert sorted(tallies[0].citations) == ["01-wire", "02-city"]
    assert [c.reason for c in tallies[0].evidence][-1] == REASON_FIGURES


def test_a_verdict_and_a_vote_told_twice_are_one_point_each() -> None:
    # Our own clusters (tests/data/review_clusters): the verdict was told twice, "... who stole
    # £2.3 million ... has been jailed for six years." (Vale Today, the wire) and "On Wednesday
    # Martin Oakes, ... was sentenced to six years in prison ... for a fraud that cost local
    # taxpayers £2.3m." (the broadsheet), at 100 to 250 words; the election's result as
    # "... taking 41 of the 95 seats" and "... finished first with ... 41 seats" at 250.
    folder = Path(__file__).resolve().parent / "data" / "review_clusters"
    for words in (100, 250):
        points = summarize(load_documents(folder / "brackley-verdict"), max_words=words).points
        told = [p for p in points if "2.3" in p.text]
        assert len(told) == 1, [p.text for p in told]
        assert "02-broadsheet" in told[0].citations
    points = summarize(load_documents(folder / "solmara-election"), max_words=250).points
    told = [p for p in points if "41 " in p.text and "Green" in p.text]
    assert len(told) == 1, [p.text for p in told]
    assert len(told[0].citations) == 3


# Invented (our own text): a and b tell one sentence with its sum and span, and one result with
# its seats; c gives the same sum and the same seats of the same actors, for other facts.
_VERDICT = {
    "a": (
        "A former harbour treasurer who stole £4.6 million from the Kessel port trust has been "
        "jailed for eight years. The Harbour Party has won the port election, taking 23 of the "
        "40 seats."
    ),
    "b": (
        "On Tuesday Ada Brill, the trust's treasurer from 2011, was sentenced to eight years in "
        "prison for a fraud that cost the port £4.6m. The Harbour Party, which had five seats "
        "in 2019, finished first with 23 seats."
    ),
    "c": (
        "Ada Brill must repay £4.6m to the port trust. The Harbour Party held 23 seats on the "
        "old board."
    ),
}


def test_the_same_figures_of_one_actor_with_one_verb_tell_one_event() -> None:
    docs = [Document(text, id=key) for key, text in _VERDICT.items()]
    scored = score_sentences(split_documents(docs))
    relation = _Statements(scored, {})
    at = {(s.doc_id, s.index): k for k, s in enumerate(scored.sentences)}
    # A sum and a span of time agreeing: one sentence, whatever its verbs.
    assert relation.told_with_figures(at["a", 0], at["b", 0])
    assert relation.told_with_figures(at["b", 0], at["a", 0])
    # One count of seats, the same actor, a verb of one event ("finished first": "won").
    assert relation.told_with_figures(at["a", 1], at["b", 1])
    # One shared figure of one actor with other verbs: other facts (a debt, a seat count held).
    assert not relation.told_with_figures(at["c", 0], at["b", 0])
    assert not relation.told_with_figures(at["c", 1], at["a", 1])
    assert not relation.told_with_figures(at["c", 1], at["b", 1])


def test_parts_sum_to_a_whole_in_a_unit_of_its_own() -> None:
    assert _in_parts({"peopl": (48.0,)}, {"passeng": (45.0,), "staff": (3.0,)})
    assert not _in_parts({"peopl": (48.0,)}, {"passeng": (45.0, 3.0)})  # one unit: no parts
    assert not _in_parts({"passeng": (48.0,)}, {"passeng": (45.0,), "staff": (3.0,)})
    assert _subject_words("The coach left the road on Sunday.", "en") == "The coach"
    assert _subject_words("Left behind were two bags.", "en") is None


def test_the_ferry_example_tells_its_grounding_once() -> None:
    # The README's example: the count of those on board is told whole in the lead ("231 people")
    # and in parts by a follow-up ("212 passengers and 19 crew") of the same ferry.
    from summarizer import load_documents
    from summarizer.same import figures

    points = summarize(
        load_documents(_EXAMPLES / "ferry-grounding-port-halloran"), max_words=120
    ).points
    subjects = [_subject_words(p.text, "en") or "" for p in points]
    for k, point in enumerate(points):
        for other, subject in zip(points[k + 1 :], subjects[k + 1 :], strict=True):
            same_subject = subject.split()[-1:] == subjects[k].split()[-1:] != []
            told = _in_parts(figures(point.text), figures(other.text)) or _in_parts(
                figures(other.text), figures(point.text)
            )
            assert not (same_subject and told), (point.text, other.text)


# One fact told in two wordings by the leads of two articles (an invented port): one names the
# director with an apposition and a clause of purpose, the other with a clause in -ing. Read
# whole, neither states the other (each adds its own clause); read at their heads, each does.
_PORT = {
    "a": (
        "The harbour board of Kessel appointed Ada Vell, a former ferry captain, to be port "
        "director on Monday in an effort to placate the Arlo shipping cartel as the board moves "
        "closer to handing the northern quays to a Dutch consortium. The strike has kept forty "
        "ships at anchor for two weeks. Vell told reporters she would meet the union on Tuesday. "
        "Shipping firms have moved some cargo to the port of Arlo. The board's chairman called "
        "the strike the worst in thirty years. Talks broke down last Friday."
    ),
    "b": (
        "The harbour board named Vell port director on Monday, effectively putting the veteran in "
        "charge of negotiating the port's future with the Treasury and the European Commission "
        "in Brussels. The dockers walked out over a plan to cut night shifts. Forty ships wait at "
        "anchor off Kessel. The union said it welcomed a director who knew the docks. Vell spent "
        "twenty years at sea before joining the board. Her predecessor resigned in May."
    ),
    "c": (
        "Fruit growers in the Kessel valley say the dock strike is ruining their export season. "
        "Crates of pears have rotted on the quays. The growers want the government to step in. "
        "The harbour board named Vell port director on Monday, effectively putting the veteran in "
        "charge of negotiating the port's future with the Treasury and the European Commission "
        "in Brussels. Growers hope she can end the strike quickly. Some farms have laid off "
        "pickers."
    ),
}


def test_one_fact_told_in_two_wordings_is_one_point_citing_both(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from summarizer import select

    def appointments() -> list[Point]:
        points = summarize([Document(t, id=k) for k, t in _PORT.items()], max_words=100).points
        return [p for p in points if "port director" in p.text]

    (point,) = appointments()
    assert sorted(point.citations) == ["a", "b", "c"]
    assert REASON_REPEATED in {c.reason for c in point.evidence}
    # Without the reading at the heads, the appointment is two points.
    monkeypatch.setattr(select, "REPEAT_BAND", 1.1)
    assert len(appointments()) == 2


def test_a_point_is_read_at_its_head_without_apposition_purpose_or_trailing_clause() -> None:
    assert (
        _fact_head(_PORT["a"].split(". ")[0] + ".", "en")
        == "The harbour board of Kessel appointed Ada Vell to be port director on Monday."
    )
    assert (
        _fact_head(_PORT["b"].split(". ")[0] + ".", "en")
        == "The harbour board named Vell port director on Monday."
    )
    # A name after the comma, or a clause after the phrase, is no apposition.
    assert _without_apposition("The rebel, Ada Vell, fled.", "en") is None
    assert _without_apposition("Vell met the pilot, a veteran, who fled.", "en") is None


# An invented extradition: a short point whose every name the longer one holds, and a point about
# another person with the same words.
_BANKER = {
    "a": [
        "Police in Velland arrested the fugitive banker Oren Brannock at Lusk airport on Thursday.",
        "Kestria has asked for Brannock's extradition.",
        "Brannock fled Kestria in March after his bank collapsed.",
        "Thousands of savers lost their deposits when the bank failed.",
        "He had been living under a false name in the south of Velland.",
    ],
    "b": [
        (
            "Kestria stepped up pressure on Velland for the extradition of the arrested banker "
            "Oren Brannock, saying on Sunday that granting him asylum would amount to ``opening "
            "the doors of Europe to financial crime.''"
        ),
        "Brannock's lawyers say he faces a political trial at home.",
        "Velland's courts will hear the case next month.",
        "The extradition hearing in Lusk may take months.",
        "His wife visited him on Saturday.",
    ],
    "c": [
        "Savers who lost their money in Brannock's bank marched in the Kestrian capital on Saturday.",
        "The marchers demanded that the government repay their deposits.",
        "Kestria has asked for the extradition of Brannock's deputy, Ilse Marr.",
        "A court in Velland is to rule on his plea for asylum within weeks.",
        "The government has promised a fund for the smallest savers.",
    ],
}


def test_a_point_that_adds_nothing_to_another_repeats_its_fact() -> None:
    scored = score_sentences(build(_BANKER))
    relation = _Statements(scored)
    codes = _doc_codes(scored)
    texts = [s.text for s in scored.sentences]
    pressure, asked, deputy = (
        texts.index(_BANKER["b"][0]),
        texts.index(_BANKER["a"][1]),
        texts.index(_BANKER["c"][2]),
    )

    def repeated(order: list[int]) -> dict[int, int]:
        facts = [_Fact(j, 1.0, k, int(codes[j])) for k, j in enumerate(order)]
        found = _repeated_points(relation, facts, {j: j for j in order}, 0.8)
        return {pick: repeat.kept for pick, repeat in found.items()}

    # The short point goes, picked first or last; the longer one is kept.
    assert repeated([pressure, asked]) == {asked: pressure}
    assert repeated([asked, pressure]) == {asked: pressure}
    # The deputy's extradition names someone the point does not: another fact.
    assert repeated([pressure, deputy]) == {}
    point = _Fact(pressure, 1.0, 0, int(codes[pressure]))
    assert relation.names_held(asked, point)
    assert not relation.names_held(deputy, point)


def test_points_with_other_figures_are_two_facts_though_their_words_agree() -> None:
    # A table of results written out as sentences: each states the others by its words.
    corpus = {
        doc: [f"Ferry {k} carried {k * 7} cars in hour {k}." for k in range(first, first + 5)]
        for doc, first in (("a", 1), ("b", 6))
    }
    scored = score_sentences(build(corpus))
    relation = _Statements(scored)
    codes = _doc_codes(scored)
    texts = [s.text for s in scored.sentences]
    order = [texts.index(corpus["a"][1]), texts.index(corpus["b"][2])]
    facts = [_Fact(j, 1.0, k, int(codes[j])) for k, j in enumerate(order)]
    assert _repeated_points(relation, facts, {j: j for j in order}, 0.8) == {}
    head = _fact_head(texts[order[1]], "en")
    assert not relation.head_names_held(order[1], head, facts[0])


# An invented county election (our own text): a gives the turnout as a value, b as a bound.
_TURNOUT = {
    "a": "The Tarn Valley Party won the Orrin county election on Sunday, taking 22 of the 40 "
    "seats. Its leader, Mara Voss, said she would form a council within a week. Turnout was "
    "71.4 percent, up from 64 percent in 2022. The Orrin Farmers' League lost six of its nine "
    "seats.",
    "b": "Voters in Orrin handed the Tarn Valley Party a clear majority on Sunday. The party took "
    "22 of the county's 40 seats, its best result since it was founded. Turnout, at nearly "
    "three-quarters of the electorate, was the highest the county has seen. Mara Voss, its "
    "leader, promised lower bus fares.",
    "c": "The Tarn Valley Party has won a majority on Orrin county council. The Orrin Farmers' "
    "League was left with three seats. Mara Voss will lead the new council.",
}


def test_a_figure_another_article_gives_in_other_words_is_not_only_in_one() -> None:
    # Our own clusters (tests/data/review_clusters): "The ninth title takes Kestrel past Dunmore
    # ... at the top of the all-time list" was "only in" the wire, though the broadsheet writes
    # "... to lift the National Cup for the ninth time, more than any other club"; "Turnout was
    # 67.8 percent ..." "only in" it too, beside "Turnout, at more than two-thirds of voters,
    # was the highest since 1995".
    folder = Path(__file__).resolve().parent / "data" / "review_clusters"
    for cluster, opening in (
        ("harrowgate-final", "The ninth title"),
        ("solmara-election", "Turnout"),
    ):
        points = summarize(load_documents(folder / cluster), max_words=250).points
        point = next(p for p in points if p.text.startswith(opening))
        assert len(point.citations) > 1 or point.possible_sources > 0, point
    docs = [Document(text, id=key) for key, text in _TURNOUT.items()]
    point = next(
        p for p in summarize(docs, max_words=100).points if p.text.startswith("Turnout was")
    )
    assert point.citations == ("a",) and point.possible_sources == 1
    # A bound the value is not within is another figure: "only in" a.
    docs[1] = Document(_TURNOUT["b"].replace("nearly three", "more than four"), id="b")
    point = next(
        p for p in summarize(docs, max_words=100).points if p.text.startswith("Turnout was")
    )
    assert point.citations == ("a",) and point.possible_sources == 0


def test_a_later_article_s_new_toll_is_not_passed_over_as_said() -> None:
    # Our own outbreak cluster (tests/data/review_clusters/tresham-legionella): the wire's lead of
    # 16 June ("four people were taken to hospital and one of them ... died") was the opening
    # point at every budget, and its own follow-up of 18 June, "The death toll ... has risen to
    # two, and six people have now fallen ill", was passed over as said by it (0.97 / 0.86 both
    # ways; its figures keep it from citing the lead): no briefing told the new toll.
    folder = Path(__file__).resolve().parent / "data" / "review_clusters" / "tresham-legionella"
    docs = load_documents(folder)
    for words in (100, 150, 250):
        points = summarize(docs, max_words=words).points
        tolls = [p for p in points if "risen to two" in p.text]
        assert len(tolls) == 1, (words, [p.text for p in points])
        assert tolls[0].citations[0] == "04-wire"
    # Articles of one day: which figure came first, nothing says, and the old reading stands.
    same_day = [
        Document(d.text, id=d.id, title=d.title, source=d.source, date="2026-06-16") for d in docs
    ]
    points = summarize(same_day, max_words=150).points
    assert not any("risen to two" in p.text for p in points)


def test_a_pick_whose_update_fits_only_in_its_place_is_told_by_the_update() -> None:
    # Our own outbreak cluster at 60 words: the 16 June lead (40 words: four ill, one dead)
    # opened the briefing and its 18 June update ("The death toll ... has risen to two, and six
    # people have now fallen ill", 24 words) no longer fitted beside it: the reader was told a
    # toll two days out of date. An update that fits the budget in the pick's place but not
    # beside it is the point instead.
    folder = Path(__file__).resolve().parent / "data" / "review_clusters" / "tresham-legionella"
    docs = load_documents(folder)
    points = summarize(docs, max_words=60).points
    tolls = [p for p in points if p.text.startswith("The death toll")]
    assert len(tolls) == 1 and tolls[0].doc_id == "04-wire", [p.text for p in points]
    assert not any("four people were taken" in p.text for p in points)
    # Where both fit, the update is told in the pick's place too (one fact, one point:
    # ``test_a_later_toll_supersedes_the_earlier_point``).
    texts = [p.text for p in summarize(docs, max_words=100).points]
    assert not any("four people were taken" in t for t in texts)
    assert any(t.startswith("The death toll") for t in texts)
    # Articles of one day: no update, the lead stands.
    same_day = [
        Document(d.text, id=d.id, title=d.title, source=d.source, date="2026-06-16") for d in docs
    ]
    assert "four people were taken" in summarize(same_day, max_words=60).points[0].text


def test_a_later_toll_supersedes_the_earlier_point() -> None:
    # Our own quake cluster (tests/data/review_clusters/dravenska-quake): at 100 words the
    # wire's lead of 11 August ("... killing at least 14 people ...") and the broadsheet's of 12
    # August ("At least 47 people were killed in the earthquake ...") were two points of one
    # toll: the later figure was let in beside the earlier pick as news. It replaces it; so in
    # our outbreak cluster the 18 June "The death toll ... has risen to two" replaces the 16 June
    # "four people were taken to hospital and one of them ... died", and no other article's
    # sentence giving the earlier count (the local paper's "A man in his seventies died ..., and
    # three other people ...", which the lead passed over) takes its place.
    folder = Path(__file__).resolve().parent / "data" / "review_clusters"
    quake = load_documents(folder / "dravenska-quake")
    outbreak = load_documents(folder / "tresham-legionella")
    for words in (60, 100, 150, 250):
        texts = [p.text for p in summarize(quake, max_words=words).points]
        # (The broadsheet's 47 is told anew by the funerals' 52, 13 August:
        # ``test_a_toll_told_in_a_relative_clause_updates_the_earlier_toll``.)
        assert any("killed 52 people" in t for t in texts), (words, texts)
        assert not any("at least 14 people" in t for t in texts), (words, texts)
        texts = [p.text for p in summarize(outbreak, max_words=words).points]
        assert sum("risen to two" in t for t in texts) == 1, (words, texts)
        assert not any("four people were taken" in t for t in texts), (words, texts)
        assert not any(t.startswith("A man in his seventies died") for t in texts), (words, texts)
    # What repeated the replaced pick stays redundant: "All four had visited the town centre
    # ..." (the lead's four) was a point once the lead was replaced, and passed over the tower's
    # "Tests confirmed that legionella bacteria were present ..." (0.96).
    for words in (100, 150, 250):
        texts = [p.text for p in summarize(outbreak, max_words=words).points]
        assert not any(t.startswith("All four") for t in texts), (words, texts)
        assert any(t.startswith("Tests confirmed") for t in texts), (words, texts)
    # Other facts of the dead stay: the two who died had not been inside the centre.
    assert any(t.startswith("The two who died had not been inside") for t in texts), texts
    # With the follow-up of 15 August (`later/`), the toll is 54: the broadsheet's 47 states it
    # at 0.79 only (under the forward pass-over level, 0.8), and passed it over as said (0.89).
    # An update's own update is told in its place, both read from the pass-over level.
    latest = [*quake, *load_documents(folder / "later" / "dravenska-quake")]
    for words in (60, 100, 150):
        texts = [p.text for p in summarize(latest, max_words=words).points]
        assert sum("rose to 54" in t for t in texts) == 1, (words, texts)
        assert not any(t.startswith("At least 47 people") for t in texts), (words, texts)
    # Articles of one day: which figure came first, nothing says; the wire's lead stands.
    same_day = [
        Document(d.text, id=d.id, title=d.title, source=d.source, date="2026-08-11") for d in quake
    ]
    texts = [p.text for p in summarize(same_day, max_words=100).points]
    assert any("at least 14 people" in t for t in texts), texts


# Each toll of our quake cluster, 11 to 15 August (14, 31, 47, 52, 54 dead).
_QUAKE_TOLLS = (
    "at least 14 people",
    "risen to 31",
    "At least 47 people were killed",
    "killed 52 people",
    "rose to 54",
)


def test_a_toll_told_in_a_relative_clause_updates_the_earlier_toll() -> None:
    # Our own quake cluster: the local paper's lead (13 August) "Stara Brda held the first
    # funerals ... for the victims of Tuesday's earthquake, which has now killed 52 people ..."
    # tells the toll in a relative clause; the broadsheet's "At least 47 people were killed ..."
    # (12 August) states the clause (0.86), not the whole (0.51; the whole states it at 0.35), so
    # the two were points side by side at 60-250 words: two tolls told as current. The clause's
    # count updates the 47, and the funerals lead is told in its place. With the follow-up of 15
    # August, the 54 supersedes the 52 too (through the 47 it tells anew): one toll, the latest.
    folder = Path(__file__).resolve().parent / "data" / "review_clusters"
    quake = load_documents(folder / "dravenska-quake")
    latest = [*quake, *load_documents(folder / "later" / "dravenska-quake")]
    for docs, toll in ((quake, "killed 52 people"), (latest, "rose to 54")):
        for words in (60, 100, 150, 250):
            texts = [p.text for p in summarize(docs, max_words=words).points]
            told = [t for t in texts for said in _QUAKE_TOLLS if said in t]
            assert len(told) == 1 and toll in told[0], (words, texts)
    # The relative clause as a statement of its own, its antecedent put back.
    lead = next(p for p in quake[3].text.split("\n\n") if p.startswith("Stara Brda held"))
    assert _relative_statement(lead, "en") == (
        "Tuesday's earthquake has now killed 52 people across Dravenska."
    )


def test_the_latest_toll_is_not_cited_to_an_earlier_count() -> None:
    # With the quake's follow-up (`later/`), the point "The death toll ... rose to 54 on
    # Saturday ..." cited Rekon TV's "The number of people killed ... has risen to 31, ..." as
    # the same statement (0.95): neither toll had a unit after it, so the figures rule read none.
    folder = Path(__file__).resolve().parent / "data" / "review_clusters"
    quake = load_documents(folder / "dravenska-quake")
    latest = [*quake, *load_documents(folder / "later" / "dravenska-quake")]
    for words in (60, 100, 150, 250):
        points = summarize(latest, max_words=words).points
        tolls = [p for p in points if "rose to 54" in p.text]
        assert len(tolls) == 1, (words, [p.text for p in points])
        assert "02-broadcaster" not in tolls[0].citations, (words, tolls[0].citations)


def test_a_later_episode_weeks_away_is_not_passed_over_as_said() -> None:
    # Our own merger cluster (tests/data/review_clusters/osterby-merger): "The Competition Board
    # on Thursday blocked Brightwell's 4.2 billion euro takeover of Osterby, ..." (17 September)
    # was passed over as said by "Brightwell ... agreed on Monday to buy its rival Osterby for
    # 4.2 billion euros, ..." (2 March; 0.96 both ways): no briefing said the deal was blocked.
    folder = Path(__file__).resolve().parent / "data" / "review_clusters" / "osterby-merger"
    docs = load_documents(folder)
    for words in (100, 150, 250):
        points = summarize(docs, max_words=words).points
        blocked = [p for p in points if p.text.startswith("The Competition Board on Thursday")]
        assert len(blocked) == 1 and blocked[0].doc_id == "03-wire", (words, points)
        # Not cited for the agreement either: another day's event.
        assert "03-wire" not in points[0].citations
    # Weeks apart only: the same articles a week apart read as one event, as before.
    near = [
        Document(d.text, id=d.id, title=d.title, source=d.source, date=day)
        for d, day in zip(docs, ("2026-03-02", "2026-03-03", "2026-03-09", "2026-03-10"))
    ]
    texts = [p.text for p in summarize(near, max_words=150).points]
    assert not any(t.startswith("The Competition Board on Thursday") for t in texts)


def test_a_quotation_alone_is_cited_for_the_point_that_quotes_it() -> None:
    # Our own outage cluster (tests/data/review_clusters/larkmoor-outage): the paper's "Priya
    # Raman, the bank's chief executive, apologised again and said: "Nobody will be left out of
    # pocket."" was "1 of 4 sources", though the wire gives the same words as a sentence of
    # their own after naming her (0.87: the point's other words are not in it).
    folder = Path(__file__).resolve().parent / "data" / "review_clusters" / "larkmoor-outage"
    docs = load_documents(folder)
    for words in (100, 250):
        points = summarize(docs, max_words=words).points
        quoted = [p for p in points if "out of pocket" in p.text]
        assert len(quoted) == 1, (words, [p.text for p in points])
        assert sorted(quoted[0].citations) == ["01-wire", "03-paper"]
    # A quotation alone of other words is no citation of it.
    other = [
        Document(
            'Ada Brill, the trust\'s chair, said: "Every saver will be paid back in full."',
            id="a",
        ),
        Document('The trust apologised. "Every member will be written to by Friday."', id="b"),
    ]
    points = summarize(other, max_sentences=2, clean=False).points
    assert all(len(p.citations) == 1 for p in points), [p.citations for p in points]


def test_another_body_s_deal_named_after_of_is_no_citation() -> None:
    # Our own strike cluster (tests/data/review_clusters/pelham-strike): the drivers' "More than
    # two-thirds of Rail Crews' Guild members who voted backed the deal, which raises pay by 5.5
    # percent this year and 4 percent next year." cited the signallers' "Members of the
    # Signalling Staff Association voted by 74 percent to accept a deal worth 5 percent this
    # year and 4 percent next year" (0.99: the figures lie within the tolerance, and neither
    # subject opens with a name); read with --since the first day, the reverse.
    folder = Path(__file__).resolve().parent / "data" / "review_clusters" / "pelham-strike"
    docs = load_documents(folder)
    for words in (100, 250):
        points = summarize(docs, max_words=words).points
        # (At 100 words the wire's own wording, "Sixty-seven percent of members of the Rail
        # Crews' Guild ...", is the point, cited by the radio's "Drivers and guards accepted a
        # pay rise of 5.5 percent ..." too.)
        deal = [p for p in points if "Rail Crews' Guild" in p.text and "backed" in p.text]
        assert len(deal) == 1, (words, [p.text for p in points])
        assert {"01-wire", "02-paper"} <= set(deal[0].citations)
        assert "04-wire" not in deal[0].citations
    earlier = [d for d in docs if d.id in ("01-wire", "03-radio")]
    later = [d for d in docs if d.id in ("02-paper", "04-wire")]
    points = summarize(later, since=earlier, max_words=150).points
    signallers = [p for p in points if "Signalling Staff Association" in p.text]
    assert [p.citations for p in signallers] == [("04-wire",)]


def test_a_later_article_s_event_of_another_day_is_not_passed_over_as_said() -> None:
    # Our own strike cluster (tests/data/review_clusters/pelham-strike): the wire's lead of 9
    # March ("... called off after train drivers and guards voted to accept a new pay offer,
    # their union said on Monday") opened every briefing and passed over the wire's lead of 11
    # March, "Signallers ... have accepted a pay offer, ..., their union said on Wednesday"
    # (0.997: the pick holds its words), which no briefing told; the briefings told instead
    # the stale "The signallers' union will announce the result of its own ballot on Wednesday".
    folder = Path(__file__).resolve().parent / "data" / "review_clusters" / "pelham-strike"
    docs = load_documents(folder)
    for words in (100, 150, 250):
        points = summarize(docs, max_words=words).points
        texts = [p.text for p in points]
        accepted = [p for p in points if p.text.startswith("Signallers on")]
        assert len(accepted) == 1, (words, texts)
        assert list(accepted[0].citations) == ["04-wire"]
        assert texts.index(accepted[0].text) > next(
            k for k, text in enumerate(texts) if "called off" in text
        )
    # Nor is the signallers' own deal passed over by the drivers' ("More than two-thirds of Rail
    # Crews' Guild members ... backed the deal ...", 0.996): another actor's, at 250 words.
    points = summarize(docs, max_words=250).points
    deal = [p for p in points if p.text.startswith("Members of the Signalling Staff")]
    assert [list(p.citations) for p in deal] == [["04-wire"]], [p.text for p in points]
    # Articles of one day: which day's event came first, nothing says; the old reading stands.
    same_day = [
        Document(d.text, id=d.id, title=d.title, source=d.source, date="2026-03-09") for d in docs
    ]
    points = summarize(same_day, max_words=150).points
    assert not any(p.text.startswith("Signallers on") for p in points)
    # Another day alone is not read: with no earlier article planning anything for Wednesday,
    # the acceptance is one fact with Monday's, as a journey's positions told day by day are
    # (DUC 2007 update B's balloon "over the Pacific Ocean Thursday", "over Mexico" later).
    plan = re.compile(r"[^.]*will announce[^.]*\.")
    unplanned = [
        Document(plan.sub("", d.text), id=d.id, title=d.title, source=d.source, date=d.date)
        for d in docs
    ]
    assert sum("will announce" in d.text for d in docs) == 2
    for words in (100, 150):
        points = summarize(unplanned, max_words=words).points
        assert not any(p.text.startswith("Signallers on") for p in points), words


def test_a_sentence_read_through_an_idiom_is_a_possible_source() -> None:
    # Our own text: "It cannot be passed from person to person." shares no term with the point
    # ("The illness does not spread between people ..."), so no candidate reading found it; read
    # through same_phrases.txt it may state the point (a possible source: "1 of 2 sources", not
    # "only in").
    docs = [
        Document(
            "Three farm workers near Oldbury have caught Q fever, the regional health agency "
            "said on Tuesday. All three work on a goat farm north of the town. Q fever is "
            "caught by breathing in dust from infected animals. It cannot be passed from "
            "person to person. The farm has been closed to visitors. Two of the workers are "
            "being treated in hospital.",
            id="wire",
        ),
        Document(
            "A goat farm near Oldbury has been closed after three workers fell ill with Q "
            "fever. The illness does not spread between people, the agency stressed. Vets are "
            "testing the herd of 400 goats. The farm sells cheese at markets across the county. "
            "Its owner said he was cooperating fully with the agency.",
            id="local",
        ),
    ]
    for words in (60, 100):
        told = [p for p in summarize(docs, max_words=words).points if "between" in p.text]
        assert len(told) == 1
        assert told[0].possible_sources == 1


# An invented resignation: a's and b's leads tell it in words of their own; c's lead tells
# another actor's call.
_RESIGNATION = {
    "a": [
        "Prime Minister Tova Renn resigned on Monday after losing a vote on the budget.",
        "Her coalition had governed for two years.",
        "The president will ask the largest party to form a government.",
    ],
    "b": [
        "Prime Minister Tova Renn, a former teacher, said she was stepping down after the defeat.",
        "Renn's party will choose a new leader next month.",
        "Prime Minister Tova Renn had warned that the budget was her last chance.",
    ],
    "c": [
        "Opposition leader Kai Mott called for early elections after the budget vote.",
        "Mott's party leads in the polls.",
        "The vote was 61 to 59.",
    ],
}


def test_a_lead_of_the_same_news_told_of_the_points_actor_cites_the_points_lead() -> None:
    scored = score_sentences(build(_RESIGNATION))
    texts = [s.text for s in scored.sentences]
    point = texts.index(_RESIGNATION["a"][0])
    lead, later = texts.index(_RESIGNATION["b"][0]), texts.index(_RESIGNATION["b"][2])
    other = texts.index(_RESIGNATION["c"][0])
    same_day = {"a": "2024-03-04", "b": "2024-03-05", "c": "2024-03-04"}
    relation = _Statements(scored, dates=same_day)
    assert relation.model == "short"  # the same-fact model's, for articles this short
    # The relation reads each below the citation level, from even odds, with no rule against it.
    probability = np.zeros(len(texts))
    probability[[lead, later, other]] = 0.8
    cite = probability.copy()
    stated = relation.lead_citing(point, probability, cite, 0.9)
    # b's lead names the point's actor: cited; b's later sentence is no lead; c's lead tells of
    # another actor.
    assert stated[lead] == 0.9
    assert stated[[k for k in range(len(texts)) if k != lead]].max() == 0.0
    # The point's own sentence must be its article's lead.
    assert (
        relation.lead_citing(texts.index(_RESIGNATION["a"][1]), probability, cite, 0.9).max() == 0.0
    )
    # A rule against it (capped below what the relation reads), or under even odds: not cited.
    capped = cite.copy()
    capped[lead] = 0.5
    assert relation.lead_citing(point, probability, capped, 0.9).max() == 0.0
    low = np.where(cite > 0, 0.4, 0.0)
    assert relation.lead_citing(point, low, low, 0.9).max() == 0.0
    # Days apart, or undated: another news cycle, or none known.
    apart = _Statements(scored, dates={**same_day, "b": "2024-03-08"})
    assert apart.lead_citing(point, probability, cite, 0.9).max() == 0.0
    assert _Statements(scored).lead_citing(point, probability, cite, 0.9).max() == 0.0


def test_a_lead_without_a_number_does_not_state_a_points_count() -> None:
    outage = {
        "a": ["Bank Rell now says 2 million customers were hit by the outage.", "It apologised."],
        "b": ["Bank Rell customers hit by the outage can claim refunds, it said.", "Few did."],
        "c": ["Bank Rell says up to 2 million customers were hit by the outage.", "Few did."],
    }
    scored = score_sentences(build(outage))
    texts = [s.text for s in scored.sentences]
    point, bare, counted = (texts.index(outage[k][0]) for k in "abc")
    relation = _Statements(scored, dates=dict.fromkeys("abc", "2024-03-04"))
    probability = np.zeros(len(texts))
    probability[[bare, counted]] = 0.8
    stated = relation.lead_citing(point, probability, probability.copy(), 0.9)
    assert stated[counted] == 0.9 and stated[bare] == 0.0


# An invented fine: "The company" stands for Brightwell, named before; what the point says of
# it is its appeal.
_FINE = {
    "a": [
        "Brightwell Foods was fined for polluting the Amber river on Monday.",
        "The company said it would appeal.",
        "Anglers had reported dead fish for weeks.",
    ],
    "b": [
        "A spokesman said the company regretted the spill at its Amber river plant.",
        "Brightwell will appeal against the fine, its lawyer said.",
    ],
    "c": ["The company has promised to restock the Amber river with fish."],
}


def test_a_sentence_holding_only_a_bare_definite_subject_says_nothing_of_the_point() -> None:
    scored = score_sentences(build(_FINE))
    relation = _Statements(scored)
    texts = [s.text for s in scored.sentences]
    every = np.arange(len(texts))
    only = relation._subject_only(texts.index(_FINE["a"][1]), every)
    assert not only[texts.index(_FINE["b"][1])]  # holds "appeal"
    assert only[texts.index(_FINE["b"][0])]  # "the company" and another fact
    assert only[texts.index(_FINE["c"][0])]
    # A named subject, or a subject that is more than a bare noun, is read by the other rules.
    for point in (_FINE["a"][0], _FINE["a"][2], _FINE["b"][1]):
        assert not relation._subject_only(texts.index(point), every).any()


# A storm told by two outlets on its first day and a paper the next (our own text).
_GALE = {
    "wire": (
        "2026-01-10",
        (
            "Gale-force winds closed the port of Hesketh on Saturday, stranding three ferries. The "
            "Coastal Weather Service still expects the gale to reach Karra overnight. Power was cut "
            "to 4,000 homes along the coast."
        ),
    ),
    "radio": (
        "2026-01-10",
        (
            "Three ferries were stranded in Hesketh on Saturday after the gale closed the port. The "
            "Coastal Weather Service still expects the gale to reach Karra overnight. Schools on "
            "Karra will stay shut."
        ),
    ),
    "paper": (
        "2026-01-11",
        (
            "The gale reached Karra at about 2 a.m. on Sunday with gusts of 140 kilometres an hour, "
            "the strongest since 1998, before it weakened over the open sea. Crews restored power "
            "to most of the 4,000 homes by Sunday noon."
        ),
    ),
}


def test_a_forecast_passed_by_its_event_yields_to_the_reading() -> None:
    # Our flood cluster told "The Environment Agency still expects the river to peak
    # overnight." (23 March) beside the next day's "The River Lenn peaked at 5.9 metres ..."
    # at every budget: the relation reads the two apart (0.31 / 0.01), and "expects ... to" is
    # no cue of the mood rule. A forecast whose verb a later article tells in the past, with
    # another word of the forecast's, is passed by its event: the reading is told in its place.
    docs = [Document(text, id=key, date=day) for key, (day, text) in _GALE.items()]
    for words in (30, 45, 60, 100):
        texts = [p.text for p in summarize(docs, max_words=words).points]
        assert not any("expects the gale" in t for t in texts), (words, texts)
        if words >= 45:
            assert any(t.startswith("The gale reached") for t in texts), (words, texts)
    # Articles of one day: which came first, nothing says; the forecast stands.
    same_day = [Document(text, id=key, date="2026-01-10") for key, (_, text) in _GALE.items()]
    texts = [p.text for p in summarize(same_day, max_words=100).points]
    assert any("expects the gale" in t for t in texts), texts
