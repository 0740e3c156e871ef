"""Routes along the aisles: detours round walls, step-free ways, lifts between halls, tours and the doctor's checks."""

import json
import math
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.common.errors import KioskError
from kiosk.core.floor import floorplan
from kiosk.core.floor import wayfinding as wf
from kiosk.core.floor.floorplan import Rect
from kiosk.core.operations import health
from kiosk.core.store import database as kdb
from kiosk.core.store import writer

# A hall with four aisles round its edge: the kiosk and booth B01 sit on the top aisle, 27 m apart.
RING_AISLES = [("top", "aisle", 0, 0, 40, 3), ("bottom", "aisle", 0, 12, 40, 3), ("left", "aisle", 0, 0, 3, 15),
               ("right", "aisle", 37, 0, 3, 15)]
RING_BOOTHS = [("B01", "ring", 30, 3, 4, 3)]
RING_KIOSKS = [("k", "ring", 5, 1.5)]
STRAIGHT_M = 27 + 1.5  # along the top aisle, then into the booth's door
ROUND_M = 3.5 + 12 + 37 + 12 + 6.5 + 1.5  # left, down, along the bottom, up, back along the top, into the door

# One aisle: booth A01 by the kiosk, S01 behind stairs across the aisle, W01 between two walls across it.
ONE_AISLE = [("aisle", "aisle", 0, 0, 45, 3), ("stairs", "stairs", 10, 0, 2, 3), ("wall-1", "wall", 27, 0, 0.5, 3),
             ("wall-2", "wall", 34, 0, 0.5, 3)]
ONE_AISLE_BOOTHS = [("A01", "w", 4, 3, 3, 3), ("S01", "w", 20, 3, 3, 3), ("W01", "w", 29, 3, 3, 3)]


def make_plan_db(path, halls, features, booths, kiosks):
    """A database holding only a floor plan. halls: (id, width, depth, level); features: (id, kind, x, y, w, h)
    with an optional link, each tuple prefixed by its hall; booths: (code, hall, x, y, w, h); kiosks: (id, hall, x, y)."""
    with kdb.connect(path) as db, kdb.transaction(db):
        writer.insert_many(db, "organisation", [{"id": "acme", "kind": "exhibitor",
                                                "name": {"en": "Acme", "th": "แอคมี"}}], "test")
        writer.insert_many(db, "hall", [{"id": h, "name": {"en": h, "th": h}, "width_m": w, "depth_m": d, "level": lvl}
                                       for h, w, d, lvl in halls], "test")
        writer.insert_many(db, "hall_feature", [
            {"id": f[1], "hall_id": f[0], "kind": f[2], "name": {"en": f[1], "th": f[1]}, "x": f[3], "y": f[4],
             "w": f[5], "h": f[6], "link": f[7] if len(f) > 7 else None} for f in features], "test")
        writer.insert_many(db, "booth", [
            {"id": code.lower(), "code": code, "hall_id": hall, "x": x, "y": y, "w": w, "h": h,
             "organisation_id": "acme"} for code, hall, x, y, w, h in booths], "test")
        writer.insert_many(db, "kiosk_point", [
            {"id": k, "hall_id": hall, "name": {"en": k, "th": k}, "x": x, "y": y, "facing": 0}
            for k, hall, x, y in kiosks], "test")
    return path


def load(path):
    with kdb.connect(path) as db:
        plan = floorplan.load(db)
    return plan, wf.Graph.build(plan)


def ring(tmp_path, *extra):
    features = [("ring", *f) for f in RING_AISLES + list(extra)]
    return load(make_plan_db(tmp_path / "ring.db", [("ring", 40, 15, 0)], features, RING_BOOTHS, RING_KIOSKS))


def two_floors(tmp_path, *, stairs=True):
    """Two stacked halls, each one aisle with stairs at the left end and a lift at the right; the kiosk is on
    the ground floor near the stairs, booth U01 upstairs near them too."""
    features = []
    for hall in ("ground", "upper"):
        features += [(hall, f"{hall}-aisle", "aisle", 0, 0, 30, 3),
                     (hall, f"{hall}-lift", "lift", 27, 3, 3, 3, "lift")]
        if stairs:
            features.append((hall, f"{hall}-stairs", "stairs", 0, 3, 3, 3, "stairs"))
    path = make_plan_db(tmp_path / "floors.db", [("ground", 30, 6, 0), ("upper", 30, 6, 1)], features,
                        [("U01", "upper", 5, 3, 3, 3)], [("k", "ground", 5, 1.5)])
    return load(path)


