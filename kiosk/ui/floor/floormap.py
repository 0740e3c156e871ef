"""The floor map: the plan drawn as scene-graph rectangles, hit testing, labels that fit, and routes for QML."""

from __future__ import annotations

import math
import sqlite3
import threading
from dataclasses import dataclass

from PySide6.QtCore import Property, QObject, QPointF, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtQml import QmlElement, QmlSingleton
from PySide6.QtQuick import QQuickPaintedItem
from sqlite_utils import Database

from kiosk.core.catalog import content
from kiosk.core.common.errors import KioskError
from kiosk.core.common.text import pick
from kiosk.core.floor import floorplan, visits, wayfinding
from kiosk.core.store import database as kdb
from kiosk.ui.shell import memory
from kiosk.ui.visitor.show import Show
from kiosk.ui.visitor.visit import VisitPlan

QML_IMPORT_NAME = "Expo"
QML_IMPORT_MAJOR_VERSION = 1

# Paul Tol's "light" scheme (colour-blind safe, dark text readable on every colour): one colour a country.
COUNTRY_COLOURS = ["#77aadd", "#ee8866", "#eedd88", "#ffaabb", "#99ddff", "#44bb99", "#bbcc33", "#aaaa00",
                   "#dddddd", "#c2a5cf"]
KIND_COLOURS = {"exhibitor": "#ffffff", "partner_delegation": "#332288", "organiser": "#882255",
                "city_pavilion": "#ffffff"}
KEY_KINDS = {"city_pavilion": "exhibitor"}  # drawn alike, so one line of the key
DARK_FILLS = {"#332288", "#882255"}
# Each feature its own colour, and a mark where colour alone would have to tell it apart (drawn upright on the plan
# and on its line of the key): "i", "WC", a tick, a lift's up and down, a flight of steps.
FEATURE_STYLES = {"aisle": ("#fbfaf6", ""), "wall": ("#3d3d3d", ""), "entrance": ("#1f7a3a", ""),
                  "stage": ("#6b5b45", ""), "registration": ("#a4462a", "tick"), "information": ("#0b5566", "i"),
                  "toilet": ("#50627d", "WC"), "lift": ("#6a4f8a", "updown"), "stairs": ("#b3ada0", "steps")}
FLOOR_COLOUR = "#e3ddd0"
OUTLINE_COLOUR = "#4f5868"
INK, LIGHT_INK = "#1b2230", "#ffffff"
BOOTH_INSET = 0.12  # metres of floor left visible between neighbouring booths
NAME_SCALE = 22 / 27  # a booth's name to its code, as Theme.small to Theme.body
GROWTH = 0.35  # past the fitted view labels grow as this power of the zoom: slower than the booths, so more fit
LABEL_STEP = 1.12  # ... in steps of 12 %
FONT_SIZES_KEPT = 8  # label fonts kept made (a few zoom steps either way)
LABEL_PAD = 2  # pixels kept clear inside a booth's outline (a label may cover the outline, not the floor around it)
WRAP = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap


def label_pixels(text_pixels: float, zoom: float, fit_zoom: float) -> tuple[int, int]:
    """The pixel sizes of booth codes and names: the body text size at the fitted view (never smaller), growing as
    the visitor zooms in, more slowly than the plan, so that more names fit. The growth goes in steps of
    LABEL_STEP: every pixel size is a font Qt keeps glyphs for, and a pinch passes through hundreds of zooms."""
    growth = (zoom / fit_zoom) ** GROWTH if fit_zoom > 0 and zoom > fit_zoom else 1.0
    steps = math.floor(math.log(growth) / math.log(LABEL_STEP) + 1e-9)
    code = round(text_pixels * LABEL_STEP ** steps)
    return code, round(code * NAME_SCALE)


def ink_on(colour: str) -> str:
    return LIGHT_INK if QColor(colour).lightnessF() < 0.5 else INK


def _point_list(points) -> list[QPointF]:
    return [QPointF(x, y) for x, y in points]


def _xywh(r: floorplan.Rect) -> tuple[float, float, float, float]:
    return r.x, r.y, r.w, r.h


@dataclass(frozen=True)
class _Label:
    """A booth's or feature's label: its parts (what, text, box in screen pixels about the owner's centre)."""
    owner: str
    centre: tuple[float, float]  # on the plan
    parts: list[tuple[str, str, QRectF]]
    ink: str


