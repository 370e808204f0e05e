"""The source pages: each page as it was cut (its articles and its residue in
page order, with its catalogue record), and their index."""
from __future__ import annotations

from ...extract.gazetteer import load
from ..model.structure import Archive
from ..model.summary import page_order
from . import markdown as md, urls
from .front_matter import page
from .issues import issue_of, issue_path
from .labels import KIND_LABEL, date_label, display_title, lines_label

Page = tuple[str, str]

INDEX = "sources/index.md"
HEAD = "| 来源页面 | 出版物 | 日期 | 文章 |\n| --- | --- | --- | --- |"


def index_row(name: str, publication: str, date: str, articles: int) -> str:
    """A page's row in the index."""
    return (f"| {md.link(INDEX, urls.source(name), name)} | {md.text(publication)} | "
            f"{md.text(date_label(date) if date else '')} | {articles} |")


def sources_index(arch: Archive) -> Page:
    table = "\n".join([HEAD] + [index_row(s.name, *s.listing) for s in arch.summaries.values()])
    return INDEX, page("按来源", "每个来源页面按原始顺序列出切分出的文章与残余文字。\n\n" + table)


def source_page(arch: Archive, src: str) -> Page:
    """Needs the page's records (arch.records)."""
    path = urls.source(src)
    rec = arch.catalog.get(src)
    gaz = load()
    info = [f"- 原始文本：{md.link(path, urls.raw_source(src), src)}"]
    if rec and rec.known:
        if rec.publication:
            info.append(f"- 出版物：{md.text(rec.publication)}")
        if rec.home_region:
            names = " › ".join(x.name for x in gaz.path(rec.home_region))
            info.append(f"- 所在地区：{md.link(path, urls.region(rec.home_region.code), names)}"
                        if rec.home_region.code in arch.region_nodes else f"- 所在地区：{md.text(names)}")
        if rec.date:
            issue = issue_of((rec.publication, rec.date))
            info.append(f"- 出版日期：{md.text(date_label(rec.date))}" +
                        (f"（{md.link(path, issue_path(issue), '这一期的全部页面')}）" if issue else ""))
        if rec.medium:
            info.append(f"- 介质：{md.text(rec.medium)}")
        if rec.note:
            info.append(f"- 备注：{md.text(rec.note)}")
    else:
        info.append("- 目录中没有该页面的记录（日期与地区由页面文字推断）")
    items = []
    for k, x in enumerate(page_order(arch.records[src]), 1):
        span = lines_label(x.lines)
        if x.kind == "residue":
            items.append(f"{k}. *{span} · 残余文字（{md.text('；'.join(x.notes))}）*{{: .archive-meta }}")
            items += ["", "    > " + "\n    >\n    > ".join(md.paragraphs(x.body)), ""]
        else:
            hidden = " · 已从列表隐藏" if x.hidden else ""
            items.append(f"{k}. {md.link(path, urls.article(x.id), display_title(x))} "
                         f"*{span} · {KIND_LABEL.get(x.kind, x.kind)}{hidden}*{{: .archive-meta }}")
    body = ["## 目录记录", "\n".join(info), "## 版面内容", "\n".join(items)]
    return path, page(source_title(rec, src), "\n\n".join(body))


def source_title(rec, src: str) -> str:
    """A page is called by its publication and date, as a reader cites it; the file
    name stays on the page as its provenance."""
    if rec is None or not rec.publication:
        return f"来源页面 {src}"
    return " · ".join(x for x in (rec.publication, date_label(rec.date) if rec.date else "") if x)
