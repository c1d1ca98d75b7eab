"""HTML pages and http(s) URLs -> ``Document``: fetch, decode, extract the article and its metadata.

Part of the load stage (``load_documents`` hands ``.html`` files and URLs here). The article text
is extracted by trafilatura, an optional extra (``pip install trafilatura lxml_html_clean``) imported only
when HTML is read. Metadata trafilatura misses is read from the page itself: Open Graph and
``article:`` meta tags, ``<meta name="author">``, ``<link rel="canonical">`` and schema.org JSON-LD.
The network is touched only by ``fetch_url``, i.e. only when the user gave a URL.
"""

from __future__ import annotations

import http.client
import json
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from .errors import InputError, ResourceError, install_hint
from .load import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, decode_bytes
from .records import replace_surrogates
from .text import check_error_page, is_placeholder_author, names_something, site_host
from .types import Document

if TYPE_CHECKING:  # pragma: no cover - typing only
    from http.client import HTTPMessage

__all__ = [
    "HTML_CONTENT_TYPES",
    "URL_SCHEMES",
    "HtmlMetadata",
    "Page",
    "check_url",
    "decode_html",
    "document_from_html",
    "fetch_url",
    "load_url",
    "read_html_metadata",
    "url_id",
]

URL_SCHEMES = ("http", "https")
HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")
MISSING_EXTRA = f"reading HTML needs the 'web' extra: {install_hint('web')}"
# Browsers look for <meta charset> in the first 1024 bytes (WHATWG prescan); pages with long
# <head> comments put it later, so look a little further.
_CHARSET_PRESCAN = 4096
_READ_CHUNK = 64 * 1024
# htmldate rejects dates after ``max_date``, which trafilatura sets to today: a fixed far bound
# keeps the extracted date independent of the clock (same input, same output).
_MAX_DATE = "2099-12-31"
_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_ARTICLE_TYPES = (
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "BlogPosting",
    "Report",
    "LiveBlogPosting",
    "WebPage",
)
_SPACE_RE = re.compile(r"[^\S\n]+")
# Block elements of trafilatura's output tree (its XML format): each is a paragraph of the text.
_BLOCK_TAGS = {"p", "head", "list", "item", "quote", "code", "table", "row", "cell", "div"}


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched web page: the address finally read (after redirects), its type and its bytes."""

    url: str
    content_type: str
    charset: str | None
    body: bytes


@dataclass(frozen=True, slots=True)
class HtmlMetadata:
    """Article metadata read from a page's ``<head>`` (``None`` where the page gives none)."""

    title: str | None = None
    site_name: str | None = None
    date: str | None = None
    author: str | None = None
    url: str | None = None
    generator: str | None = None


# ---------------------------------------------------------------------------------------------
# fetching


def check_url(url: str) -> str:
    """Return the URL's scheme if it is http or https with a host; refuse anything else."""
    try:
        parts = urlsplit(url.strip())
        _ = parts.port  # a ValueError for a port out of range or not a number
    except ValueError as exc:
        raise InputError(f"{url}: is not a valid web address ({exc}); check it") from exc
    scheme = parts.scheme.lower()
    if scheme not in URL_SCHEMES:
        raise InputError(
            f"{url}: only http:// and https:// addresses are read, not {scheme or 'this'}:; "
            "give a web address or the path of a saved file"
        )
    if not parts.hostname:
        raise InputError(
            f"{url}: the address has no host name; give a full address like https://example.com/story"
        )
    return scheme


