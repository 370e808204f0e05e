"""The curator's catalogue: good records load, bad ones name file, page and field."""
import pytest

from generator.catalog import CatalogError, load_catalog


def write(tmp_path, text):
    p = tmp_path / "catalog.yml"
    p.write_text(text, encoding="utf-8")
    return p


def test_records_resolve_home_region_and_keep_dates(tmp_path):
    recs, errors = load_catalog(write(tmp_path, "a.txt:\n  publication: 某报\n  home_region: 山西省朔州市\n  date: 2022-11\n"
                                                "b.txt:\n  date: 2021-11-04\n"))
    assert errors == []
    assert recs["a.txt"].home_region.code == "140600" and recs["a.txt"].date == "2022-11"
    assert recs["b.txt"].date == "2021-11-04" and recs["b.txt"].home_region is None


def test_a_bad_field_costs_that_field_alone(tmp_path):
    recs, errors = load_catalog(write(tmp_path, "a.txt:\n  publication: 某报\n  home_region: 火星市\n  date: 2021-02\n"
                                                "b.txt:\n  home_region: 山西省\n  date: 2021-13\n"
                                                "c.txt:\n  date: 2021\n"))
    assert any("page a.txt: field home_region" in e and "火星市" in e for e in errors)
    assert any("page b.txt: field date" in e for e in errors)
    assert recs["a.txt"].publication == "某报" and recs["a.txt"].date == "2021-02" and recs["a.txt"].home_region is None
    assert recs["b.txt"].home_region.name == "山西省" and recs["b.txt"].date == ""
    assert recs["c.txt"].date == "2021"


def test_a_national_paper_has_no_home_region_and_none_is_inferred(tmp_path):
    from helpers import parse_text
    from generator.pipeline import parse_page
    from generator.ingest import text_to_page

    recs, errors = load_catalog(write(tmp_path, "n.txt:\n  publication: 人民日报\n  home_region: 全国\n  date: 2019-02-13\n"))
    assert errors == [] and recs["n.txt"].national and recs["n.txt"].home_region is None
    page = "太原市召开会议\n\n本报讯 太原市今天召开会议，太原市委书记出席。太原市各区县参加。市委要求全市抓好落实。\n"
    national = parse_page(text_to_page(page, "n.txt"), recs["n.txt"])
    inferred = parse_text(page)
    assert not any("所在地区据" in n for a in national for n in a.notes)
    assert any("所在地区据" in n for a in inferred for n in a.notes)
    assert national[0].date == "2019-02-13" and national[0].publication == "人民日报"


def test_invalid_yaml_names_the_line(tmp_path):
    with pytest.raises(CatalogError, match=r"catalog.yml: line 2"):
        load_catalog(write(tmp_path, "a.txt:\n  date: [2021\n"))


MIXED = """\
# a curator's comment
a.txt:
  publication: 某报
  home_region: 山西省朔州市
  date: 2022-11-04
b.txt:
  home_region: 火星市
c.txt: {publication: 别报, date: 2021}

d.txt:
  note: |
    两行
    备注
a.txt:
  publication: 改名后的某报
"""


def test_a_cached_catalogue_reads_as_the_whole_file_does(tmp_path):
    path = write(tmp_path, MIXED)
    whole = load_catalog(path)
    assert load_catalog(path, tmp_path / "cache") == whole            # checked entry by entry
    assert load_catalog(path, tmp_path / "cache") == whole            # taken from the cache
    recs, errors = whole
    assert recs["a.txt"].publication == "改名后的某报"                  # a repeated page: the last entry wins
    assert list(recs) == ["a.txt", "b.txt", "c.txt", "d.txt"] and recs["d.txt"].note == "两行\n备注\n"
    assert recs["b.txt"].home_region is None                        # its bad field alone is lost
    assert len(errors) == 1 and "page b.txt: field home_region" in errors[0]


def test_an_added_entry_is_read_with_the_kept_ones(tmp_path):
    path = write(tmp_path, MIXED)
    load_catalog(path, tmp_path / "cache")
    path.write_text(MIXED + "e.txt:\n  date: 2020-01\n", encoding="utf-8")
    recs, _ = load_catalog(path, tmp_path / "cache")
    assert recs["e.txt"].date == "2020-01" and recs["c.txt"].publication == "别报"
    assert (recs, _) == load_catalog(path)


def test_catalogues_that_are_not_plain_mappings_are_read_whole(tmp_path):
    anchors = "x.txt: &base\n  publication: 某报\ny.txt: *base\n"
    recs, errors = load_catalog(write(tmp_path, anchors), tmp_path / "cache")
    assert errors == [] and recs["y.txt"].publication == "某报"
    # A broken entry is reported at its line of the whole file (as PyYAML finds it).
    with pytest.raises(CatalogError, match=r"catalog.yml: line 4"):
        load_catalog(write(tmp_path, "a.txt:\n  date: 2021\nb.txt:\n  date: [2021\n"), tmp_path / "cache")
