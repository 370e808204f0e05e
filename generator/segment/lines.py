"""What each line of a page looks like, as features for the line-role tagger.

A line is described by small facts (its length against the page's column
width, how it starts and ends, dates, datelines, credits, furniture words,
database field labels, headings, blank lines around it), and by the same
facts of its neighbours two lines either way.  Pure functions over the
page's texts; the words come from data/lines.yml.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from ..extract.gazetteer import rules
from .text import HAN, ROLE, ends_sentence, is_credit

SENTENCE_END = "。！？!?"
COMMA = "，、；：,;:"
CLOSE = "”’」』）)】》"
OPEN = "“‘「『（(【《"
DATELINE = re.compile(r"^\s*(?:本报讯|本报[^\s，。]{0,8}?(?:讯|电)|(?:据)?新华社[^\s，。]{0,12}?电|"
                      r"[^\s，。]{2,8}(?:网|台|社)讯|[^\s，。]{2,6}日报讯|本网讯|本台讯)")
JUMP_IN = re.compile(r"^\s*[（(](?:紧接|上接|接|续)[^）)]{0,8}[）)]")
JUMP_OUT = re.compile(r"[（(](?:下转|转|转第|转至)[^）)]{0,8}[）)]\s*$")
FULL_DATE = re.compile(r"(?:19|20)\d{2}\s*(?:[-/.年]\s*\d{1,2}\s*(?:[-/.月]\s*\d{1,2})?|\d{4}(?!\d))|"
                       r"\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\b|[〇一二三四五六七八九零]{4}年")
MONTH_DAY = re.compile(r"\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日")
TIME = re.compile(r"\d{1,2}:\d{2}")
NOT_DATE_TEXT = re.compile(rf"[{HAN}]")
PHOTO = re.compile(r"摄\s*[）)]?\s*$|摄（[^）]*）\s*$")
ROLE_WORD = re.compile(ROLE.replace("文/图|文|图", "文/图"))
SPACED = re.compile(rf"^(?:[{HAN}“”]\s+){{3,}}[{HAN}“”]$")
PHRASES = re.compile(rf"^[{HAN}“”]{{2,12}}(?:\s+[{HAN}“”]{{2,12}}){{1,3}}$")
HEADING = re.compile(r"^\s{0,3}(#{1,6})\s")
GRAM = re.compile(rf"[{HAN}]+")
GRAM_CHAR = re.compile(rf"[{HAN}]")
PAPER_WORDS = re.compile(r"星期[一二三四五六日天]|第\s*[\d一二三四五六七八九十]+\s*版|周[一二三四五六日]")
META = re.compile(r"(?:来源|发布|作者|浏览|点击|阅读|编辑|字号|信息来源|时间|日期|更新)\w{0,3}\s*[:：]")


@functools.lru_cache(maxsize=1)
def _words() -> dict:
    r = rules("lines.yml")
    furniture = {k: re.compile("|".join(f"(?:{w})" for w in v)) for k, v in r["furniture"].items()}
    fields = "|".join(f"(?P<{k}>{'|'.join(v)})" for k, v in r["fields"].items())
    # Two spellings of each label: 【标题】 and 标题： (the group names are kept apart by a suffix).
    field = re.compile(rf"^\s*(?:【\s*(?:{fields})\s*】|(?:{fields.replace('>', '_>')})\s*[:：])")
    strong = re.compile("|".join(f"(?:{w})" for w in r["strong"]))
    return {"furniture": furniture, "field": field, "markers": r["markers"], "strong": strong}


@dataclass(frozen=True)
class Profile:
    """What the page as a whole is like: whether its lines are hard-wrapped to a
    column and how wide that column is, whether it uses Markdown headings or
    database field labels."""
    width: int              # the column width in characters, 0 when lines are not wrapped
    headings: bool
    fields: bool


def han_width(text: str) -> float:
    """Printed width: Latin letters and digits take half a column."""
    n = 0.0
    for ch in text:
        if ch.isspace():
            continue
        n += 0.5 if ch.isascii() else 1.0
    return n


def profile(texts: list[str]) -> Profile:
    widths = [round(han_width(t)) for t in texts if t.strip()]
    long = [w for w in widths if w >= 8]
    width = 0
    if long:
        counts = Counter(long)
        # The column width: the most common length, counting its neighbours (a line
        # runs one long or short where punctuation is squeezed).
        best = max(counts, key=lambda w: (counts[w - 1] + counts[w] + counts[w + 1], w))
        share = (counts[best - 1] + counts[best] + counts[best + 1]) / len(long)
        if share >= 0.3 and best <= 60:
            width = best
    heads = sum(1 for t in texts if HEADING.match(t))
    field = _words()["field"]
    fields = sum(1 for t in texts if field.match(t))
    return Profile(width, heads > 0, fields >= 2)


def bucket(n: float, edges: tuple) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return "more"


def char_class(ch: str) -> str:
    if not ch:
        return "none"
    if ch in SENTENCE_END:
        return "stop"
    if ch in COMMA:
        return "comma"
    if ch in CLOSE:
        return "close"
    if ch in OPEN:
        return "open"
    if ch in "—-－─":
        return "dash"
    if ch == "…":
        return "ellipsis"
    if ch.isdigit():
        return "digit"
    if "\u4e00" <= ch <= "\u9fff":
        return "han"
    if ch.isascii() and ch.isalpha():
        return "latin"
    if ch in _words()["markers"]:
        return "marker"
    return "other"


def facts(text: str, prof: Profile) -> dict[str, str]:
    """The small facts of one non-blank line."""
    words = _words()
    t = text.strip()
    body = HEADING.sub("", t)
    n = han_width(body)
    f: dict[str, str] = {}
    f["len"] = bucket(n, (2, 4, 6, 8, 10, 12, 15, 18, 22, 26, 32, 40, 60, 100, 200))
    if prof.width:
        f["rel"] = bucket(n / prof.width, (0.3, 0.5, 0.65, 0.8, 0.9, 1.1, 1.3, 2))
    last = body[-1:]
    f["end"] = char_class(last)
    if last in CLOSE:
        inner = body.rstrip(CLOSE)[-1:]
        f["end"] = "close_" + char_class(inner)
    if body.endswith(("——", "--")):
        f["end"] = "dashes"
    f["start"] = char_class(body[:1])
    inside = sum(body.count(c) for c in SENTENCE_END[:3]) - (1 if last in SENTENCE_END else 0)
    f["stops"] = bucket(inside, (0, 1, 3))
    f["commas"] = bucket(sum(body.count(c) for c in "，、；"), (0, 1, 3))
    if DATELINE.match(body):
        f["open"] = "dateline"
    elif JUMP_IN.match(body):
        f["open"] = "jump"
    elif body[:1] in words["markers"]:
        f["open"] = "marker"
    elif text[:1] in " \u3000\t":
        f["open"] = "indent"
    if JUMP_OUT.search(body):
        f["jumpout"] = "1"
    if PHOTO.search(body):
        f["credit"] = "photo"
    elif is_credit(body):
        f["credit"] = "names"
    elif ROLE_WORD.search(body[:12]):
        f["credit"] = "role"
    date = FULL_DATE.search(body)
    if date:
        rest = NOT_DATE_TEXT.findall(FULL_DATE.sub("", TIME.sub("", body)))
        f["date"] = "only" if len(rest) <= 2 else "short" if len(rest) <= 12 else "full"
    elif MONTH_DAY.search(body):
        f["date"] = "md"
    if TIME.search(body):
        f["time"] = "1"
    hits = []
    for name, rx in words["furniture"].items():
        k = len(rx.findall(body))
        if k:
            hits.append(name)
            f["fu_" + name] = "2" if k >= 2 else "1"
    if hits:
        f["furn"] = "+".join(hits[:2])
    cover = furniture_cover(body)
    if cover is not None:
        f["fcov"] = bucket(cover, (0.2, 0.5, 0.8, 1.0))
    if is_furniture(body):
        f["furniture"] = "1"
    if is_date_line(body):
        f["dateline"] = "1"
    m = words["field"].match(body)
    if m:
        f["field"] = (m.lastgroup or "other").rstrip("_")
        f["field_rest"] = bucket(han_width(body[m.end():]), (0, 4, 40))
    h = HEADING.match(t)
    if h:
        f["heading"] = str(len(h.group(1)))
    if SPACED.match(body):
        f["shape"] = "spaced"
    elif PHRASES.match(body):
        f["shape"] = "phrases"
    elif "|" in body or "｜" in body:
        f["shape"] = "pipe"
    digits = sum(c.isdigit() for c in body)
    latin = sum(c.isascii() and c.isalpha() for c in body)
    if digits * 3 > len(body):
        f["digits"] = "many"
    if latin * 3 > len(body):
        f["latin"] = "many"
    if ends_sentence(body):
        f["sentence"] = "1"
    return f


def furniture_cover(text: str) -> float | None:
    """The share of a short line's Chinese characters that furniture words,
    dates and numbers account for (1.0 for a line of symbols alone: 分享 bars,
    separators, table debris); None for lines too long to be furniture."""
    if han_width(text) > 40:
        return None
    han = len(GRAM_CHAR.findall(text))
    if not han:
        return 1.0
    covered = 0
    rest = FULL_DATE.sub("", text)
    for rx in _words()["furniture"].values():
        for m in rx.finditer(rest):
            covered += len(GRAM_CHAR.findall(m.group(0)))
    return min(1.0, covered / han)


def is_furniture(text: str) -> bool:
    """A line that can only be furniture: no sentence in it and (nearly) all of it
    furniture words, or no words at all."""
    t = text.strip()
    if not t or re.search(r"[。！？]", t) or han_width(t) > 100:
        return False
    if _words()["strong"].search(t):
        return True
    cover = furniture_cover(HEADING.sub("", t))
    return cover is not None and cover >= 0.8 and not FULL_DATE.search(t) or (
        cover == 1.0 and not re.search(rf"[{HAN}\d]", t))


def is_date_line(text: str) -> bool:
    """A line that prints a full date and little else (a time stamp, 发布时间：…,
    [2019-02-27], a paper's date and page), or a date under labels (来源：… 作者：…)."""
    from ..extract.dates import printed_date

    t = text.strip()
    if len(t) > 80 or not FULL_DATE.search(t) or re.search(r"[，。！？]", t) or not printed_date(t):
        return False
    rest = NOT_DATE_TEXT.findall(PAPER_WORDS.sub("", FULL_DATE.sub("", TIME.sub("", t))))
    return len(rest) <= 2 or (len(rest) <= 6 and PAPER_WORDS.search(t) is not None) or \
        (META.search(t) is not None and not re.search(r"[。！？]", t))


CONTEXT = ("len", "rel", "end", "start", "open", "credit", "date", "furn", "field", "hrel", "shape", "sentence",
           "gap_b", "gap_a", "block", "furniture", "dateline")


def features(texts: list[str]) -> tuple[list[int], list[list[str]]]:
    """(indexes of the non-blank lines, their feature lists) for a page's line texts."""
    prof = profile(texts)
    idx = [i for i, t in enumerate(texts) if t.strip()]
    rows = []
    counts = Counter(t.strip() for t in texts if t.strip())
    blocks = block_sizes(texts)
    for k, i in enumerate(idx):
        f = facts(texts[i], prof)
        f["gap_b"] = "1" if i == 0 or not texts[i - 1].strip() else "0"
        f["gap_a"] = "1" if i + 1 >= len(texts) or not texts[i + 1].strip() else "0"
        size = blocks[i]
        f["block"] = bucket(size, (1, 2, 3, 4, 6))
        f["bpos"] = ("only" if size == 1 else "first" if f["gap_b"] == "1" else "last" if f["gap_a"] == "1"
                     else "mid")
        if counts[texts[i].strip()] > 1:
            f["repeat"] = "1"
        rows.append(f)
    page = [f"pg_width={bucket(prof.width, (0, 14, 18, 24, 32, 45))}", f"pg_heads={int(prof.headings)}",
            f"pg_fields={int(prof.fields)}"]
    # Heading levels count against the page's own: the top level in use, and how often each is used.
    levels = Counter(int(r["heading"]) for r in rows if "heading" in r)
    top = min(levels) if levels else 0
    for r in rows:
        if "heading" in r:
            lv = int(r["heading"])
            r["hrel"] = str(min(lv - top, 3))
            r["hcount"] = bucket(levels[lv], (1, 2, 4))
    grams = [set(bigrams(texts[i])) for i in idx]
    out = []
    n = len(idx)
    for k in range(n):
        f = rows[k]
        feats = ["bias"] + page + [f"{key}={v}" for key, v in f.items()]
        feats.append(f"pos={bucket(k, (0, 1, 2, 4, 8))}")
        feats.append(f"rpos={bucket(n - 1 - k, (0, 1, 2, 4, 8))}")
        for off in (-2, -1, 1, 2):
            j = k + off
            if 0 <= j < n:
                g = rows[j]
                feats += [f"{off}:{key}={g[key]}" for key in CONTEXT if key in g]
            else:
                feats.append(f"{off}:edge")
        prev = rows[k - 1] if k else {}
        nxt = rows[k + 1] if k + 1 < n else {}
        feats.append(f"pe|gb|s={prev.get('end', 'edge')}|{f['gap_b']}|{f['start']}")
        feats.append(f"e|ga|ns={f['end']}|{f['gap_a']}|{nxt.get('start', 'edge')}")
        feats.append(f"l|pl={f['len']}|{prev.get('len', 'edge')}")
        feats.append(f"blk|bpos|end={f['block']}|{f['bpos']}|{f['end']}")
        if f.get("rel"):
            feats.append(f"rel|end|ns={f['rel']}|{f['end']}|{nxt.get('start', 'edge')}")
        if f.get("sentence") is None and f["len"] in ("2", "4", "6", "8", "10", "12", "15", "18", "22", "26", "32"):
            feats.append("ov=" + overlap_side(grams, k))
        out.append(feats)
    return idx, out


def block_sizes(texts: list[str]) -> list[int]:
    """For each line, the number of lines in its run of non-blank lines."""
    out = [0] * len(texts)
    i = 0
    while i < len(texts):
        if not texts[i].strip():
            i += 1
            continue
        j = i
        while j < len(texts) and texts[j].strip():
            j += 1
        for k in range(i, j):
            out[k] = j - i
        i = j
    return out


def bigrams(text: str) -> list[str]:
    out = []
    for run in GRAM.findall(text):
        out += [run[i:i + 2] for i in range(len(run) - 1)]
    return out


def overlap_side(grams: list[set], k: int, reach: int = 12) -> str:
    """Which way a short line's words point: to the lines before it or after it
    (a headline shares words with its own body)."""
    mine = grams[k]
    if len(mine) < 2:
        return "none"
    before = set().union(*grams[max(0, k - reach):k]) if k else set()
    after = set().union(*grams[k + 1:k + 1 + reach])
    a, b = len(mine & before), len(mine & after)
    if a == b:
        return "same" if a else "none"
    return "prev" if a > b else "next"
