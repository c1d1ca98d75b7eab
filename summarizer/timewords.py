"""Words that date a sentence from the day it was written: text -> the first one it holds.

``data/<lang>/relative_days.txt`` (read once per process) lists them: "yesterday", "on Monday",
"last week" ... A point holding one is read against its source's date, which the briefing shows
beside it. :func:`named_days` gives the days of the week and months a sentence names (from
``weekdays.txt`` and ``calendar.txt``), for the same-statement relation: two statements set on
different days are different facts. A layer under the stages, like ``types``: it imports nothing
of the pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .errors import ConfigError
from .lexicon import LANGUAGES, get_lexicon, read_lines
from .text import _month_numbers

__all__ = [
    "WRITTEN_YEAR",
    "dates_another_event",
    "day_offsets",
    "named_days",
    "opens_with_date_label",
    "opens_with_interval",
    "relative_day",
    "weekdays_named",
    "year_offsets",
    "years_written",
]

_LANGUAGES = frozenset(LANGUAGES)


@lru_cache(maxsize=4)
def _pattern(language: str) -> re.Pattern[str]:
    """One regex over the language's list, longer entries first (so "last night" beats "night")."""
    if language not in _LANGUAGES:
        raise ConfigError(
            f"no list of relative days for language {language!r}; use one of {sorted(_LANGUAGES)}"
        )
    lines = read_lines(language, "relative_days.txt")
    return _alternation(line for line in lines if not line.startswith("-"))


@lru_cache(maxsize=4)
def _no_day_pattern(language: str) -> re.Pattern[str] | None:
    """One regex over the phrases of the language's list (written with a leading "-") in which a
    listed word names no day ("por la mañana": in the morning, not tomorrow), or ``None``."""
    lines = read_lines(language, "relative_days.txt")
    phrases = [line[1:] for line in lines if line.startswith("-")]
    return _alternation(phrases) if phrases else None


def _alternation(lines: Iterable[str]) -> re.Pattern[str]:
    """The entries as whole words in any case, longer entries first, any white space between
    their words."""
    entries = {" ".join(line.split()) for line in lines}
    ordered = sorted(entries, key=lambda entry: (-len(entry), entry))
    alternatives = "|".join(re.escape(entry).replace(r"\ ", r"\s+") for entry in ordered)
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", re.IGNORECASE)


def relative_day(text: str, language: str = "en") -> str:
    """The first word or phrase of ``text`` that names a day relative to the day of writing.

    Parameters
    ----------
    text : str
        A sentence.
    language : str
        A code of ``summarizer.lexicon.LANGUAGES`` ("gestern", "hier", "ayer", "ieri").

    Returns
    -------
    str
        The phrase as written ("Yesterday", "last week"), or ``""`` when the text has none.

    Raises
    ------
    ConfigError
        No list for ``language``.
    ResourceError
        The data file is missing (a broken install).

    Examples
    --------
    >>> relative_day("The talks ended abruptly on Thursday in Hanoi.")
    'Thursday'
    >>> relative_day("The talks ended abruptly in Hanoi.")
    ''
    >>> relative_day("Die Gespräche endeten gestern abrupt in Hanoi.", "de")
    'gestern'
    """
    pattern = _pattern(language)
    no_day = _no_day_pattern(language)
    spans = [] if no_day is None else [m.span() for m in no_day.finditer(text)]
    for found in pattern.finditer(text):
        start, end = found.span()
        if _in_a_name(text, start, end) or any(a <= start and end <= b for a, b in spans):
            continue
        return " ".join(found.group().split())
    return ""


# "The Sunday Times", "Britain's Sunday Telegraph": a day's name inside a title, after "the" or a
# possessive and before another capitalised word, dates nothing (D0736H-A's "Winfrey told The
# Sunday Times" was dated to the Sunday before its article).
_NAME_BEFORE = re.compile(r"(?:\b[Tt]he|['’]s)\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a relative day, is part of a capitalised name."""
    return (
        text[start : start + 1].isupper()
        and _NAME_AFTER.match(text, end) is not None
        and _NAME_BEFORE.search(text, max(0, start - 8), start) is not None
    )


# A weekday opening a longer word names that day when at least this many letters follow it: a
# German compound ("Montagabend", "Dienstagnacht"), not a plural ("Sundays").
_DAY_COMPOUND_REST = 3
_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=8)
def _calendar(language: str) -> tuple[dict[str, str], tuple[str, ...]]:
    """Full month name -> "month:<n>", and the full weekday names (abbreviations are words too
    often: German "so", "do"; English "mar", "sun")."""
    if language not in _LANGUAGES:
        raise ConfigError(f"no calendar for language {language!r}; use one of {sorted(_LANGUAGES)}")
    numbers = _month_numbers(language)
    months = {
        word: f"month:{number}"
        for word, number in numbers.items()
        if not any(other != word and other.startswith(word) for other in numbers)
    }
    return months, tuple(sorted(get_lexicon(language).weekdays))


