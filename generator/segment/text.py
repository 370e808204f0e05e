"""Small pure helpers over lines of Chinese text, shared by the page segmenters."""
from __future__ import annotations

import re

HAN = r"\u4e00-\u9fff"
SENTENCE_END = "。！？!?…"
CLOSERS = "”’」』）)】"
# A paragraph may end after these (a colon introduces the next paragraph's quote).
PARA_END = SENTENCE_END + "：:；;"
START_MARKER = re.compile(r"^\s*(本报讯|本报(?:[\u4e00-\u9fff]{2,4})?(?:讯|电)|[（(](?:紧接|上接|接)第?\s*\d+\s*版[）)]|新华社.{2,8}电)")
CONTINUATION = re.compile(r"^\s*[（(](?:紧接|上接|接)第?\s*[\d一二三四五六七八九十]+\s*版[）)]")
JUMP = re.compile(r"[（(]下转第?\s*[\d一二三四五六七八九十]+\s*版[）)]\s*$")
SUBTITLE = re.compile(r"^\s*(——|--|－－|─)")
# A line that leads on with a dash into the line under it (某某、某某、某某、某某——): a kicker's end.
LEADS_ON = re.compile(r"(?:——|--)\s*$")
NAME = rf"[{HAN}]{{2,4}}"
# The mark after a listing's number (1. , 12．, 3、): a point before no digit (5.12 is a
# date), or a 、 before no month (1、2月份… is a headline's own months).
LIST_MARK = r"(?:[.．](?:\s+|(?!\d))|、(?!\s*\d{1,2}[月、]))"
# People's credits: "本报记者 张红霞 通讯员 苟芸芸", "记者 刘淑花", "□于海东 郝颀", "池薇薇 何志敏",
# "文/常某某 图/汤某某".
TITLES = "本报记者|本报通讯员|(?:本报)?(?:特约记者|见习记者|全媒体记者|融媒体记者|特派记者|实习生)|通讯员|记者|本报评论员|评论员"
ROLE_TITLE = rf"(?:{TITLES})"
# A staff reporter opening a closing credit in brackets: (本报记者…), (融媒体记者:…).
STAFF_REPORTER = r"(?:本报|融媒体|全媒体)?记者"
ROLE = rf"(?:{TITLES}|文/图|文|图)"      # the titles, and 文, 图 crediting text and photos
# A title may name the reporter's outlet (新华社记者 莎荫, 福建日报记者 林朝晖).
# (a county's media centre signs as one: 县融媒体中心记者:某某)
MEDIA_CENTRE = rf"[{HAN}]{{0,6}}(?:融媒体中心|新闻中心)"
# (□晚报记者 马某某, 周口报业全媒体记者 某某; its app after a middle dot: 齐鲁晚报·齐鲁壹点通讯员 某某)
OUTLET = rf"(?:(?:新华社|中新社|[{HAN}]{{2,6}}(?:日报|晚报|报|电视台|电台|网)(?:业集团|业|社)?)(?:[·•][{HAN}]{{2,6}}?)?|{MEDIA_CENTRE}|日报|晚报)"
CREDIT_ROLE = rf"(?:{OUTLET}?(?:{TITLES})|文/图|文|图)"
CREDIT_LINE = re.compile(
    rf"^\s*(?:□|■)?\s*(?:{CREDIT_ROLE}[\s：:/丨|｜]*)?(?:[{HAN}](?:\s?[{HAN}]){{1,3}})(?:[\s、]+(?:{CREDIT_ROLE}[\s：:/丨|｜]*)?[{HAN}](?:\s?[{HAN}]){{1,3}}){{0,4}}(?:\s*(?:摄影报道|摄影|摄|报道|文\s*/\s*图))?\s*$")
