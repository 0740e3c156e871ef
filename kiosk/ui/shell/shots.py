"""`kiosk screenshot`: render one screen off screen and save it as a PNG."""

from __future__ import annotations

import json
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem

from kiosk.core.catalog import content
from kiosk.core.common.errors import KioskError
from kiosk.ui import app as ui


def settle(kiosk: ui.Kiosk, timeout: float = 5.0) -> None:
    """Process events until every image in the window has loaded (or the timeout passes)."""
    started = time.monotonic()
    deadline = started + timeout
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        loading = [item for item in _items(kiosk.window.contentItem())
                   if item.inherits("QQuickImage") and item.property("source").toString()
                   and item.property("progress") < 1.0]
        if not loading and time.monotonic() - started > 0.3:  # short timers (the map's labels) have fired
            break
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _items(root: QQuickItem):
    stack = [root]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(item.childItems())


SCREENS = ("attract", "home", "cities", "exhibitors", "projects", "programme", "map", "search", "visit", "tour")
PAGES = ("city", "exhibitor", "project", "session")
STARRED = ("city", "exhibitor", "project")  # what a visitor can add to a visit plan
MAP_TARGETS = ("map", "route")


def check_screen(db, screen: str) -> None:
    """KioskError unless `screen` names a screen, or a page of an entity that exists."""
    kind, _, entity_id = screen.partition(":")
    if kind in SCREENS and (not entity_id or kind == "search"):
        return
    if kind in MAP_TARGETS and entity_id:
        if not content.booths_for(db, entity_id):
            raise KioskError(f"{entity_id!r} is not a booth, nor a city, exhibitor or project with a booth.")
        return
    if kind in PAGES and entity_id:
        if not content.exists(db, kind, entity_id):
            raise KioskError(f"There is no {kind} with the id {entity_id!r}.")
        return
    raise KioskError(f"There is no screen called {screen!r}; use one of {', '.join(SCREENS)}, "
                     f"or city:<id>, exhibitor:<id>, project:<id>, session:<id>, search:<text>, map:<id>, route:<id>.")


TEXT_SIZES = ("normal", "large", "largest")


def visitor_choices(kiosk: ui.Kiosk, *, text_size: str = "normal", reach: bool = False,
                    contrast: bool = False) -> None:
    """Set what a visitor sets with "Aa" (text size, reach mode, high contrast) on a running kiosk."""
    root = kiosk.window.contentItem()
    expression = (f"Theme.textStep = {TEXT_SIZES.index(text_size)}; Theme.reachMode = {str(reach).lower()}; "
                  f"Theme.highContrast = {str(contrast).lower()}")
    QQmlExpression(QQmlEngine.contextForObject(kiosk.window), root, expression).evaluate()


def open_keyboard(kiosk: ui.Kiosk) -> None:
    """Focus the screen's first text field, as a tap on it would, so the on-screen keyboard opens."""
    fields = [item for item in _items(kiosk.window.contentItem())
              if item.isVisible() and (item.inherits("QQuickTextInput") or item.inherits("QQuickTextEdit"))
              and not item.property("readOnly")]
    if not fields:
        raise KioskError("This screen has no text field to type in.")
    fields[-1].forceActiveFocus()
    QGuiApplication.inputMethod().show()


def render(db, out: Path, *, screen: str, lang: str, size: tuple[int, int], clock_start: str | None = None,
           kiosk_id: str | None = None, text_size: str = "normal", reach: bool = False, contrast: bool = False,
           keyboard: bool = False, visit: tuple[str, ...] = (), languages: tuple[str, ...] = ("th", "en")) -> None:
    check_screen(db, screen)
    for entry in visit:
        kind, _, entity_id = entry.partition(":")
        if kind not in STARRED or not content.exists(db, kind, entity_id):
            raise KioskError(f"--visit {entry!r} is not city:<id>, exhibitor:<id> or project:<id> of this show.")
    # With a visit plan, the screen opens once the plan is made (the tour is worked out as the map opens).
    kiosk = ui.start(db, lang=lang, languages=languages, windowed=True, size=size,
                     screen="home" if visit else screen, clock_start=clock_start, kiosk_id=kiosk_id)
    try:
        for entry in visit:
            kind, _, entity_id = entry.partition(":")
            if not kiosk.visit.isFavourite(kind, entity_id):
                kiosk.visit.toggleFavourite(kind, entity_id)
        visitor_choices(kiosk, text_size=text_size, reach=reach, contrast=contrast)
        if visit:
            QQmlExpression(QQmlEngine.contextForObject(kiosk.window), kiosk.window,
                           f"openTarget({json.dumps(screen)})").evaluate()
        settle(kiosk)
        if keyboard:
            open_keyboard(kiosk)
            settle(kiosk)
        image = kiosk.window.grabWindow()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            raise KioskError(f"Could not write {out}.")
    finally:
        kiosk.close()
