"""Same input, same bytes: two builds into two folders are identical, file by file."""
import re

from conftest import SEEDS, build_site

# Pagefind writes its filter and metadata indexes from hash maps in arbitrary
# order (upstream issue Pagefind/pagefind#638: fragments and word indexes are
# stable since 1.3, "other files will still change").  Those few files are the
# one known exception; everything readers download per article is compared.
PAGEFIND_UNSTABLE = re.compile(
    r"^pagefind/s\d+/(filter/.*|pagefind\.[^/]*\.pf_meta|pagefind-entry\.json|pagefind-worker\.js)$")


def tree(folder):
    # .archive-state is the build's own record in docs/ (it holds the folders'
    # modification times); it is not published, and mkdocs leaves it out of site/.
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != ".archive-state"}


def test_two_builds_are_byte_identical(tmp_path, seed_pages):
    a = build_site(seed_pages, tmp_path / "a", SEEDS / "catalog.yml")
    b = build_site(seed_pages, tmp_path / "b", SEEDS / "catalog.yml")
    for x, y in ((a[0], b[0]), (a[1], b[1])):
        ta, tb = tree(x), tree(y)
        stable = lambda t: {k for k in t if not PAGEFIND_UNSTABLE.match(k)}
        assert stable(ta) == stable(tb)
        differ = [k for k in stable(ta) if ta[k] != tb[k]]
        assert differ == []
    assert any(k.startswith("pagefind/s000/fragment/") for k in tree(a[1]))


def test_adding_a_page_keeps_every_article_url(tmp_path, seed_pages):
    small = build_site(seed_pages[:3], tmp_path / "small", SEEDS / "catalog.yml")
    big = build_site(seed_pages, tmp_path / "big", SEEDS / "catalog.yml")
    before = {p.relative_to(small[1]) for p in (small[1] / "articles").glob("*/index.html")}
    after = {p.relative_to(big[1]) for p in (big[1] / "articles").glob("*/index.html")}
    assert before and before <= after
