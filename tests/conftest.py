"""Shared fixtures: paths to ../shared, golden-file refresh option, hypothesis profile."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from summarizer.types import Sentence

try:
    from hypothesis import HealthCheck, settings
except ImportError:  # pragma: no cover - hypothesis is in the test extra
    settings = None  # type: ignore[assignment]

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SUMMARIZER_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "seeds"
BENCHMARKS = SHARED / "benchmarks"
EXAMPLES = REPO / "examples"


def run_python(
    args: Sequence[str], *, hash_seed: str, timeout: float = 120
) -> subprocess.CompletedProcess[bytes]:
    """``python ARGS`` from the repository under ``PYTHONHASHSEED=hash_seed``: a set or dict
    iterated in hash order shows as output that changes with the seed."""
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        env=env,
        cwd=REPO,
        timeout=timeout,
        check=False,
    )


if settings is not None:
    # A fixed, derandomised budget: CI stays within minutes and every run tries the same examples.
    settings.register_profile(
        "ci",
        max_examples=60,
        derandomize=True,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    settings.register_profile("dev", max_examples=300, deadline=None)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the golden briefings under tests/data/golden/ instead of comparing (review the diff!)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(
            f"the sample articles are not here ({SEEDS}); run with ../shared beside the repo"
        )
    return SEEDS


@pytest.fixture
def benchmarks_dir() -> Path:
    if not BENCHMARKS.is_dir():
        pytest.skip(
            f"the benchmark data is not here ({BENCHMARKS}); run with ../shared beside the repo"
        )
    return BENCHMARKS


def build_sentences(corpus: dict[str, Sequence[str]]) -> tuple[Sentence, ...]:
    """Sentences with offsets into each document's text (sentences joined by one space)."""
    out: list[Sentence] = []
    for doc_id, texts in corpus.items():
        position = 0
        for index, text in enumerate(texts):
            out.append(Sentence(doc_id, index, position, position + len(text), text))
            position += len(text) + 1
    return tuple(out)
