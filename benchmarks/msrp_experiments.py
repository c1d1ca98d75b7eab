#!/usr/bin/env python
"""Additions to the English paraphrase model, cross-validated (the first three not shipped).

    python benchmarks/msrp_experiments.py latent              # TF-KLD + SVD latent pair vectors
    python benchmarks/msrp_experiments.py latent --cosine     # ... their cosine only
    python benchmarks/msrp_experiments.py trees --seeds 0 1 2 3 4   # gradient-boosted trees
    python benchmarks/msrp_experiments.py trees --free        # ... the LR's free shares free
    python benchmarks/msrp_experiments.py mt --seeds 0 1 2    # n-gram precision/recall, BLEU, TER
    python benchmarks/msrp_experiments.py wordnet --seeds 0 1 2 3 4   # WordNet links (shipped)
    python benchmarks/msrp_experiments.py wordnet --table /tmp/t.txt  # ... another table's

Each is compared with the shipped regression (``train_same.py``'s features, signs and in-cluster
negatives; for ``wordnet``, without its WordNet features, then the addition) on the same folds: 10-fold stratified CV over ``msrp_train.tsv`` (fold seed
``--seeds``), everything that reads labels fitted inside the training folds (the term evidence
cross-fitted as in ``train_same.py``; the latent weights too, see :func:`latent`). Printed per
seed: accuracy, precision and recall at the lowest threshold where out-of-fold precision reaches
.85, and the best accuracy at any threshold. Results: ``benchmarks/msrp_notes.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import itertools

import train_same as ts

from summarizer.same import SAME_FEATURES, _chunks, _spelled

# A block of extra features for the fold (train rows, test rows, negatives of the train folds).
Extra = Callable[[np.ndarray, np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]


class Data:
    """The pairs, their shipped features (evidence filled per fold) and the negatives."""

    def __init__(self, without: tuple[str, ...] = ()) -> None:
        from summarizer.same import _model

        self.pairs, self.y = ts.read_pairs(ts.DEFAULT_DATA)
        floor = _model("en").common_zipf
        self.texts = [(a, b) for _, a, b in self.pairs]
        self.x, self.opposite = ts.featurize(self.texts, floor)
        sets = [ts.BENCHMARKS / name for name in ts.NEGATIVE_SETS]
        self.negative_texts = ts.cluster_negatives(sets, ts.NEGATIVES_PER_CLUSTER, floor)
        self.negatives = ts.featurize(self.negative_texts, floor)[0]
        self.evidence = ts.Evidence(self.texts + self.negative_texts)
        groups = [group for group in ts.SHIPPED_GROUPS if group not in without]
        self.names = [name for group in groups for name in ts.GROUPS[group]]
        self.columns = [SAME_FEATURES.index(name) for name in self.names]
        # Labels of the pairs, then of the negatives (0), as the rows of ``evidence``.
        self.labels = np.concatenate([self.y, np.zeros(len(self.negatives), dtype=self.y.dtype)])

    def folds(self, seed: int) -> list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
        """Per fold: train rows, test rows, and the shipped features of pairs and negatives."""
        from sklearn.model_selection import StratifiedKFold

        out = []
        count = len(self.y)
        negative_folds = np.arange(len(self.negatives)) % ts.FOLDS
        negative_rows = count + np.arange(len(self.negatives))
        splits = StratifiedKFold(ts.FOLDS, shuffle=True, random_state=seed).split(self.x, self.y)
        for fold, (train, test) in enumerate(splits):
            x, negatives = self.x.copy(), self.negatives.copy()
            values, _ = self.evidence.table(train, self.y)
            x[np.ix_(test, ts.EVIDENCE_COLUMNS)] = self.evidence.columns(test, values)
            x[np.ix_(train, ts.EVIDENCE_COLUMNS)] = self.evidence.cross_fitted(
                train, self.y, ts.INNER_FOLDS
            )
            negatives[:, ts.EVIDENCE_COLUMNS] = self.evidence.columns(negative_rows, values)
            chosen = negative_folds != fold
            rows = np.concatenate([train, negative_rows[chosen]])
            shipped = np.vstack([x, negatives])[:, self.columns]
            out.append((rows, test, shipped, chosen))
        return out


def report(label: str, y: np.ndarray, p: np.ndarray, opposite: np.ndarray) -> None:
    p = p.copy()
    p[opposite] = 0.0
    fine = np.round(np.arange(0.05, 0.96, 0.01), 2)
    reaching = [
        t
        for t in fine
        if all(ts.figures(y, p, u)[1] >= ts.TARGET_PRECISION for u in fine[fine >= t])
    ]
    chosen = float(reaching[0]) if reaching else 0.95
    acc, precision, recall, _ = ts.figures(y, p, chosen)
    best = max(ts.figures(y, p, t)[0] for t in fine)
    print(
        f"  {label:<28} at {chosen:.2f}: acc {acc:.3f} P {precision:.3f} R {recall:.3f}"
        f"  best acc {best:.3f}"
    )


def logit(p: np.ndarray) -> np.ndarray:
    q = np.clip(p, 1e-9, 1 - 1e-9)
    return np.asarray(np.log(q) - np.log1p(-q))


def tokens(text: str) -> list[str]:
    """The relation's tokens of a text (terms as stems, numbers, negations), in order."""
    chunks = _chunks("en")
    ids = [t for chunk in _spelled(text).split() for t in chunks[chunk]]
    return [chunks.key_names[chunks.key[t]] for t in ids]


