"""Where composed pages are cut wrong: each failing article told at the line where it went wrong.

`score.py` says which articles fail (`end missing`, `merged with`); to know which rule to
write, one needs the line where the cut went wrong, what that line is (the composer's role:
P text, H subhead, T headline, Y byline, …) and what the line-role tagger read it as.  A
census of those over many pages shows which mistakes are common and which are one page's.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..records import Draft, Line
from .layouts import Composed
from .typeset import norm


@dataclass(frozen=True)
class Failure:
    """One gold article cut wrong, at the first line where it went wrong.

    `what`: "start lost" (its first line went to the residue), "cut" (its text leaves the
    article its first line opened, at `line`), "merged" (another article's first line,
    `line`, stands in the same output article), "start in head" (its first words read as
    a headline's), "start twice" (in two output articles) or "not found" (a snippet the
    page's lines do not hold as one run).  `role` is the composer's role of that
    line, `label` the tagger's; `into` the kind of output that took the line ("news",
    "residue", "photo", …), or for a merge the roles and labels of the lines just above."""
    page: str
    article: str
    what: str
    line: int
    role: str
    label: str
    into: str

    @property
    def key(self) -> tuple[str, str, str, str]:
        return self.what, self.role, self.label, self.into


def failures(name: str, page: Composed, lines: list[Line], labels: list[str | None],
             drafts: list[Draft]) -> list[Failure]:
    """The failures of one composed page, judged as score.py judges (the gold's first and
    last snippets in one output article's text, no other article's first there).  `lines`
    are the page as written (numbered from 1, leading blank lines stripped), `labels` the
    tagger's, one per line, `drafts` the segmenter's output."""
    lead = next((k for k, text in enumerate(page.lines) if text != ""), 0)
    role = lambda no: page.roles[no - 1 + lead][0] if 0 <= no - 1 + lead < len(page.roles) else ""  # noqa: E731
    label = lambda no: (labels[no - 1] or "") if 0 < no <= len(labels) else ""  # noqa: E731
    owner = {no: k for k, d in enumerate(drafts) for no in d.line_nos}
    texts = [norm("".join(d.paragraphs)) for d in drafts]       # (residue too: score.py reads every record)
    starts, joined = [], ""
    for line in lines:
        starts.append((len(joined), line.no))
        joined += norm(line.text)

    def line_at(offset: int) -> int:
        return max((no for start, no in starts if start <= offset), default=1)

    out: list[Failure] = []
    for item in page.items:
        first, last = norm(item.first), norm(item.last)
        holders = [k for k, t in enumerate(texts) if first in t]
        others = [o for o in page.items if o is not item and holders and norm(o.first) in texts[holders[0]]]
        if len(holders) == 1 and last in texts[holders[0]] and not others:
            continue
        a = joined.find(first)
        b = joined.find(last, max(a, 0))
        if a < 0 or b < 0:                    # (a snippet the page does not print as one run)
            out.append(Failure(name, item.id, "not found", 0, "", "", ""))
            continue
        start, end = line_at(a), line_at(b + len(last) - 1)
        home = owner.get(start)
        if home is None or drafts[home].kind == "residue":
            out.append(Failure(name, item.id, "start lost", start, role(start), label(start), "residue"))
            continue
        cut = next((no for no in range(start, end + 1) if lines[no - 1].text.strip() and owner.get(no) != home), None)
        if cut is not None:
            into = owner.get(cut)
            out.append(Failure(name, item.id, "cut", cut, role(cut), label(cut),
                               "residue" if into is None else drafts[into].kind))
            continue
        if others:
            at = line_at(joined.find(norm(others[0].first)))
            above = [role(no) + label(no) for no in range(max(1, at - 3), at) if lines[no - 1].text.strip()]
            out.append(Failure(name, item.id, "merged", at, role(at), label(at), "/".join(above)))
            continue
        # (its first words read as a headline's, or printed in two output articles)
        what = "start in head" if not holders else "start twice"
        out.append(Failure(name, item.id, what, start, role(start), label(start), drafts[home].kind))
    return out


def tally(found: list[Failure]) -> list[tuple[tuple[str, str, str, str], int, list[Failure]]]:
    """Failures grouped by (what, role, label, into), the commonest first, with their instances."""
    counts = Counter(f.key for f in found)
    return [(key, n, [f for f in found if f.key == key]) for key, n in counts.most_common()]
