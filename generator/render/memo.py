"""Input keys of generated pages, so that a rebuild renders only what changed.

A page's key is a hash of everything it is rendered from (and of the
generator's code).  When the docs folder already holds a page written from
the same key, the page is not rendered again: it stays as it is (KEEP).
"""
from __future__ import annotations

import hashlib
import json
import marshal


class Keep:
    """Marker for a page whose file on disk is already current."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = Keep()


class Memo:
    def __init__(self, previous: dict[str, str] | None = None, version: str = "",
                 sources: dict[str, str] | None = None):
        self.previous = previous or {}
        self.version = version
        self.keys: dict[str, str] = {}
        # Source page -> the key its records were parsed under (bytes, catalogue
        # record, parsing code): all a page made of those records alone depends on.
        self.sources = sources or {}

    def reuse(self, paths: list[str], *inputs) -> bool:
        """Record the pages' key; True when every one of them is already on disk from that key."""
        try:
            # marshal format 2 has no back-references, so equal values give equal bytes;
            # it is several times faster than JSON on a page's worth of records.
            blob = marshal.dumps((self.version, inputs), 2)
        except ValueError:
            blob = json.dumps([self.version, inputs], ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
        key = hashlib.sha1(blob).hexdigest()
        for p in paths:
            self.keys[p] = key
        return bool(self.previous) and all(self.previous.get(p) == key for p in paths)
