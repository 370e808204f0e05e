"""Page builders: corpus stories in, a page's lines and its gold out.

One builder per layout real archives hold (see issue 14): OCR newspaper pages,
Markdown-converted pages, web articles with their site around them, 简讯
columns, digest/listing pages, database records of old papers, and pages of
reports that print no dateline.  Each varies what real pages of its kind vary,
drawn from the page's Style.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .corpus import Story
from .typeset import Style, headline_lines, letter_spaced, norm, wrap

SENTENCE = re.compile(r"[。！？；，!?;,]")


@dataclass
class Item:
    """The gold of one article on a composed page, in the schema of gold/seeds.yml."""
    id: str
    kind: str
    title: list[str]
    date: list[str]
    body: list[str]                  # paragraphs as printed, for the first/last snippets
    first: str = ""
    last: str = ""
    places: dict | None = None       # regions, regions_ok, agencies, agencies_ok where hand-annotated


@dataclass
class Composed:
    """A page's lines, what each line is (its role and the article it belongs to)
    and the gold of its articles."""
    layout: str
    lines: list[str] = field(default_factory=list)
    roles: list[tuple[str, int]] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    printed_date: str = ""           # a date the page prints for all its articles, if any
    catalog: dict | None = None

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")
            self.roles.append(("", -1))

    def add(self, role: str, *lines: str, article: int = -1) -> None:
        """Lines of one role: F furniture, D date line, Y byline, K kicker, T title,
        S subtitle, P body, H a subhead inside the body; `article` is the index
        of the item they belong to."""
        for line in lines:
            self.lines.append(line)
            self.roles.append(("" if not line.strip() else role, article))

    def labels(self) -> list[str]:
        """The line-role labels a tagger learns, one per non-blank line: body lines
        are B (an article's first) or I; a headline, kicker, subtitle, byline or
        date line carries > (its body follows), < (its body stands just before)
        or ~ (its body stands elsewhere, past another article)."""
        spans: dict[int, tuple[int, int]] = {}
        for i, (role, k) in enumerate(self.roles):
            if role in ("P", "H"):
                a, b = spans.get(k, (i, i))
                spans[k] = (min(a, i), max(b, i))
        body_at = sorted((a, b, k) for k, (a, b) in spans.items())
        out = []
        seen: set[int] = set()
        for i, (role, k) in enumerate(self.roles):
            if not role:
                continue
            if role in ("P", "H"):
                out.append(("I" if role == "P" else "H") if k in seen else "B")
                seen.add(k)
            elif role == "F" or k not in spans:
                out.append("F" if role == "F" else role + "~")
            else:
                a, b = spans[k]
                if i < a:
                    between = any(a2 > i and b2 < a for a2, b2, _ in body_at)
                else:
                    between = any(a2 > b and b2 < i for a2, b2, _ in body_at)
                out.append(role + ("~" if between else ">" if i < a else "<"))
        return out


def substantial(p: str) -> bool:
    """A paragraph an editor would cut at: a sentence, not a label or a design credit."""
    return len(norm(p)) >= 12 and SENTENCE.search(p) is not None


def story_dates(s: Story, issue: str) -> list[str]:
    """Accepted dates: the issue date, and the day a dispatch was filed when the
    article's dateline names one in the same month (as seeds.yml accepts)."""
    out = [issue]
    m = re.match(r"\s*(?:本报|新华社|据新华社)[^，。]{0,12}?(\d{1,2})月(\d{1,2})日电", s.paragraphs[0])
    if m and issue[:4].isdigit() and len(issue) >= 7:
        month, day = int(m.group(1)), int(m.group(2))
        if month == int(issue[5:7]) and 1 <= day <= 31:
            out.append(f"{issue[:7]}-{day:02d}")
    return out


def titles(s: Story, marked: bool) -> list[str]:
    """Accepted titles.  Where the page does not mark which line is the kicker or
    subtitle (OCR loses type sizes), an editor also accepts them joined."""
    out = [s.title]
    if not marked:
        if s.kicker:
            out.append(s.kicker + s.title)
        if s.subtitle:
            out.append(s.title + s.subtitle)
            if s.kicker:
                out.append(s.kicker + s.title + s.subtitle)
    return out


def item(s: Story, paras: list[str], issue: str, marked: bool = True, kind: str = "news",
         title: list[str] | None = None) -> Item:
    return Item(id=s.id, kind=kind, title=titles(s, marked) if title is None else title,
                date=story_dates(s, issue) if issue else [""], body=paras)


# --- OCR newspaper pages -------------------------------------------------------

def ocr_page(st: Style, stories: list[Story], issue: str) -> Composed:
    """A newspaper page as OCR reads it: hard-wrapped columns cut by column
    breaks, headlines before or after their bodies (by page, sometimes mixed),
    bylines, page headers and footers, captions and jumps."""
    rng = st.rng
    page = Composed("ocr")
    width = rng.randint(12, 24)
    loose = rng.choice([0.2, 0.5, 0.8])     # how much OCR'd line lengths wander
    convention = rng.random()
    after = 0.0 if convention < 0.45 else 1.0 if convention < 0.85 else 0.5
    indent = rng.choice(["", "", "\u3000\u3000", "  "])
    para_gap = rng.random() < 0.35           # a blank line between paragraphs
    breaks = rng.randint(8, 30) if rng.random() < 0.6 else 0     # column breaks: a blank line every so often
    gaps = rng.random() < 0.3                # OCR reads a space before numbers ("安排 68个")
    byline_in_head = rng.random() < 0.4      # bylines set under the headline, not over the body
    page_no = stories[0].page
    if rng.random() < 0.6:
        header = st.fill(st.pick("ocr_header"), issue, page_no)
        page.add("F", header)
        page.blank()
        if re.search(r"\d{4}", header) and "日" in header or re.search(r"\d{4}\.\d", header):
            page.printed_date = issue
    orphans = rng.random() < 0.12 and len(stories) >= 3
    local = rng.random() < 0.5               # a local paper's datelines: 本报讯（记者 张三）
    block: list[tuple[int, list[str]]] = []
    for k, s in enumerate(stories):
        paras = list(s.paragraphs)
        kind = "news"
        if k == 0 and rng.random() < 0.15 and len(paras) >= 3 and not st.keep_text:
            paras = paras[len(paras) // 2:]          # the rest of an article from an earlier page
            paras[0] = st.fill(st.pick("jump_in"), issue, rng.randint(1, max(1, page_no - 1))) + paras[0]
            kind = "continuation"
        elif k == len(stories) - 1 and rng.random() < 0.15 and len(paras) >= 3 and not st.keep_text:
            paras = paras[:len(paras) // 2 + 1]
            paras[-1] += st.fill(st.pick("jump_out"), issue, page_no + rng.randint(1, 6))
        caption = is_photo(s)
        if local and not caption and kind == "news" and not st.keep_text:
            # The dateline opens the report's first sentence: past a lead set above it that ends
            # no sentence (今年底前，…最多跑一次), which stands over the dispatch it summarises.
            j = 1 if len(paras) > 1 and not re.search(r"[。！？”」]$", paras[0]) and DISPATCH.match(paras[1]) else 0
            paras[j] = local_dateline(st, paras[j])
        head = [] if caption else headline_block(st, s, width)
        byline = []
        if not caption and not any(re.match(r"(本报|新华社|据新华社)", p) for p in paras[:2]) and rng.random() < 0.6:
            byline = [st.fill(st.pick("byline"))]
        if byline and byline_in_head:
            head, byline = head + [("Y", byline[0])], []
        body: list[tuple[str, str]] = []
        for p in paras:
            role = "H" if subhead(p) else "P"
            lines = wrap(ocr_gaps(p, rng) if gaps else p, width, rng, loose)
            if indent and lines:
                lines[0] = indent + lines[0]
            body += [(role, l) for l in lines]
            if para_gap and rng.random() < 0.7:
                body.append(("", ""))
        while body and body[-1][1] == "":
            body.pop()
        if breaks:
            body = column_breaks(body, breaks, rng)
        page.items.append(item(s, paras, issue, marked=False, kind="photo" if caption else kind,
                               title=[] if caption else None))
        if rng.random() < 0.85:              # a blank line between articles, mostly
            page.blank()
        if caption:
            add_head(page, body, k)
            continue
        if orphans and 0 < k < len(stories) - 1:
            block.append((k, head))
            page.add("Y", *byline, article=k)
            add_head(page, body, k)
            continue
        if rng.random() < after:
            page.add("Y", *byline, article=k)
            add_head(page, body, k)
            if rng.random() < 0.9:
                page.blank()
            add_head(page, head, k)
        else:
            add_head(page, head, k)
            if rng.random() < 0.7:
                page.blank()
            page.add("Y", *byline, article=k)
            add_head(page, body, k)
    for k, head in block:
        page.blank()
        add_head(page, head, k)
    if rng.random() < 0.3:
        page.blank()
        page.add("F", st.fill(st.pick("ocr_footer"), issue, page_no))
    return page


DISPATCH = re.compile(r"^本报[^\s，。（]{0,8}?\d{1,2}月\d{1,2}日电\s*[（(]([^）)]{2,30})[）)]\s*")


def local_dateline(st: Style, first: str) -> str:
    """How a local paper opens a staff report: 本报讯（记者 张 三）… or 本报讯 记者 张三报道."""
    rng = st.rng
    m = DISPATCH.match(first)
    who = m.group(1) if m else ""
    rest = first[m.end():] if m else first
    if not m and (first.startswith(("新华社", "据新华社")) or rng.random() < 0.5):
        return first
    name = re.sub(r"^(?:记者|本报记者)\s*", "", who) if who else st.person()
    if rng.random() < 0.3:
        name = " ".join(name) if len(name) == 2 else name
    form = rng.choice(["本报讯（记者 {n}）", "本报讯（记者{n}）", "本报讯 记者{n}报道：", "本报讯（通讯员 {p} 记者 {n}）",
                       "本报讯（{n}）", "本报讯 "])
    return form.format(n=name, p=st.person()) + rest


def ocr_gaps(text: str, rng) -> str:
    """OCR puts a space before some numbers and after some closing quotes."""
    return re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)", lambda m: " " if rng.random() < 0.3 else "", text)


def column_breaks(lines: list, every: int, rng) -> list:
    """A blank line wherever a column ends, mid-sentence or not (lines are texts
    or (role, text) pairs)."""
    out = []
    count = rng.randint(0, every)
    for line in lines:
        out.append(line)
        text = line[1] if isinstance(line, tuple) else line
        count = 0 if not text else count + 1
        if count >= every:
            out.append(("", "") if isinstance(line, tuple) else "")
            count = 0
    return out


def subhead(p: str) -> bool:
    """A paragraph that is a subhead inside an article (核心阅读, ■记者手记, 出游新选择)."""
    return not substantial(p) and len(norm(p)) <= 24 and not re.search(r"[。！？]\s*$", p)


def is_photo(s: Story) -> bool:
    last = s.paragraphs[-1]
    return len(s.paragraphs) <= 3 and s.size < 260 and bool(re.search(r"摄[）)]?\s*$|摄（", last))


def headline_block(st: Style, s: Story, width: int) -> list[tuple[str, str]]:
    """(role, line) pairs: kicker, title and subtitle lines as large type sets them."""
    rng = st.rng
    size = rng.randint(7, 16)
    lines = []
    if s.kicker:
        lines += [("K", l) for l in headline_lines(s.kicker, rng, rng.choice([size + 2, width, 2 * width]))]
    title = headline_lines(s.title, rng, size)
    if len(title) == 1 and len(s.title) <= 8 and rng.random() < 0.2:
        title = [letter_spaced(s.title)]
    lines += [("T", l) for l in title]
    if s.subtitle:
        sub = ("——" if rng.random() < 0.5 else "") + s.subtitle
        lines += [("S", l) for l in headline_lines(sub, rng, rng.choice([width, width + 3, 2 * width]))]
    return lines


def add_head(page: Composed, lines: list[tuple[str, str]], k: int) -> None:
    """Lines given with their roles (a blank line as an empty one)."""
    for role, line in lines:
        if line:
            page.add(role, line, article=k)
        else:
            page.blank()


# --- Markdown-converted pages --------------------------------------------------

def markdown_page(st: Style, stories: list[Story], issue: str, captions: list[str] = ()) -> Composed:
    """Pages converted to Markdown: # headings at mixed levels (a lead story a
    level up), kickers as headings or plain lines, a headline set as two
    headings, names-only bylines, captions in and between articles, a paragraph
    split mid-sentence; some converted pages keep no # marks at all."""
    rng = st.rng
    page = Composed("markdown")
    plain = rng.random() < 0.25               # no heading marks: one paragraph a line
    top = rng.choice([1, 1, 2])
    lead = rng.random() < 0.3                 # the first story a level above the others
    gap = rng.random() < 0.85
    captions = list(captions)
    if rng.random() < 0.35:
        line = st.fill(rng.choice(["{y}年{m}月{d}日 星期{wd}", "{site} {y}年{m}月{d}日 第{page}版",
                                   "第{page}版：{section}"]), issue, stories[0].page)
        page.add("F", line)
        page.blank()
        page.printed_date = issue if "日" in line else ""

    def sep():
        if gap:
            page.blank()

    def mark(level: int) -> str:
        return "" if plain else "#" * min(6, level) + " "

    for k, s in enumerate(stories):
        paras = list(s.paragraphs)
        page.blank()
        if is_photo(s):
            body = paras
            if rng.random() < 0.5 and len(paras) >= 2:
                body = paras[:-1] + [re.sub(r"（[^）]*）\s*$", "", paras[-1])]    # the credit on a line of its own
            for p in body:
                page.add("P", p, article=k)
                sep()
            page.items.append(item(s, paras, issue, kind="photo", title=[]))
            continue
        level = top + (1 if (lead and k > 0) or rng.random() < 0.1 else 0)
        marked = True
        if s.kicker:
            same = rng.random() < 0.3          # the kicker set as a heading of the title's own level
            marked = not same
            page.add("K", (mark(level) if same else mark(level + 1) if rng.random() < 0.5 else "") + s.kicker,
                     article=k)
            sep()
        page.add("T", mark(level) + s.title, article=k)
        sep()
        if s.subtitle:
            page.add("S", (mark(level + 1) if rng.random() < 0.6 else "") + "——" + s.subtitle, article=k)
            sep()
        if not re.match(r"(本报|新华社|据新华社)", paras[0]) and rng.random() < 0.5:
            page.add("Y", st.fill(rng.choice(["{person} {person}", "{person}", "本报记者 {person}",
                                              "文/{person} 图/{person}", "□{person} {person}", "记者 {person}"])),
                     article=k)
            sep()
        broken = rng.random() < 0.3
        inner = rng.randint(1, len(paras) - 1) if captions and len(paras) > 2 and rng.random() < 0.3 else -1
        for i, p in enumerate(paras):
            text = p
            role = "H" if subhead(p) else "P"
            if role == "H" and re.fullmatch(r"\S{2,14}( \S{2,14})?", p) and rng.random() < 0.5:
                text = mark(level + 1) + p        # an inner subhead, a level under the title
            if broken and i == len(paras) // 2 and len(p) > 60:
                cut = rng.randint(20, len(p) - 20)   # a page break mid-sentence
                page.add(role, text[:cut], article=k)
                page.blank()
                page.add(role, text[cut:], article=k)
                broken = False
            else:
                page.add(role, text, article=k)
            sep()
            if i == inner:                       # a photo caption set inside the article
                page.add("P", captions.pop(), article=k)
                sep()
        page.items.append(item(s, paras, issue, marked=marked))
    return page


# --- Web articles with their site ------------------------------------------------

def web_page(st: Style, stories: list[Story], issue: str) -> Composed:
    """A web article saved with the site around it."""
    rng = st.rng
    s = stories[0]
    page = Composed("web")
    st.site = st.fill(st.pick("web_site_name"))
    for _ in range(rng.randint(0, 3)):
        page.add("F", st.fill(st.pick("web_top"), issue))
    if rng.random() < 0.5:
        page.add("F", st.site)
    crumb = st.fill(st.pick("crumbs"))
    if rng.random() < 0.25:
        page.add("F", *[p for p in re.split(r"\s*(>>|>|»|/)\s*", crumb) if p])   # over several lines
    else:
        page.add("F", crumb)
    if rng.random() < 0.5:
        page.blank()
    page.add("T", s.title, article=0)
    if s.subtitle and rng.random() < 0.5:
        page.add("S", "——" + s.subtitle, article=0)
    meta = st.fill(st.pick("web_meta"), issue)
    page.add("D", meta, article=0)
    page.printed_date = issue
    if rng.random() < 0.5:
        page.add("F", st.fill(st.pick("web_tools")))
    if rng.random() < 0.3:
        page.add("F", " | ")
    if rng.random() < 0.6:
        page.blank()
    paras = list(s.paragraphs)
    one = rng.random() < 0.3                         # the whole body as one paragraph
    lead = rng.choice(["", "\u3000\u3000", "  "])
    credit = st.fill(st.pick("web_credit")) if rng.random() < 0.6 else ""
    if one:
        glued = credit if credit and rng.random() < 0.6 else ""
        page.add("P", lead + "".join(paras) + glued, article=0)
        if credit and not glued:
            page.add("Y", credit, article=0)
    else:
        for i, p in enumerate(paras):
            glue = credit if credit and i == len(paras) - 1 and rng.random() < 0.5 else ""
            page.add("H" if subhead(p) and not glue else "P", lead + p + glue, article=0)
            if glue:
                credit = ""
            if rng.random() < 0.5:
                page.blank()
        if credit:
            page.add("Y", credit, article=0)
    page.items.append(item(s, paras if not one else ["".join(paras)], issue))
    if rng.random() < 0.3:
        page.add("F", meta)                          # some sites print the line twice
    page.blank()
    other = stories[1].title if len(stories) > 1 else "没有了"
    for _ in range(rng.randint(1, 4)):
        page.add("F", st.fill(st.pick("web_after"), issue, other=other))
    if rng.random() < 0.4:
        page.add("F", "相关新闻")
        page.add("F", *[o.title for o in stories[2:5]])
    page.blank()
    for _ in range(rng.randint(1, 4)):
        page.add("F", st.fill(st.pick("web_footer"), issue))
    return page


# --- Pages of reports that print no dateline --------------------------------------

# A dispatch's dateline and its reporters (本报北京2月13日电（记者 张三）, 新华社北京2月13日电).
DATED_DISPATCH = re.compile(r"^(?:本报|新华社)[^\s，。（(]{0,10}?(?P<day>\d{1,2}月\d{1,2}日)电\s*"
                            r"(?:[（(](?P<who>[^）)]{2,30})[）)])?\s*")


def droppable_dateline(first: str) -> re.Match | None:
    """The dateline a story's first paragraph opens with, where ten characters or more of
    text stand after it (what is left opens the report once the dateline is dropped)."""
    m = DATED_DISPATCH.match(first)
    return m if m and len(first) - m.end() >= 10 else None


def opens_on_day(s: Story) -> bool:
    """A report that opens on its day once its dateline is dropped (or prints none)."""
    first = s.paragraphs[0]
    return droppable_dateline(first) is not None or re.match(r"\d{1,2}月\d{1,2}日[，,]", first) is not None


def reports_page(st: Style, stories: list[Story], issue: str) -> Composed:
    """A county paper's or site's page of reports that print no dateline: each opens on
    its day (12月5日，县委召开…) under its headline, its reporter on a line of its own
    or nowhere; set one paragraph a line with blank lines between (a site, a converted
    page), or as a column OCR reads (hard-wrapped, blank lines missing)."""
    rng = st.rng
    page = Composed("reports")
    wrapped = rng.random() < 0.5
    width = rng.randint(12, 24)
    parted = not wrapped or rng.random() < 0.4      # blank lines between articles
    para_gap = not wrapped and rng.random() < 0.8   # …and between paragraphs
    if rng.random() < 0.4:
        page.add("F", st.fill(rng.choice(["{y}年{m}月{d}日 星期{wd}", "第{page}版 {section} {y}年{m}月{d}日"]),
                              issue, stories[0].page))
        page.blank()
        page.printed_date = issue
    for k, s in enumerate(stories):
        paras = list(s.paragraphs)
        caption = is_photo(s)
        byline = ""
        m = droppable_dateline(paras[0])
        if m and not caption:
            paras[0] = f"{m.group('day')}，{paras[0][m.end():]}"
            who = m.group("who") or ""
            if who.startswith(("记者", "本报记者")) and len(who) <= 14 and rng.random() < 0.5:
                byline = "记者 " + re.sub(r"^(?:本报)?记者\s*", "", who)
        page.items.append(item(s, paras, issue, marked=False, kind="photo" if caption else "news",
                               title=[] if caption else None))
        if k and parted:
            page.blank()
        if caption:
            head: list[tuple[str, str]] = []
        elif wrapped:
            head = headline_block(st, s, width)
        else:
            head = ([("K", s.kicker)] if s.kicker else []) + [("T", s.title)] + \
                ([("S", "——" + s.subtitle)] if s.subtitle else [])
        if byline:
            head.append(("Y", byline))
        add_head(page, head, k)
        if para_gap:
            page.blank()
        for n, p in enumerate(paras):
            role = "H" if subhead(p) else "P"
            page.add(role, *(wrap(p, width, rng) if wrapped else [p]), article=k)
            if para_gap and n < len(paras) - 1:
                page.blank()
    return page


# --- 简讯 columns ----------------------------------------------------------------

def brief_page(st: Style, stories: list[Story], issue: str) -> Composed:
    """A column of short items opened by ■/●/本报讯, with a lead title or none,
    printed as one line an item, or wrapped and cut by column breaks."""
    rng = st.rng
    page = Composed("brief")
    wrapped = rng.random() < 0.5
    width = rng.randint(12, 22)
    if rng.random() < 0.5:
        page.add("F", st.fill(rng.choice(["第{page}版 {section} {y}年{m}月{d}日", "{y}年{m}月{d}日 星期{wd}"]),
                              issue, stories[0].page))
        page.blank()
        page.printed_date = issue
    page.add("F", st.pick("brief_head"))
    page.blank()
    mark = st.pick("brief_mark")
    style = rng.choice(["mark_title", "mark_title_line", "benbao", "mark_only", "benbao_title"])
    every = rng.randint(18, 40)
    for k, s in enumerate(stories):
        # A column's item is a report's opening sentences: not the box label or figure the
        # paper set over the report (核心阅读, 开栏的话, 104万), which alone is no item.
        story = list(s.paragraphs)
        while len(story) > 1 and len(story[0]) < 20 and not re.search(r"[。！？]", story[0]):
            story.pop(0)
        first = re.sub(r"^(本报\S{0,10}?电|新华社\S{0,12}?电|据新华社\S{0,10}?电)\s*", "", story[0])
        first = re.sub(r"^（[^）]{0,14}）\s*", "", first)
        paras = [first] + story[1:rng.randint(1, 2)]
        if len(norm("".join(paras))) > 420:
            paras = paras[:1]
        credit = st.fill(rng.choice(["（{person}）", "（记者 {person}）", "（{person} {person}）", ""]))
        title = s.title if len(s.title) <= 30 else ""
        head: list[str] = []
        if style == "mark_title" and title:
            body = [f"{mark}{title} " + ("本报讯 " if rng.random() < 0.3 else "") + paras[0]] + paras[1:]
        elif style == "mark_title_line" and title:
            head, body = [f"{mark}{title}"], paras
        elif style == "benbao_title" and title:
            head, body = [title], ["本报讯 " + paras[0]] + paras[1:]
        elif style == "benbao":
            body, title = ["本报讯 " + paras[0]] + paras[1:], ""
        else:
            body, title = [mark + paras[0]] + paras[1:], ""
        body[-1] += credit
        page.items.append(item(s, paras, issue, title=[title] if title else []))
        if wrapped:
            body = [l for p in body for l in wrap(p, width, rng)]
            body = column_breaks(body, every, rng)
        page.add("T", *head, article=k)
        page.add("P", *body, article=k)
        if not wrapped or rng.random() < 0.5:
            page.blank()
    return page


# --- Digest and listing pages ----------------------------------------------------

def digest_page(st: Style, stories: list[Story], issue: str) -> Composed:
    """Several articles, each with its title and its own date line."""
    rng = st.rng
    page = Composed("digest")
    fmt = st.pick("digest_date")
    before = rng.random() < 0.6               # date line under the title, else after the body
    sep = st.pick("digest_sep")
    more = st.pick("digest_more") if rng.random() < 0.4 else ""
    cut = rng.random() < 0.5                   # summaries: the first paragraphs only
    number = st.pick("digest_number")
    if rng.random() < 0.5:
        page.add("F", st.fill(rng.choice(["{county}要闻汇总", "本周要闻", "新闻摘要", "{city}新闻 · 列表"])))
        page.blank()
    for k, s in enumerate(stories):
        paras = list(s.paragraphs[:rng.randint(1, 3)]) if cut else list(s.paragraphs)
        date_line = st.fill(fmt, s.date, s.page)
        page.add("T", number.format(n=k + 1) + s.title, article=k)
        if before:
            page.add("D", date_line, article=k)
        if rng.random() < 0.5:
            page.blank()
        for p in paras:
            page.add("H" if subhead(p) else "P", p, article=k)
        if not before:
            page.add("D", date_line, article=k)
        if more:
            page.add("F", more)
        page.blank()
        if sep:
            page.add("F", sep)
            page.blank()
        page.items.append(item(s, paras, s.date))
    return page


# --- Database records of old papers ----------------------------------------------

def record_page(st: Style, stories: list[Story], issue: str, year_shift: int = 0) -> Composed:
    """Labelled fields, the paper's own hard wraps; one to four records a file."""
    rng = st.rng
    page = Composed("record")
    fields = st.pick("record_fields")
    datefmt = st.pick("record_date")
    width = rng.randint(28, 42)
    govdata = rng.random() < 0.2
    for k, s in enumerate(stories):
        date = shifted(s.date, year_shift)
        paras = list(s.paragraphs)
        author = st.person() if rng.random() < 0.6 else ""
        if govdata:
            y, m, d = (int(x) for x in date.split("-"))
            page.add("D", f"{y}年{m}月{d}日人民日报 第{s.page}版", article=k)
            page.blank()
            page.add("F", f"第{s.page}版({st.pick('sections')})", "专栏:" + s.kicker)
            page.blank()
            page.add("T", "\u3000\u3000" + s.title, article=k)
            if s.subtitle:
                page.add("S", s.subtitle, article=k)
            if author:
                page.add("Y", author, article=k)
            for p in paras:
                page.add("H" if subhead(p) else "P", p, article=k)
            page.blank()
            page.blank()
        else:
            kicker = s.kicker + " " if s.kicker and rng.random() < 0.3 else ""
            page.add("T", fields["title"] + kicker + s.title, article=k)
            if s.subtitle and rng.random() < 0.5:
                page.add("S", ("【副标题】" if fields["title"].startswith("【") else "副标题：") + s.subtitle,
                         article=k)
            if author:
                page.add("Y", fields["author"] + author, article=k)
            order = [("D", fields["date"] + st.fill(datefmt, date, s.page)),
                     ("F", fields["page"] + st.fill(st.pick("record_page"), date, s.page))]
            rng.shuffle(order)
            for role, value in order:
                page.add(role, value, article=k)
            if fields["body"]:
                page.add("F", fields["body"])
            for p in paras:
                page.add("H" if subhead(p) else "P", *wrap("\u3000\u3000" + p, width, rng, jitter=0), article=k)
            page.blank()
            if rng.random() < 0.4:
                page.add("F", rng.choice(["====================", "------------------------------", "*****"]))
                page.blank()
        page.items.append(item(s, paras, date, title=titles(s, marked=True) + ([s.kicker + s.title] if s.kicker else [])))
    return page


def shifted(date: str, years: int) -> str:
    if not years:
        return date
    y, rest = int(date[:4]) - years, date[4:]
    if rest == "-02-29":
        rest = "-02-28"
    return f"{y}{rest}"
