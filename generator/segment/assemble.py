"""Tagged lines -> Drafts: articles with their heads, bodies, bylines and dates.

The tagger says what each line is and which way a head line points; this
module follows it.  A body opens at a B line and takes the head lines waiting
for it (>); head lines printed after a body (<) join that body when it has no
such line yet; head lines standing apart (~), or left over, are matched to
untitled bodies by what they name (match.py).  Furniture becomes residue.
"""
from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field

from ..records import Draft, Line, Page
from ..script import reading_copy
from ..words import crosses_word
from . import match
from .match import SAME_STORY
from .lines import DATELINE, HEADING, JUMP_IN, ROLE_WORD, SPACED, _words, entry_name, profile
from .rules.briefs import BREAKS, DAY_OPENING, PAPER_RECORD, short_dated_report
from .rules.paragraphs import blank_parted
from .rules.shapes import MARKERS, names_a_column, site_name
from .tagger import tag
from .text import (NOT_WORDS, CAPTION_SIZE, CREDIT_SOURCE, HEAD_BYLINE, despace, NAME, LIST_MARK, COLUMN_TAG, COMMENTATOR, DATELINE_END, SIGNED_END, SOURCE_END, SOURCE_NOTE, LONE_PHOTO, PHOTO_CREDIT, ends_sentence, han_len, is_byline, is_credit, join_lines,
                   may_end_paragraph,
                   norm_space)

# A credit run into a web article's end: 中国日报宁夏记者站胡冬梅责任编辑蔡东海, （责任编辑：王五）.
TRAILING_CREDIT = re.compile(
    rf"(?P<credit>(?:[\u4e00-\u9fff]{{2,12}}?(?:记者站|记者|通讯员|报道组))?\s*{NAME}\s*"
    rf"[（(\[]?责任编辑[:：]?\s*{NAME}[）)\]]?|[（(\[](?:责任)?编辑(?:[:：]\s*|(?!部)){NAME}[）)\]]"
    rf"|(?:编辑|责编)[:：/]\s*{NAME}(?:\s+(?:审核|校对|终审)[:：/]\s*{NAME})*"
    rf"|(?<=\s)(?:责任编辑|编辑|责编)[:：]\s*[A-Za-z][\w.]{{1,20}})\s*$")     # (…(班某) 责任编辑:guanliyuan3: a site account)
OCR_GAP = re.compile(r"(?<=[\u4e00-\u9fff\d“”，。、]) (?=[\u4e00-\u9fff\d“”])")
SUBTITLE_DASH = re.compile(r"^\s*(——|--|－－|─+)\s*")
# The names that sign a text in brackets at its end keep the space between them (…建设。(阳某 戴某)):
# without it two names read as one.
SIGNING_NAMES = re.compile(r"[（(][\u4e00-\u9fff]{2,4}(?: [\u4e00-\u9fff]{2,4})+[）)]\s*$")


def ocr_joined(text: str) -> str:
    """A paragraph of a wrapped page with its OCR gaps between characters closed."""
    m = SIGNING_NAMES.search(text)
    return OCR_GAP.sub("", text) if m is None else OCR_GAP.sub("", text[:m.start()]) + m.group(0)


@dataclass
class Part:
    """An article being put together: its head lines by role, and its body lines."""
    heads: dict[str, list[Line]] = field(default_factory=dict)
    body: list[Line] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    subheads: set[int] = field(default_factory=set)      # body lines that are subheads inside the article
    caption: bool = False        # a photo's caption: it takes no headline and does not end the article around it

    def has(self, role: str) -> bool:
        return bool(self.heads.get(role))

    @property
    def titled(self) -> bool:
        return self.has("T") or self.has("K")

    def take(self, role: str, line: Line) -> None:
        self.heads.setdefault(role, []).append(line)

    @property
    def text(self) -> str:
        return "".join(l.text.strip() for l in self.body)

    @property
    def head(self):
        return self.heads.get("T")


@dataclass
class Orphan:
    """A head group: one headline's kicker, title and subtitle lines with the
    byline and date lines set with it; where it stands apart from its body it
    is matched by content."""
    lines: list[tuple[str, Line]]
    votes: Counter = field(default_factory=Counter)
    holder: "Part | None" = None          # the body it was given to

    @property
    def text(self) -> str:
        # (closed up where letter-spaced, 市 场 供 给 稳 中 有 升, as its title will be: the
        # words it shares with a body are matched in pairs of characters)
        return "".join(despace(l.text) for r, l in self.lines if r in "KTS")

    @property
    def titled(self) -> bool:
        return any(r in "KT" for r, _ in self.lines)

    @property
    def way(self) -> str:
        return max(self.votes, key=lambda w: (self.votes[w], w == ">")) if self.votes else ">"


ORDER = {"K": 0, "T": 1, "S": 2, "Y": 3, "D": 4}


def head_order(lines: list[Line], labels: list[str | None]) -> list[str | None]:
    """Within adjacent head lines that point the same way, roles run kicker,
    title, subtitle, byline, date: a kicker line after a title line continues
    the title, a subtitle line after a byline continues the byline.  A title line
    after a subtitle, byline or date is the next headline, unless it is a short
    line straight under a subtitle pointing at the body after them: that is the
    subtitle wrapped (——观众留言2 / 79.26万字), as two head groups cannot both
    head the one body."""
    out = list(labels)
    # One head block (adjacent head lines) points one way: the way most of its title lines point.
    i = 0
    while i < len(out):
        if not out[i] or out[i][0] not in ORDER:
            i += 1
            continue
        j = i + 1
        while j < len(out) and out[j] and out[j][0] in ORDER and lines[j].no == lines[j - 1].no + 1:
            j += 1
        votes = Counter()
        for k in range(i, j):
            votes[out[k][1:]] += 2 if out[k][0] == "T" else 1
        way = max(votes, key=lambda w: (votes[w], w == ">"))
        for k in range(i, j):
            out[k] = out[k][0] + way
        if j - i >= 2 and out[i][0] == "S" and out[i + 1][0] in "KT" and not SUBTITLE_DASH.match(lines[i].text):
            out[i] = "K" + way       # a subtitle stands under its title: a line over the block's headline is its kicker
        i = j
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if not a or not b or a[0] not in ORDER or b[0] not in ORDER or a[1:] != b[1:]:
            continue
        if lines[i].no != lines[i - 1].no + 1:
            continue
        if ORDER[b[0]] < ORDER[a[0]] and not (a[0] in "SYD" and b[0] in "KT"):
            out[i] = a[0] + b[1:]
        elif a == "S>" and b == "T>" and han_len(lines[i].text) <= 12:
            out[i] = "S>"
        elif a[0] == "S" and b[0] == "T" and han_len(lines[i].text) <= 12 and \
                SUBTITLE_DASH.match(lines[i - 1].text) and lines[i - 1].text.strip()[-1:] not in "）)」』”。！？":
            out[i] = a               # ——追记某某省某某县某某镇 / 某某村村委会原主任某某某: the dashed subtitle, wrapped
    return out


def three_line_heads(lines: list[Line], labels: list[str | None], width: int) -> list[str | None]:
    """铺钢轨 敷路面 建设者昼夜奔忙 / 长江大桥将在九月建成 / 汉水铁桥…开始铺设复线: a
    headline of three lines, none of them wrapped, read title, subtitle, subtitle, is
    kicker, title, subtitle (a subtitle wrapped in two is a column wide, or opens on a dash)."""
    out = list(labels)
    for i in range(len(out) - 2):
        block = [out[i + k] or " " for k in range(3)]
        if [y[0] for y in block] != ["T", "S", "S"] or len({y[1:] for y in block}) != 1:
            continue
        if (i and (out[i - 1] or " ")[0] in ORDER) or (i + 3 < len(out) and (out[i + 3] or " ")[0] in ORDER):
            continue                 # exactly three head lines
        middle = lines[i + 1].text
        if SUBTITLE_DASH.match(middle) or SUBTITLE_DASH.match(lines[i + 2].text) or \
                (width and han_len(middle) >= width - 1):
            continue
        way = out[i][1:]
        out[i], out[i + 1] = "K" + way, "T" + way
    if not width:
        out = spaced_three_line_heads(lines, out)
    return out


def spaced_three_line_heads(lines: list[Line], labels: list[str | None]) -> list[str | None]:
    """On a page of one paragraph a line, three head lines apart, the last opening on a dash
    (就某某建交70周年 / / 某某同某国总统互致贺电 / / ——某某同某国总理互致贺电), are kicker,
    title and subtitle: the short first line leads into the headline under it, which a
    headline read first would leave as a deck."""
    out = list(labels)
    shown = [i for i, y in enumerate(out) if y]
    for k in range(len(shown) - 2):
        a, b, c = shown[k:k + 3]
        block = [out[a], out[b], out[c]]
        if block[0][0] != "T" or block[1][0] not in "TS" or block[2][0] != "S" or len({y[1:] for y in block}) != 1:
            continue
        if k and (out[shown[k - 1]] or " ")[0] in ORDER or k + 3 < len(shown) and out[shown[k + 3]][0] in "KTS":
            continue                 # exactly three head lines
        first, middle = lines[a].text.strip(), lines[b].text.strip()
        if not SUBTITLE_DASH.match(lines[c].text) or SUBTITLE_DASH.match(middle) or han_len(first) >= han_len(middle):
            continue
        out[a], out[b] = "K" + block[0][1:], "T" + block[1][1:]
    return out


def line_labels(lines: list[Line], texts: list[str], width: int) -> list[str | None]:
    """The tagger's role for each line (`texts`: the lines' reading copy), with its headline
    blocks put in their reading order: what the page is cut by."""
    return three_line_heads(lines, head_order(lines, tag(texts)), width)


