"""The soak's child process: the real kiosk window on a private demo database, a seeded random visitor that taps it
with real touch events, and watchers that fail the run on Qt warnings, Python exceptions and memory growth.

Started by `python -m tests.soak` (see __main__.py), which prepares the temporary data folder and database.

How the visitor picks what to do, each step (one `random.Random(seed)` decides everything):
- a tap, most of the time, at the centre of an interactive item of what is on screen now. An item is a target when
  it has an objectName, is visible and enabled, and has an enabled MouseArea child (TouchButton, Chip, Tile,
  ListRow, letters, result rows, QR-page links) or is itself a MouseArea or a text field; its centre must lie in
  the window and inside every clipping ancestor (a row scrolled out of a list is not a target). Targets are
  grouped by the objectName before its first "-" (all the rows of a list are one group), a group is picked by
  weight (GROUP_WEIGHTS), then a member at random. While "Still there?" is up only its own items count;
- a tap at a random point of the window (not on the keyboard, not in the staff corner);
- a swipe across a list or a page that has more than it shows;
- on the map: a tap on a booth of the hall shown (found from the plan, placed with the view's own screenPoint()),
  a one-finger drag, a two-finger pinch, a double tap;
- typing, when a text field has the focus and the keyboard is up: a whole word of the keyboard's language (Thai
  or English, switching level with Shift or the symbols key where needed) or a few random keys (Backspace, Space,
  Shift, the symbols key, Enter, rarely Hide; never the keyboard's own language key: the layout follows the
  kiosk's language, which the visitor switches with ไทย / English);
- every few hundred actions, an idle spell: the injected idle clock jumps past the idle time, "Still there?"
  must appear; then either Continue is tapped or the clock jumps past the countdown and the kiosk must return to
  the attract screen, having forgotten the visitor.
It never holds the top-left corner (the staff sign-in): taps last 20-60 ms. Should a staff screen open anyway,
it goes Back at once and signs nothing in.

Each action is written to the log (time, screen, action, target, point) as it happens, so a failure can be read
and replayed with the same seed; timing-dependent details (a flick's momentum, the slideshow's timer) are let to
settle before the next action so that the same seed takes the same path.
"""

from __future__ import annotations

import argparse
import collections
import json
import logging
import os
import random
import sqlite3
import sys
import threading
import time
import traceback
import warnings
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")  # before the application exists, as the kiosk does
os.environ["QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"] = "1"

from tests.bench.ui_child import rss_mb  # noqa: E402
from tests.soak import curve  # noqa: E402

IDLE_SECONDS = 60
COUNTDOWN_SECONDS = 20
DEMO_CLOCK = "2019-08-23T11:05"  # the demo programme's second day: "now" and "next" are shown
PACE_S = 0.12  # at least this long from one action to the start of the next: at most about 8 a second
SAMPLE_S = 1.0
CHECKPOINT_S = 15.0  # how often the visitor walks away and memory is measured on the attract screen
FRAME_TIMEOUT_MS = 10_000
LAST_ACTIONS = 30

# Never tapped on purpose: the way into the staff corner and what only a signed-in member of staff sees.
NEVER = {"staffCorner", "staffBarSignOut", "editEntry", "troubleScreen", "keyboardLoader"}
NEVER_PREFIXES = ("staff", "admin")
# How likely each group of targets is, relative to 1. A group is an objectName before its first "-".
GROUP_WEIGHTS = {
    "tile": 4, "attractTouch": 2, "attract": 1,
    "city": 2, "exhibitor": 2, "project": 2, "related": 2, "result": 2.5, "visit": 2, "tourStop": 1.5,
    "favouriteButton": 1.5, "showOnMap": 1.5, "walkingRoute": 1.5, "ownerLink": 1.5, "searchField": 1.5,
    "backButton": 0.7, "homeButton": 0.35, "lang": 0.5, "accessibilityButton": 0.35, "accessibilityDone": 1.5,
    "textSize": 0.5, "highContrast": 0.4, "reachMode": 0.4, "listSearch": 0.7, "legendButton": 0.5,
    "zoomIn": 0.6, "zoomOut": 0.6, "zoomReset": 0.6,
}
WORDS = {
    "th": ["กรุงเทพ", "ท่วม", "น้ำ", "เมือง", "ภูเก็ต", "ขนส่ง", "เชียงใหม่", "ซซซ"],
    "en": ["bangkok", "da nang", "phu", "flood", "huawei", "smart", "water", "kuchng", "zzq", "transport"],
}
SPECIAL_KEY_WEIGHTS = {"BackspaceKey": 3, "SpaceKey": 1, "ShiftKey": 1, "SymbolModeKey": 0.7, "EnterKey": 0.5,
                       "HideKeyboardKey": 0.3, "ChangeLanguageKey": 0}


