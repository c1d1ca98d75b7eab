"""Words that date a sentence from the day it was written: text -> the first one it holds.

``data/<lang>/relative_days.txt`` (read once per process) lists them: "yesterday", "on Monday",
"last week" ... A point holding one is read against its source's date, which the briefing shows
beside it. A layer under the stages, like ``types``: it imports nothing of the pipeline.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .errors import ConfigError
from .lexicon import LANGUAGES, read_lines

__all__ = ["relative_day"]

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
