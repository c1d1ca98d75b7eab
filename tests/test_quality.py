"""Quality gate: the real pipeline must keep its ROUGE and readability on the DUC dev data.

The floors sit a little below what the pipeline measured when they were set, so noise-free
refactors pass and real regressions fail. Raise them (never lower them without a reason in the
commit message) when quality improves: run ``summarizer evaluate`` on the file and pin the new
figures minus a small margin. ``benchmarks/README.md`` records the history.

Runs on ``../shared/benchmarks`` (never committed); skipped when that folder or rouge-score is
absent. Takes about 15 s.
"""

from __future__ import annotations

import csv
import json
from importlib.util import find_spec, module_from_spec, spec_from_file_location
from itertools import combinations
from pathlib import Path
from types import ModuleType

import pytest
from conftest import BENCHMARKS as SHARED

from summarizer import Document, Point, load_documents, summarize
from summarizer.clean import clean_cluster
from summarizer.evaluate import Evaluation, evaluate

DUC2004 = SHARED / "duc2004_dev.jsonl"
DUC2007_A = SHARED / "duc2007_update_A.jsonl"
DUC2007_MAIN = DUC2007_A.with_name("duc2007_main.jsonl")
DUC2007_B = DUC2007_A.with_name("duc2007_update_B.jsonl")

pytestmark = [
    pytest.mark.skipif(
        find_spec("rouge_score") is None,
        reason="rouge-score (the 'eval' extra) is not installed: pip install '.[eval]'",
    ),
    pytest.mark.skipif(
        not DUC2004.is_file(), reason=f"benchmark data {DUC2004} is absent (../shared not mounted)"
    ),
]

# Measured: R-1 39.47, R-2 10.23 (DUC 2004 dev, 25 clusters, 100 words). The best published
# peers on these clusters are DPP at 39.07 R-1 and RegSum at 9.15 R-2, Lead is 5.63.
DUC2004_R1_FLOOR = 39.2
DUC2004_R2_FLOOR = 9.9
# Measured: R-1 35.96, R-2 10.51 (DUC 2007 update, A sets, 10 clusters, 100 words, generic).
DUC2007_A_R1_FLOOR = 35.4
DUC2007_A_R2_FLOOR = 10.0
# Measured: R-1 43.82, R-2 12.50 (DUC 2007 main, 23 clusters, 250 words, query-focused; the query
# is blended with the centroid and MMR adds concept coverage).
DUC2007_MAIN_R1_FLOOR = 43.0
DUC2007_MAIN_R2_FLOOR = 12.0
# Measured: R-1 35.58, R-2 9.48 (DUC 2007 update, B sets, 10 clusters, 100 words, each new since
# its A set: 2nd of 25 by R-2). A pass-over once cost it 1.0 R-2 unseen (8.35, 9th) while every
# other set moved by less than 0.4: the update task gets floors of its own.
DUC2007_B_R1_FLOOR = 35.0
DUC2007_B_R2_FLOOR = 9.0
# Measured 0.0% and 1.1% of points. A dangling "He" or "But" is the most visible flaw of an
# extractive summary, so the ceiling is tight.
DANGLING_CEILING = 0.02
UNATTRIBUTED_QUOTE_CEILING = 0.04


@pytest.fixture(scope="module")
def duc2004() -> Evaluation:
    """The pipeline on DUC 2004 dev, evaluated once for the module."""
    return evaluate(DUC2004, max_words=100, progress=False)


def test_duc2004_rouge_recall_floors(duc2004: Evaluation) -> None:
    ours = duc2004.ours.rouge
    assert duc2004.n_clusters == 25
    assert ours.rouge1_recall >= DUC2004_R1_FLOOR, f"R-1 recall fell to {ours.rouge1_recall:.2f}"
    assert ours.rouge2_recall >= DUC2004_R2_FLOOR, f"R-2 recall fell to {ours.rouge2_recall:.2f}"


def test_duc2004_beats_the_lead_baseline_on_every_measure(duc2004: Evaluation) -> None:
    ours, lead = duc2004.ours.rouge, duc2004.row("Lead").rouge
    assert ours.rouge1_recall > lead.rouge1_recall
    assert ours.rouge2_recall > lead.rouge2_recall
    assert ours.rouge_l_recall > lead.rouge_l_recall


