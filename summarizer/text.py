"""Text helpers every stage may use: the visible spans and paragraphs of a document, dates, and
control characters.

``Document`` (``text`` and the ``removed`` spans cleaning found) -> offsets into ``text``: what a
reader sees (``kept_spans``), and free text -> an ISO 8601 date (``parse_date``). This module sits
under the stages, beside ``types`` and ``lexicon``: it holds no stage logic, only the one definition
of each of these that the stages share.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os.path
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache

from .errors import InputError, ResourceError
from .lexicon import LANGUAGES, get_lexicon, read_lines
from .types import Document

__all__ = [
    "CONTROL_RE",
    "MONTH_RE",
    "OTHER_MONTHS",
    "TITLE_SEPARATOR",
    "escape_controls",
    "is_placeholder_author",
    "is_web_address",
    "iso_day",
    "kept_spans",
    "names_something",
    "names_year",
    "near_copies",
    "paragraph_breaks",
    "paragraph_spans",
    "parse_date",
    "parse_date_time",
    "site_host",
    "time_order",
    "title_without_outlet",
    "visible_spans",
    "visible_text",
    "word_for_word",
]

# ---------------------------------------------------------------------------------------------
# Dates


def _month_numbers(language: str = "en") -> dict[str, int]:
    """Month name or abbreviation (lower case, no period) -> month number, from ``calendar.txt``.

    The full names are the entries no other entry extends ("june", not "jun"), in the file's
    order (January first); each abbreviation is the month whose full name it begins. A full name
    after the twelfth is a variant spelling (German "jänner"), read as the month it shares most
    leading letters with (the earlier month of equals).
    """
    entries = [line.lower().rstrip(".") for line in read_lines(language, "calendar.txt")]
    names = [w for w in entries if not any(o != w and o.startswith(w) for o in entries)]
    if len(names) < 12:
        raise ResourceError(
            f"{language}/calendar.txt: {len(names)} full month names ({', '.join(names)}); "
            "give the twelve months in order, then their abbreviations"
        )
    months = names[:12]
    number_of = {name: n for n, name in enumerate(months, 1)}
    for variant in names[12:]:
        shared = [len(os.path.commonprefix([variant, name])) for name in months]
        number_of[variant] = shared.index(max(shared)) + 1
    return {
        w: next(n for name, n in number_of.items() if name.startswith(w))
        for w in entries
        if any(name.startswith(w) for name in number_of)
    }


# The English months (dates in news copy and metadata are read with English names).
_MONTHS = _month_numbers()
# Any of them as a regular expression, longest first, with an optional period.
MONTH_RE = "(?:" + "|".join(sorted(_MONTHS, key=lambda w: (-len(w), w))) + r")\.?"
_ORD = r"(?:st|nd|rd|th)?"
_ISO_RE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_YMD_SLASH_RE = re.compile(r"(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)")
_COMPACT_RE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T[\d:.]+Z?)?\s*$")
_MDY_RE = re.compile(
    rf"\b(?P<m>{MONTH_RE})\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>\d{{4}})(?!\d)", re.IGNORECASE
)
# The day may carry German's ordinal stop before a month English shares ("14. September 2025").
_DMY_RE = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})(?:{_ORD}|\.)(?:\s+of)?\s+(?P<m>{MONTH_RE}),?\s+(?P<y>\d{{4}})(?!\d)",
    re.IGNORECASE,
)


def _other_months() -> dict[str, int]:
    """The month names of the other shipped languages ("März", "mars", "marzo") -> number.

    A word that names two months in two languages is left out (none does today).
    """
    numbers: dict[str, int] = {}
    clashes: set[str] = set()
    for language in LANGUAGES[1:]:
        for word, number in _month_numbers(language).items():
            if numbers.setdefault(word, number) != number:
                clashes.add(word)
    return {w: n for w, n in numbers.items() if w not in clashes and w not in _MONTHS}


# Dates as German, French, Spanish and Italian outlets write them: "16. März 2025",
# "1er juin 2025", "7 de octubre de 2025", "24 maggio 2025".
OTHER_MONTHS = _other_months()
_OTHER_DMY_RE = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})(?:\.|er|º|°)?\s+(?:de\s+)?(?P<m>"
    + "|".join(sorted(map(re.escape, OTHER_MONTHS), key=lambda w: (-len(w), w)))
    + r")\.?,?\s+(?:de\s+|del\s+)?(?P<y>\d{4})(?!\d)",
    re.IGNORECASE,
)
_NUMERIC_RE = re.compile(r"(?<![\d/.])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/])")


def _make_date(year: int, month: int, day: int) -> str | None:
    """ISO string of a valid calendar date, else None."""
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


# A value that is a web address, not a name: "https://...", "//...", "www....".
_WEB_ADDRESS = re.compile(r"(?:https?:)?//|www\.", re.IGNORECASE)


def is_web_address(value: str) -> bool:
    """Whether ``value`` opens as a web address ("https://gazette.example/a", "www.x.example"):
    a page's address given where an outlet's name belongs."""
    return _WEB_ADDRESS.match(value.strip()) is not None


# A separator between a title's parts: a headline and its outlet's name ("Ferry back - Harbour
# Gazette"), a feed's section and outlet ("World news | The Guardian", "NYT > World News").
TITLE_SEPARATOR = r"(?:[-|>»•·]|–|—)"


def title_without_outlet(title: str | None, outlet: str | None) -> str | None:
    """``title`` without its outlet's name after a separator at its end, as news APIs and
    aggregator feeds write a headline ("Ferry back - Harbour Gazette" of Harbour Gazette:
    "Ferry back"); else ``title`` as given."""
    if not title or not outlet:
        return title
    ending = re.compile(rf"\s+{TITLE_SEPARATOR}\s+{re.escape(outlet.strip())}\s*\Z", re.IGNORECASE)
    found = ending.search(title)
    if found is None or not names_something(title[: found.start()]):
        return title
    return title[: found.start()].strip()


# A name has a letter or a digit: "—" or " | " (an empty field's separators) names nothing.
_NAMING = re.compile(r"[^\W_]")


def names_something(value: str | None) -> bool:
    """Whether ``value`` could be a name (of an outlet, a site): it has a letter or a digit."""
    return value is not None and _NAMING.search(value) is not None


@cache
def _placeholder_authors() -> frozenset[str]:
    """Every language's ``author_placeholders.txt``, lower case, single spaces."""
    return frozenset(
        " ".join(line.casefold().split())
        for language in LANGUAGES
        for line in read_lines(language, "author_placeholders.txt")
    )


