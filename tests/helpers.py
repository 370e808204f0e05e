"""Builders for small hand-made pages, so tests read like the pages they describe."""
from __future__ import annotations


from generator.extract.gazetteer import load
from generator.ingest import text_to_page
from generator.pipeline import parse_page
from generator.records import CatalogRecord


def wrap(text: str, width: int = 14) -> str:
    """Hard-wrap text the way an OCR'd newspaper column is wrapped."""
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def record(home: str = "", date: str = "", publication: str = "") -> CatalogRecord:
    return CatalogRecord(publication=publication, home_region=load().resolve(home) if home else None, date=date)


def parse_text(text: str, home: str = "", date: str = "", source: str = "page.txt"):
    return parse_page(text_to_page(text, source), record(home, date))


def by_title(articles, fragment: str):
    hits = [a for a in articles if fragment in a.title]
    assert len(hits) == 1, f"{fragment!r} in titles {[a.title for a in articles]}"
    return hits[0]


def region_names(article) -> set[str]:
    return {r["name"] for r in article.regions}
