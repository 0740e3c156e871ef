"""The floor map through the real QML: taps land on the right booth however the plan is turned and zoomed."""

import gc
import threading

import pytest
import shiboken6
import zxingcpp
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF
from PySide6.QtTest import QTest

from kiosk.core.floor import floorplan
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


def test_the_plan_is_read_on_the_worker_thread_too_and_the_map_shows_it(start_kiosk, monkeypatch):
    load, read_on = floorplan.load, []
    monkeypatch.setattr(floorplan, "load", lambda db: read_on.append(threading.current_thread().name) or load(db))
    kiosk = start_kiosk(lang="en", screen="home")
    floor_map = kiosk.kiosk.floor_map
    floor_map.prepare_graph()
    floor_map.graph()
    assert read_on == ["walkable-graph"], "not on the screens' thread"
    assert "e07" in floor_map.plan.booths and read_on == ["walkable-graph"]
    assert floor_map.routeTo("e07", False)["ok"]
    kiosk.tap("tile-map")
    kiosk.wait_for_screen("mapScreen")
    assert read_on == ["walkable-graph"]


def test_after_a_change_the_graph_is_made_ahead_again_and_kept_when_nothing_moved(start_kiosk, demo_db_file,
                                                                                   tmp_path, monkeypatch):
    import shutil

    from kiosk.core.floor import wayfinding
    from kiosk.core.store import database as kdb
    from kiosk.core.store import writer

    path = tmp_path / "kiosk.db"
    shutil.copyfile(demo_db_file, path)
    kiosk = start_kiosk(path, lang="en", screen="home")
    floor_map = kiosk.kiosk.floor_map
    floor_map.prepare_graph()
    first = floor_map.graph()
    built_on = []
    build = wayfinding._Builder.build
    monkeypatch.setattr(wayfinding._Builder, "build",
                        lambda self: built_on.append(threading.current_thread().name) or build(self))

    with kdb.connect(path) as db:  # a staff edit: a booth's exhibitor gets a new name; nothing moves
        owner = db.execute("SELECT organisation_id FROM booth WHERE code = 'E07'").fetchone()[0]
        writer.save(db, "organisation", {"id": owner, "name": {"en": "Renamed Ltd", "th": "เปลี่ยนชื่อ"}}, "test")
    floor_map.reload()  # as the kiosk does after a publish or a fleet change
    kept = floor_map.graph()
    assert kept.adj is first.adj and built_on == []
    assert kept.plan.booth_by_code("E07").name["en"] == "Renamed Ltd"
    assert floor_map.routeTo("e07", False)["ok"]

    with kdb.connect(path) as db:  # the organizer moves the booth two metres
        x = db.execute("SELECT x FROM booth WHERE code = 'E07'").fetchone()[0]
        writer.save(db, "booth", {"id": db.execute("SELECT id FROM booth WHERE code = 'E07'").fetchone()[0],
                                  "x": x + 0.5}, "test")
    floor_map.reload()
    moved = floor_map.graph()
    assert moved.adj is not first.adj and built_on == ["walkable-graph"], "built ahead, off the screens' thread"
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
    gc.unfreeze()  # what the kiosk froze (memory.settle) is not in get_objects()
    gc.collect()
    gone = [o for o in gc.get_objects() if isinstance(o, FloorPlan) and not shiboken6.isValid(o)]
    assert all(vars(o) == {} for o in gone)  # (none held at all would be better still: a later PySide)


# --- a map for reading: labels, the first view, markers, the key, the route's QR code ---------------------------

SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


def choose(kiosk, text_step: int = 0, reach: bool = False) -> None:
    """What a visitor picks with "Aa": a text size and "Everything within reach"."""
    kiosk.tap("accessibilityButton")
    kiosk.tap(f"textSize-{text_step}")
    if reach:
        kiosk.tap("reachMode")
    kiosk.tap("accessibilityDone")
    kiosk.settle()


def theme(kiosk, name: str):
    return kiosk.evaluate(kiosk.screen(), f"Theme.{name}")


def floor_plan(kiosk) -> FloorPlan:
    return kiosk.visible_item("floorPlan")


def settled_view(kiosk):
    """The map once its zoom has stopped moving and its labels are drawn for that zoom."""
    view, plan = floor_view(kiosk), floor_plan(kiosk)
    kiosk.qtbot.waitUntil(lambda: plan._settled and plan._cache is not None
                          and plan._cache.zoom == view.property("zoom"), timeout=3000)
    kiosk.settle()
    return view


def scene_rect(item) -> QRectF:
    return item.mapRectToScene(item.boundingRect())


def label_rects(kiosk) -> dict[str, list[QRectF]]:
    """Each label part on the window, by the booth or feature it names (as the plan draws them)."""
    plan = floor_plan(kiosk)
    out: dict[str, list[QRectF]] = {}
    for owner, _text, box in plan.label_boxes():
        out.setdefault(owner, []).append(plan.mapRectToScene(box))
    return out


