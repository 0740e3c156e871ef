"""The floor, started as the kiosk is (tests/bench/ui_child.py): a Python process with PySide6, the kiosk's fonts
and the virtual keyboard's input method, showing an empty Qt Quick window (floor/Floor.qml). Prints when its first
frame is on screen and its memory after start; with `--taps N`, then N taps on its button and N key presses in its
field, each timed to the next frame; with `--flicks N`, N flicks of a plain list and the frames they dropped."""

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(taps: int, flicks: int) -> None:
    from PySide6.QtCore import QLoggingCategory, QTimer
    from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow  # noqa: F401 - as in the kiosk: the root object is then a QQuickWindow

    from kiosk.core.common import assets
    from tests.bench.ui_child import memory

    # What kiosk.ui.app.application() sets up before the application exists.
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    os.environ["QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"] = "1"
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false\n"
                                    "qt.qml.propertyCache.append.warning=false")
    app = QGuiApplication(sys.argv[:1])
    for path in sorted(assets.FONTS.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    font = QFont()
    font.setFamilies(assets.families())
    app.setFont(font)
    engine = QQmlApplicationEngine()
    engine.load(str(Path(__file__).with_name("floor") / "Floor.qml"))
    window = engine.rootObjects()[0]
    window.resize(1920, 1080)
    window.show()

    def first_frame():
        print(f"FRAME {time.time():.6f}", flush=True)
        api = window.rendererInterface().graphicsApi()
        print(f"RENDERER {getattr(api, 'name', api)}", flush=True)
        window.frameSwapped.disconnect(first_frame)
        QTimer.singleShot(1500, after_start)

    def after_start():
        for name, value in memory().items():
            print(f"{name} {value:.1f}", flush=True)
        if taps:
            print("TAPS " + json.dumps(tap_and_type(window, taps)), flush=True)
        if flicks:
            print("DROPS " + json.dumps(flick_list(window, flicks)), flush=True)
        app.exit(0)

    window.frameSwapped.connect(first_frame)
    sys.exit(app.exec())


def tap_and_type(window, count: int) -> dict[str, list[float]]:
    from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest

    from tests.bench.ui import VISITOR_PAUSE_MS, find, next_frame

    device = QTest.createTouchDevice()
    button = find(window, "next")
    centre = button.mapToScene(QPointF(button.width() / 2, button.height() / 2)).toPoint()
    out: dict[str, list[float]] = {"tap": [], "key": []}
    for _ in range(count):
        next_frame(window)
        QTest.qWait(VISITOR_PAUSE_MS)
        QTest.touchEvent(window, device).press(0, centre, window).commit()
        started = time.perf_counter()
        QTest.touchEvent(window, device).release(0, centre, window).commit()
        out["tap"].append(next_frame(window) - started)
    if window.property("page") != count:
        raise RuntimeError(f"{count} taps turned the page {window.property('page')} times")
    field = find(window, "field")
    field.forceActiveFocus()
    for n in range(count):
        char = "กรุงเทพ bangkok"[n % 15]
        next_frame(window)
        started = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(window, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
        out["key"].append(next_frame(window) - started)
    if len(field.property("text")) != count:
        raise RuntimeError(f"{count} key presses typed {field.property('text')!r}")
    return out


def flick_list(window, count: int) -> dict[str, int]:
    from PySide6.QtTest import QTest

    from tests.bench.ui import Finger, find

    window.setProperty("listing", True)
    QTest.qWait(500)
    view, finger = find(window, "floorList"), Finger(window)
    return finger.drops(lambda n: finger.flick(view, n), count)


def number_after(flag: str) -> int:
    return int(sys.argv[sys.argv.index(flag) + 1]) if flag in sys.argv else 0


if __name__ == "__main__":
    main(number_after("--taps"), number_after("--flicks"))
