"""Read: bytes on disk -> a decoded Page with numbered lines and a page kind."""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from .records import Line, Page

# Below this charset-normalizer "chaos" share we trust a legacy-encoding guess.
MAX_CHAOS = 0.2
# A newspaper page is tens of kilobytes; far larger files are not pages (and
# would hold a worker's memory: about 100 times the page's size), so they are
# reported instead of read.
MAX_PAGE_BYTES = 8 * 1024 * 1024
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
# Line and paragraph separators (U+2028, U+2029, NEL) are line breaks; they must not
# reach a record, where json leaves them raw and a reader's splitlines() cuts there.
BREAKS = re.compile("[\u2028\u2029\x85]")
# Noncharacters (U+FDD0..U+FDEF and the last two of every plane) have no place in text and break XML.
NONCHARACTERS = re.compile("[\ufdd0-\ufdef" + "".join(f"{chr(p | 0xfffe)}{chr(p | 0xffff)}"
                                                       for p in range(0, 0x110000, 0x10000)) + "]")


def clean_text(text: str, breaks: str = "\n") -> str:
    """Text as every later stage may assume it: no control characters, no
    noncharacters, line breaks only as \n (or `breaks`, for one-line values)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = BREAKS.sub(breaks, text)
    if breaks != "\n":
        text = text.replace("\n", breaks)
    return NONCHARACTERS.sub("", CONTROL.sub("", text))
MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
# A web page's time stamp line: "2021/11/4 9:27", "2021-11-04 09:27:00 来源：某某网", "发布时间：2021年11月4日".
WEB_STAMP = re.compile(r"^\s*(?:发布时间[:：]?\s*|时间[:：]\s*)?\d{4}\s*[/\-.年]\s*\d{1,2}\s*[/\-.月]\s*\d{1,2}日?"
                       r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\S.{0,40})?\s*$")


class PageError(Exception):
    """A page that cannot be read; the message names the file and the reason."""


def decode(data: bytes, source: str, encoding: str | None = None) -> tuple[str, str]:
    """Bytes -> (text, encoding name).  Raises PageError rather than guess mojibake."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as err:
            raise PageError(f"{source}: cannot decode as {encoding}: {err}") from None
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as err:
                raise PageError(f"{source}: broken {name} text: {err}") from None
    try:
        text = data.decode("utf-8")
        # NUL-riddled "UTF-8" is UTF-16 without a byte-order mark, or not text at all.
        if text.count("\x00") <= len(text) // 100:
            return text, "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported late: only legacy pages need it

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16_le", "utf_16_be"]).best()
    if best is not None and best.encoding.startswith("utf_16") and b"\x00" not in data:
        # UTF-16 without a byte-order mark sets a NUL beside every ASCII character, a line
        # break's too: bytes with none are not UTF-16, however a short sample scores (a
        # one-line GB18030 note read so comes out as Hangul).
        best = None
    if (best is None or best.chaos > MAX_CHAOS) and data.count(b"\x00") > len(data) // 100:
        raise PageError(f"{source}: binary file (NUL bytes), not a text page")
    if best is None or best.chaos > MAX_CHAOS:
        plain = plain_chinese(data)
        if plain is not None:
            return plain
        raise PageError(f"{source}: unknown text encoding (not UTF-8, GB18030, Big5 or UTF-16); "
                        "pass --encoding if you know it")
    name = "gb18030" if best.encoding in ("gb2312", "gbk", "gb18030") else best.encoding
    return data.decode(name), name


# What Chinese prose is made of: CJK characters, their punctuation and full-width forms, ASCII,
# and the signs a paper prints (3∶0, ①, ■●, ★), but not box drawing, kana or Greek.
PROSE = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u206f\u2100-\u22ff\u2460-\u24ff"
                   r"\u25a0-\u26ff\x20-\x7e\s·]")


