"""The rules the tagger's labels go through (tagger.overrule and its helpers), each
on the labels the model gave a real page where it was wrong."""
from generator.segment.tagger import tag, title_under_kicker


def test_a_short_line_with_a_comma_under_a_headline_line_is_the_title():
    # One paragraph a line: the model read 老字号酱园，又回来了 as the body's first line.
    texts = ["县商务局负责人表示，将把展销会办成常态化活动，帮助农民拓宽销售渠道。", "",
             "用科技把控品质，借传播提升影响", "", "老字号酱园，又回来了", "",
             "县里的老字号酱园停产二十年后，日前在原址恢复生产，老师傅们按古法酿造的酱油重新摆上了柜台。", "",
             "酱园负责人介绍，今年将新建晒场两处。"]
    labels = ["I", None, "T>", None, "B", None, "I", None, "I"]
    assert title_under_kicker(texts, labels) == ["I", None, "K>", None, "T>", None, "B", None, "I"]


def test_a_sentence_or_a_box_name_under_a_headline_stays_body():
    texts = ["本报讯 县里召开会议。", "县政协视察乡村道路", "县政协组织委员视察道路。", "委员们提出建议十二条，涉及养护和安全。"]
    assert title_under_kicker(texts, ["I", "T>", "B", "I"]) == ["I", "T>", "B", "I"]
    texts = ["本报讯 县里召开会议。", "涠洲岛的海底小纵队", "核心阅读", "广西涠洲岛近岸水域分布珊瑚礁面积近三千公顷，是我国珊瑚礁分布的北缘。"]
    assert title_under_kicker(texts, ["I", "T>", "B", "I"]) == ["I", "T>", "B", "I"]


def test_a_note_on_the_author_or_a_graphics_credit_under_a_body_is_its_credit():
    from generator.segment.tagger import overrule
    texts = ["基层干部要沉下身子，把群众的小事当作自己的大事来办，", "才能赢得群众的信任和支持。",
             "（作者为社区党支部书记）", "", "旌阳区总工会", "为环卫工人送冬衣", "",
             "  本报讯 11月3日，德阳市旌阳区总工会为全区300余名环", "卫工人送去冬衣和慰问金。", "制图：张丹峰"]
    model = ["B", "I", "T<", None, "T>", "T>", None, "B", "I", "T<"]   # what the model said of them
    out = overrule(texts, model)
    assert out[2] == "Y<" and out[9] == "Y<"
    assert out[4:6] == ["T>", "T>"]


def test_a_note_inside_a_body_stays_body():
    from generator.segment.tagger import overrule
    texts = ["基层干部要沉下身子，把群众的小事当作自己的大事来办。", "（作者为社区党支部书记）",
             "（本系列评论到此结束）", "2019年02月01日 第05版"]
    out = overrule(texts, ["B", "H", "H", "D<"])
    assert out[1] == "H"


def test_two_headline_lines_over_a_paragraph_that_opens_as_news_opens_start_an_article():
    from generator.segment.tagger import headlike_blocks
    # What the model said of a real page: the kicker and title between two bodies read as subheads.
    texts = ["  福建省市场监管局有关负责人表示，本次", "抽查将实行边检查边规范，边发现边整改，", "努力达到规范一个行业的效果。", "",
             "江西高安推行智慧政务服务", "一网通办 高效便民", "",
             "  日前，在江西省高安市行政服务中心，", "市民张志军前来办理企业名称申报，只花", "几分钟就完成了申报。"]
    model = ["I", "I", "I", None, "H", "H", None, "I", "I", "I"]
    out = headlike_blocks(texts, list(model))
    assert out[4:6] == ["T>", "T>"] and out[7] == "B"
    # One line is a subhead of the article it stands in, whatever follows it.
    one = texts[:4] + texts[5:]
    assert headlike_blocks(one, model[:4] + model[5:])[4] == "H"


def test_a_headline_as_wide_as_the_column_between_a_finished_body_and_a_dispatch_is_a_headline():
    from generator.segment.tagger import headlike_blocks
    # A wrapped page whose headlines follow their bodies: the model read the headline,
    # which fills the column, as the body's last paragraph.
    texts = ["据新华社电 （记者王平）8月的县城", "纪念馆里参观者络绎不绝，许多学", "校组织学生来这里接受党史教育。", "",
             "他常说：“我们的党是为群众利益", "服务的，要一辈子做好事！”", "",
             "王一民：始终把群众放在心上", "（为了民族复兴·英雄烈士谱）", "",
             "据新华社电 （记者周明）1974年", "冬天，李二平病危，已说不出话，", "只能用手指了指桌上的铅笔。"]
    model = ["B", "I", "I", None, "I", "I", None, "I", "I", None, "B", "I", "I"]
    out = headlike_blocks(texts, list(model))
    assert out[7:9] == ["T~", "T~"]          # standing apart: placed later by what it says
    # The last words of a paragraph before a dispatch end on a mark: they stay body.
    unfinished = texts[:7] + ["王一民常说，群众利益无小事。"] + texts[9:]
    assert headlike_blocks(unfinished, model[:8] + model[9:])[7] == "I"
    # Nor is a dispatch's own sign-off a headline: （本报金边电） closes the body above.
    signed = texts[:7] + ["（本报金边电）"] + texts[9:]
    assert headlike_blocks(signed, model[:8] + model[9:])[7] == "I"


def test_the_end_of_a_quotation_standing_alone_is_never_a_headline():
    from generator.segment.tagger import headlike_blocks, short_unpunctuated
    assert not short_unpunctuated("手机好像也变轻了。”", 20)
    assert short_unpunctuated("“绿化地球，中国是榜样”", 20)
    texts = ["  齐琳说，整改后她手机里的工", "作群少了一半多，“现在，感觉", "", "手机好像也变轻了。”", "",
             "本期统筹：杨烁壁", "", "  上午9时，青海省政务服务监", "督管理局的工作人员开始接听", "群众来电。"]
    model = ["I", "I", None, "I", None, "F", None, "B", "I", "I"]
    assert headlike_blocks(texts, list(model))[3] == "I"


def test_a_photo_credit_closes_its_article_and_the_line_after_it_heads_the_next():
    from generator.segment.tagger import overrule
    # One paragraph a line, blank lines between: the model read both the credit and the
    # next headline as subheads of the article above.
    texts = ["坊口村是一个有着两千多年历史的山区古村，村里的老房子大多保存完好。", "",
             "接下来，村里兴建了乡村电影资料馆和美术馆，中国美术学院的师生也来村里写生。", "",
             "如今村里有了特色民宿、咖啡馆和乡村美术馆，留守在家的村民心里变得越发亮堂了，外出务工的年轻人也陆续回到村里创业。", "",
             "本报记者  张武军摄影报道", "", "以人民为中心的人权事业", "",
             "以人民为中心是新时代坚持和发展中国特色社会主义的根本立场，也是人权事业的出发点。", "",
             "坚持人民在人权事业中的主体地位。"]
    out = overrule(texts, ["I", None, "I", None, "I", None, "H", None, "H", None, "I", None, "I"])
    assert [out[6], out[8], out[10]] == ["Y<", "T>", "B"]


def test_a_graphics_credit_over_the_next_headline_and_its_byline_closes_the_article():
    from generator.segment.tagger import overrule
    texts = ["宜居宜业，建设现代化国际城区，生活在这里的居民幸福感不断提升。", "",
             "数据来源：乌鲁木齐高新区（新市区）委宣传部", "", "日本多地遭强台风重创", "", "白红明", "",
             "今年第19号台风10月12日傍晚在日本静冈县登陆，给多地带来狂风暴雨。"]
    out = overrule(texts, ["I", None, "H", None, "H", None, "H", None, "I"])
    assert [out[2], out[4], out[6], out[8]] == ["Y<", "T>", "Y>", "B"]


def test_a_numbered_section_head_is_never_a_headline_and_its_text_goes_on():
    from generator.segment.tagger import overrule
    texts = ["十二、恒北村", "", "位于盐城市大丰区。将生态农业与乡村旅游结合，发展现代休闲观光农业。", "",
             "十三、祁巷村", "", "位于泰兴市黄桥镇，始建于北宋，文化底蕴深厚，民俗活动丰富。"]
    out = overrule(texts, ["H", None, "I", None, "T>", None, "B"])
    assert [out[4], out[6]] == ["H", "I"]


def test_a_numbered_section_head_the_model_opened_a_body_at_goes_on_with_the_report():
    from generator.segment.tagger import overrule
    texts = ["现在根据某某工作组的汇报，综合报告如下。", "", "", "一、关于农村的公共食堂问题", "", "",
             "在五月上旬之前，全区大部分食堂是巩固的，存在的问题也在整社中逐渐解决。"]
    out = overrule(texts, ["I", None, None, "B", None, None, "I"])
    assert [out[3], out[6]] == ["H", "I"]
    # (after a text its sign-off closed, a numbered head may open the next: left as read)
    signed = ["现在根据某某工作组的汇报，综合报告如下。（新华社北京9月9日电）"] + texts[1:]
    assert overrule(signed, ["I", None, None, "B", None, None, "I"])[3] == "B"


def test_a_lead_that_ends_no_sentence_keeps_the_dispatch_under_it_in_its_article():
    from generator.segment.tagger import lead_over_opening
    texts = ["年底超七成涉税事", "项“最多跑一次”", "", "  今年底前，税务部门将实现70%以上", "涉税事项一次办结，纳税人可全",
             "程网上办理或最多只需要到税务机关跑", "一次", "", "  本报北京2月20日电  （记者吴秋余）记者从", "20日举行的启动仪式上了解到："]
    model = ["T>", "T>", None, "B", "I", "I", "I", None, "B", "I"]
    assert lead_over_opening(texts, list(model))[8] == "I"
    # A lead that ends its sentence is a report of its own; so is one under no headline.
    finished = texts[:6] + ["一次。"] + texts[7:]
    assert lead_over_opening(finished, list(model))[8] == "B"
    assert lead_over_opening(texts, ["I", "I", None] + model[3:])[8] == "B"
    # Any opening goes on under the lead, but the rest of an article from another page opens its own.
    opening = texts[:8] + ["  日前，记者从启动仪式上了解到：", "今年将推出便民措施。"]
    assert lead_over_opening(opening, list(model))[8] == "I"
    jump = texts[:8] + ["（紧接01版）纪念馆讲解员说，是中", "国共产党唤醒了广大民众。"]
    assert lead_over_opening(jump, list(model))[8] == "B"


def test_a_short_line_under_a_headline_over_a_dispatch_is_the_headline_s_last_line():
    """Not a lead set apart: one short line without a clause's mark (5016起) between a
    headline's wrapped lines and a dispatch (本报讯…) ends the headline; the dispatch opens
    the body."""
    from generator.segment.tagger import lead_over_opening
    texts = ["9月全县查处", "违反中央八项", "规定精神问题", "26起", "本报讯（记者 周敏）县纪委", "监委10月25日发布消息，全县"]
    model = ["T>", "T>", "T>", "B", "B", "I"]
    assert lead_over_opening(texts, list(model))[3:5] == ["T>", "B"]
    # A lead with a clause's mark, or over a body that opens with no dispatch, stays a lead.
    lead = texts[:3] + ["今年起，全县"] + texts[4:]
    assert lead_over_opening(lead, list(model))[3:5] == ["B", "I"]
    plain = texts[:4] + ["日前，县纪委监委发布消息，全县"] + texts[5:]
    assert lead_over_opening(plain, list(model))[3:5] == ["B", "I"]


def test_a_line_that_opens_a_quotation_the_headline_closes_is_the_headline_s_first_line():
    from generator.segment.tagger import head_first_lines
    texts = ["组织开展了征文活动和社会", "征文活动，形成了一批成果。", "“县里好医生、县里好", "护士”交流活动举行",
             "本报讯（记者 黄磊）11日，由县文", "明办、县卫健局联合举办的交流"]
    model = ["I", "I", "I", "T>", "B", "I"]
    assert head_first_lines(texts, list(model))[2] == "T>"
    # A quotation that closes on its own line is the body's, as before.
    closed = texts[:2] + ["“县里好医生”评选结果公布"] + texts[3:]
    assert head_first_lines(closed, list(model))[2] == "I"


def test_on_a_column_under_its_name_a_marked_line_after_a_finished_item_opens_the_next():
    from generator.segment.tagger import overrule
    texts = ["要闻简报", "", "●王毅会见日本外务审议官森健良 国务", "委员兼外长王毅2日在北京会见了森健良。",
             "●纽约帝国大厦举行中国春节点灯仪式 ", "当地时间2月1日上午，帝国大厦举行点灯仪式。（记者 杜勇琳）"]
    model = ["F", None, "B", "I", "I", "I"]
    assert overrule(texts, list(model))[4] == "B"
    # Without the column's name the same marks may be bullets inside one article.
    assert overrule(["本报讯"] + texts[1:], ["B"] + model[1:])[4] == "I"


def test_a_column_headline_after_a_finished_body_heads_the_next_article():
    from generator.segment.tagger import overrule
    texts = ["电影《天渠》讲述黄大发修渠的故事，更多着墨于他带领群众改变命运的初心与坚守。", "",
             "电影的细节展示温馨动人，女儿亲手为父亲做好新鞋，送父亲去县里学习，又嘱咐他要当心身体、不懂就问，"
             "把一个英模人物还原到质朴的亲情之中，这是由英模向普通人的情感回归。", "",
             "以法治思维推进社会治理（金台锐评）", "",
             "无论问题多么复杂，情况多么紧急，也要坚持依法办事，树立底线思维，不能“病急乱投医”", "",
             "日前，因为在电信诈骗犯罪嫌疑人家门前喷涂字样，当地受到舆论关注。目前已对这一做法进行了纠正。", "",
             "加强和创新社会治理是当前的一项紧迫任务，既要有为民的热心，也要有依法办事的定力和底线思维，二者缺一不可。"]
    model = ["B", None, "I", None, "H", None, "T>", None, "B", None, "I"]
    out = overrule(texts, list(model))
    assert [out[4], out[6], out[8]] == ["T>", "B", "I"]
    # A box's name in brackets heads a box inside the article; a note in brackets alone is a note.
    for line in ("凝聚更多共识（记者手记）", "（蒲波采访整理）"):
        assert overrule(texts[:4] + [line] + texts[5:], list(model))[4] == "H"


