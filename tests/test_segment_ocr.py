"""OCR pages: hard-wrapped columns whose headlines stand after their bodies."""
from helpers import by_title, parse_text, wrap
from generator.segment.tagger import tag

WUHOU = ("本报讯（记者 王 强）近日，成都市武侯区卫健局组织开展健康义诊进社区活动，为辖区居民提供免费体检和健康咨询服务。"
         "武侯区卫健局相关负责人介绍，此次活动共服务居民800余人次，发放宣传资料2000余份。")
JINGYANG = ("本报讯（记者 李 华）11月3日，德阳市旌阳区总工会为全区300余名环卫工人送去冬衣和慰问金。"
            "旌阳区总工会负责人表示，将持续关心关爱一线劳动者。")
JIANGYANG = (" 连日来，泸州市江阳区政协组织委员深入社区开展助企纾困调研。江阳区政协委员围绕中小企业融资难等问题提出建议12条。"
             "江阳区政协主席表示，要把调研成果转化为履职实效。")
CUIPING = "宜宾市翠屏区政协近日召开常委会议。会议听取了翠屏区政协各专委会工作汇报，翠屏区政协党组书记要求各专委会聚焦民生实事。"
CONTINUED = "（紧接01版）会议强调，要加快推进乡村振兴，守住不发生规模性返贫底线，确保粮食安全。"

PAGE = "\n".join([
    wrap(WUHOU), "", "武侯区卫健局义诊", "进社区惠及居民", "",
    wrap(JINGYANG), "", "旌阳区总工会", "为 环 卫 工 人 送 冬 衣", "",
    wrap(JIANGYANG), "", wrap(CUIPING), "",          # two bodies back to back, titles at the page's end
    wrap(CONTINUED), "", "推进乡村振兴 巩固脱贫成果", "",
    "助企纾困 委员在行动", "——江阳区政协组织委员深入社区调研", "", "本报记者 张 明", "",
    "翠屏区政协召开常委会议", "", "本报记者 赵 丽", "",
])


def articles():
    return parse_text(PAGE, home="四川省", date="2023-11")


def test_headline_printed_after_its_body_titles_that_body():
    a = by_title(articles(), "武侯区卫健局义诊")
    assert a.title == "武侯区卫健局义诊进社区惠及居民"
    assert a.body.startswith("本报讯（记者王强）近日，成都市武侯区")
    assert "发放宣传资料2000余份。" in a.body and "旌阳区" not in a.body


def test_letter_spaced_headline_is_closed_up():
    assert by_title(articles(), "旌阳区总工会").title == "旌阳区总工会为环卫工人送冬衣"


def test_hard_wraps_are_reflowed_without_spaces():
    a = by_title(articles(), "旌阳区总工会")
    assert "\n" not in a.body.split("\n\n")[0]
    assert "为全区300余名环卫工人送去冬衣和慰问金。" in a.body


def test_back_to_back_bodies_are_split_and_matched_to_orphan_headlines():
    arts = articles()
    jiangyang = by_title(arts, "助企纾困")
    cuiping = by_title(arts, "翠屏区政协召开常委会议")
    assert "泸州市江阳区政协" in jiangyang.body and "翠屏区" not in jiangyang.body
    assert cuiping.body.startswith("宜宾市翠屏区政协") and "江阳区" not in cuiping.body
    assert jiangyang.subtitle == "——江阳区政协组织委员深入社区调研"
    assert jiangyang.byline == ["张明"] and cuiping.byline == ["赵丽"]


def test_continued_item_is_a_continuation_titled_by_the_headline_after_it():
    a = by_title(articles(), "推进乡村振兴")
    assert a.kind == "continuation"
    assert a.body.startswith("（紧接01版）")


def record_text(a) -> str:
    return "".join([a.kicker, a.title, a.subtitle, *a.credit, a.body]).replace(" ", "")


def test_every_line_lands_in_exactly_one_record():
    texts = [record_text(a) for a in articles()]
    for line in PAGE.split("\n"):
        line = line.replace(" ", "")
        if len(line) >= 4:
            assert sum(line in t for t in texts) == 1, line


def test_page_that_prints_headlines_before_bodies():
    a = "本报讯（记者 陈 刚）近日，桂林市临桂区总工会组织开展职工技能大赛，来自全区的120名职工参加比赛。"
    b = "本报讯（记者 黄 丽）日前，柳州市柳北区政协组织委员视察老旧小区改造工作，提出意见建议15条。"
    page = "\n".join(["临桂区总工会举办", "职工技能大赛", "", wrap(a), "", "柳北区政协委员", "视察老旧小区改造", "", wrap(b), ""])
    arts = parse_text(page, home="广西壮族自治区", date="2023-05")
    assert by_title(arts, "临桂区总工会").body.startswith("本报讯（记者陈刚）")
    assert "柳北区" in by_title(arts, "柳北区政协委员").body


