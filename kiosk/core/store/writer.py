"""The writer: every change to a content table passes through one function here, one per kind of change.

Each function writes its rows (texts cleaned: NFC, no control characters; stamped with actor and time), adds the
entry's version where it has one, records the change in the audit table and brings the search index up to date, as
one transaction (a savepoint inside the caller's). Callers check first who may make the change and whether its values
are valid (kiosk.core.editing, kiosk.core.spreadsheets, kiosk.core.floor); the writer writes what it is given, so a
change read back from elsewhere (a backup, another kiosk's journal) is written the same way.

`_record` is the one place every change passes after it is written, with its actor, time, table, id, fields and
the values written. Whoever listens (`listen`, the fleet's edit journal) is told each change once its transaction is
committed, never a change that was rolled back.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Callable, Iterable

from sqlite_utils import Database

from kiosk.core.common.text import clean, clean_texts
from kiosk.core.store import database as kdb
from kiosk.core.store import index, ordering, records, versions

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """One change as the writer made it: enough to make it again on another copy of the database."""

    action: str  # publish, revert, insert, delete, place-kiosk, config, set-logo, add-photo, remove-media,
    #              restore-media, …
    op: str | None  # "set" (these columns of the row), "create" (the row, whole), "remove", or None (no content)
    table: str | None
    row_id: str | None
    fields: list[str] | None
    values: dict | None  # the columns written (texts as {language: text}); None for a removal
    actor: str
    at: str
    detail: str | None


def listen(db: Database, callback: Callable[[Change], None], *, within: bool = False) -> None:
    """Tell `callback` every change written through this connection, after its transaction is committed; or, with
    `within`, inside the transaction, as it is written (what it writes then commits with the change, and an
    exception from it undoes the change)."""
    db.__dict__.setdefault("_within" if within else "_listeners", []).append(callback)


def unlisten(db: Database, callback: Callable[[Change], None]) -> None:
    for kind in ("_listeners", "_within"):
        listeners = db.__dict__.get(kind, [])
        if callback in listeners:
            listeners.remove(callback)


# The search index type of each table whose rows are search results.
SEARCH_TYPES = {"city": "city", "organisation": "exhibitor", "project": "project", "session": "session"}


# --- kinds of change ---------------------------------------------------------------------------------

def load(db: Database, rows: dict[str, list[dict]], links: dict[str, list[dict]], actor: str, detail: str) -> None:
    """Fill an empty database: every table's rows in dependency order, the link tables, the whole search index."""
    with kdb.transaction(db):
        for table in records.TABLE_ORDER:
            insert_many(db, table, rows.get(table, []), actor)
        for table, link_rows in links.items():
            insert_many(db, table, link_rows, actor, stamped=False)
        index.rebuild(db)
        ordering.fill(db)
        _record(db, actor, "build", detail=detail)


def save(db: Database, table: str, row: dict, actor: str, *, action: str | None = None,
         detail: str | None = None, at: str | None = None) -> None:
    """Insert or update one row (the columns given), audit it and refresh its search entries. `at` (default: now) is
    when the change was made, for one made again from another kiosk's journal."""
    at = at or kdb.now()
    prepared = prepare(row, actor, at)
    with kdb.transaction(db):
        existing = versions.exists(db, table, prepared["id"])
        if existing:
            _update(db, table, prepared["id"], {c: v for c, v in prepared.items() if c != "id"})
        else:
            _flush(db, table, [prepared])
        _record(db, actor, action or ("update" if existing else "insert"), table, prepared["id"],
                sorted(k for k in row if k != "id"), detail, op="set",
                values={k: v for k, v in row.items() if k != "id"}, at=at)
        reindex_row(db, table, prepared["id"])


def set_base_url(db: Database, url: str, actor: str, *, at: str | None = None) -> None:
    """Where every QR code of the show points (the event's base URL; the caller has checked it)."""
    at = at or kdb.now()
    with kdb.transaction(db):
        for (event_id,) in db.execute("SELECT id FROM event").fetchall():
            _update(db, "event", event_id, prepare({"base_url": url}, actor, at))
        _record(db, actor, "config", "event", None, ["base_url"], url, op="set", values={"base_url": url}, at=at)


