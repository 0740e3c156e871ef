"""Each kiosk's heartbeat: a small file it rewrites every 30 s in a folder only it sends, which the organizer's laptop
receives: which software and package it runs, how far its journal is, what it has not applied, free disk, the last
problem, when it was last seen."""

from __future__ import annotations

import base64
import datetime
import html
import json
import shutil
from pathlib import Path

import kiosk
from kiosk.core.common import files

EVERY_S = 30
SCREEN_EVERY_S = 180
SCREEN = "screen.png"


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


def screen_path(fleet_folder: Path, me: str) -> Path:
    """Where this kiosk's latest screenshot goes (beside its heartbeat)."""
    folder = folder_of(fleet_folder) / me
    folder.mkdir(parents=True, exist_ok=True)
    return folder / SCREEN


def page(fleet_name: str, members: list[dict], fleet_folder: Path) -> str:
    """The fleet on one self-contained HTML page: each member's facts and its latest screenshot."""
    rows = []
    for m in members:
        shot = folder_of(fleet_folder) / m["id"] / SCREEN
        picture = (f'<img alt="{html.escape(m["id"])}" src="data:image/png;base64,'
                   f'{base64.b64encode(shot.read_bytes()).decode("ascii")}">' if shot.is_file() else "<p>No screenshot yet.</p>")
        facts = "".join(f"<tr><th>{html.escape(k.replace('_', ' '))}</th><td>{html.escape(str(v))}</td></tr>"
                        for k, v in m.items() if k != "id" and v is not None)
        rows.append(f"<section><h2>{html.escape(m['id'])}</h2><table>{facts}</table>{picture}</section>")
    return ("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Fleet " + html.escape(fleet_name)
            + "</title><style>body{font-family:'Noto Sans',sans-serif;margin:2rem}section{display:inline-block;"
            "vertical-align:top;width:30rem;margin:0 1.5rem 2rem 0}img{width:100%;border:1px solid #ccc}"
            "th{text-align:left;padding-right:1rem;color:#555}</style><h1>Fleet " + html.escape(fleet_name)
            + "</h1>" + "".join(rows) + "</html>")


def read(fleet_folder: Path) -> dict[str, dict]:
    """Every heartbeat this machine has received (and its own), by kiosk id."""
    beats = {}
    for path in sorted(folder_of(fleet_folder).glob("*/status.json")):
        try:
            beats[path.parent.name] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # being replaced just now: the next look has it
    return beats
