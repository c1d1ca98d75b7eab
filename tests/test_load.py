"""load stage: files, folders, JSON, JSONL, stdin, encodings, ids, errors."""

from __future__ import annotations

import codecs
import errno
import io
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer import (
    ConfigError,
    Document,
    InputError,
    ResourceError,
    load_documents,
    render,
    summarize,
)
from summarizer.cli import main
from summarizer.load import SkippedInputWarning, as_documents, decode_bytes, is_briefing
from summarizer.types import Removal

ARTICLE = (
    "The harbour ferry resumed service on Friday.\n\nCrews repaired the pier in three weeks.\n"
)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_text_file_gets_its_stem_as_id(tmp_path: Path) -> None:
    docs = load_documents(write(tmp_path / "ferry.txt", ARTICLE))
    assert docs == [Document(text=ARTICLE, id="ferry")]


def test_folder_is_read_in_name_order_and_skips_hidden_and_other_files(tmp_path: Path) -> None:
    write(tmp_path / "b.md", "Second article text here.")
    write(tmp_path / "a.txt", "First article text here.")
    write(tmp_path / "notes.csv", "x,y")
    write(tmp_path / ".hidden.txt", "not an article")
    # A file of another kind is said, once, by name; a hidden one is not.
    with pytest.warns(SkippedInputWarning, match=r"skipped 1 file of another kind .*notes\.csv"):
        docs = load_documents(tmp_path)
    assert [d.id for d in docs] == ["a", "b"]


def test_a_folders_files_of_other_kinds_are_said_in_one_warning(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "First article text here.")
    for name in ("scan.pdf", "report.docx", "photo.jpg", "memo"):
        write(tmp_path / name, "x")
    with pytest.warns(SkippedInputWarning) as caught:
        docs = load_documents(tmp_path)
    assert [d.id for d in docs] == ["a"]
    assert len(caught) == 1
    message = str(caught[0].message)
    assert "skipped 4 files of another kind" in message and "and 1 more" in message
    assert "memo" in message and "name a file to read it as text" in message


def test_json_list_and_fields(tmp_path: Path) -> None:
    records = [
        {
            "id": "w1",
            "text": "One.",
            "title": "T",
            "source": "Wire",
            "date": "2024-05-01",
            "url": "https://example.com/1",
        },
        {"body": "Two.", "outlet": "Paper"},
    ]
    docs = load_documents(write(tmp_path / "c.json", json.dumps(records)))
    assert docs[0] == Document(
        "One.", id="w1", title="T", source="Wire", date="2024-05-01", url="https://example.com/1"
    )
    assert docs[1] == Document("Two.", id="c-2", source="Paper")


def test_jsonl_one_document_per_line_and_cluster_records(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "One."}),
        "",
        json.dumps({"id": "x", "documents": [{"id": "d1", "text": "Two."}]}),
    ]
    docs = load_documents(write(tmp_path / "c.jsonl", "\n".join(lines)))
    assert [(d.id, d.text) for d in docs] == [("c-1", "One."), ("d1", "Two.")]


def test_jsonl_broken_line_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "c.jsonl", '{"text": "ok"}\n{"text": broken\n{"text": "ok"}\n')
    with pytest.raises(InputError, match=r"c\.jsonl: line 2 is not valid JSON"):
        load_documents(path)


def test_json_that_is_not_documents(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="list of document objects .*; got a number$"):
        load_documents(write(tmp_path / "n.json", "42"))
    with pytest.raises(InputError, match='has no "text" field'):
        load_documents(write(tmp_path / "m.json", '[{"title": "no body"}]'))
    # "documents" that is not a list is named, not taken for a document without text, in the
    # words of "articles" and "items" (it was 'must be a list ...; got dict', Python's name).
    for value, said in (({"text": "The ferry ran aground."}, "an object"), (None, "null")):
        one = json.dumps({"documents": value})
        for name, content in (("d.json", one), ("d.jsonl", one + "\n")):
            with pytest.raises(
                InputError, match=rf'"documents" is {said}, not a list of documents; give '
            ):
                load_documents(write(tmp_path / name, content))


@pytest.mark.parametrize(
    "encoded",
    [
        codecs.BOM_UTF8 + "Café in Zürich – “quoted”.".encode(),
        "Café in Zürich – “quoted”.".encode("utf-16"),
        "Café in Zürich – “quoted”.".encode(),
        "Café in Zürich – “quoted”.".encode("cp1252"),
    ],
    ids=["utf8-bom", "utf16-bom", "utf8", "cp1252"],
)
def test_encodings(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "e.txt"
    path.write_bytes(encoded)
    assert load_documents(path)[0].text == "Café in Zürich – “quoted”."


def test_latin1_and_crlf() -> None:
    assert decode_bytes("Señor\r\nline two\rthree".encode("latin-1")) == "Señor\nline two\nthree"


def test_binary_file_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match=r"image\.txt: is a binary file"):
        load_documents(path)


def test_size_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "word " * 100)
    with pytest.raises(InputError, match=r"big\.txt: is 500 bytes, over the 100-byte limit"):
        load_documents(path, max_bytes=100)


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("*.txt", "a pattern such as *.txt is expanded by the shell"),
        ("news/2024-0[1-3]*.md", "a pattern such as *.txt is expanded by the shell"),
        ("~/news", "~ is expanded by the shell"),
    ],
)
def test_a_quoted_pattern_or_tilde_says_the_shell_expands_it(
    tmp_path: Path, name: str, hint: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # summarizer "news/*.txt" (quoted, or in a script) gave only "no such file or folder; check
    # the path", though the path is right and only its unexpanded pattern is not a file.
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match="no such file or folder") as caught:
        load_documents(name)
    assert hint in str(caught.value)


@pytest.mark.parametrize(
    ("name", "host"),
    [
        ("www.example.com/news/story", True),
        ("example.co.uk/story.html", True),
        ("news.example.org", True),
        ("notes.txt", False),
        ("news/notes.txt", False),
        ("archive.2024/a.txt", False),
    ],
)
def test_a_web_address_without_its_scheme_says_to_write_https(
    tmp_path: Path, name: str, host: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "summarizer www.example.com/news/story" said only "no such file or folder; check the
    # path": an address typed without https:// is read as a path, and the path is not wrong.
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match="no such file or folder") as caught:
        load_documents(name)
    if host:
        assert str(caught.value).endswith(f"write it with https:// (https://{name})")
    else:
        assert str(caught.value).endswith("no such file or folder; check the path")


def test_a_front_matter_only_page_in_a_folder_is_skipped_with_a_warning(tmp_path: Path) -> None:
    # A site generator's section page (Hugo's _index.md) holds only a front matter: no article,
    # as a feed's entry without text, it is left out and said; the folder's articles are read.
    write(tmp_path / "_index.md", "---\ntitle: Floods\n---\n")
    write(tmp_path / "ferry.md", "---\ntitle: Ferry\n---\n" + ARTICLE)
    with pytest.warns(
        SkippedInputWarning, match=r"skipped .*_index\.md: holds only a front matter"
    ):
        docs = load_documents(tmp_path)
    assert [d.id for d in docs] == ["ferry"]
    # Named alone, it is an error.
    with pytest.raises(InputError, match=r"_index\.md: holds only a front matter"):
        load_documents(tmp_path / "_index.md")


def test_a_pipe_or_a_device_given_as_an_article_says_what_it_is_and_the_fix(
    tmp_path: Path,
) -> None:
    # A shell's <(curl ...) is a pipe: it was "is not a regular file; give an article file or a
    # folder", which left the user without a way to give it.
    fifo = tmp_path / "feed"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match=r"feed: is a pipe, not a file; .* \| summarizer -$"):
        load_documents(fifo)
    with pytest.raises(InputError, match=r"^/dev/null: is a device, not a regular file; give"):
        load_documents(os.devnull)


