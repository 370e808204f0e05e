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


# Read back without YAML (front_matter.read, which the site build uses): the same as
# MkDocs' own reading of the page, or None (MkDocs then reads it itself).
from mkdocs.utils.meta import get_data  # noqa: E402

from generator.render.content.front_matter import read as read_fast  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["title", "description", "tags", "article", "hide"]),
                       st.one_of(text, st.lists(text, max_size=3), st.dictionaries(text, text, max_size=3),
                                 st.integers(), st.booleans(), st.none()), min_size=1),
       st.text(max_size=40))
def test_a_generated_page_reads_without_yaml_as_mkdocs_reads_it(meta, body):
    page = front_matter(meta) + body
    assert read_fast(page) is not None
    assert read_fast(page) == get_data(page)


def test_front_matter_the_generator_did_not_write_is_left_to_mkdocs():
    for page in ["---\ntitle: 标题\n---\n正文",                  # plain YAML, not JSON
                 "---\nyes: \"是\"\n---\n正文",                   # a key YAML reads as true
                 "---\ntitle: 1e+16\n---\n正文",                  # a float YAML 1.1 reads as a string
                 "---\ntitle: {\"a\":1}\n---\n正文",              # JSON not as json.dumps writes it
                 "---\ntitle: \"\\ud83d\\ude00\"\n---\n正文",     # two escaped halves JSON joins
                 "---\ntitle: \"a\\/b\"\n---\n正文",
                 "---\n---\n正文", "title: 标题\n\n正文", "正文"]:
        assert read_fast(page) is None, page
