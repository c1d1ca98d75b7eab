"""Input stage: paths, folders, JSON, JSON Lines, HTML, URLs, stdin or Python objects -> ``Document``.

This is the only stage that reads input. It decodes bytes (BOM-marked UTF-8/16/32, UTF-8, UTF-16
without a BOM, and legacy single-byte text), refuses binary and oversized files with a one-line
error that names the file, and gives every document a unique id. HTML files and http(s) URLs go
through ``summarizer.web`` (article extraction with the optional ``web`` extra); the network is
used only for a URL the user gave. It does not clean: ``Document.text`` is the text as given,
with line endings normalised on files read from disk (for HTML: the extracted article text).
"""

from __future__ import annotations

import codecs
import errno
import json
import os
import re
import stat
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO, TypeAlias

from .errors import ConfigError, InputError
from .lexicon import LANGUAGES, read_lines
from .records import (
    MAX_JSON_DIGITS,
    TEXT_KEYS,
    NoTextError,
    documents_problem,
    json_kind,
    json_lines,
    parse_json,
    read_document,
    read_documents,
    replace_surrogates,
)
from .text import check_error_page
from .types import Document, check_document

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "MAX_JSON_DIGITS",
    "TEXT_SUFFIXES",
    "SkippedInputWarning",
    "as_documents",
    "decode_bytes",
    "is_briefing",
    "load_documents",
]

# 50 MB: far above any news article (a long feature is ~100 kB), low enough that a stray log file,
# disk image or database dump is refused before it is read into memory.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# Seconds for fetching a URL: a news page arrives in well under a second; 20 s tolerates a slow
# site without hanging a batch run on a dead one.
DEFAULT_TIMEOUT = 20.0
TEXT_SUFFIXES = (".txt", ".md", ".text")
JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".rss", ".atom", ".xml")  # RSS/Atom feeds: summarizer.feed
# "scheme:" at the start of a string argument; two letters at least so "C:\\notes.txt" stays a path.
_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")
# A missing path whose first part reads as a web host ("www.example.com/news/x",
# "example.co.uk/story"): an address typed without its scheme, which summarizer reads as a path.
_HOST_RE = re.compile(
    r"^(?:www\.[\w-]+(?:\.[\w-]+)*|[\w-]+(?:\.[\w-]+)*\."
    r"(?:com|org|net|info|news|io|co|uk|eu|de|fr|es|it|ch|at|nl|be|ca|au|us|gov|edu))(?:/|$)",
    re.IGNORECASE,
)
# A file with more than this share of C0 control characters (other than tab/newline) is binary,
# though one such character is allowed in a text of any length: by the share alone a stray NUL
# made "Tolls stay.\x00" (one of 12 characters) binary, and was dropped from a text of 20.
_CONTROL_SHARE = 0.05


def _too_many_controls(controls: int, length: int) -> bool:
    """Whether ``controls`` control characters among ``length`` make a text binary."""
    return controls > max(_CONTROL_SHARE * length, 1)


# The C0 control characters but white space (tab, newline, vertical tab, form feed, return).
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f]")

PathLike: TypeAlias = "str | os.PathLike[str]"


class SkippedInputWarning(UserWarning):
    """An input, or part of one, was skipped; the message names the file and the problem.

    Given for an unreadable input with ``skip_bad=True``, a file given twice, an article read twice
    (the same id and text), a link out of an input folder, a folder that cannot be listed, bytes
    of a file that are not valid UTF-8, a Markdown file of a folder that holds only a front
    matter, and a record of a JSON or JSON Lines file or an entry of
    an RSS or Atom feed without text (NewsAPI's ``"content": null``, an empty ``<description>``)
    when other records or entries of the file have text.
    """


#: The byte-order mark as a character, what a second mark after the first decodes to.
_BOM_CHAR = "\ufeff"


#: Bytes asked of a stream at once: ``read(n)`` makes room for n bytes before reading any, so
#: ``--max-bytes 999999999999`` was a MemoryError (a traceback) for a file of 100 bytes.
_READ_PIECE = 1 << 24


def _read_at_most(stream: BinaryIO, limit: int, first: int = _READ_PIECE) -> bytes:
    """Up to ``limit`` bytes of ``stream``, asked for ``first`` bytes (a file's size and one),
    then in pieces of ``_READ_PIECE``, so memory follows what is read, not the limit."""
    parts = []
    left = limit
    want = first
    while left > 0:
        part = stream.read(min(left, want))
        if not part:
            break
        parts.append(part)
        left -= len(part)
        want = _READ_PIECE
    return parts[0] if len(parts) == 1 else b"".join(parts)


def decode_bytes(data: bytes, name: str = "<input>", encoding: str | None = None) -> str:
    """Decode the bytes of a text file: BOM, declared encoding, UTF-8, UTF-16, then cp1252.

    Parameters
    ----------
    data : bytes
        The raw file content.
    name : str
        The file's name, for the error message.
    encoding : str, optional
        An encoding the container declared (an HTTP ``charset``, an HTML ``<meta charset>``).
        A byte-order mark still wins over it, as browsers do; an unknown name is ignored.

    Returns
    -------
    str
        The text with ``\\r\\n`` and ``\\r`` line endings turned into ``\\n``.

    Raises
    ------
    InputError
        The bytes are binary (a known file signature, NUL bytes in what is neither UTF-16 nor
        UTF-8, or many control characters, NULs among them).

    Notes
    -----
    Bytes that are not valid UTF-8 are read as UTF-8 with each bad sequence replaced by U+FFFD
    when correctly encoded multi-byte characters outnumber the bad sequences (a UTF-8 file with a
    stray byte or a cut-off last character), and as cp1252 otherwise (a Windows or latin-1 file,
    whose accented letters are lone high bytes). Decoding a UTF-8 file as cp1252 would turn every
    accent and curly quote into mojibake; decoding a cp1252 file as UTF-8 would lose every accent.
    Text without a BOM is read as UTF-16 only when NUL bytes fill every other position, the mark of
    mostly-ASCII UTF-16. Other NUL bytes are dropped from text that is otherwise UTF-8 when they
    and the other control characters are at most 5% of it, or one character (an article scraped
    with a stray NUL);
    NULs in more control characters, or in bytes that are not UTF-8, make the file binary. After a
    UTF-8 BOM, bytes that are not valid UTF-8 are replaced by U+FFFD.
    """
    for bom, bom_encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            if bom_encoding == "utf-8-sig":
                # The mark says UTF-8: a bad byte is replaced (and warned of), as in UTF-8 text
                # without one, instead of refusing the whole file.
                text = data.decode(bom_encoding, errors="replace")
            else:
                try:
                    text = data.decode(bom_encoding)
                except UnicodeDecodeError as exc:
                    raise InputError(
                        f"{name}: starts with a {bom_encoding} byte-order mark but does not "
                        f"decode as {bom_encoding} ({exc.reason}); re-save it as UTF-8"
                    ) from exc
            # A second mark (a tool that adds one to a file that has one) is no text either: it
            # made JSON refuse the file and opened a headline with an invisible character.
            return _normalise_newlines(text.lstrip(_BOM_CHAR))
    kind = _binary_kind(data)
    if kind:
        raise InputError(f"{name}: is a binary file ({kind}), not text; {_BINARY_FIX}")
    declared = _known_encoding(encoding)
    if declared is not None and (b"\x00" not in data or declared.startswith("utf_16")):
        text = _decode_declared(data, declared)
    elif b"\x00" in data:
        read = _utf16_without_bom(data)
        if read is None:
            read = _without_stray_nuls(data)
        if read is None:
            raise InputError(f"{name}: is a binary file, not text; {_BINARY_FIX}")
        text = read
    else:
        text = _decode_utf8_or_cp1252(data)
    controls = len(_CONTROL_RE.findall(text, 0, 65536))
    if _too_many_controls(controls, min(len(text), 65536)):
        raise InputError(f"{name}: is a binary file, not text; {_BINARY_FIX}")
    return _normalise_newlines(text)