def test_a_line_read_as_text_closed_by_the_column_name_of_the_pages_headline_heads_the_next_article():
    from generator.segment.tagger import column_headlines
    # A series of short pieces under one column: the model read the second piece's headline as
    # a line of the first piece's text.  The column's name that closes the page's first headline
    # closes it too.
    series = "（某某的“第一”·文化篇）"
    texts = ["第一座县级博物馆" + series, "",
             "县级博物馆，是一座县城的记忆。走进展厅，陶罐、农具和老照片诉说着这片土地的过往，"
             "吸引了不少外地游客专程前来。", "",
             "如今，全省已有80多个县建起了自己的博物馆，许多展品由当地群众捐赠，一批乡村记忆馆也陆续开放，"
             "成为孩子们周末了解家乡历史的课堂。", "",
             "博物馆还把讲解带进学校和社区，让更多人在家门口就能看到家乡的老物件。", "",
             "第一套乡土教材丛书" + series, "",
             "乡土教材讲的是身边的山水和人物，学生读来格外亲切。这套丛书由当地教师编写，图文并茂，"
             "深受师生欢迎。", "",
             "丛书共12册，涵盖地理、历史、民俗和物产，编写历时三年，数十位退休教师和文化工作者参与其中，"
             "走访了全县200多个村庄，留下了大量珍贵的口述资料。", "",
             "此后，丛书又多次修订，增补了新农村建设的内容，还推出了方便携带的简装本。"]
    model = ["T>", None, "B", None, "I", None, "I", None, "I", None, "I", None, "I", None, "I"]
    out = column_headlines(texts, list(model))
    assert [out[8], out[10]] == ["T>", "B"]
    # Closed by a column's name no headline on the page carries, it is left as read.
    other = texts[:8] + ["第一套乡土教材丛书（某某知识）"] + texts[9:]
    assert column_headlines(other, list(model))[8] == "I"


def test_marked_points_after_a_marked_opening_stay_in_their_article():
    from generator.segment.tagger import bullet_leads
    texts = ["“中国技术给我们带来可喜变化”", "", "本报讯 记者戴艳报道：■中企促", "进了当地机械设备修理等行业的发展。", "",
             "■中乌两国油气合作互补性强，合", "作领域不断拓展。", "", "冬日的波尔塔瓦州，覆盖着茫茫白雪。"]
    model = ["T>", None, "B", "I", None, "B", "I", None, "I"]
    assert bullet_leads(texts, list(model))[5] == "I"
    # Under a column's name the marks open items of their own.
    assert bullet_leads(["简讯", ""] + texts[2:], ["F", None] + model[2:])[5] == "B"
    # The headline over it may be read as closing the body above: its direction is not asked.
    assert bullet_leads(texts, ["T<"] + model[1:])[5] == "I"


def test_a_date_that_a_range_or_an_open_bracket_carries_across_lines_is_the_texts_not_a_date_line():
    from generator.segment.tagger import overrule
    # A notice wrapped in a column: its date range breaks after the first date, and a
    # numbered item's bracket opens at one line's end; the model read them as body.
    texts = ["本次选聘面向社会公开进行。五、报名程序（", "一）报名时间：2023年3月1日",
             "—3月15日17:30，逾期不予受理。", "应聘者请登录报名网页填写信息。"]
    assert overrule(texts, ["B", "I", "I", "I"]) == ["B", "I", "I", "I"]
    # A date line under a body that nothing carries on is still its closing date line.
    texts = ["应聘者请登录报名网页填写信息。", "2023年3月1日"]
    assert overrule(texts, ["B", "I"])[1] == "D<"


def test_a_marked_title_between_an_unfinished_item_and_the_next_marked_body_heads_that_body():
    from generator.segment.tagger import overrule
    # A column of short items: the one above ends without a full stop (a book's blurb),
    # and the model read the next item's marked lead title as its last line.
    texts = ["●县图书馆新书上架", "特邀专家整理翻译志书，内容严谨可靠，", "收录地方志书一百二十种，文白对照，",
             "全套三十册", "●春天里，花农忙", "■鲜花消费升级推动本县花卉产业蓬勃发展。", "（李明）"]
    model = ["T>", "B", "I", "I", "I", "B", "I"]
    out = overrule(texts, model)
    assert out[4] == "T>" and out[5] == "B"
    # Not a marked line that ends a sentence, nor one over a body line that goes on.
    assert overrule(texts[:4] + ["●花农们说，今年的花卖得好。"] + texts[5:], model)[4] == "I"
    assert overrule(texts, model[:5] + ["I", "I"])[4] == "I"


def test_a_marked_paragraph_after_a_dispatch_whose_dateline_runs_into_the_mark_is_its_next_point():
    # The headline of this report is printed after it (OCR page); the model opened a body
    # at its second point.
    from generator.segment.tagger import bullet_leads

    texts = ["本报讯（侯杰娜）■2013年之前，柬埔寨全国", "电量缺口超过20％，缺口电力依靠进口。",
             "■随着中国建设的水电项目陆续投产，柬埔寨", "电力供应紧张情况得到有效缓解。", "",
             "“这是中国人民送来的珍贵礼物”"]
    labels = ["B", "I", "B", "I", None, "T<"]
    assert bullet_leads(texts, labels)[2] == "I"
    texts[0] = "2013年之前，柬埔寨全国"            # no dateline and no headline over it: left as it was
    assert bullet_leads(texts, ["B", "I", "B", "I", None, "T<"])[2] == "B"


def test_a_short_line_opening_a_block_over_a_date_line_is_a_listing_entrys_headline():
    from generator.segment.tagger import overrule

    texts = ["本报北京10月11日电 国家卫健委日前发布报告，我国医疗服务总量持续增加。", "",
             "放出活力 管出公平 服出便利", "时间：2019-02-25 21:00:53",
             "“放管服”改革是一场“刀刃向内”、面向政府自身的自我革命。"]
    model = ["B", None, "I", "D>", "I"]               # the model read the entry's headline as text
    assert overrule(texts, model)[2] == "T>"
    texts[2] = "改革是一场自我革命，各地要抓好落实。"      # a sentence over a date line stays text
    assert overrule(texts, ["B", None, "I", "D>", "I"])[2] == "I"


def test_a_byline_under_a_subhead_inside_a_story_signs_that_section_and_stays_in_the_story():
    from generator.segment.tagger import section_bylines
    # 新春走基层: one story told by several reporters, each section under its subhead and byline.
    texts = ["　　老人们说，今年的年货比往年丰富多了。", "　　高升村 步步高", "　　本报记者 范昊天",
             "　　腊月二十八，高升村的文化广场上热闹非凡。", "", "　　□ 本报记者 钟颖桂", "　　春节前夕，记者来到县城。"]
    model = ["I", "H", "Y>", "I", None, "Y>", "B"]
    out = section_bylines(texts, model)
    assert out[2] == "H"                 # under a subhead: the section's byline
    assert out[5] == "Y>"                # under a finished body: the next article's byline


def test_on_a_column_a_marked_item_after_a_signed_one_opens_though_its_lead_runs_into_its_dateline():
    from generator.segment.tagger import overrule
    # 简讯: an item signed by its writers (。（邹鹏 赵静波）), then a marked item whose lead title runs
    # on into 本报讯 across the line break; the model read the marked line as the signed item's text.
    texts = ["简讯", "", "■ 收获 本报讯 今年我国全年粮食生", "产再获丰收，种植结构进一步优化。",
             "总产量继续保持在1.3万亿斤以上。（邹鹏 赵静波）", "",
             "■ 医疗服务下沉 助力健康脱贫 本报", "讯 “过去，生病不敢住院；现在，生了",
             "大病也有保障，压力小多了。”贫困户梁述华说。", "个人实际负担只有648元，不到3%。（孟娟）"]
    model = ["F", None, "B", "I", "I", None, "I", "I", "I", "I"]
    out = overrule(texts, model)
    assert out[6] == "B" and out[7] == "I"


def test_a_headline_under_a_listings_read_more_link_is_furniture_only_if_no_body_opens_under_it():
    from collections import Counter
    from generator.segment.tagger import furniture_evidence
    texts = ["时间：2019-02-19 15:23:28", "查看原文", "", "立扶贫之本 谋土瑶之福", "",
             "深居于大桂山山脉的瑶族群众，主要聚居于贺州市平桂区。"]
    labels = ["F", "F", None, None, None, None]
    counts = Counter(texts)
    assert not furniture_evidence(texts, 3, labels, [], counts, after="B")     # the next entry's headline
    assert furniture_evidence(texts, 3, labels, [], counts, after="F")         # more of the site around it


def test_a_short_word_a_role_opens_that_names_no_one_is_a_headline_not_a_byline():
    from generator.segment.tagger import overrule
    # 图片报道 over a photo report: the model read it as a subhead (it opens with 图, as 图/张三 does).
    texts = ["对性地加强培训、提供帮扶。", "图片报道", "　　46个重点城市开展垃圾分类主题宣传活动，",
             "倡导居民分类投放生活垃圾。"]
    out = overrule(texts, ["I", "H", "I", "I"])
    assert out[1] == "T>"
    out = overrule(["　　记者来到县城。", "图 邓晶", "　　春节前夕，集市热闹。"], ["I", "H", "B"])
    assert out[1][0] == "Y"


def test_a_subhead_over_a_dashed_line_after_a_finished_body_heads_the_next_article():
    from generator.segment.tagger import subtitled_heads
    texts = ["世界华文传媒论坛以“研讨、交流、联谊、发展”为宗旨。", "", "春风化雨 以文化人", "",
             "————各地积极开展文化活动培育家国情怀", "", "东路坠子《江姐》、豫东琴书《英雄情怀》轮番上演。"]
    out = subtitled_heads(texts, ["I", None, "H", None, "H", None, "I"])
    assert out[2] == "T>" and out[4] == "S>"
    # inside a body that goes on (no finished sentence above), a subhead stays one
    texts[0] = "世界华文传媒论坛以“研讨、交流、联谊、发展”为宗旨，"
    assert subtitled_heads(texts, ["I", None, "H", None, "H", None, "I"])[2] == "H"


def test_a_head_line_that_stops_on_a_joining_word_runs_on_into_the_body_under_it():
    from generator.segment.tagger import overrule
    texts = ["　　听取师生意见建议，督办解决长期存在的问题。", "", "　　此次调研共收集13项即知即改突出问题及",
             "44条学生在生活环境、学习环境等方面的具体意见建", "议，建立工作台账。"]
    out = overrule(texts, ["I", None, "K<", "B", "I"])
    assert out[2] == "I" and out[3] == "I"


def test_a_jump_to_another_page_or_a_dash_cut_off_by_the_column_ends_the_body_above():
    from generator.segment.tagger import overrule
    texts = ["　　县里今年新修通村公路八十公里，", "惠及沿线群众两万余人。", "", "（下转第六版）", "",
             "山区公路修到家门口"]
    out = overrule(texts, ["B", "I", None, "H", None, "T<"])
    assert out[3] == "I"
    # a blank line inside the last paragraph: its last words carry the jump, no headline for all its shortness
    texts = ["　　南天湖滑雪场距离县城约三小时车程，海拔", "在一千八百米左右，造雪面积达六万平方米", "拥有多条不同级别的滑雪道以及专业的教练",
             "和设备，是全省规模最大的高山", "", "滑雪场。（下转第十七版）"]
    out = overrule(texts, ["B", "I", "I", "I", None, "I"])
    assert out[5] == "I"
    texts = ["　　清晨六点，记者跟随巡线工人走进山", "谷，一场寻找故障点的接力开始了—", "—", "",
             "　　巡线工人老李说，这条线路他走了二十年。"]
    out = overrule(texts, ["B", "I", "F", None, "B"])
    assert out[2] == "I"


def test_a_line_that_finishes_the_sentence_above_it_is_body_not_a_kicker():
    from generator.segment.tagger import overrule
    texts = ["　　县长在接受本报记者采访时说，“游", "", "客的口味越来越讲究了。”", "",
             "“游客口味", "越来越讲究”"]
    out = overrule(texts, ["B", None, "K<", None, "T<", "T<"])
    assert out[2] == "I" and out[4] == "T<"


def test_a_box_that_opens_an_article_is_the_first_line_of_its_body():
    from generator.segment.tagger import box_openings
    # 核心阅读 after the body before it (whose headline is printed elsewhere): the next article opens
    texts = ["　　群众的事就是大事。", "（作者为县委党校教师）", "核心阅读", "", "　　文化走出去不能愣推，", "要长期布局。"]
    out = box_openings(texts, ["I", "I", "H", None, "B", "I"])
    assert out[2] == "B" and out[4] == "I"
    # under an editor's note, which opens the same article above it, it opens nothing
    texts = ["企业迎难上 还要扶一把", "　　民营企业发挥着不可替代的作用。", "——编  者", "核心阅读", "　　铺摊子、上规模，"]
    out = box_openings(texts, ["B", "I", "H", "T>", "B"])
    assert out[4] == "B"


def test_a_note_of_who_gathered_the_text_closes_it_and_heads_nothing():
    from generator.segment.tagger import overrule
    texts = ["　　下一步，需要高度重视民营企业发展中的问题。", "", "（本报记者林丽鹂采访整理）", "", "速览"]
    out = overrule(texts, ["I", None, "T>", None, "T>"])
    assert out[2] == "Y<"


def test_a_date_line_without_a_date_is_the_headline_line_it_stands_with():
    from generator.segment.tagger import overrule
    texts = ["　　（作者为中国驻尼泊尔大使）", "“雪山之国”期待友", "谊新篇（大使随笔）", "", "田东 黄春晶"]
    out = overrule(texts, ["Y<", "D<", "T>", None, "Y>"])
    assert out[1][0] == "T"
    # under a title line, its subtitle
    texts = ["北京世界园艺博览会组委会第四次会议召开", "胡春华主持", "新华社北京2月19日电  会议在京召开。"]
    assert overrule(texts, ["T>", "D>", "B"])[1] == "S>"
    # one that prints a date stays a date line
    texts = ["　　（作者为中国驻尼泊尔大使）", "2019年10月12日", "谊新篇（大使随笔）"]
    assert overrule(texts, ["Y<", "D<", "T>"])[1][0] == "D"


