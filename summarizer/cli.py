"""Command line: ``summarizer PATH... [-o FILE]`` -> a briefing; ``summarizer evaluate DATASET``.

Exit codes: 0 success, 1 a ``SummarizerError`` (bad input, bad template, unwritable output) with
one line ``summarizer: error: ...`` on stderr, 2 usage errors, 130 interrupted, 141 standard
output closed early (``| head``, quietly). No traceback unless ``--debug``. A regular output file
is written atomically (temporary file, then rename), so a reader never sees half a briefing and
an interrupted run leaves no partial file; a symlink's target is replaced so; a character device
or a named pipe is written in place; anything else is refused (see ``write_atomic``). Control
characters never reach a terminal raw (see ``escape_controls``).
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import stat
import sys
import tempfile
import warnings
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NoReturn, cast

from .errors import ConfigError, SummarizerError
from .params import PARAMETERS, options_alone, positive_int
from .text import CONTROL_RE, escape_controls

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .pipeline import Summarizer
    from .types import Briefing, Document, OutputFormat

__all__ = [
    "OutputSuffixError",
    "add_briefing_arguments",
    "build_parser",
    "check_batch_output",
    "check_output_suffix",
    "entry",
    "escape_controls",
    "main",
    "positive_int",
    "resolve_output",
    "write_atomic",
]

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
# Exit status when the reader of standard output went away: what a shell reports for a program
# ended by SIGPIPE (128 + 13), as `cat` gives under `| head`.
_EXIT_BROKEN_PIPE = 141
# A full disk, quota or file size limit while a subcommand writes (stdout or its -o file).
_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
# Subcommand -> module providing ``add_arguments(parser)`` and ``run(args) -> int``.
_SUBCOMMANDS = {
    "evaluate": "summarizer.evaluate",
    "batch": "summarizer.batch",
    "stories": "summarizer.stories",
}


class _UsageError(Exception):
    """Raised by the parser instead of exiting, so ``main`` can return 2."""


class OutputSuffixError(_UsageError):
    """The ``-o`` suffix names no format this command writes (a usage error: exit 2, one line)."""


class _Parser(argparse.ArgumentParser):
    # The arguments being parsed (set by ``_main``): a usage error can then say what went wrong.
    given: Sequence[str] = ()

    def error(self, message: str) -> NoReturn:
        if message.endswith("required: PATH") and any(
            self._reads_as("--since", arg) for arg in self.given
        ):
            # --since takes every path after it: "summarizer --since OLD NEW" leaves no article.
            message += (
                "; --since takes every path after it: give the articles before --since "
                "(summarizer NEW... --since OLD...)"
            )
        elif message.endswith("required: PATH") and _stdin_piped():
            # "cat article.txt | summarizer" reads nothing piped in unless told: say how.
            message += "; to read what is piped in, give - as the path (... | summarizer -)"
        if not message.startswith("argument "):
            # A bad value of an option ("argument --max-words: must be a positive whole number
            # (1 or more); got '0'") is one line naming the option and the fix; the whole usage
            # before it only buries that line. A missing or unknown argument keeps the usage.
            self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {escape_controls(message)}", file=sys.stderr)
        raise _UsageError(message)

    def _reads_as(self, flag: str, arg: str) -> bool:
        """Whether argparse reads ``arg`` as the option ``flag``: the flag, or a start of it that
        starts no other flag ("--sin"), alone or with its ``=value``."""
        given = arg.split("=", 1)[0]
        if not given.startswith("--") or len(given) < 3:
            return False
        started = {
            f for action in self._actions for f in action.option_strings if f.startswith(given)
        }
        return given == flag or started == {flag}


def _stdin_piped() -> bool:
    """Whether standard input is a pipe or a file (not a terminal, nor a device such as
    /dev/null): text may wait there for a ``-`` that was not given."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (AttributeError, ValueError, OSError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"must be a number of seconds, such as 20; got {text!r}"
        ) from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(
            f"must be a positive number of seconds, such as 20; got {text!r}"
        )
    return value


