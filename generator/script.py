"""Pages printed in traditional characters (or in a table's cells), read through a copy.

An old paper, a Hong Kong or Taiwan reprint, or a mirror that converted a county
site's news prints `江蘇宿遷` and `發布時間`: the gazetteer, the agencies' names
and the line-role words are simplified.  Such a page is read through a copy of
each line with every traditional character mapped to its simplified form, one
character for one (data/traditional.tsv), so that what is found in the copy is
at the same place in the original; the articles keep the characters printed.
"""
from __future__ import annotations

import functools
import re

from .extract.gazetteer import data_path

# A page is read as traditional when at least this many of its Chinese characters,
# and this share of them, are traditional forms (a simplified page prints none).
LEAST_TRADITIONAL = 5
LEAST_SHARE = 0.02


@functools.lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for line in data_path("traditional.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, simplified = line.split("\t")
            table[ord(key)] = simplified
    return table


def simplified(text: str) -> str:
    """The text with each traditional character in its simplified form (same length)."""
    return text.translate(_table())


@functools.lru_cache(maxsize=1)
def _traditional_chars() -> re.Pattern:
    return re.compile("[" + "".join(chr(k) for k in sorted(_table())) + "]")


HAN = re.compile(r"[\u4e00-\u9fff]")


def is_traditional(texts: list[str]) -> bool:
    text = "\n".join(texts)
    traditional = len(_traditional_chars().findall(text))      # (a simplified page: none, and done)
    return traditional >= LEAST_TRADITIONAL and traditional >= LEAST_SHARE * len(HAN.findall(text))


# A table's cell border a saved page keeps at a line's end or start (灾区农民投书感谢父母官 |).
# (A bar alone on its line stays: it is a line of the page's furniture, not a blank.)
TABLE_BAR = re.compile(r"^\s*[|｜](?=\s*[^\s|｜])|(?<=[^\s|｜])\s*[|｜]\s*$")


def reading_copy(texts: list[str]) -> list[str]:
    """The lines to read a page by: simplified where the page is traditional, and without
    a table's borders (blanked, so that every character keeps its place)."""
    texts = [simplified(t) for t in texts] if is_traditional(texts) else texts
    if any("|" in t or "｜" in t for t in texts):
        texts = [TABLE_BAR.sub(lambda m: " " * len(m.group(0)), t) for t in texts]
    return texts