def fetch_url(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Page:
    """Download an HTML page over http or https.

    Parameters
    ----------
    url : str
        An ``http://`` or ``https://`` address. Redirects are followed, to http(s) only.
    timeout : float
        Seconds allowed for connecting, for each read, and for the whole download.
    max_bytes : int
        Pages larger than this are refused (from ``Content-Length`` or while reading).

    Returns
    -------
    Page
        The final address, the content type, the declared charset and the raw body.

    Raises
    ------
    InputError
        Not an http(s) address, an HTTP error status, a network error or timeout, a body over
        ``max_bytes``, or a content type that is not HTML. The message names the URL.
    """
    from . import __version__

    check_url(url)
    request = urllib.request.Request(
        _as_uri(url),
        headers={
            "User-Agent": f"summarizer/{__version__}",
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
            # No gzip: urllib does not inflate it, and the size cap must count real bytes.
            "Accept-Encoding": "identity",
        },
    )
    watchdog = _Watchdog(timeout)
    opener = urllib.request.build_opener(
        _HttpOnlyRedirects(), _WatchedHTTP(watchdog), _WatchedHTTPS(watchdog)
    )
    deadline = watchdog.end
    try:
        with opener.open(request, timeout=timeout) as response:
            final_url = response.geturl()
            headers: HTTPMessage = response.headers
            content_type = _check_content_type(url, headers.get("Content-Type"))
            length = headers.get("Content-Length")
            if length and length.strip().isdigit() and int(length) > max_bytes:
                raise InputError(
                    f"{url}: the page is {int(length)} bytes, over the {max_bytes}-byte limit; "
                    "raise --max-bytes or save the article text"
                )
            body = _read_capped(response, url, max_bytes, deadline, timeout)
            charset = headers.get_content_charset()
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        exc.close()
        raise InputError(
            f"{url}: the server answered HTTP {exc.code} {exc.reason}; check the address"
        ) from None
    except urllib.error.URLError as exc:
        raise InputError(
            f"{url}: cannot be fetched ({_reason(exc.reason, timeout, watchdog.fired())}); "
            "check the address and the connection"
        ) from None
    except (TimeoutError, OSError, http.client.HTTPException, ValueError) as exc:
        raise InputError(
            f"{url}: cannot be fetched ({_reason(exc, timeout, watchdog.fired())}); "
            "check the address and the connection"
        ) from None
    finally:
        watchdog.cancel()
    if content_type is None and not _looks_like_html(body):
        raise InputError(
            f"{url}: the server did not say what the page is and it does not look like HTML; "
            "give the address of an article page"
        )
    return Page(url=final_url, content_type=content_type or "text/html", charset=charset, body=body)


def _as_uri(url: str) -> str:
    """Percent-encode spaces and non-ASCII in path and query (http.client refuses them raw)."""
    parts = urlsplit(url.strip())
    # Already-escaped sequences (%xx) and URL delimiters stay as they are.
    safe = "/%:@!$&'()*+,;=~-._?"
    return urlunsplit(
        (
            parts.scheme,
            parts.netloc,
            quote(parts.path, safe=safe),
            quote(parts.query, safe=safe),
            quote(parts.fragment, safe=safe),
        )
    )


def _reason(reason: object, timeout: float, timed_out: bool = False) -> str:
    if timed_out or isinstance(reason, TimeoutError) or "timed out" in str(reason):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, OSError) and reason.strerror:
        return str(reason.strerror)
    return str(reason) or type(reason).__name__


def _check_content_type(url: str, header: str | None) -> str | None:
    if not header or not header.strip():
        return None
    content_type = header.split(";", 1)[0].strip().lower()
    if content_type not in HTML_CONTENT_TYPES:
        raise InputError(
            f"{url}: is {content_type}, not an HTML page; give the address of an article page "
            "(or save a text file and give its path)"
        )
    return content_type


