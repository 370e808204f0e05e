"""What the last build left in the docs folder, and what this build must redo.

Exists so that a rebuild costs what changed, not what the archive holds: a
source page whose size, modification time and catalogue record are as the
last build saw them is not read again, its summary stands in for its records,
and of the generated pages only those of changed source pages and the lists
their articles join or leave are rendered.  A build from an empty state
renders everything, by the same code, which is what makes the two agree.
"""
from __future__ import annotations

import marshal
import os
from dataclasses import dataclass, field
from pathlib import Path

from ...records import CatalogRecord
from ..write.exports import Concat
from ..model.summary import SourceSummary

STATE = ".archive-state"
FORMAT = 9


def stamp(path: Path, rec: CatalogRecord | None, encoding: str | None) -> tuple | None:
    """What says a page is as it was without reading it (None: it cannot be read).
    The change time and the file's identity are in it beside size and mtime: an
    edit that keeps the size and sets the old mtime back (touch -r, cp -p) still
    moves the change time, which no user call can set."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, repr(rec), encoding or "")


def file_seal(path: Path) -> tuple | None:
    """What says a file the build wrote is as it left it (see downloads_intact)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


@dataclass
class State:
    version: str = ""                                              # of the generator's code
    summaries: dict[str, SourceSummary] = field(default_factory=dict)
    written: dict[str, str | bytes] = field(default_factory=dict)  # docs path -> digest of what was written
    exports: list[tuple[str, str]] = field(default_factory=list)   # (page, key) in download order
    regions: frozenset[str] = frozenset()                          # region codes that have pages
    keys: dict[str, str] = field(default_factory=dict)             # see plan.Plan.same
    folders: dict[str, int] = field(default_factory=dict)          # see on_disk
    feed: dict[str, str] = field(default_factory=dict)             # article id -> its feed text (newest only)
    layouts: dict[str, list] = field(default_factory=dict)         # see pages.dated_list
    lists: dict[tuple, list[str]] = field(default_factory=dict)    # list key -> its pages (see plan.Plan.kept_whole)
    seals: dict[str, tuple] = field(default_factory=dict)          # joined download -> its file_seal when written
    downloads_trusted: bool = True       # False: the joined downloads on disk may not be what the build wrote

    def current(self, name: str, stamp: tuple | None) -> SourceSummary | None:
        s = self.summaries.get(name)
        return s if s is not None and unchanged(s.stamp, stamp) else None

    @classmethod
    def load(cls, docs: Path, version: str) -> "State":
        """The last build's state; empty when there is none, it is unreadable, or
        it was written by other code (everything is then rendered again)."""
        try:
            data = (docs / STATE).read_bytes()
            (fmt, ver, _), at = read_head(data)
            if fmt != FORMAT or ver != version:
                return cls()
            (summaries, written, exports, regions, keys, folders, feed, layouts,
             lists, seals) = marshal.loads(memoryview(data)[at:])
        except (OSError, ValueError, EOFError, TypeError):
            return cls()
        intact = downloads_intact(docs, written, seals)
        if not intact:
            # Edited by hand, or only restored elsewhere (a CI cache: new inodes and change
            # times); either way they are written again whole, from the pages' texts.
            written = {p: d for p, d in written.items() if Concat.size_in(d) is None}
        return cls(ver, {name: SourceSummary.unpack(blob) for name, blob in summaries}, written,
                   [tuple(x) for x in exports], frozenset(regions), keys, folders, feed, layouts, lists,
                   {k: tuple(v) for k, v in seals.items()}, downloads_trusted=intact)

    @staticmethod
    def stamps(docs: Path, version: str) -> dict[str, tuple]:
        """The stamps of the pages the last build read, from the head of its state
        alone: which pages changed is known before the rest is loaded, so their
        parsing can start meanwhile (see rebuild.build_docs)."""
        try:
            with open(docs / STATE, "rb") as f:
                size = f.read(HEAD_SIZE)
                n = min(int.from_bytes(size, "big"), os.fstat(f.fileno()).st_size)    # a damaged size reads what there is
                (fmt, ver, stamps), _ = read_head(size + f.read(n))
        except (OSError, ValueError, EOFError, TypeError):
            return {}
        return stamps if fmt == FORMAT and ver == version else {}

    def save(self, docs: Path) -> None:
        # marshal: ten times faster to read than JSON at this size, and it is read on
        # every build.  Format 2 has no back-references, so the same state gives the
        # same bytes (each summary's blob has its own rule: see summary.canonical).
        head = marshal.dumps((FORMAT, self.version, {name: s.stamp for name, s in sorted(self.summaries.items())}), 2)
        body = ([(name, s.pack()) for name, s in sorted(self.summaries.items())],
                self.written, [list(x) for x in self.exports], sorted(self.regions),
                dict(sorted(self.keys.items())), dict(sorted(self.folders.items())), dict(sorted(self.feed.items())),
                dict(sorted(self.layouts.items())), self.lists, dict(sorted(self.seals.items())))
        tmp = docs / f"{STATE}.tmp"
        tmp.write_bytes(len(head).to_bytes(HEAD_SIZE, "big") + head + marshal.dumps(body, 2))
        tmp.replace(docs / STATE)


