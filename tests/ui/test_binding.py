"""Guards against a broken Qt binding: a kiosk runs all day, so a slow leak becomes a crash."""

import sys

from PySide6.QtCore import QObject


def test_void_methods_keep_none_alive():
    # PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call; the process aborts after
    # a few thousand ("deallocating None"). pyproject.toml keeps such a pair from being installed.
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) - before >= -10
