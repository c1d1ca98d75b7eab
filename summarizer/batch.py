"""Summarise many clusters: CLUSTERS.jsonl (one cluster a line) -> BRIEFINGS.jsonl (one briefing a line).

Input lines are cluster records ``{"id", "documents": [...], "query"?}`` (the DUC benchmark format
works as is). Output lines come in input order, one per cluster: ``{"id", "ok": true, "briefing":
...}`` or ``{"id", "ok": false, "error": "..."}``; a failing cluster never stops the others.

Each line is written whole and flushed, so an interrupted run leaves at most one partial last
line. Running the same command again resumes: finished clusters are read back from the output
and skipped, a partial last line is cut off and redone, and new lines are appended. The output
bytes are the same whether the run was interrupted or not, and whatever the number of jobs.

Parallel on one machine through joblib (``--jobs N``); on a Dask cluster through joblib's Dask
backend (``--scheduler tcp://host:port``, needs ``pip install 'dask[distributed]' joblib``).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, get_args

from .cli import positive_int as _positive_int
from .errors import ConfigError, InputError, ResourceError, SummarizerError
from .types import Briefing, Document

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .types import Order

__all__ = [
    "BatchFormat",
    "ClusterResult",
    "SchedulerError",
    "add_arguments",
    "read_clusters",
    "run",
    "summarize_many",
]

#: What a result's ``briefing`` holds: the ``Briefing`` itself, its ``to_dict()`` ("json"), or the
#: briefing rendered as HTML, Markdown or plain text.
BatchFormat = Literal["briefing", "json", "html", "md", "text"]
_CLI_FORMATS = ("json", "html", "md", "text")
# The progress bar's width in characters: fits an 80-column terminal with the counters.
PROGRESS_WIDTH = 30
# Seconds to wait for a Dask scheduler to answer before giving up with a clear error.
SCHEDULER_TIMEOUT = 30


class SchedulerError(SummarizerError, ConnectionError):
    """The Dask scheduler given with ``--scheduler`` cannot be reached."""


@dataclass(frozen=True, slots=True)
class ClusterResult:
    """The outcome of one cluster: a briefing, or the error that stopped it.

    ``briefing`` is a ``Briefing``, its ``to_dict()`` or a rendered string, as the
    ``output_format`` of ``summarize_many`` asked; ``None`` when ``ok`` is false.
    """

    id: str
    ok: bool
    briefing: Briefing | dict[str, object] | str | None = None
    error: str | None = None

    def to_json(self) -> str:
        """The result as one line of JSON (no newline): the ``summarizer batch`` output record."""
        record: dict[str, object] = {"id": self.id, "ok": self.ok}
        if self.ok:
            briefing = self.briefing
            record["briefing"] = briefing.to_dict() if isinstance(briefing, Briefing) else briefing
        else:
            record["error"] = self.error
        return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class _Settings:
    """What every cluster is summarised with (picklable, sent once per task to the workers)."""

    max_words: int | None
    max_sentences: int | None
    diversity: float | None
    use_query: bool
    order: str
    clean: bool
    output_format: str
    debug: bool = False


@dataclass(frozen=True, slots=True)
class _Task:
    """One input cluster: its record, or why the record could not be read."""

    id: str
    record: Mapping[str, object] | None
    error: str | None = None


# ----------------------------------------------------------------------------------- Python API


def summarize_many(
    clusters: Iterable[Mapping[str, object]],
    *,
    jobs: int = 1,
    max_words: int | None = None,
    max_sentences: int | None = None,
    diversity: float | None = None,
    use_query: bool = False,
    order: Order = "chronological",
    clean: bool = True,
    output_format: BatchFormat = "briefing",
    scheduler: str | None = None,
) -> Iterator[ClusterResult]:
    """Summarise many clusters, in parallel when asked; results come lazily, in input order.

    Parameters
    ----------
    clusters : iterable of mapping
        Cluster records ``{"id", "documents", "query"?}``. A document is a ``str``, a
        ``Document`` or a mapping with ``text`` and optional ``id``, ``title``, ``source``,
        ``date``, ``url``. A missing id becomes ``cluster-N`` (N = position, from 1).
    jobs : int, default 1
        Worker processes on this machine (joblib); 1 runs in this process. With ``scheduler``,
        the number of Dask tasks in flight; 1 (the default) means all the cluster's threads.
    max_words, max_sentences, diversity, order, clean
        As for ``summarizer.Summarizer``; ``diversity=None`` is its default.
    use_query : bool, default False
        Focus each briefing on its cluster's ``query`` (a string, or ``{"title", "narrative"}``
        as in DUC, read as ``title. narrative``); a cluster without one fails.
    output_format : {"briefing", "json", "html", "md", "text"}, default "briefing"
        What each result's ``briefing`` holds (see ``ClusterResult``).
    scheduler : str, optional
        Address of a Dask scheduler (``tcp://host:port``): run on that cluster through joblib's
        Dask backend. Needs ``dask[distributed]`` (``pip install 'dask[distributed]' joblib``).

    Yields
    ------
    ClusterResult
        One per cluster, in input order; a cluster that fails has ``ok=False`` and its error.
        Duplicate ids fail (every id after the first).

    Raises
    ------
    ConfigError
        A setting is out of range (checked once, before any cluster runs).
    ResourceError
        ``scheduler`` is given but dask is not installed.
    SchedulerError
        The scheduler cannot be reached.

    Examples
    --------
    >>> clusters = [{"id": "tram", "documents": [
    ...     "The council approved the tram line on Tuesday. Work starts in May.",
    ...     "On Tuesday the council approved the new tram line. It has eight stations."]}]
    >>> [(r.id, r.ok) for r in summarize_many(clusters, max_sentences=1)]
    [('tram', True)]
    """
    settings = _settings(
        max_words=max_words,
        max_sentences=max_sentences,
        diversity=diversity,
        use_query=use_query,
        order=order,
        clean=clean,
        output_format=output_format,
    )
    _check_jobs(jobs)
    tasks = _tasks((position, record, None) for position, record in enumerate(clusters, start=1))
    return _execute(tasks, settings, jobs, scheduler)


def read_clusters(path: str | os.PathLike[str]) -> Iterator[Mapping[str, object]]:
    """Read cluster records from a JSON Lines file, one at a time (the file is never held whole).

    Parameters
    ----------
    path : str or PathLike
        A ``.jsonl`` file, one cluster object a line; blank lines are skipped.

    Yields
    ------
    mapping
        The parsed records.

    Raises
    ------
    InputError
        The file cannot be read, or a line is not a JSON object.
    """
    for number, record, error in _read_lines(Path(path)):
        if error is not None:
            raise InputError(f"{path}: {error}")
        assert record is not None
        yield record


# ------------------------------------------------------------------------------------------ CLI


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the ``summarizer batch`` arguments on ``parser``."""
    parser.add_argument(
        "clusters",
        metavar="CLUSTERS.jsonl",
        help='one cluster a line: {"id", "documents": [...], "query"?} (the DUC JSONL format works)',
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="BRIEFINGS.jsonl",
        help="write the briefings here, one JSON line per cluster in input order; an existing "
        "file is resumed (finished clusters are skipped). Default: standard output",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        default=None,
        metavar="N",
        help="worker processes (default 1; with --scheduler, all the Dask cluster's threads)",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=_CLI_FORMATS,
        default="json",
        help="briefing field of each line: json (the briefing as an object, default), or the "
        "rendered html, md or text as a string",
    )
    parser.add_argument(
        "--max-words",
        type=_positive_int,
        metavar="N",
        help="word budget of each briefing (default 120 when no budget is given)",
    )
    parser.add_argument(
        "--max-sentences", type=_positive_int, metavar="N", help="sentence budget of each briefing"
    )
    parser.add_argument(
        "--diversity", type=float, metavar="X", help="MMR trade-off in [0, 1] (default 0.3)"
    )
    parser.add_argument(
        "--query",
        action="store_true",
        help="focus each briefing on its cluster's query (title. narrative); a cluster without one fails",
    )
    parser.add_argument(
        "--order",
        choices=("chronological", "score"),
        default="chronological",
        help="reading order of the points (default: chronological)",
    )
    parser.add_argument(
        "--no-clean", action="store_true", help="keep every line: do not remove non-prose"
    )
    parser.add_argument(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        help="run on this Dask cluster (needs: pip install 'dask[distributed]' joblib)",
    )
    parser.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="progress bar on stderr (default: only when stderr is a terminal)",
    )


