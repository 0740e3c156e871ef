"""The visitor's screens say nothing at all on Qt's message channel: not a warning, and not an info or debug line
of a category Qt enables by default (such as qt.text.font.db's "OpenType support missing")."""

import contextlib

from PySide6.QtCore import qInstallMessageHandler


@contextlib.contextmanager
def every_qt_message():
    """Every message Qt sends while the block runs, of any level and category."""
    seen: list[str] = []

    def collect(mode, context, message):
        seen.append(f"{mode.name} [{context.category}] {message}")

    previous = qInstallMessageHandler(collect)  # pytest-qt's own, put back afterwards
    try:
        yield seen
    finally:
        qInstallMessageHandler(previous)


def walk_the_lists(kiosk):
    for tile, screen, list_name in (("tile-cities", "citiesScreen", "cityList"),
                                    ("tile-exhibitors", "exhibitorsScreen", "exhibitorList"),
                                    ("tile-projects", "projectsScreen", "projectList"),
                                    ("tile-programme", "programmeScreen", "sessionList")):
        kiosk.tap(tile)
        kiosk.wait_for_screen(screen)
        if list_name == "cityList":  # rows made for one city are used again for others, in other scripts
            rows = kiosk.kiosk.browse.cities.rows()
            kiosk.swipe_until_visible(list_name, "city-" + rows[-1]["id"])
            kiosk.swipe_until_visible(list_name, "city-" + rows[0]["id"], step=400)
        kiosk.tap("homeButton")
        kiosk.wait_for_screen("homeScreen")


def test_the_visitor_screens_send_no_qt_message_at_all(start_kiosk):
    with every_qt_message() as messages:
        kiosk = start_kiosk(lang="th", screen="attract", clock_start="2019-08-23T10:30")
        attract = kiosk.screen()
        for index in list(range(len(kiosk.kiosk.browse.featured))) + [0]:  # every slide follows another
            attract.setProperty("slide", index)
            kiosk.settle()
        kiosk.tap("attractTouch")
        kiosk.wait_for_screen("homeScreen")
        walk_the_lists(kiosk)

        kiosk.tap("tile-cities")
        kiosk.wait_for_screen("citiesScreen")
        kiosk.swipe_until_visible("cityList", "city-phnom-penh")
        kiosk.tap("city-phnom-penh")
        kiosk.wait_for_screen("cityPage")
        kiosk.tap("favouriteButton")
        kiosk.tap("showOnMap")
        kiosk.wait_for_screen("mapScreen")
        kiosk.tap("visitButton")
        kiosk.wait_for_screen("visitScreen")
        kiosk.tap("walkingRoute")
        kiosk.wait_for_screen("mapScreen")
        kiosk.tap("homeButton")
        kiosk.tap("tile-search")
        kiosk.wait_for_screen("searchScreen")
        kiosk.tap("searchField")
        kiosk.type_on_keyboard("พนม")
        kiosk.settle()

        kiosk.tap("lang-en")
        kiosk.tap("homeButton")
        kiosk.wait_for_screen("homeScreen")
        walk_the_lists(kiosk)
        kiosk.tap("tile-map")
        kiosk.wait_for_screen("mapScreen")
        kiosk.tap("visitButton")
        kiosk.wait_for_screen("visitScreen")
    assert messages == [], "\n".join(messages)


INNER_TEST = '''
import pytest
from PySide6.QtCore import QByteArray, QPoint, Qt, QUrl
from PySide6.QtQuick import QQuickView
from PySide6.QtTest import QTest


@pytest.mark.parametrize("handler", ["gone.x = 1", "null.x = 1"])
def test_a_tap_on_a_broken_handler(qtbot, handler, tmp_path):
    qml = tmp_path / "Broken.qml"
    qml.write_text("import QtQuick\\nRectangle { width: 100; height: 100\\n"
                   "MouseArea { anchors.fill: parent; onClicked: %s } }" % handler)
    view = QQuickView(QUrl.fromLocalFile(str(qml)))
    view.show()
    qtbot.waitExposed(view)
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(50, 50))
    view.close()
'''


def test_a_javascript_error_in_a_qml_handler_fails_the_test_that_triggers_it(tmp_path):
    """The project's own pytest settings (qt_log_level_fail) see QML's ReferenceError and TypeError lines."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    (tmp_path / "test_inner.py").write_text(INNER_TEST)
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c",
                           str(root / "pyproject.toml"), "--rootdir", str(tmp_path), str(tmp_path / "test_inner.py")],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 1, done.stdout[-3000:]
    assert "2 failed" in done.stdout, done.stdout[-3000:]
    assert "ReferenceError: gone is not defined" in done.stdout
    assert "TypeError: " in done.stdout


def test_a_filter_that_empties_a_list_still_moving_says_nothing(start_kiosk):
    """Rows made ahead off screen were created asynchronously; a filter that emptied the list before they were done
    had Qt cancel them against the new, shorter list ("DelegateModel::cancel: index out range 12 0")."""
    kiosk = start_kiosk(lang="en", screen="home")
    kiosk.tap("tile-projects")
    kiosk.wait_for_screen("projectsScreen")
    screen, view = kiosk.screen(), kiosk.visible_item("projectList")
    with every_qt_message() as seen:
        for n in range(12):
            view.setProperty("contentY", 300 + 40 * n)  # the list moves: rows below it are asked for ahead
            kiosk.evaluate(screen, "screen.area = 'civic-social', screen.country = 'japan', screen.apply(), true")
            assert view.property("count") == 0
            kiosk.qtbot.wait(20)
            kiosk.evaluate(screen, "screen.area = '', screen.country = '', screen.apply(), true")
            kiosk.qtbot.wait(20)
    assert view.property("count") > 12
    assert not seen
