import json

import pytest

from kiosk.core.access.principal import Principal
from kiosk.core.catalog import content, search
from kiosk.core.editing import entries
from kiosk.core.editing.entries import Forbidden, Invalid
from kiosk.core.editing.validate import Problem
from kiosk.core.store import versions, writer

BANGKOK = Principal("s-bkk", "staff", "city", "bangkok")
HUAWEI = Principal("s-hw", "staff", "organisation", "huawei")
ORGANIZER = Principal("o-1", "organizer")
HUAWEI_PROJECT = "huawei-safe-city-demo"


@pytest.fixture
def db(writable_db):
    writer.save(writable_db, "project", {"id": HUAWEI_PROJECT, "organisation_id": "huawei",
                                        "title": {"en": "Safe city demo", "th": "สาธิตเมืองปลอดภัย"}}, "test")
    return writable_db


def state(db):
    """Everything a write could touch."""
    return {table: db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("city", "organisation", "project", "entity_version", "audit", "search_entity", "search_name",
                          "search_text")}


def raw(db, table, entity_id, column):
    return db.execute(f"SELECT {column} FROM {table} WHERE id = ?", [entity_id]).fetchone()[0]


# --- who may change what -------------------------------------------------------------------------

CHANGES = {"city": {"vision": {"en": "A new vision."}}, "organisation": {"description": {"en": "New text."}},
           "project": {"description": {"en": "New text."}}}
OWN = [("city", "bangkok"), ("project", "bang-sue-transport-hub")]
OTHERS = [("city", "phuket"), ("organisation", "huawei"), ("project", HUAWEI_PROJECT),
          ("project", "phuket-city-data-platform")]


@pytest.mark.parametrize("entity_type, entity_id", OWN)
def test_staff_publish_their_own_entries(db, entity_type, entity_id):
    assert entries.publish(db, BANGKOK, entity_type, entity_id, CHANGES[entity_type]) == 2
    assert versions.current(db, entity_type, entity_id)[next(iter(CHANGES[entity_type]))]["en"] in (
        "A new vision.", "New text.")


@pytest.mark.parametrize("entity_type, entity_id", OTHERS)
def test_staff_cannot_touch_other_entries(db, entity_type, entity_id):
    before = state(db)
    with pytest.raises(Forbidden):
        entries.publish(db, BANGKOK, entity_type, entity_id, CHANGES[entity_type])
    with pytest.raises(Forbidden):
        entries.revert(db, BANGKOK, entity_type, entity_id, 1)
    if entity_type == "project":
        with pytest.raises(Forbidden):
            entries.remove_project(db, BANGKOK, entity_id)
    assert state(db) == before


@pytest.mark.parametrize("owner_type, owner_id", [("city", "phuket"), ("organisation", "huawei")])
def test_staff_cannot_add_projects_for_others(db, owner_type, owner_id):
    before = state(db)
    with pytest.raises(Forbidden):
        entries.add_project(db, BANGKOK, owner_type, owner_id, {"title": {"en": "Not mine"}})
    assert state(db) == before


@pytest.mark.parametrize("principal", [
    Principal("s-x", "staff", "organisation", "bangkok"),  # the right id under the wrong owner type
    Principal("s-y", "staff"),  # staff without an owner
    HUAWEI,
])
def test_other_principals_cannot_edit_bangkok(db, principal):
    before = state(db)
    with pytest.raises(Forbidden):
        entries.publish(db, principal, "city", "bangkok", CHANGES["city"])
    with pytest.raises(Forbidden):
        entries.remove_project(db, principal, "bang-sue-transport-hub")
    assert state(db) == before


def test_organisation_staff_edit_their_organisation_and_its_projects(db):
    assert entries.publish(db, HUAWEI, "organisation", "huawei", CHANGES["organisation"]) == 2
    assert entries.publish(db, HUAWEI, "project", HUAWEI_PROJECT, CHANGES["project"]) == 2


@pytest.mark.parametrize("entity_type, entity_id", OWN + OTHERS)
def test_organizer_may_do_everything(db, entity_type, entity_id):
    assert entries.publish(db, ORGANIZER, entity_type, entity_id, CHANGES[entity_type]) == 2
    assert entries.revert(db, ORGANIZER, entity_type, entity_id, 1) == 3
    if entity_type == "project":
        assert entries.remove_project(db, ORGANIZER, entity_id) == 4