def run(args: argparse.Namespace) -> int:
    """Run ``summarizer batch``; return 0 when every cluster succeeded, 1 when any failed.

    Raises
    ------
    InputError
        The clusters file is missing or unreadable, or the output is not a batch output.
    ConfigError
        A setting is out of range.
    """
    source = Path(args.clusters)
    if not source.is_file():
        raise InputError(f"{source}: no such file; give a JSON Lines file of clusters")
    settings = _settings(
        max_words=args.max_words,
        max_sentences=args.max_sentences,
        diversity=args.diversity,
        use_query=args.query,
        order=args.order,
        clean=not args.no_clean,
        output_format=args.format,
        debug=getattr(args, "debug", False),
    )
    if args.output:  # before any work: a -o suffix that is not JSON Lines, a device, a pipe
        from .cli import check_batch_output

        check_batch_output(Path(args.output), args.format)
    output = Path(args.output) if args.output else None
    done: Counter[str] = Counter()
    failed_before = 0
    if output is not None:
        if output.exists() and _same_file(output, source):
            raise InputError(f"refusing to write {output}: it is the input; choose another -o")
        if output.is_dir():
            raise InputError(f"cannot write {output}: it is a folder; give a file name for -o")
        done, failed_before = _resume_state(output)
    total = _count_lines(source)
    remaining = _skip_done(_tasks(_read_lines(source)), done)
    progress = _Progress(total, _progress_enabled(args.progress))
    progress.update(sum(done.values()))
    if done:
        print(
            f"summarizer batch: resuming {output}: {sum(done.values())} of {total} clusters already done",
            file=sys.stderr,
        )
    failed = failed_before
    handle = output.open("a", encoding="utf-8", newline="\n") if output else sys.stdout
    try:
        for result in _execute(remaining, settings, args.jobs or 0, args.scheduler):
            # One write of the whole line, then flush: a kill leaves at most a partial last line.
            handle.write(result.to_json() + "\n")
            handle.flush()
            failed += not result.ok
            progress.advance()
    finally:
        progress.close()
        if output is not None:
            handle.close()
    return 1 if failed else 0


