"""Chinese words: jieba's dictionary, loaded once and only when a page needs it
(it takes a second).  Shared by segmentation (does a word run across a line
join?) and extraction (is a place name or a body's name part of a longer word?)."""
from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(60)
    return jieba


def crosses_word(left: str, right: str) -> bool:
    """Does a dictionary word span the join of left and right ("…的志" + "愿精神")?"""
    a, b = left[-3:], right[:3]
    pos = 0
    for tok in _jieba().lcut(a + b, HMM=False):
        if pos < len(a) < pos + len(tok) and len(tok) >= 2:
            return True
        pos += len(tok)
    return False


@functools.lru_cache(maxsize=1)
def two_char_words() -> frozenset[str]:
    """The dictionary's two-character words, its rarest left out."""
    jieba = _jieba()
    jieba.initialize()
    return frozenset(w for w, f in jieba.dt.FREQ.items() if len(w) == 2 and f >= 20)


@functools.lru_cache(maxsize=1)
def _tags() -> dict[str, str]:
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab


def word_tags(text: str, shortest: int = 2) -> list[str]:
    """The parts of speech jieba's dictionary gives the words of text (v for
    带领 in 带领村), for words of at least `shortest` characters (one
    character says little: 花孖村)."""
    tags = _tags()
    return [tags.get(w, "") for w in _jieba().lcut(text, HMM=False) if len(w) >= shortest]