@pytest.mark.parametrize(
    ("code", "fix"),
    [
        (errno.EACCES, "check its permissions"),
        (errno.EIO, "check the disk it is on, then try again"),
    ],
)
def test_a_file_that_cannot_be_read_gives_the_fix_for_its_error(
    tmp_path: Path, code: int, fix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A failing disk (EIO) was told to "check its permissions".
    path = write(tmp_path / "ferry.txt", ARTICLE)

    def failing(self: Path, *args: object, **kwargs: object) -> bytes:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(Path, "open", failing)  # the file is read through its handle
    with pytest.raises(
        InputError, match=rf"ferry\.txt: cannot be read \({os.strerror(code)}\); {fix}$"
    ):
        load_documents(path)


def test_an_empty_standard_input_says_what_to_send(monkeypatch: pytest.MonkeyPatch) -> None:
    # It was "<stdin>: is empty; give a file with article text", for an input that is no file.
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b" \n")))
    with pytest.raises(
        InputError,
        match=r"^<stdin>: is empty; send article text to it, or name the article files$",
    ):
        load_documents("-")


def test_missing_empty_and_no_input(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_documents(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is empty"):
        load_documents(write(tmp_path / "empty.txt", "  \n\t\n"))
    with pytest.raises(InputError, match="no input given"):
        load_documents()
    # A list given as one argument: the paths go as separate arguments.
    with pytest.raises(
        TypeError, match=r"got list; pass each path as an argument: load_documents\(\*paths\)"
    ):
        load_documents([tmp_path / "a.txt", tmp_path / "b.txt"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="got NoneType"):
        load_documents(None)  # type: ignore[arg-type]
    (tmp_path / "d").mkdir()
    with pytest.raises(InputError, match="folder has no"):
        load_documents(tmp_path / "d")


def test_skip_bad_keeps_the_good_ones(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", ARTICLE)
    with pytest.warns(SkippedInputWarning, match="nope.txt"):
        docs = load_documents(tmp_path / "nope.txt", good, skip_bad=True)
    assert [d.id for d in docs] == ["good"]


def test_skip_bad_skips_a_bad_line_of_a_jsonl_file_not_the_file(tmp_path: Path) -> None:
    """One broken line of many lost the whole file under skip_bad."""
    lines = write(
        tmp_path / "feed.jsonl",
        json.dumps({"id": "one", "text": FERRY})
        + "\n{oops\n"
        + json.dumps({"id": "two", "text": FERRY_2})
        + "\n",
    )
    with pytest.raises(InputError, match="line 2 is not valid JSON"):
        load_documents(lines)
    with pytest.warns(
        SkippedInputWarning, match=r"^skipped .*feed.jsonl: line 2 is not valid JSON"
    ):
        docs = load_documents(lines, skip_bad=True)
    assert [d.id for d in docs] == ["one", "two"]


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson"])
def test_a_json_lines_file_holding_one_json_document_over_lines_is_read_as_json(
    tmp_path: Path, suffix: str
) -> None:
    # A pretty-printed list saved as .jsonl was "line 1 is not valid JSON (Expecting value at
    # column 2); fix or remove that line", though it is whole; standard input reads it as JSON.
    listed = json.dumps([{"id": "one", "text": FERRY}, {"text": FERRY_2}], indent=2)
    docs = load_documents(write(tmp_path / f"day{suffix}", listed + "\n"))
    assert [(d.id, d.text) for d in docs] == [("one", FERRY), ("day-2", FERRY_2)]
    single = json.dumps({"id": "one", "text": FERRY}, indent=2)
    assert [d.id for d in load_documents(write(tmp_path / f"one{suffix}", single))] == ["one"]
    # JSON Lines are read as before; a broken one still names its line.
    lines = write(tmp_path / f"two{suffix}", json.dumps({"text": FERRY}) + "\n{oops\n")
    with pytest.raises(InputError, match=r"line 2 is not valid JSON"):
        load_documents(lines)


# Error pages as a scraper saves them for a dead or refused link (our own words).
ERROR_PAGES = {
    "dead.txt": "404 Not Found\n\nThe requested URL /news/ferry was not found on this server.\n",
    "gone.md": "# Error 404 - Page Not Found!\n\nSorry, this page does not exist. Go home.\n",
    "denied.txt": "Access denied\n\nYou do not have permission to view this page.\n",
    "weg.txt": "Seite nicht gefunden\n\nDie angeforderte Seite existiert nicht.\n",
}


@pytest.mark.parametrize("name", sorted(ERROR_PAGES))
def test_an_error_page_is_refused_naming_its_error(tmp_path: Path, name: str) -> None:
    # Each became an article: "summarizer stories" made a story whose briefing was "404".
    (tmp_path / "in").mkdir()
    path = write(tmp_path / "in" / name, ERROR_PAGES[name])
    write(tmp_path / "in" / "ferry.txt", FERRY)
    error = "403 Forbidden" if name == "denied.txt" else "404 Not Found"
    message = f"{name}: is an error page ({error}), not an article; remove it or fetch it again"
    with pytest.raises(InputError, match=f"{re.escape(message)}$"):
        load_documents(path)
    with pytest.warns(SkippedInputWarning, match=f"^skipped .*{re.escape(message)}$"):
        docs = load_documents(tmp_path / "in", skip_bad=True)
    assert [d.id for d in docs] == ["ferry"]


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_a_record_that_is_an_error_page_is_refused_as_a_file_is(
    tmp_path: Path, suffix: str
) -> None:
    # A scraper's record of a dead link held the site's error page: it became a source
    # ("2 sources"), where the same text in a file is refused.
    records = [
        {"id": "ferry", "text": FERRY},
        {"title": "Page not found | The Harbour Gazette", "text": "Sorry, this page has moved."},
    ]
    where = "item 2" if suffix == ".json" else "line 2"
    if suffix == ".json":
        text = json.dumps(records)
    else:
        text = "".join(json.dumps(record) + "\n" for record in records)
    path = write(tmp_path / f"scraped{suffix}", text)
    message = f"scraped{suffix}: {where}: is an error page (404 Not Found), not an article"
    with pytest.raises(InputError, match=f"{re.escape(message)}; remove it or fetch it again$"):
        load_documents(path)
    with pytest.warns(SkippedInputWarning, match=f"^skipped .*{re.escape(message)}"):
        docs = load_documents(path, skip_bad=True)
    assert [d.id for d in docs] == ["ferry"]


def test_an_html_error_page_is_refused(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    pages = {
        "apache.html": "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
        "<p>The requested URL /news/tram was not found on this server.</p></body></html>",
        "site.html": "<html><head><title>Page not found | The Harbour Gazette</title></head>"
        "<body><main><h1>Page not found</h1><p>Sorry, the page you were looking for has moved."
        " Try our search or go back to the front page.</p></main></body></html>",
        "forbidden.html": "<html><head><title>403 Forbidden</title></head><body>"
        "<h1>Forbidden</h1><p>You do not have permission to read this resource.</p></body></html>",
    }
    for name, page in pages.items():
        path = write(tmp_path / name, page)
        error = "403 Forbidden" if name == "forbidden.html" else "404 Not Found"
        with pytest.raises(InputError, match=rf"{name}: is an error page \({error}\), not an"):
            load_documents(path)


def test_an_article_that_mentions_a_dead_page_is_an_article(tmp_path: Path) -> None:
    short = (
        "Harbour site back\n\nThe harbour authority's timetable page showed 404 Not Found for two"
        " hours on Monday. Page not found errors ended when the server was restarted.\n"
    )
    long = (
        "Page not found: the tram plan's missing web page\n\n"
        + "The council's tram consultation page returned a 404 error for a week, and residents "
        "who followed the leaflet's link saw only a page not found notice. " * 5
    )
    for name, text in (("short.txt", short), ("long.txt", long)):
        [doc] = load_documents(write(tmp_path / name, text))
        assert doc.text == text


def test_a_bad_item_of_a_json_list_is_skipped_alone(tmp_path: Path) -> None:
    # With skip_bad, one item that is no article dropped the whole file: "skipped l.json: item
    # 2 ...", then "no documents found in l.json", its good articles lost with it.
    path = write(
        tmp_path / "l.json",
        json.dumps([{"id": "one", "text": FERRY}, 5, {"id": "two", "text": FERRY_2}]),
    )
    with pytest.raises(InputError, match=r"l.json: item 2: a document must be"):
        load_documents(path)
    with pytest.warns(SkippedInputWarning, match=r"^skipped .*l.json: item 2: a document must be"):
        docs = load_documents(path, skip_bad=True)
    assert [d.id for d in docs] == ["one", "two"]


def test_a_bad_line_of_json_lines_on_stdin_is_skipped_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # With skip_bad, stdin's bad line dropped the whole stream: "skipped <stdin>: line 2 ...",
    # then "no documents found in -", the good lines lost with it.
    piped = json.dumps({"id": "one", "text": FERRY}) + "\n{oops\n"
    piped += json.dumps({"id": "two", "text": FERRY_2}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(piped.encode("utf-8"))))
    with pytest.warns(SkippedInputWarning, match=r"^skipped <stdin>: line 2 is not valid JSON"):
        docs = load_documents("-", skip_bad=True)
    assert [d.id for d in docs] == ["one", "two"]


def test_every_skip_warning_points_at_the_caller_s_line(tmp_path: Path) -> None:
    """A skipped line of a .jsonl file (given alone or inside a folder), a missing file, a file
    given twice and a repeated article are each reported at the line that called
    load_documents, not inside load.py (a .jsonl line's warning pointed at load.py:580)."""
    (tmp_path / "feed").mkdir()
    lines = write(
        tmp_path / "feed" / "feed.jsonl",
        json.dumps({"id": "one", "text": FERRY})
        + "\n{oops\n"
        + json.dumps({"id": "one", "text": FERRY})
        + "\n",
    )
    calls = [
        lambda: load_documents(lines, skip_bad=True),
        lambda: load_documents(tmp_path / "feed", skip_bad=True),
        lambda: load_documents(tmp_path / "nope.txt", lines, skip_bad=True),
        lambda: load_documents(lines, lines, skip_bad=True),
    ]
    for call in calls:
        with pytest.warns(SkippedInputWarning) as caught:
            call()
        assert caught.list and {w.filename for w in caught.list} == {__file__}


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", fake)
    assert load_documents("-") == [Document(ARTICLE, id="stdin")]


@pytest.mark.parametrize(
    ("piped", "expected"),
    [
        # A news API's answer and a list of records: read as the .json file they are, not
        # summarised as JSON text ('{"status": "ok", "articles": [{"source": ...').
        ('{"status": "ok", "articles": [{"source": {"name": "Northwire"}, "content": "Ferry back."}]}',
         [("stdin-1", "Ferry back.", "Northwire")]),
        ('\n [{"text": "Ferry back.", "id": "f1"}, "The tide was high."]',
         [("f1", "Ferry back.", None), ("stdin-2", "The tide was high.", None)]),
        ('{"text": "Ferry back."}\n{"text": "The tide was high.", "outlet": "Northwire"}\n',
         [("stdin-1", "Ferry back.", None), ("stdin-2", "The tide was high.", "Northwire")]),
        # An article that opens with a bracket or a brace is still an article.
        ("[Updated] Ferry back.\n", [("stdin", "[Updated] Ferry back.\n", None)]),
        ("{Corrected} Ferry back.\n", [("stdin", "{Corrected} Ferry back.\n", None)]),
    ],
)  # fmt: skip
def test_json_on_stdin_is_read_as_records(
    monkeypatch: pytest.MonkeyPatch, piped: str, expected: list[tuple[str, str, str | None]]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(piped.encode("utf-8"))))
    assert [(d.id, d.text, d.source) for d in load_documents("-")] == expected


def test_a_feed_on_stdin_is_read_as_a_feed(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("feedparser")
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Northwire</title>'
        "<item><title>Ferry back</title><description>The night ferry sailed again.</description>"
        "</item></channel></rss>"
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(feed.encode("utf-8"))))
    [doc] = load_documents("-")
    assert (doc.text, doc.title, doc.source) == (
        "The night ferry sailed again.",
        "Ferry back",
        "Northwire",
    )


def test_an_html_page_on_stdin_is_read_as_a_page(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("trafilatura")
    page = (
        "<!DOCTYPE html><html><head><title>Ferry back</title></head><body><article>"
        + "<p>The night ferry to Skerrow sailed again on Monday after a week of repairs.</p>" * 3
        + "</article></body></html>"
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page.encode("utf-8"))))
    [doc] = load_documents("-")
    assert "<p>" not in doc.text and doc.text.startswith("The night ferry")


def test_bytes_on_stdin_that_are_not_utf8_are_warned_of(monkeypatch: pytest.MonkeyPatch) -> None:
    # A file's bad bytes were warned of; the same bytes on stdin were replaced silently.
    piped = "Zürich ferry sailed. Café été.\n".encode() + b"Tide \xff high.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(piped)))
    with pytest.warns(SkippedInputWarning, match=r"^skipped bytes of <stdin> .*\(1 places"):
        [doc] = load_documents("-")
    assert doc.text.endswith("Tide \ufffd high.\n")


def test_stdin_named_twice_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """The second "-" read nothing and was refused as an empty file."""
    fake = io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", fake)
    with pytest.raises(InputError, match=r"^- \(standard input\) is given twice; it is read once"):
        load_documents("-", "-")


def test_duplicate_stems_get_unique_ids(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    docs = load_documents(
        write(tmp_path / "x" / "a.txt", "One."), write(tmp_path / "y" / "a.txt", "Two.")
    )
    assert [d.id for d in docs] == ["a", "a-2"]


def test_a_repeated_id_never_takes_an_id_given_to_another_document(tmp_path: Path) -> None:
    # The second "x" took "x-2", and the document the caller had named "x-2" became "x-2-2": its
    # citations no longer named it. A number given for a document without an id ("doc1") gave
    # way to nothing either: the caller's own "doc1" was renamed.
    docs = as_documents([Document("A.", id="x"), Document("B.", id="x"), Document("C.", id="x-2")])
    assert [d.id for d in docs] == ["x", "x-3", "x-2"]
    docs = as_documents(["A.", Document("B.", id="doc1")])
    assert [d.id for d in docs] == ["doc1-2", "doc1"]
    for folder in ("x", "y", "z"):
        (tmp_path / folder).mkdir()
    docs = load_documents(
        write(tmp_path / "x" / "a.txt", "One."),
        write(tmp_path / "y" / "a.txt", "Two."),
        write(tmp_path / "z" / "a-2.txt", "Three."),
    )
    assert [d.id for d in docs] == ["a", "a-3", "a-2"]


def test_as_documents_ids_and_types() -> None:
    docs = as_documents(["one", Document("two", id="k"), Document("three", id="k")])
    assert [d.id for d in docs] == ["doc1", "k", "k-2"]
    with pytest.raises(TypeError, match="not a single string"):
        as_documents("just one article")
    with pytest.raises(TypeError, match="document 2 must be a Document or str; got int"):
        as_documents(["ok", 3])  # type: ignore[list-item]
    with pytest.raises(InputError, match="no documents given"):
        as_documents([])


def test_as_documents_names_a_language_or_removed_of_the_wrong_type() -> None:
    # Both used to fail inside a stage: an unhashable list in a Counter, a str's missing .start.
    with pytest.raises(TypeError, match="document 2: language must be str or None; got"):
        as_documents(["ok", Document("two", language=["en"])])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="document 1: removed must be a tuple of Removal"):
        as_documents([Document("one", removed="header")])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("start", "end", "error", "message"),
    [
        ("a", "b", TypeError, r"document 1: removed\[0\] must span whole numbers; got 'a', 'b'"),
        (3.0, 9, TypeError, r"document 1: removed\[0\] must span whole numbers"),
        (
            50,
            10,
            InputError,
            r"document 1: removed\[0\] spans 50 to 10, outside its text \(0 to 45\)",
        ),
        (-5, 10, InputError, r"document 1: removed\[0\] spans -5 to 10, outside its text"),
        (0, 1000, InputError, r"document 1: removed\[0\] spans 0 to 1000, outside its text"),
    ],
)
def test_a_removed_span_outside_its_text_is_named(
    start: object, end: object, error: type[Exception], message: str
) -> None:
    # A caller's Removal was not checked: a span of strings failed inside the pipeline ("'>' not
    # supported between instances of 'str' and 'int'"), one that ended before it began or ran
    # past the text was taken as it came.
    text = "The Arlo tunnel closed on the night of 4 May."
    removal = Removal(start, end, "header", "x")  # type: ignore[arg-type]
    with pytest.raises(error, match=message):
        as_documents([Document(text, removed=(removal,)), "Two."])
    assert as_documents([Document(text, removed=(Removal(0, 4, "header", "The "),))])


