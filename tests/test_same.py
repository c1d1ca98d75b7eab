"""Unit tests for the same-statement relation (summarizer.same) and the background tables."""

from __future__ import annotations

import math
import tracemalloc

import numpy as np
import pytest

from summarizer import same
from summarizer.background import (
    RARE_ZIPF,
    background_idf,
    background_zipf,
    spelling_variants,
    stem_zipf,
    word_idf,
)
from summarizer.errors import ConfigError
from summarizer.same import (
    FEATURES,
    MAX_CANDIDATES,
    REDUNDANT_THRESHOLD,
    SAME_THRESHOLD,
    StatementIndex,
    explain,
    same_statement,
    top_candidates,
)

# An invented event told by several outlets (every sentence written for these tests).
BRIDGE = "Mayor Alda Ferrin opened the new Kessel river bridge on Saturday after six years of work."
BRIDGE_PARAPHRASE = "On Saturday Mayor Alda Ferrin opened the new bridge over the Kessel river, six years after work began."
RESIGNED = "Mayor Alda Ferrin resigned from the regional council on Monday over a funding dispute."
TOLL = "Drivers will pay a toll of 2 euros to cross the Kessel bridge, the council said."
TOLL_OTHER_NUMBER = (
    "Drivers will pay a toll of 5 euros to cross the Kessel bridge, the council said."
)
TOLL_NEGATED = "Drivers will not pay a toll to cross the Kessel bridge, the council said."
OPENED_BY_OTHER = (
    "Mayor Joss Ferrin opened the new Kessel river bridge on Saturday after six years of work."
)


def _logit(probability: float) -> float:
    return math.log(probability / (1.0 - probability))


def _features(a: str, b: str) -> dict[str, float]:
    values = StatementIndex([a, b]).features(0)[1]
    return dict(zip(FEATURES, values.tolist()))


# --------------------------------------------------------------------------------------------
# Normalisation: spelling, names, written forms


@pytest.mark.parametrize(
    ("british", "american"),
    [
        (
            "The ministry will organise talks on denuclearisation in the harbour town.",
            "The ministry will organize talks on denuclearization in the harbor town.",
        ),
        (
            "Scepticism about the programme grew after the defence review was cancelled.",
            "Skepticism about the program grew after the defense review was canceled.",
        ),
        ("Kim Jong-un arrived in Hanoi by train.", "Kim Jong Un arrived in Hanoi by train."),
        (
            "The U.S. economy grew 4.5% in Oct. after the strike ended.",
            "The United States economy grew 4.5 percent in October after the strike ended.",
        ),
        ("Sales rose 12 per cent to 1,200 units.", "Sales rose 12 percent to 1200 units."),
    ],
)
def test_spelling_and_written_forms_are_one_term(british: str, american: str) -> None:
    values = _features(british, american)
    assert values["words_jaccard"] == 1.0
    assert values["contain_small"] == 1.0
    assert values["numbers_unmatched"] == 0.0
    assert same_statement(british, american) >= SAME_THRESHOLD


def test_shipped_spelling_table_maps_british_to_american() -> None:
    variants = spelling_variants()
    assert variants["organise"] == "organize"
    assert variants["colour"] == "color"
    assert variants["scepticism"] == "skepticism"
    assert "four" not in variants  # -our -> -or only where both forms are words in use


# --------------------------------------------------------------------------------------------
# What the relation decides


def test_paraphrase_across_outlets_is_the_same_statement() -> None:
    assert same_statement(BRIDGE, BRIDGE_PARAPHRASE) >= SAME_THRESHOLD


def test_two_facts_about_the_same_person_are_different_statements() -> None:
    assert same_statement(BRIDGE, RESIGNED) < REDUNDANT_THRESHOLD


def test_numbers_that_disagree_lower_the_probability() -> None:
    values = _features(TOLL, TOLL_OTHER_NUMBER)
    assert values["numbers_conflict"] == 1.0
    assert values["numbers_unmatched"] > 0
    assert (
        _logit(same_statement(TOLL, TOLL_OTHER_NUMBER)) < _logit(same_statement(TOLL, TOLL)) - 0.5
    )


def test_names_that_disagree_lower_the_probability() -> None:
    explanation = explain(BRIDGE, OPENED_BY_OTHER)
    parts = {name: (value, part) for name, value, part in explanation.features}
    assert parts["names_conflict"][0] == 1.0  # Alda in one, Joss in the other
    assert parts["names_conflict"][1] < 0
    assert same_statement(BRIDGE, OPENED_BY_OTHER) < same_statement(BRIDGE, BRIDGE)


