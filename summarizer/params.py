"""Parameters declared once: name, type, range, default, help -> the API's checks and every CLI.

``PARAMETERS`` holds each setting a user gives (``Summarizer``'s, and the ``jobs`` and
``use_query`` of batch, the ``limit`` of evaluate, the ``progress`` of batch and stories and the
``skip_bad`` of the main command and stories). ``Summarizer`` validates with ``Parameter.check``
(a ``ConfigError``, exit 1 from a CLI), and every command declares its options with
``add_argument`` (a usage error, exit 2), so the same bad value is refused with the same words
everywhere: what is allowed, and the value given ("must be a number in [0, 1]; got '2'").
"""

from __future__ import annotations

import argparse
import math
import numbers
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from .errors import ConfigError
from .lexicon import LANGUAGES
from .order import ORDERS
from .select import DEFAULT_DIVERSITY

__all__ = ["PARAMETERS", "Parameter", "options_alone", "positive_int", "shows_progress"]

Kind = Literal["count", "fraction", "choice", "text", "switch"]


@dataclass(frozen=True, slots=True)
class Parameter:
    """One setting: its name, type and range, its default and its help.

    Attributes
    ----------
    name : str
        The keyword of the Python API (``max_words``); the CLI flag is ``--max-words``.
    kind : {"count", "fraction", "choice", "text", "switch"}
        A whole number >= 1; a number in [0, 1] (``(0, 1]`` with ``low_open``); one of
        ``choices``; a string; a boolean (a CLI switch).
    default : object
        The value when none is given.
    help : str
        What it does, for ``--help`` (``{briefing}`` is "the briefing" or "each briefing").
    optional : bool
        None is allowed in the API (``none_means`` says what it means, e.g. "detect").
    cli_none : str
        The word that gives None on the command line, first among the choices ("auto").
    const : str or None
        The value of the option given alone, without one (``--progress``: "always").
    """

    name: str
    kind: Kind
    default: object
    help: str
    metavar: str | None = None
    choices: tuple[str, ...] = ()
    low_open: bool = False
    optional: bool = False
    none_means: str = ""
    cli_none: str = ""
    const: str | None = None

    @property
    def flag(self) -> str:
        """The command-line option."""
        return "--" + self.name.replace("_", "-")

    @property
    def allowed(self) -> str:
        """The values allowed, as a message says them."""
        if self.kind == "count":
            return "a positive whole number (1 or more)"
        if self.kind == "fraction":
            return "a number in (0, 1]" if self.low_open else "a number in [0, 1]"
        if self.kind == "choice":
            return "one of " + ", ".join(self.choices)
        if self.kind == "text":
            return "a string"
        return "True or False"

    def _valid(self, value: object) -> bool:
        if self.kind == "count":
            return (
                isinstance(value, numbers.Integral)
                and not isinstance(value, bool)
                and int(value) >= 1
            )
        if self.kind == "fraction":
            if isinstance(value, bool) or not isinstance(value, numbers.Real):
                return False
            number = float(value)
            above = number > 0 if self.low_open else number >= 0
            return not math.isnan(number) and above and number <= 1
        if self.kind == "choice":
            return isinstance(value, str) and value in self.choices
        if self.kind == "text":
            return isinstance(value, str)
        return isinstance(value, bool)

    def check(self, value: object, *, required: bool = False) -> None:
        """Refuse a value the API was given that is not allowed (None too when ``required``).

        Raises
        ------
        ConfigError
            "``name`` must be ALLOWED (or None); got VALUE".

        Examples
        --------
        >>> PARAMETERS["diversity"].check(1.5)
        Traceback (most recent call last):
        ...
        summarizer.errors.ConfigError: diversity must be a number in [0, 1]; got 1.5
        """
        optional = self.optional and not required
        if value is None and optional:
            return
        if not self._valid(value):
            none = " or None" if optional else ""
            if none and self.none_means:
                none += f" ({self.none_means})"
            shown = repr(value) if self.kind != "text" else f"{value!r} ({type(value).__name__})"
            raise ConfigError(f"{self.name} must be {self.allowed}{none}; got {shown}")

    def parse(self, text: str) -> object:
        """Read a command-line value (argparse's ``type``): a usage error when not allowed."""
        if self.cli_none and text == self.cli_none:
            return None
        value: object = text
        try:
            if self.kind == "count":
                value = int(text)
            elif self.kind == "fraction":
                value = float(text)
        except ValueError:
            value = None
        if value is None or not self._valid(value):
            allowed = self.allowed
            if self.cli_none:
                allowed = "one of " + ", ".join((self.cli_none, *self.choices))
            raise argparse.ArgumentTypeError(f"must be {allowed}; got {text!r}")
        return value

    def add_argument(
        self,
        parser: argparse.ArgumentParser,
        *,
        briefing: str = "the briefing",
        default: object = None,
        help: str | None = None,
        short: str | None = None,
    ) -> None:
        """Declare this parameter's option on ``parser``.

        ``default`` and ``help`` override the table's for a command whose default differs (the
        evaluation budget); ``short`` adds a one-letter flag (``-j``); a switch is given as
        ``--no-NAME`` when it defaults to True.
        """
        text = (self.help if help is None else help).format(briefing=briefing)
        flags = (short, self.flag) if short else (self.flag,)
        if self.kind == "switch":
            flag = f"--no-{self.name.replace('_', '-')}" if self.default else self.flag
            parser.add_argument(flag, action="store_true", help=text)
        elif self.kind == "choice":
            alone = {"nargs": "?", "const": self.const} if self.const is not None else {}
            parser.add_argument(
                *flags,
                **alone,  # type: ignore[arg-type]
                type=self.parse,
                default=self.default if default is None else default,
                metavar="{"
                + ",".join((self.cli_none, *self.choices) if self.cli_none else self.choices)
                + "}",
                help=text,
            )
        else:
            parser.add_argument(
                *flags, type=self.parse, default=default, metavar=self.metavar, help=text
            )


