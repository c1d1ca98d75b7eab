"""Records: JSON and JSON Lines text -> Python values and ``Document``s, with one-line errors.

The one reader of the record formats that ``load`` (``.json`` and ``.jsonl`` article files),
``batch`` (cluster lines) and ``evaluate`` (dataset lines) accept, so that the same object is read
the same way by all three and the same broken line gets the same message:

- ``parse_json``: JSON text -> value; a syntax error, nesting too deep for Python's parser or an
  integer too long to convert becomes an ``InputError`` naming where, the problem and the fix.
- ``json_lines``: lines (text or UTF-8 bytes, streamed) -> ``(line number, value, error)`` for every
  non-blank line; lines end at ``\\n`` only (a raw U+2028 is legal inside a JSON string).
- ``read_document`` and ``read_documents``: a document record -> ``Document``. A record is a string
  (the text) or an object with the text under ``text`` (or ``body``, ``content``, ``article``),
  and optionally ``id`` (``docno``, ``doc_id``), ``title`` (``headline``), ``source``
  (``outlet``, ``publisher``, ``site_name``, ``sitename``, ``source-hostname``; an object's
  ``name``; never a web address; without one, the host of the record's address, as for an HTML
  page), ``date`` (``published``, ``date_published``, ``publishedAt`` and the other names
  of ``DATE_KEYS``; a Unix time, 1741060800 or in milliseconds, is read as its UTC date and
  time), ``url`` (``link``; else a ``source`` that is a web address),
  ``byline`` (``author``, ``authors``: a name, a list of names or of objects with a ``name``) and
  ``language`` (``lang``, ``locale``: "de-DE" is "de"); the text may also be under
  ``maintext`` or ``content_text``. These are the fields of the exports people have: NewsAPI
  and GNews, newspaper3k, news-please, trafilatura, JSON Feed.
"""

from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import NoReturn

from .errors import InputError
from .text import (
    check_error_page,
    is_placeholder_author,
    is_web_address,
    names_something,
    site_host,
    title_without_outlet,
)
from .types import Document

__all__ = [
    "MAX_JSON_DIGITS",
    "NoTextError",
    "byline_of",
    "documents_problem",
    "json_kind",
    "json_lines",
    "parse_json",
    "query_problem",
    "query_text",
    "read_document",
    "read_documents",
    "replace_surrogates",
]

# Python converts integers of at most this many digits (a guard against quadratic conversion).
MAX_JSON_DIGITS: int = getattr(sys, "get_int_max_str_digits", lambda: 4300)()

# Fields of a document record, with the aliases common scrapers use; a Markdown file's front
# matter names its fields so too (``noise._FRONT_KEYS``).
# NewsAPI and GNews write ``publishedAt`` and ``"source": {"name": ...}``; newspaper3k
# ``publish_date``; news-please ``maintext`` and ``date_publish``; trafilatura ``sitename`` in
# Python, ``source-hostname`` in its JSON output (whose ``source`` is the page's address); JSON
# Feed ``content_text`` and ``date_published``.
TEXT_KEYS = ("text", "body", "content", "article", "maintext", "content_text")
ID_KEYS = ("id", "docno", "doc_id")
TITLE_KEYS = ("title", "headline")
SOURCE_KEYS = ("source", "outlet", "publisher", "site_name", "sitename", "source-hostname")
DATE_KEYS = (
    "date",
    "published",
    "date_published",
    "publishedAt",
    "published_at",
    "publish_date",
    "date_publish",
    "datePublished",
    "pubDate",
)
URL_KEYS = ("url", "link")
# The address of the site's home page (newspaper3k): its host names the outlet.
SITE_URL_KEYS = ("source_url",)
# The authors: NewsAPI's and trafilatura's ``author`` (a string), newspaper3k's and news-please's
# ``authors`` (a list of names), JSON Feed's ``authors`` (objects with a ``name``).
BYLINE_KEYS = ("byline", "author", "authors")
LANGUAGE_KEYS = ("language", "lang", "locale")