COMMENTATOR = re.compile(rf"^\s*(?:本报|特约)?评论员(?:文章)?\s*$|^\s*[{HAN}]{{2,8}}评论员文章\s*$")
# (the names stand after the role, a space or a mark, never inside the caption's last word:
# 志愿者在擦拭广告栏 寻某 摄 is signed by 寻某)
# A photographer's name in a credit, its two characters letter-spaced or not (邵 某, 王某某).
SHOT_BY = rf"(?:{NAME}|[{HAN}][ \u3000\xa0]{{1,2}}[{HAN}](?=\s|摄))"
PHOTO_CREDIT = re.compile(rf"(?:(?:本报)?记者\s*|(?<![{HAN}]))({SHOT_BY}(?:\s+{SHOT_BY})*)\s*摄\s*$")
LONE_PHOTO = re.compile(rf"^\s*(?:(?:本报)?记者\s*)?(?:{SHOT_BY}(?:\s+{SHOT_BY})*)?\s*摄\s*$")
# A photo's caption in a paper: a few sentences, rarely past this many characters with its credit.
CAPTION_SIZE = 260
# A photo story's lead, dated as its caption is (10月27日，在某县… / 日前，某村… / 24日，…).
PHOTO_LEAD = re.compile(r"^\s*(?:近日|日前|当地时间|\d{1,2}月\d{1,2}日|\d{1,2}日[，,])")
# A photo story's credit (井娇摄影报道): it signs the whole story above, not one photo's caption.
PHOTO_REPORT = re.compile(rf"^\s*(?:(?:本报)?记者\s*)?({NAME}(?:\s+{NAME})*)\s*摄影报道\s*$")
# An agency's photo credit closing a text (新华社记者  黄某某摄): the text's last words, not its byline.
OUTLET_PHOTO = re.compile(rf"^\s*{OUTLET}记者\s*{SHOT_BY}(?:\s+{SHOT_BY})*\s*摄\s*$")
# A photo's credit, a source in brackets after it or not: 新华社记者 黄某某摄, 蔡某某摄（新华社发）.
CREDIT_SOURCE = re.compile(r"\s*[（(][^（）()]{1,8}[）)]\s*$")


def closes_caption(text: str) -> bool:
    """…某某水库上游的某某码头。郑某某摄（人民视觉）: a caption's line, closed by its photographer
    and the photo service: as finished as a sentence's end."""
    return PHOTO_CREDIT.search(CREDIT_SOURCE.sub("", text.strip())) is not None


# "本报讯（记者 罗 鸣）" (华商报讯(记者 …)): the dateline that opens a staff report, with its reporters; any
# outlet's dispatch with a role in its brackets (新华社北京3月1日电（记者 张某）, 新华社电（记者
# 王某）, 红网时刻新闻8月20日讯(通讯员 张某 湛某)); an old paper's 本报讯 记者某某报道：.
DATELINE_CREDIT = re.compile(r"^\s*(?:(?:本报[\u4e00-\u9fff]{0,6}?|[\u4e00-\u9fff]{1,6}(?:报|网))讯\s*[（(]([^）)]{2,30})[）)]|[^\s，。,（(]{0,16}?(?:\d{1,2}月\d{1,2}日|新华社|中新社)"
                             r"\s*[讯电]\s*[（(]((?:[^（）()]{0,12}?)(?:记者|通讯员|实习生)[^（）()]{1,30})[）)]|"
                             r"本报讯\s*((?:记者|通讯员)[^：:，。（()）]{2,30}?)报道\s*[:：]|"
                             # (a Taiwan paper's 【記者某某報導】 / 〔記者某某/嘉義報導〕: names and the place filed from)
                             r"[【〔\[]\s*((?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}(?:[、，,][\u4e00-\u9fff]{2,4})*)(?:\s*[/／∕][\u4e00-\u9fff]{2,6})?\s*报[导道]\s*[】〕\]]|"
                             # (…or a county centre's, the names alone after a space: 【通讯员 万某】1月16日,…;
                             # not a box's name, 【记者手记】)
                             r"[【〔\[]\s*((?:记者|通讯员)\s+[\u4e00-\u9fff]{2,4}(?:(?:[、，,]|\s+(?:(?:记者|通讯员)\s*)?)[\u4e00-\u9fff]{2,4})*)\s*[】〕\]])")
LETTER_SPACED = re.compile(rf"^(?:[{HAN}“”]\s+){{3,}}[{HAN}“”]$")
# "（新华社北京11月2日电）": a dispatch line that closes an article.
DATELINE_END = re.compile(r"[（(][^（()）]{0,16}电[）)]\s*$")
# （摘编自2月20日《某某报》，原题为…）: where a text was taken from, on lines of its own after it.
SOURCE_NOTE = re.compile(r"^\s*[（(]\s*(?:摘编?自|摘录自|节选自|选自|原载|转载?自|来源[:：])")
# …增长46%左右。(工人日报): the paper a digest's item is taken from, closing it.
SOURCE_END = re.compile(r"[。！？!?…”][（(](?:据|来源[:：]?|转自)?[\u4e00-\u9fff]{2,10}(?:报|网|社|台|客户端)[）)]\s*$")


