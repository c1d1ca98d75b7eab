"""Sentence splitting: ``Document`` -> ``Sentence`` spans with exact offsets into ``Document.text``.

The splitter never rewrites text: it only finds boundaries, so every sentence is
``text[start:end]`` with surrounding whitespace trimmed, and a list item's leading bullet, hyphen,
underscore or asterisk left before it (the wire's "_ The mayor resigned.", "--Fares rise.": the
mark is the list's, the sentence starts at its first word); a separator line such as "-----" is
no sentence and is left out. Every decision names the rule that made it (the ``REASON_*``
constants): ``explain(text, language=)`` lists each candidate boundary, its decision and its rule,
as Punkt's ``debug_decisions`` does.

How a boundary is found, cheapest first:

1. Hard boundaries: blank lines (paragraphs), spans that cleaning removed, and single newlines
   after a heading or list item (a line without final punctuation that looks like one), around a
   separator line, and between the lines of a list of bare words.
2. Forced boundaries inside a line: before bullets and before the next marker of a numbered or
   lettered list ("1.) a 2.) b", "a. x b. y").
3. Candidates: every run of ``. ! ? …`` (with closing quotes and brackets) followed by whitespace,
   and a period glued between two words ("end.Next"). Each is decided by rules about the word before
   and the word after: abbreviations and titles, initials, numbers, multi-period abbreviations
   (``U.S.``), times (``5 p.m.``), URLs and e-mail addresses, ellipses, list markers, quotes
   followed by a lower-case word or by "Name said", a state after a place ("Hartford, Conn.");
   in German an ordinal ("am 3. Oktober"), in
   French and Italian an elided word ("l'Avv."), and a quoted verse's " / " (after the period or
   later inside the open quotation).

The word lists and quotation marks are the language's (``summarizer.lexicon``: English, German,
French, Spanish, Italian, each a folder of data files); ``language=None`` takes the language that
``summarizer.langdetect`` reads in each text, English when in doubt.
4. The remaining doubt, an abbreviation followed by a capitalised word that is not a usual sentence
   opener ("U.S. Navy"), is no boundary by default. With ``split_documents(..., learn=True)``,
   NLTK's Punkt (``PunktTrainer`` then ``PunktSentenceTokenizer`` from its ``PunktParameters``,
   never downloaded) is first trained unsupervised on the cluster itself and decides these cases
   from the cluster's own capitalisation habits; its learned abbreviations join the shipped ones.
   Measured on DUC 2006 news this was about 30 times slower and no better, so it is off by
   default, and the default path does not even import NLTK (a two-second import).

Running Punkt over every paragraph costs about 20 times a regular-expression split and passes 25 of
our reference cases where these rules pass all; the rules cost about 4 times a regex split, linear
in the input.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from .errors import ConfigError, InputError
from .langdetect import detect_language
from .lexicon import check_language, get_lexicon, read_lines
from .text import paragraph_breaks, paragraph_spans, visible_spans, visible_text
from .types import Document, Removal, Sentence

if TYPE_CHECKING:  # pragma: no cover - typing only
    from nltk.tokenize.punkt import PunktSentenceTokenizer

__all__ = ["BoundaryDecision", "explain", "sentence_spans", "split_documents", "split_sentences"]

# Sentence-final punctuation: a run of . ! ? … ‽ (spaced ellipses ". . ." included), then closing
# quotes and brackets, then whitespace or the end of the region.
# The same pass also finds a period or ?/! glued to a capitalised word ("the end.Next day"): then
# the group ``close`` does not take part in the match.
# The whitespace after a candidate is part of the match, so ``match.end()`` is where the next
# sentence would start. The look-behinds (placed after the first character, which keeps the
# scan fast) stop a failed run ("......x") from being retried at each of its dots: quadratic.
# The language's closing quotes (``Lexicon.closing_quotes``) and closing brackets make the group
# ``close``; a language that writes a space before its closing quote (French "fin. »") may have
# that space there too.
_CANDIDATE_HEAD = r"[.!?…‽](?<![.!?…‽][.!?…‽])(?<!\. \.)(?:[.!?…‽]|(?<=\.) (?=\.))*"
_CANDIDATE_TAIL = r")(?:\s+|\Z)|(?=[A-Z][a-z]))"
_CLOSING_BRACKETS = ")]}"
# Quotation marks that close a sentence even as a token of their own after a space: the outer
# quote of a nested quotation in wire copy ("... like you are.' ''"). None of them opens a quote.
_LONE_CLOSERS = "'’”"
# Spaces a French closing quote may follow: space, no-break space, narrow no-break space.
_QUOTE_SPACE = " \u00a0\u202f"


def _candidate_pattern(closers: str, spaced: str) -> re.Pattern[str]:
    """The candidate pattern above for one language's closing quotes."""
    close = "[" + re.escape(closers + _CLOSING_BRACKETS) + "]*"
    if spaced:
        close = "(?:[" + _QUOTE_SPACE + "]*[" + re.escape(spaced) + "])?" + close
    close += "(?: [" + _LONE_CLOSERS + r"]+(?=\s|\Z))?"
    return re.compile(_CANDIDATE_HEAD + r"(?:(?P<close>" + close + _CANDIDATE_TAIL)


# Full-width sentence stops (Chinese, Japanese) and their closing quotes and brackets: always a
# boundary, with no space after them in running text.
_FULLWIDTH_STOP = re.compile(r"[。！？]+[」』）〉》”’]*")

# Characters that may open a token before its first letter: the language's opening quotes
# (``Lexicon.opening_quotes``), then brackets and inverted marks, bullets.
_OPENING_MARKS = "([{¿¡"
_BULLETS = "•⁃▪◦‣●■□◆◇➢➤→·"
_LEADING_DASHES = "*-–—"

# A list item's marker before a sentence's first word: a hyphen, underscore, asterisk or bullet
# followed by a space ("_ Vogue", "- The", "• Prices"), or two dashes even without one ("--Stock");
# never a minus sign ("-5 degrees") or a separator line.
_LEAD_MARKER = re.compile(r"(?:--(?!-)|[-_*" + _BULLETS + r"](?=\s))\s*")
_WORD_CHAR = re.compile(r"[^\W_]")
# The characters a list's mark ends with (``_LEAD_MARKER``).
_MARK_CHARS = frozenset("-_*" + _BULLETS)

# A separator line: three or more rule characters, maybe spaced ("-----", "______", "* * *").
_RULE_CHARS = "-_=*~"
_SEPARATOR = re.compile(r"[-_=*~](?:\s?[-_=*~]){2,}")

# Punctuation that never opens a sentence: a token starting with one goes on the sentence before
# it (German typewriter quotes ",,Das ..." after a quoted question stay with it).
_NO_OPENING = frozenset(",;:")

# Longest token scanned backwards or forwards from a candidate. Tokens are words; capping the scan
# keeps the splitter linear even on a megabyte of text without spaces.
_MAX_TOKEN = 64

# A number as written in news: "$100.00", "1,200", "3.5", "1026.253.553", "9/11", "20%".
_NUMBER = re.compile(r"[$€£¥#]?\d[\d.,:/%-]*")
# A multi-period abbreviation without its last period: "U.S", "a.m", "Ph.D", "U.S.A".
_MULTI_PERIOD = re.compile(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}")
# Web and mail addresses keep their inner periods; only a final period can end a sentence.
_ADDRESS = re.compile(r"@|://|^www\.|\.(?:com|org|net|edu|gov|html?|php)\b", re.IGNORECASE)

