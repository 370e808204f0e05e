"""`mkdocs build --strict`, with its progress shown (see progress.py).

Exists because MkDocs builds twenty thousand pages in silence (`--quiet`) or
with one log line per page.  The same build as the `mkdocs` command: the
config is loaded as `mkdocs build --strict` loads it, and a small plugin,
added here rather than in mkdocs.yml (which stays plain for Zensical), counts
pages as MkDocs reads them and as it writes them.
"""
from __future__ import annotations

import json
import logging
import os
import re
import select
import sys
import traceback
import zlib
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


class Share:
    """One of N builds of the same site that share its pages out: a page whose path
    hashes to another share is neither read nor written here.  Exists because MkDocs
    holds every page it renders in memory in one process (12 GB at 100 000
    articles): each of N shares holds an Nth of them, and the shares run on
    every core.

    Every share sees the whole docs folder and navigation, so links between pages
    resolve and are checked as in one build; it skips other shares' pages the way
    MkDocs' own --dirty build skips unchanged ones.  Static files and the theme's
    own pages (404, sitemap) are share 0's."""

    def __init__(self, share: int, shares: int):
        self.share, self.shares = share, shares

    def mine(self, file) -> bool:
        if file.is_documentation_page():
            return zlib.crc32(file.src_uri.encode("utf-8")) % self.shares == self.share
        return self.share == 0

    def take(self, files, config) -> None:
        """This share's part of a build that has read the files and navigation."""
        if self.share:
            config.theme.static_templates.clear()
        for file in files:
            if not self.mine(file):
                file.is_modified = _unmodified      # as a --dirty build sees an unchanged file


def _unmodified() -> bool:
    return False


class SharesBuilt(Exception):
    """Raised in the process that forked the shares once they are all done: its
    own build stops there (each share wrote its pages)."""


class ForkPlugin:
    """Reads the docs folder and navigation once, then forks the shares from there.
    Exists because at 100 000 articles MkDocs takes some 20 s of one core to list
    150 000 files and make their pages before it reads one (a tenth of a share's
    time with 8 shares): N shares that each did it paid it N times.

    Runs last among the nav handlers; makes the pages MkDocs' read loop would make,
    so the shares inherit them; forks one process per share, `jobs` at a time.
    Each child goes on with MkDocs' build as its share (see Share); the
    parent gathers what each reports (see child_done) and stops its own build."""

    def __init__(self, shares: int, jobs: int, progress=None):
        self.shares, self.jobs, self.progress = shares, max(1, jobs), progress
        self.share: Share | None = None        # set in a child
        self.results: dict[int, tuple] = {}

    @property
    def in_child(self) -> bool:
        return self.share is not None

    def on_nav(self, nav, config, files):
        from mkdocs.structure.files import InclusionLevel
        from mkdocs.structure.pages import Page

        for file in files.documentation_pages(inclusion=InclusionLevel.is_included):
            if file.page is None and file.inclusion.is_not_in_nav():
                Page(None, file, config)
        running: dict[int, tuple[int, int]] = {}           # pid: (share, pipe's read end)
        for k in range(self.shares):
            while len(running) >= self.jobs:
                self._reap(running)
            read, write = os.pipe()
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                os.close(read)
                self.share, self.pipe = Share(k, self.shares), write
                self.share.take(files, config)
                return nav
            os.close(write)
            running[pid] = (k, read)
        while running:
            self._reap(running)
        raise SharesBuilt()

    on_nav.mkdocs_priority = -100     # after every other plugin's (MkDocs' event_priority, not imported here)

    def _reap(self, running: dict[int, tuple[int, int]]) -> None:
        """Wait for one of our shares to end (by its pipe: os.wait would take any child
        of the process, which in a test runner may be another's) and note its report."""
        ends = {read: pid for pid, (_, read) in running.items()}
        ready, _, _ = select.select(sorted(ends), [], [])
        pid = ends[ready[0]]
        share, read = running.pop(pid)
        with os.fdopen(read, "rb") as f:
            report = f.read()                 # up to its end: the child has closed it or ended
        _, status = os.waitpid(pid, 0)
        if report:
            self.results[share] = tuple(json.loads(report))
        else:                               # the child died without a word (killed, out of memory)
            self.results[share] = (f"share {share + 1} of {self.shares}: its process ended "
                                   f"(status {status}) before it finished", 0, 0, 0)
        if self.progress is not None:
            self.progress.advance()

    def child_done(self, report: tuple) -> None:
        """In a child: send the share's report to the parent and end the process
        (without the interpreter's teardown: the parent's objects are not ours)."""
        os.write(self.pipe, json.dumps(report).encode("utf-8"))
        os.close(self.pipe)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


