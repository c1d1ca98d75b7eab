#!/usr/bin/env python3
"""One fact, one point, every source: measure and list how briefings attribute their facts.

Usage::

    python benchmarks/same_fact.py                       # DUC 2004 dev at 100 words + the seeds
    python benchmarks/same_fact.py --dataset duc2007_update_A --no-seeds
    python benchmarks/same_fact.py --no-dataset --seed-words 100 150 250

For a DUC set (``../shared/benchmarks/<name>.jsonl``, generic summaries): sources per point (the
mean number of articles a point cites), how many points say "only in X", the mean relation
probability of the non-primary citations, and every pair of points within one summary whose
same-statement probability is at least ``--min-pair`` (candidate same-fact duplicates, most
probable first, both texts printed so a human can judge them), then the pairs below it whose
smaller point shares at least ``--min-overlap`` of its content words with the other (a short point
restating part of a longer one, which a symmetric relation scores low). For the sample articles
(``../shared/seeds/*.txt`` as one cluster): the briefing at each ``--seed-words`` budget, every
point with its citations and the cited evidence sentence of each source, to be read fact by fact.
Data is read by path, never copied.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from itertools import combinations
from pathlib import Path

# Run from a checkout without installing: the repository's own package comes first.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizer import Briefing, Point, load_documents, summarize
from summarizer.evaluate import _read_dataset

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _relation() -> tuple[Callable[[str, str], float], float, str]:
    """The same-statement relation of the package: (probability of a pair, threshold, name)."""
    try:
        from summarizer.same import MODEL, same_statement
    except ImportError:  # before summarizer.same: the TF-IDF cosine the select stage used
        from summarizer.select import CITATION_THRESHOLD

        return _pair_cosine, CITATION_THRESHOLD, "TF-IDF cosine (stand-in)"
    from summarizer.select import CITATION_THRESHOLD

    return same_statement, CITATION_THRESHOLD, f"summarizer.same, model {MODEL!r}"


def _pair_cosine(a: str, b: str) -> float:
    """TF-IDF cosine of two sentences, the IDF from the pair (the stand-in relation)."""
    from summarizer.score import score_sentences
    from summarizer.types import Sentence

    scored = score_sentences([Sentence("a", 0, 0, len(a), a), Sentence("b", 0, 0, len(b), b)])
    return float((scored.matrix[0] @ scored.matrix[1].T).toarray()[0, 0])


def _symmetric(relation: Callable[[str, str], float], a: str, b: str) -> float:
    """The pair's probability read both ways (a relation may weigh containment one way)."""
    return max(relation(a, b), relation(b, a))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _containment(one: str, two: str) -> float:
    """Share of the smaller point's content terms (the score stage's stems) the other holds.

    A diagnostic beside the relation, not a decision: it finds a short point restating part of a
    longer one ("X has asked for Y's extradition" inside a sentence that adds who and why), which
    a symmetric relation scores low.
    """
    from summarizer.score import make_analyzer

    analyze = make_analyzer()
    a = {t for t in analyze(one) if " " not in t}
    b = {t for t in analyze(two) if " " not in t}
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small) if small else 0.0


def _in_cluster(briefing: Briefing) -> Callable[[Point, Point], float]:
    """The relation as the select stage reads it in this cluster (its topicality, its model):
    the larger of P(one states two's fact) and P(two states one's fact)."""
    from summarizer.score import score_sentences
    from summarizer.select import _statements
    from summarizer.split import split_documents

    scored = score_sentences(split_documents(list(briefing.documents)))
    relation = _statements(scored)
    where = {(s.doc_id, s.start, s.end): k for k, s in enumerate(scored.sentences)}

    def probability(one: Point, two: Point) -> float:
        i = where.get((one.doc_id, one.start, one.end))
        j = where.get((two.doc_id, two.start, two.end))
        if i is None or j is None:
            return 0.0
        return max(float(relation.probability(i)[j]), float(relation.probability(j)[i]))

    return probability


