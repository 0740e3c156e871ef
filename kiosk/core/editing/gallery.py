"""Logos and photos of cities, organisations and projects: attach, replace, remove, list.

Each picture is one row of the `media` table (owner_type is the entity type: city, organisation or project)
pointing at a file that kiosk.core.editing.media wrote under the media root. Files are content-addressed, so two rows
may share one file: removing a row keeps the file. Every write checks the principal first, through
entries.authorize, then the writer writes it with its audit row in one transaction.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlite_utils import Database

from kiosk.core.access.principal import Principal
from kiosk.core.common.errors import KioskError
from kiosk.core.editing import entries, media
from kiosk.core.store import database as kdb
from kiosk.core.store import writer

MAX_PHOTOS = 6


def set_logo(db: Database, principal: Principal, entity_type: str, entity_id: str, source: Path,
             media_root: Path) -> dict:
    """Give an entry a new logo (replacing its old one); returns the new media row."""
    _check(db, principal, entity_type, entity_id)
    ingested = media.ingest(source, media_root, kind="logo")
    return writer.set_logo(db, _row(entity_type, entity_id, "logo", ingested), principal.actor)


def add_photo(db: Database, principal: Principal, entity_type: str, entity_id: str, source: Path,
              media_root: Path) -> dict:
    """Add a photo after the entry's other photos; returns the new media row."""
    _check(db, principal, entity_type, entity_id)
    _check_room(db, entity_type, entity_id)  # before the work of cleaning the image
    ingested = media.ingest(source, media_root, kind="photo")
    with kdb.transaction(db):
        _check_room(db, entity_type, entity_id)
        return writer.add_photo(db, _row(entity_type, entity_id, "photo", ingested), principal.actor)


def remove_media(db: Database, principal: Principal, media_id: str) -> None:
    """Remove a logo or photo from its entry; the file stays (another row may use it)."""
    found = db.execute("SELECT owner_type, owner_id FROM media WHERE id = ?", [media_id]).fetchone()
    if found is None:
        raise KioskError("This picture does not exist any more.")
    owner_type, owner_id = found
    entries.authorize(db, principal, owner_type, owner_id)
    writer.remove_media(db, media_id, principal.actor)


def media_of(db: Database, entity_type: str, entity_id: str) -> dict:
    """{"logo": the logo row or None, "photos": the photo rows in order}."""
    cursor = db.execute("SELECT * FROM media WHERE owner_type = ? AND owner_id = ? ORDER BY position, id",
                        [entity_type, entity_id])
    columns = [d[0] for d in cursor.description]
    rows = [dict(zip(columns, values)) for values in cursor]
    logos = [r for r in rows if r["kind"] == "logo"]
    return {"logo": logos[-1] if logos else None, "photos": [r for r in rows if r["kind"] == "photo"]}


def _check(db: Database, principal: Principal, entity_type: str, entity_id: str) -> None:
    entries.authorize(db, principal, entity_type, entity_id)
    # A removed project still has an owner (its last version), but no page to show pictures on.
    if db.execute(f"SELECT 1 FROM {entity_type} WHERE id = ?", [entity_id]).fetchone() is None:
        raise KioskError(f"There is no {entity_type} with the id {entity_id!r}.")


def _check_room(db: Database, entity_type: str, entity_id: str) -> None:
    count = db.execute("SELECT count(*) FROM media WHERE owner_type = ? AND owner_id = ? AND kind = 'photo'",
                       [entity_type, entity_id]).fetchone()[0]
    if count >= MAX_PHOTOS:
        raise KioskError(f"This entry already has {MAX_PHOTOS} photos. Remove one before adding another.")


def _row(entity_type: str, entity_id: str, kind: str, ingested: media.Ingested) -> dict:
    return {"id": uuid.uuid4().hex, "owner_type": entity_type, "owner_id": entity_id, "kind": kind,
            "path": ingested.path, "mime": ingested.mime, "width": ingested.width, "height": ingested.height,
            "sha256": ingested.sha256, "alt": None, "position": 0}
