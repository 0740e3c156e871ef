"""PINs, roles and login throttling for booth staff and organizers, on real SQLite files."""

import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
import sys

import pytest

from kiosk.core.access import auth
from kiosk.core.common.errors import KioskError
from kiosk.core.store import database as kdb

ACTOR = "test"


class Clock:
    """A clock the test moves by hand (epoch seconds)."""

    def __init__(self, t: float = 1_700_000_000.0):
        self.t = t

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def pepper(tmp_path):
    return auth.load_pepper(tmp_path / "secrets" / "pepper")


@pytest.fixture
def clock():
    return Clock()


def wrong(pin: str) -> str:
    return f"{(int(pin) + 1) % 10**6:06d}"


AUDIT_COLUMNS = ("actor", "action", "entity_type", "entity_id", "fields", "detail")


def audit_rows(db, *actions):
    marks = ", ".join("?" for _ in actions)
    rows = db.execute(f"SELECT {', '.join(AUDIT_COLUMNS)} FROM audit WHERE action IN ({marks}) ORDER BY id",
                      list(actions))
    return [dict(zip(AUDIT_COLUMNS, row)) for row in rows]


def fail_times(db, key, pin, pepper, clock, times):
    for _ in range(times):
        with pytest.raises(auth.WrongPin):
            auth.login(db, key, pin, pepper, now=clock)


# --- PIN format, hashing, pepper -----------------------------------------------------------------------------

@pytest.mark.parametrize("pin", [
    "๑๒๓๔๕๖",  # Thai digits: str.isdigit() is True
    "٠١٢٣٤٥",  # Arabic-Indic digits
    "۱۲۳۴۵۶",  # extended Arabic-Indic digits
    "１２３４５６",  # full-width digits
    "12345", "1234567", "12a456", "abcdef", "", " 123456", "123456\n", "12 456",
])
def test_only_six_ascii_digits_make_a_pin(pin, writable_db, pepper):
    with pytest.raises(auth.BadPinFormat) as refused:
        auth.check_pin_format(pin)
    assert "0-9" in str(refused.value)
    with pytest.raises(auth.BadPinFormat):
        auth.hash_pin(pin, pepper)
    with pytest.raises(auth.BadPinFormat):
        auth.login(writable_db, "C21", pin, pepper)


def test_thai_digits_get_their_own_message():
    with pytest.raises(auth.BadPinFormat, match="not Thai or other digits"):
        auth.check_pin_format("๑๒๓๔๕๖")


@pytest.mark.parametrize("pin, said", [("12345", "too short: it has 5 digits"), ("1234567", "too long: it has 7 digits"),
                                       ("", "too short: it has 0 digits")])
def test_a_pin_of_the_wrong_length_is_called_too_short_or_too_long(pin, said):
    with pytest.raises(auth.BadPinFormat) as refused:
        auth.check_pin_format(pin)
    assert said in str(refused.value) and "Thai" not in str(refused.value)


def test_cli_says_a_short_pin_is_too_short(demo_db_file, tmp_path):
    path = tmp_path / "show.db"
    shutil.copyfile(demo_db_file, path)
    short = kiosk("organizer", "set-pin", "--pin", "12345", "--db", path, data_dir=tmp_path)
    assert_plain_error(short)
    assert "too short" in short.stderr and "Thai" not in short.stderr


def test_a_pin_of_ascii_digits_passes():
    assert auth.check_pin_format("048213") == "048213"


@pytest.mark.parametrize("pin", ["000000", "777777", "123456", "654321", "890123", "098765", "456789"])
def test_weak_pins_are_recognised(pin):
    assert auth.is_weak(pin)


@pytest.mark.parametrize("pin", ["482913", "121212", "123457", "100000"])
def test_other_pins_are_not_weak(pin):
    assert not auth.is_weak(pin)


def test_new_pins_are_six_ascii_digits_and_never_weak():
    for _ in range(300):
        pin = auth.new_pin()
        assert re.fullmatch(r"[0-9]{6}", pin, re.ASCII)
        assert not auth.is_weak(pin)