def place_kiosk(db: Database, kiosk_id: str, hall_id: str, x: float, y: float, facing: float, actor: str) -> None:
    """Where a kiosk stands on the plan (the caller has checked that the place is in an aisle)."""
    save(db, "kiosk_point", {"id": kiosk_id, "hall_id": hall_id, "x": x, "y": y, "facing": facing}, actor,
         action="place-kiosk", detail=f"{hall_id} {x:g} {y:g} facing {facing:g}")


def publish(db: Database, entity_type: str, entity_id: str, new: dict, actor: str, *, action: str = "publish",
            note: str | None = None, at: str | None = None) -> int:
    """An entry's editable fields set to `new` (validated by the caller) as a new version; returns its number (the
    current one when nothing changed)."""
    with kdb.transaction(db):
        old = versions.current(db, entity_type, entity_id)
        changed = sorted(f for f in versions.EDITABLE[entity_type] if new[f] != old[f])
        if not changed:
            return versions.last_version(db, entity_type, entity_id) or 1
        last = keep_original(db, entity_type, entity_id)
        stamp = at or kdb.now()
        _update(db, entity_type, entity_id, prepare({f: versions.column(new[f]) for f in changed}, actor, stamp))
        _add_version(db, entity_type, entity_id, last + 1, new, changed, actor, stamp, note)
        _record(db, actor, action, entity_type, entity_id, changed, note, op="set",
                values={f: new[f] for f in changed}, at=stamp)
        reindex_row(db, entity_type, entity_id)
        return last + 1


def preview(db: Database, entity_type: str, entity_id: str, new: dict, actor: str, read: Callable):
    """What `read()` returns with the entry's editable fields set to `new`, without keeping them: they are written
    inside a savepoint that is always rolled back (so nothing is recorded)."""
    old = versions.current(db, entity_type, entity_id)
    changed = [f for f in versions.EDITABLE[entity_type] if new[f] != old[f]]
    if not changed:
        return read()
    row = prepare({f: versions.column(new[f]) for f in changed}, actor, kdb.now())
    db.execute("SAVEPOINT preview")
    try:
        _update(db, entity_type, entity_id, row)
        return read()
    finally:
        if db.conn.in_transaction:
            db.execute("ROLLBACK TO preview")
            db.execute("RELEASE preview")


def add_project(db: Database, project_id: str, city_id: str | None, organisation_id: str | None, state: dict,
                actor: str, *, action: str = "insert", note: str = "added", at: str | None = None,
                kept: dict | None = None) -> int:
    """A new project (or a removed one back) with its editable fields `state` and, for one brought back, the other
    columns its version kept (`kept`: source, note); returns its version number."""
    kept = {k: v for k, v in (kept or {}).items() if k in ("source", "note")}
    with kdb.transaction(db):
        stamp = at or kdb.now()
        row = prepare({"id": project_id, "city_id": city_id, "organisation_id": organisation_id, **kept,
                       **{f: versions.column(v) for f, v in state.items()}}, actor, stamp)
        _flush(db, "project", [row])
        fields = sorted(f for f, v in state.items() if v not in (None, {}))
        version = versions.last_version(db, "project", project_id) + 1
        _add_version(db, "project", project_id, version, state, fields, actor, stamp, note)
        _record(db, actor, action, "project", project_id, fields, note, op="create",
                values={"city_id": city_id, "organisation_id": organisation_id, **kept, **state}, at=stamp)
        reindex_row(db, "project", project_id)
        return version


