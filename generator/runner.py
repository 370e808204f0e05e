"""Parse many pages: in parallel across cores, with an optional cache of each
page's records so that a rebuild after adding one page parses only that page.

Output order and bytes are the same whatever the number of jobs: pages are
parsed independently and collected in the order given.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
from concurrent.futures import ProcessPoolExecutor
from importlib import resources
from pathlib import Path

from .ingest import PageError, read_page
from .pipeline import parse_page
from .records import Article, CatalogRecord


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the generator's code and data: a cached parse is valid only for the same code."""
    h = hashlib.sha1()
    root = resources.files("generator")
    for rel in sorted(p for p in _walk(Path(str(root))) if p.suffix in (".py", ".tsv", ".yml")):
        h.update(rel.as_posix().encode())
        h.update((Path(str(root)) / rel).read_bytes())
    return h.hexdigest()


def _walk(root: Path):
    for p in sorted(root.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts:
            yield p.relative_to(root)


def _key(data: bytes, rec: CatalogRecord | None, encoding: str | None) -> str:
    h = hashlib.sha1(code_version().encode())
    h.update(data)
    h.update(repr(rec).encode("utf-8"))
    h.update(repr(encoding).encode())
    return h.hexdigest()


def parse_one(path: Path, rec: CatalogRecord | None, encoding: str | None,
              cache: Path | None) -> tuple[list[Article] | None, str | None]:
    """(articles, None) or (None, error message) for one page."""
    key = None
    if cache is not None:
        try:
            data = path.read_bytes()
        except OSError as err:
            return None, f"{path}: cannot read: {err.strerror}"
        key = _key(data, rec, encoding)
        hit = cache / key[:2] / f"{key}.jsonl"
        if hit.is_file():
            return [Article.from_dict(json.loads(l)) for l in hit.read_text(encoding="utf-8").splitlines()], None
    try:
        articles = parse_page(read_page(path, encoding), rec)
    except PageError as err:
        return None, str(err)
    if cache is not None and key is not None:
        hit = cache / key[:2] / f"{key}.jsonl"
        hit.parent.mkdir(parents=True, exist_ok=True)
        tmp = hit.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text("".join(json.dumps(a.as_dict(), ensure_ascii=False) + "\n" for a in articles),
                       encoding="utf-8")
        tmp.replace(hit)
    return articles, None


def _job(args):
    return parse_one(*args)


def parse_pages(pages: list[Path], records: dict[str, CatalogRecord], encoding: str | None = None,
                jobs: int = 1, cache: Path | None = None):
    """Yield (path, articles or None, error or None) in the order of `pages`."""
    work = [(p, records.get(p.name), encoding, cache) for p in pages]
    if jobs <= 1 or len(work) < 4:
        for w in work:
            yield (w[0], *parse_one(*w))
        return
    from .extract.gazetteer import load
    load()                                  # build the matcher once; forked workers share it
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for w, result in zip(work, pool.map(_job, work, chunksize=max(1, len(work) // (jobs * 8)))):
            yield (w[0], *result)
