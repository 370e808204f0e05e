"""Parts of an archive too large for one site: runs of issue months, each built
and published as a site of its own under one root (parts/<name>/).

Exists because one static host holds about 1 GB (GitHub Pages), some 40 000
articles: past that the archive is cut into parts, each built by its own CI
job (and rebuilt, incrementally, only when its pages change), and the root's
search spans them (root.py).  A part is a run of whole months, not a set of
publications, so that an issue or a month page never straddles two sites and
the parts' search indexes, newest part first, stay in date order for a search
sorted by date.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..render.content.urls import from_here
from ..yaml_text import YAMLSyntaxError, load_yaml

PLAN_HEAD = ("# The archive's parts: runs of issue months, each built as a site of its own\n"
             "# (parts/<name>/ under the root).  Written by `python -m generator parts plan`;\n"
             "# a page goes to the first part whose `last` month is not before its own,\n"
             "# a later one to the newest part, an undated page to the oldest.  A part may\n"
             "# live on a host of its own (`url: https://…/`, e.g. one GitHub Pages site per\n"
             "# part, whose 1 GB then holds one part); the root's address is then `root:`.\n")


@dataclass(frozen=True)
class Part:
    name: str      # its folder under parts/
    first: str     # its first month (2019-02) when planned ("" when it starts with undated pages)
    last: str      # its last; the newest part also takes every later month
    url: str = ""  # where it is published when not at the root's parts/<name>/ (absolute, ends in /)


@dataclass(frozen=True)
class Plan:
    parts: tuple[Part, ...]        # oldest first
    root: str = ""                 # the root's address, needed when a part lives elsewhere

    def address(self, part: Part) -> str:
        """Where a part is, from the root: its own address, or parts/<name>/."""
        return part.url or f"parts/{part.name}/"


@dataclass(frozen=True)
class Shelf:
    """What a part's own pages say about the whole: which part this is, every part,
    and the way to each and to the root from this part's home."""
    plan: Plan
    here: str

    @property
    def parts(self) -> tuple[Part, ...]:
        return self.plan.parts

    @property
    def this(self) -> Part:
        return next(p for p in self.parts if p.name == self.here)

    @property
    def root(self) -> str:
        return self.plan.root if self.this.url else "../../"

    def link(self, part: Part) -> str:
        return from_here(self.root, self.plan.address(part))


class PlanError(ValueError):
    """A parts file that cannot be used: the message names the file and the item."""


def part_of(parts: tuple[Part, ...], date: str) -> Part:
    """The part a page of this date (2019-02-14, 2019-02, 2019 or "") belongs to."""
    month = date[:7]
    for p in parts:
        if month <= p.last:
            return p
    return parts[-1]


def plan_parts(dated: dict[str, tuple[str, int]], count: int) -> tuple[Part, ...]:
    """`count` runs of months of about equal weight (bytes of page) from each page's
    (date, weight); a month is never cut.  Fewer parts when there are fewer months."""
    by_date: dict[str, int] = defaultdict(int)
    for date, weight in dated.values():
        by_date[date[:7]] += max(1, weight)
    dates = sorted(by_date)
    total = sum(by_date.values())
    count = min(count, len(dates))
    runs: list[list[str]] = [[]]
    done = 0
    for i, d in enumerate(dates):
        runs[-1].append(d)
        done += by_date[d]
        left = len(dates) - i - 1
        # Cut once this run reaches its share of the weight, or when the months left
        # are just enough to give each part still to come one, while parts remain to fill.
        if left and len(runs) < count and (done >= total * len(runs) / count or left == count - len(runs)):
            runs.append([])
    width = len(str(len(runs)))
    return tuple(Part(f"p{k + 1:0{width}d}", run[0], run[-1]) for k, run in enumerate(runs) if run)


def dump_plan(plan: Plan) -> str:
    lines = [PLAN_HEAD] + ([f"root: '{plan.root}'"] if plan.root else []) + ["parts:"]
    for p in plan.parts:
        lines += [f"- name: {p.name}", f"  first: '{p.first}'", f"  last: '{p.last}'"]
        lines += [f"  url: '{p.url}'"] if p.url else []
    return "\n".join(lines) + "\n"


def is_address(url: str) -> bool:
    return url.startswith(("http://", "https://")) and url.endswith("/") and not any(c in url for c in " '\"<>")


def load_plan(path: Path) -> Plan:
    """The parts file's plan; PlanError names the file and what is wrong."""
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise PlanError(f"{path}: cannot read the parts file: {err.strerror}") from None
    except (UnicodeDecodeError, YAMLSyntaxError) as err:
        where = f" line {err.line}:" if isinstance(err, YAMLSyntaxError) and err.line else ""
        raise PlanError(f"{path}:{where} not a parts file ({err})") from None
    items = data.get("parts") if isinstance(data, dict) else None
    if not isinstance(items, list) or not items:
        raise PlanError(f"{path}: no list of parts (expected `parts:` with one item per part)")
    parts: list[Part] = []
    for k, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise PlanError(f"{path}: part {k}: not a mapping of name, first, last")
        name, first, last, url = (str(item.get(f, "") or "") for f in ("name", "first", "last", "url"))
        if url and not is_address(url):
            raise PlanError(f"{path}: part {k} ({name}): url {url!r} is not an http(s) address ending in /")
        if not name or not name.replace("-", "").replace("_", "").isalnum() or not name.isascii():
            raise PlanError(f"{path}: part {k}: name {name!r} is not a folder name (letters, digits, - and _)")
        if first > last:
            raise PlanError(f"{path}: part {k} ({name}): first date {first!r} is after its last {last!r}")
        if parts and not parts[-1].last < first:
            raise PlanError(f"{path}: part {k} ({name}): dates {first!r}–{last!r} do not follow "
                            f"part {k - 1}'s ({parts[-1].last!r}) in order")
        if any(p.name == name for p in parts):
            raise PlanError(f"{path}: part {k}: name {name!r} is used twice")
        parts.append(Part(name, first, last, url))
    root = str(data.get("root", "") or "")
    if root and not is_address(root):
        raise PlanError(f"{path}: root {root!r} is not an http(s) address ending in /")
    if not root and any(p.url for p in parts):
        raise PlanError(f"{path}: a part has a url of its own, so `root:` must say where the root is")
    return Plan(tuple(parts), root)


def page_date(articles) -> str:
    """The date of a page the catalogue gives none: the one its articles give most
    often (the earliest of equals), else ""."""
    counts: dict[str, int] = defaultdict(int)
    for a in articles or ():
        if a.date:
            counts[a.date] += 1
    return min(counts, key=lambda d: (-counts[d], d)) if counts else ""
