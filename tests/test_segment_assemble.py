"""Assembling a tagged page: head groups (units_of), which body each headline heads (place_heads), sections (sections_back)."""
from collections import Counter

from generator.records import Line
from generator.segment import match
from generator.segment.assemble import Orphan, Part, place_heads


def body(no: int, text: str) -> Part:
    return Part(body=[Line(no, text)])


def head(no: int, text: str, way: str) -> Orphan:
    return Orphan([("T", Line(no, text))], Counter({way: 1}))


def test_a_page_that_opens_on_a_body_and_closes_on_a_headline_prints_its_headlines_after_their_bodies():
    # The middle headline shares no word with either body and the tagger points it forward;
    # the page's frame (a body first, a headline last) says it closes the body before it.
    first, second = body(1, "县里召开春耕生产会议，部署全年粮食生产。"), body(5, "县政协组织委员视察乡村道路建设。")
    middle, last = head(3, "春风化雨润物无声", ">"), head(7, "山高水长日新月异", "<")
    units = [first, middle, second, last]
    parts = [first, second]
    left = place_heads(units, parts, match.Scorer([p.text for p in parts]))
    assert left == []
    assert middle.holder is first and last.holder is second


def test_a_headline_that_says_nothing_of_the_body_beside_it_is_left_for_the_body_it_fills():
    # Headlines set after their bodies and one before its body, on one page: the last
    # headline stands after the forum's report, which shares a word or two with it (强调, 全面),
    # but names the debt clearing of the first body.
    debts = body(1, "副省长某某出席清理拖欠中小企业账款工作会议。某某强调，确保年内清欠工作全面完成。")
    forum = body(7, "第三届某某—某某岛国经贸合作论坛在某地开幕。论坛强调，全面深化合作。")
    forum_head = head(5, "第三届某某—某某岛国经贸合作论坛开幕", ">")
    debts_head = head(9, "某某强调确保年内清欠工作全面完成", "<")
    units = [debts, forum_head, forum, debts_head]
    parts = [debts, forum]
    left = place_heads(units, parts, match.Scorer([p.text for p in parts]))
    assert forum_head.holder is forum
    assert left == [debts_head]


def test_a_headline_pointing_forward_heads_the_next_body_on_an_unframed_page():
    first, second = body(3, "县里召开春耕生产会议，部署全年粮食生产。"), body(7, "县政协组织委员视察乡村道路建设。")
    top, middle = head(1, "县里召开春耕生产会议", ">"), head(5, "春风化雨润物无声", ">")
    units = [top, first, middle, second]
    place_heads(units, [first, second], match.Scorer([first.text, second.text]))
    assert top.holder is first and middle.holder is second


def test_a_headline_closed_by_a_column_name_heads_an_article_not_a_section():
    from generator.segment.assemble import sections_back

    def titled(no, title, text):
        p = body(no + 1, text)
        p.take("T", Line(no, title))
        return p

    # On a page whose articles open with datelines, a lone headline over an unmarked body is
    # read as a section of the article above, unless a column's name closes it.
    first = titled(1, "县里召开春耕生产会议", "本报讯 县委、县政府日前召开春耕生产会议，部署春耕农资供应。")
    section = titled(3, "抓好农资储备", "会议要求，各乡镇要抓好春耕种子、化肥等农资储备，保障春耕农资供应。")
    column = titled(5, "把黑土地守护好利用好（乡土时评）", "保护好黑土地，是粮食安全的根本。")
    parts = [first, section, column]
    sections_back(parts, match.Scorer([p.text for p in parts]))
    assert parts == [first, column] and "抓好农资储备" in first.text


def titled(no: int, title: str, text: str) -> Part:
    p = body(no + 1, text)
    p.take("T", Line(no, title))
    return p


SPRING = ("本报讯 县委、县政府日前召开春耕生产会议，部署全县春耕农资供应和粮食生产。"
          "会议指出，今年全县粮食播种面积要稳定在四十万亩以上，春耕农资储备要早于往年。"
          "各乡镇要组织农技人员下村入户，指导农户选种备肥，做好春耕农机检修。"
          "县农业农村局要加强春耕农资市场检查，严打假种子、假化肥，保障春耕农资供应。"
          "会议还部署了春耕期间的水利设施维修、田间道路整治和农田防火工作，"
          "要求各乡镇主要负责人深入田间地头，协调解决春耕生产中的实际困难。"
          "会后，县领导分赴各乡镇督导春耕生产，察看春耕农资门市和育秧大棚，"
          "询问种子化肥价格和供应情况，叮嘱农资经营户守法诚信经营，确保农户买得到、买得起、用得好。"
          "据了解，全县已储备春耕化肥一点二万吨、种子八十万公斤，能够满足春耕生产需要。")


