#!/usr/bin/env python
"""Speed and scale benchmarks: every figure is a ratio or a curve measured in one run.

    python benchmarks/speed.py large   [--scale K] [--repeat R] [--stages]
    python benchmarks/speed.py paired  --against TREE [--rounds N]
    python benchmarks/speed.py memory  [--scales 1 4 16]
    python benchmarks/speed.py since   [--scales 1 4 16 64] [--new N] [--repeat R]
    python benchmarks/speed.py startup [--repeat R]
    python benchmarks/speed.py peers   [--repeat R]
    python benchmarks/speed.py batch   [--dataset FILE] [--jobs 1 2] [--dask-workers 2]

large    all documents of ../shared/benchmarks/*.jsonl as one cluster (K copies, distinct ids):
         summarize(..., max_words=250) against a regex sentence split + scikit-learn
         TfidfVectorizer(stop_words="english", ngram_range=(1, 2)) over the same text, same process,
         after imports; --stages times each pipeline stage on its own.
paired   ``large`` for this tree and another checkout (TREE, e.g. a ``git worktree`` of the commit
         before), each in a long-lived process of its own, the two trees' summaries and
         baselines run in turn for N rounds (the order swapped every round): each round's ratio
         is read against a baseline measured beside it, and the median of the rounds is the
         figure. On a shared machine one run's baseline moves by a third; the rounds see the
         same moments for both trees.
memory   ``large --scale K`` in a fresh subprocess per K: peak RSS (ru_maxrss) and time per size.
since    ``summarize(new, since=earlier)`` as the earlier articles grow: new is DUC 2007 update B's
         first cluster (and the first N DUC 2007 main articles with --new N), earlier the first
         10 x K articles of its update A cluster, the other update A clusters and DUC 2006; CPU
         of the call, of ``since._nearest_earlier`` within it (every new sentence against every
         earlier one, a block at a time) and of the new articles summarised alone.
startup  ``summarizer --help`` and a summary of ../shared/seeds, whole process, wall and CPU.
peers    sumy LexRank and TextRank (given our sentence splitter) against summarize on the sample
         articles x1 and x10, same process, after imports (pip install sumy; not a dependency).
batch    ``summarizer batch`` throughput (clusters/s) at each --jobs and on a local Dask cluster.

Wall time is what the issue asks for; CPU time (user+sys of this process) is printed beside it
because a shared machine's load moves wall time, not CPU time. Data is read by path, never copied.
Our per-process word caches (stems, cleaning terms) are emptied before every timed run of ours, so
a repeat does the work of a first run. ``startup`` also times importing scikit-learn's
TfidfVectorizer and nltk's Porter stemmer alone (the floor under any summary made with them);
``peers`` also times one bare TF-IDF vectorisation of the same text (the ceiling on the speed-up
any scikit-learn TF-IDF summariser can have over a peer).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SUMMARIZER_SHARED", REPO.parent / "shared"))
BENCHMARKS = SHARED / "benchmarks"
SEEDS = SHARED / "seeds"
sys.path.insert(0, str(REPO))

# The baseline's sentence splitter: end punctuation, then whitespace (what "a regex split" means).
_REGEX_SPLIT = re.compile(r"(?<=[.!?])\s+")


# ------------------------------------------------------------------------------------ helpers


class Clock:
    """Wall and CPU seconds of a block."""

    def __enter__(self) -> Clock:  # noqa: PYI034 - a plain helper, never subclassed
        self.wall0, self.cpu0 = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall0
        self.cpu = time.process_time() - self.cpu0


def forget_words() -> None:
    """Empty the per-process caches of words (stems, cleaning terms) outside the timed region.

    Every timed run of ours then pays for the stemming of its own vocabulary, as a first run in
    a fresh process would; without this, repeats after the first would look faster than a user
    summarising new text ever sees.
    """
    from summarizer import langdetect, lexicon, pipeline, same, sidebar

    for cache in lexicon._STEM_CACHES.values():
        cache.clear()
    langdetect._owners().clear()  # the words of the openings, looked up once per process
    sidebar._term.cache_clear()
    same.figures.cache_clear()  # a sentence's figures, read once per process
    same.shares.cache_clear()  # and its shares
    # The figures' parts, each read once per process: conversions in brackets, a sentence's
    # tokens, figures with their places, each count's clause and the clauses' words, a
    # sentence's place and year, its clock times, and the character grams of its names.
    for read in (
        same.conversions,
        same._figure_tokens,
        same._figure_spans,
        same._counted,
        same._clause_contents,
        same._setting,
        same._clock_times,
        same._character_grams,
    ):
        read.cache_clear()
    same._CHUNKS.clear()  # the relation's analysis of each chunk of text, once per process
    pipeline._title_kind.cache_clear()  # why each title names no event, once per process


def best_of(
    repeat: int, fn: Callable[[], object], setup: Callable[[], None] | None = None
) -> tuple[float, float]:
    """(min wall, min CPU) seconds of ``fn`` over ``repeat`` runs (``setup`` untimed before each)."""
    walls, cpus = [], []
    for _ in range(repeat):
        if setup is not None:
            setup()
        with Clock() as c:
            fn()
        walls.append(c.wall)
        cpus.append(c.cpu)
    return min(walls), min(cpus)


def load_large(scale: int = 1) -> list[Any]:
    """Every benchmark document as one cluster, ``scale`` copies with distinct ids."""
    from summarizer import Document

    base: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(BENCHMARKS.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                base.extend((f"{record['id']}/{d['id']}", d) for d in record["documents"])
    return [
        Document(
            text=d["text"],
            id=f"{doc_id}#{copy}" if copy else doc_id,
            title=d.get("title"),
            source=d.get("source"),
            date=d.get("date"),
        )
        for copy in range(scale)
        for doc_id, d in base
    ]


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def baseline(texts: list[str]) -> object:
    """Regex sentence split + TfidfVectorizer(stop_words="english", ngram_range=(1, 2))."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    sentences = [s for text in texts for s in _REGEX_SPLIT.split(text) if s.strip()]
    return TfidfVectorizer(stop_words="english", ngram_range=(1, 2)).fit_transform(sentences)