def one_aisle_db(tmp_path, kiosks=(("k", "w", 3, 1.5),), extra=()):
    features = [("w", *f) for f in ONE_AISLE + list(extra)]
    return make_plan_db(tmp_path / "aisle.db", [("w", 45, 6, 0)], features, ONE_AISLE_BOOTHS, list(kiosks))


def points(route):
    return [p for leg in route.legs for p in leg.points]


def passes_through(p, q, r: Rect, step=0.05) -> bool:
    """Whether the segment p-q enters the inside of r (sampled every 5 cm)."""
    n = max(1, int(math.dist(p, q) / step))
    samples = ((p[0] + (q[0] - p[0]) * i / n, p[1] + (q[1] - p[1]) * i / n) for i in range(n + 1))
    return any(r.x + 1e-6 < x < r.right - 1e-6 and r.y + 1e-6 < y < r.bottom - 1e-6 for x, y in samples)


def on_edge(p, r: Rect) -> bool:
    inside = r.contains(*p, 1e-6)
    return inside and min(abs(p[0] - r.x), abs(p[0] - r.right), abs(p[1] - r.y), abs(p[1] - r.bottom)) < 1e-6


def walked(route) -> float:
    return sum(math.dist(a, b) for leg in route.legs for a, b in zip(leg.points, leg.points[1:]))


# --- crafted halls ---


def test_the_straight_way_along_an_open_aisle(tmp_path):
    plan, graph = ring(tmp_path)
    route = wf.route(graph, "k", "B01")
    assert route.length_m == pytest.approx(STRAIGHT_M)
    assert route.legs == [wf.Leg("ring", [(5, 1.5), (32, 1.5), (32, 3)])]
    assert (route.via, route.steps, route.minutes) == ([], False, 1)


def test_a_wall_across_the_aisle_forces_a_detour(tmp_path):
    wall = ("wall", "wall", 20, 0, 0.5, 3)
    plan, graph = ring(tmp_path, wall)
    route = wf.route(graph, "k", "b01")
    assert route.length_m == pytest.approx(ROUND_M)
    assert route.length_m > STRAIGHT_M
    path = points(route)
    assert not any(passes_through(a, b, Rect(*wall[2:])) for a, b in zip(path, path[1:]))
    assert path[0] == (5, 1.5) and path[-1] == (32, 3)


def test_step_free_goes_round_stairs_that_lie_across_the_aisle(tmp_path):
    plan, graph = ring(tmp_path, ("stairs", "stairs", 20, 0, 2, 3))
    normal = wf.route(graph, "k", "B01")
    assert normal.length_m == pytest.approx(STRAIGHT_M)
    assert normal.steps
    step_free = wf.route(graph, "k", "B01", step_free=True)
    assert step_free.length_m == pytest.approx(ROUND_M)
    assert not step_free.steps
    path = points(step_free)
    assert not any(passes_through(a, b, Rect(20, 0, 2, 3)) for a, b in zip(path, path[1:]))


def test_two_floors_stairs_or_lift(tmp_path):
    plan, graph = two_floors(tmp_path)
    by_stairs = wf.route(graph, "k", "U01")
    assert by_stairs.via == ["ground-stairs"] and by_stairs.steps
    assert [leg.hall for leg in by_stairs.legs] == ["ground", "upper"]
    assert by_stairs.legs[0].points == [(5, 1.5), (1.5, 1.5), (1.5, 3)]
    assert by_stairs.legs[1].points == [(1.5, 3), (1.5, 1.5), (6.5, 1.5), (6.5, 3)]
    assert by_stairs.length_m == pytest.approx(5 + wf.STAIRS_COST + 8)
    assert by_stairs.length_m == pytest.approx(walked(by_stairs) + wf.STAIRS_COST)

    by_lift = wf.route(graph, "k", "U01", step_free=True)
    assert by_lift.via == ["ground-lift"] and not by_lift.steps
    assert [leg.hall for leg in by_lift.legs] == ["ground", "upper"]
    assert by_lift.length_m == pytest.approx(25 + wf.LIFT_COST + 25)
    assert by_lift.length_m == pytest.approx(walked(by_lift) + wf.LIFT_COST)
    assert by_lift.minutes == 1


