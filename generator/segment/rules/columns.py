"""Wrapped newspaper columns (OCR'd pages): headlines standing between texts, before or
after them, told from a text's own lines and from its subheads."""
from __future__ import annotations

import re
from collections import Counter

from ...words import crosses_word
from ..lines import (_words, DATELINE, furniture_words, han_width, is_date_line, JUMP_IN, JUMP_OUT, PHRASES,
                     profile, SPACED)
from ..match import bigrams
from ..text import COLUMN_TAG, ends_sentence, is_byline, is_credit, is_photo_credit
from .shapes import (next_labelled, credit_line, ends_with_credit, finished, headline_over_dispatch, left_open, MARKERS,
                     names_a_column, nonblank, PAIRS, REPORT_OPENING, ROLE_AT_START, SIGN_OFF_CLOSE, SIGN_OFF_OPEN,
                     site_name, SUBTITLE_DASH, text_label)


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
    or under such a line and a column's break (a blank line), goes on with that sentence:
    a paragraph is never cut where no clause ends."""
    width = profile(texts).width
    if not width:
        return out
    out = list(out)
    for i in range(1, len(out)):
        if out[i] != "B":
            continue                 # (most lines: asked nothing more)
        # (past one blank line, where a column breaks mid-sentence as often as not: under a
        # paragraph's second line at least, not a one-line item's)
        j = i - 1 if out[i - 1] or i < 3 or texts[i - 2].strip() == "" else i - 2
        if out[j] not in ("B", "I") or (j < i - 1 and out[j - 1] not in ("B", "I")):
            continue
        t, above = texts[i], texts[j].strip()
        if han_width(above) >= 0.8 * width \
                and not re.search(r"[。！？；：，、…”’）)」』\]】!?;:,]$", above) and not INDENT.match(t) \
                and t.strip()[:1] not in MARKERS and t.strip()[:1] not in "（(【[“" \
                and not DATELINE.match(t) and not JUMP_IN.match(t):
            out[i] = "I"
    return out


def heads_inside_sentence(texts: list[str], out: list[str | None]) -> list[str | None]:
    """In a wrapped column, a line read as a headline straight under a full line of text
    whose sentence has not ended (…否则终将面临“凉凉” / 的命运) ends that sentence: a
    headline stands apart from the text, never runs on from a line cut mid-clause.  The body
    the model opened under it, reading it as a headline, is that text's too."""
    width = profile(texts).width
    if not width:
        return out
    read = out                       # (as the model and the rules before read them: a head's
    out = list(out)                  # lines turned to text here make no text over its next line)
    for i in range(1, len(out)):
        y = read[i]
        if not y or y[0] not in "KTS" or read[i - 1] not in ("B", "I") \
                or read[i - 1] == "B" and i > 1 and read[i - 2] and read[i - 2] not in ("B", "I"):
            continue                 # (a body's first line straight under a head may be that head's)
        above = texts[i - 1].strip()
        # (not under a credit's closing bracket, （作者为…教授） / 谱写…新篇章, nor a kicker's
        # dash, …高级畜牧师某某—— / “技术服务让…: those are headlines; so is a column's next
        # marked item, ◆某某会见…, under an item cut short)
        if han_width(above) < width - 1 or ends_sentence(above) or above[-1] in "）)—" \
                or texts[i].strip()[:1] in MARKERS:
            continue
        out[i] = "I"
        k = next_labelled(out, i)
        if k is not None and out[k] == "B":
            out[k] = "I"
    return out


