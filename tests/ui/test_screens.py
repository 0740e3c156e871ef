"""The screens' promises: language, Thai order, plain text, the lock, fonts, the programme clock."""

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QRawFont
from PySide6.QtTest import QTest

from kiosk.core.common import assets, collation, languages
from kiosk.core.store import database as kdb
from kiosk.core.store import writer
from kiosk.ui import app as ui
from tests.ui.conftest import Driver


def tile_title(kiosk, name):
    texts = kiosk.texts_in(kiosk.visible_item(name))
    return texts[-2]  # the figure (if any), the title, then the caption


def test_language_switches_strings_and_content_without_restart(start_kiosk):
    kiosk = start_kiosk(lang="th", screen="home")
    assert tile_title(kiosk, "tile-cities") == "เมือง"
    assert "การประชุมสัมมนาและนิทรรศการนานาชาติเครือข่ายเมืองอัจฉริยะอาเซียน" in kiosk.texts()
    window = kiosk.window
    kiosk.tap("lang-en")
    kiosk.settle()
    assert kiosk.window is window
    assert tile_title(kiosk, "tile-cities") == "Cities"
    assert any(t.startswith("ASEAN Smart Cities Network") for t in kiosk.texts())
    assert "Back" in " ".join(kiosk.texts_in(kiosk.visible_item("backButton")))
    kiosk.tap("lang-th")
    kiosk.settle()
    assert tile_title(kiosk, "tile-cities") == "เมือง"


def test_switching_languages_all_day_keeps_one_catalogue_per_language(start_kiosk):
    from PySide6.QtCore import QCoreApplication, QTranslator

    kiosk = start_kiosk(lang="th", screen="home")
    before = len(QCoreApplication.instance().findChildren(QTranslator))  # earlier tests' kiosks share the app
    for _ in range(10):
        for lang in ("lang-en", "lang-th"):
            kiosk.tap(lang)
            kiosk.settle()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    translators = QCoreApplication.instance().findChildren(QTranslator)
    assert len(translators) <= before + 1, f"{len(translators) - before} more catalogues after 20 switches"
    assert tile_title(kiosk, "tile-cities") == "เมือง"


def test_an_open_page_follows_the_language(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="city:chonburi")
    kiosk.wait_for_screen("cityPage")
    assert kiosk.visible_item("pageTitle").property("text") == "Chonburi"
    kiosk.tap("lang-th")
    kiosk.settle()
    assert kiosk.visible_item("pageTitle").property("text") == "ชลบุรี"


@pytest.fixture
def private_db(demo_db_file, tmp_path) -> Path:
    path = tmp_path / "private.db"
    shutil.copyfile(demo_db_file, path)
    return path


def test_thai_exhibitors_follow_dictionary_order_not_code_points(start_kiosk, private_db):
    with kdb.connect(private_db) as db:
        for oid, th in (("zz-da-nang-tech", "ดานัง เทค"), ("zz-chiang-mai-smart", "เชียงใหม่ สมาร์ท")):
            writer.save(db, "organisation", {"id": oid, "kind": "exhibitor", "name": {"en": oid, "th": th}}, "test")
    kiosk = start_kiosk(private_db, lang="th", screen="exhibitors")
    kiosk.wait_for_screen("exhibitorsScreen")
    names = [row["name"] for row in kiosk.kiosk.browse.exhibitors.rows()]
    # ช (in เชียงใหม่, after its leading vowel) comes before ด in Thai; by code point เ (U+0E40) sorts last.
    assert names.index("เชียงใหม่ สมาร์ท") < names.index("ดานัง เทค")
    assert sorted(["เชียงใหม่ สมาร์ท", "ดานัง เทค"]) == ["ดานัง เทค", "เชียงใหม่ สมาร์ท"]
    letters = [entry["letter"] for entry in kiosk.kiosk.browse.exhibitorLetters]
    assert "ช" in letters and "ด" in letters and "เ" not in letters
    assert letters.index("ช") < letters.index("ด")


def test_content_is_never_rendered_as_markup(start_kiosk, private_db):
    hostile = '<b>x</b><img src="http://example.org/a.png">'
    with kdb.connect(private_db) as db:
        writer.save(db, "organisation", {"id": "huawei", "description": {"en": hostile, "th": hostile}}, "test")
    kiosk = start_kiosk(private_db, lang="en", screen="exhibitor:huawei")
    kiosk.wait_for_screen("exhibitorPage")
    assert hostile in kiosk.texts()
    texts = [i for i in kiosk.all_items() if i.inherits("QQuickText") and i.property("text") == hostile]
    assert texts and all(kiosk.evaluate(i, "textFormat === Text.PlainText") for i in texts)


