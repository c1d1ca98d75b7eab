"""The same-statement relation: do two sentences state the same fact?

Sentences of one cluster -> :class:`StatementIndex` -> for a sentence ``i``, the probability that
each sentence ``j`` states ``i``'s fact (:meth:`StatementIndex.probability`; ``reverse=True``: that
``i`` states each ``j``'s), and the decision (:meth:`StatementIndex.same`). One relation for every
place a briefing decides that two sentences say the same thing: citations, agreement markers,
merging, and what a point already says (MMR passes over it).

How it decides. Each sentence becomes the set of its words' terms (lower case, British spellings
read as American, English adverbs as their adjective: "abruptly" is "abrupt", hyphenated names
split: "Kim Jong-un" is "Kim Jong Un", Porter stems), its numbers ("1,200" is 1200, "two" is 2),
its names (capitalised words past the first), its word bigrams and whether it is negated (or
says a negative in a word or phrase of its own: "declined", "walked away from"). A word one sentence lacks but whose synonym it holds counts as held (a
hand-written list of words news uses for one fact, ``data/en/synonyms.txt``: "cancelled" /
"scrapped", "spoke" / "speaks"; an idiom of ``data/en/same_phrases.txt`` is read as its reading:
"passed from person to person" as "spread between people"; names are never reworded; the English paraphrase model of lone
pairs also reads WordNet's links between the words each side lacks, ``WORDNET_FEATURES``). A term weighs what its word tells in
the language at large (``-ln p`` of its background frequency, less that of the commonest words,
see :mod:`summarizer.background`), not in the cluster, so the event's rare names keep their weight;
within a cluster, a word that each document repeats in many of its sentences (the story's actors
and setting) weighs less than one each document says once (the predicate of one fact), see
:func:`topicality`. From these, for a pair: how much of each sentence's content the other holds
and leaves unmatched, how much of the first sentence's (the held view: an outlet that adds a
clause to the fact still states it), shared bigrams (wording), numbers or names one states and
the other does not, a negation on one side only, and the length ratio. A logistic regression
combines them. The default weights (``MODEL = "fact"``) are trained by
``benchmarks/train_fact.py`` on silver pairs of DUC 2006/2007 clusters (two outlets' sentences
that state one sentence of a human summary, against sentences on the same story that miss it)
and shipped as ``data/en/fact_model.txt``; ``model="same"`` reads the news paraphrase weights
(``benchmarks/train_same.py``, Microsoft Research Paraphrase Corpus): for English text
(``data/en/same_model_english.txt``) over more features (``SAME_FEATURES``): what the judges'
labels taught each word to mean (term evidence, ``data/en/same_terms.txt``) and how much of each
sentence's wording the other repeats in order (machine-translation metrics: the longest common
subsequence, the run of words one side adds); for any other language over the lexical ones
(``data/en/same_model.txt``), since the learned words are English. Rules stand over the
weights: sentences of opposite polarity never state one fact; with the same-fact weights, and
with the paraphrase weights that read a cluster of one-sentence articles, a sentence does not
state a point's fact when it gives figures in one of the point's units, none close to the
point's ("702 members" / "more than 500 members", :func:`figures`; shares compared with shares,
:func:`shares`); and, with the same-fact weights, nor when it holds less than ``MIN_HELD_PREDICATE`` of what the point says of
its names (its verbs of saying left out), or its own content lies elsewhere (``MIN_OWN_SHARE``)
(:meth:`StatementIndex.cannot_cite`, applied by :meth:`StatementIndex.same` and citations).

Linear: the index holds a few sparse matrices with one row per sentence; :meth:`probability` is a
handful of sparse matrix-vector products (one sentence against all), never an n-by-n matrix.
:func:`explain` shows every feature of a pair and its contribution to the decision.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache, partial
from importlib import resources
from itertools import chain, islice
from typing import TYPE_CHECKING

from .background import RARE_ZIPF, spelling_variants
from .errors import ConfigError, ResourceError
from .lexicon import get_lexicon, read_lines, stem
from .timewords import WRITTEN_YEAR
from .wordforms import (
    _nouns_capitalised,
    adjective_of,
    is_verb_form,
    statement_words,
    stem_zipf,
)

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np
    from scipy.sparse import csr_matrix

__all__ = [
    "ENGLISH_MAX_SENTENCES",
    "ENGLISH_OPENING",
    "EVIDENCE_FEATURES",
    "FACT_FEATURES",
    "FACT_MIN_SENTENCES",
    "FACT_REDUNDANT_THRESHOLD",
    "FACT_SAME_THRESHOLD",
    "FEATURES",
    "FIGURE_TOLERANCE",
    "MAX_CANDIDATES",
    "MODEL",
    "MT_FEATURES",
    "OTHER_TERM",
    "REDUNDANT_THRESHOLD",
    "SAME_FEATURES",
    "SAME_THRESHOLD",
    "SHORT_MIN_SENTENCES",
    "TOPICALITY",
    "WORDNET_FEATURES",
    "Explanation",
    "StatementIndex",
    "TermEvidence",
    "bounded_shares",
    "cluster_model",
    "conversions",
    "explain",
    "fact_features",
    "figures",
    "figures_differ",
    "large_numbers",
    "ordinals",
    "phrase_readings",
    "same_statement",
    "shares_agree",
    "time_unit_stems",
    "top_candidates",
    "topicality",
]

# Probability from which two sentences count as the same statement: the lowest threshold at which
# the 10-fold cross-validated precision on news paraphrase pairs reaches 0.85 (benchmarks/
# train_same.py: P .854, R .688, acc .710). Precision first, because a wrong citation misleads
# the reader and a missing one only under-reports; above it recall falls faster than precision
# rises (0.75: P .882, R .619).
SAME_THRESHOLD = 0.69
# For redundancy (should MMR pass over a sentence because a picked one says it already?), where a
# duplicate point costs about as much as a lost fact: the threshold of best cross-validated
# accuracy (0.45-0.55: acc .744-.745; at 0.5 P .787, R .851). On DUC 2004 dev clusters the pairs
# between 0.5 and the same-statement threshold are mostly one fact told by two outlets (an arrest
# with its date and place, a dismissal with its date), which a briefing should not state twice.
REDUNDANT_THRESHOLD = 0.5
# How much less a cluster's topic words weigh (``topicality``): a word's weight is divided by the
# mean number of sentences per document that hold it, to this power. 1: a name a document repeats
# in ten sentences weighs a tenth; measured on DUC 2004 dev (8 clusters read by hand, citations of
# the same-fact model at 0.9): about 30% of the citations were wrong without it, about 5% with it.
TOPICALITY = 1.0
# Which weights decide: "fact" (the default), the same-fact model trained on in-cluster silver
# pairs of DUC 2006/2007 by benchmarks/train_fact.py (data/en/fact_model.txt), directional: the
# probability that sentence j states sentence i's fact, as a citation of point i must; or "same",
# the news paraphrase model above (data/en/same_model.txt), symmetric and stricter: a sentence
# that adds a clause is another statement, which is right for paraphrase pairs and wrong for a
# citation (an outlet that reports the fact and more does report it).
MODEL = "fact"
# "short": the same-fact weights read a cluster of short articles (``cluster_model``), with two
# rules over them (``_Block.apart``): two sentences that each name days or months and share none,
# or that each state numbers and share none, state different facts. An article of a few sentences
# repeats no word, so the story's shared names weigh in full: "The Lynfield council approved the
# new tram line on Tuesday evening." / "Work on the Lynfield tram line begins in May, the mayor
# said on Wednesday." are the same fact at 0.95 by the weights alone, but not set on one day.
_MODELS = ("same", "fact", "short")
# The fact model's decision levels (grouped 5-fold cross-validation on the silver pairs, by
# cluster: P .958 R .426 at 0.9; P .928 R .534 at 0.7): j cites point i from 0.9 (precision
# first: a wrong citation misleads the reader, a missing one under-reports); a pick already
# states j's fact (j is passed over) from 0.7 in the other direction. At 0.5 one more restated
# fact of the seed articles goes, but DUC 2004 dev R-2 falls from 10.20 to 9.88 (sentences with
# a fact of their own passed over); at 0.9, one more restatement stays.
FACT_SAME_THRESHOLD = 0.9
FACT_REDUNDANT_THRESHOLD = 0.7
# The same-fact model reads a cluster whose median article has at least this many sentences. Its
# weights were learned on words discounted by how often an article repeats them (topicality); an
# article of a few sentences repeats nothing, so the story's shared names would count in full and
# two facts about them ("the council approved the tram line" / "work on the tram line begins in
# May") look alike. Such clusters (and lone sentence pairs) are read with the news paraphrase
# model, whose weights were learned on lone pairs.
FACT_MIN_SENTENCES = 5
# A cluster whose median article has fewer than FACT_MIN_SENTENCES sentences but at least this many
# is read with the same-fact weights and the short-cluster rules (model "short"): short web reports
# of one event, two to four sentences each. The paraphrase model parted their restatements of the
# shared fact (a sentence that adds a clause, or says the fact in other words, is another
# paraphrase): tests/data/small_clusters, three outlets each, 2 or 3 points for the one fact. A
# lone sentence per article stays with the paraphrase model (lone pairs: its English weights).
SHORT_MIN_SENTENCES = 2
# ... and there the same-fact weights must be seconded: the news paraphrase model's lexical
# weights, on the view "does the other sentence hold this one's content?" (``held`` and
# ``contained``), must give at least even odds; else the pair may state one fact, no more likely
# than not (the probability is at most this level: never cited nor passed over, but counted as a
# possible source, so that a point is not called "only in" its source against one model). The
# same-fact weights learned to discount the story's words through the articles' repetitions,
# which short articles lack; alone they cited, on the 194 small English clusters of
# benchmarks/small_clusters.py, 12 sentences more than the paraphrase model, 5 of them another
# fact on the same story ("El Nino may help slow global warming" / "El Nino might settle in if
# global warming gets bad"); seconded, 3 more, all right (see benchmarks/fact_notes.md).
SHORT_SECOND_LEVEL = 0.5
# With the same-fact model, two sentences that give figures in one unit ("187 members" / "more
# than 500 members", "5 of every 10,000 children" / "1 out of 1,000 children") state different
# facts unless some figure of one is within this factor of one of the other's: a count that two
# outlets report hours apart or round differently ("at least 60 people" / "65 people", "more than
# 200 players" / "220 players") is still one figure. Measured by reading every citation the rule
# removes (against ab47dd5; 100 words, 250 on DUC 2007 main): DUC 2004 dev none; DUC 2007 A 1,
# wrong; DUC 2006 8, 6 wrong ("62 people tested" cited "13 people infected", "5 of every 10,000
# children" cited "1 out of 1,000 children"); DUC 2007 main 1, wrong (benchmarks/fact_notes.md).
# Figures in time units are ages, spans and dates ("six years ago" / "in 1993") and years are
# dates: not compared (``data/<language>/measures.txt``). A share ("30 percent", "12%") is of
# something the sentence names elsewhere: shares are compared with shares alone, as figures of a
# unit of their own (:func:`shares`): two sentences that both give shares, none within this
# factor of one of the other's, state other facts. Read against cd40512 (branch g7-prec,
# benchmarks/fact_notes.md): DUC 2004 dev and DUC 2007 A none; DUC 2006 10 removed, all wrong
# ("Barnes & Noble's sales account for about 14 percent of the consumer book market." by five
# sentences giving 10, 80, 5.4 and 25 to 30 percent of other things); DUC 2007 main 3 removed,
# all wrong ("only 5 percent had undetectable levels" by "43 percent ... compared to 19
# percent"), and 1 right added in their place ("... compared with just 5 percent in the
# interferon group"). Two counts of one unit are compared when they count the same thing
# (:func:`_same_count`: a count in a clause of its own, ", and two people were taken to
# hospital", is not read against the other's count of a clause that shares none of its words,
# "Fourteen people were treated", when another clause of that sentence does); read against
# 830b72d on the four sets of citations.py: no citation changed (h73, benchmarks/fact_notes.md).
FIGURE_TOLERANCE = 1.25
# Whole counts below this are told exactly: "four fire engines" and "five fire engines" are two
# reports (a wire re-sent with its figure corrected), though five is within the tolerance of four.
# So are two figures below it given to a decimal place: a reading ("expected to peak at 6.2
# metres" / "peaked at 5.9 metres", a magnitude 6.4 / 6.6) is measured, not rounded.
SMALL_COUNT = 10
# The models the figures rule stands over: the same-fact model, and the paraphrase model that
# reads a cluster of one-sentence articles (five outlets' "The council sold 12 tickets" ... "40
# tickets" were one point citing all five). Not "short": its own rule parts sentences that give
# numbers, none shared (``_Block.apart``).
_FIGURE_MODELS = ("fact", "same")
# With the same-fact weights, a sentence that holds less than this share of what a point says
# beside its names (the weight of its words other than names and function words, the language's
# stop words; a synonym counting as ``REWORDING`` of the word) does not cite it, whatever the
# weights say: the weights can read the story's names alone as the fact ("Representatives of the
# World Bank and the Inter-American Development Bank took part in the talks." was cited by
# "Another $9 billion or so will come from the World Bank and the Inter-American Development
# Bank ...", 0.93). A sentence that gives every figure of the point holds it ("a 55-to-45
# majority" / "55 seats to the Democrats' 45"). First measured with the function words counted
# (against ee5e9de): DUC 2004 dev 3 citations removed, all wrong; DUC 2007 A 1 and DUC 2006 1,
# wrong. But a short point's function words then carried about a third of its share, and on the
# topic collections a sentence sharing the story's names and "was", "will", "again" cited it
# ("The Line Item Veto Act was struck down." by "... was passed as part of the Republicans'
# Contract With America", 0.99; "Newt Gingrich is a bachelor again." by "Newt Gingrich is back to
# bomb-throwing again."). Without them (against 623bcb4; every change read, benchmarks/
# fact_notes.md): 78 citations removed, 60 wrong; 3 added, right. DUC 2004 dev loses 4 right
# ones said in other words ("met" / "held talks", "join" / "include as new members") and 1
# wrong; DUC 2007 A 3 wrong; DUC 2006 and 2007 main 56 wrong and 14 right (DUC 2004 dev 2.34 ->
# 2.29 sources per point; ROUGE unchanged but DUC 2006, 41.43 / 9.73 -> 41.41 / 9.71).
# Merging a pick into an earlier point through a cited sentence (select's chain) asks the cited
# sentence for this share with the function words counted: a pick may add context to the fact
# (the migraine example's lead, "... cut the number of days ... by nearly half ..., raising hopes
# of a new oral option ...", of whose other words the trial sentence holds 0.14) and still be
# that fact; the check only stops a pick whose words the cited sentence lacks ("Gingrich asked a
# judge to settle his divorce by relying on a financial agreement ..." into the divorce filing).
# The verbs of saying ("said", "according", "told": ``Lexicon.speech_verbs``) are left out of
# what a point says, as its function words are: on the topic collections a sentence sharing the
# story's names and "said" cited points whose own claim it lacked ("Kennedy's plane was almost
# new, the pilot said." by "... visibility in the area was poor, pilots said.", three such;
# "Prime Minister Aznar said that the cease-fire ... is a propaganda stunt" by "Prime Minister
# Aznar is considering paying damages ..., a spokesman said"). Read against cd40512 (branch
# g7-prec, benchmarks/fact_notes.md): 10 citations removed, 9 wrong (DUC 2006 3 of 4, DUC 2007
# main 6 of 6), 1 wrong one added ("The company said it would appeal." by "... says it will
# comply ..."; the point's "company" is now half of what it says); DUC 2004 dev and DUC 2007 A
# (with the query) unchanged.
MIN_HELD_PREDICATE = 0.2
# With the same-fact weights, a sentence whose own content lies elsewhere does not cite a point:
# the point's words (all of them, names too, weighed as in the relation) make up less than
# MIN_OWN_SHARE of the sentence's content (beside function words), and it holds less than
# LOOSE_HELD_PREDICATE of what the point says beside its names (as MIN_HELD_PREDICATE reads it).
# On the topic collections (DUC 2006, DUC 2007 main: 250 words, 25-32 articles over months) the
# story's words weigh little (topicality), so a long sentence on another fact about the same
# actors shares them and a word or two of the point, and the weights cite it ("Clinton is the
# first president to have line-item veto authority." by six sentences on the veto's court case;
# "The treatment is free to those in the FDA study." by "The arthritis drugs ... are being
# showcased this week at the American College of Rheumatology meeting ..."). Read against
# cd40512 (every change; benchmarks/fact_notes.md): 32 removed, 28 wrong (DUC 2006 16 of 19,
# DUC 2007 main 12 of 13); in their place 1 right added ("The law ... allowed the president
# for the first time to veto particular items ...") and 1 wrong; DUC 2004 dev and DUC 2007 A
# (with the query) unchanged, DUC 2007 A generic 1 removed, wrong. Right ones lost: the Kansas
# board's 1999 vote told a year later (two copies), the ETA's "30-year campaign" in a sentence
# on its 800 killings, a governor's clemency power told through Bush's discretion. Such a sentence
# stays a possible source (select: the point is not called "only in" its source for it): the
# rule was read at the citation level only.
MIN_OWN_SHARE = 0.2
LOOSE_HELD_PREDICATE = 0.3

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
    "names_conflict",  # each states a name the other lacks (0/1): another person, place, body
    "negation_differs",  # one sentence negated, the other not (0/1)
    "negation_flip",  # negation_differs times predicate_large: the same words, opposite polarity
    "numbers_flip",  # numbers_conflict times predicate_large: the same claim, another figure
    "length_ratio",  # |ln(words a / words b)|
)
# The same-fact model's features: the pair view's, and those of the contained view (the smaller
# sentence against the part of the larger that matches it) that the pair view lacks.
_CONTAINED = {
    "words_contained": "words_jaccard",  # share of the smaller sentence's words the other holds
    "numbers_left": "numbers_unmatched",  # numbers of the smaller sentence the other lacks
    "names_left": "names_unmatched",  # names of the smaller sentence the other lacks (log1p)
}
# ... and of the held view: the first sentence (the point) as the part the second must hold,
# whichever is larger; the model is then directional, "does the second state the first's fact?"
_HELD = {
    "held_content": "contain_small",  # share of the first's weighed content the second holds
    "held_predicate": "predicate_small",  # ... of its content beside names
    "held_bigrams": "bigram_small",  # share of the first's bigrams the second holds
    "held_words": "words_jaccard",  # share of the first's words
    "held_left": "unmatched_small",  # content (nats / 10) of the first the second lacks
    "held_numbers_left": "numbers_unmatched",  # numbers of the first the second lacks (log1p)
    "held_names_left": "names_unmatched",  # names of the first the second lacks (log1p)
}
FACT_FEATURES = (
    *FEATURES,
    *_CONTAINED,
    "content_small",  # content of the smaller sentence (nats / 10): a short one "holds" easily
    *_HELD,
    "content_first",  # content of the first sentence (nats / 10)
)
_PREDICATE_SMALL = FEATURES.index("predicate_small")
_NAMES_CONFLICT = FEATURES.index("names_conflict")
_CONTAINED_COLUMNS = [FEATURES.index(name) for name in _CONTAINED.values()]
_HELD_COLUMNS = [FEATURES.index(name) for name in _HELD.values()]

# The news paraphrase model of English text reads more than the lexical features above (which
# stay the model of every other language, and the same-fact model's): what news paraphrase
# judges learned each word to mean (data/en/same_terms.txt, written by benchmarks/train_same.py
# from the training pairs' labels, as Ji and Eisenstein's TF-KLD weights, 2013): a word both
# sentences hold is evidence ln(p / q), a word one holds and the other lacks is evidence
# ln((1 - p) / (1 - q)), where p and q are how often a sentence holding the word has a partner
# holding it too, among pairs judged the same and pairs judged different. "Said" left out of one
# side tells little; a date, a figure or "also" on one side only tells "different". Learned on
# English pairs, so read for English text only: another language's words would all be unknown.
EVIDENCE_FEATURES = (
    "evidence_shared",  # summed evidence of the words both hold
    "evidence_unmatched",  # summed evidence of the words one holds and the other lacks
    "discriminative_share",  # share of the pair's words' KL weight that both hold
)
# Machine-translation metrics read as paraphrase evidence (Madnani, Tetreault and Chodorow 2012):
# how much of each sentence's wording, in runs of words, the other repeats, whatever the words
# weigh. Two outlets that copy a wire story share long runs; a sentence that adds a clause keeps
# all of the other's runs and adds its own, which the two directions tell apart.
MT_FEATURES = (
    "lcs_small",  # longest common subsequence of tokens, as a share of each side's (the smaller)
    "lcs_large",  # ... the larger share
    "added_small",  # longest run of tokens one side holds and the other lacks (log1p), smaller side
    "added_large",  # ... larger: an added clause
    "tail_small",  # the run one side lacks at the other's end (log1p): a clause added at the end
    "tail_large",
    "gaps_small",  # number of runs one side holds and the other lacks (log1p)
    "gaps_large",
    "reordered_small",  # tokens both hold outside the common subsequence, as a share of a side's
    "reordered_large",
    "characters",  # Dice overlap of the character 4-grams of the words: spellings, names
)
# Word knowledge for rewording in other words ("contradicts" / "differs from", "ousted" /
# "deposed"): a word of one sentence that the other lacks, linked by WordNet (Princeton WordNet
# 3.0, data/en/wordnet_synonyms.txt, written by benchmarks/make_wordnet.py: one synset's words
# for their first senses, derivations, similar adjectives, verbs' hypernyms) to a word the other
# holds and this one lacks. Read by the English paraphrase model of lone pairs only, as a
# feature its weights learned from the judges' pairs (10-fold CV over five fold seeds, accuracy
# at P >= .85: .752 -> .760, each seed +.007 to +.011; benchmarks/msrp_notes.md); never a word
# held outright, as the hand-written synonyms.txt is: WordNet's links are too broad to cite by
# (in pairs judged different, "airplane" / "plane" and "attacks" / "bombings" joined two
# statements on one subject), and a cluster's sentences never read them.
WORDNET_FEATURES = (
    "wordnet_small",  # share of the smaller sentence's content matched through WordNet alone
    "wordnet_large",  # ... of the larger sentence's
)
# The English paraphrase model's features, in the order of its model file.
SAME_FEATURES = (*FEATURES, *EVIDENCE_FEATURES, *MT_FEATURES, *WORDNET_FEATURES)
# Sentences of a cluster's opening that decide whether it reads as English (see
# StatementIndex.english): a paragraph or so, as the pipeline's own detection reads.
ENGLISH_OPENING = 20
# The English weights read lone pairs only (StatementIndex.english): a two-article cluster of
# one sentence each, as news paraphrase pairs are.
ENGLISH_MAX_SENTENCES = 2
# A word of the training pairs' table stands for itself; any other word has this entry's evidence.
OTHER_TERM = "<other>"
TermEvidence = Mapping[str, tuple[float, float, float]]
# A word of one sentence that the other lacks, but whose synonym (data/<language>/synonyms.txt,
# written by hand: "cancelled" / "scrapped", "spoke" / "speaks") it holds, counts as held by this
# share of the word's weight. Each word keeps its own weight, so a rare word both sides share
# weighs as before (read as one term, a group weighed as one of its words, which moved citations
# of words both sides share; benchmarks/fact_notes.md).
REWORDING = 1.0

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
    "thirteen": "13",
    "fourteen": "14",
    "fifteen": "15",
    "sixteen": "16",
    "seventeen": "17",
    "eighteen": "18",
    "nineteen": "19",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "seventy": "70",
    "eighty": "80",
    "ninety": "90",
}
# The units a tens word takes after a hyphen or a space: "twenty-eight" is 28, not 8 (it was read
# as "eight people", the same figure as "Eight people ...").
_UNIT_WORDS = {"one": 1, **{w: int(v) for w, v in _NUMBER_WORDS.items() if len(v) == 1}}
_TENS_WORDS = frozenset(w for w, v in _NUMBER_WORDS.items() if len(v) == 2 and v.endswith("0"))
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
_KINDS = {"term": _TERM, "number": _NUMBER, "negation": _NEGATION}  # wordforms' kinds


@dataclass(frozen=True, slots=True)
class _Model:
    """The shipped parameters: feature coefficients, intercept, and the weight floor."""

    coefficients: tuple[float, ...]
    intercept: float
    common_zipf: float


@lru_cache(maxsize=4)
def _model(language: str = "en") -> _Model:
    """Read ``data/<language>/same_model.txt`` (``name value`` lines; ``#`` comments)."""
    language = "en"  # the weights are of features, not words: learned on English, read for all
    values = _read_model(language, "same_model.txt", (*FEATURES, "intercept", "common_zipf"))
    return _Model(
        coefficients=tuple(values[name] for name in FEATURES),
        intercept=values["intercept"],
        common_zipf=values["common_zipf"],
    )


@lru_cache(maxsize=4)
def _english_model(language: str = "en") -> _Model:
    """Read ``data/<language>/same_model_english.txt``: the paraphrase model of English text."""
    values = _read_model(language, "same_model_english.txt", (*SAME_FEATURES, "intercept"))
    return _Model(
        coefficients=tuple(values[name] for name in SAME_FEATURES),
        intercept=values["intercept"],
        common_zipf=_model(language).common_zipf,
    )


def _read_model(
    language: str, name: str, required: Sequence[str], script: str = "train_same.py"
) -> dict[str, float]:
    """``name value`` lines of ``data/<language>/<name>`` (``#`` comments), all ``required``;
    ``script`` (in benchmarks/) writes the file."""
    try:
        text = (resources.files("summarizer") / "data" / language / name).read_text("utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise ResourceError(
            f"summarizer/data/{language}/{name} is missing; reinstall the package "
            "(it ships as package data)"
        ) from exc
    values: dict[str, float] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition("\t")
            values[key.strip()] = float(value)
    missing = [key for key in required if key not in values]
    if missing:
        raise ResourceError(
            f"summarizer/data/{language}/{name} lacks {', '.join(missing)}; "
            f"rerun benchmarks/{script} or reinstall the package"
        )
    return values


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
            term, *values = line.split("\t")
            # In whole 2**-10 (as term weights): sums are exact whatever the order of the terms.
            shared, unmatched, weight = (
                round(float(v) * _WEIGHT_QUANTUM) / _WEIGHT_QUANTUM for v in values
            )
            table[term] = (shared, unmatched, weight)
    if OTHER_TERM not in table:
        raise ResourceError(
            f"summarizer/data/{language}/same_terms.txt lacks its {OTHER_TERM} line; "
            "rerun benchmarks/train_same.py or reinstall the package"
        )
    return table


@lru_cache(maxsize=4)
def _fact_model(language: str = "en") -> _Model:
    """Read ``data/<language>/fact_model.txt`` (``name value`` lines; ``#`` comments)."""
    language = "en"  # as for _model
    values = _read_model(
        language, "fact_model.txt", (*FACT_FEATURES, "intercept"), script="train_fact.py"
    )
    return _Model(
        coefficients=tuple(values[name] for name in FACT_FEATURES),
        intercept=values["intercept"],
        common_zipf=_model(language).common_zipf,
    )


class _Chunks(dict[str, "tuple[int, ...]"]):
    """chunk as written -> the ids of its tokens; filled on first sight.

    A chunk is a run of non-space characters; news repeats its chunks, so each is analysed once
    per process, and a text is looked up chunk by chunk in C (``str.split`` and a dict). A token
    is (kind, term, word, capitalised) and the word's synonym group; its id indexes the per-token
    lists (kind, key of its term, capitalisation, group; per key the background Zipf). The
    analysis is a pure function of the chunk and an index renumbers what it uses in order of
    first use, so the cache never changes a result.
    """

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.spelling = spelling_variants(language)
        self.forms = _forms(language)
        self.stems: dict[str, str] = {}
        self.words: dict[str, tuple[int, ...]] = {}  # a word (``_WORD``) -> its tokens' ids
        self.negative = frozenset(
            self._stem(word) for word in _read_words(language, "negative_words.txt")
        )
        self.tokens: dict[tuple[int, str, bool, int], int] = {}
        self.key_codes: dict[str, int] = {}  # "t:stem" / "n:number" / "x:negation" -> key id
        self.key_names: list[str] = []  # key id -> "t:stem" ...
        self.kind: list[int] = []
        self.key: list[int] = []
        self.capital: list[bool] = []
        self.group: list[int] = []  # per token: its synonym group (synonyms.txt), -1 for none
        self.key_zipf: list[float] = []  # per key: its stem's background Zipf (terms only)
        self.stem_zipf = stem_zipf(language)
        self._arrays: tuple[np.ndarray, ...] | None = None
        # Read on first use, once per language (not per block): the idle-negation phrases as
        # (tokens, place of the negation), and the keys of the negative subjects.
        self._idle: list[tuple[tuple[int, ...], int]] | None = None
        # The keys of word lists (negative subjects, stop words, verbs of saying), by list.
        self._lists: dict[str, np.ndarray] = {}
        # Synonyms: a word's form or stem -> its group's number; the stem of each group's first
        # word (a group of a negative word says the negative: "scrapped" as "cancelled").
        self.by_form, self.by_stem, heads = _synonyms(language)
        self.negative_groups = frozenset(g for g, head in enumerate(heads) if head in self.negative)
        # Negative phrases (data/<language>/negative_phrases.txt): the keys of each phrase's
        # words (their stems), by the key of its first word.
        self.phrases: dict[int, list[tuple[int, ...]]] = {}
        for phrase in _negative_phrases(language):
            keys = tuple(self._key(_TERM, word) for word in phrase)
            self.phrases.setdefault(keys[0], []).append(keys[1:])

    def __missing__(self, chunk: str) -> tuple[int, ...]:
        core = chunk.strip(_EDGES)
        form = self.forms.get(core) or self.forms.get(core.lower())
        if form is None and core.endswith("."):  # "U.S." ending a sentence: "U.S.." or "U.S"
            form = self.forms.get(core[:-1]) or self.forms.get(core[:-1].lower())
        if form is not None:
            capital = core[:1].isupper()
            items = [(_TERM, self._stem(word), word, capital) for word in form.split()]
            found = tuple(map(self._token, items))
        else:
            # A word's tokens are a pure function of the word: read once, whatever marks
            # surround it in a chunk ("said", "said," and "said." are one word).
            tokens: list[int] = []
            words = self.words
            for word in _WORD.findall(chunk.replace("%", " percent")):
                ids = words.get(word)
                if ids is None:
                    ids = words[word] = tuple(map(self._token, self._items(word)))
                tokens.extend(ids)
            found = tuple(tokens)
        self[chunk] = found
        return found

    def _token(self, item: tuple[int, str, str, bool]) -> int:
        kind, term, word, capital = item
        group = -1
        if kind in (_TERM, _NEGATIVE):
            group = self.by_form.get(word, self.by_stem.get(term, -1))
            if group in self.negative_groups:
                kind = _NEGATIVE
        token = self.tokens.get((kind, term, capital, group))
        if token is None:
            token = self.tokens[kind, term, capital, group] = len(self.kind)
            self.kind.append(kind)
            self.key.append(self._key(kind, term))
            self.capital.append(capital)
            self.group.append(group)
            self._arrays = None
        return token

    def _key(self, kind: int, term: str) -> int:
        """The key id of a term (registered on first sight)."""
        key = f"{'tnxt'[kind]}:{term}"  # a negative word is a term like any other
        code = self.key_codes.get(key)
        if code is None:
            code = self.key_codes[key] = len(self.key_codes)
            self.key_names.append(key)
            is_term = kind in (_TERM, _NEGATIVE)
            self.key_zipf.append(self.stem_zipf.get(term, RARE_ZIPF) if is_term else 0.0)
            self._arrays = None
        return code

    def idle_phrases(self) -> list[tuple[tuple[int, ...], int]]:
        """The phrases of ``not_negating.txt`` as their tokens, each with its negation's place."""
        if self._idle is None:
            idle: list[tuple[tuple[int, ...], int]] = []
            for words in _read_words(self.language, "not_negating.txt"):
                tokens = tuple(token for word in words.split() for token in self[word])
                at = [k for k, token in enumerate(tokens) if self.kind[token] == _NEGATION]
                if len(at) != 1:
                    raise ResourceError(
                        f"summarizer/data/{self.language}/not_negating.txt: {words!r} must hold "
                        "one negation word; reinstall the package"
                    )
                idle.append((tokens, at[0]))
            self._idle = idle
        return self._idle

    def negative_subject_keys(self) -> np.ndarray:
        """The keys of ``negative_subjects.txt``'s words: a sentence opening with one denies its
        statement ("None tested positive"), as a "not" would."""
        return self._word_keys(
            "negative subjects", lambda: _read_words(self.language, "negative_subjects.txt")
        )

    def stance_keys(self) -> tuple[np.ndarray, np.ndarray]:
        """The keys of ``stance_words.txt``'s words reporting a denial, and of those reporting an
        admission or a confirmation (:func:`_stance_words`)."""
        denies, admits = _stance_words(self.language)
        return self._word_keys("denials", lambda: denies), self._word_keys(
            "admissions", lambda: admits
        )

    def stop_keys(self) -> np.ndarray:
        """The sorted keys of the language's stop words (``Lexicon.stop_words``): the function
        words, which say nothing of a sentence's own."""
        return self._word_keys("stop words", lambda: get_lexicon(self.language).stop_words)

    def speech_keys(self) -> np.ndarray:
        """The sorted keys of the language's verbs of saying (``Lexicon.speech_verbs``): "said",
        "according", "told" attribute a statement and say nothing of its own."""
        return self._word_keys("verbs of saying", lambda: get_lexicon(self.language).speech_verbs)

    def title_keys(self) -> np.ndarray:
        """The sorted keys of ``name_titles.txt``'s words ("Dr", "President"): written before a
        name, such a word is the name's, wherever in the sentence it stands."""
        return self._word_keys("name titles", lambda: _read_words(self.language, "name_titles.txt"))

    def _word_keys(self, name: str, words: Callable[[], Iterable[str]]) -> np.ndarray:
        """The sorted keys of a word list's tokens, read once per language under ``name``."""
        found = self._lists.get(name)
        if found is None:
            import numpy as np

            keys = {self.key[token] for word in words() for token in self[word]}
            found = self._lists[name] = np.array(sorted(keys), dtype=np.int64)
        return found

    def negative_phrases(self, key: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """The rows (of tokens with keys ``key`` in rows ``rows``) that hold a negative phrase."""
        import numpy as np

        found: list[int] = []
        if self.phrases:
            keys = key.tolist()
            for start in np.flatnonzero(np.isin(key, list(self.phrases))).tolist():
                for rest in self.phrases[keys[start]]:
                    end = start + len(rest)
                    if (
                        end < len(keys)
                        and tuple(keys[start + 1 : end + 1]) == rest
                        and rows[end] == rows[start]
                    ):
                        found.append(int(rows[start]))
                        break
        return np.array(found, dtype=np.int64)

    def arrays(self) -> tuple[np.ndarray, ...]:
        """As numpy arrays: per token its kind, key and capitalisation; per key its Zipf."""
        import numpy as np

        if self._arrays is None:
            self._arrays = (
                np.array(self.kind, dtype=np.int8),
                np.array(self.key, dtype=np.int64),
                np.array(self.capital, dtype=bool),
                np.array(self.key_zipf, dtype=np.float64),
                np.array(self.group, dtype=np.int64),
            )
        return self._arrays[:4]

    def groups(self) -> np.ndarray:
        """Per token, its synonym group (-1 for none)."""
        self.arrays()
        assert self._arrays is not None
        return self._arrays[4]

    def _items(self, word: str) -> list[tuple[int, str, str, bool]]:
        """The items of one word (a match of ``_WORD``): most words give one."""
        if word[0].isdigit():
            return [(_NUMBER, _number(word), word, False)]
        items: list[tuple[int, str, str, bool]] = []
        if self.language != "en":  # numbers, negations, compounds, names: wordforms
            for form, part, name in statement_words(word, self.language):
                term = self._stem(part) if form == "term" else part
                negative = form == "term" and term in self.negative
                code = _NEGATIVE if negative else _KINDS[form]
                items.append((code, term, part, name))
            return items
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
            return items
        if lower in _NEGATIONS:
            items.append((_NEGATION, lower, lower, False))
            return items
        if not lower:
            return items
        lower = self.spelling.get(lower, lower)
        if lower.endswith("ly"):  # "abruptly" is "abrupt"
            lower = adjective_of(lower) or lower
        stem = self._stem(lower)
        kind = _NEGATIVE if stem in self.negative else _TERM
        items.append((kind, stem, lower, word[0].isupper()))
        return items

    def _stem(self, word: str) -> str:
        found = self.stems.get(word)
        if found is None:
            # The package's stems (``lexicon.stem``), cached per process: the score stage has
            # stemmed most of these words already.
            found = self.stems[word] = stem(word, self.language)
        return found


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


@lru_cache(maxsize=4)
def _synonyms(language: str) -> tuple[dict[str, int], dict[str, int], tuple[str, ...]]:
    """Read ``data/<language>/synonyms.txt``: (form -> group, stem -> group, the stem of each
    group's first word); a language without the file has no synonyms."""
    try:
        text = (resources.files("summarizer") / "data" / language / "synonyms.txt").read_text(
            "utf-8"
        )
    except (FileNotFoundError, OSError):
        return {}, {}, ()
    by_form: dict[str, int] = {}
    by_stem: dict[str, int] = {}
    heads: list[str] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        group = len(heads)
        for word in (word.strip().lower() for word in line.split(",")):
            if word.startswith("="):  # this form alone
                by_form[word[1:]] = group
            else:  # every form of the word (its stem)
                by_stem[stem(word, language)] = group
            if len(heads) == group:
                heads.append(stem(word.lstrip("="), language))
    return by_form, by_stem, tuple(heads)


def synonym_group(word_stem: str, language: str = "en") -> int | None:
    """The number of the ``synonyms.txt`` group that holds the stem ``word_stem`` (every form
    of one of its words), or None: two stems of one group say the same in news."""
    return _synonyms(language)[1].get(word_stem)


@lru_cache(maxsize=4)
def _wordnet_links(language: str) -> Mapping[str, frozenset[int]]:
    """Read ``data/<language>/wordnet_synonyms.txt``: stem -> the numbers of the table's lines
    (synsets and WordNet's links) that hold it; two stems sharing a line are linked. A language
    without the file has no links. Read on first use only (lone English pairs)."""
    try:
        text = (
            resources.files("summarizer") / "data" / language / "wordnet_synonyms.txt"
        ).read_text("utf-8")
    except (FileNotFoundError, OSError):
        return {}
    links: dict[str, set[int]] = {}
    for number, line in enumerate(text.splitlines()):
        if line.strip() and not line.startswith("#"):
            for key in line.partition("\t")[2].split():
                links.setdefault(key, set()).add(number)
    return {key: frozenset(found) for key, found in links.items()}


@lru_cache(maxsize=4)
def _negative_phrases(language: str) -> tuple[tuple[str, ...], ...]:
    """The stems of the words of each phrase of ``data/<language>/negative_phrases.txt``; a
    language without the file has none."""
    try:
        lines = _read_words(language, "negative_phrases.txt")
    except ResourceError:
        return ()
    return tuple(tuple(stem(word, language) for word in line.lower().split()) for line in lines)


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


@lru_cache(maxsize=8)
def _stance_words(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of ``data/<language>/stance_words.txt`` reporting a denial, and those reporting
    an admission or a confirmation."""
    found: dict[str, list[str]] = {"denies": [], "admits": []}
    for line in _read_words(language, "stance_words.txt"):
        kind, colon, word = line.partition(":")
        if kind.strip() not in found or not colon or not word.strip():
            raise ResourceError(
                f"summarizer/data/{language}/stance_words.txt: cannot read {line!r}; each line "
                "is 'denies: ' or 'admits: ' and a word (reinstall summarizer if you did not "
                "edit the file)"
            )
        found[kind.strip()].append(word.strip())
    return tuple(found["denies"]), tuple(found["admits"])


def _negating_nothing(
    positions: np.ndarray, key: np.ndarray, rows: np.ndarray, chunks: _Chunks
) -> np.ndarray:
    """Which negation tokens (at ``positions`` of a block's tokens) stand in a phrase of
    ``data/<language>/not_negating.txt``, where they negate nothing ("whether or not", "not only").

    ``key`` and ``rows`` are each token's key and sentence; a phrase matches the keys of its
    words, in order, within one sentence, its negation at the token's position.
    """
    import numpy as np

    idle = np.zeros(len(positions), dtype=bool)
    if not len(positions):
        return idle
    for tokens, at in chunks.idle_phrases():
        match = np.ones(len(positions), dtype=bool)
        for offset, token in enumerate(tokens):
            place = positions + (offset - at)
            inside = (place >= 0) & (place < len(key))
            place = np.where(inside, place, positions)
            match &= inside & (rows[place] == rows[positions])
            match &= key[place] == chunks.key[token]
        idle |= match
    return idle


def _at_least_ten(key_name: str) -> bool:
    """Whether a number's key (``"n:34"``, ``_Chunks.key_names``) is ten or more."""
    try:
        return float(key_name[2:]) >= 10
    except ValueError:
        return True


def _number(text: str) -> str:
    """A number as one spelling: thousands separators dropped, a trailing zero fraction too."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        text = text.replace(",", "")
    if "." in text:
        text = text.rstrip("0").rstrip(".") or "0"
    return text


# What follows a figure that is a clock time ("5 p.m.", "9:30 a.m.", "10am").
_CLOCK = re.compile(r"(?::\d\d)?\s*[ap]\.?m\b\.?", re.IGNORECASE)
# A figure ("12,040", "1.4", "3%") or a word.
# Currency symbols written before a figure ("$480 million", "US$2 billion", "€3,5 Mio."): the
# symbol is a unit of the figure (:func:`figures`) beside the word after it.
_CURRENCY_SYMBOLS = frozenset("$£€¥₹")
# A currency symbol and the capital letters written onto it ("C$", "HK$", "US$").
_PREFIXED_SYMBOL = re.compile(r"(?:(?<![^\W\d_])([A-Z]{1,3}))?([$£€¥₹])\s?$")
_FIGURE_TOKEN = re.compile(r"\d(?:[\d,.]*\d)?%?|[^\W\d_]+")


@lru_cache(maxsize=1 << 16)
def _figure_tokens(text: str) -> tuple[tuple[str, int], ...]:
    """``text``'s tokens (``_FIGURE_TOKEN``: a figure or a run of letters), each with the offset
    where it starts: read once for a sentence's figures, shares and clauses (each read them)."""
    return tuple((m.group(), m.start()) for m in _FIGURE_TOKEN.finditer(text))


# Before a figure, a letter it is written onto (with or without a hyphen): the figure is part
# of a name or a model ("Airbus A320 jets" counts no 320 jets).
_GLUED_NAME = re.compile(r"[^\W\d_][-–]?$")
# A comma followed by one or two digits is no thousands separator but a decimal comma, as some
# writers of English use it ("1,2 million" is 1.2 million, not 12 million).
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


@lru_cache(maxsize=8)
def _measures(
    language: str,
) -> tuple[Mapping[str, float], frozenset[str], frozenset[str], str, bool, frozenset[str]]:
    """Scale words -> their factor, the stems of the words whose figures are not compared (time
    and share words, ``data/<language>/measures.txt``), the month names and abbreviations, the
    decimal mark ("." or ",": the other one separates thousands), whether every noun is
    capitalised (``keyterm_rules.txt``), and the stems of the share words alone."""
    from .lexicon import read_lines
    from .text import _month_numbers

    scales: dict[str, float] = {}
    times: set[str] = set()
    shares: set[str] = set()
    decimal = "."
    for line in read_lines(language, "measures.txt"):
        parts = line.split()
        if len(parts) == 2 and parts[0] == "decimal" and parts[1] in (".", ","):
            decimal = parts[1]
            continue
        if len(parts) == 3 and parts[0] == "scale":
            try:
                scales[parts[1]] = float(parts[2])
                continue
            except ValueError:
                pass
        elif len(parts) == 3 and parts[0] == "fraction" and parts[2].isdigit():
            continue  # read by ``_fractions``
        elif len(parts) == 2 and parts[0] == "unit":
            continue  # read by ``_conversion_units``
        elif (len(parts) >= 3 and parts[0] == "bound") or (
            parts[0] in ("ordinal", "ordinal_suffix") and len(parts) in (2, 3)
        ):
            continue  # read by ``_bounds`` and ``_ordinal_words``
        elif (len(parts) == 3 and parts[0] == "money_scale") or (
            len(parts) >= 3 and parts[0] == "currency"
        ):
            continue  # read by ``_money_scales`` and ``_currencies``
        elif len(parts) == 3 and parts[0] in ("count", "count_link"):
            continue  # read by ``_count_words``
        elif len(parts) == 2 and parts[0] in (
            "clause",
            "part",
            "weight",
            "weight_before",
            "weight_after",
        ):
            continue  # read by ``_clause_words``, ``_part_words`` and ``_weights``
        elif len(parts) == 2 and parts[0] in ("age", "decade_suffix"):
            continue  # read by ``_ages``
        elif len(parts) == 2 and parts[0] in ("time", "share"):
            times.add(stem(parts[1], language))
            if parts[0] == "share":
                shares.add(stem(parts[1], language))
            continue
        raise ResourceError(
            f"{language}/measures.txt: {line!r} is not 'decimal MARK', 'scale WORD FACTOR', "
            "'money_scale WORD FACTOR', 'currency SYMBOL [WORD...] FORM', 'time WORD', "
            "'share WORD', 'fraction WORD NUMBER', 'unit WORD', 'clause WORD', 'part WORD', "
            "'count WORD UNIT', 'count_link WORD LINK', "
            "'weight WORD', 'weight_before WORD', 'weight_after WORD', 'bound above|below "
            "WORD...', 'ordinal WORD NUMBER', 'ordinal_suffix ENDING', 'age WORD' or "
            "'decade_suffix ENDING'; fix that line"
        )
    months = frozenset(_month_numbers(language))
    return (
        scales,
        frozenset(times),
        months,
        decimal,
        _nouns_capitalised(language),
        frozenset(shares),
    )


@lru_cache(maxsize=8)
def _ages(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words after which a figure is an age ("aged 74") and the endings written onto a
    figure that make it a decade ("the 1990s", "in his 70s"), ``data/<language>/measures.txt``'s
    "age WORD" and "decade_suffix ENDING" lines: such a figure counts nothing."""
    from .lexicon import read_lines

    ages: set[str] = set()
    suffixes: set[str] = set()
    for line in read_lines(language, "measures.txt"):
        parts = line.split()
        if len(parts) == 2 and parts[0] == "age":
            ages.add(parts[1].lower())
        elif len(parts) == 2 and parts[0] == "decade_suffix":
            suffixes.add(parts[1].lower())
    return frozenset(ages), frozenset(suffixes)


@lru_cache(maxsize=8)
def _money_scales(language: str) -> Mapping[str, float]:
    """The scale words read only after a sum written with a currency symbol ("€45m", "£180k"),
    ``data/<language>/measures.txt``'s "money_scale WORD FACTOR" lines, by word."""
    from .lexicon import read_lines

    scales: dict[str, float] = {}
    for line in read_lines(language, "measures.txt"):
        parts = line.split()
        if len(parts) == 3 and parts[0] == "money_scale":
            try:
                scales[parts[1]] = float(parts[2])
            except ValueError:
                raise ResourceError(
                    f"{language}/measures.txt: {line!r} has no number as its factor; fix that line"
                ) from None
    return scales


@lru_cache(maxsize=8)
def _currencies(
    language: str,
) -> tuple[Mapping[str, str], Mapping[str, str], Mapping[tuple[str, ...], str]]:
    """The stems of the currencies' words ("euro", "dollar") -> their symbol, the symbols
    written with capitals ("US$") -> the symbol they write, and the stems of a currency's word
    after the words naming whose it is ("Canadian dollar", "US dollar") -> the symbol of that
    currency ("C$", "$"): ``data/<language>/measures.txt``'s "currency SYMBOL [WORD...] FORM"
    lines, a FORM holding a currency symbol being a symbol's spelling."""
    from .lexicon import read_lines

    words: dict[str, str] = {}
    spellings: dict[str, str] = {}
    named: dict[tuple[str, ...], str] = {}
    for line in read_lines(language, "measures.txt"):
        parts = line.split()
        if len(parts) < 3 or parts[0] != "currency":
            continue
        symbol, form = parts[1], parts[-1]
        written = _PREFIXED_SYMBOL.fullmatch(symbol)
        if written is None or (len(parts) == 3 and written.group(1)):
            raise ResourceError(
                f"{language}/measures.txt: {line!r} names no currency symbol "
                f"({' '.join(sorted(_CURRENCY_SYMBOLS))}, with capitals before it only when "
                "words name the currency: 'currency C$ canadian dollar'); fix that line"
            )
        if len(parts) > 3:
            named[tuple(stem(word.lower(), language) for word in parts[2:])] = symbol
        elif any(character in _CURRENCY_SYMBOLS for character in form):
            spellings[form] = symbol
        else:
            words[stem(form.lower(), language)] = symbol
    return words, spellings, named


@lru_cache(maxsize=8)
def _weights(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The stems of the currencies' words that name a weight too ("pound"), the stems of the
    words that tell a figure after them is a weight ("weighed") and the words that tell so
    after the unit ("pounds of"): ``measures.txt``'s "weight", "weight_before" and
    "weight_after" lines."""
    from .lexicon import read_lines

    found: dict[str, set[str]] = {"weight": set(), "weight_before": set(), "weight_after": set()}
    for line in read_lines(language, "measures.txt"):
        parts = line.split()
        if len(parts) == 2 and parts[0] in found:
            found[parts[0]].add(
                parts[1] if parts[0] == "weight_after" else stem(parts[1], language)
            )
    return (
        frozenset(found["weight"]),
        frozenset(found["weight_before"]),
        frozenset(found["weight_after"]),
    )


# A weight's figure is written onto its unit before a noun ("a 300-pound bomb"); a weighing
# word stands at most this many words before the figure ("weighed more than 300 pounds").
_WEIGHING_REACH = 4


def _a_weight(
    text: str,
    tokens: Sequence[tuple[str, int]],
    k: int,
    unit_at: int,
    scaled: bool,
    language: str,
) -> bool | None:
    """Whether the figure of token ``k``, in the currency word at token ``unit_at`` that names a
    weight too ("pound", ``_weights``), is a weight: written onto the word with a hyphen ("a
    300-pound bomb"), after a weighing word ("weighed 12 pounds", "weigh almost a million
    pounds") or before a word that tells a weight ("40 pounds of cocaine", "20 pounds
    overweight"). Never with a currency symbol or another word of the currency after it ("12
    pounds sterling"); with a scale word ("30 million pounds of public money", "a
    30-million-pound deal") only after a weighing word: else a sum (False). None when nothing
    tells ("14.7 pounds compared with 5.8 pounds"): :func:`_figure_spans` reads it as the
    sentence's other pounds are read."""
    weights, before, after = _weights(language)
    word, at = tokens[unit_at]
    if stem(word.lower(), language) not in weights:
        return False
    symbol = _currencies(language)[0].get(stem(word.lower(), language))
    following = tokens[unit_at + 1][0].lower() if unit_at + 1 < len(tokens) else ""
    if _currency_before(text, tokens[k][1], language) is not None or (
        following and _currencies(language)[0].get(stem(following, language)) == symbol
    ):
        return False
    figure_end = tokens[unit_at - 1][1] + len(tokens[unit_at - 1][0])
    if not scaled and text[figure_end:at] in ("-", "–"):
        return True  # "a 300-pound bomb"
    if (
        not scaled
        and following in after
        and text[at + len(word) : tokens[unit_at + 1][1]].isspace()
    ):
        return True  # "40 pounds of cocaine"
    if any(
        stem(token.lower(), language) in before
        for token, _ in tokens[max(0, k - _WEIGHING_REACH) : k]
    ):
        return True
    return False if scaled else None


def _currency_before(text: str, start: int, language: str) -> str | None:
    """The currency symbol written just before ``start`` of ``text`` as a unit: "$" of "$45",
    and of "US$45" where ``measures.txt`` spells "$" so; "C$" of "C$45" (another dollar: the
    capitals stay with the symbol), None when no symbol is written there."""
    match = _PREFIXED_SYMBOL.search(text, max(0, start - 5), start)
    if match is None:
        return None
    if not match.group(1):
        return match.group(2)
    written = match.group(1) + match.group(2)
    return _currencies(language)[1].get(written, written)


@lru_cache(maxsize=8)
def _fractions(language: str) -> Mapping[str, int]:
    """The stems of the fraction words of ``data/<language>/measures.txt`` ("third", "quarter")
    -> the number each divides by."""
    from .lexicon import read_lines

    found: dict[str, int] = {}
    for line in read_lines(language, "measures.txt"):
        parts = line.split()
        if len(parts) == 3 and parts[0] == "fraction" and parts[2].isdigit():
            found[stem(parts[1], language)] = int(parts[2])
    return found


@lru_cache(maxsize=8)
def _conversion_units(language: str) -> frozenset[str]:
    """The stems of the units of measure and the currencies of ``data/<language>/measures.txt``
    ("mile", "kilometre", "dollar"): a figure in one, in brackets after a figure, converts it."""
    from .lexicon import read_lines

    return frozenset(
        stem(parts[1].lower(), language)
        for parts in (line.split() for line in read_lines(language, "measures.txt"))
        if len(parts) == 2 and parts[0] == "unit"
    )


# A figure in brackets, perhaps after a word or two ("about", "more than") and a currency symbol
# ("US$"), then the words of its unit ("12 inches", "8-km", "6.5 million", "290 km/h").
_BRACKETED_FIGURE = re.compile(
    r"\((?:[^\W\d_]+\s+){0,2}([A-Z]{0,3}[$£€¥₹]\s?)?\d[\d,.]*"
    r"((?:[\s-]+[^\W\d_]+\.?(?:/[^\W\d_]+)?){0,3})\s*\)"
)
_UNIT_WORD = re.compile(r"[^\W\d_]+(?:/[^\W\d_]+)?")
# How far before the brackets the figure they convert may be: its last words ("12 inches of").
_CONVERTED_WORDS = 4


@lru_cache(maxsize=1 << 16)
def conversions(text: str, language: str = "en") -> tuple[tuple[int, int], ...]:
    """The spans of ``text`` that convert a figure: brackets holding a figure alone in a unit of
    measure or a currency (``unit`` lines of ``data/<language>/measures.txt``, or a currency
    symbol before it), a figure among the last words before them. The figures say one figure
    twice: "The storm dumped 30 centimetres (12 inches) of snow" gives 30 centimetres, and a
    sentence that says "12 inches" or "30 centimetres" gives the same.

    >>> text = "Crews shut a 5-mile (8 km) stretch of road."
    >>> [text[start:end] for start, end in conversions(text)]
    ['(8 km)']
    >>> conversions("The blast killed 12 people (3 children) in the square.")
    ()
    """
    if "(" not in text:
        return ()
    units = _conversion_units(language)
    if not units:
        return ()
    words = _number_word_set(language)
    found: list[tuple[int, int]] = []
    for match in _BRACKETED_FIGURE.finditer(text):
        if not match.group(1) and not any(
            stem(word.lower(), language) in units for word in _UNIT_WORD.findall(match.group(2))
        ):
            continue  # "(3 children)": a part, not the figure in another unit
        start = match.start()
        before = [m.group() for m in _FIGURE_TOKEN.finditer(text, max(0, start - 40), start)]
        if any(
            token[0].isdigit() or token.lower() in words for token in before[-_CONVERTED_WORDS:]
        ):
            found.append((start, match.end()))
    return tuple(found)


def _without_conversions(text: str, language: str) -> str:
    """``text`` with its conversions (``conversions``) blanked, each character a space."""
    parts: list[str] = []
    done = 0
    for start, end in conversions(text, language):
        parts += [text[done:start], " " * (end - start)]
        done = end
    return "".join([*parts, text[done:]])


@lru_cache(maxsize=8)
def _clause_words(language: str) -> frozenset[str]:
    """The words of ``data/<language>/measures.txt``'s ``clause`` lines ("and", "but"): after a
    comma, each opens a clause of its own."""
    from .lexicon import read_lines

    return frozenset(
        parts[1]
        for parts in (line.split() for line in read_lines(language, "measures.txt"))
        if len(parts) == 2 and parts[0] == "clause"
    )


@lru_cache(maxsize=4)
def _part_words(language: str) -> frozenset[str]:
    """The words of ``data/<language>/measures.txt``'s ``part`` lines ("of"): between two
    figures, the first counts part of the second's whole, in its unit ("41 of the 95 seats")."""
    from .lexicon import read_lines

    return frozenset(
        parts[1]
        for parts in (line.split() for line in read_lines(language, "measures.txt"))
        if len(parts) == 2 and parts[0] == "part"
    )


def _units_at(
    tokens: Sequence[tuple[str, int]],
    at: int,
    stops: AbstractSet[str],
    words: AbstractSet[str],
    nouns_capitalised: bool,
    language: str,
) -> list[str]:
    """The stems of a figure's unit, read from token ``at`` on: the word there, and through
    names to the first other word ("702 Unity Party members" counts members, and Unity Party
    members); none when a figure, a function word or a number word comes first. Where every
    noun is capitalised (German), a capital tells no name: the first word alone."""
    units: list[str] = []
    for k in range(at, len(tokens)):  # no copy of the rest: a long line
        word = tokens[k][0]
        lower = word.lower()
        if len(lower) == 1 and lower.isalpha() and not units:
            continue  # an elided article: "3 millions d'euros" counts euros
        if word[0].isdigit() or lower in stops or lower in words:
            break  # a figure, a function word or a number word ("twenty, eight of them")
        units.append(stem(lower, language))
        if not word[0].isupper() or nouns_capitalised:
            break
    return units


# Marks that end a figure's phrase: a word after one is no unit of it ("has risen to 31,
# officials said" counts no officials).
_PHRASE_ENDS = frozenset(",;:()[]—")


def _set_off(text: str, tokens: Sequence[tuple[str, int]], after: int) -> bool:
    """Whether a mark of ``_PHRASE_ENDS`` stands between the figure (and its scale words) ending
    at token ``after`` and that token: the word after it then opens another phrase."""
    if after >= len(tokens):
        return False
    word, start = tokens[after - 1]
    return not _PHRASE_ENDS.isdisjoint(text[start + len(word) : tokens[after][1]])


def _whole_units(
    tokens: Sequence[tuple[str, int]],
    at: int,
    stops: AbstractSet[str],
    words: AbstractSet[str],
    nouns_capitalised: bool,
    scales: Mapping[str, float],
    language: str,
) -> list[str]:
    """The unit of the whole a figure is part of, when token ``at`` (after the figure) is a
    ``part`` word of ``measures.txt`` followed by function words and a figure in a unit: "41 of
    the 95 seats" counts 41 seats (of 95). None otherwise."""
    if at >= len(tokens) or tokens[at][0].lower() not in _part_words(language):
        return []
    at += 1
    while at < len(tokens) and tokens[at][0].lower() in stops:
        at += 1
    if at >= len(tokens) or not (tokens[at][0][0].isdigit() or tokens[at][0].lower() in words):
        return []
    at += 1
    while at < len(tokens) and tokens[at][0].lower() in scales:
        at += 1
    return _units_at(tokens, at, stops, words, nouns_capitalised, language)


@lru_cache(maxsize=4)
def _count_words(language: str) -> Mapping[str, tuple[str, bool]]:
    """The words of ``data/<language>/measures.txt``'s ``count`` lines, each with the word of what
    it counts ("toll": "people"), and of its ``count_link`` lines, each with the word after which
    the unit is named ("number": "of"); True for the latter."""
    from .lexicon import read_lines

    return {
        parts[1]: (parts[2], parts[0] == "count_link")
        for parts in (line.split() for line in read_lines(language, "measures.txt"))
        if len(parts) == 3 and parts[0] in ("count", "count_link")
    }


def _count_units(
    text: str,
    tokens: Sequence[tuple[str, int]],
    at: int,
    stops: AbstractSet[str],
    words: AbstractSet[str],
    nouns_capitalised: bool,
    language: str,
) -> list[str]:
    """The stems of the unit of the figure at token ``at``, written with no unit after it, when
    a ``count`` or ``count_link`` word of ``measures.txt`` comes before it in its clause
    (:func:`_clause_breaks`): "The death toll from Tuesday's earthquake rose to 54" counts
    people, "The number of people killed ... has risen to 31" people. The nearest such word is
    read; none, no unit."""
    counts = _count_words(language)
    if not counts:
        return []
    breaks = _clause_breaks(text, language)
    clause = bisect_right(breaks, tokens[at][1])
    opening = breaks[clause - 1] if clause else 0
    for k in range(at - 1, -1, -1):
        if tokens[k][1] < opening:
            break
        counted = counts.get(tokens[k][0].lower())
        if counted is None:
            continue
        word, linked = counted
        if not linked:
            return [stem(word, language)]
        if tokens[k + 1][0].lower() != word:
            return []  # "The number rose to 12": of what, nothing says
        return _units_at(tokens, k + 2, stops, words, nouns_capitalised, language)
    return []


def _fraction_at(text: str, end: int, following: str | None, language: str) -> int | None:
    """The number a fraction divides by when the number word ending at ``end`` of ``text`` is
    joined by a hyphen to the fraction word ``following`` ("two-thirds"), else None."""
    if following is None or text[end : end + 1] not in "-–" or end >= len(text):
        return None
    return _fractions(language).get(stem(following.lower(), language))


def time_unit_stems(language: str = "en") -> frozenset[str]:
    """The stems of the units of time of ``data/<language>/measures.txt`` ("week", "year"): the
    words of a span or a date ("last week", "two years ago"), not of what a sentence states."""
    _, words, _, _, _, shares = _measures(language)
    return words - shares


@lru_cache(maxsize=1 << 16)
def figures(text: str, language: str = "en") -> Mapping[str, tuple[float, ...]]:
    """The figures a sentence gives, by unit: the stem of the word after each figure (of each
    word through names to the first other one: "702 Unity Party members"), and the currency
    symbol written before it ("$10 million emergency fund" is 10 million in "emerg" and in "$").

    "Police detained another 187 members, bringing the total to 702 arrested." gives
    ``{"member": (187.0,), "arrest": (702.0,)}``. A figure is a number written in digits or a
    number word, times a scale word after it ("1.4 million families"). Left out: years (1900-2100
    in digits), a figure after a month ("July 29"), one in a time unit ("six years",
    "18-year-old") or a share ("30 percent", "12%", "two-thirds": of what, the sentence says
    elsewhere), and one followed by a function word or nothing, unless a currency symbol is
    written before it ("paid $5 for it" gives ``{"$": (5.0,)}``).
    """
    found: dict[str, list[float]] = {}
    for unit, value, _start in _figure_spans(text, language):
        found.setdefault(unit, []).append(value)
    return {unit: tuple(values) for unit, values in found.items()}


def spans_of_time(text: str, language: str = "en") -> frozenset[tuple[str, float]]:
    """The figures a sentence gives in a unit of time (``time`` words of ``measures.txt``), each
    with the stem of its unit: a span ("jailed for six years"), an age or a date, which
    :func:`figures` leaves out.

    >>> sorted(spans_of_time("He was jailed for six years and fined 2,000 pounds."))
    [('year', 6.0)]
    """
    return frozenset((unit, value) for unit, value, _ in _figure_spans(text, language, True))


@lru_cache(maxsize=1 << 16)
def _figure_spans(
    text: str, language: str, of_time: bool = False
) -> tuple[tuple[str, float, int], ...]:
    """The figures of :func:`figures` in the order the sentence gives them: (unit, value, the
    offset where the figure starts), one entry per unit of a figure; with ``of_time``, those in
    a unit of time instead (:func:`spans_of_time`)."""
    from .lexicon import get_lexicon

    if _no_figure(text, language):
        return ()  # most sentences: no digit, no number word
    scales, times, months, decimal, nouns_capitalised, shares = _measures(language)
    stops = get_lexicon(language).stop_words
    tokens = _figure_tokens(text)
    words = _number_word_set(language)
    found: list[tuple[str, float, int]] = []
    # Pounds with nothing telling weight or money ("5.8 pounds"): (their entry in ``found``, the
    # word's stem), weights when another figure of the sentence is one, else sums.
    untold: list[tuple[int, str]] = []
    weighed = False
    converted = conversions(text, language)
    starts = [left for left, _ in converted]  # in order, apart: one search a token
    for k, (token, start) in enumerate(tokens):
        if (
            converted
            and start < converted[max(bisect_right(starts, start) - 1, 0)][1]
            and (start >= starts[0])
        ):
            continue  # the figure before, converted: "30 centimetres (12 inches)"
        if (
            not token[0].isdigit()
            and token.lower() not in words
            and not (language == "en" and k and _joined_unit(text, tokens, k - 1))  # "-one"
        ):
            continue  # neither a figure nor a number word
        lower = token.lower()
        if k and text[start - 1 : start] in "-–" and _is_year(tokens[k - 1][0]):
            continue  # the end of a span of years: "his 1973-90 rule"
        if token[0].isdigit():
            # A match ends at ``start`` (or before a newline there): the last three characters
            # hold it, and searching them alone does not try every position of the text.
            if _GLUED_NAME.search(text, max(0, start - 3), start):
                continue  # a name's or a model's number: "A320", "MH17", "F-16", "COVID-19"
            if k and _names_a_thing(
                text, tokens[k - 1][0], tokens[k - 1][1] + len(tokens[k - 1][0]), start, language
            ):
                continue  # a name's number: "Flight 990 crashed" gives no 990 crashes
            digits = token.rstrip("%")
            if decimal == ",":  # "12.040,5" is 12040.5
                digits = digits.replace(".", "").replace(",", ".")
            elif _DECIMAL_COMMA.fullmatch(digits):
                digits = digits.replace(",", ".")  # "1,2 million": no thousands group
            try:
                value = float(_number(digits).replace(",", ""))
            except ValueError:
                continue  # "1.2.3"
            if token.endswith("%"):
                continue  # a share: of what, the sentence says elsewhere
            if _is_year(digits):
                continue
        else:
            number = _NUMBER_WORDS.get(lower) if language == "en" else None
            if language == "en" and lower in _TENS_WORDS and _joined_unit(text, tokens, k):
                continue  # "twenty-" of "twenty-eight": read with its unit, below
            if (
                language == "en"
                and lower in _UNIT_WORDS
                and k
                and _joined_unit(text, tokens, k - 1)
            ):
                number = str(int(_NUMBER_WORDS[tokens[k - 1][0].lower()]) + _UNIT_WORDS[lower])
            if language != "en":
                number = next(
                    (key for form, key, _ in statement_words(lower, language) if form == "number"),
                    None,
                )
            if number is None or lower in scales:
                continue
            following = tokens[k + 1][0] if k + 1 < len(tokens) else None
            if _fraction_at(text, start + len(token), following, language):
                continue  # "two-thirds": a share (:func:`shares`), not a count of thirds
            value = float(number)
            if value == 1:
                continue  # "ein", "un", "uno": the indefinite article as often as one
        if k and tokens[k - 1][0].lower().rstrip(".") in months:
            continue  # a date
        if _CLOCK.match(text, start + len(token)):
            continue  # a clock time: "5 p.m.", "9:30 a.m."
        ages, decades = _ages(language)
        if k and tokens[k - 1][0].lower() in ages:
            continue  # an age: "a woman, aged 74, died" counts no 74 deaths
        if (
            decades
            and k + 1 < len(tokens)
            and tokens[k + 1][1] == start + len(token)
            and tokens[k + 1][0].lower() in decades
        ):
            continue  # a decade: "a man in his 70s, died", "the 1990s"
        after = k + 1
        while after < len(tokens) and tokens[after][0].lower() in scales:
            value *= scales[tokens[after][0].lower()]
            after += 1
        if (
            after == k + 1
            and after < len(tokens)
            and tokens[after][1] == start + len(token)  # written onto the figure: "45m"
            and text[max(0, start - 2) : start].rstrip()[-1:] in _CURRENCY_SYMBOLS
        ):
            # A sum's scale letter ("€45m", "£180k"): alone, "45m" may be metres.
            factor = _money_scales(language).get(tokens[after][0].lower())
            if factor is not None:
                value *= factor
                after += 1
        if value <= 0:
            continue
        weight = (
            _a_weight(text, tokens, k, after, after > k + 1, language)
            if after < len(tokens)
            else False
        )
        weighed = weighed or weight is True
        # The unit: the word after the figure; through names to the first other word ("702
        # Unity Party members" counts members, and Unity Party members). Where every noun is
        # capitalised (German), a capital tells no name: the first word alone.
        # A word past a comma is none: "has risen to 31, officials said" counts no officials.
        set_off = _set_off(text, tokens, after)
        units = (
            [] if set_off else _units_at(tokens, after, stops, words, nouns_capitalised, language)
        )
        if not units and not set_off:
            # A part of a whole counts what the whole counts: "41 of the 95 seats".
            units = _whole_units(tokens, after, stops, words, nouns_capitalised, scales, language)
        if not units and not of_time:
            # A count's figure with no unit after it counts the count's: "The death toll ...
            # rose to 54" (people).
            units = _count_units(text, tokens, k, stops, words, nouns_capitalised, language)
        if any(unit in times for unit in units) != of_time:
            continue  # a span, a date, an age or a share (``of_time``: all else)
        if of_time:
            found.extend((unit, value, start) for unit in units if unit not in shares)
            continue
        currency_words, _, named_currencies = _currencies(language)
        if units and units[0] in currency_words and weight is not True:
            # "45 million euros" is a sum in "€", as "€45m" is; "12 pounds" of weight is none.
            if weight is None:
                untold.append((len(found), units[0]))
            units[0] = currency_words[units[0]]
        elif len(units) > 1:
            # "45 million Canadian dollars" is a sum in "C$", "5 million US dollars" in "$".
            for cut in range(2, len(units) + 1):
                if tuple(units[:cut]) in named_currencies:
                    units[:cut] = [named_currencies[tuple(units[:cut])]]
                    break
        symbol = _currency_before(text, start, language)
        if symbol is not None and symbol not in units:
            # "$480 million towards the cost" / "a $10 million emergency fund": sums of one
            # currency, whatever word follows them.
            units.append(symbol)
        found.extend((unit, value, start) for unit in units)
    if weighed:
        # "had lost an average of 14.7 pounds compared with 5.8 pounds": both weights.
        for at, word in untold:
            found[at] = (word, *found[at][1:])
    return tuple(found)


@lru_cache(maxsize=8)
def _numbered_names(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words after which a number names something (``data/<language>/numbered_names.txt``:
    "flight" of "Flight 990", "route", "apollo"), lower case; and those written with a period
    after them ("no." of "No. 10")."""
    from .lexicon import read_lines

    lines = [line.lower() for line in read_lines(language, "numbered_names.txt")]
    return (
        frozenset(line for line in lines if not line.endswith(".")),
        frozenset(line[:-1] for line in lines if line.endswith(".")),
    )


# The word before a word, read back from where the latter starts: "EgyptAir" of "EgyptAir flight".
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*)\s+$")


def _names_a_thing(text: str, word: str, end: int, start: int, language: str) -> bool:
    """Whether the number at ``start`` of ``text`` is a name's, after ``word`` ending at ``end``
    ("Flight 990", "Route 66", "No. 10"): a flight, not 990 of anything. The word is
    capitalised, or written in lower case after a name ("EgyptAir flight 990"), not after a
    function word ("a flight 990 miles long", "The flight 990 miles south")."""
    gap = text[end:start]
    words, with_period = _numbered_names(language)
    lower = word.lower()
    if not (
        (lower in words and gap.isspace())
        or (lower in with_period and gap[:1] == "." and gap[1:].isspace())
    ):
        return False
    if word[:1].isupper():
        return True
    begin = end - len(word)
    before = _WORD_BEFORE.search(text, max(0, begin - 40), begin)
    return (
        before is not None
        and before.group(1)[:1].isupper()
        and before.group(1).lower() not in get_lexicon(language).stop_words
    )


def large_numbers(text: str, language: str = "en") -> frozenset[float]:
    """The numbers of ten or more that ``text`` writes in digits, whatever follows them: years,
    a day after a month ("Aug. 12"), a model's number ("A320"), a name's number ("Flight 990",
    ``numbered_names.txt``) and shares ("12%") left out. Unlike :func:`figures`, a number
    followed by a function word counts ("48,595 for her challenger").

    >>> sorted(large_numbers("She won 48,907 votes to 48,595 in 2025, with 61% and 3 wards."))
    [48595.0, 48907.0]
    >>> sorted(large_numbers("The submarine sank on Aug. 12 with 118 crew aboard."))
    [118.0]
    >>> sorted(large_numbers("Flight 990 crashed with 217 people aboard."))
    [217.0]
    """
    months = _measures(language)[2]
    found: set[float] = set()
    tokens = _figure_tokens(text)
    for k, (token, start) in enumerate(tokens):
        if not token[0].isdigit() or token.endswith("%") or _is_year(token):
            continue
        if _GLUED_NAME.search(text, max(0, start - 3), start):
            continue
        if k and tokens[k - 1][0].lower() in months:
            continue  # a date: "Aug. 12"
        word, at = tokens[k - 1] if k else ("", 0)
        if k and _names_a_thing(text, word, at + len(word), start, language):
            continue  # a name's number: "Flight 990", "Route 66"
        try:
            value = float(_number(token).replace(",", ""))
        except ValueError:
            continue
        if value >= 10:
            found.add(value)
    return frozenset(found)


@lru_cache(maxsize=1 << 16)
def shares(text: str, language: str = "en") -> tuple[float, ...]:
    """The shares a sentence gives: each figure followed by a share word ("30 percent", "12
    pct", ``data/<language>/measures.txt``) or written with "%" ("12%").

    "Sales fell 3 percent, to 17% of the market." gives ``(3.0, 17.0)``. Of what, the sentence
    says elsewhere, so :func:`figures` leaves them out; two sentences that both give shares, none
    close to the other's, state other facts (see ``FIGURE_TOLERANCE``).
    """
    return tuple(value for value, _ in _share_spans(text, language))


def bounded_shares(text: str, language: str = "en") -> tuple[tuple[float, int], ...]:
    """The shares a sentence gives (:func:`shares`), each with the side of it the sentence puts
    the value on: 1 after a word that gives the figure as a lower bound ("more than two-thirds"),
    -1 after one that gives it as an upper bound ("nearly 70 percent"), 0 for a value (the
    ``bound`` lines of ``data/<language>/measures.txt``).

    >>> bounded_shares("Turnout, at more than two-thirds of voters, was the highest since 1995.")
    ((66.7, 1),)
    """
    found = _share_spans(text, language)
    if not found:
        return ()
    spelled, bounds = _spelled(text), _bounds(language)
    return tuple((value, _bound_before(spelled[:start], bounds)) for value, start in found)


@lru_cache(maxsize=8)
def _bounds(language: str) -> tuple[tuple[tuple[str, ...], int], ...]:
    """The ``bound`` entries of ``data/<language>/measures.txt``: (the words, lower case; 1 for a
    lower bound, -1 for an upper one), longest first."""
    from .lexicon import read_lines

    found: list[tuple[tuple[str, ...], int]] = []
    for line in read_lines(language, "measures.txt"):
        parts = line.split()
        if len(parts) >= 3 and parts[0] == "bound" and parts[1] in ("above", "below"):
            found.append((tuple(parts[2:]), 1 if parts[1] == "above" else -1))
    return tuple(sorted(found, key=lambda entry: -len(entry[0])))


def _bound_before(before: str, bounds: Sequence[tuple[tuple[str, ...], int]]) -> int:
    """The side of the bound whose words end ``before`` (the text up to a figure), else 0."""
    if not bounds:
        return 0
    words = tuple(word.lower() for word in _WORD.findall(before[-40:]))
    for entry, side in bounds:
        if words[-len(entry) :] == entry:
            return side
    return 0


@lru_cache(maxsize=8)
def _ordinal_words(language: str) -> tuple[Mapping[str, int], frozenset[str]]:
    """The ``ordinal`` words of ``data/<language>/measures.txt`` (lower case) -> their number,
    and the ``ordinal_suffix`` endings written onto digits ("th" of "9th")."""
    from .lexicon import read_lines

    words: dict[str, int] = {}
    suffixes: set[str] = set()
    for line in read_lines(language, "measures.txt"):
        parts = line.split()
        if len(parts) == 3 and parts[0] == "ordinal" and parts[2].isdigit():
            words[parts[1]] = int(parts[2])
        elif len(parts) == 2 and parts[0] == "ordinal_suffix":
            suffixes.add(parts[1])
    return words, frozenset(suffixes)


def shares_agree(
    mine: Sequence[tuple[float, int]],
    theirs: Sequence[tuple[float, int]],
    tolerance: float = FIGURE_TOLERANCE,
) -> bool:
    """Whether a share of one list (:func:`bounded_shares`) agrees with one of the other: the
    same value, or a value on the side of the other's bound within ``tolerance`` ("67.8 percent"
    and "more than two-thirds", 66.7). Close values are not enough: "34.2 percent" and "36
    percent" are two shares."""
    for a, side_a in mine:
        for b, side_b in theirs:
            if side_a == side_b == 0:
                if a == b:
                    return True
                continue
            if side_a != 0 and side_b != 0:
                continue  # two bounds fix no value
            value, bound, side = (a, b, side_b) if side_a == 0 else (b, a, side_a)
            if bound <= 0 or value <= 0:
                continue
            if side > 0 and bound <= value <= tolerance * bound:
                return True
            if side < 0 and bound / tolerance <= value <= bound:
                return True
    return False


def ordinals(text: str, language: str = "en") -> frozenset[int]:
    """The ordinals a sentence gives from the third on, written as words ("the ninth title",
    the ``ordinal`` lines of ``data/<language>/measures.txt``) or in digits with an ordinal
    ending ("its 9th title", ``ordinal_suffix``). "First" and "second" are left out: they rank
    anything ("for the first time", "the second day").

    >>> sorted(ordinals("It is Kestrel's ninth cup win and its 12th final."))
    [9, 12]
    """
    words, suffixes = _ordinal_words(language)
    if not words and not suffixes:
        return frozenset()
    found = {
        words[lower]
        for token in _WORD.findall(text.replace("-", " "))
        if (lower := token.lower()) in words
    }
    if suffixes:
        for digits, ending in _DIGIT_ORDINAL.findall(text):
            if ending.lower() in suffixes and int(digits) >= 3:
                found.add(int(digits))
    return frozenset(found)


# Digits with letters written onto them: an ordinal when the letters are an ``ordinal_suffix``.
_DIGIT_ORDINAL = re.compile(r"\b(\d+)([^\W\d_]+)\b")


def _share_spans(text: str, language: str) -> tuple[tuple[float, int], ...]:
    """Each share of :func:`shares` with the offset where its figure starts in ``text``."""
    if _no_figure(text, language) and not _ONE_FRACTION.search(text):
        return ()
    _, _, _, decimal, _, share_stems = _measures(language)
    words = _number_word_set(language)
    spelled = _spelled(text)
    read = _figure_tokens(spelled)
    tokens = [token for token, _ in read]
    found: list[tuple[float, int]] = []
    for k, token in enumerate(tokens):
        if token[0].isdigit():
            digits = token.rstrip("%")
            if decimal == ",":
                digits = digits.replace(".", "").replace(",", ".")
            try:
                value = float(_number(digits).replace(",", ""))
            except ValueError:
                continue
            if token.endswith("%"):
                found.append((value, read[k][1]))
                continue
        elif (token.lower() in words or token.lower() == "one") and language == "en":
            # "one" counts nothing alone (the indefinite article as often), but "one-third" is
            # a share.
            value = float(_NUMBER_WORDS.get(token.lower(), "1"))
            following = tokens[k + 1] if k + 1 < len(tokens) else None
            parts = _fraction_at(spelled, read[k][1] + len(token), following, language)
            if parts:
                # "two-thirds" is 66.7 percent
                found.append((round(100.0 * value / parts, 1), read[k][1]))
                continue
            if value == 1:
                continue
        else:
            continue
        if k + 1 < len(tokens) and stem(tokens[k + 1].lower(), language) in share_stems:
            found.append((value, read[k][1]))
    return tuple(found)


def _joined_unit(text: str, tokens: Sequence[tuple[str, int]], k: int) -> bool:
    """Whether English token ``k`` is a tens word with a unit word after it, joined by a hyphen
    or one space ("twenty-eight", "Forty five")."""
    if k + 1 >= len(tokens) or tokens[k][0].lower() not in _TENS_WORDS:
        return False
    word, start = tokens[k]
    following, at = tokens[k + 1]
    return following.lower() in _UNIT_WORDS and text[start + len(word) : at] in ("-", "–", " ")


def _no_figure(text: str, language: str) -> bool:
    """Whether ``text`` holds neither a digit nor a number word: no figure, no share."""
    return not _DIGIT.search(text) and _number_word_set(language).isdisjoint(
        word.strip(_WORD_EDGES) for word in text.lower().replace("-", " ").split()
    )


@lru_cache(maxsize=8)
def _number_word_set(language: str) -> frozenset[str]:
    """The number words of ``language`` (lower case)."""
    from .wordforms import number_words

    return frozenset(_NUMBER_WORDS) if language == "en" else frozenset(number_words(language))


def is_number_word(word: str, language: str = "en") -> bool:
    """Whether a lower-case word is a number word of ``language``; in English "one" too, which
    :func:`figures` reads as none (the indefinite article as often).

    >>> is_number_word("ten"), is_number_word("one"), is_number_word("tenor")
    (True, True, False)
    """
    return word in _number_word_set(language) or (language == "en" and word == "one")


_DIGIT = re.compile(r"\d")
# "one" joined to a word by a hyphen: perhaps a share ("one-third"), though "one" is no number word.
_ONE_FRACTION = re.compile(r"\bone[-–][^\W\d_]", re.IGNORECASE)
# Marks around a word that are not part of it, for the quick look for a number word.
_WORD_EDGES = "\"'“”‘’`()[]{},;:.!?"


# The unit shares are compared in: no word's stem (a stem has no spaces).
_SHARE_UNIT = "% share"


def _is_year(token: str) -> bool:
    """Four digits from 1900 to 2100: a year, which dates a fact rather than counting in it."""
    return len(token) == 4 and token.isdigit() and 1900 <= int(token) <= 2100


@dataclass(frozen=True)
class _Setting:
    """Where and when a sentence sets what it says (:func:`_setting`): each place it names after
    a place preposition and each year it gives, with the content stems of the stretch of the
    sentence that holds it, and the sentence's lower-case text (a place named anywhere)."""

    places: tuple[tuple[str, frozenset[str]], ...]
    years: tuple[tuple[str, frozenset[str]], ...]
    text: str
    # The place a sentence opens with, saying nothing else there ("In Connecticut, ..."), that
    # frames all it says; None when it opens otherwise.
    frame: str | None = None


# A year written in digits ("in 1972"), not a decade ("the 1990's", "the 1990s").
_YEAR = WRITTEN_YEAR
# Where a sentence's stretches part for its places and years: any comma (not of "1,200"),
# semicolon, colon or dash; "a West Nile authority at the national Centers for Disease Control
# in Atlanta" is where the speaker works, not where the cases were not found.
_SETTING_BREAK = re.compile(r",(?!\d)|[;:]|--|\s[_–—]\s")


@lru_cache(maxsize=8)
def _place_pattern(language: str) -> re.Pattern[str] | None:
    """A place's name after a preposition of ``data/<language>/place_prepositions.txt`` ("in
    Georgia", "in the United States"), or None when the language lists none."""
    from .lexicon import read_lines

    words = read_lines(language, "place_prepositions.txt")
    if not words or _nouns_capitalised(language):
        return None  # where every noun is capitalised, a capital tells no name
    name = r"[^\W\d_][\w.'’-]*"
    return re.compile(
        rf"\b(?i:{'|'.join(map(re.escape, words))})\s+(?:(?i:the)\s+)?"
        rf"((?-i:[A-Z]){name}(?:\s+(?:of\s+)?(?-i:[A-Z]){name})*)"
    )


# Two names written one after the other with a comma between: "Khartoum, Sudan", "Dar es
# Salaam, Tanzania" (a lower-case word of up to three letters inside a name: "es", "of").
_PLACE_NAME_WORD = r"[A-Z][\w.'’-]*"
_NAME_RUN = rf"{_PLACE_NAME_WORD}(?:\s+(?:[a-z]{{1,3}}\s+)?{_PLACE_NAME_WORD})*"
_PLACE_PAIR = re.compile(rf"({_NAME_RUN}),\s+({_NAME_RUN})")
# What every pair holds, a comma and a capital after it: one search for a literal comma, where
# the pattern is slow to fail (it tries a name at every capital) and most sentences have none.
_COMMA_CAPITAL = re.compile(r",\s+[A-Z]")
# And the first name's last word before that comma (slower to search: read where a comma and a
# capital are).
_NAMED_COMMA = re.compile(rf"{_PLACE_NAME_WORD},\s+[A-Z]")


@lru_cache(maxsize=8)
def _clause_openers(language: str) -> frozenset[str]:
    """The words of ``data/<language>/clause_openers.txt`` ("which", "and", "after", "the")."""
    from .lexicon import read_lines

    return frozenset(read_lines(language, "clause_openers.txt"))


@lru_cache(maxsize=8)
def _calendar_words(language: str) -> frozenset[str]:
    """The months and weekdays of ``language`` in lower case (read once, not per sentence)."""
    lexicon = get_lexicon(language)
    return frozenset(w.lower() for w in lexicon.months | lexicon.weekdays)


@lru_cache(maxsize=1 << 16)
def _setting(text: str, language: str) -> _Setting:
    """The places ``text`` names after a place preposition ("In Connecticut, ...") and the years
    it gives, each with the content stems of the phrase that holds it: its stretch (between
    commas, semicolons, colons or dashes) from the last word before it that opens a clause or a
    noun phrase (``clause_openers.txt``: "which", "after", "and", "the") to the first after it,
    but function words, months, weekdays and the place's own words ("Russia began its military
    operations in Chechnya in late September after ..." holds "began", "military",
    "operations", "late"; "... bomb blasts that killed some 300 people in Moscow and two other
    Russian cities" does not read "Moscow" against it). A place whose stretch opens the
    sentence and says nothing else frames the whole sentence ("In Connecticut, there were no
    human cases"): its words are the sentence's."""
    calendar = _calendar_words(language)
    stops, openers = get_lexicon(language).stop_words, _clause_openers(language)
    words = [(m.group().lower(), m.start()) for m in _CHARACTER_WORD.finditer(text)]
    breaks = [m.end() for m in _SETTING_BREAK.finditer(text)]
    spans = list(zip([0, *breaks], [*breaks, len(text)]))

    def content(chosen: Iterable[str], leave: frozenset[str]) -> frozenset[str]:
        return (
            frozenset(
                stem(lower, language)
                for lower in chosen
                if not lower.isdigit() and lower not in stops and lower not in calendar
            )
            - leave
        )

    def around(begin: int, end: int, leave: frozenset[str] = frozenset()) -> frozenset[str]:
        k = next(k for k, (_, stop) in enumerate(spans) if begin < stop)
        inside = [(w, at) for w, at in words if spans[k][0] <= at < spans[k][1]]
        before = [w for w, at in inside if at < begin]
        after = [w for w, at in inside if at >= end]
        cut = max((n for n, w in enumerate(before) if w in openers), default=-1)
        stop = next((n for n, w in enumerate(after) if w in openers), len(after))
        found = content([*before[cut + 1 :], *after[:stop]], leave)
        if found or k or content((w for w, _ in inside), leave):
            return found
        return content((w for w, _ in words), leave)  # "In Connecticut, ...": a frame

    places = []
    frame = None
    pattern = _place_pattern(language)
    for m in pattern.finditer(text) if pattern is not None else ():
        name = m.group(1).rstrip(".")
        named = [w for w in name.split() if w[0].isupper()]
        if name.endswith(("'", "’", "'s", "’s")) or named[0].lower() in calendar:
            continue  # "the Gingriches' divorce case", "in August"
        following = (
            _CHARACTER_WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
        )
        if following and following.group().islower() and following.group() not in stops:
            continue  # names that qualify a noun: "in the Israeli-occupied Arab territories"
        leave = frozenset(stem(w.lower(), language) for w in named)
        places.append((name.lower(), around(m.start(), m.end(), leave)))
        if not breaks or m.end() > breaks[0]:
            continue
        opening = content((w for w, at in words if at < breaks[0]), leave)
        if not opening and frame is None and not places[:-1]:
            frame = name.lower()  # "In Connecticut, there were no human cases"
    years = [
        (m.group(), around(m.start(), m.end())) for m in _YEAR.finditer(text) if _is_year(m.group())
    ]
    return _Setting(tuple(places), tuple(years), text.lower(), frame)


def _other_setting(
    mine: _Setting,
    theirs: _Setting,
    paired: Callable[[], AbstractSet[tuple[str, str]]] = frozenset,
) -> bool:
    """Whether the second sentence is set in another place or year than the first: they name
    places (or give years) in stretches that say something alike (a content word shared), and
    no such place of one is the other's (nor named anywhere in the other sentence), no such year
    the other's. "In Connecticut, there were no human cases" is not "No human or avian cases ...
    have been reported this year in Georgia"; "established diplomatic relations in 1972" is not
    "established diplomatic relations in January 1987". Two places that the cluster writes one
    after the other ("Khartoum, Sudan": ``paired``, :meth:`StatementIndex.place_pairs`) may be one
    inside the other: not another place (no gazetteer says more); ``paired`` gives them, read
    only when two places differ (reading them scans the cluster)."""
    for own, other in ((mine.places, theirs.places), (mine.years, theirs.years)):
        pairs = [(a, b) for a, near in own for b, there in other if near & there]
        if not pairs or any(a == b for a, b in pairs):
            continue
        known = paired()
        if any((a, b) in known or (b, a) in known for a, b in pairs):
            continue
        if own is mine.places and (
            any(a in theirs.text for a, _ in own) or any(b in mine.text for b, _ in other)
        ):
            continue
        return True
    return False


def _holds_place(place: str, theirs: _Setting) -> bool:
    """Whether a sentence names ``place`` (lower case): what a sentence framed by the place says
    ("In Connecticut, there were no human cases") another states only of that place. "So far
    this year, there have been no confirmed cases" says it of no place named: no citation of it.
    A place the cluster writes before it ("Hartford, Connecticut", :meth:`StatementIndex.
    place_pairs`) does not hold it: such pairs are lists as often ("in New York, Connecticut and
    New Jersey" made New York a place inside Connecticut, and DUC 2006 D0622D's New York season
    a citation of the Connecticut point)."""
    return place in theirs.text


def figures_differ(
    text: str, other: str, language: str = "en", tolerance: float = FIGURE_TOLERANCE
) -> bool:
    """Whether ``other`` gives figures in a unit ``text`` gives figures in (its shares as a unit
    of their own), counting the same thing (:func:`_same_count`), none of them within
    ``tolerance`` (a factor) of ``text``'s: the citation rule's test
    (``StatementIndex.other_figures``) for one pair of sentences, at ``FIGURE_TOLERANCE``. A
    ``tolerance`` of 1 asks for the same figures: a corrected figure ("340 million crowns" for
    "300 million crowns") differs, as the since stage reads it."""
    if _no_figure(text, language) or _no_figure(other, language):
        return False
    return _differ(_counted(text, language), _counted(other, language), tolerance)


@dataclass(frozen=True)
class _Counts:
    """A sentence's figures as the figures rule reads them: unit -> ((value, clause), ...), the
    clause the figure stands in (None for a share, compared with every share), its clock times,
    and the sentence itself, whose clauses' content stems (:meth:`clauses`) are read only where
    two sentences give figures in one unit."""

    units: Mapping[str, tuple[tuple[float, int | None], ...]]
    clock: tuple[tuple[int, str], ...] = ()
    text: str = ""
    language: str = "en"

    def clauses(self) -> tuple[frozenset[str], ...]:
        """The content stems of each clause (:func:`_clause_contents`)."""
        return _clause_contents(self.text, self.language)


# Where a sentence's clauses part, for its counts: a semicolon, and a comma before a word that
# opens a clause of its own (``_clause_words``: ", and two people were taken to hospital"). Not
# any comma: an apposition or an attribution set off by commas ("A total of 213 people,
# including a dozen Americans, were killed") parts no count from its verb.
_CLAUSE_BREAK = re.compile(r";|,\s+([^\W\d_]+)\b")


def _clause_breaks(text: str, language: str) -> list[int]:
    """Where each clause of ``text`` but the first opens (:data:`_CLAUSE_BREAK`), in order."""
    openers = _clause_words(language)
    return [
        m.start() + 1
        for m in _CLAUSE_BREAK.finditer(text)
        if m.group(1) is None or m.group(1).lower() in openers
    ]


@lru_cache(maxsize=1 << 16)
def _counted(text: str, language: str) -> _Counts:
    """``text``'s figures by unit with the clause each stands in (:func:`_clause_breaks`), its
    shares as a unit of their own, and its clock times."""
    if _no_figure(text, language):
        return _Counts({}, text=text, language=language)
    clock = _clock_times(text, language)
    breaks = _clause_breaks(text, language)
    found: dict[str, list[tuple[float, int | None]]] = {}
    for unit, value, start in _figure_spans(text, language):
        clause = bisect_right(breaks, start)  # the first clause ending past it: a long line
        found.setdefault(unit, []).append((value, clause))
    for value in shares(text, language):
        found.setdefault(_SHARE_UNIT, []).append((value, None))
    units = {unit: tuple(values) for unit, values in found.items()}
    return _Counts(units, clock, text, language)


@lru_cache(maxsize=1 << 16)
def _clause_contents(text: str, language: str) -> tuple[frozenset[str], ...]:
    """Each clause's content (clauses as :func:`_counted` parts them): the stems of its words
    but function words, number and scale words, and the units of its own figures ("two people
    were taken to hospital" holds "taken" and "hospit")."""
    scales = _measures(language)[0]
    stops = get_lexicon(language).stop_words
    words = _number_word_set(language)
    breaks = _clause_breaks(text, language)
    own_units: list[set[str]] = [set() for _ in range(len(breaks) + 1)]
    for unit, _, start in _figure_spans(text, language):
        own_units[bisect_right(breaks, start)].add(unit)
    # A conversion's words are the figure before it again ("5 miles (8 km)"): no content.
    plain = _without_conversions(text, language) if "(" in text else text
    # Each clause's words: no token runs across a break (the break follows a comma before a
    # space, or a semicolon), so a token's clause is the one where it starts.
    contents: list[set[str]] = [set() for _ in own_units]
    for token, start in _figure_tokens(plain):
        lower = token.lower()
        if not (lower[0].isdigit() or lower in stops or lower in words or lower in scales):
            contents[bisect_right(breaks, start)].add(stem(lower, language))
    return tuple(frozenset(content - units) for content, units in zip(contents, own_units))


# Two clock times of one zone state other moments when they are more than this many minutes
# apart: half an hour is the widest a writer rounds a time ("about 9 p.m." for 8:38 p.m., "8:30
# p.m." for 8:38), so only times further apart disagree clearly ("took off at 8:38 p.m. Friday"
# is not "vanished from radar screens at 9:38 p.m. Friday").
CLOCK_TOLERANCE_MINUTES = 30
# A clock time: "9:38 p.m.", "10 a.m." (the hour, its minutes, a or p), or a 24-hour time
# written before a word ("0900 GMT", "14:30 Uhr"; read only before a time word).
_CLOCK_TIME = re.compile(
    r"\b(\d{1,2})(?::(\d\d))?\s*([ap])\.?m\b\.?|\b([01]\d|2[0-3]):?([0-5]\d)\b(?=\s+[^\W\d_])",
    re.IGNORECASE,
)
# The word after a clock time, and "time" after it ("1 p.m. Moscow time").
_AFTER_CLOCK = re.compile(r"\s*\(?([^\W\d_]+)(\s+time\b)?")


@lru_cache(maxsize=1 << 16)
def _clock_times(text: str, language: str) -> tuple[tuple[int, str], ...]:
    """The clock times ``text`` gives, each as its minute of the day with its zone: the time
    word written after it (``time_words.txt``: "EDT", "GMT", "local"; "Moscow" of "Moscow
    time"), or "" when none is ("8:38 p.m. Friday"). A 24-hour time counts only before a time
    word ("0900 GMT")."""
    found: list[tuple[int, str]] = []
    time_words = get_lexicon(language).time_words
    for m in _CLOCK_TIME.finditer(text):
        after = _AFTER_CLOCK.match(text, m.end())
        word = after.group(1).lower() if after else ""
        zone = word if word in time_words or (after and after.group(2)) else ""
        if m.group(1) is not None:
            hour, minute = int(m.group(1)), int(m.group(2) or 0)
            if not 1 <= hour <= 12 or minute > 59:
                continue
            hour = hour % 12 + (12 if m.group(3).lower() == "p" else 0)
        else:
            if not zone:
                continue  # "1430 people", a year or a count, not a time
            hour, minute = int(m.group(4)), int(m.group(5))
        found.append((hour * 60 + minute, zone))
    return tuple(found)


def _clocks_differ(mine: _Counts, theirs: _Counts) -> bool:
    """Whether both sentences give clock times of one zone (or both none named), none of one
    within ``CLOCK_TOLERANCE_MINUTES`` of one of the other's. Times of other zones, or of a zone
    on one side only ("8:30 p.m. EDT" / "8:38 p.m."), are not compared: the same moment."""
    for zone in {zone for _, zone in mine.clock} & {zone for _, zone in theirs.clock}:
        ours = [minute for minute, at in mine.clock if at == zone]
        other = [minute for minute, at in theirs.clock if at == zone]
        if not any(
            min(abs(a - b), 24 * 60 - abs(a - b)) <= CLOCK_TOLERANCE_MINUTES
            for a in ours
            for b in other
        ):
            return True
    return False


def _same_count(mine: _Counts, at: int | None, theirs: _Counts, there: int | None) -> bool:
    """Whether a figure in clause ``at`` of one sentence and one in its unit in clause ``there``
    of the other count the same thing. A sentence that gives figures in two clauses states two
    counts ("All 212 passengers and 19 crew were brought safely ashore, ... and two people were
    taken to hospital."): a count of one unit in the other sentence ("Fourteen people were
    treated for minor injuries, and the two passengers taken to hospital were released.") is of
    another thing when the two clauses share no content word while one of them shares a word
    with another clause of the other sentence (the point's hospital clause is the other's second
    clause, not its first). Else nothing tells two counts of one unit apart: they are one (a
    share, a clause of no content, "12 people died" / "14 people were killed")."""
    if at is None or there is None:
        return True
    mine_clauses, their_clauses = mine.clauses(), theirs.clauses()
    one, two = mine_clauses[at], their_clauses[there]
    if not one or not two or one & two:
        return True
    return not (
        any(one & other for k, other in enumerate(their_clauses) if k != there)
        or any(two & other for k, other in enumerate(mine_clauses) if k != at)
    )


def _differ(mine: _Counts, theirs: _Counts, tolerance: float = FIGURE_TOLERANCE) -> bool:
    """Whether the two sentences give other counts of one thing (:func:`_counts_differ`) or
    other clock times (:func:`_clocks_differ`)."""
    return _counts_differ(mine, theirs, tolerance) or _clocks_differ(mine, theirs)


def _counts_differ(mine: _Counts, theirs: _Counts, tolerance: float = FIGURE_TOLERANCE) -> bool:
    """Whether ``theirs`` gives figures in a unit of ``mine`` that count the same thing as one of
    ``mine``'s (:func:`_same_count`), none of those close to the figure they are read against."""
    for unit, values in mine.units.items():
        pairs = [
            (a, b)
            for a, at in values
            for b, there in theirs.units.get(unit, ())
            if _same_count(mine, at, theirs, there)
        ]
        if pairs and not any(_close((a,), (b,), tolerance) for a, b in pairs):
            return True
    return False


def _close(
    mine: Sequence[float], theirs: Sequence[float], tolerance: float = FIGURE_TOLERANCE
) -> bool:
    """Whether some figure of one list is within ``tolerance`` of one of the other."""
    return any(
        a == b
        or (
            max(a, b) <= tolerance * min(a, b)
            and not (a.is_integer() == b.is_integer() and max(a, b) < SMALL_COUNT)
        )
        for a in mine
        for b in theirs
    )


def _spelled(text: str) -> str:
    """The text with a two-word form joined ("per cent" is "percent")."""
    return text.replace("per cent", "percent") if "per cent" in text else text


@lru_cache(maxsize=8)
def _phrase_readings(language: str) -> tuple[re.Pattern[str] | None, Mapping[str, str]]:
    """The phrases of ``data/<language>/same_phrases.txt`` as one pattern of whole words in any
    case, and each phrase's reading (lower case); no pattern where the file has no entry.

    Raises
    ------
    ResourceError
        A line is not "phrase = reading".
    """
    readings: dict[str, str] = {}
    for line in read_lines(language, "same_phrases.txt"):
        phrase, _, reading = (" ".join(part.lower().split()) for part in line.partition("="))
        if not phrase or not reading:
            raise ResourceError(
                f"the line {line!r} of {language}/same_phrases.txt is not 'phrase = reading'; "
                "write one phrase, '=', and its reading"
            )
        readings[phrase] = reading
    if not readings:
        return None, readings
    # The longest phrase first, so that a phrase inside another does not take its place.
    alternatives = "|".join(
        r"\s+".join(map(re.escape, phrase.split()))
        for phrase in sorted(readings, key=len, reverse=True)
    )
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE), readings


def phrase_readings(text: str, language: str = "en") -> tuple[str, ...]:
    """The readings of the phrases of ``same_phrases.txt`` that ``text`` holds, in order: the
    words the relation reads in their place (:func:`_with_phrase_readings`).

    Examples
    --------
    >>> phrase_readings("It cannot be passed from person to person.")
    ('spread between people',)
    """
    pattern, readings = _phrase_readings(language)
    if pattern is None:
        return ()
    lower = text.lower()
    if not any(word in lower for word in _phrase_anchors(language)):
        return ()  # nearly every sentence: a look for a word of each phrase before the pattern
    return tuple(readings[" ".join(found.lower().split())] for found in pattern.findall(text))


@lru_cache(maxsize=8)
def _phrase_anchors(language: str) -> tuple[str, ...]:
    """Few words, one of them in each phrase of ``same_phrases.txt`` (lower case; the word most
    phrases share first, of four letters or more and no stop word where a phrase has one:
    "person" for every "... from person to person"): a text holding none holds no phrase."""
    _, readings = _phrase_readings(language)
    stops = get_lexicon(language).stop_words
    remaining = [
        {word for word in phrase.split() if len(word) >= 4 and word not in stops}
        or {max(phrase.split(), key=len)}
        for phrase in readings
    ]
    anchors: list[str] = []
    while remaining:
        counts = Counter(word for words in remaining for word in words)
        best = max(sorted(counts), key=counts.__getitem__)
        anchors.append(best)
        remaining = [words for words in remaining if best not in words]
    return tuple(anchors)


def _with_phrase_readings(text: str, language: str) -> str:
    """``text`` with each phrase of ``same_phrases.txt`` written as its reading, for the terms
    the relation reads ("It cannot be passed from person to person." reads as "It cannot be
    spread between people.").

    Examples
    --------
    >>> _with_phrase_readings("It cannot be passed from person to person.", "en")
    'It cannot be spread between people.'
    """
    pattern, readings = _phrase_readings(language)
    if pattern is None:
        return text
    lower = text.lower()
    if not any(word in lower for word in _phrase_anchors(language)):
        return text  # nearly every sentence, as in ``phrase_readings``
    return pattern.sub(lambda found: readings[" ".join(found[0].lower().split())], text)


_CHARACTER_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1 << 16)
def _character_grams(text: str) -> frozenset[str]:
    """The character 4-grams of the words of ``text`` (lower case, each word padded by a space)."""
    grams: set[str] = set()
    for word in _CHARACTER_WORD.findall(text.lower()):
        padded = f" {word} "
        grams.update(padded[k : k + 4] for k in range(len(padded) - 3))
    return frozenset(grams)


def _runs(tokens: Sequence[int], other: frozenset[int] | set[int]) -> tuple[int, int, int, int]:
    """Of ``tokens`` against ``other``: the longest run ``other`` lacks, the run it lacks at the
    end, the number of such runs, and the number of tokens it holds."""
    longest = current = runs = held = 0
    for token in tokens:
        if token in other:
            current = 0
            held += 1
        else:
            runs += current == 0
            current += 1
            longest = max(longest, current)
    return longest, current, runs, held


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
        topic: Mapping[str, float] | None = None,
    ) -> None:
        import numpy as np
        from scipy.sparse import csr_matrix

        n = len(texts)
        self._language = chunks.language
        lookup = chunks.__getitem__
        flatten = chain.from_iterable
        # All in C but the first sight of a chunk: split, the dict's lookup, the joining.
        # A phrase of ``same_phrases.txt`` is read as its reading ("passed from person to
        # person" as "spread between people"); the texts themselves (figures, days, places) stay.
        language = chunks.language
        token_lists = [
            list(flatten(map(lookup, _spelled(_with_phrase_readings(text, language)).split())))
            for text in texts
        ]
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
        # A negative phrase ("walked away from", "called off") says the negative in words of its
        # own, as a negative word does: not read as a "not" (that parted "walked away from
        # signing a deal" from "the talks came to an abrupt end", one fact of the sample
        # articles; benchmarks/fact_notes.md).
        self.says_negative[chunks.negative_phrases(key, rows)] = True
        self.negated = np.zeros(n, dtype=bool)
        negations = np.flatnonzero(kind == _NEGATION)
        negations = negations[~_negating_nothing(negations, key, rows, chunks)]
        self.negated[rows[negations]] = True
        # A sentence whose subject denies it ("None tested positive"): its first word.
        self.negated[rows[first & np.isin(key, chunks.negative_subject_keys())]] = True
        # A sentence reporting a denial, and one reporting an admission or a confirmation
        # (``stance_words.txt``): of opposite polarity though neither says "not" (``opposite``).
        # Neither when it holds both kinds or says "not" ("did not deny"); an admission said
        # under a negative word one or two words before it ("refused to confirm the
        # demonstration", DUC 2006 D0607G) is none. Not a negative word anywhere: "confirmed
        # ..., a day after it said there was no evidence ..." admits.
        denial_keys, admission_keys = chunks.stance_keys()
        denies = np.zeros(n, dtype=bool)
        denies[rows[np.isin(key, denial_keys)]] = True
        admits = np.zeros(n, dtype=bool)
        at = np.flatnonzero(np.isin(key, admission_keys))
        under = np.zeros(len(at), dtype=bool)
        for back in (1, 2):
            before = np.maximum(at - back, 0)
            under |= (at >= back) & (kind[before] == _NEGATIVE) & (rows[before] == rows[at])
        admits[rows[at[~under]]] = True
        under_negative = np.zeros(n, dtype=bool)
        under_negative[rows[at[under]]] = True
        self.denies = denies & ~admits & ~under_negative & ~self.negated
        self.admits = admits & ~denies & ~self.negated
        self.lengths = np.maximum(counts, 1).astype(np.float64)

        term_keys, term_columns = np.unique(key[is_term], return_inverse=True)
        term_columns = term_columns.ravel()
        term_rows = rows[is_term]
        # Names: capitalised words past a sentence's first word.
        named = capital_of[tokens[is_term]] & ~first[is_term]
        # A first word that is a title before a name ("Dr Forsythe said the risk was low."): the
        # name's, as the same title past the first word is ("said Dr Nadia Forsythe"), so no part
        # of what the sentence says of its names (``unheld``). Read as such, it made "Dr Nadia
        # Forsythe ... said the outbreak was very likely contained" hold that point. Still a word
        # the sentence writes: "Premier Jordi Amat has conceded." holds a point's "premier".
        capital = capital_of[tokens]
        before_name = np.zeros(len(tokens), dtype=bool)
        before_name[:-1] = capital[1:] & (rows[1:] == rows[:-1]) & is_term[1:]
        opening = (first & before_name & np.isin(key, chunks.title_keys()))[is_term]
        # A term weighs the information of its stem's commonest word beyond the floor's (all of
        # -ln p when the floor is 9, the Zipf of one use per word), in whole 2**-10 nats.
        information = np.maximum(floor - key_zipf[term_keys], 0.0) * math.log(10.0)
        if topic:  # the cluster's topic words weigh less (see topicality)
            names = chunks.key_names
            information *= np.fromiter(
                (topic.get(names[k][2:], 1.0) for k in term_keys.tolist()),
                dtype=np.float64,
                count=len(term_keys),
            )
        self.weight = np.round(information * _WEIGHT_QUANTUM) / _WEIGHT_QUANTUM
        self.term_keys = term_keys
        number_keys, number_columns = np.unique(key[is_number], return_inverse=True)
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
        self.opening_titles = binary(term_rows[opening], term_columns[opening])
        for name in ("terms", "names", "predicates", "opening_titles"):
            matrix = getattr(self, name)
            matrix.resize((n, width))
        self.weight = np.resize(self.weight, width) if len(self.weight) else np.zeros(1)
        self.numbers = binary(rows[is_number], number_columns)
        # The number columns of ten or more (``unheld``: a count below ten may be told by listing).
        self.large_numbers = np.zeros(self.numbers.shape[1], dtype=bool)
        self.large_numbers[: len(number_keys)] = [
            _at_least_ten(chunks.key_names[k]) for k in number_keys.tolist()
        ]
        self.bigrams = binary(rows[:-1][pair], bigram_columns)
        # Synonyms: the words of each row that belong to a synonym group (names never do), and
        # the words of other rows' groups each row lacks but holds a synonym of (``reworded``,
        # ``REWORDING`` each): one sparse product over the block's grouped words.
        group = chunks.groups()[tokens[is_term]]
        grouped = (group >= 0) & ~named
        self.grouped = binary(term_rows[grouped], term_columns[grouped])
        self.grouped.resize((n, width))
        self.reworded = csr_matrix((n, width))
        if grouped.any():
            column_group = np.full(width, -1, dtype=np.int64)
            column_group[term_columns[grouped]] = group[grouped]
            columns = np.flatnonzero(column_group >= 0)
            local = np.unique(column_group[columns], return_inverse=True)[1].ravel()
            member = csr_matrix(
                (np.ones(len(columns)), (columns, local)), shape=(width, int(local.max()) + 1)
            )
            reach = (self.grouped @ member) @ member.T
            reach.data[:] = 1.0
            reworded = (reach - reach.multiply(self.terms)).tocsr()
            reworded.eliminate_zeros()
            reworded.data[:] = REWORDING
            self.reworded = reworded
        # The weight of each term that says something: none for the function words.
        self.content_weight = np.where(
            np.isin(np.resize(term_keys, width), chunks.stop_keys()) | (len(term_keys) == 0),
            0.0,
            self.weight,
        )
        # ... and of each term that says something of the sentence's own: none for the verbs of
        # saying either (see ``MIN_HELD_PREDICATE``).
        self.claim_weight = np.where(
            np.isin(np.resize(term_keys, width), chunks.speech_keys()), 0.0, self.content_weight
        )
        self.mass = np.asarray(self.terms @ self.weight).ravel()
        self.predicate_mass = np.asarray(self.predicates @ self.weight).ravel()
        self.term_count = np.asarray(self.terms.sum(axis=1)).ravel()
        self.name_count = np.asarray(self.names.sum(axis=1)).ravel()
        self.number_count = np.asarray(self.numbers.sum(axis=1)).ravel()
        # A figure converted in brackets ("30 centimetres (12 inches)") is one figure: either
        # number matches another sentence's, but the two count once (``conversions``).
        for r, text in enumerate(texts):
            if "(" in text and conversions(text, self._language):
                plain = _spelled(_without_conversions(text, self._language)).split()
                self.number_count[r] = len(
                    {
                        chunks.key[t]
                        for t in flatten(map(lookup, plain))
                        if chunks.kind[t] == _NUMBER
                    }
                )
        self.bigram_count = np.asarray(self.bigrams.sum(axis=1)).ravel()
        self._views: dict[tuple[int, bool, bool, bool], np.ndarray] = {}
        # For the English paraphrase model's features (built when first asked for): each token's
        # key in order, the texts, and each term column's word.
        self._texts = texts
        self._token_keys = key
        self._token_counts = counts
        self._key_names = chunks.key_names
        self._extra: dict[str, object] = {}

    def statements_alone(
        self, floor: float, topic: Mapping[str, float] | None = None
    ) -> _Block | None:
        """The block of the same sentences without their reporting clauses
        (:func:`without_reporting`), or None when no sentence holds one. Built once."""
        if "statements" not in self._extra:
            texts = [without_reporting(text, self._language) for text in self._texts]
            alone = None
            if texts != list(self._texts):
                alone = _Block(texts, _chunks(self._language), floor, topic)
            self._extra["statements"] = alone
        return self._extra["statements"]  # type: ignore[return-value]

    def same_features(
        self, i: int, evidence: TermEvidence, contained: bool = False, held: bool = False
    ) -> np.ndarray:
        """The English paraphrase model's features of row ``i`` against every row
        (``SAME_FEATURES``): the lexical ones, then the term evidence under the table
        ``evidence`` and the wording metrics. With ``contained`` (and ``held``) the view is that
        of :meth:`features`: the smaller sentence (row ``i`` with ``held``) against the part of
        the other that matches it, so only its words can be unmatched and its side of each
        wording metric stands for both."""
        import numpy as np

        lexical = self.features(i, contained, held)
        if not contained:
            return np.hstack(
                [lexical, self.evidence(i, evidence), self.wording(i), self.wordnet(i)]
            )
        n = len(self.mass)
        small_is_i = np.full(n, True) if held else self.mass[i] <= self.mass
        return np.hstack(
            [
                lexical,
                self.evidence(i, evidence, small_is_i),
                self.wording(i, small_is_i),
                self.wordnet(i, small_is_i),
            ]
        )

    def evidence(
        self, i: int, table: TermEvidence, small_is_i: np.ndarray | None = None
    ) -> np.ndarray:
        """``EVIDENCE_FEATURES`` of row ``i`` against every row: an (n, 3) array; with
        ``small_is_i`` only the smaller side's words count as unmatched."""
        import numpy as np

        found = self._extra.get("evidence")
        if found is None or found[0] is not table:  # type: ignore[index]
            other = table[OTHER_TERM]
            names = self._key_names
            values = [table.get(names[k][2:], other) for k in self.term_keys.tolist()]
            values += [(0.0, 0.0, 0.0)] * (self.terms.shape[1] - len(values))
            found = (table, np.array(values, dtype=np.float64).reshape(-1, 3))
            self._extra["evidence"] = found
        shared, unmatched, kl = found[1].T  # type: ignore[index]
        terms = self.terms
        row = terms[i].toarray().ravel()
        both_shared = terms @ (row * shared)
        both_unmatched = terms @ (row * unmatched)
        kl_shared = terms @ (row * kl)
        if small_is_i is None:
            one_sided = terms @ unmatched + row @ unmatched - 2.0 * both_unmatched
            kl_whole = terms @ kl + row @ kl - kl_shared
        else:
            one_sided = np.where(small_is_i, row @ unmatched, terms @ unmatched) - both_unmatched
            kl_whole = np.where(small_is_i, row @ kl, terms @ kl)
        kl_share = np.divide(kl_shared, kl_whole, out=np.zeros(terms.shape[0]), where=kl_whole > 0)
        return np.column_stack([both_shared, one_sided, kl_share])

    def wording(self, i: int, small_is_i: np.ndarray | None = None) -> np.ndarray:
        """``MT_FEATURES`` of row ``i`` against every row: an (n, len(MT_FEATURES)) array; with
        ``small_is_i`` the smaller side's value stands for both sides."""
        import numpy as np

        found = self._extra.get("alignment")
        if found is None or found[0] != i:  # type: ignore[index]
            found = self._extra["alignment"] = (i, self._alignment(i))
        columns: list[np.ndarray] = []
        for mine, theirs, log in found[1]:  # type: ignore[index]
            if small_is_i is None:
                low, high = np.minimum(mine, theirs), np.maximum(mine, theirs)
            else:
                low = high = np.where(small_is_i, mine, theirs)
            columns += [np.log1p(low), np.log1p(high)] if log else [low, high]
        columns.append(self._characters(i))
        return np.column_stack(columns)

    def wordnet(self, i: int, small_is_i: np.ndarray | None = None) -> np.ndarray:
        """``WORDNET_FEATURES`` of row ``i`` against every row: an (n, 2) array. Of each side's
        content (weight, as ``contain_small``), the words beside names and function words that
        the other lacks (and holds no synonym of, ``synonyms.txt``) but whose WordNet link it
        holds among its own such words. With ``small_is_i`` the smaller side's value stands for
        both. A Python loop over the rows' sparse entries (the English model reads lone pairs
        only; linear in their words all the same)."""
        import numpy as np

        links = _wordnet_links(self._language)
        n = len(self.mass)
        values = np.zeros((n, 2))
        if not links:
            return values
        names = self._key_names
        stems = [names[k][2:] for k in self.term_keys.tolist()]
        nothing: frozenset[int] = frozenset()
        reworded = self.reworded.tocsr()

        def columns(matrix: csr_matrix, row: int) -> set[int]:
            return set(matrix.indices[matrix.indptr[row] : matrix.indptr[row + 1]].tolist())

        def lacking(a: int, b: int) -> list[int]:
            """Row ``a``'s words beside names and function words that row ``b`` lacks and holds
            no hand-written synonym of (sorted columns)."""
            held = columns(self.terms, b) | columns(reworded, b)
            own = columns(self.predicates, a) - held
            return sorted(c for c in own if self.content_weight[c] > 0)

        def linked(mine: int, theirs: int) -> tuple[list[int], list[int]]:
            """The columns of each side's unmatched words linked to the other's."""
            sides = (lacking(mine, theirs), lacking(theirs, mine))
            reach = [nothing.union(*(links.get(stems[c], nothing) for c in side)) for side in sides]
            first, second = (
                [c for c in side if links.get(stems[c], nothing) & reach[1 - k]]
                for k, side in enumerate(sides)
            )
            return first, second

        for j in range(n):
            if j == i:
                continue
            mine, theirs = linked(i, j)
            share_i = self.weight[mine].sum() / self.mass[i] if self.mass[i] > 0 else 0.0
            share_j = self.weight[theirs].sum() / self.mass[j] if self.mass[j] > 0 else 0.0
            if small_is_i is not None:
                values[j] = share_i if small_is_i[j] else share_j
            elif self.mass[i] == self.mass[j]:  # a tie reads the same either way round
                values[j] = (max(share_i, share_j), min(share_i, share_j))
            elif self.mass[i] < self.mass[j]:
                values[j] = (share_i, share_j)
            else:
                values[j] = (share_j, share_i)
        return values

    def _sequences(self) -> list[list[int]]:
        found = self._extra.get("sequences")
        if found is None:
            keys = self._token_keys.tolist()
            ends = self._token_counts.cumsum().tolist()
            found = [
                keys[end - count : end] for end, count in zip(ends, self._token_counts.tolist())
            ]
            self._extra["sequences"] = found
        return found  # type: ignore[return-value]

    def _alignment(self, i: int) -> list[tuple[np.ndarray, np.ndarray, bool]]:
        """Against each row, for row ``i`` and for that row (and whether to read it as log1p):
        the longest common subsequence of their tokens as a share of the side's tokens; the
        longest run of tokens the side holds and the other lacks (an added clause is such a
        run); the run that ends the side; the number of such runs; the shared tokens out of
        order (held by both, outside the common subsequence), as a share."""
        import numpy as np

        sequences = self._sequences()
        mine = sequences[i]
        length = len(mine)
        masks: dict[int, int] = {}
        for position, token in enumerate(mine):
            masks[token] = masks.get(token, 0) | (1 << position)
        full = (1 << length) - 1
        mine_set = set(mine)
        n = len(sequences)
        values = np.zeros((n, 10))
        mine_runs: dict[frozenset[int], tuple[int, int, int, int]] = {}
        for j, theirs in enumerate(sequences):
            # Bit-parallel LCS (Allison and Dix 1986; Hyyrö 2004): one step per token of j.
            v = full
            for token in theirs:
                u = v & masks.get(token, 0)
                v = ((v + u) | (v - u)) & full
            common = length - v.bit_count()
            their_set = frozenset(theirs)
            runs = mine_runs.get(their_set)
            if runs is None:
                runs = mine_runs[their_set] = _runs(mine, their_set)
            their_runs = _runs(theirs, mine_set)
            values[j] = (
                common / max(length, 1),
                common / max(len(theirs), 1),
                runs[0],
                their_runs[0],
                runs[1],
                their_runs[1],
                runs[2],
                their_runs[2],
                (runs[3] - common) / max(length, 1),
                (their_runs[3] - common) / max(len(theirs), 1),
            )
        return [
            (values[:, 0], values[:, 1], False),
            (values[:, 2], values[:, 3], True),
            (values[:, 4], values[:, 5], True),
            (values[:, 6], values[:, 7], True),
            (values[:, 8], values[:, 9], False),
        ]

    def _characters(self, i: int) -> np.ndarray:
        """Dice overlap of the two sentences' character 4-grams within words (lower case):
        spelling variants and forms of one name meet here when their terms do not."""
        import numpy as np

        found = self._extra.get("characters")
        if found is None:
            found = self._extra["characters"] = [_character_grams(text) for text in self._texts]
        grams: list[frozenset[str]] = found  # type: ignore[assignment]
        mine = grams[i]
        return np.fromiter(
            (2.0 * len(mine & theirs) / max(len(mine) + len(theirs), 1) for theirs in grams),
            dtype=np.float64,
            count=len(grams),
        )

    def opposite(self, i: int) -> np.ndarray:
        """Rows of the opposite polarity to row ``i``: one says "not" or "never", the other does
        not, nor says the negative in a word of its own ("declined", "failed", "no"); or one
        reports a denial and the other an admission (``stance_words.txt``)."""
        import numpy as np

        plain_says_negative = np.where(self.negated[i], self.says_negative, self.says_negative[i])
        opposite: np.ndarray = (self.negated != self.negated[i]) & ~plain_says_negative
        # A denial against an admission ("denied that any customer data had been stolen" /
        # "confirmed that hackers had copied the names ... of 410,000 customers").
        if self.denies[i]:
            opposite |= self.admits
        elif self.admits[i]:
            opposite |= self.denies
        return opposite

    def apart(self, i: int) -> np.ndarray:
        """Rows that state another fact than row ``i`` by the short-cluster rules: both name
        days or months (``timewords.named_days``) and share none ("on Tuesday evening" / "in
        May"), or both state numbers and share none ("12 percent" / "60 euros a year")."""
        import numpy as np

        from .timewords import named_days

        days = self._extra.get("days")
        if days is None:
            days = self._extra["days"] = [named_days(t, self._language) for t in self._texts]
        named: list[frozenset[str]] = days  # type: ignore[assignment]
        mine = named[i]
        other_day = np.fromiter(
            (bool(mine and theirs and not mine & theirs) for theirs in named),
            dtype=bool,
            count=len(named),
        )
        shared_numbers = self.numbers @ self.numbers[i].toarray().ravel()
        other_number = (self.number_count[i] > 0) & (self.number_count > 0) & (shared_numbers == 0)
        apart: np.ndarray = other_day | other_number
        return apart

    def _shared_numbers(self, i: int) -> np.ndarray:
        """The numbers each row shares with row ``i``, at most as many as either gives: a
        figure converted in brackets shares one number though it matches twice."""
        import numpy as np

        shared: np.ndarray = self.numbers @ self.numbers[i].toarray().ravel()
        clipped: np.ndarray = np.minimum(
            shared, np.minimum(self.number_count, self.number_count[i])
        )
        return clipped

    def other_setting(
        self, i: int, paired: Callable[[], AbstractSet[tuple[str, str]]] = frozenset
    ) -> np.ndarray:
        """Rows set in another place or year than row ``i`` (:func:`_other_setting`; ``paired``
        gives the places that may hold each other), and when row ``i`` opens with the place that
        frames it ("In Connecticut, ..."), the rows that do not name it (:func:`_holds_place`)."""
        import numpy as np

        other = np.zeros(len(self._texts), dtype=bool)
        mine = _setting(self._texts[i], self._language)
        if not (mine.places or mine.years):
            return other
        for j in range(len(self._texts)):
            if j != i:
                theirs = _setting(self._texts[j], self._language)
                if theirs.places or theirs.years:
                    other[j] = _other_setting(mine, theirs, paired)
                if mine.frame is not None and not other[j]:
                    other[j] = not _holds_place(mine.frame, theirs)
        return other

    def other_figures(self, i: int, tolerance: float = FIGURE_TOLERANCE) -> np.ndarray:
        """Rows that give figures in a unit row ``i`` gives figures in, none of them within
        ``tolerance`` of row ``i``'s ("702 arrested" / "500 arrested")."""
        import numpy as np

        other = np.zeros(len(self._texts), dtype=bool)
        mine = self._figures_of(i)
        if not mine:
            # Most picks give no figure: the other rows are then not read (most of the rows of
            # a block never are).
            return other
        for j in range(len(self._texts)):
            if j != i:
                theirs = self._figures_of(j)
                if theirs:
                    other[j] = _differ(mine, theirs, tolerance)
        return other

    def _figures_of(self, k: int) -> _Counts | None:
        """Row ``k``'s figures by unit with their clauses, its shares as a unit of their own
        (:func:`_counted`); None when it gives none."""
        counts = _counted(self._texts[k], self._language)
        return counts if counts.units or counts.clock else None

    def elsewhere(self, i: int) -> np.ndarray:
        """Rows whose own content lies elsewhere than row ``i``'s fact: row ``i``'s words make
        up less than ``MIN_OWN_SHARE`` of their content, and they hold less than
        ``LOOSE_HELD_PREDICATE`` of what row ``i`` says (as :meth:`unheld` reads it)."""
        import numpy as np

        own = self.terms.multiply(self.content_weight).tocsr()
        own_total = np.asarray(own.sum(axis=1)).ravel()
        pointed = np.asarray(own @ self.terms[i].toarray().ravel()).ravel()
        elsewhere: np.ndarray = (pointed < MIN_OWN_SHARE * own_total) & self.unheld(
            i, level=LOOSE_HELD_PREDICATE
        )
        return elsewhere

    def unheld(
        self, i: int, merging: bool = False, level: float = MIN_HELD_PREDICATE
    ) -> np.ndarray:
        """Rows that hold less than ``level`` of what row ``i`` says beside its names, function
        words and verbs of saying (when it says anything beside them), unless they give every
        figure of row ``i`` (its counts below ten aside, when it gives a figure of ten or more).
        With ``merging``, less than ``MIN_HELD_PREDICATE`` of what it says
        beside its names, function words counted (see ``MIN_HELD_PREDICATE``)."""
        import numpy as np

        if merging:
            if self.predicate_mass[i] <= 0:
                return np.zeros(len(self.mass), dtype=bool)
            share = self.features(i, contained=True, held=True)[:, _PREDICATE_SMALL]
            loose: np.ndarray = share < MIN_HELD_PREDICATE
            loose[i] = False
            return loose
        content = self.claim_weight
        mine = self.predicates[i].toarray().ravel()
        mine[self.opening_titles[i].indices] = 0.0  # its opening title is its name's
        mine *= content
        total = float(mine.sum())
        if total <= 0:  # nothing beside its names but function words and verbs of saying
            return np.zeros(len(self.mass), dtype=bool)
        held = self.predicates @ mine
        if self.reworded.nnz:  # a synonym of the point's word holds it (``REWORDING`` of it)
            held = held + self.reworded @ (self.grouped[i].toarray().ravel() * content)
        share = np.asarray(held).ravel() / total
        unheld: np.ndarray = share < level
        if self.number_count[i] > 0:
            # Every figure of the point given: the point's numbers say what it says of its
            # names ("a 55-to-45 majority" / "55 seats to the Democrats' 45"). A count below ten
            # aside, when the point gives a figure of ten or more: such a count is told as often
            # by listing what it counts ("The two men who died were named as Daniel Okafor, 34,
            # and Piotr Nowak, 51" / "The dead were Daniel Okafor, 34, ... and Piotr Nowak,
            # 51, ...").
            mine_numbers = self.numbers[i].toarray().ravel()
            shared = self.numbers @ mine_numbers
            given = shared >= self.number_count[i]
            large = mine_numbers * self.large_numbers
            if large.any():
                given |= self.numbers @ large >= large.sum()
            unheld &= ~given
        unheld[i] = False
        return unheld

    def fact_features(
        self, i: int, contained: bool = False, held: bool = False, reverse: bool = False
    ) -> np.ndarray:
        """The same-fact features of row ``i`` against every row (``FACT_FEATURES``).

        With ``contained``, the pair view's part is the contained view's too (see
        :meth:`features`): "does the larger sentence state the smaller one's fact?"
        """
        import numpy as np

        n = len(self.mass)
        inner = self.features(i, contained=True, held=held)
        small_mass = np.full(n, self.mass[i]) if held else np.minimum(self.mass, self.mass[i])
        content_small = small_mass[:, None] / 10.0
        outer = inner if contained else self.features(i)
        if reverse:  # each row is the first sentence: "does row i state its fact?"
            first = self.features(i, contained=True, held=True, reverse=True)
            content_first = self.mass[:, None] / 10.0
        else:
            first = inner if held else self.features(i, contained=True, held=True)
            content_first = np.full((n, 1), self.mass[i] / 10.0)
        return np.hstack(
            [
                outer,
                inner[:, _CONTAINED_COLUMNS],
                content_small,
                first[:, _HELD_COLUMNS],
                content_first,
            ]
        )

    def features(
        self, i: int, contained: bool = False, held: bool = False, reverse: bool = False
    ) -> np.ndarray:
        """The features of row ``i`` against every row: an (n, len(FEATURES)) array (see
        :meth:`_features`); the views of the last row asked for are kept, since a pick asks for
        the same views in both directions. Callers must not modify the array."""
        key = (i, contained, held, reverse)
        found = self._views.get(key)
        if found is None:
            if self._views and next(iter(self._views))[0] != i:
                self._views.clear()
            found = self._views[key] = self._features(i, contained, held, reverse)
        return found

    def _features(
        self, i: int, contained: bool = False, held: bool = False, reverse: bool = False
    ) -> np.ndarray:
        """The features of row ``i`` against every row: an (n, len(FEATURES)) array.

        With ``contained``, the pair is seen as the smaller sentence (by weighed content) against
        the part of the larger one that matches it: the larger side's shares, leftovers and
        numbers and names are the smaller side's, the length ratio is 0. The model then answers
        "does the larger sentence state the smaller one's fact?" (one outlet adds a clause).
        With ``held`` as well, row ``i`` is the smaller side whatever the weights say: "does each
        row state row ``i``'s fact?" (a citation of the point ``i``); with ``reverse`` too, each
        row is the part held: "does row ``i`` state each row's fact?" (said already by ``i``).
        """
        import numpy as np

        n = len(self.lengths)
        terms, names = self.terms, self.names
        row = terms[i].toarray().ravel()
        overlap = terms @ (row * self.weight)
        # Each side's content the other holds, a synonym counting as (part of) the word: i's
        # content held by each row, and each row's held by i (the same without synonyms).
        held_i = held_by_i = overlap
        if self.reworded.nnz:
            grouped_i = self.grouped[i].toarray().ravel() * self.weight
            reworded_i = self.reworded[i].toarray().ravel() * self.weight
            held_i = overlap + self.reworded @ grouped_i
            held_by_i = overlap + self.grouped @ reworded_i
        shared_terms = terms @ row
        # Names of i that j lacks, and names of j that i lacks.
        names_missing_in_j = self.name_count[i] - terms @ names[i].toarray().ravel()
        names_missing_in_i = self.name_count - names @ row
        shared_numbers = self._shared_numbers(i)
        predicates = self.predicates[i].toarray().ravel()
        predicate_overlap = self.predicates @ (predicates * self.weight)
        predicate_held_i = predicate_held_by_i = predicate_overlap
        if self.reworded.nnz:
            predicate_held_i = predicate_overlap + self.reworded @ grouped_i
            predicate_held_by_i = predicate_overlap + self.grouped @ reworded_i
        shared_bigrams = self.bigrams @ self.bigrams[i].toarray().ravel()

        def share(part: np.ndarray, whole: np.ndarray) -> np.ndarray:
            shares: np.ndarray = np.divide(part, whole, out=np.zeros(n), where=whole > 0)
            return shares

        small = np.minimum(self.mass, self.mass[i])
        large = np.maximum(self.mass, self.mass[i])
        predicate_small = np.minimum(self.predicate_mass, self.predicate_mass[i])
        predicate_large = np.maximum(self.predicate_mass, self.predicate_mass[i])
        # The smaller side's content held is the held share of whichever is smaller (on a tie
        # the larger of the two held, so the pair reads the same either way round).
        i_smaller = self.mass[i] < self.mass
        tie = self.mass[i] == self.mass
        overlap_small = np.where(i_smaller, held_i, held_by_i)
        overlap_large = np.where(i_smaller, held_by_i, held_i)
        overlap_small = np.where(tie, np.maximum(held_i, held_by_i), overlap_small)
        overlap_large = np.where(tie, np.minimum(held_i, held_by_i), overlap_large)
        p_smaller = self.predicate_mass[i] < self.predicate_mass
        p_tie = self.predicate_mass[i] == self.predicate_mass
        predicate_overlap_small = np.where(p_smaller, predicate_held_i, predicate_held_by_i)
        predicate_overlap_large = np.where(p_smaller, predicate_held_by_i, predicate_held_i)
        predicate_overlap_small = np.where(
            p_tie, np.maximum(predicate_held_i, predicate_held_by_i), predicate_overlap_small
        )
        predicate_overlap_large = np.where(
            p_tie, np.minimum(predicate_held_i, predicate_held_by_i), predicate_overlap_large
        )
        few = np.minimum(self.bigram_count, self.bigram_count[i])
        word_few = np.minimum(self.term_count, self.term_count[i])
        if contained and held and reverse:
            small = self.mass
            predicate_small = self.predicate_mass
            few = self.bigram_count.astype(np.float64)
            word_few = self.term_count.astype(np.float64)
        elif contained and held:
            small = np.full(n, self.mass[i])
            predicate_small = np.full(n, self.predicate_mass[i])
            few = np.full(n, self.bigram_count[i], dtype=np.float64)
            word_few = np.full(n, self.term_count[i], dtype=np.float64)
        many = np.maximum(self.bigram_count, self.bigram_count[i])
        union = self.term_count + self.term_count[i] - shared_terms
        numbers_unmatched = self.number_count + self.number_count[i] - 2.0 * shared_numbers
        numbers_conflict = (self.number_count > 0) & (self.number_count[i] > 0)
        numbers_conflict &= numbers_unmatched > 0
        names_unmatched = np.maximum(names_missing_in_j, 0.0) + np.maximum(names_missing_in_i, 0.0)
        negation_differs = (self.negated != self.negated[i]).astype(np.float64)
        predicate_share = share(predicate_overlap_large, predicate_large)
        numbers_conflict = numbers_conflict.astype(np.float64)
        names_conflict = ((names_missing_in_j > 0) & (names_missing_in_i > 0)).astype(np.float64)
        if contained:
            small_is_i = np.full(n, not reverse) if held else self.mass[i] <= self.mass
            numbers_left = np.where(small_is_i, self.number_count[i], self.number_count)
            numbers_left = numbers_left - shared_numbers
            names_left = np.where(small_is_i, names_missing_in_j, names_missing_in_i)
            numbers_conflict = (
                (self.number_count > 0) & (self.number_count[i] > 0) & (numbers_left > 0)
            ).astype(np.float64)
            # The part held: row i's content (with held), else the smaller side's.
            if held:
                held_part = held_by_i if reverse else held_i
                predicate_part = predicate_held_by_i if reverse else predicate_held_i
            else:
                held_part = np.where(small_is_i, held_i, held_by_i)
                predicate_part = np.where(
                    self.predicate_mass[i] <= self.predicate_mass,
                    predicate_held_i,
                    predicate_held_by_i,
                )
            contain = share(held_part, small)
            left = np.maximum(small - held_part, 0.0) / 10.0
            predicate_share = share(predicate_part, predicate_small)
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
                    share(shared_terms, word_few),
                    np.log1p(np.maximum(numbers_left, 0.0)),
                    numbers_conflict,
                    np.log1p(np.maximum(names_left, 0.0)),
                    names_conflict,
                    negation_differs,
                    negation_differs * predicate_share,
                    numbers_conflict * predicate_share,
                    np.zeros(n),
                ]
            )
        return np.column_stack(
            [
                share(overlap_small, small),
                share(overlap_large, large),
                np.maximum(small - overlap_small, 0.0) / 10.0,
                np.maximum(large - overlap_large, 0.0) / 10.0,
                share(predicate_overlap_small, predicate_small),
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
            ]
        )


def cluster_model(doc_ids: Sequence[str]) -> str:
    """The model a cluster (the document of each sentence) is read with: ``MODEL`` when its
    median article has at least ``FACT_MIN_SENTENCES`` sentences, ``"short"`` (the same-fact
    weights and the short-cluster rules) from ``SHORT_MIN_SENTENCES``, else ``"same"``."""
    from collections import Counter
    from statistics import median

    counts = Counter(doc_ids).values()
    middle = median(counts) if counts else 0
    if middle >= FACT_MIN_SENTENCES:
        return MODEL
    return "short" if MODEL == "fact" and middle >= SHORT_MIN_SENTENCES else "same"


def topicality(
    matrix: csr_matrix,
    stems: Sequence[str],
    doc_ids: Sequence[str],
    exponent: float = TOPICALITY,
    texts: Sequence[str] | None = None,
    language: str = "en",
    later_tokens: AbstractSet[str] | None = None,
) -> dict[str, float]:
    """How much less each of a cluster's words weighs in the relation: stem -> factor in (0, 1].

    A word that a document repeats in many of its sentences (the event's actors and setting:
    "Trump", "Pinochet", "summit") names what the story is about; a word that each document using
    it holds in one or two sentences (the predicate of one fact: "abruptly", "extradition",
    "lunch") tells one statement from another. The factor is the mean number of sentences holding
    the word per document that uses it, to the power ``-exponent``: 1 for a word said once per
    document (always so for two single sentences, as in a pair of paraphrases), less the more a
    document repeats it. Read from the score stage's TF-IDF rows (its first ``len(stems)``
    columns are the stems), so no sentence is analysed twice; linear in the matrix's non-zeros.

    Parameters
    ----------
    matrix : scipy.sparse.csr_matrix
        A row per sentence; the first ``len(stems)`` columns are unigram stems.
    stems : sequence of str
        The names of those columns (Porter stems).
    doc_ids : sequence of str
        The document of each row.
    exponent : float
        0 weighs every word alike.
    texts : sequence of str, optional
        The sentences' texts: a name (a capitalised word past a sentence's first, never written
        in lower case there) that several documents use also weighs less by the number of them,
        to the power ``-exponent``, however rarely each repeats it (a roundup of one person's
        news: DUC 2007 update B, D0736H, R-2 4.2 -> 12.3).
    language : str
        The language of the texts: its stems, and (not English) which capitalised words are
        names (``wordforms.statement_words``: a German noun is capitalised, and no name).
    later_tokens : set of str, optional
        Every whitespace token past the first of a sentence of ``texts`` (``Scored.later_tokens``),
        when the caller has them: the texts are then not split again.

    Returns
    -------
    dict of str to float
        Only the stems whose factor is below 1.
    """
    import numpy as np
    from scipy.sparse import csr_matrix

    n, width = matrix.shape[0], len(stems)
    if n == 0 or width == 0 or exponent == 0.0:
        return {}
    binary = csr_matrix(matrix[:, :width], dtype=np.float64, copy=True)
    binary.data[:] = 1.0
    # Each document's number in order of first sight (only which rows share one counts, not
    # the numbers: a dictionary, not a sort of the ids as strings).
    numbers: dict[str, int] = {}
    codes = np.fromiter(
        (numbers.setdefault(str(doc_id), len(numbers)) for doc_id in doc_ids),
        dtype=np.int64,
        count=n,
    )
    membership = csr_matrix((np.ones(n), (codes, np.arange(n))), shape=(int(codes.max()) + 1, n))
    sentence_freq = np.asarray(binary.sum(axis=0)).ravel()
    # A product has one entry per (document, term) met: its positive entries per column are
    # what (product > 0).sum(axis=0) counts, without the sort of its indices the comparison makes.
    product = membership @ binary
    doc_freq = np.bincount(product.indices[product.data > 0], minlength=product.shape[1])
    per_doc = np.divide(sentence_freq, doc_freq, out=np.ones(width), where=doc_freq > 0)
    factor = np.maximum(per_doc, 1.0) ** -exponent
    if texts is not None:
        # A name several articles use is who or where the story is about, not what one sentence
        # says of it, however rarely each article repeats it (a roundup of one person's news):
        # it weighs less by the number of articles that name it.
        column = {stem: k for k, stem in enumerate(stems)}
        for stem, spread in _name_spread(texts, doc_ids, language, later_tokens).items():
            k = column.get(stem)
            if k is not None and spread > 1:
                factor[k] = min(float(factor[k]), spread**-exponent)
    return {stems[k]: round(float(factor[k]), 6) for k in np.flatnonzero(factor < 1.0).tolist()}


# The capital first, then the white space before it (a look-behind over both): the search then
# skips to the next capital in C instead of trying the look-behind at every character.
_NAME = re.compile(r"[A-Z](?<=\s[A-Z])[^\W\d_]+(?:['’][^\W\d_]+)?")
# The same for ASCII text, whose letters are A-Z and a-z and which holds no ’: an ASCII class is
# tested faster than a Unicode one (the documents of benchmarks/speed.py large: 71 ms -> 61 ms).
_ASCII_NAME = re.compile(r"[A-Z](?<=\s[A-Z])[A-Za-z]+(?:'[A-Za-z]+)?")
# White space after a NUL: a sentence (past the first) that opens with it, or an empty one.
_NUL_SPACE = re.compile(r"\x00\s")


def _name_spread(
    texts: Sequence[str],
    doc_ids: Sequence[str],
    language: str = "en",
    later_tokens: AbstractSet[str] | None = None,
) -> dict[str, int]:
    """Stem (``lexicon.stem``) of each name -> the number of documents that write it as one.

    A name is a capitalised word past a sentence's first; a word some sentence writes in lower
    case past its first word ("the Summit ended") is no name; in another language than English,
    nor is a word of the language (``wordforms.statement_words``: German "Prozent", "Juli").
    ``later_tokens`` are the texts' whitespace tokens past each one's first, when known.
    """

    by_doc: dict[str, list[str]] = {}
    for text, doc in zip(texts, doc_ids):
        by_doc.setdefault(doc, []).append(text)
    # Lower-case name -> the number of documents writing it (each document counts its names
    # once, and is met once).
    named: Counter[str] = Counter()
    joined: list[tuple[str, list[str]]] = []
    for sentences in by_doc.values():
        # One regex pass a document; a sentence's first word follows a NUL, not white space.
        text = "\n\x00".join(sentences)
        found = (_ASCII_NAME if text.isascii() else _NAME).findall(text)
        named.update(set(map(str.lower, found)))
        joined.append((text, sentences))
    # The names written in lower case past a sentence's first token. Split whole, a document's
    # tokens past its first are those of its sentences past their first, and each sentence's
    # first token glued to a NUL, which no name holds (a sentence opening with white space
    # would break this: such a document is split sentence by sentence). Only the names are
    # looked for (a small set), not every token kept.
    names = set(named)
    plain: set[str] = set()
    if later_tokens is not None:
        plain = names.intersection(later_tokens)
        joined = []  # the score stage split them already
    for text, sentences in joined:
        if text[:1].isspace() or _NUL_SPACE.search(text):  # a sentence opens with white space
            for sentence in sentences:
                plain.update(names.intersection(sentence.split()[1:]))
        else:
            plain.update(names.intersection(text.split()[1:]))
    spread: dict[str, int] = {}
    for word, documents in named.items():
        if word in plain:
            continue
        if language != "en" and not any(
            name for _, _, name in statement_words(word.capitalize(), language)
        ):
            continue
        key = stem(word, language)
        spread[key] = max(spread.get(key, 0), documents)
    return spread


# Sentences compared with a pick when the caller narrows them by a cheap similarity: more than any
# fact has statements in a news cluster (25 outlets, a few sentences each), so in clusters of up to
# this many sentences nothing is left out, and in a huge one the work per pick stays bounded.
MAX_CANDIDATES = 500
# Sentences still open to MMR compared beyond those (``top_candidates``' ``prefer``): a pick then
# passes over up to this many of its near-copies at a time, at a tenth of the candidates' cost.
OPEN_CANDIDATES = 50


def top_candidates(
    similarity: np.ndarray, limit: int = MAX_CANDIDATES, prefer: np.ndarray | None = None
) -> np.ndarray:
    """The sentences worth comparing with a pick: those sharing a term, at most ``limit`` of them
    and the ``OPEN_CANDIDATES`` most similar ``prefer`` ones after those.

    Parameters
    ----------
    similarity : numpy.ndarray
        Any similarity of the pick to every sentence that is 0 when they share no term (the
        score stage's TF-IDF cosine: the row MMR computes anyway).
    limit : int
        At most this many, the most similar first (ties to the ``prefer`` ones, then to the
        earlier sentence).
    prefer : numpy.ndarray of bool, optional
        Sentences that win a tie (the ones still open to MMR: among a thousand copies of one
        sentence, the copies not yet read are the ones a pick must pass over).

    Returns
    -------
    numpy.ndarray
        Sorted sentence indices, for :meth:`StatementIndex.probability`'s ``candidates``.
    """
    import numpy as np

    sharing = np.flatnonzero(similarity > 0)
    if len(sharing) > limit:
        keys: list[np.ndarray] = [sharing, -similarity[sharing]]
        if prefer is not None:
            keys.insert(1, ~prefer[sharing])
        order = np.lexsort(keys)
        top = sharing[order[:limit]]
        if prefer is not None and not prefer[top].all():
            # And the most similar of those still open: when the most similar were all passed
            # over already, a pick read against them alone passes over nothing but itself, and
            # MMR reads the open ones one by one (thousands of near-copies: quadratic time).
            ranked = sharing[order[limit:]]
            top = np.union1d(top, ranked[prefer[ranked]][:OPEN_CANDIDATES])
        sharing = np.sort(top)
    return sharing


_POSSESSIVE = re.compile(r"['’]s?$")
# A verb in the passive voice early in a sentence: a form of "be" and a participle in -ed or
# -en, perhaps an adverb between ("was detained", "is commonly used").
_PASSIVE = re.compile(
    r"^(?:\S+\s+){0,6}?(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b",
    re.IGNORECASE,
)


def _bare(word: str) -> str:
    """A word without the punctuation around it and its possessive ending ("Zoloft's" ->
    "Zoloft")."""
    return _POSSESSIVE.sub("", word.strip(_WORD_EDGES + "-–—"))


# A word as ``_lower_words`` reads it: letters and digits, joined by a hyphen, a full stop or an
# apostrophe ("u.s", "jong-un", "o'brien"); a possessive ending is cut after.
_NAME_WORD = re.compile(r"[^\W_]+(?:[-.'’][^\W_]+)*")
# A subject is read in a sentence's first words: ``score.OPENING_MAX_WORDS`` and a name after.
_SUBJECT_WORDS = 16


def _lower_words(text: str) -> frozenset[str]:
    """The lower-case words of ``text``, bare (``_bare``), a hyphenated word's parts too.

    >>> sorted(_lower_words("Kim Jong-un's envoy met U.S. officials."))
    ['envoy', 'jong', 'jong-un', 'kim', 'met', 'officials', 'u.s', 'un']
    """
    words = {_POSSESSIVE.sub("", word) for word in _NAME_WORD.findall(text.lower())}
    parts = {part for word in words if "-" in word for part in word.split("-")}
    return frozenset((words | parts) - {""})


def _subject_name(
    text: str,
    capitals: Container[str],
    stops: AbstractSet[str],
    subject_at: Callable[[Sequence[str], str], int | None],
) -> tuple[frozenset[str], str, tuple[str, ...]]:
    """The lower-case words of the name ``text`` opens its subject with: capitalised words from
    where the subject opens (``subject_at``) up to the first that is none or a function word,
    or that a comma ends, one of them written capitalised past a sentence's first word in the
    cluster (``capitals``, asked each word as written, bare); empty when the subject opens otherwise
    ("The drug", "Millions of Americans", "She"). And the lower-case word after the name, when
    no comma ends it ("officials" of "American officials"), else ""; and the name's words as
    written.

    Examples
    --------
    >>> at = lambda words, language: 0
    >>> _subject_name("Luvox, the drug, treats it.", {"Luvox"}, {"the"}, at)
    (frozenset({'luvox'}), '', ('Luvox',))
    >>> sorted(_subject_name("Marta Ilves took it.", {"Ilves"}, {"the"}, at)[0])
    ['ilves', 'marta']
    >>> _subject_name("U.S. officials said so.", {"U.S"}, {"the"}, at)[:2]
    (frozenset({'u.s'}), 'officials')
    >>> _subject_name("The drug treats it.", {"Luvox"}, {"the"}, at)
    (frozenset(), '', ())
    """
    words = text.split(None, _SUBJECT_WORDS)[:_SUBJECT_WORDS]
    at = subject_at(words, "en")
    written, after = _capitalised_run(words[at:] if at is not None else (), stops)
    if not any(word in capitals for word in written) and at is not None:
        # A share or a body of an actor named after "of" ("Members of the Signalling Staff
        # Association", "More than two-thirds of Rail Crews' Guild members"): the name is the
        # actor's, within the subject's first words.
        written, after = _name_after_of(words[at:], capitals, stops)
    if not any(word in capitals for word in written):
        return frozenset(), "", ()
    return frozenset(word.lower() for word in written), after, tuple(written)


# The words before "of" in a subject that names its actor after it ("More than two-thirds of").
_OF_WORDS = 3


def _name_after_of(
    words: Sequence[str], capitals: Container[str], stops: AbstractSet[str], *, again: bool = True
) -> tuple[list[str], str]:
    """The capitalised words after the first "of" (and "the") of ``words`` when no word before
    it is a name's (``capitals``), and the lower-case word after them ("" when none): the actor
    of "Members of the Signalling Staff Association voted ..."; empty when there is no such
    "of", or a word before it is a name's ("Friends of Kim ...": read from the start). A share
    of a body named after a second "of" is read through it (``again``, once): "Sixty-seven
    percent of members of the Rail Crews' Guild".

    >>> _name_after_of("Members of the Signalling Staff".split(), {"Signalling", "Staff"}, {"the"})
    (['Signalling', 'Staff'], '')
    >>> _name_after_of("Members voted".split(), set(), {"of"})
    ([], '')
    >>> _name_after_of("Most of members of the Rail Guild".split(), {"Rail", "Guild"}, {"the"})
    (['Rail', 'Guild'], '')
    """
    for k, word in enumerate(words[: _OF_WORDS + 1]):
        if _bare(word).lower() == "of":
            break
        bare = _bare(word)
        if (bare[:1].isupper() and bare in capitals) or word.endswith((",", ";", ":")):
            return [], ""
    else:
        return [], ""
    rest = list(words[k + 1 :])
    if rest and _bare(rest[0]).lower() == "the":
        rest = rest[1:]
    if again and rest and _bare(rest[0])[:1].islower():
        written, after = _name_after_of(rest, capitals, stops, again=False)
        if written:
            return written, after
    return _capitalised_run(rest, stops)


def _capitalised_run(words: Sequence[str], stops: AbstractSet[str]) -> tuple[list[str], str]:
    """The capitalised words that open ``words`` (bare), up to a stop word, a lower-case word,
    or a word that ends a clause or is a possessive (kept); and the lower-case word after them
    ("" when none).

    >>> _capitalised_run("Rail Crews' Guild members voted".split(), {"the"})
    (['Rail', 'Crews'], '')
    >>> _capitalised_run("Signalling Staff voted to accept".split(), {"the"})
    (['Signalling', 'Staff'], 'voted')
    """
    written: list[str] = []
    after = ""
    for word in words:
        bare = _bare(word)
        if not bare[:1].isupper() or bare.lower() in stops:
            after = bare if bare[:1].islower() else ""
            break
        written.append(bare)
        if word.rstrip("'’\"”").endswith((",", ";", ":")) or _POSSESSIVE.search(word):
            break
    return written, after


# ``_Written.place`` reads a word's first uses only, this many.
_PLACE_READS = 50
# ``_Written``'s index: the words written after a space or tab (and perhaps opening quotes or a
# bracket) that open with a letter not in ASCII lower case, as runs of word characters, stops,
# apostrophes and hyphens; a word of that shape is asked of the index, and each mark in a run
# ends a beginning of it that is written so too ("Kim" of "Kim-Jong", "U.S" of "U.S."). Most
# spaces come before a lower-case letter, a digit or a space, which can open no such word: the
# lookahead turns those down at once (the large cluster's index: 0.084 -> 0.070 s of search).
_WRITTEN_CAPITAL = re.compile(r"[ \t](?![a-z0-9 ])[\"'“‘(]*([^\W\d_a-z][\w.'’-]*)")
_WRITTEN_SHAPE = re.compile(r"[^\W\d_a-z][\w.'’-]*")
_WRITTEN_MARK = re.compile(r"[.'’-]")


class _Written:
    """How a cluster writes a name's word, asked once per word as a subject writes it (bare:
    ``_bare``): whether it is written so past a sentence's first word (``word in written``:
    after white space and perhaps an opening quote or bracket; a name's word), and whether after
    a preposition of place (``place``: "in Ankara", "in the United States"; ``_place_pattern``'s
    reading), in the cluster's sentences joined by newlines. Each question is a search for the
    word, until an answer; only the words of subjects that open with a capital are asked."""

    def __init__(self, joined: str, language: str) -> None:
        from .lexicon import read_lines

        self._joined = joined
        self._stops = get_lexicon(language).stop_words
        prepositions = read_lines(language, "place_prepositions.txt")
        self._before = (
            re.compile(
                rf"\b(?i:{'|'.join(map(re.escape, prepositions))})\s+(?:(?i:the)\s+)?"
                r"(?:[A-Z][\w.'’-]*\s+(?:of\s+)?){0,3}$"
            )
            if prepositions and not _nouns_capitalised(language)
            else None
        )
        self._capitalised: dict[str, bool] = {}
        self._places: dict[str, bool] = {}
        self._index: dict[str, list[int]] | None = None

    def _indexed(self, word: str) -> list[int] | None:
        """Where ``word`` is written past a sentence's first word (its first ``_PLACE_READS``
        uses, in order; empty when nowhere), read from one index of the cluster's words so
        written (``_WRITTEN_CAPITAL``: a word that opens with a letter not in ASCII lower case,
        then word characters, stops, apostrophes and hyphens; each of its beginnings that ends
        before one of those marks is so written too), built on the first question; None for a
        word of another shape, which ``_written`` searches for. One pass over the text in place
        of one search per word: a large cluster asks about a hundred words, each a scan of its
        whole text when it is not written so or only a few times."""
        if _WRITTEN_SHAPE.fullmatch(word) is None:
            return None
        if self._index is None:
            # Each whole run first (one lookup per use), then the beginnings of the runs that
            # hold a mark, once per distinct run: a beginning's uses are the first of its runs'
            # uses merged in order (each use is at a place of its own).
            runs: dict[str, list[int]] = {}
            for found in _WRITTEN_CAPITAL.finditer(self._joined):
                uses = runs.get(found[1])
                if uses is None:
                    runs[found[1]] = [found.start(1)]
                elif len(uses) < _PLACE_READS:
                    uses.append(found.start(1))
            beginnings: dict[str, list[int]] = {}
            for run, uses in runs.items():
                if _WRITTEN_MARK.search(run):
                    for mark in _WRITTEN_MARK.finditer(run):
                        beginnings.setdefault(run[: mark.start()], []).extend(uses)
            index = dict(runs)
            for beginning, uses in beginnings.items():
                index[beginning] = sorted(index.get(beginning, []) + uses)[:_PLACE_READS]
            self._index = index
        return self._index.get(word, [])

    def _written(self, word: str) -> Iterator[int]:
        """Where ``word`` is written as a whole word past a sentence's first, in order."""
        joined, start = self._joined, 0
        while (k := joined.find(word, start)) >= 0:
            start = k + 1
            end = k + len(word)
            if end < len(joined) and (joined[end].isalnum() or joined[end] == "_"):
                continue
            back = k
            while back > 0 and joined[back - 1] in "\"'“‘(":
                back -= 1
            if back > 0 and joined[back - 1] in " \t":
                yield k

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word or word.lower() in self._stops:
            return False
        found = self._capitalised.get(word)
        if found is None:
            uses = self._indexed(word)
            if uses is None:
                found = next(self._written(word), None) is not None
            else:
                found = bool(uses)
            self._capitalised[word] = found
        return found

    def place(self, word: str) -> bool:
        """Whether ``word`` is written after a preposition of place."""
        if self._before is None or not word:
            return False
        found = self._places.get(word)
        if found is None:
            before, joined = self._before, self._joined
            uses = self._indexed(word)
            # A place is written after its preposition early and often: the first uses tell.
            found = any(
                before.search(joined, max(0, k - 80), k)
                for k in (islice(self._written(word), _PLACE_READS) if uses is None else uses)
            )
            self._places[word] = found
        return found


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
        For the paraphrase model of English text: term -> (evidence when both sentences hold it,
        evidence when one lacks it, KL weight), with an ``OTHER_TERM`` entry for the rest; the
        shipped ``data/<language>/same_terms.txt`` when ``None`` (the training script passes
        tables learned on its training folds).

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
        topic: Mapping[str, float] | None = None,
        term_evidence: TermEvidence | None = None,
    ) -> None:
        self.model = MODEL if model is None else model
        if self.model not in _MODELS:
            raise ConfigError(f"model must be one of {', '.join(_MODELS)}; got {self.model!r}")

        self.language = language
        self.texts = tuple(texts)
        self._place_pairs: frozenset[tuple[str, str]] | None = None
        self.n = len(self.texts)
        # The model is read when first needed: features alone (training) do not need it.
        self._floor = _model(language).common_zipf if common_zipf is None else common_zipf
        self._all: _Block | None = None
        self.topic = topic
        self._last: tuple[bytes, _Block] | None = None
        self._evidence = term_evidence
        self._english: bool | None = None
        # Subject names (``_actor``): how the cluster writes a name's words (``_Written``), and
        # each sentence's name when first asked.
        self._written: _Written | None = None
        self._subject_at: Callable[[Sequence[str], str], int | None] | None = None
        self._actors: dict[int, tuple[frozenset[str], str, bool]] = {}

    def english(self) -> bool:
        """Whether the paraphrase model reads the sentences with its English weights: a lone
        pair of sentences (at most ``ENGLISH_MAX_SENTENCES``), in English (the language is
        English and the pair reads as English, ``summarizer.langdetect``; a lone sentence holds
        too few function words to be told apart reliably, a pair does: 79 of 81 test pairs).
        Otherwise the lexical weights, as for every language: the English weights learned what
        the judges' words mean from lone pairs, where a shared name is a shared fact; in a
        cluster of articles the story's names and phrases recur across facts ("the council
        approved the tram line" / "work on the tram line begins in May": 0.65 with the English
        weights, 0.48 with the lexical), which they were never shown."""
        if self.n > ENGLISH_MAX_SENTENCES:
            return False
        if self._english is None:
            from .langdetect import detect_language

            opening = " ".join(self.texts[:ENGLISH_OPENING])
            self._english = self.language == "en" and detect_language(opening) == "en"
        return self._english

    def evidence_table(self) -> TermEvidence:
        """The term evidence the English paraphrase model reads."""
        return _term_evidence(self.language) if self._evidence is None else self._evidence

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
                self._all = _Block(self.texts, chunks, self._floor, self.topic)
            return self._all
        # A pick asks for both directions over the same candidates: analyse them once.
        key = rows.tobytes()
        if self._last is None or self._last[0] != key:
            block = _Block([self.texts[r] for r in rows], chunks, self._floor, self.topic)
            self._last = (key, block)
        return self._last[1]

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
        held: bool = False,
        reverse: bool = False,
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
        held : bool
            With ``contained``: the contained view always takes sentence ``i`` as the part held,
            "does ``j`` state ``i``'s fact?", never the other way round. For citations of a point
            ``i``: a sentence that holds the point's fact and adds a clause cites it; one whose
            own (smaller) content the point holds does not.
        reverse : bool
            The same-fact model's other direction: P(``i`` states each ``j``'s fact), for what a
            point already says (the model is directional: its held features take the first
            sentence as the part held). Not with ``contained``.

        Returns
        -------
        numpy.ndarray
            float64, one entry per sentence, in [0, 1].
        """
        import numpy as np

        rows = self._rows(i, candidates)
        if rows is None:
            probability = self._score(self._block(None), i, contained, held, reverse)
        else:
            probability = np.zeros(self.n)
            local = int(np.searchsorted(rows, i))
            probability[rows] = self._score(self._block(rows), local, contained, held, reverse)
        probability[i] = 1.0
        return probability

    def _score(
        self,
        block: _Block,
        i: int,
        contained: bool = False,
        held: bool = False,
        reverse: bool = False,
    ) -> np.ndarray:
        """The model's probability for row ``i`` of the block against each row, with the rule:
        statements of opposite polarity are never the same (a learned weight cannot say it: the
        news paraphrase pairs hold few such flips, and most of them say the negative in a word).

        With ``model="fact"`` the same-fact weights (``fact_model.txt``) score the pair view and
        the contained view's extra features together; ``contained`` then scores the contained
        view alone as well and takes the larger. With ``model="same"``, English text (see
        :meth:`english`) is scored by the English paraphrase model (``SAME_FEATURES``,
        ``same_model_english.txt``), any other by the lexical model (``same_model.txt``)."""
        import numpy as np

        if self.model in ("fact", "short"):
            fact = _fact_model(self.language)
            weights = np.array(fact.coefficients)
            score = block.fact_features(i, reverse=reverse) @ weights + fact.intercept
            if contained:
                inner = block.fact_features(i, contained=True, held=held) @ weights
                inner += fact.intercept
                np.maximum(score, inner, out=score)
        elif self.english():
            full = _english_model(self.language)
            weights = np.array(full.coefficients)
            table = self.evidence_table()
            # The pair as written and, when a sentence reports its statement ("..., Lichter
            # said."), the pair of statements alone (``without_reporting``): the likelier of the
            # two readings, as one outlet names the speaker in full and another by the surname.
            # Not for a pair where each names someone the other does not (``names_conflict``):
            # the same words given to another speaker. 10-fold CV on msrp_train, accuracy at
            # P >= .85: .763 -> .769 (benchmarks/msrp_notes.md). Lone pairs only (``english``).
            written = block.same_features(i, table)
            score = written @ weights + full.intercept
            if contained:
                inner = block.same_features(i, table, contained=True, held=held) @ weights
                np.maximum(score, inner + full.intercept, out=score)
            alone = block.statements_alone(self._floor, self.topic)
            if alone is not None:
                second = alone.same_features(i, table) @ weights + full.intercept
                if contained:
                    inner = alone.same_features(i, table, contained=True, held=held) @ weights
                    np.maximum(second, inner + full.intercept, out=second)
                second[written[:, _NAMES_CONFLICT] > 0] = -np.inf
                np.maximum(score, second, out=score)
        else:
            model = _model(self.language)
            coefficients = np.array(model.coefficients)
            score = block.features(i) @ coefficients + model.intercept
            if contained:
                np.maximum(
                    score,
                    block.features(i, contained=True, held=held) @ coefficients + model.intercept,
                    out=score,
                )
        probability = np.asarray(1.0 / (1.0 + np.exp(-score)), dtype=np.float64)
        if self.model == "short":
            lexical = _model(self.language)
            view = block.features(i, contained=True, held=True, reverse=reverse)
            second = view @ np.array(lexical.coefficients) + lexical.intercept
            seconded = 1.0 / (1.0 + np.exp(-second))
            probability = np.where(
                seconded >= SHORT_SECOND_LEVEL,
                probability,
                np.minimum(probability, SHORT_SECOND_LEVEL),
            )
            probability[block.apart(i)] = 0.0
        probability[block.opposite(i)] = 0.0
        return probability

    def place_pairs(self) -> frozenset[tuple[str, str]]:
        """The places the cluster writes one after the other, with a comma between ("in
        Khartoum, Sudan", "Dar es Salaam, Tanzania"; lower case): the first may lie inside the
        second (:func:`_other_setting`). Read once, over every sentence."""
        if self._place_pairs is None:
            self._place_pairs = frozenset(
                (m.group(1).rstrip(".").lower(), m.group(2).rstrip(".").lower())
                for text in self.texts
                # A pair needs a capital after a comma, and a name's word before it (and the
                # pairs are read where a comma and a space stand).
                if ", " in text and _COMMA_CAPITAL.search(text) and _NAMED_COMMA.search(text)
                for m in _PLACE_PAIR.finditer(text)
            )
        return self._place_pairs

    def cannot_cite(
        self,
        i: int,
        candidates: np.ndarray | Sequence[int] | None = None,
        *,
        merging: bool = False,
        elsewhere: bool = True,
    ) -> np.ndarray:
        """Sentences that cannot state sentence ``i``'s fact, whatever the weights say: with the
        same-fact and paraphrase models, those giving other figures or shares
        (:meth:`other_figures`); with the same-fact model, also those
        holding less than ``MIN_HELD_PREDICATE`` of what ``i`` says beside its names, function
        words and verbs of saying (with ``merging``, function words counted: the check of a pick
        joining an earlier point, see ``MIN_HELD_PREDICATE``), and (unless ``merging``, or
        ``elsewhere`` is False) those whose own content lies elsewhere (:meth:`elsewhere`). A
        bool mask; all False with the short-cluster rules (``"short"``), which part sentences
        of other numbers themselves.

        Not part of :meth:`probability`: such a sentence may still say what a point says (MMR
        passes over it), but it is no citation of it. :meth:`same` applies it.
        """
        import numpy as np

        mask = np.zeros(self.n, dtype=bool)
        if self.model not in _FIGURE_MODELS:
            return mask
        rows = self._rows(i, candidates)
        block = self._block(rows)
        at = i if rows is None else int(np.searchsorted(rows, i))
        found: np.ndarray = block.other_figures(at)
        if self.model == "fact":
            found |= block.other_setting(at, self.place_pairs)
            unheld = block.unheld(at, merging)
            if unheld.any():
                # The same words quoted are the same statement, whatever else each sentence says.
                unheld &= ~self._quoting(i, rows, unheld)
            found |= unheld
            if elsewhere and not merging:
                found |= block.elsewhere(at)
            # Read only where no rule has spoken yet and the sentence shares a term with ``i``.
            shared = np.asarray(block.terms @ block.terms[at].T.toarray()).ravel() > 0
            found |= self.other_actor(i, rows, ~found & shared)
        if rows is None:
            return found
        mask[rows] = found
        return mask

    def other_actor(
        self, i: int, rows: np.ndarray | None = None, among: np.ndarray | None = None
    ) -> np.ndarray:
        """Which of ``rows`` (every sentence when None; of them, those ``among`` marks, a mask
        over ``rows``) tell of another actor than sentence ``i``: both open with a name as their
        subject (``_subject_name``; or name it after "of": "Members of the Signalling Staff
        Association voted by 74 percent to accept a deal ..." is not "More than two-thirds of
        Rail Crews' Guild members ... backed the deal ...", 0.99), and neither sentence writes a
        word of the other's.
        "Prozac has U.S. Food and Drug Administration approval for depression, obsessive
        compulsive disorder and bulimia nervosa." says nothing of Zoloft, though it holds most of
        what "Zoloft already treats depression, obsessive-compulsive disorder and panic
        disorder." says beside its name (0.99 in DUC 2006's D0648C, where such sentences of
        Prozac, Luvox and patients made the point "17 of 25 sources"). Not a place's name (it
        stands for its government, people or officials: "Turkey has sent 10,000 troops" /
        "Ankara has sent troops"), nor a passive subject (what is done to: Pinochet "was
        detained" by the police another sentence names), nor names of one kind of actor
        ("American officials" / "U.S. officials"). English only (the subject is read by English
        rules); a bool mask over ``rows``."""
        import numpy as np

        at = np.arange(self.n) if rows is None else rows
        other = np.zeros(len(at), dtype=bool)
        if self.language != "en":
            return other
        mine, head = self._actor(i)
        if not mine:
            return other
        words = _lower_words(self.texts[i])
        same_kind = bool(head) and not is_verb_form(head)
        read = range(len(at)) if among is None else np.flatnonzero(among).tolist()
        for k in read:
            j = int(at[k])
            theirs, their_head = self._actor(j, passive=True)
            if j == i or not theirs or mine & theirs:
                continue
            if same_kind and their_head == head:
                continue  # "American officials" / "U.S. officials": names of one kind of actor
            other[k] = not (theirs & words or mine & _lower_words(self.texts[j]))
        return other

    def _actor(self, j: int, *, passive: bool = False) -> tuple[frozenset[str], str]:
        """Sentence ``j``'s subject name and the word after it (``_subject_name``), empty for a
        passive subject or a place's name; read once per sentence. A word is a name's when the
        cluster writes it capitalised past a sentence's first word (``_CAPITALISED``)."""
        if self._written is None:
            from .score import subject_at

            self._written = _Written("\n".join(self.texts), self.language)
            self._subject_at = subject_at
        known = self._actors.get(j)
        if known is None:
            text = self.texts[j]
            known = (frozenset(), "", False)
            if self._subject_at is not None:
                stops = get_lexicon(self.language).stop_words
                written = self._written
                name, after, words = _subject_name(text, written, stops, self._subject_at)
                if not any(written.place(word) for word in words):
                    known = (name, after, bool(_PASSIVE.search(text)))
            self._actors[j] = known
        if known[2] and not passive:
            return frozenset(), ""
        return known[0], known[1]

    def _quoting(
        self, i: int, rows: np.ndarray | None, among: np.ndarray | Sequence[bool]
    ) -> np.ndarray:
        """Which of ``among`` (a mask over ``rows``, every sentence when None) quote one of
        sentence ``i``'s quotations of at least ``QUOTE_MIN_WORDS`` words, word for word."""
        import numpy as np

        quoting = np.zeros(len(among), dtype=bool)
        quotes = _long_quotes(self.texts[i])
        if not quotes:
            return quoting
        for k in np.flatnonzero(among).tolist():
            row = k if rows is None else int(rows[k])
            words = f" {' '.join(_quote_words(self.texts[row]))} "
            quoting[k] = any(quote in words for quote in quotes)
        return quoting

    def elsewhere(self, i: int, candidates: np.ndarray | Sequence[int] | None = None) -> np.ndarray:
        """Sentences whose own content lies elsewhere than sentence ``i``'s fact: with the
        same-fact model, those of whose content ``i``'s words make up less than
        ``MIN_OWN_SHARE`` and that hold less than ``LOOSE_HELD_PREDICATE`` of what ``i`` says
        beside its names. A bool mask; all False with the other models. Part of
        :meth:`cannot_cite`."""
        return self._fact_mask(i, candidates, _Block.elsewhere)

    def other_figures(
        self,
        i: int,
        candidates: np.ndarray | Sequence[int] | None = None,
        tolerance: float = FIGURE_TOLERANCE,
    ) -> np.ndarray:
        """Sentences that cannot state sentence ``i``'s fact for its figures: with the same-fact
        and paraphrase models, those that give figures in a unit ``i`` gives figures in, none
        within ``tolerance`` of ``i``'s ("702 members" / "more than 500 members"). A bool
        mask; all False with the short-cluster rules (they already part such sentences). A
        ``tolerance`` of 1 asks for the same figures (a later article's count, read as an
        update by ``select``).

        Not part of :meth:`probability`: a restatement that differs in a figure may still say
        what a point says (MMR passes over it), but it does not state the point's fact (it is
        no citation of it). :meth:`same` applies it.
        """
        read = partial(_Block.other_figures, tolerance=tolerance)
        return self._fact_mask(i, candidates, read, _FIGURE_MODELS)

    def _fact_mask(
        self,
        i: int,
        candidates: np.ndarray | Sequence[int] | None,
        read: Callable[[_Block, int], np.ndarray],
        models: tuple[str, ...] = ("fact",),
    ) -> np.ndarray:
        """``read(block, i)`` over the candidates' block as a mask of every sentence: False
        outside the candidates, and everywhere with a model not in ``models``."""
        import numpy as np

        mask = np.zeros(self.n, dtype=bool)
        if self.model not in models:
            return mask
        rows = self._rows(i, candidates)
        if rows is None:
            return read(self._block(None), i)
        mask[rows] = read(self._block(rows), int(np.searchsorted(rows, i)))
        return mask

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
        mask &= ~self.cannot_cite(i, candidates)
        return mask


# A quotation this long (in words of letters and digits: "I'm" is two), given word for word by
# another sentence, is the same statement there (a speaker's words told by two outlets around other
# words of their own): the held-predicate rule (``MIN_HELD_PREDICATE``) does not part them. A
# shorter one may be a name: at 8, DUC 2007 main's D0739I cited a sentence on a TV special's
# fans for the special's quoted title (``I'm Telling You for the Last Time''); at 10, no citation
# of DUC 2004 dev, 2006, 2007 main, update A or B changes, and two of the sample articles cite
# each other for a quoted answer of 15 words they both give.
QUOTE_MIN_WORDS = 10
# The second of two sentences: what ``explain`` reads the quotation rule for.
_SECOND = (False, True)
# A quotation: between an opening and a closing mark, straight, curly, the wire's or guillemets.
_QUOTATION = re.compile(r"(?:\"|“|``|«|„)(.+?)(?:\"|”|''|»|“)")
_QUOTE_WORD = re.compile(r"[^\W_]+")


def _quote_words(text: str) -> list[str]:
    """The words of ``text`` in lower case, apostrophes and marks left out."""
    return _QUOTE_WORD.findall(text.lower())


# A sentence that is one quotation and nothing else ("Nobody will be left out of pocket."), of at
# least this many words, is its speaker's statement whatever sentence quotes it word for word:
# it cannot be a title or a name (those stand inside a sentence), the worry that keeps
# ``QUOTE_MIN_WORDS`` at ten.
WHOLE_QUOTE_MIN_WORDS = 5
_WHOLE_QUOTATION = re.compile(r"\s*(?:\"|“|``|«|„)([^\"“”«»„]+?)(?:\"|”|''|»|“)\s*")


def whole_quotation(text: str) -> str | None:
    """The words of ``text`` as " word word ... " when it is one quotation and nothing else, of
    at least ``WHOLE_QUOTE_MIN_WORDS`` words; else None.

    >>> whole_quotation('"Nobody will be left out of pocket."')
    ' nobody will be left out of pocket '
    >>> whole_quotation('"We will appeal," he said.') is None
    True
    """
    match = _WHOLE_QUOTATION.fullmatch(text)
    if match is None:
        return None
    words = _quote_words(match.group(1))
    return f" {' '.join(words)} " if len(words) >= WHOLE_QUOTE_MIN_WORDS else None


# A sentence reads as its statement alone with its reporting clause left out, when what is left
# holds at least this many words (a short rest is the clause's own object: "X said so.").
REPORTED_MIN_WORDS = 4
# A leading reporting clause ("Officials said that ...", "He added: ...") of at most this many
# words: a longer one is a statement of its own that happens to hold a verb of saying.
REPORTING_MAX_WORDS = 10


@lru_cache(maxsize=4)
def _reporting_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The reporting clause at a sentence's end and at its start, built on the language's verbs
    of saying (``speech_verbs.txt``); None for a language without them."""
    verbs = sorted(
        (word for word in get_lexicon(language).speech_verbs if word.isalpha()),
        key=lambda word: (-len(word), word),
    )
    if not verbs:
        return None
    verb = "(?:" + "|".join(verbs) + ")"
    # "..., Lichter said." / "..., officials said Tuesday." (a subject, the verb, at most three
    # words) or "..., said Josh Lichter, a meteorologist with ..." / "..., according to the
    # police." (the verb first, then anything but a quotation), after a comma or a quotation.
    trailing = re.compile(
        rf"(?:,|(?<=[\"”'])|\s--)\s*(?:{verb}\b[^\"“”;]{{0,120}}"
        rf"|[^,;\"“”]{{0,60}}\s{verb}(?:\s+[\w.]+){{0,3}})[.!?]?\s*$"
    )
    # "Officials said on Monday that ..." / "In a statement, Microsoft said: ..." / "According
    # to the police, ...": the verb within the opening words, then "that", a colon or a comma.
    leading = re.compile(
        rf"^\s*(?:[^;\"“”]{{0,70}}?\s)?{verb}(?:(?:\s+[\w.]+){{0,3}}?\s+that\b|"
        rf"(?:\s+[\w.]+){{0,3}}?\s*[:,])\s*",
        re.IGNORECASE,
    )
    return trailing, leading


def without_reporting(text: str, language: str = "en") -> str:
    """``text`` without its reporting clause at the end or the start, the statement alone, as a
    second reading of a paraphrase pair: one outlet writes "..., Lichter said.", another
    "..., said Josh Lichter, a meteorologist with the weather office."; ``text`` itself when it
    holds none (or too little would be left, ``REPORTED_MIN_WORDS``).

    >>> without_reporting('"The storm is over," said Josh Lichter, a meteorologist.')
    '"The storm is over."'
    >>> without_reporting("In a statement, the company said that the plant will close.")
    'The plant will close.'
    >>> without_reporting("The company said so.")
    'The company said so.'
    """
    patterns = _reporting_patterns(language)
    if patterns is None:
        return text
    trailing, leading = patterns
    out = text
    match = trailing.search(out)
    if match and len(out[: match.start()].split()) >= REPORTED_MIN_WORDS:
        out = out[: match.start()].rstrip(" ,") + "."
        out = re.sub(r",([\"”'])\.$", r".\1", out)
    match = leading.match(out)
    if (
        match
        and len(match.group(0).split()) <= REPORTING_MAX_WORDS
        and len(out[match.end() :].split()) >= REPORTED_MIN_WORDS
    ):
        rest = out[match.end() :].lstrip("\"“'`")
        out = rest[:1].upper() + rest[1:]
    return out


def quoted_words(text: str) -> list[str]:
    """Each quotation of ``text`` as " word word ... " (lower case, marks left out)."""
    return [f" {' '.join(_quote_words(m.group(1)))} " for m in _QUOTATION.finditer(text)]


def _long_quotes(text: str) -> list[str]:
    """``text``'s quotations of at least ``QUOTE_MIN_WORDS`` words, as " word word ... "."""
    found = []
    for match in _QUOTATION.finditer(text):
        words = _quote_words(match.group(1))
        if len(words) >= QUOTE_MIN_WORDS:
            found.append(f" {' '.join(words)} ")
    return found


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a pair was judged as it was: each feature's value and its contribution (log-odds)."""

    probability: float
    same: bool
    intercept: float
    features: tuple[tuple[str, float, float], ...]  # (name, value, coefficient * value)
    rule: str | None = None  # a rule that decided over the model ("opposite polarity")
    contained_probability: float = 0.0  # with ``contained=True``: the larger states the smaller
    model: str = "fact"
    reverse_probability: float = 0.0  # the other direction: P(the first states the second's fact)
    # The English paraphrase model's second reading, the statements without their reporting
    # clauses (``without_reporting``): the two texts read, and their probability (None: not read).
    statements_alone: tuple[str, str] | None = None
    alone_probability: float | None = None

    def __str__(self) -> str:
        lines = [
            f"probability {self.probability:.3f} -> {'same' if self.same else 'different'} "
            + f"(model {self.model!r})"
        ]
        if self.rule:
            lines.append(f"  rule: {self.rule} (the model's features below are overruled)")
        lines.append(f"  contained view: {self.contained_probability:.3f}")
        lines.append(f"  other direction: {self.reverse_probability:.3f}")
        if self.statements_alone is not None and self.alone_probability is not None:
            first, second = self.statements_alone
            lines.append(
                f"  statements alone: {self.alone_probability:.3f} ({first!r} / {second!r})"
            )
        lines.append(f"  {'intercept':<18} {'':>8} {self.intercept:+.3f}")
        lines += [f"  {name:<18} {value:8.3f} {part:+.3f}" for name, value, part in self.features]
        return "\n".join(lines)


def explain(
    a: str,
    b: str,
    *,
    language: str = "en",
    model: str | None = None,
    topic: Mapping[str, float] | None = None,
) -> Explanation:
    """The decision on one pair with its reasons: every feature, its value and its contribution.

    With the same-fact model the decision is directional: does ``b`` state ``a``'s fact (``b``
    would cite the point ``a``)? ``reverse_probability`` gives the other direction.

    Parameters
    ----------
    a, b : str
        Two sentences.
    language : str
        As for :class:`StatementIndex`.
    model : str, optional
        As for :class:`StatementIndex`.
    topic : mapping of str to float, optional
        The cluster's topicality factors (:func:`topicality`); none for a lone pair.

    Returns
    -------
    Explanation
        ``str()`` of it is a small table.
    """
    import numpy as np

    index = StatementIndex([a, b], language=language, model=model, topic=topic)
    block = index._block(None)
    statements_alone: tuple[str, str] | None = None
    alone_probability: float | None = None
    if index.model in ("fact", "short"):
        values = block.fact_features(0)[1]
        fitted = _fact_model(language)
        names: tuple[str, ...] = FACT_FEATURES
        threshold = FACT_SAME_THRESHOLD
    elif index.english():  # English text: the English paraphrase model
        values = block.same_features(0, index.evidence_table())[1]
        fitted = _english_model(language)
        names = SAME_FEATURES
        threshold = SAME_THRESHOLD
        alone = block.statements_alone(index._floor, topic)
        if alone is not None and values[_NAMES_CONFLICT] == 0:
            statements_alone = (alone._texts[0], alone._texts[1])
            second = alone.same_features(0, index.evidence_table())[1]
            score = float(second @ np.array(fitted.coefficients)) + fitted.intercept
            alone_probability = 1.0 / (1.0 + math.exp(-score))
    else:
        values = block.features(0)[1]
        fitted = _model(language)
        names = FEATURES
        threshold = SAME_THRESHOLD
    opposite = bool(block.opposite(0)[1])
    apart = index.model == "short" and bool(block.apart(0)[1])
    other_figures = bool(index.other_figures(0)[1])
    counts = (_counted(a, index.language), _counted(b, index.language))
    other_clock = other_figures and _clocks_differ(*counts) and not _counts_differ(*counts)
    other_setting = index.model == "fact" and bool(block.other_setting(0, index.place_pairs)[1])
    unheld = index.model == "fact" and bool(index._block(None).unheld(0)[1])
    # As ``StatementIndex.cannot_cite`` reads it: the same long quotation holds it.
    unheld = unheld and not index._quoting(0, None, _SECOND)[1]
    elsewhere = index.model == "fact" and bool(index._block(None).elsewhere(0)[1])
    probability = float(index.probability(0)[1])
    return Explanation(
        probability=probability,
        same=probability >= threshold
        and not other_figures
        and not other_setting
        and not unheld
        and not elsewhere,
        intercept=fitted.intercept,
        features=tuple(
            (name, float(value), float(value * coefficient))
            for name, value, coefficient in zip(names, values, fitted.coefficients)
        ),
        rule="opposite polarity"
        if opposite
        else "other days or numbers (short articles)"
        if apart
        else "other clock times"
        if other_clock
        else "other figures in one unit"
        if other_figures
        else "another place or year"
        if other_setting
        else "what the first says of its names is not held"
        if unheld
        else "the second's own content lies elsewhere"
        if elsewhere
        else None,
        contained_probability=float(index.probability(0, contained=True)[1]),
        model=index.model,
        reverse_probability=float(index.probability(1)[0]),
        statements_alone=statements_alone,
        alone_probability=alone_probability,
    )


def fact_features(index: StatementIndex, i: int) -> np.ndarray:
    """The same-fact features of sentence ``i`` against every sentence: (n, len(FACT_FEATURES))."""

    return index._block(None).fact_features(i)


def same_statement(a: str, b: str, *, language: str = "en", model: str | None = None) -> float:
    """The probability that ``b`` states ``a``'s fact (with ``model="same"``: that the two are
    paraphrases, the same either way round).

    Parameters
    ----------
    a, b : str
        Two sentences.
    language : str
        As for :class:`StatementIndex`.
    model : str, optional
        As for :class:`StatementIndex`.

    Returns
    -------
    float
        In [0, 1]; ``b`` states ``a``'s fact from ``FACT_SAME_THRESHOLD`` on (paraphrases from
        ``SAME_THRESHOLD``).
    """
    index = StatementIndex([a, b], language=language, model=model)
    return float(index.probability(0)[1])
