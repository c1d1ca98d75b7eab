"""Tests of the evaluation harness: ROUGE conventions, peers, readability checks, table, CLI."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Sequence
from importlib.util import find_spec
from pathlib import Path

import pytest
from conftest import BENCHMARKS as SHARED

from summarizer import evaluate as evaluate_module
from summarizer.cli import main
from summarizer.errors import ConfigError, InputError, ResourceError
from summarizer.evaluate import (
    Evaluation,
    _read_dataset,
    add_arguments,
    dangling_flags,
    evaluate,
    format_table,
    is_unattributed_quote,
    run,
)
from summarizer.types import Briefing, Document, Point

DUC2004 = SHARED / "duc2004_dev.jsonl"

needs_rouge = pytest.mark.skipif(
    find_spec("rouge_score") is None, reason="rouge-score (the 'eval' extra) is not installed"
)
needs_duc2004 = pytest.mark.skipif(
    not DUC2004.is_file(), reason=f"benchmark data {DUC2004} is absent (../shared not mounted)"
)

# An invented event, written for these tests.
HARBOR_A = (
    "A cargo ship ran aground outside the port of Velmar on Tuesday night. "
    "It was carrying grain and machine parts. "
    "However, no crew member was hurt. "
    '"We expect the channel to reopen within two days," the harbour master said.'
)
HARBOR_B = (
    "Tugboats worked through Wednesday to free the stranded freighter near Velmar. "
    '"The hull is intact and there is no leak." '
    "Shipping in the channel has been suspended."
)
HARBOR_REFS = (
    (
        "A cargo ship ran aground near the port of Velmar on Tuesday. Nobody was hurt. "
        "Tugboats tried to free it and shipping in the channel was suspended."
    ),
    (
        "A freighter carrying grain grounded outside Velmar. The channel was closed while tugs "
        "worked and officials expected it to reopen within two days."
    ),
)
FESTIVAL_A = (
    "The lantern festival in Orrin drew a record crowd of forty thousand visitors. "
    "Organisers added a second night because of the demand."
)
FESTIVAL_B = "Rain delayed the opening parade of the Orrin lantern festival by an hour."
FESTIVAL_REFS = (
    (
        "A record forty thousand people came to the Orrin lantern festival, which added a second "
        "night. Rain delayed the opening parade."
    ),
)


def _record(
    cluster_id: str,
    texts: Sequence[str],
    references: Sequence[str],
    peers: dict[str, str] | None = None,
    query: dict[str, str] | None = None,
) -> dict[str, object]:
    """A dataset record in the shared/benchmarks format."""
    record: dict[str, object] = {
        "id": cluster_id,
        "dataset": "toy",
        "documents": [
            {
                "id": f"{cluster_id}-{i}",
                "title": f"Story {i}",
                "date": f"2024-05-0{i + 1}",
                "source": "WIRE",
                "text": text,
            }
            for i, text in enumerate(texts)
        ],
        "references": [
            {"id": letter, "text": text} for letter, text in zip("ABCD", references, strict=False)
        ],
    }
    if peers is not None:
        record["peers"] = peers
    if query is not None:
        record["query"] = query
    return record


def _write(path: Path, records: Sequence[dict[str, object]]) -> Path:
    """Write records as JSON Lines."""
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def toy(tmp_path: Path) -> Path:
    """Two clusters, two peers each."""
    return _write(
        tmp_path / "toy.jsonl",
        [
            _record(
                "harbor",
                [HARBOR_A, HARBOR_B],
                HARBOR_REFS,
                peers={"1": HARBOR_REFS[0] + " " + HARBOR_B, "2": "The weather was fine."},
                query={"title": "Velmar grounding", "narrative": "Describe the ship accident."},
            ),
            _record(
                "festival",
                [FESTIVAL_A, FESTIVAL_B],
                FESTIVAL_REFS,
                peers={"1": FESTIVAL_B, "2": FESTIVAL_A},
                query={"title": "Orrin festival", "narrative": "Describe the festival."},
            ),
        ],
    )


def _lead(documents: Sequence[Document], query: str | None, max_words: int) -> list[str]:
    """A lead baseline: the first sentence of the first document."""
    return [documents[0].text.split(". ")[0] + "."]


def _strip_timing(evaluation: Evaluation) -> Evaluation:
    """The evaluation without its clock readings (for determinism checks)."""
    import dataclasses

    summaries = tuple(dataclasses.replace(s, seconds=0.0) for s in evaluation.summaries)
    return dataclasses.replace(
        evaluation, seconds=0.0, summarize_seconds=0.0, scoring_seconds=0.0, summaries=summaries
    )


# ------------------------------------------------------------------------------- ROUGE scoring


@needs_rouge
def test_scores_equal_rouge_score_reference_implementation(toy: Path) -> None:
    """Every per-cluster score is rouge-score's, cut to N words, averaged over references."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    max_words = 12
    result = evaluate(toy, summarize=_lead, max_words=max_words)
    records = [json.loads(line) for line in toy.read_text().splitlines()]
    checked = 0
    for row in result.rows:
        for score in row.clusters:
            record = next(r for r in records if r["id"] == score.cluster)
            if row.system == "ours":
                text = _lead([Document(d["text"]) for d in record["documents"]], None, max_words)[0]
            else:
                text = record["peers"][row.system]
            cut = " ".join(text.split()[:max_words])
            refs = [" ".join(r["text"].split()[:max_words]) for r in record["references"]]
            pairs = [scorer.score(ref, cut) for ref in refs]
            for kind, name in (("rouge1", "rouge1"), ("rouge2", "rouge2"), ("rougeL", "rouge_l")):
                recall = 100 * sum(p[kind].recall for p in pairs) / len(pairs)
                f1 = 100 * sum(p[kind].fmeasure for p in pairs) / len(pairs)
                assert getattr(score.rouge, f"{name}_recall") == pytest.approx(recall, abs=1e-9)
                assert getattr(score.rouge, f"{name}_f1") == pytest.approx(f1, abs=1e-9)
            checked += 1
    assert checked == 6  # 3 systems x 2 clusters


