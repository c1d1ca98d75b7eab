"""Unit tests for the select stage: MMR, budgets, citations of near-duplicates, concept coverage."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import build_sentences as build
from hypothesis import given
from hypothesis import strategies as st

from summarizer.errors import ConfigError
from summarizer.score import score_sentences
from summarizer.select import select_mmr
from summarizer.types import Scored, count_words

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
    ],
)
def test_invalid_parameters_are_config_errors(
    storm: Scored, kwargs: dict[str, float], match: str
) -> None:
    with pytest.raises(ConfigError, match=match):
        select_mmr(storm, max_words=50, **kwargs)  # type: ignore[arg-type]


def test_no_sentences_gives_no_picks(storm: Scored) -> None:
    empty = Scored((), storm.matrix[:0], np.zeros(0))
    assert select_mmr(empty, max_words=10) == ()
