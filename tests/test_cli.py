"""Command line: formats, output files, exit codes, one-line errors, never a traceback."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
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
    # What the README says the command reads and how it exits: the help named neither the feeds
    # (read, with feedparser) nor the exit status of a closed standard output.
    flat = " ".join(out.split())
    assert "RSS/Atom feeds" in flat and "141 standard output closed early" in flat


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
    if argv and argv[-1] != "--bogus":
        # A bad value of an option is one line naming the option, the value and the fix, not
        # buried under the eight lines of the whole usage.
        line = one_error_line(err)
        assert line.startswith("summarizer: error: argument ")
        assert argv[1] in line and f"'{argv[2]}'" in line
    else:
        assert "usage:" in err  # no PATH, an unknown option: the usage says what is accepted


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("summarizer: error: ")
    return lines[0]


def test_articles_of_only_noise_name_the_option_that_keeps_every_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, line in (("a.txt", "Sign up for our newsletter"), ("b.txt", "Read more: other news")):
        (tmp_path / name).write_text(f"Advertisement\n\n{line}\n", encoding="utf-8")
    code, out, err = run([str(tmp_path)], capsys)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "--no-clean" in err
    assert run([str(tmp_path), "--no-clean"], capsys)[0] == 0


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


@pytest.mark.parametrize("as_since", [False, True])
def test_refuses_to_overwrite_the_file_given_on_stdin(cluster: Path, as_since: bool) -> None:
    # "summarizer - -o a.txt < a.txt" replaced the article with its own briefing: - was left out
    # of the inputs -o is checked against, though stdin was that very file.
    import subprocess
    import sys

    target = cluster / "a.txt"
    before = target.read_bytes()
    argv = [str(cluster / "b.txt"), "--since", "-"] if as_since else ["-"]
    with target.open("rb") as stdin:
        result = subprocess.run(
            [sys.executable, "-m", "summarizer", *argv, "-f", "text", "-o", str(target)],
            stdin=stdin,
            capture_output=True,
            text=True,
            check=False,
        )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith("summarizer: error: refusing to write ")
    assert "standard input" in line
    assert target.read_bytes() == before


def test_refuses_to_overwrite_the_template(
    cluster: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text('{% extends "briefing.md.j2" %}\n', encoding="utf-8")
    before = template.read_bytes()
    code, _, err = run(
        [str(cluster), "--template", str(template), "-f", "md", "-o", str(template)], capsys
    )
    assert code == 1
    assert "one of the inputs" in one_error_line(err)
    assert template.read_bytes() == before


def test_a_template_for_another_format_than_the_output_is_one_error_line(
    cluster: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # summarizer ... --template mine.html.j2 -o briefing.md wrote an HTML page into briefing.md.
    template = tmp_path / "mine.html.j2"
    template.write_text('{% extends "briefing.html.j2" %}\n', encoding="utf-8")
    output = tmp_path / "briefing.md"
    code, out, err = run([str(cluster), "--template", str(template), "-o", str(output)], capsys)
    assert (code, out) == (1, "")
    assert "'mine.html.j2' is an HTML template" in one_error_line(err)
    assert not output.exists()
    # Said before the inputs are read: a missing article is not what it reports.
    gone = str(tmp_path / "gone.txt")
    code, _, err = run([gone, "--template", str(template), "-o", str(output)], capsys)
    assert code == 1 and "'mine.html.j2' is an HTML template" in one_error_line(err)
    # Where nothing else names a format (standard output, -o without a suffix), the template's
    # name does.
    code, out, err = run([str(cluster), "--template", str(template)], capsys)
    assert (code, err) == (0, "") and out.startswith("<!DOCTYPE html>")
    code, _, err = run(
        [str(cluster), "--template", str(template), "-o", str(tmp_path / "b")], capsys
    )
    assert (code, err) == (0, "") and (tmp_path / "b").read_text(encoding="utf-8").startswith("<!")


def test_output_folder_missing(
    cluster: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run([str(cluster), "-o", str(tmp_path / "no" / "such" / "b.html")], capsys)
    assert code == 1
    assert "does not exist" in one_error_line(err)


@pytest.mark.skipif(not Path("/proc/version").is_file(), reason="no /proc/version here")
def test_output_a_kernel_file_says_so(cluster: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # It said "(No such file or directory)" of a file that exists.
    before = Path("/proc/version").read_bytes()
    code, out, err = run([str(cluster), "-o", "/proc/version"], capsys)
    assert (code, out) == (1, "")
    assert one_error_line(err) == (
        "summarizer: error: cannot write /proc/version: /proc is in a kernel file system without "
        "storage (such as /proc or /sys), where no file can be made (No such file or directory); "
        "give -o a file on a disk"
    )
    assert Path("/proc/version").read_bytes() == before


def test_output_whose_folder_takes_no_new_file_says_so(
    cluster: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    output = tmp_path / "briefing.md"
    output.write_text("the old briefing\n", encoding="utf-8")

    def deny(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(tmp_path / ".briefing.md.1.tmp"))

    monkeypatch.setattr(tempfile, "mkstemp", deny)
    code, _, err = run([str(cluster), "-o", str(output)], capsys)
    assert code == 1
    assert one_error_line(err) == (
        f"summarizer: error: cannot write {output}: no new file can be made in {tmp_path} "
        "(Permission denied), and -o writes a new file that then replaces the old one; give -o "
        "a path in a folder you can write to"
    )
    assert output.read_text(encoding="utf-8") == "the old briefing\n"


def test_skip_bad_warns_and_goes_on(
    cluster: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run([str(tmp_path / "gone.txt"), str(cluster), "--skip-bad"], capsys)
    assert code == 0
    assert out
    assert err.startswith("summarizer: warning: skipped ") and "gone.txt" in err


def test_skip_bad_that_leaves_nothing_says_what_was_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The warning of each skipped input comes before the error that nothing is left."""
    lines = tmp_path / "a.jsonl"
    lines.write_text('{"title": "No text"}\n{oops\n', encoding="utf-8")
    code, out, err = run([str(lines), "--skip-bad"], capsys)
    assert (code, out) == (1, "")
    first, second, error = err.strip().splitlines()
    assert first.startswith("summarizer: warning: skipped ") and "line 1" in first
    assert second.startswith("summarizer: warning: skipped ") and "line 2" in second
    assert error.startswith("summarizer: error: no documents found")


