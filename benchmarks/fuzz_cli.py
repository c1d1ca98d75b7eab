"""Run the summarizer CLI over generated hostile inputs and flag what breaks the promise.

Flags: a traceback or a Python exception name on stderr, an exit status other than 0, 1, 2, 130
or 141, an exit 1 without exactly one error line, a run over 150 s, an input file changed, and
output (stdout and files made) that differs between two hash seeds. About 1,200 cases (text,
encodings, JSON fields and structure, feeds, HTML, paths, options, -o targets, --since, batch,
evaluate, stories, templates); each runs in a child forked from a warmed-up server, so a case
costs its own work only (about 40 minutes per seed on a shared 2-core machine).

    python benchmarks/fuzz_cli.py WORKDIR [--only SUBSTR] [--names FILE] [--tiny DIR]

WORKDIR holds each seed's results.jsonl (a run resumes from it) and each case's stdout/stderr.
--tiny DIR: a tiny file system (as root: mount -t tmpfs -o size=64k tmpfs DIR) for the
disk-full cases of -o; they are skipped without it. --names FILE: only the cases named there
(one a line), e.g. those that exited 0 on a first seed. Generated inputs are our own text;
nothing is downloaded (the URL cases use 127.0.0.1 and malformed addresses).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import time

GOOD_A = (
    "The Orlen valley dam released water on Thursday after three days of heavy rain. "
    "Emergency crews moved 1,400 residents of Lower Orlen to the school gymnasium overnight. "
    "The regional water authority said the reservoir had reached 97 percent of its capacity.\n"
)
GOOD_B = (
    "Water was released from the Orlen valley dam on Thursday after heavy rain for three days. "
    "Trains between Orlen and Kessau were suspended because the track was under water. "
    "Forecasters predict drier weather from Sunday, which should let the river recede.\n"
)
ODD = {
    "punct": "!!! ??? ... ,,, ;;; --- ''' \"\"\" ",
    "emoji": "😀🎉🔥 " * 40 + ".",
    "rtl": "أعلنت السلطات اليوم عن فتح السد بعد أمطار غزيرة استمرت ثلاثة أيام. " * 5,
    "combining": "e\u0301\u0302\u0303\u0304 " * 200,
    "zw": "\u200b\u200c\u200d\u2060\ufeff" * 100,
    "ctrl": "".join(chr(i) for i in range(1, 32) if i not in (9, 10, 13)) * 10,
    "c1": "".join(chr(i) for i in range(0x80, 0xA0)) * 10,
    "bidi": "\u202e\u2066The dam opened on Thursday after rain.\u2069\u202c " * 5,
    "lsep": GOOD_A.replace(". ", ".\u2028").replace(",", "\u2029"),
    "nul_mixed": GOOD_A.replace(" ", "\x00 "),
    "fullwidth": "Ｔｈｅ ｄａｍ ｏｐｅｎｅｄ ｏｎ Ｔｈｕｒｓｄａｙ． " * 5,
    "math": "𝐓𝐡𝐞 𝐝𝐚𝐦 𝐨𝐩𝐞𝐧𝐞𝐝 𝐨𝐧 𝐓𝐡𝐮𝐫𝐬𝐝𝐚𝐲. " * 5 + GOOD_A,
    "digits": ("1234567890 " * 50 + ". ") * 5,
    "longword": "x" * 200000 + ". " + GOOD_A,
    "brackets": "(" * 3000 + GOOD_A + ")" * 3000,
    "quotes": '"“”‘’«»' * 500 + GOOD_A,
    "dots": "." * 20000,
    "urls": "https://example.com/a?b=c&d=e " * 200,
    "many_nl": "\n" * 100000 + GOOD_A,
    "tabs_vt": GOOD_A.replace(" ", "\t\x0b\x0c"),
    "turkish": "İSTANBUL ıiİ ǅǈ ß ﬁ ﬂ. " + GOOD_A,
    "date_words": "On 31 February 2024 and on 99/99/9999 and 10000-01-01 and 0001-01-01 the dam opened. "
    + GOOD_A,
    "figures": "The toll rose to 1e308 and 10**400 and 999999999999999999999999999999 and -0 and NaN and inf percent. "
    + GOOD_A,
    "cjk": "昨日、ダムが放流された。大雨が三日間続いた。" * 20,
    "tiny_sents": "A. B. C. D. E. F. G. " * 200,
    "heading_only": "# Title\n## Sub\n### Sub\n",
}


TINY = os.environ.get("FUZZ_TINY", "")
_TINY_CASES = ("out-tinyfs", "batch-o-tinyfs", "stories-o-tiny", "eval-json-tiny")


def write(path, data):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))


def jdoc(**kw):
    return json.dumps(kw, ensure_ascii=True)


def cases():
    """(name, setup(dir), argv, stdin bytes or None). Paths in argv are relative to the case dir."""
    C = []

    def add(name, files, argv, stdin=None, post=None):
        prio = (
            2
            if name.startswith(("txt-", "md-", "html-", "json-", "stdin-", "query-", "jsonl-"))
            and not name.startswith(
                (
                    "html-nested",
                    "html-charref",
                    "html-meta",
                    "html-script",
                    "html-comment",
                    "html-unclosed",
                    "html-title",
                    "html-pre",
                    "html-frameset",
                    "html-base",
                    "html-og",
                    "html-svg",
                    "html-table",
                    "html-jsonld",
                )
            )
            else (1 if name.startswith("enc-") else 0)
        )
        C.append((prio, len(C), (name, files, argv, stdin, post)))

    good = {"a.txt": GOOD_A, "b.txt": GOOD_B}
    # ---- text content
    for k, t in ODD.items():
        add(f"txt-{k}", {**good, "x.txt": t}, ["a.txt", "b.txt", "x.txt"])
        add(f"txt-alone-{k}", {"x.txt": t}, ["x.txt"])
        add(
            f"md-{k}",
            {**good, "x.md": "---\ntitle: " + t[:200].replace("\n", " ") + "\n---\n" + t},
            ["a.txt", "x.md"],
        )
        add(
            f"html-{k}",
            {
                **good,
                "x.html": f"<html><head><title>{t[:300]}</title></head><body><p>{t}</p></body></html>",
            },
            ["a.txt", "x.html"],
        )
        add(
            f"json-{k}",
            {
                "x.json": json.dumps(
                    [
                        {
                            "text": t,
                            "title": t[:100],
                            "source": t[:50],
                            "id": t[:30],
                            "date": t[:20],
                        },
                        {"text": GOOD_A},
                    ]
                )
            },
            ["x.json"],
        )
        add(f"stdin-{k}", {}, ["-"], stdin=t.encode("utf-8", "surrogatepass"))
        add(f"query-{k}", good, ["a.txt", "b.txt", "--query", t[:2000].replace("\x00", "")])
    # ---- encodings
    enc = {
        "bom8": b"\xef\xbb\xbf" + GOOD_A.encode(),
        "bom8x2": b"\xef\xbb\xbf\xef\xbb\xbf" + GOOD_A.encode(),
        "bom_only": b"\xef\xbb\xbf",
        "bom16le": b"\xff\xfe" + GOOD_A.encode("utf-16-le"),
        "bom16be": b"\xfe\xff" + GOOD_A.encode("utf-16-be"),
        "bom32": b"\xff\xfe\x00\x00" + GOOD_A.encode("utf-32-le"),
        "bom16_odd": b"\xff\xfe" + GOOD_A.encode("utf-16-le")[:-1],
        "cesu_surr": GOOD_A.encode() + b"\xed\xa0\x80 \xed\xbf\xbf.",
        "overlong": b"\xc0\xaf\xe0\x80\xaf " + GOOD_A.encode(),
        "latin1": GOOD_A.replace("the", "thé").encode("latin-1"),
        "cp1252": "“The dam” – opened… €".encode("cp1252") + GOOD_A.encode(),
        "mixed_utf8_latin1": GOOD_A.encode() + "café".encode("latin-1"),
        "utf16_nobom": GOOD_A.encode("utf-16-le"),
        "f5ff": b"\xf5\xf6\xf7\xf8\xff " * 100,
        "bom16_surr": b"\xff\xfe" + b"\x00\xd8" + GOOD_A.encode("utf-16-le"),
        "bom16be_surr": b"\xfe\xff" + GOOD_A.encode("utf-16-be") + b"\xdc\x00",
        "nul_heavy": b"\x00" * 5000 + GOOD_A.encode(),
        "gzip": b"\x1f\x8b\x08\x00" + os.urandom(0) + b"\x00" * 100,
        "cr_only": GOOD_A.replace("\n", "\r").encode() * 3,
        "crlf": GOOD_A.replace("\n", "\r\n").encode(),
        "bigline": (b"word " * 400000) + b".",
    }
    for k, b in enc.items():
        for ext in ("txt", "html", "json", "rss"):
            add(f"enc-{k}.{ext}", {"a.txt": GOOD_A, f"x.{ext}": b}, ["a.txt", f"x.{ext}"])
        add(f"enc-stdin-{k}", {}, ["-"], stdin=b)
        add(
            f"enc-since-{k}",
            {"a.txt": GOOD_A, "b.txt": GOOD_B, "x.txt": b},
            ["a.txt", "b.txt", "--since", "x.txt"],
        )
    # ---- JSON fields with lone surrogates and odd types
    vals = {
        "surr": "\ud800",
        "surr_mid": "ab\udfffcd",
        "nul": "\x00",
        "empty": "",
        "space": "   ",
        "ctrl": "\x1b[31mred\x1b[0m",
        "int": 5,
        "float": 1.5,
        "nan": float("nan"),
        "inf": float("inf"),
        "bigint": 10**400,
        "neg": -1,
        "bool": True,
        "null": None,
        "list": ["a", "b"],
        "dict": {"a": 1},
        "long": "x" * 100000,
        "nl": "a\nb\r\nc",
        "date0": "0001-01-01T00:00:00+14:00",
        "date9": "9999-12-31T23:59:59-14:00",
        "datebad": "2024-02-30",
        "date10k": "10000-01-01",
        "dateneg": "-0001-01-01",
        "dateyr": "2024",
        "datez": "2024-01-01T25:61:61Z",
        "datets": 1e20,
        "dateepoch": "1700000000",
        "url_js": "javascript:alert(1)",
        "url_file": "file:///etc/passwd",
        "bidi": "\u202eabc",
        "lang_xx": "xx",
    }
    for f in (
        "text",
        "title",
        "source",
        "id",
        "date",
        "url",
        "language",
        "dateline",
        "byline",
        "outlet",
        "published",
    ):
        for k, v in vals.items():
            rec = {"text": GOOD_A, "id": "a", f: v}
            try:
                s = json.dumps(
                    [rec, {"text": GOOD_B, "id": "b"}], ensure_ascii=True, allow_nan=True
                )
            except ValueError:
                continue
            s = s.replace("Infinity", "1e999") if k == "inf" else s
            add(f"json-{f}-{k}", {"x.json": s}, ["x.json"])
            if k.startswith(("surr", "nul", "date0", "date9", "bigint", "nan", "inf")):
                add(
                    f"jsonl-{f}-{k}",
                    {"x.jsonl": s[1:-1].replace('}, {"text"', '}\n{"text"') + "\n"},
                    ["x.jsonl"],
                )
    # JSON structure
    jstruct = {
        "top_string": '"hello"',
        "top_num": "5",
        "top_null": "null",
        "empty_list": "[]",
        "empty_obj": "{}",
        "docs_key": json.dumps({"documents": [{"text": GOOD_A}, {"text": GOOD_B}]}),
        "docs_key_str": '{"documents": "abc"}',
        "list_of_str": json.dumps([GOOD_A, GOOD_B]),
        "list_of_lists": "[[1,2],[3]]",
        "deep": "[" * 100000 + "]" * 100000,
        "deep_obj": '{"a":' * 50000 + "1" + "}" * 50000,
        "dup_keys": '[{"text": "a", "text": ' + json.dumps(GOOD_A) + "}]",
        "nan_literal": '[{"text": NaN}]',
        "trailing": json.dumps([{"text": GOOD_A}]) + " garbage",
        "two_values": json.dumps([{"text": GOOD_A}]) + json.dumps([{"text": GOOD_B}]),
        "bom_json": "\ufeff" + json.dumps([{"text": GOOD_A}]),
        "feed_json": json.dumps(
            {
                "version": "https://jsonfeed.org/version/1.1",
                "title": "\ud800",
                "items": [
                    {"id": "\ud800", "content_text": GOOD_A, "date_published": "\ud800"},
                    {
                        "id": 5,
                        "content_html": "<p>" + GOOD_B + "</p>",
                        "date_published": "0001-01-01T00:00:00+14:00",
                    },
                ],
            },
            ensure_ascii=True,
        ),
        "feed_json_bad_items": json.dumps(
            {
                "version": "https://jsonfeed.org/version/1",
                "items": [None, 5, "x", [], {"content_text": 5}],
            }
        ),
        "feed_json_items_obj": json.dumps(
            {"version": "https://jsonfeed.org/version/1", "items": {"a": 1}}
        ),
        "cluster_obj": json.dumps({"id": "c1", "documents": [{"text": GOOD_A}], "query": 5}),
        "huge_int": '[{"text": ' + "1" * 5000 + "}]",
        "huge_float": '[{"text": 1e99999}]',
        "escaped_surr_key": '[{"\\ud800": "x", "text": ' + json.dumps(GOOD_A) + "}]",
        "items_mixed": json.dumps([{"text": GOOD_A}, "plain string", 5, None, {"text": GOOD_B}]),
    }
    for k, s in jstruct.items():
        add(f"jstruct-{k}", {"x.json": s}, ["x.json"])
        add(f"jstruct-skip-{k}", {"x.json": s}, ["x.json", "--skip-bad"])
        add(
            f"jlstruct-{k}",
            {"x.jsonl": s + "\n" + json.dumps({"text": GOOD_B}) + "\n"},
            ["x.jsonl", "--skip-bad"],
        )

    # ---- feeds
    def rss(item, head=""):
        return f'<?xml version="1.0"?>{head}<rss version="2.0"><channel><title>T</title>{item}</channel></rss>'

    it = lambda d="Thu, 01 Jan 2026 10:00:00 GMT", t="Dam opens", desc=GOOD_A, extra="": (
        f"<item><title>{t}</title><pubDate>{d}</pubDate><description>{desc}</description>{extra}</item>"
    )
    feeds = {
        "ok": rss(it() + it(desc=GOOD_B)),
        "xxe": rss(
            it(desc="&xxe; " + GOOD_A) + it(desc=GOOD_B),
            '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>',
        ),
        "xxe_http": rss(
            it(desc="&xxe; " + GOOD_A),
            '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/x">]>',
        ),
        "laughs": rss(
            it(desc="&lol5; " + GOOD_A),
            '<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">]>',
        ),
        "charref_surr": rss(it(desc="&#xD800; &#55296; " + GOOD_A, t="&#xDFFF;") + it(desc=GOOD_B)),
        "charref_nul": rss(it(desc="&#0; &#x0; " + GOOD_A) + it(desc=GOOD_B)),
        "charref_big": rss(it(desc="&#x110000; &#99999999999; " + GOOD_A) + it(desc=GOOD_B)),
        "dates_bad": rss(
            it(d="Mon, 99 Foo 99999 99:99:99 XYZ")
            + it(d="0001-01-01T00:00:00+14:00", desc=GOOD_B)
            + it(d="9999-12-31T23:59:59-14:00", desc=GOOD_B)
        ),
        "date_empty": rss(it(d="") + it(d="   ", desc=GOOD_B)),
        "cdata_html": rss(
            it(desc="<![CDATA[<p>" + GOOD_A + "</p><script>alert(1)</script>]]>") + it(desc=GOOD_B)
        ),
        "encoded_html": rss(it(desc="&lt;p&gt;" + GOOD_A + "&lt;/p&gt;") + it(desc=GOOD_B)),
        "truncated": rss(it() + it(desc=GOOD_B))[:-40],
        "not_xml": "this is not a feed " + GOOD_A,
        "atom": '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>\u202eT</title><entry><title>A</title><updated>2026-13-45T00:00:00Z</updated><content type="html">'
        + GOOD_A
        + '</content></entry><entry><title></title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
        + GOOD_B
        + "</div></content></entry></feed>",
        "no_items": rss(""),
        "enc_decl_lie": '<?xml version="1.0" encoding="utf-16"?>' + rss(it())[21:],
        "enc_decl_unknown": '<?xml version="1.0" encoding="x-klingon"?>'
        + rss(it() + it(desc=GOOD_B))[21:],
        "source_surr": rss(
            it(
                extra="<source url='x'>&#xD800;</source><author>&#xDC00;</author><guid>&#xD800;</guid><link>javascript:x</link>"
            )
            + it(desc=GOOD_B)
        ),
        "many_items": rss(
            "".join(
                it(t=f"T{i}", desc=f"Item {i} says the dam opened on day {i} of the flood.")
                for i in range(3000)
            )
        ),
    }
    for k, s in feeds.items():
        for ext in ("rss", "xml", "atom"):
            add(f"feed-{k}.{ext}", {f"x.{ext}": s}, [f"x.{ext}"])
        add(f"feed-stories-{k}", {"x.rss": s}, ["stories", "x.rss", "-o", "out_site"])
    # ---- HTML oddities
    htmls = {
        "nested": "<div>" * 50000 + GOOD_A + "</div>" * 50000,
        "charref_surr": "<p>&#xD800;&#xDFFF; " + GOOD_A + "</p>",
        "meta_utf16": '<meta charset="utf-16"><p>' + GOOD_A + "</p>",
        "meta_unknown": '<meta charset="x-nope"><p>' + GOOD_A + "</p>",
        "script_only": "<script>" + GOOD_A + "</script>",
        "comment": "<!-- " + GOOD_A + " -->",
        "unclosed": "<p " + GOOD_A,
        "title_only": "<title>" + GOOD_A + "</title>",
        "pre": "<pre>" + GOOD_A * 3 + "</pre>",
        "frameset": "<frameset><frame src='file:///etc/passwd'></frameset>",
        "base_js": "<base href='javascript:alert(1)//'><link rel=canonical href='javascript:x'><p>"
        + GOOD_A
        + "</p>",
        "og": "<meta property='og:title' content='&#xD800;'><meta property='article:published_time' content='0001-01-01T00:00:00+14:00'><meta name='author' content='\x00'><p>"
        + GOOD_A
        + "</p>",
        "svg": "<svg><text>" + GOOD_A + "</text></svg>",
        "table": "<table>" + "<tr><td>x</td></tr>" * 5000 + "</table><p>" + GOOD_A + "</p>",
        "jsonld": '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00+14:00","headline":"\\ud800","author":{"name":5}}</script><p>'
        + GOOD_A
        + "</p>",
        "jsonld_bad": '<script type="application/ld+json">{"@type":'
        + "[" * 5000
        + "</script><p>"
        + GOOD_A
        + "</p>",
    }
    for k, s in htmls.items():
        add(f"html-{k}", {"a.txt": GOOD_A, "x.html": s}, ["a.txt", "x.html"])
        add(f"htmlalone-{k}", {"x.html": s}, ["x.html"])
    # ---- paths
    add("path-dir-as-txt", {"a.txt": GOOD_A, "d.txt/b.txt": GOOD_B}, ["a.txt", "d.txt"])
    add("path-missing", good, ["a.txt", "nope.txt"])
    add("path-dash-name", {"-x.txt": GOOD_A, "b.txt": GOOD_B}, ["--", "-x.txt", "b.txt"])
    add("path-dash-name2", {"-x.txt": GOOD_A, "b.txt": GOOD_B}, ["./-x.txt", "b.txt"])
    add("path-newline-name", {"a\nb.txt": GOOD_A, "b.txt": GOOD_B}, ["a\nb.txt", "b.txt"])
    add("path-ctrl-name", {"a\x1b[31m.txt": GOOD_A, "b.txt": GOOD_B}, ["a\x1b[31m.txt", "b.txt"])
    add("path-noext", {"article": GOOD_A, "b": GOOD_B}, ["article", "b"])
    add(
        "path-weird-ext",
        {
            "a.TXT": GOOD_A,
            "b.HTM": "<p>" + GOOD_B + "</p>",
            "c.JSON": "[]",
            "d.pdf": "%PDF-1.4 junk",
        },
        ["a.TXT", "b.HTM", "c.JSON", "d.pdf"],
    )
    add("path-same-twice", good, ["a.txt", "a.txt", "./a.txt"])
    add("path-stdin-twice", {}, ["-", "-"], stdin=GOOD_A.encode())
    add("path-stdin-empty", {}, ["-"], stdin=b"")
    add("path-stdin-and-since", {"a.txt": GOOD_A}, ["a.txt", "--since", "-"], stdin=GOOD_B.encode())
    add("path-empty-arg", good, ["", "a.txt"])
    add("path-dot", good, ["."])
    add("path-long-name", good, ["a" * 5000 + ".txt", "a.txt"])
    add("path-url-bad", good, ["a.txt", "http://"])
    add("path-url-file", good, ["a.txt", "file:///etc/hostname"])
    add("path-url-weird", good, ["a.txt", "http://[::1"])
    add("path-url-offline", good, ["a.txt", "http://127.0.0.1:9/x", "--timeout", "1"])
    add("path-url-ftp", good, ["a.txt", "ftp://example.com/x.txt"])
    add("path-nonutf8-name", {"a.txt": GOOD_A, "b\udcff.txt": GOOD_B}, ["."])
    add("path-deep-folders", {("d/" * 60) + "x.txt": GOOD_A, "b.txt": GOOD_B}, ["d", "b.txt"])
    add("path-many-empty", {**{f"e/{i}.txt": "" for i in range(50)}, "e/z.txt": GOOD_A}, ["e"])
    add(
        "path-folder-mixed",
        {
            "f/a.txt": GOOD_A,
            "f/b.html": "<p>" + GOOD_B + "</p>",
            "f/c.json": "[]",
            "f/d.jsonl": "garbage\n",
            "f/e.rss": "junk",
            "f/.hidden.txt": GOOD_B,
            "f/f.png": b"\x89PNG\r\n\x1a\n",
        },
        ["f"],
    )
    add(
        "path-folder-mixed-skip",
        {
            "f/a.txt": GOOD_A,
            "f/b.html": "<p>" + GOOD_B + "</p>",
            "f/c.json": "[]",
            "f/d.jsonl": "garbage\n",
            "f/e.rss": "junk",
        },
        ["f", "--skip-bad"],
    )
    # ---- options
    for opt, vals2 in {
        "--max-words": [
            "0",
            "-1",
            "1",
            "1e3",
            "nan",
            "inf",
            "9" * 30,
            "9" * 400,
            "9" * 5000,
            "",
            " 5",
            "５",
            "0x10",
            "1_000",
            "+3",
        ],
        "--max-sentences": ["0", "1", "9" * 400, "nan", "٣"],
        "--diversity": [
            "nan",
            "inf",
            "-0",
            "1e-400",
            "0.5e0",
            "1.0000000000000001",
            "",
            "-nan",
            "0x1p-1",
            "1_0",
            "٠.٥",
        ],
        "--order": ["", "SCORE", "score "],
        "--language": ["EN", "xx", "", "auto"],
        "--max-bytes": ["0", "1", "10", "9" * 400, "-5"],
        "--timeout": ["0", "nan", "inf", "-1", "1e-300", "9" * 400],
        "-f": ["", "HTML", "pdf"],
        "--query": ["", "\x00", " ", "-x"],
    }.items():
        for v in vals2:
            add(f"opt{opt}={v[:12]}", good, ["a.txt", "b.txt", opt, v])
    # ---- -o targets
    add("out-existing", {**good, "out.md": "old"}, ["a.txt", "b.txt", "-o", "out.md"])
    add(
        "out-template-same",
        {**good, "t.md.j2": "# {{ headline }}\n"},
        ["a.txt", "b.txt", "--template", "t.md.j2", "-o", "t.md.j2", "-f", "md"],
    )
    add(
        "out-since-same",
        {**good, "c.txt": GOOD_A},
        ["a.txt", "b.txt", "--since", "c.txt", "-o", "c.txt"],
    )
    add("out-hardlink", {**good}, ["a.txt", "b.txt", "-o", "hl.txt"])  # post: hard link
    add("out-in-input-folder", {"f/a.txt": GOOD_A, "f/b.txt": GOOD_B}, ["f", "-o", "f/out.txt"])
    add("out-symlink-to-input", {**good}, ["a.txt", "b.txt", "-o", "ln.md"])
    add("out-noext", good, ["a.txt", "b.txt", "-o", "out"])
    add("out-weird-ext", good, ["a.txt", "b.txt", "-o", "out.pdf"])
    add("out-dash", good, ["a.txt", "b.txt", "-o", "-"])
    add("out-empty", good, ["a.txt", "b.txt", "-o", ""])
    add("out-tinyfs", good, ["a.txt", "b.txt", "-o", TINY + "/out.md"])
    add("out-devfull", good, ["a.txt", "b.txt", "-o", "/dev/full"])
    add("out-dir-slash", good, ["a.txt", "b.txt", "-o", "nodir/"])
    add("out-dot", good, ["a.txt", "b.txt", "-o", "."])
    # ---- since
    add("since-same", good, ["a.txt", "b.txt", "--since", "a.txt", "b.txt"])
    add("since-same-all", good, ["a.txt", "--since", "a.txt"])
    add("since-empty", {**good, "e.txt": ""}, ["a.txt", "b.txt", "--since", "e.txt"])
    add("since-missing", good, ["a.txt", "b.txt", "--since", "nope.txt"])
    add("since-dir", {**good, "d/c.txt": GOOD_A}, ["a.txt", "b.txt", "--since", "d"])
    add("since-before-paths", good, ["--since", "a.txt", "b.txt"])
    add("since-alone", good, ["--since", "a.txt"])
    add("since-odd", {**good, "x.txt": ODD["emoji"]}, ["a.txt", "b.txt", "--since", "x.txt"])
    # ---- batch
    cl = lambda i, docs, **kw: json.dumps({"id": i, "documents": docs, **kw}, ensure_ascii=True)
    batches = {
        "ok": cl("c1", [{"text": GOOD_A}, {"text": GOOD_B}]) + "\n",
        "surr_id": cl("\ud800", [{"text": GOOD_A, "title": "\udc00"}]) + "\n",
        "dup_id": cl("c", [{"text": GOOD_A}]) + "\n" + cl("c", [{"text": GOOD_B}]) + "\n",
        "no_id": json.dumps({"documents": [{"text": GOOD_A}]}) + "\n",
        "id_int": json.dumps({"id": 5, "documents": [{"text": GOOD_A}]}) + "\n",
        "id_list": json.dumps({"id": [5], "documents": [{"text": GOOD_A}]}) + "\n",
        "empty_docs": cl("c", []) + "\n",
        "docs_str": json.dumps({"id": "c", "documents": "abc"}) + "\n",
        "garbage": "not json\n" + cl("c2", [{"text": GOOD_B}]) + "\n",
        "blank": "\n\n\n",
        "empty": "",
        "list_line": "[1,2]\n",
        "odd_text": cl("c", [{"text": ODD["emoji"]}, {"text": ODD["zw"]}]) + "\n",
        "query_bad": json.dumps({"id": "c", "documents": [{"text": GOOD_A}], "query": 5}) + "\n",
        "query_surr": cl("c", [{"text": GOOD_A}], query="\ud800") + "\n",
        "duc_shape": json.dumps(
            {
                "id": "D1",
                "documents": [{"text": GOOD_A, "id": "x"}],
                "references": ["r"],
                "title": 5,
                "narrative": None,
            }
        )
        + "\n",
        "bom": "\ufeff" + cl("c1", [{"text": GOOD_A}]) + "\n",
        "crlf": cl("c1", [{"text": GOOD_A}]) + "\r\n" + cl("c2", [{"text": GOOD_B}]) + "\r\n",
        "no_newline": cl("c1", [{"text": GOOD_A}]),
        "deep": "[" * 100000 + "\n",
        "nul": "\x00\n" + cl("c1", [{"text": GOOD_A}]) + "\n",
        "latin1": cl("c1", [{"text": GOOD_A}]).encode().replace(b"dam", b"d\xe9m") + b"\n",
    }
    for k, s in batches.items():
        add(f"batch-{k}", {"c.jsonl": s}, ["batch", "c.jsonl"])
        add(f"batch-o-{k}", {"c.jsonl": s}, ["batch", "c.jsonl", "-o", "out.jsonl"])
        add(f"batch-q-{k}", {"c.jsonl": s}, ["batch", "c.jsonl", "--query"])
    ok = batches["ok"]
    add(
        "batch-resume-garbage",
        {"c.jsonl": ok, "out.jsonl": "garbage\n"},
        ["batch", "c.jsonl", "-o", "out.jsonl"],
    )
    add(
        "batch-resume-truncated",
        {"c.jsonl": ok + cl("c2", [{"text": GOOD_B}]) + "\n", "out.jsonl": '{"id": "c1", "brief'},
        ["batch", "c.jsonl", "-o", "out.jsonl"],
    )
    add(
        "batch-resume-other",
        {"c.jsonl": ok, "out.jsonl": json.dumps({"id": "zz", "briefing": {}}) + "\n"},
        ["batch", "c.jsonl", "-o", "out.jsonl"],
    )
    add(
        "batch-resume-user-file",
        {"c.jsonl": ok, "out.jsonl": "my precious notes\nline two\n"},
        ["batch", "c.jsonl", "-o", "out.jsonl"],
    )
    add(
        "batch-resume-binary",
        {"c.jsonl": ok, "out.jsonl": b"\xff\xfe\x00\x01"},
        ["batch", "c.jsonl", "-o", "out.jsonl"],
    )
    add(
        "batch-resume-surr",
        {"c.jsonl": ok, "out.jsonl": '{"id": "\\ud800", "briefing": {}}\n'},
        ["batch", "c.jsonl", "-o", "out.jsonl"],
    )
    add(
        "batch-resume-nonl",
        {
            "c.jsonl": ok + cl("c2", [{"text": GOOD_B}]) + "\n",
            "out.jsonl": '{"id": "c1", "briefing": {}}',
        },
        ["batch", "c.jsonl", "-o", "out.jsonl"],
    )
    add(
        "batch-resume-other-format",
        {
            "c.jsonl": ok + cl("c2", [{"text": GOOD_B}]) + "\n",
            "out.jsonl": '{"id": "c1", "briefing": "text"}\n',
        },
        ["batch", "c.jsonl", "-o", "out.jsonl"],
    )
    add("batch-o-same", {"c.jsonl": ok}, ["batch", "c.jsonl", "-o", "c.jsonl"])
    add("batch-o-dir", {"c.jsonl": ok, "d/x": ""}, ["batch", "c.jsonl", "-o", "d"])
    add("batch-o-tinyfs", {"c.jsonl": ok * 1}, ["batch", "c.jsonl", "-o", TINY + "/b.jsonl"])
    add("batch-in-dir", {"d/x": ""}, ["batch", "d"])
    add("batch-in-stdin", {}, ["batch", "-"], stdin=ok.encode())
    add("batch-j0", {"c.jsonl": ok}, ["batch", "c.jsonl", "-j", "0"])
    add("batch-j-big", {"c.jsonl": ok}, ["batch", "c.jsonl", "-j", "9" * 400])
    add("batch-fmt", {"c.jsonl": ok}, ["batch", "c.jsonl", "-f", "md", "--max-words", "9" * 400])
    add("batch-sched", {"c.jsonl": ok}, ["batch", "c.jsonl", "--scheduler", "tcp://127.0.0.1:9"])
    add("batch-sched-bad", {"c.jsonl": ok}, ["batch", "c.jsonl", "--scheduler", "nonsense"])
    # ---- evaluate
    ev = lambda i, docs, refs, **kw: json.dumps(
        {"id": i, "documents": docs, "references": refs, **kw}, ensure_ascii=True
    )
    evals = {
        "ok": ev("c1", [{"text": GOOD_A}, {"text": GOOD_B}], ["The dam opened after rain."]) + "\n",
        "no_refs": ev("c1", [{"text": GOOD_A}], []) + "\n",
        "refs_str": json.dumps({"id": "c", "documents": [{"text": GOOD_A}], "references": "abc"})
        + "\n",
        "refs_empty_str": ev("c1", [{"text": GOOD_A}], ["", "   "]) + "\n",
        "refs_surr": ev("c1", [{"text": GOOD_A}], ["\ud800 dam"]) + "\n",
        "refs_int": ev("c1", [{"text": GOOD_A}], [5]) + "\n",
        "refs_odd": ev("c1", [{"text": GOOD_A}], [ODD["emoji"], ODD["zw"], ODD["rtl"]]) + "\n",
        "docs_odd": ev("c1", [{"text": ODD["punct"]}], ["x"]) + "\n",
        "garbage": "junk\n",
        "empty": "",
        "bg": ev("c1", [{"text": GOOD_A}], ["x"], background=[{"text": GOOD_B}]) + "\n",
        "bg_bad": ev("c1", [{"text": GOOD_A}], ["x"], background="abc") + "\n",
        "dup": (ev("c1", [{"text": GOOD_A}], ["x"]) + "\n") * 2,
    }
    for k, s in evals.items():
        add(f"eval-{k}", {"d.jsonl": s}, ["evaluate", "d.jsonl"])
        add(
            f"eval-bgq-{k}",
            {"d.jsonl": s},
            ["evaluate", "d.jsonl", "--since-background", "--query", "--max-words", "9" * 400],
        )
    add("eval-json-same", {"d.jsonl": evals["ok"]}, ["evaluate", "d.jsonl", "--json", "d.jsonl"])
    add(
        "eval-csv-same",
        {"d.jsonl": evals["ok"]},
        ["evaluate", "d.jsonl", "--per-cluster", "d.jsonl"],
    )
    add("eval-json-dir", {"d.jsonl": evals["ok"]}, ["evaluate", "d.jsonl", "--json", "."])
    add(
        "eval-json-tiny",
        {"d.jsonl": evals["ok"]},
        ["evaluate", "d.jsonl", "--json", TINY + "/e.json"],
    )
    add("eval-limit0", {"d.jsonl": evals["ok"]}, ["evaluate", "d.jsonl", "--limit", "0"])
    add("eval-limit-big", {"d.jsonl": evals["ok"]}, ["evaluate", "d.jsonl", "--limit", "9" * 400])
    add(
        "eval-json-existing",
        {"d.jsonl": evals["ok"], "e.json": "keep"},
        ["evaluate", "d.jsonl", "--json", "e.json", "--per-cluster", "e.json"],
    )
    # ---- stories
    site = {"in/a.txt": GOOD_A, "in/b.txt": GOOD_B}
    add("stories-ok", site, ["stories", "in", "-o", "out_site"])
    add("stories-o-input", site, ["stories", "in", "-o", "in"])
    add("stories-o-file", {**site, "f.txt": "keep"}, ["stories", "in", "-o", "f.txt"])
    add(
        "stories-o-user-dir",
        {
            **site,
            "mine/index.html": "<p>my page</p>",
            "mine/stories.json": "my data",
            "mine/notes.txt": "x",
        },
        ["stories", "in", "-o", "mine"],
    )
    add(
        "stories-o-bad-site-json",
        {**site, "s/stories.json": "{garbage"},
        ["stories", "in", "-o", "s"],
    )
    add(
        "stories-o-site-json-odd",
        {
            **site,
            "s/stories.json": json.dumps(
                {"stories": [{"id": "../../etc/x", "slug": "../../x", "url": "/etc/passwd"}]}
            ),
        },
        ["stories", "in", "-o", "s"],
    )
    add(
        "stories-o-site-json-list",
        {**site, "s/stories.json": "[1, 2, null]"},
        ["stories", "in", "-o", "s"],
    )
    add(
        "stories-o-site-json-surr",
        {**site, "s/stories.json": '{"stories": [{"slug": "\\ud800", "id": "\\ud800"}]}'},
        ["stories", "in", "-o", "s"],
    )
    add("stories-o-tiny", site, ["stories", "in", "-o", TINY + "/site"])
    add(
        "stories-odd",
        {"in/a.txt": ODD["emoji"], "in/b.txt": ODD["zw"], "in/c.txt": ODD["rtl"]},
        ["stories", "in", "-o", "out_site"],
    )
    add(
        "stories-json-surr",
        {
            "x.json": json.dumps(
                [
                    {
                        "text": GOOD_A,
                        "title": "\ud800",
                        "source": "\udc00",
                        "id": "\ud800",
                        "date": "\ud800",
                    },
                    {"text": GOOD_B, "id": "../../etc", "title": "../..", "source": "<script>"},
                ],
                ensure_ascii=True,
            )
        },
        ["stories", "x.json", "-o", "out_site"],
    )
    add("stories-minsrc", site, ["stories", "in", "-o", "out_site", "--min-sources", "9" * 400])
    add("stories-maxwords", site, ["stories", "in", "-o", "out_site", "--max-words", "9" * 400])
    add("stories-empty", {"in/a.txt": ""}, ["stories", "in", "-o", "out_site"])
    add("stories-progress", site, ["stories", "in", "-o", "out_site", "--progress", "always"])
    add(
        "stories-sched",
        site,
        ["stories", "in", "-o", "out_site", "--scheduler", "tcp://127.0.0.1:9"],
    )
    add(
        "stories-titles-collide",
        {
            "x.json": json.dumps(
                [
                    {"text": GOOD_A, "title": "Same", "id": "a"},
                    {
                        "text": GOOD_B.replace("Orlen", "Zzyx")
                        .replace("dam", "bridge")
                        .replace("Kessau", "Moor"),
                        "title": "Same",
                        "id": "b",
                        "date": "2020-01-01",
                    },
                ]
            )
        },
        ["stories", "x.json", "-o", "out_site"],
    )
    # ---- templates
    add(
        "tpl-surr",
        {**good, "t.md.j2": "{{ headline }} \udcff"},
        ["a.txt", "b.txt", "--template", "t.md.j2"],
    )
    add(
        "tpl-recursion",
        {**good, "t.md.j2": "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}"},
        ["a.txt", "b.txt", "--template", "t.md.j2"],
    )
    add(
        "tpl-self-extend",
        {**good, "t.md.j2": '{% extends "t.md.j2" %}'},
        ["a.txt", "b.txt", "--template", "t.md.j2"],
    )
    add(
        "tpl-include-abs",
        {**good, "t.md.j2": '{% include "/etc/hostname" %}'},
        ["a.txt", "b.txt", "--template", "t.md.j2"],
    )
    add(
        "tpl-include-up",
        {**good, "t.md.j2": '{% include "../../../../etc/hostname" %}'},
        ["a.txt", "b.txt", "--template", "t.md.j2"],
    )
    add(
        "tpl-attr",
        {**good, "t.md.j2": '{{ "".__class__.__mro__ }}'},
        ["a.txt", "b.txt", "--template", "t.md.j2"],
    )
    add(
        "tpl-huge-loop",
        {**good, "t.md.j2": "{% for i in range(10**9) %}{% endfor %}x"},
        ["a.txt", "b.txt", "--template", "t.md.j2"],
    )
    add(
        "tpl-zero-div",
        {**good, "t.md.j2": "{{ 1/0 }}"},
        ["a.txt", "b.txt", "--template", "t.md.j2"],
    )
    add(
        "tpl-bom",
        {**good, "t.md.j2": "\ufeff# {{ headline }}"},
        ["a.txt", "b.txt", "--template", "t.md.j2"],
    )
    add("tpl-empty", {**good, "t.md.j2": ""}, ["a.txt", "b.txt", "--template", "t.md.j2"])
    add("tpl-noext", {**good, "t": "{{ headline }}"}, ["a.txt", "b.txt", "--template", "t"])
    add(
        "tpl-badcall",
        {**good, "t.md.j2": "{{ points[0].nope() }}"},
        ["a.txt", "b.txt", "--template", "t.md.j2"],
    )
    add(
        "tpl-filter",
        {**good, "t.md.j2": "{{ headline|nofilter }}"},
        ["a.txt", "b.txt", "--template", "t.md.j2"],
    )
    add(
        "tpl-typeerr",
        {**good, "t.md.j2": "{{ headline + 5 }}"},
        ["a.txt", "b.txt", "--template", "t.md.j2"],
    )
    add(
        "tpl-format",
        {**good, "t.md.j2": '{{ "%d"|format("x") }}'},
        ["a.txt", "b.txt", "--template", "t.md.j2"],
    )
    add(
        "tpl-deep-recursion-filter",
        {**good, "t.md.j2": '{{ points|map(attribute="x.y.z")|list }}'},
        ["a.txt", "b.txt", "--template", "t.md.j2"],
    )
    # ---- subcommand oddities
    add("sub-help-like", good, ["stories"])
    add("sub-unknown-flag", good, ["batch", "--nope"])
    add("sub-as-file", {"stories": GOOD_A, "b.txt": GOOD_B}, ["./stories", "b.txt"])
    add("sub-evaluate-file", {"evaluate": GOOD_A}, ["evaluate"])
    add("version", {}, ["--version"])
    add("no-args", {}, [])
    return [c for _, _, c in sorted(C, key=lambda x: (x[0], x[1]))]


def snapshot(root):
    snap = {}
    for dp, dns, fns in os.walk(root, followlinks=False):
        for fn in fns + dns:
            p = os.path.join(dp, fn)
            rel = os.path.relpath(p, root)
            try:
                st = os.lstat(p)
            except OSError:
                continue
            if stat.S_ISREG(st.st_mode):
                with open(p, "rb") as f:
                    snap[rel] = hashlib.sha1(f.read()).hexdigest()
            elif stat.S_ISLNK(st.st_mode):
                snap[rel] = "link:" + os.readlink(p)
            elif stat.S_ISDIR(st.st_mode):
                snap[rel] = "dir"
            else:
                snap[rel] = "special"
    return snap


EXC = re.compile(r"\b[A-Z]\w*(Error|Exception|Warning|Interrupt)\b|Traceback|\bwarnings\.warn\b")


def child(argv, stdin, cwd, outdir):
    os.chdir(cwd)
    fd0 = os.open(stdin, os.O_RDONLY) if stdin else os.open(os.devnull, os.O_RDONLY)
    fd1 = os.open(os.path.join(outdir, "stdout"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    fd2 = os.open(os.path.join(outdir, "stderr"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.dup2(fd0, 0)
    os.dup2(fd1, 1)
    os.dup2(fd2, 2)
    signal.alarm(120)
    sys.argv = ["summarizer", *argv]
    code = 99
    try:
        from summarizer.cli import entry

        entry()
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 0
    except BaseException:  # noqa: BLE001 - what the CLI let out is the finding
        import traceback

        traceback.print_exc()
        code = 98
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except Exception:  # noqa: BLE001, S110 - a closed stream: the status still tells
            pass
        os._exit(code)


def server(work, only):
    # Warm up: heavy modules in the parent, so forks are cheap.
    import warnings

    import summarizer.batch
    import summarizer.cli
    import summarizer.evaluate
    import summarizer.load
    import summarizer.stories  # noqa: F401 - imported before the forks
    from summarizer import summarize

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        summarize([GOOD_A, GOOD_B])
    results = {}
    done_path = os.path.join(work, "results.jsonl")
    if os.path.exists(done_path):
        with open(done_path) as handle:
            for line in handle:
                r = json.loads(line)
                results[r.pop("name")] = r
    log = open(done_path, "a")  # noqa: SIM115 - appended to case by case, closed at exit
    names = os.environ.get("FUZZ_NAMES")
    wanted = None
    if names:
        with open(names) as handle:
            wanted = set(handle.read().splitlines())
    for name, files, argv, stdin, post in cases():
        if only and only not in name:
            continue
        if name in results or (wanted is not None and name not in wanted):
            continue
        key = (
            re.sub(r"[^\w.=+-]", "_", name)[:120]
            + "-"
            + hashlib.sha1(name.encode()).hexdigest()[:6]
        )
        cwd = os.path.join(work, "cases", key)
        outd = os.path.join(work, "io", key)
        shutil.rmtree(cwd, ignore_errors=True)
        os.makedirs(cwd)
        os.makedirs(outd, exist_ok=True)
        for rel, data in files.items():
            write(
                os.path.join(
                    cwd,
                    os.fsencode(
                        rel.encode("utf-8", "surrogateescape").decode("utf-8", "surrogateescape")
                    ).decode("utf-8", "surrogateescape"),
                ),
                data,
            )
        if name == "out-hardlink":
            os.link(os.path.join(cwd, "a.txt"), os.path.join(cwd, "hl.txt"))
        if name == "out-symlink-to-input":
            os.symlink("a.txt", os.path.join(cwd, "ln.md"))
        if name.startswith(_TINY_CASES):
            if not TINY:
                continue
            for p in os.listdir(TINY):
                full = os.path.join(TINY, p)
                shutil.rmtree(full, ignore_errors=True) if os.path.isdir(full) else os.remove(full)
            with open(os.path.join(TINY, "filler"), "wb") as f:
                try:
                    f.write(b"x" * (60 * 1024))
                except OSError:
                    pass
        stdin_path = None
        if stdin is not None:
            stdin_path = os.path.join(outd, "stdin")
            write(stdin_path, stdin)
        before = snapshot(cwd)
        t0 = time.time()
        pid = os.fork()
        if pid == 0:
            child(argv, stdin_path, cwd, outd)
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if time.time() - t0 > 150:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                status = -9
                break
            time.sleep(0.02)
        code = os.waitstatus_to_exitcode(status) if status != -9 else -9
        after = snapshot(cwd)
        with open(os.path.join(outd, "stderr"), "rb") as handle:
            err = handle.read().decode("utf-8", "replace")
        with open(os.path.join(outd, "stdout"), "rb") as handle:
            out = handle.read()
        problems = []
        if code not in (0, 1, 2, 130, 141):
            problems.append(f"exit {code}")
        if EXC.search(err):
            problems.append("exception on stderr: " + EXC.search(err).group())
        errlines = [l for l in err.splitlines() if l.strip()]
        if code == 1 and len([l for l in errlines if "error" in l]) != 1:
            problems.append(f"{len(errlines)} stderr lines on exit 1")
        for rel, h in before.items():
            if (
                after.get(rel) != h
                and not rel.startswith(("out", "s/", "mine/"))
                and not (name.startswith("out-") and rel in ("hl.txt", "ln.md", "t.md.j2", "c.txt"))
            ):
                problems.append(f"input {rel!r} changed: {h[:12]} -> {str(after.get(rel))[:12]}")
        produced = {k: v for k, v in after.items() if k not in before or before[k] != v}
        results[name] = {
            "code": code,
            "err": err[-3000:],
            "problems": problems,
            "out": hashlib.sha1(out).hexdigest(),
            "produced": produced,
            "secs": round(time.time() - t0, 1),
        }
        shutil.rmtree(cwd, ignore_errors=True)
        if name.startswith(_TINY_CASES):
            results[name]["tiny_after"] = sorted(os.listdir(TINY))
        log.write(json.dumps({"name": name, **results[name]}, ensure_ascii=True) + "\n")
        log.flush()
        if results[name]["problems"]:
            print(
                "FLAG", name, results[name]["problems"], err[-400:].replace("\n", " | "), flush=True
            )


def main():
    work = sys.argv[1]
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else ""
    if "--tiny" in sys.argv:
        os.environ["FUZZ_TINY"] = os.path.abspath(sys.argv[sys.argv.index("--tiny") + 1])
    if "--names" in sys.argv:
        os.environ["FUZZ_NAMES"] = os.path.abspath(sys.argv[sys.argv.index("--names") + 1])
    if "--server" in sys.argv:
        server(work, only)
        return
    runs = []
    for seed in ("0", "1"):
        w = os.path.join(work, "seed" + seed)
        os.makedirs(w, exist_ok=True)
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run(
            [sys.executable, __file__, w, "--server", *(["--only", only] if only else [])],
            env=env,
            check=True,
        )
        with open(os.path.join(w, "results.jsonl")) as handle:
            rows = [json.loads(line) for line in handle]
        runs.append({row.pop("name"): row for row in rows})
    a, b = runs
    bad = 0
    for name in a:
        ra, rb = a[name], b.get(name, {})
        probs = list(ra["problems"])
        if rb and (ra["out"], ra["produced"], ra["code"]) != (
            rb["out"],
            rb["produced"],
            rb["code"],
        ):
            probs.append("differs between hash seeds")
        if probs:
            bad += 1
            print(f"== {name}: code {ra['code']} ({ra['secs']} s): {'; '.join(probs)}")
            print("   " + ra["err"].strip().replace("\n", "\n   ")[-1500:])
    print(f"{len(a)} cases, {bad} flagged")


if __name__ == "__main__":
    main()
