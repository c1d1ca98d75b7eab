"""Group stage (stories only): a stream of articles -> stories, one group of Documents per event.

Each article becomes a TF-IDF vector of its title (counted ``TITLE_WEIGHT`` times) and its first
``LEAD_WORDS`` words, IDF from the collection itself, the ``MAX_TERMS`` heaviest terms kept. Each
article's ``NEIGHBOURS`` nearest articles are found through an inverted index over each article's
``PROBE_TERMS`` heaviest terms (terms in more than ``MAX_POSTINGS`` articles' lists left out), so
time and memory grow linearly with the number of articles: no n-by-n matrix is ever built.

Before the stories are grown, each vector is scaled by ``sqrt(median / density)``, where an
article's density is its cosine to its ``SCALE_NEIGHBOUR``-th nearest article (local scaling,
Zelnik-Manor and Perona, 2004): the cosine of two articles becomes ``cos / sqrt(da * db)`` times the
collection's median density. An article among many on its topic (a week of one senate, a
conflict's daily news) has close neighbours from other events, so its links must be higher than
the collection's typical link to join; an article alone on its subject (a feature, a rare story)
joins its nearest ones at a lower link. A fixed cosine bar cannot do both: it either merges
distinct events of a busy topic or leaves the sparse ones in pieces.

Two articles that share nearest neighbours are more likely one story than their cosine says
(shared nearest neighbours, Jarvis and Patrick, 1973): each neighbour pair's link is raised by
``SHARED_WEIGHT`` times the share of their neighbours they have in common beyond what two random
lists would share, an evidence that, unlike the cosine, does not depend on the words two
articles happen to share, but on the company they keep.

Stories are grown by average-link agglomerative clustering over those neighbour links: in rounds,
every story finds its best-linked story among those its articles are neighbours of, and mutual
best pairs at or above ``threshold`` merge (merging reciprocal nearest neighbours is the
order-independent form of the greedy algorithm). When no pair is left, a second stage lets each
article still alone join its best-linked story at a lower bar (tight cores first, then attach).
The link of two stories is

    mean over all their article pairs of the scaled cosine, each neighbour pair's raised by
    (1 + SHARED_WEIGHT * shared-neighbour share) (exact: the stories' summed vectors, plus the
    raises summed over the neighbour pairs of the two stories)
    * (1 + TIME_BOOST * 0.5 ** (gap / HALF_LIFE_DAYS)) / (1 + TIME_BOOST)
    * (1 - outlet penalty * same-outlet share)

where ``gap`` is the days between the stories' date spans (events cluster in time: coverage of
one event is days apart; a topic's separate events are weeks apart) and the same-outlet share is
the share of the stories' article pairs (one article of each) that come from one outlet (one outlet
rarely reports one event twice). The outlet penalty is ``OUTLET_PENALTY``, or more where the
collection shows that outlets do not repeat within its stories: where an article's nearest
neighbour is from its own outlet less often than chance would have it.

A third stage joins a story to a *long* one (a running topic: ``TOPIC_LONG_ARTICLES`` articles
or more, the middle half of their dates over ``TOPIC_SPAN_DAYS`` or more) at ``LONG_JOIN`` times
the bar: events first, then the running topics they belong to. An event's coverage is a burst of
days, never long, so two events stay apart unless one has grown into a running story.

Two *bursts* (stories of two articles or more dated within ``BURST_SPAN_DAYS``) at least
``BURST_APART_DAYS`` apart link ``BURST_FACTOR`` times as much: two bursts a month apart are
two events of a subject, whatever words they share. A story that is, once grown, only such
bursts is split into them (``_split_bursts``): a burst grown one article at a time across the
month never met the other as a burst.

Last, stories that are pieces of one long-running topic are joined: two stories whose most
characteristic terms include one rare name or word that most articles of both use and few
articles elsewhere do (a mine's protests and, three years later, its court case), one of them
*long*: ``TOPIC_LONG_ARTICLES`` articles or more, the middle half of them spread over
``TOPIC_SPAN_DAYS`` or more. The other may be a burst of days on that name (a comedian's stage
week within the years his sitcom's end is covered). An event's coverage is a burst of days:
stories of events are seldom long, so two events about one name stay apart.

An outlet's *series items* (a daily forecast, a market report, a feed's stock line under each
headline: articles most of whose first words are runs that more than ``SERIES_ARTICLES`` articles
of that outlet repeat word for word) lose their template's words, and two of them join only on
one day: each day's forecast is that day's news, not one story of the month.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from .errors import ConfigError
from .lexicon import check_language
from .load import as_documents
from .text import iso_day
from .types import Document

if TYPE_CHECKING:  # pragma: no cover - typing only
    from scipy.sparse import csr_matrix

__all__ = ["NEIGHBOURS", "THRESHOLD", "group_stories"]

# Words of each article's text that describe it (after its title): a news lead names the event;
# further down come background and quotes shared by every story on the topic.
LEAD_WORDS = 500
# Times the title counts: a headline is the outlet's own summary of the event.
TITLE_WEIGHT = 2
# Nearest articles kept per article: the candidate links. An event rarely has more outlets than
# this, and stories larger than it are still joined through chains of links.
NEIGHBOURS = 10
# Link at which two stories are one: a mean cosine of 0.13 for coverage on the same days, 0.195
# (0.13 * 1.5) for stories far apart in time. Stories are first grown to tight cores at this
# bar, where stories of 2-3 articles (as feeds of a few outlets give) keep apart; then each
# article still alone joins its best-linked story at ATTACH times the bar (0.091: where DUC's
# large topics gather best). The bar was 0.12 before the shared-neighbour raise (SHARED_WEIGHT),
# which lifts the links inside large stories more than those of small ones (group_notes.md, round
# 3). First measures, before local scaling, with benchmarks/stories.py (B-cubed F1, DUC mix / each
# story's 3 earliest articles / the same without titles and dates): one stage at 0.10 gives
# .82/.85/.84, at 0.12 .75/.86/.82; two stages at 0.12 give .78/.87/.86, and the F1 of the small
# stories changes less with the bar (.84-.87 from 0.10 to 0.17, one stage .79-.86).
THRESHOLD = 0.13
ATTACH = 0.7
# A story of at most this many articles counts as "still alone" in the attach stage.
ATTACH_SIZE = 1
# Stories a few days apart link up to 1.5 times more easily than stories far apart; the bonus
# halves every HALF_LIFE_DAYS. A bonus, not a penalty on distance: a long-running story (a trial,
# a war) keeps gathering articles for years, and a distance penalty split DUC's topics (F1 .83 ->
# .62 with a 90-day half-life).
TIME_BOOST = 0.5
HALF_LIFE_DAYS = 3.0
# Link lowered by this share when every article pair of the two stories is from one outlet: a
# second article of one outlet is more often another event than another source. Small, as DUC's
# three wire services cover every topic. Counted over article pairs, not as the overlap of the
# stories' outlet sets: two stories that each hold articles of the same three wires share only a
# third of their pairs' outlets, not all of them (B-cubed F1 with sets / pairs: DUC mix .822 /
# .827, one per outlet .841 / .848, the other views unchanged).
OUTLET_PENALTY = 0.1
# Where outlets do not repeat within a story (a feed where each outlet files a story once), an
# article's nearest neighbour is from its own outlet less often than chance: the penalty then
# rises to 1 - observed / expected share of such nearest pairs (the odds the collection itself
# gives against a same-outlet link), never above OUTLET_PENALTY_MAX (an outlet's update or
# correction may still be the same story). DUC's wires repeat within every topic (observed /
# expected: mix 2.0, 3 per story 2.4, TDT events 1.6): OUTLET_PENALTY stays. One per outlet: 0.43
# (penalty .57), its events 0.38 (.60). B-cubed F1 of that view .860 -> .912 (dev .885 -> .929,
# held out .936 -> .975), every other view unchanged.
OUTLET_PENALTY_MAX = 0.9
# Fewer articles with a known outlet than this: too few nearest pairs to read a share from.
OUTLET_MIN_ARTICLES = 10
# The neighbour whose cosine measures an article's density: the 3rd nearest. In a story of 2-3
# outlets (the smallest a feed gives) the 1st and 2nd may be the article's own story; the 3rd is
# then the nearest article of another story, which is how crowded its topic is. Chosen on DUC 2006
# + 2007 main (2nd, 3rd, 4th measured) and checked on DUC 2004 dev + 2007 update A (held out);
# see benchmarks/group_notes.md.
SCALE_NEIGHBOUR = 3
# Bound of the density ratio (median / density): a link is at most doubled or halved. In a story of
# four articles or more an article's 3rd neighbour is its own story, whose cohesion then reads as
# crowding: unbounded (x4), the four-article ferry story of examples/ (cosines .49-.62, no dates)
# fell apart in two. At x2: DUC mix F1 .825 (x4 .827), 3 per story .898 (.902), events alike.
SCALE_BOUND = 2.0
# Raise of a neighbour pair's link per share of shared neighbours: x1.2 when the two articles'
# neighbour lists are the same, x1 when they share no more than two random lists of their lengths
# would (deg_a * deg_b / (n - 2) articles: in a collection of a few hundred articles, every list
# meets every other by chance, and chance is no evidence). Measured at 0.1 / 0.2 / 0.3 (bar 0.13)
# on DUC 2006 + 2007 main, checked on DUC 2004 dev + 2007 update A: benchmarks/group_notes.md.
SHARED_WEIGHT = 0.2
# A neighbour pair whose cosine comes mostly from one shared term is no evidence of one event: its
# link loses the part of its cosine by which that term's share exceeds ONE_TERM_SHARE (all of it
# when the term is the whole cosine). In a folder of one town's news the town's name is in every
# article, and an article that shares nothing else with another (a zoo's otter cubs beside a
# storm) met it at cosine .2-.35 through the name alone, since terms of one article are pruned
# before the vectors are normalised. Two articles of one event share several of their words. On
# every view of benchmarks/stories.py no pair reaches the share with the words below left out
# (B-cubed F1 identical to the digit at .8 and .9); at .7 one per outlet falls .912 -> .909. On
# the views cut to titles and first sentences (feed items) it helps: one per outlet .707 -> .729.
ONE_TERM_SHARE = 0.8
# Second pass over the stories grown: stories that are pieces of one long-running topic (a mine's
# protests, then its court case three years later; a sect's crimes, then its trial) share a rare
# name that both use heavily, which no cosine over whole texts sees (the pieces' other words
# differ, and they are too far apart in time for the time bonus). Two stories are joined when a
# term is among the TOPIC_TERMS most characteristic of each (share of its articles using the term
# times the term's IDF), used by at least TOPIC_SHARE of the articles of each (and by two or
# more), by at most TOPIC_MAX_SHARE of the collection's articles (a rare name; without this test
# "Kenya", "Palestinian", "Microsoft", each used by 3-4% of the DUC mix, joined distinct topics of
# their subject), and by stories holding TOPIC_INSIDE of the articles that use it. Only stories whose
# middle half of articles (first to third quartile of their dates) spans TOPIC_SPAN_DAYS or more
# take part: an event's coverage is a burst of days, perhaps with stragglers weeks later (of the
# mix's 29 groups of DUC 2004's TDT events, 9 span 30 days or more end to end, 2 in their middle
# half; of its 98 groups of DUC 2006/2007 topics, 92 and 87), so two events about one name (two
# trials of one politician, a crash and its inquiry) are not joined, and undated stories never
# are. B-cubed F1 with benchmarks/stories.py (benchmarks/group_notes.md, round 4): DUC mix
# .841 -> .862 (topic gold .851 -> .878; DUC 2006 + 2007 main alone .832 -> .866), every event
# view unchanged to the digit, the TDT events inside the mix too (.849). Measuring the span end to
# end: mix .868 (EgyptAir 990's crash week joined its inquiry). TOPIC_SPAN_DAYS 7 / 60: mix .864 /
# .857, TDT events in the mix .843 / .849; 0: .869 / .841 (Anwar's arrest and trial, two Kurdish
# events, East Timor and Macau joined). TOPIC_MAX_SHARE .01 / .02 / .03: mix .846 / .862 / .859,
# TDT events in the mix .849 / .849 / .831, 3 per story .898 / .895 / .894. TOPIC_TERMS 4 / 8 /
# any: mix .853 / .862 / .849. TOPIC_INSIDE .6 / .8 / 0: .862 / .854 / .860. TOPIC_SHARE 0 / .7:
# .862 / .861 (the ranking already asks for heavy use). The small views do not test it: a name
# of a story of 2-3 articles in both stories is used by 4 or more articles, over 1.5% of any
# collection under 267 articles.
# A burst joins a long story too (round 5, benchmarks/group_notes.md): where a term qualifies for
# a long story, every story it qualifies for joins that one, long or not; two stories neither of
# them long are never joined. A topic's coverage over years has its weeks of many articles (a
# crash's final report, a trial's verdict, a comedian's stage week), which the agglomeration
# grows as stories of their own, a burst of days that round 4's test (both stories long) left
# out. The long story must hold TOPIC_LONG_ARTICLES articles or more: from five, the first and
# third quartile of its dates are two of its articles' own dates (positions 1 and 3 of 0-4) and
# its middle half holds three articles; with two to four articles the "middle half" is an
# interpolation, and two articles months apart are two mentions, not a running topic (at 2 a
# two-article story from 2000 naming "Kurdish" joined two TDT Kurdish events of 1998, and at 2 to
# 4 a four-article Macau piece on "Portuguese" and "colony" a TDT East Timor event: the TDT events
# in the mix .849 -> .823 at 2, .843 at 3 or 4; 5 to 8 give the same groups). DUC mix .862 ->
# .870 (DUC 2006 + 2007 main alone .866 -> .885; held out unchanged), the TDT events in the mix
# and every event view unchanged; the six joins added: EgyptAir 990's report week, Seinfeld's
# stage week, the line-item veto's court case, the Cyprus spies' sentencing, an autism piece,
# and one update A / main twin (the balloon flights).
TOPIC_SPAN_DAYS = 30.0
TOPIC_LONG_ARTICLES = 5
TOPIC_TERMS = 6
TOPIC_SHARE = 0.5
TOPIC_MAX_SHARE = 0.015
TOPIC_INSIDE = 0.7
# A third stage of the agglomeration (after the cores and the attach stage): a story joins a
# *long* one (TOPIC_LONG_ARTICLES articles or more, the middle half of their dates spanning
# TOPIC_SPAN_DAYS or more: a running topic) at LONG_JOIN times the bar, mutual best links as
# before. Events first, then the running topics they belong to: the pieces of a topic covered for
# years (a crime wave's statistics and its prisons, autism's studies and a family's case) link
# under the bar, and an event's coverage is a burst of days that is never long, so two events
# stay apart unless one of them has grown into a running story. B-cubed F1
# (benchmarks/group_notes.md, h89): chosen on DUC 2006 + 2007 main (.884 -> .907 / .902 / .898 /
# .896 at .8 / .85 / .9 / .95) and on the TDT events inside the full mix (.848 -> .805 / .837 /
# .847: below .9 a TDT event joins a DUC topic of its subject, the Microsoft trial the antitrust
# topic); DUC 2004 dev + 2007 update A unchanged (no story is long in 500 articles); the full mix
# .865 -> .872, 3 per story .902 -> .905, the event proxy of the unseen set and every other view
# unchanged.
LONG_JOIN = 0.9
# Two *bursts* (stories of two articles or more, all dated within BURST_SPAN_DAYS) at least
# BURST_APART_DAYS apart link BURST_FACTOR times as much: an event's coverage is a burst of days,
# and two bursts a month apart are two events of a subject (Russia's air raids on Chechnya in
# September and its border reopening in November; the embassy bombing's arrests in August and the
# indictment in September), whatever words they share. B-cubed F1 (benchmarks/group_notes.md,
# h89): the event proxy of the unseen set .930 -> .952 (DUC 2006 + 2007 main alone .896 ->
# .932), every DUC view unchanged to the digit (no two bursts a month apart are joined there
# across the bar); .6 / .9 and 0 alike; BURST_APART_DAYS 14: .964. A story grown into only
# bursts a month apart is split into them (``_split_bursts``, h94): the proxy .952 -> .975
# (P .912 -> .955, R .996 both), every DUC view unchanged to the digit; leaving one DUC set out
# each time, the proxy .887 / .955 / .955 / .960 -> .921 / .964 / .979 / .988.
BURST_FACTOR = 0.8
BURST_SPAN_DAYS = 3.0
BURST_APART_DAYS = 30.0
# Characters of an article without a date or an outlet read for its header lines (``_read_top``):
# a header, headline, byline, date line and dateline are all above the first paragraph's end.
TOP_CHARS = 3000
# Longest front matter (a Markdown file's "---" block) read whole before those: its 60 lines
# (``noise.MAX_FRONT_LINES``) at 330 characters each; a web clipper's, with a long description
# and tags, is a few thousand. Cleaning it costs about 4 ms (26,864 characters: 5 ms).
TOP_FRONT_CHARS = 20_000
_TOP_REASONS = frozenset({"header", "headline", "byline", "dateline"})
# Terms kept per article (the heaviest): bounds the cost of every product.
MAX_TERMS = 300
# Heaviest terms of an article that find its candidate neighbours: an event's names and words.
PROBE_TERMS = 30
# A term among the heaviest of more articles than this is a topic's word, not an event's: it
# finds no candidates (an event's coverage is joined through its rarer terms and through chains).
MAX_POSTINGS = 200
# Copies of one lead (word for word or near: COPY_SHARE) past which they are grouped as one, the
# first (with COPY_KEPT - 1 more): past NEIGHBOURS, each copy's nearest neighbours are its copies
# alone, and hundreds of them put every word among the heaviest of more than MAX_POSTINGS articles
# (200 copies were 200 stories; 200 near copies, an edit of its own in each, 4 or 5 stories). A
# few copies are grouped as any article is: collapsing DUC's 21 pairs moved the mix's B-cubed F1
# .865 -> .864 and its events .848 -> .845 (benchmarks/stories.py quality).
MAX_COPIES = NEIGHBOURS
# Words a lead needs to be a story's copy: a feed's stock line ("Read the full story on our
# website.") under each item's own headline is no copy of one story.
COPY_MIN_WORDS = 25
# Near copies count as copies: two leads sharing COPY_SHARE of their runs of COPY_RUN_WORDS words
# (resemblance, Broder 1997: distinct runs in both over runs in either) are one wire story as
# outlets carry it, a word changed, a paragraph trimmed, a local sentence added at the top (a
# 213-word story of five paragraphs: .96-.99, .77-.81, .94-.95 to the original; two copies each
# trimmed of another paragraph, .54 and up, are joined through the others). A feed's stock
# paragraph under items of their own, as long as each, shares .31. Copies are linked in chains;
# sets of them are grouped only past MAX_COPIES: DUC's mix holds 46 sets of 2 to 4 leads alike at
# .6, none more. Runs of three words, as stories.json's sketches (``stories.SKETCH_WORDS``).
COPY_SHARE = 0.6
COPY_RUN_WORDS = 3
# Near copies are found in linear time by min-hashing with banding (locality-sensitive hashing,
# Indyk and Motwani 1998; Leskovec, Rajaraman and Ullman, Mining of Massive Datasets ch. 3): each
# lead's COPY_BANDS * COPY_ROWS least hashes of its runs (``_min_hashes``); two leads whose
# COPY_ROWS hashes of one band are all equal are candidates (1 - (1 - r ** 4) ** 8 of the pairs
# of resemblance r: .6, .67; .8, .985; .3, .06), each compared to its bucket's first lead by
# their runs themselves. A set of hundreds of copies is joined even where a pair is missed.
COPY_BANDS = 8
COPY_ROWS = 4
# Copies of a set grouped as one that stay articles of their own, the first: one alone is a lone
# article, which joins its best-linked story at a lower bar (``ATTACH``): 250 near copies of a
# dam's spillway release, as one article, joined five reports of a school's planning vote (a
# scratch feed, benchmarks/group_notes.md). Two are a story from the start.
COPY_KEPT = 2
# Leads sketched at once: bounds the memory of their runs' hashes (about 40 bytes a character of
# their text: 256 leads of 500 words, about 30 MB).
COPY_BLOCK = 256
# An outlet's template: runs of COPY_RUN_WORDS words that more than SERIES_ARTICLES of one
# outlet's articles repeat word for word within their first SERIES_WORDS words, SERIES_OWN of the
# articles holding the run being that outlet's (else it is a phrase of the news: "the United States
# said"), one word of the run at least no function word (a run of function words, "when and where
# they", is every outlet's: in 16 copies of the DUC mix, stories.py memory, one article's 16
# copies were series items without this test). An article more than SERIES_SHARE of whose first
# words are its outlet's template is a *series item*: a daily forecast ("Harbourton can expect ...
# with winds of ... a high of"), a market report, a feed's stock line ("More at lennpost.example
# today.") under each item's own headline. Its template says nothing of which event it is on: the
# template's words leave its text (its headline and its own words tell the items apart), and two
# series items join only on one day (each day's forecast is that day's news; the template's frame
# aside, forecasts still share the weather's words: 28 daily forecasts of one outlet were one
# story). A series item and another article keep their link whatever their days: an outlet whose
# every page opens with furniture would have its reports of a running story as series items. On
# the views of benchmarks/stories.py no article is a series item (the most templated, NYT texts
# that are only a syndication notice: .43 of their first words), so none of them moves
# (SERIES_SHARE .4 / .3 / .2: DUC mix F1 .864 / .864 / .865, other views unchanged). A series is
# found from its SERIES_ARTICLES + 1st item: a week of forecasts is not.
SERIES_ARTICLES = MAX_COPIES
SERIES_WORDS = 40
SERIES_OWN = 0.9
SERIES_SHARE = 0.5
# Candidates per article scored exactly before its NEIGHBOURS best are kept.
CANDIDATES = 4 * NEIGHBOURS
# Candidate scores held at once by the neighbour search: 4M (about 100 MB of sparse triples).
BLOCK_CELLS = 1 << 22
# Story pairs whose link is computed at once: bounds the memory of the row products.
PAIR_BLOCK = 4096


def group_stories(
    documents: Iterable[Document | str],
    *,
    threshold: float = THRESHOLD,
    neighbors: int = NEIGHBOURS,
    scheduler: str | None = None,
) -> tuple[tuple[Document, ...], ...]:
    """Group articles into stories: one group per event, every article in exactly one group.

    Stories of one long-running topic that share a rare name used by most of their articles (a
    mine's protests, its court case years later) are one group when one of them is spread over a
    month or more (the middle half of its articles' dates, five articles or more); the other may
    be a burst of days on that name.

    Parameters
    ----------
    documents : iterable of Document or str
        The articles, from any number of outlets and events, as ``summarize`` takes them: a
        ``str`` is an article's text, and an article without an id is given ``doc1``, ``doc2``
        ... by its position (a repeated id ``-2``, ``-3``), so the ids are those ``summarize``
        gives the same list. ``title``, ``date`` (ISO 8601)
        and ``source`` are used when present; an article without a date or an outlet is read
        as cleaning reads it (its header lines may give both, and its headline), so a folder
        of plain text articles is grouped with its dates and outlets.
    threshold : float
        Group-average cosine in (0, 1] at which two stories merge; higher gives smaller stories.
    neighbors : int
        Nearest articles considered per article.
    scheduler : str, optional
        Address of a Dask scheduler (``tcp://host:port``): the neighbour search, the costly part,
        runs there a block of articles per task (the vectors are sent to every worker once); the
        vectors and the merging stay in this process, whose memory grows linearly. The same
        stories as without it. Needs ``dask[distributed]``.

    Returns
    -------
    tuple of tuple of Document
        The stories, each in input order, ordered by their first article's input position; a
        ``str`` given comes back as a ``Document``. The same input gives the same groups.

    Raises
    ------
    TypeError
        ``documents`` is a lone ``str`` or ``Document``, or not a collection of ``Document`` or
        ``str``.
    ConfigError
        ``threshold`` or ``neighbors`` is out of range, or a document's ``language`` is not
        one of ``LANGUAGES`` (as ``summarize`` refuses it).
    ResourceError
        ``scheduler`` is given but dask.distributed is not installed.
    SchedulerError
        The scheduler cannot be reached.

    Examples
    --------
    >>> from summarizer import Document
    >>> docs = [Document("The river bridge in Lynfield reopened on Monday after repairs.", id="a"),
    ...         Document("Lynfield's river bridge reopened Monday, ending two years of repairs.", id="b"),
    ...         Document("A storm cut power to ten thousand homes on the coast.", id="c")]
    >>> [[d.id for d in story] for story in group_stories(docs)]
    [['a', 'b'], ['c']]
    """
    docs = _as_documents(documents)
    if (
        isinstance(threshold, bool)
        or not isinstance(threshold, (int, float))
        or not 0 < threshold <= 1
    ):
        raise ConfigError(f"threshold must be a number in (0, 1]; got {threshold!r}")
    if isinstance(neighbors, bool) or not isinstance(neighbors, int) or neighbors < 1:
        raise ConfigError(f"neighbors must be a positive whole number; got {neighbors!r}")
    if len(docs) < 2:
        return (docs,) if docs else ()
    labels = cluster_labels(
        docs, threshold=float(threshold), neighbors=neighbors, scheduler=scheduler
    )
    groups: dict[int, list[Document]] = {}
    for doc, label in zip(docs, labels.tolist()):
        groups.setdefault(label, []).append(doc)
    return tuple(tuple(group) for group in groups.values())


def _as_documents(documents: Iterable[Document | str]) -> tuple[Document, ...]:
    """The articles as ``summarize`` reads them (a ``str`` is a Document, ids ``doc1`` ...)."""
    docs = as_documents(documents, allow_empty=True, call="group_stories")
    for doc in docs:
        if doc.language:  # as summarize refuses it, not detected over (pipeline._languages)
            check_language(doc.language, f"document {doc.id!r}")
    return docs


def cluster_labels(
    docs: Sequence[Document],
    *,
    threshold: float = THRESHOLD,
    neighbors: int = NEIGHBOURS,
    scheduler: str | None = None,
) -> np.ndarray:
    """A story label per article (labels are the position of the story's first article).

    More than ``MAX_COPIES`` articles whose leads are copies (``_lead``, word for word or near:
    ``COPY_SHARE``; a wire story many outlets carry, under headlines of their own, some with an
    edit of their own) are grouped as one, the first ``COPY_KEPT`` of them: each is the others'
    story, and hundreds of copies would put every word of theirs among the heaviest of more than
    ``MAX_POSTINGS`` articles, which then find no neighbour at all, or fill each other's
    ``NEIGHBOURS`` with the copies most like them (those of one edit), in stories apart."""
    docs = [_read_top(doc) for doc in docs]
    leads = [_lead(doc) for doc in docs]
    first = _first_copies(leads)
    if (first != np.arange(len(docs))).any():
        unique = np.flatnonzero(first == np.arange(len(docs)))
        read = [docs[i] for i in unique]
        labels = _cluster_read(
            read,
            [leads[i] for i in unique],
            threshold=threshold,
            neighbors=neighbors,
            scheduler=scheduler,
        )
        at = np.zeros(len(docs), dtype=np.int64)
        at[unique] = np.arange(len(unique))
        copied: np.ndarray = unique[labels][at[first]]  # each article, its first copy's label
        return copied
    return _cluster_read(docs, leads, threshold=threshold, neighbors=neighbors, scheduler=scheduler)


def _first_copies(leads: Sequence[str]) -> np.ndarray:
    """For each article (its lead, ``_lead``), the position of the first article of its near
    copies (leads of ``COPY_SHARE`` of their runs of words alike, linked in chains), when more than
    ``MAX_COPIES`` articles are such copies; its own otherwise, or when its lead is shorter than
    ``COPY_MIN_WORDS``. Candidates from min-hash bands (``COPY_BANDS``), each checked against its
    bucket's first lead: at most ``COPY_BANDS`` checks per article, no pair of all."""
    from scipy.sparse import csr_matrix as _csr
    from scipy.sparse.csgraph import connected_components

    n = len(leads)
    own = np.arange(n, dtype=np.int64)
    long = np.array([lead.count(" ") + 1 >= COPY_MIN_WORDS for lead in leads], dtype=bool)
    if n <= MAX_COPIES or int(long.sum()) <= MAX_COPIES:
        return own
    sketched = np.flatnonzero(long)
    sketches = _min_hashes([leads[i] for i in sketched.tolist()])
    found_a, found_b = [], []
    for band in range(COPY_BANDS):
        bucket = np.zeros(len(sketched), dtype=np.uint64)
        for column in sketches[:, band * COPY_ROWS : (band + 1) * COPY_ROWS].T:
            bucket = bucket * np.uint64(_RUN_BASE) + column  # one number (a rare clash: checked)
        order = np.argsort(bucket, kind="stable")  # each bucket's first lead first
        starts = np.r_[True, bucket[order][1:] != bucket[order][:-1]]
        head = order[np.flatnonzero(starts)[np.cumsum(starts) - 1]]
        found_a.append(sketched[head[~starts]])
        found_b.append(sketched[order[~starts]])
    pairs = _unique_pairs(np.concatenate(found_a), np.concatenate(found_b))
    if not len(pairs):
        return own
    checked = np.unique(pairs)  # the leads compared: their distinct runs, a block at a time
    runs: list[np.ndarray] = []
    for begin in range(0, len(checked), COPY_BLOCK):
        block, offsets, _ = _lead_runs([leads[i] for i in checked[begin : begin + COPY_BLOCK]])
        runs.extend(np.unique(block[offsets[i] : offsets[i + 1]]) for i in range(len(offsets) - 1))
    at = np.searchsorted(checked, pairs)
    alike = [_resemblance(runs[i], runs[j]) >= COPY_SHARE for i, j in at.tolist()]
    pairs = pairs[np.array(alike, dtype=bool)]
    graph = _csr((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
    _, component = connected_components(graph, directed=False)
    size = np.bincount(component)
    order = np.argsort(component, kind="stable")  # each set's copies in input order
    starts = np.r_[0, np.cumsum(size)[:-1]]
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n) - starts[component[order]]
    first = order[starts]
    grouped = (size[component] > MAX_COPIES) & (rank >= COPY_KEPT)
    return np.where(grouped, first[component], own)


def _lead_runs(
    leads: Sequence[str], powers: tuple[np.ndarray, np.ndarray] | None = None
) -> tuple[np.ndarray, np.ndarray, tuple[np.ndarray, np.ndarray]]:
    """The 64-bit hashes of each lead's runs of ``COPY_RUN_WORDS`` words (casefolded; words one
    space apart, as ``_lead`` gives them), concatenated, and where each lead's runs begin (one
    offset more than leads). Each run's hash is a polynomial over its UTF-8 bytes (mod 2**64),
    read off prefix sums of the bytes weighted by the powers of the base's inverse: a few passes
    over the text, no loop over words; and the ``_run_powers`` used (``powers`` when long enough,
    for the next leads)."""
    data = np.frombuffer("\n".join(leads).casefold().encode("utf-8", "surrogatepass"), np.uint8)
    if powers is None or len(powers[0]) <= len(data):
        powers = _run_powers(len(data) + len(data) // 4 + 1)
    power, inverse = powers
    breaks = np.flatnonzero((data == 32) | (data == 10))
    word_start = np.r_[0, breaks + 1]
    word_end = np.r_[breaks, len(data)]
    newlines = np.flatnonzero(data == 10)
    lead = np.asarray(np.searchsorted(newlines, word_start))  # the lead of each word
    last = COPY_RUN_WORDS - 1
    run = np.flatnonzero(lead[last:] == lead[: len(lead) - last])  # runs of one lead's words
    start, end = word_start[run], word_end[run + last]
    prefix = np.zeros(len(data) + 1, dtype=np.uint64)
    np.cumsum(data * inverse[: len(data)], out=prefix[1:])
    # Each run's bytes b_j, j from start to end: the sum of b_j * base ** (end - j).
    hashes: np.ndarray = (prefix[end] - prefix[start]) * power[end]
    offsets = np.searchsorted(lead[run], np.arange(len(leads) + 1))
    return hashes, offsets, powers


def _run_powers(length: int) -> tuple[np.ndarray, np.ndarray]:
    """The powers of ``_RUN_BASE`` and of its inverse, mod 2**64, from 0 to ``length - 1``."""
    powers = []
    for base in (_RUN_BASE, _RUN_INVERSE):
        power = np.full(length, base, dtype=np.uint64)
        power[0] = 1
        powers.append(np.cumprod(power))  # products wrap: mod 2**64
    return powers[0], powers[1]


def _min_hashes(leads: Sequence[str]) -> np.ndarray:
    """Each lead's min-hash sketch, a row per lead: the least hash of its runs (``_lead_runs``)
    in each of ``COPY_BANDS * COPY_ROWS`` bins, under a fixed hash function (multiply-shift;
    another one picks the bin: one-permutation hashing, Li, Owen and Zhang 2012, one pass instead
    of one per function). A bin no run falls in (a short lead has a few) takes the value of the
    next bin that has one, marked by how far it is (densification by rotation, Shrivastava and
    Li 2014), so that two short leads alike still meet in a band. Leads of at least
    ``COPY_RUN_WORDS`` words, ``COPY_BLOCK`` at a time."""
    width = COPY_BANDS * COPY_ROWS
    sketches = np.full((len(leads), width), _EMPTY_BIN, dtype=np.uint64)
    powers = None
    for begin in range(0, len(leads), COPY_BLOCK):
        runs, offsets, powers = _lead_runs(leads[begin : begin + COPY_BLOCK], powers)
        high = np.uint64(32)
        column = ((runs * _MULTIPLIERS[0] + _ADDENDS[0]) >> high) * np.uint64(width) >> high
        value = (runs * _MULTIPLIERS[1] + _ADDENDS[1]) >> high
        lead = np.repeat(np.arange(len(offsets) - 1), np.diff(offsets))
        block = sketches[begin : begin + len(offsets) - 1]
        np.minimum.at(block, (lead, column.astype(np.intp)), value)
    filled = sketches.copy()
    for step in range(1, width):
        empty = filled == _EMPTY_BIN
        if not empty.any():
            break
        later = np.roll(sketches, -step, axis=1)  # the bin ``step`` further on, circularly
        take = empty & (later != _EMPTY_BIN)
        filled[take] = later[take] + np.uint64(step) * _EMPTY_BIN * np.uint64(2)
    return filled


def _resemblance(a: np.ndarray, b: np.ndarray) -> float:
    """Distinct runs in both over distinct runs in either (``a``, ``b`` sorted, distinct)."""
    shared = len(np.intersect1d(a, b, assume_unique=True))
    return shared / (len(a) + len(b) - shared)


_EMPTY_BIN = np.uint64(1 << 32)  # above every 32-bit hash value (and below the values borrowed)
_RUN_BASE = 0x100000001B3  # FNV's 64-bit prime, odd: it has an inverse mod 2**64
_RUN_INVERSE = pow(_RUN_BASE, -1, 1 << 64)
# Two multiply-shift hash functions (odd multipliers): a run's bin, its value. Constants, so the
# same leads give the same copies on every run and machine (drawn once from numpy's PCG64, seeds
# 20261129 and 20261130, and written here: a generator's stream may change between versions).
_MULTIPLIERS = np.array([0x3885080DF688B519, 0x28F130C7DDA04873], dtype=np.uint64)
_ADDENDS = np.array([0x53DC352466A255B4, 0x29521A3D383589D3], dtype=np.uint64)


def _series_items(docs: Sequence[Document], leads: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """The leads with their outlet's template words left out where an article is a series item
    (``SERIES_SHARE`` of its first ``SERIES_WORDS`` words in runs that more than
    ``SERIES_ARTICLES`` articles of its outlet repeat, ``SERIES_OWN`` of the articles holding the
    run that outlet's), and which articles are; a series item loses the runs of its whole lead
    that more than ``SERIES_ARTICLES`` series items of its outlet repeat. Linear: the runs of each
    article's first words, sorted, then those of the series items' leads."""
    series = np.zeros(len(docs), dtype=bool)
    outlets = _outlet_codes(docs)
    code = (outlets + 1).astype(np.uint64)  # 0: no outlet known
    if not (np.bincount(outlets[outlets >= 0]) > SERIES_ARTICLES).any():
        return list(leads), series
    heads = [" ".join(lead.split(" ", SERIES_WORDS)[:SERIES_WORDS]) for lead in leads]
    runs, offsets = _block_runs(heads)
    owner = np.repeat(np.arange(len(docs)), np.diff(offsets))
    # A run with its outlet as one number (a rare clash: one run miscounted), once per article.
    key = runs * np.uint64(_RUN_BASE) + code[owner]
    _, once = np.unique(key * np.uint64(_RUN_BASE) + owner.astype(np.uint64), return_index=True)
    _, by_outlet, held = np.unique(key[once], return_inverse=True, return_counts=True)
    _, by_run, holders = np.unique(runs[once], return_inverse=True, return_counts=True)
    held, holders = held[by_outlet.ravel()], holders[by_run.ravel()]
    content = _content_runs(heads, offsets)[once]
    mine = (held > SERIES_ARTICLES) & (held >= SERIES_OWN * holders) & content
    mine &= code[owner[once]] > 0
    template = np.unique(key[once][mine])
    if not len(template):
        return list(leads), series
    covered, starts = _covered_words(np.isin(key, template), offsets)
    words = np.diff(starts)
    shared = np.bincount(np.repeat(np.arange(len(docs)), words), covered, minlength=len(docs))
    series[shared > SERIES_SHARE * np.maximum(words, 1)] = True
    out = list(leads)
    found = np.flatnonzero(series)
    if not len(found):
        return out, series
    # Their whole leads: the runs more than SERIES_ARTICLES series items of one outlet repeat.
    runs, offsets = _block_runs([leads[i] for i in found.tolist()])
    owner = np.repeat(np.arange(len(found)), np.diff(offsets))
    key = runs * np.uint64(_RUN_BASE) + code[found[owner]]
    _, once = np.unique(key * np.uint64(_RUN_BASE) + owner.astype(np.uint64), return_index=True)
    repeated, held = np.unique(key[once], return_counts=True)
    covered, starts = _covered_words(np.isin(key, repeated[held > SERIES_ARTICLES]), offsets)
    for j, i in enumerate(found.tolist()):
        gone = covered[starts[j] : starts[j + 1]].tolist()
        out[i] = " ".join(word for word, cut in zip(leads[i].split(" "), gone) if not cut)
    return out, series


def _content_runs(texts: Sequence[str], offsets: np.ndarray) -> np.ndarray:
    """Whether each run of ``texts`` (``_block_runs``) holds a word with a letter that is no
    function word of any language (``_stop_words``): a run of function words ("when and where
    they") is in every outlet's articles, and repeated more than ``SERIES_ARTICLES`` times by any
    large one."""
    stop = _all_stop_words()
    flags = [
        not (word.strip(_PUNCTUATION) in stop or not any(c.isalpha() for c in word))
        for text in texts
        for word in (text.casefold().split(" ") if text.count(" ") >= COPY_RUN_WORDS - 1 else ())
    ]
    word = np.array(flags, dtype=bool)
    counts = np.diff(offsets)
    starts = np.r_[0, np.cumsum(np.where(counts > 0, counts + COPY_RUN_WORDS - 1, 0))]
    owner = np.repeat(np.arange(len(counts)), counts)
    at = starts[owner] + np.arange(int(offsets[-1])) - offsets[owner]  # each run's first word
    held = np.zeros(len(at), dtype=bool)
    for step in range(COPY_RUN_WORDS):
        held |= word[at + step]
    return held


_PUNCTUATION = "\"'()[]{}<>.,;:!?-_*/|#&%$@`~^=+"


@lru_cache(maxsize=1)
def _all_stop_words() -> frozenset[str]:
    """The function words of every language of ``LANGUAGES`` (``_stop_words``), lower case."""
    from .lexicon import LANGUAGES

    return frozenset().union(*(_stop_words(language) for language in LANGUAGES))


def _block_runs(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """``_lead_runs`` of ``texts`` (their hashes and where each text's begin), ``COPY_BLOCK``
    texts at a time: its prefix sums cost about 40 bytes a character."""
    found, offsets, powers, at = [], [np.zeros(1, dtype=np.int64)], None, 0
    for begin in range(0, len(texts), COPY_BLOCK):
        runs, starts, powers = _lead_runs(texts[begin : begin + COPY_BLOCK], powers)
        found.append(runs)
        offsets.append(starts[1:] + at)
        at += len(runs)
    runs = np.concatenate(found) if found else np.zeros(0, dtype=np.uint64)
    return runs, np.concatenate(offsets)


def _covered_words(flagged: np.ndarray, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For runs (``_lead_runs``: each text's runs from ``offsets``) of which ``flagged`` are
    chosen, whether each word of each text is in a chosen run, and where each text's words begin
    (a text of ``m`` runs has ``m + COPY_RUN_WORDS - 1`` words; one with none, none counted)."""
    counts = np.diff(offsets)
    words = np.where(counts > 0, counts + COPY_RUN_WORDS - 1, 0)
    starts = np.r_[0, np.cumsum(words)]
    covered = np.zeros(int(starts[-1]), dtype=bool)
    owner = np.repeat(np.arange(len(counts)), counts)
    at = starts[owner] + np.arange(len(flagged)) - offsets[owner]  # each run's first word
    for step in range(COPY_RUN_WORDS):
        covered[at[flagged] + step] = True
    return covered, starts


def _cluster_read(
    docs: Sequence[Document],
    leads: Sequence[str],
    *,
    threshold: float,
    neighbors: int,
    scheduler: str | None,
) -> np.ndarray:
    """``cluster_labels`` of articles read (``_read_top``), their leads (``_lead``) given."""
    if len(docs) < 2:
        return np.zeros(len(docs), dtype=np.int64)
    leads, series = _series_items(docs, leads)
    matrix = _vectors(docs, leads)
    rows, cols, cosine = _neighbours(matrix, neighbors, scheduler)
    matrix = _scaled_by_density(matrix, rows, cols, cosine)
    days = np.array([_day(doc.date) for doc in docs], dtype=np.float64)
    if series.any():  # two series items join only on one day (undated: any)
        apart = series[rows] & series[cols] & (np.abs(days[rows] - days[cols]) > 0)
        rows, cols = rows[~apart], cols[~apart]
    outlets = _outlet_codes(docs)
    raises = _shared_neighbour_raises(matrix, rows, cols) - _one_term_cuts(matrix, rows, cols)
    penalty = _outlet_penalty(rows, cols, outlets)
    root = _agglomerate(matrix, rows, cols, days, outlets, threshold, raises, penalty)
    return _join_topics(matrix, _split_bursts(root, days), days)


def _split_bursts(root: np.ndarray, days: np.ndarray) -> np.ndarray:
    """Stories (``root``: a label per article) made only of bursts, runs of two articles or more
    within ``BURST_SPAN_DAYS``, ``BURST_APART_DAYS`` or more apart, split into those bursts: the
    burst rule of ``_links`` seen whatever the order of the merges (a burst grown one article at a
    time across the month cannot show itself as one). A story with an undated article, or any run
    of one article or over ``BURST_SPAN_DAYS``, is kept whole. Linear after one sort."""
    n = len(root)
    if n < 4 or BURST_FACTOR >= 1:
        return root
    order = np.lexsort((days, root))  # each story's articles by date, the undated last
    story, day = root[order], days[order]
    opens = np.r_[True, story[1:] != story[:-1]]
    run = np.cumsum(opens | np.r_[False, np.diff(day) >= BURST_APART_DAYS]) - 1
    count = np.bincount(run)
    starts = np.flatnonzero(np.r_[True, run[1:] != run[:-1]])
    span = day[starts + count - 1] - day[starts]  # NaN where a run holds an undated article
    burst = (count >= 2) & (span <= BURST_SPAN_DAYS)
    owner = np.cumsum(opens) - 1  # each sorted article's story
    runs_of = np.bincount(owner[starts], minlength=int(owner[-1]) + 1)
    no_burst = np.bincount(owner[starts][~burst], minlength=len(runs_of))
    split = (runs_of >= 2) & (no_burst == 0)
    if not split.any():
        return root
    first = np.full(len(count), n)
    np.minimum.at(first, run, order)  # each run's first article: its label
    cut = split[owner]
    labels = root.copy()
    labels[order[cut]] = first[run[cut]]
    return labels


def _join_topics(matrix: csr_matrix, root: np.ndarray, days: np.ndarray) -> np.ndarray:
    """Stories (``root``: a label per article) joined where a rare term names both: among the
    ``TOPIC_TERMS`` most characteristic terms of each (share of the story's articles using it
    times its IDF), used by ``TOPIC_SHARE`` of each story's articles, by at most
    ``TOPIC_MAX_SHARE`` of all articles, ``TOPIC_INSIDE`` of them in the stories it qualifies for;
    the stories a term qualifies for join the first *long* one among them (``TOPIC_LONG_ARTICLES``
    articles or more, the middle half of their dates spanning ``TOPIC_SPAN_DAYS`` or more), so
    two stories neither of them long are never joined. Linear: a story-by-term count matrix (at
    most one entry per article's term) and a sparse graph of the stories joined."""
    from scipy.sparse import csr_matrix as _csr
    from scipy.sparse.csgraph import connected_components

    n = matrix.shape[0]
    labels, story = np.unique(root, return_inverse=True)  # labels: each story's first article
    m = len(labels)
    size = np.bincount(story, minlength=m)
    long = (size >= TOPIC_LONG_ARTICLES) & (_middle_span(story, days, m) >= TOPIC_SPAN_DAYS)
    if not long.any() or not matrix.nnz:
        return root
    presence = _csr((np.ones(matrix.nnz), matrix.indices, matrix.indptr), shape=matrix.shape)
    used = np.bincount(presence.indices, minlength=presence.shape[1])  # articles using each term
    members = np.flatnonzero(size[story] >= 2)
    counts = (
        _csr((np.ones(len(members)), (story[members], members)), shape=(m, n)) @ presence
    ).tocoo()
    group, term, count = counts.row, counts.col, counts.data
    share = count / size[group]
    weight = share * np.log(n / used[term])
    order = np.lexsort((term, -weight, group))  # each story's terms, most characteristic first
    group, term, count, share = group[order], term[order], count[order], share[order]
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    rank = np.arange(len(group)) - np.repeat(starts, np.diff(np.r_[starts, len(group)]))
    keep = (
        (rank < TOPIC_TERMS)
        & (count >= 2)
        & (share >= TOPIC_SHARE)
        & (used[term] <= TOPIC_MAX_SHARE * n)
    )
    group, term, count = group[keep], term[keep], count[keep]
    inside = np.bincount(term, weights=count, minlength=len(used))
    holders = np.bincount(term, minlength=len(used))
    keep = (holders[term] >= 2) & (inside[term] >= TOPIC_INSIDE * used[term])
    order = np.lexsort((group[keep], ~long[group[keep]], term[keep]))  # a term's long stories first
    group, term = group[keep][order], term[keep][order]
    starts = np.flatnonzero(np.r_[True, term[1:] != term[:-1]])
    head = group[np.repeat(starts, np.diff(np.r_[starts, len(term)]))]  # its first long story
    join = long[head] & (group != head)
    if not join.any():
        return root
    graph = _csr((np.ones(int(join.sum())), (head[join], group[join])), shape=(m, m))
    _, component = connected_components(graph, directed=False)
    first_article = np.full(int(component.max()) + 1, n)
    np.minimum.at(first_article, component, labels)
    joined: np.ndarray = first_article[component][story]
    return joined


def _middle_span(story: np.ndarray, days: np.ndarray, m: int) -> np.ndarray:
    """Days between the 1st and 3rd quartile of each story's dated articles (linear
    interpolation, as ``np.percentile``); -1 for a story with none dated."""
    dated = np.flatnonzero(~np.isnan(days))
    order = dated[np.lexsort((days[dated], story[dated]))]
    values, owner = days[order], story[order]
    count = np.bincount(owner, minlength=m)
    start = np.concatenate([[0], np.cumsum(count)[:-1]])
    span = np.full(m, -1.0)
    have = np.flatnonzero(count)

    def quantile(q: float) -> np.ndarray:
        position = start[have] + q * (count[have] - 1)
        low = np.floor(position).astype(np.int64)
        high = np.minimum(low + 1, start[have] + count[have] - 1)
        found: np.ndarray = values[low] + (position - low) * (values[high] - values[low])
        return found

    span[have] = quantile(0.75) - quantile(0.25)
    return span


def _outlet_penalty(rows: np.ndarray, cols: np.ndarray, outlets: np.ndarray) -> float:
    """``OUTLET_PENALTY``, or more where an article's nearest neighbour is from its own outlet
    less often than chance: ``1 - observed / expected``, up to ``OUTLET_PENALTY_MAX``."""
    if not len(rows):
        return OUTLET_PENALTY
    first = np.r_[True, rows[1:] != rows[:-1]]  # each article's nearest: its first pair
    a, b = rows[first], cols[first]
    known = (outlets[a] >= 0) & (outlets[b] >= 0)
    if known.sum() < OUTLET_MIN_ARTICLES:
        return OUTLET_PENALTY
    a, b = a[known], b[known]
    counts = np.bincount(outlets[outlets >= 0])
    expected = float(np.mean((counts[outlets[a]] - 1) / max(int(counts.sum()) - 1, 1)))
    observed = float(np.mean(outlets[a] == outlets[b]))
    if expected <= 0:
        return OUTLET_PENALTY
    return float(np.clip(1.0 - observed / expected, OUTLET_PENALTY, OUTLET_PENALTY_MAX))


def _shared_neighbour_raises(matrix: csr_matrix, rows: np.ndarray, cols: np.ndarray) -> csr_matrix:
    """Article by article (symmetric, neighbour pairs only): each pair's scaled cosine times
    ``SHARED_WEIGHT`` times the share of the two articles' neighbours (either direction) they
    share beyond chance, over the shorter of their two lists."""
    from scipy.sparse import csr_matrix as _csr

    n = matrix.shape[0]
    pairs = _unique_pairs(rows, cols)
    a, b = pairs[:, 0], pairs[:, 1]
    if not len(a) or not SHARED_WEIGHT:
        return _csr((n, n))
    linked = _csr((np.ones(2 * len(a)), (np.r_[a, b], np.r_[b, a])), shape=(n, n))
    degree = np.diff(linked.indptr).astype(np.float64)
    shared = _row_dots(linked, linked, a, b)
    chance = degree[a] * degree[b] / max(n - 2, 1)
    share = np.maximum(shared - chance, 0.0) / np.minimum(degree[a], degree[b])
    raise_ = SHARED_WEIGHT * share * _row_dots(matrix, matrix, a, b)
    keep = raise_ > 0
    a, b, raise_ = a[keep], b[keep], raise_[keep]
    return _csr((np.r_[raise_, raise_], (np.r_[a, b], np.r_[b, a])), shape=(n, n))


def _one_term_cuts(matrix: csr_matrix, rows: np.ndarray, cols: np.ndarray) -> csr_matrix:
    """Article by article (symmetric, neighbour pairs only): the part of each pair's cosine by
    which its heaviest shared term's share of it exceeds ``ONE_TERM_SHARE``, scaled to the whole
    cosine when that term is all the pair shares."""
    from scipy.sparse import csr_matrix as _csr

    n = matrix.shape[0]
    pairs = _unique_pairs(rows, cols)
    a, b = pairs[:, 0], pairs[:, 1]
    top, cosine = np.zeros(len(a)), np.zeros(len(a))
    for start in range(0, len(a), PAIR_BLOCK):
        stop = start + PAIR_BLOCK
        product = matrix[a[start:stop]].multiply(matrix[b[start:stop]]).tocsr()
        top[start:stop] = product.max(axis=1).toarray().ravel()
        cosine[start:stop] = np.asarray(product.sum(axis=1)).ravel()
    share = top / np.maximum(cosine, np.finfo(np.float64).tiny)
    cut = cosine * np.clip((share - ONE_TERM_SHARE) / (1.0 - ONE_TERM_SHARE), 0.0, 1.0)
    keep = cut > 0
    a, b, cut = a[keep], b[keep], cut[keep]
    return _csr((np.r_[cut, cut], (np.r_[a, b], np.r_[b, a])), shape=(n, n))


def _scaled_by_density(
    matrix: csr_matrix, rows: np.ndarray, cols: np.ndarray, cosine: np.ndarray | None = None
) -> csr_matrix:
    """Each row times ``sqrt(median density / its density)`` (clipped to ``SCALE_BOUND``), in
    place (no copy of the vectors), where an article's density is its cosine to its
    ``SCALE_NEIGHBOUR``-th nearest neighbour (its farthest when it has fewer; none: the median,
    no change). ``cosine``: the pairs' cosines when known (``_neighbours``)."""
    n = matrix.shape[0]
    if cosine is None:
        cosine = _row_dots(matrix, matrix, rows, cols)
    order = np.lexsort((-cosine, rows))
    rows, cosine = rows[order], cosine[order]
    counts = np.bincount(rows, minlength=n)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    have = counts > 0
    if not have.any():
        return matrix
    density = np.empty(n)
    density[have] = cosine[(starts + np.minimum(counts, SCALE_NEIGHBOUR) - 1)[have]]
    median = float(np.median(density[have]))
    density[~have] = median
    ratio = np.clip(median / density, 1 / SCALE_BOUND, SCALE_BOUND)
    matrix.data *= np.repeat(np.sqrt(ratio), np.diff(matrix.indptr)).astype(matrix.dtype)
    return matrix


def _vectors(docs: Sequence[Document], leads: Sequence[str] | None = None) -> csr_matrix:
    from sklearn.feature_extraction.text import TfidfVectorizer

    if leads is None:
        texts = [_article_text(doc) for doc in docs]
    else:  # the leads read already
        texts = [_article_text(doc, lead) for doc, lead in zip(docs, leads)]
    languages = [_language(doc) for doc in docs]
    items: Sequence[object] = texts
    if all(language == "en" for language in languages):
        vectorizer = TfidfVectorizer(
            stop_words=sorted(_stop_words()), sublinear_tf=True, min_df=2, dtype=np.float32
        )
    else:
        # Each article without the function words of its own language: a Spanish and an Italian
        # report share "la", "del", "una", "al", "ha", which the English list keeps, and were one
        # story. The words are the default vectoriser's (lower case, two word characters or more).
        vectorizer = TfidfVectorizer(
            analyzer=_content_words, sublinear_tf=True, min_df=2, dtype=np.float32
        )
        items = list(zip(languages, texts))
    try:
        matrix = vectorizer.fit_transform(items)
    except ValueError:  # no term in two articles: every article is its own story
        from scipy.sparse import csr_matrix

        return csr_matrix((len(docs), 1), dtype=np.float32)
    return _top_terms(matrix.tocsr(), MAX_TERMS)


def _language(doc: Document) -> str:
    """The article's language: the one it gives, else the one its opening reads as."""
    from .langdetect import detect_language
    from .lexicon import LANGUAGES

    return doc.language if doc.language in LANGUAGES else detect_language(doc.text)


# A word as scikit-learn's vectoriser finds one (its default ``token_pattern``).
_WORD = re.compile(r"(?u)\b\w\w+\b")


def _content_words(item: tuple[str, str]) -> list[str]:
    """The words of ``(language, text)`` outside that language's ``_stop_words``, lower case."""
    language, text = item
    stop = _stop_words(language)
    return [word for word in _WORD.findall(text.lower()) if word not in stop]


@lru_cache(maxsize=8)
def _stop_words(language: str = "en") -> frozenset[str]:
    """Words that say nothing of which event an article is on, in ``language``: its function
    words (in English scikit-learn's list), news's reporting verbs and honorifics ("said",
    "told", "mr"; ``news_words.txt``), weekdays and months (when an article
    was written is its date's to say: ``TIME_BOOST``). In a few articles of one place "said" and
    "Wednesday" were most of what two unrelated stories shared (``ONE_TERM_SHARE``). B-cubed F1
    (benchmarks/stories.py, with the one-term cut; before -> after): DUC mix .870 -> .865, 3 per
    story .898 -> .902, bare .892 -> .887, TDT 3 per story .981 -> .975 (undated .924 -> .934),
    one per outlet .912 and its TDT events .914 unchanged, all TDT events .932 (undated .882 ->
    .883): one or two articles either way; the mix loses recall (these words added a little to
    every cosine)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from .lexicon import get_lexicon, read_lines
    from .score import NEWS_STOP_WORDS

    lexicon = get_lexicon(language)
    calendar = lexicon.weekdays | lexicon.weekday_abbreviations | lexicon.months
    if language == "en":
        return frozenset(ENGLISH_STOP_WORDS | NEWS_STOP_WORDS | calendar)
    # The other languages: the function words and news words the score stage leaves out.
    more = read_lines(language, "more_stop_words.txt") + read_lines(language, "news_words.txt")
    return lexicon.stop_words | frozenset(word.lower() for word in more) | calendar


def _read_top(doc: Document) -> Document:
    """``doc`` with the metadata of its top lines when it lacks a date or an outlet: an article
    given as plain text carries them there (" date 2024-11-25 Meridian Press", "November 25,
    2024", "BRENNICK (Meridian Press) -"), with its headline, and only cleaning reads them. Its
    front matter (whole, up to ``TOP_FRONT_CHARS``) and the first ``TOP_CHARS`` after it (to a
    paragraph break) are cleaned; the front matter, header, headline, byline and dateline found
    there leave its text, so that the headline counts as its title does (``TITLE_WEIGHT``) and
    the header's words not at all. ``doc`` itself when both are given (as feeds, HTML pages and
    records give them)."""
    if doc.date is not None and doc.source is not None:
        return doc
    from .clean import clean_document
    from .noise import front_matter_end

    text = doc.text
    # Cut inside it, a front matter longer than TOP_CHARS gave no title, date or outlet. Its
    # end is looked for in whole lines (a "---" cut from "--- more" would close it).
    limit = text.find("\n", TOP_FRONT_CHARS)
    start = front_matter_end(text if limit < 0 else text[: limit + 1]) or 0
    cut = len(text)
    if cut - start > TOP_CHARS:
        cut = text.rfind("\n\n", start, start + TOP_CHARS)
        cut = start + TOP_CHARS if cut <= start else cut
    top = clean_document(dataclasses.replace(doc, text=text[:cut], removed=()))
    pieces, at = [], 0
    for removal in top.removed:
        if removal.reason in _TOP_REASONS:
            pieces.append(text[at : removal.start])
            at = removal.end
    pieces.append(text[at:])
    return dataclasses.replace(top, text="".join(pieces), removed=())


def _article_text(doc: Document, lead: str | None = None) -> str:
    """The text an article's vector is made of: its title ``TITLE_WEIGHT`` times, its lead
    (``lead``, when read already)."""
    title = f"{doc.title}\n" * TITLE_WEIGHT if doc.title else ""
    return title + (_lead(doc) if lead is None else lead)


def _lead(doc: Document) -> str:
    """The words of an article's text that describe it (``LEAD_WORDS``), one space apart."""
    return " ".join(doc.text.split(None, LEAD_WORDS)[:LEAD_WORDS])  # the rest left unsplit


def _top_terms(matrix: csr_matrix, keep: int, *, normalise: bool = True) -> csr_matrix:
    """Keep the ``keep`` heaviest terms of each row (ties: lower column), rows L2-normalised."""
    from sklearn.preprocessing import normalize

    matrix = matrix.copy()
    matrix.sort_indices()
    counts = np.diff(matrix.indptr)
    for row in np.flatnonzero(counts > keep):
        start, end = matrix.indptr[row], matrix.indptr[row + 1]
        values = matrix.data[start:end]
        order = np.argsort(-values, kind="stable")
        values[order[keep:]] = 0
    matrix.eliminate_zeros()
    return normalize(matrix) if normalise else matrix


def _neighbour_pairs(
    matrix: csr_matrix, k: int, scheduler: str | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """``_neighbours``' pairs without their cosines."""
    rows, cols, _ = _neighbours(matrix, k, scheduler)
    return rows, cols


def _neighbours(
    matrix: csr_matrix, k: int, scheduler: str | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, col) pairs and their cosines: each article's ``k`` most similar other articles with
    cosine > 0, grouped by row, nearest first (``_outlet_penalty`` reads each article's nearest as its first pair).

    Candidates come from an inverted index, not from all pairs: two articles are candidates when
    their ``PROBE_TERMS`` heaviest terms share a term held by at most ``MAX_POSTINGS`` articles'
    heaviest terms, scored by the product of those terms' weights; each article's ``CANDIDATES``
    best are scored exactly (the cosine of the full vectors) and the ``k`` best kept. A term among
    the heaviest of more articles names a topic, not an event, and would make the search
    quadratic: each article meets at most ``PROBE_TERMS * MAX_POSTINGS`` others, so time and
    memory grow linearly with the number of articles. Rows are probed a block at a time (at most
    ``BLOCK_CELLS`` candidate scores held), here or as tasks on a Dask cluster.
    """
    n = matrix.shape[0]
    k = min(k, n - 1)
    probe = _top_terms(matrix, PROBE_TERMS, normalise=False)
    postings = np.bincount(probe.indices, minlength=probe.shape[1])
    probe.data[postings[probe.indices] > MAX_POSTINGS] = 0
    probe.eliminate_zeros()
    transposed = probe.T.tocsr()
    block = max(1, BLOCK_CELLS // (PROBE_TERMS * MAX_POSTINGS))
    spans = [(start, min(n, start + block)) for start in range(0, n, block)]
    candidates = max(CANDIDATES, 4 * k)
    if scheduler is None:
        found = [
            _block_pairs(probe, transposed, matrix, start, stop, candidates, k)
            for start, stop in spans
        ]
    else:
        found = _dask_blocks(scheduler, probe, transposed, matrix, spans, candidates, k)
    rows, cols, cosine = (np.concatenate([part[i] for part in found]) for i in range(3))
    return rows, cols, cosine


def _block_pairs(
    probe: csr_matrix,
    transposed: csr_matrix,
    matrix: csr_matrix,
    start: int,
    stop: int,
    candidates: int,
    k: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The neighbour pairs of rows ``start`` to ``stop`` and their cosines: candidates from the
    index, then exact."""
    scores = (probe[start:stop] @ transposed).tocoo()
    row, col, value = scores.row + start, scores.col, scores.data
    other = row != col  # not its own neighbour
    row, col, _ = _best_per_row(row[other], col[other], value[other], candidates)
    cosine = _row_dots(matrix, matrix, row, col)
    positive = cosine > 0
    return _best_per_row(row[positive], col[positive], cosine[positive], k)


def _dask_blocks(
    scheduler: str,
    probe: csr_matrix,
    transposed: csr_matrix,
    matrix: csr_matrix,
    spans: Sequence[tuple[int, int]],
    candidates: int,
    k: int,
) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """``_block_pairs`` of every span as tasks on the Dask cluster at ``scheduler``, in order."""
    from .batch import dask_client

    client = dask_client(scheduler, "scheduler=")
    try:
        shared = client.scatter([probe, transposed, matrix], broadcast=True)  # type: ignore[no-untyped-call]
        futures = [
            client.submit(_block_pairs, *shared, start, stop, candidates, k, pure=False)
            for start, stop in spans
        ]
        result: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = client.gather(futures)  # type: ignore[no-untyped-call]
        return result
    finally:
        client.close()  # type: ignore[no-untyped-call]


def _best_per_row(
    row: np.ndarray, col: np.ndarray, value: np.ndarray, keep: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The ``keep`` highest-valued (row, col) pairs of each row (ties: the lower column) and their
    values; values are positive. Two stable sorts (by column, then by row and value folded into one float key)
    cost a tenth of a three-key lexsort over the millions of candidate scores of a block."""
    if not len(row):
        return row, col, value
    order = np.argsort(col, kind="stable")
    top = float(value.max()) * (1 + 1e-9)
    key = row[order] + 0.5 * (1.0 - value[order] / top)  # within a row: highest value first
    order = order[np.argsort(key, kind="stable")]
    row, col, value = row[order], col[order], value[order]
    starts = np.flatnonzero(np.r_[True, row[1:] != row[:-1]])
    rank = np.arange(len(row)) - np.repeat(starts, np.diff(np.r_[starts, len(row)]))
    return row[rank < keep], col[rank < keep], value[rank < keep]


def _row_dots(left: csr_matrix, right: csr_matrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Dot product of row ``a[i]`` of ``left`` and row ``b[i]`` of ``right``, over blocks of pairs.

    One matrix in canonical format on both sides: each unordered pair once (a quarter of the
    neighbour search's candidates are each other's), the same floats, as scipy then adds a pair's
    products in column order whichever row comes first (not so for unsorted rows, whose products
    it adds in the reverse of the first row's stored order)."""
    if left is right and len(a) and left.has_canonical_format:
        low, high = np.minimum(a, b).astype(np.int64), np.maximum(a, b)
        keys, back = np.unique(low * left.shape[0] + high, return_inverse=True)
        if len(keys) < len(a):
            rows, cols = np.divmod(keys, left.shape[0])
            return _pair_dots(left, left, rows, cols)[back.ravel()]
    return _pair_dots(left, right, a, b)


def _pair_dots(left: csr_matrix, right: csr_matrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``_row_dots`` pair by pair: ``left[a].multiply(right[b]).sum(axis=1)`` over blocks."""
    dots = np.empty(len(a))
    for start in range(0, len(a), PAIR_BLOCK):
        stop = start + PAIR_BLOCK
        product = left[a[start:stop]].multiply(right[b[start:stop]])
        dots[start:stop] = np.asarray(product.sum(axis=1)).ravel()
    return dots


def _day(value: str | None) -> float:
    day = iso_day(value)
    return math.nan if day is None else float(day.toordinal())


def _outlet_codes(docs: Sequence[Document]) -> np.ndarray:
    names: dict[str, int] = {}
    return np.array(
        [
            names.setdefault(doc.source.strip().lower(), len(names)) if doc.source else -1
            for doc in docs
        ],
        dtype=np.int64,
    )


def _agglomerate(
    matrix: csr_matrix,
    rows: np.ndarray,
    cols: np.ndarray,
    days: np.ndarray,
    outlets: np.ndarray,
    threshold: float,
    raises: csr_matrix,
    penalty: float = OUTLET_PENALTY,
) -> np.ndarray:
    """Merge mutual best-linked stories at or above ``threshold`` until none is left; then attach
    stories of at most ``ATTACH_SIZE`` articles at ``ATTACH * threshold`` the same way; then join
    stories to long ones (``_long_stories``) at ``LONG_JOIN * threshold``.
    ``raises``: the extra link of article pairs, summed by story pair as stories merge."""
    n = matrix.shape[0]
    root = np.arange(n)  # story of each article, by the story's lowest article index
    sums = matrix.astype(np.float64).tocsr()
    size = np.ones(n)
    first = np.where(np.isnan(days), np.inf, days)
    last = np.where(np.isnan(days), -np.inf, days)
    outlet_counts = _outlet_counts(outlets)
    pairs = _unique_pairs(rows, cols)
    link = _links(sums, size, first, last, outlet_counts, pairs[:, 0], pairs[:, 1], raises, penalty)
    stage = 0
    while len(pairs):
        if stage == 0:
            ok = link >= threshold
        elif stage == 1:  # attach: an article still alone joins its best-linked story lower
            lone = (size[pairs[:, 0]] <= ATTACH_SIZE) | (size[pairs[:, 1]] <= ATTACH_SIZE)
            ok = lone & (link >= threshold * ATTACH)
        else:  # a story joins a long one (a running topic) at a lower bar
            long = _long_stories(root, size, days)
            ok = (long[pairs[:, 0]] | long[pairs[:, 1]]) & (link >= threshold * LONG_JOIN)
        a, b, good = pairs[ok, 0], pairs[ok, 1], link[ok]
        best = _best(
            np.concatenate([a, b]), np.concatenate([b, a]), np.concatenate([good, good]), n
        )
        mutual = (best[a] == b) & (best[b] == a)  # disjoint pairs: each is the other's best
        into, gone = a[mutual], b[mutual]  # a < b: b's story joins a's
        if not len(into):
            if stage == 0 and ATTACH < 1:
                stage = 1
                continue
            if stage < 2 and LONG_JOIN < 1:
                stage = 2
                continue
            break
        step = np.arange(n)
        step[gone] = into
        root = step[root]
        sums = _merge_rows(sums, step)
        outlet_counts = _merge_rows(outlet_counts, step)
        raises = _merge_rows(_merge_rows(raises, step).T.tocsr(), step)  # rows, then columns
        size[into] += size[gone]
        size[gone] = 0
        first[into] = np.minimum(first[into], first[gone])
        last[into] = np.maximum(last[into], last[gone])
        # Only the links of merged stories change: keep the others, recompute those.
        changed = np.zeros(n, dtype=bool)
        changed[into] = True
        touched = changed[step[pairs[:, 0]]] | changed[step[pairs[:, 1]]]
        kept, kept_link = pairs[~touched], link[~touched]
        fresh = step[pairs[touched]]
        fresh = _unique_pairs(fresh[:, 0], fresh[:, 1])
        fresh_link = _links(
            sums, size, first, last, outlet_counts, fresh[:, 0], fresh[:, 1], raises, penalty
        )
        pairs = np.concatenate([kept, fresh])
        link = np.concatenate([kept_link, fresh_link])
    return root


def _long_stories(root: np.ndarray, size: np.ndarray, days: np.ndarray) -> np.ndarray:
    """Per story index (``root``'s values; ``size`` its articles): whether it is long, holding
    ``TOPIC_LONG_ARTICLES`` articles or more whose middle half of dates spans
    ``TOPIC_SPAN_DAYS`` or more."""
    n = len(root)
    labels, story = np.unique(root, return_inverse=True)
    span = np.full(n, -1.0)
    span[labels] = _middle_span(story, days, len(labels))
    long: np.ndarray = (size >= TOPIC_LONG_ARTICLES) & (span >= TOPIC_SPAN_DAYS)
    return long


def _unique_pairs(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Sorted distinct (low, high) pairs of different stories, as an (m, 2) array."""
    low, high = np.minimum(a, b), np.maximum(a, b)
    keep = low != high
    if not keep.any():
        return np.zeros((0, 2), dtype=np.int64)
    # One int64 key a pair (a tenth of the time of np.unique's rows, axis=0), the same order.
    width = int(high[keep].max()) + 1
    keys = np.unique(low[keep].astype(np.int64) * width + high[keep])
    return np.stack(np.divmod(keys, width), axis=1).astype(low.dtype, copy=False)


def _links(
    sums: csr_matrix,
    size: np.ndarray,
    first: np.ndarray,
    last: np.ndarray,
    outlets: csr_matrix,
    a: np.ndarray,
    b: np.ndarray,
    raises: csr_matrix | None = None,
    penalty: float = OUTLET_PENALTY,
) -> np.ndarray:
    """Link of each story pair: group-average cosine (with the ``raises`` of its article pairs
    added, ``raises`` summed by story pair), raised for stories close in time, lowered
    by the share of their article pairs from one outlet (``outlets``: articles per outlet of each
    story). Computed over blocks of pairs, so memory stays bounded."""
    dots = _row_dots(sums, sums, a, b)
    if raises is not None and raises.nnz and len(a):
        dots += np.asarray(raises[a, b]).ravel()
    link: np.ndarray = dots / (size[a] * size[b])
    # Days between the stories' date spans: 0 when they overlap; no bonus without dates.
    gap = np.maximum(first[a], first[b]) - np.minimum(last[a], last[b])
    gap = np.where(np.isfinite(gap), np.maximum(gap, 0.0), np.inf)
    link *= (1.0 + TIME_BOOST * np.power(0.5, gap / HALF_LIFE_DAYS)) / (1.0 + TIME_BOOST)
    if BURST_FACTOR < 1 and len(a):  # two bursts a month apart: two events
        dated = np.isfinite(first) & (size >= 2)
        burst = dated & (last - first <= BURST_SPAN_DAYS)
        apart = burst[a] & burst[b] & np.isfinite(gap) & (gap >= BURST_APART_DAYS)
        link[apart] *= BURST_FACTOR
    if penalty and outlets.nnz:
        same_outlet = np.asarray(outlets[a].multiply(outlets[b]).sum(axis=1)).ravel()
        link *= 1.0 - penalty * same_outlet / (size[a] * size[b])
    return link


def _outlet_counts(outlets: np.ndarray) -> csr_matrix:
    """A row per article: 1 in its outlet's column (none when unknown); merged rows add up."""
    from scipy.sparse import csr_matrix as _csr

    known = outlets >= 0
    width = int(outlets.max()) + 1 if known.any() else 1
    return _csr(
        (np.ones(int(known.sum())), (np.flatnonzero(known), outlets[known])),
        shape=(len(outlets), width),
    )


def _best(a: np.ndarray, b: np.ndarray, link: np.ndarray, n: int) -> np.ndarray:
    """For each story in ``a``, its best-linked story in ``b`` (ties: the lower index); -1 if none."""
    order = np.lexsort((b, -link, a))
    a_sorted = a[order]
    firsts = np.ones(len(order), dtype=bool)
    firsts[1:] = a_sorted[1:] != a_sorted[:-1]
    best = np.full(n, -1)
    best[a_sorted[firsts]] = b[order][firsts]
    return best


def _merge_rows(matrix: csr_matrix, step: np.ndarray) -> csr_matrix:
    """Row ``i`` added into row ``step[i]``."""
    from scipy.sparse import csr_matrix as _csr

    n = matrix.shape[0]
    move = _csr((np.ones(n), (step, np.arange(n))), shape=(n, n))
    merged: csr_matrix = (move @ matrix).tocsr()
    return merged
