"""Layouts the seeds don't show: web pages with their site, 简讯 columns,
digest pages, database records of old papers.  Small hand-made pages."""
from helpers import by_title, parse_text, wrap

BODY = ("为做好春耕备耕工作，县农业农村局组织技术人员深入田间地头，指导农户开展土壤检测和种子筛选。"
        "据了解，今年全县计划播种粮食作物12万亩，目前备耕物资已全部到位。")

WEB = "\n".join([
    "无障碍浏览 长者模式 繁體版",
    "首页 | 新闻中心 | 政务公开 | 办事服务",
    "当前位置：首页 > 新闻中心 > 县域动态",
    "",
    "我县全面启动春耕备耕工作",
    "发布时间：2023-03-02 09:15:00　来源：县农业农村局　浏览次数：238",
    "【字体：大 中 小】",
    "",
    BODY + "（责任编辑：王小丽）",
    "",
    "分享到：",
    "【打印正文】【关闭窗口】",
    "上一篇：县政协召开主席会议",
    "下一篇：没有了",
    "",
    "版权所有：某某县人民政府 主办单位：某某县人民政府办公室",
    "晋ICP备12345678号-1 网站标识码：1409000001",
])


def real(arts):
    return [a for a in arts if a.kind != "residue"]


def test_web_page_furniture_is_residue_and_the_article_keeps_its_title_date_and_body():
    arts = parse_text(WEB)
    [a] = real(arts)
    assert a.title == "我县全面启动春耕备耕工作"
    assert a.date == "2023-03-02"                       # printed on the page, no catalogue record
    assert a.body.startswith("为做好春耕备耕工作") and a.body.endswith("（责任编辑：王小丽）")
    furniture = " ".join(r.body for r in arts if r.kind == "residue")
    for line in ("当前位置：首页", "分享到：", "上一篇：县政协召开主席会议", "版权所有", "网站标识码"):
        assert line in furniture                        # nothing lost: the site's lines are residue


def test_site_owner_and_pager_lines_never_become_titles():
    titles = {a.title for a in parse_text(WEB)}
    assert not any("上一篇" in t or "版权所有" in t or "首页" in t for t in titles)


BRIEF = "\n".join([
    "简讯",
    "",
    "■县召开春季森林防火工作会议 本报讯 3月5日，县政府召开春季森林防火工作会议，部署当前森林防火工作。（李明）",
    "",
    "■我县开展学雷锋志愿服务活动 本报讯 近日，县文明办组织志愿者走进社区，开展义诊、理发等志愿服务。（张华）",
    "",
    "■ 本报讯 日前，县图书馆新增图书5000册，涵盖文学、历史、科普等类别，免费向市民开放借阅。（王芳）",
])


def test_brief_items_are_articles_with_their_lead_titles():
    arts = real(parse_text(BRIEF, date="2023-03"))
    assert len(arts) == 3
    assert by_title(arts, "森林防火").title == "县召开春季森林防火工作会议"
    assert "县文明办组织志愿者走进社区" in by_title(arts, "学雷锋").body
    untitled = [a for a in arts if not a.title]
    assert len(untitled) == 1 and "县图书馆新增图书5000册" in untitled[0].body


def test_a_brief_items_lead_title_may_be_set_as_its_first_sentence():
    # ●title。日前，…: the report opens after the title's full stop, with its own time words.
    page = "\n".join(["简讯 2023年04月23日", "",
                      "●某乡被命名为省级文化强镇。日前，省文化和旅游厅公布省级文化强镇名单，某乡榜上有名。", "",
                      "●县里召开春耕生产会议。会议要求各乡镇抓好春耕备耕，确保粮食稳产。"])
    arts = real(parse_text(page, date="2023-04"))
    assert [a.title for a in arts] == ["某乡被命名为省级文化强镇", ""]   # (a first sentence with no time words after it is the text's)
    assert arts[0].body.startswith("●某乡被命名为省级文化强镇。日前")