def test_opposite_polarity_is_never_the_same_statement() -> None:
    without_number = TOLL.replace(" of 2 euros", "")
    assert _features(TOLL_NEGATED, without_number)["negation_differs"] == 1.0
    assert same_statement(TOLL_NEGATED, without_number) == 0.0
    assert explain(TOLL_NEGATED, without_number).rule == "opposite polarity"
    # ... unless the other side says the negative in a word of its own.
    declined = "The council declined to comment on the toll, a spokesman said."
    did_not = "The council did not comment on the toll, a spokesman said."
    assert explain(declined, did_not).rule is None
    assert same_statement(declined, did_not) >= SAME_THRESHOLD


def test_a_short_sentence_contained_in_a_longer_one_is_contained() -> None:
    short = "Mayor Alda Ferrin opened the Kessel river bridge."
    longer = (
        "Mayor Alda Ferrin opened the Kessel river bridge, and the crowd cheered as boats passed."
    )
    partly = "Mayor Alda Ferrin visited the Kessel river, and the crowd cheered as boats passed."
    names_only = "Mayor Alda Ferrin praised the boats and the crowd."
    contained = _features(short, longer)
    assert contained["contain_small"] == pytest.approx(1.0)
    assert contained["contain_large"] < 1.0
    assert _features(short, partly)["contain_small"] < 1.0
    assert same_statement(short, longer) > same_statement(short, partly)
    # Sharing the people is not stating the same fact.
    assert same_statement(short, names_only) < SAME_THRESHOLD


def test_contained_view_finds_a_short_restatement_of_a_longer_sentence() -> None:
    short = "The council has asked for the bridge toll to be scrapped."
    longer = (
        "The council has asked for the bridge toll to be scrapped, and the mayor has asked "
        "the regional government to pay for the repairs instead."
    )
    index = StatementIndex([short, longer, RESIGNED])
    pair = index.probability(0)
    contained = index.probability(0, contained=True)
    assert pair[1] < SAME_THRESHOLD <= contained[1]  # an added clause: not a paraphrase ...
    assert (contained >= pair).all()  # ... but the larger sentence states the smaller's fact
    assert contained[2] < SAME_THRESHOLD
    assert index.same(1, contained=True)[0] and not index.same(1)[0]
    assert explain(short, longer).contained_probability == pytest.approx(contained[1])


def test_background_weights_keep_the_event_names_heavy() -> None:
    # "Zorvaxin" is rare in English at large, "said" is not: the shared name carries the weight
    # even when every sentence of the cluster uses it (no in-cluster IDF).
    assert word_idf("Zorvaxin") > word_idf("bridge") > word_idf("said") > word_idf("the")
    assert word_idf("Zorvaxin") == pytest.approx((9.0 - RARE_ZIPF) * math.log(10.0))
    assert background_idf()["the"] == pytest.approx((9.0 - background_zipf()["the"]) * math.log(10))
    assert stem_zipf()["organ"] >= background_zipf()["organize"]


def test_relation_is_symmetric() -> None:
    pairs = [(BRIDGE, BRIDGE_PARAPHRASE), (TOLL, TOLL_OTHER_NUMBER), (BRIDGE, RESIGNED)]
    for a, b in pairs:
        assert same_statement(a, b) == pytest.approx(same_statement(b, a), abs=1e-12)


# --------------------------------------------------------------------------------------------
# The index: probabilities, mask, candidates


CLUSTER = [BRIDGE, RESIGNED, TOLL, BRIDGE_PARAPHRASE, TOLL_OTHER_NUMBER, TOLL_NEGATED]


def test_probability_is_in_unit_interval_with_one_on_itself() -> None:
    index = StatementIndex(CLUSTER)
    for i in range(len(CLUSTER)):
        probability = index.probability(i)
        assert probability.dtype == np.float64
        assert probability.shape == (len(CLUSTER),)
        assert probability[i] == 1.0
        assert ((probability >= 0.0) & (probability <= 1.0)).all()


def test_mask_is_probability_at_the_threshold() -> None:
    index = StatementIndex(CLUSTER)
    mask = index.same(0)
    assert mask.dtype == bool
    assert mask.tolist() == (index.probability(0) >= SAME_THRESHOLD).tolist()
    assert mask[0] and mask[3] and not mask[1]
    assert index.same(0, threshold=REDUNDANT_THRESHOLD).sum() >= mask.sum()
    with pytest.raises(ConfigError, match="threshold must be in"):
        index.same(0, threshold=1.5)


