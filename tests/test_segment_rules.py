"""The rules the tagger's labels go through (segment/rules/: overrule and its passes), each
on the labels the model gave a real page where it was wrong."""
from generator.segment.rules.paragraphs import title_under_kicker
from generator.segment.tagger import tag


def test_a_short_line_with_a_comma_under_a_headline_line_is_the_title():
    # One paragraph a line: the model read 老字号酱园，又回来了 as the body's first line.
    texts = ["县商务局负责人表示，将把展销会办成常态化活动，帮助农民拓宽销售渠道。", "",
             "用手艺守住品质，靠口碑赢得市场", "", "老字号酱园，又回来了", "",
             "县里的老字号酱园停产二十年后，日前在原址恢复生产，老师傅们按古法酿造的酱油重新摆上了柜台。", "",
             "酱园负责人介绍，今年将新建晒场两处。"]
    labels = ["I", None, "T>", None, "B", None, "I", None, "I"]
    assert title_under_kicker(texts, labels) == ["I", None, "K>", None, "T>", None, "B", None, "I"]


def test_a_sentence_or_a_box_name_under_a_headline_stays_body():
    texts = ["本报讯 县里召开会议。", "县政协视察乡村道路", "县政协组织委员视察道路。", "委员们提出建议十二条，涉及养护和安全。"]
    assert title_under_kicker(texts, ["I", "T>", "B", "I"]) == ["I", "T>", "B", "I"]
    texts = ["本报讯 县里召开会议。", "某岛的海底护绿人", "核心阅读", "某某岛近岸水域分布着大片海草床，面积近两千公顷，是当地渔民的宝库。"]
    assert title_under_kicker(texts, ["I", "T>", "B", "I"]) == ["I", "T>", "B", "I"]


def test_a_note_on_the_author_or_a_graphics_credit_under_a_body_is_its_credit():
    from generator.segment.rules.overrule import overrule
    texts = ["基层干部要沉下身子，把群众的小事当作自己的大事来办，", "才能赢得群众的信任和支持。",
             "（作者为社区党支部书记）", "", "旌阳区总工会", "为环卫工人送冬衣", "",
             "  本报讯 11月3日，德阳市旌阳区总工会为全区300余名环", "卫工人送去冬衣和慰问金。", "制图：张丹峰"]
    model = ["B", "I", "T<", None, "T>", "T>", None, "B", "I", "T<"]   # what the model said of them
    out = overrule(texts, model)
    assert out[2] == "Y<" and out[9] == "Y<"
    assert out[4:6] == ["T>", "T>"]


def test_a_note_inside_a_body_stays_body():
    from generator.segment.rules.overrule import overrule
    texts = ["基层干部要沉下身子，把群众的小事当作自己的大事来办。", "（作者为社区党支部书记）",
             "（本组评论到此刊完）", "2019年02月01日 第05版"]
    out = overrule(texts, ["B", "H", "H", "D<"])
    assert out[1] == "H"


def test_two_headline_lines_over_a_paragraph_that_opens_as_news_opens_start_an_article():
    from generator.segment.rules.columns import headlike_blocks
    # What the model said of a real page: the kicker and title between two bodies read as subheads.
    texts = ["  某某省农业农村厅有关负责人介绍，这次", "检查将坚持边查找边整改，边总结边提高，", "力求做到带动一片产业的效果。", "",
             "某省某县推行掌上政务服务", "一次办好 群众满意", "",
             "  日前，在某某省某某县行政服务中心，", "市民王某某前来办理营业执照变更，只花", "几分钟就办完了手续。"]
    model = ["I", "I", "I", None, "H", "H", None, "I", "I", "I"]
    out = headlike_blocks(texts, list(model))
    assert out[4:6] == ["T>", "T>"] and out[7] == "B"
    # One line is a subhead of the article it stands in, whatever follows it.
    one = texts[:4] + texts[5:]
    assert headlike_blocks(one, model[:4] + model[5:])[4] == "H"


def test_a_headline_as_wide_as_the_column_between_a_finished_body_and_a_dispatch_is_a_headline():
    from generator.segment.rules.columns import headlike_blocks
    # A wrapped page whose headlines follow their bodies: the model read the headline,
    # which fills the column, as the body's last paragraph.
    texts = ["据新华社电 （记者王平）8月的县城", "纪念馆里参观者络绎不绝，许多学", "校组织学生来这里接受党史教育。", "",
             "他常说：“当干部就要为老百姓办", "实事，要一辈子把事办好！”", "",
             "王一民：始终把群众放在心上", "（寻访身边榜样·模范人物谱）", "",
             "据新华社电 （记者周明）1974年", "冬天，李二平病危，已说不出话，", "只能用眼望了望墙上的奖状。"]
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
    from generator.segment.rules.columns import headlike_blocks, short_unpunctuated
    assert not short_unpunctuated("手机好像都轻快了。”", 20)
    assert short_unpunctuated("“植树造林，某县是榜样”", 20)
    texts = ["  李某说，清理后她手机里的工", "作群减了一大半，“如今，觉得", "", "手机好像都轻快了。”", "",
             "本期统筹：某某某", "", "  上午9时，某某省政务服务监", "督管理局的工作人员开始接听", "群众来电。"]
    model = ["I", "I", None, "I", None, "F", None, "B", "I", "I"]
    assert headlike_blocks(texts, list(model))[3] == "I"


def test_a_photo_credit_closes_its_article_and_the_line_after_it_heads_the_next():
    from generator.segment.rules.overrule import overrule
    # One paragraph a line, blank lines between: the model read both the credit and the
    # next headline as subheads of the article above.
    texts = ["某某村是一个有着数百年历史的山区古村，村里的老房子大多保存完好。", "",
             "后来，村里办起了乡村图书馆和民俗馆，附近高校的师生也常来村里写生。", "",
             "眼下村里开起了农家乐、茶室和手工作坊，留在村里的老人日子越过越红火，外出打工的年轻人也陆续回到家乡创业。", "",
             "本报记者  某某某摄影报道", "", "把群众冷暖放在心上", "",
             "把群众冷暖放在心上，是基层干部做好一切工作的出发点，也是检验工作成效的标尺。", "",
             "要让群众在发展中有更多获得感。"]
    out = overrule(texts, ["I", None, "I", None, "I", None, "H", None, "H", None, "I", None, "I"])
    assert [out[6], out[8], out[10]] == ["Y<", "T>", "B"]


def test_a_graphics_credit_over_the_next_headline_and_its_byline_closes_the_article():
    from generator.segment.rules.overrule import overrule
    texts = ["宜居宜业，建设现代化国际城区，生活在这里的居民幸福感不断提升。", "",
             "数据来源：某某市高新区（某某区）委宣传部", "", "某国多地遭强台风袭击", "", "马某某", "",
             "今年第9号台风8月10日傍晚在某国沿海登陆，给多地带来狂风暴雨。"]
    out = overrule(texts, ["I", None, "H", None, "H", None, "H", None, "I"])
    assert [out[2], out[4], out[6], out[8]] == ["Y<", "T>", "Y>", "B"]


def test_a_numbered_section_head_is_never_a_headline_and_its_text_goes_on():
    from generator.segment.rules.overrule import overrule
    texts = ["十二、某北村", "", "位于某某市某某区。把特色种植与乡村旅游结合，发展休闲观光农业。", "",
             "十三、某家村", "", "位于某某市某某镇，始建于明代，文化底蕴深厚，民俗活动丰富。"]
    out = overrule(texts, ["H", None, "I", None, "T>", None, "B"])
    assert [out[4], out[6]] == ["H", "I"]


def test_a_numbered_section_head_the_model_opened_a_body_at_goes_on_with_the_report():
    from generator.segment.rules.overrule import overrule
    texts = ["现在根据某某工作组的汇报，综合报告如下。", "", "", "一、关于农村的公共食堂问题", "", "",
             "在五月上旬之前，全区大部分食堂是巩固的，存在的问题也在整社中逐渐解决。"]
    out = overrule(texts, ["I", None, None, "B", None, None, "I"])
    assert [out[3], out[6]] == ["H", "I"]
    # (after a text its sign-off closed, a numbered head may open the next: left as read)
    signed = ["现在根据某某工作组的汇报，综合报告如下。（新华社北京9月9日电）"] + texts[1:]
    assert overrule(signed, ["I", None, None, "B", None, None, "I"])[3] == "B"


def test_a_lead_that_ends_no_sentence_keeps_the_dispatch_under_it_in_its_article():
    from generator.segment.rules.credits import lead_over_opening
    texts = ["年内超八成社保事", "项“只需跑一趟”", "", "  今年年内，社保部门将实现80%以上", "社保事项一次办结，参保人可全",
             "程网上办理或最多只需要到经办窗口跑", "一次", "", "  本报北京3月5日电  （记者某某某）记者从", "5日举行的工作会议上了解到："]
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
    from generator.segment.rules.credits import lead_over_opening
    texts = ["9月全县查处", "违反中央八项", "规定精神问题", "26起", "本报讯（记者 周敏）县纪委", "监委10月8日通报情况，全县"]
    model = ["T>", "T>", "T>", "B", "B", "I"]
    assert lead_over_opening(texts, list(model))[3:5] == ["T>", "B"]
    # A lead with a clause's mark, or over a body that opens with no dispatch, stays a lead.
    lead = texts[:3] + ["今年起，全县"] + texts[4:]
    assert lead_over_opening(lead, list(model))[3:5] == ["B", "I"]
    plain = texts[:4] + ["日前，县纪委监委发布消息，全县"] + texts[5:]
    assert lead_over_opening(plain, list(model))[3:5] == ["B", "I"]


def test_a_line_that_opens_a_quotation_the_headline_closes_is_the_headline_s_first_line():
    from generator.segment.rules.columns import head_first_lines
    texts = ["组织开展了征文活动和社会", "征文活动，形成了一批成果。", "“县里好医生、县里好", "护士”交流活动举行",
             "本报讯（记者 黄磊）11日，由县文", "明办、县卫健局联合举办的交流"]
    model = ["I", "I", "I", "T>", "B", "I"]
    assert head_first_lines(texts, list(model))[2] == "T>"
    # A quotation that closes on its own line is the body's, as before.
    closed = texts[:2] + ["“县里好医生”评选结果公布"] + texts[3:]
    assert head_first_lines(closed, list(model))[2] == "I"


def test_on_a_column_under_its_name_a_marked_line_after_a_finished_item_opens_the_next():
    from generator.segment.rules.overrule import overrule
    texts = ["要闻简报", "", "●某某会见某国外交部副部长某某 国务", "委员兼外长某某2日在北京会见了某某。",
             "●某市地标大厦举行中国春节亮灯活动 ", "当地时间1月30日晚，这座大厦点亮红灯笼。（记者 某某某）"]
    model = ["F", None, "B", "I", "I", "I"]
    assert overrule(texts, list(model))[4] == "B"
    # Without the column's name the same marks may be bullets inside one article.
    assert overrule(["本报讯"] + texts[1:], ["B"] + model[1:])[4] == "I"