def test_duc2004_readability(duc2004: Evaluation) -> None:
    rd = duc2004.readability
    assert rd.dangling <= DANGLING_CEILING, f"{100 * rd.dangling:.1f}% of points dangle"
    assert rd.unattributed_quotes <= UNATTRIBUTED_QUOTE_CEILING
    assert rd.over_budget == 0, "a summary exceeded the 100-word budget"
    # Summaries use most of the budget: a summariser that stops early loses recall for nothing.
    assert rd.mean_words >= 90
    # Every point cites at least its own source.
    assert rd.mean_citations is not None and rd.mean_citations >= 1.0


@pytest.fixture(scope="module")
def dev_points() -> dict[str, tuple[Point, ...]]:
    """The 100-word points of d30044t and d30037t, the two DUC 2004 dev clusters whose one fact
    was told in several points (read once for the tests below)."""
    from summarizer.evaluate import _read_dataset

    return {
        cluster.id: summarize(list(cluster.documents), max_words=100).points
        for cluster in _read_dataset(DUC2004, None)
        if cluster.id in ("d30044t", "d30037t")
    }


def test_a_fact_other_articles_state_in_a_clause_is_not_only_in_one(
    dev_points: dict[str, tuple[Point, ...]],
) -> None:
    # d30044t: the capture at the airport, which another article states before ", where he had
    # sought asylum ..."; d30037t: the appointment, which others state in a head ("appointed X,
    # a former minister, ..."). Both points were "only in" their article. (The clusters' other
    # points are not asked: a point one article alone states, such as d30044t's "uncertain
    # future" of the rebel group, is rightly "only in" it.)
    facts = {"d30044t": ("captured", "Ocalan"), "d30037t": ("Sharon", "foreign minister")}
    for cluster_id, words in facts.items():
        stating = [p for p in dev_points[cluster_id] if all(word in p.text for word in words)]
        assert stating, f"{cluster_id}: no point states {words}"
        for point in stating:
            assert len(point.citations) > 1 or point.possible_sources > 0, (
                f"{cluster_id}: only in {point.doc_id}: {point.text}"
            )


def test_the_dev_clusters_duplicates_are_one_point_each(
    dev_points: dict[str, tuple[Point, ...]],
) -> None:
    # d30044t told Turkey's demand for the extradition in three points, d30037t the appointment
    # in two (select._repeated_points).
    facts = {"d30044t": ("Turkey", "extradit"), "d30037t": ("Netanyahu", "foreign minister")}
    for cluster_id, words in facts.items():
        stating = [p.text for p in dev_points[cluster_id] if all(word in p.text for word in words)]
        assert len(stating) == 1, f"{cluster_id}: {stating}"


@pytest.mark.skipif(not DUC2007_A.is_file(), reason=f"benchmark data {DUC2007_A} is absent")
def test_duc2007_update_a_rouge_recall_floors() -> None:
    result = evaluate(DUC2007_A, max_words=100, progress=False)
    ours = result.ours.rouge
    assert ours.rouge1_recall >= DUC2007_A_R1_FLOOR, f"R-1 recall fell to {ours.rouge1_recall:.2f}"
    assert ours.rouge2_recall >= DUC2007_A_R2_FLOOR, f"R-2 recall fell to {ours.rouge2_recall:.2f}"
    assert result.readability.dangling <= DANGLING_CEILING


@pytest.mark.skipif(not DUC2007_B.is_file(), reason=f"benchmark data {DUC2007_B} is absent")
def test_duc2007_update_b_new_since_background_floors() -> None:
    result = evaluate(DUC2007_B, max_words=100, since_background=True, progress=False)
    ours = result.ours.rouge
    assert ours.rouge1_recall >= DUC2007_B_R1_FLOOR, f"R-1 recall fell to {ours.rouge1_recall:.2f}"
    assert ours.rouge2_recall >= DUC2007_B_R2_FLOOR, f"R-2 recall fell to {ours.rouge2_recall:.2f}"
    assert result.readability.dangling <= DANGLING_CEILING


