"""Backups of the kiosk database, restoring one, and recovery from a damaged database at start-up.

Backups are single files (rollback-journal mode, no -wal beside them) named `<db stem>-<UTC time>.db`, e.g.
`kiosk-20190822T081500Z.db`, in a backups folder. Copies kept before a restore are named
`<db stem>-before-restore-<UTC time>.db`; rotation and recovery leave them alone.
"""

from __future__ import annotations

import datetime
import errno
import glob
import os
import re
import secrets
import shutil
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from kiosk.core.common import files
from kiosk.core.common.errors import KioskError
from kiosk.core.operations import health
from kiosk.core.store import database as kdb

DEFAULT_KEEP = 24
PEPPER_NAME = "pepper"
# A kiosk database has these from its first schema version on.
KIOSK_TABLES = ("_sqlite_migrations", "event", "city", "organisation", "project", "booth", "session")
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
SQLITE_BUSY, SQLITE_CORRUPT, SQLITE_NOTADB = 5, 11, 26
STALE_TEMP_SECONDS = 3600


@dataclass(frozen=True)
class Backup:
    path: Path
    time: datetime.datetime  # UTC, from the file name
    size: int
    before_restore: bool = False
    problem: str | None = None  # why it fails its check; None when good or not checked


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    seconds: float
    removed: list[Path] = field(default_factory=list)
    pepper: str | None = None  # what to know about the PIN secret, which backups never hold


@dataclass(frozen=True)
class Restored:
    path: Path
    previous: Path | None  # the database as it was before, kept in the backups folder


@dataclass(frozen=True)
class Recovery:
    damage: str  # what was wrong with the database
    backup: Path
    backup_time: datetime.datetime
    corrupt_path: Path  # where the damaged file was moved (never deleted)

    def message(self) -> str:
        return (f"The database could not be used ({self.damage}), so it was moved to {self.corrupt_path} and the "
                f"backup of {self.backup_time:%Y-%m-%d %H:%M} UTC was put in its place: changes made after that are missing.")


@dataclass(frozen=True)
class Status:
    backups_dir: Path
    newest: Backup | None
    count: int
    free_bytes: int  # free space on the disk of the data folder
    total_bytes: int


def stamp(moment: datetime.datetime | None = None) -> str:
    return (moment or datetime.datetime.now(datetime.timezone.utc)).strftime(STAMP_FORMAT)


# ---- checks -----------------------------------------------------------------------------------------------------

def check(path: str | Path) -> str | None:
    """Why the file is not a sound kiosk database (integrity check and kiosk tables), or None when it is."""
    path = Path(path)
    if not path.is_file():
        return "there is no such file"
    if path.stat().st_size == 0:
        return "the file is empty"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check(5)").fetchall()]
        if rows != ["ok"]:
            return _summary("integrity check", rows)
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = [t for t in KIOSK_TABLES if t not in tables]
        if missing:
            return f"it is not a kiosk database (no {', '.join(missing)} table)"
        return None
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def in_use(db_path: str | Path) -> bool:
    """True when another connection (a running kiosk, a command) has the database open.

    An exclusive lock on the file is refused while any other connection in WAL mode holds it open, even idle."""
    try:
        conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=rw", uri=True, timeout=0.2,
                               isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("ROLLBACK")
        return False
    except sqlite3.DatabaseError as exc:
        return _code(exc) == SQLITE_BUSY
    finally:
        conn.close()


# ---- making and listing backups ---------------------------------------------------------------------------------

