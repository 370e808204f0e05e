"""Property tests: for generated pages the parser never raises, loses nothing,
duplicates nothing, and does not care about line ends or a byte-order mark."""
import functools
import re
import unicodedata

from hypothesis import HealthCheck, given, settings, strategies as st

from generator.ingest import text_to_page
from generator.pipeline import parse_page

NOISE = st.text(alphabet=st.sampled_from(list("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世车"
                                   "，。、；：？！“”（）—…0123456789abcXYZ ")), min_size=8, max_size=40)


@functools.lru_cache(maxsize=1)
def pool() -> list[str]:
    from generator.bench import paragraph_pool
    return paragraph_pool()


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def wrap(text, w=15):
    return [text[i:i + w] for i in range(0, len(text), w)]


@st.composite
def pages(draw):
    paras = draw(st.lists(st.sampled_from(pool()), min_size=1, max_size=8, unique=True))
    heads = [p[:draw(st.integers(6, 14))].rstrip("，。、；：") for p in draw(st.lists(st.sampled_from(pool()),
                                                                                    max_size=4, unique=True))]
    noise = draw(st.lists(NOISE, max_size=3))
    kind = draw(st.sampled_from(["ocr", "markdown", "plain", "web"]))
    items = [("p", p) for p in paras] + [("h", h) for h in heads] + [("n", n) for n in noise]
    items = draw(st.permutations(items))
    if draw(st.booleans()):
        items.append(("c", paras[0][:30].rstrip("。") + "。 王小明 摄"))
    lines: list[str] = []
    if kind == "web":
        body = "".join(t for k, t in items if k != "h")
        lines = [heads[0] if heads else "网页标题", "2023/11/8 10:05", body + "记者站李华责任编辑张明"]
    for k, t in items if kind != "web" else []:
        if kind == "ocr":
            lines += wrap(t) + ([""] if draw(st.booleans()) else [])
        elif kind == "markdown" and k == "h":
            lines += [f"{'#' * draw(st.integers(1, 3))} {t}", ""]
        else:
            lines += [t, ""]
    return "\n".join(lines) + "\n"


def record_text(a) -> str:
    parts = [a.kicker, a.title, a.subtitle, a.stamp, a.body] + [c for c in a.credit if norm(c) not in norm(a.body)]
    return norm("".join(parts))


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(pages())
def test_every_line_lands_in_exactly_one_record(text):
    articles = parse_page(text_to_page(text, "gen.txt"))
    texts = [record_text(a) for a in articles]
    whole = norm(text.replace("#", ""))
    for line in text.splitlines():
        line = norm(line.lstrip("#"))
        if len(line) >= 8:
            assert any(line in t for t in texts), line
    assert sum(len(t) for t in texts) <= len(whole)            # nothing counted twice


@SETTINGS
@given(pages())
def test_line_ends_and_bom_do_not_change_the_output(text):
    want = [a.as_dict() for a in parse_page(text_to_page(text, "gen.txt"))]
    assert [a.as_dict() for a in parse_page(text_to_page(text.replace("\n", "\r\n"), "gen.txt"))] == want
    assert [a.as_dict() for a in parse_page(text_to_page("\ufeff" + text, "gen.txt"))] == want