def emit(result: dict[str, Any]) -> None:
    print(json.dumps(result, indent=1))


# -------------------------------------------------------------------------------------- large


def cmd_large(args: argparse.Namespace) -> dict[str, Any]:
    from summarizer import summarize

    with Clock() as load_clock:
        docs = load_large(args.scale)
    texts = [d.text for d in docs]
    # Imports and one-time set-up (stemmer, splitter models) before any timing.
    summarize(docs[:3], max_words=50)
    baseline(texts[:3])
    base_wall, base_cpu = best_of(args.repeat, lambda: baseline(texts))
    clean = not args.no_clean
    made: list[Any] = []
    ours_wall, ours_cpu = best_of(
        args.repeat,
        lambda: made.append(summarize(docs, max_words=args.max_words, clean=clean)),
        setup=forget_words,
    )
    briefing = made[-1]  # the timed briefing itself, so the sanity figures describe what was timed
    result: dict[str, Any] = {
        "benchmark": "large",
        "scale": args.scale,
        "clean": clean,
        "documents": len(docs),
        "characters": sum(map(len, texts)),
        "regex_sentences": sum(len([s for s in _REGEX_SPLIT.split(t) if s.strip()]) for t in texts),
        "load_s": round(load_clock.wall, 2),
        "baseline_wall_s": round(base_wall, 3),
        "baseline_cpu_s": round(base_cpu, 3),
        "summarize_wall_s": round(ours_wall, 3),
        "summarize_cpu_s": round(ours_cpu, 3),
        "ratio_wall": round(ours_wall / base_wall, 3),
        "ratio_cpu": round(ours_cpu / base_cpu, 3),
        "target_ratio": 1.5,
        "sanity_points": len(briefing.points),
        "sanity_words": briefing.word_count,
    }
    if args.stages:
        result["stages_cpu_s"] = stage_times(docs, args.max_words)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result


def stage_times(docs: list[Any], max_words: int) -> dict[str, float]:
    """CPU seconds of each stage, chained as summarizer.pipeline chains them."""
    from summarizer.clean import clean_cluster, clean_document
    from summarizer.order import order_points
    from summarizer.score import score_sentences
    from summarizer.select import select_mmr
    from summarizer.split import split_documents

    times: dict[str, float] = {}
    forget_words()  # each stage pays for its own words, as in a first run

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        start = time.process_time()
        value = fn()
        times[name] = round(time.process_time() - start, 3)
        return value

    timed("clean_documents", lambda: tuple(clean_document(d) for d in docs))
    # As the pipeline does it: every document, then the cluster-level off-topic pass.
    cleaned = timed("clean_cluster", lambda: clean_cluster(docs))
    times["clean_cluster_minus_documents"] = round(
        times["clean_cluster"] - times["clean_documents"], 3
    )
    sentences = timed("split", lambda: split_documents(cleaned))
    scored = timed("score", lambda: score_sentences(sentences))
    picks = timed("select", lambda: select_mmr(scored, max_words=max_words))
    timed("order", lambda: order_points(picks, cleaned))
    times["sentences"] = len(sentences)
    return times