def test_a_wrapped_brief_column_is_not_cut_at_its_column_breaks():
    items = ["■县召开春季森林防火工作会议 本报讯 3月5日，县政府召开春季森林防火工作会议，部署当前森林防火工作，"
             "要求各乡镇严格落实防火责任，加强巡山护林。（李明）",
             "■我县开展学雷锋志愿服务活动 本报讯 近日，县文明办组织志愿者走进社区，开展义诊、理发、法律咨询等志愿服务，"
             "受到居民欢迎。（张华）"]
    column = "\n".join(wrap(i, 15) for i in items).split("\n")
    column.insert(4, "")                                 # a column break in mid-sentence
    arts = real(parse_text("简讯\n\n" + "\n".join(column), date="2023-03"))
    assert len(arts) == 2
    assert "加强巡山护林。" in by_title(arts, "森林防火").body



def test_wrapped_lead_titles_run_across_lines_and_keep_their_commas():
    # In a wrapped column a line's end is a wrap (…夯实基 / 础 本报讯…), not the space that
    # ends a lead title; a comma in a title, or in its brackets, is the title's own.
    items = ["●县里夯实基层基础 本报讯 近日，县委组织部召开基层党建工作推进会，部署村级组织建设工作。（李明）",
             "●转变好作风，齐心协力谋发展（学习会议精神③） “要把作风建设抓在经常、融入日常。”县纪委负责人说。（张华）",
             "●春风里，油菜花开（乡村新景） 近日，县里万亩油菜花竞相开放，吸引游客前来观赏拍照。（王芳）"]
    column = "\n".join(wrap(i, 15) for i in items)
    arts = real(parse_text("简讯\n\n" + column, date="2023-03"))
    assert [a.title for a in arts] == ["县里夯实基层基础", "转变好作风，齐心协力谋发展（学习会议精神③）",
                                       "春风里，油菜花开（乡村新景）"]
    assert "“要把作风建设抓在经常" in arts[1].body and "（张华）" in arts[1].body


def test_a_short_marker_line_with_a_comma_is_its_items_title():
    page = "\n".join(["简讯", "", "●油菜花开，牵动乡情", wrap("家乡的菜让人记住家乡的味道，家乡的景让人记住家乡的模样。每年三四月间，"
                                                      "正是油菜花开的时节，在县城周边的田野里，一块块金黄连成一片。（宋某）", 15)])
    arts = real(parse_text(page, date="2023-03"))
    assert [a.title for a in arts] == ["油菜花开，牵动乡情"]
    assert "家乡的菜让人记住家乡的味道" in arts[0].body

DIGEST = "\n".join([
    "本周要闻",
    "",
    "县人大常委会召开第十次会议",
    "2023-04-10",
    "4月10日，县人大常委会召开第十次会议，审议县政府关于优化营商环境工作情况的报告。",
    "",
    "县政协开展重点提案督办活动",
    "2023-04-12",
    "4月12日，县政协组织委员督办重点提案，实地察看乡村道路建设情况。",
    "",
    "县法院集中宣判一批涉农案件",
    "[2023-04-14]",
    "4月14日，县法院集中宣判一批涉农案件，现场旁听群众100余人。",
])


def test_digest_articles_each_take_their_own_date_line():
    arts = real(parse_text(DIGEST))
    assert [a.date for a in arts] == ["2023-04-10", "2023-04-12", "2023-04-14"]
    assert by_title(arts, "县政协").body.startswith("4月12日，县政协组织委员")


