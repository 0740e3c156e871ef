import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")  # before pytest-qt creates the application
os.environ["QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"] = "1"  # as the kiosk does: the keyboard is in its window

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, QPointF  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtQml import QQmlEngine, QQmlExpression  # noqa: E402
from PySide6.QtQuick import QQuickItem  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from kiosk.core.access import auth  # noqa: E402
from kiosk.core.store import database as kdb  # noqa: E402
from kiosk.ui import app as ui  # noqa: E402


class Driver:
    """Finds items by objectName and taps them the way a finger would: at their centre, on the window."""

    _device = None

    def __init__(self, kiosk: ui.Kiosk, qtbot):
        self.kiosk = kiosk
        self.window = kiosk.window
        self.qtbot = qtbot

    def touch(self):
        """A touch sequence on the window: kiosks are touchscreens."""
        if Driver._device is None:
            Driver._device = QTest.createTouchDevice()
        return QTest.touchEvent(self.window, Driver._device)

    def all_items(self, root: QQuickItem | None = None):
        """Every item in the visual tree (list delegates have no QObject parent, so findChildren misses them)."""
        stack = [root or self.window.contentItem()]
        while stack:
            item = stack.pop()
            yield item
            stack.extend(reversed(item.childItems()))

    def find_all(self, name: str) -> list[QQuickItem]:
        return [i for i in self.all_items() if i.objectName() == name]

    def item(self, name: str) -> QQuickItem:
        found = self.find_all(name)
        assert found, f"no item called {name!r} on screen"
        return found[0]

    def screen(self) -> QQuickItem:
        return self.item("stack").property("currentItem")

    def screen_name(self) -> str:
        return self.screen().objectName()

    def visible_item(self, name: str) -> QQuickItem:
        """The one item called `name` on the current screen (or in the window's chrome)."""
        current = self.screen()
        candidates = [i for i in self.find_all(name) if i.isVisible()]
        on_screen = [i for i in candidates if current.isAncestorOf(i)] or candidates
        assert on_screen, f"no visible item called {name!r}"
        return on_screen[0]

    def tap(self, name: str) -> None:
        self.settle()
        item = self.visible_item(name)
        self.qtbot.waitUntil(lambda: item.width() > 0 and item.height() > 0)
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
        assert 0 <= centre.x() < self.window.width() and 0 <= centre.y() < self.window.height(), \
            f"{name} is outside the window at {centre}"
        ancestor = item.parentItem()
        while ancestor is not None:  # a finger cannot reach what a scrolled list has clipped away
            if ancestor.clip():
                box = ancestor.mapRectToScene(ancestor.boundingRect())
                assert box.contains(QPointF(centre)), f"{name} is scrolled out of view"
            ancestor = ancestor.parentItem()
        self.touch().press(0, centre, self.window).commit()
        QTest.qWait(20)
        self.touch().release(0, centre, self.window).commit()
        QTest.qWait(20)

    def tap_at(self, point: QPoint) -> None:
        """A finger's tap at a point of the window (for things that are not items, such as a booth on the map)."""
        self.settle()
        self.touch().press(0, point, self.window).commit()
        QTest.qWait(20)
        self.touch().release(0, point, self.window).commit()
        QTest.qWait(20)

    def drag(self, start: QPoint, by: QPoint) -> None:
        """A finger pressed at `start`, moved by `by` in ten steps, and lifted."""
        self.touch().press(0, start, self.window).commit()
        for k in range(1, 11):
            QTest.qWait(16)
            self.touch().move(0, start + by * (k / 10), self.window).commit()
        self.touch().release(0, start + by, self.window).commit()
        QTest.qWait(20)

    def swipe_until_visible(self, list_name: str, item_name: str, step: int = -400, tries: int = 12) -> None:
        """Drag a list with a finger until the item called `item_name` is on screen."""
        view = self.visible_item(list_name)
        for _ in range(tries):
            if any(i.isVisible() and self.screen().isAncestorOf(i) and self._inside(view, i)
                   for i in self.find_all(item_name)):
                return
            start = view.mapToScene(QPointF(view.width() / 2, view.height() / 2)).toPoint()
            horizontal = view.property("contentWidth") > view.width() + 1
            self.touch().press(0, start, self.window).commit()
            for k in range(1, 11):
                QTest.qWait(16)
                offset = step * k // 10
                self.touch().move(0, start + (QPoint(offset, 0) if horizontal else QPoint(0, offset)), self.window).commit()
            self.touch().release(0, start + (QPoint(step, 0) if horizontal else QPoint(0, step)), self.window).commit()
            self.qtbot.waitUntil(lambda: not view.property("moving"), timeout=3000)
        raise AssertionError(f"{item_name} never came into view in {list_name}")

    @staticmethod
    def _inside(view: QQuickItem, item: QQuickItem) -> bool:
        box = item.mapRectToItem(view, item.boundingRect())
        slack = 0.5
        return (box.left() >= -slack and box.top() >= -slack and box.right() <= view.width() + slack
                and box.bottom() <= view.height() + slack)

    def in_keyboard(self, item: QQuickItem) -> bool:
        """Whether an item belongs to Qt Virtual Keyboard (created the first time a text field is shown)."""
        return any(k.isAncestorOf(item) for k in self.find_all("keyboard"))

    def keyboard_key(self, char: str) -> QQuickItem | None:
        keyboard = self.item("keyboard")
        for item in self.all_items(keyboard):
            meta = item.metaObject()
            if (item.isVisible() and item.width() > 0 and meta.indexOfProperty("key") >= 0
                    and meta.indexOfProperty("text") >= 0 and item.property("text") == char):
                return item
        return None

    def type_on_keyboard(self, text: str) -> None:
        """Type by tapping the on-screen keyboard's keys, as a visitor does."""
        for char in text:
            self.settle()
            key = self.keyboard_key(char)
            # Not on this level: the second level of the layout (Thai has many letters there; the kiosk's own
            # layouts turn the page with their "1/2" key), then the symbols and digits level.
            for other_level in ("ShiftKey", "pageKey", "SymbolModeKey"):
                if key is not None:
                    break
                switch = next((i for i in self.all_items(self.item("keyboard"))
                               if i.isVisible() and (i.metaObject().className().startswith(other_level)
                                                     or i.objectName() == other_level)), None)
                if switch is not None:
                    self._tap_item(switch)
                    self.settle()
                    key = self.keyboard_key(char)
            assert key is not None, f"no key for {char!r} on the keyboard"
            self._tap_item(key)

    def type_alternative(self, base: str, char: str) -> None:
        """Type `char` from the keys a long press on `base` offers (Vietnamese tones, ñ), as a finger does: press,
        hold until they show, slide to it, lift."""
        self.settle()
        key = self.keyboard_key(base)
        assert key is not None, f"no key for {base!r} on the keyboard"
        choices = list(key.property("effectiveAlternativeKeys"))
        assert char in choices, f"{char!r} is not among {base!r}'s alternatives {choices}"
        centre = key.mapToScene(QPointF(key.width() / 2, key.height() / 2)).toPoint()
        self.touch().press(0, centre, self.window).commit()
        popup = self.item("alternativeKeys")
        self.qtbot.waitUntil(lambda: popup.property("active"), timeout=3000)
        strip = next(i for i in popup.childItems() if i.inherits("QQuickListView"))
        width = strip.width() / len(choices)
        target = strip.mapToScene(QPointF(width * (choices.index(char) + 0.5), strip.height() / 2)).toPoint()
        for k in range(1, 6):
            QTest.qWait(16)
            self.touch().move(0, centre + (target - centre) * (k / 5), self.window).commit()
        self.touch().release(0, target, self.window).commit()
        QTest.qWait(20)

    def _tap_item(self, item: QQuickItem) -> None:
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
        self.touch().press(0, centre, self.window).commit()
        QTest.qWait(20)
        self.touch().release(0, centre, self.window).commit()
        QTest.qWait(20)

    def wait_for_screen(self, name: str) -> None:
        self.qtbot.waitUntil(lambda: self.screen() is not None and self.screen_name() == name, timeout=3000)
        self.settle()

    def settle(self) -> None:
        """Let the scene lay itself out and paint a frame, as the visitor would see it."""
        self.window.update()
        with self.qtbot.waitSignal(self.window.frameSwapped, timeout=5000):  # generous: CI machines are busy
            self.window.update()

    def texts(self) -> list[str]:
        """Every non-empty text shown on the current screen and the window's chrome."""
        return self.texts_in(self.window.contentItem())

    @staticmethod
    def evaluate(item: QQuickItem, expression: str):
        """A QML expression in the item's own scope (for enum properties Python cannot read)."""
        value, undefined = QQmlExpression(QQmlEngine.contextForObject(item), item, expression).evaluate()
        assert not undefined, expression
        return value

    def texts_in(self, root: QQuickItem) -> list[str]:
        return [item.property("text") for item in self.all_items(root)
                if item.isVisible() and item.inherits("QQuickText") and item.property("text")]


