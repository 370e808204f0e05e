"""Write the docs tree: every page, the raw source pages and static assets.

Only files whose bytes change are rewritten and files no longer produced are
removed, so a rebuild after adding one page touches only what it must, and
two builds of the same input leave identical trees.
"""
from __future__ import annotations

import hashlib
import json
import os
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
           memo: Memo | None = None, exports: tuple[str, str] | None = None) -> dict[str, bytes | Path | Keep]:
    """Everything the docs folder should hold, as path -> bytes (or the source file to copy:
    raw pages are copied, never held in memory beside their parsed text; or KEEP for a
    page already on disk from the same inputs).  `exports`: the records' JSON Lines
    and CSV rows, when the caller has them (see data_files)."""
    arch = Archive.build(records, catalog)
    files = {path: text if isinstance(text, Keep) else text.encode("utf-8") for path, text in all_pages(arch, memo)}
    files.update(data_files(arch, records, exports))
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
    """What identifies a file's content: a hash of bytes; for a file we copy (a raw
    page), its size and modification time, so it is not read on every build."""
    if isinstance(data, Path):
        st = data.stat()
        return f"copy:{st.st_size}:{st.st_mtime_ns}"
    return hashlib.sha1(data).hexdigest()


def previous_keys(docs: Path) -> dict[str, str]:
    """Input keys of the pages the last build wrote, for those still on disk (one
    directory listing per folder, not a stat per page)."""
    keys = read_manifest(docs).get("keys", {})
    present: set[str] = set()
    for folder in {p.rpartition("/")[0] for p in keys}:
        try:
            with os.scandir(docs / folder) as it:
                present.update(f"{folder}/{e.name}" if folder else e.name for e in it if e.is_file())
        except OSError:
            pass
    return {p: k for p, k in keys.items() if p in present}


def read_manifest(docs: Path) -> dict:
    try:
        return json.loads((docs / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write_tree(files: dict[str, bytes | Path | Keep], docs: Path, keys: dict[str, str] | None = None) -> tuple[int, int]:
    """(written, removed).  Compares against the manifest of the last write, so an
    unchanged file is neither read nor rewritten, and removes the files the
    last write made that are no longer produced; without a manifest (first
    build into a folder) it sweeps the managed folders.  Files outside the
    managed folders are left alone."""
    docs.mkdir(parents=True, exist_ok=True)
    manifest_path = docs / MANIFEST
    manifest = read_manifest(docs)
    before = manifest.get("sha", {})
    after: dict[str, str] = {}
    written = removed = 0
    made: set[Path] = set()
    for path, data in sorted(files.items()):
        target = docs / path
        if isinstance(data, Keep):              # on disk from the same inputs (see previous_keys)
            after[path] = before[path]
            continue
        after[path] = digest(data)
        if before.get(path) == after[path] and target.is_file():
            continue
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        if isinstance(data, Path):
            link_or_copy(data, target)
        else:
            target.write_bytes(data)
        written += 1
    if manifest:
        gone = sorted(docs / p for p in before if p not in files)
    else:
        gone = sorted(f for top in MANAGED for f in ([docs / top] if (docs / top).is_file() else (docs / top).rglob("*"))
                      if f.is_file() and f.relative_to(docs).as_posix() not in files)
    for f in gone:
        if f.is_file():
            f.unlink()
            removed += 1
    for d in sorted({f.parent for f in gone}, key=lambda d: len(d.parts), reverse=True):
        while d != docs and d.is_dir() and not any(d.iterdir()):
            d.rmdir()
            d = d.parent
    manifest = {"sha": after, "keys": {p: k for p, k in sorted((keys or {}).items()) if p in files}}
    manifest_path.write_text(json.dumps(manifest, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    return written, removed


def link_or_copy(source: Path, target: Path) -> None:
    """A raw page into the docs: a hard link where the file system allows (no
    second copy of the text to write), else a copy."""
    target.unlink(missing_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def clean(docs: Path) -> None:
    for top in MANAGED:
        p = docs / top
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()
    (docs / MANIFEST).unlink(missing_ok=True)