def _read_capped(response: Any, url: str, max_bytes: int, deadline: float, timeout: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    # read1 returns what has arrived (one socket read) instead of waiting for a full chunk, so the
    # total deadline below is checked while a slow server trickles.
    read = getattr(response, "read1", response.read)
    while True:
        chunk = read(_READ_CHUNK)
        if not chunk and time.monotonic() < deadline:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(
                f"{url}: the page is over the {max_bytes}-byte limit; raise --max-bytes or save the article text"
            )
        # The socket timeout bounds each read; a server trickling bytes needs a total bound too.
        if time.monotonic() > deadline:
            raise InputError(
                f"{url}: cannot be fetched (timed out after {timeout:g} s); "
                "check the address and the connection"
            )
        chunks.append(chunk)


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<?xml")) or b"<html" in head


class _Watchdog:
    """Shuts down every connection of one download when its total time is up.

    The socket timeout bounds each read only: a server that sends its status line and headers
    a byte at a time, each within the timeout, held ``--timeout 3`` for minutes (http.client
    reads up to 100 header lines of 64 kB each). A connection shut down mid-read ends the read
    (end of data), and ``fired`` tells that apart from a server that closed the connection.
    """

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds
        self._timers: list[threading.Timer] = []

    def watch(self, connection: socket.socket) -> None:
        """Shut ``connection`` down when the time is up."""
        timer = threading.Timer(max(0.0, self.end - time.monotonic()), _shut_down, (connection,))
        timer.daemon = True
        timer.start()
        self._timers.append(timer)

    def fired(self) -> bool:
        """Whether the time is up."""
        return time.monotonic() >= self.end

    def cancel(self) -> None:
        """Stop every timer (the download is over)."""
        for timer in self._timers:
            timer.cancel()


def _shut_down(connection: socket.socket) -> None:
    """End both directions of ``connection``, which wakes a read blocked on it."""
    try:
        # The plain socket's method, also for a TLS socket: its own would drop its TLS state
        # under the reading thread.
        socket.socket.shutdown(connection, socket.SHUT_RDWR)
    except OSError:
        pass  # closed already


def _watched(connection_class: Any, watchdog: _Watchdog) -> Any:
    """A maker of ``connection_class`` connections that the watchdog watches once connected."""

    def make(host: str, **kwargs: Any) -> Any:
        connection = connection_class(host, **kwargs)
        connect = connection.connect

        def watched_connect() -> None:
            connect()
            watchdog.watch(connection.sock)

        connection.connect = watched_connect
        return connection

    return make


class _Watched:
    """A handler whose connections the download's watchdog watches (redirects open new ones);
    mixed into urllib's handler of each scheme, whose ``do_open`` it wraps."""

    def __init__(self, watchdog: _Watchdog) -> None:
        super().__init__()
        self._watchdog = watchdog

    def do_open(self, http_class: Any, req: Any, **http_conn_args: Any) -> Any:
        return super().do_open(  # type: ignore[misc]
            _watched(http_class, self._watchdog), req, **http_conn_args
        )


class _WatchedHTTP(_Watched, urllib.request.HTTPHandler):
    """http:// with the download's watchdog on each connection."""


class _WatchedHTTPS(_Watched, urllib.request.HTTPSHandler):
    """https:// with the download's watchdog on each connection."""


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) addresses only (urllib would also follow ftp)."""

    def redirect_request(
        self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in URL_SCHEMES:
            fp.close()
            raise InputError(
                f"{req.full_url}: redirects to {newurl}, which is not an http(s) address; "
                "give the article's own address"
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def load_url(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    id: str | None = None,
) -> Document:
    """Fetch an article page and extract it (``fetch_url`` then ``document_from_html``).

    Parameters
    ----------
    url : str
        An ``http://`` or ``https://`` address.
    timeout : float
        Seconds allowed for the download.
    max_bytes : int
        Pages larger than this are refused.
    id : str, optional
        The document id; by default the last segment of the URL's path (or its host).

    Returns
    -------
    Document
        ``url`` is the address finally read (after redirects).

    Raises
    ------
    ResourceError
        trafilatura (the ``web`` extra) is not installed; checked before any download.
    InputError
        The page cannot be fetched, is not HTML, or holds no article text.
    """
    check_url(url)
    _trafilatura(url)  # fail before touching the network
    page = fetch_url(url, timeout=timeout, max_bytes=max_bytes)
    return document_from_html(
        page.body, name=url, id=id or url_id(page.url), url=page.url, charset=page.charset
    )


def url_id(url: str) -> str:
    """A readable document id from a URL: the last path segment without its suffix, or the host."""
    parts = urlsplit(url)
    segments = [unquote(s) for s in parts.path.split("/") if s]
    while segments and segments[-1].lower() in ("index.html", "index.htm", "index.php", "amp"):
        segments.pop()
    if segments:
        stem = re.sub(r"\.(s?html?|php|aspx?)$", "", segments[-1], flags=re.IGNORECASE)
        if stem:
            return stem
    host = parts.hostname or "page"
    return host.removeprefix("www.")


# ---------------------------------------------------------------------------------------------
# decoding and extraction


#: trafilatura's test of a real page (``utils.is_dubious_html``): "html" in its first characters.
_FRAGMENT_MARK = "html"
_FRAGMENT_PRESCAN = 50


def decode_html(data: bytes, name: str = "<html>", charset: str | None = None) -> str:
    """Decode an HTML page: BOM, then the HTTP charset, then ``<meta charset>``, then guessing."""
    if charset is None:
        match = _META_CHARSET_RE.search(data[:_CHARSET_PRESCAN])
        if match:
            charset = match.group(1).decode("ascii", errors="replace")
            # A page read as bytes cannot really be UTF-16 if its <meta> was found as ASCII.
            if charset.lower().replace("-", "").startswith("utf16"):
                charset = "utf-8"
    return decode_bytes(data, name, encoding=charset)


def document_from_html(
    html: bytes | str,
    *,
    name: str = "<html>",
    id: str | None = None,
    url: str | None = None,
    charset: str | None = None,
) -> Document:
    """Extract the article of an HTML page: text (paragraphs separated by blank lines) and metadata.

    Parameters
    ----------
    html : bytes or str
        The page. Bytes are decoded with ``charset``, else the page's ``<meta charset>``, else
        UTF-8 or cp1252 as for text files.
    name : str
        The file name or URL, for error messages.
    id : str, optional
        The document id.
    url : str, optional
        The address the page was read from; otherwise the page's canonical URL (http(s) only).
    charset : str, optional
        The encoding the server declared.

    Returns
    -------
    Document
        ``text`` is the extracted article, ``title``, ``source`` (outlet), ``date``
        (``YYYY-MM-DD``, with the time and offset when the page gives them:
        ``2023-11-14T07:45:00+00:00``), ``byline`` (author) and ``url`` from trafilatura, else
        from the page's meta tags and JSON-LD.

    Raises
    ------
    ResourceError
        trafilatura (the ``web`` extra) is not installed.
    InputError
        The page is a briefing written by summarizer or an error page ("404 Not Found":
        ``text.error_page``), or holds no article text.
    """
    trafilatura = _trafilatura(name)
    text = html if isinstance(html, str) else decode_html(html, name, charset)
    meta = read_html_metadata(text)
    if meta.generator and meta.generator.split()[0].lower() == "summarizer":
        raise InputError(
            f"{name}: is a briefing written by summarizer, not an article; leave it out of the inputs"
        )
    options: dict[str, Any] = {
        "url": url,
        "with_metadata": True,
        "include_comments": False,
        "include_tables": False,
        "date_extraction_params": {
            "original_date": True,
            "extensive_search": True,
            "max_date": _MAX_DATE,
        },
    }
    result = trafilatura.bare_extraction(text, **options)
    if result is None and _FRAGMENT_MARK not in text[:_FRAGMENT_PRESCAN].lower():
        # trafilatura takes a page whose first 50 characters do not say "html" for something
        # else unless it parses into two elements or more: a fragment of one paragraph
        # ("<p>...</p>" alone, as a scraper saves it) had "no article text". Read as a page.
        result = trafilatura.bare_extraction(f"<html>{text}</html>", **options)
    if result is None:
        raise InputError(
            f"{name}: no article text found in the page; save the article text as .txt"
        )
    found = _attr(result, "text")
    body = _attr(result, "body")
    article = _blocks_text(body) if body is not None else _lines_text(found)
    if not article.strip():
        raise InputError(
            f"{name}: no article text found in the page; save the article text as .txt"
        )
    title = _first(_str_attr(result, "title"), meta.title)
    check_error_page(article, title, name)
    if meta.title != title:  # the page's own title ("404 Not Found" over a heading "Not Found")
        check_error_page(article, meta.title, name)
    return Document(
        text=article,
        id=id,
        title=title,
        source=_first(
            *filter(names_something, (_str_attr(result, "sitename"), meta.site_name)),
            site_host(url or meta.url),
        ),
        date=_first(meta.date, _iso_date(_str_attr(result, "date"))),
        url=url or _http_url(meta.url) or _http_url(_str_attr(result, "url")),
        byline=_first(_plain_name(_str_attr(result, "author")), meta.author),
    )


def _trafilatura(name: str) -> Any:
    try:
        import trafilatura
    except ImportError as exc:
        raise ResourceError(f"{name}: {MISSING_EXTRA}") from exc
    return trafilatura


def _attr(result: Any, key: str) -> Any:
    # trafilatura 2 returns a Document object, 1.x a dict.
    if isinstance(result, Mapping):
        return result.get(key)
    return getattr(result, key, None)


def _str_attr(result: Any, key: str) -> str | None:
    value = _attr(result, key)
    return value.strip() or None if isinstance(value, str) else None


def _first(*values: str | None) -> str | None:
    return next((v for v in values if v), None)


def _http_url(url: str | None) -> str | None:
    try:
        if url and urlsplit(url).scheme.lower() in URL_SCHEMES and urlsplit(url).hostname:
            return url
    except ValueError:  # a page's canonical link Python cannot split ("http://[...")
        pass
    return None


def _blocks_text(body: Any) -> str:
    """The article as paragraphs separated by blank lines, one per block of trafilatura's tree."""
    return "".join(block + "\n\n" for block in _blocks(body)).rstrip("\n") + "\n"


