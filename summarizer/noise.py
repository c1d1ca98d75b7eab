"""Line noise: one ``Document`` -> the spans of its text that are not article prose, with reasons.

The rules of ``clean_document`` for one article (the reasons are listed in ``summarizer.clean``):
the text is cut into lines (a hard-wrapped paragraph is one), each line is matched against the
patterns of page furniture (header, byline, advertisement, credit, embed, promo, wire code ...),
runs of headline-like lines become sidebars or subheads, and verbless sentences next to an image
cue become captions. ``detect_removals`` returns the spans and the metadata they reveal;
``merge_removals`` adds spans to those a document already carries.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, islice
from typing import NamedTuple

from .errors import ResourceError
from .lexicon import LANGUAGES, get_lexicon, read_lines
from .records import BYLINE_KEYS, DATE_KEYS, SITE_URL_KEYS, SOURCE_KEYS, TITLE_KEYS, URL_KEYS
from .text import (
    MONTH_RE,
    OTHER_MONTHS,
    is_placeholder_author,
    is_web_address,
    names_something,
    parse_date,
    site_host,
)
from .types import Document, Removal
from .wordforms import finite_verbs

__all__ = ["Found", "detect_removals", "front_matter_end", "merge_removals", "span_removal"]

# Longest line (in words) still taken for a headline, subhead or sidebar entry: news headlines run
# to about 15 words, and a longer unpunctuated line is more likely a sentence that lost its stop.
MAX_HEADLINE_WORDS = 22
# Longest paragraph (in words) a line-start marker ("Read more:", "Photo:") may remove whole:
# beyond this the line is prose that merely begins with such a word.
MAX_MARKER_WORDS = 40
# Longest one-sentence paragraph taken for a verbless caption: captions are one short sentence.
MAX_CAPTION_WORDS = 30
# Number of leading lines searched for header, byline and headline lines: metadata sits on top.
MAX_HEADER_LINES = 8

# ---------------------------------------------------------------------------------------------
# Lines


class _Line(NamedTuple):
    """One non-blank line: stripped bounds, paragraph number and blank lines before it.

    A named tuple (immutable, as a frozen dataclass), built several times faster: a document
    has a unit per line, and the cleaning of a large cluster builds tens of thousands.
    """

    start: int
    end: int
    text: str
    paragraph: int
    blank_before: int
    alone: bool  # the only line of its paragraph


def _lines(text: str) -> list[_Line]:
    """Units of ``text``: its non-blank lines, except that a hard-wrapped paragraph is one unit."""
    units: list[_Line] = []
    # The lines of the paragraph being read (start, end, blank lines before), added to ``units``
    # when the next paragraph (or the text's end) shows it complete. Most paragraphs of news are
    # one line: a unit of its own, "alone".
    members: list[tuple[int, int, int]] = []
    paragraph, blanks, position = -1, 0, 0
    for piece in text.splitlines(keepends=True):
        body = piece.rstrip("\r\n")
        stripped = body.strip()
        if not stripped:
            blanks += 1
        else:
            if paragraph < 0 or blanks > 0:
                if members:
                    _add_paragraph(text, members, paragraph, units)
                    members = []
                paragraph += 1
            # A line of prose opens with its first word: nothing to measure (no copy of it).
            start = position + (len(body) - len(body.lstrip()) if body[0].isspace() else 0)
            members.append((start, start + len(stripped), blanks))
            blanks = 0
        position += len(piece)
    if members:
        _add_paragraph(text, members, paragraph, units)
    return units


def _add_paragraph(
    text: str, members: list[tuple[int, int, int]], paragraph: int, units: list[_Line]
) -> None:
    """Add the units of one paragraph's lines (start, end, blank lines before) to ``units``."""
    if len(members) == 1:
        start, end, blanks = members[0]
        units.append(_Line(start, end, text[start:end], paragraph, blanks, True))
    elif _is_wrapped([text[s:e] for s, e, _ in members]):
        start, end = members[0][0], members[-1][1]
        units.append(_Line(start, end, text[start:end], paragraph, members[0][2], True))
    else:
        units.extend(_Line(s, e, text[s:e], paragraph, b, False) for s, e, b in members)


def _is_wrapped(lines: list[str]) -> bool:
    """A hard-wrapped paragraph: a line continues in lower case, most lines lack a stop."""
    # A byline of the other languages may open in lower case ("di Marco Rossi"): no continuation.
    continued = any(line[:1].islower() and not _other_byline_re().match(line) for line in lines[1:])
    open_ends = sum(1 for line in lines[:-1] if not _has_final_punct(line))
    return continued and open_ends * 2 >= len(lines) - 1


_FINAL_PUNCT_RE = re.compile(r"""[.!?:;,…]["'”’)\]]*$|[.!?]\s*["'”’]$""")
_WORD_RE = re.compile(r"[\w'’.-]+")


def _words(text: str) -> list[str]:
    """Whitespace tokens, as the word budget counts them."""
    return text.split()


# A word as ``str.split()`` cuts them (the same white space: ``re`` reads it as ``str.isspace``).
_RUN = re.compile(r"\S+")
# A line longer than this is counted word by word (``_count_to``); a shorter one is split, as
# before, which is cheaper per call (cleaning DUC 2006 and 2007 main took 1.25-1.30 s counting
# every line by words, 1.0-1.1 s splitting).
_COUNT_SPLIT_CHARS = 10_000


def _count_to(text: str, cap: int) -> int:
    """``len(_words(text))``, or ``cap + 1`` for any longer text.

    Most lines are paragraphs of prose; a test for a short line need not split all of one, nor
    copy it: ``split(None, cap)`` gives the rest of the line past its first ``cap`` words as a
    string of its own (a 50 MB copy of a 50 MB line without a newline).
    """
    if len(text) <= _COUNT_SPLIT_CHARS:
        return len(text.split(None, cap))
    return sum(1 for _ in islice(_RUN.finditer(text), cap + 1))


def _has_final_punct(text: str) -> bool:
    """True when the line ends like a sentence (or a clause), ignoring a trailing rule.

    What ``_FINAL_PUNCT_RE.search`` answers, read from the line's end with string methods (a
    search tried the pattern at every stop and comma of a paragraph): ``$`` is the end or the
    place before a final newline, so the line less that newline must end with a stop and
    closing marks, or with a stop, white space and a quote.
    """
    if text.rstrip()[-1:] in _RULE_ENDS:  # else the rule pattern cannot match: nothing to cut
        text = _TRAILING_RULE_RE.sub("", text)
    core = text.removesuffix("\n")
    if core.rstrip(_FINAL_CLOSERS)[-1:] in _FINAL_MARKS:
        return True
    return core[-1:] in _FINAL_QUOTES and core[:-1].rstrip()[-1:] in _FINAL_STOPS


# The characters of ``_FINAL_PUNCT_RE``'s two branches, as sets (never holding "").
_FINAL_MARKS = frozenset(".!?:;,…")
_FINAL_CLOSERS = "\"'”’)]"
_FINAL_QUOTES = frozenset("\"'”’")
_FINAL_STOPS = frozenset(".!?")
_RULE_ENDS = frozenset("-_=*")


# A run of dashes or underscores some wire copy appends after the last sentence. The white space
# is matched from its first character only (the look-behind): a long run of spaces is otherwise
# retried from each of its positions, quadratic in its length.
_TRAILING_RULE_RE = re.compile(r"(?<!\s)\s+[-_=*]{3,}\s*$")


# Markdown's marks around a line's text: an ATX heading's "#"s (and closing ones), emphasis.
_MARKDOWN_LINE_RE = re.compile(r"^(?:#{1,6}\s+)?([*_]{0,3})(?P<text>.*?)\1(?:\s+#+)?\s*$")


# Markdown's underline of the heading above it ("Ferry back\n=========").
_SETEXT_UNDERLINE_RE = re.compile(r"^\s*(?:=+|-{3,})\s*$")


# What the marks around a line's Markdown text are made of (``_MARKDOWN_LINE_RE``): "#", "*",
# "_" and white space (``\s``, as ``str.isspace`` reads it; none past U+3000), so that the text
# of a line is never shorter than the line stripped of these characters.
_MARKDOWN_MARKS = "#*_" + "".join(c for c in map(chr, range(0x3001)) if c.isspace())


def _markdown_text(line: str) -> str:
    """A line's text without Markdown's marks around it: "# Ferry back", "**Nov. 25, 2024**"."""
    found = _MARKDOWN_LINE_RE.match(line.strip())
    text = found["text"].strip() if found is not None else ""
    return text or line.strip()


def _is_headline_like(text: str) -> bool:
    """Short, starts with a capital, digit or quote, and no final punctuation."""
    # The stop first: most lines are prose that has one, told apart without splitting them.
    if _has_final_punct(text) or not 1 <= _count_to(text, MAX_HEADLINE_WORDS) <= MAX_HEADLINE_WORDS:
        return False
    first = text.lstrip("\"'“‘([*#- ")
    return bool(first) and (first[0].isupper() or first[0].isdigit())


# ---------------------------------------------------------------------------------------------
# Patterns. Each matches a whole stripped line unless it says "prefix".

