"""deploy/kiosk.service: what the operations guide promises of it, and that systemd itself accepts it."""

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import config
from kiosk.ui.admin.admin import EXIT_TO_DESKTOP
from kiosk.ui.shell.crash import CRASH_EXIT

UNIT = config.PROJECT_ROOT / "deploy" / "kiosk.service"


def unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read(UNIT, encoding="utf-8")
    return parser


def test_the_unit_restarts_forever_and_watches_the_event_loop():
    service = unit()["Service"]
    assert service["Type"] == "notify" and service["Restart"] == "always" and service["RestartSec"] == "2"
    assert int(service["WatchdogSec"]) > 0
    assert unit()["Unit"]["StartLimitIntervalSec"] == "0"  # no start-limit lock-out
    assert service["RestartPreventExitStatus"].split() == [str(EXIT_TO_DESKTOP)]
    assert CRASH_EXIT != EXIT_TO_DESKTOP  # a crash is restarted
    assert service["ExecStart"].endswith("kiosk run")


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed here")
def test_systemd_accepts_the_unit(tmp_path):
    kiosk = Path(sys.executable).parent / "kiosk"
    text = UNIT.read_text(encoding="utf-8").replace("%h/kiosk/.venv/bin/kiosk", str(kiosk))
    copy = tmp_path / "kiosk.service"
    copy.write_text(text, encoding="utf-8")
    result = subprocess.run(["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "kiosk.service" not in result.stderr, result.stderr  # no complaint about our unit


# --- the cage set-up (deploy/kiosk-cage.service and its wrapper) ---

CAGE_UNIT = config.PROJECT_ROOT / "deploy" / "kiosk-cage.service"
WRAPPER = config.PROJECT_ROOT / "deploy" / "kiosk-cage"


def run_wrapper(tmp_path, kiosk_does: str, **env) -> tuple[int, str]:
    """deploy/kiosk-cage with a stand-in for cage that, like cage 0.1.4, runs its application and exits 0 whatever
    it did, and a stand-in kiosk that does `kiosk_does` (Python) and reports what the
    kiosk's own watchdog code makes of its environment."""
    cage = tmp_path / "cage"
    cage.write_text('#!/bin/sh\n[ "$1" = "--" ] && shift\n"$@"\nexit 0\n', encoding="utf-8")
    report = tmp_path / "report"
    program = tmp_path / "stand_in_kiosk.py"
    program.write_text("import os, sys\n"
                       f"sys.path.insert(0, {str(config.PROJECT_ROOT)!r})\n"
                       "from kiosk.cli.running import _tell_exit_status\n"
                       "from kiosk.core.operations import systemd\n"
                       f"with open({str(report)!r}, 'w') as out:\n"
                       "    out.write(f\"{systemd.watchdog_interval_ms()} {os.environ['QT_QPA_PLATFORM']}\")\n"
                       f"{kiosk_does}\n", encoding="utf-8")
    kiosk = tmp_path / "kiosk"
    kiosk.write_text(f'#!/bin/sh\n[ "$1" = "run" ] || exit 99\nexec "{sys.executable}" "{program}"\n', encoding="utf-8")
    for script in (cage, kiosk):
        script.chmod(0o755)
    environ = {**os.environ, "CAGE": str(cage), "KIOSK": str(kiosk), "XDG_RUNTIME_DIR": str(tmp_path), **env}
    result = subprocess.run([str(WRAPPER)], env=environ, capture_output=True, text=True, timeout=60)
    assert not list(tmp_path.glob("kiosk-exit-status.*")), "the status file is cleaned up"
    return result.returncode, report.read_text(encoding="utf-8") if report.exists() else ""


def test_under_cage_exit_to_desktop_still_reaches_systemd_and_a_crash_is_restarted(tmp_path):
    deliberate = "_tell_exit_status({0})\nsys.exit({0})"
    assert run_wrapper(tmp_path, deliberate.format(EXIT_TO_DESKTOP))[0] == EXIT_TO_DESKTOP
    assert run_wrapper(tmp_path, deliberate.format(0))[0] == 0
    crashed = f"os._exit({CRASH_EXIT})"  # the crash handler's way out writes no status
    assert run_wrapper(tmp_path, crashed)[0] == 1
    assert run_wrapper(tmp_path, "os.kill(os.getpid(), 9)")[0] == 1


def test_under_cage_the_kiosk_feeds_the_watchdog_on_wayland(tmp_path):
    code, report = run_wrapper(tmp_path, "sys.exit(0)", WATCHDOG_USEC="30000000", WATCHDOG_PID="1")
    assert report == "15000 wayland", "WATCHDOG_PID names the wrapper's shell, not the kiosk: it must not get there"


def test_the_cage_unit_lets_the_kiosk_notify_and_keeps_the_promises():
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read(CAGE_UNIT, encoding="utf-8")
    service = parser["Service"]
    assert service["Type"] == "notify" and service["NotifyAccess"] == "all"  # the kiosk is not the main process
    assert service["Restart"] == "always" and service["RestartSec"] == "2" and int(service["WatchdogSec"]) > 0
    assert parser["Unit"]["StartLimitIntervalSec"] == "0"
    assert service["RestartPreventExitStatus"].split() == [str(EXIT_TO_DESKTOP)]
    assert service["ExecStart"].endswith("deploy/kiosk-cage")


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed here")
def test_systemd_accepts_the_cage_unit(tmp_path):
    text = CAGE_UNIT.read_text(encoding="utf-8").replace("/home/kiosk/kiosk/deploy/kiosk-cage", str(WRAPPER))
    copy = tmp_path / "kiosk-cage.service"
    copy.write_text(text, encoding="utf-8")
    result = subprocess.run(["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "kiosk-cage.service" not in result.stderr, result.stderr
