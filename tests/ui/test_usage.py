"""Anonymous usage counts from a scripted visitor at the real QML: what `kiosk stats` then reports."""

import datetime
import shutil

from kiosk.core.access import auth
from kiosk.core.analytics import events
from kiosk.core.store import database as kdb


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_a_scripted_visitor_is_counted(start_kiosk, demo_db_file, tmp_path):
    idle_clock = Clock()
    path = tmp_path / "analytics.db"
    kiosk = start_kiosk(lang="th", screen="attract", kiosk_id="front-west", idle_seconds=60, idle_clock=idle_clock,
                        analytics_path=path)
    kiosk.tap("attractTouch")                      # the visitor arrives: a session starts
    kiosk.wait_for_screen("homeScreen")
    kiosk.tap("lang-en")
    kiosk.tap("tile-search")
    kiosk.wait_for_screen("searchScreen")
    kiosk.tap("searchField")
    kiosk.type_on_keyboard("huawei")
    kiosk.tap("result-exhibitor-huawei")           # a page, with its QR code
    kiosk.wait_for_screen("exhibitorPage")
    kiosk.tap("showOnMap")
    kiosk.wait_for_screen("mapScreen")
    kiosk.tap("directionsButton")                  # the route's QR code
    kiosk.qtbot.waitUntil(lambda: kiosk.visible_item("routeQr").isVisible())
    idle_clock.now += 61
    kiosk.kiosk.idle.tick()
    idle_clock.now += 21
    kiosk.kiosk.idle.tick()
    kiosk.wait_for_screen("attractScreen")         # the countdown ran out: an idle reset ends the session
    kiosk.kiosk.usage.recorder.flush()

    with kdb.connect(demo_db_file) as content:
        counts = events.stats([path], content_db=content)
    screens = {s["screen"]: s["count"] for s in counts["screens"]}
    assert screens == {"home": 1, "search": 1, "exhibitor": 1, "map": 1}
    pages = {(p["type"], p["id"]): p["count"] for p in counts["pages"]}
    assert pages == {("exhibitor", "huawei"): 1, ("booth", "e03"): 1}
    assert {(q["type"], q["id"]) for q in counts["qr"]} == {("exhibitor", "huawei"), ("route", "e03")}
    assert counts["searches"]["count"] == 1 and counts["searches"]["top_queries"] == []  # no text unless enabled
    assert counts["languages"] == [{"lang": "en", "sessions": 1}]
    assert counts["language_switches"] == [{"lang": "en", "count": 1}]
    assert counts["sessions"]["count"] == 1
    assert counts["idle_resets"] == 1
    assert [k["kiosk_id"] for k in counts["kiosks"]] == ["front-west"]
    named = {p["id"]: p["name_th"] for p in counts["pages"]}
    assert named["huawei"] == "หัวเว่ย"  # named from the content database


def test_staff_screens_are_not_counted(start_kiosk, demo_db_file, tmp_path):
    db_path = tmp_path / "staff.db"
    shutil.copyfile(demo_db_file, db_path)
    with kdb.connect(db_path) as db:
        pin = auth.set_organizer_pin(db, auth.load_pepper(tmp_path / "pepper"), "test")
    path = tmp_path / "analytics.db"
    kiosk = start_kiosk(db_path, lang="en", screen="home", analytics_path=path, pepper_path=tmp_path / "pepper")
    assert kiosk.kiosk.staff.signIn("organizer", pin)
    kiosk.evaluate(kiosk.screen(), 'Nav.open("staff", ""), true')
    kiosk.wait_for_screen("staffHomeScreen")
    kiosk.tap("adminButton")
    kiosk.wait_for_screen("staffAdminScreen")
    kiosk.kiosk.usage.recorder.flush()
    screens = {s["screen"] for s in events.stats([path])["screens"]}
    assert not any(s.startswith("staff") for s in screens)


def test_usage_is_written_within_seconds_without_a_tap_waiting(start_kiosk, tmp_path):
    path = tmp_path / "analytics.db"
    kiosk = start_kiosk(lang="en", screen="home", analytics_path=path)
    kiosk.tap("tile-cities")
    kiosk.wait_for_screen("citiesScreen")
    recorder = kiosk.kiosk.usage.recorder
    assert recorder.pending > 0  # in memory after the tap
    kiosk.qtbot.waitUntil(lambda: recorder.pending == 0, timeout=8000)  # the flush timer wrote it
    started = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=1)
    assert {s["screen"] for s in events.stats([path], since=started)["screens"]} == {"home", "cities"}


def test_a_language_switch_does_not_count_the_search_again(start_kiosk, tmp_path):
    now = [datetime.datetime(2019, 8, 23, 3, 0, tzinfo=datetime.timezone.utc)]
    path = tmp_path / "analytics.db"
    kiosk = start_kiosk(lang="th", screen="search", analytics_path=path, analytics_clock=lambda: now[0])
    show, search = kiosk.kiosk.show, kiosk.kiosk.search
    assert search.search("bangkok") > 0
    now[0] += datetime.timedelta(seconds=30)  # longer than one typed search lasts
    assert show.setLanguage("en")  # the results are shown again in English
    assert search.results.rows()
    now[0] += datetime.timedelta(seconds=30)
    kiosk.kiosk.usage.recorder.flush()
    assert events.stats([path])["searches"]["count"] == 1
