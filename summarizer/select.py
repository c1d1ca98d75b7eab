"""Select stage: scored sentences -> the points of the briefing, each with its citations.

Maximal Marginal Relevance (Carbonell and Goldstein, 1998, "The use of MMR, diversity-based
reranking for reordering documents and producing summaries", SIGIR): repeatedly pick the sentence
that maximises ``lambda * relevance - (1 - lambda) * max similarity to what is already picked``,
here with ``lambda = 1 - diversity``, until the word or sentence budget is full. Similarities are
computed only against the picked set (one sparse product per pick), never as an n-by-n matrix, so
memory grows linearly with the cluster.

Extension, concept coverage (off by default; it pays for query-focused briefings): as in
Gillick and Favre's ICSI summariser (2009, "A scalable global model for summarization", ILP-NLP
workshop), the cluster's "concepts" are the terms (stemmed content unigrams and bigrams, the
columns of the TF-IDF matrix) that at least ``concept_min_docs`` documents use, each worth the
number of documents that use it. With ``coverage_weight > 0`` a sentence's gain adds the worth of
the concepts it would newly cover (scaled to [0, 1] by the best first pick), so a second sentence on
covered ground earns nothing for it. Covering a concept updates only the sentences holding it (one
sparse column product), so the loop stays linear in the matrix's non-zeros. ``length_power``
divides the gain by (length / median length) ** power: 0 values a sentence as a whole, 1 per word
(the knapsack density of a word budget).

One fact, one point, every source: one same-statement relation (``summarizer.same``: the
probability that a sentence states another's fact) decides the citations, the merging and what a
point already says. A pick cites its own document first, then, for every other document, its
sentence most likely to state the pick's fact when that probability is at least
``citation_threshold``; all such sentences are never picked again, nor is a sentence whose fact the
pick itself states (the relation's other direction, from ``_PASS_OVER``), nor one that may state
the pick's fact from ``_FORWARD_PASS_OVER`` without reaching the citation level. An article's lead
that tells the pick's fact only in a relative clause at its end ("The county opened a ferry for
villagers whose road was buried by Tuesday's landslide") is cited for it but keeps its own news as
a candidate, and a lead that only the pick's own such clause tells is not said already
(``_Statements.said_in_passing``, ``_Statements.own_news``). A lead whose subject names what was
told before ("The ferry that ran aground on Saturday has been pulled free ...") is read without
that clause, and so is a pick with one for its citations (``_Statements.citing_own``). In a
cluster of one event, a sentence of another article also cites the pick when it states the pick's
main clause (``_Statements.main_clause_citing``), or when its own statement, without the relative
clause it goes on with, states the pick (``_Statements.own_statement_citing``). The point
shows the best-formed sentence of the fact (``_best_formed``). A later pick that states the fact of a
sentence an earlier point cites (the relation is not transitive) does not become a second point:
its sentences join the earlier point's citations. Each citation records the probability and the
reason it is cited (``REASON_*``); a document with a sentence that may state the fact, below the
citation level (from ``POSSIBLE_LEVEL``), is counted in ``Pick.possible_sources``, so a point
citing one source is called "only in" it only when no other may state it; in a cluster of one
event, a sentence of another article is also read up to where its trailing clause opens, and
against the point so read, since a clause may bury the fact that the sentence states
(``_Statements.possible_in_clauses``), and a sentence that tells a part of the point with one of
its figures is a possible source too (``_Statements.telling_figures``). A sentence that holds
little of the pick's specific words (the words rare in the cluster: ``MIN_SPECIFIC``, more from
an article weeks away, ``FAR_APART_DAYS``) is at most such a possible source; one set on other
days than the pick (weekdays, "yesterday", "today", each read against its article's date) is
none (``_Statements._other_days``); nor is one that says as possible, expected or tried what
the other says happened, in the clause that holds what they share (``_Statements.moods``,
``uncertain_words.txt``: "Salvage crews were expected to try to refloat the vessel on Sunday" is
no citation of "It was refloated on Sunday"): a plan picked after its deed's point is passed
over, and a deed after its plan's point is news of its own. A document may state a
fact across two sentences ("Prices rise 12% from July. The council decided it on Monday."): when
neither of two neighbouring sentences reaches the citation level alone but each may state the fact,
they are read as one statement, cited together when they reach it (``REASON_JOINED``; in long
articles only when the second sentence leans on the first: "It is the first time ...", or "The
shuttle ..." after a sentence naming the shuttle, ``_names_back``) and never picked again. The
cluster's headline (its most central title, when the articles have titles) is one fact too:
every outlet's lead restates it in words of its own, which the pair relation may not see, so once
a point states it the sentences that restate it are passed over (``_Statements.stating``). A lead
tells its article's news: another article's lead, dated within ``NEWS_CYCLE_DAYS`` of a pick that
leads its own article, cites it when the relation reads it from ``POSSIBLE_LEVEL`` with no
citation rule against it and it holds the words of the pick's subject (``REASON_LEADS``,
``_Statements.lead_citing``). MMR's soft penalty stays the TF-IDF cosine of shared wording: with
the relation as well it cost 0.3-0.5 ROUGE-1 on DUC 2004 dev.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from itertools import pairwise
from typing import TYPE_CHECKING

from .background import background_zipf
from .errors import ConfigError, ResourceError
from .headline import CLAUSE_CUT, clause_openers, opens_clause, opens_subordinate
from .lexicon import get_lexicon, read_entries, read_lines, stem
from .same import (
    FACT_REDUNDANT_THRESHOLD,
    FACT_SAME_THRESHOLD,
    MAX_CANDIDATES,
    MODEL,
    REDUNDANT_THRESHOLD,
    SAME_THRESHOLD,
    StatementIndex,
    bounded_shares,
    cluster_model,
    figures,
    large_numbers,
    ordinals,
    phrase_readings,
    quoted_words,
    shares_agree,
    spans_of_time,
    synonym_group,
    top_candidates,
    topicality,
    whole_quotation,
)
from .score import (
    REASON_DANGLING,
    REASON_INTERRUPTING,
    REASON_PRONOUN_QUOTE,
    definite_head,
    make_analyzer,
)
from .score import subject_at as _subject_at
from .text import iso_day
from .timewords import (
    dates_another_event,
    day_offsets,
    weekdays_named,
    year_offsets,
    years_written,
)
from .types import Citation, Pick, Scored, Sentence, count_words
from .wordforms import infinitive, is_participle, is_verb_form, verb_endings

if TYPE_CHECKING:  # pragma: no cover - typing only
    from datetime import date

    import numpy as np
    from scipy.sparse import csr_matrix

__all__ = [
    "ANSWER_FLOOR",
    "ANSWER_SHARE",
    "CITATION_THRESHOLD",
    "CONCEPT_MIN_DOCS",
    "DEFAULT_DIVERSITY",
    "MIN_RELEVANCE_SHARE",
    "QUERY_COVERAGE_WEIGHT",
    "QUERY_LENGTH_POWER",
    "REASON_CHAINED",
    "REASON_FIGURES",
    "REASON_HEADLINE",
    "REASON_JOINED",
    "REASON_LEAD",
    "REASON_LEADS",
    "REASON_PARTS",
    "REASON_QUOTED",
    "REASON_SAME",
    "REASON_SHOWN",
    "select_mmr",
]

# MMR trade-off. 0.3 (lambda 0.7) keeps relevance first while a second sentence on the same fact
# loses to a new fact; Carbonell and Goldstein report lambda 0.7 as a good default for summaries.
DEFAULT_DIVERSITY = 0.3
# Probability of the same-statement relation from which a sentence states a point's fact (it is
# cited), per model: the relation's own decision levels (summarizer.same). ``citation_threshold``
# overrides it; ``None`` takes the level of the model the cluster is read with (``_Statements``).
CITATION_THRESHOLD = FACT_SAME_THRESHOLD if MODEL == "fact" else SAME_THRESHOLD
_CITE = {"fact": FACT_SAME_THRESHOLD, "short": FACT_SAME_THRESHOLD, "same": SAME_THRESHOLD}
# Probability from which a pick already states a sentence's fact (it is passed over), per model.
_PASS_OVER = {
    "fact": FACT_REDUNDANT_THRESHOLD,
    "short": FACT_REDUNDANT_THRESHOLD,
    "same": REDUNDANT_THRESHOLD,
}
# Probability from which a sentence that may state the pick's fact, though not surely enough to
# cite, is passed over too (the citation's direction; ``_PASS_OVER`` is the other one), per model.
# For the same-fact model it lies between the two levels: in this direction a long sentence that
# repeats a pick's actors, say "talk show host Oprah Winfrey", reads as stating the pick's fact
# more often than the reverse does. Measured (R-1 / R-2, ``benchmarks/rouge_table.py`` and
# ``summarizer evaluate duc2007_update_B.jsonl --since-background``), at 0.7 / 0.8 / not at all:
# DUC 2004 dev 39.69/10.19, 39.53/10.22, 39.45/10.25; 2007 A 36.93/10.72, 37.13/10.68,
# 36.65/10.32; 2006 41.38/9.66, 41.33/9.71, 41.48/9.80; 2007 main 43.94/12.61, 44.19/12.82,
# 44.21/12.57; 2007 update B 34.46/8.35, 35.34/9.35, 35.34/9.35 (at 0.7 its Oprah Winfrey cluster
# passed over her book medal, 0.78 to "Oprah Winfrey is starting a magazine", R-2 12.3 -> 4.2). At
# 0.8 DUC 2004 dev keeps no point pair of one fact at 0.7 or more (d31043t's Hariri, 0.84, goes).
_FORWARD_PASS_OVER = {"fact": 0.8, "short": 0.8, "same": REDUNDANT_THRESHOLD}
# Whether MMR's soft penalty counts the relation beside the TF-IDF cosine: only with the paraphrase
# model. With the same-fact model (either direction, as a penalty) it pushed MMR off the story's
# centre: DUC 2004 dev R-1/R-2 39.48/10.11 without the penalty and 38.93/9.80 with it.
_RELATION_PENALTY = {"fact": False, "short": False, "same": True}
# "Only in X" is a claim that no other article states the fact. A point citing one source makes
# it only when no sentence of another document reaches this probability of stating its fact
# (even odds); between here and the citation level the other source is counted as possible and
# the briefing writes "1 of N sources". On DUC 2004 dev (25 clusters, 100 words) 35 points cite
# one source; by our reading about 9 of them are stated elsewhere (the Chechen heads, Sharon's
# appointment, the children's stunted growth ...), all but one at 0.5 or more; 10 of the 35 stay
# "only in" (the one wrong: Ocalan's capture at Rome's airport, 0.42).
POSSIBLE_LEVEL = 0.5
# A point left with one source is "only in" it unless another article's sentence, read up to where
# its trailing clause opens, may state its fact (``_Statements.possible_in_clauses``): this many of
# the sentences most similar to the point are read, and no head shorter than this many words.
MAX_CLAUSE_SENTENCES = 50
CLAUSE_HEAD_MIN_WORDS = 5
# A sentence restates the headline's fact when it states the title (from the forward pass-over
# level) and the title states it back from this level: on the sample articles the leads restating
# the title score 0.24-0.70 back; on DUC 2006 and 2007 main (titled) the sentences that merely
# hold a short title's words ("Report: Global Warming a Threat") mostly under it: 79 sentences
# passed over without it, 2 with it (benchmarks/fact_notes.md, eighth stop).
HEADLINE_BACK_LEVEL = 0.2
# A sentence states a point's fact only if it holds at least ``MIN_SPECIFIC`` of the point's
# specific words: each stemmed word weighed by its inverse frequency among the cluster's
# sentences, so the story's own words (in most of its sentences) weigh little and the words of
# the point's claim weigh most. Below it the sentence is a possible source, not a citation. Of
# every citation of DUC 2004 dev (generic, 100 words), DUC 2006 and DUC 2007 main (query, 250
# words), those under 0.25 were read one by one: 27 wrong, 4 right, 2 loose; of those the rule
# still removes once FAR_MIN_SPECIFIC has acted, 8 wrong, 1 right, 2 loose (2007 A: none).
# Not with the paraphrase model (articles of a sentence or so): in a lone pair every shared word
# is in every sentence and weighs 0 (benchmarks/fact_notes.md, ninth stop).
MIN_SPECIFIC = 0.25
# Articles further apart than this many days report different events of a subject (a topic
# collection over months: DUC 2006 and 2007 main); those of one event fall within it (DUC 2004's
# cited articles are at most 21 days apart, the sample articles two). A sentence of an article so
# far from the pick's must hold ``FAR_MIN_SPECIFIC`` of the pick's specific words: the subject's
# words are in most of the collection's sentences, and holding them with a word or two of the
# pick is no restatement. Read on DUC 2006 (a random 40 of the citations, read before the share
# was computed, then the share set beside the reading) and checked on a random 40 of DUC 2007
# main's citations more than 30 days apart: of those under 0.4 there, 8 were wrong, 3 right and
# 1 loose ("four million" / "an estimated 4 million"; "last verified sighting ... near Andrews" /
# "last seen near Andrews"); of those kept, 21 right and 7 wrong.
FAR_APART_DAYS = 30
FAR_MIN_SPECIFIC = 0.4
# A later article's count of a pick's thing updates it when it differs at all (a factor of 1, as
# the since stage reads a corrected figure): a count a day later is a revision, not another
# outlet's rounding (same.FIGURE_TOLERANCE, 1.25, read 47, 52 and 54 dead as one count).
UPDATE_TOLERANCE = 1.0
# A point told with a trailing clause of circumstance (the sample articles' point on the scrapped
# lunch and signing ceremony, "after" the talks' end) is cited by a sentence that states its main
# clause (004's sentence on the cancelled working lunch: 0.785 to the whole point, 0.995 to the
# clause). The clause is cut after at
# least this many words; a shorter clause ("The Kursk sank on Aug. 12.") holds only the story's
# subject. The citing sentence must hold FAR_MIN_SPECIFIC of the clause's specific words (a
# clause is a shorter statement, as a far sentence is a weaker one), and the cluster must be one
# event (dates within FAR_APART_DAYS, or none): on the topic collections a clause held the
# subject's words of dozens of sentences (about 55 citations added, mostly wrong). Measured
# (benchmarks/fact_notes.md, ninth stop): the sample articles' lunch point cites 004 at every
# budget (recall 1.00); the small clusters add one right citation; DUC 2004 dev, 2007 A, update B
# and the topic collections none (without the share, update B's balloonists "floated over the
# Pacific" was cited by two other legs of the flight, and DUC 2004 one loose citation).
MAIN_CLAUSE_MIN_WORDS = 8
# Two articles dated at most this many days apart report the same news cycle: the day's event
# and the next morning's report of it (``_Statements.lead_citing``).
NEWS_CYCLE_DAYS = 1
# A clause of circumstance set off by a comma opens with its subordinator within this many words
# of the comma: ", after ...", ", days after ...", ", two days after ..." (``_before_aside_clause``).
ASIDE_CLAUSE_LEAD = 3
# The TF-IDF cosine from which two sentences are copies word for word (rounding aside).
VERBATIM_COSINE = 0.999
# A relative clause in a sentence's subject opens within this many words of its start ("The
# ferry that ran aground ...", "The two men who ..."): later, "that" mostly opens what was said.
SUBJECT_CLAUSE_MAX_START = 4
# ... or later, up to this word, when the subject before it is a chain of short noun phrases
# joined by the "links:" words of ``subject_clauses.txt`` ("The master and the officer of the
# watch of the ferry that ran aground ... have been stood down"), each of at most
# ``SUBJECT_PHRASE_WORDS`` words and none a verb: a verb before the opening word makes it open
# what was said, shown or decided ("The embassy denied allegations in the press that ...").
SUBJECT_PHRASE_MAX_START = 12
SUBJECT_PHRASE_WORDS = 3
# A sentence whose subject is a personal pronoun ("After a three-month impasse, they agreed last
# week to a coalition deal ...") is read, for a citation, with the names of the actor it stands
# for (``_Statements.pronoun_citing``): the subject of the nearest earlier sentence of its article
# whose subject is no pronoun, at most this many sentences back, when that subject is a name. An
# opening phrase set off by a comma ("After a three-month impasse,") ends within
# ``score.OPENING_MAX_WORDS`` words, or the sentence's subject is not looked for after it.
ANTECEDENT_MAX_BACK = 2
# A word or a comma of a sentence, for finding the speaker beside a verb of saying.
_SPEAKER_TOKEN = re.compile(r"[\w'’.-]+|,")
# Why a sentence is cited (``Citation.reason``): it is the point's text; the relation says it states
# the same fact as the point's sentence; or it states the fact of a sentence the point already
# cites (a later pick that joined the point, the relation not being transitive); or it tells the
# point's event with a count the point gives whole, in parts (``_Statements.told_in_parts``).
REASON_SHOWN = "shown"
REASON_SAME = "same statement"
REASON_CHAINED = "same statement as a cited sentence"
REASON_JOINED = "same statement across two sentences"
REASON_QUOTED = "same statement as the speaker's quote after the point"
REASON_HEADLINE = "states the headline's fact, as the point does"
REASON_PARTS = "the same event, its count told in parts"
REASON_FIGURES = "the same event, told with the same figures"
REASON_LEAD = "the same event, told again after its article's lead"
REASON_REPEATED = "states the point's fact, read at their heads"
REASON_LEADS = "another article's lead of the same news, told of the point's actor"
# A term is a concept of the event when at least this many documents use it (ICSI's threshold):
# what one or two articles say is their own angle, not the event.
CONCEPT_MIN_DOCS = 3
# Settings for query-focused briefings (pass them to select_mmr when a query is given): concept
# coverage at the weight of relevance, gain per sqrt of relative length. Measured on DUC 2006 and
# DUC 2007 main (R-2 8.64 -> 9.70 and 10.94 -> 12.25); on generic DUC 2004 they cost 0.5 R-1, so
# generic briefings keep plain MMR (benchmarks/tune_notes.md).
QUERY_COVERAGE_WEIGHT = 1.0
QUERY_LENGTH_POWER = 0.5
# A query off the story's core (``Scored.query_answers``, ``score.QUERY_CORE_SHARE``): a user who
# asks a ferry's grounding about "fuel leak pollution" expects the briefing to answer that first,
# and the rest of the budget on the story. Up to ANSWER_SHARE of the word budget is first picked
# by MMR over the query's cosine alone (no centroid, no position prior, no concept coverage),
# among the sentences at least ANSWER_FLOOR as close to the query as the closest eligible one;
# the rest of the budget is the story's core (the pipeline gives it the generic settings). Blending instead (score.QUERY_WEIGHT 0.8, or the
# lead prior on the centroid's share only) cost DUC 2006 and 2007 main 0.5 to 0.7 R-1 with their
# long queries and did not answer the ferry's questions; answering first on every query cost them
# 0.7 to 1.3 R-1 (benchmarks/tune_notes.md, "Short queries").
ANSWER_SHARE = 0.5
ANSWER_FLOOR = 0.5
# Budget packing, for a small pool of candidates (two or three short reports): greedy MMR takes the
# best sentence that fits, and in a pool of a dozen sentences nothing may fit what it leaves, so a
# 60-word briefing of such a cluster used 53.7 of its words on average (benchmarks/
# small_clusters.py) where one of a full DUC cluster uses 58: a large pool always holds a sentence
# that fits. With a pool of at most PACKING_MAX_POOL eligible sentences, once the words left hold no
# more than PACKING_ROOM sentences of the pool's median length (what a pick leaves then decides
# whether the last one fills it), MMR's pick gives way to one within PACKING_NEAR of its gain that,
# with the best sentence still fitting after it, fills more words and is worth more
# (``_packed_pick``).
# Every DUC cluster has 45 or more eligible sentences (the small clusters 4 to 14), so DUC output
# is unchanged; there, packing at every pick cost DUC 2004 dev R-2 10.20 -> 9.00. The bound is
# three reports of ten eligible sentences: the three seed articles (long, 38 eligible) keep
# greedy MMR, with which their 100-word briefing does not state the cancelled lunch twice.
PACKING_MAX_POOL = 30
PACKING_ROOM = 3.0
# Packing arbitrates only between picks MMR rates about equal (at least this share of its best
# gain), so the story's main fact is never traded for a longer sentence (on the three seed
# articles at 100 words, without it, the fact all three state gave way to a 40-word lead).
PACKING_NEAR = 0.8
# A sentence's worth in packing: its gain (a cosine, relevance per word rather than in total) times
# its length to this power. Chosen on the small clusters of DUC 2006 and DUC 2007 main (R-1 + R-2
# at 60 words: 0: 28.18, 0.5: 28.43, 1: 28.27; without packing 27.78), reported on the other two.
PACKING_LENGTH_POWER = 0.5
# Packing looks one sentence ahead, and assumes the best sentence that fits after a pick is still
# there once the pick is made; but a pick passes over what states its fact, and that may be the very
# sentence it counted on. Two reports of one event lead with the same fact: picked first, the one
# lede passes over the other, and a 60-word briefing of DUC 2006's D0609I ended with one point of
# 32 words (of two sample articles, with one of 42), where another opener leaves room for a second.
# So when the packed briefing leaves at least LOOKAHEAD_SLACK of its word budget unused, the
# briefing is made again from each of up to LOOKAHEAD_OPENERS other first picks within
# LOOKAHEAD_NEAR of MMR's best gain, and the worthiest briefing stands (a point's worth as
# packing's: relevance times length to PACKING_LENGTH_POWER; ties keep the packed one). Chosen on
# the small clusters of DUC 2006 and 2007 main (``benchmarks/small_clusters.py``: R-1 / R-2 24.21 /
# 4.00 -> 24.38 / 4.06; 4 of 139 briefings change, all up on R-1), reported on the other two
# (28.08 / 6.25 -> 28.14 / 6.29; 1 of 55 changes). Without the slack condition (every packed
# briefing), 30 to 44 of the 194 briefings change, as many down as up: the sum favours several
# short points, a kicker ("Think of it as ...") or a second wording of the lede
# (benchmarks/tune_notes.md, "Small clusters at 60 words").
LOOKAHEAD_SLACK = 0.2
LOOKAHEAD_NEAR = 0.6
LOOKAHEAD_OPENERS = 5
# A generic briefing ends rather than fill the words left with a sentence whose relevance is below
# this share of the best eligible sentence's: when nothing relevant fits, MMR's best is a filler.
# DUC 2004 dev at 100 words had three, each its briefing's last pick: "FUNCINPEC will take
# justice and information." (0.07 of the best), "The advertised demonstrations don't always
# materialize." (0.11), "``The conclusions were mutual,'' Brinkley said." (0.00; its speaker
# never introduced). The lowest point kept there is at 0.26 ("The Republicans currently hold a
# 55-to-45 majority."). Measured (benchmarks/fact_notes.md, "Fillers"): DUC 2004 dev R-1 39.43 ->
# 39.36, R-2 10.18 unchanged, F1 up; 2007 A and update B unchanged; generic 100-word DUC 2006 and
# 2007 main drop four fillers for 0.05 R-1. Query-focused briefings keep every pick
# (``min_relevance`` 0): there relevance blends the query, and the share cut informative short
# answers ("Environmental groups and local Aborigines oppose the mine.", DUC 2007 main).
MIN_RELEVANCE_SHARE = 0.2

#: The largest word budget read as given; a larger one (an API caller's 10**400, a CLI's 400
#: digits) picks as this one, which no text reaches, and stays the briefing's budget as given.
MAX_WORD_BUDGET = 2**53


def select_mmr(
    scored: Scored,
    *,
    max_words: int | None = None,
    max_sentences: int | None = None,
    diversity: float = DEFAULT_DIVERSITY,
    citation_threshold: float | None = None,
    coverage_weight: float = 0.0,
    length_power: float = 0.0,
    concept_min_docs: int = CONCEPT_MIN_DOCS,
    headline: str | None = None,
    dates: Mapping[str, str | None] | None = None,
    min_relevance: float = 0.0,
    answer_share: float = 0.0,
    far_facts: bool = False,
) -> tuple[Pick, ...]:
    """Pick sentences by MMR under the budget and attribute each to every source that carries it.

    Parameters
    ----------
    scored : Scored
        The score stage's output.
    max_words : int, optional
        Word budget (whitespace tokens); never exceeded. Sentences that no longer fit are passed
        over for shorter ones.
    max_sentences : int, optional
        Sentence budget.
    diversity : float
        In [0, 1]: 0 ranks by relevance alone, 1 by novelty alone.
    citation_threshold : float, optional
        In (0, 1]: the relation's probability from which a sentence of another source states the
        pick's fact; ``None`` takes the relation's own level for the model the cluster is read
        with (``same.FACT_SAME_THRESHOLD``, or ``same.SAME_THRESHOLD`` for short articles).
    coverage_weight : float
        >= 0: weight of the concept-coverage gain beside relevance (0 is plain MMR).
    length_power : float
        Gain is divided by (length / median length) ** ``length_power``; in [0, 1] in practice.
    concept_min_docs : int
        >= 1: a term is a concept when this many documents use it (all documents when fewer).
    headline : str, optional
        The cluster's headline (its most central title). Its fact is one point: once a point
        states it, every other sentence that restates it is passed over (``_Statements.stating``).
    dates : mapping of str to str, optional
        Each document's ISO date by its id. A sentence of an article more than
        ``FAR_APART_DAYS`` from the pick's cites it only if it holds ``FAR_MIN_SPECIFIC`` of
        the pick's specific words.
    min_relevance : float
        In [0, 1): a sentence whose relevance is below this share of the best eligible
        sentence's is never picked, so the briefing may end with words of its budget left
        (``MIN_RELEVANCE_SHARE`` says why; 0 picks until the budget is full).

    answer_share : float
        In [0, 1]: the share of the word budget first given to the query's answers, when the
        score stage handed them on (``Scored.query_answers``; ``ANSWER_SHARE`` says why); those
        picks are marked ``Pick.answers_query``. Under a sentence budget alone, the share is of
        the sentences. 0 answers nothing apart.
    far_facts : bool
        Read a sentence of an article more than ``FAR_APART_DAYS`` from the pick's, when neither
        holds ``FAR_MIN_SPECIFIC`` of the other's specific words, as another fact: it is not
        passed over for the pick (``_Statements.far_unheld``). For a briefing of what is new
        (``since=``), whose new articles are one story's developments over weeks: the same-fact
        relation reads two of them by the same actors as one ("... named a veteran of the
        campaigns to be his press secretary" passed over "... is moving his campaign to
        Tennessee", months later). False: the relation decides alone, as a briefing of one
        collection reads it (DUC 2007 update A lost R-2 with it; benchmarks/update_notes.md).

    Returns
    -------
    tuple of Pick
        In the order picked (rank 0 first).

    Raises
    ------
    ConfigError
        A parameter is out of range.
    """
    if not 0.0 <= diversity <= 1.0 or math.isnan(diversity):
        raise ConfigError(f"diversity must be in [0, 1]; got {diversity}")
    if citation_threshold is not None and not 0.0 < citation_threshold <= 1.0:
        raise ConfigError(f"citation_threshold must be in (0, 1]; got {citation_threshold}")
    if not coverage_weight >= 0.0 or math.isinf(coverage_weight):
        raise ConfigError(f"coverage_weight must be a finite number >= 0; got {coverage_weight}")
    if not math.isfinite(length_power):
        raise ConfigError(f"length_power must be a finite number; got {length_power}")
    if concept_min_docs < 1:
        raise ConfigError(f"concept_min_docs must be >= 1; got {concept_min_docs}")
    if not 0.0 <= min_relevance < 1.0:
        raise ConfigError(f"min_relevance must be in [0, 1); got {min_relevance}")
    if not 0.0 <= answer_share <= 1.0:
        raise ConfigError(f"answer_share must be in [0, 1]; got {answer_share}")
    if max_words is not None:
        # A budget past every word a text can hold picks as that many: floats read the budget
        # (its answer share, the look-ahead's slack), and 10**400 words did not fit one.
        max_words = min(max_words, MAX_WORD_BUDGET)
    settings = _Settings(
        max_words,
        max_sentences,
        diversity,
        citation_threshold,
        coverage_weight,
        length_power,
        concept_min_docs,
        headline,
        dates,
        min_relevance,
        answer_share,
        far_facts,
    )
    picks, openers = _briefing_picks(scored, settings, -1)
    if (
        max_words is None
        or len(openers) < 2
        or max_words - sum(count_words(p.sentence.text) for p in picks)
        < LOOKAHEAD_SLACK * max_words
    ):
        return picks
    # The packed briefing leaves a share of its budget unused: each other opener's briefing is
    # made, and the worthiest stands (``LOOKAHEAD_SLACK``).
    position = {(s.doc_id, s.index): i for i, s in enumerate(scored.sentences)}
    best, best_worth = picks, _worth(scored, picks, position)
    for opener in openers[1:]:
        other, _ = _briefing_picks(scored, settings, opener)
        worth = _worth(scored, other, position)
        if worth > best_worth:
            best, best_worth = other, worth
    return best


def _briefing_picks(
    scored: Scored, settings: _Settings, first: int
) -> tuple[tuple[Pick, ...], tuple[int, ...]]:
    """The picks of one briefing, its first pick ``first`` (-1: the packed or MMR pick), and the
    openers its first pick may be traded for (``LOOKAHEAD_SLACK``; none unless packed from it)."""
    picks, trace = _select(scored, settings, None, first)
    if not trace.repeated:
        return picks, trace.openers
    # One fact, one point: a point that repeats another's fact (``_repeated_points``) is not
    # made in a replay of the same picks.
    replayed, _ = _select(scored, settings, trace)
    return replayed, trace.openers


def _worth(scored: Scored, picks: Sequence[Pick], position: Mapping[tuple[str, int], int]) -> float:
    """A briefing's worth: its points' relevance times length to ``PACKING_LENGTH_POWER``."""
    total = 0.0
    for pick in picks:
        i = position[(pick.sentence.doc_id, pick.sentence.index)]
        words = count_words(pick.sentence.text) if scored.words is None else int(scored.words[i])
        total += float(scored.relevance[i]) * words**PACKING_LENGTH_POWER
    return total


@dataclass(frozen=True)
class _Settings:
    """``select_mmr``'s parameters, checked."""

    max_words: int | None
    max_sentences: int | None
    diversity: float
    citation_threshold: float | None
    coverage_weight: float
    length_power: float
    concept_min_docs: int
    headline: str | None
    dates: Mapping[str, str | None] | None
    min_relevance: float
    answer_share: float
    far_facts: bool = False


@dataclass
class _Trace:
    """What one run of the pick loop did: each turn's pick, the picks that made a point repeating
    another point's fact (``_repeated_points``) with the point each repeats, and the words the
    run left unused."""

    picks: list[int] = field(default_factory=list)
    repeated: dict[int, _Repeat] = field(default_factory=dict)  # by the pick that made it
    slack: int = 0
    # The first picks a packed run's first pick may be traded for, its own first
    # (``LOOKAHEAD_SLACK``); empty unless packing made the first pick.
    openers: tuple[int, ...] = ()


@dataclass(frozen=True)
class _Repeat:
    """A point that repeats another's fact (``_repeated_points``): its shown sentence, the
    sentences it cited with P(each states it), the kept point's sentence, and P(the kept point's
    head states it)."""

    shown: int
    cited: Mapping[int, float]
    kept: int
    told: float


def _select(
    scored: Scored, settings: _Settings, plan: _Trace | None, first: int = -1
) -> tuple[tuple[Pick, ...], _Trace]:
    """``select_mmr``'s pick loop; ``first`` (>= 0, without ``plan``) is the first pick, in place
    of MMR's or packing's. With ``plan`` (a first run's trace), a replay of that run's
    picks in which each repeated pick gives way to the one best sentence that fits the words it
    took and those the run left; every other pick stands (skipped when the replacement passes it
    over), and greedy picks fill what is left. The repeated point's sentence is cited for the
    point it repeats, and so are the sentences it cited, through that link (when the product of
    the two probabilities reaches the citation level)."""
    import numpy as np

    max_words, max_sentences = settings.max_words, settings.max_sentences
    diversity, citation_threshold = settings.diversity, settings.citation_threshold
    coverage_weight, length_power = settings.coverage_weight, settings.length_power
    concept_min_docs, headline = settings.concept_min_docs, settings.headline
    dates, min_relevance = settings.dates, settings.min_relevance
    answer_share = settings.answer_share
    trace = _Trace()
    sentences = scored.sentences
    n = len(sentences)
    if n == 0:
        return (), trace
    word_budget = math.inf if max_words is None else max_words
    sentence_budget = n if max_sentences is None else min(max_sentences, n)
    lam = 1.0 - diversity
    relevance = np.asarray(scored.relevance, dtype=np.float64)
    lengths = (
        np.fromiter((count_words(s.text) for s in sentences), dtype=np.int64, count=n)
        if scored.words is None
        else np.asarray(scored.words, dtype=np.int64)
    )
    available = (
        np.ones(n, dtype=bool) if scored.eligible is None else np.array(scored.eligible, dtype=bool)
    )
    if min_relevance > 0.0 and available.any():
        available &= relevance >= min_relevance * float(relevance[available].max())
    doc_codes = _doc_codes(scored)
    max_similarity = np.zeros(n)
    # Relevance (and coverage) per unit of length: 1.0 for a sentence of median length.
    length_factor = (np.maximum(lengths, 1) / max(float(np.median(lengths)), 1.0)) ** length_power
    covering = coverage_weight > 0.0
    if covering:
        concepts = _Concepts(scored, doc_codes, concept_min_docs)
    relation = _statements(scored, dates)
    # Candidates of equal similarity: the ones still open first (a thousand copies of one
    # sentence are passed over 500 at a time, not one by one).
    relation.open = available
    if citation_threshold is None:
        citation_threshold = _CITE[relation.model]
    pass_over = _PASS_OVER[relation.model]
    forward_pass_over = _FORWARD_PASS_OVER[relation.model]
    pool = int(available.sum())
    # The words left from which a pick is packed (none when the pool is large or unbudgeted).
    packing_room = (
        PACKING_ROOM * float(np.median(lengths[available]))
        if max_words is not None and 0 < pool <= PACKING_MAX_POOL
        else -math.inf
    )
    # P(each sentence restates the headline's fact), until a point states it; and P(it states
    # the headline's fact, said back or not), read for the picks in a cluster of one event only
    # (dates within FAR_APART_DAYS, or none), as main clauses are read.
    headline_said, headline_lead = relation.stating(headline) if headline else (None, None)
    if headline_lead is not None and relation.days is not None:
        headline_lead = None
    # The query's answers, picked first while their share of the budget lasts.
    answers = scored.query_answers
    # The share left, in words (or, under a sentence budget alone, in sentences).
    answer_words = answer_share * (sentence_budget if max_words is None else max_words)
    answerable = np.zeros(n, dtype=bool)
    answer_merit = relevance
    closest = float(answers[available].max()) if answers is not None and available.any() else 0.0
    if answers is not None and answer_words > 0 and closest > 0:
        # (No eligible sentence holds a word of the query: nothing answers it.)
        answerable = available & (answers >= ANSWER_FLOOR * closest)
        answer_merit = lam * np.asarray(answers, dtype=np.float64)
    facts: list[_Fact] = []
    made_by: dict[int, int] = {}  # each point's shown sentence -> the pick that made it
    dropped: dict[int, list[_Repeat]] = {}  # the kept point's sentence -> the points it repeats
    step, room, spare = 0, -1, plan.slack if plan is not None else 0
    updating = np.zeros(n, dtype=bool)  # the sentences that update a point's figures
    while len(facts) < sentence_budget:
        fits = available & (lengths <= word_budget)
        if room >= 0:
            fits &= lengths <= room
        if not fits.any():
            if room >= 0:
                room = -1  # nothing fits the repeated pick's words: the replay goes on
                continue
            break
        planned = -1
        if plan is not None and room < 0 and step < len(plan.picks):
            planned = plan.picks[step]
            step += 1
            if planned in plan.repeated:
                # The repeated point is not made; the words it took (and those the run left)
                # go to one sentence that fits them, and the rest of the briefing stands.
                repeat = plan.repeated[planned]
                copies = relation.cosine(repeat.shown) >= VERBATIM_COSINE
                copies[[planned, repeat.shown]] = True
                available &= ~copies
                dropped.setdefault(repeat.kept, []).append(repeat)
                room = int(lengths[repeat.shown]) + spare
                continue
            if not (available[planned] and fits[planned]):
                continue
        # Answers are picked while their share lasts (the last may run past it).
        answer_fits = fits & answerable
        answering = answer_words > 0 and bool(answer_fits.any())
        if answering:
            merit = answer_merit
        elif covering:
            merit = lam * relevance + coverage_weight * concepts.gain()
        else:
            merit = lam * relevance
        gain = merit / length_factor - (1.0 - lam) * max_similarity
        gain[~answer_fits if answering else ~fits] = -np.inf
        best = int(np.argmax(gain))  # first maximum: ties go to the earlier sentence
        if word_budget <= packing_room:
            packed = _packed_pick(gain, lengths, word_budget, best)
            if plan is None and not trace.picks:
                trace.openers = _openers(gain, best, packed)
            best = packed
        if first >= 0 and plan is None and not trace.picks:
            best = first
        if planned >= 0:
            best = planned
        elif room >= 0:
            spare = room - int(lengths[best])
            room = -1
        # A pick whose figures a later article updates is told by the update
        # (``_update_in_place``): one fact, one point, at its latest figure.
        read: tuple[int, np.ndarray, np.ndarray, np.ndarray] | None = None
        if planned < 0 and not answering:
            best, read = _update_in_place(
                relation,
                best,
                fits,
                relevance,
                pass_over,
                forward_pass_over,
                settings.far_facts,
            )
        # A forecast that a later article's reading has passed (``forecast_deeds``) yields to
        # the reading: told in its place, or left out when the reading is told or left already.
        readings = relation.forecast_deeds(best, np.ones(n, dtype=bool))
        if readings:
            available[best] = False
            readings = [j for j in readings if fits[j]]
            if not readings:
                continue
            best = max(readings, key=lambda j: float(relevance[j]))
        trace.picks.append(best)
        probability = relation.probability(best)
        cite = relation.citing(best, probability)
        # A sentence stating the pick's main clause states its fact (MAIN_CLAUSE_MIN_WORDS), and
        # so does one whose own statement, without the clause it goes on with, states it.
        stated = np.maximum(
            relation.main_clause_citing(best, cite, citation_threshold),
            relation.own_statement_citing(best, probability, cite, citation_threshold),
        )
        # So does a quotation alone that the pick quotes word for word.
        np.maximum(
            stated,
            relation.quote_citing(best, probability, cite, citation_threshold),
            out=stated,
        )
        # So does one whose subject is a pronoun, read with the names of its actor.
        np.maximum(
            stated,
            relation.pronoun_citing(best, probability, cite, citation_threshold),
            out=stated,
        )
        # And one that states it with a phrase for the point's verb ("held talks" / "met").
        np.maximum(
            stated,
            relation.phrase_citing(best, probability, cite, citation_threshold),
            out=stated,
        )
        cite = np.maximum(cite, stated)
        probability, cite = relation.citing_own(best, probability, cite)
        # A sentence stating only what the pick's relative clause tells (its background: "the
        # train that left the rails") is a possible source, not a citation.
        cite = relation.background_citing(best, cite, citation_threshold)
        # Another article's lead of the same news may state the pick's lead in its own words,
        # unless it states only the pick's background.
        leads = relation.background_citing(
            best,
            relation.lead_citing(best, probability, cite, citation_threshold),
            citation_threshold,
        )
        # Nor is it passed over for the pick: it may state the background, not the pick's news
        # (the wire's lead "A fire tore through a paint factory ..." beside "Residents ... were
        # back in their homes on Wednesday morning, a day after a fire ... killed two men", 0.95).
        forward, restated = _passed_over(
            relation, best, probability, pass_over, forward_pass_over, settings.far_facts
        )
        # What happened is news beside a pick that says it may happen or was tried (a plan is no
        # statement of its deed, ``_Statements.deeds``): not passed over, and redundant with the
        # pick by the words they share only.
        deeds = relation.deeds(best, np.maximum(probability, restated))
        # So is a later article's sentence that gives other figures of the pick's (an update,
        # ``_Statements.updates``: "the death toll has risen to two, and six people have now
        # fallen ill" after "four people were taken to hospital and one of them ... died"), and
        # it stays news beside the later picks (an undated "... has killed one man" passed it
        # over), unless one states it; it tells the pick's fact anew, so it is as relevant as
        # the pick (at 100 words the outbreak's new toll lost to background otherwise). The two
        # must state each other: a first draft (either direction) let in other counts of one
        # unit on DUC 2004 dev (41 Kurds on a hunger strike, d30044t; Goteborg's 435,000 people
        # beside the 400 at the dance, d31022t) and two points of one bombing's toll (D0626H).
        updated = relation.updates(best, (restated >= pass_over) & (forward >= forward_pass_over))
        if updated.any():
            relevance = np.where(updated, np.maximum(relevance, relevance[best]), relevance)
            updating |= updated
        deeds |= updating
        # So is a later article's sentence that the pick states at the citation level but that is
        # set on a later day an earlier article planned, or tells of another actor
        # (``_Statements.later_days``: the signallers' acceptance "on Wednesday", the day their
        # union "will announce its result", the drivers' "on Monday" held, 0.997; their deal the
        # drivers' deal held, 0.996), beside this pick only. Not below the
        # citation level: a first draft from the pass-over levels let DUC 2004's d30031t tell
        # "astronauts boarded ... Endeavour on Friday for liftoff" (0.70 beside Thursday's halted
        # launch), which passed over the launch itself.
        deeds |= relation.later_days(best, restated >= citation_threshold)
        # So is a sentence of an article weeks from the pick's (a story of several episodes: the
        # dates span more than FAR_APART_DAYS) that the pick states at the citation level but
        # that is set on another day (``_Statements.far_other_days``): another development.
        kept_apart = relation.far_other_days(best, restated >= citation_threshold)
        deeds |= kept_apart
        redundancy = _redundancy(relation.cosine(best), restated, relation.model)
        if read is not None:
            # What repeats the pick the update replaced is as redundant as it was beside it.
            redundancy = np.maximum(
                redundancy, _redundancy(relation.cosine(read[0]), read[2], relation.model)
            )
        if deeds.any():
            redundancy = np.where(deeds, relation.cosine(best), redundancy)
        np.maximum(max_similarity, redundancy, out=max_similarity)
        same = cite >= citation_threshold
        same[best] = True
        # The fact's sentences that could still be shown: the best-formed of them is the point.
        shown = _best_formed(scored, same & fits, best, relevance)
        if shown != best:
            shown_probability = relation.probability(shown)
            shown_cite = relation.background_citing(
                shown, relation.citing(shown, shown_probability), citation_threshold
            )
            shown_restated = _said_already(relation, shown, pass_over)
            shown_apart = (
                relation.far_unheld(shown) if settings.far_facts else np.zeros(n, dtype=bool)
            )
            shown_restated = np.where(shown_apart, 0.0, shown_restated)
            np.maximum(
                max_similarity,
                _redundancy(relation.cosine(shown), shown_restated, relation.model),
                out=max_similarity,
            )
            same |= shown_cite >= citation_threshold
            probability = np.maximum(probability, shown_probability)
            np.maximum(
                forward,
                np.where(
                    shown_apart,
                    0.0,
                    relation.background_citing(
                        shown, shown_probability, forward_pass_over, dated_only=True
                    ),
                ),
                out=forward,
            )
            cite = np.maximum(cite, shown_cite)
            restated = np.maximum(restated, shown_restated)
        # Passed over: the fact's citations, what the pick already states, and what may state the
        # pick's fact without surely enough to cite (a second point would restate it: DUC 2004
        # dev's "Hariri declines to form the government" beside "Hariri ... said Monday he was
        # bowing out as premier", 0.84).
        gone = (same | (restated >= pass_over) | (forward >= forward_pass_over)) & ~deeds
        if read is not None:
            # The pick the update replaced, and what it passed over: its earlier figures are
            # told by the update now (a sentence of another article giving them is no point).
            gone |= ((read[2] >= pass_over) | (read[1] >= forward_pass_over)) & ~deeds
            gone |= read[3]
            gone[read[0]] = True
        # An earlier article's count of what the pick's relative clause tells anew is no point
        # beside it (``_Statements.earlier_counts``: the broadsheet's 47 dead beside the funerals
        # "... Tuesday's earthquake, which has now killed 52 people ...").
        gone |= relation.earlier_counts(best, available & ~gone, pass_over)
        gone |= same & updating
        # An article's lead that states the pick's fact in passing only, its own statement being
        # another fact ("The county opened a ferry for villagers whose road was buried by
        # Tuesday's landslide"), keeps its news: cited for the pick, and still a candidate.
        passing = gone & (restated < pass_over)
        passing[[best, shown]] = False
        gone[relation.own_news(best, passing, forward_pass_over)] = False
        available &= ~gone
        # A transitivity gap: the pick states the fact of an earlier point through one of that
        # point's cited sentences (the relation is not transitive): the pick states that
        # sentence's fact (its ``restated`` row), which states the earlier point's. One fact, one
        # point: the pick joins the earlier point instead of making a second one. (Not the pick's
        # own row: a sentence stating both the pick's fact and the earlier point's links two
        # different facts.) The link must also pass the citation rules the other way (the cited
        # sentence holds what the pick says of its names, with no other figures): merging two
        # points asks for one fact, not only that one sentence holds the other (DUC 2007 main's
        # "Gingrich asked a judge to settle his divorce by relying on a financial agreement ..."
        # held "... filed for divorce from his wife of 18 years, saying his marriage is
        # irretrievably broken" at 0.9, and vanished into the filing point). That check counts
        # the function words (``merging``; same.MIN_HELD_PREDICATE says why).
        linking = relation.citing(best, restated, merging=True)
        # Not through the pick itself: a lead cited for an earlier point in passing (``own_news``)
        # is that point's citation, and its own news another fact.
        linking[[best, shown]] = 0.0
        # Not into a fact whose pick kept this one apart as another development (weeks away).
        joinable = [f for f in facts if best not in f.apart]
        earlier, link = _same_fact(joinable, linking, citation_threshold)
        quoted = _speakers_quote(relation, best) if earlier is None else None
        if quoted is not None:
            earlier, link = _quoted_fact(joinable, quoted[1], citation_threshold)
            if earlier is not None:
                # The pick and its speaker's quote after it state that point's fact in the
                # pick's document: cited across the two, and neither is picked again.
                earlier.join_through(best, quoted[0], link, doc_codes)
                available[[best, quoted[0]]] = False
                continue
        reason = REASON_CHAINED
        # A pick whose speaker's quote joined no point is read by the join rules as any pick
        # (DUC 2004's d31043t: "Sources close to the prime minister ... said Hariri turned down
        # the invitation ..." before "There has been no formal announcement ...").
        if earlier is None:
            # One event told twice in other words, its count whole in one sentence and in parts
            # in the other (``_Statements.told_in_parts``): the pick joins the earlier point.
            parted = next((f for f in joinable if relation.told_in_parts(best, f.shown)), None)
            if parted is not None:
                earlier, link, reason = parted, 1.0, REASON_PARTS
            else:
                # ... or with the same figures (``_Statements.told_with_figures``).
                parted = next(
                    (f for f in joinable if relation.told_with_figures(best, f.shown)), None
                )
                if parted is not None:
                    earlier, link, reason = parted, 1.0, REASON_FIGURES
                else:
                    # ... or as its article's lead and the next sentence, which tells the lead's
                    # event again with its particulars (``_Statements.told_after_lead``).
                    parted = next(
                        (f for f in facts if relation.told_after_lead(best, f.shown)), None
                    )
                    if parted is not None:
                        earlier, link, reason = parted, 1.0, REASON_LEAD
        if earlier is not None:
            pick_uncertain, point_uncertain = relation.moods(best, earlier.shown)
            if pick_uncertain and not point_uncertain:
                # A plan or attempt of what the point says happened: it adds nothing and is
                # no citation of it.
                available[[best, shown]] = False
                continue
            if point_uncertain and not pick_uncertain:
                earlier = None  # the deed of the point's plan: news, a point of its own
        if earlier is not None:
            # The pick itself states the earlier fact through the chain; the sentences that state
            # the pick's fact are one link further, and are not cited for it (on DUC 2006 and 2007
            # main, 250 words, about 20 such citations, nearly all wrong; none on DUC 2004 dev),
            # but for its copies word for word (a wire sentence reused by other outlets).
            itself = same & (relation.cosine(best) >= VERBATIM_COSINE)
            itself[[best, shown]] = True
            earlier.join(cite, itself, doc_codes, link, reason, citation_threshold)
            continue
        fact = _Fact(shown, float(gain[best]), len(facts), int(doc_codes[shown]), answering)
        fact.apart = set(np.flatnonzero(kept_apart).tolist())
        # An update told in an earlier pick's place, or an episode an earlier pick kept apart.
        fact.develops = read is not None or len(joinable) < len(facts)
        made_by[shown] = best
        fact.join(cite, same, doc_codes, 1.0, REASON_SAME, citation_threshold)
        if quoted is not None:
            # Sentences stating what the speaker's quote after the pick says, as the speaker's.
            by_quote = quoted[1] >= citation_threshold
            fact.join(quoted[1], by_quote, doc_codes, 1.0, REASON_QUOTED, citation_threshold)
            available &= ~by_quote
        available[fact.join_across(relation, probability, doc_codes, citation_threshold)] = False
        # Last, and only for the articles nothing else cites (a pair read across two sentences
        # holds more of the fact than its lead alone).
        by_lead = fact.join(
            leads, leads >= citation_threshold, doc_codes, 1.0, REASON_LEADS, citation_threshold
        )
        available[by_lead] = False
        facts.append(fact)
        relation.shown.append(shown)
        # The headline's fact is one point: every lead restates it in words of its own, which the
        # pair relation may not see ("walked away from signing an agreement" / "no joint
        # agreement was reached", 0.02 both ways, each stating the sample articles' title).
        lead = max(headline_lead[[best, shown]]) if headline_lead is not None else 0.0
        if headline_said is not None and lead >= citation_threshold:
            # The point states the headline's fact, perhaps with more of its own ("cut short
            # their summit without an agreement, a collapse that caused ..."): an article whose
            # sentence restates the headline reports it, though the relation may not see that
            # sentence state the whole point (with two of the sample articles, the lead was
            # "only in AP" while the other's "talks came to an abrupt end" states the title).
            restating = headline_said >= citation_threshold
            fact.join(
                headline_said, restating, doc_codes, lead, REASON_HEADLINE, citation_threshold
            )
            available &= headline_said < forward_pass_over
            headline_said = None
        elif headline_said is not None and max(headline_said[[best, shown]]) >= forward_pass_over:
            available &= headline_said < forward_pass_over
            headline_said = None
        word_budget -= int(lengths[shown])
        if answering:
            answer_words -= 1 if max_words is None else int(lengths[shown])
        if covering:
            concepts.cover(shown)
    for fact in facts:
        for repeat in dropped.get(fact.shown, ()):
            # The repeated point states the kept point's fact at its head, and so do the
            # sentences it cited (through that link).
            stating = np.zeros(n)
            stating[list(repeat.cited)] = list(repeat.cited.values())
            stating[repeat.shown] = 1.0
            fact.join(
                stating, stating > 0, doc_codes, repeat.told, REASON_REPEATED, citation_threshold
            )
    for fact in facts:
        if len(fact.cited) == 1 and not fact.possible.difference(fact.cited):
            # "Only in X" is a claim about every other article: read their clauses as well.
            fact.possible.update(relation.possible_in_clauses(fact.shown, doc_codes))
        if len(fact.cited) == 1 and not fact.possible.difference(fact.cited):
            # ... and the parts of the point they tell (``_Statements.telling_figures``).
            fact.possible.update(relation.telling_figures(fact.shown, pass_over, doc_codes))
        if len(fact.cited) == 1 and not fact.possible.difference(fact.cited):
            # ... and the point's ranks and shares they give of the same thing, in other words
            # (``_Statements.agreeing_figures``).
            fact.possible.update(relation.agreeing_figures(fact.shown, doc_codes))
    if (
        plan is None
        and max_words is not None
        and isinstance(relation, _Statements)  # (not a test's stand-in table)
        and relation.model == "fact"
        and relation.days is None
    ):
        # Budgeted briefings of one event (dates within FAR_APART_DAYS, or none), read with the
        # same-fact model: a point that repeats another's fact is found after the run.
        trace.repeated = _repeated_points(relation, facts, made_by, forward_pass_over)
        trace.slack = int(word_budget)
    return tuple(fact.pick(scored, doc_codes) for fact in facts), trace


# The quotation marks a sentence quoting someone holds (``_Statements.quote_citing``).
_QUOTE_MARKS = ('"', "“", "``", "«", "„")
# A pair of points whose sentences may state each other read whole (from this probability either
# way) is read at their heads (``_repeated_points``).
REPEAT_BAND = 0.3


def _repeated_points(
    relation: _Statements, facts: Sequence[_Fact], made_by: Mapping[int, int], level: float
) -> dict[int, _Repeat]:
    """The picks that made a point repeating another point's fact, each with that point's shown
    sentence, the kept point's and P(the kept point's head states the other). Read at their heads
    (``_fact_head``), for pairs whose sentences may state each other (from ``REPEAT_BAND``
    either way, read whole):

    - of two points whose heads state each other from ``level``, the shorter (the longer tells
      the fact with more besides: on DUC 2004 dev, NYT's appointment of Sharon "... in an effort
      to placate the far right ..." is kept, AP's "... named Sharon foreign minister on Friday,
      effectively putting ..." goes), when one head's names are all in the other point or a
      sentence it cites (``_Statements.head_names_held``: "... extradition of the banker Oren
      Brannock" and "... extradition of Brannock's deputy, Ilse Marr" are two facts);
    - a point that adds nothing to another: that point's head states it whole from ``level``, and
      every word it names (its content words but the verbs: "Turkey has asked for Ocalan's
      extradition" beside "Turkey stepped up pressure on Italy for the extradition of ... Abdullah
      Ocalan") is in the other point or a sentence the other cites (``_Statements.names_held``).
    """
    texts, language = relation.index.texts, relation.language
    heads = {fact.shown: _fact_head(texts[fact.shown], language) for fact in facts}
    repeated: dict[int, _Repeat] = {}
    kept: set[int] = set()
    for k in range(1, len(facts)):
        j = facts[k].shown
        bands: tuple[np.ndarray, np.ndarray] | None = None
        for earlier in facts[:k]:
            i = earlier.shown
            if made_by[i] in repeated:
                continue
            # The names first (cheap), then the relation.
            both = made_by[j] not in kept and (
                relation.head_names_held(j, heads[j], earlier)
                or relation.head_names_held(i, heads[i], facts[k])
            )
            # Either point may add nothing to the other (the earlier one too: picked first for
            # its relevance, it is made in the replay by the other).
            ways = [
                (one, other)
                for one, other in ((earlier, facts[k]), (facts[k], earlier))
                if made_by[one.shown] not in kept
                and made_by[other.shown] not in repeated
                and relation.names_held(one.shown, other)
            ]
            if not both and not ways:
                continue
            if bands is None:
                bands = relation.probability(j), relation.reverse(j)
            if max(bands[0][i], bands[1][i]) < REPEAT_BAND:
                continue
            if both:
                pair = relation._pair([heads[j], heads[i]])
                told = min(pair.probability(0)[1], pair.probability(0, reverse=True)[1])
                if told >= level:
                    # The shorter goes: the longer tells the fact with more besides.
                    one, other = (facts[k], earlier)
                    if len(texts[j].split()) > len(texts[i].split()):
                        one, other = earlier, facts[k]
                    repeated[made_by[one.shown]] = _repeat(one, other.shown, float(told))
                    kept.add(made_by[other.shown])
                    break
            for one, other in ways:
                whole = relation._pair([texts[one.shown], heads[other.shown]])
                told = float(whole.probability(0)[1])
                if told >= level:
                    repeated[made_by[one.shown]] = _repeat(one, other.shown, told)
                    kept.add(made_by[other.shown])
                    break
            if made_by[j] in repeated:
                break
    return repeated


def _repeat(fact: _Fact, kept: int, told: float) -> _Repeat:
    """``fact`` as a point repeating the point shown by sentence ``kept``."""
    cited = {j: q for j, q, _ in fact.cited.values() if j != fact.shown}
    return _Repeat(fact.shown, cited, kept, round(told, 6))


def _fact_head(text: str, language: str) -> str:
    """``text`` read at the statement it makes, to ask whether two points tell one fact: without
    an apposition set off by commas (``_without_apposition``: "appointed Sharon, a hawkish former
    defense minister, to be foreign minister"), up to where a trailing clause opens
    (``_clause_heads``; in English an adverb in -ly before a participle opens one too: "...,
    effectively putting him in charge") or a phrase of purpose (``purpose_phrases.txt``: "in an
    effort to"), then without the clauses that name what was told before (``_own_statement``).

    Examples
    --------
    >>> _fact_head("The mayor named Ada Vell, a former harbour pilot, to run the port on Monday "
    ...            "in an effort to end the strike.", "en")
    'The mayor named Ada Vell to run the port on Monday.'
    >>> _fact_head("The mayor named Ada Vell port chief on Monday, effectively ending the strike.", "en")
    'The mayor named Ada Vell port chief on Monday.'
    """
    text = _without_apposition(text, language) or text
    cut = _clause_heads(text, language)
    if cut:
        text = cut[0]
    else:
        for found in CLAUSE_CUT.finditer(text):
            after = text[found.end() :].split(None, 2)
            if (
                language == "en"
                and len(text[: found.start()].split()) >= CLAUSE_HEAD_MIN_WORDS
                and len(after) >= 2
                and after[0].islower()
                and after[0].endswith("ly")
                and is_participle(after[1].lower(), language)
            ):
                text = text[: found.start()].rstrip(",;: ") + "."
            break
    purpose = _purpose_phrase(language).search(text)
    if purpose is not None and len(text[: purpose.start()].split()) >= CLAUSE_HEAD_MIN_WORDS:
        text = text[: purpose.start()].rstrip(",;: ") + "."
    return _own_statement(text, language) or text


# An apposition read by ``_without_apposition`` holds at most this many words.
APPOSITION_MAX_WORDS = 6


def _without_apposition(text: str, language: str) -> str | None:
    """``text`` without a noun phrase set off by commas after a name or noun: a comma, at most
    ``APPOSITION_MAX_WORDS`` words in lower case first, none a verb form (``is_verb_form``) or a
    relative pronoun, and a comma after which the statement goes on (a word in lower case that
    opens no clause, ``clause_openers.txt``); None when there is no such phrase.

    Examples
    --------
    >>> _without_apposition("The mayor named Ada Vell, a former harbour pilot, to run the port.", "en")
    'The mayor named Ada Vell to run the port.'
    >>> _without_apposition("The pilot, who was hurt, rests, and the port is shut.", "en") is None
    True
    """
    words = text.split()
    pronouns = _relative_pronouns(language)
    openers = clause_openers(language)
    for k in range(len(words) - 2):
        if not words[k].endswith(",") or not words[k + 1][:1].islower():
            continue
        for end in range(k + 1, min(k + 1 + APPOSITION_MAX_WORDS, len(words) - 1)):
            bare = _bare_word(words[end]).lower()
            if bare in pronouns or is_verb_form(bare, language) or words[end].endswith((";", ":")):
                break
            if words[end].endswith(","):
                following = words[end + 1]
                if following[:1].islower() and _bare_word(following) not in openers | pronouns:
                    return " ".join([*words[:k], words[k][:-1], *words[end + 1 :]])
                break
    return None


@cache
def _purpose_phrase(language: str) -> re.Pattern[str]:
    """The language's phrases of purpose (``purpose_phrases.txt``) as one pattern, whole words, in
    any case; a pattern that matches nothing when the list is empty."""
    phrases = sorted(read_lines(language, "purpose_phrases.txt"), key=lambda p: (-len(p), p))
    if not phrases:
        return re.compile(r"(?!)")
    alternation = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"(?<![\w'’-])(?:{alternation})(?![\w'’-])", re.IGNORECASE)