def test_hash_format_salt_and_verification(pepper):
    stored = auth.hash_pin("482913", pepper)
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    assert "482913" not in stored
    assert auth.hash_pin("482913", pepper) != stored  # a fresh salt each time
    assert auth.verify_pin("482913", stored, pepper)
    assert not auth.verify_pin("482914", stored, pepper)
    assert not auth.verify_pin("๔๘๒๙๑๓", stored, pepper)
    assert not auth.verify_pin("482913", stored, bytes(32))


def test_a_damaged_stored_hash_is_reported(pepper):
    with pytest.raises(KioskError, match="damaged"):
        auth.verify_pin("482913", "scrypt$16384$8$1$zz$00", pepper)


def test_pepper_is_created_once_with_owner_only_permissions(tmp_path):
    path = tmp_path / "new" / "folder" / "pepper"
    first = auth.load_pepper(path)
    assert len(first) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert auth.load_pepper(path) == first
    assert sorted(p.name for p in path.parent.iterdir()) == ["pepper"]  # no temporary file left behind


@pytest.mark.parametrize("content", [b"", b"short", bytes(33)])
def test_a_damaged_pepper_is_refused(tmp_path, content):
    path = tmp_path / "pepper"
    path.write_bytes(content)
    with pytest.raises(KioskError, match="damaged"):
        auth.load_pepper(path)
    assert path.read_bytes() == content  # never silently replaced: that would void every PIN


# --- what the database holds --------------------------------------------------------------------------------

def test_the_database_holds_no_pin_in_clear_and_no_hash_usable_without_the_pepper(
        demo_db_file, tmp_path, pepper, monkeypatch):
    path = tmp_path / "show.db"
    shutil.copyfile(demo_db_file, path)
    files = (path, path.with_name("show.db-wal"))

    def raw() -> bytes:
        return b"".join(f.read_bytes() for f in files if f.exists())

    with kdb.connect(path) as db:
        before = raw()
        staff_pin, organizer_pin = [p for p in ("480917", "736251", "591842", "264039", "803716")
                                    if p.encode() not in before][:2]
        monkeypatch.setattr(auth, "new_pin", lambda: staff_pin)
        staff_id, pin = auth.add_staff(db, "C21", "Somchai", pepper, ACTOR)
        assert pin == staff_pin
        auth.set_organizer_pin(db, pepper, ACTOR, organizer_pin)
        with pytest.raises(auth.WrongPin):
            auth.login(db, "C21", wrong(staff_pin), pepper)
        auth.login(db, "C21", staff_pin, pepper)
        auth.login(db, "organizer", organizer_pin, pepper)
        assert path.with_name("show.db-wal").exists()
        for secret in (staff_pin, organizer_pin):
            assert secret.encode() not in raw()
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for secret in (staff_pin, organizer_pin):
            assert secret.encode() not in path.read_bytes()
        stored = db.execute("SELECT pin_hash FROM staff WHERE id = ?", [staff_id]).fetchone()[0]
    assert auth.verify_pin(staff_pin, stored, pepper)
    assert not auth.verify_pin(staff_pin, stored, os.urandom(32))
    _, n, r, p, salt, digest = stored.split("$")
    plain = hashlib.scrypt(staff_pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32)
    assert plain.hex() != digest  # scrypt of the PIN alone, as an attacker with only the database would try


def test_list_staff_shows_owner_and_booths_never_the_hash(writable_db, pepper):
    staff_id, _ = auth.add_staff(writable_db, "c21", "Somchai", pepper, ACTOR)
    auth.set_organizer_pin(writable_db, pepper, ACTOR)
    rows = auth.list_staff(writable_db)
    assert [r["role"] for r in rows] == ["staff", "organizer"]
    assert rows[0] == {"id": staff_id, "role": "staff", "owner": "city:bangkok", "booths": ["C21"],
                       "name": "Somchai", "created": rows[0]["created"], "revoked": None}
    assert rows[1]["owner"] is None and rows[1]["booths"] == []
    assert "scrypt" not in json.dumps(rows)


