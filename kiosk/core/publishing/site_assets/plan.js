/* /plan?b=<booth ids>: the booths a visitor starred at the kiosk, with their owners and halls. */
(function () {
  "use strict";
  if (!window.SITE) return;  // site.js did not arrive: the page says so (site_html.page)
  var out = document.getElementById("out");
  var index = SITE.get("index");
  var seen = {};
  var ids = SITE.param("b").split(",").map(function (s) { return s.trim().toLowerCase(); })
    .filter(function (s) { if (!s || seen[s]) return false; seen[s] = true; return true; }).slice(0, 200);

  function start() {
    if (!ids.length) {
      out.textContent = "";
      SITE.bi(out, "p", "This plan has no booths.", "แผนนี้ยังไม่มีบูธ", "note");
      SITE.ready(out);
      return;
    }
    SITE.busy(out);
    var shards = {};
    ids.forEach(function (id) { shards["booths-" + SITE.shardOf(id)] = true; });
    SITE.load(Object.keys(shards), function (missing) {
      out.textContent = "";
      if (missing.length) {
        SITE.offline(out, start);
        out.appendChild(codes());
        return;
      }
      out.appendChild(list());
      SITE.ready(out);
    });
  }

  /* What the address alone tells: the booths' codes. */
  function codes() {
    var list = SITE.el("ul", "list");
    ids.forEach(function (id) {
      var li = SITE.el("li");
      var row = SITE.el("div", "row");
      row.appendChild(SITE.el("span", "code", id.toUpperCase()));
      li.appendChild(row);
      list.appendChild(li);
    });
    return list;
  }

  function list() {
    var list = SITE.el("ul", "list links");
    ids.forEach(function (id) {
      var shard = SITE.get("booths-" + SITE.shardOf(id));
      var b = Object.prototype.hasOwnProperty.call(shard, id) ? shard[id] : null;
      var li = SITE.el("li");
      if (!b) {
        var row = SITE.el("div", "row missing");
        row.appendChild(SITE.el("span", "code", id.toUpperCase()));
        SITE.bi(row, "span", "Not found: this booth is not in the plan any more.",
          "ไม่พบบูธนี้ในแผนผังแล้ว");
        li.appendChild(row);
        list.appendChild(li);
        return;
      }
      var a = SITE.el("a", "row");
      a.href = b[2] ? SITE.root + b[2] + "/index.html" : SITE.root + "booth/" + id + "/index.html";
      var title = SITE.el("span", "title");
      title.appendChild(SITE.el("span", "code", b[0]));
      SITE.bi(title, "span", b[3], b[4]);
      a.appendChild(title);
      var hall = index.halls[b[1]];
      var small = SITE.el("small");
      if (hall) SITE.bi(small, "span", hall[1], hall[2]);
      a.appendChild(small);
      li.appendChild(a);
      list.appendChild(li);
    });
    return list;
  }

  start();
})();
