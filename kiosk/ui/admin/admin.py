"""The organizer's admin screen: this kiosk's place and health, backups, reload, restart and exit."""

from __future__ import annotations

import datetime
import logging
import sqlite3
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QmlElement, QmlSingleton
from sqlite_utils import Database

import kiosk
from kiosk.core.access import auth
from kiosk.core.catalog import content
from kiosk.core.common import files
from kiosk.core.common.errors import KioskError
from kiosk.core.common.text import pick
from kiosk.core.operations import backup
from kiosk.core.store import database as kdb

QML_IMPORT_NAME = "Expo"
QML_IMPORT_MAJOR_VERSION = 1

EXIT_TO_DESKTOP = 64  # the systemd unit does not restart this exit (RestartPreventExitStatus)
RESTART = 65          # `kiosk run` starts itself again
FIRST_BACKUP_MS = 60_000  # after start, when the newest backup is older than the backup interval
LOW_DISK = 1024 ** 3  # bytes free below which the admin screen warns
ACTOR = "organizer@kiosk"

log = logging.getLogger(__name__)


@dataclass
class AdminSetup:
    db_path: Path
    backups_dir: Path
    backup_keep: int = 24
    backup_minutes: int = 60
    kiosk_id: str | None = None
    pepper_path: Path | None = None  # the PIN secret: never copied into the backups folder
    recovery: str = ""  # what start-up found and did about a damaged database, in plain English ("" when nothing)
    running_damaged: bool = False  # no backup could replace the damaged database: the kiosk runs on it as it is
    check_after_ms: int | None = None  # run the quick integrity check this long after start (None: never)


