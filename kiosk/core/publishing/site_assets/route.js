/* /route?from=<kiosk>&to=<booth>[&sf=1]: the walk the kiosk showed, with metres, minutes, legs and a drawing. */
(function () {
  "use strict";
  if (!window.SITE) return;  // site.js did not arrive: the page says so (site_html.page)
  var out = document.getElementById("out");
  var index = SITE.get("index");
  var SVG = "http://www.w3.org/2000/svg";  // the SVG namespace name, not a resource
  var fromId = SITE.param("from").trim(), toId = SITE.param("to").trim().toLowerCase();
  var stepFree = SITE.param("sf") === "1";
  var kioskNo = -1;
  index.kiosks.forEach(function (k, i) { if (k[0] === fromId) kioskNo = i; });

  function say(en, th) {
    out.textContent = "";
    SITE.bi(out, "p", en, th, "lead");
  }
  if (kioskNo < 0) {
    say("This address names no kiosk of this show, so the route cannot be drawn.",
      "ที่อยู่นี้ไม่ได้ระบุตู้ข้อมูลของงานนี้ จึงแสดงเส้นทางไม่ได้");
    SITE.ready(out);
    return;
  }
  var kiosk = index.kiosks[kioskNo];
  var shard = SITE.shardOf(toId);
  var boothFile = "booths-" + shard, routeFile = "route-" + kioskNo + "-" + shard;
  var hallFiles = ((index.route_halls[kioskNo] || [])[shard] || []).map(function (h) { return "hall-" + h; });
  var has = Object.prototype.hasOwnProperty;

  /* Every file the page needs is known from the address and the index in the page: one round of requests. */
  function start() {
    SITE.busy(out);
    SITE.load([boothFile, routeFile].concat(hallFiles), function (missing) {
      if (missing.indexOf(boothFile) >= 0 || missing.indexOf(routeFile) >= 0) {
        heading(null);
        SITE.offline(out, start);
        return;
      }
      var booths = SITE.get(boothFile), routes = SITE.get(routeFile);
      var booth = has.call(booths, toId) ? booths[toId] : null;
      if (!booth) {
        say("Booth " + toId.toUpperCase() + " was not found on the floor plan.",
          "ไม่พบบูธ " + toId.toUpperCase() + " ในแผนผัง");
        SITE.ready(out);
        return;
      }
      var fastest = has.call(routes, toId) ? routes[toId] : null;
      var route = fastest && stepFree && fastest[2] ? fastest[5] || null : fastest;
      show(booth, route, fastest);
      if (missing.length) SITE.offline(out, start);
      else SITE.ready(out);
    });
  }
  start();

  /* From where to which booth; before the booth's data arrives, its code from the address. */
  function heading(booth) {
    out.textContent = "";
    var from = SITE.el("p", "kicker");
    SITE.bi(from, "span", "From: " + kiosk[1], "จาก: " + kiosk[2]);
    out.appendChild(from);
    var to = SITE.el("h2");
    if (booth) {
      var a = SITE.el("a", "dest");
      a.href = SITE.root + (booth[2] || "booth/" + toId) + "/index.html";
      a.appendChild(SITE.el("span", "", booth[0] + " · "));
      SITE.bi(a, "span", booth[3], booth[4]);
      to.appendChild(a);
    } else {
      SITE.bi(to, "span", "Booth " + toId.toUpperCase(), "บูธ " + toId.toUpperCase());
    }
    out.appendChild(to);
  }

  function show(booth, route, fastest) {
    heading(booth);
    if (!route) {
      SITE.bi(out, "p", stepFree ? "No step-free route reaches this booth from this kiosk."
        : "No route reaches this booth from this kiosk: please ask at the information desk.",
        stepFree ? "ไม่มีเส้นทางที่ไม่ต้องใช้บันไดจากตู้นี้ไปยังบูธนี้"
          : "ไม่มีเส้นทางจากตู้นี้ไปยังบูธนี้ กรุณาสอบถามที่จุดประชาสัมพันธ์", "lead");
      return;
    }
    var total = SITE.el("div", "total");
    [[route[0] + " m", route[0] + " ม.", "walk", "ระยะทาง"],
      [route[1] + " min", route[1] + " นาที", "on foot", "เดินเท้า"]].forEach(function (v) {
      var box = SITE.el("div");
      SITE.bi(box, "b", v[0], v[1]);
      SITE.bi(box, "span", v[2], v[3]);
      total.appendChild(box);
    });
    out.appendChild(total);
    stepFreeNote(route, fastest);
    var steps = SITE.el("ol", "steps");
    // The legs' metres add up to the route's (the drawn points are rounded to decimetres).
    var drawn = route[4].reduce(function (sum, leg) { return sum + length(leg[1]); }, 0) || 1;
    route[4].forEach(function (leg, i) {
      var hall = index.halls[leg[0]] || ["", "", ""];
      var metres = Math.round(length(leg[1]) * route[0] / drawn);
      if (i > 0) {
        var via = index.links[route[3][i - 1]] || ["door"];
        var how = {lift: ["Take the lift to ", "ใช้ลิฟต์ไปที่ "],
          stairs: ["Take the stairs to ", "ใช้บันไดไปที่ "]}[via[0]] || ["Go through to ", "ผ่านไปยัง "];
        var change = SITE.el("li");
        SITE.bi(change, "span", how[0] + hall[1], how[1] + hall[2]);
        steps.appendChild(change);
      }
      var walk = SITE.el("li");
      SITE.bi(walk, "span", "Walk " + metres + " m in " + hall[1], "เดิน " + metres + " ม. ใน" + hall[2]);
      steps.appendChild(walk);
    });
    var arrive = SITE.el("li");
    SITE.bi(arrive, "span", "Booth " + booth[0] + " is here.", "ถึงบูธ " + booth[0]);
    steps.appendChild(arrive);
    out.appendChild(steps);
    route[4].forEach(function (leg, i) {
      if (SITE.get("hall-" + leg[0])) out.appendChild(drawing(leg, i === 0, i === route[4].length - 1, booth, i));
    });
  }

  function stepFreeNote(route, fastest) {
    if (!fastest || (!fastest[2] && !stepFree)) return;
    var p = SITE.el("p", "sf");
    var q = "?from=" + encodeURIComponent(fromId) + "&to=" + encodeURIComponent(toId);
    if (!fastest[2]) {
      SITE.bi(p, "span", "Step-free: this route has no stairs.", "ไม่มีขั้นบันได: เส้นทางนี้ไม่ต้องใช้บันได");
    } else if (stepFree) {
      var back = SITE.el("a");
      back.href = q;
      SITE.bi(back, "span", "Step-free route (lifts, no stairs). Show the shortest route",
        "เส้นทางไม่ต้องใช้บันได (ใช้ลิฟต์) แสดงเส้นทางที่สั้นที่สุด");
      p.appendChild(back);
    } else if (fastest[5]) {
      SITE.bi(p, "span", "This route takes stairs. ", "เส้นทางนี้ต้องใช้บันได ");
      var alt = SITE.el("a");
      alt.href = q + "&sf=1";
      SITE.bi(alt, "span", "Show the step-free route", "แสดงเส้นทางที่ไม่ต้องใช้บันได");
      p.appendChild(alt);
    } else {
      SITE.bi(p, "span", "This route takes stairs; there is no step-free way.",
        "เส้นทางนี้ต้องใช้บันได และไม่มีเส้นทางอื่นที่ไม่ต้องใช้บันได");
    }
    out.appendChild(p);
  }

  function length(pts) {
    var d = 0;
    for (var i = 2; i < pts.length; i += 2) d += Math.hypot(pts[i] - pts[i - 2], pts[i + 1] - pts[i - 1]);
    return d;
  }

  function node(tag, attrs, parent) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }

  var FILL = {aisle: "#ffffff", wall: "#5b6675", stage: "#ddd5ec", entrance: "#bfe3dd", lift: "#cfe0f5",
    stairs: "#cfe0f5", toilet: "#e4e7eb", information: "#e4e7eb", registration: "#e4e7eb"};
  var PLACES = {entrance: ["Entrance", "ทางเข้า"], information: ["Information", "ประชาสัมพันธ์"],
    registration: ["Registration", "ลงทะเบียน"], stage: ["Stage", "เวที"], lift: ["Lift", "ลิฟต์"],
    stairs: ["Stairs", "บันได"], toilet: ["Toilets", "ห้องน้ำ"]};
  // The booth walked to and the markers stand out 3:1 or more from the booths and the aisles around them.
  var BOOTH = "#d6e0ec", DEST = "#a14a00", START = "#c8102e", PATH = "#0a6b63";
  var LABEL_PX = 12, MARKER_PX = 9;  // on the phone's screen, in CSS pixels

  /* The part of the hall around the walk: start, path and booth with a few metres around, not too tall. */
  function crop(pts, dest, w, h) {
    var xs = [], ys = [];
    for (var i = 0; i < pts.length; i += 2) { xs.push(pts[i]); ys.push(pts[i + 1]); }
    if (dest) { xs.push(dest[1], dest[1] + dest[3]); ys.push(dest[2], dest[2] + dest[4]); }
    var pad = 50, x0 = Math.min.apply(null, xs) - pad, x1 = Math.max.apply(null, xs) + pad;
    var y0 = Math.min.apply(null, ys) - pad, y1 = Math.max.apply(null, ys) + pad;
    var cw = Math.max(x1 - x0, 150, (y1 - y0) / 1.25), ch = Math.max(y1 - y0, cw * 0.55);
    cw = Math.min(cw, w); ch = Math.min(ch, h);
    function place(lo, hi, size, whole) { return Math.max(0, Math.min((lo + hi - size) / 2, whole - size)); }
    return [place(x0, x1, cw, w), place(y0, y1, ch, h), cw, ch];
  }

  function overlaps(a, b) { return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3]; }

  /* A label's box when its text is set at `size` centred on (x, y); text widths are estimated on the safe side. */
  function box(text, size, x, y, bold) {
    var w = text.length * size * (bold ? 0.7 : 0.64);
    return [x - w / 2, y - size * 0.6, w, size * 1.2];
  }

  function label(svg, text, size, x, y, attrs) {
    var t = node("text", {x: x, y: y, "font-size": size, "text-anchor": "middle", "dominant-baseline": "central"}, svg);
    Object.keys(attrs).forEach(function (k) { t.setAttribute(k, attrs[k]); });
    t.textContent = text;
    return t;
  }

  function drawing(leg, first, last, booth, n) {
    var hall = index.halls[leg[0]] || ["", "", "", 100, 100];
    var plan = SITE.get("hall-" + leg[0]);
    var pts = leg[1], end = pts.length - 2;
    var dest = null;
    if (last) plan.b.forEach(function (b) { if (b[0] === booth[0]) dest = b; });
    var view = crop(pts, dest, hall[3], hall[4]);
    var scale = Math.max(out.clientWidth - 2, 200) / view[2];  // screen pixels per decimetre
    var size = LABEL_PX / scale, r = MARKER_PX / scale;
    var fig = SITE.el("figure", "map");
    var svg = node("svg", {viewBox: view.join(" "), role: "img", "aria-labelledby": "map-" + n}, fig);
    node("rect", {x: 0, y: 0, width: hall[3], height: hall[4], fill: "#eef0f3"}, svg);
    var markers = [[pts[0], pts[1]]];
    if (!last) markers.push([pts[end], pts[end + 1]]);
    var blocked = markers.map(function (m) { return [m[0] - r, m[1] - r, 2 * r, 2 * r]; });
    function free(b) { return blocked.every(function (m) { return !overlaps(b, m); }); }
    function inside(b, rect) { return b[0] >= rect[1] && b[1] >= rect[2] && b[0] + b[2] <= rect[1] + rect[3] && b[1] + b[3] <= rect[2] + rect[4]; }
    var places = {};
    plan.f.forEach(function (f) {
      node("rect", {x: f[1], y: f[2], width: f[3], height: f[4], fill: FILL[f[0]] || "#e4e7eb"}, svg);
      if (!PLACES[f[0]] || !overlaps(f.slice(1), view)) return;
      places[f[0]] = true;
      ["en", "th"].forEach(function (lang, i) {
        var text = PLACES[f[0]][i], cx = f[1] + f[3] / 2, cy = f[2] + f[4] / 2, b = box(text, size, cx, cy);
        if (inside(b, f) && free(b)) label(svg, text, size, cx, cy, {fill: "#1c2430", "class": "l-" + lang, lang: lang});
      });
    });
    plan.b.forEach(function (b) {
      var mine = b === dest;
      node("rect", {x: b[1], y: b[2], width: b[3], height: b[4], fill: mine ? DEST : BOOTH, stroke: "#ffffff",
        "stroke-width": 2, "class": mine ? "booth dest" : "booth"}, svg);
      var cx = b[1] + b[3] / 2, cy = b[2] + b[4] / 2, big = Math.min(b[4] / 2.4, size * 1.4);
      if (mine || big < size || !overlaps(b.slice(1), view)) return;
      var at = box(b[0], big, cx, cy);
      if (inside(at, b) && free(at)) label(svg, b[0], big, cx, cy, {fill: "#3d4653"});
    });
    var line = [];
    for (var i = 0; i < pts.length; i += 2) line.push(pts[i] + "," + pts[i + 1]);
    node("polyline", {points: line.join(" "), fill: "none", stroke: PATH, "stroke-width": 4 / scale,
      "stroke-linejoin": "round", "stroke-linecap": "round"}, svg);
    markers.forEach(function (m, i) {
      node("circle", {cx: m[0], cy: m[1], r: r, fill: i === 0 && first ? START : PATH, stroke: "#fff",
        "stroke-width": 2 / scale, "class": "marker"}, svg);
    });
    if (dest) destLabel(svg, dest, size * 1.2, view, free, inside);
    var cap = SITE.el("figcaption");
    cap.id = "map-" + n;
    var names = [kiosk[1], kiosk[2]];
    if (!first) names = ["the way in", "ทางเข้า"];
    SITE.bi(cap, "span", "Map of " + hall[1] + ": the walk from " + names[0] + (last ? " to booth " + booth[0] : ""),
      "แผนที่" + hall[2] + ": เส้นทางจาก" + names[1] + (last ? " ไปบูธ " + booth[0] : ""));
    var legend = SITE.el("div", "legend");
    if (first) key(legend, START, "You are here (" + kiosk[1] + ")", "คุณอยู่ที่นี่ (" + kiosk[2] + ")", true);
    if (last) key(legend, DEST, "Booth " + booth[0], "บูธ " + booth[0]);
    Object.keys(PLACES).forEach(function (kind) {
      if (places[kind]) key(legend, FILL[kind], PLACES[kind][0], PLACES[kind][1]);
    });
    cap.appendChild(legend);
    fig.appendChild(cap);
    return fig;
  }

  /* The booth's code in white on the booth, or on a plate beside it when the booth is too small or a marker
     stands there. */
  function destLabel(svg, b, size, view, free, inside) {
    var cx = b[1] + b[3] / 2, cy = b[2] + b[4] / 2;
    var at = box(b[0], size, cx, cy, true);
    if (inside(at, b) && free(at)) {
      label(svg, b[0], size, cx, cy, {fill: "#ffffff", "font-weight": 700, "class": "dest"});
      return;
    }
    var spots = [b[2] - size * 0.9, b[2] + b[4] + size * 0.9].map(function (y) { return box(b[0], size, cx, y, true); });
    var plate = spots.filter(function (s) { return free(s) && s[1] >= view[1] && s[1] + s[3] <= view[1] + view[3]; })[0]
      || spots[0];
    node("rect", {x: plate[0] - size * 0.3, y: plate[1], width: plate[2] + size * 0.6, height: plate[3], rx: size * 0.3,
      fill: DEST}, svg);
    label(svg, b[0], size, cx, plate[1] + plate[3] / 2, {fill: "#ffffff", "font-weight": 700, "class": "dest"});
  }

  function key(parent, colour, en, th, round) {
    var span = SITE.el("span");
    var dot = SITE.el("i", round ? "dot" : "");
    dot.style.background = colour;
    span.appendChild(dot);
    SITE.bi(span, "span", en, th);
    parent.appendChild(span);
  }
})();
