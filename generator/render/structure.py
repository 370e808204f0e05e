"""The archive's indexes: by date, by region (a tree), by agency, by source page.

Exists so that every page, the statistics and the data downloads count the
same articles the same way (a region counts the articles of its descendants).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..extract.gazetteer import load
from ..records import Article, CatalogRecord, Division
from .html import Rows


def newest_first(arts: list[Article]) -> list[Article]:
    return sorted(arts, key=lambda x: (x.date or "0000", x.source, -x.lines[0]), reverse=True)


def page_order(arts: list[Article]) -> list[Article]:
    return sorted(arts, key=lambda x: (x.source, x.lines[0], x.lines[1], x.id))


@dataclass
class RegionNode:
    division: Division
    children: dict[str, "RegionNode"] = field(default_factory=dict)
    own: list[Article] = field(default_factory=list)
    _all: list[Article] | None = field(default=None, repr=False, compare=False)

    def all_articles(self) -> list[Article]:
        """Its own articles and its descendants', each once (computed once: the
        tree is complete when pages ask, and every level asks its children)."""
        if self._all is None:
            seen: dict[str, Article] = {x.id: x for x in self.own}
            for c in self.children.values():
                for x in c.all_articles():
                    seen.setdefault(x.id, x)
            self._all = list(seen.values())
        return self._all

    def sorted_children(self) -> list["RegionNode"]:
        return sorted(self.children.values(), key=lambda n: n.division.code)


@dataclass
class Archive:
    articles: list[Article]                      # readable items (no residue)
    residue: list[Article]
    catalog: dict[str, CatalogRecord]
    sources: dict[str, list[Article]]            # every record of a page, in page order
    regions: dict[str, RegionNode]               # provinces by code
    region_nodes: dict[str, RegionNode]          # every node by code
    agencies: dict[str, list[Article]]
    agency_region: dict[str, Division | None]
    months: dict[str, list[Article]]             # "2021-11" (or "2021", "") -> articles
    rows: Rows = field(default_factory=Rows)     # list rows, built once per article

    @classmethod
    def build(cls, records: list[Article], catalog: dict[str, CatalogRecord]) -> "Archive":
        gaz = load()
        records = page_order(records)
        articles = [x for x in records if x.kind != "residue"]
        residue = [x for x in records if x.kind == "residue"]
        sources: dict[str, list[Article]] = defaultdict(list)
        for x in records:
            sources[x.source].append(x)
        roots: dict[str, RegionNode] = {}
        nodes: dict[str, RegionNode] = {}
        agencies: dict[str, list[Article]] = defaultdict(list)
        agency_region: dict[str, Division | None] = {}
        months: dict[str, list[Article]] = defaultdict(list)
        tagged: set[tuple[str, str]] = set()     # (region code, article id): membership by id, not by value
        for x in articles:
            for r in x.regions:
                d = gaz.by_code.get(r["code"])
                if d is None:
                    continue
                parent: dict[str, RegionNode] = roots
                for step in gaz.path(d):
                    node = nodes.setdefault(step.code, RegionNode(step))
                    parent.setdefault(step.code, node)
                    parent = node.children
                if (d.code, x.id) not in tagged:
                    tagged.add((d.code, x.id))
                    nodes[d.code].own.append(x)
            for name in x.agencies:
                agencies[name].append(x)
                if name not in agency_region:
                    agency_region[name] = agency_home(name, x)
            months[x.date[:7]].append(x)
        return cls(articles, residue, catalog, dict(sorted(sources.items())), dict(sorted(roots.items())),
                   nodes, dict(sorted(agencies.items())), agency_region, dict(sorted(months.items())))

    def years(self) -> dict[str, dict[str, list[Article]]]:
        out: dict[str, dict[str, list[Article]]] = defaultdict(dict)
        for m, arts in self.months.items():
            out[m[:4]][m] = arts
        return {y: dict(sorted(ms.items(), reverse=True)) for y, ms in sorted(out.items(), reverse=True)}


def agency_home(name: str, art: Article) -> Division | None:
    """The region an agency belongs to: the article's regions its name starts with
    (吴忠市利通区政协 -> 利通区), else the article's main region."""
    gaz = load()
    known = {d.code: d for r in art.regions if r["code"] in gaz.by_code
             for d in gaz.path(gaz.by_code[r["code"]])}
    best: Division | None = None
    pos = 0
    for s, e, _, cands in gaz.matches(name):
        pick = [d for d, _ in cands if d.code in known]
        if s != pos or not pick:
            break
        best, pos = pick[0], e
    if best is None and art.regions:
        best = gaz.by_code.get(art.regions[0]["code"])
    return best
