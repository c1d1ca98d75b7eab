"""summarizer: extractive multi-document news summarisation with cited, verbatim briefings.

Several articles about one event go in; one briefing comes out. Sentences are scored by TF-IDF
relevance to the cluster (or to a query), picked by Maximal Marginal Relevance under a word
budget, and each is cited to every source that reports it.

>>> from summarizer import summarize
>>> briefing = summarize(["First article ...", "Second article ..."])  # doctest: +SKIP
>>> print(briefing.to_markdown())  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
import logging
import sys
import types as _types
from typing import TYPE_CHECKING

from .errors import ConfigError as ConfigError
from .errors import InputError as InputError
from .errors import ResourceError as ResourceError
from .errors import SummarizerError as SummarizerError
from .errors import TemplateError as TemplateError
from .types import Briefing as Briefing
from .types import Citation as Citation
from .types import Document as Document
from .types import Point as Point
from .types import Source as Source

if TYPE_CHECKING:  # pragma: no cover - typing only; at run time these load on first use
    from .group import group_stories as group_stories
    from .load import load_documents as load_documents
    from .pipeline import Summarizer as Summarizer
    from .pipeline import summarize as summarize
    from .render import render as render
    from .split import split_sentences as split_sentences

# Attribute -> module that defines it. Loaded on first access (PEP 562), so that `summarizer
# --help` and `import summarizer` do not pay for the stage modules (their regex tables and word
# lists take most of a second to build on a busy machine) nor for scikit-learn and nltk.
_LAZY = {
    "summarize": ".pipeline",
    "Summarizer": ".pipeline",
    "group_stories": ".group",
    "load_documents": ".load",
    "render": ".render",
    "split_sentences": ".split",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


class _Package(_types.ModuleType):
    """The package module; keeps ``summarizer.render`` the function once the submodule loads."""

    def __setattr__(self, name: str, value: object) -> None:
        # Importing the submodule ``summarizer.render`` sets the package attribute ``render`` to the
        # module; the eager ``from .render import render`` used to overwrite it with the function,
        # and callers rely on that (``summarizer.render(briefing, "md")``).
        if name == "render" and isinstance(value, _types.ModuleType):
            value = value.render
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

__version__ = "0.1.0"

__all__ = [
    "Briefing",
    "Citation",
    "ConfigError",
    "Document",
    "InputError",
    "Point",
    "ResourceError",
    "Source",
    "Summarizer",
    "SummarizerError",
    "TemplateError",
    "__version__",
    "group_stories",
    "load_documents",
    "render",
    "split_sentences",
    "summarize",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