def parse_json(text: str, where: str, *, line: bool = False) -> object:
    """``json.loads(text)``, with every failure an ``InputError`` of one line.

    Parameters
    ----------
    text : str
        The JSON text: a whole file, or one line of a JSON Lines file (``line=True``).
    where : str
        What the text is, to open the message: ``"notes.json"``, ``"clusters.jsonl: line 3"``.
    line : bool, default False
        The text is one line: the fix offered is to fix or remove that line.

    Raises
    ------
    InputError
        The text is not valid JSON, is nested too deeply for Python's parser, or holds an integer
        of more than ``MAX_JSON_DIGITS`` digits.

    Examples
    --------
    >>> parse_json('{"text": "Rain fell."}', "a.json")
    {'text': 'Rain fell.'}
    >>> parse_json('{"text": }', "a.jsonl: line 2", line=True)
    Traceback (most recent call last):
    ...
    summarizer.errors.InputError: a.jsonl: line 2 is not valid JSON (Expecting value at column 10); fix or remove that line
    """
    fix = "fix or remove that line" if line else "fix the file"
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = f"column {exc.colno}" if line else f"line {exc.lineno} column {exc.colno}"
        problem = f"is not valid JSON ({exc.msg} at {at})"
    except RecursionError:
        problem = "is JSON nested too deeply to read"
    except ValueError:  # an integer longer than Python converts (4,300 digits)
        problem = f"holds a number too long to read (over {MAX_JSON_DIGITS} digits)"
    raise InputError(f"{where} {problem}; {fix}")


def json_lines(
    lines: Iterable[str] | Iterable[bytes], where: str = ""
) -> Iterator[tuple[int, object, str | None]]:
    """``(line number, value, error)`` for every non-blank line of a JSON Lines text, streamed.

    Parameters
    ----------
    lines : iterable of str or bytes
        The lines, each ending at ``\\n`` (a binary file handle, or ``text.split("\\n")``).
        Bytes are decoded as UTF-8; a byte-order mark opening a line is ignored (before the
        first, or before a later one in files that each had one and were joined).
    where : str, default ""
        What the lines are, to open each message (``"clusters.jsonl: "``); empty gives
        ``"line 3 ..."``.

    Yields
    ------
    (int, object, str or None)
        The line number (from 1), the parsed value (None on error) and the error message of a
        line that cannot be read (not UTF-8, not JSON, nested too deeply, a number too long).
    """
    for number, raw in enumerate(lines, start=1):
        if isinstance(raw, bytes):
            raw = raw.removeprefix(codecs.BOM_UTF8)
            if not raw.strip():
                continue
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                problem = f"is not UTF-8 text ({exc.reason}); re-save the file as UTF-8"
                yield number, None, f"{where}line {number} {problem}"
                continue
        else:
            text = str(raw)
            text = text.removeprefix("\ufeff")
            if not text.strip():
                continue
        try:
            value = parse_json(text, f"{where}line {number}", line=True)
        except InputError as exc:
            yield number, None, str(exc)
            continue
        yield number, value, None


def read_document(data: object, where: str, default_id: str | None = None) -> Document:
    """One document record (a string, or an object with a text field) as a ``Document``.

    Parameters
    ----------
    data : object
        The parsed record.
    where : str
        What the record is, to open an error message (``"a.jsonl: line 3"``).
    default_id : str, optional
        The id when the record gives none; None leaves it to ``as_documents`` (``doc1`` ...).

    Raises
    ------
    NoTextError
        The record has no text: no text field, or only null or empty ones (white space only).
    InputError
        The record is neither a string nor an object, its text field is not a string, or it
        is an error page ("404 Not Found", ``text.error_page``), not an article.

    Examples
    --------
    >>> doc = read_document({"body": "Rain fell.", "headline": "Rain", "outlet": "AP"}, "x")
    >>> doc.text, doc.title, doc.source
    ('Rain fell.', 'Rain', 'AP')
    """
    if isinstance(data, str):
        data = {"text": data}
    if not isinstance(data, Mapping):
        raise InputError(
            f'{where}: a document must be a string or an object with a "text" field; '
            f"got {type(data).__name__}"
        )
    # A NUL is dropped, as from a file's text (``load.decode_bytes``): a field of NULs is empty.
    text = next(
        (
            v
            for k in TEXT_KEYS
            if isinstance(v := data.get(k), str) and (v := v.replace("\x00", "")).strip()
        ),
        None,
    )
    if text is None:
        _refuse_without_text(data, where)
    # A scraper's record of a dead link holds the site's error page, as a saved file may.
    check_error_page(text, _field(data, TITLE_KEYS), where)
    outlet = _outlet(data)
    return Document(
        text=replace_surrogates(text),
        id=_field(data, ID_KEYS) or default_id,
        # NewsAPI titles a headline "Headline - Outlet".
        title=title_without_outlet(_field(data, TITLE_KEYS), outlet),
        source=outlet or _site_of(data),
        date=_date(data),
        url=_field(data, URL_KEYS) or _address_in_source(data),
        byline=_byline(data),
        language=_language(_field(data, LANGUAGE_KEYS)),
    )


