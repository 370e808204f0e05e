"""Places: national table, short names with support, relative references, traps."""
from generator.extract.gazetteer import Gazetteer, load
from generator.extract.places import find_places, tag_regions


def names(text: str, home: str = "") -> list[str]:
    gaz = load()
    return [r["name"] for r in tag_regions(find_places(text, gaz.resolve(home) if home else None))]


def test_full_names_carry_code_and_path():
    city, county = tag_regions(find_places("吴忠市利通区", None))
    assert county["code"] == "640302"
    assert city == {"name": "吴忠市", "code": "640300", "level": 2, "path": ["宁夏回族自治区", "吴忠市"]}
    assert tag_regions(find_places("利通区", load().resolve("宁夏回族自治区")))[0]["path"] == \
        ["宁夏回族自治区", "吴忠市", "利通区"]


def test_ambiguous_district_resolves_through_the_home_region():
    # 海南区 is a district of 乌海市; on a 乌海 page it must never become 海南省.
    assert names("海南区公安分局民警在卡点值守", "内蒙古自治区乌海市") == ["海南区"]
    assert "海南省" not in names("海南区各街道成立尖刀班", "内蒙古自治区乌海市")


def test_short_names_need_a_parent_in_context():
    assert names("银川的街头", "宁夏回族自治区") == ["银川市"]
    assert names("在山西左权县龙泉乡", "") == ["山西省", "左权县"]
    # 泰和, 南华 are counties far away: as neighbourhood names they are no place.
    assert names("奔赴华林社区、泰和社区、南华社区", "宁夏回族自治区") == []


def test_streets_and_photographers_are_not_places():
    assert names("银川市金凤区上海西路馨和苑社区", "宁夏回族自治区") == ["银川市", "金凤区"]
    assert names("党员值守在蒙宁交界处。 海东 摄", "内蒙古自治区乌海市") == []


def test_the_side_of_a_mountain_or_river_is_not_a_province():
    # 贺兰山|东麓, 黄河|南岸: the province's short name straddles a feature's name and its side.
    assert "山东省" not in names("各界群众在贺兰山东麓参加义务植树", "宁夏回族自治区")
    assert names("黄河南岸的滩区", "") == []
    assert names("来自山东沿海、河南的客商", "") == ["山东省", "河南省"]
    # …so does a side named by two directions (大别山|东北麓); 山东北部 is the province's north.
    assert names("舒城县地处大别山东北麓、江淮之间", "") == ["舒城县"]
    assert names("山东北部沿海迎来降雪", "") == ["山东省"]
    # …and its end or edge (吕梁山|南端: not 山南市)
    assert names("均庄是吕梁山南端的一个小山村", "") == []


def test_relative_references_follow_the_home_region():
    assert names("全市干部群众", "山西省朔州市") == ["朔州市"]
    assert names("自治区林业和草原局", "宁夏回族自治区") == ["宁夏回族自治区"]
    assert names("全省统一部署", "浙江省温州市") == ["浙江省"]
    assert names("全市干部群众", "") == []
    # A county's officials stand for its home county: 副县长, 县长, 县人大.
    assert names("副县长李某带领县水利等部门负责人来到镇里", "江苏省徐州市睢宁县") == ["睢宁县"]


