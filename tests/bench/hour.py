"""`python -m tests.bench.hour [--minutes 60]`: memory through an hour of hard use, the kiosk beside the peer, in the
same hour on the same machine, each on an Xvfb display of its own: the kiosk under the soak's random visitor
(`tests.soak --display --keep-going`, about six actions a second; what it finds is kept with the figures), and the same show's microsite in Chromium's kiosk mode under
a random visitor of its own (a link of the page, 300 ms after it is shown, page after page). Every 30 s each one's
memory is read, PSS and RSS summed over its processes; the curves and the figures go to .cache/bench/hour.json,
which `make bench` writes into docs/performance.md beside the rest. Nothing here is asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench import side, ui

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "bench"
OUT = CACHE / "hour.json"
# The microsite's own links, not the phone links to other sites, the QR pictures or the vCards.
LINKS = """[...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))
           .filter(h => !/^([a-z]+:|#|\\/\\/)/.test(h) && (h.endsWith('.html') || h.endsWith('/')))"""
CLICK = """h => [...document.querySelectorAll('a[href]')].find(a => a.getAttribute('href') === h).click()"""


def visit(browser: side.Browser, home: str, rng: random.Random) -> None:
    """One visitor's tap on the peer: a link of the page after a visitor's pause; now and then, home again."""
    page = browser.page
    page.wait_for_timeout(ui.VISITOR_PAUSE_MS)
    links = page.evaluate(LINKS)
    if not links or rng.random() < 0.05:
        page.goto(home)
        return
    with page.expect_navigation(timeout=30_000):
        page.evaluate(CLICK, rng.choice(links))


def run(minutes: float, every_s: float) -> dict:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    from kiosk.core.publishing import site
    from kiosk.core.store import database as kdb
    from tests.bench.__main__ import database
    from tests.unit.publishing.conftest import serve

    if shutil.which("chromium") is None or shutil.which("Xvfb") is None:
        raise SystemExit("the hour's side-by-side needs Xvfb and Chromium (make setup installs both)")
    db = database(0)
    with (side.xvfb() as kiosk_display, side.xvfb() as peer_display, tempfile.TemporaryDirectory() as tmp,
          sync_playwright() as playwright):
        tmp = Path(tmp)
        with kdb.connect(db) as conn:
            pages = site.export(conn, tmp / "site", force=True).pages
        soak_out = CACHE / "hour-soak.json"
        soak = subprocess.Popen([sys.executable, "-m", "tests.soak", "--minutes", str(minutes), "--display",
                                 kiosk_display, "--out", str(soak_out), "--keep-going"], cwd=ROOT, start_new_session=True)
        curve: list[dict] = []
        clicks = 0
        failed: list[str] = []
        try:
            with serve(tmp / "site") as url:
                home = url + "/index.html"
                profile = tmp / "profile"
                profile.mkdir()
                browser = side.Browser(playwright, home, peer_display, profile)
                try:
                    rng = random.Random(1)
                    started = time.monotonic()
                    next_read = started
                    while soak.poll() is None:
                        if time.monotonic() >= next_read:
                            kiosk = side.tree_memory(soak.pid, below_only=True)
                            if kiosk["processes"]:
                                curve.append({"s": round(time.monotonic() - started, 1), "kiosk": kiosk,
                                              "peer": side.tree_memory(browser.process.pid)})
                            next_read += every_s
                        try:
                            visit(browser, home, rng)
                            clicks += 1
                        except PlaywrightError as error:  # a page that did not come: counted, and home again
                            failed.append(str(error).splitlines()[0])
                            browser.page.goto(home)
                    version = browser.browser.version
                finally:
                    browser.close()
        finally:
            if soak.poll() is None:
                side.end(soak)
        soak_result = json.loads(soak_out.read_text()) if soak_out.exists() else {}
    # The kiosk's last minute holds its shut-down: its figure "after the hour" is the last reading a minute before.
    settled = [p for p in curve if p["s"] <= curve[-1]["s"] - 60] or curve
    # And its figure "after start" the first reading half a minute in (the soak first builds its own database).
    first = next((p for p in curve if p["s"] >= 30), curve[0])
    return {"date": time.strftime("%Y-%m-%d"), "minutes": minutes, "every_s": every_s,
            "kiosk": {"start": first["kiosk"], "end": settled[-1]["kiosk"],
                      "peak_pss_mb": max(p["kiosk"]["pss_mb"] for p in curve),
                      "actions": soak_result.get("actions"), "soak_ok": soak_result.get("ok"),
                      "growth_pct": soak_result.get("memory", {}).get("growth_pct"),
                      "problems": [f"{f['kind']}: {f['message']}" for f in soak_result.get("failures", [])]},
            "peer": {"start": first["peer"], "end": settled[-1]["peer"],
                     "peak_pss_mb": max(p["peer"]["pss_mb"] for p in curve), "pages_opened": clicks, "failed": failed,
                     "version": version, "site_pages": pages},
            "curve": curve}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.hour", description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=60.0, help="how long both visitors tap (default 60)")
    parser.add_argument("--every", type=float, default=30.0, help="seconds between memory readings (default 30)")
    args = parser.parse_args(argv)
    result = run(args.minutes, args.every)
    CACHE.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2))
    for who in ("kiosk", "peer"):
        r = result[who]
        print(f"{who}: PSS {r['start']['pss_mb']:.0f} MB after start, {r['end']['pss_mb']:.0f} MB after "
              f"{args.minutes:g} min (peak {r['peak_pss_mb']:.0f} MB); RSS {r['start']['rss_mb']:.0f} → "
              f"{r['end']['rss_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
