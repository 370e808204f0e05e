"""What opens and closes a text: bylines, datelines, leads set over the text, credits
and sign-offs under it."""
from __future__ import annotations

import re

from ..lines import _words, DATELINE, han_width, JUMP_IN, JUMP_OUT, profile
from ..text import DATELINE_END, ends_sentence, is_byline, SIGNED_END
from .shapes import ends_with_credit, MARKERS, nonblank, NUMBERED, SIGN_OFF_CLOSE, SIGN_OFF_OPEN


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