# --- encodings: what a stray byte, a missing BOM or a binary file turns into --------------------

ACCENTED = "Café in Zürich – “quoted”, naïve façade."


def test_mostly_utf8_with_one_bad_byte_stays_utf8() -> None:
    # One stray byte must not turn every accent into mojibake (Ã©): it alone becomes U+FFFD.
    data = ACCENTED.encode() + b" Bad \xff byte."
    assert decode_bytes(data) == ACCENTED + " Bad \ufffd byte."


def test_utf8_cut_mid_character_keeps_the_rest() -> None:
    data = ACCENTED.encode() + "—".encode()[:2]
    assert decode_bytes(data) == ACCENTED + "\ufffd"


def test_ascii_with_a_windows_quote_is_cp1252() -> None:
    # No valid multi-byte UTF-8 at all: a lone high byte is a Windows character.
    assert decode_bytes(b"It\x92s the council\x92s call.") == "It’s the council’s call."


def test_cp1252_text_is_not_read_as_utf8() -> None:
    text = "Die Fußgängerbrücke „öffnet“ am Donnerstag; Gebühr: 2 €."
    assert decode_bytes(text.encode("cp1252")) == text


def test_cp1252_undefined_byte_does_not_spoil_the_rest() -> None:
    # 0x81 is undefined in cp1252; it is kept as the latin-1 control it stands for.
    assert decode_bytes(b"\x93quoted\x94 \x81") == "“quoted” \x81"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "u.txt"
    path.write_bytes(("Café opens on Monday.\r\n" * 5).encode(encoding))
    assert load_documents(path)[0].text == "Café opens on Monday.\n" * 5


