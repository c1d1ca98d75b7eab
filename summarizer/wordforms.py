"""Word forms for the same-statement relation: a written word -> the words it stands for.

The relation (``summarizer.same``) compares two sentences by their words' stems. In English its
own rules read contractions, number words and negations; in the other languages a word goes
through :func:`statement_words`, which reads the language's data files:

- ``number_words.txt``: "zwölf" is the number 12, as "12" is ("zwölf Prozent" / "12 Prozent");
- ``negations.txt``: "nicht", "pas", "no", "non" negate a statement;
- ``compounds.txt``: German compounds read as their parts ("Wasserpreise" is "Wasser" and
  "Preise", so it shares "Preise" with "Die Preise steigen"), cut where both parts are words of
  the language's background table (``background.txt``);
- ``rules.txt`` (``elision``): "l'eau" is "eau", "dell'acqua" is "acqua".

English adverbs read as their adjective (:func:`adjective_of`, ``data/en/adverbs.txt``):
"abruptly" is "abrupt", as Porter's stemmer does not make it. The other languages' Snowball
stemmers already remove their adverb endings ("-ment", "-mente"), and a German adverb is its
adjective.

:func:`stem_zipf` gives the background frequency of each stem of the language (English: the
shipped ``stems.txt``; the others: their ``background.txt`` stemmed once per process), which is
how the relation weighs a term. A layer under the stages, like ``lexicon``: no stage logic.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from types import MappingProxyType

from .background import background_zipf
from .background import stem_zipf as _english_stem_zipf
from .errors import ConfigError, ResourceError
from .lexicon import LANGUAGES, get_lexicon, read_lines, stem

__all__ = [
    "adjective_of",
    "could_be_verb",
    "infinitive",
    "is_infinitive",
    "is_participle",
    "number_words",
    "opens_with_participle",
    "scale_words",
    "split_compound",
    "statement_words",
    "stem_zipf",
    "summed_zipf",
    "verb_endings",
]

# The kinds of word :func:`statement_words` returns.
TERM, NUMBER, NEGATION = "term", "number", "negation"
_COMPOUND_KEYS = ("split", "min_head", "min_tail", "min_zipf", "min_word", "linking")
# A stem used at least this often (ten uses per million words) is a verb in use: "voter" is the
# infinitive of "voté"; the rarer "marcher" is no verb of "marché" (keyterms reads the same rule).
VERB_ZIPF = 3.0
# An infinitive's forms in use, together, are used at least this share as often as it: a verb's
# are ("supprimer" 4.42, "supprimé" and its kin 4.32); a noun's or adjective's that is also a
# verb's infinitive are not ("titolare" 4.54, "titolato" 3.09; "popolare" 4.87, 3.76 together).
INFINITIVE_FORMS_SHARE = 0.1
# ... and at most this much rarer than the word: a verb's third person may be as common as its
# infinitive ("steigt" 4.65, "steigen" 4.60; "erhöht" 4.59, "erhöhen" 4.44), a noun in -é is much
# commoner than the verb its ending makes ("marché" 5.22, "marcher" 4.56).
VERB_MARGIN = 0.25
# A compound is cut into at most this many parts: "Trinkwasserpreise" is three, and deeper cuts
# of a long word find short words by chance more often than parts.
_MAX_PARTS = 3


@dataclass(frozen=True, slots=True)
class _Rules:
    """One language's word-form lists."""

    numbers: Mapping[str, str]
    negations: frozenset[str]
    split: bool
    min_head: int
    min_tail: int
    min_zipf: float
    min_word: int
    linking: tuple[str, ...]
    elision: bool
    nouns_capitalised: bool  # German: a capitalised word that is a word in use is a noun
    words: Mapping[str, float]  # the background table: which strings are words
    endings: tuple[tuple[str, str], ...]  # verb_endings.txt