def test_two_halls_joined_by_a_lift_only(tmp_path):
    plan, graph = two_floors(tmp_path, stairs=False)
    route = wf.route(graph, "k", "U01")
    assert len(route.legs) == 2
    assert route.via == ["ground-lift"]
    assert route.legs[0].points[-1] == (28.5, 3) and route.legs[1].points[0] == (28.5, 3)
    assert route.legs[-1].points[-1] == (6.5, 3)
    assert route == wf.route(graph, "k", "U01", step_free=True)


def test_walled_off_and_stairs_only_booths_are_found(tmp_path):
    path = one_aisle_db(tmp_path)
    plan, graph = load(path)
    assert wf.unreachable_booths(plan, graph) == ["W01"]
    assert wf.unreachable_booths(plan, graph, step_free=True) == ["S01", "W01"]
    assert wf.route(graph, "k", "W01") is None
    assert wf.route(graph, "k", "W01", step_free=True) is None
    assert wf.route(graph, "k", "S01").steps
    assert wf.route(graph, "k", "S01", step_free=True) is None
    assert not wf.route(graph, "k", "A01", step_free=True).steps
    with kdb.connect(path) as db:
        booths = [p for p in health.problems(db) if p.startswith("Booth")]  # the plan alone: it holds no event
        assert booths == ["Booth W01 cannot be reached from any kiosk or entrance.",
                          "Booth S01 can only be reached by stairs."]


def test_kiosk_doctor_reports_unreachable_booths(tmp_path):
    path = one_aisle_db(tmp_path)
    result = subprocess.run([sys.executable, "-m", "kiosk", "doctor", "--db", str(path)], capture_output=True,
                            text=True, env={**os.environ, "KIOSK_DATA_DIR": str(tmp_path / "data")}, timeout=120)
    assert result.returncode == 1
    assert "Booth W01 cannot be reached from any kiosk or entrance." in result.stdout.splitlines()
    assert "Booth S01 can only be reached by stairs." in result.stdout.splitlines()


@pytest.mark.parametrize("kiosks, extra", [
    ((), [("entrance", "entrance", 0, 0, 0.5, 3)]),  # no kiosk: from the entrance
    ((), []),  # no kiosk, no entrance: from the hall's first aisle
])
def test_without_kiosks_reachability_starts_elsewhere(tmp_path, kiosks, extra):
    plan, graph = load(one_aisle_db(tmp_path, kiosks, extra))
    assert wf.unreachable_booths(plan, graph) == ["W01"]
    assert wf.unreachable_booths(plan) == ["W01"]


def test_a_tour_reports_the_stops_it_cannot_reach(tmp_path):
    plan, graph = load(one_aisle_db(tmp_path))
    tour = wf.tour(graph, "k", ["W01", "S01", "A01"])
    assert tour.order == ["a01", "s01"]
    assert tour.unreachable == ["w01"]
    step_free = wf.tour(graph, "k", ["W01", "S01", "A01"], step_free=True)
    assert step_free.order == ["a01"]
    assert step_free.unreachable == ["w01", "s01"]
    nothing = wf.tour(graph, "k", ["W01"])
    assert (nothing.order, nothing.routes, nothing.length_m, nothing.minutes) == ([], [], 0, 0)


# --- the demo floor plan ---


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from kiosk import config
    from kiosk.core.demo import dataset as demo_data

    path = demo_data.build(tmp_path_factory.mktemp("wayfinding") / "demo.db", config.DEMO_SOURCE)
    return load(path)


def test_the_demo_plan_has_kiosks_and_no_unreachable_booths(demo):
    plan, graph = demo
    assert len(plan.kiosks) >= 3
    assert wf.unreachable_booths(plan, graph) == []
    assert wf.unreachable_booths(plan, graph, step_free=True) == []


