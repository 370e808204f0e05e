"""How much a headline and a body say the same: what places headlines printed
apart from their bodies (assemble.py).

A headline names places and organisations; its body names them again, many
times.  Character bigrams weighted by how rare they are across the page's
bodies capture that without a dictionary, so it works for any place or agency.
"""
from __future__ import annotations

import math
import re
from collections import Counter

HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")

# Cosine of two bodies' bigram weights under which they are two stories, not one story's
# sections (assemble.py's sections_back, unless the first is a lead; markdown.py's
# lead_sections).  On composed pages (seeds 2, 3, 6-9) the rule's 37 folds were wrong
# 18 times; this and the lead's length hold back 12 of them and none of the right ones.
SAME_STORY = 0.03
# Where nothing else tells a subhead from a headline, two bodies are one story's sections
# only when they share this much (assemble.sections_by_topic).  On composed pages (seeds
# 1-9) neighbouring stories of one page are often about one subject: over 0.09, 27 of 30
# such pairs are one story's halves; between 0.05 and 0.09, half are two stories.
SAME_SECTIONS = 0.09


def bigrams(text: str) -> Counter:
    grams: list[str] = []
    for run in HAN_RUN.findall(text):
        grams += map(str.__add__, run, run[1:])         # made in C: this runs for every body
    return Counter(grams)


class Scorer:
    """Similarity of a headline to a text, with idf over the page's bodies."""

    def __init__(self, texts: list[str]):
        self.n = max(len(texts), 1)
        self.df: Counter = Counter()
        self.cache: dict[str, Counter] = {}
        for t in texts:
            self.df.update(set(self.grams(t)))

    def idf(self, gram: str) -> float:
        return math.log((self.n + 1) / (1 + self.df[gram])) + 0.1

    def grams(self, text: str) -> Counter:
        """A text's bigrams, counted once however often it is scored."""
        got = self.cache.get(text)
        if got is None:
            got = self.cache[text] = bigrams(text)
        return got

    def similarity(self, a: str, b: str) -> float:
        """Cosine of two texts' bigram weights (log count x idf): whether two bodies
        are about the same things (one story's sections share its names; two
        stories set one after the other seldom do)."""
        wa = {g: math.log1p(c) * self.idf(g) for g, c in self.grams(a).items()}
        wb = {g: math.log1p(c) * self.idf(g) for g, c in self.grams(b).items()}
        dot = sum(w * wb[g] for g, w in wa.items() if g in wb)
        size = math.sqrt(sum(w * w for w in wa.values()) * sum(w * w for w in wb.values()))
        return dot / size if size else 0.0

    def score(self, head: str, text: str, only: set[str] | None = None) -> float:
        grams = self.grams(text)
        keys = set(bigrams(head)) if only is None else only
        return sum(math.log1p(grams[g]) * self.idf(g) for g in keys if grams[g])


def pair(heads: list, bodies: list) -> dict[int, object]:
    """Headlines standing apart from their bodies, given to untitled bodies by
    what they share (best pairs first): {id(body): head}."""
    if not heads or not bodies:
        return {}
    scorer = Scorer([b.text for b in bodies])
    scores = sorted(((scorer.score(h.text, b.text), i, j) for i, h in enumerate(heads)
                     for j, b in enumerate(bodies)), key=lambda x: (-x[0], x[1], x[2]))
    out: dict[int, object] = {}
    taken: set[int] = set()
    for s, i, j in scores:
        if s <= 0 or i in taken or id(bodies[j]) in out:
            continue
        taken.add(i)
        out[id(bodies[j])] = heads[i]
    return out
