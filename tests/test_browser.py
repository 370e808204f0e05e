"""What a reader sees, in headless Debian Chromium: navigation and inert content."""
from conftest import ROOT

SHOTS = ROOT / "screenshots" / "tests"     # what the tests saw (not committed; the curated ones are)


def shot(page, name: str):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def test_reader_walks_from_home_to_region_to_article_to_agency(browser_page):
    page, base, problems = browser_page
    page.goto(base)
    assert "地方新闻档案" in page.title()
    shot(page, "home")
    page.get_by_role("link", name="按地区", exact=True).first.click()
    page.wait_for_url("**/regions/")
    shot(page, "regions")
    page.get_by_role("link", name="吴忠市").first.click()
    page.wait_for_url("**/regions/640300/")
    assert page.locator("article").get_by_text("利通区政协委员担当抗疫“战斗员”").count() == 1
    shot(page, "region-wuzhong")
    page.locator("article").get_by_role("link", name="利通区政协委员担当抗疫“战斗员”").click()
    page.wait_for_url("**/articles/*/")
    assert page.locator("h1").inner_text().rstrip("¶") == "利通区政协委员担当抗疫“战斗员”"
    shot(page, "article")
    page.locator(".archive-agency a").first.click()
    page.wait_for_url("**/agencies/*/")
    assert page.locator("article").get_by_role("link", name="利通区政协委员担当抗疫“战斗员”").count() == 1
    shot(page, "agency")
    assert problems == []


def test_injected_markup_is_literal_text_and_runs_nothing(browser_page):
    page, base, problems = browser_page
    page.goto(base + "sources/hostile/")
    page.locator("article").get_by_role("link").filter(has_text="注入测试").first.click()
    page.wait_for_url("**/articles/*/")
    body = page.locator("article").inner_text()
    assert "<script>alert(1)</script>" in body
    assert "<img src=x onerror=alert(1)>" in body and "{{ config }}" in body
    assert page.locator("article img").count() == 0
    assert page.locator("article a[href^='javascript']").count() == 0
    shot(page, "hostile")
    assert problems == []



def test_an_articles_citation_links_download_its_own_files(browser_page):
    import json

    page, base, problems = browser_page
    page.goto(base)
    page.get_by_role("link", name="按地区", exact=True).first.click()
    page.get_by_role("link", name="吴忠市").first.click()
    page.locator("article").get_by_role("link", name="利通区政协委员担当抗疫“战斗员”").click()
    page.wait_for_url("**/articles/*/")
    article_id = page.url.rstrip("/").rsplit("/", 1)[-1]
    got = {}
    for name in ("CSL-JSON", "RIS", "BibTeX"):
        link = page.get_by_role("link", name=name, exact=True)
        assert link.get_attribute("href").startswith("blob:")
        with page.expect_download() as download:
            link.click()
        got[download.value.suggested_filename] = open(download.value.path(), "rb").read()
    assert sorted(got) == sorted(f"{article_id}.{ext}" for ext in ("json", "ris", "bib"))
    item = json.loads(got[f"{article_id}.json"])[0]
    assert item["id"] == article_id and item["title"] == "利通区政协委员担当抗疫“战斗员”" and item["URL"] == page.url
    ris = got[f"{article_id}.ris"].decode("utf-8")
    assert ris.startswith("TY  - ") and f"UR  - {page.url}\r\n" in ris and "\n" not in ris.replace("\r\n", "")
    assert f"url = {{{page.url}}}" in got[f"{article_id}.bib"].decode("utf-8")
    assert problems == []


def test_the_pages_ris_and_bibtex_are_the_archives_own(browser_page, seed_site):
    """assets/cite.js writes an article's RIS and BibTeX from its CSL-JSON item; they must be
    the very records of the archive's joined files (written by citation.py), for every
    article of the seeds and the hostile page, whose title tries to break out of its field."""
    import re

    page, base, problems = browser_page
    site = seed_site[1]
    ris = (site / "data" / "citations.ris").read_bytes().decode("utf-8")
    ris_of = {re.search(r"^ID  - (\S+)", r, re.M).group(1): r + "ER  - \r\n" for r in ris.split("ER  - \r\n") if r}
    bib = (site / "data" / "citations.bib").read_text(encoding="utf-8")
    bib_of = {m.group(1): m.group(0) + "\n" for m in re.finditer(r"^@\w+\{([0-9a-f]{12}),\n.*?\n\}$", bib, re.M | re.S)}
    assert ris_of and ris_of.keys() == bib_of.keys()
    for article_id in sorted(ris_of):
        page.goto(f"{base}articles/{article_id}/")
        made = page.evaluate("""async () => {
            const out = {};
            for (const a of document.querySelectorAll('a[data-cite]'))
                out[a.dataset.cite] = await (await fetch(a.href)).text();
            return out;
        }""")
        assert made["ris"] == ris_of[article_id], article_id
        assert made["bib"] == bib_of[article_id], article_id
    # Reading the downloads back fetched their blob: addresses, which the page itself never does.
    problems[:] = [p for p in problems if not p.startswith("external request: blob:")]
    assert problems == []


def test_a_phone_reader_finds_every_index_in_the_drawer(browser_page):
    """Pages outside the navigation carry the tabs' links once; assets/nav.js copies them
    into the drawer a phone opens.  Pages in the navigation render the drawer themselves."""
    page, base, problems = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    try:
        for path in ("regions/", "articles/"):
            page.goto(base + path if path == "regions/" else base)
            if path == "articles/":
                page.locator("article a[href*='articles/']").first.click()
                page.wait_for_url("**/articles/*/")
            tabs = page.eval_on_selector_all(".md-tabs__link", "els => els.map(e => [e.href, e.textContent.trim()])")
            page.locator("label.md-header__button[for=__drawer]").click()
            drawer = page.locator(".md-nav--primary > .md-nav__list > .md-nav__item > a.md-nav__link")
            drawer.first.wait_for(state="visible")
            assert drawer.evaluate_all("els => els.map(e => [e.href, e.textContent.trim()])") == tabs
            assert len(tabs) >= 8 and all(drawer.nth(k).is_visible() for k in range(len(tabs)))
        drawer.filter(has_text="按机构").click()
        page.wait_for_url("**/agencies/")
    finally:
        page.set_viewport_size({"width": 1280, "height": 900})
    assert problems == []


def test_a_readers_colour_scheme_follows_them_across_the_site(browser_page):
    """Material keeps the reader's scheme under the site root's path (assets/scope.js, shared by
    every page): chosen on the home page, it holds on an article and an index page."""
    page, base, problems = browser_page
    page.goto(base)
    page.evaluate("localStorage.clear()")
    page.reload()
    page.locator("label[for=__palette_1]").click()
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"
    root = page.evaluate("new URL('.', location.href).pathname")
    assert page.evaluate("Object.keys(localStorage)") == [root + ".__palette"]
    try:
        page.locator("article a[href*='articles/']").first.click()
        page.wait_for_url("**/articles/*/")
        assert page.get_attribute("body", "data-md-color-scheme") == "slate"
        page.goto(base + "regions/")
        assert page.get_attribute("body", "data-md-color-scheme") == "slate"
    finally:
        page.evaluate("localStorage.clear()")
    assert problems == []
