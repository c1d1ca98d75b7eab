"""Tests for summarizer.headline: a verbatim headline for a cluster without titles."""

from __future__ import annotations

import pytest
from conftest import build_sentences as build
from conftest import run_python

from summarizer.headline import (
    HEADLINE_MAX_WORDS,
    REASON_LABEL,
    REASON_LIST,
    REASON_OPENS,
    REASON_QUESTION,
    REASON_SLUG,
    _hypothesis,
    _hypotheticals,
    _limits,
    _statement,
    _word_list,
    lead_headline,
    lead_line,
    title_kind,
)
from summarizer.score import score_sentences

# Our own writing: the first sentences are the leads (Sentence.index 0).
LONG_LEAD = (
    "The Kestrel Bay ferry ran aground on a sandbank near Port Amsel on Sunday morning, "
    "forcing coastguard boats to take all 212 passengers ashore through thick fog and rain."
)
SHORT_LEAD = "All 212 passengers of the Kestrel Bay ferry were taken ashore near Port Amsel."
SUBORDINATE_LEAD = (
    "Despite thick fog over the sandbank near Port Amsel on Sunday and warnings from the "
    "harbour master, the Kestrel Bay ferry left port with 212 passengers on board."
)
REST = [
    "Coastguard boats took the ferry passengers ashore near Port Amsel within four hours.",
    "The operator said the Kestrel Bay ferry had lost steering in the fog near the sandbank.",
]


def headline_of(corpus: dict[str, list[str]], terms: tuple[str, ...] = ()) -> str:
    return lead_headline(score_sentences(build(corpus)), terms)


def test_a_short_lead_is_the_headline_whole_without_its_stop() -> None:
    line = headline_of({"a": [SHORT_LEAD, *REST], "b": [SUBORDINATE_LEAD, *REST]})
    assert line == SHORT_LEAD.rstrip(".")


def test_a_long_lead_is_cut_where_its_main_statement_ends() -> None:
    line = headline_of({"a": [LONG_LEAD, *REST], "b": [SUBORDINATE_LEAD, *REST]})
    assert (
        line == "The Kestrel Bay ferry ran aground on a sandbank near Port Amsel on Sunday morning"
    )
    assert LONG_LEAD.startswith(line) and len(line.split()) <= HEADLINE_MAX_WORDS


@pytest.mark.parametrize(
    "corpus",
    [
        {"a": [SHORT_LEAD, *REST], "b": [LONG_LEAD, *REST]},
        {"a": [SUBORDINATE_LEAD, *REST], "b": [LONG_LEAD, *REST]},
        {"a": [SUBORDINATE_LEAD, *REST], "b": [SUBORDINATE_LEAD, *REST]},  # no lead: a later line
    ],
    ids=["lead-a", "lead-b", "later-line"],
)
def test_lead_line_gives_the_sentence_its_headline_is_a_span_of(
    corpus: dict[str, list[str]],
) -> None:
    """The briefing dates a headline that says "on Sunday" from the document it is from."""
    scored = score_sentences(build(corpus))
    line, sentence = lead_line(scored)
    assert sentence is not None and line
    assert line in sentence.text and sentence in scored.sentences
    assert corpus[sentence.doc_id][sentence.index] == sentence.text
    assert line == lead_headline(scored)


def test_lead_line_gives_no_sentence_when_no_line_fits() -> None:
    scored = score_sentences(
        build({"a": ["Despite the fog, and the rain, and the wind, it sailed on."]})
    )
    assert lead_line(scored) == ("", None)


def test_a_lead_that_opens_with_a_subordinate_phrase_is_never_cut() -> None:
    # The only lead opens with "Despite ...": cutting it would leave a phrase, not a statement;
    # the most relevant other sentence short enough to stand whole is taken instead.
    line = headline_of({"a": [SUBORDINATE_LEAD, *REST]})
    assert not line.startswith("Despite")
    assert line.rstrip(".") + "." in REST


