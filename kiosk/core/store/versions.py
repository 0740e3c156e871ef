"""What an entry's versions hold, and reading them back.

A city, an organisation or a project keeps every published state of its editable fields in `entity_version`, so
staff can restore any of them and a removed project can come back. The writer adds versions; this module says which
fields they hold and reads them.
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from kiosk.core.common.errors import KioskError

# The fields staff may change per entity type (a table), and the kind of value each holds; a version holds these.
EDITABLE = {
    "city": {"name": "texts", "vision": "texts", "profile": "texts"},
    "organisation": {"name": "texts", "short_name": "plain", "description": "texts", "website": "url",
                     "contact_email": "email"},
    "project": {"title": "texts", "description": "texts", "status": "texts", "status_year": "year", "url": "url",
                "focus_area_id": "focus_area"},
}

# What else a version holds of an entry that can be removed, so that restoring it brings the row back whole: the
# owner and the columns staff cannot edit (an organizer's import fills them).
KEPT = {"project": ("city_id", "organisation_id", "source", "note")}


def fields_of(entity_type: str) -> dict:
    if entity_type not in EDITABLE:
        raise KioskError(f"Entries of type {entity_type!r} cannot be edited.")
    return EDITABLE[entity_type]


def current(db: Database, entity_type: str, entity_id: str) -> dict:
    """The editable fields of an entry; texts as `{language: text}` (empty when there is none)."""
    fields = fields_of(entity_type)
    row = db.execute(f"SELECT {', '.join(fields)} FROM {entity_type} WHERE id = ?", [entity_id]).fetchone()
    if row is None:
        raise KioskError(f"There is no {entity_type} with the id {entity_id!r}.")
    return {field: (json.loads(value) if value else {}) if fields[field] == "texts" else value
            for field, value in zip(fields, row)}


def last_version(db: Database, entity_type: str, entity_id: str) -> int:
    return db.execute("SELECT coalesce(max(version), 0) FROM entity_version WHERE entity_type = ? AND entity_id = ?",
                      [entity_type, entity_id]).fetchone()[0]


def version_data(db: Database, entity_type: str, entity_id: str, version: int) -> dict | None:
    """The state a version holds (a project's owner, source and note too); version 1 of an entry never published is the entry."""
    row = db.execute("SELECT data FROM entity_version WHERE entity_type = ? AND entity_id = ? AND version = ?",
                     [entity_type, entity_id, version]).fetchone()
    if row:
        return json.loads(row[0])
    if version == 1 and last_version(db, entity_type, entity_id) == 0 and exists(db, entity_type, entity_id):
        return current(db, entity_type, entity_id)
    return None


def exists(db: Database, table: str, row_id: str) -> bool:
    return db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone() is not None


def column(value):
    """A field's value as its column holds it: no text in any language is NULL."""
    return (value or None) if isinstance(value, dict) else value
