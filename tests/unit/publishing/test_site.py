"""`kiosk export-site`: the static microsite behind the QR codes, checked on disk and in headless Chromium."""

import html
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from fontTools.ttLib import TTFont

from kiosk.core.catalog import content
from kiosk.core.common.errors import KioskError
from kiosk.core.floor import floorplan, wayfinding
from kiosk.core.publishing import site, site_pages
from tests.unit.publishing.conftest import chromium_path

SVG_NAMESPACE = "http://www.w3.org/2000/svg"
EXTERNAL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)


def data_file(root: Path, name: str):
    text = (root / "data" / f"{name}.js").read_text(encoding="utf-8")
    prefix = f"SITE.put({json.dumps(name)},"
    assert text.startswith(prefix) and text.endswith(");\n")
    return json.loads(text[len(prefix):-3])


def inline_index(root: Path) -> dict:
    """The index the plan and route pages carry in the page itself."""
    pages = [(root / kind / "index.html").read_text(encoding="utf-8") for kind in ("plan", "route")]
    found = [re.search(r'<script>window\.SITE&&SITE\.put\("index",(.*?)\);</script>', text) for text in pages]
    assert all(found) and found[0][1] == found[1][1]
    return json.loads(found[0][1])


def page_file(root: Path, qr_path: str) -> Path:
    path = unquote(urlsplit(qr_path).path).strip("/")
    return root.joinpath(*path.split("/"), "index.html")


# --- on disk ----------------------------------------------------------------------------------------------------


def test_every_qr_path_lands_on_a_page(demo_db, demo_site):
    paths = list(site.qr_paths(demo_db))
    kinds = {urlsplit(p).path.split("/")[1] for p in paths}
    assert kinds == {"city", "exhibitor", "project", "session", "booth", "route", "plan"}
    counts = content.counts(demo_db)
    kiosks = demo_db.execute("SELECT count(*) FROM kiosk_point").fetchone()[0]
    assert sum(p.startswith("/route?") for p in paths) == kiosks * counts["booths"] * 2  # with and without sf=1
    assert "/route?from=lobby&to=c21&sf=1" in paths
    assert sum(p.startswith("/city/") for p in paths) == counts["cities"]
    missing = [p for p in paths if not page_file(demo_site, p).is_file()]
    assert missing == []
    # ...and the data behind each route and plan address has the booth and the kiosk.
    index = inline_index(demo_site)
    kiosk_numbers = {k[0]: i for i, k in enumerate(index["kiosks"])}
    shards = [data_file(demo_site, f"booths-{n}") for n in range(len(index["shards"]))]
    booths = {booth_id for shard in shards for booth_id in shard}
    for p in paths:
        query = dict(pair.split("=") for pair in urlsplit(p).query.split("&") if pair)
        if p.startswith("/route?"):
            assert query["from"] in kiosk_numbers and query["to"] in booths, p
        if p.startswith("/plan?"):
            assert set(query["b"].split(",")) <= booths


def test_route_data_is_the_kiosk_route(demo_db, demo_site):
    plan = floorplan.load(demo_db)
    graph = wayfinding.Graph.build(plan)
    index = inline_index(demo_site)
    for k, (kiosk_id, *_rest) in enumerate(index["kiosks"]):
        routes = data_file(demo_site, f"route-{k}-0")
        for booth_id in ("c21", "e01", "c02"):
            found = wayfinding.route(graph, kiosk_id, booth_id)
            metres, minutes, steps, via, legs = routes[booth_id][:5]
            assert (metres, minutes, bool(steps), via) == (round(found.length_m), found.minutes, found.steps,
                                                            found.via)
            first = found.legs[0].points[0]
            assert legs[0][1][:2] == [round(first[0] * 10), round(first[1] * 10)]


