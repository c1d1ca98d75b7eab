"""Render a ``Briefing`` as a self-contained HTML page, Markdown, plain text or JSON.

``Briefing`` -> view model (numbered citations, highlighted source texts, chart geometry) ->
Jinja templates (``templates/briefing.{html,md,text}.j2``) -> ``str``. JSON is built in Python
(``briefing_to_dict``) so that it is exact and byte-identical across runs.

All the arithmetic (which source number a citation gets, where each cited sentence sits in its
source, bar lengths, timeline positions) happens here, so the templates stay declarative and a
user template that overrides one block sees the same, ready-made values.
"""

from __future__ import annotations

import bisect
import json
import math
import os
import re
import threading
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, get_args

from .errors import ConfigError, ResourceError, TemplateError
from .lexicon import LANGUAGES, read_lines
from .text import (
    CONTROL_RE,
    iso_day,
    names_year,
    paragraph_spans,
    site_host,
    visible_spans,
    visible_text,
)
from .types import Briefing, Citation, Document, OutputFormat, Point, Removal, Source, count_words

if TYPE_CHECKING:  # pragma: no cover - typing only
    from collections.abc import Callable, Mapping, Sequence

    import jinja2

__all__ = ["briefing_to_dict", "render"]

#: Template rendered for each format; ``json`` has none (it is built in Python to stay exact).
TEMPLATE_NAMES: dict[str, str] = {
    "html": "briefing.html.j2",
    "md": "briefing.md.j2",
    "text": "briefing.text.j2",
}

#: The format a template file's name declares, by how it ends; autoescaping reads the same
#: endings (HTML escaped, Markdown and text not). A name with none of them (``mine.j2``)
#: declares no format and is escaped.
TEMPLATE_ENDINGS: dict[str, tuple[str, ...]] = {
    "html": ("html", "htm", "html.j2", "htm.j2"),
    "md": ("md", "md.j2"),
    "text": ("txt", "text", "txt.j2", "text.j2"),
}
_FORMAT_NAMES = {"html": "an HTML", "md": "a Markdown", "text": "a plain text"}

#: Built-in template folders: the wheel ships ``summarizer/templates``; a source checkout or an
#: editable install keeps them in the top-level ``templates/`` next to the package.
_PACKAGE_DIR = Path(__file__).resolve().parent
_BUILTIN_TEMPLATE_DIRS: tuple[Path, ...] = (
    _PACKAGE_DIR / "templates",
    _PACKAGE_DIR.parent / "templates",
)

#: Work a user template may do in one rendering: its calls (macros, methods, functions, a
#: recursive loop's ``loop()``), the numbers of its ranges and the items of the sequences it
#: multiplies (``"-" * 80``), counted together. The built-in HTML page, extended by a user
#: template, takes about 220 over a 25-article DUC 2006 cluster (its Markdown about 40); Jinja
#: alone sets no bound, so a loop, range or macro without end (``range(10**9)``, a macro calling
#: itself twice per level) hung the run. Past this it stops with one line, within a second.
TEMPLATE_STEPS = 200_000

#: Scores are floats from sparse products; six places keep JSON stable across BLAS builds.
SCORE_DIGITS = 6

#: Only these schemes become links: anything else (``javascript:``, ``data:``) is shown as text.
SAFE_URL_SCHEMES = ("http://", "https://")

#: Key terms used for a headline when the briefing has none: enough to name the event, short
#: enough for a browser tab.
HEADLINE_TERMS = 4

#: Month names spelled out here, not via ``strftime``, so output does not depend on the locale
#: (English; each language's are in its ``briefing_words.txt``).
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip


class Words:
    """The briefing's own words in one language (``data/<lang>/briefing_words.txt``).

    Call it in a template: ``say("sources", 3)`` is "3 sources" in English, "3 Quellen" in
    German; ``say("key_points")`` is "Key points". Dates are written with :meth:`long_date`,
    :meth:`short_date` and :meth:`span`.
    """

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ConfigError(
                f"the briefing's language must be one of {', '.join(LANGUAGES)}; got {language!r}"
            )
        self.language = language
        self.text: dict[str, str] = {}
        for line in read_lines(language, "briefing_words.txt"):
            key, sep, value = line.partition(":")
            if not sep:
                raise ResourceError(
                    f"{language}/briefing_words.txt: line {line!r} has no colon; "
                    "write each line as key: text"
                )
            self.text[key.strip()] = value.strip(" \t")  # a no-break space is kept
        self.one = frozenset(int(n) for n in self.text.get("plural_one", "1").split())
        # "elide: de d'": the word, then its elided form, written before a filled-in text that
        # opens with a vowel ("d'Agence Hexa", not "de Agence Hexa"); pairs may follow.
        words = self.text.get("elide", "").split()
        self.elisions = tuple(zip(words[::2], words[1::2], strict=True))
        # "contract: de le du | à les aux": a word, an article and the one word they make, written
        # before a filled-in name that opens with the article ("du Courrier", not "de Le
        # Courrier"; "des Échos", not "de Les Échos").
        self.contractions: tuple[tuple[str, str, str], ...] = ()
        for entry in filter(str.strip, self.text.get("contract", "").split("|")):
            parts = entry.split()
            if len(parts) != 3:
                raise ResourceError(
                    f"{language}/briefing_words.txt: contract entry {entry.strip()!r} is not "
                    "'word article contracted' (de le du); fix that entry"
                )
            self.contractions += ((parts[0], parts[1], parts[2]),)
        self.months = tuple(self.text["months"].split())
        self.months_short = tuple(self.text["months_short"].split())
        if len(self.months) != 12 or len(self.months_short) != 12:
            raise ResourceError(
                f"{language}/briefing_words.txt: months and months_short must name 12 months each"
            )

    def __call__(self, key: str, n: int | None = None, **fields: object) -> str:
        """The text of ``key``, in the form for the count ``n`` when it has forms, filled in."""
        form = key
        if n is not None and f"{key}.one" in self.text:
            form = f"{key}.one" if n in self.one else f"{key}.other"
        try:
            return self._elided(self.text[form], fields).format(n=n, **fields)
        except KeyError as exc:
            raise TemplateError(
                f"no briefing word {exc.args[0]!r} for {self.language!r} "
                f"(data/{self.language}/briefing_words.txt); add it there"
            ) from exc

    def _elided(self, text: str, fields: dict[str, object]) -> str:
        """``text`` with each word of ``contractions`` that stands before a field ("de
        {outlets}") contracted with the article that field's text opens with ("du Courrier" of
        "Le Courrier"), then each word of ``elisions`` before a field elided where that field's
        text opens with a vowel (a, e, i, o, u with any accent, æ, œ; not h, which French elides
        before some names only, nor y)."""
        for word, article, contracted in self.contractions:
            for name, value in fields.items():
                opening = re.match(rf"{re.escape(article)} +(?=\S)", str(value), re.IGNORECASE)
                if opening is None:
                    continue
                # The name without its article, written in place of the field: braces doubled
                # for ``format``, backslashes for ``re.sub``.
                rest = str(value)[opening.end() :].replace("{", "{{").replace("}", "}}")
                rest = rest.replace("\\", "\\\\")
                for spelled, short in (
                    (word, contracted),
                    (word.capitalize(), contracted.capitalize()),
                ):
                    field = rf"(?<!\w){re.escape(spelled)} \{{{re.escape(name)}\}}"
                    text = re.sub(field, f"{short} {rest}", text)
        for word, elided in self.elisions:
            for spelled, short in ((word, elided), (word.capitalize(), elided.capitalize())):
                for name, value in fields.items():
                    if _opens_with_vowel(value):
                        text = re.sub(
                            rf"(?<!\w){re.escape(spelled)} (?=\{{{re.escape(name)}\}})", short, text
                        )
        return text

    def _day(self, day: date) -> str:
        return self.text["day_1"] if day.day == 1 and "day_1" in self.text else str(day.day)

    def long_date(self, day: date) -> str:
        """``3 March 2024``, ``3. März 2024``, ``3 de marzo de 2024``."""
        return self.text["date"].format(
            day=self._day(day), month=self.months[day.month - 1], year=day.year
        )

    def short_date(self, day: date) -> str:
        """``3 Mar 2024``: short enough for both ends of the timeline axis on a phone."""
        return self.text["date_short"].format(
            day=self._day(day), month_short=self.months_short[day.month - 1], year=day.year
        )

    def span(self, first: date, last: date) -> str:
        """One day, or first to last, as short as the two dates allow."""
        if first == last:
            return self.long_date(first)
        if (first.year, first.month) == (last.year, last.month):
            key = "span_month"
        elif first.year == last.year:
            key = "span_year"
        else:
            key = "span"
        return self.text[key].format(
            day1=self._day(first),
            day2=self._day(last),
            month=self.months[last.month - 1],
            month1=self.months[first.month - 1],
            year=last.year,
            date1=self.long_date(first),
            date2=self.long_date(last),
        )


