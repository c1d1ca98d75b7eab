"""Score stage: sentences -> sparse TF-IDF rows and a relevance per sentence.

Terms are stems of the words outside the language's stop list (English: Porter stems, outside
scikit-learn's English stop words; German, French, Spanish, Italian: Snowball stems, outside the
lexicon's ``stop_words.txt``, ``more_stop_words.txt`` and ``news_words.txt``), as unigrams and the bigrams of consecutive
content words; IDF comes from the cluster itself (each sentence is a
"document" for IDF). The weights are scikit-learn's (``TfidfTransformer``, sublinear TF): exactly
what ``TfidfVectorizer(analyzer=make_analyzer())`` gives, up to the order of the columns (a test
checks it). The counting is ours: bigrams are counted with numpy and the vocabulary is not
sorted, which halves the vectorising time on a large cluster.

Relevance is the cosine of a sentence to the cluster centroid, both over the unigram terms only
(blended with the cosine to the query when one is given), times a position prior, scaled to
[0, 1]; the rows handed on for similarity keep unigrams and bigrams. Sentences that make poor
points on their own (questions, fragments, unattributed quotes, quotes attributed only to a
pronoun, dangling openings, a connective set off in the first words ("The trio, however, ..."),
a thing named by "the" and a word its article used before ("The report found ..."),
list introductions ending in a colon, labelled entries such as "1996: Named ...") are scored but
marked ineligible, each with its reason (``Scored.reasons``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, islice
from typing import TYPE_CHECKING

from .errors import InputError
from .headline import holds_quote, opens_subordinate
from .lexicon import get_lexicon, read_entries, read_lines, speech_verb_pattern, stem
from .noise import has_finite_verb
from .same import MAX_CANDIDATES, is_number_word
from .text import iso_day
from .timewords import opens_with_date_label
from .types import Scored, Sentence
from .wordforms import could_be_verb, is_verb_form

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np
    from scipy.sparse import csr_matrix

    from .lexicon import Lexicon

__all__ = [
    "DANGLING_OPENERS",
    "OPENING_MAX_WORDS",
    "comparison_stop_words",
    "make_analyzer",
    "score_sentences",
    "subject_at",
]

# Words: letters and digits, with inner apostrophes (don't, O'Brien) kept in one token, except the
# possessive 's: "Ocalan's" is the term "Ocalan" (the left-over "s" is too short to be a term).
# Kept, it made a second term ("ocalan'") for every name in the possessive, splitting the name's
# weight in the centroid and hiding repeats from MMR (tune_notes.md #31: DUC 2004 R-1 +0.5).
_WORD = re.compile(r"[^\W_]+(?:['’](?![sS]\b)[^\W_]+)*")
# White space, where str.split cuts.
_SPACE = re.compile(r"\s")
# A sentence longer than this (a text without sentence ends) is split into words a piece of about
# this many characters at a time: the list of all its words at once took 450 MB for 50 MB of text.
# Normal sentences are far shorter and split whole.
LONG_SENTENCE_CHARS = 100_000
# In a language that elides (French, Italian: ``rules.txt``), a short word before an apostrophe is
# a word of its own ("l'accord" is "l'" and "accord", "dell'anno" is "dell'" and "anno"), so the
# article is a stop word and the noun the term it is elsewhere; a longer one stays whole
# ("aujourd'hui").
_ELIDED_WORD = re.compile(r"[^\W\d_]{1,5}['’](?=[^\W_])|[^\W_]+(?:['’][^\W_]+)*")
# A sentence's subject opens after a phrase of circumstance set off by a comma ("After a
# three-month impasse, they agreed ...") only when that comma comes within this many words; else
# it is looked for at the sentence's first word (``subject_at``).
OPENING_MAX_WORDS = 8
# Sentences shorter than this are fragments (datelines, "He declined.") that carry no fact alone.
MIN_WORDS = 6
# Longer sentences would take half of a 100-word budget; rarely the best use of it.
MAX_WORDS = 55
# Centroid trimming: only terms that at least this share of the documents use describe the event;
# the rest is each article's own colour. Below 3 documents every term counts.
CENTROID_MIN_DOC_SHARE = 0.3
# Position prior: news puts the key facts first. relevance *= 1 + POSITION_WEIGHT / (1 + index).
POSITION_WEIGHT = 0.6
# The story's opening: in a story told over several days, the earliest article reports what set it
# off (the troops sent to the border, the no-confidence motions, the first formal step of a
# campaign), which later articles take as known and which summaries of the story open with. The
# first OPENING_SENTENCES sentences of the earliest day's articles weigh 1 + OPENING_WEIGHT times
# more, when the dated articles span more than one day and that day holds at most
# OPENING_MAX_SHARE of them (a story reported on its first day by most of its articles has no
# opening of its own to find, and two or three outlets a day apart are not a story's opening and
# its sequel). Measured (benchmarks/tune_notes.md, "The story's opening"): R-1 / R-2 DUC 2004 dev
# 39.36 / 10.18 -> 39.54 / 10.33, DUC 2007 A 37.32 / 10.74 -> 37.44 / 11.74, DUC 2006 and 2007 main
# (query, 250 words) +0.00 to +0.10, update B (since the background) 9.48 -> 9.58; small clusters
# unchanged.
OPENING_WEIGHT = 0.1
OPENING_SENTENCES = 2
OPENING_MAX_SHARE = 0.25
# With a query, its weight against the centroid. Equal shares: a DUC query's narrative is long and
# generic ("discuss", "include"), so the centroid is what keeps its answers on the cluster's core
# (measured: 0.5 beats 0.7 and 0.85 on both DUC 2006 and DUC 2007 main; benchmarks/tune_notes.md).
QUERY_WEIGHT = 0.5
# A query off the story's core: none of its words weighs in the centroid as much as this share of
# the centroid's top term ("fuel leak pollution" or "hull damage and repair costs" of a ferry's
# grounding: 0.39 and 0.36). The blend above buries its answers under the story's leads, so its
# answers are handed on apart (``Scored.query_answers``) and the select stage picks them first.
# Every DUC 2006 and 2007 main query names a term of its cluster's core (0.51 to 1.0, most 1.0,
# with the narrative or with the topic's title alone): their briefings are unchanged.
QUERY_CORE_SHARE = 0.5
# Key terms shown in the briefing's header: about a line of them.
KEY_TERMS = 12
# Openings that point back to something the reader of an excerpt has not seen (the English
# lexicon's dangling_openers.txt).
DANGLING_OPENERS = get_lexicon("en").dangling_openers
# Quote marks, the wire services' typewriter pair (``quote'') included: AP and NYT copy (and DUC)
# open a quotation with two backquotes, and without them "``He ..." or "``We will ...'' " passed as
# ordinary openings (measured: 3.3% of DUC 2006 points were unattributed quotes, 0.5% with them).
_QUOTES = "\"“”„«»'‘’`"
# Marks that open or close a quotation, for following one across sentences: the straight quote
# (toggles), curly quotes, and the wire's `` and '' (a lone ' is an apostrophe, not a quote).
_QUOTE_MARKS = ("``", "''", '"', "“", "”")
_QUOTE_MARK = re.compile("|".join(map(re.escape, _QUOTE_MARKS)))
_OPENING_QUOTES = frozenset(("``", "“"))
_SPEECH = speech_verb_pattern("en")

# A contraction's tail: "It's", "That's", "They're" open with the pronoun "it", "that", "they"
# (604 eligible sentences of the four benchmark sets opened so; 7 of 974 points).
_CONTRACTION = re.compile(r"['’](?:s|re|ll|d|ve|m)$")
# A label and its colon opening a line: "1996: Named infrastructure minister ...", "IMPACT: More
# than 100,000 computers ...", "SUU KYI: Yes, ...", "Q: ...". The entry of a fact box, a chronology
# or a transcript: its subject is the label, which is not a statement of the event.
_LABEL_COLON = re.compile(r":(?:\s|$)")
_MAX_LABEL_WORDS = 4
# A label's characters at most (four words): past them, a colon closes no label.
_MAX_LABEL_CHARS = 60
# Speakers a reader of an excerpt cannot name: '"We want a deal," he said.' Words that may stand
# between the speaker and the verb ("he later said", "she had told") are skipped, a few at most
# (``data/<lang>/speaker_pronouns.txt``, ``attribution_adverbs.txt``).
_SPEAKER_PRONOUNS = frozenset(read_lines("en", "speaker_pronouns.txt"))
_ATTRIBUTION_ADVERBS = frozenset(read_lines("en", "attribution_adverbs.txt"))
_MAX_ADVERBS = 2
# A quotation in single curly marks: from an opening ‘ to a ’ that is not inside a word.
_SINGLE_QUOTED = re.compile(r"‘[^‘]*?’(?![^\W_])")

# Why a sentence is no point on its own: ``Scored.reasons`` holds one per sentence ("" when it is
# eligible), so a briefing's choices can be read, not only measured.
# A quotation that ends with a question mark: "``Are you willing to sign on that?'' Netanyahu
# said." asks, it states nothing (a point of DUC 2004 dev's d30037t).
_QUOTED_QUESTION = re.compile(r"\?\s*(?:''|[\"”’»])")
REASON_INSIDE_QUOTE = "inside a quotation opened in an earlier sentence"
REASON_OPEN_QUOTE = "opens a quotation it does not close"
REASON_SHORT = f"fragment of fewer than {MIN_WORDS} words"
REASON_LONG = f"longer than {MAX_WORDS} words"
REASON_QUESTION = "a question (or a quoted one)"
REASON_DANGLING = "opens with a word that points back to an earlier sentence"
REASON_UNATTRIBUTED_QUOTE = "a quote with no speaker"
REASON_PRONOUN_QUOTE = "a quote attributed only to a pronoun (he said)"
REASON_LIST_INTRO = "introduces what follows it (ends with a colon)"
REASON_NO_STOP = "ends with no full stop (a heading, a list item or an editor's note)"
REASON_INTERRUPTING = "a connective in its first words points back to an earlier sentence"
REASON_LABEL = "opens with a label and a colon (a fact box or chronology entry)"
REASON_ROUNDUP = 'opens with a column\'s label in lower case and a colon ("Winfrey winner: ...")'
REASON_LIST_ITEM = "a list's item with no verb, after a sentence ending with a colon"
REASON_CONTACT = "gives contact details (an e-mail, phone or web address)"
REASON_WRITER = "the writer speaking (I, we or you outside a quotation: a column's voice)"
REASON_REPEATED = "repeats an earlier sentence of its article word for word"
# An article that gives one wording again and again with other figures (a table written out as
# sentences, a generated page: "Ferry 7 carried 49 cars in hour 7."): past the first
# NEAR_REPEATS_KEPT of a wording, figures aside, none is a point. The relation reads each as
# another fact (its figures differ), so once the budget's facts were found every further pick
# chained into a point and passed over at most same.MAX_CANDIDATES of them: MMR went through all
# of them, a pick at a time (10 MB of such text: 190 picks, select 7 s of 9; benchmarks/
# inputs_notes.md). Read only in an article of more than MAX_CANDIDATES sentences: in a shorter
# one a pick reads every copy at once, and reading each sentence's figures cost 0.1 s over the
# 48,000 sentences of DUC 2006 and 2007 (a twelfth of the stage). No DUC article is that long.
NEAR_REPEATS_KEPT = 20
REASON_NEAR_REPEATED = (
    f"its article gave its words, figures aside, {NEAR_REPEATS_KEPT} times before (a table or a"
    " generated page)"
)
# A run of digits: what a wording's figures are, for ``_repeats_marked``.
_DIGITS = re.compile(r"\d+")
REASON_QUOTED_OBJECT = 'a quoted judgement of a pronoun (called it "a fair deal")'
REASON_DEFINITE = 'names a thing by "the" and a word its article used before (The report found)'
REASON_NO_COMMENT = "says only that a source gave no statement (declined to comment, not reached)"
REASON_CAPTION = "a caption with no verb of its own, over the list or fact box after it"
REASON_LOWER_START = "opens with a lower-case word: the tail of a sentence cut before it"
REASON_PRO_VERB = 'stands for a deed an earlier sentence told ("did so", "followed suit")'
REASON_WIRE_NOTE = "a wire's note on its own copy (The following are ..., updates are possible)"
REASON_VERBLESS = 'no word that could be a verb (a lead-in, a label: "Another big night for Lola.")'
REASON_CHRONOLOGY = "in a chronology's dated entry (Aug. 20 _ ...): a past event told as news"
# A chronology is a run of at least this many paragraphs of one article, each opening with a date
# set off as a label ("1993:", "Aug. 20 _ The agency drops its probe. The Justice Department says
# it will take over the case.", DUC 2007's D0711C): its entries tell past events in the present
# tense, and the sentences after an entry's date do not say it. One such paragraph alone is a
# fact box's line or a dateline, which ``REASON_LABEL`` reads.
CHRONOLOGY_RUN = 2
REASON_LEANING = (
    'a short sentence adding to or standing for what another told ("also sued", "vetoed it")'
)
REASON_POINTER = 'points back with "this" or "these" to what another sentence named (this penalty)'
REASON_COMPARISON = (
    "a short sentence comparing with or standing for what another sentence named "
    "(a similar system, the same step, satisfy them)"
)
# An e-mail address (also the wire's "name(at)host.com"), a web address or a phone number: a
# service note ("The night news editor is ..., 404-..., ...(at)...", "CoxNet layouts are for sale
# ... at www....": a news budget in DUC 2006, D0647B), not a fact of the story.
_ADDRESS = re.compile(r"[\w.+-](?:@|\(at\))[\w-]+\.[A-Za-z]|\bhttps?://|\bwww\.[\w-]+\.")
# "404-582-7282", "(404) 526-5456". Searched only in a sentence holding "-" and a hyphen before
# four digits (a third of sentences hold a hyphen; a regex scan of every sentence cost 0.2 s
# CPU on the large benchmark's 58,000).
_PHONE = re.compile(r"\d{3}(?:-|\)\s?)\d{3}-\d{4}\b")
_PHONE_END = re.compile(r"-\d{4}\b")


# Reporting verbs and honorifics: in news every other sentence has one, so they say nothing about
# which event a sentence is on, yet TF-IDF would make them centroid terms (``news_words.txt``).
NEWS_STOP_WORDS = frozenset(read_lines("en", "news_words.txt"))


@lru_cache(maxsize=8)
def _stop_words(language: str = "en") -> frozenset[str]:
    """The words that are no terms: function words and the news words of ``language``."""
    if language != "en":
        more = read_lines(language, "more_stop_words.txt") + read_lines(language, "news_words.txt")
        return get_lexicon(language).stop_words | frozenset(word.lower() for word in more)
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) | NEWS_STOP_WORDS


@lru_cache(maxsize=8)
def comparison_stop_words(language: str = "en") -> frozenset[str]:
    """The words that are no terms when new sentences are compared with earlier ones (``since=``):
    the score stage's stop words and every function word of the language's lexicon
    (``stop_words.txt``). English scoring takes scikit-learn's list, which lacks "did", "does",
    "doing", "having", "just" and "theirs": the earlier sentence "She did." made a third of the new
    "... the show ... did not give false information about it and did not defame cattle
    producers" said (benchmarks/update_notes.md, thirtieth stop). Relevance keeps the score
    stage's own list (with the lexicon's, DUC 2004 dev lost a pick: update_notes #43)."""
    return _stop_words(language) | get_lexicon(language).stop_words