def _openers(gain: np.ndarray, best: int, packed: int) -> tuple[int, ...]:
    """The packed first pick, then up to ``LOOKAHEAD_OPENERS`` - 1 others of at least
    ``LOOKAHEAD_NEAR`` times MMR's best gain, best first (ties: the earlier sentence)."""
    import numpy as np

    floor = LOOKAHEAD_NEAR * float(gain[best])
    near = np.flatnonzero((gain >= floor) & (gain > 0))
    ranked = near[np.argsort(-gain[near], kind="stable")].tolist()
    others = [int(i) for i in ranked if i != packed]
    return (packed, *others[: LOOKAHEAD_OPENERS - 1])


def _packed_pick(gain: np.ndarray, lengths: np.ndarray, room: float, best: int) -> int:
    """The pick that, with the best sentence still fitting after it, is worth most (packing).

    A sentence's worth is its gain times its length to ``PACKING_LENGTH_POWER``. The sentence
    after a pick is the worthiest other of positive gain that fits the ``room`` it leaves (a
    sentence that does not fit the budget has gain ``-inf``), judged by its gain now. The greedy
    ``best`` stands against the picks of at least ``PACKING_NEAR`` times its gain that, with the
    sentence after them, fill more words than it does with its own. Linear in the pool: sorted by
    length, the two best of every prefix, never a pair matrix. Ties go to the earlier sentence;
    with fewer than two sentences of positive gain the greedy ``best`` stands.
    """
    import numpy as np

    candidates = np.flatnonzero(gain > 0)
    if candidates.size < 2:
        return best
    near = gain[candidates] >= PACKING_NEAR * gain[best]
    size = lengths[candidates].astype(np.float64)
    worth = gain[candidates] * size**PACKING_LENGTH_POWER
    by_length = np.argsort(size, kind="stable")
    # The best and second-best worth among the k shortest, for every k (as positions).
    first = np.empty(candidates.size, dtype=np.int64)
    second = np.full(candidates.size, -1, dtype=np.int64)
    top, runner = -1, -1
    for k, position in enumerate(by_length.tolist()):
        if top < 0 or worth[position] > worth[top]:
            top, runner = position, top
        elif runner < 0 or worth[position] > worth[runner]:
            runner = position
        first[k], second[k] = top, runner
    fitting = np.searchsorted(size[by_length], room - size, side="right")
    total = worth.copy()
    filled = size.copy()
    for position, count in enumerate(fitting.tolist()):
        if count:
            after = first[count - 1] if first[count - 1] != position else second[count - 1]
            if after >= 0:
                total[position] += worth[after]
                filled[position] += size[after]
    # Packing overrides MMR only for a pick that, with what fits after it, fills more words.
    greedy = int(np.flatnonzero(candidates == best)[0])
    near &= filled > filled[greedy]
    near[greedy] = True
    total[~near] = -np.inf
    return int(candidates[int(np.argmax(total))])


