"""Key terms: the sentences of a cluster -> the names and phrases of its event, as written.

A key term is what the articles share and the language at large does not use much: "North
Korea", "Kim Jong-un", "signing ceremony", "sanctions", not "time" or "want". Candidates are

- names: runs of capitalised words ("Kim Jong-un", "White House", "Bank of Tallow"), less a
  leading title ("President Donald Trump" -> "Donald Trump", ``data/<lang>/name_titles.txt``),
  months (``calendar.txt``), relative days (``relative_days.txt``) and the parts of a day
  (``day_parts.txt``: "morning", "Nacht"); a capitalised word that only opens a sentence or a
  quotation, and is written in lower case elsewhere, is no name; in German, whose nouns are
  capitalised, a word mostly written beside a figure is a unit ("30 Metern", "12 Prozent"), no
  name;
- phrases: one to three content words in lower case in a row ("signing ceremony"), none of the
  language's everyday words (Zipf ``COMMON_ZIPF`` and up: "time", "just", "want"), keyed by
  their Porter stems after British spellings are made American (so "sanction" and "sanctions",
  "denuclearisation" and "denuclearization" are one term), shown in their commonest form; a
  word whose written forms are together that common is none either (Italian "lunga" and
  "lungo"); a verb's past alone ("discussed") is no term, nor a phrase that ends in one
  ("motorcades roared") or holds an adverb ("deliberately ratcheted"), nor a word in -ing the
  cluster never writes as a noun ("declaring"; "the meeting" is one), nor a figure's unit
  ("billion", "miles", "degrees": mostly written right after a number), nor, in German, a word
  alone in lower case ("gesperrt": its nouns are capitalised, so it is none).

Each is weighed by the share of articles that use it, times ``1 + ln`` of the distinct sentences
that use it (wire copy repeated word for word by two outlets counts once), times the information
its words carry in the language at large (``background.word_idf``, ``-ln p``: their mean, a name's
words counted at least as a word of Zipf ``NAME_ZIPF``, and ``LONGER_BONUS`` more per extra word).
The best are listed; a chosen one-word name gives way to a longer name that holds it ("Kim" ->
"Kim Jong-un"), any other term to a longer one that holds most of its uses ("space station" ->
"international space station"). One pass over the tokens: linear in the cluster.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from .background import background_zipf, spelling_variants, word_idf
from .errors import ConfigError
from .lexicon import LANGUAGES, get_lexicon, read_lines, stem
from .score import KEY_TERMS, NEWS_STOP_WORDS, _stop_words
from .timewords import relative_day
from .types import Sentence
from .wordforms import (
    VERB_ZIPF,
    adjective_of,
    infinitive,
    is_infinitive,
    is_participle,
    number_words,
    scale_words,
    summed_zipf,
    verb_endings,
)

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np

__all__ = [
    "ALONE_LEADS",
    "ALONE_ZIPF",
    "LONGER_BONUS",
    "MAX_SENTENCES",
    "MAX_SENTENCE_WORDS",
    "MIN_DOC_SHARE",
    "NAME_ZIPF",
    "OPENING_ONLY_ZIPF",
    "UNIT_SHARE",
    "key_term_lists",
    "key_terms",
]

# A key term is used by at least this share of the articles (and by two, when there are two or
# more): what one article alone says is its own angle, not the event (as the score centroid).
MIN_DOC_SHARE = 0.3
# The information of a word of a name is at least that of a word of this Zipf value (ten uses per
# million words): "Trump" or "North" are common words, but written as a name they mark the event.
NAME_ZIPF = 4.0
# Each word beyond the first adds this share to a term's mean information: "signing ceremony"
# says more than "ceremony", but two rare words side by side once are no phrase of the event.
LONGER_BONUS = 0.3
# Longer runs of capitalised words are titles of works or headlines, not names (connectors not
# counted: "Recording Industry Association of America" is a name of four words).
MAX_NAME_WORDS = 4
MAX_PHRASE_WORDS = 3
# Lower-case words at least this common (Zipf: 3 uses in 10,000 words; "time", "just", "want",
# "people", "year") are the language's everyday words: neither a term nor part of a phrase. The
# event's own common nouns ("deal" 5.3, "talks" 4.6, "police" 5.3) stay below.
COMMON_ZIPF = 5.5
# A lower-case word this common (Zipf: three uses in 100,000 words; "wife" 5.2, "judge" 5.0,
# "club" 5.2, "minutes" 5.3, "party" 5.5, "factory" 4.6) is shown alone as a key term only where
# the leads of ``ALONE_LEADS`` articles write it, the event's own ("election", "police",
# "factory" in the leads of an election, a crime, a fire): else it is every story's people and
# things, told further down ("his wife", "the judge said"). It may stand in a phrase ("signing
# ceremony"), and it still weighs the words of a headline (``key_term_lists``): dropped from the
# terms that weigh them too, it changed 9 headlines of the DUC sets, 3 for the worse (h83,
# benchmarks/fact_notes.md).
ALONE_ZIPF = 4.5
ALONE_LEADS = 2
# A phrase written right beside a figure ("41.5 billion", "390 million miles", "2 degrees", "dlrs
# 41.5 billion") in at least this share of its uses is the figure's unit, not a term of the event.
# Among the key terms of the four DUC sets the units stand at .67 to 1 of their uses after a
# figure ("acres", "miles", "degrees", "billion"); the nouns a figure sometimes counts or names at
# .37 and under ("flight" of "Flight 990", "pilot", "deaths", "tons"). Counted on both sides, the
# terms left out on those sets are these units and "dlrs" ("dlrs 41.5 billion"), nothing else.
UNIT_SHARE = 0.6
# Shorter words are no phrase ("US" as a name is kept: a name needs two letters).
MIN_PHRASE_CHARS = 3
# A longer term takes the place of a chosen one inside it when it holds this share of its uses
# ("space station" -> "international space station" when most mentions say the whole); a full
# name always replaces one of its words ("Kim" -> "Kim Jong-un"), the reader's way to know who.
ABSORB_SHARE = 0.75

# Sentences read at most. The terms of an event are in the sentences most central to it, and a
# pass over every token of a very large cluster would cost more than scoring it (measured: 5.6 s
# CPU against 2.1 s on the 57,000 sentences of `benchmarks/speed.py large`).
MAX_SENTENCES = 1000
# Words read at most of one sentence. A "sentence" of a text without sentence ends (one line of
# 50 MB of words) is read through its first words only: reading all of it cost 84 s of CPU and
# more than 1.4 GB for the key terms of a briefing that no sentence fits (such a sentence fits no
# budget). The longest sentence of the DUC and MSRP sets has 118 words; normal text is read whole.
MAX_SENTENCE_WORDS = 1000

# Words: dotted abbreviations ("U.S."), else letters and digits with inner hyphens and apostrophes.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:[-'’][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’][sS]$")
# Marks after which a capital is the writing's convention, not a name's: a quotation, a colon.
_OPENING = frozenset('"“‘`:(—–')
_LANGUAGES = frozenset(LANGUAGES)


@dataclass
class _Candidate:
    """The uses of one candidate term across the cluster."""

    words: tuple[str, ...]  # the key: lower-case words (names) or stems (phrases)
    name: bool
    order: int  # first seen: ties keep the order of the text
    docs: set[str] = field(default_factory=set)
    uses: int = 0
    written: int = 0  # every occurrence, repeated sentences too
    at_figure: int = 0  # occurrences right before or after a figure: a unit's
    as_noun: int = 0  # occurrences written as a noun: after a noun marker or before "of"
    before_name: int = 0  # occurrences right before a name: who it is ("teammate Luca Ferrand")
    as_verb: Counter[str] = field(default_factory=Counter)  # by surface: after "to" ("to form")
    surfaces: Counter[str] = field(default_factory=Counter)
    lead_docs: set[str] = field(default_factory=set)  # the articles whose lead writes it

    def surface(self) -> str:
        """The commonest way the articles write it (the first of equals)."""
        return max(self.surfaces.items(), key=lambda item: item[1])[0]

    def shown_words(self) -> tuple[str, ...]:
        """The words as written, lower case, hyphens as spaces (to compare terms)."""
        return tuple(self.surface().lower().replace("-", " ").split())


class _Collector:
    """Candidates by key, counted per document and per distinct sentence."""

    def __init__(self) -> None:
        self.found: dict[tuple[bool, tuple[str, ...]], _Candidate] = {}
        self.new_sentence = True
        self.in_lead = False  # the sentence read is its article's first
        # Names after an entity connector: (words, document, new sentence), counted at the end.
        self.tails: list[tuple[tuple[str, ...], str, bool]] = []
        # A language that capitalises its nouns (German): each capitalised word's uses, and its
        # uses right beside a figure ("30 Metern", "12 Prozent").
        self.noun_uses: Counter[str] = Counter()
        self.noun_at_figure: Counter[str] = Counter()
        # A name's uses as a part of a longer name the articles write, by the longer name's
        # surface: "Ligue" of "Ligue 1", "Safety Executive" of "Health and Safety Executive".
        self.longer: dict[tuple[str, ...], Counter[str]] = {}
        # The name before "and" in each such longer name: "Health" of "Health and Safety ...".
        self.heads: dict[str, tuple[str, ...]] = {}

    def units(self) -> frozenset[str]:
        """The capitalised words written beside a figure in ``UNIT_SHARE`` of their uses or more:
        a figure's unit ("Metern", "Prozent", "Euro"), as a lower-case phrase is."""
        return frozenset(
            word
            for word, uses in self.noun_uses.items()
            if self.noun_at_figure[word] >= UNIT_SHARE * uses
        )

    def add_tails(self) -> None:
        """Count each name that followed an entity connector ("of Tennessee") where the cluster
        also writes it as a name of its own."""
        for words, doc_id, new_sentence in self.tails:
            key = _name_key(words)
            if (True, key) in self.found:
                self.new_sentence = new_sentence
                self.add(True, key, doc_id, " ".join(words))
        self.tails.clear()

    def add(
        self,
        name: bool,
        words: tuple[str, ...],
        doc_id: str,
        surface: str,
        at_figure: bool = False,
        as_noun: bool = False,
        as_verb: bool = False,
        before_name: bool = False,
    ) -> None:
        candidate = self.found.get((name, words))
        if candidate is None:
            candidate = self.found[(name, words)] = _Candidate(words, name, len(self.found))
        candidate.docs.add(doc_id)
        candidate.surfaces[surface] += 1
        candidate.written += 1
        candidate.at_figure += at_figure
        candidate.as_noun += as_noun
        candidate.before_name += before_name
        if as_verb:
            candidate.as_verb[surface] += 1
        if self.new_sentence:
            candidate.uses += 1
        if self.in_lead:
            candidate.lead_docs.add(doc_id)