# Characters that are neither letters, digits, nor apostrophes: around a chunk they only end a word.
_NOT_WORD_EDGES = '.,;:!?"()[]{}“”«»—–-…*/'


class _Tokens(dict[str, "tuple[str, ...]"]):
    """chunk -> the terms (stems) of its content words; filled on first sight.

    A chunk is a run of non-space characters as written ("Ocalan's", "(AP)", "1998."). A word never
    spans white space, so the words of a text are the words of its chunks in order, and a text is
    looked up chunk by chunk in C (``str.split`` and a dict) instead of through a regex: news text
    repeats its chunks, and only a chunk seen for the first time is lower-cased and matched.
    """

    __slots__ = ("language", "pattern", "starts", "stop", "voice", "voiced", "words")

    def __init__(self, stop: frozenset[str], language: str = "en") -> None:
        super().__init__()
        self.stop = stop
        self.language = language
        self.pattern = _ELIDED_WORD if get_lexicon(language).elision else _WORD
        self.words: dict[str, tuple[str, ...]] = {}  # lower-case word -> (its term,) or ()
        # The chunks met that are one of the writer's pronouns (``_writer_forms``), for
        # eligibility: a sentence without one needs no closer reading.
        self.voice = _writer_forms(language)
        self.starts = _writer_starts(language)  # what such a chunk can open with: a cheap test
        self.voiced: set[str] = set()

    def __missing__(self, chunk: str) -> tuple[str, ...]:
        if self.voice and chunk[:1] in self.starts and _is_writer_chunk(chunk, self.voice):
            self.voiced.add(chunk)
        lower = chunk.lower()
        core = lower.strip(_NOT_WORD_EDGES)
        if core.isalnum():  # most chunks are one word and stops: the regex would find just it
            lower = core
            found = self.words.get(lower)
            if found is None:
                found = self._word(lower)
        else:
            # Collected in a list: a tuple grown with += copies itself at every word, quadratic
            # in the words of one chunk ("ferry,harbour,..." joined by commas without spaces).
            terms: list[str] = []
            for word in self.pattern.findall(lower):
                term = self.words.get(word)
                terms.extend(self._word(word) if term is None else term)
            found = tuple(terms)
        self[chunk] = found
        return found

    def _word(self, word: str) -> tuple[str, ...]:
        # An elided article is listed with the straight apostrophe ("l'"); English as it was.
        key = word if self.language == "en" else word.replace("’", "'")
        if key in self.stop or (len(word) < 2 and not word.isdigit()):
            term: tuple[str, ...] = ()
        else:
            term = (stem(word.replace("’", "'"), self.language),)
        self.words[word] = term
        return term


# Around a pronoun in a chunk: punctuation, quotation marks and brackets ("``We", "us.", "(my").
_WRITER_EDGES = _NOT_WORD_EDGES + "`'‘’„"


@lru_cache(maxsize=16)
def _writer_forms(language: str) -> frozenset[str]:
    """The writer's pronouns of ``language`` (``first_person.txt``) as written: each word in lower
    case and with a capital first letter, "i" as "I" only, none in capitals ("US")."""
    forms: set[str] = set()
    for word in read_lines(language, "first_person.txt"):
        forms.update(("I",) if word == "i" else (word, word[:1].upper() + word[1:]))
    return frozenset(forms)


@lru_cache(maxsize=16)
def _writer_starts(language: str) -> frozenset[str]:
    """The characters a chunk holding one of ``_writer_forms`` can open with: a form's first
    letter, or a mark ``_is_writer_chunk`` strips."""
    return frozenset(form[0] for form in _writer_forms(language)) | frozenset(_WRITER_EDGES)


def _is_writer_chunk(chunk: str, forms: frozenset[str]) -> bool:
    """Whether a chunk (a run of non-space characters) is one of ``forms``, once stripped of
    punctuation and quotation marks and of a contraction's tail ("We're", "I'm")."""
    core = chunk.strip(_WRITER_EDGES)
    return core.split("'", 1)[0].split("’", 1)[0] in forms


def _make_tokenizer(
    stop_words: frozenset[str] | None = None, language: str = "en"
) -> Callable[[str], list[str]]:
    """text -> the stems of its content words, in order (the unigrams of :func:`make_analyzer`)."""
    return _tokenizer(_chunks(stop_words, language))


def _chunks(stop_words: frozenset[str] | None, language: str) -> _Tokens:
    """A new chunk cache for the stop words (the language's when ``None``) and ``language``."""
    return _Tokens(_stop_words(language) if stop_words is None else stop_words, language)


def _tokenizer(chunks: _Tokens) -> Callable[[str], list[str]]:
    """text -> the stems of its content words, read through (and filling) ``chunks``."""
    lookup = chunks.__getitem__
    flatten = chain.from_iterable

    def tokenize(text: str) -> list[str]:
        # All in C: split, the dict's own lookup (a chunk seen before costs no Python-level call),
        # and the joining of the chunks' terms.
        return list(flatten(map(lookup, text.split())))

    return tokenize


def make_analyzer(
    stop_words: frozenset[str] | None = None, language: str = "en"
) -> Callable[[str], list[str]]:
    """Build the analyzer: text -> stemmed content unigrams and bigrams.

    Parameters
    ----------
    stop_words : frozenset of str, optional
        Words to drop; the language's stop words when ``None`` (scikit-learn's for English).
    language : str, default "en"
        A code of ``summarizer.lexicon.LANGUAGES``: its stemmer and stop words.

    Returns
    -------
    callable
        ``analyze(text) -> list[str]``, deterministic; each distinct word is stemmed once per
        process (stemming is the hot spot). Bigrams join consecutive content words with a space.
        This is what the score stage's TF-IDF counts, as scikit-learn's ``analyzer``.
    """
    tokenize = _make_tokenizer(stop_words, language)

    def analyze(text: str) -> list[str]:
        tokens = tokenize(text)
        grams: list[str] = []
        for index, token in enumerate(tokens):
            grams.append(token)
            if index:
                grams.append(tokens[index - 1] + " " + token)
        return grams

    return analyze


class _Numbering(dict[str, int]):
    """term -> its number; a term not seen before gets the next one."""

    def __missing__(self, term: str) -> int:
        number = self[term] = len(self)
        return number


class _Terms:
    """The columns of the count matrix: unigram stems, then the bigrams that occur, by code.

    A bigram is coded ``first * U + second`` (``U`` unigrams), so bigrams are counted with numpy
    instead of a dictionary lookup per pair of words, and are named only when shown.
    """

    def __init__(self) -> None:
        import numpy as np

        self.unigrams = _Numbering()  # read with .get; [] numbers a new term (grow only)
        self.names: list[str] = []
        self.bigrams = np.zeros(0, dtype=np.int64)  # sorted codes; column = U + position

    def __len__(self) -> int:
        return len(self.unigrams) + len(self.bigrams)

    def name(self, column: int) -> str:
        size = len(self.unigrams)
        if column < size:
            return self.names[column]
        first, second = divmod(int(self.bigrams[column - size]), size)
        return self.names[first] + " " + self.names[second]

    def count(self, token_lists: Sequence[list[str]], *, grow: bool) -> csr_matrix:
        """Counts of unigrams and bigrams, a row per token list.

        With ``grow`` (once, on a new instance: it fixes the bigram columns) the terms of
        ``token_lists`` become the columns, unigrams in order of first use; without it, terms
        outside the columns are dropped (a query's words the cluster never uses).
        """
        ids: list[int] = []
        lengths = [len(tokens) for tokens in token_lists]
        if grow:
            number = self.unigrams.__getitem__  # in C for a known term: the dict's own lookup
            for tokens in token_lists:
                ids.extend(map(number, tokens))
            self.names = list(self.unigrams)
        else:
            get = self.unigrams.get
            for tokens in token_lists:
                ids.extend([get(token, -1) for token in tokens])
        return self.matrix(ids, lengths, grow=grow)

    def matrix(self, ids: list[int], lengths: list[int], *, grow: bool) -> csr_matrix:
        """The counts of ``ids`` (term numbers, -1 for none), ``lengths[r]`` of them in row r.

        With ``grow``, ``ids`` were numbered by ``self.unigrams`` and ``names`` set (``count``).
        ``ids`` is emptied once read (its list of every token is no longer held).
        """
        import numpy as np

        size = len(self.unigrams)
        # 32-bit rows and ids (a cluster has fewer than 2**31 of either): the work arrays of a
        # large cluster are its biggest transient memory. Bigram codes need 64 bits.
        # fromiter: a third faster than np.array on a list of ints (no scan for shape and type).
        codes_of = np.fromiter(ids, dtype=np.int32, count=len(ids))
        # The caller's list, 8 bytes a token, was held through all that follows (54 MB for a
        # 50 MB line of words, at the peak).
        ids.clear()
        rows = np.repeat(np.arange(len(lengths), dtype=np.int32), np.array(lengths, dtype=np.int64))
        known = codes_of >= 0
        # Bigrams: consecutive content words of one text, both known.
        pair = (rows[1:] == rows[:-1]) & known[1:] & known[:-1]
        codes = codes_of[:-1][pair].astype(np.int64) * size + codes_of[1:][pair]
        pair_rows = rows[:-1][pair]
        del pair
        if grow:
            self.bigrams, inverse = _distinct(codes)
            pair_columns = size + inverse
        else:
            position = np.searchsorted(self.bigrams, codes)
            found = position < len(self.bigrams)
            found[found] = self.bigrams[position[found]] == codes[found]
            pair_rows, pair_columns = pair_rows[found], size + position[found]
        del codes
        # The unigrams' counts, then the bigrams' (other columns), each summed before the next is
        # read: the work arrays of one part at a time, not of both joined. Counted as 32-bit
        # integers, then made floats (the same whole numbers): a float 1.0 per token, and per
        # entry of the conversion's copy, was 8 bytes where 4 do.
        shape = (len(lengths), len(self))
        matrix = _counted(rows[known], codes_of[known], shape)
        del rows, known, codes_of
        matrix = matrix + _counted(pair_rows, pair_columns.astype(np.int32), shape)
        return matrix.astype(np.float64)


def _counted(rows: np.ndarray, columns: np.ndarray, shape: tuple[int, int]) -> csr_matrix:
    """The count of each (row, column) pair of ``rows`` and ``columns``, as 32-bit integers."""
    import numpy as np
    from scipy.sparse import csr_matrix

    matrix = csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, columns)), shape=shape)
    matrix.sum_duplicates()
    return matrix