@lru_cache(maxsize=8)
def _rules(language: str) -> _Rules:
    """The word-form lists of ``language`` (not English: its rules are in ``same``)."""
    if language not in LANGUAGES or language == "en":
        raise ConfigError(
            f"no word-form lists for language {language!r}; use one of {', '.join(LANGUAGES[1:])}"
        )
    numbers: dict[str, str] = {}
    for line in read_lines(language, "number_words.txt"):
        word, _, value = line.partition(" ")
        if not value.strip().isdigit():
            raise ResourceError(
                f"{language}/number_words.txt: {line!r} is not 'word number'; fix that line"
            )
        numbers[word.lower()] = value.strip()
    settings: dict[str, str] = {}
    for line in read_lines(language, "compounds.txt"):
        key, sep, value = line.partition(":")
        if not sep or key.strip() not in _COMPOUND_KEYS:
            raise ResourceError(
                f"{language}/compounds.txt: unknown line {line!r}; each line is one of "
                f"{', '.join(_COMPOUND_KEYS)} then a colon"
            )
        settings[key.strip()] = value.strip()
    missing = [key for key in _COMPOUND_KEYS if key not in settings]
    if missing or settings["split"] not in ("yes", "no"):
        raise ResourceError(
            f"{language}/compounds.txt: give split (yes or no), {', '.join(_COMPOUND_KEYS[1:])}; "
            f"missing {', '.join(missing) or 'a yes or no for split'}"
        )
    return _Rules(
        numbers=MappingProxyType(numbers),
        negations=frozenset(w.lower() for w in read_lines(language, "negations.txt")),
        split=settings["split"] == "yes",
        min_head=int(settings["min_head"]),
        min_tail=int(settings["min_tail"]),
        min_zipf=float(settings["min_zipf"]),
        min_word=int(settings["min_word"]),
        linking=tuple(settings["linking"].split()),
        elision=get_lexicon(language).elision,
        nouns_capitalised=_nouns_capitalised(language),
        words=background_zipf(language),
        endings=verb_endings(language),
    )


# An adverb's adjective must be a word used at least this often (ten uses per million words).
ADJECTIVE_ZIPF = 3.0
# ... and the adverb at least this long: "only", "early", "rely" are no adjective's adverbs.
_MIN_ADVERB = 6


@lru_cache(maxsize=4)
def _adverb_rules(language: str) -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
    """The (ending, replacement) rules and the words kept as they are of ``adverbs.txt``."""
    rules: list[tuple[str, str]] = []
    keep: set[str] = set()
    for line in read_lines(language, "adverbs.txt"):
        key, sep, value = line.partition(":")
        parts = value.split()
        if key.strip() == "rule" and len(parts) == 2:
            rules.append((parts[0].lower(), "" if parts[1] == "-" else parts[1].lower()))
        elif key.strip() == "keep" and sep:
            keep.update(word.lower() for word in parts)
        else:
            raise ResourceError(
                f"{language}/adverbs.txt: line {line!r} is neither 'rule: ENDING REPLACEMENT' "
                "nor 'keep: WORDS'; fix that line"
            )
    return tuple(rules), frozenset(keep)


@lru_cache(maxsize=1 << 14)
def adjective_of(word: str, language: str = "en") -> str | None:
    """The adjective a lower-case English adverb is made from, or None.

    Only English has the rules (``data/en/adverbs.txt``; see the module's docstring for the
    others): the first rule whose replacement makes a word in use (``ADJECTIVE_ZIPF``) wins,
    and the words the file keeps are no adjective's adverbs.

    Examples
    --------
    >>> adjective_of("abruptly"), adjective_of("gently"), adjective_of("dramatically")
    ('abrupt', 'gentle', 'dramatic')
    >>> adjective_of("nearly") is None, adjective_of("weekly") is None
    (True, True)
    """
    if language != "en" or len(word) < _MIN_ADVERB or not word.endswith("ly"):
        return None
    rules, keep = _adverb_rules(language)
    if word in keep:
        return None
    known = background_zipf(language)
    for ending, replacement in rules:
        if word.endswith(ending):
            base = word[: len(word) - len(ending)] + replacement
            if len(base) >= 4 and known.get(base, 0.0) >= ADJECTIVE_ZIPF:
                return base
    return None


