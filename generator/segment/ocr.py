"""Segment OCR newspaper pages: hard-wrapped columns, headlines often after bodies.

The page is cut into chunks (runs of lines between blank lines, indentation or
start markers), each chunk is classified (body, headline, credit, caption),
and chunks are grouped into articles.  Whether a page prints headlines before
or after their articles is decided per page from where headlines stand.
"""
from __future__ import annotations

import re
from itertools import takewhile
from dataclasses import dataclass, field

from ..ingest import median
from ..records import Draft, Line, Page
from . import match
from .text import (CONTINUATION, DATELINE_END, LETTER_SPACED, LONE_PHOTO, PHOTO_CREDIT, START_MARKER, SUBTITLE,
                   despace, ends_sentence, han_len, is_credit, join_lines, norm_space)

ROLE_CREDIT = re.compile(r"^\s*(本报记者|本报通讯员|记者|通讯员|特约记者|□|■)")


@dataclass
class Chunk:
    lines: list[Line]
    kind: str = "body"          # body | head | credit | caption
    marker: bool = False        # starts an article: 本报讯, （紧接01版）, an indented first line
    gap_before: bool = True     # a blank line (not an indent or marker) separates it from the last chunk

    @property
    def text(self) -> str:
        return join_lines([l.text for l in self.lines])

    @property
    def nos(self) -> list[int]:
        return [l.no for l in self.lines]


@dataclass
class Head:
    """A headline group: title lines, subtitle lines and the credits printed under it."""
    title: list[Chunk]
    credits: list[Chunk] = field(default_factory=list)

    @property
    def chunks(self) -> list[Chunk]:
        return self.title + self.credits

    @property
    def title_text(self) -> str:
        lines = [l.text for c in self.title for l in c.lines if not SUBTITLE.match(l.text)]
        return join_titles(lines)

    @property
    def subtitle_text(self) -> str:
        return " ".join(norm_space(l.text) for c in self.title for l in c.lines if SUBTITLE.match(l.text))

    @property
    def text(self) -> str:
        return self.title_text + self.subtitle_text


@dataclass
class Run:
    """A stretch of body chunks that reads as one article (before titles are known)."""
    chunks: list[Chunk] = field(default_factory=list)
    head: Head | None = None
    credits: list[Chunk] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(c.text for c in self.chunks)


def join_titles(lines: list[str]) -> str:
    parts = [despace(l) for l in lines if l.strip()]
    return "".join(parts)


def width(page: Page) -> int:
    lengths = [han_len(l.text) for l in page.lines if l.text.strip()]
    return int(median(lengths)) if lengths else 15


def indented(text: str) -> bool:
    return text[:1] in (" ", "\u3000", "\t")


def chunks_of(page: Page) -> list[Chunk]:
    """Cut the page at blank lines, at an indent that opens a paragraph, at start
    markers and around credit lines."""
    out: list[Chunk] = []
    cur: list[Line] = []
    gap = True                       # a blank line stands before the chunk being built
    for line in page.lines:
        if not line.text.strip():
            if cur:
                out.append(Chunk(cur, gap_before=gap))
                cur = []
            gap = True
            continue
        # An indent opens a paragraph; lines indented like the one before are a centred block.
        opens = indented(line.text) and not indented(cur[-1].text) if cur else False
        if cur and (opens or START_MARKER.match(line.text) or is_role_credit(line.text)
                    or is_role_credit(cur[-1].text)):
            out.append(Chunk(cur, gap_before=gap))
            cur, gap = [], False
        cur.append(line)
    if cur:
        out.append(Chunk(cur, gap_before=gap))
    for c in out:
        first = c.lines[0].text
        c.marker = bool(START_MARKER.match(first)) or indented(first)
    return out


def is_role_credit(text: str) -> bool:
    return bool(ROLE_CREDIT.match(text)) and is_credit(text)


def looks_like_head(chunk: Chunk) -> bool:
    titles = [l.text for l in chunk.lines if not SUBTITLE.match(l.text)]
    # Indentation may centre a headline; a start marker (本报讯, 紧接) never opens one.
    if not titles or len(titles) > 3 or START_MARKER.match(titles[0]):
        return False
    if SUBTITLE.match(chunk.lines[0].text):
        return False
    text = "".join(norm_space(t) for t in titles)
    if han_len(text) > 40 or any(han_len(t) > 30 for t in titles):
        return False
    if re.search(r"[。；]", text[:-1]) or text[-1] in "，、；：,;:。" or DATELINE_END.search(text):
        return False
    return True


