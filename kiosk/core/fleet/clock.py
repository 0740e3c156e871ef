"""A hybrid logical clock: stamps that follow the wall clock but never go backwards, and that move past every stamp
this kiosk has seen. An edit made after seeing another is stamped later than it, whatever the two wall clocks say;
so a kiosk whose clock runs hours fast wins only the edits made at the same time as its own (concurrent ones), not
every edit made after its own arrived."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Callable

_TEXT = re.compile(r"(\d{13})\.(\d{6})\.([a-z0-9]+(?:-[a-z0-9]+)*)", re.ASCII)


@dataclass(frozen=True, order=True)
class Stamp:
    """Wall time in milliseconds, a counter for events in the same millisecond, and the kiosk (ties go to the id)."""

    wall: int
    count: int
    node: str

    def text(self) -> str:
        """Sorts as the stamps do: 0001566458100000.000003.lobby."""
        return f"{self.wall:013d}.{self.count:06d}.{self.node}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        match = _TEXT.fullmatch(text)
        if not match:
            raise ValueError(f"{text!r} is not a clock stamp")
        return cls(int(match[1]), int(match[2]), match[3])


class Clock:
    def __init__(self, node: str, *, last: Stamp | None = None, now: Callable[[], float] = time.time):
        self.node = node
        self._now = now
        self._wall, self._count = (last.wall, last.count) if last else (0, 0)

    def tick(self) -> Stamp:
        """The stamp of a change made here now."""
        wall = int(self._now() * 1000)
        if wall > self._wall:
            self._wall, self._count = wall, 0
        else:
            self._count += 1
        return Stamp(self._wall, self._count, self.node)

    def observe(self, seen: Stamp) -> None:
        """A stamp from elsewhere: every later stamp here is after it."""
        if (seen.wall, seen.count) > (self._wall, self._count):
            self._wall, self._count = seen.wall, seen.count

    def ahead_of_wall_ms(self) -> int:
        """How far the clock runs ahead of this machine's wall clock (another kiosk's fast clock, seen here)."""
        return max(0, self._wall - int(self._now() * 1000))