class _Concepts:
    """Concept coverage: the worth of the not yet covered concepts of every sentence, kept current."""

    def __init__(self, scored: Scored, doc_codes: np.ndarray, min_docs: int) -> None:
        import numpy as np
        from scipy.sparse import csc_matrix, csr_matrix

        binary = csr_matrix(scored.matrix, dtype=np.float64, copy=True)
        binary.data[:] = 1.0
        n = binary.shape[0]
        n_docs = int(doc_codes.max()) + 1 if n else 0
        membership = csr_matrix((np.ones(n), (doc_codes, np.arange(n))), shape=(n_docs, n))
        doc_freq = np.asarray(((membership @ binary) > 0).sum(axis=0), dtype=np.float64).ravel()
        # Fewer documents than min_docs: a concept is what every document says.
        self.worth = np.where(doc_freq >= min(min_docs, n_docs), doc_freq, 0.0)
        self.rows = binary
        self.columns = csc_matrix(binary)
        self.open = np.asarray(binary @ self.worth, dtype=np.float64).ravel()
        # Scale so the best sentence's coverage is 1, like the best relevance.
        top = float(self.open.max()) if n else 0.0
        self.scale = top if top > 0 else 1.0

    def gain(self) -> np.ndarray:
        """Worth of each sentence's uncovered concepts, in [0, 1]."""
        return self.open / self.scale

    def cover(self, picked: int) -> None:
        """Mark the picked sentence's concepts covered; only sentences sharing them change."""
        row = self.rows.indices[self.rows.indptr[picked] : self.rows.indptr[picked + 1]]
        new = row[self.worth[row] > 0]
        if new.size:
            self.open -= self.columns[:, new] @ self.worth[new]
            self.worth[new] = 0.0


def _doc_codes(scored: Scored) -> np.ndarray:
    import numpy as np

    codes: dict[str, int] = {}
    return np.fromiter(
        (codes.setdefault(s.doc_id, len(codes)) for s in scored.sentences),
        dtype=np.int64,
        count=len(scored.sentences),
    )


def _passed_over(
    relation: _Statements,
    best: int,
    probability: np.ndarray,
    pass_over: float,
    forward_pass_over: float,
    far_facts: bool,
) -> tuple[np.ndarray, np.ndarray]:
    """The pick's ``forward`` (P(each sentence states the pick's fact), its background aside) and
    ``restated`` (``_said_already``) rows, from which a sentence is passed over for it; neither
    for a sentence weeks from the pick's that it does not hold (``far_facts``)."""
    import numpy as np

    forward = relation.background_citing(best, probability, forward_pass_over, dated_only=True)
    restated = _said_already(relation, best, pass_over)
    if far_facts:
        # Another development of the story, weeks from the pick's (``select_mmr``).
        apart = relation.far_unheld(best)
        forward, restated = np.where(apart, 0.0, forward), np.where(apart, 0.0, restated)
    return forward, restated


def _update_in_place(
    relation: _Statements,
    best: int,
    fits: np.ndarray,
    relevance: np.ndarray,
    pass_over: float,
    forward_pass_over: float,
    far_facts: bool,
    *,
    through_clause: bool = True,
) -> tuple[int, tuple[int, np.ndarray, np.ndarray, np.ndarray] | None]:
    """The pick, or the update of its figures that is told in its place; with the update, the
    replaced pick, its passed-over rows (``_passed_over``: what it passes over is told by the
    update now) and the pick's other updates (a mask: their counts are superseded too), else
    ``None``.

    An update (``_Statements.updates``: a later article's sentence giving other figures in a unit
    of the pick's, the two stating each other) that fits the budget (``fits``) is the point
    instead: one fact, one point, at its latest figure. Our quake cluster's 100-word briefing
    told the toll as 14 (11 August) and 47 (12 August), the later let in beside the earlier
    pick as news; at 60 words our outbreak cluster's 16 June lead (40 words, four ill and one
    dead) left no room for the 18 June "The death toll ... has risen to two, and six people
    have now fallen ill" (24). Of several, the latest article's, then the most relevant; and
    that update's own, if a still later article gives one. The two must state each other from
    the pass-over level (``pass_over`` both ways: the quake's 47 states the follow-up's 54 at
    0.79, under ``forward_pass_over``). The rows are read only when a later article holds a
    sentence that fits. Where the two do not state each other (another place's dead, the
    injured beside the dead), it is no update."""
    import numpy as np

    candidates = fits.copy()
    candidates[best] = False
    later = relation.later_in_event(best, candidates)
    if not later:
        return best, None
    probability = relation.probability(best)
    forward, restated = _passed_over(
        relation, best, probability, pass_over, forward_pass_over, far_facts
    )
    dated = np.zeros(len(relation.sentences), dtype=bool)
    dated[later] = True
    among = dated & (restated >= pass_over) & (forward >= pass_over)
    found = relation.updates(best, among) if among.any() else np.zeros_like(dated)
    # ... or tells the pick's count anew in a relative clause (``_Statements.clause_updates``).
    found |= relation.clause_updates(best, dated & ~among, pass_over)
    if through_clause:
        # A pick whose relative clause tells anew an earlier article's count
        # (``_Statements.earlier_counts``) is superseded by that count's update from an article
        # later than the pick's: with the follow-up, the funerals' 52 (13 August) tells the
        # broadsheet's 47 anew, which the 54 (15 August) updates; the relation reads the 54
        # and the funerals' clause as one statement at 0.45 at most. Not followed further.
        for k in np.flatnonzero(relation.earlier_counts(best, fits | ~fits, pass_over)).tolist():
            update, _ = _update_in_place(
                relation,
                k,
                fits,
                relevance,
                pass_over,
                forward_pass_over,
                far_facts,
                through_clause=False,
            )
            if update in later:
                found[update] = True
    updated = np.flatnonzero(found).tolist()
    if not updated:
        return best, None
    # The latest article's, then the most relevant (max keeps the first of equals).
    shown = max(updated, key=lambda j: (relation.article_day(j), float(relevance[j])))
    # And the update's own update, if a still later article gives one.
    shown, read = _update_in_place(
        relation,
        shown,
        fits,
        relevance,
        pass_over,
        forward_pass_over,
        far_facts,
        through_clause=through_clause,
    )
    # The other updates tell a count that the one told supersedes: passed over with the pick
    # (with the follow-up, the funerals' 52 beside its 54).
    if read is not None:
        found |= read[3]
    found[shown] = False
    return shown, (best, forward, restated, found)


def _said_already(relation: _Statements, picked: int, level: float) -> np.ndarray:
    """P(the pick already states each sentence's fact): passed over from ``level``.

    The relation's other direction: not "does the sentence state the pick's fact?" (that makes it a
    citation), but "does the pick state the sentence's fact?". A shorter sentence whose content the
    pick holds adds nothing; a longer one that holds the pick and says more is not said already.
    An article's lead is said already only by the pick's own statement, not by a trailing clause
    that mentions it in passing (``_Statements.said_in_passing``).
    """
    return relation.said_in_passing(picked, relation.reverse(picked), level)


def _redundancy(cosine: np.ndarray, probability: np.ndarray, model: str) -> np.ndarray:
    """How much of each sentence the pick already says: the relation, or shared wording if more.

    The relation's probability is near 1 for a sentence that states the pick's whole fact and low
    for one that shares only part of it ("the storm hit the town" beside "the storm cut power in
    the town"); the TF-IDF cosine of their stemmed words and bigrams (``cosine``, the pick's row
    of ``_Statements.cosine``) measures that shared part. A sentence is as redundant as the
    stronger of the two says.
    """
    import numpy as np

    redundancy: np.ndarray = np.maximum(probability, cosine) if _RELATION_PENALTY[model] else cosine
    return redundancy


class _Fact:
    """One fact of the briefing: the sentence shown and, per other document, the sentence citing it."""

    def __init__(
        self, shown: int, score: float, rank: int, own_doc: int, answers: bool = False
    ) -> None:
        self.shown = shown
        self.answers = answers  # picked as an answer to the query (``Pick.answers_query``)
        self.score = score
        self.rank = rank
        # document code -> (sentence, probability that it states this fact, reason).
        self.cited: dict[int, tuple[int, float, str]] = {own_doc: (shown, 1.0, REASON_SHOWN)}
        # document code -> the last sentence of a citation read across two sentences.
        self.through: dict[int, int] = {}
        # Documents with a sentence that may state the fact (from POSSIBLE_LEVEL).
        self.possible: set[int] = set()
        # Sentences its pick kept as another development (``_Statements.far_other_days``): not
        # joined to this fact through a cited sentence.
        self.apart: set[int] = set()
        # Whether it tells a later development of another pick's fact (``Pick.develops``).
        self.develops = False

    def join(
        self,
        probability: np.ndarray,
        same: np.ndarray,
        doc_codes: np.ndarray,
        link: float,
        reason: str,
        threshold: float,
    ) -> list[int]:
        """Cite, for each document not cited yet, its sentence most likely to state the fact.

        ``link`` is the probability that ``probability``'s sentence states this fact (1.0 for the
        fact's own pick). Through a link, a sentence states the fact with the product of the two
        probabilities (both must hold), and is cited only when that still reaches ``threshold``.
        Every document with a sentence that reaches ``POSSIBLE_LEVEL`` so is noted as a possible
        source: a point left with one citation is "only in" it when no other is possible.
        Returns the sentences cited so.
        """
        import numpy as np

        self.possible.update(doc_codes[link * probability >= POSSIBLE_LEVEL].tolist())
        members = np.flatnonzero(same)
        cited: list[int] = []
        # Most probable first, then input order: the first sentence seen per document is its best.
        for j in members[np.lexsort((members, -probability[members]))].tolist():
            code = int(doc_codes[j])
            chained = link * float(probability[j])
            if code not in self.cited and chained >= threshold:
                self.cited[code] = (j, round(chained, 6), reason)
                cited.append(j)
        return cited

    def join_across(
        self,
        relation: _Statements,
        probability: np.ndarray,
        doc_codes: np.ndarray,
        threshold: float,
    ) -> list[int]:
        """Cite a document that states the fact across two sentences of one paragraph.

        For each document not cited yet, two neighbouring sentences of one paragraph that each
        may state the fact (from ``POSSIBLE_LEVEL``, below ``threshold``) are read as one
        statement ("Prices rise 12% from July. The council decided it on Monday."); in long
        articles (the same-fact model) only when the second leans on the first (a pronoun or
        connective opening, ``Scored.reasons``, or "the" and a noun of the first,
        ``_names_back``). The most probable pair reaching
        ``threshold`` is cited, spanning both sentences. The product rule of ``join`` does not
        apply: the pair is compared with the fact's shown sentence itself. Returns the sentences
        cited so, both of each pair (they state the fact: not to be picked again).
        """
        import numpy as np

        if relation.model == "same":
            return []  # a lone sentence per article: no neighbour to read with
        sentences = relation.sentences
        best: dict[int, tuple[float, int, int]] = {}
        read: set[int] = set()
        for j in np.flatnonzero(probability >= POSSIBLE_LEVEL).tolist():
            code = int(doc_codes[j])
            if code in self.cited:
                continue
            for first, last in ((j - 1, j), (j, j + 1)):
                if (
                    first < 0
                    or last >= len(sentences)
                    or not _adjacent(sentences[first], sentences[last])
                    # Each sentence holds part of the fact: a neighbour that holds none of it
                    # would only lengthen the text the fact's words are looked for in.
                    or min(probability[first], probability[last]) < POSSIBLE_LEVEL
                    # In long articles only a second sentence that leans on the first ("It is
                    # the first time ...", "They had been abducted ..."): without that rule 5 of
                    # 8 such citations on DUC 2004 dev were right, against about 87% of the
                    # others; with it 3 of 3. A second sentence whose subject is "the" and a
                    # noun of the first leans on it too ("The shuttle ... snared ...").
                    or (
                        relation.model == "fact"
                        and not relation.leans[last]
                        and not _names_back(
                            sentences[first].text, sentences[last].text, relation.language
                        )
                    )
                ):
                    continue
                if first in read:
                    continue
                read.add(first)
                joined = relation.joined(self.shown, first, last)
                if joined >= threshold and joined > best.get(code, (0.0, 0, 0))[0]:
                    best[code] = (joined, first, last)
        cited: list[int] = []
        for code, (joined, first, last) in best.items():
            self.cited[code] = (first, round(joined, 6), REASON_JOINED)
            self.through[code] = last
            cited += [first, last]
        return cited

    def join_through(self, first: int, last: int, link: float, doc_codes: np.ndarray) -> None:
        """Cite sentences ``first`` to ``last``, read as one statement, for their document (when
        it is not cited yet) with probability ``link``."""
        code = int(doc_codes[first])
        if code not in self.cited:
            self.cited[code] = (first, round(link, 6), REASON_JOINED)
            self.through[code] = last

    def link(self, probability: np.ndarray) -> float:
        """Probability that a sentence states this fact, given ``probability``, P(it states each
        sentence's fact): through the fact's best cited sentence, the product of the two."""
        return max(
            float(probability[j]) * q
            for code, (j, q, _) in self.cited.items()
            if code not in self.through
        )

    def pick(self, scored: Scored, doc_codes: np.ndarray) -> Pick:
        """The point: its shown sentence, citing its own document first, then the others in input order."""
        sentences = scored.sentences
        own = int(doc_codes[self.shown])
        order = [own] + sorted(code for code in self.cited if code != own)
        citations = []
        for code in order:
            j, probability, reason = self.cited[code]
            s = sentences[j]
            end = sentences[self.through.get(code, j)].end
            citations.append(Citation(s.doc_id, s.start, end, probability, reason))
        possible = len(self.possible.difference(self.cited))
        return Pick(
            sentences[self.shown],
            self.score,
            self.rank,
            tuple(citations),
            possible,
            self.answers,
            self.develops,
        )


