"""Page builders: pure functions from the Archive to (docs path, Markdown text).

The Plan says which pages are already on disk as they would be rendered
(KEEP); those are listed, not rendered."""
from __future__ import annotations

import heapq

from ..extract.gazetteer import load
from ..records import Article, CatalogRecord, Division
from . import markdown as md, urls
from .html import KIND_LABEL, a, date_label, display_title, esc, one_line, paragraphs
from .markdown import article_list
from .front_matter import front_matter
from .plan import KEEP, Keep, Plan
from .structure import Archive, RegionNode, newest_first
from .summary import Entry, page_order

NEWEST = 15
PER_PAGE = 100          # list pages never grow into 10 000-row pages


def chunks(n: int) -> int:
    return max(1, -(-n // PER_PAGE))


def page_paths(path: str, n: int) -> list[str]:
    """regions/140600.md, regions/140600-p2.md, ... for a list of n articles."""
    stem = path[:-3]
    return [path] + [f"{stem}-p{k}.md" for k in range(2, chunks(n) + 1)]


def paginated(path: str, title: str, head: str, arts: list[Entry], **meta) -> list[tuple[str, str]]:
    """An article list split into pages of PER_PAGE, each with links to the others."""
    parts = [arts[i:i + PER_PAGE] for i in range(0, len(arts), PER_PAGE)] or [[]]
    paths = page_paths(path, len(arts))
    out = []
    for k, (p, chunk) in enumerate(zip(paths, parts)):
        nav = ""
        if len(parts) > 1:
            links = [f"<strong>{i + 1}</strong>" if i == k else a(p, q, str(i + 1)) for i, q in enumerate(paths)]
            nav = f'<p class="archive-pages">第 {k + 1} / {len(parts)} 页：' + " ".join(links) + "</p>"
        # Page k sits beside page 1 (same depth), so the head's relative links hold for both.
        body = "\n\n".join(x for x in (head, nav, article_list(p, chunk), nav) if x)
        out.append((p, page(title if k == 0 else f"{title}（第 {k + 1} 页）", body, **meta)))
    return out


def year_path(path: str, year: str) -> str:
    """regions/140600-2019.md: the list's articles of one year ("undated" for none)."""
    return f"{path[:-3]}-{year or 'undated'}.md"


def year_label(year: str) -> str:
    return f"{year}年" if year else "日期不详"


def dated_list(path: str, title: str, head: str, arts: list[Entry], plan: Plan,
               key: tuple[str, str], heading: str = "") -> list[tuple[str, str | Keep]]:
    """The pages of a region's or an agency's articles: one page when they are
    few; else a page of years over a page (or pages of PER_PAGE) per year.

    Years rather than pages counted from the newest: a year's pages keep their
    URL and their articles as the archive grows (a page 7 counted from the
    newest would show other articles after every new issue), and a page added
    for one year rewrites that year's pages only.  `heading` goes over the
    articles.  A list kept whole is not made here (see plan.Plan.kept_whole)."""
    if len(arts) <= PER_PAGE:
        return paginated(path, title, "\n\n".join(x for x in (head, heading) if x), newest_first(arts))
    layout = plan.layouts_before.get(path)
    by_year: dict[str, list[Entry]] = {}
    for x in arts:
        by_year.setdefault(x.date[:4], []).append(x)
    years = sorted(by_year, key=lambda y: y or "0000", reverse=True)
    plan.layouts[path] = [[y, len(by_year[y])] for y in years]
    # Every year's page links every year: a year that comes or goes changes them all.
    same_years = layout is not None and [y for y, _ in layout] == years
    out: list[tuple[str, str | Keep]] = [(path, page(title, "\n\n".join([
        head, heading or "## 文章",
        '<ul class="archive-years">\n' + "\n".join(
            f"<li>{a(path, year_path(path, y), year_label(y))}（{len(by_year[y])} 篇）</li>" for y in years) + "\n</ul>",
        "### 最新文章", article_list(path, heapq.nlargest(NEWEST, arts, key=Entry.newest))])))]
    for y in years:
        first = year_path(path, y)
        kept = plan.kept_list((*key, y), page_paths(first, len(by_year[y]))) if same_years else None
        if kept:
            out += kept
            continue
        nav = " ".join(f"<strong>{year_label(z)}</strong>" if z == y else a(first, year_path(path, z), year_label(z))
                       for z in years)
        back = f'<p class="archive-trail">{a(first, path, "← " + title)}</p>\n\n<p class="archive-years">{nav}</p>'
        out += paginated(first, f"{title} · {year_label(y)}（{len(by_year[y])} 篇）", back, newest_first(by_year[y]))
    return out


def page(title: str, body: str, **meta) -> str:
    return front_matter({"title": esc(title), **meta}) + body.strip() + "\n"


def article_pages(arch: Archive, plan: Plan) -> list[tuple[str, str | Keep]]:
    out: list[tuple[str, str | Keep]] = []
    for name, summary in arch.summaries.items():
        if plan.kept(name):
            out += [(urls.article(e.id), KEEP) for e in summary.entries]
            continue
        readable = [x for x in page_order(arch.records[name]) if x.kind != "residue"]
        rec = arch.catalog.get(name)
        out += [article_page(x, readable, i, rec) for i, x in enumerate(readable)]
    return out


def article_page(art: Article, siblings: list[Article], i: int, rec: CatalogRecord | None) -> tuple[str, str]:
    """The article's page: its fields as front matter (what overrides/partials/archive-article.html
    shows around it: date, tags, provenance, neighbours), the article itself as Markdown."""
    path = urls.article(art.id)
    gaz = load()
    regions = []
    shown = [gaz.by_code[r["code"]] for r in art.regions if r["code"] in gaz.by_code]
    for d in shown:
        if any(o is not d and gaz.is_under(o, d) for o in shown):
            continue                      # its path shows under a more specific region
        now = gaz.successor(d) if d.last_year < gaz.newest else None
        regions.append({"name": d.name, "code": d.code,
                        "trail": [{"name": x.name, "url": urls.url_of(urls.region(x.code))} for x in gaz.path(d)],
                        "now": "".join(x.name for x in gaz.path(now)) if now is not None else ""})

    def neighbour(k: int) -> dict | None:
        if not 0 <= k < len(siblings):
            return None
        return {"title": display_title(siblings[k]), "url": urls.url_of(urls.article(siblings[k].id))}

    lines = f"第 {art.lines[0]} 行" if art.lines[0] == art.lines[1] else f"第 {art.lines[0]}–{art.lines[1]} 行"
    article = {
        "id": art.id, "kind": art.kind, "kind_label": KIND_LABEL.get(art.kind, art.kind),
        "date": art.date, "date_label": date_label(art.date),
        "month": urls.url_of(urls.month(art.date)) if art.date else "", "month_label": date_label(art.date[:7]),
        "source": art.source, "source_page": urls.url_of(urls.source(art.source)),
        "raw": urls.raw_source(art.source), "lines": art.lines, "lines_label": lines,
        "publication": rec.publication if rec else "",
        "title": art.title, "subtitle": art.subtitle, "kicker": art.kicker, "byline": art.byline,
        "regions": regions,
        "agencies": [{"name": n, "url": urls.url_of(urls.agency(n))} for n in art.agencies],
        "prev": neighbour(i - 1), "next": neighbour(i + 1),
    }
    meta = {
        "title": esc(display_title(art)),              # Material prints it unescaped (<title>, header)
        "description": esc(one_line(art.body)[:100]),
        "tags": [r["name"] for r in regions] + list(art.agencies),
        "article": article,
    }
    body: list[str] = []
    if art.kicker:
        body.append(md.styled(md.text(art.kicker), "archive-kicker"))
    body.append(md.heading(1, display_title(art)))
    if art.subtitle:
        body.append(md.styled(md.text(art.subtitle), "archive-subtitle"))
    if art.byline:
        body.append(md.styled(md.text("作者：" + "、".join(art.byline)), "archive-byline"))
    body += md.paragraphs(art.body)
    if art.credit:
        body.append(md.styled(md.text(" ".join(art.credit)), "archive-credit"))
    return path, front_matter(meta) + "\n\n".join(body) + "\n"


def home_page(arch: Archive) -> tuple[str, str]:
    path = "index.md"
    dates = [x.date for x in arch.articles if x.date]
    span = f"{date_label(min(dates))} 至 {date_label(max(dates))}" if dates else "日期不详"
    stats = [("文章", len(arch.articles)), ("来源页面", len(arch.summaries)),
             ("地区", len(arch.region_nodes)), ("机构", len(arch.agencies))]
    cells = "\n".join(f'<li><strong>{n}</strong> {esc(label)}</li>' for label, n in stats)
    body = f"""
<p class="archive-lead">本档案收录地方报纸版面与网页新闻，逐篇切分为文章，标注日期、地区与机构，并保留每篇文章在原始版面中的出处。时间范围：{esc(span)}。</p>

<ul class="archive-stats">
{cells}
</ul>

## 浏览

<ul class="archive-entry">
<li>{a(path, "dates/index.md", "按日期")}：年 → 月 → 文章</li>
<li>{a(path, "regions/index.md", "按地区")}：省 → 市 → 县</li>
<li>{a(path, "agencies/index.md", "按机构")}：按所属地区分组</li>
<li>{a(path, "sources/index.md", "按来源")}：每个原始版面及其全部文字</li>
<li>{a(path, "search/index.md", "检索")}：全文检索，可按年份、地区、机构筛选</li>
</ul>

## 最新文章

{article_list(path, heapq.nlargest(NEWEST, arch.articles, key=Entry.newest))}
"""
    return path, page("地方新闻档案", body, hide=["navigation", "toc"])


def dates_pages(arch: Archive, plan: Plan) -> list[tuple[str, str | Keep]]:
    out = []
    index = "dates/index.md"
    blocks = []
    for year, months in arch.years().items():
        n = sum(len(v) for v in months.values())
        blocks.append(f"## {year or '日期不详'}年（{n} 篇）" if year else f"## 日期不详（{n} 篇）")
        items = [f'<li>{a(index, urls.month(m), date_label(m) if m else "日期不详")}（{len(v)} 篇）</li>'
                 for m, v in months.items()]
        blocks.append("<ul class=\"archive-months\">\n" + "\n".join(items) + "\n</ul>")
        for m, arts in months.items():
            kept = plan.kept_whole(("month", m))
            if kept:
                out += kept
                continue
            path = urls.month(m)
            back = f'<p>{a(path, index, "← 按日期")}</p>'
            out += plan.listed(("month", m), paginated(path, f"{date_label(m) if m else '日期不详'}（{len(arts)} 篇）",
                                                       back, newest_first(arts)))
    out.insert(0, (index, page("按日期", "\n\n".join(blocks) or "<p>（暂无文章）</p>")))
    return out


def region_tree(index: str, nodes: list[RegionNode]) -> str:
    """Nested lists of regions with their counts, linked from the page at index."""
    # Every link of the tree goes the same way up: made once (the index has thousands).
    root = esc(urls.up(index))

    def tree(nodes: list[RegionNode]) -> str:
        if not nodes:
            return ""
        items = [f'<li><a href="{root}{esc(urls.url_of(urls.region(n.division.code)))}">{esc(n.division.name)}</a>'
                 f"（{len(n.members)} 篇）{tree(n.sorted_children())}</li>" for n in nodes]
        return "<ul class=\"archive-tree\">\n" + "\n".join(items) + "\n</ul>"
    return tree(nodes)


def regions_pages(arch: Archive, plan: Plan) -> list[tuple[str, str | Keep]]:
    gaz = load()
    index = "regions/index.md"
    out = [(index, page("按地区", "<p>省 → 市 → 县。每个地区的数字包括其下辖地区的文章。</p>\n\n"
                                  + region_tree(index, list(arch.regions.values()))))]
    for code, node in sorted(arch.region_nodes.items()):
        kept = plan.kept_whole(("region", code))
        if kept:
            out += kept
            continue
        path = urls.region(code)
        trail = " › ".join(a(path, urls.region(x.code), x.name) for x in gaz.path(node.division))
        head = [f'<p class="archive-trail">{a(path, index, "按地区")} › {trail}</p>',
                f'<p class="archive-meta">行政区划代码 {esc(code)} · {len(node.members)} 篇（含下辖地区）</p>']
        head += history(arch, node, path)
        if node.children:
            head += ["## 下辖地区", region_tree(path, node.sorted_children())]
        out += plan.listed(("region", code), dated_list(path, node.division.name, "\n\n".join(head), node.members,
                                                        plan, ("region", code), "## 文章"))
    return out


JOINED_SHOWN = 20        # articles of a predecessor or successor shown on a region's page


def history(arch: Archive, node: RegionNode, path: str) -> list[str]:
    """Where a division has changed (莱芜市 became 济南市莱芜区 in 2018): its page
    names what it became and lists that region's newest articles under a line
    that says so; the successor's page does the same for it."""
    gaz = load()
    d = node.division
    out: list[str] = []

    def joined(other: Division, line: str) -> None:
        other_node = arch.region_nodes.get(other.code)
        trail = " › ".join(x.name for x in gaz.path(other))
        out.append(f"### {esc(line)}")
        link = a(path, urls.region(other.code), trail) if other_node else esc(trail)
        if other_node is None:
            out.append(f"<p>{link}（本档案尚无该地区的文章）</p>")
            return
        out.append(f"<p>{link}：{len(other_node.members)} 篇，最新的 {min(JOINED_SHOWN, len(other_node.members))} 篇：</p>")
        out.append(article_list(path, newest_first(other_node.members)[:JOINED_SHOWN]))

    now = gaz.successor(d)
    if now is not None:
        out.append(f"<p>{esc(d.name)}见于 {span(d)}的全国行政区划表，今为{esc(''.join(x.name for x in gaz.path(now)))}。</p>")
        joined(now, f"今{now.name}的文章")
    for before in gaz.predecessors(d.code):
        if before.code in arch.region_nodes:
            joined(before, f"原{before.name}（{span(before)}）的文章")
    return out


def span(d: Division) -> str:
    return f"{d.first_year}–{d.last_year} 年" if d.years else ""


INLINE_AGENCIES = 400      # beyond this the index lists regions, each with a page of its agencies


def agencies_pages(arch: Archive, plan: Plan) -> list[tuple[str, str | Keep]]:
    gaz = load()
    index = "agencies/index.md"
    groups: dict[str, tuple[str, list[str]]] = {}
    for name in arch.agencies:
        d = arch.agency_region.get(name)
        key = d.code if d else "other"
        if key not in groups:
            groups[key] = (" › ".join(x.name for x in gaz.path(d)) if d else "其他", [])
        groups[key][1].append(name)
    inline = len(arch.agencies) <= INLINE_AGENCIES
    blocks = ["<p>机构按所属地区分组，数字为提及该机构的文章数。</p>"]
    out = []

    def listing(from_path: str, names: list[str]) -> str:
        return "<ul class=\"archive-agencies\">\n" + "\n".join(
            f"<li>{a(from_path, urls.agency(n), n)}（{len(arch.agencies[n])} 篇）</li>" for n in sorted(names)) + "\n</ul>"

    for key in sorted(groups, key=lambda k: (k == "other", k)):
        label, names = groups[key]
        group_path = f"agencies/in-{key}.md"
        if inline:
            blocks += [f"## {label}", listing(index, names)]
        else:
            blocks.append(f"<p>{a(index, group_path, label)}（{len(names)} 个机构）</p>")
        if plan.same(group_path, label, [(n, len(arch.agencies[n])) for n in names]):
            out.append((group_path, KEEP))
            continue
        out.append((group_path, page(f"{label} · 机构",
                                     f'<p>{a(group_path, index, "← 按机构")}</p>\n\n' + listing(group_path, names))))
    out.insert(0, (index, page("按机构", "\n\n".join(blocks))))
    for name, arts in arch.agencies.items():
        kept = plan.kept_whole(("agency", name))
        if kept:
            out += kept
            continue
        path = urls.agency(name)
        d = arch.agency_region.get(name)
        where = " › ".join(a(path, urls.region(x.code), x.name) for x in gaz.path(d)) if d else "地区不详"
        head = f'<p class="archive-trail">{a(path, index, "按机构")} · 所属地区：{where}</p>'
        out += plan.listed(("agency", name), dated_list(path, name, head, arts, plan, ("agency", name)))
    return out


def sources_pages(arch: Archive, plan: Plan) -> list[tuple[str, str | Keep]]:
    index = "sources/index.md"
    table = ("<table>\n<thead><tr><th>来源页面</th><th>出版物</th><th>日期</th><th>文章</th></tr></thead>\n<tbody>\n"
             + "\n".join(s.index_row for s in arch.summaries.values()) + "\n</tbody>\n</table>")
    out: list[tuple[str, str | Keep]] = [
        (index, page("按来源", "<p>每个来源页面按原始顺序列出切分出的文章与残余文字。</p>\n\n" + table))]
    gaz = load()
    for src in arch.summaries:
        path = urls.source(src)
        if plan.kept(src):
            out.append((path, KEEP))
            continue
        rec = arch.catalog.get(src)
        recs = page_order(arch.records[src])
        info = [f"<li>原始文本：{a(path, urls.raw_source(src), src)}</li>"]
        if rec:
            if rec.publication:
                info.append(f"<li>出版物：{esc(rec.publication)}</li>")
            if rec.home_region:
                trail = " › ".join(x.name for x in gaz.path(rec.home_region))
                info.append(f"<li>所在地区：{a(path, urls.region(rec.home_region.code), trail)}</li>"
                            if rec.home_region.code in arch.region_nodes else f"<li>所在地区：{esc(trail)}</li>")
            if rec.date:
                info.append(f"<li>出版日期：{esc(date_label(rec.date))}</li>")
            if rec.medium:
                info.append(f"<li>介质：{esc(rec.medium)}</li>")
            if rec.note:
                info.append(f"<li>备注：{esc(rec.note)}</li>")
        else:
            info.append("<li>目录中没有该页面的记录（日期与地区由页面文字推断）</li>")
        items = []
        for x in recs:
            span = f"第 {x.lines[0]}–{x.lines[1]} 行"
            if x.kind == "residue":
                items.append(f'<li class="archive-residue"><span class="archive-meta">{span} · 残余文字'
                             f'（{esc("；".join(x.notes))}）</span>\n<blockquote>{paragraphs(x.body)}</blockquote></li>')
            else:
                items.append(f'<li>{a(path, urls.article(x.id), display_title(x))} '
                             f'<span class="archive-meta">{span} · {esc(KIND_LABEL.get(x.kind, x.kind))}</span></li>')
        body = ["## 目录记录", "<ul>\n" + "\n".join(info) + "\n</ul>",
                "## 版面内容", "<ol class=\"archive-source\">\n" + "\n".join(items) + "\n</ol>"]
        out.append((path, page(src, "\n\n".join(body))))
    return out


def search_page(arch: Archive) -> tuple[str, str]:
    path = "search/index.md"
    pf = esc(urls.rel(path, "pagefind/s000/"))
    # The newest shard's Pagefind starts loading while the page itself loads.
    body = f"""
<div id="archive-search" data-base="{esc(urls.rel(path, "index.md"))}">
<link rel="modulepreload" href="{pf}pagefind.js">
<link rel="preload" href="{pf}wasm.en.pagefind" as="fetch" crossorigin>
<form class="archive-search-form" role="search">
<input type="search" name="q" placeholder="输入要查找的字词，如 地名、机构名、事件" aria-label="搜索文章" autocomplete="off">
</form>
<p class="archive-status archive-meta" aria-live="polite"></p>
<div class="archive-search-layout">
<div class="archive-hits">
<ol class="archive-results"></ol>
<button class="archive-more md-button" type="button" hidden>更多结果</button>
</div>
<aside class="archive-facets" aria-label="筛选"></aside>
</div>
</div>

<noscript><p>检索需要启用 JavaScript；也可以按日期、地区、机构或来源浏览全部文章。</p></noscript>
"""
    return path, page("检索", body, hide=["navigation", "toc"])