def test_a_lone_headline_over_a_body_about_other_things_heads_an_article_not_a_section():
    from generator.segment.assemble import sections_back

    # The section's body names what its article names (春耕, 农资); a travel piece set
    # straight under it names nothing of it, and stands on its own.
    first = titled(1, "县里召开春耕生产会议", SPRING)
    section = titled(3, "抓好农资储备", "会议要求，各乡镇要抓好春耕种子、化肥等农资储备，保障春耕农资供应。")
    essay = titled(5, "诗画某溪村", "想来，我与青山脚下的某溪村，只隔一场春雨。某溪村依傍溪水，古榕成荫。")
    parts = [first, section, essay]
    sections_back(parts, match.Scorer([p.text for p in parts]))
    assert parts == [first, essay] and "抓好农资储备" in first.text and "某溪村" not in first.text


def test_a_short_lead_keeps_its_sections_though_they_name_other_things():
    from generator.segment.assemble import sections_back

    # A lead of a few lines opens sections that need not share its words (the seeds' 乌海 page).
    lead = titled(1, "党旗在防控一线高高飘扬", "本报讯 疫情发生以来，全市各级党组织闻令而动，筑起坚强堡垒。")
    section = titled(3, "支部就是战斗堡垒", "社区党支部把网格划到楼栋，党员志愿者逐户登记返乡人员，送菜上门。")
    parts = [lead, section]
    sections_back(parts, match.Scorer([p.text for p in parts]))
    assert parts == [lead] and "送菜上门" in lead.text



def test_where_headlines_follow_their_bodies_a_line_between_two_sections_of_one_story_is_a_subhead():
    from generator.segment.assemble import sections_back

    def headed_after(first_no, text, title):
        p = body(first_no, text)
        p.take("T", Line(first_no + 1, title))
        return p

    # □ 本报记者 … / the story's first section / 抓好农资储备 / its second, unmarked, about the
    # same things / the headline: one article under the headline printed last.
    first = headed_after(2, SPRING, "抓好农资储备")
    first.take("Y", Line(1, "□ 本报记者 王某某"))
    second = headed_after(4, "会议要求，各乡镇要抓好春耕种子、化肥等农资储备，保障春耕农资供应。", "县里召开春耕生产会议")
    parts = [first, second]
    sections_back(parts, match.Scorer([p.text for p in parts]))
    assert parts == [second] and second.text.startswith("本报讯") and "抓好农资储备" in second.text
    assert [l.text for l in second.heads["Y"]] == ["□ 本报记者 王某某"] and second.subheads == {3}
    # A short first piece (a photo's caption, a brief) under its own headline stays apart.
    brief = headed_after(2, "本报讯 县里日前召开春耕生产会议，部署春耕农资供应。", "县里部署春耕")
    second = headed_after(4, "会议要求，各乡镇要抓好春耕种子、化肥等农资储备，保障春耕农资供应。", "抓好农资储备")
    parts = [brief, second]
    sections_back(parts, match.Scorer([p.text for p in parts]))
    assert parts == [brief, second]

BRIEFS = """本地简讯

■县里召开春耕生产动员会
本报讯 3月5日，县里召开春耕生产动员会，部署全年粮食生产任务。会议要求各乡镇抓好农资供应和农技服务，确保不误农时，全年粮食播种面积稳定在四十万亩以上。

■城南社区开展义诊活动
近日，城南社区卫生服务中心在社区广场开展义诊活动，为居民免费测量血压血糖，发放健康手册两百余份，并为行动不便的老人提供上门服务。

■县图书馆延长开放时间
自本月起，县图书馆周末开放时间延长至晚上九点，方便读者借阅。馆方还新增了自助借还设备和电子阅览座位，读者凭身份证即可办理借书证。
"""


def test_in_a_column_of_short_items_an_item_that_opens_with_no_dateline_is_still_its_own_article():
    from helpers import parse_text

    arts = [a for a in parse_text(BRIEFS, home="浙江省温州市", date="2019-03") if a.kind != "residue"]
    titles = [a.title for a in arts]
    assert titles == ["县里召开春耕生产动员会", "城南社区开展义诊活动", "县图书馆延长开放时间"], titles
    assert "义诊" not in arts[0].body


