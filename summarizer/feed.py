"""Feed input: the bytes of an RSS or Atom feed file -> one ``Document`` per entry.

Parsed by ``feedparser`` (the ``feeds`` extra), which also sanitises entry HTML. An entry's text
is its longest content block, else its summary, as plain text (paragraphs kept); its outlet is
the one the entry names (an aggregator's ``<source>``), else the feed title's outlet part
(``_outlet_of``); its date is the day the entry's date names where the feed wrote it (no
conversion to UTC, as every reader takes a date); its byline is its authors' names; its id is
the entry's id (guid), else its link, so the same article keeps its id across downloads of the
feed. An entry without text is left out, its ``NoTextError`` (the records' error of a record
without text) given to the caller, which warns of it as of such a record.
"""

from __future__ import annotations

import html.parser
import re
import time
from collections.abc import Mapping, Sequence
from typing import Any
from xml.parsers.expat import errors as expat_errors
from xml.sax import SAXParseException

from .errors import InputError, ResourceError
from .records import NoTextError, byline_of
from .text import (
    TITLE_SEPARATOR,
    check_error_page,
    names_something,
    parse_date_time,
    site_host,
    title_without_outlet,
)
from .types import Document

__all__ = ["CUT_SHORT", "documents_from_feed"]

# expat's errors of a text that ends inside the document (a download cut off): the feed is cut
# short. Other well-formedness errors (a bare "&") are read past by feedparser's lenient parser.
CUT_SHORT = frozenset(
    {
        expat_errors.XML_ERROR_NO_ELEMENTS,  # "no element found": ended in text or between tags
        expat_errors.XML_ERROR_UNCLOSED_TOKEN,  # ended inside a tag
        expat_errors.XML_ERROR_UNCLOSED_CDATA_SECTION,
    }
)

# A numeric character reference. One to no character (a surrogate, or past U+10FFFF) stops
# feedparser with a UnicodeEncodeError, ValueError or OverflowError; HTML reads it as U+FFFD.
_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")
# More digits than any code point needs (U+10FFFF is 1114111), leading zeros aside.
_MAX_REFERENCE_DIGITS = 7


def _replace_references_to_nothing(data: bytes) -> bytes:
    """``data`` with each character reference to no character made ``&#xFFFD;`` (as HTML reads it)."""

    def replace(match: re.Match[bytes]) -> bytes:
        hexadecimal, decimal = match.groups()
        digits = (hexadecimal or decimal).lstrip(b"0")
        if len(digits) > _MAX_REFERENCE_DIGITS:
            return b"&#xFFFD;"
        value = int(digits or b"0", 16 if hexadecimal else 10)
        return b"&#xFFFD;" if 0xD800 <= value <= 0xDFFF or value > 0x10FFFF else match.group()

    return _REFERENCE.sub(replace, data)


# Tags whose start or end breaks a paragraph in feed HTML.
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "table",
        "tr",
        "section",
        "article",
    ]
)


