"""Segment Markdown-converted pages and plain pages with one paragraph a line.

Headings (`#`..`######`) at the page's title level start articles; lower
headings are subtitles, credits, kickers or subheads by what they say and
where they stand.  Pages without any heading take their first short line as
the title.  Photo captions become their own items and never end an article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from collections import Counter

from ..ingest import WEB_STAMP
from ..records import Draft, Page
from . import match
from .lines import DATELINE, _words, is_date_line, is_furniture
from .match import SAME_STORY
from .text import (CAPTION_SIZE, COLUMN_TAG, COMMENTATOR, LEADS_ON, closes_caption, DATELINE_CREDIT, DATELINE_END, ends_sentence, FIGURE, LONE_PHOTO, OUTLET_PHOTO, PHOTO_CREDIT, PHOTO_LEAD, SUBTITLE, despace, han_len, is_byline,
                   is_credit, may_end_paragraph, norm_space)

HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
# A dispatch's sign-off alone, closing its text: （新华社北京10月18日电） (text.DATELINE_END),
# （据新华社某地2月10日电 记者某某、某某）, （本报记者 张三）, （综合本报记者某某、某某）,
# （…报道）, （作者为…）.
SIGN_OFF = re.compile(rf"^\s*(?:{DATELINE_END.pattern}|[（(](?:(?:综合|据)?本报记者[^（）()]{{1,60}}"
                      rf"|[^（）()]{{0,16}}电\s*(?:记者|通讯员)[^（）()]{{1,40}}|[^（）()]{{0,12}}报道|作者(?:为|系|是)[^（）()]{{1,40}})[）)]\s*$)")
KICKER_END = re.compile(r"(——|--|：|:)\s*$")


@dataclass
class Item:
    nos: list[int]
    text: str
    level: int = 0        # heading level, 0 for a paragraph
    kind: str = "body"    # heading | credit | caption | photo_credit | label | body


def items_of(page: Page) -> list[Item]:
    items: list[Item] = []
    for line in page.lines:
        if not line.text.strip():
            continue
        if not items and (is_date_line(line.text) or is_furniture(line.text)):
            continue                    # a page header over the first article: residue, and the page's date
        m = HEADING.match(line.text)
        if m and not SIGN_OFF.match(m.group(2)):
            items.append(Item([line.no], norm_space(m.group(2)), len(m.group(1)), "heading"))
            continue
        if m:                           # ### （新华社北京10月18日电）: the end of the text above, set as a heading
            items.append(Item([line.no], norm_space(m.group(2)), 0, "body"))
            continue
        text = norm_space(line.text)
        if not text:
            continue
        kind = "body"
        if LONE_PHOTO.match(text):
            kind = "photo_credit"
        elif PHOTO_CREDIT.search(text) and han_len(text) > 12:
            kind = "caption"
        elif COMMENTATOR.match(text) or (is_credit(text) and not OUTLET_PHOTO.match(text)):
            kind = "credit"
        elif han_len(text) <= 24 and not re.search(r"[，。、；：,;:！？!?]", text) and not text.startswith("“"):
            kind = "label"
        items.append(Item([line.no], text, 0, kind))
    if items and not any(it.level for it in items):
        first = items[0]
        if first.kind in ("label", "body") and han_len(first.text) <= 30 and "。" not in first.text:
            first.level, first.kind = 1, "heading"
    return merge_broken(items)


def merge_broken(items: list[Item]) -> list[Item]:
    """Join a paragraph that a page break cut mid-sentence to the one that follows.  (A
    caption closed by its photographer and the photo service, …某某摄（人民视觉）, is finished.)"""
    out: list[Item] = []
    for it in items:
        prev = out[-1] if out else None
        if prev and prev.kind == "body" and it.kind in ("body", "label") and not may_end_paragraph(prev.text) \
                and not re.match(r"^[“「]", it.text) and not closes_caption(prev.text):
            prev.text += it.text
            prev.nos += it.nos
            continue
        out.append(it)
    return out


def title_level(items: list[Item]) -> int:
    # Numbered headings (一、 （二） 3.) are an article's sections, whatever their level.
    # (nor is a box that opens a body, ## 核心阅读: never a headline)
    opener = _words()["opener"]
    counted = [it for it in items if it.level and not SUBTITLE.match(it.text) and not FIGURE.match(it.text)
               and not is_credit(it.text) and not SECTION.match(it.text) and not opener.match(it.text)]
    levels = Counter(it.level for it in counted)
    if not levels:
        return 0
    repeated = [lv for lv, n in levels.items() if n >= 2]
    top = min(repeated) if repeated else min(levels)
    # Repeated headings none of which reads as a headline, under a bigger one, are that
    # article's sections (## 喜气洋洋闹元宵 / ### 相声小品接地气 / ### 舞蹈歌曲展风采).
    above = [lv for lv in levels if lv < top]
    if above and not any(headline_like(it.text) for it in counted if it.level == top):
        return max(above)
    return top


SECTION = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|第[一二三四五六七八九十]+[，、章节])")


def headline_like(text: str) -> bool:
    """A heading that reads as an article's headline, not a section's: long
    enough, not numbered (一、 （二） 3.), not a sentence."""
    return han_len(text) >= 8 and not SECTION.match(text) and not re.search(r"[。！？；]$", text.strip())


def column_headline(text: str) -> bool:
    """A headline closed by its column's name in brackets, after words of its own
    (…越过越足（县城时评）); not a box's name (（记者手记）) nor a note alone (（某某采访整理））."""
    tag = COLUMN_TAG.search(text.strip())
    return bool(tag) and tag.start() >= 4 and han_len(text) <= 40 and not _words()["sidebar"].match(tag.group(0)[1:-1]) \
        and not SUBTITLE.match(text) and not re.search(r"[。！？]", text[:tag.start()])