def latent(data: Data, args: argparse.Namespace) -> Extra:
    """Ji and Eisenstein (2013), inductively: a sentence-by-term count matrix of unigrams and
    bigrams, weighted by TF-KLD (each term's KL divergence between "the partner holds it too" in
    same and different pairs, from the training folds' labels, smoothed as ``train_same``'s
    evidence), factorised by truncated SVD (k dimensions) over the training pairs' sentences
    and (``--duc``, unlabelled) the DUC 2006/2007 sentences; a sentence is its weighted counts
    projected on the factors. A pair: [u + v, |u - v|] (or, ``--cosine``, cos(u, v)). The
    training rows are projected with weights of an inner 5-fold split that did not see their
    label (without it the latent features overfit: cosine alone fell to .738)."""
    from scipy.sparse import csr_matrix, diags
    from scipy.sparse import vstack as sparse_vstack
    from sklearn.decomposition import TruncatedSVD
    from sklearn.model_selection import StratifiedKFold

    vocabulary: dict[str, int] = {}

    def counts(texts: list[str]) -> csr_matrix:
        rows, cols, values = [], [], []
        for row, text in enumerate(texts):
            words = tokens(text)
            found = Counter(words + [f"{a} {b}" for a, b in itertools.pairwise(words)])
            for gram, count in found.items():
                rows.append(row)
                cols.append(vocabulary.setdefault(gram, len(vocabulary)))
                values.append(count)
        return csr_matrix((values, (rows, cols)), shape=(len(texts), 1 << 22))

    pairs = data.texts + data.negative_texts
    a, b = counts([p[0] for p in pairs]), counts([p[1] for p in pairs])
    unlabelled: list[str] = []
    if args.duc:
        from summarizer.split import split_sentences

        for name in ts.NEGATIVE_SETS:
            for line in (ts.BENCHMARKS / name).read_text(encoding="utf-8").splitlines():
                for document in json.loads(line)["documents"]:
                    unlabelled += [
                        s for s in split_sentences(document["text"]) if 4 <= len(s.split()) <= 60
                    ]
    d = counts(unlabelled)
    width = len(vocabulary)
    a, b, d = a[:, :width].tocsr(), b[:, :width].tocsr(), d[:, :width].tocsr()
    print(f"latent: {width} unigrams and bigrams, {d.shape[0]} unlabelled sentences, k {args.k}")
    a_bin, b_bin = (a > 0).astype(np.float64), (b > 0).astype(np.float64)
    both = a_bin.multiply(b_bin).tocsr()
    either = ((a_bin + b_bin) > 0).astype(np.float64).tocsr()

    def tf_kld(rows: np.ndarray) -> np.ndarray:
        sums = []
        for label in (1, 0):
            chosen = rows[data.labels[rows] == label]
            sums.append(
                (
                    np.asarray(both[chosen].sum(axis=0)).ravel(),
                    np.asarray(either[chosen].sum(axis=0)).ravel(),
                )
            )
        (both_same, either_same), (both_other, either_other) = sums
        prior_p = both_same.sum() / either_same.sum()
        prior_q = both_other.sum() / either_other.sum()
        p = (both_same + ts.SMOOTHING * prior_p) / (either_same + ts.SMOOTHING)
        q = (both_other + ts.SMOOTHING * prior_q) / (either_other + ts.SMOOTHING)
        return np.asarray(p * np.log(p / q) + (1 - p) * np.log((1 - p) / (1 - q)))

    def extra(rows: np.ndarray, test: np.ndarray, _: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        weights = diags(tf_kld(rows))
        matrix = sparse_vstack([a[rows] @ weights, b[rows] @ weights, d @ weights]).tocsr()
        svd = TruncatedSVD(args.k, algorithm="randomized", n_iter=5, random_state=0)
        factors = svd.fit(matrix).components_.T
        u, v = np.zeros((len(pairs), args.k)), np.zeros((len(pairs), args.k))
        u[test], v[test] = (a[test] @ weights) @ factors, (b[test] @ weights) @ factors
        inner = StratifiedKFold(5, shuffle=True, random_state=1)
        for inner_train, inner_test in inner.split(rows, data.labels[rows]):
            held = rows[inner_test]
            own = diags(tf_kld(rows[inner_train]))
            u[held], v[held] = (a[held] @ own) @ factors, (b[held] @ own) @ factors
        if args.cosine:
            norms = np.maximum(np.linalg.norm(u, axis=1) * np.linalg.norm(v, axis=1), 1e-12)
            features = ((u * v).sum(axis=1) / norms)[:, None]
        else:
            features = np.hstack([u + v, np.abs(u - v)])
        return features[rows], features[test]

    return extra


def mt(data: Data, args: argparse.Namespace) -> Extra:
    """Machine-translation metrics (Madnani, Tetreault and Chodorow 2012) on the relation's
    tokens (stems): n-gram precision of the smaller and the larger side for n = 1..4, a BLEU of
    the smaller against the larger (geometric mean, brevity penalty), and a TER-like edit
    distance (token Levenshtein) over each side's length. No labels: computed once."""

    def edits(first: list[str], second: list[str]) -> int:
        previous = list(range(len(second) + 1))
        for i, token in enumerate(first, 1):
            current = [i]
            for j, other in enumerate(second, 1):
                current.append(
                    min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (token != other))
                )
            previous = current
        return previous[-1]

    def metrics(first: str, second: str) -> list[float]:
        small, large = sorted((tokens(first), tokens(second)), key=len)
        values, logs = [], []
        for n in (1, 2, 3, 4):
            grams_small = Counter(tuple(small[i : i + n]) for i in range(len(small) - n + 1))
            grams_large = Counter(tuple(large[i : i + n]) for i in range(len(large) - n + 1))
            matched = sum((grams_small & grams_large).values())
            values += [
                matched / max(sum(grams_small.values()), 1),
                matched / max(sum(grams_large.values()), 1),
            ]
            logs.append(np.log(max(values[-1], 1e-3)))
        brevity = min(1.0, float(np.exp(1 - len(small) / max(len(large), 1))))
        distance = edits(small, large)
        return [
            *values,
            float(np.exp(np.mean(logs))) * brevity,
            distance / max(len(small), 1),
            distance / max(len(large), 1),
        ]

    table = np.array([metrics(a, b) for a, b in data.texts + data.negative_texts])
    names = [f"mt_{n}_{side}" for n in (1, 2, 3, 4) for side in ("small", "large")]
    names += ["mt_bleu", "mt_ter_small", "mt_ter_large"]
    ts.SIGNS.update({name: 1 for name in names[:-2]} | {names[-2]: -1, names[-1]: -1})
    args.extra_names = names

    def extra(rows: np.ndarray, test: np.ndarray, _: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return table[rows], table[test]

    return extra


def wordnet(data: Data, args: argparse.Namespace) -> Extra:
    """The package's WordNet features (``same.WORDNET_FEATURES``, read from the table
    ``--table`` when given, else the shipped one) added to the shipped regression without them.
    No labels: computed once with the other features."""
    from summarizer.same import WORDNET_FEATURES

    columns = [SAME_FEATURES.index(name) for name in WORDNET_FEATURES]
    table = np.vstack([data.x, data.negatives])[:, columns]
    args.extra_names = list(WORDNET_FEATURES)
    fired = table[: len(data.y)].sum(axis=1) > 0
    print(
        f"wordnet: pairs with a link {int(fired.sum())} ({int(data.y[fired].sum())} same), "
        f"in-cluster negatives {int((table[len(data.y) :].sum(axis=1) > 0).sum())}"
    )

    def extra(rows: np.ndarray, test: np.ndarray, _: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return table[rows], table[test]

    return extra


def read_links(path: Path) -> dict[str, frozenset[int]]:
    """As ``same._wordnet_links``, from another table (``make_wordnet.py --output``)."""
    links: dict[str, set[int]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if line.strip() and not line.startswith("#"):
            for key in line.partition("\t")[2].split():
                links.setdefault(key, set()).add(number)
    return {key: frozenset(found) for key, found in links.items()}


def run(data: Data, args: argparse.Namespace, extra: Extra | None) -> None:
    """The shipped regression and the addition on the same folds, for each seed."""
    for seed in args.seeds:
        count = len(data.y)
        shipped_p, added_p = np.zeros(count), np.zeros(count)
        for rows, test, shipped, chosen in data.folds(seed):
            labels = data.labels[rows]
            model = ts.fit(shipped[rows], labels, data.names)
            shipped_p[test] = ts.predict(model, shipped[test])
            if args.experiment == "trees":
                added_p[test] = trees(shipped[rows], labels, shipped[test], data.names, args)
                if args.average:
                    added_p[test] = 1 / (
                        1 + np.exp(-(logit(added_p[test]) + logit(shipped_p[test])) / 2)
                    )
                continue
            assert extra is not None
            train_extra, test_extra = extra(rows, test, chosen)
            names = data.names + getattr(
                args, "extra_names", [f"extra_{j}" for j in range(train_extra.shape[1])]
            )
            ts.SIGNS.update({name: 0 for name in names if name not in ts.SIGNS})
            model = ts.fit(np.hstack([shipped[rows], train_extra]), labels, names)
            added_p[test] = ts.predict(model, np.hstack([shipped[test], test_extra]))
        print(f"fold seed {seed}:")
        report("shipped regression", data.y, shipped_p, data.opposite)
        report(f"with {args.experiment}", data.y, added_p, data.opposite)


def trees(
    x: np.ndarray, y: np.ndarray, test: np.ndarray, names: list[str], args: argparse.Namespace
) -> np.ndarray:
    """sklearn's HistGradientBoosting (200 trees of 15 leaves, rate .05) on the shipped features,
    monotone with the regression's signs; the shares the regression leaves free rise and the
    reordering falls unless ``--free`` (free, the trees scored two copies of a sentence below
    two that differ in a name)."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    signs = dict(ts.SIGNS)
    if not args.free:
        signs.update(
            {n: 1 for n in ("contain_large", "bigram_large", "words_jaccard", "lcs_large")}
        )
        signs.update({n: -1 for n in ("reordered_small", "reordered_large")})
    model = HistGradientBoostingClassifier(
        max_iter=200,
        max_leaf_nodes=15,
        learning_rate=0.05,
        monotonic_cst=[signs[name] for name in names],
        early_stopping=False,
        random_state=0,
    ).fit(x, y)
    return np.asarray(model.predict_proba(test)[:, 1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("experiment", choices=["latent", "trees", "mt", "wordnet"])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0], help="fold seeds")
    parser.add_argument("--k", type=int, default=100, help="latent dimensions")
    parser.add_argument("--cosine", action="store_true", help="latent: the cosine alone")
    parser.add_argument("--duc", type=int, default=1, help="latent: factorise DUC 2006/2007 too")
    parser.add_argument("--free", action="store_true", help="trees: the free shares unconstrained")
    parser.add_argument(
        "--average", type=int, default=1, help="trees: average their log-odds with the regression's"
    )
    parser.add_argument("--table", type=Path, help="wordnet: a make_wordnet.py table")
    args = parser.parse_args(argv)
    if args.table:  # the package reads this table instead of the shipped one
        from summarizer import same

        links = read_links(args.table)
        same._wordnet_links = lambda language="en": links  # type: ignore[assignment]
    data = Data(("wordnet",) if args.experiment == "wordnet" else ())
    extra = {"latent": latent, "mt": mt, "wordnet": wordnet, "trees": lambda *_: None}[
        args.experiment
    ](data, args)
    run(data, args, extra)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
