"""The README's promises: its two fresh-machine commands, and that CI runs its test command verbatim."""

from __future__ import annotations

import re

import pytest
from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def commands() -> list[str]:
    return re.findall(r"```sh\n(.+?)\n```", README)


def test_readme_opens_with_run_and_test_commands() -> None:
    run, test = commands()[:2]
    assert "pip install" in run and "summarizer examples/" in run
    assert "pip install" in test and "pytest" in test
    example = run.split("summarizer examples/")[1].split()[0]
    assert (REPO / "examples" / example).is_dir()


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    test = commands()[1]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines()


@pytest.mark.parametrize(
    ("readme", "seen"),
    [
        ("README.md", "tests/test_limits.py"),
        ("examples/README.md", "examples/regenerate.py"),
        ("summarizer/data/README.md", "summarizer/lexicon.py"),
        ("benchmarks/README.md", "tests/test_evaluate.py"),
    ],
)
def test_every_file_and_folder_of_the_tree_a_readme_names_exists(readme: str, seen: str) -> None:
    # The golden briefings moved to tests/data/golden/ while the README still sent readers to
    # tests/data/cases/. A path in backticks (or run by a command) under one of the tree's own
    # folders must be there; a placeholder ("<lang>", "<event>") stands for any name.
    top = r"(?:summarizer|tests|benchmarks|examples|docs|\.ci)/"
    text = (REPO / readme).read_text(encoding="utf-8")
    named = re.findall(rf"[`(\s]({top}[\w./<>-]*)", text)
    assert seen in named  # the pattern reads the file's paths
    missing = [
        path
        for path in dict.fromkeys(named)
        if not list(REPO.glob(re.sub(r"<\w+>", "*", path.rstrip("/."))))
    ]
    assert not missing, f"{readme} names paths this tree does not have: {missing}"


@pytest.mark.parametrize("command", ["", "evaluate", "batch", "stories"])
def test_the_readmes_synopsis_lists_every_option_of_each_command(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # The synopsis of 'summarizer stories' lacked its --debug. Each option of a command's --help
    # is in that command's lines of the README's synopsis, by one of its names ("-o", "--output").
    from summarizer.cli import main

    assert main([command, "--help"] if command else ["--help"]) == 0
    listed = capsys.readouterr().out.split("\noptions:\n", 1)[1]
    options = [
        [name.split()[0] for name in line.strip().split("  ")[0].split(", ")]
        for line in listed.splitlines()
        if line.startswith("  -") and not line.startswith("  -h, --help")
    ]
    assert options
    synopsis = README.split("## Command line", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    # The command's lines: from its "summarizer COMMAND" line to the next command's.
    blocks = re.split(r"\n(?=summarizer )", synopsis)
    (block,) = [b for b in blocks if b.split()[1] == (command or "PATH...")]
    missing = [
        names[-1]
        for names in options
        if not any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", block) for name in names)
    ]
    assert not missing, f"summarizer {command} --help has options the README omits: {missing}"
