"""`make preview`: an edit to a page shows in the served site without restarting anything."""
import signal
import subprocess
import sys
import time
import urllib.request

from conftest import ROOT, free_port
from generator.preview import changes, snapshot


def test_snapshots_name_what_was_added_changed_and_removed(tmp_path):
    (tmp_path / "a.txt").write_text("一", encoding="utf-8")
    (tmp_path / "b.txt").write_text("二", encoding="utf-8")
    before = snapshot([tmp_path])
    (tmp_path / "a.txt").write_text("一二", encoding="utf-8")
    (tmp_path / "b.txt").unlink()
    (tmp_path / "c.txt").write_text("三", encoding="utf-8")
    assert [p.rsplit("/", 1)[1] for p in changes(before, snapshot([tmp_path]))] == ["a.txt", "b.txt", "c.txt"]
    assert changes(before, before) == []


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return r.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url: str, text: str, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if text in fetch(url):
            return True
        time.sleep(0.3)
    return False


def test_a_new_page_is_served_after_it_is_saved(tmp_path):
    pages, docs = tmp_path / "pages", tmp_path / "docs"
    pages.mkdir()
    (pages / "a.md").write_text("# 银川市举办农民运动会\n\n本报讯 银川市今天举办农民运动会。\n", encoding="utf-8")
    cfg = tmp_path / "mkdocs.yml"
    cfg.write_text(f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: {docs}\n"
                   f"theme:\n  custom_dir: {ROOT / 'overrides'}\n", encoding="utf-8")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "generator", "preview", "--docs", str(docs), "-f", str(cfg),
                             "--port", str(port), "--interval", "0.3", str(pages)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert wait_for(f"http://127.0.0.1:{port}/sources/a/", "银川市举办农民运动会", 60)
        (pages / "b.md").write_text("# 吴忠市新建枸杞加工园\n\n本报讯 吴忠市新建枸杞加工园。\n", encoding="utf-8")
        assert wait_for(f"http://127.0.0.1:{port}/sources/b/", "吴忠市新建枸杞加工园", 30)
        assert "b.md" in fetch(f"http://127.0.0.1:{port}/sources/")               # the lists too
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    assert "changed: b.md; rebuilding" in err