def test_pages_are_bilingual_and_light(demo_db, demo_site):
    city = (demo_site / "city" / "bangkok" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in city and 'lang="th"' in city
    assert "กรุงเทพมหานคร" in city and ">Bangkok<" in city
    assert '<meta name="viewport"' in city and 'href="../../assets/site.css"' in city
    css = (demo_site / "assets" / "site.css").read_text(encoding="utf-8")
    assert '"Noto Sans Thai"' in css
    faces = re.findall(r"@font-face \{[^}]*\}", css)
    assert len(faces) >= 2 and all(re.search(r'src: local\("[^"]+"\), local\("[^"]+"\), url\("fonts/[\w-]+\.woff2"\)', f)
                                   for f in faces)
    fonts = {p.name: p.stat().st_size for p in (demo_site / "assets" / "fonts").iterdir()}
    assert {"NotoSansThai-Regular.woff2", "NotoSansThai-Bold.woff2", "NotoSansKhmer-Regular.woff2"} <= set(fonts)
    assert "NotoSansArabic-Regular.woff2" not in fonts and max(fonts.values()) < 20_000  # cut to what is used
    thai = TTFont(demo_site / "assets" / "fonts" / "NotoSansThai-Regular.woff2").getBestCmap()
    assert "ห้องน้ำ" in (demo_site / "assets" / "route.js").read_text(encoding="utf-8")
    assert {ord(c) for c in "ห้องน้ำ"} <= set(thai) and {0x0E4D, 0x0E32} <= set(thai)  # ำ after a tone mark: ํ + า
    assert ord("ฮ") in thai and ord("ฃ") not in thai
    sizes = [p.stat().st_size for p in demo_site.rglob("*.html")]
    assert max(sizes) < 120_000


def broken_links(root: Path) -> list[str]:
    """Relative links, stylesheets and scripts in the written pages that point at no file (or no place in the
    page)."""
    broken = []
    for page in root.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for ref in re.findall(r'(?:href|src)="([^"]+)"', text):
            ref = html.unescape(ref)
            if EXTERNAL.match(ref) or ref.startswith("mailto:"):
                continue
            if ref.startswith("#"):  # a place in the page itself
                if f' id="{ref[1:]}"' not in text:
                    broken.append(f"{page.relative_to(root)}: {ref}")
                continue
            target = (page.parent / unquote(urlsplit(ref).path)).resolve()
            if not target.is_file():
                broken.append(f"{page.relative_to(root)}: {ref}")
    return broken


def test_relative_links_resolve(demo_site):
    assert broken_links(demo_site) == []


def test_long_lists_get_pages_of_their_own(writable_db, tmp_path, monkeypatch):
    monkeypatch.setattr(site_pages, "LIST_MAX", 30)
    monkeypatch.setattr(site_pages, "LIST_PAGE", 20)
    site.export(writable_db, tmp_path / "site")
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert 'href="lists/exhibitors-1.html"' in index and 'href="lists/projects-1.html"' in index
    assert 'href="lists/cities-1.html"' not in index and 'href="city/bangkok/index.html"' in index
    pages = sorted((tmp_path / "site" / "lists").glob("projects-*.html"))
    assert [p.name for p in pages] == ["projects-1.html", "projects-2.html", "projects-3.html"]
    assert sum(p.read_text("utf-8").count("<li>") for p in pages) == 53
    assert broken_links(tmp_path / "site") == []


def test_no_external_resources(demo_db, demo_site):
    websites = {w for (w,) in demo_db.execute("SELECT website FROM organisation WHERE website IS NOT NULL")}
    websites |= {u for (u,) in demo_db.execute("SELECT url FROM project WHERE url IS NOT NULL")}
    offences = []
    files = [p for p in demo_site.rglob("*") if p.suffix in (".html", ".js", ".css")]
    assert len(files) > 150
    for path in files:
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(demo_site).as_posix()
        for found in re.findall(r"url\(\s*['\"]?([^'\")]*)", text) + re.findall(r"@import\s+['\"]?([^'\";]*)", text):
            if EXTERNAL.match(found) or found.startswith(("http:", "https:", "data:")):
                offences.append(f"{name}: {found}")
        if path.suffix == ".html":
            offences += [f"{name}: {link}" for link in ExternalLinks.of(text)]
        else:
            offences += [f"{name}: {u}" for u in re.findall(r"(?:https?:)?//[\w.-]+\.\w+[^\s'\"]*", text)
                         if u != SVG_NAMESPACE]
    assert offences == []
    links = {link for path in demo_site.rglob("*.html") for link in ExternalLinks.anchors(path.read_text("utf-8"))}
    assert links <= websites | {f"mailto:{e}" for (e,) in demo_db.execute(
        "SELECT contact_email FROM organisation WHERE contact_email IS NOT NULL")}


class ExternalLinks(HTMLParser):
    """Addresses on another host in an HTML page: in `src`, `href` (except on <a>) and similar attributes."""

    def __init__(self):
        super().__init__()
        self.bad: list[str] = []
        self.a: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            value = value or ""
            if name == "href" and tag == "a":
                if EXTERNAL.match(value) or value.startswith("mailto:"):
                    self.a.append(value)
            elif name in ("src", "href", "srcset", "poster", "data", "action", "background", "formaction"):
                if EXTERNAL.match(value) or value.lower().startswith(("http:", "https:", "data:")):
                    self.bad.append(f"<{tag} {name}={value}>")
            elif name == "style" and "url(" in value:
                self.bad.append(f"<{tag} style={value}>")

    @classmethod
    def of(cls, text: str) -> list[str]:
        parser = cls()
        parser.feed(text)
        return parser.bad

    @classmethod
    def anchors(cls, text: str) -> list[str]:
        parser = cls()
        parser.feed(text)
        return parser.a


def test_content_is_escaped(writable_db, tmp_path):
    attack = "<script>alert(1)</script>"
    writable_db.execute("UPDATE organisation SET description = ?, name = ? WHERE id = 'cisco'",
                        [json.dumps({"en": f"Before {attack} after", "th": f"ก่อน {attack} หลัง"}),
                         json.dumps({"en": "Cisco <img src=x onerror=alert(2)>", "th": "ซิสโก้ </script>"})])
    target = tmp_path / "site"
    site.export(writable_db, target)
    page = (target / "exhibitor" / "cisco" / "index.html").read_text(encoding="utf-8")
    assert "Before &lt;script&gt;alert(1)&lt;/script&gt; after" in page
    assert "ก่อน &lt;script&gt;alert(1)&lt;/script&gt; หลัง" in page
    assert "alert(1)</script>" not in page and "<img src=x" not in page
    booths = "".join(p.read_text(encoding="utf-8") for p in (target / "data").glob("booths-*.js"))
    assert "Cisco \\u003cimg src=x onerror=alert(2)>" in booths and "</script>" not in booths
    index = (target / "index.html").read_text(encoding="utf-8")
    assert "Cisco &lt;img src=x onerror=alert(2)&gt;" in index


def test_escaped_content_in_chromium(writable_db, tmp_path):
    browser = chromium_path()
    writable_db.execute("UPDATE organisation SET description = ? WHERE id = 'cisco'",
                        [json.dumps({"en": "Before <script>document.title='owned'</script> after"})])
    site.export(writable_db, tmp_path / "site")
    dom = dump_dom(browser, (tmp_path / "site" / "exhibitor" / "cisco" / "index.html").as_uri(), tmp_path / "p")
    assert "Before <script>document.title='owned'</script> after" in visible_text(dom)
    assert "owned</title>" not in dom and dom.count("<script") == 2  # the page's own two


def test_media_is_copied(writable_db, tmp_path):
    media_root = tmp_path / "media"
    (media_root / "ab").mkdir(parents=True)
    (media_root / "ab" / "logo.png").write_bytes(b"\x89PNG not really")
    for i, path in enumerate(("ab/logo.png", "cd/gone.jpg")):
        writable_db.execute(
            "INSERT INTO media (id, owner_type, owner_id, kind, path, position, updated_at, updated_by) "
            "VALUES (?, 'city', 'bangkok', ?, ?, 0, 'now', 'test')", [f"m{i}", ("logo", "photo")[i], path])
    report = site.export(writable_db, tmp_path / "site", media_root=media_root)
    assert (tmp_path / "site" / "media" / "ab" / "logo.png").read_bytes() == b"\x89PNG not really"
    assert report.missing_media == ["cd/gone.jpg"]
    page = (tmp_path / "site" / "city" / "bangkok" / "index.html").read_text(encoding="utf-8")
    assert 'src="../../media/ab/logo.png"' in page and "gone.jpg" not in page


def test_export_refuses_a_full_folder_unless_forced(demo_db, tmp_path):
    target = tmp_path / "site"
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    with pytest.raises(KioskError, match="--force"):
        site.export(demo_db, target)
    with pytest.raises(KioskError, match="left alone"):
        site.export(demo_db, target, force=True)
    assert (target / "keep.txt").read_text() == "mine"
    (target / "keep.txt").unlink()
    site.export(demo_db, target)
    (target / "stale.html").write_text("old")
    site.export(demo_db, target, force=True)
    assert not (target / "stale.html").exists() and (target / "index.html").is_file()
    assert [p.name for p in tmp_path.iterdir()] == ["site"]  # nothing left beside it


def test_cli_export_site(demo_db_file, tmp_path):
    run = partial(subprocess.run, capture_output=True, text=True, timeout=120,
                  env={**os.environ, "KIOSK_DATA_DIR": str(tmp_path / "data")})
    target = tmp_path / "public"
    done = run([sys.executable, "-m", "kiosk", "export-site", str(target), "--db", str(demo_db_file)])
    assert done.returncode == 0, done.stderr
    assert "pages" in done.stdout and (target / "city" / "bangkok" / "index.html").is_file()
    again = run([sys.executable, "-m", "kiosk", "export-site", str(target), "--db", str(demo_db_file)])
    assert again.returncode == 1 and again.stderr.startswith("Error: ") and "--force" in again.stderr
    forced = run([sys.executable, "-m", "kiosk", "export-site", str(target), "--db", str(demo_db_file), "--force"])
    assert forced.returncode == 0, forced.stderr


# --- in a browser -----------------------------------------------------------------------------------------------


def dump_dom(browser: str, url: str, profile: Path, lang: str = "en-US") -> str:
    done = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", f"--user-data-dir={profile}",
         f"--lang={lang}", f"--accept-lang={lang}", "--virtual-time-budget=5000", "--dump-dom", url],
        capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def visible_text(dom: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", dom))


def test_pages_in_chromium(demo_db, served, tmp_path):
    browser = chromium_path()
    exhibitor = content.organisation(demo_db, "cisco", "en"), content.organisation(demo_db, "cisco", "th")
    project_id = demo_db.execute("SELECT id FROM project ORDER BY id LIMIT 1").fetchone()[0]
    project = content.project(demo_db, project_id, "en"), content.project(demo_db, project_id, "th")
    session = [next(s for s in content.sessions(demo_db, lang) if s["id"] == "opening-ceremony") for lang in
               ("en", "th")]
    route = wayfinding.route(wayfinding.Graph.build(floorplan.load(demo_db)), "stage", "c02")
    metres = round(route.length_m)
    expected = {
        "/": ["Cities", "เมือง", "Exhibitors", "ผู้จัดแสดง", "Programme", "กำหนดการ", "Bangkok", "กรุงเทพมหานคร"],
        "/city/bangkok": ["Bangkok", "กรุงเทพมหานคร", "C21", "Focus areas", "ด้านที่มุ่งเน้น",
                          *content.city(demo_db, "bangkok", "en")["focus_areas"],
                          *content.city(demo_db, "bangkok", "th")["focus_areas"]],
        "/exhibitor/cisco": [exhibitor[0]["name"], exhibitor[1]["name"], exhibitor[0]["booths"][0],
                             exhibitor[0]["description"], exhibitor[1]["description"]],
        f"/project/{project_id}": [project[0]["title"], project[1]["title"], project[0]["owner"]["name"],
                                   project[1]["owner"]["name"]],
        "/session/opening-ceremony": [session[0]["title"], session[1]["title"], "22 August 2019",
                                      "22 สิงหาคม 2562"],
        "/booth/c21": ["Booth", "บูธ", "C21", "Bangkok", "กรุงเทพมหานคร", "Directions", "เส้นทาง"],
        "/plan?b=c21,e01,zz9": ["C21", "Bangkok", "กรุงเทพมหานคร", "E01", "Cisco", "ซิสโก้", "ZZ9",
                                "Not found", "ไม่พบบูธนี้"],
        "/route?from=stage&to=c02": [f"{metres} m", f"{metres} ม.", f"{route.minutes} min",
                                     f"{route.minutes} นาที", "You are here", "คุณอยู่ที่นี่", "C02", "Battambang",
                                     "พระตะบอง"],
    }
    urls = [(served + path, tmp_path / f"profile{i}") for i, path in enumerate(expected)]
    with ThreadPoolExecutor(max_workers=3) as pool:
        doms = list(pool.map(lambda job: dump_dom(browser, *job), urls))
        thai = pool.submit(dump_dom, browser, served + "/city/phnom-penh", tmp_path / "profile-th", "th").result()
    problems = []
    for (path, texts), dom in zip(expected.items(), doms):
        text = visible_text(dom)
        problems += [f"{path}: {t!r} missing" for t in texts if t not in text]
        if not re.search(r'<html[^>]*\bclass="en"', dom):
            problems.append(f"{path}: the language script did not run")
    assert problems == []
    plan = doms[6]
    assert plan.count('class="row"') == 2 and plan.count('class="row missing"') == 1
    assert "<svg" in doms[7] and "<polyline" in doms[7] and "Loading" not in visible_text(doms[7])
    assert re.search(r"<html[^>]*\bclass=\"th\"", thai) and re.search(r"<html[^>]*\blang=\"th\"", thai)


def test_the_route_page_draws_the_step_free_route_when_the_address_asks_for_it(writable_db, tmp_path):
    """The kiosk's route QR code carries `sf=1` when the visitor picked "Step-free (no stairs)": the phone's page
    then walks round the steps (here a flight across the front aisle) and says so."""
    browser = chromium_path()
    writable_db.execute("INSERT INTO hall_feature (id, hall_id, kind, name, x, y, w, h, updated_at, updated_by) "
                        "VALUES ('steps', 'hall-1', 'stairs', ?, 22, 6, 1, 4, 'now', 'test')",
                        [json.dumps({"en": "Steps", "th": "ขั้นบันได"})])
    graph = wayfinding.Graph.build(floorplan.load(writable_db))
    fastest, level = (wayfinding.route(graph, "lobby", "c07", step_free=sf) for sf in (False, True))
    assert fastest.steps and not level.steps and round(level.length_m) > round(fastest.length_m)
    assert not wayfinding.route(graph, "lobby", "c21").steps
    site.export(writable_db, tmp_path / "site")
    page = (tmp_path / "site" / "route" / "index.html").as_uri()
    base = content.base_url(writable_db)
    urls = [wayfinding.route_url(base, "lobby", booth, step_free=sf)[len(base + "/route"):]
            for booth, sf in (("c07", False), ("c07", True), ("c21", True))]
    with ThreadPoolExecutor(max_workers=3) as pool:
        texts = list(pool.map(lambda job: visible_text(dump_dom(browser, page + job[1], tmp_path / f"p{job[0]}")),
                              enumerate(urls)))
    stairs, step_free, level_anyway = texts
    assert f"{round(fastest.length_m)} m" in stairs and "This route takes stairs." in stairs
    assert f"{round(level.length_m)} m" in step_free and f"{round(fastest.length_m)} m" not in step_free
    assert "Step-free route (lifts, no stairs)" in step_free and "เส้นทางไม่ต้องใช้บันได" in step_free
    assert "Step-free: this route has no stairs." in level_anyway
