"""What each line of a page looks like, as features for the line-role tagger.

A line is described by small facts (its length against the page's column
width, how it starts and ends, dates, datelines, credits, furniture words,
database field labels, headings, blank lines around it), and by the same
facts of its neighbours two lines either way.  Pure functions over the
page's texts; the words come from data/lines.yml.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass

from ..extract.gazetteer import rules
from .anyof import AnyOf
from .text import HAN, LETTER_SPACED, ROLE, ends_sentence, is_credit

SENTENCE_END = "。！？!?"
COMMA = "，、；：,;:"
CLOSE = "”’」』）)】》"
OPEN = "“‘「『（(【《"
# (OCR sets a space beside a number: 本报北京 2月20日电, 本报北京2月 10日电)
_DL = r"(?:[^\s，。]|\s(?=\d)|(?<=\d)\s)"
# (an old paper prints its dateline in brackets: 【新华社重庆十四日电】, 【新华社十四日讯】)
DATELINE = re.compile(rf"^\s*[【\[]?(?:本报讯|本报{_DL}{{0,10}}?(?:讯|电)|(?:据)?新华社{_DL}{{0,14}}?(?:电|讯)|"
                      r"[^\s，。]{2,8}(?:网|台|社)讯|[^\s，。]{2,6}日报讯|本网讯|本台讯|"
                      # (a Taiwan paper's reporter's credit in brackets opens its report: 【記者某某／澎湖報導】)
                      r"(?<=[【\[])(?:本报|本台|本网)?(?:特约)?记者[^【】\[\]，。]{1,16}?(?:报导|报道)\s*[】\]])")
JUMP_IN = re.compile(r"^\s*[（(](?:紧接|上接|接|续)[^）)]{0,8}[）)]")
JUMP_OUT = re.compile(r"[（(](?:下转|转|转第|转至)[^）)]{0,8}[）)]\s*$")
FULL_DATE = re.compile(r"(?:19|20)\d{2}\s*(?:[-/.年]\s*\d{1,2}\s*(?:[-/.月]\s*\d{1,2})?|\d{4}(?!\d))|"
                       r"\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\b|[〇一二三四五六七八九零]{4}年|"
                       r"\d{1,2}月\s*\d{1,2}\s*[,，]\s*(?:19|20)\d{2}(?![\d年])")
MONTH_DAY = re.compile(r"\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日")
TIME = re.compile(r"\d{1,2}:\d{2}")
NOT_DATE_TEXT = re.compile(rf"[{HAN}]")
PHOTO = re.compile(r"摄\s*[）)]?\s*$|摄（[^）]*）\s*$")
ROLE_WORD = re.compile(ROLE.replace("文/图|文|图", "文/图"))
SPACED = LETTER_SPACED       # a headline set with a space between its characters (text.py)
PHRASES = re.compile(rf"^[{HAN}“”]{{2,12}}(?:\s+[{HAN}“”]{{2,12}}){{1,3}}$")
HEADING = re.compile(r"^\s{0,3}(#{1,6})\s")
GRAM = re.compile(rf"[{HAN}]+")
GRAM_CHAR = re.compile(rf"[{HAN}]")
# (…and a masthead's issue numbers and lunar date: 第 23 期 总第1647期 本期16版 … 甲辰年五月初一)
PAPER_WORDS = re.compile(r"星期[一二三四五六日天]|第\s*[\d一二三四五六七八九十]+\s*版|周[一二三四五六日]|"
                         r"(?:总)?第\s*\d+\s*期|(?:本期|今日)(?:共)?\s*\d+\s*版|农历|"
                         r"[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年(?:闰?[正一二三四五六七八九十冬腊]{1,2}月)?"
                         r"(?:初|十|廿|二十|三十)?[一二三四五六七八九十]?")
# (a database's labels are bracketed: 【作者】… 【成文日期】2019-12-31 【点击率】1322次)
META = re.compile(r"(?:来源|发布|作者|浏览|点击|阅读|编辑|字号|信息来源|时间|日期|更新)\w{0,3}\s*[:：】]|发表于|发布于")


@functools.lru_cache(maxsize=1)
def _words() -> dict:
    r = rules("lines.yml")
    furniture = {k: re.compile("|".join(f"(?:{w})" for w in v)) for k, v in r["furniture"].items()}
    # One pass first: most lines hold no furniture word at all.
    anyword = AnyOf(w for v in r["furniture"].values() for w in v)
    fields = "|".join(f"(?P<{k}>{'|'.join(v)})" for k, v in r["fields"].items())
    # Two spellings of each label: 【标题】 and 标题： (the group names are kept apart by a suffix);
    # some archives print 【标题】= 下镇乡里刮春风: the sign is the label's; a county's media
    # account sets its credits with a bar (来源丨融媒体新闻中心).
    field = re.compile(rf"^\s*(?:【\s*(?:{fields})\s*】\s*=?|(?:{fields.replace('>', '_>')})\s*[:：=丨｜|])")
    names = "|".join(r"\s?".join(n) for n in r["column_names"])
    recommendations = "|".join(r["recommendations"])
    # (a panel set as a table may space its labels out: 发 布 机 构, 索   引   号)
    panel_labels = "|".join(r"\s*".join(l) if l.isalpha() else l for l in r["panel_labels"])
    strong = AnyOf(w.replace("{column_names}", names).replace("{recommendations}", recommendations)
                   .replace("{panel_labels}", panel_labels).replace("{page_index}", r["page_index"])
                   for w in r["strong"])
    panel_label = re.compile(rf"^\s*[•·]?\s*(?:{panel_labels})\s*[:：]\s*$")
    recommended = re.compile(rf"^\s*(?:{recommendations})\s*[:：]?\s*$")
    column = re.compile(rf"^\s*(?:{names})\s*$")
    column_in = re.compile(rf"(?:{names})")
    marks = re.escape(r["markers"])
    sidebar = re.compile(rf"^\s*[{marks}【\[]?\s*(?:{'|'.join(r['sidebars'])})\s*[】\]：:]?\s*$")
    opener = re.compile(rf"^\s*[{marks}【\[]?\s*(?:{'|'.join(r['openers'])})\s*[】\]：:]?\s*$")
    quotation_box = re.compile(rf"^\s*[【\[]?\s*(?:{'|'.join(r['quotation_boxes'])})\s*[】\]：:]?\s*$")
    quotation_ends = frozenset(w[-1] for w in r["quotation_boxes"])     # (asked first: most lines hold none)
    # (its colon may be spaces before a name alone: 版式设计  某某某)
    graphics = re.compile(rf"^\s*(?:本版)?(?:{'|'.join(r['graphics_credits'])})(?:\s*[:：]\s*\S.{{0,24}}|\s+[\u4e00-\u9fff]{{2,4}}\s*)$")
    author_note = re.compile(rf"^\s*[（(]\s*(?:{'|'.join(r['author_notes'])}).*[）)]\s*$")
    notices = [re.compile(w) for w in r["notices"]]
    # (a middle dot opens names and menus as often as items)
    item_markers = "".join(c for c in r["markers"] if c not in "·•")
    return {"furniture": furniture, "any": anyword, "field": field, "markers": r["markers"], "strong": strong,
            "item_markers": item_markers,
            "recommended": recommended,
            "sidebar": sidebar, "opener": opener, "quotation_box": quotation_box, "quotation_ends": quotation_ends,
            "page_index": re.compile(r["page_index"]), "column_form": re.compile(r["column_name_form"]), "graphics": graphics, "author_note": author_note, "column": column, "column_in": column_in,
            "panel_label": panel_label, "not_entry_names": frozenset(r["not_entry_names"]), "notices": notices,
            "notice_chars": re.compile(f"[{re.escape(r['notice_chars'])}]"),
            "date_in_text": re.compile("|".join(r["date_in_text_labels"])),
            "site_title_ends": tuple(r["site_title_ends"]),
            **{f"site_{k}": re.compile(v) for k, v in r["site_parts"].items()}}


@dataclass(frozen=True)
class Profile:
    """What the page as a whole is like: whether its lines are hard-wrapped to a
    column and how wide that column is, whether it uses Markdown headings or
    database field labels, whether it prints a column's name over short items (简讯),
    whether it holds database records (a headline under a label of its own, 【标题】
    or 标题：, which the 来源/发布时间 labels of web pages are not), whether any line is
    under a field label at all."""
    width: int              # the column width in characters, 0 when lines are not wrapped
    headings: bool
    fields: bool
    column: bool = False
    records: bool = False
    labelled: bool = False


WHITE = re.compile(r"\s+")
DIGIT = re.compile(r"\d")
STOPS = re.compile(r"[。！？]")
DATE_CHARS = re.compile(r"[\d〇零一二三四五六七八九十]")
COMMAS = re.compile(r"[，、；]")
LATIN = re.compile(r"[A-Za-z]")
ASCII = re.compile(r"[\x21-\x7e]")


@functools.lru_cache(maxsize=16384)
def han_width(text: str) -> float:
    """Printed width: Latin letters and digits take half a column.  (Asked of each line
    by many rules: the answer is kept.)"""
    t = WHITE.sub("", text)
    return len(t) - 0.5 * len(ASCII.findall(t))


_last_profile: tuple = (None, None, None)


def profile(texts: list[str]) -> Profile:
    """The page's profile; asked by several stages of one page's parse, made once
    (the same list, unchanged: its identity and length are checked)."""
    global _last_profile
    key, n, prof = _last_profile
    if key is texts and n == len(texts):
        return prof
    prof = _profile(texts)
    _last_profile = (texts, len(texts), prof)
    return prof


def _profile(texts: list[str]) -> Profile:
    widths = [round(han_width(t)) for t in texts if t.strip()]
    long = [w for w in widths if w >= 8]
    width = 0
    if long:
        counts = Counter(long)
        # The column width: the most common length, counting its neighbours (a line
        # runs one long or short where punctuation is squeezed).
        best = max(counts, key=lambda w: (counts[w - 1] + counts[w] + counts[w + 1], counts[w], w))
        share = (counts[best - 1] + counts[best] + counts[best + 1]) / len(long)
        if share >= 0.3 and best <= 60:
            width = best
    heads = sum(1 for t in texts if HEADING.match(t))
    field = _words()["field"]
    kinds = [(m.lastgroup or "").rstrip("_") for t in texts if (m := field.match(t)) is not None]
    column = any(_words()["column"].match(t) for t in texts)
    # (…or a column cut out without its name: three or more lines, and nearly every line,
    # opened by one mark, ◆5日上午，三垛镇召开… / ◆12日上午，…)
    opening = Counter(t.strip()[0] for t in texts if t.strip())
    n = max((k for m, k in opening.items() if m in _words()["item_markers"]), default=0)
    column = column or (n >= 3 and n >= 0.8 * len(widths))
    return Profile(width, heads > 0, len(kinds) >= 2, column, "title" in kinds, bool(kinds))


class Buckets:
    """A fact's buckets: a number is named by the first edge it does not pass ("more"
    past the last). The names are written once: a page's lines ask some 7 each."""

    def __init__(self, *edges: float):
        self.edges = edges
        self.names = tuple(str(e) for e in edges) + ("more",)

    def __call__(self, n: float) -> str:
        return self.names[bisect.bisect_left(self.edges, n)]