def test_a_countys_unique_full_name_needs_no_province_beside_it():
    gaz = load().at(2005)
    text = "望城县含浦镇：两次山火逼近镇政府大楼\n本报讯 昨日发生多起山火，仅含浦镇就发生5起。"
    headline = len(text.split("\n")[0])
    found = tag_regions(find_places(text, None, gaz, headline=headline), gaz)
    assert [r["name"] for r in found] == ["望城县"] and found[0]["successor"]["name"] == "望城区"
    # In the body a county's full name stands alone too, where no word runs into it; of two
    # characters (萧县) only opening a clause (not in 20任县委书记, 现代县域).
    assert [m.division.name for m in find_places("本报讯 昨日，望城县含浦镇发生多起山火。", None, gaz)] == ["望城县"]
    assert [m.division.name for m in find_places("本报讯2月9日上午,萧县2018年“三下乡”活动启动", None)] == ["萧县"]
    assert find_places("接力植树、守护林场的十几任县委书记", None) == []
    # …or after a word that says where one goes or stays (行至泾县, 在户县 in 2014; not 在任县委书记).
    assert [m.division.name for m in find_places("新四军皖南部队行至泾县时被围困", None)] == ["泾县"]
    assert [m.division.name for m in find_places("县委工作队在户县召开座谈会", None, gaz.at(2014))] == ["户县"]
    assert find_places("他在任县委书记期间", None) == []
    assert find_places("他调回老家，任县委书记。代县长主持会议。新县城建设加快推进。", None) == []
    # 和县 and 新县 are words first (《规范》和县里编的…): beside their province they are counties.
    assert find_places("《操作手册》和县里编的《农技读本》", None) == []
    assert [m.division.name for m in find_places("安徽和县召开会议", None)] == ["安徽省", "和县"]
    assert find_places("市委和县委召开会议，发展现代县域经济", None) == []


def test_a_districts_unique_full_name_needs_no_city_beside_it():
    # A page with no catalogue record that names only its district (焦作市's 中站区).
    assert [m.division.name for m in find_places("本报讯 近日，中站区召开秸秆禁烧工作会议。", None)] == ["中站区"]
    # Not a district's name that is also a word, nor one a longer word runs past.
    assert find_places("1947年在解放区入党，后来住在老城区。", None) == []
    assert find_places("推进河北区域协同发展", None) == []

def test_a_bare_prefix_stands_alone_only_after_a_function_word():
    # The function words are the ones that end an agency name (agencies.yml stop_chars).
    assert names("群众纷纷给市委写信", "山西省朔州市") == ["朔州市"]
    assert names("让市委放心", "山西省朔州市") == ["朔州市"]
    assert names("响应市委号召", "山西省朔州市") == []


def test_dateline_city_is_not_what_the_article_is_about():
    assert "北京市" not in names("（新华社北京11月2日电）太行山区生态治理", "")


def test_county_names_from_elsewhere_need_their_province_named():
    # 平房区 (哈尔滨) read inside 居民平房区 on a 朔州 page is no place.
    assert names("34个居民平房区", "山西省朔州市") == []
    assert "平房区" in names("黑龙江省哈尔滨市平房区", "")


def test_a_place_is_named_as_it_stood_in_the_articles_year():
    from helpers import parse_text
    page = "莱芜市召开经济工作会议\n\n本报讯 莱芜市委、莱芜市政府近日召开全市经济工作会议，钢城区、莱城区负责人参加。\n"
    [old] = parse_text(page, date="2015-06")
    laiwu = next(r for r in old.regions if r["name"] == "莱芜市")
    assert laiwu["code"] == "371200" and laiwu["path"] == ["山东省", "莱芜市"] and laiwu["as_of"] == 2015
    assert laiwu["successor"]["name"] == "莱芜区" and laiwu["successor"]["path"] == ["山东省", "济南市", "莱芜区"]
    assert "莱芜市委" in old.agencies and not any("济南" in a for a in old.agencies)
    # 唐海县 stood until 2011 (then 曹妃甸区); 龙海市 until 2020 (then 龙海区).
    assert names_in("河北省唐海县召开农业工作会议。", 2010) == [("河北省", None), ("唐海县", "曹妃甸区")]
    assert names_in("河北省唐海县召开农业工作会议。", 2015) == [("河北省", None)]          # no 唐海县 in 2015
    assert names_in("福建省龙海市九湖镇。", 2019) == [("福建省", None), ("龙海市", "龙海区")]
    assert names_in("福建省漳州市龙海区九湖镇。", 2022) == [("福建省", None), ("漳州市", None), ("龙海区", None)]


