"""A maintainer's corrections (seeds/corrections.yml): applied where the page is
parsed, shown on the article, stable ids, and every mistake in the file named."""
import json
import subprocess
import sys
from dataclasses import replace

from conftest import ROOT
from generator.corrections import NOT_APPLIED, PageFixes, load_corrections
from generator.ingest import text_to_page
from generator.pipeline import parse_page
from generator.runner import page_key
from helpers import record

PAGE = """# 银川市举办冬季农民运动会

本报讯 12月1日，银川市第三届冬季农民运动会在兴庆区开幕，来自各乡镇的600余名农民参加比赛。

比赛设拔河、跳绳等8个项目。

# 石嘴山市新建三所幼儿园

本报讯 今年石嘴山市新建幼儿园3所，新增学位900个，大武口区、惠农区各有一所投入使用。

幼儿园均为公办，收费按市物价局核定标准执行。

吴忠市红寺堡区今年种植枸杞2万亩，带动当地农民增收。
"""
LAST_PARAGRAPH = 13      # the 吴忠 paragraph, glued to the 石嘴山 article


def parse(tmp_path, yaml_text: str = ""):
    rec = record("宁夏回族自治区", "2021-12-02")
    if yaml_text:
        f = tmp_path / "corrections.yml"
        f.write_text(yaml_text, encoding="utf-8")
        fixes, errors = load_corrections(f)
        assert errors == []
        rec = replace(rec, fixes=fixes["p.md"])
    return parse_page(text_to_page(PAGE, "p.md"), rec)


def test_without_corrections_the_parser_glues_the_last_paragraph(tmp_path):
    arts = parse(tmp_path)
    assert len(arts) == 2 and "吴忠市" in arts[1].body


def test_a_split_opens_a_new_article_at_the_line_and_keeps_the_first_id(tmp_path):
    before = parse(tmp_path)
    after = parse(tmp_path, f"p.md:\n  split: [{LAST_PARAGRAPH}]\n")
    assert len(after) == 3
    assert after[1].id == before[1].id and "吴忠市" not in after[1].body
    assert after[2].body.startswith("吴忠市红寺堡区") and after[2].lines == [LAST_PARAGRAPH, LAST_PARAGRAPH]
    assert {r["name"] for r in after[2].regions} >= {"吴忠市", "红寺堡区"}
    assert "石嘴山市" not in {r["name"] for r in after[2].regions}
    again = parse(tmp_path, f"p.md:\n  split: [{LAST_PARAGRAPH}]\n")
    assert [a.id for a in again] == [a.id for a in after]           # the new id is stable across builds
    assert all(a.corrections[0]["field"] == "split" for a in after[1:])


def test_a_merge_joins_articles_under_the_first_id(tmp_path):
    one, two = parse(tmp_path)
    merged = parse(tmp_path, f"p.md:\n  merge:\n    - [{one.id}, {two.id}]\n")
    assert len(merged) == 1
    assert merged[0].id == one.id and merged[0].title == one.title
    assert "银川市" in merged[0].body and "石嘴山市" in merged[0].body
    assert merged[0].lines == [one.lines[0], two.lines[1]]


def test_field_corrections_replace_the_values_and_say_what_they_were(tmp_path):
    one, _ = parse(tmp_path)
    arts = parse(tmp_path, f"""p.md:
  articles:
    {one.id}:
      title: 银川冬季农民运动会开幕
      date: 2021-12-01
      regions: ["640104"]
      agencies: [银川市体育局]
""")
    fixed = arts[0]
    assert fixed.id == one.id                         # a corrected field never moves an id
    assert fixed.title == "银川冬季农民运动会开幕" and fixed.date == "2021-12-01"
    assert [r["name"] for r in fixed.regions] == ["兴庆区"] and fixed.regions[0]["path"][0] == "宁夏回族自治区"
    assert fixed.agencies == ["银川市体育局"]
    title = next(c for c in fixed.corrections if c["field"] == "title")
    assert title["was"] == one.title and title["now"] == "银川冬季农民运动会开幕"
    assert any(n.startswith("人工校订：标题") for n in fixed.notes)


def test_a_hidden_article_is_marked_and_kept(tmp_path):
    one, _ = parse(tmp_path)
    arts = parse(tmp_path, f"p.md:\n  articles:\n    {one.id}:\n      hide: true\n")
    assert len(arts) == 2 and arts[0].hidden and not arts[1].hidden
    assert json.loads(json.dumps(arts[0].as_dict()))["hidden"] is True


