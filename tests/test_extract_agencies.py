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


def test_county_and_district_at_large_are_no_prefix():
    assert agencies("宝塔区等县区委宣传部主要负责人作了发言", "陕西省延安市富县") == []
    assert agencies("区县委书记参加了会议", "陕西省延安市宝塔区") == []


def test_the_government_after_a_places_committee_is_that_places():
    assert national("由深圳市委市政府联合主办") == ["深圳市委", "深圳市人民政府"]
    assert agencies("霍山县委、县政府密切配合", "安徽省六安市金寨县") == ["霍山县委", "霍山县人民政府"]
    assert agencies("市委市政府高度重视", "广东省深圳市") == ["深圳市委", "深圳市人民政府"]


def test_relative_prefix_on_a_province_page_takes_the_article_city():
    out = agencies("记者从石嘴山市委组织部了解到，市公安局、市纪委监委迅速行动。", "宁夏回族自治区")
    assert out == ["石嘴山市委组织部", "石嘴山市公安局", "石嘴山市纪委监委"]


def test_autonomous_region_prefix_and_names_with_he():
    assert agencies("自治区林业和草原局党员突击队奔赴一线", "宁夏回族自治区") == ["宁夏回族自治区林业和草原局"]


def test_sub_units_extend_the_name():
    assert agencies("自治区党委统战部机关精准对接社区", "宁夏回族自治区") == ["宁夏回族自治区党委统战部机关"]
    # …but not the committee's paper (机关报): the name ends at the committee
    assert agencies("中共县委机关报《某某县报》创刊", "山东省烟台市蓬莱县") == ["蓬莱县委"]


def test_printed_shortening_is_expanded_when_the_full_form_is_printed():
    text = "记朔州经开区党群工作部党支部。朔州经济开发区党群工作部部长带领党员。"
    assert "朔州经济开发区党群工作部党支部" in agencies(text, "山西省朔州市")


def test_an_authority_only_obeyed_is_not_what_the_article_is_about():
    assert agencies("坚决贯彻落实自治区党委决策部署", "内蒙古自治区乌海市") == []


def test_words_that_start_with_shi_are_not_prefixes():
    assert agencies("市场秩序良好，市民出行方便。", "山西省朔州市") == []


def test_a_word_that_ends_like_a_village_is_no_village():
    assert national("县林业局、农业农村局等相关负责人参加") == []
    assert national("中央农办、农业农村部联合印发") == ["中央农村工作领导小组办公室", "农业农村部"]


def test_neighbourhood_teams():
    assert agencies("当前，东岸国际小区抗疫志愿服务队一心向党。", "山西省朔州市") == ["东岸国际小区抗疫志愿服务队"]


def bodies(text: str, home: str, date: str = "2021-05"):
    from helpers import parse_text
    [a] = [x for x in parse_text(text, home=home, date=date) if x.kind != "residue"]
    return a


def test_newspapers_companies_and_social_bodies_are_organisations_not_agencies():
    a = bodies("县里召开企业座谈会\n\n本报讯 5月10日，泸县召开企业座谈会，泸县人民政府、泸县永达同方科技有限公司、"
               "泸县书法家协会负责人参加，泸州日报记者随行采访。泸县县委书记出席。\n", "四川省泸州市泸县")
    kinds = {o["name"]: o["kind"] for o in a.organisations}
    assert kinds["泸县永达同方科技有限公司"] == "company" and "泸县永达同方科技有限公司" not in a.agencies
    assert kinds["泸县书法家协会"] == "social" and "泸县书法家协会" not in a.agencies
    assert kinds["泸州日报"] == "media" and "泸州日报" not in a.agencies
    assert "泸县人民政府" in a.agencies


def test_a_company_of_a_place_and_its_trade_is_a_state_enterprise():
    a = bodies("供暖保障有力\n\n本报讯 朔州市再生能源热力有限公司坚持安全生产，全力保障供暖。\n", "山西省朔州市")
    assert a.agencies == ["朔州市再生能源热力有限公司"]
    assert a.organisations == [{"name": "朔州市再生能源热力有限公司", "kind": "state_enterprise"}]


def test_short_and_informal_names_are_written_in_full_with_the_printed_form_beside():
    a = bodies("法院开展普法活动\n\n本报讯 近日，慈利法院、县检察院和县卫健委联合开展普法宣传活动。\n", "湖南省张家界市慈利县")
    assert {"慈利县人民法院", "慈利县人民检察院", "慈利县卫生健康委员会"} <= set(a.agencies)
    printed = {o["name"]: o.get("printed") for o in a.organisations}
    assert printed["慈利县人民法院"] == "慈利法院"


