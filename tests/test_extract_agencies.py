"""Agencies: names from place + suffix, normalised with their region."""
from generator.extract.gazetteer import load
from generator.extract.places import find_places
from generator.pipeline import targets_for


def agencies(text: str, home: str) -> list[str]:
    from generator.extract.agencies import tag_agencies

    h = load().resolve(home)
    m = find_places(text, h)
    return tag_agencies(text, m, targets_for(h, m))


def test_relative_city_prefix_takes_the_home_city():
    assert agencies("市纪委监委成立督查组，市总工会送去防护服。", "山西省朔州市") == ["朔州市纪委监委", "朔州市总工会"]


def test_relative_prefix_on_a_province_page_takes_the_article_city():
    out = agencies("记者从石嘴山市委组织部了解到，市公安局、市纪委监委迅速行动。", "宁夏回族自治区")
    assert out == ["石嘴山市委组织部", "石嘴山市公安局", "石嘴山市纪委监委"]


def test_autonomous_region_prefix_and_names_with_he():
    assert agencies("自治区林业和草原局党员突击队奔赴一线", "宁夏回族自治区") == ["宁夏回族自治区林业和草原局"]


def test_sub_units_extend_the_name():
    assert agencies("自治区党委统战部机关精准对接社区", "宁夏回族自治区") == ["宁夏回族自治区党委统战部机关"]


def test_printed_shortening_is_expanded_when_the_full_form_is_printed():
    text = "记朔州经开区党群工作部党支部。朔州经济开发区党群工作部部长带领党员。"
    assert "朔州经济开发区党群工作部党支部" in agencies(text, "山西省朔州市")


def test_an_authority_only_obeyed_is_not_what_the_article_is_about():
    assert agencies("坚决贯彻落实自治区党委决策部署", "内蒙古自治区乌海市") == []


def test_words_that_start_with_shi_are_not_prefixes():
    assert agencies("市场秩序良好，市民出行方便。", "山西省朔州市") == []


def test_neighbourhood_teams():
    assert agencies("当前，东岸国际小区抗疫志愿服务队一心向党。", "山西省朔州市") == ["东岸国际小区抗疫志愿服务队"]