def test_a_column_headline_after_a_finished_body_heads_the_next_article():
    from generator.segment.rules.overrule import overrule
    texts = ["电影《山路》讲述老支书修路的故事，更多着墨于他带领乡亲走出大山的信念与担当。", "",
             "影片的细节朴实感人，妻子连夜为丈夫缝好棉衣，送丈夫去工地开会，又叮嘱他要按时吃饭、别太逞强，"
             "让一个先进人物回到寻常的家庭生活里，观众由此看到了一个可亲可敬的人。", "",
             "用法治方式化解基层矛盾（街谈巷议）", "",
             "不管矛盾多么棘手，时间多么紧迫，都要按照法律办事，守住法律底线，不能“图省事走捷径”", "",
             "前不久，因为在欠款人家门口张贴告示，某地引发网上热议，不少网友留言讨论这种做法是否妥当。有关部门已对这一做法作出了纠正。", "",
             "做好基层治理是眼下的一项重要工作，既要有服务群众的热情，也要有依法办事的耐心和规矩意识，两者都不能少。"]
    model = ["B", None, "I", None, "H", None, "T>", None, "B", None, "I"]
    out = overrule(texts, list(model))
    assert [out[4], out[6], out[8]] == ["T>", "B", "I"]
    # A box's name in brackets heads a box inside the article; a note in brackets alone is a note.
    for line in ("多听听群众的声音（记者手记）", "（某某采访整理）"):
        assert overrule(texts[:4] + [line] + texts[5:], list(model))[4] == "H"


def test_a_line_read_as_text_closed_by_the_column_name_of_the_pages_headline_heads_the_next_article():
    from generator.segment.rules.paragraphs import column_headlines
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
    from generator.segment.rules.credits import bullet_leads
    texts = ["“合作项目给小镇带来新气象”", "", "本报讯 记者某某报道：■新厂带", "动了当地零件加工和运输等行业的发展。", "",
             "■两地农业合作优势互补明显，合", "作领域不断拓展。", "", "初冬的小镇四周，田野里一片金黄。"]
    model = ["T>", None, "B", "I", None, "B", "I", None, "I"]
    assert bullet_leads(texts, list(model))[5] == "I"
    # Under a column's name the marks open items of their own.
    assert bullet_leads(["简讯", ""] + texts[2:], ["F", None] + model[2:])[5] == "B"
    # The headline over it may be read as closing the body above: its direction is not asked.
    assert bullet_leads(texts, ["T<"] + model[1:])[5] == "I"


def test_a_date_that_a_range_or_an_open_bracket_carries_across_lines_is_the_texts_not_a_date_line():
    from generator.segment.rules.overrule import overrule
    # A notice wrapped in a column: its date range breaks after the first date, and a
    # numbered item's bracket opens at one line's end; the model read them as body.
    texts = ["本次招聘面向社会公开进行。五、报名办法（", "一）报名时间：2023年3月1日",
             "—3月15日17:30，逾期不予受理。", "报名者请登录招聘网站填写信息。"]
    assert overrule(texts, ["B", "I", "I", "I"]) == ["B", "I", "I", "I"]
    # A date line under a body that nothing carries on is still its closing date line.
    texts = ["报名者请登录招聘网站填写信息。", "2023年3月1日"]
    assert overrule(texts, ["B", "I"])[1] == "D<"


def test_a_marked_title_between_an_unfinished_item_and_the_next_marked_body_heads_that_body():
    from generator.segment.rules.overrule import overrule
    # A column of short items: the one above ends without a full stop (a book's blurb),
    # and the model read the next item's marked lead title as its last line.
    texts = ["●县图书馆新书上架", "特邀学者点校整理旧志，内容翔实可信，", "收录本县旧志二十余种，原文影印，",
             "全套三十册", "●春天里，花农忙", "■节日鲜花热销带动本县花卉种植户增收。", "（李明）"]
    model = ["T>", "B", "I", "I", "I", "B", "I"]
    out = overrule(texts, model)
    assert out[4] == "T>" and out[5] == "B"
    # Not a marked line that ends a sentence, nor one over a body line that goes on.
    assert overrule(texts[:4] + ["●花农们说，今年的花卖得好。"] + texts[5:], model)[4] == "I"
    assert overrule(texts, model[:5] + ["I", "I"])[4] == "I"


def test_a_marked_paragraph_after_a_dispatch_whose_dateline_runs_into_the_mark_is_its_next_point():
    # The headline of this report is printed after it (OCR page); the model opened a body
    # at its second point.
    from generator.segment.rules.credits import bullet_leads

    texts = ["本报讯（某某某）■2015年之前，某某国全国", "用电缺口超过30％，缺少的电力靠外购。",
             "■随着两国合建的电站项目陆续发电，某某国", "缺电的局面得到了明显改善。", "",
             "“这是远方朋友送来的光明礼物”"]
    labels = ["B", "I", "B", "I", None, "T<"]
    assert bullet_leads(texts, labels)[2] == "I"
    texts[0] = "2015年之前，某某国全国"            # no dateline and no headline over it: left as it was
    assert bullet_leads(texts, ["B", "I", "B", "I", None, "T<"])[2] == "B"


def test_a_short_line_opening_a_block_over_a_date_line_is_a_listing_entrys_headline():
    from generator.segment.rules.overrule import overrule

    texts = ["本报北京10月11日电 某某部门日前发布报告，全国养老服务机构持续增加。", "",
             "放得更活 管得更好 服务更优", "时间：2019-02-25 21:00:53",
             "简政放权改革是一场刀刃向内、针对部门自身的深刻变革。"]
    model = ["B", None, "I", "D>", "I"]               # the model read the entry's headline as text
    assert overrule(texts, model)[2] == "T>"
    texts[2] = "改革是一场自我革命，各地要抓好落实。"      # a sentence over a date line stays text
    assert overrule(texts, ["B", None, "I", "D>", "I"])[2] == "I"


def test_a_byline_under_a_subhead_inside_a_story_signs_that_section_and_stays_in_the_story():
    from generator.segment.rules.credits import section_bylines
    # 新春走基层: one story told by several reporters, each section under its subhead and byline.
    texts = ["　　老人们说，今年的年货比往年实惠多了。", "　　上坡村 年年好", "　　本报记者 某某某",
             "　　腊月二十八，上坡村的文化广场上热闹非凡。", "", "　　□ 本报记者 某某", "　　春节前夕，记者来到县城。"]
    model = ["I", "H", "Y>", "I", None, "Y>", "B"]
    out = section_bylines(texts, model)
    assert out[2] == "H"                 # under a subhead: the section's byline
    assert out[5] == "Y>"                # under a finished body: the next article's byline


def test_on_a_column_a_marked_item_after_a_signed_one_opens_though_its_lead_runs_into_its_dateline():
    from generator.segment.rules.overrule import overrule
    # 简讯: an item signed by its writers (。（邹鹏 赵静波）), then a marked item whose lead title runs
    # on into 本报讯 across the line break; the model read the marked line as the signed item's text.
    texts = ["简讯", "", "■ 丰收 本报讯 今年全县全年粮食生", "产又获好收成，种植结构不断调整。",
             "总产量继续稳定在12亿斤以上。（某某 某某某）", "",
             "■ 医生下乡看病 帮助群众脱贫 本报", "讯 “以前，有病不敢看；这几年，得了",
             "重病也能报销，负担轻多了。”村民王某某说。", "个人自付部分只有500多元，不到5%。（某某）"]
    model = ["F", None, "B", "I", "I", None, "I", "I", "I", "I"]
    out = overrule(texts, model)
    assert out[6] == "B" and out[7] == "I"


def test_a_headline_under_a_listings_read_more_link_is_furniture_only_if_no_body_opens_under_it():
    from collections import Counter
    from generator.segment.tagger import furniture_evidence
    texts = ["时间：2019-02-19 15:23:28", "查看原文", "", "强产业之基 谋山乡之福", "",
             "住在大山深处的村民，主要分布在某某市某某区。"]
    labels = ["F", "F", None, None, None, None]
    counts = Counter(texts)
    assert not furniture_evidence(texts, 3, labels, [], counts, after="B")     # the next entry's headline
    assert furniture_evidence(texts, 3, labels, [], counts, after="F")         # more of the site around it


def test_a_short_word_a_role_opens_that_names_no_one_is_a_headline_not_a_byline():
    from generator.segment.rules.overrule import overrule
    # 图片报道 over a photo report: the model read it as a subhead (it opens with 图, as 图/张三 does).
    texts = ["对性地组织培训、上门指导。", "图片报道", "　　30多个社区开展垃圾分类主题宣传活动，",
             "引导居民分类投放生活垃圾。"]
    out = overrule(texts, ["I", "H", "I", "I"])
    assert out[1] == "T>"
    out = overrule(["　　记者来到县城。", "图 邓晶", "　　春节前夕，集市热闹。"], ["I", "H", "B"])
    assert out[1][0] == "Y"


def test_a_subhead_over_a_dashed_line_after_a_finished_body_heads_the_next_article():
    from generator.segment.rules.columns import subtitled_heads
    texts = ["某某文化交流会以“交流、合作、友谊、发展”为主题。", "", "春风化雨 以文化人", "",
             "————各地组织群众文艺演出涵养家乡情怀", "", "地方小戏《赶集》、快板书《夸家乡》轮番上演。"]
    out = subtitled_heads(texts, ["I", None, "H", None, "H", None, "I"])
    assert out[2] == "T>" and out[4] == "S>"
    # inside a body that goes on (no finished sentence above), a subhead stays one
    texts[0] = "某某文化交流会以“交流、合作、友谊、发展”为主题，"
    assert subtitled_heads(texts, ["I", None, "H", None, "H", None, "I"])[2] == "H"


def test_a_head_line_that_stops_on_a_joining_word_runs_on_into_the_body_under_it():
    from generator.segment.rules.overrule import overrule
    texts = ["　　听取师生意见建议，推动解决拖了多年的老问题。", "", "　　这次座谈共梳理出11项立行立改突出问题及",
             "52条师生在食堂管理、宿舍管理等方面的具体意见建", "议，建立工作台账。"]
    out = overrule(texts, ["I", None, "K<", "B", "I"])
    assert out[2] == "I" and out[3] == "I"


def test_a_jump_to_another_page_or_a_dash_cut_off_by_the_column_ends_the_body_above():
    from generator.segment.rules.overrule import overrule
    texts = ["　　县里今年新修通村公路八十公里，", "惠及沿线群众两万余人。", "", "（下转第六版）", "",
             "山区公路修到家门口"]
    out = overrule(texts, ["B", "I", None, "H", None, "T<"])
    assert out[3] == "I"
    # a blank line inside the last paragraph: its last words carry the jump, no headline for all its shortness
    texts = ["　　某某山滑雪场距离县城约两小时车程，海拔", "在一千五百米左右，雪道面积达五万平方米", "建有多条难度不同的练习道并配有专职的教练",
             "和器材，是全省规模较大的高山", "", "滑雪场。（下转第十七版）"]
    out = overrule(texts, ["B", "I", "I", "I", None, "I"])
    assert out[5] == "I"
    texts = ["　　清晨六点，记者跟随巡线工人走进山", "谷，一场寻找故障点的接力开始了—", "—", "",
             "　　巡线工人老李说，这条线路他走了二十年。"]
    out = overrule(texts, ["B", "I", "F", None, "B"])
    assert out[2] == "I"


