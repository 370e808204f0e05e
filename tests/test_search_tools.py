"""The search page's tools as a researcher uses them, in Chromium: state in the
address, sorting, filters (regions by code, as a tree), phrases and exclusions,
highlights, the 更多结果 button, dark colours and the phone layout."""
import re

import pytest

from test_search import articles_containing, norm, opened, search


def hrefs(page):
    return page.eval_on_selector_all("a[data-search-result]", "els => els.map(e => e.getAttribute('href'))")


def ids(page):
    return {re.search(r"articles/([0-9a-f]{12})/", h).group(1) for h in hrefs(page)}


def settled(page):
    page.wait_for_selector("#archive-search[aria-busy=false]", timeout=10000)


def dates(page):
    metas = page.eval_on_selector_all(".archive-result .archive-meta", "els => els.map(e => e.textContent)")
    return [m.split(" · ")[0] for m in metas]


def test_the_more_button_shows_only_when_there_is_more(browser_page):
    page, base, problems = browser_page
    search(page, base, "太行精神")
    assert len(hrefs(page)) == 1
    assert not page.locator(".archive-more").is_visible()          # visibility, not the attribute
    search(page, base, "市")
    if page.locator(".archive-more").is_visible():
        n = len(hrefs(page))
        page.locator(".archive-more").click()
        page.wait_for_function(f"() => document.querySelectorAll('a[data-search-result]').length > {n}")
    assert problems == []


def test_filters_and_sort_round_trip_through_the_address(browser_page):
    page, base, problems = browser_page
    before = search(page, base, "疫情")
    page.locator(".archive-facet label").filter(has_text="2021").first.click()
    settled(page)
    page.select_option("select[name=sort]", "date")
    settled(page)
    url = page.url
    assert "q=%E7%96%AB%E6%83%85" in url and "year=2021" in url and "sort=date" in url
    shown = hrefs(page)
    assert 0 < len(shown) < len(before)
    page.reload()
    settled(page)
    assert hrefs(page) == shown
    assert page.input_value("select[name=sort]") == "date"
    assert page.locator(".archive-facet label").filter(has_text="2021").first.locator("input").is_checked()
    page.go_back()                                    # before the sort: the year filter alone
    settled(page)
    assert "year=2021" in page.url and "sort=" not in page.url
    page.go_back()                                    # before the filter
    settled(page)
    assert "year=" not in page.url and sorted(hrefs(page)) == sorted(before)
    assert problems == []


def test_sorting_by_date_orders_the_results(browser_page):
    page, base, problems = browser_page
    page.goto(f"{base}search/?q=市&sort=date")
    settled(page)
    newest_first = [d for d in dates(page) if d[:1].isdigit()]
    assert len(newest_first) > 3 and newest_first == sorted(newest_first, key=key, reverse=True)
    page.goto(f"{base}search/?q=市&sort=date-asc")
    settled(page)
    oldest_first = [d for d in dates(page) if d[:1].isdigit()]
    assert oldest_first == sorted(oldest_first, key=key)
    assert problems == []


def key(label: str) -> tuple:
    return tuple(int(x) for x in re.findall(r"\d+", label))


def test_a_phrase_in_quotes_and_an_excluded_word(browser_page, seed_site):
    page, base, problems = browser_page
    records = seed_site[2]
    search(page, base, '"疫情防控"')
    assert ids(page) == articles_containing(records, "疫情防控")
    search(page, base, "疫情 -朔州")
    want = articles_containing(records, "疫情") - articles_containing(records, "朔州")
    assert want and ids(page) == want
    search(page, base, "-朔州")
    assert "请输入" in page.locator(".archive-status").inner_text() and hrefs(page) == []
    assert problems == []


def test_every_match_is_highlighted_in_titles_and_excerpts(browser_page):
    page, base, problems = browser_page
    search(page, base, "防控")
    for result in page.locator(".archive-result").all():
        for part in (result.locator("a[data-search-result]"), result.locator(".archive-excerpt")):
            text = part.inner_text()
            marks = part.locator("mark").all_inner_texts()
            assert len(marks) == norm(text).count("防控") and set(marks) <= {"防控"}
    assert page.locator("a[data-search-result] mark").count() > 0
    assert problems == []


def luminance(rgb) -> float:
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(fg, bg) -> float:
    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def colours(page, selector):
    got = page.eval_on_selector(selector, """e => {
        const s = getComputedStyle(e);
        let bg = s.backgroundColor, n = e;
        while (/rgba\\(.*, 0\\)|transparent/.test(bg) && n.parentElement) { n = n.parentElement; bg = getComputedStyle(n).backgroundColor; }
        return [s.color, bg]; }""")
    return [tuple(int(float(x)) for x in re.findall(r"[\d.]+", c)[:3]) for c in got]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_highlights_and_result_text_are_readable_in_both_schemes(browser_page, scheme):
    page, base, problems = browser_page
    page.emulate_media(color_scheme=scheme)
    try:
        search(page, base, "防控")
        for selector in (".archive-excerpt mark", ".archive-excerpt", ".archive-result .archive-meta"):
            fg, bg = colours(page, selector)
            assert contrast(fg, bg) >= 4.5, (scheme, selector, fg, bg)
    finally:
        page.emulate_media(color_scheme="light")


