"""Pages of hand-annotated articles: the gold for places and agencies.

Composed pages judge cutting, titles and dates from the corpus's own fields;
places and agencies need a reader.  annotations.yml holds what one judged for
corpus articles (by id), annotations_blind.yml for others annotated blind.  They are laid out as a national paper's pages
(人民日报, home region 全国, as they were printed): a web page each, or OCR
pages of the articles of one issue, with every paragraph kept so that the
gold stays true of the page.
"""
from __future__ import annotations

import random
import zlib
from pathlib import Path

from ..yaml_text import load_yaml
from . import Page, places, snippets
from .corpus import load
from .layouts import ocr_page, web_page
from .typeset import Style

ANNOTATIONS = {
    "tuned": Path(__file__).with_name("annotations.yml"),       # looked at while the rules were written
    "blind": Path(__file__).with_name("annotations_blind.yml"),  # never looked at: the honest figure
}
FIELDS = ("regions", "regions_ok", "agencies", "agencies_ok")


def load_annotations(path: Path) -> dict[str, dict]:
    data = load_yaml(path.read_text(encoding="utf-8")) or {}
    return {str(k): {f: list(v.get(f) or []) for f in FIELDS} for k, v in data.items()}


def compose_annotated(corpus: Path, which: str = "tuned", seed: int = 1) -> list[Page]:
    notes = load_annotations(ANNOTATIONS[which])
    stories = sorted((s for s in load(corpus) if s.id in notes), key=lambda s: s.id)
    out: list[Page] = []
    i = 0
    while i < len(stories):
        rng = random.Random(f"{seed}:{which}:annotated:{len(out)}")
        group = [stories[i]]
        if rng.random() < 0.5:                  # an OCR page: the annotated articles of one issue
            while i + len(group) < len(stories) and len(group) < 3 and stories[i + len(group)].date == group[0].date \
                    and stories[i + len(group)].title not in {s.title for s in group}:   # reprints: one per page
                group.append(stories[i + len(group)])
        i += len(group)
        county, city, province = places(rng)
        st = Style(rng, "all", county, city, province, keep_text=True)
        issue = group[0].date
        if len(group) == 1:
            others = [s for s in stories if s.id != group[0].id]
            page = web_page(st, group + rng.sample(others, min(4, len(others))), issue)
        else:
            page = ocr_page(st, group, issue)
        for it in page.items:
            it.places = notes[it.id]
        page.catalog = {"publication": "人民日报", "home_region": "全国", "date": issue}
        snippets(page)
        name = f"a{len(out) + 1:04d}_{zlib.crc32(f'{seed}{which}{len(out)}'.encode()):08x}.txt"
        out.append(Page(name, page, "utf-8"))
    return out