def make_backup(db_path: str | Path, backups_dir: str | Path, keep: int = DEFAULT_KEEP, *,
                pepper_path: str | Path | None = None) -> BackupResult:
    """Copy the database into the backups folder, check the copy, keep the newest `keep` backups.

    Safe while a kiosk reads and writes the database, and from any thread: it opens its own connections."""
    db_path, backups_dir = Path(db_path), Path(backups_dir)
    if keep < 1:
        raise KioskError("Keep at least one backup.")
    if not db_path.is_file():
        raise KioskError(f"There is no database at {db_path} to back up.")
    started = time.monotonic()
    _make_dir(backups_dir)
    _remove_stale_temps(backups_dir)
    moment = stamp()
    temp = backups_dir / f".{db_path.stem}-{moment}.{secrets.token_hex(4)}.tmp"
    try:
        try:
            kdb.copy_live(db_path, temp)
        except sqlite3.Error as exc:
            raise KioskError(f"Could not back up {db_path} ({exc}).") from None
        problem = check(temp)
        if problem:
            raise KioskError(f"The backup copy of {db_path} failed its check ({problem}); "
                             f"the database itself may be damaged, so run `kiosk doctor`.")
        os.chmod(temp, 0o600)
        target = _free_name(backups_dir, f"{db_path.stem}-{moment}")
        os.replace(temp, target)
        files.sync_folder(backups_dir)
    except OSError as exc:
        raise KioskError(f"Could not write the backup in {backups_dir} ({exc.strerror}).") from None
    finally:
        _remove(temp)
    removed = rotate(db_path, backups_dir, keep, spare=target)
    pepper = keep_pepper_apart(Path(pepper_path), backups_dir) if pepper_path is not None else None
    return BackupResult(target, target.stat().st_size, time.monotonic() - started, removed, pepper)


def list_backups(db_path: str | Path, backups_dir: str | Path, *, check_each: bool = False) -> list[Backup]:
    """The database's backups in the folder, newest first; with `check_each`, each one's problem if any."""
    pattern = re.compile(re.escape(Path(db_path).stem) + r"-(before-restore-)?(\d{8}T\d{6}Z)(?:-(\d+))?\.db")
    found = []
    for path in Path(backups_dir).glob("*.db") if Path(backups_dir).is_dir() else []:
        match = pattern.fullmatch(path.name)
        try:
            size = path.stat().st_size
        except OSError:  # removed meanwhile by another backup's rotation
            continue
        if not match:
            continue
        moment = datetime.datetime.strptime(match[2], STAMP_FORMAT).replace(tzinfo=datetime.timezone.utc)
        backup = Backup(path, moment, size, bool(match[1]), check(path) if check_each else None)
        found.append((moment, int(match[3] or 0), backup))
    return [b for _, _, b in sorted(found, key=lambda item: item[:2], reverse=True)]


def rotate(db_path: str | Path, backups_dir: str | Path, keep: int, *, spare: Path | None = None) -> list[Path]:
    """Delete all but the newest `keep` regular backups, never `spare` (the one just written: a clock set back after
    a power cut would give it an old name); returns what was deleted."""
    regular = [b for b in list_backups(db_path, backups_dir) if not b.before_restore]
    if spare is not None:
        regular.sort(key=lambda b: b.path != spare)  # stable: the rest stay newest first
    gone = [old.path for old in regular[keep:]]
    for path in gone:
        path.unlink(missing_ok=True)
    return gone


def keep_pepper_apart(pepper_path: Path, backups_dir: Path) -> str:
    """The PIN secret never goes into the backups folder: with it, anyone who takes the backups could test every PIN
    offline. A copy that older versions kept there is removed (the secret itself stays in the data folder); other
    copies (another machine's, or one replaced) are named for the organizer to move."""
    lines = []
    left = backups_dir / PEPPER_NAME
    try:
        if left.is_file() and pepper_path.is_file() and left.read_bytes() == pepper_path.read_bytes():
            left.unlink()
            files.sync_folder(backups_dir)
            lines.append(f"Removed the copy of the PIN secret that older versions kept in {backups_dir}.")
    except OSError as exc:
        lines.append(f"Could not remove the copy of the PIN secret {left} ({exc.strerror}): delete it by hand.")
    for other in sorted(backups_dir.glob(f"{PEPPER_NAME}*")):
        lines.append(f"{other} holds a PIN secret beside the backups: move it out, to a private place of its own.")
    if not pepper_path.is_file():
        lines.append("There is no PIN secret yet (no PIN was issued on this machine).")
    else:
        lines.append(f"The PIN secret {pepper_path} is not in the backups: keep a copy of it apart from them "
                     "(see docs/operations.md, restoring PINs).")
    return " ".join(lines)


