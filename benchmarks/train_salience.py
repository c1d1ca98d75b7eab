#!/usr/bin/env python
"""Fit a learned sentence salience on DUC 2006 / 2007 human summaries and measure it (issue 12).

    python benchmarks/train_salience.py --cache /tmp/salience.pkl             # CV on training sets
    python benchmarks/train_salience.py --cache /tmp/salience.pkl --pipeline  # + real pipeline CV
    python benchmarks/train_salience.py --cache /tmp/salience.pkl --check     # + unseen 04 dev, 07a
    python benchmarks/train_salience.py ... --write /tmp/salience_model.txt   # the weights

Result (benchmarks/tune_notes.md, "Round 4"): a negative one. Every model form chosen on the
training sets cost DUC 2004 dev 0.9 to 2.6 R-1 (DUC 2007 update A rose in five of six), so the
score stage keeps its centroid cosine x lead prior and no model ships. This script keeps the experiment
repeatable; it touches nothing in the package (``--check`` swaps the score stage's relevance for
the model's inside this process only).

Each training cluster goes through our own stages (``clean_cluster``, the pipeline's language and
date normalisation, ``split_documents``; cached with ``--cache``), then every sentence gets cheap
features computed as the score stage computes its own signals (``FEATURES``: the log of the
unigram centroid cosine, the log of the lead prior, first-sentence flag, relative position, log
length, the mean share of the cluster's documents that use its terms, the mean background rarity
of its terms, a number, the share of capitalised words, a quote mark). Document frequencies are
counted per term (a sparse product), never over pairs of sentences. Only eligible sentences (score
stage's rules) are used: the others never become points.

Label (``--label``, default ``sqrt``): what the sentence matches of the cluster's human summaries,
averaged over them and over two measures, content unigrams (rouge-score tokens, Porter stems, stop
words out) and bigrams (all tokens), counts clipped, divided by the square root of the sentence's
size. Precision (divided by the size) is what a sentence gives per word of a word budget, but it
is noisy for short sentences and made the ranking check worse; the raw count rewards length;
the square root sat best on the training folds. Labels are divided by their cluster's mean
(``--pooled`` keeps them raw): a model ranks sentences within a cluster.

Model: log-linear (scikit-learn ``PoissonRegressor`` on standardised features, weights mapped back
to the raw features), so ``exp(w . features)`` holds the current relevance as a special case
(weight 1 on the log cosine and on the log prior, 0 elsewhere). ``--fix`` keeps some weights at 1
(an offset: the model then corrects the current relevance), ``--drop`` leaves features out.

Checks: (1) ranking, per fold grouped by cluster (5 folds, no cluster in two parts): ROUGE of the
top eligible sentences within the set's budget, no redundancy removal; (2) ``--pipeline``: the
real pipeline, generic at 100 words, on each training cluster with the model of the fold that
left it out, references cut to 100 words; (3) ``--check``: the model fitted on all training
clusters, in the real pipeline on DUC 2004 dev and DUC 2007 update A (100 words, generic).

Training sets: DUC 2006, DUC 2007 main, DUC 2007 update B. DUC 2004 and DUC 2007 update A are only
ever summarised under ``--check``, never labelled or fitted on. Deterministic: fixed folds,
deterministic solver, weights rounded to 6 decimals. The data is read by path, never copied.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer import pipeline
from summarizer.background import RARE_ZIPF
from summarizer.clean import clean_cluster
from summarizer.evaluate import _read_dataset, _Scorer, cut_words, evaluate
from summarizer.langdetect import detect_language
from summarizer.score import (
    _QUOTE_MARKS,
    POSITION_WEIGHT,
    _centroid,
    _cosine,
    _eligibility_lists,
    _ineligibility,
    _inside_quotes,
    _make_tokenizer,
    _Terms,
    _unigram_rows,
)
from summarizer.split import split_documents
from summarizer.types import Document, Scored, Sentence
from summarizer.wordforms import stem_zipf

BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
# (set, word budget of its summaries). Training: never DUC 2004 (the acceptance set's dev half)
# nor DUC 2007 update A, which stay unseen checks (--check only summarises them).
TRAIN_SETS = (("duc2006", 250), ("duc2007_main", 250), ("duc2007_update_B", 100))
CHECK_SETS = ("duc2004_dev", "duc2007_update_A")
FEATURES = (
    "log_cosine",
    "log_prior",
    "first",
    "relative_position",
    "log_words",
    "doc_share",
    "rarity",
    "numbers",
    "names",
    "quote",
)
LOG_COSINE = FEATURES.index("log_cosine")
LOG_PRIOR = FEATURES.index("log_prior")
# A sentence with no centroid term has cosine 0; its log is taken from here.
MIN_COSINE = 1e-3
FOLDS = 5
# Ridge strength of the Poisson fit on standardised features.
ALPHA = 1e-3
LABELS = ("sqrt", "precision", "count")
# The form the training checks chose (ranking and pipeline CV; tune_notes.md round 4, "v3"):
# free weights, labels per cluster, no first-sentence or relative-position feature.
DEFAULT_DROP = ("first", "relative_position")
GENERIC_WORDS = 100


@dataclass
class Cluster:
    """One training (or check) cluster: its sentences and what the fit needs of them."""

    id: str
    budget: int
    sentences: tuple[Sentence, ...]
    references: tuple[str, ...]
    features: np.ndarray = field(default_factory=lambda: np.zeros((0, len(FEATURES))))
    eligible: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    labels: np.ndarray = field(default_factory=lambda: np.zeros(0))


def cluster_sentences(documents: Sequence[Document]) -> tuple[Sentence, ...]:
    """The pipeline's clean, language, date and split steps (``Summarizer.summarize``)."""
    docs = clean_cluster(documents)
    languages = [doc.language or detect_language(pipeline._open_text(doc)) for doc in docs]
    docs = tuple(pipeline._normalise_date(doc, lang) for doc, lang in zip(docs, languages))
    return split_documents(docs, language=languages)


