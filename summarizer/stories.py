"""Stories site: many articles -> DIR/index.html, one briefing page per story, DIR/stories.json.

``summarizer stories PATH... -o DIR/`` loads the articles (files, folders, JSON, JSON Lines,
RSS/Atom feeds), groups them into stories (``group_stories``), summarises each story and writes
a static site: ``index.html`` lists the stories, largest and newest first, each with its
headline, outlets, dates and first point, linking to the story's page; ``stories.json`` records
every story and its articles. Running again with more articles updates the site: a story keeps
the address (slug) it had as long as it keeps any of its articles (an article is known by its
text, or by its id when its text changed and its wording mostly did not), so links to it stay
valid; a story grouped into another and then apart again gets its own address back; a new
story's slug is a hash of its earliest article's id; the page of a story that is gone is
removed (only pages the previous stories.json records). Every file is written atomically.

``stories.json`` (``version`` 3, ``STORIES_VERSION``) holds ``stories``, largest and newest
first, each a record of:

- ``slug``: the story's address; ``page``: its page (``slug.html``), ``null`` when not listed;
  ``shown``: whether the index lists it (``--min-sources``);
- ``headline``; ``first_point``: the briefing's first point (``null`` without a briefing);
- ``outlets``: the distinct outlets named, in order of first article; ``first_date`` and
  ``last_date``: the ISO days of its earliest and latest dated article (``null`` when none is);
  ``first_time`` and ``last_time``: the earliest time given on the first day and the latest on
  the last (ISO 8601 with the offset as written, ``2031-06-10T19:40:00+01:00``; ``null`` when
  no article of that day gives a time): stories of one size and one last day are listed by it;
- ``articles``: one record per article: ``id``, ``title``, ``outlet`` (``null`` when the
  article names none), ``date`` (the ISO day), ``url``, as the briefing read them (cleaning
  finds them in a plain text article's header lines); ``time``, the date and time of day the
  article gives (a feed's, a record's or a web page's: ``null`` when it gives the day alone);
  ``sha256``, the SHA-256 of its text: what tells a rerun that it is the same article (ids
  are made unique in the order the inputs are given); and ``sketch``, the least
  ``SKETCH_SIZE`` hashes (CRC-32, in hexadecimal, space-separated) of its text's runs of ``SKETCH_WORDS`` words (casefolded,
  split at white space): what tells a rerun that an article whose id returns with another text
  is the same article edited, not another one under its id (an export's ids made by position);
- ``error`` (only when the story has no briefing): why, as its page and stderr say;
- ``new_page`` and ``new_articles`` (only after a rerun added articles to the story): the page
  of what they add, and their ids; ``new_story`` (only when true): the story is new since the
  last update. The last update is the previous run, or, when that run had the same articles in
  the same stories, the last run that changed them (a rerun that changes nothing writes the
  same site);
- ``reuse`` (only when the story has a briefing): what a rerun needs to keep the story as it is
  instead of summarising it again: ``inputs``, a digest of its slug, its articles (every field
  of each, in order) and the settings its page depends on (``--max-words``, the summarizer's
  version, code, data and templates, its libraries' versions); ``page``, the SHA-256 of its
  page's bytes (``null`` when not listed); ``new_page`` (only with a ``new_page``), the SHA-256
  of that page's bytes; ``language``, ``dates``, ``n_named``, ``n_unnamed``, ``n_copies``,
  ``n_near_copies``, ``lead``, ``lead_date``, ``lead_day``, ``lead_undated``, ``lead_dated_by``
  (the name of the source whose date ``lead_date`` is when the lead's own source gives none,
  else ""), ``headline_date``, ``headline_day``, ``headline_undated`` (the headline's, dated as
  the lead but only by its own source): what its index entry shows beyond the record's other
  fields (``n_named`` and ``n_unnamed`` count texts, a text's near copies with it, ``n_copies``
  the articles repeating one word for word, ``n_near_copies`` the texts nearly repeating one);
  ``check``, a digest of all of these and the record's fields.

``moved`` (only when there is one) maps the slug of an earlier story that a rerun grouped into
another (a bridging article joined them) to that story's slug: the old address keeps a page
that leads there, as long as that story is listed, so a reader's link still finds the story.

A rerun keeps a story (no summarising; its pages, record and index entry as the last run wrote
them) when its ``inputs`` digest is the same, its ``check`` holds, it has the same news to tell
(the same new articles; new itself or not), and its pages, when it is listed, are on disk with
the recorded bytes. Anything else is summarised again. The site is byte-identical either way.

Version 1 named an article's outlet ``source``; version 2 had no ``reuse``. A site of an older
version is still updated in place, every story summarised again (only ``slug`` and the
articles' ``id`` are read back). The index counts a story's sources as its distinct outlets plus
each article that names no outlet, and says so ("3 articles, 2 from The Courier and 1 with no
outlet named"): an article without an outlet is neither another outlet nor left out. A text that
several articles carry word for word (``text.word_for_word``: a wire story in two files and a
feed) is one text: a copy naming no outlet adds no source when another copy names one, and the
index says how many are copies ("4 articles (2 word-for-word copies), 1 from Northwire, 1 with
no outlet named"; ``render.count_sources``); each outlet that ran it still counts as an outlet.
A near copy (``text.near_copies``: a story re-sent with a figure corrected, an outlet's copy of
wire copy with a sentence cut) counts with its text as well, read from the briefing's
``Source.near_copy_of`` ("5 articles (1 near copy), ..."); without a briefing, only copies word
for word are found.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import hashlib
import heapq
import json
import os
import re
import sys
import warnings
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .cli import check_points, escape_controls, positive_int, write_atomic
from .errors import InputError, SummarizerError
from .headline import title_kind
from .lexicon import LANGUAGES
from .params import PARAMETERS, shows_progress
from .text import iso_day, parse_date, parse_date_time, time_order, word_for_word
from .types import Briefing, Document, Point, Source

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .pipeline import Summarizer
    from .render import SourceCounts, Words

__all__ = ["Story", "add_arguments", "assign_slugs", "run", "write_site"]

# The record format of stories.json; bumped when a field changes name or meaning. 2: an
# article's outlet is "outlet" (1 called it "source"), as in the story's "outlets" and in a
# briefing's JSON sources. 3: a story's "reuse" lets a rerun keep it unsummarised. A site of any
# version up to this one is updated in place (only a story of this version can be kept).
STORIES_VERSION = 3
# Whether a rerun keeps the stories it may keep; off, every story is summarised again (the tests
# compare the two sites, which must be byte-identical).
_REUSE = True
# Word budget of each story's briefing when --max-words is not given: a short read per story.
DEFAULT_STORY_WORDS = 100
# Why a story has no briefing when its articles were read but no sentence became a point and
# the word budget is not the cause (the error ``summarizer PATH`` gives is then none).
NO_POINTS = "no sentence of its articles could be selected as a point"
# Characters of an article id's hash in a new story's slug: 48 bits, no collision in practice
# (a collision still gets a numbered suffix).
SLUG_HASH_CHARS = 12
# An article's sketch (stories.json): the least SKETCH_SIZE hashes of its runs of SKETCH_WORDS
# words, a min-hash estimate of how much of two texts' wording is shared (Broder 1997) that
# needs no earlier text. Runs of three words: a corrected figure changes three of an article's
# hundreds, another article shares none but a quote or a stock phrase.
SKETCH_WORDS = 3
SKETCH_SIZE = 16
# Estimated share of two texts' runs of words from which an article whose id returns with
# another text is the one recorded, edited (a sentence corrected, a paragraph added or cut: .5
# to 1); another article under that id (a day's export whose ids are made by position) shares
# none (0 to .05). Half a rewrite still counts as an edit.
SAME_ARTICLE_SHARE = 0.25


@dataclass(frozen=True, slots=True)
class Story:
    """One story of the site: its slug, articles and briefing (``None`` when it could not be made)."""

    slug: str
    documents: tuple[Document, ...]
    briefing: Briefing | None
    error: str | None = None
    # Updated by this run: the articles new since the previous run and what they add
    # (``summarize(new, since=the story's earlier articles)``).
    new_documents: tuple[Document, ...] = ()
    update: Briefing | None = None
    # New to the site since the last update (none is on the site's first run).
    new_story: bool = False
    # Kept from the previous run, not summarised (``briefing`` is then None): what it recorded.
    kept: _Kept | None = None
    # The digest of what the story is made from (``_inputs_digest``); None: it records no
    # ``reuse``, so a rerun summarises it again.
    inputs: str | None = None

    def _outlet_names(self) -> tuple[str, ...]:
        """Each article's outlet, "" when none is named.

        From the briefing's sources when there is one: cleaning finds the outlet of a plain text
        article in its header lines ("The Brennick Courier"), which ``Document.source`` lacks.
        """
        names = (
            (source.outlet for source in self.briefing.sources)
            if self.briefing is not None
            else (doc.source for doc in self.documents)
        )
        return tuple(" ".join((raw or "").split()) for raw in names)

    def _counts(self) -> SourceCounts:
        """How its articles count as sources (``render.count_sources``): each text once, with
        its near copies, by the briefing's ``Source.copy_of`` and ``Source.near_copy_of`` when
        there is one, else by the articles' visible text."""
        from .render import count_sources, source_groups, source_texts

        if self.briefing is None:
            return count_sources(self._outlet_names(), word_for_word(self.documents))
        sources = self.briefing.sources
        return count_sources(self._outlet_names(), source_texts(sources), source_groups(sources))

    @property
    def outlets(self) -> tuple[str, ...]:
        """Distinct outlets named, in order of first article (an article naming none adds none)."""
        if self.kept is not None:
            return self.kept.outlets
        return self._counts().outlets

    @property
    def unnamed(self) -> int:
        """How many of its texts no article names an outlet for (a copy of a text counts with
        it: ``render.count_sources``)."""
        if self.kept is not None:
            return self.kept.n_unnamed
        return self._counts().unnamed

    @property
    def copies(self) -> int:
        """How many of its articles repeat an earlier one's text word for word."""
        return self._count("n_copies", lambda counts: counts.copies)

    @property
    def near_copies(self) -> int:
        """How many of its texts nearly repeat an earlier one (``text.near_copies``)."""
        return self._count("n_near_copies", lambda counts: counts.near_copies)

    def _count(self, fact: str, counted: Callable[[SourceCounts], int]) -> int:
        """A count kept in the record (``fact``) for a story reused as it was, else ``counted``
        from its articles (``_counts``)."""
        if self.kept is not None:
            value = self.kept.facts.get(fact)
            return value if isinstance(value, int) else 0
        return counted(self._counts())

    @property
    def dates(self) -> tuple[str, ...]:
        """Distinct article dates (ISO 8601), sorted; the briefing's as for ``outlets``."""
        if self.kept is not None:
            return self.kept.dates
        found = (
            (source.date for source in self.briefing.sources)
            if self.briefing is not None
            else (doc.date for doc in self.documents)
        )
        return tuple(sorted({day for date in found if date and (day := parse_date(date))}))

    def times(self, day: str | None) -> tuple[str, ...]:
        """The times its articles give on ``day`` (``parse_date_time`` of the dates as loaded:
        feeds, records and web pages give them), in time order (``time_order``)."""
        found = {
            stamp
            for doc in self.documents
            if doc.date and "T" in (stamp := parse_date_time(doc.date) or "") and stamp[:10] == day
        }
        return tuple(sorted(found, key=lambda stamp: (time_order(stamp), stamp)))

    @property
    def sources(self) -> int:
        """How many independent sources: the distinct outlets named, and each text that no
        article names an outlet for (it may be from any outlet; naming one outlet never lowers
        the count; a word-for-word copy naming none adds none)."""
        return len(self.outlets) + self.unnamed