def test_every_change_is_stamped_and_audited(writable_db, pepper):
    staff_id, _ = auth.add_staff(writable_db, "E03", None, pepper, "organizer:abc")
    auth.reset_pin(writable_db, staff_id, pepper, "cli")
    auth.revoke(writable_db, staff_id, "cli")
    organizer_pin = auth.set_organizer_pin(writable_db, pepper, "cli")
    row = writable_db.execute("SELECT owner_type, owner_id, updated_by, updated_at, revoked_at FROM staff "
                              "WHERE id = ?", [staff_id]).fetchone()
    assert row[:3] == ("organisation", "huawei", "cli") and row[3] and row[4]
    actions = [(r["actor"], r["action"], r["entity_type"]) for r in audit_rows(
        writable_db, "add-staff", "reset-pin", "revoke", "set-organizer-pin")]
    assert actions == [("organizer:abc", "add-staff", "staff"), ("cli", "reset-pin", "staff"),
                       ("cli", "revoke", "staff"), ("cli", "set-organizer-pin", "staff")]
    assert organizer_pin not in json.dumps(audit_rows(writable_db, "set-organizer-pin"))


def test_unknown_booths_and_staff_are_named_in_the_error(writable_db, pepper):
    with pytest.raises(auth.UnknownBooth, match="Z99") as unknown:
        auth.add_staff(writable_db, "Z99", None, pepper, ACTOR)
    assert unknown.value.code == "unknown-booth"
    with pytest.raises(auth.UnknownBooth, match="nowhere"):
        auth.login(writable_db, "nowhere", "482913", pepper)
    with pytest.raises(KioskError, match="feedface"):
        auth.reset_pin(writable_db, "feedface", pepper, ACTOR)
    with pytest.raises(KioskError, match="feedface"):
        auth.revoke(writable_db, "feedface", ACTOR)


def test_owner_is_found_by_booth_code_in_any_case_or_by_owner_id(writable_db):
    assert auth.resolve_owner(writable_db, "C21") == ("city", "bangkok")
    assert auth.resolve_owner(writable_db, "c21") == ("city", "bangkok")
    assert auth.resolve_owner(writable_db, "bangkok") == ("city", "bangkok")
    assert auth.resolve_owner(writable_db, "E03") == ("organisation", "huawei")
    assert auth.resolve_owner(writable_db, "huawei") == ("organisation", "huawei")


def test_error_classes_carry_codes_for_the_ui():
    for cls, code in [(auth.WrongPin, "wrong-pin"), (auth.LoginLocked, "login-locked"),
                      (auth.BadPinFormat, "bad-pin-format"), (auth.UnknownBooth, "unknown-booth")]:
        assert issubclass(cls, KioskError) and cls.code == code
    locked = auth.LoginLocked(42)
    assert locked.seconds_left == 42 and "42 seconds" in str(locked)


# --- authorization ------------------------------------------------------------------------------------------

def test_staff_sign_in_for_their_own_owner_only(writable_db, pepper):
    staff_id, pin = auth.add_staff(writable_db, "C21", "Somchai", pepper, ACTOR)
    for key in ("C21", "c21", "bangkok"):
        principal = auth.login(writable_db, key, pin, pepper)
        assert (principal.staff_id, principal.role, principal.name) == (staff_id, "staff", "Somchai")
        assert (principal.owner_type, principal.owner_id) == ("city", "bangkok")
    assert principal.may_edit_owner("city", "bangkok")
    assert not principal.may_edit_owner("organisation", "huawei")
    assert not principal.may_edit_owner("city", "chiang-mai")
    with pytest.raises(auth.WrongPin):  # the same PIN at another booth is just a wrong PIN
        auth.login(writable_db, "E03", pin, pepper)
    with pytest.raises(auth.WrongPin):
        auth.login(writable_db, "organizer", pin, pepper)


def test_the_organizer_may_edit_everything(writable_db, pepper):
    pin = auth.set_organizer_pin(writable_db, pepper, ACTOR)
    principal = auth.login(writable_db, "organizer", pin, pepper)
    assert principal.role == "organizer" and principal.is_organizer
    assert principal.may_edit_owner("city", "bangkok") and principal.may_edit_owner("organisation", "huawei")
    with pytest.raises(auth.WrongPin):  # the organizer's PIN is not a booth PIN
        auth.login(writable_db, "C21", pin, pepper)


