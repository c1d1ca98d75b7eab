"""Tests for ``summarizer.lexicon``: every language's data folder, loading once, errors."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer import lexicon as lexicon_module
from summarizer import split as split_module
from summarizer.errors import ConfigError, ResourceError
from summarizer.lexicon import (
    LANGUAGES,
    Lexicon,
    get_lexicon,
    read_entries,
    speech_verb_pattern,
    stem,
)

DATA = Path(lexicon_module.__file__).resolve().parent / "data"

# The files every language folder holds (other stages add their own files beside these).
LEXICON_FILES = {
    "abbreviations.txt",
    "abbreviations_titles.txt",
    "calendar.txt",
    "company_followers.txt",
    "company_suffixes.txt",
    "dangling_openers.txt",
    "letters.txt",
    "noise_phrases.txt",
    "outlet_words.txt",
    "quotes.txt",
    "rules.txt",
    "sentence_starters.txt",
    "speech_verbs.txt",
    "stop_words.txt",
    "time_determiners.txt",
    "time_words.txt",
    "weekdays.txt",
    "wrap_words.txt",
}


# Files other stages read from a language's folder (score, keyterms, headline, timewords, render):
# every shipped language has them. The languages other than English also hold
# more_stop_words.txt (English takes scikit-learn's list); all hold background.txt (generated).
STAGE_FILES = {
    "attribution_adverbs.txt",
    "author_placeholders.txt",
    "briefing_words.txt",
    "calendar.txt",
    "clause_openers.txt",
    "day_parts.txt",
    "error_pages.txt",
    "explainer_titles.txt",
    "headline_rules.txt",
    "hypotheticals.txt",
    "interrupting_connectives.txt",
    "keyterm_rules.txt",
    "leading_subordinators.txt",
    "measures.txt",
    "negative_subjects.txt",
    "name_connectors.txt",
    "name_titles.txt",
    "news_words.txt",
    "no_comment.txt",
    "pro_verbs.txt",
    "wire_notes.txt",
    "not_negating.txt",
    "phrase_verbs.txt",
    "quoted_objects.txt",
    "relative_days.txt",
    "relative_pronouns.txt",
    "same_phrases.txt",
    "subject_clauses.txt",
    "subject_pronouns.txt",
    "speaker_pronouns.txt",
    "verb_relatives.txt",
}


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the data folder the lexicon reads instead of the shipped one."""
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy)
    monkeypatch.setattr(lexicon_module, "_DATA_DIR", copy)
    get_lexicon.cache_clear()
    split_module._default_rules.cache_clear()
    yield copy
    monkeypatch.undo()
    get_lexicon.cache_clear()
    split_module._default_rules.cache_clear()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_folder_is_complete_with_headers(language: str) -> None:
    folder = DATA / language
    assert LEXICON_FILES | STAGE_FILES <= {p.name for p in folder.glob("*.txt")}
    for name in LEXICON_FILES | STAGE_FILES:
        text = (folder / name).read_text(encoding="utf-8")
        assert text.startswith("# "), f"{language}/{name} has no header"
        assert "summarizer" in text.split("\n", 3)[0] + text.split("\n", 3)[1], name


@pytest.mark.parametrize("language", LANGUAGES)
def test_lexicon_loads_with_every_list_filled(language: str) -> None:
    lexicon = get_lexicon(language)
    assert isinstance(lexicon, Lexicon)
    assert lexicon.language == language
    for field in (
        "abbreviations",
        "titles",
        "sentence_starters",
        "wrap_words",
        "speech_verbs",
        "time_words",
        "time_determiners",
        "company_suffixes",
        "company_followers",
        "months",
        "stop_words",
        "dangling_openers",
        "noise_phrases",
        "opening_quotes",
        "closing_quotes",
    ):
        assert getattr(lexicon, field), field
    assert len(lexicon.weekdays) == 7 or (language == "de" and len(lexicon.weekdays) == 8)
    assert len(lexicon.stop_words) >= 100
    # Lower case where the docstring says so.
    assert all(word == word.lower() for word in lexicon.stop_words | lexicon.months)


def test_lexicon_is_read_once() -> None:
    assert get_lexicon("fr") is get_lexicon("fr")
    assert get_lexicon() == get_lexicon("en")


def test_each_language_has_its_own_words() -> None:
    assert {"der", "und"} <= get_lexicon("de").stop_words
    assert {"le", "et", "l'"} <= get_lexicon("fr").stop_words
    assert {"el", "y"} <= get_lexicon("es").stop_words
    assert {"il", "della"} <= get_lexicon("it").stop_words
    assert "the" not in get_lexicon("de").stop_words
    assert get_lexicon("de").ordinal_period and not get_lexicon("en").ordinal_period
    assert get_lexicon("fr").elision and get_lexicon("it").elision
    assert get_lexicon("fr").spaced_closing_quotes == "»"
    assert "„" in get_lexicon("de").opening_quotes


@pytest.mark.parametrize(
    ("language", "phrase"),
    [
        ("en", "advertisement"),
        ("de", "anzeige"),
        ("fr", "publicité"),
        ("es", "publicidad"),
        ("it", "pubblicità"),
    ],
)
def test_noise_phrases(language: str, phrase: str) -> None:
    assert phrase in get_lexicon(language).noise_phrases