# A story's fields in stories.json that its kept record brings back as they were (the record's
# and its "reuse" block's), and that its index entry is made from.
_RECORD_FACTS = (
    "headline",
    "outlets",
    "first_date",
    "last_date",
    "first_time",
    "last_time",
    "first_point",
    "articles",
)
_REUSE_FACTS = (
    "language",
    "dates",
    "n_named",
    "n_unnamed",
    "n_copies",
    "n_near_copies",
    "lead",
    "lead_date",
    "lead_day",
    "lead_undated",
    "lead_dated_by",
    "headline_date",
    "headline_day",
    "headline_undated",
)


@dataclass(frozen=True, slots=True)
class _Kept:
    """A story the previous run recorded and this run keeps unsummarised (its ``reuse``)."""

    inputs: str
    page: str | None  # SHA-256 of its page's bytes; None when it was not listed
    facts: Mapping[str, object]  # _RECORD_FACTS and _REUSE_FACTS, as recorded
    outlets: tuple[str, ...]
    dates: tuple[str, ...]
    n_unnamed: int
    # What is new in it, as recorded: the ids of its new articles (those its "what is new" page
    # tells) and whether the story itself is new; and that page's SHA-256 (None: it has none).
    news: tuple[tuple[str, ...], bool] = ((), False)
    new_page: str | None = None


def story_key(document: Document) -> str:
    """The id a story's slug is made from: the document id (unique within one run's input)."""
    return str(document.id)


def assign_slugs(
    groups: Sequence[Sequence[Document]],
    previous: Mapping[str, str],
    *,
    earlier_slugs: Iterable[str] = (),
    moved: Mapping[str, str] | None = None,
) -> tuple[str, ...]:
    """A slug per group: the previous slug of most of its articles, else a new one.

    Parameters
    ----------
    groups : sequence of sequence of Document
        The stories of this run.
    previous : mapping of str to str
        Article id -> slug, from the previous run's ``stories.json``.
    earlier_slugs : iterable of str, optional
        Every slug the previous run gave, besides those in ``previous``: none is given to a new
        story.
    moved : mapping of str to str, optional
        The previous run's ``moved``: the slug of a story grouped into another -> that story's
        slug.

    Returns
    -------
    tuple of str
        One slug per group, all distinct. A story grouped into another and now apart again gets
        its own slug back: the group holding the article the slug was made from, recorded in the
        story it went into, and not the article that story's slug was made from. Any other old
        slug goes to the group holding most of its articles (ties: the larger group, then the
        earlier one); a group without an old slug gets ``s-`` and a hash of its earliest
        article's id: the earliest day, on that day the earliest time (``time_order``: an offset
        read, a time before an article dated to the day alone), then the id; an undated article
        is the last.
    """
    slugs: list[str | None] = [None] * len(groups)
    taken: set[str] = set()
    for number, back in _restored(groups, previous, moved or {}).items():
        slugs[number] = back
        taken.add(back)
    claims: list[tuple[int, int, int, str]] = []
    for number, group in enumerate(groups):
        counts: dict[str, int] = {}
        for doc in group:
            slug = previous.get(story_key(doc))
            if slug is not None:
                counts[slug] = counts.get(slug, 0) + 1
        claims.extend((-count, -len(group), number, slug) for slug, count in counts.items())
    for _count, _size, number, slug in sorted(claims):
        if slugs[number] is None and slug not in taken:
            slugs[number] = slug
            taken.add(slug)
    # An old story's address is never reused for another.
    taken |= set(previous.values()) | set(earlier_slugs)
    out: list[str] = []
    for number, group in enumerate(groups):
        slug = slugs[number]
        if slug is None:
            base = slug = _new_slug(min(group, key=_time_key))
            suffix = 1
            while slug in taken:
                suffix += 1
                slug = f"{base}-{suffix}"
            taken.add(slug)
        out.append(slug)
    return tuple(out)


def _new_slug(document: Document) -> str:
    """The slug a new story whose earliest article is ``document`` is given (before a suffix)."""
    digest = hashlib.sha256(story_key(document).encode("utf-8")).hexdigest()
    return "s-" + digest[:SLUG_HASH_CHARS]