def test_organizer_adds_projects_anywhere(db):
    assert entries.add_project(db, ORGANIZER, "city", "phuket", {"title": {"en": "Sea level sensors"}})
    assert entries.add_project(db, ORGANIZER, "organisation", "huawei", {"title": {"en": "5G campus"}})


def test_owner_of(db):
    assert entries.owner_of(db, "city", "bangkok") == ("city", "bangkok")
    assert entries.owner_of(db, "organisation", "huawei") == ("organisation", "huawei")
    assert entries.owner_of(db, "project", "bang-sue-transport-hub") == ("city", "bangkok")
    assert entries.owner_of(db, "project", HUAWEI_PROJECT) == ("organisation", "huawei")
    with pytest.raises(entries.KioskError):
        entries.owner_of(db, "project", "no-such-project")
    with pytest.raises(entries.KioskError):
        entries.owner_of(db, "session", "opening")


# --- validation ----------------------------------------------------------------------------------

def test_invalid_input_reports_every_problem_and_writes_nothing(db):
    before = state(db)
    with pytest.raises(Invalid) as caught:
        entries.publish(db, HUAWEI, "organisation", "huawei", {
            "name": {"en": ""},
            "description": {"th": "ข้อความ\u200bมีช่องว่างล่องหน"},
            "website": "javascript:alert(1)",
            "contact_email": "booth@",
            "short_name": "x" * 21,
            "kind": "partner_delegation",
        })
    assert set(caught.value.problems) == {
        Problem("name", "en", "required"),
        Problem("description", "th", "invisible"),
        Problem("website", None, "url_scheme"),
        Problem("contact_email", None, "email"),
        Problem("short_name", None, "too_long", 20),
        Problem("kind", None, "not_editable"),
    }
    assert state(db) == before


def test_project_fields(db):
    with pytest.raises(Invalid) as caught:
        entries.publish(db, BANGKOK, "project", "bang-sue-transport-hub",
                        {"focus_area_id": "space-travel", "status_year": 2562, "url": "http://example.org"})
    assert {p.code for p in caught.value.problems} == {"unknown_choice", "year", "url_scheme"}
    entries.publish(db, BANGKOK, "project", "bang-sue-transport-hub",
                    {"focus_area_id": "civic-social", "status_year": "2024", "url": "http://example.org"},
                    allow_http=True)
    now = versions.current(db, "project", "bang-sue-transport-hub")
    assert (now["focus_area_id"], now["status_year"], now["url"]) == ("civic-social", 2024, "http://example.org")


def test_a_stored_value_kept_as_it_is_is_not_judged_again(db):
    # The demo's Khmer-city project has a 2019 status longer than the staff limit.
    long_status = versions.current(db, "project", "phnom-penh-public-transport")["status"]
    assert max(len(text) for text in long_status.values()) > 300
    owner = Principal("s-pp", "staff", "city", "phnom-penh")
    assert entries.publish(db, owner, "project", "phnom-penh-public-transport",
                           {"title": {"en": "Public transport"}, "status": dict(long_status)}) == 2
    with pytest.raises(Invalid):
        entries.publish(db, owner, "project", "phnom-penh-public-transport",
                        {"status": {"en": long_status["en"] + "!"}})


def test_texts_change_only_the_languages_given(db):
    pp = Principal("s-pp", "staff", "city", "phnom-penh")
    entries.publish(db, pp, "city", "phnom-penh", {"name": {"en": "Phnom Penh Capital", "th": "กรุงพนมเปญ"}})
    assert versions.current(db, "city", "phnom-penh")["name"] == {
        "en": "Phnom Penh Capital", "th": "กรุงพนมเปญ", "km": "ភ្នំពេញ"}  # the local name is kept
    entries.publish(db, pp, "city", "phnom-penh", {"vision": {"th": ""}})
    assert "th" not in versions.current(db, "city", "phnom-penh")["vision"]


