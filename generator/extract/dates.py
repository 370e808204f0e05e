"""Publication dates as ISO prefixes (2021, 2021-11, 2021-11-04).

Where they come from, in order: a date line printed with the article (a web
page's time stamp, a database record's date field, a digest's date line)
where it agrees with the curator's catalogue date or there is none; the
catalogue date, refined by the page's header when the two agree; the date
the page prints in its header.  A news agency's dateline in
the same month gives the day.  A year is never invented: month-and-day text
without a known year gives no date.
"""
from __future__ import annotations

import datetime
import re

ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
CN_NUM = r"[〇零一二三四五六七八九十]"
# Every way a page prints a full date, most specific first; each gives (year, month, day) groups.
PRINTED = [
    re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)"),
    re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?!\d)"),     # 19.01.2016: day first
    re.compile(rf"({CN_NUM}{{4}})年({CN_NUM}{{1,3}})月({CN_NUM}{{1,3}})日"),
    # A site's stamp that glues its date to a counter before it (阅读量:78932026-01-06 11:27:51),
    # or prints two digits of the year (发布日期:18-01-16 16:53:12): only with the time after it.
    re.compile(r"(?<=\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?=\s+\d{1,2}:\d{2})"),
    re.compile(r"(?<![\d./-])(\d{2})-(\d{2})-(\d{2})(?=\s+\d{1,2}:\d{2})"),
    # A blog's stamp in the month-first order of its English template (星期三, 4月 30, 2025).
    re.compile(r"(?<!\d)(\d{1,2})月\s*(\d{1,2})\s*[,，]\s*((?:19|20)\d{2})(?![\d年])"),
    # A date in English, as a bulletin board's post header prints it (Tue Sep 11 22:46:49 2001), or
    # a site's template (Sep 11, 2001).
    re.compile(r"(?<![A-Za-z])(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})"
               r"(?:\s*,\s*|\s+\d{1,2}:\d{2}(?::\d{2})?\s+)((?:19|20)\d{2})(?!\d)"),
]
DAY_FIRST = 2
TWO_DIGIT_YEAR = 5
MONTH_FIRST = 6
IN_ENGLISH = 7
MONTHS = {m: k for k, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
# A stamp's month and day without a year (日期:05-13, 发布时间：5月13日 10:22).
STAMP_MONTH_DAY = re.compile(r"(?<![\d-])(\d{1,2})\s*(?:-|/|月)\s*(\d{1,2})\s*日?(?![\d-])")
DATELINE = re.compile(r"(?:新华社|中新社|本报|据新华社)[\u4e00-\u9fff]{0,6}(\d{1,2})月(\d{1,2})日电")


def valid_iso(value: str) -> bool:
    m = ISO.match(value)
    if not m:
        return False
    month, day = m.group(2), m.group(3)
    if month and not 1 <= int(month) <= 12:
        return False
    if day:
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


def cn_int(text: str) -> int:
    """Chinese numerals as dates print them: 二〇一九, 十二, 二十一, 三十."""
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (CN_DIGIT[tens] if tens else 1) * 10 + (CN_DIGIT[ones] if ones else 0)
    n = 0
    for ch in text:
        n = n * 10 + CN_DIGIT[ch]
    return n


def printed_date(text: str) -> str:
    """The first valid full date printed in text, as YYYY-MM-DD, or ""."""
    return next(printed_dates(text), "")


def printed_dates(text: str):
    """Every valid full date printed in text, as YYYY-MM-DD (YYYY-MM where the day
    printed is 00), pattern by pattern."""
    for k, rx in enumerate(PRINTED):
        for m in rx.finditer(text):
            a, b, c = m.groups()
            if k == DAY_FIRST:
                y, mo, d = int(c), int(b), int(a)
            elif k == 3:
                y, mo, d = cn_int(a), cn_int(b), cn_int(c)
            elif k == TWO_DIGIT_YEAR:
                y, mo, d = 2000 + int(a), int(b), int(c)      # (sites that print 18-01-16 began after 2000)
            elif k == MONTH_FIRST:
                y, mo, d = int(c), int(a), int(b)
            elif k == IN_ENGLISH:
                y, mo, d = int(c), MONTHS[a], int(b)
            else:
                y, mo, d = int(a), int(b), int(c)
            out = iso(y, mo, d)
            if 1900 <= y <= 2100 and valid_iso(out) and (len(out) == 10 or (d == 0 and len(out) == 7)):
                yield out             # (a database's day 00 is a day it does not know: 1961.07.00 is July 1961)


def agrees(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def date_of(catalog_date: str, stamp: str, text: str, page_date: str = "") -> tuple[str, list[str]]:
    """(date, notes) for one article: its stamp, the catalogue and the page header, then its dateline."""
    notes: list[str] = []
    own = printed_date(stamp) if stamp else ""
    if own:
        if not catalog_date or agrees(own, catalog_date):
            return own, notes
        # The curator's record wins over what the page prints; the difference is worth a look.
        notes.append(f"文章自印的日期 {own} 与目录的日期 {catalog_date} 不同")
    date = catalog_date
    if page_date and (not date or (agrees(page_date, date) and len(page_date) > len(date))):
        date = page_date
    if not date:
        return "", ["date unknown: no catalogue date and none printed"]
    m = STAMP_MONTH_DAY.search(stamp) if stamp and not own else None
    if m:
        # 日期:05-13 under an e-paper's headline: the day of the year the catalogue or the
        # page gives (never after the date the page prints: a reader's own clock).
        dated = iso(int(date[:4]), int(m.group(1)), int(m.group(2)))
        fits = agrees(dated, catalog_date) if catalog_date else (len(date) < 10 or dated <= date)
        if valid_iso(dated) and len(dated) == 10 and fits:
            notes.append(f"日期据文章自印的「{m.group(0).strip()}」与{'目录' if catalog_date else '版面'}的年份")
            return dated, notes
    m = DATELINE.search(text)
    if m and len(date) in (4, 7) and (len(date) == 4 or int(m.group(1)) == int(date[5:7])):
        refined = iso(int(date[:4]), int(m.group(1)), int(m.group(2)))
        if valid_iso(refined):
            notes.append(f"日期据电头「{m.group(0)}」细化")
            return refined, notes
    return date, notes