def test_organizer_pin_is_set_then_replaced_with_one_active_row(writable_db, pepper):
    auth.set_organizer_pin(writable_db, pepper, ACTOR, "480917")
    auth.set_organizer_pin(writable_db, pepper, ACTOR, "736251")
    assert writable_db.execute("SELECT count(*) FROM staff WHERE role = 'organizer'").fetchone()[0] == 1
    with pytest.raises(auth.WrongPin):
        auth.login(writable_db, "organizer", "480917", pepper)
    assert auth.login(writable_db, "organizer", "736251", pepper).is_organizer


@pytest.mark.parametrize("pin, error", [("๑๒๓๔๕๖", auth.BadPinFormat), ("12345", auth.BadPinFormat),
                                        ("123456", KioskError), ("999999", KioskError)])
def test_a_given_organizer_pin_must_be_well_formed_and_not_weak(writable_db, pepper, pin, error):
    with pytest.raises(error):
        auth.set_organizer_pin(writable_db, pepper, ACTOR, pin)
    assert writable_db.execute("SELECT count(*) FROM staff").fetchone()[0] == 0


def test_revoked_staff_cannot_sign_in(writable_db, pepper):
    staff_id, pin = auth.add_staff(writable_db, "C21", None, pepper, ACTOR)
    auth.revoke(writable_db, staff_id, ACTOR)
    with pytest.raises(auth.WrongPin):
        auth.login(writable_db, "C21", pin, pepper)
    with pytest.raises(KioskError, match="revoked"):
        auth.reset_pin(writable_db, staff_id, pepper, ACTOR)
    assert auth.list_staff(writable_db)[0]["revoked"]


def test_reset_makes_the_old_pin_fail(writable_db, pepper, monkeypatch):
    monkeypatch.setattr(auth, "new_pin", iter(["480917", "736251"]).__next__)
    staff_id, old = auth.add_staff(writable_db, "C21", None, pepper, ACTOR)
    new = auth.reset_pin(writable_db, staff_id, pepper, ACTOR)
    assert (old, new) == ("480917", "736251")
    with pytest.raises(auth.WrongPin):
        auth.login(writable_db, "C21", old, pepper)
    assert auth.login(writable_db, "C21", new, pepper).staff_id == staff_id


def test_two_staff_of_one_booth_each_sign_in_as_themselves(writable_db, pepper, monkeypatch):
    monkeypatch.setattr(auth, "new_pin", iter(["480917", "736251"]).__next__)
    first, first_pin = auth.add_staff(writable_db, "C21", "A", pepper, ACTOR)
    second, second_pin = auth.add_staff(writable_db, "bangkok", "B", pepper, ACTOR)
    assert auth.login(writable_db, "C21", first_pin, pepper).staff_id == first
    assert auth.login(writable_db, "C21", second_pin, pepper).staff_id == second


# --- throttling ---------------------------------------------------------------------------------------------

def test_waits_double_from_30_seconds_to_a_quarter_of_an_hour():
    assert [auth.wait_after(n) for n in range(1, 14)] == [
        0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900, 900]


def guesses_in_a_day(db, pepper, clock, key="C21"):
    """A stranger at one kiosk trying a PIN the moment each wait ends, for 24 hours: how many PINs were tested."""
    tested = 0
    end = clock.t + 86400
    while clock.t < end:
        try:
            auth.login(db, key, "000000", pepper, now=clock)
        except auth.WrongPin as exc:
            tested += 1
            clock.t += exc.seconds_left
        except auth.LoginLocked as exc:
            clock.t += exc.seconds_left
    return tested


def test_a_stranger_cannot_keep_the_owner_out_for_long(writable_db, pepper, clock, monkeypatch):
    monkeypatch.setattr(auth, "new_pin", lambda: "480917")
    auth.add_staff(writable_db, "C21", None, pepper, ACTOR)
    tested = guesses_in_a_day(writable_db, pepper, clock)
    assert tested == 104  # docs/operations.md: 104 guesses a day per booth and kiosk
    with pytest.raises(auth.WrongPin) as refused:  # after a whole day of guessing, the owner waits at most 15 min
        auth.login(writable_db, "C21", "000000", pepper, now=clock)
    assert refused.value.seconds_left == 15 * 60
    clock.t += 15 * 60
    assert auth.login(writable_db, "C21", "480917", pepper, now=clock).owner_id == "bangkok"