def add_briefing_arguments(
    parser: argparse.ArgumentParser, *flags: str, briefing: str = "the briefing"
) -> None:
    """Declare the briefing settings ``flags`` (e.g. ``"--max-words"``) on ``parser``.

    Each is a parameter of ``summarizer.params.PARAMETERS`` (``--no-clean`` is ``clean``): its
    type, range, default and help are declared there once, for the API and every command.
    """
    for flag in flags:
        name = "clean" if flag == "--no-clean" else flag[2:].replace("-", "_")
        PARAMETERS[name].add_argument(parser, briefing=briefing)


def build_parser() -> _Parser:
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
            "'summarizer batch CLUSTERS.jsonl -o OUT.jsonl' summarises many clusters; "
            "'summarizer stories PATH... -o DIR' groups articles into stories and writes a site "
            "(see 'summarizer evaluate --help', 'summarizer batch --help', 'summarizer stories --help').  "
            "Exit status: 0 ok, 1 bad input or output, "
            "2 usage error, 130 interrupted, 141 standard output closed early (| head)."
        ),
    )
    from . import __version__

    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files (.txt, .md, .html), folders of them, .json/.jsonl document files, "
        "RSS/Atom feeds (.rss, .atom, .xml; need: pip install feedparser), http(s) URLs of "
        "articles (HTML and URLs need: pip install trafilatura lxml_html_clean), or - for stdin",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the briefing to FILE (atomically; a symlink's target is replaced, a device or "
        "named pipe written in place); - or no -o: standard output",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=_FORMATS,
        help="output format; default: from the -o suffix (.html .md .json .txt), else from the "
        "--template file's name (mine.html.j2), else text",
    )
    add_briefing_arguments(parser, "--max-words", "--max-sentences", "--diversity")
    parser.add_argument(
        "--query", metavar="TEXT", help="focus the briefing on this topic or question"
    )
    add_briefing_arguments(parser, "--order")
    PARAMETERS["language"].add_argument(
        parser,
        help="the articles' language (default: auto, detected per article, English when in "
        "doubt); the briefing is written in the language of most articles",
    )
    parser.add_argument(
        "--since",
        nargs="+",
        action="extend",
        metavar="PATH",
        help="earlier articles already read (files, folders, feeds): the briefing tells what is "
        "new, leaving out what they already said; give it after the articles",
    )
    parser.add_argument(
        "--template",
        metavar="FILE",
        help=(
            "a Jinja template to render with, named for its format (mine.html.j2); it may "
            'extend the built-in "briefing.html.j2" and replace a block, or include '
            '"briefing.md.j2" or "briefing.text.j2"'
        ),
    )
    add_briefing_arguments(parser, "--no-clean")
    PARAMETERS["skip_bad"].add_argument(parser)
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
    with _interruptible():
        return _main(args_list, debug)


def entry() -> NoReturn:
    """The ``summarizer`` command and ``python -m summarizer``: exit with :func:`main`'s status.

    After an interrupt the process leaves with ``os._exit(130)``: CPython ends a run by killing
    itself with SIGINT, whatever status the program chose, once a KeyboardInterrupt has escaped
    any code it evaluated from a string (a Cython module that was being imported when the signal
    came), so a plain ``sys.exit(130)`` gave -2 in about one run of four. Our clean-up has run by
    then; only the streams are left to flush.
    """
    if sys.stderr is None:
        # Closed (2>&-): print(file=None) would write errors to standard output, where the
        # briefing goes. They are dropped; the exit status still tells.
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process
    status = main()
    if status == 130:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(130)
    sys.exit(status)


# Seconds after a Ctrl-C by which the run must have unwound; if it goes on, the interrupt is
# raised again (see ``_interruptible``).
INTERRUPT_RETRY_SECONDS = 2.0


