/* The loader of the data files that the plan and route pages read. */
(function () {
  "use strict";
  var data = {};
  var root = document.body.getAttribute("data-root") || "";
  var PAUSES = [500, 1500];  // ms before the second and the third try of a data file

  function fetchData(name, tries, done) {
    var s = document.createElement("script");
    s.src = root + "data/" + name + ".js";
    s.onload = s.onerror = function () {
      s.remove();
      if (data[name] !== undefined) done(true);
      else if (tries >= PAUSES.length) done(false);
      else setTimeout(function () { fetchData(name, tries + 1, done); }, PAUSES[tries]);
    };
    document.head.appendChild(s);
  }

  window.SITE = {
    put: function (name, value) { data[name] = value; },
    get: function (name) { return data[name]; },
    /* Loads data/<name>.js for each name not loaded yet, each tried again after a short pause when it fails; then
       calls done(missing), missing being the names that still did not arrive (the connection dropped). */
    load: function (names, done) {
      var waiting = 0, missing = [];
      names.forEach(function (name) {
        if (data[name] !== undefined) return;
        waiting += 1;
        fetchData(name, 0, function (ok) {
          if (!ok) missing.push(name);
          if (--waiting === 0) done(missing);
        });
      });
      if (waiting === 0) done(missing);
    },
    /* The page's area while its data loads: marked busy, saying so. */
    busy: function (out) {
      out.setAttribute("aria-busy", "true");
      out.textContent = "";
      SITE.bi(out, "p", "Loading…", "กำลังโหลด…", "note");
    },
    ready: function (out) { out.removeAttribute("aria-busy"); },
    /* Says that the connection dropped and offers to try again; `again` draws the page afresh. */
    offline: function (out, again) {
      var box = SITE.el("div", "offline");
      box.setAttribute("role", "alert");
      SITE.bi(box, "p", "The connection dropped, so part of this page has not loaded.",
        "การเชื่อมต่อขาดหาย ส่วนหนึ่งของหน้านี้จึงยังไม่ได้โหลด");
      var button = SITE.el("button", "retry");
      button.type = "button";
      SITE.bi(button, "span", "Try again", "ลองอีกครั้ง");
      button.addEventListener("click", again);
      box.appendChild(button);
      out.appendChild(box);
      SITE.ready(out);
    },
    /* The booth data shard that would hold this booth id: the last one whose first id is not after it. */
    shardOf: function (id) {
      var starts = data.index.shards, lo = 0, hi = starts.length - 1;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= id) lo = mid; else hi = mid - 1;
      }
      return lo;
    },
    param: function (name) { return new URLSearchParams(location.search).get(name) || ""; },
    el: function (tag, cls, text) {
      var e = document.createElement(tag);
      if (cls) e.className = cls;
      if (text !== undefined) e.textContent = text;
      return e;
    },
    /* An English and a Thai element side by side; the page's language class shows one. */
    bi: function (parent, tag, en, th, cls) {
      th = th || en;
      if (en === th) { parent.appendChild(SITE.el(tag, cls, en)); return; }
      [["en", en], ["th", th]].forEach(function (pair) {
        var e = SITE.el(tag, "l-" + pair[0] + (cls ? " " + cls : ""), pair[1]);
        e.lang = pair[0];
        parent.appendChild(e);
      });
    },
    root: root
  };
})();
