"""Wayfinding: a walkable graph along the aisles' centre lines, routes from a kiosk to a booth, and visit tours.

Metres, axis-aligned rectangles, each hall in its own coordinates. Halls are joined only through features that share
a `link` value (lifts, stairs, doors between halls).
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from dataclasses import dataclass, field, replace
from urllib.parse import quote

from kiosk.core.catalog import qr
from kiosk.core.common.errors import KioskError
from kiosk.core.floor.floorplan import OBSTACLE_KINDS, Booth, Plan, Rect

WALK_M_PER_MIN = 72.0  # 1.2 m/s
TOUCH = 0.3  # a booth (or feature) this close to an aisle opens onto it...
MIN_SHARED = 0.5  # ...if they share at least this much of an edge
LIFT_COST = 15.0  # metres of walking that a lift ride is worth
STAIRS_COST = 8.0  # per level
MAX_STOPS = 10
CELL = 6.0  # side of a bucket of the obstacle index, in metres
EPS = 1e-6
NOT_DESTINATIONS = ("aisle", "wall")

Point = tuple[float, float]


@dataclass(frozen=True)
class Leg:
    hall: str
    points: list[Point]


@dataclass(frozen=True)
class Route:
    legs: list[Leg]
    length_m: float
    minutes: int
    via: list[str]  # ids of the lifts, stairs and doors taken between halls
    steps: bool


@dataclass(frozen=True)
class Tour:
    order: list[str]  # booth ids in visiting order
    routes: list[Route]
    length_m: float
    minutes: int
    unreachable: list[str]  # booth ids no route reaches from the start


@dataclass(frozen=True)
class Edge:
    cost: float
    steps: bool = False
    via: str | None = None  # the link feature, for an edge between halls


@dataclass(eq=False, repr=False)
class Graph:
    """Nodes (ints) with their hall and point, and undirected edges; built once per plan, then only read."""
    plan: Plan
    xy: list[Point] = field(default_factory=list)
    hall: list[str] = field(default_factory=list)
    adj: list[dict[int, Edge]] = field(default_factory=list)
    doors: dict[str, list[int]] = field(default_factory=dict)  # booth or feature id -> its door nodes
    kiosks: dict[str, int] = field(default_factory=dict)
    first_node: dict[str, int] = field(default_factory=dict)  # hall -> a node on its first aisle
    # Per step_free: the door nodes of each hall's links to other halls, the straight-line metres from each node
    # to the nearest of them in its hall, and the cheapest ride between halls. They make the A* estimate.
    link_nodes: dict[bool, dict[str, list[int]]] = field(default_factory=dict)
    exit_dist: dict[bool, list[float]] = field(default_factory=dict)
    min_link: dict[bool, float] = field(default_factory=dict)
    # Per step_free: a component label per node (nodes with the same label reach each other), and per node the
    # (neighbour, metres) a search may step to: not onto steps when step-free, and not into a dead end such as the
    # door of a booth (a search adds its own goals' doors).
    components: dict[bool, list[int]] = field(default_factory=dict)
    ways: dict[bool, list[tuple[tuple[int, float], ...]]] = field(default_factory=dict)

    @classmethod
    def build(cls, plan: Plan, reuse: Graph | None = None) -> Graph:
        """The walkable graph of `plan`: `reuse`'s, pointed at `plan`, when `reuse` was built from the same ground
        (a staff edit changes names and texts, not where booths, aisles and kiosks are)."""
        if reuse is not None and ground(reuse.plan) == ground(plan):
            return replace(reuse, plan=plan)
        return _Builder(plan).build()


def ground(plan: Plan) -> tuple:
    """Everything of a plan that a walkable graph is made from: no names."""
    return ([(h.id, h.width, h.depth, h.level) for h in sorted(plan.halls.values(), key=lambda h: h.id)],
            [(f.id, f.hall, f.kind, f.rect, f.link) for f in plan.features],
            sorted((b.id, b.code, b.hall, b.rect.x, b.rect.y, b.rect.w, b.rect.h) for b in plan.booths.values()),
            sorted((k.id, k.hall, k.x, k.y, k.facing) for k in plan.kiosks.values()))


# --- building the graph ---------------------------------------------------------------------------------------


@dataclass
class _Line:
    """The centre line of an aisle, in its own coordinates: u runs along it, v across it at v = c."""
    hall: str
    aisle: Rect
    horizontal: bool
    c: float
    lo: float
    hi: float
    stops: list[tuple[float, int]] = field(default_factory=list)

    def span(self, r: Rect) -> tuple[float, float, float, float]:
        return (r.x, r.right, r.y, r.bottom) if self.horizontal else (r.y, r.bottom, r.x, r.right)

    def point(self, u: float, v: float) -> Point:
        return (u, v) if self.horizontal else (v, u)

    def project(self, p: Point) -> Point:
        u = p[0] if self.horizontal else p[1]
        return self.point(min(max(u, self.lo), self.hi), self.c)


def _lines_of(hall: str, r: Rect) -> list[_Line]:
    horizontal = _Line(hall, r, True, r.y + r.h / 2, r.x, r.right)
    vertical = _Line(hall, r, False, r.x + r.w / 2, r.y, r.bottom)
    if r.w == r.h:
        return [horizontal, vertical]
    return [horizontal] if r.w > r.h else [vertical]


class _Index:
    """Rectangles in square buckets per hall, to find the few near a segment."""

    def __init__(self) -> None:
        self.cells: dict[tuple[str, int, int], list] = defaultdict(list)

    def _keys(self, hall: str, x0: float, y0: float, x1: float, y1: float):
        for i in range(math.floor(x0 / CELL), math.floor(x1 / CELL) + 1):
            for j in range(math.floor(y0 / CELL), math.floor(y1 / CELL) + 1):
                yield (hall, i, j)

    def add(self, hall: str, r: Rect, item) -> None:
        for key in self._keys(hall, r.x, r.y, r.right, r.bottom):
            self.cells[key].append(item)

    def near(self, hall: str, x0: float, y0: float, x1: float, y1: float) -> list:
        found = {}
        for key in self._keys(hall, x0, y0, x1, y1):
            for item in self.cells.get(key, ()):
                found[id(item)] = item
        return list(found.values())


class _Builder:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.graph = Graph(plan)
        self.keys: dict[tuple[str, float, float], int] = {}
        self.lines: dict[str, list[_Line]] = defaultdict(list)
        self.aisles = _Index()  # items: _Line
        self.obstacles = _Index()  # items: (owner id, rect, is_stairs)

    def build(self) -> Graph:
        plan = self.plan
        for f in plan.features:
            if f.kind == "aisle":
                for line in _lines_of(f.hall, f.rect):
                    self.lines[f.hall].append(line)
                    self.aisles.add(f.hall, f.rect, line)
            elif f.kind in OBSTACLE_KINDS or f.kind == "stairs":
                self.obstacles.add(f.hall, f.rect, (f.id, f.rect, f.kind == "stairs"))
        for b in plan.booths.values():
            self.obstacles.add(b.hall, b.rect, (b.id, b.rect, False))
        for hall_lines in self.lines.values():
            self._join_aisles(hall_lines)
        for b in plan.booths.values():
            self._add_doors(b.id, b.hall, b.rect)
        for f in plan.features:
            if f.kind not in NOT_DESTINATIONS:
                self._add_doors(f.id, f.hall, f.rect)
        for k in plan.kiosks.values():
            self._add_kiosk(k.id, k.hall, (k.x, k.y))
        for hall, hall_lines in self.lines.items():
            for line in hall_lines:
                self._walk_along(line)
            self.graph.first_node[hall] = min(hall_lines[0].stops)[1]
        self._add_links()
        self._measure_exits()
        for step_free in (False, True):
            self._prepare_search(step_free)
        return self.graph

    def node(self, hall: str, p: Point) -> int:
        key = (hall, round(p[0], 3), round(p[1], 3))
        if key not in self.keys:
            self.keys[key] = len(self.graph.xy)
            self.graph.xy.append(p)
            self.graph.hall.append(hall)
            self.graph.adj.append({})
        return self.keys[key]

    def stop(self, line: _Line, p: Point) -> int:
        n = self.node(line.hall, p)
        line.stops.append((p[0] if line.horizontal else p[1], n))
        return n

    def edge(self, a: int, b: int, cost: float, steps: bool = False, via: str | None = None) -> None:
        if a == b:
            return
        old = self.graph.adj[a].get(b)
        if old is None or cost < old.cost:
            self.graph.adj[a][b] = self.graph.adj[b][a] = Edge(cost, steps, via)

    def walk(self, a: int, b: int, exempt: str | None = None) -> None:
        """A walking edge, unless it passes through a booth or obstacle other than `exempt`."""
        p, q = self.graph.xy[a], self.graph.xy[b]
        steps = False
        x0, y0, x1, y1 = min(p[0], q[0]), min(p[1], q[1]), max(p[0], q[0]), max(p[1], q[1])
        for owner, rect, is_stairs in self.obstacles.near(self.graph.hall[a], x0, y0, x1, y1):
            apart = x1 <= rect.x or x0 >= rect.right or y1 <= rect.y or y0 >= rect.bottom
            if not apart and owner != exempt and _crosses(p, q, rect):
                if not is_stairs:
                    return
                steps = True
        self.edge(a, b, math.dist(p, q), steps)

    def _join_aisles(self, lines: list[_Line]) -> None:
        for i, one in enumerate(lines):
            for other in lines[i + 1:]:
                self._join(one, other)

    def _join(self, one: _Line, other: _Line) -> None:
        a, b = one.aisle, other.aisle
        x0, x1 = max(a.x, b.x), min(a.right, b.right)
        y0, y1 = max(a.y, b.y), min(a.bottom, b.bottom)
        if x1 - x0 < -TOUCH or y1 - y0 < -TOUCH or max(x1 - x0, y1 - y0) <= MIN_SHARED:
            return
        if one.horizontal != other.horizontal:
            h, v = (one, other) if one.horizontal else (other, one)
            crossing = (v.c, h.c)
            if a.contains(*crossing, EPS) and b.contains(*crossing, EPS):
                self.stop(one, crossing)
                self.stop(other, crossing)
                return
        middle = self.node(one.hall, ((x0 + x1) / 2, (y0 + y1) / 2))
        for line in (one, other):
            self.walk(middle, self.stop(line, line.project(self.graph.xy[middle])))

    def _add_doors(self, owner: str, hall: str, rect: Rect) -> None:
        doors = self.graph.doors.setdefault(owner, [])
        box = (rect.x - TOUCH, rect.y - TOUCH, rect.right + TOUCH, rect.bottom + TOUCH)
        for line in self.aisles.near(hall, *box):
            for door, on_line in _doors(line, rect):
                d = self.node(hall, door)
                self.walk(d, self.stop(line, on_line), exempt=owner)
                if d not in doors:
                    doors.append(d)

    def _add_kiosk(self, kiosk_id: str, hall: str, p: Point) -> None:
        n = self.node(hall, p)
        self.graph.kiosks[kiosk_id] = n
        lines = self.lines.get(hall)
        if lines:
            nearest = min(lines, key=lambda line: math.dist(p, line.project(p)))
            self.walk(n, self.stop(nearest, nearest.project(p)))

    def _walk_along(self, line: _Line) -> None:
        self.stop(line, line.point(line.lo, line.c))
        self.stop(line, line.point(line.hi, line.c))
        line.stops.sort()
        for (_, a), (_, b) in zip(line.stops, line.stops[1:]):
            self.walk(a, b)

    def _add_links(self) -> None:
        g = self.graph
        by_link = defaultdict(list)
        for f in self.plan.features:
            if f.link and g.doors.get(f.id):
                by_link[f.link].append(f)
        costs: dict[bool, list[float]] = {False: [], True: []}
        g.link_nodes = {False: defaultdict(list), True: defaultdict(list)}
        for features in by_link.values():
            for i, a in enumerate(features):
                for b in features[i + 1:]:
                    if a.hall == b.hall:
                        continue
                    cost, steps = _link_cost(a.kind, b.kind, self.plan.halls, a.hall, b.hall)
                    for da in g.doors[a.id]:
                        for db in g.doors[b.id]:
                            g.adj[da][db] = Edge(cost, steps, via=a.id)
                            g.adj[db][da] = Edge(cost, steps, via=b.id)
                    for mode in (False, True) if not steps else (False,):
                        costs[mode].append(cost)
                        g.link_nodes[mode][a.hall].extend(g.doors[a.id])
                        g.link_nodes[mode][b.hall].extend(g.doors[b.id])
        g.min_link = {mode: min(found, default=math.inf) for mode, found in costs.items()}

    def _measure_exits(self) -> None:
        g = self.graph
        for mode, by_hall in g.link_nodes.items():
            exits = {hall: [g.xy[n] for n in set(nodes)] for hall, nodes in by_hall.items()}
            g.exit_dist[mode] = [min((math.dist(p, e) for e in exits.get(h, ())), default=math.inf)
                                 for p, h in zip(g.xy, g.hall)]

    def _prepare_search(self, step_free: bool) -> None:
        g = self.graph
        g.ways[step_free] = [tuple((m, e.cost) for m, e in edges.items()
                                   if len(g.adj[m]) > 1 and not (step_free and e.steps)) for edges in g.adj]
        g.components[step_free] = _label_components(g, step_free)


def _link_cost(kind_a: str, kind_b: str, halls: dict, hall_a: str, hall_b: str) -> tuple[float, bool]:
    """Metres-equivalent and whether it takes steps, for going between two linked features."""
    kinds = (kind_a, kind_b)
    if "stairs" in kinds:
        levels = abs(halls[hall_a].level - halls[hall_b].level) if hall_a in halls and hall_b in halls else 1
        return STAIRS_COST * max(1, levels), True
    if "lift" in kinds:
        return LIFT_COST, False
    return 0.0, False


def _doors(line: _Line, target: Rect) -> list[tuple[Point, Point]]:
    """(door on the target's edge, point on the centre line) pairs where the target opens onto the aisle."""
    au0, au1, av0, av1 = line.span(line.aisle)
    tu0, tu1, tv0, tv1 = line.span(target)
    if tu0 > au1 + TOUCH or tu1 < au0 - TOUCH or tv0 > av1 + TOUCH or tv1 < av0 - TOUCH:
        return []
    c = line.c
    if tv0 < c < tv1 and tu0 < line.hi and tu1 > line.lo:  # the centre line runs into the target
        return [(line.point(u, c),) * 2 for u in (tu0, tu1) if line.lo < u < line.hi]
    su0, su1 = max(au0, tu0), min(au1, tu1)
    if su1 - su0 > MIN_SHARED:  # beside the centre line
        u = (su0 + su1) / 2
        return [(line.point(u, tv1 if tv1 <= c else tv0), line.point(u, c))]
    sv0, sv1 = max(av0, tv0), min(av1, tv1)
    if sv1 - sv0 > MIN_SHARED:  # at one end of the aisle
        v = (sv0 + sv1) / 2
        if tu0 >= au1 - TOUCH:
            return [(line.point(tu0, v), line.point(line.hi, c))]
        if tu1 <= au0 + TOUCH:
            return [(line.point(tu1, v), line.point(line.lo, c))]
    return []


def _crosses(p: Point, q: Point, r: Rect) -> bool:
    """Whether the segment p-q passes through the inside of r (running along its edge does not count)."""
    t0, t1 = 0.0, 1.0
    for start, delta, lo, hi in ((p[0], q[0] - p[0], r.x + EPS, r.right - EPS),
                                 (p[1], q[1] - p[1], r.y + EPS, r.bottom - EPS)):
        if delta == 0:
            if not lo < start < hi:
                return False
            continue
        a, b = (lo - start) / delta, (hi - start) / delta
        t0, t1 = max(t0, min(a, b)), min(t1, max(a, b))
        if t0 >= t1:
            return False
    return True


def _label_components(graph: Graph, step_free: bool) -> list[int]:
    labels = [-1] * len(graph.xy)
    for seed in range(len(labels)):
        if labels[seed] != -1:
            continue
        labels[seed] = seed
        todo = [seed]
        while todo:
            n = todo.pop()
            for m, e in graph.adj[n].items():
                if labels[m] == -1 and not (step_free and e.steps):
                    labels[m] = seed
                    todo.append(m)
    return labels


# --- searching ------------------------------------------------------------------------------------------------


def _a_star(graph: Graph, sources: list[int], goals: list[int], target: Rect, target_hall: str,
            step_free: bool) -> list[int] | None:
    """The shortest node path from any source to any goal. The estimate never overestimates: the straight line
    to the target in its own hall, or else the straight line to a link, the cheapest ride and the straight line
    from the target hall's nearest link."""
    labels = graph.components[step_free]
    reachable = {labels[g] for g in goals}
    sources = [s for s in sources if labels[s] in reachable]
    if not sources:
        return None
    entry = min((_to_rect(graph.xy[n], target) for n in graph.link_nodes[step_free].get(target_hall, ())),
                default=math.inf)
    far = graph.min_link[step_free] + entry
    xy, halls, exits = graph.xy, graph.hall, graph.exit_dist[step_free]
    x0, y0, x1, y1 = target.x, target.y, target.right, target.bottom

    def estimate(n: int) -> float:
        if halls[n] != target_hall:
            return exits[n] + far
        x, y = xy[n]
        dx = x0 - x if x < x0 else (x - x1 if x > x1 else 0.0)
        dy = y0 - y if y < y0 else (y - y1 if y > y1 else 0.0)
        return min(math.sqrt(dx * dx + dy * dy), exits[n] + far)

    for goal, _, previous in _search(graph, sources, goals, step_free, estimate):
        return _path(previous, goal)
    return None


def _distances(graph: Graph, sources: list[int], goals: list[int], step_free: bool) -> dict[int, float]:
    """Walking metres from the nearest source to each goal that can be reached."""
    return {goal: d for goal, d, _ in _search(graph, sources, goals, step_free, lambda n: 0.0)}


def _search(graph: Graph, sources: list[int], goals: list[int], step_free: bool, estimate):
    """A* (Dijkstra when the estimate is 0): yields (goal, metres, previous nodes) as each goal is settled. With an
    estimate that never overestimates, even across one edge, a settled node's metres are final."""
    ways = graph.ways[step_free]
    last_steps = defaultdict(list)  # the doors of other booths are left out of `ways`; the goals' are added here
    for goal in goals:
        for n, e in graph.adj[goal].items():
            if not (step_free and e.steps):
                last_steps[n].append((goal, e.cost))
    left = set(goals)
    best = {s: 0.0 for s in sources}
    previous: dict[int, int] = {}
    heap = [(estimate(s), 0.0, s) for s in sources]
    heapq.heapify(heap)
    while heap and left:
        _, d, n = heapq.heappop(heap)
        if d > best[n]:
            continue
        if n in left:
            left.discard(n)
            yield n, d, previous
        nexts = ways[n] + tuple(last_steps[n]) if n in last_steps else ways[n]
        for m, cost in nexts:
            nd = d + cost
            if nd < best.get(m, math.inf):
                best[m] = nd
                previous[m] = n
                heapq.heappush(heap, (nd + estimate(m), nd, m))


def _path(previous: dict[int, int], n: int) -> list[int]:
    path = [n]
    while path[-1] in previous:
        path.append(previous[path[-1]])
    return path[::-1]


def _to_rect(p: Point, r: Rect) -> float:
    dx = max(r.x - p[0], 0.0, p[0] - r.right)
    dy = max(r.y - p[1], 0.0, p[1] - r.bottom)
    return math.hypot(dx, dy)


def _route_from_path(graph: Graph, path: list[int]) -> Route:
    legs: list[Leg] = []
    points = [graph.xy[path[0]]]
    rides, via, steps = 0.0, [], False
    for a, b in zip(path, path[1:]):
        e = graph.adj[a][b]
        steps = steps or e.steps
        if e.via:
            rides += e.cost
            via.append(e.via)
            legs.append(Leg(graph.hall[a], _simplify(points)))
            points = []
        points.append(graph.xy[b])
    legs.append(Leg(graph.hall[path[-1]], _simplify(points)))
    length = rides + sum(polyline_length(leg.points) for leg in legs)
    return Route(legs, length, minutes(length), via, steps)


def _simplify(points: list[Point]) -> list[Point]:
    """Without repeated points and without the middle points of straight runs, there and back included."""
    out: list[Point] = []
    for p in points:
        while len(out) >= 2 and _in_line(out[-2], out[-1], p):
            out.pop()
        if not out or math.dist(out[-1], p) > EPS:
            out.append(p)
    return out


def _in_line(a: Point, b: Point, c: Point) -> bool:
    return abs((b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])) < EPS


