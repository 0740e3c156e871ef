"""`kiosk doctor`: checks that a database and its files are fit to run a show. Each problem is one plain line."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlite_utils import Database

from kiosk.core.access import auth
from kiosk.core.common import assets, files
from kiosk.core.floor import floorplan, wayfinding
from kiosk.core.store import database as kdb


def problems(db: Database, media_root: Path | None = None, pepper_path: Path | None = None) -> list[str]:
    out: list[str] = []
    result = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    if result != ["ok"]:
        out.extend(f"Integrity check: {line}" for line in result[:10])
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall()[:10]:
        out.append(f"A row of {table} (rowid {rowid}) refers to a missing {parent}.")
    pending = kdb.pending_migrations(db)
    if pending:
        out.append(f"The schema is not current: {len(pending)} migration(s) pending ({', '.join(pending)}); "
                   "`kiosk run` applies them.")
    if "m001_schema" in pending:
        return out  # none of the kiosk's tables are there to check
    if db.execute("SELECT count(*) FROM event").fetchone()[0] == 0:
        out.append(f"The database holds no event, so the kiosk cannot start: {kdb.RESTORE_ADVICE}")
    out.extend(booth_problems(db))
    if not pending:  # the floor plan and the staff table need the current schema
        out.extend(route_problems(db))
        out.extend(pepper_problems(db, pepper_path))
    out.extend(media_problems(db, media_root))
    return out


# Free space the kiosk needs beside its database: a backup (as big as the database), the day's edits and visitor
# counts, and room for SQLite's journal.
MIN_FREE_BYTES = 64 * 1024 * 1024


def storage_problems(db_path: Path, backups_dir: Path) -> list[str]:
    """A read-only database, folder or backups folder, and a disk too full for the next backup."""
    db_path, backups_dir = Path(db_path), Path(backups_dir)
    out = []
    problem = kdb.read_only_problem(db_path)
    if problem:
        out.append(problem)
    if backups_dir.is_dir() and not os.access(backups_dir, os.W_OK):
        out.append(f"The backups folder {backups_dir} is read-only, so no backup can be made: make it writable.")
    folder = db_path.resolve().parent
    if folder.is_dir():
        size = db_path.stat().st_size if db_path.is_file() else 0
        need = max(MIN_FREE_BYTES, 2 * size)
        free = shutil.disk_usage(folder).free
        if free < need:
            out.append(f"The disk that holds {folder} is {'full' if free < kdb.FULL_BELOW_BYTES else 'nearly full'} "
                       f"({files.size_text(free)} free; the kiosk needs {files.size_text(need)} for its backups and "
                       "edits): free some space there (old exports, copies, logs) or move the data folder to a "
                       "bigger disk.")
    return out


def booth_problems(db: Database) -> list[str]:
    out = []
    for (code,) in db.execute("SELECT code FROM booth WHERE city_id IS NULL AND organisation_id IS NULL ORDER BY code"):
        out.append(f"Booth {code} has no owner.")
    for code, hall in db.execute(
        """SELECT b.code, h.id FROM booth b JOIN hall h ON h.id = b.hall_id
           WHERE b.x < -? OR b.y < -? OR b.x + b.w > h.width_m + ? OR b.y + b.h > h.depth_m + ? ORDER BY b.code""",
        [floorplan.EPSILON] * 4,
    ):
        out.append(f"Booth {code} lies outside hall {hall}.")
    for a, b, hall in floorplan.overlapping_booths(db):
        out.append(f"Booths {a} and {b} overlap in hall {hall}.")
    return out


def route_problems(db: Database) -> list[str]:
    """Booths that no route reaches from a kiosk (or, without kiosks, from an entrance), or only by stairs."""
    plan = floorplan.load(db)
    graph = wayfinding.Graph.build(plan)
    unreachable = wayfinding.unreachable_booths(plan, graph)
    stairs_only = set(wayfinding.unreachable_booths(plan, graph, step_free=True)) - set(unreachable)
    return ([f"Booth {code} cannot be reached from any kiosk or entrance." for code in unreachable]
            + [f"Booth {code} can only be reached by stairs." for code in sorted(stairs_only)])


def pepper_problems(db: Database, pepper_path: Path | None) -> list[str]:
    """PINs were issued, but the secret their hashes are keyed with is not on this machine: none can be checked."""
    if pepper_path is None or Path(pepper_path).is_file():
        return []
    active = auth.active_pins(db)
    if not active:
        return []
    return [f"{active} PIN(s) were issued but the pepper file {pepper_path} is missing, so no PIN can be checked: "
            "copy the pepper file from the machine that issued them, or issue the PINs again."]


# The bundled files the screens need: without the fonts Thai and the other scripts show as empty boxes on a fresh
# machine; without the compiled translations the screens fall back to English.
FONT_FILES = tuple(assets.font_files())
TRANSLATIONS = ("kiosk_th.qm", "kiosk_en.qm")
_FONT_MAGIC = (b"\x00\x01\x00\x00", b"OTTO", b"true", b"ttcf")
_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def asset_problems(assets: Path) -> list[str]:
    """Bundled fonts and translations that are missing or damaged (the kiosk still starts, with fallbacks)."""
    out = []
    for name in FONT_FILES:
        path = Path(assets) / "fonts" / name
        if not path.is_file():
            out.append(f"The font file {path} is missing: text in its script may show as empty boxes.")
        elif path.read_bytes()[:4] not in _FONT_MAGIC:
            out.append(f"The font file {path} is damaged (not a TrueType or OpenType font).")
    for name in TRANSLATIONS:
        path = Path(assets) / "i18n" / name
        if not path.is_file():
            out.append(f"The translation file {path} is missing: the screens show English (run `make setup`).")
        elif path.read_bytes()[:16] != _QM_MAGIC:
            out.append(f"The translation file {path} is damaged: the screens show English (run `make setup`).")
    return out


def language_problems(offered: tuple[str, ...], i18n: Path = assets.I18N) -> list[str]:
    """Languages the show offers that the kiosk will leave out: an incomplete catalogue, or no Chinese, Japanese or
    Korean font installed (the screens then offer the others; a visitor never sees boxes)."""
    out = []
    for lang in offered:
        gap = assets.catalogue_gap(lang, Path(i18n))
        if gap:
            out.append(f"The language {lang} is offered but will be left out: {gap}.")
        elif lang in assets.CJK and not _installed(assets.CJK[lang]):
            out.append(f"The language {lang} is offered but will be left out: the font {assets.CJK[lang]} is not "
                       "installed (install the Debian package fonts-noto-cjk; `make setup` does).")
    return out


def _installed(family: str) -> bool:
    try:
        return subprocess.run(["fc-list", "-q", family], timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def media_problems(db: Database, media_root: Path | None) -> list[str]:
    out = []
    for media_id, path in db.execute("SELECT id, path FROM media ORDER BY id"):
        full = Path(path) if media_root is None else Path(media_root) / path
        if not full.is_file():
            out.append(f"The file of media {media_id} is missing: {full}.")
    return out
