"""Writing files so that a power cut leaves the old file or the new one, never half of one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kiosk.core.common.errors import KioskError


def sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    """Make a rename or a new file in `folder` durable (POSIX; Windows cannot open a folder to sync it)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(target: Path, data: bytes, *, mode: int = 0o644) -> None:
    """Write through a temporary file in the same folder, fsync, rename over `target`, fsync the folder: readers
    never see half a file. Raises OSError; the temporary file never stays behind."""
    target = Path(target)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    sync_folder(target.parent)


def write(target: Path, data: bytes) -> None:
    """`write_atomically`, with a failure told as one plain sentence (KioskError)."""
    try:
        write_atomically(target, data)
    except OSError as exc:
        raise KioskError(f"Could not write {target} ({exc.strerror or exc}).") from None


def size_text(n: float) -> str:
    """A file or disk size for people: 980 bytes, 1.2 MB, 71.9 GB."""
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if n < 1024 or unit == "TB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return ""


def move_aside(db_path: Path, label: str) -> Path:
    """Rename a SQLite file to `<name>.<label>` (numbered if taken), its -wal and -shm with it so that SQLite still
    finds them; nothing is deleted. Returns the new name."""
    db_path = Path(db_path)
    aside, n = db_path.with_name(f"{db_path.name}.{label}"), 1
    while aside.exists():
        n += 1
        aside = db_path.with_name(f"{db_path.name}.{label}-{n}")
    for suffix in ("-wal", "-shm"):
        if Path(f"{db_path}{suffix}").exists():
            os.replace(f"{db_path}{suffix}", f"{aside}{suffix}")
    os.replace(db_path, aside)
    sync_folder(db_path.parent)
    return aside


def move_back(aside: Path, db_path: Path) -> None:
    """Undo `move_aside`: the file and its -wal and -shm back in place of what is there now."""
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        if Path(f"{aside}{suffix}").exists():
            os.replace(f"{aside}{suffix}", f"{db_path}{suffix}")
    os.replace(aside, db_path)
    sync_folder(Path(db_path).parent)