def test_last_words_signed_with_the_reporters_name_end_the_item_above():
    from generator.segment.tagger import overrule
    texts = ["简讯", "", "◆於之莹成功卫冕 第二届扇兴杯世界围棋女子", "最强战决赛24日在日本棋院东京本院开赛。最",
             "终，於之莹以3.5", "", "目胜。（记者 常敏华）", "", "　　本报讯 全省春季植树活动近日启动。"]
    out = overrule(texts, ["F", None, "B", "I", "I", None, "T~", None, "I"])
    assert out[6] == "I"
    assert out[8] == "B"          # the dispatch after a signed item opens the next


def test_a_laws_clause_is_text_of_the_law_not_a_headline():
    from generator.segment.tagger import overrule
    texts = ["　　中华人民共和国主席  习近平", "　　2018年12月29日", "　　第一条\xa0\xa0在中华人民共和国境内",
             "购置汽车的单位和个人，为车辆购置税的纳税人。", "　　第二条  本法所称购置，是指以购买、进口",
             "方式取得并自用应税车辆的行为。"]
    out = overrule(texts, ["H", "D<", "H", "I", "I", "I"])
    assert out[2] == "I"


def test_a_headline_on_two_lines_after_a_closing_credit_heads_the_next_article():
    from generator.segment.tagger import after_closing
    texts = ["　　越来越多的院落与公众“见面”。", "　　本版制图：郭  祥", "让职业教育真正“扬", "眉吐气”（新语）", "",
             "　　职业教育发展得好，能提供更多样", "化的成长成才路径。"]
    out = after_closing(texts, ["I", "Y<", "H", "H", None, "I", "I"])
    assert out[2:4] == ["T>", "T>"] and out[5] == "B"


def test_a_headline_and_its_byline_after_a_closing_credit_head_the_next_article():
    from generator.segment.tagger import after_closing
    # No blank line on the page: the credit closes one story, two headline lines and a
    # byline (which an earlier pass read as a byline over a body) open the next.
    texts = ["以农旅融合促进乡村振兴。", "版式设计：张丹峰", "稻香村：在传承中创新", "推动中式糕点复兴", "本报记者 李 娜",
             "稻香村始创于1773年，至今已持续经营", "246年，是历史悠久的企业之一。"]
    out = after_closing(texts, ["I", "Y<", "H", "H", "Y>", "I", "I"])
    assert out[2:6] == ["T>", "T>", "Y>", "B"]
    # Without the closing credit, the same lines are a section inside the story.
    assert after_closing(texts, ["I", "I", "H", "H", "Y>", "I", "I"])[2] == "H"


def test_a_sites_name_over_a_breadcrumb_and_a_headline_is_furniture():
    from generator.segment.tagger import overrule
    texts = ["永安市政府门户网站", "位置：网站首页 / 新闻中心 / 本地新闻", "县里召开春耕生产会议", "2019-10-25 17:56 来源: 永安市政府门户网站",
             "", "　　本报讯 县里昨天召开春耕生产会议，部署全年农业生产任务。"]
    out = overrule(texts, ["K>", "F", "T>", "D>", None, "B"])
    assert out[0] == "F" and out[2] == "T>"
    # Under the site's menu, which the model read as a kicker: both are furniture.
    out = overrule(["首页 新闻 县域 民生 专题 视频"] + texts, ["K>", "T>", "F", "T>", "D>", None, "B"])
    assert out[:2] == ["F", "F"] and out[3] == "T>"


def test_a_headline_over_the_pages_first_body_points_at_it():
    from generator.segment.tagger import nothing_above
    texts = ["县里召开春耕生产会议", "2019-10-25 17:56", "", "　　本报讯 县里昨天召开春耕生产会议。", "", "下一条新闻的标题"]
    assert nothing_above(texts, ["T<", "D<", None, "B", None, "T<"]) == ["T>", "D>", None, "B", None, "T<"]


def test_points_under_a_headline_before_the_byline_are_the_articles_lead():
    from generator.segment.tagger import lead_points
    texts = ["县里治理智能电视“套路”", "● 智能电视机虽然增加了观看节目的可选择范围，但在使用过程中存在不少问题",
             "● 网络电视付费收看的情况十分普遍，会员开通的费用等问题，商家应当作出明确的提示",
             "□ 本报记者 张守坤", "“看个电视怎么这么麻烦！”", "今年春节期间，家住县城的老张买了一台智能电视机。"]
    out = lead_points(texts, ["T>", "Y>", "B", "Y>", "I", "I"])
    assert out == ["T>", "B", "I", "H", "I", "I"]          # one article: no head group opens at the byline
    # One point alone is not a lead of points.
    assert lead_points(texts[:1] + texts[2:], ["T>", "B", "Y>", "I", "I"])[2] == "Y>"


def test_a_scene_caption_between_paragraphs_stays_inside_the_report():
    from generator.segment.tagger import overrule
    texts = ["记者 余艳华", "1月6日,县委全体(扩大)会议隆重召开。县政协副主席参加第六组讨论。", "", "讨论会现场",
             "与会人员讨论了全委会工作报告以及会议公报(草案)讨论稿,并结合自身工作实际进行了深入分析讨论。",
             "与会人员认为,报告求真务实,符合我县经济社会发展实际,为下一步工作指明了方向。"]
    model = ["Y>", "B", None, "T>", "B", "I"]        # what the model said of them
    assert overrule(texts, model)[3:5] == ["H", "I"]
    # A headline that ends on 现场, after a report signed off, heads the next one.
    texts = texts[:2] + ["会议要求各乡镇抓好落实。(王云贵)", "", "直击春耕现场"] + texts[4:]
    assert overrule(texts, ["Y>", "B", "I", None, "T>", "B", "I"])[4:6] == ["T>", "B"]


def test_under_an_article_pages_tool_bar_the_sites_boxes_are_furniture():
    from generator.segment.tagger import overrule
    texts = ["某县昨日发生多起山火，仅某镇就发生5起，山火曾一度逼近镇政府大楼，幸好最终都被扑灭。",
             "大火反反复复烧了三次才被扑灭。记者陈斌", "", " 【评论】【推荐】【 】【打印】【下载】【关闭", "",
             "新 闻 查 询", "关键词", "", "彩 信 专 题", "双响炮", "诠释爱情经典漫画", "更多专题   更多彩信"]
    model = ["B", "I", None, "H", None, "F", "F", None, "T>", "Y>", "B", "F"]     # what the model said of them
    assert overrule(texts, model)[3:] == ["F", None, "F", "F", None, "F", "F", "F", "F"]
    # A report that goes on under the bar (a listing of articles) keeps its lines.
    texts[10] = "本报讯 某县昨日召开春耕生产会议，部署当前农业生产各项工作，要求各乡镇抓好落实，确保不误农时。"
    assert overrule(texts, model)[10] == "B"


def test_a_headline_after_a_dispatchs_sign_off_heads_the_next_story_not_a_section():
    from generator.segment.tagger import after_closing
    texts = ["英国越早结束“脱欧”的不确定期，就能越早迎来经济复苏。", "", "（本报伦敦10月8日电）", "",
             "中国元素闪耀萨洛尼卡国际博览会", "", "一年一度的萨洛尼卡国际博览会不久前闭幕。"]
    model = ["I", None, "H", None, "H", None, "I"]          # what the model said of them
    assert after_closing(texts, model)[4:] == ["T>", None, "B"]
    # A subhead under a paragraph that signs nothing off stays a subhead.
    texts[2] = "分析人士认为，前景仍不明朗。"
    assert after_closing(texts, ["I", None, "I", None, "H", None, "I"])[4] == "H"


def test_a_records_catalogue_fields_are_furniture_and_its_bare_label_opens_the_text():
    from generator.segment.tagger import label_runs
    texts = ["某县1958年大事记", "", "知识类型: 析出资源", "查看原文", "内容出处: 《某县志》 图书", "唯一号: 150520020210001883",
             "分类号: K205", "页数: 2", "页码: 22-23", "摘要: 本段记述了某县1958年所发生的历史大事。", "关键词: 史料 某县 历史事件",
             "", "内容", "", "1月中共某县委召开三级干部会议，帮助县委和县直各部门整风。", "  5月1日中共某县委机关报创刊。"]
    model = ["T>", None, "T>", "F", "T>", "S>", "S>", "S>", "B", "I", "H", None, "H", None, "I", "I"]   # the model's reading
    out = label_runs(texts, model)
    assert out[2:11] == ["F"] * 9 and out[12] == "F" and out[14:] == ["B", "I"]
    # A web page's few labels over its body (来源：… 作者：…) are no catalogue.
    texts = ["某县召开春耕生产会议", "来源：县政府办", "作者：张三", "近日，县里召开春耕生产会议，部署全年粮食生产。"]
    assert label_runs(texts, ["T>", "D>", "Y>", "B"]) == ["T>", "D>", "Y>", "B"]


def test_a_records_first_line_heads_it_though_the_model_read_a_field_as_a_headline():
    from helpers import parse_text
    page = "\n".join(["蓬莱县1958年大事记", "", "知识类型: 析出资源", "查看原文", "内容出处: 《蓬莱县志》 图书",
                      "唯一号: 150520020210001883", "颗粒名称: 蓬莱县1958年大事记", "分类号: K205", "页数: 2", "页码: 22-23",
                      "摘要: 本段记述了山东省蓬莱县1958年所发生的历史大事。", "关键词: 史料 蓬莱县 历史事件", "", "内容", "",
                      "1月中共蓬莱县委召开1917人参加的县、乡、村三级干部会议,采用大鸣大放大辩论形式,帮助县委和县直各部门整风。",
                      "  5月1日中共蓬莱县委机关报《蓬莱县报》创刊,1961年12月31日停刊。"])
    assert [a.title for a in parse_text(page, date="") if a.kind != "residue"] == ["蓬莱县1958年大事记"]


def test_a_short_line_under_a_headline_that_a_word_runs_into_is_its_last_line_not_a_byline():
    from generator.segment.tagger import overrule
    texts = ["的中药治疗等课题的专题讲座。", "美国中医药大", "会助推中医国", "际影响力", "", "本报讯 不久前，某某镇尝试在"]
    assert overrule(texts, ["I", "T<", "T<", "Y<", None, "B"])[3] == "T<"        # 中医国 / 际影响力
    # names under a headline stay its byline
    texts[3] = "谢某然 蒋某静"
    assert overrule(texts, ["I", "T<", "T<", "Y<", None, "B"])[3] == "Y<"


def test_a_note_on_the_author_under_a_letter_s_signature_is_its_credit():
    # A letter signed by its writer, then the note on who the writer is: the model read
    # both as headlines of the article below (a headline it then never placed).
    from generator.segment.tagger import overrule
    texts = ["　　能为这份友谊增添光彩，爸爸感到", "很荣耀。祝新春快乐、学习进步！", "", "张陈明", "",
             "（作者为援外医疗队眼科医生）", "", "为中非友谊添光彩（", "寄给祖国的家书）", "",
             "本报太原2月9日电  （记者胡健）近日，在", "太原市汽车客运西站候车大厅，"]
    model = ["I", "I", None, "T<", None, "T<", None, "T<", "T<", None, "B", "I"]
    out = overrule(texts, model)
    assert out[5] == "Y<"
    assert out[7:9] == ["T<", "T<"]


def test_a_photo_credit_alone_between_blank_lines_in_a_wrapped_column_closes_the_caption_above():
    # 李小明摄（影像中国）: a credit with its source in brackets, standing apart; never a
    # headline to be placed by what it says, and the byline under it stays the next report's.
    from generator.segment.tagger import tag
    texts = ["　　2日，在县城关小学，二年级的", "学生们在新建的图书室里阅读。近", "年来，全县农村学校的硬件设施正",
             "在得到改善。", "", "　　李小明摄（影像中国）", "",
             "记者 王建国 通讯员 赵红", "　　在智能时代扮演好新的角色，县", "图书馆必须顺应潮流，转型升级为",
             "数字化的服务平台，匹配读者的", "新需求。这是图书馆发展的方向。",
             "　　近年来，县图书馆开通了线上借阅", "服务，读者足不出户就能借到图书。", ""]
    labels = tag(texts)
    assert labels[5] == "Y<"
    assert labels[7] == "Y>" and labels[8] == "B"


def test_short_lines_closing_a_body_with_a_headline_next_are_that_body_s_headline():
    # A headline printed under its body with no blank line between them: the model read
    # it as two subheads, but no section follows them, only the next article's headline.
    from generator.segment.tagger import heads_closing_blocks
    from helpers import wrap
    game = wrap("据新华社北京2月14日电（记者林某某）经历15场连败的北控队14日在主场打出了一场翻身仗，"
                "在一度落后对手18分的情况下，凭借第四节的出色发挥，以104∶102险胜北京队。", 16).split("\n")
    race = wrap("本报讯（通讯员吴某某）北京时间14日凌晨，中国选手苏炳添在室内田径大奖赛中以6秒52的"
                "成绩夺得男子60米项目的冠军，迎来了2019赛季的开门红。", 16).split("\n")
    texts = game + ["北控队的下一个对手将是天津队。", "中职篮常规赛", "北控队打出一场翻身仗", "",
                    "爱尔兰田径赛男子60米", "苏炳添夺得冠军", ""] + race
    n = len(game)
    model = ["B"] + ["I"] * n + ["H", "H", None, "T>", "T>", None, "B"] + ["I"] * (len(race) - 1)
    out = heads_closing_blocks(texts, model)
    assert out[n + 1:n + 3] == ["T<", "T<"] and out[n + 4:n + 6] == ["T>", "T>"]
    # With the body going on under them, they are subheads of it.
    going_on = texts[:n + 3] + race
    assert heads_closing_blocks(going_on, model[:n + 3] + ["I"] * len(race))[n + 1:n + 3] == ["H", "H"]
    # Who drew the cartoon and wrote its verse, in the same place, are credits closing the body.
    credited = texts[:n + 1] + ["徐 某图（新华社发）", "苏 某文"] + texts[n + 3:]
    assert heads_closing_blocks(credited, model)[n + 1:n + 3] == ["Y<", "Y<"]


