"""Tests for summarizer.feed: RSS and Atom entries as documents, with their metadata."""

from __future__ import annotations

import pytest

from summarizer.feed import documents_from_feed

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