_BINARY_FIX = "give articles as .txt, .md, .html, .json or .jsonl"
# File signatures of binary formats users mistake for articles, named in the error so the fix is
# obvious (a .docx is a zip archive: save it as text first).
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document; copy its text into a .txt file"),
    (b"PK\x03\x04", "zip archive, .docx or .odt; save the article as plain text"),
    (b"\x1f\x8b", "gzip archive; unpack it first"),
    (b"\x7fELF", "program"),
    (b"SQLite format 3\x00", "SQLite database"),
)
# cp1252 leaves five bytes undefined; read them as latin-1 (the C1 control they stand for), as
# the WHATWG "windows-1252" decoder does, instead of failing the whole file.
_CP1252_HOLES = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})
_CP1252_FROM_LATIN1 = {
    b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in _CP1252_HOLES
}
# Encodings HTML pages declare that browsers read as windows-1252 (WHATWG Encoding Standard):
# pages labelled latin-1 routinely hold cp1252 curly quotes and dashes in 0x80-0x9F.
_AS_CP1252 = {"latin_1", "iso8859_1", "ascii", "cp1252"}


def _binary_kind(data: bytes) -> str | None:
    return next((kind for magic, kind in _SIGNATURES if data.startswith(magic)), None)


def _known_encoding(encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return codecs.lookup(encoding.strip().strip("\"'")).name.replace("-", "_")
    except (LookupError, ValueError):
        return None


def _decode_declared(data: bytes, encoding: str) -> str:
    if encoding in _AS_CP1252:
        return _decode_cp1252(data)
    if encoding == "utf_8":
        # Old sites declare UTF-8 over cp1252 bytes: the same majority rule as undeclared text.
        return _decode_utf8_or_cp1252(data)
    # A declared encoding is usually right but often not everywhere (a pasted byte): replace
    # what does not decode rather than refuse the page.
    return data.decode(encoding, errors="replace")


def _decode_cp1252(data: bytes) -> str:
    return data.decode("latin-1").translate(_CP1252_FROM_LATIN1)


def _decode_utf8_or_cp1252(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text, good, bad = _utf8_replaced(data)
    # Many well-formed multi-byte characters are UTF-8 even beside a larger corrupt block (a cut
    # and pasted run of bytes): cp1252 text almost never forms them by chance.
    return text if good > bad or good >= _UTF8_EVIDENCE else _decode_cp1252(data)


def _utf8_replaced(data: bytes) -> tuple[str, int, int]:
    """UTF-8 with bad sequences replaced, its well-formed non-ASCII characters, its bad ones."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    return text, good, bad


def _without_stray_nuls(data: bytes) -> str | None:
    """UTF-8 text holding a few stray NUL bytes, without them; ``None`` for binary data."""
    text, good, bad = _utf8_replaced(data)
    # Beside NULs, bad UTF-8 is binary data unless well-formed characters outnumber it (random
    # bytes form some by chance, so the evidence count of undeclared text is no proof here); and
    # the control characters (NULs among them) are counted over the whole text, not a sample, so
    # a binary tail after a text preamble is not read.
    if bad > good or _too_many_controls(len(_CONTROL_RE.findall(text)), len(text)):
        return None
    return text.replace("\x00", "")


# Well-formed UTF-8 multi-byte characters that make a file UTF-8 whatever else it holds.
_UTF8_EVIDENCE = 16


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM when NULs fill one byte of (nearly) every pair, else ``None``."""
    sample = data[:4096] if len(data) % 2 == 0 else b""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    pairs = len(sample) // 2
    # ASCII-range UTF-16 has one NUL per pair, always on the same side; binary formats scatter them.
    if odd >= 0.7 * pairs and even <= 0.1 * pairs:
        encoding = "utf-16-le"
    elif even >= 0.7 * pairs and odd <= 0.1 * pairs:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# A set's order follows the process's string hashing: the briefing (ids, ties, the order of
# points) would change from run to run, where the same input gives the same output.
UNORDERED = (
    "{what} must be in an order (a list or tuple), not a {kind}, whose order changes from run "
    "to run and the briefing with it; pass sorted(...) or a list"
)

# Standard input can be read once: a second "-" would find it empty.
STDIN_TWICE = "- (standard input) is given twice; it is read once: name it once"


def load_documents(
    *paths: PathLike,
    max_bytes: int = DEFAULT_MAX_BYTES,
    skip_bad: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
) -> list[Document]:
    """Read documents from files, folders, JSON, JSON Lines, HTML pages, URLs or standard input.

    Parameters
    ----------
    *paths : str or PathLike
        ``.txt``/``.md`` files (one article each), ``.html``/``.htm`` article pages, folders of
        such files (read in name order, recursively; briefings written by summarizer and notes
        such as ``README.md`` or ``LICENSE.txt`` are left out), ``.json`` files (a list of document objects, or one object with a ``documents``
        list), ``.jsonl`` files (one document object, or one news API answer, per line),
        ``http://`` or ``https://`` addresses of article pages (given as ``str``), or ``-`` for an
        article on standard input (or what such a file holds, piped in: JSON, JSON Lines, an
        HTML page, a feed).
        Document objects have ``text`` and optional ``id``, ``title``, ``source``, ``date``,
        ``url``; one whose text is missing, null or empty, as a feed's entry without text, is
        left out with a ``SkippedInputWarning`` (a file none of whose records or entries has
        text is an error). HTML pages and URLs need the ``web`` extra (trafilatura).
    max_bytes : int
        Files and downloaded pages larger than this are refused.
    skip_bad : bool
        When true, an unreadable input (of a ``.jsonl`` file, a line that cannot be read; of a
        ``.json`` file's list, an item) is skipped with a ``SkippedInputWarning`` instead of
        stopping the whole load.
    timeout : float
        Seconds allowed for downloading each URL.

    Returns
    -------
    list of Document
        In the order given, ids unique (file stem, or the record's ``id``).

    Raises
    ------
    TypeError
        An input is not a path (a list of paths given as one argument).
    ConfigError
        ``max_bytes`` is not a whole number >= 1, ``timeout`` not a positive number, or
        ``skip_bad`` not a bool.
    InputError
        A path is missing, unreadable, binary, too large, or malformed, a URL cannot be fetched
        or is not an HTML page, or nothing usable was found.
    ResourceError
        An HTML page or URL was given and the ``web`` extra is not installed.

    Examples
    --------
    >>> docs = load_documents("examples/")  # doctest: +SKIP
    """
    if not paths:
        raise InputError("no input given; name one or more article files, folders, or - for stdin")
    # The CLI's --max-bytes and --timeout are checked by argparse; a caller's value was not:
    # max_bytes="5" failed inside a comparison, -1 refused every file as "over the -1-byte limit".
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
        raise ConfigError(
            f"max_bytes must be a positive whole number (1 or more); got {max_bytes!r}"
        )
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, (int, float))
        or not 0 < timeout < float("inf")
    ):
        raise ConfigError(f"timeout must be a positive number of seconds; got {timeout!r}")
    # Any truthy value ("yes", 1) skipped bad inputs, and "no" did too: the words of the switch
    # parameters that Summarizer checks (clean).
    if not isinstance(skip_bad, bool):
        raise ConfigError(f"skip_bad must be True or False; got {skip_bad!r}")
    for path in paths:
        if not isinstance(path, (str, os.PathLike)):
            raise TypeError(
                f"each input must be a path (str or os.PathLike); got {type(path).__name__}; "
                "pass each path as an argument: load_documents(*paths)"
            )
    if sum(1 for path in paths if isinstance(path, str) and path == "-") > 1:
        raise InputError(STDIN_TWICE)
    documents: list[Document] = []
    seen: dict[tuple[int, int], str] = {}  # (device, inode) of every file read -> its name
    for path in paths:
        try:
            documents.extend(_load_one(path, max_bytes, timeout, seen, skip_bad))
        except InputError as exc:
            _skip(exc, skip_bad)
    if not documents:
        raise InputError(
            "no documents found in "
            + ", ".join(str(p) for p in paths)
            + "; give .txt, .md, .html, .json or .jsonl files or web addresses of articles"
        )
    return list(_unique_ids(_drop_repeats(documents)))


