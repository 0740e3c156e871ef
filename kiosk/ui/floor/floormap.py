"""The floor map: the plan drawn as scene-graph rectangles, hit testing, labels that fit, and routes for QML."""

from __future__ import annotations

import math
import threading

from PySide6.QtCore import Property, QObject, QPointF, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QTransform
from PySide6.QtQml import QmlElement, QmlSingleton
from PySide6.QtQuick import QQuickPaintedItem
from sqlite_utils import Database

from kiosk.core.catalog import content
from kiosk.core.common.errors import KioskError
from kiosk.core.common.text import pick
from kiosk.core.floor import floorplan, visits, wayfinding
from kiosk.ui.visitor.show import Show
from kiosk.ui.visitor.visit import VisitPlan

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
CODE_PX, TITLE_PX = 18, 15  # booth label sizes on the screen, in pixels


def _point_list(points) -> list[QPointF]:
    return [QPointF(x, y) for x, y in points]


@QmlElement
@QmlSingleton
class FloorMap(QObject):
    """The plan, the kiosk's place on it ("you are here") and routes, for the map screen."""


    planChanged = Signal()
    drawingChanged = Signal()  # the plan's shapes or colours changed: the drawn hall must be rebuilt

    def __init__(self, db: Database, show: Show, visit: VisitPlan, kiosk_id: str | None = None, parent=None):
        super().__init__(parent)
        self._db = db
        self._show = show
        self._visit = visit
        self._requested_kiosk = kiosk_id
        self.code_font, self.title_font = self._label_font(CODE_PX, True), self._label_font(TITLE_PX, False)
        self._code_metrics, self._title_metrics = QFontMetricsF(self.code_font), QFontMetricsF(self.title_font)
        self._loaded: _Loaded | None = None  # the plan is read on first use: start-up does not wait for it
        self._graph: wayfinding.Graph | None = None
        self._builder: threading.Thread | None = None
        placed = floorplan.kiosk_ids(db) if kiosk_id else []
        if kiosk_id and kiosk_id not in placed:
            known = ", ".join(placed) or "none"
            raise KioskError(f"There is no kiosk {kiosk_id!r} on the floor plan (known: {known}).")
        show.langChanged.connect(self.planChanged)  # labels in the new language; the plan itself stays

    @staticmethod
    def create(engine):
        return engine.view_model(FloorMap)

    def reload(self) -> None:
        self._loaded = None
        self._graph = None
        self._builder = None  # a build still running is for the old plan: it will not be kept
        self.planChanged.emit()
        self.drawingChanged.emit()

    def _state(self) -> "_Loaded":
        if self._loaded is None:
            self._loaded = _Loaded(floorplan.load(self._db), self._requested_kiosk)
        return self._loaded

    @property
    def plan(self) -> floorplan.Plan:
        return self._state().plan

    @property
    def kiosk(self) -> floorplan.KioskPoint | None:
        return self._state().kiosk

    def graph(self) -> "wayfinding.Graph":
        if self._builder is not None:
            self._builder.join()
            self._builder = None
        if self._graph is None:
            self._graph = wayfinding.Graph.build(self.plan)
        return self._graph

    def prepare_graph(self) -> None:
        """Build the walkable graph on a worker thread (about a second at 10,000 booths), so the first tap on
        "Directions" does not wait and the screen keeps drawing meanwhile. Pure Python on plain data: no Qt and no
        database on that thread."""
        if self._graph is not None or self._builder is not None:
            return
        plan, loaded = self.plan, self._loaded

        def build() -> None:
            graph = wayfinding.Graph.build(plan)
            if self._loaded is loaded:  # not reloaded meanwhile
                self._graph = graph

        self._builder = threading.Thread(target=build, name="walkable-graph", daemon=True)
        self._builder.start()

    @staticmethod
    def _label_font(pixels: int, bold: bool) -> QFont:
        font = QFont()
        font.setPixelSize(pixels)
        font.setBold(bold)
        return font

    def _lang(self) -> str:
        return self._show.lang

    # --- colours (the item draws with these; the legend shows them) ---

    def booth_colour(self, booth: floorplan.Booth) -> str:
        if booth.owner_kind == "city":
            return self._state().country_colour.get(booth.country_id or "", COUNTRY_COLOURS[-1])
        return KIND_COLOURS.get(booth.owner_kind, "#ffffff")

    @Property("QVariantList", notify=planChanged)
    def legend(self) -> list[dict]:
        rows = []
        names = {c["id"]: c["name"] for c in content.countries(self._db, self._lang())}
        for country, colour in self._state().country_colour.items():
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
        if not (math.isfinite(x) and math.isfinite(y)):
            return ""
        booth = self._state().grid.at(hall_id, x, y)
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

    def labels(self, hall_id: str, zoom: float, angle: float, area: QRectF) -> list[dict]:
        """Labels for the booths in `area` whose box on the screen holds their code (so labels never overlap)."""
        turned = abs(math.sin(math.radians(angle))) > 0.7
        out = []
        lang = self._lang()
        line = self._code_metrics.height()
        for b in self.booths_within(hall_id, area):
            across, down = (b.rect.h, b.rect.w) if turned else (b.rect.w, b.rect.h)
            room_w, room_h = across * zoom - 6, down * zoom - 4
            if room_w < self._code_metrics.horizontalAdvance(b.code) or room_h < line:
                continue
            title = ""
            if room_h >= line + self._title_metrics.height():
                title = self._title_metrics.elidedText(b.short_name or pick(b.name, lang), Qt.TextElideMode.ElideRight,
                                                       room_w)
            out.append({"booth": b, "code": b.code, "title": title, "dark": self.booth_colour(b) in DARK_FILLS})
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
        entries = content.visit_plan(self._db, self._visit.favourite_keys(), self._lang())
        tour, _ = visits.walk(self.graph(), self.kiosk.id, entries, step_free=step_free)
        if not tour.order and not tour.unreachable:
            return {"ok": False}
        legs = [{"hall": leg.hall, "points": _point_list(leg.points)} for r in tour.routes for leg in r.legs]
        stops = [{**self.booth(bid), "number": n + 1} for n, bid in enumerate(tour.order)]
        return {"ok": bool(tour.order), "legs": legs, "stops": stops, "length": round(tour.length_m),
                "minutes": tour.minutes, "unreachable": [self.plan.booths[b].code for b in tour.unreachable]}

    def walking_order(self, entries: list[dict]) -> list[dict]:
        """The visit plan's entries in the order its walking route from this kiosk reaches them (as given when this
        kiosk has no place on the plan)."""
        if self.kiosk is None:
            return entries
        return visits.walk(self.graph(), self.kiosk.id, entries)[1]

    def booths_within(self, hall_id: str, area: QRectF):
        return self._state().grid.within(hall_id, area.left(), area.top(), area.right(), area.bottom())

    def _feature_kind(self, feature_id: str) -> str:
        return next((f.kind for f in self.plan.features if f.id == feature_id), "")


