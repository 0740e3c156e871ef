"""The floor map: the plan drawn as scene-graph rectangles, hit testing, labels that fit, and routes for QML."""

from __future__ import annotations

import math

from PySide6.QtCore import Property, QObject, QPointF, QRectF, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtQml import QmlElement, QmlSingleton
from PySide6.QtQuick import QQuickItem, QSGNode
from sqlite_utils import Database

from kiosk.core import content, floorplan, wayfinding
from kiosk.core.errors import KioskError
from kiosk.core.text import pick

QML_IMPORT_NAME = "Expo"
QML_IMPORT_MAJOR_VERSION = 1

# Paul Tol's "light" scheme (colour-blind safe, dark text readable on every colour): one colour a country.
COUNTRY_COLOURS = ["#77aadd", "#ee8866", "#eedd88", "#ffaabb", "#99ddff", "#44bb99", "#bbcc33", "#aaaa00",
                   "#dddddd", "#c2a5cf"]
KIND_COLOURS = {"exhibitor": "#ffffff", "partner_delegation": "#332288", "organiser": "#882255",
                "city_pavilion": "#ffffff"}
DARK_FILLS = {"#332288", "#882255"}
FEATURE_COLOURS = {"aisle": "#fbfaf6", "wall": "#3d3d3d", "entrance": "#1f7a3a", "stage": "#6b5b45",
                   "registration": "#0b5566", "information": "#0b5566", "toilet": "#7a8ca3", "lift": "#7a8ca3",
                   "stairs": "#a7a39a"}
FLOOR_COLOUR = "#e3ddd0"
OUTLINE_COLOUR = "#4f5868"
BOOTH_INSET = 0.12  # metres of floor left visible between neighbouring booths
LABEL_PX = 18       # label font size on the screen, in pixels


def _point_list(points) -> list[QPointF]:
    return [QPointF(x, y) for x, y in points]


