"""The hybrid logical clock: stamps never go backwards, and an edit made after seeing another is stamped later."""

import pytest

from kiosk.core.fleet.clock import Clock, Stamp

HOUR = 3600.0


class Wall:
    def __init__(self, t=1_566_450_000.0):
        self.t = t

    def __call__(self):
        return self.t


def test_stamps_follow_the_wall_clock_and_never_go_backwards():
    wall = Wall()
    clock = Clock("lobby", now=wall)
    first = clock.tick()
    assert first == Stamp(1_566_450_000_000, 0, "lobby")
    second = clock.tick()  # the same millisecond
    assert second > first and second.count == 1
    wall.t -= 60  # the machine's clock is set back a minute
    assert clock.tick() > second
    wall.t += 120
    assert clock.tick().wall == 1_566_450_060_000


def test_a_kiosk_hours_fast_wins_only_concurrent_edits_not_the_edits_made_after_its_own_arrived():
    fast, right = Wall(1_566_450_000.0 + 3 * HOUR), Wall(1_566_450_000.0)
    a, b = Clock("a-fast", now=fast), Clock("b", now=right)
    concurrent_b = b.tick()
    edit_a = a.tick()
    assert edit_a > concurrent_b  # made at the same time, without seeing each other: the fast clock wins
    b.observe(edit_a)  # B receives A's entry
    right.t += 60
    assert b.tick() > edit_a  # a minute later B's edit is later than A's, not three hours later
    assert b.ahead_of_wall_ms() == pytest.approx(3 * HOUR * 1000 - 60_000, abs=1)


def test_stamps_sort_as_their_text_and_read_back():
    stamps = [Stamp(1_566_450_000_000, 2, "b"), Stamp(1_566_450_000_000, 10, "a"), Stamp(1_566_450_000_001, 0, "a"),
              Stamp(1_566_450_000_000, 2, "a")]
    assert sorted(stamps) == sorted(stamps, key=Stamp.text)
    assert [Stamp.parse(s.text()) for s in stamps] == stamps
    with pytest.raises(ValueError):
        Stamp.parse("yesterday")
