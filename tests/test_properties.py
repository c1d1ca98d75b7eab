"""Property-based tests: hostile clusters and parameters -> a valid briefing or a documented error.

For arbitrary clusters (1 to 30 documents mixing plain English news sentences written for these
tests with hostile pieces: CJK without spaces, right-to-left scripts, emoji, combining marks,
control characters, very long and very short lines, only stop words, only numbers, one sentence
repeated thousands of times, exact and near duplicates) and arbitrary valid parameters,
``summarize`` either returns a briefing for which DESIGN.md's invariants hold, or raises
``InputError``/``ConfigError``; rendering the briefing never fails.

Budget (2 cores): the hypothesis profile "ci" (tests/conftest.py) is derandomised with 60 examples.
The cluster property runs that budget; each example summarises twice and renders five ways, about
0.1-0.6 s an example, so the module takes well under a minute. The two-process hash-seed test
starts two interpreters (~3 s each).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from conftest import run_python
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer import (
    Briefing,
    ConfigError,
    Document,
    InputError,
    Summarizer,
    render,
    summarize,
)
from summarizer.cli import main
from summarizer.pipeline import DEFAULT_MAX_WORDS
from summarizer.types import count_words

# Plain news sentences about an invented event, written for these tests.
ENGLISH = (
    "The Orlen valley dam released water on Thursday after three days of heavy rain.",
    "Emergency crews moved 1,400 residents of Lower Orlen to the school gymnasium overnight.",
    "The regional water authority said the reservoir had reached 97 percent of its capacity.",
    "Officials expect the river to peak near the old mill bridge on Friday afternoon.",
    "No injuries were reported, although two farm buildings were flooded to the roof.",
    "Mayor Ilse Varga told reporters the evacuation had gone faster than planned.",
    "Forecasters predict drier weather from Sunday, which should let the water recede.",
    "Trains between Orlen and Kessau were suspended because the track was under water.",
    "Volunteers filled more than 20,000 sandbags at the fire station on Wednesday night.",
    "The dam, built in 1962, was last inspected by engineers in the spring.",
    "Insurance companies have opened a hotline for owners of flooded homes.",
    "Dr. Anton Meyer of the weather office said the rainfall was the highest since 1987.",
)
# Hostile fragments: each once, or glued to English sentences.
HOSTILE = (
    "東京都で大規模な洪水が発生し住民約千四百人が避難した。川の水位は金曜日に最高に達する見込み。",
    "北京市今天发生了严重的洪水灾害政府已经疏散了大量居民。",
    "서울에서 홍수가 발생했다。",
    "הסכר שוחרר ביום חמישי לאחר שלושה ימים של גשם כבד.",
    "أطلق السد المياه يوم الخميس بعد ثلاثة أيام من الأمطار الغزيرة.",
    "\u202eThe dam\u202c released \u2067water\u2069 on Thursday.",
    "🌊🌊🌊 🚒🚒 👍🏽👨‍👩‍👧‍👦 🇩🇪",
    "The dam 🌊 released water 💧 on Thursday 🙏.",
    "Z\u0351\u0352\u0353a\u0300\u0301\u0302\u0303l\u0304\u0305g\u0306\u0307o\u0308 text.",
    "e\u0301 e\u0301 cafe\u0301 na\u0308ive.",
    "\x00\x01\x02\x07\x08\x1b[31m\x7f\x85",
    "The\x00dam\x07released\x1bwater.",
    "\u200b\u200c\u200d\ufeff\u00a0\u2028\u2029\u3000",
    "the and of to a in is it that was for on with as by at.",
    "It was. They were. It is. That is.",
    "1 2 3 4 5 6 7 8 9 10. 11 12 13. 2024-05-01 12:00.",
    "3.14159 2.71828 1,000,000 42%.",
    "?",
    ".",
    "!!!???...",
    "a",
    "\n",
    "\n\n\n",
    "  \t  ",
    '"Quote without attribution, all the way through."',
    "Mr. Dr. St. U.S. a.m. p.m. etc. e.g. i.e. No. Vol.",
    "BREAKING: LIVE UPDATES — Share this article — Advertisement — Subscribe now",
    "http://example.invalid/a?b=c&d=e#f <script>alert(1)</script> {{ x }} {% raw %} **bold** [link](x)",
    "&amp; &lt;b&gt; <b>tag</b> | pipe | # heading\n> quote\n- bullet",
    "\ud800 lone surrogate \udfff",
)
_WORDY = "abcdefghijklmnopqrstuvwxyzAEIOU"


@st.composite
def long_line(draw: st.DrawFn) -> str:
    """A very long line: one word repeated, or a sentence with no punctuation."""
    word = draw(st.sampled_from(["water", "东京", "🌊", "x", "Orlen dam flood", "1"]))
    return " ".join([word] * draw(st.integers(200, 3000)))


@st.composite
def repeated_sentence(draw: st.DrawFn) -> str:
    """The same sentence repeated hundreds or thousands of times."""
    sentence = draw(st.sampled_from(ENGLISH))
    sep = draw(st.sampled_from([" ", "\n", "\n\n"]))
    return sep.join([sentence] * draw(st.integers(100, 3000)))


piece = st.one_of(
    st.sampled_from(ENGLISH),
    st.sampled_from(ENGLISH),
    st.sampled_from(HOSTILE),
    st.text(max_size=40),
    st.text(
        alphabet=st.characters(codec="utf-8", categories=("Lo", "Mn", "Cc", "So", "Zs", "Po")),
        max_size=30,
    ),
    st.text(alphabet=_WORDY + " .", min_size=1, max_size=80),
    long_line(),
)
separator = st.sampled_from([" ", "\n", "\n\n", "", "  ", "\r\n", "\t"])


@st.composite
def document_text(draw: st.DrawFn) -> str:
    if draw(st.integers(0, 19)) == 0:
        return draw(repeated_sentence())
    parts = draw(st.lists(piece, min_size=0, max_size=12))
    sep = draw(separator)
    return sep.join(parts)


def near_duplicate(text: str, how: int) -> str:
    """A slightly changed copy: the same article as republished by another outlet."""
    if how == 0:
        return text
    if how == 1:
        return text + " Reporting by the news desk."
    if how == 2:
        return text.replace("the ", "The ", 1)
    return "  " + text.rstrip() + "\n"


dates = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "2024-05-01",
            "2024-05-02",
            "May 3, 2024",
            "yesterday",
            "",
            "  ",
            "9999-99-99",
            "2024-02-30",
            "0000-00-00",
            "\x00",
            "2024-05-01T10:00:00+02:00",
            "1 mai 2024",
        ]
    ),
)
ids = st.one_of(
    st.none(), st.sampled_from(["a", "a", "b", "", " ", "doc1", "doc1-2", "日本", "x/y", "<b>"])
)


@st.composite
def cluster(draw: st.DrawFn) -> list[Document | str]:
    n = draw(st.integers(1, 30))
    docs: list[Document | str] = []
    for _ in range(n):
        if docs and draw(st.integers(0, 5)) == 0:
            # An exact or near duplicate of a document already in the cluster.
            earlier = draw(st.sampled_from(docs))
            text = earlier if isinstance(earlier, str) else earlier.text
            text = near_duplicate(text, draw(st.integers(0, 3)))
        else:
            text = draw(document_text())
        if draw(st.booleans()):
            docs.append(text)
        else:
            docs.append(
                Document(
                    text=text,
                    id=draw(ids),
                    title=draw(
                        st.one_of(
                            st.none(), st.sampled_from(["Dam released", "", "<i>t</i>", "洪水"])
                        )
                    ),
                    source=draw(
                        st.one_of(st.none(), st.sampled_from(["Daily", "", "Ω News", "A & B"]))
                    ),
                    date=draw(dates),
                    url=draw(
                        st.one_of(
                            st.none(),
                            st.sampled_from(["https://example.invalid/a", "javascript:x", ""]),
                        )
                    ),
                )
            )
    return docs


params = st.fixed_dictionaries(
    {
        "max_words": st.one_of(st.none(), st.integers(1, 400)),
        "max_sentences": st.one_of(st.none(), st.integers(1, 25)),
        "diversity": st.floats(0.0, 1.0, allow_nan=False),
        "query": st.one_of(
            st.none(),
            st.sampled_from(["", " ", "dam water", "洪水", "🌊", "\x00", "the and"]),
            st.text(max_size=20),
        ),
        "order": st.sampled_from(["chronological", "score"]),
    }
)


def check_briefing(briefing: Briefing, n_inputs: int, kwargs: dict[str, object]) -> None:
    """DESIGN.md's invariants 1-3 (4 is checked by the caller with a second run)."""
    by_id = {d.id: d for d in briefing.documents}
    assert len(by_id) == len(briefing.documents) == n_inputs, (
        "document ids must be unique, one per input"
    )
    # 2. every input is listed, in input order; every citation names an input.
    assert [s.id for s in briefing.sources] == [d.id for d in briefing.documents]
    for point in briefing.points:
        assert point.citations, "a point without a source"
        assert point.doc_id == point.citations[0]
        assert set(point.citations) <= set(by_id)
        assert len(set(point.citations)) == len(point.citations)
        # 1. verbatim at the recorded offsets of the primary source.
        assert by_id[point.doc_id].text[point.start : point.end] == point.text
        assert point.text.strip()
        for c in point.evidence:
            assert c.doc_id in by_id
            assert 0 <= c.start <= c.end <= len(by_id[c.doc_id].text)
    # 3. the budget.
    max_words = kwargs["max_words"]
    max_sentences = kwargs["max_sentences"]
    if max_words is None and max_sentences is None:
        max_words = DEFAULT_MAX_WORDS
    if max_words is not None:
        assert briefing.word_count <= max_words
        assert count_words(briefing.text) <= max_words
    if max_sentences is not None:
        assert len(briefing.points) <= max_sentences
    assert sum(s.points for s in briefing.sources) == sum(len(p.citations) for p in briefing.points)


