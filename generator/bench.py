"""Synthetic corpora and the archive's benchmark.

    python -m generator.bench corpus --articles N [--seed S] --out DIR
    python -m generator.bench run [--sizes 1000 10000] [--out bench-out]

The corpus recombines real paragraphs (from seeds/), places from the national
division table, agencies built the way papers name them, and dates over
several years, into pages of all three kinds: OCR columns with headlines after
their bodies, Markdown pages, and one-paragraph web articles.  Same seed, same
bytes.
"""
from __future__ import annotations

import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import click
import yaml

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = ["委组织部", "政协", "总工会", "纪委监委", "卫健委", "应急管理局", "财政局", "红十字会", "公安局", "文联"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建红飞鑫波宁琳晶颖欣"
HEADS = ["扎实推进{x}", "{x}取得新进展", "全力做好{x}", "{x}见实效", "聚焦{x} 服务群众", "多措并举抓好{x}"]
TOPICS = ["疫情防控", "乡村振兴", "安全生产", "森林防火", "民生实事", "基层治理", "招商引资", "生态保护", "文明创建", "冬季供暖"]


def paragraph_pool() -> list[str]:
    from .segment.text import START_MARKER

    from .cli import parse_all
    from .catalog import load_catalog

    records, _ = load_catalog(ROOT / "seeds" / "catalog.yml")
    parsed, _ = parse_all(sorted((ROOT / "seeds").glob("*.txt")), records)
    arts = [a for done in parsed for a in done.articles]
    pool = []
    for a in arts:
        for p in a.body.split("\n\n"):
            p = re.sub(r"^本报讯[（(][^）)]*[）)]", "", p).strip()
            if 30 <= len(p) <= 400 and p[-1] in "。！？”" and not START_MARKER.match(p):
                pool.append(p)
    return sorted(set(pool))


def divisions():
    from .extract.gazetteer import load
    gaz = load()
    counties = [d for d in gaz.by_code.values() if d.level == 3 and gaz.city(d) is not None]
    return gaz, sorted(counties, key=lambda d: d.code)


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def make_article(rng, pool, gaz, county):
    city = gaz.city(county)
    topic = rng.choice(TOPICS)
    agency = city.name + rng.choice(SUFFIXES)
    title = f"{county.name}" + rng.choice(HEADS).format(x=topic)
    reporter = person(rng)
    lead = (f"本报讯（记者 {reporter}）近日，{city.name}{county.name}召开{topic}工作推进会，"
            f"{agency}有关负责人介绍了{county.short}{topic}工作情况。")
    body = [lead] + rng.sample(pool, rng.randint(3, 6)) + [f"{agency}表示，将持续推进{topic}各项工作落实落细。"]
    return title, reporter, body


def wrap(text: str, width: int = 15) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def ocr_page(rng, arts) -> str:
    out = []
    for title, reporter, body in arts:
        for p in body:
            out += wrap(p)
            if rng.random() < 0.6:
                out.append("")
        out += [""] + wrap(title, 12) + [""]
    return "\n".join(out) + "\n"


def md_page(rng, arts) -> str:
    out = []
    for title, reporter, body in arts:
        out += [f"## {title}", "", f"### 本报记者 {reporter}", ""]
        for p in body:
            out += [p.replace("本报讯（记者 " + reporter + "）", ""), ""]
    return "\n".join(out)


def web_page(rng, art, date: str) -> str:
    title, reporter, body = art
    return f"{title}\n{date.replace('-', '/')} {rng.randint(7, 22)}:{rng.randint(0, 59):02d}\n" + \
        "".join(body) + f"地方日报记者站{reporter}责任编辑{person(rng)}\n"


def write_corpus(n: int, out: Path, seed: int = 1) -> tuple[int, int]:
    """Write pages totalling about n articles and their catalogue; returns (pages, bytes)."""
    rng = random.Random(seed)
    pool = paragraph_pool()
    gaz, counties = divisions()
    from .extract.gazetteer import rules
    placeholders = set(rules("places.yml")["placeholders"])
    out.mkdir(parents=True, exist_ok=True)
    catalog = {}
    made = pages = size = 0
    while made < n:
        county = rng.choice(counties)
        city = gaz.city(county)
        y, m, d = rng.randint(2018, 2024), rng.randint(1, 12), rng.randint(1, 28)
        kind = rng.choices(["ocr", "md", "web"], [4, 4, 2])[0]
        k = 1 if kind == "web" else min(n - made, rng.randint(6, 12))
        local = [c for c in counties if gaz.city(c) == city] or [county]
        arts = [make_article(rng, pool, gaz, rng.choice(local)) for _ in range(k)]
        name = f"p{pages:06d}.txt"
        date = f"{y:04d}-{m:02d}-{d:02d}"
        text = ocr_page(rng, arts) if kind == "ocr" else md_page(rng, arts) if kind == "md" else web_page(rng, arts[0], date)
        data = text.encode("utf-8")
        (out / name).write_bytes(data)
        # (a row that only groups counties, 海南省直辖县, names no region: the catalogue refuses it)
        catalog[name] = {"publication": f"{city.short}日报",
                         "home_region": "".join(x.name for x in gaz.path(city) if x.name not in placeholders),
                         "date": date if kind == "web" else date[:7]}
        made += k
        pages += 1
        size += len(data)
    (out / "catalog.yml").write_text(yaml.safe_dump(catalog, allow_unicode=True, sort_keys=True), encoding="utf-8")
    return pages, size


# --- the benchmark -------------------------------------------------------

# The floor: the same mkdocs.yml (theme, nav, extensions) over the same Markdown,
# with Material's own search plugin and nothing of ours (no template overrides,
# no generator, no Pagefind).  Without the nav, MkDocs would list every page in
# every page's sidebar, which is quadratic and no fair floor.
FLOOR_CONFIG = """INHERIT: {root}/mkdocs.yml
docs_dir: {docs}
site_dir: {site}
theme:
  custom_dir: {empty}
plugins:
  - search:
      lang: zh
"""

OUR_CONFIG = """INHERIT: {root}/mkdocs.yml
docs_dir: {docs}
site_dir: {site}
theme:
  custom_dir: {root}/overrides
"""


DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def drop_caches() -> bool:
    """Start each timed step with an empty page cache, where we may (root on Linux).

    On this machine creating a file gets several times slower as the page
    cache fills (10 000 small files: 0.4 s after dropping it, 3-4 s with a few
    GB cached), so without this a step's time depended on what ran before it."""
    try:
        os.sync()
        DROP_CACHES.write_text("3\n")
        return True
    except OSError:
        return False


def tree_rss_kb(pid: int) -> int:
    """Memory of a process and every process under it, in KB (Linux /proc): each one's
    proportional share (Pss), so pages a forked worker shares with its parent count once."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo += children.get(p, [])
        try:
            with open(f"/proc/{p}/smaps_rollup", encoding="ascii", errors="replace") as f:
                total += next((int(line.split()[1]) for line in f if line.startswith("Pss:")), 0)
        except OSError:
            pass
    return total


def timed(cmd: list[str], env: dict | None = None) -> tuple[float, int, str]:
    """(seconds, peak RSS in MB, stderr) for one command.  The peak is the most the
    command and its worker processes held at once (sampled every 0.2 s), or the
    command's own peak if that is more."""
    import threading

    drop_caches()
    t = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                         env=dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000", **(env or {})))
    peak, done = [0], threading.Event()

    def sample():
        while not done.wait(0.2):
            peak[0] = max(peak[0], tree_rss_kb(p.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    done.set()
    sampler.join()
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode:
        raise SystemExit(f"{' '.join(cmd[:4])}... failed:\n{err[-2000:]}")
    return time.perf_counter() - t, max(peak[0], usage.ru_maxrss) // 1024, err


def kb_by_kind(site: Path, n: int) -> dict[str, float]:
    """The site's bytes per article, by its top folder (articles, sources, regions,
    pagefind, data …; the pages at the top together as "top"), largest first."""
    kinds = {d.name: size_of(d) for d in site.iterdir() if d.is_dir()}
    kinds["top"] = sum(f.stat().st_size for f in site.iterdir() if f.is_file())
    return {k: round(v / n / 1e3, 2) for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])}


def size_of(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.exists() else 0


def parse_rate(pages: list[Path], catalog: Path, jobs: int) -> float:
    """MB/s of parse+tag, in process (no start-up), over the whole corpus."""
    from .catalog import load_catalog
    from .runner import parse_pages

    records, _ = load_catalog(catalog)
    size = sum(p.stat().st_size for p in pages)
    from .extract.gazetteer import load
    load()
    # Start-up is not parsing: the first page pays for the tables, patterns, dictionary and
    # model every later one reuses (about 0.5 s, an eighth of the 360 real-layout pages' time).
    for _ in parse_pages(pages[:1], records, jobs=1):
        pass
    t = time.perf_counter()
    for _ in parse_pages(pages, records, jobs=jobs):
        pass
    return size / 1e6 / (time.perf_counter() - t)


CORPUS = ROOT.parent / "shared" / "corpus" / "rmrb-2019.jsonl"


def real_parse_rates(out: Path, per_layout: int = 60) -> dict:
    """Parse+tag MB/s over pages composed from real articles (every layout, some
    in GB18030, half without a catalogue record), where ../shared/corpus is at hand.
    The synthetic corpus above recombines a few seed paragraphs, and reads faster."""
    if not CORPUS.exists():
        return {}
    from .compose import compose, write

    pages = compose(CORPUS, per_layout, seed=11, split="all")
    write(pages, out)
    files = sorted((out / "pages").glob("*.txt"))
    catalog = out / "catalog.yml"
    return {"real_pages": len(files), "real_mb": round(sum(f.stat().st_size for f in files) / 1e6, 2),
            "real_parse_mb_s_1core": round(parse_rate(files, catalog, 1), 2),
            "real_parse_mb_s_all_cores": round(parse_rate(files, catalog, os.cpu_count() or 1), 2)}


def search_probe(site: Path, query: str, runs: int = 3) -> dict:
    """First-result time and bytes for the page plus one query, with the shared
    harness: `runs` fresh browsers, the median and every run reported (one cold
    run swings by ±50 ms on this machine)."""
    harness = ROOT.parent / "shared" / "eval" / "search_eval.py"
    if not harness.exists() or not Path("/usr/bin/chromium").exists():
        return {}
    q = site.parent / "probe-queries.yml"
    q.write_text(yaml.safe_dump({"queries": [query]}, allow_unicode=True), encoding="utf-8")
    os.sync()                                 # no writeback of the build under the browser
    times, sizes, returned = [], [], []
    for _ in range(runs):
        res = subprocess.run([sys.executable, str(harness), "--site", str(site), "--queries", str(q), "--json"],
                             capture_output=True, text=True, timeout=600)
        if res.returncode:
            return {"error": res.stderr[-300:]}
        d = json.loads(res.stdout)
        times.append(d["first_result_ms_mean"])
        sizes.append(d["bytes_transferred"])
        returned.append(d["per_query"][query]["returned"])
    shown = sorted(t for t in times if t is not None)
    return {"query": query, "first_result_ms": round(shown[len(shown) // 2]) if len(shown) == runs else None,
            "first_result_ms_runs": [t and round(t) for t in times], "bytes": sorted(sizes)[len(sizes) // 2],
            "returned": min(returned)}


TYPED = """(q) => new Promise((resolve) => {
  const root = document.getElementById("archive-search");
  const list = root.querySelector(".archive-results");
  const input = root.querySelector("input[name=q]");
  const t0 = performance.now();
  // The first result for q: a result whose highlighted excerpt is q.
  const seen = () => [...list.querySelectorAll(".archive-excerpt mark")].some((m) => m.textContent === q);
  const obs = new MutationObserver(() => { if (seen()) { obs.disconnect(); resolve(performance.now() - t0); } });
  obs.observe(list, { childList: true, subtree: true });
  input.value = q;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  setTimeout(() => { obs.disconnect(); resolve(null); }, 10000);
})"""


def typed_probe(site: Path, queries: list[str]) -> dict:
    """Milliseconds from a query typed into the loaded search page to its first
    result (the page's own clock, input debounce included), each query after
    the previous one has finished."""
    if not Path("/usr/bin/chromium").exists():
        return {}
    from playwright.sync_api import sync_playwright

    from .publish.local import CHROMIUM, serving

    out: dict = {}
    with serving(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        page = browser.new_page()
        page.goto(base + "search/")
        page.wait_for_timeout(1500)                   # the reader starts typing
        for q in queries:
            ms = page.evaluate(TYPED, q)
            out[q] = ms and round(ms)
            page.wait_for_selector("#archive-search[aria-busy=false]", timeout=30000)
        browser.close()
    return out


FINISHED = """() => new Promise((resolve) => {
  const root = document.getElementById("archive-search");
  const check = () => root.getAttribute("aria-busy") === "false" ? resolve(performance.now()) : setTimeout(check, 10);
  check();
})"""


def typed_complete_probe(site: Path, queries: list[str], runs: int = 5) -> dict:
    """For each query, `runs` fresh browsers: the search page loaded, the query typed,
    ms to its first result and to the search finished (every shard answered, facets
    counted), and bytes fetched from typing to the finish; medians and every run."""
    if not Path("/usr/bin/chromium").exists():
        return {}
    from playwright.sync_api import sync_playwright

    from .publish.local import CHROMIUM, serving

    out: dict = {}
    with serving(site) as base, sync_playwright() as p:
        for q in queries:
            firsts, finishes, sizes = [], [], []
            for _ in range(runs):
                browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
                page = browser.new_page()
                page.goto(base + "search/")
                page.wait_for_timeout(1500)                   # the reader starts typing
                fetched: list[int] = []
                page.context.on("requestfinished", lambda r: fetched.append(r.sizes()["responseBodySize"]))
                t0 = page.evaluate("performance.now()")
                firsts.append(page.evaluate(TYPED, q))
                finishes.append(page.evaluate(FINISHED) - t0)
                sizes.append(sum(fetched))
                browser.close()
            shown = [f for f in firsts if f is not None]
            out[q] = {"first_result_ms": round(statistics.median(shown)) if len(shown) == runs else None,
                      "first_result_ms_runs": [f and round(f) for f in firsts],
                      "finished_ms": round(statistics.median(finishes)),
                      "finished_ms_runs": [round(f) for f in finishes], "bytes": statistics.median(sizes)}
    return out


# The page's own clock at its first result: read afterwards, because a poll from
# outside waits for the page's thread, which is busy just then (more results, the
# older shards): polled, a cold search of 10 000 articles read 1.1-2.2 s for a
# result the page showed at 0.8 s.
FIRST_RESULT = """window.__archiveFirst = null; window.__archiveDone = null;
new MutationObserver(() => {
  const now = performance.timeOrigin + performance.now();
  if (window.__archiveFirst === null && document.querySelector('[data-search-result]')) window.__archiveFirst = now;
  const root = document.getElementById('archive-search');
  if (window.__archiveFirst !== null && root && root.getAttribute('aria-busy') === 'false') window.__archiveDone = window.__archiveDone || now;
}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });"""


def _search_address(p, base: str, address: str, finished: bool = False) -> tuple[float, float | None, int, int]:
    """One fresh browser opening base + address: ms from navigation to the first result,
    to the search finished (if asked: every shard answered, facets counted), bytes
    received by the first result and by the end (the page's and its workers')."""
    from .publish.local import CHROMIUM

    browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
    page = browser.new_page()
    page.add_init_script(FIRST_RESULT)
    fetched = []
    page.context.on("requestfinished", lambda r: fetched.append(r))
    page.goto(base + address, wait_until="commit")
    page.wait_for_function("window.__archiveFirst !== null", timeout=60000)
    if finished:
        page.wait_for_function("window.__archiveDone !== null", timeout=300000)
    origin, first, done = page.evaluate("[performance.timeOrigin, window.__archiveFirst, window.__archiveDone]")
    by_first = by_end = 0
    for r in fetched:
        timing, size = r.timing, r.sizes()["responseBodySize"]
        end = timing["startTime"] + timing["responseEnd"]
        by_end += size if not finished or end <= done else 0
        by_first += size if end <= first else 0
    browser.close()
    return first - origin, (done - origin) if finished else None, by_first, by_end


def address_probe(site: Path, addresses: list[str], runs: int = 3) -> dict:
    """For search addresses (with sort and filters): ms from navigation to the first
    result, and bytes received by then, each in a fresh browser; the median of `runs`."""
    if not Path("/usr/bin/chromium").exists():
        return {}
    from playwright.sync_api import sync_playwright

    from .publish.local import serving

    out: dict = {}
    with serving(site) as base, sync_playwright() as p:
        for address in addresses:
            got = [_search_address(p, base, address) for _ in range(runs)]
            out[address] = {"first_result_ms": round(statistics.median(g[0] for g in got)),
                            "bytes": statistics.median(g[2] for g in got)}
    return out


def complete_probe(site: Path, queries: list[str], runs: int = 3) -> dict:
    """For each query typed into the address (search/?q=…), in a fresh browser: ms
    from navigation to the first result, and to the search finished (every shard
    has answered, facets counted), and bytes fetched by then; the median of `runs`."""
    if not Path("/usr/bin/chromium").exists():
        return {}
    from urllib.parse import quote

    from playwright.sync_api import sync_playwright

    from .publish.local import serving

    out: dict = {}
    with serving(site) as base, sync_playwright() as p:
        for q in queries:
            got = [_search_address(p, base, "search/?q=" + quote(q), finished=True) for _ in range(runs)]
            out[q] = {"first_result_ms": round(statistics.median(g[0] for g in got)),
                      "complete_ms": round(statistics.median(g[1] for g in got)),
                      "complete_ms_runs": [round(g[1]) for g in got], "bytes": statistics.median(g[3] for g in got)}
    return out


def busiest_older_year(site: Path) -> str:
    """The year most articles carry, the newest year excepted: a search narrowed to it
    reads older, larger shards than the newest."""
    from .export import read_jsonl

    records = read_jsonl((site / "data" / "articles.jsonl").read_text(encoding="utf-8"))
    years = Counter((d.get("date") or "")[:4] for d in records)
    newest = max((y for y in years if y), default="")
    return max((y for y in years if y and y != newest), key=lambda y: (years[y], y), default=newest)


def rare_query(corpus: Path) -> str:
    """A place a few dozen articles of the synthetic corpus name: the first page's first county."""
    text = (corpus / "p000000.txt").read_text(encoding="utf-8").replace("\n", "")
    return re.search(r"近日，(\S+?)召开", text).group(1)


def bench_parts(n: int, count: int, out: Path, search: bool) -> dict:
    """The archive past one site: the synthetic corpus of n articles planned into
    `count` parts (runs of months), each built as `make part` builds it (generation,
    MkDocs in shares, search index), then the root; time, peak memory and size
    per part, and the root's search across them all."""
    work = out / f"parts-n{n}"
    if work.exists():
        shutil.rmtree(work)
    corpus = work / "pages"
    npages, nbytes = write_corpus(n, corpus, seed=n)
    catalog, plan, site = corpus / "catalog.yml", work / "parts.yml", work / "site"
    py = sys.executable
    root_url = "http://127.0.0.1:8000/"
    r: dict = {"articles": n, "pages": npages, "corpus_mb": round(nbytes / 1e6, 2), "count": count, "parts": []}
    plan_s, _, _ = timed([py, "-m", "generator", "parts", "plan", "--count", str(count), "--catalog", str(catalog),
                          "--out", str(plan), str(corpus)])
    r["plan_s"] = round(plan_s, 1)
    from .parts.plan import load_plan

    planned = load_plan(plan)
    for part in planned.parts:
        docs, part_site = work / "docs" / part.name, site / "parts" / part.name
        env = {"SITE_URL": root_url + planned.address(part)}
        gen_s, gen_rss, err = timed([py, "-m", "generator", "build", "--parts", str(plan), "--part", part.name,
                                     "--catalog", str(catalog), "--docs", str(docs), "--cache", str(work / "cache"),
                                     str(corpus)], env)
        articles = int(re.search(r"(\d+) articles from", err).group(1))
        shares = max(4, articles // 12500)
        mk_s, mk_rss, _ = timed([py, "-m", "generator", "site", "--docs", str(docs), "--site", str(part_site),
                                 "--shares", str(shares)], env)
        ix_s, ix_rss, _ = timed([py, "-m", "generator", "index", "--site", str(part_site)])
        r["parts"].append({"name": part.name, "months": f"{part.first}–{part.last}", "articles": articles,
                           "generation_s": round(gen_s, 1), "mkdocs_s": round(mk_s, 1), "index_s": round(ix_s, 1),
                           "build_s": round(gen_s + mk_s + ix_s, 1), "peak_rss_mb": max(gen_rss, mk_rss, ix_rss),
                           "site_mb": round(size_of(part_site) / 1e6, 1),
                           "site_kb_per_article": round(size_of(part_site) / max(1, articles) / 1e3, 1)})
    root_s, root_rss, _ = timed([py, "-m", "generator", "parts", "root", "--parts", str(plan), "--site", str(site)],
                                {"SITE_URL": root_url})
    parts = r["parts"]
    r.update(root_s=round(root_s, 1), root_mb=round((size_of(site) - size_of(site / "parts")) / 1e6, 2),
             all_parts_s=round(sum(x["build_s"] for x in parts) + plan_s + root_s, 1),
             slowest_part_s=max(x["build_s"] for x in parts), site_mb=round(size_of(site) / 1e6, 1),
             largest_part_mb=max(x["site_mb"] for x in parts), peak_rss_mb=max(x["peak_rss_mb"] for x in parts))
    if search:
        queries = ["疫情防控", rare_query(corpus)]
        r["search"] = complete_probe(site, queries)
        r["search_typed"] = typed_complete_probe(site, queries)
    return r


def bench_size(n: int, out: Path, search: bool) -> dict:
    work = out / f"n{n}"
    if work.exists():
        shutil.rmtree(work)
    corpus = work / "pages"
    npages, nbytes = write_corpus(n, corpus, seed=n)
    pages = sorted(corpus.glob("p*.txt"))
    catalog = corpus / "catalog.yml"
    py = sys.executable
    r: dict = {"articles": n, "pages": npages, "corpus_mb": round(nbytes / 1e6, 2),
               "page_cache_dropped_per_step": drop_caches()}
    r["parse_mb_s_1core"] = round(parse_rate(pages, catalog, 1), 2)
    r["parse_mb_s_all_cores"] = round(parse_rate(pages, catalog, os.cpu_count() or 1), 2)
    r.update(real_parse_rates(work / "real"))

    docs, site, cache = work / "docs", work / "site", work / "cache"
    gen_s, gen_rss, _ = timed([py, "-m", "generator", "build", "--catalog", str(catalog), "--docs", str(docs),
                               "--cache", str(cache), *map(str, pages)])
    cfg = work / "mkdocs.yml"
    cfg.write_text(OUR_CONFIG.format(root=ROOT, docs=docs, site=site), encoding="utf-8")
    # `generator site`: mkdocs build --strict, then the HTML squeezed (as `make site` does).
    # In shares (one process each, all cores): a share of MkDocs' memory, the same bytes.
    shares = max(4, n // 12500)
    mk_s, mk_rss, _ = timed([py, "-m", "generator", "site", "-f", str(cfg), "--shares", str(shares)])
    ix_s, ix_rss, _ = timed([py, "-m", "generator", "index", "--site", str(site)])
    floor_site = work / "floor-site"
    fcfg = work / "floor.yml"
    (work / "no-overrides").mkdir(exist_ok=True)
    fcfg.write_text(FLOOR_CONFIG.format(root=ROOT, docs=docs, site=floor_site, empty=work / "no-overrides"),
                    encoding="utf-8")
    floor_s, floor_rss, _ = timed([py, "-m", "mkdocs", "build", "-q", "-f", str(fcfg)])
    r.update(generation_s=round(gen_s, 1), mkdocs_s=round(mk_s, 1), mkdocs_shares=shares, index_s=round(ix_s, 1),
             full_build_s=round(gen_s + mk_s + ix_s, 1), floor_s=round(floor_s, 1),
             generation_over_floor=round(gen_s / floor_s, 3), full_over_floor=round((gen_s + mk_s + ix_s) / floor_s, 3),
             site_mb=round(size_of(site) / 1e6, 1), pagefind_mb=round(size_of(site / "pagefind") / 1e6, 2),
             site_kb_per_article=round(size_of(site) / n / 1e3, 1),
             article_pages_kb_per_article=round(size_of(site / "articles") / n / 1e3, 1),
             site_kb_per_article_by_kind=kb_by_kind(site, n),
             material_index_mb=round(size_of(floor_site / "search") / 1e6, 2),
             docs_files=sum(1 for _ in docs.rglob("*.md")),
             peak_rss_mb=max(gen_rss, mk_rss, ix_rss), floor_peak_rss_mb=floor_rss)
    # Incremental: one more page into the same docs, with the parse cache.
    extra = work / "extra"
    write_corpus(8, extra, seed=n + 1)
    new = corpus / "p999999.txt"
    shutil.copy(extra / "p000000.txt", new)
    cat = yaml.safe_load(catalog.read_text(encoding="utf-8"))
    cat[new.name] = yaml.safe_load((extra / "catalog.yml").read_text(encoding="utf-8"))["p000000.txt"]
    catalog.write_text(yaml.safe_dump(cat, allow_unicode=True, sort_keys=True), encoding="utf-8")
    build = [py, "-m", "generator", "build", "--catalog", str(catalog), "--docs", str(docs), "--cache", str(cache)]
    runs = []
    cached = {f for f in cache.rglob("*") if f.is_file()}
    for i in range(5):      # one run swings by a tenth on this machine: the median of five
        if i:               # take the page out again (itself a rebuild, so the docs' state is as a user's),
            timed(build + [str(p) for p in pages])
            for f in cache.rglob("*.rec"):      # and forget its parse: each run reads a page never seen
                if f not in cached:
                    f.unlink()
        inc_s, _, err = timed(build + [str(p) for p in pages + [new]])
        runs.append(inc_s)
    inc_s = statistics.median(runs)
    r.update(incremental_s=round(inc_s, 2), incremental_runs_s=[round(x, 2) for x in runs],
             incremental_over_full_generation=round(inc_s / gen_s, 3),
             incremental_files_written=int(re.search(r"(\d+) files written", err).group(1)))
    if search:
        r["search_pagefind"] = search_probe(site, "疫情防控")
        r["search_material"] = search_probe(floor_site, "疫情防控", runs=1)   # no result in 10 s at 10 000
        r["search_typed_ms"] = typed_probe(site, ["疫情防控", "政协委员", "石嘴山", "乡村振兴", "党员突击队"])
        r["search_addresses"] = address_probe(site, ["search/?q=疫情防控", "search/?q=疫情防控&sort=date",
                                                     "search/?q=疫情防控&sort=date&kind=news",
                                                     f"search/?q=疫情防控&sort=date&year={busiest_older_year(site)}"])
    return r


COLUMNS = [("articles", "articles"), ("corpus_mb", "corpus MB"), ("parse_mb_s_1core", "parse MB/s 1 core"),
           ("parse_mb_s_all_cores", "parse MB/s all"), ("real_parse_mb_s_1core", "real pages MB/s 1 core"),
           ("real_parse_mb_s_all_cores", "real pages MB/s all"), ("generation_s", "generation s"), ("mkdocs_s", "mkdocs s"),
           ("index_s", "search index s"), ("full_build_s", "full build s"), ("floor_s", "floor s"),
           ("generation_over_floor", "gen/floor"), ("full_over_floor", "full/floor"),
           ("incremental_s", "incremental s"), ("incremental_over_full_generation", "incr/gen"),
           ("site_mb", "site MB"), ("site_kb_per_article", "site KB/article"),
           ("article_pages_kb_per_article", "article pages KB/article"), ("pagefind_mb", "Pagefind MB"), ("material_index_mb", "Material index MB"),
           ("peak_rss_mb", "peak RSS MB")]


def table(rows: list[dict]) -> str:
    out = ["| " + " | ".join(h for _, h in COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for r in rows:
        out.append("| " + " | ".join(str(r.get(k, "")) for k, _ in COLUMNS) + " |")
    for r in rows:
        for key in ("search_pagefind", "search_material", "search_typed_ms", "search_addresses"):
            if r.get(key):
                out.append(f"\n{r['articles']} articles, {key}: {r[key]}")
    return "\n".join(out)


@click.group()
def main():
    """Synthetic corpora and the archive's benchmark."""


@main.command()
@click.option("--out", type=click.Path(path_type=Path), default=Path("bench-out/real"), show_default=True)
@click.option("--per-layout", type=int, default=60, show_default=True)
def parse(out, per_layout):
    """Parse+tag speed over pages composed from real articles (../shared/corpus)."""
    r = real_parse_rates(out.resolve(), per_layout)
    click.echo(json.dumps(r, ensure_ascii=False) if r else f"no corpus at {CORPUS}")


@main.command()
@click.option("--articles", type=int, required=True)
@click.option("--seed", type=int, default=1, show_default=True)
@click.option("--out", type=click.Path(path_type=Path), required=True)
def corpus(articles, seed, out):
    """Write a synthetic corpus of about ARTICLES articles and its catalogue."""
    n, size = write_corpus(articles, out, seed)
    click.echo(f"{n} pages, {size / 1e6:.1f} MB in {out}")


@main.command()
@click.option("--sizes", type=int, multiple=True, default=(1000, 10000), show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=Path("bench-out"), show_default=True)
@click.option("--search/--no-search", default=True, help="Also time a query in Chromium (both searches).")
def run(sizes, out, search):
    """Benchmark parse, generation, the full build and the plain-MkDocs floor."""
    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in sizes:
        click.echo(f"benchmarking {n} articles ...", err=True)
        rows.append(bench_size(n, out, search))
        (out / "bench.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    text = table(rows)
    (out / "bench.md").write_text(text + "\n", encoding="utf-8")
    click.echo(text)


@main.command()
@click.option("--articles", type=int, default=100000, show_default=True)
@click.option("--count", type=int, default=4, show_default=True, help="Parts to cut the archive into.")
@click.option("--out", type=click.Path(path_type=Path), default=Path("bench-out"), show_default=True)
@click.option("--search/--no-search", default=True, help="Also time the root's search in Chromium.")
def parts(articles, count, out, search):
    """Benchmark the archive built as parts and a root (generator/parts): per part and in all."""
    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    row = bench_parts(articles, count, out, search)
    (out / f"parts-{articles}.json").write_text(json.dumps(row, ensure_ascii=False, indent=1), encoding="utf-8")
    click.echo(json.dumps(row, ensure_ascii=False, indent=1))


@main.command()
@click.option("--site", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True)
@click.option("--runs", type=int, default=5, show_default=True)
@click.argument("queries", nargs=-1, required=True)
def search(site, runs, queries):
    """Time QUERIES on a built site (a part's or the root's), fresh browsers: opened
    from the address and typed into the loaded page, each to its first result and finish."""
    row = {"navigation": complete_probe(site, list(queries), runs), "typed": typed_complete_probe(site, list(queries), runs)}
    click.echo(json.dumps(row, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
