"""A visit plan on the floor: its entries in the order the walking route from a kiosk reaches their booths."""

from __future__ import annotations

from kiosk.core.floor import wayfinding


def walk(graph: wayfinding.Graph, start: str, entries: list[dict], *,
         step_free: bool = False) -> tuple[wayfinding.Tour, list[dict]]:
    """The tour from the kiosk `start` through the entries' booths (each entry's `booth_code`; the first
    wayfinding.MAX_STOPS booths), and the entries in its order: those at a stop as the tour reaches it, then the
    others (no booth, not on the plan, not reached, beyond the last stop) in the order given."""

    def booth_id(entry: dict) -> str | None:
        booth = graph.plan.booth_by_code(entry["booth_code"]) if entry["booth_code"] else None
        return booth.id if booth is not None else None

    booth_ids = list(dict.fromkeys(b for b in map(booth_id, entries) if b is not None))
    tour = wayfinding.tour(graph, start, booth_ids[:wayfinding.MAX_STOPS], step_free=step_free)
    stop = {b: n for n, b in enumerate(tour.order)}
    return tour, sorted(entries, key=lambda entry: stop.get(booth_id(entry), len(stop)))
