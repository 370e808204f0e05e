"""Segment: a Page -> Drafts (articles, photos, continuations and residue).

`split_page` picks the segmenter for the page's kind (Markdown headings, or the
line-role tagger for everything else), then applies the repairs
every kind shares: broken sentence order, repeated paragraphs, and residue
records for any line no article took, so that nothing on a page is lost.
"""
from __future__ import annotations

from ..records import Draft, Page
from .assemble import split_tagged
from .markdown import split_markdown
from .order import drop_repeats, restore_order
from .printed import as_printed, reading_page
from .text import han_len


def segment(page: Page) -> list[Draft]:
    """Pages converted to Markdown are cut at their headings (markdown.py); every
    other page by the line-role tagger (assemble.py).  A page in traditional characters
    is cut as its simplified copy, its articles in its own characters (printed.py)."""
    reading = reading_page(page)
    drafts = split_markdown(reading) if page.kind == "markdown" else split_tagged(reading)
    return as_printed(drafts, page, reading)


# An article says something: a piece shorter than this, headline and text together, with no
# credit or date of its own, is a scrap of the page (an e-paper's leftover 今日 / 版 今日).
LEAST_ARTICLE = 10


def scraps_to_residue(drafts: list[Draft]) -> list[Draft]:
    out = []
    for d in drafts:
        words = han_len(d.title + d.kicker + d.subtitle + "".join(d.paragraphs))
        if d.kind == "news" and words < LEAST_ARTICLE and not d.credit and not d.stamp:
            d = Draft(kind="residue", first=d.first, last=d.last, paragraphs=[t for t in (d.kicker, d.title, d.subtitle, *d.paragraphs) if t],
                      notes=["零散片段"], line_nos=d.line_nos)
        out.append(d)
    return out


def split_page(page: Page) -> list[Draft]:
    drafts = scraps_to_residue([d for d in segment(page) if d.line_nos])
    for d in drafts:
        restore_order(d)
    drafts += [r for d in drafts for r in drop_repeats(d)]
    drafts += leftovers(page, drafts)
    for d in drafts:
        d.line_nos = sorted(set(d.line_nos))
        d.first, d.last = d.line_nos[0], d.line_nos[-1]
    drafts.sort(key=lambda d: (d.first, d.last))
    return drafts


def leftovers(page: Page, drafts: list[Draft]) -> list[Draft]:
    """Residue records for non-blank lines that no draft took."""
    taken = {n for d in drafts for n in d.line_nos}
    out: list[Draft] = []
    run: list = []
    for line in page.lines + [None]:
        if line is not None and line.text.strip() and line.no not in taken:
            run.append(line)
            continue
        if line is not None and not line.text.strip() and run:
            continue                      # blank lines inside a stretch of residue
        if run:
            out.append(Draft(kind="residue", first=run[0].no, last=run[-1].no,
                             paragraphs=[l.text.strip() for l in run],
                             notes=["不属于任何文章的文字"], line_nos=[l.no for l in run]))
            run = []
    return out
