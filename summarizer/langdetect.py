"""Language detection: text -> language code, by the share of each language's stop words.

Each shipped language's ``Lexicon.stop_words`` (its commonest function words) is a profile. The
words of the text's opening (``DETECT_CHARS`` characters) are counted against every profile, a
word shared by several profiles counting for each a share (so "de" or "a" decide little); a word
that is no stop word but holds a letter typical of some languages (``Lexicon.letters``: "ß", "ñ",
"è") counts the same way. The language with the most wins when it has at least ``MIN_HITS``, one
stop word at least, and clearly more than English; otherwise the answer is English, the default.
Deterministic, linear in the opening, and no model: news prose of a paragraph or more holds
dozens of function words, and a short sentence a few words and letters.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import LANGUAGES, get_lexicon

__all__ = ["detect_language"]

# Characters read from the start of the text: a paragraph of news decides it, and a long
# document costs no more than a short one (measured on the 2,255 DUC documents: none reads as
# another language at 600, 1,000, 1,500 or 3,000 characters; 600 reads fewer words per article).
DETECT_CHARS = 600

# Lowest score (stop words and typical letters, weighted) for a language other than English to be
# chosen: a headline of names and numbers holds none, and stays English. Measured: at 1.5 none of
# the 31,797 documents and paragraphs of the DUC sets nor our English cases reads as another
# language (at 1.0, seven paragraphs did: "Chasing El Nino", "Q. A hat pin?"), while 144 of 165
# of our single German, French, Spanish and Italian test sentences and 79 of 81 pairs are found.
MIN_HITS = 1.5

# Fewest stop-word hits (weighted) for a language other than English: letters alone ("Zürich",
# "Señor") are names in English text as often as they are another language.
MIN_STOP_WORDS = 1.0

# How many times the English score another language must reach: English is the default, so a
# text that reads as much English as French stays English.
MARGIN = 1.5

# Words: letters, with the apostrophe that ends an elided word ("l'homme" gives "l'" and "homme";
# "Canada's" gives "canada'" and "s", which no list holds). Not a word for detection: a letter
# before a period ("e.g.", "a.m.", initials) and a word in capitals ("ET", "EL NINO"): acronyms
# and headline type, which English news is full of.
_WORD = re.compile(r"[^\W\d_]+'?")


@lru_cache(maxsize=1)
def _letters() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """A pattern finding any typical letter, and each letter -> the languages it is typical of."""
    owners: dict[str, set[str]] = {}
    for language in LANGUAGES:
        for letter in get_lexicon(language).letters:
            owners.setdefault(letter, set()).add(language)
    letters = "".join(sorted(owners))
    pattern = re.compile("[" + re.escape(letters) + "]") if letters else re.compile(r"(?!)")
    return pattern, {letter: frozenset(langs) for letter, langs in owners.items()}


@lru_cache(maxsize=1)
def _weights() -> dict[str, tuple[tuple[str, float], ...]]:
    """Each stop word -> (language, weight) for every language listing it; weights sum to 1."""
    owners: dict[str, list[str]] = {}
    for language in LANGUAGES:
        for word in get_lexicon(language).stop_words:
            owners.setdefault(word, []).append(language)
    return {
        word: tuple((language, 1.0 / len(langs)) for language in langs)
        for word, langs in owners.items()
    }


# ``_WORD`` without the single letters before a period that detection skips: at such a letter it
# finds nothing, and the search goes on after it, as ``_WORD`` went on after the skipped match.
# Two or more letters (and an apostrophe), a letter and an apostrophe, or a letter before no
# period: the first letter is written once, ahead of the three, so that the search skips in C to
# the next letter instead of trying the alternatives at every space and mark (the same matches;
# the openings of benchmarks/speed.py large: 51 ms -> 42 ms, ASCII 30 ms -> 25 ms).
_COUNTED_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]+'?|'|(?!\.))")
# The same for ASCII text, where the letters are A-Z and a-z: a third faster to search.
_ASCII_COUNTED_WORD = re.compile(r"[A-Za-z](?:[A-Za-z]+'?|'|(?!\.))")


def _words(opening: str) -> list[str]:
    """The words of ``opening`` that detection counts (``_WORD`` less letters before a period)."""
    return (_ASCII_COUNTED_WORD if opening.isascii() else _COUNTED_WORD).findall(opening)


class _Owners(dict[str, "tuple[tuple[str, float], ...]"]):
    """word as written -> its (language, weight) as a stop word; () for none or a skipped word."""

    def __missing__(self, word: str) -> tuple[tuple[str, float], ...]:
        skipped = len(word) > 1 and word.isupper()
        owners = self[word] = () if skipped else _weights().get(word.lower(), ())
        return owners


# Words of openings kept per process before the cache starts afresh (a long batch of many
# outlets' articles must not grow it without end; what it holds never changes a result).
_MAX_CACHED_WORDS = 1 << 17


@lru_cache(maxsize=1)
def _owners() -> _Owners:
    """The process's words seen in openings (filled on first sight, as the stem caches)."""
    return _Owners()