def _skip(exc: InputError, skip_bad: bool) -> None:
    """Raise ``exc`` again, or with ``skip_bad`` say that its input was skipped."""
    if not skip_bad:
        raise exc
    _warn_skipped(f"skipped {exc}")


def _warn_skipped(message: str) -> None:
    """A ``SkippedInputWarning`` shown at the first caller outside this package (the user's call
    of ``load_documents``): the depth of the reading differs by input (a folder's file, a line of
    a .jsonl file), so no fixed ``stacklevel`` names the user's line."""
    frame = sys._getframe(1)
    level = 2
    while frame.f_back is not None and _in_package(str(frame.f_globals.get("__name__", ""))):
        frame = frame.f_back
        level += 1
    warnings.warn(message, SkippedInputWarning, stacklevel=level)


def _in_package(module: str) -> bool:
    package = __name__.partition(".")[0]
    return module == package or module.startswith(package + ".")


def _load_one(
    path: PathLike,
    max_bytes: int,
    timeout: float,
    seen: dict[tuple[int, int], str],
    skip_bad: bool = False,
) -> list[Document]:
    if os.fspath(path) == "":
        raise InputError(
            "an input path is empty (''); name a file or folder, or . for the current folder"
        )
    if isinstance(path, str) and _SCHEME_RE.match(path) and not os.path.exists(path):
        from .web import load_url

        return [load_url(path, timeout=timeout, max_bytes=max_bytes)]
    if str(path) == "-":
        if sys.stdin is None:  # closed (<&-): Python has no stream for it
            raise InputError(
                "- (standard input) is closed, so there is no article to read from it; give the "
                "articles as files, or pipe them in"
            )
        data = _read_at_most(sys.stdin.buffer, max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(
                f"<stdin>: is larger than {max_bytes} bytes; raise --max-bytes or split the input"
            )
        text = decode_bytes(data, "<stdin>")
        _warn_replaced(data, text, "<stdin>", "send UTF-8 text to keep them")
        suffix = _stdin_suffix(text)
        if suffix in HTML_SUFFIXES:
            from .web import document_from_html

            return [document_from_html(data, name="<stdin>", id="stdin")]
        if suffix in FEED_SUFFIXES:
            return _read_feed(data, "<stdin>", "stdin", skip_bad)
        return _parse(text, "<stdin>", "stdin", suffix, skip_bad)
    p = Path(path)
    try:
        is_folder = p.is_dir()
    except OSError:
        # Python 3.11's is_dir raises what is not "missing" (a name too long, a folder that may
        # not be searched): the file's own stat says which, in one line.
        is_folder = False
    if is_folder:
        try:
            info = p.stat()
        except OSError:
            pass  # said by the listing below, which cannot read it either
        else:
            # Given twice (``news news``, ``news ./news/``): one line, not one per file in it.
            key = (info.st_dev, info.st_ino)
            if key in seen:
                _warn_skipped(
                    f"skipped {p}: the same folder as {seen[key]}, given earlier; it counts once"
                )
                return []
            seen[key] = str(p)
        files, others = _folder_files(p)
        if not files and others:
            shown = ", ".join(str(f) for f in others[:_OTHERS_SHOWN])
            more = f" and {len(others) - _OTHERS_SHOWN} more" if len(others) > _OTHERS_SHOWN else ""
            raise InputError(
                f"{p}: folder has no article files, only {len(others)} file"
                f"{'s' if len(others) != 1 else ''} of another kind ({shown}{more}); articles are "
                f"read from {_ARTICLE_KINDS}: save them as one of these (a PDF or Word document as "
                ".txt), or name a file to read it as text"
            )
        if not files:
            raise InputError(
                f"{p}: folder has no article files; put the articles there as {_ARTICLE_KINDS}"
            )
        if others:
            # Said once, with a few of their names, so that no file goes unnoticed.
            shown = ", ".join(str(f) for f in others[:_OTHERS_SHOWN])
            more = f" and {len(others) - _OTHERS_SHOWN} more" if len(others) > _OTHERS_SHOWN else ""
            _warn_skipped(
                f"skipped {len(others)} file{'s' if len(others) != 1 else ''} of another kind in "
                f"{p} ({shown}{more}); articles are read from {_ARTICLE_KINDS}: save them as one "
                "of these, or name a file to read it as text"
            )
        out: list[Document] = []
        articles = 0
        for f in files:
            if is_briefing(f) or f.name.split(".", 1)[0].lower() in _FOLDER_NOTES:
                continue  # our own output saved next to its articles, or a README, is no article
            articles += 1
            try:
                out.extend(_load_file(f, max_bytes, seen, skip_bad))
            except NoArticleTextError as exc:
                _warn_skipped(f"skipped {exc}")
            except InputError as exc:
                # One bad file skips that file, not the folder's good articles.
                _skip(exc, skip_bad)
        if not articles:
            raise InputError(
                f"{p}: folder holds no articles, only briefings or notes (README, LICENSE); "
                "put the articles there, or name a file to read it as one"
            )
        return out
    return _load_file(p, max_bytes, seen, skip_bad)


_ARTICLE_SUFFIXES = TEXT_SUFFIXES + JSON_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES
# The files a folder is read from, as its messages name them (a folder of feeds is articles too).
_ARTICLE_KINDS = "text (.txt, .md), HTML, JSON (.json, .jsonl) or feed (.rss, .atom, .xml) files"
# How standard input opens when it is no article's text but a file's content piped in (curl ... |
# summarizer -): a JSON object or array of records, an HTML page, an RSS or Atom feed. An
# article may open with "[" or "{" ("[Updated] ...", "{Editor's note} ..."), not with '{"',
# "{}", "[{", '["' or "[]".
_STDIN_JSON_RE = re.compile(r'\s*(?:\{\s*["}]|\[\s*[\[{"\]])')
_STDIN_HTML_RE = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html)\b", re.IGNORECASE)
_STDIN_FEED_RE = re.compile(r"\s*(?:<\?xml\b|<(?:rss|feed|rdf:rdf)\b)", re.IGNORECASE)


