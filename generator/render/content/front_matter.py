"""YAML front matter written as JSON values, one top-level key per line.

JSON is YAML (a double-quoted JSON string is a YAML double-quoted scalar, a
JSON array or object is a YAML flow collection), so MkDocs (and Zensical)
read it as they read any front matter, while writing it costs a json.dumps
instead of PyYAML's representer, which took half of the generation time at
10 000 articles.  Every value is quoted, so article text can never become
YAML structure (---, "title: x", !!tags, yes/no).
"""
from __future__ import annotations

import json
import re

# Characters YAML 1.1 does not allow unescaped (C0/C1 controls, surrogates,
# U+FFFE/FFFF), or reads as line breaks inside a quoted scalar (U+0085,
# U+2028, U+2029); JSON leaves them raw, so they are escaped here.  All are
# in the Basic Multilingual Plane, so \uXXXX holds each.
UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u2028\u2029]")


# Reading it back (see read): a page whose front matter this module wrote.  Keys
# YAML 1.1 reads as booleans or null are left to YAML.
OURS = re.compile(r"---[ \t]*\n((?:(?!(?:yes|no|true|false|on|off|null)\b)[A-Za-z_][A-Za-z0-9_]*: [^\n]*\n)+)---[ \t]*\n",
                  re.I)


def value(v) -> str:
    text = json.dumps(v, ensure_ascii=False)
    return UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def front_matter(meta: dict) -> str:
    return "---\n" + "".join(f"{key}: {value(v)}\n" for key, v in meta.items()) + "---\n\n"


def _refuse(text: str):
    raise ValueError(text)


def read(doc: str) -> tuple[str, dict] | None:
    """(the Markdown after the front matter, the front matter) of a page whose front
    matter this module wrote: what MkDocs' YAML reading gives (mkdocs.utils.meta.get_data),
    by json.loads.  None for any other page, which MkDocs then reads itself.  Exists
    because PyYAML builds what it reads in Python: 8 % of MkDocs' time at 100 000 articles.

    A value is taken only if value() writes it back to the same text: text this
    module writes, which YAML reads as JSON does (tests/test_front_matter.py), and
    no float (YAML 1.1 reads 1e+16 as a string)."""
    m = OURS.match(doc)
    if m is None:
        return None
    meta = {}
    try:
        for line in m.group(1)[:-1].split("\n"):
            key, _, text = line.partition(": ")
            meta[key] = v = json.loads(text, parse_float=_refuse, parse_constant=_refuse)
            if value(v) != text:
                return None
    except ValueError:
        return None
    return doc[m.end():].lstrip("\n"), meta


def page(title: str, body: str, **meta) -> str:
    """A generated page: its title (HTML-escaped: Material prints it as it is) and
    any other front matter, then its Markdown.  Without a description of its own,
    a page is described by its title and the start of its text (search engines
    and link previews show it; the site's one description fits no page)."""
    from .labels import esc

    if "description" not in meta:
        meta["description"] = esc(described(title, body))
    return front_matter({"title": esc(title), **meta}) + body.strip() + "\n"


def described(title: str, body: str, length: int = 110) -> str:
    """Title and the start of the page's Markdown as plain text."""
    import re

    text = re.sub(r"<[^>]*>", " ", body)                       # the few HTML blocks (search widget)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)          # links: their text
    text = re.sub(r"\{:[^}]*\}|^\s*(#+|[-*]|\d+\.|\|?\s*-{3}.*)\s*|[*|]", " ", text, flags=re.M)
    text = re.sub(r"\\(.)", r"\1", text)                            # Markdown escapes
    text = re.sub(r"\s+", " ", text).strip()
    return f"{title}：{text}"[:length] if text else title
