"""Issues: one date of one publication, its pages in order with their articles.

Exists because a newspaper is read by the issue: a historian who finds one
article wants the rest of that day's paper, page by page.  An issue is the
source pages whose catalogue records name the same publication and the same
day (a page dated only to a month makes no issue).  Pure: archive in, pages out.
"""
from __future__ import annotations

from collections import defaultdict

from ...digest import sha1
from ..model.structure import Archive
from . import markdown as md, urls
from .front_matter import page
from .labels import date_label

Page = tuple[str, str]
INDEX = "issues/index.md"


def issue_of(listing: tuple) -> tuple[str, str] | None:
    """(publication, day) of a source page's index row, or None."""
    publication, date = listing[0], listing[1]
    return (publication, date) if publication and len(date) == 10 else None


def issue_path(key: tuple[str, str]) -> str:
    # The publication's name is free text: a short hash of it keeps the path safe and stable.
    return f"issues/{sha1(key[0].encode('utf-8')).hexdigest()[:8]}-{key[1]}.md"


def issues(arch: Archive) -> dict[tuple[str, str], list[str]]:
    """Each issue's source pages, in name order (the order of a paper's page files)."""
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name, s in arch.summaries.items():
        key = issue_of(s.listing)
        if key is not None:
            out[key].append(name)
    return {k: sorted(v) for k, v in sorted(out.items(), key=lambda kv: (kv[0][0], kv[0][1]))}


def issue_page(arch: Archive, key: tuple[str, str], names: list[str]) -> Page:
    path = issue_path(key)
    blocks = [md.link(path, INDEX, "← 按期次")]
    for k, name in enumerate(names, 1):
        s = arch.summaries[name]
        blocks.append(md.heading(2, f"第 {k} 个页面：{name}"))
        blocks.append(md.link(path, urls.source(name), "来源页面与原始文本"))
        blocks.append(md.article_list(path, [e for e in s.entries if not e.hidden]))   # in page order
    n = sum(1 for x in names for e in arch.summaries[x].entries if not e.hidden)
    title = f"{key[0]} · {date_label(key[1])}"
    return path, page(title, "\n\n".join(blocks),
                      description=f"{key[0]}{date_label(key[1])}：{len(names)} 个页面，{n} 篇文章，按版面顺序。")


def issues_index(arch: Archive, found: dict[tuple[str, str], list[str]]) -> Page:
    by_paper: dict[str, list] = defaultdict(list)
    for key, names in found.items():
        by_paper[key[0]].append((key, names))
    blocks = ["一份报纸一天的各个页面及其文章，按版面顺序（目录中注明出版物与具体日期的页面）。"]
    for paper, items in by_paper.items():
        blocks.append(md.heading(2, paper))
        blocks.append("\n".join(f"- {md.link(INDEX, issue_path(key), date_label(key[1]))}（{len(names)} 个页面）"
                                for key, names in sorted(items, key=lambda x: x[0][1], reverse=True)))
    if not found:
        blocks.append("（暂无：目录中还没有注明出版物与具体日期的页面）")
    return INDEX, page("按期次", "\n\n".join(blocks))
