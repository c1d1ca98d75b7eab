#!/usr/bin/env python
"""Mine word paraphrases (rewordings) from comparable news: DUC clusters and paraphrase pairs.

    python benchmarks/train_paraphrases.py                # mine DUC 2006/2007, write the table
    python benchmarks/train_paraphrases.py --with-msrp    # ... and the positive MSRP pairs
    python benchmarks/train_paraphrases.py --no-write --show 60   # top pairs and a sample

A DUC cluster is a comparable corpus: several outlets restate the same facts in their own words
(Barzilay and McKeown 2001 mined paraphrases from such parallel retellings). Within each topic
(DUC 2006, DUC 2007 main, update A and B with its background: one topic each, never DUC 2004,
the summariser's acceptance set; the human summaries count as documents of their topic, since
they restate its facts in their own words) two sentences of different documents are a
near-restatement when each holds ``CONTAINMENT`` of the other's weighed content (at least
``MIN_SHARED`` content words in common, at most ``MAX_LEFT`` of its own a side) and they share
a name or number. Their
tokens (the relation's own analysis, ``summarizer.same``: stems, numbers, negations) are
aligned on identical tokens first (a longest common subsequence, ``difflib``); between two
matched tokens (same left and right context) a gap where each side holds as many content
words that the other sentence lacks anywhere (one or two, ``MAX_GAP``; paired in order: the
same slot) is a substitution: "the lunch was *cancelled*" / "the lunch was *scrapped*" counts
cancel~scrap. A gap holding a figure or a negation is another value, not a rewording, and
words of units and times (``UNITS``, the lexicon's time words) are left out. With ``--with-msrp`` the positive pairs of the
news paraphrase corpus are aligned the same way (each pair its own source).

A pair of stems is kept when it was seen in at least ``MIN_SOURCES`` different topics (or MSRP
pairs), and its pointwise mutual information against chance (the two words' substitution counts)
is at least ``MIN_PMI``; each stem keeps its ``MAX_PER_STEM`` best partners. Neither side may be
a stop word, a number, a name (a capitalised word past a sentence's first) or a word too common
to weigh in the relation. Symmetric. Writes ``paraphrases.txt`` in the temporary folder
(``--out`` elsewhere): the package does not ship it.
Deterministic: fixed order everywhere; the data is read by path, never copied.

The relation (``summarizer/same.py``) does not read the table: counting a word held through a
paraphrase as held did not pay (the sample articles' rewordings, "cancelled" / "scrapped", are
not in the data; on DUC 2004 dev 1 of 3 added citations was right). The measurements, and the
commit holding the code that read it, are in ``benchmarks/fact_notes.md``.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import math
import random
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.lexicon import get_lexicon, stem
from summarizer.same import _NEGATIVE, _NUMBER, _TERM, _chunks, _model, _spelled
from summarizer.split import split_sentences

BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
SETS = ("duc2006", "duc2007_main", "duc2007_update_A", "duc2007_update_B")
# Not package data: nothing in the package reads it (fact_notes.md says why).
TABLE = Path(tempfile.gettempdir()) / "paraphrases.txt"
# Sentences of this many words (a point's range): headlines and lists are no restatements.
MIN_WORDS, MAX_WORDS = 6, 60
# A near-restatement: each side's weighed content is this much held by the other ...
CONTAINMENT = 0.25
# ... with at least this many content words in common.
MIN_SHARED = 3
# ... and each side holds at most this many content words the other lacks: more, and the two
# say more than one thing differently (the alignment's gaps are no longer substitutions).
MAX_LEFT = 12
# A gap of up to this many content words a side, as many on each, pairs them in order (the
# same slot: "was swiftly cancelled" / "was abruptly scrapped").
MAX_GAP = 2
# Words that name a quantity's unit or a time: outlets that give another figure or date swap
# them ("2 million" / "2 billion", "last month" / "last year", "today" / "yesterday"): the same
# slot, another value, never a rewording. With the lexicon's time words, weekdays and months.
UNITS = [
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "percent",
    "cent",
    "dozen",
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "year",
    "decade",
    "century",
]
# A pair of words is kept when seen in this many different topics or paraphrase pairs ...
MIN_SOURCES = 2
# ... substituted for each other this much more often than their substitution counts predict
# (natural log) ...
MIN_PMI = 2.0
# ... and at most this many partners a word (the best by count, then PMI).
MAX_PER_STEM = 5


class Analysis:
    """The relation's analysis of sentences: tokens as (kind, key, capitalised, content)."""

    def __init__(self) -> None:
        self.chunks = _chunks("en")
        self.floor = _model("en").common_zipf
        lexicon = get_lexicon("en")
        stops = lexicon.stop_words
        self.stop_stems = frozenset(stops) | frozenset(stem(w, "en") for w in stops)
        values = [*UNITS, *lexicon.time_words, *lexicon.weekdays, *lexicon.months]
        self.value_stems = frozenset(stem(w.lower(), "en") for w in values)

    def tokens(self, text: str) -> list[tuple[str, bool, bool]]:
        """(key, content, anchor) per token: key "t:stem", "n:number", "x:not"; content marks
        a content word (a term, no stop word, no name, with background weight), anchor a number
        or a name (a capitalised word past the first)."""
        chunks = self.chunks
        ids = [t for chunk in _spelled(text).split() for t in chunks[chunk]]
        kind_of, key_of, capital_of, key_zipf = chunks.arrays()
        out: list[tuple[str, bool, bool]] = []
        for position, token in enumerate(ids):
            kind = int(kind_of[token])
            key = int(key_of[token])
            name = chunks.key_names[key]
            term = kind in (_TERM, _NEGATIVE)
            capital = term and bool(capital_of[token]) and position > 0
            content = (
                term
                and not capital
                and name[2:] not in self.stop_stems
                and name[2:] not in self.value_stems
                and float(key_zipf[key]) < self.floor
                and name[2:].isalpha()
            )
            anchor = kind == _NUMBER or (capital and name[2:] not in self.stop_stems)
            out.append((name, content, anchor))
        return out


