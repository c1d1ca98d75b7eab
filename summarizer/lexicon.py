"""The language layer: language code -> ``Lexicon``, every word list of one language, read once.

A language is a folder of UTF-8 data files under ``summarizer/data/<code>/`` (``en``, ``de``,
``fr``, ``es``, ``it``), each opening with a ``#`` header that says what it holds and where it comes
from. Stages never hold word lists as code: they ask ``get_lexicon(language)`` (cached per process,
so each file is read at most once) and use its fields. How to add a language:
``summarizer/data/README.md``.

Files read here (one entry a line unless said otherwise):

- ``abbreviations.txt``, ``abbreviations_titles.txt``, ``sentence_starters.txt``: the sentence
  splitter's abbreviations, titles before a name or number, and the capitalised words that open
  sentences (entries as written; an entry with a capital matches capitalised text only; an
  abbreviation written "-str." is a word ending: "Hauptstr.").
- ``wrap_words.txt``, ``speech_verbs.txt``, ``time_words.txt``, ``time_determiners.txt``,
  ``company_suffixes.txt``, ``company_followers.txt``: the splitter's other decisions.
- ``weekdays.txt`` (a full name then its abbreviations, one day a line), ``calendar.txt`` (months
  and their abbreviations).
- ``stop_words.txt``, ``dangling_openers.txt``, ``noise_phrases.txt``, ``letters.txt``.
- ``quotes.txt`` (``open:``, ``close:``, ``spaced_close:`` followed by the marks) and ``rules.txt``
  (``name: yes|no``: ``ordinal_period``, ``elision``).

A word's stem in a language is :func:`stem` (Snowball's stemmers in C, cached per process).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .errors import ConfigError, ResourceError

__all__ = [
    "LANGUAGES",
    "Lexicon",
    "check_language",
    "get_lexicon",
    "read_entries",
    "read_lines",
    "speech_verb_pattern",
    "stem",
]

# The data files ship beside this module (package data ``summarizer.data.<language>``).
_DATA_DIR = Path(__file__).resolve().parent / "data"

# The languages shipped, English first: it is the default and the fallback of detection.
LANGUAGES = ("en", "de", "fr", "es", "it")

# The settings a ``rules.txt`` may hold; each must be given.
_RULES = ("ordinal_period", "elision", "day_first")
# The lines a ``quotes.txt`` holds.
_QUOTE_KEYS = ("open", "close", "spaced_close")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything ``summarizer`` knows about one language, read from ``data/<language>/``.

    Word sets are lower case unless said otherwise; tuples keep the order of the file.

    Attributes
    ----------
    language : str
        The code, e.g. ``"de"``.
    abbreviations, titles : tuple of str
        Entries as written (``"Dr."``, ``"z.B."``); the case of the first letter matters.
    abbreviation_suffixes : tuple of str
        Word endings that make an abbreviation, lower case without the period ("str" for
        "Hauptstr."): the entries of ``abbreviations.txt`` written with a leading hyphen.
    sentence_starters : frozenset of str
        Capitalised words that open sentences, as written; an entry ending in an apostrophe
        stands for an elided word (``"L'"``).
    wrap_words, speech_verbs, time_words, time_determiners, company_suffixes, company_followers : frozenset of str
        The splitter's lists (see the files' headers).
    weekdays : frozenset of str
        Full names of the days of the week.
    weekday_abbreviations : frozenset of str
        Their abbreviations.
    months : frozenset of str
        Month names and their abbreviations (``calendar.txt``).
    stop_words, dangling_openers : frozenset of str
        Function words; words that point back to an earlier sentence.
    name_connectors : frozenset of str
        Lower-case words that stand inside a name ("Bank of Tallow", "Villanueva del Cerro").
    letters : str
        Lower-case letters typical of the language and foreign to English ("ß", "ñ"), for
        detection.
    noise_phrases : tuple of str
        Lines of page furniture ("advertisement", "anzeige", "publicité").
    opening_quotes, closing_quotes, spaced_closing_quotes : str
        Quotation marks that open a sentence, close one, or close one after a space.
    ordinal_period : bool
        Whether "3. Oktober" writes an ordinal with a period (German).
    elision : bool
        Whether words elide before an apostrophe ("l'Avv.", "L'homme"; French, Italian).
    day_first : bool
        Whether a numeric date with slashes or dashes ("05/03/2025") gives the day first (German,
        French, Spanish, Italian), not the month (English, as US outlets write it).
    """

    language: str
    abbreviations: tuple[str, ...]
    titles: tuple[str, ...]
    abbreviation_suffixes: tuple[str, ...]
    sentence_starters: frozenset[str]
    wrap_words: frozenset[str]
    speech_verbs: frozenset[str]
    time_words: frozenset[str]
    time_determiners: frozenset[str]
    company_suffixes: frozenset[str]
    company_followers: frozenset[str]
    weekdays: frozenset[str]
    weekday_abbreviations: frozenset[str]
    months: frozenset[str]
    stop_words: frozenset[str]
    dangling_openers: frozenset[str]
    name_connectors: frozenset[str]
    letters: str
    noise_phrases: tuple[str, ...]
    opening_quotes: str
    closing_quotes: str
    spaced_closing_quotes: str
    ordinal_period: bool
    elision: bool
    day_first: bool = False

    @property
    def time_followers(self) -> frozenset[str]:
        """Words that go on a sentence after "5 p.m.": months, weekdays and time words."""
        return self.months | self.weekdays | self.weekday_abbreviations | self.time_words