_DASHES = r"(?:—|–|--|-|_)"
# " date 2019-03-01 AP, HANOI" (prefix; the rest may be prose)
_DATE_HEADER_RE = re.compile(
    r"^\s*date\s*[:=]?\s*(?P<date>\d{4}-\d{2}-\d{2}"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)[ \t]*",
    re.IGNORECASE,
)
_KEY_HEADER_RE = re.compile(
    r"^(?P<key>published|updated|last updated|posted|first published|date|dateline|source|"
    r"title|headline|author|byline|url|link|section|filed|modified)\s*(?::|\bon\b|\bat\b)?\s*"
    r"(?P<value>.*)$",
    re.IGNORECASE,
)
_BYLINE_RE = re.compile(
    r"^(?:[Bb]y|BY)\s+(?P<names>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|van|von|al|bin|la|le))"
    r"{0,8})(?:\s*(?:,|\||-|—|for)\s*(?P<outlet>[A-Z][\w&.' -]{1,60}))?\s*$"
)
_WIRE_WRITER_RE = re.compile(
    r"^(?:(?:The )?Associated Press|AP|Reuters|AFP|Bloomberg|Xinhua|UPI)\s+"
    r"(?:(?:Staff|Special|National|Political|Diplomatic|Business|Science|Medical|Sports)\s+)?"
    r"(?:Writer|Correspondent|Reporter)s?$",
    re.IGNORECASE,
)
_WEEKDAY_RE = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# The date a dateline may carry: "September 30", "Sept. 30, 1998", "30 September 1998", "Sunday".
_DATELINE_WHEN = (
    r"(?:,\s+(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?|" + _WEEKDAY_RE + r"))?"
)
# "HANOI, Vietnam (AP) — ", "WASHINGTON, September 30 (Xinhua) -- ", "LAS VEGAS _ " (prefix);
# Xinhua's "ISTANBUL (Turkey), August 21 (Xinhua) -- " (the region in brackets) and a bracket
# left open before the dash, "WASHINGTON (AP -- " (DUC 2006, D0606F).
_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3}"
    r"(?:\s\([A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){0,2}\)(?=,))?"
    r"(?:,\s+(?!(?i:"
    + MONTH_RE[3:-4]
    + "|"
    + _WEEKDAY_RE
    + r")\b)[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){0,2})?)"
    + _DATELINE_WHEN
    + r"\s*(?:\((?P<outlet>[A-Za-z][\w&.' -]{0,30}?)(?:\)|\s*(?=--)))?"
    # "(Xinhua) --The ...": after an outlet, a double hyphen may touch the first word.
    r"\s*(?:" + _DASHES + r"\s+|(?:(?<=\) )|(?<=\)))--(?=[A-Z\"“]))(?=\S)"
)
# "Hanoi (Reuters) - " : a title-case place is taken only with an outlet in parentheses.
_DATELINE_TITLE_RE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}"
    r"(?:,\s+(?!(?i:"
    + MONTH_RE[3:-4]
    + "|"
    + _WEEKDAY_RE
    + r")\b)[A-Z][A-Za-z.]+(?:\s[A-Z][a-z]+)?)?)"
    + _DATELINE_WHEN
    + r"\s+\((?P<outlet>[A-Za-z][\w&.' -]{0,30})\)\s*"
    + _DASHES
    + r"\s+(?=\S)"
)
# Wire copy's underscore dash: "Washington _ Former House Speaker ...", "COEUR d'ALENE, Idaho _
# Issuing ...", "(OMAHA, Neb.) _ His ...", "CARACAS, Venezuela (AP) _Venezuelan ...". Prose uses
# the same mark as a dash ("Generation X _ that youthful generation _ is ..."), so the text after it
# must open a sentence; a place word may be title case or carry a particle ("d'ALENE").
_PLACE_WORD = r"(?:[A-Z]|[a-z]{1,2}['’][A-Z])[A-Za-z.'’-]*"
_DATELINE_WIRE_RE = re.compile(
    r"^\(?(?P<place>" + _PLACE_WORD + r"(?:\s" + _PLACE_WORD + r"){0,2}"
    r"(?:,\s+" + _PLACE_WORD + r"(?:\s" + _PLACE_WORD + r"){0,2})?)\)?"
    r"(?:\s*\((?P<outlet>[A-Za-z][\w&.' -]{0,30})\))?"
    r"\s+_\s*(?=[A-Z\"“`'])"
)
# A news budget's slug opening a paragraph, with its place if any: "CUBA-ELIAN _ MIAMI _ As both
# sides ...", "OPRAH-BEEF (Undated) _ A Texas jury ..." (words in capitals joined by hyphens, the
# wire's underscore dash after them; the entry's own text must open a sentence).
_SLUG_RE = re.compile(
    r"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+(?:\s\([A-Za-z][A-Za-z ]{0,20}\))?\s+_\s+"
    r"(?:[A-Z][A-Z.'’-]+(?:,?\s[A-Z][A-Za-z.'’-]+){0,3}\s+_\s+)?"
    r"(?=[A-Z0-9\"“`'$])"
)
_ADVERT_RE = re.compile(
    r"^(?:advertisement|advert|ad|sponsored(?: content)?|paid content|promoted|"
    r"story continues (?:below|after) (?:this )?(?:advertisement|ad)|"
    r"advertisement\W+(?:scroll|continue) (?:to continue|reading)(?: below)?|"
    r"continue reading (?:the |this )?(?:main )?(?:story|article)(?: below)?|"
    r"article continues (?:below|after) (?:this )?(?:advertisement|ad)|"
    r"\W*(?:advertisement|ad)\W*)[.:]?$",
    re.IGNORECASE,
)


class _Placed(NamedTuple):
    """A pattern's hints for an ASCII line, where it stands: anywhere, at the start, at the end."""

    within: tuple[str, ...]
    starts: tuple[str, ...]
    ends: tuple[str, ...]


def _gallery_rule() -> tuple[re.Pattern[str], tuple[str, ...], _Placed]:
    """The gallery-label pattern, its hints and its placed hints for an ASCII line (``_Placed``),
    all from data/en/gallery_labels.txt."""
    forms: dict[str, tuple[str, ...]] = {}
    for line in read_lines("en", "gallery_labels.txt"):
        form, sep, words = line.partition(":")
        if not sep or form.strip() not in _GALLERY_FORMS:
            raise ResourceError(
                f"en/gallery_labels.txt: {line!r} is not 'form: words'; the forms are "
                f"{', '.join(_GALLERY_FORMS)}"
            )
        forms[form.strip()] = tuple(w.strip().lower() for w in words.split("|") if w.strip())

    def any_of(form: str) -> str:
        return "(?:" + "|".join(re.escape(w) for w in forms.get(form, ())) + ")"

    pattern = re.compile(
        r"(?:【[^】]{1,30}】|^\[" + any_of("bracketed") + r"[^\]]{0,30}\]|"
        r"^(?:view|see|open|launch) (?:the )?(?:photo )?" + any_of("view") + r"\b|"
        r"^" + any_of("label") + r"\s*[:|]\s|"
        r"^" + any_of("line") + r"\b|"
        r"^\d+\s+" + any_of("count") + r"$)",
        re.IGNORECASE,
    )
    # Every match holds "【", "[" or one of the words (case-folded): the hints follow the file.
    every = {w for listed in forms.values() for w in listed}
    # A word holding another word adds nothing to the substring test ("photos" after "photo").
    shortest = sorted(w for w in every if not any(o != w and o in w for o in every))
    hints = ("【", "[", *shortest)
    # In an ASCII line ("【" is none) every form opens the line, but the count, which ends it.
    openers = ("view ", "see ", "open ", "launch ") if forms.get("view") else ()
    placed = _Placed(
        (),
        ("[", *openers, *forms.get("label", ()), *forms.get("line", ())),
        tuple(end for word in forms.get("count", ()) for end in (word, word + "\n")),
    )
    return pattern, hints, placed


# The forms of a gallery label (see the header of data/en/gallery_labels.txt).
_GALLERY_FORMS = ("bracketed", "view", "label", "line", "count")
_GALLERY_RE, _GALLERY_HINTS, _GALLERY_PLACED = _gallery_rule()
# A photographer's name before the outlet: "(James Estrin/New York Times Photo)", "(Kevin
# Sullivan/Cox Newspapers photo)", how a wire's photo package ends each caption.
_NAMED_PHOTO_CREDIT = r"\([A-Z][^()/\n]{0,60}/[^()/\n]{0,60}\b[Pp]hoto(?:graph)?s?\)"
# A line ending in one is a caption however long: no paragraph of prose ends so. The package's
# code for the photo's size may follow it ("*LITE").
_NAMED_CREDIT_END_RE = re.compile(_NAMED_PHOTO_CREDIT + r"(?:\s+\*?[A-Z]{2,8})?$")
_PHOTO_CREDIT_RE = re.compile(
    r"(?:\((?:AP|AFP|Reuters|EPA|Getty)?\s*photo(?:graph)?s?\s*(?:/|by|:)[^)]{0,80}\)|"
    + _NAMED_PHOTO_CREDIT
    + r"|"
    r"^(?:photo|photograph|picture|image|pic|credit|photo credit|image credit|image source)"
    r"\s*(?::|by|/|-|—)\s*\S|"
    r"\b(?:photo|image|picture)\s+credit\b|"
    r"\bGetty\s?Images\b|\b(?:AFP|AP|EPA|Reuters)\s*/\s*[A-Z][\w. ]+(?:/\s*[A-Z][\w. ]+)?\)?$|"
    r"\bvia (?:Getty|Reuters|AP|Shutterstock)\b|\bShutterstock\b)",
    re.IGNORECASE,
)
_CREDIT_START_RE = re.compile(
    r"^(?:photo|photograph|picture|image|pic|credit|photo credit|image credit|image source)"
    r"s?\s*(?::|by\b|/)",
    re.IGNORECASE,
)
_REPORTING_CREDIT_RE = re.compile(
    r"^(?:\(?\s*)(?:(?:additional )?reporting by|writing by|editing by|compiled by|"
    r"contributing(?: reporting)?(?: by)?\s*:)\b",
    re.IGNORECASE,
)
# The "c" first, its word boundary checked behind it: the search skips to a "c" in C.
_CONTRIBUTED_RE = re.compile(
    r"c(?<=\bc)ontributed (?:reporting )?to this (?:report|story|article)\.?$", re.IGNORECASE
)
_TWEET_SIGNATURE_RE = re.compile(
    r"(?:pic\.twitter\.com/\w+|(?:—|–|--|-)\s*[^()\n]{1,60}\(@\w{1,30}\)\s*"
    r"(?:" + MONTH_RE + r"\s+\d{1,2},\s+\d{4})?|https?://t\.co/\w+)",
    re.IGNORECASE,
)
_EMBED_LINE_RE = re.compile(
    r"^(?:view this (?:post|photo|video) on (?:instagram|facebook|tiktok|twitter|x)|"
    r"a (?:post|photo|video) shared by\b|"
    r"(?:watch|see) (?:this|the) (?:video|post) on (?:youtube|facebook|instagram)|"
    r"\(@\w+\)\s*$|"
    r"embed(?:ded)? (?:tweet|post|video)\b)",
    re.IGNORECASE,
)
_PROMO_RE = re.compile(
    r"^(?:this (?:article|story|post|piece|content) (?:was )?(?:first |originally )?"
    r"(?:appeared|published|ran|posted)|"
    r"(?:originally|first) (?:published|appeared) (?:on|in|at|by)\b|"
    r"(?:read|see|watch|listen)(?: the)? (?:more|also|next|full story|related|original)\b|"
    r"(?:related|more|also read|recommended|trending|most read|most popular)\s*:|"
    r"subscribe\b|sign up\b|click here\b|tap here\b|follow (?:us|@\w+)\b|"
    r"follow [A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3} on (?:twitter|facebook|instagram|x)\b|"
    r"like us on\b|share (?:this|on|via)\b|share:|"
    r"get (?:the latest|our|breaking)\b|download (?:the|our) app\b|"
    r"(?:want|looking for) more\b|join the conversation\b|"
    r"(?:do you have|got) a (?:story|news tip|tip)\b|send us (?:a|your)\b|"
    r"we(?:'ll| will) (?:send|deliver)\b|"
    r"for more (?:news|stories|information) (?:on|from|about|visit)\b|"
    r"you (?:may|might) (?:also )?like\b|"
    r"don't miss\b|newsletter\b)",
    re.IGNORECASE,
)
_APPEARED_ON_RE = re.compile(
    r"^this (?:article|story|post|piece) (?:was )?(?:first |originally )?(?:appeared|published)"
    r" (?:first |originally )?(?:on|in|at) (?P<outlet>[A-Z][\w&.'’ -]{0,40}?)\W*$",
    re.IGNORECASE,
)
_SIDEBAR_LABEL_RE = re.compile(
    r"^(?:related(?: stories| articles| coverage| content| links| news)?|"
    r"more (?:from|on|stories|news|in|about)\b.*|more like this|"
    r"(?:you (?:may|might) (?:also )?like|recommended(?: for you)?|trending(?: now)?|"
    r"most (?:read|popular|viewed|shared)|top stories|latest (?:news|stories)|"
    r"in other news|in case you missed it|what to read next|read next|also on\b.*))\s*:?$",
    re.IGNORECASE,
)
_COPYRIGHT_RE = re.compile(
    r"(?:^copyright\b|^\(c\)\s*\d{4}|©|\ball rights reserved\b|^c\.\s*\d{4}\s+\w|"
    r"\bcopyright\s+(?:\d{4}|©|\(c\))|^\W*(?:the )?new york times (?:news service|syndicate)\W*$)",
    re.IGNORECASE,
)
_WIRE_LINE_RE = re.compile(
    r"^(?:nn|n|\(?(?:begin|end) optional (?:trim|add)\.?\)?|\(?optional add end\)?|"
    r"\(?more\)?|\(?end\)?|endit|xxxx end of story|end of story|-0-|\$\$\$|x x x|"
    r"&[a-z]{2};|\(?story filed by .*|eds?:.*|attention editors:.*|editor'?s'? note\b.*|"
    # A correction notice ("This article was amended on 24 March 2026. An earlier version said
    # ... 6.9 metres."): the story's text, not its news; its figure is the wrong one.
    r"(?:correction|clarification)s?\s*[:—–-].*|"
    r"this (?:article|story|report|piece|post) (?:was|has been) (?:amended|corrected|updated)\b.*|"
    r"an earlier version of this (?:article|story|report|piece|post)\b.*|"
    r"with(?:\s+(?:photo|graphic|photos|sidebar)s?)?|for use by clients of .*|"
    r"[-_*=~#.\s]{1,}|"
    r"(?:ny|la|wp|bc|ap)[-_][\w-]+|"
    r"(?:cox|nyt|afp|ap|apw|xie)(?: news service| newswire| washington bureau)?\s*:?)$",
    re.IGNORECASE,
)
# Wire codes that sit inside a paragraph of one-paragraph wire copy.
# Every branch opens with a character ("(", "&", "n"; the look-behinds follow the first "n"), so
# the search skips in C to where one stands instead of trying each branch at every position.
_WIRE_INLINE_RE = re.compile(
    r"(?:\((?:BEGIN|END) OPTIONAL (?:TRIM|ADD)\.?\)|\(MORE\)|&(?:UR|QL|HT|QC|LR|MD|TF);|"
    r"n(?<=\sn)n(?=\s)|n(?<=^n)n(?=\s))"
)
# The local part starts where its run of [\w.+-] starts (the look-behind): otherwise a long run
# with no "@" after it is retried from every one of its positions, quadratic in its length. Any
# match inside a run extends back to the run's start, so the matches are the same.
_CONTACT_RE = re.compile(
    r"(?:(?<![\w.+-])[\w.+-]+(?:@|\((?:at|AT)\))[\w-]+\.[\w.]+|\bhttps?://\S+|\bwww\.\S+|"
    r"\b\d{3}[-. ]\d{3}[-. ]\d{4}\b)"
)
_ON_THE_NET_RE = re.compile(
    r"^(?:on the (?:net|web)|online|links?|internet)\s*:\s*$", re.IGNORECASE
)
_QUOTE_CHARS = '"“”«»‘’`'


