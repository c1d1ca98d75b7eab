#!/usr/bin/env python3
"""Small clusters (2-3 outlets, a few sentences each) made from the DUC sets: ours against lead.

Usage::

    python benchmarks/small_clusters.py                  # every set, the table and the paired counts
    python benchmarks/small_clusters.py --only duc2006 --show 5   # the 5 clusters lead wins most
    python benchmarks/small_clusters.py --write /tmp/small        # also the small-cluster JSONL

A proxy for the small real clusters of issue #12 (two or three outlets' short web reports of one
event, with human neutral summaries), which we do not have. From every DUC record, by rules that
read no output of ours:

- the articles: an anchor article and, for each other outlet (the DOCNO prefix: APW, NYT, XIE),
  its article nearest in date to the anchor (ties: the earlier, then the smaller id); the anchor
  is the one whose group spans the fewest days (one event, as the outlets' reports of it; ties:
  the earliest anchor). Two or three outlets (``zlib.crc32`` of the record id, even for three), as
  many as the record has; a record of fewer outlets takes their next nearest articles instead.
  ``--groups K`` (default 2) makes up to K clusters per record, the next tightest groups that share
  no article with an earlier one;
- each article is cut after its first 3 to 6 sentences (``crc32`` of the article id; the project's
  sentence splitter), verbatim, paragraphs kept: a short web report;
- the references are the record's human summaries (written for the whole DUC cluster: the proxy
  rewards the story's main facts, not every detail of the three reports).

Scored as ``summarizer evaluate`` scores (``summarizer.evaluate``: summaries and references cut to
60 words, Porter stems, recall averaged over references, then clusters): our 60-word briefing
(``summarize(documents, max_words=60)``) and the lead baseline (each outlet's first sentence in
turn, then their second sentences ..., cut to 60 words). Per set and overall: R-1 and R-2 recall,
the paired count of clusters we win, tie and lose on each, a two-sided sign test, a bootstrap 95%
interval of the mean difference, and sources per point. A difference is a win (or a loss) only
when its interval excludes 0 and the sign test is under 0.05; else a tie. ``TUNE`` names the two sets that choices are made on; the table also shows the others apart.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import tempfile
import textwrap
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# Run from a checkout without installing: the repository's own package comes first.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizer.evaluate import Evaluation, evaluate
from summarizer.split import sentence_spans

SETS = ("duc2004_dev", "duc2006", "duc2007_main", "duc2007_update_A")
# Settings are chosen on these two (the query-focused sets, 73 records); the other two report.
TUNE = ("duc2006", "duc2007_main")
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
BUDGET = 60
# A short web report: its first few sentences.
MIN_SENTENCES, MAX_SENTENCES = 3, 6
LEAD = "lead"
BOOTSTRAP_SAMPLES = 10_000
# Small clusters per DUC record (no article in two): two doubles the clusters a difference is
# judged on; the second group of a record is its next tightest in date.
GROUPS = 2


def _date_key(doc: dict[str, Any]) -> tuple[str, str]:
    return (str(doc.get("date") or ""), str(doc["id"]))


def _distance(a: dict[str, Any], b: dict[str, Any]) -> int:
    """Days between two ISO dates (0 when either is missing)."""
    from datetime import date

    try:
        return abs((date.fromisoformat(a["date"]) - date.fromisoformat(b["date"])).days)
    except (TypeError, ValueError, KeyError):
        return 0


def choose_articles(record: dict[str, Any], groups: int = 1) -> list[list[dict[str, Any]]]:
    """The articles of the record's ``groups`` small clusters, anchor first (module docstring)."""
    documents = sorted(record["documents"], key=_date_key)
    wanted = 2 + (zlib.crc32(str(record["id"]).encode()) % 2 == 0)
    outlets: list[str] = []
    for doc in documents:
        if doc["source"] not in outlets:
            outlets.append(doc["source"])

    def around(anchor: dict[str, Any]) -> list[dict[str, Any]]:
        def nearest(pool: Sequence[dict[str, Any]]) -> dict[str, Any]:
            return min(pool, key=lambda d: (_distance(anchor, d), _date_key(d)))

        chosen = [anchor]
        for outlet in [o for o in outlets if o != anchor["source"]][: wanted - 1]:
            chosen.append(nearest([d for d in documents if d["source"] == outlet]))
        while len(chosen) < wanted:  # too few outlets: their other reports nearest the anchor
            rest = [d for d in documents if all(d["id"] != c["id"] for c in chosen)]
            if not rest:
                break
            chosen.append(nearest(rest))
        return chosen

    # One event: the anchors whose groups span the fewest days (ties: the earliest anchor), each
    # group sharing no article with a group taken before it.
    candidates = sorted(
        (around(anchor) for anchor in documents),
        key=lambda g: max(_distance(g[0], d) for d in g),
    )
    taken: list[list[dict[str, Any]]] = []
    used: set[str] = set()
    for group in candidates:
        ids = {d["id"] for d in group}
        if len(taken) < groups and not ids & used:
            taken.append(group)
            used |= ids
    return taken