class _Loaded:
    """The plan as read from the database, with what the map derives from it."""

    def __init__(self, plan: floorplan.Plan, kiosk_id: str | None):
        self.plan = plan
        kiosk_id = kiosk_id or next(iter(plan.kiosks), None)
        self.kiosk = plan.kiosks.get(kiosk_id) if kiosk_id else None
        countries = sorted({b.country_id or "" for b in plan.booths.values() if b.owner_kind == "city"})
        self.country_colour = {c: COUNTRY_COLOURS[i % len(COUNTRY_COLOURS)] for i, c in enumerate(countries)}
        self.grid = _BoothGrid(plan.booths.values())


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
class FloorPlan(QQuickPaintedItem):
    """One hall of the plan, painted for the view's pan, zoom and turn.

    The hall is drawn once into an image at the current zoom (the whole hall when that image is small enough, else
    the part around the view); panning and turning then only place that image. A new zoom is drawn when it settles;
    until then the last image is scaled. (With Qt Quick's software renderer a scene-graph node per booth cost about
    0.4 s a frame at 2,500 booths.)
    """

    viewChanged = Signal()
    MAX_PIXELS = 2048 * 2048
    SETTLE_MS = 120

    def __init__(self, parent=None):
        super().__init__(parent)
        self._hall, self._zoom, self._angle, self._cx, self._cy = "", 10.0, 0.0, 0.0, 0.0
        self._background = QColor("#ebe6da")
        self._cache: _HallImage | None = None
        self._settled = True
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(self.SETTLE_MS)
        self._settle.timeout.connect(self._zoom_settled)
        self._floor_map: FloorMap | None = None  # handed in by QML (floorMap: FloorMap)
        # PySide 6.11 keeps the Python side of a QML-created item alive after QML destroys the item (a map screen
        # opened and closed 80 times kept 80 of them): its state (the drawn hall, several MB, the timer, PySide's
        # signal objects) goes with the item.
        state = self.__dict__
        self.destroyed.connect(state.clear)

    def _replan(self) -> None:
        self._cache = None
        self.update()

    def _zoom_settled(self) -> None:
        self._settled = True
        self.update()

    def _set(self, name: str, value) -> None:
        if getattr(self, name) != value:
            setattr(self, name, value)
            if name == "_hall":
                self._cache = None
            if name == "_zoom":
                self._settled = False
                self._settle.start()
            self.viewChanged.emit()
            self.update()

    def _set_floor_map(self, floor_map: FloorMap) -> None:
        if floor_map is not self._floor_map:
            self._floor_map = floor_map
            floor_map.drawingChanged.connect(self._replan)
            floor_map.planChanged.connect(self._replan)  # the language changed: new labels
            self._replan()

    floorMap = Property(QObject, lambda self: self._floor_map, _set_floor_map, notify=viewChanged)
    hall = Property(str, lambda self: self._hall, lambda self, v: self._set("_hall", v), notify=viewChanged)
    zoom = Property(float, lambda self: self._zoom, lambda self, v: self._set("_zoom", v), notify=viewChanged)
    angle = Property(float, lambda self: self._angle, lambda self, v: self._set("_angle", v), notify=viewChanged)
    cx = Property(float, lambda self: self._cx, lambda self, v: self._set("_cx", v), notify=viewChanged)
    cy = Property(float, lambda self: self._cy, lambda self, v: self._set("_cy", v), notify=viewChanged)
    background = Property(QColor, lambda self: self._background, lambda self, v: self._set("_background", QColor(v)),
                          notify=viewChanged)

    def _view_transform(self) -> QTransform:
        t = QTransform()
        t.translate(self.width() / 2, self.height() / 2)
        t.rotate(self._angle)
        t.scale(self._zoom, self._zoom)
        t.translate(-self._cx, -self._cy)
        return t

    def _visible_plan_rect(self) -> QRectF:
        inverse, _ = self._view_transform().inverted()
        return inverse.mapRect(QRectF(0, 0, self.width(), self.height()))

    def paint(self, painter: QPainter) -> None:
        painter.fillRect(QRectF(0, 0, self.width(), self.height()), self._background)
        floor_map = self._floor_map
        if floor_map is None or self._hall not in floor_map.plan.halls or self._zoom <= 0:
            return
        visible = self._visible_plan_rect()
        cache = self._cache
        stale = cache is None or not cache.covers(visible) or cache.angle != self._angle \
            or (self._settled and cache.zoom != self._zoom) or not 0.5 <= self._zoom / cache.zoom <= 2
        if stale:
            cache = self._cache = _HallImage.draw(floor_map, self._hall, self._zoom, self._angle, visible,
                                                  self.MAX_PIXELS)
        painter.setTransform(self._view_transform())
        painter.scale(1 / cache.zoom, 1 / cache.zoom)
        painter.drawImage(QPointF(cache.origin.x() * cache.zoom, cache.origin.y() * cache.zoom), cache.image)


