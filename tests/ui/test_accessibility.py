"""Text size, high contrast, reach mode, read aloud, touch targets, and nothing clipped."""

import pytest

from tests.ui.conftest import Driver

SCREENS = ["home", "cities", "exhibitors", "projects", "programme", "search:bang", "visit", "city:bangkok",
           "exhibitor:nstda", "project:kuching-flood-management"]


def open_panel(kiosk):
    kiosk.tap("accessibilityButton")
    kiosk.settle()
    assert kiosk.item("accessibilityPanel").isVisible()


def test_text_size_and_contrast_reach_the_screen(start_kiosk):
    kiosk = start_kiosk(lang="th", screen="city:bangkok")
    kiosk.wait_for_screen("cityPage")
    title = kiosk.visible_item("pageTitle")
    normal = title.property("font").pixelSize()
    open_panel(kiosk)
    kiosk.tap("textSize-2")
    kiosk.tap("highContrast")
    kiosk.tap("accessibilityDone")
    kiosk.settle()
    assert title.property("font").pixelSize() >= normal * 1.35
    assert kiosk.window.property("color").name() == "#000000"
    assert not kiosk.item("accessibilityPanel").isVisible()


def controls_out_of_reach(kiosk):
    """The controls (their touch areas) that start in the top 30 % of the window, where a seated visitor does not
    reach; those scrolled wholly out of sight above do not count."""
    height = kiosk.window.height()
    out = []
    for item in visible_controls(kiosk):
        if item.width() < kiosk.window.width():
            top = item.mapToScene(item.boundingRect().topLeft()).y()
            if top + item.height() > 0 and top < height * 0.3:
                out.append((item.parentItem().objectName(), round(top)))
    return out


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
@pytest.mark.parametrize("text_size", ["textSize-0", "textSize-2"])
def test_reach_mode_brings_every_control_into_the_lower_part(start_kiosk, size, text_size):
    kiosk = start_kiosk(lang="en", screen="home", size=size)
    open_panel(kiosk)
    kiosk.tap("reachMode")
    kiosk.tap(text_size)
    kiosk.tap("accessibilityDone")
    kiosk.settle()
    assert controls_out_of_reach(kiosk) == [], "home"
    for tile, screen in (("tile-cities", "citiesScreen"), ("tile-exhibitors", "exhibitorsScreen"),
                         ("tile-projects", "projectsScreen"), ("tile-programme", "programmeScreen")):
        kiosk.tap(tile)
        kiosk.wait_for_screen(screen)
        assert controls_out_of_reach(kiosk) == [], screen
        kiosk.tap("homeButton")
        kiosk.wait_for_screen("homeScreen")


def label_size(item):
    """The pixel size of a chip's or button's label."""
    label = next(i for i in item.childItems() if i.inherits("QQuickText"))
    return label.property("font").pixelSize()


@pytest.mark.parametrize("lang", ["th", "en"])
def test_at_the_largest_text_chips_and_buttons_grow_and_a_list_shows_four_rows(start_kiosk, lang):
    kiosk = start_kiosk(lang=lang, screen="cities")
    kiosk.wait_for_screen("citiesScreen")
    controls = ["country-all", "listSearch", "homeButton", "lang-en", "textSize-2", "accessibilityDone"]

    def measure():
        open_panel(kiosk)
        sizes = {name: (kiosk.visible_item(name).height(), label_size(kiosk.visible_item(name))) for name in controls}
        kiosk.tap("accessibilityDone")
        return sizes

    normal = measure()
    open_panel(kiosk)
    kiosk.tap("textSize-2")
    kiosk.tap("accessibilityDone")
    largest = measure()
    for name in controls:
        assert largest[name][0] > normal[name][0] and largest[name][1] > normal[name][1], name
    view = kiosk.visible_item("cityList")
    rows = [row for row in view.property("contentItem").childItems()
            if row.isVisible() and row.objectName().startswith("city-") and Driver._inside(view, row)]
    assert len(rows) >= 4


def test_read_aloud_speaks_the_page(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="city:phuket")
    kiosk.wait_for_screen("cityPage")
    kiosk.swipe_until_visible("pageFlick", "readAloud")
    kiosk.tap("readAloud")
    spoken = kiosk.kiosk.speech.spoken
    assert spoken and spoken[-1].startswith("Phuket. ")


def test_read_aloud_is_hidden_without_a_speech_engine(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="city:phuket", speech_engine="none")
    kiosk.wait_for_screen("cityPage")
    assert not kiosk.kiosk.speech.available
    assert not kiosk.item("readAloud").isVisible()