@lru_cache(maxsize=1)
def _ing_nouns() -> frozenset[str]:
    """The words in -ing that news writes as nouns (``data/en/ing_nouns.txt``)."""
    return frozenset(word.lower() for word in read_lines("en", "ing_nouns.txt"))


@lru_cache(maxsize=1)
def _ed_words() -> frozenset[str]:
    """The words in -ed that are no verb's past (``data/en/ed_words.txt``: "hundred", "speed")."""
    return frozenset(word.lower() for word in read_lines("en", "ed_words.txt"))


def is_participle(word: str, language: str = "en") -> bool:
    """Whether a lower-case English word in -ing is a verb's participle ("rejecting", "hoping";
    not "Beijing"): its stem is a word in use (``VERB_ZIPF``: reject, hope, stop), and it is
    none of the words news writes as nouns (``data/en/ing_nouns.txt``: "housing", "funding",
    "meeting") nor a part of the day (``day_parts.txt``: "evening").

    English only: the other languages' verb forms are read through ``verb_endings.txt``.

    Examples
    --------
    >>> is_participle("rejecting"), is_participle("housing"), is_participle("beijing")
    (True, False, False)
    >>> is_participle("evening")
    False
    """
    if language != "en" or not word.endswith("ing") or len(word) < 6 or word in _ing_nouns():
        return False
    return word not in _day_parts() and _verb_stem(word[:-3])


@lru_cache(maxsize=1)
def _day_parts() -> frozenset[str]:
    """The parts of a day (``data/en/day_parts.txt``): "evening" and "morning" end in -ing and
    their stems are words ("even", "morn"), yet they are nouns ("Tuesday evening")."""
    return frozenset(word.lower() for word in read_lines("en", "day_parts.txt"))


def is_verb_form(word: str, language: str = "en") -> bool:
    """Whether a lower-case English word reads as a verb: a finite form of ``finite_verbs``
    ("ran", "shows"), a past in -ed ("denied", "vetoed"; not the nouns of ``ed_words.txt``,
    "hundred", "speed"; nor an adjective of no verb, ``_has_verb``: "unexpected",
    "unidentified") or a participle in -ing (``is_participle``). Adjectives of a verb in -ed
    ("reputed", "armed") read so too: the callers want a subject with no verb in it, and lose
    nothing but a cut by a false one. English only (other languages: False).

    Examples
    --------
    >>> is_verb_form("denied"), is_verb_form("seeking"), is_verb_form("officer")
    (True, True, False)
    >>> is_verb_form("hundred"), is_verb_form("speed"), is_verb_form("agreed")
    (False, False, True)
    >>> is_verb_form("unprecedented"), is_verb_form("re-elected"), is_verb_form("proceed")
    (False, True, True)
    """
    if language != "en" or not word.islower():
        return False
    return (
        word in finite_verbs(language)
        or (len(word) > 4 and word.endswith("ed") and word not in _ed_words() and _has_verb(word))
        or is_participle(word, language)
    )


@lru_cache(maxsize=1 << 14)
def _has_verb(word: str) -> bool:
    """Whether an English word in -ed is a verb's form: a base of it ("denied": deny; "hoped":
    hope; "stopped": stop; "proceed" itself) is a verb's (``_verb_base``). Adjectives made with
    "un-" ("unexpected", "unprecedented", "unarmed", "unidentified": ``_negated``) and of a
    common noun ("talented") have none; a compound is read by its last part ("re-elected":
    elected)."""
    word = word.rpartition("-")[2]
    stem = word[:-2]
    bases = {stem, word[:-1]}  # walked: walk; hoped: hope
    if word.endswith("eed"):
        bases.add(word)  # proceed, succeed: a base in -eed
    if len(stem) > 2 and stem[-1] == stem[-2]:
        bases.add(stem[:-1])  # stopped: stop
    if stem.endswith("i"):
        bases.add(stem[:-1] + "y")  # denied: deny
    known = background_zipf("en")
    return any(
        _verb_base(base, known) for base in bases if len(base) > 2 and not _negated(base, known)
    )