class _Fonts:
    """The fonts of the labels at one size: bold codes, plain names, and marks as large as the codes."""

    def __init__(self, code_px: int, name_px: int):
        self.code, self.name = QFont(), QFont()
        self.code.setPixelSize(code_px)
        self.code.setBold(True)
        self.name.setPixelSize(name_px)
        self.code_metrics, self.name_metrics = QFontMetricsF(self.code), QFontMetricsF(self.name)
        self.gap = round(code_px * 0.2)

    def layout(self, width: float, height: float, head: tuple[str, str] | None, names: list[str]):
        """The parts of a label in a box of width×height pixels, centred on (0, 0): the head (a code, or a mark)
        and the first of `names` that fits whole (word-wrapped). None when the head does not fit, or there is no
        head and no name fits."""
        parts = []
        if head is not None:
            kind, text = head
            if kind == "code":
                w, h = self.code_metrics.horizontalAdvance(text), self.code_metrics.capHeight()
            else:
                w = h = self.code.pixelSize()
            if w > width or h > height:
                return None
            parts.append((kind, text, QRectF(-w / 2, 0, w, h)))
        used = parts[0][2].height() + self.gap if parts else 0
        for name in names:
            box = self.name_metrics.boundingRect(QRectF(0, 0, width, 1e5), WRAP, name) if name else None
            if box is not None and box.width() <= width and used + box.height() <= height:
                parts.append(("name", name, QRectF(-box.width() / 2, used, box.width(), box.height())))
                break
        if not parts:
            return None
        total = parts[-1][2].bottom()
        for _kind, _text, box in parts:
            box.translate(0, -total / 2)
        return parts