def _restored(
    groups: Sequence[Sequence[Document]], previous: Mapping[str, str], moved: Mapping[str, str]
) -> dict[int, str]:
    """Group number -> the slug of a story grouped into another (``moved``) that it tells apart
    again: it holds the article that slug was made from (``_new_slug``), which the previous run
    recorded in the story it went into, and not the one that story's slug was made from (the two
    stories still together keep the slug they are at)."""
    restored: dict[int, str] = {}
    if not moved:
        return restored
    given: set[str] = set()
    for number, group in enumerate(groups):
        made = {_new_slug(doc): doc for doc in group}
        for old, founder in sorted(made.items()):
            into = moved.get(old)
            if (
                into is not None
                and into not in made
                and previous.get(story_key(founder)) == into
                and old not in given
            ):
                restored[number] = old
                given.add(old)
                break
    return restored


def _time_key(doc: Document) -> tuple[bool, str, bool, str, str]:
    """An article's place in time among a story's: its day as written (``Story.dates``), then on
    one day its time (``time_order``, as ``Story.times`` orders them; the day alone after a time),
    then its id; undated last. The date as written ordered "19:00:00+00:00" before
    "19:40:00+01:00" (18:40 UTC) and "2031-06-09T..." after "Jun 8, 2031"."""
    stamp = (parse_date_time(doc.date) if doc.date else None) or ""
    return (not stamp, stamp[:10], "T" not in stamp, time_order(stamp), story_key(doc))


def _read_listing(path: Path) -> dict[str, object] | None:
    """An existing ``stories.json``, read once per run (the articles it records and the stories a
    rerun keeps read the same parse); None when there is none. A file that is no stories index, or
    one of a newer version, is refused; a story or a ``moved`` entry whose slug is no plain name
    of the folder (``_is_slug``) is left out of what is read."""
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as exc:  # not UTF-8, not JSON, too deep
        raise InputError(
            f"{path}: cannot be read as a stories index ({exc}); delete it or choose another -o"
        ) from None
    version = data.get("version") if isinstance(data, dict) else None
    stories = data.get("stories") if isinstance(data, dict) else None
    if isinstance(version, bool) or not isinstance(version, int):
        version = None
    if version is not None and isinstance(stories, list) and version > STORIES_VERSION:
        raise InputError(
            f"{path}: is a stories index of version {version}, newer than this summarizer "
            f"writes ({STORIES_VERSION}); upgrade summarizer or choose another -o folder"
        )
    # Every version wrote a whole "version" and a "slug" per story: a stories.json without them
    # is another tool's, whose folder (its index.html, the pages it names) is not ours to write.
    if (
        not isinstance(data, dict)
        or version is None
        or version < 1
        or not isinstance(stories, list)
        or not all(isinstance(s, dict) and isinstance(s.get("slug"), str) for s in stories)
    ):
        raise InputError(f"{path}: is not a 'summarizer stories' index; choose another -o folder")
    # A slug names files of the site (slug.html, slug.new.html): one that is no plain name in
    # this folder (an edited stories.json: "../notes", "index") is not read, as if not recorded.
    read = dict(data)
    read["stories"] = [story for story in stories if _is_slug(story["slug"])]
    moved = data.get("moved")
    if isinstance(moved, dict):
        read["moved"] = {
            old: new
            for old, new in moved.items()
            if _is_slug(old) and isinstance(new, str) and _is_slug(new)
        }
    return read


# What a slug may be: a plain name of the site's folder without a dot (so never "index", a path,
# or a "what is new" page's stem). Every slug made is "s-" and hexadecimal digits, perhaps "-2".
_SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


def _is_slug(text: str) -> bool:
    """Whether ``text`` may be a story's slug (``_SLUG``, not "index")."""
    return _SLUG.fullmatch(text) is not None and text != "index"


@dataclass(frozen=True, slots=True)
class _Earlier:
    """An article the previous run recorded: its story, and whether that run added it to it."""

    slug: str
    added: bool


def _match_earlier(
    documents: Sequence[Document], listing: Mapping[str, object] | None
) -> dict[str, _Earlier]:
    """This run's article id -> the article of a read ``stories.json`` it is.

    An article is the one recorded with its text (``sha256``), else the one recorded with its id
    when that one's text is not in this run and shares enough of its wording (``sketch``,
    ``SAME_ARTICLE_SHARE``: an article edited since, not another article under its id). Ids
    alone do not tell: they are made unique in the order the inputs are given, so two folders'
    ``01-wire.txt`` swap ``01-wire`` and ``01-wire-2`` when given in the other order, and the
    ids of an export's records that give none are made by position. A record without ``sha256``
    or ``sketch`` (written before they were recorded) is matched by its id.
    """
    stories = listing.get("stories") if listing is not None else None
    records: list[tuple[str, str, str | None, bool, tuple[int, ...] | None]] = []
    for story in stories if isinstance(stories, list) else ():
        if not isinstance(story, dict) or not isinstance(story.get("slug"), str):
            continue
        added = story.get("new_articles")
        added = set(added) if isinstance(added, list) and story.get("new_page") else set()
        for article in story.get("articles") or ():
            if isinstance(article, dict) and isinstance(article.get("id"), str):
                digest, sketch = article.get("sha256"), article.get("sketch")
                records.append(
                    (
                        story["slug"],
                        article["id"],
                        digest if isinstance(digest, str) else None,
                        article["id"] in added,
                        _read_sketch(sketch),
                    )
                )
    by_text: dict[str, list[int]] = {}
    by_id: dict[str, list[int]] = {}
    for number, (_slug, article_id, digest, _added, _sketch) in enumerate(records):
        if digest is not None:
            by_text.setdefault(digest, []).append(number)
        by_id.setdefault(article_id, []).append(number)
    claimed: set[int] = set()
    found: dict[str, int] = {}
    unmatched: list[Document] = []
    for doc in documents:
        free = [n for n in by_text.get(_text_digest(doc), ()) if n not in claimed]
        if free:
            found[story_key(doc)] = free[0]
            claimed.add(free[0])
        else:
            unmatched.append(doc)
    for doc in unmatched:
        free = [
            n
            for n in by_id.get(story_key(doc), ())
            if n not in claimed and _same_wording(records[n][4], doc)
        ]
        if free:
            found[story_key(doc)] = free[0]
            claimed.add(free[0])
    return {key: _Earlier(records[n][0], records[n][3]) for key, n in found.items()}


def _text_digest(document: Document) -> str:
    """What identifies an article from run to run: its text (``sha256`` in stories.json)."""
    return _sha256(document.text.encode("utf-8", "surrogatepass"))


def _sketch(document: Document) -> tuple[int, ...]:
    """The least ``SKETCH_SIZE`` CRC-32 hashes of the text's runs of ``SKETCH_WORDS`` words
    (casefolded, split at white space; a shorter text is one run), sorted (``sketch``)."""
    words = document.text.casefold().split()
    runs = {
        " ".join(words[i : i + SKETCH_WORDS]) for i in range(max(len(words) - SKETCH_WORDS + 1, 1))
    }
    hashes = {zlib.crc32(run.encode("utf-8", "surrogatepass")) for run in runs if run}
    return tuple(heapq.nsmallest(SKETCH_SIZE, hashes))


def _read_sketch(recorded: object) -> tuple[int, ...] | None:
    """A recorded ``sketch`` (hexadecimal hashes, space-separated) as numbers; None when there
    is none or it is no sketch."""
    if not isinstance(recorded, str):
        return None
    try:
        values = tuple(int(value, 16) for value in recorded.split())
    except ValueError:
        return None
    return values or None


def _same_wording(recorded: tuple[int, ...] | None, document: Document) -> bool:
    """Whether ``document`` shares enough of the wording of the article ``recorded`` sketches
    (``SAME_ARTICLE_SHARE`` of the least hashes of both sketches together, the min-hash estimate
    of the share of their runs of words); True without a sketch recorded (an older site)."""
    if recorded is None:
        return True
    own = set(_sketch(document))
    both = heapq.nsmallest(SKETCH_SIZE, own | set(recorded))
    shared = sum(1 for value in both if value in own and value in recorded)
    return bool(both) and shared >= SAME_ARTICLE_SHARE * len(both)