def test_json_lines_joined_from_files_with_a_bom_are_read_whole(tmp_path: Path) -> None:
    # Two JSON Lines files saved with a byte-order mark and joined (cat a.jsonl b.jsonl): the
    # second file's mark opens a line in the middle, which was "not valid JSON" and refused the
    # file (or failed that cluster of a batch).
    first = '{"id": "a", "text": "The Vell lighthouse lamp failed on Friday."}\r\n'
    second = '{"id": "b", "text": "Ships were warned by radio after the lamp failed."}\r\n'
    path = tmp_path / "joined.jsonl"
    path.write_bytes(b"".join(codecs.BOM_UTF8 + line.encode() for line in (first, second)))
    assert [d.id for d in load_documents(path)] == ["a", "b"]
    from summarizer.records import json_lines

    lines = path.read_bytes().split(b"\n")
    assert [error for _, _, error in json_lines(lines)] == [None, None]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_a_file_with_two_byte_order_marks_is_read(tmp_path: Path, encoding: str) -> None:
    # A tool that adds a mark to a file that has one: JSON refused it in Python's words
    # ("Unexpected UTF-8 BOM (decode using utf-8-sig)"), and a text's headline opened with it.
    records = '[{"id": "a", "title": "Lamp fails", "text": "The Vell lighthouse lamp failed."}]'
    path = tmp_path / "twice.json"
    path.write_bytes(("\ufeff" + records).encode(encoding))
    [doc] = load_documents(path)
    assert (doc.id, doc.title, doc.text) == ("a", "Lamp fails", "The Vell lighthouse lamp failed.")
    text = tmp_path / "twice.txt"
    text.write_bytes(("\ufeff\ufeffShips were warned by radio.\n").encode(encoding))
    assert load_documents(text)[0].text == "Ships were warned by radio.\n"


def test_a_limit_far_past_the_input_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # read(max_bytes + 1) makes room for that many bytes first: --max-bytes 999999999999 was a
    # MemoryError traceback for a file of one line, and so for standard input.
    text = "The Vell lighthouse lamp failed on Friday night.\n"
    path = tmp_path / "lamp.txt"
    path.write_text(text, encoding="utf-8")
    assert load_documents(path, max_bytes=10**15)[0].text == text
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert load_documents("-", max_bytes=10**15)[0].text == text
    with pytest.raises(InputError, match=r"lamp\.txt: is 49 bytes, over the 20-byte limit"):
        load_documents(path, max_bytes=20)


def test_declared_encoding_is_used_and_a_bom_wins() -> None:
    assert decode_bytes("Señor “x”".encode("cp1252"), encoding="iso-8859-1") == "Señor “x”"
    assert decode_bytes("Ζωή".encode("iso-8859-7"), encoding="iso-8859-7") == "Ζωή"
    assert decode_bytes(codecs.BOM_UTF8 + "Zürich".encode(), encoding="cp1252") == "Zürich"
    assert decode_bytes("Zürich".encode(), encoding="no-such-encoding") == "Zürich"


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "PNG image"),
        (
            "article.txt",
            b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml",
            "zip archive",
        ),
        (
            "report.md",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>",
            "PDF document",
        ),
    ],
)
def test_binary_files_are_refused_with_name_and_kind(
    tmp_path: Path, name: str, data: bytes, kind: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=rf"{name}: is a binary file \({kind}") as caught:
        load_documents(path)
    assert "\n" not in str(caught.value)


def test_nul_bytes_without_a_utf16_pattern_are_binary() -> None:
    with pytest.raises(
        InputError, match=r"data\.bin: is a binary file, not text; give articles as"
    ):
        decode_bytes(b"abc\x00\x00\x00def\x00ghij\x01\x02\x03\x00" * 8, "data.bin")


def test_stray_nul_bytes_in_utf8_text_are_dropped(tmp_path: Path) -> None:
    # An article scraped with a NUL or two in otherwise valid UTF-8 was refused as binary.
    path = tmp_path / "scraped.txt"
    path.write_bytes(
        b"The Vell ferry resumed on Monday.\x00 Caf\xc3\xa9 owners cheered.\n\x00Tolls stay.\n"
    )
    [doc] = load_documents(path)
    assert doc.text == "The Vell ferry resumed on Monday. Café owners cheered.\nTolls stay.\n"
    assert decode_bytes(b"Tolls stay at two euros.\x00") == "Tolls stay at two euros."


def test_one_stray_nul_is_dropped_from_a_short_text_as_from_a_long_one(tmp_path: Path) -> None:
    # Our own text: by the control characters' share alone a text of fewer than 20 characters
    # with one NUL was binary, a longer one read without it.
    assert decode_bytes(b"Tolls stay.\x00") == "Tolls stay."
    assert decode_bytes(b"\x00Ferry back.") == "Ferry back."
    path = tmp_path / "nul.txt"
    path.write_bytes(b"\x00")
    with pytest.raises(InputError, match=r"nul\.txt: is empty; give a file with article text$"):
        load_documents(path)
    # More than one, above the share, is binary at any length, in one line.
    for data in (b"Tolls\x00stay.\x00", b"Tolls stay at two euros on the bridge.\x00\x00\x00"):
        with pytest.raises(InputError, match=r"^x\.txt: is a binary file, not text; give [^\n]*$"):
            decode_bytes(data, "x.txt")


