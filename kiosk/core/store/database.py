"""The one place that opens the database: pragmas, schema migrations, transactions."""

from __future__ import annotations

import contextlib
import datetime
import os
import sqlite3
from pathlib import Path
from typing import Callable, Iterator

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from kiosk.core.common import files
from kiosk.core.common.errors import KioskError
from kiosk.core.store import index

BUSY_TIMEOUT_MS = 5000
STEP_PAGES = 1024  # pages a live copy takes at a time

migrations = Migrations("kiosk")

# Content tables: every row has a stable text id, updated_at and updated_by.
CONTENT_TABLES = ("event", "country", "focus_area", "city", "organisation", "project",
                  "hall", "hall_feature", "booth", "kiosk_point", "room", "theme", "session", "media")

ORGANISATION_KINDS = ("city_pavilion", "exhibitor", "partner_delegation", "organiser")
FEATURE_KINDS = ("aisle", "wall", "entrance", "stage", "registration", "information", "toilet", "lift", "stairs")
SESSION_KINDS = ("ceremony", "keynote", "talk", "panel", "meeting", "workshop", "site-visit", "social", "launch")

_STAMP = "updated_at TEXT NOT NULL, updated_by TEXT NOT NULL"


@migrations()
def m001_schema(db: Database) -> None:
    """The first schema. Texts a visitor reads are JSON objects keyed by language code."""
    kinds = lambda values: ", ".join(f"'{v}'" for v in values)  # noqa: E731
    statements = [
        f"""CREATE TABLE event (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, short_name TEXT, theme TEXT, description TEXT,
            starts_on TEXT NOT NULL, ends_on TEXT NOT NULL, timezone TEXT NOT NULL,
            venue TEXT, venue_lat REAL, venue_lon REAL, base_url TEXT NOT NULL,
            source TEXT, note TEXT, {_STAMP})""",
        f"""CREATE TABLE country (
            id TEXT PRIMARY KEY, iso2 TEXT, name TEXT NOT NULL, asean INTEGER NOT NULL DEFAULT 0,
            g20 INTEGER NOT NULL DEFAULT 0, source TEXT, note TEXT, {_STAMP})""",
        f"""CREATE TABLE focus_area (
            id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, summary TEXT,
            source TEXT, note TEXT, {_STAMP})""",
        f"""CREATE TABLE city (
            id TEXT PRIMARY KEY, country_id TEXT NOT NULL REFERENCES country(id),
            name TEXT NOT NULL, local_lang TEXT, aliases TEXT NOT NULL DEFAULT '[]',
            lat REAL, lon REAL, area_km2 REAL, population INTEGER, density_per_km2 REAL, figures_year INTEGER,
            vision TEXT, profile TEXT, chief_officer TEXT, source TEXT, note TEXT, {_STAMP})""",
        """CREATE TABLE city_focus_area (
            city_id TEXT NOT NULL REFERENCES city(id) ON DELETE CASCADE,
            focus_area_id TEXT NOT NULL REFERENCES focus_area(id),
            PRIMARY KEY (city_id, focus_area_id))""",
        f"""CREATE TABLE organisation (
            id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ({kinds(ORGANISATION_KINDS)})),
            name TEXT NOT NULL, short_name TEXT, country_id TEXT REFERENCES country(id),
            city_id TEXT REFERENCES city(id), description TEXT, website TEXT, contact_email TEXT,
            source TEXT, note TEXT, {_STAMP})""",
        f"""CREATE TABLE project (
            id TEXT PRIMARY KEY, city_id TEXT REFERENCES city(id), organisation_id TEXT REFERENCES organisation(id),
            focus_area_id TEXT REFERENCES focus_area(id), title TEXT NOT NULL, description TEXT, status TEXT,
            status_year INTEGER, url TEXT, source TEXT, note TEXT, {_STAMP},
            CHECK (city_id IS NOT NULL OR organisation_id IS NOT NULL))""",
        "CREATE INDEX project_city ON project(city_id)",
        "CREATE INDEX project_organisation ON project(organisation_id)",
        "CREATE INDEX project_focus_area ON project(focus_area_id)",
        f"""CREATE TABLE hall (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, width_m REAL NOT NULL, depth_m REAL NOT NULL,
            level INTEGER NOT NULL DEFAULT 0, note TEXT, {_STAMP})""",
        f"""CREATE TABLE hall_feature (
            id TEXT PRIMARY KEY, hall_id TEXT NOT NULL REFERENCES hall(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ({kinds(FEATURE_KINDS)})), name TEXT,
            x REAL NOT NULL, y REAL NOT NULL, w REAL NOT NULL, h REAL NOT NULL, {_STAMP})""",
        f"""CREATE TABLE booth (
            id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, hall_id TEXT NOT NULL REFERENCES hall(id),
            x REAL NOT NULL, y REAL NOT NULL, w REAL NOT NULL CHECK (w > 0), h REAL NOT NULL CHECK (h > 0),
            city_id TEXT REFERENCES city(id), organisation_id TEXT REFERENCES organisation(id),
            note TEXT, {_STAMP},
            CHECK (city_id IS NULL OR organisation_id IS NULL))""",
        "CREATE INDEX booth_hall ON booth(hall_id, x)",
        "CREATE INDEX booth_city ON booth(city_id)",
        "CREATE INDEX booth_organisation ON booth(organisation_id)",
        f"CREATE TABLE room (id TEXT PRIMARY KEY, name TEXT NOT NULL, {_STAMP})",
        f"CREATE TABLE theme (id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, {_STAMP})",
        f"""CREATE TABLE session (
            id TEXT PRIMARY KEY, day TEXT NOT NULL, starts_at TEXT, ends_at TEXT,
            room_id TEXT REFERENCES room(id), kind TEXT NOT NULL CHECK (kind IN ({kinds(SESSION_KINDS)})),
            title TEXT NOT NULL, description TEXT, speakers TEXT NOT NULL DEFAULT '[]',
            source TEXT, note TEXT, {_STAMP})""",
        "CREATE INDEX session_day ON session(day, starts_at)",
        """CREATE TABLE session_theme (
            session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            theme_id TEXT NOT NULL REFERENCES theme(id),
            PRIMARY KEY (session_id, theme_id))""",
        f"""CREATE TABLE media (
            id TEXT PRIMARY KEY, owner_type TEXT NOT NULL, owner_id TEXT NOT NULL, kind TEXT NOT NULL,
            path TEXT NOT NULL, mime TEXT, width INTEGER, height INTEGER, sha256 TEXT, alt TEXT,
            position INTEGER NOT NULL DEFAULT 0, {_STAMP})""",
        "CREATE INDEX media_owner ON media(owner_type, owner_id)",
        """CREATE TABLE audit (
            id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
            entity_type TEXT, entity_id TEXT, fields TEXT, detail TEXT)""",
        "CREATE INDEX audit_entity ON audit(entity_type, entity_id)",
    ]
    for sql in statements:
        db.execute(sql)
    index.create_tables(db)  # the search index is part of the schema


