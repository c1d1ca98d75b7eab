#!/usr/bin/env python
"""Write the background tables of summarizer/data/<lang>/ from the ``wordfreq`` package (dev only).

    pip install wordfreq==3.1.1
    python benchmarks/make_background.py            # rewrites the two English files below
    python benchmarks/make_background.py de fr      # data/de/background.txt, data/fr/background.txt
    python benchmarks/make_background.py --stems    # data/en/stems.txt alone (no wordfreq needed)

For German, French, Spanish and Italian only ``background.txt`` is written (the spelling pairs are
English rules), from Zipf ``OTHER_FLOOR`` up: the tables stay about 300 kB each, and a word under
the floor reads as rare (``summarizer.background`` takes half a unit under a table's lowest value).

``summarizer/data/en/background.txt``
    Background word frequencies: how common a word is in English at large (wordfreq's blend of
    news, Wikipedia, books, subtitles, web and social text), as a Zipf value (log10 of uses per
    billion words). The package reads it to weigh words by what they tell outside the cluster at
    hand: a name every article of an event repeats keeps its weight, unlike an IDF taken from the
    cluster. Words of Zipf >= ``FLOOR`` only (rarer ones read as "rare"), grouped by value, one line
    per value to keep the file small.

``summarizer/data/en/stems.txt``
    The same frequencies per stem of the score stage (Snowball's Porter, PyStemmer; the Zipf of
    the stem's commonest word), which is how the same-statement relation weighs its terms.

``summarizer/data/en/spelling.txt``
    British -> American spelling pairs (organise -> organize, colour -> color, scepticism ->
    skepticism ...): rewrite rules applied to every word wordfreq knows, kept only when the
    rewritten word is a word wordfreq knows too and the two are used at comparable rates (so
    "wise" -> "wize" or "four" -> "for" never enter).

Deterministic: same wordfreq version, same files.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# Run from a checkout without installing: the repository's own package comes first.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DATA_ROOT = Path(__file__).resolve().parent.parent / "summarizer" / "data"
DATA = DATA_ROOT / "en"
# Rarer than this (about one use in 100 million words) a word reads as rare: its exact value says
# little, and the table stays under a megabyte.
FLOOR = 2.0
# The other languages' floor: their key terms need the everyday words (Zipf 5.5 and up) and the
# common ones, not the long tail; German's table would be 1.8 MB at 2.0 (its compounds).
OTHER_FLOOR = 3.0
# Language names for the other tables' headers.
_NAMES = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian"}
# A word of another language: letters, an inner apostrophe ("aujourd'hui"); no digits.
_OTHER_WORD = re.compile(r"^[^\W\d_]+(?:'[^\W\d_]+)?$")
# Both spellings must be in use, and the variant at most this many Zipf units rarer than the
# commoner form: British and American forms of one word are both in wordfreq's English at
# comparable rates, a rewrite that lands on an unrelated rare string (wise -> wize) is not.
VARIANT_MIN_ZIPF = 1.5
VARIANT_MAX_GAP = 2.5
# The British form may be rarer than that (denuclearisation, 1.3) when its American form is in use:
# every word wordfreq lists (down to 1.0) is a candidate.
BRITISH_MIN_ZIPF = 1.0
# Rewrites that land on another word (French and proper names: Chartres is not charters).
_NOT_VARIANTS = frozenset(
    [
        "autour",
        "beltre",
        "castres",
        "chartres",
        "haem",
        "lettres",
        "mestre",
        "quatre",
        "scheller",
        "silvestre",
        "sylvestre",
        "ventre",
    ]
)
_WORD = re.compile(r"^[a-z]+(?:'[a-z]+)?$")

# (British ending, American ending, minimum length of what comes before the ending)
_RULES = (
    ("isation", "ization", 3),
    ("isations", "izations", 3),
    ("ise", "ize", 4),
    ("ised", "ized", 4),
    ("ises", "izes", 4),
    ("ising", "izing", 4),
    ("iser", "izer", 4),
    ("isers", "izers", 4),
    ("yse", "yze", 3),
    ("ysed", "yzed", 3),
    ("ysing", "yzing", 3),
    ("our", "or", 3),
    ("ours", "ors", 3),
    ("oured", "ored", 3),
    ("ouring", "oring", 3),
    ("ourite", "orite", 2),
    ("ourites", "orites", 2),
    ("ourable", "orable", 2),
    ("ourful", "orful", 3),
    ("ourless", "orless", 3),
    ("ourism", "orism", 3),
    ("ourhood", "orhood", 3),
    ("ourhoods", "orhoods", 3),
    ("tre", "ter", 3),
    ("tres", "ters", 3),
    ("ogue", "og", 3),
    ("ogues", "ogs", 3),
    ("ence", "ense", 3),
    ("ences", "enses", 3),
    ("elled", "eled", 2),
    ("elling", "eling", 2),
    ("eller", "eler", 3),
    ("ellers", "elers", 3),
    ("alled", "aled", 3),
    ("alling", "aling", 3),
    ("mme", "m", 5),
    ("mmes", "ms", 5),
)
# Inner rewrites: (British part, American part)
_INNER = (
    ("scep", "skep"),
    ("anaem", "anem"),
    ("haem", "hem"),
    ("paed", "ped"),
    ("aesth", "esth"),
    ("oesoph", "esoph"),
    ("diarrhoe", "diarrhe"),
    ("foet", "fet"),
)


def _variants(word: str) -> list[str]:
    found = []
    for british, american, before in _RULES:
        if word.endswith(british) and len(word) - len(british) >= before:
            found.append(word[: -len(british)] + american)
    for british, american in _INNER:
        if british in word:
            found.append(word.replace(british, american, 1))
    return found


def write_other(language: str) -> int:
    """Write ``data/<language>/background.txt`` for a language other than English."""
    import wordfreq

    version = _wordfreq_version()
    bands: dict[float, list[str]] = {}
    for word in wordfreq.top_n_list(language, 10**6):
        if not _OTHER_WORD.match(word):
            continue
        value = wordfreq.zipf_frequency(word, language)
        if value >= OTHER_FLOOR:
            bands.setdefault(value, []).append(word)
    name = _NAMES[language]
    lines = [
        f"# Background word frequencies for {name}, generated by benchmarks/make_background.py",
        f"# from wordfreq {version} (Robyn Speer; data CC BY-SA 4.0: Wikipedia, subtitles, news,",
        "# books, web, Twitter, Reddit). Zipf value (log10 of uses per billion words), a tab, then",
        f"# the words of that value separated by spaces. Words rarer than Zipf {OTHER_FLOOR} are not",
        "# listed: read them as rare. Lower-case. Do not edit by hand: rerun the script.",
    ]
    for value in sorted(bands, reverse=True):
        lines.append(f"{value:.2f}\t" + " ".join(sorted(bands[value])))
    (DATA_ROOT / language / "background.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{language}/background.txt: {sum(map(len, bands.values()))} words")
    return 0


def _wordfreq_version() -> str:
    import wordfreq

    version = getattr(wordfreq, "__version__", None)
    if version is None:
        from importlib.metadata import version as _version

        version = _version("wordfreq")
    return str(version)


def write_stems(zipf: dict[str, float], pairs: dict[str, str]) -> dict[str, float]:
    """Write ``stems.txt``: each stem's Zipf value, the largest of its words' (from ``FLOOR`` up).

    The relation weighs a term (a stem of the score stage) by its commonest word, a pure function
    of the stem, so the table is made here once instead of stemming 93k words at run time. The
    stemmer is the score stage's own, so the table's keys are the stems the package makes.
    """
    from importlib.metadata import version

    from summarizer.lexicon import _SNOWBALL, _stemmer

    stem = _stemmer("en")
    stems: dict[str, float] = {}
    for word, value in zipf.items():
        if value >= FLOOR:
            key = stem(pairs.get(word, word))
            stems[key] = max(stems.get(key, 0.0), value)
    stem_bands: dict[float, list[str]] = {}
    for key, value in stems.items():
        stem_bands.setdefault(value, []).append(key)
    lines = [
        f"# Background frequency of each stem (Snowball's {_SNOWBALL['en']!r}, PyStemmer "
        + version("PyStemmer")
        + ") of the words of background.txt,",
        "# British spellings read as American (spelling.txt): the Zipf value of its commonest word.",
        "# Generated by benchmarks/make_background.py; same layout as background.txt. Do not edit by",
        "# hand: rerun the script (--stems rebuilds this file alone from the two others).",
    ]
    for value in sorted(stem_bands, reverse=True):
        lines.append(f"{value:.2f}\t" + " ".join(sorted(stem_bands[value])))
    (DATA / "stems.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return stems


def _read_table(name: str) -> list[tuple[str, str]]:
    """The data lines of ``data/en/<name>`` as (first field, rest) pairs."""
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            first, _, rest = line.replace("\t", " ", 1).partition(" ")
            rows.append((first, rest))
    return rows


def rebuild_stems() -> int:
    """``--stems``: rewrite ``stems.txt`` from the shipped ``background.txt`` and ``spelling.txt``.

    The words of ``background.txt`` are those of Zipf >= ``FLOOR``, so this gives the same table
    as a run from wordfreq (checked: it reproduced nltk's Porter table byte for byte).
    """
    zipf = {
        word: float(value)
        for value, words in _read_table("background.txt")
        for word in words.split()
    }
    pairs = dict(_read_table("spelling.txt"))
    stems = write_stems(zipf, pairs)
    print(f"stems.txt: {len(stems)} stems")
    return 0


def main(argv: list[str] | None = None) -> int:
    import sys

    languages = sys.argv[1:] if argv is None else argv
    if languages == ["--stems"]:
        return rebuild_stems()

    import wordfreq

    others = [language for language in languages if language != "en"]
    unknown = [language for language in others if language not in _NAMES]
    if unknown:
        print(f"unknown language {unknown[0]!r}; give en, {', '.join(_NAMES)}", file=sys.stderr)
        return 2
    for language in others:
        write_other(language)
    if languages and "en" not in languages:
        return 0

    words = [w for w in wordfreq.top_n_list("en", 10**6) if _WORD.match(w)]
    zipf = {w: wordfreq.zipf_frequency(w, "en") for w in words}
    version = getattr(wordfreq, "__version__", None)
    if version is None:
        from importlib.metadata import version as _version

        version = _version("wordfreq")
    DATA.mkdir(parents=True, exist_ok=True)

    bands: dict[float, list[str]] = {}
    for word, value in zipf.items():
        if value >= FLOOR:
            bands.setdefault(value, []).append(word)
    lines = [
        "# Background word frequencies for English, generated by benchmarks/make_background.py from",
        f"# wordfreq {version} (Robyn Speer; data CC BY-SA 4.0: Wikipedia, subtitles, news, books, web,",
        "# Twitter, Reddit). Zipf value (log10 of uses per billion words), a tab, then the words",
        f"# of that value separated by spaces. Words rarer than Zipf {FLOOR} are not listed: read them",
        '# as rare. Lower-case; apostrophes as in "don\'t". Do not edit by hand: rerun the script.',
    ]
    for value in sorted(bands, reverse=True):
        lines.append(f"{value:.2f}\t" + " ".join(sorted(bands[value])))
    (DATA / "background.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")

    pairs: dict[str, str] = {}
    for word in sorted(zipf):
        if zipf[word] < BRITISH_MIN_ZIPF or word in _NOT_VARIANTS:
            continue
        for variant in _variants(word):
            other = zipf.get(variant, 0.0)
            if other < VARIANT_MIN_ZIPF or variant == word:
                continue
            if abs(zipf[word] - other) > VARIANT_MAX_GAP:
                continue
            pairs.setdefault(word, variant)
    lines = [
        "# British -> American spellings of English words, generated by benchmarks/make_background.py",
        f"# from wordfreq {version}: rewrite rules (-ise/-ize, -our/-or, -tre/-ter, -ogue/-og, -ence/-ense,",
        "# -lled/-led, scep/skep ...) kept where both forms are words in use at comparable rates.",
        "# One pair a line: the British form, a space, the American form. The relation reads both as",
        "# the American form. Do not edit by hand: rerun the script (or add rules there).",
    ]
    lines += [f"{word} {pairs[word]}" for word in sorted(pairs)]
    (DATA / "spelling.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")

    stems = write_stems(zipf, pairs)
    print(
        f"background.txt: {sum(map(len, bands.values()))} words; spelling.txt: {len(pairs)} pairs; "
        f"stems.txt: {len(stems)} stems"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