def test_text_is_stored_nfc_and_trimmed(db):
    entries.publish(db, HUAWEI, "organisation", "huawei",
                    {"description": {"th": "  ป\u0e48\u0e39 ", "vi": "Đa\u0300 Nẵng"}})
    description = versions.current(db, "organisation", "huawei")["description"]
    assert description["th"] == "ป\u0e39\u0e48"
    assert description["vi"] == "Đà Nẵng"


# --- publishing, history, revert ------------------------------------------------------------------

def test_publish_then_history_then_revert_restores_the_thai_text_exactly(db):
    original_raw = raw(db, "organisation", "huawei", "description")
    original_th = json.loads(original_raw)["th"]
    assert entries.history(db, "organisation", "huawei")[0]["version"] == 1  # never published: the original

    assert entries.publish(db, HUAWEI, "organisation", "huawei",
                           {"description": {"th": "หัวเว่ยแก้ไขคำอธิบายใหม่"}}) == 2
    listed = entries.history(db, "organisation", "huawei")
    assert [v["version"] for v in listed] == [2, 1]
    assert listed[0]["actor"] == "staff:s-hw" and listed[0]["fields"] == ["description"]
    assert listed[1]["note"] == "original" and listed[1]["actor"] == "demo-db"

    assert entries.revert(db, HUAWEI, "organisation", "huawei", 1) == 3
    assert raw(db, "organisation", "huawei", "description") == original_raw
    restored = versions.current(db, "organisation", "huawei")["description"]["th"]
    assert restored.encode("utf-8") == original_th.encode("utf-8")
    assert entries.history(db, "organisation", "huawei")[0]["note"] == "revert to 1"
    assert content.organisation(db, "huawei", "th")["description"] == original_th


def test_version_data_is_the_whole_editable_state(db):
    entries.publish(db, BANGKOK, "city", "bangkok", {"vision": {"en": "Greener."}})
    data, fields = db.execute("SELECT data, fields FROM entity_version WHERE entity_type = 'city' "
                              "AND entity_id = 'bangkok' AND version = 2").fetchone()
    assert json.loads(data) == versions.current(db, "city", "bangkok")
    assert json.loads(fields) == ["vision"]


def test_publishing_nothing_new_stores_no_version(db):
    before = state(db)
    same = versions.current(db, "city", "bangkok")
    unchanged = {"name": same["name"], "vision": {"en": " " + same["vision"]["en"]}}  # equal once trimmed
    assert entries.publish(db, BANGKOK, "city", "bangkok", unchanged) == 1
    assert state(db) == before
    entries.publish(db, BANGKOK, "city", "bangkok", {"vision": {"en": "Greener."}})
    assert entries.publish(db, BANGKOK, "city", "bangkok", {"vision": {"en": "Greener."}}) == 2
    assert entries.revert(db, BANGKOK, "city", "bangkok", 2) == 2


