"""The floor map through the real QML: taps land on the right booth however the plan is turned and zoomed."""

import gc

import pytest
import shiboken6
import zxingcpp
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF
from PySide6.QtTest import QTest

from kiosk.ui.floor.floormap import FloorPlan
from tests.ui.test_journey import grab


def booth_on_screen(kiosk, booth_id: str) -> QPoint:
    """Where the middle of a booth is on the window, through the map's own transforms."""
    booth = kiosk.kiosk.floor_map.plan.booths[booth_id]
    x, y = booth.rect.centre
    return kiosk.visible_item("planContent").mapToScene(QPointF(x, y)).toPoint()


def card_code(kiosk) -> str:
    kiosk.settle()
    return kiosk.visible_item("boothCardCode").property("text")


def floor_view(kiosk):
    return kiosk.visible_item("floorView")


@pytest.mark.parametrize("kiosk_id, angle", [("lobby", -180), ("front-west", -90), ("stage", 0)])
def test_tapping_a_booth_opens_its_card_whatever_the_turn_and_zoom(start_kiosk, kiosk_id, angle):
    kiosk = start_kiosk(lang="en", screen="home", kiosk_id=kiosk_id)
    kiosk.tap("tile-map")
    kiosk.wait_for_screen("mapScreen")
    view = floor_view(kiosk)
    assert view.property("angle") % 360 == angle % 360  # "up" on the screen is the way the visitor faces
    assert kiosk.visible_item("youAreHere").isVisible()

    kiosk.tap_at(booth_on_screen(kiosk, "c21"))
    assert card_code(kiosk) == "Booth C21"
    assert kiosk.visible_item("boothCardTitle").property("text") == "Bangkok"

    before = view.property("zoom")
    kiosk.tap("zoomIn")
    kiosk.qtbot.waitUntil(lambda: view.property("zoom") > before * 1.5)
    kiosk.qtbot.wait(250)  # the zoom animation ends
    middle = view.mapToScene(QPointF(view.width() / 2, view.height() / 2)).toPoint()
    for _ in range(6):  # zoomed in, E07 may be off screen: drag it towards the middle with a finger
        target = booth_on_screen(kiosk, "e07")
        if view.contains(view.mapFromScene(QPointF(target))):
            break
        step = middle - target
        kiosk.drag(middle, QPoint(max(-400, min(400, step.x())), max(-300, min(300, step.y()))))
    kiosk.tap_at(booth_on_screen(kiosk, "e07"))
    assert card_code(kiosk) == "Booth E07"
    assert kiosk.visible_item("boothCardTitle").property("text") == "NEC"


def test_dragging_pans_and_double_tap_zooms(start_kiosk, qtbot):
    kiosk = start_kiosk(lang="en", screen="map")
    kiosk.wait_for_screen("mapScreen")
    view = floor_view(kiosk)
    kiosk.settle()
    centre = view.mapToScene(QPointF(view.width() / 2, view.height() / 2)).toPoint()
    # The lobby kiosk faces the back of the hall: the plan is upside down, so dragging right shows more of the
    # plan's right... which is the hall's left (smaller x).
    cx = view.property("cx")
    kiosk.drag(centre, QPoint(200, 0))
    assert view.property("cx") == pytest.approx(cx + 200 / view.property("zoom"), rel=0.1)

    zoom = view.property("zoom")
    for _ in range(2):
        kiosk.touch().press(0, centre, kiosk.window).commit()
        QTest.qWait(10)
        kiosk.touch().release(0, centre, kiosk.window).commit()
        QTest.qWait(40)
    qtbot.waitUntil(lambda: view.property("zoom") > zoom * 1.9)

    kiosk.tap("zoomReset")
    qtbot.waitUntil(lambda: abs(view.property("zoom") - view.property("fitZoom")) < 1e-6)


def test_two_fingers_pinch_to_zoom(start_kiosk, qtbot):
    kiosk = start_kiosk(lang="en", screen="map")
    kiosk.wait_for_screen("mapScreen")
    view = floor_view(kiosk)
    kiosk.settle()
    centre = view.mapToScene(QPointF(view.width() / 2, view.height() / 2)).toPoint()
    zoom = view.property("zoom")
    kiosk.touch().press(0, centre - QPoint(60, 0), kiosk.window).press(1, centre + QPoint(60, 0), kiosk.window).commit()
    for k in range(1, 16):
        QTest.qWait(16)
        spread = QPoint(60 + 10 * k, 0)
        kiosk.touch().move(0, centre - spread, kiosk.window).move(1, centre + spread, kiosk.window).commit()
    kiosk.touch().release(0, centre - QPoint(210, 0), kiosk.window).release(1, centre + QPoint(210, 0),
                                                                             kiosk.window).commit()
    qtbot.waitUntil(lambda: view.property("zoom") > zoom * 2)  # the fingers moved from 120 to 420 pixels apart
    assert view.property("zoom") <= view.property("maxZoom")