def test_centred_headline_with_leading_spaces():
    page = "\n".join([wrap(WUHOU), "", "      武侯区卫健局义诊", "      进社区惠及居民", "", wrap(JINGYANG), ""])
    arts = parse_text(page, home="四川省", date="2023-11")
    assert by_title(arts, "武侯区卫健局义诊").body.startswith("本报讯（记者王强）")


SIDEBAR_BODY = ("本报讯（记者 周 敏）连日来，达州市通川区组织党员干部走进田间地头，帮助农户抢收抢种。"
                "通川区农业农村局派出技术人员120人次，解决技术难题30余个。")
NOTEBOOK = "党员干部在田埂上办公，群众的难题当场就有了着落。这样的作风，群众看得见、信得过。"


def test_a_box_inside_an_article_stays_in_it():
    # ■记者手记 looks like a byline (记者) and opens with a marker, as brief items do.
    page = "\n".join([wrap(SIDEBAR_BODY), "  ■记者手记", "  田埂上的办公桌", wrap(NOTEBOOK), "",
                      "通川区党员干部", "田间地头帮农忙", "", wrap(JINGYANG), "", "旌阳区总工会送冬衣", ""])
    arts = [a for a in parse_text(page, home="四川省", date="2023-11") if a.kind != "residue"]
    a = by_title(arts, "通川区党员干部")
    assert "记者手记" in a.body and a.body.rstrip().endswith("信得过。")
    assert len([x for x in arts if "通川区" in x.body]) == 1


def test_the_short_end_of_a_paragraph_is_not_a_headline():
    # The line above fills the column and stops mid-word (社保机 / 构): the short line goes on with
    # it, though no blank line parts this body from the next.
    body = "本报讯（记者 贺 东）今年年内，社保部门将实现八成社保事项一次办结，参保人在网上就能办好或者最多只用到社保机"
    lines = [body[i:i + 14] for i in range(0, len(body), 14)]
    assert len(lines[-1]) >= 12
    page = "\n".join(["社保事项", "最多跑一次", "", *lines, "构跑一次", wrap("  " + JINGYANG), "", "旌阳区总工会送冬衣", ""])
    arts = parse_text(page, home="四川省", date="2023-11")
    assert by_title(arts, "最多跑一次").body.endswith("到社保机构跑一次")
    assert not any("构跑一次" in x.title + x.body for x in arts if "最多跑一次" not in x.title)


def test_a_headline_that_opens_a_book_title_on_its_first_line_is_one_headline():
    # 《…—— ends like a kicker, but the book title it opens closes on the next line.
    page = "\n".join([wrap(WUHOU), "", "《家在巴山——", "通川故事》首映式举行", "",
                      "  本报讯（记者 吴 雪）纪录片《家在巴山——通川故事》首映式日前在达州举行，该片讲述了三代人守护家乡的故事。", ""])
    arts = parse_text(page, home="四川省", date="2023-11")
    a = by_title(arts, "首映式")
    assert a.title == "《家在巴山——通川故事》首映式举行" and a.kicker == ""


def test_a_graphics_credit_closes_the_article_above_it():
    # 制图：… stands between one article's end and the next headline, which must not swallow it.
    page = "\n".join([wrap(WUHOU), "", "武侯区卫健局义诊", "进社区惠及居民", "", wrap("  " + JINGYANG), "制图：张丹峰",
                      "旌阳区总工会", "为环卫工人送冬衣", ""])
    arts = parse_text(page, home="四川省", date="2023-11")
    assert not any("制图" in a.title for a in arts)
    assert by_title(arts, "旌阳区总工会").title == "旌阳区总工会为环卫工人送冬衣"


def test_a_headline_goes_on_into_a_short_line_that_reads_as_furniture():
    # 声明 is a furniture word (site footers), and （…） unclosed on the line above is closed below.
    body = "  据新华社电（记者 李 明）两国政府日前共同发表联合声明，宣布双方经贸合作协定正式生效，双方将扩大互利合作。"
    page = "\n".join(["关于经贸合作协", "定生效的联合", "声明", wrap(body), "", wrap(WUHOU), "",
                      "武侯区卫健局义诊", "进社区惠及居民", ""])
    arts = parse_text(page, home="四川省", date="2023-11")
    assert by_title(arts, "经贸合作").title == "关于经贸合作协定生效的联合声明"




def test_a_headlines_first_line_cut_mid_word_after_a_finished_body_stays_in_the_headline():
    page = "\n".join([
        wrap("（上接第1版）" + JINGYANG + "旌阳区总工会负责人表示，将持续关心关爱一线劳动者，为他们办实事、解难题。"),
        "《某某》杂志发表习", "近平总书记重要文章", "加强党对全面依", "法治国的领导", "",
        wrap(WUHOU), "", "武侯区卫健局义诊", "进社区惠及居民", ""])
    arts = [a for a in parse_text(page) if a.kind != "residue"]
    assert any(a.title.startswith("《某某》杂志发表习近平") for a in arts), [a.title for a in arts]