def polyline_length(points: list[Point]) -> float:
    return sum(math.dist(a, b) for a, b in zip(points, points[1:]))


def minutes(length_m: float) -> int:
    return max(1, math.ceil(length_m / WALK_M_PER_MIN - EPS))


# --- the public questions -------------------------------------------------------------------------------------


def route(graph: Graph, start: str, booth_id: str, *, step_free: bool = False) -> Route | None:
    """The shortest walk from a kiosk to a booth's nearest door, or None when no route reaches it."""
    booth = _booth(graph, booth_id)
    return _route(graph, [_kiosk_node(graph, start)], booth.id, booth.rect, booth.hall, step_free)


def route_to_feature(graph: Graph, start: str, feature_id: str, *, step_free: bool = False) -> Route | None:
    """The shortest walk from a kiosk to a feature such as the toilets, the lift or the stage."""
    feature = next((f for f in graph.plan.features if f.id == feature_id and f.kind not in NOT_DESTINATIONS), None)
    if feature is None:
        raise KioskError(f"There is no place on the floor plan with the id {feature_id!r}.")
    return _route(graph, [_kiosk_node(graph, start)], feature.id, feature.rect, feature.hall, step_free)


def _route(graph: Graph, sources: list[int], target_id: str, rect: Rect, hall: str,
           step_free: bool) -> Route | None:
    goals = graph.doors.get(target_id, [])
    path = _a_star(graph, sources, goals, rect, hall, step_free) if goals else None
    return _route_from_path(graph, path) if path else None


