"""Search as a reader uses it: real queries in Chromium against the seeds' site."""
import re
import unicodedata

import pytest

from generator.publish.tokens import tokens


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def search(page, base, q):
    """Results once every shard has answered (the seeds' site is indexed in several shards)."""
    page.goto(f"{base}search/?q={q}")
    page.wait_for_selector("#archive-search[aria-busy=false]", timeout=10000)
    return page.eval_on_selector_all("a[data-search-result]", "els => els.map(e => e.getAttribute('href'))")


def opened(page, base, address):
    """Open a search address and wait for every shard's answer; the addresses the page fetched."""
    asked = []
    note = lambda r: asked.append(r.url)      # noqa: E731
    page.on("request", note)
    page.goto(f"{base}search/?{address}")
    page.wait_for_selector("#archive-search[aria-busy=false]", timeout=10000)
    page.remove_listener("request", note)
    return asked


def searched(page, base, address):
    """Open a search address; the article ids it finds, and the shards whose word index it fetched."""
    asked = opened(page, base, address)
    found = {re.search(r"articles/([0-9a-f]{12})/", h).group(1)
             for h in page.eval_on_selector_all("a[data-search-result]", "els => els.map(e => e.getAttribute('href'))")}
    shards = {m.group(1) for u in asked if (m := re.search(r"/pagefind/(s\d+/)index/", u))}
    return found, shards