LENGTH = Buckets(2, 4, 6, 8, 10, 12, 15, 18, 22, 26, 32, 40, 60, 100, 200)
OF_WIDTH = Buckets(0.3, 0.5, 0.65, 0.8, 0.9, 1.1, 1.3, 2)
FEW = Buckets(0, 1, 3)
COVER = Buckets(0.2, 0.5, 0.8, 1.0)
REST = Buckets(0, 4, 40)
BLOCK = Buckets(1, 2, 3, 4, 6)
PAGE_WIDTH = Buckets(0, 14, 18, 24, 32, 45)
USES = Buckets(1, 2, 4)
PLACE = Buckets(0, 1, 2, 4, 8)


@functools.lru_cache(maxsize=2048)
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


def facts(text: str, prof: Profile, inner: bool = False) -> dict[str, str]:
    """The small facts of one non-blank line.  An `inner` line (inside a run of
    wrapped lines, about as wide as the column) is a body line's middle: what
    furniture, dates and credits look like is not asked of it."""
    words = _words()
    t = text.strip()
    body = HEADING.sub("", t) if t[:1] == "#" else t
    n = han_width(body)
    f: dict[str, str] = {}
    f["len"] = LENGTH(n)
    if prof.width:
        f["rel"] = OF_WIDTH(n / prof.width)
    last = body[-1:]
    f["end"] = char_class(last)
    shape_only = inner
    if last in CLOSE:
        f["end"] = "close_" + char_class(body.rstrip(CLOSE)[-1:])
        # The shipped model was fitted with the facts below left out for every line that
        # ends on a closing mark (”, ）, 】: a slip of the first tagger that stuck). Giving
        # them back and refitting measured worse with today's rules (data/line_roles.md), so
        # the rules and the model keep it.
        shape_only = bool(body.rstrip(CLOSE))
    if body.endswith(("——", "--")):
        f["end"] = "dashes"
    f["start"] = char_class(body[:1])
    inside = len(STOPS.findall(body)) - (1 if last in SENTENCE_END else 0)
    f["stops"] = FEW(inside)
    f["commas"] = FEW(len(COMMAS.findall(body)))
    head = body[:20]
    if ("讯" in head or "电" in head or "报" in head) and DATELINE.match(body):
        f["open"] = "dateline"
    elif body[:1] in "（(" and JUMP_IN.match(body):
        f["open"] = "jump"
    elif body[:1] in words["markers"]:
        f["open"] = "marker"
    elif text[:1] in " \u3000\t":
        f["open"] = "indent"
    if body[-1:] in "）)" and JUMP_OUT.search(body):
        f["jumpout"] = "1"
    if ends_sentence(body):
        f["sentence"] = "1"
    if shape_only:
        return f
    if "摄" in body and PHOTO.search(body):
        f["credit"] = "photo"
    elif n <= 30 and not COMMAS.search(body) and is_credit(body):
        f["credit"] = "names"
    elif ROLE_WORD.search(body[:12]):
        f["credit"] = "role"
    numbers = DATE_CHARS.search(body) is not None          # most lines print no number at all
    date = FULL_DATE.search(body) if numbers else None
    if date:
        rest = NOT_DATE_TEXT.findall(FULL_DATE.sub("", TIME.sub("", body)))
        f["date"] = "only" if len(rest) <= 2 else "short" if len(rest) <= 12 else "full"
    elif numbers and MONTH_DAY.search(body):
        f["date"] = "md"
    if numbers and TIME.search(body):
        f["time"] = "1"
    if n <= 60:                      # in a paragraph these words are words
        found = furniture_words(body)
        hits = [name for name in words["furniture"] if found.get(name)]
        for name in hits:
            f["fu_" + name] = "2" if found[name] >= 2 else "1"
        if hits:
            f["furn"] = "+".join(hits[:2])
    cover = furniture_cover(body)
    if cover is not None:
        f["fcov"] = COVER(cover)
    if is_furniture(body):
        f["furniture"] = "1"
    if date and is_date_line(body):
        f["dateline"] = "1"
    m = words["field"].match(body) if (body[:1] == "【" or "：" in head[:8] or ":" in head[:8]) else None
    if m:
        f["field"] = (m.lastgroup or "other").rstrip("_")
        f["field_rest"] = REST(han_width(body[m.end():]))
    h = HEADING.match(t) if t[:1] == "#" else None
    if h:
        f["heading"] = str(len(h.group(1)))
    if " " in body and SPACED.match(body):
        f["shape"] = "spaced"
    elif " " in body and PHRASES.match(body):
        f["shape"] = "phrases"
    elif "|" in body or "｜" in body:
        f["shape"] = "pipe"
    if ASCII.search(body):
        if len(DIGIT.findall(body)) * 3 > len(body):
            f["digits"] = "many"
        if len(LATIN.findall(body)) * 3 > len(body):
            f["latin"] = "many"
    return f