# ----------------------------------------------------------------------------------- internals


def _settings(
    *,
    max_words: int | None,
    max_sentences: int | None,
    diversity: float | None,
    use_query: bool,
    order: str,
    clean: bool,
    output_format: str,
    debug: bool = False,
) -> _Settings:
    """Check the settings once, here, so that a bad one fails fast instead of failing every cluster."""
    from .pipeline import Summarizer

    if output_format not in get_args(BatchFormat):
        raise ConfigError(
            f"output_format must be one of {', '.join(get_args(BatchFormat))}; got {output_format!r}"
        )
    from .select import DEFAULT_DIVERSITY

    probe = Summarizer(
        max_words=max_words,
        max_sentences=max_sentences,
        order=order,  # type: ignore[arg-type]
        diversity=DEFAULT_DIVERSITY if diversity is None else diversity,
    )
    probe._validate()  # the pipeline's own checks, same messages as a single summary
    return _Settings(
        max_words,
        max_sentences,
        diversity,
        bool(use_query),
        order,
        bool(clean),
        output_format,
        debug,
    )


def _check_jobs(jobs: int) -> None:
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ConfigError(f"jobs must be a positive whole number; got {jobs!r}")


def _read_lines(path: Path) -> Iterator[tuple[int, Mapping[str, object] | None, str | None]]:
    """(line number, record or None, error or None) for every non-blank line, streamed."""
    try:
        handle = path.open("r", encoding="utf-8")
    except OSError as exc:
        raise InputError(
            f"{path}: cannot be read ({exc.strerror}); check the path and its permissions"
        ) from None
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield (
                        number,
                        None,
                        f"line {number} is not valid JSON ({exc.msg}); fix that line",
                    )
                    continue
                if not isinstance(record, Mapping):
                    yield (
                        number,
                        None,
                        f"line {number} is a JSON {type(record).__name__}, not a cluster object",
                    )
                    continue
                yield number, record, None
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{path}: is not UTF-8 text ({exc.reason}); re-save it as UTF-8"
            ) from None