# ------------------------------------------------------------------------------------- memory


def cmd_memory(args: argparse.Namespace) -> dict[str, Any]:
    rows = []
    for scale in args.scales:
        command = [
            sys.executable,
            __file__,
            "large",
            "--scale",
            str(scale),
            "--repeat",
            "1",
            *(["--no-clean"] if args.no_clean else []),
        ]
        with Clock() as c:
            done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"scale {scale} failed:\n{done.stderr}")
        child = json.loads(done.stdout)
        rows.append(
            {
                "scale": scale,
                "documents": child["documents"],
                "characters": child["characters"],
                "peak_rss_mb": child["peak_rss_mb"],
                "summarize_wall_s": child["summarize_wall_s"],
                "summarize_cpu_s": child["summarize_cpu_s"],
                "ratio_cpu_vs_baseline": child["ratio_cpu"],
                "process_wall_s": round(c.wall, 1),
            }
        )
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)  # each size as soon as it is known
    first = rows[0]
    for row in rows:
        row["rss_per_input_vs_1x"] = round(
            row["peak_rss_mb"] / first["peak_rss_mb"] / (row["scale"] / first["scale"]), 3
        )
        row["cpu_per_input_vs_1x"] = round(
            row["summarize_cpu_s"] / first["summarize_cpu_s"] / (row["scale"] / first["scale"]), 3
        )
    # Fixed cost (interpreter + numpy/scipy/sklearn/nltk) and slope, from the ends of the curve.
    last = rows[-1]
    slope = (
        (last["peak_rss_mb"] - first["peak_rss_mb"])
        / (last["characters"] - first["characters"])
        * 1e6
    )
    return {
        "benchmark": "memory",
        "rows": rows,
        "rss_mb_per_million_chars": round(slope, 1),
        "fixed_rss_mb": round(first["peak_rss_mb"] - slope * first["characters"] / 1e6, 1),
    }


# -------------------------------------------------------------------------------------- since


def _set_documents(name: str, tag: str = "") -> list[list[Any]]:
    """Each cluster of ``../shared/benchmarks/<name>.jsonl`` as Documents, ids ``cluster/doc``."""
    from summarizer import Document

    clusters = []
    with (BENCHMARKS / f"{name}.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            clusters.append(
                [
                    Document(
                        d["text"],
                        id=f"{record['id']}/{d['id']}{tag}",
                        title=d.get("title"),
                        source=d.get("source"),
                        date=d.get("date"),
                    )
                    for d in record["documents"]
                ]
            )
    return clusters


def cmd_since(args: argparse.Namespace) -> dict[str, Any]:
    from summarizer import since as since_module
    from summarizer import summarize

    new = _set_documents("duc2007_update_B")[0]
    if args.new:
        new += [d for cluster in _set_documents("duc2007_main") for d in cluster][: args.new]
    pool = [
        d
        for name in ("duc2007_update_A", "duc2006")
        for cluster in _set_documents(name)
        for d in cluster
    ]
    nearest = since_module._nearest_earlier
    spent = [0.0]

    def counted(*given: Any) -> Any:
        with Clock() as clock:
            found = nearest(*given)
        spent[0] += clock.cpu
        return found

    summarize(new[:2], max_words=50)  # imports and one-time set-up before any timing
    alone = best_of(args.repeat, lambda: summarize(new, max_words=100), setup=forget_words)[1]
    rows = []
    since_module._nearest_earlier = counted
    try:
        for scale in args.scales:
            earlier = pool[: 10 * scale]
            runs = []
            for _ in range(args.repeat):
                forget_words()
                spent[0] = 0.0
                with Clock() as clock:
                    summarize(new, max_words=100, since=earlier)
                runs.append((clock.cpu, spent[0]))
            cpu, in_nearest = min(runs)
            rows.append(
                {
                    "scale": scale,
                    "earlier_documents": len(earlier),
                    "earlier_characters": sum(len(d.text) for d in earlier),
                    "since_cpu_s": round(cpu, 3),
                    "nearest_earlier_cpu_s": round(in_nearest, 3),
                }
            )
            print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    finally:
        since_module._nearest_earlier = nearest
    return {
        "benchmark": "since",
        "new_documents": len(new),
        "new_characters": sum(len(d.text) for d in new),
        "alone_cpu_s": round(alone, 3),
        "rows": rows,
    }


