"""Booth staff at the kiosk, through the real QML: the hidden way in, sign-in with a PIN on the on-screen keyboard,
editing in Thai, preview, publish, what visitors then see, and what staff may not touch."""

import json
import logging
import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtTest import QTest

from kiosk.core.access import auth
from kiosk.core.store import database as kdb


class Clock:
    def __init__(self):
        self.now = 1_000_000.0

    def __call__(self):
        return self.now


STAFF_SCREENS = ("staffLoginScreen", "staffHomeScreen")


def hold_corner(kiosk, seconds=3.3):
    # A finger on a screen still sliding in is not taken (StackView ignores touches during a transition): wait, as
    # a person's hand would, for the screen to stand still. Then hold as a person does: three seconds at least,
    # and on until the screen answers (a busy machine may deliver the long-press timer late).
    kiosk.qtbot.waitUntil(lambda: not kiosk.item("stack").property("busy"), timeout=5000)
    corner = QPoint(12, 12)
    kiosk.touch().press(0, corner, kiosk.window).commit()
    QTest.qWait(int(seconds * 1000))
    try:
        kiosk.qtbot.waitUntil(lambda: kiosk.screen() is not None and kiosk.screen_name() in STAFF_SCREENS, timeout=5000)
    finally:
        kiosk.touch().release(0, corner, kiosk.window).commit()
        QTest.qWait(30)


def sign_in(kiosk, code, pin):
    hold_corner(kiosk)
    kiosk.wait_for_screen("staffLoginScreen")
    if code:
        kiosk.tap("boothCodeField")
        kiosk.qtbot.waitUntil(lambda: kiosk.item("keyboard").isVisible())
        kiosk.type_on_keyboard(code)
    else:
        kiosk.tap("asOrganizer")
    kiosk.tap("pinField")
    kiosk.qtbot.waitUntil(lambda: kiosk.item("keyboard").isVisible())
    kiosk.type_on_keyboard(pin)
    kiosk.tap("signInButton")


def test_staff_edit_thai_text_publish_and_visitors_see_it(start_kiosk, staff_db):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="th", screen="home")
    sign_in(kiosk, "c21", pin)
    kiosk.wait_for_screen("staffHomeScreen")
    assert kiosk.find_all("edit-city-bangkok") and kiosk.find_all("edit-project-bang-sue-transport-hub")
    assert not kiosk.find_all("edit-city-phuket")  # only their own booth's entries

    kiosk.tap("edit-city-bangkok")
    kiosk.wait_for_screen("staffEditScreen")
    field = kiosk.visible_item("field-profile-th")
    flick = kiosk.visible_item("editFlick")
    for _ in range(8):  # scroll with a finger until the top of the Thai profile shows
        top = field.mapToItem(flick, QPointF(0, 0)).y()
        if 0 <= top <= flick.height() - 80:
            break
        drag_by(kiosk, flick, -300)
    before = field.property("text")
    for _ in range(3):  # a tap that only stops the scrolling list does not reach the field: tap again
        kiosk.tap_at(field.mapToScene(QPointF(field.width() / 2, 30)).toPoint())
        if field.hasActiveFocus():
            break
    if not field.hasActiveFocus():
        # Seen now and then offscreen right after a scroll: the taps end the list's movement instead. The focus
        # is given directly then; the text still comes through the on-screen keyboard below.
        field.forceActiveFocus()
        kiosk.evaluate(field, "Qt.inputMethod.show(), true")
    kiosk.qtbot.waitUntil(lambda: field.hasActiveFocus())
    kiosk.qtbot.waitUntil(lambda: kiosk.item("keyboard").isVisible())
    # The keyboard turns to Thai for the Thai field (it was Latin for the booth code).
    kiosk.qtbot.waitUntil(lambda: kiosk.evaluate(field, "Qt.inputMethod.locale.name") == "th_TH", timeout=10000)
    field.setProperty("cursorPosition", len(before))
    kiosk.type_on_keyboard("ใหม่")
    assert field.property("text") == before + "ใหม่"

    kiosk.tap("previewButton")
    assert kiosk.visible_item("previewLayer").isVisible()
    assert any("ใหม่" in t for t in kiosk.texts_in(kiosk.visible_item("previewLayer")))
    kiosk.tap("publishFromPreview")
    assert "เผยแพร่แล้ว" in kiosk.visible_item("editNotice").property("text") or \
        kiosk.visible_item("editNotice").property("text") == "Published. Visitors see it now."

    kiosk.tap("homeButton")
    kiosk.wait_for_screen("homeScreen")
    kiosk.kiosk.staff.signOut()
    kiosk.wait_for_screen("attractScreen")

    visitor = start_kiosk(path, lang="th", screen="city:bangkok")
    visitor.wait_for_screen("cityPage")
    assert any(t.endswith("ใหม่") for t in visitor.texts())


