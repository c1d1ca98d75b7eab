"""Summarise many clusters: CLUSTERS.jsonl (one cluster a line) -> BRIEFINGS.jsonl (one briefing a line).

Input lines are cluster records ``{"id", "documents": [...], "query"?}`` (the DUC benchmark format
works as is). Output lines come in input order, one per cluster: ``{"id", "ok": true, "briefing":
...}`` or ``{"id", "ok": false, "error": "..."}``; a failing cluster never stops the others.

An output file (``-o``) starts with a header line ``{"summarizer": "batch", "settings": {...}}``
that records the settings. Each line is written whole and flushed, so an interrupted run leaves at
most one partial last line. Running the same command again resumes: finished clusters are read
back from the output and skipped, a partial last line is cut off and redone, and new lines are
appended; a resume with other settings is refused, and so is a second run while another is
writing the file (a lock). The output bytes are the same whether the run was interrupted or not,
and whatever the number of jobs.

Parallel on one machine through joblib (``--jobs N``); on a Dask cluster through joblib's Dask
backend (``--scheduler tcp://host:port``, needs ``pip install 'dask[distributed]' joblib``).
"""

from __future__ import annotations

import argparse
import codecs
import json
import math
import os
import socket
import stat
import sys
import threading
import time
import warnings
from collections import Counter
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TextIO, get_args

from .cli import _escape_controls_json, add_briefing_arguments, escape_controls
from .errors import ConfigError, InputError, ResourceError, SummarizerError
from .params import PARAMETERS, shows_progress
from .records import (
    TEXT_KEYS,
    json_lines,
    query_problem,
    query_text,
    read_documents,
    replace_surrogates,
)
from .types import Briefing, Document

if TYPE_CHECKING:  # pragma: no cover - typing only
    from distributed import Client

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
    ``output_format`` of ``summarize_many`` asked; ``None`` when ``ok`` is false. ``warnings``
    holds what the summariser warned of for this cluster, a line each (a word budget no
    sentence fits, a query it ignored: ``pipeline.EmptyBriefingWarning``,
    ``pipeline.IgnoredQueryWarning``), caught where the cluster ran, in a worker or not.
    """

    id: str
    ok: bool
    briefing: Briefing | dict[str, object] | str | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()

    def to_json(self) -> str:
        """The result as one line of JSON (no newline): the ``summarizer batch`` output record."""
        record: dict[str, object] = {"id": self.id, "ok": self.ok}
        if self.ok:
            briefing = self.briefing
            record["briefing"] = briefing.to_dict() if isinstance(briefing, Briefing) else briefing
        else:
            record["error"] = self.error
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        # A lone surrogate (half of a "\\ud83d" pair in the input) has no UTF-8 form: U+FFFD.
        # C1 controls, which json.dumps leaves raw, as \u escapes: the same value, and a line
        # shown in a terminal cannot act on it.
        return _escape_controls_json(replace_surrogates(line))


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
    # The pid of the process that runs the batch: a local worker exits when it is gone.
    parent: int | None = None

    def header(self) -> dict[str, object]:
        """The settings an output file records, named as the command's options."""
        from .select import DEFAULT_DIVERSITY

        return {
            "format": self.output_format,
            "max-words": self.max_words,
            "max-sentences": self.max_sentences,
            "diversity": DEFAULT_DIVERSITY if self.diversity is None else self.diversity,
            "query": self.use_query,
            "order": self.order,
            "clean": self.clean,
        }


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
    PARAMETERS["jobs"].add_argument(parser, short="-j")
    parser.add_argument(
        "-f",
        "--format",
        choices=_CLI_FORMATS,
        default="json",
        help="briefing field of each line: json (the briefing as an object, default), or the "
        "rendered html, md or text as a string",
    )
    add_briefing_arguments(
        parser, "--max-words", "--max-sentences", "--diversity", briefing="each briefing"
    )
    parser.add_argument(
        "--query",
        action="store_true",
        help=PARAMETERS["use_query"].help,  # batch's flag is --query, not --use-query
    )
    add_briefing_arguments(parser, "--order", "--no-clean", briefing="each briefing")
    parser.add_argument(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        help="run on this Dask cluster (needs: pip install 'dask[distributed]' joblib)",
    )
    PARAMETERS["progress"].add_argument(parser)