def test_a_line_that_finishes_the_sentence_above_it_is_body_not_a_kicker():
    from generator.segment.rules.overrule import overrule
    texts = ["　　县长在接受本报记者采访时说，“游", "", "客的口味越来越讲究了。”", "",
             "“游客口味", "越来越讲究”"]
    out = overrule(texts, ["B", None, "K<", None, "T<", "T<"])
    assert out[2] == "I" and out[4] == "T<"


def test_a_box_that_opens_an_article_is_the_first_line_of_its_body():
    from generator.segment.rules.credits import box_openings
    # 核心阅读 after the body before it (whose headline is printed elsewhere): the next article opens
    texts = ["　　群众的事就是大事。", "（作者为县委党校教师）", "核心阅读", "", "　　文化走出去不能愣推，", "要长期布局。"]
    out = box_openings(texts, ["I", "I", "H", None, "B", "I"])
    assert out[2] == "B" and out[4] == "I"
    # under an editor's note, which opens the same article above it, it opens nothing
    texts = ["小店开得好 还要帮一把", "　　个体商户撑起了县城的烟火气。", "——编  者", "核心阅读", "　　扩门面、添人手，"]
    out = box_openings(texts, ["B", "I", "H", "T>", "B"])
    assert out[4] == "B"


def test_a_note_of_who_gathered_the_text_closes_it_and_heads_nothing():
    from generator.segment.rules.overrule import overrule
    texts = ["　　下一步，需要认真解决个体商户经营中的难题。", "", "（本报记者某某某采访整理）", "", "速览"]
    out = overrule(texts, ["I", None, "T>", None, "T>"])
    assert out[2] == "Y<"


def test_a_date_line_without_a_date_is_the_headline_line_it_stands_with():
    from generator.segment.rules.overrule import overrule
    texts = ["　　（作者为某某大学教授）", "“千年古道”再续友", "谊新章（学者随笔）", "", "田某 黄某某"]
    out = overrule(texts, ["Y<", "D<", "T>", None, "Y>"])
    assert out[1][0] == "T"
    # under a title line, its subtitle
    texts = ["某某园艺博览会筹备委员会第三次会议召开", "某某某主持", "新华社北京3月9日电  会议在京召开。"]
    assert overrule(texts, ["T>", "D>", "B"])[1] == "S>"
    # one that prints a date stays a date line
    texts = ["　　（作者为某某大学教授）", "2019年10月12日", "谊新章（学者随笔）"]
    assert overrule(texts, ["Y<", "D<", "T>"])[1][0] == "D"


def test_last_words_signed_with_the_reporters_name_end_the_item_above():
    from generator.segment.rules.overrule import overrule
    texts = ["简讯", "", "◆某某某成功卫冕 第三届某某杯全国象棋女子", "公开赛决赛24日在某市棋院比赛大厅开赛。最",
             "终，某某某以2比0", "", "目胜。（记者 某某某）", "", "　　本报讯 全省春季植树活动近日启动。"]
    out = overrule(texts, ["F", None, "B", "I", "I", None, "T~", None, "I"])
    assert out[6] == "I"
    assert out[8] == "B"          # the dispatch after a signed item opens the next


def test_a_laws_clause_is_text_of_the_law_not_a_headline():
    from generator.segment.rules.overrule import overrule
    texts = ["　　某某省人民政府省长  某某某", "　　2018年12月29日", "　　第一条\xa0\xa0在本省行政区域内经营",
             "农贸市场的单位和个人，应当遵守本办法。", "　　第二条  本办法所称市场，是指以零售、批发",
             "方式集中交易农副产品的固定场所。"]
    out = overrule(texts, ["H", "D<", "H", "I", "I", "I"])
    assert out[2] == "I"


def test_a_headline_on_two_lines_after_a_closing_credit_heads_the_next_article():
    from generator.segment.rules.credits import after_closing
    texts = ["　　越来越多的老宅与游客“见面”。", "　　本版制图：某  某", "让技能人才真正“扬", "眉吐气”（小议）", "",
             "　　技能培训办得好，能给年轻人更多样", "化的就业创业机会。"]
    out = after_closing(texts, ["I", "Y<", "H", "H", None, "I", "I"])
    assert out[2:4] == ["T>", "T>"] and out[5] == "B"


def test_a_headline_and_its_byline_after_a_closing_credit_head_the_next_article():
    from generator.segment.rules.credits import after_closing
    # No blank line on the page: the credit closes one story, two headline lines and a
    # byline (which an earlier pass read as a byline over a body) open the next.
    texts = ["让农业和旅游携手发展。", "版式设计：某某某", "老糕点铺：在传承中创新", "让传统糕点焕新", "本报记者 某 某",
             "老糕点铺始创于1890年，至今已持续经营", "130年，是县城最老的店铺之一。"]
    out = after_closing(texts, ["I", "Y<", "H", "H", "Y>", "I", "I"])
    assert out[2:6] == ["T>", "T>", "Y>", "B"]
    # Without the closing credit, the same lines are a section inside the story.
    assert after_closing(texts, ["I", "I", "H", "H", "Y>", "I", "I"])[2] == "H"


def test_a_sites_name_over_a_breadcrumb_and_a_headline_is_furniture():
    from generator.segment.rules.overrule import overrule
    texts = ["永安市政府门户网站", "位置：网站首页 / 新闻中心 / 本地新闻", "县里召开春耕生产会议", "2019-10-25 17:56 来源: 永安市政府门户网站",
             "", "　　本报讯 县里昨天召开春耕生产会议，部署全年农业生产任务。"]
    out = overrule(texts, ["K>", "F", "T>", "D>", None, "B"])
    assert out[0] == "F" and out[2] == "T>"
    # Under the site's menu, which the model read as a kicker: both are furniture.
    out = overrule(["首页 新闻 县域 民生 专题 视频"] + texts, ["K>", "T>", "F", "T>", "D>", None, "B"])
    assert out[:2] == ["F", "F"] and out[3] == "T>"


def test_a_headline_over_the_pages_first_body_points_at_it():
    from generator.segment.rules.web import nothing_above
    texts = ["县里召开春耕生产会议", "2019-10-25 17:56", "", "　　本报讯 县里昨天召开春耕生产会议。", "", "下一条新闻的标题"]
    assert nothing_above(texts, ["T<", "D<", None, "B", None, "T<"]) == ["T>", "D>", None, "B", None, "T<"]


def test_points_under_a_headline_before_the_byline_are_the_articles_lead():
    from generator.segment.rules.credits import lead_points
    texts = ["县里治理智能电视“套路”", "● 智能电视机虽然增加了观看节目的可选择范围，但在使用过程中存在不少问题",
             "● 网络电视付费收看的情况十分普遍，会员开通的费用等问题，商家应当作出明确的提示",
             "□ 本报记者 张守坤", "“看个电视怎么这么麻烦！”", "今年春节期间，家住县城的老张买了一台智能电视机。"]
    out = lead_points(texts, ["T>", "Y>", "B", "Y>", "I", "I"])
    assert out == ["T>", "B", "I", "H", "I", "I"]          # one article: no head group opens at the byline
    # One point alone is not a lead of points.
    assert lead_points(texts[:1] + texts[2:], ["T>", "B", "Y>", "I", "I"])[2] == "Y>"


def test_a_scene_caption_between_paragraphs_stays_inside_the_report():
    from generator.segment.rules.overrule import overrule
    texts = ["记者 余艳华", "1月6日,县委全体(扩大)会议隆重召开。县政协副主席参加第六组讨论。", "", "讨论会现场",
             "与会人员讨论了全委会工作报告以及会议公报(草案)讨论稿,并结合自身工作实际进行了深入分析讨论。",
             "与会人员认为,报告求真务实,符合我县经济社会发展实际,为下一步工作指明了方向。"]
    model = ["Y>", "B", None, "T>", "B", "I"]        # what the model said of them
    assert overrule(texts, model)[3:5] == ["H", "I"]
    # A headline that ends on 现场, after a report signed off, heads the next one.
    texts = texts[:2] + ["会议要求各乡镇抓好落实。(王云贵)", "", "直击春耕现场"] + texts[4:]
    assert overrule(texts, ["Y>", "B", "I", None, "T>", "B", "I"])[4:6] == ["T>", "B"]


def test_under_an_article_pages_tool_bar_the_sites_boxes_are_furniture():
    from generator.segment.rules.overrule import overrule
    texts = ["某县昨日发生多起山火，仅某镇就发生5起，山火曾一度逼近镇政府大楼，幸好最终都被扑灭。",
             "大火反反复复烧了三次才被扑灭。记者陈斌", "", " 【评论】【推荐】【 】【打印】【下载】【关闭", "",
             "新 闻 查 询", "关键词", "", "彩 信 专 题", "双响炮", "诠释爱情经典漫画", "更多专题   更多彩信"]
    model = ["B", "I", None, "H", None, "F", "F", None, "T>", "Y>", "B", "F"]     # what the model said of them
    assert overrule(texts, model)[3:] == ["F", None, "F", "F", None, "F", "F", "F", "F"]
    # A report that goes on under the bar (a listing of articles) keeps its lines.
    texts[10] = "本报讯 某县昨日召开春耕生产会议，部署当前农业生产各项工作，要求各乡镇抓好落实，确保不误农时。"
    assert overrule(texts, model)[10] == "B"


def test_a_headline_after_a_dispatchs_sign_off_heads_the_next_story_not_a_section():
    from generator.segment.rules.credits import after_closing
    texts = ["某国越早走出“停摆”的困难时期，就能越早迎来经济回暖。", "", "（本报某地10月8日电）", "",
             "中国展品亮相某某国际博览会", "", "一年一度的某某国际博览会不久前落下帷幕。"]
    model = ["I", None, "H", None, "H", None, "I"]          # what the model said of them
    assert after_closing(texts, model)[4:] == ["T>", None, "B"]
    # A subhead under a paragraph that signs nothing off stays a subhead.
    texts[2] = "分析人士认为，前景仍不明朗。"
    assert after_closing(texts, ["I", None, "I", None, "H", None, "I"])[4] == "H"


def test_a_records_catalogue_fields_are_furniture_and_its_bare_label_opens_the_text():
    from generator.segment.rules.documents import label_runs
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
    from generator.segment.rules.overrule import overrule
    texts = ["的针灸推拿等方面的专题讲座。", "海外中医药学", "会推动中医国", "际影响力", "", "本报讯 不久前，某某镇尝试在"]
    assert overrule(texts, ["I", "T<", "T<", "Y<", None, "B"])[3] == "T<"        # 中医国 / 际影响力
    # names under a headline stay its byline
    texts[3] = "谢某然 蒋某静"
    assert overrule(texts, ["I", "T<", "T<", "Y<", None, "B"])[3] == "Y<"