def drag_by(kiosk, view, dy):
    kiosk.drag(view.mapToScene(QPointF(view.width() / 2, view.height() / 2)).toPoint(), QPoint(0, dy))
    kiosk.qtbot.waitUntil(lambda: not view.property("moving"), timeout=3000)


def open_screen(kiosk, screen, entity_id=""):
    kiosk.evaluate(kiosk.screen(), f'Nav.open("{screen}", "{entity_id}"), true')


def test_staff_cannot_change_another_booth_from_the_screen_or_the_view_model(start_kiosk, staff_db):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="en", screen="home")
    assert kiosk.kiosk.staff.signIn("C21", pin)
    open_screen(kiosk, "city", "bangkok")
    kiosk.wait_for_screen("cityPage")
    assert kiosk.visible_item("editEntry").isVisible()  # their own page has the way in
    open_screen(kiosk, "exhibitor", "huawei")
    kiosk.wait_for_screen("exhibitorPage")
    assert not [i for i in kiosk.find_all("editEntry") if i.isVisible()]  # someone else's has none

    result = kiosk.kiosk.staff.publish("exhibitor", "huawei", {"name": {"en": "Hijacked", "th": "ถูกแก้"}})
    assert not result["ok"] and "own booth" in result["problems"][0]["message"]
    assert not kiosk.kiosk.staff.revert("exhibitor", "huawei", 1)["ok"]
    with kdb.connect(path) as db:
        assert "Hijacked" not in db.execute("SELECT name FROM organisation WHERE id = 'huawei'").fetchone()[0]


def test_organizer_may_edit_any_page(start_kiosk, staff_db):
    path, _, organizer_pin = staff_db
    kiosk = start_kiosk(path, lang="en", screen="home")
    sign_in(kiosk, "", organizer_pin)
    kiosk.wait_for_screen("staffHomeScreen")
    open_screen(kiosk, "exhibitor", "huawei")
    kiosk.wait_for_screen("exhibitorPage")
    kiosk.tap("editEntry")
    kiosk.wait_for_screen("staffEditScreen")
    kiosk.visible_item("field-short_name").setProperty("text", "HW")
    kiosk.tap("publishButton")
    assert kiosk.visible_item("editNotice").property("text") == "Published. Visitors see it now."
    with kdb.connect(path) as db:
        assert db.execute("SELECT short_name FROM organisation WHERE id = 'huawei'").fetchone()[0] == "HW"


def test_wrong_pins_lock_the_booth_with_a_countdown(start_kiosk, staff_db):
    path, pin, _ = staff_db
    clock = Clock()
    kiosk = start_kiosk(path, lang="en", screen="home", staff_clock=clock)
    staff = kiosk.kiosk.staff
    for _ in range(5):
        assert not staff.signIn("C21", "000001")
    assert staff.error == "locked" and staff.lockSeconds == 30
    assert not staff.signIn("C21", pin)  # even the right PIN waits
    clock.now += 31
    assert staff.signIn("C21", pin)
    staff.signOut()
    assert not staff.signIn("C21", "๑๒๓๔๕๖") and staff.error == "bad_pin_format"  # Thai digits are not a PIN


def test_a_quiet_staff_session_ends_and_returns_to_the_attract_screen(start_kiosk, staff_db):
    path, pin, _ = staff_db
    clock = Clock()
    kiosk = start_kiosk(path, lang="en", screen="home", staff_clock=clock)
    assert kiosk.kiosk.staff.signIn("C21", pin)
    clock.now += 119
    kiosk.kiosk.staff.tick()
    assert kiosk.kiosk.staff.signedIn
    clock.now += 2
    kiosk.kiosk.staff.tick()
    assert not kiosk.kiosk.staff.signedIn
    kiosk.wait_for_screen("attractScreen")


