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
names one states and the other does not, a negation on one side only, and the length ratio. A
logistic regression combines them; its coefficients are trained by ``benchmarks/train_same.py`` on
news paraphrase pairs (the Microsoft Research Paraphrase Corpus, training part) and shipped as
``data/en/same_model.txt``. Every feature is symmetric in the two sentences.

Linear: the index holds a few sparse matrices with one row per sentence; :meth:`probability` is a
handful of sparse matrix-vector products (one sentence against all), never an n-by-n matrix.
:func:`explain` shows every feature of a pair and its contribution to the decision.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .background import RARE_ZIPF, background_zipf, spelling_variants
from .errors import ConfigError, ResourceError

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np
    from scipy.sparse import csr_matrix

__all__ = [
    "FEATURES",
    "SAME_THRESHOLD",
    "Explanation",
    "StatementIndex",
    "explain",
    "same_statement",
]

# Probability from which two sentences count as the same statement: the lowest threshold at which
# the 10-fold cross-validated precision on news paraphrase pairs reaches 0.85 (benchmarks/
# train_same.py: P .855, R .727, acc .732). Precision first, because a wrong citation misleads
# the reader and a missing one only under-reports; above it recall falls faster than precision
# rises (0.72: P .876, R .678).
SAME_THRESHOLD = 0.67

# The features, in the order of the model file (each symmetric in the two sentences).
FEATURES = (
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
    "negation_differs",  # one sentence negated, the other not (0/1)
    "length_ratio",  # |ln(words a / words b)|
)

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
_NEGATIONS = frozenset(["not", "no", "never", "neither", "nor", "none", "nothing", "without"])
# Contractions: "won't" is "will" negated, "they'll" is "they will".
_NEGATED_VERBS = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}
_CONTRACTED = {"re": "are", "ll": "will", "ve": "have", "m": "am", "d": "would"}
# Marks around a chunk that are not part of a written form ("(U.S.)," is "U.S.").
_EDGES = "\"'“”‘’`()[]{},;:!?"
# Term kinds in a chunk's analysis.
_TERM, _NUMBER, _NEGATION = 0, 1, 2


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


@lru_cache(maxsize=1)
def _porter() -> Callable[[str], str]:
    from nltk.stem.porter import PorterStemmer

    stem: Callable[[str], str] = PorterStemmer().stem
    return stem


class _Chunks(dict[str, "tuple[tuple[int, str, str, bool], ...]"]):
    """chunk as written -> its items (kind, term, word, capitalised); filled on first sight.

    A chunk is a run of non-space characters; news repeats its chunks, so each is analysed once
    per process (the analysis is a pure function of the chunk: the cache never changes a result).
    """

    def __init__(self, language: str) -> None:
        super().__init__()
        self.spelling = spelling_variants(language)
        self.forms = _forms(language)
        self.stems: dict[str, str] = {}

    def __missing__(self, chunk: str) -> tuple[tuple[int, str, str, bool], ...]:
        core = chunk.strip(_EDGES)
        form = self.forms.get(core) or self.forms.get(core.lower())
        if form is None and core.endswith("."):  # "U.S." ending a sentence: "U.S.." or "U.S"
            form = self.forms.get(core[:-1]) or self.forms.get(core[:-1].lower())
        if form is not None:
            capital = core[:1].isupper()
            found = tuple((_TERM, self._stem(word), word, capital) for word in form.split())
        else:
            found = tuple(self._items(chunk.replace("%", " percent")))
        if len(self) >= 1 << 18:
            self.clear()
        self[chunk] = found
        return found

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
            items.append((_TERM, self._stem(lower), lower, word[0].isupper()))
        return items

    def _stem(self, word: str) -> str:
        stem = self.stems.get(word)
        if stem is None:
            stem = self.stems[word] = _porter()(word)
        return stem


_CHUNKS: dict[str, _Chunks] = {}


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


