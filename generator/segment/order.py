"""Repairs of paragraph order and repetition inside one draft."""
from __future__ import annotations

import re

from ..records import Draft
from ..words import crosses_word
from .text import han_len, may_end_paragraph, norm_space

MIN_REPEAT = 20      # shorter repeated paragraphs ("……") are ordinary


def restore_order(d: Draft) -> None:
    """A last paragraph that stops mid-sentence belongs before the paragraph that
    finishes its sentence; move it there and join the two."""
    paras = d.paragraphs
    if len(paras) < 3 or may_end_paragraph(paras[-1]) or han_len(paras[-1]) < 8:
        return
    tail = paras[-1]
    for k in range(len(paras) - 1):
        head = paras[k]
        prev_ends = k == 0 or may_end_paragraph(paras[k - 1]) or han_len(paras[k - 1]) <= 24
        if prev_ends and re.match(r"[\u4e00-\u9fff]", head) and crosses_word(tail, head):
            paras[k] = tail + head
            paras.pop()
            if d.para_lines:
                lines = d.para_lines.pop()
                d.para_lines[k] = lines + d.para_lines[k]
            d.notes.append("段落顺序已修复：跨段断开的句子已接上")
            return


def drop_repeats(d: Draft) -> list[Draft]:
    """Move exact repeats of an earlier paragraph into residue records."""
    if d.kind == "residue":
        return []
    seen: set[str] = set()
    keep: list[str] = []
    keep_lines: list[list[int]] = []
    out: list[Draft] = []
    lines = d.para_lines if len(d.para_lines) == len(d.paragraphs) else [[] for _ in d.paragraphs]
    for p, nos in zip(d.paragraphs, lines):
        key = re.sub(r"\s", "", p)
        if han_len(p) >= MIN_REPEAT and key in seen and nos:
            out.append(Draft(kind="residue", first=nos[0], last=nos[-1], paragraphs=[norm_space(p)],
                             notes=["重复的段落"], line_nos=list(nos)))
            for no in nos:
                d.line_nos.remove(no)
            continue
        seen.add(key)
        keep.append(p)
        keep_lines.append(nos)
    if out:
        d.paragraphs, d.para_lines = keep, keep_lines
        d.notes.append(f"{len(out)} 个重复的段落移入残余文字")
    return out
