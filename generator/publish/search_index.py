"""Build the site's search index with Pagefind from the published articles.

Pagefind (on PyPI, MIT) writes a chunked index: a visitor downloads only the
parts a query needs, so search stays fast whatever the archive's size.  We
hand it custom records whose content is our bigram tokens (see tokens.py) and
whose metadata carries the readable text for excerpts and verification.
"""
from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path

from ..render.html import date_label, display_title
from ..render import urls
from ..records import Article
from .tokens import tokens

TITLE_WEIGHT = 3          # title tokens repeated: title matches rank first


def load_articles(path: Path) -> list[Article]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            out.append(Article(**{k: d.get(k, "" if k not in ("byline", "credit", "regions", "agencies",
                                                           "notes", "lines") else []) for k in
                                  Article.__dataclass_fields__}))
    return out


def record(a: Article) -> dict:
    title = display_title(a)
    head = " ".join(x for x in (a.kicker, a.subtitle) if x)
    content = " ".join(tokens(title) * TITLE_WEIGHT + tokens(head) + tokens(a.body))
    region_names = []
    for r in a.regions:
        for name in r.get("path") or [r["name"]]:
            if name not in region_names:
                region_names.append(name)
    filters = {"年份": [a.date[:4] if a.date else "日期不详"], "类型": [a.kind]}
    if region_names:
        filters["地区"] = region_names
    if a.agencies:
        filters["机构"] = list(a.agencies)
    meta = {
        "title": title,
        "date": date_label(a.date),
        "region": " › ".join(a.regions[0].get("path") or [a.regions[0]["name"]]) if a.regions else "",
        "text": "\n".join(x for x in (a.kicker, title, a.subtitle, a.body) if x),
    }
    return {"url": urls.url_of(urls.article(a.id)), "content": content, "language": "en",
            "meta": meta, "filters": filters}


async def _write(records: list[dict], out: Path) -> None:
    from pagefind.index import IndexConfig, PagefindIndex

    # The context manager writes the files on exit (output_path in the config).
    async with PagefindIndex(IndexConfig(output_path=str(out))) as index:
        for r in records:
            await index.add_custom_record(**r)


def build_index(site: Path) -> int:
    """Index site/data/articles.jsonl into site/pagefind; returns the number of records."""
    articles = [a for a in load_articles(site / "data" / "articles.jsonl") if a.kind != "residue"]
    records = sorted((record(a) for a in articles), key=lambda r: r["url"])
    out = site / "pagefind"
    if out.exists():
        shutil.rmtree(out)
    asyncio.run(_write(records, out))
    return len(records)
