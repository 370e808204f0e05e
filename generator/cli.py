"""Command line: `python -m generator parse|build ...`."""
from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

import click

from .catalog import CatalogError, load_catalog
from .corrections import NOT_APPLIED
from .progress import Progress, Ticker
from .runner import POOL_FROM, Parsed, parse_ahead, parse_pages


def load_records(catalog: Path | None, pages: list[Path] = (), cache: Path | None = None,
                 corrections: Path | None = None):
    """(records by page name, number of errors); errors go to stderr, naming file, page and field.
    A page's corrections ride on its record (see corrections.py)."""
    records, bad = catalogue(catalog, pages, cache)
    if corrections is None:
        return records, bad
    from dataclasses import replace

    from .corrections import CorrectionsError, load_corrections
    from .records import CatalogRecord

    try:
        fixes, errors = load_corrections(corrections)
    except CorrectionsError as err:
        click.echo(f"error: {err}", err=True)
        return records, bad + 1
    given = {p.name for p in pages}
    for name in sorted(fixes):
        if name not in given:
            errors.append(f"{corrections}: page {name}: no such page given")
    for e in errors:
        click.echo(f"error: {e}", err=True)
    for name, f in fixes.items():
        records[name] = replace(records.get(name) or CatalogRecord(), fixes=f)
    return records, bad + len(errors)


def catalogue(catalog: Path | None, pages: list[Path], cache: Path | None):
    if catalog is None:
        return {}, 0
    try:
        records, errors = load_catalog(catalog, cache)
    except CatalogError as err:
        click.echo(f"error: {err}", err=True)
        return {}, 1
    given = {p.name for p in pages}
    for name in sorted(records):
        if name not in given and not (catalog.parent / name).exists():
            errors.append(f"{catalog}: page {name}: no such page file (not given, not in {catalog.parent})")
    for e in errors:
        click.echo(f"error: {e}", err=True)
    return records, len(errors)


def parse_all(pages: list[Path], records: dict, encoding: str | None = None, jobs: int = 1,
              cache: Path | None = None, log: bool = False) -> tuple[list[Parsed], int]:
    """(each readable page's Parsed: records, their JSON Lines and CSV rows, key;
    number of pages that failed); failures go to stderr, naming the page."""
    results = parse_pages(pages, records, encoding, jobs, cache)
    # Progress for people at a terminal with many pages; a build's log gets the stage's line.
    if (sys.stderr.isatty() and len(pages) >= 50) or (log and not sys.stderr.isatty()):
        with Progress("parsing pages", len(pages), "pages") as shown:
            return collect(results, shown.advance)
    return collect(results)


def collect(results, tick=lambda: None) -> tuple[list[Parsed], int]:
    failures = 0
    parsed: list[Parsed] = []
    for done in results:
        tick()
        if done.error:
            click.echo(f"error: {done.error}", err=True)
            failures += 1
        else:
            parsed.append(done)
            for note in done.articles[0].notes if done.articles else ():
                if note.startswith(NOT_APPLIED):      # reported, not dropped; the page still builds
                    click.echo(f"warning: {done.path.name}: {note}", err=True)
    return parsed, failures


class Reader:
    """Reads pages for a build (parse_all).  A rebuild that changed a few pages
    has them parsed ahead, in a forked process, while it loads the last build's
    state: the two take about as long, and a machine of two cores or more has one to spare."""

    def __init__(self, records: dict, encoding: str | None, jobs: int, cache: Path | None):
        self.records, self.encoding, self.jobs, self.cache = records, encoding, jobs, cache
        self.child: int | None = None

    def ahead(self, pages: list[Path]) -> None:
        # Only as few pages as parse_all parses in this process; more go to its workers.
        if self.cache is not None and self.jobs > 1 and 0 < len(pages) < POOL_FROM:
            self.child = parse_ahead(pages, self.records, self.encoding, self.cache)

    def read(self, pages: list[Path]) -> tuple[list[Parsed], int]:
        if self.child is not None:
            os.waitpid(self.child, 0)
            self.child = None
        return parse_all(pages, self.records, self.encoding, self.jobs, self.cache, log=bool(pages))


