"""Places an article is about, as divisions of the national table.

Full names (石嘴山市) are taken as they stand; short names (银川, 左权) need
support from their context: a parent division that is the page's home region
or is named in the same text.  Relative references (我市, 自治区) resolve
through the home region.  Streets, townships and photographers' names that
share a division's name are skipped.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass

from ..records import Division
from ..words import crosses_word, cut, is_word
from .gazetteer import Gazetteer, load, rules


def stop_chars() -> str:
    """Function words and punctuation: a one-character prefix after one of them
    stands alone (图为市文联).  The same data entry tells agencies.py where a
    name cannot continue."""
    return rules("agencies.yml")["stop_chars"]


HAN = re.compile(r"[\u4e00-\u9fff]")


@functools.lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    r = rules("places.yml")
    return frozenset(rules("names.yml")["single"][:r["person_surnames"]]) - set(r["not_surnames"])


@functools.lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    return frozenset(rules("places.yml")["common_words"])


@functools.lru_cache(maxsize=1)
def water_sides() -> tuple[str, ...]:
    return tuple(rules("places.yml")["water_sides"])


@dataclass(frozen=True)
class Mention:
    division: Division
    start: int
    end: int
    relative: bool = False
    resolved_from: int = 1      # how many divisions shared the written name


@functools.lru_cache(maxsize=1)
def _after() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    r = rules("places.yml")
    alt = lambda words: re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))  # noqa: E731
    return alt(r["credit_after"]), alt(r["not_after"]), re.compile(r["dateline"])


def _guarded(text: str, start: int, end: int, short: bool, r: dict) -> bool:
    credit, not_after, dateline = _after()
    if credit.match(text, end):
        return True
    if short and not_after.match(text, end):
        return True
    if short and text[end - 1] in "东西南北":
        # (a side named by two directions too: 大别山|东北麓, the 北 after 山东 the second of them)
        side = end + 1 if text[end - 1] in "东西" and text[end:end + 1] in "南北" else end
        if text[side:side + 1] in r["side_after"]:
            return True
    if DISPATCH_DATE.match(text, end) and dateline.search(text[max(0, start - 4):start]):
        return True                       # (新华社重庆十四日电: an old paper's day alone, in words)
    if start and text[start - 1] == "驻" and text.startswith("记者", end):
        return True                       # (本报驻南京记者: where the writer is posted, in the credit)
    return False


# The date of a dispatch, straight after the place it was filed from (10月14日电, 十四日电).
DISPATCH_DATE = re.compile(r"\d{1,2}月|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|"
                           r"[一二三四五六七八九十]{1,3}日[电讯]")


def _inside_word(text: str, start: int, key: str, ends: set[int], r: dict) -> bool:
    """A short name that is part of a longer word: a common word itself (和平),
    or its first character ends a word begun just before it (江淮|南部 -> 淮南,
    金佛|山 -> 佛山), unless a place ends there (云南|大理)."""
    if key in common_words():
        return True
    if start == 0 or start in ends or not HAN.match(text[start - 1]) or text[start - 1] in stop_chars():
        return False
    if text[start - 1] in surnames() and (start < 2 or not HAN.match(text[start - 2]) or text[start - 2] in stop_chars()):
        return True                       # 、李桂林、: a person
    return is_word(text[start - 1:start + 1]) or crosses_word(text[:start], text[start:])


def inside_longer_word(text: str, start: int, end: int) -> bool:
    """A province's short name (or a city's of that rank) read inside one word begun before
    it, 隆重庆祝 or 巴丹吉林: no place.  (Not one the words cut across, 七彩|云南 or 多大|江西吉安:
    the name may stand there; nor the word 中国台湾.)"""
    left = max(0, start - 3)
    pos = left
    for tok in cut(text[left:end + 3]):
        if pos < start and pos + len(tok) >= end:
            return not tok.startswith("中国")
        pos += len(tok)
        if pos >= start:
            return False
    return False


def after_prepositions(text: str, found: list, gaz: Gazetteer, r: dict) -> list:
    """从江西省 read leftmost is 从江 (a county of Guizhou) and nothing after it: a short
    name that opens on a preposition gives way to a name read from the next character
    that runs past it (江西省), and the names it overlaps go."""
    out = []
    for s, e, key, cands in found:
        if out and s < out[-1][1]:
            continue
        if text[s] in r["prepositions"] and all(short for _, short in cands):
            after = next(gaz.matches(text[s + 1:s + 1 + gaz.longest]), None)
            if after and after[0] == 0 and s + 1 + after[1] > e:
                out.append((s + 1, s + 1 + after[1], after[2], after[3]))
                continue
        out.append((s, e, key, cands))
    return out


# How often a text names a county by its short name alone, no parent near it, for the name to
# be the county's: a county paper's or media centre's story tells its own county's name again and again.
REPEATED = 3
OWN_COUNTY = re.compile(r"我县|全县|本县|县委|县政府")
# What a local dispatch's place follows: the paper or agency that files it (本报, …通讯社, …网).
DISPATCH_FROM = re.compile(r"(?:本报|报|社|网|台)$")

# The suffixes of county-level names that, written in full in a headline and borne by
# one division alone, need no province beside them (望城县含浦镇：…, 义乌市…).
ALONE_IN_HEADLINE = ("县", "旗", "市")
# …and in the body a county's or banner's (a district's name is often a word: 居民平房区).
COUNTY_ALONE = ("县", "旗", "市")


def find_places(text: str, home: Division | None = None, gaz: Gazetteer | None = None,
                headline: int = 0) -> list[Mention]:
    """Places the text names; `headline`: how many of its first characters are the
    article's headline, where a county's unique full name is its subject."""
    gaz = gaz or load()
    r = rules("places.yml")
    found = after_prepositions(text, list(gaz.matches(text)), gaz, r)
    ends = {e for _, e, _, _ in found}
    starts = {s for s, _, _, _ in found}
    raw = []
    for s, e, key, cands in found:
        short = all(short for _, short in cands)
        if _guarded(text, s, e, short, r):
            continue
        side = next((w for w in water_sides() if text.startswith(w, e)), None) if short else None
        if short and (e not in starts and (text[e:e + 1] in r["water_after"] or side)
                      or side and not text.startswith(side + "区", e)):
            continue                      # 黄浦江, 松花江南岸 (not 南岸区's short name there: 重庆南岸区 is one)
        if short and _inside_word(text, s, key, ends, r) and (
                not any(d.level == 1 for d, _ in cands) or inside_longer_word(text, s, e)):
            continue
        raw.append((s, e, key, cands))

    support: set[str] = set()
    if home is not None:
        support |= {d.code for d in gaz.path(home)}
    accepted: list[Mention] = []
    pending = []
    # Pass 1: names that need no support (full names, provinces, long city names).
    for s, e, key, cands in raw:
        full = [d for d, short in cands if not short]
        if len(full) == 1 and (full[0].level < 3 or (e <= headline and len(cands) == 1 and len(key) >= 3
                                                      and key.endswith(ALONE_IN_HEADLINE))):
            accepted.append(Mention(full[0], s, e))
        elif any(d.level == 1 for d, _ in cands):
            # A province's short name (河南, 山西) outweighs a county that shares it.
            accepted.append(Mention(next(d for d, _ in cands if d.level == 1), s, e))
        else:
            pending.append((s, e, key, full or [d for d, _ in cands], not full))
    for m in accepted:
        support |= {d.code for d in gaz.path(m.division)}
    # Pass 2: short or ambiguous names, kept when a parent is home or named nearby.
    told = Counter(key for _, _, key, _, _ in pending)
    for s, e, key, cands, short in pending:
        ok = []
        for d in cands:
            parents = [p.code for p in gaz.ancestors(d)]
            if d.level == 2 and short:
                need = parents[:1]                      # its province
            elif not short and len(cands) == 1:
                need = parents[:1]                      # a unique county name: its province will do
            else:
                need = [p for p in parents if gaz.by_code[p].level == 2] or parents[:1]
            adjacent = any(m.end == s and m.division.code in parents for m in accepted)
            if adjacent or (need and all(c in support for c in need)):
                ok.append(d)
        if not ok and short and len(cands) == 1 and cands[0].level == 2 and cands[0].name.endswith("市") \
                and key not in r["not_alone"]:
            ok = cands                # a city's short name no other division shares (哈尔滨, 武汉) stands alone
        if not ok and short and len(cands) == 1 and cands[0].level == 3 and text.startswith("讯", e) \
                and DISPATCH_FROM.search(text[max(0, s - 8):s]):
            ok = cands                # a local dispatch's place (本报新化讯, 某某通讯社新化讯): the county it is filed from
        if not ok and short and len(cands) == 1 and cands[0].name.endswith("县") and told[key] >= REPEATED \
                and OWN_COUNTY.search(text):
            # a county's short name no other division shares, told again and again by a story of
            # the county's own (普定 … 全县人民, 县委书记): the county
            ok = cands
        if not ok and short and text.startswith(PREFECTURE_WORDS, e):
            ok = prefecture_named(cands, gaz)
            # (not under a province the tables put it outside: 热河省承德专区, 1951, is no 河北省's)
            if ok and any(m.end == s and m.division.level == 1 and m.division.code not in
                          {p.code for p in gaz.ancestors(ok[0])} for m in accepted):
                ok = []
        if not ok and not short and len(cands) == 1 and cands[0].level == 3 and stands_alone(text, s, e, key, r) \
                and not _inside_word(text, s, key, ends, r):
            ok = cands                # so does a county's or district's full name no other division bears
        if len(ok) > 1:
            # 玉树 is the prefecture and its seat: a name shared down one line is the higher one.
            top = min(ok, key=lambda d: d.level)
            if all(d is top or top.code in {p.code for p in gaz.ancestors(d)} for d in ok):
                ok = [top]
        if len(ok) == 1:
            accepted.append(Mention(ok[0], s, e, resolved_from=len(cands)))
            support |= {d.code for d in gaz.path(ok[0])}
    accepted = former_in_short(text, accepted)
    accepted += relative_mentions(text, home, accepted, gaz, r)
    accepted += township_home(text, home, accepted, r)
    return sorted(accepted, key=lambda m: m.start)


# A prefecture named by its short name and the word for one (泸州专区, as the 1950s and 60s
# called them; 泸州地区, a region around its city): the prefecture, wherever the tables hold it.
PREFECTURE_WORDS = ("专区", "地区")


def prefecture_named(cands: list[Division], gaz: Gazetteer) -> list[Division]:
    """The one prefecture a short name before 专区 or 地区 stands for: a prefecture that bears it,
    else the prefecture a county-level unit of that name became (泸州市, a county-level city in the
    tables of 1980, the prefecture-level city from 1983)."""
    prefs = {d.code: d for d in cands if d.level == 2}
    if not prefs:
        later = (gaz.by_code.get(d.successor) for d in cands if d.successor)
        prefs = {d.code: d for d in later if d is not None and d.level == 2 and d.short in {c.short for c in cands}}
    return list(prefs.values()) if len(prefs) == 1 else []


def stands_alone(text: str, s: int, e: int, key: str, r: dict) -> bool:
    """Whether a county-level full name no other division bears, at text[s:e], needs no
    parent beside it: a county's (沭阳县; 萧县 opening a clause, not 任县委书记, 代县长,
    新县城, 应县委邀请: a verb or an adjective before 县委, 县长, 县城), or a district's of three
    characters or more (中站区, 浦东新区), not one that is also a word (老城区) or a
    region's start (河北区域)."""
    if key in r["verb_counties"] and s and text[s - 1] in r["body_ends"]:
        return False                      # 县林业局会同县公安局: together with the county's police
    if key.endswith(COUNTY_ALONE):
        return len(key) >= 3 or ((s == 0 or not text[s - 1].isalnum() or text[s - 1] in stop_chars()
                                  or text[s - 1] in r["county_alone_after"])
                                 and text[e:e + 1] not in "委长城级里")
    return key.endswith("区") and len(key) >= 3 and key not in r["district_words"] and text[e:e + 1] not in "域划"


