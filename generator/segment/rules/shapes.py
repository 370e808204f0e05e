"""Shapes of lines that rules of several kinds ask about: a site's name, a headline's
wording, a photo's credit, the lines that have a label."""
from __future__ import annotations

import re

from ..lines import _words, han_width, JUMP_OUT, ROLE_WORD
from ..text import DATELINE_END, ends_sentence, is_byline, OUTLET, ROLE, signing_names


ROLE_AT_START = re.compile(rf"^\s*[□■]?\s*(?:{OUTLET})?{ROLE}")     # (齐鲁晚报·齐鲁壹点通讯员 某某)
SUBTITLE_DASH = re.compile(r"^\s*(?:——|--|－－)")

NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[章节])")

# The reporter's name in brackets after a text's last words: 目胜。（记者 常敏华）.
CREDIT_END = re.compile(r"\S\s*[（(](?:本报)?(?:记者|通讯员)(?!手记|观察|感言|调查|点评)[^（）()]{1,16}[）)]\s*$")


def ends_with_credit(text: str) -> bool:
    """A short line of a text's last words and its reporter's name (a paragraph that
    ends so is a paragraph: what opens it says what it is)."""
    return text.rstrip()[-1:] in "）)" and han_width(text) <= 30 and CREDIT_END.search(text) is not None


# A note in brackets that says who wrote or gathered the text: （本报记者张三采访整理）, （记者 李四）.
# A photo credit closing its line (张三摄, 苏显龙 王 磊摄影报道).
PHOTO_SIGNED = re.compile(r"摄(?:影(?:报道)?)?\s*$")
CREDIT_NOTE = re.compile(r"^\s*[（(][^（）()]{0,30}(?:记者|通讯员|整理|采写|撰稿|撰文|供稿)[^（）()]{0,20}[）)]\s*$")


def headline_worded(text: str) -> bool:
    """Worded as a headline may be: not under a label, unless the label is a title's (标题: …)."""
    m = _words()["field"].match(text)
    return not LABELLED.match(text) if m is None else (m.lastgroup or "").rstrip("_") == "title"


# A photo's credit on a line of its own, its agency in brackets after it or not (王 正摄（人民视觉）).
# (names of two to four characters, letter-spaced or not: never a headline's line cut at 摄影)
PHOTO_CREDIT_LINE = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,8}(?:记者|通讯员)\s*)?[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3}"
                               r"(?:[\s、]+[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3}){0,2}\s*摄\s*(?:[（(][^（）()]{1,8}[）)])?\s*$")


def credit_line(text: str) -> bool:
    """A graphics credit (本版制图：某某) or a photo's credit (王 正摄（人民视觉）) on a line of its own."""
    return bool(_words()["graphics"].match(text) or PHOTO_CREDIT_LINE.match(text))


# A paper's motto in its page's header: its name, a dash, the words (《某某》—某某人自己的报纸).
MOTTO = re.compile(r"^《[^》]{2,12}》\s*[—–－-]{1,2}")


def site_name(text: str) -> bool:
    """A site's or paper's name: a place, then 网, 政府, 日报…, and nothing else."""
    t = text.strip()
    if len(t) > 16 or not SITE_NAME.search(t):
        return False
    from ...extract.gazetteer import load
    return any(start == 0 for start, *_ in load().matches(t)) or t.startswith("中国")


MARKERS = _words()["item_markers"]

# A site's or paper's own name, which sites print over and under their pages.
SITE_NAME = re.compile(r"(?:网|网络|政府|日报|晚报|报社|融媒体中心|电视台|广播电视台?|在线|门户网站?|客户端|频道|数字报|电子报|电子版)\s*$")


def plain_headline(text: str) -> bool:
    """A line worded as a headline on its own: short, no mark or bracket opening it, no clause
    mark in it (涵养干部的清风正气, 丰收的田野) — what a subhead the model misread may be."""
    t = text.strip()
    return han_width(t) <= 30 and headline_worded(t) and t[:1] not in MARKERS and t[:1] not in "（(【[" \
        and not re.search(r"[，。；！？：:,;]", t)