def split_tagged(page: Page) -> list[Draft]:
    # (read through a copy: simplified where the page is traditional, without a table's borders)
    texts = reading_copy([l.text for l in page.lines])
    prof = profile(texts)
    width = prof.width
    labels = line_labels(page.lines, texts, width)
    wrapped = wrapped_captions(page.lines, labels, width) if width else set()
    units, furniture = units_of(page.lines, labels, width, wrapped)
    photo_story_ends(units, wrapped)
    captions = [u for u in units if isinstance(u, Part) and u.caption]
    units = [u for u in units if not (isinstance(u, Part) and u.caption)]
    parts = [u for u in units if isinstance(u, Part)]
    scorer = match.Scorer([p.text for p in parts])        # what the page's bodies say, counted once
    units = split_stacked_heads(units, scorer)
    orphans = place_heads(units, parts, scorer)
    used = block_in_order(units, parts, [o for o in orphans if o.titled], scorer)
    used |= claim(units, parts, [o for o in orphans if o.titled and id(o) not in used], scorer)
    used |= subheads_back(units, parts, [o for o in orphans if id(o) not in used])
    if os.environ.get("ARCHIVE_SECTIONS", "1") == "1":
        # Not where the page's pieces stand apart by kind: a column of short items, database records.
        sections_back(parts, scorer, prof.column or prof.records, {l.no for l in furniture},
                      {page.lines[i].no for i in blank_parted(texts, labels)})
    untitled_joins(parts, scorer, prof.column or prof.records)
    if not (prof.column or prof.records) and one_web_article(texts, labels):
        parts = joined_sections(parts)        # (not a column of short items set on a web page)
    unmarked = width > 0 and not prof.headings and not prof.fields
    # (not in a column of short items, whose untitled items may end on a short line)
    heads_after = width > 0 and not prof.column
    used |= orphans_inside(parts, [o for o in orphans if id(o) not in used])
    drafts = [draft_of(p, width, unmarked, heads_after) for p in parts + captions]
    for o in orphans:
        if id(o) not in used:
            nos = [l.no for _, l in o.lines]
            drafts.append(Draft(kind="residue", first=nos[0], last=nos[-1],
                                paragraphs=[norm_space(l.text) for _, l in o.lines],
                                notes=["标题未匹配到正文"], line_nos=nos))
    drafts = copies_folded(captions_repeating_lead(drafts))
    drafts += furniture_residue(furniture)
    return drafts + [n for d in drafts for n in notices_closing(d)]


def copies_folded(drafts: list[Draft]) -> list[Draft]:
    """A text the page prints twice, word for word (a photo's caption over its gallery and
    again under it, a site's mobile copy under its page): one article, whose lines are both
    copies' and whose note says so, not two articles that tell one story."""
    out: list[Draft] = []
    seen: dict[str, Draft] = {}
    for d in drafts:
        key = NOT_WORDS.sub("", "".join(d.paragraphs)) if d.kind != "residue" else ""
        first = seen.get(key)
        if first is None:
            if len(key) >= COPY_SIZE:
                seen[key] = d
            out.append(d)
            continue
        first.title = first.title or d.title
        first.line_nos = sorted(set(first.line_nos) | set(d.line_nos))
        first.first, first.last = min(first.first, d.first), max(first.last, d.last)
        first.notes.append(f"页面重复印出本文（第{d.first}–{d.last}行）")
    return out


# A text this long printed twice is one text set twice, not two that say the same.
COPY_SIZE = 40


# How many of a caption's first characters (punctuation and spaces aside) must open the text too.
LEAD_WORDS = 12


def captions_repeating_lead(drafts: list[Draft]) -> list[Draft]:
    """A photo's caption set inside an article, above the paragraph that opens with the
    caption's own first words (12月30日，县长某某主持召开…座谈会。记者 某某 摄 / … /
    12月30日，县长某某主持召开…座谈会，广泛征求…): the article's lead photo, kept in its
    text where it stands, not an item of its own that tells the same news twice."""
    out = list(drafts)
    for d in drafts:
        if d.kind != "photo" or not d.paragraphs:
            continue
        host = next((n for n in out if n.kind == "news" and n.first < d.first < n.last
                     and len(n.para_lines) == len(n.paragraphs) > 0), None)
        if host is None:
            continue
        k = next((j for j, nos in enumerate(host.para_lines) if nos and nos[0] > d.first), None)
        if k is None:
            continue
        # (the headline printed again between the photo and the text is no text: 我县召开… / 意见征求座谈会)
        lead = next((j for j in range(k, min(k + 3, len(host.paragraphs)))
                     if han_len(host.paragraphs[j]) > 30 or ends_sentence(host.paragraphs[j])), None)
        opening = NOT_WORDS.sub("", d.paragraphs[0])[:LEAD_WORDS]
        if lead is None or len(opening) < LEAD_WORDS or not NOT_WORDS.sub("", host.paragraphs[lead]).startswith(opening):
            continue
        host.paragraphs[k:k] = d.paragraphs
        host.para_lines[k:k] = d.para_lines if len(d.para_lines) == len(d.paragraphs) else [list(d.line_nos)] * len(d.paragraphs)
        host.line_nos = sorted(set(host.line_nos) | set(d.line_nos))
        out.remove(d)
    return out


def notices_closing(d: Draft) -> list[Draft]:
    """A site's notice that closes an article's text (draft_of set it apart): the site's, as residue."""
    if d.kind == "residue" or len(d.paragraphs) < 2 or notice_start(d.paragraphs[-1]) != 0:
        return []
    text, nos = d.paragraphs.pop(), d.para_lines.pop() if d.para_lines else []
    return [Draft(kind="residue", first=nos[0] if nos else d.last, last=nos[-1] if nos else d.last, paragraphs=[text],
                  notes=["版面或网站的固定内容（导航、页眉、页脚）"], line_nos=list(nos))]


def photo_story_ends(units: list, wrapped: set[int]) -> None:
    """A caption found in a wrapped column that goes on from the body straight before it,
    about the same things (`SAME_STORY`), is that body's end: a photo story signed by its
    photographer (…“妈妈放心！” / 宋某某摄（影像中国）), not a photo of its own.  So is
    one under a headline that points down at it: the story whole.  (On any page, so is a
    caption under such a headline with no other body after it: 小记者“跑”两会 / 2月1日，…王俊祥 摄.)"""
    k = 1
    while k < len(units):
        u, before = units[k], units[k - 1]
        after = units[k + 1] if k + 1 < len(units) else None
        if isinstance(u, Part) and u.caption and u.body[0].no not in wrapped and isinstance(before, Orphan) \
                and before.way == ">" and before.titled and not (isinstance(after, Part) and not after.caption):
            u.caption = False
        k += 1
    if not wrapped:
        return
    parts = [u for u in units if isinstance(u, Part)]
    scorer = match.Scorer([p.text for p in parts])
    k = 1
    while k < len(units):
        u, before = units[k], units[k - 1]
        if isinstance(u, Part) and u.caption and u.body[0].no in wrapped:
            if isinstance(before, Orphan) and before.way == ">":
                u.caption = False    # under a headline pointing down at it: that article's body
            elif isinstance(before, Part) and not before.caption and \
                    scorer.similarity(before.text, u.text) >= SAME_STORY:
                before.body += u.body
                del units[k]
                continue
        k += 1


def subhead_like(text: str, width: int) -> bool:
    """A body line that reads as a subhead: short, and ending no sentence or clause."""
    t = text.strip()
    return bool(t) and han_len(t) <= (0.85 * width if width else 24) and t[-1] not in "。！？，、；：,;:…"


def caption_lines(lines: list[Line]) -> set[int]:
    """Line numbers of photo captions: a block of at most three lines whose last
    line ends with the photographer's credit (…… 本报记者 陈治学 摄), or that stands
    over a credit line of its own (薛礼伟 摄).  (In a wrapped column a caption runs
    over more lines: `wrapped_captions`.)"""
    blocks: list[list[Line]] = []
    for line in lines:
        if not line.text.strip():
            continue
        if blocks and line.no == blocks[-1][-1].no + 1:
            blocks[-1].append(line)
        else:
            blocks.append([line])
    out: set[int] = set()
    for k, block in enumerate(blocks):
        text = "".join(l.text.strip() for l in block)
        if len(block) > 3 or han_len(text) > 240:
            continue
        credit = PHOTO_CREDIT.search(block[-1].text) is not None
        lone_after = k + 1 < len(blocks) and len(blocks[k + 1]) == 1 and LONE_PHOTO.match(blocks[k + 1][0].text)
        if credit or lone_after:
            out |= {l.no for l in block}
            if lone_after:
                out.add(blocks[k + 1][0].no)
    return out


SENTENCE_CLOSED = re.compile(r"[。！？!?][”’」』）)]*$")


def wrapped_captions(lines: list[Line], labels: list[str | None], width: int) -> set[int]:
    """A photo set between articles in a wrapped column: a credit line (…摄) closing a
    paragraph or two of body lines that are short enough together to be a caption.  The
    caption opens at the farthest paragraph start within `CAPTION_SIZE` characters of the
    credit: a line after a finished sentence that an indent, a blank line or a short line
    before it marks (近日，某某县…的歌会上… / 该县发挥… / 新华社记者 黄某某摄).  A
    dispatch's opening (本报讯…) that near is the article the credit signs: no caption."""
    shown = [(l, y) for l, y in zip(lines, labels) if y and l.text.strip()]
    out: set[int] = set()
    for c, (line, _) in enumerate(shown):
        if "摄" not in line.text:
            continue                 # (most lines: asked before any pattern)
        credit = CREDIT_SOURCE.sub("", line.text).strip()
        m = PHOTO_CREDIT.search(credit)
        # (the credit alone, its agency's name before it or not, or after the caption's last
        # sentence: not 本报讯（记者常燕建）机身搭载摄 / 像装置…)
        before = credit[:m.start()].strip() if m else ""
        if m is None or han_len(credit) > width * 1.3 or \
                not (han_len(before) <= 6 or SENTENCE_CLOSED.search(before)):
            continue
        size = han_len(credit) - han_len(m.group(0))
        start = None
        for k in range(c - 1, -1, -1):
            at, role = shown[k]
            if role[0] not in "BIH":
                start = k + 1 if k + 1 < c else start     # (the line under a head line opens a body)
                break
            if at.no in out:
                break
            size += han_len(at.text.strip())
            if size > CAPTION_SIZE:
                break
            if opens_article(at.text):
                start = None         # (a short dispatch the photo's credit signs: 本报讯… / …摄, one article)
                break
            if at.text.strip()[:1] in MARKERS:
                start = k            # (a column's item opens at its mark: ◆10月7日，…龙舟赛… / 沈冬兵摄)
                break
            prev = shown[k - 1][0] if k else None
            if prev is None or (SENTENCE_CLOSED.search(prev.text.strip()) and (
                    at.text[:1] in " \u3000" or at.no > prev.no + 1 or han_len(prev.text.strip()) < 0.8 * width)):
                start = k
        if start is not None:
            out |= {l.no for l, _ in shown[start:c + 1]}
    return out


QUOTE_TITLE = re.compile(r"“[^“”]{4,30}”")


