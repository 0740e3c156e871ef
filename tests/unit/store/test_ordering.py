"""The lists' sort keys: made when the writer writes a row, filled by the migration for rows written before it, made
again when ICU changes; and the list pages read in their order, by index or by offset alike."""

import shutil
import sqlite3

import pytest

from kiosk.core.catalog import content
from kiosk.core.common import collation
from kiosk.core.store import database as kdb
from kiosk.core.store import ordering, writer


def keys(db, table: str, lang: str = "th") -> dict:
    return dict(db.execute(f"SELECT id, sort_{lang} FROM {table}").fetchall())


def test_a_renamed_exhibitor_moves_to_its_new_place_in_the_list(writable_db):
    db = writable_db
    listing = content.Listing("exhibitors", "en")
    writer.save(db, "organisation", {"id": "huawei", "name": {"en": "Aardvark Huawei", "th": "อาร์ดวาร์ก"}}, "test")
    first = content.list_page(db, listing, 0, 1)[0]
    assert (first["id"], first["letter"]) == ("huawei", "A")
    assert keys(db, "organisation", "en")["huawei"] == collation.sort_key("Aardvark Huawei", "en")
    writer.save(db, "organisation", {"id": "huawei", "name": {"en": "Zz Huawei", "th": "ฮ"}}, "test")
    everyone = content.list_page(db, listing, 0, 1000)
    assert everyone[-1]["id"] == "huawei"
    th = content.list_page(db, content.Listing("exhibitors", "th"), 0, 1000)
    assert (th[-1]["id"], th[-1]["letter"]) == ("huawei", "ฮ")


def test_a_focus_area_moved_first_takes_its_projects_first(writable_db):
    db = writable_db
    listing = content.Listing("projects", "en")
    last_area = content.list_page(db, listing, content.list_count(db, listing) - 1, 1)[0]["focus_area_id"]
    assert content.list_page(db, listing, 0, 1)[0]["focus_area_id"] != last_area
    writer.save(db, "focus_area", {"id": last_area, "position": 0}, "test")
    assert content.list_page(db, listing, 0, 1)[0]["focus_area_id"] == last_area


def test_the_migration_fills_the_keys_of_a_database_written_before_it(demo_db_file, tmp_path):
    path = tmp_path / "old.db"
    shutil.copyfile(demo_db_file, path)
    with kdb.connect(path) as db:
        expected = {table: keys(db, table) for table in ordering.NAMES}
    conn = sqlite3.connect(path)  # the database as the version before the sort keys left it
    for table in ordering.NAMES:
        for lang in ("th", "en"):
            conn.execute(f"DROP INDEX IF EXISTS {table}_sort_{lang}")
            conn.execute(f"ALTER TABLE {table} DROP COLUMN sort_{lang}")
            if table in ordering.LETTERED:
                conn.execute(f"ALTER TABLE {table} DROP COLUMN letter_{lang}")
    conn.execute("DROP TABLE sort_keys")
    conn.execute(f"DELETE FROM {kdb.migrations.migrations_table} WHERE name = 'm007_sort_keys'")
    conn.commit()
    conn.close()
    with kdb.connect(path) as db:
        assert kdb.pending_migrations(db) == []
        assert {table: keys(db, table) for table in ordering.NAMES} == expected
        assert all(expected[table] and None not in expected[table].values() for table in ordering.NAMES)


def test_keys_made_by_another_icu_are_made_again(demo_db_file, tmp_path):
    path = tmp_path / "copy.db"
    shutil.copyfile(demo_db_file, path)
    with kdb.connect(path) as db:
        expected = keys(db, "project")
        with kdb.transaction(db):
            db.execute("UPDATE sort_keys SET version = 'ICU 1.0'")
            db.execute("UPDATE project SET sort_th = x'00'")
    with kdb.connect(path) as db:
        assert keys(db, "project") == expected


@pytest.mark.parametrize("kind, filters", [
    ("cities", ("", "")), ("cities", ("thailand", "")), ("cities", ("", "civic-social")),
    ("exhibitors", ("", "")), ("exhibitors", ("exhibitor", "")), ("exhibitors", ("", "thailand")),
    ("projects", ("", "")), ("projects", ("civic-social", "")), ("projects", ("", "thailand")),
])
@pytest.mark.parametrize("lang", ["th", "en"])
def test_pages_read_through_the_index_are_the_pages_read_by_offset(demo_db, kind, filters, lang):
    listing = content.Listing(kind, lang, *filters)
    count = content.list_count(demo_db, listing)
    whole = content.list_page(demo_db, listing, 0, count + 10)
    assert 0 < len(whole) == count
    size, after, paged = 7, None, []
    for offset in range(0, count, size):
        page = content.list_page(demo_db, listing, offset, size, after)
        assert page == content.list_page(demo_db, listing, offset, size)
        paged += page
        after = page[-1]["place"]
    assert paged == whole
    assert len({row["id"] for row in whole}) == count


def test_exhibitor_letters_start_where_their_names_do(demo_db):
    for lang in ("th", "en"):
        listing = content.Listing("exhibitors", lang)
        rows = content.list_page(demo_db, listing, 0, 1000)
        letters = content.exhibitor_letters(demo_db, listing)
        assert [e["letter"] for e in letters] == list(dict.fromkeys(collation.index_letter(r["name"]) for r in rows))
        for entry in letters:
            assert rows[entry["row"]]["letter"] == entry["letter"]
            assert entry["row"] == 0 or rows[entry["row"] - 1]["letter"] != entry["letter"]


@pytest.mark.parametrize("lang", ["vi", "km", "zh"])
def test_a_language_without_its_own_keys_lists_in_the_english_order_through_the_index(demo_db, lang):
    for kind in ("cities", "exhibitors", "projects"):
        english = content.list_page(demo_db, content.Listing(kind, "en"), 0, 1000)
        theirs = content.list_page(demo_db, content.Listing(kind, lang), 0, 1000)
        assert [r["id"] for r in theirs] == [r["id"] for r in english]
        after = theirs[9]["place"]
        if after is not None:  # paging on from a row goes through the index as in English
            assert content.list_page(demo_db, content.Listing(kind, lang), 10, 5, after) == theirs[10:15]
    hanoi = next(r for r in content.list_page(demo_db, content.Listing("cities", "vi"), 0, 100) if r["id"] == "ha-noi")
    assert hanoi["name"] == "Hà Nội"  # shown in the visitor's language, placed by its English key
    assert content.exhibitor_letters(demo_db, content.Listing("exhibitors", lang)) == \
        content.exhibitor_letters(demo_db, content.Listing("exhibitors", "en"))
    for kind, table in (("exhibitors", "o"), ("projects", "p")):
        tables, where, params, _ = content._listing_sql(content.Listing(kind, lang))
        key = ordering.columns(lang)[0]
        plan = " ".join(row[-1] for row in demo_db.execute(
            f"EXPLAIN QUERY PLAN SELECT {table}.id FROM {tables} WHERE {where} ORDER BY {table}.{key}, {table}.rowid",
            params))
        assert "TEMP B-TREE" not in plan and key == "sort_en", plan
