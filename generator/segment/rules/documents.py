"""Records and documents: database and catalogue records, government notices and the
documents they issue, bulletin-board posts, and an old paper's masthead and boxes."""
from __future__ import annotations

import bisect
import re

from ..lines import _words, DATELINE, entry_name, han_width, is_date_line, is_furniture, profile
from ..text import ends_sentence, is_byline, LETTER_SPACED
from .shapes import LABELLED, nonblank, site_name, text_label


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