def test_a_numbered_digests_titles_drop_their_numbers_but_not_a_headlines_months():
    page = "\n".join(["8月22日《某某新闻》速览", "", "1、张集:巍巍大洪山 红色基因永相传", "", "记者:何某某", "",
                      "某集镇地处某某山西麓，这里曾是老区人民支援前线的地方。几十年来，村里的面貌焕然一新。", "",
                      "2、全市工业运行平稳", "", "记者:黄 某", "",
                      "8月21号，市统计局发布前两个月全市经济运行情况，全市工业生产保持平稳增长。", "",
                      "3、陈某某检查督办“创园”工作", "", "记者:付 某", "",
                      "8月21号，市委常委陈某某对我市创建国家园林城市工作进行了检查督办。"])
    arts = real(parse_text(page))
    assert [a.title for a in arts] == ["张集:巍巍大洪山 红色基因永相传", "全市工业运行平稳",
                                       "陈某某检查督办“创园”工作"]
    from generator.segment.assemble import strip_label
    assert strip_label("1、2月份全市工业运行平稳") == ("1、2月份全市工业运行平稳", False)
    assert strip_label("5.12汶川地震十周年") == ("5.12汶川地震十周年", False)
    assert [strip_label(t)[0] for t in ("1．春天里，玫瑰芬芳", "2、11年，守护楼兰心未变", "4. 3D打印走进太空")] == \
        ["春天里，玫瑰芬芳", "11年，守护楼兰心未变", "3D打印走进太空"]


RECORDS = "\n".join([
    "【标题】县供销社恢复农村代购代销业务",
    "【作者】本报通讯员 刘建国",
    "【日期】1985.03.12",
    "【版次】第2版",
    "【正文】",
    "　　本报讯 县供销社从三月起恢复农村代购代销业务，在全县二十",
    "个公社设立代购代销点，方便社员群众购买生产生活资料。",
    "",
    "【标题】县里召开植树造林动员大会",
    "【日期】一九八五年三月十五日",
    "【版次】第1版",
    "【正文】",
    "　　本报讯 县委、县政府召开植树造林动员大会，号召全县人民",
    "积极投身春季植树造林运动。",
])


def test_database_records_give_their_fields():
    arts = real(parse_text(RECORDS))
    assert [a.title for a in arts] == ["县供销社恢复农村代购代销业务", "县里召开植树造林动员大会"]
    assert [a.date for a in arts] == ["1985-03-12", "1985-03-15"]          # 一九八五年三月十五日 read too
    first = arts[0]
    assert first.byline == ["刘建国"]
    assert first.body.startswith("本报讯 县供销社从三月起") or first.body.startswith("本报讯县供销社从三月起")
    assert "【标题】县供销社恢复农村代购代销业务" in first.printed      # the labelled line as printed is kept


def test_a_headline_like_line_inside_a_record_is_a_subhead_of_it():
    # A record's text carries its own box (…（小贴士）), subheads (◆…) and fresh openings;
    # only a title field opens a record.
    para = "　　县文化馆五月七日起举办盆景展，展出全县盆景爱好者的作品二百余盆，吸引群众三千余人次参观。"
    page = "\n".join([
        "标题:县里举办盆景展", "作者:孟某某", "版面:第3版（县域经济）", "发表日期:1986年05月08日",
        para, para, "　　怎样挑选称心的盆景（小贴士）", "　　◆选桩 根深干粗有看头",
        "　　“选树桩，要选根系发达、树干粗壮的那种。”县盆景协会负责人介绍说。",
        "",
        "标题:县供销社增设收购点",
        "发表日期:1986年05月09日",
        "　　县供销社在各乡增设农副产品收购点十五个，方便群众出售农副产品。",
    ])
    arts = real(parse_text(page))
    assert [a.title for a in arts] == ["县里举办盆景展", "县供销社增设收购点"]
    assert "选桩" in arts[0].body and arts[0].body.rstrip().endswith("介绍说。")


def test_a_page_number_with_its_section_is_never_a_title():
    page = "\n".join([
        "1986年5月8日 县报 第1版", "", "第1版(本地新闻)", "",
        "县里召开春耕生产会议",
        "　　本报讯 县委、县政府五月七日召开春耕生产会议，部署全县春耕生产工作。",
    ])
    arts = real(parse_text(page))
    assert [a.title for a in arts] == ["县里召开春耕生产会议"]


