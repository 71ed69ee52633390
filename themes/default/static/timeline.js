// Datelines: search, tag filter and keyboard navigation on top of plain HTML.
// Without this script every entry is visible and every link works; the
// script only hides what a reader filters out, and never talks to any host
// but the site's own (search-index.json, for timelines split over pages).
(function () {
  "use strict";
  var tools = document.querySelector(".tools");
  var timeline = document.getElementById("timeline");
  var entries = timeline ? Array.prototype.slice.call(timeline.querySelectorAll(".entry")) : [];
  var sections = timeline ? Array.prototype.slice.call(timeline.querySelectorAll(".year")) : [];
  var input = document.getElementById("search");
  var status = tools ? tools.querySelector(".search-status") : null;
  var buttons = tools ? Array.prototype.slice.call(tools.querySelectorAll(".tag-filter button")) : [];
  var elsewhere = tools ? tools.querySelector(".search-elsewhere") : null;
  var results = tools ? tools.querySelector(".search-results") : null;
  var partial = !!(tools && tools.getAttribute("data-partial"));
  var indexUrl = tools ? tools.getAttribute("data-search-index") : null;
  var MAX_RESULTS = 20;

  function fold(text) {
    // lower case without accents, so "Pyongyang" finds "pyongyang" and "Zürich" finds "zurich"
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  var texts = entries.map(function (el) { return fold(el.textContent); });
  var tagsOf = entries.map(function (el) { return (el.getAttribute("data-tags") || "").split(" "); });
  var here = {};
  entries.forEach(function (el) {
    var link = el.querySelector(".entry-title a");
    if (link) here[link.getAttribute("href")] = true;
  });
  var state = { words: [], tag: "" };
  var index = null; // search-index.json, fetched on first use
  var indexFailed = false;

  function plural(n) { return n + (n === 1 ? " entry" : " entries"); }

  function matches(text, tags) {
    if (state.tag && tags.indexOf(state.tag) === -1) return false;
    return state.words.every(function (w) { return text.indexOf(w) !== -1; });
  }

  function apply() {
    var filtering = state.words.length > 0 || state.tag !== "";
    var shown = 0;
    entries.forEach(function (el, i) {
      var ok = !filtering || matches(texts[i], tagsOf[i]);
      el.hidden = !ok;
      if (ok) shown++;
    });
    sections.forEach(function (section) {
      section.hidden = !section.querySelector(".entry:not([hidden])");
    });
    buttons.forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-tag") === state.tag));
    });
    var message = "";
    if (filtering && entries.length) message = shown + " of " + entries.length + " entries";
    if (status) status.textContent = message;
    if (partial) searchElsewhere(filtering, message);
    remember();
    if (timeline) timeline.dispatchEvent(new CustomEvent("datelines:filter", { bubbles: true }));
  }

  function searchElsewhere(filtering, pageMessage) {
    if (!elsewhere || !results) return;
    if (!filtering) { elsewhere.hidden = true; return; }
    if (index === null) {
      if (!indexFailed) loadIndex();
      return;
    }
    var found = index.filter(function (item) {
      return !here[item.u] && matches(item.s, item.g);
    });
    results.textContent = "";
    found.slice(0, MAX_RESULTS).forEach(function (item) {
      var li = document.createElement("li");
      var date = document.createElement("span");
      date.className = "result-date";
      date.textContent = item.d;
      var a = document.createElement("a");
      a.href = item.u;
      a.textContent = item.t;
      li.appendChild(date);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(a);
      results.appendChild(li);
    });
    elsewhere.hidden = found.length === 0;
    var more = found.length > MAX_RESULTS ? " (the first " + MAX_RESULTS + " shown)" : "";
    var other = plural(found.length) + (entries.length ? " on other pages" : "") + more;
    if (status) status.textContent = (pageMessage ? pageMessage + " on this page; " : "") + other;
  }

  function loadIndex() {
    indexFailed = true; // one request at a time; reset below when it works
    fetch(indexUrl, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    }).then(function (data) {
      index = data.entries.map(function (item) {
        item.s = fold(item.t + " " + item.d + " " + item.x + " " + item.g.join(" "));
        return item;
      });
      indexFailed = false;
      apply();
    }).catch(function () {
      // offline from file:// or an old copy of the site: search this page only
      if (status && entries.length === 0) status.textContent = "Search needs the site to be served over HTTP.";
    });
  }

  function remember() {
    if (!window.history || !history.replaceState) return;
    var params = new URLSearchParams(location.search);
    if (state.words.length) params.set("q", input.value.trim()); else params.delete("q");
    if (state.tag) params.set("tag", state.tag); else params.delete("tag");
    var query = params.toString();
    var target = location.pathname + (query ? "?" + query : "") + location.hash;
    if (target !== location.pathname + location.search + location.hash) history.replaceState(null, "", target);
  }

  function readInput() {
    state.words = fold(input.value).split(/\s+/).filter(Boolean);
    apply();
  }

  if (tools && input) {
    tools.hidden = false;
    var params = new URLSearchParams(location.search);
    if (params.get("q")) input.value = params.get("q");
    var wanted = params.get("tag") || "";
    if (buttons.some(function (b) { return b.getAttribute("data-tag") === wanted; })) state.tag = wanted;
    input.addEventListener("input", readInput);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        input.value = "";
        readInput();
        input.blur();
      }
    });
    buttons.forEach(function (b) {
      b.addEventListener("click", function () {
        var tag = b.getAttribute("data-tag");
        state.tag = state.tag === tag ? "" : tag;
        apply();
      });
    });
    if (input.value || state.tag) readInput();
  }

  // A long year navigation scrolls (a column on wide screens, a row on narrow
  // ones): bring the current year into view.
  var currentYear = document.querySelector('.year-nav a[aria-current="page"]');
  if (currentYear) {
    [currentYear.closest("ul"), currentYear.closest(".year-nav")].forEach(function (box) {
      var link = currentYear.getBoundingClientRect();
      var frame = box.getBoundingClientRect();
      if (box.scrollHeight > box.clientHeight) box.scrollTop += link.top - frame.top - box.clientHeight / 2;
      if (box.scrollWidth > box.clientWidth) box.scrollLeft += link.left - frame.left - box.clientWidth / 2;
    });
  }

  // Keyboard: j / k move between the visible entries (and the arrow keys,
  // once an entry has focus), Enter opens the focused entry, / searches.
  entries.forEach(function (el) { el.tabIndex = -1; });

  function move(step) {
    var visible = entries.filter(function (el) { return !el.hidden; });
    if (!visible.length) return false;
    var current = visible.indexOf(document.activeElement);
    var next = current === -1 ? (step > 0 ? 0 : visible.length - 1) : current + step;
    next = Math.max(0, Math.min(visible.length - 1, next));
    var target = visible[next];
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "nearest", inline: "center" });
    target.dispatchEvent(new CustomEvent("datelines:focus", { bubbles: true }));
    return true;
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var target = event.target;
    var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable);
    if (typing) return;
    var onEntry = entries.indexOf(target) !== -1;
    var key = event.key;
    var step = 0;
    if (key === "j" || (onEntry && (key === "ArrowDown" || key === "ArrowRight"))) step = 1;
    else if (key === "k" || (onEntry && (key === "ArrowUp" || key === "ArrowLeft"))) step = -1;
    if (step !== 0) {
      if (move(step)) event.preventDefault();
    } else if (key === "/" && input && tools && !tools.hidden) {
      input.focus();
      event.preventDefault();
    } else if (key === "Enter" && onEntry) {
      var link = target.querySelector(".entry-title a");
      if (link) { link.click(); event.preventDefault(); }
    }
  });
})();
