"""The curator's catalogue: page file name -> publication, home region, date.

Errors name the catalogue file, the page and the field, so a maintainer can
fix the record; a broken record is reported and skipped, the rest still load.
"""
from __future__ import annotations

from pathlib import Path

import yaml

# libyaml's parser when PyYAML has it: the catalogue of a large archive has
# thousands of records, and it is read on every build.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

from .extract.dates import valid_iso
from .extract.gazetteer import load
from .records import CatalogRecord


class CatalogError(Exception):
    pass


def load_catalog(path: Path) -> tuple[dict[str, CatalogRecord], list[str]]:
    """(records by page name, error messages)."""
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
    except OSError as err:
        raise CatalogError(f"{path}: cannot read catalogue: {err.strerror}") from None
    except UnicodeDecodeError:
        raise CatalogError(f"{path}: catalogue is not UTF-8 text") from None
    except yaml.YAMLError as err:
        where = getattr(err, "context_mark", None) or getattr(err, "problem_mark", None)
        line = f" line {where.line + 1}" if where is not None else ""
        raise CatalogError(f"{path}:{line}: invalid YAML: {getattr(err, 'problem', err)}") from None
    if raw is None:
        return {}, []
    if not isinstance(raw, dict):
        raise CatalogError(f"{path}: a catalogue maps page file names to records, got {type(raw).__name__}")
    gaz = load()
    records: dict[str, CatalogRecord] = {}
    errors: list[str] = []
    for page, rec in raw.items():
        where = f"{path}: page {page}"
        if rec is None:
            rec = {}
        if not isinstance(rec, dict):
            errors.append(f"{where}: record must be a mapping of fields")
            continue
        home = None
        region = rec.get("home_region")
        if region not in (None, ""):
            home = gaz.resolve(str(region))
            if home is None:
                errors.append(f"{where}: field home_region: unknown region {region!r} "
                              "(not in the national division table)")
                continue
        date = rec.get("date")
        date = "" if date is None else str(date)
        if date and not valid_iso(date):
            errors.append(f"{where}: field date: {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
            continue
        records[str(page)] = CatalogRecord(
            publication=str(rec.get("publication") or ""), home_region=home, date=date,
            medium=str(rec.get("medium") or ""), note=str(rec.get("note") or ""))
    return records, errors
