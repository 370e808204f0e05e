"""Build the site's search index with Pagefind from the published articles.

Pagefind (on PyPI, MIT) writes a chunked index: a visitor downloads only the
parts a query needs, so search stays fast whatever the archive's size.  We
give it one record page per article whose indexed body is our bigram tokens
(see tokens.py) and whose metadata carries the readable text for excerpts and
verification.
"""
from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from ..render.content.labels import date_label, display_title, esc
from ..render.content import urls
from ..render.model import photos
from ..export import read_jsonl
from ..records import Article
from . import common_terms, facet_table, term_shards
from .tokens import hide, tokens, unhide

TITLE_WEIGHT = 10         # Pagefind weighs the title's words this much: title matches rank first


def load_articles(path: Path) -> list[Article]:
    return [Article.from_dict(d) for d in read_jsonl(path.read_text(encoding="utf-8"))]


def record_html(a: Article, captions: list[str] = ()) -> str:
    """A small page for Pagefind to index: our tokens as its body; the readable
    text, title, date and region as metadata; regions, agencies, year and kind
    as filters.  It is only read by the indexer, never published.  `captions`:
    of the photos printed within it (render/model/photos.py), which its page
    lists and its text holds."""
    title = display_title(a)
    head = " ".join(x for x in (a.kicker, a.subtitle) if x)
    # Tokens in text order: the query runs as Pagefind's exact-phrase search,
    # which needs their positions (a phrase of bigrams = the typed substring).
    title_words = tokens(title)
    body_words = tokens(head) + tokens(a.body) + [w for c in captions for w in tokens(c)]
    filters = [("年份", a.date[:4] if a.date else "日期不详"), ("类型", a.kind)]
    if len(a.date) >= 7:
        filters.append(("月份", a.date[:7]))         # the year's bars open into months
    filters += [("地区", v) for v in region_values(a.regions)] + [("机构", n) for n in a.agencies]
    if a.publication:
        filters.append(("出版物", a.publication))
    region = " › ".join(a.regions[0].get("path") or [a.regions[0]["name"]]) if a.regions else ""
    text = "\n".join(x for x in (a.kicker, title, a.subtitle, a.body, *captions) if x)
    meta = [("title", title), ("date", date_label(a.date)), ("region", region), ("text", text)]
    return "\n".join([
        '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>',
        f'<main data-pagefind-body><h1 data-pagefind-weight="{TITLE_WEIGHT}">{esc(" ".join(title_words))}</h1>',
        f"<p>{esc(' '.join(body_words))}</p></main>",
        *(f'<div data-pagefind-meta="{k}">{esc(hide(v))}</div>' for k, v in meta),
        *(f'<div data-pagefind-filter="{k}">{esc(v)}</div>' for k, v in filters),
        # Sorting by date: undated articles sort before every date, i.e. last when newest come first.
        f'<div data-pagefind-sort="date">{esc(a.date or "0000")}</div>',
        "</body></html>", ""])


def region_values(regions: list[dict]) -> list[str]:
    """The 地区 filter's values: every division an article names and the divisions
    above it, each as `code|province›city›county`.  By code, because 30 county
    names repeat across the country (鼓楼区 four times), and with the path, so
    that the search page draws them as a tree and shows each by its own name;
    an article of 鼓楼区 is found under its city and its province too."""
    from ..extract.gazetteer import load

    gaz = load()
    out: list[str] = []
    for r in regions:
        div = gaz.by_code.get(r.get("code", ""))
        chain = gaz.path(div) if div is not None else []
        for k in range(len(chain)):
            value = f"{chain[k].code}|{'›'.join(x.name for x in chain[:k + 1])}"
            if value not in out:
                out.append(value)
    return out


SHARD_SIZE = 500           # articles in the newest Pagefind index; see shards()
SHARD_MAX = 4000           # and in any one index: Pagefind's indexer needs ~0.35 MB per article
MANIFEST = "shards.json"


