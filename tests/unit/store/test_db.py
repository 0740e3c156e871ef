import sqlite3
import unicodedata

import pytest

from kiosk.core.catalog import search
from kiosk.core.common.errors import KioskError
from kiosk.core.store import database as kdb
from kiosk.core.store import writer


def test_migrations_from_empty_and_rerun(tmp_path):
    path = tmp_path / "new.db"
    with kdb.connect(path) as db:
        first = kdb.schema_version(db)
        tables = set(db.table_names())
    assert first == len(kdb.migrations._migrations) >= 1
    assert {"event", "city", "organisation", "project", "booth", "hall", "session", "media", "audit"} <= tables
    with kdb.connect(path) as db:  # opening again applies nothing twice
        assert kdb.schema_version(db) == first
        assert kdb.pending_migrations(db) == []
        assert db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == first


def test_an_older_database_is_said_to_be_brought_up_to_date_before_it_is(tmp_path, caplog):
    path = tmp_path / "older.db"
    with kdb.connect(path) as db:
        db.execute(f"DELETE FROM {kdb.migrations.migrations_table} WHERE name = 'm008_search_index_slimmed'")
    with caplog.at_level("INFO", logger="kiosk.core.store.database"), kdb.connect(path) as db:
        assert kdb.pending_migrations(db) == []
    assert [r.getMessage() for r in caplog.records] == [
        f"Bringing {path} up to date for this version of the kiosk (m008_search_index_slimmed), once; with tens of "
        "thousands of booths this takes a few minutes."]
    caplog.clear()
    with caplog.at_level("INFO", logger="kiosk.core.store.database"), kdb.connect(path):
        pass
    assert not caplog.records  # up to date: nothing said


def test_connection_pragmas(tmp_path):
    with kdb.connect(tmp_path / "p.db") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] == kdb.BUSY_TIMEOUT_MS


def test_a_file_that_is_not_a_database_gives_a_plain_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is not SQLite " * 100)
    with pytest.raises(KioskError, match="not a usable kiosk database"):
        kdb.connect(path)


def test_foreign_keys_are_enforced(writable_db):
    with pytest.raises(sqlite3.IntegrityError):
        with kdb.transaction(writable_db):
            writable_db.execute(
                "INSERT INTO booth (id, code, hall_id, x, y, w, h, updated_at, updated_by) "
                "VALUES ('z99', 'Z99', 'no-such-hall', 0, 0, 1, 1, 'now', 'test')")


def test_text_is_stored_nfc(writable_db):
    decomposed = unicodedata.normalize("NFD", "Đà Nẵng")
    assert decomposed != "Đà Nẵng"
    writer.save(writable_db, "city", {"id": "da-nang", "name": {"en": "Da Nang", "th": "ดานัง", "vi": decomposed}},
               actor="test")
    stored = writable_db.execute("SELECT json_extract(name, '$.vi') FROM city WHERE id = 'da-nang'").fetchone()[0]
    assert stored == "Đà Nẵng"
    assert unicodedata.is_normalized("NFC", stored)


def test_control_characters_are_refused_and_nothing_is_written(writable_db):
    before = writable_db.execute("SELECT name, updated_at FROM city WHERE id = 'bangkok'").fetchone()
    with pytest.raises(KioskError, match="control character"):
        writer.save(writable_db, "city", {"id": "bangkok", "name": {"en": "Bang\x07kok", "th": "กรุงเทพฯ"}}, actor="t")
    assert writable_db.execute("SELECT name, updated_at FROM city WHERE id = 'bangkok'").fetchone() == before


def test_save_is_one_transaction_with_audit_and_search(writable_db):
    writer.save(writable_db, "project", {"id": "bang-sue-test", "city_id": "bangkok", "focus_area_id": None,
                                        "title": {"en": "Zebra crossing lights", "th": "ไฟทางม้าลายอัจฉริยะ"}},
               actor="staff:bangkok")
    audit = writable_db.execute(
        "SELECT actor, action, entity_type FROM audit WHERE entity_id = 'bang-sue-test'").fetchall()
    assert audit == [("staff:bangkok", "insert", "project")]
    assert [r.id for r in search.search(writable_db, "ทางม้าลาย")] == ["bang-sue-test"]
    writer.save(writable_db, "project", {"id": "bang-sue-test", "title": {"en": "Quiet streets", "th": "ถนนเงียบ"}},
               actor="staff:bangkok")
    assert search.search(writable_db, "ทางม้าลาย") == []
    assert [r.id for r in search.search(writable_db, "quiet streets")] == ["bang-sue-test"]


def test_a_failing_write_leaves_nothing_behind(writable_db):
    count = writable_db.execute("SELECT count(*) FROM project").fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError):
        # violates the CHECK: a project must belong to a city or an organisation
        writer.save(writable_db, "project", {"id": "orphan", "title": {"en": "Orphan", "th": "กำพร้า"}}, actor="t")
    assert writable_db.execute("SELECT count(*) FROM project").fetchone()[0] == count
    assert writable_db.execute("SELECT count(*) FROM audit WHERE entity_id = 'orphan'").fetchone()[0] == 0
    assert search.search(writable_db, "orphan") == []


def test_renaming_an_owner_or_a_booth_code_keeps_search_current(writable_db):
    project = writable_db.execute("SELECT id FROM project WHERE city_id = 'kuching' ORDER BY id").fetchone()[0]
    writer.save(writable_db, "city", {"id": "kuching", "name": {"en": "Kuching Zorblatt", "th": "กูชิง"}}, actor="t")
    found = {(r.type, r.id) for r in search.search(writable_db, "zorblatt", limit=50)}
    assert ("city", "kuching") in found and ("project", project) in found
    booth = writable_db.execute("SELECT id, code FROM booth WHERE city_id = 'kuching'").fetchone()
    writer.save(writable_db, "booth", {"id": booth[0], "code": "ZZ9"}, actor="t")
    assert [r.id for r in search.search(writable_db, "zz9")] == ["kuching"]
    assert "kuching" not in [r.id for r in search.search(writable_db, booth[1])]


def test_invisible_characters_do_not_hide_a_name(writable_db):
    writer.save(writable_db, "organisation", {"id": "acme", "kind": "exhibitor",
                                             "name": {"en": "Acme\u200bWidgets", "th": "แอคมี\u200bวิดเจ็ต"}}, actor="t")
    assert [r.id for r in search.search(writable_db, "acmewidgets")] == ["acme"]
    assert [r.id for r in search.search(writable_db, "แอคมีวิดเจ็ต")] == ["acme"]
