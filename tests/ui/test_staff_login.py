"""The staff sign-in form through the real QML, with the on-screen keyboard: nothing moves under the finger after a
wrong PIN, the heading and the PIN stay in view in Thai at every text size in both orientations, the organizer tab
says what is true for it and starts with an empty PIN, and a PIN gets the keyboard of digits."""

import pytest
from PySide6.QtCore import QPointF

from tests.ui.test_staff import hold_corner


def top_of(item) -> float:
    return item.mapToScene(QPointF(0, 0)).y()


def wrong(pin: str) -> str:
    return "000000" if pin != "000000" else "111111"


def open_form(kiosk, text_step: int):
    hold_corner(kiosk)
    kiosk.wait_for_screen("staffLoginScreen")
    kiosk.evaluate(kiosk.screen(), f"Theme.textStep = {text_step}, true")
    kiosk.settle()


def assert_in_view(kiosk, names):
    """Each item wholly inside the form's visible part, which ends above the navigation bar and the keyboard."""
    flick = kiosk.visible_item("loginFlick")
    view_top, view_bottom = top_of(flick), top_of(flick) + flick.height()
    assert view_bottom <= top_of(kiosk.item("navBar")) + 1
    for name in names:
        item = kiosk.visible_item(name)
        assert view_top - 1 <= top_of(item) and top_of(item) + item.height() <= view_bottom + 1, \
            f"{name} is out of view ({top_of(item)}..{top_of(item) + item.height()} not in {view_top}..{view_bottom})"
    heading = kiosk.visible_item("loginHeading")
    inside = view_top - 1 <= top_of(heading) and top_of(heading) + heading.height() <= view_bottom + 1
    outside = top_of(heading) + heading.height() <= view_top + 1
    assert inside or outside, "the heading is cut in half by the top of the form"
    assert not [t for t in kiosk.all_items(heading) if t.inherits("QQuickText") and t.property("truncated")]


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
@pytest.mark.parametrize("text_step", [0, 1, 2])
def test_a_wrong_pin_moves_nothing_and_the_pin_stays_in_view_in_thai(start_kiosk, staff_db, size,
                                                                      text_step):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="th", screen="home", size=size)
    open_form(kiosk, text_step)
    kiosk.tap("boothCodeField")
    kiosk.qtbot.waitUntil(lambda: kiosk.item("keyboard").isVisible())
    kiosk.type_on_keyboard("c21")
    kiosk.tap("pinField")
    kiosk.settle()
    assert_in_view(kiosk, ["pinField", "signInButton"])
    kiosk.type_on_keyboard(wrong(pin))
    button = kiosk.visible_item("signInButton")
    before = top_of(button)
    kiosk.tap("signInButton")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible_item("signInProblem").property("text") != "")
    kiosk.settle()
    assert top_of(button) == before  # the button did not move under the finger
    assert_in_view(kiosk, ["pinField", "signInButton", "signInProblem"])

    kiosk.tap("asOrganizer")
    kiosk.settle()
    assert kiosk.visible_item("pinField").hasActiveFocus()
    assert_in_view(kiosk, ["pinField", "signInButton"])


def test_the_organizer_tab_starts_with_an_empty_pin_and_its_own_words(start_kiosk, staff_db):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="en", screen="home")
    open_form(kiosk, 0)
    kiosk.tap("boothCodeField")
    kiosk.qtbot.waitUntil(lambda: kiosk.item("keyboard").isVisible())
    kiosk.type_on_keyboard("c21")
    kiosk.tap("pinField")
    kiosk.type_on_keyboard("1234")
    kiosk.tap("asOrganizer")
    assert kiosk.visible_item("pinField").property("text") == ""  # the booth's PIN is not kept for the organizer
    kiosk.type_on_keyboard(wrong(pin))
    kiosk.tap("signInButton")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible_item("signInProblem").property("text") != "")
    assert kiosk.visible_item("signInProblem").property("text") == "That is not the organizer's PIN."
    kiosk.type_on_keyboard("12")
    kiosk.tap("asStaff")
    assert kiosk.visible_item("pinField").property("text") == ""
    assert kiosk.visible_item("signInProblem").property("text") == ""
    kiosk.tap("pinField")
    kiosk.type_on_keyboard(wrong(pin))
    kiosk.tap("signInButton")
    kiosk.qtbot.waitUntil(lambda: kiosk.visible_item("signInProblem").property("text") != "")
    assert kiosk.visible_item("signInProblem").property("text") == "That PIN is not right for this booth."


def test_a_pin_field_gets_the_keyboard_of_digits(start_kiosk, staff_db):
    path, _, _ = staff_db
    kiosk = start_kiosk(path, lang="th", screen="home")
    open_form(kiosk, 0)
    kiosk.tap("boothCodeField")
    kiosk.qtbot.waitUntil(lambda: kiosk.item("keyboard").isVisible())
    kiosk.settle()
    assert kiosk.keyboard_key("Q") is not None or kiosk.keyboard_key("q") is not None  # letters for the code
    kiosk.tap("pinField")
    kiosk.settle()
    kiosk.qtbot.waitUntil(lambda: kiosk.keyboard_key("5") is not None)
    assert kiosk.keyboard_key("q") is None and kiosk.keyboard_key("Q") is None  # digits only
    kiosk.tap("asOrganizer")
    kiosk.settle()
    assert kiosk.keyboard_key("5") is not None and kiosk.keyboard_key("q") is None