def test_the_organizer_clears_a_booths_lock(writable_db, pepper, clock):
    _, pin = auth.add_staff(writable_db, "C21", None, pepper, ACTOR)
    for _ in range(7):
        with pytest.raises(auth.WrongPin) as refused:
            auth.login(writable_db, "C21", wrong(pin), pepper, now=clock)
        clock.t += refused.value.seconds_left
    clock.t -= 100  # 20 s of the last wait (120 s) have passed
    organizer_pin = auth.set_organizer_pin(writable_db, pepper, ACTOR)
    fail_times(writable_db, "organizer", wrong(organizer_pin), pepper, clock, 5)
    assert auth.locks(writable_db, clock()) == [
        {"key": "city:bangkok", "owner": ("city", "bangkok"), "booths": ["C21"], "failures": 7, "seconds": 100},
        {"key": "organizer", "owner": None, "booths": [], "failures": 5, "seconds": 30}]
    assert auth.clear_lock(writable_db, "city:bangkok", ACTOR) == 7
    assert auth.login(writable_db, "C21", pin, pepper, now=clock).owner_id == "bangkok"
    assert auth.clear_lock(writable_db, "C21", ACTOR) == 0  # nothing left to clear
    assert auth.clear_lock(writable_db, "organizer", ACTOR) == 5
    assert auth.locks(writable_db, clock()) == []
    cleared = audit_rows(writable_db, "clear-lock")
    assert [(r["entity_type"], r["entity_id"], r["detail"]) for r in cleared] == [
        ("city", "bangkok", "after 7 wrong PINs in a row"), ("role", "organizer", "after 5 wrong PINs in a row")]
    with pytest.raises(auth.UnknownBooth):
        auth.clear_lock(writable_db, "Z99", ACTOR)


def test_throttling_with_a_controllable_clock(writable_db, pepper, clock, monkeypatch):
    _, pin = auth.add_staff(writable_db, "C21", None, pepper, ACTOR)
    bad = wrong(pin)
    for _ in range(4):
        with pytest.raises(auth.WrongPin) as refused:
            auth.login(writable_db, "C21", bad, pepper, now=clock)
        assert refused.value.seconds_left == 0
    with pytest.raises(auth.WrongPin) as refused:
        auth.login(writable_db, "C21", bad, pepper, now=clock)
    assert refused.value.seconds_left == 30

    tested = []
    real_verify = auth.verify_pin
    monkeypatch.setattr(auth, "verify_pin", lambda *a: tested.append(a) or real_verify(*a))
    with pytest.raises(auth.LoginLocked) as locked:
        auth.login(writable_db, "C21", pin, pepper, now=clock)
    assert locked.value.seconds_left == 30
    clock.t += 29
    with pytest.raises(auth.LoginLocked) as locked:
        auth.login(writable_db, "C21", pin, pepper, now=clock)
    assert locked.value.seconds_left == 1
    assert tested == []  # while locked, the PIN is not even tested

    clock.t += 2
    expected = [60, 120, 240, 480, 900, 900]
    for wait in expected:
        with pytest.raises(auth.WrongPin) as refused:
            auth.login(writable_db, "C21", bad, pepper, now=clock)
        assert refused.value.seconds_left == wait
        with pytest.raises(auth.LoginLocked) as locked:
            auth.login(writable_db, "C21", pin, pepper, now=clock)
        assert locked.value.seconds_left == wait
        clock.t += wait
    assert auth.login(writable_db, "C21", pin, pepper, now=clock).owner_id == "bangkok"
    assert writable_db.execute("SELECT count(*) FROM login_throttle").fetchone()[0] == 0
    with pytest.raises(auth.WrongPin) as refused:  # the count starts again from zero
        auth.login(writable_db, "C21", bad, pepper, now=clock)
    assert refused.value.seconds_left == 0