# A role in a byline: a title anywhere; 文 or 图 only before its separator or a space (文/常某某,
# 图 邓晶), never inside a word (图片报道, 文艺范儿 are no bylines).
ROLE_RE = re.compile(rf"{ROLE_TITLE}|文/图|[文图](?=\s*[/／:：]|\s)")
NAME_SEP = re.compile(r"[\s、]+")


def norm_space(text: str) -> str:
    # str.split() splits at what re's \s matches (ideographic spaces too), in C.
    return " ".join(text.split())


def despace(text: str) -> str:
    """Undo letter-spacing ("下 沉 社 区" -> "下沉社区"); keep a space between phrases."""
    text = norm_space(text)
    if LETTER_SPACED.match(text):
        return text.replace(" ", "")
    return text


# A finished sentence signed by its writers in brackets: …1.3万亿斤以上。（邹鹏 赵静波）
# (or signed with bare names after a space: …进行校外辅导。 葛金荣 张兴宏)
SIGNED_END = re.compile(r"[。！？!?…][ 　]?(?:[（(][^（）()。，！？,]{1,24}[）)]|[ 　]+[\u4e00-\u9fff]{2,4}(?:[ 　]+[\u4e00-\u9fff]{2,4}){0,3})\s*$")


def ends_signed(text: str) -> bool:
    """A line that closes a short item: a finished sentence, or one signed (（邹鹏 赵静波）)."""
    return ends_sentence(text) or SIGNED_END.search(text) is not None


def ends_sentence(text: str) -> bool:
    t = text.rstrip()
    if not t:
        return False
    if t[-1] in SENTENCE_END:
        return True
    if t[-1] in CLOSERS:
        inner = t.rstrip(CLOSERS)
        return bool(inner) and (inner[-1] in SENTENCE_END or inner.endswith(("电", "提供", "报道")))
    return False


def may_end_paragraph(text: str) -> bool:
    t = text.rstrip()
    return ends_sentence(t) or JUMP.search(t) is not None or (bool(t) and t[-1] in PARA_END + "—") or t.endswith("……")


def join_lines(lines: list[str]) -> str:
    """Reflow hard-wrapped lines: Chinese joins without a space, Latin words keep one."""
    out = ""
    for line in lines:
        line = line.strip().replace("\u3000", " ")
        if not line:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and line[0].isascii() and line[0].isalpha():
            out += " "
        out += line
    return out


# An e-paper's arrow or box glyph left as a letter by its font, glued to the byline (N本报记者 吴臻).
GLYPH = re.compile(r"^\s*[A-Za-z](?=本报|记者|通讯员)")
# A role in a label's brackets opening a credit line (【记者】某某, 【 通讯员】某某 某某).
BRACKETED_ROLE = re.compile(rf"^\s*【\s*({TITLES})\s*】\s*")


def credit_text(text: str) -> str:
    """A credit line as the credit patterns read it: no glyph, no source after it, the role out of its brackets."""
    return BRACKETED_ROLE.sub(r"\1 ", GLYPH.sub("", norm_space(without_source(text))))


# A web page's source after its byline (记者 汪晓东  曲昌荣    来源:人民网).
SOURCE_TAIL = re.compile(r"\s+(?:来源|稿源)\s*[:：]\s*\S{2,20}\s*$")


def without_source(text: str) -> str:
    return SOURCE_TAIL.sub("", text) if "源" in text else text


# A photo's credit under a label: 摄影：某某某, 剧照摄影：某某.
PHOTO_LABELLED = re.compile(rf"^\s*[{HAN}]{{0,4}}摄影\s*[:：]\s*{NAME}(?:\s+{NAME})*\s*$")


def is_photo_credit(text: str) -> bool:
    """A line that is a photo's credit and nothing more: 贺某某摄（影像中国）, 新华社记者 黄某某摄,
    井娇摄影报道, 剧照摄影：某某某."""
    bare = CREDIT_SOURCE.sub("", text)
    return bool(LONE_PHOTO.match(bare) or OUTLET_PHOTO.match(bare) or PHOTO_REPORT.match(bare)
                or PHOTO_LABELLED.match(bare))