def run(args: argparse.Namespace) -> int:
    """Run ``summarizer batch``; return 0 when every cluster succeeded, 1 when any failed.

    When any failed, one line on stderr says how many and where their errors are.

    Raises
    ------
    InputError
        The clusters file is missing or unreadable, or the output is not a batch output, is
        being written by another run, or was written with other settings.
    ConfigError
        A setting is out of range.
    """
    source = Path(args.clusters)
    if not str(args.clusters).strip():
        raise InputError("the clusters path is empty; give a JSON Lines file of clusters")
    if str(args.clusters) == "-" and not source.is_file():
        # The other commands read "-" as standard input; batch counts its clusters before it
        # starts and reads them again to resume, which a pipe cannot give twice.
        raise InputError(
            "- (standard input): batch reads its clusters from a file, not from what is piped "
            "in (it counts them first, and a rerun resumes from them); save them to a file "
            "(... > clusters.jsonl) and give its path"
        )
    if source.is_dir():
        raise InputError(f"{source}: is a folder; give a JSON Lines file of clusters")
    if not source.is_file():
        raise InputError(f"{source}: no such file; give a JSON Lines file of clusters")
    _check_utf8(source)
    total = _count_lines(source)
    if not total:  # before -o is created: nothing to summarise is an input error, not a success
        raise InputError(
            f'{source}: holds no clusters; give one cluster a line: {{"id": ..., "documents": [...]}}'
        )
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
        from .cli import check_batch_output, check_file_name

        check_file_name(args.output, "briefings.jsonl")
        check_batch_output(Path(args.output), args.format)
    if args.jobs and args.jobs > 1 and not args.scheduler and args.jobs > _cpu_count():
        print(
            f"summarizer: warning: -j {args.jobs} is more than the {_cpu_count()} CPUs "
            f"here; running {_cpu_count()}",
            file=sys.stderr,
        )
    output = Path(args.output) if args.output else None
    done: Counter[str] = Counter()
    failed_before = 0
    handle = sys.stdout
    if output is None and handle is None:  # closed (>&-): Python has no stream for it
        raise InputError(
            "standard output is closed, so the briefings cannot be written there; write them "
            "with -o FILE"
        )
    before: int | None = None  # the output's size before this run; None: no file
    wrote = False
    finished = 0  # clusters the output holds (those done by an earlier run, then this run's)
    if output is not None:
        before = _size(output)
        handle, done, failed_before = _open_output(output, source, settings)
        finished = sum(done.values())
    try:
        remaining = _skip_done(_tasks(_read_lines(source)), done)
        progress = _Progress(total, shows_progress(args.progress))
        progress.update(sum(done.values()))
        if done:
            print(
                escape_controls(
                    f"summarizer batch: resuming {output}: {sum(done.values())} of {total} "
                    "clusters already done"
                ),
                file=sys.stderr,
            )
        failed = failed_before
        first_error: str | None = None
        results = _execute(remaining, settings, args.jobs or 0, args.scheduler)
        try:
            for result in results:
                # One write of the whole line, then flush: a kill leaves at most a partial last line.
                handle.write(result.to_json() + "\n")
                handle.flush()
                wrote = True
                finished += 1
                for said in result.warnings:
                    progress.note(f"summarizer: warning: cluster {result.id!r}: {said}")
                if not result.ok:
                    failed += 1
                    first_error = first_error or f"{result.id}: {result.error}"
                progress.advance()
        finally:
            results.close()  # now, not when collected: workers stop before the run's message
            progress.close()
    except BaseException as exc:
        if output is not None and not wrote:
            # A run that failed before its first cluster (a Dask scheduler out of reach, Ctrl-C)
            # leaves the output as it found it: no file of its own holding only the header.
            _undo_header(output, handle, before)
        elif output is not None and isinstance(exc, KeyboardInterrupt):
            # Its lines are whole, and read as a finished output: say it is not, and the fix (an
            # error says "run it again" in its own line).
            print(
                escape_controls(
                    f"summarizer batch: {output} holds {finished} of {total} clusters, not all; "
                    "run the same command again to finish it (the clusters done are kept)"
                ),
                file=sys.stderr,
            )
        raise
    finally:
        if output is not None:
            handle.close()  # also releases the lock
    if failed:
        where = output if output is not None else "standard output"
        first = f" (first: {first_error})" if first_error else ""
        print(
            escape_controls(
                f"summarizer: error: {failed} of {total} clusters failed{first}; the error of "
                f'each is in its record in {where} ("ok": false)'
            ),
            file=sys.stderr,
        )
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
        clean=clean,
    )
    probe._validate()  # the pipeline's own checks, same messages as a single summary
    PARAMETERS["use_query"].check(use_query)  # bool("no") is True: asked every cluster's query
    return _Settings(
        max_words,
        max_sentences,
        diversity,
        use_query,
        order,
        clean,
        output_format,
        debug,
    )


