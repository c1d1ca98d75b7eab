"""Tests for summarizer.feed: RSS and Atom entries as documents, with their metadata."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer import InputError, load_documents, summarize
from summarizer.feed import documents_from_feed
from summarizer.load import SkippedInputWarning

pytest.importorskip("feedparser")

# An invented article, as a feed's entry carries it.
_TEXT = "The night ferry to Skerrow sailed again on Monday after a week of repairs."


def _rss(channel: str, item: str = "") -> bytes:
    """An RSS 2.0 feed of one item holding ``_TEXT``; ``channel`` and ``item`` add elements."""
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel>'
        f"{channel}<item><title>Ferry back</title>{item}"
        f"<description>{_TEXT}</description></item></channel></rss>"
    ).encode()


def test_a_feed_address_python_cannot_split_is_no_outlets_address() -> None:
    # "http://[..." (an unclosed IPv6 bracket) made urlsplit raise: a traceback, not a document.
    feed = _rss("<title>Top stories - Gazette</title><link>http://[::1/</link>")
    (doc,) = documents_from_feed(feed, "gazette.rss", "gazette")
    assert (doc.text, doc.source) == (_TEXT, "Top stories")
    # Such a link is no address: the entry's is read instead.
    feed = feed.replace(b"<title>Ferry back", b"<link>https://gazette.example/f</link><title>Ferry")
    (doc,) = documents_from_feed(feed, "gazette.rss", "gazette")
    assert doc.source == "Gazette"


@pytest.mark.parametrize(
    ("written", "stamp"),
    [
        # Late evening in New York is the next day in UTC, where feedparser reads it: the entry
        # was dated the 26th, while its page (article:published_time) and a news API's record
        # of it were dated the 25th. The time is kept, with its offset as written.
        ("Mon, 25 Nov 2024 23:30:00 -0500", "2024-11-25T23:30:00-05:00"),
        ("2024-11-25T23:30:00-05:00", "2024-11-25T23:30:00-05:00"),
        ("Mon, 25 Nov 2024 23:30:00 GMT", "2024-11-25T23:30:00+00:00"),
        # strftime's "%Y" wrote "99-11-25", no ISO date.
        ("0099-11-25T10:00:00Z", "0099-11-25T10:00:00+00:00"),
        # No time written, none made up.
        ("25 Nov 2024", "2024-11-25"),
    ],
)
def test_an_entrys_date_is_the_day_its_feed_writes_and_its_time(written: str, stamp: str) -> None:
    feed = _rss("<title>Gazette</title>", f"<pubDate>{written}</pubDate>")
    (doc,) = documents_from_feed(feed, "gazette.rss", "gazette")
    assert doc.date == stamp


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        # A title of separators only named the outlet "—" or "|".
        ("—", None),
        (" | ", None),
        ("- · -", None),
        # A separator at an end stayed in the name ("Harbour Gazette -").
        ("Harbour Gazette -", "Harbour Gazette"),
        ("» Harbour Gazette", "Harbour Gazette"),
        ("Harbour Gazette:", "Harbour Gazette"),
        # Unchanged: a section and the outlet, and a name with a hyphen in it.
        ("Top stories - Harbour Gazette", "Harbour Gazette"),
        ("Skerrow-Averell Times", "Skerrow-Averell Times"),
    ],
)
def test_the_outlet_in_a_feeds_title(title: str, outlet: str | None) -> None:
    feed = _rss(f"<title>{title}</title><link>https://gazette.example/</link>")
    (doc,) = documents_from_feed(feed, "gazette.rss", "gazette")
    assert doc.source == outlet


def test_an_html_feed_title_names_its_outlet_without_markup() -> None:
    # Atom's type="html" title (and an RSS channel's, which feedparser reads as HTML) named the
    # outlet "Smith &amp; Sons <b>Gazette</b>"; an entry's title was already read as text.
    feed = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
        '<title type="html">Smith &amp;amp; Sons &lt;b&gt;Gazette&lt;/b&gt;</title>'
        f"<entry><id>urn:g:1</id><summary>{_TEXT}</summary></entry>"
        f"<entry><id>urn:g:2</id><summary>{_TEXT}</summary><source>"
        '<title type="html">Northwire &amp;amp; Co</title></source></entry></feed>'
    ).encode()
    docs = documents_from_feed(feed, "gazette.atom", "gazette")
    assert [doc.source for doc in docs] == ["Smith & Sons Gazette", "Northwire & Co"]


def test_an_xhtml_title_is_read_as_text() -> None:
    # Atom's type="xhtml" title kept its markup: 'Market <b>square</b> flooded', shown escaped in
    # every briefing; the feed's own title named the outlet with its tags.
    xhtml = '<div xmlns="http://www.w3.org/1999/xhtml">'
    feed = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f'<title type="xhtml">{xhtml}Tollside <i>Herald</i></div></title>'
        f'<entry><id>urn:th:10</id><title type="xhtml">{xhtml}Market <b>square</b> &amp; '
        f"stalls flooded</div></title><summary>{_TEXT}</summary></entry></feed>"
    ).encode()
    (doc,) = documents_from_feed(feed, "herald.atom", "herald")
    assert (doc.title, doc.source) == ("Market square & stalls flooded", "Tollside Herald")


def test_an_aggregators_entry_title_loses_its_outlets_name() -> None:
    # An aggregator titles each entry "Headline - Outlet" beside its <source>.
    feed = _rss(
        "<title>Top stories - Aggregator</title><link>https://news.example/</link>",
        '<source url="https://northwire.example/rss">Northwire</source>',
    ).replace(b"<title>Ferry back</title>", b"<title>Ferry back - Northwire</title>")
    (doc,) = documents_from_feed(feed, "top.rss", "top")
    assert (doc.title, doc.source) == ("Ferry back", "Northwire")


@pytest.mark.parametrize(
    ("title", "link", "outlet"),
    [
        # A feed served from a host of its own ("feeds.", "rss.", "news."): the host's first
        # label was taken for the site's name, so no part matched, or the wrong one did.
        ("News : Northwire", "https://feeds.northwire.example/1001/rss.xml", "Northwire"),
        ("Top stories - Gazette", "http://rss.gazette.example/top.rss", "Gazette"),
        ("World news | Gazette", "https://news.gazette.example/", "Gazette"),
        # Unchanged: the site's name first in its host, or under a country's domain.
        ("World news | Harbour Gazette", "https://www.harbourgazette.example/", "Harbour Gazette"),
        ("Sport | Harbour Gazette", "https://harbourgazette.co.uk/", "Harbour Gazette"),
    ],
)  # fmt: skip
def test_the_outlet_in_a_feeds_title_at_a_feed_host(title: str, link: str, outlet: str) -> None:
    feed = _rss(f"<title>{title}</title><link>{link}</link>")
    (doc,) = documents_from_feed(feed, "gazette.rss", "gazette")
    assert doc.source == outlet


def test_an_entrys_plain_text_keeps_its_paragraphs_and_characters() -> None:
    # Atom's type="text" content was read as HTML: its blank lines (paragraphs) became one
    # space and a written "&amp;" became "&".
    feed = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Gazette</title>'
        f'<entry><id>urn:g:1</id><content type="text">{_TEXT}\n\nFares &amp;amp; times '
        "are unchanged.</content></entry>"
        f'<entry><id>urn:g:2</id><summary type="html">&lt;p&gt;{_TEXT}&lt;/p&gt;'
        "&lt;p&gt;Fares are unchanged.&lt;/p&gt;</summary></entry></feed>"
    ).encode()
    docs = documents_from_feed(feed, "gazette.atom", "gazette")
    assert [doc.text for doc in docs] == [
        f"{_TEXT}\n\nFares &amp; times are unchanged.",
        f"{_TEXT}\n\nFares are unchanged.",
    ]


@pytest.mark.parametrize(
    ("item", "byline"),
    [
        ("<author>ana@gazette.example (Ana Reyes)</author>", "Ana Reyes"),
        ("<author>ana@gazette.news</author>", None),  # an address names no one
        ("<dc:creator>Bo Lind</dc:creator><dc:creator>Cy Moss</dc:creator>", "Bo Lind, Cy Moss"),
        ("", None),
        # A content system's author nobody filled in was shown as the article's byline
        # ("..., 3 March 2025, Unknown."): it names no one.
        ("<dc:creator>Unknown</dc:creator>", None),
        ("<dc:creator>admin</dc:creator><dc:creator>Bo Lind</dc:creator>", "Bo Lind"),
        ("<dc:creator> ANONYMOUS </dc:creator>", None),
        # The outlet's staff is a byline: it says who wrote it.
        ("<dc:creator>Staff</dc:creator>", "Staff"),
        ("<dc:creator>Staff Reporter</dc:creator>", "Staff Reporter"),
    ],
)
def test_an_rss_entrys_authors_are_its_byline(item: str, byline: str | None) -> None:
    # Authors were not read: the briefing's source list named none for a feed's articles.
    feed = _rss("<title>Gazette</title>", item).replace(
        b'<rss version="2.0">',
        b'<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    )
    (doc,) = documents_from_feed(feed, "gazette.rss", "gazette")
    assert doc.byline == byline


def test_an_atom_entrys_authors_are_its_byline_not_the_feeds() -> None:
    feed = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Gazette</title>'
        "<author><name>Gazette Desk</name></author>"
        '<entry><id>g1</id><title>Ferry back</title><content type="text">'
        f"{_TEXT}</content><author><name>Ana Reyes</name><email>ana@gazette.example</email>"
        "</author><author><name>Bo Lind</name></author></entry>"
        f'<entry><id>g2</id><title>Ferry</title><content type="text">{_TEXT}</content></entry>'
        "</feed>"
    ).encode()
    first, second = documents_from_feed(feed, "gazette.atom", "gazette")
    assert (first.byline, second.byline) == ("Ana Reyes, Bo Lind", None)
    # The briefing's source list names them, as for a record's "author".
    assert "Ferry back, Ana Reyes, Bo Lind" in summarize([first]).to_markdown()


def test_an_entry_without_text_is_left_out_with_a_warning_as_a_record_is(tmp_path: Path) -> None:
    # The entry was left out silently, while a JSON record without text is warned of.
    feed = _rss("<title>Gazette</title>").replace(
        b"</channel>",
        b"<item><title>Ferry timetable</title><link>https://gazette.example/t</link>"
        b"<description>  </description></item><item><guid>g9</guid></item></channel>",
    )
    path = tmp_path / "gazette.rss"
    path.write_bytes(feed)
    with pytest.warns(SkippedInputWarning) as caught:
        (doc,) = load_documents(path)
    assert doc.text == _TEXT
    problem = (
        "has no text (its summary and content are empty or missing); give the article in "
        "<description> or <content>, or leave the entry out"
    )
    assert [str(w.message) for w in caught] == [
        f'skipped {path}: entry 2 ("Ferry timetable"): {problem}',
        f'skipped {path}: entry 3 ("g9"): {problem}',
    ]
    # Shown at the caller's line, as a record's warning is.
    assert {w.filename for w in caught} == {__file__}


@pytest.mark.parametrize("reference", ["&#xD800;", "&#57343;", "&#x110000;", "&#99999999999;"])
def test_a_reference_to_no_character_is_read_as_a_replacement_character(reference: str) -> None:
    # feedparser stopped on each with a traceback (UnicodeEncodeError, ValueError,
    # OverflowError); HTML reads such a reference as U+FFFD.
    feed = _rss(f"<title>Gazette {reference}</title>", f"<author>Ann {reference} Lee</author>")
    feed = feed.replace(b"Ferry back", f"Ferry {reference} back".encode())
    (doc,) = documents_from_feed(feed, "gazette.rss", "gazette")
    assert (doc.title, doc.text) == ("Ferry \ufffd back", _TEXT)
    # A reference to a character is kept.
    (doc,) = documents_from_feed(feed.replace(reference.encode(), b"&#x41;"), "g.rss", "g")
    assert doc.title == "Ferry A back"


def test_a_feed_feedparser_cannot_read_is_an_input_error() -> None:
    # In UTF-16 the reference is out of the replacement's reach: one line, not a traceback.
    feed = _rss("<title>Gazette</title>").replace(b"Ferry back", b"Ferry &#xD800; back")
    feed = feed.replace(b'version="1.0"?>', b'version="1.0" encoding="utf-16"?>').decode()
    with pytest.raises(InputError, match=r"^gazette.rss: cannot be read as a feed \("):
        documents_from_feed(feed.encode("utf-16"), "gazette.rss", "gazette")


# A second item, so that a feed cut inside it still holds a whole first entry.
_SECOND = (
    "<item><title>Ferry fares rise</title><guid>g2</guid><description>Fares on the Skerrow "
    "crossing rise by a tenth from June, the operator said on Tuesday, to pay for the repairs "
    "to the night ferry's engines.</description></item>"
)


@pytest.mark.parametrize("cut", ["on the Skerrow", "the operator said on Tuesday, to pay"])
def test_a_feed_cut_short_is_an_error_naming_it_or_with_skip_bad_a_warning(
    tmp_path: Path, cut: str
) -> None:
    # A download cut off inside its second entry was read as a whole feed: the second entry's
    # text ended mid-sentence (or it was "has no text"), and nothing said the feed was cut.
    whole = _rss("<title>Gazette</title>").replace(b"</channel>", _SECOND.encode() + b"</channel>")
    path = tmp_path / "gazette.rss"
    path.write_bytes(whole[: whole.index(cut.encode()) + len(cut)])
    with pytest.raises(InputError) as caught:
        load_documents(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: is cut short (line 1: ")
    assert "download the feed again" in message and "\n" not in message
    with pytest.warns(SkippedInputWarning) as warned:
        docs = load_documents(path, skip_bad=True)
    assert docs[0].text == _TEXT
    assert any(f"{path}: is cut short (line 1: " in str(w.message) for w in warned)


def test_a_whole_feed_with_a_bare_ampersand_is_read_without_a_word() -> None:
    # Not well-formed (a lenient parser reads it whole), but not cut short: no error, no warning.
    feed = _rss("<title>Gazette</title>").replace(b"Ferry back", b"Ferry & bus back")
    (doc,) = documents_from_feed(feed, "gazette.rss", "gazette")
    assert doc.title == "Ferry & bus back"


def test_an_entry_that_is_an_error_page_is_refused_as_a_file_is() -> None:
    # Our own feed: an entry whose link was dead carried the site's error page and became a
    # source, where the same text in a file is refused; with skip_bad it is left out, warned of.
    dead = b"<item><title>Page not found</title><description>Sorry, this page has moved.</description></item>"
    feed = _rss("<title>Gazette</title>").replace(b"</channel>", dead + b"</channel>")
    message = "gazette.rss: entry 2: is an error page (404 Not Found), not an article"
    with pytest.raises(InputError, match=re.escape(message)):
        documents_from_feed(feed, "gazette.rss", "gazette")
    left_out: list[InputError] = []
    (doc,) = documents_from_feed(feed, "gazette.rss", "gazette", left_out, skip_bad=True)
    assert doc.text == _TEXT and [str(e) for e in left_out] == [
        f"{message}; remove it or fetch it again"
    ]


def test_a_feed_without_entries_says_so() -> None:
    # Our own empty feeds: "the feed has no entries with text; give a feed whose entries carry
    # a summary or content" sent the user looking for entries' text that was never there.
    rss = b'<?xml version="1.0"?><rss version="2.0"><channel><title>G</title></channel></rss>'
    atom = b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>G</title></feed>'
    for feed in (rss, atom):
        with pytest.raises(InputError, match=r"^g\.xml: the feed has no entries; give a feed th"):
            documents_from_feed(feed, "g.xml", "g")