def features(sentences: Sequence[Sentence]) -> tuple[np.ndarray, np.ndarray]:
    """One row of ``FEATURES`` per sentence, and eligibility; English, as the score stage does."""
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import TfidfTransformer

    tokenize = _make_tokenizer(None, "en")
    terms = _Terms()
    counts = terms.count([tokenize(s.text) for s in sentences], grow=True)
    matrix = csr_matrix(TfidfTransformer(sublinear_tf=True).fit_transform(counts))
    doc_ids = [s.doc_id for s in sentences]
    unigram_rows = _unigram_rows(matrix, len(terms.unigrams))
    cosine = _cosine(unigram_rows, _centroid(unigram_rows, doc_ids))

    n = len(sentences)
    stems = terms.names[: len(terms.unigrams)]
    binary = csr_matrix(counts[:, : len(stems)])
    binary.data[:] = 1.0
    codes: dict[str, int] = {}
    doc_rows = np.fromiter((codes.setdefault(d, len(codes)) for d in doc_ids), np.int64, n)
    membership = csr_matrix((np.ones(n), (doc_rows, np.arange(n))), shape=(len(codes), n))
    doc_share = np.asarray(((membership @ binary) > 0).sum(axis=0)).ravel() / len(codes)
    n_terms = np.maximum(np.diff(binary.indptr), 1)
    zipf = stem_zipf("en")
    rarity = np.array([9.0 - zipf.get(t, RARE_ZIPF) for t in stems], dtype=np.float64)
    digits = np.array([t.isdigit() for t in stems], dtype=np.float64)
    index = np.fromiter((s.index for s in sentences), np.float64, n)
    last = np.zeros(len(codes))
    np.maximum.at(last, doc_rows, index)
    words, names, quotes = np.empty(n), np.empty(n), np.empty(n)
    for i, sentence in enumerate(sentences):
        tokens = sentence.text.split()
        words[i] = len(tokens)
        names[i] = sum(1 for t in tokens[1:] if t[:1].isupper()) / max(len(tokens) - 1, 1)
        quotes[i] = any(mark in sentence.text for mark in _QUOTE_MARKS)
    columns = {
        "log_cosine": np.log(np.maximum(cosine, MIN_COSINE)),
        "log_prior": np.log1p(POSITION_WEIGHT / (1.0 + index)),
        "first": (index == 0).astype(np.float64),
        "relative_position": index / np.maximum(last[doc_rows], 1.0),
        "log_words": np.log(np.maximum(words, 1.0)),
        "doc_share": np.asarray(binary @ doc_share).ravel() / n_terms,
        "rarity": np.asarray(binary @ rarity).ravel() / n_terms,
        "numbers": (np.asarray(binary @ digits).ravel() > 0).astype(np.float64),
        "names": names,
        "quote": quotes,
    }
    lists = _eligibility_lists("en")
    inside = _inside_quotes(sentences, lists.marks, lists.opening)
    eligible = np.array([not _ineligibility(s.text, q, lists) for s, q in zip(sentences, inside)])
    return np.column_stack([columns[name] for name in FEATURES]), eligible