Tokens = list[tuple[str, bool, bool]]


def substitutions(a: Tokens, b: Tokens) -> list[tuple[str, str]]:
    """One-for-one substitutions of content words between two aligned token lists."""
    keys_a = [k for k, _, _ in a]
    keys_b = [k for k, _, _ in b]
    set_a, set_b = set(keys_a), set(keys_b)
    matcher = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    found: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "replace" or i1 == 0 or j1 == 0 or i2 == len(a) or j2 == len(b):
            continue  # a gap between two matched tokens on both sides: same left and right context
        if any(k.startswith(("n:", "x:")) for k in keys_a[i1:i2] + keys_b[j1:j2]):
            continue  # another figure, or a negation: another value, not a rewording
        left_a = [k for k, c, _ in a[i1:i2] if c and k not in set_b]
        left_b = [k for k, c, _ in b[j1:j2] if c and k not in set_a]
        if len(left_a) == len(left_b) <= MAX_GAP and i2 - i1 <= 5 and j2 - j1 <= 5:
            found += [(x[2:], y[2:]) for x, y in zip(left_a, left_b)]
    return found


def near_restatements(
    analysis: Analysis, sentences: Sequence[tuple[str, str]]
) -> Iterable[tuple[Tokens, Tokens]]:
    """Pairs of token lists of different documents that restate each other (see the module)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    seen: set[str] = set()
    docs: list[str] = []
    token_lists: list[Tokens] = []
    for doc, text in sentences:
        normal = " ".join(text.split())
        if normal in seen:
            continue
        seen.add(normal)
        docs.append(doc)
        token_lists.append(analysis.tokens(text))
    columns: dict[str, int] = {}
    anchor_columns: dict[str, int] = {}
    rows, cols, vals, arows, acols = [], [], [], [], []
    zipf = analysis.chunks.stem_zipf
    for r, tokens in enumerate(token_lists):
        for key in sorted({k for k, content, _ in tokens if content}):
            rows.append(r)
            cols.append(columns.setdefault(key, len(columns)))
            vals.append(max(analysis.floor - zipf.get(key[2:], 0.0), 0.0))
        for key in sorted({k for k, _, anchor in tokens if anchor}):
            arows.append(r)
            acols.append(anchor_columns.setdefault(key, len(anchor_columns)))
    n = len(token_lists)
    if n < 2 or not columns:
        return
    weights = csr_matrix((vals, (rows, cols)), shape=(n, len(columns)))
    weights.sum_duplicates()
    binary = weights.copy()
    binary.data[:] = 1.0
    mass = np.asarray(weights.sum(axis=1)).ravel()
    count = np.asarray(binary.sum(axis=1)).ravel()
    shared = (weights @ binary.T).tocsr()  # row i: i's content the column sentence holds
    shared_count = (binary @ binary.T).tocsr()
    anchors = csr_matrix((np.ones(len(arows)), (arows, acols)), shape=(n, len(anchor_columns) or 1))
    anchors.sum_duplicates()
    anchors.data[:] = 1.0
    anchored = (anchors @ anchors.T).tocsr()
    doc_array = np.array(docs)
    for i in range(n):
        start, end = shared.indptr[i], shared.indptr[i + 1]
        for j, held_i in zip(shared.indices[start:end].tolist(), shared.data[start:end].tolist()):
            if j <= i or doc_array[j] == doc_array[i]:
                continue
            both = shared_count[i, j]
            if both < MIN_SHARED or anchored[i, j] < 1:
                continue
            held_j = shared[j, i]
            if held_i < CONTAINMENT * mass[i] or held_j < CONTAINMENT * mass[j]:
                continue
            if count[i] - both > MAX_LEFT or count[j] - both > MAX_LEFT:
                continue
            if count[i] == both and count[j] == both:
                continue  # nothing reworded
            yield token_lists[i], token_lists[j]


def topics() -> dict[str, list[tuple[str, str]]]:
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for name in SETS:
        for line in (BENCHMARKS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            topic = str(record["id"])[:5]
            for document in [*record["documents"], *record.get("background", [])]:
                found[topic].setdefault(str(document["id"]), str(document["text"]))
            # The human summaries restate the documents' facts in their own words.
            for reference in record["references"]:
                found[topic].setdefault(f"{name}:{reference['id']}", str(reference["text"]))
    return {
        topic: [
            (doc, sentence)
            for doc, text in sorted(documents.items())
            for sentence in split_sentences(text)
            if MIN_WORDS <= len(sentence.split()) <= MAX_WORDS
        ]
        for topic, documents in sorted(found.items())
    }


def msrp_positives(path: Path) -> list[tuple[str, str, str]]:
    """(pair id, sentence 1, sentence 2) of the pairs labelled paraphrases."""
    import csv

    out = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        for row in reader:
            if len(row) == 5 and row[0] == "1":
                out.append((f"msrp:{row[1]}-{row[2]}", row[3], row[4]))
    return out


Sources = dict[str, list[tuple[str, str]]]


def duc_sources(analysis: Analysis) -> Sources:
    """Topic -> the substitutions seen in its near-restatements. Cached in the temporary
    directory (a minute of work), keyed by this script's text."""
    key = hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:12]
    cache = Path(tempfile.gettempdir()) / f"summarizer-paraphrases-{key}.json"
    if cache.is_file():
        return {k: [tuple(p) for p in v] for k, v in json.loads(cache.read_text()).items()}  # type: ignore[misc]
    by_source: Sources = {}
    for topic, sentences in topics().items():
        subs: list[tuple[str, str]] = []
        for a, b in near_restatements(analysis, sentences):
            subs += substitutions(a, b)
        by_source[topic] = subs
    cache.write_text(json.dumps(by_source), encoding="utf-8")
    return by_source


