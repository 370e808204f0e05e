"""Which files are pages, and what each is called on the site.

A page is known by its file name: the name is its identity in the catalogue,
in article ids and in the site's paths.  So names that would collide there
(differing only in case or extension, or taking a name the site uses for its
own pages), names no file system or URL can carry, and files that are not
plain text files of their own (devices, pipes, links out of their folder)
are refused here, each with one line naming the file, before anything is read.
"""
from __future__ import annotations

import os
import re
import stat
import unicodedata
from pathlib import Path

from .digest import sha1

TEXT_SUFFIXES = (".txt", ".md")
RESERVED = {"index", "raw"}              # sources/index.md is the list of pages; sources/raw/ their texts
MAX_NAME_BYTES = 150                     # the docs paths built on a name add about 60 bytes; 255 is the limit
SAFE = re.compile(r"[\w.\-]+")           # \w: letters and digits of every script (汉字 included)


def pages_in(args: list[Path]) -> list[Path]:
    """The files named, and the text pages (.txt, .md) of the folders named, in order."""
    out: list[Path] = []
    for p in args:
        if p.is_dir():
            out += sorted(f for f in p.iterdir() if f.suffix.lower() in TEXT_SUFFIXES and not f.name.startswith("."))
        else:
            out.append(p)
    return out


def admit(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """(the pages to read, one error line for each file refused)."""
    admitted: list[Path] = []
    errors: list[str] = []
    seen: dict[str, Path] = {}
    for path in paths:
        why = refusal(path)
        if why is None:
            key = unicodedata.normalize("NFC", path.name.rsplit(".", 1)[0]).casefold()
            other = seen.get(key)
            if other is not None and other.name == path.name and same_file(other, path):
                continue                                 # the same page given twice
            if other is not None:
                why = (f"its name collides with {other} (names that differ only in case or extension, "
                       "or the same name in two folders, make one page on the site)")
        if why is not None:
            errors.append(f"{path}: {why}; skipped")
            continue
        seen[key] = path
        admitted.append(path)
    return admitted, errors


def refusal(path: Path) -> str | None:
    """Why a file cannot be a page, or None."""
    name = path.name
    if path.suffix.lower() not in TEXT_SUFFIXES:
        return "not a text page (pages are .txt or .md files)"
    if len(name.encode("utf-8", "surrogateescape")) > MAX_NAME_BYTES:
        return f"file name too long ({len(name.encode('utf-8', 'surrogateescape'))} bytes; at most {MAX_NAME_BYTES})"
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp", "Cs") for c in name):
        return "file name holds a control character or a line break"
    if name.rsplit(".", 1)[0].casefold() in RESERVED:
        return f"{name.rsplit('.', 1)[0]!r} is a name the site keeps for its own pages; rename the file"
    try:
        st = os.lstat(path)
    except OSError as err:
        return f"cannot read: {err.strerror}"
    if stat.S_ISLNK(st.st_mode):
        target = Path(os.path.realpath(path))
        if not target.exists():
            return "broken symbolic link"
        folder = Path(os.path.realpath(path.parent))
        if folder not in target.parents:
            return f"symbolic link to a file outside its folder ({target}); copy the page in instead"
        st = os.stat(target)
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file (a folder, pipe or device)"
    return None


def same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def slug(name: str) -> str:
    """The page's name in the site's paths: its stem where that is safe in a URL
    and on every file system, else a readable stand-in made unique by a hash."""
    stem = name.rsplit(".", 1)[0]
    if SAFE.fullmatch(stem) and not stem.startswith("."):
        return stem
    return re.sub(r"[^\w\-]+", "_", stem).strip("_.")[:60] + "-" + sha1(name.encode("utf-8")).hexdigest()[:8]