def _stdin_suffix(text: str) -> str:
    """The suffix standard input would have as a file: ``.json``, ``.jsonl`` (a JSON object on
    each line), ``.html``, ``.xml`` (a feed), else ``.txt`` (an article's text)."""
    if _STDIN_HTML_RE.match(text):
        return ".html"
    if _STDIN_FEED_RE.match(text):
        return ".xml"
    if not _STDIN_JSON_RE.match(text):
        return ".txt"
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        first = text.lstrip().split("\n", 1)[0]
        try:
            json.loads(first)
        except (ValueError, RecursionError):
            return ".json"  # broken JSON: its error names the line and column
        return ".jsonl"
    return ".json"


# Names (before the first dot, any case) of the notes a folder keeps about its files: README.md,
# LICENSE.txt. In a folder they describe the articles and are none; named by the user, they are
# read like any file. Not NEWS or HISTORY: in a folder of news those may well be articles.
_FOLDER_NOTES = frozenset(
    ("readme", "license", "licence", "copying", "changelog", "changes", "contributing", "authors")
)


# How many names of a folder's files of other kinds the warning shows.
_OTHERS_SHOWN = 3


def _folder_files(folder: Path) -> tuple[list[Path], list[Path]]:
    """The article files under ``folder`` and its files of other kinds (a .pdf, a file without a
    suffix, a FIFO), each in name order, hidden names left out.

    A link is followed only when it leads to a file inside the folder: a link out of it (to
    ``/etc/passwd``) is skipped with a warning, as is a subfolder that cannot be listed.
    """
    root = folder.resolve()

    def unreadable(exc: OSError) -> None:
        _warn_skipped(
            f"skipped {exc.filename}: folder cannot be read ({exc.strerror}); check its permissions"
        )

    files: list[Path] = []
    others: list[Path] = []
    for top, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in list(dirs) + names:
            f = Path(top, name)
            if name.startswith(".") or not f.is_symlink():
                continue
            try:
                target = f.resolve()
            except (OSError, RuntimeError) as exc:  # a loop: RuntimeError before Python 3.13
                _warn_skipped(
                    f"skipped {f}: a link that cannot be followed ({exc}); fix or remove it"
                )
                (dirs if name in dirs else names).remove(name)
                continue
            if not target.is_relative_to(root):
                _warn_skipped(
                    f"skipped {f}: a link to {target}, outside the folder {folder}; copy the file "
                    "into the folder to summarise it"
                )
                if name in dirs:
                    dirs.remove(name)
                else:
                    names.remove(name)
        for name in names:
            if name.startswith("."):
                continue
            if Path(name).suffix.lower() in _ARTICLE_SUFFIXES and Path(top, name).is_file():
                files.append(Path(top, name))
            else:
                others.append(Path(top, name))
    return sorted(files), sorted(others)


def _read_fix(exc: OSError) -> str:
    """What to do about a file that cannot be read: its permissions, or (a failing disk, a network
    file system gone) the disk."""
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "check its permissions"
    return "check the disk it is on, then try again"


def _not_a_file(mode: int) -> str:
    """What an input that is no regular file is, and the fix: a pipe (a shell's ``<(...)``) is
    read from standard input; it is not read here, where a pipe without a writer waits forever."""
    if stat.S_ISFIFO(mode):
        return (
            "is a pipe, not a file; send what it holds to standard input instead: "
            "... | summarizer -"
        )
    kind = "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a special file"
    return f"is {kind}, not a regular file; give an article file or a folder"