def msrp_sources(analysis: Analysis, exclude: Iterable[str] = ()) -> Sources:
    """MSRP pair id -> the substitutions of that positive pair (pairs ``exclude`` left out:
    ids as ``train_same.read_pairs`` gives them, "id1-id2")."""
    left_out = {f"msrp:{pair}" for pair in exclude}
    return {
        pair_id: substitutions(analysis.tokens(a), analysis.tokens(b))
        for pair_id, a, b in msrp_positives(BENCHMARKS / "msrp_train.tsv")
        if pair_id not in left_out
    }


def mine_sources(analysis: Analysis, with_msrp: bool) -> Sources:
    """Source (topic or MSRP pair) -> the substitutions seen there."""
    by_source = duc_sources(analysis)
    if with_msrp:
        by_source = {**by_source, **msrp_sources(analysis)}
    return by_source


def paraphrases(by_source: Sources) -> dict[str, frozenset[str]]:
    """The table as ``summarizer.same`` reads it: stem -> its paraphrases."""
    table: dict[str, set[str]] = defaultdict(set)
    for a, b, *_ in score(by_source):
        table[a].add(b)
    return {word: frozenset(partners) for word, partners in sorted(table.items())}


def score(by_source: Sources) -> list[tuple[str, str, int, int, float]]:
    """(stem, stem, events, sources, PMI) of the kept pairs, both orders, sorted."""
    events: Counter[tuple[str, str]] = Counter()
    sources: dict[tuple[str, str], set[str]] = defaultdict(set)
    for source, subs in sorted(by_source.items()):
        for a, b in subs:
            if a == b:
                continue
            pair = (a, b) if a < b else (b, a)
            events[pair] += 1
            sources[pair].add(source)
    single: Counter[str] = Counter()
    for (a, b), c in events.items():
        single[a] += c
        single[b] += c
    total = sum(events.values())
    kept: list[tuple[str, str, int, int, float]] = []
    for (a, b), c in sorted(events.items()):
        if len(sources[(a, b)]) < MIN_SOURCES:
            continue
        pmi = math.log(c * 2.0 * total / (single[a] * single[b]))
        if pmi >= MIN_PMI:
            kept.append((a, b, c, len(sources[(a, b)]), pmi))
    partners: dict[str, list[tuple[int, float, str]]] = defaultdict(list)
    for a, b, c, s, pmi in kept:
        partners[a].append((-s, -pmi, b))
        partners[b].append((-s, -pmi, a))
    best = {w: {b for _, _, b in sorted(found)[:MAX_PER_STEM]} for w, found in partners.items()}
    table = [
        row
        for a, b, c, s, pmi in kept
        if b in best[a] and a in best[b]
        for row in ((a, b, c, s, round(pmi, 3)), (b, a, c, s, round(pmi, 3)))
    ]
    return sorted(table)


