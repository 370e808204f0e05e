"""A maintainer's corrections to what the parser got wrong, kept as reviewed data.

`seeds/corrections.yml`, by source page (the file name, as in the catalogue):

    000_47afc588f51b42f0.txt:
      articles:
        0e11b1cf5cf3:              # an article's id (its page shows it)
          title: 正确的标题
          date: 2021-11-03
          regions: ["640200"]      # division codes
          agencies: [石嘴山市委组织部]
          hide: true               # off the lists; kept in the downloads and the quality page
      split: [42]                  # a new article opens at line 42
      merge:
        - [111a2e18374c, 9c7ebf6dbaaa]

Exists so that a wrong cut or tag is fixed without code and survives every
rebuild: the corrections are applied where the page is parsed (pipeline.py),
are part of the page's key (a changed correction re-reads its page), keep ids
stable (a corrected field never changes an id; a split's second part and a
merge are named from the ids they come from), show on the article's page
(已人工校订) and on the quality page, and a correction whose article no
longer exists is reported, not dropped.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from .digest import sha1
from .records import KINDS, Article, Draft
from .yaml_text import NotText, YAMLSyntaxError, load_text_yaml

FIELDS = {"title": "标题", "subtitle": "副标题", "kicker": "引题", "date": "日期", "kind": "类型",
          "regions": "地区", "agencies": "机构", "byline": "作者", "hide": "隐藏"}
PAGE_KEYS = ("articles", "split", "merge")
ID = re.compile(r"[0-9a-f]{12}")
NOT_APPLIED = "人工校订未能应用："


@dataclass(frozen=True)
class ArticleFix:
    id: str
    fields: tuple = ()            # ((field, value), ...) in the file's order


@dataclass(frozen=True)
class PageFixes:
    articles: tuple[ArticleFix, ...] = ()
    split: tuple[int, ...] = ()
    merge: tuple[tuple[str, ...], ...] = ()


class CorrectionsError(Exception):
    pass


def load_corrections(path: Path) -> tuple[dict[str, PageFixes], list[str]]:
    """(corrections by page name, error lines naming the file, page, id and field).
    A bad entry costs that entry alone."""
    try:
        raw = load_text_yaml(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise CorrectionsError(f"{path}: cannot read corrections: {err.strerror}") from None
    except UnicodeDecodeError:
        raise CorrectionsError(f"{path}: corrections are not UTF-8 text") from None
    except YAMLSyntaxError as err:
        line = f" line {err.line}" if err.line is not None else ""
        raise CorrectionsError(f"{path}:{line}: invalid YAML: {err.problem}") from None
    if raw is None:
        return {}, []
    if not isinstance(raw, dict):
        raise CorrectionsError(f"{path}: corrections map page file names to their corrections")
    out: dict[str, PageFixes] = {}
    errors: list[str] = []
    for page, entry in raw.items():
        where = f"{path}: page {page}"
        if not isinstance(entry, dict):
            errors.append(f"{where}: expected {', '.join(PAGE_KEYS)}")
            continue
        for key in entry:
            if key not in PAGE_KEYS:
                errors.append(f"{where}: unknown key {key!r}{hint(key, PAGE_KEYS)}")
        arts = []
        for aid, fields in (entry.get("articles") or {}).items() if isinstance(entry.get("articles"), dict) else ():
            aid = str(aid)
            if not ID.fullmatch(aid):
                errors.append(f"{where}: article {aid}: an id is the 12 hex digits its page shows")
                continue
            if not isinstance(fields, dict):
                errors.append(f"{where}: article {aid}: expected fields ({', '.join(FIELDS)})")
                continue
            good = []
            for name, value in fields.items():
                value, problem = checked(name, value)
                if problem:
                    errors.append(f"{where}: article {aid}: field {name}: {problem}")
                else:
                    good.append((name, value))
            arts.append(ArticleFix(aid, tuple(good)))
        split = []
        for line in listed(entry.get("split")):
            if str(line).isdigit() and int(line) > 0:
                split.append(int(line))
            else:
                errors.append(f"{where}: split: {line!r} is not a line number")
        merge = []
        for group in listed(entry.get("merge")):
            ids = tuple(str(x) for x in group) if isinstance(group, list) else ()
            if len(ids) < 2 or not all(ID.fullmatch(x) for x in ids):
                errors.append(f"{where}: merge: {group!r} is not a list of two or more article ids")
            else:
                merge.append(ids)
        if not isinstance(entry.get("articles"), (dict, type(None))):
            errors.append(f"{where}: articles: expected a mapping of article ids to fields")
        out[str(page)] = PageFixes(tuple(arts), tuple(sorted(set(split))), tuple(merge))
    return out, errors


def listed(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def hint(word, words) -> str:
    near = difflib.get_close_matches(str(word), words, n=1)
    return f" (did you mean {near[0]}?)" if near else f" (expected one of {', '.join(words)})"


def checked(name: str, value) -> tuple[object, str]:
    """(the value as the record holds it, "") or (None, what is wrong)."""
    from .extract.dates import valid_iso
    from .extract.gazetteer import load

    if name not in FIELDS:
        return None, f"unknown field{hint(name, list(FIELDS))}"
    if isinstance(value, (dict, NotText)):
        return None, "expected text or a list"
    if name in ("title", "subtitle", "kicker"):
        return ("" if value is None else " ".join(str(value).split())), ""
    if name == "date":
        date = "" if value is None else str(value).strip()
        return (date, "") if not date or valid_iso(date) else (None, f"{date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    if name == "kind":
        return (str(value), "") if value in KINDS else (None, f"{value!r} is not one of {', '.join(KINDS)}")
    if name == "hide":
        text = str(value).strip().lower()
        if text in ("true", "yes", "是", "1"):
            return True, ""
        if text in ("false", "no", "否", "0"):
            return False, ""
        return None, "expected true or false"
    items = [str(x).strip() for x in listed(value) if str(x).strip()]
    if name == "regions":
        gaz = load()
        unknown = [c for c in items if c not in gaz.by_code]
        if unknown:
            return None, f"{', '.join(unknown)}: not division codes of the national table"
        return [gaz.by_code[c].as_dict(gaz.path(gaz.by_code[c])) for c in items], ""
    return items, ""                    # agencies, byline


def apply(fixes: PageFixes, drafts: list[Draft], articles: list[Article], rebuild) -> list[Article]:
    """The page's articles with its corrections applied; `rebuild` makes an Article
    of a Draft (as the pipeline does).  A correction that finds nothing to apply
    to is noted on the page's first record, beginning NOT_APPLIED."""
    pairs = list(zip(drafts, articles))
    missing: list[str] = []
    for ids in fixes.merge:
        at = [next((k for k, (_, a) in enumerate(pairs) if a.id == i), None) for i in ids]
        if None in at:
            missing.append(f"合并 {'+'.join(ids)}：找不到文章 {ids[at.index(None)]}")
            continue
        merged_draft = merge_drafts([pairs[k][0] for k in sorted(at)])
        merged = rebuild(merged_draft)
        merged.id = ids[0]
        record(merged, "merge", "合并", "+".join(ids), "")
        keep = sorted(at)[0]
        pairs[keep] = (merged_draft, merged)
        pairs = [p for k, p in enumerate(pairs) if k == keep or k not in at]
    for line in fixes.split:
        k = next((k for k, (d, a) in enumerate(pairs) if a.kind != "residue" and a.lines[0] < line <= a.lines[1]), None)
        parts = split_draft(pairs[k][0], line) if k is not None else None
        if parts is None:
            missing.append(f"切分于第 {line} 行：该行不在任何文章的正文之中")
            continue
        first, second = (rebuild(d) for d in parts)
        first.id = pairs[k][1].id
        second.id = sha1(f"{first.id}:{line}".encode("utf-8")).hexdigest()[:12]
        for a in (first, second):
            record(a, "split", "切分", f"第 {line} 行", "")
        pairs[k:k + 1] = [(parts[0], first), (parts[1], second)]
    out = [a for _, a in pairs]
    by_id = {a.id: a for a in out}
    for fix in fixes.articles:
        art = by_id.get(fix.id)
        if art is None:
            missing.append(f"文章 {fix.id} 不存在（解析器对此页的切分可能已改变）")
            continue
        for name, value in fix.fields:
            was = getattr(art, "hidden" if name == "hide" else name)
            if name == "hide":
                art.hidden = bool(value)
                if value:
                    record(art, "hide", FIELDS[name], "", "从列表中隐藏")
                continue
            setattr(art, name, value)
            record(art, name, FIELDS[name], shown(was), shown(value))
    if missing and out:
        out[0].notes += [NOT_APPLIED + m for m in missing]
    return out


