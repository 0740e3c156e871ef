"""The floor plan as plain data: halls, their features, booths with their owners, and where each kiosk stands."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlite_utils import Database

# Kinds of feature a visitor cannot walk through (aisles are walkable; entrances are doors in a wall).
OBSTACLE_KINDS = ("wall", "stage", "registration", "information", "toilet", "lift")
EPSILON = 1e-6  # metres: rectangles that touch within this do not overlap


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, x: float, y: float, margin: float = 0.0) -> bool:
        return self.x - margin <= x <= self.right + margin and self.y - margin <= y <= self.bottom + margin


@dataclass(frozen=True)
class Hall:
    id: str
    name: dict
    width: float
    depth: float
    level: int


@dataclass(frozen=True)
class Feature:
    id: str
    hall: str
    kind: str
    name: dict
    rect: Rect
    link: str | None = None


@dataclass(frozen=True)
class Booth:
    id: str
    code: str
    hall: str
    rect: Rect
    owner_type: str  # "city" or "exhibitor" (an organisation of any kind)
    owner_id: str
    owner_kind: str  # "city", or the organisation's kind: exhibitor, partner_delegation, organiser, city_pavilion
    country_id: str | None
    name: dict
    short_name: str | None  # an acronym such as "NEC", the same in every language


@dataclass(frozen=True)
class KioskPoint:
    id: str
    hall: str
    name: dict
    x: float
    y: float
    facing: float


@dataclass
class Plan:
    halls: dict[str, Hall] = field(default_factory=dict)
    features: list[Feature] = field(default_factory=list)
    booths: dict[str, Booth] = field(default_factory=dict)
    kiosks: dict[str, KioskPoint] = field(default_factory=dict)

    def booths_in(self, hall_id: str) -> list[Booth]:
        return [b for b in self.booths.values() if b.hall == hall_id]

    def features_in(self, hall_id: str) -> list[Feature]:
        return [f for f in self.features if f.hall == hall_id]

    def booth_by_code(self, code: str) -> Booth | None:
        return self.booths.get(code.strip().lower())


def _texts(value: str | None) -> dict:
    return json.loads(value) if value else {}


def load(db: Database) -> Plan:
    plan = Plan()
    for hall_id, name, width, depth, level in db.execute(
            "SELECT id, name, width_m, depth_m, level FROM hall ORDER BY level, id"):
        plan.halls[hall_id] = Hall(hall_id, _texts(name), width, depth, level)
    for fid, hall, kind, name, x, y, w, h, link in db.execute(
            "SELECT id, hall_id, kind, name, x, y, w, h, link FROM hall_feature ORDER BY hall_id, id"):
        plan.features.append(Feature(fid, hall, kind, _texts(name), Rect(x, y, w, h), link))
    rows = db.execute(
        """SELECT b.id, b.code, b.hall_id, b.x, b.y, b.w, b.h, b.city_id, b.organisation_id,
                  c.country_id, c.name, o.kind, o.country_id, o.name, o.short_name
           FROM booth b LEFT JOIN city c ON c.id = b.city_id LEFT JOIN organisation o ON o.id = b.organisation_id
           ORDER BY b.code""")
    for bid, code, hall, x, y, w, h, city, org, city_country, city_name, kind, org_country, org_name, short in rows:
        if city:
            owner = ("city", city, "city", city_country, _texts(city_name), None)
        else:
            owner = ("exhibitor", org or "", kind or "exhibitor", org_country, _texts(org_name), short or None)
        plan.booths[bid] = Booth(bid, code, hall, Rect(x, y, w, h), *owner)
    for kid, hall, name, x, y, facing in db.execute(
            "SELECT id, hall_id, name, x, y, facing FROM kiosk_point ORDER BY rowid"):
        plan.kiosks[kid] = KioskPoint(kid, hall, _texts(name), x, y, facing % 360)
    return plan


def overlapping_booths(db: Database) -> list[tuple[str, str, str]]:
    """Pairs of booths whose rectangles overlap (touching edges is fine): a sweep along x per hall."""
    found = []
    hall, active = None, []
    for code, hall_id, x, y, w, h in db.execute("SELECT code, hall_id, x, y, w, h FROM booth ORDER BY hall_id, x"):
        if hall_id != hall:
            hall, active = hall_id, []
        active = [b for b in active if b[1] + b[3] > x + EPSILON]
        for other in active:
            if other[2] < y + h - EPSILON and y < other[2] + other[4] - EPSILON:
                found.append((other[0], code, hall_id))
        active.append((code, x, y, w, h))
    return found


def kiosk_ids(db: Database) -> list[str]:
    """The kiosks placed on the plan, in the order they were placed (the first stands in for an unnamed kiosk)."""
    return [kiosk_id for (kiosk_id,) in db.execute("SELECT id FROM kiosk_point ORDER BY rowid")]
