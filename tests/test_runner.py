"""Scale: parallel parsing and incremental builds give exactly the serial, full result."""
import re
import subprocess
import sys

import pytest

from conftest import ROOT
from generator.bench import write_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    write_corpus(120, out / "pages", seed=7)
    return out / "pages"


def gen(*args):
    res = subprocess.run([sys.executable, "-m", "generator", *map(str, args)], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    return res


def pages(corpus):
    return sorted(corpus.glob("p*.txt"))


def test_corpus_is_deterministic_for_a_seed(tmp_path, corpus):
    write_corpus(120, tmp_path / "again", seed=7)
    for p in pages(corpus) + [corpus / "catalog.yml"]:
        assert (tmp_path / "again" / p.name).read_bytes() == p.read_bytes()


def test_parallel_parse_equals_serial(corpus):
    serial = gen("parse", "-j", "1", "--catalog", corpus / "catalog.yml", *pages(corpus)).stdout
    parallel = gen("parse", "-j", "2", "--catalog", corpus / "catalog.yml", *pages(corpus)).stdout
    assert serial == parallel and serial.count("\n") >= 120


def tree(folder):
    # The build state (.archive-state) is the build's own record (folder times differ); the docs must agree.
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != ".archive-state"}


def test_incremental_build_equals_full_build(tmp_path, corpus):
    *old, new = pages(corpus)
    cache = tmp_path / "cache"
    inc = tmp_path / "inc"
    gen("build", "--catalog", corpus / "catalog.yml", "--docs", inc, "--cache", cache, *old)
    res = gen("build", "--catalog", corpus / "catalog.yml", "--docs", inc, "--cache", cache, *old, new)
    full = tmp_path / "full"
    gen("build", "--catalog", corpus / "catalog.yml", "--docs", full, *old, new)
    assert tree(inc) == tree(full)
    written = int(res.stderr.split(" files written")[0].rsplit(" ", 1)[1])
    assert 0 < written < len(tree(full)) / 2        # only what the new page touches


def test_long_lists_are_split_by_year_into_pages_of_a_hundred():
    from generator.records import Article
    from generator.render.content.lists import PER_PAGE, region_listing
    from generator.render.model.structure import Archive

    region = {"name": "朔州市", "code": "140600", "level": 2, "path": ["山西省", "朔州市"]}
    arts = [Article(id=f"{i:012x}", source="x.txt", lines=[i, i], kind="news", title=f"标题{i}", subtitle="",
                    kicker="", byline=[], credit=[], date="2022-11" if i <= 250 else "2021-03", regions=[region],
                    agencies=[], body="正文", notes=[]) for i in range(1, 271)]
    listing = region_listing(Archive.of(arts, {}), "140600")
    pages = dict(listing.pages + [p for part in listing.years for p in part.render()])
    city = list(pages)
    assert city == ["regions/140600.md", "regions/140600-2022.md", "regions/140600-2022-p2.md",
                    "regions/140600-2022-p3.md", "regions/140600-2021.md"]
    # The first page links each year's pages with its count; the years list their articles, once each.
    assert "- [2022年](140600-2022.md)（250 篇）" in pages["regions/140600.md"]
    assert "- [2021年](140600-2021.md)（20 篇）" in pages["regions/140600.md"]
    listed = [re.findall(r"articles/([0-9a-f]{12})\.md", pages[p]) for p in city[1:]]
    assert all(len(x) <= PER_PAGE for x in listed)
    assert sorted(sum(listed, [])) == sorted(a.id for a in arts)
    assert set(listed[-1]) == {a.id for a in arts if a.date.startswith("2021")}


def test_incremental_build_after_editing_a_page_equals_full_build(tmp_path, corpus):
    import shutil
    work = tmp_path / "pages"
    shutil.copytree(corpus, work)
    ps = pages(work)
    cache, inc, full = tmp_path / "cache", tmp_path / "inc", tmp_path / "full"
    gen("build", "--catalog", work / "catalog.yml", "--docs", inc, "--cache", cache, *ps)
    text = ps[3].read_text(encoding="utf-8")
    ps[3].write_text(text.replace("召开", "举行", 1), encoding="utf-8")     # an editor's correction
    ps[5].unlink()                                                           # and a page withdrawn
    cat = (work / "catalog.yml").read_text(encoding="utf-8")
    (work / "catalog.yml").write_text(re.sub(rf"(?m)^{ps[5].name}:\n(?:  .*\n)*", "", cat), encoding="utf-8")
    ps = pages(work)
    gen("build", "--catalog", work / "catalog.yml", "--docs", inc, "--cache", cache, *ps)
    gen("build", "--catalog", work / "catalog.yml", "--docs", full, *ps)
    strip = lambda t: {k: v for k, v in t.items() if k != ".archive-manifest.json"}
    assert strip(tree(inc)) == strip(tree(full))


def test_a_page_the_generator_fails_on_is_named_and_the_run_goes_on(tmp_path, monkeypatch):
    from generator import pipeline
    from generator.cli import parse_all

    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("太原召开会议\n\n本报讯 太原市召开安全生产工作会议，部署下一阶段重点任务。\n", encoding="utf-8")
    bad.write_text("大同召开会议\n\n本报讯 大同市召开安全生产工作会议，部署下一阶段重点任务。\n", encoding="utf-8")
    real = pipeline.parse_page

    def flaky(page, rec=None):
        if "大同" in page.lines[0].text:
            raise KeyError("a bug")
        return real(page, rec)

    monkeypatch.setattr(pipeline, "parse_page", flaky)
    parsed, failed = parse_all([bad, good], {}, jobs=1)
    assert failed == 1
    assert [p.path.name for p in parsed] == ["good.txt"]


def test_a_province_abolished_before_1980_has_a_page_that_cites_no_code(tmp_path):
    page = tmp_path / "rmrb-1951.txt"
    page.write_text("【标题】绥远省各地积极开展春耕生产\n【日期】1951-04-12\n【正文】\n"
                    "本报讯 绥远省归绥市郊区农民在人民政府领导下积极准备春耕，互助组普遍订立了爱国增产计划。\n", encoding="utf-8")
    gen("build", "--docs", tmp_path / "docs", page)
    text = (tmp_path / "docs/regions/920000.md").read_text(encoding="utf-8")
    assert "1949–1954 年的建制（无国家行政区划代码）" in text and "行政区划代码 920000" not in text
    assert "绥远省存续于 1949–1954 年，今为内蒙古自治区。" in text
    assert "[归绥市](920100.md)" in text
