"""The line-role tagger: a linear-chain CRF that reads a page's lines and says
what each one is.

Labels: F furniture (navigation, page headers, footers, share bars), B the
first line of an article's body, I any other body line, and for head lines
K kicker, T title, S subtitle, Y byline, D date line, each followed by > (its
body comes next), < (its body stands just before) or ~ (its body stands
elsewhere on the page, past another article).  The model is trained from
composed pages by `make train` (generator/compose/train.py) and kept in
data/line_roles.crfsuite with its figures in data/line_roles.md.  Its labels then
go through the rules of rules/ (rules/overrule.py), which measure better than the
model where they apply.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path

from .lines import _words, DATE_CHARS, features, furniture_cover, han_width
from .rules.overrule import overrule
from .rules.shapes import headline_worded, MOTTO, PARAGRAPH_END, SITE_NAME

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


# A page's browser title: the headline, a dash, bar or underscore, and the site's name.
TITLE_COPY = re.compile(r"^(.{4,}?)\s*(?:——|[-_|–—])\s*[^-_|–—\s][^-_|–—]{1,23}$")
TITLE_COPY_DASH = re.compile(r"[-_|–—]")
PHOTO_OF_TITLE = re.compile(r"^(.{4,}?)\s*[（(](?:图|组图|图片)\s*\d*[)）]$")