def _missing_path_fix(p: Path) -> str:
    """What to do about a path that is not there: a pattern or a ``~`` the shell did not expand
    (quoted, or from a script) is the likely cause when the path holds one."""
    text = str(p)
    if any(mark in text for mark in "*?["):
        return (
            "a pattern such as *.txt is expanded by the shell, not by summarizer: leave it "
            "unquoted, or give the folder"
        )
    if text.startswith("~"):
        return "~ is expanded by the shell, not by summarizer: leave it unquoted, or give the full path"
    if _HOST_RE.match(text):
        return f"check the path, or, for a web address, write it with https:// (https://{text})"
    return "check the path"


def _load_file(
    p: Path, max_bytes: int, seen: dict[tuple[int, int], str], skip_bad: bool = False
) -> list[Document]:
    try:
        info = p.stat()
        size = info.st_size
    except FileNotFoundError:
        raise InputError(f"{p}: no such file or folder; {_missing_path_fix(p)}") from None
    except OSError as exc:
        raise InputError(
            f"{p}: cannot be read ({exc.strerror}); check the path and its permissions"
        ) from None
    if not p.is_file():
        raise InputError(f"{p}: {_not_a_file(info.st_mode)}")
    if size > max_bytes:
        raise InputError(
            f"{p}: is {size} bytes, over the {max_bytes}-byte limit; raise --max-bytes or split the file"
        )
    key = (info.st_dev, info.st_ino)
    if key in seen:
        _warn_skipped(f"skipped {p}: the same file as {seen[key]}, given earlier; it counts once")
        return []
    seen[key] = str(p)
    suffix = p.suffix.lower()
    try:
        with p.open("rb") as handle:
            # One byte past the limit: a file that another program writes on may have grown
            # since its size was read, and is not read whole into memory however large it grew.
            data = _read_at_most(handle, max_bytes + 1, size + 1)
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror}); {_read_fix(exc)}") from None
    if len(data) > max_bytes:
        raise InputError(
            f"{p}: grew past the {max_bytes}-byte limit while it was read (a program is writing "
            "it); wait until it is written, or raise --max-bytes"
        )
    blank = _blank_text(data)
    if blank is not None:
        # Before any reader of its kind: an empty .json is no "invalid JSON", an empty feed no
        # "not a feed"; each kind says what to give instead.
        raise InputError(f"{p}: {_empty_problem(blank)}; {_empty_fix(suffix)}")
    # The name's stem is the documents' id. A byte of the name that is not UTF-8 is read as a
    # lone surrogate (Python's file-system decoding), which no UTF-8 writer accepts: U+FFFD, as
    # for a lone surrogate in a JSON file.
    stem = replace_surrogates(p.stem)
    if suffix in HTML_SUFFIXES:
        from .web import document_from_html

        return [document_from_html(data, name=str(p), id=stem)]
    if suffix in FEED_SUFFIXES:
        return _read_feed(data, str(p), stem, skip_bad)
    text = decode_bytes(data, str(p))
    _warn_replaced(data, text, str(p), "re-save the file as UTF-8 to keep them")
    if _is_briefing_text(text, suffix):
        kind = "stories index" if suffix == ".json" and '"slug"' in text[:4096] else "briefing"
        raise InputError(
            f"{p}: is a {kind} written by summarizer, not an article; give the articles it "
            "was made from"
        )
    return _parse(text, str(p), stem, suffix, skip_bad)


def _read_feed(data: bytes, name: str, stem: str, skip_bad: bool = False) -> list[Document]:
    """The documents of an RSS or Atom feed, with a warning for each entry left out for having
    no text, as for a JSON record without text; a feed cut short is an error, with ``skip_bad``
    a warning (its entries are read)."""
    from .feed import documents_from_feed

    left_out: list[InputError] = []
    documents = documents_from_feed(data, name, stem, left_out, skip_bad=skip_bad)
    _warn_left_out(documents, left_out, name, len(documents) + len(left_out))
    return documents


def _warn_replaced(data: bytes, text: str, name: str, fix: str) -> None:
    """Warn of the bytes of ``data`` that decoding replaced by U+FFFD in ``text``, if any."""
    replaced = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    if replaced > 0:
        _warn_skipped(
            f"skipped bytes of {name} that are not valid UTF-8 ({replaced} places now hold "
            f"U+FFFD); {fix}"
        )


# A briefing's <head> says <meta name="generator" content="summarizer">; it sits in the first kB.
_GENERATOR_RE = re.compile(
    rb"""<meta\s+name=["']generator["']\s+content=["']summarizer""", re.IGNORECASE
)


@lru_cache(maxsize=1)
def _footer_re() -> re.Pattern[str]:
    """The last line of a Markdown or text briefing (templates/briefing.{md,text}.j2).

    "119 words (budget 120). Extractive briefing: ...", in the language the briefing is written
    in: its word count, then the ``footer`` of that language's ``briefing_words.txt``.
    """
    footers = [
        value.strip(" \t")
        for language in LANGUAGES
        for key, _, value in (
            line.partition(":") for line in read_lines(language, "briefing_words.txt")
        )
        if key.strip() == "footer"
    ]
    alternatives = "|".join(re.escape(footer) for footer in footers)
    return re.compile(rf"^\d+ [^\n]*\. (?:{alternatives})\s*\Z", re.MULTILINE)


# The keys of a JSON briefing (``render.briefing_to_dict``) that no document record has.
_BRIEFING_KEYS = frozenset({"points", "sources", "key_terms", "word_count"})