def test_html_typed_by_staff_is_shown_to_visitors_as_it_was_typed(start_kiosk, staff_db):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="en", screen="home")
    assert kiosk.kiosk.staff.signIn("C21", pin)
    typed = '<b>Bold?</b> <img src="https://example.org/x.png"> <a href="https://example.org">link</a>'
    assert kiosk.kiosk.staff.publish("city", "bangkok", {"profile": {"en": typed}})["ok"]
    open_screen(kiosk, "city", "bangkok")
    kiosk.wait_for_screen("cityPage")
    shown = [i for i in kiosk.all_items(kiosk.screen()) if i.isVisible() and i.inherits("QQuickText")
             and i.property("text") == typed]
    assert shown, "the profile is not shown as typed"
    assert all(kiosk.evaluate(i, "textFormat === Text.PlainText") for i in shown)


def test_a_project_gets_its_focus_area_from_chips(start_kiosk, staff_db):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="en", screen="home")
    assert kiosk.kiosk.staff.signIn("C21", pin)
    open_screen(kiosk, "staffEdit", "project:bang-sue-transport-hub")
    kiosk.wait_for_screen("staffEditScreen")
    kiosk.swipe_until_visible("editFlick", "choice-civic-social")
    kiosk.tap("choice-civic-social")
    kiosk.tap("publishButton")
    with kdb.connect(path) as db:
        row = db.execute("SELECT focus_area_id FROM project WHERE id = 'bang-sue-transport-hub'").fetchone()
    assert row[0] == "civic-social"


def test_staff_add_a_project_and_remove_it(start_kiosk, staff_db):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="en", screen="home")
    assert kiosk.kiosk.staff.signIn("C21", pin)
    open_screen(kiosk, "staff")
    kiosk.wait_for_screen("staffHomeScreen")
    kiosk.tap("addProjectButton")
    kiosk.wait_for_screen("staffEditScreen")
    kiosk.visible_item("field-title-th").setProperty("text", "เซ็นเซอร์เรือในคลอง")
    kiosk.tap("publishButton")  # no English title yet: refused, with the reason beside the field
    assert kiosk.screen().property("problems").toVariant().get("title.en")
    assert kiosk.visible_item("field-title-th").property("text") == "เซ็นเซอร์เรือในคลอง"  # nothing typed is lost
    kiosk.visible_item("field-title-en").setProperty("text", "Canal boat sensors")
    kiosk.tap("publishButton")
    kiosk.qtbot.waitUntil(lambda: kiosk.screen().property("entityId") == "project:canal-boat-sensors")
    with kdb.connect(path) as db:
        assert db.execute("SELECT city_id FROM project WHERE id = 'canal-boat-sensors'").fetchone() == ("bangkok",)

    kiosk.swipe_until_visible("editFlick", "removeProjectButton")
    kiosk.tap("removeProjectButton")
    kiosk.tap("removeProjectButton")  # the second tap confirms
    kiosk.wait_for_screen("staffHomeScreen")
    assert not kiosk.find_all("edit-project-canal-boat-sensors")
    with kdb.connect(path) as db:
        assert db.execute("SELECT 1 FROM project WHERE id = 'canal-boat-sensors'").fetchone() is None


def test_staff_add_a_logo_and_a_photo_from_a_usb_stick_and_a_bad_file_is_refused(start_kiosk, staff_db, tmp_path):
    from PIL import Image

    path, pin, _ = staff_db
    stick = tmp_path / "stick" / "DCIM"
    stick.mkdir(parents=True)
    Image.new("RGB", (1200, 800), "navy").save(stick / "a-logo.png")
    Image.new("RGB", (4000, 3000), "orange").save(stick / "b-photo.jpg", quality=80)
    (stick / "c-not-a-picture.jpg").write_text("hello")
    kiosk = start_kiosk(path, lang="th", screen="home", media_root=tmp_path / "media",
                        picture_folders=[tmp_path / "stick"])
    assert kiosk.kiosk.staff.signIn("C21", pin)
    open_screen(kiosk, "staffPictures", "city:bangkok")
    kiosk.wait_for_screen("staffPicturesScreen")
    kiosk.swipe_until_visible("picturesFlick", "pick-0")
    kiosk.tap("pick-0")
    kiosk.swipe_until_visible("picturesFlick", "useAsLogo", step=300)
    kiosk.tap("useAsLogo")
    kiosk.qtbot.waitUntil(lambda: not kiosk.kiosk.staff.pictureBusy)  # prepared on a worker thread
    kiosk.swipe_until_visible("picturesFlick", "pick-1")
    kiosk.tap("pick-1")
    kiosk.swipe_until_visible("picturesFlick", "addAsPhoto", step=300)
    kiosk.tap("addAsPhoto")
    kiosk.qtbot.waitUntil(lambda: not kiosk.kiosk.staff.pictureBusy)
    kiosk.swipe_until_visible("picturesFlick", "pick-2")
    kiosk.tap("pick-2")
    kiosk.swipe_until_visible("picturesFlick", "addAsPhoto", step=300)
    kiosk.tap("addAsPhoto")
    kiosk.qtbot.waitUntil(lambda: not kiosk.kiosk.staff.pictureBusy)
    notice = kiosk.screen().property("notice")
    assert "c-not-a-picture.jpg" in notice and "JPEG" in notice  # the reason, in Thai
    with kdb.connect(path) as db:
        kinds = sorted(k for (k,) in db.execute("SELECT kind FROM media WHERE owner_id = 'bangkok'"))
        photo = db.execute("SELECT path, width, height FROM media WHERE kind = 'photo'").fetchone()
    assert kinds == ["logo", "photo"]
    assert max(photo[1], photo[2]) <= 1600  # downscaled
    assert (tmp_path / "media" / photo[0]).is_file()


