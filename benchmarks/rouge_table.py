#!/usr/bin/env python3
"""Print the ROUGE table of the summariser on every benchmark in ``../shared/benchmarks``.

Usage: ``python benchmarks/rouge_table.py [--data DIR] [--only NAME ...] [--limit K]
[--json-dir DIR]``. Generic sets are summarised in 100 words; the query-focused DUC 2006 and
DUC 2007 main sets in 250 words with their queries (``--query``). See ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# Run from a checkout without installing: the repository's own package comes first.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizer.errors import SummarizerError
from summarizer.evaluate import evaluate, format_table

# (file stem, word budget, use the query): the DUC tasks' own settings.
BENCHMARKS = (
    ("duc2004_dev", 100, False),
    ("duc2007_update_A", 100, False),
    ("duc2006", 250, True),
    ("duc2007_main", 250, True),
)

# The data lives beside the repository, never in it (NIST's licence forbids redistribution).
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"


def main(argv: list[str] | None = None) -> int:
    """Evaluate on each benchmark and print its table; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark folder")
    parser.add_argument(
        "--only", nargs="+", choices=[name for name, _, _ in BENCHMARKS], help="these sets only"
    )
    parser.add_argument("--limit", type=int, help="first K clusters of each set")
    parser.add_argument("--json-dir", type=Path, help="also write <set>.json evaluations here")
    args = parser.parse_args(argv)
    status = 0
    for name, max_words, use_query in BENCHMARKS:
        if args.only and name not in args.only:
            continue
        path = args.data / f"{name}.jsonl"
        if not path.is_file():
            print(f"rouge_table: skipping {name}: {path} is absent", file=sys.stderr)
            continue
        try:
            result = evaluate(path, max_words=max_words, use_query=use_query, limit=args.limit)
        except SummarizerError as exc:
            print(f"rouge_table: error: {name}: {exc}", file=sys.stderr)
            status = 1
            continue
        print(format_table(result), flush=True)
        if args.json_dir:
            args.json_dir.mkdir(parents=True, exist_ok=True)
            out = args.json_dir / f"{name}.json"
            out.write_text(json.dumps(result.to_dict(), indent=2) + "\n", encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())