def is_briefing(path: PathLike) -> bool:
    """Whether the file is a briefing summarizer wrote (HTML, Markdown, text or JSON).

    Parameters
    ----------
    path : str or PathLike
        A file; one that cannot be read is not a briefing (reading it reports the problem).

    Returns
    -------
    bool
        True for our own output, which a folder of articles may hold beside them.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in _ARTICLE_SUFFIXES or suffix in (".jsonl", ".ndjson"):
        return False
    try:
        with p.open("rb") as handle:
            if suffix in HTML_SUFFIXES:
                return bool(_GENERATOR_RE.search(handle.read(4096)))
            size = os.fstat(handle.fileno()).st_size
            if suffix == ".json":
                head = handle.read(4096)
                if not re.match(rb"\s*\{", head) or (
                    b'"key_terms"' not in head and b'"stories"' not in head
                ):
                    return False
                if size > DEFAULT_MAX_BYTES:
                    return False
                head += handle.read()
                return _is_briefing_text(head.decode("utf-8", "replace"), suffix)
            handle.seek(max(0, size - 1024))
            return _is_briefing_text(handle.read().decode("utf-8", "replace"), suffix)
    except OSError:
        return False


def _is_briefing_text(text: str, suffix: str) -> bool:
    if suffix == ".json":
        if '"key_terms"' not in text[:4096] and '"stories"' not in text[:4096]:
            return False
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            return False
        return isinstance(data, Mapping) and (
            _BRIEFING_KEYS <= data.keys() or _is_stories_index(data)
        )
    if suffix in TEXT_SUFFIXES:
        return bool(_footer_re().search(text[-1024:]))
    return False


def _is_stories_index(data: Mapping[str, object]) -> bool:
    """Whether a JSON object is the stories.json that ``summarizer stories`` writes."""
    stories = data.get("stories")
    return (
        "version" in data
        and isinstance(stories, list)
        and all(isinstance(s, Mapping) and {"slug", "articles"} <= s.keys() for s in stories)
    )


# The opening of a Markdown front matter ("---", or Hugo's "+++"), after blank lines.
_FRONT_START_RE = re.compile(r"\s*(?:---|\+\+\+)")


class NoArticleTextError(InputError):
    """A file that holds no article, only what describes one (a Markdown front matter): named
    alone it is an error; in a folder it is left out with a warning, as a site generator's
    section page (Hugo's ``_index.md``) is no article."""


# White space and the characters that show nothing (zero-width spaces and joiners, direction
# marks, the word joiner, a BOM, a soft hyphen): a text of only these is empty.
_BLANK_RE = re.compile(r"[\s\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]*")
# What to give instead of an empty file, by its suffix (any other: article text).
_EMPTY_FIXES = {
    **dict.fromkeys((".json",), 'give a JSON list of documents, each with a "text" field'),
    **dict.fromkeys((".jsonl", ".ndjson"), "give one document object per line"),
    **dict.fromkeys(HTML_SUFFIXES, "give the saved web page of an article"),
    **dict.fromkeys(FEED_SUFFIXES, "give a feed that holds articles, or download it again"),
}
_PRINTABLE_BYTE_RE = re.compile(rb"[!-~]")
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # UTF-32's start as UTF-16's
# Files up to this size are decoded to tell whether they are blank (UTF-16 white space, a BOM).
_BLANK_CHECK_BYTES = 65536


def _is_blank(text: str) -> bool:
    """Whether ``text`` holds only white space and invisible characters (``_BLANK_RE``)."""
    return _BLANK_RE.fullmatch(text) is not None


def _blank_text(data: bytes) -> str | None:
    """A file's text when it is empty once decoded (white space, invisible characters, NULs),
    else None."""
    if not data.strip():  # ASCII white space, of any length
        return data.decode("ascii")
    if len(data) > _BLANK_CHECK_BYTES:
        return None
    if b"\x00" not in data and _PRINTABLE_BYTE_RE.search(data) and not data.startswith(_BOMS):
        return None  # an ASCII letter or mark, read as itself in UTF-8 or cp1252: not blank
    try:
        text = decode_bytes(data)
    except InputError:  # binary: its reader says so
        return None
    return text if _is_blank(text) else None


def _empty_fix(suffix: str) -> str:
    return _EMPTY_FIXES.get(suffix, "give a file with article text")


def _empty_problem(text: str) -> str:
    """Why a blank text is empty: nothing, white space, or characters that show nothing."""
    if text.strip():
        return "is empty (only white space and invisible characters such as zero-width spaces)"
    return "is empty"


def _parse(text: str, name: str, stem: str, suffix: str, skip_bad: bool = False) -> list[Document]:
    if suffix == ".json":
        return _parse_json(text, name, stem, skip_bad)
    if suffix in (".jsonl", ".ndjson"):
        if _one_json_value(text):  # a JSON document over several lines, as stdin reads it
            return _parse_json(text, name, stem, skip_bad)
        return _parse_jsonl(text, name, stem, skip_bad)
    if _is_blank(text):
        fix = (
            "send article text to it, or name the article files"
            if name == "<stdin>"
            else "give a file with article text"
        )
        raise InputError(f"{name}: {_empty_problem(text)}; {fix}")
    if _FRONT_START_RE.match(text):
        from .noise import front_matter_end

        end = front_matter_end(text)
        if end is not None and _is_blank(text[end:]):
            raise NoArticleTextError(
                f"{name}: holds only a front matter (its --- block of title, date ...), no "
                "article text; add the article's text below it"
            )
    check_error_page(text, None, name)
    return [Document(text=text, id=stem)]


def _one_json_value(text: str) -> bool:
    """Whether ``text``, of more than one line, is one JSON value (a list or an object written
    over lines: what JSON Lines cannot hold). Valid JSON Lines fail at the end of their first
    line, so the test reads little more than that line."""
    if "\n" not in text.strip():
        return False
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def _parse_json(text: str, name: str, stem: str, skip_bad: bool = False) -> list[Document]:
    data = parse_json(text, f"{name}:")
    _check_error_answer(data, name)
    _check_list_fields(data, name)
    if isinstance(data, Mapping) and isinstance(data.get("documents"), list):
        data = data["documents"]
    elif isinstance(data, Mapping) and isinstance(data.get("articles"), list):
        data = data["articles"]  # a news API's answer (NewsAPI, GNews)
    elif isinstance(data, Mapping) and _is_json_feed(data):
        if not data["items"]:
            raise InputError(
                f"{name}: the JSON Feed has no items; give a feed that holds articles, or fetch "
                "it again once the site has posted"
            )
        data = _json_feed_items(data)
    if isinstance(data, Mapping):
        data = [data]
    if isinstance(data, list) and not data:
        raise InputError(
            f'{name}: JSON holds an empty list of documents; add document objects with a "text" field'
        )
    if not isinstance(data, list):
        raise InputError(
            f'{name}: JSON must be a list of document objects with a "text" field; got {json_kind(data)}'
        )
    data = [_wordpress_post(item) for item in data]
    left_out: list[InputError] = []
    documents = _read_records(
        data, lambda n: f"{name}: item {n}", lambda n: f"{stem}-{n}", left_out, skip_bad
    )
    _warn_left_out(documents, left_out, name, len(data))
    return documents


def _read_records(
    items: Sequence[object],
    where: Callable[[int], str],
    default_id: Callable[[int], str],
    left_out: list[InputError],
    skip_bad: bool = False,
) -> list[Document]:
    """The documents of the N-th ``items`` (from 1); a record without text is left out and its
    error added to ``left_out``, any other error raised (with ``skip_bad``, also left out: one bad
    item of a .json file's list skips that item, not the file's good ones)."""
    documents = []
    for number, item in enumerate(items, start=1):
        try:
            documents.append(read_document(item, where(number), default_id(number)))
        except NoTextError as exc:
            left_out.append(exc)
        except InputError as exc:
            if not skip_bad:
                raise
            left_out.append(exc)
    return documents


def _warn_left_out(
    documents: Sequence[Document], left_out: Sequence[InputError], name: str, records: int
) -> None:
    """Warn, in the file's order, of each record of the file ``name`` left out: one without text
    (NewsAPI's articles whose ``content`` is null, a feed's entry with an empty
    ``<description>``), a line that cannot be read (with ``skip_bad``). When none of its ``records`` has text
    and none was left out for another reason, raise (the one record's error, or one for all)."""
    if not documents and left_out and all(isinstance(e, NoTextError) for e in left_out):
        first = left_out[0]
        if records == 1:
            raise first
        said = str(first).removeprefix(f"{name}: ")
        raise InputError(
            f"{name}: none of its {records} records has text (the first, {said}); give each "
            'article\'s body as "text"'
        )
    for exc in left_out:
        _warn_skipped(f"skipped {exc}")


def _is_json_feed(data: Mapping[str, Any]) -> bool:
    """Whether ``data`` is a JSON Feed (jsonfeed.org): a ``version`` naming it, ``items``."""
    return isinstance(data.get("items"), list) and "jsonfeed.org" in str(data.get("version", ""))


def _json_feed_items(feed: Mapping[str, Any]) -> list[object]:
    """A JSON Feed's items as document records: the text of ``content_html`` when there is no
    ``content_text``, and the feed's outlet (its title's outlet part, as for RSS) as the source."""
    from .feed import _html_text, _outlet_of

    title = feed.get("title")
    # The outlet's address: the feed's home page, else its own address, else its first item's
    # (the same site), as for RSS.
    items_urls = [item.get("url") for item in feed["items"] if isinstance(item, Mapping)]
    addresses = [feed.get("home_page_url"), feed.get("feed_url"), *items_urls[:1]]
    outlet = _outlet_of(
        title.strip() if isinstance(title, str) else None,
        next((a for a in addresses if isinstance(a, str) and a.strip()), None),
    )
    items: list[object] = []
    for item in feed["items"]:
        if isinstance(item, Mapping):
            record = dict(item)
            html, text = record.get("content_html"), record.get("content_text")
            # An empty content_text beside the HTML (a feed writer's blank field) is no text.
            if not (isinstance(text, str) and text.strip()) and isinstance(html, str):
                record["content_text"] = _html_text(html)
            if outlet and "source" not in record:
                record["source"] = outlet
            item = record
        items.append(item)
    return items


def _wordpress_post(item: object) -> object:
    """A post of WordPress's REST API (``/wp-json/wp/v2/posts``) as a document record: each of
    its ``title`` and ``content`` is ``{"rendered": HTML}``; the text is that of the content, the
    title that of the title (entities read). Any other item as it is."""
    if not isinstance(item, Mapping):
        return item
    content = item.get("content")
    if not (isinstance(content, Mapping) and isinstance(content.get("rendered"), str)):
        return item
    from .feed import _html_text

    record = dict(item)
    for key in ("content", "title"):
        value = record.get(key)
        if isinstance(value, Mapping) and isinstance(value.get("rendered"), str):
            record[key] = _html_text(value["rendered"])
    return record


def _check_list_fields(data: object, where: str) -> None:
    """Refuse an object whose list of records is not a list: a cluster's "documents" (it would
    be read as one document), a news API answer's "articles" or a JSON Feed's "items" (read as
    one record, both were 'item 1: has no "text" field', hiding what is wrong). A cluster with
    its list of documents, or a record with its text, is read whatever else it holds."""
    if not isinstance(data, Mapping):
        return
    if "documents" in data:
        value = data["documents"]
        if not isinstance(value, list):
            raise InputError(documents_problem(value, where))
        return  # a cluster, read from its documents
    if any(key in data for key in TEXT_KEYS):
        return  # a record with its text, whatever else it holds
    if "articles" in data and not isinstance(data["articles"], list):
        raise InputError(
            f'{where}: "articles" is {json_kind(data["articles"])}, not a list of articles; '
            'give the articles as {"articles": [{"content": ...}, ...]}, or save the answer again'
        )
    if "jsonfeed.org" in str(data.get("version", "")) and not isinstance(data.get("items"), list):
        problem = (
            f'whose "items" is {json_kind(data["items"])}, not a list of items'
            if "items" in data
            else 'without "items"'
        )
        raise InputError(
            f"{where}: is a JSON Feed {problem}; "
            'give its entries as "items": [{"content_text": ...}, ...], or save the feed again'
        )


def _check_error_answer(data: object, where: str) -> None:
    """Refuse a news API's error answer saved in place of its articles (NewsAPI's ``{"status":
    "error", "message": ...}``, GNews's ``{"errors": [...]}``), saying what it says: read as a
    record, it was 'has no "text" field'. An error answer that also holds ``"articles": null``
    or ``[]`` is one too (it was '"articles" is null, not a list of articles')."""
    readable = ("documents", "items", *TEXT_KEYS)
    if not isinstance(data, Mapping) or any(key in data for key in readable):
        return  # a cluster, a feed, or a record with its text
    if isinstance(data.get("articles"), list) and data["articles"]:
        return  # an answer with articles
    said: object
    if data.get("status") == "error":
        said = data.get("message") or data.get("code") or ""
    elif isinstance(data.get("errors"), (list, Mapping)):
        errors = data["errors"]
        items = errors.items() if isinstance(errors, Mapping) else enumerate(errors)
        said = "; ".join(str(v) if isinstance(k, int) else f"{k}: {v}" for k, v in items)
    else:
        return
    said = " ".join(str(said).split())
    raise InputError(
        f"{where}: is a news API's error answer, not articles"
        + (f' ("{said}")' if said else "")
        + "; fix the request and save its answer again"
    )


def _cluster_id(stem: str, line: int, number: int) -> str:
    """The default id of the ``number``-th document of the cluster record on ``line``."""
    return f"{stem}-{line}-{number}"


def _parse_jsonl(text: str, name: str, stem: str, skip_bad: bool = False) -> list[Document]:
    out: list[Document] = []
    left_out: list[InputError] = []  # records without text, lines skipped: warned of in order
    records = 0
    for number, data, error in json_lines(text.split("\n"), f"{name}: "):
        try:
            records += _jsonl_record(data, error, name, stem, number, out, left_out)
        except InputError as exc:
            if not skip_bad:
                raise
            left_out.append(exc)  # one bad line skips that line, not the file's good records
    _warn_left_out(out, left_out, name, records)
    if not out and not left_out:
        raise InputError(f"{name}: has no documents; give one document object per line")
    return out  # empty when lines were skipped: the warnings say why


def _jsonl_record(
    data: object,
    error: str | None,
    name: str,
    stem: str,
    number: int,
    out: list[Document],
    left_out: list[InputError],
) -> int:
    """Read one line of a JSON Lines file (``error``: the line could not be read) into ``out``,
    the errors of its records without text into ``left_out``; the number of records it holds."""
    if error is not None:
        raise InputError(error)
    where = f"{name}: line {number}"
    _check_error_answer(data, where)
    _check_list_fields(data, where)
    items: list[object] = [data]
    kind = ""  # what the line's records are: documents of a cluster, articles of an answer
    if isinstance(data, Mapping) and isinstance(data.get("documents"), list):
        # A cluster record (the benchmark format): its documents belong to the cluster.
        if not data["documents"]:
            read_documents(data["documents"], where)  # raises: a cluster without documents
        items, kind = data["documents"], "document"
    elif isinstance(data, Mapping) and isinstance(data.get("articles"), list):
        # A news API's answer per line (NewsAPI, GNews), as a .json file holds one; an answer
        # without articles is a poll that found none, not an error.
        items, kind = data["articles"], "article"

    def label(n: int) -> str:
        return f"{where}, {kind} {n}" if kind else where

    def default_id(n: int) -> str:
        return _cluster_id(stem, number, n) if kind else f"{stem}-{number}"

    line: list[InputError] = []
    # All of the line or none: a line that cannot be read is skipped whole (with skip_bad).
    out.extend(_read_records(items, label, default_id, line))
    left_out.extend(line)
    return len(items)


def as_documents(
    items: Iterable[Document | str], *, allow_empty: bool = False, call: str = "summarize"
) -> tuple[Document, ...]:
    """Turn a collection of ``Document`` or ``str`` into documents with unique ids.

    Parameters
    ----------
    items : iterable of Document or str
        The cluster. A lone ``str`` is refused: it is one document, not a cluster.
    allow_empty : bool
        An empty collection gives ``()`` (``group_stories``: no articles, no stories) instead of
        the error.
    call : str
        The function the caller called, named in the fix for a lone string.

    Returns
    -------
    tuple of Document
        Missing ids become ``doc1``, ``doc2`` ... (by position); repeated ids get ``-2``, ``-3``.

    Raises
    ------
    TypeError
        ``items`` is a string, bytes, or not iterable, or holds something other than text.
    InputError
        The collection is empty (and ``allow_empty`` is false).
    """
    if isinstance(items, (str, bytes, bytearray)):
        raise TypeError(
            "documents must be a collection of articles, not a single string; "
            f"wrap it in a list: {call}([text])"
        )
    if isinstance(items, Document):
        raise TypeError("documents must be a collection of articles; wrap the Document in a list")
    if isinstance(items, Mapping):  # iterating it would take its keys for the articles
        raise TypeError(
            f"documents must be a collection of articles, not a {type(items).__name__}; "
            "pass its values: list(d.values())"
        )
    if isinstance(items, AbstractSet):
        raise TypeError(UNORDERED.format(what="documents", kind=type(items).__name__))
    try:
        iterator = iter(items)
    except TypeError:
        raise TypeError(
            f"documents must be an iterable of Document or str; got {type(items).__name__}"
        ) from None
    docs: list[Document] = []
    numbered: set[int] = set()  # positions whose id is made here ("doc2"), not the caller's
    for position, item in enumerate(iterator, start=1):
        if isinstance(item, str):
            item = Document(text=item)
        elif not isinstance(item, Document):
            raise TypeError(
                f"document {position} must be a Document or str; got {type(item).__name__}"
            )
        else:
            check_document(item, position)
        if item.id is None or not str(item.id).strip():
            item = replace(item, id=f"doc{position}")
            numbered.add(position - 1)
        docs.append(item)
    if not docs and not allow_empty:
        raise InputError("no documents given; pass a list of article texts or Document objects")
    return tuple(_unique_ids(docs, numbered))


def _drop_repeats(docs: Iterable[Document]) -> Iterator[Document]:
    """The documents but a second copy of one read earlier (the same id and text), with a warning."""
    read: set[tuple[str | None, str]] = set()
    for doc in docs:
        if (doc.id, doc.text) in read:
            # The same article read twice (two downloads of one feed): one source, not two.
            _warn_skipped(
                f"skipped a second copy of article {doc.id!r} (the same id and text as one read "
                "earlier); it counts once"
            )
            continue
        read.add((doc.id, doc.text))
        yield doc


def _unique_ids(
    docs: Iterable[Document], numbered: frozenset[int] | set[int] = frozenset()
) -> Iterator[Document]:
    """The documents, each id made unique: a repeat takes the first free ``-2``, ``-3`` ...

    Every id a document was given is its first holder's: a repeat's suffix is never another
    document's id ("x", "x", "x-2" become "x", "x-3", "x-2"), and an id made from a position
    (``numbered``: "doc1") gives way to one the caller gave.
    """
    docs = list(docs)
    given = {str(doc.id) for position, doc in enumerate(docs) if position not in numbered}
    seen: set[str] = set()
    # The suffix each id last took: ``seen`` only grows, so the next copy's first free suffix is
    # no lower. Counting from 2 for every copy took quadratic time: 20,000 articles of one id
    # (an export whose records all say "id": "1") spent 45 s here.
    last: dict[str, int] = {}
    for position, doc in enumerate(docs):
        base = str(doc.id)
        if base in seen or position in numbered and base in given:
            n = max(last.get(base, 1), 1) + 1
            new_id = f"{base}-{n}"
            while new_id in seen or new_id in given:
                n += 1
                new_id = f"{base}-{n}"
            last[base] = n
        else:
            new_id = base
        seen.add(new_id)
        yield doc if new_id == doc.id else replace(doc, id=new_id)