def test_candidates_give_the_full_result_on_their_rows_and_zero_elsewhere() -> None:
    index = StatementIndex(CLUSTER)
    full = index.probability(0)
    narrow = index.probability(0, candidates=[3, 5])
    assert narrow[[0, 3, 5]].tolist() == pytest.approx(full[[0, 3, 5]].tolist(), abs=1e-12)
    assert narrow[[1, 2, 4]].tolist() == [0.0, 0.0, 0.0]
    mask = np.zeros(len(CLUSTER), dtype=bool)
    mask[[3, 5]] = True
    assert index.probability(0, candidates=mask).tolist() == narrow.tolist()
    with pytest.raises(IndexError):
        index.probability(len(CLUSTER))


def test_top_candidates_share_a_term_and_are_capped() -> None:
    similarity = np.array([0.0, 0.5, 0.2, 0.0, 0.5, 0.9])
    assert top_candidates(similarity).tolist() == [1, 2, 4, 5]
    assert top_candidates(similarity, limit=2).tolist() == [1, 5]  # ties to the earlier one
    assert MAX_CANDIDATES >= 100


def test_same_input_gives_identical_probabilities_whatever_the_process_saw_before() -> None:
    first = StatementIndex(CLUSTER).probability(2)
    same._CHUNKS.clear()  # a fresh process
    fresh = StatementIndex(CLUSTER).probability(2)
    StatementIndex(list(reversed(CLUSTER)) + ["Unrelated words about orchards and sheep."])
    after_other_work = StatementIndex(CLUSTER).probability(2)
    assert first.tobytes() == fresh.tobytes() == after_other_work.tobytes()


def test_explanation_adds_up_to_the_probability() -> None:
    explanation = explain(TOLL, TOLL_OTHER_NUMBER)
    assert [name for name, _, _ in explanation.features] == list(FEATURES)
    logit = explanation.intercept + sum(part for _, _, part in explanation.features)
    assert 1.0 / (1.0 + math.exp(-logit)) == pytest.approx(explanation.probability)
    assert explanation.same == (explanation.probability >= SAME_THRESHOLD)
    assert "numbers_conflict" in str(explanation)


def test_shipped_model_has_a_coefficient_for_every_feature() -> None:
    model = same._model("en")
    assert len(model.coefficients) == len(FEATURES)
    assert all(math.isfinite(c) for c in model.coefficients)
    # More of a sentence found in the other (by term or by word vector) is evidence for "same".
    shares = ("contain_small", "predicate_large", "vector_cosine")
    assert sum(model.coefficients[FEATURES.index(name)] for name in shares) > 0
    assert model.coefficients[FEATURES.index("negation_differs")] < 0
    assert 0.0 < REDUNDANT_THRESHOLD <= SAME_THRESHOLD < 1.0


def test_unknown_language_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="no background data for language 'xx'"):
        background_zipf("xx")


# --------------------------------------------------------------------------------------------
# Linear cost: one sentence against all, never n-by-n


def _synthetic(n: int) -> list[str]:
    rng = np.random.default_rng(0)
    words = [f"word{k}" for k in range(3000)]
    return [" ".join(rng.choice(words, size=18).tolist()) + "." for _ in range(n)]


def _peak_bytes(texts: list[str]) -> int:
    index = StatementIndex(texts)
    index.probability(0, candidates=[1])  # warm the chunk cache and lazy imports
    tracemalloc.start()
    try:
        index.probability(0)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_of_one_sentence_against_all_grows_linearly() -> None:
    small = _peak_bytes(_synthetic(2_000))
    large = _peak_bytes(_synthetic(8_000))
    # 4x the sentences: about 4x the memory; an n-by-n matrix would take 16x.
    assert large < 8 * small, (small, large)


# The same-fact model (model="fact"): one fact told at two lengths by two outlets.
BRIDGE_LONG = (
    "Mayor Alda Ferrin opened the new Kessel river bridge on Saturday after six years of work, "
    "a crossing that cost the region far more than planned and left two ferry crews idle."
)


def test_fact_model_finds_one_fact_told_at_two_lengths() -> None:
    index = StatementIndex([BRIDGE, BRIDGE_LONG, RESIGNED], model="fact")
    paraphrase = StatementIndex([BRIDGE, BRIDGE_LONG, RESIGNED])
    fact = index.probability(0)
    assert fact[1] >= same.FACT_REDUNDANT_THRESHOLD > paraphrase.probability(0)[1]
    assert fact[2] < same.FACT_REDUNDANT_THRESHOLD  # another fact about the same mayor


def test_fact_model_keeps_the_polarity_rule_and_symmetry() -> None:
    index = StatementIndex([TOLL, TOLL_NEGATED, BRIDGE_LONG, BRIDGE], model="fact")
    assert index.probability(0)[1] == 0.0
    assert index.probability(2)[3] == pytest.approx(index.probability(3)[2])