def _tasks(items: Iterable[tuple[int, object, str | None]]) -> Iterator[_Task]:
    """Give every record its id (``cluster-N`` when missing); a repeated id becomes a failure."""
    first_seen: dict[str, int] = {}
    for position, record, error in items:
        raw = record.get("id") if isinstance(record, Mapping) else None
        if isinstance(raw, (str, int)) and not isinstance(raw, bool) and str(raw).strip():
            cluster_id = str(raw).strip()
        else:
            cluster_id = f"cluster-{position}"
        if error is None and not isinstance(record, Mapping):
            error = f"record {position} is a {type(record).__name__}, not a cluster object"
        if error is None and cluster_id in first_seen:
            error = (
                f"duplicate cluster id {cluster_id!r} (first at record {first_seen[cluster_id]}); "
                "give each cluster a unique id"
            )
        first_seen.setdefault(cluster_id, position)
        if error is not None or not isinstance(record, Mapping):
            yield _Task(cluster_id, None, error)
        else:
            yield _Task(cluster_id, record)


def _skip_done(tasks: Iterable[_Task], done: Counter[str]) -> Iterator[_Task]:
    """Drop the clusters the output already holds (as many of each id as it holds)."""
    left = Counter(done)
    for task in tasks:
        if left[task.id] > 0:
            left[task.id] -= 1
            continue
        yield task


def _resume_state(output: Path) -> tuple[Counter[str], int]:
    """Read a previous run's output: ids done and failures among them; cut a partial last line."""
    if not output.exists():
        return Counter(), 0
    try:
        data = output.read_bytes()
    except OSError as exc:
        raise InputError(
            f"{output}: cannot be read to resume ({exc.strerror}); check its permissions"
        ) from None
    complete = data.rfind(b"\n") + 1  # everything after the last newline is a partial line
    done: Counter[str] = Counter()
    failed = 0
    for number, line in enumerate(data[:complete].split(b"\n")[:-1], start=1):
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError):
            record = None
        if (
            not isinstance(record, dict)
            or not isinstance(record.get("id"), str)
            or "ok" not in record
        ):
            raise InputError(
                f"{output}: line {number} is not a 'summarizer batch' result, so the file cannot be "
                "resumed; choose another -o, or delete the file to start again"
            )
        done[record["id"]] += 1
        failed += record["ok"] is not True
    if complete < len(data):
        # The interrupted last line: cut it so that the cluster is redone and appended whole.
        with output.open("r+b") as handle:
            handle.truncate(complete)
    return done, failed


def _execute(
    tasks: Iterable[_Task], settings: _Settings, jobs: int, scheduler: str | None
) -> Iterator[ClusterResult]:
    """Run the tasks serially, on local processes, or on Dask; results in input order."""
    if scheduler:
        yield from _execute_dask(tasks, settings, jobs, scheduler)
        return
    if jobs <= 1:
        # In this process: no worker start-up, no pickling.
        for task in tasks:
            yield _run_cluster(task, settings)
        return
    from joblib import Parallel, delayed

    # return_as="generator": results stream back in input order while later clusters run, and
    # only 2 * jobs tasks are dispatched ahead, so memory stays flat however long the input.
    parallel = Parallel(n_jobs=jobs, return_as="generator")
    yield from parallel(delayed(_run_cluster)(task, settings) for task in tasks)


