"""Markdown-converted pages: headings, kickers, credits, captions and strays."""
from helpers import by_title, parse_text

PAGE = """
# 山区学校用上“云课堂”

## ——记温州市泰顺县教育局信息中心

林晓燕 陈志远

“以前只能看黑板，现在能和城里的孩子一起上课。”

泰顺县教育局信息中心去年起为全县28所山区学校接入“云课堂”，组织骨干教师每周直播授课。

### 一根网线连起城乡

县教育局信息中心主任说，下一步将在全县推广“双师课堂”。

## 我市开展秋季森林防火检查

本报讯（记者 周 敏）近日，市应急管理局会同市林业局对全市重点林区开展秋季森林防火检查，督促各地落实巡山护林责任。

检查组一行先后来到文成县、平阳县，实地查看防火设施和物资储备情况。

检查组要求，要严格落实值班值守制度，确保森林资源安全。（下转第二版）

近日，瓯海区志愿者在塘河沿线清理垃圾。 郑凯 摄

### 市交通运输局

## 公交线路优化调整

本报讯(记者 黄 磊)为方便市民出行，市交通运输局近日对12条公交线路进行优化调整。

新线路运行后，乘客平均候车时间缩短约5分钟。

新线路运行后，乘客平均候车时间缩短约5分钟。

陈小明
"""


def articles():
    return parse_text(PAGE, home="浙江省温州市", date="2024-10")


def test_subtitle_and_people_under_a_title():
    a = by_title(articles(), "云课堂")
    assert a.subtitle == "——记温州市泰顺县教育局信息中心"
    assert a.byline == ["林晓燕", "陈志远"]
    assert "一根网线连起城乡" in a.body          # a subhead stays inside its article


def test_caption_becomes_a_photo_item_and_does_not_end_the_article():
    arts = articles()
    photo = [a for a in arts if a.kind == "photo"]
    assert len(photo) == 1 and photo[0].byline == ["郑凯"]
    fire = by_title(arts, "森林防火")
    assert fire.body.endswith("（下转第二版）") and "塘河" not in fire.body


def test_heading_before_a_title_is_its_kicker():
    a = by_title(articles(), "公交线路")
    assert a.kicker == "市交通运输局"
    assert a.byline == ["黄磊"]


def test_repeated_paragraph_and_stray_name_become_residue():
    arts = articles()
    bus = by_title(arts, "公交线路")
    assert bus.body.count("乘客平均候车时间缩短约5分钟") == 1
    residue = [a for a in arts if a.kind == "residue"]
    assert {r.body for r in residue} == {"新线路运行后，乘客平均候车时间缩短约5分钟。", "陈小明"}


def test_a_subhead_of_two_short_phrases_between_paragraphs_stays_in_its_article():
    # Two short phrases look like two names, but the byline is printed already and the
    # line stands between two paragraphs: a section's subhead, kept where it stands.
    page = ("## 小城换新颜\n\n本报记者 周 敏\n\n"
            "今年以来，我县持续推进城区环境整治，拆除违章建筑，新增绿地和口袋公园。\n\n"
            "街巷整洁 绿树成荫\n\n"
            "走进县城的老街，青石板路干干净净，沿街店铺的招牌整齐划一，居民在树荫下纳凉。\n")
    arts = parse_text(page, home="浙江省温州市", date="2024-10")
    [a] = arts
    assert "街巷整洁 绿树成荫" in a.body and a.byline == ["周敏"]
    assert a.body.index("街巷整洁") < a.body.index("走进县城")


def test_a_caption_closed_by_its_photographer_and_service_ends_its_paragraph():
    # The caption under a report ends on its credit and the photo service, no full stop:
    # the plain line after it (a dash kicker) is not the caption's sentence going on, and
    # the heading under that kicker opens the next article.
    page = ("# 县里举办非遗展演\n\n本报讯（记者 周 敏）10月17日，县里举办非遗展演，二十支队伍参加演出，"
            "展示剪纸、刺绣、竹编等传统技艺。\n\n"
            "10月16日，游客在县非遗馆参观竹编作品。王某某摄（人民视觉）\n\n"
            "某某县某某新区——\n\n## 创新带来新动能\n\n"
            "今年以来，新区扶持科技企业三十家，新建孵化器两座，一批数字文化项目落地投产。\n")
    arts = [a for a in parse_text(page, home="浙江省温州市", date="2024-10") if a.kind != "residue"]
    assert [a.title for a in arts] == ["县里举办非遗展演", "创新带来新动能"]
    assert arts[0].body.endswith("王某某摄（人民视觉）") and arts[1].kicker == "某某县某某新区——"


def test_relative_prefixes_resolve_through_the_home_city():
    fire = by_title(articles(), "森林防火")
    assert "温州市应急管理局" in fire.agencies and "温州市林业局" in fire.agencies
    assert {"温州市", "文成县", "平阳县"} <= {r["name"] for r in fire.regions}


def test_sentence_broken_across_paragraphs_is_joined_back():
    page = """## 志愿服务温暖社区

记者 王芳

愿精神，在社区开展助老服务。

社区组织志愿者定期上门探访独居老人。

志愿者们发扬邻里互助的志
"""
    a = parse_text(page, home="浙江省温州市", date="2024-10")[0]
    assert "志愿者们发扬邻里互助的志愿精神，在社区开展助老服务。" in a.body
    assert any("段落顺序已修复" in n for n in a.notes)


def test_plain_page_without_headings_takes_its_first_line_as_title():
    page = "湖州 全力守护太湖安澜！\n\n□沈建国\n\n湖州市迅速行动，全市干部群众投入防汛一线，筑牢安全防线。\n"
    a = parse_text(page, home="浙江省湖州市", date="2024-07")[0]
    assert a.title == "湖州 全力守护太湖安澜！" and a.byline == ["沈建国"]


SERIES = """
# 第一家县级图书馆开馆（家乡的“第一”·文化篇）

全县第一家县级图书馆于1958年开馆，藏书最初只有三千册。

馆长回忆，那时的读者多是附近的中学生和工人。

## 参观贴士

图书馆每周二至周日开放，凭身份证可办理借书证。

## 第一座乡村戏台落成（家乡的“第一”·文化篇）

镇上第一座乡村戏台建成后，每逢年节都有剧团下乡演出。

老人们说，戏台让村里的文化生活热闹了起来。
"""