def _lcs_dp(a: Sequence[str], b: Sequence[str]) -> int:
    """Textbook dynamic-programming LCS length."""
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            table[i + 1][j + 1] = (
                table[i][j] + 1 if x == y else max(table[i][j + 1], table[i + 1][j])
            )
    return table[-1][-1]


def test_bit_parallel_lcs_equals_dynamic_programming() -> None:
    """The fast LCS agrees with the textbook one on many sequences, repeats included."""
    import random

    rng = random.Random(20240501)
    for _ in range(400):
        a = [rng.choice("abcde") for _ in range(rng.randint(0, 70))]
        b = [rng.choice("abcdef") for _ in range(rng.randint(0, 70))]
        fast = evaluate_module._lcs_length(evaluate_module._Tokens(a), b)
        assert fast == _lcs_dp(a, b)


@needs_rouge
def test_identical_summary_scores_100_and_extra_words_are_cut(tmp_path: Path) -> None:
    reference = "alpha bravo charlie delta echo foxtrot golf hotel india juliet"
    path = _write(tmp_path / "one.jsonl", [_record("c", [reference], [reference])])
    padded = evaluate(path, summarize=lambda d, q, n: [reference + " kilo lima mike"], max_words=10)
    assert padded.ours.rouge.rouge1_recall == pytest.approx(100.0)
    assert padded.ours.rouge.rouge2_f1 == pytest.approx(100.0)
    assert padded.ours.rouge.rouge_l_f1 == pytest.approx(100.0)
    # Without the cut the padding would lower precision, hence F1.
    uncut = evaluate(path, summarize=lambda d, q, n: [reference + " kilo lima mike"], max_words=13)
    assert uncut.ours.rouge.rouge1_f1 < 100.0


@needs_rouge
def test_references_are_cut_too(tmp_path: Path) -> None:
    """A reference longer than the budget is scored on its first N words only."""
    head = "one two three four five six seven eight"
    reference = head + " nine ten eleven twelve thirteen fourteen fifteen sixteen"
    path = _write(tmp_path / "one.jsonl", [_record("c", [reference], [reference])])
    result = evaluate(path, summarize=lambda d, q, n: [head], max_words=8)
    assert result.ours.rouge.rouge1_recall == pytest.approx(100.0)