def _table(*parameters: Parameter) -> dict[str, Parameter]:
    return {parameter.name: parameter for parameter in parameters}


#: Every parameter, by its API name.
PARAMETERS = _table(
    Parameter(
        "max_words",
        "count",
        None,
        "word budget of {briefing}, never exceeded (default 120 when no budget is given)",
        metavar="N",
        optional=True,
    ),
    Parameter(
        "max_sentences",
        "count",
        None,
        "sentence budget of {briefing}",
        metavar="N",
        optional=True,
    ),
    Parameter(
        "diversity",
        "fraction",
        DEFAULT_DIVERSITY,
        f"MMR trade-off in [0, 1]: 0 relevance only, 1 novelty only (default {DEFAULT_DIVERSITY})",
        metavar="X",
    ),
    Parameter(
        "citation_threshold",
        "fraction",
        None,
        "probability in (0, 1] of the same-statement relation from which another source's "
        "sentence states a point's fact",
        metavar="X",
        low_open=True,
        optional=True,
        none_means="the relation's own level",
    ),
    Parameter("query", "text", None, "focus the briefing on this topic or question", optional=True),
    Parameter(
        "order",
        "choice",
        "chronological",
        "reading order of the points (default: chronological)",
        choices=ORDERS,
    ),
    Parameter(
        "language",
        "choice",
        None,
        "the articles' language, for splitting sentences",
        choices=LANGUAGES,
        optional=True,
        none_means="detect",
        cli_none="auto",
    ),
    Parameter(
        "clean", "switch", True, "keep every line: do not remove headers, captions, ads and embeds"
    ),
    Parameter(
        "use_query",
        "switch",
        False,
        "focus each briefing on its cluster's query (title. narrative); a cluster without one fails",
    ),
    Parameter(
        "skip_bad",
        "switch",
        False,
        "skip unreadable inputs (of a .jsonl file, its bad lines; of a .json list, its bad "
        "items) with a warning instead of stopping",
    ),
    Parameter(
        "jobs",
        "count",
        1,
        "worker processes (default 1, at most one per CPU; with --scheduler, all the Dask cluster's threads)",
        metavar="N",
    ),
    Parameter(
        "limit", "count", None, "evaluate only the first K clusters", metavar="K", optional=True
    ),
    Parameter(
        "progress",
        "choice",
        "auto",
        "progress on stderr: auto (the default) only when stderr is a terminal, always (also "
        "--progress alone), or never",
        choices=("auto", "always", "never"),
        const="always",
    ),
)


def options_alone(argv: Sequence[str], option_strings: Iterable[str] = ()) -> list[str]:
    """``argv`` with each option that may be given alone (``Parameter.const``: ``--progress``)
    and is not followed by one of its choices written with its value (``--progress=always``), so
    that the word after it stays what it is: ``stories --progress news/ -o site/`` reads
    ``news/`` as a path, not as the option's value.

    ``option_strings`` are the command parser's own (every flag it declares): with them an
    abbreviation argparse would read as such an option (``--prog``, the start of no other flag)
    is one too; a start that several flags share (``--p`` of ``--per-cluster`` and ``--progress``)
    or that names another flag (``--p`` of evaluate's ``--per-cluster``) is left to argparse, as
    is an option the command does not declare (evaluate's ``--progress``).
    """
    alone = {p.flag: p for p in PARAMETERS.values() if p.const is not None}
    flags = tuple(option_strings)
    out: list[str] = []
    for k, word in enumerate(argv):
        if word == "--":
            out.extend(argv[k:])
            break
        flag = word
        if word.startswith("--") and "=" not in word and word not in flags:
            started = [f for f in flags if f.startswith(word)]
            flag = started[0] if len(started) == 1 else word
        # A flag the command does not declare is argparse's to refuse, as written.
        parameter = alone.get(flag) if not flags or flag in flags else None
        following = argv[k + 1] if k + 1 < len(argv) else None
        if parameter is not None and following not in parameter.choices:
            out.append(f"{flag}={parameter.const}")
        else:
            out.append(word)
    return out


def shows_progress(mode: str) -> bool:
    """Whether a command shows its progress on stderr in ``mode`` (the ``progress`` parameter's
    value): "auto" only when stderr is a terminal."""
    if mode != "auto":
        return mode == "always"
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # replaced or closed streams
        return False


def positive_int(text: str) -> int:
    """argparse type for any whole number >= 1 (``--max-bytes``, ``--min-sources``): exit 2."""
    value = PARAMETERS["max_words"].parse(text)
    assert isinstance(value, int)
    return value
