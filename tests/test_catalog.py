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


def test_bad_records_are_reported_and_skipped(tmp_path):
    recs, errors = load_catalog(write(tmp_path, "a.txt:\n  home_region: 火星市\n"
                                                "b.txt:\n  date: 2021-13\n"
                                                "c.txt:\n  date: 2021\n"))
    assert set(recs) == {"c.txt"}
    assert any("page a.txt: field home_region" in e and "火星市" in e for e in errors)
    assert any("page b.txt: field date" in e for e in errors)


def test_invalid_yaml_names_the_line(tmp_path):
    with pytest.raises(CatalogError, match=r"catalog.yml: line 2"):
        load_catalog(write(tmp_path, "a.txt:\n  date: [2021\n"))
