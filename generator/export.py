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
    """One object a line.  U+2028 and U+2029, which json leaves raw and some
    readers take for line ends, are escaped: a line of the file is one record."""
    text = "".join(json.dumps(a.as_dict(), ensure_ascii=False) + "\n" for a in articles)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def read_jsonl(text: str) -> list[dict]:
    """The records of a JSON Lines text, cut at \n only (never at other line separators)."""
    return [json.loads(line) for line in text.split("\n") if line.strip()]


# A spreadsheet runs a cell that opens with one of these (OWASP: CSV injection).
FORMULA = ("=", "+", "-", "@", "\t", "\r")


def cell(value) -> str:
    """A CSV cell a spreadsheet shows as text: a leading ' before a formula's first character."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA) else text


def to_csv_rows(articles: list[Article], header: bool = False) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if header:
        w.writerow(CSV_COLUMNS)
    for a in articles:
        w.writerow([cell(x) for x in (
            a.id, a.source, a.lines[0], a.lines[1], a.kind, a.date, a.title, a.subtitle, a.kicker,
            ";".join(a.byline), ";".join(r["name"] for r in a.regions),
            ";".join(r["code"] for r in a.regions), ";".join(a.agencies), a.body)])
    return buf.getvalue()