def remove_project(db: Database, project_id: str, actor: str, *, at: str | None = None) -> int:
    """Delete a project and its search entries, keeping a last version (note 'removed') to restore it from."""
    with kdb.transaction(db):
        state = versions.current(db, "project", project_id)
        version = keep_original(db, "project", project_id) + 1
        at = at or kdb.now()
        _add_version(db, "project", project_id, version, state, [], actor, at, "removed")
        db.execute("DELETE FROM project WHERE id = ?", [project_id])
        _record(db, actor, "delete", "project", project_id, op="remove", at=at)
        reindex_row(db, "project", project_id)
        return version


def import_row(db: Database, table: str, key: str, row: dict, actor: str, *, new: bool, fields: list[str],
               columns: list[str], links: dict[str, tuple[str, list[dict]]], stamp: str, detail: str) -> None:
    """One row of an organizer's import (checked by the import): inserted or updated, with a version when its changed
    `columns` include fields staff can edit; `links` replaces link rows ({link table: (owner column, rows)});
    `fields` are the changed fields as the spreadsheet names them, for the audit. The import refreshes the search
    index once at its end (`imported`)."""
    prepared = prepare(row, actor, stamp)
    with kdb.transaction(db):
        if new:
            _flush(db, table, [prepared])
        else:
            versioned = sorted(set(columns) & set(versions.EDITABLE.get(table, {})))
            last = keep_original(db, table, key) if versioned else 0
            _update(db, table, key, {c: v for c, v in prepared.items() if c != "id"})
            if versioned:
                _add_version(db, table, key, last + 1, versions.current(db, table, key), versioned, actor, stamp,
                             "import")
        for link_table, (own, link_rows) in links.items():
            db.execute(f"DELETE FROM {link_table} WHERE {own} = ?", [key])
            insert_many(db, link_table, link_rows, actor, stamped=False)
        _record(db, actor, "import", table, key, fields, detail, op="create" if new else "set", values=row)


def imported(db: Database, touched: list[tuple[str, str]], actor: str, detail: str, *, rebuild: bool) -> None:
    """The end of an import: the search entries of the rows it touched (or the whole index) and its summary."""
    with kdb.transaction(db):
        if rebuild:
            index.rebuild(db)
            ordering.fill(db)
        else:
            for table, row_id in touched:
                reindex_row(db, table, row_id)
        _record(db, actor, "import", detail=detail)


def set_logo(db: Database, row: dict, actor: str, *, at: str | None = None) -> dict:
    """A new logo for the entry `row` names (its media row), replacing the old one; returns the row written."""
    at = at or kdb.now()
    row = prepare(row, actor, at)
    with kdb.transaction(db):
        _put_aside(db, "owner_type = ? AND owner_id = ? AND kind = 'logo'", [row["owner_type"], row["owner_id"]],
                   actor, at)  # the old logo can be put back
        _flush(db, "media", [row])
        _record(db, actor, "set-logo", row["owner_type"], row["owner_id"], detail=row["id"], op="create",
                values=_media_values(row), at=at)
    return row


def add_photo(db: Database, row: dict, actor: str, *, at: str | None = None) -> dict:
    """A photo (its media row) after the entry's other photos; returns the row written."""
    at = at or kdb.now()
    with kdb.transaction(db):
        row = {**row, "position": db.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM media WHERE owner_type = ? AND owner_id = ? AND kind = 'photo'",
            [row["owner_type"], row["owner_id"]]).fetchone()[0]}
        row = prepare(row, actor, at)
        _flush(db, "media", [row])
        _record(db, actor, "add-photo", row["owner_type"], row["owner_id"], detail=row["id"], op="create",
                values=_media_values(row), at=at)
    return row


def remove_media(db: Database, media_id: str, actor: str, *, at: str | None = None) -> None:
    """A logo or photo taken off its entry: its row goes to `media_removed` with who and when, so it can be put back
    (`restore_media`); the file stays."""
    at = at or kdb.now()
    with kdb.transaction(db):
        owner = db.execute("SELECT owner_type, owner_id FROM media WHERE id = ?", [media_id]).fetchone()
        _put_aside(db, "id = ?", [media_id], actor, at)
        if owner:
            _record(db, actor, "remove-media", owner[0], owner[1], detail=media_id, op="remove", at=at)


