#!/usr/bin/env python3
"""The DUC 2007 update task (set B, new since set A): our rank, by halves, and the worst clusters.

Usage::

    python benchmarks/update_task.py                      # the table: all clusters and each half
    python benchmarks/update_task.py --grid NOVELTY_WEIGHT=0.5,1,1.5   # a sweep of a since constant
    python benchmarks/update_task.py --show 3             # worst clusters: ours, best peer, references
    python benchmarks/update_task.py --clusters           # per cluster: R-2, and background repeated
    python benchmarks/update_task.py --budgets            # also mean R-2 over budgets 50 to 200 words
    python benchmarks/update_task.py --missed 12          # what the references hold that we miss, and why

Each B record is summarised in 100 words as what is new since its ``background`` (set A)
articles (``summarize(documents, since=background)``), and scored as ``summarizer evaluate
--since-background`` scores it. Ten clusters are few, so a choice is validated across halves:
the clusters in sorted id order are split into the odd and the even ones; a setting chosen on
one half is checked on the other, and both halves are reported with our rank among the 24 NIST
peers in each. ``--grid`` sets a constant of ``summarizer.since`` (never another module).
One changed pick moves a cluster's R-2 by 3 to 8 points, so ``--budgets`` also scores each
setting at several budgets (summaries and references cut to each, as at 100): a better ranking
shows at most of them, one lucky pick at one; the mean over budgets is the smoother measure.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import sys
import textwrap
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# Run from a checkout without installing: the repository's own package comes first.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizer import pipeline, since
from summarizer.evaluate import Evaluation, _read_dataset, _Scorer, cut_words, evaluate
from summarizer.types import count_words

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"
BUDGET = 100
# The budgets of --budgets (words): the task's 100 and others around it; references are 57-100
# words long, so budgets past 100 score how well the next picks recall what they say.
BUDGETS = (50, 75, 100, 125, 150, 200)


def _halves(result: Evaluation) -> dict[str, frozenset[str]]:
    """All clusters, and the odd and even ones of sorted id order."""
    ids = sorted(score.cluster for score in result.ours.clusters)
    return {"all": frozenset(ids), "odd": frozenset(ids[0::2]), "even": frozenset(ids[1::2])}


def _rank(result: Evaluation, clusters: frozenset[str]) -> tuple[float, float, int, float]:
    """Our R-1 and R-2 recall over ``clusters``, our rank by R-2, and the best peer's R-2."""
    means: dict[str, tuple[float, float]] = {}
    for row in result.rows:
        chosen = [c.rouge for c in row.clusters if c.cluster in clusters]
        means[row.system] = (
            sum(r.rouge1_recall for r in chosen) / len(chosen),
            sum(r.rouge2_recall for r in chosen) / len(chosen),
        )
    r1, r2 = means["ours"]
    rank = 1 + sum(1 for name, (_, other) in means.items() if name != "ours" and other > r2)
    best_peer = max(other for name, (_, other) in means.items() if name != "ours")
    return r1, r2, rank, best_peer


def _line(label: str, result: Evaluation) -> str:
    cells = []
    for name, clusters in _halves(result).items():
        r1, r2, rank, best = _rank(result, clusters)
        cells.append(f"{name} {r1:5.2f}/{r2:5.2f} #{rank:<2d} (best peer {best:5.2f})")
    return f"{label:28s} " + "   ".join(cells)


