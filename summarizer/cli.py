"""Command line: ``summarizer PATH... [-o FILE]`` -> a briefing; ``summarizer evaluate DATASET``.

Exit codes: 0 success, 1 a ``SummarizerError`` (bad input, bad template, unwritable output) with
one line ``summarizer: error: ...`` on stderr, 2 usage errors, 130 interrupted. No traceback
unless ``--debug``. Output files are written atomically (temporary file, then rename), so a
reader never sees half a briefing and an interrupted run leaves no partial file.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, cast

from .errors import SummarizerError

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .types import OutputFormat

__all__ = ["build_parser", "main", "positive_int", "write_atomic"]

PROG = "summarizer"
# Output format by the suffix of -o.
_SUFFIX_FORMATS = {
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".markdown": "md",
    ".json": "json",
    ".txt": "text",
}
_FORMATS = ("html", "md", "json", "text")
# Subcommand -> module providing ``add_arguments(parser)`` and ``run(args) -> int``.
_SUBCOMMANDS = {"evaluate": "summarizer.evaluate", "batch": "summarizer.batch"}


class _UsageError(Exception):
    """Raised by the parser instead of exiting, so ``main`` can return 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise _UsageError(message)


def positive_int(text: str) -> int:
    """argparse type shared by every subcommand: a whole number >= 1 (else a usage error, exit 2)."""
    problem = f"must be a positive integer (a whole number, 1 or more); got {text!r}"
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(problem) from None
    if value < 1:
        raise argparse.ArgumentTypeError(problem)
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, got {text}")
    return value