@QmlElement
@QmlSingleton
class FloorMap(QObject):
    """The plan, the kiosk's place on it ("you are here") and routes, for the map screen."""

    _instance: "FloorMap | None" = None

    planChanged = Signal()
    drawingChanged = Signal()  # the plan's shapes or colours changed: the drawn hall must be rebuilt

    def __init__(self, db: Database, catalog, kiosk_id: str | None = None, parent=None):
        super().__init__(parent)
        self._db = db
        self._catalog = catalog
        self._requested_kiosk = kiosk_id
        # The kiosk's window, which makes the drawn rectangles. Not QQuickItem.window(): through PySide, the
        # wrapper that call returns is invalidated when the item goes, and the window's wrapper with it.
        self.window = None
        self._graph: wayfinding.Graph | None = None
        self._metrics = QFontMetricsF(self._label_font())
        self.reload()
        catalog.langChanged.connect(self.planChanged)
        catalog.contentChanged.connect(self.reload)

    @staticmethod
    def create(engine):
        return FloorMap._instance

    def reload(self) -> None:
        self.plan = floorplan.load(self._db)
        self._graph = None
        if self._requested_kiosk and self._requested_kiosk not in self.plan.kiosks:
            known = ", ".join(self.plan.kiosks) or "none"
            raise KioskError(f"There is no kiosk {self._requested_kiosk!r} on the floor plan (known: {known}).")
        kiosk_id = self._requested_kiosk or next(iter(self.plan.kiosks), None)
        self.kiosk = self.plan.kiosks.get(kiosk_id) if kiosk_id else None
        countries = sorted({b.country_id or "" for b in self.plan.booths.values() if b.owner_kind == "city"})
        self._country_colour = {c: COUNTRY_COLOURS[i % len(COUNTRY_COLOURS)] for i, c in enumerate(countries)}
        self._grid = _BoothGrid(self.plan.booths.values())
        self.planChanged.emit()
        self.drawingChanged.emit()

    def graph(self) -> "wayfinding.Graph":
        if self._graph is None:
            self._graph = wayfinding.Graph.build(self.plan)
        return self._graph

    @staticmethod
    def _label_font() -> QFont:
        font = QFont()
        font.setPixelSize(LABEL_PX)
        font.setBold(True)
        return font

    def _lang(self) -> str:
        return self._catalog.lang

    # --- colours (the item draws with these; the legend shows them) ---

    def booth_colour(self, booth: floorplan.Booth) -> str:
        if booth.owner_kind == "city":
            return self._country_colour.get(booth.country_id or "", COUNTRY_COLOURS[-1])
        return KIND_COLOURS.get(booth.owner_kind, "#ffffff")

    @Property("QVariantList", notify=planChanged)
    def legend(self) -> list[dict]:
        rows = []
        names = {c["id"]: c["name"] for c in content.countries(self._db, self._lang())}
        for country, colour in self._country_colour.items():
            rows.append({"kind": "country", "label": names.get(country, country), "colour": colour})
        kinds = sorted({b.owner_kind for b in self.plan.booths.values() if b.owner_kind != "city"})
        for kind in kinds:
            rows.append({"kind": kind, "label": "", "colour": KIND_COLOURS.get(kind, "#ffffff")})
        features = sorted({f.kind for f in self.plan.features} - {"aisle", "wall"})
        for kind in features:
            rows.append({"kind": kind, "label": "", "colour": FEATURE_COLOURS[kind]})
        return rows

    # --- halls and the kiosk ---

    @Property("QVariantList", notify=planChanged)
    def halls(self) -> list[dict]:
        return [{"id": h.id, "name": pick(h.name, self._lang()), "width": h.width, "depth": h.depth,
                 "level": h.level} for h in self.plan.halls.values()]

    @Property("QVariantMap", notify=planChanged)
    def here(self) -> dict:
        k = self.kiosk
        if k is None:
            return {}
        return {"id": k.id, "hall": k.hall, "x": k.x, "y": k.y, "facing": k.facing, "name": pick(k.name, self._lang())}

    @Slot(str, result="QVariantMap")
    def hall(self, hall_id: str) -> dict:
        h = self.plan.halls.get(hall_id)
        if h is None:
            return {}
        return {"id": h.id, "name": pick(h.name, self._lang()), "width": h.width, "depth": h.depth, "level": h.level}

    # --- booths ---

    @Slot(str, float, float, result=str)
    def boothAt(self, hall_id: str, x: float, y: float) -> str:
        booth = self._grid.at(hall_id, x, y)
        return booth.id if booth else ""

    @Slot(str, result="QVariantMap")
    def booth(self, booth_id: str) -> dict:
        b = self.plan.booths.get(booth_id)
        if b is None:
            return {}
        return {"id": b.id, "code": b.code, "hall": b.hall, "x": b.rect.x, "y": b.rect.y, "w": b.rect.w,
                "h": b.rect.h, "title": pick(b.name, self._lang()), "kind": b.owner_kind,
                "entityKind": b.owner_type, "entityId": b.owner_id}

    @Slot(str, result="QVariantList")
    def boothsFor(self, target: str) -> list[str]:
        return content.booths_for(self._db, target)

    @Slot(str, float, float, float, float, float, float, result="QVariantList")
    def labels(self, hall_id: str, zoom: float, angle: float, x0: float, y0: float, x1: float, y1: float) -> list:
        """Labels for the booths in view whose box on the screen holds their code (so labels never overlap)."""
        if zoom <= 0:
            return []
        turned = abs(math.sin(math.radians(angle))) > 0.7
        out = []
        lang = self._lang()
        line = self._metrics.height()
        for b in self._grid.within(hall_id, x0, y0, x1, y1):
            across, down = (b.rect.h, b.rect.w) if turned else (b.rect.w, b.rect.h)
            room_w, room_h = across * zoom - 6, down * zoom - 4
            if room_w < self._metrics.horizontalAdvance(b.code) or room_h < line:
                continue
            title = b.short_name or pick(b.name, lang)
            out.append({"id": b.id, "code": b.code, "x": b.rect.x, "y": b.rect.y, "w": b.rect.w, "h": b.rect.h,
                        "title": title if room_h >= line * 2.1 else "", "room": room_w,
                        "dark": self.booth_colour(b) in DARK_FILLS})
        return out

    @Slot(str, result="QVariantList")
    def features(self, hall_id: str) -> list[dict]:
        return [{"id": f.id, "kind": f.kind, "x": f.rect.x, "y": f.rect.y, "w": f.rect.w, "h": f.rect.h}
                for f in self.plan.features_in(hall_id) if f.kind not in ("aisle", "wall")]

    # --- routes ---

    @Slot(str, bool, result="QVariantMap")
    def routeTo(self, booth_id: str, step_free: bool) -> dict:
        if self.kiosk is None or booth_id not in self.plan.booths:
            return {"ok": False}
        found = wayfinding.route(self.graph(), self.kiosk.id, booth_id, step_free=step_free)
        if found is None:
            return {"ok": False}
        base = content.event(self._db, "en").get("base_url", "")
        return {"ok": True, "legs": [{"hall": leg.hall, "points": _point_list(leg.points)} for leg in found.legs],
                "length": round(found.length_m), "minutes": found.minutes, "steps": found.steps,
                "via": [self._feature_kind(v) for v in found.via],
                "url": wayfinding.route_url(base, self.kiosk.id, booth_id) if base else ""}

    @Slot(bool, result="QVariantMap")
    def visitTour(self, step_free: bool) -> dict:
        """The walking order through the visit plan's booths (one booth an entry), from this kiosk."""
        if self.kiosk is None:
            return {"ok": False}
        booth_ids: list[str] = []
        for entry in content.visit_plan(self._db, self._catalog.favourite_keys(), self._lang()):
            if entry["booths"]:
                bid = entry["booths"][0].lower()
                if bid not in booth_ids:
                    booth_ids.append(bid)
        if not booth_ids:
            return {"ok": False}
        tour = wayfinding.tour(self.graph(), self.kiosk.id, booth_ids[:wayfinding.MAX_STOPS], step_free=step_free)
        legs = [{"hall": leg.hall, "points": _point_list(leg.points)} for r in tour.routes for leg in r.legs]
        stops = [{**self.booth(bid), "number": n + 1} for n, bid in enumerate(tour.order)]
        return {"ok": bool(tour.order), "legs": legs, "stops": stops, "length": round(tour.length_m),
                "minutes": tour.minutes, "unreachable": [self.plan.booths[b].code for b in tour.unreachable]}

    def _feature_kind(self, feature_id: str) -> str:
        return next((f.kind for f in self.plan.features if f.id == feature_id), "")


