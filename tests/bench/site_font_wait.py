"""`python -m tests.bench.site_font_wait [SITE]`: how long a phone without a Thai font shows a blank page while the
microsite's web fonts arrive (site_html.HEAD_SCRIPT waits for them, at most 3 s), as built, with the fonts
preloaded (`<link rel="preload">` in every page), and with the fonts inlined in site.css as data: URLs. Chromium
at 390 x 844 on an emulated slow link, the fonts answered late by the server as well. Not a test: it prints."""

from __future__ import annotations

import base64
import gzip
import re
import shutil
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


def variants(root: Path, tmp: Path) -> dict[str, Path]:
    """The site as built, a copy whose pages preload the Thai fonts, and a copy with every font inlined."""
    fonts = sorted((root / "assets" / "fonts").glob("*.woff2"))
    thai = [f.name for f in fonts if f.name.startswith("NotoSansThai")]
    preload, inline = tmp / "preload", tmp / "inline"
    shutil.copytree(root, preload)
    shutil.copytree(root, inline)
    for page in preload.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        prefix = re.search(r'href="([./]*)assets/site\.css"', text)[1]
        links = "".join(f'<link rel="preload" as="font" type="font/woff2" crossorigin '
                        f'href="{prefix}assets/fonts/{name}">' for name in thai)
        page.write_text(text.replace("</title>", "</title>" + links, 1), encoding="utf-8")
    css = (root / "assets" / "site.css").read_text(encoding="utf-8")
    inlined = re.sub(r'url\("fonts/([\w-]+\.woff2)"\)', lambda m: 'url("data:font/woff2;base64,' + base64.b64encode(
        (root / "assets" / "fonts" / m[1]).read_bytes()).decode() + '")', css)
    (inline / "assets" / "site.css").write_text(inlined, encoding="utf-8")
    print(f"site.css {len(css.encode()):,} bytes; with every font inlined {len(inlined.encode()):,} bytes "
          f"({len(gzip.compress(inlined.encode())):,} gzipped); the fonts {sum(f.stat().st_size for f in fonts):,} "
          f"bytes; preloaded: {', '.join(thai)}")
    return {"as built": root, "preload Thai": preload, "inlined": inline}


def measure(browser, base: str, lang: str, path: str, link: tuple[int, int]) -> float:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, device_scale_factor=2,
                                  locale={"en": "en-GB", "th": "th-TH"}[lang])
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    cdp.send("Network.emulateNetworkConditions", {"offline": False, "latency": link[0],
                                                  "downloadThroughput": link[1] / 8, "uploadThroughput": link[1] / 8})
    page.add_init_script(SHOWN)
    page.goto(base + path, wait_until="load", timeout=60_000)
    page.wait_for_function("window.shownAt !== null", timeout=20_000)
    shown = page.evaluate("window.shownAt")
    context.close()
    return shown


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        root = Path(sys.argv[1]) if len(sys.argv) > 1 else tmp / "site"
        if len(sys.argv) <= 1:
            with kdb.connect(dataset.build(tmp / "demo.db", config.DEMO_SOURCE)) as db:
                site.export(db, root)
        sites = variants(root, tmp)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
            for link_name, link in LINKS.items():
                for lang, path in sorted(PAGES):
                    for name, folder in sites.items():
                        with serve(folder, slow={".woff2": FONT_DELAY}) as base:
                            runs = [measure(browser, base, lang, path, link) for _ in range(ROUNDS)]
                        print(f"{link_name:34} {lang} {path:14} {name:13} shown after "
                              f"{statistics.median(runs) / 1000:.2f} s", flush=True)
            browser.close()


if __name__ == "__main__":
    main()
