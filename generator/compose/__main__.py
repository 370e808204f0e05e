"""`python -m generator.compose pages|score|census|places|train`: see the package docstring."""
from __future__ import annotations

import contextlib
import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from . import LAYOUTS, FolderBusy, claimed, compose, write

CORPUS = "../shared/corpus/rmrb-2019.jsonl"
SCORER = "../shared/eval/score.py"
MODEL = Path(__file__).resolve().parent.parent / "data" / "line_roles.crfsuite"
REPORT = Path(__file__).resolve().parent.parent / "data" / "line_roles.md"
MEASURES = ["segmentation", "title", "date", "coverage"]
PLACE_MEASURES = ["segmentation", "region_recall", "region_precision", "agency_recall", "agency_precision"]


@click.group()
def main():
    """Compose pages of real articles with gold, and score the parser on them."""


def options(f):
    f = click.option("--corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=CORPUS,
                     show_default=True)(f)
    f = click.option("--per-layout", default=50, show_default=True, help="pages of each layout")(f)
    f = click.option("--seed", default=1, show_default=True)(f)
    f = click.option("--split", type=click.Choice(["dev", "holdout", "train", "all"]), default="dev", show_default=True,
                     help="article half and furniture variants (holdout: wordings never tuned on)")(f)
    f = click.option("--layout", "layouts", multiple=True, type=click.Choice(list(LAYOUTS)))(f)
    return f


def scoring(f):
    """Where composed pages go, the scorer, and how its figures are reported (score and places)."""
    for opt in reversed([
            click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path(".venv/dev"),
                         show_default=True),
            click.option("--scorer", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=SCORER,
                         show_default=True),
            click.option("--failures", default=0, help="print this many failures per layout"),
            click.option("--json", "as_json", is_flag=True, help="the figures as JSON"),
            click.option("--jobs", default=2, show_default=True)]):
        f = opt(f)
    return f


@main.command()
@options
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True)
def pages(corpus, per_layout, seed, split, layouts, out):
    """Write composed pages, their catalogue and gold into OUT."""
    composed = compose(corpus, per_layout, seed, split, list(layouts) or None)
    with held(out):
        write(composed, out)
    n = sum(len(p.composed.items) for p in composed)
    click.echo(f"{len(composed)} pages, {n} articles -> {out}")


@main.command()
@options
@scoring
@click.option("--also-seed", "more_seeds", multiple=True, type=int,
              help="compose pages with these seeds too, and score them all together")
def score(corpus, per_layout, seed, split, layouts, out, scorer, failures, as_json, jobs, more_seeds):
    """Compose, parse and score: score.py's figures per layout.

    The rules were written against pages of seed 1: pages of other seeds are
    pages nobody tuned on, and score lower; pool several for figures to trust."""
    seeds = [seed, *(s for s in more_seeds if s != seed)]
    composed = [p for s in seeds for p in compose(corpus, per_layout, s, split, list(layouts) or None)]
    rows, failed = score_pages(composed, out / split, scorer, jobs)
    label = f"seed {seed}" if len(seeds) == 1 else f"seeds {', '.join(map(str, seeds))}"
    report(rows, MEASURES, f"composed pages ({split}, {label})", failed, failures, as_json)


@main.command()
@options
@click.option("--also-seed", "more_seeds", multiple=True, type=int, help="compose pages with these seeds too")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path(".venv/census"),
              show_default=True)
@click.option("--examples", default=3, show_default=True, help="pages and lines shown for each kind of failure")
@click.option("--top", default=30, show_default=True, help="kinds of failure shown")
def census(corpus, per_layout, seed, split, layouts, more_seeds, out, examples, top):
    """Where composed pages are cut wrong: failing articles by the line where they went wrong.

    Each kind is (what, the composer's role of that line, the tagger's label, where it went):
    ("cut", "P", "B", "news") is a text cut where the model opened an article on a line of it."""
    from ..ingest import read_page
    from ..segment import split_page
    from ..segment.assemble import line_labels, reading_copy
    from ..segment.lines import profile
    from .census import failures, tally

    seeds = [seed, *(s for s in more_seeds if s != seed)]
    found, total, count = [], 0, 0
    for s in seeds:
        pages = compose(corpus, per_layout, s, split, list(layouts) or None)
        count += len(pages)
        with held(out / f"seed{s}"):
            write(pages, out / f"seed{s}")
            for p in pages:
                page = read_page(out / f"seed{s}" / "utf8" / p.name)
                texts = reading_copy([line.text for line in page.lines])
                labels = [None] * len(texts) if page.kind == "markdown" else \
                    line_labels(page.lines, texts, profile(texts).width)
                found += failures(f"seed{s}/{p.name}", p.composed, page.lines, labels, split_page(page))
                total += len(p.composed.items)
    click.echo(f"{count} pages, {total} articles, {len(found)} failing ({split}, seeds {', '.join(map(str, seeds))})")
    for key, n, instances in tally(found)[:top]:
        shown = "; ".join(f"{f.page}:{f.line}" for f in instances[:examples])
        click.echo(f"{n:5d}  {' '.join(key)}  {shown}")


@main.command()
@click.option("--corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=CORPUS,
              show_default=True)
@click.option("--set", "which", type=click.Choice(["tuned", "blind"]), default="tuned", show_default=True,
              help="tuned: the annotations the rules were written against; blind: those never looked at")
