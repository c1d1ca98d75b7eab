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
from functools import lru_cache

from .errors import ConfigError
from .lexicon import LANGUAGES, get_lexicon, read_lines
from .text import _month_numbers

__all__ = ["named_days", "relative_day"]

_LANGUAGES = frozenset(LANGUAGES)


@lru_cache(maxsize=4)
def _pattern(language: str) -> re.Pattern[str]:
    """One regex over the language's list, longer entries first (so "last night" beats "night")."""
    if language not in _LANGUAGES:
        raise ConfigError(
            f"no list of relative days for language {language!r}; use one of {sorted(_LANGUAGES)}"
        )
    entries = {" ".join(line.split()) for line in read_lines(language, "relative_days.txt")}
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
    found = _pattern(language).search(text)
    return " ".join(found.group().split()) if found else ""


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
