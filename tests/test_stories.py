"""summarizer stories: a site of stories from many articles, stable across runs."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from markupsafe import escape
from test_group import _ARTICLES

from summarizer import Document
from summarizer.cli import main
from summarizer.stories import STORIES_VERSION, Story, _headline, assign_slugs, write_site


def _write_jsonl(path: Path, rows: list[tuple[str, str, str, str, str, str]]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for doc_id, _event, outlet, day, title, text in rows:
            record = {"id": doc_id, "title": title, "source": outlet, "date": day, "text": text}
            handle.write(json.dumps(record) + "\n")
    return path


def _listing(site: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((site / "stories.json").read_text(encoding="utf-8"))
    return data


def _slug_of(site: Path, article_id: str) -> str:
    for story in _listing(site)["stories"]:  # type: ignore[attr-defined]
        if any(a["id"] == article_id for a in story["articles"]):
            return str(story["slug"])
    raise AssertionError(article_id)


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    _write_jsonl(folder / "day.jsonl", list(_ARTICLES[:-2]))
    return folder


def test_site_has_index_pages_and_listing(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and "stories: grouping" not in err  # no progress off a tty
    listing = _listing(site)
    stories = listing["stories"]
    assert isinstance(stories, list) and len(stories) == 4
    index = (site / "index.html").read_text(encoding="utf-8")
    for story in stories:
        page = site / story["page"]
        assert page.is_file()
        assert f'href="{story["page"]}"' in index
        assert 'href="index.html"' in page.read_text(encoding="utf-8")
        assert story["first_point"] and str(escape(story["first_point"])) in index
        article_ids = {a["id"] for a in story["articles"]}
        assert article_ids in ({"ferry-gazette", "ferry-courier", "ferry-wire"},
                               {"water-gazette", "water-wire"},
                               {"budget-gazette", "budget-courier"},
                               {"museum-courier", "museum-wire"})  # fmt: skip
    # Largest story first; its outlets and dates are shown.
    assert stories[0]["outlets"] == ["Harbour Gazette", "Coastal Courier", "Northwire"]
    first = index.index("Marisol")
    assert first < index.index("Lindqvist") and "2031-05-04" in index
    assert "Content-Security-Policy" in index


def test_a_failed_scheduler_leaves_no_folder_of_its_own(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The run made the -o folder (and its parents) before grouping on a scheduler it could not
    # reach, and left them empty.
    site = tmp_path / "new" / "site"
    assert main(["stories", str(inputs), "-o", str(site), "--scheduler", "foo"]) == 1
    assert not (tmp_path / "new").exists()
    mine = tmp_path / "mine"  # a folder the user had stays, empty as it was
    mine.mkdir()
    assert main(["stories", str(inputs), "-o", str(mine), "--scheduler", "foo"]) == 1
    assert mine.is_dir() and not any(mine.iterdir())
    assert "Traceback" not in "".join(capsys.readouterr())


def test_summary_line_counts_one_story_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [row for row in _ARTICLES if row[1] == _ARTICLES[0][1]][:1]
    inputs = _write_jsonl(tmp_path / "one.jsonl", rows)
    assert main(["stories", str(inputs), "-o", str(tmp_path / "site")]) == 0
    err = capsys.readouterr().err
    assert "summarizer stories: 1 article, 1 story, 1 listed in " in err


def test_a_lead_that_says_on_monday_is_dated_in_the_index(tmp_path: Path) -> None:
    text = (
        "The Orlo canal lock failed on Monday, stranding nine barges above the town of Vessby.\n\n"
        "Engineers from the waterways board said a gate hinge had cracked in the frost.\n\n"
        "Repairs are expected to take three weeks."
    )
    rows = [
        ("lock-a", "lock", "Canal Post", "2031-02-04", "Orlo lock fails", text),
        ("lock-b", "lock", "Vessby Echo", "2031-02-05", "Barges stuck at Orlo", text),
    ]
    inputs = _write_jsonl(tmp_path / "lock.jsonl", rows)
    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    index = (site / "index.html").read_text(encoding="utf-8")
    lead = index[index.index('<p class="lead">') :]
    lead = lead[: lead.index("</p>")]
    assert "on Monday" in lead
    assert '<time datetime="2031-02-04">' in lead
    # Dated in words, as the story's page dates it ("Written 4 February 2031").
    assert '(written <time datetime="2031-02-04">4 February 2031</time>)' in lead
    meta = index[index.index('<p class="meta">') :]
    meta = meta[: meta.index("</p>")]
    assert "from Canal Post and Vessby Echo &middot;" in meta
    assert "4–5 February 2031" in meta and ">2031-02-04<" not in meta


def test_a_story_in_another_language_than_the_site_is_marked_with_its_own(
    tmp_path: Path,
) -> None:
    text = (
        "Il traghetto per l'isola di Valdora si è incagliato ieri mattina davanti al porto di "
        "Sarnello, con 140 passeggeri a bordo.\n\n"
        "Tutti i passeggeri sono stati portati a terra dalle motovedette della guardia costiera "
        "in meno di due ore.\n\n"
        "La compagnia ha sospeso le corse per l'isola fino a nuovo avviso."
    )
    rows = list(_ARTICLES[:-2]) + [
        ("valdora-a", "valdora", "Gazzetta Sarnello", "2031-05-04", "Traghetto incagliato", text),
        ("valdora-b", "valdora", "Radio Valdora", "2031-05-05", "Valdora isolata", text),
    ]
    inputs = _write_jsonl(tmp_path / "mixed.jsonl", rows)
    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    index = (site / "index.html").read_text(encoding="utf-8")
    assert index.startswith('<!DOCTYPE html>\n<html lang="en">')
    # The Italian story's headline and lead are Italian on an English page; the others are not
    # marked (they are in the page's language).
    assert index.count(' lang="it"') == 2 and ' lang="en"' not in index.split("<body>")[1]
    headline = index[index.index('<h2 lang="it">') :]
    assert "Traghetto incagliato" in headline[: headline.index("</h2>")]
    assert '<p class="lead"><span lang="it">' in index


def test_newest_first_among_stories_of_one_size(inputs: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    two = [s for s in _listing(site)["stories"] if len(s["articles"]) == 2]  # type: ignore[attr-defined]
    assert [s["last_date"] for s in two] == sorted((s["last_date"] for s in two), reverse=True)


def test_an_undated_story_follows_dated_stories_of_its_size(tmp_path: Path) -> None:
    fire = "Forty apple trees burned overnight at a Wendle orchard.\n\nNobody was hurt."
    fire_2 = "A fire destroyed forty apple trees at an orchard in Wendle.\n\nNo one was hurt."
    fare = "Oskby ferry fares will rise by ten percent in July.\n\nThe operator blamed fuel."
    fare_2 = "The Oskby ferry will raise fares by ten percent from July.\n\nFuel costs rose."
    rows = [
        ("fire-a", "fire", "Wendle Post", "", "Orchard fire at Wendle", fire),
        ("fire-b", "fire", "Shire FM", "", "Wendle orchard burns", fire_2),
        ("fare-a", "fare", "Wendle Post", "2031-06-01", "Oskby ferry fares to rise", fare),
        ("fare-b", "fare", "Shire FM", "2031-06-02", "Oskby fares up ten percent", fare_2),
    ]
    inputs = _write_jsonl(tmp_path / "day.jsonl", rows)
    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    stories = _listing(site)["stories"]
    assert isinstance(stories, list) and len(stories) == 2
    assert [s["articles"][0]["id"] for s in stories] == ["fare-a", "fire-a"]


_KILN = (
    "A fire in the main kiln shed closed the Tarrow pottery on Tuesday morning.\n\n"
    "Firefighters from Brenlow kept the flames from the glaze store, the owner said."
)
_KILN_2 = (
    "The Tarrow pottery is shut after a blaze in its kiln shed on Tuesday.\n\n"
    "Brenlow firefighters stopped the fire before it reached the glaze store."
)
_SLUICE = (
    "A sluice gate on the Arden canal jammed open on Tuesday, draining the upper pound.\n\n"
    "Thirty narrowboats are stranded near Pelling lock, the canal trust said."
)
_SLUICE_2 = (
    "Thirty narrowboats are stranded on the Arden canal after a sluice gate jammed open.\n\n"
    "The upper pound near Pelling lock drained within hours, the canal trust said."
)


@pytest.mark.parametrize("kiln_hour", ["08", "20"])
def test_stories_of_one_size_and_day_are_newest_first_by_the_time_given(
    tmp_path: Path, kiln_hour: str
) -> None:
    # Two stories of two articles on one day: the slugs (hashes) order them one way whatever
    # the times; only the times given can order both runs right.
    rows = [
        (
            "kiln-a",
            "kiln",
            "Tarrow Post",
            f"2031-06-10T{kiln_hour}:15:00+01:00",
            "Kiln fire",
            _KILN,
        ),
        (
            "kiln-b",
            "kiln",
            "Brenlow Herald",
            f"2031-06-10 {kiln_hour}:40Z",
            "Pottery shut",
            _KILN_2,
        ),
        ("sluice-a", "sluice", "Tarrow Post", "Tue, 10 Jun 2031 14:00:00 +0100", "Sluice", _SLUICE),
        ("sluice-b", "sluice", "Brenlow Herald", "2031-06-10T14:30:00+01:00", "Boats", _SLUICE_2),
    ]
    site = tmp_path / "site"
    assert main(["stories", str(_write_jsonl(tmp_path / "day.jsonl", rows)), "-o", str(site)]) == 0
    stories = _listing(site)["stories"]
    assert isinstance(stories, list) and len(stories) == 2
    order = [s["articles"][0]["id"][:-2] for s in stories]
    assert order == (["kiln", "sluice"] if kiln_hour == "20" else ["sluice", "kiln"])
    sluice = next(s for s in stories if s["articles"][0]["id"] == "sluice-a")
    # The day stays a day (readers parse it as one); the time given is kept beside it.
    assert [(a["date"], a["time"]) for a in sluice["articles"]] == [
        ("2031-06-10", "2031-06-10T14:00:00+01:00"),
        ("2031-06-10", "2031-06-10T14:30:00+01:00"),
    ]
    assert (sluice["last_date"], sluice["first_time"], sluice["last_time"]) == (
        "2031-06-10",
        "2031-06-10T14:00:00+01:00",
        "2031-06-10T14:30:00+01:00",
    )
    kiln = next(s for s in stories if s is not sluice)
    assert kiln["articles"][1]["time"] == f"2031-06-10T{kiln_hour}:40:00+00:00"


def test_a_story_known_only_to_the_day_follows_one_with_a_time_that_day(tmp_path: Path) -> None:
    rows = [
        ("kiln-a", "kiln", "Tarrow Post", "2031-06-10", "Kiln fire", _KILN),
        ("kiln-b", "kiln", "Brenlow Herald", "2031-06-10", "Pottery shut", _KILN_2),
        ("sluice-a", "sluice", "Tarrow Post", "2031-06-10T06:00:00Z", "Sluice", _SLUICE),
        ("sluice-b", "sluice", "Brenlow Herald", "2031-06-10", "Boats", _SLUICE_2),
    ]
    site = tmp_path / "site"
    assert main(["stories", str(_write_jsonl(tmp_path / "day.jsonl", rows)), "-o", str(site)]) == 0
    stories = _listing(site)["stories"]
    assert [s["articles"][0]["id"] for s in stories] == ["sluice-a", "kiln-a"]  # type: ignore[index]
    assert [s["last_time"] for s in stories] == ["2031-06-10T06:00:00+00:00", None]  # type: ignore[index]


def test_a_story_without_headline_or_title_is_named_by_its_article_not_its_slug(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    # One run-on line far over any budget: no point, so no headline, and no title.
    (folder / "council-minutes.txt").write_text("Qwzx Plorb Vantu " * 2000, encoding="utf-8")
    site = tmp_path / "site"
    assert main(["stories", str(folder), "-o", str(site)]) == 1  # no briefing: see below
    (story,) = _listing(site)["stories"]  # type: ignore[misc]
    assert story["headline"] == "council-minutes"
    index = (site / "index.html").read_text(encoding="utf-8")
    assert f">{story['slug']}</a></h2>" not in index


def test_rerun_with_new_articles_keeps_addresses(inputs: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    before = {a: _slug_of(site, a) for a in ("ferry-wire", "water-wire", "museum-wire")}
    _write_jsonl(inputs / "later.jsonl", list(_ARTICLES[-2:]))
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    after = {a: _slug_of(site, a) for a in before}
    assert after == before
    new = _slug_of(site, "transfer-gazette")
    assert new not in before.values() and (site / f"{new}.html").is_file()


def test_min_sources_hides_smaller_stories(inputs: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site), "--min-sources", "3"]) == 0
    stories = _listing(site)["stories"]
    shown = [s for s in stories if s["shown"]]  # type: ignore[attr-defined]
    assert [len(s["outlets"]) for s in shown] == [3]
    index = (site / "index.html").read_text(encoding="utf-8")
    assert index.count('class="story"') == 1 and "3 with fewer than 3 outlets" in index
    assert sorted(p.name for p in site.glob("*.html")) == sorted(["index.html", shown[0]["page"]])


def test_hostile_titles_are_escaped(tmp_path: Path) -> None:
    rows = [
        (doc_id, event, outlet, day, "<script>alert(1)</script>" + title, text)
        for doc_id, event, outlet, day, title, text in _ARTICLES[:3]
    ]
    source = _write_jsonl(tmp_path / "feed.jsonl", rows)
    site = tmp_path / "site"
    assert main(["stories", str(source), "-o", str(site)]) == 0
    for page in site.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>" not in html and "&lt;script&gt;" in html


def test_progress_when_asked(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stories", str(inputs), "-o", str(tmp_path / "site"), "--progress"]) == 0
    err = capsys.readouterr().err
    assert "stories: grouping 9 articles" in err and "summarising story 4/4" in err


def test_progress_says_the_inputs_are_being_read_and_clears_itself_for_a_warning(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Reading (a folder of web pages: minutes) showed nothing; a warning of the load is printed
    # on a line of its own, not after the status line.
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    args = ["stories", str(inputs), "-o", str(tmp_path / "site"), "--progress", "--skip-bad"]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert err.startswith("\rstories: reading 1 input")
    # As a terminal shows it: the status line blanked, then the warning from the line's start.
    warning = next(line for line in err.split("\n") if "warning: skipped" in line)
    *drawn, shown = warning.split("\r")
    assert not drawn[-1].strip() and shown.startswith("summarizer: warning: skipped")


def test_output_inside_the_input_folder_is_refused(
    inputs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stories", str(inputs), "-o", str(inputs / "site")]) == 1
    err = capsys.readouterr().err
    assert "inside the input folder" in err and "Traceback" not in err
    assert not (inputs / "site").exists()


def test_a_folder_without_articles_names_feeds_among_the_files_it_may_hold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(b"%PDF-1.4")
    assert main(["stories", str(folder), "-o", str(tmp_path / "site")]) == 1
    err = capsys.readouterr().err
    # A folder of RSS/Atom feeds is read as articles: the fix offered must say so.
    assert "folder has no" in err and ".rss" in err and ".atom" in err, err
    assert not (tmp_path / "site").exists()


def test_output_that_is_a_file_is_refused(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("mine", encoding="utf-8")
    assert main(["stories", str(inputs), "-o", str(target)]) == 1
    assert "it is a file" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "mine"


def test_output_that_is_a_device_or_a_pipe_is_refused_as_such(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "-o /dev/null" said "it is a file".
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target, kind in ((os.devnull, "a device"), (str(fifo), "a named pipe")):
        assert main(["stories", str(inputs), "-o", target]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and f"it is {kind}, not a folder" in err, err
    assert Path(os.devnull).is_char_device() and fifo.is_fifo()


@pytest.mark.parametrize("where", ["under a file", "name too long"])
def test_an_output_folder_that_cannot_be_made_is_one_error_line(
    inputs: Path, tmp_path: Path, where: str, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = tmp_path / "notes.txt"
    mine.write_text("mine", encoding="utf-8")
    # A folder cannot be made inside a file (ENOTDIR), nor under a name longer than the file
    # system takes (ENAMETOOLONG): one line saying so, not a traceback after the summarising.
    site = mine / "site" if where == "under a file" else tmp_path / ("s" * 300)
    assert main(["stories", str(inputs), "-o", str(site)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("summarizer: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "-o" in err
    assert mine.read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("calls", [1, 2, 3])
def test_a_first_run_interrupted_while_writing_leaves_no_pages_and_the_rerun_works(
    inputs: Path,
    tmp_path: Path,
    calls: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Ctrl-C after some pages were written left them, without index.html or stories.json: a
    # site that was never whole, and the rerun refused the folder ("holds other files and no
    # stories.json of an earlier site").
    from summarizer import stories

    site = tmp_path / "site"
    write = stories.write_atomic
    count = [0]

    def interrupted(path: Path, content: str, **options: Any) -> None:
        count[0] += 1
        if count[0] > calls:
            raise KeyboardInterrupt
        write(path, content, **options)

    monkeypatch.setattr(stories, "write_atomic", interrupted)
    assert main(["stories", str(inputs), "-o", str(site)]) == 130
    assert not site.exists()
    monkeypatch.setattr(stories, "write_atomic", write)
    capsys.readouterr()
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    assert (site / "stories.json").is_file()


@pytest.mark.parametrize("code", [errno.EIO, errno.EROFS])
def test_a_disk_error_while_writing_the_site_is_one_line(
    inputs: Path,
    tmp_path: Path,
    code: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Only a full disk was said in one line; a failing drive or a file system remounted
    # read-only was a traceback.
    def failing(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    site = tmp_path / "site"
    monkeypatch.setattr(os, "fsync", failing)
    assert main(["stories", str(inputs), "-o", str(site)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("summarizer: error: ") and err.count("\n") == 1, err
    assert os.strerror(code) in err and "Traceback" not in err
    assert not site.exists()


def test_an_update_interrupted_while_writing_removes_the_pages_it_added(
    inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An existing site: a page this run made anew is removed, the site's own files stay.
    from summarizer import stories

    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    before = sorted(p.name for p in site.iterdir())
    _write_jsonl(inputs / "more.jsonl", list(_ARTICLES[-2:]))
    write = stories.write_atomic
    made: list[Path] = []

    def interrupted(path: Path, content: str, **options: Any) -> None:
        if path.name == "index.html":
            raise KeyboardInterrupt
        if not path.exists():
            made.append(path)
        write(path, content, **options)

    monkeypatch.setattr(stories, "write_atomic", interrupted)
    assert main(["stories", str(inputs), "-o", str(site)]) == 130
    assert made and not any(path.exists() for path in made)
    assert sorted(p.name for p in site.iterdir()) == before
    monkeypatch.setattr(stories, "write_atomic", write)
    assert main(["stories", str(inputs), "-o", str(site)]) == 0


@pytest.mark.parametrize("where", ["input", "output"])
def test_a_symlink_loop_is_one_error_line(
    tmp_path: Path, where: str, capsys: pytest.CaptureFixture[str]
) -> None:
    loop = tmp_path / "loop1.txt"
    loop.symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(loop)
    (tmp_path / "a.txt").write_text("The ferry ran aground on Monday morning.", encoding="utf-8")
    paths = [str(loop), "-o", str(tmp_path / "site")]
    if where == "output":
        paths = [str(tmp_path / "a.txt"), "-o", str(loop)]
    assert main(["stories", *paths]) == 1
    err = capsys.readouterr().err
    assert err.startswith("summarizer: error: ") and err.count("\n") == 1
    assert "loop1.txt" in err and "Traceback" not in err


def test_a_foreign_stories_json_is_not_overwritten(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "stories.json").write_text('{"name": "my data"}', encoding="utf-8")
    assert main(["stories", str(inputs), "-o", str(site)]) == 1
    assert "not a 'summarizer stories' index" in capsys.readouterr().err
    assert (site / "stories.json").read_text(encoding="utf-8") == '{"name": "my data"}'


@pytest.mark.parametrize(
    "listing",
    [
        {"stories": [{"title": "My trip", "page": "about.html"}]},  # no version: another tool's
        {"version": "2.0", "stories": [{"page": "about.html"}]},
        {"version": 3, "stories": [{"title": "My trip", "page": "about.html"}]},  # no slug
        {"version": 0, "stories": []},
        {"version": True, "stories": []},
    ],
)
def test_a_stories_json_another_tool_wrote_is_refused_and_its_folder_left_alone(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], listing: object
) -> None:
    # A folder of the user's own site holding a stories.json of its own: summarizer took it for
    # an earlier site, overwrote index.html and stories.json and deleted the pages it names.
    site = tmp_path / "site"
    site.mkdir()
    files = {
        "stories.json": json.dumps(listing),
        "index.html": "<h1>my own home page</h1>",
        "about.html": "<p>about me</p>",
    }
    for name, text in files.items():
        (site / name).write_text(text, encoding="utf-8")
    assert main(["stories", str(inputs), "-o", str(site)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a 'summarizer stories' index" in err
    assert {p.name: p.read_text(encoding="utf-8") for p in site.iterdir()} == files


@pytest.mark.parametrize(
    "broken",
    [
        "[" * 100_000 + "]" * 100_000,  # nested too deeply for Python's parser
        '{"version": 3, "stories": [], "n": ' + "7" * 5000 + "}",  # a number too long
    ],
)
def test_a_stories_json_python_cannot_parse_is_a_one_line_error(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], broken: str
) -> None:
    # A RecursionError or an integer-conversion ValueError was a traceback.
    site = tmp_path / "site"
    site.mkdir()
    (site / "stories.json").write_text(broken, encoding="utf-8")
    assert main(["stories", str(inputs), "-o", str(site)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be read as a stories index" in err
    assert (site / "stories.json").read_text(encoding="utf-8") == broken


def test_missing_output_is_a_usage_error(inputs: Path) -> None:
    assert main(["stories", str(inputs)]) == 2


def test_an_empty_output_name_is_a_usage_error_not_the_current_folder(
    inputs: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    assert main(["stories", str(inputs), "-o", ""]) == 2
    assert "-o/--output: an empty name is no folder" in capsys.readouterr().err
    assert list(here.iterdir()) == []


def test_skipped_inputs_are_named_safely_even_when_nothing_is_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each skipped input's warning comes before the error, its file name escaped for a terminal."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad\x1b[2J.txt").write_bytes(b"\x00\x01\x02" * 100)
    assert main(["stories", str(folder), "-o", str(tmp_path / "site"), "--skip-bad"]) == 1
    err = capsys.readouterr().err
    warning, error = err.strip().splitlines()
    assert warning.startswith("summarizer: warning: skipped ") and "bad\\x1b[2J" in warning
    assert "\x1b" not in err and error.startswith("summarizer: error: no documents found")


def test_slugs_follow_most_articles_and_are_never_reused() -> None:
    a, b, c, d = (
        Document(text=t, id=t, date="2031-01-0" + str(i)) for i, t in enumerate("abcd", 1)
    )
    previous = {"a": "s-old1", "b": "s-old1", "c": "s-old2"}
    # The old story s-old1 split: the part with more of its articles keeps the address.
    slugs = assign_slugs([[a], [b, c, d]], previous)
    assert slugs[1] in ("s-old1", "s-old2") and slugs[0] != slugs[1]
    again = assign_slugs([[a, b], [c], [d]], previous)
    assert again[:2] == ("s-old1", "s-old2")
    assert re.fullmatch(r"s-[0-9a-f]{12}", again[2]) and again[2] not in previous.values()
    assert assign_slugs([[a, b], [c], [d]], previous) == again  # deterministic


def test_a_new_storys_slug_is_made_from_its_earliest_article_in_time() -> None:
    # The earliest article was the least date string: "19:00:00+00:00" before "19:40:00+01:00"
    # (18:40 UTC), "2031-06-09" before "Jun 8, 2031", and an undated one ("9999") never first.
    def slug_of(doc: Document) -> str:
        return "s-" + hashlib.sha256(str(doc.id).encode()).hexdigest()[:12]

    def story(*dates: str | None) -> list[Document]:
        return [Document(text=f"Article {i}.", id=f"art{i}", date=d) for i, d in enumerate(dates)]

    cases = [
        (story("2031-06-10T19:00:00+00:00", "2031-06-10T19:40:00+01:00"), 1),
        (story("2031-06-10", "Tue, 10 Jun 2031 23:10:00 +0000", "2031-06-11T00:05:00+02:00"), 1),
        (story("2031-06-09T08:00:00", "Jun 8, 2031", None), 1),
        (story(None, "2031-06-10T07:00:00Z", "2031-06-10T07:00:00+00:00"), 1),
    ]
    for group, earliest in cases:
        for order in (group, group[::-1]):  # the input order does not matter
            assert assign_slugs([order], {}) == (slug_of(group[earliest]),)


# Feeds: our own fictional items, as an outlet's RSS 2.0 and another's Atom export would carry them.
_RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour Gazette</title><link>https://gazette.example/</link>
<item><guid>https://gazette.example/ferry</guid><link>https://gazette.example/ferry</link>
<title>Ferry runs aground off Port Averell</title><pubDate>Sun, 04 May 2031 09:30:00 GMT</pubDate>
<description>&lt;p&gt;The passenger ferry Marisol ran aground on a sandbank outside Port Averell on
Sunday morning.&lt;/p&gt;&lt;p&gt;Coast guard crews took all 212 passengers ashore.&lt;/p&gt;</description>
</item>
<item><guid>https://gazette.example/empty</guid><title>Photo gallery</title></item>
</channel></rss>
"""
_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Northwire</title><id>urn:northwire</id>
<updated>2031-05-05T08:00:00Z</updated>
<entry><id>urn:northwire:ferry-2</id><title>Investigators board stranded ferry Marisol</title>
<link href="https://northwire.example/ferry-2"/><published>2031-05-05T08:00:00Z</published>
<updated>2031-05-05T08:00:00Z</updated>
<content type="html">&lt;p&gt;Safety investigators boarded the stranded ferry Marisol on Monday, a day
after it ran aground in fog outside Port Averell.&lt;/p&gt;</content></entry>
</feed>
"""


def _load_feeds(folder: Path) -> list[Document]:
    """The documents of a folder of feeds holding ``_RSS``'s entry without text, warned of."""
    from summarizer import load_documents
    from summarizer.load import SkippedInputWarning

    with pytest.warns(SkippedInputWarning, match=r'entry 2 \("Photo gallery"\): has no text'):
        return load_documents(folder)