@pytest.fixture
def start_kiosk(qtbot, demo_db_file, tmp_path):
    """Start the real QML on a database (the demo one by default); closes everything afterwards."""
    opened = []

    def start(db_file=None, **options):
        db = kdb.connect(db_file or demo_db_file)
        options.setdefault("windowed", True)
        options.setdefault("size", (1920, 1080))
        options.setdefault("speech_engine", "mock")  # Qt's silent engine: read-aloud is wired, nothing is played
        options.setdefault("pepper_path", tmp_path / "pepper")  # never the machine's own
        kiosk = ui.start(db, **options)
        opened.append((kiosk, db))
        qtbot.waitExposed(kiosk.window)
        return Driver(kiosk, qtbot)

    yield start
    QGuiApplication.inputMethod().hide()  # application-wide: a keyboard left open would double the next idle time
    for kiosk, db in opened:
        kiosk.close()
        db.close()


@pytest.fixture
def staff_db(demo_db_file, tmp_path):
    """A private demo database with one member of Bangkok's booth staff and an organizer; returns the PINs."""
    path = tmp_path / "staff.db"
    shutil.copyfile(demo_db_file, path)
    pepper = auth.load_pepper(tmp_path / "pepper")
    with kdb.connect(path) as db:
        _, staff_pin = auth.add_staff(db, "C21", "Somchai", pepper, "test")
        organizer_pin = auth.set_organizer_pin(db, pepper, "test")
    return path, staff_pin, organizer_pin
