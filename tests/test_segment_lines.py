"""What a line is, before the tagger weighs it: furniture, date lines, bylines,
column widths, lead titles."""
from generator.records import Line
from generator.segment.assemble import lead_title
from generator.segment.lines import features, is_date_line, is_furniture, profile
from generator.segment.tagger import tag
from generator.segment.text import is_byline


def test_furniture_is_what_sites_print_around_articles():
    for line in ["首页 > 新闻中心 > 县域动态", "分享到：", "【打印正文】【关闭窗口】", "上一篇：县政协召开主席会议",
                 "版权所有：某某县人民政府", "晋ICP备12345678号", "A+ A- 分享", "＊　＊　＊", "简讯"]:
        assert is_furniture(line), line
    for line in ["我县全面启动春耕备耕工作", "县农业农村局组织技术人员深入田间地头。", "本报记者 张三"]:
        assert not is_furniture(line), line


def test_a_cms_templates_rule_and_a_forum_posts_bars_are_furniture():
    for line in ["------分隔线----------------------------", "====== 分割线 ======"]:
        assert is_furniture(line), line
    assert is_date_line("发表于 2016-11-8 09:15:51 | 显示全部楼层 |阅读模式")
    assert is_date_line("发布于 2021-09-27 08:23") and is_furniture("Part 2. 本地速读")
    assert not is_furniture("两岸之间的分隔线正在淡去。")


def test_a_footers_words_inside_a_wrapped_sentence_are_no_furniture():
    # Lines of an OCR column, cut mid-sentence, that hold a footer's or a rating box's words.
    for line in ["非常感谢合作方为我们提供的技术帮助，让我们", "供水保障能力、群众满意度均排在", "场，组织方还专门设了信箱，参加活动的家庭可"]:
        assert not is_furniture(line), line
    for line in ["技术支持：某某网络科技有限公司", "主办单位：某县人民政府", "您对这篇文章的满意度"]:
        assert is_furniture(line), line


def test_what_county_sites_accounts_and_e_papers_print_around_articles_is_furniture():
    # A county site's footer, a media account's review credits and disclaimer, an
    # e-paper's list of its pages and its page debris, a page header's editors.
    for line in ["主管单位:某某县融媒体中心 地址:某某县城关镇北大路51号", "电话:0598-5320000 业务合作QQ:1476150000",
                 "投稿信箱:news@example.cn", "二 审:罗兴美", "总监制:骆世明", "编 辑:苏 伟", "免责声明",
                 "01版:要闻", "05版：评论", "星 期 一 主编:雪颖", "账号+密码登录", "还没有账号?", "立即注册", "2021-11-17 1 1 某某报 content_44733.htm 1 /enpproperty-->"]:
        assert is_furniture(line), line
    # Notices printed in sentences of their own: reprint terms, a disclaimer, a plea to share.
    for line in ["凡本报记者署名文字、图片，版权均属某某晚报社所有。未经授权不得转载，违者将依法追究法律责任。",
                 "本公众号部分文章来自网络，其版权属原作者所有，如有侵权请联系我们删除。", "文章不错，点个赞再走呗！",
                 "【评论】【推荐】【打印】【下载】【关闭"]:
        assert is_furniture(line), line
    assert not is_furniture("法院审理认为，被告未经授权转载原告作品，构成侵权。")
    # The same words inside what an article says are not.
    for line in ["县融媒体中心记者:陈庆彬", "编辑部收到读者来信，反映小区停车难。", "三审三校制度保障了出版质量"]:
        assert not is_furniture(line), line


def test_date_lines_print_a_date_and_little_else():
    for line in ["2019/2/27 15:42", "发布时间：2019-02-27 15:42:00　来源：某某网", "[2022-05-05]",
                 "2021年02月09日 第06版", "第3版 要闻 2019年2月12日 星期二 责任编辑：王五"]:
        assert is_date_line(line), line
    assert is_date_line("http://www.example.com.cn 2005年03月07日07:20 潇湘晨报")     # a portal's stamp and source
    assert not is_date_line("2019年2月12日，县政府召开常务会议，研究部署春耕工作。")
    assert not is_date_line("2019年2月发布的《规划纲要》，")
    # A date the text gives under its label (a deadline, an event's time) dates no page.
    assert is_date_line("发布日期:2024年01月15日") and not is_date_line("意见反馈截止日期:2024年2月15日")
    assert not is_date_line("报名时间：2023年5月8日—5月12日")


