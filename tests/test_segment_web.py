"""Web articles: title, time stamp, one long paragraph, a credit run into its end."""
from helpers import parse_text
from generator.segment.lines import is_furniture

BODY = "为做好冬季供暖保障工作，太原市城乡管理局组织专业人员对全市供热管网开展全面排查，" * 12
PAGE = f"太原多措并举保障冬季供暖\n2023/11/8 10:05\n{BODY}新华网山西频道记者张建国责任编辑李明\n"


def test_web_page_title_date_and_reporter():
    [a] = parse_text(PAGE, home="山西省", date="")
    assert a.title == "太原多措并举保障冬季供暖"
    assert a.date == "2023-11-08"
    assert a.byline == ["张建国"]           # the editor is not a byline
    assert a.body.startswith("为做好冬季供暖保障工作") and a.body.endswith("新华网山西频道记者张建国责任编辑李明")
    assert "太原市城乡管理局" in a.agencies


def test_printed_stamp_does_not_override_a_different_catalogue_month():
    [a] = parse_text(PAGE, home="山西省", date="2023-12")
    assert a.date == "2023-12"


def test_stamp_with_chinese_date_and_source_line():
    page = f"太原多措并举保障冬季供暖\n2023年11月8日 10:05 来源：山西新闻网\n{BODY}\n"
    [a] = parse_text(page, home="山西省", date="")
    assert a.date == "2023-11-08" and a.stamp.startswith("2023年11月8日")
    assert a.body.startswith("为做好冬季供暖保障工作")


def test_a_one_paragraph_body_over_a_repeated_date_line_is_the_body_not_a_headline():
    body = "在太原市小店区某村，有一条土路连着街道社区。过去，这是村民进城的必经之路。近几年，当地为村民修通了公路。" * 2
    page = f"太原硬化山路\n2019年10月10日 22:00 来源：山西新闻网\n{body}\n2019年10月10日 22:00 来源：山西新闻网\n"
    [a] = parse_text(page, home="山西省", date="")
    assert a.title == "太原硬化山路"
    assert a.body.startswith("在太原市小店区某村")



def test_an_e_paper_page_reads_its_date_from_its_record_line_and_keeps_it_out_of_the_body():
    page = ("第10版:视角\n\n县里开展大型主题报道活动\n\n本报讯 近日，县里举行主题报道活动启动仪式。" + BODY[:60] +
            "\n\n（周 健 刘星野）\n\n2021-11-17 1 1 某某报 content_44733.htm 1 县里开展大型主题报道活动 /enpproperty-->\n")
    [a] = [x for x in parse_text(page, home="山西省", date="") if x.kind != "residue"]
    assert a.title == "县里开展大型主题报道活动"
    assert a.date == "2021-11-17"
    assert "enpproperty" not in a.body and "content_44733" not in a.body


def test_an_e_papers_list_of_its_pages_is_furniture_not_an_article():
    pages = "\n".join(f"{n:02d}版:{name}" for n, name in enumerate(["要闻", "要闻", "评论", "经济", "社会", "广告"], 1))
    page = (f"某某日报电子报\n某某日报2025.12.22星期一\n{pages}\n01版:要闻\n坚持全县“一盘棋”\n"
            f"——优化产业布局，促进城乡协调发展\n  {BODY[:120]}   {BODY[120:200]}\n")
    arts = [x for x in parse_text(page, home="山西省", date="") if x.kind != "residue"]
    assert [a.title for a in arts] == ["坚持全县“一盘棋”"]
    assert "版" not in arts[0].body and arts[0].date == "2025-12-22"


def test_a_site_pages_headline_over_its_only_body_heads_it_whatever_way_the_model_read_it():
    page = ("慈利县政府门户网站\n位置：网站首页 / 新闻中心 / 本地新闻\n县里召开春耕生产会议\n"
            "2019-10-25 17:56 来源: 慈利县政府门户网站\n\n　　本报讯  " + BODY + "\n\n下一篇：没有了\n")
    [a] = [x for x in parse_text(page, home="山西省", date="") if x.kind != "residue"]
    assert a.title == "县里召开春耕生产会议" and a.kicker == ""


def test_a_headline_among_a_sites_labels_and_bars_is_the_headline():
    # Labels and their values each on a line of their own, printed twice: the model read
    # every line over the body as furniture, the headline with them.
    bar = ["发布时间:", "", "2025-05-22 10:03", "", "信息来源:", "", "今日某某", "", "分享到:", ""]
    page = "\n".join(["欢迎访问某某县人民政府!", "登录/注册 用户中心 支持IPV6", "当前位置: 首页>新闻中心>乡镇动态",
                      "全县生态保护大会暨专项整治工作推进会议召开", ""] + bar * 2 +
                     ["5月21日，全县生态保护大会暨专项整治工作推进会议召开。副县长主持会议并讲话。", "",
                      "会议强调，各镇场、部门要压实责任，确保各项任务落实到人。（县政府办供稿）"])
    [a] = [x for x in parse_text(page, home="山西省", date="") if x.kind != "residue"]
    assert a.title == "全县生态保护大会暨专项整治工作推进会议召开" and a.date == "2025-05-22"


def test_a_menu_set_one_item_a_line_is_furniture():
    page = "\n".join(["首页", "主题宣传", "要闻", "信息速递", "精品栏目", "环保", "乡镇动态", "当前位置:", "首页", ">",
                      "乡镇动态", ">", "正文", "中塘镇创建市级卫生镇工作动员会召开", "发布日期:2024-03-29 17:33",
                      "近日，中塘镇召开创建市级卫生镇工作动员会，即日起至6月底在全镇开展集中攻坚行动。"])
    [a] = [x for x in parse_text(page, home="山西省", date="") if x.kind != "residue"]
    assert a.title == "中塘镇创建市级卫生镇工作动员会召开" and a.body.startswith("近日")


def test_a_saved_pages_browser_title_and_a_cms_rule_are_furniture():
    # The browser title (headline - site) over the headline, and the template's
    # ------分隔线------ under the credit: neither heads an article.
    page = "\n".join(["欢迎光临某某新闻网!", "关键字搜索", "县领导赴某镇督导三夏工作 -凯发手机", "",
                      "当前位置: 凯发手机 > 本地 >", "", "县领导赴某镇督导三夏工作", "",
                      "时间:2016-06-12 09:52来源:未知 作者:某某新闻网 点击:",
                      "      6月8日，副县长带领县水利、气象、盐务、扶贫办等部门负责人，来到某镇开展“助三夏”活动。",
                      "      据了解，今年该镇小麦种植面积为5.7万亩，现有收割机近150台，还田机60多台。截至6月7日下午，"
                      "该镇已收割小麦2.3万亩。",
                      "      在该镇社区，副县长先后走访慰问了两户困难群众，随后又来到生态园、秸秆禁烧指挥部等地，现场了解"
                      "小麦收割、秸秆禁烧、还田及综合利用等情况，并送去解暑慰问物资。",
                      "                                    吴昌松  龚玉(实习)",
                      "------分隔线----------------------------", "网站地图"])
    arts = [x for x in parse_text(page, home="山西省", date="") if x.kind != "residue"]
    assert [a.title for a in arts] == ["县领导赴某镇督导三夏工作"]
    assert arts[0].date == "2016-06-12" and "分隔线" not in arts[0].body


def test_a_headlines_lines_run_together_over_the_headline_are_its_copy():
    page = "\n".join(["“看电视怎么这么费劲?”记者调查智能电视“套路”******", "“看电视怎么这么费劲?”", "记者调查智能电视“套路”",
                      "□ 本报记者 张守坤", "今年春节期间，儿子送来新年礼物——一台超大屏液晶智能电视机。" * 3])
    [a] = [x for x in parse_text(page, home="河北省", date="") if x.kind != "residue"]
    assert a.title.replace(" ", "") == "“看电视怎么这么费劲?”记者调查智能电视“套路”"


def test_a_forum_posts_headline_among_its_bars_heads_the_post_without_its_category():
    page = "\n".join(["某某第一网", "", "搜索", "更多", "查看: 1338|回复: 0", "", "[发展] 城固县为17个村头新闻站配发相机", "",
                      "[复制链接]", "发表于 2016-11-8 09:15:51 | 显示全部楼层 |阅读模式",
                      "     11月7日，在城固县村头新闻站工作推进会上，试点村领到了专用相机。" + BODY[:80]])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "城固县为17个村头新闻站配发相机"
    assert a.date == "2016-11-08" and "发表于" not in a.body


def test_a_sites_comment_box_and_recommended_teasers_are_furniture():
    page = "\n".join(["守护“某某蓝”!秸秆禁烧,某某在行动!", "",
                      "  连日来，我县各乡镇组织干部深入田间地头，面对面与群众讲政策。截至目前，全县共发放宣传资料32000余份，"
                      "悬挂横幅120条，启动车辆巡逻宣传140余次。", "", "(作者:吴荣 周潇)", "", "新闻推荐",
                      "近年来，县民族局把发展妇女手工刺绣业作为增收致富的一个产业来抓，手工刺绣业逐步走向组织化的传...",
                      "评论一下", "评论 0人参与,0条评论", "还没有评论,快来抢沙发吧!", "最热评论"])
    drafts = parse_text(page, home="湖北省", date="")
    [a] = [x for x in drafts if x.kind != "residue"]
    assert a.title == "守护“某某蓝”!秸秆禁烧,某某在行动!"
    assert a.body.startswith("连日来") and "刺绣" not in a.body and "评论" not in a.body


def test_a_bracketed_column_name_is_furniture():
    assert is_furniture("【图片新闻】") and is_furniture("[简讯]")


def test_an_e_papers_page_of_listed_titles_heads_the_article_it_shows():
    # The page lists its articles' titles over the one it shows; the pager's arrows are
    # digits, the byline carries a glyph left as a letter.
    page = "\n".join(["第A16版:民情一线通", "3上一版  下一版4", " ", "今日起本报联手市爱卫办灭蚊", "和老婆煲电话粥“煲”出大新闻",
                      "满院子垃圾见报当天被清光", "新闻搜索:", "", "3上一期 版面导航",
                      "3上一篇  下一篇4 2012年6月26日 放大 缩小 默认        ", "", "和老婆煲电话粥“煲”出大新闻", "", " ", "",
                      "N本报记者 吴臻 朱敏敏", "",
                      "本报讯 自本报推出“报料王”系列以来，许多市民纷纷尝试报料。经过层层把关和筛选，这周的周报料王已经评出。", "",
                      "说起这条报料，刘先生坦言，这还多亏他的妻子。23日上午，夫妻俩正在煲电话粥。", "", "3上一篇  下一篇4  ", "关闭"])
    [a] = [x for x in parse_text(page, home="福建省", date="") if x.kind != "residue"]
    assert a.title == "和老婆煲电话粥“煲”出大新闻" and a.byline == ["吴臻", "朱敏敏"]
    assert a.date == "2012-06-26" and a.body.startswith("本报讯")


def test_a_sites_rating_box_is_furniture():
    for line in ["您对这篇文章的满意度", "非常满意 基本满意 不太满意 很不满意", "用户名 密码 匿名", "3上一版  下一版4", "第A16版:民情一线通",
                 "时政·财经·军事 | 生活·家庭·娱乐 | 体坛·历史·科技 | 摄影·旅游·文化",
                 "留园网首页 · 新闻速递首页 · 【繁體閱讀】 【网友评论:103 条】 【 热评新闻排行 】 【 热门新闻排行 】",
                 "第RB01版: 日报01版", "详见C03、C04、C05版"]:
        assert is_furniture(line), line
    assert not is_furniture("| 2019年 | 2020年 | 2021年 |")      # a table's row is the table's


def test_a_sites_branch_list_is_furniture_and_its_photo_mark_no_part_of_the_title():
    page = "\n".join(["乡镇(街道)分站: 苏湾镇 栏杆集镇 柘皋镇 庙岗镇 夏阁镇 中垾镇 黄麓镇 烔炀镇 银屏镇 散兵镇",
                      "当前位置: 首页巢湖快讯", "", "庙岗乡第九届人民代表大会第四次会议胜利召开[图]", "",
                      "发布时间:2017-10-26 11:46:39 来源:本站 阅读次数:1407", "", "",
                      "3月28日,庙岗乡第九届人民代表大会第四次会议胜利召开。61名乡人大代表出席了大会。会议听取和审议了"
                      "政府工作报告,听取和审议财政预决算报告。(袁传仓)", "", "关闭×"])
    [a] = [x for x in parse_text(page, home="安徽省", date="") if x.kind != "residue"]
    assert a.title == "庙岗乡第九届人民代表大会第四次会议胜利召开" and a.date == "2017-10-26"


def test_after_a_sites_recommendations_its_blurb_is_furniture_too():
    page = "\n".join(["清洁乡村我带头", "6月27日,在建党纪念日即将到来之际,大将镇党员60余人到大洞屯开展清洁乡村大行动。",
                      "截至目前,该镇共组织干部群众6000余人次,开展村庄环境整治160余次。", "通过“清洁行动”,镇容村貌明显改善。",
                      "日报通讯员范树梅摄", "新闻推荐",
                      "近年来,县民族局把发展妇女手工刺绣业作为增收致富的一个产业来抓,从2012年6月起,对苗寨的传...",
                      "某某新闻,讲述家乡的故事。有观点、有态度,接地气的实时新闻。看家乡事,品故乡情。"])
    arts = [x for x in parse_text(page, home="广西壮族自治区", date="") if x.kind != "residue"]
    assert [a.title for a in arts] == ["清洁乡村我带头"]
    assert arts[0].body.rstrip().endswith("镇容村貌明显改善。") or "范树梅" in arts[0].body


def test_a_recommended_teaser_under_its_own_title_is_furniture_with_it():
    from generator.segment.rules.web import teasers
    texts = ["阳春三月，金水湖湿地公园杏花满枝，人们投入到大自然的怀抱。", "(晚报记者李晖摄)", "新闻推荐",
             "科学统筹规划擎起发展大旗(下)", "□向峰 文浩 总结经济欠发达地区经济发展进程缓慢的原因，往往能找出很多因素...",
             "某某新闻，新鲜有料。世界很大，期待在此相遇。"]
    model = ["B", "Y<", "F", "T>", "Y>", "B"]          # what the model and the rules before said of them
    assert teasers(texts, model) == ["B", "Y<", "F", "F", "F", "F"]


def test_a_menu_of_bulleted_items_a_blank_line_from_the_sites_name_is_furniture():
    page = "\n".join(["新闻| 党建| 家园| 文化| 博览| 建设| 运输| 旅游|", "", "人民铁道网", "", "建设", "资讯", "  • 资讯", "  • 图片",
                      "  • 视频", "  • 帖子", "", "奉节：不愿被时代遗忘的江城", "",
                      "时间:2014-03-25 10:35:36 来源:某某网 作者:", "  许鑫 张璇", "",
                      "  从安康到奉节的路，是我们整个行程中最辛苦也是最难忘的。清晨6点半，长途汽车站已经热闹起来。", "",
                      "  从安康到奉节没有直达的车，我们必须先到巫溪，再转车去奉节。"])
    arts = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert [a.title for a in arts] == ["奉节：不愿被时代遗忘的江城"] and arts[0].date == "2014-03-25"


def test_a_print_button_after_a_headline_is_no_part_of_the_title():
    from generator.records import Line
    from generator.segment.assemble import join_head
    assert join_head([Line(3, "标题: 万涪黔地区的今昔 [打印本页]")])[0] == "万涪黔地区的今昔"


def test_a_stamp_may_name_its_outlet_first_and_end_on_a_font_button():
    page = ("看家乡事,品故乡情\n\n\n美丽乡村上了央视\n\n安徽日报农村版 2017-11-28 10:59 大字\n\n"
            "某某县某某镇东临某某镇，素有鸡鸣两省、犬吠三县之说。就是处在这样一个普通乡镇的某某村，美丽乡村建设登上了央视新闻。\n\n"
            "上月末，某某村迎来了央视节目组，村民可高兴了，大家都自觉配合节目组的拍摄。\n")
    [a] = [x for x in parse_text(page, date="") if x.kind != "residue"]
    assert a.title == "美丽乡村上了央视"         # the site's slogan over it is no part of it
    assert a.date == "2017-11-28" and a.stamp.startswith("安徽日报农村版")


def test_a_stamp_that_opens_on_its_author_gives_the_date_and_the_byline():
    page = ("有线广播通农家\n \n作者:祝某某 李某 来源:某某日报 浏览次数:4567 发布时间:[2016-1-28]\n"
            "  昨天清晨6时28分，某某镇许多党员干部群众被广播喇叭里播放的经典老歌唤醒。\n"
            "  据该镇党委副书记介绍，该镇投入数十万元，通过为期近3个月的紧张建设，终于顺利开通有线广播。\n")
    [a] = [x for x in parse_text(page, date="") if x.kind != "residue"]
    assert a.title == "有线广播通农家" and a.date == "2016-01-28" and a.byline == ["祝某某", "李某"]