def test_two_spellings_of_one_body_are_one_agency():
    a = bodies("检察工作\n\n本报讯 诸暨市检察院近日召开会议。会上，诸暨市人民检察院检察长作报告。\n", "浙江省绍兴市诸暨市")
    assert a.agencies == ["诸暨市人民检察院"]


def test_an_agency_is_named_as_its_place_was_named_that_year():
    a = bodies("莱芜市委召开会议\n\n本报讯 莱芜市委近日召开常委会议，研究部署全市重点工作。\n", "山东省莱芜市", "2016-03")
    assert a.agencies == ["莱芜市委"]


def national(text: str) -> list[str]:
    """On a national paper's page (no home region)."""
    from generator.extract.agencies import tag_agencies

    m = find_places(text, None)
    return tag_agencies(text, m, targets_for(None, m))


def test_national_bodies_are_read_without_a_place_and_in_full():
    assert national("公安部有关负责人在北京检查节日安保工作") == ["公安部"]
    assert national("记者8日从人社部获悉") == ["人力资源和社会保障部"]
    assert national("中国民航局12日在新闻发布会上介绍") == ["中国民用航空局"]


def test_another_countrys_ministry_is_not_chinas():
    assert national("英国央行英格兰银行表示") == []
    assert national("塞尔维亚国防部发表声明") == []
    assert national("菲律宾财政部长多明格斯说") == []
    assert national("中国国务院新闻办公室举行发布会，外交部发言人说") == ["国务院新闻办公室", "外交部"]


def test_a_national_form_inside_a_longer_word_is_none():
    assert national("各地公安部门加强巡逻") == []
    assert national("公司电子商务部经理介绍") == []


def test_a_national_bodys_unit_is_read_but_not_its_verbs_object_a_second_body_or_a_title():
    assert national("据中国气象局国家气候中心监测") == ["中国气象局国家气候中心"]
    assert national("中国银保监会会同发改委等部门印发通知，规范小额贷款公司") == ["中国银行保险监督管理委员会"]
    assert national("银保监会规范小额贷款公司") == ["中国银行保险监督管理委员会"]
    assert national("由中国科学院和北京市人民政府共同举办") == ["北京市人民政府", "中国科学院"]
    assert national("国家文物局局长、副局长某某出席") == ["国家文物局"]
    assert national("他是国家环保局第一任局长") == ["国家环保局"]


def test_a_unit_named_from_the_state_council_is_read_whole():
    assert national("国务院根治拖欠农民工工资工作领导小组近日发出通知") == ["国务院根治拖欠农民工工资工作领导小组"]
    assert national("中央人民政府驻香港特别行政区联络办公室有关负责人会见来访团组") == [
        "中央人民政府驻香港特别行政区联络办公室"]


def test_an_organs_places_are_spelt_in_full_along_a_chain():
    assert national("全国人大代表、北京房山区法院某庭庭长某某") == ["北京市房山区人民法院"]


def test_a_named_unit_after_a_body_extends_it():
    assert national("贵州毕节市公安局七星关分局开通热线") == ["贵州省毕节市公安局七星关分局"]


def test_a_title_after_a_body_is_not_part_of_its_name():
    assert agencies("霍城县人社局劳动监察大队队长张三介绍", "霍城县") == ["霍城县人力资源和社会保障局劳动监察大队"]
    assert national("香港特别行政区政府保安局局长表示") == ["香港特别行政区人民政府保安局"]
    assert national("中央人民政府驻香港特别行政区联络办公室秘书长表示") == [
        "中央人民政府驻香港特别行政区联络办公室"]
    assert agencies("三明市公安局长张三说", "三明市") == ["三明市公安局"]


def test_places_joined_by_he_share_the_body_after_them():
    assert set(national("在天津市和河西区纪委监委机关，调研组看望干部")) >= {"天津市纪委监委机关", "河西区纪委监委机关"}


def test_printed_short_forms_of_departments_are_written_in_full():
    assert national("据广东省人社厅统计，返岗率超过七成") == ["广东省人力资源和社会保障厅"]
    assert national("山西省扶贫办日前透露") == ["山西省扶贫开发办公室"]
    assert national("感谢中央重视香港特区政府的意见") == ["香港特别行政区政府"]