@cache
def speech_verb_pattern(language: str = "en") -> re.Pattern[str]:
    """A verb of saying as a whole word, any case: how score and evaluate tell an attributed quote."""
    words = sorted(word for word in get_lexicon(language).speech_verbs if word.isalpha())
    # The same words as a plain alternation, factored by their first letters behind a look-ahead
    # at them: the regex engine then tries a word start against a few letters instead of every
    # verb (a quarter of the time over the sentences of a large cluster). Each verb is a run of
    # letters between two word boundaries, so at most one verb matches at any position and the
    # matches are those of the plain alternation.
    first = re.escape("".join(sorted({word[0] for word in words})))
    return re.compile(r"\b(?=[" + first + r"])(?:" + _prefix_tree(words) + r")\b", re.IGNORECASE)


def _prefix_tree(words: list[str]) -> str:
    """A regex alternation of the sorted, distinct, non-empty ``words``, factored by prefix."""
    tails: dict[str, list[str]] = {}
    for word in words:
        tails.setdefault(word[0], []).append(word[1:])
    branches = []
    for head, rest in tails.items():
        longer = [tail for tail in rest if tail]
        if not longer:
            branches.append(re.escape(head))
        elif len(rest) == 1:
            branches.append(re.escape(head + longer[0]))
        else:
            optional = "?" if len(longer) < len(rest) else ""
            branches.append(re.escape(head) + "(?:" + _prefix_tree(longer) + ")" + optional)
    return "|".join(branches)


