"""Open data files for researchers: the records as JSON Lines and CSV, and the
region and agency tags with their counts.  Built from the same Archive as the
pages, so a download always agrees with what the site shows."""
from __future__ import annotations

import marshal
from dataclasses import dataclass, field
from json.encoder import encode_basestring
from pathlib import Path

from ...digest import sha1
from ...export import to_csv_rows
from ...extract.gazetteer import load
from ..model.structure import Archive


@dataclass
class Concat:
    """A download that is every page's rows one after another (JSON Lines, CSV).

    At 10 000 articles these are 50 MB that a rebuild after adding one page
    must not re-serialise nor read from the parse cache: the pages' parts that
    did not change are taken from the file the last build wrote, where they
    stand at offsets its parts' lengths give (`before`)."""
    head: bytes
    parts: list[tuple[str, str, bytes | None, int]]                   # (page, key, bytes or None: on disk, length)
    before: list[tuple[str, str, int]] = field(default_factory=list)  # the file on disk: (page, key, length)

    def size(self) -> int:
        return len(self.head) + sum(n for *_, n in self.parts)

    def digest(self) -> str:
        """Names its content without reading it: a page's key fixes its rows."""
        ids = marshal.dumps([(name, key) for name, key, *_ in self.parts], 2)
        return f"concat:{self.size()}:{sha1(self.head + ids).hexdigest()}"

    @staticmethod
    def size_in(digest) -> int | None:
        """The size a digest says a joined download has (None: not a joined download's)."""
        if isinstance(digest, str) and digest.startswith("concat:"):
            return int(digest.split(":")[1])
        return None

    def write(self, target: Path) -> None:
        """Keep the longest unchanged start of the file on disk, write the rest."""
        at: dict[tuple[str, str], tuple[int, int]] = {}
        end = len(self.head)
        for name, key, n in self.before:
            at[(name, key)] = (end, n)
            end += n
        try:
            intact = target.stat().st_size == end and bool(self.before)
        except OSError:
            intact = False
        same = 0
        if intact:
            while same < min(len(self.parts), len(self.before)) and self.parts[same][:2] == self.before[same][:2]:
                same += 1
        keep = len(self.head) + sum(n for *_, n in self.parts[:same]) if same else 0
        rest = [] if same else [self.head]
        with open(target, "r+b" if intact else "wb") as f:
            for name, key, data, n in self.parts[same:]:
                if data is None:
                    if not intact or (name, key) not in at:
                        raise ValueError(f"{target}: the rows of {name} are neither given nor in the file")
                    f.seek(at[(name, key)][0])
                    data = f.read(n)
                rest.append(data)
            f.seek(keep)
            f.truncate()
            f.writelines(rest)


def size_of(data) -> int:
    return data.size() if isinstance(data, Concat) else len(data)


def json_rows(rows: list[str]) -> bytes:
    """A JSON array, one row a line: as readable as indented JSON (which json
    writes with its pure-Python encoder, ten times slower)."""
    return ("[\n" + ",\n".join(rows) + "\n]\n").encode("utf-8")


# Rows are spelled here as json.dumps(row, ensure_ascii=False) spells them (a test
# holds them to it), each string through json's own C escaper: 7 000 dumps() calls
# were a tenth of a rebuild.
string = encode_basestring


def strings(items) -> str:
    return "[" + ", ".join(map(string, items)) + "]"


def regions_json(arch: Archive) -> bytes:
    gaz = load()
    rows = []
    for code, node in sorted(arch.region_nodes.items()):
        d = node.division
        parent = string(d.parent) if d.parent else "null"
        rows.append(f'{{"code": {string(code)}, "name": {string(d.name)}, "level": {d.level}, "parent": {parent}, '
                    f'"path": {strings(x.name for x in gaz.path(d))}, "articles": {len(node.members)}, '
                    f'"tagged": {len(node.own)}}}')
    return json_rows(rows)


def agencies_json(arch: Archive) -> bytes:
    rows = []
    for name, arts in arch.agencies.items():
        d = arch.agency_region.get(name)
        region = f'{{"code": {string(d.code)}, "name": {string(d.name)}}}' if d else "null"
        rows.append(f'{{"name": {string(name)}, "region": {region}, "articles": {len(arts)}}}')
    return json_rows(rows)


# The CSV download opens with a BOM (so Excel reads it as UTF-8) and its header.
CSV_HEAD = ("\ufeff" + to_csv_rows([], header=True)).encode("utf-8")


def data_files(arch: Archive, jsonl: Concat, csv: Concat, csl: Concat, ris: Concat,
               bib: Concat) -> dict[str, bytes | Concat]:
    return {
        "data/articles.jsonl": jsonl,
        "data/articles.csv": csv,
        "data/citations.json": csl,
        "data/citations.ris": ris,
        "data/citations.bib": bib,
        "data/regions.json": regions_json(arch),
        "data/agencies.json": agencies_json(arch),
    }
