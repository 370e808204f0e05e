"""The national admin-division tables of 1980-2024 and a one-pass name matcher.

A place is named as it was when an article was written: the tables keep every
division with the years it stood (莱芜市 1992-2017, then 济南市莱芜区), and a
view of them for one year matches only the names that stood then.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import ahocorasick

from ..records import Division
from ..yaml_text import load_yaml


DATA = Path(__file__).resolve().parent.parent / "data"


def data_path(name: str) -> Path:
    return DATA / name


class Gazetteer:
    """Divisions by code, their paths, and an Aho-Corasick automaton of the names
    that stood in one year (the newest table's, where no year is given).

    Exists so that every stage (places, agencies, orphan matching, the site's
    region tree) shares one loaded table and one definition of a division's path.
    Codes cover every year: a division of an old article keeps its page.
    """

    def __init__(self, divisions: list[Division], year: int | None = None, full: "Gazetteer | None" = None,
                 former: bool = False, early: list[Division] = ()):
        if full is not None:
            divisions, early = full.national, full.early
        self.national, self.early = divisions, list(early)
        self.all = divisions + self.early
        # (the national tables' years: the units abolished before them stand in their own)
        self.newest = max((d.last_year for d in divisions if d.years), default=0)
        self.oldest = min((d.first_year for d in divisions if d.years), default=0)
        self.year = year
        if full is None:
            by_code: dict[str, Division] = {}
            self.versions: dict[str, list[Division]] = {}
            for d in self.all:            # a code's newest division answers for it; older ones stay reachable
                self.versions.setdefault(d.code, []).append(d)
                if d.code not in by_code or d.last_year > by_code[d.code].last_year:
                    by_code[d.code] = d
            self.by_code = by_code
            self._views: dict[int, Gazetteer] = {}
        else:
            self.by_code, self.versions, self._views = full.by_code, full.versions, full._views
        # The names that stood in the year (for an article of year Y: in Y's table or Y-1's).
        self._former: set[tuple[str, str]] = set()      # (code, name): a code may stand under a new name
        if year is None:
            standing = [d for d in divisions if d.stood(self.newest)]
            if former:
                gone = former_names(self.all, standing)
                self._former = {(d.code, d.name) for d in gone}
                standing += gone
        else:
            # Before the first table, a year reads the first table and the units of its own time.
            before = [d for d in self.early if d.stood(year)] if year <= self.oldest else []
            year = max(year, self.oldest + 1)
            masks = (full if full is not None else self)._year_masks       # (the national table's, kept once)
            this, last = 1 << (year - MASK_BASE), 1 << (year - 1 - MASK_BASE)
            # A division recoded that year (常熟市 321301 in 1983, 329003 from 1984) is one
            # place, not two of one name: the code standing in the year answers for it.
            named = {(d.name, d.parent) for d, m in zip(divisions, masks) if m & this}
            standing = [d for d, m in zip(divisions, masks)
                        if m & this or (m & last and (d.name, d.parent) not in named)]
            standing += before
        self._standing = standing

    @functools.cached_property
    def _year_masks(self) -> list[int]:
        return year_masks(self.national)

    @functools.cached_property
    def keys(self) -> dict[str, list[tuple[Division, bool]]]:
        """The names and short names that stood, each with its divisions: built when a name
        is first looked up (a rebuild that reads no page needs only codes and paths)."""
        placeholders = set(rules("places.yml")["placeholders"])
        keys: dict[str, list[tuple[Division, bool]]] = {}
        for d in self._standing:
            if d.name in placeholders:
                continue
            keys.setdefault(d.name, []).append((d, False))
            if (d.code, d.name) in self._former:
                continue                  # (a former name is read in full only: 户县, never 户)
            if d.short and d.short != d.name and len(d.short) >= 2:
                # (a short name that is the county's own old name, 沙县 of 沙县区 and 辉县 of
                # 辉县市, is read as a full name; not a prefecture's named after its seat: 宿县
                # is the county, 宿县地区 the prefecture around it)
                old_name = d.level == 3 and d.short.endswith("县") and d.name[-1] in "区市"
                keys.setdefault(d.short, []).append((d, not old_name))
        return keys

    def is_early(self, d: Division) -> bool:
        """A unit abolished before the national tables begin (绥远省): its code is the archive's own."""
        return d.code in self._early_codes

    @functools.cached_property
    def _early_codes(self) -> frozenset[str]:
        return frozenset(e.code for e in self.early)

    def undated(self) -> "Gazetteer":
        """The newest table's names and, beside them, the former names no division bears
        now (户县, 蓬莱县, 襄樊市): a page that prints no year may be decades old."""
        if -1 not in self._views:
            self._views[-1] = Gazetteer(self.national, None, full=self, former=True)
        return self._views[-1]

    def at(self, year: int | None) -> "Gazetteer":
        """The view of the tables as they stood in `year` (the newest table for None; for a
        year before the first table, that table and the units abolished before it that stood then)."""
        if year is None or year >= self.newest:
            return load()
        if year > self.oldest or not any(d.stood(year) for d in self.early):
            year = max(year, self.oldest + 1)     # before the first table: read it in the oldest one
        if year not in self._views:
            self._views[year] = Gazetteer(self.national, year, full=self)
        return self._views[year]

    @functools.cached_property
    def automaton(self) -> ahocorasick.Automaton:
        """Built when text is first searched: a rebuild that reads no page needs only codes and paths."""
        automaton = ahocorasick.Automaton()
        for key, values in self.keys.items():
            automaton.add_word(_name_in_two_units(key), (key, tuple(values)))
        automaton.make_automaton()
        return automaton

    def parent_of(self, d: Division) -> Division:
        """The parent as it stood when d did (襄阳区 2001-2009 lies in 襄樊市, not 襄阳市)."""
        versions = self.versions.get(d.parent) or [self.by_code[d.parent]]
        if len(versions) == 1:
            return versions[0]
        for v in sorted(versions, key=lambda v: -v.last_year):
            if v.stood(d.last_year) or v.stood(d.first_year):
                return v
        return self.by_code[d.parent]

    def path(self, d: Division) -> list[Division]:
        out = [d]
        while out[-1].parent:
            out.append(self.parent_of(out[-1]))
        return out[::-1]

    def ancestors(self, d: Division) -> list[Division]:
        return self.path(d)[:-1]

    def province(self, d: Division) -> Division:
        return self.path(d)[0]

    def city(self, d: Division) -> Division | None:
        return next((x for x in self.path(d) if x.level == 2), None)

    def is_under(self, d: Division, other: Division) -> bool:
        return other.code in {x.code for x in self.path(d)}

    def successor(self, d: Division) -> Division | None:
        """The newest table's division that d became, where d has changed."""
        return self.by_code.get(d.successor) if d.successor and d.successor != d.code else None

    @functools.cached_property
    def _before(self) -> dict[str, list[Division]]:
        out: dict[str, list[Division]] = {}
        for d in self.by_code.values():
            if d.successor and d.successor != d.code:
                out.setdefault(d.successor, []).append(d)
        return out

    def predecessors(self, code: str) -> list[Division]:
        """The divisions of older tables that became this one (济南市莱芜区: 莱芜市)."""
        return self._before.get(code, [])

    def joined(self, code: str) -> list[str]:
        """The codes whose region pages show this one's articles: what it became, what became it."""
        d = self.by_code.get(code)
        out = [x.code for x in self.predecessors(code)]
        if d is not None and self.successor(d) is not None:
            out.append(d.successor)
        return out

    def resolve(self, text: str) -> Division | None:
        """A place written as a path ("山西省朔州市", "宁夏回族自治区") -> its division:
        as the newest table has it, or else as the latest table that held the name."""
        found = self._resolve(text)
        if found is None and self.year is None and self._ever_named(text):
            for year in range(self.newest - 1, 1979, -1):
                view = self.at(year)
                if view.keys.keys() != self.keys.keys():
                    found = view._resolve(text)
                    if found is not None:
                        break
        return found

    def _ever_named(self, text: str) -> bool:
        """Whether the text is a run of names some table held at all: most texts asked about
        (a signature's first word, 本报记者) are not, and need no view of every year built."""
        text = _as_path(text)
        reach = [True] + [False] * len(text)          # reach[i]: text[:i] is a run of names
        for start in range(len(text)):
            if reach[start]:
                for end in range(start + 1, min(len(text), start + self._ever_longest) + 1):
                    reach[end] = reach[end] or text[start:end] in self._ever_names
        return bool(text) and reach[-1]

    @functools.cached_property
    def _ever_names(self) -> frozenset[str]:
        """Every name and short name of every table's divisions: what any year's keys hold, and more."""
        return frozenset([d.name for d in self.all] + [d.short for d in self.all if d.short])

    @functools.cached_property
    def _ever_longest(self) -> int:
        return max(map(len, self._ever_names), default=0)

    def _resolve(self, text: str) -> Division | None:
        text = _as_path(text)
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

    @functools.cached_property
    def longest(self) -> int:
        """The longest name's length: how far past a point a name that starts there can reach."""
        return max(map(len, self.keys), default=0)

    def matches(self, text: str):
        """Leftmost-longest name matches: (start, end, key, candidates)."""
        for end, (key, values) in self.automaton.iter_long(in_two_units(text)):
            end //= 2                 # the last unit's index, halved: the last character's
            yield end - len(key) + 1, end + 1, key, values


def year_masks(divisions: list[Division]) -> list[int]:
    """Each division's years as the bits of a number (bit Y set: it stood in Y), so that a
    year's view asks each of some 7 700 divisions one AND, not its list of spans."""
    every = (1 << 300) - 1                    # (no years: it always stood)
    return [sum(((1 << (b + 1 - MASK_BASE)) - (1 << (a - MASK_BASE)) for a, b in d.years), 0) if d.years else every
            for d in divisions]


MASK_BASE = 1900                              # (the national tables begin in 1980)


def _as_path(text: str) -> str:
    """A place path as written (山西省 朔州市, 山西省/朔州市, 山西 › 朔州) without its separators."""
    return text.strip().replace(" ", "").replace("/", "").replace("›", "")


# pyahocorasick finds a node's child by a linear search of its children, and the root has
# one for every first character of a name (about 900): every character of a text paid for
# that search. Written in two units each, one for its high byte and one for its low, in
# ranges of their own (so a name can only match from a character's first unit), no node
# has more than 256 children: the same matches, 0.27 s → 0.11 s on 1 M characters of
# real pages, writing them out included.
NON_BMP = re.compile("[\U00010000-\U0010FFFF]")


@functools.lru_cache(maxsize=None)
def _name_in_two_units(name: str) -> str:
    return in_two_units(name)                # (each year's view holds most of the same names)


def in_two_units(text: str) -> str:
    """Each character as the units U+01HH U+02LL of its high byte HH and low byte LL.
    (Written by slicing its UTF-16 bytes, not by a table of 65 536 entries: 6 times faster.)"""
    if NON_BMP.search(text):
        text = NON_BMP.sub("\ufffd", text)   # (no name holds one; one unit each would shift the rest)
    utf16 = text.encode("utf-16-be", "surrogatepass")
    n = len(text)
    units = bytearray(4 * n)                 # little-endian: each unit's low byte, then its high one
    units[0::4] = utf16[0::2]
    units[1::4] = b"\x01" * n
    units[2::4] = utf16[1::2]
    units[3::4] = b"\x02" * n
    return units.decode("utf-16-le")


def years_of(text: str) -> tuple:
    return tuple(tuple(int(y) for y in r.split("-")) for r in text.split(",")) if text else ()


# The suffixes a former division's full name must end in to be read on an undated page
# (not 井冈山, a mountain before it was a division's name; not 新区 or 市区, words first).
FORMER_SUFFIXES = ("县", "区", "市", "旗", "地区", "盟", "州", "自治县", "自治州", "特区", "矿区", "林区", "省")


def former_names(divisions: list[Division], standing: list[Division]) -> list[Division]:
    """Divisions gone from the newest table whose full name no standing division bears and
    that one place bore (under one code, or recoded on its way to one successor): the
    latest version of each."""
    now = {d.name for d in standing} | {d.short for d in standing}       # (沙县 is 沙县区's short name)
    by_code = {d.code: d for d in standing}
    by_name: dict[str, list[Division]] = {}
    for d in divisions:
        became = by_code.get(d.successor or d.code)
        if became is not None and "自治" in became.name and "自治" not in d.name and d.name[:-1] == became.short:
            continue                  # 陵水县 (1987: 陵水黎族自治县), 广西省: still how the place is called
        if d.name.endswith("地区") and d.name[:-2] in now:
            continue                  # 张家口地区: now the area around 张家口 (市)
        if d.name not in now and d.name.endswith(FORMER_SUFFIXES) and \
                (len(d.name) >= 3 or d.name.endswith("县")):
            by_name.setdefault(d.name, []).append(d)
    out = []
    for name, ds in sorted(by_name.items()):
        successors = {d.successor for d in ds}
        if len({d.code for d in ds}) == 1 or (len(successors) == 1 and "" not in successors):
            out.append(max(ds, key=lambda d: (d.last_year, d.code)))
    return out


@functools.lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The tables, seen as the newest one stands."""
    return Gazetteer(read_divisions("divisions.tsv"), early=read_divisions("divisions_before_1980.tsv"))


def read_divisions(name: str) -> list[Division]:
    rows = []
    for line in data_path(name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, level, name, short, parent, years, successor = line.split("\t")
        rows.append(Division(code, int(level), name, short, parent, years_of(years), successor))
    return rows


@functools.lru_cache(maxsize=None)
def rules(name: str) -> dict:
    return load_yaml(data_path(name).read_text(encoding="utf-8"))
