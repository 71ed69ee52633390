// Datelines default theme: search and keyboard navigation on top of plain HTML.
// Without this script every entry is visible and every link works.
(function () {
  "use strict";
  var timeline = document.getElementById("timeline");
  if (!timeline) return;
  var entries = Array.prototype.slice.call(timeline.querySelectorAll(".entry"));
  var box = document.querySelector(".search");
  var input = document.getElementById("search");
  var status = box ? box.querySelector(".search-status") : null;
  var texts = entries.map(function (el) { return el.textContent.toLowerCase(); });

  function applySearch() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    entries.forEach(function (el, i) {
      var match = words.every(function (w) { return texts[i].indexOf(w) !== -1; });
      el.hidden = !match;
      if (match) shown++;
    });
    timeline.querySelectorAll(".year").forEach(function (section) {
      section.hidden = !section.querySelector(".entry:not([hidden])");
    });
    status.textContent = words.length ? shown + " of " + entries.length + " entries" : "";
  }

  if (box && input) {
    box.hidden = false;
    input.addEventListener("input", applySearch);
  }

  // j / k (or arrow keys with the timeline focused) move between visible entries.
  entries.forEach(function (el) { el.tabIndex = -1; });
  document.addEventListener("keydown", function (event) {
    if (event.target === input || event.altKey || event.ctrlKey || event.metaKey) return;
    var key = event.key;
    if (key !== "j" && key !== "k") return;
    var visible = entries.filter(function (el) { return !el.hidden; });
    if (!visible.length) return;
    var current = visible.indexOf(document.activeElement);
    var next = key === "j" ? current + 1 : current - 1;
    if (current === -1) next = key === "j" ? 0 : visible.length - 1;
    next = Math.max(0, Math.min(visible.length - 1, next));
    visible[next].focus();
    event.preventDefault();
  });
})();
