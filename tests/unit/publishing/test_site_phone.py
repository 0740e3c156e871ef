"""The microsite as a phone in a crowded hall meets it: Chromium at 390x844 in both languages, driven through the
DevTools protocol (Playwright on the system's Chromium), its requests intercepted to drop or delay data files."""

import re

import pytest

from tests.unit.publishing.conftest import chromium_path, serve

sync_api = pytest.importorskip("playwright.sync_api", reason="the phone tests need playwright (the [test] extra)")

LANGS = {"en": "en-GB", "th": "th-TH"}
ROUTE = "/route/?from=lobby&to=c02"
PLAN = "/plan/?b=c21,e01,zz9"
# What a page may say only once the data that would contain the booth or route has loaded.
FALSE_WHEN_OFFLINE = re.compile(r"not found|not in the plan|no route|no step-free|ไม่พบ|ไม่มีเส้นทาง|loading|กำลังโหลด",
                                re.IGNORECASE)
DROPPED = {"en": "The connection dropped", "th": "การเชื่อมต่อขาดหาย"}


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def phone(browser):
    """A new phone (390x844, touch) in a language, refusing any host but this machine; no script error allowed."""
    made = []

    def make(lang: str):
        context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                      device_scale_factor=2, locale=LANGS[lang])
        context.elsewhere = []

        def only_here(route):
            if route.request.url.startswith(("http://127.0.0.1:", "data:", "about:")):
                route.fallback()
            else:
                context.elsewhere.append(route.request.url)
                route.abort()

        context.route("**/*", only_here)
        made.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
        return page

    errors = []
    yield make
    for context in made:
        assert context.elsewhere == []
        context.close()
    assert errors == []


def settled(page) -> str:
    """The page's visible text once its script is done (its area no longer busy)."""
    page.wait_for_selector("#out:not([aria-busy])", timeout=15_000)
    return page.inner_text("main")


def data_requests(page) -> list[str]:
    names = []
    page.on("request", lambda r: names.append(m[1]) if (m := re.search(r"/data/([\w-]+)\.js", r.url)) else None)
    return names


def fail(page, name: str, times: int | None) -> list[int]:
    """Requests for data/<name>.js fail (the first `times` of them, or all when None); returns the count."""
    count = [0]

    def drop(route):
        count[0] += 1
        if times is None or count[0] <= times:
            route.abort("internetdisconnected")
        else:
            route.fallback()

    page.route(f"**/data/{name}.js*", drop)
    return count


# --- a connection that drops ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def clean(browser, served):
    """The text of a clean load of each data page in each language, and the data files it asked for."""
    found = {}
    for lang, locale in LANGS.items():
        context = browser.new_context(viewport={"width": 390, "height": 844}, locale=locale)
        for path in (ROUTE, PLAN):
            page = context.new_page()
            names = data_requests(page)
            page.goto(served + path)
            found[path, lang] = settled(page), sorted(names)
        context.close()
    return found


def test_a_clean_load_asks_for_the_expected_data(clean):
    assert clean[ROUTE, "en"][1] == ["booths-0", "hall-0", "route-0-0"]
    assert clean[PLAN, "en"][1] == ["booths-0"]
    route, plan = clean[ROUTE, "en"][0], clean[PLAN, "th"][0]
    assert "Battambang" in route and "You are here" in route and "พระตะบอง" not in route
    walked = [int(m) for m in re.findall(r"Walk (\d+) m in", route)]
    assert walked and sum(walked) == int(re.search(r"(\d+) m\s*walk", route)[1])  # the steps add up to the whole
    assert "ซิสโก้" in plan and "ไม่พบบูธนี้" in plan and "Cisco" not in plan


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("path", "name"), [(ROUTE, "booths-0"), (ROUTE, "route-0-0"), (ROUTE, "hall-0"),
                                            (PLAN, "booths-0")])
def test_a_data_file_that_fails_once_is_fetched_again(phone, served, clean, path, name, lang):
    page = phone(lang)
    count = fail(page, name, times=1)
    page.goto(served + path)
    assert settled(page) == clean[path, lang][0]
    assert count[0] == 2 and page.locator("button.retry:visible").count() == 0


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("path", "name"), [(ROUTE, "booths-0"), (ROUTE, "route-0-0"), (ROUTE, "hall-0"),
                                            (PLAN, "booths-0")])