def former_in_short(text: str, accepted: list[Mention]) -> list[Mention]:
    """Where a text names a former division in full (蓬莱县, read on an undated page), its
    short name (蓬莱港) is that division too, not the one it became (蓬莱区)."""
    became = {m.division.successor: m.division for m in accepted
              if m.division.successor and m.division.successor != m.division.code}
    if not became:
        return accepted
    return [Mention(became[m.division.code], m.start, m.end, m.relative, m.resolved_from)
            if m.division.code in became and text[m.start:m.end] != m.division.name else m
            for m in accepted]


@functools.lru_cache(maxsize=1)
def _township() -> re.Pattern:
    t = rules("places.yml")["township"]
    return re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[在到从于对与和及赴]))([\u4e00-\u9fff]{2,3}?)(?:%s)(?![长民])"
                      % "|".join(t["suffixes"]))


def township_home(text: str, home: Division | None, found: list[Mention], r: dict) -> list[Mention]:
    """The home region, where the article names a township of it and no city or county:
    a county site's 凤鸣镇 is the county's (see places.yml, township)."""
    if home is None or home.level < 2 or any(m.division.level >= 2 for m in found):
        return []
    t = r["township"]
    for m in _township().finditer(text):
        stem = m.group(1)
        if not any(c in t["not_in_stem"] for c in stem) and stem[0] not in t["not_stem_start"]:
            return [Mention(home, m.start(), m.end(), relative=True)]
    return []