def test_a_verb_or_a_word_ending_like_a_suffix_makes_no_body():
    assert national("姜浩成带领村党支部全体党员迎接新年") == []
    assert national("西藏某县而且新村房屋整齐，村道全部硬化") == []


def test_a_he_just_before_the_suffix_stays_inside_the_name_but_never_joins_two_bodies():
    assert agencies("北京协和医院专家来到县里义诊。", "北京市") == ["北京协和医院"]
    assert agencies("市卫健委和医院共同开展义诊。", "山西省朔州市") == ["朔州市卫生健康委员会"]
    assert agencies("由北京市委宣传部和故宫博物院联合举办", "北京市") == ["北京市委宣传部"]
    assert agencies("县人力资源和社会保障局印发通知", "湖南省郴州市桂阳县") == ["桂阳县人力资源和社会保障局"]


def test_a_verb_inside_a_run_ends_the_name_before_it():
    assert agencies("上海虹桥商务区委托某大学研究方案", "上海市") == []
    assert agencies("长乐某某村开辟某某展览馆", "福建省福州市") == []
    assert agencies("珠海某岛设立康养中心", "广东省珠海市") == []


def test_a_centre_or_hall_straight_after_a_place_is_the_places_centre_or_a_hall():
    assert agencies("大兴机场距离北京市中心46公里", "北京市") == []
    assert national("在人民大会堂福建厅参加审议") == []
    assert agencies("送到锡林郭勒盟中心医院救治", "内蒙古自治区锡林郭勒盟") == ["锡林郭勒盟中心医院"]


def test_a_provinces_department_is_named_with_the_province_in_full():
    assert national("宁夏生态环境厅决定成立审查委员会") == ["宁夏回族自治区生态环境厅"]
    assert agencies("余杭区人力社保局基于城市大脑", "浙江省杭州市") == ["余杭区人力资源和社会保障局"]


def test_customs_and_the_development_commission_are_named_in_full():
    assert agencies("上海海关近日查获一批走私货物。", "上海市") == ["上海海关"]
    assert agencies("江苏省发展改革委近日印发通知。", "江苏省") == ["江苏省发展和改革委员会"]


def test_national_bodies_by_their_common_short_names():
    text = "国家中医药局、中央编办和中国疾控中心有关负责同志出席，国台办发言人答问。"
    assert agencies(text, "") == ["国家中医药管理局", "中央机构编制委员会办公室", "中国疾病预防控制中心",
                                  "国务院台湾事务办公室"]


def test_a_descriptor_or_a_room_is_no_part_of_a_body():
    # 时任 (then), 部分 (some), 当地 (local) and 四大 (the four big) describe; 客厅 is a room.
    assert agencies("听到消息，时任村党支部书记赶来", "") == []
    assert agencies("和河北省部分地市医院结成帮扶对子", "") == []
    assert agencies("需到白城市当地定点医院办理转院手续", "") == []
    assert agencies("把广州、深圳等四大中心城市作为带动引擎", "") == []
    assert agencies("建成宜居宜业的城市门户、嘉鱼客厅。", "湖北省咸宁市嘉鱼县") == []
    # …nor a verb a sentence runs through (香港打造…中心, 街道地处中心城区).
    assert agencies("携手香港打造国际法律服务中心", "") == []
    assert agencies("贵州省遵义市红花岗区某某街道地处中心城区", "") == []
    # …nor is a word a suffix begins (北京中心城区): the centre of a town is no body.
    assert agencies("离北京中心城区约50公里", "") == []
    # (a government's 中心工作 is its main task, not a centre it runs)
    assert agencies("市委、市政府中心工作是全市的大事", "广东省中山市") == ["中山市委", "中山市人民政府"]
    # (组织部分…: organised some of…; 宣传部门: departments at large)
    assert agencies("8月4日，沙县组织部分人大代表视察重大项目。", "") == []
    assert agencies("县委宣传部门要加强管理", "福建省三明市沙县区") == []
    assert agencies("朔州市疾病预防控制中心主任说", "") == ["朔州市疾病预防控制中心"]
    assert agencies("相信香港一定能够渡过难关", "") == [] and agencies("抵达昭觉县某某乡中心校时已近正午", "") == []
    assert agencies("阜新市争取辽宁省人社厅帮助", "") == ["辽宁省人力资源和社会保障厅"]


