"""What a reader sees, in headless Debian Chromium: navigation and inert content."""
from conftest import ROOT

SHOTS = ROOT / "screenshots"


def shot(page, name: str):
    SHOTS.mkdir(exist_ok=True)
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
    assert page.locator("h1").inner_text() == "利通区政协委员担当抗疫“战斗员”"
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


def test_site_works_under_a_sub_path(tmp_path_factory, seed_pages):
    """GitHub Pages serves a project at /<repo>/: links, search and downloads must still work."""
    import functools
    import threading
    from http.server import ThreadingHTTPServer

    from conftest import ARGS, CHROMIUM, SEEDS, Quiet, build_site, need_browser

    need_browser()
    from playwright.sync_api import sync_playwright

    out = tmp_path_factory.mktemp("subpath")
    holder = out / "www"
    holder.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(holder)))
    port = server.server_address[1]
    base = f"http://127.0.0.1:{port}/archive/"
    docs, site, records = build_site(seed_pages, out / "build", SEEDS / "catalog.yml", site_url=base)
    (holder / "archive").symlink_to(site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    problems = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        page.on("response", lambda r: r.status >= 400 and problems.append(f"HTTP {r.status}: {r.url}"))
        page.goto(base)
        page.get_by_role("link", name="按机构", exact=True).first.click()
        page.wait_for_url(base + "agencies/")
        page.locator("article").get_by_role("link", name="利通区政协", exact=True).click()
        page.locator("article").get_by_role("link").filter(has_text="利通区政协委员").click()
        page.wait_for_url(base + "articles/*/")
        page.fill(".archive-header-search input", "流调溯源")
        page.press(".archive-header-search input", "Enter")
        page.wait_for_selector("a[data-search-result]")
        hrefs = page.eval_on_selector_all("a[data-search-result]", "els => els.map(e => e.href)")
        assert hrefs and all(h.startswith(base + "articles/") for h in hrefs)
        page.goto(hrefs[0])
        assert "流调溯源" in page.locator("article").inner_text()
        page.goto(base + "data/")
        with page.expect_response(lambda r: r.url.endswith("articles.csv")) as resp:
            page.evaluate("document.querySelector('article a[href$=\"articles.csv\"]').href")
            page.evaluate("fetch(document.querySelector('article a[href$=\"articles.csv\"]').href)")
        assert resp.value.status == 200
        browser.close()
    server.shutdown()
    assert problems == []