def test_a_subtitle_wrapped_onto_a_short_line_stays_with_its_headline():
    # The tagger read the subtitle's last line (29.36万字) as a headline of its own; both
    # point at the body under them, and two head groups cannot head one body.
    from generator.segment.assemble import head_order, units_of

    texts = ["“家乡的变化”主题展览现", "场参观总量136万余人次", "——观众留言1", "29.36万字",
             "  新华社某地2月8日电 （记者", "某某某）记者8日获悉：大年初二"]
    lines = [Line(n, t) for n, t in enumerate(texts, 1)]
    labels = head_order(lines, ["T>", "S>", "S>", "T>", "B", "I"])
    units, _ = units_of(lines, labels, width=14)
    assert len(units) == 2 and isinstance(units[0], Orphan) and isinstance(units[1], Part)
    assert [role for role, _ in units[0].lines] == ["T", "S", "S", "S"]


def test_a_body_is_cut_for_another_headline_only_where_a_paragraph_visibly_opens():
    # Two reports set back to back under one headline: the other report's headline
    # takes the second, which opens on an indented line.  A wrapped line that merely
    # ends at a full stop is no place to cut.
    from generator.segment.assemble import best_cut

    first = ["  县里召开春耕生产动员会，部署全", "年春耕生产任务。会议要求春耕生产", "各项准备工作抓早抓实。",
             "春耕生产动员会还对农资供应作出安排，", "春耕生产用种用肥有保障。"] * 3
    second = ["城南社区开展义诊活动，义诊活动为", "社区居民免费测量血压血糖，义诊活动", "持续一整天。",
              "义诊活动还发放健康手册两百余份，", "社区居民对义诊活动很满意。"] * 3
    def part(second_opens: str) -> Part:
        lines = [Line(n, t) for n, t in enumerate(first, 2)]
        lines += [Line(len(first) + 2 + n, (second_opens if n == 0 else "") + t) for n, t in enumerate(second)]
        return Part(heads={"T": [Line(1, "县里召开春耕生产动员会")]}, body=lines)
    other = Orphan([("T", Line(20, "城南社区开展义诊活动"))], Counter({"<": 1}))

    indented = part("  ")
    scorer = match.Scorer([indented.text])
    k, gain = best_cut(scorer, indented, other, o_after=True)
    assert k == len(first) and gain > 0
    flush = part("")
    assert best_cut(match.Scorer([flush.text]), flush, other, o_after=True) == (None, 0.0)


def test_a_body_is_never_cut_before_the_note_of_where_its_text_came_from():
    # （摘编自…《某某报》…）: the text above was taken from a paper; the next text opens under it.
    from generator.segment.assemble import best_cut

    first = ["  县里召开春耕生产动员会，部署全", "年春耕生产任务。会议要求春耕生产", "各项准备工作抓早抓实。",
             "春耕生产动员会还对农资供应作出安排，", "春耕生产用种用肥有保障。"] * 3
    note = ["  （摘编自2月20日《某某日报》，原题", "为《春耕生产早安排》）"]
    second = ["  城南社区开展义诊活动，义诊活动为", "社区居民免费测量血压血糖，义诊活动", "持续一整天。",
              "义诊活动还发放健康手册两百余份，", "社区居民对义诊活动很满意。"] * 3
    lines = [Line(n, t) for n, t in enumerate(first + note + second, 2)]
    p = Part(heads={"T": [Line(1, "县里召开春耕生产动员会")]}, body=lines)
    other = Orphan([("T", Line(40, "城南社区开展义诊活动"))], Counter({"<": 1}))
    k, gain = best_cut(match.Scorer([p.text]), p, other, o_after=True)
    assert k == len(first) + len(note) and gain > 0


# A report under its own headline, and the other bodies of its page (for the words' weights).
SPRING_MEETING = ["  县里召开春耕生产动员会，部署全", "年春耕生产任务。会议要求春耕生产", "各项准备工作抓早抓实。"] * 3
OTHER_BODIES = ["城北街道组织志愿者清扫积雪。", "全县中小学开学第一课聚焦安全。", "县医院开展健康讲座。"]


def spring_meeting_then(second_half: list[str]) -> Part:
    """The spring-ploughing report under its headline, with second_half's lines under it."""
    lines = [Line(n, t) for n, t in enumerate(SPRING_MEETING + second_half, 2)]
    return Part(heads={"T": [Line(1, "县里召开春耕生产动员会")]}, body=lines)


