#!/usr/bin/env python3
"""Read the sample articles' briefings against a fact annotation: duplicates, citation recall and precision.

Usage::

    python benchmarks/seed_facts.py                  # 100, 150 and 250 words
    python benchmarks/seed_facts.py --words 120 --show
    python benchmarks/seed_facts.py --pairs          # also each two of the three articles

``benchmarks/seed_facts.json`` is our own reading of the three articles of ``../shared/seeds``:
for every sentence (as this package splits them) the facts it states, its main fact first, keyed
by the SHA-1 of the sentence's whitespace-normalised text, so no text of the articles is stored.
For each budget the briefing of the three articles is read point by point:

- **duplicates**: pairs of points whose main facts are the same ("one fact, one point");
- **restated**: pairs where a later point's main fact is one the earlier point states besides
  its own (a clause of a longer sentence), listed apart: a reader may or may not mind;
- **citation precision**: of the citations beyond the shown sentence, the share whose cited
  sentence states the point's main fact;
- **citation recall**: per point, the share of the articles stating its main fact that it cites;
- **"only in" wrong**: points the briefing calls "only in" their source whose main fact another
  article states.

With ``--pairs`` each two of the three articles are briefed as well (the shape of a story that
two outlets covered): the same reading, the facts each pair's articles state. A sentence the
annotation does not know (a changed split) is reported, never guessed. The
annotation is one reader's; the issue's acceptance uses its own. Data is read by path.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from itertools import combinations
from pathlib import Path
from typing import Any

# Run from a checkout without installing: the repository's own package comes first.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizer import Briefing, load_documents, summarize

SHARED = Path(__file__).resolve().parents[2] / "shared"
ANNOTATION = Path(__file__).resolve().parent / "seed_facts.json"


def key(text: str) -> str:
    """The annotation's key of a sentence: SHA-1 of its whitespace-normalised text, 16 digits."""
    return hashlib.sha1(" ".join(text.split()).encode()).hexdigest()[:16]


def read(briefing: Briefing, facts: dict[str, list[str]]) -> dict[str, object]:
    """Duplicates, restatements, citation precision and recall of one briefing."""
    texts = {d.id: str(d.text) for d in briefing.documents}
    spans = _sentence_spans(briefing)
    # The documents stating each fact, from the annotation of every sentence of the cluster.
    stating: dict[str, set[str]] = {}
    points = []
    unknown = []
    right = cited = 0
    recall = []
    for number, point in enumerate(briefing.points, start=1):
        shown = facts.get(key(point.text))
        if shown is None:
            unknown.append(point.text)
            continue
        main = shown[0]
        points.append((number, main, shown))
        wrong = []
        for citation in point.evidence:
            if citation.doc_id == point.doc_id:
                continue
            text = texts[citation.doc_id][citation.start : citation.end]
            stated = _stated(facts, spans[citation.doc_id], citation.start, citation.end)
            if stated is None:
                unknown.append(text)
                continue
            cited += 1
            if main in stated:
                right += 1
            else:
                wrong.append(f"{citation.doc_id[:3]}: {' '.join(text.split())[:90]}")
        recall.append((number, main, set(point.citations), wrong))
    for doc_id, entries in _by_document(spans, facts).items():
        for stated in entries:
            for fact in stated:
                stating.setdefault(fact, set()).add(doc_id)
    duplicates = [
        (a[0], b[0], a[1]) for k, a in enumerate(points) for b in points[k + 1 :] if a[1] == b[1]
    ]
    restated = [
        (a[0], b[0], b[1] if b[1] in a[2] else a[1])
        for k, a in enumerate(points)
        for b in points[k + 1 :]
        if a[1] != b[1] and (b[1] in a[2] or a[1] in b[2])
    ]
    shares = []
    missing = []
    only_in = wrong_only_in = 0
    for number, main, citing, wrong in recall:
        reporting = stating.get(main, set())
        point = briefing.points[number - 1]
        if len(point.citations) == 1 and not getattr(point, "possible_sources", 0):
            only_in += 1  # the briefing says "only in" its source
            wrong_only_in += bool(reporting - citing)
        share = len(citing & reporting) / len(reporting) if reporting else 1.0
        shares.append(share)
        if reporting - citing:
            missing.append((number, main, sorted(d[:3] for d in reporting - citing), wrong))
        elif wrong:
            missing.append((number, main, [], wrong))
    return {
        "points": len(briefing.points),
        "duplicates": duplicates,
        "restated": restated,
        "precision": (right, cited),
        "recall": round(sum(shares) / len(shares), 6) if shares else 1.0,
        "full_recall": sum(1 for s in shares if s >= 1.0),
        "missing": missing,
        "only_in": (wrong_only_in, only_in),
        "unknown": unknown,
    }


