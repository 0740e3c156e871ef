"""Search as the visitor types: ranked results with the matched part marked, and "did you mean" when nothing
matched."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Property, QAbstractItemModel, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton
from sqlite_utils import Database

from kiosk.core.catalog import content, search
from kiosk.ui.common.models import RowsModel
from kiosk.ui.visitor.show import Show

QML_IMPORT_NAME = "Expo"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlSingleton
class Search(QObject):
    searchChanged = Signal()

    def __init__(self, db: Database, show: Show, on_search: Callable[[str, int], None] | None = None, parent=None):
        super().__init__(parent)
        self._db = db
        self._show = show
        self._on_search = on_search
        # before/hit/after: the title with the query's place marked; field and reasonBefore/Hit/After: why an
        # entry whose title does not hold the query matched (another name, a booth, a text), marked the same way.
        self._results = RowsModel(("type", "id", "title", "kind", "match", "section", "before", "hit", "after",
                                   "field", "reasonBefore", "reasonHit", "reasonAfter", "day"), self)
        self._search_text = ""
        self._suggestions: list[dict] = []
        self._session_days: dict[str, str] | None = None
        show.visitorLeft.connect(self._forget)

    @staticmethod
    def create(engine):  # the QML engine asks for the singleton here
        return engine.view_model(Search)

    @Property(QAbstractItemModel, constant=True)
    def results(self) -> RowsModel:
        return self._results

    @Property(str, notify=searchChanged)
    def searchText(self) -> str:
        return self._search_text

    @Property("QVariantList", notify=searchChanged)
    def suggestions(self) -> list:
        """Names that look like a query that found nothing ("did you mean")."""
        return self._suggestions

    @Slot(str, result=int)
    def search(self, text: str) -> int:
        """Run a search as the visitor types; returns the number of results."""
        found = self._run(text)
        if self._on_search and text.strip():
            self._on_search(text, found)
        return found

    def refresh(self) -> None:
        self._session_days = None
        if self._search_text:
            self._run(self._search_text)  # the same query in the new language: not a new search

    def _forget(self) -> None:
        self._search_text = ""
        self._results.set_rows([])
        self._suggestions = []
        self.searchChanged.emit()

    def _run(self, text: str) -> int:
        lang = self._show.lang
        self._search_text = text
        found = search.search(self._db, text, lang=lang, limit=40)
        if self._session_days is None and any(r.type == "session" for r in found):
            self._session_days = {s["id"]: s["day"] for s in content.sessions(self._db, lang)}
        rows = []
        for r in found:
            start, end = r.span or (0, 0)
            marked = (r.matched[:start], r.matched[start:end], r.matched[end:])
            title, reason = (marked, ("", "", "")) if r.field == "title" else (("", "", r.title), marked)
            day = self._session_days.get(r.id, "") if r.type == "session" else ""
            rows.append({"type": r.type, "id": r.id, "title": r.title, "kind": r.kind or "", "match": r.match,
                         "section": r.type, "day": day, "field": r.field,
                         "before": title[0], "hit": title[1], "after": title[2],
                         "reasonBefore": reason[0], "reasonHit": reason[1], "reasonAfter": reason[2]})
        self._results.set_rows(rows)
        self._suggestions = [] if rows or not text.strip() else [
            {"type": r.type, "id": r.id, "title": r.title} for r in search.suggest(self._db, text, lang)]
        self.searchChanged.emit()
        return len(rows)