@needs_rouge
def test_recall_averaged_over_references_then_clusters(tmp_path: Path) -> None:
    same = "red green blue yellow"
    other = "cat dog horse mouse"
    path = _write(
        tmp_path / "avg.jsonl",
        [_record("half", [same], [same, other]), _record("full", [same], [same])],
    )
    result = evaluate(path, summarize=lambda d, q, n: [same])
    by_cluster = {c.cluster: c.rouge.rouge1_recall for c in result.ours.clusters}
    assert by_cluster == pytest.approx({"half": 50.0, "full": 100.0})
    assert result.ours.rouge.rouge1_recall == pytest.approx(75.0)


@needs_rouge
def test_rows_hold_ours_and_every_peer_best_r2_first(toy: Path) -> None:
    result = evaluate(toy, summarize=_lead)
    assert {row.system for row in result.rows} == {"ours", "1", "2"}
    r2 = [row.rouge.rouge2_recall for row in result.rows]
    assert r2 == sorted(r2, reverse=True)
    assert result.row("1").n_clusters == 2
    assert result.n_clusters == 2 and result.dataset == "toy"
    with pytest.raises(ConfigError, match="no system 'nope'"):
        result.row("nope")


@needs_rouge
def test_same_input_gives_same_scores(toy: Path) -> None:
    first = _strip_timing(evaluate(toy, summarize=_lead))
    second = _strip_timing(evaluate(toy, summarize=_lead))
    assert first == second


@needs_rouge
@needs_duc2004
def test_peers_reproduce_published_duc2004_figures() -> None:
    """The harness is right: Hong et al.'s peers score as SOURCES.md records (R-1 / R-2 recall)."""
    expected = {
        "DPP": (39.07, 8.79),
        "Submodular": (38.02, 8.64),
        "OCCAMS_V": (38.07, 9.05),
        "RegSum": (37.91, 9.15),
        "CLASSY04": (37.66, 8.96),
        "ICSISumm": (37.37, 8.87),
        "Lead": (30.45, 5.63),
    }
    result = evaluate(DUC2004, summarize=_lead, max_words=100, progress=False)
    assert result.n_clusters == 25
    assert len(result.rows) == 14  # 13 peers and ours
    for system, (r1, r2) in expected.items():
        rouge = result.row(system).rouge
        assert (round(rouge.rouge1_recall, 2), round(rouge.rouge2_recall, 2)) == (r1, r2), system


# ------------------------------------------------------------------------ inputs and arguments


@needs_rouge
def test_documents_and_query_reach_the_summariser(toy: Path) -> None:
    seen: list[tuple[tuple[Document, ...], str | None, int]] = []

    def spy(documents: Sequence[Document], query: str | None, max_words: int) -> list[str]:
        seen.append((tuple(documents), query, max_words))
        return _lead(documents, query, max_words)

    evaluate(toy, summarize=spy, use_query=True, max_words=250)
    docs, query, max_words = seen[0]
    assert query == "Velmar grounding. Describe the ship accident."
    assert max_words == 250
    assert docs[1] == Document(
        text=HARBOR_B, id="harbor-1", title="Story 1", source="WIRE", date="2024-05-02"
    )
    seen.clear()
    evaluate(toy, summarize=spy)
    assert [q for _, q, _ in seen] == [None, None]


@needs_rouge
def test_query_on_a_dataset_without_queries_is_a_config_error(tmp_path: Path) -> None:
    path = _write(tmp_path / "generic.jsonl", [_record("c", [FESTIVAL_A], FESTIVAL_REFS)])
    with pytest.raises(ConfigError, match='cluster c .* has no "query"; .*drop --query'):
        evaluate(path, summarize=_lead, use_query=True)


@needs_rouge
@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("", 'has an empty "query"'),
        ({"title": " ", "narrative": ""}, 'has an empty "query"'),
        (5, 'has a "query" that is int, not a text'),
    ],
)
def test_query_on_a_cluster_with_an_empty_query_says_it_is_empty(
    tmp_path: Path, query: object, said: str
) -> None:
    # A query that is there but empty (or not a text) was said to be missing: "has none".
    record = {**_record("c", [FESTIVAL_A], FESTIVAL_REFS), "query": query}
    path = _write(tmp_path / "blank.jsonl", [record])
    with pytest.raises(ConfigError, match=f"cluster c of .* {said}; give it a query"):
        evaluate(path, summarize=_lead, use_query=True)