def _verb_base(base: str, known: Mapping[str, float]) -> bool:
    """Whether ``base`` (of a word in -ed) is a verb's: its -ing form is listed ("hoping"), or
    it is a word of the table used less than ``NOUN_BASE_ZIPF`` ("acquit"), or it has a verb's
    ending ("hospitalize": a verb, however rare)."""
    if (
        base + "ing" in known
        or (base[-1:] == "e" and base[:-1] + "ing" in known)
        or (base[-2:] == "ie" and base[:-2] + "ying" in known)  # died: die, dying
    ):
        return True
    return known.get(base, NOUN_BASE_ZIPF) < NOUN_BASE_ZIPF or base.endswith(_verb_suffixes())


def _negated(base: str, known: Mapping[str, float]) -> bool:
    """Whether ``base`` is "un" before a verb of the table ("unidentify": identify): its form in
    -ed is an adjective ("unidentified", "unauthorized"), however its ending reads."""
    rest = base[2:]
    return (
        base.startswith("un")
        and base not in known
        and (rest in known or rest + "ing" in known or rest[:-1] + "ing" in known)
    )


# A word's -ing form used at least this often (once per million words) makes it a verb's base:
# "live" (living), "oppose" (opposing), "hold"; not "day", "month", "another". A rarer verb is
# read as one only where a present tense stands (below): "wriggle" (wriggling 2.5).
BASE_VERB_ZIPF = 3.0
# A word in use at least this often whose -ing form the background table does not list at all
# (under Zipf 2) is a noun, and its form in -ed an adjective of having it: "talented" (talent
# 4.64), "bearded", "gray-haired", "uniformed". A verb that common is written in -ing too; a
# rarer base with no -ing form listed ("acquit", "rebuff") is read as a verb.
NOUN_BASE_ZIPF = 4.0


def could_be_verb(word: str, present: bool = False, language: str = "en") -> bool:
    """Whether a lower-case English word may be a verb in some sentence: a form of
    ``is_verb_form``, or a base whose -ing form is a word in use (``BASE_VERB_ZIPF``), or, where
    a present tense may stand (``present``: after a plural, "worms wriggle"; or the word in -s,
    "afflicts"), a base whose -ing or -ed form the background table lists at all. A verbless
    sentence has no such word ("Big night again for Lola Brandt."). A stop word is a verb only as
    ``is_verb_form`` reads it ("is", "has"). English only (other
    languages: True, as nothing is known).

    Examples
    --------
    >>> could_be_verb("live"), could_be_verb("afflicts"), could_be_verb("day")
    (True, True, False)
    >>> could_be_verb("wriggle"), could_be_verb("wriggle", present=True)
    (False, True)
    """
    if language != "en":
        return True
    if is_verb_form(word, language):
        return True
    if word in get_lexicon(language).stop_words:
        return False  # "the" is no base of "thing", "for" none of "forced"
    if _base_in_use(word, present):
        return True
    if len(word) > 3 and word.endswith("s"):
        bases = (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else word[:-1])
        return any(base.endswith(_verb_suffixes()) or _base_in_use(base, True) for base in bases)
    return False


@lru_cache(maxsize=1)
def _verb_suffixes() -> tuple[str, ...]:
    """The endings that make English verbs (``data/en/verb_suffixes.txt``: "ize", "ify")."""
    return tuple(word.lower() for word in read_lines("en", "verb_suffixes.txt"))


@lru_cache(maxsize=1 << 14)
def _base_in_use(base: str, listed: bool) -> bool:
    """Whether ``base``'s -ing form is in use (``BASE_VERB_ZIPF``), or with ``listed`` whether
    its -ing or -ed form is in the background table at all."""
    if len(base) < 2:
        return False
    known = background_zipf("en")
    forms = {base + "ing", base + base[-1] + "ing"}
    if base.endswith("e"):
        forms.add(base[:-1] + "ing")
    if base.endswith("ie"):
        forms.add(base[:-2] + "ying")  # die, dying
    if not listed:
        return any(known.get(form, 0.0) >= BASE_VERB_ZIPF for form in forms)
    forms |= {base + "ed", base + "d", base + base[-1] + "ed"}
    if base.endswith("y"):
        forms.add(base[:-1] + "ied")
    return any(form in known for form in forms)