# ------------------------------------------------------------------------------------ startup


def _child_run(command: list[str]) -> tuple[float, float]:
    """(wall, user+sys CPU) seconds of a whole child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def cmd_startup(args: argparse.Namespace) -> dict[str, Any]:
    exe = str(Path(sys.executable).with_name("summarizer"))
    cases = {
        "help": [exe, "--help"],
        "seeds_summary": [exe, str(SEEDS)],
        "python_noop": [sys.executable, "-c", "pass"],
        "import_summarizer": [sys.executable, "-c", "import summarizer"],
        # The floor of any summary made with the design's libraries: importing them, nothing else.
        "import_tfidf_and_porter": [
            sys.executable,
            "-c",
            (
                "from sklearn.feature_extraction.text import TfidfVectorizer; "
                "from nltk.stem.porter import PorterStemmer"
            ),
        ],
    }
    result: dict[str, Any] = {"benchmark": "startup", "repeat": args.repeat}
    for name, command in cases.items():
        runs = [_child_run(command) for _ in range(args.repeat)]
        result[name] = {
            "wall_min_s": round(min(w for w, _ in runs), 3),
            "wall_median_s": round(statistics.median(w for w, _ in runs), 3),
            "cpu_min_s": round(min(c for _, c in runs), 3),
        }
    result["targets_s"] = {"help": 0.3, "seeds_summary": 1.5}
    heavy = subprocess.run(
        [
            sys.executable,
            "-c",
            (
                "import sys, summarizer.cli; summarizer.cli.build_parser(); "
                "print(sorted({m.split('.')[0] for m in sys.modules} & "
                "{'sklearn', 'nltk', 'numpy', 'scipy', 'jinja2', 'joblib'}))"
            ),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    result["heavy_modules_at_help"] = heavy.stdout.strip()
    return result


# -------------------------------------------------------------------------------------- peers


class OurTokenizer:
    """sumy's tokenizer interface, backed by summarizer.split_sentences (sumy's needs punkt data)."""

    language = "english"
    _WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        from summarizer import split_sentences

        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(self._WORDS.findall(sentence))


def cmd_peers(args: argparse.Namespace) -> dict[str, Any]:
    try:
        from sumy.nlp.stemmers import Stemmer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer
        from sumy.utils import get_stop_words
    except ImportError as exc:
        raise SystemExit(
            f"peers needs sumy ({exc}); pip install sumy (a benchmark tool, not a dependency)"
        )
    from summarizer import summarize

    texts = seed_texts()
    if not texts:
        raise SystemExit(f"no sample articles in {SEEDS}")
    result: dict[str, Any] = {
        "benchmark": "peers",
        "repeat": args.repeat,
        "sentences": args.sentences,
    }
    tokenizer = OurTokenizer()
    peers = {}
    for name, cls in (("lexrank", LexRankSummarizer), ("textrank", TextRankSummarizer)):
        peer = cls(Stemmer("english"))
        peer.stop_words = get_stop_words("english")
        peers[name] = peer
    for factor in args.factors:
        cluster = texts * factor
        joined = "\n\n".join(cluster)
        summarize(cluster, max_sentences=args.sentences)  # warm: imports, splitter, stemmer
        ours = best_of(
            args.repeat,
            lambda cluster=cluster: summarize(cluster, max_sentences=args.sentences),
            setup=forget_words,
        )
        row: dict[str, Any] = {
            "documents": len(cluster),
            "summarizer_wall_s": round(ours[0], 4),
            "summarizer_cpu_s": round(ours[1], 4),
        }
        # The floor of any TF-IDF summariser: one bare vectorisation of the same sentences.
        floor = best_of(args.repeat, lambda cluster=cluster: baseline(cluster))
        row["tfidf_floor_wall_s"] = round(floor[0], 4)
        for name, peer in peers.items():

            def run_peer(peer: Any = peer, joined: str = joined) -> object:
                # Parsing is part of the peer's work, as splitting is part of ours.
                document = PlaintextParser.from_string(joined, tokenizer).document
                return peer(document, args.sentences)

            run_peer()
            wall, cpu = best_of(args.repeat, run_peer)
            row[f"{name}_wall_s"] = round(wall, 4)
            row[f"{name}_cpu_s"] = round(cpu, 4)
            row[f"{name}_speedup_wall"] = round(wall / ours[0], 1)
            row[f"{name}_speedup_cpu"] = round(cpu / ours[1], 1)
            row[f"{name}_speedup_ceiling_wall"] = round(wall / floor[0], 1)
        result[f"x{factor}"] = row
    result["target_speedup"] = 100
    return result


# -------------------------------------------------------------------------------------- batch


def _batch_once(dataset: Path, extra: list[str]) -> tuple[float, bytes]:
    with tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp) / "out.jsonl"
        command = [
            str(Path(sys.executable).with_name("summarizer")),
            "batch",
            str(dataset),
            "-o",
            str(output),
            "--max-words",
            "100",
            "--progress",
            "never",
            *extra,
        ]
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - start
        if done.returncode not in (0, 1):
            raise SystemExit(f"batch failed: {done.stderr}")
        return wall, output.read_bytes()


def cmd_batch(args: argparse.Namespace) -> dict[str, Any]:
    if args.dataset == "all":
        with tempfile.TemporaryDirectory() as tmp:
            combined = Path(tmp) / "all_benchmarks.jsonl"
            with combined.open("w", encoding="utf-8") as out:
                for path in sorted(BENCHMARKS.glob("*.jsonl")):
                    out.writelines(line for line in path.open(encoding="utf-8") if line.strip())
            args.dataset = str(combined)
            return cmd_batch(args)
    dataset = Path(args.dataset)
    clusters = sum(1 for line in dataset.open(encoding="utf-8") if line.strip())
    result: dict[str, Any] = {
        "benchmark": "batch",
        "dataset": dataset.name,
        "clusters": clusters,
        "note": "whole process: start-up and worker start included",
    }
    reference: bytes | None = None
    for jobs in args.jobs:
        wall, data = _batch_once(dataset, ["--jobs", str(jobs)])
        reference = reference or data
        result[f"jobs_{jobs}"] = {
            "wall_s": round(wall, 2),
            "clusters_per_s": round(clusters / wall, 3),
            "same_bytes_as_first": data == reference,
        }
    if args.dask_workers:
        try:
            from distributed import LocalCluster
        except ImportError:
            result["dask"] = "skipped: dask.distributed is not installed"
            return result
        with LocalCluster(
            n_workers=args.dask_workers,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=":0",  # a random port: 8787 may be taken by another run
            processes=True,
        ) as cluster:
            _batch_once(
                dataset, ["--scheduler", cluster.scheduler_address]
            )  # warm the workers' imports
            wall, data = _batch_once(dataset, ["--scheduler", cluster.scheduler_address])
        result[f"dask_{args.dask_workers}_workers"] = {
            "wall_s": round(wall, 2),
            "clusters_per_s": round(clusters / wall, 3),
            "same_bytes_as_first": data == reference,
            "note": "workers warm (second run)",
        }
    result["cpus"] = os.cpu_count()
    result["load_average_1m"] = round(os.getloadavg()[0], 2)
    return result


# ------------------------------------------------------------------------------------- paired

# A worker: the large cluster summarised with its tree's own summarizer and speed helpers (that
# tree's ``forget_words`` knows its caches), one timed job a line of standard input.
_PAIRED_WORKER = """
import json, os, sys, time
sys.path.insert(0, os.path.join(os.environ["TREE"], "benchmarks"))
import speed
from summarizer import summarize
docs = speed.load_large(1)
texts = [d.text for d in docs]
summarize(docs[:3], max_words=50)
speed.baseline(texts[:3])
print("ready", flush=True)
for line in sys.stdin:
    job = line.strip()
    if job == "ours":
        speed.forget_words()
        start = time.process_time()
        summarize(docs, max_words=int(os.environ["MAX_WORDS"]))
    elif job == "base":
        start = time.process_time()
        speed.baseline(texts)
    else:
        break
    print(json.dumps({"cpu": time.process_time() - start, "load": os.getloadavg()[0]}), flush=True)
