#!/usr/bin/env python
"""Story grouping benchmark: quality (B-cubed), CPU against one TF-IDF fit, memory at 1x/4x/16x.

    python benchmarks/stories.py [quality] [cpu] [memory] [errors] [--repeat R] [--scales 1 4 16]

Data: the clusters of duc2004_dev, duc2006, duc2007_update_A and duc2007_main from
../shared/benchmarks, mixed; each cluster is one story, each article counted once (by id, in the
first cluster that has it): 2,082 articles, 108 stories. Read by path, never copied.

quality  B-cubed precision, recall and F1 of ``group_stories`` against the clusters, and two more
         views: "topic gold", where each duc2007_update_A set and its duc2007_main twin (the same
         NIST topic; after de-duplication the twin holds that topic's later articles) count as one
         story; and "3 per story", each story's three earliest articles only (small stories, as
         in feeds of 2-3 outlets), with topic gold, and without titles and dates (harder);
         "events, in the mix": the duc2004_dev articles (TDT events) as grouped within the
         whole mix, their groups counted whole (events among 2,082 articles: the views below
         are small, and a test that reads rarity as a share of the collection acts differently
         there); "events, 3 per story": the same for the duc2004_dev clusters only (TDT events of
         Oct-Dec 1998, no titles: the closest to a feed of events), with and without dates;
         "one per outlet": each story's earliest article from each outlet, stories with two
         outlets or more (235 articles, 93 stories of 2-3 outlets, the shape of a feed where
         each outlet files a story once), and its duc2004_dev events alone (26 articles, 13
         stories). "events of 2-3 outlets (proxy)": ``event_proxy``, small clusters of 2-3
         outlets' whole articles within a week, as small_clusters.py chooses them, up to three
         per DUC record a month apart, each one story (237 articles, 99 stories: the unseen
         set's shape, by event). Beside it the baseline: TF-IDF (full text, English stop
         words) average-link clustering at its best cosine threshold (a dense n-by-n matrix,
         fine for a benchmark of 2,082 articles, never in the package).
errors   The DUC mix's stories that ``group_stories`` splits (most pieces first) and its groups
         that mix stories (largest first): each article's story, group, date, outlet, title and
         heaviest terms. ``--view`` reads the "3 per story" or "one per outlet" view instead.
cpu      CPU (process_time, best of R) of ``group_stories`` over the mix against one
         ``TfidfVectorizer().fit`` over the same article texts, same process, after imports.
memory   ``group_stories`` over K copies of the mix in a fresh subprocess per K: peak RSS
         (ru_maxrss) before and after grouping, and CPU. Copy k > 0 suffixes every word but the
         stop words with ``x<k>``, so the copies share no term: K times the articles and stories, not K-times
         larger stories.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SUMMARIZER_SHARED", REPO.parent / "shared"))
BENCHMARKS = SHARED / "benchmarks"
SETS = ("duc2004_dev", "duc2006", "duc2007_update_A", "duc2007_main")
sys.path.insert(0, str(REPO))

from summarizer import Document
from summarizer.group import group_stories


def _document(d: dict[str, Any]) -> Document:
    """A benchmark record's article as a ``Document``."""
    return Document(
        text=d["text"], id=d["id"], title=d["title"], source=d["source"], date=d["date"]
    )