def test_rss_and_atom_feeds_load_as_documents(tmp_path: Path) -> None:
    (tmp_path / "gazette.rss").write_text(_RSS, encoding="utf-8")
    (tmp_path / "northwire.atom").write_text(_ATOM, encoding="utf-8")
    docs = _load_feeds(tmp_path)  # a folder of feeds
    assert [(d.id, d.source, d.date, d.url) for d in docs] == [
        ("https://gazette.example/ferry", "Harbour Gazette", "2031-05-04T09:30:00+00:00",
         "https://gazette.example/ferry"),
        ("urn:northwire:ferry-2", "Northwire", "2031-05-05T08:00:00+00:00",
         "https://northwire.example/ferry-2"),
    ]  # fmt: skip
    assert docs[0].title == "Ferry runs aground off Port Averell"
    assert docs[0].text == (
        "The passenger ferry Marisol ran aground on a sandbank outside Port Averell on "
        "Sunday morning.\n\nCoast guard crews took all 212 passengers ashore."
    )  # HTML to paragraphs; the entry without text is left out, with a warning
    assert "<p>" not in docs[1].text and docs[1].text.startswith("Safety investigators")


def test_stories_from_feeds(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    (feeds / "gazette.rss").write_text(_RSS, encoding="utf-8")
    (feeds / "northwire.xml").write_text(_ATOM, encoding="utf-8")
    site = tmp_path / "site"
    assert main(["stories", str(feeds), "-o", str(site), "--min-sources", "2"]) == 0
    shown = [s for s in _listing(site)["stories"] if s["shown"]]  # type: ignore[attr-defined]
    assert [s["outlets"] for s in shown] == [["Harbour Gazette", "Northwire"]]


# A feed's item and a web page dated late in the evening west of UTC (the next day there), and a
# plain text article of the next day: our own fictional reports.
_LATE_RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Skerrow Mail</title><link>https://mail.example/</link>
<item><guid>https://mail.example/lock</guid><link>https://mail.example/lock</link>
<title>Lock gate fails on the Skerrow canal</title><pubDate>Mon, 25 Nov 2024 23:30:00 -0500</pubDate>
<description>A lock gate on the Skerrow canal failed late on Monday, stranding forty boats above
Pell lock. Canal staff closed the lock before midnight, the trust said.</description>
</item></channel></rss>
"""
_LATE_HTML = """<!doctype html><html lang="en"><head><title>Skerrow lock gate fails</title>
<meta property="og:title" content="Skerrow lock gate fails, forty boats stranded">
<meta property="og:site_name" content="Pell Courier">
<meta property="article:published_time" content="2024-11-25T22:45:00-03:30"></head>
<body><article><h1>Skerrow lock gate fails, forty boats stranded</h1>
<p>Forty boats were stranded above Pell lock on Monday evening after a gate on the Skerrow canal
failed.</p><p>The canal trust closed the lock before midnight and said repairs would take a week.</p>
</article></body></html>
"""
_NEXT_DAY = (
    "Skerrow lock repairs begin\n\nNovember 26, 2024\n\n"
    "Engineers began repairs to the failed gate at Pell lock on the Skerrow canal on Tuesday. "
    "A crane barge from Ashby will lift a new gate into place on Thursday, the engineers said. "
    "The forty stranded boats will be moved through a side channel, the canal trust said.\n"
)


def test_a_late_evening_date_west_of_utc_is_the_day_written_everywhere(tmp_path: Path) -> None:
    # Feeds and web pages keep their time and offset (text.parse_date_time); every reader takes
    # the day as written: in UTC both are the 26th, the day of the plain text article.
    (tmp_path / "mail.rss").write_text(_LATE_RSS, encoding="utf-8")
    (tmp_path / "courier.html").write_text(_LATE_HTML, encoding="utf-8")
    (tmp_path / "next.txt").write_text(_NEXT_DAY, encoding="utf-8")
    inputs = [str(tmp_path / name) for name in ("next.txt", "mail.rss", "courier.html")]
    briefing = tmp_path / "briefing.json"
    assert main([*inputs, "-o", str(briefing)]) == 0
    read = json.loads(briefing.read_text(encoding="utf-8"))
    assert [(s["id"], s["date"]) for s in read["sources"]] == [
        ("next", "2024-11-26"),
        ("https://mail.example/lock", "2024-11-25"),
        ("courier", "2024-11-25"),
    ]
    # Chronological: the points of the 25th first, though the 26th's article was given first.
    days = [point["date"] for point in read["points"]]
    assert days == sorted(days) and days[0] == "2024-11-25" and days[-1] == "2024-11-26"
    site = tmp_path / "site"
    assert main(["stories", *inputs, "-o", str(site)]) == 0
    (story,) = _listing(site)["stories"]  # type: ignore[misc]
    assert (story["first_date"], story["last_date"]) == ("2024-11-25", "2024-11-26")
    # The earliest instant of the 25th: 22:45 at -03:30 (02:15 UTC) before 23:30 at -05:00.
    assert (story["first_time"], story["last_time"]) == ("2024-11-25T22:45:00-03:30", None)
    assert sorted((a["date"], a["time"]) for a in story["articles"]) == [
        ("2024-11-25", "2024-11-25T22:45:00-03:30"),
        ("2024-11-25", "2024-11-25T23:30:00-05:00"),
        ("2024-11-26", None),
    ]
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "25 November 2024" in index and "27 November" not in index


@pytest.mark.parametrize(
    ("channel", "link", "outlet"),
    [
        ("Harbour Gazette - Top stories", "https://gazette.example/", "Harbour Gazette"),
        ("World news | The Harbour Gazette", "https://www.harbourgazette.example/world",
         "The Harbour Gazette"),
        ("News : HGZ", "https://hgz.example/", "HGZ"),
        ("Harbour Gazette: Latest", "https://gazette.example/", "Harbour Gazette"),
        ("Harbour Gazette", "https://gazette.example/", "Harbour Gazette"),
        # No address of its own: its entries' links are the outlet's site.
        ("Top stories - Gazette", "", "Gazette"),
    ],
)  # fmt: skip
def test_a_feed_titles_outlet_part_is_the_source(
    tmp_path: Path, channel: str, link: str, outlet: str
) -> None:
    """A feed's title names a section beside the outlet; the outlet alone is the source, so the
    outlet's feed items and its saved pages count as one outlet on the stories site."""
    feed = _RSS.replace("<title>Harbour Gazette</title><link>https://gazette.example/</link>",
                        f"<title>{channel}</title><link>{link}</link>")  # fmt: skip
    (tmp_path / "gazette.rss").write_text(feed, encoding="utf-8")
    assert _load_feeds(tmp_path)[0].source == outlet


def test_an_aggregators_items_keep_their_own_outlets(tmp_path: Path) -> None:
    item = '<source url="https://northwire.example/">Northwire</source></item>'
    feed = _RSS.replace("<title>Harbour Gazette</title>", "<title>Harbour Digest</title>")
    (tmp_path / "digest.rss").write_text(feed.replace("</item>", item, 1), encoding="utf-8")
    assert _load_feeds(tmp_path)[0].source == "Northwire"


def test_an_xml_file_that_is_not_a_feed_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "sitemap.xml"
    bad.write_text("<urlset><url><loc>https://a.example/</loc></url></urlset>", encoding="utf-8")
    assert main(["stories", str(bad), "-o", str(tmp_path / "site")]) == 1
    err = capsys.readouterr().err
    assert "sitemap.xml" in err and "Traceback" not in err


def test_a_feed_title_in_html_is_read_as_text(tmp_path: Path) -> None:
    marked = _RSS.replace(
        "<title>Ferry runs aground off Port Averell</title>",
        "<title>Ferry &lt;b&gt;Marisol&lt;/b&gt; runs aground &amp;amp; waits</title>",
    )
    (tmp_path / "gazette.rss").write_text(marked, encoding="utf-8")
    assert _load_feeds(tmp_path)[0].title == "Ferry Marisol runs aground & waits"


def test_a_broken_feed_is_named_broken_not_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cut = tmp_path / "cut.rss"
    cut.write_text(_RSS[: _RSS.index("<description>")], encoding="utf-8")
    assert main(["stories", str(cut), "-o", str(tmp_path / "site")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"summarizer: error: {cut}: is not well-formed XML (line ")
    assert "fix the feed" in err and err.count("\n") == 1


def test_rerun_shows_what_new_articles_add(inputs: Path, tmp_path: Path) -> None:
    first = [row for row in _ARTICLES[:-2] if row[0] != "ferry-wire"]
    (inputs / "day.jsonl").unlink()
    _write_jsonl(inputs / "day1.jsonl", first)
    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    assert not list(site.glob("*.new.html"))  # a first run has nothing new to tell
    slug = _slug_of(site, "ferry-gazette")
    _write_jsonl(inputs / "day2.jsonl", [row for row in _ARTICLES if row[0] == "ferry-wire"])
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    assert _slug_of(site, "ferry-wire") == slug
    story = next(s for s in _listing(site)["stories"] if s["slug"] == slug)  # type: ignore[attr-defined]
    assert story["new_articles"] == ["ferry-wire"]
    update = (site / story["new_page"]).read_text(encoding="utf-8")
    assert "What is new since 2 earlier articles" in update and 'href="index.html"' in update
    index = (site / "index.html").read_text(encoding="utf-8")
    assert f'href="{story["new_page"]}"' in index and "1 new article" in index
    others = [s for s in _listing(site)["stories"] if s["slug"] != slug]  # type: ignore[attr-defined]
    assert all("new_page" not in s for s in others)  # unchanged stories have no update
    # The update page is a page of the story: it carries the story's headline.
    headline = re.escape(str(escape(story["headline"])))
    assert re.search(rf"<h1[^>]*>\s*{headline}\s*</h1>", update)


def test_the_update_page_dates_the_storys_headline_from_its_own_article(
    inputs: Path, tmp_path: Path
) -> None:
    """Untitled articles: the story's headline is an earlier article's lead ("... on Sunday
    morning"); the update page carries it, dated from that article, not from the new ones."""
    untitled = [(*row[:4], "", row[5]) for row in _ARTICLES if row[1] == "ferry"]
    (inputs / "day.jsonl").unlink()
    _write_jsonl(inputs / "day1.jsonl", [row for row in untitled if row[0] != "ferry-wire"])
    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    _write_jsonl(inputs / "day2.jsonl", [row for row in untitled if row[0] == "ferry-wire"])
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    story = next(s for s in _listing(site)["stories"] if s.get("new_page"))  # type: ignore[attr-defined]
    headline = str(story["headline"])
    (source,) = [row for row in untitled if headline in row[5]]
    assert "Sunday" in headline and source[0] != "ferry-wire"
    update = (site / story["new_page"]).read_text(encoding="utf-8")
    header = update.split("<h1>")[1].split('<p class="facts">')[0]
    day = source[3]
    assert f'<p class="dated">Written <time datetime="{day}">' in header


def test_listing_gives_the_outlet_and_date_read_from_a_plain_text_header(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for doc_id, _event, outlet, day, _title, text in _ARTICLES[:-2]:
        # No metadata but the header lines a plain text article carries.
        (folder / f"{doc_id}.txt").write_text(
            f" date {day} {outlet}, PORT\n\n{text}\n", encoding="utf-8"
        )
    site = tmp_path / "site"
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    articles = {
        a["id"]: a
        for story in _listing(site)["stories"]  # type: ignore[attr-defined]
        for a in story["articles"]
    }
    gazette = articles["ferry-gazette"]
    assert (gazette["outlet"], gazette["date"]) == ("Harbour Gazette", "2031-05-04")


def test_a_folder_of_other_files_is_not_written_into(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "index.html").write_text("my page", encoding="utf-8")
    assert main(["stories", str(inputs), "-o", str(folder)]) == 1
    assert "holds other files" in capsys.readouterr().err
    assert (folder / "index.html").read_text(encoding="utf-8") == "my page"
    assert [p.name for p in folder.iterdir()] == ["index.html"]


def test_a_folder_holding_only_hidden_entries_is_written_into_and_they_are_left_alone(
    inputs: Path, tmp_path: Path
) -> None:
    # A folder made in a file manager (.DS_Store) or for a repository (.git) looks empty to its
    # user, but was refused as holding other files; the site never writes a hidden name.
    folder = tmp_path / "site"
    (folder / ".git").mkdir(parents=True)
    (folder / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    assert main(["stories", str(inputs), "-o", str(folder)]) == 0
    assert (folder / "index.html").is_file() and (folder / "stories.json").is_file()
    assert (folder / ".git" / "HEAD").read_text(encoding="utf-8") == "ref: refs/heads/main\n"
    assert (folder / ".DS_Store").read_bytes() == b"\x00\x00\x00\x01Bud1"
    hidden = sorted(p.name for p in folder.iterdir() if p.name.startswith("."))
    assert hidden == [".DS_Store", ".git"]


def test_outlets_and_dates_of_plain_text_articles_come_from_their_header_lines(
    tmp_path: Path,
) -> None:
    """A .txt article names its outlet and date only in a header line, which cleaning reads."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        " date 2031-05-04 Kessau Herald, KESSAU\n\nThe Kessau river ferry ran aground on a "
        "sandbank on Sunday with 40 passengers aboard. Nobody was hurt.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        " date 2031-05-05 Valley Wire, KESSAU\n\nForty passengers were taken off the Kessau river "
        "ferry after it ran aground on a sandbank on Sunday. The operator blamed low water.\n",
        encoding="utf-8",
    )
    site = tmp_path / "site"
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    (story,) = _listing(site)["stories"]  # type: ignore[misc]
    assert story["outlets"] == ["Kessau Herald", "Valley Wire"]
    assert (story["first_date"], story["last_date"]) == ("2031-05-04", "2031-05-05")
    assert "Kessau Herald" in (site / "index.html").read_text(encoding="utf-8")


def test_rerun_without_a_story_removes_its_page_and_nothing_else(
    inputs: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    museum = _slug_of(site, "museum-wire")
    kept = {a: _slug_of(site, a) for a in ("ferry-wire", "water-wire", "budget-courier")}
    assert (site / f"{museum}.html").is_file()
    # The user's own files beside the site, one named like a story page.
    (site / "notes.txt").write_text("mine", encoding="utf-8")
    (site / "s-mine.html").write_text("<p>mine</p>", encoding="utf-8")
    # The museum articles are gone from the input.
    _write_jsonl(inputs / "day.jsonl", [a for a in _ARTICLES[:-2] if a[1] != "museum"])
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    assert not (site / f"{museum}.html").exists()
    assert museum not in (site / "index.html").read_text(encoding="utf-8")
    assert {a: _slug_of(site, a) for a in kept} == kept  # the others keep their addresses
    assert all((site / f"{slug}.html").is_file() for slug in kept.values())
    assert (site / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (site / "s-mine.html").read_text(encoding="utf-8") == "<p>mine</p>"


def test_a_page_name_in_stories_json_never_reaches_outside_the_site(
    inputs: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    outside = tmp_path / "outside.html"
    outside.write_text("keep", encoding="utf-8")
    (site / "index.html.bak").write_text("keep", encoding="utf-8")
    listing = _listing(site)
    listing["stories"][0]["page"] = "../outside.html"  # type: ignore[index]
    listing["stories"][1]["page"] = str(outside)  # type: ignore[index]
    listing["stories"][2]["new_page"] = "index.html"  # type: ignore[index]
    (site / "stories.json").write_text(json.dumps(listing), encoding="utf-8")
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    assert outside.read_text(encoding="utf-8") == "keep"
    assert (site / "index.html").is_file() and (site / "index.html.bak").is_file()


def test_a_slug_in_stories_json_never_names_a_file_outside_the_site_or_its_index(
    inputs: Path, tmp_path: Path
) -> None:
    # A story's slug "../outside" and a moved slug "../moved" wrote ../outside.html and
    # ../moved.html beside the site; a moved slug "index" wrote its page over index.html.
    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    kept = {name: tmp_path / f"{name}.html" for name in ("outside", "moved")}
    for path in kept.values():
        path.write_text("keep", encoding="utf-8")
    listing = _listing(site)
    stories = listing["stories"]
    target = stories[1]["slug"]  # type: ignore[index]
    stories[0]["slug"] = "../outside"  # type: ignore[index]
    listing["moved"] = {"../moved": target, "index": target, "x/../y": target}
    (site / "stories.json").write_text(json.dumps(listing), encoding="utf-8")
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    assert all(path.read_text(encoding="utf-8") == "keep" for path in kept.values())
    assert "now told with another one" not in (site / "index.html").read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "in",
        "moved.html",
        "outside.html",
        "site",
    ]
    assert all(re.fullmatch(r"s-[0-9a-f]{12}", s["slug"]) for s in _listing(site)["stories"])  # type: ignore[attr-defined]


def test_the_index_does_not_repeat_a_headline_made_from_the_lead(tmp_path: Path) -> None:
    """Articles without titles: the headline comes from a sentence, and the line under it is then
    the next point, not the same sentence again."""
    folder = tmp_path / "in"
    folder.mkdir()
    rows = [(d, e, o, day, "", text) for d, e, o, day, _title, text in _ARTICLES[:3]]
    with (folder / "day.jsonl").open("w", encoding="utf-8") as handle:
        for doc_id, _event, outlet, day, _title, text in rows:
            record = {"id": doc_id, "source": outlet, "date": day, "text": text}
            handle.write(json.dumps(record) + "\n")
    site = tmp_path / "site"
    assert main(["stories", str(folder), "-o", str(site), "--max-words", "80"]) == 0
    index = (site / "index.html").read_text(encoding="utf-8")
    headline = re.search(r'<h2><a href="[^"]+">([^<]+)</a>', index)
    lead = re.search(r'<p class="lead">([^<]+)</p>', index)
    assert headline and lead
    assert headline[1].rstrip(".") not in lead[1]
    story = _listing(site)["stories"][0]  # type: ignore[index]
    assert headline[1].rstrip(".") in str(escape(story["first_point"]))  # the lead repeated it


def test_a_headline_that_leans_on_a_relative_day_is_dated_on_the_index_and_its_page(
    tmp_path: Path,
) -> None:
    """Articles without titles: the headline is a lead sentence ("... on Sunday morning"); the
    index and the story's page say the date of the article it is from, as for the lead."""
    folder = tmp_path / "in"
    folder.mkdir()
    days = ("2031-05-05", "2031-05-04", "2031-05-06")  # the headline's article is not the first
    with (folder / "day.jsonl").open("w", encoding="utf-8") as handle:
        for (doc_id, _event, outlet, _day, _title, text), day in zip(_ARTICLES[:3], days):
            record = {"id": doc_id, "source": outlet, "date": day, "text": text}
            handle.write(json.dumps(record) + "\n")
    site = tmp_path / "site"
    assert main(["stories", str(folder), "-o", str(site), "--max-words", "80"]) == 0
    story = _listing(site)["stories"][0]  # type: ignore[index]
    headline = str(story["headline"])
    article = next(a for a in story["articles"] if headline in _ARTICLE_TEXT[a["id"]])
    assert "Sunday" in headline and article["date"] == "2031-05-05"
    index = (site / "index.html").read_text(encoding="utf-8")
    entry = re.search(r'<h2><a href="([^"]+)">([^<]+)</a>(.*?)</h2>', index, re.DOTALL)
    assert entry is not None and entry[2] == str(escape(headline))
    dated = '(written <time datetime="2031-05-05">5 May 2031</time>)'
    assert f'<span class="dated">{dated}</span>' == entry[3].strip()
    page = (site / entry[1]).read_text(encoding="utf-8")
    header = page.split("<h1>")[1].split('<p class="facts">')[0]
    assert '<p class="dated">Written <time datetime="2031-05-05">5 May 2031</time></p>' in header


_ARTICLE_TEXT = {row[0]: row[5] for row in _ARTICLES}


# --- what a new user meets: undated days, articles without an outlet, stories without a briefing,
# the names of stories.json (invented articles) ------------------------------------------------

_FLOOD = (
    "The Marrow Bridge over the river Tamsel was closed after floodwater rose above its deck. "
    "County engineers said divers would inspect the piers and that the bridge would stay shut "
    "for at least a week. Around 12,000 vehicles cross the bridge every day."
)


# A sentence of each flood article's own: articles of one text word for word count as one source
# (``render.count_sources``), and these stand for articles the outlets wrote.
_FLOOD_ENDINGS = (
    "A temporary ferry will carry pedestrians between the two banks.",
    "Shops on the north bank said trade had fallen by half since the closure.",
    "The river is forecast to fall slowly over the weekend.",
    "Schools on the south side of the river opened an hour late.",
)


def _flood_rows(*outlets: str | None) -> list[dict[str, object]]:
    """One flood story told by one article per entry of ``outlets`` (``None``: no outlet named),
    each with a sentence of its own."""
    return [
        {"id": f"flood-{n}", "title": "Marrow Bridge shut by flood", "source": outlet,
         "date": "2026-03-04", "text": f"{_FLOOD} {_FLOOD_ENDINGS[n - 1]}"}
        for n, outlet in enumerate(outlets, start=1)
    ]  # fmt: skip


def _write_rows(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_an_article_without_an_outlet_is_counted_apart_not_as_an_outlet(tmp_path: Path) -> None:
    source = _write_rows(
        tmp_path / "day.jsonl", _flood_rows("Brennick Courier", "Holloway Gazette", None)
    )
    site = tmp_path / "site"
    assert main(["stories", str(source), "-o", str(site)]) == 0
    index = (site / "index.html").read_text(encoding="utf-8")
    meta = "3 articles, 2 from Brennick Courier and Holloway Gazette, 1 with no outlet named"
    assert meta in index
    (story,) = _listing(site)["stories"]  # type: ignore[misc]
    assert story["outlets"] == ["Brennick Courier", "Holloway Gazette"]
    page = (site / story["page"]).read_text(encoding="utf-8")
    assert "3 sources, 2 from 2 outlets and 1 with no outlet named" in page


def test_naming_an_outlet_never_lowers_a_story_s_count_of_sources() -> None:
    """An article naming no outlet counts as a source of its own, as when none names one."""

    def story(*outlets: str | None) -> Story:
        docs = tuple(
            Document(f"{_FLOOD} {_FLOOD_ENDINGS[n]}", f"d{n}", source=outlet)
            for n, outlet in enumerate(outlets)
        )
        return Story("s", docs, None)

    assert story(None, None, None).sources == 3
    assert story("Courier", None, None).sources == 3  # was 1: one outlet named hid two articles
    assert story("Courier", "courier ", None).sources == 2  # one outlet, however written
    assert (story("Courier", None).outlets, story("Courier", None).unnamed) == (("Courier",), 1)


def test_a_story_without_a_briefing_is_headed_by_a_title_that_reports() -> None:
    """As a briefing's headline is chosen: an explainer's title gives way to one that reports."""
    explainer = Document(_FLOOD, "flood-1", title="What the Marrow Bridge closure means for you")
    report = Document(_FLOOD, "flood-2", title="Marrow Bridge shut by flood")
    assert _headline(Story("s", (explainer, report), None)) == "Marrow Bridge shut by flood"
    # With no title that reports, the explainer's is still a headline (before the article's id).
    alone = _headline(Story("s", (explainer,), None))
    assert alone == "What the Marrow Bridge closure means for you"


def test_a_story_without_a_briefing_says_why_on_its_page_and_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A budget no sentence fits: not a silent page of nothing and exit 0."""
    source = _write_rows(tmp_path / "day.jsonl", _flood_rows("Brennick Courier"))
    site = tmp_path / "site"
    assert main(["stories", str(source), "-o", str(site), "--max-words", "3"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    warnings = [line for line in err.splitlines() if "warning" in line]
    (story,) = _listing(site)["stories"]  # type: ignore[misc]
    expected = (
        f"summarizer: warning: story {story['slug']} (Marrow Bridge shut by flood): no "
        "briefing: no sentence fits --max-words 3; the shortest candidate has 8 words; give "
        "--max-words 8 or more"
    )
    assert warnings == [expected]
    assert err.splitlines()[-1].endswith(", 1 without a briefing")
    assert story["error"].startswith("no sentence fits --max-words 3")
    why = "No briefing could be made for this story: no sentence fits --max-words 3"
    page = (site / story["page"]).read_text(encoding="utf-8")
    assert why in page and "No sentence was selected" not in page
    assert why in (site / "index.html").read_text(encoding="utf-8")


def test_a_story_whose_briefing_failed_gets_a_page_saying_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not hidden as if it had too few outlets: listed, with its articles and the reason."""
    rows = _flood_rows("Brennick Courier")
    rows.append({"id": "ad-1", "title": "Sponsored", "source": "Pics", "text": "Advertisement"})
    source = _write_rows(tmp_path / "day.jsonl", rows)
    site = tmp_path / "site"
    assert main(["stories", str(source), "-o", str(site)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    (line,) = [line for line in err.splitlines() if "warning" in line]
    assert line.startswith("summarizer: warning: story s-") and "(Sponsored): no" in line
    failed = next(s for s in _listing(site)["stories"] if s.get("error"))  # type: ignore[attr-defined]
    assert failed["shown"] and (site / failed["page"]).is_file()
    page = (site / failed["page"]).read_text(encoding="utf-8")
    assert "No briefing could be made for this story: " + escape(failed["error"]) in page
    assert "Advertisement" in page  # the article itself is on the page
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "not listed" not in index and f'href="{failed["page"]}"' in index


def test_the_index_says_when_its_lead_leans_on_a_day_its_source_does_not_date(
    tmp_path: Path,
) -> None:
    from summarizer import summarize

    doc = Document(
        "Shop owners in Holloway said yesterday that trade fell sharply after the Marrow Bridge "
        "over the river Tamsel was closed. Buses are being diverted through Ashford.",
        "blog-1",
        "Traders count the cost",
    )
    write_site([Story("s-a", (doc,), summarize([doc]))], tmp_path)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "(the source gives no date for “yesterday”)" in index


def test_the_index_dates_its_lead_by_another_source_that_states_it(tmp_path: Path) -> None:
    # The lead's own article gives no date; Northwire's, which states the fact too, does. The
    # index said "the source gives no date for 'yesterday'".
    from summarizer import summarize

    blog = Document(
        "Shop owners in Holloway said yesterday that trade fell sharply after the Marrow Bridge "
        "over the river Tamsel was closed. Buses are being diverted through Ashford.",
        "blog-1",
        "Traders count the cost",
    )
    wire = Document(
        "Trade fell sharply for shop owners in Holloway after the Marrow Bridge over the river "
        "Tamsel was closed, they said on Tuesday. The council has promised a temporary crossing.",
        "wire-1",
        "Holloway traders hit by bridge closure",
        "Northwire",
        "2031-02-04",
    )
    briefing = summarize([blog, wire])
    assert briefing.points[0].citations == ("blog-1", "wire-1")  # the lead, from the blog
    write_site([Story("s-a", (blog, wire), briefing)], tmp_path)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert (
        '(written <time datetime="2031-02-04">4 February 2031</time> by Northwire, which states '
        "it too)"
    ) in index
    assert "no date" not in index


def test_stories_json_names_an_article_s_outlet_outlet(tmp_path: Path) -> None:
    source = _write_rows(tmp_path / "day.jsonl", _flood_rows("Brennick Courier", None))
    site = tmp_path / "site"
    assert main(["stories", str(source), "-o", str(site)]) == 0
    listing = _listing(site)
    assert listing["version"] == STORIES_VERSION == 3
    (story,) = listing["stories"]  # type: ignore[misc]
    fields = ["date", "id", "outlet", "sha256", "sketch", "time", "title", "url"]
    assert [sorted(a) for a in story["articles"]] == [fields] * 2
    assert [a["outlet"] for a in story["articles"]] == ["Brennick Courier", None]


def test_a_site_of_version_1_is_updated_keeping_its_addresses(tmp_path: Path) -> None:
    source = _write_rows(tmp_path / "day.jsonl", _flood_rows("Brennick Courier", "Gazette"))
    site = tmp_path / "site"
    site.mkdir()
    old = {
        "version": 1,
        "stories": [
            {
                "slug": "s-old",
                "headline": "Flood",
                "shown": True,
                "page": "s-old.html",
                "outlets": ["Brennick Courier"],
                "first_date": "2026-03-04",
                "last_date": "2026-03-04",
                "first_point": None,
                "articles": [
                    {
                        "id": "flood-1",
                        "title": "Flood",
                        "source": "Brennick Courier",
                        "date": "2026-03-04",
                        "url": None,
                    }
                ],
            }
        ],
    }
    (site / "stories.json").write_text(json.dumps(old), encoding="utf-8")
    (site / "s-old.html").write_text("<p>old</p>", encoding="utf-8")
    assert main(["stories", str(source), "-o", str(site)]) == 0
    listing = _listing(site)
    assert listing["version"] == STORIES_VERSION
    assert [s["slug"] for s in listing["stories"]] == ["s-old"]  # type: ignore[attr-defined]
    assert "Marrow Bridge" in (site / "s-old.html").read_text(encoding="utf-8")


def test_a_stories_json_of_a_newer_version_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write_rows(tmp_path / "day.jsonl", _flood_rows("Brennick Courier"))
    site = tmp_path / "site"
    site.mkdir()
    newer = json.dumps({"version": STORIES_VERSION + 1, "stories": []})
    (site / "stories.json").write_text(newer, encoding="utf-8")
    assert main(["stories", str(source), "-o", str(site)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "newer than this summarizer" in err and "Traceback" not in err
    assert (site / "stories.json").read_text(encoding="utf-8") == newer


def test_no_update_page_says_nothing_when_no_new_sentence_fits_the_budget(tmp_path: Path) -> None:
    """The new article's sentences are all longer than --max-words: the story's page has it, and
    no "What is new" page of no point is linked from the index."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    first = _flood_rows("Brennick Courier")
    first[0]["text"] = "The Marrow Bridge was closed. " + _FLOOD
    _write_rows(inputs / "day1.jsonl", first)
    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site), "--max-words", "10"]) == 0
    later = {
        "id": "gazette-1",
        "title": "Divers begin work on the Marrow Bridge",
        "source": "Holloway Gazette",
        "date": "2026-03-05",
        "text": "Divers began inspecting the piers of the Marrow Bridge over the river Tamsel on "
        "Wednesday morning after the floodwater that rose above its deck started to fall.",
    }
    _write_rows(inputs / "day2.jsonl", [later])
    assert main(["stories", str(inputs), "-o", str(site), "--max-words", "10"]) == 0
    (story,) = _listing(site)["stories"]  # type: ignore[misc]
    assert len(story["articles"]) == 2 and "new_page" not in story
    assert not list(site.glob("*.new.html"))
    assert "What is new" not in (site / "index.html").read_text(encoding="utf-8")


# ----------------------------------------------------------------- a rerun keeps what is unchanged


def _site_bytes(site: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(site.iterdir())}


@pytest.fixture
def summaries(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The article ids of each briefing made (each ``Summarizer.summarize`` call), in order."""
    from summarizer.pipeline import Summarizer

    made: list[list[str]] = []
    real = Summarizer.summarize

    def counting(self: Summarizer, documents: list[Document], **kwargs: object) -> object:
        documents = list(documents)
        made.append(sorted(str(doc.id) for doc in documents))
        return real(self, documents, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Summarizer, "summarize", counting)
    return made


def _rebuilt(site: Path, inputs: Path, copy: Path, *args: str) -> Path:
    """The site a run that summarises every story writes over a copy of ``site`` as it is now."""
    import shutil

    import summarizer.stories

    shutil.copytree(site, copy)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(summarizer.stories, "_REUSE", False)
        assert main(["stories", str(inputs), "-o", str(copy), *args]) == 0
    return copy


def test_a_rerun_on_unchanged_articles_summarises_nothing_and_writes_the_same_site(
    inputs: Path, tmp_path: Path, summaries: list[list[str]]
) -> None:
    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    first = _site_bytes(site)
    assert len(summaries) == 4
    summaries.clear()
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    assert summaries == []
    assert _site_bytes(site) == first


def test_a_story_that_gains_an_article_is_the_only_one_summarised_again(
    inputs: Path, tmp_path: Path, summaries: list[list[str]]
) -> None:
    (inputs / "day.jsonl").unlink()
    _write_jsonl(inputs / "day1.jsonl", [row for row in _ARTICLES[:-2] if row[0] != "ferry-wire"])
    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    _write_jsonl(inputs / "day2.jsonl", [row for row in _ARTICLES if row[0] == "ferry-wire"])
    ferry = ["ferry-courier", "ferry-gazette", "ferry-wire"]
    # The run that adds the article (the story's page and its "what is new" page), then a run
    # that adds nothing: the story is kept with its "what is new" page, which still tells what
    # the last update added, as a full rebuild does.
    for run, made in enumerate(([ferry, ["ferry-wire"]], [])):
        rebuilt = _rebuilt(site, inputs, tmp_path / f"full-{run}")
        summaries.clear()
        assert main(["stories", str(inputs), "-o", str(site)]) == 0
        assert summaries == made
        assert _site_bytes(site) == _site_bytes(rebuilt)
        assert len(list(site.glob("*.new.html"))) == 1
        assert all("reuse" in story for story in _listing(site)["stories"])  # type: ignore[attr-defined]


def _museum_text_changed(inputs: Path, site: Path) -> list[str]:
    rows = [
        (*row[:5], row[5].replace("three", "3", 1)) if row[0] == "museum-wire" else row
        for row in _ARTICLES[:-2]
    ]
    _write_jsonl(inputs / "day.jsonl", rows)
    return []


def _page_edited(inputs: Path, site: Path) -> list[str]:
    page = site / f"{_slug_of(site, 'museum-wire')}.html"
    page.write_text(page.read_text(encoding="utf-8") + "<!-- mine -->", encoding="utf-8")
    return []


def _page_deleted(inputs: Path, site: Path) -> list[str]:
    (site / f"{_slug_of(site, 'museum-wire')}.html").unlink()
    return []


def _record_edited(inputs: Path, site: Path) -> list[str]:
    listing = _listing(site)
    museum = _slug_of(site, "museum-wire")
    story = next(s for s in listing["stories"] if s["slug"] == museum)  # type: ignore[attr-defined]
    story["headline"] = "Edited by hand"
    (site / "stories.json").write_text(json.dumps(listing, indent=2), encoding="utf-8")
    return []


def _max_words_changed(inputs: Path, site: Path) -> list[str]:
    return ["--max-words", "40"]


@pytest.mark.parametrize(
    "change",
    [_museum_text_changed, _page_edited, _page_deleted, _record_edited, _max_words_changed],
)
def test_a_change_makes_its_story_again(
    change: object, inputs: Path, tmp_path: Path, summaries: list[list[str]]
) -> None:
    """A changed article, a page edited or deleted by hand, a record edited by hand: that story
    is summarised again; another word budget: every story is."""
    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    every = sorted(summaries)
    args = change(inputs, site)  # type: ignore[operator]
    rebuilt = _rebuilt(site, inputs, tmp_path / "full", *args)
    summaries.clear()
    assert main(["stories", str(inputs), "-o", str(site), *args]) == 0
    museum = [["museum-courier", "museum-wire"]]
    assert sorted(summaries) == (every if args else museum)
    assert _site_bytes(site) == _site_bytes(rebuilt)
    assert "mine" not in (site / f"{_slug_of(site, 'museum-wire')}.html").read_text("utf-8")


def test_a_story_listed_again_after_min_sources_hid_it_gets_its_page_made(
    inputs: Path, tmp_path: Path, summaries: list[list[str]]
) -> None:
    """A hidden story has no page to keep: listed again, it is summarised again; the story that
    stays listed is kept, and so are the stories that stay hidden."""
    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site), "--min-sources", "3"]) == 0
    summaries.clear()
    assert main(["stories", str(inputs), "-o", str(site), "--min-sources", "3"]) == 0
    assert summaries == []
    rebuilt = _rebuilt(site, inputs, tmp_path / "full")
    summaries.clear()
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    assert len(summaries) == 3 and ["ferry-courier", "ferry-gazette", "ferry-wire"] not in summaries
    assert _site_bytes(site) == _site_bytes(rebuilt)


def test_a_site_of_version_2_is_summarised_again_keeping_its_addresses(
    inputs: Path, tmp_path: Path, summaries: list[list[str]]
) -> None:
    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    slugs = {a: _slug_of(site, a) for a in ("ferry-wire", "water-wire", "museum-wire")}
    listing = _listing(site)
    listing["version"] = 2
    for story in listing["stories"]:  # type: ignore[attr-defined]
        story.pop("reuse", None)
    (site / "stories.json").write_text(json.dumps(listing, indent=2), encoding="utf-8")
    summaries.clear()
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    assert len(summaries) == 4  # every story again: version 2 records nothing to keep by
    assert {a: _slug_of(site, a) for a in slugs} == slugs
    listing = _listing(site)
    assert listing["version"] == STORIES_VERSION
    assert all("reuse" in story for story in listing["stories"])  # type: ignore[attr-defined]
    summaries.clear()
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    assert summaries == []


# ------------------------------------------------------------- what is new, and since which run


def _rows(*ids: str) -> list[tuple[str, str, str, str, str, str]]:
    return [row for row in _ARTICLES if row[0] in ids]


def test_an_article_whose_id_another_input_now_takes_is_still_the_article_it_was(
    tmp_path: Path,
) -> None:
    """Ids are made unique in the order the inputs are given (two folders' ``01-wire.txt``:
    ``01-wire`` and ``01-wire-2``): given in another order, an article read before is no new
    article, and a story new to the site is no update of another."""
    ferry = _write_jsonl(tmp_path / "ferry.jsonl", _rows("ferry-gazette", "ferry-courier"))
    museum = _write_jsonl(tmp_path / "museum.jsonl", _rows("museum-courier", "museum-wire"))
    for path in (ferry, museum):  # one id in both files: the first file read keeps it
        rows = path.read_text(encoding="utf-8").replace('"ferry-courier"', '"courier"')
        path.write_text(rows.replace('"museum-courier"', '"courier"'), encoding="utf-8")
    site = tmp_path / "site"
    assert main(["stories", str(ferry), "-o", str(site)]) == 0
    ferry_slug = _slug_of(site, "ferry-gazette")
    assert main(["stories", str(museum), str(ferry), "-o", str(site)]) == 0
    assert _slug_of(site, "ferry-gazette") == ferry_slug
    stories = _listing(site)["stories"]
    assert all("new_page" not in story for story in stories)  # type: ignore[attr-defined]
    assert not list(site.glob("*.new.html"))
    assert _slug_of(site, "museum-wire") != ferry_slug


def test_what_is_new_stays_until_the_articles_change_again(tmp_path: Path) -> None:
    """The update page tells what the last run that changed the articles added: a rerun that
    changes nothing writes the same site, "what is new" included."""
    folder = tmp_path / "in"
    folder.mkdir()
    _write_jsonl(folder / "day1.jsonl", _rows("ferry-gazette", "ferry-courier", "museum-wire"))
    site = tmp_path / "site"
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    _write_jsonl(folder / "day2.jsonl", _rows("ferry-wire", "museum-courier"))
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    updated = _site_bytes(site)
    assert len(list(site.glob("*.new.html"))) == 2
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    assert _site_bytes(site) == updated
    # A run that changes the articles (one taken out) tells what that run added: nothing.
    _write_jsonl(folder / "day1.jsonl", _rows("ferry-gazette", "museum-wire"))
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    assert not list(site.glob("*.new.html"))
    assert not any('class="new"' in page.read_text("utf-8") for page in site.glob("*.html"))


def test_a_story_page_and_its_what_is_new_page_link_each_other(tmp_path: Path) -> None:
    """The story's address is the one a reader keeps: after an update it says what is new and
    links that page, which links back to the whole story."""
    folder = tmp_path / "in"
    folder.mkdir()
    _write_jsonl(folder / "day1.jsonl", _rows("ferry-gazette", "ferry-courier"))
    site = tmp_path / "site"
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    slug = _slug_of(site, "ferry-gazette")
    assert 'class="new"' not in (site / f"{slug}.html").read_text(encoding="utf-8")
    _write_jsonl(folder / "day2.jsonl", _rows("ferry-wire"))
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    page = (site / f"{slug}.html").read_text(encoding="utf-8")
    assert f'<a href="{slug}.new.html">What is new</a> since the last update: 1 new article' in page
    update = (site / f"{slug}.new.html").read_text(encoding="utf-8")
    assert f'<a href="{slug}.html">The whole story</a>' in update
    assert f'href="{slug}.new.html"' not in update


def test_the_hidden_count_says_an_article_naming_no_outlet_counts_as_one(
    inputs: Path, tmp_path: Path
) -> None:
    """'fewer than 3 outlets not listed' beside a listed story of 2 outlets and 1 article naming
    none: the index says how it counted."""
    _write_rows(inputs / "flood.jsonl", _flood_rows("Brennick Courier", "Holloway Gazette", None))
    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site), "--min-sources", "3"]) == 0
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "2 from Brennick Courier and Holloway Gazette, 1 with no outlet named" in index
    assert (
        "3 with fewer than 3 outlets not listed (an article naming no outlet counts as one)"
        in index
    )
    assert main(["stories", str(inputs), "-o", str(site), "--min-sources", "4"]) == 0
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "5 with fewer than 4 outlets not listed (an article" in index
    (inputs / "flood.jsonl").unlink()
    assert main(["stories", str(inputs), "-o", str(site), "--min-sources", "3"]) == 0
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "3 with fewer than 3 outlets not listed</p>" in index  # every article names one


def test_a_story_new_since_the_last_update_says_so_in_the_index(tmp_path: Path) -> None:
    """A returning reader sees which stories are new, as they see which ones have news; the
    first run marks none (every story would be), and an idle rerun changes nothing."""
    folder = tmp_path / "in"
    folder.mkdir()
    _write_jsonl(folder / "day1.jsonl", _rows("ferry-gazette", "ferry-courier"))
    site = tmp_path / "site"
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    assert "New since the last update" not in (site / "index.html").read_text(encoding="utf-8")
    _write_jsonl(folder / "day2.jsonl", _rows("museum-courier", "museum-wire"))
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    index = (site / "index.html").read_text(encoding="utf-8")
    museum = _slug_of(site, "museum-wire")
    entry = index[index.index(f'id="{museum}"') :]
    assert '<p class="new">New since the last update</p>' in entry[: entry.index("</li>")]
    assert index.count("New since the last update") == 1
    stories = {s["slug"]: s for s in _listing(site)["stories"]}  # type: ignore[attr-defined]
    assert stories[museum]["new_story"] is True
    assert "new_story" not in stories[_slug_of(site, "ferry-gazette")]
    updated = _site_bytes(site)
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    assert _site_bytes(site) == updated
    # A later update: the museum story is no longer new, the ferry story has news.
    _write_jsonl(folder / "day3.jsonl", _rows("ferry-wire"))
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "New since the last update" not in index and "1 new article" in index


def test_an_idle_rerun_keeps_the_news_and_remakes_an_edited_what_is_new_page(
    tmp_path: Path, summaries: list[list[str]]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _write_jsonl(folder / "day1.jsonl", _rows("ferry-gazette", "ferry-courier"))
    site = tmp_path / "site"
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    _write_jsonl(folder / "day2.jsonl", _rows("ferry-wire", "museum-courier", "museum-wire"))
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    updated = _site_bytes(site)
    summaries.clear()
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    assert summaries == []  # the updated story and the new one are kept, news and all
    assert _site_bytes(site) == updated
    (page,) = site.glob("*.new.html")
    page.write_text(page.read_text(encoding="utf-8") + "<!-- mine -->", encoding="utf-8")
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    ferry = ["ferry-courier", "ferry-gazette", "ferry-wire"]
    assert summaries == [ferry, ["ferry-wire"]]
    assert _site_bytes(site) == updated


def test_a_rerun_says_on_stderr_what_changed_since_the_last_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _write_jsonl(folder / "day1.jsonl", _rows("ferry-gazette", "ferry-courier", "water-wire"))
    site = tmp_path / "site"
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    assert "since the last run" not in capsys.readouterr().err  # there was none
    _write_jsonl(folder / "day1.jsonl", _rows("ferry-gazette", "ferry-courier"))
    _write_jsonl(folder / "day2.jsonl", _rows("ferry-wire", "museum-courier", "museum-wire"))
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    changes = "since the last run: 3 articles added, 1 removed; 1 story with news, 1 new, 1 gone"
    assert f"; {changes}\n" in capsys.readouterr().err
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    assert "; no article added or removed since the last run\n" in capsys.readouterr().err


def test_the_address_of_a_story_merged_into_another_leads_to_it(
    inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader's link to a story that a rerun groups into another one (a bridging article
    joins two stories) finds a page that leads to the story now telling it, not a missing
    file; while that story lasts, on every rerun, and in stories.json."""
    import summarizer.group

    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    water, museum = _slug_of(site, "water-wire"), _slug_of(site, "museum-wire")
    real = summarizer.group.group_stories

    monkeypatch.setattr(summarizer.group, "group_stories", _water_and_museum_joined(real))
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    (kept, gone) = (water, museum) if _slug_of(site, "museum-wire") == water else (museum, water)
    assert _slug_of(site, "water-wire") == _slug_of(site, "museum-wire") == kept
    moved = (site / f"{gone}.html").read_text(encoding="utf-8")
    assert f'now told with another one: <a href="{kept}.html">' in moved
    assert _listing(site)["moved"] == {gone: kept}
    before = _site_bytes(site)
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    assert _site_bytes(site) == before


def test_a_story_grouped_apart_again_gets_its_own_address_back(
    inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A story merged into another (a bridging article) and then apart again (the article
    removed) is at its own address again: it got '<slug>-2', and its own address still led to
    the other story."""
    import summarizer.group

    site = tmp_path / "site"
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    first = {_slug_of(site, key): key for key in ("water-wire", "museum-wire")}
    real = summarizer.group.group_stories

    monkeypatch.setattr(summarizer.group, "group_stories", _water_and_museum_joined(real))
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    assert len(_listing(site)["moved"]) == 1  # type: ignore[arg-type]
    monkeypatch.setattr(summarizer.group, "group_stories", real)
    assert main(["stories", str(inputs), "-o", str(site)]) == 0
    assert {_slug_of(site, key): key for key in ("water-wire", "museum-wire")} == first
    assert "moved" not in _listing(site)
    for story in _listing(site)["stories"]:  # type: ignore[attr-defined]
        page = (site / f"{story['slug']}.html").read_text(encoding="utf-8")
        assert "now told with another one" not in page and escape(story["headline"]) in page


def test_control_characters_of_the_input_never_reach_the_sites_pages(tmp_path: Path) -> None:
    # The index and the story pages wrote a title's or a text's "\u0007" and "\u0093" raw, which
    # HTML forbids.
    rows = [
        (doc_id, event, f"{outlet}\x1b", day, f"{title}\x07", text.replace(" ", "\x93 ", 1))
        for doc_id, event, outlet, day, title, text in _ARTICLES[:3]
    ]
    site = tmp_path / "site"
    assert main(["stories", str(_write_jsonl(tmp_path / "feed.jsonl", rows)), "-o", str(site)]) == 0
    pages = sorted(site.glob("*.html"))
    assert len(pages) >= 2
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", html), page.name
        assert "\ufffd" in html


def test_a_french_index_elides_de_before_an_outlet_that_opens_with_a_vowel(
    tmp_path: Path,
) -> None:
    # The index wrote "3 articles de Agence Hexa, ...".
    folder = Path(__file__).parent.parent / "examples" / "valmorin-transports-gratuits"
    site = tmp_path / "site"
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "3 articles d&#39;Agence Hexa, Le Courrier de Valmorin et Radio Causse" in index
    assert "de Agence" not in index


# Issue 14: one wire text in two files and in an outlet's feed, and a text of another paper's own.
_WIRE_BODY = (
    "The passenger ferry between Cobble Point and Hensby Island resumed sailings on Thursday "
    "morning after three days of cancellations caused by a winter storm.\n\n"
    "Engineers spent Wednesday inspecting the Hensby slipway, where high waves had loosened "
    "several concrete slabs, and judged it safe for light vehicles.\n\n"
    "Heavy lorries will not be carried until repairs are finished next week, the company said."
)
_HERALD = (
    "Island ferry back in service as slipway repairs begin\n\n"
    "Sailings to Hensby Island restarted on Thursday, ending three days in which the storm had "
    "cut the island off from the mainland.\n\n"
    "Islanders queued at the Cobble Point terminal before dawn, many of them carrying shopping "
    "for neighbours who had run short of food.\n\n"
    "A spokeswoman for the ferry company said the damaged slipway would be repaired over the "
    "coming week and that lorries would wait until then."
)


def _wire_feed(outlet: str) -> str:
    paragraphs = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in _WIRE_BODY.split("\n\n"))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{outlet}</title><link>https://wire.example/</link>
<item><guid>https://wire.example/{outlet.lower()}/ferry</guid>
<title>Ferry service resumes after storm</title><pubDate>Thu, 12 Feb 2032 10:00:00 GMT</pubDate>
<description>{paragraphs}</description></item>
</channel></rss>
"""


def _copies_folder(folder: Path, *outlets: str) -> Path:
    """wire.txt and wire-copy.txt (one text under its headline), herald.txt, and the wire's text
    in a feed of each of ``outlets``."""
    folder.mkdir()
    wire = f"Ferry service resumes after storm\n\n{_WIRE_BODY}\n"
    (folder / "wire.txt").write_text(wire, encoding="utf-8")
    (folder / "wire-copy.txt").write_text(wire, encoding="utf-8")
    (folder / "herald.txt").write_text(_HERALD + "\n", encoding="utf-8")
    for outlet in outlets:
        (folder / f"{outlet.lower()}.rss").write_text(_wire_feed(outlet), encoding="utf-8")
    return folder


def test_one_text_under_two_ids_counts_once_in_the_index_the_page_and_min_sources(
    tmp_path: Path,
) -> None:
    """Two texts, four articles: the index and the page say so, and --min-sources 3 does not
    list the story (it listed it: "4 articles, 1 from Northwire, 3 with no outlet named")."""
    folder = _copies_folder(tmp_path / "in", "Northwire")
    site = tmp_path / "site"
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "4 articles (2 word-for-word copies), 1 from Northwire, 1 with no outlet named" in index
    (story,) = _listing(site)["stories"]  # type: ignore[misc]
    assert len(story["articles"]) == 4  # every article recorded
    reuse = story["reuse"]
    assert (reuse["n_named"], reuse["n_unnamed"], reuse["n_copies"]) == (1, 1, 2)
    page = (site / story["page"]).read_text(encoding="utf-8")
    assert "2 sources and 2 word-for-word copies, 1 from 1 outlet and 1 with no outlet named" in (
        page
    )
    assert "Sources (4)" in page and page.count('<p class="copy">') == 2
    assert "of 4 sources" not in page and "3 of" not in page
    hidden = tmp_path / "hidden"
    assert main(["stories", str(folder), "-o", str(hidden), "--min-sources", "3"]) == 0
    assert [s["shown"] for s in _listing(hidden)["stories"]] == [False]  # type: ignore[attr-defined]
    assert main(["stories", str(folder), "-o", str(hidden), "--min-sources", "2"]) == 0
    assert [s["shown"] for s in _listing(hidden)["stories"]] == [True]  # type: ignore[attr-defined]


def test_two_outlets_that_ran_one_wire_text_count_as_two_outlets(tmp_path: Path) -> None:
    """Each outlet published it: --min-sources reads outlets, so the story has three."""
    folder = _copies_folder(tmp_path / "in", "Northwire", "Southport Post")
    site = tmp_path / "site"
    assert main(["stories", str(folder), "-o", str(site), "--min-sources", "3"]) == 0
    index = (site / "index.html").read_text(encoding="utf-8")
    assert (
        "5 articles (3 word-for-word copies), 1 from Northwire and Southport Post, "
        "1 with no outlet named"
    ) in index


_KILN_WIRE = (
    "A fire broke out in the old pottery kiln on Mill Lane on Sunday evening.\n\n"
    "Four fire engines were sent and the blaze was out by midnight.\n\n"
    "Nobody was inside the building, the fire service said.\n\n"
    "The kiln, built in 1872, was due to reopen as a museum in the spring.\n\n"
    "Investigators will return on Monday to find the cause.\n"
)


def test_a_story_re_sent_corrected_counts_once_in_the_index_and_min_sources(
    tmp_path: Path,
) -> None:
    """Issue 12: the wire's story and its corrected version (a figure changed) are one text: the
    index says "3 articles (1 near copy)", and --min-sources 3 does not list the story (it did:
    three articles, none naming an outlet, were three sources)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "kiln.txt").write_text(_KILN_WIRE, encoding="utf-8")
    corrected = _KILN_WIRE.replace("Four fire engines", "Five fire engines")
    (folder / "kiln-corrected.txt").write_text(corrected, encoding="utf-8")
    lane = (
        "Residents of Mill Lane said they saw smoke over the kiln at about seven on Sunday "
        "evening. The street was closed to traffic until the fire in the kiln was out after "
        "midnight. The town council said the museum project in the old kiln would go ahead.\n"
    )
    (folder / "lane.txt").write_text(lane, encoding="utf-8")
    site = tmp_path / "site"
    assert main(["stories", str(folder), "-o", str(site)]) == 0
    (story,) = _listing(site)["stories"]  # type: ignore[misc]
    assert len(story["articles"]) == 3
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "3 articles (1 near copy)" in index
    assert (story["reuse"]["n_copies"], story["reuse"]["n_near_copies"]) == (0, 1)
    page = (site / story["page"]).read_text(encoding="utf-8")
    assert "2 sources and 1 near copy" in page and "of 3 sources" not in page
    hidden = tmp_path / "hidden"
    assert main(["stories", str(folder), "-o", str(hidden), "--min-sources", "3"]) == 0
    assert [s["shown"] for s in _listing(hidden)["stories"]] == [False]  # type: ignore[attr-defined]
    assert main(["stories", str(folder), "-o", str(hidden), "--min-sources", "2"]) == 0
    assert [s["shown"] for s in _listing(hidden)["stories"]] == [True]  # type: ignore[attr-defined]


def test_a_story_without_a_briefing_counts_a_text_once() -> None:
    """Counted from its articles' text when there is no briefing to read it from."""
    copy = Document(_FLOOD, "d1", source="Courier")
    story = Story("s", (copy, replace(copy, id="d2", source=None), Document(_HERALD, "d3")), None)
    assert (story.outlets, story.unnamed, story.sources) == (("Courier",), 1, 2)


def test_a_story_is_ranked_by_its_texts_not_by_its_copies(tmp_path: Path) -> None:
    """Three copies of one text are not a larger story than two articles of their own."""
    from summarizer import summarize

    wire = Document(_WIRE_BODY, "wire")
    copies = (wire, replace(wire, id="wire-2"), replace(wire, id="wire-3"))
    # Each with a sentence of its own: an article that is the other with a sentence cut is a
    # near copy of it (text.near_copies), one text.
    flood = tuple(Document(f"{_FLOOD} {_FLOOD_ENDINGS[k]}", f"f{k + 1}") for k in range(2))
    stories = [
        Story("s-a", copies, summarize(copies)),
        Story("s-b", flood, summarize(flood)),
    ]
    write_site(stories, tmp_path)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert index.index('id="s-b"') < index.index('id="s-a"')
    assert "3 articles (2 word-for-word copies)" in index


# Two days of one export, a.jsonl, whose records give no id: their ids are made by position
# (a-1, a-2 ...), so the second day's articles take the first day's ids.
_DAY_ONE = (
    (
        "A fire destroyed the old brick kiln at the Marrowby pottery works on Tuesday evening. Crews "
        "from three stations fought the blaze for four hours. The owner, Ellen Vance, said the kiln "
        "had been in use since 1912 and could not be replaced."
    ),
    (
        "Firefighters spent four hours on Tuesday battling a blaze that destroyed the historic brick "
        "kiln at the Marrowby pottery works. Owner Ellen Vance said the kiln, built in 1912, was "
        "irreplaceable."
    ),
)
_DAY_TWO = (
    (
        "The Kellheim town council elected Anna Berger as mayor on Wednesday with 21 of 35 votes. "
        "Berger said her first task would be repairing the primary school's leaking roof."
    ),
    (
        "Heavy rain flooded the market square in Tollside on Saturday morning and traders closed "
        "their stalls. More than 60 millimetres fell overnight, overwhelming the town's drains."
    ),
)


def _day(path: Path, texts: Sequence[str]) -> Path:
    path.write_text("".join(json.dumps({"text": text}) + "\n" for text in texts), "utf-8")
    return path


def test_another_article_under_an_earlier_articles_id_does_not_take_its_story(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The kiln story's address went to the Kellheim election (a-1), and the summary line said
    # "0 articles added, 1 removed; 0 stories with news, 0 new, 0 gone".
    source, site = tmp_path / "a.jsonl", tmp_path / "site"
    assert main(["stories", str(_day(source, _DAY_ONE)), "-o", str(site)]) == 0
    (kiln,) = [story["slug"] for story in _listing(site)["stories"]]  # type: ignore[attr-defined]
    capsys.readouterr()
    assert main(["stories", str(_day(source, _DAY_TWO)), "-o", str(site)]) == 0
    stories = _listing(site)["stories"]
    assert kiln not in {story["slug"] for story in stories}  # type: ignore[attr-defined]
    assert all(story.get("new_story") for story in stories)  # type: ignore[attr-defined]
    assert "2 articles added, 2 removed; 0 stories with news, 2 new, 1 gone" in (
        capsys.readouterr().err
    )


@pytest.mark.parametrize(
    "edit",
    [
        lambda text: text.replace("four hours", "five hours"),
        lambda text: text + " The works will stay closed for at least a month.",
        lambda text: text[: text.rindex(" The owner")],
    ],
)
def test_an_article_edited_under_its_id_keeps_its_story(
    tmp_path: Path, edit: Callable[[str], str]
) -> None:
    source, site = tmp_path / "a.jsonl", tmp_path / "site"
    assert main(["stories", str(_day(source, _DAY_ONE[:1])), "-o", str(site)]) == 0
    (kiln,) = [story["slug"] for story in _listing(site)["stories"]]  # type: ignore[attr-defined]
    assert main(["stories", str(_day(source, [edit(_DAY_ONE[0])])), "-o", str(site)]) == 0
    assert [story["slug"] for story in _listing(site)["stories"]] == [kiln]  # type: ignore[attr-defined]


def _water_and_museum_joined(real: Callable[..., Any]) -> Callable[..., Any]:
    """``group_stories`` as ``real`` groups, but the water and museum stories told as one (a
    bridging article's effect), the other stories as they are."""

    def joined(documents: object, **kwargs: object) -> tuple[tuple[Document, ...], ...]:
        groups = real(documents, **kwargs)
        both = [g for g in groups if any(str(d.id).startswith(("water", "museum")) for d in g)]
        rest = [g for g in groups if g not in both]
        return (*rest, tuple(d for g in both for d in g))

    return joined


def test_a_site_of_many_pages_lists_its_folder_once_and_syncs_only_its_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each page's write listed the folder (a site of 3,000 pages read 9 million names) and
    # waited for the disk (fsync, a few ms each). The record and the index are still synced;
    # a page that did not reach the disk is one the next run rewrites (its digest differs).
    from summarizer import summarize

    stories = []
    for n in range(12):
        doc = Document(
            f"The Tamsel ferry number {n} ran aground in fog near Holloway on its morning crossing.",
            f"item-{n}",
            f"Ferry {n} aground",
        )
        stories.append(Story(f"s-{n}", (doc,), summarize([doc])))
    stale = tmp_path / ".s-3.html.999999999.abcd.tmp"
    stale.write_text("left by a killed run", encoding="utf-8")
    calls = {"listdir": 0, "fsync": 0}
    real_listdir, real_fsync = os.listdir, os.fsync

    def listdir(path: Any = ".") -> list[str]:
        calls["listdir"] += 1
        return real_listdir(path)

    def fsync(fd: int) -> None:
        calls["fsync"] += 1
        real_fsync(fd)

    monkeypatch.setattr(os, "listdir", listdir)
    monkeypatch.setattr(os, "fsync", fsync)
    written = write_site(stories, tmp_path)
    assert len(written) == 14 and all(path.is_file() for path in written)
    assert calls == {"listdir": 1, "fsync": 2}
    assert not stale.exists()