def write(table: list[tuple[str, str, int, int, float]], command: str, out: Path) -> None:
    lines = [
        "# Word paraphrases of English news (stems, as summarizer.same analyses them), mined by",
        "# benchmarks/train_paraphrases.py from comparable news: sentences of different outlets",
        "# in one DUC 2006/2007 topic that restate each other (most content words shared, a name",
        "# or number in common), aligned on identical words; a content word of one side that",
        "# stands between the same matched words as one of the other's is a substitution. Kept:",
        f"# seen in at least {MIN_SOURCES} topics (or paraphrase pairs), PMI against chance at",
        f"# least {MIN_PMI}, the {MAX_PER_STEM} best partners of a word. Symmetric.",
        f"# Command: {command}. Do not edit by hand: rerun the script.",
        "# Not read by the relation (summarizer/same.py): measured and not taken, see",
        "# benchmarks/fact_notes.md ('Word paraphrases mined from our own data').",
        "# stem<TAB>stem<TAB>substitutions seen<TAB>sources<TAB>PMI",
    ]
    lines += [f"{a}\t{b}\t{c}\t{s}\t{pmi:.3f}" for a, b, c, s, pmi in table]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(table) // 2} pairs")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--with-msrp", action="store_true", help="also MSRP positive pairs")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--out", type=Path, default=TABLE, help=f"the table's path ({TABLE})")
    parser.add_argument("--show", type=int, default=0, help="print the top and a random sample")
    args = parser.parse_args(argv)
    analysis = Analysis()
    by_source = mine_sources(analysis, args.with_msrp)
    print(
        f"{sum(map(len, by_source.values()))} substitutions from {len(by_source)} sources",
        file=sys.stderr,
    )
    table = score(by_source)
    pairs = [row for row in table if row[0] < row[1]]
    if args.show:
        print("top by sources, then PMI:")
        for a, b, c, s, pmi in sorted(pairs, key=lambda r: (-r[3], -r[4]))[: args.show]:
            print(f"  {a:>14} ~ {b:<14} {c:4d} {s:3d} {pmi:6.2f}")
        print("random sample:")
        for a, b, c, s, pmi in random.Random(0).sample(pairs, min(args.show, len(pairs))):
            print(f"  {a:>14} ~ {b:<14} {c:4d} {s:3d} {pmi:6.2f}")
    if not args.no_write:
        command = "python benchmarks/train_paraphrases.py" + (
            " --with-msrp" if args.with_msrp else ""
        )
        write(table, command, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