def test_a_lead_opening_with_a_noun_in_ing_is_no_participle_phrase() -> None:
    # "Housing" was read as a participle ("Rejecting the offer, ..."): the lead was skipped for
    # a line of the body.
    lead = (
        "Housing and Urban Development Secretary Mara Lindqvist approved $2 billion for flood "
        "repairs in Port Amsel."
    )
    rest = [
        "The money pays for new flood walls in Port Amsel and repairs to 400 homes.",
        "Officials in Port Amsel said repairs would start in the spring.",
    ]
    corpus = {"a": [lead, *rest], "b": [rest[1], rest[0]]}
    assert headline_of(corpus, ("Port Amsel",)) == lead.rstrip(".")
    participle = "Rejecting the offer of $2 billion, Port Amsel asked for flood walls and homes."
    corpus = {"a": [participle, *rest], "b": [rest[1], rest[0]]}
    assert headline_of(corpus, ("Port Amsel",)) != participle.rstrip(".")


def test_a_lead_opening_with_a_noun_in_ing_written_as_a_participle_is_skipped() -> None:
    # "Building" is a noun of ing_nouns.txt ("Building work resumed"), so "Building on its
    # lead, ..." was read as a statement opening with a noun and taken for the headline.
    rest = [
        "The Harbour Party won 40 of the 60 seats on the Port Amsel council on Sunday.",
        "Turnout in Port Amsel was the highest in twenty years, officials said.",
    ]
    participle = "Building on its lead, the Harbour Party won 40 seats in Port Amsel on Sunday."
    corpus = {"a": [participle, *rest], "b": [rest[1], rest[0]]}
    assert headline_of(corpus, ("Port Amsel",)) != participle.rstrip(".")
    # Written as the noun, it stays the headline.
    noun = "Spending by the Harbour Party in Port Amsel doubled before it won 40 seats on Sunday."
    corpus = {"a": [noun, *rest], "b": [rest[1], rest[0]]}
    assert headline_of(corpus, ("Port Amsel",)) == noun.rstrip(".")


def test_the_lead_that_names_the_key_terms_is_preferred() -> None:
    other = "Rain and fog closed the small harbour of Port Amsel for the whole of Sunday."
    corpus = {"a": [SHORT_LEAD, *REST], "b": [other, *REST]}
    assert headline_of(corpus, ("Kestrel Bay",)) == SHORT_LEAD.rstrip(".")


def test_no_usable_sentence_gives_an_empty_headline() -> None:
    assert headline_of({"a": ["Despite the fog, and the rain, and the wind, it sailed on."]}) == ""


def test_the_most_central_title_does_not_depend_on_string_hashing() -> None:
    # Two titles whose key-term weights sum to the same 1.0 (1/2 + 1/3 + 1/6 against 1): a float
    # sum in a set's order (which each process's string hashing decides) gave 0.9999999999999999
    # for some orders, so the headline changed from one run to the next. An exact tie keeps input
    # order: the first title.
    script = (
        "from summarizer.pipeline import _headline\n"
        "from summarizer.types import Source\n"
        "sources = [Source('a', 'Bravo Charlie Foxtrot', None, None, None, 1),\n"
        "           Source('b', 'Alpha', None, None, None, 1)]\n"
        "terms = ('alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot')\n"
        "print(_headline(sources, terms, None)[0])\n"  # no scored: titles decide
    )
    seen = set()
    for seed in range(12):
        done = run_python(["-c", script], hash_seed=str(seed))
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
        seen.add(done.stdout.decode().strip())
    assert seen == {"Bravo Charlie Foxtrot"}


def test_a_lead_that_names_no_key_term_gives_way_to_a_sentence_that_does() -> None:
    # A feature's opening line says nothing of the event; the only other lead cannot be cut, so
    # a later sentence naming the event's key term is the headline.
    feature = "Nobody on the quay had expected such a quiet Sunday morning."
    line = headline_of({"a": [feature, *REST], "b": [SUBORDINATE_LEAD, *REST]}, ("Kestrel Bay",))
    assert "Kestrel Bay" in line
    assert line.rstrip(".") + "." in REST


def test_a_quotation_is_not_the_headline_when_a_statement_names_the_event() -> None:
    quote = '"We never saw the sandbank coming," the Kestrel Bay ferry\'s captain said.'
    corpus = {"a": [quote, *REST], "b": [SUBORDINATE_LEAD, *REST]}
    line = headline_of(corpus, ("Kestrel Bay",))
    assert not line.startswith('"')
    assert line.rstrip(".") + "." in REST


def test_a_person_is_named_by_the_last_word_of_their_name() -> None:
    # "Lindqvist" names the key term "Mara Lindqvist": the lead that names her is preferred to
    # a more central one that names nothing.
    named = "Harbour master Lindqvist closed Port Amsel to all ferries on Sunday."
    plain = "Thick fog closed in over the sandbank near Port Amsel on Sunday."
    corpus = {"a": [plain, *REST], "b": [named, *REST]}
    assert headline_of(corpus, ("Mara Lindqvist",)) == named.rstrip(".")


