"""The visitor's starred pages as a visit plan, carried to the phone by one QR code."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QAbstractItemModel, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton
from sqlite_utils import Database

from kiosk.core.catalog import content
from kiosk.core.common.errors import KioskError
from kiosk.ui.common.models import RowsModel
from kiosk.ui.visitor.show import Show

QML_IMPORT_NAME = "Expo"
QML_IMPORT_MAJOR_VERSION = 1

MAX_FAVOURITES = 30  # what one QR code can still carry as plain Thai text


@QmlElement
@QmlSingleton
class VisitPlan(QObject):
    favouritesChanged = Signal()

    def __init__(self, db: Database, show: Show, parent=None):
        super().__init__(parent)
        self._db = db
        self._show = show
        self._favourites: list[tuple[str, str]] = []
        self._visit = RowsModel(("kind", "id", "title", "booth_code", "hall"), self)
        # The order My visit shows (app.py hands it the map's: the order its walking route takes). Worked out when
        # My visit opens, not on every star: at 10,000 booths a tour through ten stops takes about 0.1 s.
        self.walking_order: Callable[[list[dict]], list[dict]] = lambda entries: entries
        self._in_walking_order = True
        show.visitorLeft.connect(self._forget)

    @staticmethod
    def create(engine):  # the QML engine asks for the singleton here
        return engine.view_model(VisitPlan)

    @Slot(str, str, result=bool)
    def isFavourite(self, kind: str, entity_id: str) -> bool:
        return (kind, entity_id) in self._favourites

    def favourite_keys(self) -> list[tuple[str, str]]:
        return list(self._favourites)

    @Slot(str, str, result=bool)
    def toggleFavourite(self, kind: str, entity_id: str) -> bool:
        """Star or unstar a page; returns whether it is starred now."""
        key = (kind, entity_id)
        if key in self._favourites:
            self._favourites.remove(key)
        elif kind in ("city", "exhibitor", "project") and len(self._favourites) < MAX_FAVOURITES:
            self._favourites.append(key)
        self._apply()
        return key in self._favourites

    @Property(int, notify=favouritesChanged)
    def favouriteCount(self) -> int:
        return len(self._favourites)

    @Property(QAbstractItemModel, constant=True)
    def visit(self) -> RowsModel:
        return self._visit

    @Slot(result=str)
    def planUrl(self) -> str:
        try:
            return content.plan_url(self._db, self._visit.rows()) if self._visit.rows() else ""
        except KioskError:
            return ""

    @Slot(str, result=str)
    def planText(self, heading: str) -> str:
        return content.plan_text(heading, self._visit.rows()) if self._visit.rows() else ""

    def refresh(self) -> None:
        if self._favourites:
            self._apply()

    def _forget(self) -> None:
        self._favourites = []
        self._apply()

    @Slot()
    def putInWalkingOrder(self) -> None:
        """Order the plan as the walking route from this kiosk reaches it (My visit, as it opens)."""
        if not self._in_walking_order:
            self._visit.set_rows(self.walking_order(self._visit.rows()))
            self._in_walking_order = True
            self.favouritesChanged.emit()  # the plan's address lists the booths in this order

    def _apply(self) -> None:
        self._visit.set_rows(content.visit_plan(self._db, self._favourites, self._show.lang))
        self._in_walking_order = len(self._favourites) < 2
        self.favouritesChanged.emit()