# An entry that opens on its name in brackets: a yearbook's (【民众镇概况】 民众镇位于…) or a
# digest's (【区领导调研春耕生产】3月5日，…).
BRACKET_LEAD = re.compile(r"^\s*【([^【】\s]{2,16})】\s*\S")
CLAUSE_MARK = re.compile(r"[，。！？；：,;:!?、]")


def entry_name(text: str) -> str:
    """The name in brackets an entry opens on, when it is a name (see `names_entry`)."""
    m = BRACKET_LEAD.match(text) if "【" in text[:3] else None
    return m.group(1) if m is not None and names_entry(m.group(1)) else ""


# Words in brackets that credit a reporter (【记者某某报道】, 【本报讯】, a Taiwan paper's 【記者某某報導】,
# read in its simplified copy like every line the segmenters read).
BRACKETED_CREDIT = re.compile(r"^(?:本报|本台|本网)?(?:特约)?(?:记者|通讯员)|(?:报道|报导|讯)$")


def names_entry(name: str) -> bool:
    """Whether words in brackets name an entry or a section: no sentence, no field's, box's
    or column's label (【作者】, 【相关链接】, 【编者按】), no reporter's credit."""
    words = _words()
    return not (CLAUSE_MARK.search(name) or name in words["not_entry_names"] or words["field"].match(f"【{name}】")
                or BRACKETED_CREDIT.search(name)
                or any(words[k].match(name) for k in ("sidebar", "opener", "column", "recommended")))