def test_a_short_line_under_a_headline_in_a_wrapped_column_that_holds_nothing_a_byline_holds_is_its_last_line():
    # …与某国友好城市 / 签署合作协议: no word runs across the break, but a byline names people
    # (or credits a source); a line with neither, straight under the headline, ends it.
    from generator.segment.rules.overrule import overrule
    from helpers import wrap
    above = wrap("  县里今年新修通村公路八十公里，惠及沿线群众两万余人，"
                 "山里的农产品也能及时运出去了。", 15).split("\n")
    under = wrap("  本报讯 近日，县里与某国一座友好城市签署合作协议，"
                 "双方将在农业、教育和旅游等领域开展交流。", 15).split("\n")
    n = len(above)
    texts = above + ["", "县里与某国友好城市", "签署合作协议", ""] + under
    model = ["B"] + ["I"] * (n - 1) + [None, "T<", "Y<", None, "B"] + ["I"] * (len(under) - 1)
    assert overrule(texts, list(model))[n + 2] == "T<"
    # So does a column's name in brackets: the headline's last words.
    assert overrule(texts[:n + 2] + ["（乡村观察）"] + texts[n + 3:], list(model))[n + 2] == "T<"
    # A name, a source's credit, a signature or a dispatch's sign-off in brackets, or an item's
    # mark stays what the model read.
    for line in ("王某某", "数据来源：县统计局", "（王某某）", "（新华社发）", "（新华社某地电）", "■县里召开会议"):
        assert overrule(texts[:n + 2] + [line] + texts[n + 3:], list(model))[n + 2] == "Y<", line
    # On a page of one paragraph a line a headline's line is no wrap: the line under it is left.
    flat = ["县里今年新修通村公路八十公里，惠及沿线群众两万余人，山里的农产品也能及时运出去了，乡亲们的腰包一天天鼓了起来。", "",
            "修路的钱一部分来自上级补助，一部分由县里自筹，还有不少在外创业的老乡捐了款，路修到哪里，哪里的产业就跟着"
            "兴旺起来，村里的茶叶、核桃和土蜂蜜都有了稳定的销路。", "",
            "县交通运输局负责人说，明年还将再修五十公里，争取让每个自然村都通上硬化路，方便群众出行。", "",
            "县里与某国友好城市", "签署合作协议", "",
            "近日，县里与某国一座友好城市签署合作协议，双方将在农业、教育和旅游等领域开展交流，今后每年互派代表团访问，"
            "县里的茶叶和核桃也将借此打开海外市场，更多年轻人有望走出国门学习。", "",
            "据介绍，这是县里缔结的第三座友好城市，此前两座城市的交流已持续多年，成果丰硕。"]
    read = ["B", None, "I", None, "I", None, "T<", "Y<", None, "B", None, "I"]
    assert overrule(flat, read)[7] == "Y<"


def test_a_note_on_the_author_under_a_letter_s_signature_is_its_credit():
    # A letter signed by its writer, then the note on who the writer is: the model read
    # both as headlines of the article below (a headline it then never placed).
    from generator.segment.rules.overrule import overrule
    texts = ["　　能为两国的友谊尽一份力，爸爸感到", "很自豪。祝新年快乐、天天向上！", "", "张某明", "",
             "（作者为援外医疗队内科医生）", "", "为两国友谊添新彩（", "远方的家书）", "",
             "本报太原3月9日电  （记者某某）近日，在", "太原市某某长途汽车站候车大厅，"]
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
             "记者 王建国 通讯员 赵红", "　　在网络时代找准自己的位置，县", "图书馆需要与时俱进，加快转变成",
             "数字化的服务平台，匹配读者的", "新需求。这是图书馆发展的方向。",
             "　　近年来，县图书馆开通了线上借阅", "服务，读者足不出户就能借到图书。", ""]
    labels = tag(texts)
    assert labels[5] == "Y<"
    assert labels[7] == "Y>" and labels[8] == "B"


def test_short_lines_closing_a_body_with_a_headline_next_are_that_body_s_headline():
    # A headline printed under its body with no blank line between them: the model read
    # it as two subheads, but no section follows them, only the next article's headline.
    from generator.segment.rules.columns import heads_closing_blocks
    from helpers import wrap
    game = wrap("据新华社北京3月4日电（记者林某某）经历12场连败的某某队4日在主场赢下了一场关键战，"
                "在一度落后对手15分的情况下，凭借最后一节的顽强反击，以98∶96险胜某某队。", 16).split("\n")
    race = wrap("本报讯（通讯员吴某某）北京时间4日凌晨，中国选手王某某在室内田径邀请赛中以6秒60的"
                "成绩获得男子60米比赛的第一名，为新赛季开了个好头。", 16).split("\n")
    texts = game + ["某某队的下一个对手将是某市队。", "男篮联赛常规赛", "某某队赢下一场关键战", "",
                    "室内田径赛男子60米", "王某某夺得冠军", ""] + race
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
    from generator.segment.rules.credits import box_openings
    texts = ["公共文化服务提升不是一朝一夕的事，需要久久为功。有了进步，值得高兴，但不能松劲，要让乡土文化在群众生活里"
             "活起来、传下去，让更多群众享受到更加丰富的文化生活。",
             "这几年受欢迎的地方戏曲节目也在不断创新，刚刚结束的一届县级戏曲展演在剧目、舞台等方面都有新意。",
             "前些年红火的乡村晚会今年也有新的变化，主办方把舞台搭到了村口，让更多村民登台表演，讲一讲自己"
             "和家乡的故事，观众一场比一场多，网上的讨论也十分热烈，不少年轻人因此爱上了地方戏。", "",
             "上映一个月票房过亿元，观影人次超过三百万", "《山村来信》，好片如何炼成", "核心阅读",
             "《山村来信》不仅是一部成功的乡村题材电影，更是小成本影片用真情打动观众的一次可贵的艺术探索。",
             "3月10日，由某某影视协会主办的《山村来信》研讨会在省城举行，专家们一致认为影片的成功是真实故事与"
             "朴素表达的结合，值得总结。"]
    model = ["B", "I", "I", None, "I", "H", "B", "I", "I"]
    out = box_openings(texts, model)
    assert out[4:7] == ["K>", "T>", "B"]
    # Over a finished paragraph, the box opens the body after the body above: nothing changes.
    finished = texts[:4] + ["票房过亿元，观影人次超过三百万。"] + texts[6:]
    assert box_openings(finished, ["B", "I", "I", None, "I", "B", "I", "I"])[4:6] == ["I", "B"]


def test_lines_closed_by_a_column_name_over_a_dispatch_are_a_headline_standing_apart():
    # A page that prints its headlines after their bodies, with no blank line between a
    # headline and the next report's dispatch: the model read the headline as body.
    from generator.segment.rules.columns import tagged_heads_over_dispatch
    from helpers import wrap
    food = wrap("一日三餐最见变化。一张餐桌，见证着百姓日子的越过越好，也见证着家乡发展的点点滴滴。从吃得饱到"
                "讲究吃得好，每个家庭都实实在在感受到了餐桌上的变化。", 17).split("\n")
    town = wrap("本报讯（通讯员魏某记者李某）一辆没有司机的“小巴”，在某镇街头跑了起来：会自动按喇叭，"
                "会绕开车辆，到斑马线前还会停车让行。", 17).split("\n")
    head = ["这些年，城乡居民人均主粮消费量明", "显减少，蔬果肉蛋等食品消费量显著上升", "吃出健康", "餐桌变迁（数字看变化·家乡新貌）"]
    texts = food + ["", "（靖某参与采写）", ""] + head + town
    n = len(food) + 3
    model = ["B"] + ["I"] * (len(food) - 1) + [None, "H", None] + ["I"] * 4 + ["B"] + ["I"] * (len(town) - 1)
    out = tagged_heads_over_dispatch(texts, model)
    assert out[n:n + 4] == ["T~"] * 4 and out[n + 4] == "B"
    # Without the column's name the lines stay as the model read them.
    plain = texts[:n + 3] + ["餐桌变迁"] + town
    assert tagged_heads_over_dispatch(plain, model)[n:n + 4] == ["I"] * 4
    # Nor where the brackets hold the writer closing the report above (…停止干涉中国内政。（记者 武某某）).
    signed = texts[:n + 2] + ["关规定，尽快纠正错误做法。（记者 武某某）"] + town
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
    from generator.segment.rules.documents import masthead
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
    from generator.segment.rules.web import page_opening_head
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
    from generator.segment.rules.overrule import overrule
    texts = ["大地生辉", "历史上以穷山恶水著称的某县，如今已一跃成为大寨式的先进县。", "记者最近去某县访问，展现在面前的是一幅崭新的图画。"]
    assert overrule(texts, ["T>", "D>", "B"])[1:] == ["B", "I"]
    # A date line stays one; so does a digest's lead over the report's dateline (the model's call).
    assert overrule(["大地生辉", "1975年10月27日", "记者最近去某县访问。"], ["T>", "D>", "B"])[1] == "D>"
    lead = ["抓好春耕生产一年一个好开头", "“今年的三号文件说得很清楚，就是保面积、保收成。”",
            "本报北京3月2日电（记者某某）今年是某某部门连续第十年部署春耕工作。"]
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
    from generator.segment.rules.columns import head_over_indent
    texts = ["第8版()", "专栏:", "", "棉花盖棉被", " 某某 诗并画深耕厚肥保丰产，复被张灯却风寒；日夜滋长无休时。", "(附图片)"]
    assert head_over_indent(texts, ["F", "F", None, "B", "I", "H"])[3:5] == ["T>", "B"]
    # On a page that indents every paragraph, the line indented too, an indent tells nothing.
    boxed = ["　　核心阅读", "　　第十二届某某论坛以“深化区域合作”为主题。"]
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
    from generator.segment.rules.credits import second_dispatch
    texts = ["某某出席论坛开幕式并发表演讲", "", "本报某地3月6日电 （记者某某）当地时间3月6日，某某出席论坛。", "",
             "某某表示，近年来，区域合作不断走深走实。", "", "两国学生同庆新年", "",
             "3月6日，某国首都的中国文化中心张灯结彩，约300名两国学生在此联欢。", "", "（本报某地3月7日电）"]
    model = ["T>", None, "B", None, "I", None, "H", None, "I", None, "H"]
    assert second_dispatch(texts, model)[6:9] == ["T>", None, "B"]
    # A report that names no place at its start keeps its subhead: its sign-off closes it whole.
    texts[2] = "当地时间3月6日，某某出席论坛。"
    assert second_dispatch(texts, model) == model


def test_short_lines_in_a_row_opening_on_the_same_words_are_a_keyword_list_not_a_headline():
    from generator.segment.rules.web import keyword_lists
    texts = ["淘球app官方网站", "淘球app下载安装", "淘球app店铺", "淘球app官方免费下载正版",
             "今夏高温日持续，上海市民去哪纳凉消暑？社区的各类服务场所成为不少市民的新选择。"]
    assert keyword_lists(texts, ["T>", "T>", "T>", "T>", "B"]) == ["F", "F", "F", "F", "B"]
    # A headline of three lines, a kicker's words repeated or not, is no such list.
    head = ["乡村振兴", "乡村振兴看某县", "乡村振兴的某县样本", "本报讯 某县近年来大力推进乡村振兴。"]
    assert keyword_lists(head, ["K>", "T>", "S>", "B"]) == ["K>", "T>", "S>", "B"]


def test_a_site_s_mark_tagged_onto_the_text_s_sentences_is_furniture_where_it_stands_alone():
    from generator.segment.rules.web import watermarks
    texts = ["从本周六开始，某办事处在社区开展系列活动，很多居民赶来领取入场券。 某某图鉴社",
             "昨日上午，居民某某告诉记者，她领了三张入场券。（作者：某某）",
             "某某图鉴社"]
    assert watermarks(texts, ["B", "I", "T<"]) == ["B", "I", "F"]
    # A headline printed after its body is no such mark.
    after = ["从本周六开始，某办事处在社区开展系列活动。", "社区活动受欢迎"]
    assert watermarks(after, ["B", "T<"]) == ["B", "T<"]