def test_a_body_is_cut_for_another_headline_only_where_that_headline_s_words_stand():
    # The own headline's words fill the first half of a commentary and thin out in its
    # second; the column's name that stands after it (医学资讯) is named nowhere in
    # that second half: no cut, whatever the first half's words say.
    from generator.segment.assemble import best_cut

    rest = ["  当然，好的改革要靠大家一起推动，", "让群众得实惠，让干部受鼓舞，这是", "检验工作成效的标准。"] * 3
    p = spring_meeting_then(rest)
    column = Orphan([("T", Line(20, "医学资讯"))], Counter({"<": 1}))
    assert best_cut(match.Scorer([p.text, *OTHER_BODIES]), p, column, o_after=True) == (None, 0.0)
    # Where the second half does name it, the cut is made there.
    named = rest[:]
    named[0] = "  医学资讯：城南社区开展义诊活动，"
    p = spring_meeting_then(named)
    k, gain = best_cut(match.Scorer([p.text, *OTHER_BODIES]), p, column, o_after=True)
    assert k == len(SPRING_MEETING) and gain > 0


def test_a_body_is_not_cut_where_the_text_goes_on_saying_the_same_things():
    # The second half of one report names the other headline's words (城南社区, 义诊) but
    # goes on with its own (春耕生产动员会): one text, whose paragraphs share their words
    # across the break, so no cut; two texts set one under the other share next to none.
    from generator.segment.assemble import best_cut, cohesion_across

    p = spring_meeting_then(["  会上，城南社区介绍了义诊活动经", "验，义诊活动让春耕生产一线的农民",
                             "受益。春耕生产动员会要求推广。"] * 3)
    clinic = Orphan([("T", Line(30, "城南社区开展义诊活动"))], Counter({"<": 1}))
    scorer = match.Scorer([p.text, *OTHER_BODIES])
    assert cohesion_across(scorer, p.body, len(SPRING_MEETING)) > 0.2
    assert best_cut(scorer, p, clinic, o_after=True) == (None, 0.0)


def test_a_page_of_database_records_is_told_by_its_title_labels_not_by_any_label():
    # (its records are never folded back into one another as sections: sections_back)
    from generator.segment.lines import profile

    assert profile(["【标 题】火树银花 旺福新年", "【日 期】二〇一九年二月八日", "【正 文】", "打铁花是一种焰火。"]).records
    assert profile(["标题：县里召开春耕生产动员会", "日期：2019-03-05", "本报讯 县里召开会议。"]).records
    # a web page's source and time labels are no record's
    assert not profile(["来源：徐州市新闻网 发布时间：2019-02-14 16:37:48", "作者：张三", "县里召开会议。"]).records


def test_a_headline_standing_apart_takes_an_untitled_body_that_fits_it_rather_than_cut_a_titled_one():
    from generator.segment.assemble import claim

    # The first report quotes the second's subject at length in its last paragraphs; the
    # second report, untitled, is about it too.  Taking the untitled body is safer than
    # cutting a titled body in two.
    first = Part(body=[Line(2, "本报讯 县里召开春耕生产会议，部署全年春耕生产。"), Line(3, "会议要求抓好春耕农资储备。"),
                       Line(5, "　　会上，县图书馆通报延长开放时间，县图书馆周末开放至晚上九点。"),
                       Line(6, "县图书馆还新增自助借还设备，县图书馆读者可凭身份证办证。")])
    first.take("T", Line(1, "县里召开春耕生产会议"))
    second = body(8, "本报讯 自本月起，县图书馆延长开放时间，方便读者借阅。")
    orphan = head(10, "县图书馆延长开放时间", "~")
    units, parts = [first, second, orphan], [first, second]
    others = ["市里举办迎春灯会。", "高速公路春运车流平稳。", "城南社区开展义诊活动。", "全市中小学开学。",
              "县医院新设儿科门诊。", "乡村道路完成改造。"]          # the page's other bodies: what is rare on it
    placed = claim(units, parts, [orphan], match.Scorer([p.text for p in parts] + others))
    assert placed == {id(orphan)} and orphan.holder is second
    assert parts == [first, second] and len(first.body) == 4


def test_two_dispatches_under_one_headline_set_after_them_are_one_article():
    # A page that prints its headlines after their bodies: the first dispatch has no head of
    # its own, the second is followed by the headline of both; both tell the same talks.
    from generator.segment.assemble import untitled_joins
    first = body(1, "新华社北京3月2日电 两国经贸磋商代表团在京举行新一轮经贸磋商，双方就贸易平衡问题深入交换意见。")
    second = body(9, "新华社北京3月2日电 国务院副总理会见来京参加经贸磋商的代表团，双方表示将继续推进经贸磋商。")
    second.take("T", Line(15, "新一轮经贸磋商在京举行"))
    other = body(17, "本报讯 县里召开春耕生产会议，部署全年粮食生产和农田水利建设。")
    other.take("T", Line(21, "春耕生产会议召开"))
    parts = [first, second, other]
    untitled_joins(parts, match.Scorer([p.text for p in parts]))
    assert parts == [second, other] and second.body[0].no == 1 and len(second.body) == 2


