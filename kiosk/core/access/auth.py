"""PINs for booth staff and organizers: hashing with a kiosk-local pepper, staff records, login and throttling.

A PIN is six ASCII digits. It is stored as scrypt over HMAC-SHA256(pepper, PIN), so the database without the
pepper file cannot be used to test PINs. Logins are throttled per login key (a booth's owner, or 'organizer') in
this kiosk's own database, so a lock holds at one kiosk only: after 5 wrong PINs in a row the key waits 30 s, then
60 s, 120 s, … per further wrong PIN, at most 15 minutes. The waits grow with the evidence (wrong PINs in a row, which
no waiting resets) but stay short, so a stranger cannot keep the owner out for long: 104 guesses a day per key
and kiosk, one chance in 9,600 of hitting a given PIN. A malformed PIN (not six ASCII digits) is refused before
the throttle and does not count as a try: it cannot match any PIN, so it tells a guesser nothing. Issuing a PIN
(add, reset, organizer) or the organizer clearing the lock (`clear_lock`) ends that key's wait.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import os
import re
import secrets
import time
from pathlib import Path
from typing import Callable

from sqlite_utils import Database

from kiosk.core.access.principal import Principal
from kiosk.core.common import files
from kiosk.core.common.errors import KioskError
from kiosk.core.common.text import clean
from kiosk.core.store import database as kdb
from kiosk.core.store import writer

PIN_LENGTH = 6
PEPPER_BYTES = 32
SALT_BYTES = 16
SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_DKLEN = 2**14, 8, 1, 32

FREE_TRIES = 5
FIRST_WAIT_S = 30
MAX_WAIT_S = 15 * 60

ORGANIZER = "organizer"
ANONYMOUS = "anonymous"


class AuthError(KioskError):
    """A refused login or PIN; `code` names the reason for the UI to translate."""

    code = "auth"


class BadPinFormat(AuthError):
    code = "bad-pin-format"


class WrongPin(AuthError):
    code = "wrong-pin"

    def __init__(self, seconds_left: int = 0):
        self.seconds_left = seconds_left
        wait = f"; try again in {seconds_left} seconds" if seconds_left else ""
        super().__init__(f"The PIN is not right{wait}.")


class LoginLocked(AuthError):
    code = "login-locked"

    def __init__(self, seconds_left: int):
        self.seconds_left = seconds_left
        super().__init__(f"Too many wrong PINs; try again in {seconds_left} seconds.")


class UnknownBooth(AuthError):
    code = "unknown-booth"


# --- PINs ---------------------------------------------------------------------------------------------------

def check_pin_format(pin: str) -> str:
    """The PIN itself, or BadPinFormat unless it is exactly six ASCII digits."""
    if isinstance(pin, str) and re.fullmatch(r"[0-9]{6}", pin, re.ASCII):
        return pin
    if isinstance(pin, str) and pin.isascii() and (pin.isdigit() or not pin):
        which = "too short" if len(pin) < PIN_LENGTH else "too long"
        raise BadPinFormat(f"That PIN is {which}: it has {len(pin)} digits, and a PIN is exactly {PIN_LENGTH} digits 0-9.")
    if isinstance(pin, str) and pin.isdigit():
        raise BadPinFormat("A PIN uses the digits 0-9 only, not Thai or other digits.")
    raise BadPinFormat(f"A PIN is exactly {PIN_LENGTH} digits 0-9.")


def is_weak(pin: str) -> bool:
    """All one digit, or a straight run up or down such as 123456, 654321 or 890123."""
    steps = {(int(b) - int(a)) % 10 for a, b in zip(pin, pin[1:])}
    return len(steps) == 1 and steps <= {0, 1, 9}


def new_pin() -> str:
    while True:
        pin = "".join(secrets.choice("0123456789") for _ in range(PIN_LENGTH))
        if not is_weak(pin):
            return pin


def hash_pin(pin: str, pepper: bytes) -> str:
    check_pin_format(pin)
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(pin, pepper, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str, pepper: bytes) -> bool:
    try:
        check_pin_format(pin)
    except BadPinFormat:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            raise ValueError(scheme)
        expected = bytes.fromhex(digest)
        actual = _scrypt(pin, pepper, bytes.fromhex(salt), int(n), int(r), int(p))
    except ValueError:
        raise KioskError("A stored PIN is damaged; reset that PIN.") from None
    return hmac.compare_digest(actual, expected)


def _scrypt(pin: str, pepper: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    keyed = hmac.new(pepper, pin.encode("ascii"), hashlib.sha256).digest()
    return hashlib.scrypt(keyed, salt=salt, n=n, r=r, p=p, dklen=SCRYPT_DKLEN)


# --- the pepper file ----------------------------------------------------------------------------------------

def load_pepper(path: Path) -> bytes:
    """The kiosk's PIN secret, created with owner-only permissions on first use."""
    path = Path(path)
    if not path.exists():
        _create_pepper(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KioskError(f"Could not read the PIN secret {path} ({exc.strerror}).") from None
    if len(data) != PEPPER_BYTES:
        raise KioskError(f"The PIN secret {path} is damaged; restore it from a backup, "
                         f"or delete it and issue every PIN again.")
    return data


def pepper_for_issuing(db: Database, path: Path, *, new_secret: bool = False) -> bytes:
    """The PIN secret to issue a PIN with. A missing one is made only while no PIN is in use, or when the organizer
    asks for a new one (`new_secret`, for a secret lost for good): a new secret makes every PIN issued so far wrong."""
    path = Path(path)
    if new_secret and path.exists():
        raise KioskError(f"The PIN secret {path} exists; a new one is made only when it is lost. "
                         "To replace one person's PIN, use `kiosk staff reset` or `kiosk organizer set-pin`.")
    active = active_pins(db)
    if not path.exists() and active and not new_secret:
        raise KioskError(f"The PIN secret {path} is missing, but {active} PIN(s) were issued with it, so a new one "
                         f"would make all of them wrong. Copy the fleet's pepper file to {path} (from another kiosk's "
                         "data folder or your private copy); if it is lost for good, run "
                         "`kiosk organizer set-pin --new-secret` and give every staff member a new PIN.")
    return load_pepper(path)


def _create_pepper(path: Path) -> None:
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(secrets.token_bytes(PEPPER_BYTES))
            f.flush()
            os.fsync(f.fileno())
        try:
            # A link, unlike a rename, never replaces a pepper that another process wrote meanwhile.
            os.link(temp, path)
        except FileExistsError:
            pass
        files.sync_folder(path.parent)
    except OSError as exc:
        raise KioskError(f"Could not create the PIN secret {path} ({exc.strerror}).") from None
    finally:
        temp.unlink(missing_ok=True)


# --- staff records ------------------------------------------------------------------------------------------

def resolve_owner(db: Database, ref: str) -> tuple[str, str]:
    """("city", id) or ("organisation", id) for a booth code (any case) or an owner's id."""
    ref = ref.strip()
    booth = db.execute("SELECT code, city_id, organisation_id FROM booth WHERE code = ? COLLATE NOCASE",
                       [ref]).fetchone()
    if booth:
        code, city_id, organisation_id = booth
        if city_id:
            return "city", city_id
        if organisation_id:
            return "organisation", organisation_id
        raise UnknownBooth(f"Booth {code} has no city or exhibitor yet.")
    for owner_type in ("city", "organisation"):
        if db.execute(f"SELECT 1 FROM {owner_type} WHERE id = ?", [ref.lower()]).fetchone():
            return owner_type, ref.lower()
    raise UnknownBooth(f"There is no booth, city or exhibitor called {ref!r}.")


def add_staff(db: Database, ref: str, name: str | None, pepper: bytes, actor: str) -> tuple[str, str]:
    """A new staff member for the owner of booth `ref`: their id and PIN (shown once, stored only hashed)."""
    owner_type, owner_id = resolve_owner(db, ref)
    staff_id = secrets.token_hex(6)
    pin = new_pin()
    stamp = kdb.now()
    with kdb.transaction(db):
        db.execute(
            "INSERT INTO staff (id, role, owner_type, owner_id, name, pin_hash, created_at, updated_at, updated_by) "
            "VALUES (?, 'staff', ?, ?, ?, ?, ?, ?, ?)",
            [staff_id, owner_type, owner_id, clean(name or "") or None, hash_pin(pin, pepper), stamp, stamp, actor])
        _clear_throttle(db, _throttle_key((owner_type, owner_id)))
        writer.audit(db, actor, "add-staff", "staff", staff_id, detail=f"for {owner_type}:{owner_id}")
    return staff_id, pin


def list_staff(db: Database) -> list[dict]:
    rows = db.execute("SELECT id, role, owner_type, owner_id, name, created_at, revoked_at FROM staff "
                      "ORDER BY role DESC, owner_type, owner_id, created_at, id").fetchall()
    return [{"id": staff_id, "role": role,
             "owner": f"{owner_type}:{owner_id}" if owner_type else None,
             "booths": _booth_codes(db, owner_type, owner_id) if owner_type else [],
             "name": name, "created": created, "revoked": revoked}
            for staff_id, role, owner_type, owner_id, name, created, revoked in rows]


def who(db: Database, actor: str) -> dict:
    """Who an actor ("staff:<id>", "organizer:<id>", or an import's name) is, for the history staff read:
    {role: staff, organizer or data, name, booths}."""
    role, _, staff_id = actor.partition(":")
    if role not in ("staff", "organizer"):
        return {"role": "data", "name": "", "booths": []}
    row = db.execute("SELECT owner_type, owner_id, name FROM staff WHERE id = ?", [staff_id]).fetchone()
    if row is None:  # added on another kiosk of the fleet
        return {"role": role, "name": "", "booths": []}
    owner_type, owner_id, name = row
    return {"role": role, "name": name or "",
            "booths": _booth_codes(db, owner_type, owner_id) if owner_type else []}


def _booth_codes(db: Database, owner_type: str, owner_id: str) -> list[str]:
    column = "city_id" if owner_type == "city" else "organisation_id"
    return [code for (code,) in db.execute(f"SELECT code FROM booth WHERE {column} = ? ORDER BY code", [owner_id])]


def reset_pin(db: Database, staff_id: str, pepper: bytes, actor: str) -> str:
    """A new PIN for an active staff member (the old one stops working); returned once."""
    owner = _active_owner(db, staff_id)
    pin = new_pin()
    with kdb.transaction(db):
        db.execute("UPDATE staff SET pin_hash = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                   [hash_pin(pin, pepper), kdb.now(), actor, staff_id])
        _clear_throttle(db, _throttle_key(owner))
        writer.audit(db, actor, "reset-pin", "staff", staff_id)
    return pin


def revoke(db: Database, staff_id: str, actor: str) -> None:
    """Stop a PIN for good; a kiosk where its owner is signed in ends the session (`still_valid`) within a second."""
    _active_owner(db, staff_id)
    stamp = kdb.now()
    with kdb.transaction(db):
        db.execute("UPDATE staff SET revoked_at = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                   [stamp, stamp, actor, staff_id])
        writer.audit(db, actor, "revoke", "staff", staff_id)


def _active_owner(db: Database, staff_id: str) -> tuple[str, str] | None:
    """The owner of an active staff member (None for an organizer); KioskError if unknown or revoked."""
    row = db.execute("SELECT owner_type, owner_id, revoked_at FROM staff WHERE id = ?", [staff_id]).fetchone()
    if row is None:
        raise KioskError(f"There is no staff member with the id {staff_id!r}.")
    if row[2]:
        raise KioskError(f"Staff member {staff_id} was revoked on {row[2]}.")
    return (row[0], row[1]) if row[0] else None


def set_organizer_pin(db: Database, pepper: bytes, actor: str, pin: str | None = None) -> str:
    """Set or replace the organizer's PIN (a fresh one unless given); returns it."""
    if pin is None:
        pin = new_pin()
    elif is_weak(check_pin_format(pin)):
        raise KioskError("That PIN is too easy to guess; choose one that is not a single digit or a straight run.")
    stamp = kdb.now()
    pin_hash = hash_pin(pin, pepper)
    with kdb.transaction(db):
        row = db.execute("SELECT id FROM staff WHERE role = 'organizer' AND revoked_at IS NULL").fetchone()
        if row:
            staff_id = row[0]
            db.execute("UPDATE staff SET pin_hash = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                       [pin_hash, stamp, actor, staff_id])
        else:
            staff_id = secrets.token_hex(6)
            db.execute("INSERT INTO staff (id, role, pin_hash, created_at, updated_at, updated_by) "
                       "VALUES (?, 'organizer', ?, ?, ?, ?)", [staff_id, pin_hash, stamp, stamp, actor])
        _clear_throttle(db, ORGANIZER)
        writer.audit(db, actor, "set-organizer-pin", "staff", staff_id)
    return pin


# --- login and throttling -----------------------------------------------------------------------------------

def login(db: Database, key: str, pin: str, pepper: bytes, *, now: Callable[[], float] = time.time) -> Principal:
    """The signed-in person for a booth code or owner id (or 'organizer') and a PIN; AuthError otherwise."""
    check_pin_format(pin)
    owner = None if key.strip().lower() == ORGANIZER else resolve_owner(db, key)
    throttle_key = _throttle_key(owner)
    entity = owner or ("role", ORGANIZER)
    _refuse_if_locked(db, throttle_key, entity, now())
    principal = _match_pin(db, owner, pin, pepper)
    if principal is None:
        raise WrongPin(_record_failure(db, throttle_key, entity, now()))
    with kdb.transaction(db):
        _clear_throttle(db, throttle_key)
        writer.audit(db, principal.actor, "login", *entity)
    return principal


def _throttle_key(owner: tuple[str, str] | None) -> str:
    return f"{owner[0]}:{owner[1]}" if owner else ORGANIZER


def _match_pin(db: Database, owner: tuple[str, str] | None, pin: str, pepper: bytes) -> Principal | None:
    """The active staff member (or organizer) for `owner` whose PIN this is."""
    if owner is None:
        rows = db.execute("SELECT id, role, owner_type, owner_id, name, pin_hash FROM staff "
                          "WHERE role = 'organizer' AND revoked_at IS NULL").fetchall()
    else:
        rows = db.execute("SELECT id, role, owner_type, owner_id, name, pin_hash FROM staff "
                          "WHERE role = 'staff' AND owner_type = ? AND owner_id = ? AND revoked_at IS NULL",
                          list(owner)).fetchall()
    for staff_id, role, owner_type, owner_id, name, pin_hash in rows:
        if verify_pin(pin, pin_hash, pepper):
            return Principal(staff_id, role, owner_type, owner_id, name or "")
    return None


def wait_after(failures: int) -> int:
    """Seconds a login key waits after this many wrong PINs in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(FIRST_WAIT_S * 2 ** (failures - FREE_TRIES), MAX_WAIT_S)


def _refuse_if_locked(db: Database, throttle_key: str, entity: tuple[str, str], at: float) -> None:
    row = db.execute("SELECT locked_until FROM login_throttle WHERE key = ?", [throttle_key]).fetchone()
    if row is None or row[0] <= at:
        return
    locked_until = row[0]
    with kdb.transaction(db):
        if locked_until > at + MAX_WAIT_S:
            # The clock went back (an offline kiosk's clock can be reset): no wait lasts longer than the cap.
            locked_until = at + MAX_WAIT_S
            db.execute("UPDATE login_throttle SET locked_until = ? WHERE key = ?", [locked_until, throttle_key])
        seconds_left = math.ceil(locked_until - at)
        writer.audit(db, ANONYMOUS, "login-locked", *entity, detail=f"{seconds_left} s left")
    raise LoginLocked(seconds_left)


def _record_failure(db: Database, throttle_key: str, entity: tuple[str, str], at: float) -> int:
    """Count a wrong PIN; returns the wait it starts (0 while tries are left)."""
    with kdb.transaction(db):
        db.execute("INSERT INTO login_throttle (key, failures) VALUES (?, 1) "
                   "ON CONFLICT (key) DO UPDATE SET failures = failures + 1", [throttle_key])
        failures = db.execute("SELECT failures FROM login_throttle WHERE key = ?", [throttle_key]).fetchone()[0]
        wait = wait_after(failures)
        if wait:
            db.execute("UPDATE login_throttle SET locked_until = ? WHERE key = ?", [at + wait, throttle_key])
        detail = f"wrong PIN {failures} in a row" + (f"; waits {wait} s" if wait else "")
        writer.audit(db, ANONYMOUS, "login-failed", *entity, detail=detail)
    return wait


def locks(db: Database, at: float) -> list[dict]:
    """The login keys on this kiosk that wrong PINs have locked (or will lock at the next wrong PIN): the key
    ("organizer", "city:bangkok"), the owner (None for the organizer) and its booths, the wrong PINs in a row and the seconds left."""
    rows = db.execute("SELECT key, failures, locked_until FROM login_throttle WHERE failures >= ? ORDER BY key",
                      [FREE_TRIES]).fetchall()
    out = []
    for key, failures, locked_until in rows:
        owner = tuple(key.split(":", 1)) if key != ORGANIZER else None
        out.append({"key": key, "owner": owner, "booths": _booth_codes(db, *owner) if owner else [],
                    "failures": failures,
                    "seconds": max(0, math.ceil(min(locked_until - at, MAX_WAIT_S)))})
    return out


def clear_lock(db: Database, ref: str, actor: str) -> int:
    """End the wait of a booth (its code, its owner's id or a key such as "city:bangkok") or of "organizer" on this
    kiosk; returns how many wrong PINs in a row it had (0: it was not locked)."""
    owner = _login_owner(db, ref)
    throttle_key = _throttle_key(owner)
    with kdb.transaction(db):
        row = db.execute("SELECT failures FROM login_throttle WHERE key = ?", [throttle_key]).fetchone()
        if row is None:
            return 0
        _clear_throttle(db, throttle_key)
        writer.audit(db, actor, "clear-lock", *(owner or ("role", ORGANIZER)),
                     detail=f"after {row[0]} wrong PINs in a row")
    return row[0]


def _login_owner(db: Database, ref: str) -> tuple[str, str] | None:
    ref = ref.strip()
    if ref.lower() == ORGANIZER:
        return None
    kind, _, owner_id = ref.partition(":")
    if kind in ("city", "organisation") and owner_id:
        if not db.execute(f"SELECT 1 FROM {kind} WHERE id = ?", [owner_id]).fetchone():
            raise UnknownBooth(f"There is no {kind} called {owner_id!r}.")
        return kind, owner_id
    return resolve_owner(db, ref)


def _clear_throttle(db: Database, throttle_key: str) -> None:
    db.execute("DELETE FROM login_throttle WHERE key = ?", [throttle_key])


def still_valid(db: Database, principal: Principal) -> bool:
    """Whether a signed-in person may still act: their PIN not revoked, their role and booth's owner unchanged."""
    row = db.execute("SELECT role, owner_type, owner_id, revoked_at FROM staff WHERE id = ?",
                     [principal.staff_id]).fetchone()
    return (row is not None and row[3] is None
            and (row[0], row[1], row[2]) == (principal.role, principal.owner_type, principal.owner_id))


def active_pins(db: Database) -> int:
    """How many PINs (staff and organizer) are in use: while there are any, a new pepper would make them all wrong."""
    return db.execute("SELECT count(*) FROM staff WHERE revoked_at IS NULL").fetchone()[0]