def test_a_comma_that_ends_a_subordinate_clause_inside_a_that_clause_is_no_cut() -> None:
    # Cut at the comma, "The upshot is that after the council's vote on the Kestrel Bay ferry"
    # would say nothing; the sentence is too long to stand whole, so a shorter one is the line.
    long_lead = (
        "The upshot is that after the council's vote on the Kestrel Bay ferry on Sunday night, "
        "the boats will leave Port Amsel from the old quay for the rest of the winter."
    )
    line = headline_of({"a": [long_lead, *REST]}, ("Kestrel Bay",))
    assert not line.startswith("The upshot is that after")
    assert line.rstrip(".") + "." in REST


def test_a_phrase_set_inside_the_statement_is_no_cut() -> None:
    # Cut at the first comma, "The salvage of the Kestrel Bay ferry off Port Amsel by Harlow Marine
    # Ltd." would be the statement's subject alone: the statement goes on after the phrase.
    inside = (
        "The salvage of the Kestrel Bay ferry off Port Amsel by Harlow Marine Ltd., the largest "
        "such job on the coast in a decade, is expected to take the rest of the winter."
    )
    line = headline_of({"a": [inside, *REST]}, ("Kestrel Bay",))
    assert not line.startswith("The salvage of the Kestrel Bay ferry")
    assert line.rstrip(".") + "." in REST


def test_a_phrase_followed_by_its_attribution_is_cut_before_the_phrase() -> None:
    # After the phrase comes who said it, not the rest of the statement: the cut stands.
    attributed = (
        "Harlow Marine is close to buying the stranded Kestrel Bay ferry from its owners, a deal "
        "worth about four million euros, people involved in the talks said on Sunday."
    )
    line = headline_of({"a": [attributed, *REST]}, ("Kestrel Bay",))
    assert line == "Harlow Marine is close to buying the stranded Kestrel Bay ferry from its owners"


def test_a_line_of_hypothesis_gives_way_to_one_that_states_the_event() -> None:
    # The more central lead says what would happen, not what did: the other lead, which states
    # the grounding, is the headline.
    guess = (
        "A long inquiry into the Kestrel Bay ferry near Port Amsel would keep the boats "
        "in port for weeks."
    )
    corpus = {"a": [guess, *REST], "b": [SHORT_LEAD, *REST], "c": [guess, *REST]}
    assert headline_of(corpus, ("Kestrel Bay",)) == SHORT_LEAD.rstrip(".")


def test_a_line_of_hypothesis_is_the_headline_when_no_line_states_the_event() -> None:
    guess = "The Kestrel Bay ferry could stay on the sandbank near Port Amsel until Sunday."
    corpus = {"a": [guess, "Nobody could say so on the quay, if anyone would ask."]}
    assert headline_of(corpus, ("Kestrel Bay",)) == guess.rstrip(".")


@pytest.mark.parametrize(
    ("line", "hypothesis"),
    [
        ("A ruling for the harbour board would change every sailing from Port Amsel", True),
        ("The Kestrel Bay ferry may sail again on Tuesday", True),
        ("The ferry sails again in May", False),  # the month, not the verb
        # A word of hypothesis in a clause of its own qualifies what the line states.
        ("The harbour board passed a rule that could keep every ferry in Port Amsel", False),
        ("The ferry will miss its Tuesday sailing and could miss Wednesday's", False),
        ("Rain and fog closed the harbour of Port Amsel on Sunday, if only for a day", False),
    ],
)
def test_a_hypothesis_is_read_in_the_main_statement_only(line: str, hypothesis: bool) -> None:
    assert _hypothesis(line, _hypotheticals("en")) is hypothesis


