"""The same results from every version of the search index: each query's results (order, tier, what matched), on
the demo and on a small load-test scale with a few staff edits on top, compared with the results recorded in
`search_results.json`.

The file was recorded from the index as it was before the slimmer one (docs/adr/0011); record it again only for a
change that is meant to change results: `KIOSK_RECORD_SEARCH=1 pytest tests/unit/catalog/test_search_results.py`.
"""

import hashlib
import json
import os
from pathlib import Path

import pytest

from kiosk import config
from kiosk.core.catalog import search
from kiosk.core.demo import dataset
from kiosk.core.store import database as kdb
from kiosk.core.store import writer

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
    for name in found:
        differ = [query for query in recorded[name] if found[name].get(query) != recorded[name][query]]
        assert not differ, f"{name}: {len(differ)} queries differ, first {differ[0]!r}"
        assert found[name].keys() == recorded[name].keys()
