"""Read aloud with Qt TextToSpeech, when the machine has a speech engine; otherwise the button is hidden."""

from __future__ import annotations

import ctypes.util

from PySide6.QtCore import Property, QLocale, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.core.common import languages

QML_IMPORT_NAME = "Expo"
QML_IMPORT_MAJOR_VERSION = 1


# An engine's Qt plug-in is present in the wheel even where the system library it wraps is not; loading it then
# fails with a warning. Check for the library first.
ENGINE_LIBRARIES = {"speechd": "speechd", "flite": "flite"}


def usable_engine(engines: list[str]) -> str | None:
    for name in engines:
        if name == "mock":
            continue  # Qt's test engine says nothing
        library = ENGINE_LIBRARIES.get(name)
        if library is None or ctypes.util.find_library(library):
            return name
    return None


@QmlElement
@QmlSingleton
class Speech(QObject):


    availableChanged = Signal()

    def __init__(self, engine: str | None = None, parent=None):
        """`engine`: a Qt TextToSpeech engine name, None to pick a usable one, "none" for no read-aloud.

        With None the machine is probed a moment after start-up (loading the speech plug-ins takes ~40 ms).
        """
        super().__init__(parent)
        self._tts = None
        self.spoken: list[str] = []  # what was read, for the organizer's log and for tests
        if engine is None:
            QTimer.singleShot(500, self, self._probe)  # with self as context: never fires after self is gone
        elif engine != "none":
            self._probe(engine)

    def _probe(self, engine: str | None = None) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            return
        engine = engine or usable_engine(QTextToSpeech.availableEngines())
        tts = QTextToSpeech(engine, self) if engine else None
        if tts is not None and tts.state() != QTextToSpeech.State.Error:
            self._tts = tts
            self.availableChanged.emit()

    @staticmethod
    def create(engine):
        return engine.view_model(Speech)

    @Property(bool, notify=availableChanged)
    def available(self) -> bool:
        return self._tts is not None

    @Slot(str, str, result=bool)
    def say(self, text: str, lang: str) -> bool:
        if self._tts is None or not text.strip():
            return False
        locale = QLocale(languages.LOCALES.get(lang, languages.LOCALES[languages.FALLBACK]))
        if locale in self._tts.availableLocales():
            self._tts.setLocale(locale)
        self.spoken.append(text)
        self._tts.say(text)
        return True

    @Slot(result=bool)
    def stop(self) -> bool:
        if self._tts is not None:
            self._tts.stop()
        return True