def test_a_headline_on_the_pages_last_line_closes_the_untitled_body_above():
    from generator.segment.rules.columns import last_head_closes
    texts = ["时刻接受人民的检", "阅（某某专栏）", "", "近日，某某市主城区道路上的", "公共停车泊位开通先离场后缴费。",
             "", "某  某图  某某文", "", "图片报道"]
    model = ["T<", "T<", None, "B", "I", None, "Y~", None, "T~"]
    assert last_head_closes(texts, model)[-1] == "T<"
    # Under a headline that points down at the body, the last line is no headline of it.
    model = ["T>", "T>", None, "B", "I", None, "Y~", None, "T~"]
    assert last_head_closes(texts, model)[-1] == "T~"


def test_a_kicker_read_as_a_body_over_a_headline_over_a_dispatch_is_the_kicker():
    from generator.segment.rules.columns import run_on
    texts = ["某某市老城区街道两旁的停车位陆续开", "通无感支付缴费功能。", "",
             "“十一”黄金周期间，出境游客突破七百万", "某地游客为旅游市场增添活力", "",
             "本报讯（尹某某）某地游客的出境游给各地带去不少商机。", "统计数据显示，出境人次逐年上升。"]
    model = ["B", "I", None, "B", "T>", None, "B", "I"]
    assert run_on(texts, model)[3:5] == ["K>", "T>"]
    # A line that fills the column inside a body goes on in the line under it, however short.
    model = ["B", "I", None, "B", "T>", "I", "B", "I"]
    texts[5] = "仍在增长。"
    assert run_on(texts, model)[4] == "I"


def test_a_dispatchs_sign_off_wrapped_over_two_lines_closes_the_body_above():
    from generator.segment.rules.credits import sign_offs
    texts = ["展演，丰富群众文化生活。", "", "（新华社北京10月12日电  记者某某、王某", "某）", "",
             "新华社某地10月12日电  由有关部门主办的论坛12日开幕。"]
    model = ["I", None, "K>", "T>", None, "B"]                # read as the next article's headline
    assert sign_offs(texts, model) == ["I", None, "I", "I", None, "B"]
    # Under a headline, not a finished body, the line is left as read.
    assert sign_offs(texts, ["T>", None, "K>", "T>", None, "B"])[2] == "K>"
    # A commentary's note of its author, wrapped, closes it too.
    texts[2:4] = ["（作者为某某自治区某某市某某乡某某社区", "党支部书记）"]
    assert sign_offs(texts, model)[2:4] == ["I", "I"]


def test_a_dispatchs_credit_wrapped_in_its_bracket_closes_the_body_and_opens_none():
    # （本报某地10月10日电 / 记者甲、乙、丙 / 丁、戊） wraps over three lines: the reporters
    # inside the bracket are no byline over a new body, and the headline printed under the
    # credit is the body's own.
    lead = ("  两国领导人将举行第二次会晤，人们期待在两国领导人的共同推动下，汇聚两国关系发展正能量，"
            "牢牢把握合作大方向，走出一条互利共赢的长久友好合作之路。")
    close = "  从某江到某河，人们期待在两国领导人的共同推动下，汇聚两国友好交往正能量，牢牢把握合作大方向，走出一条互利共赢的长久友好合作之路。"
    page = "\n".join([wrap(lead, 13), "", wrap(close, 13), "", "  （本报某地10月10日电", " 记者管某江、王某、王海",
                      "林、丁某真、某基荣）", "", "从某江到某河，汇聚", "两国友好交往正能量", ""])
    [a] = [a for a in parse_text(page, home="北京市", date="2019-10-11") if a.kind != "residue"]
    assert a.title == "从某江到某河，汇聚两国友好交往正能量"
    assert a.body.startswith("两国领导人") and "某基荣" in a.body
    # the credit closing a body on its own: inside the bracket, the body's last lines
    column = ["  从某江到某河，人们期待在", "两国领导人的共同推动下，", "汇聚两国友好交往正能量，", "牢牢把握合作大方向，走出",
              "一条互利共赢的长久友好合", "作之路。", "", "  （本报某地10月10日电", " 记者管某江、王某、王海", "林、丁某真、某基荣）"]
    assert tag(column)[-3:] == ["I", "I", "I"]