def render_all(briefing: Briefing) -> tuple[str, ...]:
    out = (
        briefing.to_html(),
        briefing.to_markdown(),
        json.dumps(briefing.to_dict(), ensure_ascii=False, sort_keys=True),
        render(briefing, "text"),
        render(briefing, "json"),
    )
    json.loads(out[4])
    return out


# Legal settings that make an empty briefing are warned of (their message is tested in
# test_pipeline.py); here they are only inputs.
@pytest.mark.filterwarnings("ignore::summarizer.pipeline.EmptyBriefingWarning")
@pytest.mark.filterwarnings("ignore::summarizer.pipeline.IgnoredQueryWarning")
@given(docs=cluster(), kwargs=params)
@settings(
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ]
)
def test_any_cluster_gives_valid_briefing_or_documented_error(
    docs: list[Document | str], kwargs: dict[str, object]
) -> None:
    try:
        briefing = summarize(docs, **kwargs)  # type: ignore[arg-type]
    except (InputError, ConfigError) as exc:
        assert isinstance(exc, ValueError)
        assert str(exc).strip()
        # The same input gives the same error (determinism holds for failures too).
        with pytest.raises(type(exc)) as again:
            summarize(docs, **kwargs)  # type: ignore[arg-type]
        assert str(again.value) == str(exc)
        return
    check_briefing(briefing, len(docs), kwargs)
    first = render_all(briefing)
    # 4. byte-identical output on a second run (fresh objects, same input).
    second = render_all(summarize(list(docs), **kwargs))  # type: ignore[arg-type]
    assert first == second