def named_days(text: str, language: str = "en") -> frozenset[str]:
    """The days of the week and the months ``text`` names, as keys ("day:tuesday", "month:5").

    Full names only; a German compound that opens with a weekday names it ("Montagabend"). An
    English month is a name only when capitalised ("May", not the verb "may").

    Parameters
    ----------
    text : str
        A sentence.
    language : str
        A code of ``summarizer.lexicon.LANGUAGES``.

    Returns
    -------
    frozenset of str
        Empty when the text names none.

    Examples
    --------
    >>> sorted(named_days("Work begins in May, the mayor said on Wednesday."))
    ['day:wednesday', 'month:5']
    >>> sorted(named_days("Der Stadtrat hat am Montagabend beschlossen.", "de"))
    ['day:montag']
    """
    months, weekdays = _calendar(language)
    keys: set[str] = set()
    for match in _LETTERS.finditer(text):
        word = match.group()
        lower = word.lower()
        month = months.get(lower)
        if month is not None and (language != "en" or word[0].isupper()):
            keys.add(month)
            continue
        for day in weekdays:
            if lower == day or (
                lower.startswith(day) and len(lower) - len(day) >= _DAY_COMPOUND_REST
            ):
                keys.add(f"day:{day}")
                break
    return frozenset(keys)


def weekdays_named(text: str, language: str = "en") -> frozenset[int]:
    """The days of the week ``text`` names as days (Monday 0 ... Sunday 6), full names only, not
    inside a name ("The Sunday Times"); empty for a language whose list is not one line a day.

    Examples
    --------
    >>> sorted(weekdays_named("The board met on Tuesday and voted on Thursday."))
    [1, 3]
    >>> weekdays_named("She told The Sunday Times.")
    frozenset()
    """
    pattern, numbers = _weekday_pattern(language)
    if pattern is None:
        return frozenset()
    found: set[int] = set()
    for match in pattern.finditer(text):  # one regex over the text: most sentences name none
        if not _in_a_name(text, match.start(), match.end()):
            found.add(numbers[match.group().lower()])
    return frozenset(found)


@lru_cache(maxsize=8)
def _weekday_pattern(language: str) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    """A regex of the full weekday names and name -> number, Monday first, when
    ``weekdays.txt`` lists the seven days in order (one line each); else (None, {})."""
    days = [
        line.lower().split()[0] for line in read_lines(language, "weekdays.txt") if line.split()
    ]
    if len(days) != 7:
        return None, {}
    alternatives = "|".join(re.escape(day) for day in days)
    pattern = re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", re.IGNORECASE)
    return pattern, {day: number for number, day in enumerate(days)}


def day_offsets(text: str, language: str = "en") -> frozenset[int]:
    """The days ``text`` names by their distance from the day of writing ("yesterday": -1,
    "today": 0; ``day_offsets.txt``), not inside a name ("USA Today").

    Examples
    --------
    >>> sorted(day_offsets("The council met yesterday and votes tomorrow."))
    [-1, 1]
    >>> day_offsets("USA Today reported the vote.")
    frozenset()
    """
    pattern, offsets = _offset_pattern(language)
    found: set[int] = set()
    for match in pattern.finditer(text):
        start, end = match.start(), match.end()
        if _in_a_name(text, start, end) or _after_a_name(text, start):
            continue
        found.add(offsets[" ".join(match.group().lower().split())])
    return frozenset(found)


# A capitalised word that follows another capitalised word inside a sentence ("USA Today", "Good
# Morning America") is part of a name.
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w.&'’-]*\s+$")


def _after_a_name(text: str, start: int) -> bool:
    """Whether ``text[start:]`` opens with a capital right after a capitalised word."""
    return text[start : start + 1].isupper() and (
        _NAME_WORD_BEFORE.search(text, max(0, start - 30), start) is not None
    )


# A year written in digits ("in 1972"), not a decade ("the 1990's", "the 1990s"); read as a year
# from 1900 to 2100.
WRITTEN_YEAR = re.compile(r"\b\d{4}\b(?!['’]?s\b)")


def years_written(text: str) -> frozenset[int]:
    """The years ``text`` writes in digits, from 1900 to 2100.

    >>> sorted(years_written("Founded in 1972, it grew in the 1990s and in 2024 had 3000 staff."))
    [1972, 2024]
    """
    return frozenset(
        year
        for year in (int(m.group()) for m in WRITTEN_YEAR.finditer(text))
        if 1900 <= year <= 2100
    )


