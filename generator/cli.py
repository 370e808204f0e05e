"""Command line: `python -m generator parse|build ...`."""
from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

import click

from .catalog import CatalogError, load_catalog
from .records import Article
from .runner import parse_pages


def load_records(catalog: Path | None, pages: list[Path] = ()):
    """(records by page name, number of errors); errors go to stderr, naming file, page and field."""
    if catalog is None:
        return {}, 0
    try:
        records, errors = load_catalog(catalog)
    except CatalogError as err:
        click.echo(f"error: {err}", err=True)
        return {}, 1
    given = {p.name for p in pages}
    for name in sorted(records):
        if name not in given and not (catalog.parent / name).exists():
            errors.append(f"{catalog}: page {name}: no such page file (not given, not in {catalog.parent})")
    for e in errors:
        click.echo(f"error: {e}", err=True)
    return records, len(errors)


def parse_all(pages: list[Path], records: dict, encoding: str | None = None, jobs: int = 1,
              cache: Path | None = None, parsed: list | None = None):
    """(articles of every readable page, number of pages that failed); failures go to stderr.
    When `parsed` is a list, each readable page's Parsed (records, their JSON Lines and
    CSV rows, cache key) is appended to it."""
    failures = 0
    articles: list[Article] = []
    results = parse_pages(pages, records, encoding, jobs, cache)
    # A progress bar for people at a terminal with many pages; logs and pipes stay quiet.
    show = sys.stderr.isatty() and len(pages) >= 50
    with click.progressbar(results, length=len(pages), label="parsing pages", file=sys.stderr,
                           hidden=not show) as bar:
        for done in bar:
            if done.error:
                click.echo(f"error: {done.error}", err=True)
                failures += 1
            else:
                articles += done.articles
                if parsed is not None:
                    parsed.append(done)
    return articles, failures


class Clock:
    """Stage times for `build --timings`."""

    def __init__(self, on: bool):
        self.on = on
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        if self.on:
            click.echo(f"{now - self.last:7.2f} s  {stage}", err=True)
        self.last = now


JOBS = click.option("--jobs", "-j", type=int, default=os.cpu_count() or 1, show_default="all cores",
                    help="Parse this many pages at once.")


@click.group()
def main():
    """Cut raw Chinese news pages into tagged articles and build the archive site."""
    # A short batch run that makes millions of small objects and almost no
    # reference cycles: collecting rarely saves a fifth of a large build.
    gc.set_threshold(100_000, 50, 100)


@main.command()
@click.option("--catalog", type=click.Path(path_type=Path), help="YAML catalogue of the pages.")
@click.option("--encoding", help="Decode every page with this encoding instead of detecting it.")
@JOBS
@click.argument("pages", nargs=-1, required=True, type=click.Path(path_type=Path))
def parse(catalog, encoding, jobs, pages):
    """Print one JSON object per article of PAGES (JSON Lines)."""
    records, failures = load_records(catalog, pages)
    parsed: list = []
    articles, bad = parse_all(list(pages), records, encoding, jobs, parsed=parsed)
    failures += bad
    sys.stdout.write("".join(p.jsonl for p in parsed))     # = to_jsonl(articles), page by page
    sys.exit(1 if failures else 0)


@main.command()
@click.option("--catalog", type=click.Path(path_type=Path), help="YAML catalogue of the pages.")
@click.option("--docs", "docs_dir", default="docs", show_default=True, type=click.Path(path_type=Path),
              help="MkDocs docs folder to write.")
@click.option("--encoding", help="Decode every page with this encoding instead of detecting it.")
@click.option("--clean", is_flag=True, help="Remove generated files first (a full rebuild).")
@click.option("--site-url", envvar="SITE_URL", default="http://127.0.0.1:8000/", show_default=True,
              help="Public address of the site, for the feed's absolute links (env SITE_URL).")
@click.option("--cache", type=click.Path(path_type=Path), default=None,
              help="Folder caching each page's records; unchanged pages are not parsed again.")
@click.option("--timings", is_flag=True, help="Report how long each stage took (to stderr).")
@JOBS
@click.argument("pages", nargs=-1, required=True, type=click.Path(path_type=Path))
def build(catalog, docs_dir, encoding, clean, site_url, cache, timings, jobs, pages):
    """Parse PAGES and write the site's Markdown tree into DOCS."""
    from .render.memo import Memo
    from .render.site import clean as clean_docs, previous_keys, render, write_tree
    from .runner import code_version

    clock = Clock(timings)
    records, failures = load_records(catalog, pages)
    clock.lap("catalogue")
    parsed: list = []
    articles, bad = parse_all(list(pages), records, encoding, jobs, cache, parsed)
    clock.lap("parse (or read the cache)")
    bad += failures
    sources = {a.source for a in articles}
    raw = {p.name: p for p in pages if p.name in sources}
    if clean:
        clean_docs(docs_dir)
    memo = Memo(previous_keys(docs_dir), code_version(), {p.path.name: p.key for p in parsed if p.key})
    exports = ("".join(p.jsonl for p in parsed), "".join(p.csv for p in parsed))
    files = render(articles, records, raw, site_url, memo, exports)
    clock.lap("render")
    written, removed = write_tree(files, docs_dir, memo.keys)
    clock.lap("write")
    click.echo(f"{len(articles)} records from {len(raw)} pages; {written} files written, "
               f"{removed} removed in {docs_dir}", err=True)
    sys.exit(1 if bad else 0)


@main.command()
@click.option("--site", "site_dir", default="site", show_default=True, type=click.Path(path_type=Path),
              help="Built site folder (after `mkdocs build`).")
@click.option("--shard-size", type=click.IntRange(min=1), default=None,
              help="Articles in the newest Pagefind index (default 500; older ones double, up to 4000); "
                   "the browser searches the newest first.")
def index(site_dir, shard_size):
    """Build the search index (Pagefind) for a built site."""
    from .publish.search_index import SHARD_SIZE, build_index

    n = build_index(site_dir, shard_size or SHARD_SIZE)
    click.echo(f"search index: {n} articles in {site_dir / 'pagefind'}", err=True)
