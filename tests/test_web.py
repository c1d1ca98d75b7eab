"""web (load stage): HTML extraction, page metadata, and fetching from a local HTTP server.

Nothing here reaches the internet: pages are served by ``http.server`` on 127.0.0.1 (port 0).
Tests that extract article text need trafilatura (the ``web`` extra) and skip without it.
"""

from __future__ import annotations

import importlib.util
import socket
import sys
import threading
import time
import types
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.etree import ElementTree

import pytest

from summarizer import Document, InputError, ResourceError, __version__, load_documents
from summarizer.load import SkippedInputWarning
from summarizer.web import (
    HtmlMetadata,
    decode_html,
    document_from_html,
    fetch_url,
    read_html_metadata,
    url_id,
)

HTML_DIR = Path(__file__).parent / "data" / "html"
ARTICLE = (HTML_DIR / "article.html").read_bytes()
META_DATES = (HTML_DIR / "meta-dates.html").read_bytes()
CP1252 = (HTML_DIR / "cp1252.html").read_bytes()


def _have_trafilatura() -> bool:
    if "trafilatura" in sys.modules:  # None there means "blocked", as the tests below do
        return sys.modules["trafilatura"] is not None
    return importlib.util.find_spec("trafilatura") is not None


HAVE_TRAFILATURA = _have_trafilatura()
needs_trafilatura = pytest.mark.skipif(
    not HAVE_TRAFILATURA,
    reason="trafilatura (the 'web' extra: pip install trafilatura lxml_html_clean) is not installed",
)
# The hint names the extra's own packages: 'summarizer' on the public index is another project.
MISSING_EXTRA = (
    "reading HTML needs the 'web' extra: pip install 'trafilatura>=1.6' 'lxml_html_clean>=0.1'"
)

# Text that must never survive extraction of article.html: navigation, ads, related links,
# the cookie banner and the footer.
BOILERPLATE = (
    "cookies",
    "Advertisement",
    "garden furniture",
    "Related stories",
    "Book appeal",
    "Subscribe",
    "All rights reserved",
    "Privacy",
)


# ---------------------------------------------------------------------------------------------
# a local web server


class _Handler(BaseHTTPRequestHandler):
    """Routes of the test server; every request's headers are recorded on the server."""

    server: _Server

    def do_GET(self) -> None:
        self.server.requests.append((self.path, dict(self.headers.items())))
        route = self.path.split("?", 1)[0]
        if route in ("/news/marrowby-library-reopens.html", "/caf%C3%A9%20story"):
            self._send(200, "text/html; charset=utf-8", ARTICLE)
        elif route == "/transport/night-buses":
            self._send(200, "text/html", META_DATES)
        elif route == "/de/bruecke":
            self._send(200, "text/html", CP1252)  # charset only in the page's <meta>
        elif route == "/de/bruecke-header":
            # The header wins over <meta>; a page that lies in its <meta> is still read right.
            self._send(
                200, "text/html; charset=windows-1252", CP1252.replace(b"windows-1252", b"utf-8")
            )
        elif route == "/untyped":
            self._send(200, None, ARTICLE)
        elif route == "/untyped-binary":
            self._send(200, None, b"\x00\x01\x02 not a page")
        elif route == "/data.json":
            self._send(200, "application/json", b'{"text": "not a page"}')
        elif route == "/image.png":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n\x00\x00")
        elif route == "/big":
            self._send(
                200, "text/html", b"<html><body>" + b"<p>word</p>" * 1000 + b"</body></html>"
            )
        elif route == "/big-unsized":
            # No Content-Length: the cap must hold while reading, not only from the header.
            self._send(
                200,
                "text/html",
                b"<html><body>" + b"<p>word</p>" * 1000 + b"</body></html>",
                length=False,
            )
        elif route == "/redirect":
            self._redirect("/news/marrowby-library-reopens.html")
        elif route == "/redirect-ftp":
            self._redirect("ftp://127.0.0.1/story.html")
        elif route == "/redirect-file":
            self._redirect("file:///etc/passwd")
        elif route == "/slow":
            self.server.release.wait(10)  # until the test is over
            self._send(200, "text/html", ARTICLE)
        elif route == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body><p>")
            self.wfile.flush()
            # Each byte arrives well within the socket timeout; the whole page does not. Stop after
            # 5 s anyway, so a client without a total deadline fails the test instead of hanging.
            for _ in range(100):
                if self.server.release.wait(0.05):
                    break
                self.wfile.write(b"a")
                self.wfile.flush()
        elif route == "/trickle-headers":
            # The headers themselves trickle, each line well within the socket timeout: 100 of
            # them (http.client's limit) take 5 s, and the test wants the deadline long before.
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            for _ in range(100):
                if self.server.release.wait(0.05):
                    break
                self.wfile.write(b"X-Pad: a\r\n")
                self.wfile.flush()
        else:
            self._send(404, "text/html", b"<html><body><p>Not here.</p></body></html>")

    def _send(
        self, status: int, content_type: str | None, body: bytes, length: bool = True
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def handle(self) -> None:
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout tests): expected

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.release = threading.Event()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"


