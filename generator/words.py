"""Chinese words: jieba's dictionary through rjieba (jieba-rs, the same
dictionary and the same cuts, loaded in a tenth of the time: a rebuild that
parses one page pays it once).  Shared by segmentation (does a word run across
a line join?) and extraction (is a place name or a body's name part of a
longer word?)."""
from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def _jieba():
    import rjieba

    return rjieba


def cut(text: str) -> list[str]:
    """jieba's cut without its HMM for unknown words (dictionary words only)."""
    return _jieba().cut(text, hmm=False)


def crosses_word(left: str, right: str) -> bool:
    """Does a dictionary word span the join of left and right ("…的志" + "愿精神")?"""
    a, b = left[-3:], right[:3]
    pos = 0
    for tok in cut(a + b):
        if pos < len(a) < pos + len(tok) and len(tok) >= 2:
            return True
        pos += len(tok)
    return False


@functools.lru_cache(maxsize=65536)
def is_word(text: str) -> bool:
    """A word of the dictionary."""
    return _jieba().has_word(text)


def word_tags(text: str, shortest: int = 2) -> list[str]:
    """The parts of speech jieba's dictionary gives the words of text (v for
    带领 in 带领村), for words of at least `shortest` characters (one
    character says little: 花孖村)."""
    return [tag for word, tag in _jieba().tag(text, hmm=False) if len(word) >= shortest]
