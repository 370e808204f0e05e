"""Serve site/ on loopback and save full-page screenshots of a few pages (for people to look at).

    python tools/screenshots.py [--site site] [--out screenshots] PATH...
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from generator.publish.local import CHROMIUM, CHROMIUM_ARGS, serving  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", default="site")
    ap.add_argument("--out", default="screenshots")
    ap.add_argument("--dark", action="store_true")
    ap.add_argument("--phone", action="store_true", help="a 390 x 844 viewport")
    ap.add_argument("--name", default="", help="file name prefix (default: numbers)")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    out = Path(args.out)
    out.mkdir(exist_ok=True)
    with serving(args.site) as base, sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        size = {"width": 390, "height": 844} if args.phone else {"width": 1280, "height": 900}
        page = b.new_page(viewport=size,
                          color_scheme="dark" if args.dark else "light")
        for i, path in enumerate(args.paths):
            page.goto(base + path.lstrip("/"))
            if "?q=" in path:                 # a search: wait until every shard has answered
                page.wait_for_selector("#archive-search[aria-busy=false]", timeout=15000)
            page.wait_for_timeout(300)
            f = out / f"{args.name or ''}{'-' if args.name else ''}{i:02d}.png"
            page.screenshot(path=str(f), full_page=False)
            print(f, page.title())
        b.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