def is_credit(text: str) -> bool:
    t = credit_text(text)
    return bool(CREDIT_LINE.match(t)) and len(t.replace(" ", "")) <= 24 and not ends_sentence(t)


def _surnames() -> tuple[frozenset, tuple]:
    from ..extract.gazetteer import rules

    r = rules("names.yml")
    return frozenset(r["single"]), tuple(r["compound"])


# An old paper's collective credit: units that each end on a reporting role
# (中共将乐县委通讯组 福建日报记者, 新华社记者 本报通讯员).
COLLECTIVE_UNIT = re.compile(rf"[{HAN}]{{0,12}}(?:记者|通讯员|通讯组|报道组|写作组|调查组)")


def collective_credit(text: str) -> bool:
    units = [u for u in re.split(r"[\s、]+", text.strip()) if u]
    return 0 < len(units) <= 4 and len(text.replace(" ", "")) <= 30 and \
        all(COLLECTIVE_UNIT.fullmatch(u) for u in units) and (len(units) >= 2 or units[0].endswith("组"))


# The last character of a place's name of three or more (吴村镇, 王家村, 赵家庄): a place, not a person
# (not 旗 or 州, which end given names as often: 王红旗, 陈建州).
PLACE_END = "镇乡村县区市省庄屯寨"


# A headline run into its byline on one line (…见闻 本报记者张 杰 通讯员张某国): the byline.
HEAD_BYLINE = re.compile(r"\s+((?:本报|特约|新华社)?(?:记者|通讯员)\s*\S.{0,30})$")


def is_byline(text: str) -> bool:
    """A credit line that names people: with a role (本报记者, 通讯员), after a
    box (□), or of names that each open with a surname — not a headline of two
    short phrases (闻令而动 靠前监督) that happens to look like names; or an old
    paper's collective credit, which names none."""
    t = credit_text(text)
    if collective_credit(t) or (t[:1] in "（(" and t[-1:] in "）)" and collective_credit(t[1:-1])):
        return True                  # (贵州省委调查组): a document's writers, in brackets under its title
    if not is_credit(t):
        return False
    # (a line set letter by letter asks for a role in its words: 图 片 报 道 is a box's name, not 图: 片报道)
    if ROLE_RE.search(t.replace(" ", "") if LETTER_SPACED.match(t) else t) or t[:1] in "□■":
        return True
    single, compound = _surnames()
    tokens = [x for x in NAME_SEP.split(t) if x]
    if len(tokens) >= 2 and OUTLET_SIGN.fullmatch(tokens[0]) and all(surname_led(x) for x in tokens[1:]):
        return True                  # 某某融媒 常某某 朱某: the county's media account and its reporters
    # (a town's or village's name is no person's, though its first character is a surname:
    # 吴村镇 over 集中精力美环境 is the page's kicker)
    return all(((len(x) in (2, 3) and x[0] in single) or (len(x) in (3, 4) and x.startswith(compound)))
               and not (len(x) >= 3 and x[-1] in PLACE_END) for x in tokens)


# An outlet signing with its reporters' names after it, no role between (平某融媒 常某某 朱某).
OUTLET_SIGN = re.compile(rf"{OUTLET}|[{HAN}]{{2,6}}融媒体?")


def outlet_signature(text: str) -> bool:
    """An outlet's name and one to three names after it, whoever they name: 县融媒体中心 其米拉姆
    (a reporter's name need not open with a Han surname; where it stands says it signs)."""
    tokens = [x for x in NAME_SEP.split(GLYPH.sub("", norm_space(text))) if x]
    return 2 <= len(tokens) <= 4 and OUTLET_SIGN.fullmatch(tokens[0]) is not None \
        and all(re.fullmatch(NAME, x) for x in tokens[1:])


# A labelled field in a credit line, up to the next label: the label, and what it says.
OTHER_FIELD = re.compile(rf"((?:{MEDIA_CENTRE})?[{HAN}]{{1,6}})\s*[:：丨｜]((?:(?![{HAN}]{{1,6}}\s*[:：丨｜]).)*)")
# The labels whose field names the report's writers (the role titles, 作者, 文, 图, 摄影…).
SIGNING_LABEL = re.compile(rf"(?:{OUTLET})?(?:{TITLES})|作者|撰稿|撰文|执笔|采写|整理|文|图|文/图|摄影|摄像|摄|报道")