def _distinct(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(codes, return_inverse=True)`` for non-negative codes (the inverse flat).

    One sort of each code joined to its position (``code * n + position``: equal codes in order
    of position) finds both: numpy's default sort does it in about half the time of the argsort
    ``np.unique`` makes for the inverse (the bigrams of ``benchmarks/speed.py large``: 38 ms ->
    22 ms). ``np.unique`` where the joined key would not fit in 64 bits.
    """
    import numpy as np

    n = len(codes)
    if n == 0 or (int(codes.max()) + 1) * n >= 1 << 63:
        distinct, inverse = np.unique(codes, return_inverse=True)
        return distinct, inverse.ravel()
    # In place where it can be (each array of codes is 8 bytes a bigram: 53 MB for a 50 MB line
    # of words): the key, its sort, its split into code and position, the running count.
    keyed = codes.astype(np.int64)
    keyed *= n
    keyed += np.arange(n, dtype=np.int64)
    keyed.sort()
    position = keyed % n
    ordered = keyed
    ordered //= n
    starts = np.empty(n, dtype=bool)
    starts[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=starts[1:])
    distinct = ordered[starts]
    counted = np.cumsum(starts, out=ordered.view(np.intp))  # the sorted codes are read
    counted -= 1
    inverse = np.empty(n, dtype=np.intp)
    inverse[position] = counted
    return distinct, inverse


def score_sentences(
    sentences: Sequence[Sentence],
    *,
    query: str | None = None,
    stop_words: frozenset[str] | None = None,
    position_weight: float = POSITION_WEIGHT,
    language: str = "en",
    dates: Mapping[str, str | None] | None = None,
) -> Scored:
    """Vectorise the sentences and score their relevance to the cluster (or the query).

    Parameters
    ----------
    sentences : sequence of Sentence
        Every sentence of the cluster, grouped by document.
    query : str, optional
        A topic to focus on; relevance then blends similarity to the query with the centroid.
    stop_words : frozenset of str, optional
        Words that are not terms; the language's stop words when ``None``.
    position_weight : float
        Strength of the lead prior (0 turns it off).
    language : str, default "en"
        The briefing's language (``summarizer.lexicon.LANGUAGES``): its stemmer, stop words,
        verbs of saying, pronouns and dangling openers.
    dates : mapping of str to str, optional
        Each document's date by its id (ISO 8601 or as ``text.iso_day`` reads it): the leads of
        the story's opening articles weigh more (``OPENING_WEIGHT``); none, or one day, turns
        that off.

    Returns
    -------
    Scored
        L2-normalised sparse TF-IDF rows, relevance in [0, 1], key terms, eligibility.

    Raises
    ------
    InputError
        No sentence has a content word (empty vocabulary).
    """
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import TfidfTransformer

    if not sentences:
        raise InputError("no sentences to score; give articles with prose text")
    chunks = _chunks(stop_words, language)
    tokenize = _tokenizer(chunks)
    # Counted as ``terms.count([tokenize(s.text) ...], grow=True)`` counts, in one pass and
    # without the token lists: each sentence's stems (``tokenize``) are numbered as they come.
    # Each sentence's number of chunks is kept on the way: that is its word count
    # (``count_words``), which eligibility and the select stage read. A sentence's first chunk
    # is read through a cache of its own (sharing the words), so that ``chunks`` holds exactly
    # the chunks that stand past a sentence's first: the select stage's names read them
    # (``Scored.later_tokens``).
    terms = _Terms()
    heads = _chunks(stop_words, language)
    heads.words = chunks.words
    heads.voiced = chunks.voiced  # the writer's pronouns met, first chunks or later ones
    lookup, flatten, number = chunks.__getitem__, chain.from_iterable, terms.unigrams.__getitem__
    head = heads.__getitem__
    ids: list[int] = []
    starts: list[int] = []  # where each sentence's stems begin in ``ids``
    lengths: list[int] = []
    word_counts: list[int] = []
    voiced: list[bool] = []
    add, total = ids.extend, 0
    writer_chunks = chunks.voiced
    copy_of = _copies(sentences)
    for sentence, original in zip(sentences, copy_of):
        starts.append(total)
        if original >= 0:
            # A sentence of a copy of an earlier article: its chunks are read already, and
            # read so again they would give the same stems (no new term), count and voice.
            begin = starts[original]
            add(ids[begin : begin + lengths[original]])
            word_counts.append(word_counts[original])
            voiced.append(voiced[original])
        elif len(sentence.text) <= LONG_SENTENCE_CHARS:
            split = sentence.text.split()
            word_counts.append(len(split))
            if split:  # the first chunk, then the others, without two copies of the list
                add(map(number, head(split[0])))
                add(map(number, flatten(map(lookup, islice(split, 1, None)))))
            voiced.append(not writer_chunks.isdisjoint(split))
        else:  # the same, a piece at a time: a text without sentence ends is one "sentence"
            count, writer = 0, False
            for split in _split_pieces(sentence.text):
                if split and not count:
                    add(map(number, head(split[0])))
                    add(map(number, flatten(map(lookup, islice(split, 1, None)))))
                else:
                    add(map(number, flatten(map(lookup, split))))
                count += len(split)
                writer = writer or not writer_chunks.isdisjoint(split)
            word_counts.append(count)
            voiced.append(writer)
        lengths.append(len(ids) - total)
        total = len(ids)
    del starts
    later = frozenset(chunks)  # before the query and the key terms are read through it
    del heads
    terms.names = list(terms.unigrams)
    counts = terms.matrix(ids, lengths, grow=True)
    del ids
    if not len(terms):
        raise InputError(
            # No fix through a parameter: summarize and the CLI, where this error reaches the
            # user, have no stop_words to pass.
            "the articles have no content words (only stop words, numbers of one digit, or "
            "symbols); give articles with prose text"
        )
    # scikit-learn's TF-IDF: sublinear TF, smoothed IDF over the sentences, rows scaled to length 1.
    tfidf = TfidfTransformer(sublinear_tf=True)
    matrix = csr_matrix(tfidf.fit_transform(counts))

    doc_ids = [s.doc_id for s in sentences]
    # The terms a share of the documents use, read once for both centroids: a unigram row holds
    # the same terms as the row it is cut from, so the unigram columns' shares are the first ones.
    kept = _kept_terms(matrix, _membership(doc_ids))
    centroid = _centroid(matrix, doc_ids, kept=kept)
    # Relevance to the cluster is measured on unigrams only. A cluster's bigrams are sparse (most
    # occur in one or two sentences), so in a uni+bi centroid they reward a sentence for repeating
    # one article's wording rather than for using the event's vocabulary. Bigrams stay in the
    # matrix, where exact wording is what tells the same statement (similarity, citations).
    # Measured (benchmarks/tune_notes.md #24): R-1 +0.7 on DUC 2004 dev, +0.9 on DUC 2007 A.
    unigram_rows = _unigram_rows(matrix, len(terms.unigrams))
    unigram_centroid = _centroid(
        unigram_rows, doc_ids, kept=None if kept is None else kept[: len(terms.unigrams)]
    )
    relevance = _cosine(unigram_rows, unigram_centroid)
    answers = None
    if query is not None and query.strip():
        query_vector = csr_matrix(tfidf.transform(terms.count([tokenize(query)], grow=False)))
        if query_vector.nnz:
            q = np.asarray(query_vector.toarray()).ravel()
            query_relevance = _cosine(matrix, q)
            if _off_core(q[: len(terms.unigrams)], unigram_centroid):
                answers = _read_only(_scaled(query_relevance))
            relevance = QUERY_WEIGHT * _scaled(query_relevance) + (1 - QUERY_WEIGHT) * _scaled(
                relevance
            )
    index = np.fromiter((s.index for s in sentences), dtype=np.float64, count=len(sentences))
    relevance = relevance * (1.0 + position_weight / (1.0 + index))
    opening = _opening_articles(dates or {})
    if opening:
        leads = np.fromiter(
            (s.doc_id in opening and s.index < OPENING_SENTENCES for s in sentences),
            dtype=bool,
            count=len(sentences),
        )
        relevance = np.where(leads, relevance * (1.0 + OPENING_WEIGHT), relevance)
    relevance = _scaled(relevance)
    lists = _eligibility_lists(language)
    inside, marked, ends_open = _quote_states(sentences, lists.marks, lists.opening)
    # A copy's sentence starts and ends where its original does, inside a quotation or not (the
    # quotations are followed within a paragraph of one article): the same reason.
    found: list[str] = []
    for s, in_quote, words, has_mark, left_open, writer, original in zip(
        sentences, inside, word_counts, marked, ends_open, voiced, copy_of
    ):
        found.append(
            found[original]
            if original >= 0
            else _ineligibility(s.text, in_quote, lists, words, has_mark, left_open, writer)
        )
    reasons = tuple(found)
    del found, copy_of
    del inside, marked, ends_open, voiced
    if language == "en":  # the finite-verb test reads English word lists
        reasons = tuple(
            REASON_LIST_ITEM if listed and not reason and not has_finite_verb(s.text) else reason
            for s, reason, listed in zip(sentences, reasons, _introduced_items(sentences))
        )
    if language == "en":  # the finite-verb test reads English word lists
        reasons = _captions_marked(sentences, reasons)
        reasons = tuple(
            REASON_VERBLESS if not reason and _verbless(s.text) else reason
            for s, reason in zip(sentences, reasons)
        )
    # A sentence its article gave before, word for word (a page's repeated line, a paragraph
    # pasted twice), says nothing more: never a point. A text of one sentence repeated 2,000 times
    # took selection 34 s, each pick passing over only the copies among its first
    # same.MAX_CANDIDATES candidates; now one pick ends it.
    reasons = _repeats_marked(sentences, reasons)
    reasons = _lower_starts_marked(sentences, reasons, language)
    reasons = _chronology_marked(sentences, reasons, language)
    key_terms = _top_terms(centroid, terms.name, KEY_TERMS)
    if language == "en":  # the verb test reads English word lists
        reasons = _definites_marked(sentences, reasons, key_terms, lookup)
        reasons = _comparisons_marked(sentences, reasons, word_counts)
        reasons = _pointers_marked(sentences, reasons, word_counts)
        reasons = _leaning_marked(sentences, reasons, word_counts)
    eligible = np.fromiter((not r for r in reasons), dtype=bool, count=len(sentences))
    if not eligible.any():
        eligible[:] = True  # better a weak point than an empty briefing
    return Scored(
        sentences=tuple(sentences),
        matrix=matrix,
        relevance=relevance,
        key_terms=_surface_terms(key_terms, sentences, tokenize),
        eligible=eligible,
        reasons=reasons,
        stems=tuple(terms.names[: len(terms.unigrams)]),
        language=language,
        words=_read_only(np.array(word_counts, dtype=np.int64)),
        later_tokens=later,
        query_answers=answers,
    )


def _off_core(query: np.ndarray, centroid: np.ndarray) -> bool:
    """Whether no unigram of the query weighs ``QUERY_CORE_SHARE`` of the centroid's top term."""
    top = float(centroid.max()) if centroid.size else 0.0
    held = query > 0
    return top > 0 and (not held.any() or float(centroid[held].max()) < QUERY_CORE_SHARE * top)


def _repeats_marked(sentences: Sequence[Sentence], reasons: tuple[str, ...]) -> tuple[str, ...]:
    """``reasons`` with ``REASON_REPEATED`` for each eligible sentence whose text its own article
    gave in an earlier sentence (another article's copy is a source, and stays as it is), and
    ``REASON_NEAR_REPEATED`` for each eligible one whose wording with other figures its article
    (of more than ``MAX_CANDIDATES`` sentences) gave ``NEAR_REPEATS_KEPT`` times before (as
    eligible sentences)."""
    seen: set[tuple[str, str]] = set()
    wordings: dict[tuple[str, str], int] = {}
    sizes = Counter(sentence.doc_id for sentence in sentences)
    long = {doc_id for doc_id, size in sizes.items() if size > MAX_CANDIDATES}
    marked = list(reasons)
    for k, (sentence, reason) in enumerate(zip(sentences, reasons)):
        key = (sentence.doc_id, sentence.text)
        if key in seen and not reason:
            marked[k] = REASON_REPEATED
        seen.add(key)
        if marked[k] or not long or sentence.doc_id not in long:
            continue
        if not _DIGITS.search(sentence.text):
            continue
        wording = (sentence.doc_id, _DIGITS.sub("0", sentence.text))
        given = wordings.get(wording, 0)
        if given >= NEAR_REPEATS_KEPT:
            marked[k] = REASON_NEAR_REPEATED
        else:
            wordings[wording] = given + 1
    return tuple(marked)


def _opens_lower(text: str, connectors: frozenset[str] = frozenset()) -> bool:
    """Whether the sentence's first word, after opening marks, is a lower-case word ("parties,
    some of whom ..."; not "iPhone" nor "eBay", which hold a capital, nor a name's particle
    before the name's capital: ``connectors``, "de Klerk said ...", "bin Laden ...").

    Examples
    --------
    >>> _opens_lower("parties, some of whom shared their concerns.")
    True
    >>> _opens_lower("de Klerk said the talks would go on.", frozenset({"de"}))
    False
    """
    words = text.split(None, 2)
    first = words[0].lstrip(_TOKEN_MARKS) if words else ""
    if not first[:1].islower() or any(c.isupper() or c.isdigit() for c in first):
        return False
    return not (first in connectors and len(words) > 1 and words[1][:1].isupper())


def _lower_starts_marked(
    sentences: Sequence[Sentence], reasons: tuple[str, ...], language: str = "en"
) -> tuple[str, ...]:
    """``reasons`` with ``REASON_LOWER_START`` for each eligible sentence that opens with a
    lower-case word in an article whose sentences mostly open with a capital.

    Such a sentence is the rest of one the source broke ("... by the leaders of all three" and
    a new paragraph "parties, some of whom shared their deep concerns ...", DUC 2006's D0650E),
    a word cut short ("ncrease the availability ...") or a list's item: read alone as a point,
    it starts in the middle. An article written all in lower case keeps its sentences.
    """
    connectors = get_lexicon(language).name_connectors
    lower = [_opens_lower(s.text, connectors) for s in sentences]
    if not any(low and not reason for low, reason in zip(lower, reasons)):
        return reasons  # most clusters: nothing to mark
    opened: dict[str, list[int]] = {}  # doc id -> [lower-case openings, sentences]
    for sentence, low in zip(sentences, lower):
        counts = opened.setdefault(sentence.doc_id, [0, 0])
        counts[0] += low
        counts[1] += 1
    marked = list(reasons)
    for k, (sentence, low, reason) in enumerate(zip(sentences, lower, reasons)):
        lows, total = opened[sentence.doc_id]
        if low and not reason and 2 * lows < total:
            marked[k] = REASON_LOWER_START
    return tuple(marked)


# What is stripped around a word before reading it as a possible verb.
_WORD_MARKS = ".,;:!?\"'“”‘’()[]`_-"


def _verbless(text: str) -> bool:
    """Whether an English sentence has no word that could be a verb (``has_finite_verb`` finds
    none, nor ``could_be_verb`` among its lower-case words and its first): a lead-in before an
    item's story ("Just another day for Jerry Springer.", DUC 2007 A's D0736H), a list's row, a
    byline, a wire's slug. Read alone it states nothing. A present tense is read after a word in
    -s ("Pilot unions oppose ...", "worms wriggle ...").

    >>> _verbless("Another big night for Lola Brandt.")
    True
    >>> _verbless("Another big night for the host.")  # "host" may be a verb
    False
    >>> _verbless("Nearly 46,000 Native Americans live in the county.")
    False
    """
    if has_finite_verb(text):
        return False
    previous = ""
    for k, word in enumerate(text.split()):
        token = word.strip(_WORD_MARKS)
        if (
            token
            and (k == 0 or token.islower())
            and could_be_verb(token.lower(), present=previous.endswith("s"))
        ):
            return False
        previous = token.lower()
    return True


def _chronology_marked(
    sentences: Sequence[Sentence], reasons: tuple[str, ...], language: str = "en"
) -> tuple[str, ...]:
    """``reasons`` with ``REASON_CHRONOLOGY`` for each eligible sentence of a paragraph that is a
    chronology's entry: the paragraph opens with a date label (``opens_with_date_label``) and
    stands in a run of ``CHRONOLOGY_RUN`` or more such paragraphs of its article ("1993:",
    "Feb. 5 _ ...", "Aug. 20 _ ...")."""
    firsts: dict[tuple[str, int], int] = {}  # (doc id, paragraph) -> its first sentence
    for k, sentence in enumerate(sentences):
        firsts.setdefault((sentence.doc_id, sentence.paragraph), k)
    entries = {
        key for key, k in firsts.items() if opens_with_date_label(sentences[k].text, language)
    }
    if len(entries) < CHRONOLOGY_RUN:
        return reasons  # nearly every cluster
    in_runs: set[tuple[str, int]] = set()
    for doc_id, paragraph in entries:
        if (doc_id, paragraph - 1) in entries:
            continue  # not a run's first entry
        run = [(doc_id, paragraph)]
        while (doc_id, run[-1][1] + 1) in entries:
            run.append((doc_id, run[-1][1] + 1))
        if len(run) >= CHRONOLOGY_RUN:
            in_runs.update(run)
    if not in_runs:
        return reasons
    return tuple(
        REASON_CHRONOLOGY
        if not reason and (sentence.doc_id, sentence.paragraph) in in_runs
        else reason
        for sentence, reason in zip(sentences, reasons)
    )


# A bare definite subject ("The report found ...") is read in a sentence's first words: the
# article, at most this many words of its noun phrase, and the verb.
_DEFINITE_WORDS = 3
_TOKEN_MARKS = "\"'`“”‘’«»("


def definite_head(text: str) -> str:
    """The noun of a sentence's bare definite subject, or "": the sentence opens with "The", at
    most ``_DEFINITE_WORDS`` lower-case words (its noun last) and a verb (``is_verb_form``:
    "The report found", "The new regulations would", "The panel also predicted"). A subject that
    says which thing it is (a name: "The Supreme Court"; "of", a clause or an apposition after
    it: "The number of", "The fire, at the facilities of ...") has no such noun."""
    words = text.split(None, _DEFINITE_WORDS + 3)
    if len(words) < 3 or words[0].lstrip(_TOKEN_MARKS) != "The":
        return ""
    between, ends = _subject_words()
    tokens = [word.lstrip(_TOKEN_MARKS) for word in words[1:]]
    phrase: list[str] = []
    for k, token in enumerate(tokens):
        if phrase and token.lower() in between:
            continue
        if phrase and is_verb_form(token):
            return phrase[-1]
        if phrase and token.endswith("ly") and k + 1 < len(tokens) and is_verb_form(tokens[k + 1]):
            return phrase[-1]  # an adverb before the verb: "The party fiercely denied"
        if (
            not token.islower()
            or not token[-1:].isalpha()
            or "'" in token
            or "’" in token
            or len(phrase) == _DEFINITE_WORDS
        ):
            # A name, a mark after the word (an apposition), a possessive ("The administration's
            # plan": whose plan it is), or a long phrase.
            return ""
        if is_verb_form(token) or token in ends:
            return ""  # "The estranged wife of ...", "The number of ...", "The one who ..."
        phrase.append(token)
    return ""


@lru_cache(maxsize=1)
def _subject_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words that may stand between a bare definite subject and its verb, and the words that
    end such a subject (``data/en/definite_subjects.txt``)."""
    entries = read_entries("en", "definite_subjects.txt", ("between", "ends"))
    return frozenset(entries["between"]), frozenset(entries["ends"])


def _definites_marked(
    sentences: Sequence[Sentence],
    reasons: tuple[str, ...],
    key_terms: Sequence[str],
    stems_of: Callable[[str], tuple[str, ...]],
) -> tuple[str, ...]:
    """``reasons`` with ``REASON_DEFINITE`` for each eligible sentence past its article's first
    whose bare definite subject (``definite_head``) names a thing by a word an earlier sentence
    of its article used ("The report found ..." after "... a report released Monday"): read
    alone, the point does not say which report. A noun of the cluster's key terms (their stems)
    names the story's own thing ("The quake almost leveled ..."), which every point is about."""
    heads = {
        k: head
        for k, (s, reason) in enumerate(zip(sentences, reasons))
        if not reason
        and s.index > 0
        and s.text.startswith("The ")
        and s.text[4:5].islower()  # "The United States": a name
        and (head := definite_head(s.text))
    }
    if not heads:
        return reasons
    known = {part for term in key_terms for part in term.split()}
    heads = {k: h for k, h in heads.items() if known.isdisjoint(stems_of(h))}
    marked = list(reasons)
    # Each article's sentences lowered and joined once, in the order given, with where each
    # sentence starts in its article's text: the text before sentence k is a slice, not a new
    # join of every sentence before it for every candidate (articles may interleave).
    joined: dict[str, str] = {}
    starts: list[int] = []
    pieces: dict[str, list[str]] = {}
    for sentence in sentences:
        held = pieces.setdefault(sentence.doc_id, [])
        starts.append(starts[-1] + len(held[-1]) + 1 if held else 0)
        held.append(sentence.text.lower())
    for doc_id, held in pieces.items():
        joined[doc_id] = " ".join(held)
    for k, noun in heads.items():
        earlier = joined[sentences[k].doc_id][: max(starts[k] - 1, 0)]
        if noun.removesuffix("s") not in earlier:
            continue  # most nouns: no word of the article holds the letters at all
        forms = {noun, noun + "s", noun + "es", noun.removesuffix("s")}
        if any(_holds_word(earlier, form) for form in forms):
            marked[k] = REASON_DEFINITE
    return tuple(marked)


# A sentence of at most this many words that compares with or stands for what another sentence
# named is a filler that leans on it ("Saab also offers a similar system.", 6 words); a longer one
# says a fact of its own around the word more often.
COMPARISON_WORDS = 15
# A sentence of at most this many words whose "this" or "these" past its opening points back
# ("would not rule out this Draconian penalty", 16 words) leans on the sentence that named the
# thing: of 87 such DUC sentences of 16-18 words and 25 of 19-25 read (fact_notes.md, h117), all
# but a few places ("this port city") pointed back.
POINTER_WORDS = 25


@dataclass(frozen=True, slots=True)
class _Comparisons:
    """English comparison words and object pronouns (``data/en/comparisons.txt``)."""

    word: re.Pattern[str]  # a comparison word, not before a hyphen
    after: re.Pattern[str]  # a word naming what is compared with
    idiom: re.Pattern[str]  # a phrase that compares nothing
    pronoun: re.Pattern[str]  # an object pronoun standing for a group
    plural: tuple[str, ...]  # a plural noun's ending ("men": "fishermen")
    joins: frozenset[str]  # words that join two things a pronoun may stand for
    singular: frozenset[str]
    opening: re.Pattern[str]  # a subject naming the rest of a group ("The other two ...")
    not_opening: re.Pattern[str]  # such an opening that is a time ("The other day")
    besides: re.Pattern[str]  # a word naming what the rest is other than
    pointer: re.Pattern[str]  # a demonstrative and the word after it ("these cases")
    not_pointed: frozenset[str]  # a word after it naming no thing told ("these days", "this year")

    def lean(self, text: str) -> bool:
        """Whether ``text`` compares with or stands for what no word of it names.

        Examples
        --------
        >>> comparisons = _comparisons()
        >>> comparisons.lean("Two harbour boards have passed similar rules.")
        True
        >>> comparisons.lean("The harbour board passed rules similar to the Dutch ones.")
        False
        >>> comparisons.lean("The board would have to answer them all.")
        True
        >>> comparisons.lean("The fishermen asked the board to hear them.")
        False
        >>> comparisons.lean("The other two pilots kept their licences.")
        True
        >>> comparisons.lean("The other pilots besides Brandt kept their licences.")
        False
        >>> comparisons.lean("Only two of these pilots kept their licences.")
        True
        >>> comparisons.lean("Few pilots keep their licences these days.")
        False
        """
        start = text.lstrip(_TOKEN_MARKS)
        if (
            self.opening.match(start)
            and not self.not_opening.match(start)
            and not self.besides.search(text)
        ):
            return True  # other than whom, another sentence said
        if self.points_back(text):
            return True  # which ones, another sentence said (not in a quotation: a speaker's)
        found = self.word.search(text)
        if found and not self.after.search(text, found.end()) and not self.idiom.search(text):
            return True
        pronoun = self.pronoun.search(text)
        if pronoun is None:
            return False
        for word in _LETTERS.findall(text[: pronoun.start()]):
            lower = word.lower()
            if (
                lower.endswith(self.plural)
                or lower in self.joins
                or (len(lower) > 3 and lower.endswith("s") and lower not in self.singular)
            ):
                return False  # a plural noun the pronoun may stand for ("the fishermen")
        return True

    def points_back(self, text: str) -> bool:
        """Whether a ``pointer`` past ``text``'s opening points to things another sentence named
        ("rule out this penalty"), outside a quotation (a speaker's "this" points into what was
        said to them)."""
        pointer = self.pointer.search(text, 1)
        return (
            pointer is not None
            and pointer.group(1).lower() not in self.not_pointed
            and not _holds_any(text, _QUOTATION_MARKS)
        )


_LETTERS = re.compile(r"[^\W\d_]+")
# Any mark of a quotation, opening or closing (a sentence may hold only the tail of one).
_QUOTATION_MARKS = ('"', "“", "”", "‘", "``", "''")


@lru_cache(maxsize=1)
def _comparisons() -> _Comparisons:
    """``data/en/comparisons.txt`` read. "and" and "or" count as plurals: a pronoun after them
    may stand for the things they join ("the mayor and her deputy ... them")."""
    found = read_entries(
        "en",
        "comparisons.txt",
        (
            "word",
            "after",
            "idiom",
            "pronoun",
            "plural",
            "singular",
            "opening",
            "not_opening",
            "besides",
            "pointer",
            "not_pointed",
        ),
    )

    def words(kind: str) -> str:
        return "|".join(r"\s+".join(map(re.escape, entry.split())) for entry in found[kind])

    return _Comparisons(
        word=re.compile(rf"(?<![^\W_])(?:{words('word')})(?![^\W_]|-)", re.IGNORECASE),
        after=re.compile(rf"(?<![^\W_])(?:{words('after')})(?![^\W_])", re.IGNORECASE),
        idiom=re.compile(rf"(?<![^\W_])(?:{words('idiom')})(?![^\W_])", re.IGNORECASE),
        pronoun=re.compile(rf"(?<![^\W_])(?:{words('pronoun')})(?![^\W_])"),
        plural=tuple(found["plural"]),
        joins=frozenset({"and", "or"}),
        singular=frozenset(found["singular"]),
        opening=re.compile(rf"(?:{words('opening')})(?![^\W_]|-)", re.IGNORECASE),
        not_opening=re.compile(rf"(?:{words('not_opening')})(?![^\W_])", re.IGNORECASE),
        besides=re.compile(rf"(?<![^\W_])(?:{words('besides')})(?![^\W_])", re.IGNORECASE),
        pointer=re.compile(rf"(?<![^\W_])(?:{words('pointer')})\s+([^\W\d_]+)"),
        not_pointed=frozenset(found["not_pointed"]),
    )


def _comparisons_marked(
    sentences: Sequence[Sentence], reasons: tuple[str, ...], words: Sequence[int]
) -> tuple[str, ...]:
    """``reasons`` with ``REASON_COMPARISON`` for each eligible sentence past its article's first,
    of at most ``COMPARISON_WORDS`` words, that compares with or stands for what no word of it
    names (``_Comparisons.lean``): "An estimated 30 councils have passed similar laws." does not
    say which laws, nor "The other two pilots kept their licences." which pilots. An
    article's first sentence is kept: it opens the story, and what it compares
    with is news of the day before (update B's since briefings, benchmarks/fact_notes.md).
    ``words``: each sentence's word count (``count_words``, as the score stage counted it)."""
    return _past_openings_marked(
        sentences, reasons, words, REASON_COMPARISON, 0, COMPARISON_WORDS, _comparisons().lean
    )


def _past_openings_marked(
    sentences: Sequence[Sentence],
    reasons: tuple[str, ...],
    words: Sequence[int],
    reason: str,
    fewest: int,
    most: int,
    test: Callable[[str], bool],
) -> tuple[str, ...]:
    """``reasons`` with ``reason`` for each eligible sentence past its article's first, of
    ``fewest`` to ``most`` words (``words``: each sentence's count, as the score stage counted
    it), whose text ``test`` answers yes for: the loop of ``_comparisons_marked``,
    ``_pointers_marked`` and ``_leaning_marked``, the count read before the test."""
    marked = list(reasons)
    for k, (s, found, count) in enumerate(zip(sentences, reasons, words)):
        if not found and s.index > 0 and fewest <= count <= most and test(s.text):
            marked[k] = reason
    return tuple(marked)


def _pointers_marked(
    sentences: Sequence[Sentence], reasons: tuple[str, ...], words: Sequence[int]
) -> tuple[str, ...]:
    """``reasons`` with ``REASON_POINTER`` for each eligible sentence past its article's first,
    longer than ``COMPARISON_WORDS`` words and of at most ``POINTER_WORDS``, whose "this" or
    "these" past the opening points back (``_Comparisons.points_back``): "The harbour master on
    Friday would not rule out this drastic penalty." does not say which penalty. ``words``: each
    sentence's word count, as ``_comparisons_marked`` reads it."""
    comparisons = _comparisons()

    def points_back(text: str) -> bool:
        # Most sentences hold neither word: no search.
        return ("this" in text or "these" in text) and comparisons.points_back(text)

    return _past_openings_marked(
        sentences, reasons, words, REASON_POINTER, COMPARISON_WORDS + 1, POINTER_WORDS, points_back
    )


@dataclass(frozen=True, slots=True)
class _Leaning:
    """English words that make a short sentence lean on another (``data/en/leaning_words.txt``)."""

    adverbs: frozenset[str]
    closings: frozenset[str]
    pronouns: frozenset[str]
    joins: frozenset[str]
    coordinators: frozenset[str]

    def lean(self, text: str) -> bool:
        """Whether ``text`` ends on an adverb of addition next to its last word, or on an object
        pronoun, with no clause of its own opened before: what is added to, or stood for,
        another sentence told.

        Examples
        --------
        >>> leaning = _leaning()
        >>> leaning.lean("The harbour board also objected."), leaning.lean("The ferry sank again.")
        (True, True)
        >>> leaning.lean("The mayor vetoed it.")
        True
        >>> leaning.lean("The board read the plan but rejected it.")
        False
        >>> leaning.lean("Two ferries will also sail to Port Vell in March.")
        False
        >>> leaning.lean("The board will meet again Tuesday."), leaning.lean("It went too far.")
        (False, False)
        """
        return self.ends_on(text) and not self.joined(text)

    def ends_on(self, text: str) -> bool:
        """Whether ``text`` ends on an adverb of addition next to its last word, or on an object
        pronoun (its last characters read alone)."""
        tail = _WORDS_AND_FIGURES.findall(text, max(0, len(text) - _LEANING_TAIL))
        if len(tail) < 3:  # the first may be cut: read the whole
            tail = _WORDS_AND_FIGURES.findall(text)
            if len(tail) < 2:
                return False
        last, before = tail[-1], tail[-2]
        return (
            last in self.adverbs
            or last in self.closings
            or last in self.pronouns
            or (before in self.adverbs and last.islower())
        )

    def joined(self, text: str) -> bool:
        """Whether a word before ``text``'s last two opens a clause of its own (``joins``), or
        joins two past the first word (``coordinators``)."""
        words = _WORDS_AND_FIGURES.findall(text)
        return any(
            word.lower() in self.joins or (k and word in self.coordinators)
            for k, word in enumerate(words[:-2])
        )


_WORDS_AND_FIGURES = re.compile(r"[^\W_]+")
# The characters of a sentence's end read first for its last two words (with room for marks).
_LEANING_TAIL = 40


@lru_cache(maxsize=1)
def _leaning() -> _Leaning:
    """``data/en/leaning_words.txt`` read."""
    found = read_entries(
        "en", "leaning_words.txt", ("adverb", "closing", "pronoun", "join", "coordinator")
    )
    return _Leaning(
        adverbs=frozenset(found["adverb"]),
        closings=frozenset(found["closing"]),
        pronouns=frozenset(found["pronoun"]),
        joins=frozenset(found["join"]),
        coordinators=frozenset(found["coordinator"]),
    )


def _leaning_marked(
    sentences: Sequence[Sentence], reasons: tuple[str, ...], words: Sequence[int]
) -> tuple[str, ...]:
    """``reasons`` with ``REASON_LEANING`` for each eligible sentence past its article's first,
    of at most ``COMPARISON_WORDS`` words and no quotation mark, that ``_Leaning.lean`` reads as
    leaning on another sentence: "The harbour board also objected." (to what?), "The mayor
    vetoed it." (vetoed what?). ``words``: each sentence's word count, as
    ``_comparisons_marked`` reads it."""
    leaning = _leaning()

    def leans(text: str) -> bool:
        # Its tail first: most sentences end on no such word.
        return (
            leaning.ends_on(text)
            and not _holds_any(text, _QUOTATION_MARKS)
            and not leaning.joined(text)
        )

    return _past_openings_marked(
        sentences, reasons, words, REASON_LEANING, 0, COMPARISON_WORDS, leans
    )


def _holds_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word (no letter either side)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalpha()) and (
            end == len(text) or not text[end].isalpha()
        ):
            return True
        start = text.find(word, start + 1)
    return False


