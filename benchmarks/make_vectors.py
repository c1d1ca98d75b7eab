#!/usr/bin/env python
"""Build the same-statement relation's word vectors (``summarizer/data/en/word_vectors.txt``).

    python benchmarks/make_vectors.py                 # build and write the table
    python benchmarks/make_vectors.py --neighbours deal cut told   # and show some neighbours

Word similarity that overlap cannot see (deal ~ agreement, said ~ told) learned from our own news
text, offline: positive pointwise mutual information (PPMI, context distribution smoothed with
exponent 0.75) of terms within a window of ``WINDOW`` words, reduced by truncated SVD to ``DIM``
dimensions (Levy, Goldberg and Dagan 2015, "Improving distributional similarity with lessons
learned from word embeddings": these are their recommended settings for small corpora).

Text: the articles and human reference summaries of DUC 2006, DUC 2007 main and DUC 2007 update
A/B, and both sentences of every pair of ``msrp_train.tsv`` (its sentences only, never its labels),
all from ``../shared/benchmarks`` and read by path. Never DUC 2004 (the summariser's acceptance).

Terms are those of :mod:`summarizer.same` (the package's own analysis: lower case, American
spelling, Porter stem), so a table row is looked up by the key the relation already computes.
Vocabulary: terms seen at least ``MIN_COUNT`` times, at most ``MAX_TERMS`` of them (the commonest).
Each row is unit length, quantised to signed bytes (value * 127, rounded) and written as base64:
1.37 MB for the 10,063 terms of the shipped table. Deterministic: the truncated SVD (ARPACK)
starts from a fixed vector, and each component's sign is fixed (its largest entry positive).
"""

from __future__ import annotations

import argparse
import base64
import csv
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.same import _NEGATIVE, _TERM, _chunks, _spelled

BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
SETS = ("duc2006.jsonl", "duc2007_main.jsonl", "duc2007_update_A.jsonl", "duc2007_update_B.jsonl")
PAIRS = "msrp_train.tsv"
OUTPUT = ROOT / "summarizer" / "data" / "en" / "word_vectors.txt"
# Words either side counted as context: small windows give "same role" similarity (deal ~ accord)
# rather than "same topic" (deal ~ negotiate).
WINDOW = 4
MIN_COUNT = 5
MAX_TERMS = 16000
DIM = 96
# Context distribution smoothing (Levy et al. 2015): rare contexts get less inflated PMI.
SMOOTHING = 0.75
# Singular values raised to this power weigh the components (0.5: symmetric, their advice).
EIGEN_POWER = 0.5


