"""An archive cut into parts (generator/parts): runs of months, each a site of its
own under one root whose home links them and whose search spans them."""
import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

from conftest import ARGS, CHROMIUM, ROOT, SEEDS, free_port, need_browser, serving
from generator.parts.plan import Part, Plan, PlanError, Shelf, dump_plan, load_plan, part_of, plan_parts


def test_a_plan_cuts_runs_of_months_of_about_equal_size():
    pages = {f"{m}-{d}.txt": (f"2019-{m:02d}-{d:02d}", 100) for m in range(1, 9) for d in (1, 15)}
    parts = plan_parts(pages, 4)
    assert [(p.first, p.last) for p in parts] == [("2019-01", "2019-02"), ("2019-03", "2019-04"),
                                                 ("2019-05", "2019-06"), ("2019-07", "2019-08")]
    assert [p.name for p in parts] == ["p1", "p2", "p3", "p4"]


def test_a_month_is_never_cut_even_when_it_outweighs_a_part():
    pages = {"a": ("2019-01-03", 10), "b": ("2019-02-01", 500), "c": ("2019-02-28", 500), "d": ("2019-03-02", 10)}
    parts = plan_parts(pages, 3)
    assert [(p.first, p.last) for p in parts] == [("2019-01", "2019-01"), ("2019-02", "2019-02"),
                                                 ("2019-03", "2019-03")]
    assert len(plan_parts(pages, 9)) == 3          # no more parts than months


def test_a_page_goes_to_its_months_part_later_ones_to_the_newest_undated_to_the_oldest():
    parts = (Part("p1", "", "2019-03"), Part("p2", "2019-04", "2019-09"), Part("p3", "2019-10", "2019-12"))
    assert part_of(parts, "2019-03-31").name == "p1"
    assert part_of(parts, "2019-04-01").name == "p2"
    assert part_of(parts, "2019-09").name == "p2"
    assert part_of(parts, "2023-01-05").name == "p3"
    assert part_of(parts, "").name == "p1"
    assert part_of(parts, "2019").name == "p1"     # a year alone sorts before its months


def test_a_page_the_catalogue_gives_no_date_is_dated_by_its_articles():
    from types import SimpleNamespace as Art

    from generator.parts.plan import page_date
    assert page_date([Art(date="2019-03-02"), Art(date="2019-03-01"), Art(date="2019-03-02"), Art(date="")]) == "2019-03-02"
    assert page_date([Art(date="2019-03-02"), Art(date="2019-03-01")]) == "2019-03-01"     # the earliest of equals
    assert page_date([Art(date="")]) == "" and page_date(None) == ""


def test_a_parts_file_reads_back_as_written_and_a_bad_one_is_named(tmp_path):
    good = tmp_path / "parts.yml"
    for plan in [Plan((Part("p1", "", "2019-03"), Part("p2", "2019-04", "2019-12"))),
                 Plan((Part("p1", "", "2019-03", "https://a.example.org/archive-1/"), Part("p2", "2019-04", "2019-12")),
                      "https://example.org/archive/")]:
        good.write_text(dump_plan(plan), encoding="utf-8")
        assert load_plan(good) == plan
    bad = tmp_path / "bad.yml"
    for text, said in [("parts: [\n", "line"), ("parts: []\n", "no list of parts"),
                       ("parts:\n- {name: p1, first: '2019-05', last: '2019-06'}\n"
                        "- {name: p2, first: '2019-01', last: '2019-02'}\n", r"part 2 \(p2\).*do not follow"),
                       ("parts:\n- {name: ../x, first: '', last: '2019-06'}\n", "not a folder name"),
                       ("parts:\n- {name: p1, first: '', last: '2019-01'}\n"
                        "- {name: p1, first: '2019-02', last: '2019-03'}\n", "used twice"),
                       ("parts:\n- {name: p1, first: '', last: '2019-01', url: 'https://a.example.org/x/'}\n",
                        "`root:` must say where the root is"),
                       ("parts:\n- {name: p1, first: '', last: '2019-01', url: 'a.example.org/x'}\n", "url")]:
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(PlanError, match=said) as err:
            load_plan(bad)
        assert str(bad) in str(err.value)


def test_building_a_part_the_plan_does_not_name_says_so(tmp_path):
    plan = tmp_path / "parts.yml"
    plan.write_text(dump_plan(Plan((Part("p1", "", "2021-12"), Part("p2", "2022-01", "2022-12")))), encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "generator", "build", "--parts", str(plan), "--part", "p9",
                          "--docs", str(tmp_path / "docs"), str(SEEDS)], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 1
    assert f"{plan}: no part named 'p9' (its parts: p1, p2)" in res.stderr