def test_a_locked_booth_does_not_lock_another_or_the_organizer(writable_db, pepper, clock):
    _, bangkok_pin = auth.add_staff(writable_db, "C21", None, pepper, ACTOR)
    _, huawei_pin = auth.add_staff(writable_db, "E03", None, pepper, ACTOR)
    organizer_pin = auth.set_organizer_pin(writable_db, pepper, ACTOR)
    fail_times(writable_db, "C21", wrong(bangkok_pin), pepper, clock, 5)
    with pytest.raises(auth.LoginLocked):
        auth.login(writable_db, "bangkok", bangkok_pin, pepper, now=clock)  # the owner, by any of its names
    assert auth.login(writable_db, "E03", huawei_pin, pepper, now=clock).owner_id == "huawei"
    assert auth.login(writable_db, "organizer", organizer_pin, pepper, now=clock).is_organizer
    assert dict(writable_db.execute("SELECT key, failures FROM login_throttle").fetchall()) == {"city:bangkok": 5}


def test_the_lock_survives_a_restart(demo_db_file, tmp_path, pepper, clock):
    path = tmp_path / "show.db"
    shutil.copyfile(demo_db_file, path)
    with kdb.connect(path) as db:
        _, pin = auth.add_staff(db, "C21", None, pepper, ACTOR)
        fail_times(db, "C21", wrong(pin), pepper, clock, 5)
    clock.t += 10
    with kdb.connect(path) as db:
        with pytest.raises(auth.LoginLocked) as locked:
            auth.login(db, "C21", pin, pepper, now=clock)
    assert locked.value.seconds_left == 20


def test_a_clock_set_back_never_makes_a_wait_longer_than_the_cap(writable_db, pepper, clock):
    _, pin = auth.add_staff(writable_db, "C21", None, pepper, ACTOR)
    fail_times(writable_db, "C21", wrong(pin), pepper, clock, 5)
    clock.t -= 86400
    with pytest.raises(auth.LoginLocked) as locked:
        auth.login(writable_db, "C21", pin, pepper, now=clock)
    assert locked.value.seconds_left == 900
    clock.t += 900
    assert auth.login(writable_db, "C21", pin, pepper, now=clock).owner_id == "bangkok"


def test_malformed_pins_do_not_count_as_tries(writable_db, pepper, clock):
    _, pin = auth.add_staff(writable_db, "C21", None, pepper, ACTOR)
    for _ in range(10):
        with pytest.raises(auth.BadPinFormat):
            auth.login(writable_db, "C21", "๑๒๓๔๕๖", pepper, now=clock)
    assert writable_db.execute("SELECT count(*) FROM login_throttle").fetchone()[0] == 0
    assert auth.login(writable_db, "C21", pin, pepper, now=clock).owner_id == "bangkok"


def test_a_new_pin_from_the_organizer_ends_the_wait(writable_db, pepper, clock):
    staff_id, pin = auth.add_staff(writable_db, "C21", None, pepper, ACTOR)
    fail_times(writable_db, "C21", wrong(pin), pepper, clock, 5)
    new = auth.reset_pin(writable_db, staff_id, pepper, ACTOR)
    assert auth.login(writable_db, "C21", new, pepper, now=clock).staff_id == staff_id


def test_logins_failures_and_locks_are_audited_without_the_pin(writable_db, pepper, clock):
    staff_id, pin = auth.add_staff(writable_db, "C21", None, pepper, ACTOR)
    bad = wrong(pin)
    fail_times(writable_db, "C21", bad, pepper, clock, 5)
    with pytest.raises(auth.LoginLocked):
        auth.login(writable_db, "C21", pin, pepper, now=clock)
    clock.t += 30
    auth.login(writable_db, "C21", pin, pepper, now=clock)
    rows = audit_rows(writable_db, "login", "login-failed", "login-locked")
    assert [r["action"] for r in rows] == ["login-failed"] * 5 + ["login-locked", "login"]
    assert all((r["entity_type"], r["entity_id"]) == ("city", "bangkok") for r in rows)
    assert rows[-1]["actor"] == f"staff:{staff_id}"
    assert rows[4]["detail"] == "wrong PIN 5 in a row; waits 30 s"
    everything = json.dumps(list(writable_db.execute("SELECT * FROM audit").fetchall()))
    assert pin not in everything and bad not in everything


# --- the command line ---------------------------------------------------------------------------------------

def kiosk(*args, data_dir):
    return subprocess.run([sys.executable, "-m", "kiosk", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, "KIOSK_DATA_DIR": str(data_dir)}, timeout=300)