def test_every_demo_booth_is_reachable_from_every_kiosk_along_the_aisles(demo):
    plan, graph = demo
    obstacles = [b.rect for b in plan.booths.values()]
    obstacles += [f.rect for f in plan.features if f.kind in floorplan.OBSTACLE_KINDS]
    for kiosk in plan.kiosks.values():
        for booth in plan.booths.values():
            for step_free in (False, True):
                route = wf.route(graph, kiosk.id, booth.code, step_free=step_free)
                assert route is not None, (kiosk.id, booth.code, step_free)
                assert not route.steps and route.via == []
                assert [leg.hall for leg in route.legs] == [booth.hall]
                path = route.legs[0].points
                assert path[0] == (kiosk.x, kiosk.y)
                assert on_edge(path[-1], booth.rect), (booth.code, path[-1])
                assert route.length_m == pytest.approx(walked(route))
                assert route.minutes == max(1, math.ceil(route.length_m / 72 - 1e-9))
                for a, b in zip(path, path[1:]):
                    assert a != b
                    near = [r for r in obstacles if r.x < max(a[0], b[0]) and min(a[0], b[0]) < r.right
                            and r.y < max(a[1], b[1]) and min(a[1], b[1]) < r.bottom]
                    assert not any(passes_through(a, b, r) for r in near), (kiosk.id, booth.code, a, b)


def test_polylines_have_no_repeated_or_straight_through_points(demo):
    plan, graph = demo
    for booth in plan.booths.values():
        path = wf.route(graph, "front-west", booth.id).legs[0].points
        for a, b, c in zip(path, path[1:], path[2:]):
            cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])
            assert abs(cross) > 1e-9, (booth.code, path)


def test_the_shortest_way_in_the_demo_hall(demo):
    plan, graph = demo
    route = wf.route(graph, "stage", "E24")
    assert route.legs[0].points == [(45.0, 30.5), (59.0, 30.5), (59.0, 32.0)]
    assert route.length_m == pytest.approx(15.5)
    toilets = wf.route_to_feature(graph, "front-west", "hall-1-toilets")
    assert toilets.legs[0].points == [(10.0, 8.0), (4.5, 8.0), (4.5, 6.0)]


def test_the_demo_health_check_is_clean(demo_db):
    assert health.route_problems(demo_db) == []
    assert health.problems(demo_db) == []


def test_unknown_ids_are_plain_errors(demo):
    plan, graph = demo
    with pytest.raises(KioskError, match="no kiosk with the id 'nowhere'"):
        wf.route(graph, "nowhere", "G03")
    with pytest.raises(KioskError, match="no booth 'ZZ99'"):
        wf.route(graph, "lobby", "ZZ99")
    with pytest.raises(KioskError, match="no booth"):
        wf.tour(graph, "lobby", ["G03", "ZZ99"])
    with pytest.raises(KioskError, match="at most 10"):
        wf.tour(graph, "lobby", sorted(plan.booths)[:11])
    with pytest.raises(KioskError, match="no place"):
        wf.route_to_feature(graph, "lobby", "hall-1-wall-back")


def test_route_url_shape_and_quoting():
    assert wf.route_url("https://ascn2019.example.org/", "lobby", "g03") == \
        "https://ascn2019.example.org/route?from=lobby&to=g03"
    assert wf.route_url("https://x.example.org", "hall 1/a&b", "c?d=e#f") == \
        "https://x.example.org/route?from=hall%201%2Fa%26b&to=c%3Fd%3De%23f"
    assert wf.route_url("https://x.example.org", "ล็อบบี้", "g03").endswith("from=%E0%B8%A5%E0%B9%87%E0%B8%AD%E0%B8%9A"
                                                                            "%E0%B8%9A%E0%B8%B5%E0%B9%89&to=g03")
    with pytest.raises(KioskError, match="https"):
        wf.route_url("http://x.example.org", "lobby", "g03")
    assert wf.route_url("https://x.example.org", "lobby", "g03", step_free=True) == \
        "https://x.example.org/route?from=lobby&to=g03&sf=1"


def test_a_route_arrives_at_the_booths_door_facing_out_into_the_aisle(tmp_path):
    plan, graph = ring(tmp_path)
    route = wf.route(graph, "k", "B01")
    door, out = wf.doorstep(route, plan.booths["b01"].rect)
    assert door == route.legs[-1].points[-1] and on_edge(door, plan.booths["b01"].rect)
    assert out == (0.0, -1.0)  # B01 opens onto the top aisle, above it
    step = (door[0] + out[0] * 0.5, door[1] + out[1] * 0.5)
    assert not plan.booths["b01"].rect.contains(*step)