@contextlib.contextmanager
def _interruptible() -> Iterator[None]:
    """While the command runs, the first Ctrl-C interrupts it and a further one is ignored.

    The first SIGINT raises KeyboardInterrupt as usual; a second one while the run unwinds (temp
    files being removed, the message being printed) would cut that clean-up short. But a
    KeyboardInterrupt raised inside code that swallows it (a library's bare ``except:`` around
    an optional import) would leave the run going with every later Ctrl-C ignored: a CI run once
    waited 120 s on a 3 MB article. So if the run has not ended ``INTERRUPT_RETRY_SECONDS`` after
    the interrupt, it is raised again (``_thread.interrupt_main`` calls the handler in the main
    thread). Outside the main thread (``main`` called from a worker) signals cannot be handled
    and are left alone.
    """
    import _thread
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    retry = threading.Event()  # set by the timer: the first interrupt did not end the run
    done = threading.Event()  # the run has ended: no interrupt to raise again
    timers: list[threading.Timer] = []

    def again() -> None:
        if not done.is_set():
            retry.set()
            _thread.interrupt_main()

    def interrupt(signum: int, frame: object) -> None:
        if timers and not retry.is_set():
            return  # a further Ctrl-C while the run unwinds
        retry.clear()
        timer = threading.Timer(INTERRUPT_RETRY_SECONDS, again)
        timer.daemon = True
        timers.append(timer)
        timer.start()
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, interrupt)
    try:
        yield
    finally:
        done.set()
        for timer in timers:
            timer.cancel()
        signal.signal(signal.SIGINT, previous)


def _main(args_list: list[str], debug: bool) -> int:
    try:
        if args_list and args_list[0] in _SUBCOMMANDS:
            return _run_subcommand(args_list[0], args_list[1:])
        parser = build_parser()
        parser.given = args_list
        args = parser.parse_args(args_list)
        return _run(args)
    except OutputSuffixError as exc:
        print(f"{PROG}: error: {_one_line(exc)}", file=sys.stderr)
        return 2
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
        # The reader of stdout went away (e.g. `| head`): nothing to report, as for `cat`.
        _silence_stdout()
        return _EXIT_BROKEN_PIPE
    except Exception as exc:
        # A Ctrl-C during the import of a compiled module (scikit-learn's first import pulls in
        # SciPy's pybind11 modules) comes out as that module's error, "ImportError:
        # initialization failed", raised from the KeyboardInterrupt: an interrupt all the same.
        if debug or not _from_interrupt(exc):
            raise
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


