"""Nothing a booth assistant types is lost, and every staff action answers: drafts kept as they are typed and offered
again at the next sign-in, a "Still there?" before a quiet session ends, sign-out and timeouts that say so, a restore
that asks once, history in the staff member's words, and an edit form that keeps the field in view, closes the
keyboard for what it shows and follows the language. Through the real QML, with real taps."""

import json

from PySide6.QtCore import QPointF

from kiosk.core.store import database as kdb
from tests.ui.test_staff import Clock, open_screen, sign_in


def drafts_in(path):
    with kdb.connect(path) as db:
        return [(t, i, a, json.loads(d)) for t, i, a, d in
                db.execute("SELECT entity_type, entity_id, actor, data FROM staff_draft ORDER BY entity_id")]


def focus_by_tap(kiosk, name):
    """Tap a field of the edit form where it shows (the form scrolled to it by a finger first)."""
    field = kiosk.visible_item(name)
    flick = kiosk.visible_item("editFlick")
    for _ in range(10):
        top = field.mapToItem(flick, QPointF(0, 0)).y()
        if 0 <= top and top + min(field.height(), 80) <= flick.height():
            break
        kiosk.drag(flick.mapToScene(QPointF(flick.width() / 2, flick.height() / 2)).toPoint(),
                   QPointF(0, -250 if top > 0 else 250).toPoint())
        kiosk.qtbot.waitUntil(lambda: not flick.property("moving"), timeout=3000)
    for _ in range(3):  # a tap that only stops a moving list does not reach the field
        kiosk.tap_at(field.mapToScene(QPointF(field.width() / 2, min(field.height() / 2, 30))).toPoint())
        if field.hasActiveFocus():
            break
    assert field.hasActiveFocus(), f"{name} did not take the focus from a tap"
    kiosk.qtbot.waitUntil(lambda: kiosk.item("keyboard").isVisible())
    return field


def type_at_end(kiosk, field, text):
    field.setProperty("cursorPosition", len(field.property("text")))
    kiosk.type_on_keyboard(text)


def in_view(kiosk, item, view_name="editFlick"):
    view = kiosk.visible_item(view_name)
    box = item.mapRectToItem(view, item.boundingRect())
    return box.top() >= -1 and box.bottom() <= view.height() + 1


def test_typing_is_kept_through_a_timeout_and_offered_at_the_next_sign_in(start_kiosk, staff_db):
    path, pin, _ = staff_db
    clock = Clock()
    kiosk = start_kiosk(path, lang="en", screen="home", staff_clock=clock)
    sign_in(kiosk, "c21", pin)
    kiosk.wait_for_screen("staffHomeScreen")
    assert not kiosk.find_all("continueDraft")
    kiosk.tap("edit-city-bangkok")
    kiosk.wait_for_screen("staffEditScreen")
    field = focus_by_tap(kiosk, "field-name-en")
    type_at_end(kiosk, field, "xy")
    assert field.property("text") == "Bangkokxy"
    assert drafts_in(path)[0][:2] == ("city", "bangkok")
    assert drafts_in(path)[0][3]["name"]["en"] == "Bangkokxy"

    # Quiet for 95 s: the countdown shows, and "Keep editing" keeps the session.
    clock.now += 95
    kiosk.kiosk.staff.tick()
    kiosk.settle()
    assert kiosk.visible_item("staffIdleOverlay").isVisible()
    assert "25 seconds" in kiosk.visible_item("staffIdleCountdown").property("text")
    kiosk.tap("staffKeepEditing")
    assert not kiosk.item("staffIdleOverlay").isVisible()
    clock.now += 100
    kiosk.kiosk.staff.tick()
    assert kiosk.kiosk.staff.signedIn

    # Quiet to the end: the session ends, and says so; the draft stays.
    clock.now += 25
    kiosk.kiosk.staff.tick()
    kiosk.wait_for_screen("attractScreen")
    assert kiosk.visible_item("toastText").property("text").startswith(
        "The staff session ended after 2 minutes without a touch.")
    assert drafts_in(path)[0][3]["name"]["en"] == "Bangkokxy"

    kiosk.tap("attractTouch")
    kiosk.wait_for_screen("homeScreen")
    sign_in(kiosk, "c21", pin)
    kiosk.wait_for_screen("staffHomeScreen")
    card = kiosk.visible_item("draft-city-bangkok")
    assert any("You have changes to Bangkok from" in t and "that are not published" in t
               for t in kiosk.texts_in(card))
    kiosk.tap("continueDraft")
    kiosk.wait_for_screen("staffEditScreen")
    assert kiosk.visible_item("field-name-en").property("text") == "Bangkokxy"
    assert kiosk.visible_item("editNotice").property("text").startswith("Your changes from ")
    kiosk.tap("publishButton")
    assert kiosk.visible_item("editNotice").property("text") == "Published. Visitors see it now."
    assert drafts_in(path) == []


