"""Write the docs tree: every page, the raw source pages and static assets.

Only files whose bytes change are rewritten and files no longer produced are
removed, so a rebuild after adding one page touches only what it must, and
two builds of the same input leave identical trees.
"""
from __future__ import annotations

import os
from pathlib import Path

from ...digest import fingerprint
from .exports import Concat

OLD_MANIFEST = ".archive-manifest.json"      # what builds before state.py kept

MANAGED = ("index.md", "feed.xml", "articles", "dates", "regions", "agencies", "sources", "issues", "assets",
           "search", "data", "stats", "quality")


def static_files() -> dict[str, bytes]:
    root = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "static")
    out: dict[str, bytes] = {}
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        rel = os.path.relpath(folder, root).replace(os.sep, "/")
        for name in sorted(files):
            with open(os.path.join(folder, name), "rb") as f:
                out[name if rel == "." else f"{rel}/{name}"] = f.read()
    return dict(sorted(out.items()))


DEFAULT_SITE_URL = "http://127.0.0.1:8000/"


class Keep:
    """Marker for a file whose copy on disk is already current (the rebuild's plan decides)."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = Keep()

Files = dict[str, "bytes | Path | Keep | Concat"]


def encoded(pages: list[tuple[str, str | Keep]]) -> Files:
    return {path: text if isinstance(text, Keep) else text.encode("utf-8") for path, text in pages}


def digest(data: bytes | Path | Concat) -> str | bytes:
    """What identifies a file's content: a hash of bytes; for a file we copy (a raw
    page), its size and modification time, so it is not read on every build."""
    if isinstance(data, Path):
        st = data.stat()
        return f"copy:{st.st_size}:{st.st_mtime_ns}"
    if isinstance(data, Concat):
        return data.digest()
    return fingerprint(data).digest()  # bytes: the state holds twenty thousand of them


def write_files(files: Files, docs: Path, before: dict[str, str]) -> tuple[dict[str, str], int]:
    """(what is where now, number of files written).  `before`: what the last
    build wrote where (state.py), so an unchanged file is neither read nor
    rewritten; KEEP files are as the last build wrote them (see rebuild/plan.py)."""
    docs.mkdir(parents=True, exist_ok=True)
    after: dict[str, str] = {}
    written = 0
    made: set[str] = set()                      # folders made (strings: hashing a Path is slow)
    for path, data in files.items():
        if data is KEEP:
            after[path] = before[path]
            continue
        target = docs / path
        after[path] = digest(data)
        if before.get(path) == after[path] and target.is_file():
            continue
        folder = path.rpartition("/")[0]
        if folder not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(folder)
        if isinstance(data, Path):
            link_or_copy(data, target)
        elif isinstance(data, Concat):
            data.write(target)
        else:
            target.write_bytes(data)
        written += 1
    return after, written


def remove_stale(docs: Path, before: dict[str, str], produced: dict[str, str]) -> int:
    """Remove the files the last build made that this one no longer produces; with
    nothing before (a first build into a folder) sweep the managed folders.  Files
    outside the managed folders are left alone.  The number removed."""
    if before:
        gone = sorted(docs / p for p in before if p not in produced)
    else:
        gone = sorted(f for top in MANAGED for f in ([docs / top] if (docs / top).is_file() else (docs / top).rglob("*"))
                      if f.is_file() and f.relative_to(docs).as_posix() not in produced)
    removed = 0
    for f in gone:
        if f.is_file():
            f.unlink()
            removed += 1
    for d in sorted({f.parent for f in gone}, key=lambda d: len(d.parts), reverse=True):
        while d != docs and d.is_dir() and not any(d.iterdir()):
            d.rmdir()
            d = d.parent
    return removed


def link_or_copy(source: Path, target: Path) -> None:
    """A raw page into the docs: a hard link where the file system allows (no
    second copy of the text to write), else a copy."""
    target.unlink(missing_ok=True)
    try:
        os.link(source, target)
    except OSError:
        import shutil       # here, not at the top: it loads bz2 and lzma, a cost on every rebuild's start
        shutil.copyfile(source, target)