def distance_matrix(graph: Graph, start: str, booth_ids: list[str], *, step_free: bool = False) -> list[list[float]]:
    """Walking metres between the kiosk (row and column 0) and the booths (1..n); math.inf where none."""
    sources = [[_kiosk_node(graph, start)]] + [graph.doors.get(_booth(graph, b).id, []) for b in booth_ids]
    targets = list({n for doors in sources for n in doors})
    matrix = []
    for doors in sources:
        settled = _distances(graph, doors, targets, step_free) if doors else {}
        matrix.append([min((settled.get(n, math.inf) for n in other), default=math.inf) for other in sources])
    return matrix


def tour(graph: Graph, start: str, booth_ids: list[str], *, step_free: bool = False) -> Tour:
    """An open walk from the kiosk past every booth once: nearest neighbour, then 2-opt. It is never longer than
    visiting the booths in the order given."""
    ids = list(dict.fromkeys(_booth(graph, b).id for b in booth_ids))
    if len(ids) > MAX_STOPS:
        raise KioskError(f"A tour visits at most {MAX_STOPS} booths.")
    dist = distance_matrix(graph, start, ids, step_free=step_free)
    stops = [i for i in range(1, len(ids) + 1) if dist[0][i] < math.inf]
    given = [0] + stops
    better = _two_opt(dist, min(_nearest_neighbour(dist, stops), given, key=lambda order: _length(dist, order)))
    # Drawn routes may be a little shorter than the graph's metres (a kiosk's way back across its aisle is cut
    # short), so the given order is measured the same way before it is turned down.
    orders = [[ids[i - 1] for i in order[1:]] for order in ([better] if better == given else [better, given])]
    order, routes = min(((order, _walk(graph, start, order, step_free)) for order in orders),
                        key=lambda walk: sum(r.length_m for r in walk[1]))
    length = sum(r.length_m for r in routes)
    return Tour(order, routes, length, minutes(length) if routes else 0,
                [ids[i - 1] for i in range(1, len(ids) + 1) if i not in stops])


