"""Command line: formats, output files, exit codes, one-line errors, never a traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from summarizer.cli import main, write_atomic

ARTICLES = {
    "a.txt": "The Vell river bridge reopened to traffic on Monday after eighteen months of repairs. "
    "Engineers replaced all forty steel cables and the whole deck surface.",
    "b.txt": "After eighteen months of repairs, the Vell river bridge reopened to traffic on Monday. "
    "The work cost the regional government 31 million euros, twice the first estimate.",
    "c.txt": "Drivers crossed the Vell river bridge again on Monday as it reopened after repairs lasting "
    "eighteen months. Buses return to the bridge next week, the transport office said.",
}


@pytest.fixture
def cluster(tmp_path: Path) -> Path:
    folder = tmp_path / "cluster"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_text_to_stdout(cluster: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([str(cluster), "--max-sentences", "2"], capsys)
    assert (code, err) == (0, "")
    assert "Vell river bridge" in out


@pytest.mark.parametrize(
    ("suffix", "probe"), [(".html", "<!DOCTYPE html>"), (".md", "# "), (".json", '"points"')]
)
def test_format_from_output_suffix(
    cluster: Path, tmp_path: Path, suffix: str, probe: str, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / f"briefing{suffix}"
    code, out, err = run([str(cluster), "-o", str(output)], capsys)
    assert (code, out, err) == (0, "", "")
    content = output.read_text(encoding="utf-8")
    assert probe.lower() in content.lower()
    if suffix == ".json":
        assert json.loads(content)["points"]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_explicit_format_wins(
    cluster: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out.txt"
    assert run([str(cluster), "-o", str(output), "--format", "json"], capsys)[0] == 0
    assert json.loads(output.read_text(encoding="utf-8"))["sources"]


def test_help_documents_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--help"], capsys)
    assert code == 0
    for option in (
        "--output",
        "--format",
        "--max-words",
        "--max-sentences",
        "--diversity",
        "--query",
        "--template",
        "--order",
        "--no-clean",
        "--skip-bad",
        "--max-bytes",
        "--timeout",
        "--debug",
    ):
        assert option in out


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["x.txt", "--max-words", "0"],
        ["x.txt", "--diversity", "2"],
        ["x.txt", "--format", "pdf"],
        ["x.txt", "--bogus"],
        ["x.txt", "--timeout", "0"],
        ["x.txt", "--timeout", "nan"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(argv, capsys)
    assert code == 2
    assert "usage:" in err


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("summarizer: error: ")
    return lines[0]


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([str(tmp_path / "missing.txt")], capsys)
    assert (code, out) == (1, "")
    assert "missing.txt: no such file" in one_error_line(err)


def test_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "e.txt").write_text("   \n", encoding="utf-8")
    code, _, err = run([str(tmp_path / "e.txt")], capsys)
    assert code == 1
    assert "is empty" in one_error_line(err)


def test_refuses_to_overwrite_an_input(cluster: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = cluster / "a.txt"
    before = target.read_bytes()
    code, _, err = run([str(cluster), "-o", str(target)], capsys)
    assert code == 1
    assert "one of the inputs" in one_error_line(err)
    assert target.read_bytes() == before


def test_output_folder_missing(
    cluster: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run([str(cluster), "-o", str(tmp_path / "no" / "such" / "b.html")], capsys)
    assert code == 1
    assert "does not exist" in one_error_line(err)


def test_skip_bad_warns_and_goes_on(
    cluster: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run([str(tmp_path / "gone.txt"), str(cluster), "--skip-bad"], capsys)
    assert code == 0
    assert out
    assert err.startswith("summarizer: warning: skipped ") and "gone.txt" in err


def test_debug_reraises(tmp_path: Path) -> None:
    from summarizer.errors import InputError

    with pytest.raises(InputError):
        main([str(tmp_path / "missing.txt"), "--debug"])


def test_interrupt_exits_130_and_leaves_no_file(
    cluster: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import summarizer.pipeline

    def interrupted(self: object, documents: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(summarizer.pipeline.Summarizer, "summarize", interrupted)
    output = tmp_path / "b.html"
    code, _, err = run([str(cluster), "-o", str(output)], capsys)
    assert code == 130
    assert "interrupted" in err
    assert not output.exists()


def test_write_atomic_replaces_whole_and_cleans_up_on_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.md"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"

    def fail(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        write_atomic(target, "newer")
    assert target.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]


def test_python_dash_m(cluster: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "summarizer", str(cluster), "--max-sentences", "1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Vell" in result.stdout


def test_output_dash_is_stdout(
    cluster: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(
        [str(cluster), "-o", "-", "--format", "md", "--max-sentences", "1"], capsys
    )
    assert (code, err) == (0, "")
    assert out.startswith("# ")
    assert not (tmp_path / "-").exists()
