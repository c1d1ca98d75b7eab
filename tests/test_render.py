"""Tests for summarizer.render: HTML, Markdown, text and JSON output of hand-built briefings."""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path

import pytest

from summarizer.errors import ConfigError, TemplateError
from summarizer.render import (
    _BUILTIN_TEMPLATE_DIRS,
    TEMPLATE_NAMES,
    briefing_to_dict,
    render,
    template_format,
)
from summarizer.types import Briefing, Citation, Document, OutputFormat, Point, Removal, Source

# --- a small invented cluster: three reports of a bridge closing -------------------------------

TEXT_A = (
    "Harbour bridge shut after crack found\n\n"
    "Engineers closed the Tallow Harbour Bridge on Monday after a crack was found in a main "
    "girder. Traffic was sent to the ferry.\n\n"
    "The city said repairs would take two weeks. Photo: city council\n\n"
    "More stories"
)
TEXT_B = (
    "Inspectors found a crack in a girder of the Tallow Harbour Bridge, which engineers closed "
    "on Monday.\n\nFerries will run every ten minutes. The mayor apologised to commuters."
)
TEXT_C = (
    "Commuters queued for ferries on Tuesday. Repairs on the bridge would take two weeks, "
    "the city said."
)
A_CLOSED = (
    "Engineers closed the Tallow Harbour Bridge on Monday after a crack was found in a main girder."
)
A_REPAIRS = "The city said repairs would take two weeks."
B_CRACK = (
    "Inspectors found a crack in a girder of the Tallow Harbour Bridge, which engineers closed "
    "on Monday."
)
B_MAYOR = "The mayor apologised to commuters."
C_REPAIRS = "Repairs on the bridge would take two weeks, the city said."
A_CAPTION = "Photo: city council"
A_FOOTER = "More stories"


def span(text: str, sentence: str) -> tuple[int, int]:
    """Offsets of ``sentence`` in ``text``."""
    start = text.index(sentence)
    return start, start + len(sentence)


def make_briefing(
    *,
    url_b: str | None = "http://harbour.example/crack",
    headline: str = "Tallow Harbour Bridge closed for repairs",
    key_terms: tuple[str, ...] = ("bridge", "crack", "ferry"),
    with_documents: bool = True,
) -> Briefing:
    """The bridge briefing: point 1 in A and B, point 2 in A and C, point 3 only in B."""
    removed_a = (
        Removal(*span(TEXT_A, A_CAPTION), "caption", A_CAPTION),
        Removal(*span(TEXT_A, A_FOOTER), "boilerplate", A_FOOTER),
    )
    docs = (
        Document(
            TEXT_A,
            "a",
            "Bridge shut",
            "Tallow Times",
            "2024-03-04",
            "https://tallow.example/bridge",
            removed=removed_a,
        ),
        Document(TEXT_B, "b", "Crack found in bridge", "Harbour Post", "2024-03-05", url_b),
        Document(TEXT_C, "c", "Ferry queues", None, "2024-03-07", None),
    )
    points = (
        Point(
            A_CLOSED,
            "a",
            *span(TEXT_A, A_CLOSED),
            0.91234567,
            ("a", "b"),
            evidence=(Citation("b", *span(TEXT_B, B_CRACK), 0.7),),
        ),
        Point(
            A_REPAIRS,
            "a",
            *span(TEXT_A, A_REPAIRS),
            0.5,
            ("a", "c"),
            evidence=(Citation("c", *span(TEXT_C, C_REPAIRS), 0.6),),
        ),
        Point(B_MAYOR, "b", *span(TEXT_B, B_MAYOR), 0.3, ("b",)),
    )
    sources = tuple(
        Source(
            d.id or "",
            d.title,
            d.source,
            d.date,
            d.url,
            sum(d.id in p.citations for p in points),
            removed=d.removed,
        )
        for d in docs
    )
    return Briefing(
        points,
        sources,
        docs if with_documents else (),
        key_terms=key_terms,
        headline=headline,
        max_words=60,
    )


BRIEFING = make_briefing()
EMPTY = Briefing(points=(), sources=())

HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
HOSTILE_QUOTE = '" onmouseover="window.__pwned=3" x="\'><svg onload=alert(1)>'
HOSTILE_STYLE = "</style><script>window.__pwned=4</script>"


def make_hostile() -> Briefing:
    """A briefing whose every document-derived string tries to break out of its context."""
    text = f"{HOSTILE} sentence one here. {HOSTILE_STYLE} second [x](javascript:alert(1)) one."
    first = text.index(" sentence one here.") + 1
    point = Point(
        text[: first + 18],
        "h",
        0,
        first + 18,
        0.5,
        ("h", "i"),
        evidence=(Citation("i", 0, 10, 0.5),),
    )
    docs = (
        Document(
            text,
            "h",
            HOSTILE_QUOTE,
            HOSTILE_STYLE,
            "2024-01-02",
            "javascript:alert(1)",
            byline=HOSTILE,
            dateline=HOSTILE_QUOTE,
            removed=(Removal(first + 19, len(text), HOSTILE, text[first + 19 :]),),
        ),
        Document(
            "<b>bold</b> claim. Another.",
            "i",
            HOSTILE,
            HOSTILE_QUOTE,
            HOSTILE,
            "data:text/html,<script>alert(1)</script>",
        ),
    )
    sources = tuple(
        Source(d.id or "", d.title, d.source, d.date, d.url, 1, d.dateline, d.byline, d.removed)
        for d in docs
    )
    return Briefing(
        (point,),
        sources,
        docs,
        key_terms=(HOSTILE, HOSTILE_QUOTE),
        headline=HOSTILE_STYLE,
        query=HOSTILE_QUOTE,
    )


# --- a tiny HTML inspector ---------------------------------------------------------------------


class Page(HTMLParser):
    """Collects elements, their attributes and the text inside each element with an id."""

    VOID = frozenset({"meta", "br", "img", "input", "link", "hr", "wbr", "source"})

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text_by_id: dict[str, str] = {}
        self._open: list[str | None] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.elements.append((tag, found))
        if tag in self.VOID:
            return
        element_id = found.get("id")
        if element_id is not None:
            self.text_by_id[element_id] = ""
        self._open.append(element_id)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID and self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for element_id in self._open:
            if element_id is not None:
                self.text_by_id[element_id] += data

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for t, attrs in self.elements if t == tag]


def citation_links(html: str) -> list[dict[str, str | None]]:
    """The citation links of the points (``[n]`` links carrying an aria-label)."""
    return [a for a in Page(html).all("a") if (a.get("aria-label") or "").startswith("Source ")]


# --- formats and errors -----------------------------------------------------------------------


def test_unknown_format_is_a_config_error_naming_allowed_values() -> None:
    with pytest.raises(ConfigError, match=r"'html', 'md', 'json', 'text'.*got 'pdf'"):
        render(BRIEFING, "pdf")  # type: ignore[arg-type]


@pytest.mark.parametrize("output_format", ["html", "md", "json", "text"])
def test_what_is_no_briefing_is_a_type_error(output_format: str) -> None:
    """render("html", briefing), arguments swapped, said "'str' object has no attribute"."""
    with pytest.raises(TypeError, match=r"^render\(\) needs a Briefing .*; got str"):
        render("html", output_format)  # type: ignore[arg-type]


def test_template_with_json_is_a_config_error(tmp_path: Path) -> None:
    user = tmp_path / "mine.j2"
    user.write_text("x", encoding="utf-8")
    with pytest.raises(ConfigError, match="json"):
        render(BRIEFING, "json", template=user)


