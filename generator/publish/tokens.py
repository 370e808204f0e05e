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


def spell(chars: str) -> str:
    """A Chinese unigram or bigram as the word Pagefind indexes: "q" and six-digit code points.

    Pagefind's own handling of Chinese text (without its extended build) drops
    words, so we hand it plain alphanumeric words.  A character's word is a
    prefix of every bigram's word that starts with it, so a one-character query
    still finds the bigrams it opens."""
    return "q" + "".join(f"{ord(c):06d}" for c in chars)


def tokens(text: str) -> list[str]:
    out: list[str] = []
    for m in TOKEN.finditer(normalize(text)):
        w = m.group(0)
        if w.isascii():
            out.append(w)
        elif len(w) == 1:
            out.append(spell(w))
        else:
            out.extend(spell(w[i:i + 2]) for i in range(len(w) - 1))
    return out


# Pagefind indexes metadata values as searchable words too.  The readable text
# we keep in metadata (for excerpts and for checking each result) must not
# add words to the index, so it is stored spelled in punctuation, which
# Pagefind's word splitter skips: each UTF-16 unit as four symbols.
SYMBOLS = "!#$%()*+,-./:;=?"


def hide(text: str) -> str:
    data = text.encode("utf-16-be")
    out = []
    for i in range(0, len(data), 2):
        unit = (data[i] << 8) | data[i + 1]
        out.append("".join(SYMBOLS[(unit >> shift) & 15] for shift in (12, 8, 4, 0)))
    return "".join(out)


def unhide(code: str) -> str:
    units = [sum(SYMBOLS.index(c) << shift for c, shift in zip(code[i:i + 4], (12, 8, 4, 0)))
             for i in range(0, len(code), 4)]
    return b"".join(u.to_bytes(2, "big") for u in units).decode("utf-16-be")