SECTIONS = """
# 我县推进乡村振兴取得新进展

今年以来，我县从产业、人才、文化、环境、组织五个方面推进乡村振兴。

## 一、特色产业不断壮大

全县新建蔬菜大棚两千余座，带动农户增收。

## 二、人才队伍持续充实

全县引进农业技术人员一百余名，下乡指导生产。
"""


def test_articles_one_level_below_a_lead_title_are_articles_of_their_own():
    arts = [a for a in parse_text(SERIES, source="series.md") if a.kind != "residue"]
    assert [a.title for a in arts] == ["第一家县级图书馆开馆（家乡的“第一”·文化篇）",
                                       "第一座乡村戏台落成（家乡的“第一”·文化篇）"]
    assert "凭身份证" in arts[0].body                  # the sidebar box stays with the lead


def test_numbered_sections_under_a_title_stay_in_its_article():
    arts = [a for a in parse_text(SECTIONS, source="sections.md") if a.kind != "residue"]
    assert len(arts) == 1 and "两千余座" in arts[0].body and "一百余名" in arts[0].body


def test_a_deeper_heading_under_its_own_kicker_opens_an_article():
    # Two lead stories at # and a third set a level down with a smaller kicker over it: a
    # section's subhead (## 交流互鉴) has no kicker of its own, a story's title does.
    page = "\n\n".join([
        "# 县里召开春耕生产会议", "本报讯 县委、县政府日前召开春耕生产会议，部署全县春耕生产工作。",
        "## 抓好备耕", "会议要求，各乡镇要抓好种子、化肥等农资储备。",
        "# 县政协视察乡村道路", "县政协日前组织委员视察全县乡村道路建设情况，提出意见建议十二条。",
        "### 电视剧《山乡巨变》", "## 让乡村振兴的故事走进千家万户",
        "电视剧《山乡巨变》近日在县里开机拍摄，全剧讲述一个山村二十年的变迁。",
    ])
    arts = [a for a in parse_text(page, home="湖南省", date="2023-04") if a.kind != "residue"]
    story = by_title(arts, "让乡村振兴的故事")
    assert story.kicker == "电视剧《山乡巨变》" and story.body.startswith("电视剧《山乡巨变》近日")
    assert "山乡巨变" not in by_title(arts, "县政协视察乡村道路").body
    assert "抓好备耕" in by_title(arts, "春耕生产会议").body          # the section stays in its article



def test_a_sign_off_set_as_a_heading_closes_the_text_above_it():
    # ### （新华社北京10月19日电） is the dispatch's last line, not a section or a title.
    page = "\n\n".join([
        "## 多国政要支持县里举办国际茶博会", "近期，多国驻华使节表示支持茶博会，愿意扩大茶叶贸易合作。",
        "### （新华社北京10月19日电）",
        "### “让我们的茶叶走向世界”", "——记茶博会上的外国客商",
        "当地时间10月16日，来自肯尼亚的客商在茶博会上签下第一笔订单。",
    ])
    arts = [a for a in parse_text(page, home="湖南省", date="2019-10") if a.kind != "residue"]
    assert by_title(arts, "支持县里举办").body.endswith("（新华社北京10月19日电）")
    assert by_title(arts, "走向世界").title == "“让我们的茶叶走向世界”"


LEAD_WITH_SECTIONS = """
## 多国支持山区学校“云课堂”建设

近期，多国教育官员公开表示，支持山区学校接入“云课堂”，认为此举有助于缩小城乡差距。

### 支持城乡共享

### 反对数字鸿沟

某国教育部长表示，城乡孩子应当享有同样的课堂，网络是最好的桥梁。

### 期待合作交流

另一国教育官员表示，愿与中方交流在线教学的经验，共同培养乡村教师。

（新华社北京10月19日电）

### 县图书馆延长开放时间

自本月起，县图书馆周末开放时间延长至晚上九点，方便读者借阅。
"""


def test_a_lead_articles_subheads_at_the_headline_level_stay_inside_it_until_its_sign_off():
    arts = [a for a in parse_text(LEAD_WITH_SECTIONS, home="浙江省温州市", date="2019-10") if a.kind != "residue"]
    lead = by_title(arts, "云课堂")
    assert "期待合作交流" in lead.body and "共同培养乡村教师" in lead.body
    assert lead.body.rstrip().endswith("（新华社北京10月19日电）")
    library = by_title(arts, "县图书馆")              # after the sign-off: the next article
    assert library.body.startswith("自本月起") and "图书馆" not in lead.body
    assert len(arts) == 2


PLAIN_SUBTITLE_AND_AUTHOR_NOTE = """
# 县里召开春耕生产动员会

本报讯 3月5日，县里召开春耕生产动员会，部署全年粮食生产任务。

会议要求各乡镇抓好农资供应，确保不误农时。

## 让乡村学校的灯更亮一些

————记县教育局驻村工作队

城南小学的教室里，新装的护眼灯让孩子们读书不再费眼。

工作队队长说，明年还要为五所村小更换课桌椅。

## （作者为县教育局干部）

# 图书馆延长开放时间

自本月起，县图书馆周末开放时间延长至晚上九点，方便读者借阅。
"""


def test_a_subtitle_set_as_a_plain_line_under_a_smaller_heading_opens_an_article():
    arts = [a for a in parse_text(PLAIN_SUBTITLE_AND_AUTHOR_NOTE, home="浙江省温州市", date="2019-03")
            if a.kind != "residue"]
    school = by_title(arts, "灯更亮")
    assert school.body.startswith("城南小学") and "春耕" not in school.body
    assert "护眼灯" not in by_title(arts, "春耕").body


def test_an_author_note_set_as_a_heading_closes_the_article_above():
    arts = [a for a in parse_text(PLAIN_SUBTITLE_AND_AUTHOR_NOTE, home="浙江省温州市", date="2019-03")
            if a.kind != "residue"]
    assert "（作者为县教育局干部）" in by_title(arts, "灯更亮").body
    assert not any("作者为" in a.title for a in arts)
    assert [a.title for a in arts][-1] == "图书馆延长开放时间"