"""


def cmd_paired(args: argparse.Namespace) -> dict[str, Any]:
    other = Path(args.against).resolve()
    if not (other / "summarizer").is_dir() or not (other / "benchmarks" / "speed.py").is_file():
        raise SystemExit(f"--against {other}: not a checkout of this repository; give its folder")
    trees = {"this": REPO, "against": other}
    workers: dict[str, subprocess.Popen[str]] = {}
    for name, tree in trees.items():
        env = dict(
            os.environ,
            TREE=str(tree),
            PYTHONPATH=str(tree),
            SUMMARIZER_SHARED=str(SHARED),
            MAX_WORDS=str(args.max_words),
        )
        worker = subprocess.Popen(
            [sys.executable, "-c", _PAIRED_WORKER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=tempfile.gettempdir(),  # not a tree: its summarizer must come from PYTHONPATH
        )
        assert worker.stdin is not None and worker.stdout is not None
        if worker.stdout.readline().strip() != "ready":
            raise SystemExit(f"the worker of {tree} did not start")
        workers[name] = worker
    times: dict[str, dict[str, list[float]]] = {
        name: {"ours": [], "base": [], "load": []} for name in trees
    }

    def run(name: str, job: str) -> None:
        worker = workers[name]
        assert worker.stdin is not None and worker.stdout is not None
        worker.stdin.write(job + "\n")
        worker.stdin.flush()
        answer = json.loads(worker.stdout.readline())
        times[name][job].append(answer["cpu"])
        times[name]["load"].append(answer["load"])

    for round_ in range(args.rounds):
        order = ("this", "against") if round_ % 2 == 0 else ("against", "this")
        for job in ("ours", "base"):
            for name in order:
                run(name, job)
    for worker in workers.values():
        assert worker.stdin is not None
        worker.stdin.write("stop\n")
        worker.stdin.flush()
        worker.wait()
    result: dict[str, Any] = {"benchmark": "paired", "rounds": args.rounds}
    for name, tree in trees.items():
        ours, base = times[name]["ours"], times[name]["base"]
        result[name] = {
            "tree": str(tree),
            "summarize_cpu_s": [round(x, 3) for x in ours],
            "baseline_cpu_s": [round(x, 3) for x in base],
            "median_ratio_cpu": round(statistics.median(o / b for o, b in zip(ours, base)), 3),
            "min_over_min_cpu": round(min(ours) / min(base), 3),
            "load_average_1m": [
                round(min(times[name]["load"]), 2),
                round(max(times[name]["load"]), 2),
            ],
        }
    result["target_ratio"] = 1.5
    return result


# --------------------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("large")
    p.add_argument("--scale", type=int, default=1)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--max-words", type=int, default=250)
    p.add_argument("--stages", action="store_true")
    p.add_argument("--no-clean", action="store_true", help="summarize(..., clean=False)")
    p = sub.add_parser("paired")
    p.add_argument("--against", required=True, help="another checkout of this repository")
    p.add_argument("--rounds", type=int, default=8)
    p.add_argument("--max-words", type=int, default=250)
    p = sub.add_parser("memory")
    p.add_argument("--scales", type=int, nargs="+", default=[1, 4, 16])
    p.add_argument(
        "--no-clean", action="store_true", help="summarize(..., clean=False) at every size"
    )
    p = sub.add_parser("since")
    p.add_argument("--scales", type=int, nargs="+", default=[1, 4, 16, 64])
    p.add_argument("--new", type=int, default=0, help="DUC 2007 main articles added to the new")
    p.add_argument("--repeat", type=int, default=2)
    p = sub.add_parser("startup")
    p.add_argument("--repeat", type=int, default=7)
    p = sub.add_parser("peers")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--factors", type=int, nargs="+", default=[1, 10])
    p.add_argument("--sentences", type=int, default=5)
    p = sub.add_parser("batch")
    p.add_argument(
        "--dataset",
        default=str(BENCHMARKS / "duc2004_dev.jsonl"),
        help='a JSON Lines file of clusters, or "all": every benchmark file as one input',
    )
    p.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    p.add_argument("--dask-workers", type=int, default=2)
    return parser.parse_args(argv)


COMMANDS: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "large": cmd_large,
    "paired": cmd_paired,
    "memory": cmd_memory,
    "since": cmd_since,
    "startup": cmd_startup,
    "peers": cmd_peers,
    "batch": cmd_batch,
}


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    result = COMMANDS[args.command](args)
    result["load_average_1m"] = round(os.getloadavg()[0], 2)
    emit(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