def _show(result: Evaluation, path: Path, count: int) -> None:
    """Our summary beside the best peer's and the references, for the worst clusters."""
    best_peer = max(
        (row for row in result.rows if row.system != "ours"), key=lambda r: r.rouge.rouge2_recall
    )
    ours = {c.cluster: c.rouge.rouge2_recall for c in result.ours.clusters}
    peer = {c.cluster: c.rouge.rouge2_recall for c in best_peer.clusters}
    records = {cluster.id: cluster for cluster in _read_dataset(path, None)}
    summaries = {s.cluster: s for s in result.summaries}
    for cluster_id in sorted(ours, key=lambda c: ours[c] - peer[c])[:count]:
        record = records[cluster_id]
        print(
            f"\n=== {cluster_id}: ours R-2 {ours[cluster_id]:.2f}, peer {best_peer.system} {peer[cluster_id]:.2f}"
        )
        print("--- ours")
        for point in summaries[cluster_id].points:
            print(textwrap.fill(point, 100, initial_indent="* ", subsequent_indent="  "))
        print(f"--- peer {best_peer.system}")
        print(textwrap.fill(dict(record.peers)[best_peer.system], 100))
        for number, reference in enumerate(record.references):
            print(f"--- reference {number + 1}")
            print(textwrap.fill(reference, 100))


def _clusters(result: Evaluation, path: Path) -> None:
    """Per cluster: R-2 of ours and the best peer, and how much of each repeats the background.

    "Repeats" is the share of a summary's bigrams (ROUGE's tokens, cut to the budget) that occur
    somewhere in the cluster's background articles: for ours, the best peer and the references'
    mean. A summary that repeats the background more than the references do spends its budget
    on what the reader knew.
    """
    best_peer = max(
        (row for row in result.rows if row.system != "ours"), key=lambda r: r.rouge.rouge2_recall
    )
    ours = {c.cluster: c.rouge.rouge2_recall for c in result.ours.clusters}
    peer = {c.cluster: c.rouge.rouge2_recall for c in best_peer.clusters}
    records = {cluster.id: cluster for cluster in _read_dataset(path, None)}
    summaries = {s.cluster: "\n".join(s.points) for s in result.summaries}
    scorer = _Scorer()

    def repeats(text: str, known: set[tuple[str, str]]) -> float:
        bigrams = scorer.tokens(cut_words(text, BUDGET)).bigrams
        total = sum(bigrams.values())
        return sum(n for gram, n in bigrams.items() if gram in known) / max(total, 1)

    print(
        f"\n{'cluster':10s} {'R-2 ours':>8s} {'peer ' + best_peer.system:>8s}   repeats: ours  peer  refs"
    )
    sums = [0.0, 0.0, 0.0, 0.0, 0.0]
    for cluster_id in sorted(ours):
        record = records[cluster_id]
        known: set[tuple[str, str]] = set()
        for doc in record.background:
            known.update(scorer.tokens(doc.text).bigrams)
        refs = sum(repeats(r, known) for r in record.references) / len(record.references)
        row = (
            ours[cluster_id],
            peer[cluster_id],
            repeats(summaries[cluster_id], known),
            repeats(dict(record.peers)[best_peer.system], known),
            refs,
        )
        sums = [a + b for a, b in zip(sums, row)]
        print(
            f"{cluster_id:10s} {row[0]:8.2f} {row[1]:8.2f}            {row[2]:.2f}  {row[3]:.2f}  {row[4]:.2f}"
        )
    mean = [value / len(ours) for value in sums]
    print(
        f"{'mean':10s} {mean[0]:8.2f} {mean[1]:8.2f}            {mean[2]:.2f}  {mean[3]:.2f}  {mean[4]:.2f}"
    )


# The since stage's reasons for leaving a new sentence out as said (``--missed``).
_SAID = (since.REASON_ALREADY_SAID, since.REASON_RESTATED, since.REASON_RESTATED_HEADLINE)


def _reference_bigrams(scorer: _Scorer, references: list[Counter[Any]], text: str) -> int:
    """The bigrams of ``text`` (ROUGE's tokens) that the references hold, clipped, summed."""
    bigrams = scorer.tokens(text).bigrams
    return sum(min(n, reference[gram]) for reference in references for gram, n in bigrams.items())