# A story under its kicker line, its subheads as plain lines, closed by its graphics' credit;
# then a story one level down.
CLOSED_BY_A_CREDIT = """
全县山区学校今年接入远程课堂——

# 让乡村学校用上好课堂

县教育局今年为山区学校接入远程课堂，城乡学生同上一堂课。

城乡同上一堂课

县城名师每周为山区学生直播授课，课后还在线答疑。

本版制图：沈亦伶

## 县图书馆延长开放时间

自本月起，县图书馆周末开放至晚上九点，方便读者借阅。
"""

# Headlines at level two; under a signed-off story, a credit set as a heading, and a smaller
# heading over a bigger one.
CREDIT_HEADING_AND_KICKER = """
## 县图书馆延长开放时间

自本月起，县图书馆周末开放至晚上九点，方便读者借阅。

（作者为县文化馆干部）

### 县里开展春季植树活动

## 万名干部群众上山植树

本报讯 3月12日，县里组织万名干部群众在城郊荒山植树，共栽下苗木两万余株。

（本报记者 张 文整理）

### 版式设计：张丹峰

## 城南社区开展义诊

本报讯 近日，城南社区卫生服务中心开展义诊，为居民免费测量血压。
"""


def test_a_deeper_heading_under_a_closing_credit_heads_an_article_of_its_own():
    arts = [a for a in parse_text(CLOSED_BY_A_CREDIT, home="浙江省温州市", date="2019-03") if a.kind != "residue"]
    lead = by_title(arts, "让乡村学校用上好课堂")
    assert "直播授课" in lead.body and "图书馆" not in lead.body
    assert by_title(arts, "县图书馆延长开放时间").body.startswith("自本月起")


def test_a_credit_set_as_a_heading_is_no_headline_and_a_smaller_heading_over_a_bigger_one_is_its_kicker():
    arts = [a for a in parse_text(CREDIT_HEADING_AND_KICKER, home="浙江省温州市", date="2019-03")
            if a.kind != "residue"]
    assert [a.title for a in arts] == ["县图书馆延长开放时间", "万名干部群众上山植树", "城南社区开展义诊"]
    assert arts[1].kicker == "县里开展春季植树活动"
    assert arts[2].kicker == "" and "版式设计：张丹峰" in arts[1].body     # the credit closes the story above


# Headlines at level two; a credit set as a heading (### 本版制图) closes a story, and the
# smaller headings under it head stories of their own: one closed by its column's name, one
# over its byline.
UNDER_A_CREDIT_HEADING = """
## 县里开展春季植树活动

本报讯 3月12日，县里组织万名干部群众在城郊荒山植树，共栽下苗木两万余株。

### 本版制图：沈亦伶

### 书香满城，读书也借船（解码·全民阅读）

开书店、办读书会、建城市书房，县里的书香越来越浓。

### 本版制图：张丹峰

### 老街焕新颜

□ 高 勇

老街改造今年完工，沿街商铺陆续开张。

## 城南社区开展义诊

本报讯 近日，城南社区卫生服务中心开展义诊，为居民免费测量血压。
"""


def test_smaller_headings_under_a_credit_set_as_a_heading_head_stories_of_their_own():
    arts = [a for a in parse_text(UNDER_A_CREDIT_HEADING, home="浙江省温州市", date="2019-03")
            if a.kind != "residue"]
    assert [a.title for a in arts] == ["县里开展春季植树活动", "书香满城，读书也借船（解码·全民阅读）", "老街焕新颜",
                                       "城南社区开展义诊"]
    assert "本版制图：沈亦伶" in arts[0].body and "书店" not in arts[0].body
    assert arts[2].body.startswith("老街改造")


# A page's headlines at level one (the first under its kicker); a report's kicker and title set
# a level down, over its byline.
DEEPER_KICKER_AND_TITLE = """
## 某某商会帮扶山区二十年——

# 帮扶路上，唱响“同心”之歌

“我们一直记着‘回报家乡’。”企业负责人说，今年还将在山区新建三所希望小学。

## 某某县智能制造接连突破——

## 为县域经济添上新引擎

宋某某 汤某某

零件下线后，机械臂代替工人对它逐一进行尺寸检测并自动记录结果。

# 数字乡村，县域发展新动力（县城时评）

我县正加快建设数字乡村，推动网络、电商和农业生产深度结合。

# “用清水河水，冲清水河泥”（一线观察）

某市推进清水河治理，清淤工程今年完工。
"""


def test_a_kicker_and_title_set_a_level_down_over_a_byline_open_an_article():
    arts = [a for a in parse_text(DEEPER_KICKER_AND_TITLE, home="辽宁省沈阳市", date="2019-10") if a.kind != "residue"]
    assert [a.title for a in arts][:2] == ["帮扶路上，唱响“同心”之歌", "为县域经济添上新引擎"]
    assert arts[1].kicker == "某某县智能制造接连突破——" and arts[1].body.startswith("零件下线后")


# Headlines at level one; a report's headline a level down, over a subtitle long enough to read
# as a paragraph, then its dateline.
DEEPER_TITLE_OVER_A_LONG_SUBTITLE = """
# 30个国家和地区的客商将参加第三届某某农博会

据新华社某地10月21日电 记者21日获悉，将有30个国家和地区的客商参加第三届某某农博会。

某某省副省长、农博会组委会主任某某某主持会议。

## 县人大常委会第二十次会议举行

——听取县政府关于农村公路建设情况的报告；审议县城市容管理办法草案、养犬管理规定草案；某某某主持

本报某县10月21日电 （记者某某）第十七届县人大常委会第二十次会议21日在县城举行。

# 推动商会帮扶工作常抓不懈、不断创新

本报某县10月21日电 某某县工商联21日在县城召开座谈会。
"""


def test_a_deeper_heading_over_a_long_subtitle_and_a_dateline_opens_an_article():
    arts = [a for a in parse_text(DEEPER_TITLE_OVER_A_LONG_SUBTITLE, home="北京市", date="2019-10")
            if a.kind != "residue"]
    npc = by_title(arts, "县人大常委会第二十次会议举行")
    assert "本报某县10月21日电" in npc.body and "某某某主持会议" not in npc.body
    assert "某某某主持会议" in by_title(arts, "30个国家和地区的客商将参加第三届某某农博会").body