def indexed_site(seed_site, tmp_path, arts, **options):
    """The seeds' site with these articles (records.Article) alone in its search index."""
    import json
    import shutil

    from generator.publish.search_index import build_index

    site = tmp_path / "site"
    shutil.copytree(seed_site[1], site)
    (site / "data" / "articles.jsonl").write_text(
        "".join(json.dumps(a.as_dict(), ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
    build_index(site, **options)
    return site


def articles_containing(records, q):
    """The articles whose text holds q: with the captions of the photos printed within
    them (their pages list those photos), as a reader finds them."""
    def captions(r):
        return [p["body"] for p in records if r["kind"] not in ("photo", "residue") and p["kind"] == "photo"
                and p["source"] == r["source"] and r["lines"][0] <= p["lines"][0] <= p["lines"][1] <= r["lines"][1]]
    return {r["id"] for r in records if r["kind"] != "residue"
            and norm(q) in norm("\n".join([r["kicker"], r["title"], r["subtitle"], r["body"], *captions(r)]))}


@pytest.mark.parametrize("q", ["石嘴山", "防控", "党员突击队", "静默管理", "银川市政协"])
def test_query_finds_exactly_the_articles_that_contain_it(browser_page, seed_site, q):
    page, base, problems = browser_page
    hrefs = search(page, base, q)
    found = {re.search(r"articles/([0-9a-f]{12})/", h).group(1) for h in hrefs}
    want = articles_containing(seed_site[2], q)
    assert want, q
    assert found == want if len(want) <= 20 else found <= want
    status = page.locator(".archive-status").inner_text()
    assert "正在" not in status and (f"找到 {len(found)} 篇" in status or "已列出" in status)
    assert problems == []


def shown_results(page):
    """(title, is a photo) of each result, in the order shown."""
    return page.eval_on_selector_all("li.archive-result", """els => els.map(e => [
        e.querySelector('a[data-search-result]').textContent,
        e.querySelector('.archive-meta').textContent.split(' · ').includes('图片')])""")


def test_title_matches_come_first_and_excerpts_are_highlighted(browser_page, seed_site):
    page, base, problems = browser_page
    search(page, base, "政协")
    standing = [0 if photo else 2 if "政协" in title else 1 for title, photo in shown_results(page)]
    assert standing == sorted(standing, reverse=True) and 2 in standing
    assert page.locator(".archive-excerpt mark").first.inner_text() == "政协"


def test_articles_come_before_photos_whose_captions_hold_the_word(browser_page, seed_site):
    """A photo's title is its caption: short, so Pagefind ranks it high for any word in
    it, and a caption printed inside an article is that article's text too.  Articles
    headlined with the word come first, then other articles, then photos."""
    page, base, problems = browser_page
    search(page, base, "党员")
    shown = shown_results(page)
    photos = [k for k, (_, photo) in enumerate(shown) if photo]
    headlined = [k for k, (title, photo) in enumerate(shown) if not photo and "党员" in title]
    assert photos and len(headlined) >= 5
    assert headlined == list(range(len(headlined)))
    assert min(photos) > max(k for k, (_, photo) in enumerate(shown) if not photo)
    assert problems == []


def test_facets_narrow_results_by_year(browser_page):
    page, base, problems = browser_page
    before = search(page, base, "疫情")
    page.locator(".archive-facet label").filter(has_text="2021").first.click()
    page.wait_for_selector("#archive-search[aria-busy=false]", timeout=10000)
    after = page.eval_on_selector_all("a[data-search-result]", "els => els.map(e => e.getAttribute('href'))")
    metas = page.eval_on_selector_all(".archive-result .archive-meta", "els => els.map(e => e.textContent)")
    assert 0 < len(after) < len(before)
    assert all(m.startswith("2021") for m in metas)



def test_a_chosen_year_opens_into_its_months(browser_page, seed_site):
    page, base, problems = browser_page
    search(page, base, "疫情")
    assert page.locator(".archive-facet legend", has_text="月份").count() == 0     # several years: no months yet
    page.locator(".archive-facet label").filter(has_text="2021").first.click()
    page.wait_for_selector("#archive-search[aria-busy=false]", timeout=10000)
    months = page.locator(".archive-facet").filter(has=page.locator("legend", has_text="月份"))
    labels = months.locator("label").all_inner_texts()
    assert labels and all(re.match(r"2021年\d{1,2}月", t.strip()) for t in labels)
    months.locator("label").first.click()
    page.wait_for_selector("#archive-search[aria-busy=false]", timeout=10000)
    assert re.search(r"[?&]month=2021-\d\d", page.url) and "year=2021" in page.url
    metas = page.eval_on_selector_all(".archive-result .archive-meta", "els => els.map(e => e.textContent)")
    month = re.search(r"month=2021-(\d\d)", page.url).group(1)
    assert metas and all(m.startswith(f"2021年{int(month)}月") for m in metas)
    assert problems == []

def test_a_year_in_the_address_searches_only_the_shards_of_that_year(browser_page, seed_site):
    import json

    page, base, problems = browser_page
    docs, site, records = seed_site
    listed = json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8"))["shards"]
    newest = listed[0]
    containing = articles_containing(records, "疫情")
    found_in = sorted({r["date"][:4] for r in records if r["id"] in containing and r["date"]})
    year = next(y for y in found_in if not newest["from"][:4] <= y <= newest["to"][:4])   # not the newest shard's
    meeting = {s["path"] for s in listed if s["from"][:4] <= year <= s["to"][:4]}
    assert listed[0]["path"] not in meeting and len(meeting) < len(listed)
    found, shards = searched(page, base, f"q=疫情&year={year}")
    want = {r["id"] for r in records if r["id"] in containing and r["date"][:4] == year}
    assert want and found == want
    assert shards and shards <= meeting
    assert problems == []


def test_a_region_code_in_the_address_is_found_though_only_an_older_shard_names_it(browser_page, seed_site):
    import json

    page, base, problems = browser_page
    docs, site, records = seed_site
    listed = json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8"))["shards"]
    oldest = min(r["date"] for r in records if r["date"])
    code = next(g["code"] for r in records if r["date"] == oldest for g in r["regions"] if g["code"].endswith("0000"))
    assert listed[0]["from"] > oldest                      # the newest shard does not hold it
    page.goto(f"{base}search/?q=疫情&region={code}")
    page.wait_for_selector("#archive-search[aria-busy=false]", timeout=10000)
    found = {re.search(r"articles/([0-9a-f]{12})/", h).group(1)
             for h in page.eval_on_selector_all("a[data-search-result]", "els => els.map(e => e.getAttribute('href'))")}
    # The province's articles: those tagged with it or with any division in it.
    want = {r["id"] for r in records if r["id"] in articles_containing(records, "疫情")
            and any(g["code"][:2] == code[:2] for g in r["regions"])}
    assert want and found == want
    assert problems == []


def test_header_box_opens_the_search_page(browser_page):
    page, base, problems = browser_page
    page.goto(base)
    page.fill(".archive-header-search input", "太行精神")
    page.press(".archive-header-search input", "Enter")
    try:
        page.wait_for_selector("a[data-search-result]")
    except Exception as e:      # (say what the page showed: on a loaded host it once said 没有找到…, two
        # Pagefind instances of one module starting at once; they now start in turn, see search.js)
        status = page.evaluate("() => (document.querySelector('.archive-status') || {}).textContent")
        raise AssertionError(f"no result at {page.url}; status {status!r}; problems {problems}") from e
    assert page.locator("a[data-search-result]").count() == 1


@pytest.mark.parametrize("text", ["石嘴山市委组织部", "防控", "县", "COVID-19疫情 ＡＢＣ", "Ｈello，世界！2021年"])
def test_browser_tokens_equal_index_tokens(browser_page, text):
    page, base, problems = browser_page
    page.goto(base + "search/")
    assert page.evaluate("t => window.archiveTokens(t)", text) == tokens(text)


def test_a_second_query_on_the_same_page_finds_what_it_should(browser_page, seed_site):
    """The reader refines a query in place: results already seen must be read afresh."""
    page, base, problems = browser_page
    search(page, base, "疫情")
    page.fill("#archive-search input[name=q]", "疫情防控")
    page.wait_for_function("() => new URL(location.href).searchParams.get('q') === '疫情防控'")
    page.wait_for_selector("#archive-search[aria-busy=false]", timeout=10000)
    hrefs = page.eval_on_selector_all("a[data-search-result]", "els => els.map(e => e.getAttribute('href'))")
    found = {re.search(r"articles/([0-9a-f]{12})/", h).group(1) for h in hrefs}
    want = articles_containing(seed_site[2], "疫情防控")
    assert found and (found == want if len(want) <= 20 else found <= want)
    titles = page.eval_on_selector_all("a[data-search-result]", "els => els.map(e => e.textContent)")
    assert all(t.strip() and "\ufffd" not in t and "\uffff" not in t for t in titles)


def test_pagefind_files_reach_pagefind_unpacked_by_the_browser(browser_page, seed_site):
    """The search page unpacks Pagefind's gzip files natively (DecompressionStream), so Pagefind
    gets them with its signature in front and skips its own inflate in JavaScript."""
    page, base, problems = browser_page
    search(page, base, "防控")
    head = page.evaluate("""async () => {
        const list = await (await fetch('../pagefind/shards.json')).json();
        const dir = new URL('../pagefind/' + list.shards[0].path, location.href);
        const entry = await (await fetch(new URL('pagefind-entry.json', dir))).json();
        const hash = Object.values(entry.languages)[0].hash;
        const bytes = new Uint8Array(await (await fetch(new URL(`pagefind.${hash}.pf_meta`, dir))).arrayBuffer());
        return new TextDecoder().decode(bytes.slice(0, 12));
    }""")
    assert head == "pagefind_dcd"
    assert problems == []


def holders(out, word):
    """The shards the directory in `out` names for every bigram of `word`."""
    from generator.publish.term_shards import bigrams, shards_holding

    held = [shards_holding(out, g) for g in sorted(bigrams(word))]
    return set.intersection(*held) if held else set()


def rare_word(records, out):
    """Four characters of a title that only one shard, not the newest, holds."""
    from generator.publish.term_shards import bigrams

    return next(w for r in sorted(records, key=lambda r: r["id"]) if r["kind"] != "residue"
                for w in (norm(r["title"])[i:i + 4] for i in range(max(0, len(norm(r["title"])) - 3)))
                if len(bigrams(w)) == 3 and len(holders(out, w)) == 1 and 0 not in holders(out, w))


def test_a_rare_word_is_searched_only_in_the_shards_that_hold_it(browser_page, seed_site):
    """The directory beside the shards (term_shards.py) names the shards that hold each
    bigram: a name only an older shard holds costs that shard, not the newest nor the rest."""
    import json

    page, base, problems = browser_page
    docs, site, records = seed_site
    out = site / "pagefind"
    listed = json.loads((out / "shards.json").read_text(encoding="utf-8"))["shards"]
    word = rare_word(records, out)
    (held,) = holders(out, word)
    found, shards = searched(page, base, f"q={word}")
    assert found == articles_containing(records, word) and found
    assert shards == {listed[held]["path"]} and len(listed) > 2
    assert problems == []


def test_a_word_several_older_shards_hold_is_found_in_all_of_them_and_only_there(browser_page, seed_site):
    """Held by three or more shards (not all): the first two are searched one by one,
    the rest merged in Pagefind's worker; every article holding it is found."""
    import json

    from generator.publish.term_shards import bigrams

    page, base, problems = browser_page
    docs, site, records = seed_site
    out = site / "pagefind"
    listed = json.loads((out / "shards.json").read_text(encoding="utf-8"))["shards"]
    texts = sorted(norm(r["body"]) for r in records if r["kind"] != "residue")
    word = next(w for t in texts for w in (t[i:i + 2] for i in range(0, min(len(t), 400) - 1))
                if len(bigrams(w)) == 1 and 3 <= len(holders(out, w)) < len(listed) and 0 not in holders(out, w)
                and len(articles_containing(records, w)) <= 20)
    found, shards = searched(page, base, f"q={word}")
    assert found == articles_containing(records, word)
    assert shards == {listed[k]["path"] for k in holders(out, word)}
    assert problems == []


def test_without_the_directory_a_search_asks_every_shard_and_finds_the_same(browser_page, seed_site):
    """The directory is a shortcut: where its files cannot be had, the search goes the usual way."""
    page, base, problems = browser_page
    docs, site, records = seed_site
    word = rare_word(records, site / "pagefind")     # the directory would ask one older shard alone
    page.route("**/pagefind/terms/**", lambda route: route.abort())
    try:
        found, shards = searched(page, base, f"q={word}")
    finally:
        page.unroute("**/pagefind/terms/**")
    assert found == articles_containing(records, word) and found
    assert "s000/" in shards                     # not narrowed: the newest shard is asked first, as always
    # (the aborted files, and the console's note of them, which names no address)
    problems[:] = [p for p in problems if "/pagefind/terms/" not in p and not p.endswith("net::ERR_FAILED")]
    assert problems == []


def test_a_phrase_ranks_by_where_it_first_occurs_across_shards_searched_side_by_side(browser_page, seed_site, tmp_path):
    """Pagefind does not rank an exact phrase: the page ranks it from where it first
    matched and each page's lengths (facet_table.py), the title first, then the earlier
    in the text the better, whichever shard (and worker thread) a result comes from.
    An article that says 疫情 six times and 疫情防控 at its end comes after one that
    opens on 疫情防控 (ranked by its first word's count, it came before)."""
    import json

    from generator.publish.local import serving
    from generator.records import Article

    def art(n, date, title, body):
        return Article.from_dict({"id": f"{n:012x}", "source": "p.txt", "lines": [1, 2], "kind": "news",
                                  "title": title, "date": date, "body": body})

    arts = [art(1, "2021-11-07", "某乡工作纪实", "疫情期间，疫情监测，疫情通报，疫情研判，疫情会商，疫情防控要抓实。"),
            art(2, "2021-11-06", "某镇工作纪实", "疫情防控要抓实，各村加强巡查，干部下沉一线，群众积极配合，工作有序开展。"),
            art(3, "2021-11-05", "某村修路", "村里修了一条路。"),
            art(4, "2021-11-04", "全县疫情防控会议", "会议部署了下一步工作。")]
    arts += [art(5 + k, f"2021-11-0{k + 1}", f"某地新闻{k}", "今天天气晴朗。") for k in range(3)]
    site = indexed_site(seed_site, tmp_path, arts, shard_size=1)
    listed = json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8"))["shards"]
    assert [s["articles"] for s in listed] == [1, 2, 4]          # the newest alone, two older searched beside it

    page = browser_page[0].context.browser.new_page()
    errors = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.add_init_script("window.archiveGroupArticles = 1")     # side by side, small as it is
    with serving(site) as other:
        hrefs = search(page, other, "疫情防控")
        workers = len(page.workers)
        threads = page.evaluate("navigator.hardwareConcurrency")
    page.close()
    found = [re.search(r"articles/([0-9a-f]{12})/", h).group(1) for h in hrefs]
    assert found == [f"{4:012x}", f"{2:012x}", f"{1:012x}"]
    assert workers == min(2, threads)          # a thread for each older shard, where there are cores
    assert [e for e in errors if "sitemap" not in e and "ERR_CONNECTION_REFUSED" not in e] == []


def test_words_of_a_caption_find_the_article_that_printed_it(browser_page, seed_site):
    """A caption inside an article is a photo of its own and part of the article's
    text too (its page lists it): both are found, the article first."""
    page, base, problems = browser_page
    hrefs = search(page, base, "员值守在蒙宁")
    found = [re.search(r"articles/([0-9a-f]{12})/", h).group(1) for h in hrefs]
    by_id = {r["id"]: r for r in seed_site[2]}
    assert [by_id[i]["kind"] for i in found] == ["news", "photo"]
    assert by_id[found[0]]["title"].startswith("乌海 党旗下")
    assert problems == []


def test_a_two_character_word_ranks_as_a_longer_one_does(browser_page, seed_site, tmp_path):
    """A word of one bigram is ranked by the page's rule too (the title first, then the
    earlier in the text the better), not by Pagefind's count of it: an article that says
    防控 five times after its lead comes after one that opens on it."""
    from generator.publish.local import serving
    from generator.records import Article

    def art(n, title, body):
        return Article.from_dict({"id": f"{n:012x}", "source": "p.txt", "lines": [1, 2], "kind": "news",
                                  "title": title, "date": f"2021-11-0{n}", "body": body})

    arts = [art(1, "某乡工作纪实", "今天全乡召开大会，部署冬季工作。防控，防控，防控，防控，防控要抓实。"),
            art(2, "某镇工作纪实", "防控要抓实，各村加强巡查，干部下沉一线，群众积极配合，工作有序开展。"),
            art(3, "全县防控会议", "会议部署了下一步工作。"),
            art(4, "某村修路", "村里修了一条路。")]
    site = indexed_site(seed_site, tmp_path, arts)
    page = browser_page[0].context.browser.new_page()
    with serving(site) as other:
        hrefs = search(page, other, "防控")
    page.close()
    assert [re.search(r"articles/([0-9a-f]{12})/", h).group(1) for h in hrefs] == [f"{n:012x}" for n in (3, 2, 1)]