def test_a_dropped_connection_is_said_plainly_and_try_again_recovers(phone, served, clean, path, name, lang):
    page = phone(lang)
    count = fail(page, name, times=None)
    page.goto(served + path)
    retry = page.locator("#out button.retry")
    retry.wait_for(state="visible", timeout=15_000)
    text = page.inner_text("main")
    assert DROPPED[lang] in text
    assert not FALSE_WHEN_OFFLINE.search(text), text
    tries = count[0]
    assert tries >= 2  # tried again by itself before giving up
    # What the page already knows stays in view: the route's booth (or its steps), the plan's booth codes.
    if path == ROUTE:
        assert "C02" in text and ("Entrance lobby" in text or "โถงทางเข้า" in text)
        if name == "hall-0":
            assert ("Walk" in text or "เดิน" in text) and page.locator("svg").count() == 0
    else:
        assert all(code in text for code in ("C21", "E01", "ZZ9"))
    box = retry.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44
    page.unroute(f"**/data/{name}.js*")
    retry.tap()
    assert settled(page) == clean[path, lang][0]
    assert page.locator("button.retry:visible").count() == 0


# --- nothing moves as the page loads ----------------------------------------------------------------------------

LAYOUT_SHIFT = """
window.shifts = [];
new PerformanceObserver(list => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts.push(
    [e.value, e.sources.map(s => (s.node && s.node.nodeName) + " " + JSON.stringify(s.previousRect) + " -> "
                                 + JSON.stringify(s.currentRect))]);
}).observe({type: "layout-shift", buffered: true});
"""


@pytest.fixture(scope="module")
def slow_served(demo_site):
    with serve(demo_site, slow={".css": 0.1, ".woff2": 0.3, "/assets/site.js": 0.5, "/assets/": 0.6,
                                "/data/": 1.0}) as url:
        yield url


def page_kinds(root) -> dict[str, str]:
    project = min(p.name for p in (root / "project").iterdir())
    return {"home": "/", "city": "/city/bangkok", "exhibitor": "/exhibitor/cisco", "project": f"/project/{project}",
            "session": "/session/opening-ceremony", "booth": "/booth/c21", "plan": PLAN, "route": ROUTE}


@pytest.mark.parametrize("lang", LANGS)
def test_no_page_moves_while_it_loads_on_a_slow_link(phone, slow_served, demo_site, lang):
    """The page's files arrive late, each kind later than the one before (style, fonts, scripts, data): the
    cumulative layout shift stays under 0.01."""
    scores = {}
    for kind, path in page_kinds(demo_site).items():
        page = phone(lang)
        page.add_init_script(LAYOUT_SHIFT)
        page.goto(slow_served + path, wait_until="load")
        if kind in ("plan", "route"):
            settled(page)
        page.wait_for_timeout(300)
        shifts = page.evaluate("window.shifts")
        scores[kind] = (round(sum(s[0] for s in shifts), 4), shifts)
        print(f"CLS {lang} {kind}: {scores[kind][0]}")
    assert {kind: shifts for kind, (score, shifts) in scores.items() if score >= 0.01} == {}


# --- a route map a visitor can read on a phone ------------------------------------------------------------------

MAP_FACTS = """() => {
  const seen = el => el.getClientRects().length > 0 && getComputedStyle(el).display !== "none";
  const rect = el => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const texts = [...document.querySelectorAll("svg text")].filter(seen);
  return {
    labels: texts.map(t => [t.textContent, parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a, rect(t)]),
    markers: [...document.querySelectorAll("svg .marker")].map(rect),
    fills: {dest: document.querySelector("svg .dest")?.getAttribute("fill"),
            booth: document.querySelector("svg rect.booth:not(.dest)").getAttribute("fill"),
            markers: [...document.querySelectorAll("svg .marker")].map(m => m.getAttribute("fill"))},
    legend: document.querySelector(".legend").innerText,
  };
}"""


def luminance(colour: str) -> float:
    channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", [ROUTE, "/route/?from=lobby&to=e24", "/route/?from=stage&to=e10"])
