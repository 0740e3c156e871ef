"""The one place that opens the database: pragmas, schema migrations, transactions."""

from __future__ import annotations

import contextlib
import datetime
import logging
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Callable, Iterator

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from kiosk.core.common import files
from kiosk.core.common.errors import KioskError
from kiosk.core.store import index, ordering

BUSY_TIMEOUT_MS = 5000
STEP_PAGES = 1024  # pages a live copy takes at a time

log = logging.getLogger(__name__)
migrations = Migrations("kiosk")

# Content tables: every row has a stable text id, updated_at and updated_by.
CONTENT_TABLES = ("event", "country", "focus_area", "city", "organisation", "project",
                  "hall", "hall_feature", "booth", "kiosk_point", "room", "theme", "session", "media",
                  "media_removed")

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


@migrations()
def m005_drafts(db: Database) -> None:
    """What staff typed and have not published yet, per entry and author (kiosk.core.editing.drafts). The table
    belongs to this kiosk alone: a database put in its place keeps its rows (replace_file), and a copy that leaves
    the kiosk has it emptied (clear_local)."""
    db.execute("""CREATE TABLE staff_draft (
        entity_type TEXT NOT NULL, entity_id TEXT NOT NULL, actor TEXT NOT NULL, data TEXT NOT NULL,
        saved_at TEXT NOT NULL, PRIMARY KEY (entity_type, entity_id, actor))""")


@migrations()
def m006_removed_pictures(db: Database) -> None:
    """Logos and photos taken off their entry, with who took them off and when: staff can put them back."""
    db.execute(f"""CREATE TABLE media_removed (
        id TEXT PRIMARY KEY, owner_type TEXT NOT NULL, owner_id TEXT NOT NULL, kind TEXT NOT NULL,
        path TEXT NOT NULL, mime TEXT, width INTEGER, height INTEGER, sha256 TEXT, alt TEXT,
        position INTEGER NOT NULL DEFAULT 0, {_STAMP}, removed_at TEXT NOT NULL, removed_by TEXT NOT NULL)""")
    db.execute("CREATE INDEX media_removed_owner ON media_removed(owner_type, owner_id)")


@migrations()
def m007_sort_keys(db: Database) -> None:
    """Each listed row's sort key in every screen language, and an organisation's index letter, stored with the row
    and indexed (kiosk.core.store.ordering): the lists are read in order a page at a time."""
    ordering.add_columns(db)
    ordering.fill(db)


@migrations()
def m008_search_index_slimmed(db: Database) -> None:
    """The search index in about half the space (docs/adr/0011): entities numbered once, names and texts without
    their type, id, language and field, full-text tables without positions or lengths. Every name and text row
    keeps its number, so every query finds what it found before."""
    if "search_entity" in db.table_names():  # a database made since: m001 made this index
        return
    conn = db.conn
    for table in ("search_name_tri", "search_name_gram", "search_text_tri"):
        conn.execute(f"DROP TABLE {table}")
    for old in ("search_name_folded", "search_name_entity", "search_text_entity"):
        conn.execute(f"DROP INDEX {old}")
    conn.execute("ALTER TABLE search_name RENAME TO old_search_name")
    conn.execute("ALTER TABLE search_text RENAME TO old_search_text")
    index.create_tables(db)
    conn.execute("""INSERT INTO search_entity (type, id)
                    SELECT type, id FROM old_search_name UNION SELECT type, id FROM old_search_text""")
    conn.execute("""INSERT INTO search_name (rowid, entity, type, folded)
                    SELECT o.rowid, e.key, o.type, o.folded
                    FROM old_search_name o JOIN search_entity e USING (type, id)""")
    conn.execute("""INSERT INTO search_text (rowid, entity, folded)
                    SELECT o.rowid, e.key, o.folded FROM old_search_text o JOIN search_entity e USING (type, id)""")
    conn.execute("DROP TABLE old_search_name")
    conn.execute("DROP TABLE old_search_text")
    index.fill_full_text(db)


class NotAKioskDatabase(KioskError):
    """The file is empty, is not SQLite, is damaged, or holds no kiosk tables: nothing in it can be used, so a
    backup may take its place. `reason` says which, in a few words."""

    def __init__(self, path: Path, reason: str, advice: str = ""):
        self.reason = reason
        super().__init__(f"{path} is not a usable kiosk database: {reason}."
                         + (f" {advice}" if advice else ""))


RESTORE_ADVICE = ("Restore a backup (`kiosk backup --list`, then `kiosk restore FILE`); "
                  "`kiosk run` puts the newest good one in its place by itself.")
SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 8, 10, 11, 13, 14, 26
FULL_BELOW_BYTES = 1024 * 1024  # a disk with less free is full: SQLite's journal needs more


