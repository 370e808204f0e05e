"""Front matter is written as JSON values and must read back, as YAML, to the same data."""
import yaml
from hypothesis import given, settings, strategies as st

from generator.render.content.front_matter import front_matter


def read(text: str) -> dict:
    assert text.startswith("---\n") and text.endswith("\n---\n\n")
    return yaml.safe_load(text[4:-6])


def test_values_that_look_like_yaml_stay_strings():
    meta = {"title": "yes", "kicker": "---", "subtitle": "title: x\n- y", "byline": ["!!python/object", "no", "1.5"],
            "archive": {"lines": [3, 7], "regions": [{"name": "银川市", "code": "640100"}], "date": ""}}
    assert read(front_matter(meta)) == meta


def test_line_separators_and_control_characters_survive():
    meta = {"title": "甲\u2028乙\u0085丙\u0007丁\ufeff戊\U00020000"}
    assert read(front_matter(meta)) == meta


text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["title", "kicker", "hide", "archive"]),
                       st.one_of(text, st.lists(text, max_size=3), st.dictionaries(text, text, max_size=3),
                                 st.integers()), min_size=1))
def test_any_text_reads_back_unchanged(meta):
    assert read(front_matter(meta)) == meta
