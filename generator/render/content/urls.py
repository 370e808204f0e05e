"""Where every page lives.  One place so that links and files always agree.

Paths are docs-relative Markdown files; MkDocs (use_directory_urls) serves
`a/b.md` at `a/b/` and `a/index.md` at `a/`.  Article URLs depend only on the
article id, so adding a page never moves an existing article.
"""
from __future__ import annotations

import functools

from ...digest import sha1
from ...sources import slug


def article(aid: str) -> str:
    return f"articles/{aid}.md"


def region(code: str) -> str:
    return f"regions/{code}.md"


@functools.lru_cache(maxsize=65536)
def agency(name: str) -> str:
    return f"agencies/{sha1(name.encode('utf-8')).hexdigest()[:10]}.md"


def source(name: str) -> str:
    return f"sources/{slug(name)}.md"


def raw_source(name: str) -> str:
    """A page's text as it came: always a .txt, whatever the page's own extension,
    so that it is served as text and never rendered (a .md would become a page)."""
    return f"sources/raw/{slug(name)}.txt"


def raw_original(name: str) -> str:
    """The page's bytes as they came, beside its raw text, when they were not UTF-8."""
    return f"sources/raw/{slug(name)}.original"


def month(date: str) -> str:
    """A month's list; an article dated to the year only is on its year's 月份不详 list."""
    if len(date) >= 7:
        return f"dates/{date[:7]}.md"
    return f"dates/{date[:4]}-00.md" if date else "dates/unknown.md"


def year(y: str) -> str:
    return f"dates/{y}.md"


def url_of(path: str) -> str:
    """Docs path -> site URL path (directory URLs), relative to the site root."""
    if not path.endswith(".md"):
        return path
    stem = path[:-3]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[:-5]
    return stem + "/"


def up(from_path: str) -> str:
    """The way from the page at from_path up to the site root: every page is
    served as a directory (a/b/), so one "../" per level of its URL."""
    return "../" * url_of(from_path).count("/")


def rel(from_path: str, to_path: str) -> str:
    """A relative href from the page at from_path to the page or file at to_path
    (no path arithmetic needed, see up())."""
    return (up(from_path) + url_of(to_path)) or "./"


def from_here(way: str, address: str) -> str:
    """`address` (a path from a site's root) as a link from where `way` ("../../",
    "../") leads up to that root; an address on another host (http://…, https://…,
    a part of the archive published elsewhere) stays whole."""
    return address if address.startswith(("http://", "https://")) else way + address
