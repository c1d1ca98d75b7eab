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

from summarizer.same import FEATURES, SAME_THRESHOLD, StatementIndex  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "msrp_train.tsv"
MODEL = ROOT / "summarizer" / "data" / "en" / "same_model.txt"
FLOORS = (5.0, 5.5, 6.0, 6.5)
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


def featurize(pairs: list[tuple[str, str, str]], floor: float) -> np.ndarray:
    return np.array([StatementIndex([a, b], common_zipf=floor).features(0)[1] for _, a, b in pairs])


def out_of_fold(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Probabilities for every pair from a model that did not see it (stratified k-fold)."""
    from sklearn.model_selection import StratifiedKFold

    probabilities = np.zeros(len(y))
    for train, test in StratifiedKFold(FOLDS, shuffle=True, random_state=0).split(x, y):
        model = fit(x[train], y[train])
        probabilities[test] = predict(model, x[test])
    return probabilities


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Coefficients on the raw features (standardised for the fit, then folded back) and intercept."""
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=C, max_iter=1000).fit((x - mean) / scale, y)
    coefficients = model.coef_.ravel() / scale
    intercept = float(model.intercept_[0] - (coefficients * mean).sum())
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--no-write", action="store_true", help="cross-validate only")
    parser.add_argument("--errors", type=int, default=0, help="list this many misjudged pair ids")
    parser.add_argument("--floors", type=float, nargs="+", default=list(FLOORS))
    args = parser.parse_args(argv)
    pairs, y = read_pairs(args.data)
    print(f"{len(y)} pairs, {y.mean():.3f} positive; {FOLDS}-fold stratified CV")
    best: tuple[float, float, np.ndarray, np.ndarray] | None = None
    for floor in args.floors:
        x = featurize(pairs, floor)
        p = out_of_fold(x, y)
        acc, precision, recall, f1 = figures(y, p, SAME_THRESHOLD)
        loss = log_loss(y, p)
        print(
            f"common_zipf {floor:.1f}: log-loss {loss:.4f}  at {SAME_THRESHOLD}: acc {acc:.3f} "
            f"P {precision:.3f} R {recall:.3f} F1 {f1:.3f}  best acc "
            f"{max(figures(y, p, t)[0] for t in np.arange(0.05, 0.96, 0.01)):.3f}"
        )
        if best is None or loss < best[0]:
            best = (loss, floor, x, p)
    assert best is not None
    _, floor, x, p = best
    print(f"\nchosen common_zipf {floor:.1f}; out-of-fold precision-recall table:")
    print("threshold  acc    P      R      F1     said-same")
    for threshold in np.arange(0.30, 0.951, 0.05):
        acc, precision, recall, f1 = figures(y, p, threshold)
        print(
            f"  {threshold:.2f}    {acc:.3f}  {precision:.3f}  {recall:.3f}  {f1:.3f}  "
            f"{(p >= threshold).mean():.3f}"
        )
    coefficients, intercept = fit(x, y)
    print("\ncoefficients (all pairs):")
    for name, value in zip(FEATURES, coefficients):
        print(f"  {name:<18} {value:+.4f}")
    print(f"  {'intercept':<18} {intercept:+.4f}")
    if args.errors:
        said = p >= SAME_THRESHOLD
        false_positive = [pairs[k][0] for k in np.flatnonzero(said & (y == 0))]
        false_negative = [pairs[k][0] for k in np.flatnonzero(~said & (y == 1))]
        worst_fp = sorted(np.flatnonzero(said & (y == 0)), key=lambda k: -p[k])[: args.errors]
        worst_fn = sorted(np.flatnonzero(~said & (y == 1)), key=lambda k: p[k])[: args.errors]
        print(f"\nfalse 'same' {len(false_positive)}, missed {len(false_negative)}")
        print(
            "most confident false 'same':", " ".join(f"{pairs[k][0]}:{p[k]:.2f}" for k in worst_fp)
        )
        print("most confident misses:", " ".join(f"{pairs[k][0]}:{p[k]:.2f}" for k in worst_fn))
    if not args.no_write:
        lines = [
            "# The same-statement relation's logistic regression (summarizer/same.py), written by",
            "# benchmarks/train_same.py from news paraphrase pairs (Microsoft Research Paraphrase",
            f"# Corpus, training part: {len(y)} pairs). Do not edit by hand: rerun the script.",
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
