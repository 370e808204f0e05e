"""Synthetic corpora and the archive's benchmark.

    python -m generator.bench corpus --articles N [--seed S] --out DIR
    python -m generator.bench run [--sizes 1000 10000] [--out bench-out]

The corpus recombines real paragraphs (from seeds/), places from the national
division table, agencies built the way papers name them, and dates over
several years, into pages of all three kinds: OCR columns with headlines after
their bodies, Markdown pages, and one-paragraph web articles.  Same seed, same
bytes.
"""
from __future__ import annotations

import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import click
import yaml

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = ["委组织部", "政协", "总工会", "纪委监委", "卫健委", "应急管理局", "财政局", "红十字会", "公安局", "文联"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建红飞鑫波宁琳晶颖欣"
HEADS = ["扎实推进{x}", "{x}取得新进展", "全力做好{x}", "{x}见实效", "聚焦{x} 服务群众", "多措并举抓好{x}"]
TOPICS = ["疫情防控", "乡村振兴", "安全生产", "森林防火", "民生实事", "基层治理", "招商引资", "生态保护", "文明创建", "冬季供暖"]


def paragraph_pool() -> list[str]:
    from .cli import parse_all
    from .catalog import load_catalog

    records, _ = load_catalog(ROOT / "seeds" / "catalog.yml")
    arts, _ = parse_all(sorted((ROOT / "seeds").glob("*.txt")), records)
    pool = []
    for a in arts:
        for p in a.body.split("\n\n"):
            p = re.sub(r"^本报讯[（(][^）)]*[）)]", "", p).strip()
            if 30 <= len(p) <= 400 and p[-1] in "。！？”":
                pool.append(p)
    return sorted(set(pool))


def divisions():
    from .extract.gazetteer import load
    gaz = load()
    counties = [d for d in gaz.by_code.values() if d.level == 3 and gaz.city(d) is not None]
    return gaz, sorted(counties, key=lambda d: d.code)


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def make_article(rng, pool, gaz, county):
    city = gaz.city(county)
    topic = rng.choice(TOPICS)
    agency = city.name + rng.choice(SUFFIXES)
    title = f"{county.name}" + rng.choice(HEADS).format(x=topic)
    reporter = person(rng)
    lead = (f"本报讯（记者 {reporter}）近日，{city.name}{county.name}召开{topic}工作推进会，"
            f"{agency}有关负责人介绍了{county.short}{topic}工作情况。")
    body = [lead] + rng.sample(pool, rng.randint(3, 6)) + [f"{agency}表示，将持续推进{topic}各项工作落实落细。"]
    return title, reporter, body


def wrap(text: str, width: int = 15) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def ocr_page(rng, arts) -> str:
    out = []
    for title, reporter, body in arts:
        for p in body:
            out += wrap(p)
            if rng.random() < 0.6:
                out.append("")
        out += [""] + wrap(title, 12) + [""]
    return "\n".join(out) + "\n"


def md_page(rng, arts) -> str:
    out = []
    for title, reporter, body in arts:
        out += [f"## {title}", "", f"### 本报记者 {reporter}", ""]
        for p in body:
            out += [p.replace("本报讯（记者 " + reporter + "）", ""), ""]
    return "\n".join(out)


def web_page(rng, art, date: str) -> str:
    title, reporter, body = art
    return f"{title}\n{date.replace('-', '/')} {rng.randint(7, 22)}:{rng.randint(0, 59):02d}\n" + \
        "".join(body) + f"地方日报记者站{reporter}责任编辑{person(rng)}\n"


def write_corpus(n: int, out: Path, seed: int = 1) -> tuple[int, int]:
    """Write pages totalling about n articles and their catalogue; returns (pages, bytes)."""
    rng = random.Random(seed)
    pool = paragraph_pool()
    gaz, counties = divisions()
    out.mkdir(parents=True, exist_ok=True)
    catalog = {}
    made = pages = size = 0
    while made < n:
        county = rng.choice(counties)
        city = gaz.city(county)
        y, m, d = rng.randint(2018, 2024), rng.randint(1, 12), rng.randint(1, 28)
        kind = rng.choices(["ocr", "md", "web"], [4, 4, 2])[0]
        k = 1 if kind == "web" else min(n - made, rng.randint(6, 12))
        local = [c for c in counties if gaz.city(c) == city] or [county]
        arts = [make_article(rng, pool, gaz, rng.choice(local)) for _ in range(k)]
        name = f"p{pages:06d}.txt"
        date = f"{y:04d}-{m:02d}-{d:02d}"
        text = ocr_page(rng, arts) if kind == "ocr" else md_page(rng, arts) if kind == "md" else web_page(rng, arts[0], date)
        data = text.encode("utf-8")
        (out / name).write_bytes(data)
        catalog[name] = {"publication": f"{city.short}日报", "home_region": "".join(x.name for x in gaz.path(city)),
                         "date": date if kind == "web" else date[:7]}
        made += k
        pages += 1
        size += len(data)
    (out / "catalog.yml").write_text(yaml.safe_dump(catalog, allow_unicode=True, sort_keys=True), encoding="utf-8")
    return pages, size