def names_in(text: str, year: int) -> list[tuple[str, str | None]]:
    gaz = load().at(year)
    return [(r["name"], r.get("successor", {}).get("name")) for r in tag_regions(find_places(text, None, gaz), gaz)]


def test_a_division_recoded_in_the_articles_year_is_one_place():
    # 常熟市 was 321301 in 1983 and 329003 from 1984: an article of 1984 reads both tables.
    assert names_in("本报讯 江苏常熟市碧溪乡放手发展社队工业", 1984) == [("江苏省", None), ("常熟市", "常熟市")]


def test_an_undated_article_reads_the_newest_table():
    assert names("莱芜区召开会议", "山东省济南市") == ["莱芜区"]
    assert tag_regions(find_places("济南市莱芜区", None))[-1].get("successor") is None


COUNTY_PAGE = ("全县春耕生产现场会召开\n\n本报讯 3月12日，我县召开全县春耕生产现场会。县委书记主持会议，"
               "县政府有关部门负责人参加。会议要求各乡镇抓好春耕备耕。\n")


def test_my_county_resolves_on_a_county_paper_that_never_names_its_county(tmp_path):
    from generator.catalog import load_catalog
    from generator.ingest import text_to_page
    from generator.pipeline import parse_page

    cat = tmp_path / "catalog.yml"
    cat.write_text("p.txt:\n  publication: 泸县报\n  date: 2023-03\n", encoding="utf-8")
    recs, errors = load_catalog(cat)
    assert errors == []
    [a] = [x for x in parse_page(text_to_page(COUNTY_PAGE, "p.txt"), recs["p.txt"]) if x.kind != "residue"]
    assert [r["name"] for r in a.regions] == ["泸县"]
    assert "泸县委" in a.agencies or "泸县县委" in a.agencies
    assert any("泸县报" in n for n in a.notes)                  # the inference and its evidence


def test_a_sites_owner_line_gives_the_home_region_and_a_school_does_not():
    from helpers import parse_text
    web = ("县委召开常委会议\n2023-03-12 10:00 来源：县委办\n" + COUNTY_PAGE.split("\n\n", 1)[1] +
           "\n版权所有：慈利县人民政府 主办：慈利县人民政府办公室\n")
    [a] = [x for x in parse_text(web) if x.kind != "residue"]
    assert "慈利县" in [r["name"] for r in a.regions]
    # (…and so is the station its stamp names)
    station = parse_text("县人大常委会召开会议\n\n2018-11-24 19:05:14 慈利县广播电视台 某某\n\n" + COUNTY_PAGE.split("\n\n", 1)[1])
    assert "慈利县" in [r["name"] for x in station if x.kind != "residue" for r in x.regions]
    # (a county's news centre, named in the site's strip, is its owner)
    centre = parse_text("县人大常委会召开会议\n\n2018-06-25 06:58 宁化县新闻中心\n\n" + COUNTY_PAGE.split("\n\n", 1)[1])
    assert "宁化县" in [r["name"] for x in centre if x.kind != "residue" for r in x.regions]
    school = parse_text("双河小学开展读书活动\n\n本报讯 近日，双河小学开展读书活动，全校师生参加。\n")
    assert all(r["name"] != "双河市" for x in school for r in x.regions)
    assert not any("所在地区据" in n for x in school for n in x.notes)


def test_a_reprint_reads_its_县委_as_its_source_wrote_it():
    from helpers import parse_text
    def page(source, text):
        return ("书记的一天\n发表日期:2011-02-12 点击\n\n记者  汪某某  曲某某        来源:" + source + "\n\n" + text +
                "\n\n版权所有：中共慈利县委宣传部 主办：慈利县人民政府办公室\n")
    county = "县委书记到底是怎样的一群？记者跟踪采访县委书记，观察他们的工作和生活。"
    [a] = [x for x in parse_text(page("人民网", county)) if x.kind != "residue"]
    assert a.regions == [] and a.agencies == [] and a.byline == ["汪某某", "曲某某"]
    [b] = [x for x in parse_text(page("慈利新闻网", county)) if x.kind != "residue"]
    assert [r["name"] for r in b.regions] == ["慈利县"]
    city = "市委书记到底是怎样的一群？记者跟踪采访市委书记，观察他的工作和生活。"
    [c] = [x for x in parse_text(page("常德日报", city)) if x.kind != "residue"]
    assert [r["name"] for r in c.regions] == ["常德市"] and c.agencies == ["常德市委"]


