"""The real-article corpus the composer lays out: one JSON object per article
(see ../shared/corpus/README.md).  Its text never enters this repository."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Story:
    """One printed article as the corpus gives it: no layout, only its parts."""
    id: str
    date: str               # issue date, ISO
    page: int
    kicker: str
    title: str
    subtitle: str
    paragraphs: tuple[str, ...]

    @property
    def size(self) -> int:
        return sum(len(p) for p in self.paragraphs)


def load(path: Path) -> list[Story]:
    stories = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            paras = tuple(p.strip() for p in d.get("paragraphs") or [] if p.strip())
            if not paras or not d.get("title"):
                continue
            stories.append(Story(d["id"], d["date"], int(d.get("page") or 1), (d.get("kicker") or "").strip(),
                                 d["title"].strip(), (d.get("subtitle") or "").strip(), paras))
    return stories
