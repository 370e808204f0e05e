"""Web articles: title, time stamp, one long paragraph, a credit run into its end."""
from helpers import parse_text

BODY = "为做好冬季供暖保障工作，太原市城乡管理局组织专业人员对全市供热管网开展全面排查，" * 12
PAGE = f"太原多措并举保障冬季供暖\n2023/11/8 10:05\n{BODY}新华网山西频道记者张建国责任编辑李明\n"


def test_web_page_title_date_and_reporter():
    [a] = parse_text(PAGE, home="山西省", date="")
    assert a.title == "太原多措并举保障冬季供暖"
    assert a.date == "2023-11-08"
    assert a.byline == ["张建国"]           # the editor is not a byline
    assert a.body.startswith("为做好冬季供暖保障工作") and a.body.endswith("新华网山西频道记者张建国责任编辑李明")
    assert "太原市城乡管理局" in a.agencies


def test_printed_stamp_does_not_override_a_different_catalogue_month():
    [a] = parse_text(PAGE, home="山西省", date="2023-12")
    assert a.date == "2023-12"


def test_stamp_with_chinese_date_and_source_line():
    page = f"太原多措并举保障冬季供暖\n2023年11月8日 10:05 来源：山西新闻网\n{BODY}\n"
    [a] = parse_text(page, home="山西省", date="")
    assert a.date == "2023-11-08" and a.stamp.startswith("2023年11月8日")
    assert a.body.startswith("为做好冬季供暖保障工作")


def test_a_one_paragraph_body_over_a_repeated_date_line_is_the_body_not_a_headline():
    body = "在太原市小店区某村，有一条山路与街道社区相连。以前，这是群众进城的主要通道。近年来，当地为村民修通公路。" * 2
    page = f"太原硬化山路\n2019年10月10日 22:00 来源：山西新闻网\n{body}\n2019年10月10日 22:00 来源：山西新闻网\n"
    [a] = parse_text(page, home="山西省", date="")
    assert a.title == "太原硬化山路"
    assert a.body.startswith("在太原市小店区某村")

