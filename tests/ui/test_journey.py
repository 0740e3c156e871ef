"""A visitor at the screen: real QML, real taps, real QR decoding."""

import zxingcpp
from PIL import Image
from PySide6.QtGui import QImage


def grab(driver) -> Image.Image:
    image = driver.window.grabWindow().convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(image.constBits())
    return Image.frombuffer("RGB", (image.width(), image.height()), data, "raw", "RGB", image.bytesPerLine(), 1)


def test_attract_to_bangkok_and_its_qr_code(start_kiosk, qtbot):
    kiosk = start_kiosk(lang="en")
    kiosk.wait_for_screen("attractScreen")
    kiosk.tap("attractTouch")
    kiosk.wait_for_screen("homeScreen")
    kiosk.tap("tile-cities")
    kiosk.wait_for_screen("citiesScreen")
    kiosk.swipe_until_visible("countryChips", "country-thailand")
    kiosk.tap("country-thailand")
    kiosk.tap("city-bangkok")
    kiosk.wait_for_screen("cityPage")
    assert kiosk.visible_item("pageTitle").property("text") == "Bangkok"
    assert kiosk.visible_item("boothCode").property("text") == "C21"
    qr = kiosk.visible_item("qrCode")
    qtbot.waitUntil(lambda: qr.property("progress") == 1.0 and qr.property("paintedWidth") > 0)
    decoded = zxingcpp.read_barcodes(grab(kiosk))
    assert [d.text for d in decoded] == ["https://ascn2019.example.org/city/bangkok"]
    assert kiosk.visible_item("qrAddress").property("text") == "ascn2019.example.org/city/bangkok"

    kiosk.tap("backButton")
    kiosk.wait_for_screen("citiesScreen")
    kiosk.tap("homeButton")
    kiosk.wait_for_screen("homeScreen")


def test_qr_is_crisp_and_at_least_8_cm(start_kiosk, qtbot):
    kiosk = start_kiosk(lang="en", screen="project:bang-sue-transport-hub")
    kiosk.wait_for_screen("projectPage")
    qr = kiosk.visible_item("qrCode")
    qtbot.waitUntil(lambda: qr.property("progress") == 1.0 and qr.property("paintedWidth") > 0)
    from kiosk.core.catalog import qr as core_qr

    modules = len(core_qr.matrix("https://ascn2019.example.org/project/bang-sue-transport-hub"))
    width = int(qr.property("paintedWidth"))
    assert width % modules == 0, "whole pixels per module"
    mm = max(3.5, kiosk.window.screen().physicalDotsPerInch() / 25.4)
    assert width / mm >= 80


def test_every_screen_has_home_and_back_in_reach(start_kiosk):
    for screen in ("cities", "exhibitors", "projects", "programme", "map", "search", "city:phuket",
                   "exhibitor:huawei", "project:phuket-city-data-platform"):
        kiosk = start_kiosk(lang="th", screen=screen)
        for name in ("homeButton", "backButton"):
            button = kiosk.visible_item(name)
            bottom_half = button.mapToScene(button.boundingRect().center()).y() > kiosk.window.height() / 2
            assert bottom_half, f"{name} on {screen} is not in the lower part of the screen"
            assert button.height() >= 48
        kiosk.tap("backButton")
        assert kiosk.screen_name() == "homeScreen", screen


def test_related_project_and_owner_links(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="city:phuket")
    kiosk.wait_for_screen("cityPage")
    kiosk.swipe_until_visible("pageFlick", "related-phuket-city-data-platform")
    kiosk.tap("related-phuket-city-data-platform")
    kiosk.wait_for_screen("projectPage")
    assert kiosk.texts_in(kiosk.visible_item("ownerLink")) == ["Phuket  ›"]
    kiosk.tap("ownerLink")
    kiosk.wait_for_screen("cityPage")
    assert kiosk.visible_item("pageTitle").property("text") == "Phuket"


def test_unknown_page_is_a_calm_message(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="city:atlantis")
    kiosk.wait_for_screen("cityPage")
    assert any("not available" in t for t in kiosk.texts())
    kiosk.tap("homeButton")
    kiosk.wait_for_screen("homeScreen")