def test_back_and_sign_out_keep_the_draft_and_discard_asks_once(start_kiosk, staff_db):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="th", screen="home")
    sign_in(kiosk, "c21", pin)
    kiosk.wait_for_screen("staffHomeScreen")
    kiosk.tap("edit-city-bangkok")
    kiosk.wait_for_screen("staffEditScreen")
    field = focus_by_tap(kiosk, "field-name-th")
    type_at_end(kiosk, field, "ใหม่")
    kiosk.tap("backButton")
    kiosk.wait_for_screen("staffHomeScreen")
    assert not kiosk.item("keyboard").isVisible()
    kiosk.visible_item("draft-city-bangkok")

    kiosk.tap("staffBarSignOut")
    kiosk.wait_for_screen("attractScreen")
    assert kiosk.visible_item("toastText").property("text").startswith("ออกจากระบบแล้ว")
    assert drafts_in(path)[0][3]["name"]["th"].endswith("ใหม่")

    kiosk.tap("attractTouch")
    kiosk.wait_for_screen("homeScreen")
    assert not kiosk.item("toast").isVisible()  # it went with the screen it was said on
    kiosk.tap("lang-th")
    sign_in(kiosk, "c21", pin)
    kiosk.wait_for_screen("staffHomeScreen")
    kiosk.tap("discardDraft")
    assert drafts_in(path) != []  # the first tap only asks
    kiosk.tap("discardDraft")
    assert drafts_in(path) == []
    assert not kiosk.find_all("draft-city-bangkok") or not kiosk.item("draft-city-bangkok").isVisible()
    kiosk.tap("edit-city-bangkok")
    kiosk.wait_for_screen("staffEditScreen")
    assert not kiosk.visible_item("field-name-th").property("text").endswith("ใหม่")


def test_restore_asks_once_says_what_comes_back_and_confirms_on_the_form(start_kiosk, staff_db):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="en", screen="home")
    assert kiosk.kiosk.staff.signIn("C21", pin)
    open_screen(kiosk, "staffEdit", "city:bangkok")
    kiosk.wait_for_screen("staffEditScreen")
    before = kiosk.visible_item("field-profile-en").property("text")
    kiosk.visible_item("field-profile-en").setProperty("text", "A new text about Bangkok.")
    kiosk.tap("publishButton")
    assert kiosk.visible_item("editNotice").property("text") == "Published. Visitors see it now."
    line = kiosk.visible_item("version-2")
    assert any("About (English) changed by staff C21" in t for t in kiosk.texts_in(line))

    kiosk.swipe_until_visible("editFlick", "restore-1")
    kiosk.tap("restore-1")
    layer = kiosk.visible_item("restoreLayer")
    shown = kiosk.texts_in(layer)
    assert "Restore version 1?" in shown and "About (English)" in shown
    assert any(t.startswith(before[:40]) for t in shown)
    kiosk.tap("restoreCancel")
    assert not layer.isVisible()
    assert kiosk.kiosk.show.page("city", "bangkok")["profile"] == "A new text about Bangkok."

    kiosk.tap("restore-1")
    kiosk.tap("restoreConfirm")
    assert kiosk.screen_name() == "staffEditScreen"
    assert kiosk.visible_item("editNotice").property("text") == "Restored version 1. Visitors see it now."
    assert kiosk.visible_item("field-profile-en").property("text") == before
    assert kiosk.kiosk.show.page("city", "bangkok")["profile"] == before
    assert any("restored from version 1 by staff C21" in t for t in kiosk.texts_in(kiosk.visible_item("version-3")))

    kiosk.tap("lang-th")
    kiosk.settle()
    assert any("นำฉบับที่ 1 กลับมาใช้" in t for t in kiosk.texts_in(kiosk.visible_item("version-3")))


def test_preview_closes_the_keyboard_and_follows_the_language(start_kiosk, staff_db):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="en", screen="home")
    sign_in(kiosk, "c21", pin)
    kiosk.wait_for_screen("staffHomeScreen")
    kiosk.tap("edit-city-bangkok")
    kiosk.wait_for_screen("staffEditScreen")
    field = focus_by_tap(kiosk, "field-name-th")
    type_at_end(kiosk, field, "ดี")
    kiosk.tap("previewButton")
    kiosk.qtbot.waitUntil(lambda: not kiosk.item("keyboard").isVisible())
    layer = kiosk.visible_item("previewLayer")
    assert "Bangkok" in kiosk.texts_in(layer)
    kiosk.tap("lang-th")
    kiosk.qtbot.waitUntil(lambda: "กรุงเทพมหานครดี" in kiosk.texts_in(layer))
    assert "ตัวอย่าง: ยังไม่ได้เผยแพร่" in kiosk.texts_in(layer)
    kiosk.tap("backToEditing")
    assert kiosk.visible_item("field-name-th").property("text") == "กรุงเทพมหานครดี"
    assert kiosk.visible_item("editHeader").property("title") == "แก้ไข: กรุงเทพมหานคร"


