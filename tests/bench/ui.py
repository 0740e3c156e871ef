"""Benchmarks of the visitor screens: cold start to first frame, tap to next frame, memory after start."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import time
from pathlib import Path

STARTS = 8
TAPS = 15


def next_frame(window) -> float:
    """Wait for the window's next frame on screen; returns when it was swapped (perf_counter)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    stamp = {}

    def swapped():
        stamp["t"] = time.perf_counter()
        loop.quit()

    window.frameSwapped.connect(swapped)
    QTimer.singleShot(2000, loop.quit)
    window.update()
    loop.exec()
    window.frameSwapped.disconnect(swapped)
    return stamp.get("t", float("nan"))


def close(kiosk) -> None:
    """Tear a kiosk down completely, so the next measurement in this process starts clean."""
    from PySide6.QtCore import QCoreApplication, QEvent

    kiosk.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def find(window, name: str):
    stack = [window.contentItem()]
    while stack:
        item = stack.pop()
        if item.objectName() == name and item.isVisible():
            return item
        stack.extend(item.childItems())
    raise RuntimeError(f"no visible item called {name}")


def cold_start(db: Path | None, *, child: str = "tests.bench.ui_child", env: dict | None = None,
               starts: int = STARTS, warm_up: bool = True) -> dict:
    """Process launch to the first painted frame (of the attract screen, or of the floor's empty window), measured
    from outside the process; memory after start as the child reports it; `env` e.g. a display. With `warm_up`, one
    start first that is not counted: the first start after a change of the QML compiles it (once, about 80 ms)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    times, rss, pss, renderer = [], [], [], ""
    for n in range(-1 if warm_up else 0, starts):
        started = time.time()
        done = subprocess.run([sys.executable, "-m", child, *([str(db)] if db else [])], capture_output=True,
                              text=True, check=False, env=env, timeout=120)
        lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
        if "FRAME" not in lines or "PSS" not in lines:
            raise RuntimeError(f"{child} did not paint a frame: {done.stderr[-500:]}")
        if n < 0:
            continue
        times.append(float(lines["FRAME"]) - started)
        rss.append(float(lines["RSS"]))
        pss.append(float(lines["PSS"]))
        renderer = lines.get("RENDERER", "")
    return {"times": times, "rss_mb": max(rss), "pss_mb": max(pss), "renderer": renderer}


# Between one screen appearing and the next tap: no person reads a screen and moves a finger faster. The kiosk uses
# such pauses to make the list screens ahead (Main.qml's spares); taps back to back, faster than any visitor, find
# no spare and make the screen then (about 45 ms instead of 20).
VISITOR_PAUSE_MS = 300


def first_row(window, prefix: str):
    """The topmost row on screen whose name starts with `prefix` (a list makes rows ahead, below its view)."""
    rows, stack = [], [window.contentItem()]
    while stack:
        item = stack.pop()
        if item.objectName().startswith(prefix) and item.isVisible():
            y = item.mapToScene(item.boundingRect().topLeft()).y()
            if 0 <= y < window.height() - item.height():
                rows.append((y, item.objectName()))
        stack.extend(item.childItems())
    if not rows:
        raise RuntimeError(f"no row called {prefix}… on screen")
    return min(rows)[1]


# The main transitions, in turn: a list screen from home, an entry's page from its list, and back.
TRANSITIONS = (("tile-cities", "screen"), ("city-phnom-penh", "page"), ("backButton", "screen"),
               ("homeButton", "screen"), ("tile-exhibitors", "screen"), ("exhibitor-", "page"),
               ("homeButton", "screen"), ("tile-programme", "screen"), ("homeButton", "screen"),
               ("tile-projects", "screen"), ("project-", "page"), ("homeButton", "screen"))


def tap_to_frame(db: Path) -> tuple[dict[str, list[float]], str]:
    """From the tap's release to the next frame on screen, over the main transitions, at a visitor's pace: the
    times of taps that open a screen and of taps that open an entry's page."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF
    from PySide6.QtTest import QTest

    from kiosk.core.store import database as kdb
    from kiosk.ui import app as ui

    kiosk = ui.start(kdb.connect(db), lang="th", windowed=True, size=(1920, 1080), screen="home")
    window = kiosk.window
    device = QTest.createTouchDevice()

    def tap(name: str) -> float:
        next_frame(window)
        QTest.qWait(VISITOR_PAUSE_MS)
        item = find(window, first_row(window, name) if name.endswith("-") else name)
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
        QTest.touchEvent(window, device).press(0, centre, window).commit()
        started = time.perf_counter()  # the release is the tap: events are delivered at once, so time from here
        QTest.touchEvent(window, device).release(0, centre, window).commit()
        return next_frame(window) - started

    api = window.rendererInterface().graphicsApi()
    renderer = getattr(api, "name", str(api))
    samples: dict[str, list[float]] = {"screen": [], "page": []}
    for _ in range(TAPS):
        for target, kind in TRANSITIONS:
            samples[kind].append(tap(target))
    if kiosk.window.property("currentScreen") != "homeScreen":
        raise RuntimeError(f"the taps ended on {kiosk.window.property('currentScreen')}, not at home")
    close(kiosk)
    return samples, renderer