def test_a_page_without_a_record_that_speaks_of_its_own_county_takes_the_county_it_names_twice():
    from helpers import parse_text
    page = ("【图片新闻】\n\n"
            "8月28日下午，县领导某某、某某某专程来到各分组讨论地点，看望参会的政协委员，希望大家为沁县建设多提良策。\n\n"
            "某某说，县政协十四届一次会议即将闭幕，这是谋划今后五年沁县发展的重要会议。\n\n"
            "井某摄影报道\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert "沁县政协" in a.agencies and any("沁县" in n for n in a.notes)
    assert a.lines == [3, 7] and a.byline == ["井某"]      # (the photo story's credit signs it whole)
    # Without 县政协, 县委… the county named twice is not taken as the page's home (its province is).
    plain = page.replace("县政协", "政协").replace("县领导", "领导")
    [b] = [x for x in parse_text(plain) if x.kind != "residue"]
    assert not any("推断：沁县" in n for n in b.notes)


def test_without_a_home_an_article_naming_a_county_level_city_and_no_prefecture_reads_市_as_it():
    # A town's report in 巢湖市 (under 合肥市) with no catalogue record: its 市委 is 巢湖市's.
    text = "3月28日某镇召开人代会。全镇人民要在市委、市政府和镇党委的坚强领导下，围绕巢湖市建设目标而奋斗。"
    assert national(text) == ["巢湖市委", "巢湖市人民政府"]
    # …while one that names the prefecture reads 市 as the prefecture.
    assert national("合肥市巢湖市某镇召开会议，要在市委的坚强领导下奋斗。") == ["合肥市委"]


def test_a_committees_general_office_is_read_whole_not_as_its_short_form():
    assert agencies("中共四川省委办公厅秘书处印发检查报告", "四川省") == ["四川省委办公厅"]
    assert agencies("县委办牵头组织", "湖南省岳阳市平江县") == ["平江县委办"]


def test_a_name_never_runs_through_the_verb_that_posts_someone():
    assert agencies("在省人大派驻双泉村党支部书记刘某的带领下", "山东省日照市莒县") == ["山东省人大"]


def test_a_committee_under_its_formal_name_is_the_body_by_its_usual_name():
    plenary = "会议研究了《关于召开中国共产党阜城县第十四届委员会第九次全体会议的建议安排》。"
    assert agencies(plenary, "河北省衡水市阜城县") == ["阜城县委"]
    assert agencies("中国人民政治协商会议阜城县第十届委员会第三次会议开幕。", "河北省衡水市阜城县") == ["阜城县政协"]
    # an autonomous region's party committee is its 党委
    assert agencies("由中共新疆维吾尔自治区委员会召开。", "") == ["新疆维吾尔自治区党委"]


def test_a_body_named_only_as_some_body_is_no_agency():
    # 某派出所: the writer did not name it (a name never runs through 某)
    assert agencies("近日,湖北省襄阳市某派出所因一条横幅而火遍全网。", "") == []


def test_a_name_never_runs_through_the_verb_of_a_visit():
    # (the body visited after the verb is a centre of the city, not the city's "调研…中心")
    text = "6月10日，某市领导一行来东阳市调研新时代文明实践中心和融媒体中心建设工作。东阳市委常委陪同调研。"
    assert agencies(text, "浙江省金华市东阳市") == ["东阳市委"]


def test_a_committee_after_its_place_and_its_level_printed_again_is_the_places():
    assert agencies("平江县县委召开常委会议，研究部署防汛工作。", "") == ["平江县委"]
    assert agencies("会后，湘阴县县政府组织各乡镇开展检查。", "") == ["湘阴县人民政府"]
    # (the level alone again before another word is no committee's: 平江县县城)
    assert agencies("省领导到平江县县城调研。", "") == []


def test_the_youth_leagues_and_other_parties_committees_are_theirs_not_the_party_committees():
    assert agencies("共青团平江县委组织青年志愿者开展活动，平江县委书记出席。", "") == ["共青团平江县委", "平江县委"]
    assert agencies("活动由共青团连云港市委员会主办。", "") == ["共青团连云港市委"]
    assert agencies("民盟平江县委员会召开全体会议。", "") == []      # (another party's: no organ)


def test_the_countys_departments_at_large_are_no_body():
    # (县直科局: the county's departments under it, whichever; its party committee is one)
    assert agencies("县报的来稿主要是县直科局通讯员的来稿，县委宣传部每月审阅。", "河北省张家口市赤城县") == ["赤城县委宣传部"]