def test_the_editors_signature_under_their_note_is_its_credit_not_a_headline():
    column = ["  议以求实，行以致远。一年来", "，县政协围绕发展和民生两件", "大事，在调研建言和凝聚共识", "上一起用力，办成了不少实事", "。",
              "", "——编  者", "版式设计：张丹峰", "", "  本报记者 朱某 实习生 钟某某", "  会场中间，4块显示大屏幕被",
              "摆放成一圈，委员们围坐一起。"]
    labels = tag(column)
    assert labels[6][0] not in "KTS" and labels[7] == "Y<"       # the note's end, and the page's credit


SIX_MARKET = ("本报讯（记者 王 某）某某市深化农村集体产权制度改革，集体资产折股量化、农民当上股东的做法"
              "被写入省委一号文件，为全省深化农村改革提供了可以复制的某某样本。")
PHOTO = ["  近日，某某县的歌会上，一派热闹景象。歌会是每年春节期间当地的传统节日，各族群众欢聚一堂，载歌载舞。",
         "  该县发挥民族文化多彩、山水风光秀美的长处，把旅游业培育成为群众增收的重要产业，每年近万人脱贫。"]


def test_a_photo_between_articles_in_a_wrapped_column_is_its_own_item_from_its_first_paragraph():
    # A caption of two paragraphs, set straight under the article before it, closed by its credit.
    # (Its last paragraph opens farther from the credit than a caption runs; a dispatch that near
    # the credit would be what it signs.)
    more = ("  今年以来，某某市又在120个村推开改革试点，村集体经济收入全部超过5万元。某某市有关负责人表示，"
            "下一步将把试点经验推广到全市所有行政村，让更多农民分享改革红利。各区县要把改革试点作为一号工程，"
            "主要负责同志亲自抓，确保改革试点取得实效，为全省农村改革探索路径、积累经验。"
            "据统计，全市已有8.6万名农民成为股东，去年人均分红达到1200元，村集体资产总额比三年前翻了一番。")
    page = "\n".join([wrap(SIX_MARKET, 15), wrap(more, 15), *(wrap(p, 15) for p in PHOTO), "", "  新华社记者 某某某摄", "",
                      "某某市改革样本", "写入省委一号文件", ""])
    arts = parse_text(page, home="贵州省", date="2019-02-25")
    [photo] = [a for a in arts if a.body.startswith("近日，某某县的歌会上")]
    assert photo.title == "" and "每年近万人脱贫。" in photo.body
    article = by_title(arts, "某某市改革样本")
    assert article.body.startswith("本报讯") and "歌会" not in article.body


def test_a_photo_story_signed_by_its_photographer_keeps_its_last_paragraphs():
    story = ("本报讯（记者 高 某）六年前，家住某某县的赵某某和丈夫到上海打工，把女儿留在老家。赵某某在地铁站售卖面包补贴家用，"
             "女儿在老家跟着爷爷奶奶读书，赵某某每年春节才回一次家。")
    end = "  今年春节过后，赵某某又要去上海打工，女儿到车站送别赵某某：“妈妈别哭，我会好好读书！”赵某某说：“妈妈放心！”"
    page = "\n".join([wrap(SIX_MARKET, 15), "", "某某市改革样本", "写入省委一号文件", "",
                      "“妈妈别哭，我会好好读", "书！”（暖相册）", "", wrap(story, 15), wrap(end, 15), "  宋某某摄", ""])
    a = by_title(parse_text(page, home="山东省", date="2019-02-14"), "妈妈别哭")
    assert a.body.startswith("本报讯") and a.body.rstrip().endswith("宋某某摄") and "妈妈放心" in a.body


def test_a_line_that_ends_on_摄_inside_a_sentence_is_no_photographers_credit():
    from generator.records import Line
    from generator.segment.assemble import wrapped_captions
    texts = ["本报讯（记者常某某）机身装有摄", "像设备，把路面车流情况实时传回", "后台，交警多了“天眼”。"]
    assert wrapped_captions([Line(n, t) for n, t in enumerate(texts, 1)], ["B", "I", "I"], 15) == set()


def test_a_photo_story_under_its_own_headline_and_byline_is_a_titled_article():
    story = ["10月11日，某某村小的孩子们在翻看新领到的课外书。",
             "当日，共青团某某市委等单位的志愿者来到山区开展公益行活动，给当地学生捐赠一批文具。",
             "某村位于两县交界的大山深处，共有120户500多人，山多地少，交通很不方便。"]
    page = "\n".join(["书中有远方", "", "本报通讯员 陈某某", *(wrap(p, 15) + "\n" for p in story), "新华社记者 黄某某摄", "",
                      wrap(SIX_MARKET, 15), "", "某某市改革样本", "写入省委一号文件", ""])
    a = by_title(parse_text(page, home="广西壮族自治区", date="2019-10-13"), "书中有远方")
    assert a.body.startswith("10月11日") and "捐赠一批文具" in a.body and a.kind != "photo"