NO_WORDS: dict[str, int] = {}


@functools.lru_cache(maxsize=4096)
def furniture_words(text: str) -> dict[str, int]:
    """How many words of each furniture class a line holds (a page's lines are asked twice)."""
    words = _words()
    if not words["any"].search(text):
        return NO_WORDS
    return {name: len(rx.findall(text)) for name, rx in words["furniture"].items()}


@functools.lru_cache(maxsize=4096)
def furniture_cover(text: str) -> float | None:
    """The share of a short line's Chinese characters that furniture words,
    dates and numbers account for (1.0 for a line of symbols alone: 分享 bars,
    separators, table debris); None for lines too long to be furniture."""
    if han_width(text) > 40:
        return None
    han = len(GRAM_CHAR.findall(text))
    if not han:
        return 1.0
    if not furniture_words(text):
        return 0.0
    covered = 0
    rest = FULL_DATE.sub("", text)
    for rx in _words()["furniture"].values():
        for m in rx.finditer(rest):
            covered += len(GRAM_CHAR.findall(m.group(0)))
    return min(1.0, covered / han)


LIST_BULLET = re.compile(r"^[•·]\s*")
RULE_ONLY = re.compile(r"[\s|｜+\-—=_*~#]+")


@functools.lru_cache(maxsize=4096)
def is_furniture(text: str) -> bool:
    """A line that can only be furniture: no sentence in it and (nearly) all of it
    furniture words, or no words at all.  (A web list's bullet before it is no word: • 分享到 :)"""
    t = LIST_BULLET.sub("", text.strip())
    if t and han_width(t) <= 300 and _words()["notice_chars"].search(t):
        hits = sum(1 for rx in _words()["notices"] if rx.search(t))
        if hits >= 2 or (hits and han_width(t) <= 30):
            return True              # 凡本报记者署名文字…版权均属…所有。…未经授权不得转载…
    if t and RULE_ONLY.fullmatch(t):
        return True                  # a table's borders or a rule, however long: ||||||…, ------…
    if not t or STOPS.search(t) or han_width(t) > 100:
        return False
    if is_calendar(t):
        return True
    if _words()["strong"].search(t):
        return True
    cover = furniture_cover(HEADING.sub("", t))
    return cover is not None and cover >= 0.8 and not FULL_DATE.search(t) or (
        cover == 1.0 and not re.search(rf"[{HAN}\d]", t))


