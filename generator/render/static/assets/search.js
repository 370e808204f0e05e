// Archive search: Pagefind's chunked index, queried with the same tokens it was
// built with (generator/publish/tokens.py): Chinese runs as overlapping
// character bigrams, Latin words lower-cased.  Candidates are then checked
// against their own text so every result really contains what was typed.
(function () {
  "use strict";
  // A URL as Pagefind is given it: a path on this site, whole on another (a part on a host of its own).
  const place = (url) => url.origin === location.origin ? url.pathname : url.href;
  // Pagefind's files are gzip: unpacked by the browser's own DecompressionStream (native,
  // off the page's thread) rather than Pagefind's inflate in JavaScript, which held the page's
  // thread ~50 ms on a search's first load.  Pagefind takes a file that starts with its
  // signature as it is.
  const PACKED = /\.(?:pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;
  if ("DecompressionStream" in window) {
    const plain = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      if (!PACKED.test(url.pathname)) return plain(input, init);
      return plain(input, init).then(async (r) => {
        if (!r.ok) return r;
        const bytes = new Uint8Array(await r.arrayBuffer());
        if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new Response(bytes);
        return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip")));
      });
    };
  }
  const root = document.getElementById("archive-search");
  if (!root) {
    // Any other page: once it is idle, load the newest shard's Pagefind
    // (script, wasm, metadata), so that the browser has them fetched and
    // compiled when the reader searches from the header box.
    const form = document.querySelector("form.archive-header-search");
    if (form && "requestIdleCallback" in window && location.protocol !== "file:") {
      addEventListener("load", () => requestIdleCallback(() => {
        // The newest shard is the list's first (a part's, at the root of a parted archive).
        const dir = new URL("../pagefind/", form.action);
        fetch(new URL("shards.json", dir)).then((r) => r.json()).then((j) => {
          const newest = new URL(j.shards[0].path, dir);
          return import(new URL("pagefind.js", newest).href)
            .then((pagefind) => pagefind.createInstance({ basePath: place(newest), noWorker: true }));
        }).catch(() => {});
      }, { timeout: 2000 }));
    }
    return;
  }
  // Opened from disk (file://) the browser refuses to fetch Pagefind's index: a
  // portable copy (make portable) has a lunr index loaded as scripts instead; a
  // normal copy says that search needs a server (see fromDiskSearch, below).
  const fromDisk = location.protocol === "file:";
  const PAGE = 20;
  // Worker threads the older shards' search takes: one a core (the page's own thread is
  // mostly idle meanwhile), four at most (each loads its own Pagefind script and wasm).
  const THREADS = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1));
  // Articles a thread takes before another is worth its download (Pagefind's script, worker
  // and wasm again, ~150 KB): a small archive's older shards answer at once in one.
  // (A test lowers it, to search a small archive side by side.)
  const GROUP_ARTICLES = window.archiveGroupArticles || 20000;
  const TOP = 8;              // values a filter shows before its 更多 expander
  // Filters, as the index names them, and as the address names them.
  const FACETS = { "年份": "year", "月份": "month", "地区": "region", "机构": "agency", "出版物": "pub", "类型": "kind" };
  const KIND = { news: "消息", commentary: "评论", photo: "图片", continuation: "转版续文" };
  const SORTS = { "": "相关度", date: "日期（新→旧）", "date-asc": "日期（旧→新）" };
  const base = new URL(root.dataset.base || "./", location.href);
  const input = root.querySelector("input[name=q]");
  const list = root.querySelector(".archive-results");
  const status = root.querySelector(".archive-status");
  const facets = root.querySelector(".archive-facets");
  const more = root.querySelector(".archive-more");
  const sorter = root.querySelector("select[name=sort]");
  const toggle = root.querySelector(".archive-filter-toggle");
  let selected = {}, sort = "", opened = new Set();
  let current = null, serial = 0, lastCounts = {};

  // One Pagefind instance over one or more shards (the first, and the others
  // merged into it with Pagefind's mergeIndex, sharing its wasm); its calls
  // run one at a time (Pagefind's instance state does not survive
  // overlapping calls).
  // Each shard's bundle, and the site its results belong to: this one, or at the
  // root of an archive cut into parts (generator/parts), the part's site.
  const bundle = (path, site) => ({ path, site: site || base.pathname });
  // Pagefind's wasm glue is one per module, and each instance loads the wasm when it is
  // made: two instances of one module starting at once both load it, the second
  // replacing the first's under it, whose searches then find nothing (a rare word's
  // shard, started beside the newest, found nothing in about 2 of 100 tries on a busy host).
  // So the instances of one module start one after another.
  const startups = new Map();
  class Shard {
    constructor(pagefind, paths, worker) {
      this.pagefind = pagefind;
      this.paths = paths;
      this.worker = worker;
      this.pf = null;
      this.tail = Promise.resolve();
      this.filters = null;
      this.facets = null;
    }
    queue(fn) {
      const next = this.tail.then(() => {
        if (!this.pf) {
          const started = (startups.get(this.pagefind) || Promise.resolve()).then(() => {
            this.pf = this.pagefind.createInstance({ basePath: this.paths[0].path, noWorker: !this.worker });
            return this.pf.preload("");     // (returns once its wasm and index metadata are loaded)
          });
          startups.set(this.pagefind, started.catch(() => {}));
          // The other shards merged all at once: Pagefind adds each to its list when
          // asked (in this order) and loads them side by side, where one after another
          // cost two round trips a shard (28 shards at 100 000 articles).
          return started.then(() => this.pf.options({ baseUrl: this.paths[0].site }))
            .then(() => Promise.all(this.paths.slice(1).map((p) => this.pf.mergeIndex(p.path, { baseUrl: p.site }))))
            .then(fn);
        }
        return fn();
      });
      this.tail = next.catch(() => {});
      return next;
    }
    start() { return this.queue(() => null); }
    loadFilters() {
      this.filters = this.filters || this.queue(() => this.pf.filters());
      return this.filters;
    }
    search(q, options, ranked = true) {
      const ranking = ranked && q.rank && !options.sort;
      if (ranking) this.facetTable();        // its pages' lengths rank the phrase's results
      return this.queue(async () => {
        const res = await this.pf.search(q.phrase, options);
        if (ranking && res.results.length) await this.rank(res.results, q, options);
        else for (const r of res.results) r.rank = r.score;
        return res;
      });
    }
    // Pagefind does not rank an exact phrase, and gives where it first matched (in words;
    // the title's come first in the record), not how often.  Ranked here from that and
    // the title's and the page's lengths (the facet table): the phrase in the title first,
    // the more of the title it fills the higher; then the earlier it comes in the text (a
    // news article names its subject in its lead).  It was ranked by a second search of
    // the phrase's first word, by that word's count: seconds for a common word, and an
    // article full of 疫情 went before one that opens on 疫情防控.
    async rank(results, q, options) {
      const ids = await this.facetTable();
      const known = ids && results.every((r) => ids.get(r.id) && ids.get(r.id)[2] && r.words && r.words.length);
      if (!known) {           // no table, or one without lengths: ranked as before
        const score = new Map();
        for (const r of (await this.pf.search(q.rank, options)).results) score.set(r.id, r.score);
        for (const r of results) r.rank = score.get(r.id) || 0;
        return;
      }
      for (const r of results) {
        const [title, words] = ids.get(r.id)[2];
        const at = Math.min(...r.words);
        r.rank = at < title ? titleRank(q, title) : 1 - (at - title) / Math.max(1, words - title);
      }
    }
    // The facet tables of this instance's shards (generator/publish/facet_table.py) as
    // one map: result id → [the table's values, the page's indexes into them, its lengths].  An id
    // two shards share (Pagefind's ids are short hashes) has no values: such a result is
    // counted from its own fragment (and ranked by the first page's lengths: 17 of 100 000
    // ids).  null when a shard has no table.
    facetTable() {
      this.facets = this.facets || Promise.all(this.paths.map((p) => tableAt(p.path)))
        .then((tables) => {
          const ids = new Map();
          for (const t of tables) {
            const lengths = t.lengths || [];
            Object.entries(t.pages).forEach(([id, row], k) => {
              if (ids.has(id)) ids.get(id)[0] = null;
              else ids.set(id, [t.values, row, lengths[k]]);
            });
          }
          return ids;
        }).catch(() => null);
      return this.facets;
    }
    // Facet counts of these results: {filter: {value: results carrying it}}, counted in
    // one pass over the tables (Pagefind's own count took seconds for a common word).
    // Without tables, Pagefind counts them, from its filter index.
    async count(results, q, options) {
      const ids = await this.facetTable();
      if (!ids) {
        await this.loadFilters();
        return (await this.search(q, options, false)).filters;
      }
      const counts = {}, unsure = [];
      const add = (name, v) => { const c = counts[name] || (counts[name] = {}); c[v] = (c[v] || 0) + 1; };
      for (const r of results) {
        const hit = ids.get(r.id);
        if (!hit || !hit[0]) { unsure.push(r); continue; }
        const [values, row] = hit;
        for (const k of row) add(values[k][0], values[k][1]);
      }
      for (const d of await Promise.all(unsure.map((r) => r.data()))) {
        for (const [name, vs] of Object.entries(d.filters || {})) for (const v of new Set(vs)) add(name, v);
      }
      return counts;
    }
  }

  // A match in the title: above any in the text (ranked below TITLE_RANK), the more of the
  // title the phrase fills the higher.
  const TITLE_RANK = 2;
  const titleRank = (q, titleWords) => TITLE_RANK + q.words / Math.max(1, titleWords);

  // The index is cut into shards by date, listed newest first: the newest
  // small, older ones larger (generator/publish/search_index.py).  The newest
  // is searched on its own, and starts loading at once, while the page
  // finishes and the reader types; the older ones are searched together, as
  // one instance (one download of Pagefind's wasm, however many shards), once
  // the first results are shown (or after a second), so as not to slow those
  // down.  The newest shard's Pagefind runs on the page's own thread (a web
  // worker cost ~50 ms of start-up before the first result); the older ones'
  // in Pagefind's web worker, so that their longer searches never hold up the
  // page while the reader types.
  const dir = new URL("pagefind/", base);
  // The newest shard is named s000 (or, at a parted archive's root, named by
  // the page): it starts loading before the list arrives.
  const never = new Promise(() => {});
  const newest = new URL(root.dataset.first || "pagefind/s000/", base);
  const newestSite = root.dataset.firstSite ? place(new URL(root.dataset.firstSite, base)) : "";
  const shardOf = (s) => bundle(place(new URL(s.path, dir)), s.site && place(new URL(s.site, base)));
  const loading = fromDisk ? never : import(new URL("pagefind.js", newest).href);
  // Opened with a year or month filter (a shared link), the search may not need
  // the newest shard at all: it is then started only if its dates meet the filter.
  const datedAddress = /[?&](?:year|month)=/.test(location.search);
  const first = loading.then((pagefind) => {
    const shard = new Shard(pagefind, [bundle(place(newest), newestSite)], false);
    if (!datedAddress) shard.start();
    return shard;
  });
  const manifest = fromDisk ? never : fetch(new URL("shards.json", dir)).then((r) => r.json());
  const listing = manifest.then((j) => j.shards || []);
  const shardsReady = (async () => {
    const listed = await listing;
    if (!listed.length) return [];
    const pagefind = await loading;
    const newest = await first;
    const older = listed.slice(1);
    if (!older.length) return [newest];
    // The older shards in groups, one a core (THREADS) and one for each GROUP_ARTICLES, each
    // group from its own copy of Pagefind's module (imported from its first shard), so in
    // its own worker thread: Pagefind runs every instance of one module in one shared
    // worker, and a common word's phrase over 93 000 pages held it 2.6 s.  Each shard goes
    // to the group with the fewest articles yet, so that they take alike; searched side by
    // side, their results merged by rank.
    const articles = older.reduce((n, s) => n + (s.articles || 1), 0);
    const groups = Array.from({ length: Math.min(THREADS, older.length, Math.ceil(articles / GROUP_ARTICLES)) }, () => []);
    const weight = groups.map(() => 0);
    for (const s of older) {
      const g = weight.indexOf(Math.min(...weight));
      groups[g].push(shardOf(s));
      weight[g] += s.articles || 1;
    }
    const modules = await Promise.all(groups.map((g, k) => k === 0 ? pagefind
      : import(new URL("pagefind.js", new URL(g[0].path, location.href)).href)));
    return [newest, ...groups.map((g, k) => Object.assign(new Shard(modules[k], g, true), { beside: k > 0 }))];
  })().catch(() => first.then((s) => [s], () => []));   // no list: the newest shard alone, if any
  // Sorted by date, each older shard is searched on its own: Pagefind sorts
  // within one index, and merged indexes come back interleaved.  The shards
  // hold runs of dates, so their results in shard order are in date order.
  let oneByOne = null;
  const apart = new Map();        // an older shard searched on its own, by path: made once
  function shardAt(pagefind, s, worker) {
    const one = shardOf(s);
    if (!apart.has(one.path)) apart.set(one.path, new Shard(pagefind, [one], worker));
    return apart.get(one.path);
  }
  function shardsApart() {
    oneByOne = oneByOne || (async () => {
      const listed = await listing;
      const pagefind = await loading;
      const newest = await first;
      return [newest, ...listed.slice(1).map((s) => shardAt(pagefind, s, true))];
    })().catch(() => shardsReady);
    return oneByOne;
  }
  // A year or month among the filters: only the shards whose run of dates meets it
  // can hold a result.  null: no dates chosen.
  function datesMet() {
    const years = selected["年份"] || [], months = selected["月份"] || [];
    if (!years.length && !months.length) return null;
    if (!years.every((y) => /^\d{4}$/.test(y)) || !months.every((m) => /^\d{4}-\d{2}$/.test(m))) return null;
    return (s) => {
      if (!s.from && !s.to) return false;      // a shard of undated articles only
      const from = s.from || "0000", to = s.to || "9999";
      return (!years.length || years.some((y) => from.slice(0, 4) <= y && y <= to.slice(0, 4))) &&
        (!months.length || months.some((m) => from.slice(0, 7) <= m && m <= to.slice(0, 7)));
    };
  }
  // A file stored gzipped (the directory's buckets, the facet tables, the bitmaps): unpacked
  // here where the server did not say it was gzip.
  async function packedBytes(url) {
    const r = await fetch(url);
    if (!r.ok) throw new Error(`${r.status}`);
    const bytes = new Uint8Array(await r.arrayBuffer());
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
    return new Uint8Array(await new Response(new Blob([bytes]).stream()
      .pipeThrough(new DecompressionStream("gzip"))).arrayBuffer());
  }
  async function packedJson(url) {
    return JSON.parse(new TextDecoder().decode(await packedBytes(url)));
  }
  // A shard's facet table (generator/publish/facet_table.py), by its bundle's path: fetched once.
  const tables = new Map();
  function tableAt(path) {
    if (!tables.has(path)) {
      tables.set(path, packedJson(new URL(path + "facets.json.gz", location.href)));
      tables.get(path).catch(() => tables.delete(path));
    }
    return tables.get(path);
  }
  // Which shards hold a bigram: the directory beside the shards (generator/publish/
  // term_shards.py), one small bucket file per bigram's hash, fetched once.
  const buckets = new Map();
  function bucketOf(term, n) {          // FNV-1a over UTF-16 code units, as term_shards.bucket_of
    let h = 0x811c9dc5;
    for (let i = 0; i < term.length; i++) { h ^= term.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
    return h % n;
  }
  function bucket(terms, k) {
    const name = k.toString(16).padStart((terms.buckets - 1).toString(16).length, "0");
    if (!buckets.has(name)) {
      buckets.set(name, packedJson(new URL(`${terms.path}${name}.json.gz`, dir)).then((data) => {
        const held = new Map();
        for (const [mask, run] of Object.entries(data)) {
          const bits = BigInt("0x" + mask);
          for (let i = 0; i + 1 < run.length; i += 2) held.set(run.slice(i, i + 2), bits);
        }
        return held;
      }));
      buckets.get(name).catch(() => buckets.delete(name));     // failed: asked again next time
    }
    return buckets.get(name);
  }
  // The shards (their places in the list) that hold every bigram typed: a superset of
  // those that hold the words.  null where the archive has no directory or it fails.
  async function holding(grams) {
    const terms = (await manifest).terms;
    // (Masks are BigInts, built by call rather than written as literals: a browser
    // without them searches every shard instead of failing to read this script.)
    if (!terms || !grams.length || typeof BigInt !== "function") return null;
    const [none, one] = [BigInt(0), BigInt(1)];
    let bits = BigInt(-1);
    const held = await Promise.all(grams.map((g) => bucket(terms, bucketOf(g, terms.buckets))));
    grams.forEach((g, k) => { bits &= held[k].get(g) || none; });
    const out = new Set();
    for (let k = 0; bits > none; k++, bits >>= one) if (bits & one) out.add(k);
    return out;
  }
  // The shards a search need ask: those whose dates meet a chosen year or month, and
  // that hold the words typed.  Where none are left out, null: the usual way (the
  // newest, then the older ones merged).  Otherwise only those, and a rare name costs
  // the shards that hold it, a search of 2021 waits for no newer shard: one by one
  // where sorted by date; else the first two one by one, the rest merged (one wasm,
  // results by score), which finishes sooner than one by one.
  const merged = new Map();
  function narrowedShards(grams) {
    const dates = datesMet();
    if (!dates && !grams.length) return Promise.resolve(null);
    return (async () => {
      const listed = await listing;
      const held = await holding(grams).catch(() => null);
      if (!dates && (!held || held.size >= listed.length)) return null;
      const keep = listed.flatMap((s, i) => (!dates || dates(s)) && (!held || held.has(i)) ? [i] : []);
      const pagefind = await loading;
      // The first shard to search runs on the page's thread, as the newest does (a
      // worker's start-up would delay the first result), on its own: its answer is the
      // first shown; the rest in the worker.
      const out = [];
      const alone = (dates || sort) ? keep.length : 2;
      for (const i of keep.slice(0, alone)) {
        out.push(i === 0 ? await first : shardAt(pagefind, listed[i], out.length > 0));
      }
      const rest = keep.slice(alone);
      if (rest.length) {
        const key = rest.join(",");
        if (!merged.has(key)) merged.set(key, new Shard(pagefind, rest.map((i) => shardOf(listed[i])), true));
        out.push(merged.get(key));
      }
      return out;
    })().catch(() => null);
  }
  // A common word (every bigram typed among those with bitmaps: generator/publish/
  // common_terms.py) is counted in the older shards without Pagefind, whose phrase search
  // walks every page holding it, seconds for a word most articles hold: the pages holding
  // all its bigrams (a superset of those holding the word, by a handful for a real word)
  // are counted from the facet tables, and its title matches, ranked as Shard.rank ranks
  // them, are the first results, which they lead in any case.  Pagefind is asked for the
  // rest when the reader wants more (widen).  null where the word is not common or a file
  // cannot be had: Pagefind is then asked as usual.
  // (Under this many pages Pagefind's exact answer comes soon enough; a test lowers it.)
  const COMMON_LEAST = window.archiveCommonLeast || 2000;
  const HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff";     // the characters tokens() cuts into bigrams
  const CJK_WORD = new RegExp(`^[${HAN}]{2,}$`);
  let commonGrams = null;
  const commonFiles = new Map();
  function commonFile(entry, gram) {
    const name = Array.from(gram, (c) => c.codePointAt(0).toString(16).padStart(4, "0")).join("") + ".bin.gz";
    if (!commonFiles.has(name)) {
      commonFiles.set(name, packedBytes(new URL(entry.path + name, dir)));
      commonFiles.get(name).catch(() => commonFiles.delete(name));
    }
    return commonFiles.get(name);
  }
  // The places of a shard's pages whose bits are set, its bitmap starting at byte `at`.
  function places(bits, at, pages) {
    const out = [];
    for (let k = 0; k < pages; k++) if (bits[at + (k >> 3)] >> (k & 7) & 1) out.push(k);
    return out;
  }
  // A result as Pagefind gives one, read from the shard's fragment file.
  function fragmentAt(b, id) {
    let got = null;
    return () => got || (got = packedBytes(new URL(`${b.path}fragment/${id}.pf_fragment`, location.href))
      .then((bytes) => {
        const f = JSON.parse(new TextDecoder().decode(bytes).slice("pagefind_dcd".length));
        // (Pagefind's fullUrl: the page's address under its site)
        const url = `${b.site}/${f.url}`.replace(/\/+/g, "/").replace(/^(https?:\/)/, "$1/");
        return { url, meta: f.meta || {}, filters: f.filters || {} };
      }));
  }
  // Whether the words typed are common: the bitmaps' entry in the list, or null.
  async function commonEntry(terms, asked) {
    // (what was typed first: a search of no bigram does not wait for the list)
    if (!asked.grams.length || terms.not.length || !terms.must.every((w) => CJK_WORD.test(w))) return null;
    const entry = (await manifest).common;
    if (!entry) return null;
    if (!commonGrams) {
      const cps = Array.from(entry.grams);
      commonGrams = new Set();
      for (let i = 0; i + 1 < cps.length; i += 2) commonGrams.add(cps[i] + cps[i + 1]);
    }
    return asked.grams.every((g) => commonGrams.has(g)) ? entry : null;
  }
  const listedRows = new WeakMap();      // a table's ids and rows, in its order: listed once
  function prefetchCommon(entry, asked) {
    for (const g of asked.grams) commonFile(entry, g).catch(() => {});
    listing.then((listed) => listed.slice(1).forEach((s) => tableAt(shardOf(s).path).catch(() => {})));
  }
  // `entry`: commonEntry's.  `titled`: with the title matches (by relevance); sorted by date,
  // the newest shard's results come first in any case, and only the count is wanted of the
  // older shards.  `filters`: the chosen ones ({filter: {any: [values]}}, no year or month):
  // a page passes holding any value chosen of each filter, as Pagefind filters.
  async function commonSearch(entry, asked, titled, filters = {}) {
    const listed = await listing;
    if (entry.pages.length !== listed.length || listed.length < 2) return null;
    const files = await Promise.all(asked.grams.map((g) => commonFile(entry, g)));
    const sizes = entry.pages.map((n) => (n + 7) >> 3);
    const half = sizes.reduce((a, b) => a + b, 0);
    if (files.some((f) => f.length !== 2 * half)) return null;
    // In the text, every word's bigrams; in the title, the phrase's (whatever the other
    // words, Pagefind ranks a page by where it finds the phrase).
    const text = files[0].slice(0, half), title = new Uint8Array(half).fill(255);
    asked.grams.forEach((g, k) => {
      const f = files[k];
      if (k) for (let i = 0; i < half; i++) text[i] &= f[i];
      if (asked.wordGrams.includes(g)) for (let i = 0; i < half; i++) title[i] &= f[half + i];
    });
    // The older shards only: the newest has answered from Pagefind.
    const held = [];
    let candidates = 0;
    for (let s = 1, at = sizes[0]; s < listed.length; at += sizes[s], s++) {
      held[s] = [places(text, at, entry.pages[s]), places(title, at, entry.pages[s])];
      candidates += held[s][0].length;
    }
    if (candidates < COMMON_LEAST) return null;
    const bundles = listed.map(shardOf);
    const rows = await Promise.all(bundles.slice(1).map((b) => tableAt(b.path)));
    const counts = {}, hits = [], chosen = Object.entries(filters).map(([name, f]) => [name, new Set(f.any)]);
    let total = 0;                   // the candidates that pass the filters
    for (let s = 1; s < listed.length; s++) {
      const t = rows[s - 1];
      if (!listedRows.has(t)) listedRows.set(t, [Object.keys(t.pages), Object.values(t.pages)]);
      const [ids, row] = listedRows.get(t);
      if (ids.length !== entry.pages[s] || !t.lengths) return null;
      // Each filter chosen as the table's value indexes it accepts.
      const accepts = chosen.map(([name, vs]) => t.values.map(([n, v]) => n === name && vs.has(v)));
      const passes = (k) => accepts.every((ok) => row[k].some((v) => ok[v]));
      const found = accepts.length ? held[s][0].filter(passes) : held[s][0];
      total += found.length;
      // Tallied by the table's value indexes, named once a table (by name, 10 times slower).
      const tally = new Int32Array(t.values.length);
      for (const k of found) for (const v of row[k]) tally[v]++;
      tally.forEach((n, v) => {
        if (!n) return;
        const [name, value] = t.values[v], c = counts[name] || (counts[name] = {});
        c[value] = (c[value] || 0) + n;
      });
      for (const k of titled ? held[s][1].filter(passes) : []) {
        hits.push({ id: ids[k], rank: titleRank(asked, t.lengths[k][0]),
                    data: fragmentAt(bundles[s], ids[k]), inTitleOf: asked.word });
      }
    }
    hits.sort((x, y) => y.rank - x.rank);      // (stable: newer shards first on ties)
    return { total, counts, hits };
  }
  // The older shards asked of Pagefind after all (the reader wants more than the title
  // matches, or than the newest shard's results by date): the results shown so far stay
  // in front, the rest follow by rank, or by date (the shards' order).
  async function widen(job, asked, options) {
    job.widen = null;
    const groups = (await (job.sort ? shardsApart() : shardsReady)).slice(1);
    const answers = await Promise.all(groups.map((g) => g.search(asked, options)));
    if (job.id !== serial) return;
    const pinned = job.hits.filter((h) => job.checked.get(h));
    const ids = new Set(pinned.map((h) => h.id));
    const rest = job.byShard[0].concat(...answers.map((a) => a.results)).filter((h) => !ids.has(h.id));
    job.hits = pinned.concat(job.sort ? rest : rest.sort((x, y) => y.rank - x.rank));
    job.shards = [job.shards[0], ...groups];
    job.searched = job.shards.length;
    job.total = null;
  }
  first.catch(() => {});     // an empty archive has no shard: shardsReady says so
  let wake = null;
  const woken = new Promise((resolve) => { wake = resolve; setTimeout(resolve, 1000); });

  // (Not while the page shows a search that only some shards could answer, a rare name
  // or a year: the older shards' 1–2 MB wait until a search needs them.)
  let narrowedNow = false;
  shardsReady.then((shards) => {
    if (!shards.length) return;
    woken.then(() => {
      if (narrowedNow) return;
      shards[0].facetTable();
      shards.slice(1).forEach((s) => s.start());
    });
  });

  const TOKEN = new RegExp(`[${HAN}]+|[a-z0-9]+`, "g");
  function normalize(s) { return (s || "").normalize("NFKC").toLowerCase(); }
  // "q" + six-digit code points: the word the index holds for a character or bigram.
  function spell(chars) {
    return "q" + Array.from(chars, (c) => String(c.codePointAt(0)).padStart(6, "0")).join("");
  }
  function tokens(s) {
    const out = [];
    for (const w of normalize(s).match(TOKEN) || []) {
      const chars = Array.from(w);
      if (/^[\x00-\x7f]+$/.test(w)) out.push(w);
      else if (chars.length === 1) out.push(spell(w));
      else for (let i = 0; i + 1 < chars.length; i++) out.push(spell(chars[i] + chars[i + 1]));
    }
    return out;
  }
  // What Pagefind is asked: the longest word typed, as an exact phrase of its
  // bigrams (= that substring; for a common word about five times cheaper for
  // Pagefind than a query of independent words).  Pagefind's exact search
  // does not rank: the page ranks its pages (Shard.rank), by where the phrase
  // first occurs.  Every other word typed is checked against the text.
  function query(terms) {
    let best = [], word = "";
    const grams = new Set();       // every Chinese bigram typed: the shards to ask hold them all
    for (const w of terms.must.join(" ").match(TOKEN) || []) {
      const t = tokens(w);
      if (t.length > best.length) [best, word] = [t, w];
      if (!/^[\x00-\x7f]+$/.test(w)) for (let i = 0; i + 1 < w.length; i++) grams.add(w.slice(i, i + 2));
    }
    if (!best.length) return null;
    // A word of two characters (one bigram) is ranked as a phrase is (Shard.rank): Pagefind's
    // own score, by how often it occurs, ranked it another way than a longer word, and the
    // page could not rank it with the older shards' title matches (commonSearch).
    const q = best.length > 1 ? { phrase: `"${best.join(" ")}"`, rank: best[0] }
      : { phrase: best[0], rank: CJK_WORD.test(word) ? best[0] : null };
    q.grams = [...grams];
    q.word = word;                 // the word the phrase spells
    q.wordGrams = Array.from({ length: Math.max(0, word.length - 1) }, (_, i) => word.slice(i, i + 2));
    q.words = best.length;         // the phrase's length in the index's words
    return q;
  }
  function squeeze(s) { return normalize(s).replace(/\s+/g, ""); }
  // What was typed: words all required; "…" (or “…”) an exact phrase, spaces
  // inside it ignored as everywhere; -词 (or -"…") excludes articles holding it.
  function parse(q) {
    const must = [], not = [];
    for (const m of normalize(q).matchAll(/(^|\s)(-?)(?:"([^"]*)"?|“([^”]*)”?|(\S+))/g)) {
      const t = squeeze(m[3] ?? m[4] ?? m[5] ?? "");
      if (t) (m[2] ? not : must).push(t);
    }
    return { must, not };
  }
  // Metadata is stored spelled in punctuation so that Pagefind does not index it
  // as words (generator/publish/tokens.py: hide); four symbols per UTF-16 unit.
  const SYMBOLS = "!#$%()*+,-./:;=?";
  function unhide(code) {
    let out = "";
    for (let i = 0; i + 3 < (code || "").length; i += 4) {
      let unit = 0;
      for (let k = 0; k < 4; k++) unit = (unit << 4) | SYMBOLS.indexOf(code[i + k]);
      out += String.fromCharCode(unit);
    }
    return out;
  }
  window.archiveTokens = tokens;   // for the tests that compare with the Python side

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;   // text, never markup: content is untrusted
    return e;
  }

  // Where the terms occur in text: [start, end) ranges, sorted, not overlapping.
  function ranges(text, terms) {
    // Normalized character by character, where that keeps the length (… would become ...),
    // so that positions in it are positions in the text.
    const hay = Array.from(text, (c) => { const n = normalize(c); return n.length === c.length ? n : c; }).join("");
    const found = [];
    for (const t of terms) {
      for (let at = hay.indexOf(t); t && at >= 0; at = hay.indexOf(t, at + t.length)) found.push([at, at + t.length]);
    }
    found.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
    const out = [];
    for (const r of found) {
      if (out.length && r[0] < out[out.length - 1][1]) out[out.length - 1][1] = Math.max(out[out.length - 1][1], r[1]);
      else out.push(r.slice());
    }
    return out;
  }
  // Text with every occurrence of the terms in <mark>, as text nodes (never markup).
  function marked(node, text, terms) {
    let at = 0;
    for (const [a, b] of ranges(text, terms)) {
      node.append(text.slice(at, a), el("mark", null, text.slice(a, b)));
      at = b;
    }
    node.append(text.slice(at));
    return node;
  }
  function excerpt(text, terms) {
    const p = el("p", "archive-excerpt");
    const flat = (text || "").replace(/\s+/g, " ");
    const first = ranges(flat, terms)[0];
    if (!first) { p.textContent = flat.slice(0, 120) + (flat.length > 120 ? "…" : ""); return p; }
    const start = Math.max(0, first[0] - 40), end = Math.min(flat.length, first[1] + 110);
    if (start > 0) p.append("…");
    marked(p, flat.slice(start, end), terms);
    if (end < flat.length) p.append("…");
    return p;
  }

  function show(item) {
    const li = el("li", "archive-result");
    const a = marked(el("a"), item.meta.title, current.terms.must);
    a.href = item.url;
    a.setAttribute("data-search-result", "");
    li.append(a);
    const kind = KIND[item.kind] || "";
    li.append(el("div", "archive-meta", [item.meta.date, item.meta.region, kind].filter(Boolean).join(" · ")));
    // Quote the body where it holds the query; the title is already shown above.
    const text = item.meta.text || "";
    const at = text.indexOf(item.meta.title);
    const body = at >= 0 ? text.slice(at + item.meta.title.length) : text;
    const terms = current.terms.must;
    li.append(excerpt(terms.some((t) => squeeze(body).includes(t)) ? body : text, terms));
    list.append(li);
  }

  function checkbox(name, value, label, n) {
    const box = el("label");
    const cb = el("input");
    cb.type = "checkbox";
    cb.checked = (selected[name] || []).includes(value);
    cb.addEventListener("change", () => {
      const now = new Set(selected[name] || []);
      cb.checked ? now.add(value) : now.delete(value);
      selected[name] = [...now];
      run(true);
    });
    box.append(cb, " " + label + " ", el("span", "archive-count", `(${n})`));
    return box;
  }
  // A list of values: the TOP most frequent, the rest behind 更多 (kept open once opened).
  function values(box, key, items) {
    const chosen = items.filter((x) => x.chosen);
    const top = items.slice(0, TOP).concat(chosen.filter((x) => items.indexOf(x) >= TOP));
    const rest = items.filter((x) => !top.includes(x));
    for (const x of top) box.append(x.node());
    if (!rest.length) return;
    const details = el("details", "archive-facet-more");
    details.open = opened.has(key);
    details.append(el("summary", null, `更多（${rest.length}）`));
    // Drawn when first opened: a common word's filters hold thousands of values (drawing
    // them all held the page's thread 0.2–0.3 s at 100 000 articles).
    const drawRest = () => { if (details.childElementCount === 1) for (const x of rest) details.append(x.node()); };
    if (details.open) drawRest();
    details.addEventListener("toggle", () => {
      if (details.open) { drawRest(); opened.add(key); } else opened.delete(key);
    });
    box.append(details);
  }
  // One collator for every comparison: localeCompare with a locale builds one per call
  // (thousands of region values took seconds).
  const COLLATE = new Intl.Collator("zh-CN").compare;
  function byCount(counts) {
    return Object.entries(counts || {}).filter(([, n]) => n > 0)
      .sort((x, y) => y[1] - x[1] || COLLATE(x[0], y[0]));
  }
  // Regions as a tree: provinces, under each its cities, under each its counties
  // (values are "code|省›市›县"; the article of a county counts at every level).
  function regionTree(box, counts) {
    const name = "地区", chosen = selected[name] || [];
    // Each value under its parent's path ("" for a province), in count order, in one
    // pass: a search over thousands of places has thousands of values.
    const under = new Map();
    for (const [v, n] of byCount(counts)) {
      const path = v.split("|")[1] || v, cut = path.lastIndexOf("›");
      const parent = cut < 0 ? "" : path.slice(0, cut);
      if (!under.has(parent)) under.set(parent, []);
      under.get(parent).push({ v, n, path });
    }
    const level = (parent) => under.get(parent) || [];
    const draw = (into, parent, key) => values(into, key, level(parent).map((e) => ({
      chosen: chosen.includes(e.v),
      node: () => {
        const item = el("div", "archive-region");
        item.append(checkbox(name, e.v, e.path.split("›").pop(), e.n));
        item.title = e.path.replace(/›/g, " › ");
        const kids = level(e.path);
        const near = chosen.some((c) => (c.split("|")[1] || "").startsWith(e.path + "›"));
        if (kids.length) {
          const sub = el("details", "archive-region-children");
          sub.open = chosen.includes(e.v) || near || opened.has(e.v);
          sub.addEventListener("toggle", () => { sub.open ? opened.add(e.v) : opened.delete(e.v); });
          sub.append(el("summary", null, `下级（${kids.length}）`));
          draw(sub, e.path, "地区:" + e.path);
          item.append(sub);
        }
        return item;
      },
    })));
    draw(box, "", "地区");
  }
  // Years as a histogram of the current results, in date order; a year's bar
  // is its checkbox's label, so a click narrows the results to it.  Once the
  // results lie in one year, its months are drawn the same way under it.
  function histogram(box, counts, name = "年份", label = (v) => v) {
    const rows = Object.entries(counts || {}).filter(([, n]) => n > 0).sort((x, y) => y[0].localeCompare(x[0]));
    const top = Math.max(1, ...rows.map(([, n]) => n));
    for (const [value, n] of rows) {
      const item = checkbox(name, value, label(value), n);
      item.classList.add("archive-year");
      const bar = el("span", "archive-year-bar");
      bar.style.width = `${Math.max(2, Math.round(100 * n / top))}%`;
      item.append(bar);
      box.append(item);
    }
  }
  // The months worth drawing: those of the one year the results lie in (or the one
  // year chosen), and any month already chosen, so that it can be let go.
  function monthCounts(counts) {
    const years = Object.entries(counts["年份"] || {}).filter(([y, n]) => n > 0 && /^\d{4}$/.test(y)).map(([y]) => y);
    const chosenYears = selected["年份"] || [];
    const year = chosenYears.length === 1 ? chosenYears[0] : years.length === 1 ? years[0] : "";
    const chosen = selected["月份"] || [];
    return Object.fromEntries(Object.entries(counts["月份"] || {})
      .filter(([m, n]) => (n > 0 && year && m.startsWith(year + "-")) || chosen.includes(m)));
  }
  function drawFacets(counts) {
    lastCounts = counts || {};
    facets.replaceChildren();
    for (const name of Object.keys(FACETS)) {
      const have = name === "月份" ? monthCounts(counts || {}) : (counts || {})[name] || {};
      const chosen = selected[name] || [];
      if (!byCount(have).length && !chosen.length) continue;
      const box = el("fieldset", "archive-facet");
      box.append(el("legend", null, name));
      if (name === "地区") regionTree(box, have);
      else if (name === "年份") histogram(box, have);
      else if (name === "月份") histogram(box, have, name, (m) => `${m.slice(0, 4)}年${+m.slice(5, 7)}月`);
      else values(box, name, byCount(have).map(([v, n]) => ({
        chosen: chosen.includes(v), node: () => checkbox(name, v, KIND[v] || v, n) })));
      facets.append(box);
    }
    if (toggle) {
      const n = Object.values(selected).reduce((k, v) => k + v.length, 0);
      toggle.textContent = n ? `筛选（已选 ${n} 项）` : "筛选";
    }
  }

  // Results are shown in Pagefind's order (merged across shards by score,
  // newer shards first on ties), title matches first; each is loaded and
  // kept only if its text holds every word typed.
  function shown(job) {
    const out = [];
    for (const h of job.hits) {
      if (!job.checked.has(h)) break;
      const d = job.checked.get(h);
      if (d) out.push(d);
    }
    return out;
  }

  // A result as shown, or null when its text lacks a word typed.  Pagefind
  // hands out the same cached fragment object to every search: read it, never
  // change it.
  function accept(job, d) {
    const meta = {};
    for (const k of Object.keys(d.meta)) meta[k] = k === "image" ? d.meta[k] : unhide(d.meta[k]);
    return checked(job.terms, { url: d.url, meta, kind: (d.filters && d.filters["类型"] || [])[0] });
  }
  // The result, marked inTitle when its title holds every word typed, or null
  // when its text lacks a word typed or holds an excluded one.
  function checked(terms, item) {
    const hay = squeeze(item.meta.text);
    if (!terms.must.every((n) => hay.includes(n)) || terms.not.some((n) => hay.includes(n))) return null;
    item.inTitle = terms.must.every((n) => squeeze(item.meta.title).includes(n));
    return item;
  }
  // Where a result stands before its rank: an article whose headline holds the words,
  // then any other article, then photos.  A photo's title is its caption (short, so
  // ranked high for any word in it; and a caption printed inside an article is also
  // that article's text): three captions had come before the six articles headlined
  // 党员 on the seeds' pages.  The 类型 filter finds photos on their own.
  function standing(item) {
    return item.kind === "photo" ? 0 : item.inTitle ? 2 : 1;
  }

  async function fill(job, want, step = PAGE) {
    while (shown(job).length < want) {
      const todo = [];
      for (const h of job.hits) {
        if (!job.checked.has(h) && todo.push(h) >= step) break;
      }
      if (!todo.length) return;
      const data = await Promise.all(todo.map((h) => h.data()));
      if (job.id !== serial) return;
      todo.forEach((h, k) => {
        const item = accept(job, data[k]);
        // A page the bitmaps gave as a title match whose title holds the word's bigrams
        // but not the word: not one (Pagefind ranks it by its text, once asked).
        job.checked.set(h, item && h.inTitleOf && !squeeze(item.meta.title).includes(h.inTitleOf) ? null : item);
      });
    }
  }

  function render(job) {
    const kept = shown(job);
    const ordered = job.sort ? kept
      : kept.slice().sort((x, y) => (standing(y) - standing(x)) || (kept.indexOf(x) - kept.indexOf(y)));
    list.replaceChildren();
    ordered.forEach(show);
    const searched = job.listed && job.searched === job.shards.length;
    const done = searched && !job.widen && job.hits.every((h) => job.checked.has(h));
    // Not every candidate is loaded and checked: their number is then an estimate.
    status.textContent = !kept.length ? (done ? "没有找到包含该词的文章" : "正在查找…")
      : done ? `找到 ${kept.length} 篇文章`
      : searched ? `约 ${(job.total ?? job.hits.length).toLocaleString("zh-CN")} 篇文章包含该词，已列出 ${kept.length} 篇`
      : `已找到 ${kept.length} 篇文章，正在查找更早的文章…`;
    more.hidden = done;
  }

  // The search's state in the address: ?q=…&sort=date&year=2021&region=350102&…
  // (regions by code), so that a reload, back/forward and a shared link keep it.
  function address() {
    const url = new URL(location.href);
    for (const key of ["q", "sort", ...Object.values(FACETS)]) url.searchParams.delete(key);
    const q = input.value.trim();
    if (q) url.searchParams.set("q", q);
    if (sort) url.searchParams.set("sort", sort);
    for (const [name, key] of Object.entries(FACETS)) {
      for (const v of selected[name] || []) url.searchParams.append(key, name === "地区" ? v.split("|")[0] : v);
    }
    return url;
  }
  function restore() {
    const params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    sort = SORTS[params.get("sort")] ? params.get("sort") : "";
    if (sorter) sorter.value = sort;
    selected = {};
    for (const [name, key] of Object.entries(FACETS)) {
      const vs = params.getAll(key);
      if (vs.length) selected[name] = vs;
    }
  }
  // A region in the address is a code; the filter's value is "code|path": found
  // in the counts of any search (the filter index lists every value).
  function regionValues(codes, counts) {
    const known = Object.keys((counts || {})["地区"] || {});
    return codes.map((c) => c.includes("|") ? c : (known.find((v) => v.startsWith(c + "|")) || c + "|"));
  }

  async function run(push) {
    const q = input.value.trim();
    const id = ++serial;
    const url = address();
    if (url.href !== location.href) push ? history.pushState(null, "", url) : history.replaceState(null, "", url);
    const across = document.querySelector("a.archive-across");   // a part's link to every part's search
    if (across) across.search = url.search;
    if (!q) { list.replaceChildren(); status.textContent = ""; facets.replaceChildren(); more.hidden = true; return; }
    root.setAttribute("aria-busy", "true");      // until every shard has answered and facets are counted
    const terms = parse(q);
    const asked = query(terms);
    if (!asked) {
      list.replaceChildren(); facets.replaceChildren(); more.hidden = true;
      status.textContent = "请输入要查找的字词（“-词”只用来排除）";
      root.setAttribute("aria-busy", "false");
      return;
    }
    // Only the shards that can hold a result, where the dates chosen or the words typed
    // leave some out; else the newest shard, searched as soon as it is loaded, before
    // the list of the others has arrived.
    const dated = await narrowedShards(asked.grams);
    if (id !== serial) return;
    // (nor while it shows a common word, counted without the older shards' Pagefind)
    const commonNow = !dated && await commonEntry(terms, asked).catch(() => null);
    if (id !== serial) return;
    narrowedNow = !!dated || !!commonNow;
    let shards = dated || await first.then((s) => [s], () => []);
    if ((selected["地区"] || []).some((v) => !v.includes("|"))) {
      // Codes are looked up in the filter lists of the shards searched first, and
      // only if some are not there, in every shard's (all of them loaded: slow).
      const every = {};
      let values = selected["地区"];
      for (const group of [shards, await shardsReady]) {
        for (const shard of group) {
          await shard.loadFilters();
          const all = await shard.queue(() => shard.pf.filters());
          Object.assign(every, (all || {})["地区"] || {});
        }
        values = regionValues(selected["地区"], { "地区": every });
        if (values.every((v) => v in every)) break;
      }
      selected["地区"] = values;
      if (id !== serial) return;
    }
    const filters = {};
    for (const [k, v] of Object.entries(selected)) if (v.length) filters[k] = { any: v };
    const options = Object.keys(filters).length ? { filters } : {};
    if (sort) options.sort = { date: sort === "date" ? "desc" : "asc" };
    const job = current = { id, q, shards, listed: !!dated, hits: [], checked: new Map(), counts: [], searched: 0,
                            terms, sort, byShard: [] };
    // The newest shard first, its first result shown as soon as it is checked;
    // then a full page of results, refined as each older shard answers
    // (results merged by score).
    const asks = [];
    for (let i = 0; ; i++) {
      if (!dated && (i === 1 || !shards.length)) {
        // A common word: the older shards counted from their bitmaps, their title matches
        // listed (by relevance: ranked with the newest shard's; newest first, the newest
        // shard's results lead).
        const byDate = sort === "date";
        const common = commonNow && i === 1 && (!sort || byDate) && (asked.rank || byDate)
          ? await commonSearch(commonNow, asked, !byDate, options.filters).catch(() => null) : null;
        if (id !== serial) return;
        if (common) {
          job.hits = byDate ? job.byShard[0].slice()
            : job.byShard[0].filter((h) => h.rank >= TITLE_RANK).concat(common.hits).sort((x, y) => y.rank - x.rank);
          job.total = job.byShard[0].length + common.total;
          job.counts.push(Promise.resolve(common.counts));
          job.listed = true;
          job.widen = () => widen(job, asked, options);
          await fill(job, PAGE);
          if (id !== serial) return;
          if (shown(job).length < PAGE) {        // too few title matches for a page: the rest by Pagefind
            await job.widen();
            await fill(job, PAGE);
            if (id !== serial) return;
          }
          break;
        }
        job.shards = shards = await (sort ? shardsApart() : shardsReady);
        job.listed = true;
      }
      if (i >= shards.length) break;
      // Asked now: this shard, and the groups searched beside it in threads of their own.
      for (let k = i; k < shards.length && (k === i || shards[k].beside); k++) {
        if (asks[k]) continue;
        asks[k] = shards[k].search(asked, options);
        shards[k].facetTable();      // fetched while the shard searches, to count its results
      }
      const res = await asks[i];
      if (!res.results.length) wake();
      if (id !== serial) return;
      // By relevance: merged by score.  By date: the shards hold runs of dates, newest
      // first, so their results in shard order (reversed for oldest first) are in date order.
      job.byShard[i] = res.results;
      // Its facets counted now, while the groups beside it still search.
      job.counts[i] = shards[i].count(res.results, asked, options);
      job.counts[i].catch(() => {});       // (a search replaced by the next leaves it unread)
      job.hits = !sort ? job.hits.concat(res.results).sort((x, y) => y.rank - x.rank)
        : (sort === "date" ? job.byShard : job.byShard.slice().reverse()).flat();
      job.searched++;
      if (!shown(job).length) {
        await fill(job, 1, 2);
        if (id !== serial) return;
        if (shown(job).length) {
          render(job); wake();
          // A common word's bitmaps and the older shards' tables, fetched while the newest
          // shard's first page loads (not before the first result: it comes first).
          if (commonNow) prefetchCommon(commonNow, asked);
        }
      }
      await fill(job, PAGE);
      if (id !== serial) return;
      render(job);
    }
    render(job);          // every shard has answered: the status says so
    // Facet counts, of each shard's results.
    const counted = await Promise.all(job.counts);
    if (id !== serial) return;
    const total = {};
    for (const c of counted) {
      for (const [name, values] of Object.entries(c || {})) {
        const into = total[name] = total[name] || {};
        for (const [v, n] of Object.entries(values)) into[v] = (into[v] || 0) + n;
      }
    }
    drawFacets(total);
    root.setAttribute("aria-busy", "false");
  }

  // From disk: lunr over the same bigram tokens, every word typed checked
  // against the text, results shown as the site shows them.
  function fromDiskSearch() {
    const script = (src) => new Promise((ok, fail) => {
      const s = document.createElement("script");
      s.src = new URL(src, base).href;
      s.onload = ok; s.onerror = fail;
      document.head.append(s);
    });
    const unavailable = () => {
      status.textContent = "从磁盘直接打开时无法检索：检索需要一个网页服务器。请在网站目录中运行 python3 -m http.server 8000，" +
        "然后打开 http://127.0.0.1:8000/search/ ；也可以按日期、地区、机构或来源浏览全部文章。";
      input.disabled = true;
      root.setAttribute("aria-busy", "false");
    };
    script("assets/lunr.min.js").then(() => script("search/portable-index.js")).then(() => {
      const data = window.ARCHIVE_PORTABLE;
      const index = window.lunr.Index.load(data.index);
      const search = () => {
        const q = input.value.trim();
        const url = new URL(location.href);
        q ? url.searchParams.set("q", q) : url.searchParams.delete("q");
        history.replaceState(null, "", url);
        list.replaceChildren();
        const terms = parse(q);
        const words = tokens(terms.must.join(" "));
        if (!q) { status.textContent = ""; return; }
        if (!words.length) { status.textContent = "请输入要查找的字词（“-词”只用来排除）"; return; }
        current = { terms };
        const hits = index.query((query) => {
          for (const w of new Set(words)) query.term(w, { presence: window.lunr.Query.presence.REQUIRED, usePipeline: false });
        });
        const kept = [];
        for (const h of hits) {
          const [title, date, region, text] = data.docs[h.ref];
          const item = checked(terms, { url: new URL(`articles/${h.ref}.html`, base).href, meta: { title, date, region, text } });
          if (item) kept.push(item);
        }
        kept.sort((x, y) => y.inTitle - x.inTitle).slice(0, 100).forEach(show);
        status.textContent = kept.length ? `找到 ${kept.length} 篇文章` + (kept.length > 100 ? "，列出前 100 篇" : "")
          : "没有找到包含该词的文章";
      };
      let wait = null;
      input.addEventListener("input", () => { clearTimeout(wait); wait = setTimeout(search, 80); });
      root.querySelector("form").addEventListener("submit", (e) => { e.preventDefault(); search(); });
      input.value = new URLSearchParams(location.search).get("q") || "";
      search();
      root.setAttribute("aria-busy", "false");
      input.focus();
    }, unavailable);
  }
  if (fromDisk) { fromDiskSearch(); return; }

  let timer = null;
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => run(false), 80); });
  root.querySelector("form").addEventListener("submit", (e) => { e.preventDefault(); run(true); });
  more.addEventListener("click", async () => {
    const job = current, want = shown(job).length + PAGE;
    await fill(job, want);
    if (shown(job).length < want && job.widen) {       // past a common word's title matches
      status.textContent = "正在查找更多文章…";
      await job.widen();
      await fill(job, want);
    }
    if (job.id === serial) render(job);
  });
  if (sorter) sorter.addEventListener("change", () => { sort = sorter.value; run(true); });
  if (toggle) toggle.addEventListener("click", () => {
    const open = facets.classList.toggle("archive-open");
    toggle.setAttribute("aria-expanded", String(open));
  });
  addEventListener("popstate", () => { restore(); run(false); });
  restore();
  if (input.value) run(false);
  input.focus();
})();
