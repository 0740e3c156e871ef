"""An unexpected error: logged with its context, a calm "back in a moment" screen for the visitor, then a non-zero
exit so that the supervisor (systemd) starts the kiosk afresh."""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

import kiosk

CRASH_EXIT = 70  # EX_SOFTWARE: restarted by the unit (Restart=always)
SHOW_MS = 4000   # how long the visitor reads "back in a moment" before the restart

log = logging.getLogger("kiosk.crash")


class CrashHandler(QObject):
    failed = Signal()  # emitted from any thread; handled on the GUI thread

    def __init__(self, window, context, *, show_ms: int = SHOW_MS, leave=None):
        super().__init__(window)
        self._window = window
        self._context = context  # () -> str: where the kiosk was (screen, language, kiosk id)
        self._show_ms = show_ms
        self.leave = leave or (lambda code: QGuiApplication.instance().exit(code))
        self.failures = 0
        self.failed.connect(self._show)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._python_hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def _python_hook(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        self._report(kind, value, tb, "")

    def _thread_hook(self, args) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread else "?"
        self._report(args.exc_type, args.exc_value, args.exc_traceback, f" on thread {name}")

    def _report(self, kind, value, tb, where: str) -> None:
        try:
            context = self._context()
        except Exception as exc:  # the context is a courtesy; never let it hide the real error
            context = f"context unavailable: {exc!r}"
        log.critical("Unexpected %s%s: %s [kiosk %s; %s]", kind.__name__, where, value, kiosk.__version__, context,
                     exc_info=(kind, value, tb))
        self.failed.emit()

    def window_gone(self) -> None:
        """The window was closed or destroyed from outside: nothing is on screen, so leave at once and let the
        supervisor start the kiosk afresh."""
        log.critical("The kiosk's window is gone (closed or destroyed from outside); leaving so that it is "
                     "started again [kiosk %s]", kiosk.__version__)
        self.failures += 1
        if self.failures == 1:
            self.leave(CRASH_EXIT)

    def _show(self) -> None:
        self.failures += 1
        if self.failures > 1:
            return  # already on its way out
        self._window.setProperty("troubled", True)
        QTimer.singleShot(self._show_ms, lambda: self.leave(CRASH_EXIT))


def install(kiosk_app, *, show_ms: int = SHOW_MS, leave=None) -> CrashHandler:
    window = kiosk_app.window

    def context() -> str:
        return (f"screen {window.property('currentScreen')}, language {kiosk_app.show.lang}, "
                f"staff signed in: {kiosk_app.staff.signedIn}")

    handler = CrashHandler(window, context, show_ms=show_ms, leave=leave)
    handler.install()
    kiosk_app.admin.damaged.connect(handler.failed)  # a damaged database: restart, and recover at start
    if kiosk_app.liveness is not None:
        kiosk_app.liveness.gone.connect(handler.window_gone)
    return handler