def _read_outlets() -> dict[str, str]:
    """Outlets recognised in a header or byline -> their usual short name (data/en/outlets.txt)."""
    outlets: dict[str, str] = {}
    for line in read_lines("en", "outlets.txt"):
        written, sep, name = line.partition("=")
        if not sep or not written.strip() or not name.strip():
            raise ResourceError(f"en/outlets.txt: {line!r} is not 'written = name'; fix that line")
        outlets[written.strip().lower()] = name.strip()
    return outlets


_OUTLETS = _read_outlets()


class _Hinted:
    """A pattern that is searched only in lines holding one of its literal hints.

    Python's ``re`` tries every alternative of a pattern at every position of a line, and most
    lines (prose) hold none of the words a marker needs; a substring test rules them out at C
    speed. Every match of ``pattern`` contains one of ``hints`` (in the case-folded line when
    ``fold``), or a match of ``also`` when given; ``tests/test_clean.py`` checks this on every
    marker line the tests know.

    ``placed``, when given, says where the hints of a branch anchored at the line's start (or
    end) stand in an ASCII line, whose case folding is its lower case and which holds no other
    letters: a test at that place instead of a scan of the line, and no false hint from the
    middle of a line ("c." in "Inc.", "pic" in "topic").
    """

    __slots__ = ("also", "fold", "hints", "pattern", "placed")

    def __init__(
        self,
        pattern: re.Pattern[str],
        hints: tuple[str, ...],
        *,
        fold: bool = True,
        also: re.Pattern[str] | None = None,
        placed: _Placed | None = None,
    ) -> None:
        self.pattern = pattern
        self.hints = hints
        self.fold = fold
        self.also = also
        self.placed = placed

    def hinted(self, text: str, folded: str | None = None) -> bool:
        """Whether ``text`` may hold a match (False: it certainly does not).

        ``folded`` is ``text.casefold()`` when the caller has it already.
        """
        if self.fold:
            probe = text.casefold() if folded is None else folded
        else:
            probe = text
        hints = self.hints
        if self.placed is not None and text.isascii():
            hints = self.placed.within
            if probe.startswith(self.placed.starts) or probe.endswith(self.placed.ends):
                return True
        for hint in hints:  # a plain loop: a third faster than any() over a generator
            if hint in probe:
                return True
        return self.also is not None and self.also.search(text) is not None

    def search(self, text: str, folded: str | None = None) -> re.Match[str] | None:
        return self.pattern.search(text) if self.hinted(text, folded) else None


_GALLERY = _Hinted(_GALLERY_RE, _GALLERY_HINTS, placed=_GALLERY_PLACED)
# "pic" and "image" are hints of the branch opening a line ("Picture: ..."); the others' words
# stand anywhere.
_PHOTO_CREDIT = _Hinted(
    _PHOTO_CREDIT_RE,
    ("photo", "pic", "image", "credit", "getty", "/", "via ", "shutterstock"),
    placed=_Placed(("photo", "credit", "getty", "/", "via ", "shutterstock"), ("pic", "image"), ()),
)
# "(c)" and "c." open a line ("(c) 2019 ...", "c.1998 ..."), or stand after "copyright"; "©" is
# in no ASCII line.
_COPYRIGHT = _Hinted(
    _COPYRIGHT_RE,
    ("copyright", "(c)", "©", "rights reserved", "c.", "new york times"),
    placed=_Placed(("copyright", "rights reserved", "new york times"), ("(c)", "c."), ()),
)
_TWEET_SIGNATURE = _Hinted(_TWEET_SIGNATURE_RE, ("pic.twitter.com/", "(@", "t.co/"))
# _CONTACT_RE is case-sensitive: so are its hints; the phone-number part needs a regex of its own.
_CONTACT = _Hinted(
    _CONTACT_RE,
    ("@", "(at)", "(AT)", "://", "www."),
    fold=False,
    also=re.compile(r"\d\d\d[-. ]\d{3}[-. ]\d{4}"),  # a digit first: the search skips to one
)
# The wire's "nn" code is a word of its own, white space after it: a hint of "nn" alone sent a
# line in seven through the search ("annual", "Kennedy"), one with "nn" and white space one in
# sixty-five.
_WIRE_INLINE = _Hinted(
    _WIRE_INLINE_RE,
    ("(BEGIN OPTIONAL", "(END OPTIONAL", "(MORE)", "&"),
    fold=False,
    also=re.compile(r"nn\s"),
)
# The first word of a line, to rule out a headline repeat before normalising the whole line.
_FIRST_WORD_RE = re.compile(r"\w+")


def _outlet_name(value: str) -> str:
    """The outlet's usual short name, or the value as given."""
    cleaned = value.strip().strip(",;:-—")
    return _OUTLETS.get(cleaned.lower(), cleaned)


def _known_outlet(body: str) -> str | None:
    """The short name of the outlet a line names and nothing else ("Reuters", "BBC News":
    data/en/outlets.txt), or None."""
    if len(body.strip(_MARKDOWN_MARKS)) > _LONGEST_OUTLET:
        # Its Markdown text, cut only from such marks, is longer still: no outlet's name, told
        # without the pattern (which tries its end at every character of a line of prose).
        return None
    name = _markdown_text(body)
    return _OUTLETS.get(name.lower()) if len(name) <= _LONGEST_OUTLET else None


_LONGEST_OUTLET = max(map(len, _OUTLETS), default=0)
# Most words of an outlet's name that is not in data/en/outlets.txt ("Frankfurter Allgemeine
# Zeitung", "Le Courrier de Valmorin"); the fewest is two, as one capitalised word between a
# headline and a date line is as often a section's label ("Politik").
OUTLET_NAME_WORDS = (2, 6)


@lru_cache(maxsize=1)
def _outlet_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words of outlets' names ("star", "zeitung", "courrier") and the words of section
    labels ("world", "politik"), over every language (data/<lang>/outlet_words.txt)."""
    return _marked_words("outlet_words.txt", opening=True)


@lru_cache(maxsize=1)
def _name_connectors() -> frozenset[str]:
    """Lower-case words inside a name, over every language (data/<lang>/name_connectors.txt)."""
    return frozenset().union(*(get_lexicon(lang).name_connectors for lang in LANGUAGES))


def _name_keys(body: str, sizes: tuple[int, int]) -> list[str] | None:
    """The lower-case words of a line that reads as a name alone, else None: between ``sizes``
    words (least, most), each capitalised but the connectors of names ("de", "della"), the
    first capitalised, no figure, no final punctuation and no English finite verb (nor a plural
    present after a word in -s, ``_plural_presents``). What name (an outlet's, a writer's) the
    callers tell by the words of ``outlet_words.txt``."""
    least, most = sizes
    name = _markdown_text(body)
    words = name.split()
    if not least <= len(words) <= most or _has_final_punct(name) or any(c.isdigit() for c in name):
        return None
    connectors = _name_connectors()
    keys = [word.strip("\"'“”‘’()").lower() for word in words]
    capitalised = all(
        word[:1].isupper() or key in connectors or key.split("'")[0] + "'" in connectors
        for word, key in zip(words, keys, strict=True)
    )
    if not capitalised or not words[0][:1].isupper() or has_finite_verb(name):
        return None
    if any(
        key in _plural_presents() and keys[i - 1].endswith("s")
        for i, key in enumerate(keys[1:], start=1)
    ):
        return None  # "Repairs Take Two Years": a subtitle's clause in title case
    return keys


@lru_cache(maxsize=1)
def _plural_presents() -> frozenset[str]:
    """The plural present of the third-person forms of ``noise_verbs.txt`` ("takes" -> "take",
    "faces" -> "face"). The list holds the forms of a singular subject, as a caption's clause
    has ("Mayor takes questions"); a title-case subtitle's plural subject takes the bare form
    ("Repairs Take Two Years"), which is also a noun or a name ("Bob Hope"), so it is read as a
    verb only after a word in -s (``_name_keys``). "does", "goes" (not "doe", "goe") and the
    short forms ("is", "has") give none."""
    return frozenset(
        verb[:-1]
        for verb in _finite_verbs()
        if len(verb) >= 4 and verb.endswith("s") and not verb.endswith(("ss", "oes"))
    )


def _is_outlet_name(body: str) -> bool:
    """Whether a line reads as the name of an outlet not listed ("Tollmouth Evening Star"): two
    to six words, each capitalised but the connectors of names ("de", "della"), no figure, no
    final punctuation, one word of an outlet's name and none of a section's label
    (``outlet_words.txt``), and no English finite verb (``_name_keys``). A writer's name ("Jane
    Smith") holds no outlet's word; a kicker or a standfirst is a section's label or a clause."""
    keys = _name_keys(body, OUTLET_NAME_WORDS)
    if keys is None:
        return False
    names, sections = _outlet_words()
    return not any(key in sections for key in keys) and any(key in names for key in keys)


# A writer's name without "By" under a headline: two to five words ("Jane Smith", "Ana de la Cruz").
WRITER_NAME_WORDS = (2, 5)


