"""Parse many pages: in parallel across cores, with an optional cache of each
page's records so that a rebuild after adding one page parses only that page.

Output order and bytes are the same whatever the number of jobs: pages are
parsed independently and collected in the order given.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import NamedTuple

from .digest import fingerprint
from .export import read_jsonl, to_csv_rows, to_jsonl
from .ingest import MAX_PAGE_BYTES, PageError, read_page
from .records import Article, CatalogRecord


# Code that does not change what a page parses into: editing it keeps the parse cache.
NOT_PARSING = ("render/", "publish/", "compose/", "cli.py", "bench.py", "__main__.py")


@functools.lru_cache(maxsize=2)
def code_version(parsing_only: bool = False) -> str:
    """A hash of the generator's code and data (of the parsing code only, for the
    parse cache): a cached result is valid only for the same code."""
    h = fingerprint()
    root = os.path.dirname(os.path.abspath(__file__))
    for rel in code_files(root):
        if parsing_only and rel.startswith(NOT_PARSING):
            continue
        h.update(rel.encode())
        with open(os.path.join(root, rel), "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def code_files(root: str) -> list[str]:
    """The package's code and data files, relative, in a fixed order (os.walk: every
    build starts with this, and pathlib's rglob cost a tenth of a rebuild)."""
    out = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        rel = os.path.relpath(folder, root).replace(os.sep, "/")
        out += [name if rel == "." else f"{rel}/{name}" for name in files if name.endswith((".py", ".tsv", ".yml", ".crfsuite"))]
    return sorted(out)


# One cache file a page (files are what this file system charges for): the
# records' JSON Lines, then this line, then their CSV rows.  JSON Lines never
# hold a bare newline inside a record, so the mark cannot occur before it.
CSV_MARK = "\n#csv\n"


def _key(data: bytes, rec: CatalogRecord | None, encoding: str | None) -> str:
    h = fingerprint(code_version(parsing_only=True).encode())
    h.update(data)
    h.update(repr(rec).encode("utf-8"))
    h.update(repr(encoding).encode())
    return h.hexdigest()


class Parsed(NamedTuple):
    """One page's outcome: its records and their two serialisations, or an error."""
    path: Path
    articles: list[Article] | None
    error: str | None = None
    jsonl: str = ""
    csv: str = ""
    key: str = ""             # of the page's bytes, catalogue record and parsing code


def page_key(path: Path, rec: CatalogRecord | None, encoding: str | None) -> str:
    """The page's key, or "" for a page too large to read (read_page refuses it,
    unread).  Raises OSError when the page cannot be read."""
    if path.stat().st_size > MAX_PAGE_BYTES:
        return ""
    return _key(path.read_bytes(), rec, encoding)


def cached(path: Path, key: str, cache: Path) -> Parsed | None:
    """The page's records when the cache holds them under its key."""
    try:
        with open(cache / key[:2] / f"{key}.rec", encoding="utf-8", newline="") as f:
            text = f.read()               # CSV rows end in \r\n: no newline translation
    except OSError:
        return None
    jsonl, sep, rows = text.partition(CSV_MARK)
    if not sep:
        return None
    return Parsed(path, [Article.from_dict(d) for d in read_jsonl(jsonl)], None, jsonl, rows, key)


def parse_one(path: Path, rec: CatalogRecord | None, encoding: str | None, cache: Path | None,
              key: str | None = None) -> Parsed:
    # The key is computed with or without a cache: pages rendered from these
    # summaries and downloads are keyed on it (render/summary.py), the same way in every build.
    try:
        key = page_key(path, rec, encoding) if key is None else key
    except OSError as err:
        return Parsed(path, None, f"{path}: cannot read: {err.strerror}")
    from .pipeline import parse_page     # here: a rebuild that reads no page need not load the parser

    try:
        articles = parse_page(read_page(path, encoding), rec)
    except PageError as err:
        return Parsed(path, None, str(err))
    except Exception as err:       # a bug met on one page must not stop the archive: name the page, go on
        import traceback

        where = traceback.extract_tb(err.__traceback__)[-1]
        return Parsed(path, None, f"{path}: the generator failed on this page ({type(err).__name__}: {err} "
                                  f"at {Path(where.filename).name}:{where.lineno}); please report it")
    done = Parsed(path, articles, None, to_jsonl(articles), to_csv_rows(articles), key)
    if cache is not None:
        folder = cache / key[:2]
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f"{key}.{os.getpid()}.tmp"
        tmp.write_text(done.jsonl + CSV_MARK + done.csv, encoding="utf-8", newline="")
        tmp.replace(folder / f"{key}.rec")
    return done


def parse_ahead(pages: list[Path], records: dict[str, CatalogRecord], encoding: str | None,
                cache: Path) -> int | None:
    """Parse pages into the cache in a forked process, while this one goes on;
    reading them afterwards (parse_pages) reads the cache.  The child's pid, or
    None where there is no fork.  The child reports nothing: a page it could not
    parse is not in the cache, and parse_pages meets the same error and reports it."""
    if not hasattr(os, "fork"):
        return None
    pid = os.fork()
    if pid:
        return pid
    die_with_parent()
    try:
        for p in pages:
            parse_one(p, records.get(p.name), encoding, cache)
    finally:
        os._exit(0)             # never the parent's clean-up, nor its buffered output


def _job(args):
    return parse_one(*args)


POOL_FROM = 4       # pages to parse; fewer are parsed in this process, without starting workers


def die_with_parent() -> None:
    """A pool worker's first act: ask the kernel to end it when the build dies (kill -9
    included), instead of parsing on for nobody (Linux; elsewhere a no-op)."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        if os.getppid() == 1:            # the parent died before the call: nobody is waiting
            os._exit(1)
    except (OSError, AttributeError):
        pass


def parse_pages(pages: list[Path], records: dict[str, CatalogRecord], encoding: str | None = None,
                jobs: int = 1, cache: Path | None = None):
    """Yield a Parsed for each of `pages`, in their order.

    Cached pages are read here; only the others go to the worker processes,
    so a rebuild after adding one page starts no pool of workers."""
    work = [(p, records.get(p.name), encoding, cache, None) for p in pages]
    hits: list[Parsed | None] = [None] * len(work)
    if cache is not None:
        for i, (p, rec, *_) in enumerate(work):
            try:
                key = page_key(p, rec, encoding)
            except OSError:
                continue                    # parse_one reports it
            hits[i] = cached(p, key, cache) if key else None
            work[i] = (p, rec, encoding, cache, key)   # a miss is not read and hashed again
    todo = [w for w, hit in zip(work, hits) if hit is None]
    if jobs <= 1 or len(todo) < POOL_FROM:
        parsed = map(_job, todo)
    else:
        from concurrent.futures import ProcessPoolExecutor

        from .extract.gazetteer import load
        load().automaton                    # build the matcher once; forked workers share it
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=die_with_parent)
        parsed = pool.map(_job, todo, chunksize=max(1, len(todo) // (jobs * 8)))
    try:
        for hit in hits:
            yield hit if hit is not None else next(parsed)
    finally:
        if jobs > 1 and len(todo) >= POOL_FROM:
            pool.shutdown()