def connect(path: str | Path, *, create: bool = True, migrate: bool = True) -> Database:
    """Open (or create) a kiosk database to change it: the house pragmas and, unless told not to, the schema up to
    date. An existing file is never made into a kiosk database: one that is empty, not SQLite or without the kiosk's
    tables is refused (NotAKioskDatabase), and so is one from a newer version of the kiosk (never written to)."""
    path = Path(path)
    existed = path.exists()
    if existed:
        _refuse_empty(path)
    elif not create:
        raise KioskError(f"There is no database at {path}.")
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    _refuse_read_only(path, existed)
    db = Database(_open(path, write=False), execute_plugins=False)
    with _closed_on_failure(db, path):
        if existed:
            _refuse_foreign(db, path)
        _house_pragmas(db.conn)
        if migrate:
            pending = pending_migrations(db) if existed else []
            if pending:  # said first: on a large show this takes minutes, with nothing on screen meanwhile
                log.info("Bringing %s up to date for this version of the kiosk (%s), once; with tens of thousands "
                         "of booths this takes a few minutes.", path, ", ".join(pending))
            migrations.apply(db)
            if not ordering.current(db):  # keys made by another ICU than this one: made again
                with transaction(db):
                    ordering.fill(db)
    return db


@contextlib.contextmanager
def _closed_on_failure(db: Database, path: Path) -> Iterator[None]:
    """A database being opened is closed again when its checks fail; SQLite's errors are said plainly."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        db.close()
        raise _explained(exc, path) from exc
    except BaseException:
        db.close()
        raise


def open_to_read(path: str | Path, *, current: bool = True) -> Database:
    """Open an existing kiosk database only to read it: never created, migrated or written (SQLite's read-only
    mode). Refuses what `connect` refuses and, when `current`, a schema that is not up to date (an older database
    is brought up to date by `kiosk run` or any command that changes it)."""
    path = Path(path)
    if not path.exists():
        raise KioskError(f"There is no database at {path}.")
    _refuse_empty(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                               isolation_level=None)
    except sqlite3.DatabaseError as exc:
        raise _explained(exc, path) from exc
    db = Database(conn, execute_plugins=False)
    with _closed_on_failure(db, path):
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _refuse_foreign(db, path)
        pending = pending_migrations(db)
        if current and pending:
            raise KioskError(f"The database {path} has an older schema ({len(pending)} update(s) not applied yet); "
                             "`kiosk run` or any command that changes the database brings it up to date. Back it up "
                             "first (`kiosk backup`).")
    return db


def _refuse_empty(path: Path) -> None:
    """Refuse an empty file, or one that is not SQLite, before SQLite opens it: opening it would add files beside
    it (and closing could delete a -wal left there)."""
    if not path.is_file():
        return
    if path.stat().st_size == 0:
        raise NotAKioskDatabase(path, "the file is empty (0 bytes)", RESTORE_ADVICE)
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise KioskError(f"The database {path} could not be read ({exc.strerror}): check that this user may read "
                         "it.") from None
    if head != SQLITE_HEADER:
        raise NotAKioskDatabase(path, "it is damaged or not SQLite (it does not start as an SQLite file does)",
                                RESTORE_ADVICE)


def _refuse_read_only(path: Path, existed: bool) -> None:
    """A write would fail later with an unclear message: name the read-only file or folder now."""
    problem = read_only_problem(path)
    if problem:
        raise KioskError(problem)


def read_only_problem(path: str | Path) -> str | None:
    """Why the kiosk could not write the database at `path` or the journal files beside it, or None."""
    path = Path(path)
    folder = path.parent.resolve()
    if folder.is_dir() and not os.access(folder, os.W_OK):
        return (f"The folder {folder} that holds the database is read-only, so nothing can be saved there (SQLite "
                "writes its journal beside the database): make the folder writable (check its owner, and that its "
                "disk is not mounted read-only).")
    if path.exists() and not os.access(path, os.W_OK):
        return (f"The database {path} is read-only, so nothing can be saved in it: make it writable "
                f"(`chmod u+w {path}`, and check its owner).")
    return None


def _refuse_foreign(db: Database, path: Path) -> None:
    """Refuse a file without the kiosk's tables, or with schema updates this version does not know."""
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if migrations.migrations_table not in tables:
        what = "it holds no tables at all" if not tables else "it holds no kiosk tables"
        raise NotAKioskDatabase(path, what, RESTORE_ADVICE)
    known = {m.name for m in migrations._migrations}
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        raise KioskError(f"The database {path} was made by a newer version of the kiosk software (schema update "
                         f"{', '.join(unknown)}, which this version does not know), so it is left untouched: update "
                         "the kiosk software on this machine, or restore a backup made by this version.")