def test_a_part_on_a_host_of_its_own_is_linked_and_searched_there():
    from generator.parts.root import PartSite, root_manifest, root_pages

    plan = Plan((Part("p1", "", "2019-06"), Part("p2", "2019-07", "2019-12", "https://b.example.org/news-2/")),
                "https://example.org/news/")
    assert Shelf(plan, "p1").root == "../../" and Shelf(plan, "p1").link(plan.parts[1]) == plan.parts[1].url
    assert Shelf(plan, "p2").root == plan.root and Shelf(plan, "p2").link(plan.parts[0]) == plan.root + "parts/p1/"
    shard = {"path": "s000/", "articles": 3, "from": "2019-01-02", "to": "2019-06-30"}
    sites = [PartSite(p, plan.address(p), (shard,)) for p in plan.parts]
    assert [(s["path"], s["site"]) for s in root_manifest(sites)["shards"]] == [
        ("https://b.example.org/news-2/pagefind/s000/", "https://b.example.org/news-2/"),
        ("../parts/p1/pagefind/s000/", "parts/p1/")]
    home = root_pages(sites)["index.md"]
    assert 'href="https://b.example.org/news-2/"' in home and 'href="parts/p1/"' in home
    search = root_pages(sites)["search/index.md"]        # the newest shard, preloaded from its own host
    assert 'href="https://b.example.org/news-2/pagefind/s000/pagefind.js"' in search


def test_a_part_with_no_article_yet_is_listed_and_the_search_starts_at_the_newest_part_that_has_one():
    from generator.parts.root import PartSite, root_manifest, root_pages

    plan = Plan((Part("p1", "", "2019-06"), Part("p2", "2019-07", "2019-12"), Part("p3", "2020-01", "2020-06")))
    older = ({"path": "s000/", "articles": 3, "from": "2019-01-02", "to": "2019-06-30"},)
    newer = ({"path": "s000/", "articles": 2, "from": "2019-08-01", "to": "2019-12-30"},
             {"path": "s001/", "articles": 5, "from": "2019-07-01", "to": "2019-07-31"})
    sites = [PartSite(plan.parts[0], "parts/p1/", older), PartSite(plan.parts[1], "parts/p2/", newer),
             PartSite(plan.parts[2], "parts/p3/", ())]
    assert [s["path"] for s in root_manifest(sites)["shards"]] == [
        "../parts/p2/pagefind/s000/", "../parts/p2/pagefind/s001/", "../parts/p1/pagefind/s000/"]
    pages = root_pages(sites)
    assert 'data-first="parts/p2/pagefind/s000/"' in pages["search/index.md"]
    assert "<strong>10</strong> 文章" in pages["index.md"] and "<td>0</td>" in pages["index.md"]


PORT = free_port()


