"""Records: Drafts + catalogue -> tagged Articles.  One page at a time, pure."""
from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter

from .digest import sha1
from .script import is_traditional, simplified
from .extract.agencies import tag_organisations
from .extract.dates import date_of, printed_date, printed_dates
from .extract.gazetteer import load
from .extract.home import infer_home, reprint_home
from .extract.places import find_places, main_city, tag_regions
from .records import Article, CatalogRecord, Division, Draft, Page
from .segment import split_page
from .segment.lines import is_date_line
from .segment.printed import reading_page
from .segment.rules.shapes import site_name
from .segment.text import (DATELINE_CREDIT, OPENING_CREDIT, OUTLET, PHOTO_CREDIT, PHOTO_REPORT, STAFF_REPORTER, is_byline,
                           people, signing_names, surname_led)

# "（记者 武跃林）" closing the last paragraph.
# (a county's media centre's, its editors after: (融媒体记者:涂某 编辑:陈某某 审核:黄某 终审:汪某某))
# (…or a dispatch's: （新华社北京3月5日电  记者冯某某、廖某）, （据新华社电  记者阳某、马某某）)
# (…or with the paper's name or its letters before the title: (YMG记者某某摄影报道), (某某日报记者 某某))
CLOSING_REPORTER = re.compile(rf"[（(]\s*(?:(?:据)?(?:新华社|中新社|本报)[^（）()，。]{{0,80}}?电\s*)?(?:[A-Z]{{2,6}}|{OUTLET})?{STAFF_REPORTER}\s*[:：]?\s*([^）)]{{2,80}}?)"
                              r"(?:\s*(?:责任编辑|编\s*辑|责编|[一二三初复终]\s*审|审\s*核|校\s*对|监\s*制)\s*[:：][^）)]{0,40})?[）)]\s*$")
# …or the names alone that sign a report in brackets at its end, as county sites print them.
# (…or with its opening bracket lost, straight after the last sentence: …多赢局面。刘某、蒋某))
CLOSING_NAMES = re.compile(r"(?:[（(]|(?<=[。！？]))([^（）()。！？]{2,24})[）)]\s*$")
# What the names may carry there: the role after them (商某某/文, 某某/图), a name letter-spaced (余 某).
ROLE_AFTER = re.compile(r"\s*[/／]\s*(?:文|图|文图|摄)(?=\s|$)")
SPACED_NAME = re.compile(r"[\u4e00-\u9fff](?:\s[\u4e00-\u9fff]){1,2}")
AUTHOR_LABEL = re.compile(r"^\s*(?:作\s*者|撰\s*稿|文)\s*[:：]\s*")    # ((作者:柴某某))


def signs_names(text: str) -> bool:
    """A closing bracket's words that are names signing the text (袁某仓; 商某某/文; 余 某; 作者:柴某某)."""
    t = ROLE_AFTER.sub(" ", AUTHOR_LABEL.sub("", text)).strip()
    return is_byline(t.replace(" ", "") if SPACED_NAME.fullmatch(t) else t) or signing_names(t)


def article_id(source: str, d: Draft, body: str) -> str:
    """Stable: depends on the page's name and the article's own text, not its position."""
    key = unicodedata.normalize("NFKC", f"{source}\n{d.kind}\n{d.title}\n{body}")
    key = re.sub(r"\s+", "", key)
    if d.kind == "residue":
        key += f"\n{d.first}"
    return sha1(key.encode("utf-8")).hexdigest()[:12]


# The author a web page's stamp names among its other fields (作者:祝正兵 李雯 来源:滨海日报 …).
# (…but not the next label where the field is empty: 作者: 来源:柚都平和)
# (the author's names end at the next label, or at the counters a site prints after them:
# 作者:某某某 500 阅读 0 评论 0 点赞)
STAMP_AUTHOR = re.compile(r"(?:作\s*者|记\s*者)\s*[:：]\s*(?![\u4e00-\u9fff]{2,4}\s*[:：])(.+?)(?=\s+[\u4e00-\u9fff]{2,4}\s*[:：]|\s+\d|$)")


