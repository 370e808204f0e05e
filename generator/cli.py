"""Command line: `python -m generator parse|build ...`."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .catalog import CatalogError, load_catalog
from .ingest import PageError, read_page
from .pipeline import parse_page
from .records import Article


def load_records(catalog: Path | None):
    if catalog is None:
        return {}, 0
    try:
        records, errors = load_catalog(catalog)
    except CatalogError as err:
        click.echo(f"error: {err}", err=True)
        return {}, 1
    for e in errors:
        click.echo(f"error: {e}", err=True)
    return records, len(errors)


def parse_all(pages: list[Path], catalog: Path | None, encoding: str | None = None):
    """Yield Articles of every readable page; report the others on stderr.

    Returns (articles, failures) through the generator's value."""
    records, failures = load_records(catalog)
    articles: list[Article] = []
    for path in pages:
        try:
            page = read_page(path, encoding)
        except PageError as err:
            click.echo(f"error: {err}", err=True)
            failures += 1
            continue
        articles += parse_page(page, records.get(path.name))
    return articles, failures


@click.group()
def main():
    """Cut raw Chinese news pages into tagged articles and build the archive site."""


@main.command()
@click.option("--catalog", type=click.Path(path_type=Path), help="YAML catalogue of the pages.")
@click.option("--encoding", help="Decode every page with this encoding instead of detecting it.")
@click.argument("pages", nargs=-1, required=True, type=click.Path(path_type=Path))
def parse(catalog, encoding, pages):
    """Print one JSON object per article of PAGES (JSON Lines)."""
    articles, failures = parse_all(list(pages), catalog, encoding)
    out = sys.stdout
    for a in articles:
        out.write(json.dumps(a.as_dict(), ensure_ascii=False) + "\n")
    sys.exit(1 if failures else 0)
