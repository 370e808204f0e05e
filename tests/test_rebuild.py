"""Rebuilds from the saved build state: they read only what changed, and they
always leave the docs folder as a full build of the same pages would."""
import json
import re
import os
import shutil

import pytest

from generator.bench import write_corpus
from generator.catalog import load_catalog
from generator.cli import parse_all
from generator.render.rebuild import build as rebuild
from generator.render.rebuild.build import DOWNLOAD_HEADS
from generator.render.write.exports import Concat, agencies_json, regions_json
from generator.render.rebuild import build_docs
from generator.render.rebuild.state import STATE
from generator.render.model.structure import Archive


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus") / "pages"
    write_corpus(60, out, seed=11)
    return out


@pytest.fixture()
def work(tmp_path, corpus):
    """A copy of the corpus that a test may edit."""
    shutil.copytree(corpus, tmp_path / "pages")
    return tmp_path / "pages"


def build(pages, docs, catalog):
    records, errors = load_catalog(catalog)
    assert errors == []
    return build_docs(sorted(pages), records, docs, lambda todo: parse_all(todo, records))


def docs_tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != STATE}


def pages_of(folder):
    return sorted(folder.glob("p*.txt"))


def assert_same_as_full_build(tmp_path, pages, docs, catalog):
    full = tmp_path / "full"
    build(pages, full, catalog)
    assert docs_tree(docs) == docs_tree(full)


def test_a_rebuild_reads_only_the_pages_that_changed(tmp_path, work):
    ps, docs, cat = pages_of(work), tmp_path / "docs", work / "catalog.yml"
    first = build(ps, docs, cat)
    assert first.read == len(ps)
    again = build(ps, docs, cat)
    assert (again.read, again.written, again.removed) == (0, 0, 0)
    ps[2].write_text(ps[2].read_text(encoding="utf-8").replace("召开", "举行", 1), encoding="utf-8")
    edited = build(ps, docs, cat)
    assert edited.read == 1 and 0 < edited.written
    assert_same_as_full_build(tmp_path, ps, docs, cat)


def test_generated_files_deleted_by_hand_are_written_again(tmp_path, work):
    ps, docs, cat = pages_of(work), tmp_path / "docs", work / "catalog.yml"
    build(ps, docs, cat)
    article = next((docs / "articles").glob("*.md"))
    region = next((docs / "regions").glob("*.md"))
    article.unlink()
    region.unlink()
    report = build(ps, docs, cat)
    assert article.is_file() and region.is_file()
    assert report.read == 1             # the deleted article's page, to render it again
    assert_same_as_full_build(tmp_path, ps, docs, cat)


def test_a_download_edited_by_hand_is_written_again_whole(tmp_path, work):
    ps, docs, cat = pages_of(work), tmp_path / "docs", work / "catalog.yml"
    build(ps, docs, cat)
    with open(docs / "data" / "articles.jsonl", "a", encoding="utf-8") as f:
        f.write('{"id": "added by hand"}\n')
    report = build(ps, docs, cat)
    assert report.read == 0 and report.written == len(DOWNLOAD_HEADS)   # the joined downloads, no page
    assert "added by hand" not in (docs / "data" / "articles.jsonl").read_text(encoding="utf-8")
    assert_same_as_full_build(tmp_path, ps, docs, cat)


def test_a_build_restored_elsewhere_renders_only_what_a_new_page_touches(tmp_path, work):
    """CI restores the last build's docs and the pages into a fresh clone: new
    inodes and change times everywhere, the same bytes."""
    ps, docs, cat = pages_of(work), tmp_path / "docs", work / "catalog.yml"
    build(ps, docs, cat)
    shutil.copytree(work, tmp_path / "clone")
    shutil.copytree(docs, tmp_path / "restored")
    pages, restored = pages_of(tmp_path / "clone"), tmp_path / "restored"
    new = tmp_path / "clone" / "p_new.txt"
    new.write_text("吴忠市枸杞丰收\n\n本报讯 吴忠市今年枸杞丰收，种植户增收。\n", encoding="utf-8")
    report = build(pages + [new], restored, tmp_path / "clone" / "catalog.yml")
    assert report.read == 1
    assert report.written < 40
    assert_same_as_full_build(tmp_path, pages + [new], restored, tmp_path / "clone" / "catalog.yml")


