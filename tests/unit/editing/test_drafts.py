"""Drafts: what staff typed and did not publish, kept per entry and author, never content: the writer, the fleet's
journal and a content package never carry one, and a database put in place by the fleet keeps this kiosk's drafts."""

import shutil

import pytest

from kiosk.core.access.principal import Principal
from kiosk.core.editing import drafts, entries
from kiosk.core.fleet import package
from kiosk.core.fleet.node import Node
from kiosk.core.store import database as kdb
from kiosk.core.store import writer

HUAWEI = Principal("s-hw", "staff", "organisation", "huawei")
OTHER = Principal("s-hw2", "staff", "organisation", "huawei")
ORGANIZER = Principal("org", "organizer")


@pytest.fixture
def db(writable_db):
    return writable_db


def test_a_draft_is_kept_per_entry_and_author_and_replaced_as_typing_goes_on(db):
    drafts.keep(db, HUAWEI, "organisation", "huawei", {"short_name": "HW"}, at="2019-08-22T03:42:00+00:00")
    drafts.keep(db, HUAWEI, "organisation", "huawei", {"short_name": "HW2"}, at="2019-08-22T03:43:00+00:00")
    drafts.keep(db, OTHER, "organisation", "huawei", {"description": {"th": "ร่าง", "en": ""}})
    assert drafts.load(db, HUAWEI, "organisation", "huawei") == {
        "changes": {"short_name": "HW2"}, "saved_at": "2019-08-22T03:43:00+00:00"}
    assert drafts.load(db, OTHER, "organisation", "huawei")["changes"]["description"]["th"] == "ร่าง"
    assert [d["entity_id"] for d in drafts.of(db, HUAWEI)] == ["huawei"]
    drafts.keep(db, HUAWEI, "organisation", "huawei", {})  # typed back to what is published
    assert drafts.load(db, HUAWEI, "organisation", "huawei") is None
    assert drafts.load(db, OTHER, "organisation", "huawei") is not None


def test_a_draft_is_not_content_nobody_hears_of_it_and_visitors_never_see_it(db):
    heard = []
    writer.listen(db, heard.append)
    drafts.keep(db, HUAWEI, "organisation", "huawei", {"short_name": "Not yet"})
    assert heard == []
    assert db.execute("SELECT short_name FROM organisation WHERE id = 'huawei'").fetchone()[0] != "Not yet"
    assert db.execute("SELECT count(*) FROM audit WHERE detail LIKE '%Not yet%'").fetchone()[0] == 0


def test_history_says_which_part_changed_who_changed_it_and_what_was_restored(db):
    entries.publish(db, HUAWEI, "organisation", "huawei", {"description": {"en": "New words."}})
    entries.revert(db, ORGANIZER, "organisation", "huawei", 1)
    newest, changed, original = entries.history(db, "organisation", "huawei")
    assert changed["changed"] == [{"field": "description", "lang": "en"}]
    assert changed["who"]["role"] == "staff" and newest["who"]["role"] == "organizer"
    assert newest["restored_from"] == 1 and newest["changed"] == [{"field": "description", "lang": "en"}]
    assert original["note"] == "original" and original["who"]["role"] == "data"


def test_a_content_package_carries_no_draft_and_a_kiosk_taking_one_keeps_its_own(demo_db_file, tmp_path):
    organizer_path, kiosk_path = tmp_path / "organizer.db", tmp_path / "kiosk.db"
    shutil.copyfile(demo_db_file, organizer_path)
    shutil.copyfile(demo_db_file, kiosk_path)
    with kdb.connect(organizer_path) as organizer, kdb.connect(kiosk_path) as db:
        drafts.keep(organizer, ORGANIZER, "city", "bangkok", {"vision": {"th": "ความลับของผู้จัดงาน", "en": ""}})
        entries.publish(organizer, ORGANIZER, "city", "bangkok", {"vision": {"en": "From the organizer."}})
        made = package.publish(organizer, tmp_path / "packages", None, "organizer")
        assert b"\xe0\xb8\x84\xe0\xb8\xa7\xe0\xb8\xb2\xe0\xb8\xa1\xe0\xb8\xa5\xe0\xb8\xb1\xe0\xb8\x9a" not in \
            made.content.read_bytes()  # "ความลับ": not even in a free page
        node = Node(db, tmp_path / "fleet", "lobby")
        drafts.keep(db, HUAWEI, "organisation", "huawei", {"short_name": "Typing"})
        node.take(package.check(made.folder), tmp_path / "media")
        assert db.execute("SELECT vision FROM city WHERE id = 'bangkok'").fetchone()[0].count("From the organizer.")
        assert drafts.load(db, HUAWEI, "organisation", "huawei")["changes"] == {"short_name": "Typing"}
        assert drafts.of(db, ORGANIZER) == []
        node.close()
