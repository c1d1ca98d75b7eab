#!/usr/bin/env python
"""Write ``summarizer/data/en/wordnet_synonyms.txt`` from Princeton WordNet 3.0 (build time only).

    apt-get install -y wordnet-base        # the database files under /usr/share/wordnet
    python benchmarks/make_wordnet.py      # rewrites the shipped table
    python benchmarks/make_wordnet.py --senses 1 --output /tmp/wn1.txt   # a variant, measured

Reads WordNet's own files (``index.<pos>`` for each word's senses in frequency order,
``data.<pos>`` for the synsets and their pointers, ``<pos>.exc`` for irregular forms); no nltk
corpus, no download. The package never reads WordNet: only the table this script writes, lazily,
for the English paraphrase model of lone pairs (``summarizer/same.py``, ``WORDNET_FEATURES``).

What a line is: the package's stems (``summarizer.lexicon.stem``, Snowball's Porter) of the
single words of one synset, each word kept only when the synset is among its first ``--senses``
senses of that part of speech (WordNet orders senses by their frequency in its tagged corpus, so
"name" keeps "appoint" but not "gens"), it has at most ``--max-senses`` senses there (a word of
many senses, "run", "take", "make", links to nearly anything), it is not one of ``EXCLUDED``
(the light verbs whose forms say many things, as the hand-written list left out) nor an
irregular form of one ("found" is "find" in news far more often than "establish"), not a
function word (the language's stop words, which weigh nothing), nor a unit of a figure, a
month, weekday or time word (the package's lists: another figure or date, not a rewording),
and its stem is at least ``--min-zipf`` common (``stems.txt``; rarer stems read as rare, and
keep the table small). An
irregular form (``verb.exc``: "sank" -> "sink") joins each group of its base word, since the
stemmer keeps them apart. With ``--derivation``, WordNet's "derivationally related" pointers
between kept senses ("appoint" / "appointment", "decide" / "decision") add two-stem lines; with
``--similar``, adjectives' "similar to" pointers between kept senses do; with ``--hypernyms``,
a verb's hypernym ("contradict" / "differ") does (all three on by default, as shipped).
Deterministic: sorted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.lexicon import get_lexicon, stem
from summarizer.wordforms import stem_zipf

WORDNET = Path("/usr/share/wordnet")
OUTPUT = ROOT / "summarizer" / "data" / "en" / "wordnet_synonyms.txt"
POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# Left out whatever WordNet says: the light verbs and the words whose common news uses say
# different things (benchmarks/fact_notes.md, "A hand-written news lexicon": each cited wrong
# sentences through the hand-written list), and verbs of saying (they attribute, not state).
EXCLUDED = frozenset(
    (
        "acquire",
        "aid",
        "be",
        "bring",
        "buy",
        "call",
        "carry",
        "come",
        "decline",
        "do",
        "draw",
        "drop",
        "end",
        "find",
        "finish",
        "firm",
        "gain",
        "get",
        "give",
        "go",
        "have",
        "hold",
        "keep",
        "know",
        "lead",
        "leave",
        "look",
        "lose",
        "make",
        "meet",
        "move",
        "pay",
        "play",
        "purchase",
        "put",
        "run",
        "said",
        "say",
        "see",
        "serve",
        "set",
        "show",
        "stand",
        "state",
        "strike",
        "take",
        "tell",
        "told",
        "try",
        "turn",
        "win",
        "work",
    )
)
# Relative dates beside the lexicon's time words: "last" (week) is not "permanent".
DATES = frozenset(("last", "past", "next", "previous", "recent", "ago", "early", "late"))
# WordNet 3.0's license (the file LICENSE of the distribution): redistribution with this notice.
LICENSE = """\
WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
Permission to use, copy, modify and distribute this software and database and its
documentation for any purpose and without fee or royalty is hereby granted, provided that
you agree to comply with the following copyright notice and statements, including the
disclaimer, and that the same appear on ALL copies of the software, database and
documentation, including modifications that you make for internal use or for distribution.
THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS
FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER
RIGHTS. The name of Princeton University or Princeton may not be used in advertising or
publicity pertaining to distribution of the software and/or database. Title to copyright in
this software, database and any associated documentation shall at all times remain with
Princeton University and LICENSEE agrees to preserve same."""


def lemma(word: str) -> str | None:
    """A WordNet lemma as a plain lower-case word; None for a phrase, a hyphenated or odd one."""
    word = word.split("(")[0].lower()  # adjectives' markers: "galore(ip)"
    return word if word.isalpha() and word.isascii() else None


def read_index(pos: str) -> dict[str, list[str]]:
    """word -> its synset offsets in sense order (most frequent first)."""
    senses: dict[str, list[str]] = {}
    for line in (WORDNET / f"index.{POS[pos]}").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        # lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
        pointers, count = int(fields[3]), int(fields[2])
        senses[fields[0]] = fields[6 + pointers : 6 + pointers + count]
    return senses


def read_data(pos: str) -> dict[str, tuple[list[str], list[tuple[str, str, str, int, int]]]]:
    """offset -> (its words, its pointers as (symbol, offset, pos, source word, target word))."""
    synsets: dict[str, tuple[list[str], list[tuple[str, str, str, int, int]]]] = {}
    for line in (WORDNET / f"data.{POS[pos]}").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        words = [fields[4 + 2 * k] for k in range(count)]
        at = 4 + 2 * count
        pointers = []
        for k in range(int(fields[at])):
            symbol, offset, target_pos, numbers = fields[at + 1 + 4 * k : at + 5 + 4 * k]
            target_pos = "a" if target_pos == "s" else target_pos
            pointers.append((symbol, offset, target_pos, *bytes.fromhex(numbers)))
        synsets[fields[0]] = (words, pointers)
    return synsets


def read_exceptions(pos: str) -> dict[str, list[str]]:
    """base word -> its irregular forms (``<pos>.exc``)."""
    forms: dict[str, list[str]] = {}
    path = WORDNET / f"{POS[pos]}.exc"
    for line in path.read_text(encoding="utf-8").splitlines():
        form, *bases = line.split()
        for base in bases:
            forms.setdefault(base, []).append(form)
    return forms


def build(args: argparse.Namespace) -> list[tuple[str, tuple[str, ...]]]:
    """The table's lines: (kind, stems), kind "n", "v", "a", "r" (a synset), "d" (derivation) or
    "s" (similar adjectives)."""
    zipf = stem_zipf("en")
    stop = {stem(word) for word in get_lexicon("en").stop_words}
    # ... and their irregular forms: "found" (find) is not "establish", "left" (leave) not "port".
    irregular = {pos: read_exceptions(pos) for pos in POS}
    excluded_words = EXCLUDED | {
        form for forms in irregular.values() for word in EXCLUDED for form in forms.get(word, [])
    }
    # A figure's units and the calendar: "million" / "billion", "year" / "yearly", "past" /
    # "last" are another figure or date, not another wording (wrong "same" in the first table).
    units = [
        line.split()[1]
        for line in (ROOT / "summarizer" / "data" / "en" / "measures.txt").read_text().splitlines()
        if line.startswith(("scale ", "time "))
    ]
    excluded_words |= set(units) | get_lexicon("en").time_followers | DATES
    excluded = {stem(word) for word in excluded_words}

    def common(word: str) -> str | None:
        key = stem(word)
        if key in stop or key in excluded or zipf.get(key, 0.0) < args.min_zipf:
            return None
        return key

    lines: set[tuple[str, tuple[str, ...]]] = set()
    kept: dict[tuple[str, str], set[str]] = {}  # (pos, offset) -> words kept in it
    data = {pos: read_data(pos) for pos in POS}
    for pos in POS:
        index = read_index(pos)
        exceptions = irregular[pos]
        for offset, (words, _) in data[pos].items():
            stems: set[str] = set()
            for raw in words:
                word = lemma(raw)
                if word is None or word in excluded_words:
                    continue
                senses = index.get(word, [])
                if len(senses) > args.max_senses or offset not in senses[: args.senses]:
                    continue
                kept.setdefault((pos, offset), set()).add(word)
                for form in [word, *exceptions.get(word, [])]:
                    key = common(form)
                    if key is not None:
                        stems.add(key)
            if len(stems) > 1:
                lines.add((pos, tuple(sorted(stems))))
    if args.derivation or args.similar or args.hypernyms or args.noun_hypernyms:
        for (pos, offset), words in kept.items():
            names = data[pos][offset][0]
            for symbol, target, target_pos, source, goal in data[pos][offset][1]:
                wanted = (
                    (symbol == "+" and args.derivation)
                    or (symbol == "&" and args.similar and pos == "a")
                    or (symbol == "@" and args.hypernyms and pos == "v")
                    or (symbol == "@" and args.noun_hypernyms and pos == "n")
                )
                if not wanted or (target_pos, target) not in kept:
                    continue
                sources = words if source == 0 else {lemma(names[source - 1])} & words
                targets = kept[target_pos, target]
                if goal:
                    targets = {lemma(data[target_pos][target][0][goal - 1])} & targets
                for a in sources:
                    for b in targets:
                        pair = {common(a), common(b)} - {None}
                        if len(pair) == 2:
                            kind = {"+": "d", "&": "s", "@": "h" if pos == "v" else "g"}[symbol]
                            lines.add((kind, tuple(sorted(pair))))  # type: ignore[arg-type]
    return sorted(lines, key=lambda line: (line[1], line[0]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--senses", type=int, default=5, help="first senses of a word kept")
    parser.add_argument("--max-senses", type=int, default=20, help="words with more left out")
    parser.add_argument("--min-zipf", type=float, default=2.5, help="rarer stems left out")
    parser.add_argument(
        "--derivation",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="derivational links too",
    )
    parser.add_argument(
        "--similar",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="similar adjectives too",
    )
    parser.add_argument(
        "--hypernyms",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="verbs' hypernyms too",
    )
    parser.add_argument("--noun-hypernyms", action="store_true", help="nouns' hypernyms too")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if not (WORDNET / "data.noun").exists():
        print(
            f"make_wordnet: {WORDNET}/data.noun not found; apt-get install -y wordnet-base",
            file=sys.stderr,
        )
        return 1
    lines = build(args)
    options = (
        f"--senses {args.senses} --max-senses {args.max_senses} --min-zipf {args.min_zipf}"
        + (" --derivation" if args.derivation else "")
        + (" --similar" if args.similar else "")
        + (" --hypernyms" if args.hypernyms else "")
        + (" --noun-hypernyms" if args.noun_hypernyms else "")
    )
    import textwrap

    header = [
        "# Synonyms from Princeton WordNet 3.0 for the English paraphrase model of lone pairs",
        "# (summarizer/same.py, WORDNET_FEATURES), written by benchmarks/make_wordnet.py",
        f"# ({options})",
        "# from the Debian package wordnet-base. Do not edit by hand: rerun the script.",
        "# kind<TAB>stems: the package's stems (summarizer.lexicon.stem) of the words of one",
        "# synset (kind n, v, a, r: its part of speech) kept for their first senses, or two",
        "# stems WordNet links (d: derivationally related, s: similar adjectives, h: a verb",
        "# and its hypernym, g: a noun and its hypernym). Two stems of one line are linked.",
        *textwrap.wrap(
            f"Left out: {' '.join(sorted(EXCLUDED | DATES))}, their irregular forms, function"
            " words, units of figures and time words (measures.txt, the lexicon) and rare stems.",
            width=93,
            initial_indent="# ",
            subsequent_indent="# ",
        ),
        "#",
        *(f"# {line}" if line else "#" for line in LICENSE.splitlines()),
    ]
    body = [f"{kind}\t{' '.join(stems)}" for kind, stems in lines]
    args.output.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    size = args.output.stat().st_size
    print(f"wrote {args.output} ({len(body)} lines, {size / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
