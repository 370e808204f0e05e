"""The home region of a page without a catalogue record: what 本报, 我县, 全市,
县委 and 市政府 stand for on it.

Only strong evidence counts, in this order: the publication's name (泸县报,
慈利县融媒体中心), the lines the page prints around its articles (a masthead, a
site's name or owner: 某某县人民政府 版权所有), the paper's own datelines (本报朔州
11月5日电), and last the places its articles name most (read with the same
guards as tagging, so that 双河小学 is not 双河市).  The evidence is kept, to be
shown beside the inference.
"""
from __future__ import annotations

import re
from collections import Counter

from ..records import Division, Draft
from .gazetteer import Gazetteer, rules
from .places import find_places

# What a paper, a site or its owner is called after its place.
OUTLET = re.compile(r"(?:日报|晚报|晨报|都市报|报社|报|新闻网|新闻|融媒体中心|融媒|电视台|广播电视台|广播电视|在线|网|"
                    r"人民政府|政府|委宣传部|宣传部|委员会)")
OWNER_LINE = re.compile(r"主办|承办|版权所有|Copyright|©|ICP|报社|日报|晚报|融媒体中心|[\u4e00-\u9fff]{2}新闻中心|新闻网|人民政府|政府网|门户网站")
SOURCE = re.compile(r"来源[:：]\s*([\u4e00-\u9fff]{2,20})")
STAMP_OUTLET = re.compile(r"([\u4e00-\u9fff]{2,10}?(?:广播电视台|电视台|融媒体中心|新闻中心|新闻网|日报社?|晚报))")
DATELINE_PLACE = re.compile(r"本报([\u4e00-\u9fff]{2,6}?)\d{1,2}月\d{1,2}日(?:电|讯)")
LOCAL_DATELINE = re.compile(r"^\s*([\u4e00-\u9fff]{2,3})讯")


def named_in(text: str, gaz: Gazetteer, outlet: bool = True) -> list[Division]:
    """The divisions a short line names, full names anywhere and short names only
    right before an outlet's word (乌海日报, 泸县报)."""
    out = []
    for s, e, key, cands in gaz.matches(text):
        full = [d for d, short in cands if not short]
        if full:
            out += full if len(full) == 1 else []
        elif outlet and OUTLET.match(text[e:]):
            shorts = [d for d, _ in cands]
            if len(shorts) == 1:
                out.append(shorts[0])
    return out


def most_specific(divisions: list[Division], gaz: Gazetteer) -> Division | None:
    """The one place they agree on: the deepest division that all the others contain."""
    if not divisions:
        return None
    deepest = max(divisions, key=lambda d: d.level)
    path = {x.code for x in gaz.path(deepest)}
    return deepest if all(d.code in path for d in divisions) else None


def infer_home(publication: str, lines: list[str], drafts: list[Draft], gaz: Gazetteer) -> tuple[Division | None, str]:
    """(home region, the evidence as a note) or (None, "")."""
    if publication:
        d = most_specific(named_in(publication, gaz), gaz)
        if d is not None:
            return d, f"所在地区据出版物名称「{publication}」推断：{d.name}"
    # (line by line: a banner's company, 诸城市某某有限公司, beside a portal's name is not its owner)
    furniture = [p for x in drafts if x.kind == "residue" for p in x.paragraphs]
    owners = [t for t in furniture if OWNER_LINE.search(t)]
    found = [d for t in owners for d in named_in(t, gaz)]
    if found:
        top, n = Counter(d.code for d in found).most_common(1)[0]
        d = gaz.by_code[top] if top in gaz.by_code else next(x for x in found if x.code == top)
        agreed = most_specific([x for x in found if x.code in {y.code for y in gaz.path(d)}], gaz) or d
        line = next(t for t in owners if any(x.code == agreed.code for x in named_in(t, gaz)))
        return agreed, f"所在地区据页面文字「{line[:40]}」推断：{agreed.name}"
    # The outlet a web article names as its source (来源：衡山新闻网), under its title or after it.
    for source in (m.group(1) for t in [x.stamp or "" for x in drafts] + furniture for m in SOURCE.finditer(t)):
        d = most_specific(named_in(source, gaz), gaz)
        if d is not None:
            return d, f"所在地区据文章来源「{source}」推断：{d.name}"
    # …or the outlet the article's stamp names (2018-11-24 19:05:14 仁怀市广播电视台 某某).
    for outlet in (m.group(1) for x in drafts for m in STAMP_OUTLET.finditer(x.stamp or "")):
        d = most_specific(named_in(outlet, gaz), gaz)
        if d is not None:
            return d, f"所在地区据时间行所署媒体「{outlet}」推断：{d.name}"
    text = "\n".join(lines)
    # The paper's own datelines: 本报朔州11月5日电, or a county station's 廉江讯 opening a text.
    places = [m.group(1) for m in DATELINE_PLACE.finditer(text)] + \
        [m.group(1) for x in drafts if x.kind != "residue" and x.paragraphs
         for m in [LOCAL_DATELINE.match(x.paragraphs[0])] if m]
    datelined = [d for p in places for d in named_in(p + "报", gaz)]
    if datelined:
        top = Counter(d.code for d in datelined).most_common(1)[0][0]
        d = next(x for x in datelined if x.code == top)
        return d, f"所在地区据电头「{places[0]}」推断：{d.name}"
    return from_bodies(drafts, gaz)


def reprint_home(home: Division | None, printed: str, gaz: Gazetteer) -> Division | None:
    """The home an article's 县委 and 全市 stand for, given the lines printed with it: a
    reprint that names its source (来源：人民网, 来源：商丘日报) is read as its source
    wrote it, in no county for a national outlet, else in the source's own place."""
    m = SOURCE.search(printed)
    if not m:
        return home
    source = m.group(1)
    if source.startswith(tuple(rules("places.yml")["national_outlets"])):
        return None
    d = most_specific(named_in(source, gaz), gaz)
    if d is None or home is None or gaz.is_under(d, home) or gaz.is_under(home, d):
        return home
    return d


def from_bodies(drafts: list[Draft], gaz: Gazetteer) -> tuple[Division | None, str]:
    """The county, else the city, else the province that the page's articles name
    most: at least three times and more than half of all the places they name."""
    counties: Counter = Counter()
    cities: Counter = Counter()
    provinces: Counter = Counter()
    seen: dict[str, Division] = {}
    for x in drafts:
        if x.kind == "residue":
            continue
        text = "\n".join([x.title, x.subtitle, *x.paragraphs])
        for m in find_places(text, None, gaz):
            d = m.division
            path = gaz.path(d)
            for p in path:
                seen.setdefault(p.code, p)
            provinces[path[0].code] += 1
            city = next((p for p in path if p.level == 2), None)
            if city is not None:
                cities[city.code] += 1
            if d.level == 3:
                counties[d.code] += 1
    total = sum(provinces.values())
    if not total:
        return None, ""
    # A page that speaks of its own county or city (县领导, 县政协, 全市) needs it named twice only.
    relative = rules("places.yml")["relative"]
    text = "\n".join("\n".join([x.title, *x.paragraphs]) for x in drafts if x.kind != "residue")
    own = {level: any(w in text for w in relative[level]) for level in ("county", "city")}
    for counts, least in ((counties, 2 if own["county"] else 3), (cities, 2 if own["city"] else 3), (provinces, 2)):
        if counts:
            code, n = counts.most_common(1)[0]
            if n >= least and n * 2 > total:
                d = seen[code]
                return d, f"所在地区据页面提及最多的地名推断：{d.name}（{total} 次中 {n} 次）"
    return None, ""