# The file: the head's length in HEAD_SIZE bytes, the head (format, code version,
# stamps), the body.  Read as bytes and decoded with marshal.loads: marshal.load
# on a file reads it in small pieces, six times slower.
HEAD_SIZE = 8


def read_head(data: bytes) -> tuple[tuple, int]:
    """(the head, where the body starts)."""
    n = int.from_bytes(data[:HEAD_SIZE], "big")
    if len(data) < HEAD_SIZE + n:
        raise EOFError("state file cut short")
    return marshal.loads(data[HEAD_SIZE:HEAD_SIZE + n]), HEAD_SIZE + n


def unchanged(before: tuple | None, now: tuple | None) -> bool:
    """A page is as the last build read it: same stamp (None: it cannot be read now)."""
    return now is not None and before == now


def on_disk(docs: Path, written: dict[str, str], folders: dict[str, int]) -> set[str]:
    """Of the paths the last build wrote, those still there.  A folder whose
    modification time is the one recorded after that build has had no file
    added or removed since (see folder_times), so only changed folders are listed."""
    by_folder: dict[str, list[str]] = {}
    for p in written:
        by_folder.setdefault(p.rpartition("/")[0], []).append(p)
    present: set[str] = set()
    for folder, paths in by_folder.items():
        try:
            if folder and os.stat(docs / folder).st_mtime_ns == folders.get(folder):
                present.update(paths)
                continue
            names = set(os.listdir(docs / folder))
        except OSError:
            continue
        present.update(p for p in paths if p.rpartition("/")[2] in names)
    return present


def folder_times(docs: Path, written: dict[str, str]) -> dict[str, int]:
    """Modification times of the folders holding the written files, taken after
    writing.  (The docs folder itself is always listed: the state is written there.)"""
    out = {}
    for folder in sorted({p.rpartition("/")[0] for p in written} - {""}):
        try:
            out[folder] = os.stat(docs / folder).st_mtime_ns
        except OSError:
            pass
    return out


def downloads_intact(docs: Path, written: dict[str, str], seals: dict[str, tuple]) -> bool:
    """The joined downloads are spliced from the files on disk (exports.Concat):
    if one was changed or removed by hand (even to the same size, its mtime set
    back: its change time moves), nothing of the last build is trusted."""
    for path, digest in written.items():
        if Concat.size_in(digest) is not None and file_seal(docs / path) != seals.get(path):
            return False
    return True


def seal_downloads(docs: Path, written: dict[str, str]) -> dict[str, tuple]:
    return {p: file_seal(docs / p) for p, d in written.items() if Concat.size_in(d) is not None}