def test_on_a_page_of_one_paragraph_a_line_the_lines_over_an_opening_box_are_its_headline():
    # 核心阅读 opens a feature's body; the two lines straight over it, neither ending a
    # sentence, are its kicker and title, not the last paragraphs of the commentary above.
    from generator.segment.tagger import box_openings
    texts = ["文化供给升级不会一蹴而就，需要持续发力。取得的进步，可喜，但不能止步，要让优秀传统文化在现实生活中"
             "焕发新的光彩，让更多群众享受到更加丰富的文化生活。",
             "近些年火热的文化类节目也在创新升级，刚刚结束的第四季《中国诗词大会》在赛制、舞美等方面都有新意。",
             "去年走红的文化综艺节目今年也有新的变化，节目组把镜头对准了普通人，让更多普通人走上舞台，讲述自己"
             "和文化的故事，收视率节节攀升，网络上的讨论也十分热烈，不少年轻观众因此爱上了传统文化。", "",
             "国内票房突破40亿元，观影人次超过8500万", "《流浪地球》，爆款如何打造", "核心阅读",
             "《流浪地球》不仅是中国科幻电影的里程碑，更是中国电影由高原向高峰迈进的一次成功的艺术实践。",
             "2月20日，由国家电影局主办的《流浪地球》研讨会在京举行，专家们一致认为影片的成功是主流价值与"
             "工业水准的结合，值得总结。"]
    model = ["B", "I", "I", None, "I", "H", "B", "I", "I"]
    out = box_openings(texts, model)
    assert out[4:7] == ["K>", "T>", "B"]
    # Over a finished paragraph, the box opens the body after the body above: nothing changes.
    finished = texts[:4] + ["票房突破40亿元，观影人次超过8500万。"] + texts[6:]
    assert box_openings(finished, ["B", "I", "I", None, "I", "B", "I", "I"])[4:6] == ["I", "B"]


def test_lines_closed_by_a_column_name_over_a_dispatch_are_a_headline_standing_apart():
    # A page that prints its headlines after their bodies, with no blank line between a
    # headline and the next report's dispatch: the model read the headline as body.
    from generator.segment.tagger import tagged_heads_over_dispatch
    from helpers import wrap
    food = wrap("民以食为天。一碗饭，记录着百姓生活的日益改善，也记录着时代前进的巨大变迁。从吃得饱到"
                "追求吃得好，我们每一个人都真切感受着70年来舌尖上的变化。", 17).split("\n")
    town = wrap("本报讯（通讯员魏某记者李某）神通广大的“哪吒”，在乌镇街头再显神功：会自动按喇叭，"
                "会避让车辆，到人行道前还会停车让人。", 17).split("\n")
    head = ["70年来，城乡居民人均粮食消费量明", "显下降，肉蛋奶等食品消费量显著增加", "端稳饭碗", "品味变迁（大数据观察·辉煌70年）"]
    texts = food + ["", "（靖某参与采写）", ""] + head + town
    n = len(food) + 3
    model = ["B"] + ["I"] * (len(food) - 1) + [None, "H", None] + ["I"] * 4 + ["B"] + ["I"] * (len(town) - 1)
    out = tagged_heads_over_dispatch(texts, model)
    assert out[n:n + 4] == ["T~"] * 4 and out[n + 4] == "B"
    # Without the column's name the lines stay as the model read them.
    plain = texts[:n + 3] + ["品味变迁"] + town
    assert tagged_heads_over_dispatch(plain, model)[n:n + 4] == ["I"] * 4
    # Nor where the brackets hold the writer closing the report above (…停止干涉中国内政。（记者 武某某）).
    signed = texts[:n + 2] + ["关决定，停止干涉中国内政。（记者 武某某）"] + town
    assert tagged_heads_over_dispatch(signed, model[:n + 3] + model[n + 4:])[n:n + 3] == ["I"] * 3


def test_a_record_that_labels_its_stamp_but_not_its_headline_is_headed_by_the_line_over_the_stamp():
    from generator.segment.tagger import tag
    body = "据新华社北京2月20日电（记者某某）首都各界人士今天上午欢聚一堂，举行春节团拜会。"
    texts = ["目录", "", "某报>19850221", "", "天时人事日相催，珍惜时光搞四化-首都各界举行春节团拜会 某某主持", "",
             "作者:某某/某某某", "版面:头版", "", body, "大年初一早晨，首都雪后放晴。"]
    out = tag(texts)
    assert out[0] == "F" and out[4] == "T>" and out[9] == "B"
    # A body's last paragraph over a stamp printed again under it is no headline (…。责任编辑：某某 / 日期：…).
    closing = ["某地开展义务植树活动", "日期：2019-10-07 来源：某市人民政府", "", body, "",
               "全县共栽植苗木三万余株。责任编辑：某某", "日期：2019-10-07 来源：某市人民政府"]
    assert tag(closing)[5] != "T>"


def test_a_front_page_s_masthead_and_index_of_inner_pages_are_furniture():
    from generator.segment.tagger import masthead
    texts = ["湖 南 城 市 广 播 电 视 报", "", "3版", "", "某市签约项目12个", "", "7版", "",
             "某中院公布五起典型案例", "", "汇聚青春正能量 无偿献血传爱心", "6月4日，某市爱心送考活动启动仪式举行。"]
    model = ["T>", None, "F", None, "H", None, "F", None, "H", None, "T>", "B"]
    out = masthead(texts, model)
    assert out[0] == "F" and out[4] == "F" and out[8] == "F" and out[10:] == ["T>", "B"]
    # One page number alone is a page's own header: the headline under it stays.
    assert masthead(texts[6:], model[6:])[2] == "H"
    # The paper's name as the masthead prints it, over the first article, is no headline either.
    named = ["娄底广播电视", ""] + texts[10:]
    assert masthead(named, ["T~", None, "T>", "B"]) == ["F", None, "T>", "B"]


def test_an_old_paper_s_subtitle_over_its_bracketed_dateline_is_no_body():
    from generator.segment.tagger import tag
    texts = ["第1版()", "专栏:", "", "执行和平协议", "人民解放军进抵某城", "各族人民列队欢迎",
             "【新华社重庆十四日电】某城讯：先遣部队已于本月九日进抵某城，受到当地各族人民约三万人的热烈欢迎。"]
    out = tag(texts)
    assert out[6] == "B" and out[5][0] in "TS"


def test_a_column_s_first_short_item_is_no_page_headline():
    from generator.segment.tagger import page_opening_head
    texts = ["动态", "", "● 七十年来，某国的发展为地区繁荣提供了机遇（王某 孟某）", "",
             "● 当地时间10月22日，某国领导人在首都会见到访的外长。"]
    model = ["F", None, "B", None, "B"]
    assert page_opening_head(texts, model)[2] == "B"
    # …while a web page's headline the model read as body heads the text below.
    web = ["当前位置:首页 > 热点", "", "某报采访团来滁蹲点调研", "", "滁州网讯 7月22日起，某报采访团抵达天长市。"]
    assert page_opening_head(web, model)[2] == "T>"
    # …also where the model read both as going on from nothing, on a page of one paragraph a line.
    long = ["滁州网讯 7月22日起，某报采访团抵达天长市永丰镇三元村，启动蹲点调研。" + "采访团深入探访当地的做法。" * n
            for n in (1, 3, 5, 8, 12)]
    page = web[:4] + [x for p in long for x in (p, "")]
    labels = ["F", None, "I", None] + [x for _ in long for x in ("I", None)]
    assert page_opening_head(page, labels)[2:5] == ["T>", None, "B"]


def test_an_old_paper_s_quotation_box_is_furniture_not_the_headline_of_the_article_below():
    from generator.segment.tagger import tag
    texts = ["第1版()", "专栏:", "", "毛主席语录", "农业学大寨", "全心全意地为人民服务", "", "", "第1版()", "专栏:", "",
             "大地生辉", "历史上以穷山恶水著称的某县，如今已一跃成为大寨式的先进县。",
             "记者最近去某县访问，展现在面前的是一幅崭新的图画。"]
    out = tag(texts)
    assert out[3:6] == ["F", "F", "F"]
    assert out[11][0] == "T" and out[12] == "B" and out[13] == "I"


def test_a_finished_sentence_that_prints_no_date_is_no_date_line():
    from generator.segment.tagger import overrule
    texts = ["大地生辉", "历史上以穷山恶水著称的某县，如今已一跃成为大寨式的先进县。", "记者最近去某县访问，展现在面前的是一幅崭新的图画。"]
    assert overrule(texts, ["T>", "D>", "B"])[1:] == ["B", "I"]
    # A date line stays one; so does a digest's lead over the report's dateline (the model's call).
    assert overrule(["大地生辉", "1975年10月27日", "记者最近去某县访问。"], ["T>", "D>", "B"])[1] == "D>"
    lead = ["推动乡村振兴一年一个新进展", "“今年一号文件释放了明确的信号，就是稳面积、稳产量。”",
            "本报北京2月20日电（记者某某）今年是中央一号文件连续第十六年聚焦三农。"]
    assert overrule(lead, ["T>", "D>", "B"])[1] == "D>"


def test_a_sentence_followed_by_a_site_s_anti_copying_junk_is_text_not_furniture():
    from generator.segment.tagger import tag
    texts = ["5月6日，某市广播电视台牵头的十一县市民生新闻联盟正式成立，新栏目同日开播。 <b_?[%(u",
             "CtE <9?",
             "某某代表市四大班子对联盟的成立和栏目的开播表示祝贺，希望栏目办出特色。",
             "J7p?9",
             "某市广播电视台台长某某在开播仪式上讲话，介绍了栏目的定位。 X][=(l!;w7",
             "fF.sT7Az+"]
    out = tag(texts)
    assert out[1] == out[3] == out[5] == "F"
    assert out[4] in ("I", "B") and out[0] == "B"


def test_a_flush_short_line_over_an_indented_one_is_its_headline():
    from generator.segment.tagger import head_over_indent
    texts = ["第8版()", "专栏:", "", "棉花盖棉被", " 某某 诗并画深耕厚肥保丰产，复被张灯却风寒；日夜滋长无休时。", "(附图片)"]
    assert head_over_indent(texts, ["F", "F", None, "B", "I", "H"])[3:5] == ["T>", "B"]
    # On a page that indents every paragraph, the line indented too, an indent tells nothing.
    boxed = ["　　核心阅读", "　　第五十五届某某安全会议以“倡导国际合作”为主题。"]
    assert head_over_indent(boxed, ["B", "I"]) == ["B", "I"]
    # …nor under a line that ends a clause, however short.
    assert head_over_indent(["他说：", " 今年的收成比去年好得多。"], ["B", "I"]) == ["B", "I"]


def test_a_column_under_its_letter_spaced_name_opens_an_item_at_every_mark():
    from generator.segment.tagger import tag
    texts = ["要 闻", "HIGHLIGHTS",
             "▧8月5日，某县召开重大项目百日攻坚大会战部署会，推动重大项目有序推进。",
             "▧某某铁路（某县段）基本达到铺轨条件，两条铁路被纳入国家规划。",
             "▧8月10日，某县籍运动员出战个人赛，晋级16强。",
             "大 事", "HIGHLIGHTS",
             "▧8月4日，某县组织部分人大代表视察交通基础设施重大项目建设情况。",
             "▧8月6日，单身青年见面会圆满成功。"]
    out = tag(texts)
    assert out[0] == out[5] == "F"
    assert [out[i] for i in (2, 3, 4, 7, 8)] == ["B"] * 5


def test_a_column_cut_out_without_its_name_opens_an_item_at_every_mark():
    from generator.segment.lines import profile
    texts = ["◆5日上午，某镇召开农业支持保护补贴工作会议，部署补贴工作。副镇长某某主持会议。",
             "◆12日上午，某镇召开应急广播体系建设推进会，各村负责人参加会议。",
             "◆7月4日，某镇暑期校外教育中心辅导站正式开班。 葛金荣 张兴宏",
             "◆近日，某镇总工会、团委、妇联联合举办演讲比赛，11位选手讲述了自己的故事。"]
    assert profile(texts).column
    assert tag(texts) == ["B", "B", "B", "B"]
    # A report's marked points under its headline, its text after them, are no column.
    report = ["某镇召开农业会议", "■部署农业支持保护补贴工作。", "■部署应急广播体系建设。", "■部署暑期校外辅导。",
              "本报讯 5日上午，某镇召开会议。", "会议要求各村抓好落实。"]
    assert not profile(report).column


def test_a_subhead_over_text_signed_off_as_a_dispatch_heads_the_next_report():
    from generator.segment.tagger import second_dispatch
    texts = ["某某出席安全会议并发表主旨演讲", "", "本报慕尼黑2月16日电 （记者某某）当地时间2月16日，某某出席会议。", "",
             "某某表示，当前，国际形势加速深刻演变。", "", "中美青年共庆新春", "",
             "2月16日，中国驻美国大使馆年味正浓，约500名中美青年在此欢聚。", "", "（本报华盛顿2月17日电）"]
    model = ["T>", None, "B", None, "I", None, "H", None, "I", None, "H"]
    assert second_dispatch(texts, model)[6:9] == ["T>", None, "B"]
    # A report that names no place at its start keeps its subhead: its sign-off closes it whole.
    texts[2] = "当地时间2月16日，某某出席会议。"
    assert second_dispatch(texts, model) == model


def test_short_lines_in_a_row_opening_on_the_same_words_are_a_keyword_list_not_a_headline():
    from generator.segment.tagger import keyword_lists
    texts = ["淘球app官方网站", "淘球app下载安装", "淘球app店铺", "淘球app官方免费下载正版",
             "今夏高温日持续，上海市民去哪纳凉消暑？社区的各类服务场所成为不少市民的新选择。"]
    assert keyword_lists(texts, ["T>", "T>", "T>", "T>", "B"]) == ["F", "F", "F", "F", "B"]
    # A headline of three lines, a kicker's words repeated or not, is no such list.
    head = ["乡村振兴", "乡村振兴看某县", "乡村振兴的某县样本", "本报讯 某县近年来大力推进乡村振兴。"]
    assert keyword_lists(head, ["K>", "T>", "S>", "B"]) == ["K>", "T>", "S>", "B"]