def report_dataset(
    name: str,
    max_words: int,
    min_pair: float,
    min_overlap: float,
    relation: Callable[[str, str], float],
    threshold: float,
) -> None:
    clusters = _read_dataset(SHARED / "benchmarks" / f"{name}.jsonl", None)
    points = cited = single = only = secondary = 0
    strength = 0.0
    pairs: list[tuple[float, str, str, str]] = []
    overlaps: list[tuple[float, float, str, str, str]] = []
    for cluster in clusters:
        briefing = summarize(cluster.documents, max_words=max_words)
        for point in briefing.points:
            points += 1
            cited += len(point.citations)
            single += len(point.citations) == 1
            # As the briefing says it: "only in" only when no other source may state the fact.
            only += len(point.citations) == 1 and not point.possible_sources
            for citation in point.evidence[1:]:
                secondary += 1
                strength += citation.similarity
        in_cluster = _in_cluster(briefing)
        for one, two in combinations(briefing.points, 2):
            probability = in_cluster(one, two)
            if probability >= min_pair:
                pairs.append((probability, cluster.id, one.text, two.text))
            else:
                overlap = _containment(one.text, two.text)
                if overlap >= min_overlap:
                    overlaps.append((overlap, probability, cluster.id, one.text, two.text))
    print(f"== {name} at {max_words} words: {len(clusters)} clusters, {points} points")
    print(f"sources per point {cited / points:.2f}")
    print(f"points citing one source {single} ({single / points:.1%})")
    print(f"points 'only in X' {only} ({only / points:.1%}; the others may be stated elsewhere)")
    if secondary:
        print(f"mean probability of the other sources' citations {strength / secondary:.3f}")
    same = sum(p >= threshold for p, *_ in pairs)
    clusters_with = len({c for p, c, *_ in pairs if p >= threshold})
    print(
        f"point pairs at or above the relation's threshold {threshold:.2f}: {same} "
        f"in {clusters_with} summaries; pairs at or above {min_pair:.2f} listed below"
    )
    for probability, cluster_id, one, two in sorted(pairs, key=lambda p: (-p[0], p[1])):
        print(f"\n{cluster_id}  p={probability:.3f}\n  1: {_flat(one)}\n  2: {_flat(two)}")
    print(
        f"\nfurther pairs below {min_pair:.2f} whose smaller point shares at least "
        f"{min_overlap:.0%} of its content words with the other: {len(overlaps)}"
    )
    for overlap, probability, cluster_id, one, two in sorted(overlaps, key=lambda p: (-p[0], p[2])):
        print(
            f"\n{cluster_id}  shared={overlap:.2f} p={probability:.3f}"
            f"\n  1: {_flat(one)}\n  2: {_flat(two)}"
        )
    print()


def print_briefing(briefing: Briefing, words: int) -> None:
    names = {s.id: s.outlet or s.title or s.id for s in briefing.sources}
    texts = {d.id: d.text for d in briefing.documents}
    total = len(briefing.sources)
    print(f"== seeds at {words} words: {len(briefing.points)} points, {briefing.word_count} words")
    for number, point in enumerate(briefing.points, start=1):
        n = len(point.citations)
        # As the briefing says it: "only in" only when no other source may state the fact.
        alone = n == 1 and not point.possible_sources
        marker = f"only in {names[point.citations[0]]}" if alone else f"{n} of {total} sources"
        print(f"\n{number}. {_flat(point.text)}  [{marker}]")
        for citation in point.evidence:
            evidence = _flat(str(texts[citation.doc_id])[citation.start : citation.end])
            role = "shown" if citation.doc_id == point.doc_id else f"p={citation.similarity:.3f}"
            print(f"   - {citation.doc_id} ({role}): {evidence}")
    print()


def report_seeds(budgets: Sequence[int]) -> None:
    paths = sorted(str(p) for p in (SHARED / "seeds").glob("*.txt"))
    documents = load_documents(*paths)
    for words in budgets:
        print_briefing(summarize(documents, max_words=words), words)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", default="duc2004_dev", help="benchmark file stem")
    parser.add_argument("--max-words", type=int, default=100)
    parser.add_argument("--min-pair", type=float, default=0.3, help="list point pairs from here")
    parser.add_argument(
        "--min-overlap", type=float, default=0.5, help="also list pairs sharing this many words"
    )
    parser.add_argument("--seed-words", type=int, nargs="+", default=[100, 150, 250])
    parser.add_argument("--no-dataset", action="store_true")
    parser.add_argument("--no-seeds", action="store_true")
    args = parser.parse_args(argv)
    relation, threshold, name = _relation()
    print(f"relation: {name}, threshold {threshold:.3f}\n")
    if not args.no_dataset:
        report_dataset(
            args.dataset, args.max_words, args.min_pair, args.min_overlap, relation, threshold
        )
    if not args.no_seeds:
        report_seeds(args.seed_words)
    return 0


if __name__ == "__main__":
    sys.exit(main())