class _BoothGrid:
    """Booths bucketed by hall and 10-metre cell: hit tests and viewport queries touch only nearby booths."""

    CELL = 10.0

    def __init__(self, booths):
        self._cells: dict[tuple[str, int, int], list[floorplan.Booth]] = {}
        for b in booths:
            for key in self._keys(b.hall, b.rect.x, b.rect.y, b.rect.right, b.rect.bottom):
                self._cells.setdefault(key, []).append(b)

    def _keys(self, hall, x0, y0, x1, y1):
        c = self.CELL
        for i in range(math.floor(x0 / c), math.floor(x1 / c) + 1):
            for j in range(math.floor(y0 / c), math.floor(y1 / c) + 1):
                yield (hall, i, j)

    def at(self, hall: str, x: float, y: float) -> floorplan.Booth | None:
        for b in self._cells.get((hall, math.floor(x / self.CELL), math.floor(y / self.CELL)), ()):
            if b.rect.contains(x, y):
                return b
        return None

    def within(self, hall: str, x0: float, y0: float, x1: float, y1: float):
        seen = set()
        for key in self._keys(hall, x0, y0, x1, y1):
            for b in self._cells.get(key, ()):
                if b.id not in seen and b.rect.right >= x0 and b.rect.x <= x1 and b.rect.bottom >= y0 \
                        and b.rect.y <= y1:
                    seen.add(b.id)
                    yield b


@QmlElement
class FloorPlan(QQuickItem):
    """One hall drawn as scene-graph rectangles in metres (the QML around it pans, zooms and turns it)."""

    hallChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFlag(QQuickItem.Flag.ItemHasContents, True)
        self._hall = ""
        self._dirty = True
        if FloorMap._instance is not None:
            FloorMap._instance.drawingChanged.connect(self._replan)

    def _replan(self) -> None:
        self._dirty = True
        self.update()

    @Property(str, notify=hallChanged)
    def hall(self) -> str:
        return self._hall

    @hall.setter
    def hall(self, value: str) -> None:
        if value != self._hall:
            self._hall = value
            self.hallChanged.emit()
            self._replan()

    def updatePaintNode(self, old, data):
        floor_map = FloorMap._instance
        if old is not None and not self._dirty:
            return old
        self._dirty = False
        root = QSGNode()
        if floor_map is None or floor_map.window is None or self._hall not in floor_map.plan.halls:
            self._dirty = True
            return root
        hall = floor_map.plan.halls[self._hall]
        window = floor_map.window

        def rect(x, y, w, h, colour):
            node = window.createRectangleNode()
            node.setRect(QRectF(x, y, w, h))
            node.setColor(QColor(colour))
            root.appendChildNode(node)

        rect(0, 0, hall.width, hall.depth, FLOOR_COLOUR)
        features = floor_map.plan.features_in(self._hall)
        for f in sorted(features, key=lambda f: f.kind != "aisle"):  # aisles first: features sit on top
            rect(f.rect.x, f.rect.y, f.rect.w, f.rect.h, FEATURE_COLOURS.get(f.kind, FLOOR_COLOUR))
        inset = BOOTH_INSET
        for b in floor_map.plan.booths_in(self._hall):
            r = b.rect
            rect(r.x + inset, r.y + inset, r.w - 2 * inset, r.h - 2 * inset, OUTLINE_COLOUR)
            rect(r.x + 2 * inset, r.y + 2 * inset, r.w - 4 * inset, r.h - 4 * inset, floor_map.booth_colour(b))
        return root
