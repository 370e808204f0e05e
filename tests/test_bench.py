"""The benchmark's own arithmetic (generator/bench.py)."""
from generator.bench import kb_by_kind


def test_site_bytes_per_article_by_page_kind(tmp_path):
    (tmp_path / "articles" / "a").mkdir(parents=True)
    (tmp_path / "articles" / "a" / "index.html").write_bytes(b"x" * 4000)
    (tmp_path / "pagefind").mkdir()
    (tmp_path / "pagefind" / "f.pf").write_bytes(b"x" * 1000)
    (tmp_path / "index.html").write_bytes(b"x" * 200)
    assert kb_by_kind(tmp_path, 2) == {"articles": 2.0, "pagefind": 0.5, "top": 0.1}
    assert list(kb_by_kind(tmp_path, 2)) == ["articles", "pagefind", "top"]        # largest first
