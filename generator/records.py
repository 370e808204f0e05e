"""Typed records passed between the pipeline stages."""
from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("news", "commentary", "photo", "continuation", "residue")


@dataclass(frozen=True)
class Line:
    """One line of a source page, numbered from 1 as an editor would."""
    no: int
    text: str


@dataclass
class Page:
    """A decoded source page and what ingest learned about it."""
    source: str            # file name, the page's identity in the archive
    lines: list[Line]
    kind: str              # "ocr", "markdown", "web" or "plain"
    encoding: str = "utf-8"
    nbytes: int = 0


@dataclass
class Draft:
    """An article (or residue) as segmentation cut it, before tagging.

    `paragraphs` are reflowed body paragraphs; `credit` keeps printed byline
    lines verbatim so nothing printed is lost when `byline` lists only people.
    """
    kind: str
    first: int
    last: int
    title: str = ""
    subtitle: str = ""
    kicker: str = ""
    stamp: str = ""        # a date/time line printed with the article (web pages)
    credit: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    line_nos: list[int] = field(default_factory=list)
    para_lines: list[list[int]] = field(default_factory=list)   # source lines of each paragraph, when known
    printed: list[str] = field(default_factory=list)   # head lines as printed, where a label or marker was cut


@dataclass(frozen=True)
class Division:
    """An administrative division as the national tables of some years hold it."""
    code: str
    level: int            # 1 province, 2 prefecture city, 3 county
    name: str
    short: str
    parent: str           # parent code, "" for provinces
    years: tuple = ()     # ((first, last), ...): the years' tables that hold it; () for always
    successor: str = ""   # code of the newest table's division it became, where it has changed

    def stood(self, year: int) -> bool:
        return not self.years or any(a <= year <= b for a, b in self.years)

    @property
    def last_year(self) -> int:
        return self.years[-1][1] if self.years else 9999

    @property
    def first_year(self) -> int:
        return self.years[0][0] if self.years else 0

    def as_dict(self, path: list["Division"]) -> dict:
        return {"name": self.name, "code": self.code, "level": self.level,
                "path": [d.name for d in path]}


@dataclass(frozen=True)
class CatalogRecord:
    """What a curator knows about one page (all optional)."""
    publication: str = ""
    home_region: Division | None = None
    date: str = ""
    medium: str = ""
    note: str = ""
    national: bool = False     # a paper of the whole country: no home region, none inferred
    fixes: object = None       # the page's corrections (corrections.PageFixes), if a maintainer made any

    @property
    def known(self) -> bool:
        """Does the catalogue say anything about the page (a record may hold corrections alone)?"""
        return bool(self.publication or self.home_region or self.date or self.medium or self.note or self.national)


@dataclass
class Article:
    """The archive's unit: one record of `python -m generator parse`."""
    id: str
    source: str
    lines: list[int]
    kind: str
    title: str
    subtitle: str
    kicker: str
    byline: list[str]
    credit: list[str]
    date: str
    regions: list[dict]
    agencies: list[str]
    body: str
    notes: list[str]
    publication: str = ""
    stamp: str = ""          # the date line as printed with the article, if any
    printed: list[str] = field(default_factory=list)   # head lines as printed where a field label was cut
    # Every body it names: {"name" in full, "kind", "printed" where it was written short}; `agencies`
    # are those that are organs of the party and state, public institutions or state enterprises.
    organisations: list[dict] = field(default_factory=list)
    # A maintainer's corrections (corrections.py): {"field", "label", "was", "now"} each; hidden: off the lists.
    corrections: list[dict] = field(default_factory=list)
    hidden: bool = False

    @classmethod
    def from_dict(cls, d: dict) -> "Article":
        """The inverse of as_dict; a field missing from d comes back empty."""
        lists = {"lines", "byline", "credit", "regions", "agencies", "notes", "printed", "organisations", "corrections"}
        return cls(**{k: d.get(k, [] if k in lists else False if k == "hidden" else "")
                      for k in cls.__dataclass_fields__})

    def as_dict(self) -> dict:
        return {
            "id": self.id, "source": self.source, "lines": self.lines, "kind": self.kind,
            "title": self.title, "subtitle": self.subtitle, "kicker": self.kicker,
            "byline": self.byline, "credit": self.credit, "date": self.date, "stamp": self.stamp,
            "regions": self.regions, "agencies": self.agencies, "body": self.body,
            "notes": self.notes, "publication": self.publication, "printed": self.printed,
            "organisations": self.organisations,
            **({"corrections": self.corrections} if self.corrections else {}),
            **({"hidden": True} if self.hidden else {}),
        }
