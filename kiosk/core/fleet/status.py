"""Each kiosk's heartbeat: a small file it rewrites every 30 s in a folder only it sends, which the organizer's laptop
receives: which software and package it runs, how far its journal is, what it has not applied, free disk, the last
problem, when it was last seen."""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path

import kiosk
from kiosk.core.common import files

EVERY_S = 30


def folder_of(fleet_folder: Path) -> Path:
    return Path(fleet_folder) / "status"


def write(fleet_folder: Path, me: str, *, package_version: int | None, journal_last: int, applied: int,
          waiting: bool, problems: list[str], data_dir: Path) -> dict:
    usage = shutil.disk_usage(data_dir)
    beat = {"kiosk": me, "software": kiosk.__version__, "package": package_version, "journal": journal_last,
            "applied": applied, "waiting_for_attract_screen": waiting, "free_disk_mb": usage.free // 1_000_000,
            "last_problem": problems[-1] if problems else None,
            "seen": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")}
    target = folder_of(fleet_folder) / me
    target.mkdir(parents=True, exist_ok=True)
    files.write_atomically(target / "status.json", json.dumps(beat, ensure_ascii=False, indent=1).encode())
    return beat


def read(fleet_folder: Path) -> dict[str, dict]:
    """Every heartbeat this machine has received (and its own), by kiosk id."""
    beats = {}
    for path in sorted(folder_of(fleet_folder).glob("*/status.json")):
        try:
            beats[path.parent.name] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # being replaced just now: the next look has it
    return beats