def test_after_publishing_the_form_compares_with_what_is_published(start_kiosk, staff_db):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="en", screen="home")
    assert kiosk.kiosk.staff.signIn("C21", pin)
    open_screen(kiosk, "staffEdit", "city:bangkok")
    kiosk.wait_for_screen("staffEditScreen")
    name = kiosk.visible_item("field-name-en")
    assert name.property("text") == "Bangkok"
    name.setProperty("text", "Bangkok Metropolis")
    kiosk.tap("publishButton")
    name.setProperty("text", "Bangkok")  # and back again: a change from what is published now
    kiosk.tap("publishButton")
    with kdb.connect(path) as db:
        stored = db.execute("SELECT name FROM city WHERE id = 'bangkok'").fetchone()[0]
        versions = db.execute("SELECT count(*) FROM entity_version WHERE entity_id = 'bangkok'").fetchone()[0]
    assert '"en": "Bangkok"' in stored and versions == 3


def test_the_sign_in_screen_starts_typing_in_the_booth_code(start_kiosk, staff_db):
    path, _, _ = staff_db
    kiosk = start_kiosk(path, lang="th", screen="home")
    hold_corner(kiosk)
    kiosk.wait_for_screen("staffLoginScreen")
    assert kiosk.visible_item("boothCodeField").hasActiveFocus()
    kiosk.tap("asOrganizer")
    assert kiosk.visible_item("pinField").hasActiveFocus()


def test_with_the_keyboard_up_the_sign_in_button_and_a_wrong_pin_message_stay_in_view(start_kiosk, staff_db):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="th", screen="home")  # landscape: the keyboard takes the lower half
    wrong = "000000" if pin != "000000" else "111111"
    sign_in(kiosk, "c21", wrong)
    kiosk.qtbot.waitUntil(lambda: kiosk.visible_item("signInProblem").property("text") != "")
    kiosk.settle()
    keyboard_top = kiosk.item("keyboard").mapToScene(QPointF(0, 0)).y()
    flick = kiosk.visible_item("loginFlick")
    view_top = flick.mapToScene(QPointF(0, 0)).y()
    view_bottom = view_top + flick.height()
    assert view_bottom <= keyboard_top + 1
    for name in ("pinField", "signInButton", "signInProblem"):
        item = kiosk.visible_item(name)
        top = item.mapToScene(QPointF(0, 0)).y()
        assert view_top - 1 <= top and top + item.height() <= view_bottom + 1, f"{name} is out of view"
    assert "PIN" in kiosk.visible_item("signInProblem").property("text")


def test_screens_behind_a_pin_open_the_sign_in_screen_without_the_right_sign_in(start_kiosk, staff_db):
    path, pin, organizer_pin = staff_db
    kiosk = start_kiosk(path, lang="en", screen="home")
    open_screen(kiosk, "staffEdit", "city:bangkok")  # nobody signed in
    kiosk.wait_for_screen("staffLoginScreen")
    assert kiosk.kiosk.staff.signIn("C21", pin)
    open_screen(kiosk, "staffEdit", "city:bangkok")
    kiosk.wait_for_screen("staffEditScreen")
    assert kiosk.screen().property("entryKind") == "city" and kiosk.screen().property("entryId") == "bangkok"
    open_screen(kiosk, "staffAdmin")  # booth staff are not organizers
    kiosk.wait_for_screen("staffLoginScreen")
    kiosk.kiosk.staff.signOut()
    assert kiosk.kiosk.staff.signIn("organizer", organizer_pin)
    open_screen(kiosk, "staffAdmin")
    kiosk.wait_for_screen("staffAdminScreen")