@needs_rouge
def test_limit_takes_the_first_clusters(toy: Path) -> None:
    result = evaluate(toy, summarize=_lead, limit=1)
    assert result.n_clusters == 1
    assert [c.cluster for c in result.ours.clusters] == ["harbor"]


@needs_rouge
@pytest.mark.parametrize(
    ("content", "match"),
    [
        ("", "holds no cluster records"),
        ('{"id": "x"\n', "line 1 .* not valid JSON"),
        ("[1, 2]\n", "not a JSON object"),
        ('{"id": "x", "documents": []}\n', "no 'references' field"),
        (
            '{"id": "x", "documents": [{"id": "a"}], "references": [{"text": "r"}]}\n',
            'document 1: has no "text" field',
        ),
        (
            '{"id": "x", "documents": [], "references": [{"text": "r"}]}\n',
            '"documents" is an empty list',
        ),
        (
            '{"id": "x", "documents": null, "references": [{"text": "r"}]}\n',
            '"documents" is null, not a list',
        ),
        ('{"id": "x", "documents": [{"text": "a"}], "references": [{}]}\n', "malformed"),
        # A plain string, a null text: named, not a Python TypeError, nor read as "None".
        (
            '{"id": "x", "documents": [{"text": "a"}], "references": ["r"]}\n',
            'malformed: reference 1 must be an object with a "text" string .*; got str$',
        ),
        (
            '{"id": "x", "documents": [{"text": "a"}], "references": [{"text": null}]}\n',
            "reference 1 must be an object .*; got NoneType",
        ),
        (
            '{"id": "x", "documents": [{"text": "a"}], "references": "r"}\n',
            '"references" must be a list of .* objects; got str',
        ),
        (
            (
                '{"id": "x", "documents": [{"text": "a"}], "references": [{"text": "r"}], '
                '"peers": {"7": null}}\n'
            ),
            "malformed: the summary of peer '7' must be a string; got NoneType",
        ),
        (
            (
                '{"id": "x", "documents": [{"text": "a"}], "references": [{"text": "r"}], '
                '"peers": ["a summary"]}\n'
            ),
            'malformed: "peers" must map a system id to its summary; got list',
        ),
        ('{"id": "x", "documents": [{"text": "a"}], "references": []}\n', "no references"),
    ],
)
def test_bad_datasets_are_input_errors(tmp_path: Path, content: str, match: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=match):
        evaluate(path, summarize=_lead)


@needs_rouge
def test_missing_dataset_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is not a file"):
        evaluate(tmp_path / "nowhere.jsonl", summarize=_lead)


@pytest.mark.parametrize(("name", "value"), [("max_words", 0), ("limit", -1), ("max_words", 2.5)])
def test_bad_numbers_are_config_errors(toy: Path, name: str, value: object) -> None:
    with pytest.raises(ConfigError, match=f"^{name} must be a positive whole number"):
        evaluate(toy, summarize=_lead, **{name: value})  # type: ignore[arg-type]


@needs_rouge
def test_a_callable_returning_a_string_is_a_config_error(toy: Path) -> None:
    with pytest.raises(ConfigError, match="returned a str"):
        evaluate(toy, summarize=lambda d, q, n: d[0].text)


def test_missing_rouge_score_is_a_resource_error(
    toy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "rouge_score", None)
    with pytest.raises(ResourceError, match=r"pip install 'rouge-score>=0.1.2'$"):
        evaluate(toy, summarize=_lead)


# --------------------------------------------------------------------------------- readability


def test_pronoun_dangles_without_the_preceding_sentence() -> None:
    doc = Document(HARBOR_A, id="a")
    second = "It was carrying grain and machine parts."
    first = "A cargo ship ran aground outside the port of Velmar on Tuesday night."
    assert dangling_flags([second], [doc]) == (True,)
    assert dangling_flags([first, second], [doc]) == (False, False)
    # The antecedent may be any earlier point, not only the one right before.
    other = Document(FESTIVAL_B, id="b")
    assert dangling_flags([first, FESTIVAL_B, second], [doc, other]) == (False, False, False)


