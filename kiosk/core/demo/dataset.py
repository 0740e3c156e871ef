"""Build a kiosk database from the demo data set's source files (and, for load tests, synthetic booths)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from kiosk.core.common.errors import KioskError
from kiosk.core.common.text import is_slug
from kiosk.core.demo import synthetic
from kiosk.core.store import database as kdb
from kiosk.core.store import records, writer

ACTOR = "demo-db"


def load_source(folder: Path) -> dict:
    """The source files, parsed and checked; KioskError names the file and record of the first problem."""
    data = {}
    for name in records.FILES:
        path = Path(folder) / f"{name}.json"
        try:
            data[name] = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise KioskError(f"The demo data file {path} is missing.") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise KioskError(f"{path} is not valid UTF-8 JSON ({exc}).") from None
    _check(data)
    return data


def _check(data: dict) -> None:
    def ids(name):
        seen = set()
        for record in data[name]:
            rid = record.get("id")
            if not is_slug(rid):
                raise KioskError(f"{name}.json: {rid!r} is not a valid id.")
            if rid in seen:
                raise KioskError(f"{name}.json: the id {rid!r} is used twice.")
            seen.add(rid)
        return seen

    def ref(name, record, key, known, required=False):
        value = record.get(key)
        if value is None and not required:
            return
        if value not in known:
            raise KioskError(f"{name}.json: {record.get('id') or record.get('code')!r} refers to an unknown {key} {value!r}.")

    countries, focus, cities = ids("countries"), ids("focus_areas"), ids("cities")
    orgs, halls = ids("organisations"), ids("halls")
    ids("kiosks")
    for kiosk in data["kiosks"]:
        ref("kiosks", kiosk, "hall", halls, required=True)
        if not all(isinstance(kiosk.get(k), (int, float)) for k in ("x", "y", "facing")):
            raise KioskError(f"kiosks.json: kiosk {kiosk['id']!r} needs numbers x, y and facing.")
    ids("projects")  # nothing refers to these: checked for valid, unique ids only
    ids("sessions")
    event = data["event"]
    rooms = {r["id"] for r in event.get("rooms", [])}
    themes = {t["id"] for t in event.get("themes", [])}
    for city in data["cities"]:
        ref("cities", city, "country", countries, required=True)
        for area in city.get("focus_areas", []):
            ref("cities", {"id": city["id"], "focus_area": area}, "focus_area", focus)
    for org in data["organisations"]:
        ref("organisations", org, "country", countries)
        ref("organisations", org, "city", cities)
        if org["kind"] not in kdb.ORGANISATION_KINDS:
            raise KioskError(f"organisations.json: {org['id']!r} has an unknown kind {org['kind']!r}.")
    for project in data["projects"]:
        ref("projects", project, "city", cities)
        ref("projects", project, "organisation", orgs)
        ref("projects", project, "focus_area", focus)
        if not project.get("city") and not project.get("organisation"):
            raise KioskError(f"projects.json: {project['id']!r} belongs to neither a city nor an organisation.")
    for session in data["sessions"]:
        ref("sessions", session, "room", rooms)
        for theme in session.get("themes", []):
            ref("sessions", {"id": session["id"], "theme": theme}, "theme", themes)
    codes = set()
    for booth in data["booths"]:
        code = booth.get("code")
        if not isinstance(code, str) or not records.BOOTH_CODE_RE.fullmatch(code):
            raise KioskError(f"booths.json: {code!r} is not a valid booth code (upper-case letters and digits).")
        if code in codes:
            raise KioskError(f"booths.json: the booth code {code!r} is used twice.")
        codes.add(code)
        ref("booths", booth, "hall", halls, required=True)
        if not all(isinstance(booth.get(k), (int, float)) for k in "xywh") or booth["w"] <= 0 or booth["h"] <= 0:
            raise KioskError(f"booths.json: booth {code!r} needs numbers x, y and a positive width w and depth h.")
        ref("booths", booth, "city", cities)
        ref("booths", booth, "organisation", orgs)
        if bool(booth.get("city")) == bool(booth.get("organisation")):
            raise KioskError(f"booths.json: booth {code!r} needs exactly one owner (a city or an organisation).")


def build(path: Path, source: Path, *, scale: int = 0, force: bool = False) -> Path:
    """Write a new demo database at `path`. It is built beside the target and moved into place when complete."""
    path = Path(path)
    if scale < 0:
        raise KioskError("--scale must be zero or a positive number of booths.")
    if path.exists() and not force:
        raise KioskError(f"{path} already exists; use --force to replace it.")
    data = load_source(source)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    _remove_db_files(partial)
    db = kdb.connect(partial)
    try:
        rows, links = records.rows_of(data)
        if scale:
            synthetic.add(rows, data, scale)
        writer.load(db, rows, links, ACTOR, f"demo data set, {scale} synthetic booths")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        db.close()
        _remove_db_files(partial)
        raise
    db.close()
    _remove_db_files(path)
    os.replace(partial, path)
    return path


def _remove_db_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def ensure(path: Path, source: Path) -> bool:
    """Create the database from the demo data set if it does not exist yet; True when it was created."""
    if Path(path).exists():
        return False
    build(path, source)
    return True