COLUMN_HEADLINE_ONE_LEVEL_DOWN = """
# 乡村庙会里过大年

# 两万人次逛庙会

□ 李明 王芳

“好热闹的庙会！”正在县城文庙逛庙会的张大妈说。

## 让年味留在乡愁里（县城时评）

春节文化是一条纽带，把天南地北的人联系在一起。

## 一年更比一年好

年味在变，团圆的心愿不变。
"""


def test_a_deeper_heading_closed_by_a_columns_name_after_a_body_heads_an_article():
    arts = [a for a in parse_text(COLUMN_HEADLINE_ONE_LEVEL_DOWN, home="北京市", date="2019-02")
            if a.kind != "residue"]
    assert "张大妈" in by_title(arts, "两万人次逛庙会").body
    opinion = by_title(arts, "让年味留在乡愁里（县城时评）")
    assert "纽带" in opinion.body and "张大妈" not in opinion.body
    # a heading without a column's name stays a section of the article above it
    assert "团圆的心愿" in opinion.body


def test_a_headline_between_a_finished_paragraph_and_a_dispatch_opens_the_next_article():
    from generator.segment.rules.paragraphs import dispatch_headlines
    texts = ["县统计局负责人分析，项目建设一头连着当下、一头连着长远，“不管从需求端还是从供给端看，全县投资的潜力和空间都还很大，"
             "下一步要扩大有效投资。”", "",
             "县委书记会见来访的友好县市代表团一行", "",
             "新华社某某10月18日电（记者李某）县委书记18日下午会见来访的友好县市代表团一行，代表县委、县政府和全县人民"
             "对代表团的到来表示热烈欢迎。", "",
             "县委书记说，两地交流源远流长，近年来合作不断深化，希望双方在经贸、文化、教育、旅游等领域进一步拓展合作空间，"
             "实现互利共赢。"]
    model = ["I", None, "I", None, "I", None, "I"]            # read as one body going on
    assert dispatch_headlines(texts, model) == ["I", None, "T>", None, "B", None, "I"]
    # A clause that goes on (…指出，) is the paragraph's, not a headline.
    texts[2] = "县委书记在会上指出，"
    assert dispatch_headlines(texts, model)[2] == "I"


TWO_LINE_HEADLINES = """
# 我县召开春季农业生产工作会议

# 部署春耕备耕重点任务

本报讯（记者 周敏）3月2日，我县召开春季农业生产工作会议，部署春耕备耕重点任务。

### 稳面积提单产

会议要求各乡镇稳定粮食播种面积，推广良种良法。

县农业农村局下发了技术指导手册，组织农技人员分片包干。

## 县档案馆民生档案“就近办”

## 市民持身份证可在乡镇便民中心查询

本报讯（记者 黄磊）记者从县档案馆了解到，婚姻登记、知青返城等8类民生档案已可在各乡镇便民服务中心查询。

据介绍，市民只需持身份证前往就近的便民服务中心即可办理。

## 推动全民阅读走深走实

建设书香社会，是提升群众文化素养的重要途径。近年来，我县新建农家书屋42个。

全民阅读重在抓小抓细抓实，要让阅读成为群众的生活方式。
"""


def test_a_headline_set_on_two_headings_of_a_deeper_level_opens_an_article_over_its_dateline():
    arts = [a for a in parse_text(TWO_LINE_HEADLINES, home="浙江省泰顺县", date="2024-03") if a.kind == "news"]
    records = by_title(arts, "民生档案")
    assert records.title == "县档案馆民生档案“就近办” 市民持身份证可在乡镇便民中心查询"
    assert records.body.startswith("本报讯（记者 黄磊）")
    meeting = by_title(arts, "春季农业生产")
    assert "稳面积提单产" in meeting.body and "民生档案" not in meeting.body     # its own subhead stays inside


def test_on_a_page_led_by_a_headline_on_two_headings_a_deeper_headline_heads_its_own_article():
    arts = [a for a in parse_text(TWO_LINE_HEADLINES, home="浙江省泰顺县", date="2024-03") if a.kind == "news"]
    reading = by_title(arts, "全民阅读")
    assert reading.title == "推动全民阅读走深走实" and reading.body.startswith("建设书香社会")
    assert len(arts) == 3


SIGNED_SECTIONS = """
# 今年寒假怎么过

各地高校多措并举，让留校和返乡学生都过好寒假。

## 某某理工大学

## 路费补贴送到家

张 三

学校为家庭经济困难学生报销返乡路费。

## 某某师范学院

## 院长掌勺年夜饭

李 四

除夕前一天，院长和留校学生一起包饺子、吃年夜饭。

# 这个寒假很温暖

寒假期间，各地资助部门开展走访慰问活动。
"""


def test_a_feature_s_sections_on_two_headings_signed_by_names_stay_inside_it():
    arts = [a for a in parse_text(SIGNED_SECTIONS, home="浙江省泰顺县", date="2024-02") if a.kind == "news"]
    winter = by_title(arts, "今年寒假怎么过")
    assert "院长掌勺年夜饭" in winter.body and "除夕前一天" in winter.body
    assert [a.title for a in arts] == ["今年寒假怎么过", "这个寒假很温暖"]


def test_a_deeper_heading_that_opens_the_page_heads_its_first_article():
    page = """## 前三季度全县货运量较快增长

本报讯（记者 周敏）记者从县交通运输局获悉，前三季度全县完成货运量同比增长6.2%。

县交通运输局表示，四季度将继续抓好重点项目建设。

# 县银保监组规范融资担保业务

本报讯（记者 黄磊）县银保监组近日印发通知，规范融资担保公司业务经营。
"""
    arts = [a for a in parse_text(page, home="浙江省泰顺县", date="2024-10") if a.kind == "news"]
    assert [a.title for a in arts] == ["前三季度全县货运量较快增长", "县银保监组规范融资担保业务"]
    assert arts[0].body.startswith("本报讯（记者 周敏）")


