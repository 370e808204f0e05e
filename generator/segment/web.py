"""Segment web articles: a title line, a time stamp, the body as one paragraph."""
from __future__ import annotations

import re

from ..ingest import WEB_STAMP
from ..records import Draft, Page
from .text import NAME, norm_space

# "中国日报宁夏记者站胡冬梅责任编辑蔡东海": reporter and editor run into the body's end.
TRAILING_CREDIT = re.compile(
    rf"(?P<credit>(?:[\u4e00-\u9fff]{{2,12}}?(?:记者站|记者|通讯员|报道组))?\s*{NAME}\s*"
    rf"[（(]?责任编辑[:：]?\s*{NAME}[）)]?)\s*$")


def split_web(page: Page) -> list[Draft]:
    lines = [l for l in page.lines if l.text.strip()]
    title = lines[0]
    rest = lines[1:]
    nos = [title.no]
    stamp = ""
    if rest and WEB_STAMP.match(rest[0].text):
        stamp = rest[0].text.strip()
        nos.append(rest[0].no)
        rest = rest[1:]
    paragraphs: list[str] = []
    credit: list[str] = []
    for l in rest:
        text = norm_space(l.text)
        m = TRAILING_CREDIT.search(text)
        if m and l is rest[-1]:
            # Keep the credit in the body (nothing printed is dropped) as a paragraph of its own.
            body = text[:m.start("credit")].rstrip()
            if body:
                paragraphs.append(body)
            paragraphs.append(m.group("credit").strip())
            credit.append(m.group("credit").strip())
        else:
            paragraphs.append(text)
        nos.append(l.no)
    d = Draft(kind="news", first=nos[0], last=nos[-1], title=norm_space(title.text),
              stamp=stamp, credit=credit, paragraphs=paragraphs, line_nos=nos)
    return [d]
