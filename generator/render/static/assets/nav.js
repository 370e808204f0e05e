// The drawer's links (partials/nav.html leaves them out of pages outside the
// navigation): the tabs' links, which the page already carries, in Material's markup.
(function () {
  var script = document.currentScript;
  var list = script && script.parentNode.querySelector(".md-nav__list");
  if (!list || list.children.length) return;
  document.querySelectorAll(".md-tabs__link").forEach(function (tab) {
    var item = document.createElement("li");
    item.className = "md-nav__item";
    var link = document.createElement("a");
    link.href = tab.getAttribute("href");
    link.className = "md-nav__link";
    var label = document.createElement("span");
    label.className = "md-ellipsis";
    label.textContent = tab.textContent.trim();
    link.appendChild(label);
    item.appendChild(link);
    list.appendChild(item);
  });
})();
