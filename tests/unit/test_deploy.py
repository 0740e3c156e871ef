"""deploy/kiosk.service: what the operations guide promises of it, and that systemd itself accepts it."""

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import config
from kiosk.ui.admin import EXIT_TO_DESKTOP
from kiosk.ui.crash import CRASH_EXIT

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
