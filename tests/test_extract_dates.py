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


def test_every_printed_form_of_a_full_date_is_read():
    from generator.extract.dates import printed_date
    assert printed_date("发布时间：2019-02-27 15:42:00") == "2019-02-27"
    assert printed_date("2019/2/27") == "2019-02-27"
    assert printed_date("19.01.2016") == "2016-01-19"                 # day first
    assert printed_date("[2022-05-05]") == "2022-05-05"
    assert printed_date("2021年02月09日 第06版") == "2021-02-09"
    assert printed_date("二〇二一年十月三十一日") == "2021-10-31"
    assert printed_date("一九八五年一月二日") == "1985-01-02"
    assert printed_date("【日期】19850102") == "1985-01-02"
    assert printed_date("10月31日电") == "" and printed_date("2019.2.30") == ""   # no year; no such day


def test_the_page_header_dates_articles_without_a_catalogue_record():
    from helpers import parse_text
    page = ("第3版 要闻 2023年5月12日 星期五 责任编辑：王五\n\n县召开春耕生产会议\n\n"
            "本报讯 5月11日，县政府召开春耕生产会议，部署当前农业生产工作。会议要求各乡镇抓好落实。\n")
    arts = [a for a in parse_text(page) if a.kind != "residue"]
    assert [a.date for a in arts] == ["2023-05-12"]


def test_a_year_from_the_catalogue_and_a_dateline_give_the_day():
    date, notes = date_of("2019", "", "本报北京2月12日电（记者 张三）")
    assert date == "2019-02-12" and notes


def test_a_stamps_month_and_day_take_the_year_of_the_catalogue_or_the_page():
    assert date_of("2025", "日期:05-13", "")[0] == "2025-05-13"
    assert date_of("", "日期:05-13", "", page_date="2025-10-28")[0] == "2025-05-13"
    # never after the date the page prints (an e-paper reader's own clock), never without a year
    assert date_of("", "日期:11-13", "", page_date="2025-10-28")[0] == "2025-10-28"
    assert date_of("", "日期:05-13", "")[0] == ""
    # the curator's month wins over a stamp that disagrees with it
    assert date_of("2025-06", "日期:05-13", "")[0] == "2025-06"


def test_an_archives_calendar_of_issue_dates_is_no_date_of_the_page():
    from helpers import parse_text
    page = ("第07版:县区新闻 PDF版阅读\n\n热闹邻里节 满满“烟火气”\n\n"
            "本报讯(记者 王某)日前，某某区某某街道第三届邻里节在文化园拉开帷幕，居民志愿者、爱心商户齐聚一堂。\n\n"
            "2026-02-06,13021| 2026-02-05,13013| 2026-02-04,13005| 2026-02-03,12997\n")
    [a] = [x for x in parse_text(page, date="") if x.kind != "residue"]
    assert a.date == ""
    one = page.replace("2026-02-06,13021| 2026-02-05,13013| 2026-02-04,13005| 2026-02-03,12997", "2026-02-06 星期五")
    [b] = [x for x in parse_text(one, date="") if x.kind != "residue"]
    assert b.date == "2026-02-06"


def test_a_databases_day_00_is_a_day_it_does_not_know():
    from generator.extract.dates import printed_date

    assert printed_date("1961.07.00") == "1961-07"          # July 1961, no day invented
    assert printed_date("1961.07.05") == "1961-07-05"
    assert printed_date("1961.13.00") == "" and printed_date("1961.00.00") == ""


def test_a_stamp_s_date_glued_to_a_counter_or_printed_with_two_digits_of_the_year():
    from generator.extract.dates import printed_date
    assert printed_date("来源:新华网阅读量:78932026-01-06 11:27:51") == "2026-01-06"
    assert printed_date("发布日期:18-01-16 16:53:12 点击次数:") == "2018-01-16"
    # …only with the time after it: a telephone number or a code is no date.
    assert printed_date("电话:0371-12345678") == "" and printed_date("编号 12-34-56") == ""


def test_a_blogs_month_first_stamp_is_read_but_not_a_sentences_month_and_year():
    from generator.extract.dates import printed_date
    assert printed_date("星期三, 4月 30, 2025 Views") == "2025-04-30"
    assert printed_date("2月 30, 2025") == ""                            # no such day
    assert printed_date("截至4月30，2025年的目标已完成") == ""            # 2025年 is the next clause's year


def test_a_date_printed_in_english_is_read():
    # A bulletin board's post header (ctime's order) and a site's English template.
    from generator.extract.dates import printed_date
    assert printed_date("发信站: 某某BBS (Tue Sep 11 22:46:49 2001), 转信") == "2001-09-11"
    assert printed_date("Posted on March 5, 2019 by admin") == "2019-03-05"
    assert printed_date("Feb 30, 2019") == ""                            # no such day
    assert printed_date("May 2019 issue") == ""                          # no day: no full date


def test_a_sites_date_block_of_a_line_each_dates_the_page():
    from helpers import parse_text
    page = ("县人大常委会召开会议\n\n2018\n06/25\n06:58\n某某县新闻中心\n\n"
            "会议听取了县人民政府关于提请审议城郊乡撤乡设镇的议案。经表决，会议同意撤销城郊乡设立城郊镇。\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.date == "2018-06-25"
    # (a year alone over a line that is no month and day dates nothing)
    [b] = [x for x in parse_text(page.replace("06/25", "第25期")) if x.kind != "residue"]
    assert b.date == ""
