"""Read queries over the content tables. Texts come back in one language, falling back to English."""

from __future__ import annotations

import json

from sqlite_utils import Database

from kiosk.core import qr
from kiosk.core.errors import KioskError
from kiosk.core.text import pick

# Texts a visitor reads, per table: what `missing_translations` checks.
VISITOR_TEXTS = {
    "event": ("name", "short_name", "theme", "description", "venue"),
    "country": ("name",),
    "focus_area": ("name", "summary"),
    "city": ("name", "vision", "profile"),
    "organisation": ("name", "description"),
    "project": ("title", "description", "status"),
    "session": ("title", "description"),
    "hall": ("name",),
    "hall_feature": ("name",),
    "room": ("name",),
    "theme": ("name",),
}
COUNTED = {"cities": "city", "countries": "country", "focus_areas": "focus_area", "exhibitors": "organisation",
           "projects": "project", "sessions": "session", "booths": "booth", "halls": "hall"}
# Tables behind the entity kinds that have pages (and QR codes).
ENTITY_TABLES = {"city": "city", "exhibitor": "organisation", "project": "project", "session": "session",
                 "booth": "booth"}


def event(db: Database, lang: str = "en") -> dict:
    row = db.execute("SELECT * FROM event LIMIT 1").fetchone()
    if row is None:
        raise KioskError("The database has no event yet.")
    columns = [d[0] for d in db.execute("SELECT * FROM event LIMIT 0").description]
    data = dict(zip(columns, row))
    for key in VISITOR_TEXTS["event"]:
        data[key] = pick(json.loads(data[key]), lang) if data[key] else ""
    return data


def counts(db: Database) -> dict[str, int]:
    return {name: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for name, table in COUNTED.items()}


def missing_translations(db: Database, langs: tuple[str, ...] = ("en", "th")) -> dict[str, int]:
    """For each language, how many visitor texts lack it."""
    out = {}
    for lang in langs:
        total = 0
        for table, fields in VISITOR_TEXTS.items():
            for field in fields:
                total += db.execute(
                    f"SELECT count(*) FROM {table} WHERE {field} IS NOT NULL "
                    f"AND coalesce(json_extract({field}, ?), '') = ''", [f'$."{lang}"']).fetchone()[0]
        out[lang] = total
    return out


def exists(db: Database, kind: str, entity_id: str) -> bool:
    table = ENTITY_TABLES.get(kind)
    if table is None:
        raise KioskError(f"There is no kind of page called {kind!r}.")
    return db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [entity_id]).fetchone() is not None


def page_url(db: Database, kind: str, entity_id: str, *, allow_http: bool = False) -> str:
    """The public address a QR code carries for an entity: its own URL if it has one, else under the base URL."""
    if not exists(db, kind, entity_id):
        raise KioskError(f"There is no {kind} with the id {entity_id!r}.")
    if kind == "project":
        own = db.execute("SELECT url FROM project WHERE id = ?", [entity_id]).fetchone()[0]
        if own:
            return qr.check_url(own, allow_http=allow_http)
    base = db.execute("SELECT base_url FROM event LIMIT 1").fetchone()
    if base is None:
        raise KioskError("The database has no event, so there is no base URL for QR codes.")
    return qr.payload_url(base[0], kind, entity_id, allow_http=allow_http)