def _opens_with_vowel(value: object) -> bool:
    """Whether a text opens with a vowel letter (an accented one too: "École", "Île")."""
    first = unicodedata.normalize("NFD", str(value)[:1])[:1].lower()
    return first in ("a", "e", "i", "o", "u", "æ", "œ")


@lru_cache(maxsize=8)
def briefing_words(language: str = "en") -> Words:
    """The briefing's own words in ``language``, read once per process."""
    return Words(language)


#: Bar chart geometry in SVG user units; the viewBox is about as wide as the figure on a phone
#: and in the wide layout's side column, so its text stays near its nominal size in both.
CHART_WIDTH = 290
CHART_LABEL_WIDTH = 150
CHART_ROW = 26
CHART_BAR_HEIGHT = 16
#: Labels longer than this are cut with an ellipsis; the full name is in the source list.
CHART_LABEL_CHARS = 15

#: Timeline geometry: dots on one axis; sources close in time stack in lanes so labels never overlap.
TIMELINE_WIDTH = 290
TIMELINE_MARGIN = 28
TIMELINE_LANE = 22
TIMELINE_MIN_GAP = 24

#: A language tag as HTML's ``lang`` takes it ("fr", "pt-BR").
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")
#: Markdown characters that could start markup (links, raw HTML, emphasis, code) in a point.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#!~])")
#: An "&" that Markdown would read as the start of a named character reference ("&amp;"); the
#: numeric ones ("&#169;") are broken by the escaped "#".
_MD_REFERENCE = re.compile(r"&(?=[A-Za-z][A-Za-z0-9]{0,31};)")
#: A line start that Markdown would read as a list item, heading underline or block quote.
_MD_LINE_START = re.compile(r"^(\d{1,9})([.)])|^([-+=])")


@dataclass(frozen=True, slots=True)
class CiteView:
    """One numbered citation of a point: ``[number]`` linking to ``href``."""

    number: int
    source_id: str
    href: str
    label: str


@dataclass(frozen=True, slots=True)
class PointView:
    """A point as the templates show it."""

    number: int
    anchor: str
    text: str
    flat: str
    cites: tuple[CiteView, ...]
    agreement: str
    score: float
    #: The primary source's date when the point leans on a relative day ("yesterday"), else "";
    #: when the primary gives none, another cited source's (``dated_by``):
    #: the day in words (``iso_date`` its ISO 8601 form), or the date as the source gives it when
    #: that is not a day (``iso_date`` empty).
    date: str = ""
    iso_date: str = ""
    #: The relative day ("yesterday") when no source the point cites gives a date, so the
    #: templates say that it cannot be dated instead of saying nothing; else "".
    undated: str = ""
    #: When ``date`` is another cited source's (the primary gives none): the words naming it
    #: ("by Harbour Post, which states it too"); else "".
    dated_by: str = ""
    #: "answers your query" when the point was picked as an answer to an off-core query
    #: (``Point.answers_query``); else "".
    answers: str = ""
    #: The primary source's dateline when the point says "here" ("met here Sunday"), whose
    #: place cleaning took out with the dateline; else "".
    place: str = ""
    #: The language of the point's text when it is not the briefing's ("fr" in a German
    #: briefing), for the HTML ``lang`` attribute; else "".
    lang: str = ""


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of source text; ``marked`` when a point cites it, ``anchor`` on a mark's first run."""

    text: str
    marked: bool = False
    anchor: str = ""
    cited_by: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class RemovalView:
    """A span that cleaning kept out of the summary."""

    reason: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SourceView:
    """A source as the templates show it, with its full text split into paragraphs."""

    number: int
    id: str
    anchor: str
    name: str
    title: str
    outlet: str
    date: str
    iso_date: str
    url: str
    link: str
    dateline: str
    byline: str
    points: int
    cited_in: tuple[int, ...]
    paragraphs: tuple[tuple[Segment, ...], ...]
    words: int
    removed: tuple[RemovalView, ...]
    #: The number of the earlier source whose text this one repeats word for word, else 0.
    copy_of: int = 0
    #: The number of the earlier source whose text this one nearly repeats (``Source.near_copy_of``),
    #: else 0.
    near_copy_of: int = 0
    #: The language of its title and text when it is not the briefing's, else "" (``PointView``).
    lang: str = ""


@dataclass(frozen=True, slots=True)
class Bar:
    """One row of the points-per-source bar chart."""

    number: int
    label: str
    full_label: str
    value: int
    y: int
    width: float
    text_y: int


@dataclass(frozen=True, slots=True)
class Chart:
    """Bar chart geometry."""

    bars: tuple[Bar, ...]
    width: int
    height: int
    label_width: int
    bar_height: int


@dataclass(frozen=True, slots=True)
class Dot:
    """One source on the timeline."""

    number: int
    x: float
    y: int
    label: str


@dataclass(frozen=True, slots=True)
class Timeline:
    """Timeline geometry: axis from ``first`` to ``last`` (human-readable dates)."""

    dots: tuple[Dot, ...]
    width: int
    height: int
    axis_y: int
    x0: int
    x1: int
    first: str
    last: str


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def render(
    briefing: Briefing,
    format: OutputFormat = "html",
    template: str | os.PathLike[str] | None = None,
) -> str:
    """Render a briefing as HTML, Markdown, plain text or JSON.

    Parameters
    ----------
    briefing : Briefing
        The summary to render.
    format : {"html", "md", "json", "text"}, default "html"
        ``html`` is one self-contained page (inline CSS, no script, works offline); ``md`` and
        ``text`` carry the same numbered citations and source list; ``json`` is
        ``briefing_to_dict`` encoded with two-space indentation.
    template : str or os.PathLike, optional
        Path to a Jinja template file used instead of the built-in one. It may
        ``{% extends "briefing.html.j2" %}`` and override a single block, or include the
        built-in templates by name; other files next to it are never loaded (a stray
        ``base.html.j2`` there cannot replace the built-in page). Not allowed with ``json``.

    Returns
    -------
    str
        The rendered document, ending with a newline.

    Raises
    ------
    TypeError
        If ``briefing`` is not a ``Briefing``.
    ConfigError
        If ``format`` is not one of the allowed values, ``template`` is not a path, a
        template is given with ``json``, or the template's name declares another format
        (``mine.html.j2`` with ``md``; see ``template_format``).
    TemplateError
        If the template is missing, does not compile or uses an undefined variable.

    Examples
    --------
    >>> from summarizer.types import Briefing, Point, Source
    >>> b = Briefing(points=(Point("Rain fell.", "a", 0, 10, 1.0, ("a",)),),
    ...              sources=(Source("a", "Storm", "Daily", None, None, 1),
    ...                       Source("b", "Flood", "Post", None, None, 0)))
    >>> print(render(b, "text").splitlines()[4])
    1. Rain fell. [1] (only in Daily)
    """
    if not isinstance(briefing, Briefing):
        raise TypeError(
            "render() needs a Briefing (what summarize() returns) as its first argument; "
            f"got {type(briefing).__name__}"
        )
    allowed = get_args(OutputFormat)
    if format not in allowed:
        raise ConfigError(
            f"`format` must be one of {', '.join(map(repr, allowed))}; got {format!r}"
        )
    if template is not None and not (
        isinstance(template, (str, os.PathLike))
        and isinstance(os.fspath(template), str)
        and os.fspath(template).strip()
    ):
        raise ConfigError(
            "`template` must be the path of a Jinja file (a str or os.PathLike) or None; got "
            f"{template!r}: give the file's path, or leave it out for the built-in template"
        )
    if template is not None:
        check_template_format(template, format)
    if format == "json":
        return json.dumps(briefing_to_dict(briefing), ensure_ascii=False, indent=2) + "\n"

    if template is None:
        env = _environment(None)
        name = TEMPLATE_NAMES[format]
    else:
        path = Path(os.fspath(template)).expanduser()
        try:
            path.stat()
        except FileNotFoundError:
            pass  # said below, with what to give
        except OSError as exc:
            # Not "missing": a name too long, a folder that may not be searched (Python 3.11's
            # is_dir and exists raise these).
            raise TemplateError(
                f"template {os.fspath(template)!r} cannot be read ({exc.strerror or exc}); check "
                "the path and its permissions"
            ) from None
        if path.is_dir():
            raise TemplateError(
                f"template {os.fspath(template)!r} is a folder, not a file; give the path of a "
                "Jinja file in it (for example one that extends 'briefing.html.j2')"
            )
        if path.exists() and not path.is_file():
            kind = "a named pipe" if path.is_fifo() else "a device or a special file"
            raise TemplateError(
                f"template {os.fspath(template)!r} is {kind}, not a file; give the path of a "
                "Jinja file (for example one that extends 'briefing.html.j2')"
            )
        if not path.is_file():
            raise TemplateError(
                f"template file not found: {os.fspath(template)!r}; give the path of an existing "
                "Jinja file (for example one that extends 'briefing.html.j2')"
            )
        name = path.name
        if name in _BUILTIN_NAMES:
            raise TemplateError(
                f"template {name!r} has the name of a built-in template; rename your file, e.g. "
                f"to 'my-{name}' (it may extend {name!r})"
            )
        env = _environment(str(path.resolve()))
    return _render_template(env, name, _context(briefing))


