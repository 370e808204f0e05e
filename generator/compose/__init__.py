"""Compose input pages with known gold from a corpus of real articles.

    python -m generator.compose pages --corpus ../shared/corpus/rmrb-2019.jsonl --out DIR
    python -m generator.compose score --corpus … --scorer ../shared/eval/score.py
    python -m generator.compose census --corpus … --layout ocr     (where failing articles went wrong)

A development tool: the extraction is measured on pages laid out from real
articles in every layout an archive holds (layouts.py), with the gold written
in the schema of gold/seeds.yml (cutting, titles and dates: places are not
judged on composed pages).  Same corpus and seed, same pages and gold.
The corpus text stays outside the repository; so do the composed pages.
"""
from __future__ import annotations

import contextlib
import fcntl
import random
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .corpus import Story, load
from .layouts import (Composed, brief_page, digest_page, markdown_page, ocr_page, opens_on_day, record_page,
                      reports_page, substantial, web_page)
from .typeset import Style, norm

LAYOUTS = {
    # name: (builder, stories a page, size range of a story)
    "ocr": (ocr_page, (2, 5), (150, 2600)),
    "markdown": (markdown_page, (2, 4), (150, 3000)),
    "web": (web_page, (1, 1), (150, 4000)),
    "brief": (brief_page, (3, 7), (60, 6000)),
    "digest": (digest_page, (3, 6), (100, 2500)),
    "record": (record_page, (1, 4), (150, 3000)),
    "reports": (reports_page, (3, 6), (150, 2500)),
}
# Layouts that take only some stories: a page of reports, those that open on their day.
TAKES = {"reports": opens_on_day}
# The layouts the shipped line-role model was trained on (`make train`): the reports
# layout came after it, and is measured only.
TRAINED = ("ocr", "markdown", "web", "brief", "digest", "record")
JUMP_HEAD = re.compile(r"^[（(](?:上接|紧接|接)[^）)]{1,8}[）)]")
JUMP_TAIL = re.compile(r"[（(](?:下转|转)[^）)]{1,8}[）)]$")


@dataclass
class Page:
    name: str
    composed: Composed
    encoding: str


def split_of(story: Story) -> str:
    """Disjoint article halves: dev pages never reuse a holdout page's article."""
    return "dev" if zlib.crc32(story.id.encode()) % 2 == 0 else "holdout"


def places(rng: random.Random) -> tuple[str, str, str]:
    from ..extract.gazetteer import load as gazetteer

    gaz = gazetteer()
    counties = sorted((d for d in gaz.by_code.values() if d.level == 3 and gaz.city(d)), key=lambda d: d.code)
    county = rng.choice(counties)
    return county.name, gaz.city(county).name, gaz.province(county).name


def compose(corpus: Path, pages_per_layout: int = 50, seed: int = 1, split: str = "dev",
            layouts: list[str] | None = None) -> list[Page]:
    half = "dev" if split == "train" else split
    stories = [s for s in load(corpus) if half in ("all", split_of(s))]
    rng = random.Random(f"{seed}:{split}")
    rng.shuffle(stories)
    out: list[Page] = []
    n = 0
    for layout in layouts or list(LAYOUTS):
        used: set[str] = set()          # no article twice in one layout; layouts draw from the whole half
        build, (lo, hi), (small, large) = LAYOUTS[layout]
        takes = TAKES.get(layout, lambda s: True)
        pool = [s for s in stories if small <= s.size <= large and takes(s)]
        for made in range(pages_per_layout):      # a page depends on its layout and place, not on other layouts
            prng = random.Random(f"{seed}:{split}:{layout}:{made}")
            count = prng.randint(lo, hi)
            chosen = take(pool, used, count, prng,
                          same_issue=layout in ("ocr", "markdown", "brief", "record", "reports"))
            if not chosen:
                break
            extra = take(pool, set(used), 4, prng, same_issue=False) if layout == "web" else []
            county, city, province = places(prng)
            st = Style(prng, split, county, city, province)
            issue = chosen[0].date
            if layout == "record":
                shift = prng.choice([0, 0, 0, prng.randint(10, 60)])
                page = build(st, chosen, issue, shift)
            elif layout == "markdown":
                page = build(st, chosen, issue, photo_captions(prng, stories, 3))
            else:
                page = build(st, chosen + extra, issue) if layout == "web" else build(st, chosen, issue)
            page.catalog = catalog_record(prng, page, issue)
            n += 1
            name = f"c{n:04d}_{zlib.crc32(f'{seed}{split}{n}'.encode()):08x}.txt"
            encoding = "gb18030" if prng.random() < 0.15 else "utf-8"
            snippets(page)
            out.append(Page(name, page, encoding))
    return out