def test_a_dateline_on_a_line_of_its_own_opens_the_text_under_it():
    from generator.segment.rules.credits import bare_datelines
    # the reporters alone on the dateline's line: the box the model opened under it is its text's
    texts = ["  本报讯（通讯员 周某某 记者 钱某）", "核心阅读", "  近年来，县人大常委会通过代表", "联络站收集民意，拉近了同群众的距离。"]
    assert bare_datelines(texts, ["B", "B", "I", "I"]) == ["B", "I", "I", "I"]
    # a box's name on the dateline's line: the paragraph under it goes on
    texts = ["  本报讯 核心阅读", "  今年的县政府工作报告提出，要推进", "村级事务公开。"]
    assert bare_datelines(texts, ["B", "B", "I"]) == ["B", "I", "I"]
    # lines the model read as the head of the article above are the text's first words
    texts = ["  本报北京9月30日电  （何某）", "县报30日第一版刊发", "评论员文章《初心铸就", "——为庆祝建县70周", "年而作》。", "  文章说，建县以来，"]
    out = bare_datelines(texts, ["B", "K<", "T<", "S<", "B", "I"])
    assert out == ["B", "I", "I", "I", "I", "I"]
    # a dateline with its first sentence is an ordinary opening: the next body is another article's
    texts = ["  本报讯（记者 钱某）近日，县里召开会议。", "  本报讯（记者 孙某）昨日，乡里召开会议。"]
    assert bare_datelines(texts, ["B", "B"]) == ["B", "B"]


def test_a_credit_cut_off_at_the_column_width_ends_on_the_line_under_it():
    from generator.segment.rules.credits import credit_runs_on
    texts = ["　　公司将继续研发家用新品，让科", "技走进更多普通家庭的日常生活。", "　　数据来源：佛山市某某电器科",
             "技有限公司", "", "　　但愿大家都能向身边的人多", "一点关心，哪怕是一声问候。"]
    model = ["B", "I", "Y<", "T>", None, "B", "I"]
    assert credit_runs_on(texts, model)[3] == "Y<"
    # a credit that ends inside the column ends there: the short line under it is a headline
    texts[2] = "　　数据来源：某某公司"
    assert credit_runs_on(texts, model)[3] == "T>"


def test_a_label_over_the_photo_captions_is_no_headline():
    from generator.segment.rules.overrule import overrule
    texts = ["  “孩子们拿到新书，一个个高兴得直蹦。”张某说。", "图片说明：",
             "图①：贵州某县，邮递员走在送信途中。", "黄某海摄", "图②：江苏某县，交警在路口执勤。"]
    out = overrule(texts, ["B", "H", "I", "H", "I"])
    assert out[1] == "H" and out[2] == "I"
    # a photo report's own short headline is one
    texts = ["  “孩子们拿到新书，一个个高兴得直蹦。”张某说。", "", "图片报道", "  春节前夕，某县交警在路口执勤。"]
    assert overrule(texts, ["B", None, "H", "B"])[2] == "T>"


def test_the_numbered_captions_of_an_articles_photos_stay_in_its_text():
    from generator.segment.rules.captions import caption_lists
    texts = ["图①：某县，邮递员走在送信途中。", "黄某海摄", "图②：某县，交警在路口执勤。", "本报记者 贺 某摄",
             "图③：某县，护士在认真工作。"]
    assert caption_lists(texts, ["I", "H", "B", "Y<", "I"]) == ["I", "H", "I", "I", "I"]
    # a caption alone after a body's end is what the model says it is
    texts = ["  “说实话我也挺自豪的。”张某说。", "图①：某县，邮递员走在送信途中。", "黄某海摄"]
    assert caption_lists(texts, ["I", "B", "Y<"]) == ["I", "B", "Y<"]


def test_a_wrapped_interviewers_question_is_no_credit_field():
    from generator.segment.rules.overrule import overrule
    body = ["  对于建校刚满40年的某某学院来说，如何", "突出地方院校的特色，坚持错位发展", "之路，建设一流应用型大学？"]
    texts = body + ["记者：请您简单说说这台晚会舞美", "的筹备经过，以及这次任务带来的影", "响。", "某某某：从今年3月接到任务起，"]
    out = overrule(texts, ["B", "I", "I", "I", "I", "I", "I"])
    assert out[3] == "I"
    # a reporter's name after the label is the credit
    texts = body + ["记者：张某某", "  本报讯 日前，某某学院召开大会，总结", "晚会舞美设计工作。"]
    assert overrule(texts, ["B", "I", "I", "I", "B", "I"])[3] == "Y>"


def test_a_dispatch_mark_alone_in_a_wrapped_column_closes_the_text_above():
    from generator.segment.rules.overrule import overrule
    texts = ["  新春佳节就要到了，祝你们健康长", "寿、生活幸福！", "", "某某某", "", "2019年10月6日", "",
             "（新华社北京10月7日电）", "", "  新华社北京10月7日电  在节日来"]
    out = overrule(texts, ["B", "I", None, "H", None, "H", None, "T>", None, "B"])
    assert out[7] == "Y<"
    # …read as a subhead, it closes the text as well, and never heads the dispatch under it
    out = overrule(texts, ["B", "I", None, "H", None, "H", None, "H", None, "B"])
    assert out[7] == "Y<"
    # (but over a headline it stays as read: that headline may be the closed text's, printed after it)
    texts[9:] = ["“感谢中国朋友", "的无私帮助”"]
    assert overrule(texts, ["B", "I", None, "H", None, "H", None, "H", None, "T<", "T<"])[7] != "Y<"


def test_a_full_line_broken_at_a_comma_that_runs_into_a_sentence_is_body():
    from generator.segment.rules.columns import paragraph_run_on
    texts = ["  一年来，某市干部群众苦干实干，上", "半年多项经济指标都达到了近年最", "好水平。", "",
             "新的一年，“甩开膀子加油干”", "成为大家的共同心声。“书记的话", "实实在在，说到了我们的心坎上。”"]
    out = paragraph_run_on(texts, ["B", "I", "I", None, "K<", "B", "I"])
    assert out[4:6] == ["I", "I"]
    # a headline printed after its body, apart from the next text, stays one
    texts[4:7] = ["看护公共利益，凝聚治理合力推进", "", "  本报讯 近日，某市检察院召开会议。"]
    assert paragraph_run_on(texts, ["B", "I", "I", None, "T<", None, "B"])[4] == "T<"


def test_a_short_line_whose_words_are_the_body_above_heads_it_where_headlines_stand_after():
    from generator.segment.rules.columns import heads_by_words
    texts = ["  某县新春灯会昨晚开幕，吸引市民游客。", "", "某县新春灯会开幕（文化）", "",
             "  据气象台预报，12日至13日，某省北部等", "地将有一次降雪过程，部分地区有中到大", "雪。市民出行要当心路面湿滑和结冰。", "",
             "  某省北部等地将有降雪", "",
             "  您见过江里的鲥鱼吗？这种大多数时间待在海里", "的鱼，每年春天都要游回江中产卵。"]
    model = ["I", None, "T<", None, "B", "I", "I", None, "H", None, "I", "I"]
    out = heads_by_words(texts, model)
    assert out[8] == "T<" and out[10] == "B"
    # a subhead that names what its section goes on to say stays one
    texts[8] = "  江中鲥鱼洄游产卵"
    assert heads_by_words(texts, model)[8] == "H"


def test_a_wrapped_headline_whose_words_are_the_body_above_heads_it_where_headlines_stand_after():
    from generator.segment.rules.columns import heads_by_words
    texts = ["  某县新春灯会昨晚开幕，吸引市民游客。", "", "某县新春灯会开幕（文化）", "",
             "  据气象台预报，12日至13日，某省北部等", "地将有一次降雪过程，部分地区有中到大", "雪。市民出行要当心路面湿滑和结冰。",
             "某省北部等地", "将有降雪", "",
             "  您见过江里的鲥鱼吗？这种大多数时间待在海里", "的鱼，每年春天都要游回江中产卵。"]
    model = ["I", None, "T<", None, "B", "I", "I", "H", "H", None, "I", "I"]
    out = heads_by_words(texts, model)
    # two lines straight under the body, a blank line under them: the body's headline, wrapped
    assert out[7:9] == ["T<", "T<"] and out[10] == "B"
    # set in as the paragraphs are, they are a subhead inside the text
    indented = texts[:7] + ["  某省北部等地", "将有降雪"] + texts[9:]
    assert heads_by_words(indented, model)[7:9] == ["H", "H"]


BODY = ["  某县把秸秆变成了饲料和燃料，农民增", "收，环境也变好了。一年来，全县秸秆", "综合利用率达到了九成以上。", ""]


def test_a_subtitle_cut_at_the_column_width_ends_on_the_line_under_it():
    from generator.segment.rules.overrule import overrule
    texts = BODY + ["牢记初心使命", "创造历史伟业", "——某某县委书记在庆祝建县七十周", "年大会上的讲话在党员干部中引起热", "烈反响",
                    "本报记者 顾 某", "  七十年风雨兼程，七十年砥砺奋进。某某", "1日在庆祝建县70周年大会上讲话。"]
    out = overrule(texts, ["B", "I", "I", None, "T~", "T~", "S~", "S~", "B", "I", "I", "I"])
    assert out[8] == "S~"


def test_a_column_tag_opened_on_a_headline_line_closes_on_the_next():
    from generator.segment.rules.overrule import overrule
    texts = BODY + ["全国人大代表陈某某——", "为快递小哥权益鼓与呼（新春", "走基层·代表履职进行时）",
                    "  又一次见到全国人大代表陈某某，是在", "县城的一家快递网点里。"]
    out = overrule(texts, ["B", "I", "I", None, "K>", "T>", "B", "I", "I"])
    assert out[6] == "T>"


def test_a_column_tag_cut_over_several_lines_under_its_headline_stays_in_the_headline():
    from generator.segment.rules.columns import open_tags_go_on
    texts = BODY + ["补齐短板 扎实解决群", "众急难事（学思践", "悟 对标对表 抓落", "实·深入开展“乡村振", "兴在行动”专题调研）", "",
                    "  本报讯 某某县把群众反映的事项", "列成清单，逐项销号。"]
    labels = ["B", "I", "I", None, "T<", "T<", "Y<", "K>", "T>", None, "B", "I"]
    assert open_tags_go_on(texts, labels)[4:9] == ["T<"] * 5
    # a tag prints no sentence: lines that do are the text's
    said = texts[:8] + ["兴在行动。”调研）"] + texts[9:]
    assert open_tags_go_on(said, labels) == labels
    # nor does the text go on under the line that closes it
    run_on = texts[:9] + ["又一年来，全县的", "本报讯 某某县把群众反映的事项"]
    assert open_tags_go_on(run_on, labels[:9] + ["I", "B"]) == labels[:9] + ["I", "B"]


