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