@migrations()
def m002_wayfinding(db: Database) -> None:
    """Where each kiosk of the fleet stands, and which lifts, stairs and doors join halls."""
    # Features that share a `link` value are joined: a lift or stairs between levels, a door between halls.
    db.execute("ALTER TABLE hall_feature ADD COLUMN link TEXT")
    # `facing`: degrees clockwise from the top of the plan (0 faces the front wall, 180 the back of the hall).
    db.execute(f"""CREATE TABLE kiosk_point (
        id TEXT PRIMARY KEY, name TEXT, hall_id TEXT NOT NULL REFERENCES hall(id),
        x REAL NOT NULL, y REAL NOT NULL, facing REAL NOT NULL DEFAULT 0, note TEXT, {_STAMP})""")


@migrations()
def m003_staff(db: Database) -> None:
    """Booth staff and organizers with PINs, login throttling, and every published version of an entry."""
    # A staff member looks after one owner (a city or an organisation) and so its booths and projects; an
    # organizer looks after everything. `pin_hash` is scrypt over the PIN keyed with a secret kept outside the
    # database (the pepper file): the database alone cannot be used to test PINs.
    db.execute(f"""CREATE TABLE staff (
        id TEXT PRIMARY KEY, role TEXT NOT NULL CHECK (role IN ('staff', 'organizer')),
        owner_type TEXT CHECK (owner_type IN ('city', 'organisation')), owner_id TEXT, name TEXT,
        pin_hash TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT, {_STAMP},
        CHECK ((role = 'organizer') = (owner_type IS NULL)))""")
    db.execute("CREATE INDEX staff_owner ON staff(owner_type, owner_id)")
    # Wrong PINs per login key (a booth's owner, or 'organizer'): the count and until when logins wait.
    db.execute("""CREATE TABLE login_throttle (
        key TEXT PRIMARY KEY, failures INTEGER NOT NULL DEFAULT 0, locked_until REAL NOT NULL DEFAULT 0)""")
    # One row per published version of a city, organisation or project: the whole row as JSON.
    db.execute("""CREATE TABLE entity_version (
        id INTEGER PRIMARY KEY, entity_type TEXT NOT NULL, entity_id TEXT NOT NULL, version INTEGER NOT NULL,
        data TEXT NOT NULL, fields TEXT NOT NULL DEFAULT '[]', actor TEXT NOT NULL, at TEXT NOT NULL,
        note TEXT, UNIQUE (entity_type, entity_id, version))""")