def test_in_a_column_of_marked_items_a_caption_opens_at_its_own_items_mark():
    from generator.records import Line
    from generator.segment.assemble import wrapped_captions
    texts = ["◆某某市第七届运动会将于10月18日开幕。", "", "◆某某杯象棋赛日前落幕，某某获得亚军。", "",
             "◆10月7日，某某市第二届龙舟大赛在湖面上演。", "图为龙舟赛现场。", "沈某某摄（影像中国）"]
    lines = [Line(n, t) for n, t in enumerate(texts, 1)]
    labels = ["B", None, "B", None, "B", "I", "Y<"]
    assert wrapped_captions(lines, labels, 20) == {5, 6, 7}


def test_a_short_dispatch_closed_by_a_photographers_credit_is_one_article_with_its_photo():
    dispatch = ["本报讯（某某）某某水文站实时数据显示，某日某时某某水库水位达154米，155米蓄水目标进入最后冲刺阶段。",
                "  据了解，某某水库今年蓄水工作进展顺利。图为船只行驶在库区某某县水域。"]
    page = "\n".join([*(wrap(p, 15) for p in dispatch), "  某某某摄（人民视觉）", "", "某某水库水位", "冲刺155米", "",
                      wrap(SIX_MARKET, 15), "", "某某市改革样本", "写入省委一号文件", ""])
    a = by_title(parse_text(page, home="湖北省", date="2019-10-29"), "冲刺155米")
    assert a.body.startswith("本报讯") and "库区" in a.body
    # the credit signs the dispatch: no caption is cut from its end
    from generator.records import Line
    from generator.segment.assemble import wrapped_captions
    texts = page.split("\n")[:8]
    labels = ["B"] + ["I"] * 6 + ["Y<"]
    assert wrapped_captions([Line(n, t) for n, t in enumerate(texts, 1)], labels, 15) == set()


def test_a_line_whose_last_word_goes_on_after_a_blank_line_is_no_subhead():
    # 打响以 / (blank) / 来，… : 以来 runs across the blank line an OCR page left inside a paragraph.
    labels = tag(["疫情就是命令，防控就是责任。", "此次疫情防控阻击战打响以", "",
                  "来，中宁县政协机关党支部、政协委", "员和全体党员干部充分发挥自身优", "势，用心用情协同抗疫，尽职尽责。"])
    assert labels[1] == "I" and labels[3] == "I"


def test_on_an_indented_page_a_flush_line_under_a_head_run_inside_a_sentence_goes_on_the_paragraph():
    from generator.segment.rules.columns import flush_under_head
    texts = ["　　某某芭蕾舞团成立于1959年。", "　　60年来，舞团走出了一条古典与现", "代交相辉映的道路。",
             "　　在学习经典芭蕾技法的同时，某某", "芭蕾舞团致力于创作本土题材作", "品，《山村女教师》《渔家乐》",
             "《春蚕》《采茶女》《长河》", "《秋收》《过年》《白鹤》《丝路》", "《山乡三部曲》等一批批深具中国",
             "文化烙印的舞剧被推上舞台。", "　　“要把本土芭蕾精品做出来，原创", "作品不能缺席。”某某说。"]
    labels = ["B", "I", "I", "I", "T>", "B", "I", "I", "I"]
    labels = ["B", "I", "I"] + labels
    assert flush_under_head(texts, labels)[6:10] == ["I", "I", "I", "I"]
    # …but under a finished sentence the head run is a headline and the flush line its body
    finished = texts[:6] + ["《春蚕》《采茶女》等剧目。"] + texts[7:]
    assert flush_under_head(finished, labels) == labels


def test_a_photographers_credit_set_as_a_heading_under_its_caption_is_a_credit():
    labels = tag(["## 农耕健身 妙趣横生", "", "10月19日，某某国际农耕健身邀请赛在某某市开幕，14支代表队参赛。", "",
                  "图为运动员在插秧比赛中。", "", "### 刘某某摄（人民视觉）", "",
                  "## 某某县召开春耕备耕工作会议", "", "本报讯 某某县日前召开春耕备耕工作会议，部署全县春耕生产。"])
    assert labels[6] == "Y<"