@pytest.mark.parametrize(
    ("title", "language", "reason"),
    [
        ("What the ferry grounding means for island travellers", "en", REASON_OPENS),
        ("How a ferry ends up on a sandbank", "en", REASON_OPENS),
        ("Explainer: the Kestrel Bay grounding", "en", REASON_LABEL),
        ("Opinion | Port Amsel needs a second ferry", "en", REASON_LABEL),
        ("5 things to know about the Kestrel Bay grounding", "en", REASON_LIST),
        ("Was the ferry safe to sail?", "en", REASON_QUESTION),
        ("¿Por qué descarriló el tren de Las Almenas?", "es", REASON_QUESTION),
        ("Las 3 claves del descarrilamiento de Las Almenas", "es", REASON_LIST),
        ("Pourquoi le pont de Sainte-Aure reste fermé", "fr", REASON_OPENS),
        ("Was der Deichbruch für die Anwohner bedeutet", "de", REASON_OPENS),
        ("Ferry runs aground near Port Amsel, passengers safe", "en", ""),
        ("WHO to send doctors to Port Amsel", "en", ""),  # a name in capitals, no question
        ("Ferry may sail again on Tuesday", "en", ""),
        # A wire's slug line: a budget code, a word count written onto the last word.
        ("BC-Ferry-Amsel--Kestrel Bay grounding,640", "en", REASON_SLUG),
        ("AM-Ferry-Grounding", "en", REASON_SLUG),
        ("Port Amsel--Kestrel Bay ferry grounding,410", "en", REASON_SLUG),
        ("UN-backed inquiry into the Kestrel Bay grounding", "en", ""),
        ("Ferry salvage bill reaches 287,000", "en", ""),  # a figure, no word count
    ],
)
def test_a_title_that_explains_asks_or_argues_names_no_event(
    title: str, language: str, reason: str
) -> None:
    assert title_kind(title, language) == reason


def test_a_spanish_lead_is_cut_before_a_clause_without_a_verb_of_its_own() -> None:
    # "sin causar heridos": a clause of circumstance, as English's "..., causing no injuries".
    lead = (
        "Un autobús escolar con 48 alumnos a bordo se salió de la carretera el lunes por la "
        "tarde a la salida del túnel de Las Almenas, sin causar heridos de gravedad."
    )
    openers, subordinators = (
        _word_list("es", name) for name in ("clause_openers.txt", "leading_subordinators.txt")
    )
    line = _statement(lead, openers, subordinators, "es", _limits("es"))
    assert line == lead.split(", sin")[0]


def _cut(text: str) -> str:
    """``_statement`` of an English sentence with the shipped word lists."""
    openers, subordinators = (
        _word_list("en", name) for name in ("clause_openers.txt", "leading_subordinators.txt")
    )
    return _statement(text, openers, subordinators, "en", _limits("en"))


def test_a_cut_never_leaves_a_quotation_without_its_speaker() -> None:
    # Cut at the comma, the chairwoman's opinion would read as the news itself.
    quoted = (
        "The winter timetable of the Kestrel Bay ferry is ``a slap in the face'' for the "
        "islanders, the harbour council's chairwoman told reporters in Port Amsel on Sunday."
    )
    assert _cut(quoted) == ""
    assert _cut(quoted.replace("``", "“").replace("''", "”")) == ""
    # An apostrophe is no quotation mark: "Amsel's" and "ferry's" leave the cut as it was.
    owned = (
        "Port Amsel's harbour council has cancelled the Kestrel Bay ferry's winter timetable "
        "for the rest of the season, the council's chairwoman said on Sunday."
    )
    assert _cut(owned) == owned.split(", the council")[0]


def test_a_label_or_list_before_a_colon_is_no_headline() -> None:
    timeline = (
        "Timeline of the Kestrel Bay ferry grounding near Port Amsel: 6 a.m.: it leaves port."
    )
    assert _cut(timeline) == ""
    line = headline_of({"a": [timeline, *REST], "b": [SUBORDINATE_LEAD, *REST]}, ("Kestrel Bay",))
    assert line.rstrip(".") + "." in REST


def test_a_line_that_points_back_to_its_article_gives_way_to_one_that_reads_alone() -> None:
    # No lead can be cut. "The contracts ..." names the most key terms, but which contracts its
    # article said two sentences before; the line that states the grounding reads alone.
    article = [
        SUBORDINATE_LEAD,
        "Harlow Marine holds two contracts with the operator for the salvage of stranded ships.",
        "The contracts oblige Harlow Marine to tow the Kestrel Bay ferry off the sandbank.",
        "The Kestrel Bay ferry lost its steering in the fog and ran onto the sandbank near Amsel.",
    ]
    line = headline_of({"a": article}, ("Harlow Marine", "Kestrel Bay", "sandbank"))
    assert line == article[3].rstrip(".")