def record(art: Article, name: str, label: str, was: str, now: str) -> None:
    art.corrections.append({"field": name, "label": label, "was": was, "now": now})
    art.notes.append(f"人工校订：{label}" + (f"（原为「{was}」）" if was and name not in ("merge", "split") else
                                          f"（{was}）" if was else ""))


def shown(value) -> str:
    if isinstance(value, list):
        return "、".join(v["name"] if isinstance(v, dict) else str(v) for v in value)
    return str(value)


def merge_drafts(drafts: list[Draft]) -> Draft:
    head = drafts[0]
    lines = sorted({n for d in drafts for n in d.line_nos} | {n for d in drafts for n in (d.first, d.last)})
    return Draft(kind=head.kind, first=lines[0], last=lines[-1], title=head.title, subtitle=head.subtitle,
                 kicker=head.kicker, stamp=head.stamp, credit=[c for d in drafts for c in d.credit],
                 paragraphs=[p for d in drafts for p in d.paragraphs],
                 notes=[n for d in drafts for n in d.notes], line_nos=lines,
                 para_lines=[pl for d in drafts for pl in (d.para_lines or [[]] * len(d.paragraphs))],
                 printed=list(head.printed))


def split_draft(d: Draft, line: int) -> tuple[Draft, Draft] | None:
    """The draft cut before the paragraph that holds `line` (or that starts after it)."""
    if len(d.para_lines) != len(d.paragraphs) or not d.paragraphs:
        return None
    k = next((i for i, pl in enumerate(d.para_lines) if pl and max(pl) >= line), None)
    if k is None or k == 0:
        return None
    second_lines = sorted({n for pl in d.para_lines[k:] for n in pl} | {n for n in d.line_nos if n >= line})
    first_lines = sorted(n for n in d.line_nos if n not in set(second_lines)) or [d.first]
    first = Draft(kind=d.kind, first=first_lines[0], last=first_lines[-1], title=d.title, subtitle=d.subtitle,
                  kicker=d.kicker, stamp=d.stamp, credit=list(d.credit), paragraphs=d.paragraphs[:k],
                  notes=list(d.notes), line_nos=first_lines, para_lines=d.para_lines[:k], printed=list(d.printed))
    second = Draft(kind="news" if d.kind == "continuation" else d.kind, first=second_lines[0], last=second_lines[-1],
                   paragraphs=d.paragraphs[k:], line_nos=second_lines, para_lines=d.para_lines[k:])
    return first, second