def texts() -> list[str]:
    """Every paragraph of the training text, in a fixed order."""
    out: list[str] = []
    for name in SETS:
        for line in (BENCHMARKS / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for document in record["documents"]:
                out.extend(p for p in document["text"].split("\n\n") if p.strip())
            out.extend(reference["text"] for reference in record.get("references", []))
    with (BENCHMARKS / PAIRS).open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows[1:]:
        if len(row) >= 5:
            out.extend((row[3], row[4]))
    return out


def term_sequences(paragraphs: list[str]) -> list[list[str]]:
    """Each paragraph as its sequence of term strings (the relation's stems; "" for others)."""
    chunks = _chunks("en")
    token_lists = [
        [token for chunk in _spelled(paragraph).split() for token in chunks[chunk]]
        for paragraph in paragraphs
    ]
    names = {code: key[2:] for key, code in chunks.key_codes.items()}
    term_of = [
        names[key] if kind in (_TERM, _NEGATIVE) else ""
        for kind, key in zip(chunks.kind, chunks.key)
    ]
    return [[term_of[token] for token in tokens] for tokens in token_lists]


def build(sequences: list[list[str]]) -> tuple[list[str], np.ndarray]:
    """The vocabulary and its unit-length vectors (PPMI + truncated SVD)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.linalg import svds

    counts = Counter(term for sequence in sequences for term in sequence if term)
    vocabulary = sorted(
        (term for term, count in counts.items() if count >= MIN_COUNT),
        key=lambda term: (-counts[term], term),
    )[:MAX_TERMS]
    vocabulary.sort()
    code = {term: number for number, term in enumerate(vocabulary)}
    rows: list[int] = []
    cols: list[int] = []
    for sequence in sequences:
        ids = [code.get(term, -1) for term in sequence]
        for position, a in enumerate(ids):
            if a < 0:
                continue
            for offset in range(1, WINDOW + 1):
                if position + offset >= len(ids):
                    break
                b = ids[position + offset]
                if b >= 0:
                    rows += (a, b)
                    cols += (b, a)
    n = len(vocabulary)
    cooccurrence = coo_matrix(
        (np.ones(len(rows)), (np.array(rows), np.array(cols))), shape=(n, n)
    ).tocsr()
    cooccurrence.sum_duplicates()
    total = cooccurrence.sum()
    row_sum = np.asarray(cooccurrence.sum(axis=1)).ravel()
    context = np.asarray(cooccurrence.sum(axis=0)).ravel() ** SMOOTHING
    context /= context.sum()
    coo = cooccurrence.tocoo()
    pmi = np.log(coo.data * 1.0 / (row_sum[coo.row] / total) / context[coo.col] / total)
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=(n, n)).tocsr()
    # svds is iterative; a fixed start vector makes it deterministic.
    start = np.full(n, 1.0 / np.sqrt(n))
    u, s, _ = svds(ppmi, k=DIM, v0=start, random_state=0)
    order = np.argsort(-s)
    u, s = u[:, order], s[order]
    signs = np.sign(u[np.abs(u).argmax(axis=0), np.arange(DIM)])
    vectors = u * signs * s**EIGEN_POWER
    norms = np.linalg.norm(vectors, axis=1)
    # A term with no positive association to any context has no direction: it stays without one.
    kept = norms > 1e-9
    vectors = vectors[kept] / norms[kept, None]
    return [term for term, keep in zip(vocabulary, kept) if keep], vectors


def quantise(vectors: np.ndarray) -> np.ndarray:
    return np.clip(np.round(vectors * 127.0), -127, 127).astype(np.int8)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--neighbours", nargs="*", default=[], help="words to show neighbours of")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    paragraphs = texts()
    sequences = term_sequences(paragraphs)
    tokens = sum(len(sequence) for sequence in sequences)
    vocabulary, vectors = build(sequences)
    print(f"{len(paragraphs)} paragraphs, {tokens} tokens, {len(vocabulary)} terms, {DIM} dims")
    table = quantise(vectors)
    if args.neighbours:
        from summarizer.same import _porter

        unit = table.astype(np.float64) / 127.0
        unit /= np.maximum(np.linalg.norm(unit, axis=1, keepdims=True), 1e-12)
        code = {term: number for number, term in enumerate(vocabulary)}
        for word in args.neighbours:
            stem = _porter()(word.lower())
            if stem not in code:
                print(f"{word}: not in the vocabulary")
                continue
            similarity = unit @ unit[code[stem]]
            best = np.argsort(-similarity)[1:11]
            print(f"{word}: " + ", ".join(f"{vocabulary[k]} {similarity[k]:.2f}" for k in best))
    if not args.no_write:
        lines = [
            "# Word vectors of the same-statement relation (summarizer/same.py), written by",
            "# benchmarks/make_vectors.py: PPMI (window 4, smoothing 0.75) + truncated SVD of terms",
            "# of DUC 2006/2007 articles and references and the MSRP training sentences.",
            f"# {len(vocabulary)} terms (the relation's Porter stems), {DIM} dimensions, unit length,",
            "# quantised to signed bytes (value * 127). term<TAB>base64 of the bytes.",
            "# Do not edit by hand: rerun the script.",
        ]
        lines += [
            f"{term}\t{base64.b64encode(row.tobytes()).decode('ascii')}"
            for term, row in zip(vocabulary, table)
        ]
        OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)} ({OUTPUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
