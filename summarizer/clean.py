"""Cleaning: a ``Document`` in, the same ``Document`` out with ``removed`` spans and metadata.

Articles as users paste them carry more than prose: a header line with the date and outlet, a
headline, a byline, advertisement markers, photo captions and credits, gallery labels, social-media
embeds, promotional lines, copyright notices, sidebars of other headlines and wire-service codes.
``clean_document`` finds them by their *structure* (short lines without final punctuation, marker
words at the start of a line, a handle and a date after a dash ...) and lists each as a
``Removal(start, end, reason, text)`` span of ``Document.text``. The text itself is never rewritten,
so every later offset still slices the text the user gave.

Removal reasons (short, stable words; later stages and reports may rely on them):

``header``
    A metadata line or prefix at the top: a Markdown front matter (``---``, ``title: ...``,
    ``date: ...``, ``source: ...``, ``author: ...``, ``---``), `` date 2019-03-01 AP, HANOI``,
    ``Published: ...``, ``Updated ...``, ``Title: ...``, a line that is only an English date above or below the
    headline (``November 25, 2024``, ``Mon, Nov. 25, 2024 3:14 p.m. ET``: the article's date; in
    the body such a line is a chronology's and stays); a line at the top that only names an outlet
    (``Reuters``, ``BBC News``: ``data/en/outlets.txt``), or, between the headline and a date line,
    an outlet no list holds (``Tollmouth Evening Star``: ``data/<lang>/outlet_words.txt``), which
    is the ``source``; a kicker above the headline (a section's label: ``WORLD``, ``Breaking``,
    ``Transport``: ``data/<lang>/outlet_words.txt``; or one word in capitals: ``EXCLUSIVE``),
    which is not the title; a date line of the other languages anywhere
    (``16. März 2025, 10:32 Uhr``, ``Mis à jour le 16 mars 2025 à 10h32``, ``Actualizado: ...``,
    ``Aggiornato il ...``: ``data/<lang>/date_labels.txt``).
``headline``
    The article's headline (first short line without final punctuation) and later repeats of it.
``byline``
    ``By Jane Smith``, ``By JANE SMITH, Associated Press``, ``Associated Press Writer``; in the
    other languages ``Von Anna Muster``, ``Par Jean Dupont``, ``Por ...``, ``di ...``
    (``data/<lang>/bylines.txt``); a writer's name alone (``Jane Smith``, two to five capitalised
    words) between a plain text's headline and its date line, perhaps an outlet's line between.
``dateline``
    The ``HANOI, Vietnam (AP) —`` prefix of the first paragraph (only the prefix is removed),
    and a ``GENEVA (AP) --`` prefix opening a digest's later item (the outlet in brackets).
``advertisement``
    ``Advertisement``, ``Story continues below advertisement``, ``Sponsored content`` ...
``gallery``
    Gallery and media labels: ``【ギャラリー】...``, ``[Gallery] ...``, ``View gallery``, ``Watch: ...``.
``caption``
    Photo captions: a line with a photo credit, or a one-sentence paragraph with no finite verb
    (a noun phrase such as "X and Y after their meeting in Hanoi.") next to an image or ad cue.
``credit``
    Photo credits (``Photo: ...``, ``(AP Photo/...)``, ``Getty Images``) and reporting credits
    (``Reporting by ...; Editing by ...``, ``Additional reporting by ...``).
``embed``
    Social-media embeds: a tweet's text with its ``— Name (@handle) March 1, 2019`` signature or
    ``pic.twitter.com`` link, ``View this post on Instagram`` ... ``A post shared by ...``.
``promo``
    ``This article first appeared on ...``, ``Read more: ...``, ``Subscribe to ...``,
    ``Sign up for ...``, ``Click here ...``, ``Follow us on ...``, ``Share this ...``.
``copyright``
    ``Copyright 2019 ...``, ``© 2019``, ``(c) 2019``, ``All rights reserved``.
``sidebar``
    A block of other headlines: two or more consecutive short lines without final punctuation,
    or a ``Related stories`` / ``More from X`` label and the headline lines after it. With
    ``clean_cluster`` also the paragraphs of a section (after a subhead, sidebar or embed) whose
    words the other articles of the cluster hardly share: an off-topic box or news-digest item.
``subhead``
    A lone short line without final punctuation between prose paragraphs (a section heading).
``contact``
    Lines that only give an e-mail address, a phone number or a URL (``On the Net:`` lists).
``wire``
    Wire-service codes: ``nn``, ``(END OPTIONAL TRIM)``, ``(MORE)``, ``ENDIT``, rule lines
    (``------``), ``&UR;`` remnants, editors' notes (``Eds: ...``), a correction notice
    (``Correction: ...``, ``This article was amended on ...``, ``An earlier version of this
    article ...``: the paragraph it opens), ``Story Filed By ...``, and
    a news budget's slug opening a paragraph (``CUBA-ELIAN _ MIAMI _``, ``OPRAH-BEEF (Undated) _``).

Metadata (``date``, ``dateline``, ``source``, ``title``, ``byline``, and ``url`` from a front
matter) is filled in only where the given field is ``None``; the removals do not depend on those fields except that a line repeating a
given ``title`` is removed as ``headline``. ``clean_cluster`` cleans each document and then
compares sections across the cluster (see there). Cleaning is deterministic and idempotent:
``clean_document(clean_document(d)) == clean_document(d)``. Removals the document already carries
(from the loader) are kept, and detected spans that overlap them are dropped.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .noise import Found, detect_removals, merge_removals
from .sidebar import remove_off_topic
from .text import kept_spans, parse_date
from .types import Document, Removal

__all__ = ["REASONS", "clean_cluster", "clean_document", "kept_spans", "parse_date"]

# The reasons a Removal may carry; documented in the module docstring.
REASONS = (
    "header",
    "headline",
    "byline",
    "dateline",
    "advertisement",
    "gallery",
    "caption",
    "credit",
    "embed",
    "promo",
    "copyright",
    "sidebar",
    "subhead",
    "contact",
    "wire",
)


def clean_document(document: Document) -> Document:
    """Mark the spans of ``document.text`` that are not article prose and fill missing metadata.

    Parameters
    ----------
    document : Document
        The article as loaded. Its ``text`` is not changed.

    Returns
    -------
    Document
        ``dataclasses.replace(document, removed=..., ...)``: ``removed`` holds the document's own
        removals plus the detected ones (sorted, non-overlapping, each ``text`` equal to the slice
        it covers); ``date``, ``dateline``, ``source``, ``title``, ``byline`` and ``url`` are
        filled from the header, byline, headline and dateline only where they were ``None``.

    Raises
    ------
    InputError
        Never for text content; only a non-``Document`` argument is refused.

    Examples
    --------
    >>> doc = clean_document(Document(text=" date 2019-03-01 AP, HANOI\\n\\nTalks ended early."))
    >>> doc.date, doc.source, doc.dateline, [r.reason for r in doc.removed]
    ('2019-03-01', 'AP', 'HANOI', ['header'])
    """
    if not isinstance(document, Document):
        from .errors import InputError

        raise InputError(
            f"clean_document expects a summarizer.Document; got {type(document).__name__}. "
            "Wrap the text: Document(text=...)"
        )
    return _cleaned(document, *detect_removals(document))


def _cleaned(document: Document, detected: list[Removal], found: Found) -> Document:
    """``document`` with the ``detect_removals`` result ``detected, found`` applied."""
    return dataclasses.replace(
        document,
        removed=merge_removals(document.removed, detected),
        date=document.date if document.date is not None else found.date,
        dateline=document.dateline if document.dateline is not None else found.dateline,
        source=document.source if document.source is not None else found.source,
        title=document.title if document.title is not None else found.title,
        byline=document.byline if document.byline is not None else found.byline,
        url=document.url if document.url is not None else found.address,
    )


def clean_cluster(documents: Sequence[Document]) -> tuple[Document, ...]:
    """Clean every document, then remove sections that are off the cluster's topic.

    Each document goes through ``clean_document``. Then, with at least
    ``MIN_CLUSTER_DOCUMENTS`` documents, each article's sections (the paragraphs after a
    subhead, a sidebar list or an embed, up to the next subhead or the end) are compared with the
    *other* documents of the cluster: a section is removed as ``sidebar`` when the cosine of its
    TF-IDF vector to the other documents' centroid is below ``SIDEBAR_FRACTION`` of the cosine of
    the article's body (its first section). IDF is ``log(N / df)`` over the cluster, so words
    every article uses (the main names) weigh nothing and the comparison rests on what the
    articles say. The first section is never removed, and at most ``MAX_SIDEBAR_SHARE`` of an
    article's kept words. The work is linear in the length of the documents.

    Parameters
    ----------
    documents : sequence of Document
        The articles of one cluster, as loaded. Their ``text`` is not changed.

    Returns
    -------
    tuple of Document
        The cleaned documents in the given order; off-topic sections are added to ``removed`` as
        ``sidebar`` spans, one per kept paragraph of the section.

    Raises
    ------
    InputError
        An item is not a ``Document``.

    Examples
    --------
    >>> docs = clean_cluster([Document(text="Talks ended early."), Document(text="No deal.")])
    >>> [d.removed for d in docs]
    [(), ()]
    """
    # A cluster may hold one article twice (a wire story in two sets, a syndicated copy): the
    # removals depend on the text and title alone, so each such pair is read once.
    detected: dict[tuple[str, str | None], tuple[list[Removal], Found]] = {}
    cleaned: list[Document] = []
    for document in documents:
        if not isinstance(document, Document):
            cleaned.append(clean_document(document))  # raises the InputError
            continue
        key = (document.text, document.title)
        found = detected.get(key)
        if found is None:
            found = detected[key] = detect_removals(document)
        cleaned.append(_cleaned(document, *found))
    return remove_off_topic(tuple(cleaned))
