"""Write the docs tree: every page, the raw source pages and static assets.

Only files whose bytes change are rewritten and files no longer produced are
removed, so a rebuild after adding one page touches only what it must, and
two builds of the same input leave identical trees.
"""
from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

from ..records import Article, CatalogRecord
from . import urls
from .exports import data_files
from .feed import atom
from .pages import all_pages
from .reports import downloads_page, monthly_svg, quality_page, regions_svg, stats_page
from .structure import Archive

MANAGED = ("index.md", "feed.xml", "articles", "dates", "regions", "agencies", "sources", "assets", "search",
           "data", "stats", "quality")


def static_files() -> dict[str, bytes]:
    root = resources.files("generator") / "render" / "static"
    out: dict[str, bytes] = {}

    def walk(node, prefix: str):
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.is_dir():
                walk(child, f"{prefix}{child.name}/")
            else:
                out[f"{prefix}{child.name}"] = child.read_bytes()
    walk(root, "")
    return out


DEFAULT_SITE_URL = "http://127.0.0.1:8000/"


def render(records: list[Article], catalog: dict[str, CatalogRecord],
           raw_pages: dict[str, Path], site_url: str = DEFAULT_SITE_URL) -> dict[str, bytes | Path]:
    """Everything the docs folder should hold, as path -> bytes (or the source file to copy:
    raw pages are copied, never held in memory beside their parsed text)."""
    arch = Archive.build(records, catalog)
    files = {path: text.encode("utf-8") for path, text in all_pages(arch)}
    files.update(data_files(arch, records))
    files["feed.xml"] = atom(arch, site_url)
    files["stats/monthly.svg"] = monthly_svg(arch)
    files["stats/regions.svg"] = regions_svg(arch)
    for path, text in (stats_page(arch), quality_page(arch), downloads_page(files)):
        files[path] = text.encode("utf-8")
    for name, source in sorted(raw_pages.items()):
        files[urls.raw_source(name)] = source
    files.update(static_files())
    return files


def same(target: Path, data: bytes | Path) -> bool:
    if not target.is_file():
        return False
    if isinstance(data, Path):
        return target.stat().st_size == data.stat().st_size and target.read_bytes() == data.read_bytes()
    return target.stat().st_size == len(data) and target.read_bytes() == data


def write_tree(files: dict[str, bytes | Path], docs: Path) -> tuple[int, int]:
    """(written, removed).  Leaves files outside the managed folders alone."""
    docs.mkdir(parents=True, exist_ok=True)
    written = removed = 0
    for path, data in sorted(files.items()):
        target = docs / path
        if same(target, data):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, Path):
            shutil.copyfile(data, target)
        else:
            target.write_bytes(data)
        written += 1
    for top in MANAGED:
        base = docs / top
        if base.is_file() and top not in files:
            base.unlink()
            removed += 1
        elif base.is_dir():
            for f in sorted(base.rglob("*")):
                rel = f.relative_to(docs).as_posix()
                if f.is_file() and rel not in files:
                    f.unlink()
                    removed += 1
            for d in sorted((p for p in base.rglob("*") if p.is_dir()), reverse=True):
                if not any(d.iterdir()):
                    d.rmdir()
    return written, removed


def clean(docs: Path) -> None:
    for top in MANAGED:
        p = docs / top
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()
