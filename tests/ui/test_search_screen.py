"""Search with the on-screen keyboard: keys are tapped, results follow each keystroke."""

import pytest

from kiosk.core.common.text import fold


def result_ids(kiosk):
    return [(row["type"], row["id"]) for row in kiosk.kiosk.search.results.rows()]


@pytest.mark.parametrize("lang, typed, expected", [
    ("en", "bangkok", ("city", "bangkok")),
    ("en", "da nang", ("city", "da-nang")),
    ("th", "กรุงเทพ", ("city", "bangkok")),
    ("th", "ท่วม", ("project", "kuching-flood-management")),
])
def test_typing_on_the_on_screen_keyboard_finds_it(start_kiosk, lang, typed, expected):
    kiosk = start_kiosk(lang=lang, screen="home")
    kiosk.tap("tile-search")
    kiosk.wait_for_screen("searchScreen")
    kiosk.tap("searchField")
    kiosk.qtbot.waitUntil(lambda: kiosk.item("keyboard").isVisible())
    field = kiosk.visible_item("searchField")
    keyboard = kiosk.item("keyboard")
    field_bottom = field.mapToScene(field.boundingRect().bottomLeft()).y()
    assert field_bottom <= keyboard.mapToScene(keyboard.boundingRect().topLeft()).y(), "the keyboard covers the field"
    kiosk.type_on_keyboard(typed)
    kiosk.qtbot.waitUntil(lambda: field.property("text") == typed)
    assert expected in result_ids(kiosk)
    if expected[0] == "city":
        assert result_ids(kiosk)[0] == expected


def test_the_match_is_highlighted_as_plain_text(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="search:nang")
    kiosk.wait_for_screen("searchScreen")
    row = next(r for r in kiosk.kiosk.search.results.rows() if r["id"] == "da-nang")
    assert (row["before"], row["hit"], row["after"]) == ("Da ", "Nang", "")
    item = kiosk.visible_item("result-city-da-nang")
    assert kiosk.texts_in(item) == ["Da ", "Nang"]


def test_no_results_offers_suggestions_and_ideas(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="search:bangkck")
    kiosk.wait_for_screen("searchScreen")
    assert kiosk.kiosk.search.results.rows() == []
    assert any("Nothing matches" in t for t in kiosk.texts())
    kiosk.tap("suggestion-bangkok")
    kiosk.wait_for_screen("cityPage")
    assert kiosk.visible_item("pageTitle").property("text") == "Bangkok"


def test_a_session_result_opens_its_day_of_the_programme(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="search:closing remarks")
    kiosk.wait_for_screen("searchScreen")
    kiosk.tap("result-session-closing-remarks")
    kiosk.wait_for_screen("programmeScreen")
    assert kiosk.kiosk.programme.programmeDay == "2019-08-24"


def test_markup_in_a_query_is_text(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="search:<b>x</b>")
    kiosk.wait_for_screen("searchScreen")
    assert any("<b>x</b>" in t for t in kiosk.texts())


def test_fast_typing_keeps_the_result_list_quiet(start_kiosk):
    # Resetting a list that reuses its rows on every keystroke made Qt warn ("DelegateModel::cancel").
    kiosk = start_kiosk(lang="th", screen="search")
    kiosk.wait_for_screen("searchScreen")
    field = kiosk.visible_item("searchField")
    for word in ("bangkok", "กรุงเทพ", "น้ำท่วม", "da nang", "smart mobility") * 2:
        field.setProperty("text", "")
        kiosk.settle()
        for end in range(1, len(word) + 1):
            field.setProperty("text", word[:end])
            kiosk.settle()
    assert kiosk.kiosk.search.searchText == "smart mobility"


def test_the_keyboard_is_not_built_until_a_text_field_is_needed(start_kiosk):
    kiosk = start_kiosk(lang="th", screen="home")
    assert kiosk.find_all("keyboard") == []
    kiosk.tap("tile-search")
    kiosk.wait_for_screen("searchScreen")
    kiosk.qtbot.waitUntil(lambda: kiosk.find_all("keyboard") != [])


