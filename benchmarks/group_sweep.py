#!/usr/bin/env python
"""Sweep summarizer.group's module constants: one line of B-cubed F1 over every view per setting.

    python benchmarks/group_sweep.py [SETTING ...]
    python benchmarks/group_sweep.py - TOPIC_TERMS=0 TOPIC_SPAN_DAYS=14,TOPIC_MAX_SHARE=0.02
    SETS=duc2006,duc2007_main python benchmarks/group_sweep.py - TOPIC_TERMS=0

A setting is ``NAME=VALUE[,NAME=VALUE...]`` (each from the defaults; ``-`` is the defaults alone).
``SETS`` restricts the DUC sets read (see stories.py). Columns: the mix's P/R/F1, its topic gold,
the TDT events inside the mix (stories.py "events, in the mix"), then the views of
``stories.py quality``: 3 per story, its bare form (no titles, no dates), its TDT events (and
undated), one per outlet, its TDT events, all TDT events (and undated), the event proxy of the
unseen set (stories.py ``event_proxy``). A view with no article
(e.g. no TDT events under ``SETS``) prints "-".
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import stories

if os.environ.get("SETS"):
    stories.SETS = tuple(os.environ["SETS"].split(","))

from stories import bcubed, event_proxy, load_mix, one_per_outlet, three_per_story, topic_gold

from summarizer import Document, group


def _views() -> tuple[list[Document], list[str], list[tuple[list[Document], list[str]]]]:
    docs, labels = load_mix()
    small, small_labels = three_per_story(docs, labels)
    outlet, outlet_labels = one_per_outlet(docs, labels)

    def events(view: Sequence[Document], gold: Sequence[str]) -> tuple[list[Document], list[str]]:
        keep = [i for i, label in enumerate(gold) if label.startswith("d3")]
        return [view[i] for i in keep], [gold[i] for i in keep]

    def undated(view: tuple[list[Document], list[str]]) -> tuple[list[Document], list[str]]:
        return [replace(doc, date=None) for doc in view[0]], view[1]

    small_events, all_events = events(small, small_labels), events(docs, labels)
    return (
        docs,
        labels,
        [
            (small, small_labels),
            ([replace(doc, title=None, date=None) for doc in small], small_labels),
            small_events,
            undated(small_events),
            (outlet, outlet_labels),
            events(outlet, outlet_labels),
            all_events,
            undated(all_events),
            event_proxy(),
        ],
    )


def _labels(docs: Sequence[Document]) -> list[int]:
    if len(docs) < 2:
        return [0] * len(docs)
    # The threshold is a parameter (its default bound when defined): pass the swept constant.
    labels: list[int] = group.cluster_labels(docs, threshold=group.THRESHOLD).tolist()
    return labels


def main(arguments: Sequence[str]) -> None:
    docs, labels, views = _views()
    defaults = {name: getattr(group, name) for name in dir(group) if name.isupper()}
    print(
        "setting | mix P/R/F1 | topic gold | events in mix | 3/st | bare | ev3 | ev3 undated | "
        "1/outlet | ev 1/outlet | all ev | all ev undated | proxy"
    )
    for argument in arguments or ["-"]:
        setting = dict(item.split("=") for item in argument.split(",")) if argument != "-" else {}
        for name, value in defaults.items():
            setattr(group, name, value)
        for name, text in setting.items():
            current = defaults[name]
            value: object = float(text)
            if isinstance(current, int) and not isinstance(current, bool):
                value = int(float(text))
            setattr(group, name, value)
        predicted = _labels(docs)
        p, r, f = bcubed(predicted, labels)
        in_mix = [i for i, label in enumerate(labels) if label.startswith("d3")]
        cells = [f"{p:.3f}/{r:.3f}/{f:.3f}", f"{bcubed(predicted, topic_gold(labels))[2]:.3f}"]
        cells.append(f"{bcubed(predicted, labels, in_mix)[2]:.3f}" if in_mix else "-")
        for view, gold in views[:-1]:
            cells.append(f"{bcubed(_labels(view), gold)[2]:.3f}" if view else "-")
        view, gold = views[-1]
        cells.append("{:.3f}/{:.3f}/{:.3f}".format(*bcubed(_labels(view), gold)) if view else "-")
        print(argument, "|", " | ".join(cells), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
