"""Publication dates as ISO prefixes (2021, 2021-11, 2021-11-04).

The catalogue's issue date comes first; a date printed with the article (a web
page's time stamp) or a news agency's dateline in the same month refines it.
A year is never invented: month-and-day text without a known year is ignored.
"""
from __future__ import annotations

import re

ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
STAMP = re.compile(r"(\d{4})\s*[/\-年.]\s*(\d{1,2})\s*[/\-月.]\s*(\d{1,2})")
DATELINE = re.compile(r"(?:新华社|中新社|本报)[\u4e00-\u9fff]{0,6}(\d{1,2})月(\d{1,2})日电")


def valid_iso(value: str) -> bool:
    m = ISO.match(value)
    if not m:
        return False
    month, day = m.group(2), m.group(3)
    if month and not 1 <= int(month) <= 12:
        return False
    if day:
        import datetime
        try:
            datetime.date(int(m.group(1)), int(month), int(day))
        except ValueError:
            return False
    return True


def iso(y: int, m: int | None = None, d: int | None = None) -> str:
    out = f"{y:04d}"
    if m:
        out += f"-{m:02d}"
        if d:
            out += f"-{d:02d}"
    return out


def date_of(catalog_date: str, stamp: str, text: str) -> tuple[str, list[str]]:
    """(date, notes) for one article."""
    notes: list[str] = []
    if stamp:
        m = STAMP.search(stamp)
        if m:
            printed = iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if valid_iso(printed) and (not catalog_date or printed.startswith(catalog_date)
                                       or catalog_date.startswith(printed)):
                return printed, notes
    date = catalog_date
    if not date:
        return "", ["date unknown: no catalogue date and none printed"]
    m = DATELINE.search(text)
    if m and len(date) == 7 and int(m.group(1)) == int(date[5:7]):
        refined = iso(int(date[:4]), int(m.group(1)), int(m.group(2)))
        if valid_iso(refined):
            notes.append(f"date refined from the dateline {m.group(0)}")
            return refined, notes
    return date, notes
