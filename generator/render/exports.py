"""Open data files for researchers: the records as JSON Lines and CSV, and the
region and agency tags with their counts.  Built from the same Archive as the
pages, so a download always agrees with what the site shows."""
from __future__ import annotations

import json

from ..export import to_csv_rows, to_jsonl
from ..extract.gazetteer import load
from ..records import Article
from .structure import Archive

def articles_csv(rows: str) -> bytes:
    """UTF-8 with a BOM (so Excel reads Chinese), one row per record."""
    return ("\ufeff" + to_csv_rows([], header=True) + rows).encode("utf-8")


def json_rows(rows: list[dict]) -> bytes:
    """A JSON array, one row a line: as readable as indented JSON, and written by
    json's C encoder (indent= makes it use the pure-Python one)."""
    body = ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    return f"[\n{body}\n]\n".encode("utf-8")


def regions_json(arch: Archive) -> bytes:
    gaz = load()
    rows = []
    for code, node in sorted(arch.region_nodes.items()):
        d = node.division
        rows.append({"code": code, "name": d.name, "level": d.level, "parent": d.parent or None,
                     "path": [x.name for x in gaz.path(d)], "articles": len(node.all_articles()),
                     "tagged": len(node.own)})
    return json_rows(rows)


def agencies_json(arch: Archive) -> bytes:
    rows = []
    for name, arts in arch.agencies.items():
        d = arch.agency_region.get(name)
        rows.append({"name": name, "region": {"code": d.code, "name": d.name} if d else None,
                     "articles": len(arts)})
    return json_rows(rows)


def data_files(arch: Archive, records: list[Article], texts: tuple[str, str] | None = None) -> dict[str, bytes]:
    """`texts`: the records' JSON Lines and CSV rows when the caller has them
    already (read from the parse cache page by page), so that a rebuild does
    not serialise every record again."""
    jsonl, rows = texts if texts is not None else (to_jsonl(records), to_csv_rows(records))
    return {
        "data/articles.jsonl": jsonl.encode("utf-8"),
        "data/articles.csv": articles_csv(rows),
        "data/regions.json": regions_json(arch),
        "data/agencies.json": agencies_json(arch),
    }