def test_the_feed_reads_pages_again_for_texts_the_state_did_not_keep(tmp_path, work, monkeypatch):
    monkeypatch.setattr(rebuild, "FEED_POOL", 0)       # keep no feed text at all
    ps, docs, cat = pages_of(work), tmp_path / "docs", work / "catalog.yml"
    build(ps[1:], docs, cat)
    report = build(ps, docs, cat)
    assert report.read > 1              # the added page, and the pages of the feed's newest articles
    assert_same_as_full_build(tmp_path, ps, docs, cat)


def test_year_pages_of_long_lists_follow_a_rebuild(tmp_path, work, monkeypatch):
    from generator.render.content import lists

    monkeypatch.setattr(lists, "PER_PAGE", 4)     # every list of five or more is split by year
    ps, docs, cat = pages_of(work), tmp_path / "docs", work / "catalog.yml"
    build(ps[1:], docs, cat)
    assert len(list((docs / "regions").glob("*-20??-p2.md"))) > 3
    build(ps, docs, cat)                                                     # a page added
    assert_same_as_full_build(tmp_path, ps, docs, cat)
    ps[5].write_text(ps[5].read_text(encoding="utf-8").replace("召开", "举行", 1), encoding="utf-8")
    build(ps[:-1], docs, cat)                                                # one edited, one withdrawn
    assert_same_as_full_build(tmp_path / "again", ps[:-1], docs, cat)


FLIP_PAGES = {
    "a.txt": "朔州市举办春季招聘会\n\n本报讯 3月5日，朔州市在市体育馆举办春季招聘会，200余家企业提供岗位5000多个。\n",
    "b.txt": "银川市开展植树活动\n\n本报讯 3月12日，银川市各界群众参加义务植树活动，栽种树苗1万余株。\n",
}
FLIP_CATALOG = """\
a.txt:
  publication: 朔州日报
  date: 2021-03-06
b.txt:
  publication: 某报
  home_region: 山西省朔州市
  date: 2021-03-13
"""


def small_archive(folder, pages: dict[str, str], catalog: str):
    """Pages and their catalogue written into folder: (catalogue path, docs folder)."""
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    cat = folder / "catalog.yml"
    cat.write_text(catalog, encoding="utf-8")
    return cat, folder / "docs"


def test_a_source_page_stops_linking_its_home_region_when_the_region_loses_its_page(tmp_path):
    cat, docs = small_archive(tmp_path, FLIP_PAGES, FLIP_CATALOG)
    build([tmp_path / "a.txt", tmp_path / "b.txt"], docs, cat)
    source_b = docs / "sources" / "b.md"
    assert "regions/140600.md" in source_b.read_text(encoding="utf-8")     # a.txt gives 朔州市 its page
    report = build([tmp_path / "b.txt"], docs, cat)
    assert report.read == 1             # b.txt, unchanged, but its page must change
    assert "regions/140600.md" not in source_b.read_text(encoding="utf-8")
    assert "所在地区：山西省 › 朔州市" in source_b.read_text(encoding="utf-8")
    assert_same_as_full_build(tmp_path, [tmp_path / "b.txt"], docs, cat)


def test_a_division_and_what_it_became_list_each_others_articles_across_a_rebuild(tmp_path):
    old = "莱芜市召开会议\n\n本报讯 莱芜市委、莱芜市政府近日召开全市经济工作会议，莱芜市各区县负责人参加。\n"
    new = "莱芜区推进乡村振兴\n\n本报讯 济南市莱芜区近日召开乡村振兴推进会，莱芜区各镇街负责人参加。\n"
    (tmp_path / "a.txt").write_text(old, encoding="utf-8")
    (tmp_path / "b.txt").write_text(new, encoding="utf-8")
    cat = tmp_path / "catalog.yml"
    cat.write_text("a.txt:\n  date: 2015-06-01\nb.txt:\n  date: 2021-03-02\n", encoding="utf-8")
    docs = tmp_path / "docs"
    build([tmp_path / "a.txt"], docs, cat)
    laiwu_city = docs / "regions" / "371200.md"           # 莱芜市, 1992-2017
    assert "今为山东省济南市莱芜区" in laiwu_city.read_text(encoding="utf-8")
    build([tmp_path / "a.txt", tmp_path / "b.txt"], docs, cat)      # a 莱芜区 article joins
    assert "莱芜区推进乡村振兴" in laiwu_city.read_text(encoding="utf-8")
    district = (docs / "regions" / "370116.md").read_text(encoding="utf-8")
    assert "原莱芜市" in district and "莱芜市召开会议" in district
    assert_same_as_full_build(tmp_path, [tmp_path / "a.txt", tmp_path / "b.txt"], docs, cat)


