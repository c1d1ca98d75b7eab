"""The README's promises: its two fresh-machine commands, and that CI runs its test command verbatim."""

from __future__ import annotations

import re

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
