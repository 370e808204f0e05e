"""Columns of short items, digests and listings of reports: where each item opens, its
marked headline, its dateline, and the column's own name over them."""
from __future__ import annotations

import re

from ..lines import _words, DATELINE, han_width, is_furniture, names_entry, profile
from ..text import ends_sentence, ends_signed, is_byline, is_credit, LIST_MARK, signing_names
from .shapes import credit_line, headline_worded, MARKERS, next_labelled, nonblank, REPORT_OPENING


# How a line of text ends and no headline does: a sentence's end, a colon, a clause mark.
TEXT_LINE_END = re.compile(r"(?:[。！？：:，,；;]|[。！？][”’」』])\s*$")
# A note in brackets on a line of its own under a text (（相关报道见第二、三版）, （新华社北京10月2日电）).
CLOSING_NOTE = re.compile(r"^\s*[（(][^（）()]{2,30}[）)]\s*$")


def closes_text(text: str) -> bool:
    """A line under a text that closes it and heads nothing: a note in brackets or a credit."""
    return bool(CLOSING_NOTE.match(text)) or credit_line(text)


# A headline that quotes its speaker (国台办：…, 香港各界人士：祖国是…): a label's shape, a headline's words after it.
SPEAKER_HEAD = re.compile(r"^\s*[\u4e00-\u9fff]{2,12}\s*[:：](?=(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){6})")


def speaker_headed(text: str) -> bool:
    """A speaker's words headed by the speaker (外交部：美方…徒劳的), a catalogue's field label aside."""
    return SPEAKER_HEAD.match(text) is not None and _words()["field"].match(text) is None


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
        k = next_labelled(out, i)
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
