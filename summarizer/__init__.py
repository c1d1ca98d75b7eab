"""summarizer: extractive multi-document news summarisation with cited, verbatim briefings.

Several articles about one event go in; one briefing comes out. Sentences are scored by TF-IDF
relevance to the cluster (or to a query), picked by Maximal Marginal Relevance under a word
budget, and each is cited to every source that reports it.

>>> from summarizer import summarize
>>> briefing = summarize(["First article ...", "Second article ..."])  # doctest: +SKIP
>>> print(briefing.to_markdown())  # doctest: +SKIP
"""

from __future__ import annotations

import logging

from .errors import ConfigError as ConfigError
from .errors import InputError as InputError
from .errors import ResourceError as ResourceError
from .errors import SummarizerError as SummarizerError
from .errors import TemplateError as TemplateError
from .load import load_documents as load_documents
from .pipeline import Summarizer as Summarizer
from .pipeline import summarize as summarize
from .render import render as render
from .split import split_sentences as split_sentences
from .types import Briefing as Briefing
from .types import Citation as Citation
from .types import Document as Document
from .types import Point as Point
from .types import Source as Source

__version__ = "0.1.0"

__all__ = [
    "summarize",
    "Summarizer",
    "Document",
    "Briefing",
    "Point",
    "Source",
    "Citation",
    "load_documents",
    "split_sentences",
    "render",
    "SummarizerError",
    "InputError",
    "ConfigError",
    "ResourceError",
    "TemplateError",
    "__version__",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
