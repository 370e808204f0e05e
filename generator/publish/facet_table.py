"""Each search shard's table of its pages' filter values, for counting facets in the page.

Pagefind counts a search's facets itself, but its count grows with results
times values: a word held by 93 000 of 100 000 articles took 4.5 s of its
wasm to count, on top of the search, and the shards' filter indexes it counts
from were 3.7 MB of the 8 MB a finished search fetched.  The table lists,
for each page of a shard (by the id Pagefind gives its results), the filter
values it carries, so the search page counts its results' values in one pass.
Pagefind's own filter index is still what a chosen filter is searched with.

It also lists each page's length in words, and its title's: Pagefind does not
rank an exact phrase (the query we send), and ranking it by a second search of
the phrase's first word took seconds for a common word; with these lengths the
page ranks a phrase's results from where Pagefind first found it (in the title,
or how early in the text).

A table is `facets.json.gz` in the shard's bundle (gzip, fixed settings: the
same index gives the same bytes): {"values": [[filter, value], ...],
"pages": {result id: [indexes into values]}, "lengths": [[title words,
words], ...] in the order of "pages"}.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

NAME = "facets.json.gz"


def table(pages: dict[str, dict[str, list[str]]], lengths: dict[str, tuple[int, int]] | None = None) -> dict:
    """{result id: {filter: [values]}} as the table: every (filter, value) once, in order;
    with `lengths` ({result id: (title words, words)}), each page's lengths in the same order."""
    values = sorted({(name, v) for filters in pages.values() for name, vs in filters.items() for v in vs})
    index = {fv: k for k, fv in enumerate(values)}
    out = {"values": [list(fv) for fv in values],
           "pages": {pid: sorted({index[(name, v)] for name, vs in filters.items() for v in vs})
                     for pid, filters in sorted(pages.items())}}
    if lengths is not None:
        out["lengths"] = [list(lengths[pid]) for pid in out["pages"]]
    return out


def write_table(bundle: Path, pages: dict[str, dict[str, list[str]]],
                lengths: dict[str, tuple[int, int]] | None = None) -> int:
    """Write the shard's table into its bundle; returns its size in bytes."""
    data = json.dumps(table(pages, lengths), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    packed = gzip.compress(data, compresslevel=9, mtime=0)
    (bundle / NAME).write_bytes(packed)
    return len(packed)


def _load(bundle: Path) -> dict:
    return json.loads(gzip.decompress((bundle / NAME).read_bytes()))


def read_table(bundle: Path) -> dict[str, dict[str, list[str]]]:
    """The table as {result id: {filter: [values]}} (what write_table was given)."""
    data = _load(bundle)
    out: dict[str, dict[str, list[str]]] = {}
    for pid, row in data["pages"].items():
        filters = out[pid] = {}
        for k in row:
            name, value = data["values"][k]
            filters.setdefault(name, []).append(value)
    return out


def read_lengths(bundle: Path) -> dict[str, tuple[int, int]]:
    """Each page's (title words, words), by result id."""
    data = _load(bundle)
    return {pid: tuple(n) for pid, n in zip(data["pages"], data.get("lengths", []))}