# A list marker at the start of a line or sentence: bullet, "1.", "1)", "1.)", "a.", "a)".
_LINE_MARKER = re.compile(
    r"(?:[" + _BULLETS + r"*–-]|\d{1,3}\.?\)|\d{1,3}\.|[a-z][.)]|[A-Z]\))(?=\s)"
)

# The first marker of a numbered or lettered list: "1.)", "1)", "1.", "a.", "a)".
_LIST_HEAD = re.compile(r"(\d{1,3}|[a-z])(\.\)|\)|\.)(?=\s)")
# A later marker of a list, by the suffix of its first marker; the number is checked in code.
_LIST_NEXT = {
    suffix: re.compile(
        r"(?<=\s)[" + _BULLETS + r"]?\s?(\d{1,3}|[a-z])" + re.escape(suffix) + r"(?=\s)"
    )
    for suffix in (".)", ")", ".")
}
# Whether a text may hold a list at all (a bullet anywhere, or a marker opening the text or a line).
# (Two patterns: a literal "\n" prefix keeps the common search fast; bullets are never ASCII.)
_LINE_LIST = re.compile(r"\n[^\S\n]*(?:\d{1,3}|[a-z])(?:\.\)|\)|\.)\s")
_BULLET_CHAR = re.compile(r"[•⁃▪◦‣●■□◆◇➢➤]")
# Bullets that always start an item, even in the middle of a line ("• one • two").
_INLINE_BULLET = re.compile(r"(?<=\s)[•⁃▪◦‣●■□◆◇➢➤]")

# Lines of one bare word each that make a paragraph a list of words (see ``_line_regions``).
_MIN_LONE_WORD_LINES = 2

# A line shorter than this share of the paragraph's longest line, and not ending in punctuation,
# reads as a heading when the next line starts with a capital: hard-wrapped lines fill the width.
_HEADING_SHARE = 0.75

# Words before "5 p.m." at which the time is an opening phrase ("At 5 a.m. Mr. Smith left") rather
# than the end of a sentence ("He left at 6 p.m. Mr. Smith ...").
_MIN_WORDS_BEFORE_TIME = 3

# An ordinal written with a period ("3. Oktober") has at most this many digits; a year ends a sentence.
_MAX_ORDINAL_DIGITS = 3
# How the second ordinal of a range opens: "im 1. -3. Jahrhundert".
_ORDINAL_RANGE = frozenset(f"-{digit}" for digit in "123456789")

# How far after a period inside an open quotation a verse's " / " is looked for.
_VERSE_WINDOW = 200

# A capitalised word this short followed by a number is read as an abbreviation ("Prop. 209").
_MAX_SHORT_ABBREV = 4

# Learned abbreviations longer than this are dropped: Punkt trained on one small cluster sometimes
# takes a long word that often ends sentences for an abbreviation.
_MAX_LEARNED_ABBREV = 5


# Why a candidate boundary was decided as it was (``BoundaryDecision.rule``, ``explain``): one
# constant per rule, naming the word list (``summarizer/data/<lang>/``) that decided when one did,
# in the manner of Punkt's ``REASON_*`` and ``debug_decisions``.
REASON_REGION_END = "end of a paragraph, a line region or the text"
REASON_LIST_ITEM = "a bullet or the next marker of a numbered or lettered list"
REASON_FULLWIDTH = "full-width stop (。！？)"
REASON_LOWER_NEXT = "next word is lower case: the sentence goes on"
REASON_WORD_CAPITAL = "ordinary word (in no abbreviations list) before a capital"
REASON_WORD = "ordinary word before a capital, digit or opening mark"
REASON_ASIDE = "stop after an ordinary word, then a bracketed aside"
REASON_QUESTION = "? or ! before a capital"
REASON_QUOTE_SPEECH = "quoted ? or ! before a name and a verb of saying (speech_verbs.txt)"
REASON_VERSE = "' / ' after the stop: a quoted verse's line break"
REASON_PUNCTUATION_NEXT = "stop after an ordinary word before a dash or other punctuation"
REASON_PUNCTUATION_NEXT_ABBREV = "abbreviation or letter before a dash or other punctuation"
REASON_NO_WORD = "stop after nothing but punctuation"
REASON_ADDRESS = "inside a web or e-mail address or a file name"
REASON_ADDRESS_END = "final stop after a web or e-mail address"
REASON_GLUED = "stop glued between a lower-case word and a capital ('end.Next')"
REASON_GLUED_NOT_WORD = "glued stop after no lower-case word ('U.S.Army')"
REASON_LIST_MARKER = "number opening the sentence: a list marker ('2. The')"
REASON_ORDINAL = "ordinal number before a capital (rules.txt ordinal_period: '3. Oktober')"
REASON_NUMBER = "number before a capital"
REASON_LETTER_MARKER = "single letter opening the sentence: a list letter or an initial"
REASON_LETTER = "single lower-case letter before a word that is no sentence starter"
REASON_LETTER_STARTER = "single letter before a sentence starter (sentence_starters.txt)"
REASON_LETTER_QUOTE = "single capital letter before a closing quote"
REASON_INITIAL = "initial of a name ('Jonas E. Smith')"
REASON_PRONOUN_I = "the pronoun 'I' after a lower-case word"
REASON_EG = "'e.g.' or 'i.e.'"
REASON_ABBREV_NUMBER = "abbreviation or letter before a number ('No. 5', 'p. 55')"
REASON_TIME_FOLLOWER = "time before a word that goes on after it (time_words.txt, 'Moscow time')"
REASON_TIME_ZONE = "time before a bracketed time zone ('2 p.m. (EST)')"
REASON_TIME_STARTER = "time before a sentence starter (sentence_starters.txt)"
REASON_TIME_MODIFIER = (
    "time after an article or determiner (time_determiners.txt): it modifies the noun after it"
)
REASON_TIME_END = "time after more than three words of its sentence: it ends the sentence"
REASON_TIME_OPENS = "time within the first three words: it opens the sentence"
REASON_TITLE = "title before a name (abbreviations_titles.txt)"
REASON_TITLE_AS_NAME = "title-like word ending a name that stands elsewhere without a period"
REASON_ETC = "'etc.' before a capital"
REASON_CAPITALS_END = "abbreviation in capitals ending an all-capital stretch"
REASON_QUOTE_OPENS = "abbreviation before an opening quotation mark"
REASON_COMPANY_END = "company suffix (company_suffixes.txt) before a word that opens a sentence elsewhere in the text"
REASON_PLACE_END = (
    "region after '<Place>,' (place_abbreviations.txt) before a capitalised word: a place ends"
)
REASON_ABBREV_NEXT_ABBREV = "abbreviation before another abbreviation ('Inc. No. 1')"
REASON_COMMA_NEXT = "next token opens with a comma, semicolon or colon: the sentence goes on"
REASON_ROMAN = "abbreviation before the roman numeral 'I'"
REASON_ABBREV_STARTER = "abbreviation before a sentence starter (sentence_starters.txt)"
REASON_ABBREV = "abbreviation (abbreviations.txt) before a word that is no sentence starter"
REASON_PUNKT = "abbreviation; Punkt trained on the cluster decided the next word"
REASON_SHORT_BEFORE_NUMBER = "short capitalised word before a number ('Prop. 209')"
REASON_ELLIPSIS_GOES_ON = "ellipsis before a word that is not capitalised"
REASON_PERIOD_THEN_ELLIPSIS = "period, then a spaced ellipsis opening the next sentence"
REASON_FOUR_DOTS = "four dots before a capital"
REASON_SPACED_ELLIPSIS = "spaced ellipsis ('. . .'): an omission inside the sentence"
REASON_ELLIPSIS_BRACKET = "ellipsis before a bracket"
REASON_ELLIPSIS_CAPITAL = "ellipsis before a capital"