def _copies(sentences: Sequence[Sentence]) -> list[int]:
    """For each sentence, the index of the sentence it repeats in an earlier article, or -1.

    A cluster may hold one article twice (a wire story in two sets, a syndicated copy; the clean
    and split stages read such a pair once too). An article (a run of sentences of one document)
    repeats an earlier one when its sentences have the same texts, paragraphs and list marks, in
    order: everything the score stage reads of a sentence but its document and position, so that
    each of its sentences has its original's terms, word count and reason.
    """
    copy_of = [-1] * len(sentences)
    first: dict[tuple[int, str], int] = {}  # (sentences, first text) -> where that article starts
    start, n = 0, len(sentences)
    while start < n:
        doc_id = sentences[start].doc_id
        end = start + 1
        while end < n and sentences[end].doc_id == doc_id:
            end += 1
        key = (end - start, sentences[start].text)
        earlier = first.setdefault(key, start)
        if earlier != start and all(
            a.text == b.text and a.paragraph == b.paragraph and a.item == b.item
            for a, b in zip(sentences[earlier : earlier + end - start], sentences[start:end])
        ):
            copy_of[start:end] = range(earlier, earlier + end - start)
        start = end
    return copy_of


def _read_only(values: np.ndarray) -> np.ndarray:
    """``values``, marked read-only: a later stage reads them and must not change them."""
    values.flags.writeable = False
    return values


