"""The home page and the search page."""
from __future__ import annotations

import heapq

from ..model.structure import Archive
from ..model.summary import Entry
from . import markdown as md, urls
from .front_matter import page
from .labels import date_label, esc
from .lists import NEWEST

Page = tuple[str, str]


def home_page(arch: Archive) -> Page:
    path = "index.md"
    dates = [x.date for x in arch.articles if x.date]
    span = f"{date_label(min(dates))} 至 {date_label(max(dates))}" if dates else "日期不详"
    stats = [("文章", len(arch.articles)), ("来源页面", len(arch.summaries)),
             ("地区", len(arch.region_nodes)), ("机构", len(arch.agencies))]
    # The counts as a row of cards: raw HTML, which Markdown cannot say.
    cards = "\n".join(f"<li><strong>{n}</strong> {label}</li>" for label, n in stats)
    body = [
        md.styled("本档案收录地方报纸版面与网页新闻，逐篇切分为文章，标注日期、地区与机构，"
                  f"并保留每篇文章在原始版面中的出处。时间范围：{md.text(span)}。", "archive-lead"),
        f'<ul class="archive-stats">\n{cards}\n</ul>',
        *shelf_section(arch.shelf),
        "## 浏览",
        "\n".join([f"- {md.link(path, 'dates/index.md', '按日期')}：年 → 月 → 文章",
                   f"- {md.link(path, 'regions/index.md', '按地区')}：省 → 市 → 县",
                   f"- {md.link(path, 'agencies/index.md', '按机构')}：按所属地区分组",
                   f"- {md.link(path, 'sources/index.md', '按来源')}：每个原始版面及其全部文字",
                   f"- {md.link(path, 'search/index.md', '检索')}：全文检索，可按年份、地区、机构筛选"]),
        "## 最新文章",
        md.article_list(path, heapq.nlargest(NEWEST, arch.articles, key=Entry.newest)),
    ]
    return path, page("地方新闻档案", "\n\n".join(body), hide=["navigation", "toc"])


def shelf_section(shelf) -> list[str]:
    """On a site that is one part of the archive: which part, and links to the
    others and to the root, whose search spans every part (parts/root.py).
    Raw HTML: the links leave this site's docs, which MkDocs would check."""
    if shelf is None:
        return []
    this = shelf.this
    items = []
    for k, p in enumerate(shelf.parts, 1):
        label = esc(part_label(p, last=k == len(shelf.parts)))
        items.append(f"<li><strong>第 {k} 册</strong>（{label}，本册）</li>" if p.name == this.name else
                     f'<li><a href="{esc(shelf.link(p))}">第 {k} 册</a>（{label}）</li>')
    k = shelf.parts.index(this) + 1
    return ["## 分册",
            f"本档案分为 {len(shelf.parts)} 册，每册是一个网站；本站是第 {k} 册。"
            f'<a href="{esc(shelf.root)}">全部分册</a>的首页可以同时检索每一册。',
            '<ul class="archive-shelf">\n' + "\n".join(items) + "\n</ul>"]


def part_label(part, last: bool = False) -> str:
    """A part's run of months in words: 2019年2月至2020年6月; the newest part runs on (2020年7月起)."""
    first = date_label(part.first)
    if last:
        return f"{first}起"
    return first if part.first == part.last else f"{first}至{date_label(part.last)}"


def search_page(arch: Archive) -> Page:
    """The search page: its widget, and on a part's site a link to the search of every part."""
    path = "search/index.md"
    body = search_widget(path, urls.rel(path, "index.md"))
    if arch.shelf is not None:
        across = urls.from_here("../", arch.shelf.root)
        body += (f'\n<p class="archive-meta">这里只检索本册；<a class="archive-across" href="{esc(across)}search/">'
                 "在全部分册中检索</a>。</p>\n")
    return path, page("检索", body, hide=["navigation", "toc"])


def search_widget(path: str, base: str, first: str = "pagefind/s000/", first_site: str = "") -> str:
    """The search widget (assets/search.js drives it): HTML, since it is a form and
    not text.  `first` is the newest shard's Pagefind bundle, `first_site` the site
    its results belong to (both from the site's root); the root of a parted archive
    names a part's."""
    pf = esc(urls.from_here(base, first))
    listed = esc(urls.from_here(base, "pagefind/shards.json"))
    where = f' data-first="{esc(first)}" data-first-site="{esc(first_site)}"' if first_site else ""
    # The newest shard's Pagefind and the list of shards start loading while the page itself
    # loads (the list says which shards hold a word typed: see term_shards.py).
    return f"""
<div id="archive-search" data-base="{esc(base)}"{where}>
<link rel="modulepreload" href="{pf}pagefind.js">
<link rel="preload" href="{pf}wasm.en.pagefind" as="fetch" crossorigin>
<link rel="preload" href="{listed}" as="fetch" crossorigin>
<form class="archive-search-form" role="search">
<input type="search" name="q" placeholder="输入要查找的字词，如 地名、机构名、事件" aria-label="搜索文章" autocomplete="off">
</form>
<div class="archive-search-tools">
<p class="archive-status archive-meta" aria-live="polite"></p>
<label class="archive-sort">排序 <select name="sort"><option value="">相关度</option><option value="date">日期（新→旧）</option><option value="date-asc">日期（旧→新）</option></select></label>
<button class="archive-filter-toggle md-button" type="button" aria-expanded="false" aria-controls="archive-facets">筛选</button>
</div>
<p class="archive-syntax archive-meta">多个词须同时出现；<code>"…"</code> 查找完整短语；<code>-词</code> 排除含该词的文章。</p>
<div class="archive-search-layout">
<aside class="archive-facets" id="archive-facets" aria-label="筛选"></aside>
<div class="archive-hits">
<ol class="archive-results"></ol>
<button class="archive-more md-button" type="button" hidden>更多结果</button>
</div>
</div>
</div>

<noscript><p>检索需要启用 JavaScript；也可以按日期、地区、机构或来源浏览全部文章。</p></noscript>
"""
