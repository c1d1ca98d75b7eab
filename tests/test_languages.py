"""German, French, Spanish and Italian end to end: the example clusters, stems, lists, words.

Each language has an example cluster under ``examples/`` (three invented articles about one
invented event, every article stating its main fact in its own words). On each, the briefing is
in the cluster's language, no key term is a stop word, the fact all three state is one point
citing all three, and the templates write the briefing's own words in that language.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import EXAMPLES

from summarizer import Document, load_documents, render, summarize
from summarizer.keyterms import key_terms
from summarizer.lexicon import LANGUAGES, get_lexicon, read_lines
from summarizer.render import briefing_words
from summarizer.score import (
    REASON_DANGLING,
    REASON_INTERRUPTING,
    REASON_PRONOUN_QUOTE,
    REASON_UNATTRIBUTED_QUOTE,
    _eligibility_lists,
    _ineligibility,
    _stop_words,
    make_analyzer,
)
from summarizer.timewords import relative_day
from summarizer.types import Sentence

# language -> (example folder, a phrase only the sentence that states the shared fact holds)
CLUSTERS = {
    "de": ("deichbruch-ostermoor", "30 Metern"),
    "fr": ("valmorin-transports-gratuits", "1er janvier 2026"),
    "es": ("descarrilamiento-villanueva", "214 pasajeros"),
    "it": ("ponte-castelvarco", "riaperto"),
}

# The English words of the templates that a briefing in another language must not hold.
ENGLISH_WORDS = ("Key points", "Key terms", "Sources", "only in", "sources)", "words (budget")


def _briefing(language: str):  # type: ignore[no-untyped-def]
    folder, _ = CLUSTERS[language]
    return summarize(load_documents(EXAMPLES / folder))


@pytest.mark.parametrize("language", sorted(CLUSTERS))
def test_each_example_cluster_is_read_in_its_language(language: str) -> None:
    assert _briefing(language).language == language


@pytest.mark.parametrize("language", sorted(CLUSTERS))
def test_no_key_term_is_a_stop_word(language: str) -> None:
    terms = _briefing(language).key_terms
    assert len(terms) >= 6
    stop = _stop_words(language) | get_lexicon(language).stop_words
    for term in terms:
        words = term.lower().split()
        assert term.lower() not in stop, term
        # A name may hold a connector ("Villanueva del Cerro"), never open or end with one.
        assert words[0] not in stop and words[-1] not in stop, term


@pytest.mark.parametrize("language", sorted(CLUSTERS))
def test_the_fact_every_article_states_is_one_point_citing_them_all(language: str) -> None:
    _, phrase = CLUSTERS[language]
    briefing = _briefing(language)
    stating = [point for point in briefing.points if phrase in point.text]
    assert len(stating) == 1, [point.text for point in briefing.points]
    assert sorted(stating[0].citations) == sorted(source.id for source in briefing.sources)
    assert len(briefing.sources) == 3


@pytest.mark.parametrize("language", sorted(CLUSTERS))
def test_the_templates_write_the_briefing_in_its_language(language: str) -> None:
    briefing = _briefing(language)
    say = briefing_words(language)
    markdown = render(briefing, "md")
    html = render(briefing, "html")
    text = render(briefing, "text")
    for english in ENGLISH_WORDS:
        if english == say("sources_heading"):
            continue  # French writes "Sources" too
        assert english not in markdown and english not in text, english
    assert f"## {say('key_points')}" in markdown
    assert f'<html lang="{language}">' in html
    assert say("agreement", 3, total=3) in markdown
    assert say("only_in", name=briefing.sources[0].outlet) in html or any(
        say("only_in", name=str(s.outlet)) in html for s in briefing.sources
    )
    # The source dates are written in the language: the month's own name.
    month = say.months[int(str(briefing.sources[0].date)[5:7]) - 1]
    assert month in text and month in html


def test_every_language_has_every_briefing_word_of_english() -> None:
    def keys(language: str) -> set[str]:
        return {
            line.partition(":")[0].strip() for line in read_lines(language, "briefing_words.txt")
        }

    english = keys("en")
    # English writes its since note in code (render._since_note).
    own = {"day_1", "since", "since_read", "elide", "contract"}
    for language in LANGUAGES:
        assert keys(language) - own == english, language
        assert "since" in keys(language) or language == "en"


@pytest.mark.parametrize(
    ("language", "day", "expected"),
    [
        ("en", "2025-03-16", "16 March 2025"),
        ("de", "2025-03-16", "16. März 2025"),
        ("fr", "2025-06-01", "1er juin 2025"),
        ("es", "2025-10-07", "7 de octubre de 2025"),
        ("it", "2025-05-24", "24 maggio 2025"),
    ],
)
def test_dates_are_written_in_the_language(language: str, day: str, expected: str) -> None:
    from datetime import date

    assert briefing_words(language).long_date(date.fromisoformat(day)) == expected


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("de", ("Abstimmung", "Abstimmungen")),
        ("fr", ("l'accord", "accords")),
        ("es", ("votación", "votaciones")),
        ("it", ("dell'accordo", "accordi")),
    ],
)
def test_the_language_stemmer_joins_a_word_forms(language: str, forms: tuple[str, str]) -> None:
    analyze = make_analyzer(language=language)
    first, second = (analyze(form) for form in forms)
    assert first == second and len(first) == 1
    # English stems differ (Porter knows no German plural): the stemmer is the language's.
    assert make_analyzer()(forms[0]) != make_analyzer()(forms[1]) or language != "de"


@pytest.mark.parametrize(
    ("language", "sentence", "word"),
    [
        ("de", "Der Deich war gestern Morgen gebrochen.", "gestern Morgen"),
        ("fr", "Le conseil a voté hier soir la gratuité des bus.", "hier soir"),
        ("es", "Ayer por la mañana descarriló un tren.", "Ayer por la mañana"),
        ("it", "Il ponte è stato riaperto ieri mattina.", "ieri mattina"),
    ],
)
def test_relative_days_in_each_language(language: str, sentence: str, word: str) -> None:
    found = relative_day(sentence, language)
    assert found and found.lower() in word.lower()
    assert relative_day(sentence) == ""  # the English list holds none of them


@pytest.mark.parametrize(
    ("language", "sentence", "reason"),
    [
        ("de", "Er hatte den Ausbau des Deiches seit Jahren gefordert.", REASON_DANGLING),
        (
            "de",
            "„Wir rechnen mit drei Nächten außer Haus“, sagte er am Mittag.",
            REASON_PRONOUN_QUOTE,
        ),
        ("de", "„Wir rechnen mit drei Nächten außer Haus und mehr.“", REASON_UNATTRIBUTED_QUOTE),
        ("de", "„Wir rechnen mit drei Nächten außer Haus“, sagte die Landrätin.", ""),
        ("fr", "Cependant, la ville devra trouver 9 millions d'euros par an.", REASON_DANGLING),
        ("fr", "« Se déplacer n'est pas un luxe pour nous », a-t-il dit.", REASON_PRONOUN_QUOTE),
        ("es", "«No basta con levantar los vagones del tren», dijo él.", REASON_PRONOUN_QUOTE),
        ("es", "«No basta con levantar los vagones», afirmó el alcalde Molina.", ""),
        ("it", "Tuttavia il costo finale ha superato la cifra prevista.", REASON_DANGLING),
        ("fr", "La mairie, cependant, devra trouver 9 millions d'euros.", REASON_INTERRUPTING),
        ("es", "El alcalde Molina, sin embargo, pidió más vagones al tren.", REASON_INTERRUPTING),
        ("it", "Il costo finale, tuttavia, ha superato la cifra prevista.", REASON_INTERRUPTING),
        ("de", "Der Plan, wie erwartet, scheiterte am Widerstand im Ort.", ""),
        # Connectives of several words point back when a comma follows them; their words alone
        # ("En", "Por", "De") open ordinary sentences.
        ("fr", "En outre, la ville devra trouver 9 millions d'euros.", REASON_DANGLING),
        ("fr", "Par ailleurs, la mairie devra trouver 9 millions d'euros.", REASON_DANGLING),
        ("fr", "En 2019, la ville a construit un nouveau pont sur la Loire.", ""),
        # "Others fear ...": some of a group named before; an elided word with either apostrophe.
        ("fr", "D'autres redoutent des rames encore plus pleines le matin.", REASON_DANGLING),
        ("fr", "D’autres redoutent des rames encore plus pleines le matin.", REASON_DANGLING),
        ("fr", "D’ailleurs, la ville devra trouver 9 millions d'euros.", REASON_DANGLING),
        ("fr", "D’après la mairie, la ville devra trouver 9 millions d'euros.", ""),
        ("fr", "De nombreux habitants ont manifesté devant la mairie lundi.", ""),
        ("fr", "Par ailleurs le maire a refusé de commenter la décision.", ""),
        ("es", "Sin embargo, el alcalde Molina pidió más vagones al tren.", REASON_DANGLING),
        ("es", "Por lo tanto, el alcalde Molina pidió más vagones al tren.", REASON_DANGLING),
        ("es", "Por la mañana, el alcalde Molina inauguró el nuevo puente.", ""),
        ("es", "Lo que empezó como una protesta terminó en disturbios.", ""),
        ("fr", "Alors que les négociations reprenaient, la grève a continué.", ""),
        ("es", "Después de la reunión, el alcalde Molina pidió más vagones.", ""),
        ("en", "As a result, the harbour crane at Port Vell was closed.", REASON_DANGLING),
        # What the sentence does about something said before it ("to cope with it"): the
        # Valmorin example's "Pour y faire face, la ville a commandé six nouvelles rames ..."
        # was a point, with the rise in riders it answers left out.
        ("fr", "Pour y faire face, la ville a commandé six nouvelles rames.", REASON_DANGLING),
        ("fr", "Pour faire face à la hausse, la ville a commandé six rames.", ""),
        ("en", "Therefore, the council closed the harbour crane at Port Vell.", REASON_DANGLING),
        ("en", "To that end, the port bought two new cranes.", REASON_DANGLING),
        ("en", "To that end the port bought two new cranes in May.", ""),
        ("de", "Deswegen bleibt die Siedlung Am Brack gesperrt.", REASON_DANGLING),
        ("es", "Por ello, el alcalde Molina pidió más vagones al tren.", REASON_DANGLING),
        ("it", "Per questo, il sindaco ha chiesto nuovi treni.", REASON_DANGLING),
        ("en", "As a result of the storm, the harbour crane at Port Vell fell.", ""),
        ("en", "In addition to the fleet, the port bought two new cranes.", ""),
    ],
)
def test_eligibility_uses_the_language_lists(language: str, sentence: str, reason: str) -> None:
    assert _ineligibility(sentence, False, _eligibility_lists(language)) == reason


def test_the_briefing_language_is_that_of_most_documents() -> None:
    german = [
        "Der Stadtrat hat am Montag die neue Brücke über den Fluss eröffnet, und die Bürger sind froh.",
        "Die neue Brücke über den Fluss wurde am Montag vom Stadtrat eröffnet und ist für alle frei.",
    ]
    english = [
        "The council opened the new bridge over the river on Monday, and residents are glad."
    ]
    assert summarize(english + german).language == "de"
    # A tie goes to the language of the first document.
    assert summarize(english + german[:1]).language == "en"
    assert summarize(german[:1] + english).language == "de"
    # The parameter wins over detection.
    assert summarize(german, language="en").language == "en"


def test_an_article_in_another_language_is_marked_with_it_in_the_html_briefing() -> None:
    # A French point and the French article in a German briefing stood under <html lang="de">:
    # a screen reader read them with German sounds (WCAG 3.1.2, language of parts).
    german = [
        "Der Stadtrat hat am Montag die neue Brücke über den Fluss eröffnet, und die Bürger sind froh.",
        "Die neue Brücke über den Fluss wurde am Montag vom Stadtrat eröffnet und ist für alle frei.",
    ]
    french = Document(
        "Les pompiers ont fermé la route du port mardi après un glissement de terrain.",
        title="La route du port fermée",
    )
    briefing = summarize([*german, french], max_sentences=3)
    assert briefing.language == "de"
    assert [s.language for s in briefing.sources] == ["de", "de", "fr"]
    html = briefing.to_html()
    assert '<html lang="de">' in html
    assert '<span lang="fr">Les pompiers ont fermé' in html
    assert '<span lang="fr">La route du port fermée</span>' in html
    assert '<p lang="fr"><mark' in html or '<p lang="fr">Les pompiers' in html
    assert html.count('lang="') == 4  # the page, the point, the title, the article's paragraph
    assert 'lang="' not in summarize(german).to_html().replace('<html lang="de">', "")
    # The JSON gave neither language: a reader of it could not tell the French source apart.
    data = json.loads(render(briefing, "json"))
    assert data["language"] == "de"
    assert [s["language"] for s in data["sources"]] == ["de", "de", "fr"]


def test_key_terms_of_a_german_pair_are_no_function_words() -> None:
    texts = [
        "Die Landrätin Helga Brunsmann hat für die Siedlung Am Brack den Katastrophenfall ausgerufen.",
        "Für die Siedlung Am Brack rief Landrätin Helga Brunsmann den Katastrophenfall aus.",
    ]
    sentences = [Sentence(f"d{i}", 0, 0, len(t), t) for i, t in enumerate(texts)]
    terms = key_terms(sentences, language="de", count=4)
    assert "Helga Brunsmann" in terms and "Katastrophenfall" in terms
    assert not {"die", "für", "den", "hat"} & {t.lower() for t in terms}


def test_german_everyday_nouns_are_no_names() -> None:
    # Every German noun has a capital: "Stadt", "Jahr", "Menschen" are no names for key terms.
    texts = [
        "Die Stadt Ostermoor hat im Jahr 2024 mehr Menschen als je zuvor am Deich gezählt.",
        "Im Jahr 2024 zählte die Stadt Ostermoor so viele Menschen am Deich wie nie zuvor.",
    ]
    sentences = [Sentence(f"d{i}", 0, 0, len(t), t) for i, t in enumerate(texts)]
    terms = {term.lower() for term in key_terms(sentences, language="de")}
    assert "ostermoor" in terms and "deich" in terms
    assert not {"stadt", "jahr", "menschen"} & terms


def test_english_is_unchanged_by_the_language_layer() -> None:
    doc = Document(
        "The old river bridge reopened to traffic on Monday after two years of repairs. "
        "Officials said the repairs cost more than expected.",
        id="a",
    )
    briefing = summarize([doc, Document(doc.text, id="b")])
    assert briefing.language == "en"
    assert "## Key points" in render(briefing, "md")


def test_examples_exist_for_every_language_but_english() -> None:
    for folder, _ in CLUSTERS.values():
        assert len(list(Path(EXAMPLES / folder).glob("*.txt"))) == 3


def test_the_since_note_is_in_the_briefing_language() -> None:
    folder, _ = CLUSTERS["de"]
    documents = load_documents(EXAMPLES / folder)
    briefing = summarize(documents[1:], since=documents[:1])
    assert briefing.language == "de" and briefing.earlier_documents == 1
    note = briefing_words("de")("since", earlier=1, said=briefing.already_said)
    assert note in render(briefing, "md") and "What is new" not in render(briefing, "md")


@pytest.mark.parametrize(
    ("language", "word", "verb"),
    [
        ("fr", "voté", True),
        ("fr", "transporté", True),
        ("fr", "marché", False),  # "marcher" is rarer: the market, not a form of it
        ("fr", "gratuité", False),
        ("it", "riaperto", True),
        ("it", "mercato", False),
        ("es", "votó", True),
        ("de", "stimmte", True),
        ("de", "Deich", False),
    ],
)
def test_a_verb_form_is_no_key_term(language: str, word: str, verb: bool) -> None:
    from summarizer.background import background_zipf
    from summarizer.keyterms import _is_verb_form, _lists

    assert _lists(language).verb_endings, f"{language}/verb_endings.txt is empty"
    assert _is_verb_form(word.lower(), background_zipf(language), _lists(language)) is verb


# The stories site's own English words, which a site of German stories must not hold.
STORIES_ENGLISH = ("Stories", "articles from", "All stories", "What is new", "Made with summarizer")


def test_a_german_story_set_gets_a_german_index(tmp_path: Path) -> None:
    from summarizer.cli import main

    folder, _ = CLUSTERS["de"]
    site = tmp_path / "site"
    assert main(["stories", str(EXAMPLES / folder), "-o", str(site)]) == 0
    index = (site / "index.html").read_text(encoding="utf-8")
    say = briefing_words("de")
    assert '<html lang="de">' in index
    assert f"<h1>{say('stories_headline')}</h1>" in index
    assert f"{say('stories', 1)} {say('from_articles', 3)}" in index
    assert say("stories_footer") in index
    page = next(p for p in site.glob("*.html") if p.name != "index.html")
    assert say("all_stories") in page.read_text(encoding="utf-8")
    for english in STORIES_ENGLISH:
        assert english not in index, english
        assert english not in page.read_text(encoding="utf-8"), english


def test_the_index_speaks_the_language_of_most_stories(tmp_path: Path) -> None:
    from summarizer.cli import main

    site = tmp_path / "site"
    german, french = (str(EXAMPLES / CLUSTERS[code][0]) for code in ("de", "fr"))
    english = str(EXAMPLES / "brennick-tram-vote")
    assert main(["stories", german, english, french, str(EXAMPLES / "ponte-castelvarco"),
                 "-o", str(site)]) == 0  # fmt: skip
    # One story each: the tie goes to the story ranked first (the newest of equal size).
    index = (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in index, index[:200]
    site_en = tmp_path / "en"
    assert main(["stories", english, "-o", str(site_en)]) == 0
    assert "<h1>Stories</h1>" in (site_en / "index.html").read_text(encoding="utf-8")


def test_a_french_lead_longer_than_an_english_headline_is_the_headline() -> None:
    from summarizer.headline import HEADLINE_MAX_WORDS, _limits, _statement, _word_list

    folder, _ = CLUSTERS["fr"]
    documents = load_documents(EXAMPLES / folder)
    lead = documents[0].text.split("\n\n")[1].split(". ")[0]
    assert HEADLINE_MAX_WORDS < len(lead.split()) <= _limits("fr")[0]
    # The cluster's headline is that lead, not a later sentence that happens to be short.
    assert summarize(documents).headline == lead.rstrip(".")
    openers, subordinators = (
        _word_list("fr", name) for name in ("clause_openers.txt", "leading_subordinators.txt")
    )
    assert _statement(lead, openers, subordinators, "fr", _limits("fr")) == lead.rstrip(".")
    assert _statement(lead, openers, subordinators, "fr", _limits("en")) == ""
    assert _limits("en") == (20, 8)  # English as before


@pytest.mark.parametrize(
    ("language", "outlets", "said"),
    [
        ("fr", "Agence Hexa", "d'Agence Hexa"),  # it was "de Agence Hexa"
        ("fr", "Écho du Causse et Radio Causse", "d'Écho du Causse et Radio Causse"),
        ("fr", "Œil de Valmorin", "d'Œil de Valmorin"),
        # "de" and the name's article make one word: it was "de Le Courrier de Valmorin".
        ("fr", "Le Courrier de Valmorin", "du Courrier de Valmorin"),
        ("fr", "Les Échos du Causse et Radio Causse", "des Échos du Causse et Radio Causse"),
        ("fr", "La Dépêche de Valmorin", "de La Dépêche de Valmorin"),
        ("fr", "L'Écho du Causse", "de L'Écho du Causse"),
        ("fr", "Lesneven Infos", "de Lesneven Infos"),  # "Les" only as a word
        ("fr", "Hexa Presse", "de Hexa Presse"),  # h: elided before some names only
        ("it", "Agenzia Hexa", "da Agenzia Hexa"),  # Italian "da" is not elided
        ("it", "Il Corriere di Valmorin", "dal Corriere di Valmorin"),  # it was "da Il Corriere"
        ("it", "La Gazzetta del Causse", "dalla Gazzetta del Causse"),
        ("es", "Agencia Hexa", "de Agencia Hexa"),
        ("es", "El Diario de Valmorin", "de El Diario de Valmorin"),  # a name keeps its "El"
    ],
)
def test_de_before_an_outlet_is_elided_or_contracted_with_its_article(
    language: str, outlets: str, said: str
) -> None:
    say = briefing_words(language)
    assert say("story_from", outlets=outlets) == said
    # Only before a filled-in name: a count is written as before ("de 3 médias").
    assert "d'" not in say("from_outlets", 3)


def test_a_french_contraction_is_made_only_before_a_filled_in_name() -> None:
    say = briefing_words("fr")
    # "dans" makes no word with "Le"; a name's braces and backslashes are written as given.
    assert say("only_in", name="Le Courrier") == "seulement dans Le Courrier"
    assert say("story_from", outlets="Le {Courrier} \\1") == "du {Courrier} \\1"


# Two invented reports per language, the second denying what the first says: the same-statement
# relation then reads the language's negations and its idle phrases (not_negating.txt).
_DENIALS = {
    "en": (
        "The Kessel council approved the new ferry timetable on Monday.",
        "The Kessel council did not approve the new ferry timetable on Monday.",
    ),
    "de": (
        "Der Rat von Kessel hat den neuen Fährplan am Montag gebilligt.",
        "Der Rat von Kessel hat den neuen Fährplan am Montag nicht gebilligt.",
    ),
    "fr": (
        "Le conseil de Kessel a approuvé lundi le nouvel horaire du bac.",
        "Le conseil de Kessel n'a pas approuvé lundi le nouvel horaire du bac.",
    ),
    "es": (
        "El consejo de Kessel aprobó el lunes el nuevo horario del transbordador.",
        "El consejo de Kessel no aprobó el lunes el nuevo horario del transbordador.",
    ),
    "it": (
        "Il consiglio di Kessel ha approvato lunedì il nuovo orario del traghetto.",
        "Il consiglio di Kessel non ha approvato lunedì il nuovo orario del traghetto.",
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_denial_is_read_in_every_language(language: str) -> None:
    # Every Italian cluster with a negation failed: "summarizer/data/it/not_negating.txt: 'o no'
    # must hold one negation word; reinstall the package" ("no" is no Italian negation word).
    said, denied = _DENIALS[language]
    briefing = summarize([said, denied], language=language)
    assert briefing.points