def controls(kiosk):
    """Every visible thing a finger can press on the window (buttons, chips, rows)."""
    return [i for i in kiosk.all_items() if i.isVisible() and i.inherits("QQuickMouseArea") and i.width() > 0
            and not kiosk.in_keyboard(i)]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("text_step", [0, 2])
def test_labels_are_body_text_at_the_first_view_and_grow_as_the_visitor_zooms(start_kiosk, size, text_step):
    kiosk = start_kiosk(lang="en", screen="map", size=SIZES[size])
    kiosk.wait_for_screen("mapScreen")
    choose(kiosk, text_step)
    view = settled_view(kiosk)
    plan = floor_plan(kiosk)
    assert view.property("zoom") == pytest.approx(view.property("fitZoom"))
    body = theme(kiosk, "body")
    code_px, name_px = plan.label_pixels()
    assert code_px >= body and name_px >= theme(kiosk, "small")
    fitted = label_rects(kiosk)
    booths = kiosk.kiosk.floor_map.plan.booths
    shown = [b for b in booths if b in fitted]
    big = [b for b, booth in booths.items() if booth.rect.w >= 6]
    assert set(big) <= set(shown)  # every 6-metre booth shows its code at the first view
    if text_step == 0 and size == "landscape":
        assert len(shown) == len(booths)  # ...and every booth does in landscape at the normal size
    for booth_id in shown:  # a code is as tall as the body text's capitals
        assert fitted[booth_id][0].height() >= body * 0.7

    for _ in range(2):
        kiosk.tap("zoomIn")
    kiosk.qtbot.waitUntil(lambda: view.property("zoom") > view.property("fitZoom") * 2.5)
    settled_view(kiosk)
    assert plan.label_pixels()[0] > code_px and plan.label_pixels()[1] > name_px
    zoomed = label_rects(kiosk)
    assert min(zoomed[b][0].height() for b in booths if b in zoomed) > max(fitted[b][0].height() for b in shown)

    kiosk.tap("zoomReset")
    kiosk.qtbot.waitUntil(lambda: view.property("zoom") == pytest.approx(view.property("fitZoom")))
    settled_view(kiosk)
    assert plan.label_pixels() == (code_px, name_px)


def test_names_are_shown_whole_or_not_at_all(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="map", size=SIZES["portrait"])
    kiosk.wait_for_screen("mapScreen")
    settled_view(kiosk)
    plan, floor_map = floor_plan(kiosk), kiosk.kiosk.floor_map
    names = {}
    for owner, text, _box in plan.label_boxes():
        names.setdefault(owner, []).append(text)
    booths = floor_map.plan.booths
    for booth_id, texts in names.items():
        if booth_id in booths:
            booth = booths[booth_id]
            assert texts[0] == booth.code
            assert texts[1:] in ([], [booth.name["en"]], [booth.short_name]), texts
    assert any(len(texts) == 2 for texts in names.values())
    assert not any("…" in text for texts in names.values() for text in texts)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("kiosk_id", ["lobby", "front-west"])  # facing the back (upside down), facing a side (turned)
@pytest.mark.parametrize("text_step, reach", [(0, False), (2, True)])
def test_the_first_view_shows_the_whole_hall_with_nothing_over_it(start_kiosk, size, kiosk_id, text_step, reach):
    kiosk = start_kiosk(lang="th", screen="home", size=SIZES[size], kiosk_id=kiosk_id)
    choose(kiosk, text_step, reach)
    kiosk.tap("tile-map")
    kiosk.wait_for_screen("mapScreen")

    def uncovered():
        view = settled_view(kiosk)
        visible = scene_rect(view)
        pressable = [scene_rect(c) for c in controls(kiosk) if not view.isAncestorOf(c)]
        content = kiosk.visible_item("planContent")
        hall = kiosk.kiosk.floor_map.plan
        for booth in hall.booths.values():
            box = content.mapRectToScene(QRectF(booth.rect.x, booth.rect.y, booth.rect.w, booth.rect.h))
            assert visible.contains(box), f"{booth.code} is cut at the first view"
            assert not any(box.intersects(c) for c in pressable), f"{booth.code} is under a control"
        whole = content.mapRectToScene(QRectF(0, 0, *next((h.width, h.depth) for h in hall.halls.values())))
        assert visible.contains(whole)
        return whole

    first = uncovered()
    kiosk.tap("zoomIn")
    kiosk.drag(scene_rect(floor_view(kiosk)).center().toPoint(), QPoint(150, 80))
    kiosk.tap("zoomReset")
    view = floor_view(kiosk)
    kiosk.qtbot.waitUntil(lambda: view.property("zoom") == pytest.approx(view.property("fitZoom")))
    again = uncovered()
    assert (again.topLeft() - first.topLeft()).manhattanLength() < 1 and again.size() == first.size()
    if reach:  # the map's controls are within reach
        for control in controls(kiosk):
            if kiosk.screen().isAncestorOf(control):
                assert scene_rect(control).top() >= kiosk.window.height() * 0.3, control.parentItem().objectName()


