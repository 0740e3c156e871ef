"""A kiosk in a fleet, through the real QML: another kiosk's edit arriving in its journals folder is on the visitor's
page within seconds; a new content package waits until the attract screen shows, then replaces the show without
losing the edits made at the kiosks."""

import shutil

import pytest
from PIL import Image

from kiosk.core.access import auth
from kiosk.core.access.principal import Principal
from kiosk.core.common.errors import KioskError
from kiosk.core.editing import entries
from kiosk.core.fleet import journal, package, setup
from kiosk.core.fleet.clock import Clock
from kiosk.core.store import database as kdb
from kiosk.core.store.writer import Change
from tests.helpers import fleet

ORGANIZER = Principal("org", "organizer")


@pytest.fixture
def member(tmp_path, demo_db_file):
    """A kiosk that joined a fleet (the organizer's machine made in a folder beside it): its database and folder."""
    laptop, kiosk = fleet.joined(tmp_path)
    db_file = tmp_path / "lobby.db"
    shutil.copyfile(demo_db_file, db_file)
    return db_file, kiosk, laptop


def another_kiosks_edit(folder, text):
    """What Syncthing delivers from kiosk hall-b: an entry of its journal, in this kiosk's copy of that folder."""
    change = Change("publish", "set", "organisation", "huawei", ["description"],
                    {"description": {"en": text, "th": text}}, "staff:s-hw", "2019-08-23T02:00:00+00:00", None)
    journal.Journal(folder / "journals", "hall-b").append(change, Clock("hall-b").tick())


def test_an_edit_from_another_kiosk_reaches_the_visitors_page(start_kiosk, member):
    db_file, folder, _ = member
    kiosk = start_kiosk(db_file, lang="en", screen="exhibitor:huawei", fleet_folder=folder, fleet_syncthing=False)
    kiosk.wait_for_screen("exhibitorPage")
    assert kiosk.kiosk.fleet is not None
    another_kiosks_edit(folder, "Fixed at the hall B kiosk.")
    kiosk.qtbot.waitUntil(lambda: "Fixed at the hall B kiosk." in kiosk.kiosk.show.page("exhibitor", "huawei")
                          ["description"], timeout=5000)
    kiosk.evaluate(kiosk.screen(), 'Nav.open("exhibitor", "huawei"), true')  # the page as a visitor opens it again
    kiosk.qtbot.waitUntil(lambda: "Fixed at the hall B kiosk." in "\n".join(kiosk.texts()), timeout=5000)


def test_another_programs_write_lock_holds_an_edit_back_without_freezing_or_failing(start_kiosk, member):
    import sqlite3

    db_file, folder, _ = member
    kiosk = start_kiosk(db_file, lang="en", screen="exhibitor:huawei", fleet_folder=folder, fleet_syncthing=False)
    kiosk.wait_for_screen("exhibitorPage")
    running = kiosk.kiosk.fleet
    importer = sqlite3.connect(db_file, isolation_level=None)  # as a long `kiosk import` holds it
    importer.execute("BEGIN IMMEDIATE")
    another_kiosks_edit(folder, "Arrived during an import.")
    kiosk.qtbot.waitUntil(lambda: running.problems == [running_module().BUSY], timeout=5000)
    assert not kiosk.window.property("troubled")
    assert "Arrived during an import." not in kiosk.kiosk.show.page("exhibitor", "huawei")["description"]
    importer.execute("COMMIT")
    importer.close()
    kiosk.qtbot.waitUntil(lambda: "Arrived during an import." in kiosk.kiosk.show.page("exhibitor", "huawei")
                          ["description"], timeout=5000)
    assert running.problems == []


def running_module():
    from kiosk.core.fleet import running

    return running


