"""This kiosk as a member of the fleet: every change made here goes into its journal, and every other kiosk's
journal entries are made here, in order."""

from __future__ import annotations

import shutil
import threading
import time
from dataclasses import dataclass, field
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
        self._applying = False
        self.announce = announce
        self.unsent: list[tuple[writer.Change, Stamp]] = []
        self.problem: str | None = None
        self.pictures = merge.Pictures(self.journals, Path(media_root)) if media_root is not None else None
        writer.listen(db, self._changed)

    def close(self) -> None:
        writer.unlisten(self.db, self._changed)

    def _changed(self, change: writer.Change) -> None:
        if self._applying or change.op not in TRAVELS or change.action in STAYS:
            return
        if change.action in PICTURES and self.pictures is None:
            return  # this kiosk does not know where its pictures are: they stay here
        self.unsent.append((change, self.clock.tick()))
        self._send()

    def _send(self) -> None:
        """Journal the changes not journalled yet, in order. A disk that refuses (full, read-only) keeps them here,
        in order, until the next look: the change is in this kiosk's database and reaches the others later."""
        while self.unsent:
            change, stamp = self.unsent[0]
            try:
                if change.action in PICTURES:
                    path = change.values["path"]
                    target = self.journal.folder / "media" / path
                    if not target.exists():
                        target.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copyfile(self.pictures.media_root / path, target)  # before the entry naming it
                entry = self.journal.append(change, stamp)
            except (OSError, KioskError) as exc:
                self.problem = f"{len(self.unsent)} change(s) made here wait to be journalled: {exc}"
                return
            self.unsent.pop(0)
            self.problem = None
            merge.mark(self.db, entry)
            if self.announce:
                self.announce()

    def sync(self) -> Synced:
        """Make here every entry of the other kiosks' journals that can be applied on top; say when the database
        must be built again from its base because an entry arrived out of order."""
        self._send()
        entries, problems = journal.read(self.journals, skip=merge.applied(self.db))
        if self.problem:
            problems.append(self.problem)
        for entry in entries:
            self.clock.observe(entry.stamp)
        new, in_order = merge.pending(self.db, entries)
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

    def last_stamp(self) -> Stamp | None:
        last = merge.last_applied(self.db)
        return last[0] if last else None