@lru_cache(maxsize=1)
def _place_words() -> tuple[frozenset[str], frozenset[str]]:
    """Lower-case words that end a place's name ("city", "county") and words that open one
    ("port", "new"; listed with a trailing "-"), over every language
    (data/<lang>/place_words.txt)."""
    return _marked_words("place_words.txt", opening=False)


def _marked_words(name: str, *, opening: bool) -> tuple[frozenset[str], frozenset[str]]:
    """The lower-case words of the list ``name`` over every language, as two sets: the plain
    ones, and those marked with a "-" (before the word when ``opening``, else after it), without
    the mark."""
    plain: set[str] = set()
    marked: set[str] = set()
    for language in LANGUAGES:
        for line in read_lines(language, name):
            word = line.strip().lower()
            if opening and word.startswith("-"):
                marked.add(word[1:].strip())
            elif not opening and word.endswith("-"):
                marked.add(word[:-1].strip())
            elif word:
                plain.add(word)
    return frozenset(plain), frozenset(marked)


def _is_writer_name(body: str) -> bool:
    """Whether a line reads as a writer's name alone ("Jane Smith", "J. R. Okafor"): two to five
    words, each capitalised but the connectors of names, no figure, no final punctuation, no
    word of an outlet's name or a section's label (``outlet_words.txt``), no English finite
    verb (``_name_keys``), and not a place's name (``_is_place_name``: "New York City", "Port
    Averell"). Read only between a headline and a date line (perhaps an outlet's line
    between)."""
    keys = _name_keys(body, WRITER_NAME_WORDS)
    if keys is None or _is_place_name(keys):
        return False
    names, sections = _outlet_words()
    return not any(key in sections or key in names for key in keys)


def _is_place_name(keys: Sequence[str]) -> bool:
    """Whether the words of a line that reads as a name (``_name_keys``) name a place: the last
    ends a place's name or the first opens one (``place_words.txt``)."""
    ends, opens = _place_words()
    return bool(keys) and (keys[-1] in ends or keys[0] in opens)