# --- arriving, the keyboard, and room for results above it ---------------------------------------------------------

def choose(kiosk, *names):
    """Make the visitor's choices in the "Aa" panel, by tapping them."""
    kiosk.tap("accessibilityButton")
    for name in names:
        kiosk.tap(name)
    kiosk.tap("accessibilityDone")
    kiosk.settle()


def keyboard_open(kiosk):
    return bool(kiosk.find_all("keyboard")) and kiosk.item("keyboard").isVisible()


@pytest.mark.parametrize("way_in", ["tile-search", "listSearch"])
def test_the_keyboard_opens_on_arrival(start_kiosk, way_in):
    kiosk = start_kiosk(lang="th", screen="home" if way_in == "tile-search" else "cities")
    kiosk.tap(way_in)
    kiosk.wait_for_screen("searchScreen")
    kiosk.qtbot.waitUntil(lambda: keyboard_open(kiosk))
    field = kiosk.visible_item("searchField")
    assert field.hasActiveFocus()
    kiosk.type_on_keyboard("ชล")
    kiosk.qtbot.waitUntil(lambda: field.property("text") == "ชล")
    assert ("city", "chonburi") in result_ids(kiosk)


def test_arriving_with_a_query_leaves_the_room_to_its_results_until_the_field_is_tapped(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="search:bang")
    kiosk.wait_for_screen("searchScreen")
    field = kiosk.visible_item("searchField")
    kiosk.qtbot.waitUntil(field.hasActiveFocus)
    assert not keyboard_open(kiosk)
    kiosk.tap("searchField")
    kiosk.qtbot.waitUntil(lambda: keyboard_open(kiosk))
    kiosk.type_on_keyboard("k")
    kiosk.qtbot.waitUntil(lambda: field.property("text") == "bangk")
    assert result_ids(kiosk)[0] == ("city", "bangkok")


def test_back_from_a_result_shows_the_results_with_the_keyboard_closed(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="home")
    kiosk.tap("tile-search")
    kiosk.wait_for_screen("searchScreen")
    kiosk.qtbot.waitUntil(lambda: keyboard_open(kiosk))
    kiosk.type_on_keyboard("bang")
    kiosk.tap("result-city-bangkok")
    kiosk.wait_for_screen("cityPage")
    kiosk.tap("backButton")
    kiosk.wait_for_screen("searchScreen")
    assert kiosk.visible_item("searchField").property("text") == "bang"
    kiosk.qtbot.waitUntil(lambda: not keyboard_open(kiosk))
    assert kiosk.visible_item("result-city-bangkok").isVisible()


def rows_above_the_keyboard(kiosk):
    """The result rows a visitor sees whole: inside the list, above the bottom bar and the keyboard."""
    view = kiosk.visible_item("resultList")
    box = view.mapRectToScene(view.boundingRect())
    nav = kiosk.item("navBar")
    keyboard = kiosk.item("keyboard")
    floor = min(box.bottom(), nav.mapToScene(nav.boundingRect().topLeft()).y(),
                keyboard.mapToScene(keyboard.boundingRect().topLeft()).y())
    whole = []
    for row in kiosk.all_items(view):
        if row.objectName().startswith("result-") and row.isVisible():
            r = row.mapRectToScene(row.boundingRect())
            if r.top() >= box.top() - 0.5 and r.bottom() <= floor + 0.5:
                whole.append(row.objectName())
    return whole