def is_placeholder_author(value: str) -> bool:
    """Whether ``value`` is what a content system writes for an author nobody named ("Unknown",
    "admin", "Anonymous"; ``author_placeholders.txt`` of every language), a whole name in any
    case: no byline. "Staff" and "Staff reporter" name the outlet's staff and are kept.

    Examples
    --------
    >>> is_placeholder_author(" UNKNOWN "), is_placeholder_author("Staff")
    (True, False)
    """
    return " ".join(value.casefold().split()) in _placeholder_authors()


# An error page says its error and little else: Apache's "Not Found" page holds 14 words, a news
# site's "Page not found" page about 30 with its apology and links. An article, even a brief,
# holds more; one that mentions a dead page in passing is longer still.
ERROR_PAGE_MAX_WORDS = 60
# What joins a site's name to a page's title ("Page not found | The Daily Example").
_TITLE_PARTS_RE = re.compile(r"\s+[|\-\u2013\u2014:\u00b7\u2022]+\s+")
# Words an error's line holds besides its phrase: "Error 404", "HTTP 403", the status code.
_ERROR_WORDS_RE = re.compile(r"\b(?:error|http|status|\d{3})\b")


@cache
def _error_phrases() -> dict[str, str]:
    """Every language's ``error_pages.txt``: a phrase (as ``_error_key`` reads a line) -> the
    error it names."""
    phrases: dict[str, str] = {}
    for language in LANGUAGES:
        for line in read_lines(language, "error_pages.txt"):
            phrase, _, error = line.partition(" = ")
            phrases.setdefault(_error_key(phrase), error.strip())
    return phrases


