"""Read aloud with Qt TextToSpeech in each language a voice of the machine speaks; elsewhere the button is hidden.

On Debian the engine is speech-dispatcher with espeak-ng's voices (scripts/system-deps.sh installs them).
"""

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


# Languages whose Debian voice (espeak-ng 1.51) cannot read them as written: silence is better than a voice heard
# wrong. (Qt does not even see espeak-ng's Mandarin, "cmn", as Chinese.)
UNREADABLE = {
    "ja": "espeak-ng's Japanese voice reads kana only; every kanji comes out as \"Chinese letter\"",
    "zh": "espeak-ng's Mandarin voice reads many characters as pinyin with an English tone number (\"jing one\")",
}


def voice_locales(available: list[QLocale]) -> dict[str, QLocale]:
    """The locale each screen language is spoken in: its own when a voice has it, else that of a voice of the same
    language elsewhere (Tamil of India for Singapore's). A language no voice speaks is left out."""
    out = {}
    for lang, name in languages.LOCALES.items():
        wanted = QLocale(name)
        same = [locale for locale in available if locale.language() == wanted.language()]
        if same and lang not in UNREADABLE:
            out[lang] = next((locale for locale in same if locale == wanted), same[0])
    return out


def usable_engine(engines: list[str]) -> str | None:
    for name in engines:
        if name == "mock":
            continue  # Qt's test engine says nothing
        library = ENGINE_LIBRARIES.get(name)
        if library is None or ctypes.util.find_library(library):
            return name
    return None


def open_engine(engine: str | None = None):
    """Qt's TextToSpeech on `engine` (None: the first usable one), or None when the machine has none that works."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return None
    engine = engine or usable_engine(QTextToSpeech.availableEngines())
    tts = QTextToSpeech(engine) if engine else None
    if tts is None or tts.state() == QTextToSpeech.State.Error:
        return None
    return tts


def machine_languages() -> dict[str, QLocale] | None:
    """The screen languages this machine's voices speak (for `kiosk doctor`), or None when it has no speech engine."""
    tts = open_engine()
    return None if tts is None else voice_locales(tts.availableLocales())


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
        self._locales: dict[str, QLocale] = {}  # screen language -> the locale its voice speaks
        self.spoken: list[str] = []  # what was read, for the organizer's log and for tests
        if engine is None:
            QTimer.singleShot(500, self, self._probe)  # with self as context: never fires after self is gone
        elif engine != "none":
            self._probe(engine)

    def _probe(self, engine: str | None = None) -> None:
        tts = open_engine(engine)
        if tts is not None:
            tts.setParent(self)
            self._tts = tts
            self._locales = voice_locales(tts.availableLocales())
            self.availableChanged.emit()

    @staticmethod
    def create(engine):
        return engine.view_model(Speech)

    @Property(bool, notify=availableChanged)
    def available(self) -> bool:
        """Whether any screen language can be read aloud."""
        return bool(self._locales)

    @Property(list, notify=availableChanged)
    def languages(self) -> list[str]:
        """The screen languages a voice speaks, in the order of languages.LOCALES."""
        return list(self._locales)

    @Slot(str, result=bool)
    def speaks(self, lang: str) -> bool:
        return lang in self._locales

    @Slot(str, str, result=bool)
    def say(self, text: str, lang: str) -> bool:
        if lang not in self._locales or not text.strip():
            return False
        if self._tts.locale() != self._locales[lang]:
            self._tts.setLocale(self._locales[lang])
        self.spoken.append(text)
        self._tts.say(text)
        return True

    @Slot(result=bool)
    def stop(self) -> bool:
        if self._tts is not None:
            self._tts.stop()
        return True


if __name__ == "__main__":  # `kiosk doctor` asks here, in a process of its own: the languages voices speak, as JSON
    import json

    from PySide6.QtCore import QCoreApplication, QLoggingCategory

    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")  # PipeWire probed, then PulseAudio
    _app = QCoreApplication([])
    spoken = machine_languages()
    print(json.dumps(None if spoken is None else sorted(spoken)))