def subhead_like(chunk: Chunk, w: int) -> bool:
    """A one-line heading inside a body: two phrases ("不畏牺牲 乐于奉献"), letter-spaced,
    or clearly shorter than the column (a full-width line is a wrapped body line)."""
    t = norm_space(chunk.text)
    return len(chunk.lines) == 1 and (" " in t or LETTER_SPACED.match(t) is not None or han_len(t) <= 0.75 * w)


def classify(chunks: list[Chunk], w: int) -> None:
    for c in chunks:
        text = c.text
        if all(is_role_credit(l.text) for l in c.lines):
            c.kind = "credit"
        elif LONE_PHOTO.match(text) or (PHOTO_CREDIT.search(text) and not c.marker and han_len(text) > 12):
            c.kind = "caption"
        elif looks_like_head(c):
            c.kind = "head"
    # A "headline" wedged inside a sentence is a wrapped body line.
    for i, c in enumerate(chunks):
        if c.kind != "head":
            continue
        prev = chunks[i - 1] if i else None
        if prev is not None and prev.kind == "body" and not ends_sentence(prev.text):
            c.kind = "body"


def split_ocr(page: Page) -> list[Draft]:
    w = width(page)
    chunks = chunks_of(page)
    classify(chunks, w)

    # Items: Head groups, body chunks, captions.
    items: list[object] = []
    for c in chunks:
        if c.kind == "head":
            items.append(Head([c]))
        elif c.kind == "credit" and items and isinstance(items[-1], Head):
            items[-1].credits.append(c)
        else:
            items.append(c)

    after = headlines_follow(items)
    # Inner subheads (a short headline between two parts of one body) stay in the body.
    for i, it in enumerate(items):
        if not isinstance(it, Head) or it.credits or it.subtitle_text:
            continue
        prev = items[i - 1] if i else None
        nxt = items[i + 1] if i + 1 < len(items) else None
        if isinstance(prev, Chunk) and prev.kind == "body" and isinstance(nxt, Chunk) \
                and nxt.kind == "body" and not nxt.marker:
            c = it.title[0]
            c.kind = "subhead" if subhead_like(c, w) and ends_sentence(prev.text) else "body"
            items[i] = c

    runs: list[Run] = []
    photos: list[Draft] = []
    heads: list[tuple[int, Head]] = []      # (index in items, head)
    pending_credits: list[Chunk] = []
    run: Run | None = None
    run_at: dict[int, Run] = {}
    for i, it in enumerate(items):
        if isinstance(it, Head):
            heads.append((i, it))
            run = None
            continue
        c: Chunk = it
        if c.kind == "caption":
            photos.append(caption_draft(c))
            continue
        if c.kind == "credit":
            pending_credits.append(c)
            run = None
            continue
        if run is None or c.marker:
            run = Run()
            runs.append(run)
            run.credits, pending_credits = pending_credits, []
        run.chunks.append(c)
        run_at[i] = run

    orphans = attach_heads(items, heads, run_at, after)
    untitled = [r for r in runs if r.head is None]
    runs = match.assign(orphans, untitled, runs, lambda r, h: r.__setattr__("head", h))

    drafts = [run_draft(r, w) for r in runs] + photos
    for h in orphans:
        if not any(r.head is h for r in runs):
            drafts.append(Draft(kind="residue", first=h.chunks[0].nos[0], last=h.chunks[-1].nos[-1],
                                paragraphs=[h.title_text, h.subtitle_text] + [c.text for c in h.credits],
                                notes=["headline matched no article"],
                                line_nos=[n for c in h.chunks for n in c.nos]))
    for c in pending_credits:
        drafts.append(Draft(kind="residue", first=c.nos[0], last=c.nos[-1], paragraphs=[c.text],
                            notes=["credit line with no article"], line_nos=c.nos))
    return drafts