@given(
    sentence=st.sampled_from(ENGLISH),
    copies=st.integers(2, 30),
    max_sentences=st.integers(1, 5),
)
@settings(max_examples=20)
def test_identical_documents_give_one_point_citing_all(
    sentence: str, copies: int, max_sentences: int
) -> None:
    """Exact duplicates from many outlets: no repeated point, every copy listed as a source."""
    text = sentence + " " + ENGLISH[(ENGLISH.index(sentence) + 1) % len(ENGLISH)]
    briefing = summarize([text] * copies, max_sentences=max_sentences)
    check_briefing(briefing, copies, {"max_words": None, "max_sentences": max_sentences})
    assert len({p.text for p in briefing.points}) == len(briefing.points)
    assert briefing.points
    assert len(briefing.points[0].citations) == copies


# --------------------------------------------------------------------------------------------
# Same bytes across processes with different hash seeds
# --------------------------------------------------------------------------------------------


def _run_cli_json(folder: Path, seed: str, *extra: str) -> bytes:
    proc = run_python(["-m", "summarizer", str(folder), "-f", "json", *extra], hash_seed=seed)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    return proc.stdout


@pytest.mark.parametrize(
    "extra", [(), ("--query", "dam water trains", "--order", "score", "--max-words", "60")]
)
def test_output_identical_across_hash_seeds(tmp_path: Path, extra: tuple[str, ...]) -> None:
    folder = tmp_path / "cluster"
    folder.mkdir()
    # Several documents with many tied scores (same sentences in different orders and mixes), the
    # kind of input where set or dict iteration order would leak into the output.
    for i in range(6):
        rotated = ENGLISH[i:] + ENGLISH[:i]
        (folder / f"d{i}.txt").write_text(
            " ".join(rotated[: 6 + i]) + "\n\n" + HOSTILE[i], encoding="utf-8"
        )
    (folder / "dup.txt").write_text(" ".join(ENGLISH[:6]), encoding="utf-8")
    one = _run_cli_json(folder, "1", *extra)
    two = _run_cli_json(folder, "2", *extra)
    assert json.loads(one)["points"]
    assert one == two