# An old paper's archive: the day's page, each article's number and title, then its record
# on one line, opened by its page and column and the title again.
PAPER_ARCHIVE = """1986-03-29
第 1 版
1. 县里召开春耕生产动员大会 部署全年农业生产任务
第1版()专栏: 县里召开春耕生产动员大会 部署全年农业生产任务 本报讯 县委、县政府昨天召开春耕生产动员大会，部署全年农业生产任务。会议要求各乡镇抓紧备足化肥、种子。
2. 城关镇新建农贸市场开业
第1版(要闻)专栏: 城关镇新建农贸市场开业 本报讯 城关镇新建的农贸市场昨天开业，设摊位三百多个，方便了周边群众。
"""


def test_an_old_papers_archive_listing_gives_each_record_its_numbered_title():
    arts = [a for a in parse_text(PAPER_ARCHIVE, home="山西省朔州市", date="") if a.kind != "residue"]
    assert [a.title for a in arts] == ["县里召开春耕生产动员大会 部署全年农业生产任务", "城关镇新建农贸市场开业"]
    assert "春耕" not in arts[1].body and "农贸市场" not in arts[0].body
    assert all(a.date == "1986-03-29" for a in arts)


def test_a_one_line_records_page_column_and_headline_are_its_head_not_its_body():
    arts = [a for a in parse_text(PAPER_ARCHIVE, home="山西省朔州市", date="") if a.kind != "residue"]
    assert arts[0].body.startswith("本报讯 县委、县政府昨天召开") and "第1版" not in arts[0].body
    # (nothing printed is lost: the head is kept as printed)
    assert "第1版()专栏: 县里召开春耕生产动员大会 部署全年农业生产任务" in arts[0].printed


