"""What the lists, indexes, feed and downloads need of each source page.

Exists so that a rebuild reads and renders only the pages that changed: an
unchanged page is known to the rest of the site by its summary alone, which
the last build kept (see state.py), never by its records.
"""
from __future__ import annotations

import marshal
import re
from dataclasses import dataclass, field

from ...extract.gazetteer import load
from ...records import Article, CatalogRecord, Division
from ..content import urls
from ..content.labels import KIND_LABEL, date_label, display_title, lines_label, one_line


@dataclass(slots=True)
class Entry:
    """One readable article as a list row, an index count or a feed entry sees it."""
    id: str
    source: str
    first: int                   # its first and last line on the source page
    last: int
    date: str
    kind: str
    title: str                   # as displayed (see html.display_title)
    regions: tuple[str, ...]     # tagged region codes, in the record's order, each once
    within: tuple[str, ...]      # every region it counts under: the tagged ones and theirs parents, each once
    agencies: tuple[str, ...]
    meta: str                    # its list row's line after the title: date, place, kind (see markdown.article_list)
    places: tuple[str, ...]      # the first region names, for the feed
    hidden: bool                 # a maintainer took it off the lists (corrections.py): its page stays
    # The start of its text, for the feed: known for articles read in this build
    # only (not kept with the rest, it was half the state; see rebuild.feed_texts).
    summary: str = ""

    @classmethod
    def of(cls, art: Article) -> "Entry":
        title = display_title(art)
        place = art.regions[0]["name"] if art.regions else ""
        meta = " · ".join(x for x in (date_label(art.date), place, KIND_LABEL.get(art.kind, "")) if x)
        gaz = load()
        regions = tuple(dict.fromkeys(r["code"] for r in art.regions))
        within = tuple(dict.fromkeys(x.code for code in regions if code in gaz.by_code
                                     for x in gaz.path(gaz.by_code[code])))
        return cls(art.id, art.source, art.lines[0], art.lines[1], art.date, art.kind, title, regions, within,
                   tuple(art.agencies), meta,
                   tuple(r["name"] for r in art.regions[:FEED_PLACES]), art.hidden, feed_text(art))

    def pack(self) -> tuple:
        """Plain values for marshal (see state.py); Entry(*packed) is the inverse, but for the summary."""
        return tuple(getattr(self, n) for n in Entry.__slots__[:-1])

    def newest(self) -> tuple:
        """Sort key, newest first (reversed): by date, then page, then place on the page."""
        return (self.date or "0000", self.source, -self.first, self.id)


FEED_SUMMARY = 200
FEED_PLACES = 3


def feed_text(art: Article) -> str:
    return one_line(art.body)[:FEED_SUMMARY]


@dataclass(slots=True)
class SourceSummary:
    """One source page: how to tell it is unchanged, and all the site shows of it
    outside its own pages (the article pages and its page under sources/)."""
    name: str
    stamp: tuple                 # size, mtime, catalogue record, encoding: unchanged without reading it
    key: str                     # the key its records were parsed under (runner.page_key)
    records: int                 # articles and residue
    entries: list[Entry]         # readable articles, in page order
    home: str                    # the catalogue's home region code, or ""
    listing: tuple               # (publication, date, articles): its row in the sources index
    quality: tuple               # (articles, residue records, residue characters, coverage): its row in the quality report
    notes: tuple                 # (target docs path, label, note) for each parser note, for the quality report
    exports: tuple[int, ...]  # bytes of its rows in each joined download (JSON Lines, CSV, CSL-JSON, RIS, BibTeX)
    agency_homes: dict[str, str]  # agency -> its region's code (see agency_home), from its first article here
    packed: bytes | None = field(default=None, repr=False, compare=False)   # as the last build saved it

    def pack(self) -> bytes:
        """Its marshal bytes (see state.py); a summary the last build saved is not
        serialised again, so saving the state costs the pages that changed."""
        if self.packed is None:
            strings, leaves = {}, {}
            self.packed = marshal.dumps(canonical((self.name, self.stamp, self.key, self.records,
                                                   [e.pack() for e in self.entries], self.home, self.listing,
                                                   self.quality, self.notes, self.exports,
                                                   self.agency_homes), strings, leaves), 4)
        return self.packed

    @classmethod
    def unpack(cls, blob: bytes) -> "SourceSummary":
        name, stamp, key, records, entries, *rest = marshal.loads(blob)
        return cls(name, tuple(stamp), key, records, [Entry(*e) for e in entries], *rest, packed=blob)


def canonical(value, strings: dict, leaves: dict):
    """The same value built afresh, each distinct leaf (string, number) one object.

    For marshal's format 4, which writes an object met again as a reference:
    a summary's region codes, dates and agency names recur on every article,
    and as references the state is a fifth smaller and loads a third faster.
    Which objects marshal may refer back to depends on their reference counts,
    and it also writes whether a string is interned; here every container and
    string is new and every leaf is held by `strings` or `leaves` (keep them
    until the value is dumped), so the bytes depend on the value alone."""
    t = type(value)
    if t is str:
        s = strings.get(value)
        if s is None:
            s = strings[value] = value.encode("utf-8").decode("utf-8")    # a new string is never interned
        return s
    if t is tuple or t is list:
        return t([canonical(v, strings, leaves) for v in value])
    if t is dict:
        return {canonical(k, strings, leaves): canonical(v, strings, leaves) for k, v in value.items()}
    return leaves.setdefault((t, value), value)


def page_order(records: list[Article]) -> list[Article]:
    return sorted(records, key=lambda x: (x.source, x.lines[0], x.lines[1], x.id))


def summarize(name: str, records: list[Article], rec: CatalogRecord | None, stamp: tuple, key: str,
              exports: tuple[int, ...]) -> SourceSummary:
    records = page_order(records)
    arts = [x for x in records if x.kind != "residue"]
    res = [x for x in records if x.kind == "residue"]
    in_articles = sum(chars(x.title) + chars(x.body) for x in arts)
    left = sum(chars(x.body) for x in res)
    coverage = in_articles / (in_articles + left) if in_articles + left else 1.0
    listing = (rec.publication if rec else "", rec.date if rec else "", len(arts))
    quality = (len(arts), len(res), left, round(coverage, 4))
    notes = tuple((urls.source(name) if x.kind == "residue" else urls.article(x.id),
                   f"残余文字（{lines_label(x.lines)}）" if x.kind == "residue" else display_title(x), note)
                  for x in records for note in x.notes)
    home = rec.home_region.code if rec and rec.home_region else ""
    entries = [Entry.of(x) for x in arts]
    homes: dict[str, str] = {}
    for e in entries:
        for agency in e.agencies:
            if agency not in homes:
                d = agency_home(agency, e.regions)
                homes[agency] = d.code if d else ""
    return SourceSummary(name, stamp, key, len(records), entries, home, listing, quality, notes, exports, homes)


def agency_home(name: str, regions: tuple[str, ...]) -> Division | None:
    """The region an agency belongs to: the article's regions its name starts with
    (吴忠市利通区政协 -> 利通区), else the article's main region."""
    gaz = load()
    known = {d.code: d for code in regions if code in gaz.by_code
             for d in gaz.path(gaz.by_code[code])}
    best: Division | None = None
    pos = 0
    for s, e, _, cands in gaz.matches(name):
        pick = [d for d, _ in cands if d.code in known]
        if s != pos or not pick:
            break
        best, pos = pick[0], e
    if best is None and regions:
        best = gaz.by_code.get(regions[0])
    return best


def chars(text: str) -> int:
    return len(re.sub(r"\s", "", text or ""))
