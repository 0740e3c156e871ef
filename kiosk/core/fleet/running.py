"""This machine in its fleet while the kiosk runs: its Syncthing started and set up, journal entries going out and
coming in, and a new content package (or a rebuild, when entries arrived out of order) taken only when nobody is
at the screen."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlite_utils import Database

from kiosk.core.common.errors import KioskError
from kiosk.core.fleet import merge, package, setup, status, syncthing
from kiosk.core.fleet.node import Node
from kiosk.core.store import database as kdb

log = logging.getLogger(__name__)
BASE = "base.db"  # the content this machine had when it joined, until its first package
COUNTS_EVERY_S = 300
BUSY = ("Another program is writing to this kiosk's database (an import?): what arrived from the fleet is taken in "
        "once it is done.")
RECHECK_MAX_S = 60  # a package found incomplete or damaged is looked at again after 2, 4, 8 … up to 60 s


class Running:
    def __init__(self, db: Database, folder: Path, media_root: Path, *, use_syncthing: bool = True,
                 monotonic=time.monotonic, analytics: Path | None = None, screenshot=None):
        """`screenshot(path)` saves the screen as it is now to `path` (the UI gives it; None: no screenshots)."""
        self.folder, self.media_root = Path(folder), Path(media_root)
        self.fleet = setup.load(self.folder)
        if self.fleet is None:
            raise KioskError(f"This machine is not in a fleet (no {self.folder / setup.FLEET_FILE}).")
        self.syncthing = (setup.syncthing_for(self.folder, self.fleet)
                          if use_syncthing and syncthing.available() else None)
        self.node = Node(db, self.folder, self.fleet.me, announce=self._announce, media_root=self.media_root)
        self.waiting = False  # a package or a rebuild waits for an empty screen
        self.stopped = False
        self.problems: list[str] = []
        self.ready = threading.Event()
        self._monotonic = monotonic
        self._next_beat = 0.0
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fleet-rebuild")
        self._preparing = None
        self._refused_until: dict[int, float] = {}  # package versions found unusable, and when to look again
        self._refused_why: dict[int, str] = {}
        self._refusals: dict[int, int] = {}
        self.arriving: int | None = None  # the newest package whose files are not all here yet
        self.analytics = Path(analytics) if analytics else None
        self.screenshot = screenshot
        self._next_screen = 0.0
        self._next_counts = 0.0
        self._db_path = kdb.path_of(db)

    def start(self) -> None:
        """Keep a base to rebuild from, start and set up Syncthing (seconds: call it off the screen's thread)."""
        try:
            if not (self.folder / BASE).exists():  # the content this machine joined with (287 MB at 10,000 booths)
                partial = self.folder / f".{BASE}.partial"
                kdb.copy_live(self._db_path, partial)
                partial.replace(self.folder / BASE)
            if self.syncthing is not None:
                self.syncthing.start()
                setup.configure(self.syncthing, self.folder, self.fleet)
        except (KioskError, sqlite3.Error) as exc:
            self.problems.append(str(exc))
            log.warning("The fleet could not start: %s", exc)
        finally:
            self.ready.set()

    def stop(self) -> None:
        if self.stopped:
            return
        self.stopped = True
        self._worker.shutdown(wait=True)
        self.node.close()
        if self.syncthing is not None:
            self.syncthing.stop()

    def _announce(self) -> None:
        if self.syncthing is not None and self.ready.is_set() and self.syncthing.process is not None:
            try:
                self.syncthing.scan(f"journal-{self.fleet.me}")
            except KioskError as exc:
                log.warning("A new journal entry could not be announced (Syncthing sends it at its next look): %s",
                            exc)

    def tick(self, idle: bool) -> bool:
        """Take in what arrived; `idle` says nobody is at the screen. True when the content changed."""
        if self.stopped:
            return False
        if self._members_changed() and self.syncthing is not None and self.ready.is_set():
            setup.configure(self.syncthing, self.folder, self.fleet)
        try:
            with kdb.no_waiting(self.node.db):  # the screen's thread: never wait on another program's write
                synced = self.node.sync()
        except sqlite3.OperationalError as exc:
            if not kdb.busy(exc):
                raise
            self.problems = [BUSY]  # a long `kiosk import` here: what arrived is taken in once it is done
            return False
        changed = synced.applied > 0
        newer = self._newer_package() if self.fleet.me != setup.ORGANIZER else None
        self.problems = synced.problems + list(self._refused_why.values()) + (
            [f"Package {self.arriving} is still arriving."] if self.arriving else [])
        self.waiting = synced.rebuild_needed or newer is not None
        if self.waiting and idle:
            changed = self._rebuild_aside(newer) or changed
        if self._monotonic() >= self._next_beat:
            self.beat()
        if self.analytics is not None and self._monotonic() >= self._next_counts:
            self.send_counts()
        if self.screenshot is not None and self._monotonic() >= self._next_screen:
            self._next_screen = self._monotonic() + status.SCREEN_EVERY_S
            target = status.screen_path(self.folder, self.fleet.me)
            partial = target.with_name(".screen.partial.png")
            if self.screenshot(partial):
                partial.replace(target)
        return changed

    def send_counts(self) -> Path | None:
        """A copy of this kiosk's visitor counts where the organizer's laptop receives it (every five minutes), so
        `kiosk stats` there reads the whole fleet: a whole, consistent copy of the file in use."""
        self._next_counts = self._monotonic() + COUNTS_EVERY_S
        if self.analytics is None or not self.analytics.exists():
            return None
        target = self.folder / "analytics" / self.fleet.me / "analytics.db"
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(".analytics.db.partial")
        kdb.copy_live(self.analytics, partial)
        partial.replace(target)
        return target

    def _newer_package(self) -> int | None:
        """The newest package version after the one in use that is not known to be unusable just now (a glance at
        folder names: the checksums are read on the worker thread). A package still arriving is looked at again
        soon, then less and less often (a damaged one costs a full read each time)."""
        in_use = self.node.package_version() or 0
        self.arriving = None
        for version in reversed(package.versions_in(self.folder / "packages")):
            if version <= in_use:
                return None
            if not package.arrived(self.folder / "packages" / str(version)):
                self.arriving = self.arriving or version
                continue
            if self._refused_until.get(version, 0.0) <= self._monotonic():
                return version
        return None

    def _prepare(self, version: int | None) -> Path:
        """On the worker thread: check the package (every checksum, integrity_check) and build the database."""
        if version is None:
            return self.node.prepare(self.base())
        new = package.check(self.folder / "packages" / str(version))
        return self.node.prepare(new.content, new, self.media_root)

    def _rebuild_aside(self, version: int | None) -> bool:
        """A new package (`version`), or the database built again, made on a worker thread while the screens go
        on; put in place (milliseconds) at a tick when it is ready and nobody is at the screen. True when put in
        place."""
        if self._preparing is None:
            if version is None and not self.ready.is_set():
                return False  # its base is being kept just now (start)
            self._preparing = (self._worker.submit(self._prepare, version), version)
            return False
        future, version = self._preparing
        if not future.done():
            return False
        self._preparing = None
        try:
            prepared = future.result()
        except KioskError as exc:  # a package still arriving, or damaged: looked at again in a while
            self._refusals[version] = self._refusals.get(version, 0) + 1
            self._refused_until[version] = self._monotonic() + min(RECHECK_MAX_S, 2 ** self._refusals[version])
            self._refused_why[version] = str(exc)
            return False
        except (OSError, sqlite3.Error) as exc:
            self.problems.append(f"The fleet's content could not be built again: {exc}")
            log.error("The fleet's content could not be built again: %s", exc)
            return False
        self._refused_why.pop(version, None)
        self.node.install(prepared, version)
        self.waiting = False
        return True

    def beat(self) -> dict:
        """This machine's heartbeat, for the organizer's `kiosk fleet status`."""
        self._next_beat = self._monotonic() + status.EVERY_S
        return status.write(self.folder, self.fleet.me, package_version=self.node.package_version(),
                            journal_last=self.node.journal.last, applied=merge.applied_count(self.node.db),
                            waiting=self.waiting, problems=self.problems, data_dir=self.folder)

    def state(self) -> dict:
        """What the admin screen shows of this machine in its fleet."""
        connected = None
        if self.syncthing is not None and self.ready.is_set() and self.syncthing.process is not None:
            try:
                connected = len(self.syncthing.connected())
            except KioskError:
                connected = None
        newest = max(package.versions_in(self.folder / "packages"), default=None)
        pending = len(self.node.unapplied())
        return {"name": self.fleet.name, "me": self.fleet.me, "members": len(self.fleet.members),
                "connected": connected, "syncthing": self.syncthing is not None, "package": self.node.package_version(),
                "newest": newest, "waiting": self.waiting, "pending": pending,
                "journal": self.node.journal.last, "problems": list(self.problems)}

    def _members_changed(self) -> bool:
        """A kiosk added since: the organizer reads its own fleet file again, a kiosk the roster it received."""
        if self.fleet.me != setup.ORGANIZER:
            return setup.learn_roster(self.folder, self.fleet)
        now = setup.load(self.folder)
        if now is None or {m.id for m in now.members} == {m.id for m in self.fleet.members}:
            return False
        self.fleet = now
        return True

    def base(self) -> Path:
        version = self.node.package_version()
        return self.folder / "packages" / str(version) / package.CONTENT if version else self.folder / BASE