def test_publishing_an_untouched_form_changes_nothing(start_kiosk, staff_db):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="en", screen="home")
    assert kiosk.kiosk.staff.signIn("C21", pin)
    open_screen(kiosk, "staffEdit", "city:bangkok")
    kiosk.wait_for_screen("staffEditScreen")
    assert kiosk.evaluate(kiosk.screen(), "JSON.stringify(changes())") == "{}"
    kiosk.visible_item("field-name-th").setProperty("text", "บางกอก")
    assert kiosk.evaluate(kiosk.screen(), "changes()") == {"name": {"en": "Bangkok", "th": "บางกอก"}}
    kiosk.visible_item("field-name-th").setProperty("text", "กรุงเทพมหานคร")  # back as it was
    kiosk.tap("publishButton")
    with kdb.connect(path) as db:
        assert db.execute("SELECT count(*) FROM entity_version WHERE entity_id = 'bangkok'").fetchone()[0] == 0


def test_revoking_ends_a_signed_in_staff_members_session_and_their_next_publish(start_kiosk, staff_db):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="en", screen="home")
    staff = kiosk.kiosk.staff
    staff._timer.stop()  # the once-a-second check stays out of the way: the publish must check by itself
    assert staff.signIn("C21", pin)
    open_screen(kiosk, "staffEdit", "city:bangkok")
    kiosk.wait_for_screen("staffEditScreen")
    kiosk.visible_item("field-name-en").setProperty("text", "Revoked Bangkok")
    with kdb.connect(path) as other:  # `kiosk staff revoke` on this machine, while the form is open
        (staff_id,) = other.execute("SELECT id FROM staff WHERE role = 'staff'").fetchone()
        auth.revoke(other, staff_id, "test")
    kiosk.tap("publishButton")
    kiosk.wait_for_screen("attractScreen")
    assert not staff.signedIn
    with kdb.connect(path) as db:
        assert "Revoked" not in db.execute("SELECT name FROM city WHERE id = 'bangkok'").fetchone()[0]
    assert not staff.publish("city", "bangkok", {"name": {"en": "Again"}})["ok"]


def test_revoking_ends_the_session_within_a_tick(start_kiosk, staff_db):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="en", screen="home")
    staff = kiosk.kiosk.staff
    assert staff.signIn("C21", pin)
    open_screen(kiosk, "staffEdit", "city:bangkok")
    kiosk.wait_for_screen("staffEditScreen")
    with kdb.connect(path) as other:
        (staff_id,) = other.execute("SELECT id FROM staff WHERE role = 'staff'").fetchone()
        auth.revoke(other, staff_id, "test")
    staff.tick()
    assert not staff.signedIn
    kiosk.wait_for_screen("attractScreen")


def test_no_text_field_of_the_staff_screens_opens_a_menu(start_kiosk, staff_db):
    from tests.ui.test_search_screen import right_click_opens_no_menu

    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="en", screen="staffLogin")
    kiosk.wait_for_screen("staffLoginScreen")
    for name in ("boothCodeField", "pinField"):
        right_click_opens_no_menu(kiosk, name)
    assert kiosk.kiosk.staff.signIn("C21", pin)
    open_screen(kiosk, "staffEdit", "project:bang-sue-transport-hub")
    kiosk.wait_for_screen("staffEditScreen")
    from PySide6.QtGui import QGuiApplication

    for name in ("field-title-th", "field-title-en", "field-url"):
        QGuiApplication.inputMethod().hide()  # the keyboard a focused field opened leaves the form less room
        kiosk.swipe_until_visible("editFlick", name)
        right_click_opens_no_menu(kiosk, name)


HOLD_THE_WRITE_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


@pytest.fixture
def writer_elsewhere():
    """Another process holding the database's write lock, as a long `kiosk import` does, until released."""
    held = []

    def hold(path):
        child = subprocess.Popen([sys.executable, "-c", HOLD_THE_WRITE_LOCK, str(path)], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True)
        held.append(child)
        assert child.stdout.readline().strip() == "holding"

        def release():
            child.stdin.write("\n")
            child.stdin.flush()
            assert child.wait(timeout=30) == 0

        return release

    yield hold
    for child in held:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdin.close()
        child.stdout.close()