def status(db_path: str | Path, backups_dir: str | Path) -> Status:
    """For the admin screen: the newest backup, how many there are, and the free space where the database lives."""
    backups = list_backups(db_path, backups_dir)
    folder = Path(db_path).resolve().parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    disk = shutil.disk_usage(folder)
    return Status(Path(backups_dir), backups[0] if backups else None, len(backups), disk.free, disk.total)


# ---- restore ----------------------------------------------------------------------------------------------------

def restore(source: str | Path, db_path: str | Path, backups_dir: str | Path, *, force: bool = False) -> Restored:
    """Replace the database with a checked copy of `source`, keeping the current one in the backups folder first.

    Refuses (and changes nothing) when `source` is not a sound kiosk database, or, unless `force`, when another
    connection has the database open: a running kiosk would go on writing into the replaced file."""
    source, db_path, backups_dir = Path(source), Path(db_path), Path(backups_dir)
    if not source.is_file():
        raise KioskError(f"There is no file at {source}.")
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise KioskError(f"{source} is the database itself; give a backup file.")
    if not force and db_path.exists() and in_use(db_path):
        raise KioskError(f"A kiosk or another program has {db_path} open; stop it first (or use --force).")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    temp = _temp_beside(db_path)
    try:
        try:
            _copy_file(source, temp)
            problem = check(temp)
        except sqlite3.Error as exc:
            problem = str(exc)
        if problem:
            raise KioskError(f"{source} cannot be restored: {problem}.")
        previous = None
        if db_path.exists():
            os.chmod(temp, db_path.stat().st_mode & 0o777)
            previous = _keep_current(db_path, backups_dir)
        _replace(temp, db_path)
    except OSError as exc:
        raise KioskError(f"Could not restore {source} into {db_path} ({exc.strerror}).") from None
    finally:
        _remove(temp)
    return Restored(db_path, previous)


# ---- start-up ---------------------------------------------------------------------------------------------------

# A full quick_check reads the whole file: 0.8 s for 10,000 booths with a warm disk cache, 13 s cold (after a power
# cut). So the kiosk starts on the cheap checks of opening, runs the quick check in the background, and when it
# finds damage leaves this mark and restarts; the next start sees the mark and recovers before showing anything.
def damage_mark(db_path: str | Path) -> Path:
    return Path(f"{db_path}.damaged")


def check_quickly(db_path: str | Path) -> str | None:
    """What `PRAGMA quick_check` finds wrong with the database (its own read-only connection: any thread), or None."""
    try:
        conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = [row[0] for row in conn.execute("PRAGMA quick_check(5)").fetchall()]
        return None if rows == ["ok"] else _summary("quick check", rows)
    except sqlite3.DatabaseError as exc:
        if _code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return str(exc)
        raise
    finally:
        conn.close()


def mark_damaged(db_path: str | Path, damage: str) -> None:
    damage_mark(db_path).write_text(f"{stamp()} {damage}\n", encoding="utf-8")


def open_or_recover(db_path: str | Path, backups_dir: str | Path, *, create: bool = True,
                    quick_check: bool = True) -> tuple[Database, Recovery | None]:
    """Open the database for the kiosk; if it is damaged, put the newest good backup in its place and open that.

    A missing database is not damaged: it is created as `kiosk.core.store.database.connect` does. The damaged file is moved
    aside to `<name>.corrupt-<time>` (with its -wal and -shm), never deleted. With no good backup it raises
    KioskError and touches nothing, so a restarted kiosk meets the same state again."""
    db_path, backups_dir = Path(db_path), Path(backups_dir)
    if not db_path.exists():
        return kdb.connect(db_path, create=create), None
    mark = damage_mark(db_path)
    if mark.exists():  # the background check of the last run found damage: check fully now
        quick_check = True
    db, recovery = _open_or_recover(db_path, backups_dir, quick_check)
    mark.unlink(missing_ok=True)
    return db, recovery