def _blocks(element: Any) -> Iterator[str]:
    # Inline runs between block children (text, <hi>, <ref>, <lb/>) form one block each.
    run = [element.text or ""]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _BLOCK_TAGS:
            yield from _flush(run)
            if _has_blocks(child):
                yield from _blocks(child)
            else:
                yield from _flush([_inline_text(child)])
            run = [child.tail or ""]
        else:
            run += [_inline_text(child) if tag else "", child.tail or ""]
    yield from _flush(run)


def _has_blocks(element: Any) -> bool:
    return any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in element)


def _flush(run: list[str]) -> Iterator[str]:
    block = _squeeze("".join(run))
    if block:
        yield block


def _inline_text(element: Any) -> str:
    if not isinstance(element.tag, str):
        return ""  # a comment or processing instruction: not text
    if element.tag == "lb":
        return "\n"  # trafilatura's <br>: keep the break, else the words on both sides join
    parts = [element.text or ""]
    for child in element:
        parts += [_inline_text(child), child.tail or ""]
    return "".join(parts)


def _squeeze(text: str) -> str:
    lines = (_SPACE_RE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _lines_text(text: object) -> str:
    if not isinstance(text, str):
        return ""
    return (
        "".join(block + "\n\n" for block in map(_squeeze, text.split("\n")) if block).rstrip("\n")
        + "\n"
    )


# ---------------------------------------------------------------------------------------------
# metadata


def read_html_metadata(html: str) -> HtmlMetadata:
    """Read article metadata from a page's meta tags, canonical link and JSON-LD.

    Parameters
    ----------
    html : str
        The page.

    Returns
    -------
    HtmlMetadata
        ``title`` from ``og:title``, JSON-LD ``headline`` or ``<title>``; ``site_name`` from
        ``og:site_name`` or JSON-LD ``publisher.name``; ``date`` (``YYYY-MM-DD``, with the time when given) from
        ``article:published_time``, JSON-LD ``datePublished`` or other publication-date meta tags
        (a numeric date read in the page's declared language: ``<html lang>``, ``og:locale``);
        ``author`` from ``<meta name="author">``, ``article:author`` or JSON-LD ``author.name``;
        ``url`` from ``<link rel="canonical">``, ``og:url`` or JSON-LD ``url``.
    """
    parser = _HeadParser()
    parser.feed(html)
    parser.close()
    meta = parser.meta
    article = _json_ld_article(parser.json_ld)

    def ld(*path: str) -> str | None:
        return _json_path(article, path)

    # A numeric date such as "05/03/2025" is read in the page's language (day first in German,
    # French, Spanish and Italian): <html lang>, else the og:locale or content-language tag.
    language = _page_language(
        parser.lang, meta.get("og:locale"), meta.get("content-language"), meta.get("language")
    )

    return HtmlMetadata(
        title=_one_line(
            _first(meta.get("og:title"), ld("headline"), meta.get("twitter:title"), parser.title)
        ),
        site_name=_one_line(
            _first(
                *filter(
                    names_something,
                    (
                        meta.get("og:site_name"),
                        ld("publisher", "name"),
                        meta.get("application-name"),
                    ),
                )
            )
        ),
        date=_first(
            *(
                _iso_date(value, language)
                for value in (
                    meta.get("article:published_time"),
                    ld("datePublished"),
                    meta.get("datepublished"),
                    meta.get("pubdate"),
                    meta.get("publish-date"),
                    meta.get("dc.date.issued"),
                    meta.get("dc.date"),
                    meta.get("date"),
                    ld("dateCreated"),
                )
            )
        ),
        author=_one_line(
            _first(
                _plain_name(meta.get("author")),
                _plain_name(ld("author", "name")),
                _plain_name(meta.get("article:author")),
            )
        ),
        url=_first(
            _http_url(parser.canonical), _http_url(meta.get("og:url")), _http_url(ld("url"))
        ),
        generator=meta.get("generator"),
    )


def _one_line(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None


def _iso_date(value: str | None, language: str | None = None) -> str | None:
    """A page's date, with its time when it writes one (``parse_date_time``)."""
    if not value:
        return None
    from .text import parse_date_time

    return parse_date_time(value, language)


def _page_language(*declared: str | None) -> str | None:
    """The first declared language we have a lexicon for ("de-AT", "fr_FR" -> "de", "fr")."""
    from .lexicon import LANGUAGES

    for value in declared:
        code = (value or "").strip()[:2].lower()
        if code in LANGUAGES:
            return code
    return None


def _plain_name(value: str | None) -> str | None:
    # An author (article:author most often, <meta name="author"> too) is at times a profile's
    # address rather than a name, or a content system's "Unknown" or "admin".
    if not value or "://" in value or is_placeholder_author(value):
        return None
    return value


class _HeadParser(HTMLParser):
    """Collects <meta>, <link rel=canonical>, <title> and JSON-LD scripts (first value wins)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.title = ""
        self.json_ld: list[str] = []
        # The page's declared language (<html lang="de-AT">), as written.
        self.lang = ""
        self._in: str | None = None
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "").strip() for k, v in attrs}
        if tag == "html":
            self.lang = self.lang or values.get("lang", "") or values.get("xml:lang", "")
        elif tag == "meta":
            key = (
                values.get("property") or values.get("name") or values.get("itemprop") or ""
            ).lower()
            content = values.get("content", "")
            if key and content:
                self.meta.setdefault(key, content)
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.canonical = self.canonical or values.get("href") or None
        elif tag == "title" and not self.title:
            self._in, self._buffer = "title", []
        elif tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self._in, self._buffer = "ld", []

    def handle_data(self, data: str) -> None:
        if self._in:
            self._buffer.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._in == "title" and tag == "title":
            self.title = "".join(self._buffer)
            self._in = None
        elif self._in == "ld" and tag == "script":
            self.json_ld.append("".join(self._buffer))
            self._in = None


def _json_ld_article(scripts: list[str]) -> Mapping[str, Any]:
    """The first JSON-LD object typed as an article (``@graph`` and lists searched)."""
    candidates: list[Mapping[str, Any]] = []
    for script in scripts:
        try:
            found = list(_json_objects(json.loads(script)))
        except (ValueError, RecursionError):
            # Broken JSON-LD is common (and nesting too deep for Python's parser, or for the
            # search of its lists, is one more way to break it); the other sources still apply.
            continue
        candidates.extend(found)
    for obj in candidates:
        types = obj.get("@type")
        names = [types] if isinstance(types, str) else types if isinstance(types, list) else []
        if any(isinstance(t, str) and t in _ARTICLE_TYPES[:-1] for t in names):
            return obj
    for obj in candidates:  # a WebPage is the weaker fallback
        types = obj.get("@type")
        if types == "WebPage" or (isinstance(types, list) and "WebPage" in types):
            return obj
    return {}


def _json_objects(data: object) -> Iterator[Mapping[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _json_objects(item)
    elif isinstance(data, Mapping):
        yield data
        if "@graph" in data:
            yield from _json_objects(data["@graph"])


def _json_path(data: object, path: tuple[str, ...]) -> str | None:
    for key in path:
        if isinstance(data, list):
            data = next((d for d in data if d), None)  # the first author, the first publisher
        if isinstance(data, Mapping):
            data = data.get(key)
        elif isinstance(data, str) and key == "name":
            break  # "author": "Jane Doe" instead of {"name": ...}
        else:
            return None
    if isinstance(data, list):
        data = next((d for d in data if isinstance(d, str) and d.strip()), None)
    # A "\ud800" escape is a lone surrogate once parsed: U+FFFD, as in a JSON file of documents.
    return replace_surrogates(data.strip()) or None if isinstance(data, str) else None
