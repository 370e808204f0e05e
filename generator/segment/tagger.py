"""The line-role tagger: a linear-chain CRF that reads a page's lines and says
what each one is.

Labels: F furniture (navigation, page headers, footers, share bars), B the
first line of an article's body, I any other body line, and for head lines
K kicker, T title, S subtitle, Y byline, D date line, each followed by > (its
body comes next), < (its body stands just before) or ~ (its body stands
elsewhere on the page, past another article).  The model is trained from
composed pages by `make train` (generator/compose/train.py) and kept in
data/line_roles.crfsuite with its figures in data/line_roles.md.
"""
from __future__ import annotations

import bisect
import functools
from collections import Counter
from pathlib import Path

from ..words import crosses_word
from .lines import (DATE_CHARS, DATELINE, FULL_DATE, HEADING, JUMP_IN, JUMP_OUT, META, MONTH_DAY, OUTLET_FIRST, PHRASES, ROLE_WORD,
                    SPACED, _words, entry_name, features,
                    furniture_cover, furniture_words, han_width,
                    is_date_line, is_furniture, names_entry, profile)
from .match import bigrams
from .text import (BOX_WORD, NOT_WORDS, OUTLET, PHOTO_CREDIT, LEADS_ON, closes_caption, START_MARKER, DATELINE_CREDIT, ROLE_RE, COLUMN_TAG, DATELINE_END, SIGNED_END, HEAD_BYLINE, JOURNAL_CREDIT, LETTER_SPACED, LIST_MARK, ROLE, STAFF_REPORTER, ends_sentence, ends_signed, is_byline, signing_bracket, signing_names,
                   is_credit, is_photo_credit, outlet_signature, without_source)

import re

ROLE_AT_START = re.compile(rf"^\s*[□■]?\s*(?:{OUTLET})?{ROLE}")     # (齐鲁晚报·齐鲁壹点通讯员 某某)
SUBTITLE_DASH = re.compile(r"^\s*(?:——|--|－－)")
CLAUSE = re.compile(r"^\s*第[一二三四五六七八九十百零〇]+条\s")
NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[章节])")

# The reporter's name in brackets after a text's last words: 目胜。（记者 常敏华）.
CREDIT_END = re.compile(r"\S\s*[（(](?:本报)?(?:记者|通讯员)(?!手记|观察|感言|调查|点评)[^（）()]{1,16}[）)]\s*$")


# A sentence's end and the names in brackets that sign it, closing a line: no headline ends so.
# (not a question's or a cry's: 为啥还开暖气？（说道） is a headline and its column)
SIGNED_SENTENCE = re.compile(r"[\u4e00-\u9fff]。[”’」』]*\s*[（(][\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4})*[）)]\s*$")


def ends_with_credit(text: str) -> bool:
    """A short line of a text's last words and its reporter's name (a paragraph that
    ends so is a paragraph: what opens it says what it is)."""
    return text.rstrip()[-1:] in "）)" and han_width(text) <= 30 and CREDIT_END.search(text) is not None


# A note in brackets that says who wrote or gathered the text: （本报记者张三采访整理）, （记者 李四）.
# A photo credit closing its line (张三摄, 苏显龙 王 磊摄影报道).
PHOTO_SIGNED = re.compile(r"摄(?:影(?:报道)?)?\s*$")
CREDIT_NOTE = re.compile(r"^\s*[（(][^（）()]{0,30}(?:记者|通讯员|整理|采写|撰稿|撰文|供稿)[^（）()]{0,20}[）)]\s*$")

# A report's closing credit in brackets that opens with its reporter (editors may follow).
CLOSING_CREDIT = re.compile(rf"^\s*[（(]\s*{STAFF_REPORTER}\s*[:：]?\s*[\u4e00-\u9fff][^（）()]{{1,60}}[）)]\s*$")

MODEL = Path(__file__).resolve().parent.parent / "data" / "line_roles.crfsuite"


@functools.lru_cache(maxsize=1)
def _tagger():
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    return tagger


def tag(texts: list[str]) -> list[str | None]:
    """One label per line; None for blank lines."""
    idx, xs = features(texts)
    labels: list[str | None] = [None] * len(texts)
    if xs:
        tagger = _tagger()
        tagger.set(xs)
        ys = tagger.tag()
        counts = Counter(texts)
        opening = next((k for k, y in enumerate(ys) if y in ("B", "I")), len(ys))
        shown = {t.strip() for t in texts}
        links = cut_links(texts, idx, ys)
        titled = titled_values(texts)
        for k, (i, y) in enumerate(zip(idx, ys)):
            after = ys[k + 1] if k + 1 < len(ys) else None
            if title_copy(texts, i, shown) or k in links or i < titled.get(texts[i].strip(), -1):
                y = "F"
            elif y == "F" and k < opening and headline_among_furniture(texts[i]):
                y = "T>"
            elif y == "F" and not furniture_evidence(texts, i, labels, xs[k], counts, after):
                # Furniture needs a furniture word, a date, a label or a neighbour that is furniture:
                # a headline-like line with none of them is the next best thing the tagger saw.
                best = max((z for z in tagger.labels() if z != "F"), key=lambda z: tagger.marginal(z, k))
                # (…but not over a headline the model read under it, above every body: the forum's or
                # column's name, 经典重庆 / 标题: 万涪黔地区的今昔; a catalogue's field is no headline)
                y = "F" if best[0] in "TH" and any(
                    z[0] == "T" and headline_worded(texts[idx[j]]) for j, z in enumerate(ys[k + 1:opening], k + 1)) \
                    else best
            labels[i] = y
    return overrule(texts, labels)


def titled_values(texts: list[str]) -> dict[str, int]:
    """What a record's title field says (颗粒名称: 「星火」新中國…), and where: a line over the
    field that says it alone, the page's own title over the record, is a copy of it.  (Under
    the fields, the headline printed again over the text is the text's.)"""
    field = _words()["field"]
    return {t[m.end():].strip(): i for i, t in enumerate(texts) if ("：" in t[:8] or ":" in t[:8] or "】" in t[:8])
            and (m := field.match(t)) is not None and (m.lastgroup or "").rstrip("_") == "title"}


def cut_links(texts: list[str], idx: list[int], ys: list[str]) -> set[int]:
    """Three or more short lines the model read as furniture, ending the page, each cut off
    at the same width with no clause mark (大黑山旅游景区再添新景 / 沈阳农业大学调研团到北 /
    团市委携手北票发电公司): a site's links to other articles, their titles cut to fit, and
    furniture though nothing else says so (a block of headlines is never so even)."""
    if len(ys) < 4 or ys[-1] != "F":
        return set()
    k = len(ys)
    while k > 0 and ys[k - 1] == "F":
        k -= 1
    run = range(k, len(ys))
    widths = [han_width(texts[idx[m]]) for m in run]
    if len(run) < 3 or k == 0 or min(widths) < 6 or max(widths) > 16 or max(widths) - min(widths) > 1 \
            or any(re.search(r"[，。；！？、,;:：]", texts[idx[m]]) for m in run):
        return set()
    return set(run)


# The marks that part a sentence's clauses.
CLAUSE_BREAKS = re.compile(r"[，,；;]")

EVIDENCE = ("furn=", "date=", "field=", "furniture=", "dateline=", "fcov=0.5", "fcov=0.8", "fcov=1.0")


def headline_worded(text: str) -> bool:
    """Worded as a headline may be: not under a label, unless the label is a title's (标题: …)."""
    m = _words()["field"].match(text)
    return not LABELLED.match(text) if m is None else (m.lastgroup or "").rstrip("_") == "title"


# How a line of text ends and no headline does: a sentence's end, a colon, a clause mark.
TEXT_LINE_END = re.compile(r"(?:[。！？：:，,；;]|[。！？][”’」』])\s*$")
# A note in brackets on a line of its own under a text (（相关报道见第二、三版）, （新华社北京10月2日电）).
CLOSING_NOTE = re.compile(r"^\s*[（(][^（）()]{2,30}[）)]\s*$")
# A photo's credit on a line of its own, its agency in brackets after it or not (王 正摄（人民视觉）).
# (names of two to four characters, letter-spaced or not: never a headline's line cut at 摄影)
PHOTO_CREDIT_LINE = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,8}(?:记者|通讯员)\s*)?[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3}"
                               r"(?:[\s、]+[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3}){0,2}\s*摄\s*(?:[（(][^（）()]{1,8}[）)])?\s*$")


def credit_line(text: str) -> bool:
    """A graphics credit (本版制图：某某) or a photo's credit (王 正摄（人民视觉）) on a line of its own."""
    return bool(_words()["graphics"].match(text) or PHOTO_CREDIT_LINE.match(text))


def closes_text(text: str) -> bool:
    """A line under a text that closes it and heads nothing: a note in brackets or a credit."""
    return bool(CLOSING_NOTE.match(text)) or credit_line(text)


# A headline that quotes its speaker (国台办：…, 香港各界人士：祖国是…): a label's shape, a headline's words after it.
SPEAKER_HEAD = re.compile(r"^\s*[\u4e00-\u9fff]{2,12}\s*[:：](?=(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){6})")


def speaker_headed(text: str) -> bool:
    """A speaker's words headed by the speaker (外交部：美方…徒劳的), a catalogue's field label aside."""
    return SPEAKER_HEAD.match(text) is not None and _words()["field"].match(text) is None


def title_copy(texts: list[str], i: int, shown: set[str]) -> bool:
    """县领导赴梁集镇“助三夏” - 睢宁新闻网 over the headline 县领导赴梁集镇“助三夏”: the
    browser title a saved page keeps, the headline with the site's name, is furniture; so
    is a headline's lines run together (…费劲?”记者调查…“套路”******) over the headline."""
    t = texts[i].strip()
    m = TITLE_COPY.match(t) if TITLE_COPY_DASH.search(t) else None
    if m and m.group(1).strip() in shown:
        return True
    m = PHOTO_OF_TITLE.match(t) if t.endswith((")", "）")) else None
    if m and m.group(1).strip() in shown:
        return True                  # …邻里和活动(图1): a photo's placeholder, named after the headline
    t = t.rstrip("*#=~ ")
    if len(t) < 8:
        return False
    cut = CUT_SHORT.search(t)
    if cut and len(t[:cut.start()].replace(" ", "")) >= 8:
        # (a list's teaser cut short over the article it opens: 萧淑芳…在京举行 李瑞环表示祝'...
        # over 萧淑芳…在京举行 / 李瑞环表示祝贺)
        stem = t[:cut.start()].replace(" ", "")
        ahead = [x.strip().replace(" ", "") for x in texts[i + 1:i + 12] if x.strip()]
        if any("".join(ahead[k:k + 3]).startswith(stem) for k in range(len(ahead))):
            return True
    if t.endswith(("]", "】")) and TOOL_AFTER.search(t):
        # (…or set apart in a forum's thread title, a tool after it: 我国人口最多的四川省
        # 今春将基本实现农业合作化 [复制链接] over 我国人口最多的四川省 / 今春将基本实现…;
        # without the tool, the line over may be the headline and those under its copy)
        whole = TOOL_AFTER.sub("", t).replace(" ", "")
        ahead = [x.strip() for x in texts[i + 1:i + 16] if x.strip()]
        if any(whole.startswith(x) and whole in ("".join(ahead[k:k + 2]), "".join(ahead[k:k + 3]))
               for k, x in enumerate(ahead) if len(x) >= 4):
            return True
    section, space, rest = t.partition(" ")
    if space and len(section) <= 8 and next((x.strip() for x in texts[i + 1:i + 4] if x.strip()), "") == rest.strip():
        return True                  # 理论教育 北洋…与展望 over 北洋…与展望: the page's title, its section's name first
    below: list[str] = []
    for x in texts[i + 1:i + 6]:
        x = x.strip()
        if x:
            if not below and not t.startswith(x):
                return False         # (most lines: the line under it is no start of it)
            below.append(x)
    return any(t == "".join(below[:n]) for n in (2, 3))


# A teaser's end where a list cut it short: its ellipsis, and the quote mark the cut left.
CUT_SHORT = re.compile(r"['\"‘’“”]?\s*(?:\.{3,}|…+|。{3,})$")

# A forum's or site's tool in brackets after a thread's title ([复制链接]).
TOOL_AFTER = re.compile(r"\s*[\[【][^\]】]{1,6}[\]】]\s*$")


def headline_among_furniture(text: str) -> bool:
    """A long line with no furniture word in it, above the page's first body, among a
    site's bars and labels (发布时间： / 2025-05-22 / 信息来源： / 分享到：): the headline,
    however furniture its neighbours are."""
    t = text.strip()
    return han_width(t) >= 10 and not re.search(r"[。！？]", t) and furniture_cover(t) == 0.0 \
        and not DATE_CHARS.search(t[:4]) and not SITE_NAME.search(t) and not MOTTO.match(t)


# A paper's motto in its page's header: its name, a dash, the words (《某某》—某某人自己的报纸).
MOTTO = re.compile(r"^《[^》]{2,12}》\s*[—–－-]{1,2}")


def furniture_evidence(texts: list[str], i: int, labels: list[str | None], feats: list[str],
                       counts: Counter, after: str | None = None) -> bool:
    t = texts[i].strip()
    if len(re.findall(r"[。！？]", t)) >= 2 or han_width(t) > 120:
        return False                 # sentences are never furniture
    if (len(CLAUSE_BREAKS.findall(t)) >= 3 and han_width(t) > 40 or han_width(t) > 60 and PARAGRAPH_END.search(t)) \
            and "furniture=1" not in feats:
        return False                 # …nor a sentence's clauses (…，特拟定…，现征求社会各界意见，…：), unless a notice's
    if any(x.startswith(EVIDENCE) for x in feats):
        return True
    if not re.search(r"[\u4e00-\u9fff]", t) or counts[texts[i]] > 1 or SITE_NAME.search(t):
        return True
    # Under furniture (查看原文, 阅读全文>>), furniture too, unless a body opens under it: then it
    # is that body's headline (a listing's next entry).
    prev = next((j for j in range(i - 1, -1, -1) if texts[j].strip()), None)
    return prev is not None and labels[prev] == "F" and i - prev <= 2 and after != "B"


def headline_goes_on(line: str, under: str) -> bool:
    """A word runs from a headline's line into the short line straight under it."""
    a, b = line.strip(), under.strip()
    return bool(a) and bool(b) and han_width(b) <= 12 and crosses_word(a, b)


# A name written with a dot between its parts (某某·某某): a byline whatever else it holds.
DOTTED_NAME = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6})+$")
# What opens a box or a list, beside the item markers (MARKERS): never a headline's next line (【…】).
BOX_OPENING = "【[〔•"


def reads_on_as_head(line: str) -> bool:
    """A line straight under a headline's line that holds nothing a byline or a credit
    holds: no name, no space between names, no role's colon, no item's mark, no box's
    word (开栏的话), no finished sentence, and in brackets only a column's name
    (…与某国友好城市 / 签署合作协议, …将审议三部 / 地方法规草案, …推动乡村产业 /
    （乡村观察））.  The model reads such a short line as the headline's byline; it is
    the headline's next line."""
    t = line.strip()
    if not t or is_byline(t) or re.search(r"[\s:：]", t) or DOTTED_NAME.match(t) or ends_sentence(t) \
            or t[0] in MARKERS or t[0] in BOX_OPENING or BOX_WORD.search(t) or _words()["opener"].match(t) or _words()["sidebar"].match(t):
        return False
    if t[0] in "（(":
        tag = COLUMN_TAG.search(t)
        inner = t[1:-1]
        # (a column's name, not a signature, （某某某）, nor a source's credit, （新华社发）)
        return bool(tag) and tag.start() == 0 and not DATELINE_END.search(t) and not is_byline(inner) \
            and not re.search(r"(?:发|供图|摄|制图|报道|整理)$", inner)
    return True


def site_name(text: str) -> bool:
    """A site's or paper's name: a place, then 网, 政府, 日报…, and nothing else."""
    t = text.strip()
    if len(t) > 16 or not SITE_NAME.search(t):
        return False
    from ..extract.gazetteer import load
    return any(start == 0 for start, *_ in load().matches(t)) or t.startswith("中国")


MARKERS = _words()["item_markers"]
FIELD_ROLE = {"title": "T", "kicker": "K", "subtitle": "S", "author": "Y", "date": "D"}

# A page's browser title: the headline, a dash, bar or underscore, and the site's name.
TITLE_COPY = re.compile(r"^(.{4,}?)\s*(?:——|[-_|–—])\s*[^-_|–—\s][^-_|–—]{1,23}$")
TITLE_COPY_DASH = re.compile(r"[-_|–—]")
PHOTO_OF_TITLE = re.compile(r"^(.{4,}?)\s*[（(](?:图|组图|图片)\s*\d*[)）]$")

# A site's or paper's own name, which sites print over and under their pages.
SITE_NAME = re.compile(r"(?:网|网络|政府|日报|晚报|报社|融媒体中心|电视台|广播电视台?|在线|门户网站?|客户端|频道|数字报|电子报|电子版)\s*$")


# A line of closing marks alone (）, 。): the end of the line before.
CLOSING_ONLY_CHARS = "）)」』”’。，、；！？…"
CLOSING_ONLY = re.compile(f"[{CLOSING_ONLY_CHARS}]+")
# …or a dash the column cut off (…序幕— / —).
CUT_DASH = re.compile(r"[—－]{1,2}")


def signed_body_above(texts: list[str], labels: list[str | None], i: int) -> bool:
    """A body ends above line i, past its writer's name (…祝新春快乐！ / 张陈明 / （作者为…））."""
    def signature(k: int) -> bool:
        return labels[k][0] == "Y" or bool(is_credit(texts[k]))
    seen = [k for k in range(max(0, i - 6), i) if labels[k]]
    signed = [k for k in seen if k >= i - 3 and signature(k)]
    above = next((k for k in reversed(seen) if not signature(k)), None)
    return bool(signed) and above is not None and labels[above][0] in "BIH"


def plain_headline(text: str) -> bool:
    """A line worded as a headline on its own: short, no mark or bracket opening it, no clause
    mark in it (涵养干部的清风正气, 丰收的田野) — what a subhead the model misread may be."""
    t = text.strip()
    return han_width(t) <= 30 and headline_worded(t) and t[:1] not in MARKERS and t[:1] not in "（(【[" \
        and not re.search(r"[，。；！？：:,;]", t)


def headline_over_text(texts: list[str], labels: list[str | None], i: int) -> bool:
    """The next line, read as a subhead, is worded as a headline and a text opens under it:
    the next article's headline (…（作者为…） / 涵养…正气 / 不忘初心…)."""
    below = [k for k in range(i + 1, min(len(texts), i + 6)) if labels[k]][:2]
    return len(below) == 2 and labels[below[0]] == "H" and labels[below[1]] in ("B", "I") \
        and plain_headline(texts[below[0]])


# A full stop closing a line, after any closing quote or bracket, or the colon that opens
# what a paragraph introduces (…现将情况报告如下:): a paragraph's close.  (Not ends_sentence:
# a headline may end on its own ！ or ？, and a paragraph on a colon.)
PARAGRAPH_END = re.compile(r"(?:。[”’」』）)]*|[:：])\s*$")

# A hijacked page's keyword list over the story (某某视频,某某电影一区二区,…): six or more short
# terms between commas, or four between underscores (which no sentence prints), no sentence mark.
KEYWORD_LIST = re.compile(r"^\s*(?:(?:[^，,_。！？；\s]{2,16}[，,_]){5,}[^，,_。！？；\s]{2,16}|"
                          r"(?:[^_。！？；\s]{2,20}_){3,}[^_。！？；\s]{2,20})\s*$")


