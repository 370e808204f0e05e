"""The records' two serialisations, shared by `parse`, the parse cache and the
site's data downloads: JSON Lines, and CSV rows (lists joined with ';')."""
from __future__ import annotations

import csv
import io
import json

from .records import Article

CSV_COLUMNS = ["id", "source", "first_line", "last_line", "kind", "date", "title", "subtitle", "kicker",
               "byline", "regions", "region_codes", "agencies", "body"]


def to_jsonl(articles: list[Article]) -> str:
    return "".join(json.dumps(a.as_dict(), ensure_ascii=False) + "\n" for a in articles)


def to_csv_rows(articles: list[Article], header: bool = False) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if header:
        w.writerow(CSV_COLUMNS)
    for a in articles:
        w.writerow([a.id, a.source, a.lines[0], a.lines[1], a.kind, a.date, a.title, a.subtitle, a.kicker,
                    ";".join(a.byline), ";".join(r["name"] for r in a.regions),
                    ";".join(r["code"] for r in a.regions), ";".join(a.agencies), a.body])
    return buf.getvalue()
