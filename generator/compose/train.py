"""Train the line-role tagger on composed pages, and measure it on pages it
was not trained on (the holdout split: other articles, other furniture wordings).

The model is a linear-chain CRF (CRFsuite) over segment/lines.py's features;
same pages, same parameters, same model bytes.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..segment.lines import features
from . import TRAINED, compose

PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 300, "feature.possible_transitions": True,
          "feature.minfreq": 2}


def sequences(pages, with_index: bool = False):
    for p in pages:
        idx, xs = features(p.composed.lines)
        ys = p.composed.labels()
        assert len(xs) == len(ys), p.name
        yield (p, idx, xs, ys) if with_index else (p, xs, ys)


def place(n: int, idx: list[int], ys: list[str]) -> list[str | None]:
    out: list[str | None] = [None] * n
    for i, y in zip(idx, ys):
        out[i] = y
    return out


def train(corpus: Path, model: Path, per_layout: int = 200, seed: int = 7, split: str = "dev") -> dict:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    n = 0
    pages = compose(corpus, per_layout, seed, split, list(TRAINED))
    # OCR columns vary most (widths, breaks, conventions): they get a second draw of pages.
    pages += compose(corpus, per_layout, seed + 1, split, ["ocr"])
    for _, xs, ys in sequences(pages):
        trainer.append(xs, ys)
        n += len(ys)
    trainer.set_params(PARAMS)
    model.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model))
    return {"train_pages": len(pages), "train_lines": n, "params": PARAMS}


def evaluate(corpus: Path, model: Path, per_layout: int = 30, seed: int = 1, split: str = "holdout") -> dict:
    """Line accuracy and per-label precision/recall on composed pages of the given split."""
    import pycrfsuite

    from ..segment.rules.overrule import overrule

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    right = total = 0
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    per_layout_acc: Counter = Counter()
    per_layout_n: Counter = Counter()
    for p, idx, xs, ys in sequences(compose(corpus, per_layout, seed, split, list(TRAINED)), with_index=True):
        pred = overrule(p.composed.lines, place(len(p.composed.lines), idx, tagger.tag(xs)))
        pred = [y for y in pred if y is not None]
        for y, z in zip(ys, pred):
            total += 1
            per_layout_n[p.composed.layout] += 1
            if y == z:
                right += 1
                tp[y] += 1
                per_layout_acc[p.composed.layout] += 1
            else:
                fp[z] += 1
                fn[y] += 1
    labels = sorted(set(tp) | set(fn) | set(fp))
    return {
        "lines": total, "accuracy": right / total if total else 0.0,
        "by_layout": {k: per_layout_acc[k] / per_layout_n[k] for k in sorted(per_layout_n)},
        "by_label": {y: {"n": tp[y] + fn[y],
                         "precision": tp[y] / (tp[y] + fp[y]) if tp[y] + fp[y] else 0.0,
                         "recall": tp[y] / (tp[y] + fn[y]) if tp[y] + fn[y] else 0.0} for y in labels},
    }
