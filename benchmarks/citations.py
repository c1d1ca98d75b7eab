#!/usr/bin/env python3
"""Every point of a benchmark set with the sentences that cite it, for reading citations by hand.

Usage::

    python benchmarks/citations.py dump duc2004_dev > before.txt            # generic, 100 words
    python benchmarks/citations.py dump duc2006 --words 250 --query > before.txt
    python benchmarks/citations.py diff before.txt after.txt

``dump`` summarises every cluster of ``../shared/benchmarks/SET.jsonl`` (with ``--query``, with
the record's query, as ``summarizer evaluate --query`` does) and prints, per cluster, each point
and under it every citation beyond the point's own sentence, with the relation's probability and
the cited text (a citation read across two sentences shows both). The last line gives the sources
per point. ``diff`` lists, for every point present in both dumps, the citations one has and the
other lacks (``-`` removed, ``+`` added), then the points of either dump missing from the other.

This is how the citation rules of ``summarizer/same.py`` were measured (``benchmarks/
fact_notes.md``): dump the set before and after a change, diff, and read every line. The data is
read by path, never copied.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# Run from a checkout without installing: the repository's own package comes first.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizer import summarize
from summarizer.records import read_documents

SHARED = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"

Dump = dict[tuple[str, str], list[str]]


def _query(record: dict[str, object]) -> str | None:
    """The record's query as one text (title and narrative), as the evaluation reads it."""
    query = record.get("query")
    if isinstance(query, dict):
        return ". ".join(str(query[k]) for k in ("title", "narrative") if query.get(k))
    return query if isinstance(query, str) else None


def dump(name: str, words: int, use_query: bool, limit: int | None) -> None:
    """Print every point of the set's clusters and the citations under it."""
    path = SHARED / f"{name}.jsonl"
    if not path.is_file():
        sys.exit(f"error: {path} not found; put the shared benchmarks beside the repository")
    points = sources = 0
    with path.open(encoding="utf-8") as lines:
        for count, line in enumerate(lines):
            if limit is not None and count >= limit:
                break
            record = json.loads(line)
            # As ``summarizer evaluate`` reads them: titles and dates too (the headline rule,
            # select.FAR_APART_DAYS).
            documents = read_documents(
                record["documents"], f"{name}: {record.get('id')}", lambda k: f"doc{k}"
            )
            texts = {d.id: d.text for d in documents}
            query = _query(record) if use_query else None
            briefing = summarize(documents, max_words=words, query=query)
            print(f"\n##### {record.get('id')}")
            for point in briefing.points:
                points += 1
                sources += len(point.citations)
                print(f"* {point.text}")
                for cited in point.evidence[1:]:
                    text = " ".join(texts[cited.doc_id][cited.start : cited.end].split())
                    print(f"    - [{cited.similarity:.2f}] {text}")
    if points:
        print(f"\nsources/point {sources / points:.2f} over {points} points")


def _read(path: str) -> Dump:
    """A dump as (cluster, point) -> its citation lines."""
    found: Dump = {}
    cluster = ""
    point: tuple[str, str] | None = None
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("##### "):
            cluster = line[6:].strip()
        elif line.startswith("* "):
            point = (cluster, line[2:].strip())
            found[point] = []
        elif line.startswith("    - ") and point is not None:
            found[point].append(line[6:])
    return found


def diff(before: str, after: str) -> None:
    """Print the citations that differ between two dumps, point by point."""
    old, new = _read(before), _read(after)
    removed = added = 0
    for key, cited in old.items():
        if key not in new:
            continue
        gone = [c for c in cited if c not in new[key]]
        came = [c for c in new[key] if c not in cited]
        if gone or came:
            print(f"* {key[0]} {key[1]}")
            for c in gone:
                print(f"     - {c}")
            for c in came:
                print(f"     + {c}")
        removed += len(gone)
        added += len(came)
    only_old = [k for k in old if k not in new]
    only_new = [k for k in new if k not in old]
    for mark, keys in (("<", only_old), (">", only_new)):
        for cluster, text in keys:
            print(f"{mark} point {cluster} {text}")
    print(
        f"\ncitations removed {removed}, added {added}; points only before {len(only_old)}, "
        f"only after {len(only_new)}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    d = commands.add_parser("dump", help="every point and its citations")
    d.add_argument("set", help="a file stem of ../shared/benchmarks, e.g. duc2004_dev")
    d.add_argument("--words", type=int, default=100, help="word budget (default 100)")
    d.add_argument("--query", action="store_true", help="summarise with the record's query")
    d.add_argument("--limit", type=int, default=None, help="only the first N clusters")
    f = commands.add_parser("diff", help="citations that differ between two dumps")
    f.add_argument("before")
    f.add_argument("after")
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.set, args.words, args.query, args.limit)
    else:
        diff(args.before, args.after)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