@lru_cache(maxsize=8)
def finite_verbs(language: str = "en") -> frozenset[str]:
    """The finite verb forms of ``data/en/noise_verbs.txt`` ("is", "ran", "shows"; regular pasts
    in -ed are not listed). English only: empty for the other languages."""
    if language != "en":
        return frozenset()
    return frozenset(line.lower() for line in read_lines("en", "noise_verbs.txt"))


_VOWELS = frozenset("aeiouy")


def _verb_stem(stem: str) -> bool:
    """Whether an English stem before -ing is a verb in use (reject, hope, stop); a stem with no
    vowel is none ("str" of "string", "spr" of "spring": letters, not a word)."""
    if not any(letter in _VOWELS for letter in stem):
        return False
    known = background_zipf("en")
    stems = (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem)
    return any(known.get(candidate, 0.0) >= VERB_ZIPF for candidate in stems)


# A participle's phrase opening a sentence is short before its comma: at most this many words
# after the word in -ing ("Building on its lead,", "Drawing on decades of experience,"). A longer
# run before the first comma is read as no such phrase: on the DUC 2004, 2006 and 2007 articles,
# the one longer run so read opened with a noun ("Finding more debris or any signs of Kennedy,
# his wife, and ... might take some time"), its comma a list's.
_MAX_OPENING_WORDS = 5


def opens_with_participle(text: str, language: str = "en") -> bool:
    """Whether an English sentence opens with a participle's phrase, not a statement
    ("Rejecting the offer, ...", "Building on its lead, ...").

    A participle (``is_participle``) opens one. So does a word of ``ing_nouns.txt`` whose stem is
    a verb in use when it is written as the verb: a stop word follows it (a preposition or an
    object's article: "on", "the"), a comma closes the phrase within ``_MAX_OPENING_WORDS``
    words, and no two content words stand in a row before it, nor one in -ed (a subject and its
    verb: "Spending on schools rose 4%, ...", "Trading in the shares was halted, ..." open with
    the noun, as "Housing and Urban Development Secretary ..." does).

    Examples
    --------
    >>> opens_with_participle("Building on its lead, the party won the vote.")
    True
    >>> opens_with_participle("Spending on schools rose 4%, the report said.")
    False
    """
    # The opening words only (and the rest in one piece): not every word of a huge "sentence".
    words = text.split(None, _MAX_OPENING_WORDS + 1)
    if language != "en" or not words:
        return False
    first = words[0].strip("\"“‘`'(").lower()
    if is_participle(first, language):
        return True
    if first not in _ing_nouns() or not _verb_stem(first[:-3]) or first.endswith(","):
        return False
    stop = get_lexicon(language).stop_words
    phrase: list[str] = []
    for word in words[1 : _MAX_OPENING_WORDS + 1]:
        phrase.append(word.rstrip(",").strip("\"“”‘’'()").lower())
        if word.endswith(","):
            break
    else:
        return False  # no comma closes it: the noun is the subject ("Spending rose ...")
    content = [w not in stop for w in phrase]
    return (
        not content[0]
        and not any(a and b for a, b in pairwise(content))
        and not any(c and w.endswith("ed") for c, w in zip(content, phrase))
    )


@lru_cache(maxsize=8)
def verb_endings(language: str) -> tuple[tuple[str, str], ...]:
    """The (ending, infinitive's ending) pairs of ``data/<language>/verb_endings.txt``."""
    pairs: list[tuple[str, str]] = []
    for line in read_lines(language, "verb_endings.txt"):
        parts = line.split()
        if len(parts) != 2:
            raise ConfigError(
                f"{language}/verb_endings.txt: line {line!r} must be an ending and its replacement"
            )
        pairs.append((parts[0].lower(), parts[1].lower()))
    return tuple(pairs)


