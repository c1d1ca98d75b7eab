"""Check that a change leaves English output byte-identical: one hash per document and per cluster.

For every cluster of every ``../shared/benchmarks/*.jsonl`` file (and the three seed articles as
one cluster), this writes one line per cluster: the SHA-256 of ``Briefing.to_dict()`` (generic,
100 words) and, per document, the SHA-256 of its sentence split (the spans and texts that
``split_documents`` returns). Run it on the base commit with ``--write``, then on the change with
``--compare``; any differing line is printed and the exit status is 1.

    python benchmarks/byte_identity.py --write /tmp/byte_identity.base.tsv
    python benchmarks/byte_identity.py --compare /tmp/byte_identity.base.tsv

The data is not in the repository (NIST's licence); it is read from ``../shared`` beside it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from summarizer import Document, summarize
from summarizer.split import split_documents

SHARED = Path(os.environ.get("SUMMARIZER_SHARED", Path(__file__).resolve().parents[2] / "shared"))

# The DUC 2004 task's generic budget; every set is summarised the same way here.
MAX_WORDS = 100


def _digest(value: object) -> str:
    """SHA-256 of ``value`` as canonical JSON."""
    data = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _clusters(shared: Path) -> Iterator[tuple[str, list[Document]]]:
    """(name, documents) for every benchmark cluster and the seeds, in a fixed order."""
    for path in sorted((shared / "benchmarks").glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if not line.strip():
                    continue
                record = json.loads(line)
                docs = [
                    Document(
                        d["text"],
                        id=d["id"],
                        title=d.get("title"),
                        source=d.get("source"),
                        date=d.get("date"),
                    )
                    for d in record["documents"]
                ]
                yield f"{path.stem}/{record['id']}", docs
    seeds = sorted((shared / "seeds").glob("*.txt"))
    if seeds:
        yield "seeds", [Document(p.read_text(encoding="utf-8"), id=p.stem) for p in seeds]


def _lines(shared: Path) -> Iterator[str]:
    """One line per cluster ("name<TAB>briefing hash") and per document ("name/doc<TAB>split")."""
    for name, docs in _clusters(shared):
        briefing = summarize(docs, max_words=MAX_WORDS)
        yield f"{name}\t{_digest(briefing.to_dict())}"
        for doc in docs:
            split = [(s.start, s.end, s.paragraph, s.text) for s in split_documents([doc])]
            yield f"{name}/{doc.id}\t{_digest(split)}"


def main(argv: Sequence[str] | None = None) -> int:
    """Write or compare the hashes; exit 1 when any differs."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, metavar="FILE", help="write the hashes to FILE")
    mode.add_argument("--compare", type=Path, metavar="FILE", help="compare against FILE")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    args = parser.parse_args(argv)
    lines = list(_lines(args.shared))
    if not lines:
        parser.error(f"no benchmark clusters or seed articles under {args.shared}; give --shared")
    if args.write is not None:
        if args.write.exists():
            parser.error(f"{args.write} exists; remove it first or choose another name")
        args.write.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(lines)} hashes to {args.write}")
        return 0
    expected = dict(
        line.split("\t", 1)
        for line in args.compare.read_text(encoding="utf-8").splitlines()
        if "\t" in line
    )
    now = dict(line.split("\t", 1) for line in lines)
    if expected.keys() != now.keys():
        print(f"{len(now)} hashes now, {len(expected)} in {args.compare}")
    # A name missing from either side differs too: a base written without the data (or another
    # tree's clusters) is no proof of identity.
    differ = [name for name in now if expected.get(name) != now[name]]
    differ += [name for name in expected if name not in now]
    for name in differ:
        print(f"differs: {name}")
    same = sum(expected.get(name) == digest for name, digest in now.items())
    print(f"{same} of {len(now)} hashes identical (briefings and per-document splits)")
    return 0 if not differ else 1


if __name__ == "__main__":
    sys.exit(main())