def documents_from_feed(
    data: bytes,
    name: str,
    stem: str,
    left_out: list[InputError] | None = None,
    *,
    skip_bad: bool = False,
) -> list[Document]:
    """Parse an RSS or Atom feed into documents, one per entry with text.

    Parameters
    ----------
    data : bytes
        The feed file's bytes.
    name : str
        The file name, for messages.
    stem : str
        Prefix of the ids of entries that have neither an id nor a link.
    left_out : list of InputError, optional
        Gets a ``NoTextError`` for each entry left out for having no text, in the feed's order,
        which names the file and the entry ("gazette.rss: entry 3 ("Ferry back")"), for the
        caller to warn of (``load`` does, as of a JSON record without text).
    skip_bad : bool
        A feed cut short (``CUT_SHORT``: a download cut off) gives the entries it holds, its
        error put in ``left_out``, instead of raising it; so does an entry that is an error
        page ("404 Not Found", ``text.error_page``), which is otherwise refused.

    Returns
    -------
    list of Document

    Raises
    ------
    InputError
        The file is not a feed, no entry has text, or it is cut short or an entry is an error
        page (without ``skip_bad``).
    ResourceError
        ``feedparser`` is not installed.
    """
    try:
        import feedparser
    except ImportError as exc:
        from .errors import install_hint

        raise ResourceError(
            f"{name}: reading RSS/Atom feeds needs feedparser, which is not installed; "
            f"run {install_hint('feeds')}"
        ) from exc
    try:
        parsed = feedparser.parse(_replace_references_to_nothing(data))
    except (UnicodeError, ValueError, OverflowError) as exc:
        # What the replacement cannot reach (a feed in UTF-16 holding such a reference).
        raise InputError(
            f"{name}: cannot be read as a feed ({exc}); fix the feed, or download it again"
        ) from exc
    entries: Sequence[Mapping[str, Any]] = parsed.get("entries") or []
    if not parsed.get("version") and not entries:
        raise InputError(
            f"{name}: is not an RSS or Atom feed; give a feed file, or rename it (.txt, .html, .json)"
        )
    feed = parsed.get("feed") or {}
    # The outlet's address: the feed's own link, else its first entry's (the same site); a link
    # with no host ("/", "tag:...", "http://[") is none.
    links = [feed.get("link"), *(entry.get("link") for entry in entries)]
    address = next((link for link in map(_clean, links) if site_host(link)), None)
    outlet = _outlet_of(_title(feed), address)
    atom = str(parsed.get("version", "")).startswith("atom")
    documents: list[Document] = []
    for number, entry in enumerate(entries, start=1):
        text = _entry_text(entry)
        if not text:
            if left_out is not None:
                left_out.append(_no_text(entry, f"{name}: entry {number}"))
            continue
        try:
            # An entry of a dead page's error text, as a saved page may be (``load`` refuses it).
            check_error_page(text, _title(entry), f"{name}: entry {number}")
        except InputError as exc:
            if not skip_bad:
                raise
            if left_out is not None:
                left_out.append(exc)
            continue
        source = _entry_outlet(entry) or outlet
        documents.append(
            Document(
                text=text,
                id=_clean(entry.get("id")) or _clean(entry.get("link")) or f"{stem}-{number}",
                # An aggregator's entry is titled "Headline - Outlet".
                title=title_without_outlet(_title(entry), source),
                source=source,
                date=_date(entry),
                url=_clean(entry.get("link")),
                byline=_byline(entry, atom),
            )
        )
    problem = parsed.get("bozo_exception")
    if not documents and isinstance(problem, SAXParseException):
        # Cut short or broken: feedparser reads what it can, which here is nothing.
        raise InputError(
            f"{name}: is not well-formed XML (line {problem.getLineNumber()}: "
            f"{problem.getMessage()}); fix the feed, or download it again"
        )
    if not entries:
        raise InputError(
            f"{name}: the feed has no entries; give a feed that holds articles, or fetch it again "
            "once the site has posted"
        )
    if not documents and not (left_out and not all(isinstance(e, NoTextError) for e in left_out)):
        raise InputError(
            f"{name}: the feed has no entries with text; give a feed whose entries carry a "
            "summary or content"
        )
    if isinstance(problem, SAXParseException) and problem.getMessage() in CUT_SHORT:
        # The text ended inside the feed: its last entry may be cut mid-sentence, later ones
        # are missing. feedparser reads what is there as if whole.
        cut = InputError(
            f"{name}: is cut short (line {problem.getLineNumber()}: {problem.getMessage()}); its "
            "last entry may be incomplete and any after it are missing; download the feed again"
        )
        if not skip_bad:
            raise cut
        if left_out is not None:
            left_out.append(cut)
    return documents


def _no_text(entry: Mapping[str, Any], where: str) -> NoTextError:
    """The error of an entry without text, naming it by its title, else its link or id."""
    label = _title(entry) or _clean(entry.get("link")) or _clean(entry.get("id"))
    return NoTextError(
        f'{where} ("{label}")' if label else where,
        "has no text (its summary and content are empty or missing)",
        "give the article in <description> or <content>, or leave the entry out",
    )


def _entry_text(entry: Mapping[str, Any]) -> str:
    """The entry's longest content block, else its summary, as text: HTML loses its markup; plain
    text (Atom's type="text") is kept as written, its paragraphs with it."""
    blocks = [c for c in entry.get("content") or () if isinstance(c, Mapping)]
    candidates = [b for b in blocks if isinstance(b.get("value"), str) and b["value"].strip()]
    summary = entry.get("summary_detail")
    if not candidates and isinstance(summary, Mapping) and isinstance(summary.get("value"), str):
        candidates = [summary]
    elif not candidates and isinstance(entry.get("summary"), str):
        candidates = [{"value": entry["summary"]}]
    if not candidates:
        return ""
    block = max(candidates, key=lambda b: len(b["value"]))
    if block.get("type") == "text/plain":
        return str(block["value"]).strip()
    return _html_text(block["value"])


# The types feedparser gives a title that holds markup: RSS's and Atom's type="html", and Atom's
# type="xhtml" (its <div>'s content, serialised).
_MARKUP = frozenset({"text/html", "application/xhtml+xml"})