@dataclass(frozen=True, slots=True)
class BoundaryDecision:
    """How the splitter decided one candidate boundary (see ``explain``).

    Attributes
    ----------
    offset : int
        Where the candidate's punctuation starts in the text (a forced cut: where the item starts).
    mark : str
        The punctuation with its closing quotes and brackets (empty for a list item).
    split : bool
        Whether a sentence ends there.
    rule : str
        The rule that decided, one of the ``REASON_*`` constants.
    """

    offset: int
    mark: str
    split: bool
    rule: str


@dataclass(frozen=True, slots=True)
class _Rules:
    """What one splitter uses: a language's word lists (from its ``Lexicon``), and Punkt."""

    abbrevs: frozenset[str]  # lower case, no final period: any case matches
    abbrevs_cased: frozenset[str]  # lower case keys of entries written with a capital
    suffixes: tuple[str, ...]  # endings that make an abbreviation ("Hauptstr."), lower case
    titles: frozenset[str]
    titles_cased: frozenset[str]
    starters: frozenset[str]
    wrap_words: frozenset[str]
    speech_verbs: frozenset[str]
    time_followers: frozenset[str]
    time_determiners: frozenset[str]  # "the 7 p.m. flight": the time modifies its noun
    company_suffixes: frozenset[str]
    after_company: frozenset[str]  # capitalised words that go on after "Inc.": days, officers
    places: frozenset[str]  # "Conn", "n.j": a region after a place's name, lower case, no period
    openers: str  # characters that may open a token before its first letter
    closing_quotes: str  # quotation marks that may close a sentence
    strip_lead: str  # the same with bullets and dashes
    candidate: re.Pattern[str]  # sentence-final punctuation with the language's closing quotes
    ordinal_period: bool  # "3. Oktober"
    elision: bool  # "l'Avv.", "L'homme"
    punkt: PunktSentenceTokenizer | None  # only when trained on the cluster (``learn=True``)

    def is_abbrev(self, word: str) -> bool:
        """Whether ``word`` (no final period) is a known abbreviation, honouring capitalised entries."""
        low = word.lower()
        if low in self.abbrevs or (self.suffixes and low.endswith(self.suffixes)):
            return True
        return low in self.abbrevs_cased and word[:1].isupper()

    def is_title(self, word: str) -> bool:
        """Whether ``word`` is a title that always precedes a name or number ("Gen.", "Mt.")."""
        low = word.lower()
        if low in self.titles:
            return True
        return low in self.titles_cased and word[:1].isupper()

    def is_starter(self, word: str) -> bool:
        """Whether capitalised ``word`` usually opens a sentence ("The"; "L'homme" by its "L'")."""
        if word in self.starters:
            return True
        if self.elision:
            head, apostrophe, _ = word.replace("’", "'").partition("'")
            return bool(apostrophe) and head + "'" in self.starters
        return False