class FrontMatterPlugin:
    """Reads the front matter the generator wrote with json (front_matter.read), not
    PyYAML: MkDocs is handed the page under an empty front matter, and the page gets
    its front matter back before any other handler sees its Markdown.  Exists because
    PyYAML builds every value it reads in Python: 8 % of a share's time in a profile
    at 100 000 articles.  A page the generator did not write is read by MkDocs as always."""

    EMPTY = "---\n{}\n---\n"

    def __init__(self):
        self.meta: dict[str, dict] = {}

    def on_page_read_source(self, page, config):
        from ..render.content import front_matter

        try:
            source = page.file.content_string
        except (OSError, ValueError):
            return None                   # MkDocs reads it again, and says what went wrong
        read = front_matter.read(source)
        if read is None:
            return source
        markdown, self.meta[page.file.src_uri] = read
        return self.EMPTY + markdown

    def on_page_markdown(self, markdown, page, config, files):
        meta = self.meta.pop(page.file.src_uri, None)
        if meta is not None:
            page.meta = meta
        return markdown

    on_page_markdown.mkdocs_priority = 100      # before every other plugin's (MkDocs' event_priority)


class SqueezePlugin:
    """Squeezes each page as MkDocs writes it (squeeze_html), in the process that
    rendered it: a shared build needs no pass over the whole site afterwards."""

    def __init__(self):
        self.pages = self.before = self.after = 0

    def squeeze(self, output: str) -> str:
        small = squeeze_html(output)
        self.pages += 1
        self.before += len(output.encode("utf-8"))
        self.after += len(small.encode("utf-8"))
        return small

    def on_post_page(self, output, page, config):
        return self.squeeze(output)

    def on_post_template(self, output, template_name, config):
        return self.squeeze(output) if template_name.endswith(".html") else output


class DirtyNotice(logging.Filter):
    """A shared build is MkDocs' --dirty path by design: its warning about stale
    navigation does not apply (every share reads the whole site) and must not
    fail a strict build."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("A 'dirty' build is being performed")


# One instance: a logger keeps a filter once, however many builds a process runs.
DIRTY_NOTICE = DirtyNotice()


def build_shared(config_file: Path, site_dir: Path | None = None, shares: int = 2, jobs: int = 2,
                 progress=None, docs_dir: Path | None = None) -> tuple[Path, int, int, int]:
    """The site built in `shares` parts, `jobs` at a time, each page squeezed as it is
    written: the same bytes as one build and squeeze_site.  (site, pages, bytes before,
    after); raises mkdocs.exceptions.Abort when a share fails (a warning, under strict)."""
    from mkdocs import utils
    from mkdocs.commands import build
    from mkdocs.exceptions import Abort, MkDocsException

    quiet_logging()
    logging.getLogger("mkdocs.commands.build").addFilter(DIRTY_NOTICE)
    cfg = load_config(config_file, site_dir, docs_dir)
    target = Path(cfg.site_dir)
    utils.clean_directory(str(target))
    fork = cfg.plugins["archive-fork"] = ForkPlugin(shares, jobs, progress)
    cfg.plugins["archive-front-matter"] = FrontMatterPlugin()
    squeezed = cfg.plugins["archive-squeeze"] = SqueezePlugin()
    cfg.plugins.on_startup(command="build", dirty=True)
    try:
        build.build(cfg, dirty=True)
    except SharesBuilt:
        pass
    except BaseException as err:
        if not fork.in_child:
            raise
        if not isinstance(err, MkDocsException):        # a bug: its traceback, then the share fails
            traceback.print_exc()
        fork.child_done((f"share {fork.share.share + 1} of {shares}: {err}", 0, 0, 0))
    if fork.in_child:
        fork.child_done((None, squeezed.pages, squeezed.before, squeezed.after))
    cfg.plugins.on_shutdown()
    errors = [r[0] for _, r in sorted(fork.results.items()) if r[0]]
    if errors:
        raise Abort("; ".join(errors))
    totals = [sum(r[i] for r in fork.results.values()) for i in (1, 2, 3)]
    return target, *totals


def load_config(config_file: Path, site_dir: Path | None, docs_dir: Path | None = None):
    """The config as `mkdocs build --strict` loads it, from docs_dir and into site_dir if given."""
    from mkdocs import config as mkdocs_config

    options = {"site_dir": str(site_dir)} if site_dir else {}
    if docs_dir:
        options["docs_dir"] = str(docs_dir)
    return mkdocs_config.load_config(config_file=str(config_file), strict=True, **options)


def quiet_logging(stream=None) -> None:
    log = logging.getLogger("mkdocs")
    if not log.handlers:                      # MkDocs' own CLI installs one; we print warnings plainly
        handler = logging.StreamHandler(stream or sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s - %(message)s"))
        log.addHandler(handler)
    log.setLevel(logging.WARNING)


def build_site(config_file: Path, site_dir: Path | None = None, stream=None, tty=None,
               docs_dir: Path | None = None, squeezed: SqueezePlugin | None = None) -> Path:
    """The site folder built, each page squeezed as it is written when `squeezed` is
    given; raises mkdocs.exceptions.Abort on a warning (strict), as `mkdocs build
    --strict` does."""
    from mkdocs.commands import build

    quiet_logging(stream)
    cfg = load_config(config_file, site_dir, docs_dir)
    cfg.plugins["archive-progress"] = ProgressPlugin(stream, tty)
    cfg.plugins["archive-front-matter"] = FrontMatterPlugin()
    if squeezed is not None:
        cfg.plugins["archive-squeeze"] = squeezed
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