def test_stdin_as_articles_and_as_since_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(["-", "--since", "-"], capsys)
    assert (code, out) == (2, "")
    assert "- (standard input) is given twice; it is read once" in one_error_line(err)


@pytest.mark.parametrize(
    ("flag", "joined"), [("--since", False), ("--since", True), ("--sin", False), ("--si", True)]
)
def test_since_before_the_articles_says_where_they_go(
    cluster: Path, flag: str, joined: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    # --since takes every path after it, so "summarizer --since OLD NEW" gave argparse's bare
    # "the following arguments are required: PATH", with no word of why or what to do. argparse
    # reads a start of the flag as the flag ("--sin"): the same mistake, the same line.
    old, new = str(cluster / "a.txt"), str(cluster / "b.txt")
    argv = [f"{flag}={old}"] if joined else [flag, old, new]
    code, out, err = run(argv, capsys)
    assert (code, out) == (2, "")
    last = err.strip().splitlines()[-1]
    assert last.startswith("summarizer: error: the following arguments are required: PATH")
    assert "give the articles before --since" in last


@pytest.mark.parametrize("stdin", ["pipe", "file", "device"])
def test_articles_piped_in_without_a_dash_say_to_give_one(
    stdin: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "cat article.txt | summarizer" gave argparse's bare "the following arguments are required:
    # PATH", though the article is waiting on standard input for the "-" that reads it. A device
    # (/dev/null, as cron and CI give) holds no article: no such hint there.
    if stdin == "pipe":
        read_end, write_end = os.pipe()
        os.close(write_end)
        stream = open(read_end, encoding="utf-8")  # noqa: SIM115 - closed below
    elif stdin == "file":
        (tmp_path / "a.txt").write_text("An article.\n", encoding="utf-8")
        stream = open(tmp_path / "a.txt", encoding="utf-8")  # noqa: SIM115 - closed below
    else:
        stream = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - closed below
    monkeypatch.setattr(sys, "stdin", stream)
    try:
        code, out, err = run([], capsys)
    finally:
        stream.close()
    assert (code, out) == (2, "")
    last = err.strip().splitlines()[-1]
    assert last.startswith("summarizer: error: the following arguments are required: PATH")
    assert ("give - as the path (... | summarizer -)" in last) == (stdin != "device")


@pytest.mark.parametrize(
    ("typed", "meant"), [("story", "stories"), ("batc", "batch"), ("evalute", "evaluate")]
)
def test_a_mistyped_command_is_named(
    typed: str,
    meant: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "summarizer story DIR -o site" said "story: no such file or folder; check the path",
    # leaving the user to find that the command is "stories".
    monkeypatch.chdir(tmp_path)
    code, out, err = run([typed, "x.jsonl"], capsys)
    assert (code, out) == (2, "")
    line = one_error_line(err)
    assert f"did you mean 'summarizer {meant}'" in line


def test_a_missing_article_is_not_taken_for_a_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(["bath.txt"], capsys)
    assert code == 1
    assert "did you mean" not in one_error_line(err)


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


def test_an_interrupt_during_a_compiled_modules_import_is_an_interrupt(
    cluster: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A Ctrl-C while SciPy's pybind11 modules are imported surfaced as "ImportError:
    initialization failed" raised from the KeyboardInterrupt: a traceback and exit 1 under a
    busy CI run. Any error raised from an interrupt is the interrupt; other errors are not."""
    import summarizer.pipeline

    def interrupted(self: object, documents: object) -> None:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as exc:
            raise ImportError("initialization failed") from exc

    monkeypatch.setattr(summarizer.pipeline.Summarizer, "summarize", interrupted)
    output = tmp_path / "b.html"
    code, _, err = run([str(cluster), "-o", str(output)], capsys)
    assert code == 130
    assert "interrupted" in err and "Traceback" not in err
    assert not output.exists()

    def broken(self: object, documents: object) -> None:
        raise ImportError("initialization failed")

    monkeypatch.setattr(summarizer.pipeline.Summarizer, "summarize", broken)
    with pytest.raises(ImportError):
        run([str(cluster), "-o", str(output)], capsys)


def test_an_interrupt_a_library_swallows_is_raised_again(
    cluster: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A Ctrl-C that lands in a bare ``except:`` (an optional import) must not leave the run going
    # with Ctrl-C ignored: the CLI raises it again after cli.INTERRUPT_RETRY_SECONDS.
    import os
    import signal
    import time

    import summarizer.cli
    import summarizer.pipeline

    def swallowed_then_busy(self: object, documents: object) -> None:
        try:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(5)
        except KeyboardInterrupt:
            pass  # the library's bare except
        ends = time.monotonic() + 60  # the run "goes on" (the retry comes long before)
        while time.monotonic() < ends:
            time.sleep(0.01)

    monkeypatch.setattr(summarizer.cli, "INTERRUPT_RETRY_SECONDS", 0.2)
    monkeypatch.setattr(summarizer.pipeline.Summarizer, "summarize", swallowed_then_busy)
    output = tmp_path / "b.html"
    code, _, err = run([str(cluster), "-o", str(output)], capsys)
    assert code == 130
    assert err.splitlines() == ["summarizer: interrupted"]
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


# ------------------------------------------------------------------ -o suffix rules (issue 11)


def one_usage_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("summarizer: error: "), err
    return lines[0]


@pytest.mark.parametrize("name", ["out.pdf", "out.docx", "briefing.HTML5"])
def test_unknown_output_suffix_is_a_usage_error(
    cluster: Path, tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / name
    code, out, err = run([str(cluster), "-o", str(output)], capsys)
    assert (code, out) == (2, "")
    line = one_usage_line(err)
    suffix = Path(name).suffix
    for needle in (repr(suffix), ".html", ".md", ".json", ".txt", "--format"):
        assert needle in line, (needle, line)
    assert not output.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cluster"]


def test_empty_output_is_a_usage_error(cluster: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([str(cluster), "-o", ""], capsys)
    assert (code, out) == (2, "")
    assert "-o is empty" in one_usage_line(err)


def test_unknown_output_suffix_with_format_writes_that_format(
    cluster: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out.pdf"
    assert run([str(cluster), "-o", str(output), "--format", "md"], capsys)[:3] == (0, "", "")
    assert output.read_text(encoding="utf-8").startswith("# ")
    bare = tmp_path / "briefing"  # no suffix: text, as on standard output
    assert run([str(cluster), "-o", str(bare)], capsys)[:3] == (0, "", "")
    assert bare.read_text(encoding="utf-8") == run([str(cluster)], capsys)[1]


def _clusters(tmp_path: Path) -> Path:
    path = tmp_path / "clusters.jsonl"
    record = {"id": "vell", "documents": [{"id": k, "text": v} for k, v in ARTICLES.items()]}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "fmt"), [("x.html", None), ("x.pdf", None), ("x.md", "html"), ("x.txt", None)]
)
def test_batch_output_suffix_must_be_json_lines(
    tmp_path: Path, name: str, fmt: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / name
    argv = ["batch", str(_clusters(tmp_path)), "-o", str(output)]
    code, out, err = run([*argv, *(["--format", fmt] if fmt else [])], capsys)
    assert (code, out) == (2, "")
    line = one_usage_line(err)
    for needle in ("JSON Lines", repr(output.suffix), ".jsonl"):
        assert needle in line, (needle, line)
    assert not output.exists()


@pytest.mark.parametrize(
    ("name", "fmt"), [("x.jsonl", None), ("x.ndjson", "md"), ("x.html", "html")]
)
def test_batch_output_suffix_accepted(
    tmp_path: Path, name: str, fmt: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / name
    argv = ["batch", str(_clusters(tmp_path)), "-o", str(output), "--progress", "never"]
    code, _, err = run([*argv, *(["--format", fmt] if fmt else [])], capsys)
    assert (code, err) == (0, "")
    last = output.read_text(encoding="utf-8").splitlines()[-1]  # the cluster's record
    assert json.loads(last)["ok"] is True


# --------------------------------------------------------- a budget no sentence fits (issue 11)


def test_budget_no_sentence_fits_names_the_shortest_candidate(
    cluster: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Find the smallest budget that gives a briefing, then check the one below it is refused
    # with that number (the message must say what the budget needs, and be right).
    needed = next(
        n
        for n in range(1, 200)
        if run([str(cluster), "--max-words", str(n), "--format", "json"], capsys)[0] == 0
    )
    code, out, err = run([str(cluster), "--max-words", str(needed), "--format", "json"], capsys)
    assert json.loads(out)["points"]
    assert needed > 1
    code, out, err = run([str(cluster), "--max-words", str(needed - 1)], capsys)
    assert (code, out) == (1, "")
    assert one_error_line(err) == (
        f"summarizer: error: no sentence fits --max-words {needed - 1}; the shortest candidate "
        f"has {needed} words; give --max-words {needed} or more"
    )


def test_a_query_without_content_words_is_one_warning_line(
    cluster: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    generic = run([str(cluster), "--max-sentences", "2"], capsys)
    code, out, err = run([str(cluster), "--max-sentences", "2", "--query", "the of and"], capsys)
    assert (code, out) == (0, generic[1])
    assert err == (
        "summarizer: warning: query 'the of and' has no content words (only stop words or "
        "punctuation), so the briefing is a generic one; give the words of the topic, such as "
        '"flood damage"\n'
    )


@pytest.mark.parametrize("query", ["", "   "])
def test_an_empty_query_is_one_warning_line(
    cluster: Path, query: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # A script's empty variable ("--query "$TOPIC"") gave the generic briefing without a word,
    # where a query of stop words is said.
    generic = run([str(cluster), "--max-sentences", "2"], capsys)
    code, out, err = run([str(cluster), "--max-sentences", "2", "--query", query], capsys)
    assert (code, out) == (0, generic[1])
    assert err.count("\n") == 1 and err.startswith("summarizer: warning: query '")
    assert err.endswith(
        "' is empty, so the briefing is a generic one; give the words of the topic, such as "
        '"flood damage", or leave the query out\n'
    )


# ------------------------------------------------- control characters never reach a terminal raw


HOSTILE_TITLE = "Bridge \x1b]0;owned\x07 reopens"
HOSTILE_TEXT = (
    "The Vell river bridge reopened to traffic on Monday \x1b[2J after eighteen months of repairs. "
    "Engineers replaced all forty steel cables \x9b31m and the whole deck surface.\n"
)
RAW_CONTROLS = ("\x1b", "\x07", "\x9b")


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """One article whose title, text and file name carry terminal commands."""
    folder = tmp_path / "hostile"
    folder.mkdir()
    name = "d\x1b[31mred.txt"
    (folder / name).write_text(f"{HOSTILE_TITLE}\n\n{HOSTILE_TEXT}", encoding="utf-8")
    return folder


@pytest.mark.parametrize("fmt", ["text", "md"])
def test_control_characters_escaped_in_text_and_markdown(
    hostile: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [str(hostile), "--format", fmt, "--max-words", "400"]
    code, out, err = run(argv, capsys)
    assert (code, err) == (0, "")
    assert "cables \\x9b31m and" in out  # visible, the sentence still whole
    output = tmp_path / f"b.{fmt}"
    assert run([*argv, "-o", str(output)], capsys)[0] == 0
    for content in (out, output.read_text(encoding="utf-8")):
        assert "\\x1b" in content
        assert not any(c in content for c in RAW_CONTROLS), content


def test_control_characters_in_json_are_escaped_losslessly(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run([str(hostile), "--format", "json", "--max-words", "400"], capsys)
    assert code == 0
    assert not any(c in out for c in RAW_CONTROLS)
    texts = [p["text"] for p in json.loads(out)["points"]]
    assert any("\x9b31m" in t for t in texts)  # the same value once parsed


def test_control_characters_escaped_in_html_on_a_terminal_only(
    hostile: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = [str(hostile), "--format", "html", "--max-words", "400"]
    output = tmp_path / "b.html"
    assert run([*argv, "-o", str(output)], capsys)[0] == 0
    # For a browser: no control character, which HTML forbids (the file held \x9b raw); each
    # is one U+FFFD, as a byte that does not decode.
    html = output.read_text(encoding="utf-8")
    assert not any(c in html for c in RAW_CONTROLS) and "cables \ufffd31m and" in html
    monkeypatch.setattr("summarizer.cli._is_terminal", lambda stream: True)
    code, out, _ = run(argv, capsys)
    assert code == 0
    assert not any(c in out for c in RAW_CONTROLS)


def test_control_characters_escaped_on_stderr(
    tmp_path: Path, cluster: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "gone\x1b]0;owned\x07.txt"
    code, _, err = run([str(missing)], capsys)
    assert code == 1
    assert "gone\\x1b]0;owned\\x07.txt" in one_error_line(err)
    code, _, err = run([str(missing), str(cluster), "--skip-bad"], capsys)
    assert code == 0
    assert err.startswith("summarizer: warning: ") and "\\x1b" in err
    assert not any(c in err for c in RAW_CONTROLS)
    code, _, err = run([str(cluster), "--\x1b[2J"], capsys)  # a usage error
    assert code == 2
    assert "--\\x1b[2J" in err and not any(c in err for c in RAW_CONTROLS)


# ------------------------------------------------- install hints correct outside this checkout


def test_install_hints_name_the_extras_packages() -> None:
    import configparser
    import re

    from summarizer.errors import install_hint

    repo = Path(__file__).resolve().parents[1]
    setup = configparser.ConfigParser()
    setup.read(repo / "setup.cfg", encoding="utf-8")
    for extra in ("eval", "web", "dask"):
        hint = install_hint(extra)
        packages = setup.get("options.extras_require", extra).split()
        assert hint.startswith("pip install ") and "summarizer" not in hint
        for package in packages:
            assert package in hint, (package, hint)
    # 'summarizer' on the public package index is an unrelated project: no hint may install it.
    wrong = re.compile(r"pip install \S*summarizer\[")
    for module in sorted((repo / "summarizer").glob("*.py")):
        for number, line in enumerate(module.read_text(encoding="utf-8").splitlines(), 1):
            assert not wrong.search(line), f"{module.name}:{number}: {line.strip()}"


def test_control_characters_escaped_on_a_terminal_given_to_o(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-o /dev/tty`` (here a pseudo-terminal): even HTML reaches it without raw controls."""
    import threading
    import tty

    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    tty.setraw(slave)
    received: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the terminal's other side is closed
                return
            if not chunk:
                return
            received.append(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        argv = [str(hostile), "-o", os.ttyname(slave), "--format", "html", "--max-words", "400"]
        code, out, err = run(argv, capsys)
    finally:
        os.close(slave)
        reader.join(timeout=30)
        os.close(master)
    assert (code, out, err) == (0, "", "")
    shown = b"".join(received).decode("utf-8")
    # The HTML holds no control character (each is U+FFFD) since it is written for a browser.
    assert "</html>" in shown and "\ufffd" in shown
    assert not any(c in shown for c in RAW_CONTROLS)


def test_control_characters_escaped_in_other_warnings(
    cluster: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import warnings

    import summarizer.load

    real = summarizer.load.load_documents

    def warning_load(*paths: str, **kwargs: object) -> object:
        warnings.warn("input 'x\x1b]0;owned\x07' is odd", UserWarning, stacklevel=2)
        return real(*paths, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(summarizer.load, "load_documents", warning_load)
    with pytest.warns(UserWarning) as caught:
        main([str(cluster)])
    capsys.readouterr()
    assert [str(w.message) for w in caught] == ["input 'x\\x1b]0;owned\\x07' is odd"]


def test_articles_of_several_stories_are_told_of_the_stories_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Three of our examples' clusters in one folder (11 articles, three events) made one
    briefing mixing them, with nothing said. The run now warns that they read as several stories
    and names the command that briefs each; one story's articles get no warning."""
    examples = Path(__file__).resolve().parents[1] / "examples"
    mixed = tmp_path / "mixed"
    for name in ("ferry-grounding-port-halloran", "brennick-tram-vote", "migraine-pill-trial"):
        shutil.copytree(examples / name, mixed / name)
    code, out, err = run([str(mixed), "--max-sentences", "3"], capsys)
    assert code == 0 and out
    assert err.count("\n") == 1 and "warning: the 11 articles read as 3 stories" in err
    assert "summarizer stories PATH... -o DIR/" in err
    code, _, err = run([str(mixed / "ferry-grounding-port-halloran")], capsys)
    assert (code, err) == (0, "")


def test_the_stories_warning_counts_only_the_articles_the_briefing_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With --since, the articles of the new folder that are earlier ones word for word are left
    out (``Briefing.already_read``): the briefing reads one story. The warning still counted them
    ("the 11 articles read as 3 stories"); it now counts the 4 the briefing reads, one story."""
    examples = Path(__file__).resolve().parents[1] / "examples"
    mixed, earlier = tmp_path / "mixed", tmp_path / "earlier"
    for name in ("ferry-grounding-port-halloran", "brennick-tram-vote", "migraine-pill-trial"):
        shutil.copytree(examples / name, mixed / name)
    for name in ("brennick-tram-vote", "migraine-pill-trial"):
        shutil.copytree(examples / name, earlier / name)
    code, out, err = run(
        [str(mixed), "--since", str(earlier), "--max-sentences", "3", "-f", "json"], capsys
    )
    assert code == 0 and len(json.loads(out)["since"]["already_read"]) == 7
    assert err == ""
    # One earlier article: the other ten still read as three stories, and are counted.
    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(earlier / "brennick-tram-vote" / "01-city-paper.txt", one)
    code, _, err = run([str(mixed), "--since", str(one), "--max-sentences", "3"], capsys)
    assert code == 0 and "warning: the 10 articles read as 3 stories" in err


def test_a_text_without_sentence_ends_is_told_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Our own text, 400 words with no punctuation: the error said "give --max-words 400 or
    more", as if the budget were the problem. It now says the text has no sentence ends, and
    still names the budget that would quote it whole."""
    path = tmp_path / "transcript.txt"
    path.write_text(" ".join(["the ferry waited at the pier"] * 67) + " and", encoding="utf-8")
    code, out, err = run([str(path)], capsys)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert "the shortest candidate has 403 words, so the text has no sentence ends" in err
    assert "--max-words 403 to quote such a sentence whole" in err