def shards(articles: list[Article], size: int = SHARD_SIZE, most: int = SHARD_MAX) -> list[list[Article]]:
    """Articles cut into runs by date, oldest run first: the newest `size`
    articles, the next 2 x size, the next 4 x size, ... up to `most` a run (a
    small rest joins the oldest run when it fits), each run ending at a turn
    of the year where one falls within it (once it holds `size` articles:
    small years share a run).

    One Pagefind index per run, because Pagefind's cost per query grows with
    the pages a word occurs on: ten thousand pages take seconds on a common
    word.  The browser searches the newest run first, small enough to answer
    at once, and shows its results while it searches the older, larger runs;
    doubling keeps the number of runs (each costs the visitor one download of
    Pagefind's wasm) small.  The cap bounds the indexer's memory (a run
    at a time per core) and the time an older run takes to answer.  Runs end
    with a year because a search narrowed to a year reads only the runs that
    hold it: the fewer other years' pages they carry, the less Pagefind
    matches and throws away."""
    ordered = sorted(articles, key=lambda a: (a.date or "", a.id), reverse=True)
    year = [(a.date or "")[:4] for a in ordered]
    runs: list[list[Article]] = []
    start, step = 0, size
    while start < len(ordered):
        turns = [k for k in range(start + 1, min(start + step, len(ordered)) + 1)
                 if k == len(ordered) or year[k] != year[k - 1]]
        enough = [k for k in turns if k - start >= size]
        if turns:
            # The first turn of the year once the run holds `size` articles (small years
            # share a run), or the last the step reaches (the next year is too long to join).
            end = enough[0] if enough else turns[-1]
        else:                                # one year longer than the step: cut inside it
            year_end = next((k for k in range(start + step, len(ordered)) if year[k] != year[start]), len(ordered))
            end = start + step
            if year_end - end < step and year_end - start <= most:
                end = year_end               # too few left of the year for a run of their own
        runs.append(ordered[start:end][::-1])
        start, step = end, max(step, min(step * 2, most))
    return runs[::-1]


FRAGMENT_SIGNATURE = b"pagefind_dcd"    # what Pagefind puts before the JSON in its gzipped files


def slim_fragments(bundle: Path) -> tuple[dict[str, dict[str, list[str]]], dict[str, tuple[int, int]], dict[str, str]]:
    """Empty the `content` of each result fragment Pagefind wrote; returns each
    fragment's filter values by its result id ({"en_4175f88": {"年份": ["2024"], …}}),
    its lengths in words: its title's and its whole text's (as Pagefind counts them),
    and its page's URL (/articles/…/).

    A fragment is what the browser fetches to show one result.  Pagefind keeps
    the indexed text in it to cut excerpts from, but ours is the bigram tokens
    (q020135024037 …), seven times the text, and the search page cuts its
    excerpts from the readable text in the metadata instead: the tokens were
    about 2 KB of every article's 5.7 KB of index.  Fixed gzip settings, so
    the same index gives the same bytes."""
    filters: dict[str, dict[str, list[str]]] = {}
    lengths: dict[str, tuple[int, int]] = {}
    urls_: dict[str, str] = {}
    for path in sorted((bundle / "fragment").glob("*.pf_fragment")):
        raw = path.read_bytes()
        data = gzip.decompress(raw)
        if not data.startswith(FRAGMENT_SIGNATURE):
            raise RuntimeError(f"{path}: not a Pagefind fragment")
        fragment = json.loads(data[len(FRAGMENT_SIGNATURE):])
        fragment["content"] = ""
        filters[path.stem] = fragment.get("filters") or {}
        urls_[path.stem] = fragment.get("url", "")
        # The title is the record's first words (record_html's <h1>: its tokens).
        title = unhide((fragment.get("meta") or {}).get("title", ""))
        lengths[path.stem] = (len(tokens(title)), int(fragment.get("word_count") or 0))
        packed = gzip.compress(FRAGMENT_SIGNATURE + json.dumps(fragment, ensure_ascii=False, separators=(",", ":"))
                               .encode("utf-8"), compresslevel=9, mtime=0)
        path.write_bytes(packed)
    return filters, lengths, urls_


def searched_text(a: Article, captions: list[str] = ()) -> str:
    """All the words a search finds an article by, its parts a line apart (a run of
    characters never crosses them): whose bigrams the directory and bitmaps list."""
    return "\n".join((display_title(a), a.title, a.kicker, a.subtitle, a.body, *captions))