def keyword_header(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A page's first line that lists terms and says nothing (the keywords a hijacked or
    mirrored page prints over the story it copied) is furniture, never the headline."""
    first = next((i for i, y in enumerate(out) if y), None)
    if first is None or out[first] == "F" or not KEYWORD_LIST.match(texts[first]):
        return out
    out = list(out)
    out[first] = "F"
    return out


def overrule(texts: list[str], labels: list[str | None]) -> list[str | None]:
    """Rules that measure better than the model where they apply: a line that can
    only be furniture is furniture; a line that prints a date and little else is
    a date line, of the body that follows it or, failing that, the one before."""
    out = list(labels)
    field = _words()["field"]
    width = profile(texts).width
    for i, y in enumerate(out):
        if y is None:
            continue
        if y[0] in "KTS" and han_width(texts[i]) > 80 and len(re.findall(r"[。！？]", texts[i])) >= 2:
            out[i] = "B"             # sentences on a long line: a body set as one paragraph, never a headline
        elif y[0] in "KTS" and han_width(texts[i]) > 60 and PARAGRAPH_END.search(texts[i]):
            out[i] = text_label(out, i)  # …一种传统而又经典的收藏品种。: a paragraph's full stop, no headline's
        elif y[0] in "KTS" and han_width(texts[i]) > 30 and SIGNED_SENTENCE.search(texts[i]):
            out[i] = text_label(out, i)  # …美丽乡村建设。(阳某 戴某): a text's last sentence and its reporters
        elif y[0] in "KTSYB" and _words()["sidebar"].match(texts[i]):
            out[i] = "H"             # ■记者手记: a box inside the article
        elif y[0] == "D" and not DATE_CHARS.search(texts[i]):
            # A date line prints a date: a line without a digit or a date's character is
            # what it stands with: under a title line its subtitle (胡春华主持), over one
            # the headline's first line, or body.
            t = texts[i].strip()
            above = out[i - 1] if i else None
            role = "S" if above and above[0] == "T" else "T"
            out[i] = (role + y[1:]) if han_width(t) <= 40 and not re.search(r"[。！？；]", t) else "I"
        elif (y[0] in "KTS" or y[0] == "H" and HEADING.match(texts[i])) \
                and (next((z for z in reversed(out[max(0, i - 3):i]) if z), "") or "F")[0] in "BIHY" \
                and is_photo_credit(HEADING.sub("", texts[i]).strip()):
            # 某某某摄（影像中国） or ### 刘某某摄（人民视觉） under a caption, read as a headline or a
            # heading: a photo's credit.  (One read as a subhead is the text's last line, kept in it.)
            out[i] = "Y<"
        elif (y[0] in "KTS" and (CREDIT_NOTE.match(texts[i]) or CLOSING_CREDIT.match(texts[i]))
              or width and DATELINE_END.fullmatch(texts[i].strip()) and (
                  y[0] in "KTS" or y == "H" and (next((z for z in labels[i + 1:] if z), "") or "B")[0] in "BI")):
            # （本报记者某某某采访整理）, in a wrapped column （新华社北京10月8日电）: what closes the
            # text above, never a headline (nor a subhead, over the next text: a headline under it
            # may be the closed text's own, printed after it)
            out[i] = "Y<"
        elif y[0] in "HY" and y != "Y<" and "图" in texts[i] and CARTOON_CREDIT.fullmatch(re.sub(r"\s+", "", texts[i])) \
                and (next((z for z in reversed(out[max(0, i - 3):i]) if z), "") or "F")[0] in "BIH":
            out[i] = "Y<"            # 曹  一图  于  石文 under a cartoon's verse: its credit, which closes it
        elif y[0] in "KTSH" and CLAUSE.match(texts[i]):
            out[i] = "I"             # 第一条  在本省行政区域内…: a law's clause, inside the law's text
        elif y[0] in "KTYD" and NUMBERED.match(texts[i]) and han_width(texts[i]) <= 30:
            out[i] = "H"             # 十三、祁巷村, （二）…: a numbered section of an article, never its headline
        elif ((graphics := _words()["graphics"].match(texts[i])) or _words()["author_note"].match(texts[i])) and \
                (any(z and z[0] in "BIH" for z in out[max(0, i - 3):i]) or signed_body_above(texts, out, i)) and \
                ((next((z for z in out[i + 1:] if z), "") or "F")[0] not in ("I" if graphics else "IH")
                 or not graphics and headline_over_text(texts, out, i)):
            # 制图：张丹峰, 数据来源：…, （作者为…） under a body: that body's credit (a graphic's
            # credit may stand over the next headline, which the model read as a subhead).  A note
            # of sentences (（作者为…。本文为…序言，…）) is the text's last paragraph.
            out[i] = "I" if not graphics and "。" in texts[i].strip()[:-2] else "Y<"
        m = field.match(texts[i])
        if m and width and FIELD_ROLE.get((m.lastgroup or "").rstrip("_")) == "Y" and y in ("B", "I") \
                and han_width(texts[i]) >= width - 1 and i + 1 < len(texts) and texts[i + 1].strip() \
                and not is_byline(texts[i]):
            m = None                 # 记者：请您简单说说这台晚会 / 舞美的筹备经过…: an interview's question, wrapped
        if m:                        # a database field's label says what its line is
            kind = (m.lastgroup or "").rstrip("_")
            role = FIELD_ROLE.get(kind, "F")
            rest = texts[i][m.end():].strip()
            if kind == "body" and rest:
                role = "B"           # 正文：本报讯…: the body opens on the label's line
            elif role == "Y" and han_width(rest) > 60 and "。" in rest:
                role = "B"           # 作者:某某 来源:某报本报讯 (…)日前,…。: the body runs on after its credit
            elif role == "Y" and is_date_line(texts[i].strip()):
                role = "D"           # 作者:… 来源:… 发布时间:[2016-1-28]: a web page's stamp, its date first
            elif role in "FY" and y[0] == "D" and SHORT_STAMP.search(texts[i]) and han_width(texts[i]) <= 60:
                role = "D"           # 来源: 作者: 发表时间:02-13 09:33: a stamp that prints no year
            way = "<" if y[1:] == "<" else ">"
            out[i] = role if role in "FB" else role + way
            continue
        if y == "F":
            if SENTENCE_THEN_JUNK.match(texts[i]) and not is_furniture(texts[i].strip()) \
                    and (furniture_cover(texts[i].strip()) or 0.0) < 0.3:
                # A sentence a site's anti-copying junk follows (…在开播仪式上讲话。 X][=(l!;w7): the text.
                out[i] = text_label(out, i)
            elif next((z for z in reversed(out[:i]) if z), "") in ("B", "I") \
                    and han_width(bare := MARKUP.sub("", texts[i]).strip()) > 40 and PARAGRAPH_END.search(bare) \
                    and not is_furniture(bare) and not furniture_words(bare):
                # <p> 去年以来，…进一步完善。</p> over a table's debris (|), under the text's paragraphs: the text's
                out[i] = "I"
            elif CLOSING_CREDIT.match(texts[i]) and (next((z for z in reversed(out[:i]) if z), "") or "F")[0] in "BI":
                # (融媒体记者:涂某 编辑:陈某某 审核:黄某) under a body: its reporter signs it, the
                # editors' labels after him notwithstanding
                out[i] = "Y<"
            elif OUTLET_FIRST.match(texts[i]) and is_date_line(texts[i].strip()) and not is_furniture(texts[i].strip()) \
                    and any(z and z[0] in "BI" for z in out[:i]):
                # 某某日报 2018-05-21 06:24 between texts a page reprints: the stamp of the one under it
                nxt = next((z for z in out[i + 1:] if z and z != "F"), None)
                out[i] = "D>" if nxt and (nxt == "B" or nxt.endswith(">")) else "D<"
            continue
        bare = texts[i].strip()        # as lines.facts asked them: the answers are cached by text
        if is_furniture(bare):
            out[i] = "F"
        elif y[0] in "KTS" and HEAD_STAMP.match(bare) and any(z and z[0] in "KT" for z in out[max(0, i - 3):i]) \
                or y[0] != "D" and DATE_AND_TIME.match(bare) and han_width(bare) <= 40 and "。" not in bare \
                and not mid_sentence(texts, i):
            # 01-16 15:36  某某县融媒体中心 under the headline: its stamp, a year or none; a full
            # date and time opening a line (2011-07-18 11:30:23某某某) is a stamp wherever it stands
            out[i] = "D>"
        elif y[0] in "KTS" and TAGS_THEN_STAMP.match(bare):
            # 株洲 湘江 茶陵 某某暴雨 株洲日报 2019-07-29 under a reposted headline: the site's tags and
            # the paper's stamp, never the headline (nor a place the story is about)
            out[i] = "D>"
            above = next((j for j in range(i - 1, -1, -1) if out[j]), None)
            if above is not None and out[above] == "K>":
                out[above] = "T>"
        elif y[0] != "D" and PAPER_SOURCE.match(bare):
            # 《某某日报》（2020年03月13日 18 版） under a text its site reprints: the paper's date of it
            out[i] = "D<" if any(z and z[0] in "BI" for z in out[:i]) else "D>"
        elif y[0] not in "D" and (is_date_line(bare) or SIGNED_DAY_LINE.match(bare)) and not mid_sentence(texts, i):
            nxt = next((z for z in out[i + 1:] if z and z != "F"), None)
            out[i] = "D>" if nxt and (nxt == "B" or nxt.endswith(">")) else "D<"
        elif y[0] == "D" and ends_signed(bare) and not FULL_DATE.search(bare) and not MONTH_DAY.search(bare) \
                and not (i + 1 < len(out) and DATELINE.match(texts[i + 1])):
            # A finished sentence that prints no date is no date line: the text (历史上以…著称的辉县，
            # …已一跃成为大寨式的先进县。 under its headline).  (Over a dispatch's dateline it is the
            # lead a digest sets over the report, which the dateline would cut off: left to the model.)
            out[i] = text_label(out, i) if i and texts[i - 1].strip() else "B"
            if i + 1 < len(out) and out[i + 1] == "B" and not (bare[:1] in MARKERS and texts[i + 1].strip()[:1] == bare[:1]):
                out[i + 1] = "I"     # (the body the model opened under what it took for a date goes on;
                                     # not the next of a column's marked items, △… / △…)
    for i, y in enumerate(out):      # a date line straight under a body, before the next headline, closes that body
        if y == "D>" and i and out[i - 1] and (out[i - 1][0] in "BIH" or out[i - 1] == "Y<"):
            nxt = next((z for z in out[i + 1:] if z and z != "F"), None)
            if nxt is None or nxt[0] in "KT":
                out[i] = "D<"
    prev = None
    for i, y in enumerate(out):      # a line of closing marks alone (）, 。) is the end of the line before
        if y is None:
            continue
        t = texts[i].strip()
        if prev is None:
            pass
        elif t[:1] in CLOSING_ONLY_CHARS and CLOSING_ONLY.fullmatch(t):
            out[i] = "I" if out[prev] in ("B", "I", "H") else out[prev]
        elif out[prev] in ("B", "I", "H") and (JUMP_OUT.search(t) or CUT_DASH.fullmatch(t)
                                              or ends_with_credit(t)) \
                and not (y == "B" and t[:1] in MARKERS and t[:1] == texts[prev].strip()[:1]):
            # so is a jump (（下转第十一版）, alone or after the last words: …滑雪场。（下转第十七版）),
            # the last words with the reporter's name (目胜。（记者 常敏华）), or a dash the column
            # cut off (…序幕— / —): a headline never sends its reader on, nor signs itself.
            # (Not the next of a column's items the model opened, marked as the one above: △… (某某))
            out[i] = "I"
        elif y[0] in "KTS" and out[prev] in ("B", "I") and re.search(r"。[”’」』）)]*$", t) \
                and not ends_sentence(texts[prev]):
            out[i] = "I"             # …本报记者采访时连声称赞，“中 / 国游客的口味越来越挑了。”: the sentence goes on
        prev = i
    prev = None                      # the last non-blank line's index
    for i, y in enumerate(out):      # bylines and subtitles first: the rules after them read them
        if y is None:
            continue
        t = texts[i]
        bare = HEADING.sub("", t)
        if y[0] in "KTS" and is_byline(bare) and not (
                width and prev == i - 1 and out[prev][0] in "KT" and i + 1 < len(out) and (out[i + 1] or " ")[0] in "KT"
                and not ROLE_WORD.search(bare)):
            # names with a role or a box, or surname-led names: a byline.  (Not a headline's middle line
            # in a wrapped column, names of places cut at the width: 习近平同保加 / 利亚、罗马尼 / 亚、捷克、斯.)
            out[i] = "Y" + y[1:]
        elif y[0] in "KTSBI" and JOURNAL_CREDIT.match(t):
            out[i] = "Y>"                    # 骆某某 ; 三角洲 2022 年 09 期: a journal's writers and issue
        elif y[0] in "KTS" and prev is not None and out[prev][0] in "BI" and han_width(texts[prev]) > 40 \
                and outlet_signature(bare) and not any(out[i + 1:]):
            # 县融媒体中心 其米拉姆 closing a web page (a paragraph a line above it): the outlet and its
            # reporter (in a wrapped column a headline printed after its text may read so)
            out[i] = "Y<"
        elif y[0] == "Y" and prev is None and han_width(bare) <= 4 and not is_byline(bare) and " " not in bare.strip():
            out[i] = "F"                     # 镇区 over a page's headline: the site's section, nobody's name
        elif y[0] == "Y" and PHRASES.match(bare.strip()) and not is_byline(bare):
            out[i] = "T" + y[1:]             # two short phrases that are not names: a headline
        elif y[0] == "Y" and prev == i - 1 and out[prev][0] in "KT" and not is_byline(bare) \
                and (headline_goes_on(texts[prev], bare) or width and reads_on_as_head(bare)):
            # …助推中医国 / 际影响力: a word runs on, the headline's last line.  (On a page of one
            # paragraph a line a headline's line is no wrap: the line under it may be its deck,
            # …出席, or a record's writer set bare, 某某.)
            out[i] = out[prev]
        elif y[0] in "HIBYKTS" and prev is not None and out[prev] and out[prev][0] in "BIH" and len(t.strip()) <= 30 \
                and (y[0] in "HIBY" and (prev == i - 1 or not width) and PHOTO_SIGNED.search(t) and is_byline(t)
                     or prev < i - 1 and is_photo_credit(t)):
            # A photo credit under the text it closes: straight under it in a wrapped column,
            # a blank line apart on a page of one paragraph a line or where it is the credit
            # alone (贺某某摄（影像中国）).
            out[i] = "Y<"
        elif y[0] in "HIB" and len(without_source(t).strip()) <= 30 and (ROLE_AT_START.match(t) or
                                                                      t.strip()[:1] in "□■") \
                and is_byline(t) and not _words()["sidebar"].match(t) \
                and not (prev == i - 1 and left_open(texts[prev])):
            # (not inside a bracket the line above opened: （本报某地10月10日电 / 记者管某某、…）
            out[i] = "Y" + (out[prev][1:] if prev is not None and out[prev] and out[prev][0] in "KTS" else ">")
        elif y[0] in "KTSHI" and not width and prev is not None and out[prev] in ("B", "I") \
                and ends_sentence(texts[prev]) and signing_bracket(t):
            # (常某胜 岳 某) under a finished item, on a line of its own on a page of one paragraph a
            # line: the writers who sign it, and a report's opening under them opens the next item
            # (近日,某某镇…).  (A wrapped column's are read with the headline that follows them.)
            # (Not a subhead under them: a column's items, each signed, are one article, 医学资讯 /
            # 某某调查启动 / 本报电 … / (钟某某) / 某某报告发布 / 本报电 …)
            out[i] = "I"
            nxt = next((j for j in range(i + 1, len(out)) if out[j]), None)
            if nxt is not None and out[nxt] == "I" and REPORT_OPENING.match(texts[nxt].strip()):
                out[nxt] = "B"
        elif y[0] in "KTSH" and not width and prev is not None and out[prev] in ("B", "I") \
                and ends_sentence(texts[prev]) and len(t) - len(t.lstrip()) >= 8 and signing_names(t):
            # 吴某松  龚某(实习) set far to the right under a finished text: its writers' signature.
            out[i] = "Y<"
        elif y[0] in "HIY" and t.strip().startswith("图") and not is_byline(t) and han_width(t) <= 8 \
                and not re.search(r"[，。；！？、]|[:：]\s*$", t):
            # 图片报道, 图说: a photo report's own short headline, not its credit (图/张三), nor a
            # label over the captions, 图片说明： / 图：.  (Not 文…: 文旅龙头舞起来 is as often a
            # section's subhead.)
            out[i] = "T>"
        elif y[0] in "KTS" and t.rstrip()[-1:] in "及和与的在对把被将并而或" and i + 1 < len(out) \
                and (out[i + 1] or "")[:1] in ("B", "I"):
            # …突出问题及 / 44条…: a line that stops on a word that joins it to the next runs on into it
            out[i] = "I" if prev is not None and out[prev] and out[prev][0] in "BIH" else "B"
            out[i + 1] = "I"
        elif y[0] in "KT" and bare.startswith(("——", "--")):
            out[i] = "S" + y[1:]             # a line opened by a dash under a headline is its subtitle
        elif y[0] in "HIB" and bare.strip().startswith(("——", "--")) and han_width(bare) <= 40 \
                and not re.search(r"[，。；！？]", bare) and prev is not None and out[prev] \
                and out[prev][0] in "TSD" and out[prev][1:] != "<":
            out[i] = "S>"                    # …so is one under the headline's date line (——走近县委书记(上))
        elif y[0] in "KT" and site_name(t) and \
                (next((z for z in out[i + 1:] if z and z != "F"), "") or "")[:1] in ("T", "K"):
            out[i] = "F"       # the site's name over the headline (青河县政府门户网站), a breadcrumb between or not
        prev = i
    # On a column of short items under its name (简讯), the marks that open its items (●王毅会见…):
    # a line opened by one after a finished sentence is the next item, however the model read it.
    column = profile(texts).column
    item_marks = {texts[i].strip()[0] for i, y in enumerate(out)
                  if column and y == "B" and texts[i].strip()[:1] in MARKERS}
    prev = None
    for i, y in enumerate(out):
        if y is None:
            continue
        t = texts[i]
        if y == "I" and t.strip()[:1] in item_marks and prev is not None and ends_signed(texts[prev]) \
                and not _words()["sidebar"].match(t):
            out[i] = y = "B"
        if y != "B" and JUMP_IN.match(t):
            out[i] = "B"             # （紧接01版）: the rest of an article from another page opens here
        elif y != "B" and DATELINE.match(t) and not ROLE_AT_START.match(t) and (
                y[0] in "KTSYD" or prev is None or ends_signed(texts[prev]) or out[prev] != "I"):
            out[i] = "B"             # a dispatch's dateline opens a body
        elif y == "B" and ROLE_AT_START.match(t) and is_credit(t):
            nxt = next((j for j in range(i + 1, len(out)) if out[j]), None)
            if nxt is not None and out[nxt] == "I":
                out[i], out[nxt] = "Y>", "B"     # a byline over the body, not its first line
        prev = i
    for i, y in enumerate(out):      # then headlines over what those rules opened
        if y is None:
            continue
        t = texts[i]
        k = next((j for j in range(i + 1, len(out)) if out[j]), None)
        nxt = out[k] if k is not None else ""
        if y == "I" and t.strip()[:1] in MARKERS and han_width(t) <= 40 and not re.search(r"[。；！？]", t) \
                and nxt == "B" and texts[k].strip()[:1] in MARKERS:
            # ●春天里，玫瑰芬芳 between an unfinished item and the next marked body: that item's lead title.
            out[i] = "T>"
        elif y == "I" and i + 1 < len(out) and (out[i + 1] or " ")[0] in "KT" and texts[i + 1].strip()[:1] in "（(" \
                and (i == 0 or not texts[i - 1].strip()) and han_width(t) <= (width or 40) \
                and not re.search(r"[，。；]", t):
            out[i] = out[i + 1]      # 返乡创业有干头！ / （经济聚焦·回 / 乡看变化⑥）: the headline its column's tag closes
        elif y in ("B", "I") and i and (out[i - 1] or " ")[0] in "KTS" and OPEN_TAG.search(texts[i - 1]) \
                and CLOSE_TAG.fullmatch(t.strip()):
            out[i] = out[i - 1]      # …为快递小哥权益鼓与呼（新春 / 走基层·代表履职进行时）: the column's tag goes on
        elif y[0] in "BIY" and i and (out[i - 1] or " ")[0] in "KT" and WORD_THEN_TAG.fullmatch(t.strip()) \
                and crosses_word(texts[i - 1].strip(), t.strip()):
            out[i] = out[i - 1]      # …建立卓著功 / 勋（寻访身边榜样·模范人物谱）: the headline's last word, then its tag
        elif y == "B" and width and i and k == i + 1 and nxt == "I" and out[i - 1] in ("K<", "T<") \
                and t[:1] not in " \u3000\t" and han_width(t) <= min(han_width(texts[k]), width) - 3 \
                and han_width(texts[k]) >= width - 1 and han_width(texts[i - 1]) >= han_width(t) \
                and not re.search(r"[，。、；：！？,;:!?]", t) and not DATELINE.match(t):
            # 某某会见某国王储某某某 / 某并共同主持中某政府间 / 合作委员会第二次会议 / 重办百家宴，…: a
            # line under a headline printed after its text, shorter than the text going on under it,
            # is no paragraph's first line (a paragraph runs to the column's end but for its last
            # line): it ends the headline, and the next text opens under it.  (Under a headline over
            # its text, such a pair is most often a subhead inside a story: left to the rules below.)
            out[i], out[k] = out[i - 1], "B"
        elif y == "B" and width and i and (out[i - 1] or " ")[0] == "S" and han_width(texts[i - 1]) >= width - 1 \
                and han_width(t) <= width and not re.search(r"[，。；！？]", t + texts[i - 1].strip()[-1:]) \
                and not DATELINE.match(t) and not REPORT_OPENING.match(t.strip()):
            # ——某某县委书记在庆祝建县七十周 / 年大会上的讲话在党员干部中引起热 / 烈反响:
            # a subtitle cut at the column's width ends on the line under it
            out[i] = out[i - 1]
        elif y == "B" and han_width(t) <= 40 and not re.search(r"[，。；]", t) and nxt and (
                    nxt[0] in "SYD" or (nxt == "B" and t.strip()[:1] in MARKERS)):
            # A line over a subtitle, byline or date line is their headline; so is an item's
            # marked lead title (■县召开…) over the body that opens under it.
            out[i] = "T" + (nxt[1:] if nxt[0] in "SYD" else ">")
        elif y == "K>" and nxt == "D>":
            out[i] = "T>"            # a kicker stands over its headline, never over the date line
        elif y in ("I", "H", "Y>") and nxt == "D>" and k == i + 1 and (i == 0 or not texts[i - 1].strip()) \
                and han_width(t) <= 40 and not re.search(r"[，。；！？]", t) and not is_byline(t):
            # A listing's entry: a short line opening a block, straight over its date line
            # (放得更活 管得更好 服务更优 / 时间：2019-02-25 21:00:53), is the entry's headline.
            out[i] = "T>"
    if not width:
        out = title_under_kicker(texts, out)
    # Then the passes over whole runs of lines, in order: each reads what the ones before it decided.
    for step in (paragraphs_read_as_heads, numbered_crumbs, column_name_over_items, keyword_header, outlet_names, credit_runs_on, numbered_sections, dispatch_headlines, column_headlines, dash_kicker_heads, heads_read_as_text, after_closing, lead_over_opening, bullet_leads, wrapped_lead_points,
                 lone_subtitles, words_across, run_on, head_first_lines, tagged_heads_over_dispatch, heads_over_dateline, heads_over_plain_dateline, column_heads_over_dateline, marked_heads_alike, headlike_blocks,
                 heads_closing_blocks, closing_tagged_head, tagged_heads_between, stacked_heads_after_text,
                 sign_offs, open_marks,
                 in_records,
                 subtitled_heads, numbered_items, section_bylines, box_openings, bare_datelines, caption_lists, paragraph_run_on, sentence_goes_on, heads_by_words, paper_listing, nothing_above,
                 menus, link_lists, keyword_lists, watermarks, lead_points, headline_first, teasers, scene_captions, captions_between_paragraphs, bracketed_captions, photo_items, after_tools, after_editors,
                 outline_chapters, document_title, notice_addressees, notice_signature, attached_documents,
                 listed_headline, label_runs, panel_values, post_signature, headline_twice, title_again, headline_repeated, headline_as_alt_text, headline_over_stamp, slogans_over_headline,
                 subtitle_not_credit, head_over_dateline, column_over_headline, headline_under_breadcrumb, above_breadcrumb, headline_over_fields,
                 masthead, quotation_boxes, first_line_headline, page_opening_head, subhead_opening_page, head_over_indent, flush_under_head, under_own_stamp,
                 last_head_closes, opened_under_heads, bracketed_entries, bracketed_sections, second_dispatch,
                 numbered_reports, headline_with_byline, summary_of_text, journal_source, untitled_openings, place_kickers, headless_subtitles,
                 blank_lines_part_articles, headline_over_names, marked_subheads, dated_entries, dated_reports, link_after_text, text_around_pictures,
                 source_under_headline, subtitle_over_dispatch, photo_labels_under_headline, heads_over_stamp):
        out = step(texts, out)
    return out


# A paragraph's indent: a few spaces opening the line (a centred headline has more, or none).
PARAGRAPH_INDENT = re.compile(r"^[ \u3000\xa0]{1,4}(?=\S)")
# A paragraph's last sentence closed, its quotation with it: …得找合适的地方。”
CLOSED_SENTENCE = re.compile(r"。[”’」』]?\s*$")


def paragraphs_read_as_heads(texts: list[str], out: list[str | None]) -> list[str | None]:
    """In a wrapped column, a block the model read as a headline that opens on the
    paragraph's indent, parts its clauses with commas and ends on a full stop
    (  展会期间正值…，展会将积极 / …促 / 动两地交流合作。) is a paragraph of the text
    around it; the text under it the model opened goes on."""
    width = profile(texts).width
    if not width:
        return out
    i = 0
    while i < len(out):
        if not (out[i] and out[i][0] in "KTS"):
            i += 1
            continue
        j = i
        while j < len(out) and out[j] and out[j][0] in "KTS":
            j += 1
        joined = "".join(t.strip() for t in texts[i:j])
        if j - i >= 2 and PARAGRAPH_INDENT.match(texts[i]) and not any(PARAGRAPH_INDENT.match(t) for t in texts[i + 1:j]) \
                and CLOSED_SENTENCE.search(joined) and "，" in joined:
            out = list(out)
            out[i] = text_label(out, i)
            out[i + 1:j] = ["I"] * (j - i - 1)
            nxt = next((k for k in range(j, len(out)) if out[k]), None)
            if nxt is not None and out[nxt] == "B" and not DATELINE.match(texts[nxt]) \
                    and not REPORT_OPENING.match(texts[nxt].strip()) and texts[nxt].strip()[:1] not in MARKERS:
                out[nxt] = "I"       # (the model opened a text under what it took for a headline)
        i = j
    return out


# One crumb of a breadcrumb a converter set as a numbered list (1. 城镇大全网 / 2. 山东).
CRUMB_ITEM = re.compile(r"^\s*(\d{1,2})\s*[.．]\s*([^\s。，,；;：:！？!?]{1,12})\s*$")


def numbered_crumbs(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A breadcrumb set as a numbered list at the page's top, a word or two an item and
    numbered from 1 (1. 城镇大全网 / 2. 山东): the site's, not a byline nor the text's start."""
    run: list[int] = []
    for i in nonblank(out)[:8]:
        m = CRUMB_ITEM.match(texts[i])
        if not m or int(m.group(1)) != len(run) + 1:
            break
        run.append(i)
    return all_furniture(texts, out, run) if len(run) >= 2 else out


