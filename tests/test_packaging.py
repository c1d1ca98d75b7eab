"""Packaging: the wheel carries the templates and data files, and renders outside the checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import REPO

RENDER_ANYWHERE = """
import summarizer, sys
assert not summarizer.__file__.startswith(sys.argv[1]), summarizer.__file__
b = summarizer.summarize(["The museum reopened its east wing on Friday after a long restoration.",
                          "After a long restoration the museum reopened its east wing on Friday."])
html = b.to_html()
assert "<html" in html and "museum" in html
print("ok")
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{result.stderr[-2000:]}")
    return next(out.glob("summarizer-*.whl"))


def test_wheel_has_templates_and_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for template in ("base.html.j2", "briefing.html.j2", "briefing.md.j2", "briefing.text.j2"):
        assert f"summarizer/templates/{template}" in names
    assert "summarizer/py.typed" in names
    assert any(n.startswith("summarizer/data/") and n.endswith(".txt") for n in names)
    assert not any(n.startswith(("tests/", "examples/")) for n in names)


def test_installed_wheel_renders_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    result = subprocess.run(
        [sys.executable, "-c", RENDER_ANYWHERE, str(REPO)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin", "PYTHONSAFEPATH": "1"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