class Clock:
    """Stage times for `build --timings`."""

    def __init__(self, on: bool):
        self.on = on
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        if self.on:
            click.echo(f"{now - self.last:7.2f} s  {stage}", err=True)
        self.last = now


# Page paths as given: click.Path would stat each of thousands of pages, which the build does itself.
PAGES = click.argument("pages", nargs=-1, required=True, callback=lambda ctx, param, value: [Path(v) for v in value])
# (A folder given as a page stands for its .txt and .md files: see sources.pages_in.)
JOBS = click.option("--jobs", "-j", type=int, default=os.cpu_count() or 1, show_default="all cores",
                    help="Parse this many pages at once.")


@click.group()
def main():
    """Cut raw Chinese news pages into tagged articles and build the archive site."""
    # A short batch run that makes millions of small objects and almost no
    # reference cycles (records, summaries and indexes are trees): the cyclic
    # collector only walks them.  Off, a full build keeps the same peak memory
    # and a rebuild after adding one page takes a tenth less.
    gc.disable()


CORRECTIONS = click.option("--corrections", type=click.Path(path_type=Path),
                           help="YAML file of a maintainer's corrections (see the README).")


@main.command()
@click.option("--catalog", type=click.Path(path_type=Path), help="YAML catalogue of the pages.")
@CORRECTIONS
@click.option("--encoding", help="Decode every page with this encoding instead of detecting it.")
@JOBS
@PAGES
def parse(catalog, corrections, encoding, jobs, pages):
    """Print one JSON object per article of PAGES (JSON Lines)."""
    pages, refused = admitted(pages)
    records, failures = load_records(catalog, pages, corrections=corrections)
    parsed, bad = parse_all(pages, records, encoding, jobs)
    failures += bad + refused
    sys.stdout.write("".join(p.jsonl for p in parsed))     # = to_jsonl(articles), page by page
    sys.exit(1 if failures else 0)


@main.command()
@click.option("--catalog", type=click.Path(path_type=Path), help="YAML catalogue of the pages.")
@CORRECTIONS
@click.option("--docs", "docs_dir", default="docs", show_default=True, type=click.Path(path_type=Path),
              help="MkDocs docs folder to write.")
@click.option("--encoding", help="Decode every page with this encoding instead of detecting it.")
@click.option("--clean", is_flag=True, help="Remove generated files first (a full rebuild).")
@click.option("--site-url", envvar="SITE_URL", default="http://127.0.0.1:8000/", show_default=True,
              help="Public address of the site, for the feed's absolute links (env SITE_URL).")
@click.option("--cache", type=click.Path(path_type=Path), default=None,
              help="Folder caching each page's records; unchanged pages are not parsed again.")
@click.option("--timings", is_flag=True, help="Report how long each stage took (to stderr).")
@click.option("--force", is_flag=True, help="Build into a folder that holds files the generator did not write "
                                              "(it then manages the folders it writes there).")
@click.option("--parts", "parts_file", type=click.Path(path_type=Path),
              help="Parts file (`parts plan`): with --part, build only that part's pages, as a site of its own.")
