"""An unexpected error anywhere: logged with its context, a calm screen for the visitor, then a non-zero exit."""

import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time

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


@pytest.fixture
def supervisor(tmp_path, monkeypatch):
    """systemd's side of sd_notify: a real datagram socket read by a thread, and a watchdog of 0.4 s for the kiosk
    started next. Returns what has arrived so far."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(str(tmp_path / "notify"))
    listener.settimeout(0.1)
    monkeypatch.setenv("NOTIFY_SOCKET", str(tmp_path / "notify"))
    monkeypatch.setenv("WATCHDOG_USEC", "400000")
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    said, stop = [], threading.Event()

    def listen() -> None:
        while not stop.is_set():
            try:
                said.append(listener.recv(100).decode())
            except TimeoutError:
                continue

    reader = threading.Thread(target=listen, daemon=True)
    reader.start()
    yield lambda: list(said)
    stop.set()
    reader.join()
    listener.close()


def test_a_destroyed_window_stops_the_watchdog_and_the_kiosk_leaves(start_kiosk, handler_for, supervisor, caplog):
    kiosk = start_kiosk(lang="en", screen="home")
    handler, left = handler_for(kiosk)
    kiosk.qtbot.waitUntil(lambda: supervisor().count("WATCHDOG=1") >= 3, timeout=5000)  # a still screen too
    caplog.set_level(logging.CRITICAL, logger="kiosk.crash")

    kiosk.window.destroy()  # as `xdotool windowclose` does to it: the process lives on, nothing on screen
    before = len(supervisor())
    kiosk.qtbot.waitUntil(lambda: left == [crash.CRASH_EXIT], timeout=5000)
    kiosk.qtbot.wait(300)  # what a few more checks would have sent
    assert "WATCHDOG=1" not in supervisor()[before:]
    assert "The kiosk's window is gone" in caplog.text


def test_a_hard_crash_leaves_its_traceback_in_the_kiosks_log(supervisor, demo_db_file, tmp_path):
    """A segmentation fault (in Qt, a driver, a C extension) ends the process where Python's own handlers cannot
    run: the kiosk's log (its standard error, the journal under systemd) must still say where it was."""
    db_path = tmp_path / "kiosk.db"
    shutil.copyfile(demo_db_file, db_path)
    log_path = tmp_path / "kiosk.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with open(log_path, "wb") as log:
        child = subprocess.Popen([sys.executable, "-m", "kiosk", "run", "--windowed", "--db", db_path], env=env,
                                 stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while "READY=1" not in supervisor():
            assert child.poll() is None, log_path.read_text(errors="replace")
            assert time.monotonic() < deadline, "the kiosk never said it was ready"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGSEGV)
        code = child.wait(timeout=30)
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
    logged = log_path.read_text(errors="replace")
    assert code == -signal.SIGSEGV
    assert "Fatal Python error: Segmentation fault" in logged
    assert re.search(r'File ".*kiosk/cli/running\.py", line \d+ in run', logged), logged[-3000:]