class _HallImage:
    """A hall (or the part of it around the view) drawn at one zoom."""

    def __init__(self, image: QImage, origin: QPointF, zoom: float, angle: float, area: QRectF, whole: bool):
        self.image, self.origin, self.zoom, self.angle, self.area, self.whole = image, origin, zoom, angle, area, whole

    def covers(self, visible: QRectF) -> bool:
        return self.whole or self.area.contains(visible)

    @classmethod
    def draw(cls, floor_map: FloorMap, hall_id: str, zoom: float, angle: float, visible: QRectF,
             max_pixels: int) -> "_HallImage":
        hall = floor_map.plan.halls[hall_id]
        whole_area = QRectF(0, 0, hall.width, hall.depth)
        whole = hall.width * hall.depth * zoom * zoom <= max_pixels
        if whole:
            area = whole_area
        else:  # the view and half a view around it
            area = visible.adjusted(-visible.width() / 2, -visible.height() / 2, visible.width() / 2,
                                    visible.height() / 2).intersected(whole_area)
        image = QImage(max(1, math.ceil(area.width() * zoom)), max(1, math.ceil(area.height() * zoom)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.scale(zoom, zoom)
        painter.translate(-area.x(), -area.y())
        painter.fillRect(whole_area, QColor(FLOOR_COLOUR))
        for f in sorted(floor_map.plan.features_in(hall_id), key=lambda f: f.kind != "aisle"):
            painter.fillRect(QRectF(f.rect.x, f.rect.y, f.rect.w, f.rect.h), QColor(FEATURE_COLOURS.get(f.kind, FLOOR_COLOUR)))
        outline = QColor(OUTLINE_COLOUR)
        inset = BOOTH_INSET
        colours: dict[str, QColor] = {}
        for b in floor_map.booths_within(hall_id, area):
            r = b.rect
            painter.fillRect(QRectF(r.x + inset, r.y + inset, r.w - 2 * inset, r.h - 2 * inset), outline)
            colour = floor_map.booth_colour(b)
            fill = colours.get(colour) or colours.setdefault(colour, QColor(colour))
            painter.fillRect(QRectF(r.x + 2 * inset, r.y + 2 * inset, r.w - 4 * inset, r.h - 4 * inset), fill)
        cls._draw_labels(painter, floor_map.labels(hall_id, zoom, angle, area), floor_map, zoom, angle)
        painter.end()
        return cls(image, area.topLeft(), zoom, angle, area, whole)

    @staticmethod
    def _draw_labels(painter: QPainter, labels: list[dict], floor_map: FloorMap, zoom: float, angle: float) -> None:
        """Each label upright on the screen (turned back against the plan's turn), in screen pixels."""
        code_h = QFontMetricsF(floor_map.code_font).height()
        title_h = QFontMetricsF(floor_map.title_font).height()
        ink, light = QColor("#1b2230"), QColor("#ffffff")
        for label in labels:
            x, y = label["booth"].rect.centre
            painter.save()
            painter.translate(x, y)
            painter.rotate(-angle)
            painter.scale(1 / zoom, 1 / zoom)
            painter.setPen(light if label["dark"] else ink)
            height = code_h + (title_h if label["title"] else 0)
            painter.setFont(floor_map.code_font)
            painter.drawText(QRectF(-200, -height / 2, 400, code_h), Qt.AlignmentFlag.AlignCenter, label["code"])
            if label["title"]:
                painter.setFont(floor_map.title_font)
                painter.drawText(QRectF(-200, -height / 2 + code_h, 400, title_h), Qt.AlignmentFlag.AlignCenter,
                                 label["title"])
            painter.restore()
