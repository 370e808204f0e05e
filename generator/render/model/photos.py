"""Photos printed inside an article: what the article's page and its search record carry of them.

Exists because a paper prints photos in the middle of an article, and the
parser cuts each caption out as a photo of its own (so that it is listed,
dated and found as a photo).  A reader who searches for words of a caption
expects the article that printed it too, and the editors' own cut (the gold)
counts the caption as the article's: the article's page lists its photos'
captions, linked to their pages, and its search text holds them.
"""
from __future__ import annotations

from ...records import Article


def photos_within(art: Article, articles: list[Article]) -> list[Article]:
    """The photos of art's source page printed within its lines, in page order;
    none for a photo or residue itself, nor any a maintainer hid."""
    if art.kind in ("photo", "residue"):
        return []
    first, last = art.lines
    inside = [x for x in articles if x.kind == "photo" and not x.hidden and x.source == art.source
              and x.id != art.id and first <= x.lines[0] and x.lines[1] <= last]
    return sorted(inside, key=lambda x: (x.lines[0], x.id))


def captions(photos: list[Article]) -> list[str]:
    """Each photo's caption on one line: its title and its text."""
    return [" ".join(" ".join(x for x in (p.title, p.body) if x).split()) for p in photos]


def captions_within(articles: list[Article]) -> dict[str, list[str]]:
    """Over a whole archive: each article's id -> the captions of the photos printed
    within it (articles without such photos left out)."""
    pages: dict[str, list[Article]] = {}
    for a in articles:
        pages.setdefault(a.source, []).append(a)
    return {a.id: c for a in articles if (c := captions(photos_within(a, pages[a.source])))}