def test_kiosk_route_command(demo_db_file, tmp_path):
    env = {**os.environ, "KIOSK_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-m", "kiosk", "route", "--from", "stage", "E24", "--db",
                             str(demo_db_file), "--json"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["to"] == "E24" and data["length_m"] == 15.5 and data["minutes"] == 1 and data["via"] == []
    assert data["url"] == "https://ascn2019.example.org/route?from=stage&to=e24"
    unknown = subprocess.run([sys.executable, "-m", "kiosk", "route", "--from", "nowhere", "E24", "--db",
                              str(demo_db_file)], capture_output=True, text=True, env=env, timeout=120)
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == "Error: There is no kiosk with the id 'nowhere' on the floor plan."


# --- tours ---


def order_length(matrix, index, order):
    stops = [0] + [index[b] for b in order]
    return sum(matrix[a][b] for a, b in zip(stops, stops[1:]))


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_tour_is_never_longer_than_the_given_order(demo, data):
    plan, graph = demo
    kiosk = data.draw(st.sampled_from(sorted(plan.kiosks)))
    booths = data.draw(st.lists(st.sampled_from(sorted(plan.booths)), min_size=2, max_size=10, unique=True))
    tour = wf.tour(graph, kiosk, booths)
    assert sorted(tour.order) == sorted(booths) and tour.unreachable == []
    matrix = wf.distance_matrix(graph, kiosk, booths)
    index = {b: i + 1 for i, b in enumerate(booths)}
    assert order_length(matrix, index, tour.order) <= order_length(matrix, index, booths) + 1e-6
    assert tour.length_m == pytest.approx(sum(r.length_m for r in tour.routes))
    assert tour.minutes == max(1, math.ceil(tour.length_m / 72 - 1e-9))
    for booth_id, route in zip(tour.order, tour.routes):
        assert on_edge(route.legs[-1].points[-1], plan.booths[booth_id].rect)
    for previous, route in zip(tour.order, tour.routes[1:]):
        assert on_edge(route.legs[0].points[0], plan.booths[previous].rect)


def test_a_tour_improves_a_poor_given_order(demo):
    plan, graph = demo
    zigzag = ["E13", "E24", "C02", "C16", "E14", "E23"]  # back and forth across the hall
    tour = wf.tour(graph, "stage", zigzag)
    matrix = wf.distance_matrix(graph, "stage", zigzag)
    index = {b.lower(): i + 1 for i, b in enumerate(zigzag)}
    given_m = order_length(matrix, index, [b.lower() for b in zigzag])
    assert order_length(matrix, index, tour.order) < given_m - 50


def test_a_new_plan_on_the_same_ground_keeps_its_graph_and_a_moved_booth_makes_a_new_one(tmp_path):
    path = make_plan_db(tmp_path / "ring.db", [("ring", 40, 15, 0)], [("ring", *a) for a in RING_AISLES],
                        RING_BOOTHS + [("B02", "ring", 10, 9, 4, 3)], RING_KIOSKS)
    plan, graph = load(path)
    with kdb.connect(path) as db:  # a staff edit: a new name, nothing moved
        writer.save(db, "hall", {"id": "ring", "name": {"en": "Ring hall", "th": "ห้องวงแหวน"}}, "test")
        renamed = floorplan.load(db)
    kept = wf.Graph.build(renamed, reuse=graph)
    assert kept.adj is graph.adj and kept.plan is renamed and renamed.halls["ring"].name["en"] == "Ring hall"
    assert wf.route(kept, "k", "B01") == wf.route(graph, "k", "B01")

    with kdb.connect(path) as db:  # the organizer moves B01 to the bottom of the hall
        writer.save(db, "booth", {"id": "b01", "x": 30, "y": 9}, "test")
        moved = floorplan.load(db)
    rebuilt = wf.Graph.build(moved, reuse=graph)
    assert rebuilt.adj is not graph.adj
    assert wf.route(rebuilt, "k", "B01") == wf.route(wf.Graph.build(moved), "k", "B01")
    assert wf.route(rebuilt, "k", "B01") != wf.route(graph, "k", "B01")
