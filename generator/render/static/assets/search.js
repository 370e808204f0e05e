// Archive search: Pagefind's chunked index, queried with the same tokens it was
// built with (generator/publish/tokens.py): Chinese runs as overlapping
// character bigrams, Latin words lower-cased.  Candidates are then checked
// against their own text so every result really contains what was typed.
(function () {
  "use strict";
  const root = document.getElementById("archive-search");
  if (!root) {
    // Any other page: once it is idle, load the newest shard's Pagefind
    // (script, wasm, metadata), so that the browser has them fetched and
    // compiled when the reader searches from the header box.
    const form = document.querySelector("form.archive-header-search");
    if (form && "requestIdleCallback" in window) {
      addEventListener("load", () => requestIdleCallback(() => {
        const dir = new URL("../pagefind/", form.action);
        import(new URL("s000/pagefind.js", dir).href)
          .then((pagefind) => pagefind.createInstance({ basePath: new URL("s000/", dir).pathname, noWorker: true }))
          .catch(() => {});
      }, { timeout: 2000 }));
    }
    return;
  }
  const PAGE = 20;
  const FACETS = ["年份", "地区", "机构", "类型"];
  const KIND = { news: "消息", commentary: "评论", photo: "图片", continuation: "转版续文" };
  const base = new URL(root.dataset.base || "./", location.href);
  const input = root.querySelector("input[name=q]");
  const list = root.querySelector(".archive-results");
  const status = root.querySelector(".archive-status");
  const facets = root.querySelector(".archive-facets");
  const more = root.querySelector(".archive-more");
  const selected = {};
  let current = null, serial = 0;

  // One Pagefind instance over one or more shards (the first, and the others
  // merged into it with Pagefind's mergeIndex, sharing its wasm); its calls
  // run one at a time (Pagefind's instance state does not survive
  // overlapping calls).
  class Shard {
    constructor(pagefind, paths, worker) {
      this.pagefind = pagefind;
      this.paths = paths;
      this.worker = worker;
      this.pf = null;
      this.tail = Promise.resolve();
      this.counted = false;         // filter index loaded: searches carry facet counts
      this.filters = null;
    }
    queue(fn) {
      const next = this.tail.then(() => {
        if (!this.pf) {
          this.pf = this.pagefind.createInstance({ basePath: this.paths[0], noWorker: !this.worker });
          let ready = this.pf.options({ baseUrl: base.pathname });
          for (const p of this.paths.slice(1)) ready = ready.then(() => this.pf.mergeIndex(p, { baseUrl: base.pathname }));
          return ready.then(fn);
        }
        return fn();
      });
      this.tail = next.catch(() => {});
      return next;
    }
    start() { return this.queue(() => null); }
    loadFilters() {
      this.filters = this.filters || this.queue(() => this.pf.filters().then(() => { this.counted = true; }));
      return this.filters;
    }
    search(q, options) {
      return this.queue(async () => {
        const counted = this.counted;
        const res = await this.pf.search(q.phrase, options);
        const score = new Map();
        if (q.rank && res.results.length) {
          for (const r of (await this.pf.search(q.rank, options)).results) score.set(r.id, r.score);
        }
        for (const r of res.results) r.rank = q.rank ? (score.get(r.id) || 0) : r.score;
        return { counted, res };
      });
    }
  }

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
  // The newest shard is named s000: it starts loading before the list arrives.
  const loading = import(new URL("s000/pagefind.js", dir).href);
  const first = loading.then((pagefind) => {
    const shard = new Shard(pagefind, [new URL("s000/", dir).pathname], false);
    shard.start();
    return shard;
  });
  const shardsReady = (async () => {
    const listed = (await (await fetch(new URL("shards.json", dir))).json()).shards || [];
    if (!listed.length) return [];
    const pagefind = await loading;
    const newest = await first;
    const older = listed.slice(1).map((s) => new URL(s.path, dir).pathname);
    return older.length ? [newest, new Shard(pagefind, older, true)] : [newest];
  })().catch(() => first.then((s) => [s], () => []));   // no list: the newest shard alone, if any
  first.catch(() => {});     // an empty archive has no shard: shardsReady says so
  let wake = null;
  const woken = new Promise((resolve) => { wake = resolve; setTimeout(resolve, 1000); });

  shardsReady.then((shards) => {
    if (!shards.length) return;
    woken.then(() => {
      shards[0].loadFilters();
      shards.slice(1).forEach((s) => { s.start(); s.loadFilters(); });
    });
  });

  const TOKEN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+/g;
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
  // does not rank, so the phrase's first bigram is searched on its own too,
  // and its score (title matches weigh most, then how often it occurs) orders
  // the phrase's pages.  Every other word typed is checked against the text.
  function query(q) {
    let best = [];
    for (const w of normalize(q).match(TOKEN) || []) {
      const t = tokens(w);
      if (t.length > best.length) best = t;
    }
    if (!best.length) return null;
    return best.length > 1 ? { phrase: `"${best.join(" ")}"`, rank: best[0] } : { phrase: best[0], rank: null };
  }
  function squeeze(s) { return normalize(s).replace(/\s+/g, ""); }
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

  function excerpt(text, q) {
    const p = el("p", "archive-excerpt");
    const flat = (text || "").replace(/\s+/g, " ");
    const terms = q.trim().split(/\s+/).filter(Boolean);
    let at = -1, len = 0;
    for (const t of terms) { at = flat.indexOf(t); if (at >= 0) { len = t.length; break; } }
    if (at < 0) { p.textContent = flat.slice(0, 120) + (flat.length > 120 ? "…" : ""); return p; }
    const start = Math.max(0, at - 40), end = Math.min(flat.length, at + len + 80);
    p.append((start > 0 ? "…" : "") + flat.slice(start, at));
    p.append(el("mark", null, flat.slice(at, at + len)));
    p.append(flat.slice(at + len, end) + (end < flat.length ? "…" : ""));
    return p;
  }

  function show(item) {
    const li = el("li", "archive-result");
    const a = el("a", null, item.meta.title);
    a.href = item.url;
    a.setAttribute("data-search-result", "");
    li.append(a);
    const kind = KIND[item.kind] || "";
    li.append(el("div", "archive-meta", [item.meta.date, item.meta.region, kind].filter(Boolean).join(" · ")));
    // Quote the body where it holds the query; the title is already shown above.
    const text = item.meta.text || "";
    const at = text.indexOf(item.meta.title);
    const body = at >= 0 ? text.slice(at + item.meta.title.length) : text;
    li.append(excerpt(squeeze(body).includes(squeeze(current.q)) ? body : text, current.q));
    list.append(li);
  }

  function drawFacets(counts) {
    facets.replaceChildren();
    for (const name of FACETS) {
      const values = Object.entries((counts || {})[name] || {}).filter(([, n]) => n > 0)
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, 12);
      const chosen = selected[name] || [];
      if (!values.length && !chosen.length) continue;
      const box = el("fieldset", "archive-facet");
      box.append(el("legend", null, name));
      for (const [value, n] of values) {
        const label = el("label");
        const cb = el("input");
        cb.type = "checkbox";
        cb.checked = chosen.includes(value);
        cb.addEventListener("change", () => {
          const now = new Set(selected[name] || []);
          cb.checked ? now.add(value) : now.delete(value);
          selected[name] = [...now];
          run();
        });
        label.append(cb, " " + (KIND[value] || value) + " ", el("span", "archive-count", `(${n})`));
        box.append(label);
      }
      facets.append(box);
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
    const hay = squeeze(meta.text);
    if (!job.needles.every((n) => hay.includes(n))) return null;
    return { url: d.url, meta, kind: (d.filters && d.filters["类型"] || [])[0],
             inTitle: job.needles.every((n) => squeeze(meta.title).includes(n)) };
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
      todo.forEach((h, k) => job.checked.set(h, accept(job, data[k])));
    }
  }

  function render(job) {
    const kept = shown(job);
    const ordered = kept.slice().sort((x, y) => (y.inTitle - x.inTitle) || (kept.indexOf(x) - kept.indexOf(y)));
    list.replaceChildren();
    ordered.forEach(show);
    const searched = job.listed && job.searched === job.shards.length;
    const done = searched && job.hits.every((h) => job.checked.has(h));
    // Not every candidate is loaded and checked: their number is then an estimate.
    status.textContent = !kept.length ? (done ? "没有找到包含该词的文章" : "正在查找…")
      : done ? `找到 ${kept.length} 篇文章`
      : searched ? `约 ${job.hits.length.toLocaleString("zh-CN")} 篇文章包含该词，已列出 ${kept.length} 篇`
      : `已找到 ${kept.length} 篇文章，正在查找更早的文章…`;
    more.hidden = done;
  }

  async function run() {
    const q = input.value.trim();
    const id = ++serial;
    const url = new URL(location.href);
    q ? url.searchParams.set("q", q) : url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (!q) { list.replaceChildren(); status.textContent = ""; facets.replaceChildren(); more.hidden = true; return; }
    root.setAttribute("aria-busy", "true");      // until every shard has answered and facets are counted
    // The newest shard is searched as soon as it is loaded, before the list of
    // the others has arrived.
    let shards = await first.then((s) => [s], () => []);
    const asked = query(q);
    if (!asked) { root.setAttribute("aria-busy", "false"); return; }
    const filters = {};
    for (const [k, v] of Object.entries(selected)) if (v.length) filters[k] = { any: v };
    const options = Object.keys(filters).length ? { filters } : {};
    const job = current = { id, q, shards, listed: false, hits: [], checked: new Map(), counts: [], searched: 0,
                            needles: q.split(/\s+/).map(squeeze).filter(Boolean) };
    // The newest shard first, its first result shown as soon as it is checked;
    // then a full page of results, refined as each older shard answers
    // (results merged by score).
    for (let i = 0; ; i++) {
      if (i === 1 || !shards.length) {
        job.shards = shards = await shardsReady;
        job.listed = true;
      }
      if (i >= shards.length) break;
      const { counted, res } = await shards[i].search(asked, options);
      if (!res.results.length) wake();
      if (id !== serial) return;
      job.hits = job.hits.concat(res.results).sort((x, y) => y.rank - x.rank);
      if (counted) job.counts[i] = res.filters;
      job.searched++;
      if (!shown(job).length) {
        await fill(job, 1, 2);
        if (id !== serial) return;
        if (shown(job).length) { render(job); wake(); }
      }
      await fill(job, PAGE);
      if (id !== serial) return;
      render(job);
    }
    render(job);          // every shard has answered: the status says so
    // Facet counts: a shard searched before its filter index arrived is asked again.
    for (let i = 0; i < shards.length; i++) {
      if (job.counts[i]) continue;
      await shards[i].loadFilters();
      const { res } = await shards[i].search(asked, options);
      if (id !== serial) return;
      job.counts[i] = res.filters;
    }
    const total = {};
    for (const c of job.counts) {
      for (const [name, values] of Object.entries(c || {})) {
        const into = total[name] = total[name] || {};
        for (const [v, n] of Object.entries(values)) into[v] = (into[v] || 0) + n;
      }
    }
    drawFacets(total);
    root.setAttribute("aria-busy", "false");
  }

  let timer = null;
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 80); });
  root.querySelector("form").addEventListener("submit", (e) => { e.preventDefault(); run(); });
  more.addEventListener("click", async () => { await fill(current, shown(current).length + PAGE); render(current); });
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; run(); }
  input.focus();
})();
