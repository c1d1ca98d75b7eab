"""Exception hierarchy: every error the package raises on purpose derives from ``SummarizerError``.

Each subclass also inherits the builtin a caller would naturally catch, so ``except ValueError``
keeps working for bad input and bad settings.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "InputError",
    "ResourceError",
    "SummarizerError",
    "TemplateError",
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
