"""Side by side, in one run on one X display (Xvfb): the kiosk, *the floor* (an empty Qt Quick window with Controls,
the virtual keyboard and the kiosk's fonts, started as the kiosk is: tests/bench/floor_child.py) and *the peer* (the
same show's exported microsite in Chromium's kiosk mode, driven through the DevTools protocol); and, for search,
sqlite-utils' own `table.search()` beside `kiosk.core.catalog.search`. Ratios decide; nothing here is asserted.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench import ui

WIDTH, HEIGHT = 1920, 1080
PAUSE_MS = ui.VISITOR_PAUSE_MS
MEMORY_AFTER_S = 1.5  # as tests/bench/ui_child.py: memory is read this long after the first frame


# --- the display -------------------------------------------------------------------------------------------------

@contextlib.contextmanager
def xvfb():
    """A private X server at the kiosk's size; yields its DISPLAY (":N"), or None without Xvfb."""
    if shutil.which("Xvfb") is None:
        yield None
        return
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{WIDTH}x{HEIGHT}x24",
                               "-dpi", "96", "-nolisten", "tcp", "-noreset"], pass_fds=[write_end],
                              stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    os.close(write_end)
    try:
        number = b""
        deadline = time.monotonic() + 20
        while not number.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([read_end], [], [], left)[0] or not (chunk := os.read(read_end, 32)):
                raise RuntimeError("Xvfb did not start")
            number += chunk
        yield f":{int(number)}"
    finally:
        os.close(read_end)
        end(server)


def end(process: subprocess.Popen) -> None:
    """End a process started here in a session of its own, with everything it started."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


# --- memory of a process tree ------------------------------------------------------------------------------------

def descendants(pid: int) -> list[int]:
    """`pid` and every process below it."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parent = int(stat[stat.rindex(")") + 2:].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    found, stack = [], [pid]
    while stack:
        found.append(stack.pop())
        stack.extend(children.get(found[-1], []))
    return found


def tree_memory(pid: int, *, below_only: bool = False) -> dict[str, float]:
    """Sum of PSS and of RSS over a process tree, in MB (RSS counts a page shared by two processes twice); with
    `below_only`, of the processes below `pid`, not its own (a harness that waits for its child)."""
    total = {"pss_mb": 0.0, "rss_mb": 0.0, "processes": 0}
    for member in descendants(pid)[1 if below_only else 0:]:
        try:
            rollup = Path(f"/proc/{member}/smaps_rollup").read_text()
        except OSError:
            continue
        total["processes"] += 1
        for line in rollup.splitlines():
            if line.startswith(("Pss:", "Rss:")):
                total[line[:3].lower() + "_mb"] += int(line.split()[1]) / 1024
    return total


# --- the floor and the kiosk on the display ----------------------------------------------------------------------

def qt_env(display: str | None) -> dict:
    return {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display} if display else {"QT_QPA_PLATFORM": "offscreen"}


def floor_taps(display: str | None, count: int, env: dict | None = None) -> dict[str, list[float]]:
    return floor_child(display, "--taps", count, "TAPS", env)


def floor_drops(display: str | None, flicks: int, env: dict | None = None) -> dict[str, int]:
    """The floor's plain list flicked as the recorder flicks the kiosk's lists: frames due and dropped."""
    return floor_child(display, "--flicks", flicks, "DROPS", env)


def floor_child(display: str | None, flag: str, count: int, answer: str, env: dict | None = None):
    done = subprocess.run([sys.executable, "-m", "tests.bench.floor_child", flag, str(count)], capture_output=True,
                          check=False, text=True, env={**os.environ, **qt_env(display), **(env or {})}, timeout=300)
    for line in done.stdout.splitlines():
        if line.startswith(answer + " "):
            return json.loads(line[len(answer) + 1:])
    raise RuntimeError(f"the floor did not answer {flag}: {done.stderr[-800:]}")