def test_fact_model_file_has_a_coefficient_for_every_fact_feature() -> None:
    model = same._fact_model("en")
    assert len(model.coefficients) == len(same.FACT_FEATURES)
    assert any(model.coefficients)


def test_unknown_model_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="model must be one of"):
        StatementIndex([BRIDGE], model="cosine")


# --------------------------------------------------------------------------------------------
# Word vectors (SOFT_FEATURES)

PACT = "The rebels signed a pact with the government in Kessel on Sunday."
PACT_AGREEMENT = "The rebels signed an agreement with the government in Kessel on Sunday."
PACT_RIVER = "The rebels signed a river with the government in Kessel on Sunday."


def _similarity(a: str, b: str) -> float:
    rows, table = same._vectors("en")
    stem = same._porter()
    return float(table[rows[stem(a)]] @ table[rows[stem(b)]])


def test_word_vectors_are_unit_rows_and_know_near_words() -> None:
    rows, table = same._vectors("en")
    assert table.shape[0] == len(rows) + 1  # and a zero row for terms without a vector
    assert np.allclose(np.linalg.norm(table[:-1], axis=1), 1.0)
    assert not table[-1].any()
    # Near in use; unrelated words are not.
    assert _similarity("pact", "agreement") > 0.5
    assert _similarity("pact", "river") < 0.2


def test_vector_cosine_is_symmetric_one_for_the_same_sentence_and_sees_near_words() -> None:
    assert _features(PACT, PACT)["vector_cosine"] == pytest.approx(1.0)
    forward = _features(PACT, RESIGNED)["vector_cosine"]
    assert forward == pytest.approx(_features(RESIGNED, PACT)["vector_cosine"])
    near, far = _features(PACT, PACT_AGREEMENT), _features(PACT, PACT_RIVER)
    # By written terms "river" holds at least as much of PACT as "agreement" does (it is the
    # rarer word, so the one left out weighs the same and the sentence is as long); by word
    # vectors "agreement" is the nearer sentence.
    assert near["contain_small"] <= far["contain_small"] + 1e-9
    assert near["vector_cosine"] > far["vector_cosine"] > forward


def test_learned_features_are_the_same_against_candidates_as_against_all() -> None:
    texts = [PACT, PACT_AGREEMENT, RESIGNED, PACT_RIVER, TOLL]
    index = StatementIndex(texts)
    columns = [FEATURES.index(name) for name in (*same.SOFT_FEATURES, *same.EVIDENCE_FEATURES)]
    full = index.features(0)[:, columns]
    narrowed = StatementIndex(texts).features(0, candidates=[1, 3])[:, columns]
    assert np.allclose(full[[0, 1, 3]], narrowed[[0, 1, 3]])


# --------------------------------------------------------------------------------------------
# Term evidence learned from labelled pairs (EVIDENCE_FEATURES)


def test_term_evidence_sums_the_table_over_shared_and_one_sided_terms() -> None:
    table = {
        same.OTHER_TERM: (0.0, 0.0, 0.0),
        "toll": (1.0, -3.0, 0.5),  # held by both
        "2": (9.0, 9.0, 9.0),  # numbers are not terms: never looked up
        "not": (9.0, 9.0, 9.0),  # nor is a negation
        "council": (0.25, -1.0, 1.5),  # held by both
    }
    index = StatementIndex([TOLL, TOLL_NEGATED], term_evidence=table)
    values = dict(zip(FEATURES, index.features(0)[1].tolist()))
    assert values["evidence_shared"] == pytest.approx(1.25)
    assert values["evidence_unmatched"] == pytest.approx(0.0)
    assert values["discriminative_share"] == pytest.approx(1.0)
    # A one-sided term: "resigned" is only in RESIGNED, "toll" only in TOLL.
    table["resign"] = (2.0, -0.75, 3.0)
    index = StatementIndex([TOLL, RESIGNED], term_evidence=table)
    values = dict(zip(FEATURES, index.features(0)[1].tolist()))
    assert values["evidence_unmatched"] == pytest.approx(-3.75)
    assert values["evidence_shared"] == pytest.approx(0.25)  # "council" in both
    assert values["discriminative_share"] == pytest.approx(1.5 / 5.0)


def test_shipped_term_evidence_tells_a_figure_on_one_side_from_a_said() -> None:
    table = same._term_evidence("en")
    assert same.OTHER_TERM in table
    # Paraphrase judges pass over "said" missing from one side, not a word that changes the fact.
    assert table["said"][1] > table[same.OTHER_TERM][1]
    assert all(weight >= 0.0 for _, _, weight in table.values())