def _unit_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number in [0, 1], got {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be in [0, 1], got {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the main command (documented by ``summarizer --help``)."""
    parser = _Parser(
        prog=PROG,
        description=(
            "Summarise several news articles about one event into one briefing: key sentences "
            "taken verbatim from the articles (TF-IDF relevance, MMR redundancy removal), each "
            "cited to every source that reports it."
        ),
        epilog=(
            "other commands: 'summarizer evaluate DATASET.jsonl' scores summaries with ROUGE; "
            "'summarizer batch CLUSTERS.jsonl -o OUT.jsonl' summarises many clusters "
            "(see 'summarizer evaluate --help', 'summarizer batch --help').  Exit status: 0 ok, 1 bad input or output, "
            "2 usage error, 130 interrupted."
        ),
    )
    from . import __version__

    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files (.txt, .md, .html), folders of them, .json/.jsonl document files, "
        "http(s) URLs of articles (HTML and URLs need: pip install 'summarizer[web]'), "
        "or - for stdin",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the briefing to FILE (atomically); - or no -o: standard output",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=_FORMATS,
        help="output format; default: from the -o suffix (.html .md .json .txt), else text",
    )
    parser.add_argument(
        "--max-words",
        type=positive_int,
        metavar="N",
        help="word budget of the briefing, never exceeded (default 120 when no budget is given)",
    )
    parser.add_argument(
        "--max-sentences", type=positive_int, metavar="N", help="sentence budget of the briefing"
    )
    parser.add_argument(
        "--diversity",
        type=_unit_float,
        metavar="X",
        help="MMR trade-off in [0, 1]: 0 relevance only, 1 novelty only (default 0.3)",
    )
    parser.add_argument(
        "--query", metavar="TEXT", help="focus the briefing on this topic or question"
    )
    parser.add_argument(
        "--order",
        choices=("chronological", "score"),
        default="chronological",
        help="reading order of the points (default: chronological)",
    )
    parser.add_argument(
        "--template",
        metavar="FILE",
        help="a Jinja template to render with (may extend the built-in one and override a block)",
    )
    parser.add_argument(
        "--no-clean",
        action="store_true",
        help="keep every line: do not remove headers, captions, ads and embeds",
    )
    parser.add_argument(
        "--skip-bad",
        action="store_true",
        help="skip unreadable inputs with a warning instead of stopping",
    )
    parser.add_argument(
        "--max-bytes",
        type=positive_int,
        metavar="N",
        help="refuse input files larger than N bytes (default 50 MB)",
    )
    parser.add_argument(
        "--timeout",
        type=_positive_float,
        metavar="SECONDS",
        help="give up on a URL after this many seconds (default 20)",
    )
    parser.add_argument("--debug", action="store_true", help="show the full traceback of any error")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Parameters
    ----------
    argv : sequence of str, optional
        The arguments (``sys.argv[1:]`` when ``None``).

    Returns
    -------
    int
        0 success, 1 error, 2 usage error, 130 interrupted.
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    try:
        if args_list and args_list[0] in _SUBCOMMANDS:
            return _run_subcommand(args_list[0], args_list[1:])
        args = build_parser().parse_args(args_list)
        return _run(args)
    except _UsageError:
        return 2
    except SystemExit as exc:  # --help, --version
        return exc.code if isinstance(exc.code, int) else 0
    except KeyboardInterrupt:
        if debug:
            raise
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except SummarizerError as exc:
        if debug:
            raise
        print(f"{PROG}: error: {_one_line(exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader of stdout went away (e.g. `| head`); nothing to report.
        with contextlib.suppress(Exception):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return 1


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def _run_subcommand(name: str, argv: list[str]) -> int:
    import importlib

    module = importlib.import_module(_SUBCOMMANDS[name])
    parser = _Parser(
        prog=f"{PROG} {name}", description=(module.__doc__ or "").strip().splitlines()[0]
    )
    module.add_arguments(parser)
    parser.add_argument("--debug", action="store_true", help="show the full traceback of any error")
    args = parser.parse_args(argv)
    result: int = module.run(args)
    return result


def _run(args: argparse.Namespace) -> int:
    from .load import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, SkippedInputWarning, load_documents
    from .pipeline import Summarizer
    from .render import render

    output = Path(args.output) if args.output and args.output != "-" else None  # "-": stdout
    fmt = args.format or (_SUFFIX_FORMATS.get(output.suffix.lower(), "text") if output else "text")
    if output is not None:
        _check_output(output, args.paths)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", SkippedInputWarning)
        documents = load_documents(
            *args.paths,
            max_bytes=args.max_bytes or DEFAULT_MAX_BYTES,
            skip_bad=args.skip_bad,
            timeout=args.timeout or DEFAULT_TIMEOUT,
        )
    for warning in caught:
        if issubclass(warning.category, SkippedInputWarning):
            print(f"{PROG}: warning: {_one_line(Exception(warning.message))}", file=sys.stderr)
        else:
            warnings.warn_explicit(
                warning.message, warning.category, warning.filename, warning.lineno
            )
    summarizer = Summarizer(
        max_words=args.max_words,
        max_sentences=args.max_sentences,
        query=args.query,
        order=args.order,
        clean=not args.no_clean,
        **({"diversity": args.diversity} if args.diversity is not None else {}),
    )
    briefing = summarizer.summarize(documents)
    content = render(briefing, cast("OutputFormat", fmt), template=args.template)
    _check_encodable(content, output)
    if output is None:
        sys.stdout.write(content)
        sys.stdout.flush()
    else:
        try:
            write_atomic(output, content)
        except OSError as exc:
            raise _OutputError(
                f"cannot write {output} ({exc.strerror or exc}); choose a writable output path"
            ) from exc
    return 0


class _OutputError(SummarizerError, OSError):
    """The output file cannot be written."""


def _check_encodable(content: str, output: Path | None) -> None:
    """Refuse, before writing a byte, a briefing the output's encoding cannot hold.

    A lone surrogate (a ``\\ud800`` escape in a JSON input) survives decoding but not encoding, and
    a non-UTF-8 standard output cannot hold every script; either would otherwise end in a
    traceback after part of the briefing was written.
    """
    stream = sys.stdout if output is None else None
    encoding = (getattr(stream, "encoding", None) or "utf-8") if stream is not None else "utf-8"
    errors = (getattr(stream, "errors", None) or "strict") if stream is not None else "strict"
    try:
        content.encode(encoding, errors)
    except UnicodeEncodeError as exc:
        bad = exc.object[exc.start : exc.end]
        if any("\ud800" <= ch <= "\udfff" for ch in bad):
            raise _OutputError(
                f"the input holds text that is not valid Unicode ({bad!r}: a lone surrogate, e.g. "
                "a \\ud800 escape in a JSON file); remove it from the input"
            ) from exc
        raise _OutputError(
            f"standard output cannot encode {bad!r} as {encoding}; write with -o FILE (UTF-8) "
            "or set PYTHONIOENCODING=utf-8"
        ) from exc


def _input_files(paths: Sequence[str]) -> Iterator[Path]:
    from .load import is_briefing

    for raw in paths:
        if raw == "-":
            continue
        p = Path(raw)
        if p.is_dir():
            # A briefing saved in the folder is our output, not an input: it may be replaced.
            yield from (f for f in p.rglob("*") if f.is_file() and not is_briefing(f))
        elif p.exists():
            yield p


def _check_output(output: Path, paths: Sequence[str]) -> None:
    """Refuse an output that would overwrite an input, or that cannot be created."""
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.is_dir():
        raise _OutputError(
            f"cannot write {output}: folder {parent} does not exist; create it or choose another -o"
        )
    if output.is_dir():
        raise _OutputError(f"cannot write {output}: it is a folder; give a file name for -o")
    if output.exists() and any(_same_file(f, output) for f in _input_files(paths)):
        raise _OutputError(
            f"refusing to write {output}: it is one of the inputs; choose another -o"
        )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def write_atomic(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` through a temporary file in the same folder and a rename.

    Readers see the old file or the new one, never a part; an error or Ctrl-C leaves no partial file.
    """
    directory = path.parent if str(path.parent) else Path(".")
    _remove_stale_temp(directory, path.name)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _remove_stale_temp(directory: Path, name: str) -> None:
    """Delete the temporary files of earlier writes of ``name`` whose process is gone (kill -9).

    ``write_atomic`` names them ``.NAME.PID.XXXX.tmp``; a file whose PID still runs is left alone.
    """
    prefix = f".{name}."
    try:
        entries = os.listdir(directory)
    except OSError:
        return
    for entry in entries:
        if not (entry.startswith(prefix) and entry.endswith(".tmp")):
            continue
        pid = entry[len(prefix) :].split(".", 1)[0]
        if not pid.isdigit() or _running(int(pid)):
            continue
        with contextlib.suppress(OSError):
            os.unlink(directory / entry)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True  # another user's process, or not ours to judge
    return True
