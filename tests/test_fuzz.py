"""Fuzzing, bounded in time: the seeds and the hostile fixtures mutated at random.

The parser either reads a mutated page (no exception, every non-blank line in
some record) or refuses it with a PageError naming it; the catalogue loader
either reads a mutated catalogue or refuses it with a CatalogError, never a
traceback of its own."""
import functools
import os
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import ROOT, SEEDS
from generator.catalog import CatalogError, load_catalog
from generator.ingest import PageError, text_to_page
from generator.pipeline import parse_page

# What a hostile or careless page holds: separators, noncharacters, controls,
# markup of every kind, numbers too long, brackets never closed, lone markers.
HOSTILE = ["\u2028", "\u2029", "\x85", "\ufffe", "\uffff", "\x00", "\x1b[31m", "\u202e", "\ufeff", "<script>",
           "</div>", "{{ config }}", "{% raw %}", "---", "# ", "## ", "|", "[x](javascript:1)", "\\", "`", "*",
           "9" * 400, "（", "）", "【标题】", "■", "□", "——", "本报讯", "摄", "。", "\t", "  ", "第3版", "上一篇："]
# CI runs a fixed set of 120 examples each (the same every run); FUZZ_EXAMPLES=5000 explores anew.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "120"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize="FUZZ_EXAMPLES" not in os.environ,
                    suppress_health_check=[HealthCheck.too_slow])


@functools.lru_cache(maxsize=1)
def sources() -> list[list[str]]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts.append((ROOT / "tests/pages/hostile.txt").read_text(encoding="utf-8"))
    return [t.split("\n") for t in texts]


@st.composite
def mutated(draw) -> str:
    lines = list(draw(st.sampled_from(sources())))
    lo = draw(st.integers(0, max(0, len(lines) - 1)))
    lines = lines[lo:lo + draw(st.integers(1, 80))]          # a stretch of a page
    for _ in range(draw(st.integers(0, 12))):
        k = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["insert", "delete", "duplicate", "split", "join", "replace"]))
        line = lines[k]
        at = draw(st.integers(0, len(line)))
        if op == "insert":
            lines[k] = line[:at] + draw(st.sampled_from(HOSTILE)) + line[at:]
        elif op == "delete" and len(lines) > 1:
            del lines[k]
        elif op == "duplicate":
            lines.insert(k, line)
        elif op == "split":
            lines[k:k + 1] = [line[:at], line[at:]]
        elif op == "join" and k + 1 < len(lines):
            lines[k:k + 2] = [line + lines[k + 1]]
        elif op == "replace":
            lines[k] = draw(st.text(max_size=30))
    return "\n".join(lines)


@SETTINGS
@given(mutated())
def test_a_mutated_page_is_read_whole_or_refused_by_name(text):
    try:
        page = text_to_page(text, "fuzz.txt")
    except PageError as err:
        assert "fuzz.txt" in str(err)
        return
    records = parse_page(page)
    covered = {n for r in records for n in range(r.lines[0], r.lines[1] + 1)}
    assert {l.no for l in page.lines if l.text.strip()} <= covered
    assert len({r.id for r in records}) == len(records)


@functools.lru_cache(maxsize=1)
def catalogue_text() -> str:
    return (SEEDS / "catalog.yml").read_text(encoding="utf-8")


VALUES = st.recursive(st.none() | st.text(max_size=20) | st.integers() | st.booleans() | st.floats(allow_nan=True),
                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                      max_leaves=8)


@SETTINGS
@given(st.one_of(
    st.dictionaries(st.text(max_size=20), st.dictionaries(
        st.sampled_from(["publication", "home_region", "date", "medium", "note", "publicaton", "x"]), VALUES,
        max_size=5) | VALUES, max_size=4).map(lambda d: yaml.safe_dump(d, allow_unicode=True)),
    st.tuples(st.integers(0, 2000), st.sampled_from(HOSTILE + [":", "&a", "*a", "!!binary", "[", "{", "- "]))
      .map(lambda t: catalogue_text()[:t[0]] + t[1] + catalogue_text()[t[0]:]),
))
def test_a_mutated_catalogue_is_read_or_refused_with_a_catalogue_error(tmp_path_factory, text):
    path = Path(tmp_path_factory.mktemp("cat")) / "catalog.yml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        records, errors = load_catalog(path)
    except CatalogError as err:
        assert str(path) in str(err)
        return
    assert all(str(path) in e for e in errors)
    for rec in records.values():
        assert isinstance(rec.publication, str) and isinstance(rec.date, str)
