"""The bundled ASCN 2019 demo data set: complete, bilingual, consistent, and built safely."""

import json
import re
import sqlite3

import pytest

from kiosk import config
from kiosk.core.catalog import content
from kiosk.core.common.errors import KioskError
from kiosk.core.common.text import is_slug
from kiosk.core.demo import dataset
from kiosk.core.floor import floorplan
from kiosk.core.operations import health
from kiosk.core.store import index


def texts(db, sql):
    return [json.loads(value) if value else None for (value,) in db.execute(sql)]


def test_counts(demo_db):
    counts = content.counts(demo_db)
    assert counts["cities"] == 26
    assert counts["countries"] >= 14
    assert counts["focus_areas"] == 6
    assert counts["projects"] == 53
    assert counts["exhibitors"] >= 30
    assert counts["sessions"] >= 25


def test_the_26_cities_have_thai_and_local_names(demo_db):
    rows = demo_db.execute("SELECT id, name, local_lang, country_id, lat, lon FROM city").fetchall()
    assert len(rows) == 26
    for city_id, name, local_lang, country, lat, lon in rows:
        name = json.loads(name)
        assert name.get("en") and name.get("th"), city_id
        assert re.search("[\u0e00-\u0e7f]", name["th"]), f"{city_id}: the Thai name is not in Thai script"
        assert name.get(local_lang), f"{city_id}: no local name in {local_lang}"
        assert -11 < lat < 29 and 92 < lon < 141, f"{city_id} is not in South-East Asia"
    per_country = dict(demo_db.execute("SELECT country_id, count(*) FROM city GROUP BY country_id").fetchall())
    assert per_country == {"brunei-darussalam": 1, "cambodia": 3, "indonesia": 3, "lao-pdr": 2, "malaysia": 4,
                           "myanmar": 3, "philippines": 3, "singapore": 1, "thailand": 3, "viet-nam": 3}


@pytest.mark.parametrize("city_id, lang, local", [("phnom-penh", "km", "ភ្នំពេញ"), ("vientiane", "lo", "ວຽງຈັນ"),
                                                  ("yangon", "my", "ရန်ကုန်"), ("da-nang", "vi", "Đà Nẵng"),
                                                  ("bangkok", "th", "กรุงเทพมหานคร")])
def test_local_script_names(demo_db, city_id, lang, local):
    name = json.loads(demo_db.execute("SELECT name FROM city WHERE id = ?", [city_id]).fetchone()[0])
    assert name[lang] == local


def test_every_visitor_text_has_english_and_thai(demo_db):
    assert content.missing_translations(demo_db) == {"en": 0, "th": 0}


def test_six_focus_areas_in_framework_order(demo_db):
    rows = demo_db.execute("SELECT id FROM focus_area ORDER BY position").fetchall()
    assert [r[0] for r in rows] == ["civic-social", "health-well-being", "safety-security", "quality-environment",
                                    "built-infrastructure", "industry-innovation"]


def test_projects_two_per_city_three_for_manila(demo_db):
    per_city = dict(demo_db.execute("SELECT city_id, count(*) FROM project GROUP BY city_id").fetchall())
    assert len(per_city) == 26
    assert per_city.pop("manila") == 3
    assert set(per_city.values()) == {2}
    for title, description, status, area in demo_db.execute(
            "SELECT title, description, status, focus_area_id FROM project"):
        for value in (title, description, status):
            value = json.loads(value)
            assert value["en"] and value["th"]
        assert area is not None


def test_programme_spans_three_days(demo_db):
    days = [d for (d,) in demo_db.execute("SELECT DISTINCT day FROM session ORDER BY day")]
    assert days == ["2019-08-22", "2019-08-23", "2019-08-24"]
    timed = demo_db.execute("SELECT starts_at, ends_at FROM session WHERE starts_at IS NOT NULL").fetchall()
    assert len(timed) >= 20
    assert all(re.fullmatch(r"\d\d:\d\d", s) and (e is None or s < e) for s, e in timed)
    speakers = [json.loads(s) for (s,) in demo_db.execute("SELECT speakers FROM session")]
    assert sum(len(s) for s in speakers) >= 30


def test_every_city_and_exhibitor_has_a_booth_and_no_booths_overlap(demo_db):
    assert floorplan.overlapping_booths(demo_db) == []
    assert health.booth_problems(demo_db) == []
    without = demo_db.execute(
        """SELECT id FROM city WHERE id NOT IN (SELECT city_id FROM booth WHERE city_id IS NOT NULL)
           UNION ALL
           SELECT id FROM organisation WHERE kind IN ('exhibitor', 'partner_delegation')
             AND id NOT IN (SELECT organisation_id FROM booth WHERE organisation_id IS NOT NULL)""").fetchall()
    assert without == []


