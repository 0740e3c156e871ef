"""Where a kiosk of the fleet stands on the floor plan and which way its visitors face: checked here, then written
by the writer."""

from __future__ import annotations

from sqlite_utils import Database

from kiosk.core.common.errors import KioskError
from kiosk.core.common.text import require_slug
from kiosk.core.floor import floorplan, wayfinding
from kiosk.core.store import writer


class PlacementError(KioskError):
    """A place where a kiosk cannot stand; `reason` names why for the admin screen (which words it per language):
    no_hall, outside, in_booth, in_obstacle, unreachable, not_placed."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


def place_kiosk(db: Database, kiosk_id: str, hall_id: str, x: float, y: float, facing: float | None,
                actor: str) -> floorplan.KioskPoint:
    """Put kiosk `kiosk_id` at (x, y) metres in hall `hall_id` (a new kiosk point when the id is new). The point
    must stand in the hall, not inside a booth or an obstacle, and a visitor there must be able to walk to a booth.
    `facing` (degrees clockwise from the top of the plan) keeps its current value when None."""
    require_slug(kiosk_id, "kiosk id")
    plan = floorplan.load(db)
    hall = plan.halls.get(hall_id)
    if hall is None:
        raise PlacementError("no_hall", f"There is no hall {hall_id!r}; halls: {', '.join(plan.halls) or 'none'}.")
    if not (0 <= x <= hall.width and 0 <= y <= hall.depth):
        raise PlacementError("outside", f"({x:g}, {y:g}) lies outside hall {hall_id}, which is {hall.width:g} × {hall.depth:g} m.")
    for booth in plan.booths_in(hall_id):
        if booth.rect.contains(x, y, margin=-0.01):
            raise PlacementError("in_booth", f"({x:g}, {y:g}) is inside booth {booth.code}; a kiosk stands in an aisle.")
    for feature in plan.features_in(hall_id):
        if feature.kind in floorplan.OBSTACLE_KINDS and feature.rect.contains(x, y, margin=-0.01):
            raise PlacementError("in_obstacle", f"({x:g}, {y:g}) is inside the {feature.kind} {feature.id}; a kiosk stands in an aisle.")
    current = plan.kiosks.get(kiosk_id)
    if facing is None:
        facing = current.facing if current else 0.0
    point = floorplan.KioskPoint(kiosk_id, hall_id, current.name if current else {}, float(x), float(y),
                                 float(facing) % 360)
    plan.kiosks = {kiosk_id: point}
    graph = wayfinding.Graph.build(plan)
    if plan.booths and len(wayfinding.unreachable_booths(plan, graph)) == len(plan.booths):
        raise PlacementError("unreachable", f"No booth can be reached on foot from ({x:g}, {y:g}) in hall {hall_id}: "
                         "put the kiosk beside an aisle.")
    writer.place_kiosk(db, kiosk_id, hall_id, point.x, point.y, point.facing, actor)
    return point


def set_facing(db: Database, kiosk_id: str, facing: float, actor: str) -> floorplan.KioskPoint:
    current = floorplan.load(db).kiosks.get(kiosk_id)
    if current is None:
        raise PlacementError("not_placed", f"Kiosk {kiosk_id!r} has no place on the plan yet; set its position first.")
    return place_kiosk(db, kiosk_id, current.hall, current.x, current.y, facing, actor)