def star(kiosk, entries):
    for kind, entity_id in entries:
        kiosk.kiosk.visit.toggleFavourite(kind, entity_id)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("text_step", [0, 2])
def test_the_walking_routes_numbers_keep_clear_of_every_label(start_kiosk, size, text_step):
    kiosk = start_kiosk(lang="en", screen="visit", size=SIZES[size])
    star(kiosk, [("exhibitor", "nec"), ("city", "manila"), ("city", "bangkok"), ("exhibitor", "cisco"),
                 ("city", "siem-reap"), ("exhibitor", "huawei")])
    choose(kiosk, text_step)
    kiosk.tap("walkingRoute")
    kiosk.wait_for_screen("mapScreen")
    for zoom_taps in (0, 1):
        for _ in range(zoom_taps):
            kiosk.tap("zoomIn")
        settled_view(kiosk)
        labels = [r for rects in label_rects(kiosk).values() for r in rects]
        assert labels
        markers = kiosk.find_all("stop-1") + [m for n in range(2, 7) for m in kiosk.find_all(f"stop-{n}")]
        assert len(markers) == 6
        for marker in markers:
            box = scene_rect(marker)
            assert not any(box.intersects(label) for label in labels), marker.objectName()


def test_the_walking_route_follows_the_visit_plan_and_the_language(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="tour")
    kiosk.wait_for_screen("mapScreen")
    assert not kiosk.screen().property("tour")["ok"]
    star(kiosk, [("city", "bangkok"), ("exhibitor", "nec")])
    kiosk.settle()
    assert [s["code"] for s in kiosk.screen().property("tour")["stops"]] == ["C21", "E07"]
    assert kiosk.visible_item("stop-2").isVisible()
    kiosk.tap("lang-th")
    kiosk.settle()
    assert kiosk.screen().property("tour")["stops"][0]["title"] == "กรุงเทพมหานคร"


@pytest.mark.parametrize("lang", ["en", "th"])
def test_the_key_tells_every_entry_apart_by_colour_or_mark(start_kiosk, lang):
    kiosk = start_kiosk(lang=lang, screen="map", size=SIZES["portrait"])
    kiosk.wait_for_screen("mapScreen")
    kiosk.tap("legendButton")
    entries = [e for e in kiosk.find_all("legendEntry") if e.isVisible()]
    looks = [(e.property("colour"), e.property("mark")) for e in entries]
    labels = [e.property("label") for e in entries]
    assert len(set(looks)) == len(looks) and len(set(labels)) == len(labels) and all(labels)
    plan = kiosk.kiosk.floor_map.plan
    kinds = {f.kind for f in plan.features} - {"aisle", "wall"}
    assert len(entries) == len({b.country_id for b in plan.booths.values() if b.owner_kind == "city"}) + len(
        {b.owner_kind for b in plan.booths.values() if b.owner_kind != "city"}) + len(kinds)
    boxes = [scene_rect(e) for e in entries]  # one entry a cell: none touches another
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    legend = scene_rect(kiosk.visible_item("legend"))
    assert all(legend.contains(b) for b in boxes)
    kiosk.tap("legendButton")
    assert not kiosk.item("legend").isVisible()


def route_qr_text(kiosk) -> list[str]:
    qr = kiosk.visible_item("routeQr")
    code = [i for i in kiosk.all_items(qr) if i.objectName() == "qrCode"][0]
    kiosk.qtbot.waitUntil(lambda: code.property("progress") == 1.0 and code.property("paintedWidth") > 0)
    settled_view(kiosk)
    window = QRectF(0, 0, kiosk.window.width(), kiosk.window.height())
    assert window.contains(scene_rect(qr))
    assert not scene_rect(qr).intersects(scene_rect(kiosk.item("navBar")))
    return [d.text for d in zxingcpp.read_barcodes(grab(kiosk))]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("text_step", [0, 2])
@pytest.mark.parametrize("reach", [False, True])
def test_the_route_qr_code_is_in_view_and_decodes_without_scrolling(start_kiosk, size, text_step, reach):
    lang = "th" if (size, text_step, reach) in (("portrait", 2, True), ("landscape", 0, False)) else "en"
    kiosk = start_kiosk(lang=lang, screen="map:c21", size=SIZES[size])
    kiosk.wait_for_screen("mapScreen")
    choose(kiosk, text_step, reach)
    kiosk.tap("directionsButton")
    assert route_qr_text(kiosk) == ["https://ascn2019.example.org/route?from=lobby&to=c21"]
    for name in ("stepFreeChip", "routeDetailsButton", "zoomIn", "legendButton"):
        top = scene_rect(kiosk.visible_item(name)).top()
        assert top >= (kiosk.window.height() * 0.3 if reach else 0), name