class NoTextError(InputError):
    """A document record without text: no text field, or one that is null or empty.

    ``load`` reads a file's other records without it (with a ``SkippedInputWarning``), and so a
    feed's other entries without one of its entries that has no text (``feed`` gives this error
    for it); a file none of whose records has text is an error.
    ``batch`` and ``evaluate`` refuse the cluster that holds it, as any unreadable document.
    """

    def __init__(self, where: str, problem: str, fix: str) -> None:
        super().__init__(f"{where}: {problem}; {fix}")
        #: What is wrong, without where or the fix: '"content" is null'.
        self.problem = problem


def _refuse_without_text(data: Mapping[str, object], where: str) -> NoReturn:
    """Raise the error of a record none of whose ``TEXT_KEYS`` holds text: ``InputError`` for a
    field of another type (a number, a list of paragraphs: there, not missing), else
    ``NoTextError`` (the field empty, null, or not there)."""
    other = next(
        (k for k in TEXT_KEYS if data.get(k) is not None and not isinstance(data[k], str)), None
    )
    if other is not None:
        raise InputError(
            f'{where}: has no "text" field holding text ("{other}" is '
            f'{type(data[other]).__name__}); give the article body as a string in "text"'
        )
    # As an empty file: no article, and no source of the briefing.
    empty = next((k for k in TEXT_KEYS if isinstance(data.get(k), str)), None)
    if empty is not None:
        raise NoTextError(where, f'"{empty}" is empty', "give the article body, or leave it out")
    null = next((k for k in TEXT_KEYS if k in data), None)
    if null is not None:  # NewsAPI's "content": null (an article whose body it does not give)
        raise NoTextError(where, f'"{null}" is null', "give the article body, or leave it out")
    raise NoTextError(where, 'has no "text" field', 'give the article body as "text"')


def read_documents(
    value: object, where: str, default_id: Callable[[int], str | None] = lambda _: None
) -> list[Document]:
    """A cluster's ``documents`` list as ``Document``s (a ``Document`` given from Python as is).

    Parameters
    ----------
    value : object
        The record's ``documents`` value: a non-empty list of document records.
    where : str
        What the record is (``"a.jsonl: line 3"``); a document's errors add ``", document N"``.
    default_id : callable, optional
        The id of the N-th document (from 1) when it gives none.

    Raises
    ------
    InputError
        ``value`` is not a non-empty list, or one of its documents cannot be read.
    """
    if not isinstance(value, (list, tuple)) or not value:
        raise InputError(documents_problem(value, where))
    return [
        item
        if isinstance(item, Document)
        else read_document(item, f"{where}, document {number}", default_id(number))
        for number, item in enumerate(value, start=1)
    ]


def documents_problem(value: object, where: str) -> str:
    """The error of a cluster whose ``"documents"`` is no non-empty list, said as a news API
    answer's ``"articles"`` and a JSON Feed's ``"items"`` are (``load``): the field, what it
    is, and the fix.

    Examples
    --------
    >>> print(documents_problem(None, "c.jsonl: line 2"))
    c.jsonl: line 2: "documents" is null, not a list of documents; give {"documents": [{"text": ...}, ...]}
    """
    said = (
        "an empty list"
        if isinstance(value, (list, tuple))
        else f"{json_kind(value)}, not a list of documents"
    )
    return f'{where}: "documents" is {said}; give {{"documents": [{{"text": ...}}, ...]}}'


