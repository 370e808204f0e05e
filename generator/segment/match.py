"""Match orphan headlines to untitled bodies by what they name, splitting bodies
that stand back to back.

A headline names places and organisations; its body names them again, many
times.  Character bigrams weighted by how rare they are across the page's
bodies capture that without a dictionary, so it works for any place or agency.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Callable

from .text import ends_sentence

HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def bigrams(text: str) -> Counter:
    out: Counter = Counter()
    for run in HAN_RUN.findall(text):
        out.update(map(str.__add__, run, run[1:]))     # counted in C: this runs for every body
    return out


def overlap(head: str, text: str) -> int:
    """How many of a headline's bigrams a text holds (a plain vote, no weights)."""
    grams = bigrams(text)
    return sum(1 for g in set(bigrams(head)) if grams[g])


class Scorer:
    """Similarity of a headline to a text, with idf over the page's bodies."""

    def __init__(self, texts: list[str]):
        self.n = max(len(texts), 1)
        self.df: Counter = Counter()
        for t in texts:
            self.df.update(set(bigrams(t)))

    def idf(self, gram: str) -> float:
        return math.log((self.n + 1) / (1 + self.df[gram])) + 0.1

    def score(self, head: str, text: str, only: set[str] | None = None) -> float:
        grams = bigrams(text)
        keys = set(bigrams(head)) if only is None else only
        return sum(math.log1p(grams[g]) * self.idf(g) for g in keys if grams[g])


def assign(orphans: list, untitled: list, runs: list, set_head: Callable) -> list:
    """Give orphan headlines to untitled runs; split a run that two headlines claim.

    Returns the (possibly longer) list of runs in page order.
    """
    if not orphans or not untitled:
        return runs
    scorer = Scorer([r.text for r in runs])
    scores = {(i, j): scorer.score(h.text, r.text) for i, h in enumerate(orphans)
              for j, r in enumerate(untitled)}
    taken_h: set[int] = set()
    taken_r: dict[int, list[int]] = {}
    for (i, j), s in sorted(scores.items(), key=lambda kv: -kv[1]):
        if s <= 0 or i in taken_h or j in taken_r:
            continue
        taken_h.add(i)
        taken_r[j] = [i]
    # Headlines left over claim the run they fit best: that run holds two bodies.
    for i in range(len(orphans)):
        if i in taken_h:
            continue
        j, s = max(((j, scores[i, j]) for j in range(len(untitled))), key=lambda x: x[1])
        if s > 0:
            taken_h.add(i)
            taken_r.setdefault(j, []).append(i)
    out = list(runs)
    for j, hs in taken_r.items():
        run = untitled[j]
        if len(hs) == 1:
            set_head(run, orphans[hs[0]])
            run.notes.append("headline printed apart from its body, matched by content")
            continue
        parts = split(run, [orphans[i] for i in hs], scorer)
        for part in parts:
            part.notes.append("headline printed apart from its body, matched by content; "
                              "body split from a back-to-back neighbour")
        k = out.index(run)
        out[k:k + 1] = parts
    return out


def split(run, heads: list, scorer: Scorer) -> list:
    """Cut one run into len(heads) runs, each fitting its headline best."""
    from .ocr import Run  # local: ocr imports this module

    chunks = run.chunks
    cuts = [k for k in range(1, len(chunks)) if ends_sentence(chunks[k - 1].text)]
    if not cuts:
        return [run]
    own = []
    for h in heads:
        mine = set(bigrams(h.text))
        others = set().union(*(set(bigrams(o.text)) for o in heads if o is not h))
        own.append(mine - others or mine)
    per_chunk = [[scorer.score("", c.text, own[x]) for c in chunks] for x in range(len(heads))]
    # Order the headlines by where their words are densest, then cut greedily.
    def centre(x: int) -> float:
        w = per_chunk[x]
        total = sum(w)
        return sum(i * v for i, v in enumerate(w)) / total if total else 0.0
    order = sorted(range(len(heads)), key=centre)
    parts: list = []
    start = 0
    for n, x in enumerate(order[:-1]):
        y = order[n + 1]
        best, best_k = None, None
        for k in cuts:
            if k <= start:
                continue
            gain = sum(per_chunk[x][i] - per_chunk[y][i] for i in range(start, k))
            if best is None or gain > best:
                best, best_k = gain, k
        if best_k is None:
            break
        parts.append(Run(chunks=chunks[start:best_k], head=heads[x],
                         credits=run.credits if not parts else []))
        start = best_k
    last = order[len(parts)]
    parts.append(Run(chunks=chunks[start:], head=heads[last], credits=[] if parts else run.credits))
    return parts