TYPED_ON_SCREEN = ["bangkok", "กรุงเทพ", "น้ำท่วม", "da nang", "smart mobility"]


def keystroke_to_results(db: Path, words: list[str]) -> list[float]:
    """From a key press in the search field to the next frame showing the updated results, through the real QML."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest

    from kiosk.core.store import database as kdb
    from kiosk.ui import app as ui

    kiosk = ui.start(kdb.connect(db), lang="th", windowed=True, size=(1920, 1080), screen="search",
                     speech_engine="none")
    window = kiosk.window
    # As a visitor would: the screen is up and the kiosk has finished what it does after a screen change (making
    # the list screens ahead, 30-40 ms each) before the first key.
    QTest.qWait(1000)

    field = find(window, "searchField")
    field.forceActiveFocus()
    samples = []
    for word in words:
        field.setProperty("text", "")
        next_frame(window)
        for char in word:
            started = time.perf_counter()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(window, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                             char))
            samples.append(next_frame(window) - started)
        if field.property("text") != word:
            raise RuntimeError(f"typed {word!r} but the field shows {field.property('text')!r}")
    close(kiosk)
    return samples


def map_frames(db: Path, kiosk_id: str) -> dict[str, list[float]]:
    """Frame times on the floor map while it pans and zooms: from a change of the view to the next frame."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest

    from kiosk.core.store import database as kdb
    from kiosk.ui import app as ui

    kiosk = ui.start(kdb.connect(db), lang="en", windowed=True, size=(1920, 1080), screen="map",
                     speech_engine="none", kiosk_id=kiosk_id)
    window = kiosk.window
    kiosk.floor_map.graph()  # steady state: the walkable graph is built (timed separately in bench_routes)
    for _ in range(5):
        next_frame(window)
    view = find(window, "floorView")
    view.setProperty("animated", False)
    out: dict[str, list[float]] = {"panning": [], "zooming": [], "panning zoomed in (labels shown)": []}

    def step(name: str, prop: str, value: float) -> None:
        started = time.perf_counter()
        view.setProperty(prop, value)
        out[name].append(next_frame(window) - started)

    for i in range(120):
        step("panning", "cx", view.property("cx") + (1.5 if i < 60 else -1.5))
    fit = view.property("fitZoom")
    for i in range(120):
        step("zooming", "zoom", fit * (1.02 ** (i if i < 60 else 120 - i)))
    view.setProperty("zoom", fit * 8)
    QTest.qWait(200)  # the labels for this zoom come in
    next_frame(window)
    for i in range(120):
        step("panning zoomed in (labels shown)", "cx", view.property("cx") + (0.4 if i < 60 else -0.4))
    close(kiosk)
    return out