@pytest.mark.skipif(not DUC2007_MAIN.is_file(), reason=f"benchmark data {DUC2007_MAIN} is absent")
def test_duc2007_main_query_focused_floors() -> None:
    result = evaluate(DUC2007_MAIN, max_words=250, use_query=True, progress=False)
    ours = result.ours.rouge
    assert ours.rouge1_recall >= DUC2007_MAIN_R1_FLOOR, (
        f"R-1 recall fell to {ours.rouge1_recall:.2f}"
    )
    assert ours.rouge2_recall >= DUC2007_MAIN_R2_FLOOR, (
        f"R-2 recall fell to {ours.rouge2_recall:.2f}"
    )
    assert result.readability.dangling <= DANGLING_CEILING


# --- the sample articles against our own fact annotation (benchmarks/seed_facts.py) ---------
SEEDS = SHARED.parent / "seeds"
# Measured on a1cc95f: every one of 21 citations right; citation recall .75, .86 and .82 at 100,
# 150 and 250 words; one, one and two same-fact duplicates. Since the headline's fact is one
# point (select.HEADLINE_BACK_LEVEL) and a pick joins the point stating its speaker's quote
# (select._quoted_fact): 23 of 23 right, recall .92, .93 and .97, no duplicate. Since a sentence
# stating a point's main clause cites it (select.MAIN_CLAUSE_MIN_WORDS: 004's cancelled lunch):
# 26 of 26 right, every point citing every article that reports its fact. Targets (issue 12): no
# duplicate, each point citing >= 90% of the articles reporting its fact (with three articles:
# all), precision >= .95.
SEED_PRECISION_FLOOR = 0.95
SEED_RECALL_FLOOR = 0.90
SEED_DUPLICATES_CEILING = {100: 0, 120: 0, 150: 0, 250: 0}
# "Only in X" said of a fact another article states: 3 of 4 such markers at 250 words on
# a1cc95f; 0, 0 and 1 since a point names one source alone only when the relation finds no
# sentence elsewhere that may state its fact (select.POSSIBLE_LEVEL).
# Now 0 at every budget (120 words called the sanctions point "only in" 004 until it was cited
# through its speaker's quote, select._speakers_quote).
SEED_WRONG_ONLY_IN_CEILING = {100: 0, 120: 0, 150: 0, 250: 0}


