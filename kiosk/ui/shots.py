"""`kiosk screenshot`: render one screen off screen and save it as a PNG."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtQuick import QQuickItem

from kiosk.core.errors import KioskError
from kiosk.ui import app as ui


def settle(kiosk: ui.Kiosk, timeout: float = 5.0) -> None:
    """Process events until every image in the window has loaded (or the timeout passes)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        loading = [item for item in _items(kiosk.window.contentItem())
                   if item.inherits("QQuickImage") and item.property("source").toString()
                   and item.property("progress") < 1.0]
        if not loading:
            break
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _items(root: QQuickItem):
    stack = [root]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(item.childItems())


def render(db, out: Path, *, screen: str, lang: str, size: tuple[int, int], clock_start: str | None = None) -> None:
    kiosk = ui.start(db, lang=lang, windowed=True, size=size, screen=screen, clock_start=clock_start)
    try:
        settle(kiosk)
        current = kiosk.window.findChild(QQuickItem, "stack").property("currentItem")
        if current is None:
            raise KioskError(f"There is no screen called {screen!r}.")
        image = kiosk.window.grabWindow()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            raise KioskError(f"Could not write {out}.")
    finally:
        kiosk.window.close()
        kiosk.engine.deleteLater()
