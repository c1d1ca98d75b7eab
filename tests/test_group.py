"""group_stories: articles from several outlets and events -> one group per event."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence

import numpy as np
import pytest

import summarizer
from summarizer import ConfigError, Document
from summarizer import group as group_module
from summarizer.group import group_stories

# Fictional mini-stories (our own text): each event covered by two or three outlets, with their own
# headlines and framing. Two senate votes on different bills a week apart share the topic, the
# chamber and most of the cast, and must stay apart.
_ARTICLES = [
    # ferry: a ferry runs aground near Port Averell, 2031-05-04
    (
        "ferry-gazette",
        "ferry",
        "Harbour Gazette",
        "2031-05-04",
        "Ferry runs aground off Port Averell, all 212 passengers rescued",
        (
            "The passenger ferry Marisol ran aground on a sandbank outside Port Averell on Sunday "
            "morning. Coast guard crews and fishing boats took all 212 passengers and 14 crew ashore "
            "within three hours. The harbour master said thick fog had covered the channel since dawn. "
            "Investigators will examine the ferry's radar and the channel buoys on Monday."
        ),
    ),
    (
        "ferry-courier",
        "ferry",
        "Coastal Courier",
        "2031-05-04",
        "Fog blamed as Marisol grounds near harbour mouth",
        (
            "Dense fog is the likely cause of the grounding of the ferry Marisol near the mouth of Port "
            "Averell harbour, officials said. Every one of the 212 passengers was brought ashore by "
            "coast guard crews and local fishermen. The ferry operator cancelled all crossings for the "
            "day while divers inspect the hull of the Marisol on the sandbank."
        ),
    ),
    (
        "ferry-wire",
        "ferry",
        "Northwire",
        "2031-05-05",
        "Investigators board stranded ferry Marisol",
        (
            "Safety investigators boarded the stranded ferry Marisol on Monday, a day after it ran "
            "aground in fog outside Port Averell. The coast guard said no fuel had leaked from the "
            "hull. Passengers described a loud scraping sound before the ferry came to a halt on the "
            "sandbank, and praised the fishing crews who helped the rescue."
        ),
    ),
    # water: the Valdorian senate passes the river water bill, 2031-03-10
    (
        "water-gazette",
        "water",
        "Harbour Gazette",
        "2031-03-10",
        "Valdorian senate passes river water bill",
        (
            "The Valdorian senate passed the river water bill on Tuesday by 41 votes to 29, capping "
            "how much water farms may draw from the Olm river in dry summers. Farmers' unions had "
            "lobbied against the irrigation quotas for months. Senator Ilse Varga, who wrote the bill, "
            "said the Olm river had run dry near its delta two summers in a row."
        ),
    ),
    (
        "water-wire",
        "water",
        "Northwire",
        "2031-03-10",
        "Irrigation quotas approved after long debate",
        (
            "Irrigation quotas for the Olm river basin won approval in the senate on Tuesday, 41 to "
            "29, after a debate that lasted into the night. The water bill limits what farms can pump "
            "from the river in drought years. Senator Ilse Varga said the quotas would keep water "
            "flowing to the delta, where the river ran dry twice."
        ),
    ),
    # budget: the same senate passes the budget a week later, 2031-03-17
    (
        "budget-gazette",
        "budget",
        "Harbour Gazette",
        "2031-03-17",
        "Senate approves budget with school building fund",
        (
            "The Valdorian senate approved next year's budget on Tuesday by 38 votes to 32. The budget "
            "sets aside 900 million crowns for school buildings and raises the tax on tobacco. Finance "
            "minister Pavel Oster said the deficit would fall to two percent of output. The opposition "
            "called the tobacco tax a burden on small shops."
        ),
    ),
    (
        "budget-courier",
        "budget",
        "Coastal Courier",
        "2031-03-17",
        "Tobacco tax rise in budget passed 38 to 32",
        (
            "Senators passed the budget 38 to 32 on Tuesday, including a higher tobacco tax and a fund "
            "of 900 million crowns for new school buildings. Finance minister Pavel Oster defended the "
            "plan as a way to bring the deficit down to two percent. Shop owners protested outside the "
            "senate against the tobacco tax."
        ),
    ),
    # museum: paintings stolen from the Lindqvist museum, 2031-06-20
    (
        "museum-courier",
        "museum",
        "Coastal Courier",
        "2031-06-20",
        "Three paintings stolen from Lindqvist museum overnight",
        (
            "Thieves took three landscape paintings from the Lindqvist museum in Brennholm during the "
            "night, police said on Friday. The thieves cut through a skylight and avoided the alarm "
            "sensors in the east gallery. The museum director said the paintings by Anna Roos were "
            "insured but could not be replaced."
        ),
    ),
    (
        "museum-wire",
        "museum",
        "Northwire",
        "2031-06-20",
        "Police hunt skylight thieves after Brennholm art raid",
        (
            "Police in Brennholm are searching for the thieves who climbed through a skylight of the "
            "Lindqvist museum and took three paintings by Anna Roos. The raid in the east gallery went "
            "unnoticed until the guards' morning round. Detectives asked residents for camera footage "
            "of the street behind the museum."
        ),
    ),
    # transfer: a football club signs a striker, 2031-07-01
    (
        "transfer-gazette",
        "transfer",
        "Harbour Gazette",
        "2031-07-01",
        "Averell United sign striker Tomas Quill",
        (
            "Averell United signed the striker Tomas Quill from Brennholm Rovers on Wednesday for a "
            "club record fee of 12 million crowns. Quill scored 27 goals in the league last season. "
            "The coach said the striker would start in the opening match of the season in August."
        ),
    ),
    (
        "transfer-courier",
        "transfer",
        "Coastal Courier",
        "2031-07-01",
        "Record fee brings Quill to Averell",
        (
            "Tomas Quill, the league's top scorer with 27 goals, joined Averell United from Brennholm "
            "Rovers for a record 12 million crowns. Rovers fans said the club had sold its best "
            "striker too cheaply. Quill signed a four-year contract and will wear the number nine."
        ),
    ),
]


# Two more votes of the same senate, a week apart each (our own text): four events in three weeks
# that share the chamber, the cast and most of the words; each is still one story.
_BUSY_SENATE = [
    (
        "pension-gazette",
        "pension",
        "Harbour Gazette",
        "2031-03-24",
        "Senate raises pension age to 67",
        (
            "The Valdorian senate voted on Tuesday to raise the pension age from 65 to 67 by 2040, by "
            "40 votes to 30. Senator Ilse Varga called the vote a betrayal of workers, while finance "
            "minister Pavel Oster said the pension fund would run short within a decade without it. "
            "Unions said they would strike in April."
        ),
    ),
    (
        "pension-wire",
        "pension",
        "Northwire",
        "2031-03-24",
        "Pension age vote splits senate",
        (
            "Senators passed a law on Tuesday lifting the pension age to 67, 40 to 30, after finance "
            "minister Pavel Oster warned that the pension fund was running short. Senator Ilse Varga "
            "voted against. Unions called a strike for April against the higher pension age."
        ),
    ),
    (
        "rail-courier",
        "rail",
        "Coastal Courier",
        "2031-03-31",
        "Senate backs new rail line to the coast",
        (
            "The Valdorian senate backed a new rail line from the capital to Port Averell on Tuesday, "
            "by 44 votes to 26. Finance minister Pavel Oster said the line would cost 2 billion crowns "
            "over eight years. Senator Ilse Varga said farmers along the route had not been asked."
        ),
    ),
    (
        "rail-wire",
        "rail",
        "Northwire",
        "2031-03-31",
        "Coast rail line wins senate vote",
        (
            "A rail line linking the capital with Port Averell won the senate's approval on Tuesday, "
            "44 to 26. The line will cost 2 billion crowns, finance minister Pavel Oster said. Senator "
            "Ilse Varga said farmers on the route would lose land to the rail line."
        ),
    ),
]


def _documents() -> list[Document]:
    return [
        Document(text=text, id=doc_id, title=title, source=outlet, date=day)
        for doc_id, _event, outlet, day, title, text in _ARTICLES
    ]


def _partition(stories: tuple[tuple[Document, ...], ...]) -> set[frozenset[str]]:
    return {frozenset(str(doc.id) for doc in story) for story in stories}


def _events() -> set[frozenset[str]]:
    events: dict[str, set[str]] = {}
    for doc_id, event, *_ in _ARTICLES:
        events.setdefault(event, set()).add(doc_id)
    return {frozenset(ids) for ids in events.values()}


def test_exported_from_the_package() -> None:
    assert summarizer.group_stories is group_stories
    assert "group_stories" in summarizer.__all__


def test_each_event_is_one_story() -> None:
    assert _partition(group_stories(_documents())) == _events()


def test_every_document_in_exactly_one_story_and_the_objects_kept() -> None:
    docs = _documents()
    stories = group_stories(docs)
    flat = [doc for story in stories for doc in story]
    assert sorted(map(id, flat)) == sorted(map(id, docs))  # the same objects, each once


def test_same_senate_different_votes_stay_apart() -> None:
    votes = [d for d in _documents() if d.id.startswith(("water", "budget"))]
    assert _partition(group_stories(votes)) == {
        frozenset({"water-gazette", "water-wire"}),
        frozenset({"budget-gazette", "budget-courier"}),
    }


def test_the_events_of_a_busy_topic_stay_apart() -> None:
    """Four votes of one senate in three weeks, among other news: four stories. A fixed cosine bar
    joined the pension and rail votes (a cosine of .15 to .22 between them, the chamber's words and
    cast); scaled by how crowded each article's neighbourhood is, their link falls below it."""
    docs = _documents() + [
        Document(text=text, id=doc_id, title=title, source=outlet, date=day)
        for doc_id, _event, outlet, day, title, text in _BUSY_SENATE
    ]
    events: dict[str, set[str]] = {}
    for doc_id, event, *_ in _ARTICLES + _BUSY_SENATE:
        events.setdefault(event, set()).add(doc_id)
    assert _partition(group_stories(docs)) == {frozenset(ids) for ids in events.values()}


