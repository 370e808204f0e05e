"""Many patterns of a data file asked as one question: does any of them match this line?

Why not one alternation of them all: Python's engine tries every alternative at every
position of the line, so a line's cost grows with the list. It skips ahead fast only
when every alternative opens on a plain character (it then looks for those characters
alone), and it tries a pattern anchored at the start (^…) at every position too. So the
alternatives are sorted: the anchored ones are tried once, at the line's start; the ones
that open on a character (or, rewritten, on one of a class's characters: [大中小]…, or of a
group's: (?:投稿|联系)…) make one alternation the engine can skip through; the anchored ones
are looked up by the line's first character; a slow one that needs a word (\\d+人参与 needs
人参与, an e-mail address @) is tried only on a line that holds it; only the rest are
searched for the slow way. Measured on the lines of 360 real-layout pages: 7.1 → 1.0 µs a
line for the furniture words, 20 → 5 µs for the lines that are furniture by themselves, and
the lookup and the needed words took that to 0.5–0.7 of itself (10.5 → 5.6–7.5 µs, one slow hour).
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
        self.at_start = StartOf(anchored) if anchored else None
        self.led = re.compile("|".join(led)) if led else None     # bare: the engine sees each one's first character
        # A slow pattern that needs a word (@, htm, 人参与) is tried only on a line that holds it.
        needs = [(required_word(b), b) for b in slow]
        self.needing = [(word, re.compile(b)) for word, b in needs if word]
        self.slow = _union([b for word, b in needs if not word])

    def search(self, text: str) -> bool:
        return bool(self.at_start and self.at_start.match(text)) or bool(self.led and self.led.search(text)) or \
            bool(self.slow and self.slow.search(text)) or \
            any(word in text and rx.search(text) for word, rx in self.needing)


class StartOf:
    """The anchored patterns (^…), asked at a line's start.  Most open on spaces and then a
    word (\\s*分享到, \\s*(?:首页|网站首页)…): those are looked up by the line's first
    character past its spaces, so a line is tried against the few that can match, not all."""

    def __init__(self, branches: list[str]):
        by_first: dict[str, list[str]] = {}
        rest: list[str] = []
        for branch in branches:
            spaced = branch.startswith(r"\s*")
            opened = opened_by_characters(branch[3:] if spaced else branch)
            if opened is None or any(b[0].isspace() for b in opened):
                rest.append(branch)
                continue
            for b in opened:
                by_first.setdefault(b[0], []).append((r"\s*" if spaced else "") + b)
        self.by_first = {ch: re.compile("|".join(bs)) for ch, bs in by_first.items()}
        self.rest = _union(rest)

    def match(self, text: str) -> bool:
        if self.rest is not None and self.rest.match(text):
            return True
        first = self.by_first.get(text.lstrip()[:1])
        # (both kinds of branch: one opened by spaces starts past them, the other at the
        # line's first character, which is then not a space)
        return first is not None and first.match(text) is not None


def required_word(branch: str) -> str:
    """The longest run of plain characters every match of the branch contains, at its
    top level (\\d+\\s*人参与 → 人参与, [\\w-]+\\.s?html?\\b → htm); "" when there is none."""
    if re.search(r"\(\?[aiLmsux]", branch):
        return ""                    # (an inline flag may make a plain character stand for others)
    best, run, in_count = "", "", False
    for i, ch, depth in _scan(branch):
        after = branch[i + 1:i + 2]
        if in_count or ch == "{":
            in_count = ch != "}"     # a count's digits ({0,10}) are no characters of the text
        elif depth == 0 and ch not in SPECIAL and after not in ("?", "*", "{"):
            run += ch
            if after != "+":
                continue
        best, run = max(best, run, key=len), ""
    return max(best, run, key=len)


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
