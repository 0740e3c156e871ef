"""An unexpected error anywhere: logged with its context, a calm screen for the visitor, then a non-zero exit."""

import logging
import threading

import pytest
from PySide6.QtCore import QTimer

from kiosk.ui.shell import crash


@pytest.fixture
def handler_for(qtbot):
    installed = []

    def install(kiosk):
        left = []
        handler = crash.install(kiosk.kiosk, show_ms=300, leave=left.append)
        installed.append(handler)
        return handler, left

    yield install
    for handler in installed:
        handler.uninstall()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_the_calm_screen_and_exits_non_zero(start_kiosk, handler_for, caplog):
    kiosk = start_kiosk(lang="th", screen="cities")
    handler, left = handler_for(kiosk)
    assert not any(i.isVisible() for i in kiosk.find_all("troubleScreen"))
    caplog.set_level(logging.CRITICAL, logger="kiosk.crash")

    def broken():
        raise RuntimeError("a bug in a slot")

    QTimer.singleShot(0, broken)
    kiosk.qtbot.waitUntil(lambda: any(i.isVisible() for i in kiosk.find_all("troubleScreen")))
    assert "กลับมาในอีกสักครู่" in kiosk.texts()
    assert left == []  # the visitor reads the message first
    kiosk.qtbot.waitUntil(lambda: left == [crash.CRASH_EXIT], timeout=3000)
    record = caplog.records[-1]
    assert "RuntimeError" in record.getMessage() and "a bug in a slot" in record.getMessage()
    assert "screen citiesScreen" in record.getMessage() and "language th" in record.getMessage()
    assert record.exc_info and record.exc_info[0] is RuntimeError  # the traceback goes to the log


@pytest.mark.qt_no_exception_capture
def test_an_error_on_a_worker_thread_is_handled_on_the_screen_too(start_kiosk, handler_for, caplog):
    kiosk = start_kiosk(lang="en", screen="home")
    handler, left = handler_for(kiosk)
    caplog.set_level(logging.CRITICAL, logger="kiosk.crash")

    def broken():
        raise ValueError("a bug in a worker")

    worker = threading.Thread(target=broken, name="worker")
    worker.start()
    worker.join()
    kiosk.qtbot.waitUntil(lambda: any(i.isVisible() for i in kiosk.find_all("troubleScreen")))
    assert "Back in a moment" in kiosk.texts()
    kiosk.qtbot.waitUntil(lambda: left == [crash.CRASH_EXIT], timeout=3000)
    assert "on thread worker" in caplog.records[-1].getMessage()


def test_a_second_error_does_not_stack_up_exits(start_kiosk, handler_for):
    kiosk = start_kiosk(lang="en", screen="home")
    handler, left = handler_for(kiosk)
    for _ in range(3):
        handler.failed.emit()
    kiosk.qtbot.waitUntil(lambda: left == [crash.CRASH_EXIT], timeout=3000)
    kiosk.qtbot.wait(400)
    assert left == [crash.CRASH_EXIT] and handler.failures == 3
