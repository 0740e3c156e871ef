"""A visit plan in walking order: the order its tour takes, whatever order the plan came in."""

from kiosk.core.floor import visits
from kiosk.core.floor import wayfinding as wf
from tests.unit.floor.test_wayfinding import load, one_aisle_db


def entry(name, code):
    return {"kind": "city", "id": name, "title": name, "booth_code": code}


def test_the_entries_follow_the_tour_and_the_rest_come_after(tmp_path):
    _, graph = load(one_aisle_db(tmp_path))  # A01 by the kiosk, S01 beyond stairs, W01 walled off
    entries = [entry("no booth", ""), entry("walled off", "W01"), entry("beyond the stairs", "S01"),
               entry("by the kiosk", "A01"), entry("not on the plan", "Z99"), entry("also by the kiosk", "a01")]
    tour, ordered = visits.walk(graph, "k", entries)
    assert tour == wf.tour(graph, "k", ["w01", "s01", "a01"])
    assert [e["id"] for e in ordered] == ["by the kiosk", "also by the kiosk", "beyond the stairs", "no booth",
                                           "walled off", "not on the plan"]
    step_free, ordered = visits.walk(graph, "k", entries, step_free=True)
    assert step_free.order == ["a01"]
    assert [e["id"] for e in ordered][:2] == ["by the kiosk", "also by the kiosk"]


def test_a_tour_takes_the_first_booths_up_to_its_limit(tmp_path, monkeypatch):
    _, graph = load(one_aisle_db(tmp_path))
    monkeypatch.setattr(wf, "MAX_STOPS", 1)
    tour, ordered = visits.walk(graph, "k", [entry("stairs", "S01"), entry("kiosk", "A01")])
    assert tour.order == ["s01"]
    assert [e["id"] for e in ordered] == ["stairs", "kiosk"]