def visible_controls(kiosk):
    for item in kiosk.all_items():
        if item.isVisible() and item.inherits("QQuickMouseArea") and not kiosk.in_keyboard(item):
            yield item


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_no_control_is_smaller_than_a_finger(start_kiosk, size):
    for screen in SCREENS:
        kiosk = start_kiosk(lang="th", screen=screen, size=size)
        kiosk.settle()
        mm = max(3.5, kiosk.window.screen().physicalDotsPerInch() / 25.4)
        small = [(i.parentItem().objectName(), i.width(), i.height()) for i in visible_controls(kiosk)
                 if min(i.width(), i.height()) < max(48, 9 * mm)]
        assert small == [], screen


def in_a_scrolling_view(item):
    parent = item.parentItem()
    while parent is not None:
        if parent.inherits("QQuickFlickable") and parent.property("contentWidth") > parent.width() + 1:
            return True
        parent = parent.parentItem()
    return False


def clipped_texts(kiosk):
    right = kiosk.window.width() + 1
    out = []
    for item in kiosk.all_items():
        if not item.isVisible() or not item.inherits("QQuickText") or kiosk.in_keyboard(item):
            continue
        text = item.property("text")
        if not text:
            continue
        width = item.width()
        content = item.property("contentWidth")
        if content > width + 1 and kiosk.evaluate(item, "elide === Text.ElideNone"):
            out.append(("wider than its box", text[:40]))
        if in_a_scrolling_view(item):
            continue  # a row of chips or a list may scroll sideways: part of it is off screen on purpose
        left = item.mapToScene(item.boundingRect().topLeft()).x()
        if left + min(content, width) > right or left < -1:
            out.append(("off the screen", text[:40]))
    return out


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_largest_text_in_high_contrast_clips_nothing(start_kiosk, size):
    for screen in SCREENS:
        kiosk = start_kiosk(lang="th", screen=screen, size=size)
        kiosk.tap("accessibilityButton")
        kiosk.tap("textSize-2")
        kiosk.tap("highContrast")
        kiosk.tap("accessibilityDone")
        kiosk.settle()
        assert clipped_texts(kiosk) == [], screen


def test_an_engine_whose_library_is_missing_is_not_used(monkeypatch):
    from kiosk.ui.shell import speech

    monkeypatch.setattr(speech.ctypes.util, "find_library", lambda name: None)
    assert speech.usable_engine(["mock", "speechd"]) is None
    monkeypatch.setattr(speech.ctypes.util, "find_library", lambda name: f"lib{name}.so.2")
    assert speech.usable_engine(["mock", "speechd"]) == "speechd"


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_bottom_bar_buttons_never_overlap(start_kiosk, size):
    kiosk = start_kiosk(lang="th", screen="city:bangkok", size=size)
    kiosk.kiosk.visit.toggleFavourite("city", "bangkok")
    kiosk.tap("accessibilityButton")
    kiosk.tap("textSize-2")
    kiosk.tap("accessibilityDone")
    kiosk.settle()
    names = ["backButton", "homeButton", "visitButton", "accessibilityButton", "lang-th", "lang-en"]
    boxes = {n: kiosk.visible_item(n).mapRectToScene(kiosk.visible_item(n).boundingRect()) for n in names}
    for a in names:
        assert boxes[a].right() <= kiosk.window.width() + 1, a
        for b in names:
            if a < b:
                assert not boxes[a].intersects(boxes[b]), f"{a} overlaps {b}"


@pytest.mark.parametrize("screen", ["attract", "home", "cities", "exhibitors", "projects", "programme", "search:bang",
                                    "city:bangkok", "project:bang-sue-transport-hub"])
def test_every_control_has_an_accessible_name_and_role(start_kiosk, screen):
    kiosk = start_kiosk(lang="en", screen=screen)
    kiosk.settle()
    nameless = []
    for area in visible_controls(kiosk):
        owners = [area, area.parentItem()]
        if not any(kiosk.evaluate(o, "Accessible.name !== '' && Accessible.role !== Accessible.NoRole") for o in owners):
            nameless.append(area.parentItem().objectName() or area.objectName())
    assert nameless == [], screen


def test_lists_have_a_search_button(start_kiosk):
    for screen in ("cities", "exhibitors", "projects"):
        kiosk = start_kiosk(lang="en", screen=screen)
        kiosk.tap("listSearch")
        kiosk.wait_for_screen("searchScreen")