@pytest.fixture(scope="module")
def parted(tmp_path_factory):
    """The seeds as three parts and their root, built by `make parts` (what the CI matrix runs, one part a job)."""
    out = tmp_path_factory.mktemp("parted")
    res = subprocess.run(["make", "--no-print-directory", "parts", "PARTS_COUNT=3", f"PARTS_FILE={out / 'parts.yml'}",
                          f"PARTS_SITE={out / 'site'}", f"PARTS_DOCS={out / 'docs'}",
                          f"ROOT_URL=http://127.0.0.1:{PORT}/"], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr[-3000:]
    return out


def articles_of(site: Path) -> list[dict]:
    return [json.loads(line) for line in (site / "data" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]


def test_every_article_is_in_exactly_one_part_and_each_part_holds_its_months(parted):
    parts = load_plan(parted / "parts.yml").parts
    assert [p.name for p in parts] == ["p1", "p2", "p3"]
    whole = subprocess.run([sys.executable, "-m", "generator", "parse", "--catalog", str(SEEDS / "catalog.yml"),
                            "--corrections", str(SEEDS / "corrections.yml"), str(SEEDS)],
                           cwd=ROOT, capture_output=True, text=True)
    expected = sorted(json.loads(line)["id"] for line in whole.stdout.splitlines())
    by_part = {p.name: articles_of(parted / "site" / "parts" / p.name) for p in parts}
    found = sorted(a["id"] for arts in by_part.values() for a in arts)
    assert found == expected
    catalog = load_catalog_dates()
    for p in parts:
        pages = {a["source"] for a in by_part[p.name]}
        assert pages and all(part_of(parts, catalog[name]) == p for name in pages)


def load_catalog_dates() -> dict[str, str]:
    from generator.catalog import load_catalog
    records, _ = load_catalog(SEEDS / "catalog.yml")
    return {name: r.date for name, r in records.items()}


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href and not href.startswith(("#", "http:", "https:", "mailto:")):
            self.hrefs.append(href)


def test_the_root_and_the_parts_link_each_other_and_every_link_resolves(parted):
    site = parted / "site"
    pages = ["index.html", "search/index.html", "404.html"] + [f"parts/p{k}/{f}" for k in (1, 2, 3)
                                                   for f in ("index.html", "search/index.html")]
    targets = {}
    for page in pages:
        links = Links()
        links.feed((site / page).read_text(encoding="utf-8"))
        for href in links.hrefs:
            path = urlparse(urljoin("http://x/" + page, href)).path.lstrip("/")
            file = site / path / "index.html" if path.endswith("/") or not path else site / path
            assert file.is_file(), f"{page}: {href} -> {file}"
            targets.setdefault(page, set()).add(path)
    assert {"parts/p1/", "parts/p2/", "parts/p3/", "parts/p1/search/"} <= targets["index.html"]
    for k in (1, 2, 3):                     # each part: the root, and the other parts
        assert {"", "parts/p1/", "parts/p2/", "parts/p3/"} - {f"parts/p{k}/"} <= targets[f"parts/p{k}/index.html"]
        assert "search/" in targets[f"parts/p{k}/search/index.html"]


def test_the_roots_build_is_the_same_bytes_twice(parted):
    # As the Makefile dates the sitemap: by the last commit.
    epoch = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    def tree():
        site = parted / "site"
        return {str(f.relative_to(site)): f.read_bytes() for f in sorted(site.rglob("*"))
                if f.is_file() and "parts" not in f.relative_to(site).parts}
    before = tree()
    res = subprocess.run([sys.executable, "-m", "generator", "parts", "root", "--parts", str(parted / "parts.yml"),
                          "--site", str(parted / "site")], cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, "SITE_URL": f"http://127.0.0.1:{PORT}/", "SOURCE_DATE_EPOCH": epoch})
    assert res.returncode == 0, res.stderr
    assert tree() == before


def test_the_roots_directory_names_the_shards_of_every_part_that_hold_a_word(parted):
    """The root's list of shards runs over every part's, newest part first; its directory
    (term_shards.py) names for each bigram the shards of any part that hold it."""
    from generator.publish.term_shards import bigrams, shards_holding

    site = parted / "site"
    listed = json.loads((site / "pagefind" / "shards.json").read_text(encoding="utf-8"))["shards"]
    where = {}                   # each part's shard path as the root lists it -> its place in the root's list
    for k, s in enumerate(listed):
        where[s["path"].removeprefix("../")] = k
    words = set()
    for part in ("p1", "p2", "p3"):
        bundle = site / "parts" / part / "pagefind"
        part_list = json.loads((bundle / "shards.json").read_text(encoding="utf-8"))["shards"]
        for a in articles_of(site / "parts" / part)[:5]:
            words |= set(sorted(bigrams(a["title"]))[:3])
        for gram in sorted(words):
            mine = {where[f"parts/{part}/pagefind/{part_list[k]['path']}"] for k in shards_holding(bundle, gram)}
            assert mine == {k for k in shards_holding(site / "pagefind", gram) if listed[k]["site"].endswith(f"{part}/")}
    assert len(words) > 10


def settled(page, problems: list[str]) -> None:
    """Wait until the search has answered; if it never does, say what the page said."""
    try:
        page.wait_for_selector("#archive-search[aria-busy=false]")
    except Exception as e:
        status = page.eval_on_selector("#archive-search", "el => el.innerText.slice(0, 300)")
        raise AssertionError(f"the search never finished: {problems}; the page shows {status!r}") from e


def test_the_roots_search_finds_articles_of_every_part_and_sorts_them_by_date_across_parts(parted):
    need_browser()
    from playwright.sync_api import sync_playwright

    problems = []
    with serving(parted / "site", PORT) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        page.on("response", lambda r: r.status >= 400 and problems.append(f"HTTP {r.status}: {r.url}"))
        page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
        page.goto(base)
        page.get_by_role("link", name="检索", exact=True).last.click()
        page.wait_for_url(base + "search/")      # (typing before the search page has loaded types into nothing)
        page.fill("#archive-search input[name=q]", "疫情")
        page.press("#archive-search input[name=q]", "Enter")
        settled(page, problems)
        hrefs = page.eval_on_selector_all("a[data-search-result]", "els => els.map(e => e.href)")
        parts = [h[len(base):].split("/")[1] for h in hrefs]
        assert set(parts) == {"p1", "p2", "p3"}
        assert all(h.startswith(f"{base}parts/p") and "/articles/" in h for h in hrefs)
        # Newest first: the parts are runs of months, so their results come newest part first.
        page.select_option("#archive-search select[name=sort]", "date")
        settled(page, problems)
        dated = page.eval_on_selector_all("a[data-search-result]", "els => els.map(e => e.href)")
        order = [h[len(base):].split("/")[1] for h in dated]
        assert sorted(dated) == sorted(hrefs) and order == sorted(order, reverse=True)
        # A result opens its article on its part's site.
        page.goto(hrefs[0])
        assert "疫情" in page.locator("article").inner_text()
        # A part's own search sends its query on to the search of every part.
        page.goto(base + "parts/p2/search/?q=%E7%96%AB%E6%83%85")
        settled(page, problems)
        page.get_by_role("link", name="在全部分册中检索").click()
        page.wait_for_url(base + "search/?q=*")
        settled(page, problems)
        assert page.eval_on_selector_all("a[data-search-result]", "els => els.length") == len(hrefs)
        browser.close()
    assert problems == []


def test_the_ci_matrix_builds_each_part_with_make_part_then_the_root():
    import re

    import yaml

    flow_file = ROOT / ".github/workflows/parts.yml"
    res = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                          str(flow_file)], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
    flow = yaml.safe_load(flow_file.read_text(encoding="utf-8"))
    jobs = flow["jobs"]
    assert jobs["part"]["strategy"]["matrix"]["part"] == "${{ fromJSON(needs.plan.outputs.parts) }}"
    runs = lambda job: " ".join(s.get("run", "") for s in jobs[job]["steps"])       # noqa: E731
    targets = set(re.findall(r"^([a-z][\w-]*):", (ROOT / "Makefile").read_text(), re.M))
    assert "make part PART=${{ matrix.part }}" in runs("part") and "part" in targets
    assert "generator parts names" in runs("plan") and "generator parts root" in runs("root")
    cached = next(s for s in jobs["part"]["steps"] if s.get("uses", "").startswith("actions/cache@"))
    assert "parts-docs/${{ matrix.part }}" in cached["with"]["path"]       # each part's build is incremental
    uses = [s["uses"] for job in jobs.values() for s in job["steps"] if "uses" in s]
    assert all(re.search(r"@v\d+\.\d+\.\d+$", u) for u in uses)