def test_a_credit_closing_the_rest_of_a_story_does_not_make_it_an_article_of_its_own():
    # 统筹：某某某 under the second half of a report whose headline stands over its first
    # half: a credit printed after a body heads nothing; the halves join, the credit kept.
    from generator.segment.assemble import untitled_joins
    first = body(2, "本报讯 某省高级人民法院发布一批典型案例，依法保护中小企业合法权益，督促地方政府守信践诺。")
    first.take("T", Line(1, "守信践诺 护航企业发展"))
    rest = body(5, "地方政府对企业作出的承诺应依法兑现，法院将依法保护中小企业合法权益。")
    rest.take("Y", Line(6, "统筹：某某某"))
    other = body(9, "本报讯 县里召开春耕生产会议，部署全年粮食生产和农田水利建设。")
    other.take("T", Line(8, "春耕生产会议召开"))
    parts = [first, rest, other]
    untitled_joins(parts, match.Scorer([p.text for p in parts]))
    assert parts == [first, other] and [l.no for l in first.body] == [2, 5]
    assert [l.text for l in first.heads["Y"]] == ["统筹：某某某"]
    # A photo's caption closed by its photographer's credit stays a photo of its own.
    report = body(2, "本报讯 首届进口博览会在上海举行，参展企业成交踊跃。")
    report.take("T", Line(1, "进口博览会成交踊跃"))
    photo = body(4, "首届进口博览会在上海举行，企业参展踊跃。图为博览会举办场地。")
    photo.take("Y", Line(5, "新华社记者  凡  军摄"))
    parts = [report, photo]
    untitled_joins(parts, match.Scorer([p.text for p in parts]))
    assert parts == [report, photo]


def test_an_untitled_body_about_something_else_stays_its_own_article():
    from generator.segment.assemble import untitled_joins
    photo = body(1, "图为游客在古镇灯会上观赏花灯。元宵节期间，古镇举办灯会，吸引众多游客。")
    report = body(5, "新华社北京3月2日电 两国经贸磋商代表团在京举行新一轮经贸磋商。")
    report.take("T", Line(9, "新一轮经贸磋商在京举行"))
    parts = [photo, report]
    untitled_joins(parts, match.Scorer([p.text for p in parts]))
    assert parts == [photo, report]


def test_a_dashed_subtitle_wrapped_onto_a_short_line_stays_a_subtitle_whichever_way_the_block_points():
    # The model read the subtitle's second line as a headline of its own, which then cut
    # the body under it in two to have a body.
    from generator.segment.assemble import head_order

    texts = ["为了乡亲们的美好梦想（守", "初心 担使命）", "——追记山区某镇某某", "村村委会原主任老张",
             "  “我愿意帮你们实现梦想。”"]
    lines = [Line(n, t) for n, t in enumerate(texts, 1)]
    assert head_order(lines, ["T<", "T<", "S<", "T>", "B"]) == ["T<", "T<", "S<", "S<", "B"]
    # A headline after a finished subtitle is the next article's.
    lines[2] = Line(3, "——追记山区某镇某某村（人物）")
    assert head_order(lines, ["T<", "T<", "S<", "T<", "B"])[3] == "T<"


def test_two_headlines_stacked_between_two_bodies_are_cut_where_their_words_part():
    from generator.segment.assemble import split_stacked_heads

    # The first headline closes the talks above it (printed after its body), the second
    # opens the forum's report below it: one head block, no blank line between them.
    talks = body(1, "县委书记李明会见省农科院专家组，希望专家组为全县种业振兴做出新贡献。专家组介绍了种业振兴的进展。")
    forum = body(9, "本报讯 全县民营企业座谈会昨日召开，县长王强出席座谈会并讲话。民营企业家代表在座谈会上发言。")
    block = Orphan([("K", Line(5, "李明会见省农科院专家组时希望")), ("T", Line(6, "为种业振兴做出新贡献")),
                    ("T", Line(7, "全县民营企业座谈会召开")), ("S", Line(8, "王强出席并讲话"))], Counter({"<": 4}))
    units = split_stacked_heads([talks, block, forum], match.Scorer([talks.text, forum.text]))
    above, below = units[1], units[2]
    assert [l.no for _, l in above.lines] == [5, 6] and above.way == "<"
    assert [l.no for _, l in below.lines] == [7, 8] and below.way == ">"


