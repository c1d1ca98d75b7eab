"""load stage: files, folders, JSON, JSONL, stdin, encodings, ids, errors."""

from __future__ import annotations

import codecs
import io
import json
import sys
from pathlib import Path

import pytest

from summarizer import Document, InputError, load_documents
from summarizer.load import SkippedInputWarning, as_documents, decode_bytes

ARTICLE = "The harbour ferry resumed service on Friday.\n\nCrews repaired the pier in three weeks.\n"


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
    docs = load_documents(tmp_path)
    assert [d.id for d in docs] == ["a", "b"]


def test_json_list_and_fields(tmp_path: Path) -> None:
    records = [
        {"id": "w1", "text": "One.", "title": "T", "source": "Wire", "date": "2024-05-01", "url": "https://example.com/1"},
        {"body": "Two.", "outlet": "Paper"},
    ]
    docs = load_documents(write(tmp_path / "c.json", json.dumps(records)))
    assert docs[0] == Document("One.", id="w1", title="T", source="Wire", date="2024-05-01", url="https://example.com/1")
    assert docs[1] == Document("Two.", id="c-2", source="Paper")


def test_jsonl_one_document_per_line_and_cluster_records(tmp_path: Path) -> None:
    lines = [json.dumps({"text": "One."}), "", json.dumps({"id": "x", "documents": [{"id": "d1", "text": "Two."}]})]
    docs = load_documents(write(tmp_path / "c.jsonl", "\n".join(lines)))
    assert [(d.id, d.text) for d in docs] == [("c-1", "One."), ("d1", "Two.")]


def test_jsonl_broken_line_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "c.jsonl", '{"text": "ok"}\n{"text": broken\n{"text": "ok"}\n')
    with pytest.raises(InputError, match=r"c\.jsonl: line 2 is not valid JSON"):
        load_documents(path)


def test_json_that_is_not_documents(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="list of document objects"):
        load_documents(write(tmp_path / "n.json", "42"))
    with pytest.raises(InputError, match='has no "text" field'):
        load_documents(write(tmp_path / "m.json", '[{"title": "no body"}]'))


@pytest.mark.parametrize(
    "encoded",
    [
        codecs.BOM_UTF8 + "Café in Zürich – “quoted”.".encode("utf-8"),
        "Café in Zürich – “quoted”.".encode("utf-16"),
        "Café in Zürich – “quoted”.".encode("utf-8"),
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


def test_missing_empty_and_no_input(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_documents(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is empty"):
        load_documents(write(tmp_path / "empty.txt", "  \n\t\n"))
    with pytest.raises(InputError, match="no input given"):
        load_documents()
    (tmp_path / "d").mkdir()
    with pytest.raises(InputError, match="folder has no"):
        load_documents(tmp_path / "d")


def test_skip_bad_keeps_the_good_ones(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", ARTICLE)
    with pytest.warns(SkippedInputWarning, match="nope.txt"):
        docs = load_documents(tmp_path / "nope.txt", good, skip_bad=True)
    assert [d.id for d in docs] == ["good"]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", fake)
    assert load_documents("-") == [Document(ARTICLE, id="stdin")]


def test_duplicate_stems_get_unique_ids(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    docs = load_documents(write(tmp_path / "x" / "a.txt", "One."), write(tmp_path / "y" / "a.txt", "Two."))
    assert [d.id for d in docs] == ["a", "a-2"]


def test_as_documents_ids_and_types() -> None:
    docs = as_documents(["one", Document("two", id="k"), Document("three", id="k")])
    assert [d.id for d in docs] == ["doc1", "k", "k-2"]
    with pytest.raises(TypeError, match="not a single string"):
        as_documents("just one article")
    with pytest.raises(TypeError, match="document 2 must be a Document or str; got int"):
        as_documents(["ok", 3])  # type: ignore[list-item]
    with pytest.raises(InputError, match="no documents given"):
        as_documents([])