def closing_signature(text: str) -> re.Match | None:
    """The bracket that signs a text's end, its names in group 1: a reporter's credit
    (（记者 某某）, （新华社…电 记者…）), or names alone that read as a byline (…贡献力量。(袁某仓),
    (徐某、刘某、谢某))."""
    m = CLOSING_REPORTER.search(text)
    if m is None:
        m = CLOSING_NAMES.search(text)
        if m is not None and not signs_names(m.group(1)):
            m = None
    return m


def after_site_name(text: str) -> str:
    """A text after the site's name a copied page runs into its opening (新华网某某在线 本报讯(记者 …)…)."""
    head, space, rest = text.partition(" ")
    return rest if space and len(head) <= 16 and site_name(head) else text


def byline_of(d: Draft, read=lambda text: text) -> list[str]:
    """The people who signed the article: its credit lines, its stamp's author, a dateline's
    or closing bracket's reporters, a photo's credit.  They are read in `read`'s copy (a
    traditional page's 記者 is 记者) and given as the page prints them."""
    names: list[str] = []

    def signed(original: str) -> None:
        copy = read(original)
        for name in people(copy):
            k = copy.find(name)
            names.append(original[k:k + len(name)] if k >= 0 else name)

    def found(pattern: re.Pattern, text: str, how=re.Pattern.search):
        m = how(pattern, read(text))
        if m is None:
            return None
        k = next((k for k in range(1, (m.lastindex or 1) + 1) if m.group(k) is not None), 1)  # (the alternative that matched)
        return text[m.start(k):m.end(k)]

    for part in [*d.credit, found(STAMP_AUTHOR, d.stamp)]:
        # (two characters alone that no surname opens are a word the model read as a name: 会场, 村里)
        if part and not (re.fullmatch(r"\s*[\u4e00-\u9fff]{2}\s*", part) and not surname_led(read(part).strip())):
            signed(part)
    if d.paragraphs:
        first = d.paragraphs[0]
        if len(d.paragraphs) > 1 and PHOTO_CREDIT.search(read(first)):
            first = d.paragraphs[1]          # (a photo's caption over the text: 某某在擦拭广告栏 某某 摄 / 某某晚报讯(记者 …)…)
        # (the last paragraph of text: a credit set apart after it, 责任编辑:…, signs nobody)
        last = next((p for p in reversed(d.paragraphs) if p not in d.credit), d.paragraphs[-1])
        m = closing_signature(read(last))
        closing = last[m.start(1):m.end(1)] if m is not None else None
        photo = found(PHOTO_CREDIT, last) if d.kind == "photo" else None
        photo = photo or found(PHOTO_REPORT, last, re.Pattern.match)   # (a photo story signed whole: 井娇摄影报道)
        opening = found(DATELINE_CREDIT, after_site_name(first), re.Pattern.match)
        run_in = found(OPENING_CREDIT, first, re.Pattern.match)
        opening = opening or (run_in if run_in and surname_led(read(run_in)) else None)
        for part in (opening, closing, photo):
            if part:
                signed(part)
    return list(dict.fromkeys(names))


def targets_for(home: Division | None, mentions, gaz=None) -> dict[str, Division | None]:
    """What relative prefixes (市, 省, 自治区, 县, 区) stand for in this article."""
    gaz = gaz or load()
    if home is None:
        city = main_city(mentions, gaz)
        # (an article that names a county-level city and no prefecture by name, 巢湖市 and not
        # 合肥市: its 市委 is that city's own)
        own = Counter(m.division for m in mentions if not m.relative and m.division.level == 3
                      and m.division.name.endswith("市"))
        if own and not any(m.division.level == 2 for m in mentions if not m.relative):
            city = own.most_common(1)[0][0]
        return {"city": city, "province": gaz.province(city) if city else None}
    path = gaz.path(home)
    province = path[0]
    city = next((d for d in path if d.level == 2), None)
    if home.level == 3 and home.name.endswith("市"):
        city = home
    if city is None:
        city = main_city([m for m in mentions if not m.relative], gaz)
    return {
        "province": province,
        "autonomous": province if province.name.endswith("自治区") else None,
        "city": city,
        "county": home if home.level == 3 and home.name.endswith(("县", "旗")) else None,
        "district": home if home.name.endswith("区") else None,
    }


