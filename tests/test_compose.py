"""The corpus composer: pages laid out from articles, with gold that holds for them.

A small hand-made corpus stands in for ../shared/corpus (whose text stays outside
the repository); the composer does not care what the articles say."""
import json
import re
import unicodedata

import pytest
import yaml

from generator.compose import LAYOUTS, compose, gold_of, write
from generator.compose.layouts import Composed

PLACES = ["太原", "大同", "朔州", "晋中", "长治", "运城", "忻州", "临汾", "吕梁", "阳泉"]
TOPICS = ["春耕生产", "森林防火", "乡村振兴", "安全生产", "文明创建", "冬季供暖", "招商引资", "生态保护"]


def story(k: int, date: str, page: int) -> dict:
    place, topic = PLACES[k % len(PLACES)], TOPICS[k % len(TOPICS)]
    paras = [f"本报{place}{int(date[5:7])}月{int(date[8:])}日电 （记者王{k}）{place}市近日召开{topic}工作推进会，"
             f"会议听取了各县区第{k}号工作进展汇报，部署了下一阶段{topic}重点任务。"]
    paras += [f"据介绍，{place}市今年已投入资金{k + 3}亿元用于{topic}，惠及群众{k * 7 + 11}万人，"
              f"第{j}项措施已经全面落地。" for j in range(2 + k % 4)]
    if k % 5 == 0:
        paras.insert(1, "核心阅读")
    return {"id": f"{date.replace('-', '')}-{page:02d}-{k:02d}", "date": date, "page": page,
            "kicker": f"{place}打出组合拳" if k % 3 == 0 else "", "title": f"{place}市扎实推进{topic}第{k}步",
            "subtitle": f"{topic}见实效" if k % 4 == 0 else "", "paragraphs": paras}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "mini.jsonl"
    rows = [story(k, f"2019-02-{1 + k % 9:02d}", 1 + k % 4) for k in range(400)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def test_same_seed_same_pages_and_gold(corpus):
    a, b = compose(corpus, 3, seed=4), compose(corpus, 3, seed=4)
    assert [p.composed.lines for p in a] == [p.composed.lines for p in b]
    assert gold_of(a) == gold_of(b)
    assert [p.composed.lines for p in compose(corpus, 3, seed=5)] != [p.composed.lines for p in a]


def test_every_layout_is_composed_and_every_snippet_occurs_once_on_its_page(corpus):
    pages = compose(corpus, 4, seed=2)
    assert {p.composed.layout for p in pages} == set(LAYOUTS)
    for p in pages:
        text = norm("\n".join(p.composed.lines))
        for item in p.composed.items:
            assert text.count(item.first) == 1 and text.count(item.last) == 1, (p.name, item.id)
            assert len(item.first) >= 12 and item.date[0][:4].isdigit()


def test_each_non_blank_line_gets_one_label_for_the_tagger(corpus):
    for p in compose(corpus, 3, seed=3):
        labels = p.composed.labels()
        assert len(labels) == sum(1 for line in p.composed.lines if line.strip())
        assert set(labels) <= {"F", "B", "I", "H"} | {r + w for r in "KTSYD" for w in "<>~"}
        # every article's body opens with exactly one B
        assert labels.count("B") == len(p.composed.items), p.name


def test_labels_say_which_way_a_headline_points():
    page = Composed("ocr")
    page.add("P", "第一篇的正文。", article=0)
    page.blank()
    page.add("T", "第一篇的标题", article=0)        # printed after its body
    page.blank()
    page.add("T", "第二篇的标题", article=1)        # printed before its body
    page.add("P", "第二篇的正文第一行", "第二篇的正文第二行。", article=1)
    assert page.labels() == ["B", "T<", "T>", "B", "I"]


def test_holdout_pages_use_other_articles_and_other_furniture_wordings(corpus):
    dev = compose(corpus, 6, seed=1, split="dev", layouts=["web"])
    hold = compose(corpus, 6, seed=1, split="holdout", layouts=["web"])
    assert not {i.id for p in dev for i in p.composed.items} & {i.id for p in hold for i in p.composed.items}
    furniture = lambda pages: {l for p in pages for l, (r, _) in zip(p.composed.lines, p.composed.roles)  # noqa: E731
                               if r == "F" and "当前位置" in l}
    assert not furniture(dev) & furniture(hold)


def test_written_gold_scores_as_seeds_yml_does(corpus, tmp_path):
    pages = compose(corpus, 2, seed=6)
    write(pages, tmp_path)
    gold = yaml.safe_load((tmp_path / "gold.yml").read_text(encoding="utf-8"))
    item = next(iter(gold["pages"].values()))[0]
    assert set(item) == {"id", "kind", "title", "date", "first", "last"}     # places are not judged
    catalog = yaml.safe_load((tmp_path / "catalog.yml").read_text(encoding="utf-8")) or {}
    assert set(catalog) <= set(gold["pages"])
    for p in pages:                                  # GB18030 pages stay readable in their encoding
        raw = (tmp_path / "pages" / p.name).read_bytes()
        assert raw.decode(p.encoding) == (tmp_path / "utf8" / p.name).read_text(encoding="utf-8")


def test_annotated_articles_are_laid_out_whole_with_their_places_gold(corpus, tmp_path, monkeypatch):
    from generator.compose import annotated

    ids = [json.loads(l)["id"] for l in corpus.read_text(encoding="utf-8").splitlines()[:12]]
    notes = tmp_path / "notes.yml"
    notes.write_text("".join(f"{i}: {{regions: [太原市], regions_ok: [山西省], agencies: [], agencies_ok: []}}\n"
                             for i in ids), encoding="utf-8")
    monkeypatch.setitem(annotated.ANNOTATIONS, "blind", notes)
    pages = annotated.compose_annotated(corpus, "blind")
    items = [it for p in pages for it in p.composed.items]
    assert sorted(it.id for it in items) == sorted(ids)
    gold = gold_of(pages)
    for page in pages:
        assert page.composed.catalog["home_region"] == "全国"
        text = norm("\n".join(page.composed.lines))
        for g in gold["pages"][page.name]:
            assert g["regions"] == ["太原市"] and g["regions_ok"] == ["山西省"]
            story = next(json.loads(l) for l in corpus.read_text(encoding="utf-8").splitlines()
                         if json.loads(l)["id"] == g["id"])
            # every paragraph stands on the page: no jump cut, no dateline rewritten
            assert all(norm(p) in text for p in story["paragraphs"])


def test_a_page_of_reports_prints_no_dateline_and_each_report_opens_on_its_day(corpus):
    pages = compose(corpus, 6, seed=2, layouts=["reports"])
    assert pages and all(p.composed.layout == "reports" for p in pages)
    for p in pages:
        text = "\n".join(p.composed.lines)
        assert "电 （记者" not in text and not re.search(r"本报\S{0,6}\d+月\d+日电", text)
        for item in p.composed.items:
            assert re.match(r"\d{1,2}月\d{1,2}日，", item.body[0]), (p.name, item.id)
            assert item.first.startswith(norm(item.body[0])[:6])
    # Some are set one paragraph a line with blank lines between, some as a wrapped column.
    widths = {max(len(line) for line in p.composed.lines) < 30 for p in pages}
    assert widths == {True, False}


def test_the_census_tells_where_a_failing_article_went_wrong():
    from generator.compose.census import failures, tally
    from generator.compose.layouts import Item
    from generator.records import Draft, Line

    page = Composed("ocr")
    page.add("T", "某县修好进村路", article=0)
    page.add("P", "某县今年修通进村公路八十公里，", "沿线群众出行方便了。", article=0)
    page.blank()
    page.add("T", "某镇办起农家书屋", article=1)
    page.add("P", "某镇二十个村都有了农家书屋，", "村民借书不出村。", article=1)
    page.items = [Item("a", "news", ["某县修好进村路"], [], [], "某县今年修通", "出行方便了。"),
                  Item("b", "news", ["某镇办起农家书屋"], [], [], "某镇二十个村", "借书不出村。")]
    lines = [Line(k + 1, text) for k, text in enumerate(page.lines)]
    labels = ["T>", "B", "I", None, "T>", "B", "I"]

    def draft(kind, nos):
        return Draft(kind=kind, first=nos[0], last=nos[-1], line_nos=nos,
                     paragraphs=[page.lines[n - 1] for n in nos if page.roles[n - 1][0] == "P"])

    # cut right: nothing to tell
    assert failures("p", page, lines, labels, [draft("news", [1, 2, 3]), draft("news", [5, 6, 7])]) == []
    # the second headline read as text: both articles in one, told at the second's first line
    merged = failures("p", page, lines, labels[:4] + ["I", "I", "I"], [draft("news", [1, 2, 3, 5, 6, 7])])
    assert [(f.article, f.what, f.line, f.role) for f in merged] == [("a", "merged", 6, "P"), ("b", "merged", 2, "P")]
    # an article's last line left to the residue: a cut at that line, where it went
    cut = failures("p", page, lines, labels[:2] + ["F"] + labels[3:],
                   [draft("news", [1, 2]), draft("residue", [3]), draft("news", [5, 6, 7])])
    assert [(f.article, f.what, f.line, f.role, f.label, f.into) for f in cut] == [("a", "cut", 3, "P", "F", "residue")]
    # the tally groups them by what went wrong, the commonest first
    assert [(key, n) for key, n, _ in tally(merged + cut + cut)] == [
        (("cut", "P", "F", "residue"), 2), (("merged", "P", "I", "PI/TI"), 1), (("merged", "P", "B", "TT>"), 1)]


def test_a_second_run_into_the_same_folder_stops_with_a_plain_error(corpus, tmp_path):
    # Two runs left at one --out would delete each other's pages under the parser.
    from click.testing import CliRunner

    from generator.compose import FolderBusy, claimed
    from generator.compose.__main__ import main

    with claimed(tmp_path):
        with pytest.raises(FolderBusy, match=str(tmp_path)):
            with claimed(tmp_path):
                pass
        result = CliRunner().invoke(main, ["pages", "--corpus", str(corpus), "--per-layout", "1", "--out", str(tmp_path)])
        assert result.exit_code == 1 and "--out" in result.output and "Traceback" not in result.output
        assert not list(tmp_path.glob("pages/*.txt"))
    # once the first run is done, the folder is free
    result = CliRunner().invoke(main, ["pages", "--corpus", str(corpus), "--per-layout", "1", "--out", str(tmp_path)])
    assert result.exit_code == 0 and list(tmp_path.glob("pages/*.txt"))