def test_a_kicker_title_and_subtitle_over_one_body_stay_one_headline():
    from generator.segment.assemble import split_stacked_heads

    talks = body(1, "县委书记李明会见省农科院专家组，希望专家组为全县种业振兴做出新贡献。")
    fair = body(9, "本报讯 首届乡村特产博览会昨日开幕，两百家企业参展，特产博览会将持续五天。")
    block = Orphan([("K", Line(5, "两百家企业参展")), ("T", Line(6, "首届乡村特产博览会开幕")),
                    ("S", Line(7, "博览会将持续五天"))], Counter({">": 4}))
    units = split_stacked_heads([talks, block, fair], match.Scorer([talks.text, fair.text]))
    assert units == [talks, block, fair]


def test_a_web_article_page_holds_one_article_its_other_headlines_are_its_sections():
    from generator.segment.assemble import joined_sections, one_web_article

    texts = ["当前位置：首页 > 新闻中心", "成色十足外贸稳", "发布日期：2019-02-28", "外需波动加大，县里外贸不减。",
             "出口产品结构持续优化", "一辆电动汽车驶入加油站。", "【打印本页】 【关闭窗口】"]
    labels = ["F", "T>", "D>", "B", "T>", "B", "F"]
    assert one_web_article(texts, labels)
    # a digest prints a date line an entry; a page with no article-page furniture may hold several
    assert not one_web_article(texts[:3] + ["发布日期：2019-02-27"] + texts[3:], labels[:3] + ["D>"] + labels[3:])
    assert not one_web_article(texts[:-1] + ["版权所有：县人民政府"], labels)
    lead, section = body(4, texts[3]), body(6, texts[5])
    lead.take("T", Line(2, texts[1]))
    section.take("T", Line(5, texts[4]))
    [one] = joined_sections([lead, section])
    assert [l.no for l in one.body] == [4, 5, 6] and one.subheads == {5}


def test_a_last_short_paragraph_set_apart_at_the_foot_of_the_page_ends_the_story_above():
    from generator.segment.assemble import untitled_joins
    story = body(3, "山口的风一年到头刮个不停。老站长说，今天夜里有大风。他笑着说，那您就等着瞧吧。")
    story.take("T", Line(1, "山口的加油站（遇见）"))
    last = body(9, "半夜，大风果然来了。风一阵紧似一阵，砂石乱飞……")
    parts = [story, last]
    untitled_joins(parts, match.Scorer([p.text for p in parts]))
    assert parts == [story] and story.body[-1].no == 9
    # A dispatch of its own at the foot of the page stays one.
    story, report = parts[0], body(12, "本报讯 县里召开春耕生产会议，部署农业生产。")
    parts = [story, report]
    untitled_joins(parts, match.Scorer([p.text for p in parts]))
    assert parts == [story, report]


def test_a_story_signed_off_by_its_dispatch_takes_no_section_after_it():
    from generator.segment.assemble import sections_back

    # The same subject, but the first story has closed with its dispatch's sign-off.
    first = titled(1, "县里召开春耕生产会议", SPRING)
    first.body.append(Line(3, "（本报某县3月5日电）"))
    second = titled(4, "抓好农资储备", "会议要求，各乡镇要抓好春耕种子、化肥等农资储备，保障春耕农资供应。")
    parts = [first, second]
    sections_back(parts, match.Scorer([p.text for p in parts]))
    assert parts == [first, second]


def test_a_headline_under_the_page_s_furniture_opens_an_article_not_a_section():
    from generator.segment.assemble import sections_back

    # A paper's database prints its page and column over each article (第8版() / 专栏:): the
    # headline under them heads an article of its own, short as the one above may be.
    def page():
        first = titled(5, "县里召开春耕生产会议", SPRING)
        second = titled(12, "抓好农资储备", "会议要求，各乡镇要抓好春耕种子、化肥等农资储备，保障春耕农资供应。")
        return first, second, [first, second]

    first, second, parts = page()
    sections_back(parts, match.Scorer([p.text for p in parts]), furniture={3, 4, 10, 11})
    assert parts == [first, second]
    first, second, parts = page()
    sections_back(parts, match.Scorer([p.text for p in parts]), furniture={3, 4})
    assert parts == [first] and "抓好农资储备" in first.text