def test_a_link_is_the_cosine_over_the_articles_densities() -> None:
    """Scaled vectors: a.b becomes cos(a, b) * median / sqrt(da * db), an article's density being
    its cosine to its SCALE_NEIGHBOUR-th nearest neighbour (its farthest when it has fewer)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    rng = np.random.default_rng(7)
    dense = rng.random((9, 12)) ** 4  # a spread of cosines
    dense /= np.linalg.norm(dense, axis=1, keepdims=True)
    matrix = csr_matrix(dense)
    rows, cols = group_module._neighbour_pairs(matrix, 4)
    scaled = group_module._scaled_by_density(matrix, rows, cols).toarray()
    cosine = dense @ dense.T
    density = np.array(
        [
            sorted(cosine[i, cols[rows == i]], reverse=True)[
                min(group_module.SCALE_NEIGHBOUR, int((rows == i).sum())) - 1
            ]
            for i in range(9)
        ]
    )
    ratio = np.clip(
        np.median(density) / density, 1 / group_module.SCALE_BOUND, group_module.SCALE_BOUND
    )
    expected = cosine * np.sqrt(np.outer(ratio, ratio))
    assert np.allclose(scaled @ scaled.T, expected, atol=1e-5)
    assert ratio.min() < 1 < ratio.max()  # crowded articles lose, sparse ones gain


def test_shared_neighbours_raise_a_link_only_beyond_chance() -> None:
    """Articles 0 and 1 have the same three other neighbours; 0 and 5 share none. In a collection
    of 40 the first pair's link is raised, the second's not; in a collection of 9, where lists of
    four or five meet by chance, the raises are a small part of that. The raises are symmetric
    and sit on neighbour pairs only."""
    import numpy as np
    from scipy.sparse import csr_matrix

    rows = np.array([0, 0, 0, 0, 1, 1, 1, 1, 0, 5, 5, 5, 5])
    cols = np.array([1, 2, 3, 4, 0, 2, 3, 4, 5, 6, 7, 0, 8])

    def raises(n: int) -> np.ndarray:
        matrix = csr_matrix(np.ones((n, 1)))  # every cosine is 1: the raise shows the share
        return group_module._shared_neighbour_raises(matrix, rows, cols).toarray()

    large, small = raises(40), raises(9)
    neighbours = np.zeros((40, 40), dtype=bool)
    neighbours[rows, cols] = True
    assert np.array_equal(large, large.T) and not large[~(neighbours | neighbours.T)].any()
    assert 0 < large[0, 1] <= group_module.SHARED_WEIGHT
    assert large[0, 5] == 0
    assert large[0, 1] > large[1, 2]
    assert 0 <= small[0, 1] < large[0, 1] / 4 and small.sum() < large.sum() / 4


def test_a_pair_that_shares_one_term_only_loses_its_link() -> None:
    """Rows 0 and 1 share one term, rows 0 and 2 two terms of equal weight, rows 0 and 3 mostly
    one term (.9 of their cosine): the first pair's whole cosine is cut, the second's nothing, the third's the part by
    which its heaviest term's share passes ONE_TERM_SHARE. Symmetric, on neighbour pairs only."""
    import numpy as np
    from scipy.sparse import csr_matrix

    matrix = csr_matrix(
        np.array(
            [
                [0.6, 0.6, 0.4, 0.3, 0.2],
                [0.8, 0.0, 0.0, 0.0, 0.0],  # shares only term 0 with row 0
                [0.6, 0.6, 0.0, 0.0, 0.0],  # shares terms 0 and 1, equally weighed
                [0.9, 0.1, 0.0, 0.0, 0.0],  # mostly term 0
            ]
        )
    )
    rows, cols = np.array([0, 0, 0, 1]), np.array([1, 2, 3, 0])
    cuts = group_module._one_term_cuts(matrix, rows, cols).toarray()
    share = group_module.ONE_TERM_SHARE
    products = matrix[0].multiply(matrix).toarray()
    cosine, top = products.sum(axis=1), products.max(axis=1)
    assert np.array_equal(cuts, cuts.T) and cuts[1, 2] == cuts[1, 3] == cuts[2, 3] == 0
    expected = cosine * np.clip((top / cosine - share) / (1 - share), 0, 1)
    assert np.isclose(cuts[0, 1], cosine[1])  # one term is all of it
    assert cuts[0, 2] == 0 and 0 < cuts[0, 3] < cosine[3]
    assert np.allclose(cuts[0, 1:], expected[1:])


# A folder of one town's news (our own writing): a storm in two articles, a bridge closed to lorries
# in three, otter cubs at the zoo in one. Every article names the town; most say "said" and a weekday.
TOWN = [
    (
        "storm-courier",
        "Harwick Courier",
        "2025-03-04",
        "Storm topples trees across Harwick",
        (
            "A storm brought gusts of 70 miles an hour to Harwick on Tuesday night, toppling trees "
            "onto cars and cutting power to 2,000 homes. The council said crews worked through the "
            "night to clear fallen branches from Mill Road. Residents were told to avoid the "
            "riverside path until the trees there were checked."
        ),
    ),
    (
        "storm-post",
        "Harwick Post",
        "2025-03-05",
        "Clear-up after Harwick storm",
        (
            "Power was restored to most homes in Harwick on Wednesday after Tuesday's storm brought "
            "down trees and power lines. Engineers said about 300 households were still without "
            "electricity. The council thanked volunteers who helped clear fallen trees and branches "
            "from Mill Road."
        ),
    ),
    (
        "bridge-courier",
        "Harwick Courier",
        "2025-03-05",
        "Lorries banned from Harwick bridge",
        (
            "Heavy lorries will be banned from the Old Stone Bridge in Harwick from Monday after "
            "inspectors found cracks in two of its arches. The council said vehicles over 7.5 tonnes "
            "must use the bypass. Hauliers said the diversion would add twenty minutes to deliveries."
        ),
    ),
    (
        "bridge-post",
        "Harwick Post",
        "2025-03-05",
        "Cracks close Old Stone Bridge to heavy vehicles",
        (
            "Inspectors found cracks in the arches of Harwick's Old Stone Bridge, and the council has "
            "banned lorries over 7.5 tonnes from crossing it. Repairs are expected to take six "
            "months. Local hauliers warned of delays on the bypass."
        ),
    ),
    (
        "bridge-weekly",
        "Harwick Weekly",
        "2025-03-06",
        "Hauliers angry at bridge weight limit",
        (
            "Hauliers in Harwick said on Thursday that the new weight limit on the Old Stone Bridge "
            "would cost them money, as lorries are sent along the bypass. The council said the "
            "cracked arches left it no choice. Repairs to the bridge will begin in April."
        ),
    ),
    (
        "zoo-weekly",
        "Harwick Weekly",
        "2025-03-05",
        "Otter cubs born at Harwick zoo",
        (
            "Two otter cubs have been born at Harwick Wildlife Park, keepers said on Wednesday. The "
            "cubs, a male and a female, will stay in their den with their mother for several weeks "
            "before visitors can see them. The park hopes to name them after a public vote."
        ),
    ),
]


@pytest.mark.parametrize(
    "ids",
    [
        [doc_id for doc_id, *_ in TOWN],
        ["storm-courier", "storm-post", "zoo-weekly"],
        ["bridge-courier", "bridge-post", "bridge-weekly", "zoo-weekly"],
    ],
)
def test_one_town_s_news_is_grouped_by_event_not_by_the_town(ids: list[str]) -> None:
    """The town's name, "said" and the weekday were all the zoo article shared with the storm's
    (cosine .34): it joined that story, or the bridge's when the storm was not there."""
    docs = [
        Document(text, id=doc_id, source=source, date=date, title=title)
        for doc_id, source, date, title, text in TOWN
        if doc_id in ids
    ]
    stories = {tuple(sorted(doc.id for doc in story)) for story in group_stories(docs)}
    expected = {
        tuple(sorted(i for i in ids if i.startswith(event))) for event in ("storm", "bridge", "zoo")
    }
    assert stories == expected - {()}