AUTHOR_NOTE = re.compile(r"^\s*[（(]?\s*作者(?:为|系|是|单位)")
DRAWN_WRITTEN = re.compile(r"[\u4e00-\u9fff]图\s.*[\u4e00-\u9fff]文\s*$")
# Words a box or column prints where a credit might stand (核心阅读, 开栏的话, 图片报道): no names.
BOX_WORD = re.compile(r"阅读$|的话$|报道$|链接$|手记$|观察$|点评$|^图片$|"
                      r"^(?:佚名|匿名|本站|本网|网友|管理员|小编)$")     # (and who signs when nobody does: 作者: 佚名)


def spaced_names(chars: str) -> list[str]:
    """Letter-spaced characters run together: one name, or two of two characters where
    four stand without a compound surname (马 某 朱 某: 马某, 朱某)."""
    if len(chars) == 4 and not chars.startswith(_surnames()[1]):
        return [chars[:2], chars[2:]]
    return [chars]


# A journal database's line under a title: its writers, then the journal and its issue
# (骆某某 ; 三角洲 2022 年 09 期).
JOURNAL_ISSUE = re.compile(rf"\s*[;；]\s*[{HAN}《》]{{2,16}}\s*\d{{4}}\s*年\s*(?:第\s*)?\d{{1,2}}\s*期\s*$")
JOURNAL_CREDIT = re.compile(rf"^\s*{NAME}(?:[\s,，、]+{NAME}){{0,4}}{JOURNAL_ISSUE.pattern}")


# A reporter run into the text's first words, a space after the name (an old paper's database:
# …工作纪实 本报记者龚某某 “三天不吃青…).
OPENING_CREDIT = re.compile(rf"^\s*(?:本报|特约|新华社)?(?:记者|通讯员)\s*([{HAN}]{{2,4}})\s+\S")


def surname_led(name: str) -> bool:
    """A name of two or three characters after a surname, or of three or four after a compound one."""
    single, compound = _surnames()
    return (name[:1] in single and 2 <= len(name) <= 3) or (name.startswith(compound) and 3 <= len(name) <= 4)


SIGNING_BRACKET = re.compile(r"\s*[（(]([^（）()]{2,24})[）)]\s*")


def signing_bracket(text: str) -> bool:
    """A line of names alone in brackets, letter-spaced or not ((常某胜 岳 某), (武 某 陈 某)):
    the writers signing the item above it."""
    m = SIGNING_BRACKET.fullmatch(text)
    return m is not None and signing_names(m.group(1))


# What is left of a text to compare it with another: its words, punctuation and spaces aside.
NOT_WORDS = re.compile(r"[\W_]+")


# A trainee's note after a name in a signature (某某(实习), 某某（实习生）): the name's, no word of its own.
TRAINEE = re.compile(r"[（(]\s*(?:实习生?|见习(?:记者|生)?)\s*[)）]")


def signing_names(text: str) -> bool:
    """One to four names of people, letter-spaced or not (常某胜 岳 某, 武 某 陈 某), a
    trainee's note after a name or not (某某(实习))."""
    names: list[str] = []
    buf = ""
    for token in TRAINEE.sub(" ", text).split() + [""]:
        if len(token) == 1:
            buf += token             # (a letter-spaced name: 岳 某)
            continue
        if buf:
            names += spaced_names(buf)
            buf = ""
        if token:
            names.append(token)
    return 1 <= len(names) <= 4 and all(re.fullmatch(NAME, n) and surname_led(n) for n in names)


def without_place(text: str) -> str:
    """A commentary's signature without the writer's place (北京西城  于某月, 内蒙古赤峰市 刘 某:
    the names after it); any other text as it is.  (A place of four characters or more: a name
    alone, 江山 or 安宁, may be a city's too.)"""
    from ..extract.gazetteer import load

    place, *names = re.split(r"\s+", text.strip(), maxsplit=1)
    signed = bool(names) and len(place) >= 4 and signing_names(names[0]) and load().resolve(place) is not None
    return names[0] if signed else text


