"""The search page's tools as a researcher uses them, in Chromium: state in the
address, sorting, filters (regions by code, as a tree), phrases and exclusions,
highlights, the 更多结果 button, dark colours and the phone layout."""
import re

import pytest

from test_search import articles_containing, indexed_site, norm, opened, search


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
    """{facet: {(label, count), …}} as the filters column shows them (closed 更多 and 下级 included:
    every 更多 opened first, which draws its values)."""
    page.evaluate("""async () => {
        for (let k = 0; k < 200; k++) {
          const more = [...document.querySelectorAll('.archive-facets details.archive-facet-more')];
          if (more.every((d) => d.open && d.childElementCount > 1)) return;
          more.forEach((d) => { d.open = true; });
          await new Promise((r) => setTimeout(r, 10));
        }
      }""")
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


def test_a_common_word_is_counted_from_bitmaps_and_its_title_matches_lead(browser_page, seed_site, tmp_path):
    """A word most articles hold is counted in the older shards from the bitmaps
    (common_terms.py), not by Pagefind's phrase search of every page holding it: the
    first page lists its title matches, best filled first, as Pagefind's way lists
    them; the facets count what Pagefind's way counts; the older shards' word index
    is read only when the reader wants more than the title matches, and then every
    article holding the word is found."""
    import json

    from generator.publish.local import serving
    from generator.records import Article

    def art(n, title, body):
        return Article.from_dict({"id": f"{n:012x}", "source": "p.txt", "lines": [1, 2], "kind": "news",
                                  "title": title, "date": f"20{15 + n % 7}-0{1 + n % 9}-1{n % 10}", "body": body,
                                  "agencies": [["某县卫健委", "某镇政府"][n % 2]]})

    arts = [art(n, f"某地{'乡镇村组'[n % 4] * (1 + n % 5)}疫情防控", "各地做好工作。") for n in range(60)]
    arts += [art(100 + n, f"某地新闻{n}", "会议指出，要抓好疫情防控。") for n in range(12)]
    arts += [art(150, "情防疫情与防控", "疫情防控。"),                 # the bigrams in its title, the word in its text
             art(151, "防疫情防控", "会议。"),
             art(152, "某地修路", "村里修了一条路。")]
    site = indexed_site(seed_site, tmp_path, arts, shard_size=24, common_share=0.5, common_least=1)
    assert "疫情" in json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8"))["common"]["grams"]
    holding = {a.id for a in arts if "疫情防控" in a.title + a.body}

    def looked_up(page, other, without_bitmaps=False, address="q=疫情防控"):
        if without_bitmaps:
            page.route("**/pagefind/common/**", lambda route: route.abort())
        asked = opened(page, other, address)
        listed = [re.search(r"articles/([0-9a-f]{12})/", h).group(1) for h in
                  page.eval_on_selector_all("a[data-search-result]", "els => els.map(e => e.getAttribute('href'))")]
        older = {m.group(1) for u in asked if (m := re.search(r"/pagefind/(s\d+)/index/", u))} - {"s000"}
        return listed, drawn_facets(page), page.locator(".archive-status").inner_text(), older

    page = browser_page[0].context.browser.new_page()
    errors = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.add_init_script("window.archiveCommonLeast = 1")
    with serving(site) as other:
        listed, facets, status, older = looked_up(page, other)
        while page.locator(".archive-more").is_visible():           # 更多结果 until every result is listed
            n = page.locator("a[data-search-result]").count()
            page.locator(".archive-more").click()
            page.wait_for_function(f"document.querySelectorAll('a[data-search-result]').length > {n}"
                                   " || document.querySelector('.archive-more').hidden")
        every = {re.search(r"articles/([0-9a-f]{12})/", h).group(1) for h in
                 page.eval_on_selector_all("a[data-search-result]", "els => els.map(e => e.getAttribute('href'))")}
        by_date, facets_by_date, status_by_date, older_by_date = looked_up(page, other, address="q=疫情防控&sort=date")
        chosen = "q=疫情防控&agency=某县卫健委"
        filtered, facets_filtered, status_filtered, older_filtered = looked_up(page, other, address=chosen)
        by_pagefind, facets_by_pagefind, _, older_by_pagefind = looked_up(page, other, without_bitmaps=True)
        filtered_by_pagefind, facets_filtered_by_pagefind, _, _ = looked_up(page, other, True, chosen)
    page.close()
    titled = sorted((a for a in arts if "疫情防控" in a.title), key=lambda a: len(a.title))
    assert len(listed) >= 20 and set(listed) <= {a.id for a in titled}
    # Best filled first: no title shown is longer than one left out, as Pagefind's way lists them.
    length = {a.id: len(a.title) for a in arts}
    assert max(length[i] for i in listed) <= min(length[a.id] for a in titled if a.id not in listed)
    assert sorted(length[i] for i in listed) == sorted(length[i] for i in by_pagefind[:len(listed)])
    assert older == set() and older_by_pagefind        # no older shard's word index until more is asked
    assert every == holding
    assert {k: sorted(map(tuple, v)) for k, v in facets.items()} == \
        {k: sorted(map(tuple, v)) for k, v in facets_by_pagefind.items()}
    assert f"约 {len(holding)} 篇" in status
    # Newest first: the newest shard's results lead, the older shards are counted.
    newest = sorted((a for a in arts if a.id in holding), key=lambda a: a.date, reverse=True)
    assert by_date == [a.id for a in newest[:len(by_date)]] and len(by_date) >= 20
    assert older_by_date == set() and f"约 {len(holding)} 篇" in status_by_date
    assert facets_by_date == facets
    # With a filter chosen: the pages that carry it, counted and listed the same way.
    agency = {a.id for a in arts if a.agencies == ["某县卫健委"]}
    assert older_filtered == set() and set(filtered) <= agency & {a.id for a in titled}
    assert sorted(length[i] for i in filtered) == sorted(length[i] for i in filtered_by_pagefind[:len(filtered)])
    assert f"约 {len(holding & agency)} 篇" in status_filtered
    assert {k: sorted(map(tuple, v)) for k, v in facets_filtered.items()} == \
        {k: sorted(map(tuple, v)) for k, v in facets_filtered_by_pagefind.items()}
    assert [e for e in errors if "sitemap" not in e and "ERR_CONNECTION_REFUSED" not in e
            and "/pagefind/common/" not in e and "ERR_FAILED" not in e] == []