def test_english_time_followers_compose_months_weekdays_and_time_words() -> None:
    lexicon = get_lexicon("en")
    followers = lexicon.time_followers
    assert {"tuesday", "tues", "sept", "edt", "noon"} <= followers
    assert lexicon.weekdays == {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
    assert "sun" in lexicon.weekday_abbreviations and "sun" not in lexicon.weekdays


def test_abbreviation_suffix_entries_are_apart() -> None:
    german = get_lexicon("de")
    assert "str" in german.abbreviation_suffixes
    assert not any(entry.startswith("-") for entry in german.abbreviations)
    assert get_lexicon("en").abbreviation_suffixes == ()


@pytest.mark.parametrize("language", ["nl", "EN", "", "english"])
def test_unknown_language_lists_the_known_ones(language: str) -> None:
    with pytest.raises(ConfigError, match=r"one of en, de, fr, es, it; got") as info:
        get_lexicon(language)
    assert repr(language) in str(info.value)
    assert "summarizer/data" in str(info.value)


def test_missing_file_is_a_resource_error(data_copy: Path) -> None:
    (data_copy / "es" / "speech_verbs.txt").unlink()
    with pytest.raises(ResourceError, match=r"es/speech_verbs\.txt is missing.*reinstall"):
        get_lexicon("es")
    assert get_lexicon("it").language == "it"  # the other languages still load


def test_malformed_rules_are_a_resource_error(data_copy: Path) -> None:
    (data_copy / "it" / "rules.txt").write_text(
        "ordinal_period: maybe\nelision: yes\nday_first: yes\n"
    )
    with pytest.raises(ResourceError, match="ordinal_period must be yes or no; got 'maybe'"):
        get_lexicon("it")
    (data_copy / "it" / "rules.txt").write_text("elision: yes\nday_first: yes\n")
    get_lexicon.cache_clear()
    with pytest.raises(ResourceError, match="missing ordinal_period"):
        get_lexicon("it")
    (data_copy / "it" / "rules.txt").write_text("ordinal: no\nelision: yes\nday_first: yes\n")
    get_lexicon.cache_clear()
    with pytest.raises(ResourceError, match="unknown line 'ordinal: no'"):
        get_lexicon("it")


def test_a_data_file_edit_changes_the_splitter(data_copy: Path) -> None:
    # The splitter holds no list of its own: a new abbreviation in the data file changes it.
    text = "Sie kaufte Brot, Milch usw. Dann ging sie heim."
    assert split_module.split_sentences(text, "de") == [
        "Sie kaufte Brot, Milch usw.",
        "Dann ging sie heim.",
    ]
    starters = data_copy / "de" / "sentence_starters.txt"
    lines = starters.read_text(encoding="utf-8").splitlines()
    starters.write_text("\n".join(line for line in lines if line != "Dann") + "\n")
    get_lexicon.cache_clear()
    split_module._default_rules.cache_clear()
    assert split_module.split_sentences(text, "de") == [text]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_speech_verb_pattern_matches_as_the_plain_alternation_of_its_verbs(
    language: str,
) -> None:
    verbs = sorted(word for word in get_lexicon(language).speech_verbs if word.isalpha())
    plain = re.compile(r"\b(?:" + "|".join(verbs) + r")\b", re.IGNORECASE)
    # Every verb as written, in capitals, glued to a letter or a digit, cut short, and beside
    # its neighbours in the list (shared prefixes: "say", "says", "saying").
    text = " ".join(
        f"{verb} {verb.upper()}, {verb}s x{verb} {verb}9 {verb[:-1]}; «{verb.title()}»"
        for verb in verbs
    )
    pattern = speech_verb_pattern(language)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(pattern.findall(text)) >= 3 * len(verbs)


def test_kind_and_value_lines_are_read_in_order_and_a_stray_line_is_a_resource_error(
    data_copy: Path,
) -> None:
    """One reader for every "kind: value" list (uncertain_words.txt, subject_clauses.txt,
    quoted_objects.txt): values stripped, in file order, an absent kind empty."""
    (data_copy / "en" / "uncertain_words.txt").write_text(
        "# a header\ncue:  may \njoins: and\ncue: tried to\n"
    )
    found = read_entries("en", "uncertain_words.txt", ("cue", "joins", "opens"))
    assert found == {"cue": ["may", "tried to"], "joins": ["and"], "opens": []}
    (data_copy / "en" / "uncertain_words.txt").write_text("cue: may\nmaybe\n")
    with pytest.raises(ResourceError, match=r"en/uncertain_words\.txt: cannot read 'maybe'"):
        read_entries("en", "uncertain_words.txt", ("cue",))
    (data_copy / "en" / "uncertain_words.txt").write_text("cue:\n")
    with pytest.raises(ResourceError, match="'cue: ' and a value"):
        read_entries("en", "uncertain_words.txt", ("cue",))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_word_with_a_lone_surrogate_is_its_own_stem(language: str) -> None:
    # A broken escape in JSON input ("\ud800") reaches every stage that stems a raw word; the C
    # stemmer reads UTF-8, which cannot hold it.
    assert stem("\ud800harbour", language) == "\ud800harbour"
