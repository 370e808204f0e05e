"""Many patterns of a data file asked as one question: does any of them match this line?

Why not one alternation of them all: Python's engine tries every alternative at every
position of the line, so a line's cost grows with the list. It skips ahead fast only
when every alternative opens on a plain character (it then looks for those characters
alone), and it tries a pattern anchored at the start (^…) at every position too. So the
alternatives are sorted: the anchored ones are tried once, at the line's start; the ones
that open on a character (or, rewritten, on one of a class's characters: [大中小]…, or of a
group's: (?:投稿|联系)…) make one alternation the engine can skip through; only the rest
(\\d+人参与, an e-mail address) are searched for the slow way. Measured on the lines of
360 real-layout pages: 7.1 → 1.0 µs a line for the furniture words, 20 → 5 µs for the
lines that are furniture by themselves.
"""
from __future__ import annotations

import re
from typing import Iterable

SPECIAL = set("[]().^$*+?{}|\\")
QUANTIFIER = set("?*+{")


class AnyOf:
    """A set of patterns answering one yes-or-no question, the same answer as
    `re.search("|".join(patterns), text) is not None`."""

    def __init__(self, patterns: Iterable[str]):
        anchored: list[str] = []
        led: list[str] = []
        slow: list[str] = []
        for branch in (b for p in patterns for b in top_level_branches(p)):
            if branch.startswith("^"):
                anchored.append(branch[1:])
                continue
            opened = opened_by_characters(branch)
            if opened is None:
                slow.append(branch)
            else:
                led += opened
        self.at_start = _union(anchored)
        self.led = re.compile("|".join(led)) if led else None     # bare: the engine sees each one's first character
        self.slow = _union(slow)

    def search(self, text: str) -> bool:
        return bool(self.at_start and self.at_start.match(text)) or \
            bool(self.led and self.led.search(text)) or bool(self.slow and self.slow.search(text))


def _union(branches: list[str]) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{b})" for b in branches)) if branches else None


def _scan(pattern: str):
    """Each character of a pattern with the depth of the groups around it after it (None
    for one that is escaped or inside a class: it opens, closes and separates nothing)."""
    depth, in_class, escaped = 0, False, False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            depth += 1 if ch == "(" else -1 if ch == ")" else 0
            yield i, ch, depth
            continue
        yield i, ch, None


def top_level_branches(pattern: str) -> list[str]:
    """A pattern's alternatives at its top level (a|b(c|d) → a, b(c|d))."""
    cuts = [i for i, ch, depth in _scan(pattern) if ch == "|" and depth == 0]
    return [pattern[a + 1:b] for a, b in zip([-1] + cuts, cuts + [len(pattern)])]


def opened_by_characters(branch: str, depth: int = 0) -> list[str] | None:
    """The branch as alternatives that each open on a plain character, or None when it
    cannot be written so (it opens on an escape, a lookaround, a repeat…)."""
    if not branch or depth > 3:
        return None
    first = branch[0]
    if first not in SPECIAL:
        return None if branch[1:2] and branch[1] in QUANTIFIER else [branch]
    if first == "[":
        end = branch.find("]", 1)
        chars = branch[1:end] if end > 1 else ""
        rest = branch[end + 1:]
        if not chars or any(c in SPECIAL or c == "-" for c in chars) or (rest[:1] and rest[0] in QUANTIFIER):
            return None
        return [c + rest for c in chars]
    if branch.startswith("(?:"):
        end = _group_end(branch)
        if end is None or (branch[end + 1:end + 2] and branch[end + 1] in QUANTIFIER):
            return None
        out: list[str] = []
        for inner in top_level_branches(branch[3:end]):
            opened = opened_by_characters(inner + branch[end + 1:], depth + 1)
            if opened is None:
                return None
            out += opened
        return out
    return None


def _group_end(pattern: str) -> int | None:
    """The index of the parenthesis closing the group the pattern opens with."""
    return next((i for i, ch, depth in _scan(pattern) if ch == ")" and depth == 0), None)