def restore_media(db: Database, media_id: str, actor: str, *, at: str | None = None) -> dict | None:
    """A removed logo or photo back on its entry, in its old place (a logo replaces the current one, which is put
    aside in turn); returns the row written, None when there is no such removed picture."""
    at = at or kdb.now()
    with kdb.transaction(db):
        cursor = db.execute(f"SELECT {', '.join(MEDIA_COLUMNS)} FROM media_removed WHERE id = ?", [media_id])
        found = cursor.fetchone()
        if found is None:
            return None
        row = dict(zip(MEDIA_COLUMNS, found))
        if row["kind"] == "logo":
            _put_aside(db, "owner_type = ? AND owner_id = ? AND kind = 'logo'", [row["owner_type"], row["owner_id"]],
                       actor, at)
        db.execute("DELETE FROM media_removed WHERE id = ?", [media_id])
        row = prepare(row, actor, at)
        _flush(db, "media", [row])
        _record(db, actor, "restore-media", row["owner_type"], row["owner_id"], detail=media_id, op="create",
                values=_media_values(row), at=at)
    return row


MEDIA_COLUMNS = ("id", "owner_type", "owner_id", "kind", "path", "mime", "width", "height", "sha256", "alt",
                 "position")


def _put_aside(db: Database, where: str, params: list, actor: str, at: str) -> None:
    """The media rows `where` selects moved to `media_removed`, stamped with who removed them and when."""
    columns = ", ".join((*MEDIA_COLUMNS, "updated_at", "updated_by"))
    db.execute(f"INSERT OR REPLACE INTO media_removed ({columns}, removed_at, removed_by) "
               f"SELECT {columns}, ?, ? FROM media WHERE {where}", [at, actor, *params])
    db.execute(f"DELETE FROM media WHERE {where}", params)


def audit(db: Database, actor: str, action: str, entity_type: str | None = None, entity_id: str | None = None,
          fields: list[str] | None = None, detail: str | None = None) -> None:
    """An event that changes no content (a sign-in, a PIN issued) in the audit trail, in the caller's transaction."""
    _record(db, actor, action, entity_type, entity_id, fields, detail)


# --- versions --------------------------------------------------------------------------------------

def keep_original(db: Database, entity_type: str, entity_id: str) -> int:
    """The last version number; before the first change, stores the entry as it is as version 1."""
    last = versions.last_version(db, entity_type, entity_id)
    if last == 0:
        at, by = db.execute(f"SELECT updated_at, updated_by FROM {entity_type} WHERE id = ?", [entity_id]).fetchone()
        _add_version(db, entity_type, entity_id, 1, versions.current(db, entity_type, entity_id), [], by, at,
                     "original")
        last = 1
    return last


def _add_version(db: Database, entity_type: str, entity_id: str, version: int, state: dict, fields: list[str],
                 actor: str, at: str, note: str | None) -> None:
    data = dict(state)
    kept = versions.KEPT.get(entity_type)
    if kept:  # the owner and the other columns too, so a removed entry can be restored whole
        row = db.execute(f"SELECT {', '.join(kept)} FROM {entity_type} WHERE id = ?", [entity_id]).fetchone()
        data.update(zip(kept, row))
    db.execute("INSERT INTO entity_version (entity_type, entity_id, version, data, fields, actor, at, note) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               [entity_type, entity_id, version, json.dumps(data, ensure_ascii=False), json.dumps(fields),
                actor, at, note])


# --- rows ------------------------------------------------------------------------------------------

def _record(db: Database, actor: str, action: str, entity_type: str | None = None, entity_id: str | None = None,
            fields: list[str] | None = None, detail: str | None = None, *, op: str | None = None,
            values: dict | None = None, at: str | None = None) -> None:
    at = at or kdb.now()
    db.execute(
        "INSERT INTO audit (at, actor, action, entity_type, entity_id, fields, detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [at, actor, action, entity_type, entity_id, json.dumps(fields) if fields is not None else None, detail],
    )
    listeners, within = db.__dict__.get("_listeners"), db.__dict__.get("_within")
    if listeners or within:
        change = Change(action, op, entity_type, entity_id, fields, values, actor, at, detail)
        for callback in list(within or ()):
            callback(change)
        if listeners:
            kdb.after_commit(db, lambda: _tell(list(listeners), change))


