"""An article's page: its fields as front matter, the article itself as Markdown.

What the archive knows about the article (its date, regions, agencies, source
and neighbours) is data for overrides/partials/archive-article.html, which
lays it out; the Markdown is the article: kicker, title, subtitle, byline,
body and credit, each escaped by markdown.text."""
from __future__ import annotations

from ...extract.gazetteer import load
from ...records import Article, CatalogRecord
from ..model.photos import captions, photos_within
from ..model.structure import Archive
from ..model.summary import page_order
from . import markdown as md, urls
from .front_matter import front_matter
from .citation import citation
from .labels import KIND_LABEL, date_label, display_title, esc, lines_label, one_line

Page = tuple[str, str]          # (docs path, text)


def source_articles(arch: Archive, name: str) -> list[Page]:
    """The pages of one source page's articles (its records must be at hand)."""
    readable = [x for x in page_order(arch.records[name]) if x.kind != "residue"]
    shown = [x for x in readable if not x.hidden]     # a hidden article keeps its page, but is nobody's neighbour
    rec = arch.catalog.get(name)
    return [article_page(x, shown, shown.index(x), rec, photos_within(x, shown)) if not x.hidden
            else article_page(x, [x], 0, rec) for x in readable]


def article_page(art: Article, siblings: list[Article], i: int, rec: CatalogRecord | None,
                 photos: list[Article] | None = None) -> Page:
    """siblings: the readable articles of its source page, art the i-th; photos: those
    printed within it (model/photos.py), listed under it by their captions."""
    path = urls.article(art.id)
    meta = {
        "title": esc(display_title(art)),              # Material prints it unescaped (<title>, header)
        "description": esc(one_line(art.body)[:100]),
        "tags": [],
        "article": fields(art, siblings, i, rec),
    }
    meta["tags"] = [r["name"] for r in meta["article"]["regions"]] + list(art.agencies)
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
    if photos:
        body.append(md.styled(md.text("本文图片"), "archive-photos"))
        body.append("\n".join(f"- {md.link(path, urls.article(p.id), c)}" for p, c in zip(photos, captions(photos))))
    return path, front_matter(meta) + "\n\n".join(body) + "\n"


def fields(art: Article, siblings: list[Article], i: int, rec: CatalogRecord | None) -> dict:
    """What the template shows around the article, with the site paths it links
    (the template makes them relative: `| url`)."""
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

    return {
        "id": art.id, "kind": art.kind, "kind_label": KIND_LABEL.get(art.kind, art.kind),
        "date": art.date, "date_label": date_label(art.date),
        "month": urls.url_of(urls.month(art.date)) if art.date else "", "month_label": date_label(art.date[:7]),
        "source": art.source, "source_page": urls.url_of(urls.source(art.source)),
        "raw": urls.raw_source(art.source), "lines": art.lines, "lines_label": lines_label(art.lines),
        "publication": rec.publication if rec else "",
        "title": art.title, "subtitle": art.subtitle, "kicker": art.kicker, "byline": art.byline,
        "regions": regions,
        "agencies": [{"name": n, "url": urls.url_of(urls.agency(n))} for n in art.agencies],
        "prev": neighbour(i - 1), "next": neighbour(i + 1),
        "corrections": art.corrections, "hidden": art.hidden,
        "title_text": display_title(art), "cite": citation(art, rec),
    }