def check_template_format(template: str | os.PathLike[str], format: str) -> None:
    """Refuse a user ``template`` for ``format``: JSON takes none, and a template whose name
    declares another format (``template_format``: ``mine.html.j2`` for ``md``) would write
    that format, escaped as it is. The command line asks before reading its inputs.

    Raises
    ------
    ConfigError
        The template cannot render ``format``.
    """
    if format == "json":
        raise ConfigError(
            "`template` cannot be used with format 'json' (JSON is built without a "
            f"template); got template={os.fspath(template)!r}: drop it or use 'html', 'md' "
            "or 'text'"
        )
    # Its name sets its escaping too: an HTML template wrote HTML into a Markdown briefing, and
    # a Markdown one wrote unescaped text into an HTML page.
    declared = template_format(template)
    if declared is not None and declared != format:
        name = Path(os.fspath(template)).name
        ending = TEMPLATE_NAMES[format].partition(".")[2]
        raise ConfigError(
            f"template {name!r} is {_FORMAT_NAMES[declared]} template (by its name) but the "
            f"format asked for is {format!r}; ask for {declared!r}, or give "
            f"{_FORMAT_NAMES[format]} template (a file named *.{ending})"
        )


def template_format(name: str | os.PathLike[str]) -> str | None:
    """The format a template file's name declares (``TEMPLATE_ENDINGS``), or ``None``.

    Examples
    --------
    >>> template_format("desk/mine.html.j2"), template_format("mine.md"), template_format("x.j2")
    ('html', 'md', None)
    """
    lowered = Path(os.fspath(name)).name.lower()
    for fmt, endings in TEMPLATE_ENDINGS.items():
        if lowered.endswith(tuple("." + ending for ending in endings)):
            return fmt
    return None


def _render_builtin(briefing: Briefing, name: str, extra: dict[str, object] | None = None) -> str:
    """Render ``briefing`` with the built-in template ``name`` (the stories site's pages), with
    the ``extra`` variables that template uses besides a briefing's."""
    return _render_template(_environment(None), name, {**_context(briefing), **(extra or {})})


def briefing_to_dict(briefing: Briefing) -> dict[str, object]:
    """Return a JSON-ready dictionary of the briefing.

    Parameters
    ----------
    briefing : Briefing
        The summary.

    Returns
    -------
    dict
        ``headline``; ``headline_dated`` (only when the headline leans on a relative day,
        ``Briefing.headline_relative_day``, and is from a source: a title's or a lead
        sentence's): ``doc_id`` (that source's id), ``relative_day`` and ``date`` (that
        source's as given, or ``None``: a headline that cannot be dated, which the other formats
        say beside it); ``language`` (the briefing's, ``Briefing.language``: the language of
        its own words), ``query``, ``key_terms``, ``word_count``, ``max_words``,
        ``max_sentences``, ``points`` (``text``, ``doc_id``, ``start``, ``end``, ``score``
        rounded to six places, ``citations``, ``evidence`` (per cited sentence: ``doc_id``,
        ``start``, ``end``, ``similarity`` and ``reason``, as ``Citation``), ``relative_day`` (the
        word that dates the point from its writing, or ``None``), ``date`` (its primary source's
        as given, or ``None`` when that source gives no date, or one that names no year,
        ``text.names_year``: "written yesterday"; a point with a ``relative_day`` and
        no ``date`` cannot be dated, which the other formats say beside it, unless it has
        ``dated_by``, only then present: ``doc_id`` and ``date`` of the first other source it
        cites that gives a date, which the other formats show and name), ``possible_sources``
        (``Point.possible_sources``) and ``answers_query`` (``true``, only on a point picked as an
        answer to an off-core query, which the other formats mark "answers your query")) and
        ``sources`` (``id``, ``title``, ``outlet``, ``date``, ``url``, ``points``, ``dateline``,
        ``byline``, ``removed``: the spans cleaning kept out, each ``start``, ``end``, ``reason``
        and ``text``, and ``language``: the code of the language the source was read in, or
        ``None`` when not known, ``Source.language``; the HTML marks a source in another
        language than the briefing's with it); ``copies`` (only when two sources carry one text word for word,
        ``Source.copy_of``): the ids of each such text's sources, a list per text, in the order
        of ``sources``; ``near_copies`` (only when a source nearly repeats another's text,
        ``Source.near_copy_of``): the same lists, each text with its near copies; ``since`` (only
        for a briefing made with ``since=``: ``earlier_documents``, ``already_said`` and
        ``nothing_new``, as ``Briefing`` has them, and ``already_read``, only when an article
        given is an earlier one: the ids ``Briefing.already_read`` lists).
        Only plain ``str``/``int``/``float``/``None``/``list``/``dict`` values, so
        ``json.loads(json.dumps(d)) == d``.

    Examples
    --------
    >>> from summarizer.types import Briefing
    >>> briefing_to_dict(Briefing(points=(), sources=()))["points"]
    []
    """
    dates: dict[str, str | None] = {}
    by_id: dict[str, Source] = {}
    for source in briefing.sources:
        # What dates its points and headline: none for a date that names no year ("yesterday"),
        # as the other formats read it; the source's own entry keeps it as given.
        dates.setdefault(source.id, source.date if names_year(source.date) else None)
        by_id.setdefault(source.id, source)
    record: dict[str, object] = {"headline": briefing.headline}
    if briefing.headline_relative_day and briefing.headline_doc_id in dates:
        # Only when the headline leans on a relative day, as "copies" only when a text repeats.
        record["headline_dated"] = {
            "doc_id": briefing.headline_doc_id,
            "relative_day": briefing.headline_relative_day,
            "date": dates.get(briefing.headline_doc_id),
        }
    record |= {
        "language": briefing.language,
        "query": briefing.query,
        "key_terms": list(briefing.key_terms),
        "word_count": briefing.word_count,
        "max_words": briefing.max_words,
        "max_sentences": briefing.max_sentences,
        "points": [_point_dict(point, dates, by_id) for point in briefing.points],
        "sources": [_source_dict(source) for source in briefing.sources],
    }
    copies = _copy_groups(briefing.sources)
    if copies:  # only when a text repeats, as "since" only with since=
        record["copies"] = copies
    near = _copy_groups(briefing.sources, near=True)
    if near != copies:  # only when a text nearly repeats
        record["near_copies"] = near
    if briefing.earlier_documents is not None:  # made with since=: what is new
        since: dict[str, object] = {
            "earlier_documents": briefing.earlier_documents,
            "already_said": briefing.already_said,
            "nothing_new": briefing.nothing_new,
        }
        if briefing.already_read:  # only when an article given is an earlier one
            since["already_read"] = list(briefing.already_read)
        record["since"] = since
    return record


# --------------------------------------------------------------------------------------------
# JSON
# --------------------------------------------------------------------------------------------


def _copy_groups(sources: Sequence[Source], *, near: bool = False) -> list[list[str]]:
    """The ids of the sources of each text that two or more carry word for word (or, ``near``,
    word for word or nearly), in order."""
    groups: dict[int, list[str]] = {}
    for source, first in zip(sources, _firsts(sources, near=near), strict=True):
        groups.setdefault(first, []).append(source.id)
    return [ids for ids in groups.values() if len(ids) > 1]


