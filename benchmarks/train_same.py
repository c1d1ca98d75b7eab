#!/usr/bin/env python
"""Train the same-statement relation's logistic regression on news paraphrase pairs.

    python benchmarks/train_same.py                       # cross-validate, then write the model
    python benchmarks/train_same.py --no-write            # cross-validate only
    python benchmarks/train_same.py --errors 20           # also list misjudged pair ids

Data: ``../shared/benchmarks/msrp_train.tsv`` (the Microsoft Research Paraphrase Corpus, training
part, 4,076 pairs; read by path, never copied). Each pair's features come from
``summarizer.same.StatementIndex`` on the two sentences, exactly as the package computes them.

Prints, for each candidate weight floor (``common_zipf``: words at least this common weigh
nothing), the 10-fold cross-validated accuracy / precision / recall / F1 at the shipped threshold,
then for the chosen floor (best cross-validated log-loss) a precision-recall table over thresholds
(out-of-fold probabilities), and writes ``summarizer/data/en/same_model.txt``: the coefficients of
a model fitted on all pairs. Deterministic: folds are fixed (stratified, seeded), the solver is
deterministic, and values are written rounded to 6 decimals.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.same import FEATURES, SAME_THRESHOLD, StatementIndex

BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
DEFAULT_DATA = BENCHMARKS / "msrp_train.tsv"
# Clusters for in-event negatives (never DUC 2004: its clusters are the summariser's acceptance).
NEGATIVE_SETS = ("duc2006.jsonl", "duc2007_main.jsonl")
# Negatives per cluster: 73 clusters give about a thousand, a quarter of the MSRP pairs, enough
# to cover the region MSRP lacks without moving its prior much.
NEGATIVES_PER_CLUSTER = 15
MODEL = ROOT / "summarizer" / "data" / "en" / "same_model.txt"
# Candidate weight floors (Zipf): from "the 300 commonest words weigh nothing" (6) to no floor at
# all (9: a word weighs its full background information, -ln p).
FLOORS = (6.0, 7.0, 8.0, 9.0)
# Log-losses closer than this are a tie, settled toward the higher floor (fewer words cut out).
LOSS_TIE = 0.001
# The threshold: the lowest at which out-of-fold precision reaches the bar (a wrong
# citation is worse than a missing one), so recall is as high as that precision allows.
TARGET_PRECISION = 0.85
FOLDS = 10
# L2 strength of the logistic regression (sklearn's C): mild; 12 features for 4,076 pairs.
C = 1.0


def read_pairs(path: Path) -> tuple[list[tuple[str, str, str]], np.ndarray]:
    """(pair id, sentence 1, sentence 2) and the labels."""
    pairs: list[tuple[str, str, str]] = []
    labels: list[int] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        for row in reader:
            if len(row) < 5:
                continue
            labels.append(int(row[0]))
            pairs.append((f"{row[1]}-{row[2]}", row[3], row[4]))
    return pairs, np.array(labels)


def cluster_negatives(paths: list[Path], per_cluster: int, floor: float) -> np.ndarray:
    """Features of sentence pairs of one news cluster that state different facts (label 0).

    MSRP's pairs were chosen for their overlap, so it never shows two sentences of one event that
    share only a name or two; a briefing meets thousands. Negatives: pairs of sentences (6 to 55
    words) from different documents of one DUC 2006/2007 cluster that share a weighed term, but
    where under half of what the smaller one says beside its names is in the other (a pair past
    that may be a real repeat across outlets, so it is not taken as a negative). Half of them
    share a name, the case MSRP lacks most. Sampled with a fixed seed.
    """
    import json
    import random

    from summarizer.split import split_sentences

    rng = random.Random(0)
    rows: list[np.ndarray] = []
    contain_small = FEATURES.index("contain_small")
    predicate_small = FEATURES.index("predicate_small")
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            texts: list[str] = []
            docs: list[int] = []
            for number, document in enumerate(record["documents"]):
                for sentence in split_sentences(document["text"]):
                    if 6 <= len(sentence.split()) <= 55:
                        texts.append(sentence)
                        docs.append(number)
            if len(texts) < 2:
                continue
            index = StatementIndex(texts, common_zipf=floor)
            doc_array = np.array(docs)
            taken = 0
            for i in rng.sample(range(len(texts)), min(len(texts), 4 * per_cluster)):
                x = index.features(i)
                eligible = (
                    (doc_array != docs[i])
                    & (x[:, contain_small] > 0)
                    & (x[:, predicate_small] < 0.5)
                )
                if taken % 2 == 0:  # every other negative shares a name
                    block = index._block(None)
                    eligible &= block.terms @ block.names[i].toarray().ravel() > 0
                candidates = np.flatnonzero(eligible)
                if candidates.size:
                    rows.append(x[int(candidates[rng.randrange(candidates.size)])])
                    taken += 1
                if taken >= per_cluster:
                    break
    return np.array(rows)


def featurize(pairs: list[tuple[str, str, str]], floor: float) -> tuple[np.ndarray, np.ndarray]:
    """Each pair's features, and whether the opposite-polarity rule decides it (never the same)."""
    rows, opposite = [], []
    for _, a, b in pairs:
        index = StatementIndex([a, b], common_zipf=floor)
        rows.append(index.features(0)[1])
        opposite.append(bool(index._block(None).opposite(0)[1]))
    return np.array(rows), np.array(opposite)


