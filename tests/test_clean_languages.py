"""Cleaning of German, French, Spanish and Italian page furniture: bylines and date lines.

Our own invented articles, each with a headline, a byline, a date line on top and an update line
at the bottom, as the outlets of each language write them (``data/<lang>/bylines.txt`` and
``date_labels.txt``). They are removed with a reason, as English bylines and ``Updated ...``
lines are, and the prose stays.
"""

from __future__ import annotations

import pytest

from summarizer import Document, summarize
from summarizer.clean import clean_document
from summarizer.text import kept_spans, parse_date

ARTICLES = {
    "de": (
        "Deich bei Ostermoor gebrochen\n\n"
        "Von Anna Muster und Jan von Beispiel, Nordpresse\n\n"
        "16. März 2025, 10:32 Uhr\n\n"
        "Bei Ostermoor ist am Sonntagmorgen ein Deich gebrochen. Rund 400 Anwohner mussten ihre "
        "Häuser verlassen.\n\n"
        "Die Feuerwehr schloss die Bruchstelle am Abend mit Sandsäcken.\n\n"
        "Aktualisiert am 16.03.2025 um 18:05 Uhr\n"
    ),
    "fr": (
        "Valmorin rend ses bus gratuits\n\n"
        "Par Jean Dupont et Léa de La Roche | Le Courrier de Valmorin\n\n"
        "Publié le 13 juin 2025 à 08h15\n\n"
        "Le conseil municipal de Valmorin a voté jeudi soir la gratuité des bus. La mesure entrera "
        "en vigueur le 1er janvier.\n\n"
        "La ville compte financer la mesure par une hausse du versement mobilité.\n\n"
        "Mis à jour le 13 juin 2025 à 10h32\n"
    ),
    "es": (
        "Descarrila un tren en Villanueva del Cerro\n\n"
        "Por María López y Juan Pérez\n\n"
        "Actualizado: 07/10/2025 10:32\n\n"
        "Un tren de cercanías descarriló el martes por la mañana en Villanueva del Cerro. Tres "
        "pasajeros resultaron heridos.\n\n"
        "La línea permanecerá cortada al menos hasta el jueves.\n\n"
        "Publicado el 7 de octubre de 2025 a las 9:40\n"
    ),
    "it": (
        "Riapre il ponte di Castelvarco\n\n"
        "di Marco Rossi\n\n"
        "Aggiornato il 24 maggio 2025 alle 10:32\n\n"
        "Il ponte sul fiume Serra è stato riaperto sabato mattina dopo due anni di lavori. Il "
        "traffico è tornato regolare.\n\n"
        "I lavori sono costati 14 milioni di euro.\n\n"
        "Domenica 25 maggio 2025\n"
    ),
}
# language -> (the byline's names, the date of the article)
EXPECTED = {
    "de": ("Anna Muster und Jan von Beispiel", "2025-03-16"),
    "fr": ("Jean Dupont et Léa de La Roche", "2025-06-13"),
    "es": ("María López y Juan Pérez", "2025-10-07"),
    "it": ("Marco Rossi", "2025-05-25"),
}


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_bylines_and_date_lines_are_removed_with_reasons(language: str) -> None:
    document = clean_document(Document(ARTICLES[language]))
    reasons = [removal.reason for removal in document.removed]
    assert reasons == ["headline", "byline", "header", "header"], document.removed
    kept = [document.text[s:e] for s, e in kept_spans(document)]
    assert len(kept) == 2 and all(text.endswith(".") for text in kept), kept
    names, date = EXPECTED[language]
    assert document.byline == names
    assert document.date == date


def test_the_outlet_after_a_byline_is_the_source() -> None:
    assert clean_document(Document(ARTICLES["fr"])).source == "Le Courrier de Valmorin"
    assert clean_document(Document(ARTICLES["de"])).source == "Nordpresse"


def test_an_update_line_gives_the_date_only_when_no_other_does() -> None:
    text = "Par Jean Dupont\n\nMis à jour le 14 juin 2025 à 10h32\n\nLe conseil a voté la mesure."
    assert clean_document(Document(text)).date == "2025-06-14"