def relative_mentions(text: str, home: Division | None, found: list[Mention], gaz: Gazetteer,
                      r: dict) -> list[Mention]:
    if home is None:
        return []
    taken = Spans((m.start, m.end) for m in found)
    path = gaz.path(home)
    province = path[0]
    city = next((d for d in path if d.level == 2), None)
    targets = {
        "province": province,
        "city": home if home.level == 3 and home.name.endswith("市") else city,
        "county": home if home.level == 3 and home.name.endswith(("县", "旗")) else None,
        "autonomous": province if province.name.endswith("自治区") else None,
        "district": home if home.name.endswith("区") else None,
    }
    out = []
    stop = stop_chars()
    for level, words in r["relative"].items():
        target = targets.get(level)
        if target is None:
            continue
        for w in words:
            for m in re.finditer(re.escape(w), text):
                s, e = m.span()
                if taken.overlaps(s, e):
                    continue
                # 区政府 in 边区政府, 市委 in 响应市委: a bare prefix must stand alone.
                if w[0] not in "我全本" and s > 0 and re.match(r"[\u4e00-\u9fff]", text[s - 1]) \
                        and text[s - 1] not in stop:
                    continue
                out.append(Mention(target, s, e, relative=True))
    return out


class Spans:
    """Non-overlapping text spans, asked whether a span overlaps one of them in
    log time (a page of one long paragraph has thousands of each)."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def overlaps(self, s: int, e: int) -> bool:
        k = bisect.bisect_left(self.starts, e)           # spans starting before e
        # spans do not overlap one another, so their ends rise with their starts: the last one decides
        return k > 0 and self.spans[k - 1][1] > s

    def covers(self, s: int) -> bool:
        k = bisect.bisect_right(self.starts, s)
        return k > 0 and self.spans[k - 1][1] > s


def main_city(mentions: list[Mention], gaz: Gazetteer | None = None) -> Division | None:
    """The prefecture-level city an article names most, counting its counties."""
    gaz = gaz or load()
    counts: Counter = Counter()
    cities: dict[str, Division] = {}
    for m in mentions:
        c = gaz.city(m.division)
        if c is not None:
            counts[c.code] += 2 if m.division.level == 2 else 1
            cities.setdefault(c.code, c)
    if not counts:
        return None
    return cities[counts.most_common(1)[0][0]]


def tag_regions(mentions: list[Mention], gaz: Gazetteer | None = None) -> list[dict]:
    """Distinct divisions, most named first, each with its code and path as of the
    article's year; a division that has changed since also says so (as_of: the
    year its name is read in; successor: what it is now)."""
    gaz = gaz or load()
    counts: Counter = Counter()
    first: dict[str, int] = {}
    divisions: dict[str, Division] = {}
    for m in mentions:
        counts[m.division.code] += 1
        first.setdefault(m.division.code, m.start)
        divisions.setdefault(m.division.code, m.division)
    order = sorted(counts, key=lambda c: (-counts[c], first[c]))
    out = []
    for c in order:
        d = divisions[c]
        row = d.as_dict(gaz.path(d))
        if d.last_year < gaz.newest:
            row["as_of"] = gaz.year if gaz.year is not None else d.last_year
            now = gaz.successor(d)
            if now is not None:
                row["successor"] = now.as_dict(gaz.path(now))
        out.append(row)
    return out
