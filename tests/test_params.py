"""Tests for summarizer.params: a parameter is declared once and refused alike everywhere."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import pytest

from summarizer import Summarizer, batch, evaluate
from summarizer.cli import main
from summarizer.errors import ConfigError
from summarizer.params import PARAMETERS, Parameter, options_alone

ARTICLE = "The new footbridge over the canal opened on Friday after two years of work.\n"
CLUSTER = {"id": "c", "documents": [ARTICLE], "references": [{"text": "A bridge opened."}]}


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    clusters = tmp_path / "c.jsonl"
    clusters.write_text(json.dumps(CLUSTER) + "\n", encoding="utf-8")
    return {"article": article, "clusters": clusters, "out": tmp_path / "out.jsonl"}


def _commands(files: dict[str, Path]) -> dict[str, list[str]]:
    return {
        "main": [str(files["article"])],
        "batch": ["batch", str(files["clusters"]), "-o", str(files["out"])],
        "evaluate": ["evaluate", str(files["clusters"])],
    }


@pytest.mark.parametrize(
    ("flag", "value", "message"),
    [
        ("--diversity", "2", "argument --diversity: must be a number in [0, 1]; got '2'"),
        ("--diversity", "nan", "argument --diversity: must be a number in [0, 1]; got 'nan'"),
        (
            "--max-words",
            "0",
            "argument --max-words: must be a positive whole number (1 or more); got '0'",
        ),
        (
            "--max-words",
            "ten",
            "argument --max-words: must be a positive whole number (1 or more); got 'ten'",
        ),
        ("--max-sentences", "-1", "must be a positive whole number (1 or more); got '-1'"),
        ("--order", "x", "argument --order: must be one of chronological, score; got 'x'"),
    ],
)
def test_a_bad_value_gets_one_message_and_exit_2_from_every_command(
    files: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
    flag: str,
    value: str,
    message: str,
) -> None:
    # Before: batch said "must be in [0, 1], got 2.0" and "expected a number", evaluate "must be
    # a positive integer", the main command "invalid choice" for --order.
    for command, argv in _commands(files).items():
        if command == "evaluate" and flag != "--max-words":
            continue  # evaluate takes only the budget of these
        assert main([*argv, flag, value]) == 2, command
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err, (command, err)
    assert not files["out"].exists()


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("diversity", 1.5, "diversity must be a number in [0, 1]; got 1.5"),
        (
            "citation_threshold",
            0,
            (
                "citation_threshold must be a number in (0, 1] or None (the relation's own level); "
                "got 0"
            ),
        ),
        ("max_words", 0, "max_words must be a positive whole number (1 or more) or None; got 0"),
        (
            "max_sentences",
            True,
            "max_sentences must be a positive whole number (1 or more) or None; got True",
        ),
        ("order", "random", "order must be one of chronological, score; got 'random'"),
        ("language", "xx", "language must be one of en, de, fr, es, it or None (detect); got 'xx'"),
        ("query", 5, "query must be a string or None; got 5 (int)"),
    ],
)
def test_summarizer_refuses_with_the_table_s_words(name: str, value: object, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        Summarizer(**{name: value}).summarize([ARTICLE, ARTICLE])
    assert str(caught.value) == message


def test_batch_and_evaluate_refuse_in_python_with_the_same_words() -> None:
    with pytest.raises(
        ConfigError, match=r"^jobs must be a positive whole number \(1 or more\); got 0$"
    ):
        list(batch.summarize_many([CLUSTER], jobs=0))
    with pytest.raises(ConfigError, match=r"^diversity must be a number in \[0, 1\]; got 2$"):
        list(batch.summarize_many([CLUSTER], diversity=2))
    with pytest.raises(
        ConfigError, match=r"^max_words must be a positive whole number \(1 or more\); got None$"
    ):
        evaluate.evaluate("unused.jsonl", max_words=None)  # type: ignore[arg-type]


def test_summarizer_defaults_are_the_table_s() -> None:
    signature = inspect.signature(Summarizer.__init__).parameters
    for name in ("max_words", "max_sentences", "diversity", "citation_threshold", "query"):
        assert signature[name].default == PARAMETERS[name].default, name
    for name in ("order", "clean", "language"):
        assert signature[name].default == PARAMETERS[name].default, name


@pytest.mark.parametrize(
    ("parameter", "good", "bad"),
    [
        (PARAMETERS["max_words"], [1, 10**6], [0, -1, 1.5, True, "3"]),
        (PARAMETERS["diversity"], [0, 0.0, 0.5, 1], [-0.1, 1.01, float("nan"), True, "0.3"]),
        (PARAMETERS["citation_threshold"], [0.1, 1.0], [0, 0.0, 2]),
        (PARAMETERS["order"], ["score"], ["Score", None, 1]),
    ],
)
def test_check_and_parse_agree(parameter: Parameter, good: list[object], bad: list[object]) -> None:
    for value in good:
        parameter.check(value)
        assert parameter.parse(str(value)) == value
    for value in bad:
        if value is None and parameter.optional:
            continue
        with pytest.raises(ConfigError):
            parameter.check(value)


def test_language_is_declared_once_with_auto_for_none(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    # Before: the main command declared its own choices and argparse said "invalid choice".
    assert main([str(files["article"]), "--language", "xx"]) == 2
    err = capsys.readouterr().err
    assert "argument --language: must be one of auto, en, de, fr, es, it; got 'xx'" in err
    assert PARAMETERS["language"].parse("auto") is None
    assert PARAMETERS["language"].parse("de") == "de"
    assert main([str(files["article"]), "--language", "auto"]) == 0
    assert "footbridge" in capsys.readouterr().out
    with pytest.raises(ConfigError, match=r"or None \(detect\); got 'auto'"):
        PARAMETERS["language"].check("auto")


def test_progress_is_declared_once_for_batch_and_stories(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before: stories took a bare --progress (no way to say never), batch auto|always|never.
    site = ["stories", str(files["article"]), "-o", str(tmp_path / "site")]
    for command, argv in (("batch", _commands(files)["batch"]), ("stories", site)):
        assert main([*argv, "--progress=sometimes"]) == 2, command
        err = capsys.readouterr().err
        assert "argument --progress: must be one of auto, always, never; got 'sometimes'" in err
        for given, shown in ((["--progress", "never"], False), (["--progress"], True)):
            assert main([*argv, *given]) == 0, (command, given)
            err = capsys.readouterr().err
            assert (("batch [" in err) or ("stories: grouping" in err)) is shown, (command, err)


def test_progress_alone_before_a_path_leaves_the_path_a_path(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "stories --progress PATH" (the flag before the paths, as stories took it when it was a
    # switch) reads PATH as an article, not as the progress mode.
    site = tmp_path / "site"
    assert main(["stories", "--progress", str(files["article"]), "-o", str(site)]) == 0
    assert "stories: grouping" in capsys.readouterr().err
    assert (site / "index.html").is_file()
    assert options_alone(["--progress", "never", "x"]) == ["--progress", "never", "x"]
    assert options_alone(["--progress", "x"]) == ["--progress=always", "x"]
    assert options_alone(["--", "--progress"]) == ["--", "--progress"]


def test_an_abbreviated_progress_alone_before_a_path_leaves_the_path_a_path(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # argparse reads "--prog" as "--progress"; the path after it is still a path.
    site = tmp_path / "site"
    assert main(["stories", "--prog", str(files["article"]), "-o", str(site)]) == 0
    assert "stories: grouping" in capsys.readouterr().err
    flags = ["--output", "--per-cluster", "--progress", "--json"]
    assert options_alone(["--prog", "x"], flags) == ["--progress=always", "x"]
    assert options_alone(["--prog", "never"], flags) == ["--prog", "never"]
    # A start several flags share, or one naming another flag, is argparse's to read.
    assert options_alone(["--p", "x"], flags) == ["--p", "x"]
    assert options_alone(["--p", "x"], ["--per-cluster", "--json"]) == ["--p", "x"]
    assert options_alone(["--prog", "x"]) == ["--prog", "x"]  # no flags known: whole flags only


def test_evaluate_s_short_start_of_per_cluster_still_means_per_cluster(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    per_cluster = tmp_path / "per.tsv"
    assert main(["evaluate", str(files["clusters"]), "--p", str(per_cluster)]) == 0
    assert per_cluster.is_file()


def test_an_option_the_command_does_not_have_is_named_as_given(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    # evaluate has no --progress: argparse said "unrecognized arguments: --progress=always",
    # an argument the user never wrote.
    assert main(["evaluate", str(files["clusters"]), "--progress"]) == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments: --progress" in err and "=always" not in err
    assert options_alone(["--progress", "x"], ["--per-cluster"]) == ["--progress", "x"]


def test_skip_bad_is_declared_once_for_the_main_command_and_stories(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Before: cli.py and stories.py each declared --skip-bad with their own copy of its help.
    parameter = PARAMETERS["skip_bad"]
    assert parameter.kind == "switch" and parameter.default is False
    for argv in (["--help"], ["stories", "--help"]):
        assert main(argv) == 0, argv
        shown = " ".join(capsys.readouterr().out.split())
        assert f"--skip-bad {parameter.help}" in shown, argv