def _speakers_quote(relation: _Statements, pick: int) -> tuple[int, np.ndarray] | None:
    """The pick's speaker's quote after it, and P(each sentence states that quote's fact as the
    same speaker's statement); ``None`` when the pick has no such quote.

    News reports a statement as a paraphrase and then the speaker's own words: 'Trump said the
    pair could not reach an agreement on nuclear sanctions. "They wanted the sanctions lifted in
    their entirety and we couldn't do that," he said.' Another outlet may report only what the
    quote says ("Trump said Kim asked the US to lift sanctions ..., but he was not willing"),
    which the paraphrase alone does not state (0.02), though it is one statement. When the
    sentence after the pick leans on it (a quote attributed to a pronoun, or a pronoun opening)
    and the pick names its speaker (``_speaker``), a sentence of another document states the
    pick's fact when it names the same speaker, states the quote (its probability, the citation
    rules applied) and is stated by it back from ``POSSIBLE_LEVEL``; 0 for every other sentence.
    Designed on the sample articles; no decision on DUC 2004 dev, 2006, 2007 main or update A
    changes (benchmarks/fact_notes.md, eighth stop).
    """
    import numpy as np

    sentences = relation.sentences
    quote = pick + 1
    if (
        quote >= len(sentences)
        or not relation.leans[quote]
        or sentences[quote].doc_id != sentences[pick].doc_id
        or sentences[quote].index != sentences[pick].index + 1
    ):
        return None
    speaker = _speaker(sentences[pick].text, relation.language)
    if speaker is None:
        return None
    stated = relation.citing(quote, relation.probability(quote))
    back = relation.reverse(quote)
    for j in np.flatnonzero(stated).tolist():
        if (
            back[j] < POSSIBLE_LEVEL
            or sentences[j].doc_id == sentences[pick].doc_id
            or speaker not in sentences[j].text
        ):
            stated[j] = 0.0
    return quote, stated


def _quoted_fact(
    facts: Sequence[_Fact], stated: np.ndarray, threshold: float
) -> tuple[_Fact | None, float]:
    """The earliest fact with a sentence (shown or cited) that states the pick's speaker's quote
    (``stated``, from ``_speakers_quote``), and how likely."""
    for fact in facts:
        for code, (j, q, _) in fact.cited.items():
            link = float(stated[j]) * q
            if code not in fact.through and link >= threshold:
                return fact, link
    return None, 0.0


def _speaker(text: str, language: str) -> str | None:
    """The name beside the first verb of saying in ``text`` ("Trump said", "said Smith"): the
    last capitalised word (not a stop word) of the three before it, else of the three after;
    ``None`` when none."""
    lexicon = get_lexicon(language)
    verbs, stop = lexicon.speech_verbs, lexicon.stop_words
    tokens = _SPEAKER_TOKEN.findall(text)

    def named(word: str) -> bool:
        return word[:1].isupper() and word.lower() not in stop  # not "The report said"

    for k, token in enumerate(tokens):
        if token.lower() in verbs:
            before = [w for w in tokens[max(0, k - 3) : k] if named(w)]
            after = [w for w in tokens[k + 1 : k + 4] if named(w)]
            name = before[-1] if before else after[-1] if after else None
            return name.rstrip(".") if name else None
    return None


def _same_fact(
    facts: Sequence[_Fact], probability: np.ndarray, threshold: float
) -> tuple[_Fact | None, float]:
    """The earliest fact that the new pick states through one of the fact's cited sentences, and
    how likely; ``probability`` is P(the pick states each sentence's fact)."""
    for fact in facts:
        link = fact.link(probability)
        if link >= threshold:
            return fact, link
    return None, 0.0


def _opens_well(text: str) -> bool:
    """Whether a sentence opens as a statement of its own: a capital, a digit or a quotation.

    A lower-case opening is the tail of a badly split sentence; a dash or other mark, a left-over
    of layout ("-- Two agents ..."). An opening quotation is whole when attributed, which the score
    stage's eligibility already checks.
    """
    first = text.lstrip()[:1]
    return first.isupper() or first.isdigit() or first in _OPENING_QUOTES


# Quotation marks that may open a whole sentence (straight, curly, the wire's ``).
_OPENING_QUOTES = frozenset("\"“'‘`«")


def _best_formed(scored: Scored, candidates: np.ndarray, best: int, relevance: np.ndarray) -> int:
    """The best-formed sentence stating the pick's fact: the one shown as the point.

    Candidates are the fact's sentences that may still be points (eligible, not yet used, within
    the budget), so each already passed the score stage's form rules (whole sentence, moderate
    length, no dangling opening, quotes attributed). Among them a sentence that opens as a statement
    of its own (``_opens_well``) beats one that does not; then the most relevant wording wins,
    which is MMR's own pick unless that opens badly (then the most relevant of those that open
    well). Deterministic: ties go to the earlier sentence.
    """
    import numpy as np

    if _opens_well(scored.sentences[best].text):
        return best
    members = np.flatnonzero(candidates)
    good = [int(j) for j in members if _opens_well(scored.sentences[int(j)].text)]
    if not good:
        return best
    return max(good, key=lambda j: (float(relevance[j]), -j))