def test_a_line_other_articles_leads_state_stands_for_them() -> None:
    # The leads cannot be cut ("Despite ..."); of the later lines, the one that names the top key
    # term tells background, while the other restates what two other articles' leads report.
    lead = (
        "Despite thick fog and warnings from the harbour master, the Kestrel Bay ferry ran "
        "aground on a sandbank near Port Amsel on Sunday with 212 passengers on board."
    )
    background = (
        "Harlow Marine built the Kestrel Bay ferry and most of the other ferries that sail out of "
        "Port Amsel."
    )
    event = "The Kestrel Bay ferry ran aground on a sandbank near Port Amsel on Sunday morning."
    corpus = {
        "a": [lead, background, "Coastguard boats took the passengers ashore within four hours."],
        "b": [lead, "The coastguard sent two boats and a helicopter to the sandbank."],
        "c": [
            "Despite its age, the harbour of Port Amsel handles more than forty ferries a day.",
            event,
            "The operator said the ferry's steering had failed in the fog.",
        ],
    }
    line = headline_of(corpus, ("Harlow Marine", "Kestrel Bay", "Port Amsel"))
    assert line == event.rstrip(".")


def test_a_lead_no_cut_can_shorten_stands_whole_over_a_later_line() -> None:
    # A follow-up read alone (``since``): its one key term, and a lead of 27 words whose first
    # comma opens an apposition, so no cut leaves a statement. The headline was the shortest
    # later line that could stand whole, though it named no key term ("The board's chairman
    # ... apologised"), or, with no such line, the key term alone ("Council").
    lead = (
        "Lawyers for Edwin Marsh, the former Port Amsel council treasurer jailed for four years "
        "on Monday, said on Tuesday they would appeal against the length of his sentence."
    )
    rest = [
        (
            "His solicitor said the judge had given too little weight to his guilty plea to two "
            "lesser charges and to his age and poor health."
        ),
        "The chairman of the audit committee apologised to residents.",
    ]
    assert len(lead.split()) > HEADLINE_MAX_WORDS
    assert headline_of({"a": [lead, *rest]}, ("council",)) == lead.rstrip(".")
    # Without a shorter line either, the lead over the key terms (lead_line gives none before).
    scored = score_sentences(build({"a": [lead, rest[0]]}))
    assert lead_line(scored, ("council",)) == (lead.rstrip("."), scored.sentences[0])
    # A lead longer than a lead runs (``HEADLINE_LEAD_MAX_WORDS``) is still none.
    longer = lead.rstrip(".") + ", which the council's leader called a disgrace to the town."
    assert headline_of({"a": [longer, *rest]}, ("council",)) != longer.rstrip(".")


def test_a_lead_is_cut_before_a_span_of_time_that_dates_it_from_another_event() -> None:
    lead = (
        "The leaders of the Harbour Party and the Civic Union met on Tuesday for formal talks on "
        "a coalition, two days after an election that left no party with a majority."
    )
    rest = [
        "The Harbour Party leader said the talks had been serious and would go on on Friday.",
        "The Civic Union said its leader would step down once a government was formed.",
    ]
    line = headline_of({"a": [lead, *rest]}, ("Harbour Party", "Civic Union"))
    assert line == lead.split(", two days")[0]
    # A count that is no span of time opens no such clause: no cut there.
    counted = lead.replace("two days after an election", "two of them for the first time since")
    assert _statement(counted, _word_list("en", "clause_openers.txt"), frozenset()) == ""


def test_a_wire_slug_line_given_as_a_title_is_no_headline() -> None:
    # The slug names more of the story's words than the other title and its leads state them,
    # but it is the wire's filing line, not a headline: the report's title heads the briefing.
    from summarizer import Document, summarize

    wire = Document(
        "The Kestrel Bay ferry ran aground near Port Amsel on Sunday morning with 212 "
        "passengers on board. Nobody was hurt, the harbour master said. Tugs pulled the Kestrel "
        "Bay ferry off the sandbank at high tide.",
        id="wire",
        title="BC-Kestrel Bay ferry runs aground near Port Amsel,640",
    )
    paper = Document(
        "A passenger ferry ran aground on a sandbank on Sunday. All 212 passengers were taken "
        "ashore by lifeboat. The Kestrel Bay ferry was refloated in the afternoon near Port "
        "Amsel.",
        id="paper",
        title="Passengers safe after grounding",
    )
    assert summarize([wire, paper], max_words=60).headline == "Passengers safe after grounding"