def _earlier_stories(listing: Mapping[str, object] | None) -> tuple[dict[str, int], set[str]]:
    """Slug -> how many articles the story had, for every story of a read ``stories.json``; and
    the slugs it marks ``new_story``."""
    stories = listing.get("stories") if listing is not None else None
    sizes: dict[str, int] = {}
    fresh: set[str] = set()
    for story in stories if isinstance(stories, list) else ():
        if isinstance(story, dict) and isinstance(story.get("slug"), str):
            articles = story.get("articles")
            sizes.setdefault(story["slug"], len(articles) if isinstance(articles, list) else 0)
            if story.get("new_story") is True:
                fresh.add(story["slug"])
    return sizes, fresh


def _earlier_moves(listing: Mapping[str, object] | None) -> dict[str, str]:
    """The ``moved`` of a read ``stories.json``: the slug of a story grouped into another ->
    that story's slug."""
    moved = listing.get("moved") if listing is not None else None
    if not isinstance(moved, dict):
        return {}
    return {old: new for old, new in moved.items() if isinstance(new, str)}


def _moves(
    slugs: Sequence[str],
    groups: Sequence[Sequence[Document]],
    earlier: Mapping[str, _Earlier],
    listing: Mapping[str, object] | None,
) -> dict[str, str]:
    """The slug of each earlier story whose address this run gives no story -> the story that
    now holds most of its articles (ties: the earlier story of this run); and the moves the
    last run recorded, followed to a story of this run. A story whose articles are all gone
    leads nowhere."""
    now = {slug: number for number, slug in enumerate(slugs)}
    counts: dict[str, dict[str, int]] = {}
    for slug, group in zip(slugs, groups):
        for doc in group:
            found = earlier.get(story_key(doc))
            if found is not None and found.slug not in now:
                held = counts.setdefault(found.slug, {})
                held[slug] = held.get(slug, 0) + 1
    moves = {
        old: min(held, key=lambda slug: (-held[slug], now[slug])) for old, held in counts.items()
    }
    for old, new in _earlier_moves(listing).items():
        seen = {old}
        while new not in now and new in moves and new not in seen:
            seen.add(new)
            new = moves[new]
        if new in now and old not in now:
            moves.setdefault(old, new)
    return moves


def _news(
    slugs: Sequence[str],
    groups: Sequence[Sequence[Document]],
    earlier: Mapping[str, _Earlier],
    listing: Mapping[str, object] | None,
) -> tuple[tuple[tuple[bool, ...], ...], tuple[bool, ...]]:
    """What is new in each story since the last update: which of its articles, and whether the
    whole story is (only when there was an earlier site: on the first run every story is).

    The last update is the previous run, unless that run and this one have the same articles in
    the same stories: then it is the run before, as recorded, so a rerun that changes nothing
    writes the same site.
    """
    sizes, fresh = _earlier_stories(listing)
    known = [[earlier.get(story_key(doc)) for doc in group] for group in groups]
    unchanged = (
        listing is not None
        and len(earlier) == sum(len(group) for group in groups) == sum(sizes.values())
        and all(
            len(group) == sizes.get(slug) and all(e is not None and e.slug == slug for e in found)
            for slug, group, found in zip(slugs, groups, known)
        )
    )
    if unchanged:
        added = tuple(tuple(e is not None and e.added for e in found) for found in known)
        return added, tuple(slug in fresh for slug in slugs)
    added = tuple(tuple(e is None for e in found) for found in known)
    return added, tuple(listing is not None and all(flags) for flags in added)


#: The site's files written with ``fsync``; its pages are checked against stories.json instead.
_DURABLE_FILES = frozenset({"index.html", "stories.json"})


def write_site(
    stories: Sequence[Story],
    directory: Path,
    *,
    min_sources: int = 1,
    moved: Mapping[str, str] | None = None,
) -> tuple[Path, ...]:
    """Write index.html, a page per shown story and stories.json into ``directory``.

    Returns the files written. Stories with fewer than ``min_sources`` sources are recorded in
    stories.json (``"shown": false``) but get no page and no place in the index. A story without
    a briefing (``error``) gets a page listing its articles that says why, as the index does. A
    page that the previous run's stories.json records and this run does not write (a story that
    vanished or is now hidden) is removed; no other file of the folder is touched. A story kept
    from the previous run (``Story.kept``, which ``run`` sets only when its page, if listed, is
    on disk as recorded) keeps that page; its record and index entry are the recorded ones.
    ``moved`` maps the slug of an earlier story now grouped into another to that story's slug:
    its address gets a page leading there (when that story is listed), recorded as ``moved``.
    """
    directory.mkdir(parents=True, exist_ok=True)
    created: list[Path] = []  # the files this run adds to the folder
    # The temporary files killed earlier runs may have left, listed once: each write listed the
    # folder, so a site of 3,000 pages read 9 million names.
    try:
        leftovers: list[str] | None = [
            name for name in os.listdir(directory) if name.startswith(".") and name.endswith(".tmp")
        ]
    except OSError:
        leftovers = None

    def put(path: Path, content: str) -> None:
        new = not os.path.lexists(path)
        # A page is not flushed to disk one by one (a few ms each): the next run rewrites any
        # page whose bytes are not those stories.json records. The index and stories.json are.
        page = path.name not in _DURABLE_FILES
        write_atomic(path, content, sync=not page, entries=leftovers)
        if new:
            created.append(path)

    try:
        return _write_site(stories, directory, min_sources, moved or {}, put)
    except BaseException:
        # Ctrl-C or a disk error part-way: the files this run added go (each one written is
        # whole, but no index or stories.json lists them yet; a first run's folder is left
        # empty, and ``run`` removes it). Pages it replaced stay: the earlier stories.json
        # records their old digests, so the next run makes them again.
        for path in created:
            with contextlib.suppress(OSError):
                path.unlink()
        raise