@pytest.mark.parametrize(
    "line",
    [
        "Von den 400 Anwohnern kehrten am Abend die ersten zurück.",
        "Von Montag an fahren die Busse wieder nach Plan.",
        "Par ailleurs, la ville étudie une navette de nuit.",
        "Por la tarde, los técnicos revisaron las agujas.",
        "Di notte il ponte resterà illuminato.",
        "Am 16. März 2025 brach der Deich auf 30 Metern Länge.",
        "Le 13 juin 2025, la mesure a été votée à l'unanimité.",
    ],
)
def test_prose_that_opens_like_a_byline_or_holds_a_date_is_kept(line: str) -> None:
    text = f"Erster Absatz eines Artikels über ein Ereignis.\n\n{line}\n\nEin letzter Satz."
    document = clean_document(Document(text))
    assert all(line not in removal.text for removal in document.removed), document.removed


@pytest.mark.parametrize(
    "line",
    [
        "03/16/2025 10:32",  # an English outlet's numeric date: left as it was
        "Di Maio Wins the Vote",  # a headline, not a byline: English is read as before
    ],
)
def test_english_lines_are_read_as_before(line: str) -> None:
    text = f"Officials said the vote was close.\n\n{line}\n\nThe count ended late on Monday."
    document = clean_document(Document(text))
    assert all(removal.reason not in ("byline", "header") for removal in document.removed)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("16. März 2025, 10:32 Uhr", "2025-03-16"),
        ("Mis à jour le 1er juin 2025 à 10h32", "2025-06-01"),
        ("7 de octubre de 2025", "2025-10-07"),
        ("Aggiornato il 24 maggio 2025", "2025-05-24"),
        ("3. Jänner 2024", "2024-01-03"),  # a variant spelling of a month
    ],
)
def test_dates_with_the_month_named_in_another_language(value: str, expected: str) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        ("05/03/2025", None, "2025-05-03"),  # language unknown: month first, as US outlets
        ("05/03/2025", "en", "2025-05-03"),
        ("05/03/2025", "de", "2025-03-05"),
        ("05/03/2025", "fr", "2025-03-05"),
        ("05-03-2025", "es", "2025-03-05"),
        ("5/3/25", "it", "2025-03-05"),
        ("03/25/2025", "fr", "2025-03-25"),  # a field over 12 decides in any language
        ("25/03/2025", "en", "2025-03-25"),
        ("05.03.2025", "en", "2025-03-05"),  # dotted: day first in every language
        ("31/04/2025", "fr", None),  # no such day
    ],
)
def test_numeric_dates_are_read_as_the_language_writes_them(
    value: str, language: str | None, expected: str | None
) -> None:
    assert parse_date(value, language) == expected


def test_the_day_first_setting_is_data() -> None:
    from summarizer.lexicon import get_lexicon

    assert not get_lexicon("en").day_first
    assert all(get_lexicon(language).day_first for language in ("de", "fr", "es", "it"))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Publié le 05/03/2025 à 08h00", "2025-03-05"),
        ("Veröffentlicht am 05/03/2025", "2025-03-05"),
        ("Publicado el 05/03/2025", "2025-03-05"),
        ("Published: 05/03/2025", "2025-05-03"),
    ],
)
def test_a_date_line_is_read_in_its_label_s_language(line: str, expected: str) -> None:
    text = f"{line}\n\nLe conseil municipal de Valmorin a voté le budget de la ville."
    assert clean_document(Document(text)).date == expected


def test_a_document_s_numeric_date_is_read_in_its_language() -> None:
    text = (
        "Le conseil municipal de Valmorin a voté mardi le budget de la ville pour l'année. "
        "Les travaux du nouveau pont commenceront au printemps, selon le maire."
    )
    briefing = summarize([Document(text, date="05/03/2025"), Document(text, date="05/03/2025")])
    assert briefing.language == "fr"
    assert {document.date for document in briefing.documents} == {"2025-03-05"}
    english = "The Valmorin council approved the city budget for the year on Tuesday evening."
    assert summarize([Document(english, date="05/03/2025")]).documents[0].date == "2025-05-03"


def test_a_german_briefing_holds_no_byline_or_date_line() -> None:
    second = ARTICLES["de"].replace("Rund 400", "Etwa 400").replace("Anna Muster", "Eva Probe")
    briefing = summarize([ARTICLES["de"], second])
    assert briefing.language == "de"
    for point in briefing.points:
        assert "Muster" not in point.text and "Uhr" not in point.text