@pytest.mark.parametrize("lang, typed, size, text_size, wanted", [
    ("en", "bang", (1920, 1080), 0, 4),
    ("th", "ท่วม", (1920, 1080), 0, 4),
    ("en", "bang", (1920, 1080), 1, 4),
    ("th", "ท่วม", (1920, 1080), 1, 4),
    ("en", "bang", (1920, 1080), 2, 3),  # Largest: three rows and their section titles
    ("th", "ท่วม", (1920, 1080), 2, 3),
    ("en", "bang", (1080, 1920), 2, 4),
    ("th", "ท่วม", (1080, 1920), 2, 4),
])
def test_results_keep_the_room_above_the_open_keyboard(start_kiosk, lang, typed, size, text_size, wanted):
    kiosk = start_kiosk(lang=lang, screen="home", size=size)
    if text_size:
        choose(kiosk, f"textSize-{text_size}")
    kiosk.tap("tile-search")
    kiosk.wait_for_screen("searchScreen")
    kiosk.qtbot.waitUntil(lambda: keyboard_open(kiosk))
    kiosk.type_on_keyboard(typed)
    kiosk.qtbot.waitUntil(lambda: kiosk.visible_item("searchField").property("text") == typed)
    kiosk.settle()
    assert keyboard_open(kiosk)
    assert len(result_ids(kiosk)) >= wanted
    whole = rows_above_the_keyboard(kiosk)
    assert len(whole) >= wanted, whole
    if typed == "ท่วม":  # the project matches came only after closing the keyboard
        assert any(name.startswith("result-project-") for name in whole)


def test_the_landscape_keyboard_keys_stay_finger_sized(start_kiosk):
    kiosk = start_kiosk(lang="th", screen="search")
    kiosk.wait_for_screen("searchScreen")
    kiosk.qtbot.waitUntil(lambda: keyboard_open(kiosk))
    mm = max(3.5, kiosk.window.screen().physicalDotsPerInch() / 25.4)
    for char in ("ก", "ๆ", "ฟ"):
        key = kiosk.keyboard_key(char)
        assert min(key.width(), key.height()) >= max(40, 9 * mm), char


# --- why each entry matched -------------------------------------------------------------------------------------

def shown_reasons(kiosk):
    """Each result row, brought into view in turn: its marked parts and the name of what matched, as shown."""
    view = kiosk.visible_item("resultList")
    shown = {}
    for index, row in enumerate(kiosk.kiosk.search.results.rows()):
        kiosk.evaluate(view, f"positionViewAtIndex({index}, ListView.Contain), true")
        kiosk.settle()
        item = kiosk.visible_item(f"result-{row['type']}-{row['id']}")
        assert kiosk._inside(view, item), row["id"]
        marked = [t for t in kiosk.all_items(item) if t.objectName() == "matchHit" and t.isVisible()
                  and t.property("text") and t.width() > 0 and not t.property("truncated")]
        labels = [t.property("text") for t in kiosk.all_items(item) if t.objectName() == "matchField" and t.isVisible()]
        shown[row["id"]] = ([t.property("text") for t in marked], labels, kiosk.texts_in(item))
    return shown


@pytest.mark.parametrize("lang, typed", [("en", "f"), ("th", "ก"), ("th", "ท่วม"), ("th", "bang"), ("en", "kota"),
                                         ("en", "thailand"), ("en", "c07"), ("th", "resilient"), ("en", "macdonald")])
def test_every_result_shows_why_it_matched(start_kiosk, lang, typed):
    kiosk = start_kiosk(lang=lang, screen="search:" + typed)
    kiosk.wait_for_screen("searchScreen")
    rows = kiosk.kiosk.search.results.rows()
    assert rows
    shown = shown_reasons(kiosk)
    for row in rows:
        marked, labels, texts = shown[row["id"]]
        assert any(fold(typed) in fold(m) for m in marked), (row["id"], texts)
        if fold(typed) not in fold(row["title"]):  # found elsewhere: that place is named
            assert labels and labels[0], (row["id"], texts)