def test_a_site_s_mark_tagged_onto_the_text_s_sentences_is_furniture_where_it_stands_alone():
    from generator.segment.tagger import watermarks
    texts = ["从本周六开始，某办事处在社区开展系列活动，很多居民赶来领取入场券。 某某图鉴社",
             "昨日上午，居民某某告诉记者，她领了三张入场券。（作者：某某）",
             "某某图鉴社"]
    assert watermarks(texts, ["B", "I", "T<"]) == ["B", "I", "F"]
    # A headline printed after its body is no such mark.
    after = ["从本周六开始，某办事处在社区开展系列活动。", "社区活动受欢迎"]
    assert watermarks(after, ["B", "T<"]) == ["B", "T<"]


def test_a_dateline_on_a_line_of_its_own_opens_the_text_under_it():
    from generator.segment.tagger import bare_datelines
    # the reporters alone on the dateline's line: the box the model opened under it is its text's
    texts = ["  本报讯（通讯员 周某某 记者 钱某）", "核心阅读", "  近年来，县人大常委会通过基层", "立法联系点工作，密切同群众的联系。"]
    assert bare_datelines(texts, ["B", "B", "I", "I"]) == ["B", "I", "I", "I"]
    # a box's name on the dateline's line: the paragraph under it goes on
    texts = ["  本报讯 核心阅读", "  今年的中央一号文件指出，要推进", "村级事务公开。"]
    assert bare_datelines(texts, ["B", "B", "I"]) == ["B", "I", "I"]
    # lines the model read as the head of the article above are the text's first words
    texts = ["  本报北京9月30日电  （何某）", "县报30日要闻4版推出", "评论员文章《初心铸就", "——为庆祝建县70周", "年而作》。", "  文章指出，70年来，"]
    out = bare_datelines(texts, ["B", "K<", "T<", "S<", "B", "I"])
    assert out == ["B", "I", "I", "I", "I", "I"]
    # a dateline with its first sentence is an ordinary opening: the next body is another article's
    texts = ["  本报讯（记者 钱某）近日，县里召开会议。", "  本报讯（记者 孙某）昨日，乡里召开会议。"]
    assert bare_datelines(texts, ["B", "B"]) == ["B", "B"]


def test_a_credit_cut_off_at_the_column_width_ends_on_the_line_under_it():
    from generator.segment.tagger import credit_runs_on
    texts = ["　　云米将不断探索用户场景，让科", "技改变每一个家庭的生活体验。", "　　数据来源：佛山市某某电器科",
             "技有限公司", "", "　　希望每个人都可以对陌生人释", "放善意，哪怕是一句话。"]
    model = ["B", "I", "Y<", "T>", None, "B", "I"]
    assert credit_runs_on(texts, model)[3] == "Y<"
    # a credit that ends inside the column ends there: the short line under it is a headline
    texts[2] = "　　数据来源：某某公司"
    assert credit_runs_on(texts, model)[3] == "T>"


def test_a_label_over_the_photo_captions_is_no_headline():
    from generator.segment.tagger import overrule
    texts = ["  “老人们收到礼物，一个个笑得合不拢嘴。”张某说。", "图片说明：",
             "图①：贵州某县，快递员走在寄件路上。", "黄某海摄", "图②：江苏某县，民警在指挥交通。"]
    out = overrule(texts, ["B", "H", "I", "H", "I"])
    assert out[1] == "H" and out[2] == "I"
    # a photo report's own short headline is one
    texts = ["  “老人们收到礼物，一个个笑得合不拢嘴。”张某说。", "", "图片报道", "  春节前夕，某县民警在指挥交通。"]
    assert overrule(texts, ["B", None, "H", "B"])[2] == "T>"


def test_the_numbered_captions_of_an_articles_photos_stay_in_its_text():
    from generator.segment.tagger import caption_lists
    texts = ["图①：某县，快递员走在寄件路上。", "黄某海摄", "图②：某县，民警在指挥交通。", "本报记者 贺 某摄",
             "图③：某县，护士在认真工作。"]
    assert caption_lists(texts, ["I", "H", "B", "Y<", "I"]) == ["I", "H", "I", "I", "I"]
    # a caption alone after a body's end is what the model says it is
    texts = ["  “其实我也挺有成就感。”张某说。", "图①：某县，快递员走在寄件路上。", "黄某海摄"]
    assert caption_lists(texts, ["I", "B", "Y<"]) == ["I", "B", "Y<"]


def test_a_wrapped_interviewers_question_is_no_credit_field():
    from generator.segment.tagger import overrule
    body = ["  对于办学刚满60年的某某学院来说，如何", "立足传统文化传承创新，坚持特色发展", "之路，推进高水平大学建设？"]
    texts = body + ["记者：请您简单介绍一下游行服装", "的设计过程，以及这项工作带来的影", "响。", "某某某：从去年12月接到任务起，"]
    out = overrule(texts, ["B", "I", "I", "I", "I", "I", "I"])
    assert out[3] == "I"
    # a reporter's name after the label is the credit
    texts = body + ["记者：张某某", "  本报讯 日前，某某学院召开大会，总结", "游行服装设计工作。"]
    assert overrule(texts, ["B", "I", "I", "I", "B", "I"])[3] == "Y>"


def test_a_dispatch_mark_alone_in_a_wrapped_column_closes_the_text_above():
    from generator.segment.tagger import overrule
    texts = ["  重阳节就要到了，我祝你们健康长", "寿、生活幸福！", "", "某某某", "", "2019年10月6日", "",
             "（新华社北京10月7日电）", "", "  新华社北京10月7日电  在重阳节来"]
    out = overrule(texts, ["B", "I", None, "H", None, "H", None, "T>", None, "B"])
    assert out[7] == "Y<"
    # …read as a subhead, it closes the text as well, and never heads the dispatch under it
    out = overrule(texts, ["B", "I", None, "H", None, "H", None, "H", None, "B"])
    assert out[7] == "Y<"
    # (but over a headline it stays as read: that headline may be the closed text's, printed after it)
    texts[9:] = ["“感谢中国朋友", "的无私帮助”"]
    assert overrule(texts, ["B", "I", None, "H", None, "H", None, "H", None, "T<", "T<"])[7] != "Y<"


def test_a_full_line_broken_at_a_comma_that_runs_into_a_sentence_is_body():
    from generator.segment.tagger import paragraph_run_on
    texts = ["  一年来，某市上下奋勇拼搏，今年上", "半年各项主要经济指标均创同期最", "好水平。", "",
             "进入新时代，“撸起袖子加油干”", "成为最响亮的动员令。“总书记的", "话语铿锵有力，激励着我们接续奋斗。”"]
    out = paragraph_run_on(texts, ["B", "I", "I", None, "K<", "B", "I"])
    assert out[4:6] == ["I", "I"]
    # a headline printed after its body, apart from the next text, stays one
    texts[4:7] = ["看护公共利益，凝聚治理合力推进", "", "  本报讯 近日，某市检察院召开会议。"]
    assert paragraph_run_on(texts, ["B", "I", "I", None, "T<", None, "B"])[4] == "T<"


def test_a_short_line_whose_words_are_the_body_above_heads_it_where_headlines_stand_after():
    from generator.segment.tagger import heads_by_words
    texts = ["  某县新春灯会昨晚开幕，吸引市民游客。", "", "某县新春灯会开幕（文化）", "",
             "  据气象台预报，12日至13日，华北黄淮等", "地将有一次降雪过程，部分地区有中到大", "雪。公众出行需注意路面积雪和结冰。", "",
             "  华北黄淮等地将有降雪", "",
             "  您知道长江刀鱼吗？这种平时生活在海里", "的鱼，每年春天洄游到长江产卵。"]
    model = ["I", None, "T<", None, "B", "I", "I", None, "H", None, "I", "I"]
    out = heads_by_words(texts, model)
    assert out[8] == "T<" and out[10] == "B"
    # a subhead that names what its section goes on to say stays one
    texts[8] = "  长江刀鱼洄游产卵"
    assert heads_by_words(texts, model)[8] == "H"


BODY = ["  某县把秸秆变成了饲料和燃料，农民增", "收，环境也变好了。一年来，全县秸秆", "综合利用率达到了九成以上。", ""]


def test_a_subtitle_cut_at_the_column_width_ends_on_the_line_under_it():
    from generator.segment.tagger import overrule
    texts = BODY + ["牢记初心使命", "创造历史伟业", "——某某县委书记在庆祝建县七十周", "年大会上的重要讲话在干部中引起热", "烈反响",
                    "本报记者 顾 某", "  初心铸就伟业，使命引领征程。某某", "1日在庆祝建县70周年大会上讲话。"]
    out = overrule(texts, ["B", "I", "I", None, "T~", "T~", "S~", "S~", "B", "I", "I", "I"])
    assert out[8] == "S~"


def test_a_column_tag_opened_on_a_headline_line_closes_on_the_next():
    from generator.segment.tagger import overrule
    texts = BODY + ["全国人大代表陈某某——", "为保障职工权益找办法（新春", "走基层·代表委员履职故事）",
                    "  再次见到全国人大代表陈某某，是在", "省人民代表大会的会场。"]
    out = overrule(texts, ["B", "I", "I", None, "K>", "T>", "B", "I", "I"])
    assert out[6] == "T>"


def test_place_names_cut_at_the_width_between_headline_lines_are_no_byline():
    from generator.segment.tagger import overrule
    texts = BODY + ["就建交70周年", "某某同保加", "利亚、罗马尼", "亚、捷克、斯", "洛伐克领导人", "互致贺电"]
    out = overrule(texts, ["B", "I", "I", None, "K<", "K<", "K<", "K<", "T<", "T<"])
    assert out[6] == "K<"


def test_short_lines_closing_the_page_under_a_body_with_a_column_tag_are_its_headline():
    from generator.segment.tagger import closing_tagged_head
    texts = ["  “船锚是不怕埋没自己的。”军运会中还有许多", "并不广为人知的故事。他们，用汗水筑牢了军",
             "运会的地基；他们，用奉献展现了军人风采！", "“以最好的姿态迎", "接军运会”（第七", "届世界军人运动会", "特别报道）"]
    assert closing_tagged_head(texts, ["B", "I", "I", "H", "H", "H", "H"])[3:] == ["T<"] * 4
    # where the text goes on or came from, or who signs it, is no headline
    for tail in (["（下转04版）"], ["（据新华社电）"], ["某某某摄（贺某某 周某）"]):
        labels = ["B", "I", "I"] + ["H"] * len(tail)
        assert closing_tagged_head(texts[:3] + tail, labels) == labels


def test_a_line_over_a_column_tag_read_as_a_headline_is_that_headline():
    from generator.segment.tagger import overrule
    texts = BODY + ["返乡创业有干头！", "（经济聚焦·回", "乡看变化⑥）", "", "　　核心阅读", "",
                    "　　湖南省某县地处洞庭湖平原，受交通", "和市场等要素制约，工业基础薄弱。"]
    out = overrule(texts, ["B", "I", "I", None, "I", "T<", "T<", None, "B", None, "I", "I"])
    assert out[4] == "T<"
    # a sentence over it is the text's
    texts[4] = "返乡创业有干头，乡亲们说。"
    assert overrule(texts, ["B", "I", "I", None, "I", "T<", "T<", None, "B", None, "I", "I"])[4] == "I"


def test_a_headlines_last_word_run_into_its_columns_tag_stays_in_the_headline():
    from generator.segment.tagger import overrule
    texts = ["　　他的事迹在家乡代代相传，激励着后来人。", "", "姚某：为民族独立与解放建立不朽功", "勋（为了民族复兴·英雄烈士谱）", "",
             "　　据新华社电（记者某某）在某某县，有一所以他名字命名的学校。"]
    out = overrule(texts, ["I", None, "T<", "Y<", None, "B"])
    assert out[3] == "T<"                  # (勋 ends 功勋: no credit's line)


def test_a_short_line_under_a_headline_set_after_its_text_ends_it_and_the_next_text_opens_under_it():
    from generator.segment.tagger import overrule
    body = ["　　双方表示，愿同沙方一道推动两国关系", "不断向前发展。会谈后，双方共同见证了", "产能、能源、金融等领域合作文件的签署。"]
    texts = body * 3 + ["", "某某会见某国王储穆罕默", "德并共同主持中某高级别", "联合委员会第三次会议",
                        "重开长街宴，只为让大家庭重新聚在一起；", "四处奔走联络，只为召集远方的游子回家。"]
    labels = ["I"] * 9 + [None, "K<", "T<", "B", "I", "I"]
    out = overrule(texts, labels)
    assert out[12] == "T<" and out[13] == "B"
    # Under a headline over its text, the same pair is a story's subhead and its section: left alone.
    labels = ["I"] * 9 + [None, "T>", "T>", "B", "I", "I"]
    assert overrule(texts, labels)[12:14] != ["T>", "B"]


def test_a_cartoons_credit_under_its_verse_closes_it():
    from generator.segment.tagger import overrule
    # 这正是： / a verse / 曹  某图  于  某文: the names that drew and wrote it sign the report off,
    # which the model read as a subhead inside it.
    texts = ["　　近期，某市推出首批“迷你版”阅读空间，集中投放到居民小区。", "", "这正是：", "图书奇幻漂流，",
             "书香飘进万家。", "", "　　曹\u00a0\u00a0某图\u00a0\u00a0于\u00a0\u00a0某文", "",
             "　　乡村振兴，关键要发展乡村生产力。某区立足资源禀赋，做强特色产业。"]
    out = overrule(texts, ["B", None, "H", "H", "I", None, "H", None, "I"])
    assert out[6] == "Y<"
    # A line that only happens to hold 图 and 文 in a subhead's words is no credit.
    assert overrule(texts[:6] + ["　　看图 说文"] + texts[7:], ["B", None, "H", "H", "I", None, "H", None, "I"])[6] == "H"


def test_a_body_opened_mid_sentence_in_a_wrapped_column_goes_on_with_that_sentence():
    from generator.segment.tagger import sentence_goes_on
    body = ["本报北京10月9日电（记者王某）国务", "院总理李某9日上午在人民大会堂同", "来华进行正式访问并出席本届", " 2019年中国北京世界园艺",
            "博览会闭幕式的某国总理举行会谈。", "　　双方一致同意，深化各领域合作。"]
    out = sentence_goes_on(body, ["B", "I", "I", "B", "I", "I"])
    assert out[3] == "I"
    # under a finished sentence, or indented as a paragraph is, the model's opening stands
    body[2] = "来华进行正式访问的某国总理。"
    assert sentence_goes_on(body, ["B", "I", "I", "B", "I", "I"])[3] == "B"
    assert sentence_goes_on(body[:3] + ["　　2019年中国北京世界园艺"] + body[4:], ["B", "I", "I", "B", "I", "I"])[3] == "B"