def test_a_joined_download_keeps_its_unchanged_start_and_moves_the_rest(tmp_path):
    target = tmp_path / "rows.txt"
    Concat(b"H\n", [("a", "1", b"aa\n", 3), ("b", "1", b"bbb\n", 4), ("c", "1", b"c\n", 2)]).write(target)
    assert target.read_bytes() == b"H\naa\nbbb\nc\n"
    before = [("a", "1", 3), ("b", "1", 4), ("c", "1", 2)]
    # b changed; c is unchanged but now follows a new page d: its bytes come from the file.
    Concat(b"H\n", [("a", "1", None, 3), ("b", "2", b"BB\n", 3), ("d", "1", b"dddd\n", 5), ("c", "1", None, 2)],
           before).write(target)
    assert target.read_bytes() == b"H\naa\nBB\ndddd\nc\n"


def test_a_joined_download_refuses_rows_it_neither_has_nor_finds(tmp_path):
    target = tmp_path / "rows.txt"
    target.write_bytes(b"H\naa\n")
    with pytest.raises(ValueError, match="rows of b"):
        Concat(b"H\n", [("a", "1", None, 3), ("b", "1", None, 4)], [("a", "1", 3)]).write(target)


def test_region_and_agency_rows_are_spelled_as_json_dumps_spells_them():
    from generator.records import Article

    region = {"name": "朔州市", "code": "140600", "level": 2, "path": ["山西省", "朔州市"]}
    names = ['引号"局', "反斜杠\\局", "换行\n局", "</script>局", "\u2028局"]
    arts = [Article(id=f"{i:012x}", source="x.txt", lines=[i, i], kind="news", title="t", subtitle="", kicker="",
                    byline=[], credit=[], date="2022-11", regions=[region], agencies=[n], body="b", notes=[])
            for i, n in enumerate(names, 1)]
    arch = Archive.of(arts, {})
    for data in (regions_json(arch), agencies_json(arch)):
        rows = json.loads(data)
        lines = data.decode("utf-8").split("\n")[1:-2]          # between "[" and "]\n"
        assert [line.rstrip(",") for line in lines] == [json.dumps(r, ensure_ascii=False) for r in rows]
    assert {r["name"] for r in json.loads(agencies_json(arch))} == set(names)


