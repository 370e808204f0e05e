"""Pages of one paragraph a line (converted or saved text): headlines told from
paragraphs where no wrap width or heading mark tells them."""
from __future__ import annotations

import re

from ..lines import _words, DATELINE, han_width, JUMP_IN, profile
from ..text import closes_caption, COLUMN_TAG, ends_sentence, is_byline, LEADS_ON, ROLE_RE, signing_names
from .shapes import (ends_with_credit, finished, headline_over_dispatch, MARKERS, nonblank, plain_headline,
                     ROLE_AT_START, SUBTITLE_DASH)


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


# Where a web page's picture stood, its markup or file name left on a line of its own.
PICTURE_LEFT = re.compile(r"^\s*<(?:img|image|picture|figure)\b|\.(?:jpe?g|png|gif|webp)\b", re.I)


def ends_signed_off(text: str) -> bool:
    """A paragraph that closes its article: signed in brackets at its end (…。（记者 某某）)."""
    return re.search(r"[（(][^（）()]{1,30}[）)]\s*$", text) is not None


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