def test_a_headline_under_the_pages_date_header_read_as_a_body_of_one_line_heads_the_dispatch():
    from generator.segment.tagger import page_opening_head

    texts = [" 2019年10月15日 第7版", "", "全县农村公路养护工程今起全面开工", "",
             "本报某某10月14日电  （记者某某）记者14日从县交通运输局获悉，全县农村公路养护工程全面开工。", "",
             "今年全县计划养护农村公路三百公里。"]
    labels = ["D>", None, "B", None, "B", None, "I"]
    assert page_opening_head(texts, labels) == ["D>", None, "T>", None, "B", None, "I"]


def test_a_headline_that_carries_its_columns_tag_is_the_title_not_a_kicker_over_a_short_first_line():
    texts = ["县里召开会议。", "", "光伏产业方兴未艾（一线视角）", "", "一种能源一旦进了千家万户，就必将迎来大发展",
             "", "县里的光伏电站去年发电一亿千瓦时，带动三百户村民增收，今年还将在东部两个乡镇新建两座电站，预计年底并网发电。"]
    labels = ["I", None, "T>", None, "B", None, "I"]
    assert title_under_kicker(texts, list(labels)) == labels
    texts[2] = "光伏产业方兴未艾"          # (without the tag, the short line under it is the title)
    assert title_under_kicker(texts, list(labels)) == ["I", None, "K>", None, "T>", None, "B"]


def test_a_wrapped_lead_point_the_model_read_as_a_headline_goes_on_with_the_report():
    from generator.segment.tagger import overrule
    # A wrapped column (width 20): two marked points under the headline and byline, the
    # second over three lines, which the model read as a kicker and headline over the text.
    texts = ["将中医针灸传向世界", "记者 某某某 通讯员 某某某", "",
             "■某某学院第二任院长摸索出一套适合西方学", "员的教学方式，打开了中医在当地的知名度", "",
             "■如今，某某学院遍布德国、奥地利、瑞士、", "法国等二十五个国家，培养了六万多名学员，", "让更多人对中医产生了兴趣",
             "位于德国下萨克森州的一个小村，是某某学院", "的总部。上世纪50年代，学院创始人从中医",
             "针灸按摩中获得灵感，创造了融合针灸、按摩", "的经络按摩方法，并把它带到了世界各地。"]
    model = ["T>", "Y>", None, "B", "I", None, "K>", "K>", "T>", "B", "I", "I", "I"]
    out = overrule(texts, model)
    assert out[6:10] == ["I", "I", "I", "I"]


def test_a_dash_alone_under_a_subhead_like_line_is_no_subtitle():
    from generator.segment.tagger import overrule
    # …写道 / —— / “…: the text runs on into the letter it quotes; no headline and subtitle.
    texts = ["虽是孤军作战，后援困难，但师长某某某决心", "誓死抵御到底。", "某某某在给夫人的信中写道", "——",
             "“余此次奉命固守同古，因上面大计未定，后方", "联络过远，敌人行动又快，现在孤军奋斗。”"]
    out = overrule(texts, ["I", "I", "H", "I", "I", "I"])
    assert out[2][0] not in "KT" and out[3][0] != "S" and out[4] != "B"


def test_a_block_opened_by_unpunctuated_lines_over_a_dateline_is_a_headline_and_its_report():
    from generator.segment.tagger import overrule
    # A wrapped column (width 14): a finished body, a blank line, then a headline of two lines
    # and the dispatch under it in one block, all of which the model read as body.
    above = ["“力争用5年左右时间，把虚拟现实", "产业打造成过千亿级高新技术产业。", "”某某省副省长某某某表示。"]
    block = ["某某县机关二〇二〇年度公务员", "招考今起报名", "本报某某10月14日电（记者某某）", "记者14日从某某县人事局获悉：",
             "县机关2020年度公务员招考报名", "工作今起开始。"]
    texts = above + [""] + block
    out = overrule(texts, ["I", "I", "I", None, "I", "I", "I", "I", "I", "I"])
    assert out[4:7] == ["T>", "T>", "B"] and out[7] == "I"


def test_a_columns_items_each_signed_by_their_writers_stay_items_the_model_opened():
    from generator.segment.tagger import overrule
    texts = ["本版导读", "三秦短波",
             "△湖北省襄樊市东风拖拉机厂生产的“丰收”牌小型拖拉机将投入宝鸡市场。该机适应山区坡地耕作。 (王平)",
             "△职工代表大会制度已在我省企业全面推行。截至目前,已有延安、渭南等地市的企业建立了这一制度。 (李明)",
             "△赵红获全省少年书法比赛一等奖。赵红是咸阳纺织厂职工子弟学校三年级学生。 (张力)"]
    # (the model read the first item as a date line: a signed sentence that prints no date is text)
    # (三秦短波 is the column's name: see the next test)
    assert overrule(texts, ["F", "T>", "D>", "B", "B"]) == ["F", "F", "B", "B", "B"]
    # (points under a report's marked opening, signed by nobody, are that report's)
    points = ["本版导读", "我省三项改革见成效"] + [t.rsplit(" ", 1)[0] for t in texts[2:]]
    assert overrule(points, ["F", "T>", "B", "B", "B"])[3:] == ["I", "I"]


def test_a_columns_own_name_over_its_marked_items_is_furniture_not_the_first_items_headline():
    from generator.segment.tagger import overrule
    items = ["■某某县新建的污水处理厂日前投入运行，日处理能力达两万吨。(某某)",
             "■某某镇今年新修村道四十公里，全镇行政村全部通上硬化路。(某某)"]
    for name in ("江城短波", "经济简讯", "教育快讯"):
        assert overrule([name, *items], ["T>", "B", "B"]) == ["F", "B", "B"]
    # A headline may be worded so; over a report's short sub-head it stays the headline.
    assert overrule(["资讯速递", "□某某 某某", "某市地铁二期工程通车"], ["T>", "Y>", "T>"])[0] == "T>"


def test_in_a_wrapped_column_a_line_over_an_items_dateline_after_a_closed_item_is_its_headline():
    from generator.segment.tagger import overrule
    texts = ["一周要闻", "",
             "本报讯 当“世界风”遇上“中国", "韵”，东西方文明在这里交汇，", "传统与现代碰撞出奇妙的火花", "。跨界与混搭，成了本届某某", "国际非遗节的关键词。（",
             "记者 某某）",
             "创新，让非遗呈现更多元（新语）",
             "本报讯 创新没有标准答案。非", "遗文化的呈现，可以有更当代", "、更多元的表达面向和路径。"]
    labels = [None if not t else "I" for t in texts]
    labels[0], labels[2], labels[9] = "F", "B", "B"
    out = overrule(texts, labels)
    assert out[8] == "T>" and out[9] == "B"
    # (a line signed by its writers closes the item above: 种好自己的“责任田”（某某）)
    texts[8] = "种好自己的“责任田”（王某某）"
    assert overrule(texts, labels)[8] != "T>"


def test_in_a_column_that_sets_marked_headlines_alone_a_marked_line_short_of_the_column_is_one_too():
    from generator.segment.tagger import overrule
    texts = ["综合新闻", "",
             "■ 以科技创新推动发展", "在16日召开的首届某某论坛上，来自", "18个国家和地区的专家学者分享了他", "们的思考。（某某 某某）", "",
             "■ 某某运动会今日开幕", "第七届某某运动会将于18日晚开幕", "，17日上午举行专题新闻发布会，", "本届运动会规模创下历届之最。", "",
             "■10月7日晚，某县某村举办民俗活动", "庆祝丰收，村民在火炭堆中穿行，围"]
    labels = [None if not t else "I" for t in texts]
    labels[0], labels[2], labels[3], labels[7], labels[12] = "F", "T>", "B", "B", "B"
    out = overrule(texts, labels)
    assert out[7] == "T>" and out[8] == "B"
    assert out[12] == "B"       # (a marked line of text runs to the column's end)
    # (in a column that sets no headline alone, a marked line stays the text's)
    labels[2], labels[3] = "B", "I"
    assert overrule(texts, labels)[7] == "B"


def test_a_plain_headline_and_its_byline_under_a_caption_closed_by_its_photographer_open_an_article():
    from generator.segment.tagger import headline_over_names
    texts = ["专家建议，游客言行代表国家形象，望游客能在出发前多做“功课”，不虚此行。", "",
             "截至2月25日，某水库去冬今春已累计为下游补水约60亿立方米。图为27日水位下降后的某港。郑某某摄（人民视觉）", "",
             "2019  天文美景陆续登场", "", "汪某某", "",
             "新春过后，一幕幕天文美景将陆续登临天幕，我们一起看看都有哪些不容错过的精彩天象。"]
    labels = ["I", None, "I", None, "H", None, "H", None, "I"]
    assert headline_over_names(texts, labels)[4:9] == ["T>", None, "Y>", None, "B"]


def test_a_dash_kicker_over_a_headline_closed_by_its_column_after_a_text_opens_an_article():
    from generator.segment.tagger import dash_kicker_heads
    # (one paragraph a line, as a web page sets them)
    texts = ["贫困家庭重度残疾人集中托养减轻了家庭负担，提升了重度残疾人的医护水平，实现了“托养一人，帮扶一家，脱贫一户，"
             "温暖一方”。某市探索实行这项工作以来，已有一千多名重度残疾人入住托养中心，得到了良好照顾。", "",
             "山西、安徽、广西、西藏——", "",
             "聚焦群众关切 践行为民宗旨（守初心 担使命·深入开展主题教育）", "",
             "第二批主题教育开展以来，各地教育引导广大党员干部自觉践行党的根本宗旨，把群众观点深深植根于思想中。"]
    labels = ["I", None, "I", None, "I", None, "I"]
    assert dash_kicker_heads(texts, labels) == ["I", None, "K>", None, "T>", None, "B"]
    # (a package's speakers lead on so, each over their words: 专家谈… / 某某教授某某—— / …)
    texts[0:0] = ["专家谈养老", "", "某某大学教授某某——", "", "我们呼吁，下一步应当将农村养老服务中长期规划摆在优先发展的战略地位。", ""]
    labels = ["T>", None, "B", None, "I", None] + labels
    assert dash_kicker_heads(texts, labels)[8] == "I"


def test_head_lines_over_a_dispatchs_dateline_after_a_finished_text_open_an_article():
    from generator.segment.tagger import heads_over_plain_dateline
    texts = ["某某指出，要深入学习贯彻全面依法治国新理念新思想新战略，沿着中国特色社会主义法治道路阔步前进，"
             "为全面建设社会主义现代化国家提供有力法治保障。",
             "论坛上，各地法学会负责同志和有关法学法律专家学者进行了交流，大家一致认为，要把学习成果转化为推进法治建设的实际行动，"
             "在服务大局中展现新作为。", "",
             "某某在深化拓展新时代文明实践中心建设试点工作电视电话会议上强调",
             "聚焦群众需求 大胆创新实践推动中心建设取得更大成效",
             "新华社北京10月11日电  10月11日，中央宣传部、中央文明办在京召开深化拓展新时代文明实践中心建设试点工作电视电话会议。"]
    labels = ["I", "I", None, "I", "I", "I"]
    assert heads_over_plain_dateline(texts, labels)[3:] == ["K>", "T>", "B"]
    # (a line of the text, ending its sentence, is no head over the dateline)
    texts[4] = "会议强调，要推动中心建设取得更大成效。"
    assert heads_over_plain_dateline(texts, labels)[3:] == ["I", "I", "I"]


def test_a_records_writer_and_day_over_its_text_are_its_stamp_not_its_headline():
    from generator.segment.tagger import overrule
    texts = ["【标题】= 某村撤乡设镇", "【作者】= 徐某某", "【正文】=", "", "徐某某  (1994.02.01)", "", "某村撤乡设镇",
             "    本报讯 (记者 徐某某)近日,经省政府批准,某县某村撤",
             "乡设镇。1月26日,某村镇人民隆重集会,举行撤乡设镇挂牌仪式。"]
    # (the model read the writer and the day as the headline, the title under them as the text)
    labels = ["T>", "Y>", "F", None, "T>", None, "B", "I", "I"]
    assert overrule(texts, labels)[4] == "D>"


def test_a_headline_read_as_text_after_a_finished_text_is_one_by_its_column_or_its_subtitle():
    from generator.segment.tagger import heads_read_as_text
    opening = "“我愿意作为你们实现梦想的催化剂，只要你说出自己的梦想，我们就有动力和信心去帮助你们实现。”这是他生前常说的一句话，村民们至今记得。"
    done = ("截至2019年6月，某市环境资源审判庭已受理各类环境保护类别案件2205件，其中刑事案件840件、民事案件407件，"
            "审结率保持在较高水平，为守护绿水青山提供了有力司法保障。")
    # (one paragraph a line, as a web page sets them; the model read the head as the text going on)
    texts = [done, "", "为了村民的美好梦想（守初心 担使命 找差距 抓落实·深入开展主题教育）", "", opening]
    assert heads_read_as_text(texts, ["I", None, "I", None, "I"]) == ["I", None, "T>", None, "B"]
    texts = [done, "", "为了村民的美好梦想", "", "————追记某省某镇某村村委会原主任某某某", "", opening]
    assert heads_read_as_text(texts, ["I", None, "I", None, "I", None, "I"]) == ["I", None, "T>", None, "S>", None, "B"]
    # (a photo's credit in brackets, or a speaker under a quotation, is no headline)
    texts = [done, "", "某某某摄（影像中国）", "", opening]
    assert heads_read_as_text(texts, ["I", None, "I", None, "I"])[2] == "I"
    texts = [done, "", "不忘初心 方得始终", "", "——某某", "", opening]
    assert heads_read_as_text(texts, ["I", None, "I", None, "I", None, "I"])[2] == "I"