def signs_off(text: str) -> bool:
    """A line that closes an article: its sign-off, its graphics' credit, its author's note."""
    words = _words()
    return bool(SIGN_OFF.match(text) or words["graphics"].match(text) or words["author_note"].match(text))


def signed_sections(items: list[Item], top: int, opens_below) -> list[int]:
    """A lead article set a level above the page's headlines may carry its own
    subheads at the headline level (## 力挺… / ### 支持“一国两制” / ### 谴责暴力行径);
    when its text closes with a sign-off ((新华社北京10月18日电)) and no heading
    before it opens an article (a byline, a dateline, a subtitle under it), the
    headings between are its sections.  A text signed at its head (本报北京10月4日电
    （记者某某）) is not signed again at its foot: a sign-off further down closes another."""
    out: list[int] = []
    for n, it in enumerate(items):
        if it.kind != "heading" or not it.level or it.level >= top or SUBTITLE.match(it.text):
            continue
        inner: list[int] = []
        opened = False
        for k in range(n + 1, len(items)):
            x = items[k]
            if x.kind == "body" and not opened:
                opened = True
                if DATELINE_CREDIT.match(x.text):
                    break
            if x.kind == "heading":
                if x.level <= it.level or opens_below(k) or COLUMN_TAG.search(x.text) or han_len(x.text) > 24:
                    break                       # a headline (long, or closed by its column's name) ends the run
                if not SUBTITLE.match(x.text):
                    inner.append(k)
            elif SIGN_OFF.match(x.text):
                out += inner
                break
    return out


def lead_sections(items: list[Item], top: int, opens_below) -> list[int]:
    """A lead article set a level above the page's headlines (# 多彩年画 扮靓春节) may carry
    subheads at the headline level (## 线上线下紧跟潮流): such a heading straight under the
    lead's body, over text that opens no article (no dateline, byline or subtitle) and is
    about the same things as the lead (match.SAME_STORY), is the lead's section.  A page may
    set more than one article so, anywhere on it (## 某某县政协… / # 助力某某乳业走出去 / ## 1年为奶农增收上亿元)."""
    heads = [n for n, it in enumerate(items) if it.kind == "heading"]
    leads = [n for n in heads if items[n].level < top and not SUBTITLE.match(items[n].text)]
    if not leads:
        return []
    blocks = {}                      # heading index -> the body text under it, to the next heading
    for k, n in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(items)
        blocks[n] = "".join(it.text for it in items[n + 1:end] if it.kind == "body")
    scorer = match.Scorer(list(blocks.values()))
    opener = _words()["opener"]
    out: list[int] = []
    for lead in leads:
        taken = [lead]               # the headings whose text is the lead's so far
        for n in heads[heads.index(lead) + 1:]:
            it = items[n]
            if opener.match(it.text) and n == lead + 1:
                taken.append(n)      # (## 核心阅读 under the headline: a box that opens the body)
                continue
            if it.level != top or items[n - 1].kind != "body" or kicker_line(items[n - 1]) or opens_below(n) or column_headline(it.text) \
                    or SUBTITLE.match(it.text) or signs_off(items[n - 1].text) or not blocks[n]:
                break                # (the lead's sections run on from its body, one after another)
            if scorer.similarity("".join(blocks[m] for m in taken), blocks[n]) < SAME_STORY:
                break
            out.append(n)
            taken.append(n)
    return out