@dataclass(frozen=True)
class _Lists:
    """The language's word lists a key term needs."""

    language: str
    stop: frozenset[str]
    # The stop words that a capital does not make a name's word: function words, news's own and
    # company suffixes ("Napster Inc": the company is "Napster"). English's stop list (sklearn's)
    # also holds nouns, "mill", "fire", "bill": "Mill Lane" is one name, not "Lane".
    name_stop: frozenset[str]
    news: frozenset[str]  # English: reporting verbs and honorifics (the others' are stop words)
    connectors: frozenset[str]  # lower-case words inside a name ("Bank of Tallow")
    splitting: frozenset[str]  # connectors after which a name names another entity ("of")
    titles: frozenset[str]
    # Abbreviated titles, lower case without the period ("gov", "sen"): the sentence splitter's
    # ``abbreviations_titles.txt``, which keep a name after them in the sentence.
    title_abbreviations: frozenset[str]
    not_names: frozenset[str]  # months, weekdays, "today", the parts of a day ("soir") ...
    zipf: Mapping[str, float]  # how common each word is in the language at large
    nouns_capitalised: bool  # German: a capitalised everyday word is a noun, not a name
    verb_endings: tuple[tuple[str, str], ...]  # (ending, infinitive's ending); not English
    verb_form_endings: tuple[str, ...]  # endings of verb forms alone ("-ó": "descarriló")
    verb_like_nouns: frozenset[str]  # nouns the verb rules read as verbs ("conseiller", "potere")
    spelling: Mapping[str, str]  # British -> American ("denuclearisation" -> "denuclearization")
    figures: frozenset[str]  # number and scale words: a figure's ("three", "million")
    scales: frozenset[str]  # scale words ("million", "millones")
    figure_connectors: frozenset[str]  # words between a scale and its unit ("millones de euros")
    noun_markers: frozenset[str]  # words that make a word in -ing a noun ("the"); English only
    infinitive_markers: frozenset[str]  # words before a verb's plain form ("to"); English only
    name_joiners: frozenset[str]  # words that join two names into one ("Health and Safety ...")


