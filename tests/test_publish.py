"""Publishing: the CI workflow, open data, the feed, statistics and quality pages."""
import csv
import io
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import yaml

from conftest import ROOT, SEED_PORT, SEEDS

WORKFLOW = ROOT / ".github/workflows/pages.yml"
ATOM = "{http://www.w3.org/2005/Atom}"


def test_workflow_is_valid_and_uses_only_makefile_targets():
    res = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                          str(WORKFLOW)], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
    flow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    targets = set(re.findall(r"^([a-z][\w-]*):", (ROOT / "Makefile").read_text(), re.M))
    runs = [s["run"] for job in flow["jobs"].values() for s in job["steps"] if "run" in s]
    used = {m for r in runs for m in re.findall(r"\bmake\s+([\w-]+)", r)}
    assert used and used <= targets
    assert {"test", "site"} <= used
    uses = [s["uses"] for job in flow["jobs"].values() for s in job["steps"] if "uses" in s]
    assert all(re.search(r"@v\d+\.\d+\.\d+$", u) for u in uses)          # pinned versions
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    deploy = flow["jobs"]["deploy"]
    assert "pull_request" not in deploy["if"] or "push" in deploy["if"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}


def test_published_jsonl_is_the_parse_output(seed_site, seed_pages):
    docs, site, records = seed_site
    res = subprocess.run([sys.executable, "-m", "generator", "parse", "--catalog", str(SEEDS / "catalog.yml"),
                          *map(str, seed_pages + [ROOT / "tests/pages/hostile.txt"])],
                         cwd=ROOT, capture_output=True, text=True)
    assert (site / "data/articles.jsonl").read_text(encoding="utf-8") == res.stdout


def test_csv_has_a_bom_and_one_row_per_record(seed_site):
    docs, site, records = seed_site
    raw = (site / "data/articles.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["id"] for r in rows] == [r["id"] for r in records]
    lit = next(r for r in rows if r["title"].startswith("利通区"))
    assert lit["regions"].split(";")[0] == "利通区" and "利通区政协" in lit["agencies"]


def test_region_and_agency_tables_count_articles(seed_site):
    docs, site, records = seed_site
    regions = {r["code"]: r for r in json.loads((site / "data/regions.json").read_text(encoding="utf-8"))}
    assert regions["640302"]["path"] == ["宁夏回族自治区", "吴忠市", "利通区"]
    assert regions["640300"]["articles"] >= regions["640302"]["articles"] >= 1
    agencies = json.loads((site / "data/agencies.json").read_text(encoding="utf-8"))
    counts = {a["name"]: a["articles"] for a in agencies}
    assert counts["利通区政协"] == sum(1 for r in records if "利通区政协" in r["agencies"])


def test_feed_is_atom_with_newest_articles_and_working_links(seed_site):
    docs, site, records = seed_site
    root = ET.fromstring((site / "feed.xml").read_bytes())
    entries = root.findall(f"{ATOM}entry")
    readable = [r for r in records if r["kind"] != "residue"]
    assert len(entries) == min(50, len(readable))
    newest = max(r["date"] for r in readable)
    assert entries[0].find(f"{ATOM}updated").text.startswith(newest)
    for e in entries:
        href = e.find(f"{ATOM}link").get("href")
        assert href.startswith(f"http://127.0.0.1:{SEED_PORT}/articles/")
        assert (site / href.removeprefix(f"http://127.0.0.1:{SEED_PORT}/") / "index.html").exists()
    assert 'type="application/atom+xml"' in (site / "index.html").read_text(encoding="utf-8")


def test_statistics_draw_one_bar_per_month_and_per_province_or_city(seed_site):
    docs, site, records = seed_site
    monthly = (site / "stats/monthly.svg").read_text(encoding="utf-8")
    months = sorted({r["date"][:7] for r in records if r["kind"] != "residue" and len(r["date"]) >= 7})
    bars = re.findall(r'<rect class="bar" data-month="([\d-]+)" data-count="(\d+)"', monthly)
    assert bars[0][0] == months[0] and bars[-1][0] == months[-1]
    assert {m for m, n in bars if int(n)} == set(months)
    regions = json.loads((site / "data/regions.json").read_text(encoding="utf-8"))
    svg = (site / "stats/regions.svg").read_text(encoding="utf-8")
    drawn = dict(re.findall(r'<rect class="bar" data-region="(\d+)" data-count="(\d+)"', svg))
    assert drawn == {r["code"]: str(r["articles"]) for r in regions if r["level"] <= 2}
    assert "http" not in re.sub(r'xmlns="[^"]+"', "", svg)          # no external requests


def test_quality_page_lists_every_residue_and_decision(seed_site):
    docs, site, records = seed_site
    page = (site / "quality/index.html").read_text(encoding="utf-8")
    for r in records:
        for note in r["notes"]:
            if not note.startswith("所在地区据"):
                assert note.replace("&", "&amp;") in page, note
    assert sum(1 for r in records if r["kind"] == "residue") > 0
    assert all(r["notes"] for r in records if r["kind"] == "residue")
