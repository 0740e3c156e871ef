"""The organizer's admin screen through the real QML: status, backups, reload, the kiosk's place set by tapping the
map, restart and exit — and nobody else gets in."""

import logging
import shutil

import pytest
from PySide6.QtCore import QPointF

from kiosk.core.access import auth
from kiosk.core.floor import floorplan
from kiosk.core.operations import backup
from kiosk.core.store import database as kdb
from kiosk.ui.admin.admin import EXIT_TO_DESKTOP, RESTART, AdminSetup


@pytest.fixture
def show(demo_db_file, tmp_path):
    """A private demo database with an organizer and Bangkok's staff; returns the path, the setup and the PINs."""
    path = tmp_path / "show" / "kiosk.db"
    path.parent.mkdir()
    shutil.copyfile(demo_db_file, path)
    pepper = auth.load_pepper(tmp_path / "pepper")
    with kdb.connect(path) as db:
        organizer_pin = auth.set_organizer_pin(db, pepper, "test")
        _, staff_pin = auth.add_staff(db, "C21", "Somchai", pepper, "test")
    setup = AdminSetup(path, tmp_path / "show" / "backups", backup_minutes=0, kiosk_id="stage",
                       pepper_path=tmp_path / "pepper")
    return path, setup, organizer_pin, staff_pin


def open_admin(kiosk, pin):
    assert kiosk.kiosk.staff.signIn("organizer", pin)
    kiosk.evaluate(kiosk.screen(), 'Nav.open("staff", ""), true')
    kiosk.wait_for_screen("staffHomeScreen")
    kiosk.tap("adminButton")
    kiosk.wait_for_screen("staffAdminScreen")


def test_admin_screen_shows_the_kiosk_and_its_health(start_kiosk, show, tmp_path):
    path, setup, pin, _ = show
    kiosk = start_kiosk(path, lang="en", screen="home", kiosk_id="stage", admin_setup=setup,
                        pepper_path=tmp_path / "pepper")
    open_admin(kiosk, pin)
    texts = "\n".join(kiosk.texts())
    assert "stage" in texts and "By the stage · Exhibition Hall · 45.0 m, 30.5 m · facing 0°" in texts
    assert "0.1.0" in texts and "None yet" in texts
    assert kiosk.visible_item("adminCheck").property("value") == "Not run"  # this kiosk was not asked to check
    assert str(path) in texts
    assert not kiosk.visible_item("adminDisk").property("value") == ""
    assert not [i for i in kiosk.find_all("recoveryNotice") if i.isVisible()]


def test_back_up_now_writes_a_checked_backup_without_the_pin_secret(start_kiosk, show, tmp_path):
    path, setup, pin, _ = show
    kiosk = start_kiosk(path, lang="en", screen="home", kiosk_id="stage", admin_setup=setup,
                        pepper_path=tmp_path / "pepper")
    open_admin(kiosk, pin)
    kiosk.tap("adminBackupNow")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible_item("adminBackupResult").isVisible(), timeout=10_000)
    assert kiosk.visible_item("adminBackupResult").property("text").endswith(" · Backup written and checked.")
    made = backup.list_backups(path, setup.backups_dir)
    assert len(made) == 1 and backup.check(made[0].path) is None
    assert sorted(p.name for p in setup.backups_dir.iterdir()) == [made[0].path.name]
    assert "1 backup kept" in "\n".join(kiosk.texts())


def test_reload_content_shows_a_change_made_outside_the_kiosk(start_kiosk, show, tmp_path):
    path, setup, pin, _ = show
    kiosk = start_kiosk(path, lang="en", screen="home", kiosk_id="stage", admin_setup=setup,
                        pepper_path=tmp_path / "pepper")
    open_admin(kiosk, pin)
    browse = kiosk.kiosk.browse

    def listed():
        return {row["id"]: row["name"] for row in browse.cities.rows()}["bangkok"]

    assert listed() == "Bangkok"
    with kdb.connect(path) as other:  # as `kiosk import` on the same machine would
        other.execute("""UPDATE city SET name = json_set(name, '$.en', 'Krung Thep') WHERE id = 'bangkok'""")
    assert listed() == "Bangkok"  # a page of the list, once read, is not read again at every look
    kiosk.tap("adminReload")
    assert kiosk.visible_item("adminReloaded").isVisible()
    assert listed() == "Krung Thep"


def plan_point_on_screen(kiosk, x, y):
    floor = kiosk.visible_item("floorView")
    point = kiosk.evaluate(floor, f"screenPoint({x}, {y})")
    return floor.mapToScene(QPointF(point.x(), point.y())).toPoint()