def out_of_fold(
    x: np.ndarray, y: np.ndarray, negatives: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Probabilities for every pair (and every in-cluster negative) from a model that did not see it.

    Stratified k-fold over the MSRP pairs; the negatives are split into the same number of folds
    and each fold's model trains on the other folds of both.
    """
    from sklearn.model_selection import StratifiedKFold

    probabilities = np.zeros(len(y))
    negative_probabilities = np.zeros(len(negatives))
    negative_folds = np.arange(len(negatives)) % FOLDS
    splits = StratifiedKFold(FOLDS, shuffle=True, random_state=0).split(x, y)
    for fold, (train, test) in enumerate(splits):
        extra = negatives[negative_folds != fold]
        model = fit(
            np.vstack([x[train], extra]) if len(extra) else x[train],
            np.concatenate([y[train], np.zeros(len(extra), dtype=y.dtype)]),
        )
        probabilities[test] = predict(model, x[test])
        if len(negatives):
            negative_probabilities[negative_folds == fold] = predict(
                model, negatives[negative_folds == fold]
            )
    return probabilities, negative_probabilities


# The sign each coefficient must have: more shared content is evidence for "same", a mismatch
# (unmatched content, numbers, names, negation, length) evidence against. Unconstrained, the
# correlated shares trade signs (one containment feature negative, its twin strongly positive)
# and the fitted surface turns odd where MSRP has no pairs, such as two sentences sharing only
# a name, which a news cluster is full of.
SIGNS = {
    "contain_small": 1,
    "contain_large": 1,
    "unmatched_small": -1,
    "unmatched_large": -1,
    "predicate_small": 1,
    "predicate_large": 1,
    "bigram_small": 1,
    "bigram_large": 1,
    "words_jaccard": 1,
    "numbers_unmatched": -1,
    "numbers_conflict": -1,
    "names_unmatched": -1,
    "names_conflict": -1,
    "negation_differs": -1,
    "negation_flip": -1,
    "numbers_flip": -1,
    "length_ratio": -1,
}


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression with sign-constrained coefficients (L-BFGS-B).

    Fitted on standardised features (so the penalty treats them alike), then folded back to
    coefficients on the raw features and an intercept.
    """
    from scipy.optimize import minimize

    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    target = 2.0 * y - 1.0

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        margin = target * (z @ theta[:-1] + theta[-1])
        value = np.logaddexp(0.0, -margin).sum() + 0.5 / C * float(theta[:-1] @ theta[:-1])
        weight = -target * (1.0 - 1.0 / (1.0 + np.exp(-margin)))  # d loss / d score
        gradient = np.append(z.T @ weight + theta[:-1] / C, weight.sum())
        return float(value), gradient

    bounds = [(0.0, None) if SIGNS[name] > 0 else (None, 0.0) for name in FEATURES]
    start = np.zeros(len(FEATURES) + 1)
    result = minimize(loss, start, jac=True, method="L-BFGS-B", bounds=[*bounds, (None, None)])
    coefficients = result.x[:-1] / scale
    intercept = float(result.x[-1] - (coefficients * mean).sum())
    return coefficients, intercept


def predict(model: tuple[np.ndarray, float], x: np.ndarray) -> np.ndarray:
    coefficients, intercept = model
    return 1.0 / (1.0 + np.exp(-(x @ coefficients + intercept)))


def figures(y: np.ndarray, p: np.ndarray, threshold: float) -> tuple[float, float, float, float]:
    said = p >= threshold
    tp = float((said & (y == 1)).sum())
    precision = tp / max(float(said.sum()), 1.0)
    recall = tp / max(float((y == 1).sum()), 1.0)
    f1 = 2 * precision * recall / max(precision + recall, 1e-12)
    return float((said == (y == 1)).mean()), precision, recall, f1


def log_loss(y: np.ndarray, p: np.ndarray) -> float:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean())


