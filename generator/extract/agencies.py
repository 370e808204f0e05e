"""Organisations an article is about, normalised to full names with their region.

A name starts at a place and ends at an organisation suffix (see
data/agencies.yml).  Relative prefixes are rewritten through the region they
stand for (市委组织部 on a 石嘴山 page -> 石嘴山市委组织部), printed
shortenings are expanded when the full form stands in the same text, and
organisations named only as the authority being obeyed are left out.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from ..records import Division
from .gazetteer import rules
from ..words import word_tags
from .places import Mention, Spans

HAN = re.compile(r"[\u4e00-\u9fff]")
# A committee of one term or none (第十四届委员会, 委员会), after a body's name and a place.
COMMITTEE = re.compile(r"(?:第?[一二三四五六七八九十百\d]+届)?委员会")


@functools.lru_cache(maxsize=1)
def _rules() -> dict:
    r = dict(rules("agencies.yml"))
    r["suffixes"] = sorted(r["suffixes"], key=len, reverse=True)
    r["subunits"] = sorted(r["subunits"], key=len, reverse=True)
    r["stop_chars"] = set(r["stop_chars"])
    r["and_not_before"] = tuple(r["and_not_before"])
    r["never_suffix"] = frozenset(r["never_suffix"])
    r["suffix_not_before_words"] = {k: tuple(v) for k, v in r["suffix_not_before_words"].items()}
    # Looked up at every character of every candidate name: index by first character.
    r["suffix_by_first"] = _by_first(r["suffixes"])
    r["stop_by_first"] = _by_first(r["stop_words"])
    r["local_re"] = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,6}?(?:%s)" % "|".join(r["local_places"]))
    r["named_unit_re"] = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:%s)" % "|".join(r["named_units"]))
    r["before_re"] = re.compile(r["authority_before"])
    r["after_re"] = re.compile(r["authority_after"])
    return r


def _by_first(words: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for w in words:                      # keeps the given order (longest first) within each list
        out.setdefault(w[:1], []).append(w)
    return out


def _suffix_at(text: str, j: int, bare_ok: bool, r: dict) -> str | None:
    for sfx in r["suffix_by_first"].get(text[j:j + 1], ()):
        if text.startswith(sfx, j) and (bare_ok or sfx not in r["bare_only"]):
            if text[j + len(sfx):j + len(sfx) + 1] in r["suffix_not_before"] and j + len(sfx) < len(text):
                continue
            if text.startswith(r["suffix_not_before_words"].get(sfx, ()), j + len(sfx)):
                continue
            if text[max(0, j + len(sfx) - 2):j + len(sfx)] in r["never_suffix"]:
                continue
            return sfx
    return None


def stands_alone(text: str, s: int, r: dict) -> bool:
    """A one-character prefix (市, 省) is a prefix only after punctuation or a function word."""
    before = text[s - 1] if s else ""
    return s == 0 or not HAN.match(before) or before in r["stop_chars"] or before in r["prefix_after"]


def _blocked(text: str, j: int, r: dict) -> bool:
    return any(text.startswith(w, j) for w in r["stop_by_first"].get(text[j:j + 1], ()))


def opens_title(text: str, s: int, e: int) -> bool:
    """A suffix text[s:e] before 长 that is a title's start, not a name's end: after
    副, 原, 正, 代 or 任 (副局长, 第一任局长), after the same character (保安局局长),
    学校 after 中 or 小 (民族中学校长).  (公安局长 is still 公安局's.)"""
    if text[e:e + 1] != "长" or not s:
        return False
    before = text[s - 1]
    return before in "副原正代任" or before == text[e - 1] or (text[s:e] == "学校" and before in "中小")


def name_end(text: str, s: int, e: int, r: dict, bare: bool = True, reach: int = 0,
             place_starts: frozenset[int] = frozenset()) -> int | None:
    """End of an organisation name whose place part is text[s:e], or None."""
    ends: list[tuple[int, str]] = []
    j = e
    local = tuple(r["local_places"])
    while j < len(text) and j - e <= (reach or r["max_middle"]):
        bare_ok = bare and (j == e or text[e:j].endswith(local))
        sfx = _suffix_at(text, j, bare_ok, r)
        if sfx and not opens_title(text, j, j + len(sfx)) and not (j == e and sfx in r["never_bare"]):
            ends.append((j + len(sfx), sfx))
        ch = text[j]
        if ch == "和" and ends and ends[-1][0] == j:
            break                        # 县委宣传部和文体广新局: a name ends before 和, the next begins
        if ch == "和" and j + 1 not in place_starts and not text.startswith(r["and_not_before"], j + 1) and \
                any(_suffix_at(text, k, False, r) for k in range(j + 1, min(j + r["and_reach"], len(text)))):
            j += 1
            continue
        if ch in r["stop_chars"] or not HAN.match(ch) or _blocked(text, j, r):
            break
        j += 1
    if not ends:
        return None
    end, sfx = ends[0]
    # A bare 委/政府 straight after the place may be the start of a longer name
    # (市委理论宣传教育中心); take the longest suffix reached without a stop.
    if sfx in r["bare_only"] and len(ends) > 1:
        end = ends[-1][0]
    while True:
        sub = next((u for u in r["subunits"] if text.startswith(u, end)
                    and not text.startswith(r["suffix_not_before_words"].get(u, ()), end + len(u))), None)
        if sub:
            end += len(sub)
            continue
        named = r["named_unit_re"].match(text, end)     # 公安局|七星关分局, 公安局|经开分局
        if named is None or any(c in r["stop_chars"] for c in named.group(0)) or \
                text[named.end():named.end() + 1] == "长":
            return end                                 # (…监察大队副大队长: a title)
        end = named.end()


def doubled_level(text: str, e: int, r: dict) -> int:
    """Where a place's part of a name ends: past its level printed again before a committee
    or a government (平江县县委, 某某镇镇政府: the county's 县委, the town's 镇政府)."""
    level = text[e - 1:e]
    if level and level in "省市县区镇乡旗" and text[e:e + 1] == level:
        sfx = _suffix_at(text, e + 1, True, r)
        if sfx in r["bare_only"]:
            return e + 1
    return e


def is_authority(text: str, s: int, end: int, r: dict) -> bool:
    return bool(r["before_re"].search(text[max(0, s - 12):s]) and r["after_re"].match(text[end:end + 8]))


def relative_anchors(text: str, mentions: list[Mention], targets: dict[str, Division | None], r: dict):
    spans = Spans((m.start, m.end) for m in mentions if not m.relative)
    # 深圳市委市政府, 霍山县委、县政府: the prefix after a place's committee is that place's.
    committee = {m.end + (2 if text[m.end + 1:m.end + 2] == "、" else 1): m.division for m in mentions
                 if not m.relative and text[m.end:m.end + 1] == "委" and m.division.name[-1:] == text[m.end - 1:m.end]}
    for prefix, level in r["relative_prefix"].items():
        target = targets.get(level)
        for m in re.finditer(prefix, text):
            s, e = m.span()
            place = committee.get(s)
            if place is not None and place.name.endswith(prefix) and text.startswith(("政府", "人民政府"), e):
                yield s, e, place
                continue
            if target is None:
                continue
            paired = text.endswith((prefix + "委", prefix + "委、"), 0, s) and text.startswith(("政府", "人民政府"), e)
            if not (stands_alone(text, s, r) or paired) or (s > 0 and text[s - 1] in "该此"):
                continue                  # 该市 points back at a city named earlier, not home
            if spans.covers(s):
                continue
            if prefix == "市" and e < len(text) and text[e] in r["not_prefix_after"]:
                continue
            if prefix in ("县", "区") and text[e:e + 1] and text[e] in r["not_prefix_after_county"].replace(prefix, ""):
                continue                  # 各县区委宣传部: counties' and districts' at large
            if prefix == "区" and text.startswith("自治区", max(0, s - 2)):
                continue
            yield s, e, target


@dataclass(frozen=True)
class Organisation:
    """A body an article names: in full, of what kind, and as printed."""
    name: str
    kind: str
    printed: str

    @property
    def agency(self) -> bool:
        """An organ of the party or the state, a body it leads, a public institution or a state enterprise."""
        return self.kind in _kinds()["agency_kinds"]


def tag_organisations(text: str, mentions: list[Mention], targets: dict[str, Division | None]) -> list[Organisation]:
    r = _rules()
    found: dict[str, bool] = {}           # name -> named at least once as more than an authority
    order: list[str] = []
    forms: dict[str, tuple[str, str]] = {}  # full name -> (printed form, kind)

    starts = frozenset(m.start for m in mentions)     # 天津市和河西区纪委: 和 joins two bodies there
    placed = sorted((m for m in mentions if not m.relative), key=lambda m: m.start)
    placed_starts = [m.start for m in placed]
    at: dict[str, list[int]] = {}                     # name -> where it was read

    def take(s: int, e: int, written: str, bare: bool = True, division: Division | None = None):
        end = name_end(text, s, e, r, bare, place_starts=starts)
        if end is None:
            return
        printed = expand(written + text[e:end], text, r)
        if COMMITTEE.fullmatch(printed, len(written)):
            body = next((b for b in r["formal_committees"] if text.endswith(b, 0, s)), None)
            if body:                        # 中国共产党阜城县第十四届委员会: the county's party committee
                usual = r["formal_committees"][body]
                # (an autonomous region's is its 党委: 中共新疆维吾尔自治区委员会 is 新疆维吾尔自治区党委)
                printed = written + ("党委" if usual == "委" and written.endswith("自治区") else usual)
        kind = kind_of(printed, len(written))
        name = full_name(printed, kind, division, written)
        if kind in ORGANS:
            inside = placed[bisect.bisect_left(placed_starts, s):bisect.bisect_left(placed_starts, end)]
            name = spell_chain(name, text, inside)
        owner = next((b for b in r["committees_of_other_bodies"] if text.endswith(b, 0, s)), None)
        if owner and (printed[len(written):] in ("委", "党委") or COMMITTEE.fullmatch(printed, len(written))):
            # 共青团某某县委, 民盟某某市委员会: that body's committee of the place, not the party's
            name, kind = owner + written + "委", r["committees_of_other_bodies"][owner]
        if name in _kinds()["never"]:
            return
        authority = is_authority(text, s, end, r)
        if name not in found:
            order.append(name)
            found[name] = False
            forms[name] = (text[s:end] if written == text[s:e] else printed, kind)
        found[name] = found[name] or not authority
        at.setdefault(name, []).append(s)

    for m in mentions:
        if not m.relative:
            take(m.start, doubled_level(text, m.end, r), text[m.start:m.end], division=m.division)
    for s, e, target in relative_anchors(text, mentions, targets, r):
        take(s, e, target.name, division=target)
    for m in r["local_re"].finditer(text):
        # A neighbourhood is a weaker anchor: its name must read as a name, and
        # a bare 党委/党组 after it is more often a phrase than an organisation.
        word = m.group(0)
        if (word.endswith("村") and text[m.end():m.end() + 1] == "民") or word.endswith(tuple(r["not_local"])):
            continue                      # 规定村民委员会: 村民, not a village; 农业农村局: no village
        if any(t and t[0] in r["not_place_tags"] for t in word_tags(word)):
            continue                      # 带领村党支部: a verb, not a village's name
        if not any(c in r["stop_chars"] for c in word) and not any(w in word for w in r["stop_words"]):
            take(m.start(), m.end(), word, bare=False)
    spans = {m.end for m in mentions}
    for s, end, full, kind in national_bodies(text, spans) + national_units(text, r):
        if full in found:
            found[full] = found[full] or not is_authority(text, s, end, r)
            continue
        stop = unit_end(text, s, end, r)                   # a unit of it: 中国气象局国家气候中心
        name = full + text[end:stop] if stop else full
        order.append(name)
        forms[name] = (text[s:stop or end], kind)
        found[name] = not is_authority(text, s, stop or end, r)
    # 天津市和河西区纪委监委: 天津市纪委监委 too.  Each place joined to the place after it by 和/、/及/与:
    joined = {b.start: (a, b) for a, b in zip(placed, placed[1:]) if text[a.end:b.start] in ("和", "、", "及", "与")}
    for name in list(order):
        printed, kind = forms[name]
        if kind not in ORGANS:
            continue
        for s in at.get(name, ()):
            if s not in joined:
                continue
            a, b = joined[s]
            if b.end - b.start < len(printed) and text.startswith(printed, b.start):
                both = a.division.name + printed[b.end - b.start:]
                if both not in found:
                    order.append(both)
                    forms[both] = (both, kind)
                    found[both] = False
                found[both] = found[both] or found[name]
    names = [n for n in order if found[n]]
    # "利通区政协" beside "吴忠市利通区政协": keep the fuller name only.
    # (not 共青团某某县委's: 某某县委 beside it is the party's)
    owners = tuple(r["committees_of_other_bodies"])
    tails = {n[k:] for n in names if not n.startswith(owners) for k in range(1, len(n))}
    names = [n for n in names if n not in tails]
    return [Organisation(n, forms[n][1], forms[n][0]) for n in names]


def tag_agencies(text: str, mentions: list[Mention], targets: dict[str, Division | None]) -> list[str]:
    """The agencies facet: the names of the organisations that are agencies."""
    return [o.name for o in tag_organisations(text, mentions, targets) if o.agency]


@functools.lru_cache(maxsize=1)
def _kinds() -> dict:
    r = dict(rules("organisations.yml"))
    words = sorted(((w, k) for k, ws in r["kinds"].items() for w in ws), key=lambda x: -len(x[0]))
    r["kind_re"] = re.compile("|".join(re.escape(w) for w, _ in words))
    r["kind_of"] = dict(words)
    r["agency_kinds"] = frozenset(r["agency_kinds"])
    r["trades_re"] = re.compile("(?:%s)+" % "|".join(sorted(map(re.escape, r["state_trades"]), key=len, reverse=True)))
    r["full"] = sorted(r["full_names"].items(), key=lambda kv: -len(kv[0]))
    r["never"] = frozenset(r["never"])
    r["place_before"] = tuple(r["place_in_full_before"])
    r["national"] = r.get("national") or {}
    r["national_anchors"] = r.get("national_anchors") or []
    return r


ORGANS = {"party", "government", "congress", "cppcc", "court", "procuratorate", "police"}


def kind_of(name: str, place: int) -> str:
    """What a body is: the kind of the first word past its place that says so."""
    k = _kinds()
    m = k["kind_re"].search(name, place)
    if m is None:
        return "other"
    kind = k["kind_of"][m.group(0)]
    if kind == "company" and k["trades_re"].fullmatch(name[place:m.start()].replace("市", "")):
        return "state_enterprise"          # a place and a trade, no brand: 朔州市再生能源热力有限公司
    return kind


def full_name(printed: str, kind: str, division: Division | None, written: str) -> str:
    """The official name: the place in full where a short name stands for it
    (慈利法院 -> 慈利县…), and the body's short form in full (法院 -> 人民法院)."""
    name = printed
    if division is not None and written == division.short and division.name != written and \
            (printed[len(written):].startswith(_kinds()["place_before"])
             or (division.level == 1 and printed.endswith("厅"))):      # (宁夏生态环境厅: a province's department)
        name = division.name + name[len(written):]
    if kind not in ORGANS and kind != "institution":
        return name
    for short, full in _kinds()["full"]:
        i = name.find(short)
        if i < 0 or short == full:
            continue
        start = i + len(short) - len(full)
        if start >= 0 and name[start:i + len(short)] == full:
            continue                         # already in full
        return name[:i] + full + name[i + len(short):]
    return name


def expand(name: str, text: str, r: dict) -> str:
    for short, fulls in r["abbreviations"].items():
        if short in name:
            head = name[:name.index(short)]
            for full in fulls:
                if head + full in text:
                    return name.replace(short, full, 1)
    return name


def spell_chain(name: str, text: str, inside: list[Mention]) -> str:
    """An organ's places in full where a short one leads a chain of them
    (北京房山区人民法院 -> 北京市房山区人民法院); `inside`: the places read within its name, in order."""
    starts = {m.start for m in inside}
    for m in reversed(inside):
        short = text[m.start:m.end]
        if short == m.division.short != m.division.name and m.end in starts:
            i = name.find(short + text[m.end:m.end + 2])
            if i >= 0:
                name = name[:i] + m.division.name + name[i + len(short):]
    return name


@functools.lru_cache(maxsize=1)
def _national() -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    k = _kinds()
    forms: dict[str, tuple[str, str]] = {}
    for kind, bodies in k["national"].items():
        for full, shorts in bodies.items():
            for form in [full, *(shorts or [])]:
                forms[form] = (full, kind)
    pattern = re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)))
    return pattern, forms