def test_a_sidebars_list_of_links_is_furniture():
    links = "\n".join(f" · {t}" for t in ["某某中学举行中考体育全真", "我县各中小学校重视体育教", "某某《人生赋》及两篇评",
                                          "我县87万亩水稻开镰收割", "工业园招商引资势头强成效"])
    page = (f"今天是:\n \n{links}\n \n  您当前的位置 >> 首页 >> >> 正文\n\n有线广播通农家\n \n发布时间:[2016-1-28]\n"
            "  昨天清晨6时28分，某某镇许多党员干部群众被广播喇叭里播放的经典老歌唤醒。\n"
            "  据该镇党委副书记介绍，该镇投入数十万元，通过为期近3个月的紧张建设，终于顺利开通有线广播。\n")
    arts = parse_text(page, date="")
    assert [a.title for a in arts if a.kind != "residue"] == ["有线广播通农家"]
    assert any("我县87万亩水稻开镰收割" in p for a in arts if a.kind == "residue" for p in a.body.split("\n"))


def test_an_e_papers_motto_and_search_box_over_the_headline_are_furniture():
    page = ("您好!欢迎来到我们的网站!\n当前位置《青溪网》 > 柚都青溪> 第434期>第4版\n    第4版 :五江之源\n"
            "    《柚都青溪》—青溪人自己的报纸\n    报刊搜索: 搜索\n\n    开栏的话\n\n    作者: 来源:柚都青溪 时间:2022-05-30\n"
            "    编辑:周某某 点击数: 字号:\n\n"
            "    为积极响应县委、县政府关于加强某某溪水环境综合整治的号召，全面提升我县生态文明建设水平，"
            "县委宣传部、县教育局特地联合举办主题征文活动。通过前期的宣传发动，经全县广大师生的共同努力，共收到征文来稿322篇，"
            "其中教师组83篇，中学组129篇，小学组110篇。经评委多轮评选，共评出获奖作品159篇。从本期开始，"
            "《柚都青溪》“五江之源”版面设立征文专栏，选登部分优秀获奖作品。\n")
    arts = parse_text(page, date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "开栏的话" and a.date == "2022-05-30" and a.body.startswith("为积极响应")
    assert a.byline == []                                  # (作者: is empty; 来源:柚都青溪 is no writer)
    furniture = " ".join(x.body for x in arts if x.kind == "residue")
    assert "自己的报纸" in furniture and "报刊搜索" in furniture and "编辑:周某某" in furniture


def test_a_sites_address_with_its_postcode_is_furniture():
    assert is_furniture("地址：某某县人民路75564号 邮编：324720")
    assert is_furniture("电话:0370-8550006  地址:某某县人民路中段1号")
    assert not is_furniture("报名地址：县人民路1号。")


def test_a_scrap_of_an_e_papers_navigation_is_no_article():
    page = ("编辑:王某某 美编:宫某某 组版:商某\n"
            "2011年8月15日，这是一个应该载入某某城市建设史册的一天。经过3年的努力，备受瞩目的东大桥和西大桥双双正式通车。"
            " 本报记者 张某某 摄\n详见C03、C04、C05版\n今日\n版 今日\n")
    arts = parse_text(page, date="")
    assert [a.kind for a in arts if a.kind != "residue"] == ["photo"]
    assert any("版 今日" in a.body for a in arts if a.kind == "residue")


def test_a_forums_name_over_a_posts_headline_is_furniture():
    page = ("经典青溪\n\n标题: 某某地区的今昔 [打印本页]\n\n作者: abc888    时间: 2025-9-3 11:12\n标题: 某某地区的今昔\n"
            "“众水汇涪万，瞿塘争一门。” 杜甫的这句诗生动地描绘出某某地区独特的地理风貌。这片土地不仅地理区位优越，更兼具深厚的人文底蕴。\n"
            "历史上，某某地区凭借水陆联运之利，成为川东物资集散的重镇。\n")
    arts = parse_text(page, date="")
    assert [a.title for a in arts if a.kind != "residue"] == ["某某地区的今昔"]


def test_a_government_pages_disclosure_panel_is_furniture_and_dates_the_document():
    page = "\n".join(["返回顶部", "", "某某县人民政府工作规则", "", "  • 索引号:", "", "    6107280000/2024-001005",
                      "  • 主题分类:", "", "  • 发文机构:", "", "    县政府网站", "  • 发文字号:", "", "    某政发〔2024〕7号",
                      "  • 发文日期:", "", "    2024年04月06日 16:40", "  • 有效性:", "", "  • 内容概述:", "",
                      "某某县人民政府工作规则", "", "第一章总则", "",
                      "一、根据有关法律和上级政府工作规则的有关规定，结合本县实际，制定本规则。", "",
                      "二、县政府工作的指导思想是，认真执行党的路线方针政策，严格遵守宪法和法律法规，全面正确履行政府职能。", "",
                      "第二章   组成人员和政府职能", "",
                      "四、县政府由县长、副县长、县政府党组成员，县政府各工作部门主要负责人组成。", "",
                      "五、县政府实行县长负责制。县长主持县政府全面工作。"])
    arts = parse_text(page, date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "某某县人民政府工作规则" and a.date == "2024-04-06"
    assert a.body.startswith("第一章总则") and "四、县政府由县长" in a.body
    furniture = " ".join(x.body for x in arts if x.kind == "residue")
    assert "县政府网站" in furniture and "某政发〔2024〕7号" in furniture and "6107280000" in furniture


def test_a_headline_printed_again_over_the_text_is_a_copy_not_the_texts_opening():
    page = "\n".join(["归档时间:2023-06-15", "当前位置: 首页 > 公开领域 > 城乡规划", "",
                      "某县住房和城乡建设局2018年度整体支出 绩效评价报告", "", "详细信息", "", "公开具体内容", "",
                      "某县住房和城乡建设局2018年度整体支出", "", "绩效评价报告", "",
                      "为检验预算编制的科学性、合理性、规范性，提升我局预算编制、执行、监督和绩效管理等能力水平，"
                      "我局已经对2018年度预算绩效进行自我评价。具体情况报告如下：", "", "一、部门概况", "",
                      "1、组织机构设置及人员情况：某县住房和城乡建设局正科级行政单位，全局现有在职人员246人。"])
    arts = parse_text(page, date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "某县住房和城乡建设局2018年度整体支出 绩效评价报告"
    assert a.body.startswith("为检验预算编制的科学性")
    assert any("公开具体内容" in x.body for x in arts if x.kind == "residue")


def test_a_yearbooks_record_cuts_its_entries_by_their_bracketed_names_and_dates_them_by_its_stamp():
    page = ("|\n【作者】某县年鉴编纂委员会 【文章来源】《某县年鉴•2021》 【成文日期】2020-12-31 【点击率】867次 |\n"
            "【城关镇概况】 城关镇位于县境中部，是县人民政府驻地。总面积86平方千米，辖12个行政村和4个社区。"
            "2020年末常住人口5.2万人。镇人民政府驻建设路8号。\n"
            "【城关镇经济发展】 2020年，城关镇实现地区生产总值21.3亿元，比上年增长4.2%。\n"
            "农业 2020年，全镇粮食种植面积1200公顷，总产量9800吨。\n")
    articles = [a for a in parse_text(page) if a.kind != "residue"]
    assert [a.title for a in articles] == ["城关镇概况", "城关镇经济发展"]
    assert [a.date for a in articles] == ["2020-12-31", "2020-12-31"]        # no catalogue record: the stamp's
    assert articles[1].body.endswith("总产量9800吨。")


def test_a_bracketed_label_that_names_no_entry_is_no_title():
    from generator.segment.lines import entry_name

    assert entry_name("【城关镇概况】 城关镇位于县境中部") == "城关镇概况"
    assert entry_name("【区领导调研春耕生产】3月5日，区领导到……") == "区领导调研春耕生产"
    for text in ["【编者按】 本版今起推出……", "【相关链接】 据了解……", "【标题】 县里召开会议", "【作者】张三",
                 "【近日，县里召开会议】", "【简讯】 某镇……"]:
        assert entry_name(text) == "", text


def test_a_forums_bars_are_furniture():
    assert is_furniture("热搜: 活动 交友 discuz") and is_furniture("查看: 3986|回复: 7")
    assert not is_furniture("热搜榜上的家乡美食")


def test_under_an_articles_editors_the_sites_boxes_are_furniture_not_its_headline():
    page = ("您当前的位置: 某县环境保护局 > 乡村动态\n某乡清洁乡村掀高潮\n发布时间:2009-02-24\n\n某乡清洁乡村掀高潮\n\n"
            "  某县新闻网讯 (通讯员 张三)2月20日,某乡召集乡村干部召开清洁乡村推进会。" + BODY[:80] + "\n\n"
            "  会上,在总结和表彰2008年清洁乡村先进的同时,提出了2009年清洁乡村工作新目标。" + BODY[:80] + "\n\n"
            "某县新闻网 编辑:李四 王五\n\n部门概况\n\n环境专刊\n\n更多>>\n\n友情链接:\n")
    [a] = [a for a in parse_text(page, date="") if a.kind != "residue"]
    assert a.title == "某乡清洁乡村掀高潮" and a.date == "2009-02-24"
    assert a.body.startswith("某县新闻网讯") and "部门概况" not in a.body
    assert is_furniture("友情链接:")


def test_a_documents_numbered_chapters_are_its_subheads_not_a_papers_running_heads():
    from generator.segment.tagger import tag

    lines = ["某县人民政府办公室关于印发《某县粮食应急预案》的通知", "", "1 总则", "", "1.1 编制目的", "",
             "为提高我县处置突发粮食事件的能力，制定本预案。" + BODY, "", "1.2 编制依据", "",
             "《中华人民共和国突发事件应对法》等。" + BODY, "", "2 组织机构和职责", "", "2.1 县粮食应急工作指挥部", "",
             "县政府成立县粮食应急工作指挥部。" + BODY]
    labels = tag(lines)
    assert labels[2] == labels[12] == labels[14] == "H"      # chapters and sections: subheads
    residue = [a for a in parse_text("\n".join(lines), date="") if a.kind == "residue"]
    assert not residue
    assert is_furniture("08 社会民生")            # alone, it reads as a running head still


def test_a_notice_and_the_document_it_issues_are_one_article():
    page = "\n".join(["发布日期:2017年03月13日 信息来源:", "某县人民政府办公室关于印发《某县粮食应急预案》的通知", "",
                      "   某政办发〔2017〕8号", "", "各乡镇人民政府，县政府有关部门：", "",
                      "  《某县粮食应急预案》已经县政府同意，现印发给你们，请认真遵照执行。", "", "  某县人民政府办公室", "",
                      "  2017年2月10日", "", "", "某县粮食应急预案", "", "  1 总则", "", "  1.1 编制目的", "",
                      "  为提高我县处置突发粮食事件的能力，制定本预案。" + BODY, "", "  1.2 编制依据", "",
                      "  《中华人民共和国突发事件应对法》等。" + BODY])
    [a] = [a for a in parse_text(page, date="") if a.kind != "residue"]
    assert a.title == "某县人民政府办公室关于印发《某县粮食应急预案》的通知"
    assert a.lines[1] == 25 and "某县粮食应急预案" in a.body
    from generator.segment.tagger import tag

    assert tag(page.split("\n"))[11] != "D<"        # the notice's date closes nothing: its document follows


def test_a_letter_spaced_chapter_heading_of_an_issued_document_is_no_byline():
    # 第一章  总  则 reads, to the model, like names under a headline; it is the document's subhead,
    # and the document's clauses under it go on with the notice that issues it.
    page = "\n".join(["某县人民政府关于印发《某县人民政府工作规则》的通知", "",
                      "各乡、镇人民政府，县政府各部门：", "",
                      "  《某县人民政府工作规则》已经县政府全体会议通过，现予印发，请遵照执行。", "",
                      "某县人民政府", "2019年1月17日", "", "", "某县人民政府工作规则", "", "第一章  总  则", "",
                      "一、根据有关法律和上级政府工作规则，结合本县实际，制定本规则。" + BODY + "全面负责。", "",
                      "二、县政府工作的准则是，执政为民，依法行政，实事求是，民主公开，务实清廉。"])
    [a] = [a for a in parse_text(page, date="") if a.kind != "residue"]
    assert a.title == "某县人民政府关于印发《某县人民政府工作规则》的通知"
    assert a.byline == [] and a.body.endswith("务实清廉。")


def test_a_towns_name_over_the_headline_is_the_kicker_not_a_byline():
    # A county paper's page heads a report with the town it comes from; 吴村镇 opens with a surname.
    page = ("2020年10月15日\n第04版:\n\n吴村镇\n\n集中精力美环境\n\n"
            "本报曲阜讯(通讯员 陈某某)吴村镇聚焦重点环节，启动农村人居环境专项整治，推动整治工作掀起热潮。\n\n"
            "10月3日晚，吴村镇召集领导干部召开专题会议，对人居环境整治工作再部署、再安排。\n")
    [a] = [a for a in parse_text(page, date="") if a.kind != "residue"]
    assert a.title == "集中精力美环境" and a.kicker == "吴村镇"
    assert a.byline == ["陈某某"]          # 本报曲阜讯(通讯员 …): a dispatch's place between 本报 and 讯


def test_a_readers_library_copy_keeps_its_savers_stamp_buttons_and_disclaimer_out():
    # A reposting library (360doc) prints who saved the copy and when, then its own disclaimer,
    # buttons and comment box under the text; 发表 is the comment box's button, no byline.
    page = ("分享\n\n某县召开春耕生产会议\n\n 某某馆藏 2017-11-12\n1956年\n"
            "【某县召开春耕生产会议】 4月21日，某县县委召开春耕生产会议，布置全县春耕生产工作。"
            "会议要求各区乡抓紧备耕，保证不误农时。\n\n"
            "    本站是提供个人知识管理的网络存储空间,所有内容均由用户发布,不代表本站观点。"
            "请注意甄别内容中的联系方式、诱导购买等信息,谨防诈骗。如发现有害或侵权内容,请点击一键举报。\n"
            "    转藏 分享 献花(0\n\n    0条评论\n\n    发表\n\n    请遵守用户 评论公约\n")
    [a] = [a for a in parse_text(page, date="") if a.kind != "residue"]
    assert a.title == "某县召开春耕生产会议" and a.byline == []
    assert a.body.endswith("保证不误农时。") and "馆藏" not in a.body


def test_a_reporters_credit_in_brackets_opens_the_text_and_is_no_headline():
    # A Taiwan community paper's blog: its gadgets' titles, then the headline (read by the model
    # as a subtitle under them), then the text opened by the reporter's credit in brackets.
    page = ("某某日報提供每日在地新聞、縣政新聞、專題報導!\n\n熱門文章\n\n"
            "某某社區參訪活動圓滿結束\n\n"
            "【記者陳某某報導】某某協會社區參訪活動,為增進各縣市社區報刊瞭解社區基層建設成果。\n\n"
            "此次特安排拜訪縣政府並聽取縣政簡報,由縣長主持,及各相關局處參與盛會。\n")
    [a] = [a for a in parse_text(page, date="") if a.kind != "residue" and a.title]
    assert a.title == "某某社區參訪活動圓滿結束" and a.byline == ["陳某某"]
    assert a.body.startswith("【記者陳某某報導】")
    assert is_furniture("热门文章") and is_furniture("相关文章")


def test_links_to_other_articles_cut_to_one_width_under_the_text_are_no_headline():
    # A county site lists other stories under the text, each title cut to eleven characters.
    page = ("新冠肺炎疫情发生以来，某某镇全镇上下做好疫情防控工作，在境内各村出入口设置执勤点和监测点，"
            "对进入车辆、人员逐车逐人检查登记，切实为全镇人民筑起了一道坚实的防线。\n"
            "2月14日大雪过后，该镇组织各村对积雪结冰的路段全力清除积雪，铲雪除冰，撒盐融雪，"
            "为道路交通安全畅通和疫情防控工作有序开展提供了有力的保障。\n"
            "某某旅游景区再添新景观\n某某农业大学调研团到某\n团市委携手某某发电公司\n【丰收季】某某镇红枣飘\n")
    [a] = [a for a in parse_text(page, date="") if a.kind != "residue"]
    assert a.title == "" and a.body.endswith("提供了有力的保障。")


def test_a_blogs_name_and_its_pictures_placeholders_are_furniture():
    # A company's blog reposting a county story: its phone, its name (…网络), and 自动草稿
    # where each picture stood (WordPress's "Auto Draft").
    page = ("0543-5070000\n山东某某网络\n自动草稿\n\n某县举行庆祝中国记者节颁奖典礼\n\n自动草稿\n\n"
            "11月5日，由中共某县县委宣传部主办的庆祝第21个中国记者节颁奖典礼在县文化中心大礼堂隆重举行。"
            "笔者很荣幸被评为年度最美新闻工作者，并在典礼上作了发言。\n")
    [a] = [a for a in parse_text(page, date="") if a.kind != "residue"]
    assert a.title == "某县举行庆祝中国记者节颁奖典礼" and "自动草稿" not in a.body


def test_an_archive_calendar_under_the_text_dates_nothing_and_stays_out_of_the_article():
    # An e-paper lists its past issues (date, issue number) on one line under the page.
    page = ("第05版:县区新闻\n\n某乡扎实推进夏收工作\n\n"
            "本报讯（记者 王某）连日来，荥阳市城关乡统筹调配农机，加快小麦收割进度。\n\n"
            "截至目前，全乡已收割小麦九千余亩，未发生秸秆焚烧。\n\n"
            "2026-02-15,13100| 2026-02-14,13096| 2026-02-13,13088| 2026-02-12,13080|\n")
    arts = parse_text(page)
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "某乡扎实推进夏收工作" and a.date == "" and a.stamp == ""
    assert a.lines == [3, 7]
    assert any("2026-02-15,13100" in x.body for x in arts if x.kind == "residue")


def test_a_photo_under_an_article_keeps_its_own_credit_line():
    page = ("某乡扎实推进夏收工作\n\n"
            "本报讯（记者 王某）连日来，城关乡统筹调配农机，加快小麦收割进度，未发生秸秆焚烧。\n\n"
            "近日，惠济区某社区开展“爱心蔬菜进社区”活动，为老年人分发新鲜蔬菜。\n\n"
            "本报记者 赵某某 摄\n")
    news, photo = [x for x in parse_text(page) if x.kind != "residue"]
    assert news.lines == [1, 3] and news.byline == ["王某"]
    assert photo.kind == "photo" and photo.lines == [5, 7] and photo.byline == ["赵某某"]
    assert photo.body.endswith("本报记者 赵某某 摄")


def test_a_web_headline_the_model_read_as_a_one_line_body_heads_the_text_below():
    page = ("当前位置:首页 >热点 >某报采访团来滁蹲点调研_ 正文\n\n"
            "某报采访团来滁蹲点调研_\n\n"
            "来源:某某网   作者:某某   时间:2025-01-25 04:30:03\n\n"
            "滁州网讯(全媒体记者刘某)7月22日起,某报采访团抵达天长市永丰镇三元村,启动蹲点调研。\n\n"
            "入驻首日,采访团与天长市、镇、村三级干群深入座谈,听取和美乡村建设情况介绍。\n\n"
            "标签:\n\n责任编辑:某某\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.title == "某报采访团来滁蹲点调研"          # (the bar a site's name stood after is cut)
    assert a.lines == [3, 9] and a.date == "2025-01-25"


def test_a_reading_time_line_over_a_web_article_is_furniture_not_its_headline():
    for line in ("本篇文章274字,读完约1分钟", "本文共1200字，阅读时间约3分钟", "阅读时长：约5分钟"):
        assert is_furniture(line), line
    assert not is_furniture("本篇文章介绍了全县三年来的变化")


def test_an_e_paper_s_photo_story_under_its_headline_is_one_article():
    # The page's header carries the PDF button (第A05版:要闻 PDF版); the story is one paragraph
    # signed by its photographer, and the e-paper's record line closes the page.
    story = ("2月1日，某市报业小记者某某采访两会期间的执勤人员。为提升广大市民对两会的关注度，"
             "两会期间，经过层层选拔的8名小记者以特殊的“新闻工作者”身份，手持话筒，与人大代表、"
             "政协委员面对面交流，以青少年的视角看两会。③2 某某某 摄")
    page = ("2024年02月03日\n第A05版:要闻 PDF版\n\n小记者“跑”两会\n\n" + story +
            "\n\n2024-02-03 2 2 某某晚报 content_226314.html 1 小记者“跑”两会 /enpproperty-->\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.title == "小记者“跑”两会" and a.lines == [4, 6] and a.date == "2024-02-03"
    assert is_furniture("第A05版:要闻 PDF版") and is_furniture("第07版:县区新闻 PDF版阅读")


def test_a_headline_under_the_site_bars_over_its_date_line_heads_the_text():
    # The site's masthead carries a news hotline; the headline stands over a meta line
    # that the model reads as the date of a text above, and there is none.
    body = "自全镇动员大会后，某某镇立即开展了多种形式的宣传活动，为换届选举营造了良好的氛围。"
    page = ("数字报\n某某公众号\n某市融媒体中心  某某日报  新闻线索:0514-84000000\n首页\n"
            "  • 手机版\n  • 某某公众号\n首页 > 今日要闻\n某镇换届选举氛围浓\n\n"
            "2007-10-24 00:00:00    作者:某某 某某    来源:今日某某\n\n" + body + "\n\n" + body * 3 + "\n\n"
            "某市融媒体中心 主办 2004-2019© 未经许可不得转载\n\nICP备05000000号-1\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.title == "某镇换届选举氛围浓" and a.lines == [8, 14] and a.date == "2007-10-24"


def test_the_sites_boxes_under_its_licence_lines_are_furniture_not_the_articles_end():
    body = "连日来，某某镇全体机关职工到某某村开展爱国卫生劳动，对公路沿线地面、水沟和卫生死角进行了集中清理。"
    page = ("当前位置:乡镇>某某镇人民政府>政务信息\n某某镇爱国卫生运动进行时\n日期:2020-05-28 字体:【\n\n"
            + body + "\n\n" + body * 2 + "\n\n\n主办:某某县人民政府办公室 版权所有:某某县人民政府\n\n"
            "ICP备案:渝ICP备12000000号-1\n\n某某微发布\n新浪官方微博\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.title == "某某镇爱国卫生运动进行时" and a.lines == [2, 7]
    assert a.body.endswith("集中清理。")


def test_a_sites_name_over_its_breadcrumbs_last_step_is_furniture_not_the_headlines_first_line():
    body = "千里房县，崇山峻岭，沟壑纵横。某某村在过去5年多时间里，由昔日贫穷落后的小山村变成了全县脱贫出列的示范村。"
    page = ("新华网 正文\n驻村第一书记的脱贫日记\n2020-09-28 19:30:51 来源: 新华网\n关注新华网\n微博\nQzone\n图集\n\n"
            "  新华社武汉9月28日电 题:驻村第一书记的脱贫日记\n\n  新华社记者李某\n\n  " + body + "\n\n  " + body * 2 + "\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.title == "驻村第一书记的脱贫日记" and a.date == "2020-09-28"


def test_a_banner_over_the_breadcrumb_and_a_submit_button_are_furniture_not_the_headline():
    body = "10月27日，某某最美村镇第二轮公众票选结果揭晓，某某县某某镇花桥村、城关镇凤凰谷村两村脱颖而出，成功晋级。"
    page = ("某某文明传承创新区 深入开展文明城市创建活动\n您当前的位置 :某某网 > 某某新闻 > 市州播报 > 某某 正文\n"
            "投稿\n\n某县两个村晋级“某某最美村镇十强”\n\n2016-10-28 17:10:47 来源:某某网 作者: 责任编辑:张某某\n\n  "
            + body + "\n\n  " + body * 2 + "\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.title == "某县两个村晋级“某某最美村镇十强”" and a.lines == [5, 11] and a.date == "2016-10-28"


def test_a_sites_motto_over_the_headline_and_its_date_line_is_furniture():
    body = "某某县某某镇东临石弓镇，南接马店集镇，素有鸡鸣两省、犬吠三县之说。就是这样一个普通乡镇的白果村，登上了央视新闻。"
    page = ("看家乡事,品故乡情\n\n\n美丽乡村上了央视\n\n某某日报农村版 2017-11-28 10:59 大字\n\n"
            + body + "\n\n" + body * 2 + "\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.title == "美丽乡村上了央视" and a.lines == [4, 10] and a.date == "2017-11-28"
    assert "故乡情" not in a.body


def test_a_content_systems_own_marks_are_furniture():
    for line in ("织梦内容管理系统", "欢迎发表评论我要评论 本文来自织梦", "Powered by DedeCMS"):
        assert is_furniture(line), line


def test_a_column_name_over_a_headline_the_model_read_as_text_is_furniture():
    body = "8月22日，县委副书记、县长某某主持召开县委县政府重点工作第52次周交办会议，通报上周市县交办工作完成情况。"
    page = ("今日某阳\n\n县委县政府重点工作第52次周交办会议召开\n\n来源: 中国某阳网    信息时间:2022-08-22     阅读次数:\n\n  "
            + body + "\n\n  " + body * 2 + "\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.title == "县委县政府重点工作第52次周交办会议召开" and a.lines[0] == 3 and a.date == "2022-08-22"


def test_a_sites_comment_box_is_furniture():
    body = "日前，省农业农村厅发布公告称，经各地申报推荐、专家评审，某某市某某镇等40个申报乡镇被纳入创建对象名单。"
    page = ("第二批全省乡村振兴示范乡镇创建对象公布\n2024-01-31 19:48:10 来源:某某日报\n" + body + "\n" + body * 2 +
            "\n参与评论\n您的观点仅代表您本人,请文明发言,严禁散播谣言和诽谤他人\n所有评论\n无\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.lines == [1, 4] and "评论" not in a.body


def test_a_photos_placeholder_named_after_the_headline_is_furniture_not_a_new_article():
    head = "某某街道举办第九届邻居节开幕式&某某社区分会场——邻里和活动"
    body = "9月23日，某某街道党工委、某某街道办事处在某某社区组织举办第九届邻居节开幕式，并开展了趣味项目活动。"
    page = (f"当前位置: 首页 > 工作动态 > 社区管理\n\n{head}\n\n文章来源:某某街道办 日期:2023-09-25 点击数:\n\n{body}\n\n"
            f"{head}(图1)\n\n{head}(图2)\n\n{body * 2}\n\n{head}(图3)\n\n{body * 3}\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.title == head and a.lines == [3, 17] and "(图" not in a.body


def test_a_file_photos_mark_is_furniture_not_the_headline():
    assert is_furniture("【资料图】") and is_furniture("[图片]")


def test_a_columns_name_set_apart_over_the_headline_is_furniture():
    body = "今年以来，某某县供销社认真贯彻落实中央1号文件精神，大力发展农民合作组织。截至3月31日，全县农民合作组织总数已达589个。"
    page = ("基层组织建设\n\n某某县农民合作组织发展势头强劲\n\n  • 时间:2015-04-08\n\n  • 浏览:973\n\n"
            "  • 来源:某某市供销社办公室\n\n  • 字号:\n  • 打印\n\n  • 分享:\n\n  " + body + "\n\n  " + body * 2 + "\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.title == "某某县农民合作组织发展势头强劲" and a.lines[0] == 3


def test_a_papers_site_footer_run_into_one_long_line_is_furniture():
    assert is_furniture("报社简介 - 广告服务 - 订阅报纸 - 记者查询 - 记者站 - 联系方式某某时报、某某经济的电子版内容版权归某某时报社所有 "
                        "转载请联系本网站管理员并注明出处特别声明:本站若有侵害其他单位与个人权益的文章或内容,请尽快告知本站管理员,"
                        "将立即删除电话:010-63700000 传真:010-63700001 电子邮件:web@example.cn京ICP备05000000号")


def test_a_notices_deadline_line_does_not_cut_the_notice_from_its_attached_plan():
    # 意见反馈截止日期:… is a date the notice gives, not a date line closing it: the notice, its
    # sign-off and the plan it publishes are one text.
    page = "\n\n".join([
        "某某县卫生健康局关于《某某县突发公共卫生事件应急预案(征求意见稿)》公开征求意见的通知",
        "日期:2024-01-15   来源:  某某县卫生健康局\n字体大小:",
        "为进一步规范我县突发公共卫生事件应急处置等工作,健全应急响应机制,提高应急管理能力,根据《某某市突发公共卫生事件"
        "应急预案》《某某县突发事件总体应急预案》等文件精神,结合我县实际,特拟定《某某县突发公共卫生事件应急预案(征求意见稿)》,"
        "现向社会公开征求意见,公众可通过以下方式和途径提出意见:",
        "联系电话:84000000", "邮    箱:abc@163.com", "意见反馈截止日期:2024年2月15日", "某某县卫生健康局",
        "2024年1月15日", "某某县突发公共卫生事件应急预案(征求意见稿)", "一、总则", "(一)编制目的",
        "指导和规范全县突发公共卫生事件的应急管理工作,建立健全突发公共卫生事件防控快速反应机制,有效预防、及时控制和"
        "消除突发公共卫生事件及其危害,保障公众身心健康与生命安全,维护正常的社会秩序。"]) + "\n"
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.title.startswith("某某县卫生健康局关于") and a.date == "2024-01-15" and "快速反应机制" in a.body


def test_a_lead_box_marked_like_a_byline_opens_the_body_and_the_comment_link_is_furniture():
    page = "\n".join([
        "某某市举行改版庆祝活动", "□核心提示",
        "60年前的8月5日晚上,夜色沉沉,某某市民却看到了直射过来的缕缕光明。在这个特殊的日子里,本报举行大型庆祝活动。",
        "三湘看巨变。巨变的不仅仅是翻天覆地的某某城,还有即将改版的某某都市报。8月18日,某某都市报全新改版。",
        "■记者 李某 黄某 实习生 张某", "[1] [2] [3] [下一页] |", "我来说两句"]) + "\n"
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.title == "某某市举行改版庆祝活动" and a.body.startswith("□核心提示") and a.lines == [1, 5]


def test_a_sites_or_brands_name_after_the_headline_is_cut_from_the_title_and_kept_as_printed():
    body = "近日,某某市某某社区联合多家共建单位成功举办首届邻里节文艺汇演,进一步弘扬邻里友爱、守望相助的传统美德。"
    for head in ["邻里节里话和谐-凯发k8官方旗舰厅", "邻里节里话和谐 - 开云(中国)Kaiyun·官方网站 - 登录入口", "邻里节里话和谐_某某新闻网"]:
        [a] = [x for x in parse_text(head + "\n\n" + body + "\n") if x.kind != "residue"]
        assert a.title == "邻里节里话和谐" and head in a.printed, head
    # a range of years is no bar before a site's name
    [a] = [x for x in parse_text("某某县2019-2020年度先进集体名单\n\n" + body + "\n") if x.kind != "residue"]
    assert a.title == "某某县2019-2020年度先进集体名单"


def test_a_sections_name_in_brackets_before_the_headline_is_its_kicker():
    body = "乘着农村城镇化改革的东风,某某镇政府依靠国家拨款和自筹资金对全镇79个行政村进行电气线路改造。"
    page = "        【新闻特写】 让我们的家乡更美好\n             --某某镇城乡一体化工程侧记\n\n     " + body + "\n"
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert (a.kicker, a.title) == ("新闻特写", "让我们的家乡更美好")
    assert "【新闻特写】 让我们的家乡更美好" in a.printed          # the line as printed is kept


def test_a_sites_disclaimer_and_reprint_terms_are_furniture():
    for line in ["凡本网未注明“发布者:某某新闻网”的作品,均转载自其它媒体,转载目的在于传递更多信息,并不代表本网赞同其观点和对其真实性负责。",
                 "某某日报所有自采新闻(含图片)独家授权某某新闻网发布,未经允许不得转载或镜像;授权转载务必注明来源。",
                 "本网站所刊载信息,不代表某某社和某某网观点。 刊用本网站稿件,务经书面授权。",
                 "未经授权禁止转载、摘编、复制及建立镜像,违者将依法追究法律责任。"]:
        assert is_furniture(line), line
    # a report's sentence that says the same words is not (one notice among much else)
    assert not is_furniture("他表示,个别专家的说法不代表协会的观点,协会将于近日召开会议,对下一步工作作出安排。")


def test_an_e_papers_pager_and_a_portals_section_list_are_furniture():
    assert is_furniture("PDF «上一版 下一版»本期共8版(1-2-3-4-5-6-7-8)")
    assert is_furniture("旗下栏目: 某阳县 某城县 某州市/某城区 某辛县")


def test_a_teasers_title_and_the_sites_blurb_under_its_recommendations_are_furniture():
    page = ("新村里的幸福生活\n\n10月5日,“国庆”长假的第六天。某某市某某镇某某新村里呈现一片繁忙景象:农民文化休闲娱乐广场"
            "正在架设健身器材,通向千家万户的环村水泥路逐段向前延伸。\n新闻推荐\n柳巷镇两万多亩黄豆获丰收\n"
            "某某新闻,弘扬社会正气。除了新闻,我们还传播幸福和美好!因为热爱所以付出,不变的是某某市这个家。\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.title == "新村里的幸福生活" and a.lines == [1, 3]


def test_a_stamp_that_names_the_magazine_before_its_site_is_a_date_line_not_the_headlines_end():
    page = ("【天下治·书记访谈】外修生态内修人文——访某某市委书记\n\n 《小康》 ● 中国小康网   2023-05-12 14:44:35\n\n"
            "  位于安徽西南部、大别山东南麓的某某,是人们口中的“皖国古都、二乔故里、京剧之祖、禅宗之地、黄梅之乡”。\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.title == "外修生态内修人文——访某某市委书记" and a.kicker == "天下治·书记访谈" and a.date == "2023-05-12"
    from generator.segment.lines import is_date_line
    assert is_date_line("《小康》 ● 中国小康网   2023-05-12 14:44:35")


def test_a_headline_run_into_its_subtitle_and_byline_on_one_line_is_cut_into_them():
    page = ("新村里的幸福生活 ——某某市某某镇某某新村见闻 本报记者张 某 通讯员张某国\n"
            "[摘要] 新村里的幸福生活 某某市某某镇某某新村见闻 本报记者张 某 通讯员张某国\n"
            "10月5日,“国庆”长假的第六天。某某市某某镇某某新村里呈现一片繁忙景象:农民文化休闲娱乐广场正在架设"
            "健身器材,通向千家万户的环村水泥路逐段向前延伸。(下转第二版)\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert (a.title, a.subtitle) == ("新村里的幸福生活", "——某某市某某镇某某新村见闻")
    assert a.byline == ["张某", "张某国"] and a.body.startswith("10月5日")
    assert page.splitlines()[0] in a.printed


def test_names_alone_in_brackets_at_a_reports_end_are_its_byline():
    body = "3月28日,某某乡第九届人民代表大会第四次会议胜利召开。61名乡人大代表出席了大会,听取和审议政府工作报告。"
    [a] = [x for x in parse_text("某某乡人代会胜利召开\n\n" + body + "(袁某仓)\n") if x.kind != "residue"]
    assert a.byline == ["袁某仓"]
    [a] = [x for x in parse_text("某某乡人代会胜利召开\n\n" + body + "(县政府办供稿)\n") if x.kind != "residue"]
    assert a.byline == []


def test_a_headline_run_into_the_reports_first_line_is_its_title():
    line = ("我县召开2011年三秋暨秸秆综合利用和禁烧工作动员会 9月21日上午,我县召开2011年三秋暨秸秆综合利用和禁烧工作动员会。"
            "县委书记某某、副县长某某出席会议,副县长某某主持会议。 会上,副县长某某对我县2011年三夏工作进行了全面总结。")
    [a] = [x for x in parse_text(line + "\n") if x.kind != "residue"]
    assert a.title == "我县召开2011年三秋暨秸秆综合利用和禁烧工作动员会" and a.body.startswith("我县召开")
    # not words with a clause mark, nor a report's own opening words
    [a] = [x for x in parse_text("会上,副县长某某作了讲话 9月21日上午,我县召开三秋工作动员会,县委书记某某出席会议并讲话。\n")
           if x.kind != "residue"]
    assert a.title == ""


def test_a_sites_slogan_set_apart_under_the_headline_is_not_the_title():
    # The tagger reads the headline as a kicker over the slogan; the body shares the headline's
    # words (采风, 乡村振兴) and none of the slogan's.
    page = "\n".join(["田间地头采风 共话乡村振兴", "", "纵览三晋风采", "", "2023-03-31 10:51", "",
                      "3月30日,某某合作社邀请各级媒体人、作家、书画家走进王南村千亩梨园开展大型采风活动。", "",
                      "采风团体体验乡土文化,感受新农村变化,共话乡村振兴大业。", "",
                      "目前,红香酥梨已成为王南村的支柱产业,种植户达504户,面积4500余亩。"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "田间地头采风 共话乡村振兴" and a.kicker == "纵览三晋风采"


def test_a_forums_notes_on_a_post_and_its_pictures_attachments_are_furniture():
    page = "\n".join(["本帖最后由 某某森林 于 2021-11-12 11:14 编辑",
                      "11月11日上午,某某日报新闻采编党支部一行来到某某镇雄峰村开展主题党日活动。",
                      "微信图片_20211111154252.jpg (383.35 KB, 下载次数: 120)", "下载附件", "2021-11-11 15:43 上传",
                      "雄峰村位于某某镇西北部,离镇区约6公里,是一个库区移民比较多的村。"])
    arts = parse_text(page, home="", date="")
    texts = "".join(a.body for a in arts if a.kind != "residue")
    assert "下载附件" not in texts and ".jpg" not in texts and "本帖最后由" not in texts
    assert {n for a in arts if a.kind == "residue" for n in range(a.lines[0], a.lines[1] + 1)} >= {1, 3, 4, 5}


def test_paragraphs_a_copied_page_runs_into_one_line_come_apart_at_their_wide_gaps():
    page = "\n".join(["坚持全国“一盘棋”", "——优化区域经济布局,促进区域协调发展",
                      "  区域协调发展是中国式现代化的内在要求。   我国幅员辽阔、人口众多,统筹区域发展从来都是一个重大问题。"
                      "   找准定位,更好发挥战略叠加效应   战略叠加效应如何释放?观察两个省域样本,能有深刻体会。"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.body.split("\n\n") == ["区域协调发展是中国式现代化的内在要求。", "我国幅员辽阔、人口众多,统筹区域发展从来都是一个重大问题。",
                                   "找准定位,更好发挥战略叠加效应", "战略叠加效应如何释放?观察两个省域样本,能有深刻体会。"]


def test_a_poems_spaced_halves_on_one_line_stay_one_paragraph():
    line = "床前明月光   疑是地上霜   举头望明月   低头思故乡" * 3
    page = "\n".join(["静夜思（诗歌）", "本报讯 县文化馆昨天举办诗歌朗诵会,朗诵了下面这首诗,赢得阵阵掌声。", line])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert line.strip() in a.body.split("\n\n")


def test_a_sites_banner_for_its_app_over_the_headline_is_furniture():
    page = "\n".join(["立即下载", "泥窝潭乡:集镇清洁 展现红色力量", "2019-02-27 09:27:01 字号:", "",
                      "        2月26日上午,泥窝潭乡干部职工40余人组成志愿者队伍,开展集镇清洁志愿者活动。",
                      "        经过一上午的努力,集镇区面貌焕然一新。"])
    arts = parse_text(page, home="", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "泥窝潭乡:集镇清洁 展现红色力量" and a.lines[0] == 2


def test_an_e_papers_article_page_keeps_its_page_label_zoom_bar_and_copyright_out_of_the_article():
    page = "\n".join(["第03版:时评·综合新闻", " ", "2008年10月8日 星期", "3 上一篇  下一篇 4  ", "放大 缩小 默认",
                      "数百幅照片见证某水巨变", "", "  □晚报记者 马某某", "",
                      "  本报讯 “变化太大了!”10月7日,欣赏着县委院门前展板上的照片,张老汉不停地发出感慨。", "",
                      "  此次活动从收集到的2000多幅照片中,选出500余幅优秀作品展出。", "",
                      "3 上一篇  下一篇 4  ", "放大 缩小 默认", " ",
                      "本网站所刊登的各种新闻﹑专题、专栏等信息资料,均为某某网版权所有,未经某某网授权,请勿转载或建立镜像。",
                      "   第01版:要闻", "   第02版:时政新闻"])
    arts = parse_text(page, home="", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "数百幅照片见证某水巨变" and a.byline == ["马某某"]
    assert a.lines == [6, 12] and "版权所有" not in a.body


def test_a_dispatch_that_names_its_headline_after_its_dateline_gives_the_title():
    # Xinhua's 题： after the dateline is the headline; the label over it is the kicker.  Read
    # in a traditional page's simplified copy, given as printed.
    page = "\n".join(["主打稿", "", "2019年2月12日", "",
                      "新華社貴陽2月12日電 題:山鄉巨變——來自貴州扶貧一線的報告", "",
                      "有一種艱難,困羈于山。很長一段時間,貴州一直是全國農村貧困面最大、貧困程度最深的省份。"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "山鄉巨變——來自貴州扶貧一線的報告" and a.kicker == "主打稿"


def test_a_long_headline_with_no_clause_mark_over_a_short_first_paragraph_is_the_title():
    # The first paragraph is not twice the headline's length, but it is a finished sentence
    # and the headline holds no clause mark; the media centre's reporter signs in brackets,
    # its editors after him (they are no byline).
    page = "\n".join(["我县组织收看全市秋季秸秆露天禁烧工作督办推进会", "",
                      "全市秋季秸秆露天禁烧工作督办推进电视电话会27日召开,陈某在分会场收看了会议。", "",
                      "会议强调,要提高站位,增强做好秸秆禁烧工作的责任感和紧迫感,切实做好秸秆露天禁烧工作。", "",
                      "(融媒体记者:涂某 编辑:陈某某 审核:黄某 终审:汪某某)"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "我县组织收看全市秋季秸秆露天禁烧工作督办推进会" and a.byline == ["涂某"]


def test_a_first_line_with_a_clause_mark_over_a_paragraph_not_twice_its_length_stays_the_text():
    page = "\n".join(["今年以来，我县持续推进秸秆禁烧工作", "",
                      "全市秋季秸秆露天禁烧工作督办推进电视电话会27日召开。"])
    arts = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert all(a.title != "今年以来，我县持续推进秸秆禁烧工作" for a in arts)


def test_a_dispatchs_reporters_in_brackets_sign_it_and_the_sites_own_story_note_is_furniture():
    page = "\n".join(["红网时刻新闻8月20日讯(通讯员 张某 湛某某)近日,株洲市天元区多辆汽车车窗被砸,车内财物被盗。"
                      "天元区公安分局迅速出击、跨省追捕,16小时内将犯罪嫌疑人抓获。",
                      "8月18日8时许,天元公安接到群众报警后,迅速组织警力开展调查分析。",
                      "来源:红网", "作者:张某 湛某某", "编辑:龙某", "本站原创文章,转载请附上原文链接。"])
    arts = parse_text(page, home="", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.byline == ["张某", "湛某某"] and "转载" not in a.body
    assert any(x.kind == "residue" and x.lines[1] == 6 for x in arts)


def test_captions_in_brackets_over_an_article_are_furniture_and_its_signed_last_paragraph_stays_in_it():
    # A saved page keeps its pictures' captions where they stood; the last paragraph ends on
    # a sentence and the two reporters who sign it (kept apart: two names, not one of six).
    page = "\n".join(["(果树栽培培训班)", "(参加人员)", "(培训现场)",
                      "某某通讯社某地讯 11月13日,县妇联组织的果树栽培技术培训班在某某公司举行,农技专家分别授课。",
                      "在培训现场,专家们讲解了果树栽培的方法,并到基地现场进行观摩和培训,学习氛围十分浓厚。",
                      "据悉,此次培训为期三天,旨在借鉴外地经验,发挥妇女作用,助力全县产业发展与美丽乡村建设。(陈某某 王某某)",
                      "评论"])
    arts = parse_text(page, home="", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.lines == [4, 6] and a.title == "" and a.byline == ["陈某某", "王某某"]
    assert [x.lines for x in arts if x.kind == "residue"] == [[1, 3], [7, 7]]


def test_two_bracketed_notes_under_a_text_stay_its_notes():
    page = "\n".join(["某某评论的标题", "",
                      "读史可以明智，知古方能鉴今。研究地方历史，可以帮助我们了解过去、看清今天、走好明天。", "",
                      "（作者为某某大学某某中心主任）", "（2019年10月22日）"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.lines == [1, 6] and a.title == "某某评论的标题"


def test_a_county_media_centres_reporter_signs_under_the_text_and_a_sites_editor_account_is_credit():
    page = "\n".join(["今年11月8日是记者节,县委书记某某来到县融媒体中心看望慰问新闻工作者,送上节日祝福。",
                      "某某指出,县融媒体中心是传递党的好声音和正能量的出口,要讲好本县故事。",
                      "县融媒体中心记者:陈某某", "编 辑:李 某", "一 审:张某某"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.byline == ["陈某某"]
    page = "\n".join(["近日,某县对全县9个乡镇48位农民技术员进行水果种植技术集中培训,促进农业增效农民增收。",
                      "据统计,今年上半年该县举办各类培训班达97期。(陈某某) 责任编辑:guanliyuan3"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.byline == ["陈某某"] and a.credit == ["责任编辑:guanliyuan3"]
    assert a.body.endswith("责任编辑:guanliyuan3")          # (nothing printed is dropped)


def test_a_papers_own_dispatch_line_names_its_reporters_however_the_paper_is_called():
    page = "\n".join(["某市县级融媒体建设 现场会在某县召开", "",
                      "某商报讯(记者 陈某某 通讯员 王某某)9月11日,某市县级融媒体建设现场会在某县召开。",
                      "会议观摩了某县融媒体中心建设情况。"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.byline == ["陈某某", "王某某"]
    # (a press group's reporter, read in a traditional page's simplified copy, given as printed)
    page = "\n".join(["某某網訊(某某報業全媒體記者 張某某 通訊員 王某某)臘月二十六中午,在某鄉某村村室門口,村民圍在宣傳櫥窗前。",
                      "他們都在仔細地端詳裡面的報紙。"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.byline == ["張某某", "王某某"]


def test_a_stamp_whose_labels_stand_over_their_values_is_furniture_under_the_headline():
    # 发布时间: / 2017-02-16 / 作者: / 来源: / 某镇党政办: each label on a line of its own, its
    # value (if any) on the next; the date is the article's, the office no headline.
    page = "\n".join(["某某镇开展“读党报”主题活动", "发布时间:", "2017-02-16", "作者:", "来源:", "某某镇党政办",
                      "近日某某镇深入开展了“读党报”主题活动,在各村、社区共设立15个阅报栏,实行专人管理,每周及时更新。"
                      "截止目前,该镇共组织各类专题学习35次,在全镇干部群众中产生良好反响。"])
    arts = parse_text(page, home="", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "某某镇开展“读党报”主题活动" and a.date == "2017-02-16" and a.body.startswith("近日")
    assert "某某镇党政办" not in a.body


def test_an_information_source_line_and_related_items_under_a_text_are_furniture():
    page = "\n".join(["某某旗委常委到某某镇调研", "", "发布日期:2022-07-15 浏览次数:122", "",
                      "7月15日,某某旗委常委一行前往某某镇调研宣传思想文化工作,镇党委书记陪同。", "",
                      "调研组参观了新时代文明实践站、文体活动室等阵地,并提出意见建议。", "",
                      "信息来源:某某镇", "相关文件:", "  • 相关信息", "首页"])
    arts = parse_text(page, home="", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.body.endswith("提出意见建议。") and a.lines[1] == 7


def test_a_column_of_picture_reports_each_signed_by_its_photographer_is_one_report_each():
    page = "\n".join(["3月14日,市農業局農業技術專家組來我縣指導春耕生產,對農業生產中遇到的技術難點進行了認真解答,受到農民朋友的歡迎。郭某某 攝",
                      "3月15日,縣統計局、農林局機關干部在白馬湖鎮開展義務植樹活動。半天時間,種植楊樹1300余株。范某某 攝",
                      "縣農機局開展送檢下鄉上門服務活動,向農機駕駛人員宣傳農機相關的法律、法規,提高廣大機手的安全意識。 李某某 攝"])
    from generator.script import simplified
    for printed in (page, simplified(page)):         # (in either script alike)
        arts = parse_text(printed, home="", date="")
        assert [(a.kind, a.lines, a.byline) for a in arts] == [
            ("photo", [1, 1], ["郭某某"]), ("photo", [2, 2], ["范某某"]), ("photo", [3, 3], ["李某某"])]


def test_a_dispatchs_paragraph_under_its_subhead_goes_on_with_the_dispatch():
    # No headline, dateline or marker of its own (a Xinhua feature's mirror, in traditional
    # characters): the model's "opens a body" is overruled.
    page = "\n\n".join(["新華社貴陽2月12日電 題:山鄉巨變——來自貴州扶貧一線的報告",
                        "有一種艱難,困羈于山。",
                        "很長一段時間,貴州一直是全國農村貧困面最大、貧困程度最深、貧困人口最多的省份。",
                        "山之變", "一條路,有時意味的不僅是便捷和遠方,更連接著一種命運和全部夢想。",
                        "麻懷村,黔南州羅甸縣一個喀斯特地貌的小村子。",
                        "多年來,麻懷村150多戶600多人被“鎖在”山溝裏:辛辛苦苦種的蔬菜,汗流浹背翻山背到集市時,蔬菜早已蔫了。"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "山鄉巨變——來自貴州扶貧一線的報告" and a.lines == [1, 13]


def test_names_that_sign_a_report_sign_it_when_the_site_lost_their_opening_bracket():
    page = "\n".join(["当前位置:首页  > 信息公开  > 动态信息  > 县市区动态 ",
                      "[某县] 某县人大常委会调研县融媒体中心建设工作",
                      "发布时间:2021-01-27 09:58      来源:某县新闻网     浏览量:", "字体:", "",
                      "1月25日,县人大常委会副主任陈某率队调研县融媒体中心建设工作。", "",
                      "调研组先后走进县融媒体中心指挥大厅、采访部、演播厅等处,通过听取汇报、实地察看的方式,详细了解县融媒体中心的指挥调度、采编流程等工作。", "",
                      "调研组希望,县融媒体中心要进一步加强专业人才队伍的建设,进一步整合媒体资源,实现社会效益和经济效益的多赢局面。刘某某、蒋某)",
                      "", "相关阅读:", "", "扫一扫在手机打开当前页"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.byline == ["刘某某", "蒋某"]


def test_a_photos_alt_text_is_no_byline_and_the_names_closing_the_text_sign_it_with_their_role():
    # A government page keeps its photo's alt text (会场) where the photo stood; the text is
    # signed at its end with the writer's role after the name.
    page = "\n".join(["信息正文", "", "某镇召开第二届人民代表大会第二次会议", "",
                      "发布时间:2018-01-31 14:57:19 来源:未知 点击: 收藏", "", "", "会场", "", "",
                      "1月28日,某镇第二届人民代表大会第二次会议闭幕,为期3天的会议完成了各项议程。", "",
                      "会议讨论通过镇长候选人名单,选举产生了新一届镇人民政府镇长。(陈某某/文)"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "某镇召开第二届人民代表大会第二次会议" and a.date == "2018-01-31"
    assert a.byline == ["陈某某"] and "会场" not in a.body and a.credit == []


def test_a_blogs_loading_word_is_furniture_and_a_papers_letters_before_the_reporter_sign_the_photo_story():
    page = "\n".join(["", "“我在整理父亲的遗物时,找到了两张近百年前的报纸。”昨日,某村的王先生打来电话。",
                      "记者随即赶到了王先生家,在茶几上看到了两张1918年出版的报纸。",
                      "(YMG记者陈某摄影报道)", "加载中,请稍候......"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "" and a.byline == ["陈某"] and "加载中" not in a.body


def test_the_sites_name_run_into_the_opening_is_no_headline_and_the_dateline_after_it_names_the_reporter():
    page = "|\n新华网某城在线 本报讯(记者 王某某)乡镇在新的一年里有什么新思路、新举措?2月16日,区委书记一行到各乡镇开展调研工作。 陈某要求各乡镇抓住机遇,再创新业。\n|\n"
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "" and a.byline == ["王某某"]


def test_a_letter_spaced_name_in_the_closing_bracket_signs_the_text():
    page = "\n".join(["某镇十九届人民代表大会第九次会议召开", "2026-02-03 08:12:43 编辑: 张某某 阅读次数:141", "",
                      "1月29日至30日,某镇第十九届人民代表大会第九次会议召开。", "",
                      "会议要求,一要攥紧核心,筑牢产业根基。二要补齐短板,夯实基础保障。(余 某)"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.byline == ["余某"]


def test_the_pages_title_with_its_section_first_and_the_headline_again_over_the_full_text_are_copies():
    # A theory site's page: its title (section, then headline), the headline, the stamp, the
    # summary; then the headline again over the full text, which opens on a numbered section.
    page = "\n\n".join(["理论教育 某地报业的兴衰:影响与展望", "某地报业的兴衰:影响与展望",
                        "时间:2024-03-19 理论教育 版权反馈",
                        "【摘要】:在那些年里,当地报业的基本情况是:报刊的言论出版自由受到限制。整个出版事业处于停滞的状态。",
                        "某地报业的兴衰:影响与展望", "第四节 某地报业的兴衰",
                        "旧政权垮台后,一些被查封的报纸纷纷复刊,报业的发展出现了一线转机。",
                        "到那一年年底,全地共有报纸二十九种,比前一年增加了八成。"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "某地报业的兴衰:影响与展望" and a.body.endswith("比前一年增加了八成。")


def test_names_in_brackets_on_their_own_line_sign_the_item_above_and_a_report_under_them_is_the_next():
    # A county site's page of two short reports, each signed on a line of its own, the names
    # letter-spaced or not.
    page = "\n".join(["近日,某县某乡被省文明委授予“未成年人思想道德建设示范乡镇”称号。至此,该县已有3个乡镇获此殊荣。"
                      "据介绍,2007年和2008年度,该县城关镇和桂集镇分别获得全省首批和第二批示范乡镇称号。",
                      "(常某胜 岳 某)",
                      "近日,某县新集镇与新集一矿共同举办了群众文艺汇演,近300名群众演员唱响了时代主旋律。",
                      "(武 某 陈 某)"])
    arts = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert [(a.lines, a.byline) for a in arts] == [([1, 2], ["常某胜", "岳某"]), ([3, 4], ["武某", "陈某"])]


def test_a_journal_records_writers_split_by_a_semicolon_are_each_a_byline():
    page = "\n".join(["县市区专版须念好“三字经”", "", "作者:徐某; 万某某", "来源:某某报人, 2022, S2: 81-82.", "",
                      "某市日报县市区新闻专版的运作模式为:先由各地宣传部门按要求负责采写、初编稿件,再由编辑部统一编辑、出版。"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.byline == ["徐某", "万某某"]


def test_a_pictures_markup_left_between_two_paragraphs_is_furniture_and_the_text_goes_on():
    page = "\n".join(["2月6日,县人民政府召开第四次全体会议。县长王某某主持会议并讲话。",
                      '<image>data:image/png;base64,iVBORw0KGgo=" alt=""</image>',
                      "王某某强调,要认真贯彻落实省、州、县两会精神,确保今年各项工作尽快开局起步、开篇破题。",
                      "会上,王某某还就抓好森林草原防灭火等相关工作进行强调。(作者:柴某某)"])
    arts = parse_text(page, home="", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.lines == [1, 4] and "<image>" not in a.body and a.byline == ["柴某某"]
    assert [x.lines for x in arts if x.kind == "residue"] == [[2, 2]]


def test_a_stamp_under_the_headline_with_its_writer_or_outlet_and_no_year_is_no_headline():
    page = "\n\n".join(["1", "一城之美 始于文明", "2023年06月26日  昂某某",
                        "志愿服务是展现一座城市文明风尚的新标志。这是6月25日,志愿者正在对沿街商户乱摆乱放等问题进行劝导。",
                        "记者昂某某文/图"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert (a.title, a.date, a.byline) == ("一城之美 始于文明", "2023-06-26", ["昂某某"])
    page = "\n\n".join(["某县某乡:志愿红点亮乡村路 新春环境焕新颜", "01-16 15:36   某县融媒体中心",
                        "【通讯员 万某】1月16日,某县某乡组织志愿者开展乡村道路环境整治志愿服务活动,以实际行动扮靓乡村颜值,迎接新春佳节。",
                        "此次志愿服务活动,既提升了乡村人居环境,又带动了村民参与环境整治的积极性。", "编辑|叶某某", "一审|熊  某"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert (a.title, a.date, a.byline) == ("某县某乡:志愿红点亮乡村路 新春环境焕新颜", "", ["万某"])


def test_a_pictures_file_name_and_a_read_aloud_button_are_furniture_and_a_credit_with_its_roles_after_signs():
    page = "\n".join(["未标题-1.jpg", "温暖服务不打烊 他们是文明志愿者", "2020-07-14 09:23:00  来源:某某晚报  ", "1", "听新闻", "",
                      "在某市的各个地方,总有一群人无私奉献,温暖着这座城市。他们一年365天活跃在街头,捡烟头捡垃圾美化环境。", "",
                      "通讯员 叶某某 记者 司某某 文/图", "", "标签:", "责编:张某", "下一篇"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert (a.title, a.date, a.byline) == ("温暖服务不打烊 他们是文明志愿者", "2020-07-14", ["叶某某", "司某某"])


def test_a_photos_caption_over_the_dispatch_leaves_the_dispatch_to_name_its_reporter():
    # (a city paper's story on its site, in traditional characters)
    page = "\n\n".join(["設為首頁|加入收藏", "您的位置:首頁 > 社會>", "鹽湖區御沁園社區:", "居民打掃衛生 助力文明城市創建",
                        "來源:運城晚報發布者:時間:2019-11-25", "志愿者在擦拭廣告欄 尋霄 攝",
                        "運城晚報訊(記者 尋霄)11月22日,鹽湖區北城辦御沁園社區的熱心居民自發組成志愿者團隊,撿垃圾、搞衛生,用力所能及的方式,為我市創建全國文明城市活動助力。",
                        "該社區工作人員告訴記者,在社區開展的一系列活動中,居民深受感動,自發組成了志愿者團隊。"])
    [a, photo] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "居民打掃衛生 助力文明城市創建" and a.byline == ["尋霄"]
    # (the photo's caption is an item of its own, signed by its photographer, not by the caption's last word)
    assert photo.kind == "photo" and photo.body.startswith("志愿者在擦拭") and photo.byline == ["尋霄"]


def test_a_forums_print_page_takes_its_title_from_the_traditional_label_without_the_print_button():
    page = "\n".join(["梅州本地通", "標題: 1959年某縣大事記 [打印本頁]", "作者: 某某信息港 時間: 2022-12-25 21:08",
                      "標題: 1959年某縣大事記",
                      "1月1日至4日,縣舉行第五屆體育運動會,選拔340人組成體育代表團參加專區體育運動大會。",
                      "1月,在崗背圩創辦水泥廠,當年生產水泥1780噸,開創了本縣生產水泥的歷史。",
                      "5月,本縣嚴重缺糧,社員多以瓜菜度日。縣委動員干部職工緊縮口糧,支援農村。"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "1959年某縣大事記"


def test_an_unknown_writer_is_no_byline():
    page = "\n\n".join(["您当前位置:某某博览 >> 历史经纬 >> 某某史话", "中华人民共和国(5)",
                        "发表日期:2011-6-10 11:02:37 作者:佚名 浏览数:",
                        "6月,旱,卫河断流,地下水位平均下降2米左右,土地失墒。",
                        "11月29日,公路路基土方工程开工,万余名民工参加施工,动土方22万多立方米。"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "中华人民共和国(5)" and a.byline == []


def test_two_characters_alone_that_no_surname_opens_are_no_byline():
    # A site's tag page sets the tag's name (村里) over the teasers it lists, and a government
    # page keeps a photo's alt text (会场): the model may read either as a credit.
    from generator.pipeline import byline_of
    from generator.records import Draft
    assert byline_of(Draft(kind="news", first=1, last=3, credit=["村里"])) == []
    assert byline_of(Draft(kind="news", first=1, last=3, credit=["会场"])) == []
    assert byline_of(Draft(kind="news", first=1, last=3, credit=["杨某"])) == ["杨某"]


def test_the_day_a_site_filed_a_notice_is_not_its_date_and_its_keywords_are_furniture():
    page = "\n\n".join(["归档时间:2018-11-21", "当前位置: 首页 > 政务公开 > 政策法规",
                        "某市委办公室印发《关于全面推进政务公开工作的实施意见》的通知",
                        "来源:某市政府门户网 日期:2017-01-12 17:08 字号:【", "视力保护色:", "浏览量:",
                        "关键词: 政务公开 实施意见",
                        "各县市区委、人民政府,市直各单位:",
                        "《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意,现印发给你们,请结合实际认真贯彻执行。"])
    arts = parse_text(page, home="", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.date == "2017-01-12" and "关键词" not in a.body


def test_a_notices_opening_paragraph_between_a_font_bar_and_a_contact_line_is_its_body_not_furniture():
    # One sentence of clauses ending on a colon, with no full stop: the model read it as
    # furniture, like the font bar over it and the contact line under it.
    page = ("某县卫生健康局关于《某县应急预案（征求意见稿）》公开征求意见的通知\n\n"
            "日期：2024-01-15   来源：  某县卫生健康局\n字体大小：\n\n"
            "为进一步规范我县突发事件应急处置等工作，健全应急响应机制，提高应急管理能力，"
            "特拟定《某县应急预案（征求意见稿）》，现向社会公开征求意见，公众可通过以下方式提出意见：\n\n"
            "联系电话：84075009\n\n意见反馈截止日期：2024年2月15日\n\n某县卫生健康局\n\n2024年1月15日\n")
    [a] = [x for x in parse_text(page, home="湖南省", date="") if x.kind != "residue"]
    assert a.title.startswith("某县卫生健康局关于")
    assert a.body.startswith("为进一步规范我县突发事件应急处置等工作")
    assert a.date == "2024-01-15"


def test_a_comment_boards_terms_under_an_article_are_furniture_not_an_article():
    page = (f"县里开展春耕生产检查\n2023-03-23 10:05 来源：某某时讯\n{BODY}\n"
            "我要评报 隐藏留言须知\n2.某某时讯拥有管理笔名和留言的一切权力。\n"
            "3.您在某某时讯留言板发表的言论，某某时讯有权在网站内转载或引用。\n"
            "4.如您对管理有意见请向 留言板管理员 或 某某时讯网络中心 反映。\n")
    arts = parse_text(page, home="山西省", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "县里开展春耕生产检查" and "留言" not in a.body
    assert any("管理笔名和留言" in x.body for x in arts if x.kind == "residue")      # nothing lost


def test_the_terms_words_do_not_make_a_reports_sentence_furniture():
    assert is_furniture("3.您在某某时讯留言板发表的言论，某某时讯有权在网站内转载或引用。")
    assert not is_furniture("他通过县长留言板发表的言论引起关注。")


def test_a_sites_word_to_read_it_on_a_phone_over_the_headline_is_not_the_headline():
    body = ("春日古道，千年古柏生机盎然、苍翠挺拔。3月12日，正值植树节。在某县，百余位乡镇干部、护林员、"
            "村民等见证了一场特殊的交接仪式，交接物是1.2万余株古树名木。")
    page = f"用手机访问\n古道上护古木\n{body}\n2025-03-13\n"
    [a] = [x for x in parse_text(page, home="山西省", date="") if x.kind != "residue"]
    assert a.title == "古道上护古木"           # (not 用手机访问古道上护古木)


def test_a_reporters_credit_in_brackets_opens_a_report_under_its_headline():
    # A Taiwan paper's page, one paragraph a line and ASCII commas: 【記者某某/澎湖報導】 opens each report.
    page = ("學生拾金不昧 白沙警積極尋獲失主\n"
            "【記者某某/澎湖報導】澎湖縣警局白沙分局派出所警員某某與警員某某,於日前擔服值班及備勤勤務時,"
            "一名就讀海事水產學校的女學生拿一疊鈔票走進派出所報案,表示在派出所前公車候車亭內拾獲新台幣1700元紙鈔。\n"
            "警員瞭解狀況後,立即積極調閱公車候車亭附近監視器,逐一剔除時間不符民眾,在詢問搭車民眾交叉比對身份後,"
            "1個多小時後終於找到搭乘公車至馬公市購物的失主。該名失主為某村許姓老翁,聯繫到後隨即到派出所領取。\n"
            "白沙分局長某某表示,為民服務是警察職責所在,能夠協助民眾尋回迫切需要的物品,是警察的職責所在。\n"
            "遊澎遇見最美的風「警」 日籍夫婦留影致謝\n"
            "【記者某某澎湖報導】澎湖縣擁有用海天一色的美景,吸引不少外國人士前往旅遊。日前一對日籍夫婦抵澎自助旅遊,租用一部電動機車至白沙、西嶼一帶遊覽。\n")
    arts = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert [a.title for a in arts] == ["學生拾金不昧 白沙警積極尋獲失主", "遊澎遇見最美的風「警」 日籍夫婦留影致謝"]


def test_a_listing_of_dated_teasers_under_a_popular_list_heading_keeps_every_entry():
    # A blog's day page: its sidebar's heading and ad slots first, then nothing but entries, each
    # a headline, its stamp and its teaser cut off.  They are the page's articles, no sidebar's.
    entries = [("縣府稽查廢棄物濫倒8處", "【記者某某報導】澎湖地檢署檢察長29日率同縣政府環保局、警察局等機關共同聯合稽查非法傾倒廢棄物案件。本次稽查地點橫跨澎湖..."),
               ("市長陪幼兒園拍攝畢業照 見證成長時刻", "【記者某某報導】畢業的季節近了，市立幼兒園第13屆國幼班畢業生，29日市長親自前往分班及園本部陪同拍攝畢業照..."),
               ("定期會 縣長施政報告 展望澎湖新未來", "【記者某某報導】縣議會第20屆第5次定期會於29日上午正式開議，縣長率領縣府團隊向議會進行施政報告。他強調...")]
    page = "熱門文章\n\n自動輪播廣告(上小)橫式2欄\n\n" + "".join(
        f"{title}\n\n星期三, 4月 30, 2025 Views\n{teaser}\n\n" for title, teaser in entries)
    arts = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert [a.title for a in arts] == [title for title, _ in entries]
    assert all(a.date == "2025-04-30" for a in arts)


def test_an_advertisements_slot_label_is_furniture_but_not_a_headline_on_ads():
    assert is_furniture("自动轮播广告(右)横式1栏")
    assert is_furniture("广告") and is_furniture("广告位招租")
    assert not is_furniture("拆除违法广告位200余处")


def test_the_outlets_name_its_stamp_gives_and_its_account_buttons_are_furniture_not_the_headline():
    page = ("走最难走的路 写最接地气的稿\n    2024-08-28 16:32:00  来源:某某报网  \n    1\n\n"
            "    某某报网\n    微信公众号\n\n    某某报网\n    官方微博\n\n"
            "      走最难走的路 写最接地气的稿\n\n      我陪干部一起驻村的故事\n\n"
            "      在脱贫攻坚战收官前夕,某某报社推出“跟班采访乡村干部”活动。2019年6月,我前往某村采访。\n\n"
            "      当时的某村尚未脱贫,全村贫困人口超过一半人。这个村给我最深的印象是“三个一”:\n")
    arts = parse_text(page, home="陕西省", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "走最难走的路 写最接地气的稿" and a.date == "2024-08-28"
    assert "在脱贫攻坚战收官前夕" in a.body and "官方微博" not in a.body


def test_a_kicker_over_a_shorter_headline_over_a_trainee_reporters_byline_opens_the_page():
    page = ("您现在的位置:某某网>新闻中心>国内频道>国内新闻\n分享\n\n"
            "从信息化到智能化再到智慧化——城市具备用大脑思考的能力,这不是投钱就能解决的问题\n\n"
            "某市“大脑”究竟开了什么脑洞?\n\n■本报见习记者 朱某某 巩某某\n\n"
            "◆城市大脑最终可能要为城市生活打造一个数字化的界面。在如此庞杂的数据中,如何用好市场和政府两只手,还需继续探索\n\n"
            "某市的城市大脑火了之后,常有全国各地的考察团去看。相关负责人经常被问同一个问题:我们也想做城市大脑,要投多少钱?\n\n"
            "据不完全统计,目前,全国提出要建设城市大脑的城市至少500多个,但究竟怎么做呢?记者实地调研,从案例中找寻答案。\n")
    [a] = [x for x in parse_text(page, home="浙江省", date="") if x.kind != "residue"]
    assert a.title == "某市“大脑”究竟开了什么脑洞?"
    assert a.kicker.startswith("从信息化到智能化") and a.byline == ["朱某某", "巩某某"]


def test_a_comment_forms_fields_and_its_empty_list_are_no_part_of_the_text_above():
    page = ("县领导到某乡指导政协工作\n\n阅读次数: 作者:某某新闻网 信息来源:某某新闻网 发布时间:2018-03-09 07:44\n【字体:\n\n"
            "    3月6日下午,某乡政协工委召开第一季度工作例会,县政协副主席某某出席例会。\n\n"
            "    随后的座谈会上,要求政协委员们在不同岗位上立足本职发挥作用,站排头、当标兵!(杨帆)\n\n"
            "扫一扫在手机打开当前页\n\n0条评论\n\n*正文:\n验证码: captcha\n\n网友评论列表\n\n    暂无网友评论\n\n关闭×\n")
    [a] = [x for x in parse_text(page, home="安徽省", date="") if x.kind != "residue"]
    assert a.body.rstrip().endswith("站排头、当标兵!(杨帆)")


def test_a_reposted_storys_photo_alt_texts_are_copies_of_its_headline_not_new_articles():
    # A social account's story reposted with its call to follow and its photos left as their
    # alt text, the headline, inside the text: one article under the headline.
    page = ("某县“两中心”揭牌\n\n"
            "↑ 点击上方“某某发布”关注我们\n\n"
            "3月6日上午，某县新时代文明实践中心、融媒体中心揭牌仪式在县文化中心举行，县委书记某某为两中心揭牌。\n\n"
            "某县“两中心”揭牌\n某县“两中心”揭牌\n\n"
            "仪式上，某某代表县委向到场的各位领导表示欢迎，并介绍了两中心的建设情况和下一步打算。\n\n"
            "某县“两中心”揭牌\n\n"
            "某某说，县里将以两中心成立为契机，把中心建设好、运行好。\n")
    arts = parse_text(page, home="", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "某县“两中心”揭牌"
    assert "介绍了两中心的建设情况" in a.body and "把中心建设好" in a.body
    assert "关注我们" not in a.body and "某县“两中心”揭牌" not in a.body       # (the copies left out of the text…)
    residue = "".join(x.body for x in arts if x.kind == "residue")
    assert residue.count("某县“两中心”揭牌") == 3 and "关注我们" in residue      # (…and kept: nothing lost)


def test_a_call_to_follow_an_account_is_furniture_but_a_sentence_about_following_is_not():
    assert is_furniture("↑ 点击上方“某某发布”关注我们")
    assert is_furniture("点击蓝字关注我们")
    assert not is_furniture("广大群众持续关注我们的工作进展。")


def test_a_column_name_with_its_tables_borders_after_it_is_furniture():
    assert is_furniture("图片新闻 | ||||||||||||")


def test_a_magazine_mirrors_page_keywords_stamp_issue_and_headline_again_are_not_articles():
    # A hijacked mirror's keyword list over a magazine's article, its stamp run into the
    # writers' names, the issue, the keywords, the credit, the headline and credit again;
    # the article's pictures left as caption lines between its paragraphs.
    page = ("某某视频一区二区,某某电影,某某在线播放,某某免费观看,某某网站大全,某某影院\n\n"
            "方寸之间看变迁\n\n"
            "2011-07-18 11:30:23某某某某某\n"
            "某某杂志 2011年13期\n"
            "关键词:党报邮票收藏\n\n"
            "文/某某 图/某某\n\n"
            "方寸之间看变迁\n\n"
            "文/某某 图/某某\n\n"
            "在纪念建党九十周年的时候，让我们把目光投向一个有趣的收藏题目——邮票上的党报，"
            "这种传统而又经典的收藏品种，见证了许多时代的记忆。\n\n"
            "1998年《某某战役纪念》第一枚《某某》\n\n"
            "1998年《某某的转折》\n\n"
            "1976年《某某天地》第二枚《读书学习》\n\n"
            "据统计，自该报创刊以来，已经九次出现在邮票上，包括邮资封、片上的邮资图。\n")
    arts = parse_text(page, home="", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "方寸之间看变迁" and a.date == "2011-07-18"
    assert a.body.startswith("在纪念建党九十周年的时候") and a.body.endswith("邮资封、片上的邮资图。")
    assert "第二枚《读书学习》" in a.body                  # (a caption, inside the text)
    residue = "".join(x.body for x in arts if x.kind == "residue")
    assert "某某影院" in residue and "关键词" in residue



def test_a_government_pages_panel_set_as_table_rows_is_furniture_and_its_numbered_sections_stay_in_the_text():
    page = ("| 索引号 | 115330250152645191/20260116-00001 | 发布机构 | 某县某镇 |\n"
            "| 公开目录 | 政府信息公开年报 | 发布日期 | 2026-01-16 |\n"
            "| 文号 | 浏览量 |\n"
            "2025年，某镇人民政府认真贯彻落实政府信息公开条例，将政务公开作为建设服务型政府的重要举措。"
            "现将我镇2025年政务公开工作总结如下：\n"
            "一、总体情况\n"
            "(一)主动公开情况\n"
            "2025年，某镇聚焦乡镇核心职能，重点公开农业农村政策、财政收支、社会救助发放等关键领域信息，"
            "线上依托县政府门户网站，线下通过镇村两级政务公开栏，确保信息公开全覆盖。\n"
            "(二)依申请公开情况\n"
            "2025年度某镇受理政府信息公开申请1件。\n")
    arts = parse_text(page, home="", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.date == "2026-01-16" and not a.title
    assert a.body.startswith("2025年，某镇人民政府") and a.body.endswith("受理政府信息公开申请1件。")
    assert "索引号" in "".join(x.body for x in arts if x.kind == "residue")


def test_a_table_border_line_of_any_length_is_furniture():
    assert is_furniture("|" * 300)
    assert is_furniture("-" * 150)


def test_a_reports_first_line_is_its_headline_though_it_names_a_sites_section():
    # 政务公开 is a site's menu word; over a text about it, in the text's own words, the first
    # line is the headline.  The site's note that it shows part of the text is furniture.
    page = ("某镇政务公开工作情况报告\n"
            "今年来，我镇认真贯彻落实县政府办公室关于进一步做好政务公开工作的通知精神，强化组织领导，完善工作机制，"
            "依法及时公开各类政府信息，现对我镇政务公开工作情况报告如下：\n"
            "一、当前进展情况\n"
            "某镇政务公开领导小组下设办公室，设在镇党政办，配有专职工作人员和兼职工作人员，组织机构与人员设置健全完善。\n"
            "仅展示127字，全文共316字\n")
    arts = parse_text(page, home="", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "某镇政务公开工作情况报告"
    assert a.body.startswith("今年来") and "仅展示" not in a.body


def test_a_magazine_mirror_prints_the_headline_over_its_stamp_and_again_over_the_text():
    # The headline, its date, the magazine's issue, the keywords, the headline again, the text;
    # under it the site's list of other titles (猜你喜欢), none cut off.
    page = ("APP下载\n\n图说合作社\n\n2017-11-15\n\n某某合作社杂志 2017年11期\n关键词:某县图说\n\n图说合作社\n\n"
            "某省某县茶叶专业合作社成立于2007年。合作社从种植、管护、采摘、加工到包装，实行全程有机管理，"
            "生产的茶叶多次在全国名优茶评比活动中获奖。\n\n（某县政策研究室 某某 摄）\n\n"
            "某县农机合作社成立于2012年6月，现有成员306户、大型机械80余台（套），年托管土地8000余亩，"
            "带动3600多户农户增产增收。\n\n（某县农村经营管理办公室 某某 供图）\n\n栏目编辑:某某\n\n猜你喜欢\n\n"
            "某县图说\n某县关工委的“桑业”情怀\n某县农村一二三产业融合发展调查\n图说\n图说\n某县召开老干部工作会\n")
    arts = parse_text(page, home="", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "图说合作社" and a.date == "2017-11-15"
    assert a.body.startswith("某省某县茶叶专业合作社") and "带动3600多户" in a.body
    assert "桑业" not in a.body and "APP下载" not in a.body


def test_an_e_papers_page_label_under_its_article_is_furniture():
    assert is_furniture("本文所在版面")
    assert is_furniture("【第 B1 版:要闻】")
    assert is_furniture("APP下载")


def test_photo_alt_texts_copying_the_headline_are_left_out_when_the_text_opens_under_the_stamp():
    page = ("某县香梨迎丰收 村民加紧采摘忙销售\n\n日期:11-02\n某省合作社某县某县\n\n来源:某某网\n\n"
            "某某网消息：近日，某县的香梨迎来丰收，村民们在田间加紧采摘，忙着销售。\n\n"
            "某县香梨迎丰收 村民加紧采摘忙销售\n\n"
            "在某镇黄河边的某村，村民种植的500亩香梨丰产丰收，来自各地的客商正忙着收购。\n\n"
            "某县香梨迎丰收 村民加紧采摘忙销售\n\n"
            "近几年，某村先后成立了食用菌、果蔬、水产等合作社，实现村集体增收20多万元。\n\n相关阅读:\n")
    arts = parse_text(page, home="", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "某县香梨迎丰收 村民加紧采摘忙销售"
    assert "采摘忙销售" not in a.body and a.body.endswith("增收20多万元。")


def test_a_bulletin_board_posts_header_and_signature_are_furniture_and_date_it():
    page = ("發信人: someone (某某), 看板: ancient\n標  題: 某省發現清末報紙\n"
            "發信站: 某某大學BBS (Tue Sep 11 22:46:49 2001), 轉信\n\n"
            "  新華社報導,某省某市日前發現一份清代報紙,報紙內出現貼近現代\n辭彙的「警察」二字,還有兩則廣告。\n\n"
            "  據了解,這份報紙出版日期為1909年11月初5,出版期號為207期,\n文字全部為直排版。\n\n"
            "--\n∼ 某某小兔子 ∼\n※ Origin: 某某大學BBS ◆ From: 211.72.176.42\n")
    arts = parse_text(page, home="", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "某省發現清末報紙" and a.date == "2001-09-11"
    assert a.body.startswith("新華社報導") and a.body.endswith("直排版。")


def test_a_forum_posts_subject_label_is_not_part_of_its_title():
    page = ("帖子主题:某县:高标准农田建设正酣\n|\n发表时间:2023-2-9 08:18\n"
            "2月5日，某省某县某镇的高标准农田建设项目现场，挖掘机来回穿梭，工人们忙着平整土地、修建沟渠，"
            "一派繁忙景象。今年该县计划新建高标准农田五万亩。\n")
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "某县:高标准农田建设正酣" and a.date == "2023-02-09"


def test_a_reposted_galleries_original_headline_label_and_its_papers_date_line():
    # 原标题: is a label over the headline a site reprints; 《某某日报》（date page） under the
    # captions is the paper's date of them.
    page = ("原标题:在希望的田野上\n"
            "3月7日，某省某县某村的村民在搬运秧盘。\n春回大地，万物复苏，人们忙着春耕备耕，播种希望。\n（某某摄）\n"
            "3月8日，某省某县某村农民在田间劳作。\n春回大地，万物复苏，人们在田野上忙着春耕备耕。\n（某某摄）\n")
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "在希望的田野上"
    gallery = ("春耕农事忙\n\n"
               "某市某区某镇茶园内，制茶师正在手工炒制春茶。 某某摄影报道（某某视觉）\n\n"
               "某省某县某村村民在育苗大棚里进行秧苗管理。 某某摄（某某视觉）\n\n"
               "某省某县小麦育种基地里，农机手驾驶农机进行田间作业。 某某摄（某某视觉）\n\n"
               "《 某某日报 》( 2020年03月13日 18 版)\n")
    arts = [x for x in parse_text(gallery, home="", date="") if x.kind != "residue"]
    assert [a.date for a in arts] == ["2020-03-13"] and "某某日报" not in arts[0].title


def test_a_pictures_file_name_does_not_date_the_page_and_a_bare_stamp_label_is_furniture():
    page = ("某村的消失与重生\n\n某某网>>专题>>2020>>脱贫攻坚\n\n时 间\n/\n分 享\n\n"
            "20200923_e5a976e1cb725a99194293497df92720.jpg\n\n过去的某村。\n\n"
            "  2017年6月21日，是某村村史上一个特殊的日子，也是整部村史的一个高潮部分。\n"
            "  这一天下午，考察组一行踏进这个不足百年历史的小村庄，在这里待了将近80分钟。\n")
    arts = parse_text(page, home="", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.date == ""                          # (no date printed: 20200923_….jpg is a file's name)
    assert is_furniture("时 间") and "时 间" not in a.body


def test_a_sites_hot_search_words_under_an_article_are_furniture():
    assert is_furniture("热搜词: 某某客机停飞 某车存安全隐患 某某演某某")
    assert not is_furniture("热搜词成为网友讨论的话题，引发广泛关注。")


def test_a_sites_notice_run_into_the_texts_last_line_is_the_sites_and_the_editor_a_credit():
    page = ("某某新闻网讯(记者 某某)5月11日，某某县委宣传部部长率队到我县调研文明创建、媒体融合等工作。"
            "调研组充分肯定了我县文明城市创建工作取得的成绩，推动文明城市建设再上新台阶。(编辑某某某)"
            "来源:某某新闻网声明:本文已注明转载出处,如有侵权请联系我们删除!联系邮箱:news@example.cn\n")
    arts = parse_text(page)
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.body.endswith("再上新台阶。\n\n(编辑某某某)") and a.credit == ["(编辑某某某)"]
    [notice] = [x for x in arts if x.kind == "residue"]
    assert notice.body.startswith("来源:某某新闻网声明:") and notice.lines == a.lines
    # (one notice's words alone may be the text's own: 自觉遵守…规定)
    own = ("某某县召开疫情防控工作会议，部署当前疫情防控工作。会议强调，要压实各方责任，做好群众工作。"
           "广大群众自觉遵守疫情防控规定，积极配合相关部门工作。\n")
    assert [x.kind for x in parse_text(own)] == ["news"]
    # …nor a line of a wrapped text, short as it is; a comment form's rule asks with 请.
    assert not is_furniture("引导企业自觉遵守当地法律法规，鼓励绿色生产、")
    assert is_furniture("请自觉遵守互联网相关的政策法规")


def test_a_breadcrumb_set_as_a_numbered_list_is_the_sites_and_the_headline_under_it_heads_the_text():
    page = ("1. 城镇大全网\n  2. 浙江\n\n浙江省温州市泰顺县罗阳镇\n\n"
            "罗阳镇位于泰顺县中部，是县城所在地，也是重点规划建设的中心镇。镇域面积约170平方公里，现辖多个行政村，"
            "总人口约10万人。镇域山清水秀，民风淳朴，文化底蕴深厚，近年来旅游业发展较快。\n\n浙江浙江省温州市泰顺县罗阳镇\n")
    arts = parse_text(page)
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "浙江省温州市泰顺县罗阳镇" and a.body.startswith("罗阳镇位于")
    assert any(x.kind == "residue" and "城镇大全网" in x.body for x in arts)
    # (a text's own numbered points are no breadcrumb: they are sentences, or not numbered from 1)
    points = "会议提出三点要求：\n\n1. 抓好春耕。\n2. 抓好防汛。\n"
    assert all("抓好春耕" not in x.body for x in parse_text(points) if x.kind == "residue")


def test_a_stations_comment_box_and_call_to_get_its_app_under_the_text_are_its_furniture():
    page = ("某某县乡级政权全部恢复\n\n2018-11-24 19:05:14 某某广播电视台\n\n"
            "1984年5月，全县实行政社分开，建立乡（镇）人民政府，全县乡级政权全部恢复，结束了政社合一的历史。\n\n"
            "全部评论\n\n下载“某某手机台” 给你更多精彩!\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.body.endswith("政社合一的历史。")
    assert is_furniture("全部评论") and is_furniture("下载“某某手机台” 给你更多精彩!")
    assert not is_furniture("请下载“学习强国”学习平台，认真学习党的理论。")


def test_writers_signing_far_to_the_right_under_the_text_sign_it_a_trainees_note_and_all():
    page = ("某县领导赴某镇督导三夏工作\n\n时间:2016-06-12 09:52 来源:未知 作者:某某新闻网 点击:\n"
            "      6月8日，副县长某某带领县水利、气象等部门负责人，来到某镇开展“助三夏”活动。\n"
            "      截至6月7日下午，该镇已收割小麦2.3万亩，镇村干部要继续做好秸秆禁烧工作。\n"
            "                                    王某松  龚某(实习)\n------分隔线----------------------------\n")
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.body.endswith("秸秆禁烧工作。")
    assert a.credit == ["王某松 龚某(实习)"] and a.byline == ["王某松", "龚某"]


def test_a_web_lists_bullet_before_a_share_bar_or_a_journal_sites_picture_button_leaves_them_furniture():
    assert is_furniture("  • 分享到 :") and is_furniture("打开文本图片集")
    assert not is_furniture("• 某某县召开春耕生产现场会")
    page = "一位挂职副县长眼中的“蝶变”\n\n打开文本图片集\n某某县地处桂江中游，山高谷深，交通闭塞，曾是国家扶贫开发重点县。\n"
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.title == "一位挂职副县长眼中的“蝶变”" and a.body.startswith("某某县地处")


def test_a_lead_photos_caption_that_opens_with_the_texts_own_words_stays_in_that_text():
    caption = "12月30日，县长某某主持召开政府工作报告意见征求座谈会。记者 某某 摄"
    text = ("12月30日，县长某某主持召开政府工作报告意见征求座谈会，广泛征求社会各界代表意见建议。\n\n"
            "会上，报告起草组就报告的起草过程、基本框架和主要内容作了说明。\n")
    page = f"某县召开政府工作报告意见征求座谈会\n\n日期:2025-12-31\n\n{caption}\n\n\n{text}"
    arts = parse_text(page)
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.body.startswith("12月30日，县长某某主持召开政府工作报告意见征求座谈会。记者") and a.body.endswith("作了说明。")
    # (the headline printed again between the photo and the text changes nothing)
    again = page.replace(caption + "\n\n\n", caption + "\n\n某县召开政府工作报告\n\n意见征求座谈会\n\n")
    [b] = [x for x in parse_text(again) if x.kind != "residue"]
    assert b.body == a.body             # (and the copy of the headline is the site's, not the text)
    # A caption of other words is a photo of its own.
    other = page.replace(caption, "图为座谈会现场，与会代表积极建言献策。记者 某某 摄")
    assert sorted(x.kind for x in parse_text(other) if x.kind != "residue") == ["news", "photo"]


def test_a_labelled_stamp_that_prints_no_year_dates_the_text_in_the_catalogues_year():
    page = ("首页|新闻中心|专题专栏|设为首页|收藏本站\n某村村民新春义务除雪保出行\n来源: 作者: 发表时间:02-13 09:33\n\n"
            "某某新闻网讯 春节期间，冷空气频繁南下，某县飘起雪花，某镇部分道路两旁木竹被压弯。大年初五之后，该镇热心村民清理路障。(某某 某某)\n")
    [a] = [x for x in parse_text(page, date="2019") if x.kind != "residue"]
    assert a.date == "2019-02-13" and a.stamp.endswith("发表时间:02-13 09:33")
    # (without a year from the catalogue or the page, no year is made up)
    [b] = [x for x in parse_text(page, date="") if x.kind != "residue"]
    assert b.date == ""


def test_a_text_the_page_prints_twice_word_for_word_is_one_article_of_both_copies_lines():
    caption = ("5月4日，某县某镇文化广场绿化园内，一片片石竹花开烂漫，吸引了过路行人拍照留影。\n"
               "近年来，某镇在农村环境治理工作中着力打造群众文化娱乐场所，美化了周围环境。(特约通讯员:某某 摄影)\n")
    arts = parse_text(f"{caption}|\n{caption}|\n下一篇:印象某湾\n")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.lines == [1, 5] and a.body.count("石竹花开") == 1
    assert any("重复" in n and "4" in n for n in a.notes)
    # (two items that open alike but go on apart stay two)
    other = caption.replace("美化了周围环境", "改善了人居环境")
    assert len([x for x in parse_text(f"{caption}|\n{other}|\n") if x.kind != "residue"]) == 2


def test_the_sites_summary_that_repeats_the_texts_words_is_the_sites_and_the_byline_under_it_opens_the_text():
    page = ("某乡大喇叭信息传千家\n摘要:可近日，某县某镇的村民们发现，昔日的“大喇叭”又回来了。\n□全媒体记者 某某 通讯员 某某某\n"
            "本报讯上世纪七八十年代，大喇叭是农村一道独特的风景线。可近日，某县某镇的村民们发现，昔日的“大喇叭”又回来了。\n"
            "今年该镇斥资40多万元为全镇24个村装上了大喇叭。\n责任编辑:某某某\n")
    arts = parse_text(page)
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "某乡大喇叭信息传千家" and a.body.startswith("本报讯上世纪") and a.body.endswith("装上了大喇叭。")
    assert "某某" in a.byline
    assert any(x.kind == "residue" and x.body.startswith("摘要:") for x in arts)
    # (a paper's own 内容提要 over its essay is the essay's)
    essay = page.replace("摘要:", "内容提要：")
    assert any(x.body.startswith("内容提要") for x in parse_text(essay) if x.kind != "residue")


def test_a_reprint_sites_source_line_under_the_authors_is_a_field_not_a_subhead():
    from generator.segment.rules.overrule import overrule
    texts = ["首页 > 资讯 > 正文", "某村搭起微信“立交桥”", "2016-02-27",
             "“自从有了微信群，许多事一下子变得顺畅了。”在某区某镇某村，村干部和村民都这样讲。",
             "某村位于城乡接合部，登记在册有300多户居民。于是村干部灵机一动，建起了若干微信群。",
             "作者:某某某", "本文来源:某某新闻网-某某都市报"]
    # (the model read the source line as a subhead, which opened an article of its own)
    assert overrule(texts, ["F", "T>", "D>", "B", "I", "Y>", "H"])[6] == "F"


def test_a_papers_name_in_title_marks_before_the_date_is_the_articles_stamp():
    from generator.segment.lines import is_date_line
    assert is_date_line("《某某日报》    2016年03月25日")
    page = "村里有块便民“小黑板”\n\n《某某日报》    2016年03月25日\n\n    ■某某某\n    3月19日，笔者到某县某乡某村时，看见村中心的墙上挂着一块小黑板。\n"
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert a.date == "2016-03-25" and a.byline == ["某某某"]


def test_a_sites_copyright_terms_lawyers_and_mood_poll_are_furniture():
    assert is_furniture("1.凡本网注明“来源:某某网”的所有作品,均为本网合法拥有版权或有权使用的作品,未经本网书面授权不得转载、摘编或利用其他方式使用上述作品。")
    assert is_furniture("某某日报报业集团法律顾问单位:某某律师事务所") and is_furniture("首席法律顾问:某某某律师")
    assert is_furniture("查看心情排行你看到此篇文章的感受是:")
    assert not is_furniture("县司法局为全县村(社区)聘请了法律顾问，群众有了身边的律师。")


def test_a_librarys_labels_and_the_journal_a_summary_is_from_are_no_headline():
    page = ("摘要\n《某某日报》是我每天必读的报纸，也是指导我工作和学习的良师益友，内容丰富，语言朴实，有一定的可读性。"
            "以某日的报纸为例，第一版共刊登10条新闻，有通讯、有消息，看后颇受教益。\n出处\n《某某摇篮》\n1998年第2期21-21,共1页\n")
    arts = parse_text(page)
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "" and a.body.startswith("《某某日报》是我每天必读")
    assert any("《某某摇篮》" in x.body for x in arts if x.kind == "residue")
    assert is_furniture("摘要") and is_furniture("【摘要】") and not is_furniture("摘要：本文记述了某县修志的始末。")


def test_the_line_between_a_breadcrumb_and_the_stamp_heads_the_text_whatever_the_model_read():
    from generator.segment.rules.overrule import overrule
    texts = ["某某机械有限公司", "某某网-食用菌产业门户网站", "省级分站", "分类网", "• 装袋机",
             "• 当前位置: 首页 » 技术 » 蕈菌文化 » 正文", "某县大事记(四)——改革开放新时期",
             "【发布日期】:2013-09-23  【来源】:某县政府网", "1989年",
             "1月3日  县政府批准直属企业工资总额同经济效益挂钩方案。"]
    out = overrule(texts, ["K>", "K>", "T>", "Y>", "B", "F", "F", "D>", "B", "I"])
    assert out[6] == "T>" and out[:5] == ["F"] * 5 and out[8] == "B"
    # (a site's own line there, a furniture word in it, stays the site's)
    texts[6] = "【字体：大 中 小】"
    assert overrule(texts, ["K>", "K>", "T>", "Y>", "B", "F", "F", "D>", "B", "I"])[6] == "F"


def test_an_editors_credit_set_with_a_space_and_a_captcha_prompt_are_furniture():
    assert is_furniture("全媒体编辑 某某某") and is_furniture("责编 某某  某某某")
    assert is_furniture("请输入验证码")
    page = ("某某镇调研融媒体中心建设情况\n\n22.10.2020  05:17\n\n10月20日，市委常委、宣传部部长某某率队到某某镇调研。\n\n"
            "调研组还前往镇文化艺术中心大楼，调研新时代文明实践中心建设情况。\n\n全媒体记者 袁某某  通讯员 麻某\n\n全媒体编辑 某某某\n")
    arts = parse_text(page)
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "某某镇调研融媒体中心建设情况" and a.lines == [1, 9] and a.byline == ["袁某某", "麻某"]
    assert [x.body for x in arts if x.kind == "residue"] == ["全媒体编辑 某某某"]


def test_a_sites_section_word_over_the_headline_is_no_byline():
    page = ("镇区\n\n某某率队到某镇调研融媒体中心建设情况\n\n  某某率队到某镇调研融媒体中心建设情况\n\n"
            "  10月20日，市委常委、宣传部部长某某率队到某镇调研融媒体中心建设等情况。\n\n"
            "  随后，调研组还前往镇文化艺术中心大楼调研。（记者 某某某）\n\n上一篇:某某镇开展团结对交流活动\n下一篇:没有了\n")
    arts = parse_text(page)
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "某某率队到某镇调研融媒体中心建设情况" and a.body.startswith("10月20日")
    assert any(x.body == "镇区" for x in arts if x.kind == "residue")


def test_a_headline_alone_under_a_titled_articles_last_paragraph_is_a_link_to_the_next():
    from generator.segment.rules.overrule import overrule
    para = ("近年来,该镇坚持将“文明新风进万家”活动作为深化文明城市创建的重要抓手,接续开展“深化移风易俗,倡导文明新风”等系列活动,"
            "以一波接一波活动,厚植文明创建思想根基。该镇紧紧抓住学生放暑假的有利时机,动员学生争当文明创建志愿者。")
    texts = ["第05版:县(市、区)", "2023年07月31日", "", "某某镇文明新风进万家", "",
             "本报讯 (某某)7月份以来,某县某镇组织学生开展“文明新风进万家”活动。", "", para, "",
             "整治提升农村环境 某某区“党建+链头雁”激发民企活力"]
    # (the model read the e-paper's link as the text's last paragraph)
    labels = ["F", "D>", None, "T>", None, "B", None, "I", None, "I"]
    assert overrule(texts, labels)[9] == "F"
    # (a short one is the subhead of a text cut off there: it stays the text's)
    assert overrule(texts[:9] + ["始于数字治堵"], labels)[9] == "I"


def test_a_reprinted_papers_name_and_stamp_dates_the_text_under_it_not_the_sites_clock():
    from generator.segment.rules.overrule import overrule
    intro = "随着改革开放40年的临近,某某这个词再次引起人们的关注。我作为报道者也引起媒体的关注。现将各家报道转载于后。"
    texts = ["某某第一次见报以后", "", "2018年05月28日 00:06:00 浏览:47569次 来源:某某网", "", intro, "",
             "包产到户,让棉农老某成了万元户", "", "某某日报 2018-05-21 06:24", "",
             "1980年11月,新华社记者报道某县某公社某某村一家,卖棉花收入过万元。"]
    # (the model read the paper's stamp between the texts as the site's furniture)
    labels = ["T>", None, "D>", None, "B", None, "H", None, "F", None, "B"]
    assert overrule(texts, labels)[8] == "D>"
    # A site's clock (今天是…) shows the day the page was saved: it dates no article.
    page = "欢迎登陆某某网,今天是:2018年08月18日 08:38:20\n\n某村的小黑板\n\n3月19日,笔者到某县某乡某村时,看见村中心的墙上挂着一块小黑板。\n"
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "某村的小黑板" and a.date == ""


def test_a_sites_disclaimer_under_the_story_it_copied_is_furniture():
    assert is_furniture("免责声明:本文仅代表作者个人观点,与某某网无关。其原创性以及文中陈述文字和内容未经本站证实,"
                        "对本文以及其中全部或者部分内容的真实性、完整性本站不作任何保证或承诺,请读者仅作参考,并请自行核实相关内容。")
    assert not is_furniture("某某表示，对群众反映的问题，县里不作任何保证或承诺是不负责任的，必须一件件落实。")


def test_a_media_centre_signing_with_a_name_no_surname_opens_closes_the_text():
    page = ("某某日报 2020年08月13日\n本网讯 为进一步体现县委、县政府对离退休老干部的关心关怀,8月7日,某某县召开2020年离退休老干部座谈会。\n"
            "会上,该县政府主要领导通报了某某县2020年上半年经济社会发展情况,介绍了近几年来的县情及重点项目建设进度等情况。\n"
            "与会的离退休老干部代表纷纷发言,肯定了某某县近年来取得的成绩,并对今后的发展提出了意见建议。\n县融媒体中心 其米拉姆\n")
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "" and a.byline == ["其米拉姆"] and a.date == "2020-08-13"


def test_a_sites_content_summary_its_news_hotline_and_a_dispatchs_source_are_not_the_text():
    page = ("当前位置: 首页 » 新闻资讯 » 农业新闻 » 正文\n\n重开“村村响”传递“好声音”\n\n"
            "放大字体  缩小字体 发布日期:2019-05-31  来源:某某日报  浏览次数:81658\n"
            "内容摘要:村村响讲的都是与咱农民有关的,每天吃饭时听广播都成了咱农村人的习惯啦。初夏时节,记者在某县采访\n\n"
            "“村村响讲的都是与咱农民有关的,每天吃饭时听广播都成了咱农村人的习惯啦。”初夏时节,记者在某县采访,某村的大妈高兴地说。\n\n"
            "某大妈口中的“村村响”指的是某县在2018年下半年实施的“广播村村响工程”。\n")
    arts = parse_text(page, home="", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "重开“村村响”传递“好声音”" and a.body.startswith("“村村响讲的都是")
    assert any(x.body.startswith("内容摘要:") for x in arts if x.kind == "residue")
    assert is_furniture("新闻热线:0855-8222000")
    page = "\n".join(["新闻热线:0855-1234567", "据某某政府网消息 2月21日,省电视台“新春边行”活动记者一行4人到某县某乡探民情、访民生。",
                      "采访组一行听取该乡特殊的地理环境、社会经济发展状况以及在民生民情工作方面的一系列措施和取得的成效介绍。",
                      "采访结束后,几位记者均表示收获极大,对某乡在创建和谐边界方面的良好局面大为赞扬。",
                      "凡本网注明“来源:某某信息港”的所有作品,均为某某信息港合法拥有版权或有权使用的作品,未经本网授权不得转载、摘编或利用其它方式使用上述作品。"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "" and a.body.startswith("据某某政府网消息 2月21日")


def test_a_photo_storys_title_over_its_captions_heads_them_though_they_repeat_no_word_of_it():
    from generator.segment.rules.overrule import overrule
    texts = ["春耕农事忙", "", "\"", "", "某市某镇茶园内,制茶师正在手工炒制春茶。 某某 某某摄影报道(某某视觉)", "",
             "某省某县某村村民在育苗大棚里进行秧苗管理。 某某某摄(某某视觉)", "",
             "《 某某日报 》( 2020年03月13日 18 版)"]
    # (the model read the title as a subhead of what stands under it)
    assert overrule(texts, ["H", None, "F", None, "B", None, "I", None, "D<"])[0] == "T>"


def test_a_paragraph_under_a_pictures_placeholder_goes_on_with_the_text_above():
    page = ("某某晚报·某某壹点通讯员 程某\n"
            "自某市某区某街道办事处开展“邻里你我帮志愿在行动”创投大赛后,街道内各参赛团队积极回应群众需求,深入社区,取得初步成效。\n"
            "打开某某新闻 查看更多图片\n打开某某新闻 查看更多图片\n"
            "下一步,某街道将以“活力社区建设年”为抓手,加强资源链接,不断提升辖区群众的获得感、幸福感、安全感。\n")
    arts = parse_text(page, home="", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.lines == [1, 5] and a.byline == ["程某"] and a.body.startswith("自某市某区")


def test_a_media_accounts_staff_in_bracketed_labels_close_the_story():
    page = ("志愿者助力创文 文明城市推动进行时\n\n时间:2019-03-08 04:12:19\n\n"
            "某某融媒体讯(记者某某某,通讯员某某某 某某某报道)9月20日,某区某街道某社区文明推动日宣传活动火热进行。\n\n"
            "上午,在某社区小区内,200多名居民参与创文宣传。现场设置了有奖问答、打卡拍照、派发宣传单张等形式。\n\n"
            "【记者】尹某某\n\n【 通讯员】史某某 梁某某\n\n【编辑】魏某\n\n【出品】某某融媒体中心\n\n【出品人】袁某某\n")
    arts = parse_text(page, home="", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.lines == [1, 11] and set(a.byline) >= {"尹某某", "史某某", "梁某某"}
    assert [x.body for x in arts if x.kind == "residue"] == ["【编辑】魏某\n\n【出品】某某融媒体中心\n\n【出品人】袁某某"]


def test_a_sites_tag_in_brackets_over_its_dispatch_is_no_entrys_name():
    page = ("【某网】 (记 者 赵某某 通讯员 吴某某) 昨日下午,我市“凝聚青春力量 奏响文明乐章”百家社区志愿行活动启动。"
            "我市将用3年时间实现某区100个社区志愿服务全覆盖。\n"
            "百家社区志愿行活动由市委宣传部、市文明办共同主办,采取“1+6”志愿服务形式。\n")
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == ""


def test_a_headline_run_on_after_a_stations_tag_titles_its_report():
    # (a forum's copy of a county station's report: tag, headline and report on one line)
    page = ("【某某电视台】某某县召开创建“文化强县”工作推进会 9月11日上午,某某县召开创建“文化强县”工作推进会。"
            "县领导某某、某某出席会议。\n"
            "会议听取了全县创建工作情况汇报,县教育局、县总工会负责人分别作了典型发言。(来源:某某电视台 记者:某某)\n")
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "某某县召开创建“文化强县”工作推进会"


def test_the_first_line_past_the_sites_furniture_read_as_a_subhead_is_the_headline():
    from generator.segment.rules.overrule import overrule
    assert is_furniture("分类:") and is_furniture("栏 目：")
    texts = ["某某大学某某中心主办", "返回首页", "", "当前位置: 首页民间文本某某记实 》某某记实(三)", "分类:", "",
             "困难时期整社记实", "", "--作者:某某", "", "(三)", "", "10.无声无息的代价", "",
             "困难时期,农村不少社员得了浮肿病。患病的主要原因是“入不敷出”,即摄入的营养不足以承受劳动的付出。"]
    # (the model read every line under the furniture as going on from an article above)
    labels = ["F", "F", None, "F", "F", None, "H", None, "H", None, "H", None, "I", None, "I"]
    assert overrule(texts, labels)[6] == "T>"
    # (a numbered section's head there is no headline: 一、… opens a part of a text cut off above)
    texts[6] = "一、困难时期整社记实"
    assert overrule(texts, labels)[6] != "T>"


def test_a_bodys_name_under_the_headline_is_the_texts_sender_not_its_title():
    page = ("传播中医药健康文化·提升民众健康素养--县中医院举办“中医中药中国行”大型义诊活动\n芦溪县中医院\n"
            "为弘扬和发展中医药事业,传播中医药健康文化,在中医药法颁布一周年之际的6月30日上午,县中医院在县城老院综合楼前举办了大型义诊活动。\n"
            "来自县中医院临床各科室的30位医务人员参加了义诊活动。\n"
            "整场义诊活动从上午八点持续到中午,历时近4小时,活动共为群众义诊200余人,发放宣传资料300余份。\n")
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title.startswith("传播中医药健康文化") and "芦溪县中医院" in a.credit
    # (where the text comes from is where it is about)
    assert [r["name"] for r in a.regions] == ["芦溪县"] and a.agencies == ["芦溪县中医院"]


def test_an_encyclopedias_entry_loses_its_labels_and_the_sites_blurb():
    page = ("词条 | 某县大众报 |\n释义 | 是中共某县县委机关报。1958年10月创刊,8开2版,3日刊,1960年9月30日停刊。1981年1月1日复刊,4开4版。 |\n"
            "随便看 |\n百科全书收录4421916条中文百科知识,基本涵盖了大多数领域的百科知识,是一部内容开放、自由的电子版百科全书。\n")
    arts = parse_text(page, home="", date="")
    [a] = [x for x in arts if x.kind != "residue"]
    assert a.title == "某县大众报" and a.body.startswith("是中共某县县委机关报") and a.lines == [1, 2]
    assert not is_furniture("县档案馆收录1200条地方志资料，为研究某县历史提供了依据。")


def test_a_subtitle_over_the_dispatch_is_the_headlines_and_a_tip_lines_label_the_papers():
    from generator.segment.rules.overrule import overrule
    texts = ["物业服务好与坏,大家来评说|某某家园业主反映", "垃圾积雪清得慢 单元门大敞四开", "物业:十日内完成春整 8月底前换20个电子门",
             "生活报讯 (记者某某 文/摄) 日前,某市某某家园小区多位业主向记者反映,该小区内绿化带里的垃圾随处可见、电子单元门失灵。"
             "接到反映后,记者来到某某家园小区进行了实地走访。",
             "“小区所有单元门全都不能正常使用,一拉就开。”业主孙先生告诉记者,进户没过几年,电子门就出现了不同程度的损坏。"]
    # (the model read the subtitle as the text's opening and the dispatch as going on from it)
    assert overrule(texts, ["K>", "T>", "B", "I", "I"])[1:4] == ["T>", "S>", "B"]
    assert is_furniture("新闻线索受理方法") and not is_furniture("新闻线索受理方法有了新变化，读者可通过热线反映。")


def test_a_paragraph_left_in_its_html_over_a_tables_debris_is_the_texts_last():
    from generator.segment.rules.overrule import overrule
    texts = ["|", "<p> 本报讯(通讯员某某某)2月20日,某县召开县委中心组集体学习会,集体学习中央一号文件和中纪委五次全会精神。</p>",
             "<p> 参会人员认真学习了中共中央、国务院《关于加大统筹城乡发展力度 进一步夯实农业农村发展基础的若干意见》。</p>",
             "<p> 去年以来,该县坚持把党委中心组学习作为加强领导班子和领导干部思想理论建设的重要途径,各项学习制度进一步完善。</p>",
             "|", "|"]
    # (the model read the last paragraph as the table's, like the bars under it)
    assert overrule(texts, ["F", "B", "I", "F", "F", "F"])[3] == "I"


def test_photo_labels_between_the_headline_and_the_byline_are_the_photos_not_headlines():
    from generator.segment.rules.overrule import overrule
    texts = ["首页 > > 正文", "", "人勤春早备耕忙", "", "▲培育秧苗", "", "▲选购农机", "", "▲大棚里开始春播", "",
             "■本报记者 某某 某某某 文/图", "", "人勤春来早,春耕正当时。连日来,各地各级农业部门早动员早部署,采取有效措施,加强指导服务。"]
    out = overrule(texts, ["F", None, "T>", None, "Y>", None, "T>", None, "T>", None, "Y>", None, "B"])
    assert [out[i] for i in (2, 4, 6, 8, 10, 12)] == ["T>", "F", "F", "F", "Y>", "B"]
    assert is_furniture("[免责声明] 本文来源于网络转载,仅供学习交流使用,不构成商业目的。版权归原作者所有,如涉及作品内容、版权和其它问题,请在30日内与本网联系。")


def test_a_reposting_sites_tags_before_the_papers_stamp_are_no_headline_and_name_no_place():
    page = ("'某某防洪大堤往事'\n\n株洲 湘江 茶陵 长春暴雨 民主 株洲日报 2019-07-29\n\n"
            "【核心提示】\n\n阳光如瀑,夏蝉长嘶。洪灾过后,某市迎来酷暑。\n\n"
            "某市临水建城,某市人滨江而居。翻阅某市水利志,会发现建市以来,某市有着太多关于洪水的伤痛。\n\n"
            "市政协文史研究员某某某介绍,民谣产生的地方是某某街附近,那里地势低洼,洪水袭击时往往受灾较重。\n")
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "'某某防洪大堤往事'" and a.date == "2019-07-29"
    # (the tags name no place of the story's: 长春暴雨 is another story's tag; the paper's home may stand)
    assert not {"长春市", "茶陵县"} & {r["name"] for r in a.regions}


def test_a_block_of_head_lines_over_the_stamp_is_one_headline_and_keeps_its_stamp():
    from generator.segment.rules.overrule import overrule
    texts = ["2023年03月29日 星期三", "", "市委常委会召开扩大会议", "", "传达学习某某会议精神 安排部署全市疫情防控工作", "",
             "某某主持并讲话 某某某出席", "", "发布日期:2020-01-27", "", "信息来源:某某日报", "",
             "1月26日下午,市委常委会召开扩大会议,传达学习某某会议精神,听取全市疫情防控工作情况,研究部署下一步工作。"]
    # (the model read two titles over the stamp: the second, with the stamp, had become a headline of no text)
    out = overrule(texts, ["F", None, "K>", None, "T>", None, "T>", None, "D>", None, "F", None, "B"])
    assert [out[i] for i in (2, 4, 6, 8)] == ["K>", "T>", "S>", "D>"]
    page = "\n".join(texts) + "\n"
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.date == "2020-01-27"


def test_a_headline_run_into_a_papers_dispatch_and_a_pages_own_address_that_dates_nothing():
    page = ("某某村全村贫困户加入合作社户均种药采茶年入3万元 农村新报讯 (通讯员某某、某某)“村里成立自强互助合作社,将所有贫困户吸纳入社,"
            "扶贫效果十分显著。”8月底,某县某镇某村党支部书记某某某说,两年来,77个贫困户每年创收230多万元。\n"
            "2015年,某某公司苍术种子种苗基地落户某村,占地面积200亩。村里顺势成立自强互助合作社,引导贫困户种药、种茶。\n"
            "声明\n来源:互联网\n本文地址:http://farm.example.com/news/3/1970-01-01/35245.html\n")
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "某某村全村贫困户加入合作社户均种药采茶年入3万元" and a.date == ""
    # (…while an address of the web's years dates the text it names)
    page = ("9月26日下午,某某从某市乘火车抵达某省某市。一下车,他就前往某湖,了解生态保护和渔民捕捞作业情况。\n"
            "转载来源:某某网 来源地址:http://www.example.gov.cn/xinwen/2018-09/26/content_5325596.htm\n")
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.date == "2018-09-26"


def test_a_notices_addressees_open_its_text_and_its_signature_and_day_close_it():
    page = "\n\n".join([
        "关于印发《某某市人民政府工作规则》的通知", "2011-06-18 00:00:00 来源: 本站原创", "【字体:",
        "某府〔2011〕33号", "各区人民政府,市政府直属各单位:",
        "《某某市人民政府工作规则》已于2011年3月24日经市政府第74次常务会议修订通过,现予印发,请认真遵照执行。",
        "某某市人民政府办公室", "2011年4月8日"])
    [a] = [a for a in parse_text(page, home="", date="") if a.kind != "residue"]
    assert a.title == "关于印发《某某市人民政府工作规则》的通知"
    # (the signed day closes the notice: its date line, kept with it)
    assert a.body.startswith("各区人民政府") and a.body.endswith("某某市人民政府办公室") and a.lines == [1, 15]
    from generator.segment.rules.overrule import overrule
    # (the model read the addressees as a headline, short and with no full stop)
    texts = ["关于加强冬季安全生产工作的通知", "各乡镇人民政府,县直各单位:", "现将冬季安全生产有关事项通知如下,请结合实际抓好落实。"]
    assert overrule(texts, ["T>", "T>", "B"]) == ["T>", "B", "I"]


def test_the_document_a_notice_issues_under_its_signature_is_its_attachment():
    from generator.segment.rules.overrule import overrule
    texts = ["各县(市)、区人民政府,市政府各委、办、局:", "经市政府同意,现将《某某市政务云平台管理实施细则》印发给你们,请认真遵照执行。",
             "某某市人民政府办公室", "2019年11月29日", "某某市政务云平台管理实施细则", "第一章 总则",
             "第一条 为加强某某市电子政务云平台资源管理,确保资源的合理分配和安全使用,制定本实施细则。"]
    # (the model read the signature as the next article's headline and date line)
    labels = ["T>", "B", "T>", "D>", "B", "H", "I"]
    out = overrule(texts, labels)
    assert out[:5] == ["B", "I", "I", "I", "I"]
    # (a headline under the signed day starts the next article: the day closes the notice)
    labels[4] = "T>"
    assert overrule(texts, labels)[2:5] == ["I", "D<", "T>"]


def test_a_government_pages_panel_printed_as_a_spaced_table_is_furniture_and_its_title_the_headline():
    assert is_furniture("发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29")
    assert is_furniture("索   引   号 20191202-189769 分        类 其他; 市人民政府办公室;")
    assert is_furniture("名        称 某某市人民政府办公室关于印发《某某细则》的通知")
    assert is_furniture("首     页 政 务 公 开 网 上 办 事 互 动 交 流 走 进 某 城")
    assert is_furniture("中国政府网 某某省政府网 English 市人大 市政协")
    assert not is_furniture("发布机构改革方案后,各部门迅速行动。")
    from generator.segment.rules.overrule import overrule
    texts = ["索   引   号 20191202-189769 分        类 其他;", "发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29",
             "某某市人民政府办公室关于印发《某某市政务云平台管理实施细则》的通知", "信息来源: 市人民政府办公室",
             "各县(市)、区人民政府,市政府各委、办、局:", "经市政府同意,现将《某某市政务云平台管理实施细则》印发给你们。"]
    # (the model read the title as one more row of the panel)
    assert overrule(texts, ["F", "F", "F", "F", "B", "I"])[2] == "T>"


def test_a_caption_signed_by_its_photographer_ends_its_paragraph_and_the_sites_disclaimer_is_furniture():
    from generator.records import Line
    from generator.segment.assemble import paragraphs
    lines = [Line(1, "近日,在某某县城关镇某某社区种植专业合作社,社员在香菇大棚喜采优质香菇。康某某摄"),
             Line(2, "近日,在某某县城关镇某某社区种植专业合作社,社员们收获着一筐筐长势喜人的香菇,喜悦的笑声在农家小院里回荡。")]
    # (a page of one paragraph a line: the caption's line, ended by no full stop, is no wrap)
    assert paragraphs(lines, 0)[1] == [[1], [2]]
    assert is_furniture("声明:转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益,请作者持权属证明与本网联系。")


def test_a_stamps_author_ends_before_the_sites_counters_and_a_comment_box_is_furniture():
    page = "\n\n".join([
        "当前位置:首页 / 文章 / 某某 / 正文", "某某区某某镇严防冬季森林火灾",
        "转载 2016/12/23 04:49:50 发布 IP属地:未知 来源:某某 作者:余某某 500 阅读 0 评论 0 点赞",
        "12月23日,某某区某某镇政府森林防火宣传车正在某某村5组检查。入冬后,天干物燥,该镇组织森林防火车深入林区宣传巡查,确保全镇森林安全。",
        "已有0人点赞", "0条评论", "承诺遵守文明发帖,国家相关法律法规 0/300"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.byline == ["余某某"] and a.date == "2016-12-23"
    assert a.body.endswith("确保全镇森林安全。")


def test_a_sites_owners_one_a_line_and_its_account_links_under_the_footer_are_furniture():
    assert is_furniture("主办:某某市广播电视局") and is_furniture("承办：某某市广播电视局宣传中心")
    assert is_furniture("• 政务微博") and is_furniture("• 微信公众号") and is_furniture("微信服务号")
    assert is_furniture("发送短信 zmdsjb 10658300 即可订阅《某某手机报》,每天1毛钱,无GPRS流量费。")
    # (a text that names who held an event is no footer)
    assert not is_furniture("主办:某某市广播电视局,承办:某某县文化馆,活动持续三天。")


def test_links_to_other_places_stories_run_into_one_line_are_furniture():
    assert is_furniture("某江:注入“清廉活力”绘就乡村振兴新篇章 某岳区:强化责任担当 防患于未“燃”")
    # (a notice's fields are no places, and one place's headline is a headline)
    assert not is_furniture("时间:2019年3月5日上午 地点:某某县会议中心")
    assert not is_furniture("某某县:全面推进乡村振兴 取得新成效")


def test_a_forums_edit_note_run_into_the_posts_text_is_cut_from_it():
    page = ("本帖最后由 某某 于 2015-4-13 00:37 编辑 <br /><br />12月2日,某镇第十七届人民代表大会第一次会议胜利召开,"
            "来自全镇各行各业的49名镇人大代表出席了会议。大会听取并审议通过了镇人民政府工作报告。\n")
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.body.startswith("12月2日,某镇") and a.lines == [1, 1]
