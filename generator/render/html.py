"""Inert HTML for untrusted article text.

Everything an article says is escaped before it reaches a page; generated
pages use raw HTML blocks, which Markdown passes through untouched, so no
character of the text can become Markdown, HTML, Jinja or YAML structure.
"""
from __future__ import annotations

import functools
import html
import re

from ..records import Article
from . import urls

KIND_LABEL = {"news": "消息", "commentary": "评论", "photo": "图片", "continuation": "转版续文",
              "residue": "残余文字"}


def esc(text: str) -> str:
    return html.escape(text or "", quote=True)


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def a(from_path: str, to_path: str, text: str, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<a href="{esc(urls.rel(from_path, to_path))}"{c}>{esc(text)}</a>'


def display_title(art: Article) -> str:
    if art.title:
        return one_line(art.title)
    head = one_line(art.body)[:24]
    if art.kind == "photo":
        return f"图片：{head}…"
    return f"（无题）{head}…" if head else "（无题）"


@functools.lru_cache(maxsize=4096)
def date_label(date: str) -> str:
    if not date:
        return "日期不详"
    parts = date.split("-")
    out = f"{int(parts[0])}年"
    if len(parts) > 1:
        out += f"{int(parts[1])}月"
    if len(parts) > 2:
        out += f"{int(parts[2])}日"
    return out


def paragraphs(text: str, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "\n\n".join(f"<p{c}>{esc(one_line(p))}</p>" for p in (text or "").split("\n\n") if p.strip())