def _write_site(
    stories: Sequence[Story],
    directory: Path,
    min_sources: int,
    moved: Mapping[str, str],
    put: Callable[[Path, str], None],
) -> tuple[Path, ...]:
    """``write_site`` in its folder, each file written through ``put``."""
    from .render import (
        _environment,
        _render_builtin,
        _render_template,
        briefing_words,
        headline_date,
    )

    earlier_pages = _previous_pages(directory / "stories.json")
    ordered = sorted(stories, key=_rank)
    shown = [s for s in ordered if s.sources >= min_sources]
    listed = {id(s) for s in shown}
    facts = {id(s): _facts(s) for s in ordered}
    # The site's own words are in the language of most stories (the first of equals in rank).
    languages = [str(f["language"]) for f in facts.values() if f["language"] is not None]
    language = max(dict.fromkeys(languages), key=languages.count) if languages else "en"
    say = briefing_words(language)
    written: list[Path] = []
    page_digests: dict[str, str] = {}
    new_digests: dict[str, str] = {}
    page_template = "stories_briefing.html.j2"
    for story in shown:
        page = directory / f"{story.slug}.html"
        if story.kept is not None and story.kept.page is not None:
            # Kept: ``run`` found its pages on disk with the bytes their digests record.
            page_digests[story.slug] = story.kept.page
            written.append(page)
            if story.kept.new_page is not None:
                new_digests[story.slug] = story.kept.new_page
                written.append(directory / f"{story.slug}.new.html")
            continue
        # A story without a briefing still gets its page: its articles, and why (``error``).
        briefing = story.briefing or _bare_briefing(story, language)
        new_href = f"{story.slug}.new.html" if story.update is not None else ""
        extra: dict[str, object] = {
            "no_briefing": story.error or "",
            "new_href": new_href,
            "n_new": len(story.new_documents),
            "story_href": "",
        }
        content = _render_builtin(briefing, page_template, extra)
        put(page, content)
        page_digests[story.slug] = _sha256(content.encode("utf-8"))
        written.append(page)
        if story.update is not None:
            page = directory / new_href
            extra = {
                "no_briefing": "",
                "new_href": "",
                "n_new": 0,
                "story_href": f"{story.slug}.html",
            }
            # The update page carries the story's headline (``_update``), perhaps from an
            # earlier article than its own: dated from that article, as on the story's page.
            day_shown, iso, undated = headline_date(briefing, briefing_words(story.update.language))
            extra |= {
                "headline_date": day_shown,
                "headline_iso_date": iso,
                "headline_undated": undated,
            }
            content = _render_builtin(story.update, page_template, extra)
            put(page, content)
            new_digests[story.slug] = _sha256(content.encode("utf-8"))
            written.append(page)
    context = {
        "headline": say("stories_headline"),
        "language": language,
        "say": say,
        "stories": [_index_entry(story, facts[id(story)], say) for story in shown],
        "n_articles": sum(len(s.documents) for s in ordered),
        "n_stories": len(ordered),
        "n_hidden": len(ordered) - len(shown),
        "min_sources": min_sources,
        # "fewer than 3 outlets" beside a listed story of 2 outlets and an article naming none
        # needs the rule said.
        "unnamed_counted": any(s.unnamed for s in ordered),
    }
    index = directory / "index.html"
    put(index, _render_template(_environment(None), "stories_index.html.j2", context))
    written.append(index)
    headlines = {story.slug: str(facts[id(story)]["headline"]) for story in shown}
    leads = {old: new for old, new in sorted(moved.items()) if new in headlines}
    for old, new in leads.items():
        page = directory / f"{old}.html"
        there: dict[str, object] = {
            "headline": headlines[new],
            "href": f"{new}.html",
            "language": language,
            "say": say,
        }
        put(page, _render_template(_environment(None), "stories_moved.html.j2", there))
        written.append(page)
    for name in sorted(earlier_pages - {path.name for path in written}):
        (directory / name).unlink(missing_ok=True)
    record: dict[str, object] = {
        "version": STORIES_VERSION,
        "stories": [
            _story_record(
                story,
                id(story) in listed,
                facts[id(story)],
                page_digests.get(story.slug),
                new_digests.get(story.slug),
            )
            for story in ordered
        ],
    }
    if leads:
        record["moved"] = leads
    listing = directory / "stories.json"
    put(listing, json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    written.append(listing)
    return tuple(written)


def _bare_briefing(story: Story, language: str) -> Briefing:
    """A briefing without points for a story whose briefing failed: its page lists the articles."""
    sources = tuple(
        Source(
            id=story_key(doc),
            title=doc.title,
            outlet=doc.source,
            date=doc.date,
            url=doc.url,
            points=0,
            dateline=doc.dateline,
            byline=doc.byline,
            removed=doc.removed,
        )
        for doc in story.documents
    )
    return Briefing(
        points=(),
        sources=sources,
        documents=story.documents,
        headline=_headline(story),
        language=language,
    )


def _previous_pages(path: Path) -> set[str]:
    """The story pages an earlier run recorded in ``stories.json`` (a story's, its "what is new"
    page, a moved story's): plain ``.html`` file names of that folder only (never the index,
    never a path elsewhere), whatever the file holds; none when it is no stories index
    (``_read_listing``: another tool's stories.json names pages of its own)."""
    try:
        data = _read_listing(path)
    except InputError:
        return set()
    stories = data.get("stories") if isinstance(data, dict) else None
    moved = data.get("moved") if isinstance(data, dict) else None
    names: list[object] = [f"{old}.html" for old in moved] if isinstance(moved, dict) else []
    for story in stories if isinstance(stories, list) else ():
        names.extend(story.get(key) for key in ("page", "new_page") if isinstance(story, dict))
    return {
        name
        for name in names
        if isinstance(name, str)
        and name.endswith(".html")
        and name != "index.html"
        and Path(name).name == name
        and name not in {".", ".."}
        and "\\" not in name
    }


def _rank(story: Story) -> tuple[int, bool, str, bool, str, str]:
    """Largest first (in texts: a copy, word for word or nearly, adds none), then newest (latest article date; undated last; on one day, the latest
    time an article gives, a story known only to the day after those with a time), then slug."""
    latest = story.dates[-1] if story.dates else ""
    times = story.times(latest) if latest else ()
    last = time_order(times[-1]) if times else ""
    return (
        -(len(story.documents) - story.copies - story.near_copies),
        not latest,
        _inverted(latest),
        not last,
        _inverted(last),
        story.slug,
    )


def _inverted(text: str) -> str:
    """``text`` made to sort last-first among strings of one form (newest first)."""
    return "".join(chr(0x10FFFF - ord(ch)) for ch in text)


def _first_point(story: Story) -> str:
    if story.briefing is None or not story.briefing.points:
        return ""
    return story.briefing.points[0].text


def _lead(story: Story) -> Point | None:
    """The index's line under the headline: the first point that does not repeat the headline
    (a headline made from the lead sentence would otherwise be read twice)."""
    if story.briefing is None or not story.briefing.points:
        return None
    headline = " ".join(_headline(story).split()).casefold().rstrip(".!?")
    for point in story.briefing.points:
        if not headline or headline not in " ".join(point.text.split()).casefold():
            return point
    return story.briefing.points[0]


def _lead_dating(story: Story, point: Point | None) -> tuple[str, str, str, str]:
    """How the index dates ``point`` (the story's ``_lead``) when it leans on a relative day
    ("on Monday"), as the briefing does (``render.point_date``): its source's ISO day, else the
    date as the source gives it, else the date of another source it cites (and that source's
    name, as the briefing names it), else the relative day no source gives a date for."""
    from .render import _distinct_name, briefing_words, dating_sources, point_date, source_texts

    if point is None or story.briefing is None:
        return "", "", "", ""
    sources = story.briefing.sources
    source, others = dating_sources(point, {s.id: s for s in sources})
    shown, iso, undated, by = point_date(point, source, None, others)
    named = ""
    if by is not None:
        words = briefing_words(story.briefing.language or "en")
        number = next(n for n, s in enumerate(sources, start=1) if s is by)
        named = _distinct_name(sources, number, words, source_texts(sources))
    return (iso or shown), iso, undated, named


def _headline_dating(story: Story) -> tuple[str, str, str]:
    """How the index dates the story's headline when it leans on a relative day ("... said
    Sunday"), as its page does (``render.headline_date``), in ``_lead_dating``'s three parts."""
    from .render import headline_date

    if story.briefing is None:
        return "", "", ""
    shown, iso, undated = headline_date(story.briefing)
    return (iso or shown), iso, undated


def _headline(story: Story) -> str:
    """The briefing's headline; without one, the first title that reports (an explainer's,
    ``headline.title_kind``, gives way as the briefing's rule has it), else the first title."""
    if story.briefing is not None and story.briefing.headline.strip():
        return " ".join(story.briefing.headline.split())
    titled = [d for d in story.documents if d.title and d.title.strip()]
    if titled:
        reporting = [
            d
            for d in titled
            if not title_kind(str(d.title), d.language if d.language in LANGUAGES else "en")
        ]
        return " ".join(str((reporting or titled)[0].title).split())
    # Named as briefings name an untitled source: by its article's id (the file stem).
    return " ".join(story_key(story.documents[0]).split()) if story.documents else story.slug


def _facts(story: Story) -> dict[str, object]:
    """What the index entry and the record of ``story`` show (``_RECORD_FACTS`` and
    ``_REUSE_FACTS``), JSON-ready: as recorded for a kept story, else from its briefing."""
    if story.kept is not None:
        return dict(story.kept.facts)
    dates = story.dates
    first_times, last_times = (story.times(dates[0]), story.times(dates[-1])) if dates else ((), ())
    read = {source.id: source for source in story.briefing.sources} if story.briefing else {}
    lead = _lead(story)
    lead_date, lead_day, lead_undated, lead_dated_by = _lead_dating(story, lead)
    headline_date, headline_day, headline_undated = _headline_dating(story)
    counts = story._counts()
    return {
        "headline": _headline(story),
        "outlets": list(story.outlets),
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
        "first_time": first_times[0] if first_times else None,
        "last_time": last_times[-1] if last_times else None,
        "first_point": _first_point(story) or None,
        "articles": [_article_record(d, read) for d in story.documents],
        "language": story.briefing.language if story.briefing is not None else None,
        "dates": list(dates),
        "n_named": counts.named,
        "n_unnamed": counts.unnamed,
        "n_copies": counts.copies,
        "n_near_copies": counts.near_copies,
        "lead": " ".join(lead.text.split()) if lead is not None else "",
        "lead_date": lead_date,
        "lead_day": lead_day,
        "lead_undated": lead_undated,
        "lead_dated_by": lead_dated_by,
        "headline_date": headline_date,
        "headline_day": headline_day,
        "headline_undated": headline_undated,
    }


def _index_entry(story: Story, facts: Mapping[str, object], say: Words) -> dict[str, object]:
    """What the index shows of ``story``; dates in words, as its page writes them."""
    outlets = tuple(facts["outlets"]) if isinstance(facts["outlets"], list) else ()
    first, last, lead_day, headline_day = (
        iso_day(value) if isinstance(value, str) else None
        for value in (
            facts["first_date"],
            facts["last_date"],
            facts["lead_day"],
            facts["headline_day"],
        )
    )
    return {
        "slug": story.slug,
        "href": f"{story.slug}.html",
        "headline": facts["headline"],
        # The story's own words (headline, lead) are in its language, perhaps not the site's.
        "language": facts["language"] or "",
        "outlets": outlets,
        "outlets_listed": _listed(outlets, say),
        "n_articles": len(story.documents),
        "n_named": facts["n_named"],
        "n_unnamed": facts["n_unnamed"],
        "n_copies": facts["n_copies"],
        "n_near_copies": facts["n_near_copies"],
        "first_date": facts["first_date"] or "",
        "last_date": facts["last_date"] or "",
        "date_span": say.span(first, last) if first and last else "",
        "first_point": facts["lead"],
        "lead_date": facts["lead_date"],
        "lead_day": facts["lead_day"],
        "lead_day_shown": say.long_date(lead_day) if lead_day else "",
        "lead_undated": facts["lead_undated"],
        # Another source's date (the lead's gives none): its name, as the briefing says it.
        "lead_dated_by": say("dated_by", name=facts["lead_dated_by"])
        if facts.get("lead_dated_by")
        else "",
        "headline_date": facts["headline_date"],
        "headline_day": facts["headline_day"],
        "headline_day_shown": say.long_date(headline_day) if headline_day else "",
        "headline_undated": facts["headline_undated"],
        "n_new": len(story.new_documents),
        "new_href": f"{story.slug}.new.html" if _has_update(story) else "",
        "new_story": story.new_story,
        "no_briefing": story.error or "",
    }


def _has_update(story: Story) -> bool:
    """Whether ``story`` has a "what is new" page (made by this run, or kept)."""
    return story.update is not None or (story.kept is not None and story.kept.new_page is not None)


def _listed(names: Sequence[str], say: Words) -> str:
    """``A, B and C`` in the site's words."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {say('and')} {names[-1]}"


def _article_record(document: Document, read: Mapping[str, Source]) -> dict[str, object]:
    """An article as stories.json lists it: what the briefing read of it (``read``, its sources
    by id: cleaning finds the outlet, date and title of a plain text article in its header
    lines), else what was given."""
    key = story_key(document)
    found = read.get(key)
    if found is None:
        title, outlet, date, url = document.title, document.source, document.date, document.url
        date = parse_date(date) if date else None
    else:
        title, outlet, date, url = found.title, found.outlet, found.date, found.url
    # The time of day as loaded (the briefing reads the day alone), when it falls on that day.
    stamp = parse_date_time(document.date) if document.date else None
    return {
        "id": key,
        "title": title,
        "outlet": outlet,
        "date": date,
        "time": stamp if stamp and "T" in stamp and stamp[:10] == date else None,
        "url": url,
        "sha256": _text_digest(document),
        "sketch": " ".join(f"{value:08x}" for value in _sketch(document)),
    }


def _story_record(
    story: Story,
    shown: bool,
    facts: Mapping[str, object],
    page_digest: str | None,
    new_digest: str | None = None,
) -> dict[str, object]:
    record: dict[str, object] = {
        "slug": story.slug,
        "headline": facts["headline"],
        "shown": shown,
        "page": f"{story.slug}.html" if shown else None,
        **{key: facts[key] for key in _RECORD_FACTS[1:]},
    }
    new_articles = [story_key(d) for d in story.new_documents]
    if _has_update(story) and shown:
        record["new_page"] = f"{story.slug}.new.html"
        record["new_articles"] = new_articles
    else:
        new_articles, new_digest = [], None
    if story.new_story:
        record["new_story"] = True
    if story.error is not None:
        record["error"] = story.error
    elif story.inputs is not None:
        reuse: dict[str, object] = {"inputs": story.inputs, "page": page_digest}
        if new_digest is not None:
            reuse["new_page"] = new_digest
        reuse.update((key, facts[key]) for key in _REUSE_FACTS)
        news = [new_articles, story.new_story, new_digest]
        reuse["check"] = _check(story.inputs, facts, news)
        record["reuse"] = reuse
    return record


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check(inputs: str, facts: Mapping[str, object], news: Sequence[object]) -> str:
    """The digest a kept record must match: its inputs, facts and news (new articles, whether
    the story is new, the "what is new" page's digest), as recorded (no hand edit)."""
    fields = {key: facts.get(key) for key in (*_RECORD_FACTS, *_REUSE_FACTS)}
    return _sha256(json.dumps([inputs, fields, *news], sort_keys=True).encode("ascii"))


def _inputs_digest(slug: str, group: Sequence[Document], settings: str) -> str:
    """What a story is made from: the settings its page depends on, its slug, and every field of
    each of its articles, in order."""
    digest = hashlib.sha256(f"{settings}\0{slug}\0".encode())
    for doc in group:
        fields = dataclasses.asdict(doc)
        digest.update(json.dumps(fields, sort_keys=True).encode("ascii") + b"\n")
    return digest.hexdigest()


def _settings_digest(max_words: int) -> str:
    """The settings a story's page depends on besides its articles: the word budget, the
    summarizer's version and files (code, data, templates), its libraries' versions, Python's."""
    from . import __version__

    settings = {
        "max_words": max_words,
        "version": __version__,
        "files": _files_digest(),
        "libraries": _library_versions(),
        "python": list(sys.version_info[:2]),
    }
    return _sha256(json.dumps(settings, sort_keys=True).encode("ascii"))


@lru_cache(maxsize=1)
def _files_digest() -> str:
    """A digest of the package's files and built-in templates (an edited source install too)."""
    from .render import _BUILTIN_TEMPLATE_DIRS

    package = Path(__file__).resolve().parent
    files = [f for f in package.rglob("*") if f.is_file() and "__pycache__" not in f.parts] + [
        f for folder in _BUILTIN_TEMPLATE_DIRS if folder.is_dir() for f in folder.glob("*.j2")
    ]
    digest = hashlib.sha256()
    for path in sorted(set(files)):
        digest.update(str(path.relative_to(package.parent)).encode("utf-8", "replace") + b"\0")
        digest.update(_sha256(path.read_bytes()).encode("ascii"))
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _library_versions() -> dict[str, str]:
    """The installed version of each library summarizer requires (none known: empty)."""
    import re
    from importlib import metadata

    try:
        required = metadata.requires("summarizer") or []
    except metadata.PackageNotFoundError:
        return {}
    versions: dict[str, str] = {}
    for requirement in required:
        found = re.match(r"[A-Za-z0-9._-]+", requirement)
        if found is None or "extra ==" in requirement:
            continue
        try:
            versions[found.group()] = metadata.version(found.group())
        except metadata.PackageNotFoundError:
            versions[found.group()] = ""
    return versions


def _read_kept(listing: Mapping[str, object] | None) -> dict[str, _Kept]:
    """Slug -> what the previous run recorded of each story it may keep (its ``reuse`` holds),
    from its read ``stories.json`` (``_read_listing``).

    Only a stories.json of this version; a record of no briefing, or whose ``check`` fails (an
    edit by hand), is not kept.
    """
    if listing is None or listing.get("version") != STORIES_VERSION:
        return {}
    stories = listing.get("stories")
    kept: dict[str, _Kept] = {}
    for record in stories if isinstance(stories, list) else ():
        found = _kept_record(record) if isinstance(record, dict) else None
        if found is not None:
            kept.setdefault(str(record["slug"]), found)
    return kept


def _kept_record(record: Mapping[str, object]) -> _Kept | None:
    reuse = record.get("reuse")
    if not isinstance(reuse, dict) or "error" in record or not isinstance(record.get("slug"), str):
        return None
    facts = {key: record.get(key) for key in _RECORD_FACTS}
    facts.update((key, reuse.get(key)) for key in _REUSE_FACTS)
    inputs, page = reuse.get("inputs"), reuse.get("page")
    outlets, dates, unnamed = facts["outlets"], facts["dates"], facts["n_unnamed"]
    new_page = reuse.get("new_page")
    new_articles = record.get("new_articles") if record.get("new_page") else []
    news = [new_articles, record.get("new_story") is True, new_page]
    if (
        not isinstance(inputs, str)
        or not (page is None or isinstance(page, str))
        or not (new_page is None or isinstance(new_page, str))
        or not isinstance(new_articles, list)
        or not all(isinstance(key, str) for key in new_articles)
        or reuse.get("check") != _check(inputs, facts, news)
        or not isinstance(outlets, list)
        or not all(isinstance(name, str) for name in outlets)
        or not isinstance(dates, list)
        or not all(isinstance(date, str) for date in dates)
        or not isinstance(unnamed, int)
        or not isinstance(facts["n_copies"], int)
        or not isinstance(facts["n_near_copies"], int)
    ):
        return None
    return _Kept(
        inputs,
        page,
        facts,
        tuple(outlets),
        tuple(dates),
        unnamed,
        (tuple(new_articles), record.get("new_story") is True),
        new_page,
    )


def _keep(
    kept: _Kept | None,
    inputs: str,
    news: tuple[tuple[str, ...], bool],
    page: Path,
    min_sources: int,
) -> _Kept | None:
    """``kept`` when this run may keep the story: made from the same inputs, with the same news
    to tell (``news``: its new articles' ids, whether it is new), and its ``page``, when it is
    listed, on disk with the bytes recorded, as its "what is new" page (a missing or edited
    page is made again)."""
    if kept is None or kept.inputs != inputs or kept.news != news:
        return None
    if len(kept.outlets) + kept.n_unnamed < min_sources:
        return kept  # not listed: it has no page
    if kept.page is None:
        return None  # listed now, not before: its page is to be made
    pages = [(page, kept.page)]
    if kept.new_page is not None:
        pages.append((page.with_name(f"{page.stem}.new.html"), kept.new_page))
    for path, digest in pages:
        try:
            data = path.read_bytes()
        except OSError:
            return None
        if _sha256(data) != digest:
            return None
    return kept


# ------------------------------------------------------------------------------------------ CLI


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the ``summarizer stories`` arguments on ``parser``."""
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="articles: files (.txt, .md, .html), folders, .json/.jsonl document files, "
        "RSS/Atom feeds (.rss, .atom, .xml)",
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        type=_folder_name,
        metavar="DIR",
        help="folder of the site (created if missing): index.html, a page per story, "
        "stories.json; an existing site there is updated, keeping story addresses",
    )
    parser.add_argument(
        "--min-sources",
        type=positive_int,
        default=1,
        metavar="N",
        help="list only stories reported by at least N outlets (an article naming no outlet "
        "counts as one; default 1: all)",
    )
    parser.add_argument(
        "--max-words",
        type=positive_int,
        metavar="N",
        help=f"word budget of each story's briefing (default {DEFAULT_STORY_WORDS})",
    )
    PARAMETERS["skip_bad"].add_argument(parser)
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="find each article's neighbours on this Dask cluster (tcp://host:port; needs: "
        "pip install 'dask[distributed]'); the stories are the same",
    )
    PARAMETERS["progress"].add_argument(parser)


def run(args: argparse.Namespace) -> int:
    """Run ``summarizer stories``; return 0 (1 when a story has no briefing: each such story
    gets one ``summarizer: warning:`` line on stderr)."""
    from .load import SkippedInputWarning, load_documents

    directory = Path(args.output)
    _check_directory(directory, args.paths)
    progress = _Progress(shows_progress(args.progress))
    # Reading may take long (web pages are extracted one by one): say so before it starts.
    progress.say(f"reading {len(args.paths)} input{'s' * (len(args.paths) != 1)}")
    caught: list[warnings.WarningMessage] = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", SkippedInputWarning)
            documents = load_documents(*args.paths, skip_bad=args.skip_bad)
    finally:  # also before the error of a load that skipped everything: it says why
        for warning in caught:
            message = escape_controls(" ".join(str(warning.message).split()))
            progress.warn(f"summarizer: warning: {message}")
        progress.clear()  # an error of the load is then printed on a line of its own
    made = _make_directory(directory)
    try:
        return _run_in(args, directory, documents, progress)
    except BaseException:
        # A failed run (a Dask scheduler out of reach, Ctrl-C) leaves no empty folder of its own.
        _remove_empty(made)
        raise


def _run_in(
    args: argparse.Namespace, directory: Path, documents: Sequence[Document], progress: _Progress
) -> int:
    """``run`` once the articles are read and the site's folder is made: group, summarise,
    write the site; return ``run``'s exit status."""
    from .group import group_stories
    from .pipeline import EmptyBriefingWarning, Summarizer

    listing = _read_listing(directory / "stories.json")
    earlier = _match_earlier(documents, listing)
    previous = {key: found.slug for key, found in earlier.items()}
    kept = _read_kept(listing) if _REUSE else {}
    progress.say(f"grouping {len(documents)} articles")
    groups = group_stories(documents, scheduler=args.scheduler)
    old_slugs = set(_earlier_stories(listing)[0]) | set(_earlier_moves(listing))
    slugs = assign_slugs(groups, previous, earlier_slugs=old_slugs, moved=_earlier_moves(listing))
    added, fresh = _news(slugs, groups, earlier, listing)
    max_words = args.max_words or DEFAULT_STORY_WORDS
    summarizer = Summarizer(max_words=max_words)
    settings = _settings_digest(max_words)
    stories: list[Story] = []
    for number, (slug, group) in enumerate(zip(slugs, groups), start=1):
        inputs = _inputs_digest(slug, group, settings)
        new = tuple(doc for doc, flag in zip(group, added[number - 1]) if flag)
        news = (tuple(story_key(doc) for doc in new), fresh[number - 1])
        page = directory / f"{slug}.html"
        keep = _keep(kept.get(slug), inputs, news, page, args.min_sources)
        if keep is not None:
            # Its articles are those of the previous run, unchanged, with the same news to tell.
            stories.append(
                Story(
                    slug,
                    tuple(group),
                    None,
                    new_documents=new,
                    new_story=news[1],
                    kept=keep,
                    inputs=inputs,
                )
            )
            continue
        progress.say(f"summarising story {number}/{len(groups)}")
        try:
            with warnings.catch_warnings():
                # _story says why a briefing is empty in the story's error; an empty update has
                # no page.
                warnings.simplefilter("ignore", EmptyBriefingWarning)
                story = _story(summarizer, slug, group, added[number - 1], args.max_words)
        except SummarizerError as exc:
            if getattr(args, "debug", False):
                raise
            story = Story(slug, tuple(group), None, " ".join(str(exc).split()))
        stories.append(replace(story, inputs=inputs, new_story=fresh[number - 1]))
        if story.error is not None:
            progress.warn(
                f"summarizer: warning: story {story.slug} "
                f"({escape_controls(_headline(story))}): no briefing: "
                f"{escape_controls(story.error)}"
            )
    progress.say("writing the site")
    moved = _moves(slugs, groups, earlier, listing)
    write_site(stories, directory, min_sources=args.min_sources, moved=moved)
    progress.done()
    listed = sum(1 for s in stories if s.sources >= args.min_sources)
    failed = sum(1 for s in stories if s.error is not None)
    print(
        f"summarizer stories: {len(documents)} article{'s' * (len(documents) != 1)}, "
        f"{len(stories)} stor{'ies' if len(stories) != 1 else 'y'}, {listed} listed "
        f"in {directory / 'index.html'}"
        + (f", {failed} without a briefing" if failed else "")
        + _changes(stories, len(documents), earlier, listing),
        file=sys.stderr,
    )
    return 1 if failed else 0


def _changes(
    stories: Sequence[Story],
    n_documents: int,
    earlier: Mapping[str, _Earlier],
    listing: Mapping[str, object] | None,
) -> str:
    """What the summary line adds on a rerun: what changed since the last run ("" on a first)."""
    if listing is None:
        return ""
    sizes = _earlier_stories(listing)[0]
    added, removed = n_documents - len(earlier), sum(sizes.values()) - len(earlier)
    if not added and not removed:
        return "; no article added or removed since the last run"
    news = sum(1 for s in stories if _has_update(s))
    fresh = sum(1 for s in stories if s.new_story)
    gone = len(set(sizes) - {s.slug for s in stories})
    return (
        f"; since the last run: {added} article{'s' * (added != 1)} added, {removed} removed; "
        f"{news} stor{'ies' if news != 1 else 'y'} with news, {fresh} new, {gone} gone"
    )


def _story(
    summarizer: Summarizer,
    slug: str,
    group: Sequence[Document],
    added: Sequence[bool] = (),
    max_words: int | None = None,
) -> Story:
    """Summarise a story; when some of its articles are new (``added``, one flag per article:
    ``_news``) and some are not, also what the new ones add.

    A briefing without points is a story without a briefing: its ``error`` says why (no
    sentence fits the word budget ``max_words``, as ``summarizer PATH`` says).
    """
    briefing = summarizer.summarize(group)
    if not briefing.points:
        try:
            check_points(briefing, summarizer, max_words)
        except SummarizerError as exc:
            return Story(slug, tuple(group), briefing, " ".join(str(exc).split()))
        return Story(slug, tuple(group), briefing, NO_POINTS)
    flags = tuple(added) or (False,) * len(group)
    seen = [doc for doc, new_one in zip(group, flags) if not new_one]
    new = tuple(doc for doc, new_one in zip(group, flags) if new_one)
    if not seen or not new:
        return Story(slug, tuple(group), briefing)
    try:
        update = summarizer.summarize(new, since=seen)
    except SummarizerError:  # the new articles add no prose of their own: no update page
        return Story(slug, tuple(group), briefing)
    if not update.points:  # none of their sentences fits the budget: no page saying nothing
        return Story(slug, tuple(group), briefing)
    if briefing.headline:
        # The update page is a page of the story: it carries the story's headline, not one made
        # from the new articles alone (a lone article's lead is often too long to be one, and its
        # next best line is a detail: "Ashgrove was the largest of the trial's 63 sites").
        update = replace(
            update,
            headline=briefing.headline,
            headline_doc_id=briefing.headline_doc_id,
            headline_relative_day=briefing.headline_relative_day,
        )
    return Story(slug, tuple(group), briefing, new_documents=new, update=update)


def _folder_name(text: str) -> str:
    """The ``-o`` folder as given; an empty name is a usage error (not the current folder)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty name is no folder; give a folder for the site")
    return text


def _check_directory(directory: Path, paths: Iterable[str]) -> None:
    """Refuse an output folder that is an input, inside an input folder, or holds an input."""
    try:
        is_folder = directory.is_dir()
        is_file = not is_folder and directory.exists()
        # Hidden entries (.git, .DS_Store) are none of the site's names: a folder holding only
        # them looks empty to its user, and is.
        foreign = (
            is_folder
            and not (directory / "stories.json").exists()
            and any(not entry.name.startswith(".") for entry in directory.iterdir())
        )
    except OSError as exc:  # a name too long, no permission to look
        raise InputError(
            f"cannot write the site to {directory} ({exc.strerror or exc}); give a folder "
            "you can write to for -o"
        ) from exc
    if is_file:
        kind = (
            "a file"
            if directory.is_file()
            else "a named pipe"
            if directory.is_fifo()
            else "a device"
            if directory.is_char_device() or directory.is_block_device()
            else "a special file"
        )
        raise InputError(
            f"cannot write the site to {directory}: it is {kind}, not a folder; give a folder "
            "for -o"
        )
    if foreign:
        raise InputError(
            f"refusing to write the site to {directory}: the folder holds other files and no "
            "stories.json of an earlier site; choose a new or empty folder for -o"
        )
    try:
        out = directory.resolve()
    except (OSError, RuntimeError) as exc:  # a symlink loop: RuntimeError before Python 3.13
        raise InputError(
            f"cannot write the site to {directory} ({exc}); give a folder for -o"
        ) from exc
    for raw in paths:
        if raw == "-" or "://" in raw:
            continue
        try:
            source = Path(raw).resolve()
        except (OSError, RuntimeError):
            continue  # reading it says what is wrong
        if out == source or (source.is_dir() and out.is_relative_to(source)):
            raise InputError(
                f"refusing to write the site to {directory}: it is inside the input folder {raw}; "
                "choose an -o folder outside the inputs"
            )
        if source.is_relative_to(out):
            raise InputError(
                f"refusing to write the site to {directory}: the input {raw} is inside it; "
                "choose another -o folder"
            )


def _make_directory(directory: Path) -> tuple[Path, ...]:
    """Create the site's folder before any story is summarised: one that cannot be made (under a
    file, without permission) is one error line, not a traceback after the work. Returns the
    folders it made (the deepest first; none when the folder was there), for ``_remove_empty``."""
    made: list[Path] = []
    folder = directory
    while not folder.exists() and folder != folder.parent:
        made.append(folder)
        folder = folder.parent
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            f"cannot make the site's folder {directory} ({exc.strerror or exc}); give a folder "
            "you can write to for -o"
        ) from exc
    return tuple(made)


def _remove_empty(made: Sequence[Path]) -> None:
    """Remove the folders a failed run made (``_make_directory``), the deepest first, as long as
    each is empty: a folder the user had, or one that holds anything, is left as it is."""
    for folder in made:
        try:
            folder.rmdir()  # only an empty folder
        except OSError:
            return


class _Progress:
    """One status line on stderr, redrawn in place (only when enabled)."""

    def __init__(self, enabled: bool) -> None:
        self._enabled = enabled
        self._width = 0

    def warn(self, line: str) -> None:
        """Write ``line`` on stderr (always), clearing the status line first."""
        self.clear()
        print(line, file=sys.stderr, flush=True)

    def clear(self) -> None:
        """Clear the status line, if one is shown (the next ``say`` draws it again)."""
        if self._enabled and self._width:
            sys.stderr.write("\r" + " " * self._width + "\r")
            self._width = 0

    def say(self, text: str) -> None:
        if not self._enabled:
            return
        line = f"stories: {text}"
        sys.stderr.write("\r" + line.ljust(self._width))
        sys.stderr.flush()
        self._width = len(line)

    def done(self) -> None:
        if self._enabled and self._width:
            sys.stderr.write("\n")
            sys.stderr.flush()
            self._width = 0