def test_every_booth_touches_an_aisle(demo_db):
    aisles = demo_db.execute("SELECT hall_id, x, y, w, h FROM hall_feature WHERE kind = 'aisle'").fetchall()
    assert aisles
    for code, hall, x, y, w, h in demo_db.execute("SELECT code, hall_id, x, y, w, h FROM booth"):
        assert any(a[0] == hall and x <= a[1] + a[3] and a[1] <= x + w and y <= a[2] + a[4] and a[2] <= y + h
                   for a in aisles), f"booth {code} is not on an aisle"


def test_the_hall_has_the_places_visitors_ask_for(demo_db):
    kinds = {k for (k,) in demo_db.execute("SELECT DISTINCT kind FROM hall_feature")}
    assert {"entrance", "stage", "registration", "toilet", "lift", "stairs", "aisle"} <= kinds


def test_ids_are_stable_slugs_and_contacts_are_examples(demo_db):
    for table in ("country", "focus_area", "city", "organisation", "project", "session", "hall", "booth"):
        bad = [i for (i,) in demo_db.execute(f"SELECT id FROM {table}") if not is_slug(i)]
        assert bad == [], table
    emails = [e for (e,) in demo_db.execute("SELECT contact_email FROM organisation WHERE contact_email IS NOT NULL")]
    assert emails and all(e.endswith("@example.org") for e in emails)
    websites = [w for (w,) in demo_db.execute("SELECT website FROM organisation WHERE website IS NOT NULL")]
    assert all(re.fullmatch(r"https://([a-z0-9-]+\.)*example\.org(/.*)?", w) for w in websites)


def test_no_phone_numbers_in_the_source_files():
    for path in config.DEMO_SOURCE.glob("*.json"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\+\d[\d\s-]{7,}\d", text), f"{path.name} seems to contain a phone number"


def test_build_refuses_to_overwrite_without_force(tmp_path):
    target = tmp_path / "kiosk.db"
    target.write_bytes(b"precious")
    with pytest.raises(KioskError, match="--force"):
        dataset.build(target, config.DEMO_SOURCE)
    assert target.read_bytes() == b"precious"
    dataset.build(target, config.DEMO_SOURCE, force=True)
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM city").fetchone()[0] == 26


def test_a_broken_source_file_names_the_problem_and_leaves_no_database(source_copy, tmp_path):
    cities = json.loads((source_copy / "cities.json").read_text(encoding="utf-8"))
    cities[3]["country"] = "atlantis"
    (source_copy / "cities.json").write_text(json.dumps(cities, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "x.db"
    with pytest.raises(KioskError, match="cities.json: .* unknown country 'atlantis'"):
        dataset.build(target, source_copy)
    assert not target.exists()
    assert list(tmp_path.glob("x.db*")) == []


def test_bad_booth_geometry_is_refused_by_name(source_copy, tmp_path):
    booths = json.loads((source_copy / "booths.json").read_text(encoding="utf-8"))
    booths[0]["w"] = -1
    (source_copy / "booths.json").write_text(json.dumps(booths, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KioskError, match=f"booth '{booths[0]['code']}' needs .* positive width"):
        dataset.build(tmp_path / "x.db", source_copy)


def test_a_failure_mid_build_keeps_the_old_database(tmp_path, monkeypatch):
    target = tmp_path / "kiosk.db"
    dataset.build(target, config.DEMO_SOURCE)
    before = target.read_bytes()

    def power_cut(db):
        raise OSError("disk full")

    monkeypatch.setattr(index, "rebuild", power_cut)
    with pytest.raises(OSError, match="disk full"):
        dataset.build(target, config.DEMO_SOURCE, force=True)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kiosk.db"]


def test_scale_adds_deterministic_bilingual_booths_without_overlap(tmp_path):
    a = dataset.build(tmp_path / "a.db", config.DEMO_SOURCE, scale=300)
    b = dataset.build(tmp_path / "b.db", config.DEMO_SOURCE, scale=300)
    from kiosk.core.store import database as kdb
    with kdb.connect(a) as db_a, kdb.connect(b) as db_b:
        dump = "SELECT id, name, country_id FROM organisation ORDER BY id"
        assert db_a.execute(dump).fetchall() == db_b.execute(dump).fetchall()
        synthetic = db_a.execute("SELECT count(*) FROM booth WHERE code LIKE 'X%'").fetchone()[0]
        assert synthetic == 300
        per_org = [n for (n,) in db_a.execute(
            "SELECT count(*) FROM project WHERE organisation_id LIKE 'synthetic-%' GROUP BY organisation_id")]
        assert len(per_org) == 300 and min(per_org) >= 5 and max(per_org) <= 10
        assert health.booth_problems(db_a) == []
        assert content.missing_translations(db_a) == {"en": 0, "th": 0}
