"""Which page builders this build calls, and which pages it keeps as they are.

Exists so that the builders (content/) stay pure — archive in, pages out —
and the one thing a rebuild adds, the choice of what to render, lives in one
place: a page of a source page that was not read again is kept; a list no
article joined or left is kept whole; a long list's years are rendered only
where an article of that year joined or left (see plan.py).  A new kind of
page means one builder in content/ and one line here.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..content import urls
from ..content.article import source_articles
from ..content.feed import atom
from ..content.home import home_page, search_page
from ..content.lists import (Listing, agencies_index, agency_groups, agency_listing, dates_index, month_pages,
                             neighbours, year_page,
                             region_listing, regions_index)
from ..content.issues import issue_page, issue_path, issues, issues_index
from ..content.reports import DOWNLOADS, downloads_page, monthly_svg, quality_page, regions_svg, stats_page
from ..content.sources import source_page, sources_index
from ..model.structure import Archive
from ..model.summary import Entry
from ..write.exports import Concat, data_files, size_of
from ..write.site import KEEP, Files, Keep, encoded, static_files
from .plan import Plan

Pages = list[tuple[str, str | Keep]]       # Keep: see write/site.py


def article_files(arch: Archive, plan: Plan) -> Files:
    """Every article's page: rendered for the source pages read in this build."""
    pages: Pages = []
    for name, summary in arch.summaries.items():
        if plan.kept(name):
            pages += [(urls.article(e.id), KEEP) for e in summary.entries]
        else:
            pages += source_articles(arch, name)
    return encoded(pages)


def source_files(arch: Archive, plan: Plan, raw_pages: dict[str, Path]) -> Files:
    """Each source page's page (and their index), and its raw text (copied, never
    held in memory beside its parsed text)."""
    files = encoded([sources_index(arch)])
    for name in arch.summaries:
        if plan.kept(name):
            files[urls.source(name)] = files[urls.raw_source(name)] = KEEP
            if urls.raw_original(name) in plan.present:
                files[urls.raw_original(name)] = KEEP
        else:
            files.update(encoded([source_page(arch, name)]))
            text, original = raw_text(raw_pages[name])
            files[urls.raw_source(name)] = text
            if original is not None:
                files[urls.raw_original(name)] = original
    return files


def raw_text(page: Path) -> tuple[bytes | Path, Path | None]:
    """(the page's text as UTF-8, its original bytes when they were not UTF-8): so
    that the 原始文本 link reads right in any browser, whatever the page's encoding.
    A UTF-8 page is linked as it is (never held in memory)."""
    from ...ingest import PageError, decode

    with open(page, "rb") as f:
        data = f.read()
    try:
        data.decode("utf-8")
        return page, None
    except UnicodeDecodeError:
        pass
    try:
        text, _ = decode(data, page.name)
    except PageError:
        return page, None             # not text the parser read either: kept as it came
    return text.encode("utf-8"), page


def list_files(arch: Archive, plan: Plan) -> Files:
    """The lists of articles: by month, by region, by agency; and their indexes."""
    pages: Pages = [dates_index(arch), regions_index(arch)]
    # A month's page links the months beside it, a year's page counts its months:
    # kept only while those are as they were (plan.same records them for the next build).
    dated = sorted(m for m in arch.months if len(m) == 7)
    for month in arch.months:
        beside = neighbours(dated, month) if month in dated else ("", "")
        same = plan.same(urls.month(month), beside)
        pages += (same and plan.kept_whole(("month", month))) or plan.listed(("month", month), month_pages(arch, month))
    found = issues(arch)
    pages.append(issues_index(arch, found))
    for key, names in found.items():
        path = issue_path(key)
        inputs = tuple((n, arch.summaries[n].key) for n in names)     # its pages, each as parsed
        pages.append((path, KEEP) if plan.same(path, inputs) else issue_page(arch, key, names))
    years = arch.years()
    for year in (y for y in years if y):
        counts = (tuple((m, len(v)) for m, v in years[year].items()), tuple(sorted(y for y in years if y)))
        path = urls.year(year)
        pages.append((path, KEEP) if plan.same(path, counts) else year_page(arch, year))
    for code in sorted(arch.region_nodes):
        pages += listing_pages(plan, ("region", code), lambda: region_listing(arch, code))
    groups = agency_groups(arch)
    pages.append(agencies_index(arch, groups))
    for g in groups:
        pages.append((g.path, KEEP) if plan.same(g.path, g.label, g.inputs) else g.render())
    for name in arch.agencies:
        pages += listing_pages(plan, ("agency", name), lambda: agency_listing(arch, name))
    return encoded(pages)


def listing_pages(plan: Plan, key: tuple[str, str], build: Callable[[], Listing]) -> Pages:
    """A list kept whole, or built: its first pages, and each year's pages rendered
    unless that year is as it was (same years, no article joined or left it)."""
    kept = plan.kept_whole(key)
    if kept:
        return kept
    listing = build()
    out: Pages = list(listing.pages)
    if listing.layout is not None:
        first = listing.pages[0][0]
        before = plan.layouts_before.get(first)
        plan.layouts[first] = listing.layout
        same_years = before is not None and [y for y, _ in before] == [y for y, _ in listing.layout]
        for part in listing.years:
            out += (plan.kept_list(part.key, part.paths) if same_years else None) or part.render()
    return plan.listed(key, out)


def archive_files(arch: Archive, exports: tuple[Concat, ...], feed: list[tuple[Entry, str]], site_url: str) -> Files:
    """What counts or shows the whole archive: home and search pages, downloads
    (Concat: joined from every page's rows), feed (its articles newest first, each
    with the start of its text), statistics, quality; and the static assets."""
    files = encoded([home_page(arch), search_page(arch), stats_page(arch), quality_page(arch)])
    files.update(data_files(arch, *exports))
    files["feed.xml"] = atom(feed, site_url)
    files["stats/monthly.svg"] = monthly_svg(arch)
    files["stats/regions.svg"] = regions_svg(arch)
    files.update(encoded([downloads_page({f: size_of(files[f]) for f in DOWNLOADS if f in files}, len(arch.articles))]))
    files.update(static_files())
    return files