def f_half(precision: float, recall: float) -> float:
    """F-beta with beta 0.5: precision counts twice as much as recall."""
    return 1.25 * precision * recall / max(0.25 * precision + recall, 1e-12)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--no-write", action="store_true", help="cross-validate only")
    parser.add_argument("--no-negatives", action="store_true", help="MSRP pairs only")
    parser.add_argument("--errors", type=int, default=0, help="list this many misjudged pair ids")
    parser.add_argument("--floors", type=float, nargs="+", default=list(FLOORS))
    args = parser.parse_args(argv)
    pairs, y = read_pairs(args.data)
    print(f"{len(y)} pairs, {y.mean():.3f} positive; {FOLDS}-fold stratified CV")
    rule_pairs: list[int] = []
    results: list[tuple[float, float, np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
    for floor in args.floors:
        x, opposite = featurize(pairs, floor)
        rule_pairs = [int(opposite.sum()), int(y[opposite].sum())]
        negatives = (
            np.zeros((0, len(FEATURES)))
            if args.no_negatives
            else cluster_negatives(
                [BENCHMARKS / name for name in NEGATIVE_SETS], NEGATIVES_PER_CLUSTER, floor
            )
        )
        p, p_negatives = out_of_fold(x, y, negatives)
        loss = log_loss(y, p)  # of the model, before the rule
        p[opposite] = 0.0  # the relation's rule, as the package applies it
        acc, precision, recall, f1 = figures(y, p, SAME_THRESHOLD)
        print(
            f"common_zipf {floor:.1f}: log-loss {loss:.4f}  at {SAME_THRESHOLD}: acc {acc:.3f} "
            f"P {precision:.3f} R {recall:.3f} F1 {f1:.3f}  best acc "
            f"{max(figures(y, p, t)[0] for t in np.arange(0.05, 0.96, 0.01)):.3f}"
        )
        results.append((loss, floor, x, p, negatives, p_negatives))
    lowest = min(result[0] for result in results)
    best = max((r for r in results if r[0] <= lowest + LOSS_TIE), key=lambda r: r[1])
    _, floor, x, p, negatives, p_negatives = best
    print(
        f"\nchosen common_zipf {floor:.1f} (lowest log-loss, ties to the higher); {len(negatives)} in-cluster "
        "negatives; out-of-fold precision-recall table:"
    )
    print(f"opposite polarity rule: {rule_pairs[0]} pairs, {rule_pairs[1]} of them labelled same")
    print("threshold  acc    P      R      F1     F0.5   said-same  negatives-said-same")
    thresholds = np.round(np.arange(0.30, 0.951, 0.05), 2)
    for threshold in thresholds:
        acc, precision, recall, f1 = figures(y, p, threshold)
        false_rate = float((p_negatives >= threshold).mean()) if len(negatives) else 0.0
        print(
            f"  {threshold:.2f}    {acc:.3f}  {precision:.3f}  {recall:.3f}  {f1:.3f}  "
            f"{f_half(precision, recall):.3f}  {(p >= threshold).mean():.3f}      {false_rate:.4f}"
        )
    fine = np.round(np.arange(0.30, 0.951, 0.01), 2)
    best_f_half = max(fine, key=lambda t: (f_half(*figures(y, p, t)[1:3]), -t))
    reaching = [
        t for t in fine if all(figures(y, p, u)[1] >= TARGET_PRECISION for u in fine[fine >= t])
    ]
    chosen = reaching[0] if reaching else best_f_half
    for name, threshold in (
        ("best F0.5", best_f_half),
        (f"lowest with P >= {TARGET_PRECISION}", chosen),
    ):
        acc, precision, recall, f1 = figures(y, p, threshold)
        print(
            f"{name}: {threshold:.2f} (acc {acc:.3f} P {precision:.3f} R {recall:.3f} F1 {f1:.3f})"
        )
    print(f"shipped SAME_THRESHOLD {SAME_THRESHOLD}")
    if abs(chosen - SAME_THRESHOLD) > 0.015:
        print(f"warning: set SAME_THRESHOLD in summarizer/same.py to {chosen:.2f}")
    coefficients, intercept = fit(
        np.vstack([x, negatives]), np.concatenate([y, np.zeros(len(negatives), dtype=y.dtype)])
    )
    print("\ncoefficients (all pairs):")
    for name, value in zip(FEATURES, coefficients):
        print(f"  {name:<18} {value:+.4f}")
    print(f"  {'intercept':<18} {intercept:+.4f}")
    if args.errors:
        said = p >= SAME_THRESHOLD
        worst_fp = sorted(np.flatnonzero(said & (y == 0)), key=lambda k: -p[k])[: args.errors]
        worst_fn = sorted(np.flatnonzero(~said & (y == 1)), key=lambda k: p[k])[: args.errors]
        print(
            f"\nfalse 'same' {int((said & (y == 0)).sum())}, missed {int((~said & (y == 1)).sum())}"
        )
        print(
            "most confident false 'same':", " ".join(f"{pairs[k][0]}:{p[k]:.2f}" for k in worst_fp)
        )
        print("most confident misses:", " ".join(f"{pairs[k][0]}:{p[k]:.2f}" for k in worst_fn))
    if not args.no_write:
        lines = [
            "# The same-statement relation's logistic regression (summarizer/same.py), written by",
            "# benchmarks/train_same.py from news paraphrase pairs (Microsoft Research Paraphrase",
            f"# Corpus, training part: {len(y)} pairs) and {len(negatives)} pairs of sentences of one",
            "# DUC 2006/2007 cluster stating different facts. Do not edit by hand: rerun the script.",
            "# name<TAB>value: a coefficient per feature (on the raw feature), the intercept, and",
            "# common_zipf (words at least this common, in Zipf, weigh nothing).",
        ]
        lines += [f"{name}\t{value:.6f}" for name, value in zip(FEATURES, coefficients)]
        lines += [f"intercept\t{intercept:.6f}", f"common_zipf\t{floor:.2f}"]
        MODEL.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"\nwrote {MODEL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
