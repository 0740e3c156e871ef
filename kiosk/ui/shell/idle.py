"""Inactivity: after a quiet spell a "Still there?" countdown, then the kiosk forgets the visitor."""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

QML_IMPORT_NAME = "Expo"
QML_IMPORT_MAJOR_VERSION = 1

MIN_COUNTDOWN = 20  # WCAG 2.2.1: at least 20 seconds to say "I am still here"
ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.KeyPress,
            QEvent.Type.Wheel}


@QmlElement
@QmlSingleton
class Idle(QObject):
    """Watches every touch, click and key of the application."""


    warningChanged = Signal()
    secondsLeftChanged = Signal()
    expired = Signal()

    def __init__(self, idle_seconds: int = 60, countdown_seconds: int = MIN_COUNTDOWN,
                 now: Callable[[], float] = time.monotonic, parent=None):
        super().__init__(parent)
        self._idle = max(5, int(idle_seconds))
        self._countdown = max(MIN_COUNTDOWN, int(countdown_seconds))
        self._now = now
        self._last = now()
        self._warning_since: float | None = None
        self._seconds_left = self._countdown
        self._typing = False
        self._paused = False
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    @staticmethod
    def create(engine):
        return engine.view_model(Idle)

    def eventFilter(self, watched, event) -> bool:
        # During the countdown only the overlay's own buttons end it, on release: ending it on the press would
        # pass the rest of the tap to the screen underneath.
        if event.type() in ACTIVITY and self._warning_since is None:
            self._last = self._now()
        return False

    @Property(bool, notify=warningChanged)
    def warning(self) -> bool:
        return self._warning_since is not None

    @Property(int, notify=secondsLeftChanged)
    def secondsLeft(self) -> int:
        return self._seconds_left

    typingChanged = Signal()
    pausedChanged = Signal()

    def _get_paused(self) -> bool:
        return self._paused

    def _set_paused(self, paused: bool) -> None:
        """Nothing to forget on the attract screen: the countdown does not run there."""
        if paused != self._paused:
            self._paused = paused
            self._last = self._now()
            self.pausedChanged.emit()

    paused = Property(bool, _get_paused, _set_paused, notify=pausedChanged)

    def _get_typing(self) -> bool:
        return self._typing

    def _set_typing(self, typing: bool) -> None:
        """While the keyboard is open the visitor gets twice as long: reading what you typed is not idling."""
        if typing != self._typing:
            self._typing = typing
            self.typingChanged.emit()

    typing = Property(bool, _get_typing, _set_typing, notify=typingChanged)

    @Slot(result=bool)
    def activity(self) -> bool:
        self._last = self._now()
        if self._warning_since is not None:
            self._warning_since = None
            self.warningChanged.emit()
        return True

    @Slot(result=bool)
    def tick(self) -> bool:
        now = self._now()
        if self._paused:
            self._last = now
            return True
        if self._warning_since is None:
            limit = self._idle * (2 if self._typing else 1)
            if now - self._last >= limit:
                self._warning_since = now
                self._set_left(self._countdown)
                self.warningChanged.emit()
            return True
        left = self._countdown - (now - self._warning_since)
        if left <= 0:
            self._warning_since = None
            self._last = now
            self.warningChanged.emit()
            self.expired.emit()
        else:
            self._set_left(int(left + 0.999))
        return True

    def _set_left(self, seconds: int) -> None:
        if seconds != self._seconds_left:
            self._seconds_left = seconds
            self.secondsLeftChanged.emit()