def load(cache: Path | None) -> list[Cluster]:
    """The training clusters, split (from ``cache`` when it exists; written there otherwise)."""
    if cache is not None and cache.is_file():
        with cache.open("rb") as stream:
            clusters: list[Cluster] = pickle.load(stream)
            return clusters
    clusters = []
    for name, budget in TRAIN_SETS:
        for record in _read_dataset(BENCHMARKS / f"{name}.jsonl", None):
            sentences = cluster_sentences(record.documents)
            clusters.append(Cluster(f"{name}/{record.id}", budget, sentences, record.references))
        print(f"split {name}", file=sys.stderr, flush=True)
    if cache is not None:
        with cache.open("wb") as stream:
            pickle.dump(clusters, stream)
    return clusters


def label(
    clusters: list[Cluster],
    scorer: _Scorer,
    kind: str,
    per_cluster: bool,
    reference_words: int | None = None,
) -> None:
    """Each sentence's features, eligibility and label (see the module docstring)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    for cluster in clusters:
        cluster.features, cluster.eligible = features(cluster.sentences)
        words = min(cluster.budget, reference_words or cluster.budget)
        references = [scorer.tokens(cut_words(r, words)) for r in cluster.references]
        content = [
            Counter({t: c for t, c in ref.unigrams.items() if t not in ENGLISH_STOP_WORDS})
            for ref in references
        ]
        values = []
        for sentence in cluster.sentences:
            tokens = scorer.tokens(sentence.text)
            uni = Counter({t: c for t, c in tokens.unigrams.items() if t not in ENGLISH_STOP_WORDS})
            matched = np.zeros(2)
            for ref, ref_content in zip(references, content):
                matched += (
                    sum(min(c, ref_content[t]) for t, c in uni.items()),
                    sum(min(c, ref.bigrams[g]) for g, c in tokens.bigrams.items()),
                )
            matched /= len(references)
            sizes = np.maximum([sum(uni.values()), sum(tokens.bigrams.values())], 1.0)
            if kind == "precision":
                matched /= sizes
            elif kind == "sqrt":
                matched /= np.sqrt(sizes)
            values.append(float(matched.mean()))
        cluster.labels = np.array(values)
        if per_cluster:
            cluster.labels /= max(float(cluster.labels[cluster.eligible].mean()), 1e-9)


def fit(
    clusters: Sequence[Cluster], drop: Sequence[str], fix: Sequence[str], alpha: float
) -> np.ndarray:
    """Weights on the raw ``FEATURES`` (0 for a dropped feature, 1 for a fixed one)."""
    from sklearn.linear_model import PoissonRegressor

    x = np.vstack([c.features[c.eligible] for c in clusters])
    y = np.concatenate([c.labels[c.eligible] for c in clusters])
    weights = np.zeros(len(FEATURES))
    fixed = [FEATURES.index(name) for name in fix]
    weights[fixed] = 1.0
    columns = [i for i, name in enumerate(FEATURES) if name not in drop and i not in fixed]
    offset = x[:, fixed].sum(axis=1)
    x = x[:, columns]
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    # A Poisson fit with an offset o: target y / e^o weighted by e^o (the same deviance).
    exposure = np.exp(offset - offset.max())
    model = PoissonRegressor(alpha=alpha, max_iter=1000, tol=1e-8)
    model.fit((x - mean) / scale, y / exposure, sample_weight=exposure)
    weights[columns] = model.coef_ / scale
    return np.round(weights, 6)


def current() -> np.ndarray:
    """The score stage's relevance as weights: centroid cosine x lead prior."""
    weights = np.zeros(len(FEATURES))
    weights[[LOG_COSINE, LOG_PRIOR]] = 1.0
    return weights