def index_shard(shard: list[Article], bundle: Path, captions: dict[str, list[str]] | None = None,
                common: set[str] = frozenset()) -> tuple[set[str], int, dict[str, tuple[bytes, bytes]]]:
    """One shard's Pagefind bundle, in `bundle`; returns the Chinese bigrams it holds
    (for the directory of which shards hold a word: term_shards.py), its number of
    pages, and the bitmaps of the `common` bigrams its pages hold (common_terms.py).
    `captions`: of the photos printed within each article, by its id (see record_html).

    Pagefind's own CLI indexes a scratch folder of record pages (one per article,
    at the article's URL); it is much faster than feeding records one by one."""
    terms: set[str] = set()
    held_by_url: dict[str, tuple[set[str], set[str]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for a in shard:
            url = urls.url_of(urls.article(a.id))
            page = Path(tmp) / url / "index.html"
            page.parent.mkdir(parents=True, exist_ok=True)
            held = (captions or {}).get(a.id, [])
            page.write_text(record_html(a, held), encoding="utf-8")
            grams = term_shards.bigrams(searched_text(a, held))
            terms |= grams
            if common:
                held_by_url[f"/{url}"] = (grams & common, term_shards.bigrams(display_title(a)) & common)
        res = subprocess.run([sys.executable, "-m", "pagefind", "--site", tmp,
                              "--output-path", str(bundle.resolve()), "--quiet"],
                             capture_output=True, text=True)
        if res.returncode:
            raise RuntimeError(f"pagefind failed on {bundle.name}: {res.stderr or res.stdout}")
    filters, lengths, page_urls = slim_fragments(bundle)
    facet_table.write_table(bundle, filters, lengths)
    # In the facet table's order: its pages sorted by result id.
    in_order = [held_by_url.get(page_urls[pid], (set(), set())) for pid in sorted(filters)]
    return terms, len(filters), common_terms.shard_bitmaps(in_order) if common else {}


def build_index(site: Path, shard_size: int = SHARD_SIZE, shard_max: int = SHARD_MAX, progress=None,
                jobs: int | None = None, common_share: float = common_terms.SHARE,
                common_least: int = common_terms.LEAST) -> int:
    """Index site/data/articles.jsonl into site/pagefind/sNNN/ (one Pagefind bundle per
    shard) plus site/pagefind/shards.json listing them newest first; returns the
    number of articles.  `progress` (progress.Progress) counts the articles indexed, shard by shard.

    `jobs` shards are indexed at a time (default: one per core): Pagefind's
    indexer keeps to about one core, and each shard is its own bundle, so the
    bytes do not depend on the order they finish in.  Memory grows with them:
    about 1.5 GB a shard of 4 000 articles.  `common_share`, `common_least`: which
    bigrams get bitmaps (common_terms.py)."""
    articles = [a for a in load_articles(site / "data" / "articles.jsonl") if a.kind != "residue" and not a.hidden]
    if progress is not None:
        progress.total = len(articles)
    out = site / "pagefind"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    # Named newest first: the browser can start loading s000 before it reads the list.
    runs = list(reversed(shards(articles, shard_size, max(shard_size, shard_max))))
    held = photos.captions_within(articles)
    names = [f"s{k:03d}" for k in range(len(runs))]
    common = common_terms.select(articles, common_share, common_least,
                                 text_of=lambda a: searched_text(a, held.get(a.id, [])))
    masks: dict[str, int] = {}        # which shards hold each bigram, marked as each shard is done
    bitmaps: dict[int, tuple[int, dict]] = {}
    # In processes: writing a shard's records and reading back its fragments is Python,
    # about half a shard's time, which threads took one at a time (the GIL).
    with ProcessPoolExecutor(max_workers=max(1, jobs or os.cpu_count() or 1)) as pool:
        pending = {pool.submit(index_shard, run, out / name, {a.id: held[a.id] for a in run if a.id in held}, common): k
                   for k, (name, run) in enumerate(zip(names, runs))}
        for done in as_completed(pending):
            terms, pages, maps = done.result()
            term_shards.add_shard(masks, pending[done], terms)
            bitmaps[pending[done]] = (pages, maps)
            if progress is not None:
                progress.advance(len(runs[pending[done]]))
    listed = []
    for name, run in zip(names, runs):
        dates = [a.date for a in run if a.date]
        listed.append({"path": f"{name}/", "articles": len(run),
                       "from": min(dates, default=""), "to": max(dates, default="")})
    manifest = {"shards": listed, "terms": term_shards.write_directory(out, masks)}
    common_entry = common_terms.write(out, common, [bitmaps[k] for k in range(len(runs))])
    if common_entry:
        manifest["common"] = common_entry
    (out / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(articles)
