"""The real-article corpus in ../shared is test material only: its text never enters
this repository (issue #14).  Tests use made-up pages of the same shape.

A run of RUN characters (spaces aside) that an article of the corpus shares with a file
here is copied text.  Names are facts, not text: a run inside a name the project's own
tables hold (organisations, annotated places and agencies, divisions) is allowed, and
so is anything the seed pages print, which are the project's own material."""
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "rmrb-2019.jsonl"
SEEDS = ROOT / "seeds"
RUN = 16
# Where text is written: code, tests, notes and the pages' templates.
WRITTEN = ("generator", "tests", "notes", "tools", "overrides", "README.md", "mkdocs.yml", "Makefile")
# The name tables: their lines are names the corpus prints too.
NAME_TABLES = ("generator/compose/annotations.yml", "generator/compose/annotations_blind.yml",
               "generator/data/organisations.yml", "generator/data/divisions.tsv",
               "generator/data/divisions_before_1980.tsv")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def runs_of(text: str) -> set[str]:
    s = squeeze(text)
    return {s[i:i + RUN] for i in range(len(s) - RUN + 1)}


def written_lines():
    for top in WRITTEN:
        path = ROOT / top
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for f in files:
            rel = f.relative_to(ROOT).as_posix()
            if rel in NAME_TABLES or f.suffix in (".crfsuite", ".pyc", ".png") or "__pycache__" in f.parts:
                continue
            try:
                text = f.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
            for no, line in enumerate(text.splitlines(), 1):
                if re.search(r"[\u4e00-\u9fff]", line):
                    yield rel, no, line


def test_no_text_of_the_real_article_corpus_is_copied_into_the_repository():
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is not beside the project")
    allowed = set()
    for name in NAME_TABLES:
        for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
            for word in re.findall(r"[\u4e00-\u9fff（）()·]{%d,}" % RUN, line):
                allowed |= runs_of(word)
    for seed in SEEDS.iterdir():
        if seed.suffix in (".txt", ".md"):
            allowed |= runs_of(seed.read_bytes().decode("utf-8", "replace"))
    lines = list(written_lines())
    wanted = set()
    for _, _, line in lines:
        wanted |= runs_of(line)
    wanted -= allowed
    shared = set()
    with CORPUS.open(encoding="utf-8") as corpus:
        for record in corpus:
            article = json.loads(record)
            for part in [article.get("title"), article.get("kicker"), article.get("subtitle"),
                         *(article.get("paragraphs") or [])]:
                if part:
                    shared |= runs_of(part) & wanted
    copied = [f"{rel}:{no}: {line.strip()[:80]}" for rel, no, line in lines if runs_of(line) & shared]
    assert not copied, "text copied from the corpus:\n" + "\n".join(copied)


def test_a_copied_sentence_is_found_and_a_shared_name_is_not():
    # The check itself, on a made-up corpus line: a sentence shared whole is caught,
    # a long name shared alone is not, once a name table holds it.
    sentence = "县里今年新修通村公路八十公里，惠及沿线群众两万余人。"
    name = "某某省某某市某某县农业农村局农产品质量安全检测站"
    assert runs_of(sentence) and runs_of(sentence) & runs_of("他说：" + sentence)
    assert runs_of("检测站站长说，" + name) - runs_of(name)     # the words around it are not the name's
    assert not runs_of("县里修了路。")                             # shorter than a run: nothing to share
