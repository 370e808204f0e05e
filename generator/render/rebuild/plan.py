"""Which pages a build renders, and which stay as the last build wrote them.

Exists so that every page builder asks the same two questions (is this
source page's output current? is this list's?) and the answers come from one
place: a source page is current when it was not parsed again and all its
pages are on disk; a list is current when no article joined or left it (or
changed) and its pages are on disk.  With nothing on disk, nothing is kept.
"""
from __future__ import annotations

import marshal
from dataclasses import dataclass, field

from ...extract.gazetteer import load
from ...digest import sha1
from ..content import urls
from ..write.site import KEEP, Keep
from .state import State
from ..model.summary import Entry, SourceSummary


@dataclass
class Plan:
    fresh: set[str] = field(default_factory=set)        # source pages whose own pages are rendered
    touched: set[tuple[str, ...]] = field(default_factory=set)   # lists an article joined, left or changed in
    present: set[str] = field(default_factory=set)      # paths the last build wrote, still on disk
    previous: dict[str, str] = field(default_factory=dict)       # page -> key of its inputs, last build
    keys: dict[str, str] = field(default_factory=dict)           # ... this build
    layouts_before: dict[str, list] = field(default_factory=dict)  # long list -> its [year, articles], last build
    layouts: dict[str, list] = field(default_factory=dict)         # ... this build
    untouched: dict[tuple, list[str]] = field(default_factory=dict)  # list key -> its pages, all current on disk
    lists: dict[tuple, list[str]] = field(default_factory=dict)      # list key -> its pages, this build

    def same(self, path: str, *inputs) -> bool:
        """For a page no single list or source page decides (an agency group):
        True when it is on disk from the same inputs."""
        # marshal format 2 has no back-references, so equal values give equal bytes.
        key = self.keys[path] = sha1(marshal.dumps(inputs, 2)).hexdigest()
        return path in self.present and self.previous.get(path) == key

    def kept(self, source: str) -> bool:
        return source not in self.fresh and bool(self.present)

    def kept_whole(self, key: tuple[str, str]) -> list[tuple[str, Keep]] | None:
        """All the pages of a list no article joined, left or changed in, when they
        are on disk; found without counting the list again (a rebuild passes over
        thousands of such lists for the few it renders)."""
        paths = self.untouched.get(key)
        if paths is None:
            return None
        self.lists[key] = paths
        layout = self.layouts_before.get(paths[0])
        if layout is not None:
            self.layouts[paths[0]] = layout
        return [(p, KEEP) for p in paths]

    def listed(self, key: tuple[str, str], pages: list[tuple[str, str | Keep]]) -> list[tuple[str, str | Keep]]:
        """Notes a list's pages for the next build (see kept_whole)."""
        self.lists[key] = [p for p, _ in pages]
        return pages

    def kept_list(self, key: tuple[str, ...], paths: list[str]) -> list[tuple[str, Keep]] | None:
        if key in self.touched or not all(p in self.present for p in paths):
            return None
        return [(p, KEEP) for p in paths]


def lists_of(entry: Entry) -> set[tuple[str, ...]]:
    """The lists an article is on: its month's, its regions' and their parents', its
    agencies' (and their pages of its year, see pages.dated_list)."""
    year = entry.date[:4]
    out = {("month", entry.date[:7])}
    gaz = load()
    for code in entry.within:
        out |= {("region", code), ("region", code, year)}
        # The pages of what a division became, or of what became it, list its articles too.
        out |= {("region", other) for other in gaz.joined(code)}
    for name in entry.agencies:
        out |= {("agency", name), ("agency", name, year)}
    return out


def own_paths(s: SourceSummary) -> list[str]:
    return [urls.source(s.name), urls.raw_source(s.name)] + [urls.article(e.id) for e in s.entries]


def make_plan(state: State, after: dict[str, SourceSummary], parsed: set[str], linked: set[str],
              present: set[str]) -> Plan:
    """state: the last build's; after: this build's summaries; parsed: the pages
    read again; linked: the region codes that have pages (a source page links its
    home region to its page); present: what the last build wrote, still on disk."""
    before = state.summaries
    touched: set[tuple[str, ...]] = set()
    for name in parsed | (before.keys() - after.keys()):
        for s in (before.get(name), after.get(name)):
            for e in s.entries if s else ():
                touched |= lists_of(e)
    fresh = set(parsed)
    for name, s in after.items():
        if name in fresh:
            continue
        if s.home and (s.home in state.regions) != (s.home in linked):
            fresh.add(name)                 # its page links the home region, or stops linking it
        elif not all(p in present for p in own_paths(s)):
            fresh.add(name)                 # a page of it was removed from the docs folder
    untouched = {key: paths for key, paths in state.lists.items() if key not in touched and present.issuperset(paths)}
    return Plan(fresh, touched, present, previous=state.keys, layouts_before=state.layouts, untouched=untouched)