def kicker_line(it: Item) -> bool:
    """A plain line that reads as a kicker (引题) when a headline stands under it: one
    that ends as a kicker does (卓长立代表——), a short label, or a short phrase that closes
    no sentence (保证吃得放心、吃得舒心)."""
    if it.kind not in ("label", "body"):
        return False
    text = it.text.strip()
    if re.match(r"[（(【\[]", text) or signs_off(text):
        return False                  # (本报记者 张某整理): the close of the text above
    if LEADS_ON.search(text):
        return han_len(text) <= 40
    return it.kind == "label" or (han_len(text) <= 24 and not may_end_paragraph(text) and not text.startswith("“"))


def opens_under_head(items: list[Item]) -> bool:
    """A body under the rest of a headline's head: its subtitle and byline (#### ——… / 顾某某 / text)."""
    k = next((k for k, it in enumerate(items) if it.kind == "body"), None)
    return k is not None and all(SUBTITLE.match(it.text) or it.kind == "credit" for it in items[:k])


def split_markdown(page: Page) -> list[Draft]:
    items = items_of(page)
    top = title_level(items)
    drafts: list[Draft] = []
    cur: Draft | None = None
    kicker: Item | None = None

    def opens_below(n: int) -> bool:
        """A deeper heading still opens an article when what follows it is an
        article's opening: a subtitle (——), a byline, or a dateline."""
        second = False
        # (plain head lines under it, then names: 云南昆明 / 五彩缤纷年宵花 / 本报记者 某某)
        k = n + 1
        while k < n + 3 and k + 1 < len(items) and not items[k].level and (
                items[k].kind == "label" or items[k].kind == "credit" and not is_byline(items[k].text)):
            k += 1
        # (only straight under a text: under a column's name and its editor, # 新春走基层 / 某某 /
        # ## 某某守松人某某 / 守护古树 喜迎新春 / 本报记者 某某, they are the column's items)
        if k > n + 1 and items[k].kind == "credit" and is_byline(items[k].text) \
                and k + 1 < len(items) and items[k + 1].kind == "body" and n > 0 and items[n - 1].kind == "body":
            return True
        for nxt in items[n + 1:n + 3]:
            if nxt.kind in ("heading", "label", "body") and SUBTITLE.match(nxt.text):
                return True                     # a subtitle, set as a heading or as a line of its own, however long
            if nxt.kind == "credit" and is_byline(nxt.text) and not second:
                return True                     # names under a heading: a byline
            if nxt.kind == "heading" and KICKER_END.search(items[n].text):
                continue                        # 引题—— over its title: what opens under the title
            if nxt.kind == "heading" and two_lines(n):
                # Its second line: a dateline under it opens an article; names do not (a
                # feature's sections, ## 上海建桥学院 / ## 校长掌勺年夜饭 / 樊丽萍, are signed so).
                second = True
                continue
            return nxt.kind != "heading" and bool(DATELINE.match(nxt.text))   # its first paragraph's dateline
        return False

    def two_lines(n: int) -> bool:
        """A headline set as two headings of one level (## 县档案馆民生档案“就近办” / ## 市民持身份证…)."""
        nxt = items[n + 1] if n + 1 < len(items) else None
        return nxt is not None and nxt.kind == "heading" and nxt.level == items[n].level \
            and not SUBTITLE.match(nxt.text) and (n + 2 >= len(items) or items[n + 2].kind != "heading")

    # (only after a body: a deeper heading under a title is a section label or a second title line)
    sidebar, opener = _words()["sidebar"], _words()["opener"]

    def under_kicker(n: int) -> bool:
        # A section's subhead has no kicker of its own: a smaller heading over this one is one.
        return n > 0 and items[n - 1].kind == "heading" and items[n - 1].level > items[n].level

    def closed_above(n: int) -> bool:
        """Straight under a body, or under a credit set as a heading (### 本版制图：…), which closes it."""
        return items[n - 1].kind != "heading" or signs_off(items[n - 1].text)

    def after_body(n: int) -> bool:
        """Under a body: straight, or under a kicker set a level smaller (### 引题 / ## 标题)."""
        if n == 0:
            return False
        if closed_above(n):
            return True
        return under_kicker(n) and (n < 2 or items[n - 2].kind != "heading")

    deeper_titles = {n for n, it in enumerate(items) if it.kind == "heading" and it.level > top
                     and not SUBTITLE.match(it.text) and after_body(n) and (opens_below(n) or under_kicker(n))
                     and not sidebar.match(it.text)}

    def is_title(it: Item | None) -> bool:
        # a sidebar's name (## 参观贴士) heads a box inside the article, at whatever level
        # nor a credit set as a heading (### 版式设计：张丹峰): it closes the article above
        return it is not None and it.kind == "heading" and not SUBTITLE.match(it.text) and (
            it.level <= top or id(it) in deeper_ids) and not sidebar.match(it.text) and id(it) not in section_ids \
            and not signs_off(it.text) and not opener.match(it.text) and not FIGURE.match(it.text)

    # A page led by one heading at the title level (or one headline set on two such
    # headings), its other articles one level down beside the lead's sidebar boxes
    # (# 第一部… / ## 参观贴士 / ## 第一部…): a deeper heading that reads as a headline
    # heads an article of its own.
    tops = [n for n, it in enumerate(items) if it.kind == "heading" and it.level == top]
    if tops == [0] or tops == [0, 1]:
        deeper_titles |= {n for n, it in enumerate(items) if it.kind == "heading" and it.level == top + 1
                          and n > 0 and items[n - 1].kind != "heading" and headline_like(it.text)
                          and not sidebar.match(it.text)}
    # A deeper heading straight under a line that signs off the text above (本版制图：…,
    # （作者为…）, （本报记者…）) follows a finished article: it heads one of its own.  (A package
    # of stories under one headline that signs each story off so is cut into its stories: on
    # composed pages this gains five articles for each one it loses.)
    deeper_titles |= {n for n, it in enumerate(items) if it.kind == "heading" and it.level > top and n > 0
                      and after_body(n) and not SUBTITLE.match(it.text)
                      and not sidebar.match(it.text) and signs_off(items[n - 1].text)
                      and not signs_off(it.text)}
    # A deeper heading after a body, closed by a column's name (## 新年俗，过出新滋味（县城时评）),
    # heads a column's article: a section's subhead is not filed under a column.
    deeper_titles |= {n for n, it in enumerate(items) if it.kind == "heading" and it.level > top and n > 0
                      and closed_above(n) and column_headline(it.text)}
    # A deeper heading after a body that leads on with a dash into a heading under it (## 湖北
    # 补齐乡村教师短板—— / ## 山里小学来了新老师（改革在基层）) is the next article's
    # kicker, when the headline under it is closed by its column's name (a section may lead on
    # so: ## 关键词1—— / ## 平台建设).  (Not where such headings already stand in the text above:
    # a package of speakers, ## 某某教授某某—— / ## 补齐…短板, each over their words.)
    leading = [n for n, it in enumerate(items) if LEADS_ON.search(it.text)]
    dashed = [n for n in leading if items[n].kind == "heading"]

    def led_before(n: int, leads: list[int]) -> bool:
        """One of `leads` stands above n with no title-level heading between: a package's speakers."""
        return any(m < n and not any(items[j].level and items[j].level <= top for j in range(m, n)) for m in leads)

    deeper_titles |= {n for n in dashed if items[n].level > top and n > 0 and closed_above(n)
                      and n + 1 < len(items) and items[n + 1].kind == "heading" and column_headline(items[n + 1].text)
                      and not led_before(n, dashed)}
    # …and so does a deeper heading under a plain line that leads on with a dash, straight under
    # a text (某某新区某某新城—— / ## 创新带来加速度), on the same terms; not a word or two
    # that lead into a feature's section (孕育—— / ### 小村庄的文学情结).
    deeper_titles |= {n for n, it in enumerate(items) if it.kind == "heading" and it.level > top and n > 1
                      and n - 1 in leading and items[n - 1].kind in ("label", "body")
                      and 6 <= han_len(items[n - 1].text) <= 30 and items[n - 2].kind == "body" and not SUBTITLE.match(it.text)
                      and not led_before(n - 1, leading)}
    # A deeper heading that opens the page, over a body, is its first article's headline:
    # nothing above it to be a section of (## 前三季度货运量… / 本报北京…电, a # headline lower down).
    if items and items[0].kind == "heading" and items[0].level > top and not SUBTITLE.match(items[0].text) \
            and not sidebar.match(items[0].text) and not signs_off(items[0].text) \
            and (any(it.kind == "body" for it in items[1:3]) or opens_under_head(items[1:4])):
        deeper_titles.add(0)
    # A deeper title that ends as a kicker (……——) runs on into the heading under it, its title;
    # one set on two headings of its level, into its second line.
    deeper_titles |= {n + 1 for n in list(deeper_titles) if n + 1 < len(items) and (
                      KICKER_END.search(items[n].text) and items[n + 1].kind == "heading"
                      and not SUBTITLE.match(items[n + 1].text) or two_lines(n))}
    deeper_ids = {id(items[n]) for n in deeper_titles}
    section_ids = {id(items[n]) for n in signed_sections(items, top, opens_below)}
    section_ids |= {id(items[n]) for n in lead_sections(items, top, opens_below)}

    def start(it: Item | None) -> Draft:
        d = Draft(kind="news", first=0, last=0)
        drafts.append(d)
        return d

    def add(d: Draft, it: Item, para: str | None = None):
        d.line_nos += it.nos
        if para is not None:
            d.paragraphs.append(para)
            d.para_lines.append(list(it.nos))

    for n, it in enumerate(items):
        nxt = items[n + 1] if n + 1 < len(items) else None
        fresh = cur is not None and not cur.paragraphs
        if it.kind in ("heading", "label") and SUBTITLE.match(it.text) and fresh and cur.title:
            cur.subtitle = (cur.subtitle + " " + it.text).strip()
            add(cur, it)
        elif is_title(it):
            if fresh and cur.title and not cur.credit and not cur.subtitle:
                if KICKER_END.search(cur.title) or (not cur.kicker and items[n - 1].kind == "heading"
                                                    and items[n - 1].level > it.level):
                    # "……暖流——" then the real title; or a smaller heading over a bigger one: its kicker (引题)
                    cur.kicker, cur.title = cur.title, despace(it.text)
                else:                                      # a headline set on two lines
                    cur.title = f"{cur.title} {despace(it.text)}"
                add(cur, it)
                continue
            cur = start(it)
            cur.title = despace(it.text)
            if kicker is not None:
                cur.kicker = kicker.text
                add(cur, kicker)
                kicker = None
            add(cur, it)
        elif it.kind == "heading":
            if (is_credit(it.text) or COMMENTATOR.match(it.text)) and fresh and not opener.match(it.text):
                cur.credit.append(it.text)
                add(cur, it)
            elif signs_off(it.text) and cur is not None:
                add(cur, it, despace(it.text))      # ### 版式设计：张丹峰: the close of the article above
            elif is_title(nxt):
                kicker = it
            elif cur is not None:
                add(cur, it, despace(it.text))
            else:
                cur = start(it)
                add(cur, it, despace(it.text))
        elif (cur is None or cur.paragraphs) and kicker_line(it) and is_title(nxt):
            kicker = it                            # a kicker set as a plain line over its headline
        elif it.kind == "photo_credit":
            drafts.append(photo(it, cur))
        elif it.kind == "caption":
            drafts.append(Draft(kind="photo", first=0, last=0, paragraphs=[it.text], line_nos=list(it.nos)))
        elif fresh and cur.title and not cur.stamp and it.level == 0 and WEB_STAMP.match(it.text):
            cur.stamp = it.text                    # a time stamp printed under the title
            add(cur, it)
        elif it.kind == "credit" and (cur is None or fresh):
            cur = cur or start(it)
            cur.credit.append(it.text)
            add(cur, it)
        elif it.kind == "credit":
            # A lone name after the body: the author if none is printed, else a stray fragment.
            if nxt is not None and nxt.kind in ("label", "photo_credit"):
                add(cur, it, it.text)                  # part of a caption set line by line
            elif not cur.credit and not DATELINE_CREDIT.match(cur.paragraphs[0] if cur.paragraphs else "") \
                    and (nxt is None or is_title(nxt) or nxt.kind == "heading"):
                cur.credit.append(it.text)
                add(cur, it)
            elif cur.paragraphs and not is_byline(it.text) and nxt is not None and nxt.kind == "body":
                add(cur, it, it.text)                  # a subhead of two short phrases (街巷整洁 绿树成荫)
            else:
                drafts.append(Draft(kind="residue", first=0, last=0, paragraphs=[it.text],
                                    notes=["零散片段"], line_nos=list(it.nos)))
        else:
            if cur is not None and cur.paragraphs and n > 0 and items[n - 1].kind in ("body", "label") \
                    and _words()["author_note"].match(items[n - 1].text) and it.kind == "body" \
                    and not it.text.startswith("图为"):
                cur = None                         # (作者为…) closes a commentary: a text after it is another's
                #                                    (but its picture's caption, 图为…, is its own)
            cur = cur or start(it)
            add(cur, it, it.text)
    if kicker is not None:
        drafts.append(Draft(kind="residue", first=0, last=0, paragraphs=[kicker.text],
                            notes=["没有正文的标题"], line_nos=list(kicker.nos)))
    drafts = [d for d in drafts if d.line_nos]      # a draft whose lines a photo took holds nothing
    for d in drafts:
        d.line_nos.sort()
        d.first, d.last = d.line_nos[0], d.line_nos[-1]
        if any(COMMENTATOR.match(c) for c in d.credit) or "评论" in d.kicker or \
                re.match(r"^(——|--)\s*论", d.subtitle):
            d.kind = "commentary"
    return drafts


