"""A traditional-character page is cut through its simplified reading copy, and its
articles keep the page's own characters.

The segmenters' patterns are written in simplified characters (本报讯, 记者, 责任编辑…):
on a page in traditional characters (本報訊, 記者) they would miss, and the page would be cut
worse than the same page in simplified.  So a traditional page is segmented as its
reading copy, and every string a draft took from it is given back its printed
characters.  The copy maps character for character (script.simplified), so a string
found in the copy stands at the same place in the page.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..records import Draft, Line, Page
from ..script import is_traditional, simplified

SPACE = re.compile(r"\s+")


def reading_page(page: Page) -> Page:
    """The page in simplified characters where it is printed in traditional ones; else the page."""
    texts = [l.text for l in page.lines]
    if not is_traditional(texts):
        return page
    return replace(page, lines=[Line(l.no, simplified(l.text)) for l in page.lines])


class PrintedText:
    """The page's characters and its reading copy's, each run together without spaces, so
    that a reflowed paragraph (its lines joined, its spaces normalised) is found whole."""

    def __init__(self, page: Page, reading: Page):
        read, printed, self.starts, self.nos = [], [], [], []
        size = 0
        for line, copy in zip(page.lines, reading.lines):
            self.nos.append(line.no)
            self.starts.append(size)
            read.append(SPACE.sub("", copy.text))
            printed.append(SPACE.sub("", line.text))
            size += len(read[-1])
        self.read, self.printed, self.size = "".join(read), "".join(printed), size

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Where lines first..last stand in the run-together text."""
        lo = bisect.bisect_left(self.nos, first)
        hi = bisect.bisect_right(self.nos, last)
        return (self.starts[lo] if lo < len(self.starts) else self.size,
                self.starts[hi] if hi < len(self.starts) else self.size)

    def find(self, key: str, lo: int, hi: int) -> int:
        k = self.read.find(key, lo, hi)
        return k if k >= 0 else self.read.find(key)

    def restore(self, text: str, lo: int, hi: int) -> str:
        """`text` with the page's characters, where its words are found in the copy (those
        that are not, words the segmenter wrote itself, stay as they are)."""
        key = SPACE.sub("", text)
        if not key:
            return text
        k = self.find(key, lo, hi)
        if k >= 0:
            return _respaced(text, self.printed[k:k + len(key)])
        # (a string put together from pieces: each piece on its own)
        return "".join(self.restore(piece, lo, hi) if not piece.isspace() else piece
                       for piece in re.split(r"(\s+)", text)) if SPACE.search(text) else text


def _respaced(text: str, chars: str) -> str:
    """`chars` (no spaces) set in `text`'s places, `text`'s spaces kept."""
    it = iter(chars)
    return "".join(c if c.isspace() else next(it) for c in text)


def as_printed(drafts: list[Draft], page: Page, reading: Page) -> list[Draft]:
    """Drafts cut from the reading copy, with the strings they took from the page in the
    page's characters."""
    if reading is page:
        return drafts
    text = PrintedText(page, reading)
    out = []
    for d in drafts:
        lo, hi = text.span(min(d.line_nos, default=d.first), max(d.line_nos, default=d.last))

        def back(s: str) -> str:
            return text.restore(s, lo, hi) if s else s
        out.append(replace(d, title=back(d.title), subtitle=back(d.subtitle), kicker=back(d.kicker),
                           stamp=back(d.stamp), credit=[back(c) for c in d.credit],
                           paragraphs=[back(p) for p in d.paragraphs], printed=[back(p) for p in d.printed]))
    return out