@migrations()
def m004_fleet(db: Database) -> None:
    """Which journal entries of the fleet this database holds (kiosk.core.fleet)."""
    # One row per entry applied (or written) here; `stamp` is its hybrid-clock stamp, which orders all entries.
    db.execute("""CREATE TABLE fleet_applied (
        kiosk TEXT NOT NULL, seq INTEGER NOT NULL, stamp TEXT NOT NULL, PRIMARY KEY (kiosk, seq))""")
    db.execute("CREATE INDEX fleet_applied_stamp ON fleet_applied(stamp)")
    # Changes made here and committed, waiting to be written to this kiosk's journal (in the change's transaction, so
    # a kiosk killed after the commit still journals them at its next start).
    db.execute("CREATE TABLE fleet_unsent (stamp TEXT NOT NULL, change TEXT NOT NULL)")
    # The content package this database was built from (kiosk.core.fleet.package).
    db.execute("CREATE TABLE fleet_package (key TEXT PRIMARY KEY, version INTEGER NOT NULL, taken_at TEXT NOT NULL)")

def connect(path: str | Path, *, create: bool = True, migrate: bool = True) -> Database:
    """Open (or create) a kiosk database with the house pragmas and, unless told not to, the schema up to date."""
    path = Path(path)
    if not create and not path.exists():
        raise KioskError(f"There is no database at {path}.")
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(_open(path), execute_plugins=False)
    try:
        if migrate:
            migrations.apply(db)
        else:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        db.close()
        raise KioskError(f"{path} is not a usable kiosk database ({exc}).") from exc
    return db


def _open(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise KioskError(f"{path} is not a usable kiosk database ({exc}).") from exc
    return conn


def replace_file(db: Database, new_file: Path) -> None:
    """Put `new_file` (a whole database, closed) in the place of the file `db` has open, and go on with it on the
    same `db` object, so everyone holding `db` reads the new content. The open file is checkpointed and closed
    first and the rename is atomic: killed at any moment, the old file or the new one is there, never a mix.
    Milliseconds: the work of making `new_file` is done before, anywhere."""
    path = path_of(db)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(new_file, path)
    db.conn = _open(path)


def pending_migrations(db: Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


def schema_version(db: Database) -> int:
    return len(migrations.applied(db))


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One write: all of it or none of it. It takes the write lock at the start (BEGIN IMMEDIATE), so a second
    writer waits its turn (busy_timeout) instead of failing when its reads turn into writes."""
    if db.conn.in_transaction:
        waiting = getattr(db, "_after_commit", [])
        kept = len(waiting)
        try:
            with db.atomic():  # inside another transaction: a savepoint
                yield db
        except BaseException:
            del waiting[kept:]  # what the savepoint did is undone, so nothing of it is told
            raise
        return
    db.conn.execute("BEGIN IMMEDIATE")
    db._after_commit = []
    try:
        yield db
    except BaseException:
        db.conn.rollback()
        db._after_commit = []
        raise
    db.conn.commit()
    waiting, db._after_commit = db._after_commit, []
    for callback in waiting:
        callback()


def after_commit(db: Database, callback: Callable[[], None]) -> None:
    """Call `callback` once the transaction under way is committed (at once when none is); a transaction rolled back
    calls nothing. Only transactions opened by `transaction` are followed."""
    if db.conn.in_transaction:
        db.__dict__.setdefault("_after_commit", []).append(callback)
    else:
        callback()


def now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def path_of(db: Database) -> Path:
    """The file the connection has open."""
    return Path(db.execute("PRAGMA database_list").fetchone()[2])


def copy_live(source: Path, target: Path) -> None:
    """Copy a live database (with what its WAL holds) through SQLite's backup API into a single, synced file: one
    consistent snapshot, taken while others read and write it (backups, the fleet's base and visitor counts)."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None,
                          timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dst = sqlite3.connect(str(target), isolation_level=None)
        try:
            # One read transaction over all the steps: one consistent snapshot, and writes that other connections
            # commit meanwhile do not restart the copy. In WAL mode it blocks neither the kiosk's reads nor writes.
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            # Syncing after each step keeps the disk's backlog small, so the kiosk's own commits (which sync)
            # never wait long behind this copy.
            src.backup(dst, pages=STEP_PAGES, sleep=0.01, progress=lambda *_: files.sync_file(target))
            src.execute("COMMIT")
            dst.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            dst.close()
    finally:
        src.close()
    files.sync_file(target)