def draw_mark(painter: QPainter, mark: str, box: QRectF, ink: QColor) -> None:
    """A feature's mark, upright in `box` (pixels): a letter, a tick, a lift's up and down, or a flight of steps."""
    s, c = min(box.width(), box.height()), box.center()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if mark in ("i", "WC"):
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(1, round(s * (0.95 if mark == "i" else 0.6))))
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(QPointF(c.x() - metrics.horizontalAdvance(mark) / 2, c.y() + metrics.capHeight() / 2), mark)
    elif mark == "updown":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        for sign in (-1, 1):  # ▲ above, ▼ below
            tip, base = c.y() + sign * s * 0.46, c.y() + sign * s * 0.06
            painter.drawPolygon(QPolygonF([QPointF(c.x(), tip), QPointF(c.x() - s * 0.3, base),
                                           QPointF(c.x() + s * 0.3, base)]))
    else:
        if mark == "tick":
            shape = [(-0.38, 0.0), (-0.12, 0.28), (0.4, -0.3)]
        else:  # "steps"
            shape = [(-0.42, 0.4), (-0.42, 0.14), (-0.14, 0.14), (-0.14, -0.14), (0.14, -0.14), (0.14, -0.4),
                     (0.42, -0.4)]
        pen = QPen(ink, max(1.0, s * 0.13))
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPolyline(QPolygonF([QPointF(c.x() + x * s, c.y() + y * s) for x, y in shape]))
    painter.restore()


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
        self._fonts: dict[tuple[int, int], _Fonts] = {}
        self._loaded: _Loaded | None = None  # the plan is read on first use: start-up does not wait for it
        self._graph: wayfinding.Graph | None = None
        self._builder: threading.Thread | None = None
        self._previous: wayfinding.Graph | None = None  # the last plan's graph: a new plan on the same ground keeps it
        self._keep_ready = False  # once prepared ahead, the graph of a new plan is prepared ahead too
        placed = floorplan.kiosk_ids(db) if kiosk_id else []
        if kiosk_id and kiosk_id not in placed:
            known = ", ".join(placed) or "none"
            raise KioskError(f"There is no kiosk {kiosk_id!r} on the floor plan (known: {known}).")
        show.langChanged.connect(self.planChanged)  # labels in the new language; the plan itself stays

    @staticmethod
    def create(engine):
        return engine.view_model(FloorMap)

    def reload(self) -> None:
        self._previous = self._graph or self._previous
        self._loaded = None
        self._graph = None
        self._builder = None  # a build still running is for the old plan: it will not be kept
        self.planChanged.emit()
        self.drawingChanged.emit()
        if self._keep_ready:  # (a staff edit, a fleet change) the next "Directions" does not wait for the graph
            self.prepare_graph()

    def _state(self) -> "_Loaded":
        if self._loaded is None:
            with memory.long_lived():
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
            plan = self.plan
            with memory.long_lived():
                self._graph = wayfinding.Graph.build(plan, reuse=self._previous)
            self._previous = None
        return self._graph

    def prepare_graph(self) -> None:
        """Read the plan and build the walkable graph on a worker thread (0.1 s and 0.4-0.8 s at 10,000 booths), so
        the first tap on "Directions" does not wait and the screen keeps drawing meanwhile; and so again after each
        reload, keeping the last graph when the plan's ground did not change. The worker reads with a
        read-only connection of its own; no Qt on that thread."""
        self._keep_ready = True
        if self._graph is not None or self._builder is not None:
            return
        loaded, path, previous = self._loaded, kdb.path_of(self._db), self._previous
        if loaded is None and not path.is_file():  # a database in memory: only this connection sees it
            loaded = self._state()

        def build() -> None:
            state = loaded
            with memory.long_lived():
                if state is None:
                    try:
                        reader = kdb.open_to_read(path)
                    except (KioskError, sqlite3.Error):
                        return  # (busy, or moved away) the plan and the graph are then made when first wanted
                    try:
                        state = _Loaded(floorplan.load(reader), self._requested_kiosk)
                    finally:
                        reader.close()
                graph = wayfinding.Graph.build(state.plan, reuse=previous)
            if self._builder is threading.current_thread():  # not reloaded meanwhile
                if self._loaded is None:
                    self._loaded = state
                if self._loaded is state:  # (the map may have read the plan itself meanwhile)
                    self._graph = graph
                    self._previous = None

        self._builder = threading.Thread(target=build, name="walkable-graph", daemon=True)
        self._builder.start()

    def fonts(self, code_px: int, name_px: int) -> _Fonts:
        key = (code_px, name_px)
        fonts = self._fonts.pop(key, None) or _Fonts(code_px, name_px)
        self._fonts[key] = fonts  # the newest last; the oldest go
        while len(self._fonts) > FONT_SIZES_KEPT:
            del self._fonts[next(iter(self._fonts))]
        return fonts

    def _lang(self) -> str:
        return self._show.lang

    # --- colours (the item draws with these; the legend shows them) ---

    def booth_colour(self, booth: floorplan.Booth) -> str:
        if booth.owner_kind == "city":
            return self._state().country_colour.get(booth.country_id or "", COUNTRY_COLOURS[-1])
        return KIND_COLOURS.get(booth.owner_kind, "#ffffff")

    @Property("QVariantList", notify=planChanged)
    def legend(self) -> list[dict]:
        """The key: what each colour (and mark) on the plan stands for; no two lines look alike."""
        rows = []
        names = {c["id"]: c["name"] for c in content.countries(self._db, self._lang())}
        for country, colour in self._state().country_colour.items():
            rows.append({"kind": "country", "label": names.get(country, country), "colour": colour, "mark": ""})
        kinds = sorted({KEY_KINDS.get(b.owner_kind, b.owner_kind) for b in self.plan.booths.values()
                        if b.owner_kind != "city"})
        for kind in kinds:
            rows.append({"kind": kind, "label": "", "colour": KIND_COLOURS.get(kind, "#ffffff"), "mark": ""})
        features = sorted({f.kind for f in self.plan.features if f.kind in FEATURE_STYLES} - {"aisle", "wall"})
        for kind in features:
            colour, mark = FEATURE_STYLES[kind]
            rows.append({"kind": kind, "label": "", "colour": colour, "mark": mark})
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

    def labels(self, hall_id: str, zoom: float, angle: float, area: QRectF, code_px: int,
               name_px: int) -> list[_Label]:
        """The labels of the booths and features in `area` that fit inside them on the screen (so labels never
        overlap): a booth's code, with its name below when the whole name fits (else its short name, else none); a
        feature's mark and name likewise."""
        turned = abs(math.sin(math.radians(angle))) > 0.7
        fonts = self.fonts(code_px, name_px)
        lang = self._lang()
        out = []

        def room(rect, inset):
            across, down = (rect.h, rect.w) if turned else (rect.w, rect.h)
            return (across - 2 * inset) * zoom - 2 * LABEL_PAD, (down - 2 * inset) * zoom - 2 * LABEL_PAD

        for b in self.booths_within(hall_id, area):
            width, height = room(b.rect, BOOTH_INSET)
            names = [pick(b.name, lang)] + ([b.short_name] if b.short_name else [])
            parts = fonts.layout(width, height, ("code", b.code), names)
            if parts:
                out.append(_Label(b.id, b.rect.centre, parts, LIGHT_INK if self.booth_colour(b) in DARK_FILLS else INK))
        for f in self.plan.features_in(hall_id):
            colour, mark = FEATURE_STYLES.get(f.kind, ("", ""))
            if not colour or f.kind in ("aisle", "wall") or not area.intersects(QRectF(*_xywh(f.rect))):
                continue
            width, height = room(f.rect, 0)
            parts = fonts.layout(width, height, (mark, "") if mark else None, [pick(f.name, lang)])
            if parts:
                out.append(_Label(f.id, f.rect.centre, parts, ink_on(colour)))
        return out

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
                "url": wayfinding.route_url(base, self.kiosk.id, booth_id, step_free=step_free) if base else ""}

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
        stops = []
        for n, (bid, walk) in enumerate(zip(tour.order, tour.routes)):
            (x, y), (nx, ny) = wayfinding.doorstep(walk, self.plan.booths[bid].rect)
            stops.append({**self.booth(bid), "number": n + 1, "door": {"x": x, "y": y, "nx": nx, "ny": ny}})
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
        self._text_pixels, self._fit_zoom = 27.0, 0.0
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
            if name in ("_hall", "_text_pixels", "_fit_zoom"):
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
    # The body text size (labels are never smaller at the fitted view) and the zoom that fits the hall.
    textPixels = Property(float, lambda self: self._text_pixels, lambda self, v: self._set("_text_pixels", v),
                          notify=viewChanged)
    fitZoom = Property(float, lambda self: self._fit_zoom, lambda self, v: self._set("_fit_zoom", v),
                       notify=viewChanged)

    def label_pixels(self) -> tuple[int, int]:
        """The code's and the name's pixel sizes at the current zoom."""
        return label_pixels(self._text_pixels, self._zoom, self._fit_zoom)

    def label_boxes(self) -> list[tuple[str, str, QRectF]]:
        """(owner, text, box in this item's pixels) of every label part in view, as the current zoom draws them."""
        transform = self._view_transform()
        out = []
        if self._floor_map is None or self._hall not in self._floor_map.plan.halls:
            return out
        for label in self._floor_map.labels(self._hall, self._zoom, self._angle, self._visible_plan_rect(),
                                            *self.label_pixels()):
            at = transform.map(QPointF(*label.centre))
            out += [(label.owner, text, box.translated(at)) for _kind, text, box in label.parts]
        return out

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
                                                  self.MAX_PIXELS, self.label_pixels())
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
             max_pixels: int, code_name_px: tuple[int, int]) -> "_HallImage":
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
            painter.fillRect(QRectF(*_xywh(f.rect)), QColor(FEATURE_STYLES.get(f.kind, (FLOOR_COLOUR, ""))[0]))
        outline = QColor(OUTLINE_COLOUR)
        inset = BOOTH_INSET
        colours: dict[str, QColor] = {}
        for b in floor_map.booths_within(hall_id, area):
            r = b.rect
            painter.fillRect(QRectF(r.x + inset, r.y + inset, r.w - 2 * inset, r.h - 2 * inset), outline)
            colour = floor_map.booth_colour(b)
            fill = colours.get(colour) or colours.setdefault(colour, QColor(colour))
            painter.fillRect(QRectF(r.x + 2 * inset, r.y + 2 * inset, r.w - 4 * inset, r.h - 4 * inset), fill)
        cls._draw_labels(painter, floor_map.labels(hall_id, zoom, angle, area, *code_name_px),
                         floor_map.fonts(*code_name_px), zoom, angle)
        painter.end()
        return cls(image, area.topLeft(), zoom, angle, area, whole)

    @staticmethod
    def _draw_labels(painter: QPainter, labels: list[_Label], fonts: _Fonts, zoom: float, angle: float) -> None:
        """Each label upright on the screen (turned back against the plan's turn), in screen pixels."""
        for label in labels:
            painter.save()
            painter.translate(*label.centre)
            painter.rotate(-angle)
            painter.scale(1 / zoom, 1 / zoom)
            ink = QColor(label.ink)
            painter.setPen(ink)
            for kind, text, box in label.parts:
                if kind == "code":
                    painter.setFont(fonts.code)
                    painter.drawText(QPointF(box.left(), box.bottom()), text)
                elif kind == "name":
                    painter.setFont(fonts.name)
                    painter.drawText(box.adjusted(-0.25, 0, 0.25, 0), WRAP, text)
                else:
                    draw_mark(painter, kind, box, ink)
            painter.restore()


@QmlElement
class FloorSwatch(QQuickPaintedItem):
    """A line's sample in the map's key: the colour and mark the plan draws for one kind of booth or feature."""

    swatchChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._colour, self._mark = "#ffffff", ""

    def _set(self, name: str, value: str) -> None:
        if getattr(self, name) != value:
            setattr(self, name, value)
            self.swatchChanged.emit()
            self.update()

    colour = Property(str, lambda self: self._colour, lambda self, v: self._set("_colour", v), notify=swatchChanged)
    mark = Property(str, lambda self: self._mark, lambda self, v: self._set("_mark", v), notify=swatchChanged)

    def paint(self, painter: QPainter) -> None:
        box = QRectF(1, 1, self.width() - 2, self.height() - 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(OUTLINE_COLOUR), 2))
        painter.setBrush(QColor(self._colour))
        painter.drawRect(box)
        if self._mark:
            margin = box.width() * 0.14
            draw_mark(painter, self._mark, box.adjusted(margin, margin, -margin, -margin), QColor(ink_on(self._colour)))
