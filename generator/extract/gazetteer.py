"""The national admin-division table and a one-pass name matcher over it."""
from __future__ import annotations

import functools
from pathlib import Path

import ahocorasick

from ..records import Division
from ..yaml_text import load_yaml


DATA = Path(__file__).resolve().parent.parent / "data"


def data_path(name: str) -> Path:
    return DATA / name


class Gazetteer:
    """Divisions by code, their paths, and an Aho-Corasick automaton of names.

    Exists so that every stage (places, agencies, orphan matching, the site's
    region tree) shares one loaded table and one definition of a division's path.
    """

    def __init__(self, divisions: list[Division]):
        self.by_code = {d.code: d for d in divisions}
        self.by_name: dict[str, list[Division]] = {}
        self.keys: dict[str, list[tuple[Division, bool]]] = {}
        for d in divisions:
            self.by_name.setdefault(d.name, []).append(d)
            self.keys.setdefault(d.name, []).append((d, False))
            if d.short and d.short != d.name and len(d.short) >= 2:
                self.keys.setdefault(d.short, []).append((d, True))

    @functools.cached_property
    def automaton(self) -> ahocorasick.Automaton:
        """Built when text is first searched: a rebuild that reads no page needs only codes and paths."""
        automaton = ahocorasick.Automaton()
        for key, values in self.keys.items():
            automaton.add_word(key, (key, tuple(values)))
        automaton.make_automaton()
        return automaton

    def path(self, d: Division) -> list[Division]:
        out = [d]
        while out[-1].parent:
            out.append(self.by_code[out[-1].parent])
        return out[::-1]

    def ancestors(self, d: Division) -> list[Division]:
        return self.path(d)[:-1]

    def province(self, d: Division) -> Division:
        return self.path(d)[0]

    def city(self, d: Division) -> Division | None:
        return next((x for x in self.path(d) if x.level == 2), None)

    def is_under(self, d: Division, other: Division) -> bool:
        return other in self.path(d)

    def resolve(self, text: str) -> Division | None:
        """A place written as a path ("山西省朔州市", "宁夏回族自治区") -> its division."""
        text = text.strip().replace(" ", "").replace("/", "").replace("›", "")
        if not text:
            return None
        found: Division | None = None
        pos = 0
        while pos < len(text):
            for end in range(len(text), pos, -1):
                cands = self.keys.get(text[pos:end], [])
                cands = [d for d, _ in cands if found is None or self.is_under(d, found)]
                if len(cands) == 1 or (cands and found is None and
                                       len({c.level for c in cands}) == len(cands)):
                    found = min(cands, key=lambda c: c.level)
                    pos = end
                    break
            else:
                return None
        return found

    def matches(self, text: str):
        """Leftmost-longest name matches: (start, end, key, candidates)."""
        for end, (key, values) in self.automaton.iter_long(text):
            yield end - len(key) + 1, end + 1, key, values


@functools.lru_cache(maxsize=1)
def load() -> Gazetteer:
    rows = []
    for line in data_path("divisions.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, level, name, short, parent = line.split("\t")
        rows.append(Division(code, int(level), name, short, parent))
    return Gazetteer(rows)


@functools.lru_cache(maxsize=None)
def rules(name: str) -> dict:
    return load_yaml(data_path(name).read_text(encoding="utf-8"))
