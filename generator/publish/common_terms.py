"""Which pages hold a common bigram: bitmaps, so that a common word is counted without Pagefind.

A word most articles hold (疫情防控 in 93 000 of 100 000) cost the search page
seconds: Pagefind's phrase search walks every page holding it, about 25 µs a
page, only for the page to count them (the total and the filters) and rank a
first page from them.  For every bigram at least SHARE of the articles hold
(and at least LEAST of them), a file says which pages of each shard hold it,
in their text and in their title.  The page ANDs a word's bigrams: the pages
holding all of them, a superset of those holding the word (by a handful for
a real word), are counted from the facet tables (facet_table.py), and the
title matches, ranked by how much of the title the word fills, make the first
page of results, which they lead in any case (search.js ranks a match in a
title above any match in a text).  Pagefind is asked only when the reader
wants more.

A file is `common/XXXXYYYY.bin.gz` (the bigram's two UTF-16 units in hex),
gzip with fixed settings (the same index gives the same bytes): the text
bitmaps of every shard, in shards.json's order, then the title bitmaps; a
shard's bitmap is ceil(pages / 8) bytes, its k-th page (in the order of its
facet table's "pages") bit k % 8, least first, of byte k // 8.  The manifest
says {"path": "common/", "pages": [each shard's pages], "grams": the bigrams
run together}.
"""
from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from .term_shards import bigrams

FOLDER = "common"
SHARE = 0.05        # a bigram at least this share of the articles hold gets its bitmaps ...
LEAST = 2000        # ... if that many articles hold it: under it Pagefind answers at once
SAMPLE = 10_000     # articles read to choose them


def select(articles: Sequence, share: float = SHARE, least: int = LEAST,
           text_of: Callable[..., str] = str) -> set[str]:
    """The common bigrams of these articles (their texts, or what `text_of` makes a text
    of): those held by at least `share` of them and by at least `least`.  Counted on an
    even sample of about SAMPLE: a share is measured well enough, ten times sooner (and
    only the sample's texts are made)."""
    step = max(1, len(articles) // SAMPLE)
    held = Counter()
    for article in articles[::step]:
        held.update(bigrams(text_of(article)))
    floor = max(least, share * len(articles))
    return {g for g, n in held.items() if n * step >= floor}


def bitmap(pages: int, holding: list[int]) -> bytes:
    """A shard's bitmap: the pages (their places in the shard) that hold a bigram."""
    out = bytearray((pages + 7) // 8)
    for k in holding:
        out[k >> 3] |= 1 << (k & 7)
    return bytes(out)


def shard_bitmaps(held: list[tuple[set[str], set[str]]]) -> dict[str, tuple[bytes, bytes]]:
    """One shard's bitmaps from its pages' common bigrams, (in the text, in the
    title) a page, in the facet table's order: {bigram: (text bitmap, title bitmap)}."""
    places: dict[str, tuple[list[int], list[int]]] = {}
    for k, (text, title) in enumerate(held):
        for g in text:
            places.setdefault(g, ([], []))[0].append(k)
        for g in title:
            places.setdefault(g, ([], []))[1].append(k)
    return {g: (bitmap(len(held), in_text), bitmap(len(held), in_title))
            for g, (in_text, in_title) in places.items()}


def file_name(gram: str) -> str:
    return "".join(f"{ord(c):04x}" for c in gram) + ".bin.gz"


def write(out: Path, common: set[str], shards: list[tuple[int, dict[str, tuple[bytes, bytes]]]]) -> dict | None:
    """Write the files of the common bigrams into out/common/: `shards`, in shards.json's
    order, each (its pages, its shard_bitmaps).  Returns the manifest's entry, or None
    where no bigram is common (a small archive: Pagefind answers it at once)."""
    if not common:
        return None
    folder = out / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    empty = [bytes((pages + 7) // 8) for pages, _ in shards]      # a shard none of whose pages holds it
    for gram in sorted(common):
        text = b"".join(maps[gram][0] if gram in maps else e for (_, maps), e in zip(shards, empty))
        title = b"".join(maps[gram][1] if gram in maps else e for (_, maps), e in zip(shards, empty))
        # Level 6: bitmaps are near-random bits, which level 9 packs 1 % smaller in 4.6 times
        # the time (13 s of one core at the end of a 100 000-article index).
        (folder / file_name(gram)).write_bytes(gzip.compress(text + title, compresslevel=6, mtime=0))
    return {"path": f"{FOLDER}/", "pages": [pages for pages, _ in shards], "grams": "".join(sorted(common))}


def read(out: Path, gram: str) -> list[tuple[set[int], set[int]]]:
    """A common bigram's file read back, as the page reads it: for each shard, the places
    of its pages that hold it (in the text, in the title)."""
    entry = json.loads((out / "shards.json").read_text(encoding="utf-8"))["common"]
    data = gzip.decompress((out / entry["path"] / file_name(gram)).read_bytes())
    sizes = [(pages + 7) // 8 for pages in entry["pages"]]
    half = sum(sizes)

    def places(at: int, pages: int) -> set[int]:
        return {k for k in range(pages) if data[at + (k >> 3)] >> (k & 7) & 1}

    shards: list[tuple[set[int], set[int]]] = []
    at = 0
    for pages, size in zip(entry["pages"], sizes):
        shards.append((places(at, pages), places(half + at, pages)))
        at += size
    return shards