# A full stop closing a line, after any closing quote or bracket, or the colon that opens
# what a paragraph introduces (…现将情况报告如下:): a paragraph's close.  (Not ends_sentence:
# a headline may end on its own ！ or ？, and a paragraph on a colon.)
PARAGRAPH_END = re.compile(r"(?:。[”’」』）)]*|[:：])\s*$")


def text_label(out: list[str | None], i: int) -> str:
    """The label of a line taken back as text from what the model read it as (furniture, a
    date): going on from the text above ("I") where the last line with a label, furniture
    aside, is text, else opening a body ("B")."""
    before = next((z for z in reversed(out[:i]) if z and z != "F"), None)
    return "I" if before and before[0] in "BIH" else "B"


# A catalogue's field: a short label, a colon, its value (分类号: K205, 页码: 22-23).
LABELLED = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S")

REPORT_OPENING = re.compile(r"近日|日前|近期|昨天|昨日|今天|今日|本报讯|\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月")


def nonblank(out: list[str | None]) -> list[int]:
    """The indexes of the lines that have a label (every line but the blank ones)."""
    return [i for i, y in enumerate(out) if y]


def next_labelled(out: list[str | None], i: int) -> int | None:
    """The index of the first line under line i that has a label (blank lines skipped), if any."""
    return next((j for j in range(i + 1, len(out)) if out[j]), None)


PAIRS = (("“", "”"), ("《", "》"), ("（", "）"), ("「", "」"), ("(", ")"))


def left_open(text: str) -> bool:
    """A quotation, book title or bracket opened on this line and not closed on it."""
    return any(text.count(a) > text.count(b) for a, b in PAIRS)


# A dispatch's sign-off in brackets (（新华社北京10月12日电  记者某某、王某某）), or the note of
# who wrote a commentary (（作者为…）).
SIGN_OFF_OPEN = re.compile(r"^\s*[（(](?:(?:据)?(?:新华社|中新社|本报)[\u4e00-\u9fff]{0,8}\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*电"
                           r"|作者(?:为|系|单位))")
SIGN_OFF_CLOSE = re.compile(r"[）)]\s*$")


def finished(text: str) -> bool:
    """Does this line close a text: a sentence's end, or a note in brackets of its own
    (（本报北京、某地…10月17日电  记者…）, （作者为…））?"""
    return ends_sentence(text) or re.fullmatch(r"\s*[（(][^（）()]+[）)]\s*", text) is not None


def headline_over_dispatch(words: list[str], width: int) -> bool:
    """One to three lines over a dateline worded as a headline: no longer than two and a half
    of the column's lines, ending no clause, no sentence, credit or jump in them.  (Not
    （本报金边电） nor 苏显龙 王 磊摄影报道: what closes the body above.)"""
    return sum(han_width(t) for t in words) <= 2.5 * width and words[-1][-1] not in "，、；：,;:…—-" \
        and not re.fullmatch(r"[（(].*[）)]", words[0]) and not any(PHOTO_SIGNED.search(t) for t in words) \
        and not any(re.search(r"[。！？；]", t) or is_byline(t) or ends_with_credit(t) or JUMP_OUT.search(t)
                    or _words()["opener"].match(t) or _words()["sidebar"].match(t) for t in words)


# What a source's credit in brackets ends on: （新华社发）, （某某摄）, （某某供图）, （某某整理）,
# （综合新华社报道）; a column's name may end on 报道 too (（…特别报道）, （系列报道））.
CREDIT_CLOSE = re.compile(r"(?:发|供图|摄|制图|整理|(?:社|台|网|摄影)报道)$")


def names_a_column(bracketed: str) -> bool:
    """A name in brackets that is a column's (（乡村观察）, （心系人民 书写时代·…）): not who
    signs the text (（某某某）, （记者 某某）), took its photo or sent it (（某某摄）,
    （新华社发）), where it was filed (（本报某地电）), nor a box's name (（记者手记）)."""
    inner = bracketed.strip()[1:-1].strip()
    return not (signing_names(inner) or is_byline(inner) or ROLE_WORD.search(bracketed)
                or DATELINE_END.search(bracketed) or CREDIT_CLOSE.search(inner) or _words()["sidebar"].match(inner))