def year_offsets(text: str, language: str = "en") -> frozenset[int]:
    """The years ``text`` names by their distance from the year of writing ("this year": 0,
    "last year": -1; ``year_offsets.txt``), not inside a name.

    Examples
    --------
    >>> sorted(year_offsets("So far this year, 12 cases were found, against 30 last year."))
    [-1, 0]
    """
    pattern, offsets = _offset_pattern(language, "year_offsets.txt")
    if not offsets:
        return frozenset()
    return frozenset(
        offsets[" ".join(match.group().lower().split())]
        for match in pattern.finditer(text)
        if not (_in_a_name(text, match.start(), match.end()) or _after_a_name(text, match.start()))
    )


@lru_cache(maxsize=16)
def _offset_pattern(
    language: str, name: str = "day_offsets.txt"
) -> tuple[re.Pattern[str], dict[str, int]]:
    """One regex over ``name`` (``day_offsets.txt``, ``year_offsets.txt``; longer entries
    first) and entry -> its distance."""
    if language not in _LANGUAGES:
        raise ConfigError(
            f"no day offsets for language {language!r}; use one of {sorted(_LANGUAGES)}"
        )
    offsets: dict[str, int] = {}
    for line in read_lines(language, name):
        entry, _, days = line.rpartition(":")
        offsets[" ".join(entry.lower().split())] = int(days)
    ordered = sorted(offsets, key=lambda entry: (-len(entry), entry))
    alternatives = "|".join(re.escape(entry).replace(r"\ ", r"\s+") for entry in ordered)
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", re.IGNORECASE), offsets


# "36 hours after it struck", "a day before the vote", "two weeks later": a span of time that
# dates one event from another (English; other languages have no list yet).
_INTERVAL = re.compile(
    r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few|"
    r"a few|a couple of)\s+(?:hours?|days?|nights?|weeks?)\s+(?:after|before|since|later|"
    r"earlier|ago)\b|\b(?:the )?(?:day|night|week) (?:after|before)\b",
    re.IGNORECASE,
)


def dates_another_event(text: str, language: str = "en") -> bool:
    """Whether ``text`` dates an event from another by a span of time ("freed on Sunday, 36 hours
    after it struck the reef"): such a sentence is set on more days than it names.

    Examples
    --------
    >>> dates_another_event("The tugs freed it on Sunday, 36 hours after it struck the reef.")
    True
    >>> dates_another_event("The tugs freed it on Sunday.")
    False
    """
    return language == "en" and _INTERVAL.search(text) is not None


def opens_with_interval(text: str, language: str = "en") -> bool:
    """Whether ``text`` opens with a span of time that dates one event from another ("two days
    after an election ..."): a trailing clause of circumstance, where a headline may be cut.

    Examples
    --------
    >>> opens_with_interval("two days after an election that left no party with a majority.")
    True
    >>> opens_with_interval("two of them in a serious condition.")
    False
    """
    return language == "en" and _INTERVAL.match(text.lstrip()) is not None


# A chronology's entry opens with its date as a label: a month and a day (a year after them or
# not: "Aug. 20", "May 30, 1990"), a day and a month ("16. März"), a year or a decade ("1970",
# "1970s"), then a dash, an underscore or a colon ("Aug. 20 _ The company files ...", "1970: ...").
# A dateline's date follows its place ("WASHINGTON, Oct. 20 -"), which this does not read.
_LABEL_SEPARATOR = r"\s*(?:_|-{1,2}|–|—|:)(?:\s|$)"


@lru_cache(maxsize=8)
def _date_label(language: str) -> re.Pattern[str]:
    """The regex of a date label opening a text, for ``language``'s month names."""
    if language not in _LANGUAGES:
        raise ConfigError(f"no calendar for language {language!r}; use one of {sorted(_LANGUAGES)}")
    months = sorted(_month_numbers(language), key=lambda word: (-len(word), word))
    month = "(?:" + "|".join(map(re.escape, months)) + r")\.?"
    day = r"\d{1,2}(?:st|nd|rd|th|\.)?"
    year = r"(?:1[89]|20)\d\d(?:['’]?s)?"
    return re.compile(
        rf"^[\s\"'`“‘(]*(?:{month}\s+{day}(?:,?\s+{year})?|{day}\s+{month}(?:\s+{year})?|{year})"
        + _LABEL_SEPARATOR,
        re.IGNORECASE,
    )


def opens_with_date_label(text: str, language: str = "en") -> bool:
    """Whether ``text`` opens with a date set off as a label, as a chronology's entry does.

    Examples
    --------
    >>> opens_with_date_label("Aug. 20 _ The agency drops its inquiry.")
    True
    >>> opens_with_date_label("1970s: Sitcoms turn to the issues of the day.")
    True
    >>> opens_with_date_label("Aug. 20 was the day the agency dropped its inquiry.")
    False
    >>> opens_with_date_label("WASHINGTON, Oct. 20 - The agency drops its inquiry.")
    False
    """
    return _date_label(language).match(text) is not None