def _place_follows(lines: list[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a place's name alone (``_is_place_name``: "New York City",
    "Port Averell") with a date line under it: the story's dateline, under its headline."""
    if index >= len(lines):
        return False
    keys = _name_keys(lines[index].text, WRITER_NAME_WORDS)
    return keys is not None and _is_place_name(keys) and _date_below(lines, index + 1)


def _writer_follows(lines: list[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a writer's name alone with a date line under it, perhaps an
    outlet's line between ("Headline\nJane Smith\n10 June 2031")."""
    if index >= len(lines) or not _is_writer_name(lines[index].text):
        return False
    return _date_below(lines, index + 1) or (
        index + 1 < len(lines) and _outlet_follows(lines, index + 1)
    )


# A kicker's words: a section's label ("World", "Breaking News", "Politics & Business").
KICKER_WORDS = 3


def _is_kicker(body: str) -> bool:
    """Whether a line reads as a kicker, a section's label above a headline ("WORLD",
    "Breaking", "Transport", "EXCLUSIVE"): one to ``KICKER_WORDS`` words of section labels
    (``outlet_words.txt``; the first a section's, the others perhaps an outlet's: "World News";
    "&" and "and" between), or one word in capitals; no figure, no final punctuation."""
    if _count_to(body.strip(_MARKDOWN_MARKS), KICKER_WORDS) > KICKER_WORDS:
        # Its Markdown text, cut only from such marks, has these words and more: no kicker, told
        # without the pattern (which tries its end at every character of a line of prose).
        return False
    name = _markdown_text(body)
    words = name.split()
    if not 1 <= len(words) <= KICKER_WORDS or _has_final_punct(name):
        return False
    if len(words) == 1 and name.isalpha() and name.isupper() and len(name) > 2:
        return True
    names, sections = _outlet_words()
    keys = [word.strip("\"'“”‘’()|:").lower() for word in words]
    # "World News", "Breaking News": a section's word first, then perhaps an outlet's.
    known = sections | names | {"&", "and"}
    return keys[0] in sections and all(key in known for key in keys)


def _kicker_above(lines: list[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is a kicker above the headline: a kicker's line whose next line
    reads as a headline (headline-like, and alone, the last of the kicker's paragraph, or over a
    byline, a date line or an outlet's or writer's line)."""
    if index + 1 >= len(lines) or not _is_kicker(lines[index].text):
        return False
    headline = lines[index + 1]
    if not _is_headline_like(headline.text) or _is_date_line(headline.text):
        return False
    if _match_byline(headline.text) or _is_kicker(headline.text):
        return False
    after = lines[index + 2] if index + 2 < len(lines) else None
    if headline.alone or after is None or after.paragraph != headline.paragraph:
        return True
    return (
        bool(_match_byline(after.text))
        or _is_date_line(after.text)
        or _outlet_follows(lines, index + 2)
        or _writer_follows(lines, index + 2)
    )


# ---------------------------------------------------------------------------------------------
# Verb cues for captions


def _finite_verbs() -> frozenset[str]:
    """The shipped list of finite verb forms (``wordforms.finite_verbs``)."""
    return finite_verbs("en")


@lru_cache(maxsize=1)
def _bare_finite_verbs() -> frozenset[str]:
    """The finite verb forms that stand as a whole word with no mark to strip ("said", not
    "'s"), all ASCII: a word of a lower-cased text that is one of them is, stripped, one of
    ``_finite_verbs`` too."""
    marks = _VERB_TOKEN_MARKS
    return frozenset(v for v in _finite_verbs() if v.isascii() and v.strip(marks) == v)


# Words ending in -ed that are not verbs; common enough in captions to matter.
_ED_NOT_VERBS = frozenset(
    {
        "red", "bed", "shed", "speed", "seed", "need", "feed", "breed", "creed", "greed", "deed",
        "indeed", "hundred", "sacred", "naked", "wicked", "kindred", "rugged", "ragged",
        "beloved", "aged", "learned", "united", "embed", "bred", "steed", "weed", "reed", "tweed",
    }
)  # fmt: skip
# Contractions that make a pronoun a clause: "he's", "they're", "we'll".
_CONTRACTIONS = ("'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "n't", "n’t")
_PRONOUNS = frozenset(["i", "he", "she", "we", "they", "it", "who", "which", "that", "there"])
_SENTENCE_SPLIT_RE = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


def _abbreviation_entries() -> set[str]:
    """The English abbreviations, titles and places (data/en/abbreviations*.txt and
    place_abbreviations.txt) without their final period."""
    lexicon = get_lexicon("en")
    places = tuple(read_lines("en", "place_abbreviations.txt"))  # "Vt.", "Ont.": split's too
    entries = {entry.rstrip(".") for entry in lexicon.abbreviations + lexicon.titles + places}
    entries.discard("")
    return entries


def _abbreviation_end_re() -> re.Pattern[str]:
    """A word that ends in an abbreviation's period: an initial, or an entry of the lexicon.

    The English abbreviations, titles and places (``_abbreviation_entries``);
    an entry written with a capital matches as written, a lower-case one in any case.
    """
    entries = _abbreviation_entries()

    def alternation(words: set[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))

    cased = {entry for entry in entries if not entry.islower()}
    return re.compile(
        r"\b(?:[A-Z]|" + alternation(cased) + "|(?i:" + alternation(entries - cased) + "))$"
    )


_ABBREV_END_RE = _abbreviation_end_re()
# The most characters a match of it spans: an initial, or the longest entry.
_ABBREV_END_CHARS = max(1, *map(len, _abbreviation_entries()))


def _sentence_count(text: str) -> int:
    """Rough sentence count, not splitting after common abbreviations."""
    count = 1
    for match in _SENTENCE_SPLIT_RE.finditer(text):
        # A match of the abbreviation ends where the stop is (or before a newline there): read
        # from that many characters before, not tried at every position of the text before it.
        end = match.start()
        if not _ABBREV_END_RE.search(text, max(0, end - _ABBREV_END_CHARS - 1), end):
            count += 1
    return count


# What is stripped around a word before ``has_finite_verb`` reads it.
_VERB_TOKEN_MARKS = ".,;:!?\"'“”‘’()[]"


def has_finite_verb(text: str) -> bool:
    """True when some token looks like a finite verb (listed form, -ed past, pronoun + verb)."""
    if not _bare_finite_verbs().isdisjoint(text.lower().split()):
        # A listed form standing bare ("said", "is"), found in one pass at C speed: nine
        # sentences in ten of ``benchmarks/speed.py large``. The loop below reads the rest.
        return True
    verbs = _finite_verbs()
    # Each word is stripped when it is reached (and the next one for a pronoun): most sentences
    # show a verb in their first words, and the rest of a long text is never read.
    words = text.split()
    previous = ""
    for index, word in enumerate(words):
        token = word.strip(_VERB_TOKEN_MARKS)
        lower = token.lower()
        if not lower:
            previous = token
            continue
        if lower in verbs:
            return True
        if lower.endswith(_CONTRACTIONS):  # one test first: most words end with none of them
            for suffix in _CONTRACTIONS:
                if lower.endswith(suffix) and lower[: -len(suffix)] in _PRONOUNS:
                    return True
        if (
            token.islower()
            and len(lower) >= 4
            and lower.endswith("ed")
            and lower not in _ED_NOT_VERBS
            and not _is_ed_adjective(token, previous)
        ):
            return True
        if (
            lower in _PRONOUNS
            and index + 1 < len(words)
            and words[index + 1].strip(_VERB_TOKEN_MARKS).islower()
        ):
            return True
        previous = token
    return False


# Words after which an -ed form is an adjective: "a darkened room", "the damaged hull".
_DETERMINERS_TEXT = (
    "a an the this that these those his her its their our my your some many two few no"
)
_DETERMINERS = frozenset(_DETERMINERS_TEXT.split())


def _is_ed_adjective(token: str, previous: str) -> bool:
    """An -ed token used as an adjective: hyphenated ("hail-damaged") or after a determiner
    (``previous``, the token before it, "" for the first)."""
    if "-" in token.strip("-"):
        return True
    return previous.lower() in _DETERMINERS


def _is_caption_sentence(text: str) -> bool:
    """A one-sentence paragraph, short, ending with a stop, no quote and no finite verb."""
    if not text.endswith(".") or not 3 <= _count_to(text, MAX_CAPTION_WORDS) <= MAX_CAPTION_WORDS:
        return False
    if any(ch in text for ch in _QUOTE_CHARS) or _sentence_count(text) != 1:
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit()):
        return False
    return not has_finite_verb(text)


# A photo shows one moment: numbers, times, attributions and joined clauses mark news prose.
_SCENE_EXCLUDE_RE = re.compile(
    r"\d|\b(?:according|today|tonight|yesterday|tomorrow|week|month|year|later|earlier|ago|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|" + MONTH_RE[3:-4] + r")\b"
    r"|,\s+(?:and|but|while|which|who)\b|\s(?:--|_|—)\s",
    re.IGNORECASE,
)


# Captions name people and end on where they are: "... in Hanoi." / "... outside Seoul."
_SCENE_PLACE_RE = re.compile(r"\b(?:in|at|outside|near)\s+[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)*\.$")


def _last_token(text: str) -> str:
    """``text.rsplit(None, 1)[-1]`` without copying the rest of a long line: the line's tail,
    when white space stands in it before its last token, holds all of that token."""
    tail = text[-_TAIL_CHARS:].rsplit(None, 1)
    return tail[-1] if len(tail) == 2 else text.rsplit(None, 1)[-1]


_TAIL_CHARS = 64


def _is_scene_caption(text: str) -> bool:
    """A present-tense scene caption: names, a present verb, no past or auxiliary, a place."""
    if not text.endswith(".") or not "A" <= _last_token(text)[0] <= "Z":
        return False  # the place it ends on (_SCENE_PLACE_RE) starts with a capital
    if not 6 <= _count_to(text, MAX_CAPTION_WORDS) <= MAX_CAPTION_WORDS:
        return False
    if any(ch in text for ch in _QUOTE_CHARS) or _sentence_count(text) != 1:
        return False
    if has_finite_verb(text) or _SCENE_EXCLUDE_RE.search(text):
        return False
    if not _SCENE_PLACE_RE.search(text):
        return False
    capitalised = sum(1 for w in _words(text)[1:] if w[:1].isupper())
    return capitalised >= 3


# ---------------------------------------------------------------------------------------------
# Detection


@dataclass(slots=True)
class Found:
    """Detection state: spans found so far and metadata candidates."""

    spans: list[Removal]
    date: str | None = None
    dateline: str | None = None
    source: str | None = None
    title: str | None = None
    byline: str | None = None
    updated: str | None = None
    # The article's web address (a front matter's), whose host names an outlet none names.
    address: str | None = None


def span_removal(text: str, start: int, end: int, reason: str) -> Removal:
    """A Removal whose text is the slice it covers."""
    return Removal(start, end, reason, text[start:end])


def _header_prefix(text: str, line: _Line, found: Found) -> int | None:
    """Handle a ``date YYYY-MM-DD ...`` header; returns the offset where prose resumes."""
    match = _DATE_HEADER_RE.match(text)
    if not match or match.end() > line.end or match.start("date") < line.start:
        return None
    found.date = found.date or parse_date(match["date"])
    rest = text[match.end() : line.end]
    begin = match.start()
    if not rest or (_is_headline_like(rest) and len(_words(rest)) <= 6):
        # "AP, HANOI": outlet then dateline; a lone known outlet is the source.
        parts = [p.strip() for p in rest.split(",") if p.strip()]
        if parts:
            if len(parts) >= 2 or parts[0].lower() in _OUTLETS:
                found.source = found.source or _outlet_name(parts[0])
                if len(parts) >= 2:
                    found.dateline = found.dateline or ", ".join(parts[1:])
            else:
                found.dateline = found.dateline or parts[0]
        found.spans.append(span_removal(text, begin, line.end, "header"))
        return line.end
    found.spans.append(span_removal(text, begin, match.end(), "header"))
    return match.end()


def _top_line(
    text: str,
    line: _Line,
    found: Found,
    seen_title: bool,
    byline_follows: bool = False,
    date_follows: bool = False,
    writer_here: bool = False,
    kicker: bool = False,
    place_here: bool = False,
) -> str | None:
    """Classify a line at the top of the article; returns a reason or None for prose.

    ``byline_follows``: a headline-like line need not stand alone in its paragraph: the next
    line of the paragraph is a byline or a date line ("Headline\nBy Name"), or the lines before
    it there were read as the header (" date 2024-11-25 Outlet\nHeadline").
    ``date_follows``: the next line is only a date (or a byline and then a date). A line that is only a known outlet's name
    is the outlet (``header``) anywhere at the top; a name not listed only between the headline
    and a date line (``_is_outlet_name``). ``writer_here``: the line is a writer's name alone
    between the headline and a date line (``_writer_follows``): the ``byline``. ``kicker``: the
    line is a section's label above the headline (``_kicker_above``): a ``header``, not the title.
    ``place_here``: the line is a place's name alone between the headline and a date line
    (``_place_follows``): the ``dateline``.
    """
    body = line.text
    key = _KEY_HEADER_RE.match(body)
    if key and _count_to(body, 16) <= 16 and not _has_final_punct(body.rstrip(".")):
        name = key["key"].lower()
        value = key["value"].strip()
        explicit = body[len(key["key"]) :].lstrip()[:1] == ":"
        date = parse_date(value)
        if name in {"published", "posted", "first published", "date", "filed"} and date:
            found.date = found.date or date
            return "header"
        if name in {"updated", "last updated", "modified"} and date:
            found.updated = found.updated or date
            return "header"
        if name in {"updated", "last updated", "published", "posted"} and re.search(
            r"\b(?:ago|today|yesterday|am|pm|a\.m\.|p\.m\.|gmt|utc|et|edt|est|bst)\b",
            value,
            re.IGNORECASE,
        ):
            return "header"
        if explicit and value:
            if name in {"title", "headline"}:
                found.title = found.title or value
            elif name == "source":
                found.source = found.source or _outlet_name(value)
            elif name in {"author", "byline"} and not is_placeholder_author(value):
                found.byline = found.byline or value
            elif name == "dateline":
                found.dateline = found.dateline or value
            return "header"
    byline = _match_byline(body)
    if byline and _count_to(body, 14) <= 14:
        found.byline = found.byline or _byline_names(byline)
        if byline["outlet"] and found.source is None:
            found.source = _outlet_name(byline["outlet"])
        return "byline"
    if _WIRE_WRITER_RE.match(body):
        return "byline"
    if _other_date_line(body, found) or _english_date_line(body, found):
        return "header"
    marker = _classify_body(line, set())
    if marker == "wire" and found.source is None:
        found.source = _known_outlet(body)  # a lone "AP" line: the wire is the source
    if marker is not None:
        return marker
    outlet = _known_outlet(body)
    if outlet is None and seen_title and date_follows and _is_outlet_name(body):
        outlet = _markdown_text(body)
    if outlet is not None:
        found.source = found.source or outlet
        return "header"
    if not seen_title and kicker:
        return "header"
    if seen_title and writer_here:
        found.byline = found.byline or _markdown_text(body)
        return "byline"
    if seen_title and place_here:
        found.dateline = found.dateline or _markdown_text(body)
        return "dateline"
    if not seen_title and (line.alone or byline_follows) and _is_headline_like(body):
        found.title = found.title or _markdown_text(body)
        return "headline"
    return None


def _dateline_prefix(text: str, line: _Line, found: Found) -> int | None:
    """Remove a ``PLACE (OUTLET) —`` prefix (or a budget's slug) at the start of the first prose
    line, or after a bulletin's headline run into it (``_inline_dateline``)."""
    slug = _SLUG_RE.match(line.text)
    if slug:  # "CUBA-ELIAN _ MIAMI _ ...": not a place and an outlet ("(Undated)")
        end = line.start + slug.end()
        found.spans.append(span_removal(text, line.start, end, "wire"))
        return end
    match = _dateline_match(line.text, wire=True)
    if not match:
        cut = _inline_dateline(line.text)
        if cut is None:
            return None
        headline_end = line.start + cut[0]
        found.spans.append(span_removal(text, line.start, headline_end, "headline"))
        line = _Line(
            headline_end, line.end, text[headline_end : line.end], line.paragraph, False, False
        )
        match = cut[1]
    place = match["place"].strip()
    outlet = match["outlet"]
    if place.upper() != "UNDATED":  # the wire's "(UNDATED) _": no place given
        found.dateline = found.dateline or place
    if outlet and found.source is None:
        found.source = _outlet_name(outlet)
    if "when" in match.groupdict() and match["when"] and found.date is None:
        # "March 1, 2019" gives the date; "March 1" alone has no year and stays unknown.
        found.date = parse_date(match["when"])
    end = line.start + match.end()
    found.spans.append(span_removal(text, line.start, end, "dateline"))
    return end


# A wire bulletin's headline run into its dateline on one line ("Armed Basque separatist group ETA
# announces cease-fire MADRID, Spain (AP) _ The armed ..."): where such a dateline, with its
# outlet, may begin (its own pattern, ``_DATELINE_RE``, is read from there).
_INLINE_DATELINE_START = re.compile(
    r"\s(?=[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3},\s+[A-Z][A-Za-z.'’-]+"
    r"(?:\s[A-Z][A-Za-z.'’-]+){0,2}\s*\([A-Za-z][\w&.' -]{0,30}\))"
)
# A headline before it is short and ends no sentence.
_INLINE_HEADLINE_WORDS = (3, 20)


def _inline_dateline(body: str) -> tuple[int, re.Match[str]] | None:
    """Where the dateline of a bulletin's first line begins, after its headline, and the
    dateline's match (read from there); None when the line opens otherwise. The dateline must
    give its outlet in parentheses, and the words before it be a headline: 3 to 20 of them, the
    first capitalised, no sentence ending among them.

    Examples
    --------
    >>> cut, match = _inline_dateline("Ferry runs aground in fog KESSEL, Brittany (AP) _ A ferry ...")
    >>> cut, match["place"], match["outlet"]
    (26, 'KESSEL, Brittany', 'AP')
    >>> _inline_dateline("The mayor said so. KESSEL, Brittany (AP) _ A ferry ran aground.") is None
    True
    """
    least, most = _INLINE_HEADLINE_WORDS
    start = _INLINE_DATELINE_START.search(body)
    if start is None:
        return None
    head = body[: start.start()]
    words = head.split()
    if not least <= len(words) <= most or not words[0][:1].isupper():
        return None
    if any(word.endswith((".", "!", "?", ":", ";")) for word in words):
        return None
    cut = start.end()
    match = _DATELINE_RE.match(body[cut:])
    if match is None or not match["outlet"]:
        return None
    return cut, match


def _later_dateline(text: str, line: _Line, found: Found) -> None:
    """Remove a ``PLACE (OUTLET) --`` prefix opening a later paragraph (a digest's next item),
    or a news budget's ``SLUG _ PLACE _`` (a budget's next entry); the document's own dateline,
    source and date stay those of its first."""
    body = line.text
    # Substring tests first (most paragraphs are prose): a slug holds the underscore dash, and
    # an outlet stands in parentheses.
    slug = _SLUG_RE.match(body) if "_" in body else None
    if slug:
        found.spans.append(span_removal(text, line.start, line.start + slug.end(), "wire"))
        return
    match = _dateline_match(body, wire=False) if "(" in body else None
    if match and match["outlet"]:
        found.spans.append(span_removal(text, line.start, line.start + match.end(), "dateline"))


def _dateline_match(body: str, *, wire: bool) -> re.Match[str] | None:
    """A ``PLACE (OUTLET) —`` prefix opening ``body`` (with ``wire``, also the wire's
    ``PLACE _``), or None."""
    match = (
        _DATELINE_RE.match(body)
        or _DATELINE_TITLE_RE.match(body)
        or (_DATELINE_WIRE_RE.match(body) if wire else None)
    )
    # An all-caps first word with a dash and nothing else could be a shouted word: require the
    # whole place to be upper case (titles like "IN the treatment ..." have no dash after them).
    if match and match.re is _DATELINE_RE and not re.search(r"[A-Z]{2}", match["place"]):
        return None
    return match


@lru_cache(maxsize=1)
def _foreign_phrases() -> frozenset[str]:
    """The page-furniture lines of the other shipped languages (``noise_phrases.txt``: "Anzeige",
    "Publicité", "Publicidad", "Pubblicità", "Lesen Sie auch"); English has its patterns above."""
    return frozenset(
        phrase.casefold()
        for language in LANGUAGES
        if language != "en"
        for phrase in get_lexicon(language).noise_phrases
    )


def _foreign_noise(body: str) -> bool:
    """Whether a whole line is one of those phrases (any case, an optional final "." or ":").

    Read in every article whatever its language: cleaning runs before the language is known, and
    none of these lines is English prose.
    """
    core = body.strip().rstrip(".:").strip()
    # Case folding never shortens a text: a line longer than every phrase is none of them,
    # decided without folding a paragraph.
    return len(core) <= _longest_foreign_phrase() and core.casefold() in _foreign_phrases()


@lru_cache(maxsize=1)
def _longest_foreign_phrase() -> int:
    """The length of the longest of ``_foreign_phrases`` (0 when there is none)."""
    return max(map(len, _foreign_phrases()), default=0)


# ---------------------------------------------------------------------------------------------
# Bylines and date lines of the other languages: "Von Anna Muster", "Par Jean Dupont", "Mis à
# jour le 16 mars 2025 à 10h32", "16. März 2025, 10:32 Uhr" (data/<lang>/bylines.txt and
# date_labels.txt). Read in every article, as the noise phrases above: cleaning runs before the
# language is known. The patterns are built on first use, not at import.

# Capital letters, Latin-1 included ("Élodie", "Ángel", "Öztürk").
_CAPITAL = "A-ZÀ-ÖØ-Þ"
_NAME_WORD = "[" + _CAPITAL + r"][\w.'’-]*"
# Words after a clock time: "10:32 Uhr", "10h32", "10:32 MEZ".
_TIME_ZONE = r"(?:uhr|h|mez|mesz|cet|cest|utc|gmt)"


def _labels(name: str, keys: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``key -> phrases`` of a ``key: phrase | phrase`` file, over every language but English."""
    found: dict[str, list[str]] = {key: [] for key in keys}
    for language in LANGUAGES[1:]:
        for line in read_lines(language, name):
            key, sep, phrases = line.partition(":")
            if not sep or key.strip() not in keys:
                raise ResourceError(
                    f"{language}/{name}: {line!r} is not one of {', '.join(keys)} then a colon "
                    "and phrases separated by |; fix that line"
                )
            found[key.strip()] += [p.strip().lower() for p in phrases.split("|") if p.strip()]
    return {key: tuple(sorted(set(words))) for key, words in found.items()}


@lru_cache(maxsize=1)
def _label_languages() -> dict[str, str]:
    """Each date label of the other languages (``date_labels.txt``, lower case, single spaces)
    -> the first language that writes it: the date after it is written as that language writes
    dates ("Publié le 05/03/2025": 5 March)."""
    found: dict[str, str] = {}
    for language in LANGUAGES[1:]:
        for line in read_lines(language, "date_labels.txt"):
            key, _, phrases = line.partition(":")
            if key.strip() in ("published", "updated"):
                for phrase in phrases.split("|"):
                    found.setdefault(" ".join(phrase.lower().split()), language)
    return found


def _any_of(phrases: tuple[str, ...] | set[str]) -> str:
    """An alternation of phrases, longest first, any white space between their words."""
    ordered = sorted(phrases, key=lambda phrase: (-len(phrase), phrase))
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) + ")"


@lru_cache(maxsize=1)
def _other_byline_re() -> re.Pattern[str]:
    """A byline of the other languages: a "by" word, names (with their lower-case connectors and
    "and" words), optionally an outlet after a comma, bar or dash."""
    lists = _labels("bylines.txt", ("by", "and"))
    inner = set().union(*(get_lexicon(lang).name_connectors for lang in LANGUAGES[1:]))
    joins = _any_of(set(lists["and"]) | inner)
    return re.compile(
        r"^(?i:"
        + _any_of(lists["by"])
        + r")\s+(?P<names>"
        + _NAME_WORD
        + r"(?:\s+(?:"
        + _NAME_WORD
        + "|"
        + joins
        + r")){0,8})"
        r"(?:\s*(?:,|\||-|—|–|/)\s*(?P<outlet>[" + _CAPITAL + r"][\w&.'’ -]{1,60}))?\s*$"
    )


@lru_cache(maxsize=1)
def _other_date_line_re() -> re.Pattern[str]:
    """A line of the other languages that is a date and time, after a label or none."""
    lists = _labels("date_labels.txt", ("published", "updated", "at"))
    days = {day for lang in LANGUAGES[1:] for day in get_lexicon(lang).weekdays}
    months = _any_of(set(OTHER_MONTHS))
    named = r"\d{1,2}(?:\.|er|º)?\s+(?:de\s+)?" + months + r"\.?,?\s+(?:de\s+|del\s+)?\d{4}"
    # German's stop after the day before a month it writes as English does ("14. September
    # 2025"): no English outlet writes the stop.
    named += r"|\d{1,2}\.\s+" + MONTH_RE + r",?\s+\d{4}"
    numeric = r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}"
    time = (
        r"(?:\s*(?:,|-|–|—|\|)?\s*(?:" + _any_of(lists["at"]) + r"\s+)?"
        r"\d{1,2}[:h.]\d{2}(?::\d{2})?(?:\s*" + _TIME_ZONE + r")?)?"
    )
    return re.compile(
        r"^(?:(?P<published>"
        + _any_of(lists["published"])
        + r")|(?P<updated>"
        + _any_of(lists["updated"])
        + r"))?\s*:?\s*(?:"
        + _any_of(days)
        + r",?\s+)?"
        r"(?P<date>" + named + "|" + numeric + ")" + time + r"\s*$",
        re.IGNORECASE,
    )


_DOTTED_OR_NAMED_RE = re.compile(r"^\d{1,2}\.\d{1,2}\.|[^\W\d_]")


def _byline_names(byline: re.Match[str]) -> str | None:
    """The names of a byline line, or None for a content system's placeholder ("By Unknown",
    "By admin": ``text.is_placeholder_author``, as for a header's "Author:" or a record's
    ``author``); the line is a byline all the same."""
    names: str = byline["names"]
    return None if is_placeholder_author(names) else names


def _match_byline(body: str) -> re.Match[str] | None:
    """An English byline ("By Jane Smith"), else one of the other languages ("Von Anna Muster")."""
    return _BYLINE_RE.match(body) or _other_byline_re().match(body)


@lru_cache(maxsize=1)
def _english_date_line_re() -> re.Pattern[str]:
    """A line that is only an English date: a weekday perhaps, the date with its month named
    ("November 25, 2024", "Nov. 25, 2024", "25 November 2024") or in ISO form, and perhaps a
    clock time after it ("3:14 p.m. ET", "at 15:14 GMT", "| 10:32 AM EST", "23:30:00 -0500"
    as RFC 2822 writes it, "T23:30:00Z" as ISO 8601 does)."""
    lexicon = get_lexicon("en")
    days = _any_of(set(lexicon.weekdays) | set(lexicon.weekday_abbreviations))
    named = (
        MONTH_RE
        + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
        + MONTH_RE
        + r",?\s+\d{4}|\d{4}-\d{2}-\d{2}"
    )
    zone = r"(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|Z|[+-]\d{2}:?\d{2})"
    time = (
        r"(?:\s*(?:,|-|–|—|\||/|\bat\b|T)?\s*\d{1,2}(?:[:.]\d{2}){0,2}\s*"
        r"(?:[ap]\.m\.|[ap]m)?(?:\s*" + zone + r")?)?"
    )
    return re.compile(
        r"^(?:" + days + r"\.?,?\s+)?(?P<date>" + named + ")" + time + r"\s*$", re.IGNORECASE
    )


def _english_date(body: str) -> str | None:
    """For a line that is only a date (and time) as English outlets write it under a headline
    ("November 25, 2024", "Mon, Nov. 25, 2024 3:14 p.m. ET"): its ISO date, or "" when no such
    day exists ("February 30, 2024", a year 0: a date line all the same); else None."""
    if _count_to(body, 12) > 12:
        return None
    match = _english_date_line_re().match(_markdown_text(body))
    return None if match is None else parse_date(match["date"], "en") or ""


def _english_date_line(body: str, found: Found) -> bool:
    """Whether a line at the top of an article is only an English date (``_english_date``);
    records the date, if the day exists. Read at the top only: in the body such a line is a
    chronology's entry."""
    date = _english_date(body)
    if date is None:
        return False
    found.date = found.date or date or None
    return True


def _other_date_line(body: str, found: Found, words: int | None = None) -> bool:
    """Whether a line is only a date (and time) in the other languages' ways; records the date.

    Without a label the date must be one no English outlet writes, so that English copy is read
    as before: a month named in another language ("16. März 2025") or day.month ("16.03.2025").
    ``words`` is ``_count_to(body, cap)`` for some cap of 16 or more, when the caller has it.
    """
    if (_count_to(body, 16) if words is None else words) > 16:
        return False
    match = _other_date_line_re().match(body)
    if match is None:
        return False
    labelled = match["published"] or match["updated"]
    if not labelled and not _DOTTED_OR_NAMED_RE.search(match["date"]):
        return False
    language = _label_languages().get(" ".join(labelled.lower().split())) if labelled else None
    date = parse_date(match["date"], language)
    if match["updated"]:
        found.updated = found.updated or date
    else:
        found.date = found.date or date
    return True


def _classify_body(line: _Line, title_keys: set[str], words: int | None = None) -> str | None:
    """Reason for a whole body line, from its own text (markers at the start, signatures).

    ``words`` is ``_count_to(line.text, MAX_MARKER_WORDS)`` when the caller has it.
    """
    body = line.text
    if words is None:
        words = _count_to(body, MAX_MARKER_WORDS)
    if _WIRE_LINE_RE.match(body):
        return "wire"
    if _ADVERT_RE.match(body):
        return "advertisement"
    if title_keys and _is_title_repeat(body, title_keys):
        return "headline"
    if words > MAX_MARKER_WORDS:
        # A wire photo package's caption: "(NYT41) SAN JOSE, Calif. -- Oct. 20, 1999 -- ... two
        # sentences ... (Kevin Sullivan/Cox Newspapers photo)" (DUC 2006's D0611B, D0610A).
        return "caption" if _NAMED_CREDIT_END_RE.search(body) else None
    if words <= MAX_MARKER_WORDS:
        folded = body.casefold()  # once for every hinted marker below
        if _GALLERY.search(body, folded):
            return "gallery"
        if _EMBED_LINE_RE.match(body):
            return "embed"
        if _TWEET_SIGNATURE.search(body, folded) and _looks_like_embed(body):
            return "embed"
        if _PROMO_RE.match(body):
            return "promo"  # the outlet it names is read in detect_removals
        if _COPYRIGHT.search(body, folded):
            return "copyright"
        # The word count first: it decides most lines without the searches.
        if words <= 25 and (_REPORTING_CREDIT_RE.match(body) or _CONTRIBUTED_RE.search(body)):
            return "credit"
        if _PHOTO_CREDIT.search(body, folded):
            # "Photo: Name/Outlet" is a credit however long the outlet's name; a caption is
            # prose that carries its credit at the end: "Dock workers ... (AP Photo/...)".
            if _CREDIT_START_RE.match(body):
                return "credit"
            stripped = _PHOTO_CREDIT_RE.sub("", body).strip(" .,;:-—()")
            return "caption" if len(_words(stripped)) >= 4 else "credit"
        if words <= 10 and _match_byline(body):
            return "byline"
        if _WIRE_WRITER_RE.match(body):
            return "byline"
        if _is_contact(body):
            return "contact"
    return None


def _published_line(body: str, found: Found) -> bool:
    """A ``Published: <date>`` / ``Updated 2 hours ago`` line anywhere; records its date."""
    key = _KEY_HEADER_RE.match(body)
    if not key or _count_to(body, 16) > 16 or _has_final_punct(body.rstrip(".")):
        return False
    name = key["key"].lower()
    value = key["value"].strip()
    date = parse_date(value)
    if name in {"published", "posted", "first published", "filed"} and date:
        found.date = found.date or date
        return True
    if name in {"updated", "last updated", "modified"} and date:
        found.updated = found.updated or date
        return True
    return name in {"updated", "last updated", "published", "posted"} and bool(
        re.search(
            r"\b(?:\d+ (?:minutes?|hours?|days?) ago|today|yesterday)\b", value, re.IGNORECASE
        )
    )


# Longest blurb (in words) taken as part of the promo line before it.
MAX_BLURB_WORDS = 20


def _is_promo_blurb(line: _Line, promo: _Line) -> bool:
    """A short verbless sentence in the promo's paragraph or the next one: the promo's blurb."""
    if line.paragraph - promo.paragraph > 1:
        return False
    body = line.text
    if not 2 <= len(_words(body)) <= MAX_BLURB_WORDS or any(ch in body for ch in _QUOTE_CHARS):
        return False
    # A blurb is a sentence; an unpunctuated line after a promo is a heading or a sidebar label.
    if not _has_final_punct(body):
        return False
    return not has_finite_verb(body)


def _looks_like_embed(body: str) -> bool:
    """A tweet signature: a pic link, or a dash + (@handle) + date near the end of the line."""
    if "pic.twitter.com/" in body or "t.co/" in body:
        return True
    return bool(
        re.search(r"\(@\w+\)\s*(?:" + MONTH_RE + r"\s+\d{1,2},\s+\d{4})?\s*$", body, re.IGNORECASE)
    )


def _is_contact(body: str) -> bool:
    """Only an e-mail address, phone number or URL, with a few words of label."""
    if not _CONTACT.search(body):
        return False
    rest = _CONTACT_RE.sub("", body)
    return len(_words(rest)) <= 8


def _is_heading_text(text: str) -> bool:
    """Upper or title case, or no finite verb: a heading rather than prose missing its stop."""
    words = [w for w in _words(text) if any(ch.isalpha() for ch in w)]
    if not words:
        return False
    if all(not ch.islower() for ch in text):
        return True
    long_words = [w for w in words[1:] if len(w) > 3]
    if long_words and sum(1 for w in long_words if w[:1].isupper()) >= 0.6 * len(long_words):
        return True
    return not has_finite_verb(text)


def _is_title_repeat(body: str, title_keys: set[str]) -> bool:
    """Whether ``body`` is the headline again (compared as :func:`_normalise` keys)."""
    # An ASCII line's first word is found before lower-casing (the same word, lower-cased),
    # without lower-casing a whole paragraph.
    first = _FIRST_WORD_RE.search(body if body.isascii() else body.lower())
    if first is None:
        return False
    word = first.group().lower()
    for key in title_keys:  # a plain loop: any() over a generator costs more than the tests
        if key.startswith(word):
            return _normalise(body) in title_keys
    return False  # the common case, decided without normalising a long paragraph


def _normalise(text: str) -> str:
    """Case- and punctuation-insensitive key for comparing headlines."""
    return " ".join(re.findall(r"\w+", text.lower()))


_INSTAGRAM_OPEN_RE = re.compile(r"view this (?:post|photo|video) on instagram", re.IGNORECASE)
_INSTAGRAM_CLOSE_RE = re.compile(r"a (?:post|photo|video) shared by\b", re.IGNORECASE)


def _is_date_line(body: str) -> bool:
    """Whether a line is only a date, as ``_top_line`` reads one (English or another language's)."""
    return _english_date(body) is not None or _other_date_line(body, Found(spans=[]))


def _outlet_follows(lines: list[_Line], index: int) -> bool:
    """Whether ``lines[index]`` is an outlet's line under a headline in one paragraph
    ("Headline\nReuters", "Headline\nTollmouth Evening Star\nSunday, 14 September 2025")."""
    body = lines[index].text
    if _known_outlet(body) is not None:
        return True
    return _date_below(lines, index + 1, lines[index].paragraph) and _is_outlet_name(body)


def _date_below(lines: list[_Line], index: int, paragraph: int | None = None) -> bool:
    """Whether ``lines[index]`` is a date line, or a byline with one under it ("By Jane
    Smith\n14 Sept. 2025"); with ``paragraph``, in that paragraph."""
    for at in (index, index + 1):
        if at >= len(lines) or (paragraph is not None and lines[at].paragraph != paragraph):
            return False
        if _is_date_line(lines[at].text):
            return True
        if at > index or not _match_byline(lines[at].text):
            return False
    return False


def detect_removals(document: Document) -> tuple[list[Removal], Found]:
    """All removals of ``document.text`` and the metadata they reveal."""
    text = document.text
    found = Found(spans=[])
    front = _front_matter(text, found)
    # The front matter's lines are no units: blanked (offsets kept), the top starts after them.
    lines = _lines(text if not front else re.sub(r"[^\n]", " ", text[:front]) + text[front:])
    reasons: dict[int, str] = {}  # line index -> reason for a whole-line removal
    prose_from: dict[int, int] = {}  # line index -> offset where its prose starts (prefix removed)

    # 1. The top: header, byline, headline lines, until the first prose line.
    seen_title = False
    first_prose: int | None = None
    for index, line in enumerate(lines[:MAX_HEADER_LINES]):
        start = _header_prefix(text, line, found) if index == 0 else None
        if start is not None:
            if start >= line.end:
                reasons[index] = "header-done"
                continue
            prose_from[index] = start
            first_prose = index
            break
        follower = lines[index + 1] if index + 1 < len(lines) else None
        # A byline, an English date line or Markdown's underline of a heading under a headline
        # in one paragraph ("Headline\nBy Name", "Headline\nNovember 25, 2024", "Headline\n===").
        date_follows = _date_below(lines, index + 1)
        byline_follows = (
            follower is not None
            and follower.paragraph == line.paragraph
            and (
                (bool(_match_byline(follower.text)) and _count_to(follower.text, 14) <= 14)
                or _english_date(follower.text) is not None
                or _SETEXT_UNDERLINE_RE.match(follower.text) is not None
                or _outlet_follows(lines, index + 1)
                or _writer_follows(lines, index + 1)
                or _place_follows(lines, index + 1)
            )
        )
        # The last line of a paragraph whose lines before it were the header's.
        byline_follows = byline_follows or (
            index > 0
            and lines[index - 1].paragraph == line.paragraph
            and reasons.get(index - 1) in ("header-done", "header")
            and (follower is None or follower.paragraph != line.paragraph)
        )
        writer_here = seen_title and _writer_follows(lines, index)
        place_here = seen_title and _place_follows(lines, index)
        kicker = not seen_title and _kicker_above(lines, index)
        reason = _top_line(
            text,
            line,
            found,
            seen_title,
            byline_follows,
            date_follows,
            writer_here,
            kicker,
            place_here,
        )
        if reason is None:
            first_prose = index
            break
        seen_title = seen_title or reason == "headline"
        reasons[index] = reason
    # The headline is only a headline when prose follows it.
    if first_prose is None:
        for index, reason in list(reasons.items()):
            if reason == "headline":
                del reasons[index]
                found.title = None
    if first_prose is not None:
        line = lines[first_prose]
        if first_prose in prose_from:
            shifted = _Line(
                prose_from[first_prose],
                line.end,
                text[prose_from[first_prose] : line.end],
                line.paragraph,
                line.blank_before,
                line.alone,
            )
            _dateline_prefix(text, shifted, found)
        else:
            _dateline_prefix(text, line, found)

    title_keys = {_normalise(t) for t in (document.title, found.title) if t}
    title_keys.discard("")

    # 2. Body lines: markers and signatures.
    for index, line in enumerate(lines):
        if index in reasons or index in prose_from:
            continue
        words = _count_to(line.text, MAX_MARKER_WORDS)  # split once for both tests
        reason = _classify_body(line, title_keys, words)
        if reason is None and (
            _published_line(line.text, found) or _other_date_line(line.text, found, words)
        ):
            reason = "header"
        if reason is not None:
            reasons[index] = reason
        byline = _match_byline(line.text) if reason == "byline" else None
        if byline and found.byline is None and index <= MAX_HEADER_LINES:
            found.byline = _byline_names(byline)
    # A digest's later items open with datelines of their own ("GENEVA (AP) -- ..."): furniture
    # there too, or a point quotes it. Only with the outlet in parentheses, where no sentence of
    # prose opens so.
    if first_prose is not None:
        for index in range(first_prose + 1, len(lines)):
            line = lines[index]
            if (
                index not in reasons
                and index not in prose_from
                and line.paragraph != lines[index - 1].paragraph
            ):
                _later_dateline(text, line, found)
    # A short line without a verb right after a promo line is its blurb: "Sign up for our
    # newsletter" / "Local news in your inbox every weekday."
    for index in sorted(i for i, r in reasons.items() if r == "promo"):
        follow = index + 1
        if (
            follow < len(lines)
            and follow not in reasons
            and follow not in prose_from
            and _is_promo_blurb(lines[follow], lines[index])
        ):
            reasons[follow] = "promo"
    # "This article first appeared on Yahoo" names the outlet.
    for index, reason in sorted(reasons.items()):
        appeared = _APPEARED_ON_RE.search(lines[index].text) if reason == "promo" else None
        if appeared and found.source is None:
            found.source = _outlet_name(appeared["outlet"])
    # Inside "On the Net:" blocks every line is a link. (The label ends with a colon: a substring
    # test rules out the other lines first, here and for Instagram's opening "View" below.)
    for index, line in enumerate(lines):
        if ":" in line.text and _ON_THE_NET_RE.match(line.text) and index not in reasons:
            reasons[index] = "contact"
            follow = index + 1
            while follow < len(lines) and (
                reasons.get(follow) == "contact" or _CONTACT.search(lines[follow].text)
            ):
                reasons[follow] = "contact"
                follow += 1

    # 3. Embeds: the tweet text before a signature line.
    for index, line in enumerate(lines):
        if reasons.get(index) != "embed" or index == 0 or (index - 1) in reasons:
            continue
        signature_only = bool(re.match(r"^(?:—|–|--|-)\s*[^()]{1,60}\(@\w+\)", line.text))
        if line.blank_before >= 2 or signature_only:
            reasons[index - 1] = "embed"
    # Instagram: everything between "View this post on Instagram" and "A post shared by".
    for index, line in enumerate(lines):
        if line.text[:1] in "Vv" and _INSTAGRAM_OPEN_RE.match(line.text):
            for follow in range(index + 1, min(index + 8, len(lines))):
                if _INSTAGRAM_CLOSE_RE.match(lines[follow].text):
                    for inner in range(index, follow + 1):
                        reasons[inner] = "embed"
                    break

    # 3b. Page furniture of the other languages ("Anzeige", "Publicité", "Lesen Sie auch"). They
    # are no cue for the caption rule below: it judges a neighbour by English verbs, which German
    # or French prose lacks.
    foreign: set[int] = set()
    for index, line in enumerate(lines):
        if index not in reasons and index not in prose_from and _foreign_noise(line.text):
            reasons[index] = "advertisement"
            foreign.add(index)

    # 4. Headline-like lines in the body: sidebars, sidebar labels, subheads, label captions.
    _mark_headline_runs(lines, reasons, first_prose)

    # 5. Verbless caption sentences next to an image or advertisement cue, and scene captions.
    cues = {"advertisement", "gallery", "credit", "caption"}
    for index, line in enumerate(lines):
        if index in reasons or index in prose_from or not line.alone:
            continue
        before = None if index - 1 in foreign else reasons.get(index - 1)
        after = None if index + 1 in foreign else reasons.get(index + 1)
        near_cue = before in cues or after in cues
        if (near_cue and _is_caption_sentence(line.text)) or _is_scene_caption(line.text):
            reasons[index] = "caption"

    for index, reason in sorted(reasons.items()):
        if reason == "header-done":
            continue
        line = lines[index]
        found.spans.append(span_removal(text, line.start, line.end, reason))

    # 6. Wire codes inside kept prose lines (one-paragraph wire copy).
    for index, line in enumerate(lines):
        if index in reasons:
            continue
        begin = prose_from.get(index, line.start)
        if not _WIRE_INLINE.hinted(line.text):
            continue
        for match in _WIRE_INLINE_RE.finditer(text, begin, line.end):
            start, end = match.start(), match.end()
            # Take the whitespace after the code so the kept prose does not gain a double space.
            while end < line.end and text[end] == " ":
                end += 1
            found.spans.append(span_removal(text, start, end, "wire"))

    if found.date is None:
        found.date = found.updated
    if found.source is None:  # no outlet named anywhere: the host, as for a record or a page
        found.source = site_host(found.address)
    return found.spans, found


# A Markdown file's front matter: a "---" line, "key: value" lines, a closing "---" (or "...");
# or, as Hugo writes it in TOML, a "+++" line, "key = value" lines (and "[table]" lines), a
# closing "+++". Blank lines before it are allowed (a file saved with an empty first line).
_FRONT_OPEN_RE = re.compile(r"\A\ufeff?(?:[ \t]*\r?\n)*[ \t]*(---|\+\+\+)[ \t]*\r?\n")
_FRONT_CLOSE_RE = re.compile(r"^[ \t]*(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
_FRONT_FIELD_RE = re.compile(r"^[ \t]*([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*\r?$")
_TOML_CLOSE_RE = re.compile(r"^[ \t]*\+\+\+[ \t]*\r?$", re.MULTILINE)
_TOML_FIELD_RE = re.compile(r"^[ \t]*([A-Za-z][\w-]*)[ \t]*=[ \t]*(.*?)[ \t]*\r?$")
_TOML_TABLE_RE = re.compile(r"^\[\[?[\w.\- \t\"']+\]\]?$")
# A TOML value's comment after it (outside quotes: a value holding "#" in quotes keeps it).
_TOML_COMMENT_RE = re.compile(r"""^((?:"(?:[^"\\]|\\.)*"|'[^']*'|[^"'#])*?)[ \t]*#.*$""")
# A note's day of creation ("created", as note apps and web clippers write it): a front matter's
# date when it gives no publication date before it; no record format names its date so.
_FRONT_DATE_KEYS = ("created",)
# Its keys (in lower case: a front matter's are read so), as the record formats name them
# (summarizer.records), and the metadata each gives.
_FRONT_KEYS = {
    key.lower(): kind
    for kind, keys in (
        ("title", TITLE_KEYS),
        ("date", (*DATE_KEYS, *_FRONT_DATE_KEYS)),
        ("source", SOURCE_KEYS),
        ("byline", BYLINE_KEYS),
        ("address", (*URL_KEYS, *SITE_URL_KEYS)),
    )
    for key in keys
}
# Lines a front matter may hold before its closing line: more is not a front matter.
MAX_FRONT_LINES = 60


def _front_matter(text: str, found: Found) -> int | None:
    """The end of ``text``'s front matter (Markdown's "---" block of "key: value" lines, as site
    generators and web clippers write it, or Hugo's "+++" block of TOML "key = value" lines),
    removed as ``header`` with its title, date, outlet
    (named, else the host of its web address, as for a record) and author recorded (each value read as YAML writes it: ``_front_value``); None when the
    text has none. Blank lines may come before it. Every line between the two "---" must be a
    "key: value" line, an indented line (a list's item, a value continued), or blank.

    A block never closed (its closing line forgotten) ends at its first blank line when every
    line above it is such a line and one names the title, date, outlet, author or address:
    the article below it is read, and so are they. Else the block is prose."""
    opening = _FRONT_OPEN_RE.match(text)
    if opening is None:
        return None
    toml = opening.group(1) == "+++"
    closing = (_TOML_CLOSE_RE if toml else _FRONT_CLOSE_RE).search(text, opening.end())
    fields = None
    if closing is not None:
        fields = _front_fields(text[opening.end() : closing.start()], toml)
        end = closing.end()
    if fields is None:
        # Unclosed, or closed by a rule further down the article (prose between the two).
        blank = _BLANK_LINE_RE.search(text, opening.end())
        if blank is None:
            return None
        end = opening.end() + len(text[opening.end() : blank.start()].rstrip("\r\n"))
        fields = _front_fields(text[opening.end() : end], toml)
        if fields is None or not fields.keys() & _FRONT_KEYS.keys():
            return None
    for key, (written, lines) in fields.items():
        value = _front_value(written, lines)
        kind = _FRONT_KEYS.get(key)
        if not value or kind is None:
            continue
        if kind == "title":
            found.title = found.title or value
        elif kind == "date":
            found.date = found.date or parse_date(value)
        elif kind in ("source", "address") and is_web_address(value):
            found.address = found.address or value  # a web clipper's "source: https://..."
        elif kind == "source" and names_something(value):
            found.source = found.source or _outlet_name(value)
        elif kind == "byline" and not is_placeholder_author(value):
            found.byline = found.byline or value
    found.spans.append(span_removal(text, opening.start(), end, "header"))
    return end


# A line of white space only, its line break after it: where a front matter never closed ends
# (not the end of a text cut after a line, as grouping cuts a long one's top).
_BLANK_LINE_RE = re.compile(r"^[ \t]*\r?\n", re.MULTILINE)


def _front_fields(block: str, toml: bool) -> dict[str, tuple[str, list[str]]] | None:
    """A front matter's fields (lower-case key -> its value and the lines under it), or None
    when ``block`` holds prose or more than ``MAX_FRONT_LINES`` lines."""
    body = block.split("\n")
    if len(body) > MAX_FRONT_LINES:
        return None
    fields: dict[str, tuple[str, list[str]]] = {}  # key -> its value, and the lines under it
    under: list[str] = []  # where a list's item or a value's continued line belongs
    for raw in body:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue  # blank, or a comment
        if toml and _TOML_TABLE_RE.match(line):
            under = []  # a table's keys are read as the others ("[params]" holds the outlet)
            continue
        if not toml and (line.startswith("- ") or raw[:1] in (" ", "\t")):
            under.append(line)  # a list's item, or a value's continued line
            continue
        if toml and line[:1] in ('"', "'", "]"):
            under.append(line)  # an array's items on the lines below its key
            continue
        if toml:
            uncommented = _TOML_COMMENT_RE.match(line)
            line = uncommented.group(1) if uncommented else line
        field = (_TOML_FIELD_RE if toml else _FRONT_FIELD_RE).match(line)
        if field is None:
            return None  # prose between two rules, not a front matter
        key = field.group(1).lower()
        if key in fields:  # a key given twice: the first counts, as the record readers take it
            under = []
            continue
        under = fields.setdefault(key, (field.group(2).strip(), []))[1]
    return fields


def front_matter_end(text: str) -> int | None:
    """The offset where ``text``'s front matter (its Markdown "---" block) ends; None when it
    has none. Cleaning reads it whole; a reader of only the text's top needs to know where the
    top starts."""
    return _front_matter(text, Found(spans=[]))


# YAML's null, and the mark of a block of text on the lines below ("title: >-").
_FRONT_NULLS = frozenset(("~", "null", "Null", "NULL"))
_FRONT_BLOCK_RE = re.compile(r"[|>][-+1-9]*")


def _front_value(written: str, lines: Sequence[str]) -> str:
    """A front matter's value as text, read as YAML writes it: quoted ("...", '...'), a list
    ("[a, b]", or "- a" lines below: "a, b"), a block of text on the lines below ("|", ">"), or
    plain, continued on indented lines; a null is empty."""
    if _FRONT_BLOCK_RE.fullmatch(written):
        return " ".join(lines)
    if not written:
        items = (line[1:].strip() for line in lines if line.startswith("-"))
        return ", ".join(item for item in map(_front_scalar, items) if item)
    if written.startswith("[") and not written.endswith("]") and lines:
        written, lines = " ".join((written, *lines)), ()  # an array over several lines (TOML)
    if written.startswith("[") and written.endswith("]"):
        items = (item.strip() for item in written[1:-1].split(","))
        return ", ".join(item for item in map(_front_scalar, items) if item)
    return _front_scalar(" ".join((written, *lines)))


def _front_scalar(value: str) -> str:
    """One YAML value as text: its quotes taken off (a quote inside kept: "'no'"), '' in single
    quotes and \\" in double quotes read as the quote; a null is empty."""
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'").strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r'\\(["\\])', r"\1", value[1:-1]).strip()
    return "" if value in _FRONT_NULLS else value


def _mark_headline_runs(
    lines: list[_Line], reasons: dict[int, str], first_prose: int | None
) -> None:
    """Mark sidebars (runs of headline-like lines, labelled lists) and lone subheads."""
    start_at = first_prose if first_prose is not None else len(lines)
    index = start_at + 1
    while index < len(lines):
        line = lines[index]
        if index in reasons:
            index += 1
            continue
        labelled = bool(_SIDEBAR_LABEL_RE.match(line.text)) and _count_to(line.text, 8) <= 8
        if not (labelled or _is_headline_like(line.text)):
            index += 1
            continue
        run = [index]
        follow = index + 1
        while (
            follow < len(lines) and follow not in reasons and _is_headline_like(lines[follow].text)
        ):
            run.append(follow)
            follow += 1
        # Three unpunctuated short lines in a row are never prose; two or one must read as
        # headings, so that prose which merely lost its full stop is kept.
        headings = all(_is_heading_text(lines[m].text) for m in run)
        if labelled or len(run) >= 3 or (len(run) == 2 and headings):
            for member in run:
                reasons[member] = "sidebar"
        elif headings:
            for member in run:
                before = reasons.get(member - 1)
                after = reasons.get(member + 1)
                image = {"advertisement", "gallery", "credit", "caption"}
                reasons[member] = "caption" if (before in image or after in image) else "subhead"
        index = follow


def merge_removals(existing: tuple[Removal, ...], detected: list[Removal]) -> tuple[Removal, ...]:
    """Existing removals plus detected ones that overlap none already taken, sorted."""
    # Linear after sorting (a text of many short lines has thousands of removals): an existing
    # removal overlaps when one starting before ``removal.end`` ends after ``removal.start`` (a
    # prefix maximum of ends); the detected ones taken so far do not overlap each other and come
    # in start order, so only the last of them can reach past ``removal.start``.
    taken: list[Removal] = sorted(set(existing), key=lambda r: (r.start, r.end, r.reason))
    starts = [r.start for r in taken]
    reach = list(accumulate((r.end for r in taken), max))
    last_end = -1
    for removal in sorted(detected, key=lambda r: (r.start, r.end, r.reason)):
        if removal.end <= removal.start or removal.start < last_end:
            continue
        before = bisect_left(starts, removal.end)
        if before and reach[before - 1] > removal.start:
            continue
        taken.append(removal)
        last_end = removal.end
    return tuple(sorted(taken, key=lambda r: (r.start, r.end, r.reason)))
