"""Untrusted text as Markdown that shows it literally, and nothing else.

Every word of an article comes from a page nobody vetted: `# `, `- `, `1.`,
`*x*`, `[x](javascript:…)`, `<script>`, `&amp;`, `{: .x}` or `{{ config }}`
must reach the reader as the characters they are.  `text()` is the one
function that makes them so (tests/test_render_markdown.py holds it to that
over random and hostile text, rendered by the site's own Markdown settings);
everything else here builds on it.  It escapes only what Markdown would read,
so that a page stays readable as Markdown in a plain text view.
"""
from __future__ import annotations

import posixpath
import re


# Anywhere in a line: code, emphasis, links and images, attribute lists, tables,
# backslashes; HTML tags and anything that may open a character reference (a
# browser reads &#65 and &copy without their semicolons).
INLINE = re.compile(r"[\\`*_\[\]{}|<]|&(?=[#A-Za-z]|\w+;)")
# In a heading every # is escaped: its closing hashes (## 标题 ##) would be dropped.
HEADING_INLINE = re.compile(r"[\\`*_\[\]{}|<#]|&(?=[#A-Za-z]|\w+;)")
# At the start of a paragraph: headings, quotes, list markers, numbered items, rules.
LEADING = re.compile(r"^(?:([#>+\-])|(\d+)([.)])(?=\s|$))")
SPACE = re.compile(r"\s+")


def _inline(m: re.Match) -> str:
    ch = m.group(0)
    return {"<": "&lt;", "&": "&amp;"}.get(ch) or "\\" + ch


def text(value: str) -> str:
    """One line of literal text: whitespace runs as one space, every character
    Markdown or HTML would read escaped."""
    t = INLINE.sub(_inline, SPACE.sub(" ", value or "").strip())
    m = LEADING.match(t)
    if m:
        t = "\\" + t if m.group(1) else f"{m.group(2)}\\{m.group(3)}{t[m.end():]}"
    return t


def paragraphs(value: str) -> list[str]:
    """Paragraphs (separated by blank lines in a record's body) as literal Markdown paragraphs."""
    return [text(p) for p in (value or "").split("\n\n") if p.strip()]


def styled(line: str, cls: str) -> str:
    """A paragraph with a class (attr_list), for the stylesheet."""
    return f"{line}\n{{: .{cls} }}"


def link(from_path: str, to_path: str, label: str) -> str:
    """A Markdown link between two docs files (MkDocs resolves and checks it)."""
    return f"[{text(label)}]({href(from_path, to_path)})"


def href(from_path: str, to_path: str) -> str:
    """The relative path from one docs file to another, as a Markdown link target."""
    rel = posixpath.relpath(to_path, posixpath.dirname(from_path) or ".")
    return rel.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def up(from_path: str) -> str:
    """The relative way from a docs file to the docs root (\"\", \"../\", …)."""
    return "../" * from_path.count("/")


def heading(level: int, value: str) -> str:
    # A heading's own closing hashes (## 标题 ##) are dropped: a trailing # of the text is escaped.
    t = HEADING_INLINE.sub(_inline, SPACE.sub(" ", value or "").strip())
    return "#" * level + " " + t



def article_list(from_path: str, entries: list) -> str:
    """A Markdown list of articles (summary.Entry): each its title's link and its date, place and kind."""
    if not entries:
        return styled("（暂无文章）", "archive-empty")
    root = up(from_path)
    return "\n".join(f"- [{text(x.title)}]({root}articles/{x.id}.md) *{text(x.meta)}*{{: .archive-meta }}"
                     for x in entries)