def test_a_marked_subhead_over_a_section_joins_the_article_above():
    from generator.segment.assemble import sections_back

    # 各地举办敬老活动 / 本报记者 … / its lead / ■锣鼓声声，传承敬老美德 / a section:
    # the marked line on its own heads a section of the report above, not an item of its own.
    first = Part(heads={"T": [Line(1, "九九重阳 其乐融融")], "Y": [Line(2, "本报记者 某某")]},
                 body=[Line(3, "农历九月初九是重阳节。各地纷纷举办敬老、孝老活动。")])
    section = Part(body=[Line(4, "■锣鼓声声，传承敬老美德"),
                         Line(5, "在某省某市某区，通往某镇的路上人来车往，戏台下坐满了老人。")])
    parts = [first, section]
    sections_back(parts, match.Scorer([p.text for p in parts]))
    assert parts == [first] and 4 in first.subheads
    # A marked line that is a sentence opens an item of its own, as before.
    item = Part(body=[Line(4, "■某县举行敬老文艺汇演，老人们看得津津有味。"), Line(5, "各地敬老活动丰富多彩。")])
    parts = [first, item]
    sections_back(parts, match.Scorer([p.text for p in parts]))
    assert len(parts) == 2


def test_a_digest_item_closed_by_its_source_paper_takes_no_section_after_it():
    from generator.segment.assemble import sections_back

    first = titled(1, "县里召开春耕生产会议", SPRING + "会议要求各乡镇抓好农资储备。(某某日报)")
    second = titled(4, "春耕农资储备充足", "各乡镇抓好春耕种子、化肥等农资储备，保障春耕农资供应。")
    parts = [first, second]
    sections_back(parts, match.Scorer([p.text for p in parts]))
    assert parts == [first, second]



def test_a_factual_line_over_a_quotation_a_blank_line_apart_is_one_headline():
    """On a page of one paragraph a line a title after a title across a blank line is
    another headline, unless the first is a kicker: a phrase with a comma, or a factual
    line over a quotation that is the headline (its 引题)."""
    from generator.segment.assemble import units_of
    texts = ["县委召开常委会议研究部署冬季安全生产工作。", "", "我县首批有机茶叶出口欧盟", "", "“开放的市场是我们的机遇”",
             "", "本报记者 黄磊", "", "县农业农村局10月22日举行首批有机茶叶出口欧盟发布仪式。"]
    lines = [Line(no=k + 1, text=t) for k, t in enumerate(texts)]
    labels = ["B", None, "T~", None, "T>", None, "Y>", None, "B"]
    units, _ = units_of(lines, labels, width=0)
    heads = [[l.no for _, l in u.lines] for u in units if isinstance(u, Orphan)]
    assert heads == [[3, 5, 7]]
    # Two headlines that are no such pair stay two.
    texts[4] = "全县秋粮收购工作全面展开"
    units, _ = units_of([Line(no=k + 1, text=t) for k, t in enumerate(texts)], labels, width=0)
    assert [[l.no for _, l in u.lines] for u in units if isinstance(u, Orphan)] == [[3], [5, 7]]


def test_two_headlines_a_blank_line_apart_over_a_byline_are_a_kicker_and_its_title():
    # One paragraph a line: both point at the byline and body under them, so the first is the
    # kicker (whatever its punctuation), the second the title; over a date line they stay two
    # headlines (a digest's page title over its first entry's).
    from generator.segment.assemble import units_of

    texts = ["上期报道的会议于昨日闭幕。", "", "全县各界支持河道整治", "", "治水护水 守护家园", "", "□某某 某某", "",
             "“我家门前的小河又清了。”村民某某说。", "", "县里今年整治河道十二条。"]
    lines = [Line(i + 1, t) for i, t in enumerate(texts)]
    labels = ["B", None, "T>", None, "T>", None, "Y>", None, "B", None, "I"]
    units, _ = units_of(lines, labels)
    assert [type(u).__name__ for u in units] == ["Part", "Orphan", "Part"]
    assert [(r, l.text) for r, l in units[1].lines] == [("K", "全县各界支持河道整治"), ("T", "治水护水 守护家园"),
                                                          ("Y", "□某某 某某")]
    dated = labels[:6] + ["D>"] + labels[7:]
    units, _ = units_of([Line(l.no, "2019-10-31" if l.no == 7 else l.text) for l in lines], dated)
    assert [type(u).__name__ for u in units] == ["Part", "Orphan", "Orphan", "Part"]