@contextmanager
def _captured(stages: dict[str, Any]) -> Iterator[None]:
    """Within the block, ``stages`` holds the last since briefing's new sentences as the select
    stage reads them (``"final"``) and their relevance before the since stage (``"before"``)."""
    leave_out_said, select_mmr = pipeline.leave_out_said, pipeline.select_mmr

    def said(scored: Any, union: Any, **options: Any) -> Any:
        stages["before"] = scored.relevance
        return leave_out_said(scored, union, **options)

    def select(scored: Any, **options: Any) -> Any:
        stages["final"] = scored
        return select_mmr(scored, **options)

    pipeline.leave_out_said, pipeline.select_mmr = said, select  # type: ignore[assignment]
    try:
        yield
    finally:
        pipeline.leave_out_said, pipeline.select_mmr = leave_out_said, select_mmr


def _missed(path: Path, minimum: int) -> None:
    """Per cluster, the new sentences that hold at least ``minimum`` reference bigrams (ROUGE's
    tokens, clipped counts summed over the references cut to the budget) and no point shows, each
    with why it is not a point, then the count of each cause over the clusters.

    Causes: left out as already said (the since stage's reasons); ineligible (the score stage's
    reason); selection (eligible and at least as relevant as the least relevant point): no room
    (longer than the words the more relevant points left) or passed over (it fitted: passed over
    as a point's fact, or redundant by MMR); the novelty term (less relevant than every point, but
    not before the since stage lowered it); salience (less relevant than every point before the
    since stage too: the ranking, not the background, keeps it out).
    """
    import numpy as np

    scorer = _Scorer()
    causes: Counter[str] = Counter()
    stages: dict[str, Any] = {}
    for cluster in _read_dataset(path, None):
        with _captured(stages):
            briefing = pipeline.summarize(
                cluster.documents, max_words=BUDGET, since=cluster.background
            )
        scored, before = stages["final"], stages["before"]
        references = [scorer.tokens(cut_words(r, BUDGET)).bigrams for r in cluster.references]
        hits = functools.partial(_reference_bigrams, scorer, references)
        n = len(scored.sentences)
        eligible = np.ones(n, bool) if scored.eligible is None else np.asarray(scored.eligible)
        shown = {point.text for point in briefing.points}
        points = np.array([s.text in shown for s in scored.sentences])
        floor = float(scored.relevance[points].min()) if points.any() else 0.0
        floor_before = float(before[points].min()) if points.any() else 0.0
        rank = np.empty(n, dtype=np.int64)
        rank[np.argsort(-np.where(eligible, scored.relevance, -1.0), kind="stable")] = np.arange(n)
        found = sorted(
            ((hits(s.text), i) for i, s in enumerate(scored.sentences) if not points[i]),
            key=lambda item: (-item[0], item[1]),
        )
        print(
            f"\n=== {cluster.id}: points' reference bigrams {[hits(p.text) for p in briefing.points]}"
        )
        for count, i in found:
            if count < minimum:
                break
            reason = scored.reasons[i] if scored.reasons else ""
            sentence = scored.sentences[i]
            if reason in _SAID:
                cause = "already said"
            elif not eligible[i]:
                cause = f"ineligible: {reason}"
            elif scored.relevance[i] >= floor:
                # The words the more relevant points left it (MMR's order, near enough).
                above = points & (scored.relevance > scored.relevance[i])
                left = BUDGET - sum(
                    count_words(scored.sentences[j].text) for j in np.flatnonzero(above)
                )
                room = count_words(sentence.text) <= left
                cause = "selection: passed over" if room else "selection: no room"
            elif before[i] >= floor_before:
                cause = "novelty term"
            else:
                cause = "salience"
            causes[cause] += 1
            where = f"rank {rank[i]}" if eligible[i] else "ineligible"
            print(
                f"  {count:3d} bigrams  {where:>10s}  relevance {scored.relevance[i]:.2f}  "
                f"sentence {sentence.index:2d}  {cause[:40]}"
            )
            print(textwrap.indent(textwrap.fill(sentence.text, 96), "       "))
    print(f"\nwhy sentences with {minimum}+ reference bigrams are no point:")
    for cause, count in causes.most_common():
        print(f"  {count:4d}  {cause}")


