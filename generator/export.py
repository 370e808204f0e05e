"""JSON Lines: the one serialisation of Articles, shared by `parse` and the site's data download."""
from __future__ import annotations

import json

from .records import Article


def to_jsonl(articles: list[Article]) -> str:
    return "".join(json.dumps(a.as_dict(), ensure_ascii=False) + "\n" for a in articles)
