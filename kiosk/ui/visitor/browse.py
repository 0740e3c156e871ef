"""The lists a visitor browses (cities, exhibitors, projects) with their filters, and what the attract and home
screens show of them."""

from __future__ import annotations

from PySide6.QtCore import Property, QAbstractItemModel, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton
from sqlite_utils import Database

from kiosk.core.catalog import content
from kiosk.ui.common.models import PagedModel, RowsModel
from kiosk.ui.visitor.show import Show, script_font

QML_IMPORT_NAME = "Expo"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlSingleton
class Browse(QObject):
    listsChanged = Signal()
    lettersChanged = Signal()

    def __init__(self, db: Database, show: Show, parent=None):
        super().__init__(parent)
        self._db = db
        self._show = show
        self._city_filter = ("", "")
        self._exhibitor_filter = ("", "")
        self._project_filter = ("", "")
        # The lists are read a page at a time, in the order of the sort keys stored with each row.
        self._cities = PagedModel(("id", "name", "local_name", "local_font", "country_id", "country_name",
                                   "booth_code", "section"), self)
        self._exhibitors = PagedModel(("id", "name", "short_name", "kind", "country_id", "country_name",
                                       "booth_code", "letter"), self)
        self._projects = PagedModel(("id", "title", "focus_area_id", "focus_area", "owner_name", "country_id",
                                     "section", "area_index"), self)
        self._focus_areas = RowsModel(("id", "position", "name", "summary"), self)
        self._countries = RowsModel(("id", "name", "iso2"), self)
        self._city_countries = RowsModel(("id", "name", "iso2"), self)
        self._letters: list[dict] = []
        self._all_cities: list[dict] = []
        self._opened: set[str] = set()
        show.visitorLeft.connect(self._forget)
        self.refresh()

    @staticmethod
    def create(engine):  # the QML engine asks for the singleton here
        return engine.view_model(Browse)

    @Property(QAbstractItemModel, constant=True)
    def cities(self) -> RowsModel:
        return self._cities

    @Property(QAbstractItemModel, constant=True)
    def exhibitors(self) -> RowsModel:
        return self._exhibitors

    @Property(QAbstractItemModel, constant=True)
    def projects(self) -> RowsModel:
        return self._projects

    @Property(QAbstractItemModel, constant=True)
    def focusAreas(self) -> RowsModel:
        return self._focus_areas

    @Property(QAbstractItemModel, constant=True)
    def countries(self) -> RowsModel:
        return self._countries

    @Property(QAbstractItemModel, constant=True)
    def cityCountries(self) -> RowsModel:
        """Only the countries that have a city in the show."""
        return self._city_countries

    @Property("QVariantList", notify=lettersChanged)
    def exhibitorLetters(self) -> list:
        return self._letters

    @Property(int, notify=listsChanged)
    def cityCount(self) -> int:
        """All cities of the show, whatever filter the Cities screen has."""
        return len(self._all_cities)

    @Property("QVariantList", notify=listsChanged)
    def popularSearches(self) -> list:
        """A few names to try: the first city of each of several countries."""
        picks, seen = [], set()
        for c in self._all_cities:
            if c["country_id"] not in seen:
                seen.add(c["country_id"])
                picks.append(c["name"])
        return picks[:6]

    @Property("QVariantList", constant=True)
    def screensMadeAhead(self) -> list[str]:
        """The screens Main.qml makes ahead of a tap: every list (each reads only its first page), then an entry's
        page of each kind, empty until the tap gives it its entry (that saves the making of its items, about 40 %
        of a page's opening)."""
        return ["cities", "exhibitors", "projects", "programme", "city", "exhibitor", "project", "session"]

    @Property("QVariantList", notify=listsChanged)
    def featured(self) -> list:
        """Slides for the attract screen: every city, with one of its projects."""
        lang = self._show.lang
        slides = []
        for c in self._all_cities:
            first = content.projects(self._db, lang, city_id=c["id"], limit=1)
            slides.append({"kind": "city", "id": c["id"], "title": c["name"], "local": c["local_name"],
                           "local_font": script_font(c["local_lang"]), "subtitle": c["country_name"],
                           "detail": first[0]["title"] if first else ""})
        return slides

    def refresh(self) -> None:
        lang = self._show.lang
        self._focus_areas.set_rows(content.focus_areas(self._db, lang))
        countries = content.countries(self._db, lang)
        self._countries.set_rows(countries)
        everywhere = content.Listing("cities", lang)
        self._all_cities = content.list_page(self._db, everywhere, 0, content.list_count(self._db, everywhere))
        with_cities = {c["country_id"] for c in self._all_cities}
        self._city_countries.set_rows([c for c in countries if c["id"] in with_cities])
        self._apply_city_filter()
        # The long lists are read when their screen first asks (start-up reads none of them).
        if "exhibitors" in self._opened:
            self._apply_exhibitor_filter()
        if "projects" in self._opened:
            self._apply_project_filter()
        self.listsChanged.emit()

    def _forget(self) -> None:
        self._opened.clear()  # long lists are filled again when their screen next opens
        self._city_filter = self._exhibitor_filter = self._project_filter = ("", "")

    @Slot(str, str, result=bool)
    def filterCities(self, country_id: str, focus_area_id: str) -> bool:
        self._city_filter = (country_id, focus_area_id)
        self._apply_city_filter()
        return True

    def _apply_city_filter(self) -> None:
        self._show_list(self._cities, content.Listing("cities", self._show.lang, *self._city_filter), self._city_row)

    @staticmethod
    def _city_row(c: dict) -> dict:
        return {**c, "section": c["country_name"], "local_font": script_font(c["local_lang"])}

    @Slot(str, str, result=bool)
    def filterExhibitors(self, kind: str, country_id: str) -> bool:
        self._exhibitor_filter = (kind, country_id)
        self._opened.add("exhibitors")
        self._apply_exhibitor_filter()
        return True

    def _apply_exhibitor_filter(self) -> None:
        listing = content.Listing("exhibitors", self._show.lang, *self._exhibitor_filter)
        self._letters = content.exhibitor_letters(self._db, listing)
        self._show_list(self._exhibitors, listing)
        self.lettersChanged.emit()

    @Slot(str, str, result=bool)
    def filterProjects(self, focus_area_id: str, country_id: str) -> bool:
        self._project_filter = (focus_area_id, country_id)
        self._opened.add("projects")
        self._apply_project_filter()
        return True

    def _apply_project_filter(self) -> None:
        self._show_list(self._projects, content.Listing("projects", self._show.lang, *self._project_filter),
                        lambda p: {**p, "section": p["focus_area"]})

    def _show_list(self, model: PagedModel, listing: content.Listing, shown=None) -> None:
        def fetch(offset: int, limit: int, after: tuple | None) -> list[dict]:
            rows = content.list_page(self._db, listing, offset, limit, after)
            return [shown(row) for row in rows] if shown else rows

        model.reset(content.list_count(self._db, listing), fetch)