def test_the_source_a_web_article_names_gives_the_home_region():
    from helpers import parse_text
    page = ("当前位置:首页 > 信息公开 > 县市区动态\n[衡山县] 县人大常委会调研县融媒体中心建设工作\n"
            "发布时间:2021-01-27 09:58  来源:衡山新闻网  浏览量:\n\n"
            "1月25日，县人大常委会副主任率队调研县融媒体中心建设工作。调研组先后走进县融媒体中心指挥大厅、采访部等处，"
            "详细了解指挥调度、采编流程等工作。\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert [r["name"] for r in a.regions] == ["衡山县"]
    assert any("衡山新闻网" in n for n in a.notes)            # the evidence, shown beside the inference


def test_a_short_name_that_is_an_everyday_word_is_no_place():
    # 和平年代, 健康长寿, 中欧班列"长安号": 和平区, 长寿区, 长安区 only by their full names.
    assert names("人们珍惜和平年代，祝愿健康长寿。", "重庆市") == []
    assert names("中欧班列“长安号”从陕西西安出发") == ["陕西省", "西安市"]
    assert names("重庆市长寿区") == ["重庆市", "长寿区"]


def test_a_short_name_inside_a_longer_word_is_no_place():
    assert "淮南市" not in names("江淮南部、江南北部降雨较多，安徽多阴雨")
    assert "佛山市" not in names("重庆武隆仙女山、南川金佛山等地")


def test_a_preposition_does_not_open_a_county_that_swallows_the_province_after_it():
    assert names("江西省人社厅近日透露") == ["江西省"]
    assert names("从江苏无锡出发") == ["江苏省", "无锡市"]
    assert names("记者从贵州从江县获悉") == ["贵州省", "从江县"]


def test_a_township_named_without_its_county_lies_in_the_home_region():
    text = "连日来，凤鸣镇全体机关职工到凤鸣镇阳凤村开展爱国卫生劳动。"
    assert names(text, "重庆市云阳县") == ["云阳县"]
    assert names(text) == []                                   # (no home: no county to name)
    assert names("各乡镇召开人代会，全镇干部和集镇商户参加", "重庆市云阳县") == []
    assert names("记者从湖北省武汉市了解到，某某镇开展活动", "重庆市云阳县") == ["湖北省", "武汉市"]


def test_a_given_name_after_a_surname_is_no_place():
    assert "桂林市" not in names("广西：为留守儿童免费辅导功课的王桂林夫妇")


def test_a_river_named_after_a_place_is_no_place_unless_a_division_follows():
    assert names("上海：黄浦江畔，一年一度的进博会") == ["上海市"]
    assert names("东注碧波粼粼的黄浦江。", "上海市") == []
    assert "江宁区" in names("江苏南京江宁区横溪街道")


def test_the_news_agency_is_no_district():
    assert names("新华社北京10月11日电 河北省石家庄市开幕") == ["河北省", "石家庄市"]


def test_a_city_no_other_division_shares_stands_alone_on_a_national_page():
    assert names("哈尔滨飞往符拉迪沃斯托克的班机") == ["哈尔滨市"]


def test_a_prefecture_and_its_seat_of_one_name_read_as_the_prefecture():
    assert names("家住青海玉树治多县的一个牧村") == ["青海省", "玉树藏族自治州", "治多县"]


def test_a_county_stations_dateline_or_the_source_printed_after_the_text_gives_the_home_region():
    from helpers import parse_text
    body = ("    {open}10月20日，市委书记深入田间地头察看我市晚稻情况，要求做好晚稻收割工作。\n\n"
            "    我市今年种植晚稻48.6万亩，全市晚稻丰收已成定局。（揭某某 苏某某）\n")
    page = "晚稻丰收,书记笑逐颜开\n\n来源: 作者: 时间:2006-10-24 点击:\n\n" + body.format(open="廉江讯 ")
    [a] = [x for x in parse_text(page, date="") if x.kind != "residue"]
    assert [r["name"] for r in a.regions] == ["廉江市"] and "廉江市委" in a.agencies
    after = "晚稻丰收,书记笑逐颜开\n\n来源: 作者: 时间:2006-10-24 点击:\n\n" + body.format(open="") + \
        "\n来源:廉江市广播电视台\n\n最新评论共有 0 位网友发表了评论\n发表评论\n"
    [b] = [x for x in parse_text(after, date="") if x.kind != "residue"]
    assert [r["name"] for r in b.regions] == ["廉江市"] and "最新评论" not in b.body


def test_a_row_that_groups_divisions_names_no_place():
    # 重庆市's 市 (500300, 1997-2005) is no place an article of 2005 is about.
    assert names_in("市委书记深入田间地头察看我市晚稻情况", 2005) == []


def test_a_short_name_that_is_also_a_word_stays_a_word():
    # 公安局 is no 公安县, 雄安新区 no 安新县, 都安装 no 都安县, 朝阳产业 no 朝阳区, even beside their city.
    assert names("荆州市公安局会同有关部门开展专项整治", "") == ["荆州市"]
    assert names("雄安新区管委会召开会议", "") == [] and names("楼房都安装了闭路电视", "") == []
    # A city's short name stands alone, unless it is a phrase too (巴中友谊, 长治久安) or a name (徐大庆).
    assert names("巴中友谊和合作一直向前", "") == [] and names("确保长治久安", "") == []
    assert names("上等兵徐大庆感触最深", "") == [] and names("黑龙江大庆西站派出所", "") == ["黑龙江省", "大庆市"]


def test_names_are_found_where_they_stand_whatever_characters_stand_before_them():
    # The matcher reads each character as two units; a character outside the basic plane
    # (an emoji, a rare character) stays one character wide, and names after it keep their place.
    for text in ["在北京市海淀区和上海", "😀在北京市海淀区和上海", "𠀀𠀀北京市 Beijing 海淀区和上海"]:
        found = [(text[s:e], key) for s, e, key, _ in load().matches(text)]
        assert found == [("北京市", "北京市"), ("海淀区", "海淀区"), ("上海", "上海")], text


def test_each_character_is_written_as_its_high_and_low_byte_in_ranges_of_their_own():
    from generator.extract.gazetteer import in_two_units
    assert in_two_units("北a") == "\u0153\u0217\u0100\u0261"          # 北 is U+5317
    # a lone surrogate (a decoding's leftover) is two units like any other; past the plane, one U+FFFD
    assert in_two_units("\ud800😀") == "\u01d8\u0200\u01ff\u02fd"
    assert in_two_units("") == ""


def test_a_rivers_bank_or_stretch_names_the_river_not_the_prefecture():
    assert names("出佳木斯市，沿松花江南岸东行四十里") == ["佳木斯市"]
    assert names("牡丹江上游水质持续向好") == []
    assert names("牡丹江市召开会议") == ["牡丹江市"] and names("重庆南岸区召开会议") == ["重庆市", "南岸区"]


def test_a_divisions_successor_is_what_it_became_not_what_once_shared_its_code():
    # The tables recode counties often (开县: 512222, 511221, 500234, then 开州区); the successor
    # follows the name, or a rename the year the old name ended, never a neighbour that
    # happened to carry the code at some time (开县 had been traced to 平武县, 富裕县 to 肇州县).
    assert names_in("四川万县地区开县、云阳县农民踊跃交售公粮", 1985) == \
        [("四川省", None), ("万县地区", None), ("开县", "开州区"), ("云阳县", "云阳县")]
    assert names_in("黑龙江富裕县", 1981) == [("黑龙江省", None), ("富裕县", "富裕县")]
    assert names_in("云南思茅市", 1995)[-1] == ("思茅市", "思茅区")      # the county's city, not the prefecture


def test_a_county_level_city_s_unique_full_name_stands_alone_in_the_body():
    assert names("连日来，荥阳市城关乡统筹调配农机，加快小麦收割进度。") == ["荥阳市"]
    # …not a short name, nor a district's (居民平房区 is a word too).
    assert names("连日来，荥阳城关乡统筹调配农机。") == []


def test_the_place_an_old_dispatch_was_filed_from_is_no_place_it_is_about():
    # Old papers print the day alone, in words: 【新华社重庆十四日电】拉萨讯…
    assert names("【新华社重庆十四日电】拉萨讯：先遣部队已于本月九日进抵拉萨。") == ["拉萨市"]
    assert names("新华社重庆10月14日电 某某会议在京召开") == []
    assert names("重庆十四日举行了大型招聘会") == ["重庆市"]


def test_the_city_a_reporter_is_posted_to_is_no_place_the_article_is_about():
    assert names("夏收预分要满足广大社员增加收入的要求。（本报驻南京记者）") == []
    assert names("南京记者节活动今天举行") == ["南京市"]


def test_a_district_s_short_name_that_was_its_county_s_full_name_stands_alone():
    # 沙县 became 沙县区 (2021) and 辉县 辉县市: the old full name still names it.
    assert names("8月5日，沙县召开重大项目百日攻坚大会战部署会。") == ["沙县区"]
    assert names("副省长到辉县调研") == ["辉县市"]
    # …a district's ordinary short name still does not stand alone (东城 is a word too).
    assert names("东城小学的孩子们") == []


def test_a_county_the_prefecture_around_it_was_named_after_is_the_county():
    # In the 1980s tables 宿县 is a county of 宿县地区, whose short name is 宿县 too.
    gaz = load().at(1985)
    text = "本报合肥18日电 勘探队员在安徽省宿县发现了一块大煤田。"
    assert [m.division.name for m in find_places(text, None, gaz)] == ["合肥市", "安徽省", "宿县"]


def test_an_undated_page_reads_the_former_names_no_division_bears_now():
    undated = load().undated()
    text = "1958年5月，中共蓬莱县委机关报创刊。蓬莱港动工兴建。"
    assert find_places(text, None) == []                       # the newest table has no 蓬莱县
    found = find_places(text, None, undated)
    # its short name (蓬莱港) is the former county too, not the district it became
    assert [m.division.name for m in found] == ["蓬莱县", "蓬莱县"]
    [row] = tag_regions(found, undated)
    assert row["successor"]["name"] == "蓬莱区" and row["as_of"] == 1990
    assert [m.division.name for m in find_places("户县农民画展出", None, undated)] == ["户县"]
    # A name that is still how a place is called is read as it stands now: 张家口地区 is the
    # area around 张家口, 沙县 is 沙县区's short name.
    assert [m.division.name for m in find_places("张家口地区降雪", None, undated)] == ["张家口市"]
    assert [m.division.name for m in find_places("沙县小吃走向全国", None, undated)] == ["沙县区"]


def test_a_page_of_1951_reads_the_provinces_of_its_time():
    text = "绥远省归绥市郊区农民积极准备春耕。热河省承德专区各县也已开始送粪。"
    found = find_places(text, None, load().at(1951))
    assert [m.division.name for m in found] == ["绥远省", "归绥市", "热河省"]
    rows = {r["name"]: r for r in tag_regions(found, load().at(1951))}
    assert rows["绥远省"]["as_of"] == 1951 and rows["绥远省"]["successor"]["name"] == "内蒙古自治区"
    assert rows["归绥市"]["path"] == ["绥远省", "归绥市"] and rows["归绥市"]["successor"]["name"] == "呼和浩特市"
    assert "successor" not in rows["热河省"]            # divided between three provinces: no one heir
    # Not once it was gone, nor on a page of today (its 承德专区 is then the prefecture the
    # tables hold); an undated page reads it in full only
    assert [m.division.name for m in find_places(text, None, load().at(1956))] == ["承德地区"]
    assert [m.division.name for m in find_places(text, None)] == ["承德市"]
    assert [m.division.name for m in find_places("绥远省归绥市", None, load().undated())] == ["绥远省", "归绥市"]
    # (广西省 is still how people say 广西壮族自治区: an undated page reads it so)
    assert [m.division.name for m in find_places("广西省南宁市", None, load().undated())] == ["广西壮族自治区", "南宁市"]


def test_a_name_that_signs_the_text_in_brackets_is_a_person_not_a_place():
    from helpers import parse_text
    page = "\n".join(["10月9日,孝感市农村垃圾治理培训班开班。云梦县胡金店镇交流了乡镇农村垃圾统筹治理的经验。",
                      "各县市区农村垃圾治理办公室负责人等140余人参加了培训。(宁波、沈某某)"])
    [a] = parse_text(page)
    assert a.byline == ["宁波", "沈某某"]
    assert [r["name"] for r in a.regions] == ["孝感市", "云梦县"]


def test_a_county_story_that_tells_its_countys_short_name_again_and_again_names_the_county():
    # No parent near it and no catalogue: 普定 three times, in a story of the county's own (县委书记).
    from helpers import parse_text
    page = ("上午,县委书记某某来到县融媒体中心看望新闻工作者。他说,广大新闻工作者展示了普定的方方面面,"
            "希望大家为普定主抓产业做好宣传报道,在宣传普定文化上下功夫。")
    [a] = parse_text(page)
    assert [r["name"] for r in a.regions] == ["普定县"]
    [a] = parse_text(page.replace("县委书记", "书记").replace("县融媒体中心", "融媒体中心"))
    assert a.regions == []           # (nothing says the story is the county's own)


def test_a_local_dispatchs_place_is_the_county_it_was_filed_from():
    from helpers import parse_text
    [a] = parse_text("本报新化讯 11月13日,县妇联组织的果树栽培技术培训班在某某公司举行,农技专家分别授课。")
    assert [r["name"] for r in a.regions] == ["新化县"]
    [a] = parse_text("新化 11月13日,县妇联组织的果树栽培技术培训班举行。")
    assert a.regions == []           # (the name alone, no dispatch: a short name with no parent near it)


def test_a_path_only_older_tables_hold_resolves_there_and_other_text_never_opens_them():
    # (a signature's first word is asked whether it is a place: 北京西城 于某 is, 本报记者 张某 is not)
    fresh = Gazetteer(load().national, early=load().early)
    assert fresh.resolve("本报记者") is None and fresh.resolve("江山如画") is None
    assert fresh._views == {}                 # no year's table was built to answer them
    laiwu = fresh.resolve("山东省莱芜市")        # a prefecture until 2018: only older tables hold it
    assert laiwu is not None and laiwu.code == "371200"


def test_a_divisions_year_mask_holds_exactly_the_years_it_stood():
    from generator.extract.gazetteer import MASK_BASE, year_masks

    gaz = load()
    spans = [d for d in gaz.national if len(d.years) > 1][:200] + gaz.national[:200]
    for d, mask in zip(spans, year_masks(spans)):
        assert [y for y in range(1980, 2025) if mask >> (y - MASK_BASE) & 1] == \
            [y for y in range(1980, 2025) if d.stood(y)], d.name


def test_a_provinces_short_name_inside_a_word_begun_before_it_is_no_place():
    # 隆重庆祝 holds 重庆, 巴丹吉林 holds 吉林: words, no places.  Where the words are cut
    # across the name, or the word is 中国台湾, the name stands.
    assert "重庆市" not in names("全县各界隆重庆祝建县六十周年")
    assert "吉林省" not in names("考察队员走进巴丹吉林沙漠腹地")
    assert "云南省" in names("水富是七彩云南北大门")
    assert "台湾省" in names("该剧由中国台湾演员演绎")
    assert names("记者走进山东乳山") == ["山东省", "乳山市"]


def test_a_prefecture_named_as_a_专区_or_地区_is_the_prefecture_in_any_years_tables():
    from generator.extract.gazetteer import load
    from generator.extract.places import find_places
    gaz = load()
    # (1959: the tables of 1980 hold 泸州 as a county-level city only; it became the prefecture in 1983)
    assert [m.division.name for m in find_places("看来泸州专区在公共食堂问题上", None, gaz.at(1959))] == ["泸州市"]
    assert [m.division.name for m in find_places("宜宾专区的干部下乡", None, gaz.at(1959))] == ["宜宾地区"]
    assert [m.division.name for m in find_places("泸州地区的企业", None, gaz)] == ["泸州市"]
    # (a short name alone still needs its parent nearby; a word before 地区 names no prefecture)
    assert find_places("泸州的干部下乡", None, gaz.at(1959)) == []
    assert find_places("全省贫困地区的群众", None, gaz) == []


def test_a_banners_company_beside_a_portals_name_is_not_the_sites_owner():
    from helpers import parse_text
    page = ("诸城市某某机械有限公司\n某某网-食用菌产业门户网站\n分类网\n  • 当前位置: 首页 » 技术 » 蕈菌文化 » 正文\n\n"
            "    慈利县大事记(四)——改革开放新时期\n\n    【发布日期】:2013-09-23  【来源】:某某网\n"
            "      1989年\n         1月3日  慈利县政府批准直属企业工资总额同经济效益挂钩方案。\n"
            "         1月11日  县委、县政府召开全县农村工作会议，慈利县委书记作了报告。\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.title == "慈利县大事记(四)——改革开放新时期"
    assert [r["name"] for r in a.regions] == ["慈利县"] and "诸城市" not in str(a.notes)


def test_a_later_years_text_that_names_its_places_as_they_were_is_read_in_the_tables_that_held_them():
    from helpers import parse_text
    chronicle = ("1981年兴宁县大事记\n\n2013-07-20\n\n1月初，兴宁县革命委员会复名兴宁县人民政府。\n\n"
                 "1月，县召开三级干部会议，重点解决林业生产责任制问题。\n")
    [a] = [x for x in parse_text(chronicle, date="") if x.kind != "residue"]
    [region] = a.regions
    assert region["name"] == "兴宁县" and region["successor"]["name"] == "兴宁市" and "兴宁县人民政府" in a.agencies
    # (named once, an old name is a word of the text: 定县汉简, a village called “花县”)
    once = "某某学者研究定县汉简等出土文献多年。\n"
    assert [x.regions for x in parse_text("一生钻研古代文献\n\n2019-02-25\n\n" + once) if x.kind != "residue"] == [[]]


def test_a_county_whose_name_opens_on_a_verb_is_no_place_after_a_bodys_name():
    # 会同: together with.  After a bureau or an office it joins two bodies.
    assert names("县林业局会同县公安局开展联合执法。") == []
    assert names("某某联创办会同县电视台对全县农村环境整治成果进行宣传报道。") == []
    assert names("会同县召开会议，全县干部参加。") == ["会同县"]
    assert names("怀化市会同县召开会议。") == ["怀化市", "会同县"]


def test_a_citys_short_name_before_a_streets_quarter_word_names_the_street():
    assert names("银川市金凤区福州南街新建小区物业入住以来，电梯脏乱差。") == ["银川市", "金凤区"]


def test_a_rivers_south_bank_is_no_district_named_south_bank_in_any_years_tables():
    # (1952's tables hold 松花江地区, and 南岸 is also 南岸区's short name)
    assert names_in("出佳木斯市,沿松花江南岸东行四十里,就看到一座新村庄。", 1952) == [("佳木斯市", None)]
    assert names("重庆南岸区召开会议。") == ["重庆市", "南岸区"]
