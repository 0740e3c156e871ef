"""The conference programme by day, with the sessions running now and next by the kiosk's clock."""

from __future__ import annotations

import datetime
from typing import Callable

from PySide6.QtCore import Property, QAbstractItemModel, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton
from sqlite_utils import Database

from kiosk.core.catalog import content
from kiosk.ui.common.models import RowsModel
from kiosk.ui.visitor.show import Show

QML_IMPORT_NAME = "Expo"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlSingleton
class Programme(QObject):
    programmeChanged = Signal()
    clockChanged = Signal()

    def __init__(self, db: Database, show: Show, clock: Callable[[], datetime.datetime] | None = None,
                 parent=None):
        super().__init__(parent)
        self._db = db
        self._show = show
        self._clock = clock or datetime.datetime.now
        self._sessions = RowsModel(("id", "day", "starts_at", "ends_at", "room", "kind", "title", "speakers",
                                    "themes", "state"), self)
        self._day = ""
        self._focus_row = 0
        self._days: list[dict] = []
        self._items: list[dict] = []
        show.visitorLeft.connect(self._forget)
        self.refresh()

    @staticmethod
    def create(engine):  # the QML engine asks for the singleton here
        return engine.view_model(Programme)

    @Property(QAbstractItemModel, constant=True)
    def sessions(self) -> RowsModel:
        return self._sessions

    @Property("QVariantList", notify=programmeChanged)
    def programmeDays(self) -> list:
        return self._days

    @Property(str, notify=programmeChanged)
    def programmeDay(self) -> str:
        return self._day

    @Property(int, notify=programmeChanged)
    def programmeFocusRow(self) -> int:
        """The first session running now or starting next on the day shown (0 when there is none)."""
        return self._focus_row

    @Property(str, notify=clockChanged)
    def clockText(self) -> str:
        return self._clock().strftime("%H:%M")

    def refresh(self) -> None:
        """The programme in the current language, read once per language or content change."""
        self._items = content.sessions(self._db, self._show.lang)
        self._days = [{"day": d, "label": self._show.format_day(d)} for d in sorted({s["day"] for s in self._items})]
        days = [d["day"] for d in self._days]
        today = self._clock().date().isoformat()
        if self._day not in days:
            self._day = today if today in days else (days[0] if days else "")
        self._apply()
        self.programmeChanged.emit()

    def _forget(self) -> None:
        self._day = ""

    @Slot(str, result=bool)
    def showProgrammeDay(self, day: str) -> bool:
        self._day = day
        self._apply()
        self.programmeChanged.emit()
        return True

    def _apply(self) -> None:
        items = [dict(s) for s in self._items]  # the clock ticks: no query, just now/next again
        now = self._clock().strftime("%Y-%m-%dT%H:%M")
        running, following = content.now_and_next(items, now)
        rows = []
        for s in items:
            if s["day"] != self._day:
                continue
            s["state"] = "now" if s["id"] in running else "next" if s["id"] in following else ""
            s["themes"] = ", ".join(s["themes"])
            rows.append(s)
        self._focus_row = next((i for i, s in enumerate(rows) if s["state"]), 0)
        if rows != self._sessions.rows():  # the clock ticks often; rebuild the list only when "now" moved
            self._sessions.set_rows(rows)

    def tick(self) -> None:
        """Called on a timer: the clock moved, so "now" and "next" may have too."""
        self._apply()
        self.clockChanged.emit()
