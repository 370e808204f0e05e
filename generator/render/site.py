"""Write the docs tree: every page, the raw source pages and static assets.

Only files whose bytes change are rewritten and files no longer produced are
removed, so a rebuild after adding one page touches only what it must, and
two builds of the same input leave identical trees.
"""
from __future__ import annotations

import hashlib
import json
import shutil
from importlib import resources
from pathlib import Path

from ..records import Article, CatalogRecord
from . import urls
from .exports import data_files
from .memo import Keep, Memo
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
           raw_pages: dict[str, Path], site_url: str = DEFAULT_SITE_URL,
           memo: Memo | None = None) -> dict[str, bytes | Path | Keep]:
    """Everything the docs folder should hold, as path -> bytes (or the source file to copy:
    raw pages are copied, never held in memory beside their parsed text; or KEEP for a
    page already on disk from the same inputs)."""
    arch = Archive.build(records, catalog)
    files = {path: text if isinstance(text, Keep) else text.encode("utf-8") for path, text in all_pages(arch, memo)}
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


MANIFEST = ".archive-manifest.json"     # path -> sha1 of what we last wrote there


def digest(data: bytes | Path) -> str:
    return hashlib.sha1(data.read_bytes() if isinstance(data, Path) else data).hexdigest()


def previous_keys(docs: Path) -> dict[str, str]:
    """Input keys of the pages the last build wrote, for those still on disk."""
    keys = read_manifest(docs).get("keys", {})
    return {p: k for p, k in keys.items() if (docs / p).is_file()}


def read_manifest(docs: Path) -> dict:
    try:
        return json.loads((docs / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write_tree(files: dict[str, bytes | Path | Keep], docs: Path, keys: dict[str, str] | None = None) -> tuple[int, int]:
    """(written, removed).  Compares against the manifest of the last write, so an
    unchanged file is neither read nor rewritten; leaves files outside the
    managed folders alone."""
    docs.mkdir(parents=True, exist_ok=True)
    manifest_path = docs / MANIFEST
    before = read_manifest(docs).get("sha", {})
    after: dict[str, str] = {}
    written = removed = 0
    for path, data in sorted(files.items()):
        target = docs / path
        if isinstance(data, Keep):
            after[path] = before[path]
            continue
        after[path] = digest(data)
        if before.get(path) == after[path] and target.is_file():
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
    manifest = {"sha": after, "keys": {p: k for p, k in sorted((keys or {}).items()) if p in files}}
    manifest_path.write_text(json.dumps(manifest, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    return written, removed


def clean(docs: Path) -> None:
    for top in MANAGED:
        p = docs / top
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()
    (docs / MANIFEST).unlink(missing_ok=True)