def photo_captions(rng: random.Random, stories: list[Story], n: int) -> list[str]:
    """Captions of photos (图为…… 张三 摄) to set inside articles."""
    photos = [s for s in stories if len(s.paragraphs) <= 3 and s.size < 260 and "摄" in s.paragraphs[-1][-12:]]
    out = []
    for s in rng.sample(photos, min(n, len(photos))):
        out.append("".join(s.paragraphs[-2:]) if len(s.paragraphs) > 1 else s.paragraphs[0])
    return out


def take(pool: list[Story], used: set[str], count: int, rng: random.Random, same_issue: bool) -> list[Story]:
    """Unused stories: for a printed page, from one issue (one date, near pages)."""
    free = [s for s in pool if s.id not in used]
    if not free:
        return []
    first = free[rng.randrange(len(free))]
    chosen = [first]
    if same_issue:
        near = [s for s in free if s.date == first.date and s.id != first.id]
        near.sort(key=lambda s: (abs(s.page - first.page), s.id))
        for s in near:
            # The paper ran some stories twice (page 1 and page 2): one copy a page, or its gold
            # would ask for two articles with the same words.
            if len(chosen) < count and all(s.paragraphs[:3] != c.paragraphs[:3] for c in chosen):
                chosen.append(s)
    else:
        others = [s for s in free if s.id != first.id]
        chosen += rng.sample(others, min(count - 1, len(others)))
    for s in chosen:
        used.add(s.id)
    return chosen


def catalog_record(rng: random.Random, page: Composed, issue: str) -> dict | None:
    """Half the pages have a curator's record; a page that prints no date always has one."""
    has_date = page.printed_date or page.layout in ("web", "digest", "record")
    if has_date and rng.random() < 0.5:
        return None
    rec: dict = {}
    if rng.random() < 0.7:
        rec["publication"] = rng.choice(["人民日报", "人民日报（数字报）", "人民日报 电子版"])
    if rng.random() < 0.5:
        rec["home_region"] = "全国"
    if page.layout == "digest":
        if rng.random() < 0.5:
            rec["date"] = issue[:4]
    elif page.layout == "record":
        if page.items and rng.random() < 0.5:
            rec["date"] = page.items[0].date[0][:4]
    else:
        rec["date"] = issue if rng.random() < 0.6 else issue[:7]
        if len(rec["date"]) == 7 and not page.printed_date:
            for it in page.items:                 # only the month is known: the month is the answer
                it.date = [d[:7] for d in it.date[:1]] + [d for d in it.date[1:]]
    return rec


def snippets(page: Composed) -> None:
    """Each item's first and last snippets: the start of its first substantial
    paragraph and the end of its last one, long enough to occur once on the page."""
    text = norm("\n".join(page.lines))
    for it in page.items:
        paras = [p for p in it.body if substantial(p)] or it.body
        head = norm(JUMP_HEAD.sub("", paras[0]))
        tail = norm(JUMP_TAIL.sub("", paras[-1]))
        it.first = unique(text, lambda k: head[:k], len(head))
        it.last = unique(text, lambda k: tail[-k:], len(tail))


def unique(text: str, cut, longest: int) -> str:
    for k in range(12, max(13, longest + 1)):
        s = cut(k)
        if text.count(s) == 1:
            return s
    return cut(longest)


def gold_of(pages: list[Page]) -> dict:
    return {"pages": {p.name: [{"id": it.id, "kind": it.kind, "title": it.title, "date": it.date,
                                "first": it.first, "last": it.last, **(it.places or {})}
                               for it in p.composed.items]
                      for p in pages}}


class FolderBusy(Exception):
    """Another run is writing the same output folder."""


@contextlib.contextmanager
def claimed(out: Path) -> Iterator[None]:
    """Hold `out` for one run while it writes, parses and scores its pages: a second run
    writing there (two `compose score` runs left at their default --out) would delete the
    first one's pages under its parser."""
    out.mkdir(parents=True, exist_ok=True)
    with open(out / ".lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise FolderBusy(f"{out} is being written by another run: give this one its own --out") from None
        yield


def write(pages: list[Page], out: Path) -> None:
    """pages/ (as archives hold them, some in GB18030), utf8/ (for the scorer's
    coverage count), gold.yml, catalog.yml, layouts.yml."""
    import yaml

    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "utf8").mkdir(parents=True, exist_ok=True)
    for old in list((out / "pages").glob("*.txt")) + list((out / "utf8").glob("*.txt")):
        old.unlink()
    for p in pages:
        text = "\n".join(p.composed.lines).strip("\n") + "\n"
        (out / "pages" / p.name).write_bytes(text.encode(p.encoding))
        (out / "utf8" / p.name).write_text(text, encoding="utf-8")
    dump = lambda data: yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)  # noqa: E731
    (out / "gold.yml").write_text(dump(gold_of(pages)), encoding="utf-8")
    catalog = {p.name: p.composed.catalog for p in pages if p.composed.catalog is not None}
    (out / "catalog.yml").write_text(dump(catalog), encoding="utf-8")
    (out / "layouts.yml").write_text(dump({p.name: p.composed.layout for p in pages}), encoding="utf-8")
