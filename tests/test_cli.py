"""`python -m generator parse`: JSON Lines, stable ids, clear errors."""
import json
import subprocess
import sys

from conftest import ROOT, SEEDS
from generator.records import KINDS

FIELDS = {"id", "source", "lines", "kind", "title", "subtitle", "kicker", "byline", "date", "regions",
          "agencies", "body"}


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "generator", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True)


def records(out: str) -> list[dict]:
    return [json.loads(l) for l in out.splitlines()]


def test_parse_prints_one_json_object_per_article(seed_pages):
    res = run("parse", "--catalog", SEEDS / "catalog.yml", *seed_pages)
    assert res.returncode == 0, res.stderr
    recs = records(res.stdout)
    assert recs and all(FIELDS <= set(r) for r in recs)
    assert len({r["id"] for r in recs}) == len(recs)
    assert {r["kind"] for r in recs} <= set(KINDS)
    for r in recs:
        assert all(isinstance(x, dict) and {"name", "code", "path"} <= set(x) for x in r["regions"])


def test_ids_do_not_move_when_a_page_is_added(tmp_path, seed_pages):
    some = run("parse", "--catalog", SEEDS / "catalog.yml", *seed_pages[:2])
    more = run("parse", "--catalog", SEEDS / "catalog.yml", *seed_pages)
    before = {r["id"]: r["title"] for r in records(some.stdout)}
    after = {r["id"]: r["title"] for r in records(more.stdout)}
    assert before.items() <= after.items()


def test_bad_pages_are_reported_and_the_rest_still_parse(tmp_path, seed_pages):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 500)
    res = run("parse", empty, seed_pages[1], binary)
    assert res.returncode == 1
    assert "empty.txt" in res.stderr and "scan.txt" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 2
    assert {r["source"] for r in records(res.stdout)} == {seed_pages[1].name}


def test_a_broken_catalogue_record_is_named_and_other_pages_go_on(tmp_path, seed_pages):
    cat = tmp_path / "catalog.yml"
    cat.write_text(f"{seed_pages[1].name}:\n  home_region: 不存在市\n", encoding="utf-8")
    res = run("parse", "--catalog", cat, seed_pages[1])
    assert res.returncode == 1
    assert "home_region" in res.stderr and seed_pages[1].name in res.stderr
    assert records(res.stdout)


def test_build_reports_its_stage_times_when_asked(tmp_path, seed_pages):
    res = run("build", "--timings", "--catalog", SEEDS / "catalog.yml", "--docs", tmp_path / "docs", *seed_pages)
    assert res.returncode == 0, res.stderr
    stages = [line.split(" s  ", 1)[1] for line in res.stderr.splitlines() if " s  " in line]
    assert stages == ["catalogue", "last build's state", "parse (or read the cache)", "render and write",
                      "save the state"]
    quiet = run("build", "--catalog", SEEDS / "catalog.yml", "--docs", tmp_path / "docs", *seed_pages)
    assert " s  " not in quiet.stderr


def test_a_rebuild_parses_its_new_pages_ahead_and_reports_a_bad_one(tmp_path, seed_pages):
    # A rebuild of a few changed pages parses them in a forked process while the
    # state loads; what it writes, and what it says of a page it cannot read, are
    # those of a build that parsed them itself.
    cat, cache = SEEDS / "catalog.yml", tmp_path / "cache"
    first = run("build", "--jobs", "2", "--cache", cache, "--catalog", cat, "--docs", tmp_path / "docs",
                *seed_pages[:3])
    assert first.returncode == 0, first.stderr
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 500)
    res = run("build", "--jobs", "2", "--cache", cache, "--catalog", cat, "--docs", tmp_path / "docs",
              *seed_pages, binary)
    assert res.returncode == 1
    assert [l for l in res.stderr.splitlines() if "scan.txt" in l] == [l for l in res.stderr.splitlines()
                                                                      if l.startswith("error:")]
    assert f"({len(seed_pages) - 3} read)" in res.stderr
    assert len(list(cache.rglob("*.rec"))) == len(seed_pages)       # the new pages went through the cache
    full = run("build", "--jobs", "1", "--catalog", cat, "--docs", tmp_path / "full", *seed_pages, binary)
    assert full.returncode == 1
    tree = lambda d: {p.relative_to(d).as_posix(): p.read_bytes() for p in sorted(d.rglob("*"))
                      if p.is_file() and not p.name.startswith(".")}
    assert tree(tmp_path / "docs") == tree(tmp_path / "full")


def test_a_rebuild_whose_catalogue_entries_are_all_cached_reads_no_yaml(tmp_path, seed_pages):
    # PyYAML is imported only to parse YAML: a rebuild with the catalogue as the
    # last build saw it (its entries in the cache) does not pay for the import.
    args = ["build", "--cache", tmp_path / "cache", "--catalog", SEEDS / "catalog.yml", "--docs", tmp_path / "docs",
            *seed_pages]
    assert run(*args).returncode == 0
    again = subprocess.run([sys.executable, "-X", "importtime", "-m", "generator", *map(str, args)], cwd=ROOT,
                           capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert "generator.catalog" in imported(again.stderr) and "yaml" not in imported(again.stderr)
    cat = tmp_path / "catalog.yml"                  # an entry the cache has not seen: now it is parsed
    cat.write_text((SEEDS / "catalog.yml").read_text(encoding="utf-8") + "\nnew.txt:\n  publication: 某某日报\n",
                   encoding="utf-8")
    changed = subprocess.run([sys.executable, "-X", "importtime", "-m", "generator", *map(str, args[:4]), cat,
                              *map(str, args[5:])], cwd=ROOT, capture_output=True, text=True)
    assert "yaml" in imported(changed.stderr) and "new.txt" in changed.stderr     # parsed; its missing page named


def imported(importtime: str) -> set[str]:
    """The modules `python -X importtime` says were imported."""
    return {line.rsplit("|", 1)[1].strip() for line in importtime.splitlines() if line.startswith("import time:")}
