"""Tests for summarizer.records: load, batch and evaluate read the same records the same way.

Each test names a difference the three readers used to have (issue 13): load accepted
``body``/``headline``/``outlet``, batch refused that object and evaluate required ``id``; each
translated JSON errors into its own one-line message.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from summarizer import batch, evaluate
from summarizer.errors import InputError
from summarizer.load import SkippedInputWarning, load_documents
from summarizer.records import NoTextError, json_lines, parse_json, read_document, read_documents
from summarizer.types import Document

# A scraper's record: the text under "body", the title under "headline", the outlet as "outlet".
SCRAPED = {
    "body": "The new footbridge over the canal opened on Friday.",
    "headline": "Footbridge opens",
    "outlet": "Canal Gazette",
    "published": "2031-05-02",
    "language": "en-GB",
}


def _evaluate_documents(tmp_path: Path, documents: list[object]) -> tuple[Document, ...]:
    """The documents evaluate reads from a one-cluster dataset."""
    record = {"id": "c", "documents": documents, "references": [{"text": "A bridge opened."}]}
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (cluster,) = evaluate._read_dataset(path, None)
    return cluster.documents


def _load_documents(tmp_path: Path, documents: list[object]) -> list[Document]:
    """The documents load reads from a one-cluster JSON Lines file."""
    path = tmp_path / "cluster.jsonl"
    path.write_text(json.dumps({"documents": documents}, ensure_ascii=False) + "\n", "utf-8")
    return load_documents(path)


def _fields(document: Document) -> tuple[object, ...]:
    return (
        document.text,
        document.title,
        document.source,
        document.date,
        document.url,
        document.language,
    )


def test_a_scraped_record_reads_the_same_in_load_batch_and_evaluate(tmp_path: Path) -> None:
    # Batch used to refuse it (no "text"), evaluate too (no "id" and no "text").
    expected = (SCRAPED["body"], "Footbridge opens", "Canal Gazette", "2031-05-02", None, "en")
    (loaded,) = _load_documents(tmp_path, [SCRAPED])
    (batched,) = batch._documents([SCRAPED], "c")
    (evaluated,) = _evaluate_documents(tmp_path, [SCRAPED])
    assert _fields(loaded) == _fields(batched) == _fields(evaluated) == expected


def test_evaluate_no_longer_requires_document_ids(tmp_path: Path) -> None:
    # It raised "malformed (KeyError('id'))"; now ids default as Summarizer names them.
    documents = _evaluate_documents(tmp_path, [{"text": "One."}, "Two.", {"id": 7, "text": "3."}])
    assert [d.id for d in documents] == ["doc1", "doc2", "7"]


def test_batch_reads_the_language_and_aliases_of_a_record() -> None:
    # Batch dropped "language" and read only "text", "title", "source", "date", "url".
    record = {"content": "Le pont a ouvert.", "lang": "fr_FR", "link": "https://example.org/a"}
    (document,) = batch._documents([record], "c")
    assert (document.language, document.url) == ("fr", "https://example.org/a")


def test_evaluate_replaces_lone_surrogates_as_load_and_batch_do(tmp_path: Path) -> None:
    line = '{"id": "c", "documents": [{"text": "Cut \\ud83d off."}], "references": [{"text": "r"}]}'
    path = tmp_path / "set.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    (cluster,) = evaluate._read_dataset(path, None)
    assert cluster.documents[0].text == "Cut \ufffd off."
    (batched,) = batch._documents([json.loads(line)["documents"][0]], "c")
    assert batched.text == cluster.documents[0].text


def test_evaluate_reads_a_line_separator_inside_a_string(tmp_path: Path) -> None:
    # json.dumps(ensure_ascii=False) writes U+2028 raw; evaluate split lines with str.splitlines,
    # which cut the record in two ("not valid JSON"). Lines end at "\n" only, as in load and batch.
    documents = _evaluate_documents(tmp_path, [{"text": "Rain fell.\u2028Roads closed."}])
    assert documents[0].text == "Rain fell.\u2028Roads closed."


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"id": "c", "documents": }', "is not valid JSON (Expecting value at column 26)"),
        ("[" * 100_000 + "]" * 100_000, "is JSON nested too deeply to read"),
        ('{"id": ' + "7" * 5_000 + "}", "holds a number too long to read"),
    ],
    ids=["syntax", "deep", "long-number"],
)
def test_a_broken_line_gets_one_message_everywhere(tmp_path: Path, line: str, problem: str) -> None:
    # Four translations (load's .json and .jsonl, batch, evaluate) had four wordings.
    path = tmp_path / "bad.jsonl"
    first = {"id": "c", "documents": [{"text": "Fine."}], "references": [{"text": "Fine."}]}
    path.write_text(json.dumps(first) + "\n" + line + "\n", encoding="utf-8")
    expected = f"line 2 {problem}"
    with pytest.raises(InputError) as from_load:
        load_documents(path)
    with pytest.raises(InputError) as from_batch:
        list(batch.read_clusters(path))
    with pytest.raises(InputError) as from_evaluate:
        evaluate._read_dataset(path, None)
    for caught in (from_load, from_batch, from_evaluate):
        message = str(caught.value)
        assert message.startswith(f"{path}: {expected}") and message.endswith(
            "; fix or remove that line"
        )
    assert str(from_load.value) == str(from_batch.value) == str(from_evaluate.value)


def test_a_broken_json_file_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('[\n  {"text": "Fine."},\n  {"text": }\n]\n', encoding="utf-8")
    with pytest.raises(
        InputError, match=r"is not valid JSON \(Expecting value at line 3 column 12\); fix the file"
    ):
        load_documents(path)


def test_json_lines_streams_bytes_and_text_alike() -> None:
    lines_text = ['\ufeff{"a": 1}', "", "  ", "[2]", "{bad"]
    lines_bytes = [line.encode("utf-8") for line in lines_text]
    lines_bytes.append(b'"caf\xe9"')
    from_text = list(json_lines(lines_text))
    from_bytes = list(json_lines(lines_bytes))
    assert from_text == from_bytes[:3]
    assert [(n, v) for n, v, _ in from_text] == [(1, {"a": 1}), (4, [2]), (5, None)]
    assert from_text[2][2] is not None and from_text[2][2].startswith("line 5 is not valid JSON")
    assert from_bytes[3][0] == 6 and "line 6 is not UTF-8 text" in str(from_bytes[3][2])


def test_read_document_refuses_what_is_no_document() -> None:
    with pytest.raises(InputError, match=r"^x: a document must be a string or an object"):
        read_document(5, "x")
    with pytest.raises(InputError, match=r'^x: has no "text" field'):
        read_document({"title": "Only a title"}, "x")
    # A text field of another type is named with its type, not said to be missing.
    with pytest.raises(InputError, match=r'^x: has no "text" field holding text \("text" is int\)'):
        read_document({"text": 5}, "x")
    with pytest.raises(InputError, match=r'\("body" is list\); give the article body as a string'):
        read_document({"body": ["One.", "Two."]}, "x")
    # Said by field as a news API answer's "articles" is (load): it was 'c has no "documents"'.
    with pytest.raises(InputError, match=r'^c: "documents" is an empty list; give '):
        read_documents([], "c")
    with pytest.raises(InputError, match=r'^c: "documents" is null, not a list of documents; '):
        read_documents(None, "c")
    with pytest.raises(InputError, match=r'^c: "documents" is a string, not a list of documents'):
        read_documents("The ferry ran aground.", "c")
    given = Document("Kept as given.", id="mine")
    assert read_documents([given, "Two."], "c") == [given, Document("Two.")]


def test_an_empty_text_is_refused_like_an_empty_file(tmp_path: Path) -> None:
    # It used to be read, and listed among the briefing's sources.
    with pytest.raises(InputError, match=r'^x: "text" is empty; give the article body'):
        read_document({"text": "", "title": "Ferry"}, "x")
    with pytest.raises(InputError, match=r'^x: "body" is empty'):
        read_document({"body": " \n\t"}, "x")
    with pytest.raises(InputError, match=r'^x: "text" is empty'):
        read_document("", "x")
    # In a file, it is left out with a warning: the file's other records are read (it stopped
    # the whole file unless skip_bad was given).
    lines = [{"text": "The new footbridge over the canal opened on Friday."}, {"text": ""}]
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    for skip_bad in (False, True):
        with pytest.warns(SkippedInputWarning, match=r'skipped .*line 2: "text" is empty'):
            assert [d.id for d in load_documents(path, skip_bad=skip_bad)] == ["articles-1"]


def test_a_null_text_is_no_text_and_a_text_field_with_text_wins() -> None:
    # NewsAPI's "content": null was 'has no "text" field'.
    with pytest.raises(NoTextError, match=r'^x: "content" is null; give the article body'):
        read_document({"title": "Ferry", "content": None, "description": "Back."}, "x")
    with pytest.raises(NoTextError, match=r'^x: has no "text" field'):
        read_document({"title": "Ferry"}, "x")
    # An empty field beside one that holds text: the text is read (it was '"text" is empty').
    assert read_document({"text": " ", "body": "Ferry back."}, "x").text == "Ferry back."
    # A field of another type is a malformed record, not a missing text.
    with pytest.raises(InputError, match=r'\("text" is list\)') as exc:
        read_document({"text": ["Ferry."], "content": None}, "x")
    assert not isinstance(exc.value, NoTextError)


def test_parse_json_reads_valid_json() -> None:
    assert parse_json('{"text": "Rain fell."}', "a.json") == {"text": "Rain fell."}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            {"title": "Harbour vote", "narrative": "Describe the vote."},
            "Harbour vote. Describe the vote.",
        ),
        # evaluate composed ". Describe the vote." (an empty title and its stop).
        ({"narrative": "Describe the vote."}, "Describe the vote."),
        # evaluate ignored a query given as a string; batch used it.
        ("What did the council decide?", "What did the council decide?"),
        ({"title": " "}, None),
        (None, None),
    ],
)
def test_batch_and_evaluate_compose_one_query(
    tmp_path: Path, query: object, expected: str | None
) -> None:
    record = {
        "id": "c",
        "documents": [{"text": "The council voted."}],
        "references": [{"text": "A vote."}],
        "query": query,
    }
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (cluster,) = evaluate._read_dataset(path, None)
    assert cluster.query == expected
    if expected is None:
        # Both say what is wrong the same way: an empty query is not a missing one.
        said = 'has no "query"' if query is None else 'has an empty "query"'
        assert cluster.no_query == said.removeprefix("has ")
        with pytest.raises(InputError, match=said):
            batch._query(query, "c")
    else:
        assert batch._query(query, "c") == expected


@pytest.mark.parametrize(
    "query",
    [{"topic": "Harbour vote"}, {"title": 5, "narrative": None}, {}],
)
def test_a_query_object_without_a_title_or_narrative_text_is_not_called_empty(
    query: object,
) -> None:
    # Such an object was 'an empty "query"', though it may hold a text under another key: the
    # message names the keys the query is read from.
    said = 'has a "query" object without a "title" or "narrative" text; give that cluster'
    with pytest.raises(InputError, match=re.escape(said)):
        batch._query(query, "c")


# The exports people have, with our own invented articles: each tool names the fields its way.
_BODY = "The night ferry to Skerrow sailed again on Monday after a week of repairs."


@pytest.mark.parametrize(
    ("record", "source", "date"),
    [
        # NewsAPI and GNews: the outlet as an object, the date as publishedAt.
        ({"source": {"id": None, "name": "Harbour Gazette"}, "title": "Ferry back",
          "content": _BODY, "publishedAt": "2031-06-02T09:30:00Z"}, "Harbour Gazette",
         "2031-06-02T09:30:00Z"),
        # trafilatura: "source" is the page's address, the outlet is "sitename".
        ({"title": "Ferry back", "text": _BODY, "source": "https://gazette.example/ferry",
          "sitename": "Harbour Gazette", "date": "2031-06-02"}, "Harbour Gazette", "2031-06-02"),
        # newspaper3k and news-please: no outlet's name, the site's address instead.
        ({"title": "Ferry back", "text": _BODY, "publish_date": "2031-06-02 09:30:00",
          "source_url": "https://www.gazette.example"}, "gazette.example", "2031-06-02 09:30:00"),
        ({"title": "Ferry back", "maintext": _BODY, "date_publish": "2031-06-02 09:30:00",
          "source_domain": "gazette.example"}, "gazette.example", "2031-06-02 09:30:00"),
        ({"title": "Ferry back", "text": _BODY, "date": "2031-06-02",
          "url": "https://northwire.example/ferry"}, "northwire.example", "2031-06-02"),
    ],
)  # fmt: skip
def test_the_fields_of_common_scrapers_and_news_apis(
    record: dict[str, object], source: str | None, date: str
) -> None:
    doc = read_document(record, "x.json: item 1")
    assert (doc.text, doc.title, doc.source, doc.date) == (_BODY, "Ferry back", source, date)


def test_a_news_apis_answer_and_a_json_feed_load_as_documents(tmp_path: Path) -> None:
    answer = {
        "status": "ok",
        "totalResults": 1,
        "articles": [
            {"source": {"name": "Northwire"}, "title": "Ferry back", "content": _BODY,
             "url": "https://northwire.example/ferry", "publishedAt": "2031-06-02T09:30:00Z"}
        ],
    }  # fmt: skip
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Harbour Gazette - Top stories",
        "home_page_url": "https://gazette.example/",
        "items": [
            {"id": "g1", "title": "Ferry back", "date_published": "2031-06-02T10:00:00Z",
             "content_html": "<p>The night ferry to Skerrow sailed again on Monday.</p>"
                             "<p>Repairs took a week.</p>"}
        ],
    }  # fmt: skip
    (tmp_path / "answer.json").write_text(json.dumps(answer), encoding="utf-8")
    (tmp_path / "feed.json").write_text(json.dumps(feed), encoding="utf-8")
    docs = load_documents(tmp_path / "answer.json", tmp_path / "feed.json")
    assert [(d.source, d.title) for d in docs] == [
        ("Northwire", "Ferry back"),
        ("Harbour Gazette", "Ferry back"),
    ]
    assert (
        docs[1].text == "The night ferry to Skerrow sailed again on Monday.\n\nRepairs took a week."
    )


def test_an_address_python_cannot_split_names_no_outlet(tmp_path: Path) -> None:
    # "http://[..." (an unclosed IPv6 bracket) made urlsplit raise: a traceback, not a document.
    record = {"text": _BODY, "url": "http://[::1/ferry", "source_url": "http://[bad"}
    doc = read_document(record, "x.json: item 1")
    assert (doc.source, doc.url) == (None, "http://[::1/ferry")


def test_trafilaturas_json_output_keeps_its_address_and_outlet() -> None:
    # trafilatura's JSON output (extract(output_format="json"), its CLI's --json) names the page's
    # address "source" and the site's name "source-hostname": both were lost.
    record = {"title": "Ferry back", "author": None, "hostname": "gazette.example",
              "date": "2031-06-02", "fingerprint": "1764a1aeddb7e2a6", "id": None,
              "text": _BODY, "language": "en", "source": "https://gazette.example/ferry",
              "source-hostname": "Harbour Gazette", "excerpt": None, "filedate": "2031-06-03"}  # fmt: skip
    doc = read_document(record, "x.json: item 1")
    assert (doc.source, doc.url, doc.date) == (
        "Harbour Gazette",
        "https://gazette.example/ferry",
        "2031-06-02",
    )
    # Without the site's name, its host, as for a record with a "url".
    del record["source-hostname"]
    assert read_document(record, "x.json: item 1").source == "gazette.example"
    del record["source"]
    assert read_document(record, "x.json: item 1").source == "gazette.example"


@pytest.mark.parametrize("name", ["—", " | ", {"name": "-"}])
def test_an_outlet_of_separators_only_is_no_outlets_name(name: object) -> None:
    # "—" was the outlet's name: one more outlet on the stories site, counted as a source.
    record = {"text": _BODY, "source": name, "url": "https://gazette.example/ferry"}
    assert read_document(record, "x.json: item 1").source == "gazette.example"
    assert read_document({**record, "publisher": "Harbour Gazette"}, "x").source == (
        "Harbour Gazette"
    )


def test_a_news_apis_title_loses_its_outlets_name() -> None:
    # NewsAPI titles "Headline - Outlet": the briefing's headline and the stories site showed the
    # outlet's name, and the grouping counted its words as the event's.
    record = {"source": {"name": "Harbour Gazette"}, "title": "Ferry back - Harbour Gazette",
              "content": _BODY}  # fmt: skip
    assert read_document(record, "x").title == "Ferry back"
    # A title that only ends in another name, or is only the name, stays as given.
    assert read_document({**record, "title": "Ferry back - Northwire"}, "x").title == (
        "Ferry back - Northwire"
    )
    assert read_document({**record, "title": "Harbour Gazette"}, "x").title == "Harbour Gazette"


@pytest.mark.parametrize(
    ("authors", "byline"),
    [
        ({"author": "Ana Reyes"}, "Ana Reyes"),  # NewsAPI, trafilatura
        ({"authors": ["Ana Reyes", "Bo Lind", "Ana Reyes"]}, "Ana Reyes, Bo Lind"),  # newspaper3k
        ({"authors": [{"name": "Ana Reyes"}, {"url": "https://x.example"}]}, "Ana Reyes"),  # JSON Feed
        ({"author": {"name": "Bo Lind"}}, "Bo Lind"),  # JSON Feed 1.0
        ({"author": "https://social.example/anareyes"}, None),  # a profile's address
        ({"author": None, "authors": []}, None),
        # An e-mail address is no name: left out (it was the byline), as in a feed's <author>.
        ({"author": "ana@gazette.example (Ana Reyes)"}, "Ana Reyes"),
        ({"author": "desk@gazette.example", "authors": ["Bo Lind"]}, "Bo Lind"),
        # A content system's author nobody filled in named the article's writer "Unknown".
        ({"author": "Unknown"}, None),
        ({"authors": ["admin", "Bo Lind"]}, "Bo Lind"),
        ({"author": "Autore sconosciuto"}, None),
        ({"author": "Staff"}, "Staff"),  # the outlet's staff: a byline
    ],
)  # fmt: skip
def test_a_records_authors_are_its_byline(authors: dict[str, object], byline: str | None) -> None:
    # The authors every export names were dropped: the briefing's sources showed none.
    doc = read_document({"text": _BODY, **authors}, "x.json: item 1")
    assert doc.byline == byline


@pytest.mark.parametrize("value", [1741060800, 1741060800000, "1741060800", 1741060800.0])
def test_a_unix_time_is_read_as_its_date(tmp_path: Path, value: object) -> None:
    """Scrapers write a record's date as a Unix time (our own record): it was shown as given,
    "1741060800", and on Python 3.11 once read as 8 June 1741. It is its date and time in UTC,
    4 March 2025, in every reader of records."""
    record = {"text": "The Ossery bridge reopened to lorries on Tuesday.", "published": value}
    (doc,) = read_documents([record], "test")
    assert doc.date == "2025-03-04T04:00:00+00:00"
    path = tmp_path / "a.json"
    path.write_text(json.dumps([record]), encoding="utf-8")
    (loaded,) = load_documents(path)
    assert loaded.date == doc.date
    # Not every number is a Unix time: a year, or a number of digits no time has, is as written.
    assert read_documents([{**record, "published": 2025}], "test")[0].date == "2025"
    assert read_documents([{**record, "published": "12345678"}], "test")[0].date == "12345678"


def test_a_nul_in_a_records_text_is_dropped_as_from_a_files() -> None:
    # Our own records: a file's stray NUL is dropped when it is read, a record's stayed in the
    # text (and the briefing showed it as "\x00"), and a text of NULs alone was a document.
    doc = read_document({"text": "The ferry sailed on Monday.\x00 It was late."}, "x")
    assert doc.text == "The ferry sailed on Monday. It was late."
    with pytest.raises(NoTextError, match=r'^x: "text" is empty; give the article body'):
        read_document({"text": "\x00\x00 "}, "x")
