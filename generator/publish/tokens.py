"""Search tokens: the one segmentation shared by the index and the query.

Chinese runs become overlapping character bigrams (a single character stays
a unigram); Latin letters and digits become lower-case words.  Bigrams do not
depend on context, so the characters a reader types are cut exactly as the
same characters were cut inside the article: any substring of two or more
characters matches, whatever word boundaries a dictionary would have drawn.
assets/search.js implements the same function; tests check they agree.
"""
from __future__ import annotations

import re
import unicodedata

TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+")


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").lower()


def tokens(text: str) -> list[str]:
    out: list[str] = []
    for m in TOKEN.finditer(normalize(text)):
        w = m.group(0)
        if w.isascii() or len(w) == 1:
            out.append(w)
        else:
            out.extend(w[i:i + 2] for i in range(len(w) - 1))
    return out