# Lines that print numbers which are not dates (licences, phones, post codes).
# (…nor the day a site filed the page in its archive: 归档时间:2018-11-21 over a notice of 2017)
# (…nor a picture's file name: 20200923_e5a9….jpg)
# (…nor a site's clock, the day the page was visited: 欢迎访问某某网！今天是2018年08月18日)
NOT_A_DATE_LINE = re.compile(r"ICP|备案|备\d|电话|邮编|Copyright|©|网站标识码|归档(?:时间|日期)|今天是|今日是|\.(?:jpe?g|png|gif|bmp|webp)\b")
# An address's path dates its page (来源地址:http://www.gov.cn/xinwen/2018-09/26/…), but not with a
# day before there were web pages (本文地址:http://…/1970-01-01/35245.html: a blank field's epoch).
FIRST_WEB_YEAR = "1995"


# A site's date block, a line each (2018 / 06/25 / 06:58): its year, then its month and day.
BLOCK_YEAR = re.compile(r"^(?:19|20)\d{2}\s*年?$")
BLOCK_MONTH_DAY = re.compile(r"^\s*(\d{1,2})\s*(?:[/.\-]|月)\s*(\d{1,2})\s*日?\s*$")


def page_date(page: Page, drafts: list[Draft]) -> str:
    """The date a page prints for all its articles (a newspaper page's header, a
    date line over a Markdown page): the first full date in a short line that
    no article took, or in the page's first lines."""
    taken = {n for d in drafts if d.kind != "residue" for n in d.line_nos}
    first = [l for l in page.lines if l.text.strip()][:3]
    candidates = [l for l in page.lines if l.no not in taken] + first
    for k, line in enumerate(candidates):
        t = line.text.strip()
        if BLOCK_YEAR.match(t):
            after = next((l for l in candidates[k + 1:k + 3] if l.text.strip()), None)
            m = BLOCK_MONTH_DAY.match(after.text) if after is not None and after.no <= line.no + 2 else None
            if m:
                t = f"{t[:4]}年{int(m.group(1))}月{int(m.group(2))}日"
        if NOT_A_DATE_LINE.search(t) or len(set(itertools.islice(printed_dates(t), 3))) >= 3:
            continue                 # (…or an archive's calendar: 2026-02-06,13021| 2026-02-05,13013| …)
        # (a longer line counts where it opens on the date: an e-paper's record of the
        # page, 2021-11-17 1 1 中国改革报 content_44733.htm …; or where it is a stamp of
        # labels: 【作者】… 【文章来源】《中山年鉴•2020》 【成文日期】2019-12-31 【点击率】…)
        date = printed_date(t if len(t) <= 60 or is_date_line(t) else t[:12])
        if date and "http" in t and date[:4] < FIRST_WEB_YEAR:
            continue
        if date:
            return date
    return ""


def signature_start(text: str) -> int:
    """Where the names in brackets that sign a text's end begin (…参加了培训。(宁某、沈某)),
    or the text's length: a name there is a person's, whatever place it spells."""
    m = closing_signature(text)
    return m.start() if m is not None else len(text)


