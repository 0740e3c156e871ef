"""Start-up: the window's first frame waits only for the attract screen's QML; the other screens are compiled after."""

import json

from kiosk.core.store import database as kdb
from kiosk.ui import app as ui
from kiosk.ui.shell.screens import SCREENS
from tests.ui.conftest import Driver


def compiled(window) -> dict[str, str]:
    """Each screen component compiled so far, with its status (Ready, or the error's text)."""
    return json.loads(Driver.evaluate(window, """(function () {
        const out = {}
        for (const key in root.components)
            out[key] = root.components[key].status === Component.Ready ? "ready" : root.components[key].errorString()
        return JSON.stringify(out)
    })()"""))


def test_only_the_attract_screen_is_compiled_before_the_first_frame_and_every_other_one_after(qtbot, demo_db_file,
                                                                                            tmp_path):
    db = kdb.connect(demo_db_file)
    kiosk = ui.start(db, windowed=True, size=(1920, 1080), speech_engine="mock", pepper_path=tmp_path / "pepper")
    try:
        assert compiled(kiosk.window) == {"attract": "ready"}  # before the event loop has turned once
        every = set(SCREENS.values())
        assert set(json.loads(Driver.evaluate(kiosk.window, "JSON.stringify(Object.keys(root.screenTypes))"))) == every
        qtbot.waitUntil(lambda: set(compiled(kiosk.window)) == every, timeout=15_000)
        assert compiled(kiosk.window) == dict.fromkeys(every, "ready")
    finally:
        kiosk.close()
        db.close()


def test_a_screen_opened_before_the_spare_maker_reaches_it_is_compiled_then(start_kiosk):
    driver = start_kiosk(screen="staffLogin")  # the last screen the spare maker would compile
    driver.wait_for_screen("staffLoginScreen")
    driver.tap("homeButton")
    driver.wait_for_screen("homeScreen")