def test_repeated_short_headings_under_a_bigger_headline_are_its_sections():
    page = """## 喜气洋洋闹元宵

——县文化馆元宵晚会今晚登场

周 敏

2月18日，县文化馆元宵晚会节目单正式发布，晚会将于元宵节晚8时播出。

### 小品接地气

小品相声等节目依然是重头戏，台上台下笑声不断。

### 歌舞展风采

老中青演员同台演出，展现了我县文艺工作者的风采。
"""
    arts = [a for a in parse_text(page, home="浙江省泰顺县", date="2024-02") if a.kind == "news"]
    assert [a.title for a in arts] == ["喜气洋洋闹元宵"]
    assert "小品接地气" in arts[0].body and "老中青演员" in arts[0].body


def test_a_box_that_opens_the_body_is_never_a_line_of_the_headline():
    page = "\n".join(["# 红红剪纸 剪出年味（文化新风）", "", "## 核心阅读", "",
                      "剪纸是一门很有特色的民间手艺，在我县已经传承了好几百年。", "",
                      "县里的剪纸艺人开始尝试把新题材剪进老手艺。", ""])
    [a] = [a for a in parse_text(page, date="2019-02-07") if a.kind != "residue"]
    assert a.title == "红红剪纸 剪出年味（文化新风）" and a.body.startswith("核心阅读")


def test_a_lead_set_bigger_than_the_page_s_headlines_keeps_its_sections_at_their_level():
    lead = ["# 红红剪纸 剪出年味", "", "## 核心阅读", "",
            "剪纸是一门很有特色的民间手艺，县里的剪纸艺人开始尝试创新。", "",
            "剪纸艺人在春节前推出新作，红红的窗花贴进千家万户。", ""]
    section = ["## 线上线下紧跟潮流", "",
               "年轻的剪纸艺人在网上直播剪窗花，让剪纸走近年轻人。", ""]
    other = ["## 垃圾分类进了村", "",
             "本报洛阳2月6日电  今年春节，某某镇的村民把垃圾分类投放，村里干净整洁。", ""]
    arts = [a for a in parse_text("\n".join(lead + section + other), date="2019-02-07") if a.kind != "residue"]
    assert [a.title for a in arts] == ["红红剪纸 剪出年味", "垃圾分类进了村"]
    assert "线上线下紧跟潮流" in arts[0].body and "网上直播" in arts[0].body


def test_a_page_opened_by_a_heading_a_level_down_over_its_subtitle_and_byline_titles_its_first_article():
    # (the page's other headlines a level up: the first one's heading is set smaller, its
    # subtitle and byline between it and its text)
    page = ("### 推进城乡供水一体化（人民观点）\n\n#### ——县域治理的“新路径”③\n\n某某某\n\n"
            "把城里的自来水接到山里，县里用了三年时间。\n\n今年全县农村自来水普及率达到百分之九十八。\n\n"
            "## 稳中求进看县域经济（新论）\n\n县域经济稳中有进，前三季度生产总值增长百分之六。\n")
    first, second = parse_text(page)
    assert first.title == "推进城乡供水一体化（人民观点）" and first.subtitle == "——县域治理的“新路径”③"
    assert first.byline == ["某某某"] and first.body.startswith("把城里的自来水")
    assert second.title == "稳中求进看县域经济（新论）"


# Two commentaries, their headlines plain lines, the first closed by its author's note.
TWO_COMMENTARIES = """
让书香飘进每一个村落（新论）

近年来，不少地方在村里建起农家书屋，让农民在家门口就能读到好书，这是文化惠民的实在之举。

书屋建起来，更要用起来。只有选好书、办好活动，才能让书屋真正成为农民身边的精神家园。

（作者为某某大学文学院教授）

把小事办成暖心事

群众身边无小事。基层干部要沉下身子，把群众的急难愁盼当作自己的大事来办，一件接着一件办好。

办好小事，贵在用心。只有真正站在群众的角度想问题，才能把好事办到群众心坎上。

（作者为某某县委党校教师）
"""


def test_a_plain_headline_under_an_author_note_opens_the_next_commentary():
    arts = [a for a in parse_text(TWO_COMMENTARIES, home="浙江省温州市", date="2019-10") if a.kind != "residue"]
    assert [a.title for a in arts] == ["让书香飘进每一个村落（新论）", "把小事办成暖心事"]
    assert "农家书屋" not in arts[1].body and "群众身边无小事" in arts[1].body


def test_an_author_note_of_sentences_is_the_texts_last_paragraph():
    page = TWO_COMMENTARIES.replace("（作者为某某县委党校教师）",
                                    "（作者为某某县委党校教师。本文为作者在某某论坛上的发言，编发时有删改。）")
    arts = [a for a in parse_text(page, home="浙江省温州市", date="2019-10") if a.kind != "residue"]
    assert arts[-1].body.endswith("编发时有删改。）")


# A package set one paragraph a line, a blank line only where one story ends and the next
# begins; the last story has no byline under its headline.
THREE_STORIES_PARTED_BY_BLANKS = """
县里过大年
□某某 某某
辞旧迎新又一年。县里各处张灯结彩，大街小巷年味渐浓，城乡群众忙着置办年货、打扫庭院，处处是欢欢喜喜迎新春的景象。
今年春节，县里推出百余项文化活动，既有传统的庙会、灯会，也有新办的读书会、音乐会，让群众在家门口就能过个文化年。
这个春节，不妨走出家门，到老街逛逛市集，到文化馆看看展览，一起到县里过大年吧！

来老街品年味儿
□某某某
过年是一年里最热闹的日子，家家户户都盼着团圆。老街今年办起了年货市集，百余家老字号摆出了自家最拿手的年货。
市集上，剪纸、糖画、面塑等手艺人现场献艺，吸引了不少市民驻足观看，孩子们围着糖画摊子，舍不得离开。
市集将持续到元宵节，每天都有非遗表演，市民可以在逛市集的同时，感受老街里浓浓的烟火气、人情味。
老街管委会负责人说，今年的市集特意把摊位排得疏一些，留出了歇脚的长椅和热饮摊，老人孩子逛累了可以坐下来喝口热茶。往年最挤的几天，管委会还会安排志愿者在街口引导人流，确保大家逛得开心、逛得安全。

县图书馆延长开放时间
自本月起，县图书馆周末开放时间延长至晚上九点，阅览室、自习室和少儿借阅区同步延时，方便上班族和学生借阅。
馆里还新增了两台自助借还书机，读者刷身份证就能办理借还手续，高峰时段排队等候的时间明显缩短。
图书馆负责人介绍，下一步将在各乡镇综合文化站设立分馆，让农村读者也能就近借到新书。
"""


