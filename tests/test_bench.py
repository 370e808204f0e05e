"""The benchmark's own arithmetic (generator/bench.py)."""
import json

from generator.bench import busiest_older_year, kb_by_kind


def test_site_bytes_per_article_by_page_kind(tmp_path):
    (tmp_path / "articles" / "a").mkdir(parents=True)
    (tmp_path / "articles" / "a" / "index.html").write_bytes(b"x" * 4000)
    (tmp_path / "pagefind").mkdir()
    (tmp_path / "pagefind" / "f.pf").write_bytes(b"x" * 1000)
    (tmp_path / "index.html").write_bytes(b"x" * 200)
    assert kb_by_kind(tmp_path, 2) == {"articles": 2.0, "pagefind": 0.5, "top": 0.1}
    assert list(kb_by_kind(tmp_path, 2)) == ["articles", "pagefind", "top"]        # largest first


def test_the_year_searched_narrowed_is_the_busiest_but_the_newest(tmp_path):
    (tmp_path / "data").mkdir()
    dates = ["2024-01-02"] * 5 + ["2022-03-01"] * 3 + ["2023-05-05"] * 2 + [""] * 9
    (tmp_path / "data" / "articles.jsonl").write_text(
        "".join(json.dumps({"date": d}) + "\n" for d in dates), encoding="utf-8")
    assert busiest_older_year(tmp_path) == "2022"


def test_the_synthetic_corpus_s_catalogue_is_one_the_generator_accepts(tmp_path):
    # Counties under a row that only groups them (海南省直辖县) are catalogued under their
    # province: the catalogue refuses a region no table names, and `make bench-parts` stops.
    from generator.bench import write_corpus
    from generator.catalog import load_catalog

    write_corpus(1000, tmp_path, seed=2)          # (a seed whose pages hold such counties)
    records, errors = load_catalog(tmp_path / "catalog.yml")
    assert errors == [] and len(records) > 100
    assert any(r.home_region.name in ("海南省", "新疆维吾尔自治区", "重庆市", "湖北省", "河南省")
               for r in records.values())
