"""Limits: a very large article, a very large cluster, and text that could make a stage quadratic.

Sizes are chosen for CI on 2 cores; the timing checks compare two sizes in the same run (a ratio),
never an absolute time, so a slow or busy machine does not fail them.

- A single 5 MB article through the CLI, peak memory measured in a child process
  (``SUMMARIZER_BIG_MB=50`` runs the 50 MB case by hand; measured once, see the test's docstring).
- A cluster of 10,000 small documents through the Python API.
- A paragraph without sentence punctuation: 1 MB may cost at most 8 times 250 kB.
- A "sentence" of a text without sentence ends: its key terms read a bounded share of it, and
  score reads it in pieces to the same result.
- Rendering a briefing whose points cite thousands of sources.

The large cases are marked ``slow`` (deselect with ``-m "not slow"``); together they take about
40 s of CPU here (more wall time when the machine is shared).
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import textwrap
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from conftest import REPO
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer import Briefing, Document, render, score, summarize
from summarizer.keyterms import key_terms
from summarizer.score import score_sentences
from summarizer.split import split_sentences
from summarizer.types import Citation, OutputFormat, Point, Sentence, Source

# Sentences about an invented event, written for these tests; numbered when repeated so that no
# two sentences of a large input are identical.
SENTENCES = (
    "The Orlen valley dam released water on Thursday after three days of heavy rain",
    "Emergency crews moved residents of Lower Orlen to the school gymnasium overnight",
    "The regional water authority said the reservoir had reached 97 percent of its capacity",
    "Officials expect the river to peak near the old mill bridge on Friday afternoon",
    "Trains between Orlen and Kessau were suspended because the track was under water",
    "Volunteers filled sandbags at the fire station on Wednesday night",
    "Forecasters predict drier weather from Sunday, which should let the water recede",
)
# Linear work on 4 times the input takes about 4 times as long; allow twice that for noise and
# for the n log n parts (sorting), far below the 16 times of a quadratic stage.
MAX_RATIO_4X = 8.0
# Extra peak memory of the CLI per byte of input, above its start-up footprint. Measured: about
# 14 (5 MB: +72 MB; 50 MB: +711 MB), from the text, its sentences, the TF-IDF matrix and the
# rendered HTML, which holds the whole article.
MAX_RSS_PER_INPUT_BYTE = 30


def article(n_bytes: int) -> str:
    """A long article of numbered sentences in paragraphs of six."""
    parts: list[str] = []
    size = i = 0
    while size < n_bytes:
        sentence = f"{SENTENCES[i % len(SENTENCES)]} in district {i}."
        parts.append(sentence + ("\n\n" if i % 6 == 5 else " "))
        size += len(sentence) + 1
        i += 1
    return "".join(parts)


def unpunctuated(n_bytes: int) -> str:
    """One paragraph of words and no sentence punctuation at all."""
    words = " ".join(SENTENCES).replace(",", "").split()
    out: list[str] = []
    size = i = 0
    while size < n_bytes:
        word = words[i % len(words)] if i % 17 else f"district{i}"
        out.append(word)
        size += len(word) + 1
        i += 1
    return " ".join(out)


def check_invariants(briefing: Briefing, n_inputs: int, max_words: int) -> None:
    by_id = {d.id: d for d in briefing.documents}
    assert len(briefing.sources) == len(by_id) == n_inputs
    for point in briefing.points:
        assert by_id[point.citations[0]].text[point.start : point.end] == point.text
        assert set(point.citations) <= set(by_id)
    assert briefing.word_count <= max_words


def elapsed(call: Callable[[], object], repeat: int = 3) -> float:
    """CPU seconds of ``call``, the least of ``repeat`` runs, with the cyclic collector paused.

    CPU time, so other processes' load does not count; the least of several runs, so one
    interruption does not count either. The collector is paused because the cost of a full
    collection follows the heap that the rest of the test session left behind, not the input:
    in a full suite run one collection landing in the larger run made a linear stage look
    quadratic (8 times the sources took 22 times as long; 8.5 times with the collector paused).
    """
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        paused = gc.isenabled()
        gc.disable()
        try:
            start = time.process_time()
            call()
            best = min(best, time.process_time() - start)
        finally:
            if paused:
                gc.enable()
    return best


# --------------------------------------------------------------------------------------------
# One very large article
# --------------------------------------------------------------------------------------------

# Runs the CLI as a child of a small wrapper, which reports the child's peak RSS (kB on Linux).
_MEASURE = textwrap.dedent(
    """
    import resource, subprocess, sys
    proc = subprocess.run([sys.executable, "-m", "summarizer", *sys.argv[1:]], capture_output=True)
    sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
    print(proc.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    """
)


def _peak_rss_kb(*argv: str) -> int:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        [sys.executable, "-c", _MEASURE, *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=1800,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    code, rss = proc.stdout.split()
    assert code == "0", proc.stderr
    assert "Traceback" not in proc.stderr
    return int(rss)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in kB on Linux only")
def test_large_article_finishes_in_bounded_memory(tmp_path: Path) -> None:
    """A 5 MB article (50 MB with SUMMARIZER_BIG_MB=50) gives a briefing in bounded memory.

    Measured once by hand on 2 shared cores: 50 MB (50,069,059 bytes) took 75 s of CPU
    (354 s wall on a busy machine) and peaked at 854 MB RSS against 143 MB for a tiny input;
    5 MB took 12 s of CPU and peaked at 215 MB.
    """
    megabytes = float(os.environ.get("SUMMARIZER_BIG_MB", "5"))
    big = tmp_path / "big.txt"
    big.write_text(article(int(megabytes * 1_000_000)), encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text(article(2_000), encoding="utf-8")
    output = tmp_path / "briefing.json"
    size = big.stat().st_size
    max_bytes = str(size + 1)

    baseline = _peak_rss_kb(str(small), "-o", str(output), "--max-bytes", max_bytes)
    peak = _peak_rss_kb(str(big), "-o", str(output), "--max-bytes", max_bytes)
    data = json.loads(output.read_text(encoding="utf-8"))
    text = big.read_text(encoding="utf-8")
    assert data["points"]
    for point in data["points"]:
        assert point["text"] in text
    extra_bytes = (peak - baseline) * 1024
    assert extra_bytes < MAX_RSS_PER_INPUT_BYTE * size, (
        f"peak RSS {peak // 1024} MB vs {baseline // 1024} MB for a tiny input"
    )


# --------------------------------------------------------------------------------------------
# A very large cluster
# --------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_ten_thousand_small_documents() -> None:
    n = 10_000
    docs = [
        Document(
            f"{SENTENCES[i % 7]} in district {i % 97}. {SENTENCES[(i * 3 + 1) % 7]}, report {i} said. "
            f"Report {i} was filed by the desk of outlet {i % 41}.",
            source=f"Outlet {i % 41}",
            date=f"2024-05-{1 + i % 28:02d}",
        )
        for i in range(n)
    ]
    briefing = summarize(docs, max_words=100)
    check_invariants(briefing, n, 100)
    assert briefing.points
    assert [s.id for s in briefing.sources] == [d.id for d in briefing.documents]
    assert json.loads(render(briefing, "json"))["sources"][-1]["id"] == briefing.sources[-1].id


# --------------------------------------------------------------------------------------------
# No stage goes quadratic
# --------------------------------------------------------------------------------------------


@pytest.mark.slow
# One sentence of a quarter or a whole million characters fits no 100-word budget: the briefing
# is empty, and the API says so (test_pipeline.py tests the warning); here only time counts.
@pytest.mark.filterwarnings("ignore::summarizer.pipeline.EmptyBriefingWarning")
def test_unpunctuated_paragraph_is_roughly_linear() -> None:
    """A 1 MB paragraph with no sentence punctuation costs at most ~8x a 250 kB one (not 16x)."""
    summarize([article(5_000)], max_words=50)  # imports and lazy set-up out of the timing
    small, large = unpunctuated(250_000), unpunctuated(1_000_000)
    results: dict[int, Briefing] = {}

    def run(text: str) -> None:
        results[len(text)] = summarize([text], max_words=100)

    ratio = elapsed(lambda: run(large)) / elapsed(lambda: run(small))
    assert ratio < MAX_RATIO_4X, f"1 MB took {ratio:.1f} times as long as 250 kB"
    for text in (small, large):
        check_invariants(results[len(text)], 1, 100)


def _one_sentence(n_bytes: int) -> list[Sentence]:
    """Four articles, each one "sentence" of ``n_bytes`` of words (no sentence end)."""
    text = unpunctuated(n_bytes)
    return [Sentence(f"d{k}", 0, 0, len(text), text) for k in range(4)]


def test_key_terms_of_sentences_without_ends_are_bounded() -> None:
    """A "sentence" of a text without sentence ends is read through its first words only:
    4 times the text costs the key terms less than 2.5 times the CPU time and no more memory.

    Reading every word cost 84 s of CPU and more than 1.4 GB for one line of 50 MB (most of
    it here), for the key terms of a briefing that no sentence fits.
    """
    small, large = _one_sentence(250_000), _one_sentence(1_000_000)
    assert key_terms(small) == key_terms(large)  # the same first words
    ratio = elapsed(lambda: key_terms(large), repeat=5) / elapsed(
        lambda: key_terms(small), repeat=5
    )
    assert ratio < 2.5, f"4x the sentence took {ratio:.1f} times as long (linear: 4)"
    peaks = []
    for sentences in (small, large):
        tracemalloc.start()
        try:
            key_terms(sentences)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
    assert peaks[1] < 1.5 * peaks[0], f"peak {peaks[1]} bytes against {peaks[0]} (4x the text)"


# Memory the score stage may hold at its peak per character of one long line of words, above
# what it holds before. Measured (tracemalloc, 2 MB of this test's words): 7.7 while the count
# matrix was built with the list of every token held, 8-byte codes copied at each step and a
# float per token; 5.4 since.
MAX_SCORE_BYTES_PER_CHARACTER = 6.5


def test_scoring_a_line_of_words_holds_few_bytes_per_character() -> None:
    """A 50 MB line of words peaked at 875 MB, most of it the count matrix's work arrays."""
    from summarizer.split import split_documents

    words = " ".join(SENTENCES).replace(",", "")
    text = " ".join([words] * (2_000_000 // (len(words) + 1)))
    score_sentences(split_documents([Document(words + ".", id="w")]))  # first-use tables
    sentences = split_documents([Document(text, id="a")])
    assert len(sentences) == 1
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        score_sentences(sentences)
        per_character = (tracemalloc.get_traced_memory()[1] - before) / len(text)
    finally:
        tracemalloc.stop()
    assert per_character < MAX_SCORE_BYTES_PER_CHARACTER, f"{per_character:.1f} bytes a character"


def test_cleaning_a_line_of_words_makes_no_copy_of_it() -> None:
    """Cleaning reads a long line without a newline and copies none of it: a short-line test
    counting its first words took the rest of the line as a string of its own (a 50 MB copy)."""
    from summarizer.clean import clean_document

    words = " ".join(SENTENCES).replace(",", "")
    text = " ".join([words] * (2_000_000 // (len(words) + 1)))
    clean_document(Document(words, id="w"))  # first-use tables
    gc.collect()
    tracemalloc.start()
    try:
        clean_document(Document(text, id="a"))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < len(text) / 4, f"peak {peak} bytes for a line of {len(text)} characters"


def test_a_long_sentence_scores_the_same_read_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence longer than LONG_SENTENCE_CHARS is split a piece at a time, to the same scores."""
    texts = [
        f"{SENTENCES[k % 7]} and {SENTENCES[(k + 3) % 7].lower()}, said Ada Vell in report {k}."
        for k in range(40)
    ]
    sentences = [Sentence(f"d{k % 3}", k // 3, 0, len(t), t) for k, t in enumerate(texts)]
    long = "   " + " ".join(texts) + "  "
    sentences.append(Sentence("d9", 0, 0, len(long), long))
    whole = score_sentences(sentences)
    monkeypatch.setattr(score, "LONG_SENTENCE_CHARS", 7)
    pieces = score_sentences(sentences)
    assert (whole.matrix != pieces.matrix).nnz == 0
    assert whole.matrix.shape == pieces.matrix.shape
    assert np.array_equal(whole.relevance, pieces.relevance)
    assert np.array_equal(whole.words, pieces.words)
    assert whole.key_terms == pieces.key_terms and whole.reasons == pieces.reasons
    assert whole.later_tokens == pieces.later_tokens and whole.stems == pieces.stems


@pytest.mark.parametrize(
    "unit",
    ["A. ", "Mr. ", "U.S. ", "- a\n", "!? ", "... ", "1.) a ", '"Hi," ', "東京。", "a", "\n"],
)
def test_splitter_is_linear_on_pathological_text(unit: str) -> None:
    """Runs of abbreviations, initials, list markers and the like do not make splitting quadratic."""
    split_sentences(unit * 100)
    small, large = unit * (60_000 // len(unit)), unit * (240_000 // len(unit))
    # Least of three: one run of a few milliseconds is at the mercy of a garbage collection.
    t_small = elapsed(lambda: split_sentences(small), repeat=3)
    t_large = elapsed(lambda: split_sentences(large), repeat=3)
    if t_large < 0.05:
        return  # too fast to time reliably, hence not quadratic
    assert t_large / max(t_small, 1e-3) < MAX_RATIO_4X


def _wide_briefing(n_sources: int, n_points: int = 5) -> Briefing:
    """A briefing whose every point is reported, at the same offsets, by all ``n_sources``."""
    sentences = [
        f"Statement {k} about the dam was reported by every outlet." for k in range(n_points)
    ]
    text = " ".join(sentences)
    docs = tuple(Document(text, id=f"d{i}", source=f"Outlet {i}") for i in range(n_sources))
    points = []
    for k, sentence in enumerate(sentences):
        start = text.index(sentence)
        end = start + len(sentence)
        evidence = tuple(Citation(d.id, start, end, 1.0) for d in docs)
        points.append(
            Point(sentence, "d0", start, end, 1.0, tuple(d.id for d in docs), evidence, k)
        )
    sources = tuple(Source(str(d.id), None, d.source, None, None, n_points) for d in docs)
    return Briefing(tuple(points), sources, docs)


def _advertised_briefing(n_paragraphs: int) -> Briefing:
    """A summary of one article whose every paragraph is followed by a removed "Advertisement"."""
    text = "\n\n".join(
        f"The harbour board met for session {k} and approved item {k} of the plan.\n\nAdvertisement"
        for k in range(n_paragraphs)
    )
    briefing = summarize([text, text.replace("harbour", "river")], max_words=40)
    assert len(briefing.documents[0].removed) == n_paragraphs
    return briefing


@pytest.mark.parametrize("output_format", ["html", "md", "text"])
def test_render_many_removed_paragraphs_is_roughly_linear(output_format: OutputFormat) -> None:
    """4 times the paragraphs, each with a removed line, may cost at most 8 times as long to render.

    Rendering placed every paragraph against every visible interval: 2,500 paragraphs took
    3.5 s and 10,000 took 33 s to HTML.
    """
    small, large = _advertised_briefing(500), _advertised_briefing(2_000)
    ratio = elapsed(lambda: render(large, output_format)) / elapsed(
        lambda: render(small, output_format)
    )
    assert ratio < MAX_RATIO_4X, f"4x the paragraphs took {ratio:.1f} times as long"


@pytest.mark.slow
def test_render_many_cited_sources_is_roughly_linear() -> None:
    """8 times the sources may cost at most 16 times as long to render (quadratic: 64 times)."""
    render(_wide_briefing(5), "md")
    small, large = _wide_briefing(200), _wide_briefing(1600)
    ratio = elapsed(lambda: render(large, "md")) / elapsed(lambda: render(small, "md"))
    assert ratio < 2 * MAX_RATIO_4X, f"8x the sources took {ratio:.1f} times as long"


# --------------------------------------------------------------------------------------------
# Every shape of hostile text grows linearly through every stage (issue 15.2)
# --------------------------------------------------------------------------------------------

# A short article of our own the hostile block is put into, so that every stage runs (an input of
# nothing but the block may be refused before it reaches cleaning or scoring).
_PROSE = (
    "The harbour ferry left at seven on Monday with forty passengers aboard.\n\n"
    "Its captain said the crossing took two hours because of strong winds.\n\n"
)


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: unit * (n // len(unit))


# name -> a block of about n characters. Each shape once took, or could take, quadratic time in one
# stage: a long run with no "@" after it (clean's contact pattern), words joined by commas (score's
# token tuple), a long run of spaces (clean's trailing-rule pattern), many short lines (clean's
# removal merge), and the rest of the usual suspects of regex backtracking and nested loops.
HOSTILE_SHAPES: dict[str, Callable[[int], str]] = {
    "run before at-sign": lambda n: "x" * n + " @\n\n",
    "comma-joined words": lambda n: ",".join(f"ferry{i}" for i in range(n // 10)) + "\n\n",
    "run of spaces": lambda n: "The ferry left" + " " * n + "on time.\n\n",
    "short lines": lambda n: "".join(f"Ferry {i}\n" for i in range(n // 9)) + "\n",
    "short paragraphs": lambda n: "".join(f"Ferry {i} left.\n\n" for i in range(n // 17)),
    "one long sentence": lambda n: " ".join(f"ferry{i} and" for i in range(n // 12)) + ".\n\n",
    "line without spaces": _repeat("harbour"),
    "quotes": _repeat('"'),
    "quoted words": _repeat('"ferry" '),
    "open brackets": _repeat("(a "),
    "dashes": _repeat("-"),
    "spaced dashes": _repeat(" -- ferry"),
    "dots": _repeat(". "),
    "abbreviations": _repeat("Mr. "),
    "addresses": lambda n: " ".join(f"a{i}@b.com" for i in range(n // 10)) + "\n\n",
    "links": lambda n: " ".join(f"http://a.example/{i}" for i in range(n // 20)) + "\n\n",
    "capital lines": lambda n: "".join(f"FERRY {i} LEFT\n" for i in range(n // 14)),
    "digits": _repeat("1"),
    # Near-copies that differ in their figures (a table of results written out as sentences):
    # with more of them than a pick is compared with (same.MAX_CANDIDATES), every pick was read
    # against the copies already passed over, and MMR went through them one at a time.
    "numbered near-copies": lambda n: (
        " ".join(f"Ferry {i} carried {i * 7} cars in hour {i}." for i in range(n // 42)) + "\n\n"
    ),
}


def _pipeline_seconds(block: str) -> float:
    text = _PROSE + block + "\n\n" + _PROSE.replace("Monday", "Tuesday")
    other = "The ferry crossing on Monday took two hours in strong winds."

    def run() -> None:
        render(summarize([text, other], max_words=60), "json")

    return elapsed(run, repeat=3)


@pytest.mark.parametrize("shape", sorted(HOSTILE_SHAPES))
def test_hostile_shape_grows_linearly(shape: str) -> None:
    """4 times the hostile block costs at most ~8 times as long through every stage (not 16)."""
    make = HOSTILE_SHAPES[shape]
    _pipeline_seconds(make(1_000))  # imports and lazy set-up out of the timing
    small, large = _pipeline_seconds(make(20_000)), _pipeline_seconds(make(80_000))
    if large < 0.05:
        return  # too fast to time reliably at 80 kB, hence not quadratic
    ratio = large / max(small, 1e-3)
    assert ratio < MAX_RATIO_4X, f"{shape}: 4x the input took {ratio:.1f} times as long"


def test_contact_pattern_is_linear_on_a_long_run() -> None:
    """A run of word characters with no address after it is scanned once, not once per position."""
    from summarizer.noise import _CONTACT_RE

    assert _CONTACT_RE.search("write to desk.news@example.org today")
    small, large = "x" * 20_000 + " @", "x" * 80_000 + " @"
    t_small = elapsed(lambda: _CONTACT_RE.search(small), repeat=3)
    t_large = elapsed(lambda: _CONTACT_RE.search(large), repeat=3)
    if t_large < 0.01:
        return  # microseconds: linear (the quadratic pattern took seconds here)
    assert t_large / max(t_small, 1e-4) < MAX_RATIO_4X


@pytest.mark.parametrize("run", ["x", " "])
def test_an_author_field_of_one_long_run_is_read_in_linear_time(run: str) -> None:
    """An e-mail address is cut out of an author's field (RSS's <author>, a record's "author")
    without trying every position of a run: 100,000 letters took 68 s, as did spaces."""
    from summarizer.records import byline_of

    assert byline_of(["ana@gazette.example (Ana Reyes)", "Bo Lind <bo@lind.example>"]) == (
        "Ana Reyes, Bo Lind"
    )
    small, large = run * 5_000 + "x", run * 20_000 + "x"
    t_small = elapsed(lambda: byline_of([small]), repeat=3)
    t_large = elapsed(lambda: byline_of([large]), repeat=3)
    if t_large < 0.01:
        return  # microseconds: linear (the quadratic pattern took seconds here)
    assert t_large / max(t_small, 1e-4) < MAX_RATIO_4X


def test_a_title_of_dashes_is_read_in_linear_time() -> None:
    """The slug-line test of a title reads each "--" once: 40,000 dashes took 15 s."""
    from summarizer.headline import REASON_SLUG, title_kind

    assert title_kind("Tram--Lynfield,540") == REASON_SLUG
    small, large = "-" * 5_000 + "x", "-" * 20_000 + "x"
    t_small = elapsed(lambda: title_kind(small), repeat=3)
    t_large = elapsed(lambda: title_kind(large), repeat=3)
    if t_large < 0.01:
        return  # microseconds: linear (the quadratic pattern took seconds here)
    assert t_large / max(t_small, 1e-4) < MAX_RATIO_4X


def test_tokens_of_one_long_chunk_are_linear() -> None:
    """The terms of one chunk of words joined without spaces are gathered in linear time."""
    from summarizer.score import _make_tokenizer

    words = [f"ferry{i}" for i in range(80_000)]
    small, large = ",".join(words[:20_000]), ",".join(words)
    assert _make_tokenizer()(small)[:2] == ["ferry0", "ferry1"]
    t_small = elapsed(lambda: _make_tokenizer()(small), repeat=3)
    t_large = elapsed(lambda: _make_tokenizer()(large), repeat=3)
    assert t_large / max(t_small, 1e-3) < MAX_RATIO_4X


# Characters that regular expressions and loops over text treat specially, plus letters and digits.
_HOSTILE_ALPHABET = "aZ7 \n\t.,;:!?\"'“”()[]@/-–—*_#=&<>\ufffd\\"


@pytest.mark.slow
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(unit=st.text(alphabet=_HOSTILE_ALPHABET, min_size=1, max_size=12))
def test_any_repeated_text_grows_linearly(unit: str) -> None:
    """Any short unit repeated to 4x the length costs at most ~8x the CPU time through every stage."""
    small, large = (
        _pipeline_seconds(_repeat(unit)(20_000)),
        _pipeline_seconds(_repeat(unit)(80_000)),
    )
    if large < 0.05:
        return  # too fast to time reliably at 80 kB, hence not quadratic
    ratio = large / max(small, 1e-3)
    assert ratio < MAX_RATIO_4X, f"{unit!r}: 4x the input took {ratio:.1f} times as long"


def _near_copies(paragraphs: int) -> str:
    """A text of one paragraph repeated with other figures in every sentence."""
    return "\n\n".join(
        f"The ferry to Harrow carried {90 + i % 10} cars in hour {i}. "
        f"Crews at pier {i % 7} loaded {i % 13} vans before noon in lane {i}. "
        f"The harbour office said the wait at gate {i} was {i % 5} hours."
        for i in range(paragraphs)
    )


def test_near_copies_with_other_figures_do_not_add_picks(monkeypatch: pytest.MonkeyPatch) -> None:
    """MMR's picks (each a product over every sentence) do not grow with the near-copies.

    Each near-copy reads as another fact (its figures differ), so once the budget's facts were
    found every further pick chained into a point and passed over at most same.MAX_CANDIDATES of
    them: 5, 14 and 26 picks for 300, 1,200 and 4,800 paragraphs (quadratic time: 10 MB of such
    text spent 7 of its 9 s selecting); a count, not a time, so no load can break it.
    """
    from summarizer import select

    calls: list[int] = []
    probability = select._Statements.probability

    def counted(self: select._Statements, i: int) -> np.ndarray:
        calls.append(i)
        return probability(self, i)

    monkeypatch.setattr(select._Statements, "probability", counted)
    picks = []
    for paragraphs in (300, 1200):
        calls.clear()
        briefing = summarize([Document(_near_copies(paragraphs), id="a")], max_words=60)
        assert briefing.points
        picks.append(len(calls))
    assert picks[1] <= picks[0], f"picks for 300 and 1,200 paragraphs: {picks}"