def column_name_over_items(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A column's own name (三秦短波, 经济简讯) over a marked item (△河北省保定市…): the
    column's, not the first item's headline."""
    shown = nonblank(out)
    for k, i in enumerate(shown[:-1]):
        below = texts[shown[k + 1]].strip()
        if out[i] != "F" and _words()["column_form"].match(texts[i]) and below[:1] in MARKERS \
                and han_width(below) > 20:
            out = list(out)
            out[i] = "F"
    return out


SECTION_IN_BRACKETS = re.compile(r"^\s*【([^【】\s]{2,8})】\s*$")


def bracketed_sections(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A digest's section name in brackets on a line of its own, over an item's marked
    headline (【吉首万象】 / ★黄桃成“致富果” 库区移民脱贫有招 / body): the item's kicker,
    and the marked line its headline, however the tagger read the two."""
    out = list(out)
    for i, y in enumerate(out):
        m = SECTION_IN_BRACKETS.match(texts[i]) if y and y != "F" else None
        if m is None or not names_entry(m.group(1)):
            continue
        k = next((j for j in range(i + 1, len(out)) if out[j]), None)
        if k != i + 1 or texts[k].strip()[:1] not in MARKERS or han_width(texts[k]) > 40 \
                or re.search(r"[。！？；]", texts[k]):
            continue
        below = next((j for j in range(k + 1, len(out)) if out[j]), None)
        read_on = out[k] == "B" and below is not None and out[below] == "I"     # (the body read from it)
        if out[k][0] in "KTSD" or read_on:
            out[i], out[k] = "K>", "T>"
            if read_on:
                out[below] = "B"
    return out


def bracketed_entries(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A page of entries that each open on their name in brackets, with no headline
    (a yearbook's record: 【城关镇概况】 城关镇位于… / 【城关镇经济发展】 2020年，…):
    each such line after a finished sentence opens a body of its own."""
    if any(y and y[0] == "T" for y in out):
        return out
    entries = [i for i, y in enumerate(out) if y and y[0] in "BIH" and entry_name(texts[i])]
    if len(entries) < 2:
        return out
    out = list(out)
    for i in entries:
        prev = next((j for j in range(i - 1, -1, -1) if out[j]), None)
        if out[i] != "B" and prev is not None and ends_sentence(texts[prev]):
            out[i] = "B"
    return out


def under_own_stamp(texts: list[str], out: list[str | None]) -> list[str | None]:
    """升级换代不止步 / 2019-02-25 / 开栏的话 / the text: a headline's date line points down at
    its text, so a headline-like line straight under it is that text's first line (a box's
    name, 开栏的话), not the next article's headline."""
    out = list(out)
    shown = nonblank(out)
    for k in range(2, len(shown) - 1):
        head, stamp, i, below = shown[k - 2], shown[k - 1], shown[k], shown[k + 1]
        if out[head] in ("T>", "H") and out[stamp] in ("D>", "D<") and out[i] == "T>" and out[below] in ("B", "I") \
                and han_width(texts[i]) <= 8 and ends_sentence(texts[shown[k - 3]] if k >= 3 else "。"):
            # (the headline and its date after a finished body: the model may have read them
            # as that body's subhead and closing date)
            out[head], out[stamp], out[i], out[below] = "T>", "D>", "B", "I"
    return out


def headline_over_stamp(texts: list[str], out: list[str | None]) -> list[str | None]:
    """开栏的话 / 作者: 来源:… 时间:2022-05-30 / the text: a short line with no furniture word,
    over a date line that opens a body, with no headline between them and the body before, is
    that body's headline, however furniture its neighbours made the model read it; under
    nothing but the site's bars, also where the model read it a subhead or the date line as
    the close of a text above (新闻线索:… / 首页 > 今日要闻 / 周山人大换届选举氛围浓 / 2007-10-24 …)."""
    out = list(out)
    shown = nonblank(out)
    for k in range(1, len(shown)):
        i, stamp = shown[k - 1], shown[k]
        if out[stamp] not in ("D>", "D<") or out[i] not in ("F", "H"):
            continue
        t = texts[i].strip()
        head = re.sub(r"\s+", "", t)
        # (a magazine's page sets its issue, the writer's credit and the headline again
        # between the stamp and the text: 2011-07-18 某某 / 某某杂志 2011年13期 / 文/某某 / the headline)
        between = [j for j in shown[k + 1:k + 8] if out[j] == "F" or out[j][0] == "Y"
                   or re.sub(r"\s+", "", texts[j]) == head]
        nxt = next((out[j] for j in shown[k + 1:] if j not in between and out[j] != "F"), None)
        before = [out[j] for j in shown[:k - 1] if out[j] != "F"]
        if (out[stamp] == "D<" or out[i] == "H") and before:
            continue                 # (…read a subhead, or over a date read as the last body's: only under furniture)
        if nxt in ("B", "I") and (not before or before[-1][0] in "BIHY") and han_width(t) <= 30 \
                and not re.search(r"[。！？；:：|>]", t) and furniture_cover(t) == 0.0 and not site_name(t) \
                and not is_date_line(t) and not MOTTO.match(t) and not _words()["field"].match(t):
            out[i] = "T>"
            for j in between:
                if out[j][0] in "KTSH" and re.sub(r"\s+", "", texts[j]) == head:
                    out[j] = "F"     # (the headline again over the text: a copy)
    return out


def above_breadcrumb(texts: list[str], out: list[str | None]) -> list[str | None]:
    """What a web page prints above its breadcrumb, when a headline follows it, is the site's:
    its title bar or a banner (华夏文明传承创新区 深入开展… / 您当前的位置 :中国甘肃网 > … /
    陇南康县两个村晋级… / 2016-10-28 …), never the article's headline."""
    shown = nonblank(out)
    crumb_line = _words()["site_breadcrumb"]
    crumb = next((k for k, i in enumerate(shown[:30]) if out[i] == "F" and crumb_line.search(texts[i])), None)
    if crumb is None:
        return out
    after = next((out[i] for i in shown[crumb + 1:] if out[i] != "F"), "")
    if not after.startswith(("T", "K")):
        return out
    return all_furniture(texts, out, shown[:crumb])


def headline_under_breadcrumb(texts: list[str], out: list[str | None]) -> list[str | None]:
    """当前位置: 首页 » 技术 » 正文 / 某县大事记(四)——… / 【发布日期】:2013-09-23 / the text: the line
    between a site's breadcrumb and the article's stamp, over a text, is its headline, however
    the model read it (as the site's, beside the crumb), and what stands above the crumb the site's."""
    shown = nonblank(out)
    crumb_line = _words()["site_breadcrumb"]
    k = next((k for k, i in enumerate(shown[:30]) if out[i] == "F" and crumb_line.search(texts[i])), None)
    if k is None or k + 3 >= len(shown):
        return out
    head, stamp, text = shown[k + 1:k + 4]
    t = texts[head].strip()
    if out[head] != "F" or out[stamp][0] != "D" or out[text] not in ("B", "I") or is_furniture(t) \
            or not 6 <= han_width(t) <= 50 or re.search(r"[。！？；]", t) or crumb_line.search(t):
        return out
    out = list(out)
    out[head], out[text] = "T>", "B"
    return all_furniture(texts, out, shown[:k])


def all_furniture(texts: list[str], out: list[str | None], lines: list[int]) -> list[str | None]:
    """`lines` all furniture where none of them is long or holds a sentence (a site's bars
    and boxes around its article); `out` as it was otherwise."""
    if not lines or any(han_width(texts[i]) > 40 or re.search(r"[。！？]", texts[i]) for i in lines):
        return out
    out = list(out)
    for i in lines:
        out[i] = "F"
    return out


def slogans_over_headline(texts: list[str], out: list[str | None]) -> list[str | None]:
    """看家乡事,品故乡情 / 美丽乡村上了央视 / 安徽日报农村版 2017-11-28 10:59 / the text: on a page
    that opens on short lines read as text (or as a byline naming nobody), none a sentence, the last
    over the page's first date line, which a body follows, is the headline and those above it the
    site's motto.  Where the model read that last line as text, a headline it saw above is the
    column's or site's name (今日舞阳 / 县委县政府重点工作第52次周交办会议召开 / 来源: … 信息时间:2022-08-22)."""
    shown = nonblank(out)
    first = next((k for k, i in enumerate(shown) if out[i] != "F"), None)
    stamp = next((k for k, i in enumerate(shown) if (out[i] or "")[:1] == "D" or
                  out[i] == "F" and META.search(texts[i]) and is_date_line(texts[i].strip())), None)
    if first is None or stamp is None or stamp - first < 2:
        return out
    head = shown[stamp - 1]
    lines = [i for i in shown[first:stamp] if out[i] != "F"]
    nxt = next((out[i] for i in shown[stamp + 1:] if out[i] != "F"), None)
    if nxt not in ("B", "I") or lines[-1] != head or len(lines) < 2 or out[head][0] not in "BIHT":
        return out
    above = "BIHY" + ("TK" if out[head][0] != "T" else "")
    if any(out[i][0] not in above or out[i][0] == "Y" and is_byline(texts[i]) or han_width(texts[i]) > 20
           for i in lines[:-1]) or \
            any(re.search(r"[。！？；:：|>]", texts[i]) or FULL_DATE.search(texts[i]) for i in lines) or \
            han_width(texts[head]) > 30 or furniture_cover(texts[head].strip()) != 0.0 or site_name(texts[head]):
        return out
    out = list(out)
    for i in lines[:-1]:
        out[i] = "F"
    out[head], out[shown[stamp]] = "T>", "D>"
    return out


def subtitle_not_credit(texts: list[str], out: list[str | None]) -> list[str | None]:
    """助农论坛举办 / 凝聚乡村振兴的强大合力 / the text: a short line read as a byline
    straight under a headline line and over its body, naming nobody and no role, is the
    headline's subtitle, never a credit (a record of an old paper sets its headlines on lines
    of their own, with no mark of which is which).  On a page of labelled fields: elsewhere such
    a line is as often a section's name (郭兰英 《我的祖国》) the headline runs into."""
    if not profile(texts).labelled:
        return out
    out = list(out)
    for i in range(1, len(texts) - 1):
        if out[i] != "Y>" or out[i - 1] != "T>" or out[i + 1] not in ("B", "I"):
            continue
        t = texts[i].strip()
        if han_width(t) <= 30 and not re.search(r"[，。；！？、,;:：（(]", t) and not is_byline(t) \
                and not is_credit(t) and not ROLE_WORD.search(t) and not ends_signed(t):
            out[i] = "S>"
    return out


def head_over_dateline(texts: list[str], out: list[str | None]) -> list[str | None]:
    """…长江大桥将在九月建成 / 汉水铁桥和解放大道跨线桥开始铺设复线 / 本报讯 据…: a short line
    that is no sentence, straight under a headline line and over a dispatch's opening, is the
    headline's last line, and the dispatch opens the body, however the model read the two."""
    out = list(out)
    for i in range(1, len(texts) - 1):
        if out[i] not in ("B", "I") or (out[i - 1] or " ")[0] not in "TS" or out[i + 1] not in ("B", "I"):
            continue
        t = texts[i].strip()
        if han_width(t) <= 30 and not re.search(r"[，。；！？,;:：]", t) and DATELINE.match(texts[i + 1].strip()) \
                and not DATELINE.match(t) and not is_byline(t) and not is_credit(t):
            out[i], out[i + 1] = "S" + out[i - 1][1:], "B"
    return out


def dated_entries(texts: list[str], out: list[str | None]) -> list[str | None]:
    """定期会 陈光复施政报告 展望澎湖新未来 / 星期三, 4月 30, 2025 / 【记者某某报导】…: a listing's
    entry, a short line that is no sentence over a date line over a dispatch's opening, is a
    headline over its date over its body, however the model read the three (it had read the
    headline as the text above going on)."""
    shown = nonblank(out)
    changed = None
    for k in range(1, len(shown) - 1):
        h, i, j = shown[k - 1], shown[k], shown[k + 1]
        if out[i][0] != "D" or out[h][0] not in "BIH" or not DATELINE.match(texts[j].strip()):
            continue
        t = texts[h].strip()
        if han_width(t) > 40 or re.search(r"[。！？；]", t) or DATELINE.match(t) or is_furniture(t) \
                or is_byline(t) or is_credit(t):
            continue
        changed = changed or list(out)
        changed[h], changed[i], changed[j] = "T>", "D>", "B"
    return changed or out


# How a report opens when it prints no dateline: on its day (12月6日，县政府召开… / 5月9日晚，…).
DAY_OPENING = re.compile(r"^\s*(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚间?|早|凌晨)?|日前|近日)[，,]")
MONTH_DAY_OPENING = re.compile(r"^\s*\d{1,2}月\d{1,2}日")
# A report's body, as long as reports run (past it, a long feature's first section).
SHORT_REPORT = 2500


def short_dated_report(lines: list[str]) -> bool:
    """A body that opens on its day with no dateline and runs no longer than a report: one of
    a county page's reports (12月5日，县委召开…), however its headline was read."""
    return bool(lines) and DAY_OPENING.match(lines[0]) is not None \
        and sum(han_width(t) for t in lines) <= SHORT_REPORT


# What the lines of a page's first headline may have been read as.
HEAD_OR_TEXT = ("B", "H", "I", "K>", "T>", "S>", "Y>")
# …and of a headline between two reports: a subhead, the text going on, a headline after the text above.
HEAD_BETWEEN = ("H", "I", "K<", "T<", "S<")


def dated_reports(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A page of reports, each a headline over a text that opens on its day with no dateline
    (县委召开… / 12月5日，县委召开… / 县政府部署… / 12月6日，县政府召开…): a headline's words,
    on a line or wrapped over up to seven, after such a report and over the next one's
    opening, are the next report's headline (a reporter's line among them its byline, a line
    opening on a dash its subtitle); so are the page's first lines over the first report's
    opening.  (The model reads a headline between two bodies as a subhead, a long one as the
    body going on, or as the headline of the report above printed after it.  A feature's
    subhead seldom stands so: of the corpus's 146 subheads in features that open on their
    day, 7 stand over a section that does too.)"""
    shown = nonblank(out)
    day = [DAY_OPENING.match(texts[i]) is not None for i in shown]
    if not any(day):
        return out               # (most pages: asked once a line, before any other test)
    after = [len(shown)] * (len(shown) + 1)       # the next line, at or after each, that opens on its day
    for k in range(len(shown) - 1, -1, -1):
        after[k] = k if day[k] else after[k + 1]
    cur = out
    first = next((k for k, i in enumerate(shown) if out[i] != "F"), len(shown))   # under the page's header
    for k in range(len(shown) - 1):
        # (the page's first lines, under its header if any, over a report that opens on its day:
        # the first report's headline, where the model opened the body inside it; or where it
        # opened the body inside a headline it read the first line of)
        top = k == first
        read = top or cur[shown[k]] in ("K>", "T>")
        if k < first or day[k] or after[k] - k > 7 or cur[shown[k]] not in (HEAD_OR_TEXT if top else HEAD_BETWEEN + ("B", "K>", "T>")):
            continue
        # (the report above ends on a sentence, or on a note in brackets or a credit under it:
        # （相关报道见第十版）, 本版制图：某某, 某某摄（人民视觉）)
        end = k - 2 if not top and k >= 2 and closes_text(texts[shown[k - 1]]) else k - 1
        if not top and (cur[shown[end]] not in ("B", "I") or not ends_sentence(texts[shown[end]])):
            continue
        m = k
        # (up to seven lines, as a kicker, a title and a subtitle wrap; a figure cut onto a line of its own
        # reads as furniture: 我国与一带一路 / 相关国家版权贸 / 易协议3年增长 / 86.5%)
        # (never past a dispatch's dateline or a box's name: 新华社某地10月6日电…, 核心阅读)
        while m < len(shown) and m - k < 7 and not day[m] \
                and not DATELINE.match(texts[shown[m]]) and not _words()["opener"].match(texts[shown[m]].strip()) and (
                    cur[shown[m]] in (HEAD_OR_TEXT if read else ("B",) + HEAD_BETWEEN + ("Y<", "Y>"))
                    or m > k and cur[shown[m]] == "F" and not re.search(r"[\u4e00-\u9fff]", texts[shown[m]])):
            m += 1
        head = shown[k:m]
        if read and not any(cur[i] in ("B", "I", "H") for i in head):
            continue             # (a head the model read as one: left as it read it)
        if m >= len(shown) or cur[shown[m]] not in ("B", "I") or not day[m]:
            continue
        dash = report_subtitle(texts, head)
        if dash is None or not report_headline_worded(texts, head, dash):
            continue
        if top:
            j = -1
        else:
            j, subheads = report_above(texts, cur, shown, day, end)
            if subheads and not MONTH_DAY_OPENING.match(texts[shown[m]]):
                continue         # (past a subhead of its own, the text under this line must open on a date, not 日前)
            if j < 0 or cur[shown[j]][0] not in "TSYD" \
                    or not short_dated_report([texts[x] for x in shown[j + 1:end + 1] if cur[x] != "F"]):
                continue
            if not cur[shown[j]].endswith(">") and any(cur[i][1:] == "<" for i in head):
                continue         # (a headline after its text is the report above's only where that one has none over it)
        words = "".join(texts[i].strip() for i in head[:dash] if not is_byline(texts[i]))
        if not headline_worded(words) and any(
                speaker_headed(texts[x]) and han_width(texts[x]) <= 40 and not re.search(r"[。！？]", texts[x])
                for x in shown[max(0, k - 40):end + 1]):
            continue             # (浙江：… / 广东：… / 四川：…: a feature's sections under their places' names)
        cur = cur if cur is not out else list(out)
        if not top and end < k - 1 and cur[shown[k - 1]][0] in "HIKTS":
            # (the note or credit closes the report above)
            cur[shown[k - 1]] = "I" if CLOSING_NOTE.match(texts[shown[k - 1]]) else "Y<"
        for p, i in enumerate(head):
            if is_byline(texts[i]):
                cur[i] = "Y>"
            elif p >= dash and cur[i] in ("B", "I", "H", "T>", "Y>", "Y<"):
                cur[i] = "S>"
            elif cur[i] in ("B", "I", "H") or cur[i][0] == "Y":   # (a kicker or subtitle the model read as one stays so)
                cur[i] = "T>"
            elif cur[i][1:] == "<":
                cur[i] = cur[i][0] + ">"     # (…and over the report below, not after the one above)
        cur[shown[m]] = "B"
    return cur


def report_subtitle(texts: list[str], head: list[int]) -> int | None:
    """Where a report's head (line numbers) turns to its subtitle, a line opening on a dash
    under the title (——习近平：中方支持…，…。), or its end if none; None where the head runs
    into the text: a line under its byline, or a short subtitle line over a wider one (the
    subtitle's lines wrap, each but the last ending on a clause mark or as wide as the next;
    what stands under a short one is the text's lead)."""
    signed = [p for p, i in enumerate(head) if is_byline(texts[i])]
    if signed and signed[-1] < len(head) - 1:
        return None
    dash = next((p for p in range(1, len(head)) if texts[head[p]].lstrip().startswith("——")), len(head))
    if any(not re.search(r"[，、；：,;:]\s*$", texts[a]) and han_width(texts[a]) + 2 < han_width(texts[b])
           for a, b in zip(head[dash:], head[dash + 1:]) if not is_byline(texts[b])):
        return None
    return dash


def report_headline_worded(texts: list[str], head: list[int], dash: int) -> bool:
    """Are the head's words, its title's lines (`head[:dash]`) with its byline apart, a
    headline's?  Each line as wide as a headline runs, a kicker's, a title's and a subtitle's
    together; no sentence ends in them (an exclamation inside may: 首破十亿元！假日消费红火),
    and no clause mark on the first line; no column's item marks or credits among them.  A
    headline set apart by blank lines, as a page of one paragraph a line sets it, may run
    wider and hold a comma (扬帆出海，某县农产品走出国门)."""
    title = head[:dash]
    words = "".join(texts[i].strip() for i in title if not is_byline(texts[i]))
    apart = len(head) <= 3 and 0 < head[0] and head[-1] < len(texts) - 1 \
        and not texts[head[0] - 1].strip() and not texts[head[-1] + 1].strip()
    return bool(words) and not (
        any(han_width(texts[i]) > (60 if apart else 40) for i in title) or han_width(words) > 120
        or sum(han_width(texts[i]) for i in head[dash:]) > 160
        or re.search(r"。|[！？!?][”’」』）)]*$|[：:]$", words) or not apart and re.search(r"[，；,;]", texts[head[0]])
        or not (headline_worded(words) or speaker_headed(words)) or words[0] in MARKERS or words[0] in "（(【["
        or any(texts[i].lstrip()[:1] in MARKERS for i in head[1:])
        or any(credit_line(texts[i]) for i in head))


def report_above(texts: list[str], cur: list[str | None], shown: list[int], day: list[bool],
                 end: int) -> tuple[int, bool]:
    """The report above a head, from its last line (`end`, an index into `shown`) back to
    the line over its text: that line's index, and whether a subhead of its own stood
    between.  A line of furniture inside it (a jump's words cut at the column's width, a
    column's header) is no head of its own; nor a line of its text the model read as a
    subhead, which no headline ends so (耿爽指出：) or which stands over a sentence's last
    words (某某部副部长某某某 / 说。); nor a subhead over a section that does not open on
    its day, as the report under the head does."""
    j, subheads = end, False
    while j >= 0 and (cur[shown[j]] in ("B", "I", "F") or cur[shown[j]] == "H" and (
            TEXT_LINE_END.search(texts[shown[j]])
            or han_width(texts[shown[j + 1]]) <= 6 and ends_sentence(texts[shown[j + 1]])
            or not day[j + 1] and (subheads := True))):
        j -= 1
    return j, subheads


# The outlet a stamp line names (2024-08-28 16:32:00  来源:某某报网).
STAMP_SOURCE = re.compile(r"来\s*源\s*[:：]\s*([^\s:：|｜]{2,16})")


def outlet_names(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A line that says only the name of the outlet the page's stamp names (来源:某某报网 /
    … / 某某报网 over its 官方微博 button) is the site's own name, furniture: never a headline."""
    names = {m.group(1) for i, y in enumerate(out) if y and (y[0] == "D" or y == "F")
             for m in [STAMP_SOURCE.search(texts[i])] if m}
    if not names:
        return out
    out = list(out)
    shown = nonblank(out)
    for k, i in enumerate(shown):
        if out[i] == "F" or texts[i].strip() not in names:
            continue
        was, out[i] = out[i], "F"
        # (read as a headline over the real one, which the model then read as its subtitle)
        nxt = next((j for j in shown[k + 1:] if out[j] != "F"), None)
        if was[0] == "T" and nxt is not None and out[nxt][0] == "S":
            out[nxt] = "T" + out[nxt][1:]
    return out


def column_over_headline(texts: list[str], out: list[str | None]) -> list[str | None]:
    """基层组织建设 / (blank) / 中江县农民合作组织发展势头强劲 / • 时间:… / the text: a short
    headline-like line set apart over the page's headline, with nothing but the site's
    labels between that headline and its body, is the column's name, not the headline."""
    shown = nonblank(out)
    heads = [i for i in shown if out[i] != "F"]
    if len(heads) < 3 or out[heads[0]] != "T>" or out[heads[1]] != "T>" or out[heads[2]] not in ("B", "I"):
        return out
    top, head = heads[0], heads[1]
    t = texts[top].strip()
    if head - top < 2 or texts[top + 1].strip() or han_width(t) > 8 or re.search(r"[，。；！？,;:：、|>]", t) \
            or han_width(texts[head]) <= han_width(t) or not any(out[j] == "F" for j in shown if head < j < heads[2]):
        return out
    out = list(out)
    out[top] = "F"
    return out


def text_label(out: list[str | None], i: int) -> str:
    """The label of a line taken back as text from what the model read it as (furniture, a
    date): going on from the text above ("I") where the last line with a label, furniture
    aside, is text, else opening a body ("B")."""
    before = next((z for z in reversed(out[:i]) if z and z != "F"), None)
    return "I" if before and before[0] in "BIH" else "B"


# A record's writer and the day, over its text (徐某某  (1994.02.01)): its stamp.
SIGNED_DAY_LINE = re.compile(r"^\s*[\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4}){0,3}\s*[（(]\s*(?:19|20)\d{2}\s*[.\-/年]\s*\d{1,2}\s*[.\-/月]\s*\d{1,2}\s*日?\s*[）)]\s*$")
# A reposting site's tags, then the paper and the day it printed the story (株洲 湘江 茶陵 株洲日报 2019-07-29).
TAGS_THEN_STAMP = re.compile(r"^\s*(?:[\u4e00-\u9fff]{2,6}\s+){3,}[\u4e00-\u9fff]{2,8}(?:报|网)\s+(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*$")
# A page's HTML tags left in its text (<p>, </p>, <br/>).
MARKUP = re.compile(r"</?[a-zA-Z][^<>]{0,40}>")
# A line of text that ends a sentence and then runs on in scattered ASCII (a site's
# anti-copying junk): a dozen Chinese characters at least before the stop.
SENTENCE_THEN_JUNK = re.compile(r"^\s*(?=(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){12})[^\n]*[。！？][”’」』）)]*\s+[\x21-\x7e]{3,}\s*$")


def quotation_boxes(texts: list[str], out: list[str | None]) -> list[str | None]:
    """An old paper's box of quotations (毛主席语录 / 农业学大寨 / 全心全意地为人民服务): its
    name and the lines of its block are furniture, not a headline over the next article."""
    box, ends = _words()["quotation_box"], _words()["quotation_ends"]
    out = list(out)
    for i, t in enumerate(texts):
        if out[i] and any(c in t for c in ends) and box.match(t):
            j = i
            while j < len(texts) and texts[j].strip():
                out[j] = "F"
                j += 1
    return out


def masthead(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A front page's masthead and index, above its first article: the paper's name set
    letter-spaced (湖 南 城 市 广 播 电 视 报), and the headlines of inner pages each under
    its page's number (3版 / 第十三届中部博览会…签约项目12个 / 7版 / …): furniture, not
    headlines of the article below.  (An index has two page numbers at least: one alone
    may be a page's own header over its first headline.)"""
    out = list(out)
    first_body = next((i for i, y in enumerate(out) if y == "B"), len(out))
    for i in range(first_body):
        t = texts[i].strip()
        if out[i] and out[i][0] in "KTS" and (LETTER_SPACED.match(t) and t.replace(" ", "").endswith("报")
                                               or site_name(t)):
            out[i] = "F"             # (…or its name as the masthead prints it: 娄底广播电视)
    page_index = _words()["page_index"]
    index = [i for i, t in enumerate(texts) if "版" in t and page_index.match(t)]
    if len(index) >= 2:
        shown = nonblank(out)
        for i in index:
            k = bisect.bisect_right(shown, i)
            if k < len(shown) and shown[k] - i <= 2:
                j = shown[k]
                t = texts[j].strip()
                if han_width(t) <= 30 and not re.search(r"[。！？]", t) and not DATELINE.match(t):
                    out[j] = "F"
    return out


def first_line_headline(texts: list[str], out: list[str | None]) -> list[str | None]:
    """乡镇政务公开工作情况报告 / 今年来，我镇认真贯彻…: a page's first line, short and ending no
    sentence, over the text that opens under it and says the same things, is its headline,
    though a site's words in it (政务公开) made the model read it as furniture.  (A site's
    or a section's name over a text shares few of its words.)"""
    shown = nonblank(out)
    if len(shown) < 2 or out[shown[0]] not in ("F", "H"):
        return out
    i = shown[0]
    # (a stray mark between them, alone on its line: ")
    nxt = next((j for j in shown[1:4] if out[j] != "F" or han_width(texts[j]) >= 2), None)
    if nxt is None or out[nxt] != "B":
        return out
    t = texts[i].strip()
    # (one the model read as a subhead heads nothing above it: a photo story's title, 春耕农事忙,
    # over captions that need not repeat its words)
    subhead = out[i] == "H"
    if not (4 if subhead else 6) <= han_width(t) <= 40 or re.search(r"[。！？；:：|>]", t) or is_furniture(t) or site_name(t) \
            or (furniture_cover(t) or 0.0) >= 0.5 or is_date_line(t) or t[:1] in MARKERS:
        return out
    head = set(bigrams(t))
    shared = head & set(bigrams(" ".join(texts[j] for j in shown[1:5])))
    if not subhead and (len(shared) < 2 or len(shared) < 0.3 * len(head)):
        return out
    out = list(out)
    out[i] = "T>"
    return out


def page_opening_head(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A web page's headline read as a body of one line (or as going on from nothing): the
    page's first line that is not furniture, short, alone in its block and ending no
    sentence, over a body that opens below it, the site's stamp between or not (当前位置:… / 安徽日报采访团来滁“寻梦和美乡村” /
    来源:… 时间:2025-01-25 / 滁州网讯…): one line is no article, it heads the text."""
    shown = [i for i in nonblank(out) if out[i] != "F"]
    while len(shown) > 2 and shown[0] + 1 < len(texts) and not texts[shown[0] + 1].strip() and out[shown[0]][0] == "D":
        shown = shown[1:]            # (a page's header, its date and page, set apart over it: 2019年10月15日 第7版)
    if len(shown) < 2:
        return out
    i, nxt = shown[0], shown[1]
    t = texts[i].strip()
    # (on a page of one paragraph a line, or under a paragraph set on one line, the model may
    # read both as going on from nothing)
    prof = profile(texts)
    opens = out[nxt] == "B" or (out[nxt] == "I" and (not prof.width or han_width(texts[nxt]) > 2 * prof.width))
    if out[i] not in ("B", "I") or not opens or (i + 1 < len(texts) and texts[i + 1].strip()) \
            or han_width(t) > 40 or re.search(r"[。！？；]", t) or is_byline(t) or DATELINE.match(t) \
            or t[:1] in MARKERS or ends_with_credit(t) or prof.column:
        return out                   # (not a column's first item, signed: ● 70年来，…做出了榜样（王某 孟某）)
    out = list(out)
    out[i], out[nxt] = "T>", "B"
    # A shorter line under it, ending no clause, over a byline over the text, is the headline
    # proper and the line above its kicker (从信息化到…——城市具备用大脑思考的能力 / 杭州“大脑”究竟
    # 开了什么脑洞? / ■本报见习记者 某某 / ◆…).
    rest = shown[2:]
    u = texts[nxt].strip()
    if rest and out[rest[0]][0] == "Y" and is_byline(texts[rest[0]]) and len(rest) > 1 \
            and out[rest[1]] in ("B", "I") and han_width(u) <= 30 and han_width(u) < han_width(t) \
            and not re.search(r"[。；，,:：]", u) and not SUBTITLE_DASH.match(u) and not is_byline(u):
        out[i], out[nxt], out[rest[1]] = "K>", "T>", "B"
    return out


def subhead_opening_page(texts: list[str], out: list[str | None]) -> list[str | None]:
    """困难时期整社记实 / --作者:某某 / (三) / 10.无声无息的代价 / 困难时期，…: the page's first line
    past its furniture, read as a subhead, heads the text under it (a subhead heads nothing above
    it), the short lines between (its writer, its part's number) going with it."""
    shown = [i for i in nonblank(out) if out[i] != "F"]
    if len(shown) < 3 or out[shown[0]] != "H" or profile(texts).column:
        return out
    i = shown[0]
    t = texts[i].strip()
    if not 4 <= han_width(t) <= 40 or re.search(r"[。！？；:：|>，,]", t) or is_byline(t) or is_date_line(t) \
            or NUMBERED.match(t) or t[:1] in MARKERS or _words()["sidebar"].match(t):
        return out
    k = 1
    while k < len(shown) and out[shown[k]] == "H" and han_width(texts[shown[k]]) <= 20:
        k += 1
    if k >= len(shown) or out[shown[k]] not in ("B", "I"):
        return out
    out = list(out)
    out[i] = "T>"
    return out


def head_over_indent(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A short line read as a paragraph going on into an indented line under it
    (棉花盖棉被 /  叶浅予 诗并画…): an indent opens a paragraph, so the line over it, set
    flush, alone in its block and ending no clause, is a headline and the indented line its body."""
    out = list(out)
    for i in range(len(texts) - 1):
        t, under = texts[i].strip(), texts[i + 1]
        # (on a page that indents every paragraph, or indents this line too, an indent tells nothing)
        if out[i] != "B" or out[i + 1] != "I" or not under[:1].isspace() or texts[i][:1].isspace() \
                or (i and texts[i - 1].strip() and out[i - 1] != "F") or han_width(t) > 20 \
                or re.search(r"[，。；！？：:,;]", t) or t[:1] in MARKERS or is_byline(t) or DATELINE.match(t):
            continue
        out[i], out[i + 1] = "T>", "B"
    return out


def flush_under_head(texts: list[str], out: list[str | None]) -> list[str | None]:
    """On a wrapped page whose paragraphs open indented, a body read as opening on a flush
    line under a short head run that stands between two lines of one unfinished sentence
    (…《春蚕》《采茶女》《长河》 / 《秋收》《过年》《白鹤》《丝路》 / 《山乡三部曲》等一批批…) is
    no headline over a body: the paragraph goes on through them."""
    if not profile(texts).width or sum(1 for t in texts if t[:2] == "\u3000\u3000" or t[:2] == "  ") < 3:
        return out
    out = list(out)
    shown = nonblank(out)
    for k in range(1, len(shown) - 1):
        i = shown[k]
        if out[i] != "B" or texts[i][:1].isspace() or DATELINE.match(texts[i]) or texts[i].strip()[:1] in MARKERS:
            continue
        j = k - 1                    # the head run over it
        while j >= 0 and out[shown[j]][0] in "KTS" and out[shown[j]][1:] == ">" and k - j <= 2:
            j -= 1
        if j == k - 1 or j < 0 or out[shown[j]][0] not in "BIH" or ends_sentence(texts[shown[j]]) \
                or any(re.search(r"[。！？；]", texts[shown[m]]) for m in range(j + 1, k)):
            continue
        for m in range(j + 1, k + 1):
            out[shown[m]] = "I"
    return out


def second_dispatch(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A report names where it was filed once, at its start (本报某地3月6日电 …) or at
    its end (（本报某地3月7日电）): a subhead read inside a report opened by a dateline,
    over text that closes on a sign-off of its own, is the next report's headline."""
    out = list(out)
    shown = nonblank(out)
    opened = False                   # the report the line stands in opened on a place's dateline
    for k, i in enumerate(shown):
        y = out[i]
        if y == "B" or y[0] in "KT":
            m = DATELINE.match(texts[i]) if y == "B" else None
            opened = m is not None and m.group(0).endswith("电")      # (本报讯 names no place)
            continue
        t = texts[i].strip()
        if y != "H" or not opened or han_width(t) > 30 or re.search(r"[，。；！？：]", t) or DATELINE_END.search(t):
            continue
        j = k + 1
        while j < len(shown) and out[shown[j]] in ("I", "H"):
            j += 1
        if j - 1 > k and DATELINE_END.search(texts[shown[j - 1]]) and out[shown[k + 1]] == "I":
            out[i], out[shown[k + 1]] = "T>", "B"
            opened = False
    return out


# The fields of a record's stamp under its headline, when the headline has no label of its own.
STAMP_FIELDS = ("author", "date", "page", "source")


def headline_over_fields(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A database record that labels its stamp but not its headline (解放军报>19850221 /
    天时人事日相催…李先念发表春节祝词 万里主持 / 作者:… / 版面:头版 / the text): the line
    opening a block straight over the stamp's fields, ending no sentence, is the headline,
    however long (an old paper's headline runs on in clauses)."""
    prof = profile(texts)
    if not prof.fields or prof.records:
        return out                   # (a record with a title field says which line heads it: in_records)
    field = _words()["field"]
    out = list(out)
    shown = nonblank(out)
    for k in range(len(shown) - 1):
        i, below = shown[k], shown[k + 1]
        t = texts[i].strip()
        m = field.match(texts[below])
        if out[i] not in ("B", "I", "H") or m is None or (m.lastgroup or "").rstrip("_") not in STAMP_FIELDS \
                or field.match(t) or below - i > 2 or han_width(t) > 120 or ends_sentence(t) or "。" in t \
                or out[below][1:] == "<":
            continue
        after = next((j for j in shown[k + 1:] if not field.match(texts[j]) and out[j] != "F"), None)
        if after is None or out[after] != "B":
            continue                 # (the stamp heads a text that opens under it)
        if k and shown[k - 1] == i - 1:
            continue                 # (not the last line of a paragraph: a block's first line)
        if k and out[shown[k - 1]] in ("B", "I", "H") and not ends_sentence(texts[shown[k - 1]]):
            continue                 # (…nor the text above going on)
        out[i] = "T>"
    return out


def post_signature(texts: list[str], out: list[str | None]) -> list[str | None]:
    """-- / ∼ 某某 ∼ / ※ Origin: 某某BBS: a bulletin board post's signature, under the line of two
    dashes that opens it, down to the page's end: the poster's, no text's (short lines only)."""
    shown = nonblank(out)
    rule = next((k for k in range(len(shown) - 1, -1, -1) if texts[shown[k]].strip() == "--"), None)
    if rule is None or len(shown) - rule > 8 or any(han_width(texts[j]) > 40 for j in shown[rule + 1:]):
        return out
    out = list(out)
    for j in shown[rule:]:
        out[j] = "F"
    return out


def headline_twice(texts: list[str], out: list[str | None]) -> list[str | None]:
    """图说合作社 / 2017-11-15 / 某某杂志 2017年11期 / 关键词:… / 图说合作社 / the text: a magazine
    mirror prints the headline over its stamp, issue and keywords and again over the text.
    Under nothing but the site's furniture, the first is the headline, whatever its
    neighbours made the model read it as; the second a copy; a bare date between them the
    stamp's."""
    shown = nonblank(out)
    for k, i in enumerate(shown[:12]):
        if any(out[j] != "F" for j in shown[:k]):
            return out               # (only under the page's furniture)
        t = re.sub(r"\s+", "", texts[i])
        if not 4 <= len(t) <= 40 or re.search(r"[。！？；]", t) or is_furniture(texts[i]):
            continue
        for m in range(k + 1, min(k + 9, len(shown) - 1)):
            j = shown[m]
            if re.sub(r"\s+", "", texts[j]) == t:
                if out[shown[m + 1]][0] not in "BIY":
                    break
                out = list(out)
                out[i], out[j] = "T>", "F"
                for q in shown[k + 1:m]:
                    if out[q] == "F" and is_date_line(texts[q].strip()):
                        out[q] = "D>"
                if out[shown[m + 1]] == "I":
                    out[shown[m + 1]] = "B"
                return out
            if out[j][0] not in "FDY":
                break
    return out


def title_again(texts: list[str], out: list[str | None]) -> list[str | None]:
    """南县…绩效评价报告 / 详细信息 / 公开具体内容 / 南县…整体支出 / 绩效评价报告 / the text: the
    headline printed again over the text, on one line or wrapped on several, after the
    site's labels, is a copy of it, furniture, not the text's first paragraphs."""
    out = list(out)
    shown = nonblank(out)
    k = 0
    while k < len(shown):
        if out[shown[k]][0] != "T":
            k += 1
            continue
        j = k
        while j + 1 < len(shown) and out[shown[j + 1]][0] == "T":
            j += 1
        head = re.sub(r"\s+", "", "".join(texts[shown[m]] for m in range(k, j + 1)))
        m = j + 1
        captioned = False
        while m < len(shown) and (out[shown[m]] == "F" or (out[shown[m]][0] == "D" and m == j + 1)
                                  or lead_caption(texts[shown[m]])):
            captioned = captioned or out[shown[m]] not in ("F", "D>")
            m += 1                   # (its stamp, the site's labels and the lead photo's caption between)
        copy, n = "", m
        while n < len(shown) and n - m < 3 and len(copy) < len(head):
            copy += re.sub(r"\s+", "", texts[shown[n]])
            n += 1
        if m > j + 1 and len(head) >= 6 and copy == head and n < len(shown):
            for q in range(m, n):
                out[shown[q]] = "F"
            if out[shown[n]] == "I" and not captioned:
                out[shown[n]] = "B"  # (under a caption the text goes on: the caption is its lead photo's)
        k = j + 1
    return out


def lead_caption(text: str) -> bool:
    """A photo's caption of a sentence or two closed by its credit (…座谈会。记者 某某 摄)."""
    return han_width(text) <= 120 and PHOTO_CREDIT.search(text) is not None


def headline_repeated(texts: list[str], out: list[str | None]) -> list[str | None]:
    """北洋…与展望 / 时间:… / 【摘要】:… / 北洋…与展望 / 第四节 … / the text: a headline
    printed again a few lines under itself, its summary between, heads the full text of the same
    article: a copy, furniture, and a numbered section under it is the article's subhead."""
    out = list(out)
    shown = nonblank(out)
    for k, i in enumerate(shown):
        head = re.sub(r"\s+", "", texts[i]) if out[i][0] == "T" else ""
        if len(head) < 6:
            continue
        for m in range(k + 1, min(k + 8, len(shown))):
            j = shown[m]
            if out[j][0] in "KT" and re.sub(r"\s+", "", texts[j]) == head \
                    and any(out[shown[q]][0] in "BI" for q in range(k + 1, m)):
                out[j] = "F"
                nxt = shown[m + 1] if m + 1 < len(shown) else None
                if nxt is not None and out[nxt][0] in "KTS" and NUMBERED.match(texts[nxt]):
                    out[nxt] = "H"
                break
            if out[j][0] not in "DBIF":
                break
    return out


def headline_as_alt_text(texts: list[str], out: list[str | None]) -> list[str | None]:
    """某县“三中心”揭牌 / the text / 某县“三中心”揭牌 / 某县“三中心”揭牌 / the text goes on: a
    reposted story's photos, left as their alt text, which is the headline, inside the text.
    The copies are furniture, never a next article's headline, and the line over the text
    they copy is the headline, whatever the repeat made the model read it as."""
    out = list(out)
    shown = nonblank(out)
    first_body = next((k for k, i in enumerate(shown) if out[i][0] in "BI"), None)
    if first_body is None:
        return out
    heads = [k for k in range(first_body) if out[shown[k]][0] == "T"]
    if len(heads) > 1:
        return out                   # (a headline over two lines, or a list of them: not one line to find again)
    if heads:
        candidates = heads
    else:
        candidates = [k for k in range(first_body) if out[shown[k]] == "F" and 6 <= han_width(texts[shown[k]]) <= 40
                      and not re.search(r"[。！？；]", texts[shown[k]]) and not is_furniture(texts[shown[k]])]
    if not candidates:
        return out
    unspaced = {j: re.sub(r"\s+", "", texts[j]) for j in shown[first_body:]}     # (asked once per candidate)
    for k in reversed(candidates):
        head = re.sub(r"\s+", "", texts[shown[k]])
        copies = []
        for m in range(first_body, len(shown)):
            j = shown[m]
            same = unspaced[j] == head
            if same and out[j][0] in "KTHIF":
                copies.append(j)
            elif out[j][0] == "T":
                break                # (the next article's headline: copies past it are its own business)
        if copies and any(out[j][0] in "KTHI" for j in copies):
            out[shown[k]] = out[shown[k]] if heads else "T>"
            for j in copies:
                out[j] = "F"
                after = next((m for m in range(j + 1, len(out)) if out[m]), None)
                if after is not None and out[after] == "B":
                    out[after] = "I"     # (the text goes on under the photo: read as a next article's opening)
            break
    return out


# A site's stamp under its label that prints the month and day, not the year (发表时间:02-13 09:33).
SHORT_STAMP = re.compile(r"(?:发布|发表|更新)?(?:时间|日期)\s*[:：]\s*\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?![\d-])")
# A stamp under a headline: a date, or a day and time with no year, then the writer or the outlet
# or nothing (2023年06月26日  某某某; 01-16 15:36  某某县融媒体中心).
HEAD_STAMP = re.compile(r"^\s*(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|"
                        r"\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)(?:\s+[^\s，。；！？,]{2,16})?\s*$")


# The paper a site reprints a text from, its date and page, on a line of their own.
PAPER_SOURCE = re.compile(r"^\s*《\s*[^《》]{2,16}\s*》\s*[（(]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                          r"\s*(?:第?\s*\d{1,3}\s*版)?\s*[）)]\s*$")

# A full date and a time, opening a line: a stamp's, never a headline's words.
DATE_AND_TIME = re.compile(r"^\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s*\d{1,2}:\d{2}")


# A stamp's date label alone on its line, its value on the next (发布时间: / 2017-02-16).
BARE_TIME_LABEL = re.compile(r"^\s*(?:发布|更新|发表)?(?:时\s*间|日\s*期)\s*[:：]\s*$")


def panel_values(texts: list[str], out: list[str | None]) -> list[str | None]:
    """• 发文机构: / 县政府网站 / • 发文日期: / 2024年04月06日 16:40: a government page's panel
    sets each field's value on a line of its own under its label; under a label that is
    furniture, the value is too, and a date there is the document's, over its text."""
    out = list(out)
    shown = nonblank(out)
    field = _words()["field"]

    def value(t: str) -> bool:
        return han_width(t) <= 30 and not re.search(r"[。！？]", t)

    for k in range(len(shown) - 1):
        i, j = shown[k], shown[k + 1]
        t = texts[j].strip()
        if out[i] == "F" and _words()["panel_label"].match(texts[i]) and not _words()["panel_label"].match(texts[j]) \
                and value(t):
            out[j] = "D>" if is_date_line(t) else "F"
            continue
        # A stamp's labels set the same way (发布时间: / 2017-02-16 / 作者: / 来源: / 某镇党政办):
        # a bare label is furniture, and so is its value, but names and a date (read as they were).
        head = texts[i][:12]
        if "：" not in head and ":" not in head:
            continue                 # (a label ends on its colon)
        m = field.match(texts[i])
        kind = (m.lastgroup or "").rstrip("_") if m and not texts[i][m.end():].strip() else ""
        if BARE_TIME_LABEL.match(texts[i]):
            kind = "date"
        if kind in ("date", "author", "source"):
            out[i] = "F"
            above = shown[k - 1] if k else None
            if above is not None and out[above] == "B" and han_width(texts[above]) <= 40 \
                    and not re.search(r"[，。；！？,;]", texts[above]):
                out[above] = "T>"    # (the line over the stamp, read as a body: the headline)
            if value(t) and not field.match(texts[j]):
                out[j] = out[j] if kind == "date" or is_date_line(t) else "Y>" if kind == "author" and is_byline(t) \
                    else "F"
    return out


def last_head_closes(texts: list[str], out: list[str | None]) -> list[str | None]:
    """…出行更加通畅。 / 勾 犇图 / 图片报道, the page's last lines: a headline with nothing
    under it closes the body above, when nothing above that body points down at it."""
    shown = nonblank(out)
    if not shown or out[shown[-1]] not in ("T~", "T>") or profile(texts).column:
        return out                   # (a column of short items: its last line opens the next item)
    out = list(out)
    k = len(shown) - 1
    while k > 0 and out[shown[k - 1]] in ("T~", "T>"):
        k -= 1                       # (a headline of two lines)
    j = k - 1
    while j >= 0 and out[shown[j]][0] in "YF":
        j -= 1                       # (the photo's credit between them)
    if j < 0 or out[shown[j]] not in ("B", "I", "H"):
        return out
    while j >= 0 and out[shown[j]] in ("I", "H"):
        j -= 1                       # up to the body's first line
    above = next((out[shown[m]] for m in range(j - 1, -1, -1) if out[shown[m]] != "F"), None)
    if j >= 0 and out[shown[j]] == "B" and (above is None or above.endswith("<") or above[0] in "BIH"):
        for m in range(k, len(shown)):
            out[shown[m]] = "T<"
    return out


def opened_under_heads(texts: list[str], out: list[str | None]) -> list[str | None]:
    """The first paragraph under a headline, byline or date line that points down at it
    opens a body, whatever the furniture between them (编辑:… 点击数: 字号:) made the
    model read: a paragraph goes on from a body, never from a head."""
    out = list(out)
    last = None                      # the last label that is not furniture
    for i, y in enumerate(out):
        if not y or y == "F":
            continue
        if y == "I" and last and last[0] in "KTSYD" and last.endswith(">"):
            out[i] = y = "B"
        last = y
    return out


def lead_points(texts: list[str], out: list[str | None]) -> list[str | None]:
    """Points set under a headline before its byline (● 智能电视机虽然… / ● 网络电视… /
    □ 本报记者 张守坤 / the text): the article's lead, and the byline under them signs the
    same article, never a new one."""
    out = list(out)
    idx = nonblank(out)
    for k in range(1, len(idx)):
        if out[idx[k - 1]][0] not in "TS":
            continue
        j = k
        while j < len(idx) and texts[idx[j]].strip()[:1] in "●■◆▲" and han_width(texts[idx[j]]) >= 20:
            j += 1
        if j - k < 2 or j + 1 >= len(idx) or not is_byline(texts[idx[j]]) or out[idx[j + 1]][0] not in "BI":
            continue
        out[idx[k]] = "B"
        for m in range(k + 1, j):
            out[idx[m]] = "I"
        out[idx[j]] = "H"            # the byline stays inside the article
        out[idx[j + 1]] = "I"
    return out


MENU_ITEM = re.compile(r"\s*(?:[•·●■◆▪]\s*)?[\u4e00-\u9fff]{2,6}\s*")


def menus(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A site's menu set one item a line (首页 / 主题宣传 / 要闻 / 信息速递 …): a run of
    four or more words of two to six characters, next to its other furniture (the
    breadcrumb, 首页), near the page's top, is furniture, however the model read it."""
    out = list(out)
    n = len(texts)
    i = 0
    while i < n:
        j = i
        while j < n and MENU_ITEM.fullmatch(texts[j]):
            j += 1
        if j - i >= 4 and i < 30:
            # (the furniture beside it may stand a blank line away: 人民铁道网 / / 建设 / 资讯 / • 图片 …)
            above = next((out[k] for k in range(i - 1, -1, -1) if texts[k].strip()), None)
            below = next((out[k] for k in range(j, n) if texts[k].strip()), None)
            if above == "F" or below == "F" or any(out[k] == "F" for k in range(i, j)):
                for k in range(i, j):
                    out[k] = "F"
        i = max(j, i + 1)
    return out


# A sidebar's link, one a line behind a dot (· 獐沟中学举行中考体育全真), its title often cut short.
LINK_DOTS = "·•▪‧"
LINK_ITEM = re.compile(rf"^\s*[{LINK_DOTS}]\s*\S.{{0,30}}$")


def link_lists(texts: list[str], out: list[str | None]) -> list[str | None]:
    """Four or more links in a row, none a sentence (· 我县各中小学校重视体育教 / · 于利祥旅行诗歌欣赏 …):
    a site's list of other pages, furniture, however the model read it."""
    out = list(out)
    shown = nonblank(out)
    k = 0
    while k < len(shown):
        j = k
        while j < len(shown) and texts[shown[j]].lstrip()[:1] in LINK_DOTS and LINK_ITEM.match(texts[shown[j]]) \
                and not re.search(r"[。！？；]", texts[shown[j]]) \
                and han_width(texts[shown[j]]) <= 32:
            j += 1
        if j - k >= 4:
            for m in range(k, j):
                out[shown[m]] = "F"
        k = max(j, k + 1)
    return out


def keyword_lists(texts: list[str], out: list[str | None]) -> list[str | None]:
    """Four or more short lines in a row that open on the same two characters, none a
    clause (淘球app官方网站 / 淘球app下载安装 / 淘球app店铺 / …): a spam mirror's keywords or a
    site's menu, furniture; a headline's lines do not repeat their opening so."""
    out = list(out)
    heads = [t.strip()[:2] for t in texts]
    k = 0
    while k < len(texts):
        j = k
        head = heads[k]
        if len(head) < 2 or heads[k + 1:k + 4] != [head] * 3:
            k += 1                   # (most lines: the next three open otherwise)
            continue
        while j < len(texts) and heads[j] == head \
                and han_width(texts[j]) <= 24 and not re.search(r"[，。；！？,;]", texts[j]):
            j += 1
        if j - k >= 4:
            for m in range(k, j):
                out[m] = "F"
        k = max(j, k + 1)
    return out


def watermarks(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A short line that a site also tags onto the end of the text's sentences (…免费领取入场券。
    中华人民共和国图鉴社 / … / 中华人民共和国图鉴社): its mark, furniture, not a headline after a body."""
    tails = {m.group(1) for t in texts if (m := WATERMARK_TAIL.search(t))}
    if not tails:
        return out
    out = list(out)
    for i, t in enumerate(texts):
        if out[i] and out[i] != "F" and t.strip() in tails:
            out[i] = "F"
    return out


# A sentence's end, a space, and a short run of characters with no punctuation closing the line.
WATERMARK_TAIL = re.compile(r"[。！？”][ 　]+([\u4e00-\u9fffA-Za-z0-9]{4,16})\s*$")


def nothing_above(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A head line over the page's first body points at it: there is no body above it
    to point at (a site's page whose headline the model read as closing a body)."""
    first = next((i for i, y in enumerate(out) if y and y[0] in "BIH"), len(out))
    return [y[:-1] + ">" if y and i < first and y[0] in "KTSYD" and y.endswith("<") else y for i, y in enumerate(out)]


SUMMARY_LABEL = re.compile(r"^\s*[\[【]?\s*(?:摘\s*要|内容提要|导读)\s*[\]】:：]\s*")


def untitled_openings(texts: list[str], out: list[str | None]) -> list[str | None]:
    """On a page of one paragraph a line, a paragraph the model read as opening a body, straight
    under a headlined article's paragraphs, with no headline, dateline, marker or credit of its
    own (…更连接着希望。 / 麻怀村,某州某县一个…的小村子。): that article goes on."""
    prof = profile(texts)
    if prof.width or prof.column:
        return out
    out = list(out)
    shown = [i for i in nonblank(out) if out[i] != "F"]
    headed = False
    for k, i in enumerate(shown):
        y = out[i]
        if y[0] in "KTS":
            headed = True
        elif y == "B" and k and headed and (out[shown[k - 1]] == "H" or out[shown[k - 1]] == "I"
                                            and ends_sentence(texts[shown[k - 1]]) and not ends_signed_off(texts[shown[k - 1]])):
            t = texts[i].strip()
            if t[:1] not in MARKERS and t[:1] not in "【[（(" and not DATELINE.match(t) and not JUMP_IN.match(t) \
                    and ends_sentence(t):         # (某某、某某、某某、某某——: a kicker the model misread)
                out[i] = "I"
        elif y == "B" and k and out[shown[k - 1]] in ("B", "I") \
                and any(PICTURE_LEFT.search(texts[j]) for j in range(shown[k - 1] + 1, i)):
            out[i] = "I"                 # (a picture left between two paragraphs, its markup or file name)
        elif y[0] == "D" and k and out[shown[k - 1]][0] in "TS":
            continue                     # (the headline's own date line, straight under it)
        elif y[0] in "BD" or y == "Y>":
            # (a dispatch is headed too: 新华社某地某日电 题：… gives its own headline)
            headed = y == "B" and (headed or DATELINE.match(texts[i].strip()) is not None)
    return out


def blank_parted(texts: list[str], out: list[str | None]) -> list[int]:
    """On a page of one paragraph a line whose blank lines stand only where one article
    ends and the next begins (a headline after each, the page's first line a headline too),
    the lines straight under its blank lines; none on any other page."""
    prof = profile(texts)
    if prof.width or prof.column or prof.records:
        return []
    shown = [i for i in nonblank(out) if out[i] != "F"]
    if len(shown) < 4:
        return []
    after_blank = [i for i in shown[1:] if not texts[i - 1].strip()]
    # (a headline the model read as a subhead counts: two articles, the second's headline so read)
    headed = [i for i in [shown[0], *after_blank] if out[i][0] in "KT" or out[i] == "H" and plain_headline(texts[i])]
    if len(headed) < 2 or len(after_blank) > max(3, len(shown) // 6) or len(after_blank) > 2 * len(headed):
        return []
    return after_blank


def blank_lines_part_articles(texts: list[str], out: list[str | None]) -> list[str | None]:
    """Where the page's blank lines part articles (`blank_parted`), a headline-worded line
    read as a subhead straight under one, over a text (its byline between or not), after a
    finished one, heads an article of its own: the page's own way of parting them says so.
    (Where blank lines part paragraphs too, a subhead looks just the same, and is left so.)"""
    parted = set(blank_parted(texts, out))
    if not parted:
        return out
    out = list(out)
    shown = [i for i in nonblank(out) if out[i] != "F"]
    for k, i in enumerate(shown[1:-1], 1):
        above, below = shown[k - 1], shown[k + 1]
        signed = is_byline(texts[below]) and out[below] != "B" and k + 2 < len(shown)
        # (a headline on two lines, both read as subheads: 某某的新趋势 / 为某某留下影像)
        second = out[below] == "H" and plain_headline(texts[below]) and k + 2 < len(shown) and not signed
        opening = shown[k + 2] if signed or second else below
        if out[i] == "H" and i in parted and out[opening] in ("B", "I") \
                and (out[above] in ("B", "I") and ends_sentence(texts[above]) or out[above] == "Y<") \
                and plain_headline(texts[i]):
            out[i], out[opening] = "T>", "B"
            if signed:
                out[below] = "Y>"
            if second:
                out[i], out[below] = "K>", "T>"
    return out


def headline_over_names(texts: list[str], out: list[str | None]) -> list[str | None]:
    """On a page of one paragraph a line, a headline-worded line read as a subhead after a
    finished text, over a line of names alone (礼赞70年 / 戴某 邵某某 / 中国是农业大国…), is
    the next article's headline and its byline.  (A section inside a story signs with the
    reporter's role, 本报记者 某某, under a marked subhead: `section_bylines` keeps those; nor in
    a story that opened so, 心曲 / 做更好的自己 / 陈某 / …, a package of signed pieces.)"""
    if profile(texts).width:
        return out
    out = list(out)
    shown = [i for i in nonblank(out) if out[i] != "F"]

    def signed_piece(k: int) -> bool:
        names = re.sub(r"\s+", "", texts[shown[k + 1]]) if k + 1 < len(shown) else ""
        return han_width(texts[shown[k]]) <= 30 and 2 <= len(names) and is_byline(names) and not ROLE_RE.search(names)
    package = False
    for k in range(1, len(shown) - 2):
        above, i, names, opening = shown[k - 1], shown[k], shown[k + 1], shown[k + 2]
        if out[above][0] in "KTSD" and out[i][0] not in "KTSD":
            package = signed_piece(k)        # what opens the story under its head lines
        if out[i] == "H" and not package and out[names] in ("H", "I", "Y>") and out[opening] in ("B", "I") \
                and (out[above] in ("B", "I") and (ends_sentence(texts[above]) or closes_caption(texts[above])) or out[above] == "Y<") \
                and is_byline(texts[names]) and not ROLE_RE.search(texts[names]) and texts[names].strip()[:1] not in "□■" \
                and plain_headline(texts[i]):
            out[i], out[names], out[opening] = "T>", "Y>", "B"
    return out


def marked_subheads(texts: list[str], out: list[str | None]) -> list[str | None]:
    """In a wrapped column that is no column of short items, a short marked line that ends
    no sentence (　　●大数据平台提供信息源泉), between a finished paragraph of a text
    that opened with no mark and the next paragraph's opening, is that text's subhead: a
    long report's sections, each under its mark.  (Where the text itself opened under a
    mark, the marked lines are a column's items, and are left to the rules for those.)"""
    prof = profile(texts)
    if not prof.width or prof.column or prof.records:
        return out
    out = list(out)
    shown = nonblank(out)
    opened_marked = False
    for k in range(1, len(shown) - 1):
        above, i, below = shown[k - 1], shown[k], shown[k + 1]
        t = texts[i].strip()
        if out[above] == "B":
            opened_marked = texts[above].strip()[:1] in MARKERS
        if out[i] not in ("B", "H", "T>", "T<", "K>", "Y>", "Y<") or t[:1] not in MARKERS or is_byline(t) \
                or _words()["sidebar"].match(t) or han_width(t) > 24 or re.search(r"[。！？；，,;]", t):
            continue
        if out[above] in ("B", "I") and not opened_marked and ends_sentence(texts[above]) \
                and out[below] in ("B", "I") and INDENT.match(texts[below]) and texts[below].strip()[:1] not in MARKERS:
            out[i], out[below] = "H", "I"
    return out


# Where a web page's picture stood, its markup or file name left on a line of its own.
PICTURE_LEFT = re.compile(r"^\s*<(?:img|image|picture|figure)\b|\.(?:jpe?g|png|gif|webp)\b", re.I)


def ends_signed_off(text: str) -> bool:
    """A paragraph that closes its article: signed in brackets at its end (…。（记者 某某）)."""
    return re.search(r"[（(][^（）()]{1,30}[）)]\s*$", text) is not None


def headline_with_byline(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A page that sets its headline, subtitle and byline on its first line, as an
    aggregator copies an e-paper's (新村里的幸福生活 ——某某新村见闻 本报记者张 杰 通讯员张某国),
    opens with that headline; the site's summary under it that only repeats it
    ([摘要] 新村里的幸福生活 …) is furniture."""
    shown = nonblank(out)
    if len(shown) < 2 or out[shown[0]] not in ("B", "I"):
        return out
    i = shown[0]
    t = texts[i].strip()
    m = HEAD_BYLINE.search(t)
    head = t[:m.start()] if m else ""
    if not m or not is_byline(m.group(1)) or not 4 <= han_width(head) <= 50 or re.search(r"[。！？；，,]", head):
        return out
    out = list(out)
    out[i] = "T>"
    j = shown[1]
    summary = SUMMARY_LABEL.match(texts[j])
    if summary and texts[j][summary.end():].strip()[:6] == head[:6]:
        out[j] = "F"
        if len(shown) > 2 and out[shown[2]] == "I":
            out[shown[2]] = "B"
    elif out[j] == "I":
        out[j] = "B"
    return out


JOURNAL_NAME = re.compile(r"^\s*《[^《》]{2,16}》\s*$")
ISSUE_LINE = re.compile(r"^\s*\d{4}\s*年\s*(?:第\s*)?\d{1,2}\s*期")


def journal_source(texts: list[str], out: list[str | None]) -> list[str | None]:
    """出处 / 《记者摇篮》 / 1998年第2期21-21,共1页 under a text: the journal the text is from and
    its issue, which date that text, not a headline with no text of its own."""
    shown = nonblank(out)
    for k, i in enumerate(shown[1:-1], 1):
        nxt = shown[k + 1]
        if out[i] != "F" and JOURNAL_NAME.match(texts[i]) and ISSUE_LINE.match(texts[nxt]) \
                and any(out[j] and out[j][0] in "BI" for j in shown[:k]):
            out = list(out)
            out[i], out[nxt] = "F", "D<"
    return out


def summary_of_text(texts: list[str], out: list[str | None]) -> list[str | None]:
    """乡村大喇叭信息传千家 / 摘要:可近日,某县…回来了。… / □记者 某某 / 本报讯…: a site's summary
    under the headline that repeats sentences of the text below it is the site's, and the
    byline under it opens that text, not one the summary would be."""
    shown = [i for i in nonblank(out) if out[i] != "F"]
    for k, i in enumerate(shown[:-1]):
        m = SITE_SUMMARY.match(texts[i]) if out[i] in ("B", "I") else None
        if m is None or not k or out[shown[k - 1]][0] not in "TSD":
            continue
        words = NOT_WORDS.sub("", texts[i][m.end():])[:SUMMARY_WORDS]
        if len(words) < SUMMARY_WORDS or not any(words in NOT_WORDS.sub("", texts[j]) for j in shown[k + 1:]):
            continue
        out = list(out)
        out[i] = "F"
        nxt = shown[k + 1]
        if out[nxt] == "Y<":
            out[nxt] = "Y>"
            after = shown[k + 2] if k + 2 < len(shown) else None
            if after is not None and out[after] == "I":
                out[after] = "B"
        elif out[nxt] == "I":
            out[nxt] = "B"
        break
    return out


# A site's summary is labelled 摘要 or 内容摘要 (a paper's essay prints its own 内容提要 over its text).
SITE_SUMMARY = re.compile(r"^\s*[\[【]?\s*(?:内容)?摘\s*要\s*[\]】:：]\s*")
# How many of a summary's first characters (punctuation aside) the text must repeat.
SUMMARY_WORDS = 12


def headline_first(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A page's first line, short and not a sentence (守护“孝昌蓝”!秸秆禁烧,孝昌在行动!), a
    blank line over a paragraph twice its length, is that paragraph's headline, not a body."""
    shown = nonblank(out)
    if len(shown) < 2 or out[shown[0]] != "B" or out[shown[1]] not in ("B", "I") or shown[1] == shown[0] + 1:
        return out
    i, j = shown[0], shown[1]
    t = texts[i].strip()
    # (a line with no clause mark in it needs a paragraph under it only longer, a finished one:
    # 我县组织收看全市…推进会 / 全市…推进电视电话会27日召开,陈琼在…收看了会议。)
    bare = not re.search(r"[，。；、：,;:！？!?]", t)
    under = 1.2 if bare and ends_sentence(texts[j]) else 2
    if han_width(t) > 36 or t[-1:] in "。；，、：:" or DATELINE.match(t) or han_width(texts[j]) < under * han_width(t) \
            or _words()["opener"].match(t) or _words()["sidebar"].match(t):
        return out                   # (核心阅读 opens the body it heads)
    out = list(out)
    out[i], out[j] = "T>", "B"
    return out


# A photo's caption naming the scene (讨论会现场, 活动现场), set between paragraphs.
SCENE = re.compile(r"^\s*[\u4e00-\u9fff]{0,8}现场\s*$")


# A picture's report that ends on its photographer's credit: …受到农民朋友的欢迎。郭某某 摄
PHOTO_ITEM_END = re.compile(r"[。！？”]\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s*摄(?:影)?\s*$")


def photo_items(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A column of picture reports, one paragraph each, each signed by its photographer
    (…欢迎。郭某 摄 / 3月15日,…1300余株。范某 摄): each paragraph after one so signed opens
    the next report, however the model ran them together."""
    out = list(out)
    shown = nonblank(out)
    for k in range(1, len(shown)):
        i, before = shown[k], shown[k - 1]
        if out[i] == "I" and out[before] in ("B", "I") and han_width(texts[i]) > 30 and han_width(texts[before]) > 30 \
                and "摄" in texts[i][-16:] and PHOTO_ITEM_END.search(texts[i]) and PHOTO_ITEM_END.search(texts[before]):
            out[i] = "B"
    return out


def scene_captions(texts: list[str], out: list[str | None]) -> list[str | None]:
    """讨论会现场 between two paragraphs of one report: the caption of its photo, inside
    the article, not the headline of a second one."""
    out = list(out)
    shown = nonblank(out)
    for k in range(1, len(shown) - 1):
        i, before, after = shown[k], out[shown[k - 1]], out[shown[k + 1]]
        if out[i][0] in "KT" and SCENE.match(texts[i]) and before[0] in "BIH" and after == "B" \
                and not re.search(r"[（(][^（）()]{1,12}[）)]\s*$", texts[shown[k - 1]]):    # …落实。(王云贵): signed off
            out[i], out[shown[k + 1]] = "H", "I"
    return out


def captions_between_paragraphs(texts: list[str], out: list[str | None]) -> list[str | None]:
    """On a page of one paragraph a line (not a wrapped column), two short lines or more the
    model read as headlines of texts elsewhere, between two paragraphs (…记忆史。 /
    1998年《某某纪念》第一枚《某某》 / 1976年《某某》第二枚《某某》 / 《某报》九上“国家名片” /
    《某报》是…): the captions of the text's pictures, inside it; the text goes on under them."""
    prof = profile(texts)
    if prof.column:
        return out
    out = list(out)
    shown = nonblank(out)

    def paragraph(i: int) -> bool:
        # (wider than the page's lines mostly are: its short lines may make the page look wrapped)
        return out[i] in ("B", "I") and (not prof.width or han_width(texts[i]) > 2 * prof.width)

    k = 1
    while k < len(shown):
        j = k
        while j < len(shown) and out[shown[j]] == "T~" and han_width(texts[shown[j]]) <= 40 \
                and not re.search(r"[。！？；]", texts[shown[j]]):
            j += 1
        if j - k >= 2 and j < len(shown) and paragraph(shown[k - 1]) and ends_sentence(texts[shown[k - 1]]) \
                and paragraph(shown[j]):
            for m in range(k, j + 1):
                out[shown[m]] = "I"
        k = max(j, k + 1)
    return out


# A photo's caption left in brackets where its picture stood (（培训现场）): words, no sentence.
BRACKETED_CAPTION = re.compile(r"^\s*[（(][^（）()。！？，,：:]{2,20}[）)]\s*$")


def bracketed_captions(texts: list[str], out: list[str | None]) -> list[str | None]:
    """Two lines or more in a row, each a caption in brackets ((垃圾分类培训班) / (参加人员) /
    (培训现场)), where no text stands over them: the pictures' captions a saved page keeps over
    its article, furniture, never a headline.  (Under a text, bracketed lines are its notes:
    （作者为…） / （2019年10月22日）.)"""
    out = list(out)
    shown = nonblank(out)
    k = 0
    while k < len(shown):
        j = k
        while j < len(shown) and caption_in_brackets(texts[shown[j]]):
            j += 1
        if j - k >= 2 and all(out[i][0] not in "BIHY" for i in shown[:k]):
            for i in shown[k:j]:
                out[i] = "F"
        k = max(j, k + 1)
    return out


def caption_in_brackets(text: str) -> bool:
    return text.lstrip()[:1] in "（(" and BRACKETED_CAPTION.match(text) is not None and not (
        JUMP_IN.match(text) or JUMP_OUT.search(text) or CREDIT_NOTE.match(text) or re.search(r"摄|记者|通讯员|图", text))


# A catalogue's field: a short label, a colon, its value (分类号: K205, 页码: 22-23).
LABELLED = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S")
ORDINAL_LABEL = re.compile(r"^\s*(?:第[一二三四五六七八九十\d]{1,3}|[一二三四五六七八九十]{1,2}是|其[一二三四五六七八九十])")
BARE_BODY_LABEL = re.compile(r"^\s*(?:内\s*容|正\s*文|全\s*文)\s*[:：]?\s*$")


def label_runs(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A library's or archive's record prints its catalogue fields one a line (知识类型：…
    / 内容出处：… / 分类号：… / 页码：… / 摘要：…), then 内容 over the text: four or more
    such lines in a row are the record's furniture, whatever the model read, except
    the fields we know (标题：…) and date lines; the bare label opens the text under it."""
    field = _words()["field"]
    shown = nonblank(out)
    runs: list[list[int]] = []
    last = None                      # the last labelled line's place in shown
    for k, i in enumerate(shown):
        if LABELLED.match(texts[i]) and han_width(texts[i]) <= 80:
            if runs and last is not None and all(shown[m] == shown[m - 1] + 1 for m in range(last + 1, k + 1)) \
                    and all(out[shown[m]] == "F" for m in range(last + 1, k)):
                runs[-1].append(k)   # (a line of furniture between two fields, 查看原文, goes with them)
            else:
                runs.append([k])
            last = k
    # Catalogue fields are terse: one of them (摘要：…) may hold sentences, not more (第一步：…；
    # 第二步：…； is a list of steps in a text).
    # (Four fields we do not know: a record of the fields we know, 标题：/作者：/版面：, is in_records'.)
    # (a mark between codes is no clause's: 分类号: G219.276.4;K291.64)
    runs = [r for r in runs if sum(1 for k in r if not field.match(texts[shown[k]])) >= 4 and
            sum(1 for k in r if re.search(r"[，。；！？]|[,;](?![A-Za-z0-9])", texts[shown[k]])) <= 1 and
            not any(ORDINAL_LABEL.match(texts[shown[k]]) for k in r)]
    if not runs:
        return out
    out = list(out)
    for r in runs:
        for k in r:
            i = shown[k]
            if not field.match(texts[i]) and out[i][0] != "D":
                out[i] = "F"
        after = r[-1] + 1
        if after + 1 < len(shown) and BARE_BODY_LABEL.match(texts[shown[after]]):
            out[shown[after]] = "F"
            out[shown[after + 1]] = "B"
    return out


def listed_headline(texts: list[str], out: list[str | None]) -> list[str | None]:
    """An e-paper's page lists its articles' titles over the one it shows: the title
    printed again over a byline or a body is the headline, and the block of titles
    it was listed in (今日起本报… / 和老婆煲电话粥… / 满院子垃圾…) is furniture.  (A line of a
    headline set on several lines is no copy: a column's name wraps the same way under
    every headline of a wrapped page.)"""
    def alone(i: int) -> bool:
        return all(not (0 <= n < len(texts) and texts[n].strip() and (out[n] or " ")[0] in "KTS") for n in (i - 1, i + 1))

    def listed(m: int) -> bool:      # a line a list of titles holds (not a title printed again:
        x = texts[shown[m]].strip()  # 导读's list, then 【今日头条】 over the first title's copy)
        return han_width(x) <= 40 and not re.search(r"[。！？；，]", x) and first.get(x, m) == m

    def later(m: int) -> set[str]:   # the lines printed after the m-th
        return {texts[x].strip() for x in shown[m + 1:]}

    shown = nonblank(out)
    first: dict[str, int] = {}
    for k, i in enumerate(shown):
        t = texts[i].strip()
        j = first.setdefault(t, k)
        if j == k or k + 1 >= len(shown):
            continue
        under = shown[k + 1]
        # (under the copy, a body the tagger read on from the copy opens there: 【今日头条】 /
        # ★县里启动… / 8日，全县春季植树活动…)
        opens = out[under] == "I" and (out[i] or " ")[0] in "BIH" and \
            (han_width(texts[under]) > 40 or ends_sentence(texts[under]))
        if out[under] not in ("Y>", "B", "D>") and not opens:
            continue
        if han_width(t) > 40 or re.search(r"[。！？；]", t) or len(re.findall(r"[\u4e00-\u9fff]", t)) < 4 \
                or is_date_line(t) or is_furniture(t) or _words()["field"].match(t) or out[i][0] in "DY" \
                or _words()["opener"].match(t) or _words()["sidebar"].match(t) or not alone(i):
            continue                 # (a digest's date line, printed for every entry, is no title; nor a box's name)
        block = [j]                  # the listed copy's run of short lines, no blank line between
        while block[0] > 0 and shown[block[0] - 1] == shown[block[0]] - 1 and listed(block[0] - 1):
            block.insert(0, block[0] - 1)
        while block[-1] + 1 < k and shown[block[-1] + 1] == shown[block[-1]] + 1 and listed(block[-1] + 1):
            block.append(block[-1] + 1)
        if len(block) < 2:
            continue
        # (a list of contents holds titles, and more than one of them is printed again)
        if opens:
            after = later(block[-1])
            if not listed(j) or sum(1 for b in block if listed(b) and texts[shown[b]].strip() in after) < 2:
                continue
        out = list(out)
        for b in block:
            out[shown[b]] = "F"
        out[i] = "T>"
        if opens:
            out[under] = "B"
    return out


# An article page's own tools under its text (【打印】【关闭】, 打印本页 关闭窗口).
TOOLS_BAR = re.compile(r"打印.{0,12}关闭|(?:【[^【】]{0,8}】\s*){3,}")


def after_tools(texts: list[str], out: list[str | None]) -> list[str | None]:
    """Under an article page's tool bar, where no paragraph follows, the site's boxes
    (新 闻 查 询 / 彩 信 专 题 / 双响炮) are furniture, however headline-like."""
    shown = nonblank(out)
    bar = next((k for k in range(len(shown) - 1, -1, -1) if TOOLS_BAR.search(texts[shown[k]])), None)
    if bar is None or not any(out[i][0] in "BI" for i in shown[:bar]):
        return out
    rest = shown[bar + 1:]
    # (a paragraph's line: on a wrapped page as wide as its column, as an OCR'd paper prints
    # an advertisement's list of titles, 【诗经】 【楚辞】 【乐府】, over the articles under it)
    width = profile(texts).width
    long = width - 2 if width else 40
    if any(han_width(texts[i]) > long and re.search(r"[。！？]", texts[i]) for i in rest):
        return out
    out = list(out)
    for i in [shown[bar]] + rest:
        out[i] = "F"
    return out


# A document's outline: its chapters (1 总则) and their sections (1.1 编制目的).
OUTLINE_CHAPTER = re.compile(r"^\s*\d{1,2}\s+[\u4e00-\u9fff]{2,16}\s*$")
OUTLINE_SECTION = re.compile(r"^\s*\d{1,2}\.\d{1,2}\s+\S")


def outline_chapters(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A page numbered as a document's outline (1.1 编制目的, 1.2 编制依据) numbers its
    chapters the same way (1 总则, 2 组织机构和职责): subheads of the document, not a
    newspaper page's running head (经济 08, 08 社会民生) that reads alike, nor headlines
    of articles of their own."""
    if sum(1 for i, y in enumerate(out) if y and OUTLINE_SECTION.match(texts[i])) < 2:
        return out
    out = list(out)
    for i, y in enumerate(out):
        chapter = OUTLINE_CHAPTER.match(texts[i])
        if (y == "F" and chapter) or (y and y[0] in "KT" and (chapter or OUTLINE_SECTION.match(texts[i]))
                                      and han_width(texts[i]) <= 30):
            out[i] = "H"
    return out


# The title of a document a government page publishes (…关于印发《…》的通知, …的实施意见).
DOCUMENT_TITLE = re.compile(r"^\s*[^\s。！？，,；;：:]{4,80}?(?:的|之)?(?:通知|通报|意见|决定|公告|通告|办法|方案|规定|细则|批复|报告|请示|函|决议|规划|纲要)\s*$")


def document_title(texts: list[str], out: list[str | None]) -> list[str | None]:
    """…关于印发《…实施细则》等三个文件的通知 under a government page's panel (索引号, 发布
    机构, 名称 …), where the model read it as one more row: the document's title, over its text,
    when no headline stands above it."""
    shown = nonblank(out)
    for k, i in enumerate(shown):
        if out[i] and out[i][0] in "KTS":
            return out               # (the page has its headline)
        if out[i] != "F" or not DOCUMENT_TITLE.match(texts[i]) or is_furniture(texts[i].strip()) \
                or _words()["field"].match(texts[i]):
            continue
        nxt = next((out[j] for j in shown[k + 1:] if out[j] != "F"), None)
        if nxt in ("B", "I"):
            out = list(out)
            out[i] = "T>"
            return out
    return out


# A notice's addressees, the line its text opens on (各区人民政府，市政府直属各单位：).
ADDRESSEES = re.compile(r"^\s*各[^。！？；]{1,80}?(?:单位|部门|政府|局|委|办|机构|院|所|校|站|企业|团体|乡镇|街道|村|社区|会员|同志|组织)\s*[:：]\s*$")
# The body that signs a notice under its text (某市人民政府办公室, 中共某县委 某县人民政府).
ISSUER = re.compile(r"^\s*(?:[\u4e00-\u9fff（）()]{2,30}?(?:办公室|办公厅|政府|委员会|党委|局|委|厅|部|院|中心|协会|学会|联合会|工会|指挥部|领导小组)\s*){1,3}$")
# …and the day it signed, alone on its line (2019年11月29日, 二〇一九年十一月二十九日).
SIGNED_DAY = re.compile(r"^\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)\s*$")


def notice_addressees(texts: list[str], out: list[str | None]) -> list[str | None]:
    """各区人民政府，市政府直属各单位： under a notice's headline: whom it is sent to,
    the first line of its text (the model read it as a headline: short, no full stop)."""
    shown = nonblank(out)
    for k, i in enumerate(shown):
        if out[i][0] in "KTS" and ADDRESSEES.match(texts[i]):
            out = list(out)
            out[i] = text_label(out, i)
            if k + 1 < len(shown) and out[shown[k + 1]] == "B":
                out[shown[k + 1]] = "I"
    return out


def notice_signature(texts: list[str], out: list[str | None]) -> list[str | None]:
    """…请认真遵照执行。 / 某市人民政府办公室 / 2019年11月29日: the body that issued a
    notice, signing under its text, and the day it signed; neither a headline nor the
    next article's date (the model read the pair as a headline and its date line)."""
    shown = nonblank(out)
    for k, i in enumerate(shown[1:-1], 1):
        date = shown[k + 1]
        if out[i][0] in "KT" and out[shown[k - 1]][0] in "BI" and ISSUER.match(texts[i]) \
                and (out[date] or " ")[0] == "D" and SIGNED_DAY.match(texts[date]):
            out = list(out)
            after = out[shown[k + 2]] if k + 2 < len(shown) else None
            # (a document the notice issues, printed under its signature, is its attachment:
            # the date closes nothing when text, not a headline, follows it)
            out[i], out[date] = "I", "D<" if not after or after[0] in "KTDF" else "I"
            if after == "B":
                out[shown[k + 2]] = "I"
    return out


def attached_documents(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A notice that issues a document (关于印发《宁阳县粮食应急预案》的通知) prints it under
    its own signature and date: the date does not close the article when the line after it
    is the document's title; the document is the notice's attachment, its title a subhead."""
    headline = next((texts[i] for i, y in enumerate(out) if y and y[0] == "T"), "")
    named = {n.strip() for n in re.findall(r"《([^《》]{2,40})》", headline)}
    if not named:
        return out
    out = list(out)
    shown = nonblank(out)
    for k, i in enumerate(shown[:-1]):
        nxt = shown[k + 1]
        if out[i] == "D<" and texts[nxt].strip() in named:
            out[i] = "I"
            if (out[nxt] or " ")[0] in "KTS":
                out[nxt] = "H"
    return out


def after_editors(texts: list[str], out: list[str | None]) -> list[str | None]:
    """On a web page (one paragraph a line), under the line that signs an article's
    editors, or the site's owner and licence lines, where no paragraph follows, the
    site's boxes (部门概况 / 环境专刊 / 更多>>, 重庆云阳微发布 / 新浪官方微博) are
    furniture, however headline-like: the article ended before them."""
    shown = nonblank(out)
    if not any(out[i][0] in "BI" and han_width(texts[i]) > 60 for i in shown):
        return out                   # (a wrapped column's page ends on its editors and headlines printed last)
    editors, footer = _words()["site_editors"], _words()["site_footer"]
    signed = next((k for k in range(len(shown) - 1, -1, -1) if editors.match(texts[shown[k]])
                   or (out[shown[k]] == "F" and footer.search(texts[shown[k]]))), None)
    if signed is None or not any(out[i][0] in "BI" for i in shown[:signed]):
        return out
    return all_furniture(texts, out, shown[signed + 1:])


def text_around_pictures(texts: list[str], out: list[str | None]) -> list[str | None]:
    """…取得初步成效。 / 打开某某新闻 查看更多图片 / 下一步，…: what a page left where its pictures
    stood stands inside a text, and the paragraph under it goes on with that text, however
    the model read it as a new one's opening (not a dispatch's: 本报讯 opens its own)."""
    picture = _words()["site_picture"]
    shown = nonblank(out)
    new = None
    for k, i in enumerate(shown):
        if out[i] != "B" or DATELINE.match(texts[i]) or START_MARKER.match(texts[i]):
            continue
        j = k - 1
        while j >= 0 and out[shown[j]] == "F" and picture.match(texts[shown[j]]):
            j -= 1
        if j < k - 1 and j >= 0 and out[shown[j]] in ("B", "I"):
            new = new or list(out)
            new[i] = "I"
    return new or out


def link_after_text(texts: list[str], out: list[str | None]) -> list[str | None]:
    """On a web page (one paragraph a line), a headline alone ending the page, a blank line
    under the last paragraph of an article that opened under its own headline
    (…送上一缕清新的文明之风。 / 整治提升农村环境 某某区激发民企活力), is an e-paper's link to
    the next article: it ends no paragraph, and its text is on another page.  (A short one is
    the subhead of a text cut off there: …找寻线索、追问答案。 / 始于数字治堵.)"""
    shown = nonblank(out)
    if len(shown) < 3 or profile(texts).width:
        return out
    last, above = shown[-1], shown[-2]
    t = texts[last]
    if out[last] not in ("I", "H") or out[above] not in ("B", "I") or texts[last - 1].strip() \
            or not ends_sentence(texts[above]) or not 12 <= han_width(t) <= 40 or re.search(r"[，。；！？：:,;（(）)]", t) \
            or is_byline(t) or is_date_line(t.strip()):
        return out
    j = len(shown) - 2
    while j >= 0 and out[shown[j]] in ("I", "H"):
        j -= 1
    m = j - 1
    while m >= 0 and out[shown[m]][0] in "DY":
        m -= 1
    if j < 0 or out[shown[j]] != "B" or m < 0 or out[shown[m]] != "T>" \
            or not any(han_width(texts[i]) > 60 for i in shown[j:-1]):
        return out
    out = list(out)
    out[last] = "F"
    return out


def teasers(texts: list[str], out: list[str | None]) -> list[str | None]:
    """Under a site's recommendations (新闻推荐, 猜你喜欢), the teasers of other articles,
    cut off (…的传...), are furniture with their heading."""
    def cut_off(j: int) -> bool:
        return texts[j].rstrip().endswith(("...", "…", "。。。"))

    out = list(out)
    recommended = _words()["recommended"]
    shown = nonblank(out)
    for k, i in enumerate(shown):
        if out[i] != "F" or not recommended.match(texts[i]):
            continue
        rest = shown[k + 1:]
        teased = [m for m, j in enumerate(rest) if cut_off(j)]
        if not teased:
            # A teaser's title or two and the site's blurb ending the page (柳巷镇…获丰收 /
            # 某某新闻,弘扬社会正气。…): too short to be an article, and undated.
            # (under an article: a heading over the page's only article heads no teasers)
            # (…or any number of titles alone, no text among them, down to the page's end)
            if 0 < len(rest) and any(out[j][0] in "BI" and han_width(texts[j]) > 60 for j in shown[:k]) \
                    and all(han_width(texts[j]) <= 60 and out[j][0] != "D" and not is_date_line(texts[j].strip())
                            for j in rest) \
                    and (len(rest) <= 3 or all(han_width(texts[j]) <= 40 and not ends_sentence(texts[j]) for j in rest)):
                for j in rest:
                    out[j] = "F"
            continue
        # The teasers with their titles, down to the last one cut off; after them, the
        # site's blurb, unless a headline of another article follows.
        last = teased[-1]
        if all(m and is_date_line(texts[rest[m - 1]].strip()) for m in teased):
            # (…but teasers each under its own date line are a listing's entries, not a sidebar's:
            # 星期三, 4月 30, 2025 / 【记者某某报导】…本次稽查地点横跨…)
            continue
        after = rest[last + 1:]
        headed = any((out[j] or " ")[0] in "KT" for j in after)
        for j in rest[:last + 1] + ([] if headed else after):
            out[j] = "F"
    return out


# An old paper's archive lists each article by its number and title, then gives its
# record on one line, opened by its page and column: 第1版(要闻)专栏: 标题 新华社…电 …
# (a page saved from its markup keeps the breaks: 第4版(体育)<br/>专栏:<br/><br/> 标题…)
PAPER_RECORD = re.compile(r"^\s*第\s*[\d一二三四五六七八九十]+\s*版\s*[（(][^（）()]{0,12}[）)]"
                          r"(?:\s|<br\s*/?>)*(?:专栏\s*[:：])?(?:\s|<br\s*/?>)*")
BREAKS = re.compile(r"\s+|<br\s*/?>")
LISTED = re.compile(r"^\s*\d{1,3}\s*[.．、]\s*\S")


def paper_listing(texts: list[str], out: list[str | None]) -> list[str | None]:
    """On such a page each record line opens a body, and the numbered line over it is
    its headline, however the model read either (it had joined every record into one)."""
    out = list(out)
    idx = nonblank(out)
    for k, i in enumerate(idx):
        m = PAPER_RECORD.match(texts[i])
        if not m or han_width(texts[i][m.end():]) < 10:
            continue                 # (第1版(本地新闻) alone: the page's header)
        out[i] = "B"
        above = texts[idx[k - 1]] if k else ""
        # (its headline: the numbered line over it, or the line over it whose words open it)
        opening = BREAKS.sub("", above)
        if k and (LISTED.match(above) or (len(opening) >= 6 and BREAKS.sub("", texts[i][m.end():]).startswith(opening))) \
                and han_width(above) <= 120 and not re.search(r"[。！？]$", above.strip()):
            out[idx[k - 1]] = "T>"
    return out


def subtitled_heads(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A subhead-like line over a line opened by a dash (春风化雨 以文化人 / ————各地积极…),
    after a finished body, is the next article's headline and subtitle: a section's
    subhead has no subtitle.  (A dash alone is no subtitle: 戴某在给夫人的信中写道 / —— /
    “余此次…: the text runs on into what it quotes.)"""
    out = list(out)
    idx = nonblank(out)
    for k in range(2, len(idx)):
        above, head, sub = idx[k - 2], idx[k - 1], idx[k]
        if out[head] == "H" and out[sub] in ("H", "I", "B") and SUBTITLE_DASH.match(texts[sub]) \
                and texts[sub].strip().lstrip("—－-") \
                and out[above] and out[above][0] in "BI" and ends_sentence(texts[above]) \
                and han_width(texts[head]) <= 24 and not re.search(r"[。！？，]", texts[head]):
            out[head], out[sub] = "T>", "S>"
    return out


EDITOR_SIGNED = re.compile(r"^\s*[—－]{1,2}\s*编\s*者\s*$")


def box_openings(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A box that opens an article (核心阅读 over its lead) is the first line of that
    article's body, after its headline or after the body before it: the paragraph
    under it goes on in the same body."""
    out = list(out)
    idx = nonblank(out)
    paragraphs = not profile(texts).width
    for k, i in enumerate(idx):
        if not _words()["opener"].match(texts[i]):
            continue
        # (not under an editor's note, 编者按 … ——编者, which opens the same article over it; read
        # as a byline too, □核心提示: a box's mark made it look like one)
        if out[i][0] in "HBIKTSY" and not (k and EDITOR_SIGNED.match(texts[idx[k - 1]])):
            out[i] = "B"
            if k + 1 < len(idx) and out[idx[k + 1]] == "B":
                out[idx[k + 1]] = "I"
            # On a page of one paragraph a line, what stands straight over the box and ends no
            # sentence is the article's headline, the line over that too if it ends none (国内票
            # 房过亿元，…最好成绩 / 《山村来信》，好片如何炼成 / 核心阅读), not the body above's.
            above = [j for j in idx[max(0, k - 2):k] if out[j] in ("H", "I", "B")
                     and not ends_sentence(texts[j]) and han_width(texts[j]) <= 40]
            if paragraphs and above and above[-1] == idx[k - 1]:
                out[above[-1]] = "T>"
                if len(above) == 2:
                    out[above[0]] = "K>"
    return out


# A cartoon's credit, who drew it and who wrote its verse (曹  某图  于  某文), spaces taken out.
CARTOON_CREDIT = re.compile(r"[\u4e00-\u9fff]{2,4}图[\u4e00-\u9fff]{2,4}文")
# A headline's line that opens a column's tag in brackets and the line that closes it.
OPEN_TAG = re.compile(r"[（(][^（）()]{0,12}$")
CLOSE_TAG = re.compile(r"[^（）()。，；！？]{1,16}[）)]")
# A word's last characters, then a column's tag whole (勋（寻访身边榜样·模范人物谱）).
WORD_THEN_TAG = re.compile(r"[\u4e00-\u9fff]{1,3}[（(][^（）()]{2,16}[）)]")


def credit_runs_on(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A credit under a body (数据来源：佛山市某某电器科 / 技有限公司), cut off at the column's
    width, goes on on the short line straight under it: that line is the credit's end, not
    a headline or subhead of its own.  So does a line that is furniture wherever it stands
    (an advertisement's 400-123-4567  全国包邮  货到 / 付款  某市某区某大厦6层), into
    the last line of its block."""
    width = profile(texts).width
    if not width:
        return out
    out = list(out)
    for i in range(len(out) - 1):
        t, nxt = texts[i], texts[i + 1]
        if not (out[i] in ("Y<", "F") and out[i + 1] and out[i + 1][0] in "KTSH" and not ends_sentence(t)):
            continue
        if out[i] == "Y<" and han_width(t) + len(t) - len(t.lstrip("　")) >= width - 1 \
                and not re.search(r"[，。；！？、]|[）)]$", t) \
                and han_width(nxt) <= width / 2 and not re.search(r"[，。；！？（(]", nxt):
            out[i + 1] = "Y<"
        elif out[i] == "F" and width >= 12 and len(t.strip()) >= width - 1 and _words()["strong"].search(t) \
                and (i + 2 == len(texts) or not texts[i + 2].strip()) and not re.search(r"[。；！？]", nxt):
            # (its figures set narrow, it may stop short of the column's width, but not of its count
            # of characters; not a label alone, 广告, nor a web page's short lines over its headline)
            out[i + 1] = "F"
    return out


def paragraph_run_on(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A line the model read as the head of the body above, as wide as the column and
    broken at a comma, whose words run straight on into a line that ends the sentence
    (新的一年，“甩开膀子加油干” / 成为大家的共同心声。“书记的话): a paragraph of that body,
    not a headline; a headline ends on its last line and stands apart from the next text."""
    width = profile(texts).width
    if not width:
        return out
    out = list(out)
    for i in range(1, len(out) - 1):
        t, nxt = texts[i], texts[i + 1]
        if out[i] in ("K<", "T<") and out[i + 1] == "B" and (out[i - 1] is None or out[i - 1] in ("B", "I")) \
                and han_width(t) >= width - 1 and "，" in t and not COLUMN_TAG.search(t.strip()) \
                and nxt[:1] not in " 　" and not DATELINE.match(nxt) and "。" in nxt[:len(nxt) * 2 // 3]:
            out[i] = out[i + 1] = "I"
    return out


# A paragraph's indent: two spaces or more, or a wide one (one space alone is an OCR gap).
INDENT = re.compile(r"\s{2}|\u3000|\t")


def sentence_goes_on(texts: list[str], out: list[str | None]) -> list[str | None]:
    """In a wrapped column, a line the model opened a body on, straight under a full line
    of text that ends mid-sentence (…来华进行友好访问并出席 / 2019年中国某某国际茶叶…),
    goes on with that sentence: a paragraph is never cut where no clause ends."""
    width = profile(texts).width
    if not width:
        return out
    out = list(out)
    for i in range(1, len(out)):
        if out[i] != "B" or out[i - 1] not in ("B", "I"):
            continue                 # (most lines: asked nothing more)
        t, above = texts[i], texts[i - 1].strip()
        if han_width(above) >= 0.8 * width \
                and not re.search(r"[。！？；：，、…”’）)」』\]】!?;:,]$", above) and not INDENT.match(t) \
                and t.strip()[:1] not in MARKERS and t.strip()[:1] not in "（(【[“" \
                and not DATELINE.match(t) and not JUMP_IN.match(t):
            out[i] = "I"
    return out


def heads_by_words(texts: list[str], out: list[str | None]) -> list[str | None]:
    """On a wrapped page whose headlines stand after their bodies, a short line between
    blank lines after a finished body, read as a subhead (某省北部等地将有降雪), is the
    headline of the body above when its words are that body's and not the text's below:
    a subhead names what its section goes on to say."""
    width = profile(texts).width
    ways = Counter(y[1:] for y in out if y and y[0] == "T")
    if not width or ways["<"] < 1 or ways["<"] < ways[">"]:
        return out
    out = list(out)
    idx = nonblank(out)
    for k in range(1, len(idx) - 1):
        i, above, below = idx[k], idx[k - 1], idx[k + 1]
        if out[i] != "H" or above == i - 1 or below == i + 1 or out[below] not in ("I", "B") \
                or out[above] not in ("I", "B") or not ends_sentence(texts[above]) \
                or not short_unpunctuated(texts[i], width, 1.5):
            continue
        head = set(bigrams(texts[i]))
        if len(head) < 3:
            continue
        start = next((idx[m] + 1 for m in range(k - 1, -1, -1) if out[idx[m]] and out[idx[m]][0] in "KTSH"), 0)
        stop = next((idx[m] for m in range(k + 1, len(idx)) if out[idx[m]] and out[idx[m]][0] in "KTSH"), len(texts))
        mine = len(head & set(bigrams("".join(texts[start:i])))) / len(head)
        next_text = len(head & set(bigrams("".join(texts[i + 1:stop])))) / len(head)
        if mine >= 0.3 and mine >= 2 * next_text:
            out[i] = "T<"
            out[below] = "B"
    return out


PHOTO_NUMBER = re.compile(r"^\s*图\s*[①-⑳\d]{1,2}\s*[:：]")


def caption_lists(texts: list[str], out: list[str | None]) -> list[str | None]:
    """The numbered captions of an article's photos (图①：… / 某某摄 / 图②：…) stand together
    in its text: one the model opened as a body after another goes on in the same list."""
    out = list(out)
    idx = nonblank(out)
    for k, i in enumerate(idx):
        if out[i] == "B" and PHOTO_NUMBER.match(texts[i]) and any(
                PHOTO_NUMBER.match(texts[j]) and out[j] in ("B", "I", "H") for j in idx[max(0, k - 8):k]):
            out[i] = "I"
        elif out[i] == "Y<" and k + 1 < len(idx) and PHOTO_NUMBER.match(texts[idx[k + 1]]) and any(
                PHOTO_NUMBER.match(texts[j]) for j in idx[max(0, k - 3):k]):
            out[i] = "I"             # (a photo's credit between two captions closes neither the text nor the list)
    return out


# What may follow a dispatch's dateline on its line when the line says nothing else: the
# reporters in brackets, or an old paper's 记者某某报道：.
DATELINE_ONLY_REST = re.compile(r"\s*(?:[（(][^（）()]{1,30}[）)])?\s*(?:(?:本报)?(?:记者|通讯员)[^：:，。]{1,30}报道\s*[:：])?\s*")


def bare_datelines(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A dateline on a line of its own (本报讯（通讯员 某某 记者 某某）, 本报北京9月30日电
    （何某）, or with a box's name, 本报讯 核心阅读) opens the text under it: what the model
    or a box opened there (核心阅读, a paragraph it read as a new body) goes on in the same
    article, which a dateline alone never is."""
    out = list(out)
    idx = nonblank(out)
    for k, i in enumerate(idx[:-1]):
        if out[i] == "B" and (m := DATELINE.match(texts[i])) \
                and ((rest := texts[i][m.end():]).strip() and _words()["opener"].match(rest)
                     or DATELINE_ONLY_REST.fullmatch(rest)):
            # (本报讯 核心阅读: the box opens under the dateline, in its text; so do lines the model
            # took for the head of the article above, 县报30日第一版刊发 / 评论员文章《…)
            for j in idx[k + 1:k + 7]:
                if out[j] not in ("B", "H", "K<", "T<", "S<"):
                    break
                out[j] = "I"
    return out


ITEM_NUMBER = re.compile(rf"^\s*(\d{{1,2}})\s*{LIST_MARK}")


def numbered_items(texts: list[str], out: list[str | None]) -> list[str | None]:
    """On a numbered digest (1、张集:巍巍大洪山… / 记者:何志琛 / text), a line numbered
    next after a headline's number, worded as a headline, is the next item's headline
    too, however the model read it: a section's head goes on its article's numbering,
    not its headline's."""
    out = list(out)
    idx = nonblank(out)
    last = None                      # the number of the last headline that was numbered
    for k, i in enumerate(idx):
        m = ITEM_NUMBER.match(texts[i])
        y = out[i]
        if m and y in ("H", "B", "I") and last is not None and int(m.group(1)) == last + 1 and k + 1 < len(idx) \
                and han_width(texts[i]) <= 40 and not re.search(r"[。；！？]", texts[i]):
            out[i] = y = "T>"
            if out[idx[k + 1]] == "I":
                out[idx[k + 1]] = "B"
        if m and y and y[0] == "T":
            last = int(m.group(1))
    return out


NUMBERED_ITEM = re.compile(r"^\s*\d{1,2}\s*[.．、]\s*(?=\S)")
REPORT_OPENING = re.compile(r"近日|日前|近期|昨天|昨日|今天|今日|本报讯|\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月")


def numbered_reports(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A bulletin that numbers its reports (晨光新闻速递 / 1.近日,… / 县域新闻: / 1.9月23日,…):
    each numbered paragraph is an item of its own, as a 简讯 column's marked ones are, where
    the page's head names such a column and three of them or more open as reports do; a
    section's label between them (县域新闻:) is furniture.  (A numbered list inside a report
    opens on its points, not on dates.)"""
    idx = nonblank(out)
    if not any(_words()["column_in"].search(texts[i]) for i in idx[:6]):
        return out
    items = [i for i in idx if NUMBERED_ITEM.match(texts[i]) and han_width(texts[i]) >= 30
             and ends_sentence(texts[i].strip())]
    reports = [i for i in items if REPORT_OPENING.match(texts[i], NUMBERED_ITEM.match(texts[i]).end())]
    if len(reports) < 3:
        return out
    out = list(out)
    for i in items:
        out[i] = "B"
    for i in idx:
        t = texts[i].strip()
        if i not in items and items[0] - 3 <= i < items[-1] and han_width(t) <= 16 and t[-1:] in ":：":
            out[i] = "F"
        elif i < items[0] and out[i] and out[i][0] in "KTS":
            out[i] = "F"             # the bulletin's name over its items heads none of them
    return out


def section_bylines(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A byline under a subhead inside a body signs that section of a story told by
    several reporters (新春走基层: ■高升村 步步高 / 本报记者 范昊天): it stays in the
    story.  (On composed pages such bylines opened no article of their own 38 times in 46.)"""
    out = list(out)
    idx = nonblank(out)
    for k, i in enumerate(idx):
        if out[i] == "Y>" and k and out[idx[k - 1]] == "H":
            out[i] = "H"
    return out


# A line that goes on a range its line above began (2019年10月17日 / —11月7日17:30).
RANGE_ON = re.compile(r"^\s*[—－–~～至]\s*\d")


def mid_sentence(texts: list[str], i: int) -> bool:
    """A line inside a sentence that runs across it: the line above leaves a
    bracket open (……（ / 一）报名程序…), or the line under it goes on with the
    rest of a range (…2019年10月17日 / —11月7日): a date in it is the text's, not a date line."""
    above = texts[i - 1].strip() if i else ""
    below = texts[i + 1] if i + 1 < len(texts) else ""
    return bool(above) and left_open(above) or bool(RANGE_ON.match(below))


def nonblank(out: list[str | None]) -> list[int]:
    """The indexes of the lines that have a label (every line but the blank ones)."""
    return [i for i, y in enumerate(out) if y]


def headless_subtitles(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A line the model read as a subtitle, with the site's furniture straight above it and a
    body opening under it (…热门文章 / 中华民国社区报刊发展协会澎湖社区参访 / 【记者某某报导】…),
    has no headline to stand under: it is the headline."""
    shown = nonblank(out)
    changed = None
    for k, i in enumerate(shown[:-1]):
        if out[i][0] != "S" or out[shown[k + 1]] != "B" or (k and out[shown[k - 1]] != "F"):
            continue
        t = texts[i].strip()
        if 4 <= han_width(t) <= 40 and not re.search(r"[。！？；]", t) and not t.startswith(("——", "--")):
            changed = changed or list(out)
            changed[i] = "T>"
    return changed or out


# A town's, township's or county's name alone on a line (吴村镇, 城关街道, 曲阜市).
PLACE_KICKER = re.compile(r"^\s*[\u4e00-\u9fff]{1,6}(?:镇|乡|街道|县|区|市)\s*$")


def place_kickers(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A county paper's page heads a report with the town it comes from over its headline
    (吴村镇 / 集中精力美环境 / 本报曲阜讯…): the town's name is the kicker, the line under
    it the headline, though the model read the two as one headline or the name as a byline."""
    shown = nonblank(out)
    changed = None
    for k in range(len(shown) - 2):
        i, head, below = shown[k], shown[k + 1], shown[k + 2]
        if out[i] not in ("T>", "Y>") or out[head] not in ("T>", "Y>") or out[below][0] not in "BDY":
            continue
        t, h = texts[i].strip(), texts[head].strip()
        if PLACE_KICKER.match(t) and han_width(h) > han_width(t) and han_width(h) <= 30 \
                and not re.search(r"[，。；！？,;]", h) and not is_byline(h) and not DATELINE.match(h):
            changed = changed or list(out)
            changed[i], changed[head] = "K>", "T>"
    return changed or out


def title_under_kicker(texts: list[str], out: list[str | None]) -> list[str | None]:
    """On a page of one paragraph a line, a short line that ends no sentence, under a
    headline line and over the body, is the title, and the line above its kicker
    (用手艺守住品质，靠口碑赢得市场 / 老字号酱园，又回来了 / 通过…): a comma does not make it body."""
    shown = nonblank(out)
    for k in range(1, len(shown) - 1):
        i, above, below = shown[k], shown[k - 1], shown[k + 1]
        t = texts[i].strip()
        before = out[shown[k - 2]] if k >= 2 else None          # what the two head lines follow: a body, or nothing
        if out[i] == "B" and out[above] in ("T>", "K>") and out[below] == "I" and 6 <= han_width(t) <= 30 \
                and (before is None or before[0] in "BIH") and not _words()["sidebar"].match(t) \
                and texts[above].strip()[:1] not in MARKERS and not COLUMN_TAG.search(texts[above].strip()) \
                and not re.search(r"[。！？!?]", t) and t[-1] not in "”’）)：:；;" and not DATELINE.match(t) \
                and han_width(texts[below]) > 2 * han_width(t):
            # (…but a headline that carries its column's tag, 光伏产业前景广阔（一线观察）, is the title)
            out[above], out[i], out[below] = "K>", "T>", "B"
    return out


def heads_over_stamp(texts: list[str], out: list[str | None]) -> list[str | None]:
    """市委常委会召开扩大会议 / 传达学习…精神 安排部署…工作 / 某某主持并讲话 某某出席 / 发布日期:… /
    the text: a web article's block of head lines over its stamp is one headline, however many
    lines the model read as titles; the first title is the headline, the later ones its subtitles
    (two titles over one stamp had cut the stamp off with the second, as a headline of no text)."""
    shown = nonblank(out)
    for k, i in enumerate(shown):
        if out[i] != "D>" or k == 0:
            continue
        j = k - 1
        while j >= 0 and out[shown[j]] in ("K>", "T>", "S>"):
            j -= 1
        heads = [shown[m] for m in range(j + 1, k)]
        titles = [h for h in heads if out[h] == "T>"]
        # (only a block that opens the page's text, under nothing but the site's furniture; not a
        # digest's name over its first entry, 某某县要闻汇总; and a photo's credit read as a title is
        # none: 某某摄（人民视觉） over the next story's headline)
        if len(titles) >= 2 and (j < 0 or out[shown[j]] == "F") and not any(b for b in out[:i] if b and b[0] in "BI") \
                and not _words()["column_in"].search(texts[titles[0]]) \
                and all(han_width(texts[h]) <= 40 and not re.search(r"[。！？]", texts[h]) and not is_photo_credit(texts[h])
                        and not is_byline(texts[h]) for h in heads):
            out = list(out)
            for h in titles[1:]:
                out[h] = "S>"
    return out


def photo_labels_under_headline(texts: list[str], out: list[str | None]) -> list[str | None]:
    """人勤春早备耕忙 / ▲培育秧苗 / ▲选购农机 / … / ■本报记者 某某 文/图 / the text: a run of short lines
    each pointing at a photo (▲) between a headline and its byline or text are the photos' labels,
    left where the photos stood (residue, whose lines say where), not headlines of stories of their own."""
    shown = nonblank(out)
    for k, i in enumerate(shown):
        if out[i] != "T>":
            continue
        run = []
        for j in shown[k + 1:]:
            t = texts[j].strip()
            if t[:1] in "▲△" and han_width(t) <= 14 and not re.search(r"[。，；！？]", t):
                run.append(j)
            else:
                break
        after = shown[k + 1 + len(run)] if k + 1 + len(run) < len(shown) else None
        if len(run) >= 2 and after is not None and out[after][0] in "YB":
            out = list(out)
            for j in run:
                out[j] = "F"
            if out[after] == "Y<":
                out[after] = "Y>"
    return out


def subtitle_over_dispatch(texts: list[str], out: list[str | None]) -> list[str | None]:
    """垃圾积雪清得慢 单元门大敞四开 / 物业:十日内完成春整 8月底前换20个电子门 / 生活报讯 (记者…)…:
    a short line under the headline that the model read as the text's opening, over the dispatch
    that opens the text, is the headline's subtitle (a dispatch's formula opens its text)."""
    shown = nonblank(out)
    for k in range(1, len(shown) - 1):
        i, above, below = shown[k], shown[k - 1], shown[k + 1]
        t = texts[i].strip()
        if out[i] == "B" and out[above] in ("T>", "K>") and out[below] == "I" and han_width(t) <= 40 \
                and not re.search(r"[。！？；]", t) and not is_byline(t) \
                and (DATELINE_CREDIT.match(texts[below]) or START_MARKER.match(texts[below])):
            out = list(out)
            out[i], out[below] = "S>", "B"
    return out


# A body's name alone on its line, a place's (芦溪县中医院, 某某镇人民政府, 某某县林业局): who wrote
# or sent the text, never its headline.
BODY_NAME = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:省|市|县|区|旗|镇|乡|街道)[\u4e00-\u9fff]{0,8}?"
                       r"(?:医院|卫生院|学校|中学|小学|幼儿园|局|委员会|办公室|中心|政府|法院|检察院|派出所|"
                       r"社区|村委会|公司|馆|站|所)$")


def source_under_headline(texts: list[str], out: list[str | None]) -> list[str | None]:
    """传播中医药健康文化…--县中医院举办…大型义诊活动 / 芦溪县中医院 / 为弘扬…: a body's name
    alone under the headline and over the text is the text's sender; the model read it the title
    and the headline above it a kicker."""
    shown = nonblank(out)
    for k in range(1, len(shown) - 1):
        i, above, below = shown[k], shown[k - 1], shown[k + 1]
        if out[i] == "T>" and out[above] == "K>" and out[below] in ("B", "I") \
                and BODY_NAME.match(texts[i].strip()) and han_width(texts[above]) > han_width(texts[i]):
            out = list(out)
            out[above], out[i] = "T>", "Y>"
            if out[below] == "I":
                out[below] = "B"
    return out


def body_opening(out: list[str | None], shown: list[int], k: int) -> int:
    """Where in `shown` the body just above line shown[k] opened (its B line), or -1:
    back over its other lines (I) to the line that opened it."""
    j = k - 1
    while j >= 0 and out[shown[j]] == "I":
        j -= 1
    return j if j >= 0 and out[shown[j]] == "B" else -1


def lead_over_opening(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A report may open with a lead set apart that ends no sentence (今年年内，社保部门将
    实现…最多只用到社保机构跑一次; 不管矛盾多么棘手，…不能“图省事走捷径”), then its
    text (本报北京2月20日电…, 日前，…): that goes on with the article the lead opened,
    under the same headline.  A "lead" of one short line without a clause's mark under
    a headline's lines, over a dispatch (9月全国查处 / 违反中央八项 / 规定精神问题 / 5016起 /
    本报讯…), is the headline's last line: the dispatch opens the body."""
    shown = nonblank(out)
    for k, i in enumerate(shown):
        if out[i] != "B" or JUMP_IN.match(texts[i]):
            continue                    # (the rest of an article from another page opens its own)
        j = body_opening(out, shown, k)
        if j < 0 or DATELINE.match(texts[shown[j]]):
            continue
        head = out[shown[j - 1]] if j >= 1 else None
        last = texts[shown[k - 1]].strip()      # the lead's last line
        # (a quotation closed with no full stop inside it ends no sentence: 不能“病急乱投医”)
        if k - j <= 5 and head and head[0] in "KTSY" and head.endswith(">") and last \
                and (not re.search(r"[。！？!?”」』）)…]$", last) or (last[-1] in "”’" and not ends_sentence(last))):
            if k - j == 1 and head[0] == "T" and DATELINE.match(texts[i]) and han_width(last) <= HEADLINE_TAIL \
                    and not re.search(r"[，、；：:。“”]", last):
                out[shown[j]] = head
            else:
                out[i] = "I"
    return out


HEADLINE_TAIL = 12     # characters: a headline's last wrapped line, not a lead set apart


def bullet_leads(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A report may open with points under a mark (本报讯 记者…：■中企…; ■中乌两国…),
    a summary set before its text: on a page that is no column of short items, a
    marked paragraph right after the marked opening of an article under its headline
    is the next point of that article, not an article of its own.  (The headline's
    direction is not asked: the model reads it as closing the body above as often.)"""
    if profile(texts).column:
        return out
    shown = nonblank(out)
    for k, i in enumerate(shown):
        t = texts[i].strip()
        if out[i] != "B" or t[:1] not in MARKERS or _words()["sidebar"].match(t):
            continue
        j = body_opening(out, shown, k)
        if j < 0:
            continue
        opening, head = texts[shown[j]].strip(), out[shown[j - 1]] if j >= 1 else None
        # (a dispatch whose dateline runs into the mark, 本报讯（侯杰娜）■2013年…, is such a
        # report wherever its headline is printed)
        # (not where the point and the one above are each signed by their writers, …特点。 (某某):
        # items of a column, each a report of its own)
        if SIGNED_END.search(t) and SIGNED_END.search(texts[shown[k - 1]].strip()):
            continue
        if t[0] in opening[:24] and (head and head[0] in "KTSY" or DATELINE.match(opening)):
            out[i] = "I"
    return out


def wrapped_lead_points(texts: list[str], out: list[str | None]) -> list[str | None]:
    """The next of a report's marked points, wrapped over several lines of the column (■如今，
    某某学院分布在某国、某国、 / 某国等十几个国家，先后培养了数万名学员， / 让更多人了解了中医
    兴趣), right after a marked opening point under the headline, is no kicker and headline
    over the text below: it is the next point, and the text under it goes on with the
    article (`bullet_leads` reads the points the model took for bodies)."""
    prof = profile(texts)
    width = prof.width
    if not width or prof.column:
        return out
    out = list(out)
    shown = nonblank(out)
    for k, i in enumerate(shown):
        t = texts[i].strip()
        if not out[i] or out[i][0] not in "KT" or out[i][1:] != ">" or t[:1] not in MARKERS or k == 0:
            continue
        j = body_opening(out, shown, k)
        if j < 1 or texts[shown[j]].strip()[:1] != t[0] or (out[shown[j - 1]] or " ")[0] not in "KTSY":
            continue
        run = [i]
        while len(run) < 4 and k + len(run) < len(shown) and shown[k + len(run)] == run[-1] + 1 \
                and (out[run[-1] + 1] or " ")[0] in "KT":
            run.append(run[-1] + 1)
        after = k + len(run)
        if len(run) < 2 or any(han_width(texts[m]) < width - 1 for m in run[:-1]) \
                or not any(re.search(r"[，、,]", texts[m]) for m in run) or after >= len(shown) \
                or out[shown[after]] != "B":
            continue
        for m in run:
            out[m] = "I"
        out[shown[after]] = "I"
    return out


def numbered_sections(texts: list[str], out: list[str | None]) -> list[str | None]:
    """The text under a numbered section's head (十三、祁巷村) goes on with the article
    the section belongs to: a paragraph there the model opened as a body is not one.  So
    does the head itself where the model opened a body at it (…综合报告如下。 / 一、关于
    农村的公共食堂问题 / 在五月上旬之前…): a short head that ends no sentence, after text
    that no credit or sign-off closed."""
    shown = nonblank(out)
    for k in range(1, len(shown) - 1):
        above, i, below = shown[k - 1], shown[k], shown[k + 1]
        if out[i] == "B" and NUMBERED.match(texts[i]) and out[above] in ("B", "I") and out[below] in ("B", "I") \
                and han_width(texts[i].strip()) <= 30 and not re.search(r"[。！？；，]", texts[i]) \
                and not DATELINE_END.search(texts[above]) and not ends_with_credit(texts[above]) \
                and not DATELINE.match(texts[below]) and not JUMP_IN.match(texts[below]):
            out[i] = "H"
        if out[i] == "H" and NUMBERED.match(texts[i]) and out[above] in ("B", "I", "H") and out[below] == "B" \
                and not DATELINE.match(texts[below]) and not JUMP_IN.match(texts[below]):
            out[below] = "I"
    return out


def dispatch_headlines(texts: list[str], out: list[str | None]) -> list[str | None]:
    """On a page of one paragraph a line, a line that ends no clause, between a finished
    paragraph and a dispatch's dateline (…巨大的。” / 某某会见参会代表… / 新华社某地10月18日电…),
    is the next article's headline, however the model read the two: a paragraph's last
    words end on a mark, and the dateline opens a body."""
    if profile(texts).width:
        return out                   # (a wrapped column: headlike_blocks' dispatch_apart)
    out = list(out)
    shown = nonblank(out)
    for k in range(1, len(shown) - 1):
        above, i, below = shown[k - 1], shown[k], shown[k + 1]
        t = texts[i].strip()
        if out[i] in ("I", "H") and out[below] in ("I", "B") and DATELINE.match(texts[below].strip()) \
                and out[above] in ("B", "I", "H") and ends_sentence(texts[above]) and 6 <= han_width(t) <= 40 \
                and not re.search(r"[。！？；，、：:]", t) and not is_byline(t) and not ends_with_credit(t) \
                and not _words()["opener"].match(t) and not _words()["sidebar"].match(t):
            out[i], out[below] = "T>", "B"
    return out


def tagged_heads_over_dispatch(texts: list[str], out: list[str | None]) -> list[str | None]:
    """In a wrapped column, one to four lines that open a block, the last closed by a
    column's name in brackets, straight over a dispatch's opening, are a headline the
    model read as body (…显著上升 / 吃出健康 / 餐桌变迁（数字看变化·家乡新貌） / 本报讯…):
    standing apart (~), to be placed by what it says, for a page may print it after the
    body above it."""
    prof = profile(texts)
    if not prof.width or prof.column:
        return out                   # (a column of short items: its items close on their writers, （记者 武飞华）)
    out = list(out)
    for i, y in enumerate(out):
        if y != "B" or not DATELINE.match(texts[i]) or i == 0:
            continue
        start = i
        while start > 0 and i - start < 4 and texts[start - 1].strip() and out[start - 1] in ("I", "H"):
            start -= 1
        if start == i or (start > 0 and texts[start - 1].strip()):
            continue                 # (not a block's opening lines: more body above them)
        last = texts[i - 1].strip()
        tag = COLUMN_TAG.search(last)
        name = tag.group(0)[1:-1] if tag else ""
        if not tag or tag.start() < 4 or _words()["sidebar"].match(name) or is_credit(name) \
                or any(ends_sentence(texts[k]) or "。" in texts[k] for k in range(start, i)):
            continue
        out[start:i] = ["T~"] * (i - start)
    return out


def column_headlines(texts: list[str], out: list[str | None]) -> list[str | None]:
    """On a page of one paragraph a line, a short line closed by a column's name in
    brackets (用法治方式化解基层矛盾（街谈巷议）) after a finished body heads the next
    article, not a subhead of that body; a lead under it that runs on in clauses
    (不管矛盾多么棘手，时间多么紧迫，…) is its text.  (In a wrapped column such a
    headline may close the body above it: the placement decides there.)"""
    if profile(texts).width:
        return out
    shown = nonblank(out)
    # (the column's names that close the page's headlines: a line the model read as text,
    # closed by one of them, is that column's next headline, 第一批…（某某的“第一”·文化篇） /
    # … / 第一部…（某某的“第一”·文化篇）)
    heads = {m.group(0) for i in shown if out[i][0] in "KT" and (m := COLUMN_TAG.search(texts[i].strip()))}
    for k in range(1, len(shown) - 1):
        above, i, below = shown[k - 1], shown[k], shown[k + 1]
        t = texts[i].strip()
        # After a headline's words, and not a box's name: （蒲波采访整理） alone is a note,
        # …（记者手记） a box inside the article.
        tag = COLUMN_TAG.search(t)
        read = out[i] == "H" or out[i] == "I" and tag is not None and tag.group(0) in heads \
            and not re.search(r"[。！？，；]", t[:tag.start()])
        if not read or not tag or tag.start() < 4 or han_width(t) > 40 or out[above] not in ("B", "I") \
                or _words()["sidebar"].match(tag.group(0)[1:-1]) \
                or not ends_sentence(texts[above]) or out[below] not in ("B", "I", "T>"):
            continue
        out[i] = "T>"
        if out[below] != "B" and (out[below] == "I" or (han_width(texts[below]) > 30 and texts[below].count("，") >= 2)):
            out[below] = "B"
    return out


def dash_kicker_heads(texts: list[str], out: list[str | None]) -> list[str | None]:
    """On a page of one paragraph a line, after a finished body: a short line that leads on
    with a dash (某某、某某、某某、某某——) over a line that ends no sentence, closed by its
    column's name, over a text, is the next article's kicker and headline (the model read
    both as the text going on).
    (Two short lines that end no sentence are not enough: a section's subhead may run on
    two lines, or stand over its speaker's name.)"""
    if profile(texts).width:
        return out
    shown = nonblank(out)
    for k in range(1, len(shown) - 2):
        above, kicker, head, below = shown[k - 1], shown[k], shown[k + 1], shown[k + 2]
        lead = texts[kicker].strip()
        if out[kicker] not in ("H", "I") or out[head] not in ("H", "I") or out[below] not in ("B", "I") \
                or out[above] not in ("B", "I") or not ends_sentence(texts[above]) \
                or han_width(lead) > 30 or re.search(r"[。！？；，：:]", lead) or not LEADS_ON.search(lead) \
                or re.search(r"[。！？；：:，,]$", texts[head].strip()) or han_width(texts[head]) > 80 \
                or han_width(texts[below]) <= 40 or not re.search(r"\S[（(][^（）()]{2,40}[）)]$", texts[head].strip()):
            continue
        opened = next((j for j in reversed(shown[:k]) if (out[j] or " ")[0] in "KT"), -1)
        if any(LEADS_ON.search(texts[j]) and han_width(texts[j]) <= 30 for j in shown[:k] if j > opened):
            continue                 # (专家谈… / 某某教授某某—— / …: a package's speakers, each over their words)
        out = list(out)
        out[kicker], out[head], out[below] = "K>", "T>", "B"
    return out


def heads_read_as_text(texts: list[str], out: list[str | None]) -> list[str | None]:
    """On a page of one paragraph a line, after a finished body, a line the model read as the
    text going on that is a headline by its own marks, over a text: one closed by its column's
    name however long (…（为民办实事·基层干部风采录）, …（某某路上中外媒体
    采访调研行）), or one over its subtitle (为了村民的美好梦想 / ————追记某某村村委会原主任某某).
    (A quotation's source under it, ——某某, is short: no subtitle.)"""
    if profile(texts).width:
        return out
    shown = nonblank(out)
    for k in range(1, len(shown) - 1):
        above, i = shown[k - 1], shown[k]
        head = texts[i].strip()
        if out[i] != "I" or out[above] not in ("B", "I") or not finished(texts[above]) \
                or han_width(head) > 80 or re.search(r"[。！？；]", head) or head[-1:] in "，、：:,;…—-":
            continue
        sub = shown[k + 1]
        subtitled = SUBTITLE_DASH.match(texts[sub]) and 8 <= han_width(texts[sub]) <= 60 \
            and not re.search(r"[。！？]$", texts[sub].strip()) and k + 2 < len(shown) \
            and out[shown[k + 2]] in ("B", "I") and han_width(texts[shown[k + 2]]) > 40
        tag = re.search(r"\S[（(]([^（）()。，,]{2,30})[）)]$", head)
        # (not a credit in brackets: 某某摄（影像中国）, ——某某院士某某（记者 某某）)
        tagged = tag and han_width(head) <= 60 and not SUBTITLE_DASH.match(head) and not closes_caption(head) \
            and not re.search(r"记者|通讯员|摄|新华社|整理|供图|报道", tag.group(1)) and not signing_names(tag.group(1)) \
            and out[sub] in ("B", "I") and han_width(texts[sub]) > 40 and not SUBTITLE_DASH.match(texts[sub])
        if not (subtitled or tagged):
            continue
        out = list(out)
        out[i] = "T>"
        if subtitled:
            out[sub], out[shown[k + 2]] = "S>", "B"
        else:
            out[sub] = "B"
    return out


def after_closing(texts: list[str], out: list[str | None]) -> list[str | None]:
    """An article's closing credit or date line (摄影报道, （作者为…）, （新华社…电）) ends it,
    as does a jump that sends its reader to another page (（下转第三版）): a short line after
    it that ends no sentence, over a paragraph, is the next article's headline, not a
    subhead of the one just closed."""
    def short_head(j: int) -> bool:
        t = texts[j].strip()
        return han_width(t) <= 40 and not re.search(r"[。！？；：，]$", t)

    shown = nonblank(out)
    for k in range(1, len(shown) - 1):
        above, i = shown[k - 1], shown[k]
        closing = out[above] in ("Y<", "D<") or (out[above] in ("H", "I") and (
            DATELINE_END.fullmatch(texts[above].strip()) or JUMP_OUT.search(texts[above])))
        if out[i] != "H" or not closing or not short_head(i) or _words()["sidebar"].match(re.sub(r"\s+", "", texts[i])):
            continue             # (链  接: a box of the article, letter-spaced)
        # The headline on one to three lines (让职业教育真正“扬 / 眉吐气”（新语）), then its
        # byline if any (白红明), then the paragraph it heads.
        j = k + 1
        while j < len(shown) and j - k < 3 and shown[j] == shown[j - 1] + 1 and out[shown[j]] == "H" \
                and short_head(shown[j]) and not is_byline(texts[shown[j]]):
            j += 1
        signed = j < len(shown) and out[shown[j]] in ("H", "Y>") and is_byline(texts[shown[j]])
        body = j + signed
        if body < len(shown) and out[shown[body]] in ("B", "I"):
            for h in shown[k:j]:
                out[h] = "T>"
            if signed:
                out[shown[j]] = "Y>"
            out[shown[body]] = "B"
    return out


def lone_subtitles(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A subtitle stands with its headline: a run of subtitle lines with no
    kicker or title beside it (list items the model read as subtitles) is body."""
    i = 0
    while i < len(out):
        if not out[i] or out[i][0] != "S":
            i += 1
            continue
        j = i
        while j < len(out) and (out[j] is None or out[j][0] == "S"):
            j += 1
        before = next((y for y in reversed(out[:i]) if y), None)
        after = out[j] if j < len(out) else None
        if before == "D>" and texts[i].strip().startswith(("——", "--")):
            # a dashed subtitle under the headline's date line (标题 / 发表日期：… / ——走近…)
            before = next((y for y in reversed(out[:i]) if y and y != "D>"), None)
        if not any(y and y[0] in "KT" for y in (before, after)):
            # Between a closing credit (Y<) and an opening byline, date line or body, it is the
            # next article's headline; anywhere else, body.
            opens = before in ("Y<", "D<") and after is not None and (after == "B" or after[0] in "YD" and after[1:] == ">")
            for k in range(i, j):
                if out[k]:
                    out[k] = "T>" if opens else "I"
        i = j
    return out


def words_across(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A word that runs from one line into the next binds them: a headline or
    subhead line whose last word goes on in the body line under it (疫情就是命令，
    防控就是责 / 任。自本轮…), a blank line between them or not (此次疫情防控阻击战打响以 /
    / 来，中宁县…), is the first line of that body."""
    shown = nonblank(out)
    for k in range(len(shown) - 2):
        i, j, later = shown[k], shown[k + 1], shown[k + 2]
        y, z, after = out[i], out[j], out[later]
        if y[0] not in "KTSH" or z[0] not in "BI" or after[0] not in "IH":
            continue
        a, b = texts[i].strip(), texts[j].strip()
        if not a or not b or not re.match(r"[\u4e00-\u9fff]", a[-1]) or not re.match(r"[\u4e00-\u9fff，。、；：！？”]", b[0]):
            continue
        if crosses_word(a, b):
            # Not a headline, then: a paragraph of the body before it, if there is one; on a
            # column of short items, a marked line opens the next item (■ 医疗服务下沉 本报 / 讯 …).
            prev = out[shown[k - 1]] if k else None
            item = a[:1] in MARKERS and profile(texts).column
            out[i], out[j] = ("I" if prev and prev[0] in "BIH" and not item else "B"), "I"
    return out


def in_records(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A page of database records opens an article at its title field (标题：…, 【标题】)
    only: a headline-like line without a label inside a record's text is a subhead
    of it (◆选桩 根深干粗有看头), unless it stands under a bare label (【标题】 / …),
    and a paragraph that looks like an opening is the text going on."""
    field = _words()["field"]
    labelled = [(i, field.match(t)) for i, t in enumerate(texts)]
    if not any(m and (m.lastgroup or "").rstrip("_") == "title" for _, m in labelled):
        return out
    prev = None
    for i, m in labelled:
        y = out[i]
        if y is None:
            continue
        bare_above = prev is not None and labelled[prev][1] and not texts[prev][labelled[prev][1].end():].strip()
        inside = prev is not None and (out[prev] or "")[:1] in "BIH"
        if (y[0] in "KTS" or (y[0] == "Y" and inside)) and not m and not bare_above:
            out[i] = "H"
        elif y == "B" and inside:
            out[i] = "I"             # and the record's text goes on to the next title field
        prev = i
    return out


PAIRS = (("“", "”"), ("《", "》"), ("（", "）"), ("「", "」"), ("(", ")"))


# The editors' or the paper's signature under its note (——编  者, ——本报编辑部, ——本报评论员).
EDITORS_SIGN_OFF = re.compile(r"^\s*(?:——|--|－－|—)\s*(?:编\s*者|本报编辑部|编\s*辑\s*部|本报评论员)\s*$")


def left_open(text: str) -> bool:
    """A quotation, book title or bracket opened on this line and not closed on it."""
    return any(text.count(a) > text.count(b) for a, b in PAIRS)


# A dispatch's sign-off in brackets (（新华社北京10月12日电  记者某某、王某某）), or the note of
# who wrote a commentary (（作者为…）).
SIGN_OFF_OPEN = re.compile(r"^\s*[（(](?:(?:据)?(?:新华社|中新社|本报)[\u4e00-\u9fff]{0,8}\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*电"
                           r"|作者(?:为|系|单位))")
SIGN_OFF_CLOSE = re.compile(r"[）)]\s*$")


def sign_offs(texts: list[str], out: list[str | None]) -> list[str | None]:
    """（新华社北京10月12日电  记者某某、王某 / 某）after a finished body: the dispatch's
    sign-off, wrapped over two lines, closes that body; it is never a headline.  So does
    a commentary's note of its author (（作者为…社区 / 党支部书记）).  (In a
    wrapped column: on a page of one paragraph a line the sign-off's own line is read so.)"""
    if not profile(texts).width:
        return out
    out = list(out)
    shown = nonblank(out)
    for k in range(1, len(shown)):
        i = shown[k]
        if out[i][0] not in "KTSHI" or not SIGN_OFF_OPEN.match(texts[i]) or out[shown[k - 1]][0] not in "BIH" \
                or not ends_sentence(texts[shown[k - 1]]) or SIGN_OFF_CLOSE.search(texts[i]):
            continue                 # (one closed on its own line is read by the rules for such notes)
        close = next((m for m in range(k, min(k + 3, len(shown))) if SIGN_OFF_CLOSE.search(texts[shown[m]])), None)
        if out[i] == "I" and close is None:
            continue                 # (read as the text's and never closed: nothing to carry on)
        # (read as the text's, its lines after a blank go on to the bracket's close: …代表 / / 作有《某某》等。）)
        for m in range(k, (close if close is not None else min(k + 2, len(shown) - 1)) + 1):
            out[shown[m]] = "I"
    return out


def open_marks(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A kicker or subhead line that opens a quotation or a book title the headline
    line under it closes (《山里的故事—— / 千里为邻》首映仪式…; 第三届“好记者讲好故 /
    事”活动选拔赛举行) is the headline's own first line, whatever its last mark."""
    for i in range(len(out) - 2, -1, -1):
        y, z = out[i], out[i + 1]
        if y and z and y[0] in "KHF" and z[0] == "T" and left_open(texts[i]) and closes(texts[i + 1]) \
                and not _words()["strong"].search(texts[i]):
            out[i] = z
    width = profile(texts).width
    for i in range(1, len(out)):
        # The other way: a headline line that stops mid-word or leaves a mark open goes on
        # in the short line under it, which the model or the rules read as furniture or
        # a date line (…生效的联合 / 声明; …（为了民族 / 复兴·英雄烈士谱）).
        y, above = out[i], out[i - 1]
        if not y or not above or above[0] not in "KT" or y[0] not in "FDH":
            continue
        a, t = texts[i - 1].strip(), texts[i].strip()
        if not t or re.search(r"[。！？]", t) or _words()["strong"].search(t) or is_date_line(t) or DATELINE.match(t) \
                or _words()["field"].match(t) or furniture_words(t).get("paper") or furniture_words(t).get("meta") \
                or (y == "F" and site_name(t)):
            continue                 # (第1版（视点）, 来源：… under a record's title are the record's fields)
        j = i - 1                    # the headline's lines so far, set to their own measure
        while j > 0 and out[j - 1] and out[j - 1][0] in "KT" and texts[j - 1].strip():
            j -= 1
        measure = max(han_width(texts[k]) for k in range(j, i)) if i - j >= 2 else width
        if (left_open(a) and closes(t)) or (measure and han_width(a) >= 0.8 * measure and han_width(t) <= measure
                                            and re.match(r"[\u4e00-\u9fff]", a[-1])):
            out[i] = above
    return out


def closes(text: str) -> bool:
    """A line that closes a mark a line above it opened."""
    return any(text.count(b) > text.count(a) for a, b in PAIRS)


def run_on(texts: list[str], out: list[str | None]) -> list[str | None]:
    """In a wrapped column, a body line that fills the column and stops mid-word
    (no closing mark: 最多只需要到税务机) goes on in the line under it, however
    short that line is (关跑一次): that line is body, never a headline."""
    width = profile(texts).width
    if not width:
        return out
    out = list(out)
    for i in range(1, len(out)):
        y, before = out[i], out[i - 1]
        if not y or y[0] not in "KTS" or not before or before[0] not in "BIH":
            continue
        prev = texts[i - 1].strip()
        if han_width(prev) >= 0.8 * width and re.match(r"[\u4e00-\u9fff\w“‘（《]", prev[-1]) \
                and not DATELINE.match(texts[i].strip()):
            k = next((j for j in range(i + 1, len(out)) if out[j]), None)
            if y == "T>" and before == "B" and k is not None and k > i + 1 and out[k] == "B" \
                    and DATELINE.match(texts[k].strip()) and not re.search(r"[。！？]", prev):
                # (…but a line the model opened a body with, over a headline a blank line over a
                # dispatch, is that headline's kicker: “十一”黄金周期间，出境游客突破七百万 /
                # 某地游客为旅游市场增添活力 / / 本报讯…)
                out[i - 1] = "K>"
                continue
            out[i] = "I"
    return out


def head_first_lines(texts: list[str], out: list[str | None]) -> list[str | None]:
    """《求是》杂志发表习 / 近平总书记重要文章 / 加强党对全面依…, set after a finished body
    (…断丰富发展。): a short unpunctuated line straight over a headline's line, that
    line's word running on from it, is the headline's first line, not a subhead or
    the body's last words; so is one that opens a quotation the headline's line
    closes (“县里好医生、县里好 / 护士”交流活动举行)."""
    width = profile(texts).width
    if not width:
        return out
    out = list(out)
    for i in range(1, len(out) - 1):
        y, nxt, prev = out[i], out[i + 1], out[i - 1]
        t = texts[i].strip()
        quoted = t.count("“") > t.count("”") and texts[i + 1].count("”") > texts[i + 1].count("“") \
            and not re.search(r"[，。；！？：:]", t)
        if y in ("H", "I") and nxt and nxt[0] in "KT" and prev and prev[0] in "BIH" \
                and ends_sentence(texts[i - 1]) and han_width(t) < 0.8 * width \
                and (quoted or not re.search(r"[，。；！？、：:）)”]", t)) and not is_byline(t) and not DATELINE.match(t):
            out[i] = nxt
    return out


def blocks_of(texts: list[str]) -> list[range]:
    """The runs of non-blank lines, as ranges of line indexes."""
    blocks, i, n = [], 0, len(texts)
    while i < n:
        if not texts[i].strip():
            i += 1
            continue
        j = i
        while j < n and texts[j].strip():
            j += 1
        blocks.append(range(i, j))
        i = j
    return blocks


def headlike_blocks(texts: list[str], out: list[str | None]) -> list[str | None]:
    """In a wrapped column, a block of one to four lines standing between blank
    lines, opening with a short line that ends no sentence, every line short and
    unpunctuated, a subtitle (——…) or a byline, is a headline the tagger read as
    body when there is more to it than its shape: a subtitle or byline in it,
    a headline beside it (a block of headlines whose bodies stand elsewhere),
    or the page's end.  It is marked as standing apart (~), to be placed by
    what it says.  A short line alone inside a body stays a subhead."""
    width = profile(texts).width
    if not width:
        return out
    blocks = blocks_of(texts)

    def strong(block) -> bool:
        return any(texts[k].strip().startswith(("——", "--")) or is_byline(texts[k]) for k in block[1:])

    def is_head(label) -> bool:
        return bool(label) and label[0] in "KTSY"

    tail = closing_head_run(texts, out, blocks, width)
    for b, block in enumerate(blocks):   # a headline's other lines, read as body, join it
        heads = [out[k] for k in block if is_head(out[k])]
        reach = 3.0 if b >= tail else 0.85
        if heads and len(block) <= 4 and all(is_head(out[k]) or (out[k] in ("I", "H", "B")
                                                                 and short_unpunctuated(texts[k], width, reach))
                                             for k in block):
            way = heads[0][1:]
            for k in block:
                if not is_head(out[k]) and not EDITORS_SIGN_OFF.match(texts[k]):
                    out[k] = "T" + way   # (——编  者 over the page's credits signs the note above)
    changed = True
    while changed:                       # a block beside a block just marked may be a headline too
        changed = False
        for b, block in enumerate(blocks):
            labels = [out[k] for k in block]
            if not all(y in ("I", "H", "B") for y in labels) or any(_words()["opener"].match(texts[k]) for k in block):
                continue              # (核心阅读: the name of a box that opens an article's body)
            if dispatch_apart(texts, out, blocks, b, width):
                for k in block:
                    out[k] = "T~"
                changed = True
                continue
            beside = (b and is_head(out[blocks[b - 1][-1]])) or (b + 1 < len(blocks) and is_head(out[blocks[b + 1][0]]))
            if "B" in labels and not (strong(block) or beside):
                continue              # a block the tagger opened as a body needs more than its shape
            last = b == len(blocks) - 1
            before = texts[blocks[b - 1][-1]] if b else ""
            reach = 2.5 if last and len(block) <= 2 and ends_sentence(before) else 0.85
            if b >= tail:
                last, reach = True, 3.0
            if not head_shaped(texts, block, width, reach):
                continue
            if strong(block) or beside or last:
                for k in block:
                    t = texts[k].strip()
                    out[k] = "S~" if t.startswith(("——", "--")) else "Y~" if is_byline(t) else "T~"
                changed = True
            elif len(block) == 2 and b + 1 < len(blocks) and ends_sentence(before) and \
                    NEWS_OPENING.match(texts[blocks[b + 1][0]].strip()) and out[blocks[b + 1][0]] in ("I", "B"):
                # Two headline lines (a kicker and a title; a subhead is one) after a finished
                # body and over a paragraph that opens as news opens (日前，… 近日，…): a new article.
                for k in block:
                    out[k] = "T>"
                out[blocks[b + 1][0]] = "B"
                changed = True
    return out


def head_shaped(texts: list[str], block: range, width: int, reach: float) -> bool:
    """A block shaped as a headline: one to four lines, the first short and ending no
    sentence or clause, every other one so, a subtitle (——…) or a byline."""
    if any(EDITORS_SIGN_OFF.match(texts[k]) or is_photo_credit(texts[k]) for k in block):
        return False             # ——编  者: the editors' note above is signed; …摄: a photo's credit
    return len(block) <= 4 and short_unpunctuated(texts[block[0]], width, reach) and all(
        short_unpunctuated(texts[k], width, reach) or texts[k].strip().startswith(("——", "--"))
        or is_byline(texts[k]) for k in block)


def closing_tagged_head(texts: list[str], out: list[str | None]) -> list[str | None]:
    """Short lines ending the page straight under a finished body, closed by a column's
    tag (“以最好的姿态迎 / 接军运会”（第七 / 届世界军人运动会 / 特别报道）), are the
    headline of the body above, printed after it, not its subheads."""
    prof = profile(texts)
    width = prof.width
    idx = nonblank(out)
    run: list[int] = []
    for i in reversed(idx):
        if out[i] not in ("H", "I") or re.search(r"[。；！？]", texts[i]) or han_width(texts[i]) > width + 1:
            break
        run.insert(0, i)
    if not width or prof.column or not 1 <= len(run) <= 4 or len(run) == len(idx) or not out[run[0] - 1] \
            or not ends_sentence(texts[run[0] - 1]) or column_tag(texts, run) is None:
        return out
    out = list(out)
    for i in run:
        out[i] = "T<"
    return out


def column_tag(texts: list[str], run: list[int]) -> "re.Match | None":
    """The column's tag these lines end on, as a headline does (…某某的风景（心系人民
    书写时代·…）), or None.  Not where a text goes on or came from (（下转04版）, （据新华社电）),
    nor who signs a column's item or took its photo (…（贺某某 周某）, 某某摄（影像中国））."""
    joined = "".join(texts[i].strip() for i in run)
    tag = COLUMN_TAG.search(joined)
    if tag is not None and tag.start() >= 2 and not JUMP_OUT.search(joined) \
            and not signing_names(tag.group(0)[1:-1]) and not ROLE_WORD.search(tag.group(0)) \
            and not any(is_photo_credit(texts[i]) for i in run):
        return tag
    return None


def tagged_heads_between(texts: list[str], out: list[str | None]) -> list[str | None]:
    """One to four lines the model read as a subhead, between a finished text and a text,
    that end on a column's tag (心贴心事才办成 / （一线行走）, 某馆春节期间到馆人次超 / 10万（喜看新
    70年）) are the headline of the text under them: a subhead names no column.  On a page
    of one paragraph a line the headline is one line, its byline may stand under it (文/某某
    图/某某), and the text under them is a paragraph.  (Not a box's name, …（短评）, nor a
    photo's credit set over the headline, 某某摄（影像中国）, 版式设计  某某; in a wrapped column
    not a run whose last line fills the column, the text going on.)"""
    prof = profile(texts)
    if prof.column:
        return out
    width = prof.width
    shown = nonblank(out)
    cur = out
    for k in range(1, len(shown) - 1):
        above, i = shown[k - 1], shown[k]
        noted = width and out[i] == "I" and closes_note(texts, shown, k - 1)
        if out[i] != "H" and not noted:
            continue
        credit = k >= 2 and credit_line(texts[above])
        if credit:
            above = shown[k - 2]     # (a credit closing the text above: 版式设计  某某 / 体验多彩民俗 / （美丽中国）)
        if out[above] not in ("B", "I", "Y<") or not (noted or finished(texts[above])):
            continue
        # (under a note that closed the text above, （作者为… / …副会长）, the lines read as the
        # text going on may be the headline too: 从教育、医疗…入手 / …（治理之道）)
        m = k
        while m < len(shown) and m - k < (4 if width else 1) and out[shown[m]] in (("H", "I") if noted else ("H",)) \
                and not re.search(r"[。；！？，]" if noted else r"[。；！？]", texts[shown[m]]) \
                and not (m > k and noted and COLUMN_TAG.search("".join(texts[j].strip() for j in shown[k:m]))):
            m += 1
        run = shown[k:m]
        signed = not width and m < len(shown) and out[shown[m]] in ("H", "Y>") and is_byline(texts[shown[m]])
        body = m + 1 if signed else m
        if not run or body >= len(shown) or out[shown[body]] not in ("B", "I") \
                or (han_width(texts[run[-1]]) >= width - 1 if width else han_width(texts[shown[body]]) <= 40) \
                or (tag := column_tag(texts, run)) is None or _words()["sidebar"].match(tag.group(0)[1:-1]) \
                or any(credit_line(texts[j]) for j in run):
            continue
        cur = cur if cur is not out else list(out)
        for j in run:
            cur[j] = "T>"
        if signed:
            cur[shown[m]] = "Y>"
        cur[shown[body]] = "B"
        if credit:
            cur[shown[k - 1]] = "Y<"
    return cur


def closes_note(texts: list[str], shown: list[int], k: int) -> bool:
    """Does the line at `shown[k]` close a note in brackets opened on it or up to two lines
    above it, a commentary's author's or a dispatch's sign-off (（作者为某某部原副部长、 /
    某某和平与发展协会 / 副会长）)?"""
    if not SIGN_OFF_CLOSE.search(texts[shown[k]]):
        return False
    for j in range(k, max(-1, k - 3), -1):
        if SIGN_OFF_OPEN.match(texts[shown[j]]):
            return not any(SIGN_OFF_CLOSE.search(texts[shown[m]]) for m in range(j, k))
    return False


def finished(text: str) -> bool:
    """Does this line close a text: a sentence's end, or a note in brackets of its own
    (（本报北京、某地…10月17日电  记者…）, （作者为…））?"""
    return ends_sentence(text) or re.fullmatch(r"\s*[（(][^（）()]+[）)]\s*", text) is not None


def stacked_heads_after_text(texts: list[str], out: list[str | None]) -> list[str | None]:
    """Two headlines the model read as printed after the text above, one under the other
    with a blank line between (某某合作不断惠及两国 / 民众（使节寄语） // 做好两国人民
    / 相通的友好使者（…） / 本报通讯员 某某), over a text that opens under them and has no
    headline after it: a text has one headline, so the lower one (its byline with it) is
    the text's below, printed over it."""
    shown = nonblank(out)
    cur = out
    k = 1
    while k < len(shown):
        if not (out[shown[k]] in ("K<", "T<", "S<") and out[shown[k - 1]] in ("B", "I", "Y<")):
            k += 1
            continue
        m = k
        while m < len(shown) and out[shown[m]] in ("K<", "T<", "S<", "Y<"):
            m += 1
        run = shown[k:m]
        blocks = [[run[0]]]
        for i in run[1:]:
            if texts[i - 1].strip():
                blocks[-1].append(i)
            else:
                blocks.append([i])
        if m >= len(shown) or out[shown[m]] != "B" or len(blocks) < 2 \
                or not all(any(out[i] == "T<" for i in b) for b in blocks[-2:]) or out[blocks[-1][0]] == "Y<":
            k = m
            continue
        n = m + 1
        while n < len(shown) and out[shown[n]] in ("I", "H"):
            n += 1
        if n < len(shown) and out[shown[n]] != "F" and not out[shown[n]].endswith(">"):
            k = m
            continue             # (the text below has a headline after it, or another text opens)
        cur = cur if cur is not out else list(out)
        for i in blocks[-1]:
            cur[i] = out[i][0] + ">"
        k = m
    return cur


def closing_head_run(texts: list[str], out: list[str | None], blocks: list[range], width: int) -> int:
    """Where a page's closing run of headlines starts (the index of its first block; past
    the last block when there is none): two or more blocks of one to four lines after a
    finished body, at the page's end, none ending a sentence or clause, the headlines of
    bodies printed earlier (陌生人的善，汇成社会的暖（民生观） / 小巷深处、…处处都有老街身影 /
    千年古城 / 跃然眼前（解码·城市记忆）).  Such headlines are set in their own type, not the
    column's, so they may run wider than it."""
    k = len(blocks)
    while k and all(out[j] == "F" for j in blocks[k - 1]):
        k -= 1                           # (the page's footer after them)
    end = k
    while k and head_shaped(texts, blocks[k - 1], width, 3.0) and not is_byline(texts[blocks[k - 1][0]]) \
            and all(out[j][0] in "IHBKTSY" for j in blocks[k - 1]):
        k -= 1
    # (…after a body wrapped in the column: on a page of one paragraph a line, short lines at
    # the end are its credits, 策划/某某 绘画/某某, 视频制作 某某)
    if end - k < 2 or not k or len(blocks[k - 1]) < 3 or not ends_sentence(texts[blocks[k - 1][-1]]):
        return len(blocks)
    return k


def dispatch_apart(texts: list[str], out: list[str | None], blocks: list[range], b: int, width: int) -> bool:
    """A block of one to three lines that ends no clause, between a finished body and a
    dispatch's dateline (…老英雄！” / 某某某：为家乡解放事业奋斗一生 / （寻访身边榜样…） /
    据新华社电…), is a headline, however wide it runs: a paragraph's last words end on a
    mark, and the dateline opens the next article."""
    block = blocks[b]
    if not (0 < b < len(blocks) - 1) or len(block) > 3 or any(out[k] not in ("I", "H") for k in block):
        return False
    below = blocks[b + 1][0]
    if out[below] != "B" or not DATELINE.match(texts[below].strip()) or not ends_sentence(texts[blocks[b - 1][-1]]):
        return False
    return headline_over_dispatch([texts[k].strip() for k in block], width)


def headline_over_dispatch(words: list[str], width: int) -> bool:
    """One to three lines over a dateline worded as a headline: no longer than two and a half
    of the column's lines, ending no clause, no sentence, credit or jump in them.  (Not
    （本报金边电） nor 苏显龙 王 磊摄影报道: what closes the body above.)"""
    return sum(han_width(t) for t in words) <= 2.5 * width and words[-1][-1] not in "，、；：,;:…—-" \
        and not re.fullmatch(r"[（(].*[）)]", words[0]) and not any(PHOTO_SIGNED.search(t) for t in words) \
        and not any(re.search(r"[。！？；]", t) or is_byline(t) or ends_with_credit(t) or JUMP_OUT.search(t)
                    or _words()["opener"].match(t) or _words()["sidebar"].match(t) for t in words)


def heads_over_dateline(texts: list[str], out: list[str | None]) -> list[str | None]:
    """In a wrapped column, one to three lines that open a block and end no clause, straight
    over a dispatch's dateline in the same block (…吴某某表示。 / / 某某县机关二〇二 /
    〇年度公务员招考今起报名 / 本报某某10月14日电…), after a finished body: a headline and the
    body it heads, however the model read them (`dispatch_apart` reads such a headline when
    a blank line parts it from the dateline)."""
    prof = profile(texts)
    width = prof.width
    if not width or prof.column:
        return out
    out = list(out)
    for i, y in enumerate(out):
        if y not in ("I", "B") or not DATELINE.match(texts[i].strip()) or ROLE_AT_START.match(texts[i]):
            continue
        start = i
        while start > 0 and i - start < 3 and texts[start - 1].strip() and out[start - 1] in ("I", "H"):
            start -= 1
        if start == i or start < 2 or texts[start - 1].strip():
            continue                 # (not the opening lines of a block)
        above = next((k for k in range(start - 1, -1, -1) if out[k]), None)
        if above is None or out[above][0] not in "BIH" or not ends_sentence(texts[above]) \
                or not headline_over_dispatch([texts[k].strip() for k in range(start, i)], width):
            continue
        for k in range(start, i):
            out[k] = "T>"
        out[i] = "B"
    return out


def heads_over_plain_dateline(texts: list[str], out: list[str | None]) -> list[str | None]:
    """On a page of one paragraph a line, one or two short lines that end no clause, straight
    over a dispatch's dateline (…进行了交流。 / 某某在…会议上强调 / 贴近群众需要 创新服务方式… /
    新华社北京10月11日电 …), after a finished body: the next article's head and the text it
    heads, however the model read them as the text going on.  (A line that opens on its day,
    2月18日，采用…, is a summary's sentence, no headline.)"""
    if profile(texts).width:
        return out
    shown = nonblank(out)
    for k in range(2, len(shown)):
        i = shown[k]
        if out[i] not in ("I", "B") or not DATELINE.match(texts[i].strip()) or ROLE_AT_START.match(texts[i]):
            continue
        for n in (2, 1):
            heads = shown[k - n:k]
            above = shown[k - n - 1] if k - n - 1 >= 0 else None
            if above is None or out[above] not in ("B", "I") or not ends_sentence(texts[above]) \
                    or any(out[j] not in ("I", "H") or han_width(texts[j]) > 40 for j in heads) \
                    or re.match(r"\s*\d{1,2}月\d{1,2}日[，,]", texts[heads[-1]]) \
                    or not headline_over_dispatch([texts[j].strip() for j in heads], 40):
                continue
            out = list(out)
            for j in heads:
                out[j] = "T>"
            if n == 2:
                out[heads[0]] = "K>"     # (某某在…会议上强调 / 聚焦群众需求…: the kicker over its headline)
            out[i] = "B"
            break
    return out


def marked_heads_alike(texts: list[str], out: list[str | None]) -> list[str | None]:
    """In a wrapped column of short items that sets an item's marked headline on a line of its
    own (■ 以科技创新推动发展 / 在16日召开的…), a marked line like it, ending short of the
    column, that the model read as opening its item's text or as a byline (■ 某某运动会今日在
    武汉开幕 / 第七届世界军人…) is that item's headline too: a column sets its items alike.  (A
    marked line of text runs to the column's end: ◆10月7日晚，某县某村举办民俗 / …)"""
    prof = profile(texts)
    if not prof.width or not prof.column:
        return out
    shown = nonblank(out)
    pairs = list(zip(shown, shown[1:]))
    if not any(out[i] == "T>" and out[j] == "B" and marked_head(texts[i], prof.width) for i, j in pairs):
        return out
    out = list(out)
    for i, j in pairs:
        if (out[i] == "B" and out[j] == "I" or out[i] == "Y>" and out[j] in ("B", "I")) and marked_head(texts[i], prof.width):
            out[i], out[j] = "T>", "B"
    return out


def marked_head(text: str, width: int) -> bool:
    """A marked line that may be an item's headline alone: short of the column, no sentence, no
    clause left open, not signed, not names (■ 某某 某某; ■ 强手云集 精彩可期, two phrases of four,
    is a headline)."""
    t = text.strip()
    names = is_byline(t) and any(len(w) < 4 for w in t[1:].split())
    return t[:1] in MARKERS and 4 <= han_width(t) <= width - 1.5 and not re.search(r"[。；！？，、：:,;]", t) \
        and not ends_signed(t) and not signed_at_end(t) and not names


def column_heads_over_dateline(texts: list[str], out: list[str | None]) -> list[str | None]:
    """In a wrapped column of short items, one or two lines straight over an item's dateline,
    ending no sentence, after the item above has closed (…奇妙的火花。（ / 记者 某某） /
    创新，让老手艺走得更远（小议） / 本报讯 创新没有…): the next item's headline, however the
    model read it.  (An item's own wrapped line never ends short of its sentence there.)"""
    prof = profile(texts)
    if not prof.width or not prof.column:
        return out
    out = list(out)
    for i, y in enumerate(out):
        if y not in ("I", "B") or not texts[i].lstrip().startswith("本报讯") or i < 2:
            continue
        for start in (i - 1, i - 2):
            above = start - 1
            head = [texts[k] for k in range(start, i)]
            if above < 0 or not all(t.strip() for t in texts[above:i]) or any(out[k] not in ("I", "H") for k in range(start, i)) \
                    or any(ends_sentence(t) or ends_signed(t) or "。" in t or re.search(r"[，、；：,;:（(]\s*$", t)
                           or signed_at_end(t) for t in head) \
                    or han_width("".join(head)) > 40 or out[above] not in ("B", "I", "Y<"):
                continue
            closed = texts[above].strip()
            if ends_sentence(closed) or ends_signed(closed) or (above and ends_signed(texts[above - 1].strip() + closed)):
                for k in range(start, i):
                    out[k] = "T>"
                out[i] = "B"
                break
    return out


def signed_at_end(text: str) -> bool:
    """A line closed by its writers' names in brackets (…守好自己的“责任田”（沈某）), not by a
    column's name (…更多元（新语）)."""
    m = re.search(r"[（(]([^（）()]{2,24})[）)]\s*$", text)
    return m is not None and signing_names(m.group(1))


# How a news report's first paragraph opens when it prints no dateline.
NEWS_OPENING = re.compile(r"^(?:日前|近日|近期|近年来|今年以来|\d{1,2}月\d{1,2}日|昨天|昨日|今天|记者从|记者近日)[，,]?")


# A page's credit, a label and a name: 统筹：郭雪岩, 制图：张丹峰.
LABELLED_NAME = re.compile(r"^\s*[\u4e00-\u9fff]{1,6}\s*[:：]\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*\s*$")


def heads_closing_blocks(texts: list[str], out: list[str | None]) -> list[str | None]:
    """In a wrapped column, one to three short unpunctuated lines that close a body's
    block after a finished sentence, with a headline (pointing down or standing apart)
    next after the blank line: no section follows them, so they are no subhead but the
    headline of the body above, printed under it with no blank line between
    (…下一个对手将是某市队。 / 男篮联赛常规赛 / 某某队赢下一场关键战 // 室内田径赛…)."""
    prof = profile(texts)
    if not prof.width or prof.column:
        return out
    out = list(out)
    for block in blocks_of(texts):
        i, j = block.start, block.stop
        run = j
        while run > i and out[run - 1] == "H" and short_unpunctuated(texts[run - 1], prof.width):
            run -= 1
        nxt = next((k for k in range(j, len(texts)) if out[k]), None)
        if 1 <= j - run <= 3 and run - 1 >= i and out[run - 1] in ("B", "I") and ends_sentence(texts[run - 1]) \
                and nxt is not None and out[nxt][:1] in ("K", "T") and out[nxt][1:] in (">", "~") \
                and not any(EDITORS_SIGN_OFF.match(texts[k]) for k in range(run, j)):
            # (徐 骏图（新华社发） / 苏 砥文, who drew a cartoon and wrote its verse, or 统筹：郭雪岩:
            # the credits closing the body above, not its headline)
            if any(is_credit(texts[k]) or is_byline(texts[k]) or LABELLED_NAME.match(texts[k]) for k in range(run, j)):
                out[run:j] = ["Y<"] * (j - run)
            elif names_body_above(texts, out, i, run, j, nxt):
                out[run:j] = ["T<"] * (j - run)
    return out


def names_body_above(texts: list[str], out: list[str | None], i: int, run: int, j: int, nxt: int) -> bool:
    """Do the lines texts[run:j] name what the body above them (from line i) says, as
    well as the headline after them does?  (某某队赢下一场关键战 under a report of
    某某队's game; not 看乡村影像 品百味人生, a slogan, over 我在乡间送快递 after a report
    on rural deliveries.)"""
    body = set(bigrams("".join(texts[i:run])))
    mine = len(set(bigrams("".join(texts[run:j]))) & body)
    k = nxt
    head = []
    while k < len(texts) and out[k] and out[k][0] in "KT":
        head.append(texts[k])
        k += 1
    return mine >= 2 and mine >= len(set(bigrams("".join(head))) & body)


def short_unpunctuated(text: str, width: int, reach: float = 0.85) -> bool:
    """A line shorter than the column that ends no sentence or clause; a line of
    two or three short phrases (推进乡村振兴 巩固脱贫成果) may fill the column."""
    t = text.strip()
    if PHRASES.match(t) or SPACED.match(t):
        reach = max(reach, 1.1)
    # (…变轻了。”: a quote's end; …滑雪场。（下转第十七版）, 目胜。（记者 常敏华）: a body's)
    return 0 < han_width(t) <= reach * width and t[-1] not in "。！？，、；：,;:…" and not DATELINE.match(t) \
        and not re.fullmatch(r"[（(].*[）)]", t) and not t.rstrip("”’」』").endswith("。") \
        and not JUMP_OUT.search(t) and not ends_with_credit(t)
