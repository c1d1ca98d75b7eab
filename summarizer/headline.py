"""A headline for a cluster whose articles have no titles: scored sentences -> one verbatim line.

The line is the best lead (the first sentence of an article, eligible as a point; if no lead
fits, the 50 most relevant sentences): its relevance times one plus the weight of the key terms
it names (``1 / (1 + rank)`` each; a person or place also by the last word of its name), so it
says what the event is. A line that names no key term (a feature's opening, "The only thing
certain now is uncertainty") or opens with a quotation (a speaker's words) is taken only when no
line of either group names one: on DUC 2004 dev such lines were three of 25 headlines. Whole
when it is short, else cut at the comma that ends its main statement ("Talks collapsed on
Thursday, a setback for both sides" -> "Talks collapsed on Thursday"). Nothing is generated: the
headline is a span of a source's text. Cutting is allowed only where a trailing clause opens
(``data/<lang>/clause_openers.txt``, or a word in -ing), never in a sentence that opens with a
subordinate phrase ("Despite the rain, ..."; ``leading_subordinators.txt``), nor at a comma that
closes one opened right after "that" ("The result is that after the vote, ..."), nor before a
phrase the statement goes on after ("The case of United States vs. Microsoft Corp., the
government's most aggressive move ..., is playing out ..."), so what is left is a statement.

A headline states the event: a line that holds a word of hypothesis (``hypotheticals.txt``: "A
ruling for the union would be significant ...", "..., if the court agrees") is taken only when no
line of either group states one. A title states it too, unless it explains, asks or argues
(``title_kind``: "What the new pill results mean for patients", "Analysis: ...", a question).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from .background import background_zipf
from .errors import ConfigError, ResourceError
from .lexicon import LANGUAGES, read_lines, speech_verb_pattern
from .types import Scored
from .wordforms import is_participle, number_words

__all__ = [
    "CLAUSE_CUT",
    "HEADLINE_MAX_WORDS",
    "HEADLINE_MIN_WORDS",
    "clause_openers",
    "in_capitals",
    "lead_headline",
    "opens_clause",
    "opens_subordinate",
    "title_kind",
]

# About a headline's length: a line a reader takes in at a glance, and a browser tab can show.
# In English; the other languages scale both limits by their ``headline_rules.txt`` (French and
# Spanish need about 1.3 words for each English one).
HEADLINE_MAX_WORDS = 20
# Shorter cuts lose the object of the statement ("Britain has defended", not what).
HEADLINE_MIN_WORDS = 8
# Where a sentence may be cut: a comma, a semicolon, or a dash between words (the wire's " _ ").
CLAUSE_CUT = re.compile(r",\s+|;\s+|\s+_\s+|\s+--\s+|\s+[—–]\s+")
_LANGUAGES = frozenset(LANGUAGES)
# When no lead makes a headline, the most central sentences of any position are tried, this many.
_MAX_OTHERS = 50
# A name's last word used less often than this (40 uses per million words) stands for the name:
# "Clinton" (4.57) and "Netanyahu" (3.33) do, "Party" (5.49) and "Council" (5.08) do not.
_SURNAME_ZIPF = 4.6
# "that" opening a clause whose first words are a subordinate one: a comma after them closes the
# subordinate clause, and the "that" clause's own statement comes after it. English only: the
# other languages' complementisers are not read here.
_THAT_SUBORDINATE = re.compile(
    r"\bthat\s+(?:after|before|when|while|if|because|although|though|since|until|unless|once|as)\b",
    re.IGNORECASE,
)
_QUOTES = frozenset("\"“‘'«„")
# A word as ``_hypothesis`` reads it, an elided form with its apostrophe ("qu'il", "s'il").
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Why a title names no event (``title_kind``), as its reason: a question, an explainer's or a
# comment's opening, a label before the title, a list.
REASON_QUESTION = "asks a question"
REASON_OPENS = "opens as an explainer"
REASON_LABEL = "is labelled as no report"
REASON_LIST = "is a list"
# A list's figure is among a title's first words ("5 things", "Las 5 claves"), at most this many.
_LIST_FIGURE_WORDS = 3


def lead_headline(scored: Scored, key_terms: Sequence[str] = (), language: str = "en") -> str:
    """The most central lead sentence, or its main statement, as a headline; ``""`` if none fits.

    Parameters
    ----------
    scored : Scored
        The score stage's output (relevance and eligibility of every sentence).
    key_terms : sequence of str
        The cluster's key terms, most telling first: a line that names them is preferred.
    language : str
        A code of ``summarizer.lexicon.LANGUAGES``.

    Returns
    -------
    str
        A verbatim span of a lead sentence, its final stop removed, at most
        ``HEADLINE_MAX_WORDS`` words (times the language's ``length_ratio``); ``""`` when no lead
        can be cut to a statement.

    Raises
    ------
    ConfigError
        No word lists for ``language``.
    """
    openers = _word_list(language, "clause_openers.txt")
    limits = _limits(language)
    subordinators = _word_list(language, "leading_subordinators.txt")
    eligible = scored.eligible
    usable = [i for i in range(len(scored.sentences)) if eligible is None or eligible[i]]
    usable.sort(key=lambda i: (-float(scored.relevance[i]), i))
    leads = [i for i in usable if scored.sentences[i].index == 0]
    weights = {term.lower(): 1.0 / (1 + rank) for rank, term in enumerate(key_terms)}
    surnames = _surnames(key_terms, language)
    hypothetical = _hypotheticals(language)
    fallback: str | None = None
    # The best line of the first group that has one, among lines of hypothesis ("would").
    guess: tuple[float, str] | None = None
    for group in (leads, usable[:_MAX_OTHERS]):
        best: tuple[float, str] | None = None
        group_guess: tuple[float, str] | None = None
        for i in group:
            text = scored.sentences[i].text
            first = text.split(None, 1)[0].strip("\"“‘`'(").lower() if text.strip() else ""
            if is_participle(first, language):
                continue  # "Rejecting the offer, ..." opens a phrase, not a statement
            line = _statement(text, openers, subordinators, language, limits)
            if not line:
                continue
            if fallback is None:
                fallback = line
            lowered = line.lower()
            named = _named(lowered, weights, surnames)
            if weights and (named <= 0.0 or line.lstrip()[:1] in _QUOTES or line.startswith("``")):
                continue  # says nothing of the event, or a speaker's words
            merit = float(scored.relevance[i]) * (1.0 + named)
            if _hypothesis(line, hypothetical):
                # States no event, only what may or would be: an assertion is preferred.
                if group_guess is None or merit > group_guess[0]:
                    group_guess = (merit, line)
            elif best is None or merit > best[0]:
                best = (merit, line)
        if best is not None:
            return best[1]
        guess = guess or group_guess
    if guess is not None:
        return guess[1]
    if fallback is not None:
        return fallback
    return ""


def title_kind(title: str, language: str = "en") -> str:
    """Why a title names no event but explains, asks or argues; ``""`` for a title that reports.

    Parameters
    ----------
    title : str
        An article's title.
    language : str
        A code of ``summarizer.lexicon.LANGUAGES``: its ``explainer_titles.txt`` is read.

    Returns
    -------
    str
        ``REASON_QUESTION`` (it ends in a question mark), ``REASON_OPENS`` (it opens with an
        explainer's word, "What the results mean"), ``REASON_LABEL`` ("Analysis: ..."),
        ``REASON_LIST`` ("5 things to know"), or ``""``.

    Examples
    --------
    >>> title_kind("What the new pill results mean for patients")
    'opens as an explainer'
    >>> title_kind("Council approves tram line")
    ''
    """
    opens, labels, counted = _title_rules(language)
    text = " ".join(title.split()).strip("¿¡\"“‘'«„ ").lower()
    if text.rstrip("\"”’'» ").endswith("?"):
        return REASON_QUESTION
    label = re.split(r"\s*[:|]\s", text, maxsplit=1)
    if len(label) == 2 and label[0] in labels:
        return REASON_LABEL
    first = title.split(None, 1)[0].strip("¿¡\"“‘'«„") if title.split() else ""
    # "WHO to hold malaria meeting": a first word in capitals in a title that is not is a name.
    acronym = first.isupper() and not in_capitals(title)
    if not acronym and any(text == words or text.startswith(words + " ") for words in opens):
        return REASON_OPENS
    words = re.findall(r"[^\W_]+", text)[: _LIST_FIGURE_WORDS + 1]
    figures = number_words(language)
    for before, word in pairwise(words):
        if word in counted and (before.isdigit() or before in figures):
            return REASON_LIST
    return ""


def in_capitals(text: str) -> bool:
    """Whether a text is written in capitals: letters, none of them lower case ("WHO ARE OUR
    CRIMINALS?", a wire's slug line)."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) > 1 and not any(ch.islower() for ch in letters)


@lru_cache(maxsize=8)
def _title_rules(language: str) -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """The ``opens``, ``label`` and ``counted`` entries of ``explainer_titles.txt``."""
    entries: dict[str, list[str]] = {"opens": [], "label": [], "counted": []}
    for line in _word_list(language, "explainer_titles.txt"):
        key, _, value = line.partition(":")
        if key.strip() in entries and value.strip():
            entries[key.strip()].append(" ".join(value.split()))
    return (
        tuple(sorted(entries["opens"])),
        frozenset(entries["label"]),
        frozenset(entries["counted"]),
    )


def _hypothesis(line: str, rules: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether a line's main statement is a hypothesis: a word of hypothesis (``rules[0]``, as
    written) comes before any word that opens a clause of its own (``rules[1]``, any case: "a
    bill that would ...", "no better than last year and could be worse" state what is) and
    before the first cut (``CLAUSE_CUT``: "..., if the court agrees" qualifies a statement)."""
    words, not_after = rules
    cut = CLAUSE_CUT.search(line)
    for match in _WORD.finditer(line if cut is None else line[: cut.start()]):
        word = match.group().replace("’", "'")
        lowered = word.lower()
        if lowered in not_after or lowered.split("'", 1)[0] + "'" in not_after:
            return False
        if word in words:
            return True
    return False


@lru_cache(maxsize=8)
def _hypotheticals(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of hypothesis of ``hypotheticals.txt`` as written, and its ``not after`` words
    in lower case."""
    _word_list(language, "clause_openers.txt")  # refuses a language that is not shipped
    words: set[str] = set()
    not_after: set[str] = set()
    for line in read_lines(language, "hypotheticals.txt"):
        key, colon, value = line.partition(":")
        if colon and key.strip() == "not after":
            not_after.add(value.strip().lower())
        else:
            words.add(line.strip())
    return frozenset(words), frozenset(not_after)


def _named(lowered: str, weights: dict[str, float], surnames: dict[str, str]) -> float:
    """The weight of the key terms a lower-case line names: a term whole, or a name by its last
    word (``surnames``: "d'amato" for "Alfonse D'Amato")."""
    words = set(re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", lowered))
    return sum(
        weight
        for term, weight in weights.items()
        if term in lowered or surnames.get(term, "\0") in words
    )


def _surnames(key_terms: Sequence[str], language: str) -> dict[str, str]:
    """For each key term that is a name of several words, all capitalised, whose last word is
    rare in the language (a surname, "Lindqvist"; not "Party" of "Republican Party"): the lower
    case term -> its last word in lower case."""
    known = background_zipf(language)
    names = {}
    for term in key_terms:
        parts = term.split()
        if len(parts) > 1 and all(part[:1].isupper() for part in parts):
            last = parts[-1].lower()
            if known.get(last, 0.0) < _SURNAME_ZIPF:
                names[term.lower()] = last
    return names


def _statement(
    text: str,
    openers: frozenset[str],
    subordinators: frozenset[str],
    language: str = "en",
    limits: tuple[int, int] = (HEADLINE_MAX_WORDS, HEADLINE_MIN_WORDS),
) -> str:
    """The sentence, or its span up to the comma that ends its main statement; ``""`` if neither.

    ``limits``: the most and the fewest words of a headline in the language (``_limits``). In
    English a clause in -ing ("..., leaving ten hurt") may be cut too.
    """
    max_words, min_words = limits
    words = text.split()
    if not words or _opens_subordinate(words[0], subordinators):
        return ""
    if len(words) <= max_words:
        return _balanced(text.rstrip(" ."))
    for cut in CLAUSE_CUT.finditer(text):
        head = text[: cut.start()]
        n_words = len(head.split())
        if n_words > max_words:
            break
        if "," in head:
            return ""  # an earlier comma opened a phrase ("Ecevit, who ...") the cut would split
        if _THAT_SUBORDINATE.search(head):
            return ""  # "The result is that after the vote, ...": the comma ends "after the vote"
        if n_words >= min_words and opens_clause(text[cut.end() :], openers, language):
            closing = CLAUSE_CUT.search(text, cut.end())
            if closing is not None and _inside_statement(text[closing.end() :], openers, language):
                # The phrase the cut opens is set inside the main statement, which goes on after
                # it: what comes before is its subject ("The case of United States vs. Microsoft
                # Corp., the government's most aggressive move ..., is playing out ...").
                return ""
            return _balanced(head)
    return ""


def _inside_statement(after: str, openers: frozenset[str], language: str) -> bool:
    """Whether the text after a phrase set off by commas goes on with the statement the phrase
    interrupts: it opens no trailing clause (``opens_clause``) and is no attribution ("...,
    executives involved in the talks said Sunday": a verb of saying before the next cut)."""
    if opens_clause(after, openers, language):
        return False
    until = CLAUSE_CUT.search(after)
    return not _speech(language).search(after if until is None else after[: until.start()])


@lru_cache(maxsize=8)
def _speech(language: str) -> re.Pattern[str]:
    """The language's verbs of saying (``lexicon.speech_verb_pattern``), built once."""
    return speech_verb_pattern(language)


def opens_clause(after: str, openers: frozenset[str], language: str) -> bool:
    """Whether the text after a cut (``CLAUSE_CUT``) opens a trailing clause: its first word is
    one of ``openers`` (``clause_openers``) or, in English, a word in -ing ("leaving ...")."""
    following = after.split(None, 1)
    opener = following[0].lower() if following else ""
    return opener[:1].islower() and (
        opener in openers or (language == "en" and opener.endswith("ing"))
    )


def clause_openers(language: str) -> frozenset[str]:
    """The words that open a trailing clause after a comma (``clause_openers.txt``)."""
    return _word_list(language, "clause_openers.txt")


def opens_subordinate(word: str, language: str) -> bool:
    """Whether a sentence's first word opens a subordinate clause or phrase ("After", "Despite";
    ``leading_subordinators.txt``)."""
    return _opens_subordinate(word, _word_list(language, "leading_subordinators.txt"))


def _opens_subordinate(word: str, subordinators: frozenset[str]) -> bool:
    """Whether a first word opens a subordinate clause or an adverbial phrase, not a statement."""
    return word.strip("\"“‘`'(").lower() in subordinators


def _balanced(line: str) -> str:
    """The line if its quotation marks pair up, else ``""`` (a cut inside a quotation)."""
    if line.count('"') % 2 or line.count("“") != line.count("”"):
        return ""
    return "" if line.count("``") != line.count("''") else line


@lru_cache(maxsize=8)
def _limits(language: str) -> tuple[int, int]:
    """The most and fewest words of a headline in ``language``: English's times its
    ``length_ratio`` (``data/<language>/headline_rules.txt``; French 1.3: 26 and 10 words)."""
    _word_list(language, "clause_openers.txt")  # refuses a language that is not shipped
    for line in read_lines(language, "headline_rules.txt"):
        key, _, value = line.partition(":")
        if key.strip() == "length_ratio":
            try:
                ratio = float(value)
            except ValueError:
                break
            return round(HEADLINE_MAX_WORDS * ratio), round(HEADLINE_MIN_WORDS * ratio)
    raise ResourceError(
        f"{language}/headline_rules.txt has no line 'length_ratio: <number>'; add one"
    )


@lru_cache(maxsize=8)
def _word_list(language: str, name: str) -> frozenset[str]:
    """The lower-case entries of ``data/<language>/<name>``."""
    if language not in _LANGUAGES:
        raise ConfigError(
            f"no headline word lists for language {language!r}; use one of {sorted(_LANGUAGES)}"
        )
    return frozenset(line.lower() for line in read_lines(language, name))