@pytest.mark.parametrize("lang, typed, row, label", [
    ("en", "c07", "result-city-dki-jakarta", "Booth"),
    ("th", "resilient", "result-city-nay-pyi-taw", "วิสัยทัศน์"),
    ("en", "macdonald", "result-session-huawei-new-ict", "Speaker"),
    ("th", "thailand", "result-city-bangkok", "ประเทศ"),
    ("en", "battambang", "result-project-battambang-waste-management", "Presented by"),
])
def test_each_place_a_query_is_found_in_is_named(start_kiosk, lang, typed, row, label):
    kiosk = start_kiosk(lang=lang, screen="search:" + typed)
    kiosk.wait_for_screen("searchScreen")
    kiosk.swipe_until_visible("resultList", row)
    texts = kiosk.texts_in(kiosk.visible_item(row))
    assert texts[1] == label and any(fold(typed) == fold(t) for t in texts[2:]), texts


def test_a_one_letter_search_names_the_other_name_it_found(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="search:f")
    kiosk.wait_for_screen("searchScreen")
    item = kiosk.visible_item("result-city-manila")
    assert kiosk.texts_in(item) == ["Manila", "Other name", "City o", "f", " Manila"]
    kiosk.tap("result-city-manila")
    kiosk.wait_for_screen("cityPage")


def test_a_thai_word_found_in_a_description_shows_it_there(start_kiosk):
    kiosk = start_kiosk(lang="th", screen="search:ท่วม")
    kiosk.wait_for_screen("searchScreen")
    item = kiosk.visible_item("result-project-kuching-flood-management")
    texts = kiosk.texts_in(item)
    assert texts[0] == "ระบบบริหารจัดการและรับมืออุทกภัยแบบบูรณาการ"
    assert texts[1] == "คำอธิบาย" and "ท่วม" in texts
    assert "ท่วม" in kiosk.evaluate(item, "Accessible.name")  # read aloud with the reason


def test_reach_mode_keeps_the_field_and_results_within_reach(start_kiosk):
    kiosk = start_kiosk(lang="th", screen="search:ท่วม")
    kiosk.wait_for_screen("searchScreen")
    choose(kiosk, "reachMode")
    kiosk.tap("searchField")
    kiosk.qtbot.waitUntil(lambda: keyboard_open(kiosk))
    kiosk.settle()
    screen = kiosk.screen()
    reach_top = kiosk.window.height() * 0.3
    controls = [i for i in kiosk.all_items(screen) if i.isVisible() and i.inherits("QQuickMouseArea")]
    controls.append(kiosk.visible_item("searchField"))
    assert any(c.parentItem().objectName().startswith("result-") for c in controls if c.inherits("QQuickMouseArea"))
    for control in controls:
        top = control.mapToScene(control.boundingRect().topLeft()).y()
        assert top >= reach_top, f"{control.parentItem().objectName()} is out of reach at y={top}"


def right_click_opens_no_menu(kiosk, name: str) -> None:
    """A right click and the keyboard's menu key on a text field open no Cut/Copy/Paste menu (a way out)."""
    from PySide6.QtCore import QObject, QPointF, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    field = kiosk.visible_item(name)
    before = field.property("text")
    centre = field.mapToScene(QPointF(field.width() / 3, field.height() / 2)).toPoint()
    QTest.mouseClick(kiosk.window, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, centre)
    kiosk.settle()
    QTest.keyClick(kiosk.window, Qt.Key.Key_Menu)  # the keyboard's menu key opens the same menu
    kiosk.settle()
    # Qt's edit menu (Cut, Copy, Paste, …) opens as a popup window of its own, or as a popup in the scene.
    windows = [w for w in QGuiApplication.topLevelWindows() if w.isVisible() and w is not kiosk.window]
    assert windows == [], name
    opened = [o for o in kiosk.window.findChildren(QObject) if o.property("opened") is True]
    assert opened == [], name
    assert field.property("text") == before


def test_a_right_click_in_the_search_field_opens_no_menu(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="search:bang")
    kiosk.wait_for_screen("searchScreen")
    right_click_opens_no_menu(kiosk, "searchField")
    assert kiosk.visible_item("searchField").property("text") == "bang"
