"""An Atom feed of the newest articles, with absolute links from the site URL."""
from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from . import urls
from .html import display_title, one_line
from .structure import Archive

ENTRIES = 50


def stamp(date: str) -> str:
    """An RFC 3339 time for an ISO date prefix (the first day of a month or year)."""
    parts = (date or "1970").split("-") + ["01", "01"]
    return f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z"


def atom(arch: Archive, site_url: str) -> bytes:
    base = site_url if site_url.endswith("/") else site_url + "/"
    arts = sorted(arch.articles, key=lambda x: (x.date or "", x.id), reverse=True)[:ENTRIES]
    updated = stamp(arts[0].date) if arts else stamp("")
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh">',
           "<title>地方新闻档案 · 最新文章</title>",
           f'<link rel="alternate" type="text/html" href="{escape(base)}"/>',
           f'<link rel="self" type="application/atom+xml" href="{escape(base)}feed.xml"/>',
           f"<id>{escape(base)}</id>", f"<updated>{updated}</updated>",
           "<author><name>地方新闻档案</name></author>"]
    for x in arts:
        link = base + urls.url_of(urls.article(x.id))
        summary = one_line(x.body)[:200]
        out += ["<entry>", f"<title>{escape(display_title(x))}</title>",
                f'<link rel="alternate" type="text/html" href="{escape(link)}"/>',
                f"<id>{escape(link)}</id>", f"<updated>{stamp(x.date)}</updated>",
                f"<summary>{escape(summary)}</summary>"]
        out += [f"<category term={quoteattr(r['name'])}/>" for r in x.regions[:3]]
        out.append("</entry>")
    out.append("</feed>")
    return ("\n".join(out) + "\n").encode("utf-8")
