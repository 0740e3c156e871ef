"""View models that QML talks to. They call kiosk.core; QML never sees SQL or the database."""

from __future__ import annotations

import datetime
from typing import Callable

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

from kiosk.core.catalog import content, qr, search
from kiosk.core.common import assets, languages
from kiosk.core.common.errors import KioskError
from kiosk.ui.models import RowsModel
from kiosk.ui.providers import qr_source

QML_IMPORT_NAME = "Expo"
QML_IMPORT_MAJOR_VERSION = 1

MAX_FAVOURITES = 30  # what one QR code can still carry as plain Thai text
MADE_AHEAD_MAX_ROWS = 2000  # see listsMadeAhead


def script_font(lang: str) -> str:
    """The bundled font for a language's script; complex scripts must be shaped by a font that has them."""
    return assets.for_lang(lang).family


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
class Catalog(QObject):
    """The show's content in the visitor's language, as models and page dictionaries."""


    langChanged = Signal()
    contentChanged = Signal()
    clockChanged = Signal()
    favouritesChanged = Signal()
    searchChanged = Signal()
    lettersChanged = Signal()
    programmeChanged = Signal()

    def __init__(self, db: Database, lang: str = "th", clock: Callable[[], datetime.datetime] | None = None,
                 on_language: Callable[[str], None] | None = None,
                 on_search: Callable[[str, int], None] | None = None, parent=None):
        super().__init__(parent)
        self._db = db
        self._lang = lang if lang in languages.LANGUAGES else languages.LANGUAGES[0]
        self._default_lang = self._lang
        self._favourites: list[tuple[str, str]] = []
        self._visit = RowsModel(("kind", "id", "title", "booth_code", "hall"), self)
        self._clock = clock or datetime.datetime.now
        self._on_language = on_language
        self._on_search = on_search
        self._city_filter = ("", "")
        self._exhibitor_filter = ("", "")
        self._project_filter = ("", "")
        self._cities = RowsModel(("id", "name", "local_name", "local_font", "country_id", "country_name",
                                  "booth_code", "section"), self)
        self._exhibitors = RowsModel(("id", "name", "short_name", "kind", "country_id", "country_name",
                                      "booth_code", "letter"), self)
        self._projects = RowsModel(("id", "title", "focus_area_id", "focus_area", "owner_name", "country_id",
                                    "section", "area_index"), self)
        self._sessions = RowsModel(("id", "day", "starts_at", "ends_at", "room", "kind", "title", "speakers",
                                    "themes", "state"), self)
        self._focus_areas = RowsModel(("id", "position", "name", "summary"), self)
        self._countries = RowsModel(("id", "name", "iso2"), self)
        self._city_countries = RowsModel(("id", "name", "iso2"), self)
        self._results = RowsModel(("type", "id", "title", "kind", "match", "section", "before", "hit", "after",
                                   "day"), self)
        self._search_text = ""
        self._suggestions: list[dict] = []
        self._letters: list[dict] = []
        self._event: dict = {}
        self._day = ""
        self._focus_row = 0
        self._programme_days: list[dict] = []
        self._session_items: list[dict] = []
        self._all_cities: list[dict] = []
        self._opened: set[str] = set()
        self._revision = 0
        self.refresh()

    @staticmethod
    def create(engine):  # the QML engine asks for the singleton here
        return engine.view_model(Catalog)

    # --- language ---

    @Property(str, notify=langChanged)
    def lang(self) -> str:
        return self._lang

    @Slot(str, result=bool)
    def setLanguage(self, lang: str) -> bool:
        if lang not in languages.LANGUAGES or lang == self._lang:
            return False
        self._lang = lang
        if self._on_language:
            self._on_language(lang)
        self.refresh()
        self.langChanged.emit()
        return True

    # --- the event ---

    @Property(str, notify=contentChanged)
    def eventName(self) -> str:
        return self._event.get("name", "")

    @Property(str, notify=contentChanged)
    def eventShortName(self) -> str:
        return self._event.get("short_name", "")

    @Property(str, notify=contentChanged)
    def eventTheme(self) -> str:
        return self._event.get("theme", "")

    @Property(str, notify=contentChanged)
    def eventVenue(self) -> str:
        return self._event.get("venue", "")

    @Property(str, notify=contentChanged)
    def eventDates(self) -> str:
        return self.formatRange(self._event.get("starts_on", ""), self._event.get("ends_on", ""))

    # --- models ---

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
    def sessions(self) -> RowsModel:
        return self._sessions

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

    @Property(int, notify=contentChanged)
    def cityCount(self) -> int:
        """All cities of the show, whatever filter the Cities screen has."""
        return len(self._all_cities)

    @Property("QVariantList", notify=contentChanged)
    def popularSearches(self) -> list:
        """A few names to try: the first city of each of several countries."""
        picks, seen = [], set()
        for c in self._all_cities:
            if c["country_id"] not in seen:
                seen.add(c["country_id"])
                picks.append(c["name"])
        return picks[:6]

    @Slot(str, result=int)
    def search(self, text: str) -> int:
        """Run a search as the visitor types; returns the number of results."""
        found = self._run_search(text)
        if self._on_search and text.strip():
            self._on_search(text, found)
        return found

    def _run_search(self, text: str) -> int:
        self._search_text = text
        found = search.search(self._db, text, lang=self._lang, limit=40)
        days = {s["id"]: s["day"] for s in self._session_items}
        rows = []
        for r in found:
            span = search.match_span(r.title, text)
            start, end = span if span else (0, 0)
            day = days.get(r.id, "") if r.type == "session" else ""
            rows.append({"type": r.type, "id": r.id, "title": r.title, "kind": r.kind or "", "match": r.match,
                         "section": r.type, "before": r.title[:start], "hit": r.title[start:end],
                         "after": r.title[end:], "day": day})
        self._results.set_rows(rows)
        self._suggestions = [] if rows or not text.strip() else [
            {"type": r.type, "id": r.id, "title": r.title} for r in search.suggest(self._db, text, self._lang)]
        self.searchChanged.emit()
        return len(rows)

    @Property("QVariantList", notify=lettersChanged)
    def exhibitorLetters(self) -> list:
        return self._letters

    @Property("QVariantList", notify=programmeChanged)
    def programmeDays(self) -> list:
        return self._programme_days

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

    @Property("QVariantList", notify=contentChanged)
    def listsMadeAhead(self) -> list[str]:
        """The list screens Main.qml makes ahead of a tap: those whose whole list fills quickly. A list of thousands
        (a load test) would hold the kiosk up for seconds each time one was made, and on every language switch."""
        return [kind for kind, rows in (("cities", len(self._all_cities)), ("exhibitors", self._exhibitor_count),
                                        ("projects", self._project_count), ("programme", 0))
                if rows <= MADE_AHEAD_MAX_ROWS]

    @Property(int, notify=contentChanged)
    def revision(self) -> int:
        """Goes up each time the content is read again (after staff publish a change)."""
        return self._revision

    def refresh(self) -> None:
        lang = self._lang
        self._event = content.event(self._db, lang)
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
        if self._search_text:
            self._run_search(self._search_text)  # the same query in the new language: not a new search
        if self._favourites:
            self._apply_visit()
        self._programme_days = [{"day": d, "label": self._format_day(d)}
                                for d in sorted({s["day"] for s in self._load_sessions()})]
        days = [d["day"] for d in self._programme_days]
        today = self._clock().date().isoformat()
        if self._day not in days:
            self._day = today if today in days else (days[0] if days else "")
        self._apply_sessions()
        self.programmeChanged.emit()
        self._revision += 1
        self.contentChanged.emit()

    # --- filters ---

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
        sort = collator(self._lang)
        rows = [o for o in content.organisations(self._db, self._lang)
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
        order = {a["id"]: a["position"] for a in self._focus_areas.rows()}
        sort = collator(self._lang)
        rows = [p for p in content.projects(self._db, self._lang)
                if (not area or p["focus_area_id"] == area) and (not country or p["country_id"] == country)]
        rows.sort(key=lambda p: (order.get(p["focus_area_id"], 99), sort.sortKey(p["title"])))
        for p in rows:
            p["section"] = p["focus_area"]
            p["area_index"] = max(0, order.get(p["focus_area_id"], 1) - 1)
        self._projects.set_rows(rows)

    @Slot(str, result=bool)
    def showProgrammeDay(self, day: str) -> bool:
        self._day = day
        self._apply_sessions()
        self.programmeChanged.emit()
        return True

    def _load_sessions(self) -> list[dict]:
        """The programme in the current language, read once per refresh."""
        self._session_items = content.sessions(self._db, self._lang)
        return self._session_items

    def _apply_sessions(self) -> None:
        items = [dict(s) for s in self._session_items]  # the clock ticks: no query, just now/next again
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

    @Slot(result=bool)
    def tick(self) -> bool:
        """Called on a timer: the clock moved, so "now" and "next" may have too."""
        self._apply_sessions()
        self.clockChanged.emit()
        return True

    # --- favourites and the visit plan ---

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
        self._apply_visit()
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

    @Slot(str, result=str)
    def qrFor(self, payload: str) -> str:
        return qr_source(payload) if payload else ""

    @Slot(str, result=str)
    def displayUrl(self, url: str) -> str:
        return qr.display_url(url) if url else ""

    def _apply_visit(self) -> None:
        self._visit.set_rows(content.visit_plan(self._db, self._favourites, self._lang))
        self.favouritesChanged.emit()

    @Slot(result=bool)
    def resetVisitor(self) -> bool:
        """Forget everything of the visitor who walked away: starred pages, filters, search, language."""
        self._favourites = []
        self._opened.clear()  # long lists are filled again when their screen next opens
        self._city_filter = self._exhibitor_filter = self._project_filter = ("", "")
        self._search_text = ""
        self._results.set_rows([])
        self._suggestions = []
        self.searchChanged.emit()
        self._day = ""
        if self._lang != self._default_lang:
            self._lang = self._default_lang
            if self._on_language:
                self._on_language(self._lang)
            self.langChanged.emit()
        self.refresh()
        self._apply_visit()
        return True

    # --- pages ---

    @Slot(str, str, result="QVariantMap")
    def page(self, kind: str, entity_id: str) -> dict:
        """Everything a city, exhibitor or project page shows; {"missing": true} for an unknown id."""
        readers = {"city": content.city, "exhibitor": content.organisation, "project": content.project}
        try:
            data = readers[kind](self._db, entity_id, self._lang)
        except (KeyError, KioskError):
            return {"missing": True, "kind": kind, "id": entity_id}
        data["local_font"] = script_font(data.get("local_lang", ""))
        data["qr"] = qr_source(data["url"])
        data["qrText"] = qr.display_url(data["url"])
        return data

    @Property("QVariantList", notify=contentChanged)
    def featured(self) -> list:
        """Slides for the attract screen: every city, with one of its projects."""
        slides = []
        for c in self._all_cities:
            first = content.projects(self._db, self._lang, city_id=c["id"], limit=1)
            slides.append({"kind": "city", "id": c["id"], "title": c["name"], "local": c["local_name"], "local_font": script_font(c["local_lang"]),
                           "subtitle": c["country_name"], "detail": first[0]["title"] if first else ""})
        return slides

    # --- formatting ---

    def _locale(self) -> QLocale:
        return QLocale(languages.LOCALES[self._lang])

    def _format_day(self, iso_day: str) -> str:
        try:
            day = datetime.date.fromisoformat(iso_day)
        except ValueError:
            return iso_day
        from PySide6.QtCore import QDate

        return self._locale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")

    def formatRange(self, start: str, end: str) -> str:
        if not start:
            return ""
        return f"{self._format_day(start)} – {self._format_day(end)} {start[:4]}" if end and end != start else \
            self._format_day(start)

    @Slot(float, result=str)
    def formatNumber(self, value: float) -> str:
        return self._locale().toString(float(value), "f", 0 if float(value).is_integer() else 1)