def test_the_route_map_is_readable_at_390_px(phone, served, path, lang):
    page = phone(lang)
    page.goto(served + path)
    settled(page)
    facts = page.evaluate(MAP_FACTS)
    booth = re.search(r"to=(\w+)", path)[1].upper()
    sizes = {text: round(px, 1) for text, px, _ in facts["labels"]}
    assert len(sizes) >= 3 and min(sizes.values()) >= 11, sizes
    assert booth in sizes  # the destination is always labelled...
    dest = [box for text, _, box in facts["labels"] if text == booth]
    covered = [(text, box) for text, _, box in facts["labels"] for m in facts["markers"]
               if box[0] < m[2] and m[0] < box[2] and box[1] < m[3] and m[1] < box[3]]
    assert dest and covered == []  # ...and no marker covers a label
    fills = facts["fills"]
    assert contrast(fills["dest"], fills["booth"]) >= 3 and contrast(fills["dest"], "#ffffff") >= 3
    assert all(contrast(m, "#ffffff") >= 3 and contrast(m, fills["booth"]) >= 3 for m in fills["markers"])
    # Landmarks are named in the key, in the page's language; the map has a name of its own.
    key = {"en": ["Entrance", "Stage", "Toilets", "Stairs"], "th": ["ทางเข้า", "เวที", "ห้องน้ำ", "บันได"]}[lang]
    assert any(word in facts["legend"] for word in key), facts["legend"]
    name = {"en": "Map of Exhibition Hall: the walk from", "th": "แผนที่ห้องนิทรรศการ: เส้นทางจาก"}[lang]
    assert page.get_by_role("img", name=re.compile(re.escape(name) + ".*" + booth)).count() == 1


def test_the_route_needs_one_round_of_data_requests(phone, served):
    """After the page: its scripts and style, then every data file at once (no file waits for another)."""
    page = phone("en")
    events = []
    page.on("request", lambda r: events.append(("asked", r.url)) if "/data/" in r.url else None)
    page.on("requestfinished", lambda r: events.append(("came", r.url)) if "/data/" in r.url else None)
    page.goto(served + ROUTE)
    settled(page)
    kinds = [kind for kind, _ in events]
    assert kinds.count("asked") == 3 and kinds.index("came") == 3, events


# --- every script readable without the phone's own font ---------------------------------------------------------


