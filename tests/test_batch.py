"""Batch stage: many clusters -> one JSON line each, in input order, resumable, parallel, on Dask."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import io
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer import batch
from summarizer.batch import ClusterResult, SchedulerError, read_clusters, summarize_many
from summarizer.cli import main
from summarizer.errors import ConfigError, InputError
from summarizer.types import Briefing

# Three invented events, two reports each (own writing).
CLUSTERS = [
    {
        "id": "ferry",
        "documents": [
            {
                "id": "f1",
                "title": "Ferry service resumes",
                "date": "2031-03-02",
                "text": (
                    "The island ferry resumed service on Sunday after a three-week strike by deck crews. "
                    "The operator said the first boat left the harbour at seven in the morning.\n\n"
                    "Crews accepted a pay rise of six percent over two years."
                ),
            },
            {
                "id": "f2",
                "date": "2031-03-03",
                "text": (
                    "After a three-week strike by deck crews, the island ferry resumed service on Sunday. "
                    "Shop owners on the island said supplies of fresh food had run low during the strike."
                ),
            },
        ],
    },
    {
        "id": "orchard",
        "query": {"title": "Frost damage", "narrative": "How much of the apple crop was lost?"},
        "documents": [
            (
                "A late frost destroyed about a third of the apple blossom in the northern valley last week. "
                "Growers lit fires between the rows through two nights to keep the trees warm."
            ),
            (
                "Growers in the northern valley lost about a third of the apple blossom to a late frost. "
                "The regional farm office expects smaller harvests and higher prices in the autumn."
            ),
        ],
    },
    {
        "id": "library",
        "documents": [
            (
                "The city library will open on Sundays from next month, the culture office announced. "
                "Four new librarians have been hired to cover the extra hours."
            ),
            (
                "From next month the city library opens on Sundays as well. "
                "Students had collected two thousand signatures asking for longer opening hours."
            ),
        ],
    },
]


def write_clusters(path: Path, records: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def clusters_file(tmp_path: Path) -> Path:
    return write_clusters(tmp_path / "clusters.jsonl", list(CLUSTERS))


def run_batch(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["batch", *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def lines(path: Path) -> list[dict[str, object]]:
    """The cluster records of an output file (after its settings header, checked here)."""
    header, *records = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    assert header["summarizer"] == "batch" and isinstance(header["settings"], dict)
    return records


# ----------------------------------------------------------------------------------- Python API


def test_summarize_many_yields_briefings_in_input_order() -> None:
    results = list(summarize_many(CLUSTERS, max_sentences=1))
    assert [r.id for r in results] == ["ferry", "orchard", "library"]
    assert all(r.ok and r.error is None for r in results)
    assert all(isinstance(r.briefing, Briefing) and len(r.briefing.points) == 1 for r in results)
    ferry = results[0].briefing
    assert isinstance(ferry, Briefing)
    assert ferry.points[0].citations == ("f1", "f2")  # the same statement in both reports


def test_summarize_many_is_lazy() -> None:
    def records():  # type: ignore[no-untyped-def]
        yield CLUSTERS[0]
        raise AssertionError("read past the first cluster before it was asked for")

    first = next(summarize_many(records(), max_sentences=1))
    assert first.id == "ferry" and first.ok


def test_one_bad_cluster_does_not_stop_the_others() -> None:
    records = [
        CLUSTERS[0],
        {"id": "empty", "documents": []},
        {"id": "noise", "documents": ["   ", "\n"]},
        [1, 2],
        CLUSTERS[2],
        {"id": "ferry", "documents": ["A repeated id."]},
    ]
    results = list(summarize_many(records, max_sentences=1))
    assert [(r.id, r.ok) for r in results] == [
        ("ferry", True),
        ("empty", False),
        ("noise", False),
        ("cluster-4", False),
        ("library", True),
        ("ferry", False),
    ]
    assert '"documents" is an empty list' in str(results[1].error)
    # An empty document is refused by the record reader, as load refuses an empty file.
    assert 'document 1: "text" is empty' in str(results[2].error)
    assert "not a cluster object" in str(results[3].error)
    assert "duplicate cluster id 'ferry'" in str(results[5].error)
    assert all(r.briefing is None for r in results if not r.ok)


def test_missing_ids_are_numbered_by_position() -> None:
    records = [{"documents": c["documents"]} for c in CLUSTERS[:2]]
    assert [r.id for r in summarize_many(records, max_sentences=1)] == ["cluster-1", "cluster-2"]


def test_query_is_used_only_when_asked() -> None:
    focused = next(summarize_many(CLUSTERS[1:2], max_sentences=1, use_query=True))
    assert isinstance(focused.briefing, Briefing)
    assert focused.briefing.query == "Frost damage. How much of the apple crop was lost?"
    generic = next(summarize_many(CLUSTERS[1:2], max_sentences=1))
    assert isinstance(generic.briefing, Briefing) and generic.briefing.query is None
    missing = next(summarize_many(CLUSTERS[:1], max_sentences=1, use_query=True))
    assert not missing.ok and 'has no "query"' in str(missing.error)
    # A query of another type, or an empty one, is named as such: it is there, not missing.
    for query, said in (
        (5, 'has a "query" that is int, not a text'),
        (["Frost damage"], 'has a "query" that is list, not a text'),
        ("", 'has an empty "query"'),
    ):
        record = dict(CLUSTERS[0], query=query)
        result = next(summarize_many([record], max_sentences=1, use_query=True))
        assert not result.ok and said in str(result.error)


@pytest.mark.parametrize(
    ("fmt", "kind", "probe"),
    [
        ("json", dict, "points"),
        ("md", str, "# "),
        ("html", str, "<!doctype html>"),
        ("text", str, "ferry"),
    ],
)
def test_output_formats(fmt: batch.BatchFormat, kind: type, probe: str) -> None:
    result = next(summarize_many(CLUSTERS[:1], max_sentences=1, output_format=fmt))
    assert isinstance(result.briefing, kind)
    assert probe in str(result.briefing).lower()


def test_bad_settings_fail_before_any_cluster() -> None:
    with pytest.raises(ConfigError, match="diversity"):
        summarize_many(CLUSTERS, diversity=1.5)
    with pytest.raises(ConfigError, match="output_format"):
        summarize_many(CLUSTERS, output_format="pdf")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="jobs"):
        summarize_many(CLUSTERS, jobs=0)
    with pytest.raises(ConfigError, match="clean must be True or False; got 'no'"):
        summarize_many(CLUSTERS, clean="no")  # type: ignore[arg-type]
    # use_query was read through bool(): "no" asked every cluster for its query.
    with pytest.raises(ConfigError, match=r"^use_query must be True or False; got 'no'$"):
        summarize_many(CLUSTERS, use_query="no")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match=r"^use_query must be True or False; got 1$"):
        summarize_many(CLUSTERS, use_query=1)  # type: ignore[arg-type]


def test_more_jobs_than_cpus_start_one_worker_per_cpu(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """-j 1000 started 1000 worker processes, each importing scikit-learn, for two clusters."""
    joblib = pytest.importorskip("joblib", reason="joblib is not installed (pip install .[dask])")
    started: list[int] = []

    class Recorder(joblib.Parallel):  # type: ignore[misc]
        def __init__(self, n_jobs: int, **kwargs: object) -> None:
            started.append(n_jobs)
            super().__init__(n_jobs=1, **kwargs)  # in this process: the test checks the count

    monkeypatch.setattr(joblib, "Parallel", Recorder)
    monkeypatch.setattr(batch, "_cpu_count", lambda: 2)
    assert all(r.ok for r in summarize_many(CLUSTERS[:2], max_sentences=1, jobs=1000))
    assert started == [2]
    clusters = tmp_path / "c.jsonl"
    clusters.write_text("".join(json.dumps(c) + "\n" for c in CLUSTERS[:2]), encoding="utf-8")
    code, _, err = run_batch([str(clusters), "-j", "1000", "--max-sentences", "1"], capsys)
    assert code == 0 and started == [2, 2]
    assert err == "summarizer: warning: -j 1000 is more than the 2 CPUs here; running 2\n"


def test_result_json_line() -> None:
    assert (
        ClusterResult("x", False, error="boom").to_json() == '{"id":"x","ok":false,"error":"boom"}'
    )
    line = next(summarize_many(CLUSTERS[:1], max_sentences=1)).to_json()
    record = json.loads(line)
    assert "\n" not in line and record["ok"] is True and record["briefing"]["points"]


def test_read_clusters_streams_and_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(CLUSTERS[0]) + "\n\n{oops\n", encoding="utf-8")
    reader = read_clusters(path)
    assert next(reader)["id"] == "ferry"
    with pytest.raises(InputError, match="line 3 is not valid JSON"):
        next(reader)


# ------------------------------------------------------------------------------------------ CLI


def test_cli_writes_one_line_per_cluster(
    clusters_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out.jsonl"
    code, out, err = run_batch([str(clusters_file), "-o", str(output), "--max-words", "40"], capsys)
    assert (code, out, err) == (0, "", "")
    records = lines(output)
    assert [r["id"] for r in records] == ["ferry", "orchard", "library"]
    for record in records:
        briefing = record["briefing"]
        assert isinstance(briefing, dict) and record["ok"] is True
        assert 0 < int(briefing["word_count"]) <= 40


@pytest.mark.parametrize("code", [errno.EIO, errno.EROFS, errno.EACCES])
def test_a_disk_error_while_writing_is_one_line_and_the_run_resumes(
    clusters_file: Path,
    tmp_path: Path,
    code: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Only a full disk was said in one line; any other error of the disk (a failing drive, a
    # file system remounted read-only) was a traceback.
    output = tmp_path / "out.jsonl"
    open_output = batch._open_output

    class Failing:
        def __init__(self, handle: Any) -> None:
            self.handle, self.lines = handle, 0

        def write(self, text: str) -> int:
            self.lines += 1
            if self.lines == 2:
                raise OSError(code, os.strerror(code))
            return int(self.handle.write(text))

        def __getattr__(self, name: str) -> Any:
            return getattr(self.handle, name)

    def failing(*args: Any) -> tuple[Any, ...]:
        handle, *rest = open_output(*args)
        return (Failing(handle), *rest)

    monkeypatch.setattr(batch, "_open_output", failing)
    status, out, err = run_batch([str(clusters_file), "-o", str(output)], capsys)
    assert status == 1 and out == ""
    assert err.startswith("summarizer: error: ") and err.count("\n") == 1, err
    assert os.strerror(code) in err and "run it again" in err
    monkeypatch.setattr(batch, "_open_output", open_output)
    assert run_batch([str(clusters_file), "-o", str(output)], capsys)[0] == 0
    assert [r["id"] for r in lines(output)] == ["ferry", "orchard", "library"]


def test_an_interrupted_run_says_its_output_is_partial_and_how_to_finish_it(
    clusters_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Ctrl-C left out.jsonl with the clusters done so far, whole lines that read as a finished
    # output, and said only "summarizer: interrupted".
    output = tmp_path / "out.jsonl"
    run_cluster = batch._run_cluster

    def interrupted(task: Any, settings: Any) -> ClusterResult:
        if task.id == "orchard":
            raise KeyboardInterrupt
        return run_cluster(task, settings)

    monkeypatch.setattr(batch, "_run_cluster", interrupted)
    status, out, err = run_batch([str(clusters_file), "-o", str(output)], capsys)
    assert (status, out) == (130, "")
    assert err.splitlines() == [
        (
            f"summarizer batch: {output} holds 1 of 3 clusters, not all; run the same command "
            "again to finish it (the clusters done are kept)"
        ),
        "summarizer: interrupted",
    ]
    assert [r["id"] for r in lines(output)] == ["ferry"]
    monkeypatch.setattr(batch, "_run_cluster", run_cluster)
    assert run_batch([str(clusters_file), "-o", str(output)], capsys)[0] == 0
    assert [r["id"] for r in lines(output)] == ["ferry", "orchard", "library"]


@pytest.mark.parametrize("stop", [KeyboardInterrupt, OSError(errno.EIO, "Input/output error")])
def test_a_run_on_workers_stopped_part_way_says_one_line(
    clusters_file: Path,
    tmp_path: Path,
    stop: BaseException,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # With -j 2, a Ctrl-C or a disk error while a record was written also printed joblib's
    # "UserWarning: 2 tasks which were still being processed by the workers have been
    # cancelled. You could benefit from adjusting the input task iterator ...", two lines more.
    def stopped(self: ClusterResult) -> str:
        raise stop

    monkeypatch.setattr(batch, "_cpu_count", lambda: 2)
    monkeypatch.setattr(ClusterResult, "to_json", stopped)
    status, out, err = run_batch(
        [str(clusters_file), "-o", str(tmp_path / "o.jsonl"), "-j", "2"], capsys
    )
    assert out == "" and len(err.splitlines()) == 1, err
    assert status == (130 if stop is KeyboardInterrupt else 1)
    assert "cancelled" not in err and "UserWarning" not in err


def test_cli_to_stdout_and_format(clusters_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_batch([str(clusters_file), "--format", "md", "--max-sentences", "1"], capsys)
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 3 and all(isinstance(r["briefing"], str) for r in records)


def test_cli_failure_is_recorded_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "c.jsonl"
    source.write_text(
        json.dumps(CLUSTERS[0]) + "\nnot json\n" + json.dumps(CLUSTERS[2]) + "\n", encoding="utf-8"
    )
    output = tmp_path / "out.jsonl"
    code, _, err = run_batch([str(source), "-o", str(output), "--max-sentences", "1"], capsys)
    assert code == 1
    assert err.startswith("summarizer: error: 1 of 3 clusters failed") and err.count("\n") == 1
    assert str(output) in err and "line 2 is not valid JSON" in err
    records = lines(output)
    assert [(r["id"], r["ok"]) for r in records] == [
        ("ferry", True),
        ("cluster-2", False),
        ("library", True),
    ]
    assert "line 2 is not valid JSON" in str(records[1]["error"])


def test_cli_bad_input_is_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_batch([str(tmp_path / "missing.jsonl")], capsys)
    assert code == 1 and err.startswith("summarizer: error: ") and "no such file" in err
    source = write_clusters(tmp_path / "c.jsonl", list(CLUSTERS))
    code, _, err = run_batch([str(source), "-o", str(source)], capsys)
    assert code == 1 and "it is the input" in err
    code, _, err = run_batch([str(source), "--diversity", "3"], capsys)
    assert code == 2 and "diversity" in err  # a usage error, as in the main command


def test_resume_skips_finished_clusters_and_redoes_a_partial_line(
    clusters_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fresh = tmp_path / "fresh.jsonl"
    assert run_batch([str(clusters_file), "-o", str(fresh), "--max-sentences", "2"], capsys)[0] == 0
    full = fresh.read_bytes()
    header_end = full.index(b"\n") + 1
    first_end = full.index(b"\n", header_end) + 1
    second_end = full.index(b"\n", first_end) + 1
    # As a kill leaves it: the header, one whole line, then part of the second.
    resumed = tmp_path / "resumed.jsonl"
    resumed.write_bytes(full[: first_end + (second_end - first_end) // 2])

    calls: list[str] = []
    original = batch._summarize_record

    def counting(task: batch._Task, settings: batch._Settings) -> object:
        calls.append(task.id)
        return original(task, settings)

    monkeypatch.setattr(batch, "_summarize_record", counting)
    code, _, err = run_batch(
        [str(clusters_file), "-o", str(resumed), "--max-sentences", "2"], capsys
    )
    assert code == 0 and "1 of 3 clusters already done" in err
    assert calls == ["orchard", "library"]  # the finished one is not redone, the partial one is
    assert resumed.read_bytes() == full
    # Resuming a finished output does nothing and keeps the bytes.
    calls.clear()
    assert (
        run_batch([str(clusters_file), "-o", str(resumed), "--max-sentences", "2"], capsys)[0] == 0
    )
    assert calls == [] and resumed.read_bytes() == full


def test_resume_reports_earlier_failures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_clusters(tmp_path / "c.jsonl", [{"id": "bad", "documents": []}, CLUSTERS[0]])
    output = tmp_path / "out.jsonl"
    run_batch([str(source), "-o", str(output), "--max-sentences", "1"], capsys)
    header = output.read_text(encoding="utf-8").splitlines()[0]
    output.write_text(header + '\n{"id":"bad","ok":false,"error":"earlier"}\n', encoding="utf-8")
    code, _, err = run_batch([str(source), "-o", str(output), "--max-sentences", "1"], capsys)
    assert code == 1  # the earlier failure still counts
    assert "summarizer: error: 1 of 2 clusters failed" in err
    assert [r["id"] for r in lines(output)] == ["bad", "ferry"]


def test_resume_refuses_a_foreign_file(
    clusters_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "notes.jsonl"
    output.write_text("my notes\n", encoding="utf-8")
    code, _, err = run_batch([str(clusters_file), "-o", str(output)], capsys)
    assert code == 1 and "cannot be resumed" in err
    assert output.read_text(encoding="utf-8") == "my notes\n"


@pytest.mark.parametrize("notes", [b"my notes", b"\xff\xfe\x00\x01", b'{"id": "x"}'])
def test_resume_refuses_a_foreign_file_without_a_last_newline(
    clusters_file: Path, tmp_path: Path, notes: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    # With no whole line, the file was read as a run's partial header, cut and written over.
    output = tmp_path / "notes.jsonl"
    output.write_bytes(notes)
    code, _, err = run_batch([str(clusters_file), "-o", str(output)], capsys)
    assert code == 1 and "cannot be resumed" in err
    assert output.read_bytes() == notes


def test_a_partial_header_alone_is_cut_and_the_run_starts_over(
    clusters_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = tmp_path / "fresh.jsonl"
    assert run_batch([str(clusters_file), "-o", str(fresh)], capsys)[0] == 0
    full = fresh.read_bytes()
    for cut in (1, 12, full.index(b"\n")):
        output = tmp_path / f"cut{cut}.jsonl"
        output.write_bytes(full[:cut])
        assert run_batch([str(clusters_file), "-o", str(output)], capsys)[0] == 0
        assert output.read_bytes() == full


def test_progress_bar_only_when_asked_or_on_a_terminal(
    clusters_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, err = run_batch([str(clusters_file), "--max-sentences", "1"], capsys)
    assert err == ""  # stderr is not a terminal under pytest
    _, _, err = run_batch(
        [str(clusters_file), "--max-sentences", "1", "--progress", "always"], capsys
    )
    assert "\rbatch [" in err and "3/3" in err and err.endswith("\n")


def test_parallel_output_is_byte_identical(
    clusters_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run_batch([str(clusters_file), "-o", str(one), "--max-words", "30"], capsys)[0] == 0
    assert (
        run_batch([str(clusters_file), "-o", str(two), "--max-words", "30", "--jobs", "2"], capsys)[
            0
        ]
        == 0
    )
    assert two.read_bytes() == one.read_bytes()


# ----------------------------------------------------------------------------------------- Dask


def test_dask_local_cluster_gives_the_same_bytes(
    clusters_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    distributed = pytest.importorskip(
        "distributed", reason="dask.distributed is not installed (pip install .[dask])"
    )
    serial = tmp_path / "serial.jsonl"
    assert run_batch([str(clusters_file), "-o", str(serial), "--max-words", "30"], capsys)[0] == 0
    # The dashboard on a random port: with None it still takes 8787, and a run beside this one
    # that holds 8787 turned the port warning into a failure.
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=":0", processes=True
    ) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        on_dask = tmp_path / "dask.jsonl"
        code, _, err = run_batch(
            [
                str(clusters_file),
                "-o",
                str(on_dask),
                "--max-words",
                "30",
                "--scheduler",
                cluster.scheduler_address,
            ],
            capsys,
        )
        assert (code, err) == (0, "")
    assert on_dask.read_bytes() == serial.read_bytes()


def test_unreachable_scheduler_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip(
        "distributed", reason="dask.distributed is not installed (pip install .[dask])"
    )
    monkeypatch.setattr(batch, "SCHEDULER_TIMEOUT", 1)
    with pytest.raises(
        SchedulerError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"
    ):
        list(summarize_many(CLUSTERS, scheduler="tcp://127.0.0.1:9"))


def test_a_server_that_does_not_greet_as_a_scheduler_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A port whose server waits for the client to speak (a dashboard's web server): distributed's
    Client waited for the scheduler's greeting for ever (measured: over 120 s with its timeout 30)."""
    pytest.importorskip(
        "distributed", reason="dask.distributed is not installed (pip install .[dask])"
    )
    monkeypatch.setattr(batch, "SCHEDULER_TIMEOUT", 1)
    with socket.create_server(("127.0.0.1", 0)) as silent:
        address = f"tcp://127.0.0.1:{silent.getsockname()[1]}"
        started = time.monotonic()
        with pytest.raises(
            SchedulerError, match=f"the server at {address} does not answer as a Dask scheduler"
        ):
            list(summarize_many(CLUSTERS, scheduler=address))
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("address", ["foo", "tcp://host", "tcp://host:port"])
def test_a_malformed_scheduler_address_is_a_clear_error_at_once(
    address: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not a traceback, nor a minute of waiting on a half-made client: one error naming the fix."""
    pytest.importorskip(
        "distributed", reason="dask.distributed is not installed (pip install .[dask])"
    )
    monkeypatch.setattr(batch, "SCHEDULER_TIMEOUT", 1)
    started = time.monotonic()
    with pytest.raises(SchedulerError, match=f"'{address}' is not a Dask scheduler address"):
        list(summarize_many(CLUSTERS, scheduler=address))
    assert time.monotonic() - started < 5


# ------------------------------------------------------------------------ hostile input (issue 15)


def _write_raw(path: Path, lines_: list[bytes]) -> Path:
    path.write_bytes(b"".join(line + b"\n" for line in lines_))
    return path


def _cluster_line(record: object) -> bytes:
    return json.dumps(record).encode("utf-8")


def test_poisoned_lines_become_their_own_error_records_and_resume_gets_past_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write_raw(
        tmp_path / "c.jsonl",
        [
            _cluster_line(CLUSTERS[0]),
            b"[" * 100_000 + b"]" * 100_000,  # nested too deeply: RecursionError
            b'{"id": "big", "documents": [], "n": ' + b"7" * 5_000 + b"}",  # int too long
            b'{"id": "bytes", "documents": ["caf\xe9 au lait"]}',  # not UTF-8
            _cluster_line(CLUSTERS[2]),
        ],
    )
    output = tmp_path / "out.jsonl"
    code, _, err = run_batch([str(source), "-o", str(output), "--max-sentences", "1"], capsys)
    assert code == 1 and err.count("\n") == 1 and "3 of 5 clusters failed" in err
    records = lines(output)
    assert [(r["id"], r["ok"]) for r in records] == [
        ("ferry", True),
        ("cluster-2", False),
        ("cluster-3", False),
        ("cluster-4", False),
        ("library", True),
    ]
    assert "nested too deeply" in str(records[1]["error"])
    assert "line 3 holds a number too long" in str(records[2]["error"])
    assert "not UTF-8" in str(records[3]["error"])
    before = output.read_bytes()
    code, _, err = run_batch([str(source), "-o", str(output), "--max-sentences", "1"], capsys)
    assert code == 1 and "5 of 5 clusters already done" in err
    assert output.read_bytes() == before


def test_lone_surrogate_bom_and_carriage_return_do_not_fail_a_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ferry = json.dumps(CLUSTERS[0]).replace('"documents":', '"documents":\r')
    surrogate = {
        "id": "half",
        "documents": ["The pier reopened on Friday \ud83d after repairs."] * 2,
    }
    source = _write_raw(
        tmp_path / "c.jsonl",
        [b"\xef\xbb\xbf" + ferry.encode("utf-8"), _cluster_line(surrogate)],
    )
    assert "\\ud83d" in source.read_text(encoding="utf-8")
    output = tmp_path / "out.jsonl"
    code, _, err = run_batch([str(source), "-o", str(output), "--max-sentences", "1"], capsys)
    assert (code, err) == (0, "")
    records = lines(output)
    assert [(r["id"], r["ok"]) for r in records] == [("ferry", True), ("half", True)]
    assert "\ufffd" in output.read_text(encoding="utf-8")


# Any JSON value: scalars, deep or wide containers, any text (lone surrogates included).
_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(["id", "documents", "query", "text", "x"]), children)
    ),
    max_leaves=12,
)


@settings(max_examples=40, deadline=None)
@given(values=st.lists(_JSON, min_size=1, max_size=4))
def test_any_json_value_on_a_line_gives_one_record(values: list[object]) -> None:
    """Whatever JSON a line holds, the run writes one valid UTF-8 record per line, no traceback."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "c.jsonl"
        source.write_text("".join(json.dumps(v) + "\n" for v in values), encoding="utf-8")
        output = Path(folder) / "out.jsonl"
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(["batch", str(source), "-o", str(output), "--max-sentences", "1"])
        records = lines(output)
        assert len(records) == len(values)
        failed = sum(r["ok"] is not True for r in records)
        assert code == (1 if failed else 0)
        assert "Traceback" not in err.getvalue()
        assert err.getvalue().count("\n") == (1 if failed else 0)


def test_a_failed_scheduler_leaves_the_output_as_it_was(
    clusters_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The run wrote its header line to -o, then could not reach the scheduler: a file of its
    # own holding only the header was left.
    failing = ["--scheduler", "foo"]
    output = tmp_path / "out.jsonl"
    assert run_batch([str(clusters_file), "-o", str(output), *failing], capsys)[0] == 1
    assert not output.exists()
    output.touch()  # the user's empty file stays empty
    assert run_batch([str(clusters_file), "-o", str(output), *failing], capsys)[0] == 1
    assert output.read_bytes() == b""
    assert run_batch([str(clusters_file), "-o", str(output)], capsys)[0] == 0
    done = output.read_bytes()  # a finished run's lines stay as they were
    assert run_batch([str(clusters_file), "-o", str(output), *failing], capsys)[0] == 1
    assert output.read_bytes() == done


def test_a_second_run_on_the_same_output_is_refused(
    clusters_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out.jsonl"
    with output.open("a") as other_run:
        fcntl.flock(other_run.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        code, _, err = run_batch([str(clusters_file), "-o", str(output)], capsys)
    assert code == 1 and err.count("\n") == 1
    assert "another 'summarizer batch' run is writing" in err
    assert output.read_bytes() == b""
    # Once the other run is over, the output is free again.
    assert run_batch([str(clusters_file), "-o", str(output)], capsys)[0] == 0


@pytest.mark.parametrize(
    ("first", "second", "named"),
    [
        (["--max-words", "40"], ["--max-words", "60"], "--max-words 40"),
        ([], ["--format", "md"], "--format"),
        ([], ["--query"], "--query"),
        ([], ["--diversity", "0.5"], "--diversity 0.3"),
    ],
)
def test_resume_with_other_settings_is_refused(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    first: list[str],
    second: list[str],
    named: str,
) -> None:
    source = write_clusters(tmp_path / "c.jsonl", [CLUSTERS[0]])
    output = tmp_path / "out.jsonl"
    assert run_batch([str(source), "-o", str(output), *first], capsys)[0] == 0
    source.write_text(source.read_text(encoding="utf-8") + json.dumps(CLUSTERS[2]) + "\n")
    before = output.read_bytes()
    code, _, err = run_batch([str(source), "-o", str(output), *second], capsys)
    assert code == 1 and err.startswith("summarizer: error: ") and err.count("\n") == 1
    assert named in err and "same settings" in err
    assert output.read_bytes() == before
    # The same settings resume; the default diversity given explicitly is the same setting.
    same = [*first, "--diversity", "0.3"]
    assert run_batch([str(source), "-o", str(output), *same], capsys)[0] == 0
    assert [r["id"] for r in lines(output)] == ["ferry", "library"]


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_output_that_is_not_a_regular_file_is_refused(
    clusters_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    if kind == "fifo":
        target = tmp_path / "pipe"
        os.mkfifo(target)
    else:
        target = Path("/dev/zero")
    code, _, err = run_batch([str(clusters_file), "-o", str(target)], capsys)
    assert code == 1 and "not a regular file" in err and err.count("\n") == 1


def test_query_missing_everywhere_says_so_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_clusters(tmp_path / "c.jsonl", [CLUSTERS[0], CLUSTERS[2]])
    code, out, err = run_batch([str(source), "--query"], capsys)
    assert code == 1 and len(out.splitlines()) == 2
    assert err.startswith("summarizer: error: 2 of 2 clusters failed") and err.count("\n") == 1
    assert 'no "query"' in err and "standard output" in err
    text = tmp_path / "notes.txt"
    text.write_text("Plain notes, not clusters.\n", encoding="utf-8")
    code, _, err = run_batch([str(text)], capsys)
    assert code == 1 and "1 of 1 clusters failed" in err and "not valid JSON" in err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_what_the_summariser_warns_of_is_one_line_per_cluster(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    # A query no article's words meet, and a budget no sentence fits: in a worker these were
    # Python warnings on the worker's stderr (and only the first of each), not the batch's lines.
    lost = {**CLUSTERS[1], "id": "lost", "query": "volcanic ash over the capital"}
    source = write_clusters(tmp_path / "c.jsonl", [CLUSTERS[1], lost, {**lost, "id": "lost2"}])
    code, out, err = run_batch([str(source), "--query", "-j", jobs], capsys)
    assert code == 0 and len(out.splitlines()) == 3
    assert err.splitlines() == [
        f"summarizer: warning: cluster '{name}': no article uses a word of the query "
        "'volcanic ash over the capital', so the briefing is a generic one; give words the "
        "articles use"
        for name in ("lost", "lost2")
    ]
    code, _, err = run_batch([str(source), "--max-words", "1", "-j", jobs], capsys)
    assert code == 0 and err.count("summarizer: warning: cluster ") == 3
    assert "no sentence fits max_words=1" in err and "Warning" not in err


def test_summarize_many_reports_the_warnings_of_each_cluster() -> None:
    lost = {**CLUSTERS[1], "id": "lost", "query": "volcanic ash over the capital"}
    results = list(summarize_many([CLUSTERS[1], lost], use_query=True))
    assert [r.warnings == () for r in results] == [True, False]
    assert "no article uses a word of the query" in results[1].warnings[0]


def test_empty_clusters_path_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_batch([""], capsys)
    assert code == 1 and "path is empty" in err


def test_standard_input_as_the_clusters_says_to_save_them_to_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # "-" was "-: no such file", though every other command reads it as standard input.
    cluster = {"id": "c1", "documents": ["The Vell lighthouse lamp failed on Friday night."]}
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(json.dumps(cluster).encode())))
    monkeypatch.chdir(tmp_path)
    code, out, err = run_batch(["-"], capsys)
    assert (code, out) == (1, "") and err.count("\n") == 1
    assert err.startswith("summarizer: error: - (standard input): batch reads its clusters from")
    assert "save them to a file" in err and "no such file" not in err
    # A file named "-" is still read as one.
    (tmp_path / "-").write_text(json.dumps(cluster) + "\n", encoding="utf-8")
    code, out, err = run_batch(["-"], capsys)
    assert code == 0 and "standard input" not in err


def test_a_folder_or_an_empty_file_of_clusters_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_batch([str(tmp_path)], capsys)
    assert code == 1 and f"{tmp_path}: is a folder; give a JSON Lines file of clusters" in err
    empty, output = tmp_path / "none.jsonl", tmp_path / "out.jsonl"
    empty.write_text("\n  \n", encoding="utf-8")
    code, out, err = run_batch([str(empty), "-o", str(output)], capsys)
    assert (code, out) == (1, "") and f"{empty}: holds no clusters" in err
    assert err.count("\n") == 1 and not output.exists()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_a_clusters_file_in_utf16_or_utf32_is_one_error_before_any_work(
    clusters_file: Path, tmp_path: Path, encoding: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Each of its lines was read as UTF-8 and failed as its own cluster: "5 of 5 clusters
    # failed (first: cluster-1: line 1 is not UTF-8 text ...)", five error records written (a
    # line more than the file has clusters: UTF-16's newline is two bytes).
    wide, output = tmp_path / "wide.jsonl", tmp_path / "out.jsonl"
    wide.write_bytes(clusters_file.read_text(encoding="utf-8").encode(encoding))
    code, out, err = run_batch([str(wide), "-o", str(output)], capsys)
    assert (code, out) == (1, "") and err.count("\n") == 1, err
    assert f"{wide}: is UTF-16 or UTF-32 text; re-save it as UTF-8" in err
    assert not output.exists()


_ORPHAN = """
import os, sys, time
from summarizer.batch import _watch_parent
parent = os.getpid()
child = os.fork()
if child == 0:
    _watch_parent(parent)
    time.sleep(60)
    os._exit(0)
print(child, flush=True)
time.sleep(60)
"""


def test_local_worker_exits_when_the_batch_process_is_killed() -> None:
    """``kill -9`` of the batch process leaves no worker behind (each watches its parent)."""
    with subprocess.Popen(
        [sys.executable, "-c", _ORPHAN], stdout=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None
        child = int(proc.stdout.readline())
        proc.kill()
    for _ in range(100):
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(child, signal.SIGKILL)
    pytest.fail("the worker outlived its killed parent by 10 s")


def test_deeply_nested_record_is_an_error_record_with_workers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A record JSON can read but a worker cannot be sent (pickle recursion) fails alone."""
    deep: object = []
    for _ in range(900):
        deep = [deep]
    source = write_clusters(tmp_path / "c.jsonl", [{"id": "deep", "x": deep}, CLUSTERS[0]])
    code, out, err = run_batch([str(source), "-j", "2", "--max-sentences", "1"], capsys)
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and [(r["id"], r["ok"]) for r in records] == [("deep", False), ("ferry", True)]
    assert "nested more than" in str(records[0]["error"]) and err.count("\n") == 1


def test_control_characters_of_the_input_never_reach_the_terminal_raw(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 15.10 in batch: a title with a C1 CSI (\\x9b) and an id with ESC sequences.

    json.dumps escapes C0 controls but leaves C1 raw; the stderr lines name ids and paths.
    """
    record = {
        "id": "frost\x1b]0;owned\x07",
        "documents": [
            {"title": "Frost \x9b2J damage", "text": CLUSTERS[1]["documents"][0]},  # type: ignore[index]
            CLUSTERS[1]["documents"][1],  # type: ignore[index]
        ],
    }
    source = write_clusters(tmp_path / "c.jsonl", [record, {"id": "bad\x1b[2J", "documents": []}])
    code, out, err = run_batch([str(source), "--progress", "never"], capsys)
    assert code == 1  # the second cluster fails, and says so on stderr
    for stream in (out, err):
        assert not any(
            "\x00" <= ch < " " and ch not in "\n\t" or "\x7f" <= ch <= "\x9f" for ch in stream
        )
    good, bad = (json.loads(line) for line in out.splitlines())
    assert good["id"] == record["id"]  # the same value, escaped in the bytes only
    assert good["briefing"]["sources"][0]["title"] == "Frost \x9b2J damage"
    assert not bad["ok"] and "bad\\x1b[2J" in err


def test_a_line_of_one_article_says_it_is_no_cluster() -> None:
    # "summarizer batch articles.jsonl" (a file of articles, one a line, as the json-cluster
    # example) failed every line with 'has no "documents"', not saying that the file is one
    # cluster that the main command reads.
    records = [{"id": "a1", "title": "Hail", "content": "Hail fell on the valley on Sunday."}]
    (result,) = summarize_many(records, max_sentences=1)
    assert not result.ok
    assert "is one article, not a cluster" in str(result.error)
    assert "summarizer FILE" in str(result.error)


def test_a_cluster_without_a_list_of_documents_names_the_field() -> None:
    # "documents": null was 'has no "documents" (a non-empty list)', as if it were not there.
    records = [{"id": "null", "documents": None}, {"id": "none"}, {"id": "text", "documents": "x"}]
    errors = [str(r.error) for r in summarize_many(records, max_sentences=1)]
    fix = '; give {"documents": [{"text": ...}, ...]}'
    assert errors == [
        "cluster 'null': \"documents\" is null, not a list of documents" + fix,
        "cluster 'none' has no \"documents\"" + fix,
        "cluster 'text': \"documents\" is a string, not a list of documents" + fix,
    ]