def is_calendar(text: str) -> bool:
    """An archive's calendar or list of issues: three dates or more and next to no words
    (2026-02-15,13100| 2026-02-14,13096| …), which dates no article."""
    if text.count("20") + text.count("19") < 3:
        return False                 # (most lines: no three years in them)
    return len(FULL_DATE.findall(text)) >= 3 and len(NOT_DATE_TEXT.findall(text)) <= 4


@functools.lru_cache(maxsize=4096)
def is_date_line(text: str) -> bool:
    """A line that prints a full date and little else (a time stamp, 发布时间：…,
    [2019-02-27], a paper's date and page), or a date under labels (来源：… 作者：…)."""
    from ..extract.dates import printed_date

    t = text.strip()
    if len(t) > 80 or not DATE_CHARS.search(t) or not FULL_DATE.search(t) or re.search(r"[，。！？]", t) or \
            is_calendar(t) or not printed_date(t) or _words()["date_in_text"].search(t):
        return False
    rest = NOT_DATE_TEXT.findall(PAPER_WORDS.sub("", FULL_DATE.sub("", TIME.sub("", t))))
    return len(rest) <= 2 or (len(rest) <= 6 and PAPER_WORDS.search(t) is not None) or \
        (META.search(t) is not None and not re.search(r"[。！？]", t)) or \
        (len(rest) <= 8 and OUTLET_AFTER.search(t) is not None) or \
        outlet_first(t, len(rest))


# An outlet's name in a date line (潇湘晨报, 安徽日报).
OUTLET_NAME = r"[\u4e00-\u9fff]{2,8}(?:报|网|社|电视台|在线|客户端)"
# A date line that names its outlet after the date (… 2005年03月07日07:20 潇湘晨报), a web address beside it.
OUTLET_AFTER = re.compile(rf"(?:\d|\s)\s*{OUTLET_NAME}\s*$")
# …or before it, a font button after (安徽日报农村版 2017-11-28 10:59 大字), the outlet's
# magazine named first (《小康》 ● 中国小康网 2023-05-12 14:44:35).
# (…or the paper alone in its title marks: 《甘孜日报》    2016年03月25日)
OUTLET_FIRST = re.compile(rf"^\s*(?:(?:《[^《》]{{1,12}}》\s*[●•·|｜/]?\s*)?{OUTLET_NAME}[\u4e00-\u9fff]{{0,3}}|《{OUTLET_NAME}》)\s+(?=\d)")