def test_show_on_map_from_a_city_page_highlights_its_booth(start_kiosk):
    kiosk = start_kiosk(lang="th", screen="city:bangkok")
    kiosk.wait_for_screen("cityPage")
    kiosk.tap("showOnMap")
    kiosk.wait_for_screen("mapScreen")
    assert kiosk.screen().property("selected") == "c21"
    highlight = kiosk.visible_item("highlight-c21")
    box = highlight.mapRectToScene(highlight.boundingRect())
    assert box.contains(QPointF(booth_on_screen(kiosk, "c21")))
    assert floor_view(kiosk).contains(floor_view(kiosk).mapFromScene(box.center()))  # centred in view
    assert card_code(kiosk) == "บูธ C21"


def test_directions_draw_a_route_and_its_qr_code_carries_it(start_kiosk, qtbot):
    kiosk = start_kiosk(lang="en", screen="map:e07")
    kiosk.wait_for_screen("mapScreen")
    kiosk.tap("directionsButton")
    summary = kiosk.visible_item("routeSummary").property("text")
    route = kiosk.screen().property("route")
    assert route["ok"] and route["length"] > 0
    assert f"{route['length']} m" in summary and "minute" in summary
    qr = kiosk.visible_item("qrCode")
    qtbot.waitUntil(lambda: qr.property("progress") == 1.0 and qr.property("paintedWidth") > 0)
    decoded = [d.text for d in zxingcpp.read_barcodes(grab(kiosk))]
    assert decoded == ["https://ascn2019.example.org/route?from=lobby&to=e07"]

    length = route["length"]
    kiosk.tap("stepFreeChip")
    route = kiosk.screen().property("route")
    assert route["ok"] and route["length"] >= length  # the demo hall has no stairs on the way: the same walk


def test_the_visit_plan_becomes_a_walking_route_with_numbered_stops(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="visit")
    visit = kiosk.kiosk.visit
    for kind, entity_id in [("exhibitor", "nec"), ("city", "manila"), ("city", "bangkok"), ("exhibitor", "cisco")]:
        visit.toggleFavourite(kind, entity_id)
    kiosk.wait_for_screen("visitScreen")
    kiosk.tap("walkingRoute")
    kiosk.wait_for_screen("mapScreen")
    tour = kiosk.screen().property("tour")
    assert tour["ok"]
    assert sorted(stop["code"] for stop in tour["stops"]) == ["C19", "C21", "E01", "E07"]
    assert "4 stops" in kiosk.visible_item("tourSummary").property("text")
    for n in range(1, 5):
        assert kiosk.visible_item(f"stop-{n}").isVisible()


def test_an_unknown_kiosk_id_is_a_clear_error(start_kiosk):
    from kiosk.core.common.errors import KioskError

    with pytest.raises(KioskError, match="no kiosk 'nowhere' on the floor plan.*lobby"):
        start_kiosk(lang="en", kiosk_id="nowhere")


def test_the_walkable_graph_built_ahead_on_a_worker_thread_is_the_one_routes_use(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="home")
    floor_map = kiosk.kiosk.floor_map
    floor_map.prepare_graph()
    built = floor_map.graph()  # waits for the worker
    assert built is floor_map.graph() and len(built.xy) > 100
    assert floor_map.routeTo("e07", False)["ok"]


def test_a_closed_map_leaves_nothing_of_its_plan_behind(start_kiosk):
    """PySide 6.11 keeps the Python side of each QML-made FloorPlan after QML destroys the item: each map visit kept
    its timer, signal objects and drawn hall (60 KB a visit, more when zoomed) until its state went with the item."""
    kiosk = start_kiosk(lang="en", screen="home")
    for _ in range(3):
        kiosk.tap("tile-map")
        kiosk.wait_for_screen("mapScreen")
        kiosk.tap("zoomIn")  # a drawn hall to keep
        kiosk.settle()
        kiosk.tap("homeButton")
        kiosk.wait_for_screen("homeScreen")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    gone = [o for o in gc.get_objects() if isinstance(o, FloorPlan) and not shiboken6.isValid(o)]
    assert all(vars(o) == {} for o in gone)  # (none held at all would be better still: a later PySide)
