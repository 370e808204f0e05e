from generator.extract.dates import date_of, valid_iso


def test_catalogue_month_is_kept_and_never_given_an_invented_year():
    assert date_of("2021-11", "", "10月31日，记者了解到")[0] == "2021-11"
    assert date_of("", "", "10月31日，记者了解到")[0] == ""


def test_agency_dateline_in_the_issue_month_gives_the_day():
    date, notes = date_of("2021-11", "", "（新华社北京11月2日电）")
    assert date == "2021-11-02" and notes


def test_printed_web_stamp_is_the_date():
    assert date_of("", "2021/11/4 9:27", "")[0] == "2021-11-04"


def test_iso_prefix_validation():
    assert valid_iso("2021") and valid_iso("2021-11") and valid_iso("2021-11-30")
    assert not valid_iso("2021-13") and not valid_iso("2021-02-30") and not valid_iso("21-11")