def cut_article(doc: dict[str, Any]) -> dict[str, Any]:
    """The article cut after its first 3 to 6 sentences, verbatim."""
    keep = MIN_SENTENCES + zlib.crc32(str(doc["id"]).encode()) % (MAX_SENTENCES - MIN_SENTENCES + 1)
    spans = sentence_spans(doc["text"], language="en")
    end = spans[min(keep, len(spans)) - 1][1] if spans else len(doc["text"])
    return {**doc, "text": doc["text"][:end]}


def lead_summary(documents: Sequence[dict[str, Any]], max_words: int = BUDGET) -> str:
    """Each outlet's first sentence in turn, then the second ones ..., up to ``max_words``."""
    sentences = [
        [doc["text"][start:end] for start, end in sentence_spans(doc["text"], language="en")]
        for doc in documents
    ]
    picked: list[str] = []
    words = 0
    for rank in range(max(map(len, sentences), default=0)):
        for doc_sentences in sentences:
            if rank < len(doc_sentences) and words < max_words:
                picked.append(" ".join(doc_sentences[rank].split()))
                words += len(picked[-1].split())
    return "\n".join(picked)


def small_records(record: dict[str, Any], groups: int = 1) -> list[dict[str, Any]]:
    """The small-cluster records made from one DUC record, with the lead baseline as a peer."""
    records = []
    for number, group in enumerate(choose_articles(record, groups)):
        documents = [cut_article(doc) for doc in group]
        records.append(
            {
                "id": f"{record['id']}.{number}" if number else record["id"],
                "dataset": f"{record.get('dataset', '')}-small",
                "documents": documents,
                "references": record["references"],
                "peers": {LEAD: lead_summary(documents)},
            }
        )
    return records


def read_small(path: Path, groups: int = 1) -> list[dict[str, Any]]:
    """The small clusters of one DUC file."""
    with path.open(encoding="utf-8") as handle:
        return [
            small
            for line in handle
            if line.strip()
            for small in small_records(json.loads(line), groups)
        ]


# ------------------------------------------------------------------------------------ statistics


def _sign_test(wins: int, losses: int) -> float:
    """Two-sided exact sign test p-value (ties dropped)."""
    n = wins + losses
    if n == 0:
        return 1.0
    k = min(wins, losses)
    tail = sum(math.comb(n, i) for i in range(k + 1)) / float(2**n)
    return min(1.0, 2 * tail)


def _bootstrap(differences: Sequence[float]) -> tuple[float, float]:
    """95% percentile interval of the mean paired difference (seeded: the same every run)."""
    rng = random.Random(12)
    n = len(differences)
    means = sorted(
        sum(differences[rng.randrange(n)] for _ in range(n)) / n for _ in range(BOOTSTRAP_SAMPLES)
    )
    return means[int(0.025 * BOOTSTRAP_SAMPLES)], means[int(0.975 * BOOTSTRAP_SAMPLES) - 1]


def paired(ours: Sequence[float], lead: Sequence[float]) -> str:
    """Mean of each, wins/ties/losses, sign test, bootstrap interval of the difference."""
    diffs = [a - b for a, b in zip(ours, lead)]
    wins = sum(d > 1e-9 for d in diffs)
    losses = sum(d < -1e-9 for d in diffs)
    low, high = _bootstrap(diffs)
    # A win (or loss) needs both: the interval clear of 0 and the sign test under 0.05.
    clear = _sign_test(wins, losses) < 0.05
    verdict = "win" if low > 0 and clear else "loss" if high < 0 and clear else "tie"
    return (
        f"{sum(ours) / len(ours):6.2f} vs {sum(lead) / len(lead):6.2f}  "
        f"W/T/L {wins:3d}/{len(diffs) - wins - losses:3d}/{losses:3d}  "
        f"sign p {_sign_test(wins, losses):.3f}  diff 95% [{low:+.2f}, {high:+.2f}] {verdict}"
    )


def _scores(result: Evaluation, system: str, measure: str) -> dict[str, float]:
    return {c.cluster: getattr(c.rouge, measure) for c in result.row(system).clusters}