def _from_interrupt(exc: BaseException) -> bool:
    """Whether ``exc`` was raised from or while handling a KeyboardInterrupt (its chain of
    causes and contexts holds one)."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def _one_line(exc: BaseException) -> str:
    """The message on one line, safe for a terminal (file names and titles come from the input)."""
    return escape_controls(" ".join(str(exc).split()))


def _escape_controls_json(text: str) -> str:
    """C1 controls (and any raw C0) as ``\\u0085`` escapes: the same JSON value, safe to print."""
    return CONTROL_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _terminal_safe(content: str, fmt: str, to_terminal: bool) -> str:
    """The rendered briefing with its control characters escaped where a terminal may show it.

    Text and Markdown are read in terminals and pagers (today on stdout, tomorrow by ``cat``), so
    they are escaped always; JSON always gets ``\\uXXXX`` escapes (the same value once parsed);
    HTML holds none from the input (``render`` replaces them: HTML forbids them) and is escaped
    only on a terminal (a user template's own text may still hold one).
    """
    if fmt == "json":
        return _escape_controls_json(content)
    if fmt in ("text", "md") or to_terminal:
        return escape_controls(content)
    return content


def _run_subcommand(name: str, argv: list[str]) -> int:
    import importlib

    module = importlib.import_module(_SUBCOMMANDS[name])
    parser = _Parser(
        prog=f"{PROG} {name}", description=(module.__doc__ or "").strip().splitlines()[0]
    )
    module.add_arguments(parser)
    parser.add_argument("--debug", action="store_true", help="show the full traceback of any error")
    flags = [flag for action in parser._actions for flag in action.option_strings]
    args = parser.parse_args(options_alone(argv, flags))
    try:
        result: int = module.run(args)
    except OSError as exc:
        if isinstance(exc, (SummarizerError, BrokenPipeError)) or exc.errno is None:
            raise  # a reader that went away (| head) is quiet: see _main
        if exc.errno not in _FULL_ERRNOS:
            # The disk or the system failed under the command (a failing drive, a file system
            # remounted read-only, a permission taken away mid-run): said, not a traceback.
            # Each command's output is whole or resumable (batch), so running it again is safe.
            where = f" ({exc.filename})" if exc.filename else ""
            raise _OutputError(
                f"{PROG} {name} stopped: {exc.strerror or exc}{where}; check the disk and the "
                "permissions of its files, then run it again"
            ) from exc
        _silence_stdout()
        # Only a command with an -o option can be told to use it (stories' names a folder);
        # evaluate has none.
        elsewhere = (
            "write the site to another folder with -o DIR"
            if name == "stories"
            else "write elsewhere with -o FILE"
            if hasattr(args, "output")
            else "redirect it elsewhere"
        )
        raise _OutputError(
            f"{PROG} {name} cannot write its output ({exc.strerror or exc}); free some space, "
            f"or {elsewhere}"
        ) from exc
    return result


def _run(args: argparse.Namespace) -> int:
    from .load import (
        DEFAULT_MAX_BYTES,
        DEFAULT_TIMEOUT,
        STDIN_TWICE,
        SkippedInputWarning,
        load_documents,
    )
    from .pipeline import EmptyBriefingWarning, IgnoredQueryWarning, Summarizer, leave_out_read
    from .render import check_template_format, render, template_format

    if args.output == "":
        raise OutputSuffixError("-o is empty; give a file name, or - for standard output")
    if "-" in args.paths and "-" in (args.since or ()):
        raise OutputSuffixError(f"{STDIN_TWICE} (as an article or with --since)")
    meant = _mistyped_command(args.paths[0])
    if meant:
        raise OutputSuffixError(
            f"{args.paths[0]}: no such file or folder, nor a command; did you mean "
            f"'{PROG} {meant}'?"
        )
    if args.output and args.output != "-":
        check_file_name(args.output, "briefing.md")
    output = Path(args.output) if args.output and args.output != "-" else None  # "-": stdout
    if args.format:
        fmt = args.format
    elif output is not None and output.suffix:
        fmt = check_output_suffix(output, None)
    else:
        # Where a text briefing would be written by default (standard output, -o without a
        # suffix), a template whose name declares a format (mine.html.j2) writes that format.
        fmt = (template_format(args.template) if args.template else None) or "text"
    if args.template:
        check_template_format(args.template, fmt)  # before the inputs are read and summarised
    if output is not None:
        # The template is an input too: -o naming it would replace the user's template.
        _check_output(
            output, [*args.paths, *(args.since or ()), *([args.template] if args.template else [])]
        )
    caught: list[warnings.WarningMessage] = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", SkippedInputWarning)
            documents = load_documents(
                *args.paths,
                max_bytes=args.max_bytes or DEFAULT_MAX_BYTES,
                skip_bad=args.skip_bad,
                timeout=args.timeout or DEFAULT_TIMEOUT,
            )
            earlier = (
                load_documents(
                    *args.since,
                    max_bytes=args.max_bytes or DEFAULT_MAX_BYTES,
                    skip_bad=args.skip_bad,
                    timeout=args.timeout or DEFAULT_TIMEOUT,
                )
                if args.since
                else None
            )
    finally:  # also before the error of a load that skipped everything: it says why
        _show_warnings(caught, SkippedInputWarning)
    # The articles the briefing reads: with --since, an earlier one word for word is left out.
    mixed = _mixed_stories(documents if not earlier else leave_out_read(documents, earlier)[0])
    if mixed:
        print(f"{PROG}: warning: {mixed}", file=sys.stderr)
    summarizer = Summarizer(
        max_words=args.max_words,
        max_sentences=args.max_sentences,
        query=args.query,
        order=args.order,
        clean=not args.no_clean,
        language=args.language,
        **({"diversity": args.diversity} if args.diversity is not None else {}),
    )
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("ignore", EmptyBriefingWarning)  # check_points refuses it, below
            warnings.simplefilter("always", IgnoredQueryWarning)
            briefing = (
                summarizer.summarize(documents)
                if earlier is None
                else summarizer.summarize(documents, since=earlier)
            )
    finally:
        _show_warnings(caught, IgnoredQueryWarning)
    content = render(briefing, cast("OutputFormat", fmt), template=args.template)
    _check_encodable(content, output)
    check_points(briefing, summarizer, args.max_words)
    content = _terminal_safe(content, fmt, output is None and _is_terminal(sys.stdout))
    if output is None:
        _write_stdout(content)
    else:
        try:
            write_atomic(output, content)
        except (_OutputError, BrokenPipeError):
            raise
        except OSError as exc:
            raise _OutputError(
                f"cannot write {output} ({exc.strerror or exc}); choose a writable output path"
            ) from exc
    return 0


# A run of the main command on this many articles or fewer (and 4 or more) is grouped into stories
# (``group_stories``, about a tenth of the briefing's CPU) to tell a user who gave several
# events' articles that one briefing of them mixes them.
MIXED_MAX_ARTICLES = 500


def _mixed_stories(documents: Sequence[Document]) -> str | None:
    """A warning when ``documents`` read as several stories (``group_stories``): two or more of
    two articles or more, and none holding half of them. On DUC 2004's and DUC 2007 update A's
    clusters (one event each) it says nothing; on our examples folder, eight stories, it does;
    on the DUC 2006 topic collections, events years apart, it does for 23 of 50."""
    if not 4 <= len(documents) <= MIXED_MAX_ARTICLES:
        return None
    from .group import group_stories

    sizes = sorted((len(story) for story in group_stories(documents)), reverse=True)
    if sum(size >= 2 for size in sizes) < 2 or 2 * sizes[0] >= len(documents):
        return None
    return (
        f"the {len(documents)} articles read as {len(sizes)} stories (the largest has "
        f"{sizes[0]}), and one briefing of them mixes them; '{PROG} stories PATH... -o DIR/' "
        "writes one briefing per story"
    )


def _show_warnings(caught: Sequence[warnings.WarningMessage], plain: type[Warning]) -> None:
    """Report recorded warnings: one of class ``plain`` (a skipped input, an ignored query) as
    one ``warning:`` line, others as warnings."""
    for warning in caught:
        if issubclass(warning.category, plain):
            print(f"{PROG}: warning: {_one_line(Exception(warning.message))}", file=sys.stderr)
        else:
            text = str(warning.message)  # shown on stderr: no raw control character
            safe = escape_controls(text)
            message = warning.message if safe == text else warning.category(safe)
            warnings.warn_explicit(message, warning.category, warning.filename, warning.lineno)


class _OutputError(SummarizerError, OSError):
    """The output file cannot be written."""


def check_output_suffix(
    output: Path, fmt: str | None, *, command: str = PROG, batch: bool = False
) -> str:
    """The format to write to ``output``; ``OutputSuffixError`` when its suffix says otherwise.

    The main command writes the format its suffix names (no suffix: text, as on stdout) unless
    ``fmt`` (``--format``) says what to write. ``summarizer batch`` always writes JSON Lines:
    ``.jsonl``, ``.ndjson``, ``.json`` or no suffix fit every ``--format``, and a document suffix
    (``.html``) only the ``--format`` it names (each record then holds that document).
    """
    suffix = output.suffix.lower()
    named = _SUFFIX_FORMATS.get(suffix)
    if batch:
        if suffix in _BATCH_SUFFIXES or (named is not None and named == fmt):
            return fmt or "json"
        known = ", ".join(s for s in _BATCH_SUFFIXES if s)
        fix = (
            f"name it .jsonl, or give --format {named} to put {named} briefings in the records"
            if named
            else "name it .jsonl"
        )
        raise OutputSuffixError(
            f"{command} writes JSON Lines (one record per cluster), but -o {output} has the "
            f"suffix {output.suffix!r} (known: {known}); {fix}"
        )
    if fmt is not None:
        return fmt
    if named is not None:
        return named
    if not suffix:
        return "text"
    raise OutputSuffixError(
        f"cannot tell the format of -o {output} from its suffix {output.suffix!r} (known: "
        f"{', '.join(_SUFFIX_FORMATS)}); rename it, or give --format {{{','.join(_FORMATS)}}}"
    )


def check_file_name(raw: str, example: str) -> None:
    """Refuse an ``-o`` that names a folder by its form: it ends in a path separator (``out/``)
    or in ``.`` (``keep.md/.``). pathlib drops both, so ``out/`` wrote a file named ``out`` and
    ``keep.md/`` replaced the file ``keep.md``, where the shell reads such a name as a folder.

    Raises
    ------
    SummarizerError
        An ``OSError`` as well (exit 1): "a name ending in / is a folder's; give a file name".
    """
    if os.path.basename(raw) in ("", "."):
        end = raw[-1]
        folder = (raw[:-1] if end == "." else raw).rstrip("/" + os.sep) or raw[0]
        raise _OutputError(
            f"cannot write {raw}: a name ending in {end} is a folder's; give a file name for -o, "
            f"such as {os.path.join(folder, example)}"
        )


def check_batch_output(output: Path, fmt: str) -> None:
    """Refuse a ``summarizer batch -o`` that is not a JSON Lines name or not a regular file.

    A usage error (exit 2) for the suffix (see ``check_output_suffix``); an error (exit 1) for a
    device, a named pipe or a socket: batch appends to its output and reads it back to resume.
    """
    command = f"{PROG} batch"
    check_output_suffix(output, fmt, command=command, batch=True)
    if resolve_output(output)[0] != "file":
        raise _OutputError(
            f"refusing to write {output}: it is not a regular file (a device or a named pipe), "
            f"and {command} appends to its output to resume it; give a file name for -o, or "
            "leave -o out for standard output"
        )


# Suffixes of a JSON Lines output of `summarizer batch` ("" : no suffix).
_BATCH_SUFFIXES = (".jsonl", ".ndjson", ".json", "")


# A candidate sentence longer than this many words is no sentence of news prose (the longest of
# the DUC 2004, 2006 and 2007 articles as split has 94 words): the text has no sentence ends.
RUN_ON_WORDS = 300


def check_points(briefing: Briefing, summarizer: Summarizer, max_words: int | None) -> None:
    """Refuse an empty briefing: no sentence fits the word budget (say what it needs)."""
    from .pipeline import words_needed

    shortest = words_needed(briefing, summarizer.shortest_candidate_words_)
    if shortest is None:
        return
    budget = (
        f"--max-words {max_words}"
        if max_words is not None
        else f"the default budget of {briefing.max_words} words (--max-words)"
    )
    if shortest > RUN_ON_WORDS:
        # No news sentence is so long: the splitter found no sentence ends in the text.
        raise ConfigError(
            f"no sentence fits {budget}; the shortest candidate has {shortest} words, so the "
            "text has no sentence ends the splitter can read (no punctuation, or one long "
            "run-on line): give the articles with their punctuation, or --max-words "
            f"{shortest} to quote such a sentence whole"
        )
    raise ConfigError(
        f"no sentence fits {budget}; the shortest candidate has {shortest} words; "
        f"give --max-words {shortest} or more"
    )


def _is_terminal(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


def _write_stdout(content: str) -> None:
    """Write the whole briefing to standard output, or raise one clear error.

    Writes through the file descriptor in a loop: an unbuffered stream (``PYTHONUNBUFFERED``)
    would drop the rest of a short write on a full disk and exit 0 with part of the briefing.
    """
    stream = sys.stdout
    if stream is None:  # closed (>&-): Python has no stream for it
        raise _OutputError(
            "standard output is closed, so the briefing cannot be written there; write it with "
            "-o FILE"
        )
    try:
        fd: int | None = stream.fileno()
    except (AttributeError, ValueError, OSError):  # captured or replaced stdout (tests)
        fd = None
    try:
        if fd is None:
            stream.write(content)
            stream.flush()
        else:
            stream.flush()
            encoding = getattr(stream, "encoding", None) or "utf-8"
            errors = getattr(stream, "errors", None) or "strict"
            _write_all(fd, content.encode(encoding, errors))
    except BrokenPipeError:
        raise
    except OSError as exc:
        _silence_stdout()
        raise _OutputError(
            f"cannot write the briefing to standard output ({exc.strerror or exc}); "
            "free some space, or write elsewhere with -o FILE"
        ) from exc


def _write_all(fd: int, data: bytes) -> None:
    """``os.write`` until every byte is written (a pipe or device may take part of it)."""
    view = memoryview(data)
    while view:
        try:
            written = os.write(fd, view)
        except BlockingIOError:  # a non-blocking descriptor we were handed: wait until writable
            import select

            select.select([], [fd], [])
            continue
        view = view[written:]


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so the flush at exit cannot fail a second time."""
    with contextlib.suppress(Exception):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


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


def _mistyped_command(first: str) -> str | None:
    """The command a first argument that names nothing was likely meant to be ("story"), else
    None. A name with a suffix or a folder in it is taken for a file: "bath.txt" is no "batch"."""
    import difflib

    if not first or any(mark in first for mark in "./\\:") or os.path.lexists(first):
        return None
    close = difflib.get_close_matches(first.casefold(), _SUBCOMMANDS, n=1, cutoff=0.6)
    return close[0] if close else None


def _input_files(paths: Sequence[str]) -> Iterator[Path]:
    from .load import is_briefing

    for raw in paths:
        if raw == "-":
            continue
        p = Path(raw)
        try:
            is_folder = p.is_dir()
        except OSError:
            # (Python 3.11 raises for a name too long, or a folder that may not be searched.)
            continue  # not readable as given: loading it says why, and no output overwrites it
        if is_folder:
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
    resolve_output(output)  # a folder, a socket, a block device: refused before any work
    if output.exists() and any(_same_file(f, output) for f in _input_files(paths)):
        raise _OutputError(
            f"refusing to write {output}: it is one of the inputs; choose another -o"
        )
    if "-" in paths and output.exists() and _is_stdin(output):
        raise _OutputError(
            f"refusing to write {output}: it is the standard input (-), one of the inputs; "
            "choose another -o"
        )


def _is_stdin(path: Path) -> bool:
    """Whether standard input is the regular file ``path`` (``summarizer - -o a.txt < a.txt``)."""
    try:
        given, there = os.fstat(0), os.stat(path)
    except OSError:
        return False
    return stat.S_ISREG(given.st_mode) and (given.st_dev, given.st_ino) == (
        there.st_dev,
        there.st_ino,
    )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def resolve_output(path: Path, option: str = "-o") -> tuple[Literal["file", "stream"], Path]:
    """What writing to ``path`` means: ``("file", target)`` or ``("stream", path)``.

    A regular file, or nothing yet, is a ``"file"`` replaced atomically; a symlink is followed
    and its target replaced (a dangling one: its target created); a character device
    (``/dev/null``, a terminal) or a named pipe is a ``"stream"`` written in place, never
    replaced. Anything else (a folder, a socket, a block device) raises an ``OSError`` that is
    also a ``SummarizerError``, with one line naming the problem and the fix (the command's
    ``option`` that names the output).
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        # Nothing there, or a dangling symlink: create the file (the link's target).
        return "file", Path(os.path.realpath(path)) if path.is_symlink() else path
    except OSError as exc:  # a file where a folder is expected, a symlink loop, no permission
        raise _OutputError(
            f"cannot write {path} ({exc.strerror or exc}); choose a writable output path"
        ) from exc
    mode = info.st_mode
    if stat.S_ISREG(mode):
        return "file", Path(os.path.realpath(path)) if path.is_symlink() else path
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return "stream", path
    if stat.S_ISDIR(mode):
        raise _OutputError(f"cannot write {path}: it is a folder; give a file name for {option}")
    kind = "a block device" if stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode) else None
    raise _OutputError(
        f"refusing to write {path}: it is {kind or 'a special file'}, not a file; "
        f"give a file name for {option}"
    )


def write_atomic(
    path: Path,
    content: str,
    option: str = "-o",
    *,
    sync: bool = True,
    entries: Collection[str] | None = None,
) -> None:
    """Write ``content`` (UTF-8) to ``path`` according to what is there (see ``resolve_output``).

    A regular file is written through a temporary file in the same folder and a rename: readers
    see the old file or the new one, never a part; an error or Ctrl-C leaves no partial file. A
    symlink's target is replaced so (the link stays). A character device or a named pipe is
    written in place (never replaced by a file); a named pipe without a reader is an error, not
    a wait forever. A folder or another special file is refused. A refusal's fix names the
    command's ``option`` for the output.

    ``sync=False`` leaves the new file to the system's own flush (no ``fsync``): for files a
    later run checks and makes again, as the stories site's pages. ``entries``: the names in the
    file's folder, listed once by a caller writing many files there, where the temporary files
    of killed earlier writes are looked for (else the folder is listed for each file).

    Raises
    ------
    OSError
        The output cannot be written (a refused target is also a ``SummarizerError``).
    """
    kind, target = resolve_output(path, option)
    if kind == "stream":
        _write_in_place(target, content, option)
    else:
        _replace_file(target, content.encode("utf-8"), option, sync=sync, entries=entries)


def _write_in_place(path: Path, content: str, option: str) -> None:
    """Write to a character device or a named pipe (opened without blocking on a missing reader).

    A terminal (``-o /dev/tty``) gets its control characters escaped, as standard output does.
    """
    fifo = stat.S_ISFIFO(os.stat(path).st_mode)
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | (os.O_NONBLOCK if fifo else 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if fifo and exc.errno == errno.ENXIO:
            raise _OutputError(
                f"cannot write {path}: it is a named pipe (FIFO) and no program is reading it; "
                f"start the reader first, or give a file name for {option}"
            ) from exc
        raise
    try:
        if fifo:
            os.set_blocking(fd, True)
        _write_all(fd, (escape_controls(content) if os.isatty(fd) else content).encode("utf-8"))
    finally:
        os.close(fd)


def _replace_file(
    path: Path,
    data: bytes,
    option: str,
    *,
    sync: bool = True,
    entries: Collection[str] | None = None,
) -> None:
    """Replace the regular file ``path`` (or create it) through a temporary file and a rename."""
    directory = path.parent if str(path.parent) else Path(".")
    _remove_stale_temp(directory, path.name, entries)
    try:
        fd, tmp = tempfile.mkstemp(
            prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=directory
        )
    except OSError as exc:
        raise _OutputError(_no_new_file(path, directory, exc, option)) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if sync:
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


def _no_new_file(path: Path, directory: Path, exc: OSError, option: str) -> str:
    """Why ``path`` cannot be written when no file can be made in its ``directory``.

    A file system without storage (statvfs: no blocks) holds the kernel's files, as /proc and
    /sys do: "/proc/version" exists, but its error on a new file there is "No such file".
    """
    problem = exc.strerror or str(exc)
    try:
        virtual = os.statvfs(directory).f_blocks == 0
    except (OSError, AttributeError):  # no statvfs on Windows
        virtual = False
    if virtual:
        return (
            f"cannot write {path}: {directory} is in a kernel file system without storage (such "
            f"as /proc or /sys), where no file can be made ({problem}); give {option} a file on a "
            "disk"
        )
    return (
        f"cannot write {path}: no new file can be made in {directory} ({problem}), and "
        f"{option} writes a new file that then replaces the old one; give {option} a path in a "
        "folder you can write to"
    )


def _remove_stale_temp(directory: Path, name: str, entries: Collection[str] | None = None) -> None:
    """Delete the temporary files of earlier writes of ``name`` whose process is gone (kill -9).

    ``write_atomic`` names them ``.NAME.PID.XXXX.tmp``; a file whose PID still runs is left alone.
    ``entries``: the folder's names when the caller listed them already.
    """
    prefix = f".{name}."
    if entries is None:
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