@click.option("--part", help="The part to build (its name in the parts file).")
@JOBS
@PAGES
def build(catalog, corrections, docs_dir, encoding, clean, site_url, cache, timings, force, parts_file, part, jobs,
          pages):
    """Parse PAGES and write the site's Markdown tree into DOCS.

    A rebuild reads only the pages that changed since the last build into DOCS
    and renders only the pages they touch (see render/rebuild.py)."""
    from .render.rebuild import PagesChanged, build_docs

    problem = docs_problem(docs_dir, force or clean)
    if problem:
        raise SystemExit(f"error: {problem}")
    started = time.perf_counter()
    clock = Clock(timings)
    pages, refused = admitted(pages)
    records, bad = load_records(catalog, pages, cache, corrections)
    clock.lap("catalogue")
    shelf = None
    if parts_file or part:
        shelf, pages = part_pages(parts_file, part, pages, records, encoding, jobs, cache)
        clock.lap(f"part {part}: {len(pages)} pages")
    reader = Reader(records, encoding, jobs, cache)
    rendering: list[Ticker] = []

    def lap(stage: str) -> None:
        clock.lap(stage)
        if stage == "parse (or read the cache)":          # rendering starts
            rendering.append(Ticker("rendering and writing pages", unit="files written"))
    try:
        report = build_docs(pages, records, docs_dir, reader.read, ahead=reader.ahead,
                            encoding=encoding, clean=clean, site_url=site_url, lap=lap, shelf=shelf)
        if rendering:
            rendering[0].finish(report.written)
    except PagesChanged as err:        # not any RuntimeError: a bug should keep its traceback
        raise SystemExit(f"error: {err}")
    except OSError as err:             # the docs folder cannot be written (full disk, permissions)
        raise SystemExit(f"error: cannot write {err.filename or docs_dir}: {err.strerror}")
    click.echo(f"{report.articles} articles from {report.pages} pages ({report.read} read); "
               f"{report.written} files written, {report.removed} removed in {docs_dir} "
               f"in {time.perf_counter() - started:.1f} s", err=True)
    quick_exit(1 if bad or refused or report.failed else 0)


def part_pages(parts_file: Path | None, part: str | None, pages: list[Path], records: dict,
               encoding: str | None, jobs: int, cache: Path | None):
    """(the part's Shelf, its pages): a page's part is given by its catalogued date,
    else by the dates its articles give (read through the parse cache, which the
    build then reuses)."""
    from .parts.plan import PlanError, Shelf, load_plan, part_of

    if not (parts_file and part):
        raise SystemExit("error: --parts and --part go together (the parts file, and the part to build)")
    try:
        plan = load_plan(parts_file)
    except PlanError as err:
        raise SystemExit(f"error: {err}")
    if part not in {p.name for p in plan.parts}:
        raise SystemExit(f"error: {parts_file}: no part named {part!r} "
                         f"(its parts: {', '.join(p.name for p in plan.parts)})")
    dates = dates_of(pages, records, encoding, jobs, cache)
    return Shelf(plan, part), [p for p in pages if part_of(plan.parts, dates[p.name]).name == part]


def dates_of(pages: list[Path], records: dict, encoding: str | None, jobs: int, cache: Path | None) -> dict[str, str]:
    """Each page's date for the parts plan: its catalogued issue date, else its
    articles' (parts.plan.page_date); a page that cannot be read is undated here
    (the build that reads it reports it)."""
    from .parts.plan import page_date

    dates = {p.name: records[p.name].date for p in pages if p.name in records and records[p.name].date}
    rest = [p for p in pages if p.name not in dates]
    for done in parse_pages(rest, records, encoding, jobs, cache) if rest else ():
        dates[done.path.name] = page_date(done.articles)
    return dates


def docs_problem(docs: Path, force: bool) -> str:
    """Why the build must not write into `docs`, or "".  The folder is the
    generator's own: a first build into a folder of someone else's files would
    sweep them (it removes what it no longer produces), so it asks for --force."""
    from .render.write.site import OLD_MANIFEST
    from .render.rebuild.state import STATE

    if docs.exists() and not docs.is_dir():
        return f"{docs} is not a folder (--docs names the folder the site's pages are written into)"
    if not docs.is_dir() or force or (docs / STATE).exists() or (docs / OLD_MANIFEST).exists():
        return ""
    theirs = next((f for f in sorted(docs.rglob("*")) if f.is_file()), None)
    if theirs is None:
        return ""
    return (f"{docs} holds files the generator did not write ({theirs.relative_to(docs)}…); "
            "build into a new or empty folder, or pass --force to let the generator manage it")


