"""The curator's catalogue: page file name -> publication, home region, date.

Errors name the catalogue file, the page and the field, so a maintainer can
fix the record; a broken record is reported and skipped, the rest still load.
"""
from __future__ import annotations

import marshal
import os
import re
from pathlib import Path

from .extract.dates import valid_iso
from .extract.gazetteer import load
from .records import CatalogRecord
from .yaml_text import YAMLSyntaxError, load_yaml


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
        raw = load_yaml(text)
    except YAMLSyntaxError as err:
        line = f" line {err.line}" if err.line is not None else ""
        raise CatalogError(f"{path}:{line}: invalid YAML: {err.problem}") from None
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise CatalogError(f"{path}: a catalogue maps page file names to records, got {type(raw).__name__}")
    return raw


def check_all(raw: dict) -> dict[str, tuple | str]:
    return {str(page): check(rec) for page, rec in raw.items()}


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
    home = None
    national = False
    region = rec.get("home_region")
    if region not in (None, ""):
        if str(region).strip().lower() in NATIONAL:
            national = True
        else:
            home = load().resolve(str(region))
            if home is None:
                problems.append(f"field home_region: unknown region {region!r} (not in the national division table)")
    date = rec.get("date")
    date = "" if date is None else str(date)
    if date and not valid_iso(date):
        problems.append(f"field date: {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        date = ""
    return (str(rec.get("publication") or ""), home.code if home else "", date,
            str(rec.get("medium") or ""), str(rec.get("note") or ""), national, tuple(problems))


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
                raw = load_yaml(block)
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