def test_blank_lines_that_part_articles_make_a_lone_subhead_under_one_a_headline():
    from generator.segment.tagger import blank_lines_part_articles
    # One paragraph a line and no blank line between paragraphs: the page's one blank line
    # stands where an article ends.  The model read the next headline as a subhead.
    texts = ["某县冰雪亲子游升温",
             "在县城以北五公里处的滑雪场，头戴头盔的孩子们跟着父母一遍遍练习，雪道上笑声不断，家长们说假期陪孩子出来放松一下很值得。",
             "滑雪场负责人介绍，这个雪季预计接待游客二十多万人次，其中亲子游客约占三成，比去年同期有明显增长。",
             "",
             "某国假酒事件致百余人死亡",
             "根据某国官方最新公布的数字，截至2月10日，两个邦因饮用假酒死亡的人数已超过一百人，另有数十人在医院接受治疗。",
             "假酒事件发生后，当地加大了对制售假酒的打击力度，已逮捕涉案人员数十名。"]
    model = ["T>", "B", "I", None, "H", "I", "I"]
    assert blank_lines_part_articles(texts, list(model))[4:6] == ["T>", "B"]
    # Its headline on two lines, both read as subheads: the first is its kicker.
    two = texts[:4] + ["纪录片的新动能与新趋势", "为时代留下影像"] + texts[5:]
    out = blank_lines_part_articles(two, model[:4] + ["H", "H"] + model[5:])
    assert out[4:7] == ["K>", "T>", "B"]
    # A page whose blank lines also part paragraphs says nothing by them: the subhead stays.
    spaced = [t for k, t in enumerate(texts) for t in ([t, ""] if k < len(texts) - 1 and t else [t])]
    spaced_model = [m for k, m in enumerate(model) for m in ([m, None] if k < len(model) - 1 and m else [m])]
    assert blank_lines_part_articles(spaced, spaced_model)[spaced.index(texts[4])] == "H"


def test_a_headline_between_short_reports_that_open_on_their_day_heads_the_next_report():
    from generator.segment.tagger import dated_reports
    # A county page of short reports, each a headline over one paragraph that opens on its
    # day, no dateline: the model read the middle headline as a subhead.
    texts = ["县委召开防汛工作会议", "",
             "6月5日，县委召开防汛工作会议，部署全县防汛工作。会议要求，各乡镇要落实防汛责任，做好物资储备。", "",
             "县政府检查水库安全", "",
             "6月6日，副县长某某带队检查全县重点水库，查看泄洪设施和值守情况，要求及时排除隐患。", "",
             "某镇开展河道清理", "",
             "6月7日，某镇组织干部群众清理河道垃圾，疏通排水沟渠。"]
    model = ["T>", None, "B", None, "H", None, "I", None, "T>", None, "B"]
    out = dated_reports(texts, list(model))
    assert out[4] == "T>" and out[6] == "B"
    # A kicker, a title and a subtitle wrapped over five lines, a comma in the subtitle.
    long_head = texts[:4] + ["县长王建国在检查", "防汛工作时强调", "压实责任 确保安全", "——坚持人民至上，",
                             "守牢安全底线", "", "6月6日，县长王建国带队检查全县防汛工作。"]
    out = dated_reports(long_head, model[:4] + ["I", "I", "H", "I", "I", None, "I"])
    assert out[4:11] == ["T>"] * 3 + ["S>"] * 2 + [None, "B"]
    # A feature's sections under subheads, the first not opening on its day: the second
    # section's day opening under a subhead is no report's, and the subheads stay.
    feature = ["某镇的防汛一线", "入汛以来，某镇把防汛作为头等大事来抓。", "巡堤查险",
               "6月5日，某镇组织干部巡查河堤。", "转移群众", "6月6日，某镇转移低洼地带群众。"]
    assert dated_reports(feature, ["T>", "B", "H", "I", "H", "I"]) == ["T>", "B", "H", "I", "H", "I"]
    # Its reporter's line under the headline is its byline; a line of furniture inside the
    # report above (a column's header the page set between its lines) is no head of its own.
    signed = ["县委召开防汛工作会议", "6月5日，县委召开防汛", "第2版 综合新闻", "工作会议，部署防汛工作。",
              "县政府检查水库安全", "记者 王建国", "6月6日，副县长某某检查全县重点水库。"]
    out = dated_reports(signed, ["T>", "B", "F", "I", "H", "H", "I"])
    assert out[4:] == ["T>", "Y>", "B"]
    # The page's first lines, read as the body, over the first report's opening: its headline.
    top = ["县委召开防汛", "工作会议", "6月5日，县委召开防汛", "工作会议，部署防汛工作。"]
    assert dated_reports(top, ["B", "I", "I", "I"]) == ["T>", "T>", "B", "I"]
    # …under the page's header too, where the model opened the body at the headline's last line
    # (what it read as the kicker stays the kicker).
    headed = ["第2版 综合新闻 2024年6月6日", "县长王建国在检查", "防汛工作时强调压", "实责任确保安全",
              "6月5日，县长王建国", "带队检查防汛工作。"]
    assert dated_reports(headed, ["F", "K>", "T>", "B", "I", "I"]) == ["F", "K>", "T>", "T>", "B", "I"]
    # Never past a dispatch's dateline: it opens the text.
    dispatch = ["中美磋商结束", "——美国总统会见某某", "新华社华盛顿 1月31日电 （", "记者某某）当地时间",
                "1月31日，美国总统在白宫会见某某。"]
    assert dated_reports(dispatch, ["T>", "S>", "B", "I", "I"]) == ["T>", "S>", "B", "I", "I"]
    # A headline the model read whole is left as it read it.
    assert dated_reports(headed, ["F", "K>", "T>", "T>", "B", "I"]) == ["F", "K>", "T>", "T>", "B", "I"]
    # A feature's section opening on a later day, after a first section that did not open
    # on its day, keeps its subhead.
    feature = list(texts)
    feature[2] = "入汛以来，县里把防汛作为头等大事来抓，各乡镇落实防汛责任，做好物资储备。"
    assert dated_reports(feature, list(model))[4] == "H"
    # Nor does a first section longer than reports run (a long feature's) make the line a headline.
    long_first = list(texts)
    long_first[2] = texts[2] + "会议强调，" + "要压实责任，" * 450 + "确保安全度汛。"
    assert dated_reports(long_first, list(model))[4] == "H"


def test_between_dated_reports_a_speakers_headline_a_closing_note_and_a_headline_read_after_its_text():
    from generator.segment.tagger import dated_reports
    above = ["县委召开防汛工作会议", "6月5日，县委召开防汛", "工作会议，部署防汛工作。"]
    below = ["6月6日，县应急管理局", "发布防汛提示。"]
    # A headline that names its speaker before a colon (a label's shape) is still a headline…
    speaker = above + ["县应急管理局：", "汛期出行注意安全"] + below
    assert dated_reports(speaker, ["T>", "B", "I", "H", "H", "I", "I"])[3:6] == ["T>", "T>", "B"]
    # …but a page's graphics credit is none, and a catalogue's field label neither.
    credit = above + ["本版制图：王建国", "县应急管理局发布提示"] + below
    out = dated_reports(credit, ["T>", "B", "I", "H", "H", "I", "I"])
    assert out[3:6] == ["Y<", "T>", "B"]
    photo = above + ["王 正摄（人民视觉）", "县应急管理局发布提示"] + below
    assert dated_reports(photo, ["T>", "B", "I", "Y<", "H", "I", "I"])[3:6] == ["Y<", "T>", "B"]
    # (a headline cut after 摄 is no credit: 某县举办摄 / 影展…)
    cut = above + ["罗马尼亚举办摄", "影展庆祝建交"] + below
    assert dated_reports(cut, ["T>", "B", "I", "H", "H", "I", "I"])[3:6] == ["T>", "T>", "B"]
    field = above + ["分类号：K205 某某某某"] + below
    assert dated_reports(field, ["T>", "B", "I", "H", "I", "I"])[3] == "H"
    # A note in brackets closing the report above goes with it: the line under it is the headline.
    noted = above + ["（相关报道见第三版）", "县应急管理局发布提示"] + below
    assert dated_reports(noted, ["T>", "B", "I", "H", "H", "I", "I"])[3:6] == ["I", "T>", "B"]
    # A line of the report above that the model read as a subhead ends as text does
    # (王建国指出：): it does not hide the report's headline.
    spoken = above[:2] + ["工作会议。县长王建国", "指出：", "要落实防汛责任。", "县应急管理局发布提示"] + below
    out = dated_reports(spoken, ["T>", "B", "I", "H", "I", "H", "I", "I"])
    assert out[5:7] == ["T>", "B"]
    # Read as the report above's headline, printed after its text: it heads the report below
    # when the one above has its own over it.
    after = above + ["县应急管理局", "发布防汛提示", "记者 王建国"] + below
    out = dated_reports(after, ["T>", "B", "I", "T<", "T<", "Y<", "I", "I"])
    assert out[3:7] == ["T>", "T>", "Y>", "B"]
    # A text with no headline over it keeps the one the model read after it.
    headless = ["6月5日，县委召开防汛", "工作会议，部署防汛工作。", "县委部署防汛工作"] + below
    assert dated_reports(headless, ["B", "I", "T<", "B", "I"])[2] == "T<"


def test_a_dated_reports_headline_with_a_summary_subtitle_a_comma_or_its_last_line_read_as_text():
    from generator.segment.tagger import dated_reports
    above = ["县委召开防汛工作会议", "", "6月5日，县委召开防汛工作会议，部署防汛工作。", ""]
    below = ["", "6月6日，县长王建国带队检查全县防汛工作。"]
    # A subtitle that opens on a dash and sums the report up in sentences of its own.
    summary = above + ["县长检查防汛工作", "——王建国：压实责任，确保安全度汛。各乡镇要落实防汛责任，做好物资储备。"] + below
    out = dated_reports(summary, ["T>", None, "B", None, "I", "I", None, "I"])
    assert out[4:8] == ["T>", "S>", None, "B"]
    # A short subtitle over a wider line: that line is the text's lead, not the subtitle going on.
    lead = above + ["县长检查防汛工作", "——记某县防汛一线", "“河堤就是我们的家。”一位老党员站在河堤上说。"] + below
    out = dated_reports(lead, ["T>", None, "B", None, "T>", "S>", "B", None, "I"])
    assert out[4:9] == ["T>", "S>", "B", None, "I"]
    # An exclamation inside a headline ends no sentence of a text; one closing the words does.
    cry = above + ["首破万亿元！春节消费亮眼"] + below
    assert dated_reports(cry, ["T>", None, "B", None, "I", None, "I"])[4:7] == ["T>", None, "B"]
    shout = above[:3] + ["大家齐声喊：“加油！”"] + below
    assert dated_reports(shout, ["T>", None, "B", "I", None, "I"])[3] == "I"
    # Set apart by blank lines on a page of one paragraph a line, a headline may hold a
    # comma and run wider than a wrapped one.
    comma = above + ["扬帆出海，某县特色农产品走进东南亚国家和地区市场并拓展海外销售网络"] + below
    assert dated_reports(comma, ["T>", None, "B", None, "I", None, "I"])[4:7] == ["T>", None, "B"]
    # …not so a line run on from the text above it.
    run_on = above[:3] + ["扬帆出海，某县特色农产品走进东南亚"] + below
    assert dated_reports(run_on, ["T>", None, "B", "I", None, "I"])[3] == "I"
    # Read as the text going on over a reporter's line the model read as a byline: the headline.
    signed = above + ["县长检查防汛工作", "记者 王建国"] + below
    out = dated_reports(signed, ["T>", None, "B", None, "I", "Y>", None, "B"])
    assert out[4:8] == ["T>", "Y>", None, "B"]
    # Read as a new text's first lines: a headline wrapped over two.
    wrapped = above + ["县长王建国检查全县", "防汛工作"] + below
    out = dated_reports(wrapped, ["T>", None, "B", None, "B", "H", None, "I"])
    assert out[4:8] == ["T>", "T>", None, "B"]
    # The model read the headline's first line and opened the text at its second.
    opened = above + ["结束对某国的访问", "县长王建国回到县城"] + below
    out = dated_reports(opened, ["T>", None, "B", None, "T>", "B", None, "I"])
    assert out[4:8] == ["T>", "T>", None, "B"]


def test_a_dated_report_with_subheads_of_its_own_still_ends_where_the_next_headline_stands():
    from generator.segment.tagger import dated_reports
    # The report above has subheads over sections that do not open on their day; the line
    # over the next text that does is a headline, not another subhead.
    texts = ["某县举办农民丰收节", "9月23日，某县举办农民丰收节。", "丰收成果展", "展区陈列了全县特色农产品。",
             "农事比赛热闹", "农民们参加了插秧比赛。", "县领导调研秋粮收购", "9月24日，县领导调研秋粮收购工作。"]
    model = ["T>", "B", "H", "I", "H", "I", "H", "I"]
    out = dated_reports(texts, list(model))
    assert out[2:5] == ["H", "I", "H"] and out[6:8] == ["T>", "B"]
    # A feature's sections under their places' names (浙江：… / 广东：…) stay its sections,
    # though the last opens on its day.
    places = ["某市开展专项整治", "9月23日，某市开展专项整治。", "东城：整治结果接受群众评判", "东城区纪委牵头制定方案。",
              "西城：集中整治群众反映强烈的问题", "近日，西城区开展整治。"]
    assert dated_reports(places, ["T>", "B", "H", "I", "H", "I"])[4] == "H"
    # A byline closes a headline: the lead under it, not on its day, is the text.
    signed = ["某县举办农民丰收节", "9月23日，某县举办农民丰收节。", "“丰收节里话丰收”", "——某县农民丰收节侧记",
              "文/王建国", "一个小男孩挤过人群，来到展台前。", "9月23日，某县举办农民丰收节。"]
    out = dated_reports(signed, ["T>", "B", "T>", "S>", "Y>", "B", "I"])
    assert out[2:6] == ["T>", "S>", "Y>", "B"]
    # A column's items, each opened by its mark, are none of this: a photo's credit closing one
    # item, the next items' marks under it.
    items = ["■图片报道", "近日，某县乡亲们在河边欢度节日。", "王  涛摄（人民视觉）", "",
             "■永不停转的“激光陀螺”", "潜艇、驱逐舰、护卫舰……苍茫大海深处。", "",
             "■边扫边治边建", "10月9日，某市公安局公开征集线索。"]
    model = ["T>", "B", "Y<", None, "T>", "B", None, "T>", "B"]
    assert dated_reports(items, list(model)) == model


