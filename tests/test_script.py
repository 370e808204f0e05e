"""Pages in traditional characters are read through a simplified copy, and keep their characters."""
from helpers import parse_text

from generator.script import is_traditional, reading_copy, simplified


def test_the_copy_maps_each_character_one_for_one():
    assert simplified("合陽縣政協組織委員視察") == "合阳县政协组织委员视察"
    assert len(simplified("發布時間:2018-03-04")) == len("發布時間:2018-03-04")
    # a character that is a simplified one in its own right stays: 乾县 is a county
    assert simplified("乾县") == "乾县"


def test_a_page_is_read_as_traditional_only_when_it_prints_traditional_forms():
    assert is_traditional(["5月23日,合陽縣政協組織部分市、縣政協委員,對全縣實施鄉村振興戰略工作情況進行視察。"])
    simplified_page = ["5月23日,合阳县政协组织部分市、县政协委员,对全县实施乡村振兴战略工作情况进行视察。"]
    assert not is_traditional(simplified_page) and reading_copy(simplified_page) is simplified_page


def test_a_traditional_page_gets_its_places_and_bodies_and_keeps_its_text():
    page = ("5月23日,合陽縣政協組織部分市、縣政協委員,對全縣實施鄉村振興戰略工作情況進行視察。縣政府副縣長王某參加。\n"
            "視察組先后對王村鎮坊社社區進行了實地視察,詳細了解在鄉村振興建設過程中存在的困難和問題。(秦某艷)\n"
            "以上文章僅代表作者個人觀點,本網只是轉載,如涉及作品內容、版權、稿酬問題,請及時聯系我們。\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert [r["name"] for r in a.regions] == ["合阳县"] and "合阳县政协" in a.agencies
    assert a.body.startswith("5月23日,合陽縣政協") and "以上文章" not in a.body      # the disclaimer is furniture


def test_a_page_saved_from_a_tables_cells_is_read_without_their_borders():
    page = ("灾区农民投书感谢父母官 |\n---|\nhttp://www.example.com.cn 2003年12月07日10:28 某某日报 |\n"
            "作者:陈某强 邓某来源:某某日报本报讯 (特约记者陈某强)日前,记者收到某某县某某镇新庄村全体村民寄来的一封信,"
            "希望通过报纸对县委、县政府表示谢意。 来信说,今年台风袭击,新庄村直接经济损失860万多元。 |\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.title == "灾区农民投书感谢父母官" and a.date == "2003-12-07" and "新庄村" in a.body
    # the copy blanks the borders, so that each character keeps its place
    assert reading_copy(["标题 |", "|", "| 标题"]) == ["标题  ", "|", "  标题"]


def test_a_traditional_pages_reporters_are_read_and_given_as_printed():
    page = ("本報訊(記者 張某松 通訊員 王某華)臘月二十六中午,在商水縣郝崗鄉迎回村村室門口,宣傳櫥窗前圍了一大群村民,"
            "他們都在仔細地端詳里面的報紙。眼前這張報紙的版面比普通報紙還要大一倍,欄目可謂精彩紛呈。\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.byline == ["張某松", "王某華"]
