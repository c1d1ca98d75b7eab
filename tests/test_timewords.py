"""Tests for summarizer.timewords: the words that date a sentence from the day it was written."""

from __future__ import annotations

from importlib import resources

import pytest

from summarizer.errors import ConfigError
from summarizer.timewords import dates_another_event, day_offsets, named_days, relative_day


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The dam gates were opened yesterday after a week of rain.", "yesterday"),
        ("Monday's vote on the dam was postponed by the county board.", "Monday"),
        ("The county board met LAST  NIGHT to discuss the dam.", "LAST NIGHT"),
        ("Earlier this week the county board voted on the dam.", "Earlier this week"),
        ("The dam was finished two years ago and has leaked since.", "years ago"),
        ("The board meets on Tuesday; the dam opens on Friday.", "Tuesday"),
        # A day's name inside a newspaper's is no day; the day after it is.
        ("The engineer told The Sunday Courier about the leak on Monday.", "Monday"),
        ("The valley's Sunday Herald reported the leak yesterday.", "yesterday"),
        ("On Sunday Marta Lind opened the dam gates herself.", "Sunday"),
        # A month or a season named from the day of writing, a span back from it.
        ("The dam was last inspected during last October's dry spell.", "last October"),
        ("Last May the county board closed the dam road.", "Last May"),
        ("This summer's rain filled the dam for the first time.", "This summer"),
        ("The dam leaked twice in the past week, engineers said.", "the past week"),
        ("Earlier in the day the gates were opened.", "Earlier in the day"),
    ],
)
def test_the_first_relative_day_is_found_as_written(text: str, found: str) -> None:
    assert relative_day(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "The dam was opened on 3 March 2024 after a week of rain.",
        "Mondays and Fridays are market days in the valley town.",  # a habit, not a day
        "The Todayville county board voted on the Sundayton dam.",  # inside a longer word
        "The dam's engineer gave an interview to The Sunday Courier.",  # a newspaper's name
        "At last May agreed to open the dam gates.",  # a name after "at last"
        "This fall in the dam's level worried the engineers.",  # a fall, not autumn
        "The last march of the dam's protesters was peaceful.",  # a march, not the month
        "",
    ],
)
def test_text_without_a_relative_day_gives_an_empty_string(text: str) -> None:
    assert relative_day(text) == ""


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        # "mañana" and "morgen" are tomorrow alone, the morning after an article or "every".
        ("Cada mañana el autobús de Torrelinda llegaba con retraso.", "es", ""),
        ("El autobús salió a las siete de la mañana desde Torrelinda.", "es", ""),
        ("Una mañana el puente de Torrelinda amaneció cerrado.", "es", ""),
        ("Mañana se reabre el puente de Torrelinda.", "es", "Mañana"),
        ("El puente se reabre mañana por la mañana.", "es", "mañana"),
        ("El puente cerró esta mañana por una grieta.", "es", "esta mañana"),
        ("Jeden Morgen staut sich der Verkehr vor der Brücke in Auheim.", "de", ""),
        ("Die Brücke in Auheim wurde am frühen Morgen gesperrt.", "de", ""),
        ("Die Brücke in Auheim wird morgen wieder geöffnet.", "de", "morgen"),
        ("Die Brücke in Auheim war gestern Morgen gesperrt.", "de", "gestern Morgen"),
    ],
)
def test_a_word_in_a_phrase_of_no_day_dates_nothing(text: str, language: str, found: str) -> None:
    assert relative_day(text, language) == found


def test_the_list_is_a_data_file_with_a_header() -> None:
    lines = (resources.files("summarizer") / "data" / "en" / "relative_days.txt").read_text("utf-8")
    assert lines.startswith("# ")
    entries = [line for line in lines.splitlines() if line and not line.startswith("#")]
    assert "yesterday" in entries and all(entry == entry.lower() for entry in entries)


def test_an_unknown_language_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="no list of relative days for language 'xx'"):
        relative_day("yesterday", language="xx")


@pytest.mark.parametrize(
    ("text", "language", "days"),
    [
        ("The council approved the tram line on Tuesday evening.", "en", {"day:tuesday"}),
        ("Work begins in May, the mayor said on Wednesday.", "en", {"month:5", "day:wednesday"}),
        ("You may see the trams on the new line soon.", "en", set()),  # the verb, not the month
        (
            "Der Stadtrat hat am Montagabend die Preise zum 1. Juli erhöht.",
            "de",
            {"day:montag", "month:7"},
        ),
        ("Les chauffeurs seront en grève jeudi, le maire en mai.", "fr", {"day:jeudi", "month:5"}),
        ("Las obras empezarán el martes 3 de abril.", "es", {"day:martes", "month:4"}),
        ("Una frana ha bloccato domenica sera la strada.", "it", {"day:domenica"}),
        ("Mondays and Sundays are market days.", "en", set()),  # a habit, not a day
    ],
)
def test_named_days(text: str, language: str, days: set[str]) -> None:
    assert named_days(text, language) == days


def test_named_days_in_an_unknown_language_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="no calendar for language 'xx'"):
        named_days("Montag", "xx")


@pytest.mark.parametrize(
    ("text", "language", "offsets"),
    [
        ("The dam gates opened yesterday and close again tomorrow.", "en", [-1, 1]),
        ("The county board met LAST  NIGHT about the dam.", "en", [-1]),
        ("Today the county board voted on the dam.", "en", [0]),
        ("The Valley Today reported the vote on the dam.", "en", []),  # a newspaper's name
        ("Der Damm wurde gestern geöffnet.", "de", [-1]),
        ("La diga è stata aperta l'altro ieri.", "it", [-2]),
    ],
)
def test_days_named_by_their_distance_from_the_day_of_writing(
    text: str, language: str, offsets: list[int]
) -> None:
    assert sorted(day_offsets(text, language)) == offsets


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Tugs freed the dredger on Sunday, 36 hours after it ran aground.", True),
        ("The dam reopened on Friday, two weeks after the flood.", True),
        ("The county board met the day before the vote on the dam.", True),
        ("Tugs freed the dredger on Sunday.", False),
        ("The board met for two days in March.", False),
    ],
)
def test_a_sentence_that_dates_one_event_from_another(text: str, dated: bool) -> None:
    assert dates_another_event(text) is dated
    assert not dates_another_event(text, "de")  # no list for other languages yet
