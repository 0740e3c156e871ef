"""What stops a kiosk that its database cannot help: a database from a newer version, a read-only database or folder,
a full disk. Each is named plainly by `kiosk doctor` and at start; a newer database is never written to.

Read-only and full are made real where the machine allows it: a read-only bind mount and a small tmpfs (as root;
without root a read-only file is made with chmod, and the full-disk tests are skipped)."""

import hashlib
import os
import shutil
import sqlite3
import subprocess

import pytest
from click.testing import CliRunner

from kiosk.cli.main import cli
from kiosk.core.common.errors import KioskError
from kiosk.core.operations import backup
from kiosk.core.store import database as kdb


@pytest.fixture
def db_file(demo_db_file, tmp_path):
    path = tmp_path / "show" / "kiosk.db"
    path.parent.mkdir()
    shutil.copyfile(demo_db_file, path)
    return path


@pytest.fixture
def mounts():
    """Mount points this test made; each is taken down at the end, whatever happened."""
    made = []

    def mount(*args, target):
        done = subprocess.run(["mount", *map(str, args), str(target)], capture_output=True, text=True)
        if done.returncode != 0:
            if os.geteuid() == 0:
                pytest.fail(f"mount {' '.join(map(str, args))} failed: {done.stderr}")
            pytest.skip(f"mounting needs root: {done.stderr.strip()}")
        made.append(target)

    yield mount
    for target in reversed(made):
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


def read_only(path, mounts):
    """Make a file or folder read-only for this process, as a read-only disk would (root ignores file modes)."""
    if os.geteuid() != 0:
        path.chmod(0o555 if path.is_dir() else 0o444)
        return
    mounts("--bind", path, target=path)
    mounts("-o", "remount,bind,ro", path, target=path)


def doctor(db):
    result = CliRunner().invoke(cli, ["doctor", "--db", str(db)])
    assert "Traceback" not in result.output and not isinstance(result.exception, (AssertionError, TypeError))
    return result


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def from_a_newer_version(path):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE badge (id TEXT PRIMARY KEY)")
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('kiosk', 'm099_badges', '2031-01-01')")
    conn.close()


def test_a_database_from_a_newer_version_is_named_and_never_written_to(db_file, tmp_path):
    folder = db_file.parent / "backups"
    backup.make_backup(db_file, folder)  # a good backup is there, and still the newer file is not replaced
    from_a_newer_version(db_file)
    before = digest(db_file)
    said = "was made by a newer version of the kiosk software (schema update m099_badges"

    result = doctor(db_file)
    assert result.exit_code == 1 and said in result.output and "update the kiosk software" in result.output
    with pytest.raises(KioskError, match=r"newer version.*left untouched"):
        backup.open_for_kiosk(db_file, folder)
    changed = CliRunner().invoke(cli, ["config", "set", "base_url", "https://expo.example.org", "--db", str(db_file)])
    assert changed.exit_code != 0 and said in str(changed.exception)
    info = CliRunner().invoke(cli, ["info", "--db", str(db_file)])
    assert info.exit_code != 0 and said in str(info.exception)

    assert digest(db_file) == before
    assert not list(db_file.parent.glob("kiosk.db.corrupt-*"))
    assert "not a usable kiosk database" not in result.output


def test_a_read_only_database_is_named_by_doctor_and_at_start(db_file, mounts):
    read_only(db_file, mounts)
    result = doctor(db_file)
    assert result.exit_code == 1
    assert f"The database {db_file} is read-only, so nothing can be saved in it" in result.output
    assert "healthy" not in result.output
    with pytest.raises(KioskError, match="is read-only, so nothing can be saved in it"):
        backup.open_for_kiosk(db_file, db_file.parent / "backups")


def test_a_read_only_data_folder_is_named_by_doctor_and_at_start(db_file, mounts):
    read_only(db_file.parent, mounts)
    result = doctor(db_file)
    assert result.exit_code == 1
    assert f"The folder {db_file.parent} that holds the database is read-only" in result.output
    with pytest.raises(KioskError, match="that holds the database is read-only"):
        backup.open_for_kiosk(db_file, db_file.parent / "backups")


@pytest.fixture
def full_disk(tmp_path, mounts, demo_db_file):
    """A 4 MB disk holding the database, then filled to the last byte."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounts("-t", "tmpfs", "-o", "size=4m", "tmpfs", target=disk)
    db = disk / "kiosk.db"
    shutil.copyfile(demo_db_file, db)
    filler = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(filler, bytes(4096)):
            pass
    except OSError:
        pass
    finally:
        os.close(filler)
    assert shutil.disk_usage(disk).free < 4096
    return db


def test_a_full_disk_is_named_by_doctor_and_at_start(full_disk):
    result = doctor(full_disk)
    assert result.exit_code == 1
    assert f"The disk that holds {full_disk.parent} is full" in result.output
    with pytest.raises(KioskError, match=f"The disk that holds {full_disk} is full"):
        backup.open_for_kiosk(full_disk, full_disk.parent / "backups")


def test_a_nearly_full_disk_is_logged_at_start_and_the_kiosk_runs(full_disk):
    (full_disk.parent / "filler").unlink()
    kdb.connect(full_disk).close()  # in WAL mode, as a running kiosk leaves it
    opened = backup.open_for_kiosk(full_disk, full_disk.parent / "backups")
    with opened.db as db:
        assert db["city"].count == 26
    assert [w for w in opened.warnings if f"The disk that holds {full_disk.parent} is nearly full" in w]
    assert f"The disk that holds {full_disk.parent} is nearly full" in doctor(full_disk).output
