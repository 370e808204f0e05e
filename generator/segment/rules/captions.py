"""Photos on a page: their captions, credits and picture reports, inside an article or
standing alone."""
from __future__ import annotations

import re

from ..lines import han_width, JUMP_IN, JUMP_OUT, profile
from ..text import ends_sentence
from .shapes import CREDIT_NOTE, nonblank


# A photo's caption naming the scene (讨论会现场, 活动现场), set between paragraphs.
SCENE = re.compile(r"^\s*[\u4e00-\u9fff]{0,8}现场\s*$")


# A picture's report that ends on its photographer's credit: …受到农民朋友的欢迎。郭某某 摄
PHOTO_ITEM_END = re.compile(r"[。！？”]\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s*摄(?:影)?\s*$")


def photo_items(texts: list[str], out: list[str | None]) -> list[str | None]:
    """A column of picture reports, one paragraph each, each signed by its photographer
    (…欢迎。郭某 摄 / 3月15日,…1300余株。范某 摄): each paragraph after one so signed opens
    the next report, however the model ran them together."""
    out = list(out)
    shown = nonblank(out)
    for k in range(1, len(shown)):
        i, before = shown[k], shown[k - 1]
        if out[i] == "I" and out[before] in ("B", "I") and han_width(texts[i]) > 30 and han_width(texts[before]) > 30 \
                and "摄" in texts[i][-16:] and PHOTO_ITEM_END.search(texts[i]) and PHOTO_ITEM_END.search(texts[before]):
            out[i] = "B"
    return out


def scene_captions(texts: list[str], out: list[str | None]) -> list[str | None]:
    """讨论会现场 between two paragraphs of one report: the caption of its photo, inside
    the article, not the headline of a second one."""
    out = list(out)
    shown = nonblank(out)
    for k in range(1, len(shown) - 1):
        i, before, after = shown[k], out[shown[k - 1]], out[shown[k + 1]]
        if out[i][0] in "KT" and SCENE.match(texts[i]) and before[0] in "BIH" and after == "B" \
                and not re.search(r"[（(][^（）()]{1,12}[）)]\s*$", texts[shown[k - 1]]):    # …落实。(王云贵): signed off
            out[i], out[shown[k + 1]] = "H", "I"
    return out


def captions_between_paragraphs(texts: list[str], out: list[str | None]) -> list[str | None]:
    """On a page of one paragraph a line (not a wrapped column), two short lines or more the
    model read as headlines of texts elsewhere, between two paragraphs (…记忆史。 /
    1998年《某某纪念》第一枚《某某》 / 1976年《某某》第二枚《某某》 / 《某报》九上“国家名片” /
    《某报》是…): the captions of the text's pictures, inside it; the text goes on under them."""
    prof = profile(texts)
    if prof.column:
        return out
    out = list(out)
    shown = nonblank(out)

    def paragraph(i: int) -> bool:
        # (wider than the page's lines mostly are: its short lines may make the page look wrapped)
        return out[i] in ("B", "I") and (not prof.width or han_width(texts[i]) > 2 * prof.width)

    k = 1
    while k < len(shown):
        j = k
        while j < len(shown) and out[shown[j]] == "T~" and han_width(texts[shown[j]]) <= 40 \
                and not re.search(r"[。！？；]", texts[shown[j]]):
            j += 1
        if j - k >= 2 and j < len(shown) and paragraph(shown[k - 1]) and ends_sentence(texts[shown[k - 1]]) \
                and paragraph(shown[j]):
            for m in range(k, j + 1):
                out[shown[m]] = "I"
        k = max(j, k + 1)
    return out


# A photo's caption left in brackets where its picture stood (（培训现场）): words, no sentence.
BRACKETED_CAPTION = re.compile(r"^\s*[（(][^（）()。！？，,：:]{2,20}[）)]\s*$")


def bracketed_captions(texts: list[str], out: list[str | None]) -> list[str | None]:
    """Two lines or more in a row, each a caption in brackets ((垃圾分类培训班) / (参加人员) /
    (培训现场)), where no text stands over them: the pictures' captions a saved page keeps over
    its article, furniture, never a headline.  (Under a text, bracketed lines are its notes:
    （作者为…） / （2019年10月22日）.)"""
    out = list(out)
    shown = nonblank(out)
    k = 0
    while k < len(shown):
        j = k
        while j < len(shown) and caption_in_brackets(texts[shown[j]]):
            j += 1
        if j - k >= 2 and all(out[i][0] not in "BIHY" for i in shown[:k]):
            for i in shown[k:j]:
                out[i] = "F"
        k = max(j, k + 1)
    return out


def caption_in_brackets(text: str) -> bool:
    return text.lstrip()[:1] in "（(" and BRACKETED_CAPTION.match(text) is not None and not (
        JUMP_IN.match(text) or JUMP_OUT.search(text) or CREDIT_NOTE.match(text) or re.search(r"摄|记者|通讯员|图", text))


PHOTO_NUMBER = re.compile(r"^\s*图\s*[①-⑳\d]{1,2}\s*[:：]")


def caption_lists(texts: list[str], out: list[str | None]) -> list[str | None]:
    """The numbered captions of an article's photos (图①：… / 某某摄 / 图②：…) stand together
    in its text: one the model opened as a body after another goes on in the same list."""
    out = list(out)
    idx = nonblank(out)
    for k, i in enumerate(idx):
        if out[i] == "B" and PHOTO_NUMBER.match(texts[i]) and any(
                PHOTO_NUMBER.match(texts[j]) and out[j] in ("B", "I", "H") for j in idx[max(0, k - 8):k]):
            out[i] = "I"
        elif out[i] == "Y<" and k + 1 < len(idx) and PHOTO_NUMBER.match(texts[idx[k + 1]]) and any(
                PHOTO_NUMBER.match(texts[j]) for j in idx[max(0, k - 3):k]):
            out[i] = "I"             # (a photo's credit between two captions closes neither the text nor the list)
    return out


def photo_labels_under_headline(texts: list[str], out: list[str | None]) -> list[str | None]:
    """人勤春早备耕忙 / ▲培育秧苗 / ▲选购农机 / … / ■本报记者 某某 文/图 / the text: a run of short lines
    each pointing at a photo (▲) between a headline and its byline or text are the photos' labels,
    left where the photos stood (residue, whose lines say where), not headlines of stories of their own."""
    shown = nonblank(out)
    for k, i in enumerate(shown):
        if out[i] != "T>":
            continue
        run = []
        for j in shown[k + 1:]:
            t = texts[j].strip()
            if t[:1] in "▲△" and han_width(t) <= 14 and not re.search(r"[。，；！？]", t):
                run.append(j)
            else:
                break
        after = shown[k + 1 + len(run)] if k + 1 + len(run) < len(shown) else None
        if len(run) >= 2 and after is not None and out[after][0] in "YB":
            out = list(out)
            for j in run:
                out[j] = "F"
            if out[after] == "Y<":
                out[after] = "Y>"
    return out