def _error_key(line: str) -> str:
    """``line`` in lower case, without punctuation, status codes, "error" or "http"."""
    words = _ERROR_WORDS_RE.sub(" ", re.sub(r"[^\w\s]", " ", line.casefold()))
    return " ".join(words.split())


def error_page(text: str, title: str | None = None) -> str | None:
    """The error a page states in place of an article ("404 Not Found"), or None.

    A page is an error page when its text is short (``ERROR_PAGE_MAX_WORDS``) and its title or
    one of its lines is an error's phrase (``error_pages.txt`` of every language), whole: "404
    Not Found", "Error 404 - Page not found!", a title "Page not found | The Daily Example". An
    article that mentions a page not found in passing is longer, and no line of it is the phrase.

    Examples
    --------
    >>> error_page("404 Not Found\\n\\nThe requested URL was not found on this server.")
    '404 Not Found'
    >>> error_page("The ferry's page said 404 not found for an hour.") is None
    True
    """
    if len(text.split()) > ERROR_PAGE_MAX_WORDS:
        return None
    phrases = _error_phrases()
    for line in (title or "", *text.splitlines()):
        for part in _TITLE_PARTS_RE.split(line):
            error = phrases.get(_error_key(part))
            if error is not None:
                return error
    return None


def check_error_page(text: str, title: str | None, name: str) -> None:
    """Refuse an error page saved in place of an article (``error_page``), naming the file.

    Raises
    ------
    InputError
        "NAME: is an error page (404 Not Found), not an article; remove it or fetch it again".
    """
    error = error_page(text, title)
    if error is not None:
        raise InputError(
            f"{name}: is an error page ({error}), not an article; remove it or fetch it again"
        )


def site_host(url: str | None) -> str | None:
    """The host of a web address without its "www." ("gazette.example"), or None (also for an
    address Python cannot split, such as an unclosed "http://[" in a scraped record)."""
    if not url:
        # Most articles give no address (every one of a large cluster's, each cleaning asks):
        # no import statement to run, whose look-up in ``urllib.parse`` costs more than the rest.
        return None
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url).hostname
    except ValueError:  # "Invalid IPv6 URL": a value the user gave, no reason to stop
        return None
    return host.removeprefix("www.") if host else None


def parse_date(value: str, language: str | None = None) -> str | None:
    """Normalise the first date found in ``value`` to ISO 8601 ``YYYY-MM-DD``.

    Accepted forms include ``2019-03-01``, ``2019-03-01T10:00:00Z`` (the date as written, no
    time-zone conversion), ``2019/03/01``, ``20190301``, ``March 1, 2019``, ``Mar. 1 2019``,
    ``March 1st, 2019``, ``1 March 2019``, ``Fri, 01 Mar 2019 10:00:00 GMT`` (RFC 2822),
    ``Friday, March 1, 2019`` and numeric ``03/01/2019``, ``01.03.2019``, ``3/1/19``; and with
    the month's name in German, French, Spanish or Italian: ``16. März 2025``, ``1er juin 2025``,
    ``7 de octubre de 2025``, ``24 maggio 2025``, and German's ``14. September 2025`` (a month
    it writes as English does).

    Numeric day-month order: when one field is above 12 the order is unambiguous. Otherwise
    dotted forms (``01.03.2019``) are read day first, as European outlets write them, and slash
    and dash forms (``03/01/2019``) as the ``language`` writes dates (its ``rules.txt``,
    ``day_first``): day first in German, French, Spanish and Italian, month first in English and
    when the language is not known, as US outlets write them. Two-digit years are 2000-2069 for
    ``00``-``69`` and 1970-1999 otherwise. Forms without a year or a day give ``None``.

    Parameters
    ----------
    value : str
        Free text holding a date, e.g. a JSON field or a ``Published:`` line.
    language : str, optional
        A code of ``summarizer.lexicon.LANGUAGES``: the language the date is written in.

    Returns
    -------
    str or None
        The date as ``YYYY-MM-DD``, or ``None`` when no complete, valid date is found.

    Examples
    --------
    >>> parse_date("Published: Mar. 1, 2019 at 10:32 a.m.")
    '2019-03-01'
    >>> parse_date("Fri, 01 Mar 2019 10:00:00 GMT")
    '2019-03-01'
    >>> parse_date("sometime soon") is None
    True
    >>> parse_date("05/03/2025"), parse_date("05/03/2025", "fr")
    ('2025-05-03', '2025-03-05')
    """
    if not isinstance(value, str):
        return None
    day_first = language is not None and get_lexicon(language).day_first
    found: list[tuple[int, str]] = []
    for regex in (_ISO_RE, _YMD_SLASH_RE):
        for match in regex.finditer(value):
            iso = _make_date(int(match[1]), int(match[2]), int(match[3]))
            if iso:
                found.append((match.start(), iso))
                break
    compact = _COMPACT_RE.match(value)
    if compact:
        iso = _make_date(int(compact[1]), int(compact[2]), int(compact[3]))
        if iso:
            found.append((compact.start(1), iso))
    for regex in (_MDY_RE, _DMY_RE):
        for named in regex.finditer(value):
            month = _MONTHS[named["m"].lower().rstrip(".")]
            iso = _make_date(int(named["y"]), month, int(named["d"]))
            if iso:
                found.append((named.start(), iso))
                break
    for other in _OTHER_DMY_RE.finditer(value):
        iso = _make_date(int(other["y"]), OTHER_MONTHS[other["m"].lower()], int(other["d"]))
        if iso:
            found.append((other.start(), iso))
            break
    for numeric in _NUMERIC_RE.finditer(value):
        iso = _parse_numeric(numeric[1], numeric[2], numeric[3], numeric[4], day_first)
        if iso:
            found.append((numeric.start(), iso))
            break
    if not found:
        return None
    # The earliest date in the text wins: "Published March 1, 2019, updated March 2, 2019".
    return min(found)[1]