def test_where_no_article_opens_with_a_mark_a_headline_between_two_halves_of_one_story_is_a_subhead():
    from generator.segment.assemble import sections_back

    # No body on the page opens with 本报讯 or a byline, so nothing but what the bodies say
    # tells a subhead from a headline: the second body names what the first names, again
    # and again (春耕, 农资, 化肥, 种子); the essay under the last headline names none of it.
    first = titled(1, "县里部署春耕生产", SPRING.removeprefix("本报讯 "))
    section = titled(3, "农资储备早于往年",
                     "全县春耕农资储备早于往年，各乡镇农资门市春耕化肥、种子货源充足，春耕农资供应有保障。"
                     "县农业农村局抽检春耕种子、化肥，严打假种子、假化肥。")
    essay = titled(5, "诗画某溪村", "想来，我与青山脚下的某溪村，只隔一场春雨。某溪村依傍溪水，古榕成荫。")
    parts = [first, section, essay]
    sections_back(parts, match.Scorer([p.text for p in parts]))
    assert parts == [first, essay] and "农资储备早于往年" in first.text and first.subheads == {3}
    # A column's headline over the same words stays an article of its own.
    first = titled(1, "县里部署春耕生产", SPRING.removeprefix("本报讯 "))
    column = titled(3, "农资储备要早（三农时评）", section.text)
    parts = [first, column]
    sections_back(parts, match.Scorer([p.text for p in parts]))
    assert parts == [first, column]


def test_a_headline_that_matched_no_article_inside_one_article_s_text_stays_in_it():
    from generator.segment.assemble import orphans_inside

    # 绿色出行 stands between two paragraphs of one article: a subhead of it, kept where it
    # stands rather than sent to residue out of the text.
    story = titled(1, "县城公交全面换新", "县里今年更换新能源公交车一百辆。")
    story.body += [Line(4, "新车投入运行后，市民出行更加便利。")]
    subhead = Orphan([("T", Line(3, "绿色出行 低碳生活"))])
    names = Orphan([("T", Line(3, "王某某 李某"))])
    assert orphans_inside([story], [names]) == set()
    assert orphans_inside([story], [subhead]) == {id(subhead)}
    assert [l.no for l in story.body] == [2, 3, 4]
    # One printed under the headline, over the text, is the headline's deck: its subtitle.
    story = body(4, "县里今年更换新能源公交车一百辆，新车投入运行后，市民出行更加便利。")
    story.take("T", Line(1, "县城公交全面换新"))
    story.body += [Line(5, "下一步，县里将新建公交站台三十座。")]
    deck = Orphan([("T", Line(2, "新能源公交车覆盖全部线路"))])
    box = Orphan([("T", Line(2, "【阅读提示】"))])
    assert orphans_inside([story], [box]) == set()
    assert orphans_inside([story], [deck]) == {id(deck)}
    assert [l.text for l in story.heads["S"]] == ["新能源公交车覆盖全部线路"]
    # Under the headline's byline, a label (开栏的话) is no deck.
    story = body(5, "县里今年更换新能源公交车一百辆，新车投入运行后，市民出行更加便利。")
    story.take("T", Line(1, "县城公交全面换新"))
    story.take("Y", Line(2, "王某某 李某"))
    story.body += [Line(6, "下一步，县里将新建公交站台三十座。")]
    label = Orphan([("T", Line(3, "开栏的话"))])
    assert orphans_inside([story], [label]) == set()
    # A byline so placed may sign another story run into this one: left to residue.
    signed = Orphan([("Y", Line(2, "本报记者 王某某"))])
    assert orphans_inside([story], [signed]) == set()


def test_a_block_of_headlines_after_their_bodies_heads_them_in_its_order():
    from generator.segment.assemble import block_in_order

    # Two untitled reports, their headlines set together at the page's foot in the reports'
    # order.  The second headline's words fill the first report (it too speaks of the
    # library's books going to the villages), more than the first headline's do; taken by
    # what they say alone, best fits first, it would head the first report.  The block's
    # order gives each its own.
    first = Part(body=[Line(1, "本报讯 县图书馆新馆昨日开放，县图书馆读者当天办证300余张。"),
                       Line(2, "县图书馆新馆藏书20万册，县图书馆还将开展送书进村活动。")])
    second = body(4, "本报讯 县图书馆流动服务车昨日开进某某村，送书进村2000册。")
    opening, books = head(6, "新馆开放", "~"), head(7, "县图书馆送书进村", "~")
    units, parts = [first, second, opening, books], [first, second]
    others = ["市里举办迎春灯会。", "高速公路春运车流平稳。", "城南社区开展义诊活动。", "全市中小学开学。"]
    scorer = match.Scorer([p.text for p in parts] + others)
    assert scorer.score(books.text, first.text) > max(scorer.score(books.text, second.text),
                                                      scorer.score(opening.text, first.text))
    assert block_in_order(units, parts, [opening, books], scorer) == {id(opening), id(books)}
    assert opening.holder is first and books.holder is second