def test_the_rest_of_a_number_cut_by_the_column_is_the_text_going_on_not_furniture():
    from generator.segment.rules.columns import furniture_inside_paragraph
    texts = ["  去年，某县农村电商网络零售额累", "计达到3.72亿元，比上一年增长了1", "2.5%", "", "下一段文字"]
    assert furniture_inside_paragraph(texts, ["B", "I", "F", None, "B"])[2] == "I"
    # under a line that closes its sentence, or that does not fill the column, it stays furniture
    closed = ["  去年，某县农村电商网络零售额累", "计达到3.72亿元，增长了一成半。", "18.6%", "", "下一段文字"]
    assert furniture_inside_paragraph(closed, ["B", "I", "F", None, "B"])[2] == "F"


def test_place_names_cut_at_the_width_between_headline_lines_are_no_byline():
    from generator.segment.rules.overrule import overrule
    texts = BODY + ["就建交70周年", "某某同保加", "利亚、罗马尼", "亚、捷克、斯", "洛伐克领导人", "互致贺电"]
    out = overrule(texts, ["B", "I", "I", None, "K<", "K<", "K<", "K<", "T<", "T<"])
    assert out[6] == "K<"


def test_short_lines_closing_the_page_under_a_body_with_a_column_tag_are_its_headline():
    from generator.segment.rules.columns import closing_tagged_head
    texts = ["  “螺丝钉从不嫌自己太小。”运动会背后还有许多", "鲜为外人知道的身影。他们，用汗水撑起了这",
             "场盛会的舞台；他们，用坚守诠释了职业本色！", "“用最好的状态迎", "接运动会”（第九", "届全省农民运动会", "特别报道）"]
    assert closing_tagged_head(texts, ["B", "I", "I", "H", "H", "H", "H"])[3:] == ["T<"] * 4
    # where the text goes on or came from, or who signs it, is no headline
    for tail in (["（下转04版）"], ["（据新华社电）"], ["某某某摄（贺某某 周某）"]):
        labels = ["B", "I", "I"] + ["H"] * len(tail)
        assert closing_tagged_head(texts[:3] + tail, labels) == labels


def test_a_line_over_a_column_tag_read_as_a_headline_is_that_headline():
    from generator.segment.rules.overrule import overrule
    texts = BODY + ["返乡创业有干头！", "（经济聚焦·回", "乡看变化⑥）", "", "　　核心阅读", "",
                    "　　某某省某县地处丘陵山区，受交通", "和人才等条件限制，工业起步较晚。"]
    out = overrule(texts, ["B", "I", "I", None, "I", "T<", "T<", None, "B", None, "I", "I"])
    assert out[4] == "T<"
    # a sentence over it is the text's
    texts[4] = "返乡创业有干头，乡亲们说。"
    assert overrule(texts, ["B", "I", "I", None, "I", "T<", "T<", None, "B", None, "I", "I"])[4] == "I"


def test_a_headlines_last_word_run_into_its_columns_tag_stays_in_the_headline():
    from generator.segment.rules.overrule import overrule
    texts = ["　　他的事迹在家乡代代相传，激励着后来人。", "", "姚某：为家乡解放事业建立卓著功", "勋（寻访身边榜样·模范人物谱）", "",
             "　　据新华社电（记者某某）在某某县，有一条以他名字命名的街道。"]
    out = overrule(texts, ["I", None, "T<", "Y<", None, "B"])
    assert out[3] == "T<"                  # (勋 ends 功勋: no credit's line)


def test_a_short_line_under_a_headline_set_after_its_text_ends_it_and_the_next_text_opens_under_it():
    from generator.segment.rules.overrule import overrule
    body = ["　　双方表示，愿同对方一道推动两国关系", "持续向前发展。会谈后，双方共同出席了", "农业、交通、教育等领域合作协议签字仪式。"]
    texts = body * 3 + ["", "某某会见某国王储某某某", "某并共同主持中某政府间", "合作委员会第二次会议",
                        "重办百家宴，只为让老邻居重新坐在一起；", "四处打电话联系，只为叫在外的乡亲回来。"]
    labels = ["I"] * 9 + [None, "K<", "T<", "B", "I", "I"]
    out = overrule(texts, labels)
    assert out[12] == "T<" and out[13] == "B"
    # Under a headline over its text, the same pair is a story's subhead and its section: left alone.
    labels = ["I"] * 9 + [None, "T>", "T>", "B", "I", "I"]
    assert overrule(texts, labels)[12:14] != ["T>", "B"]


def test_a_cartoons_credit_under_its_verse_closes_it():
    from generator.segment.rules.overrule import overrule
    # 这正是： / a verse / 曹  某图  于  某文: the names that drew and wrote it sign the report off,
    # which the model read as a subhead inside it.
    texts = ["　　近期，某市推出一批“口袋式”借书角，陆续设置到居民小区。", "", "这正是：", "图书奇幻漂流，",
             "书香飘进万家。", "", "　　曹\u00a0\u00a0某图\u00a0\u00a0于\u00a0\u00a0某文", "",
             "　　乡村要发展，关键在于产业兴旺。某区依托当地资源，做强特色产业。"]
    out = overrule(texts, ["B", None, "H", "H", "I", None, "H", None, "I"])
    assert out[6] == "Y<"
    # A line that only happens to hold 图 and 文 in a subhead's words is no credit.
    assert overrule(texts[:6] + ["　　看图 说文"] + texts[7:], ["B", None, "H", "H", "I", None, "H", None, "I"])[6] == "H"


def test_a_body_opened_mid_sentence_in_a_wrapped_column_goes_on_with_that_sentence():
    from generator.segment.rules.columns import sentence_goes_on
    body = ["本报北京10月9日电（记者王某）国务", "院副总理李某9日上午在某某宾馆同", "来华进行友好访问并出席本届", " 2019年中国某某国际茶叶",
            "博览会开幕式的某国副总理举行会谈。", "　　双方一致同意，深化各领域合作。"]
    out = sentence_goes_on(body, ["B", "I", "I", "B", "I", "I"])
    assert out[3] == "I"
    # under a finished sentence, or indented as a paragraph is, the model's opening stands
    body[2] = "来华进行正式访问的某国总理。"
    assert sentence_goes_on(body, ["B", "I", "I", "B", "I", "I"])[3] == "B"
    assert sentence_goes_on(body[:3] + ["　　2019年中国某某国际茶叶"] + body[4:], ["B", "I", "I", "B", "I", "I"])[3] == "B"


def test_a_body_opened_past_a_column_break_mid_sentence_goes_on_with_that_sentence():
    from generator.segment.rules.columns import sentence_goes_on
    # A blank line where the column broke, inside a sentence (…来电一万余个，已转 / / 交有关部门…).
    body = ["据了解，九月以来，某市政府服务", "热线共接到群众来电一万余个，已转", "", "交有关部门办理七千余件，已办结。",
            "　　下一步，该市将扩大热线受理范围。"]
    labels = ["B", "I", None, "B", "I"]
    assert sentence_goes_on(body, labels)[3] == "I"
    # past a finished sentence the break parts two texts; so it does under a one-line item
    assert sentence_goes_on(body[:1] + ["热线共接到群众来电一万余个。"] + body[2:], labels)[3] == "B"
    assert sentence_goes_on(["", "一、某市查出老病根 治好庸懒散"] + body[2:], [None, "B", None, "B", "I"])[3] == "B"


def test_a_line_read_as_a_headline_under_a_full_line_mid_sentence_ends_that_sentence():
    from generator.segment.rules.columns import heads_inside_sentence
    texts = ["　　群众对便捷出行的期待，决定了某某县公交", "线路的调整方向。一些站点偏远、班次少的",
             "线路，应尽早调整，否则终将沦为“空车”", "的尴尬", "　　近年来，某某县公交事业发展较快。全县",
             "公交线路已达四十余条，日均客流量超过", "两万人次。"]
    labels = ["B", "I", "I", "T>", "B", "I", "I"]
    out = heads_inside_sentence(texts, labels)
    # the sentence's last words, and the paragraph the model opened under them as under a headline
    assert out[3] == "I" and out[4] == "I"
    # under a finished sentence, a credit's bracket or a kicker's dash, a headline stands
    for above in ("线路，应尽早调整，以免车辆空驶浪费。", "（作者为某某大学交通学院教授）", "某某县公交公司驾驶员王某——"):
        assert heads_inside_sentence(texts[:2] + [above] + texts[3:], labels)[3] == "T>"
    # and a column's next item, opened by its mark under an item cut short
    assert heads_inside_sentence(texts[:3] + ["◆某某县开通两条公交专线"] + texts[4:], labels)[3] == "T>"
    # so does one under a body's first line that stands straight under a head (a subtitle cut)
    assert heads_inside_sentence(["某某县调整公交线路"] + texts[2:], ["T>", "B", "T>", "B", "I", "I"])[2] == "T>"


def test_a_headline_under_the_pages_date_header_read_as_a_body_of_one_line_heads_the_dispatch():
    from generator.segment.rules.web import page_opening_head

    texts = [" 2019年10月15日 第7版", "", "全县农村公路养护工程今起全面开工", "",
             "本报某某10月14日电  （记者某某）记者14日从县交通运输局获悉，全县农村公路养护工程全面开工。", "",
             "今年全县计划养护农村公路三百公里。"]
    labels = ["D>", None, "B", None, "B", None, "I"]
    assert page_opening_head(texts, labels) == ["D>", None, "T>", None, "B", None, "I"]


def test_a_headline_that_carries_its_columns_tag_is_the_title_not_a_kicker_over_a_short_first_line():
    texts = ["县里召开会议。", "", "光伏产业前景广阔（一线观察）", "", "一种能源一旦进了千家万户，就必将迎来大发展",
             "", "县里的光伏电站去年发电一亿千瓦时，带动三百户村民增收，今年还将在东部两个乡镇新建两座电站，预计年底并网发电。"]
    labels = ["I", None, "T>", None, "B", None, "I"]
    assert title_under_kicker(texts, list(labels)) == labels
    texts[2] = "光伏产业前景广阔"          # (without the tag, the short line under it is the title)
    assert title_under_kicker(texts, list(labels)) == ["I", None, "K>", None, "T>", None, "B"]


def test_a_wrapped_lead_point_the_model_read_as_a_headline_goes_on_with_the_report():
    from generator.segment.rules.overrule import overrule
    # A wrapped column (width 20): two marked points under the headline and byline, the
    # second over three lines, which the model read as a kicker and headline over the text.
    texts = ["将中医针灸传向世界", "记者 某某某 通讯员 某某某", "",
             "■某某学院第二任院长总结出一套适合外国学", "员的授课方法，让中医在当地渐渐有了名气", "",
             "■如今，某某学院分布在某国、某国、某国、", "某国等十几个国家，先后培养了数万名学员，", "让更多人了解了中医针灸",
             "位于某国北部的一个小镇上，是某某学院", "的总部。上世纪60年代，学院创办人从中医",
             "推拿手法中受到启发，总结了结合针灸、推拿", "的经络疗法，并把它传到了许多国家。"]
    model = ["T>", "Y>", None, "B", "I", None, "K>", "K>", "T>", "B", "I", "I", "I"]
    out = overrule(texts, model)
    assert out[6:10] == ["I", "I", "I", "I"]


