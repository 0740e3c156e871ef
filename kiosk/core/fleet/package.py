"""Content packages: the organizer's show, versioned and immutable, that every kiosk starts from.

A package is a folder `<packages>/<version>/` holding a consistent snapshot of the database (`content.db`, made
with VACUUM INTO), the media files it uses (`media/…`) and, written last, `manifest.json` with the version, when
and by whom it was made and the sha256 of every file. A kiosk takes the newest package that is complete: its
manifest is there, every file is there with its checksum, and the database passes `integrity_check`. One that is
still arriving, damaged or tampered with is named and left alone, never half-applied. The snapshot's journal
bookkeeping says which journal entries it already holds, so a kiosk applies on top only what is newer.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from kiosk.core.common import files
from kiosk.core.common.errors import KioskError
from kiosk.core.store import database as kdb

FORMAT = 1
MANIFEST = "manifest.json"
CONTENT = "content.db"
VERSION = re.compile(r"\d{1,9}", re.ASCII)


@dataclass(frozen=True)
class Package:
    folder: Path
    version: int
    manifest: dict

    @property
    def content(self) -> Path:
        return self.folder / CONTENT


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def versions_in(packages: Path) -> list[int]:
    packages = Path(packages)
    return sorted(int(p.name) for p in packages.iterdir() if p.is_dir() and VERSION.fullmatch(p.name)) \
        if packages.is_dir() else []


def publish(db: Database, packages: Path, media_root: Path | None, made_by: str, *, note: str = "") -> Package:
    """Make the next package of the show from `db` (a consistent snapshot, taken while kiosks may write)."""
    packages = Path(packages)
    packages.mkdir(parents=True, exist_ok=True)
    version = max(versions_in(packages), default=0) + 1
    folder = packages / str(version)
    partial = packages / f".{version}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    try:
        db.execute("VACUUM INTO ?", [str(partial / CONTENT)])
        kdb.clear_local(partial / CONTENT)  # a draft never leaves its kiosk
        used = [path for (path,) in db.execute(  # removed pictures too: staff can put them back
            "SELECT path FROM media UNION SELECT path FROM media_removed ORDER BY path")]
        missing = []
        for relative in used:
            source = Path(media_root or "") / relative
            if not source.is_file():
                missing.append(relative)
                continue
            target = partial / "media" / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        paths = [p for p in sorted(partial.rglob("*")) if p.is_file()]
        manifest = {"format": FORMAT, "version": version,
                    "made_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
                    "made_by": made_by, "note": note,
                    "files": {p.relative_to(partial).as_posix(): sha256(p) for p in paths},
                    "sizes": {p.relative_to(partial).as_posix(): p.stat().st_size for p in paths},
                    "missing_media": missing}
        files.write_atomically(partial / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode())
        partial.rename(folder)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    files.sync_folder(packages)
    return Package(folder, version, manifest)


def check(folder: Path) -> Package:
    """The package in `folder`, or KioskError saying why it cannot be used (yet)."""
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KioskError(f"Package {folder.name} is not complete yet (no manifest).") from None
    except (OSError, ValueError) as exc:
        raise KioskError(f"Package {folder.name} has an unreadable manifest ({exc}).") from None
    if manifest.get("format") != FORMAT or str(manifest.get("version")) != folder.name:
        raise KioskError(f"Package {folder.name}'s manifest does not describe this package.")
    for relative, told in manifest.get("files", {}).items():
        path = folder / relative
        if not path.is_file():
            raise KioskError(f"Package {folder.name} is not complete yet: {relative} has not arrived.")
        if sha256(path) != told:
            raise KioskError(f"Package {folder.name} is damaged: {relative} does not match its checksum.")
    if CONTENT not in manifest.get("files", {}):
        raise KioskError(f"Package {folder.name} holds no database.")
    try:
        conn = sqlite3.connect(f"file:{folder / CONTENT}?mode=ro", uri=True)
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise KioskError(f"Package {folder.name}'s database cannot be read ({exc}).") from None
    if verdict != "ok":
        raise KioskError(f"Package {folder.name}'s database is damaged ({verdict}).")
    return Package(folder, int(folder.name), manifest)


def arrived(folder: Path) -> bool:
    """A glance, cheap enough for the screen's thread: the manifest is there and every file it lists is there with
    its size. Whether they are whole and sound is `check`'s to say."""
    try:
        sizes = json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))["sizes"]
        return all((Path(folder) / name).stat().st_size == size for name, size in sizes.items())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False


def newest(packages: Path) -> tuple[Package | None, list[str]]:
    """The newest package that can be used, and a sentence for each newer one that cannot."""
    problems = []
    for version in reversed(versions_in(packages)):
        try:
            return check(Path(packages) / str(version)), problems
        except KioskError as exc:
            problems.append(str(exc))
    return None, problems


def rollback(packages: Path, version: int, made_by: str) -> Package:
    """Make an older package current again: a new version with its content (every kiosk takes the newest)."""
    old = check(Path(packages) / str(version))
    source = sqlite3.connect(f"file:{old.content}?mode=ro", uri=True)
    try:
        db = Database(source)
        return publish(db, packages, old.folder / "media", made_by, note=f"rollback to {version}")
    finally:
        source.close()
