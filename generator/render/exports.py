"""Open data files for researchers: the records as JSON Lines and CSV, and the
region and agency tags with their counts.  Built from the same Archive as the
pages, so a download always agrees with what the site shows."""
from __future__ import annotations

import csv
import io
import json

from ..export import to_jsonl
from ..extract.gazetteer import load
from ..records import Article
from .structure import Archive

CSV_COLUMNS = ["id", "source", "first_line", "last_line", "kind", "date", "title", "subtitle", "kicker",
               "byline", "regions", "region_codes", "agencies", "body"]


def articles_csv(records: list[Article]) -> bytes:
    """UTF-8 with a BOM (so Excel reads Chinese), one row per record, lists joined with ';'."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for a in records:
        w.writerow([a.id, a.source, a.lines[0], a.lines[1], a.kind, a.date, a.title, a.subtitle, a.kicker,
                    ";".join(a.byline), ";".join(r["name"] for r in a.regions),
                    ";".join(r["code"] for r in a.regions), ";".join(a.agencies), a.body])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def regions_json(arch: Archive) -> bytes:
    gaz = load()
    rows = []
    for code, node in sorted(arch.region_nodes.items()):
        d = node.division
        rows.append({"code": code, "name": d.name, "level": d.level, "parent": d.parent or None,
                     "path": [x.name for x in gaz.path(d)], "articles": len(node.all_articles()),
                     "tagged": len(node.own)})
    return (json.dumps(rows, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def agencies_json(arch: Archive) -> bytes:
    rows = []
    for name, arts in arch.agencies.items():
        d = arch.agency_region.get(name)
        rows.append({"name": name, "region": {"code": d.code, "name": d.name} if d else None,
                     "articles": len(arts)})
    return (json.dumps(rows, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def data_files(arch: Archive, records: list[Article]) -> dict[str, bytes]:
    return {
        "data/articles.jsonl": to_jsonl(records).encode("utf-8"),
        "data/articles.csv": articles_csv(records),
        "data/regions.json": regions_json(arch),
        "data/agencies.json": agencies_json(arch),
    }
