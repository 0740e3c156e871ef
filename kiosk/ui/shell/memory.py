"""Freed memory given back to the system when a visitor walks away. A kiosk runs all day, and glibc keeps the heap
pages it has freed (screens made and destroyed, caches dropped) for reuse; `malloc_trim` returns the free ones, so
the resident size follows what is in use. Elsewhere than glibc, nothing happens."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

from PySide6.QtCore import QTimer

AFTER_MS = 3000  # once the old screens are deleted and the attract screen is drawn


def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None
    trim = getattr(libc, "malloc_trim", None)
    if trim is not None:
        trim.argtypes = [ctypes.c_size_t]
        trim.restype = ctypes.c_int
    return trim


_TRIM = _malloc_trim()


def give_back() -> bool:
    """Return the heap's free pages to the system; False where the C library cannot."""
    if _TRIM is None:
        return False
    _TRIM(0)
    return True


def give_back_later(parent) -> None:
    QTimer.singleShot(AFTER_MS, parent, give_back)