def test_a_record_saved_with_its_markup_breaks_reads_its_headline_from_the_line_over_it():
    # No numbered list: the line over the record is its headline, because the record opens with it;
    # each <br/> is a paragraph's end.
    page = "\n".join(["某某日报 1987-11-29", "", "县运动会射击比赛闭幕 三人超过省纪录", "",
                      "第4版(体育)<br/>专栏:<br/><br/> 县运动会射击比赛闭幕<br/> 三人超过省纪录<br/> "
                      "本报讯 记者某某报道:县第六届运动会射击比赛今天下午在风雨中结束。<br/> "
                      "比赛结束后,组委会为取得佳绩的选手们颁发了奖品。"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue" and x.lines == [3, 5]]
    assert a.title == "县运动会射击比赛闭幕 三人超过省纪录"
    assert a.body.split("\n\n") == ["本报讯 记者某某报道:县第六届运动会射击比赛今天下午在风雨中结束。",
                                     "比赛结束后,组委会为取得佳绩的选手们颁发了奖品。"]


def test_two_records_of_a_papers_archive_on_a_page_with_a_sites_bars_are_two_articles():
    # 字号 and 收藏 say "one web article", but each record's page and column line opens a record;
    # the list's teaser cut short over the first (…表示祝'...) is no headline.
    page = "\n".join(["报纸日期", "", "2001年8月15日某某日报第1版", "",
                      "字号+作者:某某日报 来源:某某日报 2001-08-15 19:00 评论 收藏本文", "",
                      "某某画家从艺七十五周年回顾展在京举行 某某表示祝'...", "",
                      "第1版(要闻)", "专栏:", "", "某某画家从艺七十五周年回顾展在京举行", " 某某表示祝贺",
                      "  新华社北京八月十四日电(记者张某)我国当代著名画家某某从艺七十五周年回顾展今天在北京举行。",
                      "  本次为期九天的展览由中国美术家协会等单位共同主办。", "", "",
                      "第1版(要闻)", "专栏:新闻摄影比赛", "", "不忘历史警钟长鸣",
                      "  8月14日下午,某部官兵在纪念馆举行了主题教育活动。图为战士们在纪念碑前。(张某摄)"])
    arts = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert [a.title for a in arts] == ["某某画家从艺七十五周年回顾展在京举行", "不忘历史警钟长鸣"]
    assert arts[0].subtitle == "某某表示祝贺" and arts[0].lines == [12, 15]


def test_an_archives_record_whose_labels_end_in_an_equals_sign_gives_its_fields():
    page = "\n".join(["返回概览 <<上一记录 下一记录>> 打印预览 下载记录", "", "【日期】= 1990.03.18", "【期号】= 212",
                      "【标题】= 下镇乡里刮春风", "【版次】= 01", "【版名】=", "【作者】= 刘元琴", "【正文】=", "",
                      "    春风拂面，暖意融融。3月15日上午，乡党委会议室里正在进行一场现场办公会。",
                      "    乡党委、政府决心带领全乡群众艰苦创业，尽快脱贫致富。", "",
                      "返回概览 <<上一记录 下一记录>> 打印预览 下载记录"])
    [a] = real(parse_text(page))
    assert a.title == "下镇乡里刮春风" and a.byline == ["刘元琴"] and a.date == "1990-03-18"
    assert a.body.startswith("春风拂面")


def test_an_old_papers_three_line_headline_reads_kicker_title_subtitle():
    # An archive's page of one paper's records, each under its page label: the second's
    # headline is set in three lines, none wrapped.
    page = "\n".join(["1957年7月20日某某日报 第3版", "", "第3版()", "专栏:", "", "某某平原发现新煤田",
                      "本报合肥18日电 在辽阔的平原上，勘探队员又发现了跨越三县、面积达一百五十平方公里的大煤田。",
                      "这块煤田与不久前发现的煤田仅隔二十公里。初步估计，这块煤田的总储量大约有十九亿吨左右。",
                      "", "", "第3版()", "专栏:", "",
                      "铺钢轨 敷路面 建设者昼夜奔忙", "长江大桥将在九月建成", "铁桥和跨线桥开始铺设复线",
                      "本报讯 据某某日报消息：大桥的建设者正在紧张地进行收尾工程，全桥竣工前的检查验收工作，也已开始筹备。",
                      "现在，横跨两岸的钢铁长虹，它的位置已全部在桥墩上固定下来；钢梁铆合工作已基本结束。"])
    arts = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert [(a.kicker, a.title, a.subtitle) for a in arts] == [
        ("", "某某平原发现新煤田", ""), ("铺钢轨 敷路面 建设者昼夜奔忙", "长江大桥将在九月建成", "铁桥和跨线桥开始铺设复线")]


def test_a_dashed_subtitle_under_a_web_headlines_date_line_is_the_subtitle():
    page = "\n".join(["社会广角", "当前位置: > 阅览室 > 社会广角 >", "", "县委书记的一天(人民观察)", "",
                      "发表日期:2011-02-12 点击", "", "               ——走近县委书记(上)", "", " ",
                      "记者  汪某某  曲某某        来源:某某网", "", "  编者按：全省有100多个县（市、区），也就有100多位县委书记。" + BODY])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "县委书记的一天(人民观察)" and a.subtitle == "——走近县委书记(上)"
    assert "走近" not in a.body


def test_a_digest_item_numbered_next_heads_its_item_however_the_model_read_it():
    from generator.segment.rules.briefs import numbered_items
    texts = ["2、理性看待今年以来的县域经济运行（县委书记谈）", "今年以来，我县经济运行总体平稳。", "[2019-10-23]", "",
             "3、县纪委监委通报前三季度全县纪检监察工作开展情况", "",
             "本报讯  （记者王某）10月27日，县纪委监委通报了前三季度全县纪检监察机关监督检查工作情况。"]
    model = ["T>", "B", "D<", None, "B", None, "I"]          # the numbered line read as a body
    assert numbered_items(texts, model)[4:] == ["T>", None, "B"]
    # A numbered point inside a text, its number not next after a headline's, stays as read.
    model = ["T>", "B", "D<", None, "B", None, "I"]
    texts[4] = "5、加强组织领导"
    assert numbered_items(texts, model)[4] == "B"


def test_a_box_name_under_a_headlines_date_line_opens_its_text():
    from generator.segment.rules.web import under_own_stamp
    texts = ["陈某指出，要下功夫建设一支敢于担当、作风过硬的干部队伍。", "", "升级换代不止步（县域企业转型进行时）", "2019-02-25", "",
             "开栏的话", "“县里会一直支持企业发展”，企业家们心里有了底，安心搞生产。"]
    model = ["I", None, "H", "D<", None, "T>", "B"]           # the headline and its date read as the body's
    assert under_own_stamp(texts, model) == ["I", None, "T>", "D>", None, "B", "I"]
    # A listing's next entry, a headline of its own under an entry's date over its body, stays one.
    texts[5] = "县政协开展重点提案督办活动"
    assert under_own_stamp(texts, model)[5] == "T>"


def test_a_digest_with_its_contents_over_its_items_keeps_each_items_headline():
    # An account's morning digest: its header (date, lunar date, weather), its list of
    # contents, then each item's headline again over its body, under section names in brackets.
    page = "\n".join([
        "2021年5月10日 星期一",
        "农历三月廿九",
        "天气:今天,多云,气温16~25℃;明天,小雨,15~22℃。",
        "【导读】",
        "★县里启动春季植树活动 全年新增绿地两千亩",
        "★南关小学开展防溺水安全教育",
        "★河口镇农民专业合作社喜获丰收",
        "【今日头条】",
        "★县里启动春季植树活动 全年新增绿地两千亩",
        "8日，全县春季植树活动在城东湿地公园启动，干部群众千余人参加义务植树。" + BODY + "（李华）",
        "【城乡动态】",
        "★南关小学开展防溺水安全教育",
        "近日，南关小学邀请消防救援人员走进校园，为师生讲解防溺水知识。" + BODY + "（王芳）",
        "★河口镇农民专业合作社喜获丰收",
        "眼下，河口镇农民专业合作社的大棚蔬菜迎来采收期，日均销售蔬菜三吨。" + BODY + "（赵强）",
    ])
    news = [a for a in parse_text(page, date="") if a.kind != "residue"]
    assert [a.title for a in news] == ["县里启动春季植树活动 全年新增绿地两千亩", "南关小学开展防溺水安全教育",
                                      "河口镇农民专业合作社喜获丰收"]
    assert news[1].kicker == "城乡动态"
    assert news[2].body.startswith("眼下，河口镇")           # signed (王芳): the item above is finished
    assert all(a.date == "2021-05-10" for a in news)


def test_a_record_saved_as_a_tables_rows_reads_its_title_from_the_title_row():
    # A site's table copied as text: each field a row, its cells parted by bars (标题 | … |).
    page = ("标题 | 我有一本县志 |\n"
            "正文 | 我有一本县志 文/魏某某 每当我和弟兄们闲谈时，我对本县的地理传说和民间故事说得头头是道。"
            "其实我心里明白，其中的秘密就是我有一本县志。 |\n")
    [a] = real(parse_text(page))
    assert a.title == "我有一本县志"
    assert "其中的秘密就是我有一本县志" in a.body and "标题" not in a.body


def test_a_journal_databases_record_names_its_writer_under_the_title():
    page = ("一方热土的当家人\n骆某某 ; 三角洲 2022 年 09 期\n"
            "<正>新闻是写出来的，也是跑出来的。在调至基层司法部门工作之前，我一直在媒体跑新闻，"
            "在南方滨海湾一个充满活力的小镇上跑了十多年。(本文共计 1 页)\n")
    [a] = real(parse_text(page))
    assert a.title == "一方热土的当家人" and a.byline == ["骆某某"]     # not the journal's name


def test_an_old_documents_record_reads_its_title_writers_and_month():
    page = "\n".join(["文章全文:", "", "某县某公社开展春耕生产情况的报告", "(某省委调查组)", "1961.07.00", "", "",
                      "七月，我们在某县某公社进行了调查。" + BODY, "", "(一)", "", BODY])
    [a] = [a for a in parse_text(page, date="") if a.kind != "residue"]
    assert a.title == "某县某公社开展春耕生产情况的报告"
    assert a.date == "1961-07" and a.body.startswith("七月，我们在")


def test_an_old_papers_record_on_a_forum_keeps_its_headlines_second_line_and_drops_the_forums_bars():
    page = "\n".join([
        "• 63阅读", "  • 0回复", "",
        "我国人口最多的某省 今春将基本实现农业合作化 [复制链接]", "",
        "上一主题 下一主题", "离线admin", "", "只看楼主 倒序阅读 0 发表于: 1956-01-06", "第1版()", "专栏:", "",
        "我国人口最多的某省", "今春将基本实现农业合作化", BODY,
        "截至1955年12月25日，全省农业生产合作社已经由秋季的5.7万多个发展到16万多个。（本报驻某地记者）",
        "快速回复", "限200 字节", "", "上一个 下一个"])
    [a] = [x for x in parse_text(page) if x.kind != "residue"]
    assert (a.title, a.subtitle) == ("我国人口最多的某省", "今春将基本实现农业合作化")
    assert a.lines == [13, 16] and a.date == "1956-01-06" and not a.credit


def test_an_old_papers_headlines_last_line_over_its_dispatch_is_its_subtitle_not_the_body():
    # As above, as the archive prints it (ASCII commas), the third line long enough for the
    # model to read it as the body's first.
    page = "\n".join(["1957年7月20日某某日报 第3版", "", "第3版()", "专栏:", "", "某某平原发现新煤田",
                      "本报合肥18日电 在辽阔的平原上,勘探队员又发现了跨越三县、面积达一百五十平方公里的大煤田。",
                      "这块煤田与不久前发现的煤田仅隔二十公里。初步估计,这块煤田的总储量大约有十九亿吨左右。",
                      "", "", "第3版()", "专栏:", "",
                      "铺钢轨 敷路面 建设者昼夜奔忙", "长江大桥将在九月建成", "汉水铁桥和解放大道跨线桥开始铺设复线",
                      "本报讯 据某某日报消息:长江大桥的建设者正在紧张地进行收尾工程,全桥竣工前的检查验收工作,也已开始筹备。",
                      "现在,横跨长江两岸的钢铁长虹,它的位置已全部在桥墩上固定下来;钢梁铆合工作已基本结束。"])
    a = [x for x in parse_text(page, home="", date="") if x.kind != "residue"][-1]
    assert (a.kicker, a.title, a.subtitle) == ("铺钢轨 敷路面 建设者昼夜奔忙", "长江大桥将在九月建成",
                                               "汉水铁桥和解放大道跨线桥开始铺设复线")
    assert a.body.startswith("本报讯")


def test_a_bulletin_that_numbers_its_reports_gives_one_article_a_report():
    items = ["1.近日,某某县委常委赵某深入某某镇,就秋季森林防火、安全生产等工作进行督导检查,要求强化责任落实。",
             "2.近日,某某县城综合市场升级改造工程全面完成,群众的“菜篮子”拎出了满满幸福感。",
             "3.9月23日,某某县新阶联开展“魅力金秋 欢度国庆”活动,载歌载舞庆祝新中国成立75周年。"]
    page = "\n\n".join(["某某融媒▪晨光新闻速递(2024.9.26)", "时间:2024-09-25 来源:某某广播电视台", "县域新闻:"] + items) + "\n"
    news = [a for a in parse_text(page) if a.kind != "residue"]
    assert [a.body for a in news] == [t.replace(" ", "") for t in items]
    # A numbered list inside a report opens on its points, not on dates: it stays one article.
    points = ["1.加强组织领导,压实各方责任,确保各项任务落实到人、到岗、到位。",
              "2.强化宣传引导,营造全社会共同参与的良好氛围,形成工作合力。",
              "3.严格督查考核,对工作不力的单位和个人严肃追责问责。"]
    page = "\n\n".join(["某某县召开秋季森林防火工作会议", "9月25日,某某县召开秋季森林防火工作会议。会议要求:"] + points) + "\n"
    assert len([a for a in parse_text(page) if a.kind != "residue"]) == 1


def test_a_librarys_record_of_an_extract_takes_its_title_from_the_field_and_its_labels_are_furniture():
    page = "\n".join(["「某某」新中国的一个集体农庄", "", "知识类型: 析出资源", "查看原文", "内容出处: 《某某日报》 报纸",
                      "唯一号: 110020020230010400", "颗粒名称: 「某某」新中国的一个集体农庄", "分类号: F329;K291.64",
                      "摘要: 1952年6月12日某某报登载的关于一个集体农庄的文章,记述了它的诞生。", "关键词: 集体农庄 东北地区", "", "内容", "",
                      "   出某市,沿江南岸东行四十里,就看到一座新村庄。村前密排着新植的松树、白杨,恰似篱笆。",
                      "   这个集体农庄,是去年春天诞生的,现在刚满周岁不几天,已显著地发挥了集体农庄的优越性。"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "「某某」新中国的一个集体农庄"
    assert a.body.startswith("出某市") and a.credit == []       # (the record's fields are furniture, codes and all)


def test_an_old_papers_record_run_into_one_line_names_the_reporter_its_text_opens_on():
    page = "\n".join(["1995-06-09", "第 1 版", "1. 某市“菜篮子”工作纪实",
                      "第1版(要闻)专栏: 某市“菜篮子”工作纪实 本报记者龚某某 “三天不吃青,嘴里冒火星。”这是某市人的俚语。近两年来,某市不断探索新的管理办法,市场上菜鱼肉蛋数量充足。"])
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "某市“菜篮子”工作纪实" and a.byline == ["龚某某"]
    # (…but a text that opens on what the reporter learnt names nobody)
    page = page.replace("本报记者龚某某 “三天不吃青,嘴里冒火星。”这是某市人的俚语。", "记者从市里获悉 今年某市不断探索新的管理办法。")
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.byline == []


def test_a_journal_databases_mark_of_the_text_is_cut_from_its_first_line():
    page = ("一方热土的当家人\n某某 ; 某某杂志 2022 年 09 期\n"
            "<正>新闻是写出来的，也是跑出来的。所以说，记者一直在路上。在调至基层工作之前，我一直在媒体跑新闻，"
            "在一个充满活力的小镇上跑了十多年，与这方热土上形形色色的人熟悉起来。(本文共计 1 页)\n")
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "一方热土的当家人" and a.body.startswith("新闻是写出来的")


def test_a_records_body_label_on_the_texts_first_line_is_cut_like_its_headlines():
    page = ("【标题】某县社员大搞农田基本建设\n【作者】新华社记者\n【日期】1975-12-08\n【版次】第2版\n"
            "【正文】新华社福州十二月七日电  福建省某县广大社员，在县委领导下，掀起农田基本建设高潮。全县已有三万多名社员奔赴工地。\n"
            "邻近各县也开展了同样的运动。\n")
    [a] = [x for x in parse_text(page, home="", date="") if x.kind != "residue"]
    assert a.title == "某县社员大搞农田基本建设" and a.date == "1975-12-08"
    assert a.body.startswith("新华社福州十二月七日电")



def test_three_head_lines_apart_the_last_on_a_dash_are_kicker_title_and_subtitle():
    # A page of one paragraph a line: a short line leads into the headline under it, and a
    # subtitle opens on a dash.  Read headline first, the headline proper was left as a deck.
    page = "\n".join([
        "就结对帮扶10周年", "", "某某县同某某县互致贺信共话协作", "", "——两县将在产业和教育领域深化合作", "",
        "本报讯 11月5日，某某县委、县政府致信某某县委、县政府，祝贺两县结对帮扶10周年。贺信说，十年来两县"
        "携手推进产业、教育、医疗等领域合作，一批项目落地见效，群众得到了实实在在的好处。", "",
        "某某县委、县政府在回信中表示，愿同某某县一道，把协作的好做法坚持下去，在乡村振兴中续写两县情谊。", "",
        "据了解，两县今年还将共建农产品加工园区，并互派50名教师和医生交流挂职，推动优质资源共享，让更多群众受益。"])
    [a] = [x for x in parse_text(page, home="四川省", date="2023-11") if x.kind != "residue"]
    assert (a.kicker, a.title, a.subtitle) == ("就结对帮扶10周年", "某某县同某某县互致贺信共话协作",
                                               "——两县将在产业和教育领域深化合作")
    assert a.body.startswith("本报讯")
