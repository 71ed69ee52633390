// Datelines horizontal theme: a zoomable time axis above the strip of cards.
// The cards are the default theme's list, so search, the tag filter and the
// j / k keys (timeline.js) work unchanged; this script only draws the axis,
// keeps it in step with the cards, and zooms it. Without it the strip of
// cards still scrolls sideways with every entry and link in it.
(function () {
  "use strict";
  var root = document.querySelector(".htl");
  if (!root) return;
  var strip = root.querySelector("#timeline");
  var axis = root.querySelector(".htl-axis");
  var inner = root.querySelector(".htl-axis-inner");
  var controls = root.querySelector(".htl-controls");
  var rangeLabel = root.querySelector(".htl-range");
  if (!strip || !axis || !inner || !controls) return;

  var items = Array.prototype.slice.call(strip.querySelectorAll(".entry")).map(function (el) {
    var t = parseFloat(el.getAttribute("data-t"));
    var end = parseFloat(el.getAttribute("data-t-end"));
    var date = el.querySelector(".entry-date .date");
    var title = el.querySelector(".entry-title");
    return { el: el, t: t, end: isNaN(end) || end < t ? t : end, marker: null,
             label: (date ? date.textContent : "") + (title ? ": " + title.textContent : "") };
  }).filter(function (item) { return !isNaN(item.t); });
  if (!items.length) return;

  var PAD = 24; // px kept free at both ends of the axis
  var LANE = 18; // px between stacked markers
  var LANES = 3;
  var first = Math.min.apply(null, items.map(function (i) { return i.t; }));
  var last = Math.max.apply(null, items.map(function (i) { return i.end; }));
  if (last - first < 1) { first -= 0.5; last += 0.5; }
  var span = last - first;
  var scale = 0; // px per year
  var offset = 0; // px of the axis scrolled off to the left
  var current = -1;
  var zoomIn = controls.querySelector('[data-zoom="in"]');
  var zoomOut = controls.querySelector('[data-zoom="out"]');

  function width() { return axis.clientWidth || 1; }
  function fitScale() { return Math.max(1e-6, (width() - 2 * PAD) / span); }
  function maxScale() { return 12 * 240; } // a month 240 px wide
  function x(t) { return PAD + (t - first) * scale; }
  function clampOffset() {
    var full = x(last) + PAD;
    offset = Math.max(0, Math.min(offset, full - width()));
  }

  function yearText(year) { return year <= 0 ? (1 - year) + " BC" : String(year); }
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var STEPS = [1 / 12, 1 / 4, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];

  items.forEach(function (item, i) {
    var m = document.createElement("div");
    m.className = "htl-marker";
    m.title = item.label;
    m.addEventListener("click", function () { show(i, true); });
    item.marker = m;
    inner.appendChild(m);
  });
  var ticks = document.createElement("div");
  inner.insertBefore(ticks, inner.firstChild);

  function drawTicks() {
    var step = STEPS[STEPS.length - 1];
    for (var s = 0; s < STEPS.length; s++) {
      if (STEPS[s] * scale >= 72) { step = STEPS[s]; break; }
    }
    var from = first + (offset - PAD) / scale;
    var to = first + (offset + width()) / scale;
    var start = Math.floor(from / step) * step;
    var count = 0;
    ticks.textContent = "";
    for (var t = start; t <= to && count < 400; t += step) {
      var tick = document.createElement("div");
      tick.className = "htl-tick";
      tick.style.left = x(t) + "px";
      var year = Math.floor(t + 1e-9);
      if (step < 1) {
        var month = Math.round((t - year) * 12);
        tick.textContent = MONTHS[month % 12] + " " + yearText(year + Math.floor(month / 12));
      } else {
        tick.textContent = yearText(Math.round(t));
      }
      // a label that would run off the right edge is left out; its line stays
      if (x(t) - offset + tick.textContent.length * 7 + 6 > width()) tick.textContent = "";
      ticks.appendChild(tick);
      count++;
    }
  }

  function draw() {
    clampOffset();
    inner.style.transform = "translateX(" + (-offset) + "px)";
    var laneEnds = [];
    items.forEach(function (item) {
      var m = item.marker;
      m.hidden = item.el.hidden;
      if (m.hidden) return;
      var left = x(item.t);
      var w = Math.max(13, (item.end - item.t) * scale);
      var lane = 0;
      while (lane < LANES - 1 && laneEnds[lane] !== undefined && laneEnds[lane] > left - 3) lane++;
      laneEnds[lane] = Math.max(laneEnds[lane] || -Infinity, left + w);
      m.style.left = left + "px";
      m.style.width = w + "px";
      m.style.top = (34 + lane * LANE) + "px";
    });
    drawTicks();
    zoomIn.disabled = scale >= maxScale() * 0.999;
    zoomOut.disabled = scale <= fitScale() * 1.001;
  }

  function centreOn(t) {
    offset = x(t) - width() / 2;
    draw();
  }

  function mark(i) {
    if (current >= 0 && items[current]) items[current].marker.classList.remove("is-current");
    current = i;
    var item = items[i];
    item.marker.classList.add("is-current");
    if (rangeLabel) rangeLabel.textContent = item.label;
    var left = x(item.t) - offset;
    if (left < PAD || left > width() - PAD) centreOn(item.t);
  }

  function show(i, focus) {
    var el = items[i].el;
    if (focus) el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "nearest", inline: "start" });
    mark(i);
  }

  function zoom(factor) {
    var centre = current >= 0 ? items[current].t : first + (offset + width() / 2 - PAD) / scale;
    scale = Math.max(fitScale(), Math.min(maxScale(), scale * factor));
    centreOn(centre);
  }

  function step(direction) {
    var visible = items.map(function (item, i) { return i; }).filter(function (i) { return !items[i].el.hidden; });
    if (!visible.length) return;
    var at = visible.indexOf(current);
    var next = at === -1 ? visible[0] : visible[Math.max(0, Math.min(visible.length - 1, at + direction))];
    show(next, true);
  }

  controls.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button) return;
    var z = button.getAttribute("data-zoom");
    if (z === "in") zoom(2);
    else if (z === "out") zoom(0.5);
    else if (z === "fit") { scale = fitScale(); offset = 0; draw(); }
    var s = button.getAttribute("data-step");
    if (s) step(parseInt(s, 10));
  });

  // the first card in view is the current one
  var pending = false;
  strip.addEventListener("scroll", function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () {
      pending = false;
      var left = strip.getBoundingClientRect().left;
      for (var i = 0; i < items.length; i++) {
        if (items[i].el.hidden) continue;
        if (items[i].el.getBoundingClientRect().right > left + 40) { if (i !== current) mark(i); break; }
      }
    });
  }, { passive: true });
  strip.addEventListener("focusin", function (event) {
    for (var i = 0; i < items.length; i++) {
      if (items[i].el.contains(event.target)) { if (i !== current) mark(i); return; }
    }
  });
  strip.addEventListener("datelines:filter", function () {
    draw();
    var firstShown = items.findIndex(function (item) { return !item.el.hidden; });
    if (firstShown !== -1 && (current === -1 || items[current].el.hidden)) mark(firstShown);
  });

  // drag or scroll the axis to pan it; Ctrl + wheel zooms
  var dragX = null;
  axis.addEventListener("pointerdown", function (event) {
    if (event.target.classList.contains("htl-marker")) return;
    dragX = event.clientX;
    axis.classList.add("is-dragging");
    axis.setPointerCapture(event.pointerId);
  });
  axis.addEventListener("pointermove", function (event) {
    if (dragX === null) return;
    offset -= event.clientX - dragX;
    dragX = event.clientX;
    draw();
  });
  function endDrag() { dragX = null; axis.classList.remove("is-dragging"); }
  axis.addEventListener("pointerup", endDrag);
  axis.addEventListener("pointercancel", endDrag);
  axis.addEventListener("wheel", function (event) {
    if (event.ctrlKey) {
      zoom(event.deltaY < 0 ? 1.25 : 0.8);
    } else {
      var delta = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.deltaY;
      offset += delta;
      draw();
    }
    event.preventDefault();
  }, { passive: false });

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable)) return;
    if (event.key === "+" || event.key === "=") { zoom(2); event.preventDefault(); }
    else if (event.key === "-" || event.key === "_") { zoom(0.5); event.preventDefault(); }
  });

  var lastWidth = 0;
  window.addEventListener("resize", function () {
    if (width() === lastWidth) return;
    lastWidth = width();
    if (scale < fitScale()) scale = fitScale();
    draw();
  });

  controls.hidden = false;
  axis.hidden = false;
  lastWidth = width();
  scale = fitScale();
  draw();
  var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  var start = items.findIndex(function (item) { return item.el === target; });
  if (start !== -1) show(start, false);
  else mark(Math.max(0, items.findIndex(function (item) { return !item.el.hidden; })));
})();