def _top_terms(weights: np.ndarray, name: Callable[[int], str], count: int) -> tuple[str, ...]:
    """The names of the ``count`` columns of highest positive weight; ties in alphabetical order."""
    import numpy as np

    positive = np.flatnonzero(weights > 0)
    if positive.size > count:
        # Only the terms at least as heavy as the count-th heaviest can make the list.
        floor = np.partition(weights[positive], positive.size - count)[positive.size - count]
        positive = positive[weights[positive] >= floor]
    ranked = sorted(positive.tolist(), key=lambda i: (-weights[i], name(i)))
    return tuple(name(i) for i in ranked[:count])


def _centroid(
    matrix: csr_matrix,
    doc_ids: Sequence[str],
    membership: csr_matrix | None = None,
    *,
    kept: np.ndarray | None = None,
) -> np.ndarray:
    """Mean TF-IDF weight of each term, kept only for terms a share of the documents use.

    ``membership`` is ``_membership(doc_ids)`` when the caller has it; ``kept`` is
    ``_kept_terms(matrix, membership)`` when the caller has it (then ``membership`` is not read).
    """
    import numpy as np

    centroid = np.asarray(matrix.sum(axis=0)).ravel() / max(len(doc_ids), 1)
    if kept is None:
        kept = _kept_terms(matrix, _membership(doc_ids) if membership is None else membership)
    if kept is not None:
        centroid = centroid * kept
    return np.asarray(centroid, dtype=np.float64)


def _kept_terms(matrix: csr_matrix, membership: csr_matrix) -> np.ndarray | None:
    """Whether each term (column) is used by ``CENTROID_MIN_DOC_SHARE`` of the documents, or
    ``None`` below 3 documents (every term counts)."""
    import numpy as np

    n_docs = membership.shape[0]
    if n_docs < 3:
        return None
    binary = matrix.copy()
    binary.data[:] = 1.0
    # A product has one entry per (document, term) met: its positive entries per column are
    # what (product > 0).sum(axis=0) counts, without the sort of its indices the comparison makes.
    product = membership @ binary
    doc_freq = np.bincount(product.indices[product.data > 0], minlength=product.shape[1])
    kept: np.ndarray = doc_freq / n_docs >= CENTROID_MIN_DOC_SHARE
    return kept


def _membership(doc_ids: Sequence[str]) -> csr_matrix:
    """A row per document (in order of first sight), with a 1 in the column of each of its rows."""
    import numpy as np
    from scipy.sparse import csr_matrix

    codes: dict[str, int] = {}
    rows = np.fromiter(
        (codes.setdefault(d, len(codes)) for d in doc_ids), dtype=np.int64, count=len(doc_ids)
    )
    return csr_matrix(
        (np.ones(len(doc_ids)), (rows, np.arange(len(doc_ids)))), shape=(len(codes), len(doc_ids))
    )


def _unigram_rows(matrix: csr_matrix, n_unigrams: int) -> csr_matrix:
    """The unigram columns (the first ``n_unigrams``) of the TF-IDF rows, each row L2-normalised again."""
    from scipy.sparse import csr_matrix
    from sklearn.preprocessing import normalize

    return csr_matrix(normalize(matrix[:, :n_unigrams]))


def _cosine(matrix: csr_matrix, vector: np.ndarray) -> np.ndarray:
    import numpy as np

    norm = float(np.linalg.norm(vector))
    if norm == 0.0:
        return np.zeros(matrix.shape[0])
    return np.asarray(matrix @ (vector / norm)).ravel()


def _opening_articles(dates: Mapping[str, str | None]) -> frozenset[str]:
    """The ids of the articles that open a story told over days: those of the earliest day,
    when the dated articles span more than one day and that day holds at most
    ``OPENING_MAX_SHARE`` of them; else none.

    Examples
    --------
    >>> sorted(_opening_articles({"a": "2024-09-14", "b": "2024-09-15", "c": "2024-09-16",
    ...                           "d": "2024-09-16", "e": None}))
    ['a']
    >>> _opening_articles({"a": "2024-09-14", "b": "2024-09-15", "c": "2024-09-16"})
    frozenset()
    """
    days = {doc_id: day for doc_id, day in ((d, iso_day(v)) for d, v in dates.items()) if day}
    if len(set(days.values())) < 2:
        return frozenset()
    first = min(days.values())
    opening = frozenset(doc_id for doc_id, day in days.items() if day == first)
    return opening if len(opening) <= OPENING_MAX_SHARE * len(days) else frozenset()


def _scaled(values: np.ndarray) -> np.ndarray:
    import numpy as np

    top = float(values.max()) if values.size else 0.0
    return values / top if top > 0 else np.zeros_like(values)


def _inside_quotes(
    sentences: Sequence[Sentence],
    marks: tuple[str, ...] = _QUOTE_MARKS,
    opening: frozenset[str] = _OPENING_QUOTES,
) -> list[bool]:
    """Whether each sentence starts inside a quotation opened by an earlier sentence of its paragraph.

    Such a sentence ('We are ready to talk.' in '"We came in good faith. We are ready to talk."')
    is a fragment of someone's speech with the speaker out of sight. Straight quotes toggle; curly
    and wire (``...'') quotes open and close.
    """
    return _quote_states(sentences, marks, opening)[0]


def _introduced_items(sentences: Sequence[Sentence]) -> list[bool]:
    """Whether each sentence is an item of a list that an earlier sentence introduces.

    The first paragraph after a sentence ending with a colon ("Other details of the proposal
    include:", a fact box's "RESCUE OPERATION:") is its first item; the list goes on over the
    paragraphs that open with a list's mark ("-- $5 million for training ..."). An item without
    a verb leans on its introduction: "$5 million for training Indians as school
    administrators." says nothing on its own (DUC 2006, D0601A); an item with one may be a whole
    statement (a press digest's "-- Australian conservationists threatened to blockade ...",
    DUC 2007 update A, D0716D-A).
    """
    listed = [False] * len(sentences)
    for k, intro in enumerate(sentences):
        # Only a sentence ending with a colon opens a list: a substring test first, most hold none.
        if ":" not in intro.text[-4:] or not _introduces(intro.text):
            continue
        previous = intro
        for j in range(k + 1, len(sentences)):
            sentence = sentences[j]
            if sentence.doc_id != intro.doc_id:
                break
            if sentence.paragraph != previous.paragraph:
                # The first paragraph after the introduction is an item; later ones are while
                # they open with a list's mark.
                if previous is not intro and not sentence.item:
                    break
            elif previous is intro:
                break  # the introduction's own paragraph goes on: no list follows it
            listed[j] = True
            previous = sentence
    return listed


def _captions_marked(sentences: Sequence[Sentence], reasons: tuple[str, ...]) -> tuple[str, ...]:
    """``reasons`` with ``REASON_CAPTION`` for each eligible first sentence of an article with no
    finite verb before its first relative pronoun, when the article's next sentence ends with a
    colon: the caption of a fact box ("Figures available Saturday on the earthquake that struck
    Turkey early Tuesday.", then "*DEAD:", "At least 12,018", ...: the lead of a DUC 2007 update
    cluster's fact box, D0743J, and a point of its briefing). It names what the figures are about
    and states nothing; its one verb ("struck") is a relative clause's. Only an article's first
    sentence: further in, a line before a colon is a list's or a chronology's, and the finite-verb
    test misses present tenses ("Aug. 21 _ Judge Jackson approves the settlement." before
    "1996:", in DUC 2007 main; 23 such sentences there and in DUC 2006). English only (the
    finite-verb lists)."""
    marked: list[str] | None = None
    for k in range(len(sentences) - 1):
        after = sentences[k + 1]
        if (
            reasons[k]
            or sentences[k].index != 0
            or after.doc_id != sentences[k].doc_id
            or not _introduces(after.text)
        ):
            continue
        words = sentences[k].text.split()
        cut = next(
            (j for j, w in enumerate(words) if w.lower().strip(",") in _relative_words()),
            len(words),
        )
        if has_finite_verb(" ".join(words[:cut])):
            continue
        if marked is None:
            marked = list(reasons)
        marked[k] = REASON_CAPTION
    return reasons if marked is None else tuple(marked)


@lru_cache(maxsize=1)
def _relative_words() -> frozenset[str]:
    """Words that open a clause whose verb is not the sentence's own: ``relative_pronouns.txt``
    and "that" ("the earthquake that struck Turkey"; in "officials said that ..." the verb
    before it is read first)."""
    return frozenset(line.lower() for line in read_lines("en", "relative_pronouns.txt")) | {"that"}