def platform_fonts(page, selector: str) -> dict[str, int]:
    """The fonts Chromium really drew the element's text with: family -> glyphs, web fonts marked with a '*'."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return {f["familyName"] + ("*" if f["isCustomFont"] else ""): f["glyphCount"] for f in fonts}


def test_thai_and_khmer_show_on_a_phone_without_their_fonts(phone, served):
    page = phone("th")
    page.goto(served + "/city/phnom-penh")
    page.wait_for_function("document.fonts.status === 'loaded'")
    thai = platform_fonts(page, "h1 .l-th")
    assert thai.get("Noto Sans Thai*", 0) >= len("พนมเปญ"), thai
    assert platform_fonts(page, "p.local[lang=km]").get("Noto Sans Khmer*", 0) > 0
    assert platform_fonts(page, "#lang .l-th").get("Noto Sans*", 0) == 0  # "English": the phone's own font
    loaded = page.evaluate("[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family + ' ' + f.weight)")
    assert '"Noto Sans Thai" 400' in loaded or "Noto Sans Thai 400" in loaded
    english = phone("en")
    english.goto(served + "/")
    english.wait_for_function("document.fonts.status === 'loaded'")
    assert platform_fonts(english, "#lang .l-en").get("Noto Sans Thai*", 0) == 3  # the button's "ไทย"


# --- the small things: tap targets, a favicon, a description, a home page to move through -------------------------

TAP_TARGETS = """() => [...document.querySelectorAll("a, button")]
  .filter(e => e.getClientRects().length && getComputedStyle(e).visibility !== "hidden")
  .map(e => { const r = e.getBoundingClientRect();
              return [e.innerText.trim().replace(/\\s+/g, " "), Math.round(r.width * 10) / 10,
                      Math.round(r.height * 10) / 10]; })"""


@pytest.mark.parametrize("lang", LANGS)
def test_every_link_and_button_is_a_44_px_target(phone, served, demo_site, lang):
    """Every link and button the pages have stands alone (no link sits inside a sentence), so each is at least
    44 x 44 CSS px at 390 px wide: the header's show name and language button, the lists, the booth chips, the route's
    destination, a web address alone in its field, "All of the show"."""
    small, seen = {}, {}
    page = phone(lang)
    for kind, path in page_kinds(demo_site).items():
        page.goto(served + path)
        if kind in ("plan", "route"):
            settled(page)
        targets = page.evaluate(TAP_TARGETS)
        seen[kind] = len(targets)
        small.update({f"{kind}: {text}": (w, h) for text, w, h in targets if w < 44 or h < 44})
    assert small == {}
    assert min(seen.values()) >= 2 and seen["home"] > 100, seen  # the header's two at least


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_has_the_shows_icon_and_a_description_in_its_language(phone, served, demo_site, lang):
    page = phone(lang)
    failed = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    descriptions = {}
    for kind, path in page_kinds(demo_site).items():
        page.goto(served + path)
        icons = page.eval_on_selector_all("link[rel~=icon]", "links => links.map(l => l.href)")
        assert icons, kind
        for icon in icons:
            answer = page.request.get(icon)
            assert answer.status == 200 and answer.headers["content-type"].startswith("image/"), icon
            assert len(answer.body()) > 100
        descriptions[kind] = page.eval_on_selector_all("meta[name=description]", "m => m.map(e => e.content)")
    assert failed == []
    assert all(len(found) == 1 and len(found[0]) >= 30 for found in descriptions.values()), descriptions
    thai = re.compile("[\u0e00-\u0e7f]")
    for kind, (text,) in descriptions.items():
        assert bool(thai.search(text)) == (lang == "th"), (kind, text)
    assert len({text for (text,) in descriptions.values()}) == len(descriptions)  # each its own
    # A browser asks the site's top folder for favicon.ico whatever the page says: it is there too.
    assert page.request.get(served + "/favicon.ico").status == 200


def visible_top(page, selector: str) -> float:
    return page.eval_on_selector(selector, "e => e.getBoundingClientRect().top")


@pytest.mark.parametrize("lang", LANGS)
def test_the_home_page_has_jump_links_to_its_sections(phone, served, lang):
    page = phone(lang)
    page.goto(served + "/")
    jumps = page.locator("nav.jump a")
    targets = jumps.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert targets == ["#cities", "#exhibitors", "#projects", "#programme"]
    header = page.eval_on_selector("header", "e => e.getBoundingClientRect().bottom")
    assert visible_top(page, "nav.jump") < 844  # at the top, in the first screen
    for n, target in enumerate(targets):
        assert visible_top(page, f"{target} h2") > 844
        jumps.nth(n).tap()
        page.wait_for_function(f"location.hash === '{target}'")
        page.wait_for_timeout(100)
        top = visible_top(page, f"{target} h2")
        assert header <= top < header + 100, (target, header, top)  # just under the sticky header, not behind it
        page.evaluate("window.scrollTo(0, 0)")


@pytest.mark.parametrize("lang", LANGS)
def test_the_language_button_switches_the_page_and_is_remembered(phone, served, lang):
    other = "th" if lang == "en" else "en"
    words = {"en": ("Bangkok", "Booth", "Hall"), "th": ("กรุงเทพมหานคร", "บูธ", "ห้องนิทรรศการ")}
    page = phone(lang)
    page.goto(served + "/booth/c21")

    def shown():
        return page.evaluate("""() => [document.documentElement.className, document.documentElement.lang,
            document.title, document.querySelector("meta[name=description]").content,
            document.querySelector("main").innerText]""")

    before = shown()
    assert before[:2] == [lang, lang] and all(w in before[4] for w in words[lang])
    page.locator("#lang").tap()
    after = shown()
    assert after[:2] == [other, other] and all(w in after[4] for w in words[other])
    assert not any(w in after[4] for w in words[lang] if w not in words[other])
    assert after[2] != before[2] and after[3] != before[3]  # the tab's title and the description follow
    here = {"en": "You are here", "th": "คุณอยู่ที่นี่"}
    page.goto(served + "/route/?from=lobby&to=c02")  # another page of the site opens in the language chosen
    assert here[other] in settled(page) and here[lang] not in page.inner_text("main")
    page.locator("#lang").tap()  # and a page the scripts filled in switches back too
    assert here[lang] in page.inner_text("main") and here[other] not in page.inner_text("main")


STUCK = {"en": "This page is taking long to load", "th": "หน้านี้โหลดนานผิดปกติ"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", [ROUTE, PLAN])
@pytest.mark.parametrize("scripts", ["hang", "fail"])
def test_a_page_whose_scripts_never_arrive_says_so_and_try_again_reloads_it(phone, served, clean, scripts, path,
                                                                              lang):
    """The requests for the page's scripts hang, or fail. A hung page says so after 12 s of its own clock (its
    animations), which DevTools runs 200 times as fast here, leaving the page as a visitor gets it; a failed one
    says so at once."""
    page = phone(lang)
    held, connected = [], []

    def no_scripts(route):
        if connected:
            route.fallback()
        elif scripts == "hang":
            held.append(route)  # no answer
        else:
            route.abort("internetdisconnected")

    page.route("**/assets/*.js", no_scripts)
    if scripts == "hang":
        cdp = page.context.new_cdp_session(page)
        cdp.send("Animation.enable")
        cdp.send("Animation.setPlaybackRate", {"playbackRate": 200})
    page.goto(served + path, wait_until="commit")
    stuck = page.locator(".slow")
    page.wait_for_function("""() => { const slow = document.querySelector(".slow");
        const style = slow && getComputedStyle(slow);  // with the page's style sheet in, and shown by it
        return style && style.animationName === "appear" && style.visibility === "visible"
            && !document.documentElement.hasAttribute("data-wait"); }""",
                           timeout=5_000 if scripts == "hang" else 2_000)
    text = page.inner_text("main")
    assert STUCK[lang] in text and STUCK["th" if lang == "en" else "en"] not in text
    assert held or scripts == "fail"
    button = stuck.locator("button.retry")
    box = button.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 56
    for route in held:
        route.abort()  # those requests end (Playwright would leave them pending)...
    connected.append(True)  # ...and the connection is back
    button.tap()
    assert settled(page) == clean[path, lang][0]


@pytest.fixture(scope="module")
def scaled_served(tmp_path_factory):
    """The demo with 600 synthetic booths (the load-test data: an exhibitor and 5-10 projects each), its long
    lists cut into pages of 250 rows (at 10,000 booths they are 1,000 rows each)."""
    from kiosk import config
    from kiosk.core.demo import dataset
    from kiosk.core.publishing import site, site_pages
    from kiosk.core.store import database as kdb

    folder = tmp_path_factory.mktemp("scaled")
    with pytest.MonkeyPatch.context() as patch, kdb.connect(
            dataset.build(folder / "scaled.db", config.DEMO_SOURCE, scale=600)) as db:
        patch.setattr(site_pages, "LIST_PAGE", 250)
        site.export(db, folder / "site")
    with serve(folder / "site") as url:
        yield url


@pytest.mark.parametrize("lang", LANGS)
def test_at_load_test_scale_the_home_page_leads_to_every_list_page(phone, scaled_served, lang):
    page = phone(lang)
    page.goto(scaled_served + "/")
    assert page.evaluate("document.documentElement.scrollHeight") < 10_000  # the long lists have pages of their own
    jumps = page.locator("nav.jump a")
    assert jumps.evaluate_all("links => links.map(a => a.getAttribute('href'))") == [
        "#cities", "#exhibitors", "#projects", "#programme"]
    jumps.nth(1).tap()
    page.locator("#exhibitors .more a").tap()
    page.wait_for_url("**/lists/exhibitors-1.html")
    pagers = page.locator("p.pages")
    assert pagers.count() == 2 and visible_top(page, "p.pages") < 844  # one at the top, one at the end
    assert pagers.first.inner_text().split() == ["1", "2", "3"]  # 634 exhibitors, 250 a page
    small = {text: (w, h) for text, w, h in page.evaluate(TAP_TARGETS) if w < 44 or h < 44}
    assert small == {}
    first = page.locator("ul.list a").first.inner_text()
    pagers.first.locator("a", has_text="3").tap()
    page.wait_for_url("**/lists/exhibitors-3.html")
    assert page.locator("ul.list li").count() == 634 - 500 and page.locator("ul.list a").first.inner_text() != first
    assert page.locator("p.pages b[aria-current=page]").first.inner_text() == "3"