def test_step_free_is_carried_in_the_route_qr_code(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="map:e07")
    kiosk.wait_for_screen("mapScreen")
    kiosk.tap("directionsButton")
    fastest = route_qr_text(kiosk)
    kiosk.tap("stepFreeChip")
    step_free = route_qr_text(kiosk)
    assert fastest == ["https://ascn2019.example.org/route?from=lobby&to=e07"]
    assert step_free == ["https://ascn2019.example.org/route?from=lobby&to=e07&sf=1"]
    kiosk.tap("stepFreeChip")
    assert route_qr_text(kiosk) == fastest


def test_the_whole_hall_stays_in_view_when_the_screen_changes_size_until_the_visitor_moves_the_map(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="map", size=SIZES["landscape"])
    kiosk.wait_for_screen("mapScreen")
    view = settled_view(kiosk)
    height, fit = view.height(), view.property("fitZoom")
    choose(kiosk, 2, reach=True)  # the reach notice takes its line at the top: the map is shorter
    kiosk.qtbot.waitUntil(lambda: view.height() < height)
    assert view.property("fitZoom") < fit
    kiosk.qtbot.waitUntil(lambda: view.property("zoom") == pytest.approx(view.property("fitZoom")))
    hall = kiosk.visible_item("planContent")
    assert scene_rect(view).contains(hall.mapRectToScene(hall.boundingRect()))

    kiosk.drag(scene_rect(view).center().toPoint(), QPoint(120, 0))  # the visitor's own view is left alone
    moved = view.property("cx"), view.property("zoom")
    choose(kiosk, 0)
    kiosk.tap("accessibilityButton")
    kiosk.tap("reachMode")
    kiosk.tap("accessibilityDone")
    kiosk.qtbot.waitUntil(lambda: view.height() == height)
    kiosk.settle()
    assert (view.property("cx"), view.property("zoom")) == moved


@pytest.fixture
def two_halls(demo_db_file, tmp_path):
    """The demo show with Bangkok's booth moved up to a second hall, reached by the lift."""
    import json
    import shutil
    import sqlite3

    path = tmp_path / "two-halls.db"
    shutil.copyfile(demo_db_file, path)
    db = sqlite3.connect(path)
    db.execute("UPDATE hall_feature SET link = 'lift-a' WHERE id = 'hall-1-lift'")
    db.execute("INSERT INTO hall (id, name, width_m, depth_m, level, updated_at, updated_by) "
               "VALUES ('hall-2', ?, 30, 12, 9, 'now', 'test')", [json.dumps({"en": "Upper Gallery", "th": "ห้องชั้นบน"})])
    for fid, kind, x, y, w, h, link in [("h2-aisle", "aisle", 0, 0, 30, 3, None),
                                        ("h2-lift", "lift", 27, 3, 3, 3, "lift-a")]:
        db.execute("INSERT INTO hall_feature (id, hall_id, kind, name, x, y, w, h, link, updated_at, updated_by) "
                   "VALUES (?, 'hall-2', ?, ?, ?, ?, ?, ?, ?, 'now', 'test')",
                   [fid, kind, json.dumps({"en": kind, "th": kind}), x, y, w, h, link])
    db.execute("UPDATE booth SET hall_id = 'hall-2', x = 5, y = 3, w = 6, h = 4 WHERE id = 'c21'")
    db.commit()
    db.close()
    return path


def test_a_route_through_the_lift_shows_each_hall_in_turn(start_kiosk, two_halls):
    kiosk = start_kiosk(two_halls, lang="en", screen="map", size=SIZES["portrait"])
    kiosk.wait_for_screen("mapScreen")
    view = floor_view(kiosk)
    kiosk.tap("hall-hall-2")  # the hall chips under the map
    assert view.property("hallId") == "hall-2"
    kiosk.tap_at(booth_on_screen(kiosk, "c21"))
    assert card_code(kiosk) == "Booth C21"
    assert "Upper Gallery" in kiosk.texts_in(kiosk.visible_item("mapPanel"))[-1]
    kiosk.tap("directionsButton")
    assert [leg["hall"] for leg in kiosk.screen().property("route")["legs"]] == ["hall-1", "hall-2"]
    assert view.property("hallId") == "hall-1"
    assert not any(chip.isVisible() for chip in kiosk.find_all("hall-hall-2"))  # the route's parts instead
    kiosk.tap("leg-1")
    assert view.property("hallId") == "hall-2"
    assert route_qr_text(kiosk) == ["https://ascn2019.example.org/route?from=lobby&to=c21"]
