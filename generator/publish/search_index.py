"""Build the site's search index with Pagefind from the published articles.

Pagefind (on PyPI, MIT) writes a chunked index: a visitor downloads only the
parts a query needs, so search stays fast whatever the archive's size.  We
give it one record page per article whose indexed body is our bigram tokens
(see tokens.py) and whose metadata carries the readable text for excerpts and
verification.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ..render.html import date_label, display_title, esc
from ..render import urls
from ..records import Article
from .tokens import hide, tokens

TITLE_WEIGHT = 3          # title tokens repeated: title matches rank first


def load_articles(path: Path) -> list[Article]:
    return [Article.from_dict(json.loads(line))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def record_html(a: Article) -> str:
    """A small page for Pagefind to index: our tokens as its body; the readable
    text, title, date and region as metadata; regions, agencies, year and kind
    as filters.  It is only read by the indexer, never published."""
    title = display_title(a)
    head = " ".join(x for x in (a.kicker, a.subtitle) if x)
    content = " ".join(tokens(title) * TITLE_WEIGHT + tokens(head) + tokens(a.body))
    region_names: list[str] = []
    for r in a.regions:
        for name in r.get("path") or [r["name"]]:
            if name not in region_names:
                region_names.append(name)
    filters = [("年份", a.date[:4] if a.date else "日期不详"), ("类型", a.kind)]
    filters += [("地区", n) for n in region_names] + [("机构", n) for n in a.agencies]
    region = " › ".join(a.regions[0].get("path") or [a.regions[0]["name"]]) if a.regions else ""
    text = "\n".join(x for x in (a.kicker, title, a.subtitle, a.body) if x)
    meta = [("title", title), ("date", date_label(a.date)), ("region", region), ("text", text)]
    return "\n".join([
        '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>',
        f"<main data-pagefind-body>{esc(content)}</main>",
        *(f'<div data-pagefind-meta="{k}">{esc(hide(v))}</div>' for k, v in meta),
        *(f'<div data-pagefind-filter="{k}">{esc(v)}</div>' for k, v in filters),
        "</body></html>", ""])


def build_index(site: Path) -> int:
    """Index site/data/articles.jsonl into site/pagefind; returns the number of articles.

    Pagefind's own CLI indexes a scratch folder of record pages (one per article,
    at the article's URL); it is much faster than feeding records one by one."""
    articles = [a for a in load_articles(site / "data" / "articles.jsonl") if a.kind != "residue"]
    out = site / "pagefind"
    if out.exists():
        shutil.rmtree(out)
    with tempfile.TemporaryDirectory() as tmp:
        for a in articles:
            page = Path(tmp) / urls.url_of(urls.article(a.id)) / "index.html"
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(record_html(a), encoding="utf-8")
        res = subprocess.run([sys.executable, "-m", "pagefind", "--site", tmp, "--output-path", str(out.resolve()),
                              "--quiet"], capture_output=True, text=True)
        if res.returncode:
            raise RuntimeError(f"pagefind failed: {res.stderr or res.stdout}")
    return len(articles)
