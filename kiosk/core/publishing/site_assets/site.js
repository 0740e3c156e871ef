/* The language switch, and the loader of the data files that the plan and route pages read. */
(function () {
  "use strict";
  var html = document.documentElement;
  var englishTitle = document.title;

  function setLang(lang) {
    html.className = lang;
    html.lang = lang;
    document.title = lang === "th" && html.dataset.titleTh ? html.dataset.titleTh : englishTitle;
    try { localStorage.setItem("site-lang", lang); } catch (e) { /* private mode: not remembered */ }
  }
  var button = document.getElementById("lang");
  if (button) {
    button.hidden = false;
    button.addEventListener("click", function () { setLang(html.className === "th" ? "en" : "th"); });
  }
  if (html.className === "th" && html.dataset.titleTh) document.title = html.dataset.titleTh;

  var data = {};
  var root = document.body.getAttribute("data-root") || "";

  window.SITE = {
    put: function (name, value) { data[name] = value; },
    get: function (name) { return data[name]; },
    /* Loads data/<name>.js for each name not loaded yet, then calls done (also when a file is missing). */
    load: function (names, done) {
      var waiting = 0;
      function one() { if (--waiting === 0) done(); }
      names.forEach(function (name) {
        if (data[name] !== undefined) return;
        waiting += 1;
        var s = document.createElement("script");
        s.src = root + "data/" + name + ".js";
        s.onload = s.onerror = one;
        document.head.appendChild(s);
      });
      if (waiting === 0) done();
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