def heads_by_words(texts: list[str], out: list[str | None]) -> list[str | None]:
    """On a wrapped page whose headlines stand after their bodies, a short line between
    blank lines after a finished body, read as a subhead (某省北部等地将有降雪), is the
    headline of the body above when its words are that body's and not the text's below:
    a subhead names what its section goes on to say.  So are two or three such lines set
    flush (某某会见中 / 国女排代表), a blank line above or below them: a subhead wraps less
    often than a headline, and the words tell them apart."""
    width = profile(texts).width
    ways = Counter(y[1:] for y in out if y and y[0] == "T")
    if not width or ways["<"] < 1 or ways["<"] < ways[">"]:
        return out
    out = list(out)
    idx = nonblank(out)
    for k in range(1, len(idx) - 1):
        i, above = idx[k], idx[k - 1]
        if out[i] != "H" or out[above] == "H" and above == i - 1:
            continue
        run = [i]
        while k + len(run) < len(idx) and idx[k + len(run)] == run[-1] + 1 and out[run[-1] + 1] == "H" \
                and len(run) < 3:
            run.append(run[-1] + 1)
        if k + len(run) >= len(idx):
            continue
        below = idx[k + len(run)]
        apart = (above < i - 1) + (below > run[-1] + 1)
        # (a wrapped run set in as a paragraph is, 　　某某引进项目有了一 / 把尺子, is a subhead)
        if apart < (2 if len(run) == 1 else 1) or len(run) > 1 and INDENT.match(texts[i]) \
                or out[below] not in ("I", "B") \
                or out[above] not in ("I", "B") or not ends_sentence(texts[above]) \
                or not all(short_unpunctuated(texts[j], width, 1.5 if len(run) == 1 else 1.1) for j in run):
            continue
        head = set(bigrams("".join(texts[j].strip() for j in run)))
        if len(head) < 3:
            continue
        start = next((idx[m] + 1 for m in range(k - 1, -1, -1) if out[idx[m]] and out[idx[m]][0] in "KTSH"), 0)
        stop = next((j for j in range(below, len(texts)) if out[j] and out[j][0] in "KTSH"), len(texts))
        mine = len(head & set(bigrams("".join(texts[start:i])))) / len(head)
        next_text = len(head & set(bigrams("".join(texts[below:stop])))) / len(head)
        if mine >= 0.3 and mine >= 2 * next_text:
            for j in run:
                out[j] = "T<"
            out[below] = "B"
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


# The editors' or the paper's signature under its note (——编  者, ——本报编辑部, ——本报评论员).
EDITORS_SIGN_OFF = re.compile(r"^\s*(?:——|--|－－|—)\s*(?:编\s*者|本报编辑部|编\s*辑\s*部|本报评论员)\s*$")


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
            k = next_labelled(out, i)
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
            and names_a_column(tag.group(0)) and not any(is_photo_credit(texts[i]) for i in run):
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


# A headline's column tag left open at the end of its block: the open bracket and its words.
OPEN_TAG_AT_END = re.compile(r"(?<=\S{2})[（(][^（）()]*$")
# How far a tag may run over the lines under its headline, and how long a tag may be.
TAG_REACH = 5
TAG_LENGTH = 48


def open_tags_go_on(texts: list[str], out: list[str | None]) -> list[str | None]:
    """In a wrapped column, a headline whose column's tag is cut by the column and goes on
    over the lines under it (…解决群 / 众急难事（学思 / 践悟 对标对表 抓落 / 实·深入开展“乡村振 /
    兴在行动”专题调研）) is the headline through the line that closes the
    bracket: a text never opens on the rest of a bracket's words, and a tag prints no
    sentence.  The model reads such a tag's lines as a byline, a kicker or a text.  (Not
    where a headline printed after its text is read on into a subtitle or a byline: which
    text those lines stand with is left to the rules after.)"""
    width = profile(texts).width
    if not width:
        return out
    cur = out
    i = 0
    while i < len(texts):
        if cur[i] not in ("T<", "T>"):
            i += 1
            continue
        start = i
        while i + 1 < len(texts) and cur[i + 1] == cur[start]:
            i += 1
        head = "".join(texts[k].strip() for k in range(start, i + 1))
        opened = OPEN_TAG_AT_END.search(head)
        if opened is None or JUMP_OUT.search(head):
            i += 1
            continue
        tag, depth, end = opened.group(0), 1, None
        for k in range(i + 1, min(i + 1 + TAG_REACH, len(texts))):
            line = texts[k].strip()
            if not line or re.search(r"[。；！？]", line):
                break
            tag += line
            depth += line.count("（") + line.count("(") - line.count("）") - line.count(")")
            if depth <= 0:
                end = k if depth == 0 and re.search(r"[）)]$", line) else None
                break
        after = cur[end + 1] if end is not None and end + 1 < len(texts) else None
        if end is None or len(tag) > TAG_LENGTH or not names_a_column(tag) \
                or (cur[start] == "T<" and after not in (None, "B", "F")):
            i += 1
            continue
        cur = cur if cur is not out else list(out)
        for k in range(i + 1, end + 1):
            cur[k] = cur[start]
        if after == "I":
            cur[end + 1] = "B"       # (under a headline over its text, the text opens under the tag)
        i = end + 1
    return cur