def units_of(lines: list[Line], labels: list[str | None], width: int = 0,
             wrapped: set[int] = frozenset()) -> tuple[list, list[Line]]:
    """The page as a sequence of head groups (Orphan: one headline with its
    subtitle, byline and date lines) and bodies (Part), and its furniture lines.
    A body opens at a B line or after a head group; a head group ends where a
    new headline begins (a kicker or title after a subtitle, byline or date,
    or after a title across a blank line)."""
    units: list = []
    furniture: list[Line] = []
    captions = caption_lines(lines)
    shown = [(line.no, label) for line, label in zip(lines, labels) if label]
    labels_after = {no: label for (no, _), (_, label) in zip(shown, shown[1:])}    # the next line's, past blanks
    for line, label in zip(lines, labels):
        if label is None:
            continue
        if label == "F":
            furniture.append(line)
            continue
        role, way = label[0], label[1:]
        last = units[-1] if units else None
        # (a wrapped column's caption takes its credit line, however the tagger read it)
        # (…and a caption's own credit line under it, however the tagger read it: 近日，…活动。 / 本报记者 王军方 摄,
        # after a report of its own; after a paragraph that opened just above it, the three are one photo story)
        credit_under = role == "Y" and isinstance(last, Part) and last.caption and line.no - last.body[-1].no <= 2 \
            and report_above(units)
        if (line.no in captions and (role in "BIH" or credit_under)) or (line.no in wrapped and role in "BIHY"):
            # (a caption the one above closed with its photographer's credit is the next photo's:
            # 3月14日,…的欢迎。郭某某 摄 / 3月15日,…1300余株。范某某 摄)
            if not (isinstance(last, Part) and last.caption and line.no - last.body[-1].no <= 2) \
                    or role == "B" and PHOTO_CREDIT.search(last.body[-1].text):
                last = Part(caption=True)
                units.append(last)
            last.body.append(line)
            continue
        if role in "BIH":
            if isinstance(last, Part) and last.caption and role != "B":
                # The body goes on after a photo set inside it.
                before = next((u for u in reversed(units) if not (isinstance(u, Part) and u.caption)), None)
                last = before if isinstance(before, Part) else None
            if role == "B" or not isinstance(last, Part):
                last = Part()
                units.append(last)
            last.body.append(line)
            if role == "H" and subhead_like(line.text, width):
                last.subheads.add(line.no)
            continue
        if isinstance(last, Orphan):
            roles = {r for r, _ in last.lines}
            gap = line.no > last.lines[-1][1].no + 1
            # Across a blank line a title after a title is another headline, on a wrapped page; a
            # page of one paragraph a line sets its kicker (a phrase with a comma) and title a blank line apart.
            kicker = re.search(r"[，,：:]|——$", last.lines[-1][1].text.strip())
            # (so is a factual line over a quotation that is the headline: 某国首批水果出口中国 /
            # “中国市场给了我们机会”)
            kicker = kicker or (role == "T" and QUOTE_TITLE.fullmatch(line.text.strip()))
            # (…and so, on such a page, are two headlines a blank line apart that both point at the
            # byline and body under them: 某地各界支持《某某管理规定》 / 护一方平安 建美好家园 / □某某)
            kicker_over = gap and not kicker and role == "T" and way == ">" and last.votes[">"] > 0 and not last.votes["<"] \
                and (labels_after.get(line.no) or "")[:1] == "Y" and last.lines[-1][0] == "T"
            kicker = kicker or kicker_over
            apart = gap and (width > 0 or len(last.lines) > 1 or line.no > last.lines[-1][1].no + 2 or not kicker)
            new = role in "KT" and (roles & set("SYD") or ("T" in roles and apart))
            # A byline pointing at the body after, under a headline that points at the body before,
            # is the next article's: 【…】 ← 林心平… / □ 本报记者 陈兰鑫 → body.
            new = new or (way == ">" and last.votes["<"] > 0 and last.votes[">"] == 0)
            if not new:
                if kicker_over:
                    last.lines[-1] = ("K", last.lines[-1][1])     # (the title is the line under it)
                last.lines.append((role, line))
                last.votes[way] += 2 if role == "T" else 1
                continue
        group = Orphan([(role, line)])
        group.votes[way] += 2 if role == "T" else 1
        units.append(group)
    return units, furniture


def report_above(units: list) -> bool:
    """Whether the last body before the page's last caption is a report of its own: under
    a headline, or of two paragraphs or more (not one that opened just above the caption)."""
    k = next((k for k in range(len(units) - 1, -1, -1) if isinstance(units[k], Part) and not units[k].caption), None)
    if k is None or not units[k].body:
        return False
    body = units[k].body
    headed = k > 0 and isinstance(units[k - 1], Orphan) and any(r == "T" for r, _ in units[k - 1].lines)
    return headed or any(b.no - a.no > 1 for a, b in zip(body, body[1:]))


def split_stacked_heads(units: list, scorer: "match.Scorer") -> list:
    """Two headlines set one under the other with no blank line between, between
    two bodies (the one above printed after its body, the one below before its
    own: 尤权会见班禅…做出新成绩 / 全国工商联…座谈会召开 / 尤权出席并讲话), read as one
    head group: cut it where the lines above say what the body above says and the
    lines below what the body below says, each clearly (`STACK_FIT`)."""
    out = list(units)
    for k in range(1, len(out) - 1):
        g, left, right = out[k], out[k - 1], out[k + 1]
        if not (isinstance(g, Orphan) and isinstance(left, Part) and isinstance(right, Part)) or right.heads:
            continue
        heads = [(r, l) for r, l in g.lines if r in "KTS"]
        if len(heads) < 3 or len(heads) != len(g.lines):
            continue
        best = None
        for cut in range(1, len(heads)):
            top = "".join(l.text for _, l in heads[:cut])
            bottom = "".join(l.text for _, l in heads[cut:])
            tl, tr = scorer.score(top, left.text), scorer.score(top, right.text)
            bl, br = scorer.score(bottom, left.text), scorer.score(bottom, right.text)
            if tl >= STACK_FIT * max(tr, 1.0) and br >= STACK_FIT * max(bl, 1.0):
                gain = (tl - tr) + (br - bl)
                if best is None or gain > best[0]:
                    best = (gain, cut)
        if best is None:
            continue
        cut = best[1]
        pieces = []
        for lines, way in ((heads[:cut], "<"), (heads[cut:], ">")):
            if not any(r == "T" for r, _ in lines):
                lines = [("T" if r == "K" else r, l) for r, l in lines]
            if not any(r in "KT" for r, _ in lines):
                lines = [("T", l) for _, l in lines]
            piece = Orphan(list(lines))
            piece.votes[way] = 2 * len(lines)
            pieces.append(piece)
        out[k:k + 1] = pieces
    return out


# How clearly each piece of a stacked head group must fit its own neighbour over the
# other one, in headline words found in the body (match.Scorer.score).
STACK_FIT = 3.0


# How a head group's place is chosen: agreeing with the tagger's direction,
# sharing words with the body, and being a headline at all each count.
AGREE, CONTENT, ATTACH = 1.0, 2.0, 0.6
UNSURE = 0.6
FAR_FIT = 3.0            # a body elsewhere counts only where it fits the headline this many times better
CONVENTION = 0.5         # the page's majority direction, as a prior beside the tagger's


def place_heads(units: list, parts: list[Part], scorer: "match.Scorer") -> list[Orphan]:
    """Give each head group to the body before it or the body after it, or to
    neither, so that no body gets two headlines and the choices agree best with
    the tagger's directions and with what the headlines and bodies say.  Head
    groups without a title (a byline, a date line) follow the tagger's
    direction.  Returns the groups left standing apart."""
    # gaps[i]: the groups between parts[i-1] and parts[i] (gaps[0] before the first part).
    gaps: list[list[Orphan]] = [[] for _ in range(len(parts) + 1)]
    k = 0
    for u in units:
        if isinstance(u, Part):
            k += 1
        else:
            gaps[k].append(u)
    untitled_groups: list[tuple[Orphan, int]] = []
    for gap in gaps:
        titled = [g for g in gap if g.titled]
        if len(titled) >= 3:          # a block of headlines: no two bodies beside it can hold them all
            for g in titled:
                g.votes = Counter({"~": 1})
    # The page's own convention: the way most of its headlines point.
    ways = Counter(g.way for gap in gaps for g in gap if g.titled and g.way != "~")
    convention = max(ways, key=lambda w: (ways[w], w == ">")) if ways else ""
    # A page that opens on a body and closes on a headline prints its headlines after
    # their bodies, whatever a single headline's neighbours suggest; and the other way round.
    opens_titled, closes_titled = any(g.titled for g in gaps[0]), any(g.titled for g in gaps[-1])
    framed = len(parts) >= 2 and opens_titled != closes_titled
    if framed:
        convention = ">" if opens_titled else "<"
    weight = CONVENTION * (2 if framed else 1)

    # How well each headline's words fit the bodies that do not stand beside it: a headline
    # printed beside a body it says nothing of, and whose words fill a body elsewhere
    # (headlines set before and after their bodies on one page), is not that neighbour's.
    # Each titled group's fit to every body, by the body's id (its neighbours' fits among them).
    fits: dict[int, dict[int, float]] = {}
    for g in (g for gap in gaps for g in gap if g.titled):
        keys = set(match.bigrams(g.text))            # counted once, scored against every body
        fits[id(g)] = {id(p): scorer.score("", p.text, keys) for p in parts}

    def value(g: Orphan, side: str, left: Part | None, right: Part | None) -> float:
        way = g.way
        fit = fits[id(g)]
        a = fit[id(left)] if left else 0.0
        b = fit[id(right)] if right else 0.0
        near = {id(left), id(right)}
        far = max((s for p, s in fit.items() if p not in near), default=0.0)
        far = far if far > FAR_FIT * (a + b) else 0.0
        share = 0.5 if a + b + far == 0 else (a if side == "<" else b) / (a + b + far)
        if way == "~":               # no direction to go by: the words must point one way, the page's way
            return CONTENT * (2 * share - 1) - UNSURE - (AGREE if convention and side != convention else 0.0)
        agree = (1.0 if way == side else -1.0) + weight * (0 if not convention else 1 if side == convention else -1)
        return AGREE * agree + CONTENT * (2 * share - 1) + ATTACH

    # Dynamic programme over the gaps; state: whether the part after the gap took a headline from it.
    best: dict[int, tuple[float, list]] = {0: (0.0, [])}
    for i, gap in enumerate(gaps):
        left = parts[i - 1] if i > 0 else None
        right = parts[i] if i < len(parts) else None
        titled = [j for j, g in enumerate(gap) if g.titled]
        for j, g in enumerate(gap):
            if not g.titled:
                untitled_groups.append((g, i))
        nxt: dict[int, tuple[float, list]] = {}
        for state, (score, plan) in best.items():
            options = [(None, None)]
            for x in titled:
                if left is not None and state == 0:
                    options.append((x, None))
                if right is not None:
                    options.append((None, x))
                    for y in titled:
                        if left is not None and state == 0 and y > x:
                            options.append((x, y))
            for x, y in options:
                v = score
                if x is not None:
                    v += value(gap[x], "<", left, right)
                if y is not None:
                    v += value(gap[y], ">", left, right)
                s2 = 1 if y is not None else 0
                if s2 not in nxt or v > nxt[s2][0]:
                    nxt[s2] = (v, plan + [(i, x, y)])
        best = nxt
    _, plan = max(best.values(), key=lambda t: t[0])
    placed: set[int] = set()
    for i, x, y in plan:
        if x is not None:
            attach(parts[i - 1], gaps[i][x])
            placed.add(id(gaps[i][x]))
        if y is not None:
            attach(parts[i], gaps[i][y])
            placed.add(id(gaps[i][y]))
    for g, i in untitled_groups:            # a byline or date line: the way the tagger points it
        side = parts[i] if g.way == ">" and i < len(parts) else parts[i - 1] if g.way == "<" and i > 0 else None
        if side is None:
            side = parts[i] if i < len(parts) else parts[i - 1] if i > 0 else None
        if side is not None:
            attach(side, g)
            placed.add(id(g))
    return [g for gap in gaps for g in gap if id(g) not in placed]


