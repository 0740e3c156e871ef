"""Every page's QR code in view and decodable without scrolling, in every orientation, text size and reach mode;
and nothing on a page clipped or covered."""

import pytest
import zxingcpp
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtQml import QQmlEngine, QQmlExpression

from kiosk.ui.shell.shots import TEXT_SIZES, visitor_choices
from tests.ui.test_journey import grab

PAGES = ["city:bangkok", "city:phnom-penh", "exhibitor:nstda", "project:kuching-flood-management",
         "session:opening-ceremony", "visit", "route:e07"]
STARRED = [("city", "bangkok"), ("city", "phnom-penh"), ("exhibitor", "nstda")]
SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


def open_screen(kiosk, target: str) -> None:
    name, _, entity_id = target.partition(":")
    context = QQmlEngine.contextForObject(kiosk.window)
    QQmlExpression(context, kiosk.window, f'open("{name}", "{entity_id}")').evaluate()
    kiosk.settle()


def expected_url(kiosk, target: str) -> str:
    name, _, entity_id = target.partition(":")
    if name == "visit":
        return kiosk.kiosk.visit.planUrl()
    if name == "route":
        return kiosk.kiosk.floor_map.routeTo(entity_id, False)["url"]
    return kiosk.kiosk.show.page(name, entity_id)["url"]


def scene_rect(item) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def viewport(item) -> QRectF:
    """The part of the window where `item` can be seen: the window's scene cut by every clipping ancestor."""
    seen = QRectF(0, 0, 10_000, 10_000)
    ancestor = item.parentItem()
    while ancestor is not None:
        if ancestor.clip():
            seen = seen.intersected(scene_rect(ancestor))
        ancestor = ancestor.parentItem()
    return seen


def text_problems(kiosk) -> list[str]:
    """Visible texts of the current screen that are cut, elided, outside the window or under the navigation bar."""
    screen = kiosk.screen()
    nav_top = scene_rect(kiosk.item("navBar")).top()
    found = []
    for item in kiosk.all_items(screen):
        if not (item.isVisible() and item.inherits("QQuickText") and item.property("text")) or item.opacity() == 0:
            continue
        box = scene_rect(item)
        seen = viewport(item)
        if not seen.intersects(box):
            continue  # scrolled out of view: the visitor scrolls to it
        name = f"{item.objectName() or item.property('text')[:30]!r}"
        if item.property("truncated"):
            found.append(f"{name} is elided")
        if item.property("paintedWidth") > item.width() + 1 and item.property("wrapMode") != 0:
            found.append(f"{name} is wider than its item")
        if box.right() > kiosk.window.width() + 1 or box.left() < -1:
            found.append(f"{name} leaves the window")
        if box.top() < nav_top and box.bottom() > nav_top + 1 and seen.bottom() > nav_top + 1:
            found.append(f"{name} runs under the navigation bar")
    return found


def overlaps(kiosk, names: list[str]) -> list[str]:
    """Pairs of the named items (each visible) whose rectangles overlap on the window."""
    items = [(n, i) for n in names for i in kiosk.find_all(n) if i.isVisible() and kiosk.screen().isAncestorOf(i)]
    found = []
    for a, (name_a, item_a) in enumerate(items):
        for name_b, item_b in items[a + 1:]:
            shared = scene_rect(item_a).intersected(viewport(item_a)).intersected(scene_rect(item_b))
            if shared.width() > 1 and shared.height() > 1:
                found.append(f"{name_a} overlaps {name_b}")
    return found


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_every_page_shows_its_qr_code_without_scrolling(start_kiosk, qtbot, lang, orientation):
    kiosk = start_kiosk(lang=lang, screen="home", size=SIZES[orientation])
    for kind, entity_id in STARRED:
        kiosk.kiosk.visit.toggleFavourite(kind, entity_id)
    failures = []
    for text_size in TEXT_SIZES:
        for reach in (False, True):
            visitor_choices(kiosk.kiosk, text_size=text_size, reach=reach)
            for target in PAGES:
                open_screen(kiosk, target)
                combination = f"{target} {orientation} {lang} {text_size}{' reach' if reach else ''}"
                qr = kiosk.visible_item("qrCode")
                qtbot.waitUntil(lambda: qr.property("progress") == 1.0 and qr.property("paintedWidth") > 0)
                decoded = [d.text for d in zxingcpp.read_barcodes(grab(kiosk))]
                if decoded != [expected_url(kiosk, target)]:
                    failures.append(f"{combination}: decoded {decoded}")
                failures += [f"{combination}: {p}" for p in text_problems(kiosk)]
                failures += [f"{combination}: {p}" for p in
                             overlaps(kiosk, ["pageFlick", "visitList", "pageQr", "planQr", "pageControls",
                                              "planSide", "routeQr", "floorView"])]
                if reach:
                    top = kiosk.window.height() * 0.3
                    failures += [f"{combination}: {i.parentItem().objectName()} out of reach"
                                 for i in kiosk.all_items(kiosk.screen())
                                 if i.isVisible() and i.inherits("QQuickMouseArea")
                                 and viewport(i).intersects(scene_rect(i))
                                 and i.mapToScene(QPointF(0, 0)).y() < top]
    assert failures == []


def test_a_session_opens_from_the_programme_with_its_qr_code(start_kiosk, qtbot):
    kiosk = start_kiosk(lang="en", screen="programme", clock_start="2019-08-22T10:30")
    kiosk.wait_for_screen("programmeScreen")
    kiosk.tap("session-opening-ceremony")
    kiosk.wait_for_screen("sessionPage")
    assert kiosk.visible_item("pageTitle").property("text") == kiosk.kiosk.show.page(
        "session", "opening-ceremony")["title"]
    qr = kiosk.visible_item("qrCode")
    qtbot.waitUntil(lambda: qr.property("progress") == 1.0)
    assert [d.text for d in zxingcpp.read_barcodes(grab(kiosk))] == [
        "https://ascn2019.example.org/session/opening-ceremony"]
    assert not kiosk.find_all("favouriteButton")[0].isVisible()  # a session has no booth to visit