@pytest.fixture
def server() -> Iterator[_Server]:
    httpd = _Server()
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield httpd
    finally:
        httpd.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy from the environment must not carry requests meant for the local server."""
    for name in (
        "http_proxy",
        "https_proxy",
        "all_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture
def no_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``import trafilatura`` fail, as when the ``web`` extra is not installed."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)


# ---------------------------------------------------------------------------------------------
# fetching


@needs_trafilatura
def test_url_is_fetched_and_extracted(server: _Server) -> None:
    url = server.url("/news/marrowby-library-reopens.html")
    [doc] = load_documents(url)
    assert doc.id == "marrowby-library-reopens"
    assert doc.url == url
    assert doc.title == "Marrowby library reopens after flood repairs"
    assert doc.source == "The Fenwick Courier"
    assert doc.date == "2023-11-14T07:45:00+00:00"  # article:published_time, its time kept
    assert doc.byline == "Ines Oduya"
    assert "ruined more than eleven thousand books." in doc.text
    assert not [junk for junk in BOILERPLATE if junk in doc.text]
    # Paragraphs stay apart: the splitter and the cleaner rely on blank lines.
    assert "eleven thousand books.\n\nVolunteers formed a queue" in doc.text
    _, headers = server.requests[0]
    assert headers["User-Agent"] == f"summarizer/{__version__}"


@needs_trafilatura
def test_url_and_file_in_one_cluster(server: _Server, tmp_path: Path) -> None:
    text = tmp_path / "wire.txt"
    text.write_text(
        "The library in Marrowby opened again on Monday after repairs.\n", encoding="utf-8"
    )
    docs = load_documents(server.url("/transport/night-buses"), text)
    assert [d.id for d in docs] == ["night-buses", "wire"]
    assert docs[0].date == "2024-02-03" and docs[0].source == "Kellmoor Evening Post"


@needs_trafilatura
@pytest.mark.parametrize("route", ["/de/bruecke", "/de/bruecke-header"])
def test_charset_from_meta_or_header(server: _Server, route: str) -> None:
    [doc] = load_documents(server.url(route))
    assert doc.title == "Brücke in Süderfeld wieder offen"
    assert "„Wir sind froh, dass der Schulweg wieder kurz ist“" in doc.text
    assert "Fußgängerbrücke" in doc.text and "\ufffd" not in doc.text


@needs_trafilatura
def test_redirect_is_followed_and_the_final_address_recorded(server: _Server) -> None:
    [doc] = load_documents(server.url("/redirect"))
    assert doc.url == server.url("/news/marrowby-library-reopens.html")
    assert [path for path, _ in server.requests] == [
        "/redirect",
        "/news/marrowby-library-reopens.html",
    ]


@needs_trafilatura
def test_missing_content_type_is_sniffed(server: _Server) -> None:
    [doc] = load_documents(server.url("/untyped"))
    assert doc.title == "Marrowby library reopens after flood repairs"
    with pytest.raises(InputError, match="did not say what the page is"):
        fetch_url(server.url("/untyped-binary"))


@pytest.mark.parametrize(
    ("route", "message"),
    [
        (
            "/redirect-ftp",
            r"redirects to ftp://127\.0\.0\.1/story\.html, which is not an http\(s\) address",
        ),
        ("/redirect-file", r"redirect"),
    ],
)
def test_redirect_to_another_scheme_is_refused(server: _Server, route: str, message: str) -> None:
    url = server.url(route)
    with pytest.raises(InputError, match=message) as caught:
        fetch_url(url)
    assert str(caught.value).startswith(url)


def test_non_ascii_address_is_escaped(server: _Server) -> None:
    page = fetch_url(server.url("/café story"))
    assert page.body == ARTICLE
    assert server.requests[0][0] == "/caf%C3%A9%20story"


def test_404_names_the_url(server: _Server) -> None:
    url = server.url("/gone")
    with pytest.raises(
        InputError, match=r"answered HTTP 404 Not Found; check the address"
    ) as caught:
        fetch_url(url)
    assert str(caught.value).startswith(f"{url}: ")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("route", "kind"), [("/data.json", "application/json"), ("/image.png", "image/png")]
)
def test_non_html_content_type_is_refused(server: _Server, route: str, kind: str) -> None:
    url = server.url(route)
    with pytest.raises(InputError, match=f"{url}: is {kind}, not an HTML page"):
        fetch_url(url)


@pytest.mark.parametrize("route", ["/big", "/big-unsized"])
def test_oversize_page_is_refused(server: _Server, route: str) -> None:
    url = server.url(route)
    with pytest.raises(InputError, match=f"{url}: the page is .*over the 2000-byte limit"):
        fetch_url(url, max_bytes=2000)
    assert len(fetch_url(url).body) > 2000  # the same page under the default cap


def test_slow_server_times_out(server: _Server) -> None:
    url = server.url("/slow")
    started = time.monotonic()
    with pytest.raises(InputError, match=r"cannot be fetched \(timed out after 0\.3 s\)"):
        fetch_url(url, timeout=0.3)
    assert time.monotonic() - started < 3


def test_trickling_server_hits_the_total_deadline(server: _Server) -> None:
    started = time.monotonic()
    with pytest.raises(InputError, match=r"timed out after 0\.5 s"):
        fetch_url(server.url("/trickle"), timeout=0.5)
    assert time.monotonic() - started < 3


def test_trickling_headers_hit_the_total_deadline(server: _Server) -> None:
    # The deadline was checked only while reading the body: headers trickling within the
    # socket timeout held `summarizer URL --timeout 3` for 50 s (until "got more than 100
    # headers"), and a server sending fewer, slower lines held it for as long as it liked.
    started = time.monotonic()
    with pytest.raises(InputError, match=r"cannot be fetched \(timed out after 0\.5 s\)"):
        fetch_url(server.url("/trickle-headers"), timeout=0.5)
    assert time.monotonic() - started < 3


def test_connection_refused_names_the_url() -> None:
    with socket.socket() as probe:  # a port nobody listens on: bind, read it, close
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/story"
    with pytest.raises(
        InputError, match=f"{url}: cannot be fetched .*check the address and the connection"
    ):
        fetch_url(url, timeout=2)


@pytest.mark.parametrize(
    "url",
    [
        "ftp://127.0.0.1/story.html",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "data:text/html,<p>x</p>",
    ],
)
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(InputError, match="only http:// and https:// addresses are read"):
        load_documents(url)
    with pytest.raises(InputError, match="only http:// and https:// addresses are read"):
        fetch_url(url)


def test_url_without_host_is_refused() -> None:
    with pytest.raises(InputError, match="has no host name"):
        load_documents("https:///story")


@pytest.mark.parametrize("url", ["http://[::1", "https://news.example:99999/story"])
def test_malformed_url_is_an_input_error(url: str) -> None:
    """urlsplit's ValueError ("Invalid IPv6 URL") was a traceback."""
    with pytest.raises(InputError, match=r"is not a valid web address \(.*\); check it"):
        load_documents(url)


