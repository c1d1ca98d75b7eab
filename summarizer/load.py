"""Input stage: paths, folders, JSON, JSON Lines, stdin or Python objects -> ``Document`` records.

This is the only stage that reads input. It decodes bytes (BOM-marked UTF-8/16/32, UTF-8, and
legacy single-byte text), refuses binary and oversized files with a one-line error that names the
file, and gives every document a unique id. It does not clean: ``Document.text`` is the text as
given, with line endings normalised on files read from disk.
"""

from __future__ import annotations

import codecs
import json
import os
import sys
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TypeAlias

from .errors import InputError
from .types import Document

__all__ = [
    "DEFAULT_MAX_BYTES",
    "TEXT_SUFFIXES",
    "SkippedInputWarning",
    "as_documents",
    "decode_bytes",
    "load_documents",
]

# 50 MB: far above any news article (a long feature is ~100 kB), low enough that a stray log file,
# disk image or database dump is refused before it is read into memory.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".md", ".text")
JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
# Fields of a JSON document record, with the aliases common scrapers use.
_TEXT_KEYS = ("text", "body", "content", "article")
_SOURCE_KEYS = ("source", "outlet", "publisher", "site_name")
# A file with more than this share of C0 control characters (other than tab/newline) is binary.
_CONTROL_SHARE = 0.05

PathLike: TypeAlias = "str | os.PathLike[str]"


class SkippedInputWarning(UserWarning):
    """An input was skipped (``skip_bad=True``); the message names the file and the problem."""


def decode_bytes(data: bytes, name: str = "<input>") -> str:
    """Decode the bytes of a text file: BOM first, then UTF-8, then cp1252/latin-1.

    Parameters
    ----------
    data : bytes
        The raw file content.
    name : str
        The file's name, for the error message.

    Returns
    -------
    str
        The text with ``\\r\\n`` and ``\\r`` line endings turned into ``\\n``.

    Raises
    ------
    InputError
        The bytes are binary (NUL bytes or many control characters).
    """
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name}: starts with a {encoding} byte-order mark but does not decode as "
                    f"{encoding} ({exc.reason}); re-save it as UTF-8"
                ) from exc
            return _normalise_newlines(text)
    if b"\x00" in data:
        raise InputError(f"{name}: is a binary file, not text; give articles as .txt, .md, .json or .jsonl")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # Not UTF-8: legacy Western text. cp1252 is a superset of latin-1's printable range and is
        # what Windows editors write; bytes it leaves undefined fall back to latin-1.
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if text and controls / min(len(text), 65536) > _CONTROL_SHARE:
        raise InputError(f"{name}: is a binary file, not text; give articles as .txt, .md, .json or .jsonl")
    return _normalise_newlines(text)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_documents(
    *paths: PathLike,
    max_bytes: int = DEFAULT_MAX_BYTES,
    skip_bad: bool = False,
) -> list[Document]:
    """Read documents from files, folders, JSON, JSON Lines or standard input (``-``).

    Parameters
    ----------
    *paths : str or PathLike
        ``.txt``/``.md`` files (one article each), folders of such files (read in name order,
        recursively), ``.json`` files (a list of document objects, or one object with a
        ``documents`` list), ``.jsonl`` files (one document object per line), or ``-`` for an
        article on standard input. Document objects have ``text`` and optional ``id``, ``title``,
        ``source``, ``date``, ``url``.
    max_bytes : int
        Files larger than this are refused.
    skip_bad : bool
        When true, an unreadable input is skipped with a ``SkippedInputWarning`` instead of
        stopping the whole load.

    Returns
    -------
    list of Document
        In the order given, ids unique (file stem, or the record's ``id``).

    Raises
    ------
    InputError
        A path is missing, unreadable, binary, too large, or malformed, or nothing usable was found.

    Examples
    --------
    >>> docs = load_documents("examples/")  # doctest: +SKIP
    """
    if not paths:
        raise InputError("no input given; name one or more article files, folders, or - for stdin")
    documents: list[Document] = []
    for path in paths:
        try:
            documents.extend(_load_one(path, max_bytes))
        except InputError as exc:
            if not skip_bad:
                raise
            warnings.warn(f"skipped {exc}", SkippedInputWarning, stacklevel=2)
    if not documents:
        raise InputError(
            "no documents found in " + ", ".join(str(p) for p in paths)
            + "; give .txt, .md, .json or .jsonl files with article text"
        )
    return list(_unique_ids(documents))


def _load_one(path: PathLike, max_bytes: int) -> list[Document]:
    if str(path) == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"<stdin>: is larger than {max_bytes} bytes; raise --max-bytes or split the input")
        return _parse(decode_bytes(data, "<stdin>"), "<stdin>", "stdin", ".txt")
    p = Path(path)
    if p.is_dir():
        files = sorted(
            f for f in p.rglob("*")
            if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES + JSON_SUFFIXES
            and not any(part.startswith(".") for part in f.relative_to(p).parts)
        )
        if not files:
            raise InputError(f"{p}: folder has no .txt, .md, .json or .jsonl files; put the articles there")
        out: list[Document] = []
        for f in files:
            out.extend(_load_file(f, max_bytes))
        return out
    return _load_file(p, max_bytes)


