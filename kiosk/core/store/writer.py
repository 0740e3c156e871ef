"""The writer path: rows are cleaned (NFC, no control characters), stamped, audited and indexed."""

from __future__ import annotations

import json
from typing import Iterable

from sqlite_utils import Database

from kiosk.core.common.text import clean, clean_texts
from kiosk.core.store import database as kdb
from kiosk.core.store import index

# The search index type of each table whose rows are search results.
SEARCH_TYPES = {"city": "city", "organisation": "exhibitor", "project": "project", "session": "session"}


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


def save(db: Database, table: str, row: dict, actor: str) -> None:
    """Insert or update one content row, audit it and refresh its search entries, as one transaction."""
    prepared = prepare(row, actor, kdb.now())
    with kdb.transaction(db):
        existing = db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [prepared["id"]]).fetchone()
        columns = [c for c in prepared if c != "id"]
        if existing:
            db.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                       [prepared[c] for c in columns] + [prepared["id"]])
        else:
            _flush(db, table, [prepared])
        kdb.audit(db, actor, "update" if existing else "insert", table, prepared["id"],
                  sorted(k for k in row if k != "id"))
        reindex_row(db, table, prepared["id"])


def reindex_row(db: Database, table: str, row_id: str) -> None:
    """Refresh the search entries that show this row (dropping them if it is gone), in the caller's transaction."""
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