def headlines_follow(items: list[object]) -> bool:
    """Does this page print headlines after their articles?  Vote from where they
    stand (a page opening with a body, or closing with a headline) and from what
    they say (a headline shares more words with the body it belongs to)."""
    real = [it for it in items if isinstance(it, Head) or (isinstance(it, Chunk) and it.kind == "body")]
    if not real:
        return False
    after = before = 0
    if isinstance(real[0], Chunk):
        after += 1
    elif len(real) > 1 and isinstance(real[1], Chunk):
        before += 1
    if isinstance(real[-1], Head):
        after += 1
    else:
        before += 1
    for i, it in enumerate(real):
        if not isinstance(it, Head) or i == 0 or i + 1 == len(real):
            continue
        prev = "".join(c.text for c in takewhile(lambda x: isinstance(x, Chunk), reversed(real[:i])))
        nxt = "".join(c.text for c in takewhile(lambda x: isinstance(x, Chunk), real[i + 1:]))
        a, b = match.overlap(it.text, prev), match.overlap(it.text, nxt)
        if a != b:
            after, before = after + (a > b), before + (b > a)
    return after > before


def attach_heads(items, heads, run_at, after: bool) -> list[Head]:
    """Give each headline to its article by the page's convention; return the orphans.

    Headlines standing in a block (two or more with no body between) are orphans:
    their bodies stand elsewhere and are found by content.
    """
    orphans: list[Head] = []
    index = {id(h): i for i, h in heads}

    def neighbour_run(i: int, step: int):
        j = i + step
        while 0 <= j < len(items):
            if j in run_at:
                return run_at[j]
            it = items[j]
            if isinstance(it, Head) or (isinstance(it, Chunk) and it.kind == "body"):
                return None
            j += step
        return None

    # Headlines with nothing but captions or credits between them form one block.
    groups: list[list[Head]] = []
    for i, h in heads:
        if groups and all(isinstance(items[k], Chunk) and items[k].kind in ("caption", "credit")
                          for k in range(index[id(groups[-1][-1])] + 1, i)):
            groups[-1].append(h)
        else:
            groups.append([h])
    for group in groups:
        if len(group) > 1:
            orphans.extend(group)
            continue
        h = group[0]
        i = index[id(h)]
        run = neighbour_run(i, -1 if after else 1)
        if run is not None and run.head is None:
            run.head = h
        else:
            other = neighbour_run(i, 1 if after else -1)
            if other is not None and other.head is None:
                other.head = h
            else:
                orphans.append(h)
    return orphans


def caption_draft(c: Chunk) -> Draft:
    return Draft(kind="photo", first=c.nos[0], last=c.nos[-1], paragraphs=[c.text], line_nos=c.nos)


OCR_GAP = re.compile(r"(?<=[\u4e00-\u9fff\d“”，。、]) (?=[\u4e00-\u9fff\d“”])")


def tidy(text: str) -> str:
    """Drop the stray spaces OCR puts inside Chinese text ("陈 敏", "11月 1日")."""
    return OCR_GAP.sub("", text.strip())


def paragraphs(chunks: list[Chunk], w: int) -> list[str]:
    """Reflow hard-wrapped lines; a paragraph ends where a sentence ends at a short
    line, a blank line or an indent."""
    paras: list[str] = []
    buf: list[str] = []
    for ci, c in enumerate(chunks):
        if c.kind == "subhead":
            if buf:
                paras.append(join_lines(buf))
                buf = []
            paras.append(despace(c.text))
            continue
        for li, line in enumerate(c.lines):
            if buf and li == 0 and (c.marker or c.gap_before) and ends_sentence(buf[-1]):
                paras.append(join_lines(buf))
                buf = []
            buf.append(line.text)
            if ends_sentence(line.text) and han_len(line.text) < w - 2 and li + 1 < len(c.lines):
                paras.append(join_lines(buf))
                buf = []
    if buf:
        paras.append(join_lines(buf))
    return [tidy(p) for p in paras]


def run_draft(run: Run, w: int) -> Draft:
    nos = [n for c in run.credits + run.chunks for n in c.nos]
    title = subtitle = ""
    credits = [norm_space(c.text) for c in run.credits]
    if run.head is not None:
        title, subtitle = run.head.title_text, run.head.subtitle_text
        credits += [norm_space(c.text) for c in run.head.credits]
        nos += [n for c in run.head.chunks for n in c.nos]
    kind = "continuation" if run.chunks and CONTINUATION.match(run.chunks[0].lines[0].text) else "news"
    nos.sort()
    return Draft(kind=kind, first=nos[0], last=nos[-1], title=title, subtitle=subtitle,
                 credit=credits, paragraphs=paragraphs(run.chunks, w), line_nos=nos, notes=list(run.notes))
