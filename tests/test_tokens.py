"""Search tokens and the spelling of metadata: what the index and search.js share."""
from generator.publish.tokens import SYMBOLS, hide, spell, tokens, unhide


def test_chinese_runs_become_bigrams_and_latin_words_stay_words():
    assert tokens("石嘴山 COVID-19") == [spell("石嘴"), spell("嘴山"), "covid", "19"]
    assert tokens("疫") == ["q030123"] and spell("疫情") == "q030123024773"


def test_a_spelled_word_is_the_same_however_often_it_is_asked():
    assert [spell("防控")] * 3 == [spell("防控") for _ in range(3)] == ["q038450025511"] * 3


def test_hidden_text_is_four_symbols_a_utf16_unit_highest_first_and_comes_back_whole():
    # "A" is 0x0041: symbols 0, 0, 4, 1.
    assert hide("A") == SYMBOLS[0] + SYMBOLS[0] + SYMBOLS[4] + SYMBOLS[1]
    # A character outside the BMP is two units (a surrogate pair): eight symbols.
    text = "𠀀汉字\n\t ÀB€「引号」"
    assert len(hide(text)) == 4 * len(text.encode("utf-16-be")) // 2
    assert set(hide(text)) <= set(SYMBOLS)
    assert unhide(hide(text)) == text and unhide("") == ""
