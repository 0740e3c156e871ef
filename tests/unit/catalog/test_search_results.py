"""The same results from every version of the search index: each query's results (order, tier, what matched), on
the demo and on a small load-test scale with a few staff edits on top, compared with the results recorded in
`search_results.json`.

The file was recorded from the index as it was before the slimmer one (docs/adr/0011); record it again only for a
change that is meant to change results: `KIOSK_RECORD_SEARCH=1 pytest tests/unit/catalog/test_search_results.py`.
"""

import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from kiosk import config
from kiosk.core.catalog import search
from kiosk.core.demo import dataset
from kiosk.core.store import database as kdb
from kiosk.core.store import writer

# The index as it was before migration m008 (schema m001), to make a database of that time from a new one.
OLD_INDEX = [
    """CREATE TABLE search_name (
        rowid INTEGER PRIMARY KEY, type TEXT NOT NULL, id TEXT NOT NULL, lang TEXT NOT NULL, folded TEXT NOT NULL)""",
    "CREATE INDEX search_name_folded ON search_name(type, folded)",
    "CREATE INDEX search_name_entity ON search_name(type, id)",
    """CREATE VIRTUAL TABLE search_name_tri USING fts5(
        folded, content='search_name', content_rowid='rowid', tokenize='trigram')""",
    "CREATE VIRTUAL TABLE search_name_gram USING fts5(grams, content='', tokenize='ascii')",
    """CREATE TABLE search_text (
        rowid INTEGER PRIMARY KEY, type TEXT NOT NULL, id TEXT NOT NULL, lang TEXT NOT NULL,
        field TEXT NOT NULL, folded TEXT NOT NULL)""",
    "CREATE INDEX search_text_entity ON search_text(type, id)",
    """CREATE VIRTUAL TABLE search_text_tri USING fts5(
        folded, content='search_text', content_rowid='rowid', tokenize='trigram')""",
]

RECORDED = Path(__file__).with_name("search_results.json")
RECORD = os.environ.get("KIOSK_RECORD_SEARCH") == "1"
SCALE = 300  # booths: 300 exhibitors and about 2,000 projects of a few repeated names, so the LIMITs bind

# What a visitor types, every prefix of each (the bench's words), and the unit tests' cases.
TYPED = ["bangkok", "กรุงเทพ", "น้ำท่วม", "da nang", "ชลบุรี", "smart mobility", "huawei", "ภูเก็ต", "traffic",
         "โซลาร์", "ha noi", "kuching flood", "x000123", "zzzz"]
QUERIES = sorted({word[:i] for word in TYPED for i in range(1, len(word) + 1)} | {
    "Bangkok", "Đà Nẵng", "DA NANG", "hanoi", "Ha Noi", "ho chi minh", "พนมเปญ", "ភ្នំពេញ", "กรุงเทพมหานคร",
    "ท่วม", "ชล", "ภู", "ภ", "กร", "บุ", "f", "a", "ก", "bang", "kota", "thailand", "flood", "nstda", "smart city",
    "smart", "closing remarks", "bangkck", "nang", "manila", "city of manila", "vision", "speaker", "cisco",
    "labs", "solutions", "เซ็นเซอร์", "ซิสเต็มส์", "open data", "ข้อมูลเปิด", "rooftop solar", "tele-health",
    "x000", "x0001", "c0", "indonesia", "ไทย", "malaysia", "phnom", "yangon", "partner", "ministry",
    '"', 'huawei" OR "cisco', "NEAR(a b)", "*", "-huawei", "hua*", "name:huawei", "bang%", "bang*", "a_b", "x y z",
})


def _short(text: str) -> str:
    """What matched, as a digest: the file stays small, and any change to the text shows."""
    return hashlib.sha1(text.encode()).hexdigest()[:10]


def run(db) -> dict:
    out = {}
    for query in QUERIES:
        for lang, limit in (("th", 30), ("en", 20)):
            found = search.search(db, query, lang=lang, limit=limit)
            if not found and lang == "en":
                found = search.suggest(db, query, lang=lang)
            out[f"{lang} {query}"] = [[r.type, r.id, r.match, r.field, _short(r.matched), r.span and list(r.span)]
                                      for r in found]
    return out


