"""Placing head groups (assemble.place_heads): which body each headline heads."""
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
    first = titled(1, "县里召开春耕生产会议", "本报讯 县委、县政府日前召开春耕生产会议。")
    section = titled(3, "抓好农资储备", "会议要求，各乡镇要抓好种子、化肥等农资储备。")
    column = titled(5, "把黑土地守护好发展好（人民时评）", "保护好黑土地，是粮食安全的根本。")
    parts = [first, section, column]
    sections_back(parts)
    assert parts == [first, column] and "抓好农资储备" in first.text
