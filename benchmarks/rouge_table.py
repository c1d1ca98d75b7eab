#!/usr/bin/env python3
"""Print the ROUGE table of the summariser on every benchmark in ``../shared/benchmarks``.

Usage: ``python benchmarks/rouge_table.py [--data DIR] [--only NAME ...] [--limit K]
[--json-dir DIR] [--short-query]``. Generic sets are summarised in 100 words; the query-focused
DUC 2006 and DUC 2007 main sets in 250 words with their queries (``--query``). With
``--short-query`` the query sets are summarised towards each topic's *title* alone ("Kursk
disaster", "steroid use among female athletes"), the few words a user types, instead of the title
and its long narrative, and scored against the same references. See ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

# Run from a checkout without installing: the repository's own package comes first.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizer.errors import SummarizerError
from summarizer.evaluate import SummarizeFn, evaluate, format_table
from summarizer.pipeline import Summarizer
from summarizer.records import query_text
from summarizer.types import Briefing, Document

# (file stem, word budget, use the query): the DUC tasks' own settings.
BENCHMARKS = (
    ("duc2004_dev", 100, False),
    ("duc2007_update_A", 100, False),
    ("duc2006", 250, True),
    ("duc2007_main", 250, True),
)

# The data lives beside the repository, never in it (NIST's licence forbids redistribution).
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"


def _titles(path: Path) -> dict[str, str]:
    """Each record's full query text (title and narrative, as ``evaluate`` passes it) -> the
    topic's title alone."""
    titles: dict[str, str] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            query = json.loads(line).get("query")
            full = query_text(query)
            if full is not None and isinstance(query, dict) and isinstance(query.get("title"), str):
                titles[full] = query["title"].strip()
    return titles


def _title_summarizer(path: Path) -> SummarizeFn:
    """The pipeline, given each cluster's topic title instead of its whole query."""
    titles = _titles(path)

    def summarize(documents: Sequence[Document], query: str | None, max_words: int) -> Briefing:
        short = titles.get(query, query) if query is not None else None
        return Summarizer(max_words=max_words, query=short).summarize(documents)

    return summarize


def main(argv: list[str] | None = None) -> int:
    """Evaluate on each benchmark and print its table; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark folder")
    parser.add_argument(
        "--only", nargs="+", choices=[name for name, _, _ in BENCHMARKS], help="these sets only"
    )
    parser.add_argument("--limit", type=int, help="first K clusters of each set")
    parser.add_argument("--json-dir", type=Path, help="also write <set>.json evaluations here")
    parser.add_argument(
        "--short-query",
        action="store_true",
        help="query sets only, each with its topic's title alone as the query",
    )
    args = parser.parse_args(argv)
    status = 0
    for name, max_words, use_query in BENCHMARKS:
        if (args.only and name not in args.only) or (args.short_query and not use_query):
            continue
        path = args.data / f"{name}.jsonl"
        if not path.is_file():
            print(f"rouge_table: skipping {name}: {path} is absent", file=sys.stderr)
            continue
        try:
            result = evaluate(
                path,
                max_words=max_words,
                use_query=use_query,
                limit=args.limit,
                summarize=_title_summarizer(path) if args.short_query else None,
            )
        except SummarizerError as exc:
            print(f"rouge_table: error: {name}: {exc}", file=sys.stderr)
            status = 1
            continue
        if args.short_query:
            print(f"{name}: short queries (each topic's title alone)")
        print(format_table(result), flush=True)
        if args.json_dir:
            args.json_dir.mkdir(parents=True, exist_ok=True)
            out = args.json_dir / f"{name}.json"
            out.write_text(json.dumps(result.to_dict(), indent=2) + "\n", encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())