LISTS = (("cities", "cityList"), ("exhibitors", "exhibitorList"), ("projects", "projectList"))
OPENS = int(os.environ.get("BENCH_LIST_OPENS", "10"))
SCROLL_STEPS = 120
SCROLL_PX = 60  # a brisk flick: 3,600 px a second at 60 frames a second


def list_screens(db: Path, settled: bool = False) -> dict[str, dict[str, list[float]]]:
    """Each list screen: from the tap on its home tile to the next frame (the screen with its first rows), and
    then, on the open list, each frame while it scrolls down (the list moved SCROLL_PX, to the next frame). Beside
    each time, the CPU time of the screens' thread in it ("open_cpu", "scroll_cpu"): the rest is waiting (for the
    machine's other work, for Python's interpreter while a worker thread runs Python, and, without a display's
    vsync, the up to 5 ms Qt waits before it draws an update asked for: QT_QPA_UPDATE_IDLE_TIME). `settled`: first
    wait for what the kiosk does in its first seconds (the floor plan read and the walkable graph built on a
    worker thread, 5-20 s at 75,000 booths), as `map_frames` does."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF
    from PySide6.QtTest import QTest

    from kiosk.core.store import database as kdb
    from kiosk.ui import app as ui

    kiosk = ui.start(kdb.connect(db), lang="th", windowed=True, size=(1920, 1080), screen="home",
                     speech_engine="none")
    window = kiosk.window
    device = QTest.createTouchDevice()
    if settled:
        kiosk.floor_map.graph()
    cpu: list[float] = []

    def tap(name: str) -> float:
        next_frame(window)
        QTest.qWait(VISITOR_PAUSE_MS)
        item = find(window, name)
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
        QTest.touchEvent(window, device).press(0, centre, window).commit()
        started, cpu_started = time.perf_counter(), time.thread_time()
        QTest.touchEvent(window, device).release(0, centre, window).commit()
        took = next_frame(window) - started
        cpu.append(time.thread_time() - cpu_started)
        return took

    out: dict[str, dict[str, list[float]]] = {}
    for kind, list_name in LISTS:
        opens, open_cpu, scrolls, scroll_cpu = [], [], [], []
        for n in range(OPENS):
            opens.append(tap(f"tile-{kind}"))
            open_cpu.append(cpu[-1])
            if n == 0:
                view = find(window, list_name)
                step = SCROLL_PX
                for _ in range(SCROLL_STEPS):
                    if view.property("atYEnd") and step > 0 or view.property("atYBeginning") and step < 0:
                        step = -step  # a short list: back and forth
                    started, cpu_started = time.perf_counter(), time.thread_time()
                    view.setProperty("contentY", view.property("contentY") + step)
                    scrolls.append(next_frame(window) - started)
                    scroll_cpu.append(time.thread_time() - cpu_started)
            tap("homeButton")
        out[kind] = {"open": opens, "scroll": scrolls, "open_cpu": open_cpu, "scroll_cpu": scroll_cpu}
    close(kiosk)
    return out


FRAME_S = 1 / 60  # a 60 Hz display


def dropped(stamps: list[float]) -> tuple[int, int]:
    """Frames a 60 Hz display would have shown between the first and the last stamp, and how many of them the
    window missed: an interval between two frames of n displays' frames (rounded) misses n - 1."""
    intervals = [b - a for a, b in itertools.pairwise(stamps)]
    missed = sum(max(0, round(i / FRAME_S) - 1) for i in intervals)
    return len(intervals) + missed, missed


FLICKS = 6