def json_kind(value: object) -> str:
    """What a JSON value is, as a message says it: "null", "a string", "an object"."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (int, float)):
        return "a number"
    return "an object" if isinstance(value, Mapping) else f"a {type(value).__name__}"


def query_text(value: object) -> str | None:
    """A record's ``query`` as the text to summarise towards, or None when it gives none.

    A string is the query as written; an object (the DUC topic format) gives its ``title`` and
    ``narrative``, stripped and joined by ". " (either may be missing).

    Examples
    --------
    >>> query_text({"title": "Harbour vote", "narrative": "Describe the vote."})
    'Harbour vote. Describe the vote.'
    >>> query_text({"narrative": "Describe the vote."})
    'Describe the vote.'
    """
    if isinstance(value, str) and value.strip():
        return replace_surrogates(value)
    if isinstance(value, Mapping):
        text = ". ".join(
            str(value[k]).strip() for k in ("title", "narrative") if isinstance(value.get(k), str)
        )
        if text.strip(". "):
            return replace_surrogates(text)
    return None


def query_problem(value: object) -> str:
    """What is wrong with a record's ``query`` that ``query_text`` reads as none, to follow
    "cluster X has": it is not there (or null), it is empty (blank, or an object whose
    ``title`` and ``narrative`` are), it is an object with neither as a text (``{"topic": ...}``,
    ``{"title": 5}``), or it is of another type.

    Examples
    --------
    >>> query_problem(None), query_problem(" "), query_problem({"title": ""})
    ('no "query"', 'an empty "query"', 'an empty "query"')
    >>> query_problem({"topic": "Harbour vote"})
    'a "query" object without a "title" or "narrative" text'
    >>> query_problem(5)
    'a "query" that is int, not a text'
    """
    if value is None:
        return 'no "query"'
    if isinstance(value, Mapping):
        if any(isinstance(value.get(key), str) for key in ("title", "narrative")):
            return 'an empty "query"'
        return 'a "query" object without a "title" or "narrative" text'
    if isinstance(value, str):
        return 'an empty "query"'
    return f'a "query" that is {type(value).__name__}, not a text'


def _language(value: str | None) -> str | None:
    """A shipped language code from a record's "de", "de-DE" or "fr_FR"; else None (detect)."""
    from .lexicon import LANGUAGES

    code = (value or "").strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGUAGES else None


def _outlet(data: Mapping[str, object]) -> str | None:
    """The record's outlet: the first of ``SOURCE_KEYS`` that names one, a name given as an
    object's ``name`` (NewsAPI's ``{"id": ..., "name": "BBC News"}``); a web address is no
    outlet's name (trafilatura's ``source``), nor a value without a letter or a digit ("—")."""
    for key in SOURCE_KEYS:
        value = data.get(key)
        if isinstance(value, Mapping):
            value = value.get("name")
        name = _field({key: value}, (key,))
        if name is not None and names_something(name) and not is_web_address(name):
            return name
    return None


def _address_in_source(data: Mapping[str, object]) -> str | None:
    """The page's address a record gives as its ``source`` (trafilatura's JSON output), else
    None."""
    address = _field(data, ("source",))
    return address if address is not None and is_web_address(address) else None


def _byline(data: Mapping[str, object]) -> str | None:
    """The record's authors, as one line (``byline_of``): the first of ``BYLINE_KEYS`` naming
    any (a name, a list of names or of objects with a ``name``)."""
    for key in BYLINE_KEYS:
        value = data.get(key)
        byline = byline_of(value if isinstance(value, list) else [value])
        if byline:
            return byline
    return None


# An e-mail address in an author's field, with the brackets around it: RSS's <author> is one
# ("ana@gazette.example (Ana Reyes)"), some exports' authors too ("Ana Reyes <ana@...>").
# A match starts only where a run starts: the address's name where a run of its characters
# does (the look-behind), its white space before it where a run of white space does. Tried at
# every position of a long run (a feed's author of 100,000 letters, or of spaces), each attempt
# ran to the run's end, quadratic (68 s for the letters); the matches are the same (checked
# against the old pattern on 300,000 random strings of "ab@ <>()[].x", tabs and newlines).
_EMAIL_RE = re.compile(
    r"(?:[<(\[]\s*|(?<!\s)\s+)?(?<![^\s<>()\[\]@])[^\s<>()\[\]@]+@[^\s<>()\[\]@]+\s*[>)\]]?"
)


