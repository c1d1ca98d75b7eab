"""Exception hierarchy: every error the package raises on purpose derives from ``SummarizerError``.

Each subclass also inherits the builtin a caller would naturally catch, so ``except ValueError``
keeps working for bad input and bad settings.
"""

from __future__ import annotations

import functools
from pathlib import Path

__all__ = [
    "ConfigError",
    "InputError",
    "ResourceError",
    "SummarizerError",
    "TemplateError",
    "install_hint",
]


class SummarizerError(Exception):
    """Base class of every error raised on purpose by ``summarizer``."""


class InputError(SummarizerError, ValueError):
    """The documents given cannot be summarised (missing, empty, unreadable, no sentences)."""


class ConfigError(SummarizerError, ValueError):
    """A parameter is out of range or of the wrong kind."""


class ResourceError(SummarizerError, LookupError):
    """Something the package needs is not installed (an optional extra, a data file)."""


class TemplateError(SummarizerError, LookupError):
    """A template is missing or does not compile."""


@functools.cache
def install_hint(extra: str) -> str:
    """The command that installs an optional extra's packages, e.g. ``pip install rouge-score>=0.1.2``.

    Never the project's own name with the extra in brackets: ``summarizer`` on the public package index is an
    unrelated project. The packages come from the ``[options.extras_require]`` of the checkout's
    ``setup.cfg`` when running from one, else from this installation's metadata.
    """
    import shlex

    requirements = _checkout_extra(Path(__file__).resolve().parents[1] / "setup.cfg", extra)
    if requirements is None:
        requirements = _installed_extra(extra)
    if not requirements:
        return f"install the packages of the {extra!r} extra listed in this project's setup.cfg"
    return "pip install " + " ".join(shlex.quote(r) for r in requirements)


def _checkout_extra(path: Path, extra: str) -> list[str] | None:
    """The extra's requirements in a checkout's ``setup.cfg`` (``None`` outside a checkout)."""
    import configparser

    if not path.is_file():
        return None
    parser = configparser.ConfigParser()
    try:
        parser.read(path, encoding="utf-8")
        value = parser.get("options.extras_require", extra, fallback=None)
    except (configparser.Error, OSError, UnicodeDecodeError):
        return None
    return None if value is None else value.split()


def _installed_extra(extra: str) -> list[str]:
    """The extra's requirements in the installed distribution's metadata (empty when unknown)."""
    import importlib.metadata
    import re

    try:
        requires = importlib.metadata.requires("summarizer") or []
    except importlib.metadata.PackageNotFoundError:
        return []
    marker = re.compile(rf"""^\s*([^;]+?)\s*;\s*extra\s*==\s*["']{re.escape(extra)}["']\s*$""")
    return [m.group(1) for r in requires if (m := marker.match(r))]
