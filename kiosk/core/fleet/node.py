"""This kiosk as a member of the fleet: every change made here goes into its journal, and every other kiosk's
journal entries are made here, in order."""

from __future__ import annotations

import json
import shutil
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from sqlite_utils import Database

from kiosk.core.common.errors import KioskError
from kiosk.core.fleet import journal, merge, package
from kiosk.core.fleet.clock import Clock, Stamp
from kiosk.core.store import database as kdb
from kiosk.core.store import writer

# Content changes that travel in journals (a picture's file travels beside its entry). Imports and the demo build
# travel in content packages.
TRAVELS = {"set", "create", "remove"}
STAYS = {"import", "build"}
PICTURES = {"set-logo", "add-photo"}


@dataclass
class Synced:
    applied: int = 0
    rebuild_needed: bool = False  # an entry arrived out of order: build the database again from its base
    problems: list[str] = field(default_factory=list)


class Node:
    def __init__(self, db: Database, folder: Path, kiosk_id: str, *, now: Callable[[], float] = time.time,
                 announce: Callable[[], None] | None = None, media_root: Path | None = None):
        """`announce` is called after each new entry (Syncthing's scan of this kiosk's journal folder): the entry
        then leaves at once instead of at the next look at the folder."""
        self.db = db
        self.kiosk_id = kiosk_id
        self.journals = Path(folder) / "journals"
        self.journal = journal.Journal(self.journals, kiosk_id)
        last = merge.last_applied(db)
        self.clock = Clock(kiosk_id, last=last[0] if last else None, now=now)
        for (queued,) in db.execute("SELECT stamp FROM fleet_unsent"):  # stamped before a kill, not journalled yet
            self.clock.observe(Stamp.parse(queued))
        if self.journal.last_stamp() is not None:
            self.clock.observe(self.journal.last_stamp())
        self._applying = False
        self.announce = announce
        self.problem: str | None = None
        self.pictures = merge.Pictures(self.journals, Path(media_root)) if media_root is not None else None
        writer.listen(db, self._keep, within=True)
        writer.listen(db, self._changed)
        self._send()  # what a kiosk killed after a commit had not journalled yet

    def close(self) -> None:
        writer.unlisten(self.db, self._keep)
        writer.unlisten(self.db, self._changed)

    def _travels(self, change: writer.Change) -> bool:
        return not (self._applying or change.op not in TRAVELS or change.action in STAYS
                    or (change.action in PICTURES and self.pictures is None))  # pictures of unknown place stay

    def _keep(self, change: writer.Change) -> None:
        """Inside the change's transaction: it and its place in the queue to the journal commit together."""
        if self._travels(change):
            self.db.execute("INSERT INTO fleet_unsent (stamp, change) VALUES (?, ?)",
                            [self.clock.tick().text(), json.dumps(asdict(change), ensure_ascii=False)])

    def _changed(self, change: writer.Change) -> None:
        if self._travels(change):
            self._send()

    def _send(self) -> None:
        """Journal the committed changes not journalled yet, in order. A disk that refuses (full, read-only) keeps
        them queued in the database until the next look (or the next start): the change is in this kiosk's content
        already and reaches the others later."""
        queued = self.db.execute("SELECT rowid, stamp, change FROM fleet_unsent ORDER BY rowid").fetchall()
        for rowid, stamp_text, data in queued:
            change, stamp = writer.Change(**json.loads(data)), Stamp.parse(stamp_text)
            try:
                if self.journal.last_stamp() == stamp:  # written before a kill, not yet taken off the queue
                    entry = journal.Entry(self.kiosk_id, self.journal.last, stamp, change)
                else:
                    if change.action in PICTURES:
                        path = change.values["path"]
                        target = self.journal.folder / "media" / path
                        if not target.exists():
                            target.parent.mkdir(parents=True, exist_ok=True)
                            shutil.copyfile(self.pictures.media_root / path, target)  # before the entry naming it
                    entry = self.journal.append(change, stamp)
            except (OSError, KioskError) as exc:
                self.problem = f"{len(queued)} change(s) made here wait to be journalled: {exc}"
                return
            with kdb.transaction(self.db):
                merge.mark(self.db, entry)
                self.db.execute("DELETE FROM fleet_unsent WHERE rowid = ?", [rowid])
            self.problem = None
            if self.announce:
                self.announce()

    def sync(self) -> Synced:
        """Make here every entry of the other kiosks' journals that can be applied on top; say when the database
        must be built again from its base because an entry arrived out of order."""
        self._send()
        done = merge.applied(self.db)
        entries, problems = journal.read(self.journals, skip=done)
        if self.problem:
            problems.append(self.problem)
        for entry in entries:
            self.clock.observe(entry.stamp)
        new, in_order = merge.pending(self.db, entries, done)
        if not in_order:
            return Synced(0, True, problems)
        self._applying = True
        try:
            return Synced(merge.apply(self.db, new, self.pictures), False, problems)
        finally:
            self._applying = False

    def prepare(self, base: Path, new: package.Package | None = None, media_root: Path | None = None) -> Path:
        """The work of a rebuild or of taking a package, on any thread (it never touches this kiosk's open
        database): `base` with every journal entry applied in order, as a new file; a package's pictures put where
        the kiosk serves them."""
        if new is not None and media_root is not None:
            for relative in new.manifest["files"]:
                if relative.startswith("media/"):
                    target = Path(media_root) / relative.removeprefix("media/")
                    if not target.exists():
                        target.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copyfile(new.folder / relative, target)
        found, _ = journal.read(self.journals)
        prepared = self.journals.parent / f"rebuilt-{threading.get_ident()}.db"
        merge.rebuild(base, found, prepared, self.pictures)
        return prepared

    def install(self, prepared: Path, version: int | None = None) -> Synced:
        """Put a prepared database in place of this one (milliseconds; on the database's own thread, when nobody
        is using the kiosk: the content changes under the screens), then take in what arrived meanwhile."""
        in_use = version if version is not None else self.package_version()
        kdb.replace_file(self.db, prepared)
        if in_use is not None:
            self._set_package(in_use)
        return self.sync()  # entries written or arrived while it was prepared

    def rebuild(self, base: Path) -> Synced:
        """Build this database again from `base` (the package in use) with every journal entry in order."""
        return self.install(self.prepare(base))

    def take(self, new: package.Package, media_root: Path) -> Synced:
        """Start from a new content package: its pictures where the kiosk serves them, its database with every
        journal entry it lacks applied on top. The package then stays the base for any later rebuild."""
        return self.install(self.prepare(new.content, new, media_root), new.version)

    def _set_package(self, version: int) -> None:
        self.db.execute("INSERT OR REPLACE INTO fleet_package (key, version, taken_at) VALUES ('current', ?, ?)",
                        [version, kdb.now()])

    def package_version(self) -> int | None:
        return merge.package_in_use(self.db)

    def entries(self) -> list[journal.Entry]:
        return journal.read(self.journals)[0]

    def unapplied(self) -> list[journal.Entry]:
        """Entries here that are not (yet) in this database."""
        return journal.read(self.journals, skip=merge.applied(self.db))[0]
