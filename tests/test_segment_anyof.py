"""Many patterns asked as one question give the answer one alternation of them gives."""
import re

from generator.extract.gazetteer import rules
from generator.segment.anyof import AnyOf, opened_by_characters, required_word, top_level_branches


def test_a_pattern_is_cut_at_its_own_bars_only():
    assert top_level_branches(r"a|b(c|d)|[|]x|\|y|^z") == ["a", "b(c|d)", "[|]x", r"\|y", "^z"]
    assert top_level_branches(r"[\]|]x|y") == [r"[\]|]x", "y"]          # an escaped ] keeps its class open


def test_a_class_or_group_that_opens_a_pattern_is_written_out_by_character():
    assert opened_by_characters("[大中小]号") == ["大号", "中号", "小号"]
    assert opened_by_characters("(?:投稿|联系)(?:信箱|邮箱)") == ["投稿(?:信箱|邮箱)", "联系(?:信箱|邮箱)"]
    assert opened_by_characters("首页") == ["首页"]
    # what cannot be so written is searched for as it is
    for pattern in [r"\d+人参与", "电?子邮箱", "[A-Z]版", "[^首]页", "(?:【[^】]*】)+", r"(?<!\w)\w+@"]:
        assert opened_by_characters(pattern) is None, pattern


def test_the_answer_is_the_one_alternations():
    patterns = [r"^\s*\d?\s*(?:上一[篇条页版期]|下一[篇条页版期])", "版权所有", "[Cc]opyright", r"技术支持\s*[:：]|^\s*技术支持",
                r"(?<![\w.-])[\w.-]+@[\w-]+(?:\.[\w-]+)+", r"\d+\s*人参与", "(?:投稿|联系)(?:信箱|邮箱)", "[大中小]\\s*[大中小]"]
    whole = re.compile("|".join(f"(?:{p})" for p in patterns))
    any_of = AnyOf(patterns)
    lines = ["上一篇：县政协召开会议", "  下一页", "本网版权所有", "copyright 2019", "技术支持：某公司", "非常感激中方提供的技术支持，让",
             "投稿邮箱：news@example.cn", "1234人参与", "联系信箱", "字号 大 中 小", "大中型企业", "县委召开常委会", "", "上一"]
    for line in lines:
        assert any_of.search(line) == (whole.search(line) is not None), line


def test_the_data_files_furniture_words_give_the_same_answers():
    r = rules("lines.yml")
    words = [w for v in r["furniture"].values() for w in v]
    whole = re.compile("|".join(f"(?:{w})" for w in words))
    any_of = AnyOf(words)
    assert any_of.slow is None          # every furniture word opens on a character: one fast pass
    for line in ["首页 > 新闻中心", "分享到：", "字体：大 中 小", "我县全面启动春耕备耕工作", "发布时间：2019-02-27", "»更多",
                 "Copyright © 2019", "县农业农村局组织技术人员深入田间地头。"]:
        assert any_of.search(line) == (whole.search(line) is not None), line


def test_a_slow_pattern_is_tried_only_on_a_line_holding_the_word_it_needs():
    assert required_word(r"\d+\s*人参与") == "人参与"
    assert required_word(r"(?<![\w-])[\w-]+\.s?html?\b") == "htm"           # s? and l? may be absent
    assert required_word(r"\d{4}年第") == "年第"                             # a count's digits are no text
    assert required_word(r"(?:【[^【】]{0,10}】\s*){3,}") == ""               # nothing outside its group
    assert required_word(r"(?i)abc") == ""                                   # a flag makes c stand for C too
    any_of = AnyOf([r"\d+\s*人参与", r"(?<![\w.-])[\w.-]+@[\w-]+(?:\.[\w-]+)+"])
    assert [w for w, _ in any_of.needing] == ["人参与", "@"] and any_of.slow is None
    assert any_of.search("1234 人参与") and any_of.search("信箱 a@b.cn") and not any_of.search("人参与活动")


def test_anchored_patterns_are_looked_up_by_the_lines_first_character_past_its_spaces():
    patterns = [r"^\s*分享到", r"^\s*(?:首页|网站首页)\s*>", "^[大中小]号", r"^\s*\d+版"]
    whole = re.compile("|".join(f"(?:{p})" for p in patterns))
    any_of = AnyOf(patterns)
    assert sorted(any_of.at_start.by_first) == ["中", "分", "大", "小", "网", "首"]
    for line in ["分享到：", "   分享到", "首页 > 新闻", "  网站首页>", "大号", " 大号", "3版", " 12版", "我要分享到", ""]:
        assert any_of.search(line) == (whole.search(line) is not None), line


def test_the_data_files_lines_that_are_furniture_by_themselves_give_the_same_answers():
    from generator.segment.lines import _words
    strong = _words()["strong"]
    assert strong.at_start.by_first and strong.needing        # both shortcuts are in use
    for line, furniture in [("分享到：", True), ("  上一篇：县政协召开会议", True), ("12345人参与", True),
                            ("投稿邮箱：news@example.cn", True), ("县委召开常委会议，研究部署", False),
                            ("首页 > 新闻中心 > 县域动态", True), ("我县全面启动春耕备耕工作", False)]:
        assert strong.search(line) == furniture, line
