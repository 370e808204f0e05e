"""What a reader sees, in headless Debian Chromium: navigation and inert content."""
import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import CHROMIUM, ROOT, need_browser

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = ROOT / "screenshots"


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def browser_page(seed_site):
    need_browser()
    from playwright.sync_api import sync_playwright

    site = seed_site[1]
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        problems: list[str] = []
        page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
        # ERR_ABORTED: a load cut short by the next navigation, not a missing file.
        page.on("requestfailed", lambda r: "ERR_ABORTED" not in (r.failure or "")
                and problems.append(f"request failed: {r.url} {r.failure}"))
        page.on("response", lambda r: r.status >= 400 and problems.append(f"HTTP {r.status}: {r.url}"))
        page.on("request", lambda r: not r.url.startswith(base) and not r.url.startswith("data:")
                and problems.append(f"external request: {r.url}"))
        yield page, base, problems
        browser.close()
    server.shutdown()


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