def _load_file(p: Path, max_bytes: int) -> list[Document]:
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{p}: no such file or folder; check the path") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror}); check the path and its permissions") from None
    if not p.is_file():
        raise InputError(f"{p}: is not a regular file; give an article file or a folder")
    if size > max_bytes:
        raise InputError(
            f"{p}: is {size} bytes, over the {max_bytes}-byte limit; raise --max-bytes or split the file"
        )
    suffix = p.suffix.lower()
    if suffix in HTML_SUFFIXES:
        raise InputError(f"{p}: HTML articles are not supported yet; save the article text as .txt")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror}); check its permissions") from None
    return _parse(decode_bytes(data, str(p)), str(p), p.stem, suffix)


def _parse(text: str, name: str, stem: str, suffix: str) -> list[Document]:
    if suffix == ".json":
        return _parse_json(text, name, stem)
    if suffix in (".jsonl", ".ndjson"):
        return _parse_jsonl(text, name, stem)
    if not text.strip():
        raise InputError(f"{name}: is empty; give a file with article text")
    return [Document(text=text, id=stem)]


def _parse_json(text: str, name: str, stem: str) -> list[Document]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{name}: is not valid JSON ({exc.msg} at line {exc.lineno}); fix the file") from None
    if isinstance(data, Mapping) and isinstance(data.get("documents"), list):
        data = data["documents"]
    if isinstance(data, Mapping):
        data = [data]
    if not isinstance(data, list) or not data:
        raise InputError(
            f"{name}: JSON must be a list of document objects with a \"text\" field; got {type(data).__name__}"
        )
    return [_record(item, f"{name}: item {i + 1}", f"{stem}-{i + 1}") for i, item in enumerate(data)]


def _parse_jsonl(text: str, name: str, stem: str) -> list[Document]:
    out: list[Document] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}: line {number} is not valid JSON ({exc.msg}); fix or remove that line") from None
        where = f"{name}: line {number}"
        if isinstance(data, Mapping) and isinstance(data.get("documents"), list):
            # A cluster record (the benchmark format): its documents belong to the cluster.
            out.extend(_record(d, f"{where}, document {j + 1}", f"{stem}-{number}-{j + 1}")
                       for j, d in enumerate(data["documents"]))
        else:
            out.append(_record(data, where, f"{stem}-{number}"))
    if not out:
        raise InputError(f"{name}: has no JSON lines; give one document object per line")
    return out


def _record(data: object, where: str, default_id: str) -> Document:
    if isinstance(data, str):
        data = {"text": data}
    if not isinstance(data, Mapping):
        raise InputError(f"{where}: a document must be an object with a \"text\" field; got {type(data).__name__}")
    text = next((data[k] for k in _TEXT_KEYS if isinstance(data.get(k), str)), None)
    if text is None:
        raise InputError(f"{where}: has no \"text\" field; give the article body as \"text\"")
    return Document(
        text=text,
        id=_field(data, ("id", "docno", "doc_id")) or default_id,
        title=_field(data, ("title", "headline")),
        source=_field(data, _SOURCE_KEYS),
        date=_field(data, ("date", "published", "date_published")),
        url=_field(data, ("url", "link")),
    )


def _field(data: Mapping[str, object], keys: Sequence[str]) -> str | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return None


def as_documents(items: Iterable[Document | str]) -> tuple[Document, ...]:
    """Turn a collection of ``Document`` or ``str`` into documents with unique ids.

    Parameters
    ----------
    items : iterable of Document or str
        The cluster. A lone ``str`` is refused: it is one document, not a cluster.

    Returns
    -------
    tuple of Document
        Missing ids become ``doc1``, ``doc2`` ... (by position); repeated ids get ``-2``, ``-3``.

    Raises
    ------
    TypeError
        ``items`` is a string, bytes, or not iterable, or holds something other than text.
    InputError
        The collection is empty.
    """
    if isinstance(items, (str, bytes, bytearray)):
        raise TypeError(
            "documents must be a collection of articles, not a single string; "
            "wrap it in a list: summarize([text])"
        )
    if isinstance(items, Document):
        raise TypeError("documents must be a collection of articles; wrap the Document in a list")
    try:
        iterator = iter(items)
    except TypeError:
        raise TypeError(
            f"documents must be an iterable of Document or str; got {type(items).__name__}"
        ) from None
    docs: list[Document] = []
    for position, item in enumerate(iterator, start=1):
        if isinstance(item, str):
            item = Document(text=item)
        elif not isinstance(item, Document):
            raise TypeError(
                f"document {position} must be a Document or str; got {type(item).__name__}"
            )
        elif not isinstance(item.text, str):
            raise TypeError(f"document {position}: text must be str; got {type(item.text).__name__}")
        if item.id is None or not str(item.id).strip():
            item = replace(item, id=f"doc{position}")
        docs.append(item)
    if not docs:
        raise InputError("no documents given; pass a list of article texts or Document objects")
    return tuple(_unique_ids(docs))


def _unique_ids(docs: Iterable[Document]) -> Iterator[Document]:
    seen: set[str] = set()
    for doc in docs:
        base = str(doc.id)
        new_id, n = base, 1
        while new_id in seen:
            n += 1
            new_id = f"{base}-{n}"
        seen.add(new_id)
        yield doc if new_id == doc.id else replace(doc, id=new_id)
