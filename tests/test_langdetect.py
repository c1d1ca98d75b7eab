"""Tests for ``summarizer.langdetect``: short paragraphs of our own text in each language."""

from __future__ import annotations

import json

import pytest
from conftest import SHARED

from summarizer.langdetect import DETECT_CHARS, detect_language

# Short news paragraphs about invented events, two or three sentences each.
PARAGRAPHS = {
    "en": [
        (
            "The ferry left the harbour at dawn. It reached the island two hours later, "
            "and the passengers went ashore."
        ),
        "Council members voted on Tuesday to close the old bridge. Repairs will take a year.",
    ],
    "de": [
        (
            "Die Fähre hat den Hafen am Morgen verlassen. Sie erreichte die Insel zwei Stunden "
            "später, und die Fahrgäste gingen an Land."
        ),
        (
            "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu sperren. Die Reparatur "
            "dauert ein Jahr."
        ),
    ],
    "fr": [
        (
            "Le bac a quitté le port à l'aube. Il a atteint l'île deux heures plus tard, et les "
            "passagers sont descendus."
        ),
        "Le conseil municipal a voté mardi la fermeture du vieux pont. Les travaux dureront un an.",
    ],
    "es": [
        (
            "El ferry salió del puerto al amanecer. Llegó a la isla dos horas después y los "
            "pasajeros bajaron a tierra."
        ),
        "El concejo votó el martes cerrar el puente viejo. Las obras durarán un año.",
    ],
    "it": [
        (
            "Il traghetto ha lasciato il porto all'alba. È arrivato sull'isola due ore dopo e i "
            "passeggeri sono scesi a terra."
        ),
        (
            "Il consiglio comunale ha votato martedì la chiusura del vecchio ponte. I lavori "
            "dureranno un anno."
        ),
    ],
}

_CASES = [(language, text) for language, texts in PARAGRAPHS.items() for text in texts]


@pytest.mark.parametrize(("language", "text"), _CASES, ids=[c[0] for c in _CASES])
def test_short_paragraph_is_detected(language: str, text: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["", "42", "Berlin, Paris, Madrid, Roma", "UPDATE 3"])
def test_no_evidence_falls_back_to_english(text: str) -> None:
    assert detect_language(text) == "en"


def test_english_with_foreign_names_stays_english() -> None:
    text = (
        "Mayor Jean de la Fontaine said the Gran Vía project in San Sebastián would go ahead, "
        "and that the Hotel del Mar had agreed to sell its land."
    )
    assert detect_language(text) == "en"


def test_typical_letters_help_a_short_sentence() -> None:
    assert detect_language("Sí, el señor Muñoz llegó tarde.") == "es"
    assert detect_language("Die Bürger grüßen.") == "de"


def test_letters_alone_do_not_make_a_language() -> None:
    # Names with umlauts and tildes in an English headline: no German or Spanish stop word.
    assert detect_language("Müller, Björk, Peña: Zürich 2-1") == "en"


def test_possessives_and_clock_times_are_not_french() -> None:
    # "Canada's" and "a.m." hold the letters of French elisions; they are not.
    assert detect_language("1:43 a.m. EST -- Canada's pilots radio the tower.") == "en"


def test_only_the_opening_is_read() -> None:
    german = " ".join(PARAGRAPHS["de"] * 20)  # longer than the opening that is read
    assert len(german) > DETECT_CHARS
    long_text = german + " " + ("the of and to in " * 2_000)
    assert detect_language(long_text) == "de"


def test_deterministic() -> None:
    for _, text in _CASES:
        assert len({detect_language(text) for _ in range(3)}) == 1


@pytest.mark.skipif(not (SHARED / "benchmarks").is_dir(), reason="shared/benchmarks is absent")
def test_every_english_benchmark_document_is_english() -> None:
    # Detection must never move an English document to another language's rules.
    for path in sorted((SHARED / "benchmarks").glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                for document in json.loads(line)["documents"]:
                    assert detect_language(document["text"]) == "en", document["id"]


def test_the_word_cache_starting_afresh_changes_no_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Openings without typical letters are scored through a per-process word cache; emptied at
    every call (its size cap set to 1), it must give every answer it gives when kept."""
    from summarizer import langdetect

    texts = [text for paragraphs in PARAGRAPHS.values() for text in paragraphs]
    texts += ["Q. A hat pin?", "E.g. the U.S. and a.m. times", "IN THE ROOM a b c. d e f."]
    kept = [detect_language(text) for text in texts]
    monkeypatch.setattr(langdetect, "_MAX_CACHED_WORDS", 1)
    langdetect._owners().clear()
    assert [detect_language(text) for text in texts] == kept
    assert len(langdetect._owners()) <= max(len(text.split()) for text in texts)


def test_counted_words_are_the_words_less_single_letters_before_a_period() -> None:
    """``_words`` (the search the stop-word tally reads) finds what ``_WORD`` finds, less a single
    letter followed by a period (what ``_tallies`` skips), in ASCII text and in any other."""
    from summarizer import langdetect

    texts = [text for paragraphs in PARAGRAPHS.values() for text in paragraphs]
    texts += [
        "Q. A hat pin? E.g. the U.S. and a.m. times; I.",
        "a'. b' c'd x.y z 'twas rock'n'roll o'clock l'île d'accord 3a4b, _x_ e.",
        "Ärger über Öl. Ü. ist ß'. Café à la carte, né. ñ.",
    ]
    for text in texts:
        expected = [
            m.group()
            for m in langdetect._WORD.finditer(text)
            if not (len(m.group()) == 1 and text.startswith(".", m.end()))
        ]
        assert langdetect._words(text) == expected, text