def test_row_is_stamped_and_audited(db):
    entries.publish(db, BANGKOK, "city", "bangkok",
                    {"name": {"en": "Bangkok Metropolis"}, "vision": {"en": "Greener."}})
    assert raw(db, "city", "bangkok", "updated_by") == "staff:s-bkk"
    at, actor, action, entity_type, entity_id, fields = db.execute(
        "SELECT at, actor, action, entity_type, entity_id, fields FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    assert (actor, action, entity_type, entity_id) == ("staff:s-bkk", "publish", "city", "bangkok")
    assert json.loads(fields) == ["name", "vision"]
    assert at == raw(db, "city", "bangkok", "updated_at")


def test_html_is_stored_literally(db):
    html = "<img src=x onerror=alert(1)><b>Huawei</b> &amp;"
    entries.publish(db, HUAWEI, "organisation", "huawei", {"description": {"en": html}, "short_name": "<i>HW</i>"})
    assert json.loads(raw(db, "organisation", "huawei", "description"))["en"] == html
    assert raw(db, "organisation", "huawei", "short_name") == "<i>HW</i>"
    assert content.organisation(db, "huawei", "en")["description"] == html


def test_search_finds_the_new_name_at_once(db):
    assert not search.search(db, "Krungthep Smart Capital")
    entries.publish(db, BANGKOK, "city", "bangkok", {"name": {"en": "Krungthep Smart Capital"}})
    assert ("city", "bangkok") in [(r.type, r.id) for r in search.search(db, "Krungthep Smart Capital")]
    entries.publish(db, HUAWEI, "organisation", "huawei", {"description": {"th": "เสาสัญญาณอัจฉริยะ"}})
    assert ("exhibitor", "huawei") in [(r.type, r.id) for r in search.search(db, "เสาสัญญาณ", "th")]


def test_revert_to_a_missing_version(db):
    with pytest.raises(entries.KioskError):
        entries.revert(db, BANGKOK, "city", "bangkok", 7)


# --- projects ------------------------------------------------------------------------------------

def test_add_project(db):
    values = {"title": {"en": "Smart Parking (Phase 2)", "th": "ที่จอดรถอัจฉริยะ"}, "status_year": 2019,
              "focus_area_id": "built-infrastructure"}
    project_id = entries.add_project(db, BANGKOK, "city", "bangkok", values)
    assert project_id == "smart-parking-phase-2"
    assert entries.add_project(db, BANGKOK, "city", "bangkok", values) == "smart-parking-phase-2-2"
    assert entries.owner_of(db, "project", project_id) == ("city", "bangkok")
    assert versions.current(db, "project", project_id)["title"]["th"] == "ที่จอดรถอัจฉริยะ"
    assert [(v["version"], v["note"]) for v in entries.history(db, "project", project_id)] == [(1, "added")]
    assert db.execute("SELECT action, actor FROM audit WHERE entity_id = ? ", [project_id]).fetchall() == [
        ("insert", "staff:s-bkk")]
    assert project_id in [p["id"] for p in content.projects(db, "en", city_id="bangkok")]
    assert ("project", project_id) in [(r.type, r.id) for r in search.search(db, "smart parking")]


def test_add_project_needs_an_english_title(db):
    before = state(db)
    with pytest.raises(Invalid) as caught:
        entries.add_project(db, BANGKOK, "city", "bangkok", {"title": {"th": "โครงการใหม่"}, "url": "ftp://x"})
    assert set(caught.value.problems) == {Problem("title", "en", "required"), Problem("url", None, "url_scheme")}
    with pytest.raises(Invalid):
        entries.add_project(db, BANGKOK, "city", "bangkok", {})
    assert state(db) == before


def test_a_title_without_latin_letters_still_gets_an_id(db):
    assert entries.add_project(db, BANGKOK, "city", "bangkok", {"title": {"en": "โครงการ"}}) == "project"


def test_remove_and_restore_a_project(db):
    title = versions.current(db, "project", "bang-sue-transport-hub")["title"]
    assert entries.remove_project(db, BANGKOK, "bang-sue-transport-hub") == 2
    assert db.execute("SELECT 1 FROM project WHERE id = 'bang-sue-transport-hub'").fetchone() is None
    assert db.execute("SELECT count(*) FROM search_entity WHERE id = 'bang-sue-transport-hub'").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM search_name WHERE entity NOT IN (SELECT key FROM search_entity)"
                      ).fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM search_text WHERE entity NOT IN (SELECT key FROM search_entity)"
                      ).fetchone()[0] == 0
    assert entries.history(db, "project", "bang-sue-transport-hub")[0]["note"] == "removed"
    assert db.execute("SELECT action FROM audit ORDER BY id DESC LIMIT 1").fetchone()[0] == "delete"
    with pytest.raises(Forbidden):  # still owned by Bangkok after removal
        entries.revert(db, HUAWEI, "project", "bang-sue-transport-hub", 1)
    # Its id is not given to a new project: printed QR codes still carry it.
    assert entries.add_project(db, BANGKOK, "city", "bangkok",
                               {"title": {"en": "Bang Sue Transport Hub"}}) == "bang-sue-transport-hub-2"

    assert entries.revert(db, BANGKOK, "project", "bang-sue-transport-hub", 1) == 3
    assert versions.current(db, "project", "bang-sue-transport-hub")["title"] == title
    assert entries.owner_of(db, "project", "bang-sue-transport-hub") == ("city", "bangkok")
    assert ("project", "bang-sue-transport-hub") in [(r.type, r.id) for r in search.search(db, "Bang Sue")]