def read_lines(language: str, name: str) -> tuple[str, ...]:
    """The stripped, non-blank, non-comment lines of ``data/<language>/<name>``.

    Raises
    ------
    ResourceError
        If the file is missing (a broken installation).
    """
    path = _DATA_DIR / language / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ResourceError(
            f"the word list {language}/{name} is missing at {path}; "
            "reinstall summarizer so that its package data is present"
        ) from exc
    return tuple(
        line.strip()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


def read_entries(language: str, name: str, kinds: Sequence[str]) -> dict[str, list[str]]:
    """The ``kind: value`` lines of ``data/<language>/<name>``, the values of each kind in file
    order (stripped; a kind with no line has an empty list).

    Raises
    ------
    ResourceError
        If a line's kind is not one of ``kinds`` or its value is empty (an edited file), or the
        file is missing.
    """
    found: dict[str, list[str]] = {kind: [] for kind in kinds}
    for line in read_lines(language, name):
        kind, _, value = line.partition(":")
        if kind.strip() not in found or not value.strip():
            raise ResourceError(
                f"{language}/{name}: cannot read {line!r}; each line is one of "
                + ", ".join(f"'{k}: '" for k in kinds)
                + " and a value (reinstall summarizer if you did not edit the file)"
            )
        found[kind.strip()].append(value.strip())
    return found


def _words(language: str, name: str) -> frozenset[str]:
    """A lower-case word list."""
    return frozenset(line.lower() for line in read_lines(language, name))


def _settings(language: str, name: str, keys: tuple[str, ...]) -> dict[str, str]:
    """``key: value`` lines of a settings file; every key must be there, no other."""
    found: dict[str, str] = {}
    for line in read_lines(language, name):
        key, sep, value = line.partition(":")
        key = key.strip()
        if not sep or key not in keys:
            raise ResourceError(
                f"{language}/{name}: unknown line {line!r}; "
                f"each line is one of {', '.join(keys)} then a colon"
            )
        found[key] = value.strip()
    missing = [key for key in keys if key not in found]
    if missing:
        raise ResourceError(f"{language}/{name}: missing {', '.join(missing)}; add a line for each")
    return found


def _flag(language: str, value: str, key: str) -> bool:
    """A ``yes``/``no`` setting of ``rules.txt``."""
    if value not in ("yes", "no"):
        raise ResourceError(f"{language}/rules.txt: {key} must be yes or no; got {value!r}")
    return value == "yes"


def check_language(language: object, where: str) -> str | None:
    """``language`` when it is None or a code of ``LANGUAGES``, else a ``ConfigError`` opening
    with ``where`` (the function called, or the document: ``"document 'ferry'"``).

    Examples
    --------
    >>> check_language("fr", "split_sentences")
    'fr'
    >>> check_language("EN", "document 'ferry'")
    Traceback (most recent call last):
    ...
    summarizer.errors.ConfigError: document 'ferry': language must be one of en, de, fr, es, it or None (detect it); got 'EN'
    """
    if language is None or (isinstance(language, str) and language in LANGUAGES):
        return language
    raise ConfigError(
        f"{where}: language must be one of {', '.join(LANGUAGES)} or None (detect it); "
        f"got {language!r}"
    )


@cache
def get_lexicon(language: str = "en") -> Lexicon:
    """The word lists of ``language``, read from its data folder once per process.

    Parameters
    ----------
    language : str, default "en"
        A code of ``LANGUAGES``: "en", "de", "fr", "es" or "it".

    Returns
    -------
    Lexicon

    Raises
    ------
    ConfigError
        If the language is not shipped.
    ResourceError
        If one of its files is missing or malformed.

    Examples
    --------
    >>> "anzeige" in get_lexicon("de").noise_phrases
    True
    """
    if language not in LANGUAGES:
        raise ConfigError(
            f"language must be one of {', '.join(LANGUAGES)}; got {language!r} "
            "(adding one is adding a folder under summarizer/data: see its README.md)"
        )
    days = [line.lower().split() for line in read_lines(language, "weekdays.txt")]
    quotes = _settings(language, "quotes.txt", _QUOTE_KEYS)
    rules = _settings(language, "rules.txt", _RULES)
    abbreviations = read_lines(language, "abbreviations.txt")
    return Lexicon(
        language=language,
        abbreviations=tuple(entry for entry in abbreviations if not entry.startswith("-")),
        titles=read_lines(language, "abbreviations_titles.txt"),
        abbreviation_suffixes=tuple(
            entry[1:].rstrip(".").lower() for entry in abbreviations if entry.startswith("-")
        ),
        sentence_starters=frozenset(read_lines(language, "sentence_starters.txt")),
        wrap_words=_words(language, "wrap_words.txt"),
        speech_verbs=_words(language, "speech_verbs.txt"),
        time_words=_words(language, "time_words.txt"),
        time_determiners=_words(language, "time_determiners.txt"),
        company_suffixes=_words(language, "company_suffixes.txt"),
        company_followers=_words(language, "company_followers.txt"),
        weekdays=frozenset(day[0] for day in days),
        weekday_abbreviations=frozenset(short for day in days for short in day[1:]),
        months=frozenset(word.rstrip(".") for word in _words(language, "calendar.txt")),
        stop_words=_words(language, "stop_words.txt"),
        dangling_openers=_words(language, "dangling_openers.txt"),
        name_connectors=_words(language, "name_connectors.txt"),
        letters="".join(read_lines(language, "letters.txt")).lower(),
        noise_phrases=tuple(line.lower() for line in read_lines(language, "noise_phrases.txt")),
        opening_quotes=quotes["open"],
        closing_quotes=quotes["close"],
        spaced_closing_quotes=quotes["spaced_close"],
        ordinal_period=_flag(language, rules["ordinal_period"], "ordinal_period"),
        elision=_flag(language, rules["elision"], "elision"),
        day_first=_flag(language, rules["day_first"], "day_first"),
    )


# Stems of the words seen in this process. Stemming was the hot spot of scoring (about 0.01 ms a
# word) and the clusters of one batch or evaluation share most of their vocabulary; stemming is a
# pure function, so what the cache holds never changes a result. Cleared when it outgrows this.
_MAX_CACHED_STEMS = 1 << 18
_STEM_CACHE: dict[str, str] = {}
# The other languages' caches, one per language (a word is stemmed by its language's rules).
_STEM_CACHES: dict[str, dict[str, str]] = {"en": _STEM_CACHE}
# Snowball's stemmers in C (PyStemmer, no data download): Porter's original algorithm for English
# (the ROUGE-1.5.5 convention its benchmarks are measured with), Snowball's own for the others.
# Snowball's "english" (Porter2) was measured too: DUC 2004 R-1 39.17, below the floor of 39.2.
_SNOWBALL = {"en": "porter", "de": "german", "fr": "french", "es": "spanish", "it": "italian"}
# One stemmer per thread: a PyStemmer object keeps state and must not be called concurrently.
_STEMMERS = threading.local()


def _stemmer(language: str) -> Callable[[str], str]:
    """The stemming function of ``language`` (Snowball's algorithm for it, in C)."""
    stemmers: dict[str, Callable[[str], str]] = _STEMMERS.__dict__.setdefault("by_language", {})
    found = stemmers.get(language)
    if found is None:
        import Stemmer

        # No cache of its own (size 0): ``stem`` keeps one per process already.
        found = stemmers[language] = Stemmer.Stemmer(_SNOWBALL[language], 0).stemWord
    return found


def stem(word: str, language: str = "en") -> str:
    """The stem of a lower-case word in ``language`` (cached per process).

    The package's one stemmer: the score stage's terms, the same-statement relation, key terms
    and word forms all read a word's stem here (evaluation keeps nltk's Porter, the ROUGE-1.5.5
    convention).
    """
    cache = _STEM_CACHE if language == "en" else _STEM_CACHES.setdefault(language, {})
    found = cache.get(word)
    if found is None:
        if len(cache) >= _MAX_CACHED_STEMS:
            cache.clear()
        try:
            found = _stemmer(language)(word)
        except UnicodeEncodeError:
            # A lone surrogate (a broken escape in JSON input) cannot reach the C stemmer, which
            # reads UTF-8: such a word is its own stem.
            found = word
        cache[word] = found
    return found
