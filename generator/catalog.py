"""The curator's catalogue: page file name -> publication, home region, date.

Errors name the catalogue file, the page and the field, so a maintainer can
fix the record; a broken record is reported and skipped, the rest still load.
"""
from __future__ import annotations

import difflib
import marshal
import os
import re
from pathlib import Path

from .extract.dates import valid_iso
from .extract.gazetteer import load
from .ingest import clean_text
from .records import CatalogRecord
from .yaml_text import NotText, YAMLSyntaxError, load_text_yaml


class CatalogError(Exception):
    pass


def load_catalog(path: Path, cache: Path | None = None) -> tuple[dict[str, CatalogRecord], list[str]]:
    """(records by page name, error messages).  With a cache folder, each entry's
    checked record is kept there by its text, so that a catalogue of thousands of
    pages is not parsed again whole because one entry was added (see entries)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise CatalogError(f"{path}: cannot read catalogue: {err.strerror}") from None
    except UnicodeDecodeError:
        raise CatalogError(f"{path}: catalogue is not UTF-8 text") from None
    blocks = entries(text) if cache is not None else None
    checked = by_entry(blocks, cache) if blocks is not None else None
    if checked is None:
        checked = check_all(parse(path, text))
    records: dict[str, CatalogRecord] = {}
    errors: list[str] = []
    gaz = load()
    for page, result in checked.items():
        if isinstance(result, str):
            errors.append(f"{path}: page {page}: {result}")
            continue
        publication, home, date, medium, note, national, problems = result
        errors += [f"{path}: page {page}: {p}" for p in problems]
        records[page] = CatalogRecord(publication, gaz.by_code[home] if home else None, date, medium, note,
                                      national)
    return records, errors


def parse(path: Path, text: str) -> dict:
    try:
        raw = load_text_yaml(text)
    except YAMLSyntaxError as err:
        line = f" line {err.line}" if err.line is not None else ""
        raise CatalogError(f"{path}:{line}: invalid YAML: {err.problem}") from None
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise CatalogError(f"{path}: a catalogue maps page file names to records, got {type(raw).__name__}")
    return raw


def check_all(raw: dict) -> dict[str, tuple | str]:
    return {str(page): plain_name(page) or check(rec) for page, rec in raw.items()}


def plain_name(page) -> str:
    """What is wrong with a catalogue key, or "": it names a page by its file name alone."""
    name = str(page) if isinstance(page, str) else ""
    if not name.strip() or name in (".", "..") or any(c in name for c in "/\\") or \
            any(ord(c) < 32 or c in "\u2028\u2029\x85" for c in name):
        return "a page is named by its plain file name (no folder, not empty)"
    return ""


FIELDS = ("publication", "home_region", "date", "medium", "note")


def text_field(rec: dict, name: str, problems: list[str], lines: bool = False) -> str:
    """A field's text, on one line unless `lines`; a value that is not text (a list,
    a mapping, !!binary) is named and left out."""
    value = rec.get(name)
    if value is None:
        return ""
    if isinstance(value, (list, dict, NotText)):
        kind = {list: "a list", dict: "a mapping"}.get(type(value), repr(value))
        problems.append(f"field {name}: must be text, not {kind}")
        return ""
    if lines:
        return clean_text(str(value))
    return " ".join(clean_text(str(value)).split())       # one line: no separators, no runs of spaces


# What a curator writes for a paper of the whole country rather than of one place.
NATIONAL = {"全国", "中国", "中华人民共和国", "全国性", "national", "china", "nationwide"}


def check(rec) -> tuple | str:
    """A record's fields as (publication, home region code, date, medium, note,
    national, problems), or what is wrong with the record as a whole.  A bad
    field costs that field alone: it is left empty and named in `problems`."""
    if rec is None:
        rec = {}
    if not isinstance(rec, dict):
        return "record must be a mapping of fields"
    problems: list[str] = []
    for key in rec:
        if key not in FIELDS:
            near = difflib.get_close_matches(str(key), FIELDS, n=1)
            hint = f" (did you mean {near[0]}?)" if near else f" (fields: {', '.join(FIELDS)})"
            problems.append(f"unknown field {key!r}{hint}")
    home = None
    national = False
    region = text_field(rec, "home_region", problems)
    if region:
        if region.lower() in NATIONAL:
            national = True
        else:
            home = load().resolve(region)
            if home is None:
                problems.append(f"field home_region: {unknown_region(region)}")
    date = text_field(rec, "date", problems)
    if date and (len(date) > 10 or not valid_iso(date)):
        problems.append(f"field date: {date[:20]!r} is not a date written YYYY, YYYY-MM or YYYY-MM-DD")
        date = ""
    return (text_field(rec, "publication", problems), home.code if home else "", date,
            text_field(rec, "medium", problems), text_field(rec, "note", problems, lines=True), national, tuple(problems))


def unknown_region(region: str) -> str:
    """Why a home region did not resolve: a name several divisions share, or none."""
    gaz = load()
    same = sorted({d.code: d for d in gaz.by_code.values() if region in (d.name, d.short)}.values(),
                  key=lambda d: d.code)
    if len(same) > 1:
        where = ", ".join("".join(x.name for x in gaz.path(d)) for d in same[:6])
        return f"{region!r} is ambiguous: {where}{'…' if len(same) > 6 else ''}; write it with its parent"
    return f"unknown region {region!r} (not in the national division table)"


# A catalogue is read on every build.  When it is a plain mapping (no anchors,
# aliases, tags or document markers), each top-level entry is a YAML document
# of its own, whose meaning does not depend on the others: it can be checked
# once and kept by its text.  Anything else is parsed whole.
TOP_KEY = re.compile(r"[^\s#&*!|>'\"%@`{}\[\],?:-][^\n]*:(?:[ \t].*)?")
SPECIAL = re.compile(r"(?:^|[\s:\[{,])[&*!]\S|^(?:---|\.\.\.)", re.MULTILINE)
MEMO = "catalog.memo"


def entries(text: str) -> list[str] | None:
    """The texts of the catalogue's top-level entries, in order; None when it is not a plain mapping."""
    if SPECIAL.search(text):
        return None
    blocks: list[list[str]] = []
    for line in text.splitlines(keepends=True):
        if not line.strip() or line.lstrip().startswith("#") or line[0] in " \t":
            if blocks:
                blocks[-1].append(line)
            elif line.strip() and not line.lstrip().startswith("#"):
                return None                  # indented text before any entry
            continue
        if not TOP_KEY.fullmatch(line.rstrip("\r\n")):
            return None
        blocks.append([line])
    return ["".join(b) for b in blocks]


def by_entry(blocks: list[str], cache: Path) -> dict[str, tuple | str] | None:
    """Each entry's checked record, from the cache when its text is there; None when an
    entry does not parse alone (the whole catalogue is then parsed, to report it)."""
    memo_path = cache / MEMO
    try:
        memo = marshal.loads(memo_path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        memo = {}
    if not isinstance(memo, dict) or memo.get("") != _version():
        memo = {}
    kept: dict[str, list] = {"": _version()}
    out: dict[str, tuple | str] = {}
    for block in blocks:
        got = memo.get(block)
        if got is None:
            try:
                raw = load_text_yaml(block)
            except YAMLSyntaxError:
                return None
            if not isinstance(raw, dict) or len(raw) != 1:
                return None
            got = [[page, result] for page, result in check_all(raw).items()]
        kept[block] = got
        for page, result in got:
            out[page] = result          # the last entry of a page wins, as in YAML (marshal keeps tuples)
    if kept != memo:
        cache.mkdir(parents=True, exist_ok=True)
        tmp = memo_path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(kept, 2))
        tmp.replace(memo_path)
    return out


def _version() -> str:
    # A checked record depends on the checking code and the division table.
    from .runner import code_version
    return code_version(parsing_only=True)