def test_a_refused_publish_focuses_the_refused_field_and_its_mark_goes_when_mended(start_kiosk, staff_db):
    path, _, organizer_pin = staff_db
    kiosk = start_kiosk(path, lang="en", screen="home")
    assert kiosk.kiosk.staff.signIn("organizer", organizer_pin)
    open_screen(kiosk, "staffEdit", "exhibitor:huawei")
    kiosk.wait_for_screen("staffEditScreen")
    website = kiosk.visible_item("field-website")
    assert kiosk.evaluate(website, "(inputMethodHints & Qt.ImhUrlCharactersOnly) !== 0")
    assert kiosk.evaluate(kiosk.visible_item("field-contact_email"),
                          "(inputMethodHints & Qt.ImhEmailCharactersOnly) !== 0")
    website.setProperty("text", "not a web address")
    kiosk.visible_item("editFlick").setProperty("contentY", 0)
    kiosk.tap("publishButton")
    assert kiosk.visible_item("editNotice").property("text").startswith("Nothing was published")
    kiosk.qtbot.waitUntil(lambda: website.hasActiveFocus())
    kiosk.qtbot.waitUntil(lambda: in_view(kiosk, website))
    problem = [t for t in kiosk.texts() if t.startswith("The web address must")]
    assert problem
    kiosk.qtbot.waitUntil(lambda: kiosk.item("keyboard").isVisible())
    for _ in range(len("not a web address")):
        kiosk._tap_item(next(i for i in kiosk.all_items(kiosk.item("keyboard"))
                             if i.isVisible() and i.metaObject().className().startswith("BackspaceKey")))
    kiosk.tap("insert-https://")  # what the keyboard keeps on its symbols page, one tap away
    kiosk.type_on_keyboard("huawei")
    kiosk.tap("insert-.com")
    assert website.property("text") == "https://huawei.com"
    assert not [t for t in kiosk.texts() if t in problem]  # the mark went with the mend


def test_the_focused_field_keeps_its_caption_in_view_above_the_keyboard(start_kiosk, staff_db):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="th", screen="home", size=(1080, 1920))
    sign_in(kiosk, "c21", pin)
    kiosk.wait_for_screen("staffHomeScreen")
    kiosk.tap("edit-city-bangkok")
    kiosk.wait_for_screen("staffEditScreen")
    for name, typed in (("field-vision-en", "ab"), ("field-profile-th", "กข")):
        field = focus_by_tap(kiosk, name)
        kiosk.settle()
        captions = [i for i in kiosk.all_items(field.parentItem())
                    if i.inherits("QQuickText") and i.property("text") in ("วิสัยทัศน์ (English)", "เกี่ยวกับ (ไทย)")]
        assert captions and in_view(kiosk, captions[0]), name
        type_at_end(kiosk, field, typed)
        assert in_view(kiosk, captions[0]) or field.height() > kiosk.visible_item("editFlick").height() / 2


def test_a_new_project_has_a_preview_and_says_published(start_kiosk, staff_db):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="en", screen="home")
    sign_in(kiosk, "c21", pin)
    kiosk.wait_for_screen("staffHomeScreen")
    kiosk.tap("addProjectButton")
    kiosk.wait_for_screen("staffEditScreen")
    kiosk.tap("publishButton")
    assert kiosk.visible_item("editNotice").property("text").startswith("Nothing was published")
    title = kiosk.visible_item("field-title-en")
    kiosk.qtbot.waitUntil(lambda: title.hasActiveFocus())
    marks = [t for t in kiosk.texts() if t == "Please fill this in."]
    assert marks
    kiosk.type_on_keyboard("canal boats")
    assert "Please fill this in." not in kiosk.texts()
    kiosk.tap("previewButton")
    layer = kiosk.visible_item("previewLayer")
    assert "Canal boats" in kiosk.texts_in(layer)  # the keyboard starts a sentence with a capital
    with kdb.connect(path) as db:
        assert db.execute("SELECT count(*) FROM project WHERE id = 'canal-boats'").fetchone()[0] == 0
    kiosk.tap("publishFromPreview")
    assert kiosk.visible_item("editNotice").property("text") == "Published. Visitors see it now."
    assert kiosk.visible_item("editHeader").property("title") == "Edit: Canal boats"
    assert drafts_in(path) == []
    kiosk.tap("backButton")
    kiosk.wait_for_screen("staffHomeScreen")
    kiosk.visible_item("edit-project-canal-boats")


def test_the_booth_list_and_its_heading_follow_a_language_switch(start_kiosk, staff_db):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="en", screen="home")
    sign_in(kiosk, "c21", pin)
    kiosk.wait_for_screen("staffHomeScreen")
    assert "Your booth: Bangkok" in kiosk.texts()
    kiosk.tap("lang-th")
    kiosk.settle()
    shown = kiosk.texts()
    assert "บูธของคุณ: กรุงเทพมหานคร" in shown and "กรุงเทพมหานคร" in kiosk.texts_in(kiosk.visible_item("edit-city-bangkok"))
    assert "เจ้าหน้าที่ของ กรุงเทพมหานคร เข้าสู่ระบบอยู่" in shown
