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
    word = _SPELLED.get(chars)
    if word is None:
        word = "q" + "".join(f"{ord(c):06d}" for c in chars)
        if len(_SPELLED) < SPELLED_MOST:
            _SPELLED[chars] = word
    return word


# Spelled words by their characters: the indexer spells every bigram of every
# article (half its Python time, spelled anew each time), and a few hundred
# thousand distinct ones recur millions of times.  Bounded: ~130 bytes an entry.
_SPELLED: dict[str, str] = {}
SPELLED_MOST = 1_000_000


def tokens(text: str) -> list[str]:
    out: list[str] = []
    for m in TOKEN.finditer(normalize(text)):
        w = m.group(0)
        if w.isascii():
            out.append(w)
        elif len(w) == 1:
            out.append(spell(w))
        else:
            out.extend(map(spell, map(str.__add__, w, w[1:])))
    return out


# Pagefind indexes metadata values as searchable words too.  The readable text
# we keep in metadata (for excerpts and for checking each result) must not
# add words to the index, so it is stored spelled in punctuation, which
# Pagefind's word splitter skips: each UTF-16 unit as four symbols.
SYMBOLS = "!#$%()*+,-./:;=?"


_HEX_TO_SYMBOLS = str.maketrans("0123456789abcdef", SYMBOLS)


def hide(text: str) -> str:
    # A unit's four hex digits, highest first, are its four symbols' indexes.
    return text.encode("utf-16-be").hex().translate(_HEX_TO_SYMBOLS)


_SYMBOLS_TO_HEX = str.maketrans(SYMBOLS, "0123456789abcdef")


def unhide(code: str) -> str:
    return bytes.fromhex(code.translate(_SYMBOLS_TO_HEX)).decode("utf-16-be")
