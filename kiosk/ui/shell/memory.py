"""Freed memory given back to the system when a visitor walks away. A kiosk runs all day, and glibc keeps the heap
pages it has freed (screens made and destroyed, caches dropped) for reuse; `malloc_trim` returns the free ones, so
the resident size follows what is in use. Elsewhere than glibc, nothing happens.

And Python's cycle collector kept off what lives all day: a full collection walks every object it tracks, and with
the floor plan and the walkable graph of 10,000 booths (about 100,000 objects) that took 20-90 ms, in whichever
frame it fell (a list opening, a scroll). What is alive once the kiosk has started, and once the plan and the graph
are made (without the collector: `long_lived`), is frozen (`gc.freeze`: the collector passes it by); when a visitor
walks away everything is collected once, on the attract screen, and frozen again."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys
from contextlib import contextmanager

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


def settle() -> None:
    """What is alive now lives all day: the cycle collector passes it by from now on."""
    gc.freeze()


@contextmanager
def long_lived():
    """What is made in this block lives all day (the floor plan, the walkable graph): the cycle collector is kept out
    meanwhile, and what is alive at the end is frozen. (At 75,000 booths its full passes over what was being built,
    six of 74-243 ms, each held the interpreter from the screens.)"""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def thaw() -> None:
    """The kiosk is taken down (tests make many in one process): what was frozen is the collector's again."""
    gc.unfreeze()


def tidy() -> None:
    """When a visitor has walked away: every object collected once, what was frozen too (a plan read again leaves
    the old one behind), what is left frozen again, and the free pages given back."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    give_back()


def give_back_later(parent) -> None:
    QTimer.singleShot(AFTER_MS, parent, tidy)
