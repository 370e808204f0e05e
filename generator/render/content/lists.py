"""The lists of articles and their indexes: by date, by region, by agency.

Pure functions from the Archive to pages (docs path, Markdown).  A long list
is a Listing: its first page, and a part per year that is rendered only when
asked (a rebuild asks only for the years an article joined or left: see
rebuild/select.py, which decides; these functions know nothing of rebuilds).
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from typing import Callable

from ...extract.gazetteer import load
from ...records import Division
from ..model.structure import Archive, RegionNode, newest_first
from ..model.summary import Entry
from . import markdown as md, urls
from .front_matter import page
from .labels import date_label

Page = tuple[str, str]

NEWEST = 15
PER_PAGE = 100          # list pages never grow into 10 000-row pages
JOINED_SHOWN = 20       # articles of a predecessor or successor shown on a region's page
INLINE_AGENCIES = 400   # beyond this the agency index lists regions, each with a page of its agencies


def chunks(n: int) -> int:
    return max(1, -(-n // PER_PAGE))


def page_paths(path: str, n: int) -> list[str]:
    """regions/140600.md, regions/140600-p2.md, ... for a list of n articles."""
    stem = path[:-3]
    return [path] + [f"{stem}-p{k}.md" for k in range(2, chunks(n) + 1)]


def paginated(path: str, title: str, head: str, arts: list[Entry], grouped: Callable[[Entry], str] | None = None,
              **meta) -> list[Page]:
    """An article list split into pages of PER_PAGE, each with links to the others;
    `grouped` gives a heading per run of articles (a day on a month's page)."""
    parts = [arts[i:i + PER_PAGE] for i in range(0, len(arts), PER_PAGE)] or [[]]
    paths = page_paths(path, len(arts))
    out = []
    for k, (p, chunk) in enumerate(zip(paths, parts)):
        nav = ""
        if len(parts) > 1:
            links = [f"**{i + 1}**" if i == k else md.link(p, q, str(i + 1)) for i, q in enumerate(paths)]
            nav = md.styled(f"第 {k + 1} / {len(parts)} 页：" + " ".join(links), "archive-pages")
        # Page k sits beside page 1 (same folder), so the head's links hold for both.
        listed = md.article_list(p, chunk) if grouped is None else grouped_list(p, chunk, grouped)
        body = "\n\n".join(x for x in (head, nav, listed, nav) if x)
        out.append((p, page(title if k == 0 else f"{title}（第 {k + 1} 页）", body, **meta)))
    return out


def grouped_list(path: str, entries: list[Entry], heading: Callable[[Entry], str]) -> str:
    runs: list[tuple[str, list[Entry]]] = []
    for e in entries:
        h = heading(e)
        if not runs or runs[-1][0] != h:
            runs.append((h, []))
        runs[-1][1].append(e)
    if len(runs) == 1 and not runs[0][0]:
        return md.article_list(path, entries)
    return "\n\n".join(f"{md.heading(3, h)}\n\n{md.article_list(path, run)}" if h else md.article_list(path, run)
                        for h, run in runs) or md.article_list(path, [])


def year_path(path: str, year: str) -> str:
    """regions/140600-2019.md: the list's articles of one year ("undated" for none)."""
    return f"{path[:-3]}-{year or 'undated'}.md"


def year_label(year: str) -> str:
    return f"{year}年" if year else "日期不详"


@dataclass
class YearPart:
    """A long list's pages of one year."""
    key: tuple[str, ...]                 # (kind, name, year)
    paths: list[str]
    render: Callable[[], list[Page]]


@dataclass
class Listing:
    """A list's pages: `pages` now; for a long list, its years' parts, rendered
    when asked, and its layout ([year, articles] newest first)."""
    key: tuple[str, str]
    pages: list[Page]
    years: list[YearPart] = field(default_factory=list)
    layout: list | None = None


def dated_list(key: tuple[str, str], path: str, title: str, head: str, arts: list[Entry],
               heading: str = "") -> Listing:
    """A region's or an agency's articles: one page when they are few; else a
    page of years over a page (or pages of PER_PAGE) per year.

    Years rather than pages counted from the newest: a year's pages keep their
    URL and their articles as the archive grows (a page 7 counted from the
    newest would show other articles after every new issue), and a page added
    for one year changes that year's pages only.  `heading` goes over the articles."""
    if len(arts) <= PER_PAGE:
        return Listing(key, paginated(path, title, "\n\n".join(x for x in (head, heading) if x), newest_first(arts)))
    by_year: dict[str, list[Entry]] = {}
    for x in arts:
        by_year.setdefault(x.date[:4], []).append(x)
    years = sorted(by_year, key=lambda y: y or "0000", reverse=True)
    # Every year's page links every year: a year that comes or goes changes them all.
    index = (path, page(title, "\n\n".join([
        head, heading or "## 文章",
        "\n".join(f"- {md.link(path, year_path(path, y), year_label(y))}（{len(by_year[y])} 篇）" for y in years),
        "### 最新文章", md.article_list(path, heapq.nlargest(NEWEST, arts, key=Entry.newest))])))

    def part(y: str) -> YearPart:
        first = year_path(path, y)

        def render() -> list[Page]:
            nav = " ".join(f"**{year_label(z)}**" if z == y else md.link(first, year_path(path, z), year_label(z))
                           for z in years)
            back = "\n\n".join([md.styled(md.link(first, path, "← " + title), "archive-trail"),
                                md.styled(nav, "archive-years")])
            return paginated(first, f"{title} · {year_label(y)}（{len(by_year[y])} 篇）", back, newest_first(by_year[y]))
        return YearPart((*key, y), page_paths(first, len(by_year[y])), render)

    return Listing(key, [index], [part(y) for y in years], [[y, len(by_year[y])] for y in years])


# --- by date ------------------------------------------------------------------------

def month_label(month: str) -> str:
    if not month:
        return "日期不详"
    return f"{int(month[:4])}年（月份不详）" if len(month) == 4 else date_label(month)


def dates_index(arch: Archive) -> Page:
    index = "dates/index.md"
    blocks = []
    for year, months in arch.years().items():
        n = sum(len(v) for v in months.values())
        blocks.append(f"## {md.link(index, urls.year(year), f'{int(year)}年')}（{n} 篇）" if year
                      else f"## 日期不详（{n} 篇）")
        blocks.append("\n".join(f"- {md.link(index, urls.month(m), month_label(m))}（{len(v)} 篇）"
                                for m, v in months.items()))
    return index, page("按日期", "\n\n".join(blocks) or "（暂无文章）")


def neighbours(keys: list[str], key: str) -> tuple[str, str]:
    """The keys before and after key in a sorted list ("" at either end)."""
    i = keys.index(key)
    return (keys[i - 1] if i > 0 else "", keys[i + 1] if i + 1 < len(keys) else "")


def year_page(arch: Archive, year: str) -> Page:
    """A year: its months as a calendar with counts, each linking to its month."""
    path = urls.year(year)
    months = arch.years()[year]
    years = sorted(y for y in arch.years() if y)
    before, after = neighbours(years, year)
    nav = " · ".join(x for x in (
        md.link(path, urls.year(before), f"← {int(before)}年") if before else "",
        md.link(path, "dates/index.md", "按日期"),
        md.link(path, urls.year(after), f"{int(after)}年 →") if after else "") if x)
    cells = []
    for m in range(1, 13):
        key = f"{year}-{m:02d}"
        n = len(months.get(key, []))
        cells.append(md.link(path, urls.month(key), f"{m}月（{n}）") if n else f"{m}月（0）")
    # Quarters as columns, their months down them: the year reads as a calendar.
    rows = ["| 第一季度 | 第二季度 | 第三季度 | 第四季度 |", "| --- | --- | --- | --- |"]
    rows += ["| " + " | ".join(cells[q * 3 + k] for q in range(4)) + " |" for k in range(3)]
    body = [nav, "\n".join(rows)]
    if year in months:
        body.append(f"另有 {md.link(path, urls.month(year), f'{len(months[year])} 篇只知年份的文章')}。")
    n = sum(len(v) for v in months.values())
    return path, page(f"{int(year)}年（{n} 篇）", "\n\n".join(body),
                      description=f"{int(year)}年的 {n} 篇文章，按月份列出。")


def by_day(entries: list[Entry]) -> list[Entry]:
    """Newest day first; within a day, by source page and its order on the page."""
    return sorted(entries, key=lambda e: (_neg(e.date), e.source, e.first))


def _neg(date: str) -> tuple:
    # Descending date as an ascending key; a date to the month only after its days.
    return tuple(-int(x) for x in date.split("-")) + ((1,) if len(date) == 7 else (0,)) if date else (1,)


def month_pages(arch: Archive, month: str) -> list[Page]:
    """A month's articles grouped by day (then by source page, in page order), with
    the months before and after it."""
    path = urls.month(month)
    arts = by_day(arch.months[month])
    keys = sorted(m for m in arch.months if len(m) == 7)
    before, after = neighbours(keys, month) if month in keys else ("", "")
    nav = " · ".join(x for x in (
        md.link(path, urls.month(before), f"← {date_label(before)}") if before else "",
        md.link(path, urls.year(month[:4]), f"{int(month[:4])}年") if month else md.link(path, "dates/index.md", "按日期"),
        md.link(path, urls.month(after), f"{date_label(after)} →") if after else "") if x)
    return paginated(path, f"{month_label(month)}（{len(arts)} 篇）", nav, arts, grouped=day_heading,
                     description=f"{month_label(month)}的 {len(arts)} 篇文章，按日期排列。")


def day_heading(e: Entry) -> str:
    if len(e.date) >= 10:
        return f"{int(e.date[5:7])}月{int(e.date[8:10])}日"
    return "日期只到月份" if len(e.date) == 7 else ""


# --- by region ------------------------------------------------------------------------

def region_tree(from_path: str, nodes: list[RegionNode], depth: int = 0) -> str:
    """Nested lists of regions with their counts."""
    lines = []
    for n in nodes:
        lines.append("    " * depth + f"- {md.link(from_path, urls.region(n.division.code), n.division.name)}"
                     f"（{len(n.members)} 篇）")
        if n.children:
            lines.append(region_tree(from_path, n.sorted_children(), depth + 1))
    return "\n".join(lines)


def regions_index(arch: Archive) -> Page:
    index = "regions/index.md"
    return index, page("按地区", "省 → 市 → 县。每个地区的数字包括其下辖地区的文章。\n\n"
                       + region_tree(index, list(arch.regions.values())))


def trail(from_path: str, d: Division) -> str:
    return " › ".join(md.link(from_path, urls.region(x.code), x.name) for x in load().path(d))


def region_listing(arch: Archive, code: str) -> Listing:
    node = arch.region_nodes[code]
    path = urls.region(code)
    head = [md.styled(f"{md.link(path, 'regions/index.md', '按地区')} › {trail(path, node.division)}", "archive-trail"),
            md.styled(f"{code_label(node.division)} · {len(node.members)} 篇（含下辖地区）", "archive-meta")]
    head += history(arch, node, path)
    if node.children:
        head += ["## 下辖地区", region_tree(path, node.sorted_children())]
    return dated_list(("region", code), path, node.division.name, "\n\n".join(head), node.members, "## 文章")


def code_label(d: Division) -> str:
    """The national code, or for a unit abolished before the national tables, its years
    (its code is the archive's own, not one to cite)."""
    return f"{span(d)}的建制（无国家行政区划代码）" if load().is_early(d) else f"行政区划代码 {d.code}"


def history(arch: Archive, node: RegionNode, path: str) -> list[str]:
    """Where a division has changed (莱芜市 became 济南市莱芜区 in 2018): its page
    names what it became and lists that region's newest articles under a line
    that says so; the successor's page does the same for it."""
    gaz = load()
    d = node.division
    out: list[str] = []

    def joined(other: Division, line: str) -> None:
        other_node = arch.region_nodes.get(other.code)
        names = " › ".join(x.name for x in gaz.path(other))
        out.append(md.heading(3, line))
        if other_node is None:
            out.append(f"{md.text(names)}（本档案尚无该地区的文章）")
            return
        out.append(f"{md.link(path, urls.region(other.code), names)}：{len(other_node.members)} 篇，"
                   f"最新的 {min(JOINED_SHOWN, len(other_node.members))} 篇：")
        out.append(md.article_list(path, newest_first(other_node.members)[:JOINED_SHOWN]))

    now = gaz.successor(d)
    if gaz.is_early(d):
        # (set up and abolished before the national tables of 1980 begin)
        after = f"今为{''.join(x.name for x in gaz.path(now))}" if now is not None else "后撤销，辖境分属他处"
        out.append(md.text(f"{d.name}存续于 {span(d)}，{after}。"))
        if now is not None:
            joined(now, f"今{now.name}的文章")
    elif now is not None:
        out.append(md.text(f"{d.name}见于 {span(d)}的全国行政区划表，今为{''.join(x.name for x in gaz.path(now))}。"))
        joined(now, f"今{now.name}的文章")
    for before in gaz.predecessors(d.code):
        if before.code in arch.region_nodes:
            joined(before, f"原{before.name}（{span(before)}）的文章")
    return out


def span(d: Division) -> str:
    return f"{d.first_year}–{d.last_year} 年" if d.years else ""


# --- by agency ------------------------------------------------------------------------

@dataclass
class AgencyGroup:
    """The agencies of one region, on a page of their own (when the index is long)."""
    path: str
    label: str
    names: list[str]
    inputs: list                       # what the page shows: (name, articles) of each agency
    render: Callable[[], Page]


def agency_groups(arch: Archive) -> list[AgencyGroup]:
    gaz = load()
    groups: dict[str, tuple[str, list[str]]] = {}
    for name in arch.agencies:
        d = arch.agency_region.get(name)
        key = d.code if d else "other"
        if key not in groups:
            groups[key] = (" › ".join(x.name for x in gaz.path(d)) if d else "其他", [])
        groups[key][1].append(name)
    out = []
    for key in sorted(groups, key=lambda k: (k == "other", k)):
        label, names = groups[key]
        group_path = f"agencies/in-{key}.md"

        def render(group_path=group_path, label=label, names=names) -> Page:
            return group_path, page(f"{label} · 机构", md.link(group_path, "agencies/index.md", "← 按机构") + "\n\n"
                                    + agency_names(arch, group_path, names))
        out.append(AgencyGroup(group_path, label, names, [(n, len(arch.agencies[n])) for n in names], render))
    return out


def agency_names(arch: Archive, from_path: str, names: list[str]) -> str:
    return "\n".join(f"- {md.link(from_path, urls.agency(n), n)}（{len(arch.agencies[n])} 篇）" for n in sorted(names))


def agencies_index(arch: Archive, groups: list[AgencyGroup]) -> Page:
    index = "agencies/index.md"
    blocks = ["机构按所属地区分组，数字为提及该机构的文章数。"]
    inline = len(arch.agencies) <= INLINE_AGENCIES
    for g in groups:
        if inline:
            blocks += [md.heading(2, g.label), agency_names(arch, index, g.names)]
        else:
            blocks.append(f"{md.link(index, g.path, g.label)}（{len(g.names)} 个机构）")
    return index, page("按机构", "\n\n".join(blocks))


def agency_listing(arch: Archive, name: str) -> Listing:
    path = urls.agency(name)
    d = arch.agency_region.get(name)
    where = trail(path, d) if d else "地区不详"
    head = md.styled(f"{md.link(path, 'agencies/index.md', '按机构')} · 所属地区：{where}", "archive-trail")
    return dated_list(("agency", name), path, name, head, arch.agencies[name])
