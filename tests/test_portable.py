"""make portable: a copy that works from disk (file://), its search included."""
import json
import re
import subprocess
import sys

import pytest

from conftest import ARGS, CHROMIUM, ROOT, SEEDS, need_browser
from test_search import articles_containing


@pytest.fixture(scope="module")
def portable(tmp_path_factory):
    out = tmp_path_factory.mktemp("portable")
    docs = out / "docs"
    pages = sorted(SEEDS.glob("*.txt"))
    res = subprocess.run([sys.executable, "-m", "generator", "build", "--catalog", str(SEEDS / "catalog.yml"),
                          "--docs", str(docs), *map(str, pages)], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    res = subprocess.run([sys.executable, "-m", "generator", "portable", "--docs", str(docs), "--out", str(out / "copy")],
                         cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    records = [json.loads(l) for l in (docs / "data" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    return out / "copy", records


def test_the_copy_links_files_not_folders(portable):
    copy, records = portable
    rec = next(r for r in records if r["kind"] == "news")
    assert (copy / "articles" / f"{rec['id']}.html").is_file()
    home = (copy / "index.html").read_text(encoding="utf-8")
    assert 'href="dates/index.html"' in home and 'action="search/index.html"' in home
    assert "pagefind" not in (copy / "search" / "index.html").read_text(encoding="utf-8")


def test_searching_the_copy_from_disk(portable):
    need_browser()
    from playwright.sync_api import sync_playwright

    copy, records = portable
    want = articles_containing(records, "疫情") - articles_containing(records, "朔州")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((copy / "search" / "index.html").as_uri() + "?q=疫情 -朔州")
        page.wait_for_selector("#archive-search[aria-busy=false]", timeout=10000)
        hrefs = page.eval_on_selector_all("a[data-search-result]", "els => els.map(e => e.href)")
        assert {re.search(r"articles/([0-9a-f]{12})\.html$", h).group(1) for h in hrefs} == want
        assert f"找到 {len(want)} 篇文章" in page.locator(".archive-status").inner_text()
        assert page.locator(".archive-excerpt mark").first.inner_text() == "疫情"
        page.locator("a[data-search-result]").first.click()
        page.wait_for_load_state()
        assert page.url.startswith("file://") and page.url.endswith(".html") and "地方新闻档案" in page.title()
        assert errors == []
        browser.close()


def test_past_its_size_the_copy_has_no_index_and_says_why(tmp_path, portable, monkeypatch):
    import generator.publish.portable as module

    copy, records = portable
    monkeypatch.setattr(module, "PORTABLE_MAX", 3)
    docs = copy.parent / "docs"
    n, searchable = module.build_portable(ROOT / "mkdocs.yml", docs, tmp_path / "big")
    assert n > 3 and not searchable and not (tmp_path / "big" / module.INDEX_SCRIPT).exists()


def test_the_copy_zips_the_same_bytes_every_time(tmp_path, portable, monkeypatch):
    import zipfile

    from generator.publish.portable import INDEX_SCRIPT, zip_copy

    copy, records = portable
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    a, b = tmp_path / "a.zip", tmp_path / "b.zip"
    zip_copy(copy, a)
    zip_copy(copy, b)
    assert a.read_bytes() == b.read_bytes()
    names = zipfile.ZipFile(a).namelist()
    assert "local-news-archive/index.html" in names and f"local-news-archive/{INDEX_SCRIPT}" in names
    assert names == sorted(names)


def test_the_data_page_offers_the_copy_only_while_it_can_search(portable):
    from generator.render.content.reports import PORTABLE_MAX, downloads_page

    docs = portable[0].parent / "docs"
    assert 'href="archive-portable.zip"' in (docs / "data" / "index.md").read_text(encoding="utf-8")
    _, big = downloads_page({}, PORTABLE_MAX + 1)
    assert "archive-portable.zip" not in big


def test_the_zip_step_declines_an_archive_too_large_to_search(tmp_path, portable, monkeypatch):
    import generator.publish.portable as module
    from click.testing import CliRunner

    from generator.cli import main

    monkeypatch.setattr(module, "PORTABLE_MAX", 3)
    docs = portable[0].parent / "docs"
    res = CliRunner().invoke(main, ["portable", "--docs", str(docs), "--out", str(tmp_path / "c"),
                                    "--zip", str(tmp_path / "c.zip")])
    assert res.exit_code == 0 and "no offline copy" in res.output
    assert not (tmp_path / "c.zip").exists() and not (tmp_path / "c").exists()
