"""The search index is cut into shards by date: the newest small, older ones doubling."""
import gzip
import json
from dataclasses import replace

from generator.publish.search_index import build_index, record_html, shards
from generator.publish.tokens import spell, tokens
from generator.records import Article


def article(n: int, date: str) -> Article:
    return Article.from_dict({"id": f"{n:012x}", "source": "p.txt", "lines": [1, 2], "kind": "news",
                              "title": "石嘴山疫情防控", "date": date, "body": "正文。"})


def test_newest_shard_is_smallest_and_each_older_one_doubles():
    arts = [article(n, f"2021-{1 + n % 12:02d}-{1 + n % 28:02d}") for n in range(1000)]
    runs = shards(arts, 100)
    # Oldest first: 100 newest, 200, 400 and then 300, too few for a run of 800, join the 400.
    assert [len(r) for r in runs] == [700, 200, 100]
    assert sorted(a.id for r in runs for a in r) == sorted(a.id for a in arts)
    flat = [a.date for r in runs for a in r]
    assert flat == sorted(flat)                                 # runs cut the archive in date order


def test_no_shard_grows_past_the_cap():
    arts = [article(n, f"2021-{1 + n % 12:02d}-01") for n in range(1000)]
    assert [len(r) for r in shards(arts, 100, most=300)] == [100, 300, 300, 200, 100]


def test_a_shard_ends_with_a_year_so_a_search_of_one_year_reads_that_year_alone():
    # 300 articles a year, 2018-2021: the doubling would put 2019's end and 2020 in one run of 400.
    arts = [article(n, f"{2018 + n // 300}-{1 + n % 12:02d}-01") for n in range(1200)]
    runs = shards(arts, 100)
    assert [len(r) for r in runs] == [300, 300, 300, 200, 100]
    assert [{a.date[:4] for a in r} for r in runs] == [{"2018"}, {"2019"}, {"2020"}, {"2021"}, {"2021"}]


def test_small_years_share_a_shard_until_it_holds_the_newest_shards_size():
    # 40 articles a year over 30 years: not thirty shards of 40 (each a download of Pagefind's wasm).
    arts = [article(n, f"{1990 + n // 40}-03-01") for n in range(1200)]
    runs = shards(arts, 100)
    assert all(len(r) >= 100 for r in runs[1:-1])     # the oldest may be a rest, the newest ends with a year
    assert len(runs) <= 1200 // 100
    for r in runs:                                              # whole years: none split across shards
        assert sum(a.date[:4] == r[0].date[:4] for a in arts) == sum(a.date[:4] == r[0].date[:4] for a in r)


def test_a_small_archive_is_one_shard_and_an_empty_one_none():
    arts = [article(n, "2021-11-01") for n in range(30)]
    assert [len(r) for r in shards(arts, 500)] == [30]
    assert shards([], 500) == []


def test_undated_articles_fall_in_the_oldest_shard():
    arts = [article(n, "2022-01-01") for n in range(10)] + [article(99, "")]
    runs = shards(arts, 4)
    assert runs[0][0].date == ""


def test_record_page_holds_tokens_in_order_and_the_title_weighted():
    html = record_html(replace(article(1, "2021-11-01"), body="静默管理"))
    body = html.split("<p>")[1].split("</p>")[0]
    assert body.split() == [spell("静默"), spell("默管"), spell("管理")]
    assert 'data-pagefind-weight="10"' in html and spell("石嘴") in html.split("</h1>")[0]
    assert "静默管理" not in html                                # readable text is kept hidden from the word index
    assert '<div data-pagefind-filter="年份">2021</div>' in html


def test_result_fragments_carry_the_readable_text_but_not_the_tokens(seed_site):
    """A result's fragment is fetched for every result shown: the search page cuts its
    excerpt from the readable text in the metadata, so the bigram tokens Pagefind keeps
    for its own excerpts (seven times the text) are left out."""
    from generator.publish.search_index import FRAGMENT_SIGNATURE
    from generator.publish.tokens import unhide

    fragments = sorted((seed_site[1] / "pagefind").glob("s*/fragment/*.pf_fragment"))
    assert fragments
    for path in fragments:
        data = gzip.decompress(path.read_bytes())
        fragment = json.loads(data[len(FRAGMENT_SIGNATURE):])
        assert fragment["content"] == ""
        assert unhide(fragment["meta"]["title"]) in unhide(fragment["meta"]["text"])


