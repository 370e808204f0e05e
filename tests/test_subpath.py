"""The published site under a sub-path, as GitHub Pages serves a project site."""
from conftest import ARGS, CHROMIUM, SEEDS, build_site, need_browser, serving


def test_site_works_under_a_sub_path(tmp_path_factory, seed_pages):
    """Links, search and downloads work when the site lives at /<repo>/."""
    need_browser()
    from playwright.sync_api import sync_playwright

    out = tmp_path_factory.mktemp("subpath")
    holder = out / "www"
    holder.mkdir()
    problems = []
    with serving(holder) as root, sync_playwright() as p:
        base = root + "archive/"
        docs, site, records = build_site(seed_pages, out / "build", SEEDS / "catalog.yml", site_url=base)
        (holder / "archive").symlink_to(site)
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
        page.wait_for_selector("#archive-search[aria-busy=false]")
        hrefs = page.eval_on_selector_all("a[data-search-result]", "els => els.map(e => e.href)")
        assert hrefs and all(h.startswith(base + "articles/") for h in hrefs)
        # This site's index is one shard: once it has answered, the search is complete.
        assert page.locator(".archive-status").inner_text() == f"找到 {len(hrefs)} 篇文章"
        page.goto(hrefs[0])
        assert "流调溯源" in page.locator("article").inner_text()
        page.goto(base + "data/")
        with page.expect_response(lambda r: r.url.endswith("articles.csv")) as resp:
            page.evaluate("document.querySelector('article a[href$=\"articles.csv\"]').href")
            page.evaluate("fetch(document.querySelector('article a[href$=\"articles.csv\"]').href)")
        assert resp.value.status == 200
        browser.close()
    assert problems == []
