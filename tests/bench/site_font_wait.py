"""`python -m tests.bench.site_font_wait [SITE]`: how long a phone without a Thai font shows a blank page while the
microsite's web fonts arrive (site_html.HEAD_SCRIPT waits for them, at most 3 s), as built, with the fonts
preloaded (`<link rel="preload">` in every page), and with the fonts inlined in site.css as data: URLs. Chromium
at 390 x 844 on an emulated slow link, the fonts answered late by the server as well. Not a test: it prints."""

from __future__ import annotations

import base64
import re
import statistics
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from kiosk import config
from kiosk.core.demo import dataset
from kiosk.core.publishing import site
from kiosk.core.store import database as kdb
from tests.unit.publishing.conftest import chromium_path, serve

LINKS = {"slow 4G (150 ms, 1.6 Mbit/s)": (150, 1_600_000), "crowded hall (400 ms, 400 kbit/s)": (400, 400_000)}
FONT_DELAY = 1.0  # s: the server answers a font this much later still
PAGES = {("th", "/city/bangkok"), ("en", "/")}
ROUNDS = 3
SHOWN = """
window.shownAt = null;
new MutationObserver(() => {
  if (window.shownAt === null && !document.documentElement.hasAttribute("data-wait")
      && document.documentElement.className) window.shownAt = performance.now();
}).observe(document, {attributes: true, subtree: true, attributeFilter: ["data-wait"]});
"""


def variants(root: Path) -> dict:
    fonts = sorted((root / "assets" / "fonts").glob("*.woff2"))
    thai = [f.name for f in fonts if f.name.startswith("NotoSansThai")]
    css = (root / "assets" / "site.css").read_text(encoding="utf-8")
    inlined = re.sub(r'url\("fonts/([\w-]+\.woff2)"\)', lambda m: 'url("data:font/woff2;base64,' + base64.b64encode(
        (root / "assets" / "fonts" / m[1]).read_bytes()).decode() + '")', css)

    def preload(route):
        response = route.fetch()
        text = response.text()
        prefix = re.search(r'href="([./]*)assets/site\.css"', text)[1]
        links = "".join(f'<link rel="preload" as="font" type="font/woff2" crossorigin '
                        f'href="{prefix}assets/fonts/{name}">' for name in thai)
        route.fulfill(response=response, body=text.replace("</title>", "</title>" + links, 1))

    def inline(route):
        route.fulfill(status=200, content_type="text/css; charset=utf-8", body=inlined)

    print(f"site.css {len(css.encode()):,} bytes; with every font inlined {len(inlined.encode()):,} bytes; "
          f"fonts {sum(f.stat().st_size for f in fonts):,} bytes, Thai {thai}")
    return {"as built": None, "preload Thai": ("**/*", preload), "inlined": ("**/site.css", inline)}


def measure(browser, base: str, lang: str, path: str, link: tuple[int, int], variant) -> tuple[float, float]:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, device_scale_factor=2,
                                  locale={"en": "en-GB", "th": "th-TH"}[lang])
    page = context.new_page()
    if variant:
        pattern, handler = variant
        page.route(pattern, lambda route: handler(route) if route.request.resource_type in ("document", "stylesheet")
                   else route.fallback())
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    cdp.send("Network.emulateNetworkConditions", {"offline": False, "latency": link[0],
                                                  "downloadThroughput": link[1] / 8, "uploadThroughput": link[1] / 8})
    page.add_init_script(SHOWN)
    page.goto(base + path, wait_until="load")
    page.wait_for_function("window.shownAt !== null", timeout=20_000)
    shown, fcp = page.evaluate("[window.shownAt, performance.getEntriesByName('first-contentful-paint')[0]?.startTime]")
    context.close()
    return shown, fcp or 0


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tmp) / "site"
        if len(sys.argv) <= 1:
            with kdb.connect(dataset.build(Path(tmp) / "demo.db", config.DEMO_SOURCE)) as db:
                site.export(db, root)
        kinds = variants(root)
        with serve(root, slow={".woff2": FONT_DELAY}) as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
            for link_name, link in LINKS.items():
                for lang, path in sorted(PAGES):
                    for name, variant in kinds.items():
                        runs = [measure(browser, base, lang, path, link, variant) for _ in range(ROUNDS)]
                        print(f"{link_name:34} {lang} {path:14} {name:13} shown after "
                              f"{statistics.median(r[0] for r in runs) / 1000:.2f} s "
                              f"(first paint {statistics.median(r[1] for r in runs) / 1000:.2f} s)", flush=True)
            browser.close()


if __name__ == "__main__":
    main()
