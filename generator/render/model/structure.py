"""The archive's indexes: by date, by region (a tree), by agency, by source page.

Exists so that every page, the statistics and the data downloads count the
same articles the same way (a region counts the articles of its descendants).
Built from the source pages' summaries, so it costs the same whether the
records were parsed in this build or summarised by the last one.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ...extract.gazetteer import load
from ...records import Article, CatalogRecord, Division
from .summary import Entry, SourceSummary, summarize


def newest_first(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=Entry.newest, reverse=True)


@dataclass
class RegionNode:
    division: Division
    children: dict[str, "RegionNode"] = field(default_factory=dict)
    own: list[Entry] = field(default_factory=list)          # tagged with this region itself
    members: list[Entry] = field(default_factory=list)      # tagged with it or with a region under it, each once

    def sorted_children(self) -> list["RegionNode"]:
        return sorted(self.children.values(), key=lambda n: n.division.code)


@dataclass
class Archive:
    summaries: dict[str, SourceSummary]          # source pages with any record, by name
    records: dict[str, list[Article]]            # the full records of pages whose own pages are rendered
    catalog: dict[str, CatalogRecord]
    articles: list[Entry]                        # readable items (no residue), in page order
    regions: dict[str, RegionNode]               # provinces by code
    region_nodes: dict[str, RegionNode]          # every node by code
    agencies: dict[str, list[Entry]]
    agency_region: dict[str, Division | None]
    months: dict[str, list[Entry]]               # "2021-11" (or "2021", "") -> articles
    shelf: object = None                         # parts.plan.Shelf when this site is one part of the archive

    @classmethod
    def of(cls, records: list[Article], catalog: dict[str, CatalogRecord]) -> "Archive":
        """From records alone (tests, and pages no build state knows)."""
        by_source: dict[str, list[Article]] = defaultdict(list)
        for x in records:
            by_source[x.source].append(x)
        summaries = {name: summarize(name, recs, catalog.get(name), (), "", (0, 0)) for name, recs in by_source.items()}
        return cls.build(summaries, dict(by_source), catalog)

    @classmethod
    def build(cls, summaries: dict[str, SourceSummary], records: dict[str, list[Article]],
              catalog: dict[str, CatalogRecord]) -> "Archive":
        gaz = load()
        summaries = {k: s for k, s in sorted(summaries.items()) if s.records}
        articles = [e for s in summaries.values() for e in s.entries if not e.hidden]
        roots: dict[str, RegionNode] = {}
        nodes: dict[str, RegionNode] = {}
        agencies: dict[str, list[Entry]] = defaultdict(list)
        agency_region: dict[str, Division | None] = {}
        months: dict[str, list[Entry]] = defaultdict(list)
        for x in articles:
            for code in x.within:                    # provinces first, so a node's parent is there
                node = nodes.get(code)
                if node is None:
                    d = gaz.by_code[code]
                    node = nodes[code] = RegionNode(d)
                    (nodes[d.parent].children if d.parent else roots)[code] = node
                node.members.append(x)
            for code in x.regions:
                if code in nodes:
                    nodes[code].own.append(x)
            for name in x.agencies:
                agencies[name].append(x)
            months[x.date[:7]].append(x)
        for s in summaries.values():                 # the first page that names it, in page order
            for name, code in s.agency_homes.items():
                if name not in agency_region:
                    agency_region[name] = gaz.by_code.get(code)
        return cls(summaries, records, catalog, articles, dict(sorted(roots.items())), nodes,
                   dict(sorted(agencies.items())), agency_region, dict(sorted(months.items())))

    def years(self) -> dict[str, dict[str, list[Entry]]]:
        out: dict[str, dict[str, list[Entry]]] = defaultdict(dict)
        for m, arts in self.months.items():
            out[m[:4]][m] = arts
        return {y: dict(sorted(ms.items(), reverse=True)) for y, ms in sorted(out.items(), reverse=True)}