def assert_plain_error(result):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr


def printed_pin(stdout: str) -> str:
    found = re.findall(r"\b([0-9]{6})\b", stdout, re.ASCII)
    assert len(found) == 1, stdout
    return found[0]


def test_cli_staff_add_list_reset_revoke(demo_db_file, tmp_path):
    path = tmp_path / "show.db"
    shutil.copyfile(demo_db_file, path)
    data_dir = tmp_path / "kiosk-data"

    added = kiosk("staff", "add", "--booth", "C21", "--name", "Somchai", "--db", path, data_dir=data_dir)
    assert added.returncode == 0, added.stderr
    pin = printed_pin(added.stdout)
    assert "shown only now" in added.stdout and "bangkok" in added.stdout
    pepper_file = data_dir / "pepper"
    assert stat.S_IMODE(pepper_file.stat().st_mode) == 0o600
    pepper = auth.load_pepper(pepper_file)
    with kdb.connect(path) as db:
        principal = auth.login(db, "c21", pin, pepper)
    assert (principal.owner_type, principal.owner_id, principal.name) == ("city", "bangkok", "Somchai")

    listed = kiosk("staff", "list", "--db", path, data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    assert principal.staff_id in listed.stdout and "city:bangkok" in listed.stdout and "C21" in listed.stdout
    assert "scrypt" not in listed.stdout and pin not in listed.stdout
    as_json = json.loads(kiosk("staff", "list", "--json", "--db", path, data_dir=data_dir).stdout)
    assert as_json[0]["owner"] == "city:bangkok" and "pin_hash" not in as_json[0]

    reset = kiosk("staff", "reset", principal.staff_id, "--db", path, data_dir=data_dir)
    assert reset.returncode == 0, reset.stderr
    new = printed_pin(reset.stdout)
    with kdb.connect(path) as db:
        assert auth.login(db, "C21", new, pepper).staff_id == principal.staff_id

    revoked = kiosk("staff", "revoke", principal.staff_id, "--db", path, data_dir=data_dir)
    assert revoked.returncode == 0, revoked.stderr
    with kdb.connect(path) as db, pytest.raises(auth.WrongPin):
        auth.login(db, "C21", new, pepper)
    assert_plain_error(kiosk("staff", "reset", principal.staff_id, "--db", path, data_dir=data_dir))


def test_cli_lists_and_clears_a_booths_lock(demo_db_file, tmp_path):
    path = tmp_path / "show.db"
    shutil.copyfile(demo_db_file, path)
    pepper = auth.load_pepper(tmp_path / "pepper")
    with kdb.connect(path) as db:
        _, pin = auth.add_staff(db, "C21", None, pepper, ACTOR)
        fail_times(db, "C21", wrong(pin), pepper, Clock(), 5)
    listed = kiosk("staff", "locks", "--db", path, data_dir=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "city:bangkok: 5 wrong PINs in a row" in listed.stdout
    cleared = kiosk("staff", "unlock", "c21", "--db", path, data_dir=tmp_path)
    assert cleared.returncode == 0, cleared.stderr
    assert "Cleared the sign-in lock of c21" in cleared.stdout
    with kdb.connect(path) as db:
        assert auth.login(db, "C21", pin, pepper).owner_id == "bangkok"
    assert "No sign-in is locked" in kiosk("staff", "locks", "--db", path, data_dir=tmp_path).stdout
    unknown = kiosk("staff", "unlock", "Z99", "--db", path, data_dir=tmp_path)
    assert_plain_error(unknown)
    assert "Z99" in unknown.stderr


def test_cli_refuses_an_unknown_booth(demo_db_file, tmp_path):
    result = kiosk("staff", "add", "--booth", "Z99", "--db", demo_db_file, data_dir=tmp_path)
    assert_plain_error(result)
    assert "Z99" in result.stderr


def test_cli_organizer_pin(demo_db_file, tmp_path):
    path = tmp_path / "show.db"
    shutil.copyfile(demo_db_file, path)
    thai = kiosk("organizer", "set-pin", "--pin", "๑๒๓๔๕๖", "--db", path, data_dir=tmp_path)
    assert_plain_error(thai)
    assert "0-9" in thai.stderr
    generated = kiosk("organizer", "set-pin", "--db", path, data_dir=tmp_path)
    assert generated.returncode == 0, generated.stderr
    pin = printed_pin(generated.stdout)
    pepper = auth.load_pepper(tmp_path / "pepper")
    with kdb.connect(path) as db:
        assert auth.login(db, "organizer", pin, pepper).is_organizer
    given_pin = "480917" if pin != "480917" else "736251"
    given = kiosk("organizer", "set-pin", "--pin", given_pin, "--db", path, data_dir=tmp_path)
    assert given.returncode == 0, given.stderr
    with kdb.connect(path) as db:
        with pytest.raises(auth.WrongPin):
            auth.login(db, "organizer", pin, pepper)
        assert auth.login(db, "organizer", given_pin, pepper).is_organizer


def test_cli_refuses_to_issue_pins_with_a_new_secret_while_pins_exist(demo_db_file, tmp_path):
    path = tmp_path / "show.db"
    shutil.copyfile(demo_db_file, path)
    added = kiosk("staff", "add", "--booth", "C21", "--db", path, data_dir=tmp_path)
    assert added.returncode == 0, added.stderr
    first_pin = printed_pin(added.stdout)
    staff_id = added.stdout.split()[3]
    pepper_file = tmp_path / "pepper"
    pepper_file.unlink()  # lost: a new machine, or deleted by mistake
    for args in (["staff", "add", "--booth", "E03"], ["staff", "reset", staff_id], ["organizer", "set-pin"]):
        refused = kiosk(*args, "--db", path, data_dir=tmp_path)
        assert_plain_error(refused)
        assert str(pepper_file) in refused.stderr and "missing" in refused.stderr, refused.stderr
        assert not pepper_file.exists(), args
    doctor = kiosk("doctor", "--db", path, data_dir=tmp_path)
    assert doctor.returncode == 1 and str(pepper_file) in doctor.stdout
    renewed = kiosk("organizer", "set-pin", "--new-secret", "--db", path, data_dir=tmp_path)
    assert renewed.returncode == 0, renewed.stderr
    assert "every PIN issued before" in renewed.stdout
    pepper = auth.load_pepper(pepper_file)
    with kdb.connect(path) as db:
        assert auth.login(db, "organizer", printed_pin(renewed.stdout), pepper).is_organizer
        with pytest.raises(auth.WrongPin):
            auth.login(db, "C21", first_pin, pepper)
    again = kiosk("organizer", "set-pin", "--new-secret", "--db", path, data_dir=tmp_path)
    assert_plain_error(again)  # a secret that exists is never replaced
    assert pepper_file.read_bytes() == pepper


def test_doctor_names_a_missing_pepper_file_when_pins_were_issued(writable_db, tmp_path):
    from kiosk.core.operations import health

    path = tmp_path / "pepper"
    assert health.pepper_problems(writable_db, path) == []  # no PINs yet: nothing to check
    auth.add_staff(writable_db, "C21", "Somchai", auth.load_pepper(path), "test")
    assert health.pepper_problems(writable_db, path) == []
    path.unlink()
    found = health.problems(writable_db, pepper_path=path)
    assert any("pepper file" in line and str(path) in line for line in found)


def test_cli_issues_pins_with_the_secret_of_the_databases_own_data_folder(demo_db_file, tmp_path):
    """A show kept in a data folder of its own (the kiosk runs with KIOSK_DATA_DIR there) gets PINs keyed with that
    folder's secret, even from a shell whose data folder is another; the output says which secret."""
    show = tmp_path / "show-data"
    show.mkdir()
    path = show / "kiosk.db"
    shutil.copyfile(demo_db_file, path)
    kiosk_pepper = auth.load_pepper(show / "pepper")  # made by the kiosk there
    added = kiosk("staff", "add", "--booth", "C21", "--db", path, data_dir=tmp_path / "my-laptop")
    assert added.returncode == 0, added.stderr
    assert str(show / "pepper") in added.stdout
    assert not (tmp_path / "my-laptop" / "pepper").exists()
    with kdb.connect(path) as db:
        assert auth.login(db, "C21", printed_pin(added.stdout), kiosk_pepper).owner_id == "bangkok"