def edited(path: Path) -> Path:
    """A few staff edits on the load-test database: a name changed, a project removed and one added."""
    with kdb.connect(path) as db:
        writer.save(db, "organisation", {"id": "synthetic-exhibitor-000007", "name": {"en": "Floodgate Smart Labs",
                                                                             "th": "ฟลัดเกต สมาร์ท แล็บส์"}},
                    actor="test")
        project = db.execute("SELECT id FROM project WHERE organisation_id = 'synthetic-exhibitor-000003'").fetchone()[0]
        writer.remove_project(db, project, actor="test")
        writer.save(db, "project", {"id": "z-smart-flood", "city_id": "bangkok", "focus_area_id": "civic-social",
                                    "title": {"en": "Smart flood gates", "th": "ประตูน้ำอัจฉริยะ"},
                                    "description": {"en": "Flood sensor network for the canals of Bangkok",
                                                    "th": "เครือข่ายเซ็นเซอร์เตือนน้ำท่วมในคลองกรุงเทพ"}},
                    actor="test")
    return path


@pytest.fixture(scope="module")
def databases(demo_db_file, tmp_path_factory):
    scaled = dataset.build(tmp_path_factory.mktemp("scaled") / "scaled.db", config.DEMO_SOURCE, scale=SCALE)
    return {"demo": demo_db_file, f"demo + {SCALE} booths, edited": edited(scaled)}


def test_every_query_finds_what_it_found_before(databases):
    found = {}
    for name, path in databases.items():
        with kdb.connect(path) as db:
            found[name] = run(db)
    if RECORD:
        RECORDED.write_text(json.dumps(found, ensure_ascii=False, sort_keys=True).replace('], "', '],\n"') + "\n")
    recorded = json.loads(RECORDED.read_text())
    assert found.keys() == recorded.keys()
    for name, results in found.items():
        differ = [query for query in recorded[name] if results.get(query) != recorded[name][query]]
        assert not differ, f"{name}: {len(differ)} queries differ, first {differ[0]!r}"
        assert results.keys() == recorded[name].keys()


def as_before_m008(path: Path) -> None:
    """The database as a kiosk before migration m008 held it: the same index rows, numbered alike, in the old
    tables (the language and field, which no query read, left empty)."""
    from kiosk.core.store.index import grams

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    names = conn.execute("SELECT n.rowid, e.type, e.id, n.folded FROM search_name n JOIN search_entity e "
                         "ON e.key = n.entity").fetchall()
    texts = conn.execute("SELECT t.rowid, e.type, e.id, t.folded FROM search_text t JOIN search_entity e "
                         "ON e.key = t.entity").fetchall()
    for table in ("search_name_tri", "search_name_gram", "search_text_tri", "search_name", "search_text",
                  "search_entity"):
        conn.execute(f"DROP TABLE {table}")
    for sql in OLD_INDEX:
        conn.execute(sql)
    conn.executemany("INSERT INTO search_name VALUES (?, ?, ?, '', ?)", names)
    conn.executemany("INSERT INTO search_text VALUES (?, ?, ?, '', '', ?)", texts)
    conn.executemany("INSERT INTO search_name_gram (rowid, grams) VALUES (?, ?)",
                     ((rowid, grams(folded)) for rowid, _, _, folded in names))
    conn.execute("INSERT INTO search_name_tri (search_name_tri) VALUES ('rebuild')")
    conn.execute("INSERT INTO search_text_tri (search_text_tri) VALUES ('rebuild')")
    conn.execute(f"DELETE FROM {kdb.migrations.migrations_table} WHERE name = 'm008_search_index_slimmed'")
    conn.execute("COMMIT")
    conn.close()


def test_a_database_of_the_old_index_finds_the_same_after_its_migration(databases, tmp_path):
    recorded = json.loads(RECORDED.read_text())
    for name, path in databases.items():
        copy = tmp_path / path.name
        shutil.copyfile(path, copy)
        as_before_m008(copy)
        with sqlite3.connect(copy) as conn:
            assert "search_entity" not in {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        with kdb.connect(copy) as db:
            assert kdb.pending_migrations(db) == []
            assert "search_entity" in db.table_names()
            assert run(db) == recorded[name]
            for table in ("search_name_tri", "search_text_tri"):
                db.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
