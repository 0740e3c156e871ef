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


@pytest.mark.skipif(shutil.which("Xvfb") is None or shutil.which("chromium") is None,
                    reason="the peer needs Xvfb and Chromium (scripts/system-deps.sh --test)")
def test_the_peer_reports_a_start_its_memory_and_taps(demo_db_file, tmp_path):
    pytest.importorskip("playwright.sync_api")
    from kiosk.core.publishing import site
    from kiosk.core.store import database as kdb

    with kdb.connect(demo_db_file) as db:
        site.export(db, tmp_path / "site")
    with side.xvfb() as display:
        measured = side.chromium_peer(tmp_path / "site", display, starts=1, tap_rounds=1)
    assert len(measured["times"]) == 1 and measured["times"][0] > 0
    assert measured["pss_mb"][0] > 0 and measured["processes"][0] >= 2
    assert len(measured["taps"]) == len(side.SITE_TAPS) and all(t > 0 for t in measured["taps"])