def _title(entry: Mapping[str, Any]) -> str | None:
    """The title of an entry, a feed or an entry's source as text: an HTML title (RSS titles, and
    Atom's type="html" or "xhtml", may carry markup and escaped entities) loses its tags and
    entities."""
    detail = entry.get("title_detail")
    title = entry.get("title")
    if isinstance(detail, Mapping) and detail.get("type") in _MARKUP and isinstance(title, str):
        return _clean(_html_text(title))
    return _clean(title)


# Separators between an outlet's name and a section in a feed's title: "BBC News - World",
# "World news | The Guardian", "NYT > World News", "News : NPR"; also at either end of it, where
# the other part is empty ("Harbour Gazette -").
_TITLE_PARTS = re.compile(rf"(?:^|\s+){TITLE_SEPARATOR}(?:\s+|$)|\s*:(?:\s+|$)")


def _outlet_of(title: str | None, link: str | None) -> str | None:
    """The outlet's name in a feed's title: the part, between section separators, whose letters
    the feed's web address holds ("World news | The Guardian" at theguardian.com: "The
    Guardian"), else the first part ("Meridian Press - Top stories": "Meridian Press"). One
    outlet's articles then carry one name whichever of its feeds or pages they came from, as
    the stories site's outlets and its outlet counts need. None for a title of separators
    only ("—")."""
    if title is None:
        return None
    parts = [part.strip() for part in _TITLE_PARTS.split(title) if names_something(part)]
    if len(parts) < 2:
        return parts[0] if parts else None
    # The site's own name in its address: "theguardian" of www.theguardian.com, "bbc" of
    # bbc.co.uk, "npr" of feeds.npr.org. Its labels are tried from the right, the last (the
    # top-level domain) left out, so that a feed's host ("feeds.", "rss.", "news.") is read
    # after the site's name ("News : NPR" at feeds.npr.org: "NPR", not "News").
    labels = (site_host(link) or "").lower().split(".")[-2::-1]
    for site in (re.sub(r"[^a-z0-9]", "", label) for label in labels):
        for part in parts:
            letters = re.sub(r"[^a-z0-9]", "", part.lower())
            if len(site) >= 3 and len(letters) >= 3 and (letters in site or site in letters):
                return part
    return parts[0]


def _entry_outlet(entry: Mapping[str, Any]) -> str | None:
    """The outlet an entry names for itself (an aggregator's items: RSS ``<source>``, Atom
    ``<source><title>``), else None."""
    source = entry.get("source")
    if not isinstance(source, Mapping):
        return None
    return _outlet_of(_title(source), _clean(source.get("href") or source.get("link")))


def _byline(entry: Mapping[str, Any], atom: bool) -> str | None:
    """The entry's authors as one line (``records.byline_of``), as written: Atom's ``<author>``
    names, RSS's ``<dc:creator>`` names and ``<author>`` e-mail address with its name ("ana@...
    (Ana Reyes)"), read here, not as feedparser splits it (it cuts an address whose last label
    has more than four letters). Not the feed's own author: an outlet's feed names the outlet
    there, its source already."""
    authors = [a for a in entry.get("authors") or () if isinstance(a, Mapping)]
    if atom or not any("email" in a for a in authors):
        return byline_of(authors)
    # RSS <author> (one, an address and a name), with any <dc:creator> names besides.
    names = [a for a in authors if "email" not in a]
    return byline_of([entry.get("author"), *names])


def _date(entry: Mapping[str, Any]) -> str | None:
    """The entry's date and time as its feed writes them ("Mon, 25 Nov 2024 23:30:00 -0500":
    2024-11-25T23:30:00-05:00), as every reader takes a date (``parse_date_time``: the day as
    written, no time-zone conversion); else feedparser's reading of it, which is in UTC (the
    26th, 04:30:00+00:00 there), for forms ``parse_date_time`` does not know."""
    for key in ("published", "updated", "created"):
        written = entry.get(key)
        day = parse_date_time(written) if isinstance(written, str) else None
        if day is not None:
            return day
        value = entry.get(f"{key}_parsed")
        if isinstance(value, time.struct_time):
            # Not strftime: "%Y" of a year before 1000 is not four digits everywhere.
            return (
                f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
                f"T{value.tm_hour:02d}:{value.tm_min:02d}:{value.tm_sec:02d}+00:00"
            )
    return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None


class _Text(html.parser.HTMLParser):
    """Text of an HTML fragment: paragraphs separated by a blank line, inline runs joined."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._run: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._run.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._run).split())
        if text:
            self.paragraphs.append(text)
        self._run = []

    def text(self) -> str:
        self.close()
        self._flush()
        return "\n\n".join(self.paragraphs)


def _html_text(fragment: str) -> str:
    parser = _Text()
    parser.feed(fragment)
    return parser.text()