def _check_jobs(jobs: int) -> None:
    PARAMETERS["jobs"].check(jobs)


def _read_lines(path: Path) -> Iterator[tuple[int, Mapping[str, object] | None, str | None]]:
    """(line number, record or None, error or None) for every non-blank line, streamed.

    Lines end at ``\\n`` only (a ``\\r`` inside a line is JSON white space, not a line end), a
    UTF-8 byte-order mark before the first line is ignored, and a line that cannot be read (not
    UTF-8, not JSON, nested too deeply, a number too long to convert) is that line's error.
    """
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(
            f"{path}: cannot be read ({exc.strerror}); check the path and its permissions"
        ) from None
    with handle:
        for number, record, error in json_lines(handle):
            if error is None and not isinstance(record, Mapping):
                error = f"line {number} is a JSON {type(record).__name__}, not a cluster object"
            yield number, record if isinstance(record, Mapping) else None, error


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


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
        if error is None and _too_deep(record):
            # Python cannot send it to a worker (pickle recurses), nor would a cluster need it.
            error = (
                f"record {position} is nested more than {MAX_DEPTH} levels deep; "
                "give a flat cluster object"
            )
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


# Nesting depth allowed in a cluster record: DUC records are 4 deep; pickling a worker's task
# recurses once per level and fails near 1,000.
MAX_DEPTH = 100


