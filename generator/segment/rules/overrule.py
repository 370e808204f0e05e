"""The rules that overrule the tagger's model where they measure better: rules over
single lines first (a line that can only be furniture is furniture; a line that prints a
date and little else is a date line), then the passes over whole runs of lines, in an
order where each reads what the ones before it decided.  The passes live by the kind of
page or line they read, in this package's other modules."""
from __future__ import annotations

import re

from ...words import crosses_word
from ..lines import (_words, DATE_CHARS, DATELINE, FULL_DATE, furniture_cover, furniture_words, han_width,
                     HEADING, is_date_line, is_furniture, JUMP_IN, JUMP_OUT, MONTH_DAY, OUTLET_FIRST, PHRASES,
                     profile, ROLE_WORD)
from ..text import (BOX_WORD, COLUMN_TAG, DATELINE_END, ends_sentence, ends_signed, is_byline, is_credit,
                    is_photo_credit, JOURNAL_CREDIT, outlet_signature, signing_bracket, signing_names,
                    STAFF_REPORTER, without_source)
from .briefs import (bracketed_sections, column_heads_over_dateline, column_name_over_items, dated_entries,
                     dated_reports, marked_heads_alike, numbered_items, numbered_reports, paper_listing,
                     place_kickers)
from .captions import (bracketed_captions, caption_lists, captions_between_paragraphs, photo_items,
                       photo_labels_under_headline, scene_captions)
from .columns import (brackets_close_in_text, closing_tagged_head, flush_under_head, furniture_inside_paragraph, head_first_lines,
                      head_over_indent, headlike_blocks, heads_by_words, heads_closing_blocks, heads_inside_sentence,
                      heads_over_dateline, last_head_closes, lone_subtitles, marked_subheads, open_marks,
                      open_tags_go_on, paragraph_run_on, paragraphs_read_as_heads, run_on, sentence_goes_on,
                      stacked_heads_after_text, subtitled_heads, tagged_heads_between,
                      tagged_heads_over_dispatch, words_across)
from .credits import (after_closing, bare_datelines, box_openings, bullet_leads, credit_runs_on,
                      lead_over_opening, lead_points, numbered_sections, second_dispatch, section_bylines,
                      sign_offs, wrapped_lead_points)
from .documents import (attached_documents, bracketed_entries, document_title, headline_over_fields,
                        in_records, journal_source, label_runs, listed_headline, masthead, notice_addressees,
                        notice_signature, outline_chapters, panel_values, post_signature, quotation_boxes)
from .paragraphs import (blank_lines_part_articles, column_headlines, dash_kicker_heads, dispatch_headlines,
                         headline_over_names, heads_over_plain_dateline, heads_read_as_text,
                         title_under_kicker, untitled_openings)
from .shapes import (next_labelled, CREDIT_NOTE, ends_with_credit, left_open, MARKERS, names_a_column, NUMBERED, PARAGRAPH_END,
                     PHOTO_SIGNED, plain_headline, REPORT_OPENING, ROLE_AT_START, site_name, text_label)
from .web import (above_breadcrumb, after_editors, after_tools, column_over_headline, first_line_headline,
                  head_over_dateline, headless_subtitles, headline_as_alt_text, headline_first,
                  headline_over_stamp, headline_repeated, headline_twice, headline_under_breadcrumb,
                  headline_with_byline, heads_over_stamp, keyword_header, keyword_lists, link_after_text,
                  link_lists, menus, nothing_above, numbered_crumbs, opened_under_heads, outlet_names,
                  page_opening_head, slogans_over_headline, source_under_headline, subhead_opening_page,
                  subtitle_not_credit, subtitle_over_dispatch, summary_of_text, teasers, text_around_pictures,
                  title_again, under_own_stamp, watermarks)


CLAUSE = re.compile(r"^\s*第[一二三四五六七八九十百零〇]+条\s")

# A sentence's end and the names in brackets that sign it, closing a line: no headline ends so.
# (not a question's or a cry's: 为啥还开暖气？（说道） is a headline and its column)
SIGNED_SENTENCE = re.compile(r"[\u4e00-\u9fff]。[”’」』]*\s*[（(][\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4})*[）)]\s*$")

# A report's closing credit in brackets that opens with its reporter (editors may follow).
CLOSING_CREDIT = re.compile(rf"^\s*[（(]\s*{STAFF_REPORTER}\s*[:：]?\s*[\u4e00-\u9fff][^（）()]{{1,60}}[）)]\s*$")


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
        return bool(tag) and tag.start() == 0 and names_a_column(t)
    return True


