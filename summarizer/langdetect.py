"""Language detection: text -> language code, by the share of each language's stop words.

Each shipped language's ``Lexicon.stop_words`` (its commonest function words) is a profile. The
words of the text's opening (``DETECT_CHARS`` characters, cut at a word) are counted against every
profile, a word shared by several profiles counting for each a share (so "de" or "a" decide
little). The language with the most wins when it has at least ``MIN_HITS`` and clearly more than
English; otherwise the answer is English, the default. Deterministic, linear in the opening, and
no model: news prose of a paragraph or more holds dozens of function words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import LANGUAGES, get_lexicon

__all__ = ["detect_language"]

# Characters read from the start of the text: a few paragraphs of news decide it, and a long
# document costs no more than a short one.
DETECT_CHARS = 3_000

# Fewest stop-word hits (weighted) for a language other than English to be chosen: a headline of
# names and numbers holds none, and stays English.
MIN_HITS = 2.0

# How many times the English score another language must reach: English is the default, so a
# text that reads as much English as French stays English.
MARGIN = 1.5

# Words: letters, with the apostrophe that ends an elided word ("l'homme" gives "l'" and "homme";
# "Canada's" gives "canada'" and "s", which no list holds).
_WORD = re.compile(r"[^\W\d_]+'?")


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
    opening = text[:DETECT_CHARS]
    weights = _weights()
    scores = dict.fromkeys(LANGUAGES, 0.0)
    for word in _WORD.findall(opening.lower().replace("’", "'")):
        for language, weight in weights.get(word, ()):
            scores[language] += weight
    # Highest score first; ties go to the earlier language of LANGUAGES (English first).
    best = max(LANGUAGES, key=lambda language: scores[language])
    if best == "en" or scores[best] < MIN_HITS or scores[best] < MARGIN * scores["en"]:
        return "en"
    return best