def _walk(graph: Graph, start: str, order: list[str], step_free: bool) -> list[Route]:
    sources = [_kiosk_node(graph, start)]
    routes = []
    for booth_id in order:
        booth = graph.plan.booths[booth_id]
        routes.append(_route(graph, sources, booth.id, booth.rect, booth.hall, step_free))
        sources = graph.doors[booth.id]
    return routes


def _length(dist: list[list[float]], order: list[int]) -> float:
    return sum(dist[a][b] for a, b in zip(order, order[1:]))


def _nearest_neighbour(dist: list[list[float]], stops: list[int]) -> list[int]:
    order, left = [0], list(stops)
    while left:
        nearest = min(left, key=lambda s: dist[order[-1]][s])
        order.append(nearest)
        left.remove(nearest)
    return order


def _two_opt(dist: list[list[float]], order: list[int]) -> list[int]:
    """Reverse stretches of the open path (the start stays first) while that makes it shorter."""
    order = list(order)
    improved = True
    while improved:
        improved = False
        for i in range(1, len(order) - 1):
            for j in range(i + 1, len(order)):
                candidate = order[:i] + order[i:j + 1][::-1] + order[j + 1:]
                if _length(dist, candidate) < _length(dist, order) - EPS:
                    order, improved = candidate, True
    return order


