"""引用本文: GB/T 7714 and APA references, citation_* meta tags, JSON-LD, and
CSL-JSON, RIS and BibTeX files a reference manager imports."""
import html
import json
import re

import jsonschema

from generator.records import Article, CatalogRecord
from generator.render.content.citation import URL, apa, bibtex, csl, gbt7714, ris

# The part of CSL's input schema (citationstyles.org, csl-data.json) that our items use,
# written out here: an array of items; type from CSL's list; names as literals; dates as date-parts.
CSL_ITEMS = {
    "type": "array",
    "items": {
        "type": "object", "required": ["type", "id"], "additionalProperties": False,
        "properties": {
            "type": {"enum": ["article-newspaper", "webpage"]},
            "id": {"type": ["string", "number"]},
            "title": {"type": "string"}, "container-title": {"type": "string"}, "language": {"type": "string"},
            "URL": {"type": "string"}, "archive": {"type": "string"}, "archive_location": {"type": "string"},
            "author": {"type": "array", "items": {"type": "object", "additionalProperties": False,
                                                  "properties": {"literal": {"type": "string"}}}},
            "issued": {"type": "object", "additionalProperties": False, "properties": {"date-parts": {
                "type": "array", "minItems": 1, "maxItems": 2,
                "items": {"type": "array", "minItems": 1, "maxItems": 3, "items": {"type": ["string", "number"]}}}}},
        },
    },
}


def article(**kw) -> Article:
    base = {"id": "0123456789ab", "source": "p.txt", "lines": [3, 9], "kind": "news",
            "title": "石嘴山市新建三所幼儿园", "date": "2021-11-04", "byline": ["王静", "李明"], "body": "正文。"}
    return Article.from_dict(base | kw)


PAPER = CatalogRecord(publication="石嘴山日报", medium="newspaper page, OCR")
WEB = CatalogRecord(publication="宁夏新闻网", medium="web article")


def test_a_gbt_7714_reference_names_author_title_paper_date_and_address():
    assert gbt7714(article(), PAPER) == f"王静, 李明. 石嘴山市新建三所幼儿园[N/OL]. 石嘴山日报, 2021-11-04[引用日期]. {URL}."
    assert "[EB/OL]. 宁夏新闻网" in gbt7714(article(), WEB)
    assert gbt7714(article(byline=[]), None).startswith("石嘴山市新建三所幼儿园[N/OL]. 出版物不详")


def test_an_apa_reference_dates_as_apa_does():
    assert apa(article(), PAPER) == f"王静, 李明. (2021, November 4). 石嘴山市新建三所幼儿园. 石嘴山日报. {URL}"
    assert "(2021, November)." in apa(article(date="2021-11"), PAPER)
    assert "(n.d.)." in apa(article(date=""), PAPER)


def test_csl_json_follows_the_csl_data_model():
    items = [csl(article(), PAPER), csl(article(byline=[], date=""), WEB), csl(article(date="2021"), None)]
    jsonschema.validate(items, CSL_ITEMS)
    assert items[0]["issued"] == {"date-parts": [[2021, 11, 4]]} and items[0]["container-title"] == "石嘴山日报"
    assert items[1]["type"] == "webpage"


def test_hostile_titles_stay_inside_their_ris_and_bibtex_fields():
    evil = article(title="标题}\n@misc{x,\nER  - ", byline=["某}人"])
    lines = ris(evil, PAPER).split("\r\n")
    assert all(re.match(r"^[A-Z][A-Z0-9]  - ", l) for l in lines if l)
    assert sum(l.startswith("ER  -") for l in lines) == 1
    bib = bibtex(evil, PAPER)
    assert bib.startswith("@article{") and "\n@" not in bib          # one entry; an @ inside a field is text
    depth = 0
    for i, c in enumerate(bib):
        if c in "{}" and bib[i - 1] != "\\":
            depth += 1 if c == "{" else -1
            assert depth >= 0
    assert depth == 0


def meta(page: str, name: str) -> list[str]:
    return [html.unescape(m) for m in re.findall(rf'<meta name="{name}" content="([^"]*)"', page)]


def test_an_article_page_carries_its_citation_for_people_and_reference_managers(seed_site):
    docs, site, records = seed_site
    rec = next(r for r in records if r["title"].startswith("利通区政协委员"))
    page = (site / "articles" / rec["id"] / "index.html").read_text(encoding="utf-8")
    url = meta(page, "citation_public_url")[0]
    assert url.endswith(f"/articles/{rec['id']}/")
    assert meta(page, "citation_title") == [rec["title"]]
    assert meta(page, "citation_date") == [rec["date"].replace("-", "/")]
    assert meta(page, "citation_journal_title") and meta(page, "citation_author") == rec["byline"]
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert ld["@type"] == "NewsArticle" and ld["headline"] == rec["title"] and ld["url"] == url
    shown = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert "引用本文" in shown and f"{rec['title']}[N/OL]" in shown and url in shown and URL not in shown
    # The CSL-JSON item rides in the page once (assets/cite.js writes the three downloads from it).
    item = json.loads(re.search(r'<script type="application/json" id="archive-cite-item">(.*?)</script>',
                                page, re.S).group(1))
    jsonschema.validate([item], CSL_ITEMS)
    assert item["URL"] == url and item["title"] == rec["title"] and item["id"] == rec["id"]
    # Without scripts each link opens the archive's joined file of its format.
    links = re.findall(r'<a href="([^"]+)" data-cite="(\w+)">', page)
    assert [(h.rsplit("/", 1)[-1], k) for h, k in links] == [
        ("citations.json", "json"), ("citations.ris", "ris"), ("citations.bib", "bib")]


def test_the_data_page_offers_every_articles_citation_in_three_formats(seed_site):
    docs, site, records = seed_site
    readable = [r for r in records if r["kind"] != "residue"]
    items = json.loads((site / "data" / "citations.json").read_text(encoding="utf-8"))
    archive = items.pop()                         # the archive itself closes the array
    assert archive["type"] == "dataset" and archive["URL"].startswith("http://127.0.0.1:")
    jsonschema.validate(items, CSL_ITEMS)
    assert [i["id"] for i in items] == [r["id"] for r in readable]           # page order, as the other downloads
    assert all(i["URL"] == f"{archive['URL']}articles/{i['id']}/" for i in items)
    ris_text = (site / "data" / "citations.ris").read_bytes().decode("utf-8")     # RIS lines end in CRLF
    assert ris_text.count("\r\nER  - \r\n") == len(readable) and ris_text.startswith("TY  - ")
    bib = (site / "data" / "citations.bib").read_text(encoding="utf-8")
    assert len(re.findall(r"^@(?:article|online)\{[0-9a-f]{12},$", bib, re.M)) == len(readable)
    data_page = (site / "data" / "index.html").read_text(encoding="utf-8")
    for name in ("citations.json", "citations.ris", "citations.bib"):
        assert f'href="{name}"' in data_page or f'href="./{name}"' in data_page