def to_article(page: Page, d: Draft, rec: CatalogRecord, home: Division | None, printed: str = "",
               read=lambda text: text) -> Article:
    """`read`: the copy of a text its places and bodies are looked for in (script.simplified
    for a page in traditional characters)."""
    credits = set(d.credit)
    body_paras = d.paragraphs
    body = "\n\n".join(body_paras)
    # (a credit that is a body's name alone, no person's, is where the text comes from: 芦溪县中医院;
    # not an author's note, （作者为某某大学教授）, which says where its writer works)
    senders = [c for c in d.credit if re.fullmatch(r"\s*[\u4e00-\u9fff]{4,20}\s*", c) and not people(read(c))]
    text = "\n".join([d.kicker, d.title, d.subtitle] + [p for p in body_paras if p not in credits] + senders)
    regions: list[dict] = []
    agencies: list[str] = []
    organisations: list[dict] = []
    notes: list[str] = []
    date, date_notes = date_of(rec.date, read(d.stamp), read(text), printed)     # (10月31日電: a dateline too)
    if d.kind != "residue":
        # Places as they were named in the article's year; an undated article reads the newest
        # table and the former names no division bears now.
        gaz = load().at(int(date[:4])) if date else load().undated()
        home = reprint_home(home, read(" ".join([d.stamp, *d.credit])), gaz)
        copy = read(text)
        headline = len("\n".join([d.kicker, d.title, d.subtitle]))
        mentions = find_places(copy, home, gaz, headline=headline)
        if not mentions and date:
            # A later year's text that names its places as they were (1981年兴宁县大事记, posted in
            # 2013): the full names of divisions gone by its year, read in the tables that held them.
            older = load().undated()
            # (named twice at least: once, 定县汉简 or a village called “花县”, it is a word of the text)
            former = [m for m in find_places(copy, home, older, headline=headline) if not m.relative
                      and m.division.last_year < int(date[:4]) and copy[m.start:m.end] == m.division.name]
            counts = Counter(m.division.code for m in former)
            former = [m for m in former if counts[m.division.code] >= 2]
            if former:
                gaz, mentions = older, former
        signed_from = signature_start(copy)
        mentions = [m for m in mentions if m.start < signed_from]    # (宁波、沈某): a reporter, not a city
        regions = tag_regions(mentions, gaz)
        bodies = tag_organisations(copy, mentions, targets_for(home, mentions, gaz))
        agencies = [o.name for o in bodies if o.agency]
        organisations = [{"name": o.name, "kind": o.kind, **({"printed": o.printed} if o.printed != o.name else {})}
                         for o in bodies]
        for m in {m.division.code: m for m in mentions if m.resolved_from > 1}.values():
            notes.append(f"地名「{text[m.start:m.end]}」有 {m.resolved_from} 个同名行政区，据上下文判定为{m.division.name}")
    notes += date_notes
    return Article(
        id=article_id(page.source, d, body), source=page.source, lines=[d.first, d.last],
        kind=d.kind, title=d.title, subtitle=d.subtitle, kicker=d.kicker,
        byline=byline_of(d, read) if d.kind != "residue" else [], credit=list(d.credit), date=date,
        regions=regions, agencies=agencies, body=body, notes=d.notes + notes,
        publication=rec.publication, stamp=d.stamp, printed=list(d.printed), organisations=organisations)


def parse_page(page: Page, rec: CatalogRecord | None = None) -> list[Article]:
    rec = rec or CatalogRecord()
    home = rec.home_region
    extra: list[str] = []
    drafts = split_page(page)
    printed = page_date(reading_page(page), drafts)
    lines = [l.text for l in page.lines]
    read = simplified if is_traditional(lines) else (lambda text: text)
    if home is None and not rec.national:
        year = (rec.date or printed)[:4]
        gaz = load().at(int(year)) if year else load().undated()
        home, evidence = infer_home(rec.publication, [read(t) for t in lines], drafts, gaz)
        if home is not None:
            extra.append(evidence)
    articles = [to_article(page, d, rec, home, printed, read) for d in drafts]
    if rec.fixes is not None:
        from .corrections import apply
        articles = apply(rec.fixes, drafts, articles, lambda d: to_article(page, d, rec, home, printed, read))
    seen: dict[str, int] = {}
    for a in articles:
        a.notes += extra
        n = seen[a.id] = seen.get(a.id, 0) + 1
        if n > 1:       # the same text printed twice on one page (a repeated caption): the second is the second
            a.id = sha1(f"{a.id}\n{n}".encode("utf-8")).hexdigest()[:12]
    return articles
