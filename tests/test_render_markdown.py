"""The one escaping function: any text, rendered by the site's own Markdown
settings, shows as exactly that text (and never as markup)."""
import html
import re
from html.parser import HTMLParser

import markdown as pymd
import pytest
import yaml
from hypothesis import given, settings, strategies as st

from conftest import ROOT
from generator.render.content.markdown import heading, paragraphs, text


def site_markdown() -> pymd.Markdown:
    """Python-Markdown configured as mkdocs.yml configures it."""
    class Loader(yaml.UnsafeLoader):      # mkdocs.yml's own tags: !ENV and the slugify function
        pass
    Loader.add_constructor("!ENV", lambda loader, node: None)
    cfg = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    exts, configs = [], {}
    for e in cfg["markdown_extensions"]:
        if isinstance(e, dict):
            (name, conf), = e.items()
            exts.append(name)
            configs[name] = conf or {}
        else:
            exts.append(e)
    return pymd.Markdown(extensions=exts, extension_configs=configs)


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.out.append(data)


def shown(markdown_text: str) -> tuple[str, list]:
    v = Visible()
    v.feed(site_markdown().convert(markdown_text))
    return "".join(v.out), v.tags


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "{{ config }}",
           "{% raw %}", "# 标题", "## 二级", "- 列表", "+ 加号", "* 星号", "1. 第一", "2) 第二", "> 引用", "---", "***",
           "| a | b |", "`code`", "**粗**", "_斜_", "&amp;", "&lt;b&gt;", "&#x41;", "&#0", "&#65", "&copy 2019", "\\", "\\*", "{: .cls }",
           "{#id}", "<!-- c -->", "![img](x.png)", "<http://x>", "=====", "    缩进", "a  \nb", "$$ x $$", "::: note",
           "[^1]", "*[HTML]: x", "~~删~~", "H~2~O", "a^b^", "==标==", "http://example.com", "x_y_z", "2019.10.1"]
CHARS = st.text(alphabet=st.sampled_from(list("中文字#*-+_`[]()!<>&;{}|\\.:=~^%$@'\" \t1234567890abcxyz#")),
                min_size=1, max_size=40)


@settings(max_examples=int(__import__("os").environ.get("FUZZ_EXAMPLES", "400")), deadline=None)
@given(st.one_of(CHARS, st.sampled_from(HOSTILE), st.lists(st.sampled_from(HOSTILE), min_size=1, max_size=4)
                 .map(" ".join)))
def test_any_text_shows_literally_as_a_paragraph_and_a_heading(value):
    if not value.strip():
        return
    for md in (text(value), heading(2, value)):
        visible, tags = shown(md)
        assert norm(visible).replace("¶", "").strip() == norm(value), (value, md)
        assert all(t in ("p", "h2", "a") for t, _ in tags), (value, md, tags)
        assert not any(t == "a" and a.get("href", "").strip().lower().startswith("javascript") for t, a in tags)


def test_hostile_fixture_paragraphs_show_literally():
    body = (ROOT / "tests/pages/hostile.txt").read_text(encoding="utf-8")
    paras = [p for p in body.split("\n\n") if p.strip()]
    visible, tags = shown("\n\n".join(paragraphs("\n\n".join(paras))))
    assert norm(visible) == norm(" ".join(paras))
    assert {t for t, _ in tags} <= {"p"}


def test_the_markdown_stays_readable():
    assert text("2021年11月3日，太原市召开会议。") == "2021年11月3日，太原市召开会议。"
    assert text("3.5%的增长，A-B两地") == "3.5%的增长，A-B两地"
    assert text("# 不是标题") == "\\# 不是标题"
    assert text("1. 不是列表") == "1\\. 不是列表"
    assert html.unescape(text("<b>")) == "<b>"


@pytest.mark.parametrize("value", ["&#0", "&#65", "&#x41", "&copy 2019", "AT&T"])
def test_a_character_reference_without_its_semicolon_shows_as_typed(value):
    # A browser reads &#65 as A and &copy as ©, semicolon or not: found by the fuzz test above.
    for md in (text(value), heading(2, value)):
        assert shown(md)[0].replace("¶", "").strip() == value, md