class IdleClock:
    """The kiosk's idle clock: the real monotonic clock plus the time the soak pretends has gone by."""

    def __init__(self):
        self.offset = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.offset


class Stop(Exception):
    """The first failure ends the run (unless --keep-going)."""


class Watch:
    """Everything that fails the run: Qt warnings and worse, Python exceptions on any thread, Python warnings and
    log records of WARNING and above. Mirrors pytest's `qt_log_level_fail = WARNING` and `filterwarnings = error`;
    the logging categories the kiosk quiets (kiosk.ui.app.QUIET_LOGGING) never reach the handler, as in pytest."""

    def __init__(self, keep_going: bool):
        self.keep_going = keep_going
        self.failures: list[dict] = []
        self.seen: dict[str, dict] = {}
        self.context = lambda: {"t": 0.0, "action": 0, "screen": "", "last": []}
        self.pending_stop = False
        self.info_log = None

    def fail(self, kind: str, message: str) -> None:
        key = f"{kind}: {message.strip().splitlines()[-1][:300] if message.strip() else ''}"
        if key in self.seen:
            self.seen[key]["repeats"] += 1
            return
        entry = {"kind": kind, "message": message.rstrip(), "repeats": 0, **self.context()}
        self.seen[key] = entry
        self.failures.append(entry)
        print(f"\nSOAK FAILURE ({kind}) at {entry['t']:.1f} s, action {entry['action']}, screen "
              f"{entry['screen']}:\n{message.rstrip()}", file=sys.stderr, flush=True)
        if not self.keep_going:
            self.pending_stop = True

    def install(self) -> None:
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler

        failing = {QtMsgType.QtWarningMsg: "Qt warning", QtMsgType.QtCriticalMsg: "Qt critical",
                   QtMsgType.QtFatalMsg: "Qt fatal"}

        def on_message(mode, context, message):
            if mode in failing:
                where = f" ({context.file}:{context.line})" if context and context.file else ""
                category = f"[{context.category}] " if context and context.category not in (None, "default") else ""
                self.fail(failing[mode], f"{category}{message}{where}")
            elif self.info_log is not None:
                self.info_log(f"qt message: {message}")

        self._handler = on_message  # keep a reference: Qt holds only a pointer
        qInstallMessageHandler(on_message)

        def python_hook(kind, value, tb):
            self.fail("Python exception", "".join(traceback.format_exception(kind, value, tb)))

        def thread_hook(args):
            if args.exc_type is SystemExit:
                return
            name = args.thread.name if args.thread else "?"
            self.fail(f"Python exception on thread {name}",
                      "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)))

        sys.excepthook = python_hook
        threading.excepthook = thread_hook

        def show_warning(message, category, filename, lineno, file=None, line=None):
            self.fail("Python warning", f"{category.__name__}: {message} ({filename}:{lineno})")

        warnings.simplefilter("default")
        warnings.showwarning = show_warning

        watch = self

        class Records(logging.Handler):
            def emit(self, record):
                text = record.getMessage()
                if record.exc_info:
                    text += "\n" + "".join(traceback.format_exception(*record.exc_info))
                watch.fail(f"log {record.levelname.lower()} ({record.name})", text)

        logging.getLogger().addHandler(Records(level=logging.WARNING))


class Visitor:
    """A seeded random visitor on the kiosk's window; see the module's docstring for how it picks."""

    def __init__(self, kiosk, rng: random.Random, clock: IdleClock, watch: Watch, log_file, *, lang: str,
                 idle_every: int):
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtTest import QTest

        self.kiosk = kiosk
        self.window = kiosk.window
        self.rng = rng
        self.clock = clock
        self.watch = watch
        self.log_file = log_file
        self.start_lang = lang
        self.idle_every = idle_every
        self.device = QTest.createTouchDevice()
        self.started = time.monotonic()
        self.actions = 0
        self.last = collections.deque(maxlen=LAST_ACTIONS)
        self.screens = collections.Counter()
        self.kinds = collections.Counter()
        self.idle_resets = 0
        self.idle_continues = 0
        self.frames_missed = 0
        self.skipped_chars = 0
        self.next_idle = self._idle_gap()
        self._swapped = False
        self._loop = QEventLoop()
        self._frame_timer = QTimer()
        self._frame_timer.setSingleShot(True)
        self._frame_timer.timeout.connect(self._loop.quit)
        self.window.frameSwapped.connect(self._on_frame)
        watch.context = self.context
        watch.info_log = self.note

    # --- bookkeeping ---

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def context(self) -> dict:
        return {"t": round(self.elapsed(), 2), "action": self.actions, "screen": self.screen_label(),
                "last": list(self.last)}

    def note(self, text: str) -> None:
        self.log_file.write(f"{'':>6} {self.elapsed():8.2f}s {'':<18} {text}\n")

    def record(self, kind: str, target: str = "", point=None) -> None:
        self.actions += 1
        self.kinds[kind] += 1
        where = f" @{point.x()},{point.y()}" if point is not None else ""
        line = f"{self.actions:>6} {self.elapsed():8.2f}s {self.screen_label():<18} {kind:<10} {target}{where}"
        self.last.append(line)
        self.log_file.write(line + "\n")

    def _idle_gap(self) -> int:
        return self.rng.randint(max(1, int(self.idle_every * 0.7)), max(1, int(self.idle_every * 1.3)))

    # --- the window ---

    def _on_frame(self) -> None:
        self._swapped = True
        if self._loop.isRunning():
            self._loop.quit()

    def settle(self) -> None:
        """Ask for a frame and wait until it is on screen, as the visitor would see it."""
        self._swapped = False
        self.window.update()
        self._frame_timer.start(FRAME_TIMEOUT_MS)
        if not self._swapped:
            self._loop.exec()
        self._frame_timer.stop()
        if not self._swapped:
            self.frames_missed += 1
            self.watch.fail("no frame", f"no frame was painted within {FRAME_TIMEOUT_MS} ms of asking for one")

    def wait(self, ms: int) -> None:
        from PySide6.QtTest import QTest

        QTest.qWait(ms)

    def wait_until(self, condition, timeout_ms: int) -> bool:
        deadline = time.monotonic() + timeout_ms / 1000
        while not condition():
            if time.monotonic() > deadline:
                return False
            self.wait(10)
        return True

    def screen_item(self):
        stack = self.find("stack")
        return stack.property("currentItem") if stack is not None else None

    def screen_name(self) -> str:
        return self.window.property("currentScreen") or ""

    def screen_label(self) -> str:
        item = self.screen_item()
        if item is None:
            return ""
        name = item.objectName()
        if name == "mapScreen":
            kind = item.property("kind")
            return f"mapScreen/{kind}" if kind and kind != "map" else name
        return name

    def items(self, root=None):
        stack = [root or self.window.contentItem()]
        while stack:
            item = stack.pop()
            yield item
            stack.extend(item.childItems())

    def find(self, name: str, visible: bool = False):
        for item in self.items():
            if item.objectName() == name and (not visible or item.isVisible()):
                return item
        return None

    def keyboard(self):
        panel = self.find("keyboard")
        if panel is None or not panel.isVisible() or not panel.property("active"):
            return None
        return panel

    def scene_rect(self, item):
        return item.mapRectToScene(item.boundingRect())

    def centre(self, item):
        from PySide6.QtCore import QPointF

        return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()

    def window_rect(self):
        from PySide6.QtCore import QRectF

        return QRectF(0, 0, self.window.width(), self.window.height())

    @staticmethod
    def call(item, function: str, *args):
        """A QML function of the item. Not a QQmlExpression: the engine keeps what it compiled for each new
        expression text (a heap profile saw it grow), so a text per call would be the soak's own leak."""
        from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject

        return QMetaObject.invokeMethod(item, function, Q_RETURN_ARG("QVariant"),
                                        *(Q_ARG("QVariant", a) for a in args))

    # --- fingers ---

    def press_release(self, point, hold_ms: int) -> None:
        QTest = self._qtest()
        QTest.touchEvent(self.window, self.device).press(0, point, self.window).commit()
        self.wait(hold_ms)
        QTest.touchEvent(self.window, self.device).release(0, point, self.window).commit()

    def drag(self, start, by, steps: int = 10) -> None:
        QTest = self._qtest()
        QTest.touchEvent(self.window, self.device).press(0, start, self.window).commit()
        for k in range(1, steps + 1):
            self.wait(16)
            QTest.touchEvent(self.window, self.device).move(0, start + by * (k / steps), self.window).commit()
        QTest.touchEvent(self.window, self.device).release(0, start + by, self.window).commit()

    def pinch(self, centre, start_gap: float, end_gap: float, steps: int = 10) -> None:
        from PySide6.QtCore import QPoint

        QTest = self._qtest()

        def points(gap):
            half = int(gap / 2)
            return centre - QPoint(half, 0), centre + QPoint(half, 0)

        a, b = points(start_gap)
        QTest.touchEvent(self.window, self.device).press(0, a, self.window).press(1, b, self.window).commit()
        for k in range(1, steps + 1):
            self.wait(16)
            a, b = points(start_gap + (end_gap - start_gap) * k / steps)
            QTest.touchEvent(self.window, self.device).move(0, a, self.window).move(1, b, self.window).commit()
        QTest.touchEvent(self.window, self.device).release(0, a, self.window).release(1, b, self.window).commit()

    @staticmethod
    def _qtest():
        from PySide6.QtTest import QTest

        return QTest

    # --- what is on screen ---

    def targets(self) -> list[tuple[str, object, object]]:
        """(objectName, item, centre) of every interactive item a finger can reach now."""
        window = self.window_rect()
        overlay = self.find("idleOverlay")
        modal = overlay if overlay is not None and overlay.isVisible() else None
        found = []
        stack = [(modal or self.window.contentItem(), window)]
        while stack:
            item, clip = stack.pop()
            if not item.isVisible():
                continue
            name = item.objectName()
            if name in NEVER:
                continue
            if item.clip():
                clip = clip.intersected(self.scene_rect(item))
                if clip.isEmpty():
                    continue
            children = item.childItems()
            if name and item.isEnabled() and item.width() > 0 and item.height() > 0 \
                    and not name.startswith(NEVER_PREFIXES) and self._interactive(item, children):
                point = self.centre(item)
                if clip.contains(point.toPointF()):
                    found.append((name, item, point))
            stack.extend((child, clip) for child in children)
        return found

    @staticmethod
    def _interactive(item, children) -> bool:
        if item.inherits("QQuickMouseArea") or item.inherits("QQuickTextInput"):
            return True
        return any(c.inherits("QQuickMouseArea") and c.isEnabled() for c in children)

    def flickables(self) -> list:
        """Lists and pages on the current screen with more content than they show."""
        screen = self.screen_item()
        if screen is None:
            return []
        out = []
        for item in self.items(screen):
            if item.isVisible() and item.inherits("QQuickFlickable") and item.property("interactive") \
                    and item.width() > 0 and item.height() > 0 \
                    and (item.property("contentHeight") > item.height() + 1
                         or item.property("contentWidth") > item.width() + 1):
                out.append(item)
        return out

    def floor_view(self):
        screen = self.screen_item()
        if screen is None or screen.objectName() not in ("mapScreen",):
            return None
        for item in self.items(screen):
            if item.objectName() == "floorView" and item.isVisible():
                return item
        return None

    def text_focus(self) -> bool:
        focus = self.window.activeFocusItem()
        return focus is not None and focus.inherits("QQuickTextInput") and self.keyboard() is not None

    # --- one step ---

    def step(self) -> None:
        began = time.monotonic()
        if self.kiosk.staff.signedIn:
            self.watch.fail("staff", "a staff session started during the visitor soak")
            return
        if self.screen_name().startswith("staff"):  # a long press happened by chance: leave, sign nothing in
            self.tap_named("backButton", "escape")
        elif self.actions >= self.next_idle and self.screen_name() != "attractScreen":
            self.idle_spell()
            self.next_idle = self.actions + self._idle_gap()
        else:
            self.act()
        self.settle()
        rest = PACE_S - (time.monotonic() - began)
        if rest > 0:
            self.wait(int(rest * 1000))

    def act(self) -> None:
        rng = self.rng
        overlay = self.find("idleOverlay")
        if overlay is not None and overlay.isVisible():  # not ours: the real clock ran out (a very slow action)
            self.tap_target(self.targets(), "tap")
            return
        floor = self.floor_view()
        flicks = self.flickables()
        typing = self.text_focus()
        choices = {"tap": 10.0, "point": 0.8, "swipe": 1.5 if flicks else 0.0, "type": 6.0 if typing else 0.0}
        if floor is not None:
            choices.update({"booth": 2.5, "mapDrag": 1.0, "pinch": 0.6, "doubleTap": 0.4})
        kinds = sorted(choices)
        kind = rng.choices(kinds, weights=[choices[k] for k in kinds])[0]
        if kind == "tap":
            self.tap_target(self.targets(), "tap")
        elif kind == "point":
            self.tap_point()
        elif kind == "swipe":
            self.swipe(rng.choice(flicks))
        elif kind == "type":
            self.type_something()
        elif kind == "booth":
            self.tap_booth(floor)
        elif kind == "mapDrag":
            rect = self.scene_rect(floor).intersected(self.window_rect())
            start = self.random_point_in(rect, margin=0.2)
            by = self._point(rng.randint(-400, 400), rng.randint(-300, 300))
            self.record("mapDrag", f"floorView by {by.x()},{by.y()}", start)
            self.drag(start, by, steps=rng.randint(6, 14))
        elif kind == "pinch":
            rect = self.scene_rect(floor).intersected(self.window_rect())
            centre = self.random_point_in(rect, margin=0.3)
            gap = rng.randint(120, 260)
            end = int(gap * rng.choice([0.5, 0.7, 1.5, 2.0]))
            self.record("pinch", f"floorView {gap}->{end} px", centre)
            self.pinch(centre, gap, end)
        elif kind == "doubleTap":
            rect = self.scene_rect(floor).intersected(self.window_rect())
            point = self.random_point_in(rect, margin=0.15)
            self.record("doubleTap", "floorView", point)
            self.press_release(point, 20)
            self.wait(60)
            self.press_release(point, 20)

    @staticmethod
    def _point(x, y):
        from PySide6.QtCore import QPoint

        return QPoint(int(x), int(y))

    def random_point_in(self, rect, margin: float = 0.0):
        x0 = rect.left() + rect.width() * margin
        y0 = rect.top() + rect.height() * margin
        return self._point(self.rng.uniform(x0, rect.right() - rect.width() * margin),
                           self.rng.uniform(y0, rect.bottom() - rect.height() * margin))

    def tap_target(self, targets, kind: str) -> None:
        if not targets:
            self.tap_point()
            return
        groups: dict[str, list] = {}
        for name, item, point in targets:
            groups.setdefault(name.split("-", 1)[0], []).append((name, item, point))
        keys = sorted(groups)
        group = self.rng.choices(keys, weights=[GROUP_WEIGHTS.get(k, 1.0) for k in keys])[0]
        name, item, point = self.rng.choice(sorted(groups[group], key=lambda t: (t[0], t[2].y(), t[2].x())))
        self.record(kind, name, point)
        self.press_release(point, self.rng.randint(20, 60))

    def tap_named(self, name: str, kind: str) -> bool:
        for target in self.targets():
            if target[0] == name:
                self.record(kind, name, target[2])
                self.press_release(target[2], 30)
                return True
        return False

    def tap_point(self) -> None:
        window = self.window_rect()
        excluded = []
        keyboard = self.keyboard()
        if keyboard is not None:
            excluded.append(self.scene_rect(keyboard))
        corner = self.find("staffCorner")
        if corner is not None:
            excluded.append(self.scene_rect(corner).adjusted(0, 0, 20, 20))
        for _ in range(20):
            point = self.random_point_in(window)
            if not any(r.contains(point.toPointF()) for r in excluded):
                break
        else:
            return
        self.record("point", "", point)
        self.press_release(point, self.rng.randint(20, 60))

    def swipe(self, view) -> None:
        rect = self.scene_rect(view).intersected(self.window_rect())
        # Inside every clipping ancestor too (a chip row inside a page).
        parent = view.parentItem()
        while parent is not None:
            if parent.clip():
                rect = rect.intersected(self.scene_rect(parent))
            parent = parent.parentItem()
        if rect.isEmpty():
            return
        start = self.random_point_in(rect, margin=0.1)
        horizontal = view.property("contentWidth") > view.width() + 1 and not \
            view.property("contentHeight") > view.height() + 1
        distance = self.rng.choice([-1, 1]) * self.rng.randint(80, 600)
        by = self._point(distance, self.rng.randint(-20, 20)) if horizontal \
            else self._point(self.rng.randint(-20, 20), distance)
        self.record("swipe", f"{view.objectName() or view.metaObject().className()} by {by.x()},{by.y()}", start)
        self.drag(start, by, steps=self.rng.randint(6, 12))
        # Let the flick's momentum end: the next action then finds the same list position on a replay.
        self.wait_until(lambda: not view.property("moving"), 3000)

    def wait_still(self, floor) -> None:
        """Until the map's zoom animation (160 ms) has ended: a booth's place on screen then does not depend on
        how fast this machine is, and the same seed taps the same point."""
        def view():
            return tuple(round(floor.property(p), 4) for p in ("zoom", "cx", "cy", "angle"))

        before = view()
        for _ in range(40):
            self.wait(30)
            self.settle()  # animations move with frames: still across a frame is still
            now = view()
            if now == before:
                return
            before = now

    def tap_booth(self, floor) -> None:
        self.wait_still(floor)
        hall = floor.property("hallId")
        booths = sorted((b for b in self.kiosk.floor_map.plan.booths.values() if b.hall == hall), key=lambda b: b.id)
        view = self.scene_rect(floor).intersected(self.window_rect())
        for booth in self.rng.sample(booths, min(12, len(booths))):
            x, y = booth.rect.centre
            local = self.call(floor, "screenPoint", x, y)
            if local is None:
                continue
            point = floor.mapToScene(local).toPoint()
            if view.contains(point.toPointF()):
                self.record("booth", f"{booth.code} ({booth.id})", point)
                self.press_release(point, self.rng.randint(20, 50))
                # A second tap within the double-tap interval would be a double tap: wait it out.
                self.wait(320)
                return
        self.record("booth", "none in view: zoomReset")
        self.tap_named("zoomReset", "tap")

    # --- the keyboard ---

    def keys(self, keyboard) -> list:
        return [i for i in self.items(keyboard)
                if i.isVisible() and i.width() > 0 and i.metaObject().indexOfProperty("key") >= 0
                and i.metaObject().indexOfProperty("text") >= 0]

    def key_kind(self, key) -> str:
        return key.metaObject().className().split("_QMLTYPE_")[0].split("_QML_")[0]

    def tap_key(self, key, label: str) -> None:
        point = self.centre(key)
        self.record("key", label, point)
        self.press_release(point, self.rng.randint(20, 40))
        self.settle()

    def type_something(self) -> None:
        keyboard = self.keyboard()
        if keyboard is None:
            return
        if self.rng.random() < 0.5:
            words = WORDS["th" if self.kiosk.show.lang == "th" else "en"]
            self.type_word(keyboard, self.rng.choice(words))
            return
        for _ in range(self.rng.randint(1, 5)):
            keyboard = self.keyboard()
            if keyboard is None:
                return
            keys = self.keys(keyboard)
            weights = [SPECIAL_KEY_WEIGHTS.get(self.key_kind(k), 1.0) for k in keys]
            if not keys or not any(weights):
                return
            key = self.rng.choices(keys, weights=weights)[0]
            kind = self.key_kind(key)
            self.tap_key(key, repr(key.property("text")) if kind == "Key" else kind)

    def find_key(self, keyboard, char: str):
        for key in self.keys(keyboard):
            if self.key_kind(key) in ("Key", "SpaceKey") and key.property("text") == char:
                return key
        return None

    def type_word(self, keyboard, word: str) -> None:
        self.record("type", repr(word))
        for char in word:
            keyboard = self.keyboard()
            if keyboard is None:
                return
            key = self.find_key(keyboard, char)
            for level in ("ShiftKey", "SymbolModeKey", "ShiftKey", "SymbolModeKey"):
                if key is not None:
                    break
                switch = next((k for k in self.keys(keyboard) if self.key_kind(k) == level), None)
                if switch is not None:
                    self.tap_key(switch, level)
                    key = self.find_key(keyboard, char)
            if key is None:
                self.skipped_chars += 1
                self.note(f"no key for {char!r} on this keyboard: skipped")
                continue
            self.tap_key(key, repr(char))

    # --- "Still there?" ---

    def walk_away(self) -> None:
        """The visitor leaves: the idle clock runs out and the countdown too, back to the attract screen."""
        if self.screen_name() != "attractScreen":
            self.idle_spell(leave=True)

    def idle_spell(self, leave: bool = False) -> None:
        idle = self.kiosk.idle
        self.record("idle", f"+{2 * IDLE_SECONDS + 1} s on the idle clock")
        self.clock.offset += 2 * IDLE_SECONDS + 1  # twice the idle time: the keyboard may be open
        if not self.wait_until(lambda: idle.warning, 3000):
            self.watch.fail("idle", f"no \"Still there?\" {2 * IDLE_SECONDS + 1} s after the last touch")
            return
        self.settle()
        overlay = self.find("idleOverlay")
        if overlay is None or not overlay.isVisible():
            self.watch.fail("idle", "the idle warning is on but its overlay is not shown")
        if not leave and self.rng.random() < 0.25:
            self.tap_named("idleContinue", "tap")
            if not self.wait_until(lambda: not idle.warning, 2000):
                self.watch.fail("idle", "Continue did not end the \"Still there?\" countdown")
            self.idle_continues += 1
            return
        self.record("idle", f"+{COUNTDOWN_SECONDS + 1} s: the countdown runs out")
        self.clock.offset += COUNTDOWN_SECONDS + 1
        if not self.wait_until(lambda: self.screen_name() == "attractScreen", 3000):
            self.watch.fail("idle", "the countdown ran out but the kiosk did not return to the attract screen")
            return
        self.settle()
        k = self.kiosk
        if k.show.lang != self.start_lang or k.visit.favouriteCount != 0 or k.search.searchText != "":
            self.watch.fail("idle", f"after the idle reset the visitor is not forgotten: lang {k.show.lang}, "
                                    f"{k.visit.favouriteCount} favourites, search {k.search.searchText!r}")
        self.idle_resets += 1


def settled_rss_mb(engine) -> float:
    """Resident memory once what is already garbage is gone: Python's cycles, the QML engine's JavaScript heap,
    objects waiting for deleteLater, and the C allocator's free pages handed back to the system. Without this a
    sample is the live memory plus whatever garbage and allocator slack happen to exist that second (swings of
    30-50 MB were seen), which hides a slow leak and fakes a fast one."""
    import ctypes
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    gc.collect()
    engine.collectGarbage()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: the raw figure
        pass
    return rss_mb()


def analytics_events(path: Path) -> int | None:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            return db.execute("SELECT count(*) FROM event").fetchone()[0]
    except sqlite3.Error:
        return None


def run(args) -> int:
    watch = Watch(args.keep_going)
    watch.install()  # before the application exists: start-up warnings count too

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QGuiApplication

    from kiosk.core.store import database as kdb
    from kiosk.ui import app as ui

    width, height = (int(v) for v in args.size.lower().split("x"))
    log_path = Path(args.log)
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log_file = open(log_path, "w", encoding="utf-8", buffering=1)  # a line at a time: a crash keeps the log
    log_file.write(f"soak: seed {args.seed}, {args.minutes:g} min, {width}x{height}, lang {args.lang}, "
                   f"idle spell every ~{args.idle_every} actions\n")
    log_file.write(f"{'action':>6} {'time':>9} {'screen':<18} {'kind':<10} target\n")

    clock = IdleClock()
    db = kdb.connect(args.db)
    kiosk = ui.start(db, lang=args.lang, windowed=True, size=(width, height), screen="attract",
                     clock_start=DEMO_CLOCK, idle_seconds=IDLE_SECONDS, idle_clock=clock, speech_engine="mock",
                     pepper_path=Path(args.pepper), picture_folders=[], analytics_path=Path(args.analytics),
                     record_queries=True)
    visitor = Visitor(kiosk, random.Random(args.seed), clock, watch, log_file, lang=args.lang,
                      idle_every=args.idle_every)
    visitor.settle()
    duration = args.minutes * 60
    samples: list[dict] = []
    checkpoints: list[dict] = []

    def checkpoint():
        visitor.walk_away()
        visitor.settle()
        checkpoints.append({"t": round(visitor.elapsed(), 2), "rss_mb": round(settled_rss_mb(kiosk.engine), 1),
                            "anon_mb": round(rss_mb("RssAnon"), 1), "file_mb": round(rss_mb("RssFile"), 1),
                            "actions": visitor.actions, "screen": visitor.screen_label()})
        visitor.note(f"checkpoint: {checkpoints[-1]['rss_mb']} MB resident on the attract screen, settled")

    visitor.started = time.monotonic()
    next_sample = 0.0
    next_checkpoint = CHECKPOINT_S
    try:
        while True:
            now = visitor.elapsed()
            if now >= next_sample:
                samples.append({"t": round(now, 2), "rss_mb": round(rss_mb(), 1), "actions": visitor.actions,
                                "screen": visitor.screen_label()})
                next_sample = now + SAMPLE_S
            if now >= next_checkpoint or now >= duration:
                checkpoint()
                next_checkpoint = visitor.elapsed() + CHECKPOINT_S
            if now >= duration or watch.pending_stop:
                break
            try:
                visitor.step()
            except Exception:  # raised out of the event loop (a slot's error) or the harness itself
                watch.fail("Python exception", traceback.format_exc())
            visitor.screens[visitor.screen_label()] += 1
    except KeyboardInterrupt:
        watch.fail("interrupted", "stopped with Ctrl+C")
    elapsed = visitor.elapsed()

    # Shut down as the kiosk does, still watching: warnings while screens are destroyed count too.
    watch.context = lambda: {"t": round(elapsed, 2), "action": visitor.actions, "screen": "(shutting down)",
                             "last": list(visitor.last)}
    QGuiApplication.inputMethod().hide()
    kiosk.usage.close()  # the last analytics are written
    kiosk.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    db.close()

    memory = curve.judge(checkpoints, elapsed)
    if memory["checked"] and not memory["ok"]:
        watch.fail("memory", f"resident memory grew {memory['growth_pct']:.1f} % after warm-up "
                             f"({memory['baseline_mb']} MB → {memory['end_mb']} MB); {memory['rule']}")
    events = analytics_events(Path(args.analytics))
    result = {
        "ok": not watch.failures, "seed": args.seed, "minutes": args.minutes, "size": f"{width}x{height}",
        "lang": args.lang, "duration_s": round(elapsed, 1), "actions": visitor.actions,
        "actions_per_s": round(visitor.actions / elapsed, 2) if elapsed else 0.0,
        "screens": dict(visitor.screens.most_common()), "action_kinds": dict(visitor.kinds.most_common()),
        "idle_resets": visitor.idle_resets, "idle_continues": visitor.idle_continues,
        "analytics_events": events, "skipped_chars": visitor.skipped_chars, "memory": memory, "curve": samples,
        "checkpoints": checkpoints,
        "failures": watch.failures, "log": str(log_path),
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    log_file.close()
    print(report(result), flush=True)
    return 0 if result["ok"] else 1


def report(result: dict) -> str:
    memory = result["memory"]
    lines = [f"soak: seed {result['seed']}, {result['duration_s']:.0f} s, {result['actions']} actions "
             f"({result['actions_per_s']:.1f}/s), {len(result['screens'])} screens, "
             f"{result['idle_resets']} idle resets, {result['idle_continues']} idle continues, "
             f"{result['analytics_events']} analytics events",
             "screens: " + ", ".join(f"{k} {v}" for k, v in result["screens"].items()),
             "actions: " + ", ".join(f"{k} {v}" for k, v in result["action_kinds"].items()),
             "", curve.table(result["curve"]),
             "checkpoints (attract screen, settled), MB: "
             + " ".join(f"{c['rss_mb']:.0f}" for c in result["checkpoints"]) + "  "
             + curve.sparkline([c["rss_mb"] for c in result["checkpoints"]]), ""]
    if memory["baseline_mb"] is not None:
        lines.append(f"memory: start {memory['start_mb']} MB, baseline {memory['baseline_mb']} MB, end "
                     f"{memory['end_mb']} MB, peak {memory['peak_mb']} MB, growth {memory['growth_pct']:+.2f} % "
                     f"({memory['rule']})" + (f" — {memory['note']}" if memory.get("note") else ""))
    else:
        lines.append(f"memory: {memory.get('note', '')}")
    if result["failures"]:
        lines.append(f"\nFAILED: {len(result['failures'])} problem(s); the whole log is {result['log']}")
        for f in result["failures"]:
            repeats = f" (and {f['repeats']} more like it)" if f["repeats"] else ""
            lines += [f"\n[{f['kind']}] at {f['t']:.1f} s, action {f['action']}, screen {f['screen']}{repeats}:",
                      f["message"], "the last actions:", *("  " + a for a in f["last"][-15:])]
    else:
        lines.append("OK: no Qt warning, no Python exception, memory within budget")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.soak.visitor")
    parser.add_argument("--db", required=True)
    parser.add_argument("--analytics", required=True)
    parser.add_argument("--pepper", required=True)
    parser.add_argument("--minutes", type=float, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--lang", default="th", choices=["th", "en"])
    parser.add_argument("--idle-every", type=int, default=400)
    parser.add_argument("--out", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--keep-going", action="store_true")
    code = run(parser.parse_args(argv))
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # not the interpreter's own teardown of Qt's objects: what mattered has been checked


if __name__ == "__main__":
    main()
