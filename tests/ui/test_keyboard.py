"""The on-screen keyboard's languages."""

WANTED = ["th_TH", "en_GB", "vi_VN", "id_ID", "ms_MY", "zh_CN", "ja_JP", "ko_KR"]


def test_keyboard_offers_the_asean_and_g20_languages_and_follows_the_ui(start_kiosk):
    kiosk = start_kiosk(lang="th", screen="search")
    kiosk.wait_for_screen("searchScreen")
    kiosk.tap("searchField")
    keyboard = kiosk.item("keyboard")
    kiosk.qtbot.waitUntil(keyboard.isVisible)
    assert list(kiosk.evaluate(keyboard, "VirtualKeyboardSettings.activeLocales")) == WANTED
    available = list(kiosk.evaluate(keyboard, "VirtualKeyboardSettings.availableLocales"))
    assert set(WANTED) <= set(available), f"missing keyboard layouts: {set(WANTED) - set(available)}"
    assert kiosk.evaluate(keyboard, "VirtualKeyboardSettings.locale") == "th_TH"
    assert kiosk.keyboard_key("ก") is not None
    kiosk.tap("lang-en")
    kiosk.settle()
    assert kiosk.evaluate(keyboard, "VirtualKeyboardSettings.locale") == "en_GB"
