// An article's citation files (CSL-JSON, RIS, BibTeX): the page carries its CSL-JSON item
// once (#archive-cite-item); RIS and BibTeX are written from it here, as
// generator/render/content/citation.py writes them for the archive's joined files
// (tests/test_browser.py checks the two agree), and each link becomes a download.
(function () {
  var data = document.getElementById("archive-cite-item");
  if (!data) return;
  var item = JSON.parse(data.textContent);
  var web = item.type === "webpage";
  var names = (item.author || []).map(function (a) { return a.literal; });
  var parts = item.issued ? item.issued["date-parts"][0] : [];

  function one(value) { return String(value).replace(/\s+/g, " ").trim(); }
  function pad(n, width) { return String(n).padStart(width, "0"); }

  function ris() {
    var out = [["TY", web ? "ELEC" : "NEWS"], ["ID", item.id], ["TI", item.title]];
    names.forEach(function (n) { out.push(["AU", n]); });
    if (parts.length) {
      var p = parts.concat([0, 0]);
      out.push(["DA", (pad(p[0], 4) + "/" + pad(p[1], 2) + "/" + pad(p[2], 2) + "/").replace(/\/00/g, "/")]);
      out.push(["PY", String(p[0])]);
    }
    if (item["container-title"]) out.push(["T2", item["container-title"]]);
    out.push(["LA", item.language], ["UR", item.URL], ["DB", item.archive], ["AN", item.archive_location], ["ER", ""]);
    return out.map(function (f) { return f[0] + "  - " + one(f[1]) + "\r\n"; }).join("");
  }

  function bibtex() {
    // Braces and backslashes would end or escape the field: spelled as TeX commands.
    function field(value) {
      return one(value).replace(/[{}\\]/g, function (c) {
        return c === "{" ? "\\{" : c === "}" ? "\\}" : "\\textbackslash{}";
      });
    }
    var fields = [["title", field(item.title)]];
    if (names.length) fields.push(["author", names.map(function (n) { return "{" + field(n) + "}"; }).join(" and ")]);
    if (parts.length) {
      fields.push(["date", parts.map(function (x, i) { return i ? pad(x, 2) : String(x); }).join("-")]);
    }
    if (item["container-title"]) fields.push(["journaltitle", field(item["container-title"])]);
    fields.push(["url", field(item.URL)], ["langid", "chinese"],
                ["note", field(item.archive + "：" + item.archive_location)]);
    var body = fields.map(function (f) { return "  " + f[0] + " = {" + f[1] + "}"; }).join(",\n");
    return "@" + (web ? "online" : "article") + "{" + item.id + ",\n" + body + "\n}\n";
  }

  var files = {json: JSON.stringify([item], null, 1) + "\n", ris: ris(), bib: bibtex()};
  var types = {json: "application/vnd.citationstyles.csl+json", ris: "application/x-research-info-systems",
               bib: "application/x-bibtex"};
  document.querySelectorAll("a[data-cite]").forEach(function (a) {
    var kind = a.getAttribute("data-cite");
    a.href = URL.createObjectURL(new Blob([files[kind]], {type: types[kind] + ";charset=utf-8"}));
    a.download = item.id + "." + kind;
    a.type = types[kind];
  });
})();
