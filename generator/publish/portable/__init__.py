"""A copy of the site that works from disk (file://), search included.

Exists because the archive is also handed around as a folder or a zip (a
researcher's laptop, a library's offline terminal), where the browser refuses
to fetch Pagefind's index.  The copy is the same Markdown built again by
MkDocs with file URLs (`use_directory_urls: false`), and a search index that
loads as scripts: lunr.js (vendored, 2.3.9, MIT) and an index built at build
time with the `lunr` Python package over the same bigram tokens as the site's
search (publish/tokens.py), with each article's text for the check that every
result holds what was typed.  It holds every article's text, so it is meant
for archives up to PORTABLE_MAX articles (measured in the README); beyond it
the copy is built without search and its search page says so.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
import zipfile
from pathlib import Path

from ...records import Article
from ..search_index import load_articles
from ..tokens import tokens
from ...render.content.labels import date_label, display_title, script_json
from ...render.content.reports import PORTABLE_MAX
from ...render.model import photos

HERE = Path(__file__).resolve().parent
INDEX_SCRIPT = "search/portable-index.js"
LUNR_SCRIPT = "assets/lunr.min.js"


def index_data(articles: list[Article]) -> dict:
    """The lunr index (serialised, as lunr.js loads it) and what each result shows."""
    from lunr.builder import Builder

    builder = Builder()          # no pipeline: the tokens are ours, as the browser spells them
    builder.ref("id")
    builder.field("title", boost=10)
    builder.field("body")
    docs = {}
    within = photos.captions_within(articles)
    for a in articles:
        title = display_title(a)
        held = within.get(a.id, [])      # as its page lists them
        builder.add({"id": a.id, "title": " ".join(tokens(title)),
                     "body": " ".join(tokens(" ".join(x for x in (a.kicker, a.subtitle, a.body, *held) if x)))})
        region = " › ".join(a.regions[0].get("path") or [a.regions[0]["name"]]) if a.regions else ""
        docs[a.id] = [title, date_label(a.date), region,
                      "\n".join(x for x in (a.kicker, title, a.subtitle, a.body, *held) if x)]
    return {"index": builder.build().serialize(), "docs": docs}


def script(data: dict) -> str:
    """A script that sets window.ARCHIVE_PORTABLE: <, > and & escaped, so no text ends it."""
    return f"window.ARCHIVE_PORTABLE={script_json(data, compact=True)};\n"


def readable(jsonl: Path) -> list[Article]:
    """The articles a reader can find in the copy: no residue, none a maintainer hid."""
    return [a for a in load_articles(jsonl) if a.kind != "residue" and not a.hidden]


def build_portable(config_file: Path, docs: Path, out: Path) -> tuple[int, bool]:
    """Build the copy into `out` from the docs folder; (articles, searchable)."""
    from ..site_build import build_site, squeeze_site

    config_file = Path(config_file).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        cfg = Path(tmp) / "mkdocs.yml"
        cfg.write_text(f"INHERIT: {config_file}\ndocs_dir: {docs.resolve()}\nsite_dir: {out.resolve()}\n"
                       f"use_directory_urls: false\ntheme:\n  custom_dir: {config_file.parent / 'overrides'}\n",
                       encoding="utf-8")
        build_site(cfg)
    squeeze_site(out)
    # The search page preloads Pagefind, which a copy on disk cannot load: not asked for.
    page = out / "search" / "index.html"
    html = page.read_text(encoding="utf-8")
    page.write_text(re.sub(r'<link rel="(?:modulepreload|preload)" href="[^"]*pagefind/[^"]*"[^>]*>\n?', "", html),
                    encoding="utf-8")
    articles = readable(out / "data" / "articles.jsonl")
    searchable = len(articles) <= PORTABLE_MAX
    if searchable:
        (out / INDEX_SCRIPT).write_text(script(index_data(articles)), encoding="utf-8")
        shutil.copy(HERE / "lunr.min.js", out / LUNR_SCRIPT)
        shutil.copy(HERE / "lunr.LICENSE", out / "assets" / "lunr.LICENSE.txt")
    return len(articles), searchable


def zip_copy(folder: Path, target: Path, top: str = "local-news-archive") -> int:
    """The copy as one zip under a folder of its own, byte for byte the same for the
    same copy: entries in path order, each dated SOURCE_DATE_EPOCH (or 1980) and
    readable by all.  Returns the number of files."""
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "315532800"))
    stamp = time.gmtime(max(epoch, 315532800))[:6]          # zip dates start in 1980
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for f in files:
            info = zipfile.ZipInfo(f"{top}/{f.relative_to(folder).as_posix()}", date_time=stamp)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, f.read_bytes(), compresslevel=9)
    return len(files)