def test_a_correction_for_an_article_that_is_gone_is_reported_not_dropped(tmp_path):
    arts = parse(tmp_path, "p.md:\n  articles:\n    0123456789ab:\n      title: 无处可用\n  split: [1]\n")
    missing = [n for n in arts[0].notes if n.startswith(NOT_APPLIED)]
    assert len(missing) == 2
    assert any("0123456789ab" in n for n in missing) and any("第 1 行" in n for n in missing)
    assert all(a.title != "无处可用" for a in arts)


def test_every_mistake_in_the_file_is_named_and_the_good_entries_still_load(tmp_path):
    f = tmp_path / "corrections.yml"
    f.write_text("""p.md:
  articles:
    0123456789ab:
      titel: 错字段
      date: 2021-13-45
      regions: ["999999"]
      agencies: [某局]
    not-an-id:
      title: x
  split: [abc]
  merge:
    - [0123456789ab]
  spilt: [3]
""", encoding="utf-8")
    fixes, errors = load_corrections(f)
    text = "\n".join(errors)
    assert all(e.startswith(f"{f}: page p.md") for e in errors)
    assert "field titel: unknown field (did you mean title?)" in text
    assert "field date: '2021-13-45'" in text
    assert "field regions: 999999" in text
    assert "article not-an-id" in text
    assert "split: 'abc'" in text and "merge:" in text
    assert "unknown key 'spilt' (did you mean split?)" in text
    assert fixes["p.md"].articles[0].fields == (("agencies", ["某局"]),)


def test_a_corrections_file_that_is_not_yaml_names_its_line(tmp_path):
    from generator.corrections import CorrectionsError
    f = tmp_path / "corrections.yml"
    f.write_text("p.md:\n  articles: [\n", encoding="utf-8")
    try:
        load_corrections(f)
    except CorrectionsError as err:
        assert str(f) in str(err) and "line" in str(err)
    else:
        raise AssertionError("invalid YAML was accepted")


def test_a_changed_correction_changes_the_page_key(tmp_path):
    page = tmp_path / "p.md"
    page.write_text(PAGE, encoding="utf-8")
    rec = record("宁夏回族自治区")
    keys = {page_key(page, rec, None), page_key(page, replace(rec, fixes=PageFixes(split=(13,))), None),
            page_key(page, replace(rec, fixes=PageFixes(split=(11,))), None)}
    assert len(keys) == 3


def test_the_cli_applies_corrections_and_warns_of_those_it_could_not(tmp_path):
    page = tmp_path / "p.md"
    page.write_text(PAGE, encoding="utf-8")
    fixes = tmp_path / "corrections.yml"
    fixes.write_text(f"p.md:\n  split: [{LAST_PARAGRAPH}]\n  articles:\n    0123456789ab:\n      title: x\n"
                     "nope.md:\n  split: [2]\n", encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "generator", "parse", "--corrections", str(fixes), str(page)],
                         cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 1                               # nope.md is not a page given
    assert f"{fixes}: page nope.md: no such page given" in res.stderr
    assert "warning: p.md: " + NOT_APPLIED in res.stderr and "0123456789ab" in res.stderr
    assert len(res.stdout.splitlines()) == 3


def test_a_built_site_shows_corrections_and_keeps_hidden_articles_off_the_lists(tmp_path):
    from conftest import build_site

    page = tmp_path / "p.md"
    page.write_text(PAGE, encoding="utf-8")
    one, two = parse(tmp_path)
    fixes = tmp_path / "corrections.yml"
    fixes.write_text(f"p.md:\n  articles:\n    {one.id}:\n      title: 银川冬运会开幕\n"
                     f"    {two.id}:\n      hide: true\n", encoding="utf-8")
    docs, site, _ = build_site([page], tmp_path / "out", corrections=fixes)
    html = (site / "articles" / one.id / "index.html").read_text(encoding="utf-8")
    assert "已人工校订" in html and "银川冬运会开幕" in html and one.title in html   # the new title and the old
    assert (site / "articles" / two.id / "index.html").exists()                      # its page stays
    linking = {p.relative_to(docs).as_posix() for p in docs.rglob("*.md")
               if f"{two.id}.md" in p.read_text(encoding="utf-8") or f"{two.id}/" in p.read_text(encoding="utf-8")}
    assert linking == {"sources/p.md", "quality/index.md"}     # never a list, a neighbour or the search
    assert len(list((site / "pagefind").glob("s*/fragment/*"))) == 1      # one article in the search index
    quality = (docs / "quality" / "index.md").read_text(encoding="utf-8")
    assert "## 人工校订" in quality and "人工校订：标题（原为「银川市举办冬季农民运动会」）" in quality