def report(label: str, results: Sequence[Evaluation]) -> str:
    """The lines of one group of sets: R-1 and R-2 paired, and sources per point."""
    lines = [f"{label}: {sum(r.n_clusters for r in results)} clusters"]
    for measure, name in (("rouge1_recall", "R-1"), ("rouge2_recall", "R-2")):
        ours: list[float] = []
        lead: list[float] = []
        for result in results:
            mine, theirs = _scores(result, "ours", measure), _scores(result, LEAD, measure)
            for cluster in sorted(mine):
                ours.append(mine[cluster])
                lead.append(theirs[cluster])
        lines.append(f"  {name} ours vs lead {paired(ours, lead)}")
    cited = [
        (s.citations, len(s.points))
        for r in results
        for s in r.summaries
        if s.citations is not None
    ]
    citations = sum(sum(c) for c, _ in cited)
    points = sum(n for _, n in cited)
    multi = sum(1 for c, _ in cited for x in c if x >= 2)
    words = sum(s.words for r in results for s in r.summaries)
    summaries = sum(len(r.summaries) for r in results)
    dangling = sum(sum(s.dangling) for r in results for s in r.summaries)
    quotes = sum(sum(s.unattributed_quotes) for r in results for s in r.summaries)
    lines.append(
        f"  sources/point {citations / max(points, 1):.2f} (cited by 2+: {multi / max(points, 1):.0%}),"
        f" points/summary {points / max(summaries, 1):.2f}, words/summary {words / max(summaries, 1):.1f},"
        f" dangling {dangling}, unattributed quotes {quotes} (of {points} points)"
    )
    return "\n".join(lines)


def show(result: Evaluation, records: Sequence[dict[str, Any]], count: int) -> None:
    """Ours beside lead and a reference, for the ``count`` clusters where lead leads us most."""
    ours = _scores(result, "ours", "rouge2_recall")
    lead = _scores(result, LEAD, "rouge2_recall")
    by_id = {r["id"]: r for r in records}
    summaries = {s.cluster: s for s in result.summaries}
    wrap = textwrap.TextWrapper(width=110, initial_indent="  ", subsequent_indent="    ")
    for cluster in sorted(ours, key=lambda c: (ours[c] - lead[c], c))[:count]:
        record = by_id[cluster]
        print(f"\n=== {cluster}: ours R-2 {ours[cluster]:.2f}, lead {lead[cluster]:.2f}")
        for doc in record["documents"]:
            print(f"--- {doc['id']} ({doc['source']}, {doc['date']}) {doc.get('title') or ''}")
            for start, end in sentence_spans(doc["text"], language="en"):
                print(wrap.fill(doc["text"][start:end]))
        summary = summaries[cluster]
        print("--- ours")
        for point, cites in zip(summary.points, summary.citations or ()):
            print(wrap.fill(f"[{cites}] {point}"))
        print("--- lead")
        for sentence in record["peers"][LEAD].split("\n"):
            print(wrap.fill(sentence))
        print("--- reference 1 (first 60 words)")
        print(wrap.fill(" ".join(record["references"][0]["text"].split()[:BUDGET])))


def main(argv: list[str] | None = None) -> int:
    """Build the small clusters, score ours and lead, print the tables; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark folder")
    parser.add_argument("--only", nargs="+", choices=SETS, help="these sets only")
    parser.add_argument("--write", type=Path, help="also write <set>_small.jsonl here")
    parser.add_argument(
        "--show", type=int, default=0, help="the N clusters lead wins most, per set"
    )
    parser.add_argument(
        "--groups", type=int, default=GROUPS, help="small clusters per DUC record (disjoint)"
    )
    parser.add_argument("--json", type=Path, help="write every evaluation here (one JSON object)")
    args = parser.parse_args(argv)
    results: dict[str, Evaluation] = {}
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.write or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for name in SETS:
            if args.only and name not in args.only:
                continue
            source = args.data / f"{name}.jsonl"
            if not source.is_file():
                print(f"small_clusters: skipping {name}: {source} is absent", file=sys.stderr)
                continue
            records = read_small(source, args.groups)
            path = folder / f"{name}_small.jsonl"
            with path.open("w", encoding="utf-8") as handle:
                for record in records:
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            results[name] = evaluate(path, max_words=BUDGET, progress=False)
            print(report(name, [results[name]]), flush=True)
            if args.show:
                show(results[name], records, args.show)
    if not results:
        print("small_clusters: error: no benchmark file found; give --data", file=sys.stderr)
        return 1
    tune = [results[n] for n in TUNE if n in results]
    other = [results[n] for n in SETS if n in results and n not in TUNE]
    if tune and other:
        print(report(f"tuning sets ({', '.join(TUNE)})", tune))
        print(report("report sets (the others)", other))
    print(report("overall", list(results.values())))
    if args.json:
        data = {name: result.to_dict() for name, result in results.items()}
        args.json.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
