"""How to cite an article: GB/T 7714-2015 and APA references, and the same
record as CSL-JSON, RIS and BibTeX, for reference managers.

Exists because researchers must cite what they quote, and a reference typed
by hand from an archive page loses the publication, the date or the page it
came from.  The references name the publication, the date, the title and the
archive's address of the article; the access date is left to the reader (it
is the day they read it, not the day the site was built).  The page's
address is only known to the template (MkDocs' `page.canonical_url`), so
every format here takes it as an argument, and the template fills it in.
"""
from __future__ import annotations

import json
import re

from ...records import Article, CatalogRecord
from . import urls
from .labels import display_title, script_json

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
URL = "⟦URL⟧"          # where the page's address goes; the template replaces it


def is_web(rec: CatalogRecord | None) -> bool:
    return bool(rec and re.search(r"web|网页|网站|网", rec.medium or "", re.I))


def date_parts(date: str) -> list[int]:
    return [int(x) for x in date.split("-")] if date else []


def gbt7714(art: Article, rec: CatalogRecord | None) -> str:
    """作者. 题名[N/OL]. 报纸名, 出版日期[引用日期]. 网址."""
    publication = rec.publication if rec and rec.publication else "出版物不详"
    mark = "[EB/OL]" if is_web(rec) else "[N/OL]"
    who = ", ".join(art.byline[:3]) + (", 等" if len(art.byline) > 3 else "")
    head = f"{who}. " if who else ""
    return f"{head}{display_title(art)}{mark}. {publication}, {art.date or '出版日期不详'}[引用日期]. {URL}."


def apa(art: Article, rec: CatalogRecord | None) -> str:
    """Author. (2021, November 4). Title. Publication. URL"""
    parts = date_parts(art.date)
    when = ("n.d." if not parts else str(parts[0]) if len(parts) == 1
            else f"{parts[0]}, {MONTHS[parts[1] - 1]}" + (f" {parts[2]}" if len(parts) > 2 else ""))
    who = ", ".join(art.byline) + ". " if art.byline else ""
    publication = f" {rec.publication}." if rec and rec.publication else ""
    return f"{who}({when}). {display_title(art)}.{publication} {URL}"


def csl(art: Article, rec: CatalogRecord | None, url: str = URL) -> dict:
    """One CSL-JSON item (the list of one is what reference managers import)."""
    item: dict = {"id": art.id, "type": "webpage" if is_web(rec) else "article-newspaper",
                  "title": display_title(art), "language": "zh-CN", "URL": url,
                  "archive": "地方新闻档案", "archive_location": f"{art.source}, {lines(art)}"}
    if art.byline:
        item["author"] = [{"literal": name} for name in art.byline]
    if art.date:
        item["issued"] = {"date-parts": [date_parts(art.date)]}
    if rec and rec.publication:
        item["container-title"] = rec.publication
    return item


def lines(art: Article) -> str:
    a, b = art.lines
    return f"第 {a} 行" if a == b else f"第 {a}–{b} 行"


def ris(art: Article, rec: CatalogRecord | None, url: str = URL) -> str:
    out = [("TY", "ELEC" if is_web(rec) else "NEWS"), ("ID", art.id), ("TI", display_title(art))]
    out += [("AU", name) for name in art.byline]
    if art.date:
        p = date_parts(art.date) + [0, 0]
        out.append(("DA", f"{p[0]:04d}/{p[1]:02d}/{p[2]:02d}/".replace("/00", "/")))
        out.append(("PY", str(p[0])))
    if rec and rec.publication:
        out.append(("T2", rec.publication))
    out += [("LA", "zh-CN"), ("UR", url), ("DB", "地方新闻档案"), ("AN", f"{art.source}, {lines(art)}"), ("ER", "")]
    return "".join(f"{tag}  - {one(value)}\r\n" for tag, value in out)