def test_a_dash_alone_under_a_subhead_like_line_is_no_subtitle():
    from generator.segment.rules.overrule import overrule
    # …写道 / —— / “…: the text runs on into the letter it quotes; no headline and subtitle.
    texts = ["虽是独守孤城，援兵难至，但团长某某某决心", "誓死抵御到底。", "某某某在给夫人的信中写道", "——",
             "“我此番奉命坚守某城，因友军尚未赶到，后方", "补给困难，敌人攻势又猛，如今独力支撑。”"]
    out = overrule(texts, ["I", "I", "H", "I", "I", "I"])
    assert out[2][0] not in "KT" and out[3][0] != "S" and out[4] != "B"


def test_a_block_opened_by_unpunctuated_lines_over_a_dateline_is_a_headline_and_its_report():
    from generator.segment.rules.overrule import overrule
    # A wrapped column (width 14): a finished body, a blank line, then a headline of two lines
    # and the dispatch under it in one block, all of which the model read as body.
    above = ["“力争用3年左右时间，把电子信息", "产业培育成过百亿级主导特色产业。", "”某某省副省长某某某表示。"]
    block = ["某某县机关二〇二〇年度公务员", "招考今起报名", "本报某某10月14日电（记者某某）", "记者14日从某某县人事局获悉：",
             "县机关2020年度公务员招录报名", "工作今起开始。"]
    texts = above + [""] + block
    out = overrule(texts, ["I", "I", "I", None, "I", "I", "I", "I", "I", "I"])
    assert out[4:7] == ["T>", "T>", "B"] and out[7] == "I"


def test_a_columns_items_each_signed_by_their_writers_stay_items_the_model_opened():
    from generator.segment.rules.overrule import overrule
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
    from generator.segment.rules.overrule import overrule
    items = ["■某某县新建的污水处理厂日前投入运行，日处理能力达两万吨。(某某)",
             "■某某镇今年新修村道四十公里，全镇行政村全部通上硬化路。(某某)"]
    for name in ("江城短波", "经济简讯", "教育快讯"):
        assert overrule([name, *items], ["T>", "B", "B"]) == ["F", "B", "B"]
    # A headline may be worded so; over a report's short sub-head it stays the headline.
    assert overrule(["资讯速递", "□某某 某某", "某市地铁二期工程通车"], ["T>", "Y>", "T>"])[0] == "T>"


def test_in_a_wrapped_column_a_line_over_an_items_dateline_after_a_closed_item_is_its_headline():
    from generator.segment.rules.overrule import overrule
    texts = ["一周要闻", "",
             "本报讯 当“老手艺”遇上“新设", "计”，古老技艺在这里焕发新生，", "乡土与时尚擦出别样的火花", "。创新与融合，成了本届某某", "民间艺术节的关键词。（",
             "记者 某某）",
             "创新，让老手艺走得更远（小议）",
             "本报讯 创新没有固定的套路。老", "手艺的传承，可以有更时尚", "、更丰富的表现形式和渠道。"]
    labels = [None if not t else "I" for t in texts]
    labels[0], labels[2], labels[9] = "F", "B", "B"
    out = overrule(texts, labels)
    assert out[8] == "T>" and out[9] == "B"
    # (a line signed by its writers closes the item above: 种好自己的“责任田”（某某）)
    texts[8] = "守好自己的“责任田”（王某某）"
    assert overrule(texts, labels)[8] != "T>"


