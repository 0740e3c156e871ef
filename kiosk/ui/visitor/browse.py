"""The lists a visitor browses (cities, exhibitors, projects) with their filters, and what the attract and home
screens show of them."""

from __future__ import annotations

from PySide6.QtCore import (
    Property,
    QAbstractItemModel,
    QCollator,
    QLocale,
    QObject,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement, QmlSingleton
from sqlite_utils import Database

from kiosk.core.catalog import content
from kiosk.core.common import languages
from kiosk.ui.common.models import RowsModel
from kiosk.ui.visitor.show import Show, script_font

QML_IMPORT_NAME = "Expo"
QML_IMPORT_MAJOR_VERSION = 1

MADE_AHEAD_MAX_ROWS = 2000  # see listsMadeAhead


def collator(lang: str) -> QCollator:
    c = QCollator(QLocale(languages.LOCALES.get(lang, languages.LOCALES[languages.FALLBACK])))
    c.setCaseSensitivity(c.caseSensitivity().CaseInsensitive)
    return c


def index_letter(name: str) -> str:
    """The letter a name is filed under: Thai leading vowels (เ แ โ ใ ไ) are skipped, as in a Thai dictionary."""
    for ch in name:
        if "\u0e40" <= ch <= "\u0e44":
            continue
        if ch.isalpha():
            return ch.upper()
        if ch.isdigit():
            return "#"
    return "#"


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
        self._cities = RowsModel(("id", "name", "local_name", "local_font", "country_id", "country_name",
                                  "booth_code", "section"), self)
        self._exhibitors = RowsModel(("id", "name", "short_name", "kind", "country_id", "country_name",
                                      "booth_code", "letter"), self)
        self._projects = RowsModel(("id", "title", "focus_area_id", "focus_area", "owner_name", "country_id",
                                    "section", "area_index"), self)
        self._focus_areas = RowsModel(("id", "position", "name", "summary"), self)
        self._countries = RowsModel(("id", "name", "iso2"), self)
        self._city_countries = RowsModel(("id", "name", "iso2"), self)
        self._letters: list[dict] = []
        self._all_cities: list[dict] = []
        self._opened: set[str] = set()
        self._exhibitor_count = self._project_count = 0
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

    @Property("QVariantList", notify=listsChanged)
    def listsMadeAhead(self) -> list[str]:
        """The list screens Main.qml makes ahead of a tap: those whose whole list fills quickly. A list of thousands
        (a load test) would hold the kiosk up for seconds each time one was made, and on every language switch."""
        return [kind for kind, rows in (("cities", len(self._all_cities)), ("exhibitors", self._exhibitor_count),
                                        ("projects", self._project_count), ("programme", 0))
                if rows <= MADE_AHEAD_MAX_ROWS]

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
        sort = collator(lang)
        countries = content.countries(self._db, lang)
        countries.sort(key=lambda c: sort.sortKey(c["name"]))
        self._countries.set_rows(countries)
        self._all_cities = sorted(content.cities(self._db, lang),
                                  key=lambda c: (sort.sortKey(c["country_name"]), sort.sortKey(c["name"])))
        with_cities = {c["country_id"] for c in self._all_cities}
        self._city_countries.set_rows([c for c in countries if c["id"] in with_cities])
        self._apply_city_filter()
        counted = content.counts(self._db, ("exhibitors", "projects"))
        self._exhibitor_count, self._project_count = counted["exhibitors"], counted["projects"]
        # The long lists are filled when their screen first asks (start-up stays fast with 10,000 booths).
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
        country, area = self._city_filter
        rows = [dict(c) for c in self._all_cities
                if (not country or c["country_id"] == country) and (not area or area in c["focus_areas"])]
        for c in rows:
            c["section"] = c["country_name"]
            c["local_font"] = script_font(c["local_lang"])
            del c["focus_areas"]
        self._cities.set_rows(rows)

    @Slot(str, str, result=bool)
    def filterExhibitors(self, kind: str, country_id: str) -> bool:
        self._exhibitor_filter = (kind, country_id)
        self._opened.add("exhibitors")
        self._apply_exhibitor_filter()
        return True

    def _apply_exhibitor_filter(self) -> None:
        kind, country = self._exhibitor_filter
        lang = self._show.lang
        sort = collator(lang)
        rows = [o for o in content.organisations(self._db, lang)
                if (not kind or o["kind"] == kind) and (not country or o["country_id"] == country)]
        rows.sort(key=lambda o: sort.sortKey(o["name"]))
        letters: list[dict] = []
        for i, o in enumerate(rows):
            o["letter"] = index_letter(o["name"])
            if not letters or letters[-1]["letter"] != o["letter"]:
                letters.append({"letter": o["letter"], "row": i})
        self._letters = letters
        self._exhibitors.set_rows(rows)
        self.lettersChanged.emit()

    @Slot(str, str, result=bool)
    def filterProjects(self, focus_area_id: str, country_id: str) -> bool:
        self._project_filter = (focus_area_id, country_id)
        self._opened.add("projects")
        self._apply_project_filter()
        return True

    def _apply_project_filter(self) -> None:
        area, country = self._project_filter
        lang = self._show.lang
        order = {a["id"]: a["position"] for a in self._focus_areas.rows()}
        sort = collator(lang)
        rows = [p for p in content.projects(self._db, lang)
                if (not area or p["focus_area_id"] == area) and (not country or p["country_id"] == country)]
        rows.sort(key=lambda p: (order.get(p["focus_area_id"], 99), sort.sortKey(p["title"])))
        for p in rows:
            p["section"] = p["focus_area"]
            p["area_index"] = max(0, order.get(p["focus_area_id"], 1) - 1)
        self._projects.set_rows(rows)