def test_connective_needs_the_point_right_before() -> None:
    doc = Document(HARBOR_A, id="a")
    other = Document(FESTIVAL_B, id="b")
    cargo = "It was carrying grain and machine parts."
    however = "However, no crew member was hurt."
    assert dangling_flags([cargo, however], [doc]) == (True, False)
    assert dangling_flags([cargo, FESTIVAL_B, however], [doc, other]) == (True, False, True)
    assert dangling_flags(["As a result, the parade was late."], [other]) == (True,)


def test_plain_openings_and_unknown_sentences() -> None:
    doc = Document(HARBOR_A, id="a")
    # "Italy" starts with "It" but is not the pronoun; a sentence not in the documents that
    # opens with a pronoun has no antecedent.
    assert dangling_flags(["Italy sent a tug.", "They left."], [doc]) == (False, True)
    assert dangling_flags(['"It is over," she said.'], [doc]) == (True,)


def test_a_pronoun_contraction_is_the_pronoun() -> None:
    doc = Document(HARBOR_A, id="a")
    assert dangling_flags(["It's over.", "They\u2019re gone.", "That'll do."], [doc]) == (
        True,
        True,
        True,
    )
    assert dangling_flags(["Italy's tug arrived."], [doc]) == (False,)


def test_dangling_uses_point_offsets() -> None:
    """Points carry their offsets: the same text twice is told apart by position."""
    text = "The dam held. It rained. The dam held. It rained again."
    doc = Document(text, id="d")
    first = Point("The dam held.", "d", 25, 38, 1.0, ("d",))
    pronoun = Point("It rained again.", "d", 39, 55, 1.0, ("d",))
    assert text[25:38] == first.text and text[39:55] == pronoun.text
    assert dangling_flags([first, pronoun], [doc]) == (False, False)
    early = Point("The dam held.", "d", 0, 13, 1.0, ("d",))
    assert dangling_flags([early, pronoun], [doc]) == (False, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The hull is intact and there is no leak."', True),
        ("\u201cWe will be back next year, bigger than ever.\u201d", True),
        ("``The channel stays shut until further notice.''", True),
        # A verb of saying inside the quotation names no speaker ("States" is one).
        ("``The channel is the busiest in the United States.''", True),
        ('"The hull is intact and there is no leak," the captain told reporters.', False),
        ('According to the port, "the hull is intact and there is no leak."', False),
        ('The captain described the hull as "intact" after the inspection on Wednesday.', False),
        ('"We expect the channel to reopen soon. Crews are working all night', True),
        ("Shipping in the channel has been suspended.", False),
        ("", False),
    ],
)
def test_unattributed_quotes(text: str, expected: bool) -> None:
    assert is_unattributed_quote(text) is expected


@needs_rouge
def test_readability_from_plain_sentences(tmp_path: Path) -> None:
    path = _write(tmp_path / "h.jsonl", [_record("harbor", [HARBOR_A, HARBOR_B], HARBOR_REFS)])
    points = [
        "It was carrying grain and machine parts.",
        '"The hull is intact and there is no leak."',
        "Shipping in the channel has been suspended.",
    ]
    result = evaluate(path, summarize=lambda d, q, n: points, max_words=30)
    rd = result.readability
    assert (rd.summaries, rd.points, rd.mean_points) == (1, 3, 3.0)
    assert rd.dangling == pytest.approx(1 / 3)
    assert rd.unattributed_quotes == pytest.approx(1 / 3)
    assert rd.mean_words == 23 and rd.over_budget == 0
    assert rd.mean_citations is None and rd.multi_source is None
    assert result.summaries[0].dangling == (True, False, False)
    assert "n/a" in format_table(result)


