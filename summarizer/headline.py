"""A headline for a cluster whose articles have no titles: scored sentences -> one verbatim line.

The line is the best lead (the first sentence of an article, eligible as a point; if no lead
fits, the 50 most relevant sentences): its relevance times one plus the weight of the key terms
it names (``1 / (1 + rank)`` each; a person or place also by the last word of its name), so it
says what the event is. A line that names no key term (a feature's opening, "The only thing
certain now is uncertainty") or opens with a quotation (a speaker's words) is taken only when no
line of either group names one: on DUC 2004 dev such lines were three of 25 headlines. Whole
when it is short, else cut at the comma that ends its main statement ("Talks collapsed on
Thursday, a setback for both sides" -> "Talks collapsed on Thursday"; also before a span of time,
"..., two days after an election ..."). When no line names a key term and no lead can be cut, the
lead stands whole up to ``HEADLINE_LEAD_MAX_WORDS``, before a later line or the key terms (a
follow-up read alone, with one key term). Nothing is generated: the
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

A headline reads alone. A line from past its article's lead that names a thing by a definite
article and a word the article used before ("The contracts prohibit ...", "the group's donors";
``definite_articles`` of ``headline_rules.txt``) is taken only as a line of hypothesis is. A line
with a label's or a list's colon ("Brief biography of ...: ___ 1928: Born ...") is none, and a
cut never leaves a quotation without its speaker ("... serves as ``the bullet of mercy'' for the
peace process, a Syrian newspaper said": no cut). When no lead makes a headline, a later line
that other articles' leads state (the same-statement relation) stands for them: its merit is
multiplied by one plus their number ("The NBA has already canceled the first two weeks of the
regular season", stated by two uncut leads, over a line of background that names more key terms).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from .background import background_zipf
from .errors import ConfigError, ResourceError
from .lexicon import LANGUAGES, get_lexicon, read_lines, speech_verb_pattern
from .same import FACT_SAME_THRESHOLD, StatementIndex
from .timewords import opens_with_interval
from .types import Scored, Sentence
from .wordforms import number_words, opens_with_participle

__all__ = [
    "CLAUSE_CUT",
    "HEADLINE_LEAD_MAX_WORDS",
    "HEADLINE_MAX_WORDS",
    "HEADLINE_MIN_WORDS",
    "clause_openers",
    "holds_quote",
    "in_capitals",
    "lead_headline",
    "lead_line",
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
# A lead no cut can shorten to a headline stands whole up to this many words (times the
# language's ``length_ratio``), when no line makes a headline: a wire's lead runs to about 35
# words, and a long line that says what happened reads better than a later line of the story, or
# than the key terms alone ("Council", the only key term of a follow-up read with ``since``).
HEADLINE_LEAD_MAX_WORDS = 35
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
# A colon that ends a label or opens a list or a quotation (not a time's, "1:24"): what stands
# before it is no statement of its own, and what follows it is an item.
_LABEL_COLON = re.compile(r":\s")
# A word as ``_hypothesis`` reads it, an elided form with its apostrophe ("qu'il", "s'il").
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Why a title names no event (``title_kind``), as its reason: a question, an explainer's or a
# comment's opening, a label before the title, a list, a wire's slug line.
REASON_QUESTION = "asks a question"
REASON_OPENS = "opens as an explainer"
REASON_LABEL = "is labelled as no report"
REASON_LIST = "is a list"
REASON_SLUG = "is a wire's slug line"
# A wire's slug line given as a title: a budget code before its words ("BC-NJ--Evolution &
# Schools,730", "AM-Quake-Turkey"), or a word count written onto its last word after a double
# dash ("...--Evolution & Schools,730"); the wires' format, not a language's.
_SLUG_START = re.compile(r"^(?:BC|AM|PM)-[^\W_]")
# ... or a "--" on the line that ends in a word, a comma and the story's length in words. (One
# pattern "--.*<end>$" tried every "--" of a title and ran to its end from each: quadratic, 15 s
# for a title of 40,000 dashes.)
_SLUG_END = re.compile(r"[^\W\d_],\d{2,5}$")
# A list's figure is among a title's first words ("5 things", "Las 5 claves"), at most this many.
_LIST_FIGURE_WORDS = 3


def lead_headline(scored: Scored, key_terms: Sequence[str] = (), language: str = "en") -> str:
    """The most central lead sentence, or its main statement, as a headline; ``""`` if none fits
    (:func:`lead_line` without the sentence it is a span of)."""
    return lead_line(scored, key_terms, language)[0]


def lead_line(
    scored: Scored, key_terms: Sequence[str] = (), language: str = "en"
) -> tuple[str, Sentence | None]:
    """The most central lead sentence, or its main statement, as a headline, and that sentence:
    the headline says its source's date when it leans on a relative day ("... said Sunday").

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
    tuple of (str, Sentence or None)
        A verbatim span of a lead sentence, its final stop removed, at most
        ``HEADLINE_MAX_WORDS`` words (times the language's ``length_ratio``), and the sentence;
        ``("", None)`` when no lead can be cut to a statement.

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
    fallback: tuple[str, int] | None = None
    # The best line of the first group that has one, among lines that state no event of their
    # own: a hypothesis ("would"), or a line that points back to its article ("The contracts").
    guess: tuple[float, str, int] | None = None
    for group in (leads, usable[:_MAX_OTHERS]):
        lines: list[tuple[int, str, float]] = []
        for i in group:
            text = scored.sentences[i].text
            if opens_with_participle(text, language):
                continue  # "Rejecting the offer, ..." opens a phrase, not a statement
            line = _statement(text, openers, subordinators, language, limits)
            if not line:
                continue
            if fallback is None:
                fallback = (line, i)
            lowered = line.lower()
            named = _named(lowered, weights, surnames)
            if weights and (named <= 0.0 or line.lstrip()[:1] in _QUOTES or line.startswith("``")):
                continue  # says nothing of the event, or a speaker's words
            lines.append((i, line, float(scored.relevance[i]) * (1.0 + named)))
        if group is not leads and lines:
            # No lead makes a headline: a line that restates what other articles' leads report
            # stands for them, as many times more as they are ("The NBA has already canceled
            # the first two weeks ...", stated by two leads, over "The main sticking point ...").
            told = _told_by_leads(scored, [(i, line) for i, line, _ in lines], limits[1])
            lines = [(i, line, merit * (1 + n)) for (i, line, merit), n in zip(lines, told)]
        best: tuple[float, str, int] | None = None
        group_guess: tuple[float, str, int] | None = None
        for i, line, merit in lines:
            if _hypothesis(line, hypothetical) or _points_back(scored, i, line):
                # States no event, only what may or would be, or of something the line does not
                # name: an assertion that reads alone is preferred.
                if group_guess is None or merit > group_guess[0]:
                    group_guess = (merit, line, i)
            elif best is None or merit > best[0]:
                best = (merit, line, i)
        if best is not None:
            return best[1], scored.sentences[best[2]]
        guess = guess or group_guess
    if guess is not None:
        return guess[1], scored.sentences[guess[2]]
    if fallback is not None and scored.sentences[fallback[1]].index == 0:
        return fallback[0], scored.sentences[fallback[1]]
    # No line names a key term, and no lead can be cut to a statement: the lead that says most of
    # the event, whole, over a later line ("The company's chief executive ... apologised", picked
    # for being short) or the key terms.
    whole = _whole_lead(scored, leads, weights, surnames, subordinators, language, limits)
    if whole is not None:
        return whole
    if fallback is not None:
        return fallback[0], scored.sentences[fallback[1]]
    return "", None


def _whole_lead(
    scored: Scored,
    leads: Sequence[int],
    weights: dict[str, float],
    surnames: dict[str, str],
    subordinators: frozenset[str],
    language: str,
    limits: tuple[int, int],
) -> tuple[str, Sentence] | None:
    """The lead (of ``leads``, most relevant first) that names most key terms, whole and without
    its final stop, if it is at most ``HEADLINE_LEAD_MAX_WORDS`` words (times the language's
    ``length_ratio``) and reads as a statement as ``_statement`` asks (no opening subordinate
    phrase or participle, no label's colon, no speaker's words); ``None`` if no lead does."""
    most = round(HEADLINE_LEAD_MAX_WORDS * limits[0] / HEADLINE_MAX_WORDS)
    best: tuple[float, str, int] | None = None
    for i in leads:
        text = scored.sentences[i].text
        words = text.split(None, most)  # enough to tell a longer one: not all of a huge one
        if not words or len(words) > most or _opens_subordinate(words[0], subordinators):
            continue
        if opens_with_participle(text, language) or _LABEL_COLON.search(text):
            continue
        line = _balanced(text.rstrip(" ."))
        if not line or line.lstrip()[:1] in _QUOTES or line.startswith("``"):
            continue
        named = _named(line.lower(), weights, surnames)
        if best is None or named > best[0]:
            best = (named, line, i)
    return None if best is None else (best[1], scored.sentences[best[2]])


def _told_by_leads(scored: Scored, lines: Sequence[tuple[int, str]], min_words: int) -> list[int]:
    """For each (sentence, line) of ``lines``: how many other articles' leads state the line's
    fact (the same-statement relation, ``same.StatementIndex``, from ``FACT_SAME_THRESHOLD``).
    A line of fewer than ``min_words`` words counts none: it says too little to restate a lead
    ("The House debate was not history" reads as the same fact as many)."""
    leads = [s for s in scored.sentences if s.index == 0]
    if not leads or not lines:
        return [0] * len(lines)
    index = StatementIndex(
        [line for _, line in lines] + [lead.text for lead in leads], language=scored.language
    )
    told = []
    for k, (i, line) in enumerate(lines):
        if len(line.split()) < min_words:
            told.append(0)
            continue
        # All sentences are analysed once, at the first call; the leads' entries are read.
        probability = index.probability(k)[len(lines) :]
        own = scored.sentences[i].doc_id
        tellers = {
            lead.doc_id
            for lead, p in zip(leads, probability)
            if p >= FACT_SAME_THRESHOLD and lead.doc_id != own
        }
        told.append(len(tellers))
    return told


def _points_back(scored: Scored, i: int, line: str) -> bool:
    """Whether a line, read alone, names something by a word its article used before it: it
    opens with a definite article (``headline_rules.txt``: ``definite_articles``) and a
    lower-case word, or holds one before a possessive, whose word an earlier sentence of the
    article holds ("The contracts prohibit ..." after "... two contracts with the makers ...";
    "the group's donors" after "lobbying the group"). A lead has no earlier sentence: what it
    names with "the" it names for the first time."""
    sentence = scored.sentences[i]
    patterns = _definite_patterns(scored.language)
    if sentence.index == 0 or patterns is None:
        return False
    opening, possessive = patterns
    named = opening.findall(line) + possessive.findall(line)
    words = {word for word in named if word[:1].islower()}
    if not words:
        return False
    earlier = " ".join(
        s.text for s in scored.sentences if s.doc_id == sentence.doc_id and s.index < sentence.index
    )
    return bool(words & set(re.findall(r"[^\W\d_]+", earlier.lower())))


@lru_cache(maxsize=8)
def _definite_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """What ``_points_back`` reads of a line, from the ``definite_articles`` of
    ``headline_rules.txt``: the word after an opening article ("The contracts ..."), and the word
    of a possessive after one ("the group's", "the owners'"); ``None`` for ``none``."""
    _word_list(language, "clause_openers.txt")  # refuses a language that is not shipped
    for line in read_lines(language, "headline_rules.txt"):
        key, _, value = line.partition(":")
        if key.strip() == "definite_articles":
            articles = value.split()
            if articles == ["none"]:
                return None
            either = "|".join(re.escape(article) for article in articles)
            return (
                re.compile(rf"^\W*(?:{either})\s+([^\W\d_]+)", re.IGNORECASE),
                re.compile(rf"\b(?:{either})\s+([^\W\d_]+)['’](?:s\b|(?!\w))", re.IGNORECASE),
            )
    raise ResourceError(
        f"{language}/headline_rules.txt has no line 'definite_articles: <words>' or "
        "'definite_articles: none'; add one"
    )


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
        ``REASON_LIST`` ("5 things to know"), ``REASON_SLUG`` (a wire's slug line, "BC-NJ--Evolution
        & Schools,730"), or ``""``.

    Examples
    --------
    >>> title_kind("What the new pill results mean for patients")
    'opens as an explainer'
    >>> title_kind("Council approves tram line")
    ''
    >>> title_kind("BC-Tram-Lynfield,540")
    "is a wire's slug line"
    """
    if _is_slug_line(title.strip()):
        return REASON_SLUG
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


def _is_slug_line(title: str) -> bool:
    """Whether a (stripped) title is a wire's slug line: "BC-..." or "...--...Word,730"."""
    if _SLUG_START.search(title):
        return True
    end = _SLUG_END.search(title)
    return end is not None and "--" in title[: end.start()].rpartition("\n")[2]


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
    # Enough words to tell a longer sentence, not all of a huge one; the rest in one piece.
    words = text.split(None, max_words + 1)
    if not words or _opens_subordinate(words[0], subordinators):
        return ""
    if _LABEL_COLON.search(text):
        return ""  # a label's or a list's colon ("Brief biography of ...: ___ 1928: Born ...")
    if len(words) <= max_words:
        return _balanced(text.rstrip(" ."))
    # A cut after the first max_words words ends the search below, and one that starts before
    # them ends by the word after them: the cuts are looked for up to that word only.
    until = len(text) - len(words[-1]) if len(words) > max_words + 1 else len(text)
    for cut in CLAUSE_CUT.finditer(text, 0, until):
        head = text[: cut.start()]
        n_words = len(head.split(None, max_words))
        if n_words > max_words:
            break
        if "," in head:
            return ""  # an earlier comma opened a phrase ("Ecevit, who ...") the cut would split
        if _THAT_SUBORDINATE.search(head):
            return ""  # "The result is that after the vote, ...": the comma ends "after the vote"
        after = text[cut.end() :]
        # A span of time opens a clause of circumstance too ("..., two days after an election
        # that left no party with a majority"), whatever its first word.
        if n_words >= min_words and (
            opens_clause(after, openers, language) or opens_with_interval(after, language)
        ):
            closing = CLAUSE_CUT.search(text, cut.end())
            if closing is not None and _inside_statement(text[closing.end() :], openers, language):
                # The phrase the cut opens is set inside the main statement, which goes on after
                # it: what comes before is its subject ("The case of United States vs. Microsoft
                # Corp., the government's most aggressive move ..., is playing out ...").
                return ""
            clause = text[cut.end() : len(text) if closing is None else closing.start()]
            if holds_quote(head, language) and _speech(language).search(clause):
                # The cut would leave a quotation without its speaker, an opinion shown as the
                # news ("... serves as ``the bullet of mercy'' for the peace process, a Syrian
                # newspaper said"): the attribution stays, or the line is no headline.
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


def holds_quote(text: str, language: str) -> bool:
    """Whether a text holds a quotation mark of the language (``quotes.txt``'s opening marks and
    the closing mark of a pair: "``", "“", "”", "«", a straight double quote, "‘"); never the
    apostrophe "'" alone, which is also that of "Korea's"."""
    marks = _quote_marks(language)
    return any(mark in text for mark in marks)


@lru_cache(maxsize=8)
def _quote_marks(language: str) -> tuple[str, ...]:
    """The marks ``_quotes`` looks for: the language's opening and closing quotation marks but
    the apostrophes ("'", "’"), and the wire's pair "``" and "''"."""
    lexicon = get_lexicon(language)
    marks = set(lexicon.opening_quotes + lexicon.closing_quotes) - {"'", "’", "`"}
    return (*sorted(marks), "``", "''")


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