def one(value: str) -> str:
    """A value on one line (RIS and BibTeX are line- and brace-structured)."""
    return re.sub(r"\s+", " ", value).strip()


def bibtex(art: Article, rec: CatalogRecord | None, url: str = URL) -> str:
    def field(value: str) -> str:
        # Braces and backslashes would end or escape the field: spelled as TeX commands.
        return re.sub(r"[{}\\]", lambda m: {"{": r"\{", "}": r"\}", "\\": r"\textbackslash{}"}[m.group()], one(value))
    fields = [("title", display_title(art))]
    if art.byline:
        fields.append(("author", " and ".join("{" + field(n) + "}" for n in art.byline)))
    parts = date_parts(art.date)
    if parts:
        fields.append(("date", art.date))
    if rec and rec.publication:
        fields.append(("journaltitle", rec.publication))
    fields += [("url", url), ("langid", "chinese"), ("note", f"地方新闻档案：{art.source}, {lines(art)}")]
    body = ",\n".join(f"  {k} = {{{v if k == 'author' else field(v)}}}" for k, v in fields)
    kind = "online" if is_web(rec) else "article"
    return f"@{kind}{{{art.id},\n{body}\n}}\n"


def json_ld(art: Article, rec: CatalogRecord | None) -> dict:
    """schema.org NewsArticle, which search engines and Zotero read."""
    item: dict = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": display_title(art),
                  "inLanguage": "zh-CN", "url": URL, "identifier": art.id,
                  "isPartOf": {"@type": "Collection", "name": "地方新闻档案"}}
    if art.date:
        item["datePublished"] = art.date
    if art.byline:
        item["author"] = [{"@type": "Person", "name": n} for n in art.byline]
    if rec and rec.publication:
        item["publisher"] = {"@type": "Organization", "name": rec.publication}
    if art.regions:
        item["contentLocation"] = [{"@type": "Place", "name": "".join(r.get("path") or [r["name"]])}
                                   for r in art.regions[:5]]
    return item


def citation(art: Article, rec: CatalogRecord | None) -> dict:
    """What the template needs: the references and files, URL marking where the address goes."""
    # The CSL-JSON item rides in the page once, in a script, and assets/cite.js writes the
    # three downloads from it (RIS and BibTeX as ris() and bibtex() write them): the three
    # files' texts in the page were an article page's largest part after its own text.
    return {"gbt": gbt7714(art, rec), "apa": apa(art, rec), "item": script_json(csl(art, rec), compact=True),
            "json_ld": script_json(json_ld(art, rec)), "url_mark": URL}



# The archive's joined citation downloads (data/citations.json, .ris, .bib): every
# page's articles in page order, built like the JSON Lines and CSV downloads from
# each page's own rows.  The CSL-JSON file is one array: "[" as its head, each item
# followed by a comma, and the archive itself as the last item (archive_item), so
# that no page's rows depend on where they stand.
CSL_HEAD = b"[\n"


def page_citations(arts: list[Article], rec: CatalogRecord | None, site_url: str) -> tuple[str, str, str]:
    """A page's readable articles (hidden ones too, as in every download) as CSL-JSON
    items, RIS records and BibTeX entries, each with its page's address."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    items, records, entries = [], [], []
    for a in arts:
        if a.kind == "residue":
            continue
        url = base + urls.url_of(urls.article(a.id))
        items.append(json.dumps(csl(a, rec, url), ensure_ascii=False) + ",\n")
        records.append(ris(a, rec, url))
        entries.append(bibtex(a, rec, url) + "\n")
    return "".join(items), "".join(records), "".join(entries)


def archive_item(site_url: str) -> bytes:
    """The CSL-JSON download's last item: the archive, as a dataset."""
    item = {"id": "archive", "type": "dataset", "title": "地方新闻档案", "language": "zh-CN", "URL": site_url}
    return (json.dumps(item, ensure_ascii=False) + "\n]\n").encode("utf-8")