def test_touching_a_page_without_changing_it_reads_its_bytes_only_and_renders_the_same_pages(tmp_path, work):
    ps, docs, cat = pages_of(work), tmp_path / "docs", work / "catalog.yml"
    build(ps, docs, cat)
    st = ps[0].stat()
    os.utime(ps[0], ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    report = build(ps, docs, cat)
    # Its bytes are hashed and found the same: not parsed again, nothing written again.
    assert report.read == 0 and report.written == 0


def test_a_page_summarised_from_a_fresh_parse_and_from_the_cache_packs_to_the_same_bytes(tmp_path, work):
    # The state refers back to repeated strings (marshal format 4), which marshal
    # decides by reference counts; the two ways of getting records share objects
    # differently, and the bytes must not show it.
    from generator.render.model.summary import SourceSummary, summarize

    records, _ = load_catalog(work / "catalog.yml")
    page = pages_of(work)[0]
    fresh, _ = parse_all([page], records, cache=tmp_path / "cache")
    again, _ = parse_all([page], records, cache=tmp_path / "cache")      # read back from the cache
    blobs = [summarize(page.name, p.articles, records.get(page.name), (1, 2, "r", ""), p.key, (3, 4)).pack()
             for p in (fresh[0], again[0])]
    assert blobs[0] == blobs[1]
    unpacked = SourceSummary.unpack(blobs[0])
    assert unpacked.entries and unpacked.entries[0].within and unpacked.pack() == blobs[0]
    unpacked.packed = None
    assert unpacked.pack() == blobs[0]          # and packing what was unpacked gives them again


@pytest.mark.parametrize("damage", [lambda b: b[:len(b) // 2], lambda b: b[:5], lambda b: b"\xff" * 40 + b[40:],
                                    lambda b: b""])
def test_a_damaged_state_makes_the_next_build_a_full_one(tmp_path, work, damage):
    ps, docs, cat = pages_of(work), tmp_path / "docs", work / "catalog.yml"
    build(ps[:-1], docs, cat)
    (docs / STATE).write_bytes(damage((docs / STATE).read_bytes()))
    report = build(ps, docs, cat)
    assert report.read == len(ps)
    assert_same_as_full_build(tmp_path, ps, docs, cat)


MONTH_PAGES = {
    "a.txt": "银川市举办冬季农民运动会\n\n本报讯 11月4日，银川市举办冬季农民运动会。\n",
    "b.txt": "石嘴山市新建幼儿园\n\n本报讯 11月2日，石嘴山市新建三所幼儿园。\n",
}
MONTH_CATALOG = "a.txt:\n  date: 2021-11-04\nb.txt:\n  date: 2021-11-02\nc.txt:\n  date: 2021-12-01\n"


def test_a_new_month_is_linked_from_the_month_before_it_and_its_year_page_counts_it(tmp_path):
    cat, docs = small_archive(tmp_path, MONTH_PAGES, MONTH_CATALOG)
    build([tmp_path / "a.txt", tmp_path / "b.txt"], docs, cat)
    november = docs / "dates" / "2021-11.md"
    text = november.read_text(encoding="utf-8")
    assert text.index("### 11月4日") < text.index("### 11月2日")          # grouped by day, newest first
    assert "2021-12.md" not in text and "[2021年](2021.md)" in text
    (tmp_path / "c.txt").write_text("吴忠市枸杞丰收\n\n本报讯 吴忠市枸杞丰收。\n", encoding="utf-8")
    pages = [tmp_path / n for n in ("a.txt", "b.txt", "c.txt")]
    report = build(pages, docs, cat)
    assert report.read == 1                                               # c.txt alone was parsed
    assert "[2021年12月 →](2021-12.md)" in november.read_text(encoding="utf-8")
    assert "[12月（1）](2021-12.md)" in (docs / "dates" / "2021.md").read_text(encoding="utf-8")
    assert "[← 2021年11月](2021-11.md)" in (docs / "dates" / "2021-12.md").read_text(encoding="utf-8")
    assert_same_as_full_build(tmp_path, pages, docs, cat)


def test_an_issue_lists_its_pages_in_order_and_follows_a_new_page(tmp_path):
    texts = {"p01.txt": "银川市举办冬季农民运动会\n\n本报讯 银川市举办冬季农民运动会。\n",
             "p02.txt": "石嘴山市新建幼儿园\n\n本报讯 石嘴山市新建三所幼儿园。\n",
             "p03.txt": "吴忠市枸杞丰收\n\n本报讯 吴忠市枸杞丰收。\n"}
    cat, docs = small_archive(tmp_path, texts, "".join(f"{n}:\n  publication: 宁夏日报\n  date: 2021-11-04\n" for n in texts))
    build([tmp_path / "p02.txt", tmp_path / "p01.txt"], docs, cat)
    index = (docs / "issues" / "index.md").read_text(encoding="utf-8")
    path = re.search(r"\]\(([0-9a-f]{8}-2021-11-04\.md)\)（2 个页面）", index).group(1)
    issue = (docs / "issues" / path).read_text(encoding="utf-8")
    assert issue.index("p01.txt") < issue.index("银川市") < issue.index("p02.txt") < issue.index("石嘴山市")
    assert f"../issues/{path}" in (docs / "sources" / "p01.md").read_text(encoding="utf-8")
    pages = [tmp_path / n for n in sorted(texts)]
    build(pages, docs, cat)                                  # a third page of the same day
    assert "吴忠市" in (docs / "issues" / path).read_text(encoding="utf-8")
    assert_same_as_full_build(tmp_path, pages, docs, cat)