# --------------------------------------------------------------------------------------------
# Parameters out of range: a ValueError naming the parameter, the allowed values and the value
# --------------------------------------------------------------------------------------------

GOOD = [ENGLISH[0] + " " + ENGLISH[1], ENGLISH[2] + " " + ENGLISH[3]]


@pytest.mark.parametrize(
    ("name", "value", "allowed"),
    [
        ("max_words", -5, "positive"),
        ("max_words", 0, "positive"),
        ("max_words", 2.5, "whole number"),
        ("max_words", True, "whole number"),
        ("max_words", "100", "whole number"),
        ("max_sentences", -1, "positive"),
        ("max_sentences", math.nan, "whole number"),
        ("diversity", -0.1, "[0, 1]"),
        ("diversity", 1.5, "[0, 1]"),
        ("diversity", math.nan, "[0, 1]"),
        ("diversity", math.inf, "[0, 1]"),
        ("diversity", "0.5", "[0, 1]"),
        ("diversity", None, "[0, 1]"),
        ("citation_threshold", 0.0, "(0, 1]"),
        ("citation_threshold", 2.0, "(0, 1]"),
        ("order", "random", "chronological"),
        ("order", "", "score"),
        ("order", None, "chronological"),
        ("query", 42, "string"),
    ],
)
def test_bad_parameter_named_with_allowed_and_given(name: str, value: object, allowed: str) -> None:
    for call in (
        lambda: summarize(GOOD, **{name: value}),  # type: ignore[arg-type]
        lambda: Summarizer(**{name: value}).summarize(GOOD),
    ):  # type: ignore[arg-type]
        with pytest.raises(ConfigError) as info:
            call()
        message = str(info.value)
        assert isinstance(info.value, ValueError)
        assert name in message
        assert allowed in message
        assert repr(value) in message or str(value) in message


def test_summarizer_init_only_stores() -> None:
    """Validation runs when summarising (sklearn style), so a bad value is kept until then."""
    s = Summarizer(max_words=-1, diversity=math.nan)
    assert s.max_words == -1
    with pytest.raises(ConfigError, match="max_words"):
        s.summarize(GOOD)


@pytest.mark.parametrize("fmt", ["pdf", "", "HTML", None, "markdown"])
def test_unknown_render_format_named(fmt: object) -> None:
    briefing = summarize(GOOD, max_sentences=1)
    with pytest.raises(ConfigError) as info:
        render(briefing, fmt)  # type: ignore[arg-type]
    message = str(info.value)
    assert "format" in message and "'html'" in message and "'json'" in message
    assert repr(fmt) in message


