"""The side-by-side benchmark's pieces (tests/bench/side.py) still run and report numbers; what they measure is
never judged here."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bench import side

ROOT = Path(__file__).resolve().parents[3]


needs_the_peer = pytest.mark.skipif(shutil.which("Xvfb") is None or shutil.which("chromium") is None,
                                    reason="the peer needs Xvfb and Chromium (scripts/system-deps.sh --test)")


def exported_site(db_file: Path, out: Path) -> Path:
    """The demo show's microsite, as `kiosk export-site` writes it; Playwright is there to drive it."""
    pytest.importorskip("playwright.sync_api")
    from kiosk.core.publishing import site
    from kiosk.core.store import database as kdb

    with kdb.connect(db_file) as db:
        site.export(db, out)
    return out


def test_the_floor_s_plain_list_is_flicked_and_its_frames_counted():
    measured = side.floor_drops(None, 2)
    assert measured["frames"] > 20 and 0 <= measured["dropped"] < measured["frames"]


def test_the_floor_starts_paints_and_reports_its_memory_and_taps():
    run = subprocess.run([sys.executable, "-m", "tests.bench.floor_child", "--taps", "2"], cwd=ROOT, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    lines = dict(line.split(" ", 1) for line in run.stdout.splitlines())
    assert set(lines) == {"FRAME", "RENDERER", "RSS", "PSS", "TAPS"}, run.stdout
    assert 0 < float(lines["PSS"]) <= float(lines["RSS"])
    taps = json.loads(lines["TAPS"])
    assert len(taps["tap"]) == len(taps["key"]) == 2 and all(t > 0 for t in taps["tap"] + taps["key"])


def test_a_process_tree_s_memory_adds_up_its_members():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert child.pid in side.descendants(os.getpid())
        mine, with_child = side.tree_memory(child.pid), side.tree_memory(os.getpid())
        assert mine["processes"] == 1 and with_child["processes"] >= 2
        assert 0 < mine["pss_mb"] <= mine["rss_mb"] and with_child["rss_mb"] > mine["rss_mb"]
    finally:
        child.kill()
        child.wait()


def test_sqlite_utils_search_runs_on_a_copy_of_the_database(demo_db_file, tmp_path):
    copy = tmp_path / "demo.db"
    shutil.copyfile(demo_db_file, copy)
    peer = side.peer_search_db(copy, "stamp")
    measured = side.bench_peer_search(peer, ["bangkok", "zzzz"], rounds=1)
    assert len(measured["times"]) == 2
    assert measured["queries_with_results"] == measured["kiosk_queries_with_results"] == 1


@needs_the_peer
def test_the_peer_reports_a_start_its_memory_and_taps(demo_db_file, tmp_path):
    site = exported_site(demo_db_file, tmp_path / "site")
    with side.xvfb() as display:
        measured = side.chromium_peer(site, display, starts=1, tap_rounds=1)
    assert len(measured["times"]) == 1 and measured["times"][0] > 0
    assert measured["pss_mb"][0] > 0 and measured["processes"][0] >= 2
    assert len(measured["taps"]) == len(side.SITE_TAPS) and all(t > 0 for t in measured["taps"])


def test_the_hour_reads_the_memory_of_the_kiosk_below_the_soak_s_harness_not_the_harness():
    harness = subprocess.Popen([sys.executable, "-c", "import subprocess, sys; subprocess.run([sys.executable, '-c', "
                                "'import time; b = bytearray(64 << 20); time.sleep(30)'])"])
    try:
        deadline = 100
        while side.tree_memory(harness.pid)["processes"] < 2 and deadline:
            subprocess.run(["sleep", "0.1"], check=True)
            deadline -= 1
        below, whole = side.tree_memory(harness.pid, below_only=True), side.tree_memory(harness.pid)
        assert below["processes"] == 1 and whole["processes"] == 2
        assert 0 < below["pss_mb"] < whole["pss_mb"] and below["rss_mb"] < whole["rss_mb"]
    finally:
        for pid in side.descendants(harness.pid)[::-1]:
            os.kill(pid, 9)
        harness.wait()


@needs_the_peer
def test_the_peer_s_random_visitor_goes_from_page_to_page_of_the_microsite(demo_db_file, tmp_path):
    site = exported_site(demo_db_file, tmp_path / "site")
    import random

    from playwright.sync_api import sync_playwright

    from tests.bench import hour
    from tests.unit.publishing.conftest import serve

    (tmp_path / "profile").mkdir()
    with side.xvfb() as display, serve(site) as url, sync_playwright() as playwright:
        browser = side.Browser(playwright, url + "/index.html", display, tmp_path / "profile")
        try:
            rng, seen = random.Random(3), []
            for _ in range(6):
                hour.visit(browser, url + "/index.html", rng)
                seen.append(browser.page.url)
        finally:
            browser.close()
    assert all(page.startswith(url) and page.endswith((".html", "/")) for page in seen), seen
    assert len(set(seen)) >= 3, seen


def test_the_bench_report_sets_lists_search_and_the_hour_beside_the_floor_and_the_peer(tmp_path, monkeypatch):
    from tests.bench import __main__ as bench

    (tmp_path / "hour.json").write_text(json.dumps({
        "date": "2026-12-07", "minutes": 60,
        "kiosk": {"end": {"pss_mb": 250.0, "rss_mb": 320.0}, "actions": 23000},
        "peer": {"end": {"pss_mb": 500.0, "rss_mb": 1100.0}, "pages_opened": 9000}}))
    monkeypatch.setattr(bench, "CACHE", tmp_path)
    kiosk = {"start": [0.5, 0.5], "pss_mb": [160], "rss_mb": [230], "renderer": "OpenGL", "tap": [0.02, 0.02],
             "tap_page": [0.03, 0.03], "key": [0.02, 0.02], "drops": {"flicking Cities": {"frames": 600, "dropped": 6}}}
    floor = {"start": [0.25, 0.25], "pss_mb": [120], "rss_mb": [180], "tap": [0.01, 0.01], "key": [0.01, 0.01],
             "drops": {"frames": 1000, "dropped": 2}}
    peer = {"start": [0.6, 0.6], "pss_mb": [400], "rss_mb": [1000], "tap_page": [0.12, 0.12], "version": "1",
            "site_pages": 201}
    results = {"machine": {"cpu": "cpu", "cores": 2, "system": "Linux"}, "date": "2026-12-07",
               "side": {"kiosk": kiosk, "floor": floor, "peer": peer, "display": "Xvfb"},
               "lists": {"75000": {"projects": {"open": [0.024, 0.024, 0.024], "scroll": [0.008, 0.02, 0.008]}}},
               "typing": {"75000": {"p50_ms": 9.0, "p95_ms": 12.0, "n": 3}},
               "floor_offscreen": {"tap": [0.008, 0.008], "key": [0.006, 0.006]},
               "drops": {"75000": {"flicking Projects": {"frames": 500, "dropped": 5}}}}
    side_lines, list_lines = "\n".join(bench.render_side(results)), "\n".join(bench.render_lists(results))
    assert "| memory after 60 minutes of hard use" in side_lines and "| 250 MB (320 MB) | — | 500 MB (1100 MB) | — | 0.50× |" in side_lines
    assert "| flicking Projects, demo + 75,000 booths | 500 | 5 | 10 | 2 |" in side_lines
    assert "| Projects opens, demo + 75,000 booths | 24.0 / 24.0 ms | 3.00× / 3.00× | 8.0 / 18.8 ms | 1 of 3 |" in list_lines
    assert "| search screen, key press to results, demo + 75,000 booths | 9.0 / 12.0 ms | 1.50× / 2.00× |" in list_lines