@needs_trafilatura
def test_skip_bad_keeps_the_good_url_and_warns_for_each_bad_one(server: _Server) -> None:
    good = server.url("/news/marrowby-library-reopens.html")
    with pytest.warns(SkippedInputWarning) as caught:
        docs = load_documents(server.url("/gone"), good, server.url("/data.json"), skip_bad=True)
    assert [d.id for d in docs] == ["marrowby-library-reopens"]
    messages = [str(w.message) for w in caught]
    assert len(messages) == 2
    assert "/gone: the server answered HTTP 404" in messages[0]
    assert "/data.json: is application/json" in messages[1]


def test_local_files_never_touch_the_network(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network used for a local file")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    (tmp_path / "a.txt").write_text("A local article about the ferry.\n", encoding="utf-8")
    paths: list[str | Path] = [tmp_path / "a.txt"]
    if HAVE_TRAFILATURA:
        paths.append(HTML_DIR / "article.html")  # canonical URL in the page: not fetched
    assert len(load_documents(*paths)) == len(paths)


# ---------------------------------------------------------------------------------------------
# the 'web' extra missing


def test_missing_extra_is_a_one_line_resource_error(no_trafilatura: None, server: _Server) -> None:
    with pytest.raises(ResourceError) as caught:
        load_documents(HTML_DIR / "article.html")
    assert str(caught.value) == f"{HTML_DIR / 'article.html'}: {MISSING_EXTRA}"
    url = server.url("/news/marrowby-library-reopens.html")
    with pytest.raises(ResourceError, match=f"^{url}: reading HTML needs the 'web' extra"):
        load_documents(url)
    assert server.requests == []  # refused before any download


# ---------------------------------------------------------------------------------------------
# extraction from files


@needs_trafilatura
def test_html_file_article_and_metadata() -> None:
    [doc] = load_documents(HTML_DIR / "article.html")
    assert (doc.id, doc.title, doc.source, doc.date, doc.byline, doc.url) == (
        "article",
        "Marrowby library reopens after flood repairs",
        "The Fenwick Courier",
        "2023-11-14T07:45:00+00:00",
        "Ines Oduya",
        "https://courier.example/news/2023/11/marrowby-library-reopens",
    )
    paragraphs = doc.text.rstrip("\n").split("\n\n")
    assert len(paragraphs) == 7  # the headline and six paragraphs; the inline ad is gone
    assert paragraphs[0] == "Marrowby library reopens after flood repairs"
    assert paragraphs[-1].startswith("The council said supply delays")
    assert not [junk for junk in BOILERPLATE if junk in doc.text]


@needs_trafilatura
def test_html_file_with_only_meta_dates() -> None:
    [doc] = load_documents(HTML_DIR / "meta-dates.html")
    assert doc.date == "2024-02-03"
    assert doc.byline == "Priya Vantongeren"
    assert doc.url == "https://post.example/transport/night-buses-return"
    assert doc.text.count("\n\n") == 4


@needs_trafilatura
def test_extraction_is_deterministic() -> None:
    first = document_from_html(ARTICLE, name="a")
    assert all(document_from_html(ARTICLE, name="a") == first for _ in range(3))


@needs_trafilatura
def test_html_in_a_folder_and_our_own_briefing_left_out(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(ARTICLE)
    (tmp_path / "b.txt").write_text(
        "Another account of the library reopening on Monday.\n", encoding="utf-8"
    )
    briefing = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="generator" content="summarizer">'
        "<title>Briefing</title></head><body><p>The library reopened on Monday.</p></body></html>"
    )
    (tmp_path / "briefing.html").write_text(briefing, encoding="utf-8")
    assert [d.id for d in load_documents(tmp_path)] == ["a", "b"]
    with pytest.raises(InputError, match=r"briefing\.html: is a briefing written by summarizer"):
        load_documents(tmp_path / "briefing.html")


@needs_trafilatura
def test_page_without_article_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text(
        "<html><head><title>Nothing</title></head><body></body></html>", encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"empty\.html: no article text found in the page"):
        load_documents(path)


@needs_trafilatura
def test_a_page_of_one_paragraph_is_read(tmp_path: Path) -> None:
    # trafilatura takes a file with no "html" in its first 50 characters for something else
    # unless it parses into two elements: a saved <p> alone was "no article text found".
    para = (
        "The ferry from Skellin to Port Halloran ran aground in fog on Saturday morning, and "
        "the coastguard took its 212 passengers ashore in lifeboats before noon."
    )
    path = tmp_path / "one.html"
    path.write_text(f"<p>{para}</p>\n", encoding="utf-8")
    [doc] = load_documents(path)
    assert doc.text.strip() == para
    path.write_text(f"<title>Ferry aground</title><p>{para}</p>\n", encoding="utf-8")
    assert load_documents(path)[0].title == "Ferry aground"
    path.write_text(f"<script>{para}</script>\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"one\.html: no article text found in the page"):
        load_documents(path)


def test_metadata_fills_in_what_the_extractor_misses(monkeypatch: pytest.MonkeyPatch) -> None:
    # An extractor that finds the text (trafilatura 1.x shape: a dict, no tree) but no metadata.
    fake = types.SimpleNamespace(
        bare_extraction=lambda *a, **k: {
            "text": "First paragraph here.\nSecond  paragraph\there.",
            "body": None,
        }
    )
    monkeypatch.setitem(sys.modules, "trafilatura", fake)
    doc = document_from_html(ARTICLE, name="article.html", id="a")
    assert doc == Document(
        text="First paragraph here.\n\nSecond paragraph here.\n",
        id="a",
        title="Marrowby library reopens after flood repairs",
        source="The Fenwick Courier",
        date="2023-11-14T07:45:00+00:00",
        url="https://courier.example/news/2023/11/marrowby-library-reopens",
        byline="Ines Oduya",
    )


def test_blocks_of_the_extracted_tree_become_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    # trafilatura's tree: headings, paragraphs with inline markup and <lb/>, lists, quotes.
    body = ElementTree.fromstring(
        "<body><head rend='h2'>Vote  results</head>"
        "<p>The board <hi rend='#b'>approved</hi> the plan<lb/>by five votes to two.</p>"
        "<list><item>Route 4 returns.</item><item>Route 9 <ref>moves</ref>.</item></list>"
        "<quote>It is a good day, said the chair.</quote>"
        "<quote><p>Quoted paragraph one.</p><p>Quoted paragraph two.</p></quote>"
        "<!-- a comment --><p>Last   paragraph.</p></body>"
    )
    fake = types.SimpleNamespace(
        bare_extraction=lambda *a, **k: types.SimpleNamespace(body=body, text="x")
    )
    monkeypatch.setitem(sys.modules, "trafilatura", fake)
    doc = document_from_html("<html><body></body></html>", name="t.html")
    assert doc.text.split("\n\n") == [
        "Vote results",
        "The board approved the plan\nby five votes to two.",
        "Route 4 returns.",
        "Route 9 moves.",
        "It is a good day, said the chair.",
        "Quoted paragraph one.",
        "Quoted paragraph two.",
        "Last paragraph.\n",
    ]


# ---------------------------------------------------------------------------------------------
# metadata read from the page itself


def test_metadata_from_meta_tags_only() -> None:
    meta = read_html_metadata(META_DATES.decode("utf-8"))
    assert meta == HtmlMetadata(
        title="Night buses return to Kellmoor routes",
        site_name="Kellmoor Evening Post",
        date="2024-02-03",
        author="Priya Vantongeren",
        url="https://post.example/transport/night-buses-return",
    )


def test_metadata_from_json_ld_graph_and_lists() -> None:
    page = """<html><head>
    <script type="application/ld+json">{ this is not json </script>
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Not the publisher"},
      {"@type": ["NewsArticle"], "headline": "Tram depot fire contained",
       "datePublished": "March 9, 2021", "url": "https://tramnews.example/depot-fire",
       "author": [{"@type": "Person", "name": "Ola Brenn"}, {"@type": "Person", "name": "Sam Ode"}],
       "publisher": {"@type": "Organization", "name": "Tram News Daily"}}
    ]}
    </script>
    <title>Tram depot fire contained - Tram News Daily</title>
    </head><body></body></html>"""
    assert read_html_metadata(page) == HtmlMetadata(
        title="Tram depot fire contained",
        site_name="Tram News Daily",
        date="2021-03-09",
        author="Ola Brenn",
        url="https://tramnews.example/depot-fire",
    )


def test_metadata_precedence_and_refusals() -> None:
    page = """<html><head>
    <title>  Harbour   wall
      repaired </title>
    <meta name="author" content="A. Writer">
    <meta property="article:author" content="https://facebook.example/awriter">
    <meta name="date" content="12.05.2020">
    <link rel="canonical" href="javascript:alert(1)">
    <meta property="og:url" content="https://harbour.example/wall">
    <script type="application/ld+json">{"@type": "NewsArticle", "author": "Someone Else"}</script>
    </head></html>"""
    meta = read_html_metadata(page)
    assert meta.title == "Harbour wall repaired"  # <title> whitespace squeezed
    assert meta.author == "A. Writer"  # <meta name=author> before JSON-LD
    assert meta.date == "2020-05-12"  # dotted dates are day first
    assert meta.url == "https://harbour.example/wall"  # a javascript: canonical is ignored
    assert read_html_metadata("<p>no head at all") == HtmlMetadata()


@pytest.mark.parametrize("depth", [100_000, 990])
def test_json_ld_nested_too_deeply_is_skipped(depth: int) -> None:
    # A RecursionError, in json.loads (100,000 brackets) or in the search of its lists (990),
    # was a traceback for a saved page.
    script = "[" * depth + '{"@type": "NewsArticle", "headline": "Deep"}' + "]" * depth
    page = f"""<html><head><script type="application/ld+json">{script}</script>
    <meta property="og:site_name" content="Tram News Daily"></head></html>"""
    meta = read_html_metadata(page)
    assert (meta.title, meta.site_name) == (None, "Tram News Daily")


def test_json_ld_lone_surrogate_escapes_become_replacement_characters() -> None:
    # "\\ud800" in JSON-LD parsed to a lone surrogate in the title and byline, which the CLI's
    # writer refused: the whole page was "text that is not valid Unicode" (a JSON file's
    # documents get U+FFFD, records.replace_surrogates).
    page = r"""<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Tram \ud800 depot", "author": {"name": "Ola \udfff"}}</script></head></html>"""
    meta = read_html_metadata(page)
    assert (meta.title, meta.author) == ("Tram \ufffd depot", "Ola \ufffd")


def test_an_author_given_as_an_address_is_no_byline() -> None:
    # <meta name="author"> holding a profile's address was the byline; article:author's was not.
    page = """<html><head><meta name="author" content="https://social.example/ola">
    <script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Ola Brenn"}}
    </script></head></html>"""
    assert read_html_metadata(page).author == "Ola Brenn"


def test_a_content_systems_placeholder_author_is_no_byline() -> None:
    # <meta name="author" content="admin"> was the byline: "..., admin." in the source list.
    page = """<html><head><meta name="author" content="admin">
    <script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Ola Brenn"}}
    </script></head></html>"""
    assert read_html_metadata(page).author == "Ola Brenn"
    assert read_html_metadata(page.replace("Ola Brenn", "Unknown")).author is None


def test_a_site_name_of_separators_only_names_no_outlet() -> None:
    # og:site_name " — " (a template's empty name between its separators) was the outlet "—".
    page = """<html><head><meta property="og:site_name" content=" — ">
    <script type="application/ld+json">{"@type": "NewsArticle",
     "publisher": {"@type": "Organization", "name": "Tram News Daily"}}</script></head></html>"""
    assert read_html_metadata(page).site_name == "Tram News Daily"


def test_metadata_ignores_an_address_python_cannot_split() -> None:
    # An unclosed IPv6 bracket made urlsplit raise: a traceback for a saved page.
    page = """<html><head><link rel="canonical" href="http://[::1/tram-depot">
    <meta property="og:url" content="https://tramnews.example/depot"></head></html>"""
    assert read_html_metadata(page).url == "https://tramnews.example/depot"


@pytest.mark.parametrize(
    ("declared", "date"),
    [
        ('<html lang="de-AT"><head>', "2025-03-05"),  # day first in German
        ('<html lang="en-US"><head>', "2025-05-03"),  # month first in English
        ('<html><head><meta property="og:locale" content="fr_FR">', "2025-03-05"),
        ('<html lang="nl"><head>', "2025-05-03"),  # no lexicon for Dutch: as when not known
        ("<html><head>", "2025-05-03"),
    ],
)
def test_metadata_slash_date_read_in_the_page_language(declared: str, date: str) -> None:
    page = f'{declared}<meta name="date" content="05/03/2025"></head><body></body></html>'
    assert read_html_metadata(page).date == date


def test_decode_html_charset_order() -> None:
    body = '<meta charset="iso-8859-1"><p>“Señor”</p>'.encode("cp1252")
    # latin-1 labels are read as windows-1252, as browsers do: 0x93/0x94 are curly quotes.
    assert "“Señor”" in decode_html(body)
    assert "“Señor”" in decode_html(body.replace(b"iso-8859-1", b"no-such-charset"))  # guessed
    utf8 = '<meta charset="utf-8"><p>Zürich</p>'.encode()
    assert "Zürich" in decode_html(utf8, charset="utf-8")
    assert "Zürich" in decode_html(
        utf8.replace(b"utf-8", b"utf-16")
    )  # ASCII-readable <meta>: not UTF-16
    # A BOM wins over a wrong declaration.
    assert "Zürich" in decode_html(b"\xef\xbb\xbf" + utf8, charset="latin-1")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/2024/05/harbour-wall-repaired.html", "harbour-wall-repaired"),
        ("https://news.example/story/harbour-wall/", "harbour-wall"),
        ("https://news.example/story/harbour-wall/index.html", "harbour-wall"),
        ("https://www.news.example/", "news.example"),
        ("https://news.example/caf%C3%A9-reopens?utm_source=x", "café-reopens"),
    ],
)
def test_url_id(url: str, expected: str) -> None:
    assert url_id(url) == expected