def test_a_headline_set_after_its_text_and_read_as_text_is_the_title():
    from generator.records import Line
    from generator.segment.assemble import trailing_head
    text = wrap("近日，某县遭遇强降雨，部分村庄被淹。当地干部连夜组织群众转移，受灾群众被安置到附近的学校暂住。")
    lines = [Line(no=k + 1, text=t) for k, t in enumerate(text.split("\n") + ["人民视觉", "风雨同舟"])]
    head, credit, rest = trailing_head(lines, 14)
    assert [l.text for l in head] == ["风雨同舟"] and [l.text for l in credit] == ["人民视觉"]
    assert rest == lines[:-2]
    # A kicker, title and byline after the text; a cartoon's credit over a letter-spaced headline.
    lines = [Line(no=1, text="说起下一步计划，县纪委书记"), Line(no=2, text="信心满满。"), Line(no=3, text="某县："),
             Line(no=4, text="“清风驿站”"), Line(no=5, text="开进村头"), Line(no=6, text="吕某 顾某")]
    head, credit, rest = trailing_head(lines, 14)
    assert [l.no for l in head] == [3, 4, 5] and [l.no for l in credit] == [6] and [l.no for l in rest] == [1, 2]
    # Text that ends on its own unfinished line keeps it.
    lines = [Line(no=1, text="会议强调，要加快推进乡村"), Line(no=2, text="振兴和城乡融合发展")]
    assert trailing_head(lines, 14) == ([], [], lines)


def test_a_column_headline_set_after_its_writers_note_closes_on_the_columns_name():
    from generator.records import Line
    from generator.segment.assemble import trailing_head
    # …为县域经济发展打造新的支点。 / （作者为… / 教授） / 补齐县城短板 / 打造发展支点 / （大家手笔）:
    # the column's name in brackets ends the headline, and the writer's note above it ends the text.
    text = wrap("县城是连接城乡的纽带。要补齐县城公共服务短板，为县域经济发展打造新的支点。")
    lines = [Line(no=k + 1, text=t) for k, t in enumerate(
        text.split("\n") + ["（作者为某某大学经济学院", "教授）", "补齐县城短板", "打造发展支点", "（大家手笔）"])]
    head, credit, rest = trailing_head(lines, 14)
    assert [l.text for l in head] == ["补齐县城短板", "打造发展支点", "（大家手笔）"] and credit == []
    assert rest == lines[:-3]
    # A column's name alone is no headline, nor is a signature in brackets.
    assert trailing_head(lines[:-3] + [lines[-1]], 14)[0] == []
    signed = lines[:-3] + [Line(no=20, text="当地经济发展"), Line(no=21, text="（王某某）")]
    assert trailing_head(signed, 14)[0] == []


def test_a_photo_agencys_name_over_a_headline_is_a_credit_not_the_headlines_start():
    page = "\n".join([wrap(WUHOU), "", "武侯区卫健局义诊", "进社区惠及居民", "",
                      wrap("近日，某县遭遇强降雨，部分村庄被淹。当地干部连夜组织群众转移，受灾群众被安置到附近的学校暂住。"),
                      "", "人民视觉", "风雨同舟"])
    a = by_title(parse_text(page, home="", date="2019-02"), "风雨同舟")
    assert a.title == "风雨同舟" and "人民视觉" in a.credit


def test_a_closing_run_of_headlines_may_hold_commas_and_run_past_the_column():
    # Two untitled bodies, then their headlines at the page's end, set in their own type:
    # one with a comma and a column's tag, one under a kicker wider than the column.
    first = ("　　希望每个人都能对身边的陌生人多一分善意，哪怕是一句问候、一个微笑，都可能温暖对方的心。"
             "陌生人的善，就像冬日里的一缕阳光。陌生人的善，汇聚起来就是整个社会的暖。")
    second = ("　　本报讯（记者 汪某）在某某，老街有很多打开方式。保护修缮不是最终目标，"
              "重要的是挖掘老街中蕴含的文化内涵，留住城市记忆。某某已推出十条老街主题旅游线路。")
    page = "\n".join([wrap(first, 15), "", wrap(second, 15), "",
                      "陌生人的善，汇成社会的暖（民生观）", "",
                      "小巷深处、河埠码头、文化街区，处处都有老街身影", "千年古城", "跃然眼前（解码·城市记忆）"])
    arts = parse_text(page, home="福建省", date="2019-10-14")
    assert by_title(arts, "陌生人的善").body.startswith("希望每个人")
    assert by_title(arts, "千年古城").body.startswith("本报讯")


def test_a_box_name_set_letter_by_letter_titles_the_photo_report_under_it():
    # 图 片 报 道 opens with 图, as a photo credit's 图 某某 does: it is the report's name, not its byline.
    page = "\n".join(["第5版 综合 2019年2月19日", "", "乡村公路修到家门口", "",
                      wrap("　　村里的公路修好了，村民出行更方便了，农产品也卖得更远了。", 15), "",
                      "图 片 报 道", "",
                      wrap("　　本报讯（通讯员 某某某 记者 某某某）日前，某某县开展交通安全宣传活动，提醒群众文明出行。", 15)])
    arts = [a for a in parse_text(page, home="", date="2019-02-19") if a.kind != "residue"]
    assert [a.title for a in arts] == ["乡村公路修到家门口", "图片报道"]
    assert arts[1].body.startswith("本报讯")