class Finger:
    """A finger on `window` whose frames on screen are stamped: drags, flicks, and the frames they dropped."""

    def __init__(self, window):
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        self.window, self.device, self.stamps = window, QTest.createTouchDevice(), []
        # Queued: on a display Qt may render on a thread of its own, which must never wait for Python's lock.
        window.frameSwapped.connect(lambda: self.stamps.append(time.perf_counter()), Qt.ConnectionType.QueuedConnection)

    @staticmethod
    def centre(item):
        from PySide6.QtCore import QPointF

        return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()

    def drag(self, start, dx: int, dy: int, moves: int, step_ms: int) -> None:
        from PySide6.QtCore import QPoint
        from PySide6.QtTest import QTest

        window, device = self.window, self.device
        QTest.touchEvent(window, device).press(0, start, window).commit()
        for n in range(1, moves + 1):
            QTest.qWait(step_ms)
            QTest.touchEvent(window, device).move(0, start + QPoint(dx * n // moves, dy * n // moves), window).commit()
        QTest.touchEvent(window, device).release(0, start + QPoint(dx, dy), window).commit()

    def flick(self, view, n: int) -> None:
        """The n-th flick of a list, down and up in turn, and the wait until the list stands still."""
        from PySide6.QtTest import QTest

        up = n % 2 == 0  # a finger moving up scrolls the list down
        self.drag(self.centre(view), 0, -400 if up else 400, 5, 16)
        deadline = time.monotonic() + 6
        while view.property("moving") and time.monotonic() < deadline:
            QTest.qWait(20)

    def drops(self, gesture, times: int = FLICKS) -> dict[str, int]:
        """`gesture(n)` for n in range(times): the frames a 60 Hz display would have shown, and those missed."""
        due = missed = 0
        for n in range(times):
            self.stamps.clear()
            gesture(n)
            frames, lost = dropped(self.stamps)
            due, missed = due + frames, missed + lost
        return {"frames": due, "dropped": missed}


def frame_drops(db: Path) -> dict[str, dict[str, int]]:
    """Dropped frames while a finger flicks each list screen (down and up, FLICKS times, each until the list stops)
    and pans the floor map (a drag back and forth, a move every frame): frames due and frames missed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest

    from kiosk.core.store import database as kdb
    from kiosk.ui import app as ui

    kiosk = ui.start(kdb.connect(db), lang="th", windowed=True, size=(1920, 1080), screen="home",
                     speech_engine="none")
    window = kiosk.window
    kiosk.floor_map.graph()  # settled first, as `list_screens`: the plan read and the graph built (5-20 s at 75,000)
    finger = Finger(window)

    def tap(name: str) -> None:
        QTest.qWait(VISITOR_PAUSE_MS)
        point = finger.centre(find(window, name))
        QTest.touchEvent(window, finger.device).press(0, point, window).commit()
        QTest.touchEvent(window, finger.device).release(0, point, window).commit()
        QTest.qWait(1000)  # the screen is up and what the kiosk does after a screen change is done

    out: dict[str, dict[str, int]] = {}
    for kind, list_name in LISTS:
        tap(f"tile-{kind}")
        view = find(window, list_name)
        out[f"flicking {kind.capitalize()}"] = finger.drops(lambda n, view=view: finger.flick(view, n))
        tap("homeButton")
    tap("tile-map")
    plan = find(window, "floorView")
    out["panning the map"] = finger.drops(lambda n: finger.drag(finger.centre(plan), 600 if n % 2 else -600, 0, 60, 16))
    close(kiosk)
    return out


if __name__ == "__main__":
    # In a process of its own (e.g. on an X display): `python -m tests.bench.ui taps|typing|drops|lists DB` prints JSON.
    import json

    what, path = sys.argv[1], Path(sys.argv[2])
    if what == "drops":
        print(json.dumps(frame_drops(path)))
    elif what == "lists":
        print(json.dumps(list_screens(path, settled=True)))
    elif what == "taps":
        found, api_name = tap_to_frame(path)
        print(json.dumps({**found, "renderer": api_name}))
    else:
        print(json.dumps(keystroke_to_results(path, TYPED_ON_SCREEN)))