def test_a_headline_after_the_blank_line_that_parts_stories_opens_one():
    arts = [a for a in parse_text(THREE_STORIES_PARTED_BY_BLANKS, home="浙江省温州市", date="2019-02")
            if a.kind != "residue"]
    assert [a.title for a in arts] == ["县里过大年", "来老街品年味儿", "县图书馆延长开放时间"]
    assert arts[2].body.startswith("自本月起") and "图书馆" not in arts[1].body


# One paragraph a line, blank lines between paragraphs: a signed commentary, then a photo
# story under its own headline and the names of its writers alone.
HEADLINE_OVER_NAMES = """
新年俗，过出新滋味（县城时评）

文/某某某 图/某某

走进县博物馆的数字展厅，文物的细节一一显示在屏幕上，不少市民专程带着孩子来参观，在展厅里过了一个有文化味的新年。

除了逛博物馆，如今县里人过年的花样越来越多：有人到图书馆读书，有人到体育馆健身，有人到剧院看戏，读书、观展、健身都成了新的年俗。

说到底，过年过的是一份心情。新年俗添了新意思，也让日子更有滋味，年味自然也就越过越足。

巨变70年

戴某 邵某某

我县是农业大县，种粮的历史少说也有上千年。这些年来随着种植结构的不断调整，全县粮食产量连续多年保持稳定，特色农业蓬勃发展。

据统计，全县粮食产量已连续五年保持在三十万吨以上，山地特色农业种植面积逐年扩大，带动数万农户增收致富。

图为我县的一处山地特色农业种植基地。
"""

# A story told as signed pieces: each a short headline over its writer's name.
SIGNED_PIECES = """
首页 > 新闻动态 > 县域动态
心曲
2019/10/4 21:36

写好每一个音符，唱给家乡听

陈  某

这首歌写成以后，很多人问我创作的初衷。我说，是想写出每个人心里对祖国的那份感情，写出一个普通人对家国的深情。

“家乡在心上”是反复琢磨了很多遍才定下的一句歌词，它朴素，却道出了千千万万普通人的心声。

写出新时代的乡村新貌

王某某

几年来，我跟着采风团走了许多地方，从渔村到山寨，写下了二十多首歌，每一首都来自乡亲们的生活和他们的心里话。

回头看这些歌是怎么写出来的，我越来越明白，离开了生活，作品就没有了根。

（本报记者某某某采访整理）
"""


def test_a_headline_over_a_line_of_names_opens_the_next_article():
    arts = [a for a in parse_text(HEADLINE_OVER_NAMES, home="浙江省温州市", date="2019-02") if a.kind != "residue"]
    assert [a.title for a in arts] == ["新年俗，过出新滋味（县城时评）", "巨变70年"]
    assert arts[1].byline == ["戴某", "邵某某"] and "农业大县" not in arts[0].body


def test_a_story_told_as_signed_pieces_stays_one_article():
    arts = [a for a in parse_text(SIGNED_PIECES, home="浙江省温州市", date="2019-10") if a.kind != "residue"]
    assert [a.title for a in arts] == ["心曲"]
    assert "写出新时代的乡村新貌" in arts[0].body


def test_a_figure_set_as_a_heading_in_a_box_of_data_is_no_headline():
    # (the page's headlines are ### too: the figure's level says nothing)
    page = ("### 某某服务走进千家万户\n\n本报记者 某某\n\n2023年某某市——\n\n### 8.6万\n\n"
            "家政服务公司300余家，从业人员8.6万人，服务家庭近20万户。\n\n"
            "某某公司服务大厅里，前台工作人员忙着接听热线电话。\n\n"
            "### 某某县开展冬季送温暖活动\n\n本报讯 近日，某某县组织志愿者走访困难群众，送去棉衣棉被。\n")
    arts = [a for a in parse_text(page, date="2023-02") if a.kind != "residue"]
    assert [a.title for a in arts] == ["某某服务走进千家万户", "某某县开展冬季送温暖活动"]
    assert "8.6万" in arts[0].body and "前台工作人员" in arts[0].body


def test_a_lead_set_bigger_than_the_headlines_lower_on_the_page_keeps_its_sections():
    page = ("## 某某县召开政协提案工作座谈会\n\n"
            "本报讯（记者 某某）某日，某某县政协召开提案工作座谈会，通报去年提案办理情况。\n\n"
            "# 助力某某乳业走出去（我当代表这一年）\n\n"
            "某某代表是某某乳业公司质量检测部门负责人，在质量检测岗位上干了20年，乳业检测是她的本行。\n\n"
            "履职一年间，某某代表围绕乳业企业走出去的难点，走访奶农和乳业企业开展调研。\n\n"
            "## 1年为奶农增收上亿元\n\n"
            "某某代表和乳业公司技术人员为奶农细算经济账，推广牛舍防暑降温，奶农增收2亿元。\n\n"
            "今年，某某代表准备就乳业企业走出去提出建议，让奶农的牛奶卖得更远。\n")
    arts = [a for a in parse_text(page, date="2019-02") if a.kind != "residue"]
    assert [a.title for a in arts] == ["某某县召开政协提案工作座谈会", "助力某某乳业走出去（我当代表这一年）"]
    assert "1年为奶农增收上亿元" in arts[1].body and "牛奶卖得更远" in arts[1].body