def test_the_organizer_places_the_kiosk_by_tapping_the_map(start_kiosk, show, tmp_path):
    path, setup, pin, _ = show
    kiosk = start_kiosk(path, lang="th", screen="home", kiosk_id="stage", admin_setup=setup,
                        pepper_path=tmp_path / "pepper")
    open_admin(kiosk, pin)
    kiosk.tap("adminPlaceButton")
    kiosk.wait_for_screen("staffPlaceScreen")
    booth = kiosk.kiosk.floor_map.plan.booths["c21"]
    kiosk.tap_at(plan_point_on_screen(kiosk, *booth.rect.centre))  # inside a booth: refused, explained in Thai
    kiosk.tap("placeSave")
    message = kiosk.visible_item("placeMessage").property("text")
    assert "บูธ" in message
    kiosk.tap_at(plan_point_on_screen(kiosk, 20.0, 19.5))  # the middle aisle
    kiosk.tap("turnRight")
    kiosk.tap("turnRight")
    kiosk.tap("placeSave")
    kiosk.wait_for_screen("staffAdminScreen")
    with kdb.connect(path) as db:
        point = floorplan.load(db).kiosks["stage"]
    assert point.hall == "hall-1" and abs(point.x - 20.0) < 0.3 and abs(point.y - 19.5) < 0.3
    assert point.facing == 90
    here = kiosk.kiosk.floor_map.here
    assert abs(here["x"] - point.x) < 1e-9 and here["facing"] == 90  # "you are here" moved at once


def test_exit_needs_two_taps_and_restart_asks_for_itself(start_kiosk, show, tmp_path):
    path, setup, pin, _ = show
    kiosk = start_kiosk(path, lang="en", screen="home", kiosk_id="stage", admin_setup=setup,
                        pepper_path=tmp_path / "pepper")
    left = []
    kiosk.kiosk.admin.leave_app = left.append
    open_admin(kiosk, pin)
    kiosk.tap("adminExit")
    assert left == [] and kiosk.visible_item("adminExit").property("text") == "Tap again to close the kiosk"
    kiosk.tap("adminExit")
    assert left == [EXIT_TO_DESKTOP]
    assert not kiosk.kiosk.staff.signedIn
    open_admin(kiosk, pin)
    kiosk.tap("adminRestart")
    assert left == [EXIT_TO_DESKTOP, RESTART]


def test_booth_staff_and_visitors_cannot_use_the_admin(start_kiosk, show, tmp_path):
    path, setup, _, staff_pin = show
    kiosk = start_kiosk(path, lang="en", screen="home", kiosk_id="stage", admin_setup=setup,
                        pepper_path=tmp_path / "pepper")
    left = []
    admin = kiosk.kiosk.admin
    admin.leave_app = left.append
    assert admin.placeKiosk("hall-1", 20, 19.5, 0) == {"ok": False, "message": "forbidden"}
    assert kiosk.kiosk.staff.signIn("C21", staff_pin)
    kiosk.evaluate(kiosk.screen(), 'Nav.open("staff", ""), true')
    kiosk.wait_for_screen("staffHomeScreen")
    assert not [i for i in kiosk.find_all("adminButton") if i.isVisible()]
    kiosk.evaluate(kiosk.screen(), 'Nav.open("staffAdmin", ""), true')
    kiosk.wait_for_screen("staffLoginScreen")
    admin.refresh()
    assert admin.status == {}
    assert admin.placeKiosk("hall-1", 20, 19.5, 0)["message"] == "forbidden"
    assert not admin.reloadContent()
    admin.exitToDesktop()
    admin.restart()
    assert left == []
    with kdb.connect(path) as db:
        assert floorplan.load(db).kiosks["stage"].x == 45


def test_a_recovery_at_start_is_told_on_the_admin_screen(start_kiosk, show, tmp_path):
    path, setup, pin, _ = show
    setup.recovery = "The database was damaged (test), so it was moved aside."
    kiosk = start_kiosk(path, lang="en", screen="home", kiosk_id="stage", admin_setup=setup,
                        pepper_path=tmp_path / "pepper")
    open_admin(kiosk, pin)
    notice = kiosk.visible_item("recoveryNotice")
    assert "moved aside" in "\n".join(kiosk.texts_in(notice))
    assert "Damaged: started from a backup" in kiosk.texts()


