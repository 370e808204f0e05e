"""Saved web pages: the site's furniture around an article (menus, breadcrumbs, tool bars,
lists of links, teasers, summaries) and where the article's headline stands among it."""
from __future__ import annotations

import re

from ..lines import (_words, DATELINE, FULL_DATE, furniture_cover, han_width, is_date_line, is_furniture,
                     META, profile, ROLE_WORD)
from ..match import bigrams
from ..text import (DATELINE_CREDIT, ends_sentence, ends_signed, HEAD_BYLINE, is_byline, is_credit,
                    is_photo_credit, NOT_WORDS, PHOTO_CREDIT, START_MARKER)
from .shapes import ends_with_credit, MARKERS, MOTTO, nonblank, NUMBERED, site_name, SUBTITLE_DASH


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
