"""Progress: a line rewritten in place on a terminal, one line per stage in a log."""
import io
import os
import pty
import re
import subprocess
import sys
import time

from conftest import ROOT
from generator.progress import Progress, Ticker


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_a_log_gets_one_line_when_the_stage_ends():
    out, clock = io.StringIO(), Clock()
    with Progress("parsing pages", 3, "pages", out, tty=False, clock=clock) as p:
        for _ in range(3):
            clock.now += 0.5
            p.advance()
    assert out.getvalue() == "parsing pages: 3 pages in 1.5 s\n"


def test_the_estimate_ignores_the_start_up_before_the_first_item():
    out, clock = io.StringIO(), Clock()
    p = Progress("parsing pages", 1000, "pages", out, tty=True, clock=clock)
    clock.now = 10.0                     # ten seconds of start-up (workers, dictionary)
    p.advance()
    assert "left" not in p.line(clock.now)        # no estimate from one item
    clock.now = 11.0
    p.advance(100)                       # then 100 pages a second
    assert p.line(clock.now) == "parsing pages: 101/1000 pages, 100/s, 9 s left"
    assert out.getvalue().startswith("\rparsing pages: 1/1000")


def test_a_terminal_sees_the_line_redrawn_and_a_log_sees_no_bar(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(60):
        (pages / f"{n:03d}.txt").write_text(f"第{n}号消息\n\n本报讯 银川市第{n}届农民运动会今天开幕。\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "generator", "build", "--docs", str(tmp_path / "docs"), "--jobs", "1", str(pages)]
    # A pseudo-terminal on stderr: the line is redrawn (\r) with a count out of 60.
    master, slave = pty.openpty()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    assert proc.wait() == 0
    text = seen.decode("utf-8")
    assert "\rparsing pages: " in text and "/60 pages" in text
    assert "parsing pages: 60 pages in " in text
    # A log: no carriage returns, one line for the stage and one for the build.
    res = subprocess.run(cmd + ["--clean"], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert "\r" not in res.stderr
    lines = res.stderr.splitlines()
    assert lines[0].startswith("parsing pages: 60 pages in ")
    assert re.match(r"rendering and writing pages: \d+ files written in [\d.]+ s$", lines[1])
    assert "60 articles from 60 pages" in lines[2] and len(lines) == 3


def test_a_stage_that_cannot_count_ticks_on_a_terminal_and_logs_one_line():
    out = io.StringIO()
    ticker = Ticker("rendering and writing pages", unit="files written", stream=out, tty=True)
    time.sleep(1.2)
    ticker.finish(42)
    text = out.getvalue()
    assert text.count("\rrendering and writing pages: ") >= 3        # two ticks and the final line
    assert re.search(r"\rrendering and writing pages: 42 files written in [1-9]\.\d s\x1b\[K\n$", text)
    log = io.StringIO()
    Ticker("rendering and writing pages", unit="files written", stream=log, tty=False).finish(7)
    assert re.fullmatch(r"rendering and writing pages: 7 files written in 0\.\d s\n", log.getvalue())


def test_the_site_build_reports_both_mkdocs_passes_and_stays_strict(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# 首页\n\n[一](a.md)\n", encoding="utf-8")
    (docs / "a.md").write_text("# 一\n\n正文\n", encoding="utf-8")
    cfg = tmp_path / "mkdocs.yml"
    cfg.write_text(f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: {docs}\nsite_dir: {tmp_path / 'site'}\n"
                   f"theme:\n  custom_dir: {ROOT / 'overrides'}\nnav: [index.md, a.md]\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "generator", "site", "-f", str(cfg)]
    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    lines = res.stderr.splitlines()
    assert lines[0].startswith("mkdocs: reading pages: 2 pages in ")
    assert lines[1].startswith("mkdocs: writing pages: 2 pages in ")
    assert (tmp_path / "site" / "a" / "index.html").exists()
    (docs / "a.md").write_text("# 一\n\n[断链](missing.md)\n", encoding="utf-8")
    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert res.returncode != 0 and "missing.md" in res.stderr and "error: mkdocs" in res.stderr
