"""A kiosk's edit journal: every change made at this kiosk, one checksummed file per entry, in a folder only this
kiosk writes (`<journals>/<kiosk id>/00000001.json`, …).

A new file per entry keeps the cost of each entry flat for Syncthing (a growing file is rehashed whole) and means no
reader ever sees half an entry: a file is written beside its name and renamed into place. A file that does not parse,
whose checksum does not match, or that claims another kiosk or number is reported and left out, never applied.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.common import files
from kiosk.core.common.errors import KioskError
from kiosk.core.fleet.clock import Stamp
from kiosk.core.store.writer import Change

FORMAT = 1
NAME = re.compile(r"(\d{8})\.json", re.ASCII)


@dataclass(frozen=True)
class Entry:
    kiosk: str
    seq: int
    stamp: Stamp
    change: Change

    @property
    def order(self) -> tuple:
        """Every kiosk applies entries in this order."""
        return self.stamp, self.kiosk, self.seq


def checksum(body: dict) -> str:
    return hashlib.sha256(json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
                          .encode("utf-8")).hexdigest()


def encode(entry: Entry) -> bytes:
    c = entry.change
    body = {"format": FORMAT, "kiosk": entry.kiosk, "seq": entry.seq, "stamp": entry.stamp.text(),
            "change": {"action": c.action, "op": c.op, "table": c.table, "id": c.row_id, "fields": c.fields,
                       "values": c.values, "actor": c.actor, "at": c.at, "detail": c.detail}}
    return json.dumps({**body, "sha256": checksum(body)}, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def decode(data: bytes, kiosk: str, seq: int) -> Entry:
    """The entry in a journal file, or ValueError saying what is wrong with it."""
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"it is not a whole journal entry ({exc})") from None
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise ValueError("it is not a journal entry this kiosk can read")
    told = body.pop("sha256", None)
    if told != checksum(body):
        raise ValueError("its checksum does not match: it was changed after it was written")
    if body.get("kiosk") != kiosk or body.get("seq") != seq:
        raise ValueError(f"it claims to be entry {body.get('seq')} of kiosk {body.get('kiosk')!r}")
    c = body["change"]
    change = Change(c["action"], c["op"], c["table"], c["id"], c["fields"], c["values"], c["actor"], c["at"],
                    c["detail"])
    return Entry(kiosk, seq, Stamp.parse(body["stamp"]), change)


class Journal:
    """This kiosk's own journal."""

    def __init__(self, folder: Path, kiosk: str):
        self.folder = Path(folder) / kiosk
        self.kiosk = kiosk
        self.folder.mkdir(parents=True, exist_ok=True)
        self.last = max((int(m[1]) for p in self.folder.iterdir() if (m := NAME.fullmatch(p.name))), default=0)

    def last_stamp(self) -> Stamp | None:
        """The stamp of this journal's last entry (None when empty or unreadable)."""
        if not self.last:
            return None
        try:
            return decode((self.folder / f"{self.last:08d}.json").read_bytes(), self.kiosk, self.last).stamp
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def append(self, change: Change, stamp: Stamp) -> Entry:
        entry = Entry(self.kiosk, self.last + 1, stamp, change)
        try:
            files.write_atomically(self.folder / f"{entry.seq:08d}.json", encode(entry))
        except OSError as exc:
            raise KioskError(f"Could not add to the edit journal in {self.folder} ({exc.strerror or exc}).") from None
        self.last = entry.seq
        return entry


def read(journals: Path, skip: set[tuple[str, int]] = frozenset()) -> tuple[list[Entry], list[str]]:
    """Every entry of every kiosk's journal under `journals` (but those in `skip`, not even read), in the order
    they are applied, and a sentence for each file left out."""
    entries, problems = [], []
    for folder in sorted(p for p in Path(journals).iterdir() if p.is_dir()) if Path(journals).is_dir() else []:
        for path in sorted(folder.iterdir()):
            match = NAME.fullmatch(path.name)
            if not match or (folder.name, int(match[1])) in skip:
                continue  # a file on its way in (Syncthing's or ours), something else, or one applied already
            try:
                entries.append(decode(path.read_bytes(), folder.name, int(match[1])))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                problems.append(f"Journal entry {path} was left out: {exc}.")
    entries.sort(key=lambda e: e.order)
    return entries, problems
