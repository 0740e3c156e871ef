"""The soak harness (tests/soak) still runs: a short soak in a subprocess, with a fixed seed."""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.soak import curve

ROOT = Path(__file__).resolve().parents[3]


def test_a_short_soak_passes_and_records_its_memory_curve(tmp_path):
    out = tmp_path / "soak.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-m", "tests.soak", "--minutes", "0.25", "--seed", "7", "--idle-every",
                          "40", "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["ok"] and result["failures"] == []
    assert len(result["curve"]) >= 5 and all(point["rss_mb"] > 0 for point in result["curve"])
    assert result["checkpoints"] and all(c["screen"] == "attractScreen" for c in result["checkpoints"])
    assert len(result["screens"]) >= 4, result["screens"]
    assert result["actions"] >= 30
    assert result["idle_resets"] + result["idle_continues"] >= 1
    assert out.with_suffix(".log").read_text(encoding="utf-8").count("\n") > result["actions"]


def test_growth_is_judged_on_checkpoints_after_warm_up():
    def points(rss):
        return [{"t": t, "rss_mb": rss(t)} for t in range(15, 181, 15)]

    steady = points(lambda t: 200.0 + (40 if t < 60 else 0) + (30 if t == 150 else 0))
    verdict = curve.judge(steady, 180)
    assert verdict["checked"] and verdict["ok"] and verdict["growth_pct"] == 0, "warm-up and one odd point are not growth"
    leaking = points(lambda t: 200.0 + t * 0.2)
    verdict = curve.judge(leaking, 180)
    assert verdict["checked"] and not verdict["ok"] and verdict["growth_pct"] > 5
    assert not curve.judge(points(lambda t: 200.0)[:2], 30)["checked"], "too short to judge"