def _sentence_spans(briefing: Briefing) -> dict[str, list[tuple[int, int, str]]]:
    """Each document's sentences as the pipeline splits them: (start, end, text)."""
    from summarizer.clean import clean_cluster
    from summarizer.split import split_documents

    spans: dict[str, list[tuple[int, int, str]]] = {d.id: [] for d in briefing.documents}
    for sentence in split_documents(clean_cluster(briefing.documents)):
        spans[sentence.doc_id].append((sentence.start, sentence.end, sentence.text))
    return spans


def _stated(
    facts: dict[str, list[str]], spans: list[tuple[int, int, str]], start: int, end: int
) -> list[str] | None:
    """The facts a cited span states: its sentence's, or the union of the sentences it covers
    (a citation read across two sentences); None when one of them is not annotated."""
    stated: list[str] = []
    covered = [text for s, e, text in spans if start <= s and e <= end]
    for text in covered:
        found = facts.get(key(text))
        if found is None:
            return None
        stated += [fact for fact in found if fact not in stated]
    return stated if covered else None


def _by_document(
    spans: dict[str, list[tuple[int, int, str]]], facts: dict[str, list[str]]
) -> dict[str, list[list[str]]]:
    """Each document's annotated sentences (``_sentence_spans``): their fact lists."""
    found: dict[str, list[list[str]]] = {}
    for doc_id, sentences in spans.items():
        for _, _, text in sentences:
            stated = facts.get(key(text))
            if stated is not None:
                found.setdefault(doc_id, []).append(stated)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, nargs="+", default=[100, 150, 250])
    parser.add_argument("--show", action="store_true", help="print each point's main fact")
    parser.add_argument(
        "--pairs", action="store_true", help="also brief each two of the three articles"
    )
    args = parser.parse_args(argv)
    annotation = json.loads(ANNOTATION.read_text(encoding="utf-8"))
    facts = {k: v["facts"] for k, v in annotation["sentences"].items()}
    paths = sorted(str(p) for p in (SHARED / "seeds").glob("*.txt"))
    documents = load_documents(*paths)
    clusters = [documents]
    if args.pairs:
        clusters += [list(pair) for pair in combinations(documents, 2)]
    total_right = total_cited = 0
    totals = {"duplicates": 0, "only_in_wrong": 0, "only_in": 0, "points": 0}
    recalls: list[float] = []
    for cluster in clusters:
        if len(clusters) > 1:
            print("articles " + ", ".join(str(d.id)[:3] for d in cluster) + ":")
        for words in args.words:
            briefing = summarize(cluster, max_words=words)
            found = read(briefing, facts)
            right, cited = found["precision"]
            total_right += right
            total_cited += cited
            totals["duplicates"] += len(found["duplicates"])
            totals["only_in_wrong"] += found["only_in"][0]
            totals["only_in"] += found["only_in"][1]
            totals["points"] += found["points"]
            recalls.append(found["recall"])
            _report(words, briefing, found, facts, show=args.show)
    if total_cited:
        print(f"all budgets: citation precision {total_right / total_cited:.2f}")
    if len(clusters) > 1:
        print(
            f"all clusters and budgets: {totals['points']} points; same-fact duplicates "
            f"{totals['duplicates']}; mean recall {sum(recalls) / len(recalls):.2f}; "
            f"'only in' wrong {totals['only_in_wrong']} of {totals['only_in']}"
        )
    return 0


def _report(
    words: int, briefing: Briefing, found: dict[str, Any], facts: dict[str, list[str]], show: bool
) -> None:
    """Print one briefing's reading."""
    right, cited = found["precision"]
    print(
        f"{words} words: {found['points']} points; same-fact duplicates "
        f"{len(found['duplicates'])}; citation precision {right}/{cited}; "
        f"recall {found['recall']:.2f} ({found['full_recall']} points cite every article); "
        f"'only in' wrong {found['only_in'][0]} of {found['only_in'][1]}"
    )
    if show:
        for number, point in enumerate(briefing.points, start=1):
            stated = facts.get(key(point.text), ["(not annotated)"])
            print(f"   {number}. [{len(point.citations)}] {stated[0]}")
    for a, b, fact in found["duplicates"]:
        print(f"   duplicate: points {a} and {b} both state: {fact}")
    for a, b, fact in found["restated"]:
        print(f"   restated: points {a} and {b} share: {fact}")
    for number, main, absent, wrong in found["missing"]:
        if absent:
            print(f"   point {number} ({main}) does not cite: {', '.join(absent)}")
        for line in wrong:
            print(f"   point {number} ({main}) cites a sentence of another fact: {line}")
    for text in found["unknown"]:
        print(f"   not in the annotation (split changed?): {' '.join(text.split())[:90]}")


if __name__ == "__main__":
    sys.exit(main())
