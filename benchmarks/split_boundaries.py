#!/usr/bin/env python
"""English news boundary benchmark: MSRP sentences joined into paragraphs -> boundary P/R/F1.

Each string of ``../shared/benchmarks/msrp_train.tsv`` (the Microsoft Research Paraphrase
Corpus, training part; SOURCES.md gives the format) is one news sentence chosen by its compilers.
The distinct strings, in file order (first string of a pair, then the second), are kept when they
are plainly one sentence (see ``_is_one_sentence``), then joined ``--group`` at a time with one space
into paragraphs, so every join is a gold boundary and nothing else is. Each paragraph is split with
``split_sentences(..., language="en")``; a boundary is the start offset of every sentence after the
first. Precision, recall and F1 are over all boundaries; every error is listed with its context
(``--errors N`` shows the first N of each kind, 0 none) and, with ``--explain``, the rule that
decided it (``summarizer.split.explain``).

    python benchmarks/split_boundaries.py                  # figures and the first 40 errors
    python benchmarks/split_boundaries.py --errors 0       # figures only
    python benchmarks/split_boundaries.py --json out.json  # figures and every error as JSON

The data is not in the repository (research licence); it is read from ``../shared`` beside it.
Deterministic: the same file gives the same paragraphs and the same figures.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from summarizer.split import sentence_spans

SHARED = Path(__file__).resolve().parents[2] / "shared"

# Sentences per paragraph: a news paragraph holds one to four; four gives the most joins per
# paragraph while the paragraph stays news-sized (about 100 words).
GROUP = 4

# How a sentence of the corpus must end: a stop, possibly inside closing quotes or brackets.
_FINAL = re.compile(r"[.!?][\"'”’)]*$")
# A plain stop (or several) inside the string after an all-lower-case word, then a capitalised
# word: the string holds two sentences ("... in June. The court ...", "... a cap....The level");
# an abbreviation is never all lower case and at least three letters long here, so this drops no
# single sentence with "Inc." or "U.S.".
_INNER_STOP = re.compile(r"(?<![\w.])[a-z]{3,}[.!?]+[\"'”’)]*\s*[\"“(]*[A-Z][a-z]")


@dataclass(frozen=True, slots=True)
class Error:
    """One boundary error: a split where none is (``false``) or a join missed (``missed``)."""

    kind: str
    offset: int
    context: str
    reason: str


def _is_one_sentence(text: str) -> bool:
    """Whether a corpus string is plainly one sentence: starts capitalised, ends with a stop."""
    head = text.lstrip("\"'“‘(")
    if not head[:1].isupper() and not head[:1].isdigit():
        return False  # a fragment ("and then ...") or a continued quotation
    if not _FINAL.search(text) or text.endswith(" ."):
        return False  # no final stop, or a fragment cut before a detached period
    return _INNER_STOP.search(text) is None


def read_sentences(path: Path) -> list[str]:
    """The distinct strings of an MSRP file that are plainly one sentence, in file order."""
    seen: dict[str, None] = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows, None)  # header
        for row in rows:
            if len(row) < 5:
                continue
            for text in (row[3].strip(), row[4].strip()):
                if text and " " in text and _is_one_sentence(text):
                    seen.setdefault(text, None)
    return list(seen)


def make_paragraphs(sentences: Sequence[str], group: int) -> list[tuple[str, set[int]]]:
    """Paragraphs of ``group`` consecutive sentences and their gold boundaries (start offsets)."""
    paragraphs = []
    for i in range(0, len(sentences) - group + 1, group):
        parts = sentences[i : i + group]
        text = " ".join(parts)
        gold: set[int] = set()
        pos = 0
        for part in parts[:-1]:
            pos += len(part) + 1
            gold.add(pos)
        paragraphs.append((text, gold))
    return paragraphs


def _context(text: str, offset: int, width: int = 60) -> str:
    """The text around ``offset`` with ``|`` at the offset."""
    return text[max(0, offset - width) : offset] + "|" + text[offset : offset + width]


def _reason(text: str, offset: int) -> str:
    """The splitter's rule for the candidate just before ``offset`` (from ``explain``)."""
    from summarizer.split import explain

    best = ""
    for decision in explain(text, language="en"):
        if decision.offset < offset:
            best = f"{decision.rule} ({'split' if decision.split else 'no split'})"
    return best


def evaluate(
    paragraphs: Sequence[tuple[str, set[int]]], with_reasons: bool
) -> tuple[dict[str, float], list[Error]]:
    """Boundary precision, recall, F1 over ``paragraphs`` and every error."""
    tp = fp = fn = 0
    errors: list[Error] = []
    for text, gold in paragraphs:
        found = {start for start, _ in sentence_spans(text, language="en") if start > 0}
        tp += len(found & gold)
        for kind, offsets in (("false", found - gold), ("missed", gold - found)):
            for offset in sorted(offsets):
                reason = _reason(text, offset) if with_reasons else ""
                errors.append(Error(kind, offset, _context(text, offset), reason))
        fp += len(found - gold)
        fn += len(gold - found)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    figures = {
        "paragraphs": len(paragraphs),
        "boundaries": tp + fn,
        "true": tp,
        "false": fp,
        "missed": fn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }
    return figures, errors


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the figures and errors."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=SHARED / "benchmarks" / "msrp_train.tsv")
    parser.add_argument("--group", type=int, default=GROUP, help="sentences per paragraph")
    parser.add_argument("--errors", type=int, default=40, help="errors of each kind to show")
    parser.add_argument("--explain", action="store_true", help="show the rule behind each error")
    parser.add_argument("--json", type=Path, help="write figures and every error here")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"split_boundaries: error: no file {args.data}; pass --data", file=sys.stderr)
        return 1
    if args.group < 2:
        print(f"split_boundaries: error: --group must be >= 2; got {args.group}", file=sys.stderr)
        return 2
    sentences = read_sentences(args.data)
    paragraphs = make_paragraphs(sentences, args.group)
    figures, errors = evaluate(paragraphs, args.explain)
    print(
        f"{len(sentences)} sentences, {figures['paragraphs']} paragraphs of {args.group}, "
        f"{figures['boundaries']} boundaries: {figures['true']} found, "
        f"{figures['false']} false, {figures['missed']} missed"
    )
    print(
        f"precision {figures['precision']:.4f}  recall {figures['recall']:.4f}  "
        f"F1 {figures['f1']:.4f}"
    )
    for kind in ("false", "missed"):
        chosen = [e for e in errors if e.kind == kind][: args.errors]
        if chosen:
            print(f"\n{kind} boundaries (first {len(chosen)}):")
            for error in chosen:
                suffix = f"   [{error.reason}]" if error.reason else ""
                print(f"  {error.context!r}{suffix}")
    if args.json:
        payload = {"figures": figures, "errors": [asdict(e) for e in errors]}
        args.json.write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
