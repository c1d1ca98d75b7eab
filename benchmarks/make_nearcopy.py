#!/usr/bin/env python
"""Write a text of near-copies: one paragraph repeated with small changes, to a given size.

    python benchmarks/make_nearcopy.py OUT.txt --mb 5 [--one-line] [--distinct]

Each copy of the paragraph (an invented event, written for this benchmark) takes one of a few
variants of some words and a number that cycles, so that every sentence is an exact copy of
thousands of others or differs from them in one word or number. ``--one-line`` joins everything
with spaces (no newline at all); ``--distinct`` adds the copy's number to every sentence but the
last of a paragraph, so that no two sentences are exact copies. Deterministic: the same arguments give the same bytes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

# Slots of the paragraph and their variants; copy i takes variant i // len**k % len of slot k,
# so neighbouring copies differ in one or two words.
_SLOTS = (
    ("Thursday", "Friday", "Wednesday"),
    ("heavy", "steady", "torrential"),
    ("residents", "families", "villagers"),
    ("school gymnasium", "town hall", "sports centre"),
    ("said", "told reporters", "confirmed"),
    ("suspended", "halted", "cancelled"),
)
_PARAGRAPH = (
    "The Varnow dam on the upper Keld released water on {0} after three days of {1} rain. "
    "Emergency crews moved {2} of the lower valley to the {3} overnight. "
    "A spokeswoman for the water board {4} that the reservoir stood at {n} percent of capacity. "
    "Trains between Keldmouth and Ostra were {5} because the track was under water. "
    "Volunteers filled sandbags at fire station {i} until the early morning. "
    "Forecasters expect drier weather by the weekend, which should let the river fall."
)


def paragraph(i: int, *, distinct: bool = False) -> str:
    """The ``i``-th near-copy of the paragraph (every sentence numbered ``i`` if ``distinct``)."""
    words = [slot[i // 3**k % len(slot)] for k, slot in enumerate(_SLOTS)]
    text = _PARAGRAPH.format(*words, n=90 + i % 10, i=i % 50)
    return text.replace(". ", f" in sector {i}. ") if distinct else text


def near_copies(n_bytes: int, *, one_line: bool = False, distinct: bool = False) -> str:
    """Near-copies of the paragraph, ``n_bytes`` characters or a few more."""
    sep = " " if one_line else "\n\n"
    parts: list[str] = []
    size = i = 0
    while size < n_bytes:
        part = paragraph(i, distinct=distinct)
        parts.append(part)
        size += len(part) + len(sep)
        i += 1
    return sep.join(parts) + ("" if one_line else "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--mb", type=float, required=True, help="size in MB (10**6 bytes)")
    parser.add_argument("--one-line", action="store_true", help="no newline at all")
    parser.add_argument(
        "--distinct", action="store_true", help="no two sentences alike: each names its copy"
    )
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    text = near_copies(size, one_line=args.one_line, distinct=args.distinct)
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {len(text.encode())} bytes")


if __name__ == "__main__":
    main()
