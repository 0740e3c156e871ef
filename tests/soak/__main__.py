"""`python -m tests.soak --minutes N --seed S`: a private demo database and data folder in a temporary directory, then
the kiosk and its random visitor in a child process under QT_QPA_PLATFORM=offscreen (tests/soak/visitor.py).

Exit 0 when the run found nothing; 1 on any Qt warning, Python exception or memory growth beyond budget, or when
the child died or hung. The memory curve and the run's facts go to --out (default .cache/soak/last.json), every
action to the log beside it (.cache/soak/last.log): the same seed replays the same visitor.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def tail(path: Path, lines: int = 25) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.soak", description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="how long the visitor taps (default 10)")
    parser.add_argument("--seed", type=int, default=1, help="the visitor's random seed (default 1)")
    parser.add_argument("--size", default="1920x1080", help="the window, WIDTHxHEIGHT (1080x1920: portrait)")
    parser.add_argument("--lang", default="th", choices=["th", "en"], help="the kiosk's default language")
    parser.add_argument("--idle-every", type=int, default=400,
                        help="an idle spell (\"Still there?\", then mostly a reset) about every N actions")
    parser.add_argument("--out", default=str(ROOT / ".cache" / "soak" / "last.json"),
                        help="the result and memory curve as JSON; the action log goes beside it (.log)")
    parser.add_argument("--display", help="an X display (\":N\") to run on with Qt's xcb platform, instead of "
                                          "offscreen; rendering then stays on the GUI thread (QSG_RENDER_LOOP=basic)")
    parser.add_argument("--keep-going", action="store_true", help="record every problem instead of stopping at "
                                                                  "the first")
    args = parser.parse_args(argv)
    if args.minutes <= 0:
        parser.error("--minutes must be more than 0")

    from kiosk import config
    from kiosk.core.demo import dataset

    out = Path(args.out).resolve()
    log = out.with_suffix(".log")
    out.parent.mkdir(parents=True, exist_ok=True)
    for stale in (out, log):
        stale.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="kiosk-soak-") as tmp:
        tmp = Path(tmp)
        db = dataset.build(tmp / "demo.db", config.DEMO_SOURCE)
        data = tmp / "data"
        data.mkdir()
        env = {k: v for k, v in os.environ.items()
               if k not in ("KIOSK_DB", "KIOSK_LANG", "KIOSK_ALLOW_HTTP", "KIOSK_ID", "KIOSK_DEMO_CLOCK",
                            "KIOSK_IDLE_SECONDS", "KIOSK_RECORD_QUERIES")}
        env.update({"QT_QPA_PLATFORM": "offscreen", "KIOSK_DATA_DIR": str(data), "PYTHONFAULTHANDLER": "1"})
        if args.display:
            # The visitor drives the kiosk from Python; with Qt's threaded render loop the render thread would wait
            # for Python's lock, held by the visitor, to call the floor plan's Python paint code (see
            # tests/bench/side.py), so the frames are drawn on the GUI thread.
            env.update({"QT_QPA_PLATFORM": "xcb", "DISPLAY": args.display, "QSG_RENDER_LOOP": "basic"})
        command = [sys.executable, "-m", "tests.soak.visitor", "--db", str(db), "--analytics",
                   str(data / "analytics.db"), "--pepper", str(data / "pepper"), "--minutes", str(args.minutes),
                   "--seed", str(args.seed), "--size", args.size, "--lang", args.lang,
                   "--idle-every", str(args.idle_every), "--out", str(out), "--log", str(log)]
        if args.keep_going:
            command.append("--keep-going")
        limit = args.minutes * 60 + 180  # start-up, shut-down and a slow machine
        try:
            child = subprocess.run(command, cwd=ROOT, env=env, timeout=limit)
        except subprocess.TimeoutExpired:
            print(f"\nSOAK FAILED: the kiosk did not finish within {limit:.0f} s (hung?). The last actions "
                  f"({log}):\n{tail(log)}", file=sys.stderr)
            return 1
    if child.returncode < 0:
        name = signal.Signals(-child.returncode).name
        print(f"\nSOAK FAILED: the kiosk process died from {name}. The last actions ({log}):\n{tail(log)}",
              file=sys.stderr)
        return 1
    if child.returncode != 0 and not out.exists():
        print(f"\nSOAK FAILED: the kiosk process exited with {child.returncode} before writing its result. "
              f"The last actions ({log}):\n{tail(log)}", file=sys.stderr)
        return 1
    return 0 if child.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
