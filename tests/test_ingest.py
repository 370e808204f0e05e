"""Reading pages: encodings, line ends, kinds, and files that are not pages."""
import codecs

import pytest

from generator.ingest import PageError, page_kind, plain_chinese, read_page
from generator.pipeline import parse_page

TEXT = "太原多措并举保障冬季供暖\n2023/11/8 10:05\n" + "太原市城乡管理局组织专业人员排查供热管网，确保群众温暖过冬。" * 15 + "\n"


@pytest.mark.parametrize("encoding,bom", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("gb18030", b""), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE), ("big5", b""),
])
def test_legacy_encodings_parse_like_their_utf8_twin(tmp_path, encoding, bom):
    text = TEXT
    if encoding == "big5":   # Big5 holds traditional characters only
        text = "臺中市舉辦冬季關懷活動\n2023/11/8 10:05\n" + "臺中市政府社會局結合志工團體，為獨居長者送上熱食與禦寒衣物。" * 15 + "\n"
    twin = tmp_path / "twin.txt"
    twin.write_text(text, encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_bytes(bom + text.encode(encoding))
    got, want = parse_page(read_page(page)), parse_page(read_page(twin))
    assert [a.body for a in got] == [a.body for a in want]
    assert [a.title for a in got] == [a.title for a in want]


def test_a_gb18030_page_the_detector_misses_is_read_as_gb18030(tmp_path):
    # A sports round-up whose scores are set with the ratio sign (3∶0): charset-normalizer
    # finds no encoding at all for it.  Big5 text must still come out as Big5.
    from charset_normalizer import from_bytes
    scores = "本报讯 17日，县运动会排球决赛在体育馆举行，城关队以3∶0战胜城南队，比分是25∶19、25∶17和25∶20。\n"
    data = ("第5版 体育 2019年2月18日\n\n" + scores * 4).encode("gb18030")
    assert from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16_le", "utf_16_be"]).best() is None
    page = tmp_path / "scores.txt"
    page.write_bytes(data)
    assert read_page(page).encoding == "gb18030"
    assert "城关队以3∶0战胜城南队" in read_page(page).lines[2].text
    big5 = tmp_path / "big5.txt"
    big5.write_bytes(("臺中市運動會排球決賽，城關隊以三比零戰勝城南隊。\n" * 4).encode("big5"))
    assert read_page(big5).lines[0].text.startswith("臺中市運動會")
    # Had the detector missed it too, Big5 read as GB18030 is kana and box drawing: not prose.
    assert plain_chinese(big5.read_bytes())[1] == "big5"


def test_a_short_gb18030_note_is_not_read_as_utf16(tmp_path):
    # A line or two is too little for the detector: it scores this one as UTF-16 (Hangul).
    note = tmp_path / "note.txt"
    note.write_bytes("本报讯 县里召开会议。\n".encode("gb18030"))
    page = read_page(note)
    assert (page.encoding, page.lines[0].text) == ("gb18030", "本报讯 县里召开会议。")
    # UTF-16 without its byte-order mark is still read as UTF-16: its line breaks carry NULs.
    twin = tmp_path / "utf16.txt"
    twin.write_bytes(("县里召开会议。\n" * 3).encode("utf-16-le"))
    assert read_page(twin).lines[0].text == "县里召开会议。"


def test_crlf_and_lf_give_the_same_lines(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(TEXT.encode())
    b.write_bytes(TEXT.replace("\n", "\r\n").encode())
    assert read_page(a).lines == read_page(b).lines


def test_empty_and_binary_files_are_reported_by_name(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n\n")
    with pytest.raises(PageError, match="empty.txt: empty"):
        read_page(empty)
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    with pytest.raises(PageError, match="photo.txt"):
        read_page(png)


def test_explicit_encoding_override_and_its_failure(tmp_path):
    p = tmp_path / "gbk.txt"
    p.write_bytes(TEXT.encode("gbk"))
    assert read_page(p, "gbk").lines[0].text == "太原多措并举保障冬季供暖"
    with pytest.raises(PageError, match="cannot decode as utf-8"):
        read_page(p, "utf-8")


def test_page_kind_comes_from_the_text():
    assert page_kind(["# 标题", "正文"]) == "markdown"
    assert page_kind(TEXT.splitlines()) == "web"
    assert page_kind(["一行短文字在这里换行"] * 20) == "ocr"
    assert page_kind(["很长的一段文字。" * 10] * 5) == "plain"


def test_utf16_without_bom_is_not_read_as_nul_riddled_utf8(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes(TEXT.encode("utf-16-le"))
    assert read_page(p).lines[0].text == "太原多措并举保障冬季供暖"


def test_nul_and_control_characters_are_dropped_from_text(tmp_path):
    p = tmp_path / "ctl.txt"
    p.write_bytes(TEXT.replace("确保", "确\x00保\x07", 1).encode("utf-8"))
    page = read_page(p)
    assert "\x00" not in "".join(l.text for l in page.lines) and "确保群众" in page.lines[2].text


def test_a_mirrors_readings_after_each_converted_character_are_dropped_but_a_texts_own_stay(tmp_path):
    # A mirror that converted a site's news prints a reading after characters it touched
    # (網(wǎng), 產(chǎn)): debris that splits every word.  A text's own reading aid for a rare
    # character, once on the page, is the text's.
    mirror = ("某某網(wǎng)訊 融媒”開(kāi)新篇。2月15日,某縣融媒體中心掛(guà)牌成立,"
              "省廣播電視局黨組書(shū)記、局長(cháng)某某參加了儀式。\n")
    p = tmp_path / "mirror.txt"
    p.write_text(mirror, encoding="utf-8")
    assert read_page(p).lines[0].text == ("某某網訊 融媒”開新篇。2月15日,某縣融媒體中心掛牌成立,"
                                          "省廣播電視局黨組書記、局長某某參加了儀式。")
    aid = "浉(shī)河区某街道开展志愿服务活动，居民踊跃参加。\n"
    q = tmp_path / "aid.txt"
    q.write_text(aid, encoding="utf-8")
    assert read_page(q).lines[0].text == aid.strip()


def test_huge_file_is_reported_without_being_read(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as f:            # 50 MB, sparse: nothing is held in memory
        f.seek(50 * 1024 * 1024)
        f.write(b"\n")
    with pytest.raises(PageError, match="huge.txt: 52 MB is too large"):
        read_page(p)


def test_one_line_of_200000_characters_parses(tmp_path):
    p = tmp_path / "long.txt"
    line = "银川市政协委员深入社区开展调研，了解群众需求。" * 8700
    p.write_text(line + "\n", encoding="utf-8")
    [a] = parse_page(read_page(p))
    assert len(a.body) == len(line) and a.regions[0]["name"] == "银川市"


def test_an_indent_lost_to_question_marks_is_spaces_again(tmp_path):
    p = tmp_path / "lost.txt"
    p.write_text("??? 会议听取了县政府的工作报告。\n为什么??不是缩进\n", encoding="utf-8")
    lines = [l.text for l in read_page(p).lines]
    assert lines == ["    会议听取了县政府的工作报告。", "为什么??不是缩进"]


def test_a_mirrors_toneless_readings_with_a_space_after_are_dropped_too(tmp_path):
    p = tmp_path / "toneless.txt"
    p.write_text("在社會(hui) 變遷中記錄百態,第十九個(ge) 記者節,鄉(xiang) 間地頭寫(xie) 就《縣委書(shu) 記的榜樣》。\n",
                 encoding="utf-8")
    assert read_page(p).lines[0].text == "在社會變遷中記錄百態,第十九個記者節,鄉間地頭寫就《縣委書記的榜樣》。"


def test_a_forums_hidden_anti_copy_scraps_are_cut_but_english_and_figures_stay(tmp_path):
    p = tmp_path / "forum.txt"
    p.write_text("某县为17个村头新闻站配发相机，让新闻素材迅速传播。 ! W\" a+ \\& |, n3 F# {# |* M+ f\n"
                 "该县还为从事新闻宣传工作满20年的通讯员颁发荣誉奖牌。\n"
                 "会上播放了 in the US it is a b c d 一段英文，数据 1 2 3 4 5 6 7 8 照录。\n", encoding="utf-8")
    lines = [l.text for l in read_page(p).lines]
    assert lines[0] == "某县为17个村头新闻站配发相机，让新闻素材迅速传播。"
    assert lines[2] == "会上播放了 in the US it is a b c d 一段英文，数据 1 2 3 4 5 6 7 8 照录。"


def test_a_table_border_after_a_finished_sentence_is_cut_but_a_table_row_keeps_its_own(tmp_path):
    p = tmp_path / "cells.txt"
    p.write_text("某县融媒体中心今年推送各类新闻9300余条。 |\n| 索引号 | 123 |\n", encoding="utf-8")
    assert [l.text for l in read_page(p).lines] == ["某县融媒体中心今年推送各类新闻9300余条。", "| 索引号 | 123 |"]


def test_an_image_left_with_no_words_is_cut_but_one_with_its_caption_stays(tmp_path):
    p = tmp_path / "post.txt"
    p.write_text("![]() 5月19日，某某县通联工作会议召开，150多名优秀通讯员参加了会议。\n"
                 "![](pic/2010.jpg)\n"
                 "![某某县通联工作会议现场](pic/2011.jpg)\n", encoding="utf-8")
    assert [l.text for l in read_page(p).lines] == [
        "5月19日，某某县通联工作会议召开，150多名优秀通讯员参加了会议。", "",
        "![某某县通联工作会议现场](pic/2011.jpg)"]


def test_a_pictures_file_name_glued_before_a_paragraph_is_cut_but_one_alone_stays(tmp_path):
    p = tmp_path / "pics.txt"
    p.write_text("  • cdc8f8abf58d462c829f1813ce9c7d2a.jpg同年7月，某某公社分建某某镇和某某乡。\n"
                 "    e3493b1570f04ce0b756e313fb404b69.jpg\n"
                 "照片见 photo2019.jpg，共三张。\n", encoding="utf-8")
    assert [l.text for l in read_page(p).lines] == [
        "  同年7月，某某公社分建某某镇和某某乡。", "    e3493b1570f04ce0b756e313fb404b69.jpg", "照片见 photo2019.jpg，共三张。"]


def test_a_character_lost_after_an_items_signature_is_cut_but_a_question_stays(tmp_path):
    p = tmp_path / "lost2.txt"
    p.write_text("△某某厂生产的汽车将投入某某市场。 (某某)?\n你知道吗（答案见下期）?\n", encoding="utf-8")
    assert [l.text for l in read_page(p).lines] == ["△某某厂生产的汽车将投入某某市场。 (某某)", "你知道吗（答案见下期）?"]