def national_bodies(text: str, place_ends: set[int]) -> list[tuple[int, int, str, str]]:
    """National bodies printed without a place (公安部, 国家税务总局, 中宣部):
    (start, end, full name, kind), where the form stands as a word of its own."""
    from ..words import crosses_word, cut

    r = _rules()
    pattern, forms = _national()
    not_before = _kinds()["national_not_before"]
    out = []
    for m in pattern.finditer(text):
        s, e = m.span()
        if s in place_ends or text[e:e + 1] in not_before:
            continue                      # 宿迁市人民银行 is the city's; 公安部门 is a word
        before = text[s - 1:s]
        if HAN.match(before) and before not in r["stop_chars"] and before not in r["prefix_after"] \
                and crosses_word(text[:s], text[s:]):
            continue                      # 电子商务部
        if HAN.match(before) and country_before(cut(text[max(0, s - 8):s])[-1]):
            continue                      # 英国央行, 塞尔维亚国防部: another country's
        full, kind = forms[m.group(0)]
        out.append((s, e, full, kind))
    return out


def unit_end(text: str, s: int, end: int, r: dict) -> int | None:
    """Where a unit printed straight after a national body text[s:end] ends, or None:
    not a verb's object (银保监会规范小额贷款公司), not a second body (和北京市人民政府);
    a title (民航局局长) ends no name (name_end, opens_title)."""
    stop = name_end(text, s, end, r, bare=False)
    if stop is None or text.startswith(tuple(r["unit_not_opening"]), end):
        return None
    return stop


def country_before(word: str) -> bool:
    """The word before a national form names a country other than China (英国, 塞尔维亚, 太平洋岛国)."""
    if word in _kinds()["home_country"]:
        return False
    return (len(word) >= 2 and word.endswith("国")) or any(t in ("ns", "nrt") for t in word_tags(word))


def national_units(text: str, r: dict) -> list[tuple[int, int, str, str]]:
    """Units named from 国务院 or 中共中央 (国务院某某工作领导小组):
    the anchor alone is too general to tag."""
    k = _kinds()
    out = []
    for anchor in k["national_anchors"]:
        for m in re.finditer(anchor, text):
            s, e = m.span()
            if _national()[0].match(text, s):
                continue                  # a body of its own: 国务院国资委
            end = name_end(text, s, e, r, bare=False, reach=14)
            if end is None:
                continue
            name = text[s:end]
            if name not in k["never"]:
                out.append((s, end, name, kind_of(name, len(anchor))))
    return out
