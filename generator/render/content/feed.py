"""An Atom feed of the newest articles, with absolute links from the site URL."""
from __future__ import annotations

import heapq
import re
from html import escape as _escape

from . import urls
from ..model.structure import Archive
from ..model.summary import Entry

ENTRIES = 50


# Characters XML 1.0 does not allow at all, escaped or not.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def escape(text: str) -> str:
    """XML text or attribute value: &, <, >, " and ' escaped, characters XML forbids dropped."""
    return _escape(NOT_XML.sub("", text), quote=True)


def stamp(date: str) -> str:
    """An RFC 3339 time for an ISO date prefix (the first day of a month or year)."""
    parts = (date or "1970").split("-") + ["01", "01"]
    return f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z"


def newest(arch: Archive, n: int = ENTRIES) -> list[Entry]:
    return heapq.nlargest(n, arch.articles, key=lambda x: (x.date or "", x.id))


def atom(entries: list[tuple[Entry, str]], site_url: str) -> bytes:
    """entries: the newest articles (see newest), each with the start of its text."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    arts = [x for x, _ in entries]
    updated = stamp(arts[0].date) if arts else stamp("")
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh">',
           "<title>地方新闻档案 · 最新文章</title>",
           f'<link rel="alternate" type="text/html" href="{escape(base)}"/>',
           f'<link rel="self" type="application/atom+xml" href="{escape(base)}feed.xml"/>',
           f"<id>{escape(base)}</id>", f"<updated>{updated}</updated>",
           "<author><name>地方新闻档案</name></author>"]
    for x, text in entries:
        link = base + urls.url_of(urls.article(x.id))
        out += ["<entry>", f"<title>{escape(x.title)}</title>",
                f'<link rel="alternate" type="text/html" href="{escape(link)}"/>',
                f"<id>{escape(link)}</id>", f"<updated>{stamp(x.date)}</updated>",
                f"<summary>{escape(text)}</summary>"]
        out += [f'<category term="{escape(name)}"/>' for name in x.places]
        out.append("</entry>")
    out.append("</feed>")
    return ("\n".join(out) + "\n").encode("utf-8")