def test_an_old_papers_collective_credit_is_a_byline_though_it_names_nobody():
    assert is_byline("中共将乐县委通讯组 福建日报记者") and is_byline("县委报道组")
    assert is_byline("(某省委调查组)") and is_byline("（县委写作组）")      # an old document's writers, bracketed
    assert not is_byline("致敬一线记者") and not is_byline("让记者走进基层 让通讯员讲好故事")
    from helpers import parse_text
    page = ("1960年9月8日 某某日报 第3版\n\n第3版()\n专栏:福建通讯\n\n赵某某深入基层三年间\n中共某某县委通讯组 福建日报记者\n"
            "编者按:县委书记赵某某同志兢兢业业地对待党的工作，全心全意为人民服务。\n"
            "1957年冬天，县委确定由农业书记赵某某深入摸点，创造经验，推动全县的工作。\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.title == "赵某某深入基层三年间" and a.date == "1960-09-08"


def test_a_byline_names_people_a_headline_of_two_phrases_does_not():
    assert is_byline("本报记者 张红霞 通讯员 苟芸芸")
    assert is_byline("□于海东 郝颀") and is_byline("池薇薇 何志敏")
    # names opening on any common surname, 赖, 萧, 傅 and 洪 among them
    assert is_byline("赖某芳 丁某") and is_byline("萧某琳 傅某") and is_byline("洪某某")
    assert not is_byline("闻令而动 靠前监督") and not is_byline("主动履职 为民尽责")
    # A town's name opens with a surname too; a given name may end as a place's does not.
    assert not is_byline("吴村镇") and not is_byline("王家庄")
    assert is_byline("王红旗 陈建州")
    # Text and photos credited apart, and a photo report's credit, are bylines too.
    assert is_byline("文/常某某 图/汤某某") and is_byline("本报记者  张某某摄影报道")
    # 文 and 图 credit only before their separator or a space: inside a word they are the word's.
    assert is_byline("图 邓晶") and is_byline("文：潘艳") and is_byline("文宝 图/邓晶")
    assert not is_byline("图片报道") and not is_byline("文艺范儿")
    # …nor in a box's name set letter by letter; a role set so still credits.
    assert not is_byline("图 片 报 道") and is_byline("记 者 张 某 某")


def test_a_reporters_title_may_name_the_outlet():
    from generator.segment.text import people
    assert is_byline("新华社记者 莎荫") and is_byline("福建日报记者 林朝晖")
    assert people("新华社记者 莎荫") == ["莎荫"]
    assert people("□晚报记者 马某某") == ["马某某"]      # (the paper's kind alone: 晚报, 日报)
    from helpers import parse_text
    page = ("1963年7月24日 某某日报 第2版\n\n“人心齐,泰山移”\n新华社记者 某荫\n"
            "这里——山西省某县某公社的某某大队。\n夏天,烈日暴晒着;风,把人的鼻孔都吹干了。\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.title == "“人心齐,泰山移”" and a.byline == ["某荫"]


def test_a_county_media_account_signs_with_its_reporters_names_and_no_role():
    assert is_byline("平某融媒 常某某 朱某 单某某") and is_byline("某某日报 李某某")
    assert not is_byline("平某融媒") and not is_byline("某某融媒 新闻速递")
    from helpers import parse_text
    page = ("9月28日，某市委宣传部一行4人到某县调研“学习强国”县级融媒号建设筹备情况，并进行现场实地指导。\n"
            "调研中，调研组认真听取某县融媒体中心负责人关于平台运营管理、栏目设置等情况介绍。\n"
            "某某表示，某县将切实发挥好学习平台“主阵地”作用，全力确保宣传内容安全。\n平某融媒 常某某 朱某 单某某\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.title == "" and a.byline == ["常某某", "朱某", "单某某"] and a.body.endswith("宣传内容安全。")


def test_a_byline_may_carry_the_source_after_it():
    from generator.segment.text import people
    line = "记者  汪某某  曲某某  马某某        来源:人民网    "
    assert is_byline(line) and people(line) == ["汪某某", "曲某某", "马某某"]
    assert not is_byline("来源:人民网")


def test_a_county_media_centres_reporters_are_a_byline_its_editors_credits_furniture():
    from generator.segment.text import people
    assert is_byline("全媒体记者:王某 陶某") and people("融媒体记者丨李某 魏某") == ["李某", "魏某"]
    from helpers import parse_text
    page = "\n".join(["某某全媒体新闻行动走进沙杭村", "", "2022-09-27 15:53:27", "",
                      "9月27日上午,由市农业农村局等单位共同推出的全媒体新闻行动走进新坝镇沙杭村。", "",
                      "活动现场,通过主持人探访、互动体验等形式,展现了沙杭村乡村振兴的成果。", "", "",
                      "融媒体记者丨李某 魏某", "", "编辑丨王某某", "", "审核丨段某", "", "来源丨融媒体新闻中心"])
    arts = parse_text(page, home="", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.byline == ["李某", "魏某"] and a.lines == [1, 10]
    assert {x.lines[0] for x in arts if x.kind == "residue"} == {12}


def test_fields_under_other_labels_in_a_credit_name_nobody_who_wrote_the_report():
    from generator.segment.text import people
    assert people("发布日期：2019-02-23 信息来源：某某区政府门户网站 字号：[ 大 中 小 ]") == []
    assert people("本报记者 韩某 数据来源：国家统计局") == ["韩某"]
    assert people("作者单位：某某大学") == [] and people("编辑：杨某玉") == [] and people("本版制图：蔡某伟") == []
    assert people("作者:祝某兵 李某 来源:某某日报") == ["祝某兵", "李某"] and people("图：汤某超") == ["汤某超"]


def test_box_words_author_notes_and_photo_services_name_nobody_in_a_credit():
    from generator.segment.text import people
    assert people("核心阅读") == [] and people("■图片报道") == [] and people("图 片 报 道") == []
    assert people("（作者为某某大学教授）") == []
    assert people("王某义 陈某雪摄影报道（影像中国）") == ["王某义", "陈某雪"] and people("（欧阳某）") == ["欧阳某"]


def test_a_cartoons_letter_spaced_credit_gives_each_name_its_role_ends():
    from generator.segment.text import people
    assert people("孙 某图 杨某新文") == ["孙某", "杨某新"] and people("高 某图 周 某文") == ["高某", "周某"]
    # four letter-spaced characters with no compound surname: two names of two
    assert people("（本报记者 马 某 朱 某采访整理）") == ["马某", "朱某"] and people("本报记者 张 红 霞") == ["张红霞"]


def test_the_names_in_a_credit_keep_a_文_or_图_of_their_own():
    from generator.segment.text import people
    assert people("文/常某某 图/汤某某") == ["常某某", "汤某某"]
    assert people("记者 李文华") == ["李文华"] and people("文/图 张三") == ["张三"]
    assert people("本报记者 张红霞 通讯员 苟芸芸") == ["张红霞", "苟芸芸"]


def test_a_photographers_credit_in_brackets_names_him_without_the_摄():
    from generator.segment.text import people
    assert people("（济宁晚报记者李某通讯员张某运摄）") == ["李某", "张某运"]
    assert people("记者 王某摄") == ["王某"]
    assert people("综合本报记者赵某佳、陆某楠、刘某超报道") == ["赵某佳", "陆某楠", "刘某超"]


def test_the_column_width_is_the_most_common_line_length():
    lines = ["一二三四五六七八九十一二三四五"] * 20 + ["短行"] * 3 + ["一二三四五六七八九十一二三四五六"] * 5
    assert profile(lines).width == 15
    assert profile(["一段很长的文字" * 20, "另一段很长的文字" * 15]).width == 0      # one paragraph a line


def test_features_describe_each_non_blank_line_and_its_neighbours():
    idx, xs = features(["标题", "", "正文第一行，", "正文第二行。"])
    assert idx == [0, 2, 3]
    assert "gap_a=1" in xs[0] and "1:gap_b=1" in xs[0]
    assert "end=comma" in xs[1] and "end=stop" in xs[2] and "-1:end=comma" in xs[2]


def test_a_brief_items_lead_title_stops_where_its_text_starts():
    def lead(text):
        return lead_title([Line(1, text)])
    assert lead("■县召开春季森林防火工作会议 本报讯 3月5日，县政府召开会议。") == "县召开春季森林防火工作会议"
    assert lead("●支持某某县 共建产业园区 本报讯 近日，多家企业表态。") == "支持某某县 共建产业园区"
    assert lead("■ 本报讯 日前，县图书馆新增图书5000册。") == ""
    assert lead("县召开会议 本报讯 3月5日，县政府召开会议。") == ""            # no marker, no lead title


def test_a_marked_headline_set_wider_than_its_column_is_the_items_title_its_own_exclamation_and_all():
    column = ["■ 多余的证明，取消了！（便民进行时）", "一段时间以来，“反复证明”、", "多头证明、重复盖章等现象不",
              "时出现，成了群众和企业办"]
    assert lead_title([Line(i, t) for i, t in enumerate(column)], 14) == "多余的证明，取消了！（便民进行时）"
    # as wide as the column, it is the item's text
    column[0] = "■ 一段时间以来，证明多、证"
    assert lead_title([Line(i, t) for i, t in enumerate(column)], 14) == ""


def test_database_field_labels_decide_their_lines():
    labels = tag(["【标题】县里召开植树造林动员大会", "【作者】刘建国", "【日期】1985.03.15", "【版次】第1版",
                  "【正文】本报讯 县委、县政府召开植树造林动员大会，号召全县人民积极投身植树造林运动。"])
    assert [y[0] for y in labels] == ["T", "Y", "D", "F", "B"]


def test_a_dateline_opens_a_dispatch_even_where_ocr_set_a_space_beside_its_numbers():
    from generator.segment.lines import DATELINE

    for text in ["本报北京 2月20日电 （记者赵某）", "本报北京2月 10日电  （记者王某）", "新华社某地 1月31日电",
                 "本报讯（记者 周敏）", "新华社北京2月15日电"]:
        assert DATELINE.match(text), text
    for text in ["本报记者 张三", "本报 评论员", "本报将于 3日刊登"]:
        assert not DATELINE.match(text), text


def test_a_calendar_of_past_issues_is_furniture_and_no_date_line():
    from generator.segment.lines import is_calendar, is_date_line, is_furniture
    calendar = "2026-02-15,13100| 2026-02-14,13096| 2026-02-13,13088|"
    assert is_calendar(calendar) and is_furniture(calendar) and not is_date_line(calendar)
    # One date, or dates inside words, are not a calendar.
    assert not is_calendar("发布时间：2026-02-15 来源：某某网")
    assert not is_calendar("2019年、2020年和2021年，全县粮食产量连续三年增长")


def test_an_old_paper_s_bracketed_dateline_opens_a_dispatch():
    from generator.segment.lines import DATELINE
    assert DATELINE.match("【新华社重庆十四日电】拉萨讯：先遣部队已于本月九日进抵拉萨")
    assert DATELINE.match("【新华社十四日讯】任何人只要对照双方的说法")
    assert not DATELINE.match("【新华社评论】任何人只要对照双方的说法")


def test_a_masthead_s_issue_line_is_a_date_line_and_its_serials_and_owners_are_furniture():
    from generator.segment.lines import is_date_line, is_furniture
    assert is_date_line("第 23 期 总第1647期 本期16版 2024年6月6日 星期四 甲辰年五月初一")
    assert is_furniture("国内统一连续出版物号:CN 43-0043/07 邮发代号:41-124")
    assert is_furniture("某省新闻出版局主管 某市广播电视中心(市广播电视台)主办")
    assert is_furniture("江苏省委宣传部 主办")
    assert is_furniture("3版") and is_furniture("目录") and is_furniture("标签：乡村振兴 滁州")
    assert not is_furniture("县委宣传部主办的读书会在图书馆举行。")
    assert not is_furniture("局、某某日报社共同主办")      # (a wrapped line of a report ends anywhere)
    assert is_furniture("人民号 百家号 微信号 视频号")     # (the outlet's accounts)
    assert not is_furniture("他有一个公众号 一个视频号")


def test_a_reposting_site_s_disclaimer_is_furniture():
    from generator.segment.lines import is_furniture
    assert is_furniture("声明:本网转发此文章,旨在为读者提供更多信息资讯,所涉内容不构成投资、消费建议。"
                        "文章事实如有疑问,请与有关方核实。")
    assert not is_furniture("村里将继续深耕视频号内容，让新媒体赋能乡村产业发展。")


def test_a_forums_counters_bars_and_reply_box_are_furniture():
    for line in ("• 63阅读", "上一主题 下一主题", "离线admin", "只看楼主 倒序阅读 0 发表于: 1956-01-06", "快速回复",
                 "限200 字节", "上一个 下一个"):
        assert is_furniture(line), line
    assert not is_furniture("上一个五年计划期间")


def test_an_editors_and_reviewers_credit_line_is_furniture():
    assert is_furniture("责编:王某某 审核:陈 某") and is_furniture("审核：张某")
    assert not is_furniture("审核通过后，项目将于下月开工")


def test_a_dispatchs_dateline_and_closing_bracket_name_its_reporters():
    from generator.segment.text import DATELINE_CREDIT, people
    from generator.pipeline import CLOSING_REPORTER
    def opened(text):
        m = DATELINE_CREDIT.match(text)
        return [g for g in m.groups() if g] if m else []
    assert opened("新华社电\xa0\xa0（记者邵某文）在某县烈士陵园纪念馆内") == ["记者邵某文"]
    assert opened("本报北京10月7日电 （记者任某某）县里近日举办展览") == ["记者任某某"]
    assert opened("本报讯 记者翟某运报道:7月31日下午,国防部举行招待会") == ["记者翟某运"]
    assert opened("新华社北京3月1日电（新华社）") == []          # (no role in the brackets: no byline)
    assert CLOSING_REPORTER.search("…的距离。（新华社北京2月25日电  记者冯某某、廖某）").group(1) == "冯某某、廖某"
    # (a joint dispatch from many cities, its many reporters)
    joint = "…合作。（本报北京、某地、某城、某某某某、某市、某某某某、某某某、某某某10月29日电  记者李某、赵某普、于某、万某、吕某、刘某国）"
    assert people(CLOSING_REPORTER.search(joint).group(1)) == ["李某", "赵某普", "于某", "万某", "吕某", "刘某国"]


def test_a_pages_coordinator_is_furniture_but_a_headline_about_coordination_is_not():
    assert is_furniture("本期统筹：杨某某") and is_furniture("本版策划: 李 某")
    assert not is_furniture("本期统筹推进乡村振兴")


def test_a_photo_credit_under_a_label_is_one():
    from generator.segment.text import is_photo_credit
    assert is_photo_credit("剧照摄影：刘某栋") and is_photo_credit("摄影：王某 李某某")
    assert not is_photo_credit("摄影技术培训班：开班") and not is_photo_credit("摄影：")


def test_a_photo_credit_with_its_names_letter_spaced_is_one():
    # (a two-character name set as wide as a three-character one: 邵 某, 王 某)
    from generator.segment.text import is_photo_credit, LONE_PHOTO, OUTLET_PHOTO, PHOTO_CREDIT
    assert OUTLET_PHOTO.match("新华社记者 邵 某摄") and LONE_PHOTO.match("王 某摄")
    assert PHOTO_CREDIT.search("队员们在赛道上冲刺。新华社记者 熊 某摄").group(1) == "熊 某"
    assert is_photo_credit("本报记者 张 某摄（影像中国）") and is_photo_credit("邵 某 张某某摄")
    assert not is_photo_credit("图 文摄影") and not LONE_PHOTO.match("县里 拍摄")


def test_a_commentary_signed_with_the_writers_place_names_the_writer_alone():
    from generator.segment.text import people
    assert people("河南洛阳  邓某洪") == ["邓某洪"]
    assert people("北京朝阳\u3000\u3000施  某") == ["施某"]
    # two names, the first a city's name too, are two people
    assert people("江山 李某") == ["江山", "李某"]
