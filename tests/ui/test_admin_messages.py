"""The admin screen's messages through the real QML: each belongs to this visit of the screen and says when it came,
and a greyed action says why it cannot be used."""

import re
from dataclasses import replace

from tests.ui.test_admin import open_admin, show  # noqa: F401 (a fixture)

DATED = r"\d\d:\d\d · "


def test_a_backup_message_is_dated_and_gone_at_the_next_visit(start_kiosk, show, tmp_path):  # noqa: F811
    path, setup, pin, _ = show
    kiosk = start_kiosk(path, lang="en", screen="home", kiosk_id="stage", admin_setup=setup,
                        pepper_path=tmp_path / "pepper")
    open_admin(kiosk, pin)
    assert not [i for i in kiosk.find_all("adminBackupResult") if i.isVisible()]
    kiosk.tap("adminBackupNow")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible_item("adminBackupResult").isVisible(), timeout=10_000)
    assert re.fullmatch(DATED + "Backup written and checked.", kiosk.visible_item("adminBackupResult").property("text"))
    kiosk.tap("adminReload")
    assert re.fullmatch(DATED + "Content read again.", kiosk.visible_item("adminReloaded").property("text"))

    kiosk.tap("backButton")
    kiosk.wait_for_screen("staffHomeScreen")
    kiosk.tap("adminButton")
    kiosk.wait_for_screen("staffAdminScreen")
    assert not [i for i in kiosk.find_all("adminBackupResult") if i.isVisible()]  # not this visit's news
    assert not [i for i in kiosk.find_all("adminReloaded") if i.isVisible()]
    assert "1 backup kept" in "\n".join(kiosk.texts())  # what the backup did is still shown as a fact


def test_a_greyed_action_says_why(start_kiosk, show, tmp_path):  # noqa: F811
    path, setup, pin, _ = show
    kiosk = start_kiosk(path, lang="th", screen="home", admin_setup=replace(setup, kiosk_id=None),
                        pepper_path=tmp_path / "pepper")
    open_admin(kiosk, pin)
    assert not kiosk.visible_item("adminPlaceButton").isEnabled()
    assert kiosk.visible_item("adminPlaceWhy").property("text") == \
        "ตั้งตำแหน่งได้เมื่อตู้นี้มีรหัสตู้แล้ว (ดูด้านบน)"
    kiosk.kiosk.staff.signOut()

    kiosk = start_kiosk(path, lang="en", screen="home", kiosk_id="stage", admin_setup=setup,
                        pepper_path=tmp_path / "pepper")
    open_admin(kiosk, pin)
    assert kiosk.visible_item("adminPlaceButton").isEnabled()
    assert not [i for i in kiosk.find_all("adminPlaceWhy") if i.isVisible()]