# The rest of a number a column's width cut (…增长1 / 2.5%; …3.72亿元，增长1 / .5%).
NUMBER_REST = re.compile(r"^\s*[\d.．%％]+\s*$")


def furniture_inside_paragraph(texts: list[str], out: list[str | None]) -> list[str | None]:
    """In a wrapped column, a line read as furniture straight under a line of text that
    fills the column and ends no sentence is that paragraph going on: between two of its
    lines (…今后群众用手机 / 扫一扫服务牌上的二维码，就能看到… / …), or the rest of a number the
    width cut (…增长1 / 2.5%).  Its words (扫一扫, 二维码) are a site's furniture
    elsewhere, not inside a sentence."""
    width = profile(texts).width
    if not width:
        return out
    cur = out
    for i in range(1, len(texts)):
        above = texts[i - 1].strip()
        if cur[i] != "F" or cur[i - 1] not in ("B", "I") or han_width(above) < width - 1 or ends_sentence(above):
            continue
        below = cur[i + 1] if i + 1 < len(texts) else None
        number = NUMBER_REST.match(texts[i]) and re.search(r"[\d.．]$", above)
        if below == "I" or number:
            cur = cur if cur is not out else list(out)
            cur[i] = "I"
    return cur


# A bracket a text's line leaves open at its end (…逐项整改。（转 / （综合本报记者某某、), and
# the line that closes it (第7版）, 某某、某某报道）).
OPEN_AT_END = re.compile(r"[（(][^（）()]*$")
CLOSED_AT_END = re.compile(r"^[^（）()]*[）)]\s*$")
# How many lines of text over it a bracket may open on, and how long its words may be.
BRACKET_REACH = 5
BRACKET_LENGTH = 80


def brackets_close_in_text(texts: list[str], out: list[str | None]) -> list[str | None]:
    """In a wrapped column, a line that closes a bracket the text's lines over it left open
    is that text's: a jump cut by the column (…逐项整改。（转 / 第7版）) or a closing credit
    over several lines (（综合本报记者某某、 / 某某、某某报道）).  Read alone, such a rest
    looks like a page's footer or a headline, and the text lost its last words to the residue."""
    width = profile(texts).width
    if not width:
        return out
    cur = out
    for i in range(1, len(texts)):
        if cur[i] in (None, "B", "I", "H") or not CLOSED_AT_END.match(texts[i].strip()) \
                or han_width(texts[i].strip()) > width:
            continue
        above: list[str] = []
        k = i - 1
        while k >= 0 and len(above) < BRACKET_REACH:
            if not texts[k].strip():
                if k - 1 >= 0 and not texts[k - 1].strip():
                    break                   # (one blank line a column's break; two part texts)
                k -= 1
                continue
            if cur[k] not in ("B", "I"):
                break
            above.insert(0, texts[k].strip())
            opened = OPEN_AT_END.search("".join(above))
            if opened is not None:
                if len(opened.group(0)) + len(texts[i].strip()) <= BRACKET_LENGTH:
                    cur = cur if cur is not out else list(out)
                    cur[i] = "I"
                break
            if re.search(r"[）)]", texts[k]):
                break                       # (a bracket closed in this line: any open one stands before it)
            k -= 1
    return cur