def test_neighbour_pairs_come_by_article_nearest_first() -> None:
    """The outlet penalty reads each article's nearest neighbour as its first pair."""
    import numpy as np
    from scipy.sparse import csr_matrix

    rng = np.random.default_rng(3)
    dense = rng.random((30, 20)) ** 4
    dense /= np.linalg.norm(dense, axis=1, keepdims=True)
    rows, cols = group_module._neighbour_pairs(csr_matrix(dense), 5)
    cosine = (dense[rows] * dense[cols]).sum(axis=1)
    assert np.all(np.diff(rows) >= 0)
    same_row = rows[1:] == rows[:-1]
    assert np.all(cosine[1:][same_row] <= cosine[:-1][same_row] + 1e-6)
    nearest = (dense @ dense.T - 2 * np.eye(30)).argmax(axis=1)
    first = np.r_[True, ~same_row]
    assert np.allclose(cosine[first], (dense * dense[nearest]).sum(axis=1)[rows[first]], atol=1e-6)


def test_the_outlet_penalty_rises_where_outlets_do_not_repeat_within_stories() -> None:
    """Twenty articles of two outlets, ten each. When every article's nearest neighbour is from
    the other outlet (each outlet files a story once), the penalty is at its bound; when a
    quarter are from their own outlet (chance: 9 of 19), it is 1 - observed / expected; when
    all are (wires that repeat within a story), or with too few articles, it stays the base."""
    import numpy as np

    outlets = np.array([0, 1] * 10)
    rows = np.repeat(np.arange(20), 2)  # each article's nearest first, then its second
    other = np.arange(20) ^ 1  # the article of the other outlet beside it
    own = (np.arange(20) + 2) % 20  # the next article of its own outlet

    def penalty(nearest: np.ndarray, articles: int = 20) -> float:
        second = np.where(nearest == other, own, other)
        cols = np.stack([nearest, second], axis=1).ravel()
        keep = rows < articles
        return group_module._outlet_penalty(rows[keep], cols[keep], outlets)

    expected = 9 / 19
    quarter = np.where(np.arange(20) % 4 == 0, own, other)  # 5 of 20 nearest: own outlet
    assert penalty(other) == group_module.OUTLET_PENALTY_MAX
    assert penalty(quarter) == pytest.approx(1 - 0.25 / expected)
    assert penalty(own) == group_module.OUTLET_PENALTY
    assert penalty(other, articles=group_module.OUTLET_MIN_ARTICLES - 1) == (
        group_module.OUTLET_PENALTY
    )


def test_the_outlet_penalty_counts_the_article_pairs_from_one_outlet() -> None:
    """Two stories that each hold one article of the same three outlets share an outlet in 3 of
    their 9 article pairs, not in all of them: a third of the penalty two same-outlet articles
    take. (The overlap of the stories' outlet sets gave both the full penalty.)"""
    import numpy as np
    from scipy.sparse import csr_matrix

    matrix = csr_matrix(np.ones((8, 1)))  # every cosine is 1: the link shows the factors alone
    outlets = np.array([0, 1, 2, 0, 1, 2, 5, 5])
    step = np.array([0, 0, 0, 3, 3, 3, 6, 7])  # stories {0, 1, 2}, {3, 4, 5}, {6}, {7}
    sums = group_module._merge_rows(matrix, step)
    counts = group_module._merge_rows(group_module._outlet_counts(outlets), step)
    size = np.bincount(step, minlength=8).astype(float)
    undated = np.full(8, np.inf)  # no dates: no time bonus
    link = group_module._links(
        sums, size, undated, -undated, counts, np.array([0, 6]), np.array([3, 7])
    )
    far = 1 / (1 + group_module.TIME_BOOST)
    penalty = group_module.OUTLET_PENALTY
    assert link == pytest.approx([far * (1 - penalty / 3), far * (1 - penalty)])


def test_the_example_clusters_mixed_are_their_own_stories() -> None:
    """The clusters of examples/ (26 articles from three to four outlets each, five languages,
    mostly undated) mixed: each cluster one story. With the density ratio unbounded (x4), the
    four-article ferry cluster, whose articles' 3rd neighbours are their own story, fell in two."""
    from conftest import EXAMPLES

    from summarizer import load_documents

    clusters = [
        path for path in sorted(EXAMPLES.iterdir()) if path.is_dir() and path.name != "briefings"
    ]
    loaded = [load_documents(path) for path in clusters]
    stories = group_stories([doc for docs in loaded for doc in docs])
    assert len(clusters) >= 8
    # By text: the clusters' ids repeat ("01-wire"), and a repeated id is renamed ("01-wire-2").
    assert {frozenset(doc.text for doc in story) for story in stories} == {
        frozenset(doc.text for doc in docs) for docs in loaded
    }


def test_articles_in_other_languages_are_not_joined_by_their_function_words() -> None:
    """Our Spanish derailment and Italian bridge reopening, with the tram and ferry clusters and
    an English follow-up of the tram vote (our own text): the Spanish and the Italian clusters
    were one story of six articles, linked by "la", "del", "una", "al", "ha", which the English
    stop list kept as terms."""
    from conftest import EXAMPLES

    from summarizer import load_documents

    names = [
        "brennick-tram-vote",
        "descarrilamiento-villanueva",
        "ponte-castelvarco",
        "ferry-grounding-port-halloran",
    ]
    loaded = [load_documents(EXAMPLES / name) for name in names]
    follow_up = Document(
        "A group of Brennick shopkeepers asked a regional court on Friday to halt work on the "
        "city's new $1.2 billion tram line, saying the council had not consulted them on the "
        "construction plan for Market Street.\n\nThe council approved the Eastbank line by nine "
        "votes to four last week.",
        id="tram-court",
        title="Brennick shopkeepers ask court to halt tram works",
        date="2024-11-29",
        source="Meridian Press",
    )
    loaded[0] = [*loaded[0], follow_up]
    stories = group_stories([doc for docs in loaded for doc in docs])
    # By text: the clusters' ids repeat ("01-wire"), and a repeated id is renamed ("01-wire-2").
    assert {frozenset(doc.text for doc in story) for story in stories} == {
        frozenset(doc.text for doc in docs) for docs in loaded
    }


def test_an_articles_header_lines_give_its_date_outlet_and_headline() -> None:
    """A plain text article carries its metadata in its top lines, which only cleaning reads:
    grouping reads them there when the article gives no date or outlet of its own."""
    text = (
        " date 2031-06-02 Harbour Gazette, PORT AVERELL\n\nFerry service resumes\n\n"
        "The ferry to Skerrow sailed again on Monday."
    )
    read = group_module._read_top(Document(text, id="a"))
    assert (read.date, read.source, read.title) == (
        "2031-06-02",
        "Harbour Gazette",
        "Ferry service resumes",
    )
    assert " ".join(read.text.split()) == "The ferry to Skerrow sailed again on Monday."
    given = Document(text, id="b", date="2031-06-01", source="Northwire")
    assert group_module._read_top(given) is given  # metadata given: read as it is


