/* /route?from=<kiosk>&to=<booth>[&sf=1]: the walk the kiosk showed, with metres, minutes, legs and a drawing. */
(function () {
  "use strict";
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
    route[4].forEach(function (leg, i) {
      var hall = index.halls[leg[0]] || ["", "", ""];
      var metres = Math.round(length(leg[1]) / 10);
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
      if (SITE.get("hall-" + leg[0])) out.appendChild(drawing(leg, i === 0, i === route[4].length - 1, booth));
    });
  }

  function stepFreeNote(route, fastest) {
    if (!fastest || (!fastest[2] && !stepFree)) return;
    var p = SITE.el("p");
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

  function drawing(leg, first, last, booth) {
    var hall = index.halls[leg[0]] || ["", "", "", 100, 100];
    var plan = SITE.get("hall-" + leg[0]);
    var w = hall[3], h = hall[4], unit = Math.max(w, h) / 120;
    var fig = SITE.el("figure", "map");
    var svg = node("svg", {viewBox: "0 0 " + w + " " + h, role: "img"}, fig);
    node("rect", {x: 0, y: 0, width: w, height: h, fill: "#eef0f3"}, svg);
    plan.f.forEach(function (f) {
      node("rect", {x: f[1], y: f[2], width: f[3], height: f[4], fill: FILL[f[0]] || "#e4e7eb"}, svg);
    });
    var labels = plan.b.length <= 150;
    plan.b.forEach(function (b) {
      var mine = last && b[0] === booth[0];
      node("rect", {x: b[1], y: b[2], width: b[3], height: b[4], fill: mine ? "#f2a900" : "#d6e0ec",
        stroke: "#ffffff", "stroke-width": unit / 3}, svg);
      if (labels || mine) {
        var size = Math.min(b[4] / 2.6, b[3] / 3.2, unit * 3.2) * (mine && !labels ? 3 : 1);
        var t = node("text", {x: b[1] + b[3] / 2, y: b[2] + b[4] / 2, "font-size": size, "text-anchor": "middle",
          "dominant-baseline": "central", fill: mine ? "#1c2430" : "#5b6675", "font-weight": mine ? 700 : 400,
          "font-family": "system-ui, sans-serif"}, svg);
        t.textContent = b[0];
      }
    });
    var pts = leg[1], list = [];
    for (var i = 0; i < pts.length; i += 2) list.push(pts[i] + "," + pts[i + 1]);
    node("polyline", {points: list.join(" "), fill: "none", stroke: "#0a6b63", "stroke-width": unit * 1.6,
      "stroke-linejoin": "round", "stroke-linecap": "round"}, svg);
    node("circle", {cx: pts[0], cy: pts[1], r: unit * 2.4, fill: first ? "#d0021b" : "#0a6b63",
      stroke: "#fff", "stroke-width": unit / 2}, svg);
    node("circle", {cx: pts[pts.length - 2], cy: pts[pts.length - 1], r: unit * 2.4,
      fill: last ? "#f2a900" : "#0a6b63", stroke: "#fff", "stroke-width": unit / 2}, svg);
    var cap = SITE.el("figcaption");
    SITE.bi(cap, "span", hall[1], hall[2]);
    var legend = SITE.el("div", "legend");
    if (first) key(legend, "#d0021b", "You are here (" + kiosk[1] + ")", "คุณอยู่ที่นี่ (" + kiosk[2] + ")");
    if (last) key(legend, "#f2a900", "Booth " + booth[0], "บูธ " + booth[0]);
    cap.appendChild(legend);
    fig.appendChild(cap);
    return fig;
  }

  function key(parent, colour, en, th) {
    var span = SITE.el("span");
    var dot = SITE.el("i");
    dot.style.background = colour;
    span.appendChild(dot);
    SITE.bi(span, "span", en, th);
    parent.appendChild(span);
  }
})();
