"""Logos and photos of cities, organisations and projects: attach, replace, remove, list.

Each picture is one row of the `media` table (owner_type is the entity type: city, organisation or project)
pointing at a file that kiosk.core.editing.media wrote under the media root. Files are content-addressed, so two rows
may share one file. A picture removed (or a logo replaced) is kept in `media_removed` with who removed it and when,
and can be put back; no file is ever deleted. Every write checks the principal first, through entries.authorize,
then the writer writes it with its audit row in one transaction.
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
REMOVED_SHOWN = 12  # removed pictures offered to put back, newest first


class Refused(KioskError):
    """A picture that is not added: `reason` is "duplicate" (the entry has it already) or "full" (six photos)."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


def set_logo(db: Database, principal: Principal, entity_type: str, entity_id: str, source: Path,
             media_root: Path) -> dict:
    """Give an entry a new logo (replacing its old one); returns the new media row."""
    check_room(db, principal, entity_type, entity_id, "logo")
    return attach(db, principal, entity_type, entity_id, "logo", media.ingest(source, media_root, kind="logo"))


def add_photo(db: Database, principal: Principal, entity_type: str, entity_id: str, source: Path,
              media_root: Path) -> dict:
    """Add a photo after the entry's other photos; returns the new media row."""
    check_room(db, principal, entity_type, entity_id, "photo")  # before the work of cleaning the image
    return attach(db, principal, entity_type, entity_id, "photo", media.ingest(source, media_root, kind="photo"))


def check_room(db: Database, principal: Principal, entity_type: str, entity_id: str, kind: str) -> None:
    """Whether this person may give the entry a picture of this kind ("logo" or "photo"), before it is cleaned."""
    _check(db, principal, entity_type, entity_id)
    if kind == "photo":
        _check_room(db, entity_type, entity_id)


def attach(db: Database, principal: Principal, entity_type: str, entity_id: str, kind: str,
           ingested: media.Ingested) -> dict:
    """A picture media.ingest has cleaned and stored, put on the entry as its logo or as one more photo; everything
    is checked again (cleaning a large photo takes a while, on another thread). Returns the new media row."""
    _check(db, principal, entity_type, entity_id)
    with kdb.transaction(db):
        if kind == "photo":
            _check_room(db, entity_type, entity_id)
        _check_new(db, entity_type, entity_id, kind, ingested.sha256)
        row = _row(entity_type, entity_id, kind, ingested)
        return (writer.set_logo if kind == "logo" else writer.add_photo)(db, row, principal.actor)


def remove_media(db: Database, principal: Principal, media_id: str) -> None:
    """Remove a logo or photo from its entry; it is kept among the removed pictures (and the file stays)."""
    found = db.execute("SELECT owner_type, owner_id FROM media WHERE id = ?", [media_id]).fetchone()
    if found is None:
        raise KioskError("This picture does not exist any more.")
    owner_type, owner_id = found
    entries.authorize(db, principal, owner_type, owner_id)
    writer.remove_media(db, media_id, principal.actor)


def restore_media(db: Database, principal: Principal, media_id: str) -> dict:
    """Put a removed logo or photo back on its entry (a logo replaces the current one); returns its row."""
    found = db.execute("SELECT owner_type, owner_id, kind, sha256 FROM media_removed WHERE id = ?",
                       [media_id]).fetchone()
    if found is None:
        raise KioskError("This picture cannot be put back any more.")
    owner_type, owner_id, kind, sha256 = found
    _check(db, principal, owner_type, owner_id)
    with kdb.transaction(db):
        if kind == "photo":
            _check_room(db, owner_type, owner_id)
        _check_new(db, owner_type, owner_id, kind, sha256)
        return writer.restore_media(db, media_id, principal.actor)


def removed_of(db: Database, entity_type: str, entity_id: str) -> list[dict]:
    """The entry's removed pictures that can be put back, newest first (one per file, none it shows now): the media
    row with `removed_at`, `removed_by` and `removed_by_name` (the staff member's name, when known)."""
    cursor = db.execute(
        "SELECT r.*, s.name AS removed_by_name FROM media_removed r "
        "LEFT JOIN staff s ON r.removed_by = s.role || ':' || s.id "
        "WHERE r.owner_type = ? AND r.owner_id = ? "
        "AND r.path NOT IN (SELECT path FROM media WHERE owner_type = r.owner_type AND owner_id = r.owner_id) "
        "ORDER BY r.removed_at DESC, r.rowid DESC", [entity_type, entity_id])
    columns = [d[0] for d in cursor.description]
    out, seen = [], set()
    for values in cursor:
        row = dict(zip(columns, values))
        if row["path"] not in seen:
            seen.add(row["path"])
            out.append(row)
    return out[:REMOVED_SHOWN]


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
        raise Refused("full", f"This entry already has {MAX_PHOTOS} photos. Remove one before adding another.")


def _check_new(db: Database, entity_type: str, entity_id: str, kind: str, sha256: str) -> None:
    """The same picture twice is refused: the same cleaned file as the logo, or as one of the photos."""
    if db.execute("SELECT 1 FROM media WHERE owner_type = ? AND owner_id = ? AND kind = ? AND sha256 = ?",
                  [entity_type, entity_id, kind, sha256]).fetchone():
        raise Refused("duplicate", f"This picture is already this entry's {'logo' if kind == 'logo' else 'photo'}.")


def _row(entity_type: str, entity_id: str, kind: str, ingested: media.Ingested) -> dict:
    return {"id": uuid.uuid4().hex, "owner_type": entity_type, "owner_id": entity_id, "kind": kind,
            "path": ingested.path, "mime": ingested.mime, "width": ingested.width, "height": ingested.height,
            "sha256": ingested.sha256, "alt": None, "position": 0}