def _noise(size: int) -> bytes:
    """Bytes without a pattern, the same on every run."""
    rng = random.Random(7)
    return bytes(rng.randrange(256) for _ in range(size))


@pytest.mark.parametrize(
    "data",
    [
        # Unknown binary formats: no signature, NULs and control bytes scattered.
        _noise(4096) + b"\x00",
        # A text preamble over a binary body: past the first 64 kB, its NULs are still counted.
        b"A plain line of text.\n" * 4000 + bytes(range(32)) * 400,
        # Lone high bytes beside a NUL: not UTF-8, so the NUL is no stray.
        b"Caf\xe9 \xab\xbb \x00 na\xefve",
    ],
    ids=["noise", "text-then-binary", "not-utf8"],
)
def test_nul_bytes_in_what_is_not_utf8_text_stay_binary(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^x\.txt: is a binary file, not text; give articles as"):
        decode_bytes(data, "x.txt")


def test_size_limit_counts_bytes_not_characters(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_text("é" * 60, encoding="utf-8")  # 60 characters, 120 bytes
    with pytest.raises(
        InputError, match=r"wide\.txt: is 120 bytes, over the 100-byte limit; raise --max-bytes"
    ):
        load_documents(path, max_bytes=100)
    assert load_documents(path, max_bytes=120)[0].text == "é" * 60


def test_skip_bad_warns_once_per_bad_file(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", ARTICLE)
    (tmp_path / "photo.png.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    write(tmp_path / "big.txt", "word " * 100)
    with pytest.warns(SkippedInputWarning) as caught:
        docs = load_documents(
            tmp_path / "photo.png.txt", good, tmp_path / "big.txt", max_bytes=200, skip_bad=True
        )
    assert [d.id for d in docs] == ["good"]
    assert [str(w.message).split(": ", 1)[1] for w in caught] == [
        "is a binary file (PNG image), not text; give articles as .txt, .md, .html, .json or .jsonl",
        "is 500 bytes, over the 200-byte limit; raise --max-bytes or split the file",
    ]
    assert str(caught[0].message).startswith("skipped ") and "photo.png.txt" in str(
        caught[0].message
    )
    with pytest.raises(InputError, match="no documents found"), pytest.warns(SkippedInputWarning):
        load_documents(tmp_path / "big.txt", max_bytes=200, skip_bad=True)


def test_skip_bad_in_a_folder_skips_the_bad_file_only(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder / "a-good.txt", ARTICLE)
    (folder / "b-photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    write(
        folder / "c-good.txt",
        "The pier reopened to walkers on Sunday.\n\nIt had been shut for a month.\n",
    )
    with pytest.warns(SkippedInputWarning) as caught:
        docs = load_documents(folder, skip_bad=True)
    assert [d.id for d in docs] == ["a-good", "c-good"]
    assert len(caught) == 1 and "b-photo.txt" in str(caught[0].message)
    with pytest.raises(InputError, match="b-photo.txt: is a binary file"):
        load_documents(folder)


def test_scheme_like_strings_and_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InputError, match="only http:// and https:// addresses are read, not ftp:"):
        load_documents("ftp://files.example/story.txt")
    # A drive letter is not a scheme, and a Path is always a path (never fetched).
    with pytest.raises(InputError, match="no such file"):
        load_documents("C:/articles/nope.txt")
    with pytest.raises(InputError, match="no such file"):
        load_documents(Path("https://news.example/story"))
    # An existing file whose name looks like a scheme is read as a file.
    write(tmp_path / "note:1.txt", ARTICLE)
    monkeypatch.chdir(tmp_path)
    assert load_documents("note:1.txt")[0].text == ARTICLE
    with pytest.raises(InputError, match="only http:// and https:// addresses are read, not note:"):
        load_documents("note:2.txt")


def test_folder_with_html_needs_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.html", "<html><body><p>" + ARTICLE + "</p></body></html>")
    with pytest.raises(
        ResourceError, match=r"b\.html: reading HTML needs the 'web' extra: pip install"
    ):
        load_documents(tmp_path)


def test_json_lone_surrogate_becomes_replacement_character(tmp_path: Path) -> None:
    # A cut-off emoji in a JSON dump: the half pair cannot be written as UTF-8, so it is replaced,
    # as a cut-off UTF-8 sequence is; whole pairs are kept.
    records = [{"text": "Crowds cheered \ud83d at the pier \U0001f6a2.", "title": "Pier \udc80"}]
    [doc] = load_documents(write(tmp_path / "s.json", json.dumps(records)))
    assert doc.text == "Crowds cheered \ufffd at the pier \U0001f6a2."
    assert doc.title == "Pier \ufffd"
    doc.text.encode("utf-8")


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_json_nested_too_deep_is_an_input_error(tmp_path: Path, suffix: str) -> None:
    path = write(tmp_path / f"deep{suffix}", "[" * 100_000 + "]" * 100_000 + "\n")
    with pytest.raises(InputError, match=rf"deep\{suffix}: (line 1 )?is JSON nested too deeply"):
        load_documents(path)


# --- hostile input (issue 15) and a new user's mistakes (issue 11) -------------------------------

FERRY = (
    "The harbour ferry left at seven on Monday with forty passengers aboard. Its captain said "
    "the crossing took two hours because of strong winds."
)
FERRY_2 = (
    "Strong winds slowed the Monday ferry, which took two hours to cross with forty passengers. "
    "The operator expects the normal timetable to return on Wednesday."
)


def _articles(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text(FERRY, encoding="utf-8")
    (folder / "b.txt").write_text(FERRY_2, encoding="utf-8")
    return folder


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_json_integer_too_long_is_one_line_error_or_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.json"
    big.write_text('[{"text": "The ferry left.", "n": ' + "7" * 5_000 + "}]", encoding="utf-8")
    lines_ = tmp_path / "big.jsonl"
    lines_.write_text('{"text": "The ferry left.", "n": ' + "7" * 5_000 + "}\n", encoding="utf-8")
    for path in (big, lines_):
        with pytest.raises(InputError, match="number too long"):
            load_documents(path)
        code, _, err = _cli([str(path)], capsys)
        assert code == 1 and err.startswith("summarizer: error: ") and err.count("\n") == 1
    articles = _articles(tmp_path / "arts")
    code, out, err = _cli(["--skip-bad", str(big), str(articles)], capsys)
    assert code == 0 and out and "summarizer: warning: skipped" in err and "big.json" in err


@pytest.mark.parametrize("content", ["[]", '{"documents": []}'])
def test_empty_json_list_says_it_is_empty(tmp_path: Path, content: str) -> None:
    path = tmp_path / "docs.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="empty list of documents"):
        load_documents(path)


def test_a_json_feed_without_items_says_so(tmp_path: Path) -> None:
    # It said "JSON holds an empty list of documents; add document objects with a "text"
    # field", a fix for a file the user did not write.
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Gazette", "items": []}
    path = write(tmp_path / "feed.json", json.dumps(feed))
    with pytest.raises(InputError, match=r"feed\.json: the JSON Feed has no items; give a feed"):
        load_documents(path)


def test_empty_path_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(InputError, match="input path is empty"):
        load_documents("")
    code, _, err = _cli([""], capsys)
    assert code == 1 and "input path is empty" in err


def test_same_file_twice_counts_once(tmp_path: Path) -> None:
    folder = _articles(tmp_path / "arts")
    with pytest.warns(SkippedInputWarning, match="the same file as"):
        docs = load_documents(folder / "a.txt", folder, folder / "a.txt")
    assert [d.id for d in docs] == ["a", "b"]


def test_the_same_folder_twice_is_one_line(tmp_path: Path) -> None:
    # It warned once per file of the folder ("skipped arts/a.txt: the same file as ...").
    folder = _articles(tmp_path / "arts")
    (tmp_path / "link").symlink_to(folder)
    with pytest.warns(SkippedInputWarning) as caught:
        docs = load_documents(folder, tmp_path / "arts/", tmp_path / "link")
    assert [d.id for d in docs] == ["a", "b"]
    assert [str(w.message) for w in caught] == [
        f"skipped {folder}: the same folder as {folder}, given earlier; it counts once",
        f"skipped {tmp_path / 'link'}: the same folder as {folder}, given earlier; it counts once",
    ]


def test_a_folder_of_only_other_kinds_names_them(tmp_path: Path) -> None:
    # It said "folder has no article files" of a folder holding a report.pdf and a notes.docx.
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(b"%PDF-1.4 report")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 notes")
    with pytest.raises(InputError) as info:
        load_documents(folder)
    message = str(info.value)
    assert message.startswith(f"{folder}: folder has no article files, only 2 files of another ")
    assert "notes.docx" in message and "report.pdf" in message and "(.txt, .md)" in message
    (folder / "notes.docx").unlink()
    (folder / "report.pdf").unlink()
    with pytest.raises(InputError, match=r"folder has no article files; put the articles there"):
        load_documents(folder)


def test_the_same_article_in_two_downloads_counts_once(tmp_path: Path) -> None:
    # Two downloads of a feed or export repeat yesterday's articles under their ids.
    first = {"id": "gazette-41", "title": "Pier reopens", "text": ARTICLE}
    second = {"id": "gazette-42", "title": "Tolls rise", "text": "Pier tolls rise in May.\n"}
    write(tmp_path / "monday.jsonl", json.dumps(first) + "\n")
    write(tmp_path / "tuesday.jsonl", json.dumps(first) + "\n" + json.dumps(second) + "\n")
    with pytest.warns(SkippedInputWarning, match="'gazette-41'.*counts once"):
        docs = load_documents(tmp_path / "monday.jsonl", tmp_path / "tuesday.jsonl")
    assert [d.id for d in docs] == ["gazette-41", "gazette-42"]
    # The same id with other text is another article: both are kept, the second renamed.
    changed = dict(first, text=ARTICLE + "\nThe cafe reopens too.\n")
    write(tmp_path / "wednesday.jsonl", json.dumps(changed) + "\n")
    docs = load_documents(tmp_path / "monday.jsonl", tmp_path / "wednesday.jsonl")
    assert [d.id for d in docs] == ["gazette-41", "gazette-41-2"]


def test_link_out_of_an_input_folder_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    folder = _articles(tmp_path / "arts")
    (folder / "zz.txt").symlink_to(outside)
    (folder / "sub").symlink_to(tmp_path, target_is_directory=True)
    (folder / "inside.txt").symlink_to(folder / "a.txt")  # inside: read, and counted once
    with pytest.warns(SkippedInputWarning) as caught:
        docs = load_documents(folder)
    messages = " ".join(str(w.message) for w in caught)
    assert "zz.txt: a link to" in messages and "sub: a link to" in messages
    assert all("root:x" not in d.text for d in docs)
    assert sorted(d.text for d in docs) == sorted([FERRY, FERRY_2])


def test_a_link_loop_in_an_input_folder_is_skipped_with_a_warning(tmp_path: Path) -> None:
    """It was a RuntimeError traceback ("Symlink loop from ...")."""
    folder = _articles(tmp_path / "arts")
    (folder / "loop1.txt").symlink_to(folder / "loop2.txt")
    (folder / "loop2.txt").symlink_to(folder / "loop1.txt")
    with pytest.warns(SkippedInputWarning) as caught:
        docs = load_documents(folder)
    messages = [str(w.message) for w in caught]
    assert all("a link that cannot be followed" in m for m in messages) and len(messages) == 2
    assert sorted(d.text for d in docs) == sorted([FERRY, FERRY_2])


def test_unreadable_subfolder_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _articles(tmp_path / "arts")
    locked = folder / "locked"
    locked.mkdir()
    (locked / "c.txt").write_text(FERRY, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: object) -> object:  # as for a folder without read permission (non-root)
        if os.fspath(path) == str(locked):  # type: ignore[call-overload]
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.warns(SkippedInputWarning, match="locked: folder cannot be read"):
        docs = load_documents(folder)
    assert [d.id for d in docs] == ["a", "b"]


def test_unreadable_file_in_a_folder_is_named(tmp_path: Path) -> None:
    folder = _articles(tmp_path / "arts")
    (folder / "c.txt").mkdir()  # a name that cannot be read as a file
    (folder / "d.txt").write_bytes(b"\x89PNG\r\n\x1a\nxx")
    with pytest.raises(InputError, match="d.txt"):
        load_documents(folder)


@pytest.mark.parametrize("fmt", ["txt", "md", "json", "html"])
def test_briefing_saved_in_the_input_folder_is_not_read_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    folder = _articles(tmp_path / "arts")
    output = folder / f"brief.{fmt}"
    assert _cli([str(folder), "-o", str(output)], capsys)[0] == 0
    first = output.read_bytes()
    assert is_briefing(output)
    assert [d.id for d in load_documents(folder)] == ["a", "b"]
    # The second run neither cites the briefing nor refuses to replace it.
    assert _cli([str(folder), "-o", str(output)], capsys)[0] == 0
    assert output.read_bytes() == first
    with pytest.raises(InputError, match="briefing"):
        load_documents(output)


GERMAN_ARTICLES = (
    (
        "Der Stadtrat von Wendburg hat am Montag beschlossen, die alte Steinbrücke für sechs "
        "Wochen zu sperren. Ingenieure hatten tiefe Risse in zwei Pfeilern gefunden."
    ),
    (
        "Die alte Brücke in Wendburg wird für sechs Wochen gesperrt. Das beschloss der Stadtrat "
        "am Montag, nachdem Risse in zwei Pfeilern entdeckt worden waren."
    ),
)


@pytest.mark.parametrize("language", ["de", "fr", "es", "it"])
@pytest.mark.parametrize("fmt", ["text", "md"])
def test_a_briefing_written_in_another_language_is_known_as_one(
    tmp_path: Path, language: str, fmt: str
) -> None:
    """Its last line is in its own language (examples/briefings/deichbruch-ostermoor.md)."""
    briefing = summarize(list(GERMAN_ARTICLES), language=language)
    assert briefing.language == language
    path = tmp_path / f"brief.{'txt' if fmt == 'text' else fmt}"
    path.write_text(render(briefing, fmt), encoding="utf-8")
    assert is_briefing(path)


def test_a_stories_site_copied_into_the_input_folder_is_not_read_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _articles(tmp_path / "arts")
    site = tmp_path / "site"
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    capsys.readouterr()
    (folder / "site").mkdir()
    for page in site.iterdir():
        (folder / "site" / page.name).write_bytes(page.read_bytes())
    assert is_briefing(folder / "site" / "stories.json")
    assert [d.id for d in load_documents(folder)] == ["a", "b"]
    with pytest.raises(InputError, match="stories.json: is .*written by summarizer"):
        load_documents(folder / "site" / "stories.json")


def test_a_folders_readme_and_licence_are_not_articles(tmp_path: Path) -> None:
    # "summarizer stories examples" read examples/README.md as an article of the cluster.
    folder = _articles(tmp_path / "cluster")
    (folder / "README.md").write_text("# Ferry cluster\n\nThree reports, for the tests.\n")
    (folder / "sub").mkdir()
    (folder / "sub" / "c.txt").write_text(FERRY_2.replace("Tuesday", "Friday"), encoding="utf-8")
    (folder / "sub" / "Readme.txt").write_text("Notes on where these came from.\n")
    (folder / "LICENSE.txt").write_text("Free to use for anything.\n")
    assert [d.id for d in load_documents(folder)] == ["a", "b", "c"]
    # A Markdown article named by the user is read, whatever its name.
    assert [d.id for d in load_documents(folder / "README.md")] == ["README"]
    # A folder of nothing else says so.
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "README.md").write_text("# Notes\n")
    with pytest.raises(InputError, match="notes: folder holds no articles, only"):
        load_documents(notes)


def test_articles_are_not_briefings(tmp_path: Path) -> None:
    for name, text in [
        ("a.txt", FERRY),
        ("b.md", "# Ferry\n\n" + FERRY_2),
        ("c.json", json.dumps([{"text": FERRY, "key_terms": ["x"]}])),
    ]:
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert not is_briefing(tmp_path / name)


def test_utf8_file_with_one_corrupt_block_stays_utf8(tmp_path: Path) -> None:
    accented = "Zürich, Genève and Málaga: the café’s “ferry” timetable. " * 3
    block = bytes(range(0x80, 0x100)) * 4  # 512 bytes of junk pasted in the middle
    path = tmp_path / "a.txt"
    path.write_bytes(accented.encode() + block + accented.encode())
    with pytest.warns(SkippedInputWarning, match="not valid UTF-8"):
        (doc,) = load_documents(path)
    assert doc.text.startswith(accented) and doc.text.endswith(accented)
    # A genuine cp1252 file is still read as cp1252.
    assert decode_bytes(accented.encode("cp1252")) == accented


def test_stale_temporary_files_of_a_killed_write_are_removed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A write killed with -9 leaves ``.NAME.PID.XXXX.tmp``; the next write of NAME removes it."""
    folder = _articles(tmp_path / "arts")
    output = tmp_path / "brief.md"
    with subprocess.Popen([sys.executable, "-c", "pass"]) as gone:
        pass  # a process that has exited: its pid names a dead writer
    stale = tmp_path / f".brief.md.{gone.pid}.k3j9.tmp"
    stale.write_text("half a briefing", encoding="utf-8")
    alive = tmp_path / f".brief.md.{os.getpid()}.x7q2.tmp"  # a write still running
    alive.write_text("in progress", encoding="utf-8")
    other = tmp_path / f".other.md.{gone.pid}.a1b2.tmp"  # another file's: not ours to judge
    other.write_text("x", encoding="utf-8")
    assert _cli([str(folder), "-o", str(output)], capsys)[0] == 0
    assert not stale.exists() and alive.exists() and other.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".brief")) == [alive.name]


def test_a_json_feed_item_with_an_empty_content_text_is_read_from_its_html(
    tmp_path: Path,
) -> None:
    # The blank "content_text" beside the HTML was taken for the text: "is empty", no document.
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Harbour Gazette",
        "items": [
            {"id": "g1", "content_text": " ", "content_html": "<p>The night ferry sailed.</p>"}
        ],
    }
    (doc,) = load_documents(write(tmp_path / "feed.json", json.dumps(feed)))
    assert (doc.text, doc.source) == ("The night ferry sailed.", "Harbour Gazette")


def test_a_wordpress_export_is_read_from_its_rendered_fields(tmp_path: Path) -> None:
    # WordPress's REST API (/wp-json/wp/v2/posts) writes each field as {"rendered": HTML}: the
    # file was refused ('item 1: has no "text" field holding text ("content" is dict)').
    posts = [
        {
            "id": 101,
            "date": "2024-03-08T21:10:00",
            "link": "https://vellpost.example/2024/03/08/lamp/",
            "title": {"rendered": "Vell lamp fails &#8211; ships warned"},
            "content": {
                "rendered": "<p>The Vell lamp failed on Friday night.</p>\n<p>Ships were warned.</p>",
                "protected": False,
            },
            "excerpt": {"rendered": "<p>The lamp failed.</p>"},
        },
        {"id": 102, "title": {"rendered": ""}, "content": {"rendered": "<p>Crews fixed it.</p>"}},
    ]
    first, second = load_documents(write(tmp_path / "posts.json", json.dumps(posts)))
    assert first.text == "The Vell lamp failed on Friday night.\n\nShips were warned."
    assert (first.id, first.title, first.date) == (
        "101",
        "Vell lamp fails – ships warned",
        posts[0]["date"],
    )
    assert first.url == posts[0]["link"] and first.source == "vellpost.example"
    assert (second.text, second.title) == ("Crews fixed it.", None)


def test_a_bad_byte_after_a_utf8_byte_order_mark_is_replaced_not_the_file_refused(
    tmp_path: Path,
) -> None:
    # Refused whole ("does not decode as utf-8-sig"), while the same bytes without the mark load
    # with U+FFFD and a warning.
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + "Zürich ferry sailed.\n".encode() + b"Tide \xff high.\n")
    with pytest.warns(SkippedInputWarning, match=r"not valid UTF-8 \(1 places"):
        (doc,) = load_documents(path)
    assert doc.text == "Zürich ferry sailed.\nTide \ufffd high.\n"


def test_a_json_lines_file_of_news_api_answers_reads_their_articles(tmp_path: Path) -> None:
    # One answer per line, as a poller saves them: a .json file holding one was read, a line
    # holding one was refused ('has no "text" field').
    answers = [
        {"status": "ok", "articles": [{"source": {"name": "Northwire"}, "content": "Ferry back."}]},
        {"status": "ok", "articles": []},  # a poll that found nothing
        {"status": "ok", "articles": [{"title": "Tide", "content": "The tide was high."}]},
    ]
    path = write(tmp_path / "polls.jsonl", "".join(json.dumps(a) + "\n" for a in answers))
    docs = load_documents(path)
    assert [(d.id, d.text, d.source) for d in docs] == [
        ("polls-1-1", "Ferry back.", "Northwire"),
        ("polls-3-1", "The tide was high.", None),
    ]


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        ({"status": "error", "code": "apiKeyInvalid", "message": "Your API key is invalid."},
         "Your API key is invalid."),  # NewsAPI
        ({"errors": ["You did not provide an API key."]}, "You did not provide an API key."),
        ({"errors": {"q": "The query is missing."}}, "q: The query is missing."),  # GNews
    ],
)  # fmt: skip
def test_a_news_apis_error_answer_says_what_it_says(
    tmp_path: Path, answer: dict[str, object], said: str
) -> None:
    # Saved in place of the articles, it was read as one record: 'item 1: has no "text" field'.
    path = write(tmp_path / "answer.json", json.dumps(answer))
    with pytest.raises(InputError, match=r"^\S+answer.json: is a news API's error answer") as exc:
        load_documents(path)
    assert f'("{said}"); fix the request' in str(exc.value)
    lines = write(tmp_path / "answers.jsonl", json.dumps(answer) + "\n")
    with pytest.raises(InputError, match=r"answers.jsonl: line 1: is a news API's error answer"):
        load_documents(lines)
    # A record that holds its text is read, whatever else it says.
    assert load_documents(write(tmp_path / "r.json", json.dumps({**answer, "text": "Ferry back."})))
    # So is an error answer that also holds no articles (it was '"articles" is null, not a list').
    for articles in (None, []):
        empty = json.dumps({**answer, "articles": articles})
        for name, content in (("n.json", empty), ("n.jsonl", empty + "\n")):
            with pytest.raises(InputError, match=r"is a news API's error answer") as exc:
                load_documents(write(tmp_path / name, content))
            assert f'("{said}"); fix the request' in str(exc.value)


@pytest.mark.parametrize(
    ("record", "said"),
    [
        ({"status": "ok", "totalResults": 3, "articles": None}, '"articles" is null, not a list'),
        ({"status": "ok", "articles": "none"}, '"articles" is a string, not a list'),
        ({"version": "https://jsonfeed.org/version/1.1", "title": "Gazette", "items": "none"},
         'is a JSON Feed whose "items" is a string, not a list'),
        ({"version": "https://jsonfeed.org/version/1.1", "title": "Gazette", "items": None},
         'is a JSON Feed whose "items" is null, not a list'),
        ({"version": "https://jsonfeed.org/version/1.1", "title": "Gazette"},
         'is a JSON Feed without "items"'),
    ],
)  # fmt: skip
def test_articles_or_items_that_are_no_list_are_named(
    tmp_path: Path, record: dict[str, object], said: str
) -> None:
    # Read as one record, each was 'item 1: has no "text" field; give the article body as "text"'.
    for name, content in (("a.json", json.dumps(record)), ("a.jsonl", json.dumps(record) + "\n")):
        with pytest.raises(InputError) as exc:
            load_documents(write(tmp_path / name, content))
        message = str(exc.value)
        assert said in message and "; give " in message, message
        assert '"text" field' not in message
    # A record that holds its text is read, whatever else it says; so is a cluster with its list
    # of documents (an "articles": null beside it was refused).
    assert load_documents(write(tmp_path / "r.json", json.dumps({**record, "text": "Ferry back."})))
    cluster = {**record, "id": "c", "documents": [{"text": "Ferry back."}]}
    assert len(load_documents(write(tmp_path / "c.json", json.dumps(cluster)))) == 1
    assert len(load_documents(write(tmp_path / "c.jsonl", json.dumps(cluster) + "\n"))) == 1


@pytest.mark.parametrize(
    "address",
    [
        {"feed_url": "https://feeds.gazette.example/top.json"},
        {},  # the first item's address
    ],
)
def test_a_json_feed_without_a_home_page_names_its_outlet_from_another_address(
    tmp_path: Path, address: dict[str, str]
) -> None:
    # Only home_page_url was read: "Top stories - Gazette" gave every item the outlet
    # "Top stories" (RSS reads its first entry's address, d15734e).
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Top stories - Gazette",
        **address,
        "items": [
            {"id": "g1", "url": "https://gazette.example/ferry", "content_text": "Ferry back."}
        ],
    }
    (doc,) = load_documents(write(tmp_path / "feed.json", json.dumps(feed)))
    assert doc.source == "Gazette"


def _news_article(outlet: str, title: str, content: str | None) -> dict[str, object]:
    """An article of a NewsAPI answer: its body in "content", which NewsAPI may give as null."""
    return {
        "source": {"id": None, "name": outlet},
        "author": None,
        "title": title,
        "description": f"{title}.",
        "publishedAt": "2026-11-20T08:00:00Z",
        "content": content,
    }


NEWS_ANSWER = {
    "status": "ok",
    "totalResults": 3,
    "articles": [
        _news_article("Harbour Gazette", "Ferry back", FERRY),
        _news_article("Coast Radio", "Ferry sails", None),
        _news_article("Lowmoor Post", "Ramp repaired", FERRY_2),
    ],
}


def test_a_news_export_with_a_null_content_reads_the_other_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The one article without its body stopped the whole file unless skip_bad was given.
    path = write(tmp_path / "news.json", json.dumps(NEWS_ANSWER))
    for skip_bad in (False, True):
        with pytest.warns(
            SkippedInputWarning, match=r'^skipped \S*news.json: item 2: "content" is null; give'
        ):
            docs = load_documents(path, skip_bad=skip_bad)
        assert [(d.id, d.source) for d in docs] == [
            ("news-1", "Harbour Gazette"),
            ("news-3", "Lowmoor Post"),
        ]
    code, out, err = _cli([str(path), "--format", "text"], capsys)
    assert code == 0 and "Lowmoor Post" in out
    assert err.count("\n") == 1 and 'item 2: "content" is null' in err
    # The same answer saved one per line of a JSON Lines file: the line's other articles too.
    lines = write(tmp_path / "polls.jsonl", json.dumps(NEWS_ANSWER) + "\n")
    with pytest.warns(SkippedInputWarning, match=r'polls.jsonl: line 1, article 2: "content" is'):
        assert [d.id for d in load_documents(lines)] == ["polls-1-1", "polls-1-3"]


def test_a_file_none_of_whose_records_has_text_is_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = {**NEWS_ANSWER, "articles": [_news_article("Coast Radio", "Ferry", None)] * 2}
    path = write(tmp_path / "news.json", json.dumps(empty))
    with pytest.raises(
        InputError,
        match=r'news.json: none of its 2 records has text \(the first, item 1: "content" is null',
    ):
        load_documents(path)
    code, _, err = _cli([str(path)], capsys)
    assert code == 1 and err.count("\n") == 1 and "none of its 2 records has text" in err
    lines = write(tmp_path / "c.jsonl", '{"text": ""}\n{"body": null}\n')
    with pytest.raises(InputError, match=r"c.jsonl: none of its 2 records has text \(the first, "):
        load_documents(lines)
    # One record: its own error, as before.
    with pytest.raises(InputError, match=r'one.json: item 1: "content" is null; give the article'):
        load_documents(write(tmp_path / "one.json", json.dumps([_news_article("R", "T", None)])))


def test_a_file_name_that_is_not_utf8_gives_an_id_a_writer_can_encode(tmp_path: Path) -> None:
    # A name byte that is not UTF-8 was read into the id as a lone surrogate ('\udcff'): the
    # JSON and HTML briefings refused it ("not valid Unicode ... remove it from the input") and
    # `summarizer stories` failed with a UnicodeEncodeError traceback.
    name = os.path.join(os.fsencode(tmp_path), b"ferry_\xff.txt")
    try:
        with open(name, "wb") as f:
            f.write(b"The night ferry to Skerrow sailed again on Monday after repairs.")
    except OSError:  # pragma: no cover - a file system that takes only UTF-8 names
        pytest.skip("this file system refuses a name that is not UTF-8")
    (doc,) = load_documents(tmp_path)
    assert doc.id == "ferry_\ufffd"
    summary = render(summarize([doc, "The Skerrow ferry is back in service."]), "json")
    assert "ferry_\ufffd" in json.loads(summary)["sources"][0]["id"]


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ({"max_bytes": "5"}, "max_bytes must be a positive whole number .*; got '5'"),
        ({"max_bytes": -1}, "max_bytes must be a positive whole number .*; got -1"),
        ({"max_bytes": True}, "max_bytes must be a positive whole number .*; got True"),
        ({"timeout": 0}, "timeout must be a positive number of seconds; got 0"),
        ({"timeout": float("nan")}, "timeout must be a positive number of seconds; got nan"),
        ({"skip_bad": "no"}, "^skip_bad must be True or False; got 'no'$"),
        ({"skip_bad": 1}, "^skip_bad must be True or False; got 1$"),
        ({"skip_bad": None}, "^skip_bad must be True or False; got None$"),
    ],
)
def test_load_settings_out_of_range_are_config_errors(
    tmp_path: Path, setting: dict[str, object], message: str
) -> None:
    # max_bytes="5" failed inside a comparison (TypeError); -1 refused the file as "over the
    # -1-byte limit"; skip_bad="no" skipped bad inputs (any truthy value did); the CLI's argparse
    # checks never saw these values.
    article = write(tmp_path / "a.txt", "The night ferry to Skerrow sailed again on Monday.")
    with pytest.raises(ConfigError, match=message):
        load_documents(article, **setting)  # type: ignore[arg-type]


def test_many_articles_of_one_id_get_their_ids_in_linear_time() -> None:
    # Each copy counted its suffix up from 2: 20,000 articles of one id took 45 s (5,000: 2.6 s).
    # Four times the articles may take at most eight times the CPU time (quadratic: sixteen).
    import time

    def cost(n: int) -> float:
        docs = [Document("The ferry sailed.", id="1") for _ in range(n)]
        best = float("inf")
        for _ in range(5):
            start = time.process_time()
            ids = [d.id for d in as_documents(docs)]
            best = min(best, time.process_time() - start)
        assert ids[:3] == ["1", "1-2", "1-3"] and len(set(ids)) == n
        return best

    # Best of five CPU times, and sizes whose linear cost is tens of milliseconds: a 10 ms
    # measurement moves by a share a busy machine's interrupts can reach.
    small, large = cost(3000), cost(12000)
    assert large <= 8 * max(small, 0.005)
