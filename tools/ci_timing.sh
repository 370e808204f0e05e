#!/usr/bin/env bash
# Time CI's `make site` for a one-page change, without and with the cache that
# .github/workflows/pages.yml keeps (docs/ with its build state, .venv/parse-cache).
# Each run is a fresh clone, as on a runner; the venv install is not timed.
#   tools/ci_timing.sh PAGES_DIR   (a folder of pages with its catalog.yml, e.g. from
#                                   python -m generator.bench corpus --articles 10000 --out DIR)
set -euo pipefail
pages=$(realpath "$1"); repo=$(realpath "$(dirname "$0")/..")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
clone() { git clone -q "$repo" "$work/$1" && (cd "$work/$1" && make -s setup >/dev/null); }
site() { (cd "$work/$1" && /usr/bin/time -f "%e" make -s site PAGES="$2" CATALOG="$2/catalog.yml" 2>&1 >/dev/null | tail -n 1); }
files=("$pages"/*.txt); extra=${files[0]}

cp -r "$pages" "$work/pages"                                   # the archive as it was
clone before; site before "$work/pages" >/dev/null               # the last CI run, which saved its cache
cp "$extra" "$work/pages/zz_new_page.txt"; echo "新增一段。" >> "$work/pages/zz_new_page.txt"

clone uncached; echo "uncached: $(site uncached "$work/pages") s"
clone cached                                                   # actions/cache restores into a fresh clone
cp -r "$work/before/docs" "$work/cached/docs"
cp -r "$work/before/.venv/parse-cache" "$work/cached/.venv/parse-cache"
echo "cached:   $(site cached "$work/pages") s"
