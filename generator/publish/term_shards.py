"""Which search shards hold a word: a small directory beside the Pagefind shards.

Pagefind answers a query from every shard it is given, and each shard costs
the browser its own downloads (entry, index chunk, filters) whether or not
the word is in it.  At 100 000 articles (30 shards) a rare name took two
seconds to find, nearly all of it spent asking shards that do not hold it.
The directory lists, for every Chinese bigram the index holds, the shards
holding it: the search page fetches the one bucket file a bigram hashes to
and searches only the shards that hold every bigram typed (a superset of
those holding the phrase), so a rare word costs one or two shards.

Buckets are `terms/NNN.json.gz` (gzip, fixed settings: the same index gives
the same bytes), each a JSON object {shard mask in hex: bigrams run together},
the mask's bit k standing for the k-th shard of shards.json.  A bigram's
bucket is FNV-1a over its UTF-16 code units; search.js computes the same.
"""
from __future__ import annotations

import gzip
import json
from collections import defaultdict
from pathlib import Path

from .tokens import TOKEN, normalize

FOLDER = "terms"
BUCKET_BYTES = 24_000        # about this many bytes of bigrams in one bucket file, before gzip


def bigrams(text: str) -> set[str]:
    """The Chinese bigrams of a text, as tokens.tokens cuts them (runs of two or more characters)."""
    out: set[str] = set()
    for run in TOKEN.findall(normalize(text)):
        if len(run) >= 2 and not run.isascii():
            out.update(map(str.__add__, run, run[1:]))      # made in C: this runs over every article
    return out


def bucket_of(term: str, buckets: int) -> int:
    """FNV-1a (32 bits) over the term's UTF-16 code units, modulo the number of buckets."""
    h = 0x811C9DC5
    data = term.encode("utf-16-le")
    for i in range(0, len(data), 2):
        h ^= data[i] | (data[i + 1] << 8)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h % buckets


def add_shard(masks: dict[str, int], k: int, terms: set[str]) -> None:
    """Mark the terms of the k-th shard (in shards.json's order) in masks: {bigram: shard bits}."""
    bit = 1 << k
    for t in terms:
        masks[t] = masks.get(t, 0) | bit


def write_directory(out: Path, masks: dict[str, int]) -> dict:
    """Write the buckets into out/terms/; returns the manifest's entry: {"path": "terms/", "buckets": n}."""
    # A power of two, so that a bucket holds about BUCKET_BYTES of bigrams (6 bytes each in UTF-8).
    buckets = 1
    while buckets * BUCKET_BYTES < 6 * len(masks):
        buckets *= 2
    grouped: list[dict[int, list[str]]] = [defaultdict(list) for _ in range(buckets)]
    for term, mask in masks.items():
        grouped[bucket_of(term, buckets)][mask].append(term)
    folder = out / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    for b, by_mask in enumerate(grouped):
        data = {f"{mask:x}": "".join(sorted(terms)) for mask, terms in sorted(by_mask.items())}
        raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
        (folder / bucket_name(b, buckets)).write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    return {"path": f"{FOLDER}/", "buckets": buckets}


def bucket_name(b: int, buckets: int) -> str:
    """The b-th bucket's file: its number in hex, as wide as the last one's."""
    return f"{b:0{len(f'{buckets - 1:x}')}x}.json.gz"


def read_bucket(path: Path) -> dict[str, int]:
    """One bucket file as {bigram: shard bits}."""
    masks: dict[str, int] = {}
    for mask, run in json.loads(gzip.decompress(path.read_bytes())).items():
        bits = int(mask, 16)
        for i in range(0, len(run), 2):
            masks[run[i:i + 2]] = bits
    return masks


def shards_holding(out: Path, term: str) -> set[int]:
    """The shards (by their place in shards.json) whose articles hold this bigram: as the page reads it."""
    manifest = json.loads((out / "shards.json").read_text(encoding="utf-8"))["terms"]
    buckets = manifest["buckets"]
    bits = read_bucket(out / manifest["path"] / bucket_name(bucket_of(term, buckets), buckets)).get(term, 0)
    return {k for k in range(bits.bit_length()) if bits >> k & 1}


def read_directory(out: Path) -> dict[str, int] | None:
    """A bundle folder's directory read back whole: {bigram: shard bits}; None where
    its shards.json names none (an index built before there was one)."""
    manifest = json.loads((out / "shards.json").read_text(encoding="utf-8")).get("terms")
    if not manifest:
        return None
    masks: dict[str, int] = {}
    for path in sorted((out / manifest["path"]).glob("*.json.gz")):
        masks.update(read_bucket(path))
    return masks


def joined(directories: list[tuple[dict[str, int], int]]) -> dict[str, int]:
    """Several bundles' directories as one over their shards listed one after another:
    each (masks, number of shards), in the order of the joined list."""
    out: dict[str, int] = {}
    offset = 0
    for masks, count in directories:
        for term, bits in masks.items():
            out[term] = out.get(term, 0) | (bits << offset)
        offset += count
    return out