@dataclass(frozen=True)
class Opened:
    """The database `kiosk run` shows, and what start-up found (for the log and the admin screen)."""
    db: Database
    told: str = ""  # "" when the database was sound
    running_damaged: bool = False  # no backup could replace the damaged database: the kiosk runs on it as it is
    warnings: tuple[str, ...] = ()  # a full disk, a read-only backups folder: the kiosk runs, but says so


def open_for_kiosk(db_path: str | Path, backups_dir: str | Path) -> Opened:
    """`kiosk run`'s database: cheap checks now (the full check runs in the background later); a file that is
    damaged, empty, without kiosk tables or without an event is replaced by the newest good backup. With no good
    backup a restart would only meet the same state again, so the kiosk runs on a damaged file as it is when SQLite
    still opens it and it holds an event; otherwise this raises, saying why (as do a newer, read-only or locked
    database and a full disk)."""
    warnings = tuple(health.storage_problems(Path(db_path), Path(backups_dir)))
    try:
        db, recovery = open_or_recover(db_path, backups_dir, create=False, quick_check=False)
        return Opened(db, recovery.message() if recovery else "", warnings=warnings)
    except NoGoodBackup as exc:
        try:
            db = kdb.connect(db_path, create=False)
        except kdb.NotAKioskDatabase:
            raise exc from None
        if db.execute("SELECT count(*) FROM event").fetchone()[0] == 0:
            db.close()
            raise exc from None
        return Opened(db, f"{exc} The kiosk runs on it as it is: restore a backup or copy the database again.", True,
                      warnings)


class NoGoodBackup(KioskError):
    """The database cannot be shown and no backup could take its place; nothing was changed."""


def _open_or_recover(db_path: Path, backups_dir: Path, quick_check: bool) -> tuple[Database, Recovery | None]:
    sidecars = [Path(f"{db_path}{suffix}") for suffix in ("-wal", "-shm")]
    ours = [p for p in sidecars if not p.exists()]
    db, damage = _open_checked(db_path, quick_check)
    if damage is None:
        return db, None
    if not any(p.exists() and p.stat().st_size for p in ours if p.name.endswith("-wal")):
        for p in ours:  # made by opening the damaged file just now, and empty
            p.unlink(missing_ok=True)
    good = next((b for b in list_backups(db_path, backups_dir) if not b.before_restore and _can_replace(b.path)),
                None)
    if good is None:
        raise NoGoodBackup(f"The database {db_path} cannot be used ({damage}) and there is no good backup in "
                           f"{backups_dir} to replace it; nothing was changed. Restore one from elsewhere "
                           "(`kiosk restore FILE`) or build the database again.")
    temp = _temp_beside(db_path)
    try:
        shutil.copyfile(good.path, temp)
        files.sync_file(temp)
        os.chmod(temp, db_path.stat().st_mode & 0o777)
        corrupt = files.move_aside(db_path, f"corrupt-{stamp()}")
        os.replace(temp, db_path)
        files.sync_folder(db_path.parent)
    except OSError as exc:
        full = " The disk is full: free some space there." if exc.errno == errno.ENOSPC else ""
        raise KioskError(f"The database {db_path} cannot be used ({damage}) and the backup could not be put in its "
                         f"place ({exc.strerror}).{full}") from None
    finally:
        _remove(temp)
    try:
        db, still = _open_checked(db_path, quick_check)
    except KioskError as exc:
        db, still = None, str(exc)
    if still is not None:  # the backup did not help: put the original back, so that a restart does not repeat this
        files.move_back(corrupt, db_path)
        raise NoGoodBackup(f"The database {db_path} cannot be used ({damage}) and its newest good backup "
                           f"{good.path} did not open either ({still}); the database was left as it was.")
    return db, Recovery(damage, good.path, good.time, corrupt)