def _tell(listeners: list[Callable[[Change], None]], change: Change) -> None:
    for callback in listeners:
        try:
            callback(change)
        except Exception:  # the change is committed; a listener that fails must not undo the visitor's or staff's work
            log.exception("A listener could not take the change %s %s %s", change.action, change.table, change.row_id)


def _media_values(row: dict) -> dict:
    return {k: row[k] for k in MEDIA_COLUMNS}


def _update(db: Database, table: str, row_id: str, values: dict) -> None:
    db.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in values)} WHERE id = ?",
               [*values.values(), row_id])


def prepare(row: dict, actor: str, stamp: str) -> dict:
    """A row ready for SQLite: texts cleaned, JSON for objects and lists, stamped."""
    out = {}
    for key, value in row.items():
        if isinstance(value, dict):
            value = json.dumps(clean_texts(value), ensure_ascii=False)
        elif isinstance(value, list):
            value = json.dumps(_clean_json(value), ensure_ascii=False)
        elif isinstance(value, str):
            value = clean(value)
        elif isinstance(value, bool):
            value = int(value)
        out[key] = value
    out["updated_at"] = stamp
    out["updated_by"] = actor
    return out


def _clean_json(value):
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [_clean_json(v) for v in value]
    if isinstance(value, dict):
        return {clean(k): _clean_json(v) for k, v in value.items()}
    return value


def insert_many(db: Database, table: str, rows: Iterable[dict], actor: str, *, stamped: bool = True) -> int:
    """Bulk insert in the caller's transaction; returns the number of rows. The caller rebuilds the index."""
    stamp = kdb.now()
    count = 0
    batch: list[dict] = []
    for row in rows:
        batch.append(prepare(row, actor, stamp) if stamped else row)
        if len(batch) >= 5000:
            count += _flush(db, table, batch)
            batch = []
    return count + _flush(db, table, batch)


def _flush(db: Database, table: str, batch: list[dict]) -> int:
    if not batch:
        return 0
    columns = list(batch[0])
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    db.conn.executemany(sql, [[row.get(c) for c in columns] for row in batch])
    return len(batch)


def reindex_row(db: Database, table: str, row_id: str) -> None:
    """Refresh the search entries that show this row (dropping them if it is gone) and the sort keys it decides, in
    the caller's transaction."""
    ordering.refresh(db, table, row_id)
    for type_, entity_id in _indexed_by(db, table, row_id):
        index.reindex(db, type_, entity_id)


def _indexed_by(db: Database, table: str, row_id: str) -> list[tuple[str, str]]:
    """Search entries that show this row's text: the row itself and those that borrow its names."""
    entries = [(SEARCH_TYPES[table], row_id)] if table in SEARCH_TYPES else []
    if table in ("city", "organisation"):  # a project is found by its owner's name
        column = "city_id" if table == "city" else "organisation_id"
        entries += [("project", pid) for (pid,) in db.execute(f"SELECT id FROM project WHERE {column} = ?", [row_id])]
    elif table == "country":  # cities and organisations are found by their country's name
        entries += [("city", cid) for (cid,) in db.execute("SELECT id FROM city WHERE country_id = ?", [row_id])]
        entries += [("exhibitor", oid) for (oid,) in db.execute(
            "SELECT id FROM organisation WHERE country_id = ?", [row_id])]
    elif table == "booth":  # an owner is found by its booth code
        owner = db.execute("SELECT city_id, organisation_id FROM booth WHERE id = ?", [row_id]).fetchone()
        if owner and owner[0]:
            entries.append(("city", owner[0]))
        elif owner and owner[1]:
            entries.append(("exhibitor", owner[1]))
    return entries
