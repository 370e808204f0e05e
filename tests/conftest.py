import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
SEEDS = ROOT / "seeds"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
from generator.publish.local import CHROMIUM_ARGS as ARGS, serving  # noqa: E402  (after the path is set)


@pytest.fixture(scope="session")
def seed_pages():
    return sorted(SEEDS.glob("*.txt"))


def need_browser():
    """Skip browser tests where Chromium is missing, unless CI demands them."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(f"REQUIRE_BROWSER is set but {CHROMIUM} is missing (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")


def build_site(pages, out, catalog=None, site_url=None, shard_size=None, corrections=None):
    """Generate docs and run `mkdocs build --strict` into out/; return (docs, site, records)."""
    import json
    import subprocess

    docs, site = out / "docs", out / "site"
    out.mkdir(parents=True, exist_ok=True)
    cfg = out / "mkdocs.yml"
    cfg.write_text(f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: {docs}\nsite_dir: {site}\n"
                   f"theme:\n  custom_dir: {ROOT / 'overrides'}\n", encoding="utf-8")
    cat = ["--catalog", str(catalog)] if catalog else []
    cat += ["--corrections", str(corrections)] if corrections else []
    py = sys.executable
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000")
    env.pop("SITE_URL", None)
    if site_url:
        env["SITE_URL"] = site_url
    res = subprocess.run([py, "-m", "generator", "build", *cat, "--docs", str(docs), *map(str, pages)],
                         cwd=ROOT, capture_output=True, text=True, env=env)
    assert res.returncode == 0, res.stderr
    res = subprocess.run([py, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(cfg)], cwd=ROOT,
                         capture_output=True, text=True, env=env)
    assert res.returncode == 0, res.stderr + res.stdout
    shards = ["--shard-size", str(shard_size)] if shard_size else []
    res = subprocess.run([py, "-m", "generator", "index", "--site", str(site), *shards], cwd=ROOT,
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    # As `make site` ends: the offline copy, zipped where the data page links it.
    res = subprocess.run([py, "-m", "generator", "portable", "--docs", str(docs),
                          "--out", str(out / "portable-copy"), "--zip", str(site / "data" / "archive-portable.zip")],
                         cwd=ROOT, capture_output=True, text=True, env=env)
    assert res.returncode == 0, res.stderr
    parsed = subprocess.run([py, "-m", "generator", "parse", *cat, *map(str, pages)], cwd=ROOT,
                            capture_output=True, text=True)
    records = [json.loads(l) for l in parsed.stdout.splitlines()]
    return docs, site, records


def free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


SEED_PORT = free_port()


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory, seed_pages):
    """The seeds (and a hostile page) built for http://127.0.0.1:SEED_PORT/, where the
    browser tests serve it: Material fetches sitemap.xml from the site's own URL.
    Its search index is cut into small shards (4, 8, ... articles, each within a
    year; undated articles on their own), so that every search test also checks
    that results from all shards are merged."""
    out = tmp_path_factory.mktemp("seed-site")
    return build_site(seed_pages + [ROOT / "tests/pages/hostile.txt"], out, SEEDS / "catalog.yml",
                      site_url=f"http://127.0.0.1:{SEED_PORT}/", shard_size=4)


@pytest.fixture(scope="module")
def browser_page(seed_site):
    need_browser()
    from playwright.sync_api import sync_playwright

    with serving(seed_site[1], SEED_PORT) as base, sync_playwright() as p:
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


