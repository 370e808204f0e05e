"""The built site (seeds + a hostile page), checked on its HTML."""
import html
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

import yaml

HREF = re.compile(r'href="([^"]+)"')
ARTICLE_LINK = re.compile(r'href="((?:\.\./)*articles/([0-9a-f]{12})/)"')


def content(path: Path) -> str:  # noqa: D401
    """The page's <article> (Material's content area), without header and nav."""
    text = path.read_text(encoding="utf-8")
    m = re.search(r"<article\b.*?</article>", text, re.S)
    return m.group(0) if m else text


def linked_ids(path: Path) -> set[str]:
    return {m.group(2) for m in ARTICLE_LINK.finditer(content(path))}


def readable(records):
    return [r for r in records if r["kind"] != "residue"]


def test_every_article_has_exactly_one_page(seed_site):
    docs, site, records = seed_site
    ids = {r["id"] for r in readable(records)}
    pages = {p.parent.name for p in (site / "articles").glob("*/index.html")}
    assert pages == ids and len(ids) == len(readable(records))


def test_region_pages_list_exactly_their_articles_and_their_descendants(seed_site):
    docs, site, records = seed_site
    codes = {r["code"] for rec in records for r in rec["regions"]}
    for code in codes:
        want = {rec["id"] for rec in readable(records)
                if any(code == r["code"] or code in codes_on_path(r) for r in rec["regions"])}
        assert linked_ids(site / "regions" / code / "index.html") == want, code


def codes_on_path(region: dict) -> set[str]:
    from generator.extract.gazetteer import load
    gaz = load()
    return {d.code for d in gaz.path(gaz.by_code[region["code"]])}


def test_agency_and_month_pages_list_exactly_their_articles(seed_site):
    docs, site, records = seed_site
    from generator.render.content import urls
    agencies = {a for r in records for a in r["agencies"]}
    for name in agencies:
        page = site / urls.url_of(urls.agency(name)) / "index.html"
        assert linked_ids(page) == {r["id"] for r in readable(records) if name in r["agencies"]}, name
    months = {r["date"][:7] for r in readable(records)}
    for m in months:
        page = site / urls.url_of(urls.month(m)) / "index.html"
        assert linked_ids(page) == {r["id"] for r in readable(records) if r["date"][:7] == m}, m


def test_every_internal_link_resolves(seed_site):
    docs, site, records = seed_site
    for page in site.rglob("*.html"):
        for href in HREF.findall(page.read_text(encoding="utf-8")):
            href = html.unescape(href)
            if re.match(r"^[a-z]+:", href) or href.startswith("#"):
                continue
            path = unquote(urlparse(href).path)
            # 404.html links from the site root, since it is served at any depth.
            target = (site / path.lstrip("/")) if path.startswith("/") else (page.parent / path).resolve()
            if href.endswith("/") or target.is_dir():
                target = target / "index.html"
            assert target.exists(), f"{page.relative_to(site)} -> {href}"


def test_article_page_shows_its_fields_and_provenance(seed_site):
    docs, site, records = seed_site
    rec = next(r for r in records if r["title"].startswith("利通区政协委员"))
    page = content(site / "articles" / rec["id"] / "index.html")
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert rec["title"] in text and "束蓉" in text and "2021年11月" in text
    assert "宁夏回族自治区 › 吴忠市 › 利通区" in text
    assert f"第 {rec['lines'][0]}–{rec['lines'][1]} 行" in text
    assert "下一篇" in text and "上一篇" in text


def test_an_article_lists_the_photos_printed_within_it_by_their_captions(seed_site):
    """The parser cuts a caption printed inside an article out as a photo of its own;
    the article's page lists those photos (linked) by their captions, so that the
    caption's words are on the page that printed them (and its search finds them)."""
    docs, site, records = seed_site

    def within(art):
        return {r["id"] for r in records if r["kind"] == "photo" and r["source"] == art["source"]
                and art["lines"][0] <= r["lines"][0] <= r["lines"][1] <= art["lines"][1]}

    art = next(r for r in records if r["title"].startswith("乌海 党旗下"))
    page = content(site / "articles" / art["id"] / "index.html")
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert len(within(art)) >= 3
    assert "本文图片" in text and all(" ".join(r["body"].split()) in text for r in records if r["id"] in within(art))
    for a in readable(records):
        if a["kind"] == "photo":
            continue
        page = content(site / "articles" / a["id"] / "index.html")
        listed = page.split("本文图片", 1)[1] if "本文图片" in page else ""
        assert set(re.findall(r'href="(?:\.\./)+(?:articles/)?([0-9a-f]{12})/"', listed)) == within(a), a["title"]


def test_injected_markup_is_shown_as_text(seed_site):
    docs, site, records = seed_site
    rec = next(r for r in records if r["source"] == "hostile.txt" and r["kind"] == "news")
    raw = (site / "articles" / rec["id"] / "index.html").read_text(encoding="utf-8")
    body = content(site / "articles" / rec["id"] / "index.html")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<script>alert" not in raw and "onerror=" not in raw.replace("onerror=alert(1)&gt;", "")
    assert 'href="javascript:' not in raw
    assert "{{ config }}" in html.unescape(body) and "{% raw %}" in html.unescape(body)
    assert "<table" not in body and "<hr" not in body


def split_page(md: Path) -> tuple[dict, str]:
    meta, body = md.read_text(encoding="utf-8").removeprefix("---\n").split("\n---\n", 1)
    return yaml.safe_load(meta), body


def test_front_matter_is_valid_yaml_with_the_raw_fields_and_tags(seed_site):
    docs, site, records = seed_site
    by_id = {r["id"]: r for r in records}
    for md in (docs / "articles").glob("*.md"):
        meta, _ = split_page(md)
        assert {"id", "kind", "date", "source", "lines", "regions", "agencies"} <= set(meta["article"])
        rec = by_id[md.stem]
        assert {r["code"] for r in meta["article"]["regions"]} <= {r["code"] for r in rec["regions"]}
        assert set(rec["agencies"]) <= set(meta["tags"])
    hostile = next(r for r in records if r["source"] == "hostile.txt" and r["kind"] == "news")
    meta, _ = split_page(docs / "articles" / f"{hostile['id']}.md")
    assert meta["article"]["title"] == hostile["title"]


# What an article's Markdown may hold: its text, escaped, in paragraphs; one heading;
# class lines for the stylesheet ({: .archive-kicker }).  No HTML.
TAG = re.compile(r"<[a-zA-Z/!][^>]*>")


def test_an_article_page_reads_as_markdown(seed_site):
    docs, site, records = seed_site
    for md in (docs / "articles").glob("*.md"):
        _, body = split_page(md)
        assert not TAG.search(body), md.name
        assert len(re.findall(r"(?m)^# ", body)) == 1
    rec = next(r for r in records if r["title"].startswith("利通区政协委员"))
    _, body = split_page(docs / "articles" / f"{rec['id']}.md")
    assert f"# {rec['title']}" in body and rec["body"].split("\n\n")[0][:20] in body


def test_source_page_lists_residue_text(seed_site):
    docs, site, records = seed_site
    for rec in records:
        if rec["kind"] == "residue":
            page = content(site / "sources" / Path(rec["source"]).stem / "index.html")
            assert html.escape(rec["body"].split("\n\n")[0], quote=False) in page
