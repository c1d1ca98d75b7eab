"""Batch stage: many clusters -> one JSON line each, in input order, resumable, parallel, on Dask."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


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
    assert 'no "documents" list' in str(results[1].error)
    assert "no sentences" in str(results[2].error)
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
    assert (code, err) == (1, "")
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
    assert code == 1 and "diversity" in err


def test_resume_skips_finished_clusters_and_redoes_a_partial_line(
    clusters_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fresh = tmp_path / "fresh.jsonl"
    assert run_batch([str(clusters_file), "-o", str(fresh), "--max-sentences", "2"], capsys)[0] == 0
    full = fresh.read_bytes()
    first_end = full.index(b"\n") + 1
    second_end = full.index(b"\n", first_end) + 1
    # As a kill leaves it: one whole line, then part of the second.
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
    output.write_text('{"id":"bad","ok":false,"error":"earlier"}\n', encoding="utf-8")
    code, _, _ = run_batch([str(source), "-o", str(output), "--max-sentences", "1"], capsys)
    assert code == 1  # the earlier failure still counts
    assert [r["id"] for r in lines(output)] == ["bad", "ferry"]


def test_resume_refuses_a_foreign_file(
    clusters_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "notes.jsonl"
    output.write_text("my notes\n", encoding="utf-8")
    code, _, err = run_batch([str(clusters_file), "-o", str(output)], capsys)
    assert code == 1 and "cannot be resumed" in err
    assert output.read_text(encoding="utf-8") == "my notes\n"


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
