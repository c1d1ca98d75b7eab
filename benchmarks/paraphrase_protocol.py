#!/usr/bin/env python3
"""News paraphrase pairs through the whole pipeline (issue 12's protocol).

Usage: ``python benchmarks/paraphrase_protocol.py [--data FILE] [--limit K] [--errors N]``.

Each pair of ``msrp_train.tsv`` (``../shared/benchmarks``; format in its ``SOURCES.md``) is a
two-article cluster, ``summarize([Document(a, id="a"), Document(b, id="b")], max_sentences=1,
clean=False)``; the pair is judged "the same statement" when the one point cites both articles.
Prints accuracy, precision and recall against the human labels, the all-"same" baseline, and with
``--errors N`` the first N false positives and false negatives so the errors can be read. The data
is read by path, never copied (its licence allows internal evaluation only).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

# Run from a checkout without installing: the repository's own package comes first.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizer import Document, summarize
from summarizer.errors import SummarizerError

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "msrp_train.tsv"


def read_pairs(path: Path) -> list[tuple[int, str, str]]:
    """(label, sentence 1, sentence 2) per pair; the file's header line is skipped."""
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(int(row[0]), row[3], row[4]) for row in rows[1:] if len(row) >= 5]


def cites_both(a: str, b: str) -> bool:
    """The protocol: whether the one point of the two-article cluster cites both articles."""
    briefing = summarize([Document(a, id="a"), Document(b, id="b")], max_sentences=1, clean=False)
    return bool(briefing.points) and set(briefing.points[0].citations) == {"a", "b"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="msrp_train.tsv")
    parser.add_argument("--limit", type=int, help="first K pairs only")
    parser.add_argument("--errors", type=int, default=0, help="list N errors of each kind")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(
            f"paraphrase_protocol: error: {args.data} is not a file; give --data", file=sys.stderr
        )
        return 1
    pairs = read_pairs(args.data)[: args.limit]
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    wrong: dict[str, list[tuple[str, str]]] = {"fp": [], "fn": []}
    started = time.process_time()
    for label, a, b in pairs:
        try:
            said = cites_both(a, b)
        except SummarizerError:
            said = False  # no prose to summarise: nothing was cited
        kind = ("t" if said == bool(label) else "f") + ("p" if said else "n")
        counts[kind] += 1
        if kind in wrong and len(wrong[kind]) < args.errors:
            wrong[kind].append((a, b))
    total = len(pairs)
    positive = counts["tp"] + counts["fn"]
    said_same = counts["tp"] + counts["fp"]
    print(f"pairs {total}  (positive {positive}, {positive / total:.3f})")
    print(f"accuracy  {(counts['tp'] + counts['tn']) / total:.3f}")
    print(f"precision {counts['tp'] / said_same if said_same else 0.0:.3f}")
    print(f"recall    {counts['tp'] / positive if positive else 0.0:.3f}")
    print(f"all-same baseline accuracy {positive / total:.3f}")
    print(f"counts {counts}  CPU {time.process_time() - started:.1f} s")
    for kind, title in (
        ("fp", "cited both, labelled different"),
        ("fn", "labelled same, not cited"),
    ):
        for a, b in wrong[kind]:
            print(f"\n[{title}]\n  a: {a}\n  b: {b}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
