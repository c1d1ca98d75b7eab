"""Regenerate the example briefings: ``python examples/regenerate.py``.

Summarises every cluster under ``examples/`` (a folder of articles, or a ``.jsonl`` file of
documents) with the default settings, through the same command line a user runs, and writes
``examples/briefings/<cluster>.html`` and ``.md``. Briefings live outside the cluster folders so
that they are never read back as articles.
"""

from __future__ import annotations

import sys
from pathlib import Path

from summarizer.cli import main

EXAMPLES = Path(__file__).resolve().parent
OUTPUT = EXAMPLES / "briefings"
FORMATS = ("html", "md")


def clusters() -> list[tuple[str, Path]]:
    """(name, input path) of each example cluster, in name order."""
    found = []
    for folder in sorted(p for p in EXAMPLES.iterdir() if p.is_dir() and p != OUTPUT):
        jsonl = sorted(folder.glob("*.jsonl"))
        found.append((folder.name, jsonl[0] if jsonl else folder))
    return found


def regenerate() -> int:
    OUTPUT.mkdir(exist_ok=True)
    for name, source in clusters():
        for fmt in FORMATS:
            target = OUTPUT / f"{name}.{fmt}"
            status = main([str(source), "-o", str(target)])
            if status != 0:
                return status
            print(f"wrote {target.relative_to(EXAMPLES.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(regenerate())