@needs_rouge
def test_readability_counts_citations_from_a_briefing(tmp_path: Path) -> None:
    path = _write(tmp_path / "h.jsonl", [_record("harbor", [HARBOR_A, HARBOR_B], HARBOR_REFS)])
    ship = "A cargo ship ran aground outside the port of Velmar on Tuesday night."
    tugs = "Tugboats worked through Wednesday to free the stranded freighter near Velmar."

    def briefed(documents: Sequence[Document], query: str | None, max_words: int) -> Briefing:
        return Briefing(
            points=(
                Point(ship, "harbor-0", 0, len(ship), 1.0, ("harbor-0", "harbor-1")),
                Point(tugs, "harbor-1", 0, len(tugs), 0.5, ("harbor-1",)),
            ),
            sources=(),
        )

    result = evaluate(path, summarize=briefed, max_words=20)
    rd = result.readability
    assert rd.mean_citations == pytest.approx(1.5)
    assert rd.multi_source == pytest.approx(0.5)
    assert (
        result.summaries[0].words == 24 and rd.over_budget == 1
    )  # 24 words against a budget of 20
    assert result.summaries[0].citations == (2, 1)
    assert "sources per point" in format_table(result) and "50.0% of points" in format_table(result)


# ------------------------------------------------------------------------------ table and bar


@needs_rouge
def test_table_lists_every_system_in_rank_order_with_stats_and_time(toy: Path) -> None:
    result = evaluate(toy, summarize=_lead)
    table = format_table(result)
    body = [line for line in table.splitlines() if line[:4].strip().isdigit()]
    assert [line[6:].split()[0] for line in body] == [row.system for row in result.rows]
    assert sum("> ours" in line for line in body) == 1
    assert "ROUGE on toy: 2 clusters, 100 words, generic" in table
    assert "dangling openings" in table and "unattributed quotes" in table
    assert "Run time:" in table and "per cluster" in table
    one = format_table(evaluate(toy, summarize=_lead, limit=1))
    assert "ROUGE on toy: 1 cluster, 100 words" in one


@needs_rouge
def test_progress_bar_only_when_asked_or_on_a_terminal(
    toy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evaluate(toy, summarize=_lead, progress=True)
    err = capsys.readouterr().err
    assert "2/2 clusters" in err and "[" in err and err.endswith("\n")
    evaluate(toy, summarize=_lead)  # captured stderr is not a terminal
    assert capsys.readouterr().err == ""


# ----------------------------------------------------------------------------------------- CLI


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="summarizer evaluate")
    add_arguments(parser)
    return parser.parse_args(argv)