def outlet_first(t: str, rest: int) -> bool:
    m = OUTLET_FIRST.match(t)
    return m is not None and rest - len(NOT_DATE_TEXT.findall(m.group(0))) <= 4


FAR = ("len", "rel", "end", "start", "open", "credit", "gap_b", "gap_a", "block")
CONTEXT = ("len", "rel", "end", "start", "open", "credit", "date", "furn", "field", "hrel", "shape", "sentence",
           "gap_b", "gap_a", "block", "furniture", "dateline")


OFFSETS = ((-2, "-2:"), (-1, "-1:"), (1, "1:"), (2, "2:"))


def features(texts: list[str]) -> tuple[list[int], list[list[str]]]:
    """(indexes of the non-blank lines, their feature lists) for a page's line texts."""
    prof = profile(texts)
    idx = [i for i, t in enumerate(texts) if t.strip()]
    rows = []
    counts = Counter(t.strip() for t in texts if t.strip())
    blocks = block_sizes(texts)
    for k, i in enumerate(idx):
        gap_b = i == 0 or not texts[i - 1].strip()
        gap_a = i + 1 >= len(texts) or not texts[i + 1].strip()
        inner = bool(prof.width) and not gap_b and not gap_a and \
            0.8 * prof.width <= han_width(texts[i]) <= 1.3 * prof.width
        f = facts(texts[i], prof, inner)
        f["gap_b"] = "1" if gap_b else "0"
        f["gap_a"] = "1" if gap_a else "0"
        size = blocks[i]
        f["block"] = BLOCK(size)
        f["bpos"] = ("only" if size == 1 else "first" if f["gap_b"] == "1" else "last" if f["gap_a"] == "1"
                     else "mid")
        if counts[texts[i].strip()] > 1:
            f["repeat"] = "1"
        rows.append(f)
    page = [f"pg_width={PAGE_WIDTH(prof.width)}", f"pg_heads={int(prof.headings)}",
            f"pg_fields={int(prof.fields)}"]
    # Heading levels count against the page's own: the top level in use, and how often each is used.
    levels = Counter(int(r["heading"]) for r in rows if "heading" in r)
    top = min(levels) if levels else 0
    for r in rows:
        if "heading" in r:
            lv = int(r["heading"])
            r["hrel"] = str(min(lv - top, 3))
            r["hcount"] = USES(levels[lv])
    shown = [texts[i] for i in idx]
    out = []
    n = len(idx)
    # Each line's facts as its neighbours see them, written once (fewer from two lines away).
    own = [{key: f"{key}={v}" for key, v in r.items()} for r in rows]
    seen = [[o[key] for key in CONTEXT if key in o] for o in own]
    far = [[o[key] for key in FAR if key in o] for o in own]
    for k in range(n):
        f = rows[k]
        feats = ["bias", *page, *own[k].values()]
        feats.append(f"pos={PLACE(k)}")
        feats.append(f"rpos={PLACE(n - 1 - k)}")
        for off, mark in OFFSETS:
            j = k + off
            if 0 <= j < n:
                feats += [mark + x for x in (seen[j] if off in (-1, 1) else far[j])]
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
        # Which way a headline candidate's words point: short runs of lines that end no sentence.
        if f.get("sentence") is None and f["block"] in ("1", "2", "3", "4") and \
                f["len"] in ("2", "4", "6", "8", "10", "12", "15", "18", "22", "26", "32"):
            feats.append("ov=" + overlap_side(shown, k))
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


def overlap_side(texts: list[str], k: int, reach: int = 12) -> str:
    """Which way a short line's words point: to the lines before it or after it
    (a headline shares words with its own body).  A bigram of Chinese characters
    is in a line's bigrams exactly when the line holds it as text, so the lines
    around are searched as text, not made into sets (a web page's lines are whole
    paragraphs)."""
    mine = set(bigrams(texts[k]))
    if len(mine) < 2:
        return "none"
    before = "\n".join(texts[max(0, k - reach):k])
    after = "\n".join(texts[k + 1:k + 1 + reach])
    a = sum(1 for g in mine if g in before)
    b = sum(1 for g in mine if g in after)
    if a == b:
        return "same" if a else "none"
    return "prev" if a > b else "next"