def _budget_means(path: Path) -> dict[str, float]:
    """Our mean R-2 recall over ``BUDGETS`` for all clusters and each half (current constants)."""
    totals = {"all": 0.0, "odd": 0.0, "even": 0.0}
    for budget in BUDGETS:
        result = evaluate(path, max_words=budget, since_background=True, progress=False)
        for name, clusters in _halves(result).items():
            totals[name] += _rank(result, clusters)[1]
    return {name: total / len(BUDGETS) for name, total in totals.items()}


def _budget_line(label: str, means: dict[str, float]) -> str:
    cells = "   ".join(f"{name} {value:5.2f}" for name, value in means.items())
    return f"{label:28s} mean R-2 over budgets {'/'.join(map(str, BUDGETS))}: {cells}"


def _cross_validate(results: list[tuple[str, Evaluation]]) -> None:
    """Choose a setting on one half, report it on the other: both directions."""
    for tune, test in (("odd", "even"), ("even", "odd")):
        scored = [(_rank(r, _halves(r)[tune])[1], label, r) for label, r in results]
        best_r2, label, result = max(scored, key=lambda item: item[0])  # first of equals
        r1, r2, rank, peer = _rank(result, _halves(result)[test])
        print(
            f"tuned on {tune:4s} -> {label} ({best_r2:.2f}); on {test}: "
            f"{r1:.2f}/{r2:.2f} #{rank} (best peer {peer:.2f})"
        )


def main(argv: list[str] | None = None) -> int:
    """Print the update task's table (and a sweep, and the worst clusters); return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark folder")
    parser.add_argument(
        "--grid", action="append", default=[], metavar="NAME=V1,V2", help="sweep a since constant"
    )
    parser.add_argument(
        "--show",
        type=int,
        default=0,
        metavar="N",
        help="print the N worst clusters (current settings)",
    )
    parser.add_argument(
        "--budgets",
        action="store_true",
        help=f"also our mean R-2 over budgets {', '.join(map(str, BUDGETS))} (each setting)",
    )
    parser.add_argument(
        "--clusters",
        action="store_true",
        help="per cluster: R-2 beside the best peer, and the share of bigrams repeating the background",
    )
    parser.add_argument(
        "--missed",
        type=int,
        default=0,
        metavar="K",
        help="per cluster, the sentences with K+ reference bigrams that no point shows, and why",
    )
    args = parser.parse_args(argv)
    path = args.data / "duc2007_update_B.jsonl"
    if args.missed:
        _missed(path, args.missed)
        return 0
    grid = []
    for item in args.grid:
        name, _, values = item.partition("=")
        if not name.isupper() or not hasattr(since, name):
            parser.error(f"summarizer.since has no constant {name!r}")
        grid.append([(name, float(v)) for v in values.split(",")])
    results: list[tuple[str, Evaluation]] = []
    budget_means: list[tuple[str, dict[str, float]]] = []
    for setting in itertools.product(*grid) if grid else [()]:
        saved = {name: getattr(since, name) for name, _ in setting}
        for name, value in setting:
            setattr(since, name, value)
        label = " ".join(f"{name}={value:g}" for name, value in setting) or "current"
        try:
            result = evaluate(path, max_words=BUDGET, since_background=True, progress=False)
            if args.budgets:
                budget_means.append((label, _budget_means(path)))
        finally:
            for name, value in saved.items():
                setattr(since, name, value)
        results.append((label, result))
        print(_line(label, result), flush=True)
        if args.budgets:
            print(_budget_line(label, budget_means[-1][1]), flush=True)
    if len(results) > 1:
        _cross_validate(results)
    if len(budget_means) > 1:
        for tune, test in (("odd", "even"), ("even", "odd")):
            label, means = max(budget_means, key=lambda item: item[1][tune])  # first of equals
            print(
                f"over budgets, tuned on {tune:4s} -> {label} ({means[tune]:.2f}); "
                f"on {test}: {means[test]:.2f}"
            )
    if args.show or args.clusters:
        if grid:
            result = evaluate(path, max_words=BUDGET, since_background=True, progress=False)
        if args.clusters:
            _clusters(result, path)
        if args.show:
            _show(result, path, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
