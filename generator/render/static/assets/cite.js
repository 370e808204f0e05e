// An article's citation files (CSL-JSON, RIS, BibTeX): the page carries their text once,
// as JSON (#archive-cite-files); here each link becomes a download of its own file.
(function () {
  var data = document.getElementById("archive-cite-files");
  if (!data) return;
  var files = JSON.parse(data.textContent);
  var id = JSON.parse(files.json)[0].id;
  var types = {json: "application/vnd.citationstyles.csl+json", ris: "application/x-research-info-systems",
               bib: "application/x-bibtex"};
  document.querySelectorAll("a[data-cite]").forEach(function (a) {
    var kind = a.getAttribute("data-cite");
    var blob = new Blob([files[kind]], {type: types[kind] + ";charset=utf-8"});
    a.href = URL.createObjectURL(blob);
    a.download = id + "." + kind;
    a.type = types[kind];
  });
})();