def byline_of(authors: Iterable[object]) -> str | None:
    """Authors as one byline ("Ana Reyes, Bo Lind"), the line a ``Document`` gives as ``byline``.

    Each author is a name or an object with a ``name`` (JSON Feed's, feedparser's); names are
    kept in order, once each. An e-mail address is no name: left out of what holds one, with its
    brackets ("ana@gazette.example (Ana Reyes)" is "Ana Reyes"); nor is a web address (NewsAPI's
    author is at times a profile's address), nor a value without a letter or a digit, nor what a
    content system writes for an author nobody named ("Unknown", "admin":
    ``text.is_placeholder_author``). None when no author is named.

    Examples
    --------
    >>> byline_of(["Ana Reyes", {"name": "Bo Lind"}, "Ana Reyes", "desk@gazette.example"])
    'Ana Reyes, Bo Lind'
    >>> byline_of(["ana@gazette.example (Ana Reyes)"])
    'Ana Reyes'
    >>> byline_of(["Unknown"]) is None
    True
    """
    names: list[str] = []
    for author in authors:
        value = author.get("name") if isinstance(author, Mapping) else author
        if isinstance(value, str):
            value = _EMAIL_RE.sub(" ", value).strip(" ()<>[]")
        name = _field({"name": value}, ("name",))
        if (
            name is not None
            and names_something(name)
            and not is_web_address(name)
            and not is_placeholder_author(name)
        ):
            names.append(name)
    return ", ".join(dict.fromkeys(names)) or None


def _site_of(data: Mapping[str, object]) -> str | None:
    """The site a record without an outlet's name comes from, as an HTML page without one is
    named (``web``): the host of its address (``url``, ``link``, newspaper3k's ``source_url``,
    trafilatura's ``source``), or news-please's ``source_domain`` (trafilatura's ``hostname``);
    "www." left out. None when it gives none."""
    addresses = [_field(data, (key,)) for key in (*URL_KEYS, *SITE_URL_KEYS)]
    for address in (*addresses, _address_in_source(data)):
        host = site_host(address)
        if host:
            return host
    domain = _field(data, ("source_domain", "hostname"))
    return domain.removeprefix("www.") if domain else None


def _field(data: Mapping[str, object], keys: Sequence[str]) -> str | None:
    """The first of ``keys`` holding a non-blank string or a whole number, as stripped text."""
    for key in keys:
        value = data.get(key)
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
            return replace_surrogates(str(value).strip())
    return None


# A Unix time as scrapers write a date ("published": 1741060800, or in milliseconds
# 1741060800000): whole seconds or milliseconds since 1970 that fall in these years.
_UNIX_YEARS = (1990, 2100)
_UNIX_TIME_RE = re.compile(r"[0-9]{9,10}(?:[0-9]{3})?(?:\.[0-9]+)?", re.ASCII)


def _date(data: Mapping[str, object]) -> str | None:
    """The record's date (the first of ``DATE_KEYS``), a Unix time read as its UTC date and time
    (``2025-03-04T04:00:00+00:00``), any other value as written (``parse_date`` reads it later).

    Examples
    --------
    >>> _date({"published": 1741060800}), _date({"date": "1741060800000"})
    ('2025-03-04T04:00:00+00:00', '2025-03-04T04:00:00+00:00')
    >>> _date({"date": "2025-03-04"}), _date({"date": 2025})
    ('2025-03-04', '2025')
    """
    # A JSON number with a fraction (1741060800.5) as its text; ``_field`` reads the rest.
    floats = {
        key: str(int(value)) if value.is_integer() else str(value)
        for key in DATE_KEYS
        if isinstance(value := data.get(key), float)
    }
    text = _field({**data, **floats} if floats else data, DATE_KEYS)
    return None if text is None else _unix_date(text) or text


def _unix_date(text: str) -> str | None:
    """``text`` read as a Unix time in seconds or milliseconds, as an ISO date and time in UTC;
    None when it is none, or falls outside ``_UNIX_YEARS``."""
    import datetime as dt

    if not _UNIX_TIME_RE.fullmatch(text):
        return None
    seconds = float(text)
    if len(text.split(".")[0]) > 10:
        seconds /= 1000
    moment = dt.datetime.fromtimestamp(int(seconds), dt.timezone.utc)
    if not _UNIX_YEARS[0] <= moment.year < _UNIX_YEARS[1]:
        return None
    return moment.isoformat()


# JSON may escape half of a UTF-16 pair ("\\ud83d" of a cut-off emoji); json.loads joins whole
# pairs, so what is left is a lone surrogate, which no UTF-8 writer accepts. It becomes U+FFFD, as
# a cut-off UTF-8 sequence in a text file does.
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """``text`` with every lone surrogate (half of a UTF-16 pair) replaced by U+FFFD."""
    return _SURROGATE_RE.sub("\ufffd", text)