@pytest.mark.parametrize("output_format", ["html", "md", "json", "text"])
@pytest.mark.parametrize("template", [5, "", b"mine.html.j2", ["mine.html.j2"]])
def test_a_template_that_is_no_path_names_the_parameter(
    output_format: str, template: object
) -> None:
    # render(b, "json", template=5) raised os.fspath's "expected str, bytes or os.PathLike
    # object, not int"; template="" was "a folder" (the working directory).
    with pytest.raises(ConfigError, match=r"^`template` must be the path of a Jinja file .*; got "):
        render(BRIEFING, output_format, template=template)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "output_format", "message"),
    [
        (
            "mine.html.j2",
            "md",
            (
                "an HTML template .* format asked for is 'md'; ask for 'html', or "
                r"give a Markdown template \(a file named \*\.md\.j2\)$"
            ),
        ),
        ("mine.md.j2", "html", "a Markdown template .* is 'html'; ask for 'md', or give an HTML"),
        ("Mine.HTM", "text", "an HTML template .* is 'text'; ask for 'html', or give a plain text"),
        ("mine.txt.j2", "md", "a plain text template .* is 'md'; ask for 'text'"),
    ],
)
def test_a_template_named_for_another_format_is_a_config_error(
    tmp_path: Path, name: str, output_format: OutputFormat, message: str
) -> None:
    # render(b, "md", template="mine.html.j2") wrote an HTML page as the Markdown briefing (and
    # an .md.j2 template wrote unescaped text into an HTML page): the name sets the escaping.
    user = tmp_path / name
    user.write_text("{{ headline }}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"^template '{re.escape(name)}' is {message}"):
        render(BRIEFING, output_format, template=user)


@pytest.mark.parametrize("output_format", ["html", "md", "text"])
def test_a_template_named_for_no_format_renders_any(
    tmp_path: Path, output_format: OutputFormat
) -> None:
    user = tmp_path / "custom.j2"
    user.write_text("{{ headline }}\n", encoding="utf-8")
    assert render(BRIEFING, output_format, template=user).strip()
    assert template_format(user) is None
    assert template_format(tmp_path / "a.md" / "x.HTML.j2") == "html"


def test_a_folder_given_as_template_is_named_a_folder(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match=r"template .* is a folder, not a file; give the path"):
        render(BRIEFING, "html", template=tmp_path)


def test_missing_template_file_is_a_template_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.html.j2"
    with pytest.raises(TemplateError, match="nope.html.j2"):
        render(BRIEFING, "html", template=missing)


def test_template_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.html.j2"
    broken.write_text(
        '{% extends "briefing.html.j2" %}\n{% block footer %}{{ oops(\n', encoding="utf-8"
    )
    with pytest.raises(TemplateError, match=r"broken\.html\.j2, line \d+") as info:
        render(BRIEFING, "html", template=broken)
    assert "\n" not in str(info.value)


def test_template_extending_a_missing_parent_is_a_template_error(tmp_path: Path) -> None:
    child = tmp_path / "child.html.j2"
    child.write_text('{% extends "no-such-base.html.j2" %}', encoding="utf-8")
    with pytest.raises(TemplateError, match="no-such-base.html.j2"):
        render(BRIEFING, "html", template=child)


def test_undefined_variable_in_template_is_a_template_error(tmp_path: Path) -> None:
    user = tmp_path / "typo.md.j2"
    user.write_text("{{ headlin }}\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="headlin"):
        render(BRIEFING, "md", template=user)


def test_template_named_like_its_parent_is_a_template_error(tmp_path: Path) -> None:
    user = tmp_path / "briefing.html.j2"
    user.write_text(
        '{% extends "briefing.html.j2" %}{% block footer %}x{% endblock %}', encoding="utf-8"
    )
    with pytest.raises(TemplateError, match="rename"):
        render(BRIEFING, "html", template=user)


def test_builtin_templates_are_on_the_search_path() -> None:
    for name in [*TEMPLATE_NAMES.values(), "base.html.j2"]:
        assert any((folder / name).is_file() for folder in _BUILTIN_TEMPLATE_DIRS), name


def test_user_template_overrides_one_block_and_stays_escaped(tmp_path: Path) -> None:
    user = tmp_path / "custom.html.j2"
    user.write_text(
        '{% extends "briefing.html.j2" %}\n'
        '{% block footer %}<p class="mine">Made for the desk: {{ headline }}</p>{% endblock %}\n',
        encoding="utf-8",
    )
    html = render(make_briefing(headline="<b>Bold</b> & co"), "html", template=str(user))
    assert '<p class="mine">Made for the desk: &lt;b&gt;Bold&lt;/b&gt; &amp; co</p>' in html
    assert "Made with summarizer" not in html  # the replaced block is gone
    assert A_CLOSED in html  # the other blocks are still there
    assert len(citation_links(html)) == 5


def test_user_template_with_unknown_extension_is_escaped(tmp_path: Path) -> None:
    user = tmp_path / "custom.j2"
    user.write_text("{{ headline }}", encoding="utf-8")
    assert (
        render(make_briefing(headline="<i>x</i>"), "html", template=user) == "&lt;i&gt;x&lt;/i&gt;"
    )


def test_to_html_and_to_markdown_match_render() -> None:
    assert BRIEFING.to_html() == render(BRIEFING, "html")
    assert BRIEFING.to_markdown() == render(BRIEFING, "md")
    assert BRIEFING.to_dict() == briefing_to_dict(BRIEFING)


@pytest.mark.parametrize("output_format", ["html", "md", "json", "text"])
def test_every_format_is_deterministic_and_ends_with_newline(output_format: str) -> None:
    first = render(make_briefing(), output_format)  # type: ignore[arg-type]
    second = render(make_briefing(), output_format)  # type: ignore[arg-type]
    assert first == second
    assert first.endswith("\n")


@pytest.mark.parametrize("output_format", ["html", "md", "json", "text"])
def test_empty_briefing_renders(output_format: str) -> None:
    out = render(EMPTY, output_format)  # type: ignore[arg-type]
    assert out.strip()
    if output_format in ("html", "md", "text"):
        assert "No sentence was selected" in out


@pytest.mark.parametrize(
    ("language", "one_word"),
    [
        ("en", "1 word "),
        ("de", "1 Wort "),
        ("fr", "1 mot "),
        ("es", "1 palabra "),
        ("it", "1 parola "),
    ],
)
@pytest.mark.parametrize("output_format", ["html", "md", "text"])
def test_a_count_of_one_word_is_singular(language: str, one_word: str, output_format: str) -> None:
    """A one-word point (a page that held only "Home") was "1 words (budget 120)"."""
    point = Point("Home", "a", 0, 4, 1.0, ("a",))
    briefing = Briefing(
        points=(point,),
        sources=(Source("a", None, None, None, None, 1),),
        max_words=120,
        language=language,
    )
    out = render(briefing, output_format)  # type: ignore[arg-type]
    assert one_word in out and f"{one_word.strip()}s " not in out


# --- JSON -------------------------------------------------------------------------------------


def test_json_round_trips_and_rounds_scores() -> None:
    out = render(BRIEFING, "json")
    data = json.loads(out)
    assert data == briefing_to_dict(BRIEFING)
    assert out == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert data["points"][0]["score"] == 0.912346
    assert data["points"][0]["citations"] == ["a", "b"]
    assert data["points"][0]["evidence"] == [
        {"doc_id": "b", "start": 0, "end": len(B_CRACK), "similarity": 0.7, "reason": ""}
    ]
    assert [s["id"] for s in data["sources"]] == ["a", "b", "c"]
    assert data["sources"][0]["removed"][0] == {
        "start": TEXT_A.index(A_CAPTION),
        "end": TEXT_A.index(A_CAPTION) + len(A_CAPTION),
        "reason": "caption",
        "text": A_CAPTION,
    }
    assert data["word_count"] == BRIEFING.word_count
    assert data["max_words"] == 60 and data["max_sentences"] is None
    assert set(data) == {
        "headline",
        "language",
        "query",
        "key_terms",
        "word_count",
        "max_words",
        "max_sentences",
        "points",
        "sources",
    }
    # Offsets slice back to the source text.
    for point in data["points"]:
        doc = {"a": TEXT_A, "b": TEXT_B, "c": TEXT_C}[point["doc_id"]]
        assert doc[point["start"] : point["end"]] == point["text"]


def test_every_json_key_is_documented_in_briefing_to_dict() -> None:
    # The JSON format's schema is briefing_to_dict's docstring; "possible_sources" and "since"
    # were written without being named there.
    copy = replace(BRIEFING.sources[2], id="c-copy", copy_of="c")
    briefing = replace(
        BRIEFING, sources=(*BRIEFING.sources, copy), earlier_documents=2, already_said=1
    )
    data = briefing_to_dict(briefing)
    keys = set(data)
    keys |= {key for point in data["points"] for key in point}  # type: ignore[attr-defined]
    keys |= {key for p in data["points"] for e in p["evidence"] for key in e}  # type: ignore[index]
    keys |= {key for source in data["sources"] for key in source}  # type: ignore[attr-defined]
    keys |= {key for s in data["sources"] for r in s["removed"] for key in r}  # type: ignore[index]
    keys |= set(data["since"])  # type: ignore[arg-type]
    assert "copies" in keys and "since" in keys and "possible_sources" in keys
    doc = " ".join((briefing_to_dict.__doc__ or "").split())
    assert not {key for key in keys if f"``{key}``" not in doc}


def test_json_keeps_non_ascii_and_maps_nan_to_null() -> None:
    point = Point("Le pont a fermé — encore.", "a", 0, 25, math.nan, ("a",))
    briefing = Briefing((point,), (Source("a", "Café", None, None, None, 1),))
    out = render(briefing, "json")
    assert "fermé — encore" in out and "Café" in out
    assert json.loads(out)["points"][0]["score"] is None


# --- plain text and Markdown ------------------------------------------------------------------


def test_text_numbers_citations_by_source_position() -> None:
    out = render(BRIEFING, "text")
    assert f"1. {A_CLOSED} [1][2] (2 of 3 sources)" in out
    assert f"2. {A_REPAIRS} [1][3] (2 of 3 sources)" in out
    assert f"3. {B_MAYOR} [2] (only in Harbour Post)" in out
    assert "[1] Tallow Times: Bridge shut, 4 March 2024\n    https://tallow.example/bridge" in out
    assert "[3] Ferry queues, 7 March 2024" in out
    assert out.startswith("Tallow Harbour Bridge closed for repairs\n=====")


def test_citation_numbers_follow_source_order_not_citation_order() -> None:
    b = BRIEFING
    reordered = replace(b, sources=(b.sources[2], b.sources[0], b.sources[1]))
    out = render(reordered, "text")
    assert f"{A_CLOSED} [2][3]" in out  # a is now source 2, b source 3
    assert f"{A_REPAIRS} [2][1]" in out  # primary first, as the point lists them


def test_markdown_carries_citations_and_source_list() -> None:
    out = render(BRIEFING, "md")
    assert out.startswith("# Tallow Harbour Bridge closed for repairs\n")
    assert f"1. {A_CLOSED} [1][2] *(2 of 3 sources)*" in out
    assert (
        "**[1]** Tallow Times: [Bridge shut](<https://tallow.example/bridge>), 4 March 2024." in out
    )
    assert "**[2]** Harbour Post: [Crack found in bridge](<http://harbour.example/crack>)" in out
    assert "**[3]** Ferry queues, 7 March 2024. Cited in point 2." in out
    # Blank lines keep the sources apart (one paragraph each) and the rule from making a heading.
    assert "\n\n---\n\n" in out


def test_markdown_escapes_markup_from_documents() -> None:
    out = render(make_hostile(), "md")
    assert not re.search(r"(?<!\\)[<>]", out)  # no raw HTML: every angle bracket escaped
    assert "(<data:" not in out  # the data: URL is not a link destination
    assert r"\<script\>" in out


def test_markdown_escapes_link_syntax_in_points() -> None:
    text = "See [here](javascript:alert(1)) and ![i](http://x.example/p.png) *now*."
    point = Point(text, "a", 0, len(text), 1.0, ("a",))
    out = render(Briefing((point,), (Source("a", "T", None, None, None, 1),)), "md")
    assert r"See \[here\](javascript:alert(1)) and \!\[i\](http://x.example/p.png) \*now\*." in out
    assert not re.search(r"(?<!\\)\]\(", out)  # no unescaped link syntax


def test_markdown_shows_character_references_of_documents_as_written() -> None:
    # "&amp;" and "&copy;" in an outlet, title or point were left as they stand, and Markdown
    # reads them as character references: "Smith &amp; Sons" showed as "Smith & Sons", "&lt;3"
    # as "<3" (the HTML briefing shows them as written). A lone "&" needs no escape.
    text = "Shares of AT&T rose; the &copy; sign and &#169; and &#xA9; stayed."
    point = Point(text, "a", 0, len(text), 1.0, ("a",))
    source = Source("a", "Tom &lt;3 tunnels", "Smith &amp; Sons", None, None, 1)
    out = render(Briefing((point,), (source,)), "md")
    assert r"AT&T rose; the \&copy; sign and &\#169; and &\#xA9; stayed." in out
    assert r"Smith \&amp; Sons" in out and r"Tom \&lt;3 tunnels" in out
    assert not re.search(r"(?<!\\)&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);", out)


def test_markdown_escapes_list_markers_at_line_start() -> None:
    point = Point("2024. A year of floods.", "a", 0, 23, 1.0, ("a",))
    out = render(Briefing((point,), (Source("a", "- dash", None, None, None, 1),)), "md")
    assert r"1. 2024\. A year of floods." in out
    assert r"**[1]** \- dash." in out


# --- HTML -------------------------------------------------------------------------------------


def test_html_is_one_self_contained_page() -> None:
    html = render(BRIEFING)
    page = Page(html)
    assert html.startswith("<!DOCTYPE html>")
    assert page.all("html")[0].get("lang") == "en"
    assert not page.all("script") and not page.all("link") and not page.all("img")
    assert not page.all("iframe") and not page.all("object")
    assert "@import" not in html and "url(" not in html and " src=" not in html
    csp = [m for m in page.all("meta") if m.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in (csp[0].get("content") or "")
    for landmark in ("header", "main", "nav", "footer"):
        assert page.all(landmark), landmark
    assert "prefers-color-scheme: dark" in html and "@media print" in html
    assert ":focus-visible" in html


def test_html_heading_order_has_no_skips() -> None:
    levels = [
        int(tag[1]) for tag, _ in Page(render(BRIEFING)).elements if re.fullmatch(r"h[1-6]", tag)
    ]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in pairwise(levels)), levels


def test_html_header_shows_headline_span_counts_and_terms() -> None:
    html = render(BRIEFING)
    assert "<h1>Tallow Harbour Bridge closed for repairs</h1>" in html
    assert "<title>Tallow Harbour Bridge closed for repairs</title>" in html
    assert "3 sources, 2 from 2 outlets and 1 with no outlet named" in html  # c names none
    # A span of days is no valid <time> value: its first and last day are data attributes.
    assert (
        '<span class="dates" data-from="2024-03-04" data-to="2024-03-07">4–7 March 2024</span>'
        in html
    )
    assert 'datetime="2024-03-04/' not in html
    for term in ("bridge", "crack", "ferry"):
        assert f"<li>{term}</li>" in html


def test_html_headline_falls_back_to_key_terms() -> None:
    html = render(make_briefing(headline="", key_terms=("bridge", "girder", "ferry")))
    assert "<h1>Bridge, girder and ferry</h1>" in html
    assert "<h1>Briefing</h1>" in render(make_briefing(headline="", key_terms=()))


def test_html_citations_link_to_the_cited_sentence_in_each_source() -> None:
    html = render(BRIEFING)
    page = Page(html)
    links = citation_links(html)
    assert [a["aria-label"] for a in links] == [
        "Source 1: Tallow Times, Bridge shut",
        "Source 2: Harbour Post, Crack found in bridge",
        "Source 1: Tallow Times, Bridge shut",
        "Source 3: Ferry queues",
        "Source 2: Harbour Post, Crack found in bridge",
    ]
    expected = [A_CLOSED, B_CRACK, A_REPAIRS, C_REPAIRS, B_MAYOR]
    for link, sentence in zip(links, expected):
        target = (link["href"] or "")[1:]
        assert target in page.text_by_id, target
        assert " ".join(page.text_by_id[target].split()) == sentence
    # Each target is a <mark> inside the source's collapsible full text.
    marks = {m.get("id") for m in page.all("mark") if m.get("id")}
    assert {(a["href"] or "")[1:] for a in links} == marks
    assert re.search(
        r'<a href="#s1-\d+-\d+" aria-label="Source 1: Tallow Times, Bridge shut">\[1\]</a>', html
    )


def test_html_agreement_markers() -> None:
    html = render(BRIEFING)
    assert html.count(">2 of 3 sources</p>") == 2
    assert ">only in Harbour Post</p>" in html


def test_html_only_in_falls_back_to_title_then_host_then_number() -> None:
    b = BRIEFING
    point = Point(TEXT_C[:40], "c", 0, 40, 0.1, ("c",))
    html = render(replace(b, points=(point,)))
    assert ">only in “Ferry queues”</p>" in html
    untitled = replace(
        b, points=(point,), sources=(*b.sources[:2], replace(b.sources[2], title=None))
    )
    # Its id was the name: "only in 004_f7f4d0b8b22acb07" (a file's stem) for a text file
    # without a title or an outlet; the briefing's number names it, as its citation "[3]" does.
    assert ">only in Source 3</p>" in render(untitled)
    hosted = replace(untitled.sources[2], url="https://www.gazette.example/ferry")
    assert ">only in gazette.example</p>" in render(
        replace(untitled, sources=(*b.sources[:2], hosted))
    )


@pytest.mark.parametrize("fmt", ["html", "md", "text"])
def test_a_source_without_a_name_is_shown_by_its_number_never_its_id(fmt: OutputFormat) -> None:
    # The file's stem was shown to readers: "[3] 004_f7f4d0b8b22acb07, ..." in the source list,
    # "Source 3: 004_f7f4d0b8b22acb07" as the citation's name; an outlet without a title showed
    # the stem as the title ("Meridian Press: 004_f7...").
    stem = "004_f7f4d0b8b22acb07"
    point = Point(TEXT_C[:40], stem, 0, 40, 0.1, (stem,))
    unnamed = replace(BRIEFING.sources[2], id=stem, title=None, outlet=None)
    outlet_only = replace(BRIEFING.sources[1], title=None, url=None)
    docs = tuple(replace(d, id=stem) if d.id == "c" else d for d in BRIEFING.documents)
    briefing = replace(
        BRIEFING,
        points=(point,),
        sources=(BRIEFING.sources[0], outlet_only, unnamed),
        documents=docs,
    )
    out = render(briefing, fmt)
    assert stem not in out.replace(f"#{stem}", "").replace(f'id="{stem}', "")
    assert "only in Source 3" in out
    assert stem in render(briefing, "json")  # the id stays in JSON


@pytest.mark.parametrize("fmt", ["html", "md", "text"])
def test_a_source_without_a_name_keeps_a_file_name_a_reader_gave(fmt: OutputFormat) -> None:
    # A file the user named ("harbour-gazette.txt") names its source; a stem of digits and a
    # hash does not (above).
    stem = "harbour-gazette"
    point = Point(TEXT_C[:40], stem, 0, 40, 0.1, (stem,))
    unnamed = replace(BRIEFING.sources[2], id=stem, title=None, outlet=None, url=None)
    docs = tuple(replace(d, id=stem) if d.id == "c" else d for d in BRIEFING.documents)
    briefing = replace(
        BRIEFING,
        points=(point,),
        sources=(*BRIEFING.sources[:2], unnamed),
        documents=docs,
    )
    out = render(briefing, fmt)
    assert "only in harbour-gazette" in out and "Source 3" not in out.replace("Source 3:", "")


@pytest.mark.parametrize("fmt", ["html", "md", "text"])
def test_a_briefing_of_one_source_marks_no_point_only_in_it(fmt: OutputFormat) -> None:
    # With one source every point is in it: "only in" on each line would say nothing.
    point = Point(TEXT_C[:40], "c", 0, 40, 0.1, ("c",))
    one = replace(BRIEFING, points=(point,), sources=(BRIEFING.sources[2],))
    out = render(one, fmt)
    assert "only in" not in out and "of 1 source" not in out
    assert "only in “Ferry queues”" in render(replace(BRIEFING, points=(point,)), fmt)


@pytest.mark.parametrize("fmt", ["html", "md", "text"])
def test_only_in_is_not_said_when_another_source_may_state_the_fact(fmt: OutputFormat) -> None:
    # One citation, and the relation found a sentence elsewhere that may state the fact (below
    # the citation level): the point counts its one source instead of claiming it alone.
    point = Point(TEXT_C[:40], "c", 0, 40, 0.1, ("c",))
    alone = render(replace(BRIEFING, points=(point,)), fmt)
    maybe = render(replace(BRIEFING, points=(replace(point, possible_sources=1),)), fmt)
    assert "only in “Ferry queues”" in alone and "1 of 3 sources" not in alone
    assert "only in" not in maybe and "1 of 3 sources" in maybe
    data = briefing_to_dict(replace(BRIEFING, points=(replace(point, possible_sources=2),)))
    assert data["points"][0]["possible_sources"] == 2  # type: ignore[index]


def test_html_source_text_keeps_paragraphs_and_folds_away_removed_spans() -> None:
    html = render(BRIEFING)
    fulltext = html.split('<li class="source" id="source-1">')[1].split('id="source-2"')[0]
    body = fulltext.split('<details class="fulltext">')[1].split("</details>")[0]
    assert body.count("<p>") == 3  # headline line, two body paragraphs; footer removed
    assert A_CAPTION not in body and A_FOOTER not in body
    removed = fulltext.split('<details class="removed">')[1]
    assert "What cleaning removed (2)" in removed
    assert f'<span class="reason">caption</span>: <q>{A_CAPTION}</q>' in removed
    assert f'<span class="reason">boilerplate</span>: <q>{A_FOOTER}</q>' in removed


def test_html_citations_fall_back_to_the_source_without_documents() -> None:
    html = render(make_briefing(with_documents=False))
    hrefs = [a["href"] for a in citation_links(html)]
    assert hrefs == ["#source-1", "#source-2", "#source-1", "#source-3", "#source-2"]
    assert '<details class="fulltext">' not in html
    ids = {attrs.get("id") for _, attrs in Page(html).elements}
    assert {"source-1", "source-2", "source-3"} <= ids


def test_html_overlapping_evidence_shares_one_anchor() -> None:
    b = BRIEFING
    # Point 3 now also cites A with a span that overlaps point 1's sentence.
    start, end = span(TEXT_A, A_CLOSED)
    overlapping = Citation("a", start + 10, end + 5, 0.4)
    point3 = replace(b.points[2], citations=("b", "a"), evidence=(overlapping,))
    html = render(replace(b, points=(*b.points[:2], point3)))
    page = Page(html)
    links = citation_links(html)
    assert links[-1]["href"] == links[0]["href"]
    assert len({m.get("id") for m in page.all("mark") if m.get("id")}) == 5  # no new mark
    assert len(set(page.text_by_id)) == len([1 for _, a in page.elements if a.get("id")])


def test_html_ignores_out_of_range_evidence() -> None:
    b = BRIEFING
    bad = replace(b.points[0], evidence=(Citation("b", 5, 10_000, 0.7),))
    html = render(replace(b, points=(bad, *b.points[1:])))
    assert citation_links(html)[1]["href"] == "#source-2"


def test_html_only_http_urls_become_links() -> None:
    cases = {
        "https://tallow.example/a?b=1&c=2": True,
        "HTTP://EXAMPLE.ORG/": True,
        "javascript:alert(1)": False,
        " JavaScript:alert(1)": False,
        "data:text/html,<script>alert(1)</script>": False,
        "ftp://files.example/x": False,
        "//evil.example/x": False,
        "http://exa mple.org/": False,
    }
    for url, linked in cases.items():
        html = render(make_briefing(url_b=url))
        hrefs = [a.get("href") for a in Page(html).all("a")]
        assert (url.strip() in hrefs) is linked, url
        if not linked:
            assert "Address (not linked)" in html
    for href in [a.get("href") for a in Page(render(make_hostile())).all("a")]:
        assert href and href.startswith(("#", "http://", "https://")), href
    external = [
        a for a in Page(render(BRIEFING)).all("a") if (a.get("href") or "").startswith("http")
    ]
    assert external and all(a.get("rel") == "noopener noreferrer" for a in external)


def test_html_renders_hostile_strings_as_text() -> None:
    html = render(make_hostile())
    page = Page(html)
    assert not page.all("script") and not page.all("img")
    assert len(page.all("svg")) == 1  # the bar chart; the payload's <svg onload> is text
    assert len(page.all("style")) == 1
    assert html.count("</style>") == 1
    for tag, attrs in page.elements:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            assert "javascript:" not in (value or "").lower() or name == "content", (tag, name)
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "&lt;/style&gt;" in html
    assert "<b>" not in html and "&lt;b&gt;bold" in html
    # Quote-breaking strings stay inside their attribute (aria-label) and the heading.
    labels = [a.get("aria-label") for a in citation_links(html)]
    assert labels[0] == f"Source 1: {HOSTILE_STYLE}, {HOSTILE_QUOTE}"


def test_html_charts_bar_per_source_and_timeline_only_with_dates() -> None:
    html = render(BRIEFING)
    page = Page(html)
    bars = [r for r in page.all("rect") if r.get("class") == "svg-bar"]
    widths = [float(r["width"] or 0) for r in bars]
    assert len(bars) == 3 and widths[0] == widths[1] > widths[2] > 0
    assert "Publication dates of the sources" in html
    assert len([c for c in page.all("circle") if c.get("class") == "svg-dot"]) == 3
    one_date = replace(BRIEFING, sources=tuple(replace(s, date=None) for s in BRIEFING.sources))
    assert "Publication dates" not in render(one_date)


def test_html_timeline_stacks_sources_of_the_same_day() -> None:
    same_day = replace(
        BRIEFING, sources=tuple(replace(s, date="2024-03-04") for s in BRIEFING.sources)
    )
    html = render(same_day)
    page = Page(html)
    labels = [t for t in page.elements if t[0] == "text" and t[1].get("text-anchor") == "middle"]
    assert len({attrs.get("y") for _, attrs in labels}) == 3  # three lanes, no overlap
    # The leader of an upper label runs down through the labels below it: drawn before every
    # label, it is painted over by their halo, where drawn after [2] it struck through "[2]".
    order = [
        tag
        for tag, attrs in page.elements
        if tag == "text"
        and attrs.get("text-anchor") == "middle"
        or tag == "line"
        and attrs.get("stroke-dasharray")
    ]
    assert order == ["line"] * 3 + ["text"] * 3
    assert re.search(r"\.svg-text \{[^}]*paint-order: stroke; stroke: var\(--card\)", html)


def test_html_marks_link_back_to_the_points_citing_them() -> None:
    page = Page(render(BRIEFING))
    back = sorted(a.get("href") or "" for a in page.all("a") if a.get("class") == "back")
    assert back == ["#point-1", "#point-1", "#point-2", "#point-2", "#point-3"]


def _luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


# Text/background pairs of the page, including the SVG chart text, which axe cannot measure.
CONTRAST_PAIRS = [
    ("fg", "bg"), ("fg", "card"), ("muted", "bg"), ("muted", "card"), ("accent", "bg"),
    ("accent", "card"), ("accent", "accent-bg"), ("fg", "accent-bg"), ("mark-fg", "mark"),
    ("agree-fg", "agree-bg"), ("single-fg", "single-bg"),
]  # fmt: skip


def test_html_palette_meets_wcag_aa_in_light_and_dark() -> None:
    base = next(
        d / "base.html.j2" for d in _BUILTIN_TEMPLATE_DIRS if (d / "base.html.j2").is_file()
    )
    css = base.read_text(encoding="utf-8")
    light_css, dark_css = css.split("@media (prefers-color-scheme: dark)")
    dark_css = dark_css.split("}\n}")[0]
    for scheme_css in (light_css, dark_css):
        palette = dict(re.findall(r"--([a-z-]+): (#[0-9a-f]{6})", scheme_css))
        for fg, bg in CONTRAST_PAIRS:
            ratio = _contrast(palette[fg], palette[bg])
            assert ratio >= 4.5, (fg, bg, round(ratio, 2))
        # Bars and the focus ring are graphics: 3:1 against the background (WCAG 1.4.11).
        assert _contrast(palette["bar"], palette["card"]) >= 3
        assert _contrast(palette["focus"], palette["bg"]) >= 3


@pytest.mark.parametrize(
    "body", ["{{ 1 / 0 }}", '{{ "a" + 1 }}', '{{ "%d" | format("x") }}', "{{ points[99].text }}"]
)
def test_template_runtime_error_is_a_template_error_with_line(tmp_path: Path, body: str) -> None:
    user = tmp_path / "mine.md.j2"
    user.write_text("# title\n" + body + "\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"'mine\.md\.j2', line 2") as info:
        render(BRIEFING, "md", template=user)
    assert "\n" not in str(info.value)


# Each does more than TEMPLATE_STEPS of work but ends (about 1 s each without the bound), so the
# test fails rather than hangs on a renderer that has none; the same shapes with 10**9 hung.
ENDLESS_TEMPLATES = {
    "range": "{% for i in range(300000) %}{% endfor %}",
    "nested ranges": "{% for i in range(600) %}{% for j in range(600) %}{% endfor %}{% endfor %}",
    "wide macro": (
        "{% macro f(n) %}{% if n < 18 %}{{ f(n + 1) }}{{ f(n + 1) }}{% endif %}{% endmacro %}"
        "{{ f(0) }}"
    ),
    "growing list": (
        "{% set ns = namespace(seen=[0]) %}{% for x in ns.seen %}"
        "{% if x < 250000 %}{% if ns.seen.append(x + 1) %}{% endif %}{% endif %}{% endfor %}"
    ),
    "repeated text": '{{ ("ab" * 150000) | length }}',
    "power": "{{ (7 ** 300000) % 10 }}",
}


def test_a_template_asking_for_too_much_memory_is_one_line(tmp_path: Path) -> None:
    # A filter's size is no step: str.center(2**62) fails at once with MemoryError, a traceback.
    user = tmp_path / "mine.md.j2"
    user.write_text('{{ "a" | center(2**62) }}\n', encoding="utf-8")
    with pytest.raises(TemplateError, match=r"'mine\.md\.j2' ran out of memory") as info:
        render(BRIEFING, "md", template=user)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("body", ENDLESS_TEMPLATES.values(), ids=ENDLESS_TEMPLATES)
def test_a_template_that_does_not_end_is_stopped_with_one_line(tmp_path: Path, body: str) -> None:
    user = tmp_path / "mine.md.j2"
    user.write_text("# {{ headline }}\n" + body + "\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"'mine\.md\.j2', line 2 does not end") as info:
        render(BRIEFING, "md", template=user)
    assert "\n" not in str(info.value)


def test_a_template_that_works_within_the_bound_renders_as_before(tmp_path: Path) -> None:
    # Loops, macros and repeated text of a real template's size, and the built-in page
    # extended, render; attributes a sandbox would refuse are the user's to use.
    user = tmp_path / "mine.html.j2"
    user.write_text(
        '{% extends "briefing.html.j2" %}{% block footer %}'
        "{% macro rule(n) %}{{ '-' * n }}{% endmacro %}"
        "{% for i in range(1000) %}{{ rule(i % 3) }}{% endfor %}{{ ''.__class__.__name__ }}"
        "{% endblock %}\n",
        encoding="utf-8",
    )
    html = render(BRIEFING, "html", template=user)
    assert "-" * 2 + "str" in html and html.count("--") >= 300
    user.write_text('{% extends "briefing.html.j2" %}\n', encoding="utf-8")
    assert render(BRIEFING, "html", template=user) == render(BRIEFING, "html")


def test_template_not_utf8_is_a_template_error(tmp_path: Path) -> None:
    user = tmp_path / "mine.md.j2"
    user.write_bytes(b"\xff\xfe# {{ headline }}\n\xc3(\n")
    with pytest.raises(TemplateError, match=r"mine\.md\.j2.*UTF-8"):
        render(BRIEFING, "md", template=user)


# --- a point that leans on a relative day shows its source's date ------------------------------


def _dated_briefing(
    *, date_a: str | None = "2024-03-04", date_b: str | None = "2024-03-05"
) -> Briefing:
    """The bridge briefing with point 1 ("on Monday", in A and B) marked as leaning on a
    relative day."""
    briefing = make_briefing()
    first = replace(briefing.points[0], relative_day="Monday")
    sources = (
        replace(briefing.sources[0], date=date_a),
        replace(briefing.sources[1], date=date_b),
        *briefing.sources[2:],
    )
    return replace(briefing, points=(first, *briefing.points[1:]), sources=sources)


def test_a_relative_day_point_shows_its_source_date_in_every_format() -> None:
    briefing = _dated_briefing()
    md_lines = [line for line in render(briefing, "md").splitlines() if line[:3] in {"1. ", "2. "}]
    text_lines = [line for line in render(briefing, "text").splitlines() if line[:3] in {"1. "}]
    assert md_lines[0].endswith("*(written 4 March 2024)*")
    assert "written" not in md_lines[1]  # a point without a relative day carries no date
    assert text_lines[0].endswith("(written 4 March 2024)")
    html = render(briefing, "html")
    assert html.count('class="dated"') == 1
    assert '<time datetime="2024-03-04">4 March 2024</time>' in html.split('id="point-2"')[0]
    points = json.loads(render(briefing, "json"))["points"]
    assert (points[0]["relative_day"], points[0]["date"]) == ("Monday", "2024-03-04")
    assert points[1]["relative_day"] is None


def test_a_relative_day_point_of_an_undated_source_says_so_in_every_format() -> None:
    """The reader cannot anchor "on Monday" without a date: every format says none is given."""
    briefing = _dated_briefing(date_a=None, date_b=None)
    md_lines = [line for line in render(briefing, "md").splitlines() if line[:3] in {"1. ", "2. "}]
    assert md_lines[0].endswith("*(the source gives no date for “Monday”)*")
    assert "no date" not in md_lines[1]  # a point without a relative day carries no note
    text_lines = [line for line in render(briefing, "text").splitlines() if line[:3] == "1. "]
    assert text_lines[0].endswith("(the source gives no date for “Monday”)")
    point_1 = render(briefing, "html").split('id="point-1"')[1].split("</li>")[0]
    assert '<p class="dated undated">The source gives no date for “Monday”</p>' in point_1
    points = json.loads(render(briefing, "json"))["points"]
    assert (points[0]["relative_day"], points[0]["date"]) == ("Monday", None)


def test_a_relative_day_point_of_an_undated_source_shows_a_cited_sources_date() -> None:
    """Point 1's source A gives no date, B (Harbour Post), which states it too, does: every
    format dates "on Monday" by B and names it. It said "the source gives no date"."""
    briefing = _dated_briefing(date_a=None)
    md = next(line for line in render(briefing, "md").splitlines() if line.startswith("1. "))
    assert md.endswith("*(written 5 March 2024 by Harbour Post, which states it too)*")
    text = next(line for line in render(briefing, "text").splitlines() if line.startswith("1. "))
    assert text.endswith("(written 5 March 2024 by Harbour Post, which states it too)")
    point_1 = render(briefing, "html").split('id="point-1"')[1].split("</li>")[0]
    assert (
        '<p class="dated">Written <time datetime="2024-03-05">5 March 2024</time> '
        "by Harbour Post, which states it too</p>"
    ) in point_1
    assert "no date" not in render(briefing, "html") + render(briefing, "md")
    points = json.loads(render(briefing, "json"))["points"]
    assert (points[0]["relative_day"], points[0]["date"]) == ("Monday", None)
    assert points[0]["dated_by"] == {"doc_id": "b", "date": "2024-03-05"}
    # Only then: a point dated by its own source (or without a relative day) has no dated_by.
    assert all("dated_by" not in p for p in json.loads(render(_dated_briefing(), "json"))["points"])
    assert "dated_by" not in points[1]
    # A source that states it only possibly, or that the point does not cite, dates nothing.
    uncited = replace(briefing.points[0], citations=("a",))
    alone = replace(briefing, points=(uncited, *briefing.points[1:]))
    assert "*(the source gives no date for “Monday”)*" in render(alone, "md")


@pytest.mark.parametrize("language", ["de", "fr", "es", "it"])
def test_the_cited_sources_date_is_named_in_the_briefing_language(language: str) -> None:
    from summarizer.render import briefing_words

    briefing = replace(_dated_briefing(date_a=None), language=language)
    named = briefing_words(language)("dated_by", name="Harbour Post")
    assert "Harbour Post" in named and named != briefing_words("en")(
        "dated_by", name="Harbour Post"
    )
    assert f" {named})" in render(briefing, "text") and f" {named})*" in render(briefing, "md")


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it"])
def test_the_note_on_an_undated_relative_day_is_in_the_briefing_language(language: str) -> None:
    from summarizer.render import briefing_words

    briefing = replace(_dated_briefing(date_a=None, date_b=None), language=language)
    say = briefing_words(language)
    note, capital = say("undated", day="Monday"), say("undated_capital", day="Monday")
    assert "Monday" in note and note != capital and capital[0].isupper()
    assert f"({note})" in render(briefing, "text") and f"*({note})*" in render(briefing, "md")
    assert f'<p class="dated undated">{capital}</p>' in render(briefing, "html")
    if language != "en":  # translated, not the English words
        assert note != briefing_words("en")("undated", day="Monday")


def test_a_relative_day_point_shows_a_source_date_that_is_not_a_day_as_given() -> None:
    """A date the loader could not read as a day ("spring 2024") is shown as the sources show it,
    not dropped (and with no <time>, which needs a valid day)."""
    briefing = _dated_briefing(date_a="spring 2024")
    assert "*(written spring 2024)*" in render(briefing, "md")
    assert "(written spring 2024)" in render(briefing, "text")
    point_1 = render(briefing, "html").split('id="point-1"')[1].split("</li>")[0]
    assert '<p class="dated">Written spring 2024</p>' in point_1


@pytest.mark.parametrize("given", ["written yesterday", "2 hours ago", "n/a"])
def test_a_source_date_that_names_no_year_dates_no_point(given: str) -> None:
    """A scraper's relative stamp given as the date was shown as one: "on Monday (written
    written yesterday)". It is no date: the point is dated as if its source gave none (here by
    B, which states it too), and the source's own entry keeps it as given."""
    briefing = _dated_briefing(date_a=given)
    md = render(briefing, "md")
    point = next(line for line in md.splitlines() if line.startswith("1. "))
    assert point.endswith("*(written 5 March 2024 by Harbour Post, which states it too)*")
    assert f", {given}." in md  # the Sources entry, as given
    points = json.loads(render(briefing, "json"))["points"]
    assert (points[0]["date"], points[0]["dated_by"]["doc_id"]) == (None, "b")
    assert json.loads(render(briefing, "json"))["sources"][0]["date"] == given
    alone = render(_dated_briefing(date_a=given, date_b=None), "text")
    assert "(the source gives no date for “Monday”)" in alone


# --- a headline that leans on a relative day shows its source's date, as a point does ----------


def _headline_briefing(
    *, date_b: str | None = "2024-03-05", doc_id: str | None = "b", language: str = "en"
) -> Briefing:
    """The bridge briefing headed by a line of source b (5 March) that leans on "on Tuesday":
    the header's span (4-7 March) does not say which Tuesday, source a's day would be wrong."""
    briefing = make_briefing(headline="Ferries ran every ten minutes on Tuesday")
    sources = (briefing.sources[0], replace(briefing.sources[1], date=date_b), briefing.sources[2])
    return replace(
        briefing,
        sources=sources,
        headline_doc_id=doc_id,
        headline_relative_day="Tuesday",
        language=language,
    )


def _html_header(html: str) -> str:
    """The HTML page from its headline to the header's facts line."""
    return html.split("<h1>")[1].split('<p class="facts">')[0]


def test_a_relative_day_headline_shows_its_source_date_in_every_format() -> None:
    briefing = _headline_briefing()
    md_first = render(briefing, "md").splitlines()[0]
    assert md_first == "# Ferries ran every ten minutes on Tuesday *(written 5 March 2024)*"
    title, underline = render(briefing, "text").splitlines()[:2]
    assert title == "Ferries ran every ten minutes on Tuesday (written 5 March 2024)"
    assert underline == "=" * len(title)
    header = _html_header(render(briefing, "html"))
    assert '<p class="dated">Written <time datetime="2024-03-05">5 March 2024</time></p>' in header
    record = json.loads(render(briefing, "json"))
    assert record["headline_dated"] == {
        "doc_id": "b",
        "relative_day": "Tuesday",
        "date": "2024-03-05",
    }
    assert list(record)[:2] == ["headline", "headline_dated"]
    # The points keep their own notes: none leans on a relative day here.
    assert all("written" not in line for line in render(briefing, "md").splitlines()[1:])


def test_a_relative_day_headline_of_an_undated_source_says_so_in_every_format() -> None:
    briefing = _headline_briefing(date_b=None)
    note = "the source gives no date for “Tuesday”"
    assert render(briefing, "md").splitlines()[0].endswith(f"on Tuesday *({note})*")
    assert render(briefing, "text").splitlines()[0].endswith(f"on Tuesday ({note})")
    header = _html_header(render(briefing, "html"))
    assert '<p class="dated undated">The source gives no date for “Tuesday”</p>' in header
    dated = json.loads(render(briefing, "json"))["headline_dated"]
    assert dated == {"doc_id": "b", "relative_day": "Tuesday", "date": None}


@pytest.mark.parametrize(
    ("date_b", "shown"),
    [
        ("2024-03-05", " (written 5 March 2024)"),
        (None, " (the source gives no date for “Tuesday”)"),
    ],
)
def test_the_html_title_shows_the_headline_as_the_header_does(
    date_b: str | None, shown: str
) -> None:
    # The page's header dated "on Tuesday"; its <title> (the tab, a bookmark, the history) did
    # not. It reads as the text format's first line.
    briefing = _headline_briefing(date_b=date_b)
    [title] = re.findall(r"<title>([^<]*)</title>", render(briefing, "html").split("<style>")[0])
    assert title == "Ferries ran every ten minutes on Tuesday" + shown
    assert title == render(briefing, "text").splitlines()[0]
    plain = replace(briefing, headline_relative_day="")
    assert "<title>Ferries ran every ten minutes on Tuesday</title>" in render(plain, "html")


def test_a_relative_day_headline_shows_a_source_date_that_is_not_a_day_as_given() -> None:
    briefing = _headline_briefing(date_b="spring 2024")
    assert render(briefing, "md").splitlines()[0].endswith("*(written spring 2024)*")
    assert '<p class="dated">Written spring 2024</p>' in _html_header(render(briefing, "html"))


@pytest.mark.parametrize(
    "briefing",
    [
        make_briefing(),  # an old caller's briefing: no headline source, no relative day
        replace(make_briefing(), headline_doc_id="b"),  # a headline that leans on no day
        _headline_briefing(doc_id=None),  # key terms: from no source
        _headline_briefing(doc_id="elsewhere"),  # a source the briefing does not list
    ],
    ids=["old-caller", "no-relative-day", "no-source", "unknown-source"],
)
def test_a_headline_says_no_date_without_a_relative_day_and_its_source(briefing: Briefing) -> None:
    headline = briefing.headline
    assert render(briefing, "md").splitlines()[0] == f"# {headline}"
    assert render(briefing, "text").splitlines()[:2] == [headline, "=" * len(headline)]
    assert "dated" not in _html_header(render(briefing, "html"))
    assert "headline_dated" not in json.loads(render(briefing, "json"))


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it"])
def test_the_headline_date_is_in_the_briefing_language(language: str) -> None:
    from datetime import date

    from summarizer.render import briefing_words

    briefing = _headline_briefing(language=language)
    say = briefing_words(language)
    day = say.long_date(date(2024, 3, 5))
    md_first = render(briefing, "md").splitlines()[0]
    assert md_first.endswith(f"*({say('written')} {day})*".replace(".", "\\."))
    assert render(briefing, "text").splitlines()[0].endswith(f"({say('written')} {day})")
    header = _html_header(render(briefing, "html"))
    assert f'{say("written_capital")} <time datetime="2024-03-05">{day}</time>' in header
    if language != "en":  # translated, not the English words
        assert say("written") != briefing_words("en")("written")
    undated = render(_headline_briefing(date_b=None, language=language), "md").splitlines()[0]
    assert undated.endswith(f"*({say('undated', day='Tuesday')})*")


def test_the_header_counts_a_source_without_an_outlet_apart_in_every_format() -> None:
    """Source c names no outlet: it is neither a third outlet nor left out of the count."""
    for fmt in ("html", "md", "text"):
        out = render(BRIEFING, fmt)  # type: ignore[arg-type]
        assert "3 sources, 2 from 2 outlets and 1 with no outlet named" in out, fmt
        assert "3 sources from 2 outlets" not in out, fmt
    named = replace(
        BRIEFING, sources=(*BRIEFING.sources[:2], replace(BRIEFING.sources[2], outlet="Ferry News"))
    )
    assert "3 sources from 3 outlets" in render(named, "md")
    unnamed = replace(BRIEFING, sources=tuple(replace(s, outlet=None) for s in BRIEFING.sources))
    assert "\n3 sources, 4–7 March 2024.\n" in render(unnamed, "md")


def test_the_header_count_of_sources_without_an_outlet_is_in_each_language() -> None:
    assert "3 Quellen, 2 aus 2 Medien und 1 ohne genanntes Medium" in render(
        replace(BRIEFING, language="de"), "text"
    )
    assert "3 sources, 2 de 2 médias et 1 sans média indiqué" in render(
        replace(BRIEFING, language="fr"), "text"
    )


def _with_copy(outlet: str | None = None) -> Briefing:
    """BRIEFING with a fourth source d: b's text word for word (``outlet``: who ran it), so the
    point only in b is cited to b and d."""
    d = Document(TEXT_B, "d", "Crack found in bridge", outlet, "2024-03-05", None)
    mayor = Point(B_MAYOR, "b", *span(TEXT_B, B_MAYOR), 0.3, ("b", "d"))
    copy = Source("d", d.title, outlet, d.date, None, 1, copy_of="b")
    return replace(
        BRIEFING,
        points=(*BRIEFING.points[:2], mayor),
        sources=(*BRIEFING.sources, copy),
        documents=(*BRIEFING.documents, d),
    )


@pytest.mark.parametrize("fmt", ["html", "md", "text"])
def test_a_text_carried_word_for_word_counts_once(fmt: OutputFormat) -> None:
    """Issue 14: a second copy of b's text is no fourth source, and no second source's agreement
    with b; it is still listed, as a copy."""
    out = render(_with_copy(), fmt)
    assert "3 sources and 1 word-for-word copy, 2 from 2 outlets and 1 with no outlet named" in out
    assert "4 sources" not in out
    assert "only in Harbour Post and 1 word-for-word copy" in out
    assert "2 of 3 sources" in out  # point 1, in a and b: of three texts, not four sources
    assert "of 4 sources" not in out
    copy = "\\[2\\]" if fmt == "md" else "[2]"  # Markdown escapes the brackets
    marker = "A word-for-word copy of" if fmt == "html" else "a word-for-word copy of"
    assert out.count(f"{marker} {copy}") == 1
    if fmt == "html":
        assert '<p class="copy"><a href="#source-2">' in out
        assert "Sources (4)" in out  # every article listed


def test_two_outlets_that_ran_one_text_are_two_outlets_of_one_source() -> None:
    out = render(_with_copy("Quay Daily"), "md")
    assert "3 sources and 1 word-for-word copy, 2 from 3 outlets and 1 with no outlet named" in out
    assert "only in Harbour Post and 1 word-for-word copy" in out
    # Every copy named by no outlet, and nothing else: one source, no marker on any point.
    alone = Source("a2", None, None, None, None, 1, copy_of="a")
    only = replace(BRIEFING, points=BRIEFING.points[:1], sources=(BRIEFING.sources[0], alone))
    text = render(only, "text")
    assert "1 source and 1 word-for-word copy from 1 outlet" not in text
    assert "1 source and 1 word-for-word copy, from 1 outlet" in text
    assert "of 1 source" not in text and "only in" not in text


def test_the_json_briefing_lists_the_sources_of_one_text() -> None:
    assert briefing_to_dict(_with_copy())["copies"] == [["b", "d"]]
    assert "copies" not in briefing_to_dict(BRIEFING)  # no text repeated: as before


def test_the_copies_are_counted_in_each_language() -> None:
    copied = _with_copy()
    said = {
        "de": "3 Quellen und 1 wortgleiche Kopie, 2 aus 2 Medien und 1 ohne genanntes Medium",
        "fr": "3 sources et 1 copie mot pour mot, 2 de 2 médias et 1 sans média indiqué",
        "es": "3 fuentes y 1 copia idéntica, 2 de 2 medios y 1 sin medio indicado",
        "it": "3 fonti e 1 copia identica, 2 da 2 testate e 1 senza testata indicata",
    }
    for language, header in said.items():
        assert header in render(replace(copied, language=language), "text"), language


def test_templates_next_to_a_user_template_do_not_replace_the_built_in_ones(
    tmp_path: Path,
) -> None:
    """Issue 15.11: a ``base.html.j2`` beside the user's template is not the base it extends."""
    (tmp_path / "base.html.j2").write_text(
        '<html><script src="https://evil.example/x.js"></script>{% block body %}{% endblock %}',
        encoding="utf-8",
    )
    (tmp_path / "briefing.md.j2").write_text("replaced\n", encoding="utf-8")
    user = tmp_path / "custom.html.j2"
    user.write_text(
        '{% extends "briefing.html.j2" %}{% block footer %}<p>desk</p>{% endblock %}',
        encoding="utf-8",
    )
    html = render(BRIEFING, "html", template=user)
    assert "evil.example" not in html and "Content-Security-Policy" in html
    assert "<p>desk</p>" in html
    mine = tmp_path / "mine.md.j2"
    mine.write_text('{% include "briefing.md.j2" %}', encoding="utf-8")
    assert render(BRIEFING, "md", template=mine) == render(BRIEFING, "md")
    with pytest.raises(TemplateError, match="rename"):
        render(BRIEFING, "html", template=tmp_path / "base.html.j2")


@pytest.mark.parametrize("fmt", ["html", "md", "text"])
def test_only_in_names_the_article_when_its_outlet_has_others(fmt: OutputFormat) -> None:
    """ "Only in Harbour Post" does not say which article when the outlet has two: the day
    tells them apart, else the source's number."""
    point = Point(B_MAYOR, "b", *span(TEXT_B, B_MAYOR), 0.3, ("b",))
    sources = BRIEFING.sources
    twin = replace(sources[2], outlet="Harbour Post")  # c: 7 March, b: 5 March
    by_day = render(replace(BRIEFING, points=(point,), sources=(*sources[:2], twin)), fmt)
    assert "only in Harbour Post, 5 March 2024" in by_day
    same_day = replace(twin, date="2024-03-05")
    by_number = render(replace(BRIEFING, points=(point,), sources=(*sources[:2], same_day)), fmt)
    number = "\\[2\\]" if fmt == "md" else "[2]"  # Markdown escapes the brackets
    assert f"only in Harbour Post {number}" in by_number
    assert "only in Harbour Post" in render(replace(BRIEFING, points=(point,)), fmt)
    assert "only in Harbour Post," not in render(replace(BRIEFING, points=(point,)), fmt)


@pytest.mark.parametrize("fmt", ["html", "md", "text"])
def test_only_in_a_source_named_by_its_title_quotes_the_title(fmt: OutputFormat) -> None:
    """Our recall cluster (tests/data/review_clusters/voltra-recall): an article with a title
    and no outlet read "(only in Voltra recalls e-bike batteries after fires in homes)", a
    sentence where a name should be. The title is quoted; an outlet is not."""
    point = Point(B_MAYOR, "b", *span(TEXT_B, B_MAYOR), 0.3, ("b",))
    sources = BRIEFING.sources
    untitled_outlet = replace(sources[1], outlet=None)  # b: "Crack found in bridge"
    briefing = replace(BRIEFING, points=(point,), sources=(sources[0], untitled_outlet, sources[2]))
    rendered = render(briefing, fmt)
    assert "only in “Crack found in bridge”" in rendered
    assert "only in Harbour Post" in render(replace(BRIEFING, points=(point,)), fmt)
    assert "“Harbour Post”" not in render(replace(BRIEFING, points=(point,)), fmt)


def test_only_in_that_names_the_day_does_not_date_the_point_again() -> None:
    """Our merger cluster (tests/data/review_clusters/osterby-merger): a point of the first of
    two wire articles that leans on "Monday" read "(only in Meridian Press, 2 March 2026)
    (written 2 March 2026)": the day that tells the articles apart is the day it was written.
    Told once; a point the day names no article of (one outlet, one article) keeps its date."""
    point = Point(B_MAYOR, "b", *span(TEXT_B, B_MAYOR), 0.3, ("b",), relative_day="Monday")
    sources = BRIEFING.sources
    twin = replace(sources[2], outlet="Harbour Post")  # c: 7 March, b: 5 March
    twins = replace(BRIEFING, points=(point,), sources=(*sources[:2], twin))
    text = next(line for line in render(twins, "text").splitlines() if line.startswith("1. "))
    assert text.endswith("(only in Harbour Post, 5 March 2024)")
    md = next(line for line in render(twins, "md").splitlines() if line.startswith("1. "))
    assert md.endswith("*(only in Harbour Post, 5 March 2024)*")
    html = render(twins, "html")
    assert "only in Harbour Post, 5 March 2024" in html and 'class="dated"' not in html
    # The data keeps the date: JSON has no "only in" to read it from.
    assert json.loads(render(twins, "json"))["points"][0]["date"] == "2024-03-05"
    alone = render(replace(BRIEFING, points=(point,)), "text")
    assert "(only in Harbour Post) (written 5 March 2024)" in alone


def test_a_point_that_says_here_shows_where_its_source_was_written() -> None:
    """Cleaning takes the dateline ("OSTERBY (Wire) --") out of the article, so "met here on
    Monday" alone does not say where: every format shows the source's dateline beside it."""
    text = "The two mayors met here on Monday to sign the ferry deal. Talks went on all day."
    said = "The two mayors met here on Monday to sign the ferry deal."
    doc = Document(text, "w", None, "Wire", "2024-03-05", None, dateline="OSTERBY")
    point = Point(said, "w", *span(text, said), 0.5, ("w",))
    source = Source("w", None, "Wire", "2024-03-05", None, 1, dateline="OSTERBY")
    briefing = Briefing((point,), (source,), (doc,), headline="Ferry deal signed")
    assert "*(where “here” is: OSTERBY)*" in render(briefing, "md")
    assert "(where “here” is: OSTERBY)" in render(briefing, "text")
    assert '<p class="dated place">Where “here” is: OSTERBY</p>' in render(briefing, "html")
    no_dateline = replace(briefing, sources=(replace(source, dateline=None),))
    assert "here” is" not in render(no_dateline, "text")
    elsewhere = "Talks went on all day."
    other = replace(briefing, points=(Point(elsewhere, "w", *span(text, elsewhere), 0.5, ("w",)),))
    assert "here” is" not in render(other, "text")  # "there" or no "here": no note


# C0 controls but tab, newline and carriage return, DEL, C1: what HTML forbids in its text.
_HTML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def test_control_characters_of_the_input_never_reach_html_but_stay_in_markdown_and_json() -> None:
    # JSON text may carry any of them ("\u0001", "\u001b", "\u0093" of a cp1252 scrape); the
    # HTML briefing wrote them raw, which HTML forbids.
    text = (
        "The ferry\x01 sailed again on Monday\x1b[2J after a three-week halt.\x0b The ramp"
        "\x7f was repaired\x93 ahead of schedule.\x0c Passengers\x85 cheered at the quay.\r\n"
    )
    doc = Document(
        text, id="a", title="Ferry\x07 back", source="Gazette\x9b", byline="Ana\x02 Reyes",
        url="https://gazette.example/ferry\x7f",
    )  # fmt: skip
    from summarizer import summarize

    briefing = summarize([doc, Document("The ferry to Lowmoor runs again.", id="b")])
    html = render(briefing, "html")
    assert not _HTML_FORBIDDEN.search(html), _HTML_FORBIDDEN.findall(html)
    # Each is one character: U+FFFD, or a space for those read as white space.
    assert "Ferry\ufffd back" in html and "Ana\ufffd Reyes" in html
    assert "Monday\ufffd[2J after a three-week halt.  " in html  # \x0b: a space
    assert "The ramp\ufffd was repaired\ufffd ahead" in html
    # No link is made of an address holding a control character (a DEL).
    assert 'href="https://gazette.example' not in html
    # Markdown and text keep them (the CLI escapes them visibly), JSON too (escaped losslessly).
    assert "Ferry\x07 back" in render(briefing, "md")
    assert "Ferry\x07 back" in render(briefing, "text")
    assert json.loads(render(briefing, "json"))["sources"][0]["title"] == "Ferry\x07 back"


@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_a_source_named_by_a_file_name_with_a_line_break_stays_on_its_line(fmt: str) -> None:
    # A file "harbour\ngazette.txt" (its stem is the id) split the source's line of a text
    # briefing in two; a name could forge a line of its own ("x\n[3] Fake source").
    from summarizer import Document, render, summarize

    text = (
        "The harbour ferry resumed service on Friday after three weeks of repairs. "
        "Crews rebuilt the pier's landing stage in three weeks."
    )
    briefing = summarize([Document(text=text, id="harbour\ngazette\r\nforged line")])
    out = render(briefing, fmt)  # type: ignore[arg-type]
    assert "harbour gazette forged line" in out
    assert "gazette\n" not in out and "gazette\r" not in out