def test_on_a_phone_the_filters_open_in_a_panel_above_the_results(browser_page):
    page, base, problems = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    try:
        search(page, base, "疫情")
        toggle = page.locator(".archive-filter-toggle")
        assert toggle.is_visible() and not page.locator(".archive-facets").is_visible()
        toggle.click()
        facets = page.locator(".archive-facets").bounding_box()
        results = page.locator(".archive-results").bounding_box()
        assert facets["height"] > 0 and facets["y"] < results["y"]
        assert toggle.get_attribute("aria-expanded") == "true"
    finally:
        page.set_viewport_size({"width": 1280, "height": 900})


def test_opened_from_disk_the_search_page_says_it_needs_a_server(browser_page, seed_site):
    page, base, problems = browser_page
    page.goto((seed_site[1] / "search" / "index.html").as_uri() + "?q=疫情")
    page.wait_for_selector("#archive-search[aria-busy=false]", timeout=10000)
    status = page.locator(".archive-status").inner_text()
    assert "网页服务器" in status and "python3 -m http.server" in status
    assert "没有找到" not in status and page.locator("#archive-search input[name=q]").is_disabled()
    problems.clear()        # its requests for file:// addresses, which were the point, not a fault


KIND_LABELS = {"news": "消息", "commentary": "评论", "photo": "图片", "continuation": "转版续文"}


def drawn_facets(page):
    """{facet: {(label, count), …}} as the filters column shows them (closed 更多 and 下级 included)."""
    return page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('.archive-facet')].map((box) =>
        [box.querySelector('legend').textContent, [...box.querySelectorAll('label')].map((l) => {
          const m = l.textContent.match(/^\\s*(.*?)\\s*\\((\\d+)\\)\\s*$/); return [m[1], +m[2]]; })]))""")


def facets_of(records):
    """What the facets should count for these articles, from their own records."""
    from collections import Counter

    from generator.publish.search_index import region_values

    want = {"年份": Counter(), "类型": Counter(), "机构": Counter(), "出版物": Counter(), "地区": Counter()}
    for r in records:
        want["年份"][r["date"][:4] if r["date"] else "日期不详"] += 1
        want["类型"][KIND_LABELS.get(r["kind"], r["kind"])] += 1
        want["机构"].update(set(r["agencies"]))
        if r["publication"]:
            want["出版物"][r["publication"]] += 1
        want["地区"].update(v.split("|")[1].split("›")[-1] for v in region_values(r["regions"]))
    return {k: sorted(v.items()) for k, v in want.items() if v}


@pytest.mark.parametrize("address", ["q=疫情", "q=防控&year=2021", "q=政协&sort=date"])
def test_facets_count_the_articles_found_by_their_own_records(browser_page, seed_site, address):
    """The page counts facets itself, from each shard's table of its pages' values
    (facet_table.py): every value a reader sees counts the articles found that carry it."""
    from urllib.parse import parse_qs

    page, base, problems = browser_page
    asked = opened(page, base, address)
    params = parse_qs(address)
    found = [r for r in seed_site[2] if r["id"] in articles_containing(seed_site[2], params["q"][0])
             and r["date"].startswith(params.get("year", [""])[0])]
    assert found and ids(page) <= {r["id"] for r in found}
    drawn = {k: sorted(map(tuple, v)) for k, v in drawn_facets(page).items() if k != "月份"}
    assert drawn == facets_of(found)
    # Counted without Pagefind's filter index: it is fetched only to search with a chosen filter.
    assert not any(u.endswith(".pf_filter") for u in asked) or "year=" in address
    assert problems == []


def test_without_facet_tables_pagefind_counts_the_same(browser_page, seed_site):
    """An index without the tables (or a table that cannot be had): Pagefind counts, as before."""
    page, base, problems = browser_page
    page.goto(f"{base}search/?q=疫情")
    settled(page)
    with_tables = drawn_facets(page)
    page.route("**/facets.json.gz", lambda route: route.abort())
    try:
        page.goto(f"{base}search/?q=疫情")
        settled(page)
        without = drawn_facets(page)
    finally:
        page.unroute("**/facets.json.gz")
    assert {k: sorted(map(tuple, v)) for k, v in without.items()} == {k: sorted(map(tuple, v)) for k, v in with_tables.items()}
    problems[:] = [p for p in problems if "facets.json.gz" not in p and not p.endswith("net::ERR_FAILED")]
    assert problems == []