@QmlElement
@QmlSingleton
class Admin(QObject):
    """Everything here needs the organizer signed in; each slot checks again."""


    statusChanged = Signal()
    busyChanged = Signal()
    backupFinished = Signal(str, str)  # kind of outcome ("ok" | "failed"), detail; emitted on the worker thread
    checkFinished = Signal(str)  # what the background quick check found ("" : nothing); emitted on its thread
    damaged = Signal()  # the database is damaged: the kiosk must restart (and then recovers from a backup)

    def __init__(self, db: Database, show, floor_map, staff, setup: AdminSetup, parent=None):
        super().__init__(parent)
        self._db = db
        self.fleet = None  # this kiosk in its fleet (kiosk.core.fleet.running.Running), when it is in one
        self._show = show
        self._floor_map = floor_map
        self._staff = staff
        self._setup = setup
        self._busy = False
        self._last_backup = ""
        self._last_backup_at = ""  # the local time it finished, "10:42"
        self._status: dict = {}
        self.exit_code: int | None = None
        self.leave_app = lambda code: QGuiApplication.instance().exit(code)  # tests replace it
        self.backupFinished.connect(self._backup_done)
        self.checkFinished.connect(self._check_done)
        if setup.running_damaged:
            self._check = "damaged_running"
        elif setup.recovery:
            self._check = "recovered"
        else:
            self._check = "waiting" if setup.check_after_ms is not None else "skipped"
        if setup.check_after_ms is not None:
            QTimer.singleShot(setup.check_after_ms, self, self._check_in_background)
        self._timer = QTimer(self)
        if setup.backup_minutes > 0:
            self._timer.setInterval(setup.backup_minutes * 60_000)
            self._timer.timeout.connect(self._back_up_in_background)
            self._timer.start()
            if self._backup_is_due():  # a kiosk restarted often would otherwise never reach its first backup
                QTimer.singleShot(FIRST_BACKUP_MS, self, self._back_up_in_background)

    def _backup_is_due(self) -> bool:
        newest = backup.status(self._setup.db_path, self._setup.backups_dir).newest
        if newest is None:
            return True
        age = datetime.datetime.now(datetime.timezone.utc) - newest.time
        return age.total_seconds() > self._setup.backup_minutes * 60

    @staticmethod
    def create(engine):
        return engine.view_model(Admin)

    def _allowed(self) -> bool:
        return bool(self._staff.organizer)

    # --- what the screen shows ---

    @Property("QVariantMap", notify=statusChanged)
    def status(self) -> dict:
        return self._status

    @Property(bool, notify=busyChanged)
    def busy(self) -> bool:
        return self._busy

    @Slot()
    def refresh(self) -> None:
        if not self._allowed():
            self._status = {}
            self.statusChanged.emit()
            return
        lang = self._show.lang
        kiosk_point = self._floor_map.kiosk
        setup = self._setup
        try:
            db_size = setup.db_path.stat().st_size
        except OSError:
            db_size = 0
        backups = backup.status(setup.db_path, setup.backups_dir)
        self._status = {
            "kioskId": setup.kiosk_id or "",
            "kioskName": (pick(kiosk_point.name, lang) or kiosk_point.id) if kiosk_point else "",
            "hall": kiosk_point.hall if kiosk_point else "",
            "hallName": self._hall_name(kiosk_point.hall, lang) if kiosk_point else "",
            "x": kiosk_point.x if kiosk_point else 0.0,
            "y": kiosk_point.y if kiosk_point else 0.0,
            "facing": kiosk_point.facing if kiosk_point else 0.0,
            "version": kiosk.__version__,
            "software": f"Python {sys.version.split()[0]} · PySide6 {pyside_version}",
            "schemaVersion": kdb.schema_version(self._db),
            "dbPath": str(setup.db_path),
            "dbSize": files.size_text(db_size),
            "recovery": setup.recovery,
            "check": self._check,
            "counts": content.counts(self._db),
            "backupCount": backups.count,
            "backupNewest": backups.newest.time.astimezone().strftime("%Y-%m-%d %H:%M") if backups.newest else "",
            "backupsDir": str(setup.backups_dir),
            "backupEvery": setup.backup_minutes,
            "lastBackup": self._last_backup,
            "lastBackupAt": self._last_backup_at,
            "diskFree": files.size_text(backups.free_bytes),
            "diskTotal": files.size_text(backups.total_bytes),
            "diskLow": backups.free_bytes < LOW_DISK,
            "fleet": self.fleet.state() if self.fleet is not None else {},
            "locks": self._locks(lang),
        }
        self.statusChanged.emit()

    def _locks(self, lang: str) -> list[dict]:
        """Sign-ins that wrong PINs have locked on this kiosk: whose, how many wrong PINs, seconds left."""
        out = []
        for lock in auth.locks(self._db, time.time()):
            if lock["owner"] is None:
                who, booths = "", []
            else:
                owner_type, owner_id = lock["owner"]
                kind = "city" if owner_type == "city" else "exhibitor"
                page = self._show.page(kind, owner_id)
                who, booths = page.get("name") or owner_id, lock["booths"]
            out.append({"key": lock["key"], "who": who, "booths": ", ".join(booths),
                        "failures": lock["failures"], "seconds": lock["seconds"]})
        return out

    def _hall_name(self, hall_id: str, lang: str) -> str:
        hall = self._floor_map.plan.halls.get(hall_id)
        return (pick(hall.name, lang) or hall_id) if hall else hall_id

    # --- actions ---

    @Slot()
    def forgetMessages(self) -> None:
        """A new visit of the screen: what earlier visits were told is not news (the facts stay in the status)."""
        self._last_backup = self._last_backup_at = ""
        if self._status:
            self.refresh()

    @Slot(result=bool)
    def reloadContent(self) -> bool:
        """Read everything again: after an import or a restore on this machine while the kiosk runs."""
        if not self._allowed():
            return False
        self._show.refresh()
        self._floor_map.reload()
        self.refresh()
        return True

    @Slot(str, result=bool)
    def clearLock(self, key: str) -> bool:
        """End the wait that wrong PINs put on a booth's (or the organizer's) sign-in at this kiosk."""
        if not self._allowed():
            return False
        try:
            with kdb.no_waiting(self._db):  # the screen's thread: another program's write lock fails at once
                auth.clear_lock(self._db, key, ACTOR)
        except (KioskError, sqlite3.Error) as exc:
            log.error("Clearing the sign-in lock of %s failed: %s", key, exc)
            return False
        self.refresh()
        return True

    @Slot()
    def backupNow(self) -> None:
        if self._allowed():
            self._back_up_in_background()

    def _back_up_in_background(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.busyChanged.emit()
        setup = self._setup

        def work() -> None:  # its own connection: SQLite connections stay on their thread
            try:
                made = backup.make_backup(setup.db_path, setup.backups_dir, keep=setup.backup_keep,
                                          pepper_path=setup.pepper_path)
                self.backupFinished.emit("ok", made.path.name)
            except (KioskError, OSError, sqlite3.Error) as exc:
                log.error("Backup failed: %s", exc)
                self.backupFinished.emit("failed", str(exc))

        threading.Thread(target=work, name="backup", daemon=True).start()

    @Slot(str, str)
    def _backup_done(self, outcome: str, detail: str) -> None:
        self._busy = False
        self._last_backup = "ok" if outcome == "ok" else detail
        self._last_backup_at = datetime.datetime.now().strftime("%H:%M")
        self.busyChanged.emit()
        if self._status:
            self.refresh()

    def _check_in_background(self) -> None:
        self._check = "running"
        if self._status:
            self.refresh()
        path = self._setup.db_path

        def work() -> None:
            try:
                self.checkFinished.emit(backup.check_quickly(path) or "")
            except sqlite3.Error as exc:  # busy or unreadable: no verdict on the file itself
                log.warning("The background integrity check could not run: %s", exc)
                self.checkFinished.emit("?")

        threading.Thread(target=work, name="quick-check", daemon=True).start()

    @Slot(str)
    def _check_done(self, damage: str) -> None:
        if damage == "?":
            self._check = "skipped"
        elif damage:
            self._check = "damaged"
            log.critical("The database is damaged (%s); the kiosk restarts and recovers from a backup.", damage)
            try:
                backup.mark_damaged(self._setup.db_path, damage)
            except OSError as exc:  # a full or read-only disk often comes with damage: restart all the same
                log.error("Could not leave the damage mark beside the database: %s", exc)
            self.damaged.emit()
        elif self._check != "recovered":
            self._check = "passed"
        if self._status:
            self.refresh()

    @Slot(str, float, float, float, result="QVariantMap")
    def placeKiosk(self, hall_id: str, x: float, y: float, facing: float) -> dict:
        if not self._allowed():
            return {"ok": False, "message": "forbidden"}
        if not self._setup.kiosk_id:
            return {"ok": False, "message": "no_kiosk_id"}
        try:
            from kiosk.core.floor import (
                placement,  # with the walkable graph: not needed to start
            )

            with kdb.no_waiting(self._db):  # the screen's thread: another program's write lock fails at once
                placement.place_kiosk(self._db, self._setup.kiosk_id, hall_id, x, y, facing, ACTOR)
        except KioskError as exc:
            return {"ok": False, "message": getattr(exc, "reason", "bad_id")}
        except sqlite3.Error as exc:
            if kdb.busy(exc):  # another program writing (an import): the organizer taps Save again
                log.info("Placing the kiosk waits for another program's write: %s", exc)
            else:
                log.error("Placing the kiosk failed: %s", exc)
            return {"ok": False, "message": "busy"}
        self._floor_map.reload()
        self.refresh()
        return {"ok": True, "message": ""}

    @Slot()
    def restart(self) -> None:
        self._leave(RESTART)

    @Slot()
    def exitToDesktop(self) -> None:
        self._leave(EXIT_TO_DESKTOP)

    def _leave(self, code: int) -> None:
        if not self._allowed():
            return
        self.exit_code = code
        log.info("The organizer chose %s.", "restart" if code == RESTART else "exit to desktop")
        self._staff.signOut()
        self.leave_app(code)
