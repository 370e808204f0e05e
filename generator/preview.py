"""`make preview`: the site served while a maintainer edits pages, the catalogue or corrections.

Exists so that an edit is seen in the browser without stopping anything: the
inputs are polled once a second (a stat per file: 20 ms at 10 000 pages, and
no watcher library), a change runs the incremental build (which reads only
the changed pages and rewrites only the pages they touch), and `mkdocs serve
--dirty` notices the rewritten Markdown, re-renders just those files and
reloads the browser.  The search index is not built in preview (`make serve`
builds it).
"""
from __future__ import annotations

import os
from pathlib import Path


def snapshot(paths: list[Path]) -> dict[str, tuple]:
    """What the inputs look like now: every file under the given files and folders, by path."""
    seen: dict[str, tuple] = {}
    for root in paths:
        files = [root] if not root.is_dir() else sorted(p for p in root.rglob("*") if p.is_file())
        for f in files:
            try:
                st = f.stat()
            except OSError:
                continue
            seen[str(f)] = (st.st_size, st.st_mtime_ns, st.st_ino)
    return seen


def changes(before: dict[str, tuple], after: dict[str, tuple]) -> list[str]:
    """The paths added, removed or changed between two snapshots, sorted."""
    return sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))


def watched(pages: list[Path], catalog: Path | None, corrections: Path | None) -> list[Path]:
    return [p for p in [*pages, catalog, corrections] if p is not None]


def mkdocs_serve(config: Path, port: int) -> list[str]:
    import sys
    return [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--no-strict", "-f", str(config),
            "-a", f"127.0.0.1:{port}"]


def environment() -> dict[str, str]:
    return dict(os.environ, NO_MKDOCS_2_WARNING="1")