def unreachable_booths(plan: Plan, graph: Graph | None = None, *, step_free: bool = False) -> list[str]:
    """Codes of the booths no route reaches from any kiosk (without kiosks: from any entrance; without those
    either: from each hall's first aisle)."""
    if graph is None:
        graph = Graph.build(plan)
    starts = list(graph.kiosks.values())
    if not starts:
        starts = [n for f in plan.features if f.kind == "entrance" for n in graph.doors.get(f.id, [])]
    if not starts:
        starts = list(graph.first_node.values())
    labels = graph.components[step_free]
    reached = {labels[n] for n in starts}
    return sorted(b.code for b in plan.booths.values()
                  if not any(labels[n] in reached for n in graph.doors.get(b.id, [])))


def route_url(base: str, kiosk_id: str, booth_id: str, *, step_free: bool = False) -> str:
    """`<base>/route?from=<kiosk>&to=<booth>[&sf=1]`: the route as an address for a QR code (`sf=1`: the visitor
    asked for the way without stairs, and the phone's page draws that one)."""
    url = f"{base.rstrip('/')}/route?from={quote(kiosk_id, safe='')}&to={quote(booth_id, safe='')}"
    return qr.check_url(url + ("&sf=1" if step_free else ""))


def doorstep(route: Route, rect: Rect) -> tuple[Point, Point]:
    """Where a route arrives at a booth (its door, on the booth's edge) and the unit vector pointing out of the
    booth there, into the aisle."""
    x, y = route.legs[-1].points[-1]
    edges = [(abs(x - rect.x), (-1.0, 0.0)), (abs(x - rect.right), (1.0, 0.0)), (abs(y - rect.y), (0.0, -1.0)),
             (abs(y - rect.bottom), (0.0, 1.0))]
    return (x, y), min(edges)[1]


def _kiosk_node(graph: Graph, kiosk_id: str) -> int:
    if kiosk_id not in graph.kiosks:
        raise KioskError(f"There is no kiosk with the id {kiosk_id!r} on the floor plan.")
    return graph.kiosks[kiosk_id]


def _booth(graph: Graph, booth_id: str) -> Booth:
    booth = graph.plan.booth_by_code(booth_id)
    if booth is None:
        raise KioskError(f"There is no booth {booth_id!r} on the floor plan.")
    return booth