def _number(text: str) -> str:
    """A number as one spelling: thousands separators dropped, a trailing zero fraction too."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        text = text.replace(",", "")
    if "." in text:
        text = text.rstrip("0").rstrip(".") or "0"
    return text


class _Vocabulary(dict[str, int]):
    """term -> column; a new term gets the next column."""

    def __missing__(self, term: str) -> int:
        column = self[term] = len(self)
        return column


class StatementIndex:
    """Sentences of one cluster, prepared once for the same-statement relation (linear memory).

    Parameters
    ----------
    texts : sequence of str
        The sentences, in any order; positions are the indices of :meth:`probability`.
    language : str
        Language of the background frequencies, spellings and model; ``"en"`` is shipped.
    common_zipf : float, optional
        Words at least this common (Zipf) weigh nothing; the model's value when ``None`` (the
        training script varies it).

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
        self, texts: Sequence[str], *, language: str = "en", common_zipf: float | None = None
    ) -> None:
        import numpy as np
        from scipy.sparse import csr_matrix

        model = _model(language)
        chunks = _CHUNKS.get(language)
        if chunks is None:
            chunks = _CHUNKS[language] = _Chunks(language)
        zipf = background_zipf(language)
        self.language = language
        self.n = n = len(texts)
        terms, numbers, bigrams = _Vocabulary(), _Vocabulary(), _Vocabulary()
        term_rows: list[int] = []
        term_cols: list[int] = []
        is_name: list[bool] = []
        name_rows: list[int] = []
        name_cols: list[int] = []
        number_rows: list[int] = []
        number_cols: list[int] = []
        bigram_rows: list[int] = []
        bigram_cols: list[int] = []
        negated = np.zeros(n, dtype=bool)
        lengths = np.zeros(n, dtype=np.float64)
        commonest: dict[str, float] = {}  # term -> Zipf of its commonest word seen
        for row, text in enumerate(texts):
            if "per cent" in text:
                text = text.replace("per cent", "percent")
            previous = ""
            count = 0
            for position, chunk in enumerate(text.split()):
                for kind, term, word, capital in chunks[chunk]:
                    count += 1
                    if kind == _NUMBER:
                        number_rows.append(row)
                        number_cols.append(numbers[term])
                        previous = ""
                        continue
                    if kind == _NEGATION:
                        negated[row] = True
                        previous = ""
                        continue
                    column = terms[term]
                    term_rows.append(row)
                    term_cols.append(column)
                    value = zipf.get(word, RARE_ZIPF)
                    if value > commonest.get(term, -1.0):
                        commonest[term] = value
                    named = capital and position > 0
                    is_name.append(named)
                    if named:
                        name_rows.append(row)
                        name_cols.append(column)
                    if previous:
                        bigram_rows.append(row)
                        bigram_cols.append(bigrams[previous + " " + term])
                    previous = term
            lengths[row] = max(count, 1)

        def binary(rows: list[int], cols: list[int], width: int) -> csr_matrix:
            matrix = csr_matrix(
                (np.ones(len(rows)), (np.array(rows, dtype=np.int64), np.array(cols, np.int64))),
                shape=(n, max(width, 1)),
            )
            matrix.sum_duplicates()
            matrix.data[:] = 1.0
            return matrix

        self._terms = binary(term_rows, term_cols, len(terms))
        self._names = binary(name_rows, name_cols, len(terms))
        # The same terms without each row's names: what the sentence says of the names it cites.
        self._predicates = binary(
            [r for r, named in zip(term_rows, is_name) if not named],
            [c for c, named in zip(term_cols, is_name) if not named],
            len(terms),
        )
        self._numbers = binary(number_rows, number_cols, len(numbers))
        self._bigrams = binary(bigram_rows, bigram_cols, len(bigrams))
        # A term weighs the information of its commonest word beyond that of the commonest words:
        # those (the, of, said ...) weigh nothing, and no stop list is needed.
        floor = model.common_zipf if common_zipf is None else common_zipf
        weight = np.zeros(max(len(terms), 1))
        for term, column in terms.items():
            weight[column] = max(floor - commonest[term], 0.0) * math.log(10.0)
        self._weight = weight
        self._mass = np.asarray(self._terms @ weight).ravel()
        self._predicate_mass = np.asarray(self._predicates @ weight).ravel()
        self._term_count = np.asarray(self._terms.sum(axis=1)).ravel()
        self._name_count = np.asarray(self._names.sum(axis=1)).ravel()
        self._number_count = np.asarray(self._numbers.sum(axis=1)).ravel()
        self._bigram_count = np.asarray(self._bigrams.sum(axis=1)).ravel()
        self._negated = negated
        self._lengths = lengths
        self._coefficients = np.array(model.coefficients)
        self._intercept = model.intercept

    def __len__(self) -> int:
        return self.n

    def features(self, i: int) -> np.ndarray:
        """The features of sentence ``i`` against every sentence: an (n, len(FEATURES)) array."""
        import numpy as np

        if not 0 <= i < self.n:
            raise IndexError(f"sentence index {i} out of range for {self.n} sentences")
        terms, names = self._terms, self._names
        row = terms[i].toarray().ravel()
        overlap = terms @ (row * self._weight)
        shared_terms = terms @ row
        # Names of i that j lacks, and names of j that i lacks.
        names_missing_in_j = self._name_count[i] - terms @ names[i].toarray().ravel()
        names_missing_in_i = self._name_count - names @ row
        shared_numbers = self._numbers @ self._numbers[i].toarray().ravel()
        predicates = self._predicates[i].toarray().ravel()
        predicate_overlap = self._predicates @ (predicates * self._weight)
        shared_bigrams = self._bigrams @ self._bigrams[i].toarray().ravel()

        mass_i, mass = self._mass[i], self._mass
        small = np.minimum(mass, mass_i)
        large = np.maximum(mass, mass_i)
        contain_small = np.divide(overlap, small, out=np.zeros(self.n), where=small > 0)
        contain_large = np.divide(overlap, large, out=np.zeros(self.n), where=large > 0)
        unmatched_small = np.maximum(small - overlap, 0.0) / 10.0
        unmatched_large = np.maximum(large - overlap, 0.0) / 10.0
        small = np.minimum(self._predicate_mass, self._predicate_mass[i])
        large = np.maximum(self._predicate_mass, self._predicate_mass[i])
        predicate_small = np.divide(predicate_overlap, small, out=np.zeros(self.n), where=small > 0)
        predicate_large = np.divide(predicate_overlap, large, out=np.zeros(self.n), where=large > 0)
        bigrams_i, bigrams = self._bigram_count[i], self._bigram_count
        few = np.minimum(bigrams, bigrams_i)
        many = np.maximum(bigrams, bigrams_i)
        bigram_small = np.divide(shared_bigrams, few, out=np.zeros(self.n), where=few > 0)
        bigram_large = np.divide(shared_bigrams, many, out=np.zeros(self.n), where=many > 0)
        union = self._term_count + self._term_count[i] - shared_terms
        words_jaccard = np.divide(shared_terms, union, out=np.zeros(self.n), where=union > 0)
        numbers_i, numbers = self._number_count[i], self._number_count
        numbers_unmatched = numbers + numbers_i - 2.0 * shared_numbers
        numbers_conflict = ((numbers > 0) & (numbers_i > 0) & (numbers_unmatched > 0)).astype(
            np.float64
        )
        names_unmatched = np.log1p(
            np.maximum(names_missing_in_j, 0.0) + np.maximum(names_missing_in_i, 0.0)
        )
        negation_differs = (self._negated != self._negated[i]).astype(np.float64)
        length_ratio = np.abs(np.log(self._lengths / self._lengths[i]))
        return np.column_stack(
            [
                contain_small,
                contain_large,
                unmatched_small,
                unmatched_large,
                predicate_small,
                predicate_large,
                bigram_small,
                bigram_large,
                words_jaccard,
                np.log1p(numbers_unmatched),
                numbers_conflict,
                names_unmatched,
                negation_differs,
                length_ratio,
            ]
        )

    def probability(self, i: int) -> np.ndarray:
        """P(sentence ``i`` and each sentence ``j`` state the same fact); entry ``i`` is 1.0.

        Parameters
        ----------
        i : int
            Position of the sentence in ``texts``.

        Returns
        -------
        numpy.ndarray
            float64, one entry per sentence, in [0, 1].
        """
        import numpy as np

        score = self.features(i) @ self._coefficients + self._intercept
        probability = 1.0 / (1.0 + np.exp(-score))
        probability[i] = 1.0
        return np.asarray(probability, dtype=np.float64)

    def same(self, i: int, threshold: float = SAME_THRESHOLD) -> np.ndarray:
        """Which sentences state the same fact as sentence ``i`` (itself included): a bool mask."""
        if not 0.0 < threshold <= 1.0:
            raise ConfigError(f"threshold must be in (0, 1]; got {threshold}")
        mask: np.ndarray = self.probability(i) >= threshold
        return mask


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a pair was judged as it was: each feature's value and its contribution (log-odds)."""

    probability: float
    same: bool
    intercept: float
    features: tuple[tuple[str, float, float], ...]  # (name, value, coefficient * value)

    def __str__(self) -> str:
        lines = [f"probability {self.probability:.3f} -> {'same' if self.same else 'different'}"]
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
    index = StatementIndex([a, b], language=language)
    values = index.features(0)[1]
    probability = float(index.probability(0)[1])
    coefficients = index._coefficients
    return Explanation(
        probability=probability,
        same=probability >= SAME_THRESHOLD,
        intercept=index._intercept,
        features=tuple(
            (name, float(value), float(value * coefficient))
            for name, value, coefficient in zip(FEATURES, values, coefficients)
        ),
    )


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