def plain_chinese(data: bytes) -> tuple[str, str] | None:
    """GB18030 or Big5 that decodes strictly into what Chinese prose is made of.

    charset-normalizer finds no match for about one GB18030 page in 300 (measured on
    composed pages of real articles); such a page decodes without error into ordinary
    characters.  Text in the other encoding decodes into kana, Greek or box drawing, or
    fails: the share of prose characters tells them apart."""
    for name in ("gb18030", "big5"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if text and len(PROSE.findall(text)) >= 0.98 * len(text) and re.search(r"[\u4e00-\u9fff]", text):
            return text, name
    return None


def median(values: list[int]) -> float:
    """statistics.median, without its import (decimal, fractions, random: a
    twentieth of a cold rebuild's start-up)."""
    v = sorted(values)
    half = len(v) // 2
    return v[half] if len(v) % 2 else (v[half - 1] + v[half]) / 2


def page_kind(lines: list[str]) -> str:
    """Recognise the kind of page from its text alone (never from its file name)."""
    full = [l.strip() for l in lines if l.strip()]
    if not full:
        return "plain"
    if sum(1 for l in lines if MD_HEADING.match(l)) >= 1:
        return "markdown"
    longest = max(len(l) for l in full)
    if len(full) <= 12 and longest >= 300 and any(WEB_STAMP.match(l) for l in full[:5]):
        return "web"
    if len(full) >= 8 and median([len(l) for l in full]) <= 24:
        return "ocr"
    return "plain"


# A mirror that converts a county site's news to traditional characters may print each
# converted character's reading after it (共產(chǎn)黨, 網(wǎng)): its tool's debris, which splits
# every word it touches.  Dropped where a page is dense with it; a text's own reading aid
# for a rare character (浉(shī)河区) comes once or twice and stays.
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# (…with its tone marks, 網(wǎng), or without them and a space after, 社會(hui) 變遷)
RUBY = re.compile(rf"(?<=[\u3400-\u9fff])\((?:(?=[a-zü]*[{TONED}])[a-zü{TONED}]{{1,6}}\)|[a-z]{{1,6}}\) )")
LEAST_RUBY = 5               # readings on a page…
RUBY_SHARE = 0.01            # …and per Chinese character
HAN_CHAR = re.compile(r"[\u3400-\u9fff]")


def without_ruby(text: str) -> str:
    found = RUBY.findall(text) if "(" in text else []
    if len(found) < LEAST_RUBY or len(found) < RUBY_SHARE * len(HAN_CHAR.findall(text)):
        return text
    return RUBY.sub("", text)


# A paragraph's indent of ideographic spaces that a wrong conversion turned to question
# marks (??? 会议听取…): spaces again, one for one.
LOST_INDENT = re.compile(r"^\?{2,}(?=\s|[\u3400-\u9fff])", re.M)
# …and a character lost after an item's signature, at its line's end (…的特点。 (吕劲)?): a
# question mark never follows the bracket that closes a signature.
LOST_AFTER_SIGNATURE = re.compile(r"([。！？!…][ 　]?[（(][\u4e00-\u9fff ·]{2,12}[）)])\?+[ \t]*$", re.M)


# A forum's hidden anti-copy text (Discuz's "jammer"), left in a saved post as a run of
# one- to three-character ASCII scraps between spaces (… 广泛传播。 ! W" a+ \& |, n3 F# {# |* M+ f):
# debris that glues the paragraph to the next.  Cut where the scraps mix punctuation and
# letters, as no English phrase or table of figures does.
JAMMER = re.compile(r"[ \t]+(?:[!-~]{1,3}[ \t]+){5,}[!-~]{1,3}(?=[ \t]*$|[ \t]+(?![!-~]{1,3}(?:[ \t]|$)))", re.M)
# Table debris after a finished sentence (…精神动力。 |): a cell's border, not the text's.
TRAILING_BORDER = re.compile(r"(?<=[。！？”」』）)])[ \t]+\|+[ \t]*$", re.M)


# An image a converter left with no words (![]() or ![](a.jpg)) before a paragraph: nothing to
# read, and its brackets would open the text.  (An image with alt text keeps it: a caption.)
EMPTY_IMAGE = re.compile(r"!\[\s*\]\([^)\s]*\)[ \t]*")


# A picture's file name a page left glued before a paragraph's words (• cdc8f8ab….jpg同年7月,…):
# debris, and it opens the paragraph.  (A name alone on its line is left to the furniture rules.)
GLUED_IMAGE_NAME = re.compile(r"^([ \t]*)[•·]?[ \t]*[\w-]{8,}\.(?:jpe?g|png|gif|bmp|webp)(?=[\u3400-\u9fff“（(])", re.M | re.I)


def without_jammer(text: str) -> str:
    def cut(m: re.Match) -> str:
        scraps = m.group(0).split()
        marks = sum(1 for t in scraps if not t.isalnum())
        letters = sum(1 for t in scraps if any(c.isalpha() for c in t))
        return "" if marks >= 3 and letters >= 2 else m.group(0)
    return JAMMER.sub(cut, text)


def text_to_page(text: str, source: str, encoding: str = "utf-8", nbytes: int = 0) -> Page:
    text = without_ruby(clean_text(text))
    if "??" in text:
        text = LOST_INDENT.sub(lambda m: " " * len(m.group(0)), text)
    if "?" in text:
        text = LOST_AFTER_SIGNATURE.sub(r"\1", text)
    if "|" in text:
        text = TRAILING_BORDER.sub("", text)
    text = without_jammer(text)
    if "![" in text:
        text = EMPTY_IMAGE.sub("", text)
    if "." in text:
        text = GLUED_IMAGE_NAME.sub(r"\1", text)
    raw = text.split("\n")
    if raw and raw[-1] == "":
        raw.pop()
    if not any(l.strip() for l in raw):
        raise PageError(f"{source}: empty page (no text)")
    return Page(source=source, lines=[Line(i + 1, t.rstrip()) for i, t in enumerate(raw)],
                kind=page_kind(raw), encoding=encoding, nbytes=nbytes)


def read_page(path: Path, encoding: str | None = None) -> Page:
    source = path.name
    try:
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            raise PageError(f"{source}: {size / 1e6:.0f} MB is too large for one page "
                            f"(limit {MAX_PAGE_BYTES // (1024 * 1024)} MB); split it into pages")
        data = path.read_bytes()
    except OSError as err:
        raise PageError(f"{path}: cannot read: {err.strerror}") from None
    if not data.strip():
        raise PageError(f"{source}: empty file")
    text, enc = decode(data, source, encoding)
    return text_to_page(text, source, enc, len(data))
