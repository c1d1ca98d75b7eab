"""The examples in the package's docstrings run as written (``summarize``'s, ``render``'s, ...)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import summarizer

MODULES = sorted(
    name
    for _, name, _ in pkgutil.walk_packages(summarizer.__path__, prefix="summarizer.")
    if name != "summarizer.__main__"
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run_as_written(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, report=True, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples fail in {name}"


def test_the_examples_are_found() -> None:
    # summarize's own example at least: a collection that finds none would pass every module.
    finder = doctest.DocTestFinder()
    pipeline = importlib.import_module("summarizer.pipeline")
    assert any(test.examples for test in finder.find(pipeline.summarize))