def subheads_back(units: list, parts: list[Part], orphans: list[Orphan]) -> set[int]:
    """A headline that matched no article, standing between two bodies of which
    one at most has a headline (outside them), is a subhead inside one article:
    the two bodies become one, with the headline as a paragraph of its own."""
    done: set[int] = set()
    for o in orphans:
        k = units.index(o)
        if not (0 < k < len(units) - 1) or not isinstance(units[k - 1], Part) or not isinstance(units[k + 1], Part):
            continue
        a, b = units[k - 1], units[k + 1]
        if (a.titled and b.titled) or any(r not in "TS" for r, _ in o.lines) or opens_article(b.body[0].text):
            continue
        fold_section(a, b, [l for _, l in o.lines])
        units[k - 1:k + 2] = [a]
        parts.remove(b)
        done.add(id(o))
    return done


def fold_section(a: Part, b: Part, between: list[Line]) -> None:
    """`b` is `a`'s next section: its body runs on from `a`'s, the head lines `between` them
    its subheads; `b`'s other head lines (a byline, a credit) become `a`'s."""
    a.body += between + b.body
    taken = {l.no for l in between}
    a.subheads |= taken | b.subheads
    for role, ls in b.heads.items():
        rest = [l for l in ls if l.no not in taken]
        if rest:
            a.heads.setdefault(role, []).extend(rest)
    a.notes += b.notes


def orphans_inside(parts: list[Part], orphans: list[Orphan]) -> set[int]:
    """A headline that matched no article, printed between two lines of one article's
    text, is a line of that text where it stands: a subhead, or a line of the text the
    tagger misread as a headline's: kept in the article (its paragraphs read as the text's
    are), rather than sent to residue out of the text it stands in.  (A byline or date line
    standing so is left to residue: it may sign another story run into this one.)  One
    printed between an article's headline and its text is a deck under the headline: its
    subtitle (某县农民腰包鼓起来 / 上半年农民收入增速居全省前列), which on a page
    that marks no type sizes is read with the headline, as the tagger's own subtitles are."""
    done: set[int] = set()
    for o in orphans:
        if any(r not in "KTS" for r, _ in o.lines):
            continue
        lines = [l for _, l in o.lines]
        nos = [l.no for l in lines]
        for p in parts:
            if not p.body or not nos[-1] < p.body[-1].no or \
                    any(a.no > b.no for a, b in zip(p.body, p.body[1:])):
                continue         # (a text read out of the page's order, joined across a jump: left as read)
            if p.body[0].no < nos[0]:
                if names_only(lines) or not any(ends_sentence(l.text) for l in p.body if l.no < nos[0]):
                    break            # (names, or a line under the text's first words: its head's)
                # (not marked as subheads: a misread text's lines join as the text's own do)
                p.body = sorted(p.body + lines, key=lambda l: l.no)
            elif any(0 < nos[0] - l.no <= 3 for l in p.heads.get("T", [])) and deck_like(lines) and \
                    not any(nos[0] < n < p.body[0].no or r not in "KT" and n < nos[0]
                            for r, ls in p.heads.items() for n in (l.no for l in ls)):
                # (straight under the headline: not under its byline, 某某 某某 / 开栏的话)
                p.heads["S"] = sorted(p.heads.get("S", []) + lines, key=lambda l: l.no)
            else:
                continue
            done.add(id(o))
            break
    return done


def names_only(lines: list[Line]) -> bool:
    """Lines that read as names (王某某 李某, 湖南长沙 鲁 平), not two short phrases of four
    characters each that only look so (绿色出行 低碳生活)."""
    text = " ".join(l.text.strip() for l in lines)
    return is_credit(text) and any(len(x) <= 3 for x in text.split())


def deck_like(lines: list[Line]) -> bool:
    """Words that may stand under a headline as its deck: not names (郭某某 赖某), not a
    box's label (【绝活看点】, 本期主题：…), not a sentence of the text (a long clause)."""
    text = "".join(l.text.strip() for l in lines)
    return not names_only(lines) and not re.match(r"[【\[]", text) \
        and not re.search(r"[。！？；:：]", text) and ("，" not in text or han_len(text) <= 20)


def headed(p: Part) -> bool:
    """Has this body a byline, subtitle or date line printed over it?  (A credit closing it,
    统筹：郭雪岩, heads nothing.)"""
    first = p.body[0].no if p.body else 0
    return any(l.no < first for r in "YSD" for l in p.heads.get(r, []))


def photo_signed(p: Part) -> bool:
    """Is this body closed by a photographer's credit (新华社记者  凡  军摄): a photo's caption."""
    return any(CREDIT_SOURCE.sub("", l.text).rstrip().endswith("摄") for l in p.heads.get("Y", []))


def closed(p: Part) -> bool:
    """Does this body end as a finished report ends: on its dispatch's close （新华社北京电）,
    the paper it is taken from （工人日报）, or its writers in brackets （邹鹏 赵静波）?"""
    last = p.body[-1].text
    return bool(DATELINE_END.search(last) or SOURCE_END.search(last) or SIGNED_END.search(last))


def dated_pair(a: Part, b: Part) -> bool:
    """Two reports that each open on their day (12月5日，县委召开… / 12月6日，县政府…): a
    county page's, two articles however much they share (rules/briefs.py, dated_reports)."""
    return bool(b.body) and DAY_OPENING.match(b.body[0].text) is not None \
        and short_dated_report([l.text for l in a.body])


def marked(p: Part) -> bool:
    """Does this body open as an article is opened: a byline, a subtitle, a date line, a dateline?"""
    return headed(p) or (bool(p.body) and opens_article(p.body[0].text))


# A first body short enough to be a lead (导语, 核心阅读) opens sections it need not share
# words with (see match.SAME_STORY).
LEAD = 300                # characters


def sections_back(parts: list[Part], scorer: "match.Scorer", apart: bool = False,
                  furniture: set[int] = frozenset(), parted: set[int] = frozenset()) -> None:
    """On a page whose articles open with a byline, a subtitle or a dateline, a
    body under a one-line headline that opens with none of them, right after
    another body, is a section of that article (its headline a subhead) where
    that body is about the same things (`SAME_STORY`) or is a lead (`LEAD`).
    Not on a page whose pieces stand `apart`: a column of short items (简讯), where
    each item is an article whether it opens with 本报讯 or not, and database
    records. (Pages of one paragraph a line keep the rule: the seeds' 乌海 page
    sets its sections so.)  A body signed at its end (…走出长远发展脱贫之路。（谢黎黎）) is
    finished: the headline under it opens another article; so is one the page's `furniture`
    stands under (第8版() / 专栏: over each article of a paper's database).  Nor a headline
    under a blank line on a page whose blank lines part articles (`parted`, rules/paragraphs.py's blank_parted),
    nor two reports that each open on their day (`dated_pair`).
    First, on any page, the sections that only what they say ties (`sections_by_topic`)."""
    if apart:
        return
    sections_by_topic(parts, scorer, furniture, parted)
    if not any(marked(p) for p in parts):
        return
    k = 1
    while k < len(parts):
        a, b = parts[k - 1], parts[k]
        t = b.heads.get("T", [])
        lone = len(t) == 1 and set(b.heads) <= {"T"} and t[0].no < b.body[0].no \
            and not COLUMN_TAG.search(t[0].text.strip())      # …守护好利用好（乡土时评）: a column's headline
        if not b.heads and len(b.body) > 1 and marked_subhead(b.body[0].text):
            t, b = [b.body[0]], Part(body=b.body[1:], subheads=b.subheads, notes=b.notes)
            lone = True     # (a marked subhead on a line of its own over a section: ■锣鼓声声，传承敬老美德)
        if lone and not marked(b) and a.titled and b.body[0].no > t[0].no and \
                not closed(a) and \
                not any(l.no > a.body[-1].no and l.no < t[0].no for ls in a.heads.values() for l in ls) and \
                not any(a.body[-1].no < n < t[0].no for n in furniture) and t[0].no not in parted and \
                not dated_pair(a, b) and (len(a.text) < LEAD or scorer.similarity(a.text, b.text) >= SAME_STORY):
            fold_section(a, b, t)
            del parts[k]
            continue
        k += 1
    sections_back_after(parts, scorer)


def sections_by_topic(parts: list[Part], scorer: "match.Scorer", furniture: set[int] = frozenset(),
                      parted: set[int] = frozenset()) -> None:
    """On any page, a body under its own headline (one to three lines, a kicker's too) that
    opens with no mark, right after a titled body that is not finished, is that article's
    next section where the two say the same things strongly (`SAME_SECTIONS`): a feature's
    subheads read as headlines (a line of two short phrases between two halves on one county's tourism).
    Not a column's headline (…（思想纵横）), nor under furniture or a page's parting blank line,
    nor between two reports that each open on their day (`dated_pair`)."""
    k = 1
    while k < len(parts):
        a, b = parts[k - 1], parts[k]
        heads = sorted((l for ls in b.heads.values() for l in ls), key=lambda l: l.no)
        over = [l for l in heads if l.no < b.body[0].no] if a.body and b.body else []
        if over and a.titled and set(b.heads) & {"T"} and not marked(b) and not closed(a) and \
                all(l.no < b.body[0].no for l in b.heads.get("T", []) + b.heads.get("K", [])) and \
                not COLUMN_TAG.search("".join(l.text.strip() for l in b.heads.get("T", []))) and \
                not any(l.no > a.body[-1].no for ls in a.heads.values() for l in ls) and \
                not any(a.body[-1].no < n < b.body[0].no for n in furniture) and \
                not any(l.no in parted for l in over) and not dated_pair(a, b) and \
                scorer.similarity(a.text, b.text) >= match.SAME_SECTIONS:
            fold_section(a, b, over)
            del parts[k]
            continue
        k += 1


def marked_subhead(text: str) -> bool:
    """A short phrase on its own line after an item mark, ending no sentence."""
    t = text.strip()
    return t[:1] in _words()["markers"] and 4 <= han_len(t) <= 24 and not re.search(r"[。！？；]", t)