def test_a_county_page_of_dated_reports_gives_one_article_a_report():
    from helpers import parse_text
    # Three reports on one matter, each its headline over a paragraph that opens on its day:
    # what they share does not make the later ones sections of the first.
    page = ("县委召开防汛工作会议\n\n"
            "6月5日，县委召开防汛工作会议，部署全县防汛工作。会议要求，各乡镇要落实防汛责任，做好防汛物资储备。\n\n"
            "县政府部署防汛物资保障\n\n"
            "6月6日，县政府召开防汛物资保障工作会议，部署防汛物资保障工作。会议要求，各乡镇要做好防汛物资储备。\n\n"
            "某镇开展防汛应急演练\n\n"
            "6月7日，某镇组织干部群众开展防汛应急演练，检验防汛物资储备和应急处置能力。\n")
    arts = [a for a in parse_text(page, home="浙江省温州市", date="2024-06") if a.kind != "residue"]
    assert [a.title for a in arts] == ["县委召开防汛工作会议", "县政府部署防汛物资保障", "某镇开展防汛应急演练"]
    assert arts[1].body.startswith("6月6日，县政府召开")
    # The same page as a narrow column wraps it, with no blank lines: headlines over two lines.
    wrapped = ("县委召开防汛工作\n会议\n6月5日，县委召开防汛\n工作会议，部署全县防\n汛工作。\n"
               "县政府部署防汛物资\n保障工作\n6月6日，县政府召开\n防汛物资保障工作会议，\n部署防汛物资保障工作。\n"
               "某镇开展防汛应急\n演练\n6月7日，某镇组织干部\n群众开展防汛应急演练。\n")
    arts = [a for a in parse_text(wrapped, home="浙江省温州市", date="2024-06") if a.kind != "residue"]
    assert [a.title for a in arts] == ["县委召开防汛工作会议", "县政府部署防汛物资保障工作", "某镇开展防汛应急演练"]


def test_a_headline_after_a_jump_to_another_page_heads_the_next_article():
    from generator.segment.tagger import after_closing
    # The report above goes on on page 3: the line under its jump is no subhead of it.
    texts = ["我县启动夏季消防", "安全检查", "5月11日，县消防救援", "大队启动夏季消防安全",
             "检查，对全县人员密集", "场所开展拉网式排查。", "（下转第三版）",
             "某镇举办农民夜校", "今年以来，某镇农民夜", "校累计开课二十余次。"]
    model = ["T>", "T>", "B", "I", "I", "I", "I", "H", "I", "I"]
    out = after_closing(texts, list(model))
    assert out[7:9] == ["T>", "B"]
    # Without the jump the short line may be a subhead: left as the model read it.
    plain = texts[:6] + texts[7:]
    assert after_closing(plain, model[:6] + model[7:])[6] == "H"


def test_a_headline_closed_by_its_columns_tag_between_two_texts_heads_the_text_under_it():
    # The model read 钥匙对孔锁才开 / （一线行走） as a subhead of the text above; a subhead
    # names no column, so it is the next text's headline, and that text opens under it.
    from generator.segment.tagger import tagged_heads_between
    from helpers import wrap
    above = wrap("  春节前，某县敬老院的五保老人搬进了新居，屋里通了暖气，院里建了活动室，老人们"
                 "说，小日子过得有滋有味，再也不想回到以前那个冷冰冰的家了。", 16).split("\n")
    under = wrap("  基层干部只有和群众点对点、面对面、心贴心，想到一处、干在一起，才能动员起集体"
                 "力量，最终为乡村振兴集智聚力。", 16).split("\n")
    texts = above + ["", "钥匙对孔锁才开", "（一线行走）", ""] + under
    n = len(above)
    model = ["B"] + ["I"] * (n - 1) + [None, "H", "H", None] + ["I"] * len(under)
    out = tagged_heads_between(texts, model)
    assert out[n + 1:n + 3] == ["T>", "T>"] and out[n + 4] == "B"
    # A credit closing the text above stands between them: it closes that text.
    credited = above + ["版式设计  某某某", "体验多彩民俗", "（美丽中国）", ""] + under
    out = tagged_heads_between(credited, ["B"] + ["I"] * (n - 1) + ["H", "H", "H", None] + ["I"] * len(under))
    assert out[n:n + 3] == ["Y<", "T>", "T>"]
    # A box's name (短评), a photo's credit or a line running on into the text are no headline.
    for head in (["铭记那份诺言（短评）"], ["某  某摄（影像中国）"]):
        labels = ["B"] + ["I"] * (n - 1) + [None] + ["H"] * len(head) + [None] + ["I"] * len(under)
        assert tagged_heads_between(above + [""] + head + [""] + under, labels) == labels
    going_on = above + ["", "钥匙对孔锁才开", "（一线行走）"] + under
    labels = ["B"] + ["I"] * (n - 1) + [None, "H", "H"] + ["I"] * len(under)
    assert tagged_heads_between(going_on[:n + 2] + ["（一线行走）的干部说，"] + under, labels)[n + 1] == "H"


def test_an_indented_paragraph_the_model_read_as_a_headline_is_the_texts():
    # Opening on the paragraph's indent, its clauses parted by commas and closed by a full
    # stop, it goes on the text above; so does the text the model opened under it.
    from generator.segment.tagger import paragraphs_read_as_heads
    from helpers import wrap
    above = wrap("  某县文化节18日晚在森林公园开幕，歌唱家们唱响经典歌剧选段，让观众走出剧院，走进"
                 "自然，享受高水准的古典音乐演出。", 16).split("\n")
    para = wrap("  文化节期间正值某某博览会在某地举办，文化节将积极促进文化交流。", 16).split("\n")
    under = wrap("  最关键的问题是，日子怎么过？孩子出生后，他跑到县城四处找活干，收入刚够奶粉花销。",
                 16).split("\n")
    texts = above + [""] + para + [""] + under
    n, p = len(above), len(para)
    model = ["B"] + ["I"] * (n - 1) + [None] + ["K>"] * (p - 1) + ["T>", None, "B"] + ["I"] * (len(under) - 1)
    out = paragraphs_read_as_heads(texts, model)
    assert out[n + 1:n + 1 + p] == ["I"] * p and out[n + 2 + p] == "I"
    # A headline is set flush, or ends on no full stop: left as the model read it.
    flush = [line.strip() for line in para]
    assert paragraphs_read_as_heads(above + [""] + flush + [""] + under, model) == model
    unfinished = para[:-1] + [para[-1].rstrip("。")]
    assert paragraphs_read_as_heads(above + [""] + unfinished + [""] + under, model) == model


def test_of_two_headlines_read_as_printed_after_the_text_above_the_lower_heads_the_text_under_it():
    # 中塞合作… // 当好中马…（寄给祖国的家书） / 本报通讯员 某某, both read as the text above's:
    # a text has one headline, and the text under them has none after it.
    from generator.segment.tagger import stacked_heads_after_text
    from helpers import wrap
    above = wrap("  一年来，两国关系持续发展，亮点纷呈，成果丰硕，双方在许多重大国际和地区问题上"
                 "保持着密切沟通与合作。", 16).split("\n")
    under = wrap("  亲爱的祖国母亲：在春节来临之际，您的孩子在遥远的地中海岛国，祝愿祖国繁荣昌盛、"
                 "人民平安幸福。", 16).split("\n")
    heads = ["", "某某合作不断惠及两国", "民众（大使新春寄语）", "", "当好两国民心", "相通的友好使者",
             "本报通讯员 某某", ""]
    texts = above + heads + under
    n = len(above)
    model = ["B"] + ["I"] * (n - 1) + [None, "T<", "T<", None, "T<", "T<", "Y<", None, "B"] + ["I"] * (len(under) - 1)
    out = stacked_heads_after_text(texts, model)
    assert out[n + 1:n + 3] == ["T<", "T<"] and out[n + 4:n + 7] == ["T>", "T>", "Y>"]
    # Where the text under them has a headline after it, each is left as read.
    tail = ["", "某地举行迎春活动"]
    assert stacked_heads_after_text(texts + tail, model + [None, "T<"]) == model + [None, "T<"]


def test_an_advertisements_list_of_titles_in_brackets_on_a_wrapped_page_leaves_the_articles_under_it():
    # 【史记】 【汉书】 【后汉书】 reads like a site's tool bar (【打印】【关闭】【收藏】), under
    # which a web page prints only its boxes; on a wrapped page the articles under it go on
    # in lines as narrow as the column, and stay articles.
    from generator.segment.tagger import after_tools
    from helpers import wrap
    story = wrap("  当前，体育市场呈现繁荣景象。体育消费的持续稳定增长，有赖于体育设施的完善。"
                 "全民健身渐成风尚，体育产业必将迈入更广阔的天地。", 18).split("\n")
    texts = ["《某某史全译》全88册，定价26800元", "【史记】 【汉书】 【后汉书】 【三国志】", "",
             "提供更到位的体育服务（体坛观澜）", ""] + story
    model = ["B", "I", None, "T>", None, "B"] + ["I"] * (len(story) - 1)
    assert after_tools(texts, model) == model
    # A web page's tool bar, with no paragraph under it, still ends the page's text.
    page = ["某县召开春耕生产工作会议，部署今年农业生产。", "【打印】【关闭】【收藏】", "新 闻 查 询", "彩 信 专 题"]
    assert after_tools(page, ["B", "F", "T>", "T>"])[2:] == ["F", "F"]


def test_an_advertisements_order_line_and_its_wrapped_end_are_furniture_not_a_headline():
    from generator.segment.lines import is_furniture
    from generator.segment.tagger import credit_runs_on
    from helpers import wrap
    assert is_furniture("  400-898-6115　　全国免费送货  货到")
    assert not is_furniture("  400多名志愿者走上街头，为群众送去")
    story = wrap("  当前，体育市场呈现繁荣景象。体育消费的持续稳定增长，有赖于体育设施的完善。"
                 "全民健身渐成风尚，群众性体育赛事越办越多，各地的体育公园、健身步道不断增加，"
                 "体育产业必将迈入更广阔的天地。", 18).split("\n")
    texts = story + ["  400-898-6115　　全国免费送货  货到", "付款　　某市某区某大厦6层", "",
                     "提供更到位的体育", "服务（体坛观澜）", ""] + story
    n = len(story)
    model = ["B"] + ["I"] * (n - 1) + ["F", "S~", None, "T>", "T>", None, "B"] + ["I"] * (n - 1)
    out = credit_runs_on(texts, model)
    assert out[n + 1] == "F" and out[n + 3:n + 5] == ["T>", "T>"]
    # A label alone (广告) over a headline is no line running on.
    texts[n] = "广告"
    assert credit_runs_on(texts, model)[n + 1] == "S~"


def test_on_a_page_of_one_paragraph_a_line_a_headline_closed_by_its_columns_tag_heads_the_paragraph_under_it():
    # One paragraph a line, as a converter sets a page: the headline the model read as a
    # subhead, its byline under it, between a finished text and the next one's paragraph.
    from generator.segment.tagger import heads_read_as_text, tagged_heads_between
    lead = ["去年以来，某地接待游客人数持续增长，旅游收入创下新高。", "",
            "当地旅游部门负责人表示，将继续提升服务水平，让游客玩得开心、住得舒心、吃得放心，努力把旅游业打造成为当地经济发展的支柱产业。",
            "", "记者采访时还注意到，某地各处都在不断完善旅游环境，欢迎各地游客前来观光，当地商家也纷纷推出优惠活动。", ""]
    opening = "2018年，赴某地旅游的游客超过1000万人。游客们不再满足于购物，而是更多地走进博物馆、美术馆和剧场，体验当地文化。"
    read = ["B", None, "I", None, "I", None]
    texts = lead + ["“游客品位越来越高”（域外来风）", "", "文/某某 图/某某", "", opening]
    out = tagged_heads_between(texts, read + ["H", None, "H", None, "I"])
    assert out[6:] == ["T>", None, "Y>", None, "B"]
    # (a box's name is the text's: 【相关链接】, …（链接）)
    texts[6] = "这难办，那难办，一公开就好办（链接）"
    assert tagged_heads_between(texts, read + ["H", None, "H", None, "I"])[6] == "H"
    # Read as the text going on under a dispatch's sign-off in brackets, a two-character
    # column's name (新语) closes a headline as well; a signature in brackets, （某某）, does not.
    signed = "（本报北京、布鲁塞尔、华盛顿10月17日电  记者某某、某某）"
    texts = lead + [signed, "", "迈向没有贫困、共同发展的未来（新语）", "", opening, "", opening + opening]
    out = heads_read_as_text(texts, read + ["I", None, "I", None, "I", None, "I"])
    assert out[8] == "T>" and out[10] == "B"


def test_under_a_commentarys_closed_note_lines_read_as_text_that_end_on_a_columns_tag_are_the_next_headline():
    # （作者为… / …副会长） closes the commentary; the lines under it the model read as the text
    # going on, ending on a column's tag, are the next article's kicker and headline.
    from generator.segment.tagger import tagged_heads_between
    from helpers import wrap
    above = wrap("  中国的发展离不开世界，世界的繁荣也需要中国，推动经济全球化朝着更加开放、包容、普惠、"
                 "平衡、共赢的方向发展。", 14).split("\n")
    note = ["（作者为某某部原副部长、", "某某和平与发展协会", "副会长）"]
    head = ["从教育、医疗、基础设施入手", "夯实深度贫困地区精准", "脱贫基础（治理之道）"]
    under = wrap("推进深度贫困地区脱贫攻坚，应在坚持精准扶贫精准脱贫基本方略的基础上，结合当地实际。", 14).split("\n")
    texts = above + note + head + under
    n = len(above) + len(note)
    model = ["B"] + ["I"] * (n - 1) + ["I"] * len(head) + ["I"] * len(under)
    out = tagged_heads_between(texts, model)
    assert out[n:n + 3] == ["T>"] * 3 and out[n + 3] == "B"
    # Under a sentence of the text, lines read as the text are the text's.
    texts = above + head + under
    model = ["B"] + ["I"] * (len(texts) - 1)
    assert tagged_heads_between(texts, model) == model
