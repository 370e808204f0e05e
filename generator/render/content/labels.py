"""How the site names things: kinds, dates, line spans, titles; and the HTML
escaping of the few values that go into HTML as they are (page titles and
descriptions, which Material prints unescaped; the search page's widget).
Text that goes into Markdown is escaped by markdown.text instead."""
from __future__ import annotations

import functools
import html
import re

from ...records import Article

KIND_LABEL = {"news": "消息", "commentary": "评论", "photo": "图片", "continuation": "转版续文",
              "residue": "残余文字"}


def esc(text: str) -> str:
    return html.escape(text or "", quote=True)


def script_json(value, compact: bool = False) -> str:
    """JSON to print inside <script>: <, > and & as JSON escapes, so no text can close the script."""
    import json

    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":") if compact else None)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


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


def lines_label(lines: list[int]) -> str:
    """第 155 行, 第 155–160 行."""
    return f"第 {lines[0]} 行" if lines[0] == lines[1] else f"第 {lines[0]}–{lines[1]} 行"