def sections_back_after(parts: list[Part], scorer: "match.Scorer") -> None:
    """The same where headlines stand after their bodies: a body whose one-line headline
    under it is followed by a body that opens with no mark and has its own headline
    after it, and that is about the same things, is that article's first section; the
    line between them its second section's subhead (□ 记者 / 核心阅读 … / 博物馆与社会形成
    “新连接” / 大年初一，… / 新年俗：图书馆里过大年)."""
    k = 1
    while k < len(parts):
        a, b = parts[k - 1], parts[k]
        t = a.heads.get("T", [])
        lone = len(t) == 1 and t[0].no > a.body[-1].no and t[0].no < b.body[0].no \
            and not COLUMN_TAG.search(t[0].text.strip()) \
            and all(l.no < a.body[0].no for r, ls in a.heads.items() if r != "T" for l in ls)
        after = b.titled and all(n > b.body[-1].no for n in head_nos(b))
        if lone and after and not marked(b) and not closed(a) and \
                len(a.text) >= LEAD and scorer.similarity(a.text, b.text) >= SAME_STORY:
            b.body = a.body + t + b.body
            b.subheads |= {t[0].no} | a.subheads
            for role, ls in a.heads.items():
                if role != "T":
                    b.heads.setdefault(role, [])[:0] = ls
            b.notes = a.notes + b.notes
            del parts[k - 1]
            continue
        k += 1


# Words only an article's own page prints around it (a listing prints 上一页, not 上一篇).
ARTICLE_PAGE = re.compile(r"上一篇|下一篇|打印(?:本页|正文|此文)?|关闭(?:窗口|本页)|字号|【字体|分享到")


def one_web_article(texts: list[str], labels: list[str | None]) -> bool:
    """A web page saved with its site around it (打印本页, 上一篇, 分享到 in its furniture)
    and one date line at most holds one article: its subheads and ■ points are sections
    of it, however the tagger opened them."""
    furniture = [t for t, y in zip(texts, labels) if y == "F"]
    dates = sum(1 for y in labels if y and y[0] == "D")
    # (two records' page-and-column lines, 第1版(要闻) / 专栏:, say the page holds two records)
    records = sum(1 for t in furniture if PAPER_RECORD.match(t))
    return dates <= 1 and records <= 1 and sum(1 for t in furniture if ARTICLE_PAGE.search(t)) >= 1


def joined_sections(parts: list[Part]) -> list[Part]:
    """Every body after the first titled one joins it, its headlines as subheads."""
    first = next((k for k, p in enumerate(parts) if p.titled), None)
    if first is None:
        return parts
    keep = parts[first]
    for p in parts[first + 1:]:
        heads = sorted((l for ls in p.heads.values() for l in ls), key=lambda l: l.no)
        keep.body += heads + p.body
        keep.subheads |= {l.no for l in heads} | p.subheads
        keep.notes += p.notes
    return parts[:first + 1]


def head_nos(p: Part) -> list[int]:
    return [l.no for ls in p.heads.values() for l in ls]


def untitled_joins(parts: list[Part], scorer: "match.Scorer", apart: bool = False) -> None:
    """A body with no head of its own, set against a titled body on the side away
    from that body's headline (headline, body, this; or this, body, headline) and
    about the same things, is the rest (or the start) of that article: two
    dispatches under one headline."""
    if apart:
        return
    k = 0
    while k < len(parts):
        p = parts[k]
        if p.titled or headed(p) or p.caption or photo_signed(p):
            k += 1
            continue
        after = parts[k + 1] if k + 1 < len(parts) else None
        before = parts[k - 1] if k else None
        if after is not None and after.titled and not after.caption and \
                all(n > after.body[-1].no for n in head_nos(after)) and \
                scorer.similarity(p.text, after.text) >= SAME_STORY:
            take_body(after, p)
            del parts[k]
        elif before is not None and before.titled and not before.caption and \
                all(n < before.body[0].no for n in head_nos(before)) and \
                (scorer.similarity(before.text, p.text) >= SAME_STORY or (after is None and last_words(p))):
            take_body(before, p)
            del parts[k]
        else:
            k += 1


def last_words(p: Part) -> bool:
    """半夜，大风果然来了。风一阵紧似一阵，砂石乱飞…… set apart at the foot of the page: a
    story's last paragraph, too short to share its words, not a report of its own
    (no dateline, no item mark)."""
    text = p.text.strip()
    return han_len(text) <= 60 and not DATELINE.match(text) and text[:1] not in _words()["markers"] \
        and not JUMP_IN.match(text)


def take_body(keep: Part, other: Part) -> None:
    """`keep` takes `other`'s body, subheads and notes, in page order, and `other`'s head
    lines beside its own (`other` is untitled: the credit that closes it closes `keep`)."""
    first, second = (other, keep) if other.body[0].no < keep.body[0].no else (keep, other)
    keep.body = first.body + second.body
    keep.notes = first.notes + second.notes
    keep.subheads |= other.subheads
    for role, lines in other.heads.items():
        keep.heads[role] = sorted(keep.heads.get(role, []) + lines, key=lambda l: l.no)


def attach(p: Part, g: Orphan) -> None:
    for role, line in g.lines:
        p.take(role, line)
    g.holder = p


def block_in_order(units: list, parts: list[Part], orphans: list[Orphan], scorer: "match.Scorer") -> set[int]:
    """A block of headlines set together after the bodies they head (a page that prints its
    headlines apart, at its foot) lists them in the order of those bodies: they go to the
    untitled bodies above the block in that order, each to one it says something of.  (By
    what they say alone, best fits first, a headline takes its neighbour's body and the
    next is left to cut a body in two.)  Returns the ids of the headlines placed."""
    loose = {id(o) for o in orphans}
    placed: set[int] = set()
    bodies: list[Part] = []
    run: list[Orphan] = []
    for u in units + [None]:
        if isinstance(u, Orphan) and id(u) in loose:
            run.append(u)
            continue
        if len(run) >= 2:
            placed |= pair_in_order(run, [p for p in bodies if not p.titled], parts, scorer)
        run = []
        if isinstance(u, Part):
            bodies.append(u)
    return placed


# What pairing a headline with a body in the block's order is worth beside what the two share
# (match.Scorer.score): order first, words to choose among orders.
IN_ORDER = 5.0