def _split_cased(entries: Sequence[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Abbreviation keys (lower case, no final period): those matching any case, those capitalised."""
    anycase: set[str] = set()
    cased: set[str] = set()
    for entry in entries:
        key = entry.rstrip(".")
        (cased if key[:1].isupper() else anycase).add(key.lower())
    return frozenset(anycase), frozenset(cased - anycase)


def _make_punkt(abbrevs: frozenset[str], params: object | None = None) -> PunktSentenceTokenizer:
    """A Punkt tokenizer from explicit parameters: nothing is downloaded."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    if params is None:
        params = PunktParameters()
    assert isinstance(params, PunktParameters)
    params.abbrev_types = set(params.abbrev_types) | set(abbrevs)
    return PunktSentenceTokenizer(params)


@cache
def _default_rules(language: str) -> _Rules:
    """The splitter's rules for ``language`` from its shipped lexicon, built once per process.

    No Punkt: untrained, it knows nothing more.
    """
    lexicon = get_lexicon(language)
    abbrevs, abbrevs_cased = _split_cased(lexicon.abbreviations)
    _, places = _split_cased(read_lines(language, "place_abbreviations.txt"))
    titles, titles_cased = _split_cased(lexicon.titles)
    openers = lexicon.opening_quotes + _OPENING_MARKS
    return _Rules(
        abbrevs=abbrevs | titles,
        abbrevs_cased=abbrevs_cased | titles_cased | places,
        suffixes=lexicon.abbreviation_suffixes,
        titles=titles,
        titles_cased=titles_cased,
        starters=lexicon.sentence_starters,
        wrap_words=lexicon.wrap_words,
        speech_verbs=lexicon.speech_verbs,
        time_followers=lexicon.time_followers,
        time_determiners=lexicon.time_determiners,
        company_suffixes=lexicon.company_suffixes,
        after_company=lexicon.company_followers | lexicon.weekdays,
        places=places,
        openers=openers,
        closing_quotes=lexicon.closing_quotes + lexicon.spaced_closing_quotes,
        strip_lead=openers + _BULLETS + _LEADING_DASHES,
        candidate=_candidate_pattern(lexicon.closing_quotes, lexicon.spaced_closing_quotes),
        ordinal_period=lexicon.ordinal_period,
        elision=lexicon.elision,
        punkt=None,
    )


def _trained_rules(base: _Rules, text: str) -> _Rules:
    """``base`` plus what Punkt learns unsupervised from ``text`` (deterministic)."""
    from nltk.tokenize.punkt import PunktTrainer

    trainer = PunktTrainer()
    trainer.train(text, finalize=True)
    params = trainer.get_params()
    learned = frozenset(
        abbrev
        for abbrev in params.abbrev_types
        if len(abbrev.replace(".", "")) <= _MAX_LEARNED_ABBREV and abbrev.replace(".", "").isalpha()
    )
    params.abbrev_types = set(learned)
    every = base.abbrevs | base.abbrevs_cased | learned
    return dataclasses.replace(
        base, abbrevs=base.abbrevs | learned, punkt=_make_punkt(every, params)
    )


# --------------------------------------------------------------------------------------------
# Regions: the stretches between hard boundaries.


def _line_regions(text: str, start: int, end: int, rules: _Rules) -> Iterator[tuple[int, int]]:
    """Split a paragraph at single newlines that end a heading or a list item."""
    first_nl = text.find("\n", start, end)
    if first_nl < 0:
        yield start, end
        return
    lines: list[tuple[int, int]] = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        if nl < 0:
            lines.append((pos, end))
            break
        lines.append((pos, nl))
        pos = nl + 1
    widths = [len(text[a:b].strip()) for a, b in lines]
    widest = max(widths) if widths else 0
    terminal = any(ch in text[start:end] for ch in ".!?…")
    stripped = [text[a:b].strip() for a, b in lines]
    # A line opening with a marker is a list item only at the top, after another item, after a
    # colon or after a short line: "Oct.\n14. Residents ..." is a hard wrap, not item 14.
    items = [False] * len(lines)
    for i, line in enumerate(stripped):
        if _LINE_MARKER.match(line):
            before = stripped[i - 1] if i else ""
            items[i] = (
                i == 0
                or items[i - 1]
                or before.endswith(":")
                or widths[i - 1] < _HEADING_SHARE * widest
            )
    # Two or more lines of one bare word each (no punctuation) make the paragraph a list of
    # words, as in an exercise sheet or a form: each such line stands alone. Hard-wrapped prose
    # never has two: a line there holds several words, or ends the paragraph with a stop.
    lone = [line.isalpha() for line in stripped]
    words_list = sum(lone) >= _MIN_LONE_WORD_LINES
    cut_from = start
    for i in range(len(lines) - 1):
        b = lines[i][1]
        prev = stripped[i]
        nxt = stripped[i + 1]
        if not prev or not nxt:
            continue
        if (
            (words_list and (lone[i] or lone[i + 1]))
            or _SEPARATOR.fullmatch(prev) is not None
            or _SEPARATOR.fullmatch(nxt) is not None
            or _is_line_break_boundary(
                prev, nxt, widths[i], widest, terminal, items[i] or items[i + 1], rules
            )
        ):
            yield cut_from, b
            cut_from = lines[i + 1][0]
    yield cut_from, end


def _is_line_break_boundary(
    prev: str, nxt: str, width: int, widest: int, terminal: bool, item: bool, rules: _Rules
) -> bool:
    """Whether a single newline between lines ``prev`` and ``nxt`` ends a sentence."""
    if prev[-1] in ".!?…" or prev.rstrip("\"'”’)]")[-1:] in (".", "!", "?", "…"):
        return False  # the punctuation itself is a candidate; leave it to the rules
    if item:
        return True  # a list item ends at its line end
    if not terminal:
        return True  # a block of lines with no sentence punctuation at all is a list
    if prev[-1] in ",;:-–—(/&" or prev.split()[-1].lower() in rules.wrap_words:
        return False
    first = nxt.lstrip(rules.openers)[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    return width < _HEADING_SHARE * widest


def _forced_cuts(text: str, start: int, end: int) -> list[int]:
    """Positions in a line region where a new sentence must start: bullets and list markers."""
    cuts: list[int] = []
    # Inline bullets (only the unambiguous symbols, never "-" or "*").
    for match in _INLINE_BULLET.finditer(text, start + 1, end):
        cuts.append(match.start())
    # A list that opens the region: later markers of the same style with the next number/letter.
    head = start
    while head < end and (text[head] in _BULLETS or text[head].isspace()):
        head += 1
    first = _LIST_HEAD.match(text, head, end)
    if first is not None:
        value, suffix = first.group(1), first.group(2)
        digits = value.isdigit()
        for found in _LIST_NEXT[suffix].finditer(text, first.end(), end):
            candidate = found.group(1)
            if candidate.isdigit() != digits:
                continue
            expected = str(int(value) + 1) if digits else chr(ord(value) + 1)
            if candidate == expected:
                cuts.append(found.start())
                value = candidate
    return sorted(set(cuts))


# --------------------------------------------------------------------------------------------
# Candidate decisions.


# Two capitalised words, the second short and not followed by a period: "Hun Sen said". The
# capital first, then the word boundary before it (a look-behind over both): the search skips to
# the next capital in C instead of trying the boundary at every character (half the time). The
# second word is read in a look-ahead, so pairs overlap: a match of "Minister Hun" consumed the
# "Hun" of "Prime Minister Hun Sen said", and "Hun Sen. Ranariddh" stayed one sentence.
_NAME_PAIR = re.compile(r"([A-Z](?<=\b[A-Z])[a-z]+)(?= ([A-Z][a-z]{1,5})\b(?![.\w'’-]*\.))")


@lru_cache(maxsize=16)
def _name_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Every pair of capitalised words in ``text`` whose second word has no period after it.

    Read once per document (the regions of one document share it), and only when a title-like
    word after a capitalised one needs deciding.
    """
    return frozenset(_NAME_PAIR.findall(text))


# A capitalised word that surely opens a sentence: first in a paragraph, or after a stop that ends
# an all-lower-case word (never an abbreviation such as "Inc." or "U.S.").
_SURE_OPENER = re.compile(
    r"(?:\A|\n[^\S\n]*\n)\s*[\"'`‘“(]*([A-Z][\w&-]*)"
    r"|(?<![\w.])[a-z]{2,}[.!?][\"'”’)]*\s+[\"'`‘“(]*([A-Z][\w&-]*)"
)


@lru_cache(maxsize=16)
def _sure_openers(text: str) -> frozenset[str]:
    """The capitalised words that open a sentence somewhere in ``text`` beyond doubt (see above)."""
    return frozenset(a or b for a, b in _SURE_OPENER.findall(text))


def _token_before(text: str, pos: int, floor: int) -> tuple[int, str]:
    """The whitespace-free token ending at ``pos`` (start, token), scanning at most ``_MAX_TOKEN``."""
    i = pos
    limit = max(floor, pos - _MAX_TOKEN)
    while i > limit and not text[i - 1].isspace():
        i -= 1
    return i, text[i:pos]


def _token_after(text: str, pos: int, ceiling: int) -> tuple[int, str]:
    """The whitespace-free token starting at ``pos`` (end, token), scanning at most ``_MAX_TOKEN``."""
    i = pos
    limit = min(ceiling, pos + _MAX_TOKEN)
    while i < limit and not text[i].isspace():
        i += 1
    return i, text[pos:i]


def _skip_space(text: str, pos: int, ceiling: int) -> int:
    """The first non-space position at or after ``pos`` (capped at ``ceiling``)."""
    while pos < ceiling and text[pos].isspace():
        pos += 1
    return pos


def _is_name_then_speech(text: str, pos: int, end: int, lex: _Rules) -> bool:
    """Whether ``text[pos:]`` opens with up to three capitalised names and a verb of saying."""
    for names in range(4):
        tok_end, tok = _token_after(text, pos, end)
        word = tok.rstrip(",.;:")
        if not word:
            return False
        if word.lower() in lex.speech_verbs:
            return names > 0
        if word != tok or not word[:1].isupper() or lex.is_starter(word):
            return False  # 'Rather, Smith said' starts a sentence: a name carries no comma
        pos = _skip_space(text, tok_end, end)
    return False


class _Splitter:
    """Decides the candidates of one region, in order, remembering where the sentence began."""

    def __init__(self, text: str, lex: _Rules) -> None:
        self.text = text
        self.lex = lex
        self.lists = True
        self.ascii = text.isascii()  # then it has no full-width stop to look for
        self.verse = True  # whether a period may sit in a quoted verse (set per region)
        self.record: list[BoundaryDecision] | None = None  # filled by ``explain`` only

    def spans(self, start: int, end: int, spans: list[tuple[int, int]]) -> None:
        """Append the trimmed sentence spans of the line region ``[start, end)`` to ``spans``."""
        text = self.text
        record = self.record
        forced = _forced_cuts(text, start, end) if self.lists else []
        fullwidth = (
            []
            if self.ascii
            else [m.end() for m in _FULLWIDTH_STOP.finditer(text, start, end) if m.end() < end]
        )
        if fullwidth:
            forced = sorted(set(forced).union(fullwidth))
        sent_start = _skip_space(text, start, end)
        f = 0
        for match in self.lex.candidate.finditer(text, sent_start, end):
            cs = match.start()
            nxt_start = match.end()
            if nxt_start >= end:
                if record is not None:
                    record.append(
                        BoundaryDecision(cs, text[cs:end].rstrip(), True, REASON_REGION_END)
                    )
                continue  # the region ends here anyway
            if forced:
                while f < len(forced) and forced[f] <= cs:
                    self._forced(forced[f], fullwidth)
                    _append_trimmed(text, sent_start, forced[f], spans)
                    sent_start = _skip_space(text, forced[f], end)
                    f += 1
            close_start = match.start("close")
            if close_start < 0:
                glued, reason = self._glued_is_boundary(cs, nxt_start, start, end)
                if record is not None:
                    record.append(BoundaryDecision(cs, text[cs:nxt_start], glued, reason))
                if glued:
                    _append_trimmed(text, sent_start, nxt_start, spans)
                    sent_start = nxt_start
                continue
            ce = match.end("close")
            cut, reason = self._decide(cs, close_start, ce, nxt_start, sent_start, start, end)
            if record is not None:
                record.append(BoundaryDecision(cs, text[cs:ce], cut is not None, reason))
            if cut is not None:
                if cut > sent_start:
                    _append_trimmed(text, sent_start, cut, spans)
                sent_start = nxt_start if cut == ce else _skip_space(text, cut, end)
        for cut in forced[f:]:
            self._forced(cut, fullwidth)
            _append_trimmed(text, sent_start, cut, spans)
            sent_start = _skip_space(text, cut, end)
        _append_trimmed(text, sent_start, end, spans)

    def _forced(self, cut: int, fullwidth: list[int]) -> None:
        """Record a forced cut (a bullet, a list marker, a full-width stop) when explaining."""
        if self.record is not None:
            if cut in fullwidth:
                self.record.append(
                    BoundaryDecision(cut - 1, self.text[cut - 1], True, REASON_FULLWIDTH)
                )
            else:
                self.record.append(BoundaryDecision(cut, "", True, REASON_LIST_ITEM))

    def _ends_a_name(self, word: str, tok_start: int, start: int) -> bool:
        """Whether title-like ``word`` is the last part of a name, not a title before one.

        It is when the word before it is capitalised and the same pair stands elsewhere in the
        text without the period ("Hun Sen said", "Hun Sen's"): a title is always abbreviated.
        """
        j = tok_start
        while j > start and self.text[j - 1] == " ":
            j -= 1
        if j == tok_start or j <= start:
            return False
        _, previous = _token_before(self.text, j, start)
        if not (previous[:1].isupper() and previous.isalpha()):
            return False
        return (previous, word) in _name_pairs(self.text)

    def _company_ends(self, word: str, core: str) -> bool:
        """Whether company suffix ``word`` ("Inc") ends the sentence before capitalised ``core``.

        It does when ``core`` (its possessive dropped) opens a sentence elsewhere in the text beyond
        doubt ("AOL said ..."), and is neither a day nor an officer's title (which go on after a
        company's name) nor an abbreviation ("Co. Inc.", "Corp. Ltd.'s").
        """
        if word.lower() not in self.lex.company_suffixes:
            return False
        bare = re.split(r"['’]", core, maxsplit=1)[0].rstrip(",.;:")
        if not bare.isalpha() or bare.lower() in self.lex.after_company or self.lex.is_abbrev(bare):
            return False
        return bare in _sure_openers(self.text)

    def _in_quoted_verse(self, sent_start: int, cs: int, nxt_start: int, end: int) -> bool:
        """Whether the stop at ``cs`` sits in a quotation still open whose rest holds " / " lines.

        '"The sea is calm. The wind / drops at night / [...]" (Anon.)': a quoted verse keeps its
        periods. Only the next ``_VERSE_WINDOW`` characters are read, up to the closing quote.
        """
        before = self.text[sent_start:cs]
        if not (
            before.count('"') % 2
            or before.count("«") > before.count("»")
            or before.count("“") > before.count("”")
        ):
            return False
        rest = self.text[nxt_start : min(end, nxt_start + _VERSE_WINDOW)]
        close = min((i for i in (rest.find(q) for q in '"»”') if i >= 0), default=len(rest))
        return " / " in rest[:close]

    def _ends_a_place(self, word: str, tok_start: int, start: int, nxt: str, core: str) -> bool:
        """Whether region ``word`` ("Conn") ends a place's name before the capitalised ``core``.

        It does after "<Place>," ("Hartford, Conn. Graham said") when the next token opens with
        a letter (not a bracket: "PORTLAND, Ore. (AP)") that is no time word ("Monday") and no
        abbreviation's own letters ("Conn. Gov." still splits: "Gov." is a title opening a name).
        """
        if word.lower() not in self.lex.places or not nxt[:1].isupper():
            return False
        _, previous = _token_before(self.text, max(start, tok_start - 1), start)
        if not (previous.endswith(",") and previous[:1].isupper()):
            return False
        bare = core.rstrip(",.;:!?\"'”’)")
        return bare.lower() not in self.lex.time_followers

    def _glued_is_boundary(self, cs: int, ce: int, start: int, end: int) -> tuple[bool, str]:
        """'the end.Next': a boundary unless the glued token is an address or a file name."""
        _, before = _token_before(self.text, cs, start)
        _, after = _token_after(self.text, ce, end)
        tail = before[-2:]
        if len(tail) < 2 or not (tail.isalpha() and tail.islower()):
            return False, REASON_GLUED_NOT_WORD  # "D-W.Va.", "U.S.Army"
        token = before + self.text[cs:ce] + after
        if _ADDRESS.search(token) or "/" in token or "\\" in token:
            return False, REASON_ADDRESS
        word = before.lstrip(self.lex.strip_lead)
        if self.lex.is_abbrev(word):
            return False, REASON_ABBREV
        return True, REASON_GLUED

    def _decide(
        self,
        cs: int,
        close_start: int,
        ce: int,
        nxt_start: int,
        sent_start: int,
        start: int,
        end: int,
    ) -> tuple[int | None, str]:
        """The cut position for the candidate ``text[cs:ce]`` (None: no boundary) and its reason."""
        text = self.text
        lex = self.lex
        if text[nxt_start].islower():
            return None, REASON_LOWER_NEXT  # 'she said', ') at the', 'Yahoo! in'
        if ce == cs + 1 and text[cs] == "." and text[nxt_start].isupper():
            # Fast path, most periods in news: an ordinary word, then a capitalised one.
            limit = max(start, cs - _MAX_TOKEN)
            tok_start = text.rfind(" ", limit, cs) + 1
            if tok_start > limit and cs - tok_start > 1:
                word = text[tok_start:cs]
                if word.isalpha():
                    low = word.lower()
                    if (
                        low not in lex.abbrevs
                        and low not in lex.abbrevs_cased
                        and not (lex.suffixes and low.endswith(lex.suffixes))
                    ):
                        if not self.verse:
                            return ce, REASON_WORD_CAPITAL
                        if not self._in_quoted_verse(sent_start, cs, nxt_start, end):
                            return ce, REASON_WORD_CAPITAL
        term = text[cs:close_start]
        closers = text[close_start:ce]
        _, nxt = _token_after(text, nxt_start, end)
        core = nxt.lstrip(lex.openers)
        first = core[:1]
        tok_start, before = _token_before(text, cs, start)
        word = before.lstrip(self.lex.strip_lead)
        if first.islower():
            if (
                nxt[:1] in "(["
                and term == "."
                and not closers
                and word.isalnum()
                and len(word) > 1
                and not lex.is_abbrev(word)
            ):
                return ce, REASON_ASIDE  # "... proposals. (footnote 27) Moreover"
            return None, REASON_LOWER_NEXT

        if first in _NO_OPENING:
            return None, REASON_COMMA_NEXT  # '?” ,,Das weiß ich nicht“, antwortete sie'
        if "!" in term or "?" in term or "‽" in term:
            if any(ch in lex.closing_quotes for ch in closers) and _is_name_then_speech(
                text, nxt_start, end, lex
            ):
                return None, REASON_QUOTE_SPEECH  # '"Why?" Smith asked.'
            return ce, REASON_QUESTION
        dots = term.count(".") + 3 * term.count("…")
        if dots >= 2:
            return self._decide_ellipsis(cs, ce, term, before, nxt, first)
        if first == "/" or (self.verse and self._in_quoted_verse(sent_start, cs, nxt_start, end)):
            return None, REASON_VERSE  # "the sea is calm. / The wind ...": a quoted verse
        if not first:
            # Next token is all punctuation ("--", "—"): a boundary after an ordinary word only.
            if word and not lex.is_abbrev(word) and len(word) > 1:
                return ce, REASON_PUNCTUATION_NEXT
            return None, REASON_PUNCTUATION_NEXT_ABBREV

        # A single period.
        if not word:
            return ce, REASON_NO_WORD
        if _ADDRESS.search(word):
            return ce, REASON_ADDRESS_END
        if "-" in word[1:] and not word[:1].isdigit():
            word = word.rsplit("-", 1)[1] or word  # "D-W. Va.", "R-Ind. The"
            tok_start = cs - len(word)
        if "/" in word[1:] and word.rsplit("/", 1)[1][:1].isupper():
            word = word.rsplit("/", 1)[1]  # "PeopleSoft/J.D. Edwards" (not "km/h.")
            tok_start = cs - len(word)
        if lex.elision:
            apostrophe = max(word.rfind("'"), word.rfind("’"))
            if 0 < apostrophe < len(word) - 1:
                word = word[apostrophe + 1 :]  # "l'Avv. Rossi": the title is "Avv."
                tok_start = cs - len(word)
        at_sentence_start = tok_start <= self._marker_start(sent_start, end)
        if _NUMBER.fullmatch(word):
            if at_sentence_start and len(word) <= 3 and word.isdigit():
                return None, REASON_LIST_MARKER  # "2. The second item"
            if (
                lex.ordinal_period
                and word.isdigit()
                and len(word) <= _MAX_ORDINAL_DIGITS
                and (first.isupper() or core[:2] in _ORDINAL_RANGE)
                and not lex.is_starter(core.rstrip(",.;:"))
            ):
                return None, REASON_ORDINAL  # "am 3. Oktober", "im 19. Jahrhundert", "1. -3."
            return ce, REASON_NUMBER
        if len(word) == 1 and word.isalpha() and not lex.is_title(word):
            return self._decide_single_letter(
                word, closers, tok_start, start, first, core, at_sentence_start, ce
            )
        if _MULTI_PERIOD.fullmatch(word):
            low = word.lower()
            if low in ("e.g", "i.e"):
                return None, REASON_EG
            if first.isdigit():
                return None, REASON_ABBREV_NUMBER
            if low in ("a.m", "p.m") and not closers:
                return self._decide_time(tok_start, sent_start, nxt_start, end, core, ce)
            if self._ends_a_place(word, tok_start, start, nxt, core):
                return ce, REASON_PLACE_END  # "in Newark, N.J. Police said"
            return self._after_abbrev(word, core, ce)
        if lex.is_title(word):
            if first.isupper() and self._ends_a_name(word, tok_start, start):
                return ce, REASON_TITLE_AS_NAME  # "Prime Minister Hun Sen. Hun Sen said"
            return None, REASON_TITLE
        if lex.is_abbrev(word):
            if first.isdigit():
                return None, REASON_ABBREV_NUMBER  # "No. 5", "Jan. 12", "p. 55"
            if word.lower() == "etc":
                return ce, REASON_ETC
            if word.isupper() and len(word) > 1 and not core.isupper():
                return ce, REASON_CAPITALS_END  # "... WORLDSOURCES, INC. Greenhouse gas"
            if nxt[:1] in '"“`' or nxt[:2] == "''":
                return ce, REASON_QUOTE_OPENS  # 'Publishers Group Inc. ``Right now ...'
            if self._company_ends(word, core):
                return ce, REASON_COMPANY_END  # "Sun Microsystems Inc. AOL, the leading ..."
            if self._ends_a_place(word, tok_start, start, nxt, core):
                return ce, REASON_PLACE_END  # "in Hartford, Conn. Graham said"
            return self._after_abbrev(word, core, ce)
        if (
            first.isdigit()
            and word[:1].isupper()
            and len(word) <= _MAX_SHORT_ABBREV
            and word.isalpha()
        ):
            return None, REASON_SHORT_BEFORE_NUMBER  # "Prop. 209", "Art. 5"
        return ce, REASON_WORD

    def _after_abbrev(self, word: str, core: str, ce: int) -> tuple[int | None, str]:
        """After an abbreviation: a boundary when ``core`` opens a sentence, with the reason."""
        opens, reason = self._opens_sentence(word, core)
        return (ce if opens else None), reason

    def _marker_start(self, sent_start: int, end: int) -> int:
        """Where a list marker would start in the sentence opening at ``sent_start``."""
        text = self.text
        pos = _skip_space(text, sent_start, end)
        if pos < end and text[pos] in _BULLETS:
            after = _skip_space(text, pos + 1, end)
            if after > pos + 1:
                return after
        return pos

    def _opens_sentence(self, word: str, core: str) -> tuple[bool, str]:
        """After an abbreviation: does the capitalised ``core`` start a new sentence, and why?"""
        bare = core.rstrip(",.;:!?\"'”’)")
        if bare == "I" and core != "I":
            return False, REASON_ROMAN  # "Art. I, 7": a roman numeral, not the pronoun
        if core.endswith(".") and self.lex.is_abbrev(bare):
            return False, REASON_ABBREV_NEXT_ABBREV  # "Dale Earnhardt Inc. No. 1 Chevrolet"
        if self.lex.is_starter(bare):
            return True, REASON_ABBREV_STARTER
        if self.lex.punkt is None:
            return False, REASON_ABBREV
        # Ask Punkt, which has learned the cluster's capitalisation habits.
        window = f"{word}. {bare} x"
        if len(list(self.lex.punkt.span_tokenize(window))) > 1:
            return True, REASON_PUNKT
        return False, REASON_PUNKT

    def _decide_single_letter(
        self,
        word: str,
        closers: str,
        tok_start: int,
        start: int,
        first: str,
        core: str,
        at_sentence_start: bool,
        ce: int,
    ) -> tuple[int | None, str]:
        """Initials ("J. R. R. Tolkien"), the pronoun "I.", list letters, "p. 55"."""
        if at_sentence_start:
            return None, REASON_LETTER_MARKER  # "a. The first item", "J. Smith said"
        if first.isdigit():
            return None, REASON_ABBREV_NUMBER
        if word.islower():
            if self.lex.is_starter(core.rstrip(",.;:")):
                return ce, REASON_LETTER_STARTER
            return None, REASON_LETTER
        _, prev = _token_before(self.text, max(start, tok_start - 1), start)
        prev = prev.lstrip(self.lex.strip_lead)
        if closers:
            return ce, REASON_LETTER_QUOTE  # 'Article I.'' There'
        if prev[:1].isupper() or prev[:1].isdigit():
            return None, REASON_INITIAL  # "Albert I. Jones", "Jonas E. Smith"
        if word == "I":
            return ce, REASON_PRONOUN_I  # "you and I. Did you"
        if self.lex.is_starter(core.rstrip(",.;:")):
            return ce, REASON_LETTER_STARTER
        return None, REASON_INITIAL

    def _decide_time(
        self, tok_start: int, sent_start: int, nxt_start: int, end: int, core: str, ce: int
    ) -> tuple[int | None, str]:
        """'a.m.'/'p.m.' before a capital: a boundary unless the time opens the sentence."""
        if self.text[nxt_start] in "([":
            return None, REASON_TIME_ZONE  # "2 p.m. (EST), officials ...": the zone, bracketed
        # "(7 a.m. EST).": the zone may close the bracket the time opened.
        bare = core.rstrip(",.;:" + _CLOSING_BRACKETS).split("-")[0].lower()
        if bare in self.lex.time_followers:
            return None, REASON_TIME_FOLLOWER
        after_start = self.text.find(" ", nxt_start)
        if 0 <= after_start < end and self.text.startswith(" time", after_start):
            return None, REASON_TIME_FOLLOWER  # "9:35 a.m. Moscow time"
        if self.lex.is_starter(core.rstrip(",.;:")):
            return ce, REASON_TIME_STARTER
        if self._after_determiner(tok_start, sent_start):
            # "arrived on the 7 p.m. British Airways Concorde from London" (DUC 2006's D0631D
            # made "British Airways Concorde from London Wednesday." a sentence of its own).
            return None, REASON_TIME_MODIFIER
        window = max(sent_start, tok_start - 200)  # a few words are enough to count to three
        words_before = len(self.text[window:tok_start].split())
        if words_before > _MIN_WORDS_BEFORE_TIME:
            return ce, REASON_TIME_END
        return None, REASON_TIME_OPENS

    def _after_determiner(self, tok_start: int, sent_start: int) -> bool:
        """Whether the time at ``tok_start`` ("p.m.") follows its number and, before that, a
        word of ``time_determiners`` ("the 7 p.m.", "a 7:30 p.m.")."""
        if tok_start <= sent_start or not self.text[tok_start - 1].isspace():
            return False
        number_start, number = _token_before(self.text, tok_start - 1, sent_start)
        if not number[:1].isdigit() or number_start <= sent_start:
            return False
        _, word = _token_before(self.text, number_start - 1, sent_start)
        return word.lstrip(self.lex.strip_lead).lower() in self.lex.time_determiners

    def _decide_ellipsis(
        self, cs: int, ce: int, term: str, before: str, nxt: str, first: str
    ) -> tuple[int | None, str]:
        """Three dots go on unless a capital follows; four dots end the sentence."""
        if not first.isupper():
            return None, REASON_ELLIPSIS_GOES_ON
        attached = bool(before) and not before.endswith((" ",))
        spaced = " " in term
        dots = term.count(".") + 3 * term.count("…")
        if spaced and attached and term.startswith(". ") and dots >= 4:
            return cs + 1, REASON_PERIOD_THEN_ELLIPSIS  # "compounds. . . . The"
        if dots >= 4:
            return ce, REASON_FOUR_DOTS
        if spaced:
            return None, REASON_SPACED_ELLIPSIS  # ". . ." is an omission inside a sentence
        if nxt[:1] in "([":
            return None, REASON_ELLIPSIS_BRACKET  # '[...]" (Smith 55).'
        return ce, REASON_ELLIPSIS_CAPITAL


# --------------------------------------------------------------------------------------------
# Public API.


def _region_spans(
    text: str,
    start: int,
    end: int,
    lex: _Rules,
    record: list[BoundaryDecision] | None = None,
) -> list[tuple[int, int]]:
    """Trimmed sentence spans of ``text[start:end]``, a region free of hard boundaries.

    When ``record`` is a list, every candidate's decision is appended to it (``explain``).
    """
    splitter = _Splitter(text, lex)
    splitter.record = record
    splitter.verse = text.find(" / ", start, end) >= 0  # the region only: linear over regions
    # Bullets and list markers are rare in news: look for list structure only when the region has
    # a bullet or a line that opens with a marker.
    splitter.lists = (
        _LIST_HEAD.match(text, _skip_space(text, start, end), end) is not None
        or _LINE_LIST.search(text, start, end) is not None
        or (not text.isascii() and _BULLET_CHAR.search(text, start, end) is not None)
    )
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraph_spans(text, start, end):
        if text.find("\n", p_start, p_end) < 0:
            lines: Iterable[tuple[int, int]] = ((p_start, p_end),)
        else:
            lines = _line_regions(text, p_start, p_end, lex)
        for l_start, l_end in lines:
            splitter.spans(l_start, l_end, spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append ``(start, end)`` without surrounding whitespace to ``spans`` unless it is empty.

    A separator line ("-----", "______", "* * *") is no sentence and is left out.
    """
    span = _trim(text, start, end)
    if span is not None:
        if text[span[0]] in _RULE_CHARS and _SEPARATOR.fullmatch(text, span[0], span[1]):
            return
        marker = _LEAD_MARKER.match(text, span[0], span[1])
        if marker is not None and _WORD_CHAR.search(text, marker.end(), span[1]) is not None:
            # The wire's item dash or a bullet ("_ Vogue featured ...", "--Stock more ...") is
            # the list's, not the sentence's: the sentence starts at its first word.
            span = (marker.end(), span[1])
        spans.append(span)


def _item(text: str, start: int) -> bool:
    """Whether a list's mark stands before the sentence starting at ``start``, on its line."""
    before = start - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    # Most sentences follow another's full stop: one character tells them apart.
    if before < 0 or text[before] not in _MARK_CHARS:
        return False
    return _is_marker(text, text.rfind("\n", 0, start) + 1, start)


def _is_marker(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a line's start before its first sentence) is a list's mark."""
    while start < end and text[start].isspace():
        start += 1
    return start < end and _LEAD_MARKER.fullmatch(text, start, end) is not None


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` without surrounding whitespace, or None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _rules_for(text: str, language: str | None) -> _Rules:
    """The rules of ``language``, or of the language detected in ``text`` when it is None."""
    return _default_rules(detect_language(text) if language is None else language)


def sentence_spans(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """Find the sentences of ``text`` as character spans.

    Parameters
    ----------
    text : str
        Any text. Blank lines are paragraph breaks and always end a sentence.
    language : {"en", "de", "fr", "es", "it"}, optional
        The language's abbreviations, titles, sentence openers and quotation marks decide the
        doubtful periods. None (the default) detects it from the text (``detect_language``),
        English when in doubt.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` of each sentence in order, whitespace and a list item's leading mark
        trimmed, so ``text[start:end]`` is the sentence verbatim. Spans are non-empty and never
        overlap.

    Raises
    ------
    InputError
        If ``text`` is not a string.
    ConfigError
        If ``language`` is not one of the shipped languages.

    Examples
    --------
    >>> sentence_spans("Gen. Ada Moor left at 6 p.m. on Friday. She did not return.")
    [(0, 39), (40, 59)]
    """
    if not isinstance(text, str):
        raise InputError(
            f"sentence_spans needs a str; got {type(text).__name__}: decode bytes first"
        )
    language = check_language(language, "sentence_spans")
    return list(_region_spans(text, 0, len(text), _rules_for(text, language)))


def split_sentences(text: str, language: str | None = None) -> list[str]:
    """Split ``text`` into sentences, each an exact substring of it.

    Parameters
    ----------
    text : str
        Any text; blank lines always end a sentence.
    language : {"en", "de", "fr", "es", "it"}, optional
        The text's language; None (the default) detects it, English when in doubt.

    Returns
    -------
    list of str
        The sentences in order, surrounding whitespace trimmed.

    Raises
    ------
    InputError
        If ``text`` is not a string.
    ConfigError
        If ``language`` is not one of the shipped languages.

    Examples
    --------
    >>> split_sentences("The U.S. team won. It was their first title since 1998.")
    ['The U.S. team won.', 'It was their first title since 1998.']
    >>> split_sentences("Am 3. Oktober kam Dr. Roth an. Er blieb z. B. zwei Tage.", "de")
    ['Am 3. Oktober kam Dr. Roth an.', 'Er blieb z. B. zwei Tage.']
    """
    if not isinstance(text, str):
        raise InputError(
            f"split_sentences needs a str; got {type(text).__name__}: decode bytes first"
        )
    language = check_language(language, "split_sentences")
    return [text[start:end] for start, end in sentence_spans(text, language)]


def explain(text: str, language: str | None = None) -> tuple[BoundaryDecision, ...]:
    """Every candidate sentence boundary of ``text``, whether it splits, and the rule that decided.

    In the spirit of Punkt's ``debug_decisions``: the splitter's own decisions, recorded as
    ``sentence_spans`` makes them, so a wrong split can be read, not only measured.

    Parameters
    ----------
    text : str
        Any text, as for ``sentence_spans``.
    language : {"en", "de", "fr", "es", "it"}, optional
        As for ``sentence_spans``; None detects it.

    Returns
    -------
    tuple of BoundaryDecision
        One per candidate in text order: each run of ``. ! ? …`` (with its closing quotes), each
        period glued between words, each forced cut (bullet, list marker, full-width stop). The
        sentences of ``sentence_spans`` end exactly at the candidates with ``split=True``.

    Raises
    ------
    InputError
        If ``text`` is not a string.
    ConfigError
        If ``language`` is not one of the shipped languages.

    Examples
    --------
    >>> for d in explain("Dr. Roth came at 6 p.m. She left.", language="en"):
    ...     print(d.offset, repr(d.mark), d.split, d.rule)
    2 '.' False title before a name (abbreviations_titles.txt)
    22 '.' True time before a sentence starter (sentence_starters.txt)
    32 '.' True end of a paragraph, a line region or the text
    """
    if not isinstance(text, str):
        raise InputError(f"explain needs a str; got {type(text).__name__}: decode bytes first")
    language = check_language(language, "explain")
    record: list[BoundaryDecision] = []
    _region_spans(text, 0, len(text), _rules_for(text, language), record)
    return tuple(sorted(record, key=lambda decision: decision.offset))


def split_documents(
    documents: Sequence[Document],
    *,
    learn: bool = False,
    language: str | Sequence[str | None] | None = None,
) -> tuple[Sentence, ...]:
    """Split every document into sentences, skipping the spans that cleaning removed.

    Parameters
    ----------
    documents : sequence of Document
        The cluster, each with a unique ``id``. A removed span is never part of a sentence and
        ends any sentence that runs into it.
    language : str or sequence of (str or None), optional
        One code ("en", "de", "fr", "es", "it") for every document, or one per document in
        their order; None (the default, or as an entry) detects each document's language from
        its text (``detect_language``), English when in doubt.
    learn : bool, default False
        Train Punkt unsupervised on the cluster's own text first, adding the abbreviations and
        capitalisation habits it learns to the shipped lists. Deterministic, but about 30 times
        slower, and on DUC 2006 news it changed about two boundaries per cluster, mostly for the
        worse ("U.S. District" split, "sun" taken for an abbreviation): off by default.

    Returns
    -------
    tuple of Sentence
        Documents in the order given, sentences in text order; ``index`` counts from 0 within
        each document, ``paragraph`` counts blank-line separated paragraphs from 0, and
        ``text == document.text[start:end]``.

    Raises
    ------
    InputError
        If a document has no ``id`` or its text is not a string.
    ConfigError
        If a language is not shipped, or a sequence of languages does not match the documents.

    Examples
    --------
    >>> from summarizer.types import Document
    >>> [s.text for s in split_documents([Document("Rain fell. Roads closed.", id="a")])]
    ['Rain fell.', 'Roads closed.']
    """
    for document in documents:
        if document.id is None:
            raise InputError(
                "split_documents needs documents with an id; got id=None: load them first"
            )
        if not isinstance(document.text, str):
            raise InputError(
                f"document {document.id!r} has text of type {type(document.text).__name__}; "
                "give it as str"
            )
    if language is None or isinstance(language, str):
        languages: list[str | None] = [language] * len(documents)
    else:
        languages = list(language)
        if len(languages) != len(documents):
            raise ConfigError(
                f"split_documents: {len(languages)} languages for {len(documents)} documents; "
                "give one language per document, or one for all"
            )
    chosen = [
        check_language(lang, "split_documents") or detect_language(visible_text(document))
        for lang, document in zip(languages, documents, strict=True)
    ]
    rules = {lang: _default_rules(lang) for lang in dict.fromkeys(chosen)}
    if learn:
        cluster_text = "\n\n".join(visible_text(d) for d in documents)
        rules = {lang: _trained_rules(base, cluster_text) for lang, base in rules.items()}
    out: list[Sentence] = []
    # A cluster may hold one article twice (a wire story in two sets, a syndicated copy): its
    # sentences are found once, by text and language, and given to each copy with its own id.
    done: dict[tuple[str, str], tuple[tuple[Removal, ...], list[Sentence]]] = {}
    for document, lang in zip(documents, chosen, strict=True):
        text = document.text
        doc_id = document.id
        assert doc_id is not None
        earlier = done.get((text, lang))
        if earlier is not None and earlier[0] == document.removed:
            out.extend(
                Sentence(doc_id, s.index, s.start, s.end, s.text, s.paragraph, s.item)
                for s in earlier[1]
            )
            continue
        lex = rules[lang]
        breaks = paragraph_breaks(text)
        first = len(out)
        index = 0
        for r_start, r_end in visible_spans(document):
            for start, end in _region_spans(text, r_start, r_end, lex):
                paragraph = bisect.bisect_left(breaks, start)
                out.append(
                    Sentence(
                        doc_id, index, start, end, text[start:end], paragraph, _item(text, start)
                    )
                )
                index += 1
        done[text, lang] = (document.removed, out[first:])
    return tuple(out)
