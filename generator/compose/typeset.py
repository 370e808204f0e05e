"""How print and web put text on lines: column wraps, letter-spacing, indents,
names and the furniture templates of layouts.yml, drawn with a seeded random
generator so that the same seed gives the same pages."""
from __future__ import annotations

import functools
import random
import re
import string
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..yaml_text import load_yaml

# A line never starts with these (Chinese typesetting pulls them onto the line before).
NO_LINE_START = set("，。、；：？！”’）》」』】…·%")
CN_DIGITS = "〇一二三四五六七八九"
WEEKDAYS = "一二三四五六日"


@functools.lru_cache(maxsize=1)
def templates() -> dict:
    return load_yaml((Path(__file__).parent / "layouts.yml").read_text(encoding="utf-8"))


def norm(text: str) -> str:
    """What the scorer compares: NFKC, no whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def cn_number(n: int) -> str:
    """1..99 in Chinese numerals, as page numbers and dates print them (十二, 二十一)."""
    if n < 10:
        return CN_DIGITS[n] if n else "〇"
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def cn_year(y: int) -> str:
    return "".join(CN_DIGITS[int(c)] for c in str(y))


@dataclass
class Style:
    """One page's draw: its random generator, split and the places its furniture names."""
    rng: random.Random
    split: str                  # dev, holdout, train (dev articles, every variant) or all
    county: str
    city: str
    province: str
    site: str = ""
    keep_text: bool = False     # every paragraph as printed (no jumps, no local datelines): for places gold

    def pick(self, key: str) -> str:
        """A variant of templates()[key] from this split's half of the list."""
        options = templates()[key]
        half = options if self.split in ("all", "train") else options[0::2] if self.split == "dev" else options[1::2]
        return self.rng.choice(half or options)

    def person(self) -> str:
        t = templates()
        return self.rng.choice(t["surnames"]) + "".join(self.rng.choice(t["given"])
                                                        for _ in range(self.rng.choice((1, 2, 2))))

    def fill(self, template: str, date: str = "", page: int = 1, **extra) -> str:
        """A template with its placeholders drawn: names, numbers, the date and page."""
        y, m, d = (int(x) for x in date.split("-")) if date else (2019, 1, 1)
        import datetime
        values = dict(site=self.site, county=self.county, city=self.city, province=self.province,
                      y=y, m=m, d=d, cy=cn_year(y), cm=cn_number(m), cd=cn_number(d),
                      wd=WEEKDAYS[datetime.date(y, m, d).weekday()], page=page, pagecn=cn_number(page),
                      section=self.rng.choice(templates()["sections"]),
                      time=f"{self.rng.randint(7, 22):02d}:{self.rng.randint(0, 59):02d}"
                           + (f":{self.rng.randint(0, 59):02d}" if self.rng.random() < 0.5 else ""),
                      title="", other="")
        # (a site's clock shows the day the page was saved, long after the issue)
        seen = datetime.date(y, m, d) + datetime.timedelta(days=765)
        values.update(vy=seen.year, vm=seen.month, vd=seen.day, vwd=WEEKDAYS[seen.weekday()])
        values.update(extra)
        out = []
        for literal, field, spec, _ in string.Formatter().parse(template):
            out.append(literal)
            if field is None:
                continue
            if field == "person":
                out.append(self.person())
            elif field == "spaced":
                out.append(" ".join(self.person()))
            elif field == "n":
                out.append(str(self.rng.randint(10, 99999)))
            else:
                out.append(format(values[field], spec or ""))
        return "".join(out)


def width_of(ch: str) -> float:
    return 0.5 if ch.isascii() else 1.0


def wrap(text: str, width: int, rng: random.Random, jitter: float = 0.5) -> list[str]:
    """Cut text into column lines of about `width` characters (Latin and digits
    half width); closing punctuation never starts a line; with `jitter`, lines
    run a character or two long or short, as squeezed punctuation and OCR's
    reading of it make them."""
    lines: list[str] = []
    cur, used = "", 0.0
    limit = width
    for ch in text:
        w = width_of(ch)
        if cur and used + w > limit and ch not in NO_LINE_START:
            lines.append(cur)
            cur, used = "", 0.0
            limit = width
            if rng.random() < jitter:
                limit += rng.choice((-2, -1, -1, 1, 1, 1, 2))
        cur += ch
        used += w
    if cur:
        lines.append(cur)
    return lines


def headline_lines(title: str, rng: random.Random, max_len: int) -> list[str]:
    """A headline set in large type: one to three short lines, broken at a space
    where it has one, else near the middle."""
    title = title.strip()
    if len(title) <= max_len:
        return [title]
    parts = title.split(" ")
    if len(parts) > 1 and all(len(p) <= max_len + 2 for p in parts):
        return [p for p in parts if p]
    n = -(-len(title) // max_len)
    size = -(-len(title) // n)
    out, rest = [], title
    while len(rest) > size:
        cut = size
        while cut < len(rest) and rest[cut] in NO_LINE_START:
            cut += 1
        out.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        out.append(rest)
    return out


def letter_spaced(text: str) -> str:
    return " ".join(text.replace(" ", ""))