@needs_rouge
def test_cli_prints_the_table_and_writes_files(
    toy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(evaluate_module, "_pipeline_summarize", _lead)
    out_json, out_csv = tmp_path / "ev.json", tmp_path / "per.csv"
    args = _parse(
        [
            str(toy),
            "--max-words",
            "50",
            "--query",
            "--json",
            str(out_json),
            "--per-cluster",
            str(out_csv),
            "--limit",
            "2",
        ]
    )
    assert run(args) == 0
    captured = capsys.readouterr()
    assert "ROUGE on toy: 2 clusters, 50 words, query-focused" in captured.out
    assert "Traceback" not in captured.out + captured.err
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert data["n_clusters"] == 2 and data["max_words"] == 50 and data["use_query"] is True
    assert {row["system"] for row in data["rows"]} == {"ours", "1", "2"}
    assert data["seconds_per_cluster"] >= 0
    rows = list(csv.DictReader(out_csv.read_text(encoding="utf-8").splitlines()))
    assert len(rows) == 6
    assert {"cluster", "system", "rouge2_recall", "rouge_l_f1"} <= set(rows[0])


@needs_rouge
def test_cli_lone_surrogate_escapes_in_ids_are_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A "\\ud800" escape in a cluster's id or a peer's name stayed a lone surrogate, and the
    # --json and --per-cluster writers raised UnicodeEncodeError: a traceback after the work.
    monkeypatch.setattr(evaluate_module, "_pipeline_summarize", _lead)
    peers = {"sys\udfff": HARBOR_B}
    dataset = _write(
        tmp_path / "odd.jsonl", [_record("harbor\ud800", [HARBOR_A, HARBOR_B], HARBOR_REFS, peers)]
    )
    out_json, out_csv = tmp_path / "ev.json", tmp_path / "per.csv"
    args = _parse([str(dataset), "--json", str(out_json), "--per-cluster", str(out_csv)])
    assert run(args) == 0
    assert "Traceback" not in "".join(capsys.readouterr())
    rows = list(csv.DictReader(out_csv.read_text(encoding="utf-8").splitlines()))
    assert {(row["cluster"], row["system"]) for row in rows} == {
        ("harbor\ufffd", "ours"),
        ("harbor\ufffd", "sys\ufffd"),
    }
    assert "harbor\ufffd" in out_json.read_text(encoding="utf-8")


@needs_rouge
@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="names must be UTF-8 there")
def test_cli_a_dataset_name_that_is_not_utf8_is_written(
    toy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The name's byte 0xff is a lone surrogate in path.stem: --json raised UnicodeEncodeError.
    monkeypatch.setattr(evaluate_module, "_pipeline_summarize", _lead)
    dataset = Path(os.fsdecode(bytes(tmp_path) + b"/toy\xff.jsonl"))
    dataset.write_bytes(toy.read_bytes())
    out_json = tmp_path / "ev.json"
    assert run(_parse([str(dataset), "--json", str(out_json), "--limit", "1"])) == 0
    assert json.loads(out_json.read_text(encoding="utf-8"))["dataset"] == "toy\ufffd"


@pytest.mark.parametrize("argv", [["x.jsonl", "--limit", "0"], ["x.jsonl", "--max-words", "ten"]])
def test_cli_bad_numbers_are_usage_errors(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        _parse(argv)
    assert exit_info.value.code == 2
    assert "must be a positive whole number" in capsys.readouterr().err


@needs_rouge
def test_cli_unwritable_output_is_a_config_error(
    toy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evaluate_module, "_pipeline_summarize", _lead)
    args = _parse([str(toy), "--json", str(tmp_path / "no" / "such" / "dir.json")])
    with pytest.raises(ConfigError, match="cannot write --json"):
        run(args)


@pytest.mark.parametrize("flag", ["--json", "--per-cluster"])
def test_cli_refuses_to_write_over_the_dataset(
    toy: Path, flag: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """An output file that is the dataset is refused before any work; the dataset is kept."""
    before = toy.read_bytes()
    code = main(["evaluate", str(toy), flag, str(toy)])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in out + err
    assert err.startswith(f"summarizer: error: refusing to write {flag}") and err.count("\n") == 1
    assert toy.read_bytes() == before


def test_cli_refuses_one_file_for_both_outputs(
    toy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    both = tmp_path / "out.json"  # not there yet, and named two ways
    argv = ["evaluate", str(toy), "--json", str(both), "--per-cluster", f"{tmp_path}/./out.json"]
    assert main(argv) == 1
    assert "--per-cluster and --json name the same file" in capsys.readouterr().err


def test_cli_output_that_is_a_folder_is_refused_before_any_work(
    toy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def never(documents: Sequence[Document], query: str | None, max_words: int) -> list[str]:
        raise AssertionError("summarised before the output was checked")

    monkeypatch.setattr(evaluate_module, "_pipeline_summarize", never)
    assert main(["evaluate", str(toy), "--per-cluster", str(tmp_path)]) == 1
    assert "cannot write --per-cluster" in capsys.readouterr().err


def test_cli_empty_output_name_is_an_error(toy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(toy), "--json", ""]) == 1
    assert "--json is empty" in capsys.readouterr().err


@needs_rouge
def test_summariser_errors_name_the_cluster_and_close_the_bar(
    toy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def failing(documents: Sequence[Document], query: str | None, max_words: int) -> list[str]:
        if documents[0].id == "festival-0":
            raise InputError("no sentences left after cleaning")
        return _lead(documents, query, max_words)

    with pytest.raises(InputError, match="^cluster festival: no sentences left"):
        evaluate(toy, summarize=failing, progress=True)
    err = capsys.readouterr().err
    assert "1/2 clusters" in err and err.endswith("\n")


_GOOD_DOC = {"id": "d", "text": "The ferry left on time on Monday. It was full."}


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"id": 1, "n": ' + "7" * 5_000 + "}", "number too long"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        (
            json.dumps(
                {"id": "a", "documents": [{"id": "d", "text": 5}], "references": [{"text": "x"}]}
            ),
            'has no "text" field',
        ),
    ],
)
def test_hostile_dataset_line_is_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, problem: str
) -> None:
    """Every failure of ``evaluate`` is one line ``summarizer: error: ...`` (issues 11, 15)."""
    dataset = tmp_path / "d.jsonl"
    dataset.write_text(line + "\n", encoding="utf-8")
    code = main(["evaluate", str(dataset)])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in out + err
    assert err.startswith(f"summarizer: error: {dataset}: line 1") and err.count("\n") == 1
    assert problem in err


def test_dataset_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    record = {"id": "a", "documents": [_GOOD_DOC], "references": [{"text": "The ferry left."}]}
    dataset = tmp_path / "d.jsonl"
    dataset.write_bytes(b"\xef\xbb\xbf" + json.dumps(record).encode("utf-8") + b"\n")
    assert [c.id for c in _read_dataset(dataset, None)] == ["a"]


def test_table_escapes_control_characters_of_the_dataset(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 15.10 in evaluate: a peer id from the dataset carrying ESC sequences is shown inert."""
    from summarizer.cli import main

    dataset = _write(
        tmp_path / "d.jsonl",
        [_record("harbor", [HARBOR_A, HARBOR_B], HARBOR_REFS, peers={"\x1b]0;x\x07p": HARBOR_B})],
    )
    assert main(["evaluate", str(dataset)]) == 0
    out, err = capsys.readouterr()
    assert "\x1b" not in out + err and "\\x1b]0;x\\x07p" in out


def test_help_says_what_rouge_scoring_needs(capsys: pytest.CaptureFixture[str]) -> None:
    # The README says evaluate needs the 'eval' extra; its --help did not.
    assert main(["evaluate", "--help"]) == 0
    assert "ROUGE scoring needs: pip install 'rouge-score" in " ".join(
        capsys.readouterr().out.split()
    )


def _never(documents: Sequence[Document], query: str | None, max_words: int) -> list[str]:
    raise AssertionError("summarised before the output was checked")


def test_cli_output_in_a_missing_folder_is_refused_before_any_work(
    toy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(evaluate_module, "_pipeline_summarize", _never)
    assert main(["evaluate", str(toy), "--json", str(tmp_path / "no" / "ev.json")]) == 1
    err = capsys.readouterr().err
    assert "cannot write --json" in err and "does not exist" in err and err.count("\n") == 1


def test_cli_output_that_is_a_socket_is_refused_before_any_work(
    toy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket
    import stat

    monkeypatch.setattr(evaluate_module, "_pipeline_summarize", _never)
    monkeypatch.chdir(tmp_path)  # a short relative path: socket names are limited to ~100 bytes
    with socket.socket(socket.AF_UNIX) as server:
        server.bind("sock")
        assert main(["evaluate", str(toy), "--per-cluster", "sock"]) == 1
        err = capsys.readouterr().err
        assert "refusing to write --per-cluster" in err and "a socket" in err
        assert stat.S_ISSOCK(os.lstat("sock").st_mode)


@needs_rouge
def test_cli_output_that_is_a_pipe_nobody_reads_is_one_line_naming_the_flag(
    toy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # It was "cannot write --json '...': cannot write ...: it is a named pipe (FIFO) and no
    # program is reading it; start the reader first, or give a file name for -o; give a path in
    # an existing, writable directory": an option evaluate has not, and two fixes.
    monkeypatch.setattr(evaluate_module, "_pipeline_summarize", _lead)
    fifo = tmp_path / "ev.json"
    os.mkfifo(fifo)
    assert main(["evaluate", str(toy), "--json", str(fifo)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("summarizer: error: "), err
    assert "no program is reading it; start the reader first, or give a file name for --json" in err
    assert "for -o" not in err and "writable directory" not in err


@needs_rouge
def test_cli_output_is_replaced_whole_and_a_device_written_in_place(
    toy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An existing file is replaced by a rename (a new inode, no partial file left behind); a
    character device is written, never replaced by a file."""
    import stat

    monkeypatch.setattr(evaluate_module, "_pipeline_summarize", _lead)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "ev.json"
    out.write_text("old\n", encoding="utf-8")
    before = out.stat().st_ino
    assert main(["evaluate", str(toy), "--json", str(out), "--per-cluster", os.devnull]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["n_clusters"] >= 1
    assert out.stat().st_ino != before
    assert [p.name for p in out.parent.iterdir()] == ["ev.json"]
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    capsys.readouterr()