# The extended day only: from Python 3.11, date.fromisoformat also reads the basic and week forms
# ("17410608", "2025W101"), so a Unix time ("1741060800") would be a day in 1741 on one Python
# and no date on another.
_ISO_DAY_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


def iso_day(value: str | None) -> _dt.date | None:
    """The calendar day of an ISO 8601 date (``YYYY-MM-DD``, optionally with a time), or None.

    For dates already normalised (``Document.date`` after loading): free text goes through
    ``parse_date`` first. Surrounding white space is ignored; a time after the day is not read.

    Examples
    --------
    >>> iso_day("2019-03-01T10:00:00Z")
    datetime.date(2019, 3, 1)
    >>> iso_day("March 1, 2019") is None
    True
    """
    if not value:
        return None
    day = value.strip()[:10]
    if not _ISO_DAY_RE.fullmatch(day):
        return None
    try:
        return _dt.date.fromisoformat(day)
    except ValueError:
        return None


# A year, as a date that names no day still writes it ("spring 2024", "March 2024").
_YEAR_RE = re.compile(r"(?<!\d)[12]\d{3}(?!\d)")


def names_year(value: str | None) -> bool:
    """Whether a ``Document.date`` names a time at all: a day (``iso_day``) or at least a year.

    A value that names none ("yesterday", "2 hours ago", "n/a": a scraper's relative stamp) is
    no date: it is shown as given in the source's entry, but it dates no point.

    Examples
    --------
    >>> names_year("2019-03-01"), names_year("spring 2024"), names_year("written yesterday")
    (True, True, False)
    """
    return bool(value and _YEAR_RE.search(value))


# A date with its time of day as the structured forms write it: ISO 8601 ("2031-06-10T19:40:00Z",
# "2031-06-10 19:40:00.5+01:00") and RFC 2822 ("Tue, 10 Jun 2031 19:40:00 +0100": feeds, mail
# headers). The offset is kept as written; none written, none is assumed.
_ISO_TIME_RE = re.compile(
    r"\s*\d{4}-\d{2}-\d{2}[T ](?P<h>\d{2}):(?P<m>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?\s*",
    re.IGNORECASE,
)
_RFC_TIME_RE = re.compile(
    r"\s*(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+"
    r"(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?\s*(?P<zone>[+-]\d{4}|[A-Za-z]{1,3})?\s*"
)
# RFC 2822's zone names (its obsolete forms, which feeds still write), hours from UTC.
_ZONE_HOURS = {"Z": 0, "UT": 0, "UTC": 0, "GMT": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
               "MST": -7, "MDT": -6, "PST": -8, "PDT": -7}  # fmt: skip