def ranking_rouge(
    clusters: Sequence[Cluster], weights: np.ndarray, scorer: _Scorer, budget: int | None
) -> np.ndarray:
    """Mean R-1 / R-2 recall of the best-scored eligible sentences that fit the budget."""
    total = np.zeros(2)
    for cluster in clusters:
        limit = budget or cluster.budget
        picked: list[str] = []
        words = 0
        for i in np.argsort(-(cluster.features @ weights), kind="stable"):
            n = len(cluster.sentences[i].text.split())
            if cluster.eligible[i] and words + n <= limit:
                picked.append(cluster.sentences[i].text)
                words += n
        rouge = scorer.cluster("\n".join(picked), cluster.references, limit)
        total += (rouge.rouge1_recall, rouge.rouge2_recall)
    return total / len(clusters)


def folds(clusters: Sequence[Cluster]) -> Iterator[tuple[list[Cluster], list[Cluster]]]:
    """(train, test) by cluster: every ``FOLDS``-th cluster of the listing is held out together."""
    for fold in range(FOLDS):
        yield (
            [c for i, c in enumerate(clusters) if i % FOLDS != fold],
            [c for i, c in enumerate(clusters) if i % FOLDS == fold],
        )


@contextmanager
def relevance_of(weights_for: Callable[[Sequence[Sentence]], np.ndarray]) -> Iterator[None]:
    """Within the block, the pipeline's generic English relevance is the model's."""
    original = pipeline.score_sentences

    def score(sentences: Sequence[Sentence], **options: Any) -> Scored:
        scored = original(sentences, **options)
        if options.get("query") is not None or options.get("language", "en") != "en":
            return scored
        weights = weights_for(sentences)
        x, _ = features(sentences)
        linear = x @ np.where(np.arange(len(FEATURES)) == LOG_PRIOR, 0.0, weights)
        index = np.array([s.index for s in sentences], dtype=np.float64)
        relevance = (
            np.exp(linear - linear.max())
            * (1.0 + POSITION_WEIGHT / (1.0 + index)) ** (weights[LOG_PRIOR])
        )
        return replace(scored, relevance=relevance / relevance.max())

    pipeline.score_sentences = score  # type: ignore[assignment]
    try:
        yield
    finally:
        pipeline.score_sentences = original


def run_generic(name: str) -> tuple[float, float, float]:
    """R-1, R-2 recall and sources per point of the pipeline, generic at 100 words, on a set."""
    result = evaluate(BENCHMARKS / f"{name}.jsonl", max_words=GENERIC_WORDS, progress=False)
    rouge = result.ours.rouge
    cited = [n for s in result.summaries for n in (s.citations or ())]
    return rouge.rouge1_recall, rouge.rouge2_recall, float(np.mean(cited)) if cited else 0.0