def quick_exit(status: int) -> None:
    """Exit without the interpreter's teardown, which frees every object of the
    run one by one (a tenth of a rebuild).  Every file is closed by now; the
    standard streams are flushed here."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def admitted(args: list[Path]) -> tuple[list[Path], int]:
    """(the pages to read, number refused): folders give their .txt and .md files;
    files that cannot be pages are named on stderr (see sources.py)."""
    from .sources import admit, pages_in

    pages, errors = admit(pages_in(args))
    for e in errors:
        click.echo(f"error: {e}", err=True)
    return pages, len(errors)


@main.command()
@click.option("--config", "-f", "config_file", default="mkdocs.yml", show_default=True,
              type=click.Path(path_type=Path), help="MkDocs config.")
@click.option("--site", "site_dir", type=click.Path(path_type=Path), help="Build into this folder (default: the config's).")
@click.option("--docs", "docs_dir", type=click.Path(path_type=Path), help="Build from this docs folder (default: the config's).")
@click.option("--shares", type=click.IntRange(min=1), default=1, show_default=True,
              help="Build the pages in this many parts, each in its own process: the same bytes, "
                   "a share of the memory (MkDocs holds every page it renders).")
@click.option("--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="all cores",
              help="Shares built at once.")
def site(config_file, site_dir, docs_dir, shares, jobs):
    """`mkdocs build --strict`, showing its progress (one line per pass in a log)."""
    from mkdocs.exceptions import Abort

    from .publish.site_build import SqueezePlugin, build_shared, build_site

    try:
        if shares > 1:
            with Progress("mkdocs: pages built and squeezed in shares", shares, unit="shares") as shown:
                built, pages, before, after = build_shared(config_file, site_dir, shares, jobs, progress=shown,
                                                           docs_dir=docs_dir)
                shown.finish(f"{pages} pages, {before / 1e6:.1f} MB → {after / 1e6:.1f} MB")
            return
        squeezed = SqueezePlugin()           # each page squeezed as it is written, as in the shares
        build_site(config_file, site_dir, docs_dir=docs_dir, squeezed=squeezed)
    except Abort as err:
        raise SystemExit(f"error: mkdocs: {err}")
    click.echo(f"squeezed: {squeezed.pages} pages, {squeezed.before / 1e6:.1f} MB → {squeezed.after / 1e6:.1f} MB",
               err=True)


@main.command()
@click.option("--site", "site_dir", default="site", show_default=True, type=click.Path(path_type=Path),
              help="Built site folder (after `mkdocs build`).")
@click.option("--shard-size", type=click.IntRange(min=1), default=None,
              help="Articles in the newest Pagefind index (default 500; older ones double, up to 4000); "
                   "the browser searches the newest first.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Shards indexed at a time (default: one per core; each takes up to ~1.5 GB).")
def index(site_dir, shard_size, jobs):
    """Build the search index (Pagefind) for a built site."""
    from .publish.search_index import SHARD_SIZE, build_index

    with Progress("search index", unit="articles") as shown:
        build_index(site_dir, shard_size or SHARD_SIZE, progress=shown, jobs=jobs)
        shown.finish(f"in {site_dir / 'pagefind'}")


@main.command()
@click.option("--catalog", type=click.Path(path_type=Path), help="YAML catalogue of the pages.")
@CORRECTIONS
@click.option("--docs", "docs_dir", default="docs", show_default=True, type=click.Path(path_type=Path))
@click.option("--config", "-f", "config_file", default="mkdocs.yml", show_default=True, type=click.Path(path_type=Path))
@click.option("--cache", type=click.Path(path_type=Path), help="Parse cache folder.")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--interval", default=1.0, show_default=True, type=float, help="Seconds between looks at the inputs.")
@PAGES
def preview(catalog, corrections, docs_dir, config_file, cache, port, interval, pages):
    """Serve the site and rebuild it when PAGES, the catalogue or the corrections change."""
    import signal
    import subprocess

    from .preview import changes, environment, mkdocs_serve, snapshot, watched

    build_cmd = [sys.executable, "-m", "generator", "build", "--docs", str(docs_dir),
                 *(["--catalog", str(catalog)] if catalog else []),
                 *(["--corrections", str(corrections)] if corrections else []),
                 *(["--cache", str(cache)] if cache else []), *map(str, pages)]
    inputs = watched(pages, catalog, corrections)
    seen = snapshot(inputs)
    subprocess.run(build_cmd)
    server = subprocess.Popen(mkdocs_serve(config_file, port), env=environment())
    click.echo(f"Previewing at http://127.0.0.1:{port}/ : edits to {', '.join(map(str, inputs))} "
               "are rebuilt and the browser reloads (Ctrl-C to stop)", err=True)
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        while server.poll() is None:
            time.sleep(interval)
            now = snapshot(inputs)
            changed = changes(seen, now)
            if changed:
                seen = now
                click.echo(f"changed: {', '.join(Path(p).name for p in changed[:5])}"
                           f"{' …' if len(changed) > 5 else ''}; rebuilding", err=True)
                subprocess.run(build_cmd)
    except KeyboardInterrupt:
        pass
    finally:
        server.terminate()
        server.wait()


@main.command()
@click.option("--site", "site_dir", default="site", show_default=True, type=click.Path(path_type=Path))
@click.option("--port", default=8000, show_default=True, type=int)
def serve(site_dir, port):
    """Serve the built site on 127.0.0.1 (UTF-8 text, the site's own 404 page)."""
    from .publish.local import serve_forever

    if not (site_dir / "index.html").is_file():
        raise SystemExit(f"error: {site_dir} holds no built site (run `make site` first)")
    click.echo(f"Serving the archive at http://127.0.0.1:{port}/  (Ctrl-C to stop)", err=True)
    serve_forever(site_dir, port)


@main.command()
@click.option("--config", "-f", "config_file", default="mkdocs.yml", show_default=True, type=click.Path(path_type=Path))
@click.option("--docs", "docs_dir", default="docs", show_default=True, type=click.Path(path_type=Path))
@click.option("--out", default="portable", show_default=True, type=click.Path(path_type=Path),
              help="Folder to build the copy into.")
@click.option("--zip", "zip_to", type=click.Path(dir_okay=False, path_type=Path),
              help="Also zip the copy here (the data page offers site/data/archive-portable.zip); "
                   "only for archives small enough to search from disk.")
def portable(config_file, docs_dir, out, zip_to):
    """Build a copy of the site that works from disk (file://), with its own search."""
    from mkdocs.exceptions import Abort

    from .publish.portable import PORTABLE_MAX, build_portable, readable, zip_copy

    if zip_to is not None:
        jsonl = docs_dir / "data" / "articles.jsonl"
        n = len(readable(jsonl)) if jsonl.is_file() else 0
        if n > PORTABLE_MAX:
            click.echo(f"no offline copy: {n} articles, more than the {PORTABLE_MAX} a copy can search from disk",
                       err=True)
            return
    try:
        n, searchable = build_portable(config_file, docs_dir, out)
    except Abort as err:
        raise SystemExit(f"error: mkdocs: {err}")
    where = (out / "index.html").resolve().as_uri()
    click.echo(f"portable copy: {n} articles in {out}; open {where}" +
               ("" if searchable else f" (no search: more than {PORTABLE_MAX} articles)"), err=True)
    if zip_to is not None:
        files = zip_copy(out, zip_to)
        click.echo(f"zipped: {files} files, {zip_to.stat().st_size / 1e6:.1f} MB in {zip_to}", err=True)


@main.group()
def parts():
    """An archive past one host's limit, as several sites (parts) under one root."""


@parts.command("plan")
@click.option("--catalog", type=click.Path(path_type=Path), help="YAML catalogue of the pages.")
@click.option("--count", type=click.IntRange(min=1), default=4, show_default=True, help="Parts to cut the archive into.")
@click.option("--out", default="parts.yml", show_default=True, type=click.Path(path_type=Path), help="Parts file to write.")
@click.option("--encoding", help="Decode every page with this encoding instead of detecting it.")
@click.option("--cache", type=click.Path(path_type=Path), help="Parse cache folder (pages the catalogue gives no date).")
@JOBS
@PAGES
def parts_plan(catalog, count, out, encoding, cache, jobs, pages):
    """Cut PAGES into COUNT runs of issue months of about equal size; write the parts file."""
    from .parts.plan import Plan, dump_plan, part_of, plan_parts

    pages, refused = admitted(pages)
    records, bad = load_records(catalog, pages, cache)
    dates = dates_of(pages, records, encoding, jobs, cache)
    sizes = {p.name: (dates[p.name], p.stat().st_size) for p in pages}
    planned = plan_parts(sizes, count)
    out.write_text(dump_plan(Plan(planned)), encoding="utf-8")
    for p in planned:
        n = sum(1 for d, _ in sizes.values() if part_of(planned, d) == p)
        click.echo(f"{p.name}: {p.first or '(undated)'} to {p.last or '(undated)'}, {n} pages", err=True)
    click.echo(f"wrote {out}: {len(planned)} parts", err=True)
    sys.exit(1 if bad or refused else 0)


@parts.command("names")
@click.option("--parts", "parts_file", default="parts.yml", show_default=True, type=click.Path(path_type=Path))
def parts_names(parts_file):
    """Print the parts' names, one a line (a CI matrix's, or a shell loop's)."""
    from .parts.plan import PlanError, load_plan

    try:
        click.echo("\n".join(p.name for p in load_plan(parts_file).parts))
    except PlanError as err:
        raise SystemExit(f"error: {err}")


@parts.command("url")
@click.option("--parts", "parts_file", default="parts.yml", show_default=True, type=click.Path(path_type=Path))
@click.option("--part", required=True)
@click.option("--root", "root_url", required=True, help="The root's address when the plan does not say (ROOT_URL).")
def parts_url(parts_file, part, root_url):
    """Print where PART is published: its own url, or the root's parts/<name>/ (its SITE_URL)."""
    from .parts.plan import PlanError, load_plan

    try:
        plan = load_plan(parts_file)
    except PlanError as err:
        raise SystemExit(f"error: {err}")
    found = next((p for p in plan.parts if p.name == part), None)
    if found is None:
        raise SystemExit(f"error: {parts_file}: no part named {part!r}")
    click.echo(found.url or (plan.root or root_url) + plan.address(found))


@parts.command("root")
@click.option("--parts", "parts_file", default="parts.yml", show_default=True, type=click.Path(path_type=Path))
@click.option("--site", "site_dir", default="site-parts", show_default=True, type=click.Path(path_type=Path),
              help="The folder whose parts/<name>/ hold the built parts; the root is built into it.")
@click.option("--config", "-f", "config_file", default="mkdocs.yml", show_default=True, type=click.Path(path_type=Path))
def parts_root(parts_file, site_dir, config_file):
    """Build the root over the built parts: a home page linking them, a search across them all."""
    from mkdocs.exceptions import Abort

    from .parts.plan import PlanError, load_plan
    from .parts.root import build_root

    try:
        n = build_root(load_plan(parts_file), site_dir, config_file)
    except PlanError as err:
        raise SystemExit(f"error: {err}")
    except Abort as err:
        raise SystemExit(f"error: mkdocs: {err}")
    click.echo(f"root of {n} articles in {site_dir}; the parts in {site_dir / 'parts'}", err=True)
