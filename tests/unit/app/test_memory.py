"""A visitor walking away gives the heap's free pages back to the system (glibc's malloc_trim) and collects
what was kept off the cycle collector."""

import gc
import sys
import weakref

import pytest

from kiosk.ui.shell import memory


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")
def test_free_pages_are_given_back_on_linux():
    hoard = [bytes(4096) for _ in range(20_000)]  # 80 MB made and freed: pages for malloc_trim to return
    del hoard
    assert memory.give_back() is True


class Node:
    pass


def test_what_lives_all_day_is_passed_by_until_a_visitor_walks_away():
    cycle = Node()
    cycle.me = cycle
    gone = weakref.ref(cycle)
    try:
        memory.settle()
        assert gc.get_freeze_count() > 0
        del cycle
        gc.collect()
        assert gone() is not None, "frozen: a collection passes it by"
        memory.tidy()
        assert gone() is None, "collected once the visitor has walked away"
        assert gc.get_freeze_count() > 0, "and what is still alive is frozen again"
    finally:
        memory.thaw()
    assert gc.get_freeze_count() == 0


def test_what_is_made_to_live_all_day_is_made_without_the_collector_and_then_frozen():
    try:
        before = gc.get_freeze_count()
        with memory.long_lived():
            assert not gc.isenabled()
            made = [Node() for _ in range(1000)]
        assert gc.isenabled()
        assert gc.get_freeze_count() >= before + len(made)
        gc.disable()
        with memory.long_lived():
            pass
        assert not gc.isenabled(), "a collector turned off before stays off"
    finally:
        gc.enable()
        memory.thaw()
