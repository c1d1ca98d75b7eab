"""The command line against bad input: one test per case.

Each case checks the exit code, exactly one stderr line starting ``summarizer: error:`` (and no
other stderr), no "Traceback", and that no output file (or temporary file) is left behind. Cases
run through ``summarizer.cli.main([...])`` with ``capsys``; Ctrl-C and concurrent writers need
real processes and run ``python -m summarizer`` (a few seconds each, mostly interpreter start-up).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer.cli import main

REPO = Path(__file__).resolve().parents[1]
PREFIX = "summarizer: error:"

# Two short reports of an invented event, written for these tests.
GOOD_A = (
    "The Orlen valley dam released water on Thursday after three days of heavy rain. "
    "Emergency crews moved 1,400 residents of Lower Orlen to the school gymnasium overnight. "
    "The regional water authority said the reservoir had reached 97 percent of its capacity.\n"
)
GOOD_B = (
    "Water was released from the Orlen valley dam on Thursday after heavy rain for three days. "
    "Trains between Orlen and Kessau were suspended because the track was under water. "
    "Forecasters predict drier weather from Sunday, which should let the river recede.\n"
)
# The first bytes of real PNG and ZIP files.
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) + b"PK\x05\x06" + b"\x00" * 18


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """An empty folder for -o: after a failed run it must still be empty (no partial, no .tmp)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD_A, encoding="utf-8")
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def assert_one_error(code: int, out: str, err: str, *needles: str) -> str:
    """Exit 1, nothing on stdout, and stderr is exactly one ``summarizer: error:`` line."""
    assert code == 1, err
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(PREFIX), err
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def assert_empty(folder: Path) -> None:
    assert sorted(p.name for p in folder.iterdir()) == []


def fail_case(
    argv: list[str], out_dir: Path, capsys: pytest.CaptureFixture[str], *needles: str
) -> str:
    output = out_dir / "briefing.md"
    code, out, err = run([*argv, "-o", str(output)], capsys)
    line = assert_one_error(code, out, err, *needles)
    assert_empty(out_dir)
    return line


# --------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------


