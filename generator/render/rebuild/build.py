"""One build of the docs folder, costing what changed since the last one.

The steps: the last build's state (state.py) says which source pages are
unchanged; only the others are read (parsed, or taken from the parse cache)
and summarised (summary.py); the archive is indexed from every page's summary
(structure.py); the plan (plan.py) says which pages to render; the rest are
kept as they are on disk; the new state is saved.  A first build, or one
after the generator's code changed, starts from an empty state and so reads
and renders everything, by the same steps.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from ...records import Article, CatalogRecord
from ...runner import Parsed, code_version, page_key
from ..write.exports import CSV_HEAD, Concat
from ..content.citation import CSL_HEAD, archive_item, page_citations
from ..content.feed import ENTRIES as FEED_ENTRIES, newest
from .plan import Plan, make_plan
from .halves import in_two_processes, merged
from ..write.site import DEFAULT_SITE_URL, MANAGED, OLD_MANIFEST, Files, remove_stale, write_files
from .select import archive_files, article_files, list_files, source_files
from .state import STATE, State, folder_times, on_disk, seal_downloads, stamp, unchanged
from ..model.structure import Archive
from ..model.summary import SourceSummary, feed_text, summarize

# The joined downloads' heads: JSON Lines, CSV, CSL-JSON, RIS, BibTeX (see write.exports.data_files).
DOWNLOAD_HEADS = (b"", CSV_HEAD, CSL_HEAD, b"", b"")
FEED_POOL = 200     # feed texts kept for this many of the newest articles (the feed shows 50)

Reader = Callable[[list[Path]], tuple[list[Parsed], int]]     # pages -> (parsed pages, failures)


class PagesChanged(Exception):
    """A page read a moment ago could not be read again in the same build."""


@dataclass
class Report:
    articles: int
    pages: int
    read: int          # pages read in this build (not known unchanged)
    written: int       # files
    removed: int
    failed: int        # pages that could not be read


def build_docs(pages: list[Path], catalog: dict[str, CatalogRecord], docs: Path, read: Reader, *,
               encoding: str | None = None, clean: bool = False, site_url: str = DEFAULT_SITE_URL,
               lap: Callable[[str], None] = lambda stage: None,
               ahead: Callable[[list[Path]], None] = lambda pages: None, shelf=None) -> Report:
    """`read` parses pages (or reads them from the parse cache); `ahead` may start
    reading the changed pages while the rest of the last build's state loads.
    `shelf` (parts.plan.Shelf): the site is this part of an archive cut into parts."""
    if clean:
        clean_docs(docs)
    stamps = {p.name: stamp(p, catalog.get(p.name), encoding) for p in pages}
    # The downloads hold the site's address (the citations' URLs): another address is another build.
    version = f"{code_version()}|{site_url}"
    before = State.stamps(docs, version)
    ahead([p for p in pages if not unchanged(before.get(p.name), stamps[p.name])])
    state = State.load(docs, version)
    summaries: dict[str, SourceSummary] = {}
    todo = []
    for p in pages:
        s = state.current(p.name, stamps[p.name]) or same_content(p, state, stamps[p.name], catalog, encoding)
        if s is not None:
            summaries[p.name] = s
        else:
            todo.append(p)
    lap("last build's state")

    parsed: dict[str, list[Article]] = {}
    texts: dict[str, tuple[bytes, ...]] = {}

    def rows(d: Parsed) -> tuple[bytes, ...]:
        """The page's rows in each joined download (DOWNLOAD_HEADS' order)."""
        cites = page_citations(d.articles, catalog.get(d.path.name), site_url)
        return tuple(x.encode("utf-8") for x in (d.jsonl, d.csv, *cites))

    done, failed = read(todo)
    for d in done:
        name = d.path.name
        parsed[name] = d.articles
        texts[name] = rows(d)
        summaries[name] = summarize(name, d.articles, catalog.get(name), stamps[name], d.key,
                                    tuple(len(x) for x in texts[name]))
    if not state.downloads_trusted:
        # The joined downloads are made again from every page's text (the parse cache
        # has them), not spliced from files on disk; no page is rendered for it.
        whole, _ = read([p for p in pages if p.name in summaries and p.name not in texts])
        for d in whole:
            texts[d.path.name] = rows(d)
    lap("parse (or read the cache)")

    arch = Archive.build(summaries, parsed, catalog)
    arch.shelf = shelf
    plan = make_plan(state, arch.summaries, set(parsed), set(arch.region_nodes),
                     on_disk(docs, state.written, state.folders))
    feed = feed_texts(arch, state.feed)
    pool = newest(arch, max(FEED_POOL, FEED_ENTRIES))
    # Records of unchanged pages are read again only when a page of theirs must be
    # rendered (its home region gained or lost its page; a file of it was deleted
    # from the docs folder) or the feed shows an article of theirs it has no text for.
    need = plan.fresh | {e.source for e in pool[:FEED_ENTRIES] if e.id not in feed}
    again, unreadable = read([p for p in pages if p.name in need and p.name not in parsed])
    if unreadable:          # read a moment ago, unreadable now
        raise PagesChanged(f"{unreadable} page(s) changed during the build; run it again")
    for d in again:
        arch.records[d.path.name] = d.articles
        feed.update((x.id, feed_text(x)) for x in d.articles)

    order = [p.name for p in pages if p.name in summaries]     # the downloads keep the pages' order
    # Each joined download: its head, every page's rows, and a closing part of its own where
    # it has one (the CSL-JSON array ends with the archive itself, after every page's items).
    tails = (b"", b"", archive_item(site_url), b"", b"")

    def joined(k: int, head: bytes, tail: bytes) -> Concat:
        parts = [(n, summaries[n].key, texts[n][k] if n in texts else None, summaries[n].exports[k]) for n in order]
        if tail:
            parts.append(("", "archive", tail, len(tail)))
        if not state.downloads_trusted:
            return Concat(head, parts, [])               # nothing of the file on disk is kept
        before = [(n, key, state.summaries[n].exports[k]) for n, key in state.exports]
        return Concat(head, parts, before + ([("", "archive", len(tail))] if tail else []))

    exports = tuple(joined(k, head, tail) for k, (head, tail) in enumerate(zip(DOWNLOAD_HEADS, tails)))
    raw = {p.name: p for p in pages if p.name in arch.summaries}

    written, n_written = write_pages(arch, plan, docs, state.written, raw, exports,
                                    [(e, feed[e.id]) for e in pool[:FEED_ENTRIES]], site_url)
    n_removed = remove_stale(docs, state.written, written)
    lap("render and write")

    State(version, summaries, written, [(n, summaries[n].key) for n in order], frozenset(arch.region_nodes),
          {p: k for p, k in plan.keys.items() if p in written}, folder_times(docs, written),
          {e.id: feed[e.id] for e in pool[:FEED_POOL] if e.id in feed}, plan.layouts, plan.lists,
          seal_downloads(docs, written)).save(docs)
    (docs / OLD_MANIFEST).unlink(missing_ok=True)
    lap("save the state")
    return Report(len(arch.articles), len(arch.summaries), len(parsed), n_written, n_removed, failed)


def same_content(page: Path, state: State, now: tuple | None, catalog: dict[str, CatalogRecord],
                 encoding: str | None) -> SourceSummary | None:
    """A page that looks changed (a new clone, a touch) but whose bytes, record and
    encoding are those the last build parsed keeps its summary, under its new stamp."""
    old = state.summaries.get(page.name)
    if old is None or now is None or now[-2:] != old.stamp[-2:]:
        return None
    try:
        key = page_key(page, catalog.get(page.name), encoding)
    except OSError:
        return None
    return replace(old, stamp=now, packed=None) if key == old.key else None


def write_pages(arch: Archive, plan: Plan, docs: Path, before: dict[str, str], raw: dict[str, Path],
                exports: tuple[Concat, ...], feed: list, site_url: str) -> tuple[dict[str, str], int]:
    """Render and write every page: (what is where now, files written).  In two
    halves of about the same work (measured at 10 000 articles), one in a forked
    child (see halves.py): in a first build the ten thousand article pages against
    the rest; in a rebuild the lists against the rest."""
    def half(make: Callable[[], Files]) -> Callable[[], tuple[dict, int]]:
        return lambda: write_files(make(), docs, before)
    articles = half(lambda: article_files(arch, plan))
    sources = half(lambda: source_files(arch, plan, raw))
    lists = half(lambda: list_files(arch, plan))
    whole = half(lambda: archive_files(arch, exports, feed, site_url))
    if 2 * len(plan.fresh) > len(arch.summaries):
        return in_two_processes(articles, lambda: merged(sources(), lists(), whole()), plan)
    return in_two_processes(lambda: merged(articles(), sources(), whole()), lists, plan)


def feed_texts(arch: Archive, kept: dict[str, str]) -> dict[str, str]:
    """The start of the text of every article whose text is at hand: those read in
    this build, and the newest ones of the last build (its feed pool)."""
    texts = dict(kept)
    texts.update((e.id, e.summary) for s in arch.summaries.values() for e in s.entries if s.name in arch.records)
    return texts


def clean_docs(docs: Path) -> None:
    """--clean: every file the generator manages removed, and its state (a full rebuild)."""
    import shutil
    for top in MANAGED:
        p = docs / top
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()
    (docs / STATE).unlink(missing_ok=True)
    (docs / OLD_MANIFEST).unlink(missing_ok=True)