def test_marked_subheads_inside_a_long_report_keep_it_whole():
    # A long report opened with no mark, its sections under marked subheads (●…), its headline after it.
    lead = "　　近年来，某某县法院信息化建设持续推进，网上立案、网上缴费的办案格局基本形成，为智慧法院建设打牢了基础。"
    data = "　　某某县法院上线大数据管理平台，每天自动汇聚全县案件数据，法官办案有了可靠的数据支撑。"
    smart = "　　县法院积极运用语音转写、电子卷宗等技术，帮助法官减少繁琐事务、提高审判质效。"
    page = "\n".join([
        wrap(lead, 18), "　　●大数据平台提供信息源泉", wrap(data, 18), "　　●智能化应用提高审判质效", wrap(smart, 18), "",
        "某某县法院运用新技术手段", "为公正司法增添科技动能", "",
    ])
    arts = [a for a in parse_text(page, home="四川省", date="2019-02") if a.kind != "residue"]
    assert len(arts) == 1
    assert "大数据平台提供信息源泉" in arts[0].body and arts[0].body.endswith("提高审判质效。")




def test_a_letter_spaced_headline_standing_apart_claims_the_body_it_names():
    page = PAGE.replace("翠屏区政协召开常委会议", "翠 屏 区 政 协 召 开 常 委 会 议")
    arts = parse_text(page, home="四川省", date="2023-11")
    cuiping = by_title(arts, "翠屏区政协召开常委会议")
    assert cuiping.body.startswith("宜宾市翠屏区政协") and "江阳区" not in cuiping.body
    assert "翠屏区" not in by_title(arts, "助企纾困").body


def test_a_commentarys_note_of_its_author_read_as_its_text_goes_on_past_a_blank_line_to_its_close():
    # （作者为…，代表 / / 作有《某某》等。）: the model read the note's first line as the text's
    # and the rest, after the blank line, as a headline; it is the note's end.
    from generator.segment.rules.credits import sign_offs
    texts = ["扎根田间地头的生活，才能写出", "泥土的芬芳。", "（作者为某某文学院专业作家，代表", "",
             "作有《某某》等。）", "", "土地是我的写作课堂"]
    assert sign_offs(texts, ["I", "I", "I", None, "T~", None, "T>"]) == ["I", "I", "I", None, "I", None, "T>"]
    # Never closed within two lines, it is left as read.
    texts[4] = "作有《某某》等"
    assert sign_offs(texts, ["I", "I", "I", None, "T~", None, "T>"])[4] == "T~"


def test_a_commentarys_one_line_note_of_its_author_is_its_last_paragraph_not_a_credit():
    # （作者为…） closes a commentary the way a credit closes a report, but it is printed as
    # the text's last paragraph, and a note wrapped over two lines is read so already.
    essay = ("  乡村振兴离不开人才。要让更多年轻人愿意回到家乡、留在家乡，把所学用在田间"
             "地头，带动乡亲们一起增收致富。")
    page = "\n".join(["让人才回得来留得住", "", wrap(essay), "（作者为某某学院教授）", "",
                      "旌阳区总工会", "为环卫工人送冬衣", "", wrap(JINGYANG), ""])
    arts = parse_text(page, home="四川省", date="2023-11")
    essay_article = by_title(arts, "让人才回得来留得住")
    assert essay_article.body.endswith("（作者为某某学院教授）")
    assert essay_article.credit == []
    assert by_title(arts, "旌阳区总工会").body.startswith("本报讯")


def test_a_photo_credit_in_brackets_closing_a_continued_caption_is_no_headline():
    # The rest of a caption from an earlier page, closed by its photographer's credit and
    # its source in brackets: the credit is a source's, not a column's name after a headline.
    caption = "（接第二版）图为在某县河上，工人们正在把一段新的钢梁架设到大桥的桥墩上，大桥明年通车。"
    report = ("本报讯（记者某某）近日，县交通局组织人员对全县农村公路开展安全检查，重点查看桥梁、"
              "涵洞和急弯陡坡路段，发现问题当场交办，限期整改到位。检查组要求各乡镇落实管护责任，"
              "确保群众出行安全。")
    other = ("本报讯（通讯员某某）日前，县人民医院派出医疗队深入偏远山村开展义诊，为村民测量血压、"
             "检查身体，发放健康手册三百余份，受到村民欢迎。医疗队还为行动不便的老人上门服务。")
    text = "\n".join([
        "2019.2.22 星期五 编辑/某某 校对/某某", "",
        wrap(caption, 20), "王某某摄（新华社发）", "",
        wrap(report, 20), "", "县交通局检查农村公路安全", "",
        wrap(other, 20), "", "县医院医疗队进山村义诊", ""])
    arts = parse_text(text)
    first = next(a for a in arts if "钢梁" in a.body)
    assert first.kind == "continuation" and first.title == ""
    assert by_title(arts, "农村公路").body.startswith("本报讯（记者某某）近日，县交通局")


