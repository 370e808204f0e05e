"""`mkdocs build --strict`, with its progress shown (see progress.py).

Exists because MkDocs builds twenty thousand pages in silence (`--quiet`) or
with one log line per page.  The same build as the `mkdocs` command: the
config is loaded as `mkdocs build --strict` loads it, and a small plugin,
added here rather than in mkdocs.yml (which stays plain for Zensical), counts
pages as MkDocs reads them and as it writes them.
"""
from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path

from ..progress import Progress


class ProgressPlugin:
    """MkDocs event handlers: reading (Markdown to HTML) and writing (templates) are its two passes."""

    def __init__(self, stream=None, tty=None):
        self.stream, self.tty = stream, tty
        self.stage: Progress | None = None
        self.total = 0

    def on_files(self, files, config):
        self.total = len(files.documentation_pages())
        self.stage = Progress("mkdocs: reading pages", self.total, "pages", self.stream, self.tty)
        return files

    def on_page_markdown(self, markdown, page, config, files):
        self.stage.advance()
        return markdown

    def on_env(self, env, config, files):
        self.stage.finish()
        self.stage = Progress("mkdocs: writing pages", self.total, "pages", self.stream, self.tty)
        return env

    def on_post_page(self, output, page, config):
        self.stage.advance()
        return output

    def on_post_build(self, config):
        if self.stage is not None:
            self.stage.finish()


def build_site(config_file: Path, site_dir: Path | None = None, stream=None, tty=None) -> Path:
    """The site folder built; raises mkdocs.exceptions.Abort on a warning (strict), as
    `mkdocs build --strict` does."""
    from mkdocs import config as mkdocs_config
    from mkdocs.commands import build

    log = logging.getLogger("mkdocs")
    if not log.handlers:                      # MkDocs' own CLI installs one; we print warnings plainly
        handler = logging.StreamHandler(stream or sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s - %(message)s"))
        log.addHandler(handler)
    log.setLevel(logging.WARNING)
    options = {"site_dir": str(site_dir)} if site_dir else {}
    cfg = mkdocs_config.load_config(config_file=str(config_file), strict=True, **options)
    cfg.plugins["archive-progress"] = ProgressPlugin(stream, tty)
    cfg.plugins.on_startup(command="build", dirty=False)
    try:
        build.build(cfg, dirty=False)
    finally:
        cfg.plugins.on_shutdown()
    return Path(cfg.site_dir)


# Whitespace is one space to a browser wherever it falls outside these (and
# Material's pages are a fifth indentation): a run that holds a line break
# becomes one line break.  Attributes, text and scripts are left as they are.
VERBATIM = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2\s*>)", re.S | re.I)
INDENT = re.compile(r"[ \t]*\n\s*")


def squeeze_html(html: str) -> str:
    parts = VERBATIM.split(html)        # text, verbatim element, its tag name, text, ...
    out = []
    for i in range(0, len(parts), 3):
        out.append(INDENT.sub("\n", parts[i]))
        if i + 1 < len(parts):
            out.append(parts[i + 1])
    return "".join(out)


def squeeze_site(site: Path) -> tuple[int, int, int]:
    """Every HTML page of the built site squeezed in place; (pages, bytes before, after)."""
    pages = before = after = 0
    for folder, dirs, files in os.walk(site):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".html"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8", newline="") as f:
                html = f.read()
            small = squeeze_html(html)
            pages += 1
            before += len(html.encode("utf-8"))
            after += len(small.encode("utf-8"))
            if small != html:
                with open(path, "w", encoding="utf-8", newline="") as f:
                    f.write(small)
    return pages, before, after