def infinitive(
    word: str, known: Mapping[str, float], endings: Sequence[tuple[str, str]]
) -> str | None:
    """The infinitive a lower-case word is a form of ("voté" -> "voter"), or None.

    The word with an ending of ``verb_endings.txt`` replaced must be a word in use (Zipf
    ``VERB_ZIPF``) about as common as the word itself, ``VERB_MARGIN`` rarer at most ("marché"
    is no form of the rarer "marcher"); the first ending that gives one wins.
    """
    own = known.get(word, 0.0)
    for ending, replacement in endings:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            candidate = word[: -len(ending)] + replacement
            usage = known.get(candidate, 0.0)
            if usage >= VERB_ZIPF and usage >= own - VERB_MARGIN:
                return candidate
    return None


def is_infinitive(
    word: str, known: Mapping[str, float], endings: Sequence[tuple[str, str]]
) -> bool:
    """Whether a lower-case word is itself an infinitive ("supprimer", "renovar", "rinnovare").

    ``infinitive`` read the other way: with an infinitive's ending of ``verb_endings.txt``
    replaced by the endings of forms, the word makes forms in use (Zipf ``VERB_ZIPF`` each):
    "supprimé", "renovó", "rinnovato". A noun with an infinitive's ending makes no such word
    ("quartier": "quartié"; "lugar": "lugó"). Nor is it one when its forms together are used
    less than ``INFINITIVE_FORMS_SHARE`` as often as the word itself: a noun or an adjective
    that is also a verb's infinitive, mostly written as the noun ("titolare" 4.54, "titolato"
    3.09; "popolare", "militare"; Spanish "super", whose "supieron" is of "saber"), where a
    verb's forms are written about as often as it ("supprimer" 4.42, its forms 4.32). An
    ending that is its own replacement (German "en en") reads nothing here: ``infinitive``
    already takes every such word as a form.
    """
    forms = {
        word[: -len(replacement)] + ending
        for ending, replacement in endings
        if ending != replacement and word.endswith(replacement) and len(word) > len(replacement) + 2
    }
    used = [zipf for form in forms if (zipf := known.get(form, 0.0)) >= VERB_ZIPF]
    return bool(used) and summed_zipf(used) >= known.get(word, 0.0) + math.log10(
        INFINITIVE_FORMS_SHARE
    )


def summed_zipf(zipfs: Iterable[float]) -> float:
    """The Zipf value of words used together as often as all of ``zipfs`` (the log10 of their
    summed frequencies: the forms of one word counted as one); 0 for none. Summed exactly
    (``math.fsum``), so the order of the values, a set's, never moves the last bit.

    Examples
    --------
    >>> round(summed_zipf([4.0, 4.0]), 3), summed_zipf([])
    (4.301, 0.0)
    """
    total = math.fsum(10.0**zipf for zipf in zipfs)
    return math.log10(total) if total > 0 else 0.0


def number_words(language: str) -> frozenset[str]:
    """The number words of ``language`` (``number_words.txt``; English: none listed here)."""
    return frozenset() if language == "en" else frozenset(_rules(language).numbers)


@lru_cache(maxsize=8)
def scale_words(language: str) -> frozenset[str]:
    """The words that scale a figure in ``language`` ("million", "Milliarden"): the ``scale``
    lines of ``measures.txt``, lower case. Written after a number they are part of the figure."""
    return frozenset(
        parts[1].lower()
        for parts in (line.split() for line in read_lines(language, "measures.txt"))
        if len(parts) == 3 and parts[0] == "scale"
    )


def _nouns_capitalised(language: str) -> bool:
    """The ``nouns_capitalised`` setting of ``keyterm_rules.txt`` (German: yes)."""
    for line in read_lines(language, "keyterm_rules.txt"):
        key, _, value = line.partition(":")
        if key.strip() == "nouns_capitalised":
            return value.strip() == "yes"
    return False


