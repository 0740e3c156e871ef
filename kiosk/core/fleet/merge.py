"""Journal entries made again on a database, in the one order every kiosk uses.

A kiosk's database is its base (the content package it started from) with every journal entry applied on top in the
order of their stamps (then kiosk id, then number). Entries that arrive in that order are applied as they come. An
entry that arrives late (stamped before one already applied: two kiosks edited while cut off from each other)
means the order must be kept by building the database again from its base (`rebuild`), which the kiosk does when no
visitor is using it. So every kiosk holding the same files has the same content, the later of two concurrent edits
wins everywhere, and the earlier stays in the entry's history, where Restore can bring it back.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from sqlite_utils import Database

from kiosk.core.fleet.clock import Stamp
from kiosk.core.fleet.journal import Entry
from kiosk.core.store import database as kdb
from kiosk.core.store import versions, writer


def applied(db: Database) -> set[tuple[str, int]]:
    return {(kiosk, seq) for kiosk, seq in db.execute("SELECT kiosk, seq FROM fleet_applied")}


def last_applied(db: Database) -> tuple | None:
    """The order of the last entry applied here (None before any)."""
    row = db.execute("SELECT stamp, kiosk, seq FROM fleet_applied ORDER BY stamp DESC, kiosk DESC, seq DESC "
                     "LIMIT 1").fetchone()
    return None if row is None else (Stamp.parse(row[0]), row[1], row[2])


def applied_count(db: Database) -> int:
    return db.execute("SELECT count(*) FROM fleet_applied").fetchone()[0]


def package_in_use(db: Database) -> int | None:
    """The version of the content package this database was built from (None before the first)."""
    row = db.execute("SELECT version FROM fleet_package WHERE key = 'current'").fetchone()
    return row[0] if row else None


def mark(db: Database, entry: Entry) -> None:
    db.execute("INSERT OR IGNORE INTO fleet_applied (kiosk, seq, stamp) VALUES (?, ?, ?)",
               [entry.kiosk, entry.seq, entry.stamp.text()])


def pending(db: Database, entries: Iterable[Entry], done: set[tuple[str, int]] | None = None
            ) -> tuple[list[Entry], bool]:
    """The entries not applied here yet (`done`: those applied, when already read), and whether they can be
    applied on top (all after the last applied)."""
    done = applied(db) if done is None else done
    new = [e for e in entries if (e.kiosk, e.seq) not in done]
    last = last_applied(db)
    return new, last is None or all(e.order > last for e in new)


class NotYet(Exception):
    """An entry whose picture has not arrived yet: it and every later entry wait for the next look."""


@dataclass(frozen=True)
class Pictures:
    """Where pictures travel (each kiosk's journal folder, `media/` inside it) and where this kiosk serves them."""

    journals: Path
    media_root: Path


def apply(db: Database, entries: Iterable[Entry], pictures: Pictures | None = None) -> int:
    """Apply entries in order, each with its bookkeeping in one transaction; returns how many were applied. Stops
    before an entry whose picture has not arrived (the rest keep their order and wait)."""
    count = 0
    for entry in sorted(entries, key=lambda e: e.order):
        try:
            with kdb.transaction(db):
                if db.execute("SELECT 1 FROM fleet_applied WHERE kiosk = ? AND seq = ?",
                              [entry.kiosk, entry.seq]).fetchone() is None:
                    _make(db, entry, pictures)
                    mark(db, entry)
                    count += 1
        except NotYet:
            break
    return count


def rebuild(base: Path, entries: Iterable[Entry], target: Path, pictures: Pictures | None = None) -> int:
    """A new database at `target`: a copy of `base` with every entry it lacks applied in order. Built beside the
    target and moved into place when complete; returns how many entries were applied."""
    target = Path(target)
    partial = target.with_name(target.name + ".rebuild")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    source = sqlite3.connect(str(base))
    try:
        source.execute("VACUUM INTO ?", [str(partial)])
    finally:
        source.close()
    db = kdb.connect(partial)
    try:
        count = apply(db, entries, pictures)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    shutil.move(str(partial), str(target))
    return count


def _make(db: Database, entry: Entry, pictures: Pictures | None) -> None:
    """The change made again through the writer, as its kiosk made it."""
    c = entry.change
    if c.action in ("set-logo", "add-photo"):
        row = dict(c.values)
        if pictures is not None:
            source = pictures.journals / entry.kiosk / "media" / row["path"]
            target = pictures.media_root / row["path"]
            if not target.exists():
                if not source.exists():
                    raise NotYet(row["path"])
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
        (writer.set_logo if c.action == "set-logo" else writer.add_photo)(db, row, c.actor, at=c.at)
        return
    if c.action == "remove-media":
        writer.remove_media(db, c.detail, c.actor, at=c.at)
        return
    if c.action == "restore-media":
        writer.restore_media(db, c.detail, c.actor, at=c.at)
        return
    if c.op == "remove":
        if c.table == "project" and versions.exists(db, "project", c.row_id):
            writer.remove_project(db, c.row_id, c.actor, at=c.at)
        return
    values = dict(c.values or {})
    if c.table == "event":
        if "base_url" in values:
            writer.set_base_url(db, values["base_url"], c.actor, at=c.at)
        return
    if c.table in versions.EDITABLE:
        if versions.exists(db, c.table, c.row_id):
            state = versions.current(db, c.table, c.row_id)
            state.update({f: v for f, v in values.items() if f in state})
            writer.publish(db, c.table, c.row_id, state, c.actor, action=c.action, note=c.detail, at=c.at)
        elif c.op == "create" and c.table == "project":
            state = {f: values.get(f, {} if kind == "texts" else None)
                     for f, kind in versions.EDITABLE["project"].items()}
            writer.add_project(db, c.row_id, values.get("city_id"), values.get("organisation_id"), state, c.actor,
                               action=c.action, note=c.detail, at=c.at, kept=values)
        return  # an edit of an entry this database does not hold (removed before it, in the order): nothing to do
    writer.save(db, c.table, {"id": c.row_id, **values}, c.actor, action=c.action, detail=c.detail, at=c.at)