def _seed_facts() -> ModuleType:
    """benchmarks/seed_facts.py as a module (benchmarks/ is not a package)."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "seed_facts.py"
    spec = spec_from_file_location("seed_facts", path)
    assert spec is not None and spec.loader is not None
    module = module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the sample articles {SEEDS} are absent")
@pytest.mark.parametrize("words", [100, 120, 150, 250])  # 120: the command line's default
def test_seed_briefings_cite_the_facts_they_state(words: int) -> None:
    seed_facts = _seed_facts()
    annotation = json.loads(seed_facts.ANNOTATION.read_text(encoding="utf-8"))
    facts = {key: entry["facts"] for key, entry in annotation["sentences"].items()}
    documents = load_documents(*sorted(str(p) for p in SEEDS.glob("*.txt")))
    found = seed_facts.read(summarize(documents, max_words=words), facts)
    assert not found["unknown"], "the annotation does not know these sentences (split changed?)"
    right, cited = found["precision"]
    assert cited and right / cited >= SEED_PRECISION_FLOOR, found["missing"]
    assert found["recall"] >= SEED_RECALL_FLOOR, found["missing"]
    assert found["full_recall"] == found["points"], found["missing"]  # per point: 90% of three
    assert len(found["duplicates"]) <= SEED_DUPLICATES_CEILING[words], found["duplicates"]
    assert found["only_in"][0] <= SEED_WRONG_ONLY_IN_CEILING[words], found["missing"]


# Each two of the three sample articles (the shape of a story two outlets covered), at 60, 100,
# 150 and 250 words (benchmarks/seed_facts.py --pairs): on e059335 mean recall .91 and 9 of 44
# "only in" markers wrong (000+004: "their meeting abruptly ended" did not cite "came to an
# abrupt end"; 000+003: AP's lead, which states Yahoo's title with more of its own, was "only in
# AP"). Since English adverbs read as their adjective (wordforms.adjective_of) and a point that
# states the headline cites each article restating it (select.REASON_HEADLINE): recall .97
# (lowest point .5: 003+004's "no joint agreement was reached" restates the lead in words the
# relation does not see), 1 of 36 wrong, every citation right.
SEED_PAIRS_RECALL_FLOOR = 0.95
SEED_PAIRS_WRONG_ONLY_IN_CEILING = 1


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the sample articles {SEEDS} are absent")
def test_two_of_the_sample_articles_cite_the_facts_they_share() -> None:
    seed_facts = _seed_facts()
    annotation = json.loads(seed_facts.ANNOTATION.read_text(encoding="utf-8"))
    facts = {key: entry["facts"] for key, entry in annotation["sentences"].items()}
    documents = load_documents(*sorted(str(p) for p in SEEDS.glob("*.txt")))
    recalls: list[float] = []
    wrong_only_in = 0
    for pair in combinations(documents, 2):
        for words in (60, 100, 150, 250):
            found = seed_facts.read(summarize(list(pair), max_words=words), facts)
            assert not found["unknown"], "the annotation does not know these sentences"
            right, cited = found["precision"]
            assert right == cited, found["missing"]
            recalls.append(found["recall"])
            wrong_only_in += found["only_in"][0]
    assert sum(recalls) / len(recalls) >= SEED_PAIRS_RECALL_FLOOR, recalls
    assert wrong_only_in <= SEED_PAIRS_WRONG_ONLY_IN_CEILING


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the sample articles {SEEDS} are absent")
def test_seed_headline_fact_is_one_point_only_through_the_headline() -> None:
    """The rule the ceiling above rests on: the same picks without the headline restate it."""
    from summarizer.score import score_sentences
    from summarizer.select import select_mmr
    from summarizer.split import split_documents

    seed_facts = _seed_facts()
    annotation = json.loads(seed_facts.ANNOTATION.read_text(encoding="utf-8"))
    main_fact = {key: entry["facts"][0] for key, entry in annotation["sentences"].items()}
    documents = clean_cluster(load_documents(*sorted(str(p) for p in SEEDS.glob("*.txt"))))
    scored = score_sentences(split_documents(documents))
    titles = [str(doc.title) for doc in documents if doc.title]
    assert len(titles) == 1, "the sample articles carry one title"

    def main_facts(headline: str | None) -> list[str]:
        picks = select_mmr(scored, max_words=100, headline=headline)
        return [main_fact[seed_facts.key(p.sentence.text)] for p in picks]

    without, with_title = main_facts(None), main_facts(titles[0])
    assert len(without) > len(set(without)), "without the headline two points state one fact"
    assert len(with_title) == len(set(with_title)), with_title


MSRP = SHARED / "msrp_train.tsv"
# Measured: accuracy 0.800, precision 0.892 on every 4th pair of msrp_train.tsv (1,019 pairs),
# with the shipped model, whose term table has seen these pairs (in sample: the cross-validated
# figure is 0.751 / 0.851). A citation rule that read lone pairs as clusters once made it 0.38.
MSRP_ACCURACY_FLOOR = 0.77
MSRP_PRECISION_FLOOR = 0.86


@pytest.mark.skipif(not MSRP.is_file(), reason=f"benchmark data {MSRP} is absent")
def test_news_paraphrase_pairs_protocol_floors() -> None:
    # Issue 12's protocol: each pair is a two-article cluster; "same" when its one point cites both.
    with MSRP.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))
    pairs = [(row[0] == "1", row[3], row[4]) for row in rows[1:] if len(row) >= 5][::4]
    said = []
    for _, a, b in pairs:
        briefing = summarize(
            [Document(a, id="a"), Document(b, id="b")], max_sentences=1, clean=False
        )
        said.append(bool(briefing.points) and set(briefing.points[0].citations) == {"a", "b"})
    right = sum(s == label for s, (label, _, _) in zip(said, pairs, strict=True))
    true_same = sum(s and label for s, (label, _, _) in zip(said, pairs, strict=True))
    assert right / len(pairs) >= MSRP_ACCURACY_FLOOR
    assert true_same / max(sum(said), 1) >= MSRP_PRECISION_FLOOR