def damage_table(path, table):
    """Overwrite the root page of `table`: the file still opens; a full check finds it."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xa5" * (page_size // 2))


def test_the_background_check_passes_a_sound_database(start_kiosk, show, tmp_path):
    path, setup, pin, _ = show
    setup.check_after_ms = 0
    kiosk = start_kiosk(path, lang="en", screen="home", kiosk_id="stage", admin_setup=setup,
                        pepper_path=tmp_path / "pepper")
    damaged = []
    kiosk.kiosk.admin.damaged.connect(lambda: damaged.append(True))
    open_admin(kiosk, pin)
    kiosk.qtbot.waitUntil(lambda: kiosk.visible_item("adminCheck").property("value") == "Passed", timeout=10_000)
    assert damaged == [] and not backup.damage_mark(path).exists()


def test_damage_found_in_the_background_restarts_the_kiosk_to_recover(start_kiosk, show, tmp_path, caplog):
    path, setup, pin, _ = show
    backup.make_backup(path, setup.backups_dir)
    damage_table(path, "session_theme")
    setup.check_after_ms = 0
    kiosk = start_kiosk(path, lang="en", screen="home", kiosk_id="stage", admin_setup=setup,
                        pepper_path=tmp_path / "pepper")
    damaged = []
    kiosk.kiosk.admin.damaged.connect(lambda: damaged.append(True))
    with caplog.at_level(logging.CRITICAL, logger="kiosk.ui.admin.admin"):
        kiosk.qtbot.waitUntil(lambda: damaged == [True], timeout=10_000)
    assert "The database is damaged" in caplog.text
    assert backup.damage_mark(path).exists()
    # what the next start does: a full check, the damaged file aside, the backup in its place
    db, recovery = backup.open_or_recover(path, setup.backups_dir, quick_check=False)
    db.close()
    assert recovery is not None and not backup.damage_mark(path).exists()


def test_an_invalid_kiosk_id_is_explained_not_a_crash(start_kiosk, show, tmp_path):
    path, setup, pin, _ = show
    setup.kiosk_id = "Stage 1"  # set in the environment, where nothing checks it
    kiosk = start_kiosk(path, lang="en", screen="home", kiosk_id="stage", admin_setup=setup,
                        pepper_path=tmp_path / "pepper")
    assert kiosk.kiosk.staff.signIn("organizer", pin)
    assert kiosk.kiosk.admin.placeKiosk("hall-1", 20, 19.5, 0) == {"ok": False, "message": "bad_id"}


def test_a_first_backup_is_due_when_the_newest_is_older_than_the_interval(start_kiosk, show, tmp_path):
    path, setup, pin, _ = show
    setup.backup_minutes = 60
    kiosk = start_kiosk(path, lang="en", screen="home", kiosk_id="stage", admin_setup=setup,
                        pepper_path=tmp_path / "pepper")
    admin = kiosk.kiosk.admin
    assert admin._backup_is_due()  # none yet: one is made a minute after start
    backup.make_backup(path, setup.backups_dir)
    assert not admin._backup_is_due()


def test_the_organizer_clears_a_booths_sign_in_lock_by_tapping(start_kiosk, show, tmp_path):
    path, setup, pin, staff_pin = show
    kiosk = start_kiosk(path, lang="en", screen="home", kiosk_id="stage", admin_setup=setup,
                        pepper_path=tmp_path / "pepper")
    wrong = f"{(int(staff_pin) + 1) % 10**6:06d}"
    for _ in range(5):  # a stranger at the screen
        assert not kiosk.kiosk.staff.signIn("C21", wrong)
    assert kiosk.kiosk.staff.error == "locked"
    open_admin(kiosk, pin)
    texts = "\n".join(kiosk.texts())
    assert "Bangkok (booth C21) · 5 wrong PINs in a row · waits" in texts
    kiosk.tap("adminClearLock")
    kiosk.settle()
    assert "No sign-in is locked on this kiosk." in kiosk.texts()
    assert not [i for i in kiosk.find_all("adminClearLock") if i.isVisible()]
    with kdb.connect(path) as db:
        assert auth.login(db, "C21", staff_pin, auth.load_pepper(tmp_path / "pepper")).owner_id == "bangkok"
        assert [row[0] for row in db.execute("SELECT actor FROM audit WHERE action = 'clear-lock'")] == [
            "organizer@kiosk"]


def test_placing_the_kiosk_while_another_program_writes_says_busy_and_keeps_the_screen(start_kiosk, show, tmp_path):
    import sqlite3

    path, setup, pin, _ = show
    kiosk = start_kiosk(path, lang="en", screen="home", kiosk_id="stage", admin_setup=setup,
                        pepper_path=tmp_path / "pepper")
    open_admin(kiosk, pin)
    kiosk.tap("adminPlaceButton")
    kiosk.wait_for_screen("staffPlaceScreen")
    kiosk.tap_at(plan_point_on_screen(kiosk, 20.0, 19.5))  # the middle aisle
    importer = sqlite3.connect(path, isolation_level=None)  # as a long `kiosk import` holds it
    importer.execute("BEGIN IMMEDIATE")
    with kdb.connect(path) as db:
        before = floorplan.load(db).kiosks["stage"]
    kiosk.tap("placeSave")
    assert kiosk.screen_name() == "staffPlaceScreen"  # nothing lost: the place tapped waits to be saved again
    assert kiosk.visible_item("placeMessage").property("text") != ""
    importer.execute("ROLLBACK")
    importer.close()
    kiosk.tap("placeSave")
    kiosk.wait_for_screen("staffAdminScreen")
    with kdb.connect(path) as db:
        after = floorplan.load(db).kiosks["stage"]
    assert (after.x, after.y) != (before.x, before.y)
