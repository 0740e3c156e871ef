"""The show in the visitor's language: the language itself, the event, and the pages of cities, exhibitors and
projects. The other visitor view models follow its language and its content (app.py connects them)."""

from __future__ import annotations

import datetime
from typing import Callable

from PySide6.QtCore import Property, QDate, QLocale, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton
from sqlite_utils import Database

from kiosk.core.catalog import content, qr
from kiosk.core.common import languages
from kiosk.core.common.errors import KioskError
from kiosk.ui.common import fonts, linebreak
from kiosk.ui.common.providers import qr_source

QML_IMPORT_NAME = "Expo"
QML_IMPORT_MAJOR_VERSION = 1


def script_font(lang: str) -> str:
    """The font for a language's script; complex scripts must be shaped by a font that has them."""
    return fonts.script_family(lang)


@QmlElement
@QmlSingleton
class Show(QObject):
    langChanged = Signal()
    contentChanged = Signal()  # the content was read again (a language switch, staff published a change)
    visitorLeft = Signal()  # everything of the last visitor is forgotten before the content is read again

    def __init__(self, db: Database, lang: str = "th", on_language: Callable[[str], None] | None = None,
                 offered: tuple[str, ...] = languages.OFFERED, phrase: Callable[[str, str], str] | None = None,
                 parent=None):
        """`offered`: the languages a visitor may choose, in order; `phrase(lang, text)`: an English text of the
        attract screen in another language (the visitor's own is not chosen yet)."""
        super().__init__(parent)
        self._db = db
        self._offered = offered
        self._phrase = phrase or (lambda lang, text: text)
        self._lang = lang if lang in offered else offered[0]
        self._default_lang = self._lang
        self._on_language = on_language
        self._event: dict = {}
        self._revision = 0
        self._event = content.event(self._db, self._lang)

    @staticmethod
    def create(engine):  # the QML engine asks for the singleton here
        return engine.view_model(Show)

    # --- language ---

    @Property(str, notify=langChanged)
    def lang(self) -> str:
        return self._lang

    @Property(str, notify=langChanged)
    def fontFamily(self) -> str:
        """The family the screen is set in for this visitor (their region's Han for zh, ja, ko)."""
        return fonts.screen_family(self._lang)

    @Slot(str, result=bool)
    def setLanguage(self, lang: str) -> bool:
        if lang not in self._offered or lang == self._lang:
            return False
        self._lang = lang
        if self._on_language:
            self._on_language(lang)
        self.refresh()
        self.langChanged.emit()
        return True

    @Property("QVariantList", constant=True)
    def languages(self) -> list:
        """The languages offered, each named in its own script (and its font) and in English."""
        return [{"code": lang, "name": languages.SCREEN_LANGUAGES[lang][0],
                 "english": languages.SCREEN_LANGUAGES[lang][1], "font": script_font(lang)} for lang in self._offered]

    @Property("QVariantList", constant=True)
    def invitations(self) -> list:
        """What the attract screen says in each language offered, one after another."""
        return [{"code": lang, "font": script_font(lang), "touch": self._phrase(lang, "Touch the screen to start"),
                 "choose": self._phrase(lang, "Choose your language")} for lang in self._offered]

    @Property(str, notify=langChanged)
    def locale(self) -> str:
        """The visitor's locale (the keyboard's layout when a field asks for none)."""
        return languages.LOCALES[self._lang]

    @Property("QVariantList", constant=True)
    def keyboardLocales(self) -> list:
        return list(languages.keyboard_locales(self._offered))

    def refresh(self) -> None:
        """Read the content again; every visitor view model follows (contentChanged)."""
        self._event = content.event(self._db, self._lang)
        self._revision += 1
        self.contentChanged.emit()

    @Slot(result=bool)
    def resetVisitor(self) -> bool:
        """Forget everything of the visitor who walked away: starred pages, filters, search, language."""
        self.visitorLeft.emit()
        if self._lang != self._default_lang:
            self._lang = self._default_lang
            if self._on_language:
                self._on_language(self._lang)
            self.langChanged.emit()
        self.refresh()
        return True

    @Property(int, notify=contentChanged)
    def revision(self) -> int:
        """Goes up each time the content is read again (after staff publish a change)."""
        return self._revision

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
        return self.format_range(self._event.get("starts_on", ""), self._event.get("ends_on", ""))

    # --- pages ---

    @Slot(str, str, result="QVariantMap")
    def page(self, kind: str, entity_id: str) -> dict:
        """Everything a city, exhibitor, project or session page shows; {"missing": true} for an unknown id."""
        readers = {"city": content.city, "exhibitor": content.organisation, "project": content.project,
                   "session": content.session}
        try:
            data = readers[kind](self._db, entity_id, self._lang)
        except (KeyError, KioskError):
            return {"missing": True, "kind": kind, "id": entity_id}
        if kind == "session":
            data["when"] = " · ".join(filter(None, (self.format_day(data["day"]),
                                                    "–".join(filter(None, (data["starts_at"], data["ends_at"]))))))
        data["local_font"] = script_font(data.get("local_lang", ""))
        # The language the page falls back to, named in its own script (in English if the screens do not speak it).
        shown_in = data.get("shown_in", "")
        data["shown_in_name"] = (languages.SCREEN_LANGUAGES[shown_in][0] if shown_in in languages.SCREEN_LANGUAGES
                                 else languages.english_name(shown_in) if shown_in else "")
        data["qr"] = qr_source(data["url"])
        data["qrText"] = qr.display_url(data["url"])
        return linebreak.wrappable_all(data)  # for the screen only: Khmer and Lao break between words

    @Slot(str, result=str)
    def qrFor(self, payload: str) -> str:
        return qr_source(payload) if payload else ""

    @Slot(str, result=str)
    def displayUrl(self, url: str) -> str:
        return qr.display_url(url) if url else ""

    # --- formatting in the visitor's locale ---

    def _locale(self) -> QLocale:
        return QLocale(languages.LOCALES[self._lang])

    def format_day(self, iso_day: str) -> str:
        try:
            day = datetime.date.fromisoformat(iso_day)
        except ValueError:
            return iso_day
        return self._locale().toString(QDate(day.year, day.month, day.day),
                                       languages.DAY_FORMATS.get(self._lang, languages.DAY_FORMAT))

    def format_range(self, start: str, end: str) -> str:
        if not start:
            return ""
        if not end or end == start:
            return self.format_day(start)
        try:
            locale = self._locale()
            locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
            year = languages.year(int(start[:4]), self._lang, digits=locale.toString)
        except ValueError:
            return f"{self.format_day(start)} – {self.format_day(end)}"
        if self._lang in ("zh", "ja", "ko"):  # the year first: 2019年8月22日…
            return f"{year}{self.format_day(start)} – {self.format_day(end)}"
        return f"{self.format_day(start)} – {self.format_day(end)} {year}"

    @Slot(float, result=str)
    def formatNumber(self, value: float) -> str:
        return self._locale().toString(float(value), "f", 0 if float(value).is_integer() else 1)
