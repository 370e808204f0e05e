"""Each search shard's table of its pages' filter values, for counting facets in the page.

Pagefind counts a search's facets itself, but its count grows with results
times values: a word held by 93 000 of 100 000 articles took 4.5 s of its
wasm to count, on top of the search, and the shards' filter indexes it counts
from were 3.7 MB of the 8 MB a finished search fetched.  The table lists,
for each page of a shard (by the id Pagefind gives its results), the filter
values it carries, so the search page counts its results' values in one pass.
Pagefind's own filter index is still what a chosen filter is searched with.

A table is `facets.json.gz` in the shard's bundle (gzip, fixed settings: the
same index gives the same bytes): {"values": [[filter, value], ...],
"pages": {result id: [indexes into values]}}.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

NAME = "facets.json.gz"


def table(pages: dict[str, dict[str, list[str]]]) -> dict:
    """{result id: {filter: [values]}} as the table: every (filter, value) once, in order."""
    values = sorted({(name, v) for filters in pages.values() for name, vs in filters.items() for v in vs})
    index = {fv: k for k, fv in enumerate(values)}
    return {"values": [list(fv) for fv in values],
            "pages": {pid: sorted({index[(name, v)] for name, vs in filters.items() for v in vs})
                      for pid, filters in sorted(pages.items())}}


def write_table(bundle: Path, pages: dict[str, dict[str, list[str]]]) -> int:
    """Write the shard's table into its bundle; returns its size in bytes."""
    data = json.dumps(table(pages), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    packed = gzip.compress(data, compresslevel=9, mtime=0)
    (bundle / NAME).write_bytes(packed)
    return len(packed)


def read_table(bundle: Path) -> dict[str, dict[str, list[str]]]:
    """The table as {result id: {filter: [values]}} (what write_table was given)."""
    data = json.loads(gzip.decompress((bundle / NAME).read_bytes()))
    out: dict[str, dict[str, list[str]]] = {}
    for pid, row in data["pages"].items():
        filters = out[pid] = {}
        for k in row:
            name, value = data["values"][k]
            filters.setdefault(name, []).append(value)
    return out