def key_terms(
    sentences: Sequence[Sentence],
    relevance: np.ndarray | Sequence[float] | None = None,
    *,
    count: int = KEY_TERMS,
    language: str = "en",
) -> tuple[str, ...]:
    """The names and phrases that say what the cluster's event is, most telling first.

    Parameters
    ----------
    sentences : sequence of Sentence
        Every sentence of the cluster.
    relevance : array or sequence of float, optional
        The score stage's relevance of each sentence. A cluster of more than
        ``MAX_SENTENCES`` sentences is read through its most relevant ones only (given
        relevance), else through its first ones.
    count : int
        How many terms to return at most.
    language : str
        A code of ``summarizer.lexicon.LANGUAGES``: its stop words, titles, stemmer and
        background frequencies.

    Returns
    -------
    tuple of str
        Terms as the articles write them ("North Korea", "signing ceremony"), none inside
        another.

    Raises
    ------
    ConfigError
        No word lists for ``language``.

    Examples
    --------
    >>> from summarizer.types import Sentence
    >>> texts = ["President Ada Vell opened the new tidal barrier at Port Amsel on Monday.",
    ...          "The tidal barrier at Port Amsel was opened by Ada Vell in a short ceremony."]
    >>> key_terms([Sentence(f"d{i}", 0, 0, len(t), t) for i, t in enumerate(texts)], count=3)
    ('Port Amsel', 'Ada Vell', 'tidal barrier')
    """
    return key_term_lists(sentences, relevance, count=count, language=language)[0]