def pipeline_check(
    clusters: Sequence[Cluster], model: Callable[[list[Cluster]], np.ndarray]
) -> None:
    """The real pipeline on each training set: the held-out fold's model against the current."""
    by_first_sentence: dict[tuple[str, str], np.ndarray] = {}
    for train, test in folds(clusters):
        weights = model(train)
        for cluster in test:
            first = cluster.sentences[0]
            by_first_sentence[(first.doc_id, first.text)] = weights
    for name, _ in TRAIN_SETS:
        with relevance_of(lambda s: by_first_sentence[(s[0].doc_id, s[0].text)]):
            learned = run_generic(name)
        with relevance_of(lambda s: current()):
            base = run_generic(name)
        print(
            f"  pipeline {name}: learned {learned[0]:.2f} / {learned[1]:.2f}, "
            f"current {base[0]:.2f} / {base[1]:.2f}",
            flush=True,
        )


def write(path: Path, weights: np.ndarray, args: argparse.Namespace, n_clusters: int) -> None:
    """The weights as ``name<TAB>value`` lines under a header."""
    lines = [
        "# Learned sentence salience (benchmarks/train_salience.py): relevance = exp(sum of",
        "# weight x feature), the lead prior raised to the log_prior weight. Fitted on",
        f"# {n_clusters} clusters of DUC 2006, 2007 main and 2007 update B; label {args.label},",
        f"# {'pooled' if args.pooled else 'per cluster'}, fixed {list(args.fix)},",
        f"# dropped {list(args.drop)}, alpha {args.alpha}.",
    ]
    lines += [f"{name}\t{value:.6f}" for name, value in zip(FEATURES, weights)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="pickle of the split training clusters")
    parser.add_argument("--label", default="sqrt", choices=LABELS)
    parser.add_argument("--pooled", action="store_true", help="labels not divided per cluster")
    parser.add_argument("--drop", nargs="*", default=list(DEFAULT_DROP), choices=FEATURES)
    parser.add_argument("--fix", nargs="*", default=[], choices=FEATURES, help="weights kept 1")
    parser.add_argument(
        "--reference-words", type=int, help="label against the references' first N words only"
    )
    parser.add_argument("--alpha", type=float, default=ALPHA)
    parser.add_argument("--pipeline", action="store_true", help="real-pipeline CV (slow)")
    parser.add_argument("--check", action="store_true", help="unseen DUC 2004 dev and 2007 A")
    parser.add_argument("--write", type=Path, help="write the weights fitted on all clusters")
    args = parser.parse_args(argv)

    clusters = load(args.cache)
    scorer = _Scorer()
    label(clusters, scorer, args.label, not args.pooled, args.reference_words)

    def model(train: list[Cluster]) -> np.ndarray:
        return fit(train, args.drop, args.fix, args.alpha)

    print("ranking CV (top eligible sentences within budget), R-1 / R-2")
    for budget in (None, GENERIC_WORDS):
        ours, base = np.zeros(2), np.zeros(2)
        for train, test in folds(clusters):
            ours += ranking_rouge(test, model(train), scorer, budget) * len(test)
            base += ranking_rouge(test, current(), scorer, budget) * len(test)
        ours, base = ours / len(clusters), base / len(clusters)
        print(
            f"  budget {budget or 'of the set'}: current {base[0]:.2f} / {base[1]:.2f}, "
            f"learned {ours[0]:.2f} / {ours[1]:.2f}"
        )
    if args.pipeline:
        pipeline_check(clusters, model)
    weights = model(clusters)
    print("weights: " + ", ".join(f"{n} {w:+.4f}" for n, w in zip(FEATURES, weights)))
    if args.check:
        for name in CHECK_SETS:
            with relevance_of(lambda s: weights):
                r1, r2, sources = run_generic(name)
            print(f"  unseen {name}: R-1 {r1:.2f}, R-2 {r2:.2f}, sources per point {sources:.2f}")
    if args.write:
        write(args.write, weights, args, len(clusters))
    return 0


if __name__ == "__main__":
    sys.exit(main())