def test_a_kicker_set_as_a_plain_line_over_a_headline_goes_with_it():
    page = ("# 某某银行服务进驻运动员村\n\n本报记者 某某\n\n"
            "某日，某某运动员村开村，某某银行运动员村网点开门营业，为运动员兑换外币。\n\n"
            "## 外币兑换机24小时服务\n\n"
            "运动员村内，某某银行设置了外币兑换机和自助取款机，运动员村网点提供24小时服务。\n\n"
            "保证吃得放心、吃得舒心\n\n"
            "## 运动员村全力保证食品安全\n\n"
            "运动员村餐厅从食材进货、化验到做成饭菜端上桌，每一道环节都认真把关。\n")
    arts = [a for a in parse_text(page, date="2019-10") if a.kind != "residue"]
    assert [a.title for a in arts] == ["某某银行服务进驻运动员村", "运动员村全力保证食品安全"]
    assert arts[1].kicker == "保证吃得放心、吃得舒心"
    assert "外币兑换机24小时服务" in arts[0].body and "吃得放心" not in arts[0].body


def test_a_relayed_dispatch_s_sign_off_closes_its_text():
    # （据新华社某地某日电 记者…）: the close of the text above, so the heading under it
    # opens another article, however close their words
    page = ("# 春节服务费，你怎么看\n\n"
            "春节期间，快递、打车和餐饮加收服务费，消费者要多掏钱，不少市民表示理解服务费。\n\n"
            "不少市民认为，春节期间明码标价收取服务费，是对劳动者付出的认可。\n\n"
            "（据新华社某地2月10日电 记者某某、某某）\n\n"
            "## 过节，这些干部没闲着\n\n"
            "春节期间，不少基层干部没闲着，走访市民，倾听市民对春节服务费的看法。\n\n"
            "## 某某县春节文化活动丰富\n\n本报讯 春节期间，某某县举办灯会、庙会等文化活动。\n")
    arts = [a for a in parse_text(page, date="2019-02") if a.kind != "residue"]
    assert [a.title for a in arts] == ["春节服务费，你怎么看", "过节，这些干部没闲着", "某某县春节文化活动丰富"]


def test_a_lead_signed_at_its_head_does_not_take_the_next_story_signed_at_its_foot():
    page = ("# 某某受到处分\n\n"
            "本报某地10月4日电 （记者某某）据某某省纪委监委消息，某某受到处分。\n\n"
            "经查，某某违反组织纪律，依规依纪依法给予处分。\n\n"
            "## 欢欢喜喜过国庆 红红火火庆佳节\n\n"
            "国庆长假，各地城乡处处洋溢着喜庆的气氛，游客在景区里挥舞小国旗。\n\n"
            "各地举办庆祝活动，市民唱响我和我的祖国。\n\n"
            "（综合本报记者某某、某某、某某）\n\n"
            "## 某某集团发布家电芯片\n\n"
            "本报某地10月4日电 （记者某某）某某集团日前发布家电物联网芯片。\n")
    arts = [a for a in parse_text(page, date="2019-10") if a.kind != "residue"]
    assert [a.title for a in arts] == ["某某受到处分", "欢欢喜喜过国庆 红红火火庆佳节", "某某集团发布家电芯片"]


def test_a_deeper_heading_over_plain_head_lines_and_a_byline_opens_an_article():
    page = "\n\n".join([
        "# 以综艺之形展文创之核", "文/某某 图/某某",
        "近日，某电视台的一档文创项目评选节目第二季落下帷幕。节目中，来自全国的文创项目争奇斗艳。",
        "### 非遗年集·花市", "云南昆明", "五彩缤纷年宵花", "本报记者 李某某",
        "热热闹闹的街道两边，来往的行人手里大多捧着鲜花。再往前走几步，便知道花卉市场就在前面。"])
    arts = [a for a in parse_text(page, home="", date="2019-02-07") if a.kind == "news"]
    assert [a.title for a in arts] == ["以综艺之形展文创之核", "非遗年集·花市"]
    assert arts[1].body.endswith("便知道花卉市场就在前面。")
    # (under a column's name and its editor, such head lines are the column's items: one article)
    column = "\n\n".join([
        "# 某某消费市场红红火火", "春节期间，各地消费市场红红火火，年货销售、餐饮住宿、文化娱乐等消费持续增长。",
        "# 新春走基层", "某某", "## 某山第十九任守松人某某某", "守护古树 喜迎新春", "本报记者 徐某",
        "除夕这一天，在家里匆匆吃过团圆饭的他又回到了林子里。", "某某医院产科医护人员", "呵护生命 收获喜悦",
        "本报记者 胡某某", "除夕夜，产科病房里迎来了新年的第一个宝宝。"])
    arts = [a for a in parse_text(column, home="", date="2019-02-06") if a.kind == "news"]
    assert [a.title for a in arts] == ["某某消费市场红红火火", "新春走基层"]


def test_a_heading_that_leads_on_with_a_dash_after_a_text_is_the_next_articles_kicker():
    page = "\n\n".join([
        "# 某某老人资助300贫困学子——", "# “帮孩子们上学我心里踏实”（身边的好人）", "□某某某 某某某",
        "一位老人，一辆旧板车，30多万元捐款，近300名贫困学生。他把攒下的每一分钱都给了孩子们。",
        "## 某省补齐乡村教师短板——", "## 山里小学来了新老师（改革在基层）",
        "10月18日上午，在某市某镇某小学的教室里，25岁的某某正在给孩子们上音乐课。",
        "大学毕业后，她先在城里的一家公司上班，但她心里一直惦记着山里的孩子。",
        "# 钢铁战士传承优良传统", "某某同志是战斗英雄，几十年来始终保持革命军人本色，把一生献给了党和人民。"])
    arts = [a for a in parse_text(page, home="", date="2019-10-23") if a.kind == "news"]
    assert [(a.kicker, a.title) for a in arts][1] == ("某省补齐乡村教师短板——", "山里小学来了新老师（改革在基层）")
    assert arts[0].body.endswith("给了孩子们。")


