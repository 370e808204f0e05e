// Archive search: Pagefind's chunked index, queried with the same tokens it was
// built with (generator/publish/tokens.py): Chinese runs as overlapping
// character bigrams, Latin words lower-cased.  Candidates are then checked
// against their own text so every result really contains what was typed.
(function () {
  "use strict";
  const root = document.getElementById("archive-search");
  if (!root) return;
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
  let current = null, serial = 0, facetsReady = null;

  // Start loading Pagefind at once, while the page finishes and the reader types.
  const ready = (async () => {
    const pf = await import(new URL("pagefind/pagefind.js", base).href);
    await pf.options({ baseUrl: base.pathname });
    await pf.init();
    return pf;
  })();

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

  // Load candidates in Pagefind's order, keep those whose text holds the query,
  // title matches first.  The first batch is small so the first results show soon.
  async function fill(job, want, step = PAGE) {
    while (job.next < job.results.length && job.kept.length < want) {
      const batch = job.results.slice(job.next, job.next + step);
      job.next += batch.length;
      const data = await Promise.all(batch.map((r) => r.data()));
      if (job.id !== serial) return;
      for (const d of data) {
        for (const k of Object.keys(d.meta)) if (k !== "image") d.meta[k] = unhide(d.meta[k]);
        const hay = squeeze(d.meta.text);
        if (job.needles.every((n) => hay.includes(n))) {
          d.kind = (d.filters && d.filters["类型"] || [])[0];
          d.inTitle = job.needles.every((n) => squeeze(d.meta.title).includes(n));
          job.kept.push(d);
        }
      }
    }
  }

  function render(job) {
    const ordered = job.kept.slice().sort((x, y) => (y.inTitle - x.inTitle) || (job.kept.indexOf(x) - job.kept.indexOf(y)));
    list.replaceChildren();
    ordered.forEach(show);
    const done = job.next >= job.results.length;
    status.textContent = job.kept.length
      ? `找到${done ? "" : "至少"} ${job.kept.length} 篇文章`
      : (done ? "没有找到包含该词的文章" : "正在查找…");
    more.hidden = done;
  }

  async function run() {
    const q = input.value.trim();
    const id = ++serial;
    const url = new URL(location.href);
    q ? url.searchParams.set("q", q) : url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (!q) { list.replaceChildren(); status.textContent = ""; facets.replaceChildren(); more.hidden = true; return; }
    const pagefind = await ready;
    const terms = tokens(q);
    if (!terms.length) return;
    const filters = {};
    for (const [k, v] of Object.entries(selected)) if (v.length) filters[k] = { any: v };
    const options = Object.keys(filters).length ? { filters } : {};
    const res = await pagefind.search(terms.join(" "), options);
    if (id !== serial) return;
    current = { id, q, results: res.results, next: 0, kept: [],
                needles: q.split(/\s+/).map(squeeze).filter(Boolean) };
    await fill(current, 1, 8);
    if (id !== serial) return;
    render(current);
    await fill(current, PAGE);
    if (id !== serial) return;
    render(current);
    // Facet counts: Pagefind reports them once its filter index is loaded.
    facetsReady = facetsReady || pagefind.filters();
    await facetsReady;
    const counted = await pagefind.search(terms.join(" "), options);
    if (id === serial) drawFacets(counted.filters);
  }

  let timer = null;
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 120); });
  root.querySelector("form").addEventListener("submit", (e) => { e.preventDefault(); run(); });
  more.addEventListener("click", async () => { await fill(current, current.kept.length + PAGE); render(current); });
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; run(); }
  input.focus();
})();