@pytest.mark.parametrize(
    ("argv", "needles"),
    [
        (["--max-words", "-3"], ("--max-words", "-3", "1 or more")),
        (["--max-words", "ten"], ("--max-words", "ten", "whole number")),
        (["--max-sentences", "0"], ("--max-sentences", "0", "1 or more")),
        (["--max-bytes", "-1"], ("--max-bytes", "-1", "1 or more")),
        (["--diversity", "1.5"], ("--diversity", "1.5", "[0, 1]")),
        (["--diversity", "-0.5"], ("--diversity", "-0.5", "[0, 1]")),
        (["--diversity", "nan"], ("--diversity", "nan", "[0, 1]")),
        (["--diversity", "inf"], ("--diversity", "inf", "[0, 1]")),
        (["--order", "random"], ("--order", "random", "chronological")),
        (["--format", "pdf"], ("--format", "pdf", "html")),
    ],
)
def test_cli_bad_parameter_named(
    tmp_path: Path, argv: list[str], needles: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(GOOD[0], encoding="utf-8")
    code = main([str(article), *argv])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.startswith("summarizer: error:")]
    assert len(lines) == 1, err
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])


# --------------------------------------------------------------------------------------------
# Parameter and field types a caller may plausibly pass
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_words": "numpy.int64", "max_sentences": "numpy.int32"},
        {"diversity": "numpy.float32"},
        {"diversity": "fraction"},
        {"max_words": 10**18, "max_sentences": 10**18},
        # Past a float's range: the budget's answer share and look-ahead slack are floats.
        {"max_words": 10**400, "max_sentences": 10**400},
        {"max_words": 10**400, "query": "dam water"},
        {"query": "dam water " * 20_000},
    ],
)
def test_numeric_types_and_extremes_render(kwargs: dict[str, object]) -> None:
    """numpy numbers, fractions and huge budgets are valid and the briefing renders (JSON too)."""
    import fractions

    import numpy as np

    made = {
        "numpy.int64": np.int64(40),
        "numpy.int32": np.int32(3),
        "numpy.float32": np.float32(0.5),
        "fraction": fractions.Fraction(1, 3),
    }
    real = {
        k: made.get(v, v) if isinstance(v, str) and k != "query" else v for k, v in kwargs.items()
    }
    briefing = summarize(GOOD, **real)  # type: ignore[arg-type]
    assert briefing.points
    data = json.loads(render(briefing, "json"))
    assert data["points"]
    render_all(briefing)
    if "max_words" in kwargs:
        assert type(briefing.max_words) is int


@pytest.mark.parametrize("field", ["title", "source", "date", "url", "dateline", "byline"])
@pytest.mark.parametrize("value", [5, b"x"])
def test_mistyped_document_field_is_named(field: str, value: object) -> None:
    """A field of the wrong type is a TypeError naming the document and the field."""
    docs = [Document(GOOD[0], **{field: value}), GOOD[1]]  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=rf"document 1.*{field}"):
        summarize(docs)


@pytest.mark.parametrize(
    "removed",
    [((500, 900),), ((50, 10),), ((-5, 10),), ((0, 60), (30, 90)), ((0, 10**9),)],
)
def test_caller_given_removals_out_of_range(removed: tuple[tuple[int, int], ...]) -> None:
    """Removal spans given by a caller (out of range, reversed, overlapping) do not break anything."""
    from summarizer.types import Removal

    spans = tuple(Removal(a, b, "caller", "") for a, b in removed)
    docs = [Document(GOOD[0], removed=spans), GOOD[1]]
    try:
        briefing = summarize(docs)
    except (InputError, ConfigError):
        return
    check_briefing(briefing, 2, {"max_words": None, "max_sentences": None})
    render_all(briefing)


def test_cjk_sentences_are_split() -> None:
    from summarizer import split_sentences

    text = "東京で大きな洪水が発生した。住民約千四百人が避難した。川の水位は金曜日に最高に達する見込みだ！"
    assert len(split_sentences(text)) == 3
