"""A visitor's session: favourites, the visit plan's QR codes, and forgetting everything after idling."""

import gc
import io
import weakref

import zxingcpp
from PIL import Image

from kiosk.core.catalog import qr as core_qr
from kiosk.ui.shell import memory


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def decode_payload(source: str) -> str:
    from urllib.parse import unquote

    payload = unquote(source.removeprefix("image://qr/"))
    png = core_qr.png(payload, 6)
    decoded = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    assert len(decoded) == 1
    return decoded[0].text



def test_favourites_make_a_visit_plan_with_both_qr_forms(start_kiosk):
    kiosk = start_kiosk(lang="th", screen="city:phnom-penh")
    kiosk.wait_for_screen("cityPage")
    kiosk.tap("favouriteButton")
    assert kiosk.kiosk.visit.favouriteCount == 1
    kiosk.tap("homeButton")
    kiosk.tap("tile-exhibitors")
    kiosk.wait_for_screen("exhibitorsScreen")
    kiosk.kiosk.visit.toggleFavourite("exhibitor", "huawei")
    kiosk.tap("visitButton")
    kiosk.wait_for_screen("visitScreen")
    rows = kiosk.kiosk.visit.visit.rows()
    assert [(r["kind"], r["booth_code"]) for r in rows] == [("city", "C03"), ("exhibitor", "E03")]

    qr = kiosk.visible_item("qrCode")
    kiosk.qtbot.waitUntil(lambda: qr.property("progress") == 1.0 and qr.property("paintedWidth") > 0)
    assert decode_payload(qr.property("source").toString()) == "https://ascn2019.example.org/plan?b=c03,e03"

    kiosk.tap("planFormText")
    kiosk.settle()
    text = decode_payload(kiosk.visible_item("qrCode").property("source").toString())
    assert text.splitlines() == ["ASCN 2019 — แผนการเยี่ยมชมของฉัน", "C03  พนมเปญ", "E03  หัวเว่ย"]


def test_the_star_can_be_taken_back(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="project:bang-sue-transport-hub")
    kiosk.wait_for_screen("projectPage")
    kiosk.tap("favouriteButton")
    assert kiosk.kiosk.visit.favouriteCount == 1
    kiosk.tap("favouriteButton")
    assert kiosk.kiosk.visit.favouriteCount == 0
    assert not kiosk.find_all("visitButton")[0].isVisible()


def starred(kiosk, row_name):
    row = kiosk.visible_item(row_name)
    return next(i for i in kiosk.all_items(row) if i.objectName() == "star").isVisible()


def test_a_starred_entry_shows_a_star_in_its_list(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="cities")
    kiosk.wait_for_screen("citiesScreen")
    assert not starred(kiosk, "city-battambang")
    for star in (True, False):  # the star on the page, then back to the list
        kiosk.tap("city-battambang")
        kiosk.wait_for_screen("cityPage")
        kiosk.tap("favouriteButton")
        kiosk.tap("backButton")
        kiosk.wait_for_screen("citiesScreen")
        assert starred(kiosk, "city-battambang") is star
        assert not starred(kiosk, "city-phnom-penh")
    for tile, screen, kind, rows in (("tile-exhibitors", "exhibitorsScreen", "exhibitor", kiosk.kiosk.browse.exhibitors),
                                     ("tile-projects", "projectsScreen", "project", kiosk.kiosk.browse.projects)):
        kiosk.tap("homeButton")
        kiosk.tap(tile)
        kiosk.wait_for_screen(screen)
        first, second = (row["id"] for row in rows.rows()[:2])
        for star in (True, False):  # while the list is on screen
            kiosk.kiosk.visit.toggleFavourite(kind, first)
            kiosk.settle()
            assert starred(kiosk, f"{kind}-{first}") is star
            assert not starred(kiosk, f"{kind}-{second}")


def rows_in_order(kiosk, list_name):
    """The rows a list shows, top to bottom."""
    view = kiosk.visible_item(list_name)
    rows = [i for i in view.property("contentItem").childItems() if i.isVisible() and i.property("badge") is not None]
    return sorted(rows, key=lambda i: i.y())


def test_my_visit_lists_its_places_in_the_order_of_its_walking_route(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="home")
    for kind, entity_id in [("city", "battambang"), ("city", "phnom-penh"), ("city", "siem-reap"),
                            ("exhibitor", "nstda"), ("city", "bangkok"), ("project", "bang-sue-transport-hub")]:
        kiosk.kiosk.visit.toggleFavourite(kind, entity_id)
    kiosk.tap("visitButton")
    kiosk.wait_for_screen("visitScreen")
    listed = list(dict.fromkeys(row.property("badge") for row in rows_in_order(kiosk, "visitList")))
    kiosk.tap("walkingRoute")
    kiosk.wait_for_screen("mapScreen")
    stops = [kiosk.visible_item(f"tourStop-{n}").property("badge")
             for n in range(1, len(kiosk.screen().property("tour")["stops"]) + 1)]
    assert len(stops) >= 4
    assert listed[:len(stops)] == stops