FIELD_ROLE = {"title": "T", "kicker": "K", "subtitle": "S", "author": "Y", "date": "D"}

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


def headline_over_text(texts: list[str], labels: list[str | None], i: int) -> bool:
    """The next line, read as a subhead, is worded as a headline and a text opens under it:
    the next article's headline (…（作者为…） / 涵养…正气 / 不忘初心…)."""
    below = [k for k in range(i + 1, min(len(texts), i + 6)) if labels[k]][:2]
    return len(below) == 2 and labels[below[0]] == "H" and labels[below[1]] in ("B", "I") \
        and plain_headline(texts[below[0]])


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
            nxt = next_labelled(out, i)
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
            nxt = next_labelled(out, i)
            if nxt is not None and out[nxt] == "I":
                out[i], out[nxt] = "Y>", "B"     # a byline over the body, not its first line
        prev = i
    for i, y in enumerate(out):      # then headlines over what those rules opened
        if y is None:
            continue
        t = texts[i]
        k = next_labelled(out, i)
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
    for step in (open_tags_go_on, paragraphs_read_as_heads, numbered_crumbs, column_name_over_items, keyword_header, outlet_names, credit_runs_on, numbered_sections, dispatch_headlines, column_headlines, dash_kicker_heads, heads_read_as_text, after_closing, lead_over_opening, bullet_leads, wrapped_lead_points,
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
                 source_under_headline, subtitle_over_dispatch, photo_labels_under_headline, heads_over_stamp,
                 heads_inside_sentence, furniture_inside_paragraph, brackets_close_in_text):
        out = step(texts, out)
    return out


# A record's writer and the day, over its text (徐某某  (1994.02.01)): its stamp.
SIGNED_DAY_LINE = re.compile(r"^\s*[\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4}){0,3}\s*[（(]\s*(?:19|20)\d{2}\s*[.\-/年]\s*\d{1,2}\s*[.\-/月]\s*\d{1,2}\s*日?\s*[）)]\s*$")
# A reposting site's tags, then the paper and the day it printed the story (株洲 湘江 茶陵 株洲日报 2019-07-29).
TAGS_THEN_STAMP = re.compile(r"^\s*(?:[\u4e00-\u9fff]{2,6}\s+){3,}[\u4e00-\u9fff]{2,8}(?:报|网)\s+(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*$")
# A page's HTML tags left in its text (<p>, </p>, <br/>).
MARKUP = re.compile(r"</?[a-zA-Z][^<>]{0,40}>")
# A line of text that ends a sentence and then runs on in scattered ASCII (a site's
# anti-copying junk): a dozen Chinese characters at least before the stop.
SENTENCE_THEN_JUNK = re.compile(r"^\s*(?=(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){12})[^\n]*[。！？][”’」』）)]*\s+[\x21-\x7e]{3,}\s*$")

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

# A cartoon's credit, who drew it and who wrote its verse (曹  某图  于  某文), spaces taken out.
CARTOON_CREDIT = re.compile(r"[\u4e00-\u9fff]{2,4}图[\u4e00-\u9fff]{2,4}文")
# A headline's line that opens a column's tag in brackets and the line that closes it.
OPEN_TAG = re.compile(r"[（(][^（）()]{0,12}$")
CLOSE_TAG = re.compile(r"[^（）()。，；！？]{1,16}[）)]")
# A word's last characters, then a column's tag whole (勋（寻访身边榜样·模范人物谱）).
WORD_THEN_TAG = re.compile(r"[\u4e00-\u9fff]{1,3}[（(][^（）()]{2,16}[）)]")

# A line that goes on a range its line above began (2019年10月17日 / —11月7日17:30).
RANGE_ON = re.compile(r"^\s*[—－–~～至]\s*\d")


def mid_sentence(texts: list[str], i: int) -> bool:
    """A line inside a sentence that runs across it: the line above leaves a
    bracket open (……（ / 一）报名程序…), or the line under it goes on with the
    rest of a range (…2019年10月17日 / —11月7日): a date in it is the text's, not a date line."""
    above = texts[i - 1].strip() if i else ""
    below = texts[i + 1] if i + 1 < len(texts) else ""
    return bool(above) and left_open(above) or bool(RANGE_ON.match(below))