def load_mix(copies: int = 1) -> tuple[list[Document], list[str]]:
    """The DUC mix: articles (first occurrence of each id) and their story labels."""
    seen: set[str] = set()
    docs: list[Document] = []
    labels: list[str] = []
    for name in SETS:
        with (BENCHMARKS / f"{name}.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                for d in record["documents"]:
                    if d["id"] in seen:
                        continue
                    seen.add(d["id"])
                    docs.append(_document(d))
                    labels.append(record["id"])
    out, out_labels = list(docs), list(labels)
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    for k in range(1, copies):
        tag = f"x{k}"

        def retag(text: str, tag: str = tag) -> str:
            return re.sub(
                r"\w+", lambda m: m[0] if m[0].lower() in ENGLISH_STOP_WORDS else m[0] + tag, text
            )

        for doc, label in zip(docs, labels):
            out.append(
                Document(
                    text=retag(doc.text),
                    id=f"{doc.id}{tag}",
                    title=retag(doc.title) if doc.title else None,
                    source=doc.source,
                    date=doc.date,
                )
            )
            out_labels.append(label + tag)
    return out, out_labels


# Event proxy (``event_proxy``): small clusters per DUC record, and the days a second one must
# stand from the first (a later event of the topic, not more reports of the first one).
PROXY_GROUPS = 3
PROXY_APART_DAYS = 30
# A small cluster is kept only when its articles' dates lie within this many days (one event's
# coverage; a DUC topic's articles nearest in date may be weeks apart, features of the topic).
PROXY_SPAN_DAYS = 7


def event_proxy() -> tuple[list[Document], list[str]]:
    """A proxy of the unseen set (stories of 2-3 outlets each, titled, dated): from each DUC
    record of ``SETS``, small clusters of 2 or 3 outlets' whole articles near in date, as
    benchmarks/small_clusters.py chooses them (``choose_articles``: an anchor and each other
    outlet's article nearest it in date, the tightest groups first), all mixed; each small
    cluster is one story. A cluster is kept only when its dates lie within ``PROXY_SPAN_DAYS``
    (one event's coverage). A TDT record (DUC 2004, one event) gives one; a DUC 2006/2007 topic
    up to ``PROXY_GROUPS``, each at least ``PROXY_APART_DAYS`` from every article of those taken
    before (another event of the topic). An article already taken (update A / main twins share
    some) is left out; a cluster left with one article is dropped."""
    from small_clusters import choose_articles

    seen: set[str] = set()
    docs: list[Document] = []
    labels: list[str] = []
    for name in SETS:
        with (BENCHMARKS / f"{name}.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                event = record["id"].startswith("d3")
                groups = choose_articles(record, 1 if event else 4 * PROXY_GROUPS)
                taken: list[dict[str, object]] = []
                number = 0
                for group in groups:
                    if number == (1 if event else PROXY_GROUPS):
                        break
                    if any(_days_apart(d, t) < PROXY_APART_DAYS for d in group for t in taken):
                        continue
                    if any(_days_apart(d, e) > PROXY_SPAN_DAYS for d in group for e in group):
                        continue
                    kept = [d for d in group if d["id"] not in seen]
                    if len(kept) < 2:
                        continue
                    taken.extend(group)
                    for d in kept:
                        seen.add(d["id"])
                        docs.append(_document(d))
                        labels.append(f"{record['id']}.{number}")
                    number += 1
    return docs, labels


def _days_apart(a: dict[str, object], b: dict[str, object]) -> float:
    from datetime import date

    try:
        return abs((date.fromisoformat(str(a["date"])) - date.fromisoformat(str(b["date"]))).days)
    except ValueError:
        return 0.0


def topic_gold(labels: Sequence[str]) -> list[str]:
    """duc2007_update_A sets (``D07xxX-A``) joined to their duc2007_main twin (``D07xxX``)."""
    return [label.removesuffix("-A") for label in labels]


def three_per_story(
    docs: Sequence[Document], labels: Sequence[str]
) -> tuple[list[Document], list[str]]:
    by: dict[str, list[Document]] = defaultdict(list)
    for doc, label in zip(docs, labels):
        by[label].append(doc)
    out: list[Document] = []
    out_labels: list[str] = []
    for label, members in by.items():
        for doc in sorted(members, key=lambda d: (d.date or "", str(d.id)))[:3]:
            out.append(doc)
            out_labels.append(label)
    return out, out_labels


def one_per_outlet(
    docs: Sequence[Document], labels: Sequence[str]
) -> tuple[list[Document], list[str]]:
    """Each story's earliest article from each outlet, stories with two outlets or more."""
    seen: set[tuple[str, str | None]] = set()
    picked: list[tuple[Document, str]] = []
    for doc, label in sorted(zip(docs, labels), key=lambda p: (p[0].date or "", str(p[0].id))):
        if (label, doc.source) not in seen:
            seen.add((label, doc.source))
            picked.append((doc, label))
    outlets = Counter(label for _, label in picked)
    kept = [(doc, label) for doc, label in picked if outlets[label] >= 2]
    return [doc for doc, _ in kept], [label for _, label in kept]


def bcubed(
    predicted: Sequence[object], gold: Sequence[object], only: Sequence[int] | None = None
) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 (Bagga and Baldwin, 1998); averaged over the articles
    ``only`` when given (their groups still counted whole: a group's other articles count
    against their precision)."""
    sizes_p, sizes_g = Counter(predicted), Counter(gold)
    both = Counter(zip(predicted, gold))
    pairs = [(predicted[i], gold[i]) for i in (range(len(predicted)) if only is None else only)]
    n = len(pairs)
    precision = sum(both[(p, g)] / sizes_p[p] for p, g in pairs) / n
    recall = sum(both[(p, g)] / sizes_g[g] for p, g in pairs) / n
    return precision, recall, 2 * precision * recall / (precision + recall)


def labels_of(docs: Sequence[Document]) -> list[int]:
    story = {}
    for number, group in enumerate(group_stories(docs)):
        for doc in group:
            story[id(doc)] = number
    return [story[id(doc)] for doc in docs]


def baseline_labels(docs: Sequence[Document], threshold: float) -> list[int]:
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(stop_words="english").fit_transform([d.text for d in docs])
    distance = 1.0 - (matrix @ matrix.T).toarray()
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(np.clip(distance, 0, None), checks=False), method="average")
    return fcluster(tree, t=1.0 - threshold, criterion="distance").tolist()


def quality() -> None:
    docs, labels = load_mix()
    print(f"DUC mix: {len(docs)} articles, {len(set(labels))} stories")
    predicted = labels_of(docs)
    rows = [("group_stories", predicted, labels), ("  topic gold", predicted, topic_gold(labels))]
    in_mix = [i for i, label in enumerate(labels) if label.startswith("d3")]
    small_docs, small_labels = three_per_story(docs, labels)
    small = labels_of(small_docs)
    rows.append(("  3 per story", small, small_labels))
    rows.append(("    topic gold", small, topic_gold(small_labels)))
    bare = [replace(doc, title=None, date=None) for doc in small_docs]
    rows.append(("    no titles, no dates", labels_of(bare), small_labels))
    events = [i for i, label in enumerate(small_labels) if label.startswith("d3")]
    event_docs = [small_docs[i] for i in events]
    event_labels = [small_labels[i] for i in events]
    rows.append(("  events, 3 per story", labels_of(event_docs), event_labels))
    undated = [replace(doc, date=None) for doc in event_docs]
    rows.append(("    no dates", labels_of(undated), event_labels))
    outlet_docs, outlet_labels = one_per_outlet(docs, labels)
    rows.append(("  one per outlet", labels_of(outlet_docs), outlet_labels))
    outlet_events = [i for i, label in enumerate(outlet_labels) if label.startswith("d3")]
    outlet_event_docs = [outlet_docs[i] for i in outlet_events]
    outlet_event_labels = [outlet_labels[i] for i in outlet_events]
    rows.append(("    events", labels_of(outlet_event_docs), outlet_event_labels))
    proxy_docs, proxy_labels = event_proxy()
    proxy = labels_of(proxy_docs)
    rows.append(("events of 2-3 outlets (proxy)", proxy, proxy_labels))
    rows.append(("  topic gold", proxy, [label.split(".")[0] for label in proxy_labels]))
    best = max(
        ((t, baseline_labels(docs, t)) for t in (0.04, 0.06, 0.08, 0.1, 0.12, 0.15)),
        key=lambda item: bcubed(item[1], labels)[2],
    )
    rows.append((f"baseline avg-link t={best[0]}", best[1], labels))
    rows.append(("  topic gold", best[1], topic_gold(labels)))
    small_best = max(
        ((t, baseline_labels(small_docs, t)) for t in (0.04, 0.06, 0.08, 0.1, 0.12, 0.15)),
        key=lambda item: bcubed(item[1], small_labels)[2],
    )
    rows.append((f"  3 per story t={small_best[0]}", small_best[1], small_labels))
    event_best = max(
        ((t, baseline_labels(event_docs, t)) for t in (0.04, 0.06, 0.08, 0.1, 0.12, 0.15)),
        key=lambda item: bcubed(item[1], event_labels)[2],
    )
    rows.append((f"  events, 3 per story t={event_best[0]}", event_best[1], event_labels))
    for name, view_docs, view_labels in (
        ("one per outlet", outlet_docs, outlet_labels),
        ("  events", outlet_event_docs, outlet_event_labels),
        ("events of 2-3 outlets", proxy_docs, proxy_labels),
    ):
        view_best = max(
            (
                (t, baseline_labels(view_docs, t))
                for t in (0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3)
            ),
            key=lambda item: bcubed(item[1], view_labels)[2],
        )
        rows.append((f"  {name} t={view_best[0]}", view_best[1], view_labels))
    print(f"{'':32} {'P':>6} {'R':>6} {'F1':>6} {'stories':>8}")
    for name, pred, gold in rows:
        p, r, f = bcubed(pred, gold)
        print(f"{name:32} {p:6.3f} {r:6.3f} {f:6.3f} {len(set(pred)):8d}")
        if name == "  topic gold" and pred is predicted:
            p, r, f = bcubed(predicted, labels, in_mix)
            print(f"{'  events, in the mix':32} {p:6.3f} {r:6.3f} {f:6.3f}")


def errors(view: str, limit: int) -> None:
    """Print the split stories and the mixed groups of ``view``, the worst first."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    from summarizer.group import _article_text

    docs, labels = load_mix()
    if view == "3-per-story":
        docs, labels = three_per_story(docs, labels)
    elif view == "one-per-outlet":
        docs, labels = one_per_outlet(docs, labels)
    predicted = labels_of(docs)
    p, r, f = bcubed(predicted, labels)
    print(
        f"{view}: {len(docs)} articles, {len(set(labels))} stories; P {p:.3f} R {r:.3f} F1 {f:.3f}"
    )
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=2)
    matrix = vectorizer.fit_transform([_article_text(doc) for doc in docs]).tocsr()
    vocabulary = vectorizer.get_feature_names_out()

    def show(i: int) -> str:
        row = matrix[i]
        terms = " ".join(vocabulary[row.indices[np.argsort(-row.data, kind="stable")[:7]]])
        doc = docs[i]
        title = (doc.title or "-")[:48]
        return (
            f"    {labels[i]:9} g{predicted[i]:<4} {doc.date} {doc.source:4} {title:48} | {terms}"
        )

    members: dict[object, list[int]] = defaultdict(list)
    groups: dict[int, list[int]] = defaultdict(list)
    for i, (story, group) in enumerate(zip(labels, predicted)):
        members[story].append(i)
        groups[group].append(i)
    split = sorted(
        ((len({predicted[i] for i in idx}), story) for story, idx in members.items()),
        key=lambda item: (-item[0], str(item[1])),
    )
    print("\nsplit stories (pieces, story):")
    for pieces, story in split[:limit]:
        if pieces > 1:
            print(f"  {story}: {pieces} pieces")
            for i in sorted(members[story], key=lambda i: (predicted[i], docs[i].date or "")):
                print(show(i))
    mixed = sorted(
        ((len(idx), group) for group, idx in groups.items() if len({labels[i] for i in idx}) > 1),
        key=lambda item: (-item[0], item[1]),
    )
    print("\ngroups mixing stories (articles, group):")
    for size, group in mixed[:limit]:
        print(f"  g{group}: {size} articles, {dict(Counter(labels[i] for i in groups[group]))}")
        for i in sorted(groups[group], key=lambda i: (labels[i], docs[i].date or "")):
            print(show(i))


def cpu(repeat: int) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs, _ = load_mix()
    texts = [d.text for d in docs]
    group_stories(docs[:50])  # imports and first-call costs out of the timing
    TfidfVectorizer().fit(texts[:50])

    def best(run: object) -> float:
        times = []
        for _ in range(repeat):
            start = time.process_time()
            run()  # type: ignore[operator]
            times.append(time.process_time() - start)
        return min(times)

    ours = best(lambda: group_stories(docs))
    fit = best(lambda: TfidfVectorizer().fit(texts))
    print(
        f"CPU, best of {repeat}: group_stories {ours:.2f} s, TfidfVectorizer().fit {fit:.2f} s, "
        f"ratio {ours / fit:.2f}x (target <= 3x)"
    )


def memory(scales: Sequence[int]) -> None:
    print(
        f"{'copies':>6} {'articles':>9} {'RSS before MB':>14} {'peak MB':>8} {'grouping MB':>12} {'CPU s':>6}"
    )
    for scale in scales:
        out = subprocess.run(
            [sys.executable, __file__, "_memory_one", str(scale)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        n, before, peak, seconds = int(out[0]), float(out[1]), float(out[2]), float(out[3])
        print(f"{scale:6d} {n:9d} {before:14.0f} {peak:8.0f} {peak - before:12.0f} {seconds:6.2f}")


def _memory_one(scale: int) -> None:
    docs, _ = load_mix(scale)
    group_stories(docs[:20])
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.process_time()
    group_stories(docs)
    seconds = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(len(docs), before, peak, seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modes", nargs="*", default=["quality", "cpu", "memory"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument(
        "--view", choices=["mix", "3-per-story", "one-per-outlet"], default="mix", help="for errors"
    )
    parser.add_argument(
        "--limit", type=int, default=10, help="for errors: stories and groups shown"
    )
    args = parser.parse_args()
    if args.modes[:1] == ["_memory_one"]:
        _memory_one(int(args.modes[1]))
        return
    for mode in args.modes:
        {
            "quality": quality,
            "cpu": lambda: cpu(args.repeat),
            "memory": lambda: memory(args.scales),
            "errors": lambda: errors(args.view, args.limit),
        }[mode]()


if __name__ == "__main__":
    main()