def test_idle_overlay_continue_keeps_the_session(start_kiosk):
    clock = FakeClock()
    kiosk = start_kiosk(lang="th", screen="home", idle_seconds=60, idle_clock=clock)
    kiosk.tap("lang-en")
    kiosk.kiosk.visit.toggleFavourite("city", "bangkok")
    clock.now += 59
    kiosk.kiosk.idle.tick()
    assert not kiosk.item("idleOverlay").isVisible()
    clock.now += 2
    kiosk.kiosk.idle.tick()
    kiosk.settle()
    assert kiosk.item("idleOverlay").isVisible()
    countdown = kiosk.item("idleCountdown").property("text")
    assert "20" in countdown
    kiosk.tap("idleContinue")
    kiosk.settle()
    assert not kiosk.item("idleOverlay").isVisible()
    assert kiosk.kiosk.show.lang == "en"
    assert kiosk.kiosk.visit.favouriteCount == 1
    assert kiosk.screen_name() == "homeScreen"


def test_the_countdown_forgets_the_visitor(start_kiosk):
    clock = FakeClock()
    kiosk = start_kiosk(lang="th", screen="home", idle_seconds=60, idle_clock=clock)
    kiosk.tap("lang-en")
    kiosk.tap("tile-search")
    kiosk.wait_for_screen("searchScreen")
    kiosk.tap("searchField")
    kiosk.type_on_keyboard("phu")
    assert kiosk.kiosk.search.results.rows()
    kiosk.kiosk.visit.toggleFavourite("city", "phuket")
    kiosk.kiosk.browse.filterCities("thailand", "")
    clock.now += 61
    kiosk.kiosk.idle.tick()
    assert not kiosk.kiosk.idle.warning, "the keyboard is open: the visitor gets longer"
    clock.now += 60
    kiosk.kiosk.idle.tick()
    assert kiosk.kiosk.idle.warning
    clock.now += 10
    kiosk.kiosk.idle.tick()
    assert kiosk.kiosk.idle.secondsLeft == 10
    clock.now += 10
    kiosk.kiosk.idle.tick()
    kiosk.wait_for_screen("attractScreen")
    k = kiosk.kiosk
    assert k.show.lang == "th"
    assert k.visit.favouriteCount == 0
    assert k.search.searchText == "" and k.search.results.rows() == []
    assert len(k.browse.cities.rows()) == 26, "filters are cleared"
    assert not any(k.isVisible() for k in kiosk.find_all("keyboard"))
    kiosk.tap("attractTouch")
    kiosk.wait_for_screen("homeScreen")
    kiosk.tap("tile-search")
    kiosk.wait_for_screen("searchScreen")
    assert kiosk.visible_item("searchField").property("text") == ""


class Node:
    pass


def test_what_a_kiosk_keeps_is_off_the_collector_until_the_visitor_walks_away(start_kiosk):
    clock = FakeClock()
    kiosk = start_kiosk(lang="en", screen="home", idle_seconds=60, idle_clock=clock)
    assert gc.get_freeze_count() > 0, "what the started kiosk holds is frozen"
    left = Node()
    left.me = left  # a cycle, frozen while alive, then let go (as an old floor plan is after a publish)
    gone = weakref.ref(left)
    memory.settle()
    del left
    gc.collect()
    assert gone() is not None
    for _ in range(3):  # the idle countdown runs out
        clock.now += 61
        kiosk.kiosk.idle.tick()
    kiosk.wait_for_screen("attractScreen")
    kiosk.qtbot.waitUntil(lambda: gone() is None, timeout=memory.AFTER_MS + 3000)
    assert gc.get_freeze_count() > 0


def test_every_touch_counts_as_activity(start_kiosk):
    clock = FakeClock()
    kiosk = start_kiosk(lang="en", screen="home", idle_seconds=60, idle_clock=clock)
    clock.now += 50
    kiosk.tap("tile-cities")
    clock.now += 50
    kiosk.kiosk.idle.tick()
    assert not kiosk.kiosk.idle.warning


def test_the_qr_images_a_day_of_visitors_asks_for_stay_few(qapp):
    from PySide6.QtCore import QSize

    from kiosk.ui.common import providers

    provider = providers.QrImageProvider()
    size = QSize()
    plans = [f"https://ascn2019.example/plan?b={i:03d}" for i in range(3 * providers.QR_IMAGES_KEPT)]
    images = [provider.requestImage(payload, size, QSize(440, 440)) for payload in plans]
    assert len(provider._cache) == providers.QR_IMAGES_KEPT, "every visitor's plan code used to be kept"
    again = provider.requestImage(plans[-1], size, QSize(440, 440))
    assert again.cacheKey() == images[-1].cacheKey(), "the code just shown is drawn once"
    first = provider.requestImage(plans[0], size, QSize(440, 440))
    assert first.cacheKey() != images[0].cacheKey() and first == images[0], "a forgotten code is drawn again, the same"
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert first.save(buffer, "PNG")
    decoded = zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(buffer.data()))))
    assert [code.text for code in decoded] == [plans[0]]
