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