def _round(value: float) -> float | None:
    """Round a score for JSON; NaN and infinities (not valid JSON) become ``None``."""
    number = float(value)
    return round(number, SCORE_DIGITS) if math.isfinite(number) else None


def _citation_dict(citation: Citation) -> dict[str, object]:
    """JSON form of one piece of evidence."""
    return {
        "doc_id": citation.doc_id,
        "start": citation.start,
        "end": citation.end,
        "similarity": _round(citation.similarity),
        "reason": citation.reason,
    }


def _point_dict(
    point: Point, date_of: dict[str, str | None], source_of: dict[str, Source]
) -> dict[str, object]:
    """JSON form of one point; ``date`` is its primary source's (shown with a relative day),
    ``dated_by`` only when another cited source dates its relative day (``point_date``)."""
    record: dict[str, object] = {
        "text": point.text,
        "doc_id": point.doc_id,
        "start": point.start,
        "end": point.end,
        "score": _round(point.score),
        "citations": list(point.citations),
        "evidence": [_citation_dict(c) for c in point.evidence],
        "relative_day": point.relative_day or None,
        "date": date_of.get(point.doc_id),
        "possible_sources": point.possible_sources,
    }
    primary, others = dating_sources(point, source_of)
    _shown, _iso, _undated, by = point_date(point, primary, None, others)
    if by is not None:  # only then, as "copies" only when a text repeats
        record["dated_by"] = {"doc_id": by.id, "date": by.date}
    if point.answers_query:  # only then: a briefing without an off-core query has none
        record["answers_query"] = True
    return record


def _removal_dict(removal: Removal) -> dict[str, object]:
    """JSON form of one removed span."""
    return {
        "start": removal.start,
        "end": removal.end,
        "reason": removal.reason,
        "text": removal.text,
    }


def _source_dict(source: Source) -> dict[str, object]:
    """JSON form of one source."""
    return {
        "id": source.id,
        "title": source.title,
        "outlet": source.outlet,
        "date": source.date,
        "url": source.url,
        "points": source.points,
        "dateline": source.dateline,
        "byline": source.byline,
        "removed": [_removal_dict(r) for r in source.removed],
        "language": source.language,
    }


# --------------------------------------------------------------------------------------------
# Jinja environment
# --------------------------------------------------------------------------------------------


# Every name a built-in template folder holds: a user template cannot take one of them.
_BUILTIN_NAMES = frozenset(
    f.name for d in _BUILTIN_TEMPLATE_DIRS if d.is_dir() for f in d.glob("*.j2")
)