def pair_in_order(heads: list[Orphan], bodies: list[Part], parts: list[Part], scorer: "match.Scorer") -> set[int]:
    """The order-keeping pairing of headlines to bodies that pairs most, by what they share.
    A headline pairs only with a body it fits nearly as well as its best body on the page
    (`UNTITLED_FIT`, as in `claim`): one whose words fill a titled body is that body's to cut."""
    if not bodies:
        return set()
    fit = []
    for h in heads:
        keys = set(match.bigrams(h.text))
        top = max(scorer.score("", p.text, keys) for p in parts)
        row = [scorer.score("", b.text, keys) for b in bodies]
        fit.append([x if x >= UNTITLED_FIT * top else 0.0 for x in row])
    m, n = len(heads), len(bodies)
    best = [[0.0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            take = fit[i][j] + IN_ORDER + best[i + 1][j + 1] if fit[i][j] > 0 else -1.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    placed: set[int] = set()
    i = j = 0
    while i < m and j < n:
        if fit[i][j] > 0 and best[i][j] == fit[i][j] + IN_ORDER + best[i + 1][j + 1]:
            take_orphan(bodies[j], heads[i], MATCHED)
            placed.add(id(heads[i]))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return placed


def opens_article(text: str) -> bool:
    """A line that opens an article: a dateline, a jump from another page, a byline."""
    return bool(DATELINE.match(text) or JUMP_IN.match(text) or (is_credit(text) and ROLE_WORD.search(text)))


def claim(units: list, parts: list[Part], orphans: list[Orphan], scorer: "match.Scorer") -> set[int]:
    """Headlines left standing apart claim the body that says what they say,
    best fits first.  An untitled body takes its headline; a body that has one
    already is cut in two when the two headlines' words part inside it (two
    bodies set back to back); failing that, the best untitled body takes it.
    Returns the ids of the orphans placed."""
    placed: set[int] = set()
    scored = []
    for o in orphans:
        scores = [(scorer.score(o.text, p.text), k) for k, p in enumerate(parts)]
        scored.append((max(scores)[0] if scores else 0.0, o))
    for best_score, o in sorted(scored, key=lambda t: -t[0]):
        if best_score <= 0:
            continue
        fit = {id(p): scorer.score(o.text, p.text) for p in parts}     # the bodies as they stand now
        ranked = sorted(parts, key=lambda p: -fit[id(p)])
        best = ranked[0]
        if best.titled:
            # An untitled body nearly as fit as the best is safer than cutting a titled body in two.
            near = [p for p in ranked if not p.titled and fit[id(p)] >= UNTITLED_FIT * best_score]
            if near:
                best = near[0]
        if not best.titled:
            take_orphan(best, o, MATCHED)
            placed.add(id(o))
            continue
        if split_for(units, parts, best, o, scorer):
            placed.add(id(o))
            continue
        free = [p for p in ranked if not p.titled and fit[id(p)] > 0]     # split_for cut nothing
        if free:
            take_orphan(free[0], o, MATCHED)
            placed.add(id(o))
    return placed


# An untitled body that fits a headline at least this share as well as the best (titled) body
# takes it, rather than that body being cut in two (OCR, composed pages of seeds 2-3: dev
# 0.915 -> 0.924, holdout 0.888 -> 0.890; 0.5 and 0.0 measured worse).
UNTITLED_FIT = 0.3

# The note of a body whose headline was found by what the two say (checked again by split_for).
MATCHED = "标题与正文分开排印，按内容匹配"


def take_orphan(p: Part, o: Orphan, note: str) -> None:
    attach(p, o)
    p.notes.append(note)


def split_for(units: list, parts: list[Part], p: Part, o: Orphan, scorer: "match.Scorer") -> bool:
    """Cut p's body where its own headline's words give way to o's; the piece
    that says what o says takes o.  Where p's headline stands before or after
    its body, p keeps the piece beside it."""
    if len(p.body) < 4:
        return False
    own_first = (p.heads.get("T") or p.heads["K"])[0].no < p.body[0].no
    options = [True] if own_first else [False]       # True: p keeps the first piece
    if p.notes and p.notes[0].startswith(MATCHED):
        options = [True, False]                       # its headline was placed by content: either way
    best = None
    for keep_first in options:
        k, gain = best_cut(scorer, p, o, o_after=keep_first)
        if k is not None and (best is None or gain > best[1]):
            best = (k, gain, keep_first)
    if best is None:
        return False
    k, _, keep_first = best
    new = Part(body=p.body[k:] if keep_first else p.body[:k])
    p.body = p.body[:k] if keep_first else p.body[k:]
    new.subheads = {n for n in p.subheads if any(l.no == n for l in new.body)}
    take_orphan(new, o, MATCHED + "；正文与紧邻的另一篇正文分开")
    parts.insert(parts.index(p) + (1 if keep_first else 0), new)
    units.insert(units.index(p) + (1 if keep_first else 0), new)
    return True


# How clearly the two headlines' words must part for a body to be cut in two: a
# wrong cut costs a whole article, a missed one its headline only (measured on
# composed OCR pages of seeds 1-5: at 1.0 the cuts lost more articles than they
# placed headlines; at 8.0 segmentation 0.891 -> 0.904 and titles 0.933 -> 0.930).
SPLIT_GAIN = 8.0

# A cut is made only where the eight lines above it and the eight below share at most this
# much (cohesion_across): at the 345 calls on composed OCR pages (seeds 1-21, both halves) the
# two sides of a right cut share next to nothing (most 0.0), while most cuts made inside one
# text share more.  Measured on those pages, five sets a half: 0.05 best (0.03 and 0.08 below).
APART = 0.05
COHESION_LINES = 8


def opens_paragraph(prev: Line, line: Line) -> bool:
    """A line that visibly opens a paragraph: after a blank line, indented, or a
    dateline. (A wrapped line that ends at a full stop says nothing by itself.)"""
    return line.no > prev.no + 1 or line.text[:1] in " \u3000\t" or bool(DATELINE.match(line.text))


def ends_source_note(lines: list[Line], i: int) -> bool:
    """（摘编自…《某某报》，原题为 / 《…》）: the bracket that closes a note of where a text
    came from ends its paragraph, though no sentence ends there."""
    if not lines[i].text.rstrip().endswith(("）", ")")):
        return False
    for j in range(i, max(-1, i - 3), -1):
        if SOURCE_NOTE.match(lines[j].text):
            return True
        if j and opens_paragraph(lines[j - 1], lines[j]):
            return False
    return False


def best_cut(scorer: "match.Scorer", p: Part, o: Orphan, o_after: bool) -> tuple[int | None, float]:
    """Where to cut p's body so that its own headline keeps one side and o takes
    the other: the paragraph start that best divides the two headlines' words,
    if it divides them clearly (SPLIT_GAIN) and what stands either side of it says
    different things (APART)."""
    own = "".join(l.text for r in "KTS" for l in p.heads.get(r, []))
    mine, theirs = set(match.bigrams(o.text)), set(match.bigrams(own))
    only_o, only_p = (mine - theirs) or mine, (theirs - mine) or theirs
    lines = p.body
    of_o = [scorer.score("", l.text, only_o) for l in lines]
    aff = [scorer.score("", l.text, only_p) - w for l, w in zip(lines, of_o)]
    passing: list[tuple[float, int]] = []      # (gain, cut) over SPLIT_GAIN
    breaks = 0                                  # paragraph starts a cut may fall on
    total, total_o = sum(aff), sum(of_o)
    prefix = prefix_o = 0.0
    for k in range(1, len(lines)):
        prefix += aff[k - 1]
        prefix_o += of_o[k - 1]
        if not may_end_paragraph(lines[k - 1].text) and not ends_source_note(lines, k - 1):
            continue                 # (a blank line alone may be a column break mid-sentence)
        if not opens_paragraph(lines[k - 1], lines[k]) or SOURCE_NOTE.match(lines[k].text):
            continue                 # (a text never opens on the note of where the one above came from)
        if k < 2 or len(lines) - k < 2:
            continue
        breaks += 1
        # o's words must stand thicker in the piece o takes than in the piece left: a cut
        # made only because the own headline's words thin out gives o a body it never names.
        mine_o, rest_o = (total_o - prefix_o, prefix_o) if o_after else (prefix_o, total_o - prefix_o)
        n_mine = len(lines) - k if o_after else k
        if mine_o * (len(lines) - n_mine) <= rest_o * n_mine:
            continue
        # own headline's words before the cut and o's after (or the reverse when o stands first)
        gain = prefix - (total - prefix) if o_after else (total - prefix) - prefix
        if gain > SPLIT_GAIN:
            passing.append((gain, k))
    # Two texts set one under the other share few words across the cut; one text's paragraphs
    # share many.  The best cut whose two sides say different things is made, or none; where
    # the body has one paragraph start only, two neighbours about one subject (two district
    # councils' meetings) part there or nowhere, and it is taken.
    for gain, k in sorted(passing, key=lambda x: (-x[0], x[1])):
        if breaks == 1 or cohesion_across(scorer, lines, k) <= APART:
            return k, gain
    return None, 0.0


def cohesion_across(scorer: "match.Scorer", lines: list[Line], k: int) -> float:
    """How much the lines just above a cut and those just below it say the same (cosine of
    their bigram weights, match.Scorer.similarity)."""
    return scorer.similarity("".join(l.text for l in lines[max(0, k - COHESION_LINES):k]),
                             "".join(l.text for l in lines[k:k + COHESION_LINES]))


def furniture_residue(lines: list[Line]) -> list[Draft]:
    """Runs of furniture lines (navigation, page headers, share bars, footers) as residue."""
    out: list[Draft] = []
    run: list[Line] = []
    for line in lines + [None]:
        if line is not None and (not run or line.no <= run[-1].no + 2):
            run.append(line)
            continue
        if run:
            out.append(Draft(kind="residue", first=run[0].no, last=run[-1].no,
                             paragraphs=[norm_space(l.text) for l in run],
                             notes=["版面或网站的固定内容（导航、页眉、页脚）"],
                             line_nos=[l.no for l in run]))
        run = [line] if line is not None else []
    return out


# A site's note after a headline that photos go with it ([图], (组图)), or its print button ([打印本页]).
PICTURE_MARK = re.compile(r"\s*[\[［(（【](?:组?图|多图|视频|图文|打印本页|打印|收藏)[\]］)）】]\s*$|"
                          r"(?<=[^\s_|\-])\s*[_|]\s*$")    # (…or the bar a site's name stood after: 某某_)

# A section's name in brackets before a headline on the headline's line (【新闻特写】 …).
SECTION_TAG = re.compile(r"^【([^【】，。：:]{2,8})】\s*(?=\S)")

# A site's category before a headline ([衡山县] …, [发展] …), as its lists print it.
CATEGORY_TAG = re.compile(r"^\[\s*[\u4e00-\u9fff]{2,6}\s*\]\s*(?=\S)")

# A listing's number before a headline (1. , 12．, 3、).
LIST_NUMBER = re.compile(rf"^\d{{1,3}}{LIST_MARK}\s*")


# A forum's or site's button printed after a thread's title ([打印本页], [复制链接]).
TOOL_TAIL = re.compile(r"\s*[\[【](?:打印本页|打印|复制链接|收藏本页|关闭窗口)[\]】]\s*$")


def strip_label(text: str) -> tuple[str, bool]:
    """A head line without its Markdown heading mark, database field label, item marker or a
    button after it."""
    t = HEADING.sub("", text.strip())
    m = _words()["field"].match(t)
    cut = False
    if m:
        t, cut = t[m.end():].strip(), True
    tool = TOOL_TAIL.search(t)
    if tool and tool.start() > 0:
        t, cut = t[:tool.start()], True
    if t[:1] and t[0] in _words()["markers"]:
        t, cut = t[1:].strip(), True
    if LIST_NUMBER.match(t):
        t, cut = LIST_NUMBER.sub("", t, count=1), True      # 2. 扩大能源…: a listing's number
    return t, cut


# A forum's note of who edited a post last, run into the post's text with the markup's breaks
# (本帖最后由 某某 于 2015-4-13 00:37 编辑 <br /><br />12月2日,…).
FORUM_EDIT_NOTE = re.compile(r"本帖最后由\s*\S.{0,30}?编辑\s*(?:<br\s*/?>\s*)*")


def unlabelled_opening(body: list[Line]) -> list[Line]:
    """The body without the field label its first line opens on (【正文】新华社福州…电 …, 正文：…): a
    database's label, as a headline's is cut from the headline.  (The line's number keeps it.)"""
    t = body[0].text.strip() if body else ""
    if t.startswith("<正>") and t[3:].strip():
        return [Line(body[0].no, t[3:].strip()), *body[1:]]     # (a journal database's mark of the text: <正>…)
    m = FORUM_EDIT_NOTE.match(t)
    if m and t[m.end():].strip():
        return [Line(body[0].no, t[m.end():].strip()), *body[1:]]   # (a forum's note of the post's last edit, run into it)
    # (in brackets, or 正文: itself, or an encyclopedia's 释义 | in its table's cell — 内容：扣热点 接地气
    # may be a section's own words)
    m = _words()["field"].match(t) if t[:1] in "【[" or re.match(r"正\s*文\s*[:：]|释\s*义\s*[|｜]", t) else None
    if m is None or (m.lastgroup or "").rstrip("_") != "body" or not t[m.end():].strip():
        return body
    return [Line(body[0].no, t[m.end():].strip()), *body[1:]]


def join_head(lines: list[Line]) -> tuple[str, list[str]]:
    """(text of head lines joined, the lines printed with a label that was cut)."""
    parts: list[str] = []
    printed: list[str] = []
    for l in lines:
        t, cut = strip_label(l.text)
        if not parts and CATEGORY_TAG.match(t):
            t, cut = CATEGORY_TAG.sub("", t, count=1), True     # [衡山县] 衡山县人大…: the site's category
        if cut:
            printed.append(norm_space(l.text))
        t = t.replace(" ", "") if SPACED.match(t) else norm_space(t)
        if parts and parts[-1] and t and not (parts[-1][-1].isascii() and t[0].isascii()):
            parts.append(t)
        elif parts and t:
            parts.append(" " + t)
        else:
            parts.append(t)
    title = "".join(parts).strip()
    bare = PICTURE_MARK.sub("", title)               # …胜利召开[图]: the site's note that photos go with it
    tail = site_tail(bare)
    if tail is not None:
        bare = bare[:tail].rstrip()                  # …暖民心-亚博188网站: the site's name the page title carries
    if bare != title:
        title = bare
        printed.append(norm_space(" ".join(l.text for l in lines)))
    return title, printed


# Where a site's name may follow a headline: a dash or a bar after its last word, not a
# range of numbers (2019-2020).
SITE_BAR = re.compile(r"(?<=[\u4e00-\u9fff”’」》）)])\s*[-_|｜]\s*(?!\d)")


def site_tail(title: str) -> int | None:
    """Where a site's or brand's name after the headline starts: the first bar whose rest
    ends in a site's word (lines.yml site_title_ends) and is no longer than a name."""
    ends = _words()["site_title_ends"]
    for m in SITE_BAR.finditer(title):
        rest = title[m.end():].strip()
        if 2 <= len(rest) <= 40 and rest.endswith(ends) and m.start() >= 6:
            return m.start()
    return None


def paragraphs(lines: list[Line], width: int, subheads: set[int] = frozenset()) -> tuple[list[str], list[list[int]]]:
    """Reflow body lines: in a wrapped column a paragraph ends at a short line that
    ends a sentence, at an indent, or at a blank line after a sentence's end;
    unwrapped lines are paragraphs of their own unless one stops mid-sentence."""
    paras: list[list[Line]] = []
    prev: Line | None = None
    for line in lines:
        t = line.text
        new = prev is None or line.no in subheads or prev.no in subheads
        if not new:
            gap = line.no > prev.no + 1
            p = prev.text.strip()
            if t[:1] in (" ", "\u3000", "\t") and prev.text[:1] not in (" ", "\u3000", "\t"):
                new = True
            elif width and han_len(p) <= width * 1.6:
                short = han_len(p) < width - 1.5
                new = (ends_sentence(p) and (short or gap)) or (gap and may_end_paragraph(p) and short)
            else:
                # (a caption's line ends on its photographer: …喜采优质香菇。康某某摄)
                new = may_end_paragraph(p) or han_len(p) < 30 or not re.match(r"[\u4e00-\u9fff“]", t.strip()[:1]) \
                    or PHOTO_CREDIT.search(p) is not None
        if new:
            paras.append([line])
        else:
            paras[-1].append(line)
        prev = line
    text = [ocr_joined(join_lines([l.text for l in p])) if width else join_lines([l.text for l in p])
            for p in paras]
    return text, [[l.no for l in p] for p in paras]


# A dispatch that names its headline after its dateline (新华社某地某日电 题：…): Xinhua's
# features and commentaries, reprinted without the headline set above them.
DATELINE_TITLE = re.compile(r"^\s*(?:据)?(?:新华社|本报)[^。，：:]{0,16}[电讯]\s*[（(]?\s*题\s*[:：]\s*([^\s。]{2,40}?)\s*[）)]?\s*$")

# A kicker that says it is one: it leads into the headline (…—— / …：), or it is a
# section's name in brackets (【吉首万象】), never words of the headline.
KICKER_MARK = re.compile(r"(——|--|：|:)\s*$|^\s*【[^【】]{2,8}】\s*$")


LEAD_STOP = re.compile(r"[，。！？；：,;:!?、]")
LEAD_SENTENCE = re.compile(r"[。！？；：;:!?]")
BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
LEAD_BODY = re.compile(r"\s*(?:本报讯|本报[^\s，。]{0,8}?(?:讯|电)|(?:据)?新华社|本网讯|\d{1,2}月\d{1,2}日|近日|日前|[（(])")


# A 简讯 item's lead title set as its first sentence, before the report's own opening
# (…被命名为省级文化强镇。日前，…): short, no clause mark in it.
SENTENCE_LEAD = re.compile(r"([^，。！？；：,;:!?\s]{6,30})。")


# A report's opening after its headline on the same line (…动员会 9月21日上午,我县召开…; …年入3万元 某某报讯 (…)).
RUN_ON_OPENING = re.compile(r"[ \u3000]+(?=\d{1,2}月\d{1,2}日|本报讯|[\u4e00-\u9fff]{2,8}(?:报|网)讯|近日|日前|昨天|昨日|今天|今日)")
# …but a dispatch's source before it is no headline (据某某政府网消息 2月21日,…; 湖北日报消息 …).
SOURCE_DATELINE = re.compile(r"^(?:据\S{2,16}(?:消息|报道)|\S{2,12}(?:报|网|台|社)消息)$")


# A site's or paper's tag in brackets opening its dispatch (【某某网】, 【某某日报】), and what follows one.
SOURCE_TAG = re.compile(r"[\u4e00-\u9fff]{1,8}(?:网|报|讯|台|社)")
DISPATCH_AFTER_TAG = re.compile(r"\s*(?:[（(]\s*(?:记\s*者|通\s*讯\s*员|本报)|\d{1,2}月\d{1,2}日|昨|今天|今日|近日|日前)")


def run_on_title(raw: str) -> str:
    """The headline a copied page runs into its report's first line, a space between
    (我县召开2011年三秋…工作动员会 9月21日上午,我县召开…): words with no clause mark
    before a report's opening."""
    m = RUN_ON_OPENING.search(raw[:60])
    if m is None:
        return ""
    left = raw[:m.start()].strip()
    ok = 6 <= han_len(left) <= 40 and " " not in left and not LEAD_STOP.search(BRACKETED.sub("", left)) \
        and not LEAD_BODY.match(left) and not left.endswith(("讯", "电")) and not SOURCE_DATELINE.match(left) \
        and not site_name(left)   # (某某通讯社某地讯 11月13日,…: a dateline; 新华网蕉城在线 本报讯…: the site's name)
    return left if ok else ""


def lead_title(body: list[Line], width: int = 0) -> str:
    """The lead title a 简讯 item prints after its marker, before its text
    (■县召开春耕生产会议 本报讯 近日…): the words up to the last space before
    the first clause mark or dateline, when they read as a headline.  In a
    wrapped column a line's end is a wrap, not a space (…夯实基础 本 / 报讯 …);
    a clause mark inside brackets, (70年，共同走过), is the title's own."""
    marks = _words()["markers"]
    raw = body[0].text.strip() if body else ""
    if raw.startswith("【"):
        name = entry_name(raw)
        if not SOURCE_TAG.fullmatch(name):
            return name
        # (【某某网】 (记者 某某) 昨日下午,…: a site's tag over its dispatch, no entry's name;
        # 【某某电视台】某县召开…推进会 9月11日上午,…: the headline runs on after the tag)
        rest = raw[raw.find("】") + 1:]
        return "" if DISPATCH_AFTER_TAG.match(rest) else run_on_title(rest.strip()) or name
    for l in body[1:3]:
        # (a line that opens with a space, a wrapped column's or not, starts after one)
        raw += (" " if not width or l.text[:1].isspace() else "") + l.text.strip()
    if not raw:
        return ""
    if raw[0] not in marks:
        return run_on_title(raw) if not width else ""
    raw = raw[1:].lstrip()
    first = norm_space(body[0].text.strip()[1:])
    full = max((len(l.text.strip()) for l in body[1:4]), default=0)
    second = body[1].text.strip() if len(body) > 1 else ""
    # A marker line that ends short of the column, on no sentence's end, is the title itself
    # (●油菜花开，牵动如海乡情), commas and all.
    # So is one set wider than the column under it (a headline set across the column).
    size = len(body[0].text.strip())
    ends_early = size < full - 1 or (full >= 8 and size > full + 2)
    stop = LEAD_SENTENCE if ends_early and first[-1:] not in "，、；：,;:" else LEAD_STOP
    # (a headline may end on its own ! or ?, before its column's name: 多余的证明，取消了！（便民进行时）)
    core = BRACKETED.sub("", first).rstrip("！？!? ") if ends_early else first
    if second and 2 <= han_len(first) <= 40 and not stop.search(core) and \
            first.count("（") + first.count("(") == first.count("）") + first.count(")") and \
            (ends_early or LEAD_BODY.match(second) or second.startswith("记者")) and \
            not crosses_word(first, second) and \
            not LEAD_BODY.match(first) and not re.search(r"\s(?:本报|据|新华社|近日|日前)", first):
        return first                 # ● 全国一次死亡…同比降三成 / 记者从…: a short marker line is the title
    m = SENTENCE_LEAD.match(raw)
    if m and LEAD_BODY.match(raw[m.end():]) and not LEAD_BODY.match(m.group(1)):
        return m.group(1)            # ●某乡被命名为省级文化强镇。日前，…: a headline set as the item's first sentence
    best = ""
    for m in re.finditer(r"[ \u3000]+", raw[:60]):
        left, right = raw[:m.start()], raw[m.end():]
        plain = BRACKETED.sub("", left)
        if LEAD_BODY.match(left.split(" ")[-1]) or LEAD_SENTENCE.search(plain):
            break
        opens = LEAD_BODY.match(right) or right.startswith("“")
        if LEAD_STOP.search(plain):
            # One comma in a title (转变好作风，齐心协力谋发展) when a body plainly opens after it.
            if opens and len(LEAD_STOP.findall(plain)) == 1 and not LEAD_STOP.search(plain[-1:]):
                best = left
            break
        best = left
        if opens and not right.startswith("“"):
            break
    best = norm_space(best)
    return best if 2 <= han_len(best) <= 40 else ""


def slogan_under(k_lines: list[Line], t_lines: list[Line], body: list[Line]) -> bool:
    """A site's slogan or channel name set apart under the headline (田间地头采风 共话乡村振兴 /
    / 纵览三晋风采 / / 2023-03-31): the tagger reads the headline as its kicker.  Told by the
    words: the body shares none of the slogan's and some of the headline's."""
    if KICKER_MARK.search(k_lines[-1].text):
        return False
    text = "".join(l.text for l in body)
    head = match.bigrams("".join(l.text for l in t_lines))
    over = match.bigrams("".join(l.text for l in k_lines))
    return bool(head) and not any(g in text for g in head) and sum(1 for g in over if g in text) >= 2


# A credit line a photo agency or a byline prints beside a headline set after its text.
AGENCY_CREDIT = re.compile(r"^\s*(?:人民视觉|影像中国|新华社发|视觉中国|东方IC)\s*$")


def trailing_head(body: list[Line], width: int) -> tuple[list[Line], list[Line], list[Line]]:
    """In a wrapped column, an article read with no headline whose last lines, after its
    text's last sentence, are short and end no sentence (…暂住。 / 人民视觉 / 风雨同舟;
    …大有可为。 / 孙 某图 … / 图 片 报 道; …信心满满。 / 某县： / “清风驿站” / 开进村头 /
    吕某 顾某): the headline a paper sets after its article, a credit line beside it or
    not.  Returns (headline lines, credit lines, the rest)."""
    k = len(body)
    credit: list[Line] = []
    if k and (is_byline(body[k - 1].text) or AGENCY_CREDIT.match(body[k - 1].text)):
        k -= 1                               # (one credit line under the headline: 吕某 顾某)
        credit.append(body[k])
    head: list[Line] = []
    tagged = False
    while k and len(head) < 3:
        t = body[k - 1].text.strip()
        # (the headline's last line may close on its column's name: 某某新增长点 / （大家手笔）)
        named = COLUMN_TAG.search(t) if not head else None
        column = named is not None and not SIGNED_END.search(t) and names_a_column(named.group(0))
        if not t or han_len(t) > width or (re.search(r"[。！？!?；;，,、…][”’」』）)]*$|[）)]$", t) or t[:1] in "（(—-") \
                and not column or is_byline(t) or PHOTO_CREDIT.search(t) or AGENCY_CREDIT.match(t):
            break
        tagged = tagged or column
        k -= 1
        head.insert(0, body[k])
    above = body[k - 1].text.strip() if k else ""
    if k and AGENCY_CREDIT.match(above):
        credit.insert(0, body[k - 1])
        k -= 1
        above = body[k - 1].text.strip() if k else ""
    elif k and (is_byline(above) or LONE_PHOTO.match(above) or PHOTO_CREDIT.search(above)) and k >= 2:
        credit.insert(0, body[k - 1])      # (孙 某图 杨某新文 over 图 片 报 道)
        k -= 1
        above = body[k - 1].text.strip()
    # (…a column's headline may stand under its writer's note: …教授） / 某某内需潜力 / …)
    if not head or k < 2 or not (re.search(r"[。！？!?”」…]$", above) or tagged and above.endswith(("）", ")"))) \
            or tagged and len(head) == 1 and COLUMN_TAG.match(head[0].text.strip()):
        return [], [], body
    return head, credit, body[:k]


def draft_of(p: Part, width: int, unmarked: bool = False, heads_after: bool = False) -> Draft:
    """A Draft from an assembled part.  On a page that does not mark type sizes (an
    OCR column), a kicker or subtitle line is told from the title only by its
    mark (a kicker ends in —— or ：, a subtitle opens with ——); unmarked, it is
    read as part of the headline."""
    k_lines, t_lines, s_lines = p.heads.get("K", []), p.heads.get("T", []), p.heads.get("S", [])
    if not t_lines and k_lines:
        t_lines, k_lines = k_lines, []          # a kicker with no title under it is the headline
    if unmarked and t_lines:
        # (a line a blank line over the headline stands apart: the site's slogan over its
        # headline, 看家乡事,品故乡情 / / 美丽乡村上了央视)
        apart = k_lines and t_lines[0].no - k_lines[-1].no > 1
        if k_lines and not KICKER_MARK.search(k_lines[-1].text) and not apart:
            t_lines, k_lines = k_lines + t_lines, []
        if s_lines and not SUBTITLE_DASH.match(s_lines[0].text):
            t_lines, s_lines = t_lines + s_lines, []
    if k_lines and t_lines and t_lines[0].no - k_lines[-1].no > 1 and p.body and \
            slogan_under(k_lines, t_lines, p.body):
        t_lines, k_lines = k_lines, t_lines
    body, tail_credit = p.body, []
    if len(t_lines) > 1 and AGENCY_CREDIT.match(t_lines[0].text) and not k_lines:
        tail_credit, t_lines = t_lines[:1], t_lines[1:]      # 人民视觉 / 风雨同舟: the photo's agency, then the headline
    if heads_after and not (t_lines or k_lines or s_lines) and not p.caption:
        head, tail_credit, body = trailing_head(p.body, width)
        if head:
            t_lines = head
            if unmarked and len(head) > 1 and KICKER_MARK.search(head[0].text):
                k_lines, t_lines = head[:1], head[1:]
    title, printed = join_head(t_lines)
    if not title and p.body:
        title = lead_title(p.body, width)
    kicker, k_printed = join_head(k_lines)
    named = DATELINE_TITLE.match(p.body[0].text) if p.body and not s_lines else None
    named_title = p.body[0].text[named.start(1):named.end(1)] if named else ""
    if han_len(named_title) >= 4 and named_title != title:
        # 新华社贵阳2月12日电 题：山乡巨变——来自贵州扶贫一线的报告: the dispatch names its
        # headline; a line over it (主打稿) is a label, the kicker
        if title and not kicker:
            kicker, k_printed = title, printed
        title, printed = named_title, []
    kicker = re.sub(r"^【([^【】]+)】$", r"\1", kicker)       # a section's name in brackets: the name
    section = SECTION_TAG.match(title) if t_lines else None
    if section and not kicker:
        # 【新闻特写】 让我们的家乡更美好: the section's name in brackets before the headline is its kicker
        kicker, title = section.group(1).strip(), title[section.end():]
        printed = printed or [norm_space(t_lines[0].text)]
    subtitle, s_printed = join_head(s_lines)
    # (a commentary's note on its author, （作者为…）, is printed as its last paragraph: the
    # text's, though the tagger closes the text with it as with a credit)
    notes = [l for l in p.heads.get("Y", []) if body and l.no > body[-1].no and _words()["author_note"].match(l.text)]
    body = body + notes
    credit = [norm_space(l.text) for l in p.heads.get("Y", []) + tail_credit if l not in notes]
    run_on = HEAD_BYLINE.search(title) if t_lines and len(t_lines) == 1 else None
    if run_on and is_byline(run_on.group(1)):
        # 新村里的幸福生活 ——某某新村见闻 本报记者张 杰: the line holds the headline, its subtitle
        # and its byline, each cut to its place (the line is kept as printed)
        credit.insert(0, run_on.group(1).strip())
        title = title[:run_on.start()].strip()
        if not subtitle and " ——" in title:
            title, subtitle = (x.strip() for x in title.split(" ——", 1))
            subtitle = "——" + subtitle
        printed = printed or [norm_space(t_lines[0].text)]
    stamp = " ".join(norm_space(l.text) for l in p.heads.get("D", [])[:1])
    extra_dates = [norm_space(l.text) for l in p.heads.get("D", [])[1:]]
    paras, para_lines = paragraphs(unlabelled_opening(body), width, p.subheads)
    head_printed: list[str] = []
    if paras and PAPER_RECORD.match(p.body[0].text):
        paras, para_lines, head_printed = record_paragraphs(paras, para_lines, title)
    if not width:
        paras, para_lines = spaced_paragraphs(paras, para_lines)
    notice = notice_start(paras[-1]) if paras else None
    if notice:
        # A site's notice run into the text's end: a paragraph of its own, which split_tagged
        # records as the site's (nothing printed is dropped).
        paras[-1:] = [paras[-1][:notice].rstrip(), paras[-1][notice:].strip()]
        para_lines.append(list(para_lines[-1]))
    if paras:
        at = -2 if notice is not None and len(paras) > 1 else -1     # (a credit stands before the notice)
        m = TRAILING_CREDIT.search(paras[at])
        if m and m.start("credit") > 0:
            # A credit run into the body's end: a paragraph of its own (nothing printed is dropped).
            k = len(paras) + at
            paras[k:k + 1] = [paras[k][:m.start("credit")].rstrip(), m.group("credit").strip()]
            para_lines.insert(k + 1, list(para_lines[k]))
            credit.append(m.group("credit").strip())
    nos = sorted([l.no for ls in p.heads.values() for l in ls] + [l.no for l in p.body])
    kind = "news"
    if p.body and JUMP_IN.match(p.body[0].text):
        kind = "continuation"
    elif not title and paras and (LONE_PHOTO.match(last := paras[-1]) or PHOTO_CREDIT.search(last)) \
            and han_len("".join(paras)) <= 400:
        kind = "photo"
    elif any(COMMENTATOR.match(c) for c in credit) or "评论" in kicker or re.match(r"^论", subtitle):
        kind = "commentary"
    d = Draft(kind=kind, first=nos[0] if nos else 0, last=nos[-1] if nos else 0, title=title, subtitle=subtitle,
              kicker=kicker, stamp=stamp, credit=credit + extra_dates, paragraphs=paras, notes=list(p.notes),
              line_nos=nos, para_lines=para_lines)
    d.printed = printed + k_printed + s_printed + head_printed
    return d


# Where a site's notice run into a text's end begins: its label (来源:某某网声明:本文已注明转载出处,…),
# else the sentence after the text's last before it.
NOTICE_LABEL = re.compile(r"(?:来源|稿源|免责声明|版权声明|特别声明|声明)[:：]|转载请")
NOTICE_TAIL = 200           # (longer, it is no site's notice but more of the text)


def notice_start(text: str) -> int | None:
    """Where a site's notice closing a paragraph begins (…再上新台阶。(编辑某某)来源:某某网声明:本文已注明
    转载出处,如有侵权请联系我们删除!), told by its label or by two notices' words: 0 where the whole
    paragraph is one, None where it closes on none."""
    if not _words()["notice_chars"].search(text):
        return None
    hits = [m.start() for rx in _words()["notices"] for m in [rx.search(text)] if m]
    if not hits:
        return None
    first = min(hits)
    ends = [m.end() for m in re.finditer(r"[。！？!?]", text[:first])]
    start = ends[-1] if ends else 0
    label = NOTICE_LABEL.search(text, start, first + 1)
    if label:
        start = label.start()
    elif len(hits) < 2:
        return None                  # (one notice's words alone, 自觉遵守…规定, may be the text's own)
    if start and (len(text) - start > NOTICE_TAIL or han_len(text[:start]) < 20):
        return None
    return start


# Paragraphs a copied page runs into one line, three spaces or more between them.
SPACED_BREAK = re.compile(r"(?<=\S)[ \u3000\xa0]{3,}(?=\S)")


def spaced_paragraphs(paras: list[str], para_lines: list[list[int]]) -> tuple[list[str], list[list[int]]]:
    """A long paragraph that is several run together (…内在要求。   我国幅员辽阔…。   找准定位，
    更好发挥战略叠加效应   战略叠加效应如何释放？…): one a piece, where most pieces end a
    sentence (a table's or a poem's spaced columns do not)."""
    out, lines = [], []
    for text, nos in zip(paras, para_lines):
        pieces = SPACED_BREAK.split(text) if len(text) >= 80 else [text]
        if len(pieces) >= 3 and sum(1 for x in pieces if ends_sentence(x)) * 2 >= len(pieces):
            out += pieces
            lines += [nos] * len(pieces)
        else:
            out.append(text)
            lines.append(nos)
    return out, lines


MARKUP_BREAK = re.compile(r"\s*<br\s*/?>\s*")
RECORD_BREAK = re.compile(MARKUP_BREAK.pattern + r"|(?<=[。！？!?”’」』])\s+(?=\S)")


def record_paragraphs(paras: list[str], para_lines: list[list[int]], title: str) -> tuple[list[str], list[list[int]], list[str]]:
    """An old paper's record printed on one line (第1版()专栏: 标题 本报讯 …, its breaks
    sometimes left as markup: <br/>): the page and column and the headline it opens with
    are the record's head, kept as printed; the text after it is the body, a paragraph
    at each break."""
    first = paras[0]
    start = PAPER_RECORD.match(first).end()
    want = re.sub(r"\s+", "", title)
    j, k = start, 0
    while want and k < len(want) and j < len(first):
        gap = BREAKS.match(first, j)      # (spaces and <br/>, which the headline has not)
        if gap:
            j = gap.end()
        elif first[j] == want[k]:
            j, k = j + 1, k + 1
        else:
            break
    head = first[:j] if want and k == len(want) else first[:start]
    # (without markup, the space after a sentence's end: …工作纪实 本报记者… 这是…的俚语。 小小青菜…)
    rest = [x for x in RECORD_BREAK.split(first[len(head):]) if x.strip()]
    out = [x.strip() for x in rest] + paras[1:]
    lines = [para_lines[0]] * len(rest) + para_lines[1:]
    return out, lines, [MARKUP_BREAK.sub(" ", head).strip()]