def test_grouping_reads_the_dates_and_outlets_of_plain_text_articles(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The ferry example's articles name their dates and outlets in header lines (" date
    2024-09-14 Meridian Press, PORT HALLORAN"): the time bonus and the outlet penalty read them."""
    from conftest import EXAMPLES

    from summarizer import load_documents

    seen: dict[str, object] = {}
    agglomerate = group_module._agglomerate

    def spy(matrix, rows, cols, days, outlets, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen["days"], seen["outlets"] = days.copy(), outlets.copy()
        return agglomerate(matrix, rows, cols, days, outlets, *args, **kwargs)

    monkeypatch.setattr(group_module, "_agglomerate", spy)
    ferry = load_documents(EXAMPLES / "ferry-grounding-port-halloran")
    assert all(doc.date is None and doc.source is None for doc in ferry)  # as loaded
    group_stories(ferry)
    days = seen["days"]
    outlets = seen["outlets"]
    assert isinstance(days, np.ndarray) and isinstance(outlets, np.ndarray)
    assert int(np.isfinite(days).sum()) == 3  # the local paper gives no date
    assert len(set(outlets.tolist()) - {-1}) >= 2


def test_order_of_the_input_does_not_change_the_stories() -> None:
    docs = _documents()
    forward = group_stories(docs)
    backward = group_stories(docs[::-1])
    assert _partition(forward) == _partition(backward)
    # Stories come in the order of their first article; articles keep input order.
    assert [story[0].id for story in forward] == sorted(
        (story[0].id for story in forward), key=[d.id for d in docs].index
    )


def test_the_neighbour_search_in_small_blocks_gives_the_same_stories(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = _partition(group_stories(_documents()))
    # One row of the similarity block at a time: the block size is a memory bound, not a result.
    monkeypatch.setattr(group_module, "BLOCK_CELLS", 1)
    monkeypatch.setattr(group_module, "PAIR_BLOCK", 1)
    assert _partition(group_stories(_documents())) == expected


def test_without_titles_dates_or_outlets_still_groups() -> None:
    docs = [Document(text=text, id=doc_id) for doc_id, _e, _o, _d, _t, text in _ARTICLES]
    assert _partition(group_stories(docs)) == _events()


def test_a_higher_threshold_splits_more() -> None:
    loose = group_stories(_documents(), threshold=0.05)
    strict = group_stories(_documents(), threshold=1.0)
    assert len(loose) <= len(group_stories(_documents())) < len(strict)


def test_an_article_left_alone_attaches_to_its_best_story_at_a_lower_bar(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Tight cores first, then attach: an article whose link to a story is below the bar but
    above ATTACH times it joins that story; with one stage it would stay alone."""
    docs = [
        Document("Dam gates opened at Kessing as the reservoir rose after storms.", id="a"),
        Document("Kessing dam gates opened after storms raised the reservoir.", id="b"),
        Document("Farmers below Kessing dam moved cattle as the river rose.", id="c"),
        Document("A chess club in Brill elected a new treasurer on Friday night.", id="d"),
        Document("Brill chess players met on Friday to vote for a treasurer.", id="e"),
    ]
    grid = [step / 100 for step in range(5, 101)]
    default = group_module.ATTACH

    def partitions(attach: float) -> list[set[frozenset[str]]]:
        monkeypatch.setattr(group_module, "ATTACH", attach)
        return [
            {frozenset(d.id for d in story) for story in group_stories(docs, threshold=t)}
            for t in grid
        ]

    one_stage, two_stages = partitions(1.0), partitions(default)
    attached = [
        t
        for t, one, two in zip(grid, one_stage, two_stages)
        if frozenset({"c"}) in one and frozenset({"a", "b", "c"}) in two
    ]
    assert attached  # some bar leaves c alone in one stage and attaches it in two
    assert all(len(two) <= len(one) for one, two in zip(one_stage, two_stages))


def test_empty_and_single() -> None:
    only = Document(text="A lone article about a lone event.", id="x")
    assert group_stories([]) == ()
    assert group_stories([only]) == ((only,),)


def test_unrelated_articles_without_shared_words_are_singletons() -> None:
    docs = [Document(text=t) for t in ("Apples ripen early.", "Trains run late.", "Snow fell.")]
    assert [len(story) for story in group_stories(docs)] == [1, 1, 1]


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("one article", "not a single string; wrap it in a list"),
        (Document(text="one"), "wrap the Document in a list"),
    ],
)
def test_a_lone_article_is_refused_as_summarize_refuses_it(bad: object, message: str) -> None:
    from summarizer import summarize

    for call in (group_stories, summarize):
        with pytest.raises(TypeError, match=message):
            call(bad)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("bad", "message"),
    [(5, "an iterable of Document or str; got int"), ({"a": "one"}, "pass its values")],
)
def test_a_value_that_is_no_collection_is_refused(bad: object, message: str) -> None:
    # 5 failed inside tuple() ("'int' object is not iterable"); a dict gave its keys.
    with pytest.raises(TypeError, match=message):
        group_stories(bad)  # type: ignore[arg-type]


def test_strings_are_read_as_summarize_reads_them() -> None:
    # group_stories refused a plain text ("document 2 must be a Document") where summarize takes
    # it: a list of texts is grouped, and each comes back as the Document summarize would make.
    from summarizer import summarize

    texts = [
        "The Tollan river bridge reopened on Monday after two years of repairs to its piers.",
        Document(
            text="Drivers crossed the reopened Tollan river bridge on Monday, ending two years "
            "of repairs.",
            id="bridge-wire",
        ),
        "A late frost in the Mereth valley killed most of the apricot blossom this week.",
        Document(text="Apricot growers in the Mereth valley lost their blossom to a late frost."),
    ]
    stories = group_stories(texts)
    assert [[doc.id for doc in story] for story in stories] == [
        ["doc1", "bridge-wire"],
        ["doc3", "doc4"],
    ]
    flat = [doc for story in stories for doc in story]
    assert all(isinstance(doc, Document) for doc in flat)
    assert [doc.text for doc in flat] == [t if isinstance(t, str) else t.text for t in texts]
    assert flat[1] is texts[1]  # a Document with an id is the object given
    # The ids are those summarize gives the same list.
    cited = {c for point in summarize(texts, max_words=400).points for c in point.citations}
    assert cited <= {doc.id for doc in flat}
    assert group_stories(iter([])) == ()


def test_other_values_are_refused() -> None:
    with pytest.raises(TypeError, match=r"document 1 must be a Document or str; got int$"):
        group_stories([5, Document(text="a")])  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("text", 5, "document 2: text must be str; got int"),
        ("title", ["Bridge", "shut"], r"document 2: title must be str or None; got \['Bridge'"),
        ("date", 20260303, r"document 2: date must be str or None; got 20260303 \(int\)"),
        ("language", ["en"], "document 2: language must be str or None"),
        ("removed", "header", "document 2: removed must be a tuple of Removal"),
    ],
)
def test_a_field_of_the_wrong_type_is_named(field: str, value: object, message: str) -> None:
    # A Document's fields are not type-checked when it is made: grouping used to fail inside a
    # stage ("'int' object has no attribute 'find'"), where summarize names the field.
    good = Document(text="The Marrow Creek bridge closed on Tuesday after a crack was found.")
    bad = dataclasses.replace(
        Document(text="Inspectors shut the Marrow Creek bridge."), **{field: value}
    )
    with pytest.raises(TypeError, match=message):
        group_stories([good, bad])


def test_a_documents_language_out_of_the_list_is_refused_as_summarize_refuses_it() -> None:
    # Grouping read language="EN" as none and detected the language, where summarize (and so
    # each story after it) refuses it: the two disagreed on the same article.
    from summarizer import summarize

    good = Document(text="The Marrow Creek bridge closed on Tuesday after a crack was found.")
    bad = Document(text="Inspectors shut the Marrow Creek bridge.", id="shut", language="EN")
    message = r"^document 'shut': language must be one of en, de, fr, es, it or None \(detect it\)"
    with pytest.raises(ConfigError, match=message):
        summarize([good, bad])
    with pytest.raises(ConfigError, match=message):
        group_stories([good, bad])
    # An empty language is none (detected), as summarize reads it.
    nameless = dataclasses.replace(bad, id=None, language="english")
    # Without an id, the id summarize gives it.
    with pytest.raises(ConfigError, match=r"^document 'doc2': language must be one of .*'english'"):
        group_stories([good, nameless])
    assert len(group_stories([good, dataclasses.replace(bad, language="")])) == 1


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("threshold", 0, r"threshold must be a number in \(0, 1\]; got 0"),
        ("threshold", 1.5, r"threshold must be a number in \(0, 1\]; got 1.5"),
        ("neighbors", 0, "neighbors must be a positive whole number; got 0"),
        ("neighbors", True, "neighbors must be a positive whole number; got True"),
    ],
)
def test_bad_settings_are_refused(name: str, value: object, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        group_stories(_documents(), **{name: value})  # type: ignore[arg-type]


def _synthetic(stories: int) -> list[Document]:
    """Three articles per story: the story's own words among words every story uses."""
    import random

    rng = random.Random(7)
    common = [f"common{k}" for k in range(300)]
    docs = []
    for story in range(stories):
        own = [f"story{story}word{k}" for k in range(12)]
        for outlet in range(3):
            words = rng.choices(own, k=40) + rng.choices(common, k=80)
            rng.shuffle(words)
            docs.append(
                Document(" ".join(words), id=f"{story}-{outlet}", source=f"Outlet {outlet}")
            )
    return docs


# A fictional uranium mine (our own text): a blockade in 2031 (five articles), a court case over
# its licence in 2034 (three). The two share the mine's name and little else; each is covered for
# eleven to thirteen weeks.
_MINE = [
    (
        "mine-protest-gazette",
        "Harbour Gazette",
        "2031-03-02",
        "Elders block the road to the Korrabin uranium mine",
        (
            "Traditional owners and their supporters blocked the only road into the Korrabin "
            "uranium mine on Sunday, saying the pit threatens the wetlands downstream. About 300 "
            "protesters set up a camp at the gate, and ore trucks stood idle by the road."
        ),
    ),
    (
        "mine-protest-courier",
        "Coastal Courier",
        "2031-04-10",
        "Korrabin blockade enters its sixth week",
        (
            "The blockade of the Korrabin uranium mine entered its sixth week as more protesters "
            "joined the camp at the gate. The elders say the tailings dam could leak into the "
            "wetlands; no ore has left the mine since the first day."
        ),
    ),
    (
        "mine-protest-herald",
        "Valley Herald",
        "2031-03-16",
        "Korrabin protest camp grows at the mine gate",
        (
            "Two weeks into the blockade, the protest camp at the gate of the Korrabin uranium mine "
            "has grown to some 500 people. The elders hold a meeting at the camp each evening, and "
            "the ore trucks still wait on the road."
        ),
    ),
    (
        "mine-protest-post",
        "Inland Post",
        "2031-04-25",
        "Korrabin mine owner seeks to end blockade",
        (
            "The owner of the Korrabin uranium mine asked the state to end the blockade of its road, "
            "saying idle ore trucks cost it a million a week. The elders at the camp answered that "
            "the protesters would stay until the wetlands were safe."
        ),
    ),
    (
        "mine-protest-wire",
        "Northwire",
        "2031-05-20",
        "Police clear the Korrabin protest camp",
        (
            "Police cleared the protest camp at the Korrabin uranium mine on Monday and arrested 41 "
            "protesters after an eleven-week blockade of its road. The elders vowed to go on fighting "
            "the mine, and the first ore trucks left the gate at dusk."
        ),
    ),
    (
        "mine-court-gazette",
        "Harbour Gazette",
        "2034-06-05",
        "Court hears challenge to Korrabin licence",
        (
            "Lawyers for the traditional owners asked the high court on Monday to cancel the licence "
            "of the Korrabin uranium mine, arguing that the 2029 approval ignored the sacred sites on "
            "the lease. The operator says the licence was lawfully granted."
        ),
    ),
    (
        "mine-court-courier",
        "Coastal Courier",
        "2034-07-20",
        "Korrabin case: judges reserve decision",
        (
            "Three judges reserved their decision on the Korrabin uranium licence after six weeks of "
            "hearings. Counsel for the company told the court that closing the pit would cost 900 "
            "jobs; the other side answered that the approval had never been tested."
        ),
    ),
    (
        "mine-court-wire",
        "Northwire",
        "2034-09-02",
        "High court cancels Korrabin mine licence",
        (
            "The high court cancelled the licence of the Korrabin uranium mine on Wednesday, ruling "
            "that the sacred sites on the lease were never assessed. Digging must stop within 90 "
            "days, the judges said, and lawyers for the owners called it a landmark ruling."
        ),
    ),
]
_MINE_PIECES = {
    frozenset(doc_id for doc_id, *_ in _MINE[:5]),
    frozenset(doc_id for doc_id, *_ in _MINE[5:]),
}


def _mine_among_news(days: Sequence[str] | None = None) -> list[Document]:
    """The mine's eight articles (dated ``days`` when given) among 534 others: the news of
    ``_ARTICLES`` and ``_BUSY_SENATE`` and 519 synthetic ones, so that a name eight articles use
    is rare (TOPIC_MAX_SHARE of 542 articles: 8.1)."""
    mine = [
        Document(text=text, id=doc_id, title=title, source=outlet, date=day)
        for (doc_id, outlet, day, title, text), day in zip(
            _MINE, days or [day for _, _, day, _, _ in _MINE]
        )
    ]
    senate = [
        Document(text=text, id=doc_id, title=title, source=outlet, date=day)
        for doc_id, _event, outlet, day, title, text in _BUSY_SENATE
    ]
    return _synthetic(173) + _documents() + senate + mine


def _mine_stories(docs: Sequence[Document]) -> set[frozenset[str]]:
    return {
        ids for ids in _partition(group_stories(docs)) if any(i.startswith("mine") for i in ids)
    }


def test_a_story_s_middle_span_is_between_the_quartiles_of_its_dates() -> None:
    """As ``np.percentile``: a straggler weeks after a burst does not make an event long."""
    import numpy as np

    story = np.array([0, 0, 0, 0, 0, 1, 1, 2, 2, 2])
    days = np.array([0.0, 1.0, 1.0, 2.0, 60.0, 5.0, np.nan, 0.0, 400.0, 900.0])
    spans = group_module._middle_span(story, days, 4)
    assert spans[0] == pytest.approx(np.percentile(days[:5], 75) - np.percentile(days[:5], 25))
    assert spans[0] == 1.0 and spans[1] == 0.0 and spans[2] == 450.0 and spans[3] == -1.0


def test_a_rare_name_joins_the_pieces_of_a_long_running_topic(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The blockade and the court case, three years apart, are one topic (as DUC's topics: the
    Jabiluka mine's protests and its court cases, EgyptAir 990's crash and its inquiry). Their
    cosine keeps them apart; "Korrabin", among the most characteristic terms of both, used by
    all their articles and by no other, joins them. Without the second pass: two stories."""
    docs = _mine_among_news()
    assert _mine_stories(docs) == {frozenset().union(*_MINE_PIECES)}
    monkeypatch.setattr(group_module, "TOPIC_TERMS", 0)
    assert _mine_stories(docs) == _MINE_PIECES


def test_two_events_about_one_rare_name_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same articles, each piece covered over three days: two events about one name (a
    blockade, then a ruling) stay two stories, as two events of one ferry or of one politician
    must. An event's coverage lasts days; a join needs one story spanning TOPIC_SPAN_DAYS.
    Without that test the name joins them."""
    days = ["2031-03-02", "2031-03-03", "2031-03-03", "2031-03-04", "2031-03-04"]
    days += ["2034-06-05", "2034-06-06", "2034-06-07"]
    docs = _mine_among_news(days)
    assert _mine_stories(docs) == _MINE_PIECES
    monkeypatch.setattr(group_module, "TOPIC_SPAN_DAYS", 0.0)
    assert _mine_stories(docs) == {frozenset().union(*_MINE_PIECES)}


_COURT_WEEK = ["2034-06-05", "2034-06-06", "2034-06-07"]


def test_a_burst_on_the_name_joins_the_long_story(monkeypatch: pytest.MonkeyPatch) -> None:
    """The blockade covered over eleven weeks, the court case over three days (a topic's week of
    many articles, as EgyptAir 990's final report or a comedian's stage week): the burst joins
    the long story whose rare name it shares. Two stories when no story counts as long (as when
    both had to be, round 4)."""
    days = [day for _, _, day, _, _ in _MINE[:5]] + _COURT_WEEK
    docs = _mine_among_news(days)
    assert _mine_stories(docs) == {frozenset().union(*_MINE_PIECES)}
    monkeypatch.setattr(group_module, "TOPIC_LONG_ARTICLES", len(docs))
    assert _mine_stories(docs) == _MINE_PIECES


def test_a_long_story_of_a_few_articles_takes_no_burst(monkeypatch: pytest.MonkeyPatch) -> None:
    """Three blockade articles eleven weeks apart and the court's three-day burst stay two
    stories: with fewer than TOPIC_LONG_ARTICLES articles a story's middle half is interpolated
    between a few dates, a few mentions, not a running topic. At three articles they join."""
    days = [day for _, _, day, _, _ in _MINE[:5]] + _COURT_WEEK
    dropped = {"mine-protest-herald", "mine-protest-post"}
    docs = [doc for doc in _mine_among_news(days) if doc.id not in dropped]
    pieces = {piece - dropped for piece in _MINE_PIECES}
    assert _mine_stories(docs) == pieces
    monkeypatch.setattr(group_module, "TOPIC_LONG_ARTICLES", 3)
    assert _mine_stories(docs) == {frozenset().union(*pieces)}


def test_a_name_many_articles_use_joins_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same long stories among 20 more that name the mine in passing (a region's weather,
    its roads): "Korrabin" is no longer rare, nor held by the two stories, nor among their most
    characteristic terms (its IDF has fallen); they stay apart. Without those three tests the
    name joins them."""
    region = [
        Document(
            f"Korrabin district notice {k}: {topic} in uranium country, week {k}.",
            id=f"notice-{k}",
        )
        for k, topic in enumerate(["rain", "road works", "a school fete", "a cattle sale"] * 5)
    ]
    docs = _mine_among_news() + region
    assert _mine_stories(docs) == _MINE_PIECES
    monkeypatch.setattr(group_module, "TOPIC_MAX_SHARE", 1.0)
    monkeypatch.setattr(group_module, "TOPIC_INSIDE", 0.0)
    monkeypatch.setattr(group_module, "TOPIC_TERMS", 1000)
    mine = frozenset().union(*_MINE_PIECES)
    assert {ids & mine for ids in _mine_stories(docs)} == {mine}  # notices may join too


def test_the_neighbour_search_holds_a_block_of_candidates_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No n-by-n similarity matrix: the candidate scores held at once are at most BLOCK_CELLS."""
    docs = _synthetic(60)  # 180 articles: a full matrix would be 32,400 values
    cells = 2_000
    monkeypatch.setattr(group_module, "BLOCK_CELLS", cells)
    monkeypatch.setattr(group_module, "PROBE_TERMS", 10)
    monkeypatch.setattr(group_module, "MAX_POSTINGS", 20)
    held: list[int] = []
    best_per_row = group_module._best_per_row

    def spy(row: object, col: object, value: object, keep: int) -> object:
        held.append(len(value))  # type: ignore[arg-type]
        return best_per_row(row, col, value, keep)  # type: ignore[arg-type]

    monkeypatch.setattr(group_module, "_best_per_row", spy)
    assert len(group_stories(docs)) == 60  # the synthetic stories are found
    assert len(held) > 2 and max(held) <= cells


def test_time_grows_linearly_with_the_articles() -> None:
    """16 times the articles (the same kind of stories) take well under 16 * 2 times the CPU.

    Measured: 4.0x with the inverted index; 48x with the former all-pairs search (a dense block
    of every article against all), which this test fails. CPU time, least of 3 runs (see
    tests/test_limits.py ``elapsed``), so a busy machine does not break the 2x margin."""
    from test_limits import elapsed

    small, large = _synthetic(200), _synthetic(3200)
    assert len(group_stories(large)) == 3200  # the stories are found at the large size
    ratio = elapsed(lambda: group_stories(large)) / elapsed(lambda: group_stories(small))
    assert ratio < 16 * 2, f"16x the articles took {ratio:.1f}x the CPU time"


def test_a_word_in_too_many_articles_finds_no_neighbours(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A word shared by more articles than MAX_POSTINGS names a topic: it links nothing, so the
    candidate search stays linear. Each article here shares only one such word with the others."""
    docs = [
        Document(f"Harbour harbour quay {chr(97 + k)}lpha{k} {chr(97 + k)}eta{k}", id=str(k))
        for k in range(8)
    ]
    assert len(group_stories(docs, threshold=0.05)) < len(docs)  # the shared word links them
    monkeypatch.setattr(group_module, "MAX_POSTINGS", 4)
    assert len(group_stories(docs, threshold=0.05)) == len(docs)


def test_on_a_dask_cluster_the_same_stories(monkeypatch: pytest.MonkeyPatch) -> None:
    distributed = pytest.importorskip(
        "distributed", reason="dask.distributed is not installed (pip install .[dask])"
    )
    docs = _synthetic(40) + _documents()
    # Several blocks of the neighbour search, so several tasks go to the workers.
    monkeypatch.setattr(group_module, "BLOCK_CELLS", 30 * group_module.PROBE_TERMS * 200)
    here = group_stories(docs)
    # The dashboard on a random port (see tests/test_batch.py).
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=":0", processes=True
    ) as cluster:
        there = group_stories(docs, scheduler=cluster.scheduler_address)
    assert there == here  # the same Document objects in the same stories and order
    assert len(here) == 40 + len(_events())


def test_an_unreachable_scheduler_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip(
        "distributed", reason="dask.distributed is not installed (pip install .[dask])"
    )
    from summarizer import batch

    monkeypatch.setattr(batch, "SCHEDULER_TIMEOUT", 1)
    with pytest.raises(
        batch.SchedulerError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"
    ):
        group_stories(_documents(), scheduler="tcp://127.0.0.1:9")


def test_a_front_matter_longer_than_the_top_read_is_read_whole() -> None:
    """Only the first TOP_CHARS were cleaned: a front matter longer than that (a web clipper's,
    with a long description) was cut inside, and grouping had no title, date or outlet."""
    description = "The ferry to Skerrow and what its return means for the islands. " * 60
    text = (
        "---\ntitle: Ferry service resumes\n"
        f"description: {description.strip()}\n"
        "date: 2031-06-02\nsource: Harbour Gazette\ntags:\n  - ferry\n  - Skerrow\n---\n\n"
        "The ferry to Skerrow sailed again on Monday.\n"
    )
    assert text.index("source:") > group_module.TOP_CHARS
    read = group_module._read_top(Document(text, id="a"))
    assert (read.date, read.source, read.title) == (
        "2031-06-02",
        "Harbour Gazette",
        "Ferry service resumes",
    )
    assert " ".join(read.text.split()) == "The ferry to Skerrow sailed again on Monday."
    # The top after it is read as for an article without one: its date line and headline.
    lines = "Ferry back\nJune 3, 2031\n\nThe ferry sailed again on Monday.\n"
    read = group_module._read_top(Document(f"---\nsummary: {description}\n---\n{lines}", id="b"))
    assert (read.date, read.title) == ("2031-06-03", "Ferry back")
    # Longer than TOP_FRONT_CHARS: not read whole (its first TOP_CHARS as before), no error.
    huge = f"---\nsource: Northwire\nsummary: {'x' * group_module.TOP_FRONT_CHARS}\n---\n{lines}"
    assert group_module._read_top(Document(huge, id="c")).source is None


def test_a_wire_story_carried_by_hundreds_of_outlets_is_one_story() -> None:
    """Hundreds of outlets running one wire story word for word, each under its own headline:
    every word of it was among the heaviest of more than MAX_POSTINGS articles, so no copy found
    a neighbour and each was a story of its own (210 copies: 210 stories), the outlets' own
    reports of the event apart from them."""
    docs = _documents()
    wire = next(doc for doc in docs if doc.id == "ferry-wire")
    copies = [
        dataclasses.replace(wire, id=f"copy-{n}", source=f"Paper {n}", title=f"Ferry aground ({n})")
        for n in range(210)
    ]
    stories = group_stories([*docs, *copies])
    ferry = next(story for story in stories if any(doc.id == "ferry-wire" for doc in story))
    held = {str(doc.id) for doc in ferry}
    assert {f"copy-{n}" for n in range(210)} <= held
    assert {"ferry-gazette", "ferry-courier"} <= held
    # The other events are grouped as without the copies.
    rest = {frozenset(str(d.id) for d in story) for story in stories if story is not ferry}
    alone = _partition(group_stories(docs))
    assert rest == {story for story in alone if "ferry-wire" not in story}


def test_a_feeds_stock_line_under_each_headline_is_no_copy_of_one_story() -> None:
    """Items whose text is one stock line ("More at ...") are told apart by their headlines, as
    before: a lead that short is no story's copy (COPY_MIN_WORDS), however many items hold it."""
    kiln = [
        "Kiln fire destroys Marrowby pottery works",
        "Marrowby pottery kiln lost in overnight blaze",
        "Blaze guts historic Marrowby kiln",
        "Fire crews battle Marrowby kiln blaze",
        "Marrowby kiln fire: owner Ellen Vance speaks",
        "Pottery kiln in Marrowby burns down",
    ]
    bridge = [
        "Council approves Lenn footbridge",
        "Lenn footbridge vote passes council",
        "Footbridge over the Lenn gets green light",
        "Councillors back Lenn footbridge plan",
        "Lenn footbridge approved by eleven votes",
        "New footbridge for the Lenn approved",
    ]
    docs = [
        Document("More at lennpost.example today.", id=f"{kind}{n}", title=title, date="2031-03-14")
        for kind, titles in (("k", kiln), ("b", bridge))
        for n, title in enumerate(titles)
    ]
    assert _partition(group_stories(docs)) == {
        frozenset(f"k{n}" for n in range(6)),
        frozenset(f"b{n}" for n in range(6)),
    }


# A wire story of the tests' own (five paragraphs), which outlets carry with small edits.
_WIRE = (
    (
        "Engineers at the Corrow Valley dam opened three of its five spillway gates on Thursday "
        "after a week of heavy rain pushed the reservoir to within a metre of its crest, the "
        "regional water authority said in a statement issued shortly before noon."
    ),
    (
        "The authority said the release would raise the Tamsel River by up to two metres in the "
        "towns downstream over the next two days, and asked farmers on the low fields east of "
        "Harwick to move livestock and machinery to higher ground before Friday evening."
    ),
    (
        "Officials stressed that the structure itself was sound. Inspectors who walked the "
        "concrete wall at dawn found no new seepage, and the sensors installed during the refit "
        "four years ago showed pressures well inside their design limits."
    ),
    (
        "Forecasters expect another forty millimetres of rain across the catchment by Sunday. "
        "If the inflow does not ease, a fourth gate could be opened, which would flood the "
        "meadows around Pellam and close the old stone bridge on the county road for several "
        "days."
    ),
    (
        "The dam, finished in 1968, holds drinking water for about three hundred thousand "
        "people. Its last full release, in the winter of 2009, forced the evacuation of two "
        "riverside caravan parks and damaged the footpath along the gorge."
    ),
)


def _near_copy(number: int) -> Document:
    """The wire story as outlet ``number`` runs it: one word changed, one paragraph trimmed, or
    a local sentence added at the top (five kinds, each naming one of eight towns)."""
    towns = ("Ashby", "Brennock", "Caldmoor", "Dunley", "Eskworth", "Fallow", "Grimsay", "Hollin")
    swaps = (("Thursday", "Thursday morning"), ("heavy", "relentless"), ("statement", "notice"))
    paragraphs = list(_WIRE)
    kind, turn = number % 3, number // 3
    if kind == 0:
        old, new = swaps[turn % len(swaps)]
        paragraphs[0] = paragraphs[0].replace(old, new, 1)
    elif kind == 1:
        del paragraphs[turn % len(paragraphs)]
    else:
        town = towns[turn % len(towns)]
        local = (
            f"Residents of {town} should check the council's flood page for closures.",
            f"In {town}, sandbags are handed out at the fire station from noon.",
            f"The {town} road by the mill may shut if the water rises further.",
            f"Schools in {town} stay open, the head teachers' group confirmed.",
            f"Anglers near {town} were asked to keep off the banks this weekend.",
        )
        paragraphs.insert(0, local[turn % len(local)])
    words = ("Dam", "spillway", "gates", "opened", "reservoir", "crest", "Tamsel", "rain")
    title = " ".join(words[(number + k * 3) % len(words)] for k in range(4))
    return Document(
        "\n\n".join(paragraphs),
        id=f"copy-{number}",
        title=title.capitalize(),
        source=f"Paper {number}",
        date="2031-04-10",
    )


def test_near_copies_of_a_wire_story_carried_by_hundreds_of_outlets_are_one_story() -> None:
    """Hundreds of outlets running one wire story each with an edit of its own (a word changed,
    a paragraph trimmed, a local sentence at the top): no two leads the same, so none was a
    copy, and past NEIGHBOURS each copy's nearest were the copies most like it (those with its
    local sentence, its trimmed paragraph), or none at all (its every word among the heaviest of
    more than MAX_POSTINGS articles). 200 copies were 5 stories (100: one)."""
    docs = _documents()
    copies = [_near_copy(number) for number in range(200)]
    assert len({group_module._lead(doc) for doc in copies}) > group_module.MAX_COPIES
    stories = group_stories([*docs, *copies])
    held = [story for story in stories if any(str(doc.id).startswith("copy-") for doc in story)]
    assert len(held) == 1
    assert {str(doc.id) for doc in held[0]} == {doc.id for doc in copies}
    # The other events are grouped as without the copies.
    rest = {frozenset(str(d.id) for d in story) for story in stories if story is not held[0]}
    assert rest == _partition(group_stories(docs))


def test_a_few_near_copies_are_grouped_as_other_articles() -> None:
    """MAX_COPIES near copies or fewer are no set: each is an article of its own (DUC holds 46
    sets of two to four, grouped as any reports)."""
    leads = [group_module._lead(_near_copy(number)) for number in range(40)]
    first = group_module._first_copies(leads)
    assert (first[group_module.COPY_KEPT :] == 0).all()  # one set, the first lead's
    few = group_module._first_copies(leads[: group_module.MAX_COPIES])
    assert (few == np.arange(group_module.MAX_COPIES)).all()
    # A feed's stock paragraph under items of their own: the leads share under COPY_SHARE of
    # their runs of words, no copies however many items carry it.
    stock = " ".join(_WIRE[4].split()[:40])
    items = [
        " ".join(f"{word}{number}" for word in _WIRE[number % 4].split()[:40]) + " " + stock
        for number in range(40)
    ]
    assert (group_module._first_copies(items) == np.arange(40)).all()


def test_copies_of_a_short_lead_are_found() -> None:
    """A lead of a few dozen words has runs in only some of the sketch's bins: copies of one (a
    feed item's summary carried by a dozen outlets, a word changed in some) are still a set."""
    words = _WIRE[0].split()[: group_module.COPY_MIN_WORDS + 2]
    lead = " ".join(words)
    assert len(words) - 2 < group_module.COPY_BANDS * group_module.COPY_ROWS  # bins left empty
    leads = [
        lead if number % 2 else lead.replace("heavy", f"heavy{number}") for number in range(12)
    ]
    first = group_module._first_copies(leads)
    assert (first[group_module.COPY_KEPT :] == 0).all()


def test_row_dots_are_scipys_pair_by_pair_in_either_order() -> None:
    """Each unordered pair is computed once only where that gives scipy's floats: rows in column
    order (products added in column order either way round), not unsorted rows (added in the
    reverse of the first row's order, which differs between (i, j) and (j, i))."""
    from scipy.sparse import random as sparse_random

    rng = np.random.default_rng(7)
    dense = sparse_random(40, 300, density=0.5, format="csr", dtype=np.float32, random_state=rng)
    a = rng.integers(0, 40, 5000)
    b = rng.integers(0, 40, 5000)
    a, b = np.r_[a, b], np.r_[b, a]  # every pair both ways round
    unsorted = dense.copy()
    for row in range(40):  # each row's entries stored in an order of its own
        lo, hi = unsorted.indptr[row], unsorted.indptr[row + 1]
        order = lo + rng.permutation(hi - lo)
        unsorted.indices[lo:hi] = unsorted.indices[order]
        unsorted.data[lo:hi] = unsorted.data[order]
    unsorted.has_sorted_indices = False
    for matrix in (dense, unsorted):
        expected = np.asarray(matrix[a].multiply(matrix[b]).sum(axis=1)).ravel()
        assert np.array_equal(group_module._row_dots(matrix, matrix, a, b), expected)


def test_the_neighbours_cosines_are_those_of_their_pairs() -> None:
    """``_scaled_by_density`` reads the cosines the neighbour search kept instead of computing them
    again: each must be its own pair's, to the bit."""
    from scipy.sparse import csr_matrix

    rng = np.random.default_rng(5)
    dense = (rng.random((60, 40)) ** 6).astype(np.float32)
    dense /= np.linalg.norm(dense, axis=1, keepdims=True)
    matrix = csr_matrix(dense)
    rows, cols, cosine = group_module._neighbours(matrix, 6)
    assert len(rows) > 60
    assert np.array_equal(cosine, group_module._row_dots(matrix, matrix, rows, cols))


def test_unique_pairs_are_the_sorted_distinct_pairs_of_two_stories() -> None:
    rng = np.random.default_rng(11)
    a = rng.integers(0, 50, 3000).astype(np.int32)
    b = rng.integers(0, 50, 3000).astype(np.int32)
    pairs = group_module._unique_pairs(a, b)
    expected = sorted({(min(x, y), max(x, y)) for x, y in zip(a.tolist(), b.tolist()) if x != y})
    assert pairs.tolist() == [list(pair) for pair in expected]
    assert pairs.dtype == np.int32


def _forecast(day: int) -> Document:
    """Day ``day`` of one outlet's daily forecast (our own template): the frame the same every
    day, the weather its own."""
    skies = (
        "sunny spells",
        "heavy showers",
        "light rain",
        "thick fog at first",
        "a clear sky",
        "scattered thunderstorms",
        "drizzle clearing later",
        "low cloud",
    )
    winds = ("north", "east", "south", "west", "northwest", "southwest")
    sky, later, high = skies[day % 8], skies[(day * 3 + 1) % 8], 8 + (day * 5) % 9
    text = (
        f"Harbourton can expect {sky} today, with {winds[day % 6]} winds of "
        f"{10 + (day * 7) % 30} km/h. Temperatures will reach a high of {high}C this afternoon, "
        f"falling to a low of {high - 5}C overnight. Tomorrow brings {later}. Sunrise is at "
        f"6.{10 + day}am and sunset at 7.{40 - day}pm. The Harbourton Herald forecast is issued by "
        "the weather desk at 6am every morning; the tide tables are on page 30."
    )
    return Document(
        text,
        id=f"forecast-{day}",
        title=f"Harbourton weather: {sky}, highs of {high}C",
        source="Harbourton Herald",
        date=f"2031-03-{day + 1:02d}",
    )


def test_one_outlet_s_daily_forecasts_are_a_story_each() -> None:
    """28 daily forecasts of one outlet, its template around each day's weather, were one story
    (their frame, and the weather's words they share, linked them day to day): each day's
    forecast is that day's news. The other events are grouped as without them."""
    docs = _documents()
    forecasts = [_forecast(day) for day in range(28)]
    leads, series = group_module._series_items(
        forecasts, [group_module._lead(d) for d in forecasts]
    )
    assert series.all()
    assert "Harbourton Herald forecast" not in leads[0]  # the template out, the weather kept
    assert "thick fog" in leads[3]
    stories = _partition(group_stories([*docs, *forecasts]))
    assert {frozenset([doc.id]) for doc in forecasts} <= stories
    assert stories - {frozenset([doc.id]) for doc in forecasts} == _events()


def test_two_series_items_link_only_on_one_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """Of the neighbour pairs, those of two series items of different days are dropped, and only
    those: a series item keeps its links to other articles whatever their days (an outlet whose
    every page opens with furniture would have its reports of a running story as series items)."""
    found: dict[str, np.ndarray] = {}
    neighbours, agglomerate = group_module._neighbours, group_module._agglomerate

    def near(*args, **kwargs):  # type: ignore[no-untyped-def]
        rows, cols, cosine = neighbours(*args, **kwargs)
        found["near"] = np.stack([rows, cols], axis=1)
        return rows, cols, cosine

    def spy(matrix, rows, cols, *args, **kwargs):  # type: ignore[no-untyped-def]
        found["kept"] = np.stack([rows, cols], axis=1)
        return agglomerate(matrix, rows, cols, *args, **kwargs)

    monkeypatch.setattr(group_module, "_neighbours", near)
    monkeypatch.setattr(group_module, "_agglomerate", spy)
    monkeypatch.setattr(group_module, "NEIGHBOURS", 20)  # forecasts meet the news too
    docs = [*_documents(), *[_forecast(day) for day in range(12)]]
    group_module.cluster_labels(docs, neighbors=20)
    forecast = np.array([str(doc.id).startswith("forecast") for doc in docs])
    days = [doc.date for doc in docs]
    near, kept = found["near"].tolist(), found["kept"].tolist()
    apart = [[a, b] for a, b in near if forecast[a] and forecast[b] and days[a] != days[b]]
    assert apart and kept == [pair for pair in near if pair not in apart]
    assert any(forecast[a] != forecast[b] and days[a] != days[b] for a, b in kept)


def test_a_feeds_stock_line_under_headlines_of_twelve_events_is_twelve_stories() -> None:
    """Twelve items of one feed, each a headline of its own event over the feed's stock line:
    the stock line's words were all they shared, and they were one story."""
    titles = [
        "Kiln fire destroys Marrowby pottery works",
        "Council approves Lenn footbridge",
        "Otter cubs born at Harwick zoo",
        "Bus drivers vote to strike over rotas",
        "Library extension opens to readers",
        "Teenager wins national chess title",
        "Landslide closes coastal railway line",
        "Brewery fined for river pollution",
        "Hospital ward reopens after refit",
        "Farmers protest milk prices at depot",
        "Lighthouse keeper retires after forty years",
        "Cyclist injured in quarry road crash",
    ]
    docs = [
        Document("More at lennpost.example today.", id=f"i{n}", title=title, source="Lenn Post")
        for n, title in enumerate(titles)
    ]
    assert len(group_stories(docs)) == 12


def test_a_series_item_is_mostly_its_own_outlet_s_template() -> None:
    """A run of words is a template when more than SERIES_ARTICLES articles of one outlet repeat
    it and few of other outlets do; an article is a series item when more than SERIES_SHARE of
    its first words are in such runs. A phrase every outlet uses is none; nor is an article of
    the news, whatever its outlet repeats."""
    phrase = "heavy rain closed the coast road again near"
    docs = [
        Document(f"{phrase} {town}{n} on {kind}{n}", id=f"{kind}{n}", source=kind)
        for kind in ("Tollside Echo", "Valley Radio")
        for n, town in enumerate(["Ashby", "Brennock"] * 6)
    ]
    leads = [group_module._lead(doc) for doc in docs]
    _, series = group_module._series_items(docs, leads)
    assert not series.any()  # the phrase is both outlets'
    _, series = group_module._series_items(docs[:12], leads[:12])
    assert series.all()  # one outlet's alone: its template
    news = _documents()
    _, series = group_module._series_items(news * 4, [group_module._lead(d) for d in news * 4])
    assert not series.any()  # each report four times over, each outlet's words its own
    # Runs of function words only are every outlet's: none is a template, however often one
    # outlet repeats them (a large outlet repeats each of them more than SERIES_ARTICLES times).
    words = [
        Document(f"when and where they can get that next kiln{n} fire{n} crew{n}", source="Echo")
        for n in range(12)
    ]
    _, series = group_module._series_items(words, [group_module._lead(d) for d in words])
    assert not series.any()


def test_a_lone_string_is_refused_with_the_fix_for_group_stories() -> None:
    # The fix named summarize: "wrap it in a list: summarize([text])".
    with pytest.raises(TypeError, match=r"wrap it in a list: group_stories\(\[text\]\)$"):
        group_stories("The ferry ran aground on Monday.")


def _long_and_burst(long_days: Sequence[float]) -> np.ndarray:
    """``_agglomerate`` over five articles dated ``long_days`` (one vector) and two articles of a
    burst 140 days after the last (a vector at cosine .185 to theirs: a link of .185 / 1.5, under
    the bar of .13 and over ``LONG_JOIN`` times it); every pair a neighbour pair, no outlet."""
    from scipy.sparse import csr_matrix

    c = 0.185
    vectors = np.array([[1.0, 0.0]] * 5 + [[c, (1 - c * c) ** 0.5]] * 2)
    matrix = csr_matrix(vectors)
    n = len(vectors)
    rows, cols = (a.ravel() for a in np.meshgrid(np.arange(n), np.arange(n), indexing="ij"))
    keep = rows != cols
    last = max(long_days)
    days = np.array([*long_days, last + 140, last + 141], dtype=float)
    return group_module._agglomerate(
        matrix,
        rows[keep],
        cols[keep],
        days,
        np.full(n, -1),
        0.13,
        csr_matrix((n, n)),
    )


def test_a_story_under_the_bar_joins_a_long_running_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Events first, then the running topics they belong to: a burst whose link to a long story
    (five articles whose middle half of dates spans a month or more) is under the bar but over
    LONG_JOIN times it joins that story; without the third stage it stays apart."""
    spread = [0, 40, 80, 120, 160]
    assert len(set(_long_and_burst(spread).tolist())) == 1
    monkeypatch.setattr(group_module, "LONG_JOIN", 1.0)
    assert len(set(_long_and_burst(spread).tolist())) == 2


def test_a_burst_does_not_join_a_story_that_is_not_long() -> None:
    """The same links, the five articles within three days: no story is long, two stay apart."""
    assert len(set(_long_and_burst([0, 1, 1, 2, 3]).tolist())) == 2


def _two_bursts(days: Sequence[float]) -> int:
    """Stories ``_agglomerate`` makes of two bursts of two articles (days ``days``; NaN:
    undated), each burst one vector, the two at cosine .22 (a link of .147 far apart in time,
    over the bar of .13; times .8, under it)."""
    from scipy.sparse import csr_matrix

    c = 0.22
    vectors = np.array([[1.0, 0.0]] * 2 + [[c, (1 - c * c) ** 0.5]] * 2)
    n = len(vectors)
    rows, cols = (a.ravel() for a in np.meshgrid(np.arange(n), np.arange(n), indexing="ij"))
    keep = rows != cols
    root = group_module._agglomerate(
        csr_matrix(vectors),
        rows[keep],
        cols[keep],
        np.array(days, dtype=float),
        np.full(n, -1),
        0.13,
        csr_matrix((n, n)),
    )
    return len(set(root.tolist()))


def test_two_bursts_a_month_apart_are_two_events(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two bursts of coverage (each dated within three days) 59 days apart, linked over the bar,
    are two stories; without the burst rule one. Undated, or 19 days apart: one."""
    assert _two_bursts([0, 1, 60, 61]) == 2
    assert _two_bursts([0, 1, 20, 21]) == 1
    assert _two_bursts([math.nan] * 4) == 1
    monkeypatch.setattr(group_module, "BURST_FACTOR", 1.0)
    assert _two_bursts([0, 1, 60, 61]) == 1


def test_a_story_spread_over_weeks_is_no_burst() -> None:
    """The first two articles ten days apart: no burst, so no cut; one story."""
    assert _two_bursts([0, 10, 70, 71]) == 1


def _burst_grown_one_at_a_time(days: Sequence[float]) -> int:
    """Stories of a burst of two articles (one vector, days ``days[:2]``) and two later articles
    (days ``days[2:]``) each at cosine .22 to the burst and .12 to each other: the later two join
    the burst one at a time (a link of .147 far apart in time; .12 between them, under the bar),
    so no two bursts ever meet in ``_links``; then ``_split_bursts`` reads the story's dates."""
    from scipy.sparse import csr_matrix

    c, s2 = 0.22, 1 - 0.22**2
    t = (0.12 - c * c) / s2
    later = [[c, s2**0.5, 0.0], [c, s2**0.5 * t, (s2 * (1 - t * t)) ** 0.5]]
    vectors = np.array([[1.0, 0.0, 0.0]] * 2 + later)
    n = len(vectors)
    rows, cols = (a.ravel() for a in np.meshgrid(np.arange(n), np.arange(n), indexing="ij"))
    keep = rows != cols
    day = np.array(days, dtype=float)
    root = group_module._agglomerate(
        csr_matrix(vectors), rows[keep], cols[keep], day, np.full(n, -1), 0.13, csr_matrix((n, n))
    )
    assert len(set(root.tolist())) == 1  # one story out of the merges, whatever the dates here
    return len(set(group_module._split_bursts(root, day).tolist()))


def test_two_bursts_a_month_apart_are_two_events_whatever_the_merge_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A burst and, two months later, two articles that joined it one at a time: the story is
    two bursts 59 days apart, so two stories. Not when the later two are five days apart (no
    burst), 19 days after the first (not a month), or undated; nor without the burst rule."""
    assert _burst_grown_one_at_a_time([0, 1, 60, 61]) == 2
    assert _burst_grown_one_at_a_time([0, 1, 60, 65]) == 1
    assert _burst_grown_one_at_a_time([0, 1, 20, 21]) == 1
    assert _burst_grown_one_at_a_time([0, 1, math.nan, math.nan]) == 1
    monkeypatch.setattr(group_module, "BURST_FACTOR", 1.0)
    assert _burst_grown_one_at_a_time([0, 1, 60, 61]) == 1


def test_split_bursts_keeps_each_burst_whole_and_labels_by_first_article() -> None:
    """Three stories: one of bursts on days 0-1, 40 and 90-92 (given out of order), one with a
    lone article between its bursts, one with an undated article: only the first is split, each
    burst labelled by its first article."""
    root = np.array([0, 0, 0, 0, 0, 0, 6, 6, 6, 6, 6, 11, 11, 11, 11])
    days = np.array([90, 0, 40, 1, 92, 40, 0, 1, 50, 100, 101, 0, 1, 60, np.nan], dtype=float)
    labels = group_module._split_bursts(root, days)
    assert labels.tolist() == [0, 1, 2, 1, 0, 2, 6, 6, 6, 6, 6, 11, 11, 11, 11]