def test_in_a_column_that_sets_marked_headlines_alone_a_marked_line_short_of_the_column_is_one_too():
    from generator.segment.rules.overrule import overrule
    texts = ["综合新闻", "",
             "■ 以科技创新推动发展", "在16日召开的首届某某论坛上，来自", "18个国家和地区的专家学者分享了他", "们的思考。（某某 某某）", "",
             "■ 某某运动会今日开幕", "第五届某某运动会定于18日晚开幕", "，17日上午举行专题新闻发布会，", "本届运动会规模创下历届之最。", "",
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
    from generator.segment.rules.paragraphs import headline_over_names
    texts = ["导游提醒，出门在外言谈举止很重要，希望游客出行前多了解当地风俗，玩得开心。", "",
             "截至3月5日，某水库入冬以来已累计为下游补水约12亿立方米。图为6日水位回落后的某码头。郑某某摄（某某图片）", "",
             "2020  夜空奇观接连上演", "", "汪某某", "",
             "开春以后，一场场夜空奇观将接连亮相，我们一起来看看有哪些值得抬头一看的天文现象。"]
    labels = ["I", None, "I", None, "H", None, "H", None, "I"]
    assert headline_over_names(texts, labels)[4:9] == ["T>", None, "Y>", None, "B"]


def test_a_dash_kicker_over_a_headline_closed_by_its_column_after_a_text_opens_an_article():
    from generator.segment.rules.paragraphs import dash_kicker_heads
    # (one paragraph a line, as a web page sets them)
    texts = ["把行动不便的老人集中照料，既减轻了子女的负担，又提高了老人的护理水平，做到了“照护一人，解放一家，带动一片，"
             "温暖一村”。某市推行这项工作以来，已有一千多名失能老人住进照护中心，得到了周到照顾。", "",
             "某某、某某、某某、某某——", "",
             "倾听群众呼声 办好身边实事（为民办实事·基层在行动）", "",
             "活动开展以来，各地组织党员干部走进村组社区，倾听群众呼声，把群众的急难愁盼一件件记在心上。"]
    labels = ["I", None, "I", None, "I", None, "I"]
    assert dash_kicker_heads(texts, labels) == ["I", None, "K>", None, "T>", None, "B"]
    # (a package's speakers lead on so, each over their words: 专家谈… / 某某教授某某—— / …)
    texts[0:0] = ["专家谈养老", "", "某某大学教授某某——", "", "我们建议，今后要把农村养老服务的长远规划放在更加突出的重要位置。", ""]
    labels = ["T>", None, "B", None, "I", None] + labels
    assert dash_kicker_heads(texts, labels)[8] == "I"


def test_head_lines_over_a_dispatchs_dateline_after_a_finished_text_open_an_article():
    from generator.segment.rules.paragraphs import heads_over_plain_dateline
    texts = ["某某指出，要认真总结基层依法治理的经验做法，推动法律知识进村入户，让群众遇事找法成为习惯，"
             "为县域经济社会发展营造良好法治环境。",
             "会上，各乡镇司法所负责人和部分基层法律工作者作了发言，大家一致表示，要把会议精神落实到为群众解决实际问题的行动中，"
             "在服务大局中展现新作为。", "",
             "某某在全省乡村文化服务站建设现场推进会上强调",
             "贴近群众需要 创新服务方式推动文化服务站建设见实效",
             "新华社某地10月11日电  10月11日，某某省委宣传部、省文化和旅游厅在某县召开全省乡村文化服务站建设现场推进会。"]
    labels = ["I", "I", None, "I", "I", "I"]
    assert heads_over_plain_dateline(texts, labels)[3:] == ["K>", "T>", "B"]
    # (a line of the text, ending its sentence, is no head over the dateline)
    texts[4] = "会议强调，要推动文化服务站建设见到实效。"
    assert heads_over_plain_dateline(texts, labels)[3:] == ["I", "I", "I"]


def test_a_records_writer_and_day_over_its_text_are_its_stamp_not_its_headline():
    from generator.segment.rules.overrule import overrule
    texts = ["【标题】= 某村撤乡设镇", "【作者】= 徐某某", "【正文】=", "", "徐某某  (1994.02.01)", "", "某村撤乡设镇",
             "    本报讯 (记者 徐某某)近日,经省政府批准,某县某村撤",
             "乡设镇。1月26日,某村镇人民隆重集会,举行撤乡设镇挂牌仪式。"]
    # (the model read the writer and the day as the headline, the title under them as the text)
    labels = ["T>", "Y>", "F", None, "T>", None, "B", "I", "I"]
    assert overrule(texts, labels)[4] == "D>"


def test_a_headline_read_as_text_after_a_finished_text_is_one_by_its_column_or_its_subtitle():
    from generator.segment.rules.paragraphs import heads_read_as_text
    opening = "“只要大家愿意干，我就陪着大家一起干，谁家有难处就跟我说，村委会一定想办法帮你们解决。”这是他生前常说的一句话，村民们至今记得。"
    done = ("截至2019年底，某市生态环境法庭已审理各类环境资源案件1300余件，其中刑事案件500余件、民事案件300余件，"
            "审结率保持在较高水平，为守护绿水青山提供了有力司法保障。")
    # (one paragraph a line, as a web page sets them; the model read the head as the text going on)
    texts = [done, "", "为了乡亲们的好日子（为民办实事·基层干部风采录）", "", opening]
    assert heads_read_as_text(texts, ["I", None, "I", None, "I"]) == ["I", None, "T>", None, "B"]
    texts = [done, "", "为了乡亲们的好日子", "", "————追记某省某镇某村村委会原主任某某某", "", opening]
    assert heads_read_as_text(texts, ["I", None, "I", None, "I", None, "I"]) == ["I", None, "T>", None, "S>", None, "B"]
    # (a photo's credit in brackets, or a speaker under a quotation, is no headline)
    texts = [done, "", "某某某摄（影像中国）", "", opening]
    assert heads_read_as_text(texts, ["I", None, "I", None, "I"])[2] == "I"
    texts = [done, "", "不忘初心 方得始终", "", "——某某", "", opening]
    assert heads_read_as_text(texts, ["I", None, "I", None, "I", None, "I"])[2] == "I"


def test_blank_lines_that_part_articles_make_a_lone_subhead_under_one_a_headline():
    from generator.segment.rules.paragraphs import blank_lines_part_articles
    # One paragraph a line and no blank line between paragraphs: the page's one blank line
    # stands where an article ends.  The model read the next headline as a subhead.
    texts = ["某县冰雪亲子游升温",
             "在县城以北五公里处的滑雪场，头戴头盔的孩子们跟着父母一遍遍练习，雪道上笑声不断，家长们说假期陪孩子出来放松一下很值得。",
             "滑雪场负责人介绍，这个雪季预计接待游客二十多万人次，其中亲子游客约占三成，比去年同期有明显增长。",
             "",
             "某国劣质酒事件致数十人死亡",
             "据某国卫生部门公布的数字，截至3月2日，两个省因饮用劣质酒死亡的人数已超过六十人，另有数十人仍在医院救治。",
             "事件发生后，当地警方开展专项行动严查非法酿酒作坊，已抓获涉案人员数十名。"]
    model = ["T>", "B", "I", None, "H", "I", "I"]
    assert blank_lines_part_articles(texts, list(model))[4:6] == ["T>", "B"]
    # Its headline on two lines, both read as subheads: the first is its kicker.
    two = texts[:4] + ["地方戏的新观众与新舞台", "为乡土留住乡音"] + texts[5:]
    out = blank_lines_part_articles(two, model[:4] + ["H", "H"] + model[5:])
    assert out[4:7] == ["K>", "T>", "B"]
    # A page whose blank lines also part paragraphs says nothing by them: the subhead stays.
    spaced = [t for k, t in enumerate(texts) for t in ([t, ""] if k < len(texts) - 1 and t else [t])]
    spaced_model = [m for k, m in enumerate(model) for m in ([m, None] if k < len(model) - 1 and m else [m])]
    assert blank_lines_part_articles(spaced, spaced_model)[spaced.index(texts[4])] == "H"


def test_a_headline_between_short_reports_that_open_on_their_day_heads_the_next_report():
    from generator.segment.rules.briefs import dated_reports
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
    dispatch = ["两国磋商结束", "——某国总统会见某某", "新华社某地 3月3日电 （", "记者某某）当地时间",
                "3月3日，某国总统在总统府会见某某。"]
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
    from generator.segment.rules.briefs import dated_reports
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
    from generator.segment.rules.briefs import dated_reports
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
    cry = above + ["首破十亿元！假日消费红火"] + below
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
    from generator.segment.rules.briefs import dated_reports
    # The report above has subheads over sections that do not open on their day; the line
    # over the next text that does is a headline, not another subhead.
    texts = ["某县举办农民丰收节", "9月23日，某县举办农民丰收节。", "丰收成果展", "展区陈列了全县特色农产品。",
             "农事比赛热闹", "农民们参加了插秧比赛。", "县领导调研秋粮收购", "9月24日，县领导调研秋粮收购工作。"]
    model = ["T>", "B", "H", "I", "H", "I", "H", "I"]
    out = dated_reports(texts, list(model))
    assert out[2:5] == ["H", "I", "H"] and out[6:8] == ["T>", "B"]
    # A feature's sections under their places' names (浙江：… / 广东：…) stay its sections,
    # though the last opens on its day.
    places = ["某市开展专项整治", "9月23日，某市开展专项整治。", "东城：整改成效请群众打分", "东城区纪委牵头制定方案。",
              "西城：集中解决群众反映集中的难题", "近日，西城区开展整治。"]
    assert dated_reports(places, ["T>", "B", "H", "I", "H", "I"])[4] == "H"
    # A byline closes a headline: the lead under it, not on its day, is the text.
    signed = ["某县举办农民丰收节", "9月23日，某县举办农民丰收节。", "“丰收节里话丰收”", "——某县农民丰收节侧记",
              "文/王建国", "一个小姑娘钻过人群，跑到展台前。", "9月23日，某县举办农民丰收节。"]
    out = dated_reports(signed, ["T>", "B", "T>", "S>", "Y>", "B", "I"])
    assert out[2:6] == ["T>", "S>", "Y>", "B"]
    # A column's items, each opened by its mark, are none of this: a photo's credit closing one
    # item, the next items' marks under it.
    items = ["■图片报道", "近日，某县乡亲们在河边欢度节日。", "王  涛摄（人民视觉）", "",
             "■从不停歇的“海上哨兵”", "渔船、货轮、客船……茫茫海面之上。", "",
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
    from generator.segment.rules.credits import after_closing
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
    # The model read 心贴心事才办成 / （一线行走） as a subhead of the text above; a subhead
    # names no column, so it is the next text's headline, and that text opens under it.
    from generator.segment.rules.columns import tagged_heads_between
    from helpers import wrap
    above = wrap("  春节前，某县敬老院的五保老人搬进了新居，屋里装了空调，院里修了小花园，老人们"
                 "说，现在吃得好住得好，比过去在自己家里还要舒坦。", 16).split("\n")
    under = wrap("  基层干部只有常到群众家里坐一坐、聊一聊，把群众的事当成自家的事，才能凝聚起大家的"
                 "力量，一起把村里的事情办好。", 16).split("\n")
    texts = above + ["", "心贴心事才办成", "（一线行走）", ""] + under
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
    going_on = above + ["", "心贴心事才办成", "（一线行走）"] + under
    labels = ["B"] + ["I"] * (n - 1) + [None, "H", "H"] + ["I"] * len(under)
    assert tagged_heads_between(going_on[:n + 2] + ["（一线行走）的干部说，"] + under, labels)[n + 1] == "H"


def test_an_indented_paragraph_the_model_read_as_a_headline_is_the_texts():
    # Opening on the paragraph's indent, its clauses parted by commas and closed by a full
    # stop, it goes on the text above; so does the text the model opened under it.
    from generator.segment.rules.columns import paragraphs_read_as_heads
    from helpers import wrap
    above = wrap("  某县文化节18日晚在森林公园开幕，演员们演唱了多首民歌和戏曲选段，让观众走出剧院，走进"
                 "山林，欣赏了一台别开生面的露天晚会。", 16).split("\n")
    para = wrap("  文化节期间正值某某博览会在某地举办，文化节将积极促进文化交流。", 16).split("\n")
    under = wrap("  摆在眼前的难题是，钱从哪里来？孩子出生后，他跑到县城四处找活干，收入刚够奶粉花销。",
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
    # 某某合作… // 做好两国人民…（远方的家书） / 本报通讯员 某某, both read as the text above's:
    # a text has one headline, and the text under them has none after it.
    from generator.segment.rules.columns import stacked_heads_after_text
    from helpers import wrap
    above = wrap("  一年来，两国交往不断增多，合作项目接连落地，双方在经贸、人文等许多领域"
                 "都保持着良好的沟通。", 16).split("\n")
    under = wrap("  亲爱的爸爸妈妈：新年就要到了，远在异国他乡的我，祝愿家里一切都好、"
                 "全家平安幸福。", 16).split("\n")
    heads = ["", "某某合作不断惠及两国", "民众（使节寄语）", "", "当好两国民心", "相通的友好使者",
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
    # 【诗经】 【楚辞】 【乐府】 reads like a site's tool bar (【打印】【关闭】【收藏】), under
    # which a web page prints only its boxes; on a wrapped page the articles under it go on
    # in lines as narrow as the column, and stay articles.
    from generator.segment.rules.web import after_tools
    from helpers import wrap
    story = wrap("  眼下，县里的健身热一年比一年高。群众健身的热情越来越高，离不开场地设施的配套。"
                 "锻炼身体成了习惯，县里的体育事业一定会越办越好。", 18).split("\n")
    texts = ["《某某全集》全60册，定价18800元", "【诗经】 【楚辞】 【乐府】 【唐诗】", "",
             "让健身场地离群众更近（体育漫谈）", ""] + story
    model = ["B", "I", None, "T>", None, "B"] + ["I"] * (len(story) - 1)
    assert after_tools(texts, model) == model
    # A web page's tool bar, with no paragraph under it, still ends the page's text.
    page = ["某县召开春耕生产工作会议，部署今年农业生产。", "【打印】【关闭】【收藏】", "新 闻 查 询", "彩 信 专 题"]
    assert after_tools(page, ["B", "F", "T>", "T>"])[2:] == ["F", "F"]


def test_an_advertisements_order_line_and_its_wrapped_end_are_furniture_not_a_headline():
    from generator.segment.lines import is_furniture
    from generator.segment.rules.credits import credit_runs_on
    from helpers import wrap
    assert is_furniture("  400-123-4567　　全国包邮送货  货到")
    assert not is_furniture("  400多名志愿者走上街头，为群众送去")
    story = wrap("  眼下，县里的健身热一年比一年高。群众健身的热情越来越高，离不开场地设施的配套。"
                 "锻炼身体成了习惯，村里的篮球赛、广场舞比赛越办越多，县里的体育公园、健身步道不断增加，"
                 "县里的体育事业一定会越办越好。", 18).split("\n")
    texts = story + ["  400-123-4567　　全国包邮送货  货到", "付款　　某市某区某大厦6层", "",
                     "让健身场地离群众", "更近（体育漫谈）", ""] + story
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
    from generator.segment.rules.columns import tagged_heads_between
    from generator.segment.rules.paragraphs import heads_read_as_text
    lead = ["去年以来，某地接待游客人数持续增长，旅游收入创下新高。", "",
            "当地文旅部门负责人介绍，下一步将继续改善接待条件，让游客吃得香、住得好、玩得痛快，努力把旅游业培育成为带动当地发展的重要产业。",
            "", "记者在当地看到，不少景区正在修缮步道、增设指示牌，迎接各地游客前来观光，当地商家也纷纷推出优惠活动。", ""]
    opening = "2018年，到某地旅游的游客接近800万人次。游客们不再满足于购物，而是更多地走进博物馆、美术馆和剧场，体验当地文化。"
    read = ["B", None, "I", None, "I", None]
    texts = lead + ["“游客口味越来越挑”（海外见闻）", "", "文/某某 图/某某", "", opening]
    out = tagged_heads_between(texts, read + ["H", None, "H", None, "I"])
    assert out[6:] == ["T>", None, "Y>", None, "B"]
    # (a box's name is the text's: 【相关链接】, …（链接）)
    texts[6] = "这也难，那也难，摆上桌面就不难（链接）"
    assert tagged_heads_between(texts, read + ["H", None, "H", None, "I"])[6] == "H"
    # Read as the text going on under a dispatch's sign-off in brackets, a two-character
    # column's name (小议) closes a headline as well; a signature in brackets, （某某）, does not.
    signed = "（本报北京、某地10月17日电  记者某某、某某）"
    texts = lead + [signed, "", "走向共同繁荣的明天（小议）", "", opening, "", opening + opening]
    out = heads_read_as_text(texts, read + ["I", None, "I", None, "I", None, "I"])
    assert out[8] == "T>" and out[10] == "B"


def test_under_a_commentarys_closed_note_lines_read_as_text_that_end_on_a_columns_tag_are_the_next_headline():
    # （作者为… / …副会长） closes the commentary; the lines under it the model read as the text
    # going on, ending on a column's tag, are the next article's kicker and headline.
    from generator.segment.rules.columns import tagged_heads_between
    from helpers import wrap
    above = wrap("  乡村的发展离不开人才，人才的成长也需要乡村，推动人才、资金、技术向农村流动，让更多"
                 "年轻人回到家乡创业。", 14).split("\n")
    note = ["（作者为某某部原副部长、", "某某和平与发展协会", "副会长）"]
    head = ["从教育、卫生、道路交通入手", "补齐偏远山区发展短板", "筑牢根基（乡村观察）"]
    under = wrap("帮助偏远山区加快发展，要在因地制宜、分类施策的基础上，结合当地的资源条件和群众意愿。", 14).split("\n")
    texts = above + note + head + under
    n = len(above) + len(note)
    model = ["B"] + ["I"] * (n - 1) + ["I"] * len(head) + ["I"] * len(under)
    out = tagged_heads_between(texts, model)
    assert out[n:n + 3] == ["T>"] * 3 and out[n + 3] == "B"
    # Under a sentence of the text, lines read as the text are the text's.
    texts = above + head + under
    model = ["B"] + ["I"] * (len(texts) - 1)
    assert tagged_heads_between(texts, model) == model


def test_a_name_in_brackets_is_a_columns_unless_it_signs_credits_or_files_the_text():
    from generator.segment.rules.shapes import names_a_column
    for column in ("（乡村观察）", "（第七届某某运动会特别报道）", "（心系人民 书写时代·基层行）", "（系列报道）"):
        assert names_a_column(column), column
    for other in ("（王某某）", "（记者 王某某）", "（新华社发）", "（王某某摄）", "（某某供图）", "（王某某整理）",
                  "（综合新华社报道）", "（本报某地电）", "（记者手记）"):
        assert not names_a_column(other), other



def test_a_headline_block_may_close_on_a_column_whose_series_is_numbered_in_brackets():
    from generator.segment.rules.columns import column_tag
    texts = ["乡村道路宽了 村民出", "行方便了（感言·岁末", "年初看县域（12））"]
    assert column_tag(texts, [0, 1, 2]).group(0) == "（感言·岁末年初看县域（12））"