def test_sign_in_while_another_program_writes_says_busy_and_works_after(start_kiosk, staff_db, writer_elsewhere,
                                                                         caplog):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="en", screen="home")
    caplog.set_level(logging.WARNING, logger="kiosk.ui.staff.session")
    release = writer_elsewhere(path)
    sign_in(kiosk, "c21", pin)
    assert kiosk.screen().objectName() == "staffLoginScreen" and not kiosk.kiosk.staff.signedIn
    assert ("The kiosk is busy saving other changes (an import, perhaps). Please tap Sign in again in a moment."
            in kiosk.texts())
    assert kiosk.visible_item("pinField").property("text") == pin  # kept for the next tap
    release()
    kiosk.tap("signInButton")
    kiosk.wait_for_screen("staffHomeScreen")


def test_publish_while_another_program_writes_says_busy_in_thai_and_keeps_the_form(start_kiosk, staff_db,
                                                                                    writer_elsewhere, caplog):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="th", screen="home")
    assert kiosk.kiosk.staff.signIn("C21", pin)
    open_screen(kiosk, "staffEdit", "city:bangkok")
    kiosk.wait_for_screen("staffEditScreen")
    kiosk.visible_item("field-name-en").setProperty("text", "Bangkok Metropolis")
    caplog.set_level(logging.ERROR, logger="kiosk.ui.staff.session")
    release = writer_elsewhere(path)
    kiosk.tap("publishButton")
    said = kiosk.visible_item("editNotice").property("text")
    assert said.startswith("ยังไม่ได้เผยแพร่ ") and "ตู้กำลังบันทึกข้อมูลอื่นอยู่" in said
    assert kiosk.visible_item("field-name-en").property("text") == "Bangkok Metropolis"
    release()
    with kdb.connect(path) as db:
        assert '"en": "Bangkok"' in db.execute("SELECT name FROM city WHERE id = 'bangkok'").fetchone()[0]
    kiosk.tap("publishButton")
    assert kiosk.visible_item("editNotice").property("text") == "เผยแพร่แล้ว ผู้เข้าชมเห็นข้อมูลใหม่ทันที"


def test_staff_write_a_text_in_another_language_the_show_offers(start_kiosk, staff_db, caplog):
    path, pin, _ = staff_db
    with caplog.at_level(logging.WARNING, logger="kiosk.ui.app"):  # a language without its catalogue yet is not
        # offered to visitors; staff may still write its texts
        kiosk = start_kiosk(path, lang="en", screen="home", languages=("th", "en", "vi", "km", "zh", "ja", "ko"))
    sign_in(kiosk, "c21", pin)
    kiosk.wait_for_screen("staffHomeScreen")
    kiosk.tap("edit-city-bangkok")
    kiosk.wait_for_screen("staffEditScreen")
    form = kiosk.screen()
    assert kiosk.evaluate(form, "Object.keys(changes()).length") == 0  # the languages left empty are no change
    assert kiosk.visible_item("field-profile-th") and kiosk.visible_item("field-profile-en")
    assert not kiosk.find_all("field-profile-km")[0].isVisible()  # the other languages wait behind a chip each
    chip = kiosk.visible_item("addLanguage-profile-km")
    assert chip.property("text") == "ខ្មែរ"
    kiosk.swipe_until_visible("editFlick", "addLanguage-profile-vi")
    kiosk.tap("addLanguage-profile-vi")
    field = kiosk.visible_item("field-profile-vi")
    kiosk.qtbot.waitUntil(lambda: field.hasActiveFocus())
    assert "About (Tiếng Việt)" in kiosk.texts_in(form)
    assert not kiosk.find_all("addLanguage-profile-vi")[0].isVisible()
    kiosk.qtbot.waitUntil(lambda: kiosk.item("keyboard").isVisible())
    kiosk.qtbot.waitUntil(lambda: kiosk.evaluate(field, "Qt.inputMethod.locale.name") == "vi_VN", timeout=10000)
    kiosk.type_on_keyboard("xin")
    assert field.property("text") == "Xin"  # the keyboard starts a text with a capital
    kiosk.tap("publishButton")
    assert kiosk.visible_item("editNotice").property("text") == "Published. Visitors see it now."
    with kdb.connect(path) as db:
        assert json.loads(db.execute("SELECT profile FROM city WHERE id = 'bangkok'").fetchone()[0])["vi"] == "Xin"
    kiosk.kiosk.staff.signOut()
    kiosk.wait_for_screen("attractScreen")
    assert kiosk.kiosk.show.setLanguage("vi")
    kiosk.evaluate(kiosk.screen(), 'Nav.open("city", "bangkok"), true')
    kiosk.wait_for_screen("cityPage")
    assert "Xin" in kiosk.texts()
