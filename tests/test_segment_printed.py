"""A page in traditional characters is cut as its simplified copy would be, and keeps its characters."""
from helpers import parse_text
from generator.records import Line, Page
from generator.script import simplified
from generator.segment.printed import PrintedText, as_printed, reading_page

# A 简讯 column in traditional characters: each item's lead title runs up to its 本報訊.
COLUMN = ("本地簡訊\n\n"
          "◆舞龍獅 賞春光 24日，某縣群眾歡聚某某山公園，舞龍獅，喜迎春天，吸引了數萬名遊客前來觀賞桃花。\n\n"
          "◆一生探源中華文明 本報訊 24日，某某大學發佈消息，文科資深教授某某先生因病去世，享年86歲。（記者 某某）\n\n"
          "◆化風成俗，從細處做起（一線行走） 本報訊 只有拿出定力和韌勁，在“細”“實”上下足功夫，才能抓出成效。\n")


def test_a_traditional_page_is_cut_as_its_simplified_copy_would_be():
    printed = [a for a in parse_text(COLUMN, home="", date="") if a.kind != "residue"]
    copy = [a for a in parse_text(simplified(COLUMN), home="", date="") if a.kind != "residue"]
    assert [(a.lines, simplified(a.title)) for a in printed] == [(a.lines, a.title) for a in copy]
    assert [a.title for a in printed][1:] == ["一生探源中華文明", "化風成俗，從細處做起（一線行走）"]
    # (its articles keep the page's characters)
    assert printed[1].body.startswith("◆一生探源中華文明本報訊24日，某某大學發佈消息") and printed[1].byline == ["某某"]


def test_a_string_the_segmenter_put_together_is_given_back_piece_by_piece():
    page = Page("p.txt", [Line(1, "某某鄉 舉辦"), Line(2, "豐收節"), Line(3, "記者 張某")], "plain")
    reading = reading_page(page)
    assert [l.text for l in reading.lines] == ["某某乡 举办", "丰收节", "记者 张某"]
    text = PrintedText(page, reading)
    lo, hi = text.span(1, 3)
    assert text.restore("某某乡举办丰收节", lo, hi) == "某某鄉舉辦豐收節"       # (lines joined, the space gone)
    assert text.restore("丰收节 记者", lo, hi) == "豐收節 記者"                # (two pieces, found one by one)
    assert text.restore("零散片段", lo, hi) == "零散片段"                      # (words of its own stay)
    # (a page in simplified characters is read as it stands)
    plain = Page("q.txt", [Line(1, "某某乡举办丰收节")], "plain")
    assert reading_page(plain) is plain and as_printed([], plain, plain) == []


def test_a_traditional_dateline_dates_its_report_as_a_simplified_one_would():
    page = "某某會議在京召開\n\n新華社北京10月31日電 某某會議31日在京召開，會議聽取了工作報告。\n"
    [a] = [x for x in parse_text(page, home="", date="2019") if x.kind != "residue"]
    assert a.date == "2019-10-31" and a.title == "某某會議在京召開"