def test_each_shard_tables_the_filter_values_of_every_page_it_holds(seed_site):
    """The search page counts facets from these tables (facet_table.py): every result
    id Pagefind can give has its row, with exactly its fragment's filter values."""
    from generator.publish.facet_table import read_table
    from generator.publish.search_index import FRAGMENT_SIGNATURE

    docs, site, records = seed_site
    bundles = sorted((site / "pagefind").glob("s*/"))
    assert len(bundles) > 2
    for bundle in bundles:
        fragments = {p.stem: json.loads(gzip.decompress(p.read_bytes())[len(FRAGMENT_SIGNATURE):])["filters"]
                     for p in (bundle / "fragment").glob("*.pf_fragment")}
        table = read_table(bundle)
        assert table.keys() == fragments.keys()
        as_sets = lambda row: {name: sorted(set(vs)) for name, vs in row.items() if vs}      # noqa: E731
        assert all(as_sets(table[k]) == as_sets(fragments[k]) for k in table)
    assert any("机构" in row and "地区" in row for row in table.values())


def test_each_shard_tables_every_page_s_length_and_its_title_s(seed_site):
    """The search page ranks a phrase's results from where Pagefind found it: the
    title is the record's first words, so a match before the title's length is in
    the title; the page's length weighs its count (facet_table.py)."""
    from generator.publish.facet_table import read_lengths
    from generator.publish.search_index import FRAGMENT_SIGNATURE
    from generator.publish.tokens import unhide

    for bundle in sorted((seed_site[1] / "pagefind").glob("s*/")):
        lengths = read_lengths(bundle)
        for p in (bundle / "fragment").glob("*.pf_fragment"):
            fragment = json.loads(gzip.decompress(p.read_bytes())[len(FRAGMENT_SIGNATURE):])
            title = unhide(fragment["meta"]["title"])
            assert lengths[p.stem] == (len(tokens(title)), fragment["word_count"])
            assert 0 < lengths[p.stem][0] < lengths[p.stem][1]