def _tallies(
    opening: str, letter_pattern: re.Pattern[str], letter_owners: dict[str, frozenset[str]]
) -> tuple[dict[str, float], dict[str, float]]:
    """(stop-word score, whole score) per language of ``opening``, word by word."""
    weights = _weights()
    stops = dict.fromkeys(LANGUAGES, 0.0)
    scores = dict.fromkeys(LANGUAGES, 0.0)
    for match in _WORD.finditer(opening):
        word = match.group()
        if (len(word) == 1 and opening.startswith(".", match.end())) or (
            len(word) > 1 and word.isupper()
        ):
            continue
        word = word.lower()
        owners = weights.get(word)
        if owners is not None:
            for language, weight in owners:
                stops[language] += weight
                scores[language] += weight
            continue
        typical = letter_pattern.findall(word)
        if typical:
            langs = frozenset().union(*(letter_owners[letter] for letter in typical))
            for language in langs:
                scores[language] += 1.0 / len(langs)
    return stops, scores


def detect_language(text: str) -> str:
    """The language of ``text`` among the shipped ones, English when in doubt.

    Parameters
    ----------
    text : str
        Any text; its first ``DETECT_CHARS`` characters are read.

    Returns
    -------
    str
        A code of ``summarizer.lexicon.LANGUAGES``.

    Examples
    --------
    >>> detect_language("Der Stadtrat hat am Montag die neue Brücke eröffnet, und die Bürger sind froh.")
    'de'
    >>> detect_language("Le conseil a ouvert le pont lundi et les habitants sont contents.")
    'fr'
    >>> detect_language("42")
    'en'
    """
    opening = text[:DETECT_CHARS].replace("’", "'")  # one character for one: offsets kept
    letter_pattern, letter_owners = _letters()
    if letter_pattern.search(opening.lower()) is None:
        # No typical letter anywhere (most English text): only stop words score, each in both
        # tallies, added in the text's order as below, with the words looked up in C.
        scores = dict.fromkeys(LANGUAGES, 0.0)
        cache = _owners()
        if len(cache) >= _MAX_CACHED_WORDS:
            cache.clear()
        for owners in filter(None, map(cache.__getitem__, _words(opening))):
            for language, weight in owners:
                scores[language] += weight
        stops = scores
    else:
        stops, scores = _tallies(opening, letter_pattern, letter_owners)
    # Highest score first; ties go to the earlier language of LANGUAGES (English first).
    best = max(LANGUAGES, key=lambda language: scores[language])
    if (
        best == "en"
        or stops[best] < MIN_STOP_WORDS
        or scores[best] < MIN_HITS
        or scores[best] < MARGIN * scores["en"]
    ):
        return "en"
    return best
