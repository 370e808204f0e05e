"""The region filter by code, as a tree: 鼓楼区 of 福州 is not 鼓楼区 of 南京.
(Its own module: it drives its own browser on its own small site.)"""
import pytest

from conftest import ARGS, CHROMIUM, build_site, need_browser, serving
from test_search import search
from test_search_tools import hrefs, ids, settled


GULOU = """# 福州市鼓楼区开展垃圾分类宣传

本报讯 福州市鼓楼区今天在东街口开展垃圾分类宣传，社区志愿者向居民讲解分类知识。

# 南京市鼓楼区开展垃圾分类宣传

本报讯 南京市鼓楼区今天在湖南路开展垃圾分类宣传，社区志愿者向居民讲解分类知识。
"""


@pytest.fixture(scope="module")
def gulou_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("gulou")
    page = out / "gulou.md"
    page.write_text(GULOU, encoding="utf-8")
    return build_site([page], out / "build")


def test_a_region_filter_keeps_one_gulou_apart_from_another(gulou_site):
    need_browser()
    from playwright.sync_api import sync_playwright

    docs, site, records = gulou_site
    fuzhou = next(r for r in records if "福州" in r["title"])
    with serving(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        search(page, base, "垃圾分类")
        assert len(hrefs(page)) == 2
        # The tree: 福建省 › 福州市 › 鼓楼区, each by its own name, the code in the address.
        page.locator(".archive-region summary").first.wait_for()
        for d in page.locator("details.archive-region-children").all():
            d.evaluate("d => d.open = true")
        boxes = page.locator(".archive-region label").filter(has_text="鼓楼区")
        assert boxes.count() == 2
        fuzhou_box = page.locator(".archive-region[title='福建省 › 福州市 › 鼓楼区'] > label")
        fuzhou_box.click()
        settled(page)
        assert "region=350102" in page.url
        assert ids(page) == {fuzhou["id"]}
        page.goto(f"{base}search/?q=垃圾分类&region=320106")           # 南京市鼓楼区, by code alone
        settled(page)
        assert [h for h in hrefs(page)] and fuzhou["id"] not in ids(page) and len(hrefs(page)) == 1
        page.goto(f"{base}search/?q=垃圾分类&region=350000")           # 福建省: its county's article
        settled(page)
        assert ids(page) == {fuzhou["id"]}
        browser.close()
