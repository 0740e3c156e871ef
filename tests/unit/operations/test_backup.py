"""Backups, restore and start-up recovery, on real SQLite files."""

import hashlib
import os
import re
import shutil
import sqlite3
import stat

import pytest
from click.testing import CliRunner

from kiosk import config
from kiosk.cli.main import cli
from kiosk.core.access import auth
from kiosk.core.common.errors import KioskError
from kiosk.core.operations import backup
from kiosk.core.store import database as kdb
from kiosk.core.store import writer

NAME = re.compile(r"kiosk-\d{8}T\d{6}Z(-\d+)?\.db")


@pytest.fixture
def db_file(demo_db_file, tmp_path):
    """A private copy of the demo database named like the default one."""
    path = tmp_path / "kiosk.db"
    shutil.copyfile(demo_db_file, path)
    return path


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "backups"


def damage(path, kind="rows"):
    if kind == "rows":  # half of the root page of a table that holds rows
        with sqlite3.connect(path) as conn:
            page_size = conn.execute("PRAGMA page_size").fetchone()[0]
            root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'project'").fetchone()[0]
        conn.close()
        with open(path, "r+b") as f:
            f.seek((root - 1) * page_size)
            f.write(b"\xa5" * (page_size // 2))
    elif kind == "half":
        os.truncate(path, path.stat().st_size // 2)
    elif kind == "zeros":
        path.write_bytes(bytes(path.stat().st_size))
    elif kind == "text":
        path.write_text("booth,name\nC21,Bangkok\n", encoding="utf-8")


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(*folders):
    return {p: digest(p) for f in folders for p in sorted(f.iterdir()) if p.is_file()}


def count(path, table="audit"):
    with sqlite3.connect(path) as conn:
        n = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    conn.close()
    return n


def write_audit(db, detail):
    with kdb.transaction(db):
        writer.audit(db, "test", "note", detail=detail)


# ---- backup -----------------------------------------------------------------------------------------------------

def test_backup_holds_rows_still_in_the_wal_of_an_open_connection(db_file, folder, tmp_path):
    with kdb.connect(db_file) as db:
        write_audit(db, "only in the WAL")
        assert os.path.getsize(f"{db_file}-wal") > 0
        main_only = tmp_path / "main-only.db"
        shutil.copyfile(db_file, main_only)
        assert count(main_only) == count(db_file) - 1  # the row is not in the main file yet

        result = backup.make_backup(db_file, folder, pepper_path=None)
        write_audit(db, "after the backup")

    assert NAME.fullmatch(result.path.name) and result.path.parent == folder
    assert result.size == result.path.stat().st_size and result.seconds >= 0
    assert backup.check(result.path) is None
    with sqlite3.connect(result.path) as conn:
        assert conn.execute("SELECT count(*) FROM audit WHERE detail = 'only in the WAL'").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM audit WHERE detail = 'after the backup'").fetchone()[0] == 0
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        for table in ("city", "organisation", "project", "booth", "session"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count(db_file, table)
    conn.close()
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == [result.path.name]  # no temporary files left


def test_rotation_keeps_the_newest_and_leaves_copies_from_restores(db_file, folder):
    made = [backup.make_backup(db_file, folder, keep=3).path for _ in range(5)]
    kept_before_restore = folder / "kiosk-before-restore-20190822T081500Z.db"
    shutil.copyfile(made[-1], kept_before_restore)
    last = backup.make_backup(db_file, folder, keep=3)
    regular = [b.path for b in backup.list_backups(db_file, folder) if not b.before_restore]
    assert regular == [last.path, made[4], made[3]]
    assert last.removed == [made[2]]
    assert kept_before_restore.exists()
    assert [p for p in made[:3] if p.exists()] == []


def test_list_backups_is_newest_first_and_checks_each(db_file, folder):
    older = folder / "kiosk-20190822T081500Z.db"
    newer = folder / "kiosk-20190823T081500Z.db"
    folder.mkdir()
    shutil.copyfile(db_file, older)
    shutil.copyfile(db_file, newer)
    damage(newer)
    (folder / "other-20190824T081500Z.db").write_bytes(b"another database's backup")
    found = backup.list_backups(db_file, folder, check_each=True)
    assert [b.path for b in found] == [newer, older]
    assert found[0].problem.startswith("integrity check") and found[1].problem is None
    assert found[0].time.isoformat() == "2019-08-23T08:15:00+00:00"


@pytest.mark.parametrize("kind", ["rows", "half", "zeros", "text"])
def test_check_catches_damage(db_file, kind):
    assert backup.check(db_file) is None
    damage(db_file, kind)
    assert backup.check(db_file) is not None


def test_check_refuses_a_database_that_is_not_a_kiosk_one(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.close()
    assert "not a kiosk database" in backup.check(other)


def test_backup_of_a_damaged_database_fails_and_leaves_no_file(db_file, folder):
    damage(db_file)
    with pytest.raises(KioskError, match="failed its check"):
        backup.make_backup(db_file, folder)
    assert list(folder.iterdir()) == []


def test_backup_of_a_missing_database_says_so(tmp_path, folder):
    with pytest.raises(KioskError, match="no database"):
        backup.make_backup(tmp_path / "none.db", folder)
    assert not (tmp_path / "none.db").exists()


def test_the_pin_secret_never_goes_into_the_backups_folder(db_file, folder):
    pepper = config.pepper_path()
    assert "no PIN secret" in backup.make_backup(db_file, folder, pepper_path=pepper).pepper
    auth.load_pepper(pepper)
    told = backup.make_backup(db_file, folder, pepper_path=pepper).pepper
    assert "not in the backups" in told and str(pepper) in told
    assert [p.name for p in folder.iterdir() if not p.name.endswith(".db")] == []
    secret = pepper.read_bytes()
    for path in folder.iterdir():  # not in any file either: whoever takes backups/ cannot test PINs offline
        assert secret not in path.read_bytes()


def test_a_copy_of_the_pin_secret_left_by_an_older_version_is_removed(db_file, folder):
    pepper = config.pepper_path()
    auth.load_pepper(pepper)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pepper").write_bytes(pepper.read_bytes())
    (folder / "pepper.replaced-20190101T000000Z").write_bytes(b"x" * 32)  # another machine's: not ours to delete
    told = backup.make_backup(db_file, folder, pepper_path=pepper).pepper
    assert not (folder / "pepper").exists()
    assert "Removed the copy of the PIN secret" in told
    assert "pepper.replaced-20190101T000000Z" in told and "move it out" in told


def test_status_for_the_admin_screen(db_file, folder):
    empty = backup.status(db_file, folder)
    assert empty.newest is None and empty.count == 0 and empty.free_bytes > 0
    made = [backup.make_backup(db_file, folder).path for _ in range(2)]
    now = backup.status(db_file, folder)
    assert now.count == 2 and now.newest.path == made[-1] and now.newest.size == made[-1].stat().st_size


# ---- restore ----------------------------------------------------------------------------------------------------

def test_restore_replaces_the_database_and_keeps_the_previous_one(db_file, folder):
    saved = backup.make_backup(db_file, folder).path
    with kdb.connect(db_file) as db:
        write_audit(db, "after the backup")
    before = count(db_file)

    done = backup.restore(saved, db_file, folder)

    assert count(db_file) == before - 1
    assert done.previous.name.startswith("kiosk-before-restore-") and count(done.previous) == before
    assert not os.path.exists(f"{db_file}-wal")
    assert saved.exists()
    with kdb.connect(db_file) as db:  # and the kiosk opens it as usual
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert not list(db_file.parent.glob(".*.tmp"))


def test_restore_refuses_while_the_database_is_open_unless_forced(db_file, folder):
    saved = backup.make_backup(db_file, folder).path
    with kdb.connect(db_file):
        assert backup.in_use(db_file)
        with pytest.raises(KioskError, match="open"):
            backup.restore(saved, db_file, folder)
    assert not backup.in_use(db_file)
    assert len(backup.list_backups(db_file, folder)) == 1


@pytest.mark.parametrize("kind", ["rows", "half", "text", "not-kiosk", "empty"])
def test_restore_refuses_a_bad_file_and_changes_nothing(db_file, folder, tmp_path, kind):
    bad = tmp_path / "bad.db"
    if kind == "not-kiosk":
        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)")
        conn.close()
    elif kind == "empty":
        bad.write_bytes(b"")
    else:
        shutil.copyfile(db_file, bad)
        damage(bad, kind)
    backup.make_backup(db_file, folder)
    before = snapshot(tmp_path, folder)
    with pytest.raises(KioskError, match="cannot be restored"):
        backup.restore(bad, db_file, folder)
    assert snapshot(tmp_path, folder) == before


# ---- start-up recovery ------------------------------------------------------------------------------------------

def test_a_healthy_database_opens_without_recovery(db_file, folder):
    db, recovery = backup.open_or_recover(db_file, folder)
    with db:
        assert recovery is None and db["city"].count == 26


def test_a_missing_database_is_a_first_run_not_damage(tmp_path, folder):
    db, recovery = backup.open_or_recover(tmp_path / "new.db", folder)
    with db:
        assert recovery is None and "event" in db.table_names()
    assert [p.name for p in tmp_path.iterdir() if ".corrupt-" in p.name] == []
    with pytest.raises(KioskError, match="no database"):
        backup.open_or_recover(tmp_path / "none.db", folder, create=False)


@pytest.mark.parametrize("kind", ["rows", "half", "zeros", "text"])
def test_start_up_recovers_from_the_newest_good_backup(db_file, folder, kind):
    good = backup.make_backup(db_file, folder).path
    with kdb.connect(db_file) as db:
        write_audit(db, "after the good backup")
    newer_bad = backup.make_backup(db_file, folder).path
    damage(newer_bad)
    damage(db_file, kind)
    damaged = digest(db_file)
    backups_before = snapshot(folder)

    db, recovery = backup.open_or_recover(db_file, folder)

    with db:
        assert db["city"].count == 26
        assert db.execute("SELECT count(*) FROM audit WHERE detail = 'after the good backup'").fetchone()[0] == 0
    assert recovery.backup == good
    assert recovery.corrupt_path.name.startswith("kiosk.db.corrupt-")
    assert digest(recovery.corrupt_path) == damaged
    assert str(recovery.corrupt_path) in recovery.message() and "UTC" in recovery.message()
    assert snapshot(folder) == backups_before
    # the next start finds a healthy database
    again, second = backup.open_or_recover(db_file, folder)
    again.close()
    assert second is None


def test_start_up_moves_the_wal_aside_with_the_damaged_file(db_file, folder):
    backup.make_backup(db_file, folder)
    damage(db_file, "text")
    (db_file.parent / "kiosk.db-wal").write_bytes(b"left over")
    db, recovery = backup.open_or_recover(db_file, folder)
    db.close()
    assert (db_file.parent / f"{recovery.corrupt_path.name}-wal").read_bytes() == b"left over"


@pytest.mark.parametrize("kind", ["rows", "half", "zeros"])
def test_start_up_with_no_good_backup_raises_and_touches_nothing(db_file, folder, kind):
    bad_backup = backup.make_backup(db_file, folder).path
    damage(bad_backup)
    damage(db_file, kind)
    before = snapshot(db_file.parent, folder)
    for _ in range(2):  # a supervisor restarting the kiosk meets the same state
        with pytest.raises(KioskError, match="no good backup"):
            backup.open_or_recover(db_file, folder)
        assert snapshot(db_file.parent, folder) == before


def test_damage_found_by_the_background_check_is_recovered_at_the_next_start(db_file, folder):
    backup.make_backup(db_file, folder)
    assert backup.check_quickly(db_file) is None
    damage(db_file)  # a table's page: opening still works, only a full check sees it
    db, recovery = backup.open_or_recover(db_file, folder, quick_check=False)  # the cheap start
    db.close()
    assert recovery is None
    found = backup.check_quickly(db_file)
    assert found
    backup.mark_damaged(db_file, found)
    db, recovery = backup.open_or_recover(db_file, folder, quick_check=False)  # the mark asks for the full check
    with db:
        assert db["project"].count == 53
    assert recovery is not None and not backup.damage_mark(db_file).exists()


def test_a_mark_without_damage_is_cleared(db_file, folder):
    backup.mark_damaged(db_file, "a false alarm")
    db, recovery = backup.open_or_recover(db_file, folder, quick_check=False)
    db.close()
    assert recovery is None and not backup.damage_mark(db_file).exists()


# ---- the commands -----------------------------------------------------------------------------------------------

def test_cli_backup_list_and_restore(db_file, folder):
    runner = CliRunner()
    made = runner.invoke(cli, ["backup", "--db", str(db_file), "--keep", "2"])
    assert made.exit_code == 0, made.output
    assert re.search(r"Backed up .*kiosk-\d{8}T\d{6}Z\.db \(1\.\d MB\) in \d+\.\d\d s\.", made.output)
    assert "PIN secret" in made.output
    path = next(folder.glob("kiosk-*.db"))

    listed = runner.invoke(cli, ["backup", "--db", str(db_file), "--list"])
    assert listed.exit_code == 0 and " ok " in listed.output and path.name in listed.output

    restored = runner.invoke(cli, ["restore", path.name, "--db", str(db_file)])
    assert restored.exit_code == 0, restored.output
    assert "kiosk-before-restore-" in restored.output


def test_cli_restore_refuses_a_text_file(db_file, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a database\n", encoding="utf-8")
    before = digest(db_file)
    result = CliRunner().invoke(cli, ["restore", str(text), "--db", str(db_file)])
    assert result.exit_code != 0
    assert isinstance(result.exception, KioskError) and "not a database" in str(result.exception)
    assert digest(db_file) == before


def test_cli_backup_dir_option_and_empty_list(db_file, tmp_path):
    elsewhere = tmp_path / "usb"
    runner = CliRunner()
    listed = runner.invoke(cli, ["backup", "--db", str(db_file), "--dir", str(elsewhere), "--list"])
    assert "No backups" in listed.output
    assert runner.invoke(cli, ["backup", "--db", str(db_file), "--dir", str(elsewhere)]).exit_code == 0
    assert len(list(elsewhere.glob("kiosk-*.db"))) == 1


def test_a_schema_update_that_fails_is_not_damage_and_moves_nothing(db_file, folder):
    """A sound file from another version whose schema update fails: refused plainly, never replaced by a backup."""
    backup.make_backup(db_file, folder)
    with sqlite3.connect(db_file) as conn:  # as if the file said it lacked a migration it already has
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_wayfinding'")
    conn.close()
    before = snapshot(db_file.parent, folder)
    with pytest.raises(KioskError, match="could not be opened"):
        backup.open_or_recover(db_file, folder, quick_check=True)
    assert snapshot(db_file.parent, folder) == before
    assert not list(db_file.parent.glob("kiosk.db.corrupt-*"))


def test_a_backup_that_does_not_open_either_puts_the_original_back(db_file, folder):
    good = backup.make_backup(db_file, folder).path
    with sqlite3.connect(good) as conn:  # passes check() (which does not update the schema), fails to open
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_wayfinding'")
    conn.close()
    damage(db_file)
    damaged = digest(db_file)
    for _ in range(2):  # a restarted kiosk meets the same state, and no copies pile up
        with pytest.raises(KioskError, match="left as it was"):
            backup.open_or_recover(db_file, folder, quick_check=True)
        assert digest(db_file) == damaged
        assert not list(db_file.parent.glob("kiosk.db.corrupt-*"))


def test_with_no_good_backup_the_kiosk_runs_on_the_damaged_file_as_it_is(db_file, folder):
    damage(db_file)  # a table's page: SQLite still opens the file
    backup.mark_damaged(db_file, "found by the background check")
    opened = backup.open_for_kiosk(db_file, folder)
    with opened.db:
        assert opened.running_damaged and "no good backup" in opened.told
        assert opened.db["city"].count == 26  # what is readable is shown
    assert backup.damage_mark(db_file).exists()  # the next start checks fully again (a backup may be there then)


def test_a_file_sqlite_cannot_open_at_all_stops_the_start(db_file, folder):
    damage(db_file, "text")
    with pytest.raises(KioskError):
        backup.open_for_kiosk(db_file, folder)


def test_rotation_never_removes_the_backup_just_written(db_file, folder):
    folder.mkdir()
    for year in (2031, 2032, 2033):  # backups named in the future: the clock was set back since
        shutil.copyfile(db_file, folder / f"kiosk-{year}0101T000000Z.db")
    made = backup.make_backup(db_file, folder, keep=3)
    names = sorted(p.name for p in folder.glob("kiosk-*.db"))
    assert made.path.exists() and made.path.name in names and len(names) == 3
    assert "kiosk-20310101T000000Z.db" not in names  # the oldest-named of the others went


def test_kiosk_backup_keeps_the_backup_keep_setting(db_file, folder):
    from kiosk import config_file

    config_file.set_value(config.data_dir() / "kiosk.toml", "backup_keep", 2)
    runner = CliRunner()
    for _ in range(3):
        result = runner.invoke(cli, ["backup", "--db", str(db_file), "--dir", str(folder)])
        assert result.exit_code == 0, result.output
    assert len(backup.list_backups(db_file, folder)) == 2


# ---- a database with nothing to show: start-up recovers, whatever a command did to it before ------------------

def empty_schema(path):
    """What `kiosk info` used to leave of a zero-length database: every table, no rows."""
    path.unlink()
    kdb.connect(path).close()


def no_tables(path):
    """What `kiosk doctor` used to leave of a zero-length database: an SQLite header and nothing else."""
    path.write_bytes(b"")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()


def no_event(path):
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DELETE FROM event")
    conn.close()


@pytest.mark.parametrize("state", [lambda p: p.write_bytes(b""), no_tables, empty_schema, no_event],
                         ids=["zero-length", "no-tables", "empty-schema", "no-event"])
def test_start_up_recovers_a_database_with_nothing_to_show(db_file, folder, state):
    backup.make_backup(db_file, folder)
    state(db_file)
    opened = backup.open_for_kiosk(db_file, folder)
    with opened.db as db:
        assert db["event"].count == 1 and db["city"].count == 26
    assert "could not be used" in opened.told and not opened.running_damaged
    assert list(db_file.parent.glob("kiosk.db.corrupt-*"))  # kept aside, never deleted


def test_read_only_commands_leave_an_empty_database_for_start_up_to_recover(db_file, folder, tmp_path):
    backup.make_backup(db_file, folder)
    db_file.write_bytes(b"")
    runner = CliRunner()
    for command in (["doctor"], ["info"], ["doctor"]):
        result = runner.invoke(cli, [*command, "--db", str(db_file)])
        assert result.exit_code != 0
        assert db_file.stat().st_size == 0
    opened = backup.open_for_kiosk(db_file, folder)
    with opened.db as db:
        assert db["event"].count == 1
    assert "the file is empty" in opened.told


def test_with_no_backup_a_database_without_an_event_stops_the_start_and_says_why(db_file, folder):
    no_event(db_file)
    with pytest.raises(KioskError, match="holds no event.*no good backup"):
        backup.open_for_kiosk(db_file, folder)


def test_a_backup_without_an_event_never_replaces_the_database(db_file, folder):
    good = backup.make_backup(db_file, folder).path
    no_event(db_file)
    backup.make_backup(db_file, folder)  # newer and sound, but with nothing to show
    db, recovery = backup.open_or_recover(db_file, folder)
    with db:
        assert db["event"].count == 1
    assert recovery.backup == good