def people(text: str) -> list[str]:
    """Names of people in a credit line, wrappers removed."""
    t = re.sub(r"责任编辑.*$", "", GLYPH.sub("", without_source(TRAINEE.sub(" ", text))))
    t = JOURNAL_ISSUE.sub(" ", t)
    t = re.sub(r"【[^】]{1,6}】|^\s*(?:作\s*者|责任者|撰\s*稿)\s*[:：]", " ", t)     # a database field's label
    station = re.search(rf"(?:记者站|报道组)\s*({NAME})\s*$", t)
    if station:                     # 中国日报宁夏记者站胡冬梅: the reporter follows the station
        return [station.group(1)]
    if AUTHOR_NOTE.match(t):
        return []                   # （作者为某某大学教授）: who the author is, not a name
    t = without_place(t)            # 河南洛阳  邓某某: the writer's place is no name
    source = CREDIT_SOURCE.search(t)
    if source and t[:source.start()].strip():
        t = t[:source.start()]      # …摄影报道（影像中国）: the photo service, no person
    t = re.sub(r"本报讯|[（()）□■]", " ", t)
    # (a field under any other label names nobody who wrote the report: 编辑:… 审核:… 终审:…,
    # 数据来源：某某集团, 作者单位：某某大学, 发布日期：2019-02-23 信息来源：某某网站 字号：[ 大 中 小 ])
    t = OTHER_FIELD.sub(lambda m: m.group(0) if SIGNING_LABEL.fullmatch(m.group(1)) else " ", t)
    t = re.sub(r"(?:摄(?:影报道)?|报道|(?:采访)?整理|采写|采访|执笔|文\s*/\s*图)\s*$", " ", t)    # (after the brackets: （…通讯员张红运摄）; 记者某某某文/图)
    if DRAWN_WRITTEN.search(t):
        # A cartoon's credit, names letter-spaced and the roles after them (孙 某图 杨某新文,
        # 高 某图 周 某文): each role ends its name.
        t = re.sub(r"(?<=[\u4e00-\u9fff])[图文](?=\s|$)", " # ", t)     # (# ends a letter-spaced name)
    # A role goes wherever it stands, but 文 and 图 only as a word of their own (文/常某某,
    # 图：汤某某): inside a name (汤某某, 李文华) they are the name's.
    t = re.sub(rf"{OUTLET}?{ROLE_TITLE}", " ", t)
    signed = t.strip()
    outlet = OUTLET_SIGN.match(signed)
    if outlet and signed[outlet.end():outlet.end() + 1].isspace():
        t = signed[outlet.end():]           # 平某融媒 常某某 朱某: the outlet signs before its reporters
    t = re.sub(r"(?:^|(?<=[\s、，,]))(?:文/图|文|图)(?=[\s：:/])", " ", t)
    tokens = [x for x in re.split(r"[\s、，,；;：:/丨|｜]+", t) if x]     # (a database's 作者:徐某; 万某某)
    names: list[str] = []
    buf = ""
    for tok in tokens:
        if len(tok) == 1 and re.match(f"[{HAN}]", tok):
            buf += tok                      # letter-spaced name: 罗 鸣
            continue
        if buf:
            names += spaced_names(buf)
            buf = ""
        if re.fullmatch(NAME, tok):
            names.append(tok)
    if buf and len(buf) >= 2:
        names += spaced_names(buf)
    return [n for n in names if 2 <= len(n) <= 4 and not BOX_WORD.search(n)]


SPACE = re.compile(r"\s")


def han_len(text: str) -> int:
    return len(SPACE.sub("", text))


# A column's name in brackets closing a headline (（人民时评）, （今日谈）): sections have none.
# A long one names a series within its column (（人民论坛·某某华诞·某某的回声）, （某某——来自…的故事）).
# Either may number its piece in brackets of its own (（县城时评（3））, （感言·岁末年初看县域（下））).
COLUMN_TAG = re.compile(r"[（(](?:[^（）()]{2,14}|[^（）()，。；：]{6,40}(?:·|——)[^（）()，。；：]{2,40})(?:[（(][^（）()]{1,6}[）)])?[）)]$")


# A figure set large in a box of data (10.8万, 95%, 1632.6亿): never a headline, at any
# heading level, and never the article's end.
FIGURE = re.compile(r"^\s*[\d.,，．]+\s*[%％万亿千百]?[\u4e00-\u9fff]?\s*$")