def kiosk_child(what: str, db: Path, display: str | None, env: dict | None = None):
    """`tests.bench.ui taps|typing|drops` in a process of its own on the display."""
    done = subprocess.run([sys.executable, "-m", "tests.bench.ui", what, str(db)], capture_output=True, text=True, check=False,
                          env={**os.environ, **qt_env(display), **(env or {})}, timeout=900)
    if done.returncode != 0:
        raise RuntimeError(f"tests.bench.ui {what} failed: {done.stderr[-1500:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- the peer: the microsite in Chromium's kiosk mode ------------------------------------------------------------

def chromium_flags(profile: Path) -> list[str]:
    """What a browser kiosk is started with: full screen, no first-run or crash bubbles, nothing fetched from the
    network, and a DevTools port (the file DevToolsActivePort in the profile names it)."""
    flags = ["--kiosk", f"--window-size={WIDTH},{HEIGHT}", "--window-position=0,0", "--no-first-run",
             "--no-default-browser-check", "--noerrdialogs", "--disable-infobars", "--disable-session-crashed-bubble",
             "--disable-component-update", "--disable-background-networking", "--disable-sync",
             "--password-store=basic", "--remote-debugging-port=0", f"--user-data-dir={profile}"]
    if os.geteuid() == 0:
        flags.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
    return flags


FCP = "performance.getEntriesByName('first-contentful-paint')"


class Browser:
    """One launch of Chromium in kiosk mode on `url`, connected to over the DevTools protocol."""

    def __init__(self, playwright, url: str, display: str, profile: Path):
        (profile / "DevToolsActivePort").unlink(missing_ok=True)
        self.started = time.time()
        self.process = subprocess.Popen([shutil.which("chromium"), *chromium_flags(profile), url],
                                        env={**os.environ, "DISPLAY": display}, stdin=subprocess.DEVNULL,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > deadline or self.process.poll() is not None:
                end(self.process)
                raise RuntimeError("Chromium did not open its DevTools port")
            time.sleep(0.02)
        port = port_file.read_text().split()[0]
        self.browser = playwright.chromium.connect_over_cdp(f"http://127.0.0.1:{port}")
        while not (self.browser.contexts and self.browser.contexts[0].pages):
            time.sleep(0.02)
        self.page = self.browser.contexts[0].pages[0]

    def first_paint(self) -> float:
        """When the current page's first contentful paint was on screen (Unix time, Chromium's clock)."""
        self.page.wait_for_function(f"{FCP}.length > 0", timeout=30_000)
        return self.page.evaluate(f"performance.timeOrigin + {FCP}[0].startTime") / 1000

    def tap(self, selector: str) -> float:
        """Tap a link, at a visitor's pace; from the click (as the page saw it) to the next page's first paint."""
        page = self.page
        page.wait_for_timeout(PAUSE_MS)
        x, y = page.evaluate("""s => { const e = document.querySelector(s); e.scrollIntoView({block: 'center'});
                                        const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2] }""",
                             selector)
        page.evaluate("addEventListener('click', e => sessionStorage.setItem('tap', performance.timeOrigin + "
                      "e.timeStamp), {capture: true, once: true})")
        with page.expect_navigation():
            page.mouse.click(x, y)
        painted = self.first_paint()
        return painted - float(page.evaluate("sessionStorage.getItem('tap')")) / 1000

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.browser.close()
        end(self.process)


# From the microsite's home page: an entry's page, and home again by the site's own link (as the kiosk's taps).
SITE_TAPS = ('a[href="city/phnom-penh/index.html"]', "a.brand", 'a[href^="exhibitor/"]', "a.brand",
             'a[href^="project/"]', "a.brand")


def chromium_peer(site: Path, display: str, starts: int, tap_rounds: int) -> dict:
    """Cold start to the home page's first contentful paint, the browser's memory (all its processes) after start,
    and taps from page to page, on the microsite served from 127.0.0.1 as a kiosk PC would serve it."""
    from playwright.sync_api import sync_playwright

    from tests.unit.publishing.conftest import serve

    out: dict = {"times": [], "pss_mb": [], "rss_mb": [], "processes": [], "taps": []}
    with serve(site) as url, sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile_dir:
        profile = Path(profile_dir)
        for n in range(starts + 1):  # the first start makes the profile, as a kiosk's first boot would: not counted
            browser = Browser(playwright, url + "/index.html", display, profile)
            try:
                painted = browser.first_paint()
                time.sleep(max(0.0, painted + MEMORY_AFTER_S - time.time()))
                memory = tree_memory(browser.process.pid)
                if n:
                    out["times"].append(painted - browser.started)
                    for key in ("pss_mb", "rss_mb", "processes"):
                        out[key].append(memory[key])
                if n == starts:
                    for _ in range(tap_rounds):
                        out["taps"].extend(browser.tap(selector) for selector in SITE_TAPS)
                out["version"] = browser.browser.version
            finally:
                browser.close()
    return out


# --- search: sqlite-utils' own FTS beside the kiosk's ------------------------------------------------------------

# What the kiosk's index finds a row by (kiosk/core/store/index.py), as a sqlite-utils user would index it:
# `enable_fts` on the columns, its default tokenizer.
PEER_FTS = {"city": ["name", "vision", "profile"], "organisation": ["name", "short_name", "description"],
            "project": ["title", "description", "status"], "session": ["title", "description", "speakers"]}


def peer_search_db(path: Path, stamp: str) -> Path:
    """A copy of the bench's database with sqlite-utils' FTS on each searchable table (made once per source)."""
    from sqlite_utils import Database

    out = path.with_name(path.stem + "-sqlite-utils-fts.db")
    marker = out.with_suffix(".stamp")
    if out.exists() and marker.exists() and marker.read_text() == stamp:
        return out
    shutil.copyfile(path, out)
    db = Database(out)
    for table, columns in PEER_FTS.items():
        db[table].enable_fts(columns, fts_version="FTS5", create_triggers=False, replace=True)
    db.conn.close()
    marker.write_text(stamp)
    return out


def bench_peer_search(path: Path, queries: list[str], rounds: int) -> dict:
    """Each query as the peer runs it: `table.search(q, limit=30)` on every searchable table (30 results, as the
    kiosk's screen asks for); also how many queries find anything at all, there and in the kiosk's search."""
    from sqlite_utils import Database

    from kiosk.core.catalog import search
    from kiosk.core.store import database as kdb

    db = Database(path)
    found = 0
    samples = []
    for n in range(rounds + 1):  # the first round warms the page cache
        for q in queries:
            started = time.perf_counter()
            hits = sum(len(list(db[table].search(q, limit=30, quote=True))) for table in PEER_FTS)
            if n:
                samples.append(time.perf_counter() - started)
            elif hits:
                found += 1
    db.conn.close()
    with kdb.connect(path) as kiosk_db:
        ours = sum(1 for q in queries if search.search(kiosk_db, q, lang="th", limit=30))
    return {"times": samples, "queries_with_results": found, "kiosk_queries_with_results": ours,
            "queries": len(queries)}


# --- one run ------------------------------------------------------------------------------------------------------

FLOOR_TAPS = 30
PEER_TAP_ROUNDS = 5  # six taps each


def run(db: Path, site_dir: Path) -> dict:
    """The kiosk (on `db`), the floor and the peer (the microsite exported from `db`) on one display; raw seconds."""
    from kiosk.core.publishing import site
    from kiosk.core.store import database as kdb

    out: dict = {}
    with xvfb() as display:
        out["display"] = f"Xvfb {WIDTH}x{HEIGHT}, Qt's xcb platform" if display else "offscreen (no Xvfb)"
        env = qt_env(display)
        starts = {"floor": [], "kiosk": []}
        for _ in range(ui.STARTS):  # in turn, so that the machine's other work falls on both alike
            first = not starts["floor"]
            starts["floor"].append(ui.cold_start(None, child="tests.bench.floor_child", env=env, starts=1,
                                                 warm_up=first))
            starts["kiosk"].append(ui.cold_start(db, env=env, starts=1, warm_up=first))
        for who, runs in starts.items():
            out[who] = {"start": [r["times"][0] for r in runs], "pss_mb": [r["pss_mb"] for r in runs],
                        "rss_mb": [r["rss_mb"] for r in runs], "renderer": runs[-1]["renderer"]}
        # Taps and keys are timed from Python, which waits for the next frame: on the display both the floor and the
        # kiosk then render on the GUI thread (see the drops below: with a render thread of its own, the recorder's
        # frame-swapped connections deadlocked it once, the render thread waiting for Python's lock held by the wait).
        basic = {"QSG_RENDER_LOOP": "basic"} if display else {}
        floor = floor_taps(display, FLOOR_TAPS, env=basic)
        out["floor"].update(tap=floor["tap"], key=floor["key"])
        taps = kiosk_child("taps", db, display, env=basic)
        out["kiosk"].update(tap=taps["screen"], tap_page=taps["page"],
                            key=kiosk_child("typing", db, display, env=basic))
        out["kiosk"]["drops"] = kiosk_child("drops", db, None)
        out["floor"]["drops"] = floor_drops(None, ui.FLICKS)
        if display:
            # On xcb Qt renders on a thread of its own; while the recorder drives the kiosk from Python (touch events,
            # waits) the GUI thread keeps Python's lock and waits for the render thread, which waits for that lock to
            # ask whether the Python floor-plan item overrides updatePaintNode (seen with py-spy): a deadlock of the
            # recorder, not seen in the kiosk itself, whose event loop runs without the lock. So on the display the recorder uses
            # the basic render loop (rendering on the GUI thread).
            out["kiosk"]["drops_xvfb"] = kiosk_child("drops", db, display, env={"QSG_RENDER_LOOP": "basic"})
            out["floor"]["drops_xvfb"] = floor_drops(display, ui.FLICKS, env={"QSG_RENDER_LOOP": "basic"})
        if display and shutil.which("chromium"):
            with kdb.connect(db) as conn:
                report = site.export(conn, site_dir, force=True)  # as `kiosk export-site --force`
            peer = chromium_peer(site_dir, display, ui.STARTS, PEER_TAP_ROUNDS)
            out["peer"] = {"start": peer["times"], "pss_mb": peer["pss_mb"], "rss_mb": peer["rss_mb"],
                           "processes": max(peer["processes"]), "tap_page": peer["taps"],
                           "version": peer["version"], "site_pages": report.pages}
    return out