def test_a_deeper_heading_under_a_plain_line_that_leads_on_with_a_dash_opens_an_article():
    page = "\n\n".join([
        "# 某某非遗节开幕", "本报成都10月17日电 第七届某某国际非遗节17日开幕，来自多个国家和地区的非遗项目参展。",
        "# 某县着力改善农村住房", "本报南京10月17日电 某县近年来着力改善农村住房条件，已有两千余户农民住进新居。",
        "某某新区某某新城——", "## 创新带来加速度",
        "刚刚过去的国庆长假，古迹众多的某某新城，接待了大批外地游客。",
        # (a word or two that lead into a feature's section are no kicker)
        "孕育——", "## 小村庄的文学情结", "某家庄，一个寻常的村子，离县城不远，却是个出了好几位作家的地方。"])
    arts = [a for a in parse_text(page, home="", date="2019-10-18") if a.kind == "news"]
    assert [a.title for a in arts][2:] == ["创新带来加速度"]
    assert arts[2].body.endswith("却是个出了好几位作家的地方。")


def test_a_text_after_a_commentarys_author_note_is_another_article_but_its_caption_is_its_own():
    page = "\n\n".join([
        "# 推动某国发展的引擎（国际论坛）", "某某经济走廊建设是某国社会的普遍共识。", "（作者为某某大学中国研究中心主任）",
        "由某某集团承建的某国大桥项目2月20日迎来重要节点，大桥主体工程完成过半。"])
    arts = [a for a in parse_text(page, home="", date="2019-02-22") if a.kind == "news"]
    assert len(arts) == 2 and arts[1].body.startswith("由某某集团承建")
    page = page.replace("由某某集团承建", "图为某某集团承建")
    arts = [a for a in parse_text(page, home="", date="2019-02-22") if a.kind == "news"]
    assert len(arts) == 1


# A deeper heading closed by a column's name that names its series too, longer than a
# column's name alone: it heads a column's article, not a section of the report above.
SERIES_COLUMN_ONE_LEVEL_DOWN = """
做强特色产业 鼓足致富干劲

## 某县让农牧民腰包鼓起来

本报某县10月16日电 （记者王某）秋冬季节，某县牛羊成群，青稞飘香。

合作社接到一大批牛羊肉订单，大家都在忙着备货。

### 奋斗的基点是自力更生（乡土论坛·七十华诞·倾听历史的回声）

“幸福都是奋斗出来的。”站在新的起点回头看走过的路，感慨良多。

靠自己双手吃饭的精气神什么时候都不能丢。
"""


def test_a_deeper_heading_closed_by_a_series_name_heads_an_article():
    arts = [a for a in parse_text(SERIES_COLUMN_ONE_LEVEL_DOWN, home="", date="2019-10") if a.kind != "residue"]
    assert [a.title for a in arts] == ["某县让农牧民腰包鼓起来", "奋斗的基点是自力更生（乡土论坛·七十华诞·倾听历史的回声）"]
    assert arts[0].kicker == "做强特色产业 鼓足致富干劲"
    assert "精气神" in arts[1].body and "精气神" not in arts[0].body


# An article to set a photo story under, and what a page parses into (residue left out).
LIBRARY = ("# 县里建成数字图书馆\n\n本报讯（记者 周 敏）县数字图书馆日前建成开放，读者可在线借阅图书十万余册。\n\n"
           "图书馆负责人介绍，下一步将在各乡镇设立借阅点。\n\n")


def pieces(page: str) -> list:
    return [a for a in parse_text(page, home="浙江省温州市", date="2024-10") if a.kind != "residue"]


def test_a_photo_story_s_dated_lead_goes_with_its_caption_and_credit():
    # A photo story after an article: its dated lead, a caption that opens on no date of
    # its own, and the photographer on a line of his own.  The lead is the photo's.
    page = (LIBRARY
            + "10月27日，在某县一处苗木基地，工人正在把树苗起垄、装车。\n\n"
            "某县积极调整种植结构，从去年开始种植苗木五千余亩，带动农民增收。\n\n"
            "王某某摄\n")
    library, photo = pieces(page)
    assert library.body.endswith("设立借阅点。") and photo.kind == "photo"
    assert photo.body.startswith("10月27日，在某县") and "王某某摄" in photo.body
    # A caption that opens on its own day has its lead: the paragraph above stays the article's.
    dated = page.replace("某县积极调整", "10月28日，某县积极调整")
    library, photo = pieces(dated)
    assert library.body.endswith("装车。") and photo.body.startswith("10月28日")


def test_a_caption_pointing_at_its_picture_takes_the_news_it_shows_with_it():
    # 某校举办… / 图为… / 某某摄: the news under the picture is the photo's story, when the two
    # say no more than a caption does; a longer paragraph above stays the article's.
    page = (LIBRARY
            + "某县实验小学日前举办读书节，同学们通过义卖和班会等形式分享读书心得。\n\n"
            "图为四年级同学在读书节上展示手抄报。\n\n"
            "王某某摄\n")
    library, photo = pieces(page)
    assert library.body.endswith("设立借阅点。") and photo.kind == "photo"
    assert photo.body.startswith("某县实验小学") and "图为四年级" in photo.body
    # a caption that points at nothing leaves the paragraph above where it was
    plain = page.replace("图为四年级同学", "四年级同学")
    library, photo = pieces(plain)
    assert library.body.endswith("分享读书心得。") and photo.body.startswith("四年级同学")


def test_a_photo_story_opening_the_page_untitled_is_the_photo_whole():
    # Two paragraphs and a credit before the first heading: no article's text to leave behind.
    page = ("某县北部的戈壁滩上，一座光伏电站今年并网发电，年发电量可供十万户家庭使用。\n\n"
            "电站运维人员每天驾车巡检一遍，风沙大的日子还要清洗板面上的积尘，石油工人出身的站长说这活不累。\n\n"
            "范 某摄\n\n" + LIBRARY)
    photo, library = pieces(page)
    assert photo.kind == "photo" and photo.body.startswith("某县北部") and "运维人员" in photo.body
    assert library.title == "县里建成数字图书馆"


def test_a_columns_name_numbering_its_series_in_brackets_of_its_own_still_closes_a_headline():
    # (…（县城时评（3））: the column's third piece; a paper numbers a series so, 上 and 下 too)
    from generator.segment.markdown import column_headline
    assert column_headline("让年味留在乡愁里（县城时评（3））")
    assert column_headline("乡村道路宽了 村民出行方便了（感言·岁末年初看县域（下））")
    assert not column_headline("让年味留在乡愁里（县城时评（第三篇连载稿件））")     # a note, not a number