def key_term_lists(
    sentences: Sequence[Sentence],
    relevance: np.ndarray | Sequence[float] | None = None,
    *,
    count: int = KEY_TERMS,
    language: str = "en",
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The cluster's key terms read once, as two lists: those that weigh what a line names
    (:func:`key_terms`: a headline's, a title's words) and those a reader is shown, in which a
    lower-case word alone as common as ``ALONE_ZIPF`` stands only where the leads of
    ``ALONE_LEADS`` articles write it ("wife", "judge", "club" are every story's; English only,
    the two lists are one elsewhere). Parameters as for :func:`key_terms`."""
    lists = _lists(language)
    if len(sentences) > MAX_SENTENCES:
        import numpy as np

        if relevance is None:
            chosen = np.arange(MAX_SENTENCES)
        else:  # the most relevant, ties to the earlier sentence, then back in text order
            ranked = np.argsort(-np.asarray(relevance, dtype=np.float64), kind="stable")
            chosen = np.sort(ranked[:MAX_SENTENCES])
        sentences = [sentences[i] for i in chosen.tolist()]
    tokenised = [
        (s.doc_id, s.text, list(islice(_TOKEN.finditer(s.text), MAX_SENTENCE_WORDS)))
        for s in sentences
    ]
    lower_case = {
        m.group().lower() for _, _, tokens in tokenised for m in tokens if m.group()[0].islower()
    }
    opening_only = _opening_only_words(tokenised, lists)
    collector = _Collector()
    seen: set[str] = set()
    for (doc_id, text, tokens), sentence in zip(tokenised, sentences):
        collector.new_sentence = text not in seen
        collector.in_lead = sentence.index == 0
        seen.add(text)
        _collect(doc_id, text, tokens, lists, lower_case, collector, opening_only)
    collector.add_tails()
    n_docs = len({s.doc_id for s in sentences})
    candidates = list(collector.found.values())
    units, longer = collector.units(), (collector.longer, collector.heads)
    weighing = _best(candidates, n_docs, count, language, units, longer)
    if language != "en":
        # Measured in English only: in the other languages the room went to clause bits that
        # their rules do not refuse ("partir" of "à partir de", "bordo descarriló").
        return weighing, weighing
    min_leads = min(ALONE_LEADS, n_docs)
    known = background_zipf(language)
    alone = [
        c
        for c in candidates
        if not c.name
        and len(c.shown_words()) == 1
        and len(c.lead_docs) < min_leads
        and _forms_zipf(c, known) >= ALONE_ZIPF
    ]
    if not alone:
        return weighing, weighing
    left_out = {id(c) for c in alone}
    shown = _best(
        [c for c in candidates if id(c) not in left_out], n_docs, count, language, units, longer
    )
    return weighing, shown


def _collect(
    doc_id: str,
    text: str,
    tokens: Sequence[re.Match[str]],
    lists: _Lists,
    lower_case: set[str],
    collector: _Collector,
    opening_only: frozenset[str] = frozenset(),
) -> None:
    """Add the names and phrases of one sentence (``opening_only``: the words whose capital is
    their position's, ``_opening_only_words``)."""
    run: list[str] = []
    phrase: list[tuple[str, str]] = []  # (stem, as shown) of the content words just before
    # The last name recorded and the token after it: "Health" before "and Safety Executive".
    last_name: tuple[tuple[str, ...], int] | None = None
    run_start = 0  # the token of the run's first word

    def end_run(after: int) -> None:
        """Record the run, which ends before token ``after``, and the longer name it is a
        part of: a number after it ("Ligue 1"), or a name and "and" before it ("Health and
        Safety Executive")."""
        nonlocal last_name
        whole = tuple(run)
        words = _add_name(run, lists, collector, doc_id)
        run.clear()
        if words is None:
            last_name = None
            return
        # Only a run kept whole starts at ``run_start`` (no title cut: "Sen. Ada Vell").
        start = run_start if words == whole else None
        longer = _longer_name(text, tokens, words, start, after, last_name, lists)
        if longer is not None:
            collector.longer.setdefault(_name_key(words), Counter())[longer] += 1
            if last_name is not None and not longer.startswith(" ".join(words)):
                collector.heads[longer] = _name_key(last_name[0])
        last_name = (words, after)

    for i, match in enumerate(tokens):
        token = match.group()
        gap = text[tokens[i - 1].end() : match.start()] if i else ""
        if run and gap == "." and token.isalpha() and token.islower():
            run[-1] += "." + token  # a web address's ending: "Amazon.com"
            continue
        adjacent = i > 0 and not gap.strip()
        if (
            run
            and len(token) == 1
            and token.isupper()
            and not gap.strip()
            and _initial(text, tokens, i, lists)
        ):
            run.append(token + ".")  # a middle initial: "George W. Bush", "John F. Kennedy"
            continue
        if run and run[-1].endswith(".") and len(run[-1]) == 2 and gap in (". ", "."):
            adjacent = True  # the name goes on after its initial
        if (
            run
            and gap in ("' ", "’ ")
            and token[0].isupper()
            and run[-1].endswith("s")
            and run[-1].lower() in lower_case
        ):
            # A plural possessive inside a name, its word written in lower case elsewhere as
            # "People's Party" is: "Rail Crews' Guild", "Drivers' Alliance" (one name, not
            # "Rail Crews" and "Guild").
            run[-1] += "'"
            adjacent = True
        if run and gap.strip() == "&" and gap != "&" and token[0].isupper():
            run.append("&")  # "Barnes & Noble", "Procter & Gamble": one name
            adjacent = True
        if run and not adjacent:
            titled = gap.startswith(".") and token[0].isupper()
            if titled and len(run) == 1:
                run.clear()  # "Rep. Bob Livingston", "Sen. Ada Vell": a title, not a name
            else:
                if titled and run[-1].lower() in lists.title_abbreviations:
                    run.pop()  # "Texas Gov. George W. Bush": "Texas", no "Texas Gov"
                end_run(i)
        if not adjacent:
            phrase.clear()
        # The possessive needs an apostrophe: most tokens are returned as they are, unsearched.
        bare = _POSSESSIVE.sub("", token) if "'" in token or "’" in token else token
        lower = bare.lower().replace("’", "'")
        head, apostrophe, tail = lower.partition("'")
        if apostrophe and len(tail) <= 2 and head in lists.stop:
            lower = head  # "I'm", "We're": a function word, no name ("L'Aquila" stays one)
        conventional = i == 0 or not _OPENING.isdisjoint(gap)  # a mark of _OPENING in the gap
        if lower.rstrip(".") in lists.not_names or (
            lower in lists.stop
            # A capital makes a name's word of a stop word that is no function word inside a
            # name ("Mill Lane"; not "Nobody" alone, nor in capitals: "US", "UN").
            and (
                lower in lists.name_stop
                or not token[0].isupper()
                or token.isupper()
                or not (run or _name_follows(text, tokens, i, lists))
            )
        ):
            name_word = False
        elif token[0].isupper():
            name_word = len(bare) > 1 and not (
                conventional and (lower in lower_case or lower in opening_only)
            )
            if name_word and lists.nouns_capitalised and lists.zipf.get(lower, 0.0) >= COMMON_ZIPF:
                name_word = False  # "Jahr", "Stadt": everyday nouns, no part of a name
        else:
            name_word = bool(run) and lower in lists.connectors
        if name_word:
            if not run:
                run_start = i
            if lists.nouns_capitalised:
                collector.noun_uses[lower] += 1
                collector.noun_at_figure[lower] += (
                    i > 0 and _beside_figure(text, tokens[i - 1], match, lists)
                ) or (i + 1 < len(tokens) and _beside_figure(text, match, tokens[i + 1], lists))
            run.append(bare)
            phrase.clear()
            if bare != token:  # a possessive ends the name: "Hun Sen's party"
                if lower not in lower_case:  # "People's Party": no name cut at "People"
                    end_run(i + 1)
                run.clear()
            continue
        if run:
            end_run(i)
        if lower in lists.stop or not _is_phrase_word(lower, lists):
            phrase.clear()
            continue
        phrase.append(
            (
                stem(lists.spelling.get(lower, lower), lists.language),
                bare if token[0].islower() else lower,
            )
        )
        del phrase[:-MAX_PHRASE_WORDS]
        # Followed by a figure ("dlrs 41.5 billion"): every phrase that ends here is its unit.
        at_figure = i + 1 < len(tokens) and _beside_figure(text, match, tokens[i + 1], lists)
        # Written as a noun ("the meeting", "Kim's meeting", "the killing of") or as a verb's
        # plain form ("to form"): read for a word alone, which may be a verb ("declaring").
        as_noun = (
            bool(lists.noun_markers) and lower.endswith("ing") and _as_noun(text, tokens, i, lists)
        )
        as_verb = (
            i > 0
            and tokens[i - 1].group().lower() in lists.infinitive_markers
            and not text[tokens[i - 1].end() : match.start()].strip()
        )
        # Right before a capitalised word that is no stop word, one space between: a name the
        # phrase tells who it is ("His teammate Luca Ferrand", "Valcor teammates Luca ...").
        following = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        before_name = (
            following[:1].isupper()
            and following.lower() not in lists.stop
            and text[match.end() : tokens[i + 1].start()] == " "
        )
        for start in range(len(phrase)):
            words = phrase[start:]
            first = i - len(words) + 1  # the token of the phrase's first word
            collector.add(
                False,
                tuple(w for w, _ in words),
                doc_id,
                " ".join(shown for _, shown in words),
                at_figure=at_figure
                or (first > 0 and _beside_figure(text, tokens[first - 1], tokens[first], lists))
                or _after_scale(text, tokens, first, lists),
                as_noun=as_noun and len(words) == 1,
                as_verb=as_verb and len(words) == 1,
                before_name=before_name,
            )
        if bare != token:
            phrase.clear()  # "the ferry's crew": no phrase across a possessive
    if run:
        end_run(len(tokens))


# A name's number: one to three digits after it ("Ligue 1", "Apollo 13"); a year is a date's.
_NAME_NUMBER = re.compile(r"\d{1,3}")


# A word of the language at large (Zipf: one use in a million words: "engineers" 4.3, "turnout"
# 3.7) that the cluster writes with a capital only as a sentence's first word ("Engineers have
# begun checking the dam.", "Turnout was 67.8 percent.") is no name: its capital is the
# position's. A name is written with its capital inside a sentence too ("said Warren", "Ilse
# Marrow"), as a title is (DUC 2007 A's D0736H: the film ``Beloved'').
OPENING_ONLY_ZIPF = 3.0


def _opening_only_words(
    tokenised: Sequence[tuple[str, str, Sequence[re.Match[str]]]], lists: _Lists
) -> frozenset[str]:
    """The words of the language at large (``OPENING_ONLY_ZIPF``) that the sentences write
    capitalised only as a sentence's first word (not in German, whose nouns are capitalised
    everywhere; nor an acronym, "NATO")."""
    if lists.nouns_capitalised:
        return frozenset()
    opening: set[str] = set()
    inside: set[str] = set()
    for _, text, tokens in tokenised:
        for i, match in enumerate(tokens):
            token = match.group()
            if not token[0].isupper() or (len(token) > 1 and token.isupper()):
                continue
            # After a quotation mark or a colon inside a sentence a capital may be a title's
            # ("her film ``Beloved''"): only the sentence's first word is read as opening.
            (inside if i else opening).add(token.lower())
    return frozenset(
        word for word in opening - inside if lists.zipf.get(word, 0.0) >= OPENING_ONLY_ZIPF
    )


def _longer_name(
    text: str,
    tokens: Sequence[re.Match[str]],
    words: Sequence[str],
    start: int | None,
    after: int,
    last_name: tuple[tuple[str, ...], int] | None,
    lists: _Lists,
) -> str | None:
    """The longer name that the name ``words``, ending before token ``after``, is written as a
    part of: with the number after it ("Ligue 1"), or after another name and "and" ("Health and
    Safety Executive": an "and" between two names, one space either side), else None. ``start``
    is the token of the name's first word, None when the name was cut out of its run."""
    if (
        after < len(tokens)
        and _NAME_NUMBER.fullmatch(tokens[after].group())
        and text[tokens[after - 1].end() : tokens[after].start()] == " "
        and tokens[after - 1].group().rstrip(".").endswith(words[-1].rstrip("."))
    ):
        return f"{' '.join(words)} {tokens[after].group()}"
    if last_name is None or start is None:
        return None
    before, end = last_name
    if (
        end == start - 1
        and end > 0
        and tokens[end].group() in lists.name_joiners
        and text[tokens[end - 1].end() : tokens[end].start()] == " "
        and text[tokens[end].end() : tokens[start].start()] == " "
    ):
        return f"{' '.join(before)} {tokens[end].group()} {' '.join(words)}"
    return None


def _name_follows(text: str, tokens: Sequence[re.Match[str]], i: int, lists: _Lists) -> bool:
    """Whether token ``i`` is followed, one space on, by a capitalised word that is no stop
    word (``i`` opens a name: "Mill Lane")."""
    if i + 1 >= len(tokens) or text[tokens[i].end() : tokens[i + 1].start()] != " ":
        return False
    following = tokens[i + 1].group()
    return following[0].isupper() and following.lower() not in lists.stop


def _initial(text: str, tokens: Sequence[re.Match[str]], i: int, lists: _Lists) -> bool:
    """Whether the one-letter token ``i`` is a middle initial: a period, a space, then a
    capitalised word that is no function word ("George W. Bush"; not "Plan B. The ...")."""
    if i + 1 >= len(tokens):
        return False
    following = tokens[i + 1].group()
    return (
        text[tokens[i].end() : tokens[i + 1].start()] == ". "
        and following[0].isupper()
        and following.lower() not in lists.stop
    )


def _beside_figure(text: str, first: re.Match[str], second: re.Match[str], lists: _Lists) -> bool:
    """Whether one of two tokens in a row is a figure (digits, a number word, a scale: "million")
    with only a space or a hyphen between them ("12 miles", "dlrs 41.5"; not "line C-4")."""
    if text[first.end() : second.start()].strip() not in ("", "-"):
        return False
    return any(
        token.isdigit() or token.lower() in lists.figures
        for token in (first.group(), second.group())
    )


def _after_scale(text: str, tokens: Sequence[re.Match[str]], i: int, lists: _Lists) -> bool:
    """Whether token ``i`` follows a scale and a connector (``figure_connectors`` of
    ``keyterm_rules.txt``) with only spaces between: "12 millones de euros", "18 milioni di
    euro" write the unit of English "12 million euros"."""
    if i < 2 or not lists.figure_connectors:
        return False
    scale, connector = tokens[i - 2], tokens[i - 1]
    return (
        connector.group().lower() in lists.figure_connectors
        and scale.group().lower() in lists.scales
        and not text[scale.end() : connector.start()].strip()
        and not text[connector.end() : tokens[i].start()].strip()
    )


def _as_noun(text: str, tokens: Sequence[re.Match[str]], i: int, lists: _Lists) -> bool:
    """Whether token ``i`` is written as a noun: after a noun marker (``noun_markers`` of
    ``keyterm_rules.txt``: "the", "its") or a possessive ("Kim's"), and not before a word it
    qualifies ("the meeting ended", not "the orbiting debris"); or before "of"."""
    following = tokens[i + 1].group() if i + 1 < len(tokens) else ""
    if following.lower() == "of":
        return True
    if i == 0:
        return False
    before = tokens[i - 1].group().lower().replace("’", "'")
    if before not in lists.noun_markers and not before.endswith("'s"):
        return False
    # A content word right after it is what it qualifies, unless a verb's past or an adverb
    # ("the meeting ended", "their meeting abruptly ended").
    qualifies = (
        following.islower()
        and following not in lists.stop
        and not text[tokens[i].end() : tokens[i + 1].start()].strip()
        and not adjective_of(following)
        and not _is_past_tense(following, lists.zipf)
    )
    return not qualifies


def _is_phrase_word(word: str, lists: _Lists) -> bool:
    return (
        len(word) >= MIN_PHRASE_CHARS
        and word.isalpha()
        and word not in lists.news
        and word not in lists.not_names
        and lists.zipf.get(word, 0.0) < COMMON_ZIPF
    )


def _add_name(
    run: Sequence[str], lists: _Lists, collector: _Collector, doc: str
) -> tuple[str, ...] | None:
    """Record a run of capitalised words as a name, less its leading titles and edge connectors;
    the name's words, or None when the run is no name."""
    titles, connectors = lists.titles, lists.connectors
    last_title = max((i for i, w in enumerate(run) if w.lower().rstrip(".") in titles), default=-1)
    words = list(run[last_title + 1 :])
    if all(w.lower() in connectors for w in words):
        return None  # "Las" opening a sentence ("Las obras costarán ..."): an article, no name
    while words and (words[0] in connectors or words[0] == "&"):
        words.pop(0)
    while words and (words[-1] in connectors or words[-1] == "&"):
        words.pop()
    if not words or sum(w not in connectors for w in words) > MAX_NAME_WORDS:
        return None
    _add_words(words, collector, doc)
    # "Al Gore of Tennessee", "Army Corps of Engineers": the name before the connector counts as
    # a name too, so the person keeps the uses a place of origin would take from him; the whole
    # name replaces it only as a longer term does (``_best``). What follows the connector counts
    # too if the cluster writes it alone elsewhere ("Tennessee"), not if it is only ever a part
    # ("Engineers" of "Army Corps of Engineers"): ``_Collector.add_tails``.
    cut = next((i for i, w in enumerate(words) if w in lists.splitting), len(words))
    if 0 < cut < len(words):
        _add_words(words[:cut], collector, doc)
        collector.tails.append((tuple(words[cut + 1 :]), doc, collector.new_sentence))
    return tuple(words)


def _add_words(words: Sequence[str], collector: _Collector, doc: str) -> None:
    collector.add(True, _name_key(words), doc, " ".join(words))


def _name_key(words: Sequence[str]) -> tuple[str, ...]:
    """A name's key: its lower-case words, hyphenated ones in parts ("Kim Jong-un")."""
    return tuple(part for w in words for part in w.lower().replace("’", "'").split("-"))


def _forms_zipf(candidate: _Candidate, known: Mapping[str, float]) -> float:
    """How common the forms a one-word term is written in are together in the language (Zipf of
    the sum of their frequencies): the term counts the uses of all its forms as one ("lunga" and
    "lungo", one stem), so the language's uses of them count as one word's too. Each form alone
    is under ``COMMON_ZIPF`` (``_is_phrase_word``); an inflected language spreads an everyday
    word's uses over its forms (Italian "lungo" 5.4, "lunga" 5.1; English "long" 5.8)."""
    forms = {surface.lower() for surface in candidate.surfaces}
    return summed_zipf(known.get(form, 0.0) for form in forms)


def _best(
    candidates: Iterable[_Candidate],
    n_docs: int,
    count: int,
    language: str,
    units: frozenset[str] = frozenset(),
    longer: tuple[Mapping[tuple[str, ...], Counter[str]], Mapping[str, tuple[str, ...]]] = (
        {},
        {},
    ),
) -> tuple[str, ...]:
    """The ``count`` heaviest candidates, a chosen term giving way to a longer one that holds it;
    ``units`` are capitalised nouns mostly written beside a figure (``_Collector.units``), and
    ``longer`` the longer names each name is written as a part of and the names before "and" in
    them (``_Collector.longer``, ``_Collector.heads``)."""
    min_docs = max(min(2, n_docs), math.ceil(MIN_DOC_SHARE * n_docs))
    name_idf = (9.0 - NAME_ZIPF) * math.log(10.0)
    weighed: list[tuple[float, _Candidate]] = []
    known = background_zipf(language)
    candidates = list(candidates)
    for candidate in candidates:
        if len(candidate.docs) < min_docs or candidate.uses < 2:
            continue
        words = candidate.shown_words()
        if (
            not candidate.name
            and len(words) == 1
            and (
                _is_past_tense(words[0], known)
                if language == "en"
                else _is_verb_form(words[0], known, _lists(language))
            )
        ):
            continue  # "discussed", "ended": what happened is a sentence's, not a term's
        if (
            not candidate.name
            and len(words) == 1
            and _lists(language).nouns_capitalised
            and candidate.surface().islower()
        ):
            continue  # German "gesperrt", "schwer": all lower case, so no noun ("iPhone" is one)
        if not candidate.name and language == "en" and _is_clause(words, candidate, known):
            continue  # "motorcades roared", "deliberately ratcheted", "declaring": a clause's
        if not candidate.name and candidate.at_figure >= UNIT_SHARE * candidate.written:
            continue  # "billion", "miles": a figure's unit
        if not candidate.name and candidate.before_name >= candidate.written:
            continue  # "teammate" of "His teammate Luca Ferrand", each time: who a name is
        if candidate.name and len(words) == 1 and words[0] in units:
            continue  # German "Metern", "Prozent": a figure's unit, capitalised as nouns are
        if not candidate.name and len(words) == 1 and _forms_zipf(candidate, known) >= COMMON_ZIPF:
            continue  # Italian "lunga" and "lungo": an everyday word, its uses in two forms
        idfs = [word_idf(w, language) for w in words]
        if candidate.name:
            idfs = [max(idf, name_idf) for idf in idfs]
        information = sum(idfs) / len(idfs) * (1.0 + LONGER_BONUS * (len(idfs) - 1))
        weight = len(candidate.docs) / n_docs * (1.0 + math.log(candidate.uses)) * information
        weighed.append((weight, candidate))
    weighed.sort(key=lambda item: (-item[0], item[1].order))
    chosen: list[_Candidate] = []
    splitting = _lists(language).splitting
    for _, candidate in weighed:
        inside = [c for c in chosen if _holds(candidate, c, splitting)]
        if any(_holds(c, candidate, splitting) for c in chosen):
            continue
        if not inside:
            if len(chosen) < count:
                chosen.append(candidate)
            continue
        if all(
            (
                candidate.name
                and len(c.shown_words()) == 1
                and not _after_connector(c, candidate, splitting)
            )
            or candidate.uses >= ABSORB_SHARE * c.uses
            for c in inside
        ):
            chosen[chosen.index(inside[0])] = candidate
            for other in inside[1:]:
                chosen.remove(other)
    names = {c.words: c for c in candidates if c.name}
    return _whole_names(chosen, longer[0], longer[1], names)


def _whole_names(
    chosen: Sequence[_Candidate],
    longer: Mapping[tuple[str, ...], Counter[str]],
    heads: Mapping[str, tuple[str, ...]],
    names: Mapping[tuple[str, ...], _Candidate],
) -> tuple[str, ...]:
    """The chosen terms as shown: a name written as a part of one longer name in
    ``ABSORB_SHARE`` of its uses or more is shown as the whole ("Ligue" as "Ligue 1", "Safety
    Executive" as "Health and Safety Executive"), and a term inside that whole is left out. The
    name before "and" must be written in the whole as often too: "West Bank and Gaza Strip"
    joins two places, "West Bank" being written alone as well."""
    shown = [c.surface() for c in chosen]
    lengthened: list[tuple[str, ...]] = []
    for k, candidate in enumerate(chosen):
        wholes = longer.get(candidate.words) if candidate.name else None
        if not wholes:
            continue
        whole, uses = wholes.most_common(1)[0]
        head = names.get(heads.get(whole, ()))
        if head is not None and uses < ABSORB_SHARE * head.written:
            continue  # two names joined by "and", each written alone too
        if uses >= ABSORB_SHARE * candidate.written:
            shown[k] = whole
            lengthened.append(tuple(whole.lower().split()))

    def inside_whole(term: str) -> bool:
        words = tuple(term.lower().split())
        return any(
            words != whole and any(whole[i : i + len(words)] == words for i in range(len(whole)))
            for whole in lengthened
        )

    return tuple(dict.fromkeys(term for term in shown if not inside_whole(term)))


def _is_past_tense(word: str, known: Mapping[str, float]) -> bool:
    """Whether an English word is a verb's past: in -ed ("discussed", "planned"; not "hundred",
    "speed"), or an irregular one (``data/en/irregular_pasts.txt``: "sent", "won").

    A word in -ed: its stem is a word in use (discuss, plan, hope; ``wordforms.VERB_ZIPF``):
    "hundred" is no past of "hundr".
    """
    if word in _irregular_pasts():
        return True
    if not word.endswith("ed") or len(word) < 5:
        return False
    stem = word[:-2]
    stems = (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else stem, stem[:-1] + "y")
    return any(known.get(candidate, 0.0) >= VERB_ZIPF and candidate != word for candidate in stems)


@lru_cache(maxsize=1)
def _irregular_pasts() -> frozenset[str]:
    """English irregular pasts written as verbs only (``data/en/irregular_pasts.txt``)."""
    return frozenset(word.lower() for word in read_lines("en", "irregular_pasts.txt"))


def _is_clause(words: Sequence[str], candidate: _Candidate, known: Mapping[str, float]) -> bool:
    """Whether English words in lower case are a piece of a clause, not a term: a phrase ending
    in a verb's past ("motorcades roared"), an adverb or a phrase holding one ("deliberately
    ratcheted", ``wordforms.adjective_of``), a word shown in a form written as a verb's plain
    form in half its uses or more ("to form a government"; not "negotiators", whose stem "to
    negotiate" shares), or a word in -ing of a verb in use that the cluster
    never writes as a noun ("declaring", "harboring"; not "the meeting", "the killing of")."""
    if len(words) > 1:
        return _is_past_tense(words[-1], known) or any(adjective_of(w) for w in words)
    word = words[0]
    if adjective_of(word):
        return True  # "morally", an adverb alone
    shown = candidate.surface()
    if 2 * candidate.as_verb[shown] >= candidate.surfaces[shown]:
        return True  # "form", "attach": written "to form" in half its uses or more
    return not candidate.as_noun and is_participle(word)


def _is_verb_form(word: str, known: Mapping[str, float], lists: _Lists) -> bool:
    """Whether a word is a verb's form ("voté", "riaperto"): an infinitive it makes is in use;
    or an infinitive ("supprimer", "renovar"): a form it makes is in use; or it ends as only a
    verb's form does ("descarriló", whose "descarrilar" is too rare to be known). Not a noun of
    ``verb_like_nouns.txt`` ("conseiller", "potere").

    The rules of the language layer (``wordforms.infinitive`` and ``is_infinitive``,
    ``verb_endings.txt``; ``keyterm_rules.txt``'s ``verb_form_endings``).
    """
    if word in lists.verb_like_nouns:
        return False
    if any(word.endswith(e) and len(word) > len(e) + 2 for e in lists.verb_form_endings):
        return True
    endings = lists.verb_endings
    return infinitive(word, known, endings) is not None or is_infinitive(word, known, endings)


def _inside(short: _Candidate, long: _Candidate) -> bool:
    """Whether ``short``'s words are a run of ``long``'s ("Korea" is inside "North Koreans")."""
    a, b = short.shown_words(), long.shown_words()
    if len(a) > len(b):
        return False
    return any(
        all(same_word(x, y) for x, y in zip(a, b[i : i + len(a)]))
        for i in range(len(b) - len(a) + 1)
    )


def _holds(long: _Candidate, short: _Candidate, splitting: frozenset[str]) -> bool:
    """Whether ``short`` is a part of ``long`` and not a term of its own: inside it, and not
    after a splitting connector unless most of its uses are the longer name's ("Engineers" of
    "Army Corps of Engineers"; "Tarnby", written alone too, is a place of its own beside
    "Harbour Board of Tarnby")."""
    if not _inside(short, long):
        return False
    return not _after_connector(short, long, splitting) or long.uses >= ABSORB_SHARE * short.uses


def _after_connector(short: _Candidate, long: _Candidate, connectors: frozenset[str]) -> bool:
    """Whether ``short`` stands in ``long`` right after one of ``connectors`` (the splitting
    ones, "of"): another entity the longer name is of ("Myanmar" in "New Light of Myanmar",
    "Wyoming" in "University of Wyoming"), not a particle of one name ("Al Gore")."""
    a, b = short.shown_words(), long.shown_words()
    return any(
        b[i - 1] in connectors and all(same_word(x, y) for x, y in zip(a, b[i : i + len(a)]))
        for i in range(1, len(b) - len(a) + 1)
    )


def same_word(one: str, other: str) -> bool:
    """The same word, or a name and its demonym or plural ("Korea", "Korean", "Koreans")."""
    if one == other:
        return True
    short, long = sorted((one, other), key=len)
    return len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 2


@lru_cache(maxsize=4)
def _lists(language: str) -> _Lists:
    relative_words = _word_list(language, "relative_days.txt")
    english = language == "en"
    # Lower-case words that may stand inside a name ("Bank of Tallow", "Osama bin Laden").
    connectors = get_lexicon(language).name_connectors
    return _Lists(
        language=language,
        # A name's inner connector ("Villanueva del Cerro", "Bureau of Indian Affairs") is a stop
        # word elsewhere. (English kept "of" a stop word until the fourteenth stop, and cut
        # "Army Corps of Engineers" into "Army Corps" and "Engineers".)
        # A number written as a word ("zwölf", "douze") is no term: English's stop list holds them.
        stop=(_stop_words(language) - connectors) | number_words(language),
        name_stop=(
            (get_lexicon(language).stop_words | NEWS_STOP_WORDS) - connectors
            | number_words(language)
            | _word_list(language, "company_suffixes.txt")
            if english
            else (_stop_words(language) - connectors) | number_words(language)
        ),
        # News's own everyday words ("officials", "percent", "million"), counted over news
        # articles (benchmarks/make_news_common.py), besides its reporting verbs.
        # Elsewhere the words keyterm_rules.txt names (Italian "prime", "vecchio"), as yet.
        news=NEWS_STOP_WORDS | _word_list(language, "news_common.txt")
        if english
        else _markers(language, "everyday_words"),
        connectors=connectors,
        splitting=_markers(language, "entity_connectors") & connectors,
        titles=_word_list(language, "name_titles.txt"),
        title_abbreviations=frozenset(
            t.lower().rstrip(".") for t in get_lexicon(language).titles if t[:1].isupper()
        ),
        not_names=_word_list(language, "calendar.txt")
        | _word_list(language, "day_parts.txt")
        | frozenset(w for w in relative_words if " " not in w and relative_day(w, language)),
        zipf=background_zipf(language),
        spelling=spelling_variants(language),
        nouns_capitalised=_rule(language, "nouns_capitalised"),
        verb_endings=() if english else verb_endings(language),
        verb_form_endings=tuple(sorted(_markers(language, "verb_form_endings"))),
        verb_like_nouns=frozenset() if english else _word_list(language, "verb_like_nouns.txt"),
        # English number words are in its stop list, but not apart: digits and scales suffice.
        figures=number_words(language) | scale_words(language),
        scales=scale_words(language),
        figure_connectors=_markers(language, "figure_connectors"),
        noun_markers=_markers(language, "noun_markers"),
        infinitive_markers=_markers(language, "infinitive_markers"),
        name_joiners=_markers(language, "name_joiners"),
    )


def _markers(language: str, name: str) -> frozenset[str]:
    """A word-list setting of ``data/<language>/keyterm_rules.txt`` ("none": empty)."""
    words = (_setting(language, name) or "").split()
    if not words:
        raise ConfigError(
            f"{language}/keyterm_rules.txt has no line '{name}: WORD ...' or '{name}: none'; "
            "add one"
        )
    return frozenset() if words == ["none"] else frozenset(w.lower() for w in words)


def _rule(language: str, name: str) -> bool:
    """A yes/no setting of ``data/<language>/keyterm_rules.txt``."""
    value = _setting(language, name)
    if value not in ("yes", "no"):
        raise ConfigError(
            f"{language}/keyterm_rules.txt has no line '{name}: yes' or '{name}: no'; add one"
        )
    return value == "yes"


def _setting(language: str, name: str) -> str | None:
    """The value of the line ``name: value`` of ``data/<language>/keyterm_rules.txt``."""
    for line in read_lines(language, "keyterm_rules.txt"):
        key, _, value = line.partition(":")
        if key.strip() == name:
            return value.strip()
    return None


@lru_cache(maxsize=16)
def _word_list(language: str, name: str) -> frozenset[str]:
    """The lower-case entries of ``data/<language>/<name>`` (final periods dropped)."""
    if language not in _LANGUAGES:
        raise ConfigError(
            f"no key-term word lists for language {language!r}; use one of {sorted(_LANGUAGES)}"
        )
    return frozenset(line.lower().rstrip(".") for line in read_lines(language, name))
