"""The same-statement relation: do two sentences state the same fact?

Sentences of one cluster -> :class:`StatementIndex` -> for a sentence ``i``, the probability that
it and each sentence ``j`` state the same fact (:meth:`StatementIndex.probability`), and the
decision (:meth:`StatementIndex.same`). One relation for every place a briefing decides that two
sentences say the same thing: MMR's redundancy, citations, agreement markers, merging.

How it decides. Each sentence becomes the set of its words' terms (lower case, British spellings
read as American, hyphenated names split: "Kim Jong-un" is "Kim Jong Un", Porter stems), its
numbers ("1,200" is 1200, "two" is 2), its names (capitalised words past the first), its word
bigrams and whether it is negated. A term weighs what its word tells in the language at large
(``-ln p`` of its background frequency, less that of the commonest words, see
:mod:`summarizer.background`), not in the cluster: the event's names, which every article repeats,
keep their weight. From these, for a pair: how much of the smaller sentence's content the other
holds and how much content each leaves unmatched (containment, not a symmetric cosine, because one
outlet's sentence often adds a clause to the other's fact), shared bigrams (wording), numbers or
names one states and the other does not, a negation on one side only, and the length ratio.
Beyond the written form: each term aligned to its most similar term of the other sentence by word
vectors learned from news text (``data/en/word_vectors.txt``, ``benchmarks/make_vectors.py``), and
what paraphrase judges taught each word to mean when both sentences hold it or one lacks it
(``data/en/same_terms.txt``, TF-KLD-style term evidence). A logistic regression combines them; its coefficients are trained by ``benchmarks/train_same.py`` on
news paraphrase pairs (the Microsoft Research Paraphrase Corpus, training part) and shipped as
``data/en/same_model.txt``. Every feature is symmetric in the two sentences.

Linear: the index holds a few sparse matrices with one row per sentence; :meth:`probability` is a
handful of sparse matrix-vector products (one sentence against all), never an n-by-n matrix.
:func:`explain` shows every feature of a pair and its contribution to the decision.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import chain
from typing import TYPE_CHECKING

from .background import RARE_ZIPF, spelling_variants, stem_zipf
from .errors import ConfigError, ResourceError

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np
    from scipy.sparse import csr_matrix

__all__ = [
    "EVIDENCE_FEATURES",
    "FACT_FEATURES",
    "FACT_REDUNDANT_THRESHOLD",
    "FACT_SAME_THRESHOLD",
    "FEATURES",
    "MAX_CANDIDATES",
    "MODEL",
    "OTHER_TERM",
    "REDUNDANT_THRESHOLD",
    "SAME_THRESHOLD",
    "SOFT_FEATURES",
    "Explanation",
    "StatementIndex",
    "explain",
    "fact_features",
    "same_statement",
    "top_candidates",
]

# Probability from which two sentences count as the same statement: the lowest threshold at which
# the 10-fold cross-validated precision on news paraphrase pairs reaches 0.85 (benchmarks/
# train_same.py: P .853, R .724, acc .729). Precision first, because a wrong citation misleads
# the reader and a missing one only under-reports; above it recall falls faster than precision
# rises (0.75: P .888, R .635).
SAME_THRESHOLD = 0.67
# For redundancy (should MMR pass over a sentence because a picked one says it already?), where a
# duplicate point costs about as much as a lost fact: the threshold of best cross-validated
# accuracy (0.45-0.55: acc .748-.749; at 0.5 P .790, R .855). On DUC 2004 dev clusters the pairs
# between 0.5 and the same-statement threshold are mostly one fact told by two outlets (an arrest
# with its date and place, a dismissal with its date), which a briefing should not state twice.
REDUNDANT_THRESHOLD = 0.5
# Which weights decide: "same", the news paraphrase model above (data/en/same_model.txt), or
# "fact", the same-fact model trained on in-cluster silver pairs of DUC 2006/2007 by
# benchmarks/train_fact.py (data/en/fact_model.txt). The fact model finds one fact told at
# different lengths across outlets (the three seed articles' "the summit ended without a deal")
# but, on DUC 2004 dev, cites about one sentence in five wrongly at FACT_SAME_THRESHOLD (topic
# sentences sharing an event's long names and phrases), and costs 0.1-0.3 ROUGE there: an
# experiment, not the default (benchmarks/fact_notes.md).
MODEL = "fact"
_MODELS = ("same", "fact")
# The fact model's decision levels (grouped 5-fold cross-validation on the silver pairs: P .954
# R .391 at 0.9; P .808 R .611 at 0.5): cite at 0.9, pass over as said already at 0.5.
FACT_SAME_THRESHOLD = 0.9
FACT_REDUNDANT_THRESHOLD = 0.5

# The features, in the order of the model file (each symmetric in the two sentences).
_LEXICAL = (
    "contain_small",  # weighted share of the smaller sentence's content the other holds
    "contain_large",  # ... of the larger sentence's content
    "unmatched_small",  # content (nats / 10) of the smaller sentence the other lacks
    "unmatched_large",  # ... of the larger sentence
    "predicate_small",  # as contain_small, names left out: what is said of them
    "predicate_large",  # ... of the larger sentence
    "bigram_small",  # share of the fewer-bigram sentence's bigrams the other holds
    "bigram_large",  # ... of the other's
    "words_jaccard",  # all words, function words included: same wording
    "numbers_unmatched",  # numbers one states and the other does not (count)
    "numbers_conflict",  # both state numbers, and some differ (0/1)
    "names_unmatched",  # names one states and the other does not (count, log1p)
    "names_conflict",  # each states a name the other lacks (0/1): another person, place, body
    "negation_differs",  # one sentence negated, the other not (0/1)
    "negation_flip",  # negation_differs times predicate_large: the same words, opposite polarity
    "numbers_flip",  # numbers_conflict times predicate_large: the same claim, another figure
    "length_ratio",  # |ln(words a / words b)|
)
# Word similarity beyond the written form (deal ~ agreement, said ~ told), from the shipped word
# vectors (data/en/word_vectors.txt, benchmarks/make_vectors.py). Aligning each term to its most
# similar term of the other sentence (as alignment-based STS systems do) was measured too and
# added nothing over this cosine under cross-validation (benchmarks/msrp_notes.md), at twice the
# cost, so only the cosine is kept.
SOFT_FEATURES = (
    "vector_cosine",  # cosine of the sentences' mean word vectors, each word weighed as a term
)
# What news paraphrase judges learned each word to mean (data/en/same_terms.txt, written by
# benchmarks/train_same.py from the training pairs' labels, as Ji and Eisenstein's TF-KLD weights):
# a word both sentences hold is evidence ln(p / q), a word one holds and the other lacks is
# evidence ln((1 - p) / (1 - q)), where p and q are how often a sentence holding the word has a
# partner holding it too, among pairs judged the same and pairs judged different. "Said" left out
# of one side tells little; a date, a figure or "also" on one side only tells "different".
EVIDENCE_FEATURES = (
    "evidence_shared",  # summed evidence of the words both hold
    "evidence_unmatched",  # summed evidence of the words one holds and the other lacks
    "discriminative_share",  # share of the pair's words' KL weight that both hold
)
FEATURES = (*_LEXICAL, *SOFT_FEATURES, *EVIDENCE_FEATURES)
# The same-fact model's features: the pair view's, and those of the contained view (the smaller
# sentence against the part of the larger that matches it) that the pair view lacks.
_CONTAINED = {
    "words_contained": "words_jaccard",  # share of the smaller sentence's words the other holds
    "numbers_left": "numbers_unmatched",  # numbers of the smaller sentence the other lacks
    "names_left": "names_unmatched",  # names of the smaller sentence the other lacks (log1p)
}
FACT_FEATURES = (
    *_LEXICAL,
    *_CONTAINED,
    "content_small",  # content of the smaller sentence (nats / 10): a short one "holds" easily
)
_CONTAINED_COLUMNS = [_LEXICAL.index(name) for name in _CONTAINED.values()]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*")
_NUMBER_WORDS = {
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "dozen": "12",
    "hundred": "100",
    "thousand": "1000",
}
# Verbal negation only: "no", "none" or "without" turn up in paraphrases of one fact ("had no
# comment", "declined to comment") as often as in opposite facts.
# Contractions typed without their apostrophe ("dont") are negations too ("wont" and "cant" are
# words of their own).
_NEGATIONS = frozenset(
    [
        "not",
        "never",
        "cannot",
        "dont",
        "doesnt",
        "didnt",
        "isnt",
        "wasnt",
        "arent",
        "werent",
        "hasnt",
        "havent",
        "hadnt",
        "wouldnt",
        "couldnt",
        "shouldnt",
    ]
)
# Contractions: "won't" is "will" negated, "they'll" is "they will".
_NEGATED_VERBS = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}
_CONTRACTED = {"re": "are", "ll": "will", "ve": "have", "m": "am", "d": "would"}
# Marks around a chunk that are not part of a written form ("(U.S.)," is "U.S.").
_EDGES = "\"'“”‘’`()[]{},;:!?"
# Term kinds in a chunk's analysis (a negative word is a term that also marks its sentence).
_TERM, _NUMBER, _NEGATION, _NEGATIVE = 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class _Model:
    """The shipped parameters: feature coefficients, intercept, and the weight floor."""

    coefficients: tuple[float, ...]
    intercept: float
    common_zipf: float


@lru_cache(maxsize=4)
def _model(language: str = "en") -> _Model:
    """Read ``data/<language>/same_model.txt`` (``name value`` lines; ``#`` comments)."""
    try:
        text = (resources.files("summarizer") / "data" / language / "same_model.txt").read_text(
            "utf-8"
        )
    except (FileNotFoundError, OSError) as exc:
        raise ResourceError(
            f"summarizer/data/{language}/same_model.txt is missing; reinstall the package "
            "(it ships as package data)"
        ) from exc
    values: dict[str, float] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, value = line.partition("\t")
            values[name.strip()] = float(value)
    missing = [name for name in (*FEATURES, "intercept", "common_zipf") if name not in values]
    if missing:
        raise ResourceError(
            f"summarizer/data/{language}/same_model.txt lacks {', '.join(missing)}; "
            "rerun benchmarks/train_same.py or reinstall the package"
        )
    return _Model(
        coefficients=tuple(values[name] for name in FEATURES),
        intercept=values["intercept"],
        common_zipf=values["common_zipf"],
    )


@lru_cache(maxsize=4)
def _fact_model(language: str = "en") -> _Model:
    """Read ``data/<language>/fact_model.txt`` (``name value`` lines; ``#`` comments)."""
    try:
        text = (resources.files("summarizer") / "data" / language / "fact_model.txt").read_text(
            "utf-8"
        )
    except (FileNotFoundError, OSError) as exc:
        raise ResourceError(
            f"summarizer/data/{language}/fact_model.txt is missing; reinstall the package "
            "(it ships as package data)"
        ) from exc
    values: dict[str, float] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, value = line.partition("\t")
            values[name.strip()] = float(value)
    missing = [name for name in (*FACT_FEATURES, "intercept") if name not in values]
    if missing:
        raise ResourceError(
            f"summarizer/data/{language}/fact_model.txt lacks {', '.join(missing)}; "
            "rerun benchmarks/train_fact.py or reinstall the package"
        )
    return _Model(
        coefficients=tuple(values[name] for name in FACT_FEATURES),
        intercept=values["intercept"],
        common_zipf=_model(language).common_zipf,
    )


@lru_cache(maxsize=4)
def _vectors(language: str = "en") -> tuple[dict[str, int], np.ndarray]:
    """Read ``data/<language>/word_vectors.txt``: term -> row, and the unit rows (float64)."""
    import base64

    import numpy as np

    try:
        text = (resources.files("summarizer") / "data" / language / "word_vectors.txt").read_text(
            "utf-8"
        )
    except (FileNotFoundError, OSError) as exc:
        raise ResourceError(
            f"summarizer/data/{language}/word_vectors.txt is missing; reinstall the package "
            "(it ships as package data)"
        ) from exc
    rows: dict[str, int] = {}
    packed: list[bytes] = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            term, _, code = line.partition("\t")
            rows[term] = len(packed)
            packed.append(base64.b64decode(code))
    table = np.frombuffer(b"".join(packed), dtype=np.int8).reshape(len(packed), -1)
    unit = table.astype(np.float64)
    unit /= np.maximum(np.sqrt((unit * unit).sum(axis=1, keepdims=True)), 1e-12)
    # A zero last row for terms without a vector.
    return rows, np.vstack([unit, np.zeros((1, unit.shape[1]))])


# A word of the training pairs' table stands for itself; any other word has this entry's evidence.
OTHER_TERM = "<other>"
TermEvidence = Mapping[str, tuple[float, float, float]]


@lru_cache(maxsize=4)
def _term_evidence(language: str = "en") -> TermEvidence:
    """Read ``data/<language>/same_terms.txt``: term -> (shared, unmatched, KL weight)."""
    try:
        text = (resources.files("summarizer") / "data" / language / "same_terms.txt").read_text(
            "utf-8"
        )
    except (FileNotFoundError, OSError) as exc:
        raise ResourceError(
            f"summarizer/data/{language}/same_terms.txt is missing; reinstall the package "
            "(it ships as package data)"
        ) from exc
    table: dict[str, tuple[float, float, float]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            term, shared, unmatched, weight = line.split("\t")
            table[term] = (float(shared), float(unmatched), float(weight))
    if OTHER_TERM not in table:
        raise ResourceError(
            f"summarizer/data/{language}/same_terms.txt lacks its {OTHER_TERM} line; "
            "rerun benchmarks/train_same.py or reinstall the package"
        )
    return table


@lru_cache(maxsize=1)
def _porter() -> Callable[[str], str]:
    from nltk.stem.porter import PorterStemmer

    stem: Callable[[str], str] = PorterStemmer().stem
    return stem


class _Chunks(dict[str, "tuple[int, ...]"]):
    """chunk as written -> the ids of its tokens; filled on first sight.

    A chunk is a run of non-space characters; news repeats its chunks, so each is analysed once
    per process, and a text is looked up chunk by chunk in C (``str.split`` and a dict). A token
    is (kind, term, word, capitalised); its id indexes the per-token lists (kind, key of its term,
    capitalisation, the word's background Zipf). The analysis is a pure function of the chunk and
    an index renumbers what it uses in order of first use, so the cache never changes a result.
    """

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.spelling = spelling_variants(language)
        self.forms = _forms(language)
        self.stems: dict[str, str] = {}
        self.negative = frozenset(
            self._stem(word) for word in _read_words(language, "negative_words.txt")
        )
        self.tokens: dict[tuple[int, str, bool], int] = {}
        self.key_codes: dict[str, int] = {}  # "t:stem" / "n:number" / "x:negation" -> key id
        self.kind: list[int] = []
        self.key: list[int] = []
        self.capital: list[bool] = []
        self.key_zipf: list[float] = []  # per key: its stem's background Zipf (terms only)
        self.key_name: list[str] = []  # per key: its term ("" for numbers and negations)
        self.stem_zipf = stem_zipf(language)
        self._arrays: tuple[np.ndarray, ...] | None = None

    def __missing__(self, chunk: str) -> tuple[int, ...]:
        core = chunk.strip(_EDGES)
        form = self.forms.get(core) or self.forms.get(core.lower())
        if form is None and core.endswith("."):  # "U.S." ending a sentence: "U.S.." or "U.S"
            form = self.forms.get(core[:-1]) or self.forms.get(core[:-1].lower())
        if form is not None:
            capital = core[:1].isupper()
            items = [(_TERM, self._stem(word), word, capital) for word in form.split()]
        else:
            items = self._items(chunk.replace("%", " percent"))
        found = tuple(map(self._token, items))
        self[chunk] = found
        return found

    def _token(self, item: tuple[int, str, str, bool]) -> int:
        kind, term, _, capital = item
        token = self.tokens.get((kind, term, capital))
        if token is None:
            key = f"{'tnxt'[kind]}:{term}"  # a negative word is a term like any other
            token = self.tokens[kind, term, capital] = len(self.kind)
            self.kind.append(kind)
            code = self.key_codes.get(key)
            if code is None:
                code = self.key_codes[key] = len(self.key_codes)
                is_term = kind in (_TERM, _NEGATIVE)
                self.key_zipf.append(self.stem_zipf.get(term, RARE_ZIPF) if is_term else 0.0)
                self.key_name.append(term if is_term else "")
            self.key.append(code)
            self.capital.append(capital)
            self._arrays = None
        return token

    def arrays(self) -> tuple[np.ndarray, ...]:
        """As numpy arrays: per token its kind, key and capitalisation; per key its Zipf."""
        import numpy as np

        if self._arrays is None:
            self._arrays = (
                np.array(self.kind, dtype=np.int8),
                np.array(self.key, dtype=np.int64),
                np.array(self.capital, dtype=bool),
                np.array(self.key_zipf, dtype=np.float64),
            )
        return self._arrays

    def _items(self, chunk: str) -> list[tuple[int, str, str, bool]]:
        items: list[tuple[int, str, str, bool]] = []
        for match in _WORD.finditer(chunk):
            word = match.group()
            if word[0].isdigit():
                items.append((_NUMBER, _number(word), word, False))
                continue
            lower = word.lower().replace("’", "'")
            head, apostrophe, tail = lower.partition("'")
            if apostrophe:
                if tail == "t" and head.endswith("n"):  # don't, can't, won't: the verb, negated
                    items.append((_NEGATION, "not", "not", False))
                    lower = _NEGATED_VERBS.get(head[:-1], head[:-1])
                elif tail in _CONTRACTED:  # they're, we'll, I've: the pronoun and the verb
                    items.append((_TERM, self._stem(_CONTRACTED[tail]), _CONTRACTED[tail], False))
                    lower = head
                elif tail in ("s", ""):  # possessive (or "is", which weighs nothing)
                    lower = head
            if lower in _NUMBER_WORDS:
                items.append((_NUMBER, _NUMBER_WORDS[lower], lower, False))
                continue
            if lower in _NEGATIONS:
                items.append((_NEGATION, lower, lower, False))
                continue
            if not lower:
                continue
            lower = self.spelling.get(lower, lower)
            stem = self._stem(lower)
            kind = _NEGATIVE if stem in self.negative else _TERM
            items.append((kind, stem, lower, word[0].isupper()))
        return items

    def _stem(self, word: str) -> str:
        stem = self.stems.get(word)
        if stem is None:
            stem = self.stems[word] = _porter()(word)
        return stem


_CHUNKS: dict[str, _Chunks] = {}
# Chunks cached per process before the cache starts afresh (at the start of an index's build).
_MAX_CACHED_CHUNKS = 1 << 19


def _chunks(language: str) -> _Chunks:
    chunks = _CHUNKS.get(language)
    if chunks is None or len(chunks) >= _MAX_CACHED_CHUNKS:
        chunks = _CHUNKS[language] = _Chunks(language)
    return chunks


@lru_cache(maxsize=4)
def _forms(language: str) -> dict[str, str]:
    """Written forms -> the words they stand for (``data/<language>/forms.txt``)."""
    try:
        text = (resources.files("summarizer") / "data" / language / "forms.txt").read_text("utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise ResourceError(
            f"summarizer/data/{language}/forms.txt is missing; reinstall the package "
            "(it ships as package data)"
        ) from exc
    forms: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            form, _, words = line.partition("\t")
            forms[form.strip()] = words.strip()
    return forms


@lru_cache(maxsize=8)
def _read_words(language: str, name: str) -> tuple[str, ...]:
    """The words of a one-word-a-line list ``data/<language>/<name>``."""
    try:
        text = (resources.files("summarizer") / "data" / language / name).read_text("utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise ResourceError(
            f"summarizer/data/{language}/{name} is missing; reinstall the package "
            "(it ships as package data)"
        ) from exc
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _number(text: str) -> str:
    """A number as one spelling: thousands separators dropped, a trailing zero fraction too."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        text = text.replace(",", "")
    if "." in text:
        text = text.rstrip("0").rstrip(".") or "0"
    return text


def _spelled(text: str) -> str:
    """The text with a two-word form joined ("per cent" is "percent")."""
    return text.replace("per cent", "percent") if "per cent" in text else text


# Term weights are multiples of 2**-10 nats, so that every weighted sum is exact in float64 and the
# same whatever the order of the terms (columns follow the process's chunk cache): byte-identical
# results in a fresh process and in a long batch alike.
_WEIGHT_QUANTUM = 1024.0


class _Block:
    """The analysed rows of some sentences: sparse binary rows per kind of term, and their sizes."""

    def __init__(
        self,
        texts: Sequence[str],
        chunks: _Chunks,
        floor: float,
        evidence: TermEvidence | None = None,
    ) -> None:
        import numpy as np
        from scipy.sparse import csr_matrix

        n = len(texts)
        lookup = chunks.__getitem__
        flatten = chain.from_iterable
        # All in C but the first sight of a chunk: split, the dict's lookup, the joining.
        token_lists = [list(flatten(map(lookup, _spelled(text).split()))) for text in texts]
        counts = np.fromiter(map(len, token_lists), dtype=np.int64, count=n)
        tokens = np.fromiter(flatten(token_lists), dtype=np.int64, count=int(counts.sum()))
        del token_lists
        kind_of, key_of, capital_of, key_zipf = chunks.arrays()
        kind, key = kind_of[tokens], key_of[tokens]
        rows = np.repeat(np.arange(n, dtype=np.int64), counts)
        first = np.zeros(len(tokens), dtype=bool)
        first[(np.cumsum(counts) - counts)[counts > 0]] = True
        is_term = (kind == _TERM) | (kind == _NEGATIVE)
        is_number = kind == _NUMBER
        self.says_negative = np.zeros(n, dtype=bool)
        self.says_negative[rows[kind == _NEGATIVE]] = True
        self.negated = np.zeros(n, dtype=bool)
        self.negated[rows[kind == _NEGATION]] = True
        self.lengths = np.maximum(counts, 1).astype(np.float64)

        term_keys, term_columns = np.unique(key[is_term], return_inverse=True)
        term_columns = term_columns.ravel()
        term_rows = rows[is_term]
        # Names: capitalised words past a sentence's first word.
        named = capital_of[tokens[is_term]] & ~first[is_term]
        # A term weighs the information of its stem's commonest word beyond the floor's (all of
        # -ln p when the floor is 9, the Zipf of one use per word), in whole 2**-10 nats.
        information = np.maximum(floor - key_zipf[term_keys], 0.0) * math.log(10.0)
        self.weight = np.round(information * _WEIGHT_QUANTUM) / _WEIGHT_QUANTUM
        _, number_columns = np.unique(key[is_number], return_inverse=True)
        # Bigrams: consecutive words of one sentence (a number or a negation breaks the run).
        pair = (rows[1:] == rows[:-1]) & is_term[1:] & is_term[:-1]
        codes = key[:-1][pair] * len(key_of) + key[1:][pair]
        _, bigram_columns = np.unique(codes, return_inverse=True)

        def binary(rows: np.ndarray, cols: np.ndarray) -> csr_matrix:
            cols = cols.ravel()
            width = int(cols.max()) + 1 if len(cols) else 1
            matrix = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, width))
            matrix.sum_duplicates()
            matrix.data[:] = 1.0
            return matrix

        width = max(len(term_keys), 1)
        self.terms = binary(term_rows, term_columns)
        self.names = binary(term_rows[named], term_columns[named])
        # The same terms without each row's names: what the sentence says of the names it cites.
        self.predicates = binary(term_rows[~named], term_columns[~named])
        for name in ("terms", "names", "predicates"):
            matrix = getattr(self, name)
            matrix.resize((n, width))
        self.weight = np.resize(self.weight, width) if len(self.weight) else np.zeros(1)
        # The term columns' words, for the word vectors and the term evidence (read when first
        # needed: the same-fact model uses neither).
        self.language = chunks.language
        self._term_keys = term_keys
        self._key_name = chunks.key_name
        self._width = width
        self._evidence_table = evidence
        self._evidence: np.ndarray | None = None
        self._sentence_vectors: np.ndarray | None = None
        self._sentence_norms = np.zeros(0)
        self.numbers = binary(rows[is_number], number_columns)
        self.bigrams = binary(rows[:-1][pair], bigram_columns)
        self.mass = np.asarray(self.terms @ self.weight).ravel()
        self.predicate_mass = np.asarray(self.predicates @ self.weight).ravel()
        self.term_count = np.asarray(self.terms.sum(axis=1)).ravel()
        self.name_count = np.asarray(self.names.sum(axis=1)).ravel()
        self.number_count = np.asarray(self.numbers.sum(axis=1)).ravel()
        self.bigram_count = np.asarray(self.bigrams.sum(axis=1)).ravel()

    def opposite(self, i: int) -> np.ndarray:
        """Rows of the opposite polarity to row ``i``: one says "not" or "never", the other does
        not, nor says the negative in a word of its own ("declined", "failed", "no")."""
        import numpy as np

        plain_says_negative = np.where(self.negated[i], self.says_negative, self.says_negative[i])
        opposite: np.ndarray = (self.negated != self.negated[i]) & ~plain_says_negative
        return opposite

    def fact_features(self, i: int, contained: bool = False) -> np.ndarray:
        """The same-fact features of row ``i`` against every row (``FACT_FEATURES``).

        With ``contained``, the pair view's part is the contained view's too (see
        :meth:`features`): "does the larger sentence state the smaller one's fact?"
        """
        import numpy as np

        lexical = len(_LEXICAL)
        inner = self.features(i, contained=True, soft=False)
        content_small = np.minimum(self.mass, self.mass[i])[:, None] / 10.0
        outer = inner if contained else self.features(i, soft=False)
        return np.hstack([outer[:, :lexical], inner[:, _CONTAINED_COLUMNS], content_small])

    def _column_terms(self) -> list[str]:
        """The word of each term column."""
        names = self._key_name
        return [names[key] for key in self._term_keys.tolist()]

    def evidence(self) -> np.ndarray:
        """Each term column's evidence (shared, unmatched) and KL weight: a (width, 3) array."""
        import numpy as np

        if self._evidence is None:
            table = self._evidence_table
            if table is None:
                table = _term_evidence(self.language)
            other = table[OTHER_TERM]
            found = [table.get(term, other) for term in self._column_terms()]
            found += [(0.0, 0.0, 0.0)] * (self._width - len(found))
            self._evidence = np.array(found, dtype=np.float64).reshape(self._width, 3)
        return self._evidence

    def vector_cosine(self, i: int) -> np.ndarray:
        """Cosine of row ``i``'s mean word vector with each row's (terms weighed as in the shares;
        a term without a vector adds nothing). Linear: one (rows) x (dimensions) array."""
        import numpy as np

        if self._sentence_vectors is None:
            rows, table = _vectors(self.language)
            none = len(table) - 1  # the zero row: a term without a vector
            vector_row = [rows.get(term, none) for term in self._column_terms()]
            vector_row += [none] * (self._width - len(vector_row))
            columns = table[np.array(vector_row, dtype=np.int64)]
            self._sentence_vectors = np.asarray(self.terms @ (self.weight[:, None] * columns))
            self._sentence_norms = np.sqrt((self._sentence_vectors**2).sum(axis=1))
        dot = self._sentence_vectors @ self._sentence_vectors[i]
        norms = self._sentence_norms * self._sentence_norms[i]
        cosine: np.ndarray = np.divide(dot, norms, out=np.zeros(len(dot)), where=norms > 0)
        return cosine

    def features(self, i: int, contained: bool = False, soft: bool = True) -> np.ndarray:
        """The features of row ``i`` against every row: an (n, len(FEATURES)) array (without
        ``soft``, the lexical ones alone: the same-fact model's; with it, the word vectors' and
        the term evidence's too).

        With ``contained``, the pair is seen as the smaller sentence (by weighed content) against
        the part of the larger one that matches it: the larger side's shares, leftovers and
        numbers and names are the smaller side's, the length ratio is 0. The model then answers
        "does the larger sentence state the smaller one's fact?" (one outlet adds a clause).
        """
        import numpy as np

        n = len(self.lengths)
        terms, names = self.terms, self.names
        row = terms[i].toarray().ravel()
        overlap = terms @ (row * self.weight)
        shared_terms = terms @ row
        # Names of i that j lacks, and names of j that i lacks.
        names_missing_in_j = self.name_count[i] - terms @ names[i].toarray().ravel()
        names_missing_in_i = self.name_count - names @ row
        shared_numbers = self.numbers @ self.numbers[i].toarray().ravel()
        predicates = self.predicates[i].toarray().ravel()
        predicate_overlap = self.predicates @ (predicates * self.weight)
        shared_bigrams = self.bigrams @ self.bigrams[i].toarray().ravel()

        def share(part: np.ndarray, whole: np.ndarray) -> np.ndarray:
            shares: np.ndarray = np.divide(part, whole, out=np.zeros(n), where=whole > 0)
            return shares

        small = np.minimum(self.mass, self.mass[i])
        large = np.maximum(self.mass, self.mass[i])
        predicate_small = np.minimum(self.predicate_mass, self.predicate_mass[i])
        predicate_large = np.maximum(self.predicate_mass, self.predicate_mass[i])
        few = np.minimum(self.bigram_count, self.bigram_count[i])
        many = np.maximum(self.bigram_count, self.bigram_count[i])
        union = self.term_count + self.term_count[i] - shared_terms
        numbers_unmatched = self.number_count + self.number_count[i] - 2.0 * shared_numbers
        numbers_conflict = (self.number_count > 0) & (self.number_count[i] > 0)
        numbers_conflict &= numbers_unmatched > 0
        names_unmatched = np.maximum(names_missing_in_j, 0.0) + np.maximum(names_missing_in_i, 0.0)
        negation_differs = (self.negated != self.negated[i]).astype(np.float64)
        predicate_share = share(predicate_overlap, predicate_large)
        numbers_conflict = numbers_conflict.astype(np.float64)
        names_conflict = ((names_missing_in_j > 0) & (names_missing_in_i > 0)).astype(np.float64)
        soft_columns: list[np.ndarray] = []
        if soft:
            # Term evidence: a word held by both, or by one side only (see EVIDENCE_FEATURES).
            shared_evidence, unmatched_evidence, kl = self.evidence().T
            evidence_shared = terms @ (row * shared_evidence)
            kl_shared = terms @ (row * kl)
            if contained:  # only the smaller sentence's words can be unmatched
                small_is_i = self.mass[i] <= self.mass
                own_unmatched = np.where(
                    small_is_i, row @ unmatched_evidence, terms @ unmatched_evidence
                )
                evidence_unmatched = own_unmatched - terms @ (row * unmatched_evidence)
                kl_whole = np.where(small_is_i, row @ kl, terms @ kl)
            else:
                evidence_unmatched = (
                    terms @ unmatched_evidence
                    + row @ unmatched_evidence
                    - 2.0 * (terms @ (row * unmatched_evidence))
                )
                kl_whole = terms @ kl + row @ kl - kl_shared
            soft_columns = [
                self.vector_cosine(i),
                evidence_shared,
                evidence_unmatched,
                share(kl_shared, kl_whole),
            ]
        if contained:
            small_is_i = self.mass[i] <= self.mass
            numbers_left = np.where(small_is_i, self.number_count[i], self.number_count)
            numbers_left = numbers_left - shared_numbers
            names_left = np.where(small_is_i, names_missing_in_j, names_missing_in_i)
            numbers_conflict = (
                (self.number_count > 0) & (self.number_count[i] > 0) & (numbers_left > 0)
            ).astype(np.float64)
            contain = share(overlap, small)
            left = np.maximum(small - overlap, 0.0) / 10.0
            predicate_share = share(predicate_overlap, predicate_small)
            bigram_share = share(shared_bigrams, few)
            return np.column_stack(
                [
                    contain,
                    contain,
                    left,
                    left,
                    predicate_share,
                    predicate_share,
                    bigram_share,
                    bigram_share,
                    share(shared_terms, np.minimum(self.term_count, self.term_count[i])),
                    np.log1p(np.maximum(numbers_left, 0.0)),
                    numbers_conflict,
                    np.log1p(np.maximum(names_left, 0.0)),
                    names_conflict,
                    negation_differs,
                    negation_differs * predicate_share,
                    numbers_conflict * predicate_share,
                    np.zeros(n),
                    *soft_columns,
                ]
            )
        return np.column_stack(
            [
                share(overlap, small),
                share(overlap, large),
                np.maximum(small - overlap, 0.0) / 10.0,
                np.maximum(large - overlap, 0.0) / 10.0,
                share(predicate_overlap, predicate_small),
                predicate_share,
                share(shared_bigrams, few),
                share(shared_bigrams, many),
                share(shared_terms, union),
                np.log1p(numbers_unmatched),
                numbers_conflict,
                np.log1p(names_unmatched),
                names_conflict,
                negation_differs,
                negation_differs * predicate_share,
                numbers_conflict * predicate_share,
                np.abs(np.log(self.lengths / self.lengths[i])),
                *soft_columns,
            ]
        )


# Sentences compared with a pick when the caller narrows them by a cheap similarity: more than any
# fact has statements in a news cluster (25 outlets, a few sentences each), so in clusters of up to
# this many sentences nothing is left out, and in a huge one the work per pick stays bounded.
MAX_CANDIDATES = 500


def top_candidates(similarity: np.ndarray, limit: int = MAX_CANDIDATES) -> np.ndarray:
    """The sentences worth comparing with a pick: those sharing a term, at most ``limit`` of them.

    Parameters
    ----------
    similarity : numpy.ndarray
        Any similarity of the pick to every sentence that is 0 when they share no term (the
        score stage's TF-IDF cosine: the row MMR computes anyway).
    limit : int
        At most this many, the most similar first (ties to the earlier sentence).

    Returns
    -------
    numpy.ndarray
        Sorted sentence indices, for :meth:`StatementIndex.probability`'s ``candidates``.
    """
    import numpy as np

    sharing = np.flatnonzero(similarity > 0)
    if len(sharing) > limit:
        order = np.lexsort((sharing, -similarity[sharing]))
        sharing = np.sort(sharing[order[:limit]])
    return sharing


class StatementIndex:
    """Sentences of one cluster, prepared once for the same-statement relation (linear memory).

    Building it only stores the texts. The first :meth:`probability` without ``candidates``
    analyses every sentence once (kept for later calls); with ``candidates`` only those
    sentences and ``i`` are analysed, and every other entry is 0: a caller that already knows
    which sentences share terms with ``i`` (the TF-IDF rows of the score stage) pays for those
    alone.

    Parameters
    ----------
    texts : sequence of str
        The sentences, in any order; positions are the indices of :meth:`probability`.
    language : str
        Language of the background frequencies, spellings and model; ``"en"`` is shipped.
    model : str, optional
        ``"same"`` (news paraphrase weights) or ``"fact"`` (same-fact weights, see ``MODEL``);
        ``MODEL`` when ``None``.
    common_zipf : float, optional
        Words at least this common (Zipf) weigh nothing; the model's value when ``None`` (the
        training script varies it).
    term_evidence : mapping, optional
        term -> (evidence when both hold it, evidence when one side lacks it, KL weight), with an
        ``OTHER_TERM`` entry for the rest; the shipped ``data/<language>/same_terms.txt`` when
        ``None`` (the training script passes tables learned on its training folds).

    Examples
    --------
    >>> index = StatementIndex([
    ...     "The council approved the new budget of 4 million euros on Tuesday.",
    ...     "On Tuesday the council approved a new 4 million euro budget.",
    ...     "The mayor resigned after the vote on the harbour project.",
    ... ])
    >>> index.same(0).tolist()
    [True, True, False]
    """

    def __init__(
        self,
        texts: Sequence[str],
        *,
        language: str = "en",
        common_zipf: float | None = None,
        model: str | None = None,
        term_evidence: TermEvidence | None = None,
    ) -> None:
        self.model = MODEL if model is None else model
        if self.model not in _MODELS:
            raise ConfigError(f"model must be one of {', '.join(_MODELS)}; got {self.model!r}")

        self.language = language
        self.texts = tuple(texts)
        self.n = len(self.texts)
        # The model is read when first needed: features alone (training) do not need it.
        self._floor = _model(language).common_zipf if common_zipf is None else common_zipf
        self._evidence = term_evidence
        self._all: _Block | None = None

    def __len__(self) -> int:
        return self.n

    def _rows(self, i: int, candidates: np.ndarray | Sequence[int] | None) -> np.ndarray | None:
        """The rows to analyse for sentence ``i``, sorted, ``i`` included; None for all."""
        import numpy as np

        if not 0 <= i < self.n:
            raise IndexError(f"sentence index {i} out of range for {self.n} sentences")
        if candidates is None:
            return None
        chosen = np.asarray(candidates)
        if chosen.dtype == bool:
            if chosen.shape != (self.n,):
                raise ValueError(f"a candidates mask needs {self.n} entries; got {chosen.shape}")
            chosen = np.flatnonzero(chosen)
        return np.union1d(chosen.astype(np.int64), [i])

    def _block(self, rows: np.ndarray | None) -> _Block:
        chunks = _chunks(self.language)
        if rows is None:
            if self._all is None:
                self._all = _Block(self.texts, chunks, self._floor, self._evidence)
            return self._all
        return _Block([self.texts[r] for r in rows], chunks, self._floor, self._evidence)

    def features(self, i: int, candidates: np.ndarray | Sequence[int] | None = None) -> np.ndarray:
        """The features of sentence ``i`` against every sentence: an (n, len(FEATURES)) array.

        Rows outside ``candidates`` (when given) are NaN.
        """
        import numpy as np

        rows = self._rows(i, candidates)
        if rows is None:
            return self._block(None).features(i)
        values = np.full((self.n, len(FEATURES)), np.nan)
        values[rows] = self._block(rows).features(int(np.searchsorted(rows, i)))
        return values

    def probability(
        self,
        i: int,
        candidates: np.ndarray | Sequence[int] | None = None,
        *,
        contained: bool = False,
    ) -> np.ndarray:
        """P(sentence ``i`` and each sentence ``j`` state the same fact); entry ``i`` is 1.0.

        Parameters
        ----------
        i : int
            Position of the sentence in ``texts``.
        candidates : array of int or bool mask, optional
            Only these sentences are compared (others get 0.0); all when ``None``.
        contained : bool
            Also count a pair where the larger sentence states the smaller one's fact and adds
            more (the larger of the two probabilities, see :meth:`_Block.features`). For
            redundancy: a short sentence restating part of a picked one adds nothing. Not for
            citations: news paraphrase judges say a sentence that adds a clause does not state
            the same thing (on msrp_train, with it, precision falls from .85 to .74 at 0.69).

        Returns
        -------
        numpy.ndarray
            float64, one entry per sentence, in [0, 1].
        """
        import numpy as np

        rows = self._rows(i, candidates)
        if rows is None:
            probability = self._score(self._block(None), i, contained)
        else:
            probability = np.zeros(self.n)
            local = int(np.searchsorted(rows, i))
            probability[rows] = self._score(self._block(rows), local, contained)
        probability[i] = 1.0
        return probability

    def _score(self, block: _Block, i: int, contained: bool = False) -> np.ndarray:
        """The model's probability for row ``i`` of the block against each row, with the rule:
        statements of opposite polarity are never the same (a learned weight cannot say it: the
        news paraphrase pairs hold few such flips, and most of them say the negative in a word).

        With ``model="fact"`` the same-fact weights (``fact_model.txt``) score the pair view and
        the contained view's extra features together; ``contained`` then scores the contained
        view alone as well and takes the larger."""
        import numpy as np

        if self.model == "fact":
            fact = _fact_model(self.language)
            weights = np.array(fact.coefficients)
            score = block.fact_features(i) @ weights + fact.intercept
            if contained:
                inner = block.fact_features(i, contained=True) @ weights + fact.intercept
                np.maximum(score, inner, out=score)
        else:
            model = _model(self.language)
            coefficients = np.array(model.coefficients)
            score = block.features(i) @ coefficients + model.intercept
            if contained:
                np.maximum(
                    score,
                    block.features(i, contained=True) @ coefficients + model.intercept,
                    out=score,
                )
        probability = np.asarray(1.0 / (1.0 + np.exp(-score)), dtype=np.float64)
        probability[block.opposite(i)] = 0.0
        return probability

    def same(
        self,
        i: int,
        threshold: float = SAME_THRESHOLD,
        candidates: np.ndarray | Sequence[int] | None = None,
        *,
        contained: bool = False,
    ) -> np.ndarray:
        """Which sentences state the same fact as sentence ``i`` (itself included): a bool mask."""
        if not 0.0 < threshold <= 1.0:
            raise ConfigError(f"threshold must be in (0, 1]; got {threshold}")
        mask: np.ndarray = self.probability(i, candidates, contained=contained) >= threshold
        return mask


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a pair was judged as it was: each feature's value and its contribution (log-odds)."""

    probability: float
    same: bool
    intercept: float
    features: tuple[tuple[str, float, float], ...]  # (name, value, coefficient * value)
    rule: str | None = None  # a rule that decided over the model ("opposite polarity")
    contained_probability: float = 0.0  # with ``contained=True``: the larger states the smaller

    def __str__(self) -> str:
        lines = [f"probability {self.probability:.3f} -> {'same' if self.same else 'different'}"]
        if self.rule:
            lines.append(f"  rule: {self.rule} (the model's features below are overruled)")
        lines.append(f"  contained view: {self.contained_probability:.3f}")
        lines.append(f"  {'intercept':<18} {'':>8} {self.intercept:+.3f}")
        lines += [f"  {name:<18} {value:8.3f} {part:+.3f}" for name, value, part in self.features]
        return "\n".join(lines)


def explain(a: str, b: str, *, language: str = "en") -> Explanation:
    """The decision on one pair with its reasons: every feature, its value and its contribution.

    Parameters
    ----------
    a, b : str
        Two sentences.
    language : str
        As for :class:`StatementIndex`.

    Returns
    -------
    Explanation
        ``str()`` of it is a small table.
    """
    index = StatementIndex([a, b], language=language, model="same")
    values = index.features(0)[1]
    opposite = bool(index._block(None).opposite(0)[1])
    probability = float(index.probability(0)[1])
    contained_probability = float(index.probability(0, contained=True)[1])
    model = _model(language)
    coefficients = model.coefficients
    return Explanation(
        probability=probability,
        same=probability >= SAME_THRESHOLD,
        intercept=model.intercept,
        features=tuple(
            (name, float(value), float(value * coefficient))
            for name, value, coefficient in zip(FEATURES, values, coefficients)
        ),
        rule="opposite polarity" if opposite else None,
        contained_probability=contained_probability,
    )


def fact_features(index: StatementIndex, i: int) -> np.ndarray:
    """The same-fact features of sentence ``i`` against every sentence: (n, len(FACT_FEATURES))."""

    return index._block(None).fact_features(i)


def same_statement(a: str, b: str, *, language: str = "en") -> float:
    """The probability that two sentences state the same fact.

    Parameters
    ----------
    a, b : str
        Two sentences.
    language : str
        As for :class:`StatementIndex`.

    Returns
    -------
    float
        In [0, 1]; the pair counts as the same statement from ``SAME_THRESHOLD`` on.
    """
    return float(StatementIndex([a, b], language=language).probability(0)[1])
