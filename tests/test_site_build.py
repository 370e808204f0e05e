"""The built site's HTML squeezed (indentation out): smaller, and the same to a reader."""
import shutil

from conftest import ARGS, CHROMIUM, SEED_PORT, need_browser, serving
from generator.publish.site_build import squeeze_html, squeeze_site


def test_indentation_goes_and_verbatim_elements_stay():
    html = ('<div>\n    <p>石嘴山  市</p>\n\n    <pre>  一\n    二</pre>\n'
            '<script>\n  if (a) {\n    b();\n  }\n</script>\n  <textarea>\n x </textarea>\n</div>\n')
    small = squeeze_html(html)
    assert small == ('<div>\n<p>石嘴山  市</p>\n<pre>  一\n    二</pre>\n'
                     '<script>\n  if (a) {\n    b();\n  }\n</script>\n<textarea>\n x </textarea>\n</div>\n')
    assert squeeze_html(small) == small


def test_a_squeezed_page_reads_and_looks_the_same(seed_site, tmp_path):
    need_browser()
    from playwright.sync_api import sync_playwright

    docs, site, records = seed_site
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    pages, before, after = squeeze_site(copy)
    assert pages > 50 and after < 0.9 * before
    rec = next(r for r in records if r["kind"] == "news")
    paths = [f"articles/{rec['id']}/", "dates/2021-11/", "regions/640000/", "sources/"]
    with serving(site) as plain, serving(copy) as squeezed, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        # What a reader gets: the text, and where every block and link is laid out.
        layout = """() => [document.body.innerText, document.documentElement.scrollHeight,
            [...document.querySelectorAll('.md-content p, .md-content li, .md-content a, h1, h2, h3, td')]
              .map(e => { const r = e.getBoundingClientRect(); return [e.tagName, r.x, r.y, r.width, r.height]; })]"""
        for path in paths:
            seen = []
            for base in (plain, squeezed):
                page.goto(base + path, wait_until="networkidle")
                seen.append(page.evaluate(layout))
            assert seen[0] == seen[1], path
        browser.close()


def site_command(cfg, site, *extra, site_url=None):
    import os
    import subprocess
    import sys

    from conftest import ROOT

    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000")
    if site_url:
        env["SITE_URL"] = site_url
    return subprocess.run([sys.executable, "-m", "generator", "site", "-f", str(cfg), "--site", str(site), *extra],
                          cwd=ROOT, capture_output=True, text=True, env=env)


def files_of(site):
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_a_site_built_in_shares_is_the_same_bytes_as_one_build(seed_site, tmp_path):
    docs, site, records = seed_site
    cfg = docs.parent / "mkdocs.yml"
    one, shared = tmp_path / "one", tmp_path / "shared"
    assert site_command(cfg, one).returncode == 0
    res = site_command(cfg, shared, "--shares", "3", "--jobs", "2")
    assert res.returncode == 0, res.stderr
    assert "3 shares" in res.stderr
    a, b = files_of(one), files_of(shared)
    assert len(a) > 100 and a.keys() == b.keys()
    assert [k for k in a if a[k] != b[k]] == []
    # One build squeezes each page as it writes it, as the shares do: no page is left unsqueezed.
    html = {k: v.decode("utf-8") for k, v in a.items() if k.endswith(".html")}
    assert len(html) > 50 and [k for k, v in html.items() if squeeze_html(v) != v] == []


def test_the_site_command_writes_what_plain_mkdocs_writes_squeezed(seed_site, tmp_path):
    """The archive's own build (front matter read without YAML, the shares forked, each
    page squeezed as it is written) writes what a plain `mkdocs build --strict` writes,
    squeezed, byte for byte."""
    docs, site, records = seed_site
    plain, ours = tmp_path / "plain", tmp_path / "ours"
    shutil.copytree(site, plain)
    squeeze_site(plain)
    res = site_command(docs.parent / "mkdocs.yml", ours, "--shares", "3", "--jobs", "2",
                       site_url=f"http://127.0.0.1:{SEED_PORT}/")
    assert res.returncode == 0, res.stderr
    a, b = files_of(ours), files_of(plain)          # (the plain site also holds the search index)
    assert len(a) > 100 and a.keys() <= b.keys()
    assert [k for k in a if a[k] != b[k]] == []


def test_the_shares_list_the_docs_folder_once_and_fork_from_there(seed_site, tmp_path, monkeypatch):
    """Listing the docs folder and making a page object for every file is most of a
    share's fixed cost at 100 000 articles: it is done once, in the process that forks
    the shares, not once a share."""
    import os

    import mkdocs.commands.build as mkdocs_build

    from generator.publish.site_build import build_shared

    docs, site, records = seed_site
    listed = tmp_path / "listed"
    real = mkdocs_build.get_files

    def get_files(config):
        with open(listed, "a") as f:
            f.write(f"{os.getpid()}\n")
        return real(config)

    monkeypatch.setattr(mkdocs_build, "get_files", get_files)
    built, pages, before, after = build_shared(docs.parent / "mkdocs.yml", tmp_path / "site", shares=3, jobs=2)
    assert listed.read_text().split() == [str(os.getpid())]
    # …and the three shares still wrote every page between them.
    assert pages == len(list(built.rglob("*.html"))) > 50 and after < before


def test_the_shares_wait_for_their_own_processes_alone(seed_site, tmp_path):
    """A caller may have children of its own (a test runner's browser, a server): one
    that has ended is not taken for a share, and is left for its parent to wait for."""
    import os
    import subprocess
    import sys

    from generator.publish.site_build import build_shared

    docs, site, records = seed_site
    other = subprocess.Popen([sys.executable, "-c", "pass"])
    os.waitid(os.P_PID, other.pid, os.WEXITED | os.WNOWAIT)      # ended, not yet waited for
    built, pages, before, after = build_shared(docs.parent / "mkdocs.yml", tmp_path / "site", shares=3, jobs=2)
    assert pages == len(list(built.rglob("*.html"))) > 50
    assert other.wait(timeout=5) == 0 and other.returncode == 0


def test_a_warning_in_any_share_fails_the_strict_build_and_says_so(seed_site, tmp_path):
    docs, site, records = seed_site
    copy = tmp_path / "docs"
    shutil.copytree(docs, copy)
    (copy / "broken.md").write_text("# 断链\n\n[不存在的页面](nowhere.md)\n", encoding="utf-8")
    cfg = tmp_path / "mkdocs.yml"
    cfg.write_text(docs.parent.joinpath("mkdocs.yml").read_text(encoding="utf-8").replace(f"docs_dir: {docs}", f"docs_dir: {copy}"),
                   encoding="utf-8")
    res = site_command(cfg, tmp_path / "shared", "--shares", "3", "--jobs", "2")
    assert res.returncode != 0
    assert "error: mkdocs:" in res.stderr and "nowhere.md" in res.stderr and "strict mode" in res.stderr