def _explained(exc: sqlite3.DatabaseError, path: Path) -> KioskError:
    """SQLite's error as one sentence that names the real reason and what to do."""
    code = _code(exc)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return NotAKioskDatabase(path, f"it is damaged or not SQLite ({exc})", RESTORE_ADVICE)
    if code == SQLITE_FULL or (code in (SQLITE_IOERR, SQLITE_CANTOPEN) and _disk_full(path)):
        return KioskError(f"The disk that holds {path} is full, so nothing could be written ({exc}): free some space "
                          f"there ({_free_text(path)} free now), e.g. old exports or backups, then try again.")
    if code == SQLITE_READONLY:
        return KioskError(f"The database {path} or its folder is read-only ({exc}): make both writable (check their "
                          "owner and that the disk is not mounted read-only).")
    if code == SQLITE_CANTOPEN:
        return KioskError(f"The database {path} could not be opened ({exc}): check that it and its folder can be "
                          "read and written by this user, and that its disk is mounted.")
    return KioskError(f"The database {path} could not be opened ({exc}).")


def explain(exc: sqlite3.DatabaseError, path: str | Path) -> KioskError:
    return _explained(exc, Path(path))


def _disk_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.resolve().parent).free < FULL_BELOW_BYTES
    except OSError:
        return False


def _free_text(path: Path) -> str:
    folder = path.resolve().parent
    try:
        return files.size_text(shutil.disk_usage(folder).free)
    except OSError:
        return "unknown"


def _code(exc: BaseException | None) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if code is not None else None


def _open(path: Path, *, write: bool = True) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if write:
            _house_pragmas(conn)
    except sqlite3.DatabaseError as exc:
        raise _explained(exc, path) from exc
    return conn


def _house_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")


def replace_file(db: Database, new_file: Path) -> None:
    """Put `new_file` (a whole database, closed) in the place of the file `db` has open, and go on with it on the
    same `db` object, so everyone holding `db` reads the new content. The open file is checkpointed and closed
    first and the rename is atomic: killed at any moment, the old file or the new one is there, never a mix.
    Milliseconds: the work of making `new_file` is done before, anywhere. This kiosk's staff drafts go with it."""
    path = path_of(db)
    _carry_local(db, Path(new_file))
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(new_file, path)
    db.conn = _open(path)


def _carry_local(db: Database, new_file: Path) -> None:
    if not db["staff_draft"].exists():
        return
    target = sqlite3.connect(str(new_file), isolation_level=None)
    try:
        target.execute("ATTACH DATABASE ? AS here", [str(path_of(db))])
        target.execute("BEGIN IMMEDIATE")
        if target.execute("SELECT 1 FROM sqlite_master WHERE name = 'staff_draft'").fetchone():
            target.execute("INSERT OR REPLACE INTO main.staff_draft SELECT * FROM here.staff_draft")
        target.execute("COMMIT")
    finally:
        target.close()


def clear_local(path: Path) -> None:
    """Empty this kiosk's own tables in a copy of its database that goes elsewhere (their text overwritten)."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'staff_draft'").fetchone():
            conn.execute("DELETE FROM staff_draft")
    finally:
        conn.close()


def pending_migrations(db: Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


def schema_version(db: Database) -> int:
    return len(migrations.applied(db))


_SHADOW = ("_data", "_idx", "_docsize", "_config", "_content")  # an FTS5 table's own tables


def space(db: Database) -> list[dict]:
    """Where the file's bytes go (SQLite's `dbstat`): one row per table and index, with the table it belongs to (an
    index's table; a full-text table for its own tables), largest first; the free pages as `(free)`."""
    owners = dict(db.execute("SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')").fetchall())
    virtual = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")}
    rows = []
    for name, size, unused in db.execute("SELECT name, sum(pgsize), sum(unused) FROM dbstat GROUP BY name"):
        owner = owners.get(name, name)
        for suffix in _SHADOW:
            if name.endswith(suffix) and name[:-len(suffix)] in virtual:
                owner = name[:-len(suffix)]
        rows.append({"name": name, "table": owner, "bytes": size, "unused": unused})
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    free = db.execute("PRAGMA freelist_count").fetchone()[0] * page_size
    if free:
        rows.append({"name": "(free)", "table": "(free)", "bytes": free, "unused": free})
    return sorted(rows, key=lambda row: -row["bytes"])


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


@contextlib.contextmanager
def no_waiting(db: Database) -> Iterator[Database]:
    """Writes made inside fail at once (sqlite3.OperationalError, SQLITE_BUSY) while another process holds the write
    lock (a long `kiosk import`), instead of waiting up to busy_timeout: for the screen's thread, which must never
    freeze; the person at the screen is told to try again."""
    db.conn.execute("PRAGMA busy_timeout = 0")
    try:
        yield db
    finally:
        db.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def busy(exc: BaseException) -> bool:
    """Whether a write failed because another connection holds the write lock (try again later)."""
    return _code(exc) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


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