def _too_deep(value: object) -> bool:
    """Whether lists and objects nest more than ``MAX_DEPTH`` levels (checked without recursion)."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        if isinstance(item, Mapping):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend((child, depth + 1) for child in item)
    return False


def _skip_done(tasks: Iterable[_Task], done: Counter[str]) -> Iterator[_Task]:
    """Drop the clusters the output already holds (as many of each id as it holds)."""
    left = Counter(done)
    for task in tasks:
        if left[task.id] > 0:
            left[task.id] -= 1
            continue
        yield task


# The first line of an output file: what wrote it, and with which settings.
_HEADER_KEY = "summarizer"
# How the header line opens, as ``_open_output`` writes it (compact JSON, this key first).
_HEADER_START = b'{"' + _HEADER_KEY.encode() + b'":"batch"'


def _open_output(
    output: Path, source: Path, settings: _Settings
) -> tuple[TextIO, Counter[str], int]:
    """Open ``output`` to append, locked; read what a previous run finished there.

    Returns the handle, the ids done (with their counts) and the failures among them. A new or
    empty file gets the header line.
    """
    try:
        info = output.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise InputError(f"cannot write {output} ({exc.strerror}); choose another -o") from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"cannot write {output}: it is a folder; give a file name for -o")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(
                f"cannot write {output}: it is not a regular file (a device, pipe or socket); "
                "batch writes a file it can resume: give a file name for -o, or leave -o out "
                "for standard output"
            )
        if _same_file(output, source):
            raise InputError(f"refusing to write {output}: it is the input; choose another -o")
    try:
        fd = os.open(output, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o666)
    except OSError as exc:
        raise InputError(
            f"cannot write {output} ({exc.strerror}); choose a writable output path"
        ) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced since the check above
            raise InputError(f"cannot write {output}: it is not a regular file; choose another -o")
        _lock(fd, output)
        done, failed, complete, size = _resume_state(fd, output, settings)
        if complete < size:
            # The interrupted last line: cut it so that the cluster is redone and appended whole.
            os.ftruncate(fd, complete)
        handle = os.fdopen(fd, "a", encoding="utf-8", newline="\n")
    except BaseException:
        os.close(fd)
        raise
    if complete == 0:
        header = {_HEADER_KEY: "batch", "settings": settings.header()}
        handle.write(json.dumps(header, separators=(",", ":")) + "\n")
        handle.flush()
    return handle, done, failed


def _size(output: Path) -> int | None:
    """The size of ``output`` before a run opens it; ``None`` when nothing is at that path (a
    link to no file is the user's: 0, as an empty file)."""
    if not os.path.lexists(output):
        return None
    try:
        return output.stat().st_size
    except OSError:  # a link to no file, or not readable (_open_output says why)
        return 0


def _undo_header(output: Path, handle: TextIO, before: int | None) -> None:
    """Undo what ``_open_output`` wrote to ``output`` when no cluster followed: remove the file it
    made (``before`` is None), or empty again a file that was empty; a file that held a previous
    run's lines is left as it is. Done while the lock is held, so no other run sees it half
    undone."""
    try:
        handle.flush()
        if before is None:
            output.unlink()
        elif before == 0:
            os.ftruncate(handle.fileno(), 0)
    except OSError:  # the error being raised says what went wrong; this is tidying only
        pass


def _lock(fd: int, output: Path) -> None:
    """Hold an exclusive lock on the output while this run writes it (released on close or death)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: no lock
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise InputError(
            f"another 'summarizer batch' run is writing {output}; wait for it to finish, "
            "or choose another -o"
        ) from None
    except OSError:  # a file system without locks: go on unlocked
        return


def _resume_state(fd: int, output: Path, settings: _Settings) -> tuple[Counter[str], int, int, int]:
    """Read a previous run's output: ids done, failures, the length of its whole lines, its size."""
    chunks: list[bytes] = []
    offset = 0
    while chunk := os.pread(fd, 1 << 20, offset):
        chunks.append(chunk)
        offset += len(chunk)
    data = b"".join(chunks)
    complete = data.rfind(b"\n") + 1  # everything after the last newline is a partial line
    done: Counter[str] = Counter()
    failed = 0
    foreign = (
        f"{output}: line {{}} is not a 'summarizer batch' result, so the file cannot be "
        "resumed; choose another -o, or delete the file to start again"
    )
    if (
        complete == 0
        and data
        and not (data.startswith(_HEADER_START) or _HEADER_START.startswith(data))
    ):
        # No whole line: a run killed while writing its header leaves part of it, and only
        # that is cut. Anything else is a file of the user's without a newline at its end.
        raise InputError(foreign.format(1))
    for number, line in enumerate(data[:complete].split(b"\n")[:-1], start=1):
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            record = None
        if number == 1:
            if not isinstance(record, dict) or record.get(_HEADER_KEY) != "batch":
                raise InputError(foreign.format(number))
            _check_same_settings(record.get("settings"), settings, output)
            continue
        if (
            not isinstance(record, dict)
            or not isinstance(record.get("id"), str)
            or "ok" not in record
        ):
            raise InputError(foreign.format(number))
        done[record["id"]] += 1
        failed += record["ok"] is not True
    return done, failed, complete, len(data)


def _check_same_settings(recorded: object, settings: _Settings, output: Path) -> None:
    wanted = settings.header()
    if not isinstance(recorded, dict):
        recorded = {}
    for name, value in wanted.items():
        if recorded.get(name, "(unknown)") != value:
            raise InputError(
                f"{output} was written with --{name} {_show(recorded.get(name))}, this run has "
                f"--{name} {_show(value)}; resume with the same settings, or choose another -o"
            )


def _show(value: object) -> str:
    return "(not given)" if value is None else json.dumps(value)


def _execute(
    tasks: Iterable[_Task], settings: _Settings, jobs: int, scheduler: str | None
) -> Generator[ClusterResult, None, None]:
    """Run the tasks serially, on local processes, or on Dask; results in input order."""
    if scheduler:
        yield from _execute_dask(tasks, settings, jobs, scheduler)
        return
    if jobs > 1:
        # A worker per CPU at most: more only multiply the memory (each imports scikit-learn).
        jobs = min(jobs, _cpu_count())
    if jobs <= 1:
        # In this process: no worker start-up, no pickling.
        for task in tasks:
            yield _run_cluster(task, settings)
        return
    from joblib import Parallel, delayed

    settings = replace(settings, parent=os.getpid())
    # return_as="generator": results stream back in input order while later clusters run, and
    # only 2 * jobs tasks are dispatched ahead, so memory stays flat however long the input.
    parallel = Parallel(n_jobs=jobs, return_as="generator")
    results = parallel(delayed(_run_cluster)(task, settings) for task in tasks)
    try:
        for result in results:  # noqa: UP028 - "yield from" would close it unguarded
            yield result
    finally:
        # Stopped part-way (Ctrl-C, a disk error while a record was written): joblib warns that
        # it cancelled the clusters under way, two lines beside the run's own one.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", _CANCELLED_WARNING, UserWarning)
            results.close()


# joblib's warning when its generator of results is closed early (Parallel._warn_exit_early):
# "N tasks have been successfully executed but not used", "N tasks which were still being
# processed by the workers have been cancelled", or both.
_CANCELLED_WARNING = (
    r"\d+ tasks (?:have been successfully executed +but not used|which were still being processed)"
)


def _cpu_count() -> int:
    """The CPUs this process may use (joblib's count: affinity and container quotas included)."""
    from joblib import cpu_count

    return max(1, int(cpu_count()))


def dask_client(scheduler: str, option: str = "--scheduler") -> Client:
    """A ``distributed.Client`` of the Dask scheduler at ``scheduler`` (the caller closes it).

    Raises
    ------
    ResourceError
        dask.distributed is not installed (``option`` names what needs it).
    SchedulerError
        The scheduler cannot be reached within ``SCHEDULER_TIMEOUT``.
    """
    try:
        from distributed import Client
    except ImportError as exc:
        from .errors import install_hint

        raise ResourceError(
            f"{option} needs dask.distributed, which is not installed ({exc}); "
            f"run {install_hint('dask')}"
        ) from exc
    _check_address(scheduler)
    _check_greeting(scheduler)
    try:
        return Client(scheduler, timeout=SCHEDULER_TIMEOUT, set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise SchedulerError(
            f"cannot reach the Dask scheduler at {scheduler} ({exc}); check the address and that "
            "the scheduler is running"
        ) from exc


def _check_address(scheduler: str) -> None:
    """Refuse a malformed address before a ``Client`` is made (a half-made one waits to close)."""
    from distributed.comm.addressing import parse_address, parse_host_port

    try:
        scheme, location = parse_address(scheduler)
        if scheme in ("tcp", "tls"):
            parse_host_port(location)
    except (ValueError, TypeError) as exc:
        raise SchedulerError(
            f"{scheduler!r} is not a Dask scheduler address ({exc}); give tcp://host:port"
        ) from exc


def _check_greeting(scheduler: str) -> None:
    """Refuse a tcp:// server that does not greet as a Dask scheduler does within the timeout.

    A scheduler writes its greeting as soon as it accepts a connection; distributed's ``Client``
    then waits for it with no time limit, so at a port whose server waits for the client to
    speak first (a web server, such as the scheduler's dashboard on 8787) it waited for ever.
    A connection that fails is left to ``Client``, whose error says why.
    """
    from distributed.comm.addressing import parse_address, parse_host_port

    scheme, location = parse_address(scheduler)
    if scheme != "tcp":
        return
    host, port = parse_host_port(location)
    try:
        with socket.create_connection((host, port), timeout=SCHEDULER_TIMEOUT) as probe:
            probe.recv(1)
    except TimeoutError:
        raise SchedulerError(
            f"the server at {scheduler} does not answer as a Dask scheduler (no greeting within "
            f"{SCHEDULER_TIMEOUT} s); check the address: the scheduler's port (8786 unless set), "
            "not its dashboard's (8787)"
        ) from None
    except OSError:
        pass


def _execute_dask(
    tasks: Iterable[_Task], settings: _Settings, jobs: int, scheduler: str
) -> Iterator[ClusterResult]:
    client = dask_client(scheduler)
    from joblib import Parallel, delayed, parallel_config

    try:
        with parallel_config(backend="dask", client=client):
            parallel = Parallel(n_jobs=jobs if jobs > 1 else -1, return_as="generator")
            yield from parallel(delayed(_run_cluster)(task, settings) for task in tasks)
    finally:
        client.close()  # type: ignore[no-untyped-call]


def _run_cluster(task: _Task, settings: _Settings) -> ClusterResult:
    """Summarise one cluster; any error becomes a failed result (re-raised with ``debug``)."""
    if settings.parent is not None and settings.parent != os.getpid():
        _watch_parent(settings.parent)
    if task.record is None:
        return ClusterResult(task.id, False, error=task.error)
    try:
        briefing, said = _summarize_caught(task, settings)
        return ClusterResult(task.id, True, briefing=briefing, warnings=said)
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


# Seconds between a local worker's checks that the batch process is still alive.
_PARENT_POLL = 1.0
_watching: list[int] = []


def _watch_parent(parent: int) -> None:
    """In a local worker: exit when the batch process is gone (``kill -9`` leaves no orphans)."""
    if _watching:
        return
    _watching.append(parent)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_PARENT_POLL)
        os._exit(1)

    threading.Thread(target=watch, name="summarizer-parent-watch", daemon=True).start()


def _summarize_caught(
    task: _Task, settings: _Settings
) -> tuple[Briefing | dict[str, object] | str, tuple[str, ...]]:
    """``_summarize_record``, with the summariser's warnings on the cluster caught as lines (a
    worker's own warnings would reach its stderr, not the batch's report, and only once)."""
    from .pipeline import EmptyBriefingWarning, IgnoredQueryWarning

    ours = (EmptyBriefingWarning, IgnoredQueryWarning)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", EmptyBriefingWarning)
        warnings.simplefilter("always", IgnoredQueryWarning)
        briefing = _summarize_record(task, settings)
    for other in caught:
        if not issubclass(other.category, ours):  # not ours to report: as it would have been
            warnings.warn_explicit(other.message, other.category, other.filename, other.lineno)
    said = tuple(" ".join(str(w.message).split()) for w in caught if issubclass(w.category, ours))
    return briefing, said


def _summarize_record(task: _Task, settings: _Settings) -> Briefing | dict[str, object] | str:
    from .pipeline import Summarizer
    from .select import DEFAULT_DIVERSITY

    assert task.record is not None
    if "documents" not in task.record:  # read_documents names a "documents" that is no list
        text_key = next((key for key in TEXT_KEYS if key in task.record), None)
        if text_key is not None:
            # A file of articles, one a line, is one cluster: the main command reads it.
            raise InputError(
                f'cluster {task.id!r} has no "documents" but a "{text_key}": the line is one '
                "article, not a cluster; summarise a file of articles with 'summarizer FILE', "
                'or give one cluster a line as {"documents": [{"text": ...}, ...]}'
            )
        raise InputError(
            f'cluster {task.id!r} has no "documents"; give {{"documents": [{{"text": ...}}, ...]}}'
        )
    documents = _documents(task.record["documents"], task.id)
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
    return read_documents(value, f"cluster {cluster_id!r}")


def _query(value: object, cluster_id: str) -> str:
    query = query_text(value)
    if query is None:
        raise InputError(
            f"cluster {cluster_id!r} has {query_problem(value)}; give that cluster a query "
            '(a string, or {"title": ..., "narrative": ...}), or drop --query'
        )
    return query


def _check_utf8(path: Path) -> None:
    """Refuse a clusters file in UTF-16 or UTF-32 (a byte-order mark, or a NUL among its first
    bytes, which JSON text never holds): read as UTF-8 a line at a time, each of its lines would
    fail as a cluster of its own."""
    with path.open("rb") as handle:
        head = handle.read(4)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head:
        raise InputError(
            f"{path}: is UTF-16 or UTF-32 text; re-save it as UTF-8 (a clusters file is read as "
            "UTF-8, one JSON line at a time)"
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

    def note(self, line: str) -> None:
        """Print ``line`` on stderr above the bar (the bar is cleared, then drawn again)."""
        if self._enabled:
            sys.stderr.write("\r" + " " * (PROGRESS_WIDTH + 50) + "\r")
        print(escape_controls(line), file=sys.stderr)
        self._draw()

    def close(self) -> None:
        """End the bar's line."""
        if self._enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()