def statement_words(word: str, language: str) -> tuple[tuple[str, str, bool], ...]:
    """What a word of ``language`` (not English) stands for: ``(kind, word, name)`` triples.

    ``kind`` is ``"number"`` (the word is the number ``word``: "zwölf" -> "12"), ``"negation"``
    ("nicht") or ``"term"``: a lower-case word to stem, one per part of a compound
    ("Wasserpreise" -> "wasser", "preise"); an elided article is dropped ("l'eau" -> "eau").
    ``name`` says whether the word is written as a name: capitalised, and where every noun is
    (German), no word of the background table ("Lindenau", not "Preise"). A verb's form written
    in lower case reads as its infinitive ("steigt" -> "steigen", as "Die Preise steigen").

    Examples
    --------
    >>> statement_words("Wasserpreise", "de")
    (('term', 'wasser', False), ('term', 'preise', False))
    >>> statement_words("zwölf", "de")
    (('number', '12', False),)
    """
    rules = _rules(language)
    name = written_capital = word[:1].isupper()
    word = word.lower().replace("’", "'")
    if name and rules.nouns_capitalised:
        name = word not in rules.words and len(split_compound(word, language)) == 1
    if rules.elision and "'" in word:
        word = word.rpartition("'")[2] or word
    number = rules.numbers.get(word)
    if number is not None:
        return ((NUMBER, number, False),)
    if word in rules.negations:
        return ((NEGATION, word, False),)
    if not name and not written_capital:
        word = infinitive(word, rules.words, rules.endings) or word
    return tuple((TERM, part, name) for part in split_compound(word, language))


@lru_cache(maxsize=1 << 16)
def split_compound(word: str, language: str) -> tuple[str, ...]:
    """A lower-case word cut into the words it is made of, or the word alone.

    Only languages whose ``compounds.txt`` says ``split: yes`` (German). The tail is the longest
    word of the background table that ends the word and leaves a head that is a word too, less a
    linking element ("arbeitsmarkt" -> "arbeit", "markt"); the head is cut again, up to
    ``_MAX_PARTS`` parts. Cached per process: news repeats its words.

    Examples
    --------
    >>> split_compound("stadtrat", "de")
    ('stadt', 'rat')
    >>> split_compound("stadtrat", "fr")
    ('stadtrat',)
    """
    rules = _rules(language)
    if not rules.split or len(word) < rules.min_word or not word.isalpha():
        return (word,)
    parts = _cut(word, rules, _MAX_PARTS)
    return parts if parts else (word,)


def _cut(word: str, rules: _Rules, limit: int) -> tuple[str, ...]:
    """``word`` as a head and a tail that are both words (the head cut again); ``()`` if none."""
    if limit < 2:
        return ()
    words, common = rules.words, rules.min_zipf
    for start in range(rules.min_head, len(word) - rules.min_tail + 1):  # the longest tail first
        tail = word[start:]
        if words.get(tail, 0.0) < common:
            continue
        head = word[:start]
        for link in ("", *rules.linking):
            if link and not head.endswith(link):
                continue
            stem = head[: len(head) - len(link)]
            if len(stem) >= rules.min_head and words.get(stem, 0.0) >= common:
                return (*(_cut(stem, rules, limit - 1) or (stem,)), tail)
    return ()


@lru_cache(maxsize=8)
def stem_zipf(language: str = "en") -> Mapping[str, float]:
    """How common each stem of ``language`` is: the Zipf value of its commonest listed word.

    English reads the shipped ``stems.txt`` (Porter stems); the other languages stem their
    ``background.txt`` with their own stemmer when first asked (0.14 s CPU for German's 39,000
    words), so the table always follows the stemmer the relation uses.
    """
    if language == "en":
        return _english_stem_zipf(language)
    table: dict[str, float] = {}
    for word, zipf in background_zipf(language).items():
        key = stem(word, language)
        if zipf > table.get(key, 0.0):
            table[key] = zipf
    return MappingProxyType(table)