def _introduces(text: str) -> bool:
    """Whether the sentence ends with a colon (it introduces what follows)."""
    return text.rstrip(_QUOTES_BRACKETS_SPACE).endswith(":")


def _quote_states(
    sentences: Sequence[Sentence], marks: tuple[str, ...], opening: frozenset[str]
) -> tuple[list[bool], list[bool], list[bool]]:
    """``_inside_quotes``, whether each sentence holds one of ``marks`` (found on the way), and
    whether it ends inside a quotation (left open for a later sentence, or the paragraph's end)."""
    inside: list[bool] = []
    marked: list[bool] = []
    ends_open: list[bool] = []
    is_open = False
    paragraph: tuple[str, int] | None = None
    for sentence in sentences:
        key = (sentence.doc_id, sentence.paragraph)
        if key != paragraph:
            paragraph, is_open = key, False
        inside.append(is_open)
        text = sentence.text
        for mark in marks:  # substring tests first: most sentences hold no quote mark
            if mark in text:
                marked.append(True)
                break
        else:
            marked.append(False)
            ends_open.append(is_open)
            continue
        pattern = _QUOTE_MARK if marks is _QUOTE_MARKS else _mark_pattern(marks)
        for mark in pattern.findall(text):
            if mark == '"':
                is_open = not is_open
            else:
                is_open = mark in opening
        ends_open.append(is_open)
    return inside, marked, ends_open


@dataclass(frozen=True, slots=True)
class _EligibilityLists:
    """The word lists of one language that eligibility reads."""

    dangling: frozenset[str]
    speech: re.Pattern[str]
    pronouns: frozenset[str]
    adverbs: frozenset[str]
    contractions: bool  # English "It's": the pronoun "it" opens the sentence
    interrupting: re.Pattern[str] | None  # "The trio, however, ...": see _interrupting_pattern
    connective: re.Pattern[str] | None  # what a match of ``interrupting`` holds: see there
    quoted_object: re.Pattern[str] | None = None  # 'The mayor called it "..."': see there
    writer: re.Pattern[str] | None = None  # the writer's pronouns: see _writer_pattern
    language: str = "en"
    marks: tuple[str, ...] = _QUOTE_MARKS  # the double quotation marks followed
    opening: frozenset[str] = _OPENING_QUOTES  # those of them that only open a quotation
    speech_lower: re.Pattern[str] | None = None  # see _lower_case_pattern
    silence: _Silence | None = None  # "X declined to comment": see _silence
    pro_verbs: _ProVerbs | None = None  # "The team did so": see _pro_verbs
    wire_note: re.Pattern[str] | None = None  # "The following are ...": see _wire_note_pattern


