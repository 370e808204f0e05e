"""Same input, same bytes: two builds into two folders are identical, file by file."""
from conftest import ROOT, SEEDS, build_site


def tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(tmp_path, seed_pages):
    a = build_site(seed_pages, tmp_path / "a", SEEDS / "catalog.yml")
    b = build_site(seed_pages, tmp_path / "b", SEEDS / "catalog.yml")
    for x, y in ((a[0], b[0]), (a[1], b[1])):
        ta, tb = tree(x), tree(y)
        assert ta.keys() == tb.keys()
        differ = [k for k in ta if ta[k] != tb[k]]
        assert differ == []


def test_adding_a_page_keeps_every_article_url(tmp_path, seed_pages):
    small = build_site(seed_pages[:3], tmp_path / "small", SEEDS / "catalog.yml")
    big = build_site(seed_pages, tmp_path / "big", SEEDS / "catalog.yml")
    before = {p.relative_to(small[1]) for p in (small[1] / "articles").glob("*/index.html")}
    after = {p.relative_to(big[1]) for p in (big[1] / "articles").glob("*/index.html")}
    assert before and before <= after