def test_missing_path(tmp_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "no-such-article.txt"
    fail_case([str(missing)], out_dir, capsys, "no-such-article.txt", "no such file")


def test_missing_path_among_good_ones(
    tmp_path: Path, good: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fail_case([str(good), str(tmp_path / "gone.txt")], out_dir, capsys, "gone.txt")


@pytest.mark.parametrize("where", ["input", "since", "beside an existing output"])
def test_an_input_name_too_long_is_one_line(
    tmp_path: Path, good: Path, out_dir: Path, where: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # A name past NAME_MAX: Python 3.11's Path.is_dir raised OSError (as for a folder one may
    # not search), a traceback from loading or from the check that -o is no input.
    long = str(tmp_path / ("n" * 300 + ".txt"))
    argv = [str(good), "--since", long] if where == "since" else [long, str(good)]
    if where == "beside an existing output":
        (out_dir / "briefing.md").write_text("kept\n", encoding="utf-8")
        code, out, err = run([*argv, "-o", str(out_dir / "briefing.md")], capsys)
        assert_one_error(code, out, err, "cannot be read", "nnn.txt")
        assert (out_dir / "briefing.md").read_text(encoding="utf-8") == "kept\n"
        return
    fail_case(argv, out_dir, capsys, "cannot be read", "nnn.txt")


def test_folder_without_readable_documents(
    tmp_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pictures"
    folder.mkdir()
    (folder / "photo.png").write_bytes(PNG)
    (folder / "archive.zip").write_bytes(ZIP)
    (folder / ".hidden.txt").write_text(GOOD_A, encoding="utf-8")
    fail_case([str(folder)], out_dir, capsys, "pictures")


def test_empty_folder(tmp_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "nothing"
    folder.mkdir()
    fail_case([str(folder)], out_dir, capsys, "nothing")


def test_empty_file(tmp_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    fail_case([str(path)], out_dir, capsys, "empty.txt", "empty")


def test_whitespace_only_file(
    tmp_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \n\t\r\n \xc2\xa0\n\xe3\x80\x80\n")
    fail_case([str(path)], out_dir, capsys, "blank.txt")


@pytest.mark.parametrize(
    ("name", "fix"),
    [
        ("cluster.json", 'give a JSON list of documents, each with a "text" field'),
        ("cluster.jsonl", "give one document object per line"),
        ("cluster.ndjson", "give one document object per line"),
        ("page.html", "give the saved web page of an article"),
        ("news.rss", "give a feed that holds articles"),
        ("news.atom", "give a feed that holds articles"),
        ("news.xml", "give a feed that holds articles"),
    ],
)
@pytest.mark.parametrize("data", [b"", b" \n\t\r\n", b"\xef\xbb\xbf\n", b" \n" * 40_000])
def test_an_empty_file_of_any_kind_is_said_to_be_empty(
    tmp_path: Path,
    out_dir: Path,
    name: str,
    fix: str,
    data: bytes,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # An empty .json was "is not valid JSON (Expecting value at line 1 column 1); fix the file",
    # an empty feed "is not an RSS or Atom feed", an empty page "no article text found in the
    # page": each hid that the file is empty, which empty text files say.
    path = tmp_path / name
    path.write_bytes(data)
    line = fail_case([str(path)], out_dir, capsys, f"{name}: is empty; {fix}")
    assert "not valid JSON" not in line and "not an RSS" not in line


def test_a_text_of_only_invisible_characters_is_said_to_be_empty(
    tmp_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Zero-width spaces, a word joiner, a BOM and no-break spaces: nothing to read. It was "the
    # articles have no content words (...)", naming no file.
    path = tmp_path / "blank.txt"
    path.write_text("\u200b\u00a0\u200b \u2060\ufeff\u00a0\n\u200c\u200d\n", encoding="utf-8")
    fail_case(
        [str(path)], out_dir, capsys, "blank.txt: is empty (only white space and invisible char"
    )


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: x\n---\n",
        "\n---\ntitle: Dam opens\ndate: 2031-03-04\n---\n\n \n",
        "+++\ntitle = 'x'\n+++\n",
    ],
)
def test_a_markdown_file_of_only_front_matter_is_named(
    tmp_path: Path, out_dir: Path, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # It was "the documents contain no sentences of prose (...)": no file named.
    path = tmp_path / "note.md"
    path.write_text(text, encoding="utf-8")
    fail_case([str(path)], out_dir, capsys, "note.md: holds only a front matter", "below it")


@pytest.mark.parametrize(
    ("name", "data"),
    [("photo.png", PNG), ("photo.txt", PNG), ("archive.zip", ZIP), ("archive.md", ZIP)],
)
def test_binary_file(
    tmp_path: Path, out_dir: Path, name: str, data: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    fail_case([str(path)], out_dir, capsys, name, "binary")


def test_binary_file_in_folder_of_articles(
    tmp_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "cluster"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD_A, encoding="utf-8")
    (folder / "b.txt").write_bytes(PNG)
    fail_case([str(folder)], out_dir, capsys, "b.txt", "binary")


def test_invalid_utf8_is_read_as_legacy_text_nothing_lost(
    tmp_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bytes that are not UTF-8 are decoded as cp1252/latin-1 (load.py's documented fallback).

    Not an error: every byte becomes a character, so nothing is lost and the points still slice
    back to the decoded text.
    """
    path = tmp_path / "legacy.txt"
    path.write_bytes(
        GOOD_A.replace("Thursday", "Thursday \xe9t\xe9").encode("latin-1") + b"\xff\xfe end.\n"
    )
    output = out_dir / "briefing.json"
    code, out, err = run([str(path), "-o", str(output)], capsys)
    assert (code, out, err) == (0, "", "")
    assert "été" in output.read_text(encoding="utf-8")
    assert [p.name for p in out_dir.iterdir()] == ["briefing.json"]


def test_invalid_utf8_after_utf8_bom(
    tmp_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that says it is UTF-8 (a BOM) with a few bytes that are not: read as a file without
    a BOM is (the UTF-8 majority rule), the bad bytes replaced and a one-line warning naming the
    file and the fix; not the whole file refused."""
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD_A.encode() + b"\xff\xfe\xc3(\n")
    output = out_dir / "briefing.json"
    code, out, err = run([str(path), "-o", str(output)], capsys)
    assert code == 0 and out == ""
    assert err.count("\n") == 1 and "broken.txt" in err and "re-save the file as UTF-8" in err
    assert "Traceback" not in err
    assert output.is_file()


def test_invalid_utf16(tmp_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"\xff\xfe" + GOOD_A.encode("utf-16-le") + b"\x00\xd8")  # lone high surrogate
    fail_case([str(path)], out_dir, capsys, "odd.txt")


def test_file_over_size_limit(
    tmp_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "long.txt"
    path.write_text(GOOD_A * 10, encoding="utf-8")
    line = fail_case(
        [str(path), "--max-bytes", "1000"], out_dir, capsys, "long.txt", "1000", "--max-bytes"
    )
    assert str(path.stat().st_size) in line


def test_file_that_grows_past_the_limit_while_read(
    tmp_path: Path,
    out_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Its size was checked, then it was read whole however large it had grown (read_bytes).
    import summarizer.load as load_module

    path = tmp_path / "growing.txt"
    path.write_text(GOOD_A, encoding="utf-8")

    class Growing(type(Path())):  # type: ignore[misc]
        def open(self, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
            if self.name == "growing.txt":
                with open(os.fspath(self), "a", encoding="utf-8") as writer:
                    writer.write(GOOD_B * 50)  # another program appends after the size check
            return super().open(*args, **kwargs)

    monkeypatch.setattr(load_module, "Path", Growing)
    fail_case([str(path), "--max-bytes", "2000"], out_dir, capsys, "growing.txt", "grew past")


def test_stdin_over_size_limit(
    monkeypatch: pytest.MonkeyPatch, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    fake = io.TextIOWrapper(io.BytesIO((GOOD_A * 10).encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    fail_case(["-", "--max-bytes", "1000"], out_dir, capsys, "stdin", "1000")


def test_a_budget_past_a_float_is_a_budget(good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 400 digits parse as a whole number; the select stage's float of it raised OverflowError.
    budget = "9" * 400
    code, out, err = run([str(good), "--max-words", budget, "--format", "json"], capsys)
    assert code == 0, err
    assert json.loads(out)["max_words"] == int(budget)


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ('{"title": "no text here"}', "text"),
        ("42", "list"),
        ('"just a string"', ""),
        ("[1, 2, 3]", "item 1"),
        ('[{"text": "' + GOOD_A.strip() + '"}, {"body": 5}]', "item 2"),
        ("[]", "list"),
        ('{"documents": "nope"}', "text"),
        ("{not json", "not valid JSON"),
        ("null", "list"),
    ],
)
def test_json_not_a_list_of_documents(
    tmp_path: Path, out_dir: Path, content: str, needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "docs.json"
    path.write_text(content, encoding="utf-8")
    if content == '"just a string"':
        # A bare JSON string is read as one document's text: legal, but too short to summarise.
        code, out, err = run([str(path), "-o", str(out_dir / "b.md")], capsys)
        assert code in (0, 1)
        if code == 1:
            assert_one_error(code, out, err)
            assert_empty(out_dir)
        return
    fail_case([str(path)], out_dir, capsys, "docs.json", needle)


def test_json_lone_surrogate_escape(
    tmp_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``\\ud800`` in JSON decodes to a string no UTF-8 writer accepts.

    The loader may repair it (U+FFFD) or refuse it; either way the output is valid UTF-8 or one
    error line, and never a partial file.
    """
    import json

    path = tmp_path / "docs.json"
    text = GOOD_A.replace("Thursday", "Thursday \ud800\udc80")
    path.write_text(json.dumps([{"text": text}, {"text": GOOD_B}]), encoding="utf-8")
    for fmt in ("html", "md", "json", "text"):
        output = out_dir / f"briefing.{fmt}"
        code, out, err = run([str(path), "-f", fmt, "-o", str(output)], capsys)
        if code == 0:
            output.read_bytes().decode("utf-8")
            output.unlink()
        else:
            assert_one_error(code, out, err, "docs.json")
        assert_empty(out_dir)


def test_lone_surrogate_reaching_the_writer(
    good: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Should a lone surrogate get past loading, the CLI refuses before writing a byte."""
    from summarizer import Document, load

    def loader(*paths: object, **kwargs: object) -> list[Document]:
        return [
            Document(GOOD_A.replace("Thursday", "Thursday \ud800"), id="a"),
            Document(GOOD_B, id="b"),
        ]

    monkeypatch.setattr(load, "load_documents", loader)
    line = fail_case([str(good), "-f", "html"], out_dir, capsys, "surrogate")
    assert "\\ud800" in line
    code, out, err = run([str(good), "-f", "html"], capsys)  # to standard output
    assert_one_error(code, out, err, "surrogate")


def test_stdout_cannot_encode(
    good: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A standard output in ASCII (PYTHONIOENCODING=ascii) meets a non-ASCII briefing."""
    import io

    good.write_text(GOOD_A.replace("Lower Orlen", "Lower Orlen (東京)"), encoding="utf-8")
    err_stream = io.StringIO()
    out_stream = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", out_stream)
    monkeypatch.setattr(sys, "stderr", err_stream)
    code = main([str(good), "-f", "md"])
    assert_one_error(code, "", err_stream.getvalue(), "ascii", "-o")
    out_stream.flush()
    assert out_stream.buffer.getvalue() == b""  # type: ignore[attr-defined]


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_json_nested_too_deep(
    tmp_path: Path, out_dir: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"docs{suffix}"
    path.write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    fail_case([str(path)], out_dir, capsys, path.name)


def test_jsonl_with_one_broken_line(
    tmp_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    lines = [
        json.dumps({"text": GOOD_A}),
        json.dumps({"text": GOOD_B}),
        '{"text": "cut off in the mi',
        json.dumps({"text": GOOD_A + GOOD_B}),
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fail_case([str(path)], out_dir, capsys, "docs.jsonl", "line 3")


def test_jsonl_line_number_counts_blank_lines(
    tmp_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"text": GOOD_A}) + "\n\n\n" + "[1,\n", encoding="utf-8")
    fail_case([str(path)], out_dir, capsys, "line 4")


def test_jsonl_crlf_broken_line(
    tmp_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    path = tmp_path / "docs.jsonl"
    path.write_bytes(
        (
            json.dumps({"text": GOOD_A}) + "\r\n" + json.dumps({"text": GOOD_B}) + "\r\n{oops\r\n"
        ).encode()
    )
    fail_case([str(path)], out_dir, capsys, "line 3")


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------


def test_template_missing(
    tmp_path: Path, good: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fail_case(
        [str(good), "--template", str(tmp_path / "mine.md.j2")], out_dir, capsys, "mine.md.j2"
    )


def test_template_name_too_long(
    tmp_path: Path, good: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Python 3.11's Path.is_dir raised OSError for a name past NAME_MAX: a traceback.
    template = tmp_path / ("t" * 300 + ".md.j2")
    fail_case([str(good), "--template", str(template)], out_dir, capsys, "cannot be read", "ttt")


def test_template_recursion_is_not_said_to_extend_itself(
    tmp_path: Path, good: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Any RecursionError was "extends itself ...; rename your file", of a file that does not.
    template = tmp_path / "mine.md.j2"
    template.write_text("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}\n", encoding="utf-8")
    line = fail_case([str(good), "--template", str(template)], out_dir, capsys, "without end")
    assert "extends itself" not in line
    template.write_text('{% extends "mine.md.j2" %}\n', encoding="utf-8")
    fail_case([str(good), "--template", str(template)], out_dir, capsys, "extends itself")


def test_template_syntax_error(
    tmp_path: Path, good: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text("# {{ headline }}\n{% for p in points %}\n{{ p.text }\n", encoding="utf-8")
    fail_case([str(good), "--template", str(template)], out_dir, capsys, "mine.md.j2", "line")


def test_template_undefined_variable(
    tmp_path: Path, good: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text("{{ no_such_variable }}\n", encoding="utf-8")
    fail_case([str(good), "--template", str(template)], out_dir, capsys, "no_such_variable")


def test_template_extends_missing(
    tmp_path: Path, good: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text('{% extends "gone.md.j2" %}\n', encoding="utf-8")
    fail_case([str(good), "--template", str(template)], out_dir, capsys, "gone.md.j2")


def test_template_is_a_folder(
    tmp_path: Path, good: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fail_case([str(good), "--template", str(tmp_path)], out_dir, capsys, "template")


def test_template_that_is_a_pipe_or_a_device_is_not_said_missing(
    tmp_path: Path, good: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # It was "template file not found: '/dev/null'", of a path that is there.
    fifo = tmp_path / "mine.md.j2"
    os.mkfifo(fifo)
    for template, kind in ((fifo, "a named pipe"), (Path(os.devnull), "a device")):
        line = fail_case([str(good), "--template", str(template)], out_dir, capsys, "template")
        assert f"is {kind}" in line and "not found" not in line


@pytest.mark.parametrize("body", ["{{ 1 / 0 }}", '{{ "a" + 1 }}', '{{ "%d" | format("x") }}'])
def test_template_runtime_error(
    tmp_path: Path, good: Path, out_dir: Path, body: str, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text(body + "\n", encoding="utf-8")
    fail_case([str(good), "--template", str(template)], out_dir, capsys, "mine.md.j2")


def test_template_not_utf8(
    tmp_path: Path, good: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_bytes(b"\xff\xfe# {{ headline }}\n\xc3(\n")
    fail_case([str(good), "--template", str(template)], out_dir, capsys, "mine.md.j2")


# --------------------------------------------------------------------------------------------
# Outputs
# --------------------------------------------------------------------------------------------


def test_output_in_missing_folder(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "not" / "here" / "briefing.md"
    code, out, err = run([str(good), "-o", str(output)], capsys)
    assert_one_error(code, out, err, "does not exist")
    assert not (tmp_path / "not").exists()


def test_output_is_an_input_file(good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([str(good), "-o", str(good)], capsys)
    assert_one_error(code, out, err, "one of the inputs")
    assert good.read_text(encoding="utf-8") == GOOD_A


def test_output_is_an_input_by_another_spelling(
    tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "cluster"
    folder.mkdir()
    (folder / "b.txt").write_text(GOOD_B, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(folder / "b.txt")
    monkeypatch.chdir(tmp_path)
    for output in ("./cluster/../cluster/b.txt", "link.txt"):
        code, out, err = run(["cluster", str(good), "-o", output], capsys)
        assert_one_error(code, out, err, "one of the inputs")
    assert (folder / "b.txt").read_text(encoding="utf-8") == GOOD_B
    assert sorted(p.name for p in folder.iterdir()) == ["b.txt"]


def test_output_is_a_folder(
    tmp_path: Path, good: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run([str(good), "-o", str(out_dir)], capsys)
    assert_one_error(code, out, err, "folder")
    assert_empty(out_dir)


@pytest.mark.parametrize("command", ["main", "batch"])
@pytest.mark.parametrize("end", ["/", "/."])
def test_output_named_as_a_folder_is_refused(
    tmp_path: Path, good: Path, command: str, end: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # pathlib drops a trailing "/" or "/.": "-o kept.md/" replaced the file kept.md, and
    # "-o new/" wrote a file named new, where the shell reads both as folders.
    argv = [str(good)]
    if command == "batch":
        clusters = tmp_path / "clusters.jsonl"
        clusters.write_text(
            json.dumps({"id": "c1", "documents": [{"text": GOOD_A}]}) + "\n", encoding="utf-8"
        )
        argv = ["batch", str(clusters)]
    kept = tmp_path / "kept.jsonl"
    kept.write_text("kept\n", encoding="utf-8")
    for output in (str(kept) + end, str(tmp_path / "new") + end):
        code, out, err = run([*argv, "-o", output], capsys)
        assert_one_error(code, out, err, "folder", "give a file name")
    assert kept.read_text(encoding="utf-8") == "kept\n"
    assert not (tmp_path / "new").exists()


def test_output_under_a_file(good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file where a folder is expected: the read-only case that works even as root."""
    code, out, err = run([str(good), "-o", str(good / "briefing.md")], capsys)
    assert_one_error(code, out, err)
    assert good.read_text(encoding="utf-8") == GOOD_A


def test_output_in_read_only_folder(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        probe = folder / "probe"
        try:
            probe.write_text("x")
        except PermissionError:
            pass
        else:
            probe.unlink()
            pytest.skip(
                "running as root (or a filesystem without permissions): a 0o555 folder is "
                "writable here; see test_output_in_proc and test_output_replace_denied"
            )
        code, out, err = run([str(good), "-o", str(folder / "briefing.md")], capsys)
        assert_one_error(code, out, err, "briefing.md")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(stat.S_IRWXU)


def test_output_in_proc(good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """/proc refuses new files even for root."""
    if not Path("/proc/self").is_dir():
        pytest.skip("no /proc on this system")
    output = Path("/proc") / "summarizer-briefing.md"
    code, out, err = run([str(good), "-o", str(output)], capsys)
    assert_one_error(code, out, err, str(output))
    assert not output.exists()


def test_output_replace_denied(
    good: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The final rename fails (permissions, a read-only mount): the temporary file is removed."""
    output = out_dir / "briefing.md"
    output.write_text("the old briefing\n", encoding="utf-8")

    def deny(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", deny)
    code, out, err = run([str(good), "-o", str(output)], capsys)
    assert_one_error(code, out, err, "Permission denied")
    assert [p.name for p in out_dir.iterdir()] == ["briefing.md"]
    assert output.read_text(encoding="utf-8") == "the old briefing\n"


def test_output_disk_full(
    good: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    code, out, err = run([str(good), "-o", str(out_dir / "briefing.md")], capsys)
    assert_one_error(code, out, err, "No space left")
    assert_empty(out_dir)


# --------------------------------------------------------------------------------------------
# Ctrl-C
# --------------------------------------------------------------------------------------------


def test_ctrl_c_while_summarising(
    good: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from summarizer import pipeline

    def interrupt(self: object, documents: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline.Summarizer, "summarize", interrupt)
    code, out, err = run([str(good), "-o", str(out_dir / "briefing.md")], capsys)
    assert code == 130
    assert out == ""
    assert err.splitlines() == ["summarizer: interrupted"]
    assert_empty(out_dir)


def test_ctrl_c_while_writing_keeps_old_file(
    good: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    output = out_dir / "briefing.md"
    output.write_text("the old briefing\n", encoding="utf-8")

    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    code, _, err = run([str(good), "-o", str(output)], capsys)
    assert code == 130
    assert err.splitlines() == ["summarizer: interrupted"]
    assert [p.name for p in out_dir.iterdir()] == ["briefing.md"]
    assert output.read_text(encoding="utf-8") == "the old briefing\n"


def _cli(*args: str, **kwargs: object) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "summarizer", *args],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,
    )


def _finish(proc: subprocess.Popen[bytes], timeout: float) -> tuple[bytes, bytes]:
    """Wait for a process whose stdin we already closed; its (small) stdout and stderr."""
    proc.wait(timeout=timeout)
    assert proc.stdout is not None and proc.stderr is not None
    with proc.stdout, proc.stderr:
        return proc.stdout.read(), proc.stderr.read()


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.kill()
        proc.wait()
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        if pipe is not None and not pipe.closed:
            pipe.close()


def _big_article(n_bytes: int) -> bytes:
    """A long article of varied sentences (numbered, so no two are the same)."""
    base = (GOOD_A + GOOD_B).split(". ")
    parts: list[str] = []
    size, i = 0, 0
    while size < n_bytes:
        sentence = base[i % len(base)].strip().rstrip(".") + f" in district {i}."
        parts.append(sentence + ("\n\n" if i % 6 == 5 else " "))
        size += len(sentence) + 1
        i += 1
    return "".join(parts).encode()


@pytest.mark.parametrize(("delay", "signals"), [(0.1, 1), (0.3, 1), (0.5, 1), (0.8, 1), (0.5, 2)])
def test_ctrl_c_subprocess_no_partial_file(out_dir: Path, delay: float, signals: int) -> None:
    """SIGINT to a real run on a large input: exit 130, one line, no output or temporary file.

    The article comes on stdin through a pipe. Writing more than a pipe buffer only returns once
    the CLI is reading it, i.e. past interpreter start-up and imports; then stdin is closed and the
    signal lands while the CLI imports scikit-learn, splits or scores the article (several delays:
    a signal during a compiled module's import made CPython itself end the run with SIGINT, -2,
    in about one run of four). A second Ctrl-C while the run cleans up is ignored.
    """
    output = out_dir / "briefing.html"
    proc = _cli("-", "-o", str(output), stdin=subprocess.PIPE)
    assert proc.stdin is not None
    try:
        proc.stdin.write(_big_article(3_000_000))
        proc.stdin.close()
        time.sleep(delay)
        if proc.poll() is not None:
            pytest.skip("the run finished before the signal could be sent (a very fast machine)")
        for _ in range(signals):
            proc.send_signal(signal.SIGINT)
            time.sleep(0.01)
        out, err = _finish(proc, 120)
    finally:
        _stop(proc)
    text = err.decode("utf-8", "replace")
    assert proc.returncode == 130, text
    assert "Traceback" not in text
    assert text.splitlines() == ["summarizer: interrupted"]
    assert out == b""
    assert_empty(out_dir)


def test_ctrl_c_subprocess_while_reading_stdin(out_dir: Path) -> None:
    output = out_dir / "briefing.md"
    proc = _cli("-", "-o", str(output), stdin=subprocess.PIPE)
    assert proc.stdin is not None
    try:
        proc.stdin.write(_big_article(300_000))  # > a pipe buffer: returns once the CLI reads stdin
        proc.stdin.flush()
        time.sleep(0.2)
        assert proc.poll() is None
        proc.send_signal(signal.SIGINT)
        proc.stdin.close()
        _, err = _finish(proc, 60)
    finally:
        _stop(proc)
    text = err.decode("utf-8", "replace")
    assert proc.returncode == 130, text
    assert text.splitlines() == ["summarizer: interrupted"]
    assert_empty(out_dir)


# --------------------------------------------------------------------------------------------
# Two writers at once
# --------------------------------------------------------------------------------------------


def test_two_runs_write_same_output_at_once(tmp_path: Path, out_dir: Path) -> None:
    folder = tmp_path / "cluster"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD_A, encoding="utf-8")
    (folder / "b.txt").write_text(GOOD_B, encoding="utf-8")
    (folder / "c.txt").write_bytes(_big_article(50_000))
    output = out_dir / "briefing.html"
    procs = [_cli(str(folder), "-o", str(output)) for _ in range(2)]
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, results):
        assert proc.returncode == 0, err.decode("utf-8", "replace")
        assert (out, err) == (b"", b"")
    single = tmp_path / "single.html"
    solo = _cli(str(folder), "-o", str(single))
    _, err = solo.communicate(timeout=300)
    assert solo.returncode == 0, err.decode("utf-8", "replace")
    assert [p.name for p in out_dir.iterdir()] == ["briefing.html"]
    assert output.read_bytes() == single.read_bytes()
    assert output.read_bytes().rstrip().endswith(b"</html>")


# --------------------------------------------------------------------------------------------
# Special files as -o: never replaced by a regular file (issue 15.1)
# --------------------------------------------------------------------------------------------

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_root = pytest.mark.skipif(not IS_ROOT, reason="mknod of a device node needs root")


def _briefing_bytes(good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> bytes:
    """The briefing of ``good`` written to a regular file: what a device or a pipe must receive."""
    reference = tmp_path / "reference.txt"
    assert run([str(good), "-o", str(reference)], capsys)[0] == 0
    return reference.read_bytes()


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Fail (not hang) when a run blocks, e.g. opening a named pipe that nobody reads."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s: blocked")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _mknod_char(path: Path, major: int, minor: int) -> Path:
    """A character device node in the test folder (never the machine's own /dev/null)."""
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(major, minor))
    return path


def test_output_fifo_is_written_in_place(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = _briefing_bytes(good, tmp_path, capsys)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader is there before the run
    try:
        code, out, err = run([str(good), "-o", str(fifo), "--format", "text"], capsys)
        assert (code, out, err) == (0, "", "")
        received = b""
        while chunk := os.read(reader, 65536):
            received += chunk
    finally:
        os.close(reader)
    assert received == expected
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.txt", "pipe", "reference.txt"]


def test_output_fifo_without_reader_is_one_line_not_a_hang(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with _deadline(60):
        code, out, err = run([str(good), "-o", str(fifo)], capsys)
    assert_one_error(code, out, err, str(fifo), "no program is reading it")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.txt", "pipe"]


@needs_root
def test_output_character_device_is_written_in_place(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    null = _mknod_char(tmp_path / "null", 1, 3)  # the numbers of /dev/null, as a node of our own
    code, out, err = run([str(good), "-o", str(null)], capsys)
    assert (code, out, err) == (0, "", "")
    assert stat.S_ISCHR(os.lstat(null).st_mode)
    assert os.lstat(null).st_rdev == os.makedev(1, 3)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.txt", "null"]


@needs_root
def test_output_full_device_is_one_line_and_stays_a_device(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full = _mknod_char(tmp_path / "full", 1, 7)  # the numbers of /dev/full
    code, out, err = run([str(good), "-o", str(full)], capsys)
    assert_one_error(code, out, err, str(full), "No space left on device")
    assert stat.S_ISCHR(os.lstat(full).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["full", "good.txt"]


def test_output_symlink_replaces_its_target_and_stays_a_link(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = _briefing_bytes(good, tmp_path, capsys)
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    target = folder / "briefing.txt"
    target.write_text("the old briefing\n", encoding="utf-8")
    link = tmp_path / "latest.txt"
    link.symlink_to(target)
    code, out, err = run([str(good), "-o", str(link)], capsys)
    assert (code, out, err) == (0, "", "")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes() == expected
    assert [p.name for p in folder.iterdir()] == ["briefing.txt"]  # no temporary file left
    dangling = tmp_path / "next.txt"
    dangling.symlink_to(folder / "new.txt")
    assert run([str(good), "-o", str(dangling)], capsys)[0] == 0
    assert dangling.is_symlink() and (folder / "new.txt").read_bytes() == expected


def test_output_symlink_to_a_pipe_writes_the_pipe(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As ``-o /dev/stdout`` (a link to /proc/self/fd/1): the link and the pipe both stay."""
    expected = _briefing_bytes(good, tmp_path, capsys)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "stdout"
    link.symlink_to(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        assert run([str(good), "-o", str(link), "--format", "text"], capsys)[:2] == (0, "")
        assert os.read(reader, 1 << 20) == expected
    finally:
        os.close(reader)
    assert link.is_symlink() and stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_output_socket_is_refused(
    good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    monkeypatch.chdir(tmp_path)  # a short relative path: socket names are limited to ~100 bytes
    with socket.socket(socket.AF_UNIX) as server:
        server.bind("sock")
        code, out, err = run([str(good), "-o", "sock"], capsys)
        assert_one_error(code, out, err, "sock", "a socket")
        assert stat.S_ISSOCK(os.lstat("sock").st_mode)


@needs_root
def test_output_block_device_is_refused(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    node = tmp_path / "disk"
    os.mknod(node, 0o600 | stat.S_IFBLK, os.makedev(7, 250))  # a loop device number, never opened
    code, out, err = run([str(good), "-o", str(node)], capsys)
    assert_one_error(code, out, err, "a block device")
    assert stat.S_ISBLK(os.lstat(node).st_mode)


def _clusters_file(tmp_path: Path) -> Path:
    import json

    path = tmp_path / "clusters.jsonl"
    record = {
        "id": "orlen",
        "documents": [{"id": "a", "text": GOOD_A}, {"id": "b", "text": GOOD_B}],
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_batch_refuses_a_fifo_or_device_output(tmp_path: Path) -> None:
    """In a child process with a time limit: a batch that opened the FIFO would wait forever."""
    clusters = _clusters_file(tmp_path)
    fifo = tmp_path / "out.jsonl"
    os.mkfifo(fifo)
    targets = [fifo, *([_mknod_char(tmp_path / "null", 1, 3)] if IS_ROOT else [])]
    for target in targets:
        proc = _cli("batch", str(clusters), "-o", str(target))
        try:
            out, err = _finish(proc, 60)
        finally:
            _stop(proc)
        assert_one_error(
            proc.returncode or 0, out.decode(), err.decode(), str(target), "regular file"
        )
        mode = os.lstat(target).st_mode
        assert stat.S_ISFIFO(mode) if target == fifo else stat.S_ISCHR(mode)


# --------------------------------------------------------------------------------------------
# A full disk, a full or closed standard output (issue 15.4)
# --------------------------------------------------------------------------------------------


FULL_STDOUT = (
    "summarizer: error: cannot write the briefing to standard output (No space left on device); "
    "free some space, or write elsewhere with -o FILE"
)


def _on_full_device(args: list[str], env: dict[str, str] | None = None) -> tuple[int, str]:
    """``python -m summarizer ARGS`` with its standard output on /dev/full: (exit status, stderr).
    Skips where the system has no /dev/full."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "summarizer", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            env=env if env is not None else {**os.environ, "PYTHONPATH": str(REPO)},
            cwd=REPO,
            check=False,
            timeout=120,
        )
    return result.returncode, result.stderr.decode("utf-8", "replace")


@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
def test_stdout_on_a_full_device(good: Path, unbuffered: bool) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("PYTHONUNBUFFERED", None)
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    status, text = _on_full_device([str(good)], env)
    assert status == 1, text
    assert text.splitlines() == [FULL_STDOUT]


def test_batch_stdout_on_a_full_device(tmp_path: Path) -> None:
    status, text = _on_full_device(["batch", str(_clusters_file(tmp_path))])
    assert status == 1, text
    assert text.splitlines() == [
        PREFIX + " summarizer batch cannot write its output (No space left on device); free some "
        "space, or write elsewhere with -o FILE"
    ]


def test_evaluate_stdout_on_a_full_device(tmp_path: Path) -> None:
    # The message told to "write elsewhere with -o FILE": evaluate has no -o.
    import json

    pytest.importorskip("rouge_score", reason="the eval extra is not installed")
    dataset = tmp_path / "dataset.jsonl"
    record = {
        "id": "orlen",
        "documents": [{"id": "a", "text": GOOD_A}, {"id": "b", "text": GOOD_B}],
        "references": [{"text": GOOD_B}],
    }
    dataset.write_text(json.dumps(record) + "\n", encoding="utf-8")
    status, text = _on_full_device(["evaluate", str(dataset)])
    assert status == 1, text
    assert text.splitlines() == [
        PREFIX + " summarizer evaluate cannot write its output (No space left on device); free "
        "some space, or redirect it elsewhere"
    ]


def test_stories_out_of_space_names_its_folder_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # It said "write elsewhere with -o FILE", batch's words; stories' -o is a folder.
    import summarizer.stories as stories_module

    def full(path: Path, content: str, **options: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(stories_module, "write_atomic", full)
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(GOOD_A, encoding="utf-8")
    code, out, err = run(["stories", str(articles), "-o", str(tmp_path / "site")], capsys)
    line = assert_one_error(code, out, err, "No space left on device", "-o DIR")
    assert "-o FILE" not in line
    assert not (tmp_path / "site").exists()


def test_stdout_short_writes_then_full_disk(
    good: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A disk that fills up part-way: short writes, then ENOSPC. Exit 1 with one line, not 0."""
    read_end, write_end = os.pipe()
    real_write = os.write
    calls: list[int] = []

    def filling(fd: int, data: bytes) -> int:
        calls.append(len(data))
        if len(calls) > 2:
            raise OSError(28, "No space left on device")
        return real_write(fd, bytes(data)[:50])

    with open(write_end, "w", encoding="utf-8", closefd=True) as stream:
        monkeypatch.setattr(sys, "stdout", stream)
        monkeypatch.setattr(os, "write", filling)
        code = main([str(good)])
        monkeypatch.undo()
        err = capsys.readouterr().err
    os.close(read_end)
    assert code == 1, err
    assert err.splitlines() == [FULL_STDOUT]


def test_stdout_short_writes_are_completed(
    good: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, expected, _ = run([str(good)], capsys)
    assert code == 0
    read_end, write_end = os.pipe()
    real_write = os.write

    def short(fd: int, data: bytes) -> int:
        return real_write(fd, bytes(data)[:7])

    with open(write_end, "w", encoding="utf-8", closefd=True) as stream:
        monkeypatch.setattr(sys, "stdout", stream)
        monkeypatch.setattr(os, "write", short)
        code = main([str(good)])
        monkeypatch.undo()
    with open(read_end, "rb") as received:
        assert received.read().decode("utf-8") == expected
    assert code == 0


def _with_closed(redirect: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    """``python -m summarizer ARGS`` with a standard stream closed by the shell's ``redirect``
    (``<&-``, ``>&-``, ``2>&-``): Python then has ``None`` for that ``sys`` stream."""
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash to close a standard stream with")
    return subprocess.run(
        [bash, "-c", f'exec "$0" -m summarizer "$@" {redirect}', sys.executable, *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd=REPO,
        check=False,
        timeout=120,
    )


def test_a_closed_standard_input_is_one_error_line() -> None:
    # "summarizer - <&-" (a cron job, a service without stdin) was an AttributeError traceback.
    result = _with_closed("<&-", "-")
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 1 and result.stdout == b""
    assert err == (
        "summarizer: error: - (standard input) is closed, so there is no article to read from "
        "it; give the articles as files, or pipe them in\n"
    )


@pytest.mark.parametrize("command", ["summarizer", "batch", "evaluate"])
def test_a_closed_standard_output_is_one_error_line(
    good: Path, tmp_path: Path, command: str
) -> None:
    # "summarizer a.txt >&-" was an AttributeError traceback ('NoneType' object has no
    # attribute 'write'), and so were batch and evaluate (after the whole evaluation).
    if command == "batch":
        clusters = tmp_path / "clusters.jsonl"
        clusters.write_text('{"id": "c", "documents": ["' + GOOD_A.strip() + '"]}\n', "utf-8")
        result = _with_closed(">&-", "batch", str(clusters))
    elif command == "evaluate":  # before any work: the table is written at the end
        result = _with_closed(">&-", "evaluate", str(tmp_path / "not-read.jsonl"))
    else:
        result = _with_closed(">&-", str(good))
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 1, err
    (line,) = err.splitlines()
    assert line.startswith(PREFIX) and "standard output is closed" in line
    assert ("--json FILE" if command == "evaluate" else "-o FILE") in line


def test_an_error_with_standard_error_closed_does_not_go_to_standard_output(
    tmp_path: Path,
) -> None:
    # With stderr closed Python's print(file=sys.stderr) wrote to stdout: "summarizer e.txt
    # 2>&- > out.md" put the error message in out.md, where the briefing goes.
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    result = _with_closed("2>&-", str(empty))
    assert result.returncode == 1 and result.stdout == b""


def test_stdout_closed_early_is_quiet(tmp_path: Path) -> None:
    """`summarizer ... | head -c0`: the reader is gone before the briefing is written.

    The HTML briefing holds the article's full text, more than a pipe buffer, so the write meets
    the closed pipe however late this process closes its end.
    """
    article = tmp_path / "long.txt"
    article.write_bytes(_big_article(200_000))
    proc = _cli(str(article), "--format", "html")
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    try:
        proc.wait(timeout=120)
        err = proc.stderr.read().decode("utf-8", "replace")
    finally:
        _stop(proc)
    assert proc.returncode == 141, err
    assert err == ""