@click.option("--seed", default=1, show_default=True)
@scoring
def places(corpus, which, seed, out, scorer, failures, as_json, jobs):
    """Score regions and agencies on pages of the hand-annotated articles."""
    from .annotated import compose_annotated

    composed = compose_annotated(corpus, which, seed)
    rows, failed = score_pages(composed, out / f"places-{which}", scorer, jobs)
    report(rows, PLACE_MEASURES, f"hand-annotated articles ({which})", failed, failures, as_json)


def score_pages(composed, out: Path, scorer: Path, jobs: int) -> tuple[dict, int]:
    """Write, parse and score composed pages: score.py's figures per layout and for all."""
    from ..catalog import load_catalog
    from ..cli import parse_all
    from ..yaml_text import load_yaml

    with held(out):
        write(composed, out)
        records, errors = load_catalog(out / "catalog.yml")
        for e in errors:
            click.echo(f"catalogue: {e}", err=True)
        paths = [out / "pages" / p.name for p in composed]
        parsed, failed = parse_all(paths, records, jobs=jobs)
        articles = [a.as_dict() for done in parsed for a in done.articles]
        score_fn = load_scorer(scorer)
        gold = load_yaml((out / "gold.yml").read_text(encoding="utf-8"))
        rows = {}
        by_layout: dict[str, list[str]] = {}
        for p in composed:
            by_layout.setdefault(p.composed.layout, []).append(p.name)
        for layout, names in by_layout.items():
            sub = {"pages": {n: gold["pages"][n] for n in names}}
            wanted = set(names)
            result = score_fn(sub, out / "utf8", [a for a in articles if a["source"] in wanted])
            result["pages"] = len(names)
            rows[layout] = result
        rows["all"] = score_fn(gold, out / "utf8", articles)
    rows["all"]["pages"] = len(composed)
    return rows, failed


def report(rows: dict, measures: list[str], what: str, failed: int, failures: int, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps({k: {m: v for m, v in r.items() if m != "failures"} for k, r in rows.items()},
                   ensure_ascii=False, indent=1))
        return
    if failures:
        for layout, r in rows.items():
            if layout == "all":
                continue
            for f in r["failures"][:failures]:
                click.echo(f"  {layout}: {f}")
    click.echo(f"{what}: {rows['all']['pages']} pages, {rows['all']['gold_articles']} articles; "
               f"{failed} pages failed to parse")
    width = max(12, *(len(m) + 1 for m in measures))
    click.echo(f"{'layout':10} {'pages':>5} {'articles':>8} " + " ".join(f"{m:>{width}}" for m in measures))
    for layout, r in rows.items():
        cells = " ".join(f"{r[m]:{width}.3f}" if r[m] is not None else f"{'n/a':>{width}}" for m in measures)
        click.echo(f"{layout:10} {r['pages']:5d} {r['gold_articles']:8d} {cells}")


@main.command()
@click.option("--corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=CORPUS,
              show_default=True)
@click.option("--model", type=click.Path(dir_okay=False, path_type=Path), default=MODEL, show_default=True)
@click.option("--per-layout", default=200, show_default=True, help="training pages of each layout")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path), default=REPORT, show_default=True)
def train(corpus, model, per_layout, report):
    """Train the line-role tagger; write its figures.

    Two fits: one on the dev half's articles with the dev furniture wordings
    only, measured on holdout pages (other articles, wordings it never saw):
    that is what the figures report.  Then the model that ships, on the dev
    half's articles with every wording, so that it has seen all the variety
    the composer knows; holdout articles stay unseen by both."""
    import tempfile
    import time

    from .train import PARAMS, evaluate, train as fit

    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "dev-only.crfsuite"
        info = fit(corpus, probe, per_layout, split="dev")
        dev = evaluate(corpus, probe, split="dev", seed=1)
        hold = evaluate(corpus, probe, split="holdout", seed=1)
    start = time.perf_counter()
    shipped = fit(corpus, model, per_layout, split="train")
    seconds = time.perf_counter() - start
    lines = [
        "# The line-role tagger's training figures (written by `make train`)",
        "",
        f"The shipped model `{model.name}` ({model.stat().st_size // 1024} KB) is fitted in {seconds:.0f} s on "
        f"{shipped['train_pages']} composed pages ({shipped['train_lines']} lines): the articles of the "
        "corpus's dev half, laid out with every furniture wording the composer knows. "
        f"CRFsuite parameters: {PARAMS}.",
        "",
        "To see how it carries to wordings it never saw, the same fit on the dev wordings alone "
        f"({info['train_pages']} pages, {info['train_lines']} lines) is measured on pages it was not "
        "trained on (seed 1): dev pages (its wordings, other pages) and holdout pages (the other half "
        "of the articles, and the wordings the composer keeps for holdout pages). Line accuracy:",
        "",
        "| layout | dev | holdout |",
        "|---|---|---|",
    ]
    for layout in hold["by_layout"]:
        lines.append(f"| {layout} | {dev['by_layout'].get(layout, 0):.3f} | {hold['by_layout'][layout]:.3f} |")
    lines.append(f"| all | {dev['accuracy']:.3f} | {hold['accuracy']:.3f} |")
    lines += ["", "Per label on holdout pages:", "", "| label | lines | precision | recall |", "|---|---|---|---|"]
    for label, r in hold["by_label"].items():
        lines.append(f"| `{label}` | {r['n']} | {r['precision']:.3f} | {r['recall']:.3f} |")
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    click.echo("\n".join(lines))


@contextlib.contextmanager
def held(out: Path) -> Iterator[None]:
    """The output folder held for this run, or a plain error naming it if another run holds it."""
    try:
        with claimed(out):
            yield
    except FolderBusy as e:
        raise click.ClickException(str(e)) from None


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


if __name__ == "__main__":
    sys.exit(main())