# A caption that points at its picture (图为…, 图为：…, 图①为…).
POINTS_AT_PICTURE = re.compile(r"^\s*图[①-⑩\d]?为")


def photo(credit: Item, cur: Draft | None) -> Draft:
    """A caption whose credit ("薛礼伟 摄", or a lone "摄") stands on a line of its own.

    The caption is the short label lines just before it, else the paragraph before it (and
    the news above it when that caption points at its picture, 图为…; and the whole of an
    untitled run that says no more than a caption).
    """
    d = Draft(kind="photo", first=0, last=0, line_nos=list(credit.nos))
    taken: list[str] = []
    if cur is not None and cur.paragraphs:
        def pop():
            taken.insert(0, cur.paragraphs.pop())
            for no in cur.para_lines.pop():
                cur.line_nos.remove(no)
                d.line_nos.append(no)
        while cur.paragraphs and han_len(cur.paragraphs[-1]) <= 24 and len(taken) < 4 \
                and not re.search(r"[。！？]", cur.paragraphs[-1]):
            pop()
        if not taken:
            pop()
            # The paragraph above is the photo story's too, when the two fit a caption: a dated
            # lead over a caption that opens on no date of its own (10月27日，在某县…。 / 某县积极…
            # / 某某摄), or the news a caption pointing at its picture shows (某市举办…。 / 图为… / 某某摄).
            above = cur.paragraphs[-1] if cur.paragraphs else ""
            dated_lead = PHOTO_LEAD.match(above) and not PHOTO_LEAD.match(taken[0])
            news_shown = POINTS_AT_PICTURE.match(taken[0]) and ends_sentence(above)
            if above and (dated_lead or news_shown) and han_len(above + taken[0]) <= CAPTION_SIZE:
                pop()
        # (what an untitled run holds over the credit, if no more than a caption says, is the
        # picture's story whole: 某县戈壁上… / 电站运维人员… / 范 某摄)
        if cur.paragraphs and not (cur.title or cur.kicker) \
                and han_len("".join(cur.paragraphs + taken)) <= CAPTION_SIZE:
            while cur.paragraphs:
                pop()
    d.paragraphs = taken + [credit.text]
    d.line_nos.sort()
    return d