def _lower_case_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` without ``re.IGNORECASE``, for ASCII text in lower case, or ``None``.

    A pattern written in ASCII lower case (no capital escape such as ``\\S`` either) finds in an
    ASCII text's lower case what it finds, ignoring case, in the text: the same spans, since
    lower case keeps an ASCII text's length. Without folding the case of every character it
    tries, the search is a third faster.
    """
    written = pattern.pattern
    if not pattern.flags & re.IGNORECASE or not written.isascii() or written != written.lower():
        return None
    return re.compile(written, pattern.flags & ~re.IGNORECASE)


# A connective set off by commas within a sentence's first words points back as an opening one
# does ("The trio, however, drifted further north last Monday." was a point of DUC 2007 A;
# "Unlike Bush, however, McCain met ..."): at most this many words before the comma.
_MAX_WORDS_BEFORE_CONNECTIVE = 6


def _interrupting_pattern(language: str) -> re.Pattern[str] | None:
    """``word, <connective>, `` within the first words (the language's list), or ``None``."""
    alternatives = _connective_alternatives(language)
    if not alternatives:
        return None
    before = _MAX_WORDS_BEFORE_CONNECTIVE - 1
    return re.compile(rf"^(?:\S+\s+){{0,{before}}}?\S+,\s+(?:{alternatives}),\s", re.IGNORECASE)


def _connective_pattern(language: str) -> re.Pattern[str] | None:
    """``, <connective>, `` anywhere, or ``None``: what every match of ``_interrupting_pattern``
    holds, searched from comma to comma where that pattern tries each of the first words."""
    alternatives = _connective_alternatives(language)
    if not alternatives:
        return None
    return re.compile(rf",\s+(?:{alternatives}),\s", re.IGNORECASE)


def _connective_alternatives(language: str) -> str:
    """The connectives of ``interrupting_connectives.txt`` as alternatives of a pattern, longest
    first ("" for none)."""
    words = read_lines(language, "interrupting_connectives.txt")
    return "|".join(
        r"\s+".join(map(re.escape, word.split())) for word in sorted(words, key=len, reverse=True)
    )


# A verb's object pronoun before a quotation is read within the sentence's first words: a subject
# of up to five words ("White House press secretary Sanders"), then its verb.
_MAX_WORDS_BEFORE_OBJECT = 6


# The opening quotation marks the pattern below reads. Whether a sentence holds one is told by
# substring tests (in C): a regex of these alternatives tried each at every character of every
# sentence was a fifth of the eligibility test on a large cluster.
_OPENING_MARKS_READ = ('"', "“", "‘", "``")


def _holds_any(text: str, marks: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``marks``."""
    for mark in marks:  # a plain loop: any() over a generator costs more than the tests
        if mark in text:
            return True
    return False


def _quoted_object_pattern(language: str) -> re.Pattern[str] | None:
    """A sentence whose verb of naming or judging, in its first words, has a pronoun for its
    object and a quotation after it (``quoted_objects.txt``: 'The mayor declared it "a fair
    deal"'), or ``None``."""
    found = read_entries(language, "quoted_objects.txt", ("verb", "object"))
    if not found["verb"] or not found["object"]:
        return None
    verbs, objects = (
        "|".join(
            r"\s+".join(map(re.escape, entry.split()))
            for entry in sorted(found[key], key=len, reverse=True)
        )
        for key in ("verb", "object")
    )
    before = _MAX_WORDS_BEFORE_OBJECT - 1
    return re.compile(
        rf"^(?:\S+\s+){{0,{before}}}?(?:{verbs})\s+(?:{objects})\s+(?:[\"“‘]|``)",
        re.IGNORECASE,
    )


@dataclass(frozen=True, slots=True)
class _Silence:
    """A language's wording of a source's silence (``no_comment.txt``): its phrases, what opens
    another clause beside one, and a word one of the phrases always holds as written in lower
    case (a cheap test first: most sentences hold none)."""

    phrases: re.Pattern[str]
    other_clause: re.Pattern[str]
    keys: tuple[str, ...]
    # The phrases in lower case, without the pattern's edges and case folding: an ASCII
    # sentence's lower case holds one where the pattern matches (the pattern, whose edge
    # opens it, tries every position of the sentence).
    hint: re.Pattern[str]

    def says_only(self, text: str) -> bool:
        """Whether ``text`` says only that a source gave no statement.

        Examples
        --------
        >>> silence = _silence("en")
        >>> silence.says_only("The port authority didn't immediately return calls on Monday.")
        True
        >>> silence.says_only("The port authority declined to comment, but said it will reopen.")
        False
        >>> silence.says_only("The crew did not return to the port until Monday.")
        False
        """
        for key in self.keys:  # a plain loop: any() over a generator costs more than the tests
            if key in text:
                break
        else:
            return False
        if text.isascii() and self.hint.search(text.lower()) is None:
            return False
        return self.phrases.search(text) is not None and self.other_clause.search(text) is None


def _silence(language: str) -> _Silence | None:
    """``no_comment.txt`` of ``language`` read, or ``None`` when it lists no phrase. A "not" of a
    phrase also matches "n't" joined to the word before it, and one of the adverbs may follow it
    ("did not immediately return calls"); another clause opens at a semicolon, ", and", or a
    word of the list ("but", "which")."""
    found = read_entries(language, "no_comment.txt", ("phrase", "adverb", "other"))
    if not found["phrase"]:
        return None

    def optional(adverbs: Iterable[str]) -> str:
        alternatives = "|".join(map(re.escape, sorted(adverbs)))
        return rf"(?:\s+(?:{alternatives}))?" if alternatives else ""

    def written(entry: str, adverb: str) -> str:
        words = entry.split()
        parts = [re.escape(words[0])]
        for word in words[1:]:
            parts.append(rf"(?:\s+not|n't){adverb}" if word == "not" else r"\s+" + re.escape(word))
        return "".join(parts)

    phrases = sorted(found["phrase"], key=len, reverse=True)
    adverb = optional(found["adverb"])
    lower_adverb = optional({word.lower() for word in found["adverb"]})
    others = "|".join(map(re.escape, sorted(found["other"])))
    # A phrase's last word (or a word within it: "call" of "calls"); none in a sentence, and
    # no phrase written in lower case matches there.
    last = {entry.split()[-1].lower() for entry in phrases}
    keys = _key_words(last)
    return _Silence(
        phrases=re.compile(
            r"(?<![^\W_])(?:"
            + "|".join(written(entry, adverb) for entry in phrases)
            + r")(?![^\W_])",
            re.IGNORECASE,
        ),
        other_clause=re.compile(
            r";|,\s+and\b" + (rf"|(?<![^\W_])(?:{others})(?![^\W_])" if others else ""),
            re.IGNORECASE,
        ),
        keys=keys,
        hint=re.compile("|".join(written(entry.lower(), lower_adverb) for entry in phrases)),
    )


@dataclass(frozen=True, slots=True)
class _ProVerbs:
    """A language's verb phrases that stand for a deed told elsewhere (``pro_verbs.txt``) and the
    words that open another clause, where what such a phrase stands for may be told."""

    phrases: re.Pattern[str]
    clause: re.Pattern[str]
    # The phrases in lower case, without the pattern's edges: a match of the pattern holds one.
    hint: re.Pattern[str]
    # What a match of the hint holds: a phrase's first word and its last (``_key_words``).
    firsts: tuple[str, ...]
    lasts: tuple[str, ...]

    def lean_back(self, text: str) -> bool:
        """Whether ``text``'s first pro-verb has no clause with a verb before it in ``text``:
        what was done is told in another sentence.

        Examples
        --------
        >>> pro_verbs = _pro_verbs("en")
        >>> pro_verbs.lean_back("The harbour board did so, mainly by raising the fees.")
        True
        >>> pro_verbs.lean_back("Two councils have refused to do so.")
        True
        >>> pro_verbs.lean_back("When the mayor resigned, two of her deputies did the same.")
        False
        >>> pro_verbs.lean_back("The harbour board raised its fees so that ships sail elsewhere.")
        False
        """
        lower = text.lower()
        # Substring tests first (in C): most sentences hold no phrase's first or last word.
        if not (_holds_any(lower, self.firsts) and _holds_any(lower, self.lasts)):
            return False
        if self.hint.search(lower) is None:
            return False  # the pattern's search is the costly part, and most sentences lack them
        found = self.phrases.search(text)
        if found is None:
            return False
        before = text[: found.start()]
        opens = [m.start() for m in self.clause.finditer(before)]
        return not opens or not has_finite_verb(before[: opens[-1]])


def _wire_note_pattern(language: str) -> re.Pattern[str] | None:
    """The openings of a wire's note on its own copy (``wire_notes.txt``: "The following are
    major news items in leading Kenyan newspapers today.", "Additional updates are possible if
    news developments warrant."), any case, after any opening quote or bracket; ``None`` when
    the language lists none.

    Examples
    --------
    >>> note = _wire_note_pattern("en")
    >>> bool(note.match("The following are the main stories in Friday's papers."))
    True
    >>> bool(note.match("The following year the council sold the harbour."))
    False
    """
    phrases = sorted(read_lines(language, "wire_notes.txt"), key=len, reverse=True)
    if not phrases:
        return None
    words = "|".join(r"\s+".join(map(re.escape, entry.split())) for entry in phrases)
    return re.compile(rf"^[\"'“‘(\[\s]*(?:{words})(?![^\W_])", re.IGNORECASE)


def _pro_verbs(language: str) -> _ProVerbs | None:
    """``pro_verbs.txt`` of ``language`` read, or ``None`` when it lists no phrase. A clause
    opens at a comma, a semicolon, a colon, a dash, or a word of the list; a phrase ending in
    "so" followed by a word of "degree:" is no pro-verb ("done so far")."""
    found = read_entries(language, "pro_verbs.txt", ("phrase", "clause", "degree"))
    if not found["phrase"]:
        return None
    phrases = sorted(found["phrase"], key=len, reverse=True)
    words = "|".join(map(re.escape, sorted(found["clause"])))
    degree = "|".join(map(re.escape, sorted(found["degree"])))
    after_so = rf"(?!\s+(?:{degree})(?![^\W_]))" if degree else ""

    def written(entry: str) -> str:
        parts = entry.split()
        return r"\s+".join(map(re.escape, parts)) + (after_so if parts[-1] == "so" else "")

    return _ProVerbs(
        phrases=re.compile(
            r"(?<![^\W_])(?:" + "|".join(map(written, phrases)) + r")(?![^\W_])",
            re.IGNORECASE,
        ),
        clause=re.compile(
            r"[,;:]|--|\u2014" + (rf"|(?<![^\W_])(?:{words})(?![^\W_])" if words else ""),
            re.IGNORECASE,
        ),
        hint=re.compile(
            "|".join(r"\s+".join(map(re.escape, phrase.lower().split())) for phrase in phrases)
        ),
        firsts=_key_words(phrase.lower().split()[0] for phrase in phrases),
        lasts=_key_words(phrase.lower().split()[-1] for phrase in phrases),
    )


def _key_words(words: Iterable[str]) -> tuple[str, ...]:
    """The words of ``words`` that hold no other of them ("do" of "do", "does", "done"): a
    text that holds one of ``words`` holds one of these."""
    found = set(words)
    return tuple(sorted(word for word in found if not any(o != word and o in word for o in found)))


def _writer_pattern(language: str) -> re.Pattern[str] | None:
    """The language's first-person pronouns (``first_person.txt``) as whole words, or ``None``.

    A word matches in lower case or with a capital first letter ("We", "Our"), never in
    capitals ("US" is the country); "i" matches the capital pronoun "I" only, which
    ``_writer_speaks`` then tells from a numeral or an initial.
    """
    words = read_lines(language, "first_person.txt")
    if not words:
        return None
    alternatives = [
        "I"
        if word == "i"
        else f"[{re.escape(word[0].upper())}{re.escape(word[0])}]{re.escape(word[1:])}"
        for word in sorted(words)
    ]
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives) + r")(?![^\W_])")


def _writer_speaks(text: str, pattern: re.Pattern[str]) -> bool:
    """Whether the writer's pronoun stands in ``text`` (the sentence outside its quotations).

    "I" after a capitalised word is a numeral ("World War I", "Episode I", "Elizabeth I") and
    "I." is an initial: neither is the writer.
    """
    for match in pattern.finditer(text):
        if match.group() != "I":
            return True
        if text[match.end() : match.end() + 1] == ".":
            continue
        before = text[: match.start()].split()
        if before and before[-1][:1].isupper() and before[-1][-1:].isalpha():
            continue
        return True
    return False


_ENGLISH = _EligibilityLists(
    DANGLING_OPENERS,
    _SPEECH,
    _SPEAKER_PRONOUNS,
    _ATTRIBUTION_ADVERBS,
    contractions=True,
    interrupting=_interrupting_pattern("en"),
    connective=_connective_pattern("en"),
    quoted_object=_quoted_object_pattern("en"),
    writer=_writer_pattern("en"),
    speech_lower=_lower_case_pattern(_SPEECH),
    silence=_silence("en"),
    pro_verbs=_pro_verbs("en"),
    wire_note=_wire_note_pattern("en"),
)
# Double quotation marks (single ones are also apostrophes): a language's are those of its
# ``quotes.txt``; those that open but never close there ("„", "«") open, the others close, and
# the straight quote toggles.
_DOUBLE_QUOTES = '"“”„«»'


@lru_cache(maxsize=8)
def _mark_pattern(marks: tuple[str, ...]) -> re.Pattern[str]:
    """One regex finding any of the marks."""
    return re.compile("|".join(map(re.escape, marks)))


@lru_cache(maxsize=8)
def _eligibility_lists(language: str = "en") -> _EligibilityLists:
    """The lists of ``language`` (English: the module's constants)."""
    if language == "en":
        return _ENGLISH
    lexicon = get_lexicon(language)
    quotes = lexicon.opening_quotes + lexicon.closing_quotes
    marks = tuple(mark for mark in _DOUBLE_QUOTES if mark in quotes)
    speech = speech_verb_pattern(language)
    return _EligibilityLists(
        lexicon.dangling_openers,
        speech,
        frozenset(word.lower() for word in read_lines(language, "speaker_pronouns.txt")),
        frozenset(word.lower() for word in read_lines(language, "attribution_adverbs.txt")),
        contractions=False,
        interrupting=_interrupting_pattern(language),
        connective=_connective_pattern(language),
        quoted_object=_quoted_object_pattern(language),
        writer=_writer_pattern(language),
        language=language,
        marks=marks,
        opening=frozenset(
            mark
            for mark in marks
            if mark in lexicon.opening_quotes and mark not in lexicon.closing_quotes
        ),
        speech_lower=_lower_case_pattern(speech),
        silence=_silence(language),
        pro_verbs=_pro_verbs(language),
        wire_note=_wire_note_pattern(language),
    )


# The characters stripped around a sentence's end and its first word (built once, not per call).
_QUOTES_BRACKETS = _QUOTES + ")]"
_QUOTES_BRACKETS_SPACE = _QUOTES + ")] "
# What ends a statement, before its closing quotes and brackets.
_FULL_STOPS = frozenset(".!?…。！？")
_OPENING_MARKS = _QUOTES + "(—-"


def _ineligibility(
    text: str,
    inside_quote: bool = False,
    lists: _EligibilityLists = _ENGLISH,
    word_count: int | None = None,
    marked: bool | None = None,
    leaves_open: bool = False,
    voiced: bool | None = None,
) -> str:
    """Why the sentence makes no point on its own (one of the ``REASON_*``), or ``""`` if it does.

    ``word_count`` is ``count_words(text)`` when the caller has it (then only the first words
    are split off, as many as a dangling phrase may have); ``marked`` is whether the text holds
    one of ``lists.marks`` when the caller knows (``_quote_states``); ``voiced`` whether one of
    its chunks is a writer's pronoun (``_is_writer_chunk``) when the caller knows.
    """
    speech = lists.speech
    if inside_quote:
        # The middle or end of a quotation opened in an earlier sentence: its speaker in another
        # sentence, or named after it ('No one deserved to die,'' Smith said.'), which still
        # shows the reader the tail of a quotation, cut from its start, with a closing mark
        # and no opening one (the last point of DUC 2007 update B's D0721E; R-2 there 7.06 ->
        # 8.33, no point of DUC 2004 dev, 2006, 2007 main or update A changed:
        # benchmarks/update_notes.md #38). A verb of saying inside the quotation ('... diplomats
        # had warned of the risks."') attributes nothing either.
        return REASON_INSIDE_QUOTE
    if leaves_open:
        # The head of a quotation whose end is in a later sentence ('... who implored, "Don't
        # raise your voice, please.' before 'This isn't like dealing with Trump."'), or that runs
        # on into the next paragraph: it shows an opening mark and no closing one, the quotation
        # cut short.
        return REASON_OPEN_QUOTE
    if word_count is None:
        words = text.split(None, MAX_WORDS)  # a longer sentence need not be split whole
        word_count = len(words)
    else:
        words = []
    if word_count < MIN_WORDS:
        return REASON_SHORT
    if word_count > MAX_WORDS:
        return REASON_LONG
    if text.rstrip(_QUOTES_BRACKETS_SPACE)[-1:] not in _FULL_STOPS:
        # "David Greer, chairman of the state's Log Cabin Republicans;" (an item of a list after
        # "invited are:"), "(Distributed by New York Times Special Features)", "10th graf pvs".
        return REASON_NO_STOP
    dangling = lists.dangling
    phrase_starts, longest_phrase = _phrases(dangling)
    if not words:
        # Below, only the first words are read (_opens_with_phrase: up to the longest phrase,
        # and whether the sentence has more words than that); the count decided the rest.
        words = text.split(None, max(MIN_WORDS, longest_phrase))
    # Both tests below need a question mark; most sentences have none.
    if "?" in text and (
        text.rstrip(_QUOTES_BRACKETS).endswith("?") or _QUOTED_QUESTION.search(text)
    ):
        return REASON_QUESTION
    head = words[0].strip(_OPENING_MARKS).lower()
    if not lists.contractions and "’" in head:
        # An elided word is listed with the straight apostrophe ("d'autres"), as stop words are.
        head = head.replace("’", "'")
    first = head.rstrip(",;:")
    if lists.contractions and ("'" in first or "’" in first):  # else there is no tail to cut
        first = _CONTRACTION.sub("", first)
    # A phrase is read only after a word that opens one (what _opens_with_phrase checks first).
    if (
        first in dangling
        or head in dangling  # a word that points back only with its comma ("Well, ...")
        or (head in phrase_starts and _opens_with_phrase(words, dangling))
        or (
            lists.language == "en"
            and head in _quantifiers()
            and is_verb_form(words[1].strip(_OPENING_MARKS))
        )
    ):
        # The last test: a count of a group an earlier sentence named, as the whole subject
        # ("Most are programmers ...", "None tested positive ...").
        return REASON_DANGLING
    # Every interrupting pattern holds two commas: a sentence with fewer (two thirds) is not
    # searched, nor one without a connective between two commas.
    if (
        lists.interrupting is not None
        and text.count(",") > 1
        and lists.connective is not None
        and lists.connective.search(text)
        and lists.interrupting.match(text)
    ):
        return REASON_INTERRUPTING
    if (
        lists.quoted_object is not None
        and _holds_any(text, _OPENING_MARKS_READ)  # cheap first: most sentences quote nothing
        and lists.quoted_object.match(text)
    ):
        # 'The mayor declared it "a fair deal"': what "it" is, an earlier sentence said.
        return REASON_QUOTED_OBJECT
    outside = None  # the sentence outside its quotations, read once for the tests below
    if text[0] in _QUOTES:
        outside = _outside_quotes(text, lists=lists)
        if not _says(outside, lists):
            # A quote with no one to attribute it to. The verb of saying must stand outside the
            # quotation: '``Obesity is the No. 1 malnutrition problem in the United States.\'\''
            # (DUC 2007 main, D0724F, a speaker's second sentence) holds "States" inside it.
            return REASON_UNATTRIBUTED_QUOTE
    # Without a quote mark (known) nor a quotation open, _pronoun_speaker would say no at once.
    quoted = marked is not False or inside_quote or "‘" in text
    if quoted and _pronoun_speaker(text, inside_quote, lists, outside):
        return REASON_PRONOUN_QUOTE
    if "," in text and _reported_by_pronoun(text, lists):
        return REASON_PRONOUN_QUOTE
    if "," in text and _pronoun_after_opening(text, lists.language):
        # "On election night, she had led by just 87.": "she" points back past the phrase.
        return REASON_DANGLING
    if _pronoun_after_bare_phrase(text, lists.language):
        # "On Tuesday he lost the title ...": so it does with no comma after the phrase.
        return REASON_DANGLING
    writer = lists.writer
    if voiced is None and writer is not None:
        forms = _writer_forms(lists.language)
        voiced = any(_is_writer_chunk(chunk, forms) for chunk in text.split())
    if voiced and writer is not None:
        # Some wire copy opens a quotation with the closing pair too ("''We have a lot of needs,''
        # said ...", DUC 2006): at the start of a sentence it can only open one.
        if text.startswith("''"):
            outside = _outside_quotes("``" + text[2:], lists=lists)
        elif outside is None:
            outside = _outside_quotes(text, lists=lists)
        if _writer_speaks(outside, writer):
            # A column's or a feature's own voice ("We don't need to know all this stuff.", DUC
            # 2007 A's D0736H): an opinion of the writer, no fact the articles report.
            return REASON_WRITER
    if lists.silence is not None and lists.silence.says_only(text):
        # "Commission officials could not be reached for comment.": the story's actors, and no
        # statement of theirs; with another clause ("..., but said the port will reopen") the
        # sentence keeps its statement (data/en/no_comment.txt).
        return REASON_NO_COMMENT
    if lists.pro_verbs is not None and lists.pro_verbs.lean_back(text):
        # "The sitcom's team did so, principally by fleshing out the supporting cast" (a point of
        # DUC 2007 main's D0739I): what the team did, the sentence before told. With a clause of
        # its own before the phrase ("When NBC asked for an overhaul, the team did so") the
        # sentence says it (data/en/pro_verbs.txt).
        return REASON_PRO_VERB
    if lists.wire_note is not None and lists.wire_note.match(text):
        # "The following are major news items in leading Kenyan newspapers today." (a point of
        # DUC 2007 main's D0716D at 250 words once a far lead could be one): the wire speaking of
        # its digest, as "Additional updates are possible if news developments warrant." of its
        # schedule; no fact of the event (data/en/wire_notes.txt).
        return REASON_WIRE_NOTE
    if ("-" in text and _PHONE_END.search(text) and _PHONE.search(text)) or (
        ("@" in text or "www." in text or "://" in text or "(at)" in text) and _ADDRESS.search(text)
    ):
        return REASON_CONTACT
    if ":" not in text:
        return ""  # neither test below can hold without a colon
    if text.rstrip(_QUOTES_BRACKETS_SPACE).endswith(":"):
        return REASON_LIST_INTRO  # "Following are excerpts from the report:": not here
    if _opens_with_label(text, speech):
        return REASON_LABEL
    return REASON_ROUNDUP if _opens_with_roundup_label(text, lists) else ""


def _opens_with_roundup_label(text: str, lists: _EligibilityLists) -> bool:
    """Whether an English sentence opens with a column's label in lower case, a colon and a
    statement: "Harbour news: The Vesta sailed again on Monday.", "Rising tides: Ferries ...".
    The label is at most ``_MAX_LABEL_WORDS`` words, one in lower case (``_opens_with_label``
    reads those with none), a bare noun phrase: no function word, number word, possessive or
    verb form in it (a lead-in that says something, "The result:", "One reason:", "Microsoft's
    take:", nor a speaker, "Sims added:"); after the colon a capital opens the statement."""
    if lists.language != "en":
        return False
    colon = _LABEL_COLON.search(text)
    if colon is None or colon.start() > _MAX_LABEL_CHARS:
        return False
    words = text[: colon.start()].split()
    rest = text[colon.end() :].lstrip()
    stops = get_lexicon(lists.language).stop_words
    return (
        0 < len(words) <= _MAX_LABEL_WORDS
        and rest[:1].isupper()
        and any(word[:1].islower() for word in words)
        and all(
            word[:1].isalpha()
            and word.isalpha()
            and word.lower() not in stops
            and not is_number_word(word.lower(), lists.language)
            and word.lower() not in _quantifiers()
            and not is_verb_form(word.lower())
            for word in words
        )
        and not lists.speech.search(text, 0, colon.start())
    )


@lru_cache(maxsize=1)
def _quantifiers() -> frozenset[str]:
    """English words that count some of a group as a whole subject (``quantifier_subjects.txt``)."""
    return frozenset(read_lines("en", "quantifier_subjects.txt"))


@lru_cache(maxsize=8)
def _phrases(openers: frozenset[str]) -> tuple[frozenset[str], int]:
    """The first words of the phrases among ``openers`` (a cheap test before reading one) and
    the number of words of the longest."""
    phrases = [entry.split() for entry in openers if " " in entry]
    return frozenset(words[0] for words in phrases), max(map(len, phrases), default=0)


def _opens_with_phrase(words: list[str], openers: frozenset[str]) -> bool:
    """Whether the sentence opens with one of the phrases of ``openers`` and a comma after it.

    A phrase is an entry of several words ("as a result", "en outre", "sin embargo"); it points
    back only as a connective set off by a comma ("As a result, ..."), not as the start of a
    longer phrase ("As a result of the storm ...", "In addition to the fleet ...").
    """
    starts, longest = _phrases(openers)
    if words[0].strip(_QUOTES + "(—-").lower() not in starts:
        return False
    for size in range(2, longest + 1):
        if len(words) <= size or not words[size - 1].endswith(","):
            continue
        phrase = " ".join(words[:size]).lower().lstrip(_QUOTES + "(—-").rstrip(",")
        if phrase in openers:
            return True
    return False


def _outside_quotes(
    text: str, inside_quote: bool = False, lists: _EligibilityLists | None = None
) -> str:
    """The sentence without its quoted words (a sentence that starts inside a quotation included)."""
    parts: list[str] = []
    is_open, position = inside_quote, 0
    pattern, opening = _QUOTE_MARK, _OPENING_QUOTES
    if lists is not None and lists.marks is not _QUOTE_MARKS:
        pattern, opening = _mark_pattern(lists.marks), lists.opening
    for mark in pattern.finditer(text):
        if not is_open:
            parts.append(text[position : mark.start()])
        is_open = not is_open if mark.group() == '"' else mark.group() in opening
        position = mark.end()
    if not is_open:
        parts.append(text[position:])
    return " ".join(parts)


def _pronoun_speaker(
    text: str,
    inside_quote: bool = False,
    lists: _EligibilityLists = _ENGLISH,
    outside: str | None = None,
) -> bool:
    """Whether the sentence quotes someone and every attribution's speaker is a pronoun.

    ``"We want a deal," he said.`` names no one a reader of the briefing has met; ``"We want a
    deal," the envoy said.`` and ``... said Smith`` name the speaker. Quotation in single curly
    marks (‘...’, the British style) counts as a quote, the apostrophe aside. ``outside`` is
    ``_outside_quotes(text, inside_quote, lists)`` when the caller has it.
    """
    if not inside_quote and "‘" not in text:
        for mark in lists.marks:  # a plain loop: any() over a generator costs more than the tests
            if mark in text:
                break
        else:
            return False
    if outside is None:
        outside = _outside_quotes(text, inside_quote, lists)
    # Single curly quotes are not followed (’ is also the apostrophe): cut from ‘ to the next ’
    # that ends a word, as far as it goes.
    outside = _SINGLE_QUOTED.sub(" ", outside)
    attributions = [_by_pronoun(outside, verb, lists) for verb in _speech_verbs(outside, lists)]
    return bool(attributions) and all(attributions)


@lru_cache(maxsize=8)
def _comma_pronoun(pronouns: frozenset[str]) -> re.Pattern[str]:
    """A comma, a space, one of ``pronouns`` and a space, in any case (", he said"): one search,
    where a test per pronoun of the lowered text took a tenth of a second over the large
    cluster's 57,000 sentences."""
    alternatives = "|".join(re.escape(p) for p in sorted(pronouns, key=lambda p: (-len(p), p)))
    return re.compile(f", (?:{alternatives}) ", re.IGNORECASE)


def _reported_by_pronoun(text: str, lists: _EligibilityLists = _ENGLISH) -> bool:
    """Whether the sentence reports what someone said with a pronoun for its only speaker, set
    off by a comma: "The Cairo meeting was positive and constructive, he said.", "The port, she
    said, will reopen in May." Without quotation marks it is the speaker's word as much as a
    quote is (``_pronoun_speaker``), and a reader of the briefing has met no "he"."""
    if not _comma_pronoun(lists.pronouns).search(text):
        return False  # most sentences: no pronoun after a comma
    verbs = list(_speech_verbs(text, lists))
    if not verbs:
        return False
    for verb in verbs:
        before = text[: verb.start()].split()[-1 - _MAX_ADVERBS :]
        while before and before[-1].lower() in lists.adverbs:
            before.pop()
        if len(before) < 2 or before[-1].lower() not in lists.pronouns:
            return False  # a speaker named, or a pronoun that opens the sentence (dangling)
        if not before[-2].endswith(","):
            return False  # "... that he said": the pronoun is not the report's speaker
    return True


def _speech_verbs(text: str, lists: _EligibilityLists) -> Iterator[re.Match[str]]:
    """``lists.speech.finditer(text)``; an ASCII text is read in lower case by ``speech_lower``
    (the same spans, found without folding the case of each character tried: a third faster)."""
    if lists.speech_lower is not None and text.isascii():
        return lists.speech_lower.finditer(text.lower())
    return lists.speech.finditer(text)


def _says(text: str, lists: _EligibilityLists) -> bool:
    """Whether ``text`` holds a verb of saying (``lists.speech``), read as ``_speech_verbs``."""
    if lists.speech_lower is not None and text.isascii():
        return lists.speech_lower.search(text.lower()) is not None
    return lists.speech.search(text) is not None


def _by_pronoun(text: str, verb: re.Match[str], lists: _EligibilityLists = _ENGLISH) -> bool:
    """Whether the speech verb's subject, just before it or (inverted) just after it, is a pronoun."""
    pronouns = lists.pronouns
    before = _WORD.findall(text[: verb.start()])[-1 - _MAX_ADVERBS :]
    while before and before[-1].lower() in lists.adverbs:
        before.pop()
    if before and before[-1].lower() in pronouns:
        return True
    after = _WORD.findall(text[verb.end() : verb.end() + 20])[:2]
    if verb.group().lower() == "according":
        return len(after) == 2 and after[1].lower() in pronouns
    return bool(after) and after[0].lower() in pronouns and not before


def _opens_with_label(text: str, speech: re.Pattern[str] = _SPEECH) -> bool:
    """Whether the sentence opens with a label and a colon.

    A label is a few words, none lower-case, without a verb of saying.
    """
    colon = _LABEL_COLON.search(text)
    if colon is None:
        return False
    head = text[: colon.start()]
    words = head.strip(_QUOTES + "(-— ").split()
    return (
        0 < len(words) <= _MAX_LABEL_WORDS
        and not any(word[:1].islower() for word in words)
        and not speech.search(head)  # 'Said Evans: ``I would ...': attributed
    )


def _split_pieces(text: str) -> Iterator[list[str]]:
    """``text.split()`` in pieces of about ``LONG_SENTENCE_CHARS`` characters, cut at white space
    (so the pieces' words are the words of the whole), without the list of every word at once.

    >>> text = "The ferry left. " * 20_000
    >>> pieces = list(_split_pieces(text))
    >>> len(pieces), sum(pieces, []) == text.split()
    (4, True)
    """
    start = 0
    while start < len(text):
        cut = _SPACE.search(text, start + LONG_SENTENCE_CHARS)
        end = len(text) if cut is None else cut.start()
        yield text[start:end].split()
        start = end


def _surface_terms(
    stems: Sequence[str], sentences: Sequence[Sentence], tokenize: Callable[[str], list[str]]
) -> tuple[str, ...]:
    """Turn stemmed key terms back into words a reader knows (the first surface form seen)."""
    wanted = {part for term in stems for part in term.split()}
    surface: dict[str, str] = {}
    for sentence in sentences:
        # One word at a time: a text without sentence ends is one "sentence" of millions.
        for word in map(re.Match.group, _WORD.finditer(sentence.text)):
            grams = tokenize(word)
            if grams and grams[0] in wanted and grams[0] not in surface:
                surface[grams[0]] = word
                if len(surface) == len(wanted):
                    break
        if len(surface) == len(wanted):
            break
    return tuple(" ".join(surface.get(part, part) for part in term.split()) for term in stems)


def subject_at(words: Sequence[str], language: str) -> int | None:
    """Where the subject of the sentence of ``words`` opens: its first word, or, when it opens
    with a phrase of circumstance (``opens_subordinate``: "After a three-month impasse,"), the
    word after that phrase's comma, within ``OPENING_MAX_WORDS`` words and outside a quotation;
    None when no such comma closes it.

    Examples
    --------
    >>> subject_at("After a long night, they agreed to a deal.".split(), "en")
    4
    >>> subject_at("Officials in Brell, the capital, said nothing.".split(), "en")
    0
    """
    if not words or not opens_subordinate(words[0].rstrip(","), language):
        return 0
    for k, word in enumerate(words[:OPENING_MAX_WORDS]):
        if holds_quote(word, language):
            return None
        if word.endswith(","):
            return k + 1 if k + 1 < len(words) else None
    return None


def _pronoun_after_opening(text: str, language: str) -> bool:
    """Whether the subject of ``text``, after an opening phrase set off by a comma
    (``subject_at``), is a personal pronoun (``subject_pronouns.txt``): "On election night, she
    had led by just 87." leans on an earlier sentence for "she" as "She had led ..." does.

    Examples
    --------
    >>> _pronoun_after_opening("On election night, she had led by just 87.", "en")
    True
    >>> _pronoun_after_opening("On election night, Marchetti had led by just 87.", "en")
    False
    >>> _pronoun_after_opening("Officials in Brell, they said, left early.", "en")
    False
    >>> _pronoun_after_opening("To Jerry's credit, he never censored anything.", "en")
    False
    >>> _pronoun_after_opening("If convicted, he's likely to face life in prison.", "en")
    True
    """
    if not _comma_subject_pronoun(language).search(text):
        return False  # most sentences: no such pronoun after a comma
    words = text.split(None, OPENING_MAX_WORDS + 1)
    # ``subject_at`` is the first word after the first of the first words to end with a comma
    # (or none): unless that word is a pronoun, the answer is no, and most sentences end there.
    comma = next((k for k, w in enumerate(words[:OPENING_MAX_WORDS]) if w.endswith(",")), None)
    if comma is None or comma + 1 >= len(words):
        return False
    head = _CONTRACTION.sub("", words[comma + 1].strip(_OPENING_MARKS + ",;:").lower())
    if head not in _subject_pronouns(language):
        return False
    at = subject_at(words, language)  # comma + 1 when the opening is a phrase, else 0 or None
    if not at or at >= len(words):
        return False  # no opening phrase: a pronoun first is read by the dangling list
    # The phrase may name whom the pronoun stands for: "To Jerry's credit, he never ...".
    return not any(word[:1].isupper() for word in words[1:at])


# The most words of a phrase set off by no comma before a pronoun subject ("On Tuesday he ...",
# "After the vote they ...").
BARE_PHRASE_MAX_WORDS = 2


def _pronoun_after_bare_phrase(text: str, language: str) -> bool:
    """Whether ``text`` opens with a short phrase of circumstance set off by no comma
    (``opens_subordinate``, then at most ``BARE_PHRASE_MAX_WORDS`` words, none a name but a
    weekday's or a month's) and a personal pronoun as its subject: "On Tuesday he lost the title
    ..." leans on an earlier sentence for "he" as "On Tuesday, he ..." does; unless a name follows
    the pronoun, which it may stand for. A pronoun right after the first word ("When he was 12,
    Brandt ...") is not read.

    >>> _pronoun_after_bare_phrase("On Tuesday he lost the title and his career.", "en")
    True
    >>> _pronoun_after_bare_phrase("In March Ferrand said he would not appeal.", "en")
    False
    >>> _pronoun_after_bare_phrase("When he was 12, Brandt moved to Genthal.", "en")
    False
    """
    first = text.split(None, 1)  # the first word alone: most sentences stop there
    if not first or not opens_subordinate(first[0], language):
        return False
    words = text.split(None, BARE_PHRASE_MAX_WORDS + 2)
    if len(words) < 3:
        return False
    pronouns = _subject_pronouns(language)
    lexicon = get_lexicon(language)
    for k in range(2, min(BARE_PHRASE_MAX_WORDS + 2, len(words))):
        word = words[k - 1]
        bare = word.strip(_OPENING_MARKS + ".,;:").lower()
        if word.endswith((",", ";", ":")) or holds_quote(word, language):
            return False
        if word[:1].isupper() and _named(bare, lexicon):
            return False  # a name: whom the pronoun may stand for ("In March Ferrand ...")
        head = _CONTRACTION.sub("", words[k].strip(_OPENING_MARKS).lower())
        if head in pronouns:
            # A name after the pronoun may be whom it stands for, the phrase holding the pronoun
            # ("In a step he had never taken ..., Gov. George W. Bush ... agreed", DUC 2006
            # D0635H; "When asked whether he was ready ..., Kim said", a sample article).
            later = text.split()[k + 1 :]
            return not any(
                w[:1].isupper() and _named(w.strip(_OPENING_MARKS + ".,;:"), lexicon) for w in later
            )
    return False


def _named(word: str, lexicon: Lexicon) -> bool:
    """Whether a capitalised word may be a name: not "I", a weekday's or a month's."""
    bare = word.lower()
    return bare != "i" and bare not in lexicon.weekdays and bare not in lexicon.months


@lru_cache(maxsize=8)
def _subject_pronouns(language: str) -> frozenset[str]:
    """The personal pronouns that stand for a named actor as a subject
    (``subject_pronouns.txt``)."""
    return frozenset(line.lower() for line in read_lines(language, "subject_pronouns.txt"))


@lru_cache(maxsize=8)
def _comma_subject_pronoun(language: str) -> re.Pattern[str]:
    """A comma, spaces, opening marks and one of ``_subject_pronouns`` in any case (", he",
    ', "they'): what ``_pronoun_after_opening`` finds in every sentence it answers yes for, one
    search where splitting each sentence with a comma into words cost a third of the rule."""
    pronouns = sorted(_subject_pronouns(language), key=lambda p: (-len(p), p))
    alternatives = "|".join(map(re.escape, pronouns)) or "(?!)"  # no pronoun: never
    marks = re.escape(_OPENING_MARKS + ",;:")
    return re.compile(rf",\s+[{marks}]*(?i:{alternatives})")