class _Statements:
    """The same-statement relation of one sentence against the cluster, where it can hold.

    Two sentences that share no content term cannot state the same fact, so the relation
    (``summarizer.same``) compares a pick only with the sentences its TF-IDF row meets, the most
    similar first and at most ``MAX_CANDIDATES`` of them (``top_candidates``); every other sentence
    gets probability 0 without being read, and the cost follows the picks, not the cluster.

    The cluster is read with the model ``same.cluster_model`` names: the same-fact model when its
    articles are long enough to tell an event's actors from its facts, the same-fact model with
    the short-cluster rules ("short") for articles of a few sentences, else the news paraphrase
    model, whose weights were learned on lone sentence pairs.
    """

    def __init__(self, scored: Scored, dates: Mapping[str, str | None] | None = None) -> None:
        self.matrix = scored.matrix
        sentences = scored.sentences
        doc_ids = [s.doc_id for s in sentences]
        self.model = cluster_model(doc_ids)
        texts = [s.text for s in sentences]
        topic = (
            topicality(
                scored.matrix,
                scored.stems,
                doc_ids,
                texts=texts,
                language=scored.language,
                later_tokens=scored.later_tokens,
            )
            if self.model != "same"
            else None
        )
        self.index = StatementIndex(texts, topic=topic, model=self.model, language=scored.language)
        self.sentences = sentences
        self.language = scored.language
        self.stems = scored.stems
        # Sentences that lean on the one before (a pronoun or connective opening, a quote whose
        # speaker is a pronoun): such a sentence and its predecessor may make one statement.
        leaning = (REASON_DANGLING, REASON_INTERRUPTING, REASON_PRONOUN_QUOTE)
        self.leans = [reason in leaning for reason in scored.reasons] or [False] * len(sentences)
        self._last: tuple[int, np.ndarray] | None = None
        self._cosine: tuple[int, np.ndarray] | None = None
        self._phrased: dict[int, np.ndarray] | None = None
        # Each TF-IDF column a phrased sentence's readings hold -> those sentences, in order.
        self._phrased_at: dict[int, list[int]] = {}
        # Each sentence's day (its document's date), when the cluster's dates span more than
        # FAR_APART_DAYS; otherwise None (no sentence is far from another).
        self.days = _days(sentences, dates or {})
        # Each dated article's day, and each sentence's possible days (``_day_options``).
        self._article_days = {
            doc_id: day
            for doc_id, day in ((d, iso_day(v)) for d, v in (dates or {}).items())
            if day
        }
        self._day_table: dict[int, tuple[bool, frozenset[int]] | None] | None = None
        self._plans: tuple[tuple[date, frozenset[int]], ...] | None = None
        self._specificity: np.ndarray | None = None
        # Each read sentence's clauses and their moods (``_mood_clauses``).
        self._moods: dict[int, tuple[bool, tuple[tuple[frozenset[int], bool, bool], ...]]] | None
        self._moods = None
        self._cue_seen: dict[int, bool] | None = None  # ``_may_be_uncertain``
        # The stem-to-column table and analyzer of ``_stem_columns``, built on first use.
        self._stem_table: tuple[dict[str, int], Callable[[str], list[str]]] | None = None
        # The sentences MMR may still pick (``select_mmr`` shares its mask): they win the ties
        # of ``top_candidates``; and the points' shown sentences, always candidates (through
        # them a pick is read against the earlier points).
        self.open: np.ndarray | None = None
        self.shown: list[int] = []
        # Each article's capitalised words past a sentence's first (``_capitals``), by its id.
        self._capitals_of: dict[str, frozenset[str]] | None = None
        # Each read sentence's relative clause with a figure, as a statement (``_relative``).
        self._relatives: dict[int, str | None] | None = None

    def probability(self, i: int) -> np.ndarray:
        """P(each sentence states sentence ``i``'s fact); 0 where no term is shared."""
        return self.index.probability(i, self._candidates(i))

    def reverse(self, i: int) -> np.ndarray:
        """P(sentence ``i`` states each sentence's fact): what a point already says."""
        return self.index.probability(i, self._candidates(i), reverse=True)

    def citing(self, i: int, probability: np.ndarray, *, merging: bool = False) -> np.ndarray:
        """``probability(i)`` (given) as a citation of ``i`` reads it: 0 for a sentence that
        cannot state ``i``'s fact (``same.StatementIndex.cannot_cite``: other figures in one of
        ``i``'s units, or too little of what ``i`` says of its names). Such a sentence may still
        say what ``i`` says (MMR passes over it), but it neither cites ``i`` nor counts as a
        possible source of it. One whose own content lies elsewhere (``same.MIN_OWN_SHARE``) is
        capped at ``POSSIBLE_LEVEL`` instead: no citation at the relation's level, but still a
        possible source (at a ``citation_threshold`` of ``POSSIBLE_LEVEL`` or lower it is cited).
        With ``merging``, the held share counts function words and the own-content rule is not
        read: the looser check of a pick joining an earlier point through a cited sentence."""
        import numpy as np

        candidates = self._candidates(i)
        cannot = self.index.cannot_cite(i, candidates, merging=merging, elsewhere=False)
        if self.model == "fact":
            cannot |= self._other_days(i, candidates) | self._other_years(i, candidates)
        if merging:
            # A pick joining an earlier point is read for its mood by the pick loop: a plan of
            # what the point says happened is passed over, the deed of a point's plan is news.
            return np.where(cannot, 0.0, probability)
        # Read where it can matter only: below POSSIBLE_LEVEL a sentence is neither a citation
        # nor a possible source.
        cannot |= self._other_mood(i, candidates[probability[candidates] >= POSSIBLE_LEVEL])
        cite = np.where(cannot, 0.0, probability)
        # A sentence whose own content lies elsewhere is no citation, but may still state the
        # fact (its removals were measured at the citation level, same.MIN_OWN_SHARE): kept as a
        # possible source, so that the point is not called "only in" its source for it.
        away = self.index.elsewhere(i, candidates)
        away |= self._unspecific(i, candidates)
        away |= self._subject_only(i, candidates[cite[candidates] > POSSIBLE_LEVEL])
        capped: np.ndarray = np.where(away, np.minimum(cite, POSSIBLE_LEVEL), cite)
        return capped

    def told_in_parts(self, i: int, j: int) -> bool:
        """Whether sentences ``i`` and ``j`` tell one event: one gives a count whole and the other
        in parts (two of its figures, in units the first does not give, sum to one of the
        first's, in a unit the second does not give: ``_in_parts``), their subjects name the
        same thing (the stemmed content words of one's subject, ``_subject_words``, are all in
        the other's), and neither is set on another day (``_other_days``), in articles within
        ``FAR_APART_DAYS`` of each other (or undated). Their moods are read by the pick loop, as
        for a pick joining a point through a cited sentence.

        The relation reads such a pair apart when it tells the event with other verbs: "A
        passenger ferry carrying 231 people ran aground in thick fog outside Port Halloran
        harbour early on Saturday, ..." is stated by "The ferry struck Greyling Shoal at about
        6:40 a.m. on Saturday with 212 passengers and 19 crew on board." at 0.02 and states it
        at 0.15, "struck [a shoal]" being no word of "ran aground"; a count that adds up is the
        writers' own sign that they tell one event. The subject keeps it to the event's actor:
        "All 212 passengers and 19 crew were brought safely ashore" tells the same count of
        another fact, the rescue."""
        import numpy as np

        texts, language = self.index.texts, self.language
        one, two = figures(texts[i], language), figures(texts[j], language)
        if not (_in_parts(one, two) or _in_parts(two, one)):
            return False
        if self.days is not None and abs(self.days[i] - self.days[j]) > FAR_APART_DAYS:
            return False
        if self._other_days(i, np.array([j]))[j]:
            return False
        first, second = _subject_words(texts[i], language), _subject_words(texts[j], language)
        if first is None or second is None:
            return False
        a = set(self._stem_columns(first).tolist())
        b = set(self._stem_columns(second).tolist())
        return bool(a and b) and (a <= b or b <= a)

    def told_with_figures(self, i: int, j: int) -> bool:
        """Whether sentences ``i`` and ``j`` tell one event with the same figures: they give a
        figure of ten or more in one unit (``same.figures``: no date, clock time, year or span
        of time), neither is set on another day (``_other_days``), their articles are within
        ``FAR_APART_DAYS`` of each other (or undated), and either

        - at least two figures agree in all: numbers of ten or more (``same.large_numbers``),
          the unit's figures and spans of time in one unit (``same.spans_of_time``: "jailed for
          six years" / "sentenced to six years in prison ... for a fraud that cost local
          taxpayers £2.3m", with "stole £2.3 million"); or
        - their subjects name the same actor (as ``told_in_parts`` reads them) and a verb of one
          is a verb of the other (``_event_verbs``: "The Green Alliance has won ..., taking 41
          of the 95 seats" / "The Green Alliance ... finished first with ... 41 seats", a
          phrase of ``phrase_verbs.txt`` read as its verb). One figure of one actor tells two
          facts with two verbs: "The Alliance won 41 seats" / "The Alliance held 41 seats".

        Their moods are read by the pick loop, as for ``told_in_parts``.

        Exact figures agreeing is the writers' own sign of one statement, which the relation
        does not read (a number is no term of what a sentence says): "Marchetti, of the Civic
        Alliance, received 48,907 votes against 48,595 for her challenger, the Green councillor
        Samuel Oduya." is stated by "The final tally gave Marchetti 48,907 votes to Oduya's
        48,595, a margin of 312." at 0.07 in their cluster, and states it at 0.39. The unit
        keeps out what only describes an actor, an age and a tenure ("Mahathir, 72, ... during
        his 17-year rule" / "In 17 years as prime minister, Mahathir, 72, ..."); and the shared
        figures must stand in both subjects (``_subject_words``) or in neither: a count of people
        that is one sentence's subject and the other's circumstance tells two facts of them."""
        import numpy as np

        texts, language = self.index.texts, self.language
        one, two = _figure_units(texts[i], language), _figure_units(texts[j], language)
        units = {value for _, value in one & two if value >= 10}
        if not units:
            return False
        if self.days is not None and abs(self.days[i] - self.days[j]) > FAR_APART_DAYS:
            return False
        if self._other_days(i, np.array([j]))[j]:
            return False
        shared = large_numbers(texts[i], language) & large_numbers(texts[j], language)
        spans = spans_of_time(texts[i], language) & spans_of_time(texts[j], language)
        first, second = _subject_words(texts[i], language), _subject_words(texts[j], language)
        if len(shared | units) + len(spans) >= 2:
            # The shared count as one sentence's subject and the other's circumstance tells
            # two facts of the same people: "All 212 passengers and 19 crew were brought safely
            # ashore" (the rescue) / "The ferry struck Greyling Shoal ... with 212 passengers
            # and 19 crew on board" (the grounding).
            return bool(large_numbers(first or "", language) & shared) == bool(
                large_numbers(second or "", language) & shared
            )
        if first is None or second is None:
            return False
        a = set(self._stem_columns(first).tolist())
        b = set(self._stem_columns(second).tolist())
        if not (a and b and (a <= b or b <= a)):
            return False
        return bool(_event_verbs(texts[i], language) & _event_verbs(texts[j], language))

    def told_after_lead(self, i: int, j: int) -> bool:
        """Whether sentences ``i`` and ``j`` are an article's lead and its next sentence telling
        the lead's event again: the next sentence names a thing of the lead past its opening, by
        a definite article (``definite_articles.txt``) and a word the lead holds, no name
        (``_capitals``), and a verb of one is a verb of the other (``_event_verbs``, names left
        out).

        News writes a lead as the event in general words and often the next sentence as the same
        event with its particulars, who, where and when: "Former House Speaker Newt Gingrich is
        asking a judge to force his estranged wife to turn over money he says she is hoarding."
        then "Randy Evans, Gingrich's attorney, filed a motion Wednesday in Cobb County Superior
        Court asking that Marianne Gingrich be forced to transfer the money to a joint account
        within 14 days." (DUC 2007 update B, D0727G). The relation reads such a pair apart (0.09
        and 0.08 there): the names, the place and the day the second adds are what its held
        features weigh against it. The definite article is the writer's own sign that the second
        sentence speaks of the lead's thing; the shared verb, that it tells the lead's event of
        it, not another fact ("In another mine explosion, a tractor driver was killed ..." after
        a lead of a blast "killing two people" names no thing of the lead with "the"). A
        sentence that opens with the lead's thing takes it as its topic and says something new
        of it: DUC 2006's "The report, Climate Change Impacts on the United States: ..., provides
        the most detailed look ever at the possible impacts of global warming ..." after a lead
        telling the report's findings (they share "warming" and "United", a noun in -ing and a
        name, as verbs)."""
        sentences, texts, language = self.sentences, self.index.texts, self.language
        lead, after = (i, j) if sentences[i].index < sentences[j].index else (j, i)
        if (
            sentences[lead].doc_id != sentences[after].doc_id
            or sentences[lead].index != 0
            or sentences[after].index != 1
        ):
            return False
        articles = _definite_articles(language)
        if not articles:
            return False
        stop_words = get_lexicon(language).stop_words
        lead_stems = {stem(_bare_word(w).lower(), language) for w in texts[lead].split()}
        capitals = self._capitals(after)
        words = [_bare_word(w) for w in texts[after].split()]
        named = any(
            word.lower() in articles
            and noun
            and noun not in capitals
            and noun.lower() not in stop_words
            and not is_verb_form(noun.lower(), language)
            and stem(noun.lower(), language) in lead_stems
            for word, noun in pairwise(words[1:])
        )
        if not named:
            return False
        told = [_told_verbs(texts[k], capitals, language) for k in (lead, after)]
        return bool(told[0] & told[1])

    def _other_days(self, i: int, candidates: np.ndarray) -> np.ndarray:
        """Candidates set on other days than sentence ``i``: both name days, read against their
        articles' dates, and no day of one can be a day of the other ("Parliament on Thursday
        formally elected Lahoud" is not stated by "Parliament amended the constitution on
        Tuesday", DUC 2004's d31043t). A weekday is the last such day on or before its
        article's date, or the next one after it (a plan); "yesterday", "today" and the like
        (``timewords.day_offsets``) are their distance from it. Between articles of which one
        is undated, nothing is read; between undated ones, the weekdays' names. A sentence that
        dates one event from another ("freed on Sunday, 36 hours after it struck the reef":
        ``timewords.dates_another_event``) is set on more days than it names: not read."""
        import numpy as np

        other = np.zeros(len(self.sentences), dtype=bool)
        mine = self._day_options(i)
        if mine is None:
            return other
        for j in np.asarray(candidates).tolist():
            theirs = self._day_options(j)
            other[j] = theirs is not None and theirs[0] == mine[0] and not theirs[1] & mine[1]
        return other

    def _other_years(self, i: int, candidates: np.ndarray) -> np.ndarray:
        """Candidates set in other years than sentence ``i``: both articles dated, both sentences
        give years, one of them by its distance from its article's year ("so far this year",
        "last year": ``timewords.year_offsets``), and no year of one is a year of the other ("So
        far this year, there have been no confirmed cases" in August 2000 is not "There were no
        human cases last year" in January 2000)."""
        import numpy as np

        other = np.zeros(len(self.sentences), dtype=bool)
        mine = self._year_options(i)
        if mine is None:
            return other
        for j in np.asarray(candidates).tolist():
            theirs = self._year_options(j)
            other[j] = theirs is not None and (mine[0] or theirs[0]) and not mine[1] & theirs[1]
        return other

    def _year_options(self, k: int) -> tuple[bool, frozenset[int]] | None:
        """(whether named by a distance, the years sentence ``k`` is set in): its article's year
        moved by each distance it names ("this year", "last year") and the years it writes;
        None when its article is undated or it names no year."""
        day = self._article_days.get(self.sentences[k].doc_id)
        if day is None:
            return None
        text = self.sentences[k].text
        relative = {day.year + offset for offset in year_offsets(text, self.language)}
        written = years_written(text)
        if not relative and not written:
            return None
        return bool(relative), frozenset(relative | written)

    def _other_mood(self, i: int, candidates: np.ndarray) -> np.ndarray:
        """Candidates that say as possible, expected or tried what sentence ``i`` says
        happened, or the other way round (``moods``): "Salvage crews were expected to try to
        refloat the vessel on Sunday" is no citation of "It was refloated on the Sunday evening
        high tide", nor the other way round."""
        import numpy as np

        other = np.zeros(len(self.sentences), dtype=bool)
        for j in np.asarray(candidates).tolist():
            mine, theirs = self.moods(i, j)
            other[j] = mine != theirs
        return other

    def article_day(self, k: int) -> date | None:
        """The day of sentence ``k``'s article, when it is dated."""
        return self._article_days.get(self.sentences[k].doc_id)

    def later_in_event(self, i: int, among: np.ndarray) -> list[int]:
        """The sentences ``among`` marks of an article dated after sentence ``i``'s, in order;
        none when ``i``'s article is undated or the cluster is not of one event (``days``: its
        dates span more than ``FAR_APART_DAYS``), where which figure or day came later tells
        nothing of one fact. Read by ``updates``, ``later_days`` and ``_update_in_place``."""
        import numpy as np

        day = self.article_day(i)
        if day is None or self.days is not None or not among.any():
            return []
        return [
            j
            for j in np.flatnonzero(among).tolist()
            if (other := self._article_days.get(self.sentences[j].doc_id)) is not None
            and other > day
        ]

    def forecast_deeds(self, i: int, among: np.ndarray) -> list[int]:
        """Of the sentences ``among`` marks, those that tell what sentence ``i`` forecast as done
        (our flood cluster's "The Environment Agency still expects the river to peak overnight."
        and the next day's "The River Lenn peaked at 5.9 metres ..."): of an article dated after
        ``i``'s (``later_in_event``), with the past of a verb ``i`` forecasts (``_forecast_verbs``)
        and another content word of ``i``'s, and no forecast of their own. The relation reads the
        two apart (0.31 / 0.01), and so the forecast, passed by its event, stood beside it."""
        verbs = _forecast_verbs(self.sentences[i].text, self.language)
        if not verbs:
            return []
        later = self.later_in_event(i, among)
        if not later:
            return []
        deeds = []
        pasts = [_past_forms(verb) for verb in sorted(verbs)]
        mine = self._columns(i) - set(self._stem_columns(" ".join(sorted(verbs))).tolist())
        for j in later:
            text = self.sentences[j].text
            if (
                any(past.search(text) for past in pasts)
                and not _forecast_verbs(text, self.language)
                and mine & self._columns(j)
            ):
                deeds.append(j)
        return deeds

    def updates(self, i: int, among: np.ndarray) -> np.ndarray:
        """Of the sentences ``among`` marks, those that update sentence ``i``'s figures: written
        in an article dated after ``i``'s, they give figures in a unit ``i`` gives figures in,
        none close to ``i``'s (``same.StatementIndex.other_figures``: "six people have now
        fallen ill" after "four people were taken to hospital"). News, not a restatement: a
        reader of the earlier figure alone is told what is no longer so. Same-day or undated
        articles are not read: which figure came first, nothing says; nor a cluster whose dates
        span more than ``FAR_APART_DAYS`` (``days``): there a later figure may be another year's
        count, another fact (DUC 2006's D0625G, Kenya's health 1996-2000: "One out of 10
        children in Kenya dies ..." and, a year later, "... 92,000 children under the age of
        five in Kenya die annually ...")."""
        import numpy as np

        found = np.zeros(len(self.sentences), dtype=bool)
        later = self.later_in_event(i, among)
        if later:
            # Any other figure: a later article's count is a revision, where two outlets' counts
            # of one day may be rounded (FIGURE_TOLERANCE). At that tolerance our quake's 52 (13
            # August) and 54 (15 August) read as its 47 (12 August) again.
            rows = np.array(sorted({i, *later}))
            found[later] = self.index.other_figures(i, rows, UPDATE_TOLERANCE)[later]
        return found

    def clause_updates(self, i: int, among: np.ndarray, level: float) -> np.ndarray:
        """Of the sentences ``among`` marks, those of an article dated after ``i``'s
        (``later_in_event``) whose relative clause (``_relative_statement``, its antecedent put
        back) sentence ``i`` states from ``level``, at other figures (``UPDATE_TOLERANCE``): they
        tell ``i``'s count anew in a clause, their own news another fact. Our quake's local
        paper (13 August): "Stara Brda held the first funerals ... for the victims of Tuesday's
        earthquake, which has now killed 52 people ..." after the broadsheet's "At least 47
        people were killed in the earthquake ..." (12 August), which states the clause at 0.86
        and the whole at 0.51 (the whole states it at 0.35): the two were points side by side,
        two tolls told as current."""
        import numpy as np

        found = np.zeros(len(self.sentences), dtype=bool)
        rows = [(j, c) for j in self.later_in_event(i, among) for c in (self._relative(j),) if c]
        if rows:
            pair = self._pair([self.index.texts[i], *(c for _, c in rows)])
            said = pair.probability(0, reverse=True)[1:] >= level
            other = pair.other_figures(0, None, UPDATE_TOLERANCE)[1:]
            found[[j for j, _ in rows]] = said & other
        return found

    def earlier_counts(self, i: int, among: np.ndarray, level: float) -> np.ndarray:
        """Of the sentences ``among`` marks, those of an article dated before ``i``'s in a
        cluster of one event that state ``i``'s relative clause (``_relative_statement``) from
        ``level`` at other figures (``UPDATE_TOLERANCE``): an earlier count of what the clause
        tells anew (``clause_updates`` the other way), told by ``i`` now."""
        import numpy as np

        found = np.zeros(len(self.sentences), dtype=bool)
        day, clause = self.article_day(i), self._relative(i)
        if day is None or clause is None or self.days is not None or not among.any():
            return found
        near = np.zeros(len(self.sentences), dtype=bool)
        near[self._candidates(i)] = True  # those it shares a term with (``top_candidates``)
        rows = [
            j
            for j in np.flatnonzero(among & near).tolist()
            if (other := self.article_day(j)) is not None and other < day
        ]
        if rows:
            pair = self._pair([clause, *(self.index.texts[j] for j in rows)])
            said = pair.probability(0)[1:] >= level
            found[rows] = said & pair.other_figures(0, None, UPDATE_TOLERANCE)[1:]
        return found

    def _relative(self, k: int) -> str | None:
        """Sentence ``k``'s relative clause as a statement of its own (``_relative_statement``),
        when it gives a figure; else None (kept per sentence)."""
        if self._relatives is None:
            self._relatives = {}
        if k not in self._relatives:
            clause = _relative_statement(self.index.texts[k], self.language)
            self._relatives[k] = clause if clause and figures(clause, self.language) else None
        return self._relatives[k]

    def later_days(self, i: int, among: np.ndarray) -> np.ndarray:
        """Of the sentences ``among`` marks, those of an article dated after ``i``'s that are set
        on other days than ``i`` (``_other_days``) on a day an earlier article planned
        (``_planned``: "Signallers ... have accepted a pay offer, ..., their union said on
        Wednesday" after "... has been called off after train drivers and guards voted to accept
        a new pay offer, their union said on Monday", where Monday's article said the
        signallers' union "will announce its result on Wednesday"), or that tell of another
        actor (``same.StatementIndex.other_actor``: "Members of the Signalling Staff Association
        voted by 74 percent to accept a deal ..." after "More than two-thirds of Rail Crews'
        Guild members ... backed the deal ..."): a later event, news beside the pick though the
        relation reads one statement. Another day alone is not enough: a journey's positions
        told day by day (a balloon "over the Pacific Ocean Thursday", "over Mexico" six days
        later) are one fact that later articles retell, and the earlier report is the one
        readers were given (DUC 2007 update B's D0740I lost 1 R-2 point when the later
        positions took its place). As for ``updates``, only a cluster of one event (``days``
        None) and dated articles are read."""
        import numpy as np

        found = np.zeros(len(self.sentences), dtype=bool)
        later = self.later_in_event(i, among)
        if later:
            rows = np.array(later)
            planned = self._other_days(i, rows) & self._planned(rows)
            found[later] = planned[later] | self.index.other_actor(i, rows)
        return found

    def _planned(self, candidates: np.ndarray) -> np.ndarray:
        """Candidates that tell what came of a plan: set on a day that a sentence of an earlier
        dated article sets a plan on (``_plan_days``), and no plan themselves ("If all goes as
        planned, ... will land ..." is the plan again, not what came of it)."""
        import numpy as np

        planned = np.zeros(len(self.sentences), dtype=bool)
        plans = self._plan_days()
        if not plans:
            return planned
        for j in np.asarray(candidates).tolist():
            day = self._article_days.get(self.sentences[j].doc_id)
            options = self._day_options(j)
            if (
                day is None
                or options is None
                or _plans_ahead(self.sentences[j].text, self.language)
            ):
                continue
            planned[j] = any(article < day and ahead & options[1] for article, ahead in plans)
        return planned

    def _plan_days(self) -> tuple[tuple[date, frozenset[int]], ...]:
        """Each plan of a dated article as (its article's date, the days after that date it may
        be set on): a sentence with a word of the future (``plan:`` of ``uncertain_words.txt``,
        "will announce its result on Wednesday") that names a day (built once)."""
        if self._plans is None:
            plans = []
            for k, sentence in enumerate(self.sentences):
                day = self._article_days.get(sentence.doc_id)
                if day is None or not _plans_ahead(sentence.text, self.language):
                    continue
                options = self._day_options(k)
                ahead = frozenset(o for o in options[1] if o > day.toordinal()) if options else None
                if ahead:
                    plans.append((day, ahead))
            self._plans = tuple(plans)
        return self._plans

    def far_other_days(self, i: int, among: np.ndarray) -> np.ndarray:
        """Of the sentences ``among`` marks, those of an article more than ``FAR_APART_DAYS`` from
        ``i``'s that are set on other days than ``i`` (``_other_days``, as citing reads them):
        our merger cluster's "The Competition Board on Thursday blocked Brightwell's 4.2 billion
        euro takeover of Osterby, ..." (17 September) was passed over as said by "Brightwell ...
        agreed on Monday to buy its rival Osterby for 4.2 billion euros, ..." (2 March, 0.96
        both ways), so that no briefing said the deal was blocked. Only a cluster whose dates
        span more than ``FAR_APART_DAYS`` (``days``) is read: in one of one event, which a later
        day's report restates, h92's ``later_days`` lowered update B's R-2 (fact_notes.md); and
        only an article's lead (its own news)."""
        import numpy as np

        found = np.zeros(len(self.sentences), dtype=bool)
        days = self.days
        if days is None or np.isnan(days[i]) or not among.any():
            return found
        with np.errstate(invalid="ignore"):
            far = among & (np.abs(days - days[i]) > FAR_APART_DAYS)
        # Only an article's lead: its news, where a later sentence may restate the background
        # (DUC 2006's D0625G, Kenya's health 1996-2000, opened on "The following are major news
        # items in leading Kenyan newspapers today." when every sentence was read).
        rows = [k for k in np.flatnonzero(far).tolist() if self.sentences[k].index == 0]
        if rows:
            # Not a text repeated word for word (a wire's daily formula, "The following are major
            # news items in leading Kenyan newspapers today.", DUC 2006's D0625G).
            # Nor one that gives other figures in a unit of the pick's: over such a span, another
            # count of one measure (D0625G: "One out of 10 children in Kenya dies ..." in 1997,
            # "... 92,000 children under the age of five in Kenya die annually ..." in 1998,
            # both "reported today"), which ``updates`` does not read either.
            read = np.array(sorted({i, *rows}))
            other = self._other_days(i, read)[rows] & ~self.index.other_figures(i, read)[rows]
            found[rows] = other & (self.cosine(i)[rows] < VERBATIM_COSINE)
        return found

    def deeds(self, i: int, probability: np.ndarray) -> np.ndarray:
        """The sentences that may state sentence ``i``'s fact (``probability``, P(each states
        it), from ``POSSIBLE_LEVEL``) but say happened what ``i`` says as possible, expected or
        tried (``moods``, one direction): news beside a plan, not a restatement of it."""
        import numpy as np

        deeds = np.zeros(len(self.sentences), dtype=bool)
        if not self._may_be_uncertain(i) or not self._mood_clauses(i)[0]:
            return deeds
        for j in np.flatnonzero(probability >= POSSIBLE_LEVEL).tolist():
            deeds[j] = self.moods(i, j) == (True, False)
        return deeds

    def moods(self, i: int, j: int) -> tuple[bool, bool]:
        """Whether sentence ``i``, and sentence ``j``, says as a plan or possibility what the
        other says happened: (True, False), (False, True), or (False, False) when neither or
        both do. In each sentence the clause holding most of what the two share (their shared
        stems, each weighed by its inverse sentence frequency in the cluster) is read
        (``_clauses``): one holds a cue of ``uncertain_words.txt`` and the other none but a verb
        in the past, a deed. The clause, not the whole sentence: "..., two days after councillors
        approved the project" states the approval though its main clause says that traders are
        "considering" a challenge. A present tense is no deed: "A governor may commute a death
        sentence ..." and "the governor can grant clemency only if ..." state one rule."""
        if i == j or not (self._may_be_uncertain(i) or self._may_be_uncertain(j)):
            return False, False
        mine, theirs = self._mood_clauses(i), self._mood_clauses(j)
        if not mine[0] and not theirs[0]:
            return False, False
        shared = self._columns(i) & self._columns(j)
        first, second = self._clause_about(mine[1], shared), self._clause_about(theirs[1], shared)
        if first[0] and not second[0] and second[1]:
            return True, False
        if second[0] and not first[0] and first[1]:
            return False, True
        return False, False

    def _may_be_uncertain(self, k: int) -> bool:
        """Whether sentence ``k`` holds the first word of a cue in any case (most sentences hold
        none, and their clauses are then never read); read once."""
        if self._cue_seen is None:
            self._cue_seen = {}
        seen = self._cue_seen.get(k)
        if seen is None:
            seen = self._cue_seen[k] = bool(
                _cue_words(self.language).search(self.sentences[k].text)
            )
        return seen

    def _columns(self, k: int) -> set[int]:
        """Sentence ``k``'s stem columns."""
        matrix = self.matrix
        columns = matrix.indices[matrix.indptr[k] : matrix.indptr[k + 1]]
        return set(columns[columns < len(self.stems)].tolist())

    def _mood_clauses(self, k: int) -> tuple[bool, tuple[tuple[frozenset[int], bool, bool], ...]]:
        """Whether sentence ``k`` has an uncertain clause, and its clauses as (stem columns,
        uncertain, past) (``_clauses``; read once, the columns only when one is uncertain or
        the other sentence's is)."""
        if self._moods is None:
            self._moods = {}
        found = self._moods.get(k)
        if found is None:
            clauses = _clauses(self.sentences[k].text, self.language)
            found = self._moods[k] = (
                any(uncertain for _, uncertain, _ in clauses),
                tuple(
                    (frozenset(self._stem_columns(text).tolist()), uncertain, past)
                    for text, uncertain, past in clauses
                ),
            )
        return found

    def _clause_about(
        self, clauses: tuple[tuple[frozenset[int], bool, bool], ...], shared: set[int]
    ) -> tuple[bool, bool]:
        """(uncertain, past) of the clause holding the greatest weight of the ``shared`` columns
        (the first such clause on a tie; (False, False) when no clause holds any)."""
        weights = self._weights()
        best, flags = 0.0, (False, False)
        for columns, uncertain, past in clauses:
            held = float(sum(weights[c] for c in columns & shared))
            if held > best:
                best, flags = held, (uncertain, past)
        return flags

    def _day_options(self, k: int) -> tuple[bool, frozenset[int]] | None:
        """(dated, the days sentence ``k`` may be set on): day numbers when its article is dated,
        else its weekdays' own numbers; None when it names no day (built once)."""
        if self._day_table is None:
            self._day_table = {}
        if k in self._day_table:
            return self._day_table[k]
        text = self.sentences[k].text
        weekdays = weekdays_named(text, self.language)
        day = self._article_days.get(self.sentences[k].doc_id)
        found: tuple[bool, frozenset[int]] | None = None
        if day is None:
            # Undated: weekday names only ("yesterday" of one article is no day of another).
            found = (False, weekdays) if weekdays else None
        else:
            options = {day.toordinal() + offset for offset in day_offsets(text, self.language)}
            for weekday in weekdays:
                back = (day.weekday() - weekday) % 7
                past = day.toordinal() - back
                options.update((past, past + 7) if back else (past,))
            found = (True, frozenset(options)) if options else None
        if found is not None and dates_another_event(text, self.language):
            # "Freed on Sunday, 36 hours after it struck the reef": set on more days than named.
            found = None
        self._day_table[k] = found
        return found

    def _unspecific(self, i: int, candidates: np.ndarray) -> np.ndarray:
        """Candidates that hold less than ``MIN_SPECIFIC`` of sentence ``i``'s specific words
        (each stemmed word weighed by its inverse sentence frequency in the cluster), or less
        than ``FAR_MIN_SPECIFIC`` when their article is more than ``FAR_APART_DAYS`` from
        ``i``'s: a mask of every sentence, all False when the cluster is read with the
        paraphrase model (articles of a sentence or so)."""
        import numpy as np

        unspecific = np.zeros(len(self.sentences), dtype=bool)
        if self.model == "same" or len(candidates) == 0:
            # The paraphrase model reads articles of a sentence or so, whose frequencies weigh
            # nothing: in a lone pair every shared word is in every sentence.
            return unspecific
        rows = np.asarray(candidates)
        level = np.full(len(rows), MIN_SPECIFIC)
        days = self.days
        if days is not None and not np.isnan(days[i]):
            level[np.abs(days[rows] - days[i]) > FAR_APART_DAYS] = FAR_MIN_SPECIFIC
        start, end = self.matrix.indptr[i], self.matrix.indptr[i + 1]
        words = self.matrix.indices[start:end]
        unspecific[rows] = self._specific_share(words[words < len(self.stems)], rows) < level
        return unspecific

    def _subject_only(self, i: int, candidates: np.ndarray) -> np.ndarray:
        """Candidates that hold none of what sentence ``i`` says of its subject, when that
        subject is a bare definite one (``score.definite_head``: "The company", "The new
        rules"): no stemmed content word of ``i`` past its subject (``_subject_words``) is
        theirs. A mask of every sentence; all False for any other point, and when ``i`` gives a
        figure (its numbers say what it says: the held-predicate rule's exception) or says
        nothing past its subject.

        Such a subject is a common noun standing for an actor the article named before, and the
        point says its fact in its predicate alone; the noun is what the story's sentences
        share. The held-predicate rule (``same.MIN_HELD_PREDICATE``) reads it as half of what a
        short point says, so six sentences of DUC 2007 main's D0711C that hold "company" and
        nothing of "appeal" cited "The company said it would appeal." at 0.95-0.98 ("Elhauge of
        Harvard said the company's sense that it was the victim of an injustice was a familiar
        defense."): each tells another fact of the same actor. Read for every subject, the rule
        removed right citations where the subject holds the fact ("High reservation
        unemployment is one factor.") or where the subject is read too long ("Symptoms include
        short attention span, impulsive behavior and difficulty" before "focusing")."""
        import numpy as np

        only = np.zeros(len(self.sentences), dtype=bool)
        rows = np.asarray(candidates)
        text = self.index.texts[i]
        if not len(rows) or self.model == "same" or not definite_head(text):
            return only
        if figures(text, self.language) or any(c.isdigit() for c in text):
            return only
        subject = _subject_words(text, self.language)
        if subject is None:
            return only
        said = np.setdiff1d(self._stem_columns(text), self._stem_columns(subject))
        if not len(said):
            return only
        held = self.matrix[rows][:, said].getnnz(axis=1)
        only[rows[held == 0]] = True
        return only

    def far_unheld(self, i: int) -> np.ndarray:
        """Which sentences are of an article more than ``FAR_APART_DAYS`` from sentence ``i``'s
        and share too little with it to state its fact, or it theirs: each holds less than
        ``FAR_MIN_SPECIFIC`` of the other's specific words (``_specific_share``). A mask of every
        sentence; all False when the cluster's dates span no more (``days`` is None) or ``i``'s
        article has none."""
        import numpy as np

        far = np.zeros(len(self.sentences), dtype=bool)
        days = self.days
        if days is None or np.isnan(days[i]):
            return far
        with np.errstate(invalid="ignore"):
            rows = np.flatnonzero(np.abs(days - days[i]) > FAR_APART_DAYS)
        if not len(rows):
            return far
        width = len(self.stems)
        start, end = self.matrix.indptr[i], self.matrix.indptr[i + 1]
        words = self.matrix.indices[start:end]
        words = words[words < width]
        held_of_mine = self._specific_share(words, rows)
        # The other way: the share of each row's specific words that sentence i holds.
        weight = self._weights()
        present = (self.matrix[rows][:, :width] != 0).astype(np.float64)
        total = np.asarray(present @ weight).ravel()
        mine = np.zeros(width)
        mine[words] = weight[words]
        held = np.asarray(present @ mine).ravel()
        held_of_theirs = np.where(total > 0, held / np.maximum(total, 1e-300), 1.0)
        far[rows[(held_of_mine < FAR_MIN_SPECIFIC) & (held_of_theirs < FAR_MIN_SPECIFIC)]] = True
        return far

    def _specific_share(self, words: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """The share of the stem columns ``words`` (each weighed by its inverse sentence
        frequency in the cluster) that each of ``rows`` holds; 1 where the words weigh nothing."""
        import numpy as np

        weight = self._weights()[words]
        total = float(weight.sum())
        if total <= 0:
            return np.ones(len(rows))
        held = (self.matrix[rows][:, words] != 0).astype(np.float64) @ weight
        share: np.ndarray = np.asarray(held).ravel() / total
        return share

    def _weights(self) -> np.ndarray:
        """Each stem column's inverse sentence frequency in the cluster (built once)."""
        import numpy as np

        if self._specificity is None:
            # Rows hold each column once.
            width = len(self.stems)
            columns = self.matrix.indices[self.matrix.indices < width]
            frequency = np.bincount(columns, minlength=width)
            self._specificity = np.log(len(self.sentences) / np.maximum(frequency, 1))
        return self._specificity

    def _stem_columns(self, text: str) -> np.ndarray:
        """The TF-IDF columns of ``text``'s stemmed content words (those the cluster has), sorted;
        the stem-to-column table and the analyzer are built once per cluster."""
        import numpy as np

        if self._stem_table is None:
            columns = {stem: column for column, stem in enumerate(self.stems)}
            self._stem_table = (columns, make_analyzer(language=self.language))
        columns, analyse = self._stem_table
        found = {columns[t] for t in analyse(text) if t in columns}
        return np.array(sorted(found), dtype=np.int64)

    def _content_stems(self, text: str) -> set[str]:
        """The stems of ``text``'s words but the language's stop words (``stop_words.txt``;
        not the TF-IDF analyzer's, which drops "fire")."""
        stops = get_lexicon(self.language).stop_words
        words = re.findall(r"[^\W_]+", text.lower())
        return {stem(word, self.language) for word in words if word not in stops}

    def main_clause_citing(self, i: int, cite: np.ndarray, threshold: float) -> np.ndarray:
        """P(each sentence of another document states sentence ``i``'s main clause), for those
        that ``cite`` (``citing(i, ...)``) puts between ``POSSIBLE_LEVEL`` and ``threshold``; 0
        elsewhere. The main clause is ``i`` cut before a word of the language's
        ``main_clause_ends.txt`` ("the ferry ran aground | after its radar failed") after
        its first ``MAIN_CLAUSE_MIN_WORDS`` words. A sentence counts when it states the clause
        from ``threshold``, passes the citation rules, and holds ``FAR_MIN_SPECIFIC`` of the
        clause's specific words. Only in a cluster of one event (dates within
        ``FAR_APART_DAYS``, or none) read with a same-fact model."""
        import numpy as np

        stated = np.zeros(len(cite))
        if self.days is not None or self.model == "same":
            return stated
        main = _main_clause(self.index.texts[i], self.language)
        if main is None:
            return stated
        others = self._others_in(i, (cite >= POSSIBLE_LEVEL) & (cite < threshold))
        if not others:
            return stated
        texts = self.index.texts
        pair = self._pair([main, *(texts[j] for j in others)])
        probability = np.where(pair.cannot_cite(0)[1:], 0.0, pair.probability(0)[1:])
        rows = np.array(others)
        share = self._specific_share(self._stem_columns(main), rows)
        stated[rows] = np.where(share >= FAR_MIN_SPECIFIC, probability, 0.0)
        return stated

    def own_statement_citing(
        self, i: int, probability: np.ndarray, cite: np.ndarray, threshold: float
    ) -> np.ndarray:
        """P(each sentence of another document, read as its own statement, states sentence
        ``i``'s fact), for those that ``cite`` (``citing(i, probability)``) puts between
        ``POSSIBLE_LEVEL`` and ``threshold`` with no citation rule against them; 0 elsewhere. A
        sentence's own statement is the sentence without the relative clause at its end or in
        its subject (``_own_statement``): a clause that goes on with another fact weighs against
        the whole ("Ocalan was arrested Thursday at the Rome airport as soon as he stepped off a
        plane from Moscow, where he had sought asylum after fleeing his hideout in Syria" states
        "Italian authorities captured Abdullah Ocalan at Rome's international airport Thursday"
        at 0.87, and 0.95 without its clause). A sentence counts when its statement states ``i``
        from ``threshold``, passes the citation rules and holds ``MIN_SPECIFIC`` of ``i``'s
        specific words. Only in a cluster of one event (dates within ``FAR_APART_DAYS``, or
        none) read with a same-fact model, as ``main_clause_citing``: in the topic collections
        a shorter statement holds the subject's words only."""
        import numpy as np

        stated = np.zeros(len(cite))
        if self.days is not None or self.model == "same":
            return stated
        # A sentence a citation rule capped or zeroed stays as the rules read it whole.
        band = (cite >= POSSIBLE_LEVEL) & (cite < threshold) & (cite >= probability)
        rows, statements = [], []
        for j in self._others_in(i, band):
            statement = _own_statement(self.index.texts[j], self.language)
            if statement is not None:
                rows.append(j)
                statements.append(statement)
        return self._readings_citing(self.index.texts[i], rows, statements, stated)

    def quote_citing(
        self, i: int, probability: np.ndarray, cite: np.ndarray, threshold: float
    ) -> np.ndarray:
        """``threshold`` for each sentence of another document that is one quotation and
        nothing else (``same.whole_quotation``) which sentence ``i`` quotes word for word, among
        those that ``cite`` puts between ``POSSIBLE_LEVEL`` and ``threshold`` with no citation
        rule against them; 0 elsewhere. The wire's "Nobody will be left out of pocket." (its
        speaker named in the sentence before) states "Priya Raman, the bank's chief executive,
        apologised again and said: "Nobody will be left out of pocket."" (0.87: the point's
        other words are not in it). Only with the same-fact models."""
        import numpy as np

        stated = np.zeros(len(cite))
        if self.model == "same" or not any(mark in self.index.texts[i] for mark in _QUOTE_MARKS):
            return stated
        band = (cite >= POSSIBLE_LEVEL) & (cite < threshold) & (cite >= probability)
        quotes = quoted_words(self.index.texts[i])
        for j in self._others_in(i, band):
            words = whole_quotation(self.index.texts[j])
            if words is not None and any(words in quote for quote in quotes):
                stated[j] = threshold
        return stated

    def pronoun_citing(
        self, i: int, probability: np.ndarray, cite: np.ndarray, threshold: float
    ) -> np.ndarray:
        """P(each sentence of another document whose subject is a personal pronoun, read with
        the names of the actor the pronoun stands for, states sentence ``i``'s fact), for those
        that ``cite`` (``citing(i, probability)``) puts between ``POSSIBLE_LEVEL`` and
        ``threshold`` with no citation rule against them; 0 elsewhere. The actor is the subject
        of the nearest earlier sentence of the pronoun's article whose subject is no pronoun
        (``ANTECEDENT_MAX_BACK``), when that subject is a name (``_subject``): "After a
        three-month impasse, they agreed last week to a coalition deal that will make Hun Sen
        sole prime minister", after "Hun Sen's Cambodian People's Party narrowly won the polls,
        but ...", states "Cambodia's bickering political parties broke a three-month deadlock
        Friday and agreed to a coalition government leaving strongman Hun Sen as sole prime
        minister" at 0.89, and read with "Hun Sen's Cambodian People's Party" for "they" at
        0.91. A sentence counts when its reading states ``i`` from ``threshold``, passes the
        citation rules and holds ``MIN_SPECIFIC`` of ``i``'s specific words. Only with the
        same-fact models, and for an article within ``FAR_APART_DAYS`` of ``i``'s (or undated):
        the two tell one event, though the cluster may span more (DUC 2004's Cambodian coalition
        spans 39 days, its two articles 3)."""
        import numpy as np

        stated = np.zeros(len(cite))
        if self.model == "same":
            return stated
        # A sentence a citation rule capped or zeroed stays as the rules read it whole.
        band = (cite >= POSSIBLE_LEVEL) & (cite < threshold) & (cite >= probability)
        rows, readings = [], []
        for j in self._others_in(i, band, near=True):
            reading = self._named_reading(j)
            if reading is not None:
                rows.append(j)
                readings.append(reading)
        return self._readings_citing(self.index.texts[i], rows, readings, stated)

    def phrase_citing(
        self, i: int, probability: np.ndarray, cite: np.ndarray, threshold: float
    ) -> np.ndarray:
        """P(each sentence of another document states sentence ``i``'s fact, the two read with
        each phrase of the language's ``phrase_verbs.txt`` as its verb: "held talks" as "met"),
        for those that ``probability`` puts from ``POSSIBLE_LEVEL`` and ``cite`` below
        ``threshold``, when the phrases change either sentence; 0 elsewhere. "Egyptian
        President Hosni Mubarak held talks Sunday with Syrian President Hafez Assad in Damascus
        ..." states "Egyptian President Hosni Mubarak met here Sunday with Syrian President
        Hafez Assad ..." at 0.91, but the held-predicate rule (``same.MIN_HELD_PREDICATE``) finds
        nothing of "met" in it; read with "met", 0.99, and the rule holds. A sentence a citation
        rule stops is read again, since the phrase may be what stopped it; the other rules still
        stand: the reading must pass the citation rules (``cannot_cite``), hold ``MIN_SPECIFIC``
        of ``i``'s specific words, and be set on no other day nor in another mood
        (``_other_days``, ``moods``). Only with the same-fact models, for an article within
        ``FAR_APART_DAYS`` of ``i``'s (or undated), as ``pronoun_citing``."""
        import numpy as np

        stated = np.zeros(len(cite))
        if self.model == "same" or not _phrase_verbs(self.language):
            return stated
        texts, language = self.index.texts, self.language
        point = _with_phrase_verbs(texts[i], language)
        band = (probability >= POSSIBLE_LEVEL) & (cite < threshold)
        rows, readings = [], []
        for j in self._others_in(i, band, near=True):
            reading = _with_phrase_verbs(texts[j], language)
            if reading == texts[j] and point == texts[i]:
                continue
            mine, theirs = self.moods(i, j)
            if mine != theirs or self._other_days(i, np.array([j]))[j]:
                continue
            rows.append(j)
            readings.append(reading)
        return self._readings_citing(point, rows, readings, stated)

    def lead_citing(
        self, i: int, probability: np.ndarray, cite: np.ndarray, threshold: float
    ) -> np.ndarray:
        """``threshold`` for each lead of another article that may state sentence ``i``'s fact,
        when ``i`` is its own article's lead; 0 elsewhere. A lead tells its article's news, so
        two leads of the same news cycle (articles dated at most ``NEWS_CYCLE_DAYS`` apart) that
        the relation reads as possibly the same fact (``cite`` from ``POSSIBLE_LEVEL``, below
        ``threshold``, with no citation rule against it) and that tell it of the same actor
        (every content word of ``i``'s subject, ``_subject_words``, is in the other lead) state
        one fact in the words of two writers: "Prime Minister Rafik Hariri has declined an
        informal invitation from Lebanon's new president to form the next government, ..." and
        "Prime Minister Rafik Hariri, ..., said Monday he was bowing out as premier following a
        dispute with the new president." (0.84; DUC 2004 dev). A point that gives a figure
        (``figures``) is stated only by a lead with a number: "Larkmoor Bank customers hit by
        Friday's outage can claim back the cost ..." is no citation of "... as many as 2 million
        customers were affected by Friday's outage". Only with the same-fact models,
        and only for dated articles; the caller drops a lead that states only the point's
        background (``background_citing``) and cites it last, for an article nothing else
        cites. Without the subject's words, 5 of 9 such citations on DUC 2006 and 2007 main
        (250 words, with queries) were loose or wrong (another actor's demand, the search
        called off for the plane gone missing); with them, of the 9 added on DUC 2004 dev, 2006
        and 2007 main, 8 read right and 1 loose (benchmarks/fact_notes.md)."""
        import numpy as np

        stated = np.zeros(len(cite))
        if self.model == "same" or self.sentences[i].index != 0:
            return stated
        mine = self._article_days.get(self.sentences[i].doc_id)
        subject = _subject_words(self.index.texts[i], self.language)
        if mine is None or subject is None:
            return stated
        actor = self._content_stems(subject)
        if not actor:
            return stated
        # A point that gives a figure tells a count: a lead with no number does not state it.
        counted = bool(figures(self.index.texts[i], self.language))
        band = (cite >= POSSIBLE_LEVEL) & (cite < threshold) & (cite >= probability)
        for j in self._others_in(i, band):
            theirs = self._article_days.get(self.sentences[j].doc_id)
            text = self.index.texts[j]
            if (
                self.sentences[j].index == 0
                and theirs is not None
                and abs((theirs - mine).days) <= NEWS_CYCLE_DAYS
                and actor <= self._content_stems(text)
                and not (
                    counted
                    and not large_numbers(text, self.language)
                    and not figures(text, self.language)
                )
            ):
                stated[j] = threshold
        return stated

    def _others_in(self, i: int, band: np.ndarray, *, near: bool = False) -> list[int]:
        """The sentences of ``band`` (a mask) in other documents than sentence ``i``'s; with
        ``near``, only those of an article within ``FAR_APART_DAYS`` of ``i``'s (or undated).
        The candidates of the citation readings."""
        import numpy as np

        own = self.sentences[i].doc_id
        days = self.days if near else None
        return [
            j
            for j in np.flatnonzero(band).tolist()
            if self.sentences[j].doc_id != own
            # not "<=": an undated article (NaN) is near
            and not (days is not None and abs(days[j] - days[i]) > FAR_APART_DAYS)
        ]

    def _readings_citing(
        self, text: str, rows: list[int], readings: list[str], stated: np.ndarray
    ) -> np.ndarray:
        """``stated`` with each of ``rows`` set to P(its reading, of ``readings``, states
        ``text``): 0 where the reading fails the citation rules (``cannot_cite``) or holds less
        than ``MIN_SPECIFIC`` of ``text``'s specific words. The shared last step of the
        citation readings (``own_statement_citing``, ``pronoun_citing``, ``phrase_citing``)."""
        import numpy as np

        if not rows:
            return stated
        pair = self._pair([text, *readings])
        read = np.where(pair.cannot_cite(0)[1:], 0.0, pair.probability(0)[1:])
        words = self._stem_columns(text)
        held = np.array(
            [self._held_share(words, self._stem_columns(reading)) for reading in readings]
        )
        stated[np.array(rows)] = np.where(held >= MIN_SPECIFIC, read, 0.0)
        return stated

    def _named_reading(self, j: int) -> str | None:
        """Sentence ``j`` with its subject pronoun replaced by the names of its actor
        (``pronoun_citing``); None when its subject is no pronoun or its actor is not named."""
        texts, sentences, language = self.index.texts, self.sentences, self.language
        words = texts[j].split()
        at = _subject_at(words, language)
        if at is None or words[at].lower() not in _subject_pronouns(language):
            return None
        doc = sentences[j].doc_id
        capitals = self._capitals(j)
        for k in range(j - 1, max(j - ANTECEDENT_MAX_BACK, 0) - 1, -1):
            if sentences[k].doc_id != doc:
                return None
            pronoun, names = _subject(texts[k], language, capitals)
            if names is not None:
                return " ".join([*words[:at], names, *words[at + 1 :]])
            if not pronoun:
                return None
        return None

    def _capitals(self, j: int) -> frozenset[str]:
        """The capitalised words that stand past the first word of a sentence of sentence
        ``j``'s article (read once per article): a capitalised first word is a name only if the
        article writes it so elsewhere too ("Negotiations to form ..." is no actor)."""
        sentences = self.sentences
        doc = sentences[j].doc_id
        if self._capitals_of is None:
            self._capitals_of = {}
        found = self._capitals_of.get(doc)
        if found is None:
            # An article's sentences stand together, in order.
            first, last = j, j
            while first > 0 and sentences[first - 1].doc_id == doc:
                first -= 1
            while last + 1 < len(sentences) and sentences[last + 1].doc_id == doc:
                last += 1
            found = self._capitals_of[doc] = frozenset(
                bare
                for k in range(first, last + 1)
                for word in self.index.texts[k].split()[1:]
                for bare in (_bare_word(word),)
                if bare[:1].isupper()
            )
        return found

    def _held_share(self, words: np.ndarray, held: np.ndarray) -> float:
        """The share of the stem columns ``words`` (weighed as ``_specific_share`` weighs them)
        that the stem columns ``held`` hold; 1 where the words weigh nothing."""
        import numpy as np

        weight = self._weights()[words]
        total = float(weight.sum())
        if total <= 0:
            return 1.0
        return float(weight[np.isin(words, held)].sum()) / total

    def names_held(self, j: int, fact: _Fact) -> bool:
        """Whether every word sentence ``j`` names (its stemmed content words but the verb forms,
        ``is_verb_form``) is in ``fact``'s shown sentence or a sentence it cites (``_held_by``)."""
        words = self.index.texts[j].split()
        language = self.language
        return self._held_by(
            " ".join(w for w in words if not is_verb_form(_bare_word(w).lower(), language)),
            fact,
            j,
        )

    def head_names_held(self, j: int, head: str, fact: _Fact) -> bool:
        """Whether every name and figure of ``head`` (sentence ``j`` read at its head: its
        capitalised words that ``j``'s article writes so past a sentence's first word,
        ``_capitals``, and its words with a digit) is in ``fact``'s shown sentence or a sentence
        it cites (``_held_by``): "Ferry 5 carried 35 cars" and "Ferry 9 carried 63 cars" are two
        facts, though each states the other by its words."""
        capitals = self._capitals(j)
        names = (
            bare
            for word in head.split()
            for bare in (_bare_word(word),)
            if bare in capitals or any(c.isdigit() for c in bare)
        )
        return self._held_by(" ".join(names), fact, j)

    def _held_by(self, text: str, fact: _Fact, j: int) -> bool:
        """Whether every stemmed content word of ``text`` (those of every sentence of the cluster
        weigh nothing and are left out) is in ``fact``'s shown sentence or a sentence it cites,
        other than sentence ``j`` (whose words they are) and its copies word for word (its
        text, spacing aside): a lead cited for the point in passing tells news of its own
        (``own_news``)."""
        import numpy as np

        texts = self.index.texts
        named = self._stem_columns(text)
        named = named[self._weights()[named] > 0]
        own = " ".join(texts[j].split())
        rows = [
            row
            for row in (fact.shown, *(cited for cited, _, _ in fact.cited.values()))
            if " ".join(texts[row].split()) != own
        ]
        if not rows:
            return False
        held = np.unique(np.concatenate([self._stem_columns(texts[row]) for row in rows]))
        return bool(np.isin(named, held).all())

    def possible_in_clauses(self, i: int, doc_codes: np.ndarray) -> set[int]:
        """The documents, other than sentence ``i``'s, that may state ``i``'s fact in a clause
        (from ``POSSIBLE_LEVEL``, with the citation rules): one of the ``MAX_CLAUSE_SENTENCES``
        sentences most similar to ``i``, read up to where its trailing clause opens
        (``_clause_heads``), states ``i``; or it states ``i`` read so. A sentence may hold the fact
        and bury it under a clause of its own: DUC 2004's "Ocalan was arrested Thursday at the
        Rome airport as soon as he stepped off a plane from Moscow, where he had sought asylum
        ..." states "Italian authorities captured Abdullah Ocalan at Rome's international airport
        Thursday." at 0.43, its head before "where" at 0.67. Read for a point left with one
        source and no possible other, so that "only in" is a claim that no other article's
        clause contradicts; only in a cluster of one event (dates within ``FAR_APART_DAYS``, or
        none): on the topic collections (DUC 2006, 2007 main) the heads that changed a point's
        marker were all another fact of the subject."""
        import numpy as np

        if self.days is not None:
            return set()
        own = self.sentences[i].doc_id
        similarity = self.cosine(i)
        others = [j for j in self._candidates(i).tolist() if self.sentences[j].doc_id != own]
        others.sort(key=lambda j: (-float(similarity[j]), j))
        others = others[:MAX_CLAUSE_SENTENCES]
        texts = self.index.texts
        found: set[int] = set()
        # The others' heads against the point.
        pieces = [(j, h) for j in others for h in _clause_heads(texts[j], self.language)]
        found.update(self._stated_by(texts[i], pieces, doc_codes))
        # The others against each head of the point, when the point opens with its statement
        # (not "After first suggesting that ..., the prime minister called for ..."), each
        # holding FAR_MIN_SPECIFIC of the head's specific words, as for ``main_clause_citing``
        # (without it, "The death toll ... has risen to 7,085." was stated by "the prime minister
        # warned that the death toll could rise further").
        first = texts[i].split(None, 1)
        if others and not (first and opens_subordinate(first[0].rstrip(","), self.language)):
            rows = np.array(others)
            heads = _clause_heads(texts[i], self.language) + _cause_heads(texts[i], self.language)
            for head in heads:
                share = self._specific_share(self._stem_columns(head), rows)
                held = [
                    (j, texts[j]) for j, s in zip(others, share.tolist()) if s >= FAR_MIN_SPECIFIC
                ]
                found.update(self._stated_by(head, held, doc_codes))
        return found

    def telling_figures(self, i: int, level: float, doc_codes: np.ndarray) -> set[int]:
        """The documents with a sentence whose fact sentence ``i`` states (from ``level``, as
        ``_said_already`` reads it) and that gives one of ``i``'s figures in its unit
        (``same.figures``): a part of ``i`` that they tell. Read for a point left with one source
        and no possible other: "The valley usually takes on around 1,100 seasonal workers." tells
        part of "The valley produces a quarter of the region's apples and employs around 1,100
        seasonal pickers.", which no other sentence states whole. Without the shared figure the
        relation's reverse reading is too loose for a claim about another article: on the DUC
        sets at 100 words it would have taken "only in" from 72 of 136 points, nearly all wrongly
        ("America Online gained 4 3/8, to 89." for a point on AOL's plans, at 0.98); with it, 1
        (right: "two prominent dissidents ... were detained" in another article)."""
        import numpy as np

        texts = self.index.texts
        mine = _figure_units(texts[i], self.language)
        if not mine:
            return set()
        told = _said_already(self, i, level) >= level
        own = self.sentences[i].doc_id
        return {
            int(doc_codes[j])
            for j in np.flatnonzero(told).tolist()
            if self.sentences[j].doc_id != own and mine & _figure_units(texts[j], self.language)
        }

    def agreeing_figures(self, i: int, doc_codes: np.ndarray) -> set[int]:
        """The documents with a sentence that gives one of sentence ``i``'s ranks (``ordinals``:
        "The ninth title takes Kestrel past Dunmore ... at the top of the all-time list" /
        "Kestrel ... beat Dunmore ... to lift the National Cup for the ninth time, more than any
        other club") or shares, as a value or as a bound it keeps (``shares_agree``: "Turnout was
        67.8 percent" / "Turnout, at more than two-thirds of voters, was the highest since
        1995"), and holds every name of ``i`` (capitalised words its article writes so past a
        sentence's first word) and another of its content words: it gives the point's figure of
        the same thing in other words, which the relation reads as another statement (0.55 with
        too little of the point's predicate held; 0.39). Read for a point left with one source
        and no possible other, so that "only in" is no claim against an article that tells the
        point's figure; only in a cluster of one event (dates within ``FAR_APART_DAYS``, or
        none), as ``possible_in_clauses``."""
        import numpy as np

        if self.days is not None:
            return set()
        texts, language = self.index.texts, self.language
        mine_ranks = ordinals(texts[i], language)
        mine_shares = bounded_shares(texts[i], language)
        if not mine_ranks and not mine_shares:
            return set()
        capitals = self._capitals(i)
        words = texts[i].split()
        names = self._stem_columns(
            " ".join(bare for w in words if (bare := _bare_word(w)) in capitals)
        )
        figure_words = " ".join(
            w for w in words if ordinals(w, language) or any(c.isdigit() for c in w)
        )
        others = np.setdiff1d(
            self._stem_columns(texts[i]), np.union1d(names, self._stem_columns(figure_words))
        )
        names = names[self._weights()[names] > 0]
        own = self.sentences[i].doc_id
        found: set[int] = set()
        for j in self._candidates(i).tolist():
            code = int(doc_codes[j])
            if self.sentences[j].doc_id == own or code in found:
                continue
            if not (mine_ranks & ordinals(texts[j], language)) and not (
                mine_shares and shares_agree(mine_shares, bounded_shares(texts[j], language))
            ):
                continue
            theirs = self._stem_columns(texts[j])
            if np.isin(names, theirs).all() and np.isin(others, theirs).any():
                found.add(code)
        return found

    def _stated_by(
        self, statement: str, pieces: Sequence[tuple[int, str]], doc_codes: np.ndarray
    ) -> set[int]:
        """The documents of the ``(sentence, text)`` pieces whose text may state ``statement``'s
        fact (from ``POSSIBLE_LEVEL``, with the citation rules)."""
        import numpy as np

        if not pieces:
            return set()
        pair = self._pair([statement, *(text for _, text in pieces)])
        stated = pair.probability(0)[1:]
        stated[pair.cannot_cite(0, elsewhere=False)[1:]] = 0.0
        return {
            int(doc_codes[pieces[k][0]]) for k in np.flatnonzero(stated >= POSSIBLE_LEVEL).tolist()
        }

    def stating(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """P(each sentence states ``text``'s fact) (a title's), with the citation rules, in two
        readings: restating it (``text`` states the sentence back from ``HEADLINE_BACK_LEVEL``),
        and stating it at all (``text`` need not state it back). 0 for a sentence sharing no
        stemmed content word with it.

        A title is short and telegraphic, so a sentence on any of the story's facts may hold
        most of its words ("112 uranium mine protesters arrested at Jabiluka" is held, 0.99, by
        "ERA's success at Jabiluka is a litmus test for other uranium mine projects"); a
        sentence that restates the title is also one the title partly states. But a lead that
        bundles the title's fact with more ("cut short their summit without an agreement, a
        collapse that caused ...") states it while the title states little of the lead. The
        candidates are the sentences sharing most of the title's words, at most
        ``MAX_CANDIDATES``.
        """
        import numpy as np

        texts = self.index.texts
        title = self._stem_columns(text)
        # Per sentence, how many of the title's stemmed content words it holds (the TF-IDF rows).
        shared = np.diff(self.matrix[:, title].indptr) if len(title) else np.zeros(len(texts), int)
        candidates = np.flatnonzero(shared)
        if len(candidates) > MAX_CANDIDATES:
            most = np.argsort(-shared[candidates], kind="stable")[:MAX_CANDIDATES]
            candidates = np.sort(candidates[most])
        restating = np.zeros(len(texts))
        stating = np.zeros(len(texts))
        if len(candidates) == 0:
            return restating, stating
        pair = self._pair([text, *(texts[j] for j in candidates)])
        states = np.where(pair.cannot_cite(0)[1:], 0.0, pair.probability(0)[1:])
        back = pair.probability(0, reverse=True)[1:]
        stating[candidates] = states
        restating[candidates] = np.where(back < HEADLINE_BACK_LEVEL, 0.0, states)
        return restating, stating

    def said_in_passing(self, i: int, said: np.ndarray, level: float) -> np.ndarray:
        """``said`` (P(sentence ``i`` states each sentence's fact)) with each article's lead that
        reaches ``level`` read again, ``i`` and the lead each as its own statement
        (``_own_statement``; ``i`` also without a clause dating it from another event,
        ``_dated_from_another``): the lower of the two. Unchanged when neither has such a clause or
        no other lead reaches ``level``.

        A follow-up names the event it follows in a clause of its own ("... an emergency fund for
        fruit growers whose orchards were wrecked by Sunday's hailstorm"); read whole it states
        the first article's lead ("A violent hailstorm tore through the orchards ...") at 0.77,
        so the event itself was passed over, and the briefing of our JSON example never said
        that a storm struck. An article's lead is its news, which a mention in passing does not
        tell. Other sentences are still read against the whole pick: cut so, "The worst damage
        was around the town of Ferrow, where growers estimated that up to 60 per cent of this
        year's crop had been lost" would no longer say "Around Ferrow, as much as 60 per cent of
        the crop is thought to be gone"."""
        import numpy as np

        texts, sentences = self.index.texts, self.sentences
        head = _own_statement(texts[i], self.language)
        # ... and without a clause that dates it from another event, as ``background_citing``
        # reads it: "Residents ... were back in their homes on Wednesday morning, a day after a
        # fire ... killed two men ..." tells the return, and the wire's lead "A fire tore
        # through a paint factory ..., killing two workers" is the event, still news.
        head = _dated_from_another(head or texts[i], self.language) or head
        # ... and without a closing "after" clause set off by no comma (``_before_after_clause``):
        # "Dozens of customers queued outside the shop yesterday after it admitted that hackers
        # had stolen their personal details" tells the queue; the admission is the leads' news.
        head = _before_after_clause(head or texts[i], self.language) or head
        # Each lead reaching ``level``, as its own statement when it names what was told before
        # in a clause of its subject ("The ferry that ran aground on Saturday has been pulled
        # free": the grounding is the clause, the refloating its news).
        leads = [
            (j, own or texts[j])
            for j in np.flatnonzero(said >= level).tolist()
            if j != i and sentences[j].index == 0
            for stated in (_own_statement(texts[j], self.language),)
            for own in (_dated_from_another(stated or texts[j], self.language) or stated,)
            if head is not None or own is not None
        ]
        if not leads:
            return said
        rows = [j for j, _ in leads]
        pair = self._pair([head or texts[i], *(text for _, text in leads)])
        read: np.ndarray = said.copy()
        read[rows] = np.minimum(read[rows], pair.probability(0, reverse=True)[1:])
        return read

    def citing_own(
        self, i: int, probability: np.ndarray, cite: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """``probability`` (P(each sentence states ``i``'s fact)) and ``cite`` (the same, as
        cited) read again against ``i`` without the relative clause of its subject
        (``_without_subject_clause``), when it has one, for every candidate: the clause names
        what was told before, and a sentence states ``i`` for what ``i`` itself tells. A
        sentence that states only the clause ("A passenger ferry ... ran aground ... on
        Saturday" for "The ferry that ran aground ... on Saturday has been pulled free") neither
        cites ``i`` nor is passed over for it, and one that states the news with a pronoun for
        the ferry ("It was refloated on the Sunday evening high tide and towed back to
        harbour", 0.89 against the whole) cites it."""
        import numpy as np

        texts = self.index.texts
        if self.model == "same":
            # A lone sentence per article (the news paraphrase pairs): the whole sentence is
            # the statement, as the paraphrase judges read it.
            return probability, cite
        # Not a relative clause at its end: there the clause often goes on with the point's own
        # content (DUC 2007's "... to drop off Lauren Bessette, after which he planned to fly to
        # Hyannis to attend the wedding", whose citations on the wedding were right).
        own = _without_subject_clause(texts[i], self.language)
        if own is None:
            return probability, cite
        rows = [j for j in self._candidates(i).tolist() if j != i]
        if not rows:
            return probability, cite
        pair = self._pair([own, *(texts[j] for j in rows)])
        stated = pair.probability(0)[1:]
        read: np.ndarray = probability.copy()
        read[rows] = stated
        cited: np.ndarray = cite.copy()
        cited[rows] = np.where(pair.cannot_cite(0)[1:], 0.0, stated)
        return read, cited

    def background_citing(
        self, i: int, cite: np.ndarray, threshold: float, *, dated_only: bool = False
    ) -> np.ndarray:
        """``cite`` (P(each sentence states sentence ``i``'s fact), as cited) with each citation
        of another article, from ``threshold``, that does not state ``i``'s own statement
        (``_point_statement``: ``i`` without its relative clause; and without a clause that
        dates it from another event, ``_dated_from_another``) from ``threshold`` too, capped
        at ``POSSIBLE_LEVEL``: it states what the clause tells, the point's background, and not
        what the point says ("El convoy ... se salió de la vía hacia las 7.40" for "Las grúas
        retiraron durante la noche los dos vagones del tren de cercanías que se salió de la vía"),
        and stays a possible source. Copies word for word are not read. Unchanged when ``i``
        has no such clause, or the cluster is read with the paraphrase model (a lone sentence
        per article, read whole as its judges read it)."""
        import numpy as np

        if self.model == "same":
            return cite
        texts = self.index.texts
        doc = self.sentences[i].doc_id
        copies = self.cosine(i) >= VERBATIM_COSINE
        rows = [
            j
            for j in np.flatnonzero(cite >= threshold).tolist()
            if self.sentences[j].doc_id != doc and not copies[j]
        ]
        if not rows:
            return cite
        read: np.ndarray = cite.copy()
        own = None if dated_only else _point_statement(texts[i], self.language)
        # ... nor one that states only the event the point dates itself from, in the clause it
        # ends with ("Residents were back in their homes on Wednesday morning, a day after a
        # fire killed two men"): ``_dated_from_another``.
        own = _dated_from_another(own or texts[i], self.language) or own
        if own is not None:
            pair = self._pair([own, *(texts[j] for j in rows)])
            stated = np.where(pair.cannot_cite(0)[1:], 0.0, pair.probability(0)[1:])
            at = np.array(rows)
            read[at] = np.where(stated >= threshold, cite[at], np.minimum(cite[at], POSSIBLE_LEVEL))
        if dated_only:
            return read
        # A sentence that tells the point in a clause of circumstance only, its own statement
        # being another fact ("Traders ... are considering a legal challenge to the city's new
        # tram line, two days after councillors approved the $1.2 billion project").
        heads = [
            (j, head)
            for j in rows
            for head in (_before_aside_clause(texts[j], self.language),)
            if head
        ]
        if heads:
            pair = self._pair([texts[i], *(head for _, head in heads)])
            stated = pair.probability(0)[1:]
            at = np.array([j for j, _ in heads])
            read[at] = np.where(
                stated >= POSSIBLE_LEVEL, read[at], np.minimum(read[at], POSSIBLE_LEVEL)
            )
        return read

    def own_news(self, i: int, rows: np.ndarray, level: float) -> list[int]:
        """The articles' leads among ``rows`` (a mask) whose own statement (``_own_statement``)
        states sentence ``i``'s own statement below ``level``: they tell ``i``'s fact in a
        clause only, and their news is another fact."""
        import numpy as np

        sentences, texts = self.sentences, self.index.texts
        leads = [
            (j, head)
            for j in np.flatnonzero(rows).tolist()
            if j != i and sentences[j].index == 0
            for head in (_own_statement(texts[j], self.language),)
            if head is not None
        ]
        if not leads:
            return []
        mine = _own_statement(texts[i], self.language) or texts[i]
        pair = self._pair([mine, *(head for _, head in leads)])
        stated = pair.probability(0)[1:]
        return [j for (j, _), p in zip(leads, stated.tolist()) if p < level]

    def joined(self, i: int, first: int, last: int) -> float:
        """P(sentences ``first`` to ``last``, read as one statement, state sentence ``i``'s fact).

        The relation's features of a pair depend on the two texts, the cluster's topicality and
        the model alone, so a small index of the two reads the pair as the cluster's would.
        """
        texts = self.index.texts
        span = " ".join(texts[first : last + 1])
        pair = self._pair([texts[i], span])
        return 0.0 if pair.cannot_cite(0)[1] else float(pair.probability(0)[1])

    def _pair(self, texts: Sequence[str]) -> StatementIndex:
        """A small index of ``texts`` read as the cluster's are (its topicality, model and
        language): a pair's features depend on the two texts and these alone."""
        return StatementIndex(
            texts, topic=self.index.topic, model=self.model, language=self.index.language
        )

    def _candidates(self, i: int) -> np.ndarray:
        """``top_candidates`` of sentence ``i`` (the open ones first among equals) and the
        points' shown sentences it shares a term with, kept for the other direction of the same
        pick."""
        import numpy as np

        if self._last is None or self._last[0] != i:
            similarity = self.cosine(i)
            found = top_candidates(similarity, prefer=self.open)
            points = [k for k in self.shown if similarity[k] > 0]
            if points:
                found = np.union1d(found, points)
            phrased = self._phrase_columns()
            if phrased:
                sharing = np.array(self._sharing_readings(i, phrased), dtype=np.int64)
                found = np.union1d(found, sharing)
            self._last = (i, found)
        return self._last[1]

    def _phrase_columns(self) -> dict[int, np.ndarray]:
        """Each sentence holding a phrase of ``same_phrases.txt`` (``same.phrase_readings``),
        with the TF-IDF columns of its readings' words (read once): the relation reads the
        sentence with them ("It cannot be passed from person to person." as "... spread between
        people"), so it may state a pick with which it shares no term of its own."""
        import numpy as np

        if self._phrased is None:
            column = {term: k for k, term in enumerate(self.stems)}
            analyze = make_analyzer(language=self.language)
            self._phrased = {}
            for k, sentence in enumerate(self.sentences):
                readings = phrase_readings(sentence.text, self.language)
                if not readings:
                    continue
                columns = {column[t] for t in analyze(" ".join(readings)) if t in column}
                if columns:
                    self._phrased[k] = np.array(sorted(columns), dtype=np.int64)
                    for column_k in columns:
                        self._phrased_at.setdefault(column_k, []).append(k)
        return self._phrased

    def _sharing_readings(self, i: int, phrased: Mapping[int, np.ndarray]) -> list[int]:
        """The sentences that share a term with sentence ``i`` through a phrase's reading: those
        holding a word of ``i``'s readings, and each phrased sentence whose readings hold a word
        of ``i``."""
        import numpy as np

        matrix = self.matrix
        found: list[int] = []
        mine = phrased.get(i)
        if mine is not None:
            found.extend(np.flatnonzero(np.asarray(matrix[:, mine].sum(axis=1)).ravel() > 0))
        # Each phrased sentence whose readings' columns meet a term stored in row i (what
        # ``row[:, columns].nnz`` read, one slice per phrased sentence per pick).
        at = self._phrased_at
        for column_k in matrix[i].indices.tolist():
            found.extend(at.get(column_k, ()))
        return sorted(set(found) - {i})

    def cosine(self, i: int) -> np.ndarray:
        """The TF-IDF cosine of sentence ``i`` to every sentence (read-only), kept for the pick.

        A pick reads it twice, for its candidates and for its redundancy: each product reads the
        whole matrix (about 2.6 ms on the 57,000 sentences of ``benchmarks/speed.py large``).
        """
        if self._cosine is None or self._cosine[0] != i:
            cosine = _cosine(self.matrix, i)
            cosine.flags.writeable = False  # shared by its readers: none may change it
            self._cosine = (i, cosine)
        return self._cosine[1]


def _told_verbs(text: str, names: Container[str], language: str) -> frozenset[str]:
    """``_event_verbs`` of ``text`` without its names (``names``: "United" of "the United
    States") and without a verb form standing before a word that is neither a function word nor
    a verb form, an adjective there ("guaranteed contracts", "his estranged wife").

    Examples
    --------
    >>> sorted(_told_verbs("The players with guaranteed contracts were paid.", (), "en"))
    ['paid']
    """
    stop_words = get_lexicon(language).stop_words
    words = text.split()
    bare = [_bare_word(w) for w in words] + [""]
    kept = (
        word
        for word, mine, after in zip(words, bare, bare[1:], strict=False)
        if mine not in names
        and not (
            word == mine  # no mark after it: the next word is its noun, not another clause
            and after.islower()
            and after not in stop_words
            and not is_verb_form(after, language)
        )
    )
    return _event_verbs(" ".join(kept), language)


@cache
def _definite_articles(language: str) -> frozenset[str]:
    """The definite articles of ``definite_articles.txt`` (none where not written yet)."""
    return frozenset(read_lines(language, "definite_articles.txt"))


def _figure_units(text: str, language: str) -> frozenset[tuple[str, float]]:
    """The figures ``text`` gives, each with its unit (``same.figures``)."""
    return frozenset(
        (unit, value) for unit, values in figures(text, language).items() for value in values
    )


def _event_verbs(text: str, language: str) -> frozenset[str]:
    """The verbs ``text`` tells its events with, to ask whether two sentences tell one: the
    stems of its verb forms (``is_verb_form``; each phrase of ``phrase_verbs.txt`` read as its
    verb: "finished first" as "won"), a synonym's group for a word of ``synonyms.txt``;
    auxiliaries, function words and speech verbs ("said") left out.

    Examples
    --------
    >>> sorted(_event_verbs("The Alliance, which held nine seats, finished first with 41.", "en"))
    ['held', 'won']
    """
    lexicon = get_lexicon(language)
    auxiliaries = _subject_clause_words(language)[2]
    found: set[str] = set()
    for word in _with_phrase_verbs(text, language).split():
        lower = _bare_word(word).lower()
        if (
            not lower
            or lower in lexicon.stop_words
            or lower in auxiliaries
            or lower in lexicon.speech_verbs
            or not is_verb_form(lower, language)
        ):
            continue
        stemmed = stem(lower, language)
        group = synonym_group(stemmed, language)
        found.add(stemmed if group is None else f"={group}")
    return frozenset(found)


def _in_parts(
    whole: Mapping[str, tuple[float, ...]], parts: Mapping[str, tuple[float, ...]]
) -> bool:
    """Whether two figures of ``parts`` (``same.figures``), in two units, sum to a figure of
    ``whole`` in a unit that ``parts`` does not give: the same count told in parts.

    Examples
    --------
    >>> _in_parts({"peopl": (231.0,)}, {"passeng": (212.0,), "crew": (19.0,)})
    True
    >>> _in_parts({"passeng": (231.0,)}, {"passeng": (212.0,), "crew": (19.0,)})
    False
    """
    items = [(unit, value) for unit, values in parts.items() for value in values]
    totals = {value for unit, values in whole.items() if unit not in parts for value in values}
    return any(
        first[0] != second[0] and first[1] + second[1] in totals
        for k, first in enumerate(items)
        for second in items[k + 1 :]
    )


def _subject_words(text: str, language: str) -> str | None:
    """``text``'s subject: its words from where it opens (``_subject_at``) to the first that
    reads as a verb (``_reads_as_verb``); None when it opens with a verb or has none.

    Examples
    --------
    >>> _subject_words("A passenger ferry carrying 231 people ran aground.", "en")
    'A passenger ferry'
    >>> _subject_words("After the storm, the ferry struck a shoal.", "en")
    'the ferry'
    """
    words = text.split()
    at = _subject_at(words, language)
    if at is None:
        return None
    for k in range(at, len(words)):
        if _reads_as_verb(_bare_word(words[k]).lower(), language):
            return " ".join(words[at:k]) if k > at else None
    return None


def _main_clause(text: str, language: str) -> str | None:
    """``text`` cut before the first word of ``main_clause_ends.txt`` (a subordinator: "after",
    "because") that follows its first ``MAIN_CLAUSE_MIN_WORDS`` words and no word that makes it
    a span of time ("shortly after", "days before": the list's ``-`` entries, or a figure), with
    a period; None when no such word is there.

    Examples
    --------
    >>> _main_clause("The night ferry to Skerrow ran aground at dawn after its radar failed.", "en")
    'The night ferry to Skerrow ran aground at dawn.'
    >>> _main_clause("The night ferry to Skerrow sailed shortly after the fog lifted.", "en") is None
    True
    """
    ends, spans = _clause_ends(language)
    words = text.split()
    for k in range(MAIN_CLAUSE_MIN_WORDS, len(words)):
        before = words[k - 1].lower().strip(",;:")
        if words[k].lower().strip(",;:") not in ends or before in spans:
            continue
        if any(c.isdigit() for c in before):
            continue  # "two days after", "in 1998 before": a time, not a clause
        return " ".join(words[:k]).rstrip(",;:") + "."
    return None


def _statement_head(text: str, language: str, *, verb_relatives: bool = False) -> str | None:
    """``text``'s own statement: cut before a relative clause that runs to the sentence's end (a
    word of ``relative_pronouns.txt`` after the first ``MAIN_CLAUSE_MIN_WORDS`` words, no comma
    or semicolon after it), with a period. None when the sentence opens with a subordinate clause
    ("After ..., the council ...": its statement comes later) or has no such clause. A clause of
    circumstance ("after", "because": ``_main_clause``) is not cut here: it often tells the
    fact's own cause or time (update B's "pummeled to death ... after Shepard made a pass at
    him"), and cut so the trial's opening was told twice.

    Examples
    --------
    >>> _statement_head("The county opened a ferry service for the villagers whose road was buried.", "en")
    'The county opened a ferry service for the villagers.'
    >>> _statement_head("Parliament elected Lahoud, the commander who has Syria's backing, as president.", "en") is None
    True
    >>> _statement_head("Ada Vell flew to Skerrow to see her sister, after which she sailed home.", "en")
    'Ada Vell flew to Skerrow to see her sister.'

    With ``verb_relatives``, a word of ``verb_relatives.txt`` that opens a relative clause there
    (``_opens_verb_relative``: "the carriages of the train | that left the rails") cuts too.

    >>> _statement_head("Cranes lifted the two carriages of the train that left the rails.", "en",
    ...                 verb_relatives=True)
    'Cranes lifted the two carriages of the train.'
    """
    first = text.split(None, 1)
    if not first or opens_subordinate(first[0].rstrip(","), language):
        return None
    words = text.split()
    pronouns = _relative_pronouns(language)
    for k in range(MAIN_CLAUSE_MIN_WORDS, len(words)):
        if words[k].lower() in pronouns or (
            verb_relatives and _opens_verb_relative(words, k, language)
        ):
            # A comma after the pronoun may close the relative clause, and the statement go on
            # ("Lahoud, the commander who has Syria's backing, as president"): no cut then.
            if any(word.endswith((",", ";")) for word in words[k:-1]):
                return None
            # A preposition before the pronoun opens the clause with it ("..., after which he
            # planned to fly on", "the hall in which"): cut before it too.
            if words[k - 1].lower() in get_lexicon(language).stop_words:
                k -= 1
            return " ".join(words[:k]).rstrip(",;:") + "."
    return None


def _without_subject_clause(text: str, language: str) -> str | None:
    """``text`` without a relative clause in its subject (``subject_clauses.txt``): a subject
    that opens with an article, the clause's first word within its first
    ``SUBJECT_CLAUSE_MAX_START`` words (or, after a chain of noun phrases, ``_late_clause``,
    within ``SUBJECT_PHRASE_MAX_START``) and not followed by a subject of its own, and the clause
    ending before the first finite verb of the list after it. None when there is no such clause.

    Examples
    --------
    >>> _without_subject_clause("The ferry that ran aground on Saturday has been pulled free.", "en")
    'The ferry has been pulled free.'
    >>> _without_subject_clause("Officials said that the ferry was pulled free.", "en") is None
    True
    >>> _without_subject_clause("A judge ruled Thursday that an aide must testify.", "en") is None
    True
    """
    starts, opens, ends, subjects = _subject_clause_words(language)
    words = text.split()
    if not words or words[0].lower() not in starts:
        return None
    for k in range(1, min(SUBJECT_PHRASE_MAX_START + 1, len(words) - 1)):
        if words[k].lower().strip(",") not in opens:
            continue
        if words[k - 1].lower() in _subject_links(language):
            continue  # "the response of that survey": after a link word, "that" is no clause's
        late = k > SUBJECT_CLAUSE_MAX_START
        if late and not _late_clause(words, k, language):
            return None
        if words[k + 1].lower() in subjects:
            return None  # "ruled that a congressional aide must testify": a clause of its own
        for end in range(k + 2, len(words)):
            # Lower case as written: "in May" is no "may".
            if words[end].strip(",") in ends:
                return " ".join(words[:k]).rstrip(",") + " " + " ".join(words[end:])
            if late and words[end].endswith((",", ";", ":")):
                return None  # "... who dominated the Duma for years lost their majority, and were"
        return None
    return None


def _late_clause(words: Sequence[str], k: int, language: str) -> bool:
    """Whether ``words[k]``, past ``SUBJECT_CLAUSE_MAX_START``, opens a relative clause in the
    subject: the words before it are noun phrases (``_noun_phrases``) and, when it is a word
    that also opens what was said ("that"), a verb follows it ("that ran aground"; not "the
    Institutes of Health report that obesity is ..."). Only "who" and "which" open nothing else:
    the words of ``relative_pronouns.txt``."""
    if not _noun_phrases(words[:k], language):
        return False
    if words[k].lower().strip(",") in _relative_pronouns(language):
        return True
    following = words[k + 1].lower()
    return following in _subject_clause_words(language)[2] or is_verb_form(following, language)


def _noun_phrases(words: Sequence[str], language: str) -> bool:
    """Whether ``words`` (a subject up to a relative clause's opening word) are a chain of noun
    phrases: split at the ``links:`` words of ``subject_clauses.txt``, each part has at most
    ``SUBJECT_PHRASE_WORDS`` words, no comma, and no verb (an ``ends:`` word, a verb of saying,
    or ``wordforms.is_verb_form``: in English a word in -ed or a participle). A language
    without links has none.

    Examples
    --------
    >>> _noun_phrases("The master and the officer of the watch of the ferry".split(), "en")
    True
    >>> _noun_phrases("The embassy in Yangon denied allegations in the press".split(), "en")
    False
    """
    _, _, ends, _ = _subject_clause_words(language)
    links = _subject_links(language)
    if not links:
        return False
    saying = get_lexicon(language).speech_verbs
    part = 0
    for word in words:
        lower = word.lower()
        if lower in links:
            part = 0
            continue
        part += 1
        if part > SUBJECT_PHRASE_WORDS or word.endswith((",", ";", ":")):
            return False
        if lower in ends or lower in saying:
            return False
        if is_verb_form(word, language):
            return False
    return True


@cache
def _subject_clause_words(
    language: str,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The ``starts:``, ``opens:``, ``ends:`` and ``not before:`` words of
    ``subject_clauses.txt``."""
    found = _subject_clause_entries(language)
    return (
        frozenset(found["starts"]),
        frozenset(found["opens"]),
        frozenset(found["ends"]),
        frozenset(found["not before"]),
    )


@cache
def _subject_links(language: str) -> frozenset[str]:
    """The ``links:`` words of ``subject_clauses.txt``: what joins a subject's noun phrases."""
    return frozenset(_subject_clause_entries(language)["links"])


def _subject_clause_entries(language: str) -> dict[str, set[str]]:
    """Every kind of entry of ``subject_clauses.txt``, lower case."""
    return {
        kind: {word.lower() for word in words}
        for kind, words in read_entries(
            language, "subject_clauses.txt", ("starts", "opens", "ends", "not before", "links")
        ).items()
    }


def _own_statement(text: str, language: str) -> str | None:
    """``text`` without the clauses that name what was told before: a relative clause at its end
    (``_statement_head``) and one in its subject (``_without_subject_clause``); None when it has
    neither."""
    head = _statement_head(text, language)
    inner = _without_subject_clause(head or text, language)
    return inner or head


def _point_statement(text: str, language: str) -> str | None:
    """A point's own statement, for what cites it: ``text`` without a relative clause set off
    by commas (``_without_aside``), at its end (``_statement_head``, reading the words of
    ``verb_relatives.txt`` too) or in its subject (``_without_subject_clause``); None when it has
    none. The clause tells what the point's actors are or did before ("the train that left the
    rails", "the extension study, in which all volunteers receive the drug,"): a sentence that
    states it, and not what the point says of them, does not state the point.

    Examples
    --------
    >>> _point_statement("A year-long follow-up study, in which every volunteer gets the pill, "
    ...                  "will report in June.", "en")
    'A year-long follow-up study will report in June.'
    >>> _point_statement("Officials in Brell said on Monday that the ferry was refloated.", "en") is None
    True
    >>> _point_statement("Ada Vell flew to Skerrow to see her sister, after which she sailed on.", "en") is None
    True
    """
    inner = _without_aside(text, language)
    base = inner or text
    head = _statement_head(base, language, verb_relatives=True)
    if head is not None and base.split()[len(head.split())].lower() in _clause_ends(language)[0]:
        # "..., after which he planned to fly on to the wedding": a clause of what came next,
        # the point's own content (three right citations of DUC 2007 main's point were lost).
        head = None
    own = _without_subject_clause(head or base, language)
    return own or head or inner


def _without_aside(text: str, language: str) -> str | None:
    """``text`` without a relative clause set off by commas inside it: a comma, a word of
    ``relative_pronouns.txt`` (or a function word and one: ", in which"), and the words up to
    the next comma, after which the sentence goes on; None when there is no such clause.

    Examples
    --------
    >>> _without_aside("The council, which met on Tuesday, approved the tram line.", "en")
    'The council approved the tram line.'
    >>> _without_aside("Lahoud, the commander who has Syria's backing, won the vote.", "en") is None
    True
    """
    words = text.split()
    pronouns = _relative_pronouns(language)
    stop_words = get_lexicon(language).stop_words
    for k in range(len(words) - 2):
        if not words[k].endswith(","):
            continue
        opening = k + 1
        if words[opening].lower() in stop_words and words[opening].lower() not in pronouns:
            opening += 1
        if words[opening].lower() not in pronouns:
            continue
        for end in range(opening + 1, len(words) - 1):
            if words[end].endswith((";", ":")):
                break
            if words[end].endswith(","):
                return " ".join([*words[:k], words[k][:-1], *words[end + 1 :]])
    return None


def _relative_statement(text: str, language: str) -> str | None:
    """The statement of a relative clause set off by a comma in ``text`` (a comma, a word of
    ``relative_pronouns.txt``, and the words up to the next comma or the end), its antecedent put
    back in the pronoun's place: the words before the comma back to a function word; with a
    period. None when there is no such clause or it names no antecedent.

    Examples
    --------
    >>> _relative_statement("Orvik held the first funerals for the victims of Monday's "
    ...                     "landslide, which has now killed 12 people, the mayor said.", "en")
    "Monday's landslide has now killed 12 people."
    >>> _relative_statement("Orvik held the first funerals on Thursday.", "en") is None
    True
    """
    words = text.split()
    pronouns = _relative_pronouns(language)
    stop_words = get_lexicon(language).stop_words
    for k in range(1, len(words) - 1):
        if not words[k - 1].endswith(",") or words[k].lower() not in pronouns:
            continue
        start = k - 1
        while start > 0 and words[start - 1].lower() not in stop_words:
            if words[start - 1].endswith((",", ";", ":")):
                break
            start -= 1
        end = next(
            (n for n in range(k + 1, len(words)) if words[n].endswith((",", ";", ":"))),
            len(words) - 1,
        )
        clause = [*words[start:k], *words[k + 1 : end + 1]]
        clause[k - 1 - start] = clause[k - 1 - start].rstrip(",")
        return " ".join(clause).rstrip(",;:.!?") + "."
    return None


def _before_aside_clause(text: str, language: str) -> str | None:
    """``text`` up to a clause of circumstance set off by a comma that runs to its end (a word of
    ``main_clause_ends.txt`` within ``ASIDE_CLAUSE_LEAD`` words after the comma, spans of time
    included: "..., two days after councillors approved the project"), after its first
    ``MAIN_CLAUSE_MIN_WORDS`` words, with a period; None when it has no such clause.

    Examples
    --------
    >>> _before_aside_clause("Traders on the high street are weighing a legal challenge to the "
    ...                      "line, two days after the vote.", "en")
    'Traders on the high street are weighing a legal challenge to the line.'
    """
    ends, _ = _clause_ends(language)
    words = text.split()
    for k in range(MAIN_CLAUSE_MIN_WORDS, len(words) - 1):
        if not words[k - 1].endswith(","):
            continue
        lead = [word.lower() for word in words[k : k + ASIDE_CLAUSE_LEAD]]
        opening = next((n for n, word in enumerate(lead) if word in ends), None)
        if opening is None or any(word.endswith((",", ";", ":")) for word in words[k:-1]):
            continue
        return " ".join(words[:k]).rstrip(",") + "."
    return None


def _dated_from_another(text: str, language: str) -> str | None:
    """``text`` up to the clause of circumstance it ends with (``_before_aside_clause``) when
    that clause dates it from another event by a span of time (``dates_another_event``: "..., a
    day after a fire killed two men"); None otherwise. The other event is the point's background:
    "..., after which he planned to fly on to the wedding" (what came next) and "..., when 20
    people died" (what the point compares with) are its own content.

    Examples
    --------
    >>> _dated_from_another("Residents of Orm were back in their homes on Wednesday morning, a "
    ...                     "day after a fire at the mill killed two men.", "en")
    'Residents of Orm were back in their homes on Wednesday morning.'
    >>> _dated_from_another("Ada Vell flew to Orm to see her sister, after which she sailed on "
    ...                     "to Skerrow.", "en") is None
    True
    """
    head = _before_aside_clause(text, language)
    if head is None:
        return None
    clause = " ".join(text.split()[len(head.split()) :])
    return head if dates_another_event(clause, language) else None


def _before_after_clause(text: str, language: str) -> str | None:
    """``text`` up to a clause that closes it, opened by "after" with no comma before it and a
    subject and its verb after it ("... yesterday after it admitted that hackers had stolen
    ...": a pronoun or a name, then a verb form), after its first ``MAIN_CLAUSE_MIN_WORDS``
    words, with a period; None otherwise, and in a language other than English. "after
    hitting a reef" (no subject) and "after the vote" (no verb) are not read.

    >>> _before_after_clause("Dozens of customers queued outside the shop yesterday after it "
    ...                      "admitted the theft.", "en")
    'Dozens of customers queued outside the shop yesterday.'
    >>> _before_after_clause("Dozens of customers queued outside the shop yesterday after the "
    ...                      "theft.", "en") is None
    True
    """
    if language != "en":
        return None
    words = text.split()
    subjects = _subject_pronouns(language) | {"it"}
    for k in range(MAIN_CLAUSE_MIN_WORDS, len(words) - 2):
        if words[k] != "after" or words[k - 1].endswith((",", ";", ":")):
            continue
        subject, verb = words[k + 1], words[k + 2].strip(".,;:")
        named = subject[:1].isupper() or subject.lower() in subjects
        if named and is_verb_form(verb.lower(), language):
            return " ".join(words[:k]) + "."
    return None


def _opens_verb_relative(words: Sequence[str], k: int, language: str) -> bool:
    """Whether ``words[k]``, a word of ``verb_relatives.txt`` ("that", "que"), opens a relative
    clause: a verb (``_reads_as_verb``) or a ``then:`` word follows it, and neither a verb nor a
    verb of saying nor a mark comes before it ("said that the ferry ...")."""
    opens, then = _verb_relatives(language)
    if words[k].lower() not in opens or k + 1 >= len(words) or k == 0:
        return False
    before = words[k - 1].lower()
    if before.endswith((",", ";", ":")) or before in get_lexicon(language).speech_verbs:
        return False
    if _reads_as_verb(before, language):
        return False
    after = words[k + 1].lower().rstrip(",;:.")
    return after in then or _reads_as_verb(after, language)


def _reads_as_verb(word: str, language: str) -> bool:
    """Whether a lower-case word reads as a verb's form: in English ``is_verb_form`` or an
    auxiliary of ``subject_clauses.txt`` ("was", "has"); elsewhere a form of
    ``verb_endings.txt`` (``wordforms.infinitive``: "salió" of "salir")."""
    if language == "en":
        return is_verb_form(word, language) or word in _subject_clause_words(language)[2]
    return infinitive(word, background_zipf(language), verb_endings(language)) is not None


@cache
def _verb_relatives(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The ``opens:`` and ``then:`` words of ``verb_relatives.txt``."""
    found = read_entries(language, "verb_relatives.txt", ("opens", "then"))
    return (
        frozenset(word.lower() for word in found["opens"]),
        frozenset(word.lower() for word in found["then"]),
    )


def _subject(text: str, language: str, capitals: frozenset[str]) -> tuple[bool, str | None]:
    """Whether ``text``'s subject (``_subject_at``) is a personal pronoun of
    ``subject_pronouns.txt``, and the names it opens with when it is a name: a run of
    capitalised words (no function word nor month; a first word only if ``capitals``, its
    article's capitalised words past a sentence's first, holds it), joined by the language's
    ``name_connectors.txt`` ("Board of Pardons"). A subject that opens otherwise ("The
    victims", "The Texas board") names no actor here.

    Examples
    --------
    >>> _subject("Hun Sen's party narrowly won the polls.", "en", frozenset({"Hun", "Sen"}))
    (False, "Hun Sen's")
    >>> _subject("Negotiations to form a government failed.", "en", frozenset())
    (False, None)
    >>> _subject("They met again on Friday.", "en", frozenset())
    (True, None)
    """
    words = text.split()
    at = _subject_at(words, language)
    if at is None or at >= len(words):
        return False, None
    if words[at].lower() in _subject_pronouns(language):
        return True, None
    lexicon = get_lexicon(language)

    def named(k: int) -> bool:
        bare = _bare_word(words[k])
        lower = bare.lower()
        if not bare[:1].isupper() or lower in lexicon.stop_words or lower in lexicon.months:
            return False
        return k > 0 or bare in capitals

    run: list[str] = []
    connectors = get_lexicon(language).name_connectors
    k = at
    while k < len(words):
        if named(k):
            run.append(words[k].strip(_NAME_EDGE))
            if words[k].endswith((",", ";", ":")):
                break
        elif not (run and words[k].lower() in connectors and k + 1 < len(words) and named(k + 1)):
            break
        else:
            run.append(words[k])
        k += 1
    return False, " ".join(run) if run else None


def _with_phrase_verbs(text: str, language: str) -> str:
    """``text`` with each phrase of ``phrase_verbs.txt`` written as its verb (a capital kept).

    Examples
    --------
    >>> _with_phrase_verbs("The envoys held talks in Brell on Monday.", "en")
    'The envoys met in Brell on Monday.'
    >>> _with_phrase_verbs("Holding talks was hard.", "en")
    'Meeting was hard.'
    """
    for pattern, verb in _phrase_verbs(language):
        text = pattern.sub(partial(_verb_for, verb), text)
    return text


def _verb_for(verb: str, found: re.Match[str]) -> str:
    """``verb`` for the phrase ``found``, capitalised as the phrase is."""
    return verb[:1].upper() + verb[1:] if found[0][:1].isupper() else verb


@cache
def _phrase_verbs(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The phrases of ``phrase_verbs.txt`` as patterns of whole words in any case, each with its
    verb.

    Raises
    ------
    ResourceError
        A line is not "phrase = verb".
    """
    found = []
    for line in read_lines(language, "phrase_verbs.txt"):
        phrase, _, verb = (part.strip() for part in line.partition("="))
        if not phrase or not verb:
            raise ResourceError(
                f"{language}/phrase_verbs.txt: cannot read {line!r}; each line is 'phrase = "
                "verb' (reinstall summarizer if you did not edit the file)"
            )
        words = r"\s+".join(re.escape(word) for word in phrase.split())
        found.append((re.compile(rf"\b{words}\b", re.IGNORECASE), verb))
    return tuple(found)


# Marks around a word that are no part of a name ("(Reuters)", "Sen,", "``Hun").
_NAME_EDGE = "\"'`“”‘’«»()[],;:."


def _bare_word(word: str) -> str:
    """``word`` without the marks around it and a possessive "'s"."""
    return word.strip(_NAME_EDGE).removesuffix("'s").removesuffix("’s")


@cache
def _subject_pronouns(language: str) -> frozenset[str]:
    """The personal pronouns that stand for a named actor as a subject
    (``subject_pronouns.txt``)."""
    return frozenset(line.lower() for line in read_lines(language, "subject_pronouns.txt"))


@cache
def _relative_pronouns(language: str) -> frozenset[str]:
    """The words that open a relative clause and nothing else (``relative_pronouns.txt``)."""
    return frozenset(line.lower() for line in read_lines(language, "relative_pronouns.txt"))


def _clause_heads(text: str, language: str) -> list[str]:
    """``text`` read up to its first comma (or semicolon, or dash) when a trailing clause opens
    there (a word of ``clause_openers.txt``: ", which ...", ", where ...", ", officials said";
    or, in English, a word in -ing: ", leaving ..."), after its first ``CLAUSE_HEAD_MIN_WORDS``
    words, with a period; none when the first comma opens a phrase inside the statement ("The
    party, led by ..."), as a headline is cut.

    Examples
    --------
    >>> _clause_heads("The ferry ran aground at dawn, which closed the harbour for a day.", "en")
    ['The ferry ran aground at dawn.']
    >>> _clause_heads("The ferry, the island's only link, ran aground at dawn.", "en")
    []
    """
    openers = clause_openers(language)
    for cut in CLAUSE_CUT.finditer(text):
        head = text[: cut.start()]
        if len(head.split()) >= CLAUSE_HEAD_MIN_WORDS and opens_clause(
            text[cut.end() :], openers, language
        ):
            return [head.rstrip(",;: ") + "."]
        return []
    return []


# Where a phrase giving a statement's cause opens with no comma before it, in English: "for"
# before a word in -ing ("was banned for life for supplying the drug"), "because".
_CAUSE_PHRASE = re.compile(r"\s+(?:for\s+(?=[a-z]+ing\b)|because\s+)")


def _cause_heads(text: str, language: str) -> list[str]:
    """``text`` read up to a phrase of its cause set off by no comma (``_CAUSE_PHRASE``), after
    its first ``CLAUSE_HEAD_MIN_WORDS`` words, with a period; English only. "The team doctor,
    Helena Sorvik, was banned from the sport for life for supplying the drug ..." states the ban
    that another outlet's "Team doctor Helena Sorvik has been banned for life." states alone.

    >>> _cause_heads("The captain was fined 500 euros for leaving the quay early.", "en")
    ['The captain was fined 500 euros.']
    >>> _cause_heads("The captain was fined for speeding.", "en")
    []
    """
    if language != "en":
        return []
    for cut in _CAUSE_PHRASE.finditer(text):
        head = text[: cut.start()]
        if len(head.split()) >= CLAUSE_HEAD_MIN_WORDS:
            return [head.rstrip(",;: ") + "."]
    return []


# A word (with inner apostrophes or hyphens: "couldn't", "peut-être") or a mark that ends a
# clause (a comma, semicolon, colon, dash, or the wire's " _ ").
_CLAUSE_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*|[,;:—–()]|\s--\s|\s_\s")


def _clauses(text: str, language: str) -> tuple[tuple[str, bool, bool], ...]:
    """``text``'s clauses, each as (its words, uncertain, past) by ``uncertain_words.txt``. A
    clause ends at a comma, semicolon, colon, dash or bracket, before a word the list says
    opens one ("after", "who") or joins one ("and": uncertain when the clause before is, unless
    a comma came first), and before a purpose word right ahead of a cue ("to" in "met | to try
    to ease"). It is uncertain when it holds a cue, read as written in lower case (the
    sentence's first word also capitalised, unless that is a month: "May" is no "may"); past
    when it holds a verb form of the past (a word or ending of the list).

    Examples
    --------
    >>> _clauses("Crews may free the ship and tow it, officials said.", "en")
    (('Crews may free the ship', True, False), ('and tow it', True, False), ('officials said', False, False))
    >>> _clauses("The ship was refloated in May.", "en")
    (('The ship was refloated in May', False, True),)
    """
    words = _uncertain_words(language)
    tokens = [m.group().strip() for m in _CLAUSE_TOKEN.finditer(text)]
    months = get_lexicon(language).months

    def cue_at(k: int) -> bool:
        return _phrase_at(tokens, k, words.cues, months)

    def past(token: str) -> bool:
        if token.lower() in words.past:
            return True
        return (
            token.islower()
            and len(token) >= _PAST_MIN_LETTERS
            and token.endswith(words.past_endings)
            and token not in words.not_past
            and not token.endswith(words.not_past_endings)
        )

    clauses: list[tuple[str, bool, bool]] = []
    clause: list[str] = []
    uncertain = in_past = False
    for k, token in enumerate(tokens):
        lower = token.lower()
        if not token[0].isalnum():  # a mark: the clause ends, and no mood carries on
            if clause:
                clauses.append((" ".join(clause), uncertain, in_past))
            clause, uncertain, in_past = [], False, False
            continue
        purpose = lower in words.purpose and k + 1 < len(tokens) and cue_at(k + 1)
        if clause and (lower in words.opens or lower in words.joins or purpose):
            clauses.append((" ".join(clause), uncertain, in_past))
            # A joining word carries the mood of the clause before on.
            clause, uncertain, in_past = [], uncertain and lower in words.joins, False
        uncertain = uncertain or cue_at(k)
        in_past = in_past or past(token)
        clause.append(token)
    if clause:
        clauses.append((" ".join(clause), uncertain, in_past))
    return tuple(clauses)


# An ending of the past ("-ed") is read on words of at least this many letters ("used", not "red").
_PAST_MIN_LETTERS = 4


@dataclass(frozen=True, slots=True)
class _UncertainWords:
    """A language's ``uncertain_words.txt``: cues (each as its words), clause words and the
    forms of the past."""

    cues: Mapping[str, tuple[tuple[str, ...], ...]]  # first word -> the words after it
    opens: frozenset[str]
    joins: frozenset[str]
    purpose: frozenset[str]
    past: frozenset[str]
    past_endings: tuple[str, ...]
    not_past: frozenset[str]
    not_past_endings: tuple[str, ...]
    plans: Mapping[str, tuple[tuple[str, ...], ...]]  # as ``cues``, words of the future
    forecasts: frozenset[str]  # a word of forecast before "to" and a verb ("expects")


_UNCERTAIN_KINDS = ("cue", "opens", "joins", "purpose", "past", "not past", "plan", "forecast")


@cache
def _uncertain_words(language: str) -> _UncertainWords:
    """The language's ``uncertain_words.txt``.

    Raises
    ------
    ResourceError
        If a line is not one of ``_UNCERTAIN_KINDS``, a colon and a value.
    """
    found = {
        kind: [value.lower() for value in values]
        for kind, values in read_entries(language, "uncertain_words.txt", _UNCERTAIN_KINDS).items()
    }

    def split(values: list[str]) -> tuple[frozenset[str], tuple[str, ...]]:
        return (
            frozenset(v for v in values if not v.startswith("-")),
            tuple(v[1:] for v in values if v.startswith("-")),
        )

    past, past_endings = split(found["past"])
    not_past, not_past_endings = split(found["not past"])

    def by_first(values: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
        phrases: dict[str, list[tuple[str, ...]]] = {}
        for value in values:
            first, *rest = value.split()
            phrases.setdefault(first, []).append(tuple(rest))
        return {first: tuple(rests) for first, rests in phrases.items()}

    return _UncertainWords(
        cues=by_first(found["cue"]),
        opens=frozenset(found["opens"]),
        joins=frozenset(found["joins"]),
        purpose=frozenset(found["purpose"]),
        past=past,
        past_endings=past_endings,
        not_past=not_past,
        not_past_endings=not_past_endings,
        plans=by_first(found["plan"]),
        forecasts=frozenset(found["forecast"]),
    )


# The words after a word of forecast that may come before its "to" ("expects the swollen river
# to peak"): more is another clause.
FORECAST_REACH = 4


@cache
def _forecast_words(language: str) -> re.Pattern[str]:
    """A word of forecast (``forecast:`` of ``uncertain_words.txt``), its "to" at most
    ``FORECAST_REACH`` words on and the verb after it (group 1), in any case."""
    words = sorted(_uncertain_words(language).forecasts, key=lambda w: (-len(w), w))
    if not words:
        return re.compile(r"(?!)")  # none: matches nothing
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(
        rf"(?<![\w'’-])(?:{alternation})(?:\s+[\w'’-]+){{0,{FORECAST_REACH}}}?\s+to\s+([a-z]+)\b",
        re.IGNORECASE,
    )


def _forecast_verbs(text: str, language: str) -> frozenset[str]:
    """The verbs ``text`` forecasts ("still expects the river to peak overnight": "peak"), lower
    case."""
    return frozenset(m.group(1).lower() for m in _forecast_words(language).finditer(text))


def _past_forms(verb: str) -> re.Pattern[str]:
    """``verb``'s regular past ("peaked", "closed", "stopped", "carried"), as a whole word in any
    case."""
    forms = {verb + "ed", verb + verb[-1] + "ed"}
    if verb.endswith("e"):
        forms.add(verb + "d")
    if verb.endswith("y"):
        forms.add(verb[:-1] + "ied")
    alternation = "|".join(sorted(forms))
    return re.compile(rf"(?<![\w'’-])(?:{alternation})(?![\w'’-])", re.IGNORECASE)


def _plans_ahead(text: str, language: str) -> bool:
    """Whether ``text`` holds a word of the future (``plan:`` of ``uncertain_words.txt``),
    read as written in lower case (the first word also capitalised).

    Examples
    --------
    >>> _plans_ahead("The union will announce its result on Wednesday.", "en")
    True
    >>> _plans_ahead("The union announced its result on Wednesday.", "en")
    False
    """
    plans = _uncertain_words(language).plans
    tokens = [m.group().strip() for m in _CLAUSE_TOKEN.finditer(text)]
    months = get_lexicon(language).months
    return any(_phrase_at(tokens, k, plans, months) for k in range(len(tokens)))


def _phrase_at(
    tokens: Sequence[str],
    k: int,
    phrases: Mapping[str, tuple[tuple[str, ...], ...]],
    months: Container[str],
) -> bool:
    """Whether one of ``phrases`` (first word -> the words after it) starts at ``tokens[k]``,
    read as written (the sentence's first word also in lower case, unless it is a month: "May"
    is no "may")."""
    first = tokens[k]
    if k == 0 and first.lower() not in months:
        first = first.lower()  # the sentence's first word may be capitalised
    return any(tokens[k + 1 : k + 1 + len(rest)] == list(rest) for rest in phrases.get(first, ()))


@cache
def _cue_words(language: str) -> re.Pattern[str]:
    """The first words of the language's cues as one pattern, in any case (a sentence it does not
    match holds no cue)."""
    words = sorted(_uncertain_words(language).cues, key=lambda w: (-len(w), w))
    if not words:
        return re.compile(r"(?!)")  # no cue: matches nothing
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w'’-])(?:{alternation})(?![\w'’-])", re.IGNORECASE)


@cache
def _clause_ends(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words that open a main clause's trailing clause, and those that, just before one,
    make it a span of time (``main_clause_ends.txt``, the latter written with a leading ``-``)."""
    lines = [line.lower() for line in read_lines(language, "main_clause_ends.txt")]
    return (
        frozenset(line for line in lines if not line.startswith("-")),
        frozenset(line[1:] for line in lines if line.startswith("-")),
    )


def _days(sentences: Sequence[Sentence], dates: Mapping[str, str | None]) -> np.ndarray | None:
    """Each sentence's day number (NaN where its document has no date), or None when the known
    days span no more than ``FAR_APART_DAYS``."""
    import numpy as np

    ordinal: dict[str, float] = {}
    for doc_id, date in dates.items():
        day = iso_day(date)
        if day is not None:
            ordinal[doc_id] = float(day.toordinal())
    if not ordinal or max(ordinal.values()) - min(ordinal.values()) <= FAR_APART_DAYS:
        return None
    return np.array([ordinal.get(s.doc_id, np.nan) for s in sentences])


def _names_back(previous: str, text: str, language: str) -> bool:
    """Whether ``text`` opens with a definite article (``definite_articles.txt``) and a
    lower-case noun that ``previous``, the sentence before it, holds: "The shuttle and its crew
    snared the module ..." after "... the space shuttle Endeavour's robot arm ...". Such a
    subject names the thing the sentence before named, as a pronoun would; a stop word after
    the article ("The two ...", "The other ...") is no such noun.

    Examples
    --------
    >>> _names_back("Crews used the ferry's winch.", "The ferry was refloated on Sunday.", "en")
    True
    >>> _names_back("Crews used the ferry's winch.", "The tide rose on Sunday.", "en")
    False
    """
    words = text.split(None, 2)
    if len(words) < 3 or words[0].lower() not in _definite_articles(language):
        return False
    noun = words[1]
    if not (noun.isalpha() and noun.islower()) or noun in get_lexicon(language).stop_words:
        return False
    held = set(re.findall(r"[^\W\d_]+", previous.lower()))
    return not held.isdisjoint({noun, noun + "s", noun + "es", noun.removesuffix("s")})


def _adjacent(first: Sentence, second: Sentence) -> bool:
    """Whether ``second`` follows ``first`` in the same paragraph of the same document."""
    return (
        first.doc_id == second.doc_id
        and first.paragraph == second.paragraph
        and second.index == first.index + 1
    )


def _cosine(matrix: csr_matrix, i: int) -> np.ndarray:
    """TF-IDF cosine of sentence ``i`` to every sentence (the rows are L2-normalised)."""
    import numpy as np

    # The row as a dense vector: a sparse-by-dense product reads the matrix once, where a
    # sparse-by-sparse one also builds a sparse result (the same sums, in the same order).
    row = np.zeros(matrix.shape[1])
    start, end = matrix.indptr[i], matrix.indptr[i + 1]
    row[matrix.indices[start:end]] = matrix.data[start:end]
    cosine: np.ndarray = np.asarray(matrix @ row).ravel()
    return cosine


def restating(
    scored: Scored, text: str, dates: Mapping[str, str | None] | None = None
) -> np.ndarray:
    """P(each sentence restates ``text``'s fact), a title's, as the briefing's own headline is
    read (``_Statements.stating``: the sentence states it, and it states the sentence back from
    ``HEADLINE_BACK_LEVEL``); 0 for a sentence sharing no stemmed content word with it."""
    return _statements(scored, dates).stating(text)[0]


def _statements(scored: Scored, dates: Mapping[str, str | None] | None = None) -> _Statements:
    """The same-statement relation over the cluster's sentences (``dates``: document id -> its
    ISO date, for ``FAR_APART_DAYS``)."""
    return _Statements(scored, dates)
