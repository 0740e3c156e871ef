"""A visitor walking away gives the heap's free pages back to the system (glibc's malloc_trim)."""

import sys

import pytest

from kiosk.ui.shell import memory


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")
def test_free_pages_are_given_back_on_linux():
    hoard = [bytes(4096) for _ in range(20_000)]  # 80 MB made and freed: pages for malloc_trim to return
    del hoard
    assert memory.give_back() is True
