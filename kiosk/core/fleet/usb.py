"""The fleet's folders on a USB stick, for a hall without a network: a stick carried from kiosk to kiosk converges
the fleet as Syncthing would. Every file of the fleet is written once under its name and never changed (journal
entries, package files), so an exchange only copies what one side lacks, each way; doing it twice changes nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.core.common import files
from kiosk.core.common.errors import KioskError
from kiosk.core.fleet import journal, package

FOLDERS = ("journals", "packages")


@dataclass
class Exchanged:
    to_stick: int = 0
    from_stick: int = 0
    problems: list[str] = field(default_factory=list)


def exchange(fleet: Path, stick: Path) -> Exchanged:
    """Copy this machine's journals and packages to the stick and take in everything the stick has that this
    machine lacks."""
    stick = Path(stick)
    if not stick.is_dir():
        raise KioskError(f"There is no folder {stick}: is the stick plugged in and mounted?")
    done = Exchanged()
    for name in FOLDERS:
        done.to_stick += _copy_missing(Path(fleet) / name, stick / "kiosk-fleet" / name, done.problems)
        done.from_stick += _copy_missing(stick / "kiosk-fleet" / name, Path(fleet) / name, done.problems)
    return done


def _wanted(path: Path, root: Path) -> bool:
    """A finished file of the fleet: a journal entry or a file of a package (not one on its way in)."""
    parts = path.relative_to(root).parts
    if any(part.startswith(".") for part in parts):
        return False
    if parts[0] == "journals" or root.name == "journals":
        return bool(journal.NAME.fullmatch(path.name)) or "media" in parts  # an entry, or a picture beside it
    return package.VERSION.fullmatch(parts[0]) is not None


def _copy_missing(source: Path, target: Path, problems: list[str]) -> int:
    if not source.is_dir():
        return 0
    copied = 0
    for path in sorted(p for p in source.rglob("*") if p.is_file() and _wanted(p, source)):
        destination = target / path.relative_to(source)
        if destination.exists():
            if destination.stat().st_size != path.stat().st_size:
                problems.append(f"{destination} differs from {path}: both kept as they are.")
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        try:
            files.write_atomically(destination, path.read_bytes())
        except OSError as exc:
            problems.append(f"Could not copy {path} to {destination} ({exc.strerror or exc}).")
            continue
        copied += 1
    return copied