@lru_cache(maxsize=16)
def _environment(user_file: str | None) -> jinja2.Environment:
    """One Environment per user template file; the built-in templates are the only others.

    The user's folder is not searched: a ``base.html.j2`` lying next to the user's template must
    not replace the built-in base (and its Content-Security-Policy). A user template may extend or
    include the built-in templates by name.
    """
    import jinja2

    builtin = jinja2.FileSystemLoader([str(d) for d in _BUILTIN_TEMPLATE_DIRS if d.is_dir()])
    loader: jinja2.BaseLoader = builtin
    if user_file is not None:
        own = Path(user_file)

        def load_own(name: str) -> tuple[str, str, Callable[[], bool]] | None:
            if name != own.name:
                return None
            mtime = own.stat().st_mtime
            source = own.read_bytes().decode("utf-8")
            return source, str(own), lambda: own.is_file() and own.stat().st_mtime == mtime

        loader = jinja2.ChoiceLoader([jinja2.FunctionLoader(load_own), builtin])
    # A user's template is metered (``TEMPLATE_STEPS``); the built-in ones are not.
    environment_class = jinja2.Environment if user_file is None else _metered_environment()
    env = environment_class(
        loader=loader,
        # Escape HTML templates by extension; unknown extensions (a user's ``mine.j2``) are
        # escaped too, because a user block inside the HTML page must not be the one hole.
        autoescape=jinja2.select_autoescape(
            enabled_extensions=(*TEMPLATE_ENDINGS["html"], "xml", "xml.j2"),
            disabled_extensions=(*TEMPLATE_ENDINGS["md"], *TEMPLATE_ENDINGS["text"]),
            default_for_string=True,
            default=True,
        ),
        undefined=jinja2.StrictUndefined,
        finalize=jinja2.pass_eval_context(_finalize_html),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = _md_escape
    env.filters["md_url"] = _md_url
    if user_file is not None:
        env.globals["range"] = _metered_range
    return env


class _TooMuchWork(Exception):
    """A user template went past ``TEMPLATE_STEPS`` in one rendering."""


#: Steps left to the rendering running in this thread (``_render_template`` sets it).
_STEPS = threading.local()


def _charge(steps: int) -> None:
    """Count ``steps`` of a user template's work; past ``TEMPLATE_STEPS``, stop the rendering."""
    left = getattr(_STEPS, "left", TEMPLATE_STEPS) - steps
    _STEPS.left = left
    if left < 0:
        raise _TooMuchWork


def _metered_range(*args: int) -> range:
    """``range`` charged its length before a template loops over it."""
    numbers = range(*args)
    _charge(len(numbers) if numbers.stop - numbers.start < 10**18 else 10**18)
    return numbers


@lru_cache(maxsize=1)
def _metered_environment() -> type[jinja2.Environment]:
    """An Environment that counts a template's work (``_charge``) and allows all it allows.

    Jinja routes calls and chosen operators through the environment only when it is sandboxed,
    so this is its sandbox with every attribute and callable allowed: templates are the user's
    own trusted files, and only the counting is wanted. The operators are intercepted, which
    also keeps the compiler from folding ``"a" * 10**10`` before any count."""
    from jinja2.sandbox import SandboxedEnvironment

    class MeteredEnvironment(SandboxedEnvironment):
        intercepted_binops = frozenset({"*", "**"})

        def is_safe_attribute(self, obj: object, attr: str, value: object) -> bool:
            return True

        def is_safe_callable(self, obj: object) -> bool:
            return True

        def call(self, context: object, obj: object, /, *args: object, **kwargs: object) -> object:
            _charge(1)
            return super().call(context, obj, *args, **kwargs)  # type: ignore[arg-type]

        def call_binop(self, context: object, operator: str, left: object, right: object) -> object:
            # A sequence times a count makes that many items; a power, as many digits.
            if operator == "*":
                for seq, count in ((left, right), (right, left)):
                    if isinstance(count, int) and isinstance(seq, (str, list, tuple)):
                        _charge(len(seq) * max(count, 0))
            elif isinstance(right, int) and isinstance(left, (int, float)) and abs(left) > 1:
                _charge(abs(right))
            return super().call_binop(context, operator, left, right)  # type: ignore[arg-type]

    return MeteredEnvironment


def _finalize_html(eval_ctx: jinja2.nodes.EvalContext, value: object) -> object:
    """Every value a template writes, as HTML may hold it: in an HTML (autoescaped) template,
    text without the control characters HTML forbids (``_html_controls``); in Markdown and text,
    as given (the CLI escapes controls there for the terminal, as in JSON)."""
    if not eval_ctx.autoescape or not isinstance(value, str) or not CONTROL_RE.search(value):
        return value
    from markupsafe import Markup

    if isinstance(value, Markup):  # already escaped (a filter's output): kept Markup
        return Markup(_html_controls(str(value)))
    return _html_controls(value)


def _html_controls(text: str) -> str:
    """``text`` with each control character HTML forbids (C0 but tab, newline and carriage return,
    DEL, C1) replaced by one character: a space for those Python reads as white space (form feed,
    vertical tab, U+001C-U+001F, U+0085 next line), as splitting and word counts did; else U+FFFD,
    as a byte that does not decode. A browser shows none of them; the page stays well-formed (as
    XML too) and each offset of the text is kept."""

    def replace(match: re.Match[str]) -> str:
        char = match.group()
        return char if char == "\r" else " " if char.isspace() else "\ufffd"

    return CONTROL_RE.sub(replace, text)


def _extends_itself(env: jinja2.Environment, name: str) -> bool:
    """Whether the template ``name`` extends a template of its own name (itself, on our loader)."""
    try:
        source = env.loader.get_source(env, name)[0] if env.loader is not None else ""
    except Exception:  # noqa: BLE001 - a second reading of what failed: no answer, no claim
        return False
    quoted = "[\"']" + re.escape(name) + "[\"']"
    return re.search(r"\{%-?\s*extends\s+" + quoted, source) is not None


def _render_template(env: jinja2.Environment, name: str, context: dict[str, object]) -> str:
    """Load and render one template, translating every failure into a one-line ``TemplateError``."""
    import jinja2

    folders = ", ".join(str(d) for d in _BUILTIN_TEMPLATE_DIRS if d.is_dir())
    _STEPS.left = TEMPLATE_STEPS
    try:
        return env.get_template(name).render(context)
    except _TooMuchWork as exc:
        raise TemplateError(
            f"template {_where(exc, name)} does not end: it went past {TEMPLATE_STEPS:,} steps "
            "(a loop, a range or a macro that never stops, or one far too large); make it end "
            "sooner"
        ) from None
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(
            f"template {exc.name!r} not found (looked in {folders}); check the file name or "
            "reinstall summarizer if a built-in template is missing"
        ) from exc
    except jinja2.TemplateSyntaxError as exc:
        where = exc.filename or exc.name or name
        raise TemplateError(
            f"template syntax error in {where}, line {exc.lineno}: {_one_line(exc.message)}; "
            "fix the Jinja syntax there"
        ) from exc
    except jinja2.UndefinedError as exc:
        raise TemplateError(
            f"template {_where(exc, name)} uses an undefined value: {_one_line(exc.message)}; "
            f"use one of the variables {', '.join(sorted(context))}"
        ) from exc
    except RecursionError as exc:
        if _extends_itself(env, name):
            raise TemplateError(
                f"template {name!r} extends itself (it has the same name as the template it "
                "extends); rename your file, e.g. to 'my-briefing.html.j2'"
            ) from exc
        raise TemplateError(
            f"template {name!r} calls itself without end (a macro or an include that never "
            "stops); end the recursion, e.g. with an {% if %} around the call"
        ) from exc
    except UnicodeDecodeError as exc:
        raise TemplateError(
            f"template {name!r} is not UTF-8 text ({exc.reason} at byte {exc.start}); save it "
            "as UTF-8"
        ) from exc
    except OSError as exc:
        raise TemplateError(
            f"cannot read template {name!r}: {exc.strerror or exc}; check that the file is readable"
        ) from exc
    except MemoryError:
        # A filter's or a method's own size (``center(2**62)``): not counted as steps.
        raise TemplateError(
            f"template {name!r} ran out of memory while rendering (a value far too large, such "
            "as a width or a count of 2**62); make it smaller"
        ) from None
    except (ArithmeticError, LookupError, TypeError, ValueError, AttributeError) as exc:
        # A template's own expression failed while running ({{ 1 / 0 }}, a bad format string).
        raise TemplateError(
            f"template {_where(exc, name)} failed while rendering: {type(exc).__name__}: "
            f"{_one_line(str(exc))}; fix the expression there"
        ) from exc


def _one_line(message: str | None) -> str:
    """A message squeezed onto one line (Jinja's may span several)."""
    return " ".join((message or "").split())


def _where(exc: BaseException, name: str) -> str:
    """``'file.j2', line N`` of the innermost template frame of a traceback, else the name."""
    import traceback

    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith(".j2") or frame.filename.endswith(name):
            return f"{Path(frame.filename).name!r}, line {frame.lineno}"
    return repr(name)


def _md_escape(value: object) -> str:
    """Backslash-escape Markdown markup so a point or title renders as the literal text."""
    text = " ".join(str(value).split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_REFERENCE.sub(r"\\&", text)
    return _MD_LINE_START.sub(
        lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}", text
    )


def _md_url(value: object) -> str:
    """A URL for a Markdown link destination: angle-bracketed so spaces and parentheses hold."""
    return "<" + str(value).replace("<", "%3C").replace(">", "%3E").replace("\n", "") + ">"


# --------------------------------------------------------------------------------------------
# View model
# --------------------------------------------------------------------------------------------


def _safe_url(url: str | None) -> str:
    """The URL if it is http(s) (the only schemes that become links), else ``""``."""
    if not url:
        return ""
    candidate = url.strip()
    if (
        candidate.lower().startswith(SAFE_URL_SCHEMES)
        and not any(ch.isspace() for ch in candidate)
        and not CONTROL_RE.search(candidate)
    ):
        return candidate
    return ""


def _human_date(day: date, words: Words | None = None) -> str:
    """``3 March 2024`` (in the briefing's language), independent of the locale."""
    return (words or briefing_words()).long_date(day)


def _short_date(day: date, words: Words | None = None) -> str:
    """``3 Mar 2024``: short enough for both ends of the timeline axis on a phone."""
    return (words or briefing_words()).short_date(day)


def _date_span(days: list[date], words: Words | None = None) -> str:
    """Human-readable span of the source dates: one day, or first to last."""
    if not days:
        return ""
    return (words or briefing_words()).span(min(days), max(days))


def _headline(briefing: Briefing, words: Words | None = None) -> str:
    """The briefing's headline, or one made from its key terms."""
    say = words or briefing_words()
    if briefing.headline.strip():
        return " ".join(briefing.headline.split())
    terms = [" ".join(t.split()) for t in briefing.key_terms if t.strip()][:HEADLINE_TERMS]
    if not terms:
        return say("headline")
    listed = terms[0] if len(terms) == 1 else ", ".join(terms[:-1]) + f" {say('and')} " + terms[-1]
    return listed[0].upper() + listed[1:]


def _source_name(source: Source, number: int, words: Words | None = None) -> str:
    """Short name of source ``number``: its outlet, else its title, else the host of its
    address, else its id when that reads as a name (``_named_id``: a file the user named
    "harbour-gazette.txt"), else its number in the briefing's words ("Source 3"). A file's stem
    of digits and a hash ("004_f7f4d0b8b22acb07") names nothing for a reader; JSON keeps it."""
    for candidate in (source.outlet, source.title, site_host((source.url or "").strip())):
        if candidate and candidate.strip():
            return " ".join(candidate.split())
    if _named_id(source.id):
        return " ".join(source.id.split())  # a file's name may hold a line break
    return (words or briefing_words())("source_number", number)


# The parts of an id: runs of letters or digits between separators ("02-local-paper").
_ID_PARTS = re.compile(r"[^\W_]+")


def _named_id(doc_id: str) -> bool:
    """Whether a document's id reads as a name a reader can use: one of its parts is a word of
    two letters or more, and none is a code that mixes letters and digits ("f7f4d0b8b22acb07",
    "doc3", "APW19981114"), which is no word.

    Examples
    --------
    >>> [_named_id(i) for i in ("02-local-paper", "harbour_gazette", "Lokalzeitung")]
    [True, True, True]
    >>> [_named_id(i) for i in ("004_f7f4d0b8b22acb07", "doc3", "APW19981114.0575", "17", "")]
    [False, False, False, False, False]
    """
    parts = _ID_PARTS.findall(doc_id)
    words = [part for part in parts if part.isalpha() and len(part) >= 2]
    coded = [part for part in parts if not part.isalpha() and not part.isdigit()]
    return bool(words) and not coded


def _cite_label(number: int, source: Source, words: Words | None = None) -> str:
    """Accessible name of a citation link: ``Source 1: Reuters, Dam opens``; ``Source 3`` for a
    source without a name (``_source_name``)."""
    say = words or briefing_words()
    parts = [" ".join(p.split()) for p in (source.outlet, source.title) if p and p.strip()]
    name = ", ".join(parts) or site_host((source.url or "").strip())
    if not name and _named_id(source.id):
        name = " ".join(source.id.split())
    if name:
        return say("source_label", number, name=name)
    return say("source_number", number)


def _span_ok(start: int, end: int, text: str) -> bool:
    """Whether ``[start, end)`` is a non-empty span inside ``text``."""
    return 0 <= start < end <= len(text)


def _sentence_anchor(number: int, start: int, end: int) -> str:
    """Stable id of a cited sentence: source number and character offsets."""
    return f"s{number}-{start}-{end}"


def _evidence_spans(point: Point) -> dict[str, tuple[int, int]]:
    """Where ``point`` stands in each source: itself for the primary, else its evidence.

    Built once per point, so a point citing many sources costs linear time, not quadratic.
    """
    spans: dict[str, tuple[int, int]] = {}
    for citation in point.evidence:
        spans.setdefault(citation.doc_id, (citation.start, citation.end))
    spans[point.doc_id] = (point.start, point.end)
    return spans


def _cited_spans(
    briefing: Briefing, number_of: dict[str, int], documents: dict[str, Document]
) -> dict[int, dict[tuple[int, int], list[int]]]:
    """Per source number, each cited sentence span and the points citing it."""
    spans: dict[int, dict[tuple[int, int], list[int]]] = {}
    for p_number, point in enumerate(briefing.points, start=1):
        evidence = _evidence_spans(point)
        for source_id in point.citations:
            number = number_of.get(source_id)
            doc = documents.get(source_id)
            span = evidence.get(source_id)
            if number is None or doc is None or span is None or not _span_ok(*span, doc.text):
                continue
            cited = spans.setdefault(number, {}).setdefault(span, [])
            if p_number not in cited:
                cited.append(p_number)
    return spans


def _point_views(
    briefing: Briefing,
    number_of: dict[str, int],
    anchors: dict[int, dict[tuple[int, int], str]],
    words: Words | None = None,
) -> tuple[PointView, ...]:
    """Points with numbered citations linking to the cited sentence (else to the source)."""
    say = words or briefing_words()
    # A copy of a text, word for word or nearly, is not another source's agreement: citations
    # count by text (its near copies with it).
    text_of = source_groups(briefing.sources)
    own_text = source_texts(briefing.sources)
    total = len(set(text_of))
    views: list[PointView] = []
    for p_number, point in enumerate(briefing.points, start=1):
        cites: list[CiteView] = []
        seen: set[int] = set()
        evidence = _evidence_spans(point)
        for source_id in point.citations:
            number = number_of.get(source_id)
            if number is None or number in seen:
                continue  # a citation to an unknown source has nowhere to point
            seen.add(number)
            span = evidence.get(source_id)
            anchor = anchors.get(number, {}).get(span) if span is not None else None
            href = f"#{anchor}" if anchor else f"#source-{number}"
            source = briefing.sources[number - 1]
            cites.append(CiteView(number, source_id, href, _cite_label(number, source, say)))
        texts = {text_of[cite.number - 1] for cite in cites}
        # The name "only in" gives and its source's number (its day may tell it apart).
        named_day, named_number = "", 0
        if total < 2:
            # One source: every point is in it; a marker on each line would say nothing.
            agreement = ""
        elif len(texts) >= 2:
            agreement = say("agreement", len(texts), total=total)
        elif texts and point.possible_sources:
            # Another source may state the fact, not surely enough to cite it: say no "only".
            agreement = say("agreement", 1, total=total)
        elif len(cites) == 1:
            name = _distinct_name(briefing.sources, cites[0].number, say, text_of)
            agreement = say("only_in", name=name)
            named_day, named_number = name, cites[0].number
        elif texts:
            # One text that several sources carry word for word (or nearly: "only in APW and 1
            # near copy"): named by an outlet if any.
            named = [c for c in cites if (briefing.sources[c.number - 1].outlet or "").strip()]
            number = (named or cites)[0].number
            word_for_word = all(own_text[c.number - 1] == own_text[number - 1] for c in cites)
            named_day, named_number = _distinct_name(briefing.sources, number, say, text_of), number
            agreement = say(
                "only_in_copies" if word_for_word else "only_in_near_copies",
                len(cites) - 1,
                name=named_day,
            )
        else:
            agreement = ""
        source_of = number_of.get(point.doc_id)
        primary = briefing.sources[source_of - 1] if source_of else None
        others = [briefing.sources[c.number - 1] for c in cites if c.number != source_of]
        shown, iso, undated, by = point_date(point, primary, say, others)
        if (
            shown
            and by is None
            and primary is not None
            and named_number == source_of
            and named_day.endswith(f", {shown}")
        ):
            # "Only in Meridian Press, 2 March 2026" already tells the day it was written: no
            # "(written 2 March 2026)" after it (the day tells two articles of an outlet apart).
            shown, iso = "", ""
        dated_by = ""
        if by is not None:
            by_number = next(c.number for c in cites if briefing.sources[c.number - 1] is by)
            dated_by = say(
                "dated_by", name=_distinct_name(briefing.sources, by_number, say, text_of)
            )
        views.append(
            PointView(
                number=p_number,
                anchor=f"point-{p_number}",
                text=point.text,
                flat=" ".join(point.text.split()),
                cites=tuple(cites),
                agreement=agreement,
                score=point.score,
                date=shown,
                iso_date=iso,
                undated=undated,
                dated_by=dated_by,
                answers=say("answers_query") if point.answers_query else "",
                place=_here(point, primary, say),
                lang=_other_language(primary, briefing),
            )
        )
    return tuple(views)


def _other_language(source: Source | None, briefing: Briefing) -> str:
    """The source's language when it is known and not the briefing's (an HTML ``lang``), else ""."""
    language = source.language if source is not None else None
    if not language or language == briefing.language or not _LANGUAGE_TAG.fullmatch(language):
        return ""
    return language


def _distinct_name(
    sources: Sequence[Source],
    number: int,
    words: Words | None = None,
    text_of: Sequence[int] = (),
) -> str:
    """The name of source ``number`` that tells it from the others: its outlet (``_source_name``),
    with its day when another source has the same name ("APW, 13 November 1998"), or with its
    number when that day does not tell them apart either ("APW [3]"). "Only in APW" in a
    cluster of ten APW articles would not say which one. A copy of its text, word for word or
    nearly (``text_of``: ``source_groups``), needs no telling apart: it says the same."""
    source = sources[number - 1]
    name = _source_name(source, number, words)
    key = name.casefold()
    if not (source.outlet or "").strip() and name == " ".join((source.title or "").split()):
        # Named by its title (no outlet): a headline read as a name ("only in Voltra recalls
        # e-bike batteries after fires in homes") is quoted.
        name = (words or briefing_words())("quoted_title", title=name)
    own = text_of[number - 1] if text_of else None
    namesakes = [
        s
        for i, s in enumerate(sources, start=1)
        if _source_name(s, i, words).casefold() == key
        and (i == number or own is None or text_of[i - 1] != own)
    ]
    if len(namesakes) == 1:
        return name
    day = iso_day(source.date)
    if day is not None and sum(iso_day(s.date) == day for s in namesakes) == 1:
        return f"{name}, {_human_date(day, words)}"
    return f"{name} [{number}]"


def _here(point: Point, source: Source | None, words: Words | None = None) -> str:
    """The primary ``source``'s dateline when the point says "here" in the briefing's language
    (``here_word``: "Mubarak met here Sunday with Assad"): cleaning took the dateline out of the
    sentence's article, so the point alone does not say where "here" is. Else ""."""
    if source is None or not source.dateline or not source.dateline.strip():
        return ""
    word = (words or briefing_words())("here_word")
    if not re.search(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", point.text, re.IGNORECASE):
        return ""
    return " ".join(source.dateline.split())


def dating_sources(
    point: Point, source_of: Mapping[str, Source]
) -> tuple[Source | None, list[Source]]:
    """``point_date``'s ``source`` and ``cited`` for ``point``: its primary source and the other
    sources it cites, in citation order (``source_of``: the briefing's sources by id)."""
    others = [
        source_of[c] for c in dict.fromkeys(point.citations) if c in source_of and c != point.doc_id
    ]
    return source_of.get(point.doc_id), others


def point_date(
    point: Point,
    source: Source | None,
    words: Words | None = None,
    cited: Sequence[Source] = (),
) -> tuple[str, str, str, Source | None]:
    """How a point that leans on a relative day ("yesterday") is dated beside it.

    Returns ``(shown, iso, undated, by)``: the primary ``source``'s date in words and its ISO
    day when it is a day; the date as the source gives it and "" when it is not ("spring
    2024"); a value that names no year ("written yesterday", ``names_year``) is no date. When
    the primary source gives no date, the date of the first of the point's other
    ``cited`` sources (in citation order) that gives one, as the primary's would be, and that
    source as ``by`` (the formats name it: another source stating the fact dates it); else "",
    "" and the relative day itself, so every format says that "yesterday" cannot be anchored.
    ``by`` is None but for a date of another source. All are empty for a point without a
    relative day.
    """
    return _dating(point.relative_day, source, words, cited)


def headline_date(briefing: Briefing, words: Words | None = None) -> tuple[str, str, str]:
    """How a headline that leans on a relative day ("... said Sunday") is dated beside it, as
    :func:`point_date` dates a point: from the source it is from (``Briefing.headline_doc_id``:
    its title's, or its lead sentence's), which no other source's citation backs: when that
    source gives no date, the headline says so. All three are "" when it leans on none, or when
    its source is not among the briefing's."""
    source = next((s for s in briefing.sources if s.id == briefing.headline_doc_id), None)
    return _dating(briefing.headline_relative_day, source, words)[:3]


def _dating(
    relative_day: str,
    source: Source | None,
    words: Words | None,
    cited: Sequence[Source] = (),
) -> tuple[str, str, str, Source | None]:
    """``point_date``'s answer for a text that leans on ``relative_day``, from ``source`` and
    stated by the ``cited`` others."""
    if not relative_day or source is None:
        return "", "", "", None
    for giver in (source, *cited):
        day = iso_day(giver.date)
        by = None if giver is source else giver
        if day is not None:
            return _human_date(day, words), day.isoformat(), "", by
        given = " ".join((giver.date or "").split())
        if names_year(given):  # "spring 2024"; "written yesterday" is no date: the next giver
            return given, "", "", by
    return "", "", " ".join(relative_day.split()), None


@dataclass(frozen=True, slots=True)
class SourceCounts:
    """How articles count as sources (``count_sources``): ``texts`` distinct texts (the sources;
    near copies of a text counted with it), ``copies`` articles repeating an earlier one's text
    word for word, ``named`` texts that some article of names an outlet, ``unnamed`` texts that
    none does (``named + unnamed == texts``), ``outlets`` the distinct outlets named, in order of
    first article, ``near_copies`` texts that nearly repeat an earlier one
    (``texts + copies + near_copies`` is the number of articles)."""

    texts: int
    copies: int
    named: int
    unnamed: int
    outlets: tuple[str, ...]
    near_copies: int = 0


def count_sources(
    outlets: Sequence[str | None],
    firsts: Sequence[int],
    groups: Sequence[int] | None = None,
) -> SourceCounts:
    """Count articles as sources: one text is one source however many articles carry it.

    ``outlets`` holds each article's outlet (``None`` or blank when it names none); ``firsts``
    each article's text, as the position of the first article carrying it
    (``text.word_for_word``); ``groups`` (``firsts`` when not given) the same with near copies
    (``text.near_copies``: a story re-sent corrected) counted as one text. A copy naming no
    outlet adds no source when another copy of its text names one (the wire story a feed
    credits to Northwire and two files of it), and a text none of whose copies names an outlet
    is one source with no outlet named. Every outlet named counts as an outlet: two outlets that
    ran one wire copy each published it.

    Examples
    --------
    >>> count_sources(["Northwire", None, None, None], [0, 0, 0, 3])
    SourceCounts(texts=2, copies=2, named=1, unnamed=1, outlets=('Northwire',), near_copies=0)
    >>> count_sources(["Northwire", None, "Herald"], [0, 1, 2], [0, 0, 2]).near_copies
    1
    """
    groups = firsts if groups is None else groups
    named: dict[int, bool] = {}
    seen: dict[str, str] = {}
    for outlet, group in zip(outlets, groups, strict=True):
        name = " ".join((outlet or "").split())
        named[group] = named.get(group, False) or bool(name)
        if name:
            seen.setdefault(name.casefold(), name)
    n_named = sum(named.values())
    n_texts = len(set(firsts))
    return SourceCounts(
        texts=len(named),
        copies=len(firsts) - n_texts,
        named=n_named,
        unnamed=len(named) - n_named,
        outlets=tuple(seen.values()),
        near_copies=n_texts - len(named),
    )


def source_texts(sources: Sequence[Source]) -> tuple[int, ...]:
    """Each source's text, as the position of the first source carrying it (its ``copy_of``'s,
    when that source comes before it; its own otherwise)."""
    return _firsts(sources, near=False)


def source_groups(sources: Sequence[Source]) -> tuple[int, ...]:
    """Each source's text with its near copies, as the position of the first source of the
    group (through ``copy_of`` or ``near_copy_of``, when that source comes before it; its own
    otherwise): what agreement markers and source counts count once."""
    return _firsts(sources, near=True)


def _firsts(sources: Sequence[Source], *, near: bool) -> tuple[int, ...]:
    position: dict[str, int] = {}
    firsts: list[int] = []
    for i, source in enumerate(sources):
        position.setdefault(source.id, i)
        earlier = source.copy_of if source.copy_of is not None else None
        if earlier is None and near:
            earlier = source.near_copy_of
        found = position.get(earlier) if earlier is not None else None
        firsts.append(firsts[found] if found is not None and found < i else i)
    return tuple(firsts)


def _context(briefing: Briefing) -> dict[str, object]:
    """Everything the templates use, computed once."""
    words = briefing_words(briefing.language)
    number_of: dict[str, int] = {}
    for i, source in enumerate(briefing.sources, start=1):
        number_of.setdefault(source.id, i)
    documents = {doc.id: doc for doc in briefing.documents if doc.id is not None}
    spans = _cited_spans(briefing, number_of, documents)
    anchors = {number: _assign_anchors(number, marks) for number, marks in spans.items()}
    points = _point_views(briefing, number_of, anchors, words)

    cited_by: dict[int, set[int]] = {}
    for view in points:
        for cite in view.cites:
            cited_by.setdefault(cite.number, set()).add(view.number)
    sources: list[SourceView] = []
    text_of = source_texts(briefing.sources)
    group_of = source_groups(briefing.sources)
    for number, source in enumerate(briefing.sources, start=1):
        doc = documents.get(source.id)
        removed_spans = doc.removed if doc is not None and doc.removed else source.removed
        day = iso_day(source.date)
        url = (source.url or "").strip()
        cited_in = sorted(cited_by.get(number, ()))
        sources.append(
            SourceView(
                number=number,
                id=source.id,
                anchor=f"source-{number}",
                name=_source_name(source, number, words),
                title=" ".join((source.title or "").split()),
                outlet=" ".join((source.outlet or "").split()),
                date=_human_date(day, words) if day else (source.date or "").strip(),
                iso_date=day.isoformat() if day else "",
                url=url,
                link=_safe_url(url),
                dateline=" ".join((source.dateline or "").split()),
                byline=" ".join((source.byline or "").split()),
                points=source.points,
                cited_in=tuple(cited_in),
                paragraphs=(
                    _paragraphs(doc, spans.get(number, {}), anchors.get(number, {}))
                    if doc is not None
                    else ()
                ),
                words=count_words(visible_text(doc, " ")) if doc is not None else 0,
                removed=tuple(
                    RemovalView(r.reason, r.text, r.start, r.end)
                    for r in sorted(removed_spans, key=lambda r: (r.start, r.end))
                ),
                copy_of=text_of[number - 1] + 1 if text_of[number - 1] != number - 1 else 0,
                near_copy_of=(
                    group_of[number - 1] + 1
                    if text_of[number - 1] == number - 1 and group_of[number - 1] != number - 1
                    else 0
                ),
                lang=_other_language(source, briefing),
            )
        )

    days = [d for d in (iso_day(s.date) for s in briefing.sources) if d is not None]
    counts = count_sources([s.outlet for s in briefing.sources], text_of, group_of)
    headline_shown, headline_iso, headline_undated = headline_date(briefing, words)
    return {
        "briefing": briefing,
        "headline": _headline(briefing, words),
        # A headline that leans on a relative day ("... said Sunday"): its source's date, as
        # a point's (``headline_date``); the header's span of dates does not say which day.
        "headline_date": headline_shown,
        "headline_iso_date": headline_iso,
        "headline_undated": headline_undated,
        "date_span": _date_span(days, words),
        "first_date": min(days).isoformat() if days else "",
        "last_date": max(days).isoformat() if days else "",
        # Every source listed; the header counts a text once, however many carry it word for
        # word: "2 sources and 2 word-for-word copies, 1 from 1 outlet and 1 with no outlet
        # named" (n_sources - n_copies - n_near == n_named + n_unnamed). A source with no
        # outlet named is neither another outlet nor left uncounted. A near copy is counted
        # apart: "8 sources, 1 word-for-word copy and 1 near copy".
        "n_sources": len(briefing.sources),
        "n_copies": counts.copies,
        "n_near": counts.near_copies,
        "n_outlets": len(counts.outlets),
        "n_named": counts.named,
        "n_unnamed": counts.unnamed,
        "key_terms": tuple(" ".join(t.split()) for t in briefing.key_terms if t.strip()),
        "query": " ".join((briefing.query or "").split()),
        "points": points,
        "sources": tuple(sources),
        "chart": _chart(briefing.sources, words),
        "timeline": _timeline(briefing.sources, words),
        "word_count": briefing.word_count,
        "max_words": briefing.max_words,
        "max_sentences": briefing.max_sentences,
        "since": _since_note(briefing, words),
        # What an empty briefing says: nothing is new since the earlier articles (every article
        # given is one of them, or every sentence states what they said), or no point.
        "no_points": (
            ("no_points_read" if not briefing.sources else "no_points_since")
            if briefing.nothing_new
            else "no_points"
        ),
        "language": briefing.language,
        "say": words,
    }


def _since_note(briefing: Briefing, words: Words | None = None) -> str:
    """With since=: one sentence saying the briefing is what is new, and what it left out.

    It says what the since stage tests (``summarizer.since``): a new sentence is left out when it
    repeats an earlier one's wording and adds nothing to it, restates an earlier sentence that holds
    all it says, or restates the earlier articles' headline, and the others are picked by how much
    of their words is new. A restatement that adds a word of its own is only picked less readily, so
    the note does not claim that no point restates an earlier fact.
    An article given that is an earlier one word for word (``Briefing.already_read``) is left
    out whole, and the note says how many.
    """
    earlier = briefing.earlier_documents
    if earlier is None:
        return ""
    said = briefing.already_said
    read = len(briefing.already_read)
    if words is not None and words.language != "en":
        note = words("since", earlier=earlier, said=said)
        return note + " " + words("since_read", read=read) if read else note
    head = f"What is new since {earlier} earlier article{'' if earlier == 1 else 's'}: "
    if read and not briefing.sources:
        return head + (
            "the article given is an earlier one, word for word, and is left out."
            if read == 1
            else f"the {read} articles given are earlier ones, word for word, and are left out."
        )
    if read:
        given = read + len(briefing.sources)
        are = "is an earlier one" if read == 1 else "are earlier ones"
        head += (
            f"{read} of the {given} articles given {are}, word for word, and "
            f"{'is' if read == 1 else 'are'} left out; "
        )
    their = "its" if earlier == 1 else "their"
    one = (
        "one of its sentences or its headline"
        if earlier == 1
        else "one of their sentences or headlines"
    )
    picked = "the points are picked by how much of each is new."
    if said == 0:
        # Only what was tested for every sentence: a restatement in words of its own that adds
        # a word is not left out, so "none restates them" would claim too much; nor is a sentence
        # that repeats their wording and adds to it (the news told with the earlier words), so
        # "none repeats their wording" would too.
        return head + f"no new sentence only repeats {their} wording; " + picked
    return head + (
        f"{said} sentence{'' if said == 1 else 's'} repeating {their} wording or retelling "
        f"{one} {'is' if said == 1 else 'are'} left out; " + picked
    )


def _assign_anchors(
    number: int, marks: dict[tuple[int, int], list[int]]
) -> dict[tuple[int, int], str]:
    """The anchor each cited span links to; a span overlapping an earlier one shares its anchor."""
    result: dict[tuple[int, int], str] = {}
    kept_end = -1
    kept_anchor = ""
    for start, end in sorted(marks):
        if start < kept_end:
            result[(start, end)] = kept_anchor
            kept_end = max(kept_end, end)
        else:
            kept_end, kept_anchor = end, _sentence_anchor(number, start, end)
            result[(start, end)] = kept_anchor
    return result


def _paragraphs(
    doc: Document,
    marks: dict[tuple[int, int], list[int]],
    anchors: dict[tuple[int, int], str],
) -> tuple[tuple[Segment, ...], ...]:
    """The visible text as paragraphs of segments, cited sentences marked and anchored."""
    text = doc.text
    # Merge overlapping marks; the merged mark carries the first span's anchor (see
    # ``_assign_anchors``) and every point that cites any part of it.
    merged: list[tuple[int, int, str, tuple[int, ...]]] = []
    for start, end in sorted(marks):
        cited_by = tuple(sorted(set(marks[(start, end)])))
        if merged and start < merged[-1][1]:
            s0, e0, a0, p0 = merged[-1]
            merged[-1] = (s0, max(e0, end), a0, tuple(sorted(set(p0 + cited_by))))
        else:
            merged.append((start, end, anchors[(start, end)], cited_by))
    starts = [m[0] for m in merged]
    ends = [m[1] for m in merged]  # sorted too: merged marks do not overlap

    # Paragraph boundaries over the whole text (a paragraph after a break starts at its first
    # visible character), then the removed spans cut out of each.
    bounds: list[tuple[int, int]] = []
    for p_start, p_end in paragraph_spans(text):
        if p_start > 0:
            while p_start < p_end and text[p_start].isspace():
                p_start += 1
        bounds.append((p_start, p_end))
    visible = visible_spans(doc)

    # Paragraphs, visible intervals and marks are each sorted and disjoint, so one sweep visits
    # only the intervals and marks that overlap each paragraph: linear in the document, not
    # paragraphs x intervals x marks.
    placed: set[int] = set()
    paragraphs: list[tuple[Segment, ...]] = []
    first_visible = 0
    for p_start, p_end in bounds:
        segments: list[Segment] = []
        while first_visible < len(visible) and visible[first_visible][1] <= p_start:
            first_visible += 1
        k = first_visible
        while k < len(visible) and visible[k][0] < p_end:
            v_start, v_end = visible[k]
            k += 1
            a, b = max(p_start, v_start), min(p_end, v_end)
            if a >= b:
                continue
            cuts = {a, b}
            i = bisect.bisect_right(ends, a)  # the first mark that ends after a
            while i < len(merged) and merged[i][0] < b:
                cuts.update(x for x in merged[i][:2] if a < x < b)
                i += 1
            edges = sorted(cuts)
            for x, y in pairwise(edges):
                i = bisect.bisect_right(starts, x) - 1
                if i >= 0 and x < merged[i][1]:
                    anchor = ""
                    if i not in placed:  # the id goes on the first visible run only
                        placed.add(i)
                        anchor = merged[i][2]
                    segments.append(Segment(text[x:y], True, anchor, merged[i][3]))
                else:
                    segments.append(Segment(text[x:y]))
        if any(seg.text.strip() for seg in segments):
            paragraphs.append(tuple(segments))
    return tuple(paragraphs)


def _chart(sources: tuple[Source, ...], words: Words | None = None) -> Chart:
    """Bar chart of how many points each source supports."""
    top = max((s.points for s in sources), default=0) or 1
    span = CHART_WIDTH - CHART_LABEL_WIDTH - 40  # room for the count after the longest bar
    bars = []
    for i, source in enumerate(sources):
        name = _source_name(source, i + 1, words)
        label = name if len(name) <= CHART_LABEL_CHARS else name[: CHART_LABEL_CHARS - 1] + "\u2026"
        y = i * CHART_ROW + (CHART_ROW - CHART_BAR_HEIGHT) // 2
        bars.append(
            Bar(
                number=i + 1,
                label=f"[{i + 1}] {label}",
                full_label=f"[{i + 1}] {name}",
                value=source.points,
                y=y,
                width=round(max(source.points, 0) / top * span, 1),
                text_y=y + CHART_BAR_HEIGHT - 4,
            )
        )
    return Chart(
        bars=tuple(bars),
        width=CHART_WIDTH,
        height=max(len(sources), 1) * CHART_ROW,
        label_width=CHART_LABEL_WIDTH,
        bar_height=CHART_BAR_HEIGHT,
    )


def _timeline(sources: tuple[Source, ...], words: Words | None = None) -> Timeline | None:
    """Sources on a date axis, or ``None`` when fewer than two sources carry a date."""
    dated = [(d, i + 1) for i, s in enumerate(sources) if (d := iso_day(s.date)) is not None]
    if len(dated) < 2:
        return None
    dated.sort()
    first, last = dated[0][0], dated[-1][0]
    days = (last - first).days
    x0, x1 = TIMELINE_MARGIN, TIMELINE_WIDTH - TIMELINE_MARGIN
    lanes: list[float] = []  # the x of the last dot placed in each lane
    placed: list[tuple[int, float, int]] = []
    for day, number in dated:
        x = (x0 + x1) / 2 if days == 0 else x0 + (day - first).days / days * (x1 - x0)
        for lane, last_x in enumerate(lanes):
            if x - last_x >= TIMELINE_MIN_GAP:
                lanes[lane] = x
                break
        else:
            lane = len(lanes)
            lanes.append(x)
        placed.append((number, x, lane))
    axis_y = len(lanes) * TIMELINE_LANE + 12
    dots = tuple(
        Dot(number=n, x=round(x, 1), y=axis_y - 10 - lane * TIMELINE_LANE, label=f"[{n}]")
        for n, x, lane in sorted(placed)
    )
    return Timeline(
        dots=dots,
        width=TIMELINE_WIDTH,
        height=axis_y + 26,
        axis_y=axis_y,
        x0=x0,
        x1=x1,
        first=_short_date(first, words),
        last=_short_date(last, words),
    )