def parse_date_time(value: str, language: str | None = None) -> str | None:
    """``parse_date``, with the time of day when ``value`` writes one in a structured form.

    An ISO 8601 date and time (``2031-06-10T19:40:00+01:00``, ``2031-06-10 19:40Z``) or an RFC
    2822 one (``Tue, 10 Jun 2031 19:40:00 +0100``, ``... GMT``: feeds) gives
    ``YYYY-MM-DDTHH:MM:SS`` and its offset as written (``+01:00``; ``+00:00`` for ``Z``, ``GMT``;
    none when none is written): the day is ``parse_date``'s, never converted to another zone.
    Any other value gives ``parse_date(value, language)``: the day alone, or None.

    Examples
    --------
    >>> parse_date_time("Tue, 10 Jun 2031 19:40:00 +0100")
    '2031-06-10T19:40:00+01:00'
    >>> parse_date_time("2031-06-10T19:40Z"), parse_date_time("June 10, 2031")
    ('2031-06-10T19:40:00+00:00', '2031-06-10')
    """
    day = parse_date(value, language)
    if day is None:
        return None
    found = _ISO_TIME_RE.fullmatch(value) or _RFC_TIME_RE.fullmatch(value)
    if found is None:
        return day
    hour, minute, second = int(found["h"]), int(found["m"]), int(found["s"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return day
    zone = (found["zone"] or "").upper()
    if not zone:
        offset = ""
    elif zone in _ZONE_HOURS:
        offset = f"{_ZONE_HOURS[zone]:+03d}:00"
    elif zone[0] in "+-" and zone[1:].replace(":", "").isdigit():
        digits = zone[1:].replace(":", "").ljust(4, "0")
        if int(digits[:2]) > 23 or int(digits[2:]) > 59:
            return day
        offset = f"{zone[0]}{digits[:2]}:{digits[2:]}"
    else:
        return day  # a zone name no table here holds: the time is not known for sure
    return f"{day}T{hour:02d}:{minute:02d}:{second:02d}{offset}"


def time_order(value: str | None) -> str:
    """What orders ``parse_date_time`` results in time: the instant in UTC
    (``YYYY-MM-DDTHH:MM:SS``) when an offset is given, the time as written when none is, the day
    alone when no time is; "" for no date. Compare results of one day only: a time without an
    offset may be any zone's, and an instant whose UTC day is outside the calendar
    (``9999-12-31T23:00:00-05:00``) is ordered by the time as written.

    Examples
    --------
    >>> time_order("2031-06-10T19:40:00+01:00"), time_order("2031-06-10")
    ('2031-06-10T18:40:00', '2031-06-10')
    """
    if not value:
        return ""
    try:
        moment = _dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return value.strip()[:10] if iso_day(value) else ""
    if len(value.strip()) <= 10:
        return moment.date().isoformat()
    if moment.tzinfo is not None:
        try:
            moment = moment.astimezone(_dt.timezone.utc)
        except OverflowError:  # year 10000 or 0 in UTC
            pass
        moment = moment.replace(tzinfo=None)
    return moment.isoformat(timespec="seconds")


def _parse_numeric(
    first: str, separator: str, second: str, year_text: str, day_first: bool = False
) -> str | None:
    """Read ``a/b/yyyy`` or ``a.b.yy`` with the documented day-month policy."""
    a, b, year = int(first), int(second), int(year_text)
    if len(year_text) == 2:
        year += 2000 if year < 70 else 1900
    if a > 12:
        day, month = a, b
    elif b > 12:
        month, day = a, b
    elif separator == "." or day_first:
        day, month = a, b
    else:
        month, day = a, b
    return _make_date(year, month, day)


# ---------------------------------------------------------------------------------------------
# Visible spans and paragraphs


# A blank line (optionally holding white space, a no-break space included) or a Unicode
# paragraph separator: always a sentence boundary, and what numbers paragraphs.
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n(?:[^\S\n]*\n)*")
# The same with the Unicode paragraph separator, for the (rare) texts that hold one: a separate
# pattern because the alternation slows the common case by a third.
_PARAGRAPH_BREAK_U = re.compile(r"\n[^\S\n]*\n(?:[^\S\n]*\n)*|\u2029")


def _break_pattern(text: str) -> re.Pattern[str]:
    """The paragraph-break pattern ``text`` needs."""
    return _PARAGRAPH_BREAK if "\u2029" not in text else _PARAGRAPH_BREAK_U


def paragraph_breaks(text: str) -> list[int]:
    """The offsets where the paragraph breaks of ``text`` start, in order.

    The paragraph of an offset ``i`` is ``bisect.bisect_left(paragraph_breaks(text), i)``,
    counting from 0.
    """
    return [match.start() for match in _break_pattern(text).finditer(text)]


def paragraph_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """The stretches of ``text[start:end]`` between paragraph breaks, not stripped, never empty.

    A paragraph break is a line holding only white space (spaces, tabs, no-break spaces) or a
    Unicode paragraph separator (U+2029).

    Examples
    --------
    >>> text = "One.\\n\\u00a0\\nTwo."
    >>> [text[s:e] for s, e in paragraph_spans(text)]
    ['One.', 'Two.']
    """
    stop = len(text) if end is None else end
    position = start
    for match in _break_pattern(text).finditer(text, start, stop):
        if match.start() > position:
            yield position, match.start()
        position = match.end()
    if stop > position:
        yield position, stop


def visible_spans(document: Document) -> list[tuple[int, int]]:
    """The stretches of ``document.text`` that no removed span covers, in text order.

    Removals are clipped to the text; an empty removal removes nothing and splits nothing.

    Examples
    --------
    >>> from summarizer.types import Removal
    >>> doc = Document(text="nn Talks ended.", removed=(Removal(0, 3, "wire", "nn "),))
    >>> [doc.text[s:e] for s, e in visible_spans(doc)]
    ['Talks ended.']
    """
    size = len(document.text)
    cuts = sorted((max(0, min(size, r.start)), max(0, min(size, r.end))) for r in document.removed)
    spans: list[tuple[int, int]] = []
    position = 0
    for start, end in cuts:
        if end <= start:
            continue
        if start > position:
            spans.append((position, start))
        position = max(position, end)
    if position < size:
        spans.append((position, size))
    return spans


def visible_text(document: Document, separator: str = "\n\n") -> str:
    """The text of ``visible_spans(document)`` joined by ``separator``."""
    return separator.join(document.text[s:e] for s, e in visible_spans(document))


def word_for_word(documents: Sequence[Document]) -> tuple[int, ...]:
    """For each document, the position of the first of ``documents`` whose visible text has the
    same words (its own position when none before it has).

    Two articles are one text when the words of their ``visible_text`` are the same, whitespace
    collapsed, case and punctuation as written: a wire story that two files, a feed and a file,
    or a list holding one ``Document`` twice carry. A copy's own header lines (its headline,
    date line, outlet) are removed spans after cleaning, so they do not tell it apart. A document
    with no visible word is no copy of another. One digest per document in one dict: linear in
    the documents' length.

    Examples
    --------
    >>> word_for_word([Document("Talks ended."), Document("No deal."), Document("Talks\\n ended.")])
    (0, 1, 0)
    """
    # Two documents of the same words open with the same words: only a document whose opening
    # another one shares is read whole (most documents of a cluster: none, and no digest made).
    openings = [_first_words(document, _OPENING_WORDS) for document in documents]
    shared = Counter(openings)
    first: dict[bytes, int] = {}
    positions: list[int] = []
    for position, (document, opening) in enumerate(zip(documents, openings)):
        key = _words_digest(document) if opening and shared[opening] > 1 else None
        positions.append(position if key is None else first.setdefault(key, position))
    return tuple(positions)


# The words of a document's opening that ``word_for_word`` compares before reading it whole.
_OPENING_WORDS = 40


def _first_words(document: Document, count: int) -> tuple[str, ...]:
    """The first ``count`` visible words of ``document`` (all of them when it has fewer), as
    ``_words_digest`` reads them: split in each visible span."""
    words: list[str] = []
    text = document.text
    for start, end in visible_spans(document):
        wanted = count - len(words)
        words.extend(text[start:end].split(None, wanted)[:wanted])
        if len(words) >= count:
            break
    return tuple(words)


# A near copy: another article's text with a sentence cut or added, a word or a figure changed,
# or its quotation marks set otherwise (an outlet republishing wire copy, a wire re-sending its
# story corrected). Measured on the DUC sets (benchmarks/group_notes.md, "Twenty-third stop"):
# of the 264 pairs of articles of one cluster sharing a sentence verbatim, not word for word,
# 31 have at least 0.8 of the shorter one's sentences in the other, each the same outlet's
# story re-sent (a figure or a name corrected, a paragraph added or cut); below 0.8 stand
# updates that rewrite the story (a new lead, half the text). Read by words alone (case and
# marks aside: Xinhua's copy of an AP story sets `` '' as " and writes "United States'" for
# "nation's" in one sentence), 8 of its 10 sentences are AP's. So a document is a near copy of
# an earlier one when this share of the sentences of the shorter of the two (each counted once)
# is in the other, words alike (``_sentence_key``) ...
NEAR_COPY_SHARE = 0.8
# ... and at least this many: a brief of one or two sentences that another article opens with
# is an excerpt, not a copy of the article.
NEAR_COPY_MIN_SENTENCES = 3
# A sentence that more documents than this carry (a boilerplate line, a wire text some hundred
# outlets ran) is not read for pairs: the pairs it would give are counted through the documents'
# other sentences, and the work stays linear in the sentences.
NEAR_COPY_MAX_CARRIERS = 64


class _KeyTable(dict[int, str]):
    """``str.translate``'s table for sentence keys: a letter or digit (``str.isalnum``) stays, any
    other character is a space. Filled as characters are met."""

    def __missing__(self, code: int) -> str:
        character = chr(code)
        kept = character if character.isalnum() else " "
        self[code] = kept
        return kept


_KEY_TABLE = _KeyTable()


def _sentence_key(sentence: str) -> str:
    r"""A sentence's words (runs of letters and digits, as the regex ``[^\W_]+`` reads them), case
    folded, joined by one space (its marks aside). ``str.translate`` with a table, not a regex:
    half the time over the large cluster's 58,000 sentences, the same keys."""
    return " ".join(sentence.casefold().translate(_KEY_TABLE).split())


def near_copies(sentences: Sequence[Sequence[str]]) -> tuple[int, ...]:
    """For each document (given as its sentences), the position of the first document of the
    near copies it belongs to (its own position when it is a near copy of none before it).

    Two documents are near copies when ``NEAR_COPY_SHARE`` of the sentences of the shorter of the
    two (at least ``NEAR_COPY_MIN_SENTENCES``) are sentences of the other, their words alike,
    case and marks aside: one text with a sentence cut, a word changed or a paragraph added. A
    document joins the near copies of the earlier document it shares the largest share with (the
    first of equals), so a chain of versions is one text. Word-for-word copies
    (``word_for_word``) are near copies too. Sentences are looked up in one index of their keys,
    each key's documents read once: linear in the sentences, no pair of documents compared that
    shares no sentence.

    Examples
    --------
    >>> wire = ["The dam held.", "Crews worked all night.", "Roads are closed.", "Rain eased.",
    ...         "Schools reopen on Monday."]
    >>> corrected = [*wire[:4], "Schools reopen on Tuesday."]  # 4 of 5 sentences alike
    >>> near_copies([wire, ["Talks ended."], corrected, wire[:2]])  # the last: too short
    (0, 1, 0, 3)
    """
    # A document none of whose sentences another carries as written is a near copy of none (a
    # text re-sent keeps most sentences as they were): its sentences' keys, the costly part
    # (a quarter of a second over the 58,000 sentences of every benchmark article), are not made.
    written: dict[str, int] = {}
    for document in sentences:
        for text in {text.strip() for text in document}:
            written[text] = written.get(text, 0) + 1
    made: dict[str, str] = {}
    carriers: dict[str, list[int]] = {}
    sizes: list[int] = []
    firsts: list[int] = []
    for position, document in enumerate(sentences):
        if not any(written[text.strip()] > 1 for text in document):
            sizes.append(0)
            firsts.append(position)
            continue
        keys = set()
        for text in document:
            key = made.get(text)
            if key is None:  # a sentence carried by several documents is keyed once
                key = made[text] = _sentence_key(text)
            if key:
                keys.add(key)
        sizes.append(len(keys))
        shared: dict[int, int] = {}
        for key in sorted(keys):
            held = carriers.setdefault(key, [])
            if len(held) < NEAR_COPY_MAX_CARRIERS:
                for earlier in held:
                    shared[earlier] = shared.get(earlier, 0) + 1
                held.append(position)
        first, best = position, 0.0
        for earlier, count in sorted(shared.items()):
            share = count / min(len(keys), sizes[earlier])
            if count >= NEAR_COPY_MIN_SENTENCES and share >= NEAR_COPY_SHARE and share > best:
                first, best = firsts[earlier], share
        firsts.append(first)
    return tuple(firsts)


# A run of whitespace, as ``str.split`` reads it (Unicode whitespace).
_SPACES = re.compile(r"\s+")
# Characters of a document whose words ``_words_digest`` splits at a time: the list of a whole
# 5 MB article's words (or ``re.sub``'s pieces) would add some 60 MB to a briefing's peak
# memory (``tests/test_limits.py``); a piece of this size, well under 1 MB.
_DIGEST_CHARS = 1 << 16


def _words_digest(document: Document) -> bytes | None:
    """SHA-256 of the visible words of ``document`` joined by one space; ``None`` when it has
    none. Read piece by piece, each cut at a run of whitespace, so no word is split."""
    digest = hashlib.sha256()
    empty = True
    text = document.text
    for start, end in visible_spans(document):
        position = start
        while position < end:
            cut = end
            if end - position > _DIGEST_CHARS:
                space = _SPACES.search(text, position + _DIGEST_CHARS, end)
                if space is not None:
                    cut = space.start()
            words = text[position:cut].split()
            if cut < end:
                space = _SPACES.match(text, cut, end)
                cut = space.end() if space is not None else cut + 1
            position = cut
            if not words:
                continue
            if not empty:
                digest.update(b" ")
            digest.update(" ".join(words).encode("utf-8", "surrogatepass"))
            empty = False
    return None if empty else digest.digest()


def kept_spans(document: Document) -> list[tuple[int, int]]:
    """The spans of ``document.text`` that cleaning kept, split at paragraph breaks.

    Parameters
    ----------
    document : Document
        A document, usually the output of ``clean_document``.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` offsets in text order, each stripped of surrounding whitespace, never
        empty, never crossing a blank line and never overlapping a removal.

    Examples
    --------
    >>> from summarizer.types import Removal
    >>> text = "Advertisement\\n\\nTalks ended early."
    >>> doc = Document(text=text, removed=(Removal(0, 13, "advertisement", "Advertisement"),))
    >>> [doc.text[s:e] for s, e in kept_spans(doc)]
    ['Talks ended early.']
    """
    text = document.text
    result: list[tuple[int, int]] = []
    for start, end in visible_spans(document):
        for piece_start, piece_end in paragraph_spans(text, start, end):
            result.extend(_stripped(text, piece_start, piece_end))
    return result


def _stripped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[(start, end)]`` shrunk to exclude surrounding whitespace, or ``[]`` when blank."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if end > start else []


# ---------------------------------------------------------------------------------------------
# Control characters

# C0 controls but tab and newline, DEL, and C1 controls: input may hold them (a JSON "\u001b", a
# stray byte of a text file), no reader shows them. A terminal obeys some (ESC starts its
# commands, retitle, clear the screen, rewrite the clipboard; U+009B is an 8-bit CSI; \r
# rewrites a line); HTML forbids all but \r and \f.
CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escape_controls(text: str) -> str:
    """Control characters (but newline and tab) as visible ``\\x1b`` escapes, safe for a terminal.

    Article text, titles, file names and HTTP reason phrases can carry ``ESC ]0;...`` (retitle
    the terminal) or ``ESC [2J`` (clear it); printed raw they would act on the user's terminal.
    """
    return CONTROL_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