def _can_replace(backup_path: Path) -> bool:
    """A backup that start-up may put in the database's place: sound, with an event, of a schema this version knows."""
    if check(backup_path) is not None:
        return False
    try:
        with kdb.open_to_read(backup_path, current=False) as db:
            return db.execute("SELECT count(*) FROM event").fetchone()[0] > 0
    except (KioskError, sqlite3.Error):
        return False


def _open_checked(db_path: Path, quick_check: bool) -> tuple[Database | None, str | None]:
    """The open database with its schema current, or None and why nothing in it can be shown (damaged, empty, no
    kiosk tables, no event): a backup may take its place. Other failures (a locked, read-only or newer database, a
    full disk) raise: they are no reason to replace the database."""
    try:
        db = kdb.connect(db_path, migrate=False)
    except kdb.NotAKioskDatabase as exc:
        return None, exc.reason
    try:
        if quick_check:
            rows = [row[0] for row in db.execute("PRAGMA quick_check(5)").fetchall()]
            if rows != ["ok"]:
                db.close()
                return None, _summary("quick check", rows)
        kdb.migrations.apply(db)
        if db.execute("SELECT count(*) FROM event").fetchone()[0] == 0:
            db.close()
            return None, "it holds no event"
    except sqlite3.DatabaseError as exc:
        db.close()
        if _code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return None, str(exc)
        raise kdb.explain(exc, db_path) from exc
    return db, None


# ---- files ------------------------------------------------------------------------------------------------------

def _copy_file(source: Path, target: Path) -> None:
    """Copy a database file (and its WAL) byte for byte, then make the copy a single file; SQLite never opens the
    source, so a file that is refused is left exactly as it was."""
    shutil.copyfile(source, target)
    if Path(f"{source}-wal").is_file():
        shutil.copyfile(f"{source}-wal", f"{target}-wal")
    conn = sqlite3.connect(str(target), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        conn.close()
    files.sync_file(target)


def _keep_current(db_path: Path, backups_dir: Path) -> Path:
    """Copy the database as it is into the backups folder before it is replaced, damaged or not."""
    _make_dir(backups_dir)
    target = _free_name(backups_dir, f"{db_path.stem}-before-restore-{stamp()}")
    try:
        kdb.copy_live(db_path, target)
    except sqlite3.Error:  # too damaged for SQLite to read: keep the raw files
        _remove(target)
        for suffix in ("", "-wal"):
            if Path(f"{db_path}{suffix}").exists():
                shutil.copyfile(f"{db_path}{suffix}", f"{target}{suffix}")
                files.sync_file(Path(f"{target}{suffix}"))
    os.chmod(target, 0o600)
    files.sync_folder(backups_dir)
    return target


def _replace(temp: Path, db_path: Path) -> None:
    """Put `temp` in the place of the database; a -wal left beside it would otherwise be applied to the new file."""
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    os.replace(temp, db_path)
    files.sync_folder(db_path.parent)


def _free_name(folder: Path, base: str) -> Path:
    """`<base>.db`, or with a number after it above any taken: names then sort by time even within one second."""
    taken = [p.name[len(base):-3] for p in folder.glob(f"{glob.escape(base)}*.db")]
    numbers = [1 if n == "" else int(n[1:]) for n in taken if re.fullmatch(r"(-\d+)?", n)]
    return folder / (f"{base}-{max(numbers) + 1}.db" if numbers else f"{base}.db")


def _temp_beside(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")


def _make_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise KioskError(f"Could not create the backups folder {folder} ({exc.strerror}).") from None


def _remove_stale_temps(folder: Path) -> None:
    """Temporary copies left by a backup that was cut off (power loss); a backup running now is younger."""
    for temp in folder.glob(".*.tmp*"):
        try:
            if time.time() - temp.stat().st_mtime > STALE_TEMP_SECONDS:
                temp.unlink()
        except OSError:
            pass


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _summary(label: str, rows: list[str]) -> str:
    lines = [line for row in rows for line in row.splitlines() if not line.startswith("***")]
    return f"{label}: {'; '.join(lines[:2])}" + ("; ..." if len(lines) > 2 else "")


def _code(exc: BaseException | None) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if code is not None else None