def test_every_text_item_is_plain_text(start_kiosk):
    for screen in ("attract", "home", "cities", "exhibitors", "projects", "programme", "city:yangon"):
        kiosk = start_kiosk(lang="th", screen=screen)
        kiosk.settle()
        # Qt Virtual Keyboard's own key labels are not content
        texts = [i for i in kiosk.all_items() if i.inherits("QQuickText") and not kiosk.in_keyboard(i)]
        rich = [i.property("text") for i in texts if not kiosk.evaluate(i, "textFormat === Text.PlainText")]
        assert texts and rich == [], screen


def test_the_kiosk_cannot_be_closed_from_the_screen(start_kiosk, qtbot):
    kiosk = start_kiosk(lang="th", windowed=False)
    window = kiosk.window
    assert window.flags() & Qt.WindowType.FramelessWindowHint
    event = QCloseEvent()
    assert kiosk.kiosk.lock.eventFilter(window, event) is True
    assert not event.isAccepted()
    window.close()
    qtbot.wait(50)
    assert window.isVisible()
    for key, modifiers in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                           (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
                           (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
                           (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)):
        QTest.keyClick(window, key, modifiers)
        qtbot.wait(20)
        assert window.isVisible()
    assert kiosk.kiosk.app.overrideCursor() is not None
    assert kiosk.kiosk.app.overrideCursor().shape() == Qt.CursorShape.BlankCursor
    kiosk.kiosk.app.restoreOverrideCursor()


def test_the_lock_lets_ordinary_keys_through():
    lock = ui.KioskLock()
    from PySide6.QtGui import QKeyEvent

    assert lock.eventFilter(None, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")) is False
    assert lock.eventFilter(None, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)) is True


def bundled_fonts():
    return [QRawFont(str(path), 20) for path in sorted(ui.FONTS_DIR.glob("*.ttf"))]


@pytest.mark.parametrize("screen", ["attract", "home", "cities", "exhibitors", "projects", "programme",
                                    "city:phnom-penh", "city:vientiane", "city:yangon", "city:singapore",
                                    "project:bang-sue-transport-hub", "exhibitor:nstda"])
def test_every_character_on_screen_is_in_a_bundled_font(start_kiosk, screen):
    fonts = bundled_fonts()
    assert len(fonts) >= 7 and all(f.isValid() for f in fonts)
    for lang in ("th", "en"):
        kiosk = start_kiosk(lang=lang, screen=screen)
        kiosk.settle()
        missing = {ch for text in kiosk.texts() for ch in text
                   if not ch.isspace() and not any(f.supportsCharacter(ord(ch)) for f in fonts)}
        assert missing == set(), f"{screen} ({lang}) shows characters no bundled font has: {missing}"




def test_programme_marks_now_and_next_against_the_demo_clock(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="programme", clock_start="2019-08-23T11:05")
    kiosk.wait_for_screen("programmeScreen")
    states = {row["id"]: row["state"] for row in kiosk.kiosk.programme.sessions.rows()}
    assert states["visa-toward-smart-economy"] == "now"
    assert states["grab-toward-smart-mobility"] == "next"
    assert {s for s, v in states.items() if v} == {"visa-toward-smart-economy", "grab-toward-smart-mobility"}
    badges = [kiosk.texts_in(i) for i in kiosk.find_all("stateBadge") if i.isVisible()]
    assert ["Now"] in badges or any("Now" in b for b in badges)
    kiosk.tap("day-2019-08-24")
    kiosk.settle()
    days = {row["day"] for row in kiosk.kiosk.programme.sessions.rows()}
    assert days == {"2019-08-24"}


@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_short_session_card_holds_its_badge_at_every_text_size(start_kiosk, lang):
    kiosk = start_kiosk(lang=lang, screen="programme", clock_start="2019-08-24T10:50")
    kiosk.wait_for_screen("programmeScreen")
    for step in ("textSize-0", "textSize-1", "textSize-2"):
        kiosk.tap("accessibilityButton")
        kiosk.tap(step)
        kiosk.tap("accessibilityDone")
        kiosk.settle()
        cards = {}
        for badge in kiosk.find_all("stateBadge"):
            card = badge.parentItem().parentItem().parentItem()
            if badge.isVisible() and kiosk.screen().isAncestorOf(badge):
                pill = badge.parentItem()
                box = pill.mapRectToItem(card, pill.boundingRect())
                cards[card.objectName()] = (box.top() >= 0 and box.bottom() <= card.height(), box, card.height())
        assert "session-problem-solution-matching" in cards, "the short card (a title and a room) has its badge"
        assert all(inside for inside, _, _ in cards.values()), (step, cards)


# Each language's script, as code point ranges: every translation of a catalogue in it has at least one letter of it
# (a Latin-script language: most of its translations differ from the English).
SCRIPT_RANGES = {
    "th": [(0x0E00, 0x0E7F)], "km": [(0x1780, 0x17FF)], "lo": [(0x0E80, 0x0EFF)], "my": [(0x1000, 0x109F)],
    "ta": [(0x0B80, 0x0BFF)], "zh": [(0x4E00, 0x9FFF)], "ja": [(0x3040, 0x30FF), (0x4E00, 0x9FFF)],
    "ko": [(0xAC00, 0xD7A3)],
}


def translations_of(message) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if message.get("numerus") == "yes" else [translation.text or ""]


def test_translation_catalogues_are_complete_and_current(tmp_path):
    import re
    import subprocess
    import sys

    qml = sorted(str(p) for p in (Path(ui.__file__).parent / "qml").rglob("*.qml"))
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *qml, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {m.findtext("source") for m in ET.parse(fresh).iter("message")}
    assert len(wanted) > 40
    present = sorted(p.stem.removeprefix("kiosk_") for p in (assets.ASSETS / "i18n").glob("kiosk_*.ts"))
    assert {"th", "en"} <= set(present) <= set(languages.SCREEN_LANGUAGES)
    for lang in present:
        catalogue = ET.parse(assets.ASSETS / "i18n" / f"kiosk_{lang}.ts")
        assert catalogue.getroot().get("language", "").split("_")[0] == lang
        assert (assets.ASSETS / "i18n" / f"kiosk_{lang}.qm").is_file(), f"kiosk_{lang}.ts is not compiled"
        messages = list(catalogue.iter("message"))
        have = {m.findtext("source") for m in messages}
        assert wanted <= have, f"kiosk_{lang}.ts lacks: {sorted(wanted - have)}"
        unfinished = [m.findtext("source") for m in messages
                      if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
                      or "" in translations_of(m)]
        assert unfinished == [], f"kiosk_{lang}.ts: untranslated {unfinished}"
        for m in messages:  # every placeholder of the English text is in its translation (a singular may say "one")
            source, texts = m.findtext("source"), translations_of(m)
            for text in texts:
                assert set(re.findall(r"%[1-9]", text)) == set(re.findall(r"%[1-9]", source)), \
                    f"kiosk_{lang}.ts: {source!r} -> {text!r}"
            assert ("%n" in texts[-1]) == ("%n" in source), f"kiosk_{lang}.ts: {source!r} -> {texts[-1]!r}"
        worded = [m for m in messages if re.sub(r"%[1-9n]|[^\w]", "", m.findtext("source")) not in ("", "Aa")]
        if lang in SCRIPT_RANGES:
            foreign = [m.findtext("source") for m in worded
                       if not any(low <= ord(ch) <= high for text in translations_of(m) for ch in text
                                  for low, high in SCRIPT_RANGES[lang])]
            assert foreign == [], f"kiosk_{lang}.ts: not in its script: {foreign}"
        elif lang != "en":
            copied = [m.findtext("source") for m in worded if translations_of(m)[0] == m.findtext("source")]
            assert len(copied) < len(worded) * 0.1, f"kiosk_{lang}.ts: English copied: {copied}"


def test_index_letter_skips_thai_leading_vowels():
    assert collation.index_letter("เชียงใหม่") == "ช"
    assert collation.index_letter("ไทย") == "ท"
    assert collation.index_letter("bangkok") == "B"
    assert collation.index_letter("3M") == "#"


def test_attract_slides_show_every_city_in_its_script_without_warnings(start_kiosk):
    kiosk = start_kiosk(lang="th", screen="attract")
    screen = kiosk.screen()
    slides = kiosk.kiosk.browse.featured
    assert len(slides) == 26
    shown = set()
    for index in range(len(slides)):
        screen.setProperty("slide", index)
        kiosk.settle()
        shown.update(kiosk.texts())
    assert "ភ្នំពេញ" in shown and "ວຽງຈັນ" in shown and "ရန်ကုန်" in shown


def test_attract_touch_and_language_buttons(start_kiosk):
    kiosk = start_kiosk(lang="th", screen="attract")
    kiosk.tap("attract-lang-en")
    kiosk.wait_for_screen("homeScreen")
    assert kiosk.kiosk.show.lang == "en"
    assert tile_title(kiosk, "tile-cities") == "Cities"


def test_programme_opens_at_what_is_on_now(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="programme", clock_start="2019-08-23T16:05")
    kiosk.wait_for_screen("programmeScreen")
    rows = kiosk.kiosk.programme.sessions.rows()
    now_row = next(i for i, row in enumerate(rows) if row["state"] == "now")
    assert rows[now_row]["id"] == "ppp-case-study"
    assert kiosk.kiosk.programme.programmeFocusRow == now_row > 3
    session = kiosk.visible_item("session-ppp-case-study")
    view = kiosk.visible_item("sessionList")
    assert kiosk._inside(view, session), "the session on now is scrolled into view"


@pytest.mark.parametrize("screen", ["attract", "home", "cities", "exhibitors", "projects", "programme", "map",
                                    "city:bangkok", "exhibitor:depa", "project:bang-sue-transport-hub"])
def test_every_interactive_item_has_an_automation_id(start_kiosk, screen):
    kiosk = start_kiosk(lang="th", screen=screen)
    kiosk.settle()
    assert kiosk.screen().objectName().endswith(("Screen", "Page")), "screen roots are named"
    unnamed = []
    for item in kiosk.all_items():
        if not item.isVisible() or not (item.inherits("QQuickAbstractButton") or item.inherits("QQuickMouseArea")):
            continue
        if not (item.objectName() or (item.parentItem() and item.parentItem().objectName())):
            unnamed.append(item.metaObject().className())
    assert unnamed == []


def test_the_clock_ticking_does_not_scroll_the_programme_back(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="programme", clock_start="2019-08-23T10:35")
    kiosk.wait_for_screen("programmeScreen")
    view = kiosk.visible_item("sessionList")
    kiosk.swipe_until_visible("sessionList", "session-visualizing-the-city")
    scrolled = view.property("contentY")
    assert scrolled > 0
    for _ in range(3):
        kiosk.kiosk.programme.tick()
        kiosk.settle()
    assert view.property("contentY") == scrolled


MADE_AHEAD = 8  # the four lists and a page of each kind


def test_an_entry_s_page_is_made_ahead_and_the_tap_gives_it_its_entry(start_kiosk):
    import zxingcpp

    from tests.ui.test_journey import grab

    kiosk = start_kiosk(lang="en", screen="cities")
    kiosk.wait_for_screen("citiesScreen")
    shelf = kiosk.item("spareShelf")
    kiosk.qtbot.waitUntil(lambda: "cityPage" in [item.objectName() for item in shelf.childItems()], timeout=5000)
    spare = next(item for item in shelf.childItems() if item.objectName() == "cityPage")
    assert spare.property("entityId") == ""

    kiosk.tap("city-phnom-penh")
    kiosk.wait_for_screen("cityPage")
    assert kiosk.screen() is spare, "the tap showed the page made ahead"
    assert spare.property("entityId") == "phnom-penh"
    assert kiosk.visible_item("pageTitle").property("text") == "Phnom Penh"
    qr = kiosk.visible_item("qrCode")
    kiosk.qtbot.waitUntil(lambda: qr.property("progress") == 1.0 and qr.property("paintedWidth") > 0)
    assert [r.text for r in zxingcpp.read_barcodes(grab(kiosk))] == ["https://ascn2019.example.org/city/phnom-penh"]

    kiosk.tap("backButton")
    kiosk.wait_for_screen("citiesScreen")
    kiosk.qtbot.waitUntil(lambda: "cityPage" in [item.objectName() for item in shelf.childItems()], timeout=5000)
    other = next(row for row in kiosk.kiosk.browse.cities.rows() if row["id"] != "phnom-penh")
    kiosk.tap(f"city-{other['id']}")
    kiosk.wait_for_screen("cityPage")
    assert kiosk.screen() is not spare, "every opening is a page never shown before"
    assert kiosk.screen().property("entityId") == other["id"]
    assert kiosk.visible_item("pageTitle").property("text") == other["name"]


def test_list_screens_are_made_ahead_and_every_opening_is_fresh(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="home")
    shelf = kiosk.item("spareShelf")
    kiosk.qtbot.waitUntil(lambda: len(shelf.childItems()) == MADE_AHEAD, timeout=5000)
    made_ahead = {item.objectName(): item for item in shelf.childItems()}
    assert set(made_ahead) == {"citiesScreen", "exhibitorsScreen", "projectsScreen", "programmeScreen",
                               "cityPage", "exhibitorPage", "projectPage", "sessionPage"}
    everyone = len(kiosk.kiosk.browse.cities.rows())

    kiosk.tap("tile-cities")
    kiosk.wait_for_screen("citiesScreen")
    assert kiosk.screen() is made_ahead["citiesScreen"], "the tap showed the screen made ahead"
    kiosk.swipe_until_visible("countryChips", "country-thailand")
    kiosk.tap("country-thailand")
    kiosk.settle()
    assert 0 < len(kiosk.kiosk.browse.cities.rows()) < everyone
    kiosk.tap("homeButton")
    kiosk.wait_for_screen("homeScreen")
    kiosk.qtbot.waitUntil(lambda: len(shelf.childItems()) == MADE_AHEAD, timeout=5000)  # a new one for the used one

    kiosk.tap("tile-cities")
    kiosk.wait_for_screen("citiesScreen")
    assert kiosk.screen() is not made_ahead["citiesScreen"]
    assert kiosk.screen().property("country") == "", "the second opening does not keep the first one's choice"
    assert len(kiosk.kiosk.browse.cities.rows()) == everyone
    assert kiosk.visible_item("country-all").property("selected")


def test_a_list_screen_made_ahead_has_its_first_rows_before_the_tap_and_follows_the_window(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="home")
    shelf = kiosk.item("spareShelf")
    kiosk.qtbot.waitUntil(lambda: len(shelf.childItems()) == MADE_AHEAD, timeout=5000)
    spare = next(item for item in shelf.childItems() if item.objectName() == "exhibitorsScreen")
    assert (spare.width(), spare.height()) == (shelf.width(), shelf.height()) > (0, 0)
    first = kiosk.kiosk.browse.exhibitors.rows()[0]["id"]
    assert f"exhibitor-{first}" in [item.objectName() for item in kiosk.all_items(spare)], "made ahead, not at the tap"

    kiosk.tap("tile-exhibitors")
    kiosk.wait_for_screen("exhibitorsScreen")
    assert kiosk.screen() is spare
    assert kiosk.visible_item(f"exhibitor-{first}")
    kiosk.window.resize(1080, 1920)  # turned to portrait while it shows
    kiosk.qtbot.waitUntil(lambda: spare.width() == shelf.width() < spare.height() == shelf.height())
    row = kiosk.visible_item(f"exhibitor-{first}")
    assert row.width() < shelf.width()
    kiosk.tap(f"exhibitor-{first}")
    kiosk.wait_for_screen("exhibitorPage")


def test_a_worker_running_python_hands_the_interpreter_to_the_screens_within_a_millisecond(start_kiosk):
    import sys

    sys.setswitchinterval(0.005)  # Python's own
    start_kiosk(lang="en", screen="home")
    assert sys.getswitchinterval() <= 0.001


def test_no_screen_is_made_ahead_under_one_of_its_kind(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="exhibitors")  # opened at once: made as the tap came, not ahead
    kiosk.wait_for_screen("exhibitorsScreen")
    everyone = len(kiosk.kiosk.browse.exhibitors.rows())
    kiosk.tap("kind-partner_delegation")
    chosen = len(kiosk.kiosk.browse.exhibitors.rows())
    assert 0 < chosen < everyone
    shelf = kiosk.item("spareShelf")
    kiosk.qtbot.waitUntil(lambda: len(shelf.childItems()) == MADE_AHEAD - 1, timeout=5000)
    kiosk.qtbot.wait(500)
    assert "exhibitorsScreen" not in [item.objectName() for item in shelf.childItems()]
    assert len(kiosk.kiosk.browse.exhibitors.rows()) == chosen, "a new screen made ahead would show everyone"


def test_a_tap_on_a_letter_of_the_index_brings_its_exhibitors_to_the_top(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="exhibitors")
    kiosk.wait_for_screen("exhibitorsScreen")
    letters = kiosk.kiosk.browse.exhibitorLetters
    last = letters[5]  # one the index shows without scrolling itself
    first_of_last = kiosk.kiosk.browse.exhibitors.rows()[last["row"]]["id"]
    kiosk.tap("letter-" + last["letter"])
    list_view = kiosk.visible_item("exhibitorList")
    kiosk.qtbot.waitUntil(lambda: list_view.property("contentY") > 0)
    row = kiosk.visible_item("exhibitor-" + first_of_last)
    assert Driver._inside(list_view, row)