def _execute_dask(
    tasks: Iterable[_Task], settings: _Settings, jobs: int, scheduler: str
) -> Iterator[ClusterResult]:
    try:
        from distributed import Client
        from joblib import Parallel, delayed, parallel_config
    except ImportError as exc:
        from .errors import install_hint

        raise ResourceError(
            f"--scheduler needs dask.distributed, which is not installed ({exc}); "
            f"run {install_hint('dask')}"
        ) from exc
    try:
        client = Client(scheduler, timeout=SCHEDULER_TIMEOUT, set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise SchedulerError(
            f"cannot reach the Dask scheduler at {scheduler} ({exc}); check the address and that "
            "the scheduler is running"
        ) from exc
    try:
        with parallel_config(backend="dask", client=client):
            parallel = Parallel(n_jobs=jobs if jobs > 1 else -1, return_as="generator")
            yield from parallel(delayed(_run_cluster)(task, settings) for task in tasks)
    finally:
        client.close()  # type: ignore[no-untyped-call]


def _run_cluster(task: _Task, settings: _Settings) -> ClusterResult:
    """Summarise one cluster; any error becomes a failed result (re-raised with ``debug``)."""
    if task.record is None:
        return ClusterResult(task.id, False, error=task.error)
    try:
        return ClusterResult(task.id, True, briefing=_summarize_record(task, settings))
    except SummarizerError as exc:
        if settings.debug:
            raise
        return ClusterResult(task.id, False, error=" ".join(str(exc).split()))
    except Exception as exc:  # one cluster's bug must not stop a long batch
        if settings.debug:
            raise
        message = " ".join(str(exc).split())
        return ClusterResult(
            task.id,
            False,
            error=f"internal error ({type(exc).__name__}: {message}); "
            "rerun with --debug for the traceback and report it",
        )


def _summarize_record(task: _Task, settings: _Settings) -> Briefing | dict[str, object] | str:
    from .pipeline import Summarizer
    from .select import DEFAULT_DIVERSITY

    assert task.record is not None
    documents = _documents(task.record.get("documents"), task.id)
    query = _query(task.record.get("query"), task.id) if settings.use_query else None
    briefing = Summarizer(
        max_words=settings.max_words,
        max_sentences=settings.max_sentences,
        query=query,
        order=settings.order,  # type: ignore[arg-type]
        clean=settings.clean,
        diversity=DEFAULT_DIVERSITY if settings.diversity is None else settings.diversity,
    ).summarize(documents)
    if settings.output_format == "briefing":
        return briefing
    if settings.output_format == "json":
        return briefing.to_dict()
    from .render import render

    return render(briefing, settings.output_format)  # type: ignore[arg-type]


def _documents(value: object, cluster_id: str) -> list[Document]:
    if not isinstance(value, (list, tuple)) or not value:
        raise InputError(
            f'cluster {cluster_id!r} has no "documents" list; give each line '
            '{"id": ..., "documents": [{"text": ...}, ...]}'
        )
    documents: list[Document] = []
    for number, item in enumerate(value, start=1):
        if isinstance(item, Document):
            documents.append(item)
        elif isinstance(item, str):
            documents.append(Document(text=item))
        elif isinstance(item, Mapping) and isinstance(item.get("text"), str):
            documents.append(
                Document(
                    text=item["text"],
                    id=_text_field(item.get("id")),
                    title=_text_field(item.get("title")),
                    source=_text_field(item.get("source")),
                    date=_text_field(item.get("date")),
                    url=_text_field(item.get("url")),
                )
            )
        else:
            raise InputError(
                f"cluster {cluster_id!r}, document {number}: a document must be a string or an object "
                f'with a "text" string; got {type(item).__name__}'
            )
    return documents


def _text_field(value: object) -> str | None:
    if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
        return str(value).strip()
    return None


def _query(value: object, cluster_id: str) -> str:
    if isinstance(value, str) and value.strip():
        return value
    if isinstance(value, Mapping):
        text = ". ".join(
            str(value[k]).strip() for k in ("title", "narrative") if isinstance(value.get(k), str)
        )
        if text.strip(". "):
            return text
    raise InputError(
        f'cluster {cluster_id!r} has no "query"; drop --query or add a query to that cluster'
    )


def _count_lines(path: Path) -> int:
    """Non-blank lines of the file, for the progress bar (a fast pass over the bytes)."""
    count = 0
    with path.open("rb") as handle:
        for line in handle:
            count += bool(line.strip())
    return count


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _progress_enabled(mode: str) -> bool:
    if mode != "auto":
        return mode == "always"
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # replaced or closed streams
        return False


class _Progress:
    """A one-line progress bar on stderr with clusters per second, redrawn in place."""

    def __init__(self, total: int, enabled: bool) -> None:
        self._total = total
        self._enabled = enabled
        self._done = 0
        self._new = 0
        self._start = time.perf_counter()

    def update(self, done: int) -> None:
        """Set the count of finished clusters (those of a resumed run included)."""
        self._done = done
        self._draw()

    def advance(self) -> None:
        """One more cluster finished in this run."""
        self._done += 1
        self._new += 1
        self._draw()

    def _draw(self) -> None:
        if not self._enabled:
            return
        filled = PROGRESS_WIDTH * self._done // max(self._total, 1)
        bar = "#" * filled + "." * (PROGRESS_WIDTH - filled)
        elapsed = time.perf_counter() - self._start
        rate = self._new / elapsed if elapsed > 0 else math.nan
        sys.stderr.write(
            f"\rbatch [{bar}] {self._done}/{self._total} {rate:5.2f}/s {elapsed:6.1f}s"
        )
        sys.stderr.flush()

    def close(self) -> None:
        """End the bar's line."""
        if self._enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()