def test_a_headlines_column_tag_wrapped_over_four_lines_stays_in_its_title():
    # A long column's tag in brackets runs over the lines under the headline; the model
    # reads them as a byline and a kicker, but a bracket left open goes on to its close.
    report = ("本报讯（记者某某）近日，县里把群众反映的急难事列成清单，明确责任单位和办结时限，"
              "每周调度一次进展，办结一件销号一件。截至目前，清单上的事项已办结八成以上，"
              "群众满意率明显提升。")
    other = ("本报讯（通讯员某某）日前，县人民医院派出医疗队深入偏远山村开展义诊，为村民测量血压、"
             "检查身体，发放健康手册三百余份，受到村民欢迎。医疗队还为行动不便的老人上门服务。")
    text = "\n".join([
        wrap(report, 16), "", "补齐短板 扎实", "解决群众急难事（学思", "践悟 对标对表 抓落", "实·深入开展“乡村振兴",
        "在行动”专题调研）", "", wrap(other, 16), "", "县医院医疗队进山村义诊", ""])
    arts = parse_text(text, home="四川省", date="2023-11")
    titled = by_title(arts, "补齐短板")
    assert titled.title == "补齐短板 扎实解决群众急难事（学思践悟 对标对表 抓落实·深入开展“乡村振兴在行动”专题调研）"
    assert not any("专题调研" in a.body for a in arts)


def test_a_names_only_byline_under_a_headline_signs_the_text_whatever_common_surname_opens_it():
    report = ("本报讯 近日，县里把群众反映的急难事列成清单，明确责任单位和办结时限，"
              "每周调度一次进展，办结一件销号一件。截至目前，清单上的事项已办结八成以上，"
              "群众满意率明显提升。")
    other = ("本报讯 日前，县人民医院派出医疗队深入偏远山村开展义诊，为村民测量血压、"
             "检查身体，发放健康手册三百余份，受到村民欢迎。医疗队还为行动不便的老人上门服务。")
    text = "\n".join([wrap(other, 16), "", "县医院医疗队进山村义诊", "",
                      "群众急难事", "件件有着落", "赖某芳 萧某", wrap(report, 16), ""])
    arts = parse_text(text, home="四川省", date="2023-11")
    signed = by_title(arts, "群众急难事")
    assert signed.title == "群众急难事件件有着落"
    assert signed.byline == ["赖某芳", "萧某"]


def test_a_line_of_text_worded_as_furniture_inside_a_paragraph_stays_in_the_body():
    # 扫一扫 and 二维码 are a site's share bar elsewhere; under a line of text that fills the
    # column and ends no sentence, they are the sentence going on.
    opening = "本报讯 近日，县政务服务中心在全县各乡镇便民服务点都贴出了服务牌，今后群众用手机"
    rest = ("扫一扫服务牌上的二维码，就能看到办事指南和窗口排队人数。中心负责人说，"
            "下一步还将在各村推开，让群众少跑腿。")
    assert len(opening) == 40          # (so that 扫一扫 opens a line of the column)
    text = "\n".join(["便民服务点贴出服务牌", "", wrap(opening, 20), wrap(rest, 20), ""])
    arts = parse_text(text, home="四川省", date="2023-11")
    assert [a.kind for a in arts] == ["news"]
    assert "今后群众用手机扫一扫服务牌上的二维码，就能看到办事指南" in arts[0].body


def test_the_rest_of_a_bracket_cut_by_the_column_stays_with_its_text():
    # A jump (…（转 / 第7版）) and a closing credit over three lines keep their last words:
    # read alone, 第7版） is a page's footer and 某某、某某报道） a headline.
    from generator.segment.rules.columns import brackets_close_in_text
    texts = ["　　某县各乡镇对照群众反映的问题逐", "项整改，落实情况定期公布。（转", "第7版）", "",
             "某县整改群众身边问题"]
    assert brackets_close_in_text(texts, ["I", "I", "F", None, "T<"])[2] == "I"
    credit = ["　　某县将继续推进这项工作。", "　　（综合本报记者王某、李某、", "张某、赵某、", "",
              "孙某、周某报道）", "", "某县推进基层减负"]
    assert brackets_close_in_text(credit, ["I", "I", "I", None, "T~", None, "T<"])[4] == "I"
    # a bracket the text closed itself opens nothing; nor does a headline's
    shut = credit[:2] + ["张某、赵某报道）", ""] + credit[4:]
    assert brackets_close_in_text(shut, ["I", "I", "I", None, "T~", None, "T<"])[4] == "T~"
    assert brackets_close_in_text(["某县推进（", "基层减负）"], ["T>", "T>"]) == ["T>", "T>"]
