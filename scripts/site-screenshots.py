"""Render the microsite's pages as a phone shows them (Chromium at 412 x 915, touch), to look at them: every page
kind in Thai and English, from the demo's export served on 127.0.0.1, each once its fonts and data are in.

    .venv/bin/python scripts/site-screenshots.py [OUT_FOLDER] [--docs]

With --docs, the ones docs/ shows (site-*.png) are written to docs/screenshots as well. Needs the system's
Chromium and the [test] extra's playwright (never `playwright install`).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk import config
from kiosk.core.demo import dataset
from kiosk.core.publishing import site
from kiosk.core.store import database as kdb
from tests.unit.publishing.conftest import chromium_path, serve

PAGES = {"home": "/", "city": "/city/bangkok", "exhibitor": "/exhibitor/cisco",
         "project": "/project/kuching-flood-management", "session": "/session/opening-ceremony",
         "booth": "/booth/c21", "plan": "/plan/?b=c21,e01,zz9", "route": "/route/?from=lobby&to=c02"}
LOCALES = {"th": "th-TH", "en": "en-GB"}
DOCS = {"site-city-th.png", "site-route-th.png", "site-home-en.png", "site-plan-en.png"}


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--docs"]
    out = Path(args[0]) if args else Path(tempfile.gettempdir()) / "site-screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        with kdb.connect(dataset.build(Path(tmp) / "demo.db", config.DEMO_SOURCE)) as db:
            site.export(db, Path(tmp) / "site")
        with serve(Path(tmp) / "site") as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
            for lang, locale in LOCALES.items():
                context = browser.new_context(viewport={"width": 412, "height": 915}, is_mobile=True,
                                              has_touch=True, locale=locale)
                context.route("**/*", lambda route: route.fallback() if route.request.url.startswith(base)
                              else route.abort())
                for kind, path in PAGES.items():
                    page = context.new_page()
                    page.goto(base + path, wait_until="networkidle")
                    page.wait_for_function("!document.documentElement.hasAttribute('data-wait') && "
                                           "!document.querySelector('[aria-busy=true]') && "
                                           "document.fonts.status === 'loaded'")
                    name = f"site-{kind}-{lang}.png"
                    page.screenshot(path=out / name)
                    if "--docs" in sys.argv and name in DOCS:
                        shutil.copyfile(out / name, ROOT / "docs" / "screenshots" / name)
                    print(out / name)
                    page.close()
                context.close()
            browser.close()


if __name__ == "__main__":
    main()