def test_shards_indexed_side_by_side_give_the_bytes_of_one_at_a_time(tmp_path):
    """Shards are indexed in parallel (one per core): each is its own bundle, so the
    word index, the fragments, the bitmaps and the list come out the same as indexed one by one
    (Pagefind's filter and metadata files are in hash order either way: see
    test_determinism)."""
    import json

    arts = [replace(article(n, f"{2019 + n % 3}-0{1 + n % 9}-01"), body=f"第{n}篇 静默管理 {'防控' * (n % 4)}")
            for n in range(40)]
    trees = []
    for jobs in (1, 3):
        site = tmp_path / f"jobs{jobs}"
        (site / "data").mkdir(parents=True)
        (site / "data" / "articles.jsonl").write_text(
            "".join(json.dumps(a.as_dict(), ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
        assert build_index(site, shard_size=4, jobs=jobs, common_share=0.2, common_least=1) == 40
        out = site / "pagefind"
        trees.append({p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
                      if p.is_file() and ("/fragment/" in p.as_posix() or "/index/" in p.as_posix()
                                          or p.parent.name in ("terms", "common")
                                          or p.name in ("shards.json", "facets.json.gz"))})
    assert len(json.loads(trees[0]["shards.json"])["shards"]) >= 4
    assert any(name.startswith("common/") for name in trees[0])
    assert trees[0] == trees[1]


def test_the_directory_names_exactly_the_shards_that_hold_each_bigram(tmp_path):
    """The search page asks only the shards the directory names for the bigrams typed:
    a shard left out must not hold the word, and one named must."""
    from generator.publish.term_shards import bigrams, shards_holding

    places = ["兴安盟", "突泉县", "石嘴山", "乌海市", "平罗县", "惠农区"]
    arts = [replace(article(n, f"{2016 + n % 5}-0{1 + n % 9}-01"), title=f"{places[n % 6]}召开会议",
                    body=f"{places[(n * 7) % 6]}干部群众 第{n}次" + ("突泉县" if n == 3 else ""))
            for n in range(30)]
    site = tmp_path / "site"
    (site / "data").mkdir(parents=True)
    (site / "data" / "articles.jsonl").write_text(
        "".join(json.dumps(a.as_dict(), ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
    build_index(site, shard_size=4, jobs=2)
    out = site / "pagefind"
    listed = json.loads((out / "shards.json").read_text(encoding="utf-8"))["shards"]
    in_shard = {}
    for k, s in enumerate(listed):          # which articles each shard holds, by their dates
        for a in arts:
            if s["from"] <= a.date <= s["to"]:
                in_shard.setdefault(a.id, k)
    every = set().union(*(bigrams(a.title + " " + a.body) for a in arts))
    for gram in sorted(every):
        want = {in_shard[a.id] for a in arts if gram in bigrams(a.title) | bigrams(a.body)}
        assert shards_holding(out, gram) == want, gram
    assert shards_holding(out, "北京") == set()        # in no article
    assert len(listed) >= 4


def index_of(tmp_path, arts, **options):
    site = tmp_path / "site"
    (site / "data").mkdir(parents=True)
    (site / "data" / "articles.jsonl").write_text(
        "".join(json.dumps(a.as_dict(), ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
    build_index(site, shard_size=4, jobs=2, **options)
    return site / "pagefind"


def test_a_common_bigram_s_bitmaps_mark_exactly_the_pages_holding_it_in_text_and_title(tmp_path):
    """The search page counts a common word from these bitmaps (common_terms.py): bit k
    of a shard is the k-th page of its facet table, set where that page's text (or
    title) holds the bigram."""
    from generator.publish import common_terms
    from generator.publish.facet_table import read_table

    arts = [replace(article(n, f"{2016 + n % 5}-0{1 + n % 9}-01"),
                    title=("疫情防控" if n % 3 == 0 else "某镇召开会议") + f"第{n}期",
                    body=("各村做好疫情防控工作。" if n % 2 else "干部群众修路。") + ("防汛" if n % 7 == 0 else ""))
            for n in range(30)]
    out = index_of(tmp_path, arts, common_share=0.3, common_least=1)
    manifest = json.loads((out / "shards.json").read_text(encoding="utf-8"))
    grams = manifest["common"]["grams"]
    assert {"疫情", "防控"} <= {grams[i:i + 2] for i in range(0, len(grams), 2)}
    assert "防汛" not in {grams[i:i + 2] for i in range(0, len(grams), 2)}       # in 5 of 30: under the share
    by_url = {f"/articles/{a.id}/": a for a in arts}
    for gram in ("疫情", "防控"):
        for k, (in_text, in_title) in enumerate(common_terms.read(out, gram)):
            bundle = out / manifest["shards"][k]["path"]
            fragments = {p.stem: json.loads(gzip.decompress(p.read_bytes())[12:])["url"]
                         for p in (bundle / "fragment").glob("*.pf_fragment")}
            pages = [by_url[fragments[pid]] for pid in read_table(bundle)]      # in the table's order
            assert manifest["common"]["pages"][k] == len(pages) == manifest["shards"][k]["articles"]
            assert in_text == {i for i, a in enumerate(pages) if gram in a.title + a.body}
            assert in_title == {i for i, a in enumerate(pages) if gram in a.title}
    assert sum(len(t) for t, _ in common_terms.read(out, "疫情")) == 20      # sanity: some shards hold it


def test_a_small_archive_has_no_bitmaps():
    """Under LEAST articles holding it, no bigram is common: Pagefind answers at once."""
    from generator.publish import common_terms

    texts = ["疫情防控" * 3] * 100
    assert common_terms.select(texts) == set()
    assert common_terms.select(texts, least=50) == {"疫情", "情防", "防控", "控疫"}


def test_common_bigrams_are_chosen_by_their_share_of_the_articles():
    from generator.publish import common_terms

    texts = [f"第{n}篇" + ("防控" if n % 10 < 3 else "") + ("会议" if n % 100 == 0 else "") for n in range(30_000)]
    chosen = common_terms.select(texts, share=0.05, least=1)      # read on a sample of about 10 000
    assert "防控" in chosen and "会议" not in chosen