def test_a_new_package_waits_for_the_attract_screen_and_keeps_the_kiosks_edits(start_kiosk, member, tmp_path):
    db_file, folder, _ = member
    kiosk = start_kiosk(db_file, lang="en", screen="city:bangkok", fleet_folder=folder, fleet_syncthing=False)
    kiosk.wait_for_screen("cityPage")
    entries.publish(kiosk.kiosk.show._db, ORGANIZER, "organisation", "huawei", {"short_name": "HW lobby"})
    organizer_db = tmp_path / "organizer.db"
    shutil.copyfile(db_file.parent / "lobby.db", organizer_db)
    with kdb.connect(organizer_db) as db:
        entries.publish(db, ORGANIZER, "city", "bangkok", {"vision": {"en": "The organizer's new vision."}})
        package.publish(db, folder / "packages", None, "organizer")
    running = kiosk.kiosk.fleet
    kiosk.qtbot.waitUntil(lambda: running.waiting, timeout=5000)  # it arrived, and waits: a visitor is here
    assert "The organizer's new vision." not in kiosk.kiosk.show.page("city", "bangkok")["vision"]
    kiosk.evaluate(kiosk.screen(), 'Nav.open("attract", ""), true')
    kiosk.wait_for_screen("attractScreen")
    kiosk.qtbot.waitUntil(lambda: running.node.package_version() == 1, timeout=5000)
    assert kiosk.kiosk.show.page("city", "bangkok")["vision"] == "The organizer's new vision."
    assert kiosk.kiosk.show.page("exhibitor", "huawei")["short_name"] == "HW lobby"  # the kiosk's own edit stays


def test_a_join_file_is_refused_on_a_machine_with_another_pin_secret(tmp_path):
    (tmp_path / "pepper").write_bytes(b"p" * 32)
    setup.init(tmp_path / "laptop", "ascn-2019", "127.0.0.1:22001", "127.0.0.1:8385")
    setup.add_kiosk(tmp_path / "laptop", "lobby", "127.0.0.1:22002", tmp_path / "lobby.join", tmp_path / "pepper")
    (tmp_path / "other-pepper").write_bytes(b"q" * 32)
    with pytest.raises(KioskError, match="another PIN secret"):
        setup.join(tmp_path / "kiosk", tmp_path / "lobby.join", tmp_path / "other-pepper", "127.0.0.1:8386")
    assert setup.load(tmp_path / "kiosk") is None  # nothing half-joined


def test_the_admin_screen_shows_this_kiosks_fleet(start_kiosk, member, tmp_path):
    db_file, folder, _ = member
    with kdb.connect(db_file) as db:
        pin = auth.set_organizer_pin(db, auth.load_pepper(tmp_path / "pepper"), "test")
    kiosk = start_kiosk(db_file, lang="en", screen="home", fleet_folder=folder, fleet_syncthing=False)
    another_kiosks_edit(folder, "Waiting to be read.")
    assert kiosk.kiosk.staff.signIn("organizer", pin)
    kiosk.evaluate(kiosk.screen(), 'Nav.open("staffAdmin", ""), true')
    kiosk.wait_for_screen("staffAdminScreen")
    card = kiosk.visible_item("adminFleetCard")
    shown = "\n".join(kiosk.texts_in(card))
    assert "ascn-2019 · this kiosk is lobby" in shown
    assert "Syncthing is not installed: USB stick only" in shown  # this test runs the kiosk without it
    assert "None yet: the content this kiosk started with" in shown


def test_the_kiosk_sends_the_organizer_what_its_screen_shows(start_kiosk, member):
    db_file, folder, _ = member
    kiosk = start_kiosk(db_file, lang="th", screen="home", size=(1080, 1920), fleet_folder=folder,
                        fleet_syncthing=False)
    shot = folder / "status" / "lobby" / "screen.png"
    kiosk.qtbot.waitUntil(shot.exists, timeout=5000)
    with Image.open(shot) as picture:
        assert picture.size == (1080, 1920)
        assert len(picture.convert("L").getcolors(maxcolors=1 << 16) or []) > 10  # a drawn screen, not a blank one
    assert (folder / "status" / "lobby" / "status.json").exists()