def test_the_roots_search_reaches_a_part_on_a_host_of_its_own(tmp_path):
    """A part published elsewhere (`url:`, e.g. its own GitHub Pages site): the root
    links it there and its search fetches that part's index across origins."""
    need_browser()
    from playwright.sync_api import sync_playwright

    root_port, other_port = free_port(), free_port()
    root_url, other_url = f"http://127.0.0.1:{root_port}/", f"http://127.0.0.1:{other_port}/"
    plan = tmp_path / "parts.yml"
    res = subprocess.run([sys.executable, "-m", "generator", "parts", "plan", "--count", "2", "--catalog",
                          str(SEEDS / "catalog.yml"), "--out", str(plan), str(SEEDS)], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    p1, p2 = load_plan(plan).parts
    plan.write_text(dump_plan(Plan((p1, Part(p2.name, p2.first, p2.last, other_url)), root_url)), encoding="utf-8")
    res = subprocess.run(["make", "--no-print-directory", "parts", f"PARTS_FILE={plan}", f"PARTS_SITE={tmp_path / 'site'}",
                          f"PARTS_DOCS={tmp_path / 'docs'}", f"ROOT_URL={root_url}"], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr[-3000:]
    site = tmp_path / "site"
    assert f'href="{other_url}"' in (site / "index.html").read_text(encoding="utf-8")
    problems = []
    with serving(site, root_port) as base, serving(site / "parts" / p2.name, other_port) as other, \
            sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        page.on("response", lambda r: r.status >= 400 and problems.append(f"HTTP {r.status}: {r.url}"))
        page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
        page.goto(base + "search/?q=%E7%96%AB%E6%83%85")
        page.wait_for_selector("#archive-search[aria-busy=false]")
        hrefs = page.eval_on_selector_all("a[data-search-result]", "els => els.map(e => e.href)")
        assert any(h.startswith(f"{base}parts/{p1.name}/articles/") for h in hrefs)
        there = [h for h in hrefs if h.startswith(f"{other}articles/")]
        assert there
        page.goto(there[0])
        assert "疫情" in page.locator("article").inner_text()
        browser.close()
    assert problems == []
