"""Start-up: application, fonts, translator, engine, window flags and the kiosk's locks."""

from __future__ import annotations

import datetime
import logging
import os
import signal
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QLoggingCategory,
    QObject,
    Qt,
    QTimer,
    QTranslator,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QKeySequence, QRawFont
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk import config
from kiosk.core.analytics import events
from kiosk.core.common import assets, languages
from kiosk.core.common.errors import KioskError
from kiosk.core.fleet import setup as fleetsetup
from kiosk.core.floor import floorplan
from kiosk.core.operations import systemd
from kiosk.core.store import database as kdb
from kiosk.ui.admin.admin import Admin, AdminSetup
from kiosk.ui.common import fonts
from kiosk.ui.common.providers import MediaImageProvider, QrImageProvider
from kiosk.ui.floor.floormap import FloorMap
from kiosk.ui.search.search import Search
from kiosk.ui.shell import memory
from kiosk.ui.shell.engine import KioskEngine
from kiosk.ui.shell.idle import Idle
from kiosk.ui.shell.screens import Screens
from kiosk.ui.shell.speech import Speech
from kiosk.ui.shell.usage import Usage
from kiosk.ui.staff.session import PickImageProvider, StaffSession
from kiosk.ui.visitor.browse import Browse
from kiosk.ui.visitor.programme import Programme
from kiosk.ui.visitor.show import Show
from kiosk.ui.visitor.visit import VisitPlan

log = logging.getLogger(__name__)
QML_DIR = Path(__file__).parent / "qml"
FONTS_DIR = assets.FONTS
I18N_DIR = assets.I18N


def load_fonts() -> list[str]:
    """Load the bundled fonts; the kiosk never relies on the system's. Returns the families loaded."""
    families = []
    for path in sorted(FONTS_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


# The writing system a language's screens need a font for (Latin for the others).
WRITING_SYSTEMS = {
    "th": QFontDatabase.WritingSystem.Thai, "vi": QFontDatabase.WritingSystem.Vietnamese,
    "km": QFontDatabase.WritingSystem.Khmer, "lo": QFontDatabase.WritingSystem.Lao,
    "my": QFontDatabase.WritingSystem.Myanmar, "ta": QFontDatabase.WritingSystem.Tamil,
    "zh": QFontDatabase.WritingSystem.SimplifiedChinese, "ja": QFontDatabase.WritingSystem.Japanese,
    "ko": QFontDatabase.WritingSystem.Korean,
}


def _drawn(text: str, lang: str, families: list[str]) -> bool:
    """Whether every letter of `text` is in one of `families` (loaded already), or a font is installed for the
    language's script (fontconfig says so without the font being loaded: a CJK font is loaded when first used)."""
    if QFontDatabase.families(WRITING_SYSTEMS.get(lang, QFontDatabase.WritingSystem.Latin)):
        return True
    fonts = [QRawFont.fromFont(QFont(family)) for family in families]
    return all(any(font.supportsCharacter(ord(ch)) for font in fonts) for ch in text if not ch.isspace())


class Translations:
    """Qt Linguist catalogues, swapped at runtime; English is the source language."""

    def __init__(self, app: QGuiApplication):
        self._app = app
        self._loaded: dict[str, QTranslator | None] = {}  # one per language, loaded once: a switch only swaps them
        self._installed: QTranslator | None = None
        self.engine: QQmlApplicationEngine | None = None

    def _translator(self, lang: str) -> QTranslator | None:
        if lang not in self._loaded:
            translator = QTranslator(self._app)
            if not translator.load(str(I18N_DIR / f"kiosk_{lang}.qm")):
                translator.deleteLater()
                translator = None
            self._loaded[lang] = translator
        return self._loaded[lang]

    def phrase(self, lang: str, context: str, text: str) -> str:
        """One text in a language other than the installed one (English when the catalogue lacks it)."""
        translator = self._translator(lang)
        return (translator.translate(context, text) if translator is not None else "") or text

    @staticmethod
    def offered(wanted: tuple[str, ...], families: list[str]) -> tuple[str, ...]:
        """The wanted languages that can be offered: a complete catalogue, and a font that draws their script (one
        of `families`, the bundled ones, or one installed for the script). Each one left out is logged with why."""
        ready = []
        for lang in wanted:
            gap = assets.catalogue_gap(lang, I18N_DIR)
            if gap is None and not _drawn(languages.SCREEN_LANGUAGES[lang][0], lang, families):
                gap = "no font draws its script"
            if gap is None:
                ready.append(lang)
            else:
                log.warning("The language %s is not offered: %s.", lang, gap)
        return languages.offered(wanted, ready)

    def use(self, lang: str) -> None:
        self._translator(lang)
        if self._installed is not None:
            self._app.removeTranslator(self._installed)
        self._installed = self._loaded[lang]
        if self._installed is not None:
            self._app.installTranslator(self._installed)
        if self.engine is not None:
            self.engine.retranslate()


class KioskLock(QObject):
    """Refuses everything that would close or leave the window: close requests, Alt+F4, Escape, Ctrl+Q, Ctrl+W."""

    BLOCKED = [QKeySequence(Qt.Key.Key_Escape), QKeySequence("Alt+F4"), QKeySequence("Ctrl+Q"),
               QKeySequence("Ctrl+W"), QKeySequence("Ctrl+F4")]

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Close:
            event.ignore()
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            pressed = QKeySequence(event.keyCombination())
            if any(pressed.matches(b) == QKeySequence.SequenceMatch.ExactMatch for b in self.BLOCKED):
                event.accept()
                return True
        return False


@dataclass
class Kiosk:
    app: QGuiApplication
    engine: QQmlApplicationEngine
    window: QQuickWindow
    show: Show
    browse: Browse
    search: Search
    programme: Programme
    visit: VisitPlan
    floor_map: FloorMap
    staff: StaffSession
    translations: Translations
    lock: KioskLock | None
    idle: Idle
    speech: Speech
    admin: Admin
    usage: Usage
    fleet: object | None = None  # kiosk.core.fleet.running.Running, in a fleet
    liveness: Liveness | None = None

    def close(self) -> None:
        """Take the window and its QML down for good (tests, screenshots, benchmarks: a new kiosk may follow in
        this process). Nothing is made ahead any more, the guards let go, and the objects are deleted at the next
        turn of the event loop."""
        self.window.setProperty("closing", True)
        QGuiApplication.inputMethod().reset()  # a syllable being composed (Korean) is settled now, not after the end
        if self.liveness is not None:
            self.liveness.stop()
        if self.fleet is not None:
            self.fleet.stop()
        self.window.removeEventFilter(self.idle)
        if self.lock is not None:
            self.window.removeEventFilter(self.lock)
        self.window.close()
        self.window.deleteLater()
        self.engine.deleteLater()
        memory.thaw()


def demo_clock(start: str | None):
    """A clock that runs from `start` ("YYYY-MM-DDTHH:MM"), or the real clock."""
    if not start:
        return datetime.datetime.now
    begun = datetime.datetime.now()
    origin = datetime.datetime.fromisoformat(start)
    return lambda: origin + (datetime.datetime.now() - begun)


def quit_on_sigint(app: QGuiApplication) -> None:
    """Ctrl+C in the terminal that started the kiosk stops it (the screen itself offers no way out)."""
    signal.signal(signal.SIGINT, lambda *_: app.exit(130))  # exit(), not quit(): quit() asks the locked window
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)  # lets Python run its signal handlers while Qt's loop waits
    wake.start(250)


class Liveness(QObject):
    """Under systemd: "ready" once the first frame is on screen, then "still alive" only while the window is shown
    and its frames are painted. Each check asks for a frame; the next check feeds the watchdog only if that frame
    was swapped. A hung event loop, or a window that is gone (closed or destroyed from outside, e.g.
    `xdotool windowclose`: the process lives on with nothing on screen), stops the pings and systemd restarts the
    kiosk; `gone` is emitted too, so that the kiosk leaves by itself (kiosk.ui.shell.crash)."""

    gone = Signal()
    CHECK_MS = 2500  # without a watchdog: how often to check that the window is still there
    GONE_AFTER = 4  # checks in a row without a frame on screen

    def __init__(self, window: QQuickWindow):
        super().__init__(window)
        self._window = window
        self._painted = False
        self._missed = 0
        self._told = False
        # Single-shot: on a real display frames are swapped on the render thread, and a second frame could be
        # queued before the first call had disconnected itself (READY=1 twice, and a warning).
        window.frameSwapped.connect(lambda: systemd.notify("READY=1"), Qt.ConnectionType.SingleShotConnection)
        window.frameSwapped.connect(self._swapped)  # queued to this (the GUI) thread
        window.visibleChanged.connect(self._visible)
        QGuiApplication.instance().aboutToQuit.connect(self._quitting)  # leaving on purpose: the window goes too
        interval = systemd.watchdog_interval_ms()
        self.watchdog = interval is not None
        # Twice per watchdog interval: one check without a frame (a busy moment) leaves half the watchdog time.
        self._timer = QTimer(self)
        self._timer.setInterval(max(50, interval // 2) if interval else self.CHECK_MS)
        self._timer.timeout.connect(self._check)
        self._timer.start()

    @Slot()
    def _swapped(self) -> None:
        self._painted = True

    def _shown(self) -> bool:
        return self._window.isVisible() and self._window.isExposed()

    @Slot()
    def _check(self) -> None:
        if self._shown() and self._painted:
            self._missed = 0
            if self.watchdog:
                systemd.notify("WATCHDOG=1")
        else:
            self._missed += 1
            if self._missed >= self.GONE_AFTER:
                self._leave()
        self._painted = False
        if self._shown():
            self._window.update()  # a still screen paints one frame per check

    @Slot()
    def _quitting(self) -> None:
        self._told = True
        self._timer.stop()

    def stop(self) -> None:
        """The kiosk is taken down on purpose (Kiosk.close): nothing more is checked, told or called here."""
        self._quitting()
        for emitter, slot in ((self._window.frameSwapped, self._swapped), (self._window.visibleChanged, self._visible),
                             (QGuiApplication.instance().aboutToQuit, self._quitting)):
            try:
                emitter.disconnect(slot)
            except (RuntimeError, TypeError):
                pass  # not connected any more

    @Slot(bool)
    def _visible(self, visible: bool) -> None:
        if not visible:
            self._leave()

    def _leave(self) -> None:
        if self._told or self._window.property("closing"):  # Kiosk.close(): taken down on purpose
            return
        self._told = True
        self._timer.stop()
        self.gone.emit()


# Known noise from inside Qt Virtual Keyboard, which loads Qt Multimedia for key clicks: Multimedia looks for
# PipeWire before PulseAudio, and the keyboard's own QML overrides a property of its base type.
QUIET_LOGGING = "qt.multimedia.symbolsresolver.warning=false\nqt.qml.propertyCache.append.warning=false"


SWITCH_INTERVAL_S = 0.001


def application() -> QGuiApplication:
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")  # must be set before the application exists
    # The keyboard lives inside the kiosk's window (Main.qml); never a separate desktop keyboard window, which
    # would take the focus from the kiosk if a field were focused before the in-window keyboard exists.
    os.environ["QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"] = "1"
    # The keyboard's layouts: Qt's own, and the kiosk's for the languages Qt has none for. The folder replaces Qt's
    # built-in list, so it names Qt's layouts too (assets/keyboard/README.md).
    os.environ["QT_VIRTUALKEYBOARD_LAYOUT_PATH"] = str(assets.KEYBOARD)
    QLoggingCategory.setFilterRules(QUIET_LOGGING)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    app.setApplicationName("kiosk")
    app.setOrganizationName("kiosk")
    return app


def follow_fleet(window: QQuickWindow, db, folder: Path, media_root: Path, use_syncthing: bool, show: Show,
                 floor_map: FloorMap):
    """This kiosk in its fleet: Syncthing starts beside the screens; each second what arrived is taken in, and a
    new content package only while the attract screen shows (never under a visitor)."""
    from kiosk.core.fleet.running import (
        Running,  # only a kiosk in a fleet loads it: start-up stays as quick
    )

    def screenshot(path: Path) -> bool:
        if window.property("onStaffScreen"):
            return False  # what staff type is theirs: only what visitors see goes to the organizer
        return window.grabWindow().save(str(path))

    running = Running(db, folder, media_root, use_syncthing=use_syncthing, analytics=config.analytics_path(),
                      screenshot=screenshot)
    threading.Thread(target=running.start, name="fleet-start", daemon=True).start()

    def tick() -> None:
        try:
            changed = running.tick(idle=bool(window.property("onAttract")))
        except KioskError as exc:
            log.error("The fleet's files could not be taken in: %s", exc)
            return
        if changed:
            show.refresh()
            floor_map.reload()

    timer = QTimer(window)
    timer.setInterval(1000)
    timer.timeout.connect(tick)
    timer.start()
    QGuiApplication.instance().aboutToQuit.connect(running.stop)
    return running


def start(db, *, lang: str = "th", languages: tuple[str, ...] = languages.OFFERED, windowed: bool = False,
          size: tuple[int, int] | None = None,
          screen: str = "attract", clock_start: str | None = None, idle_seconds: int = 60,
          idle_clock=None, speech_engine: str | None = None, kiosk_id: str | None = None,
          pepper_path: Path | None = None, allow_http: bool = False, staff_clock=None,
          media_root: Path | None = None, picture_folders: list | None = None,
          admin_setup: AdminSetup | None = None, analytics_path: Path | None = None,
          record_queries: bool = False, analytics_clock=None, fleet_folder: Path | None = None,
          fleet_syncthing: bool = True) -> Kiosk:
    """Build the window on `db` and show it; the caller runs the event loop."""
    app = application()
    bundled = load_fonts()
    offered = Translations.offered(languages, bundled)
    if lang not in offered:
        log.info("Visitors start in %s: the language set, %s, is not offered.", offered[0], lang)
        lang = offered[0]
    fonts.substitute()
    app.setFont(QFont(fonts.screen_family(lang)))
    translations = Translations(app)
    translations.use(lang)
    recorder = events.Recorder(analytics_path, kiosk_id or "", lang=lang, record_queries=record_queries,
                                  **({"clock": analytics_clock} if analytics_clock else {}))
    usage = Usage(recorder)

    def language(new: str) -> None:
        translations.use(new)
        usage.language(new)

    # The composition root: each view model is built here and handed what it uses.
    show = Show(db, lang, on_language=language, offered=offered,
                phrase=lambda other, text: translations.phrase(other, "AttractScreen", text))
    show.visitorLeft.connect(lambda: memory.give_back_later(show))  # a whole day: the heap follows what is in use
    browse = Browse(db, show)
    search = Search(db, show, on_search=usage.search)
    programme = Programme(db, show, clock=demo_clock(clock_start))
    visit = VisitPlan(db, show)
    for follower in (browse, search, programme, visit):  # a new language or new content: each reads again
        show.contentChanged.connect(follower.refresh)
    floor_map = FloorMap(db, show, visit, kiosk_id)
    visit.walking_order = floor_map.walking_order
    if not kiosk_id:  # counted per kiosk: without an id, the plan's first kiosk is this one (as on the map)
        recorder.kiosk_id = next(iter(floorplan.kiosk_ids(db)), "")
    clocks = {"now": staff_clock, "monotonic": staff_clock} if staff_clock else {}
    pictures = [Path(p) for p in picture_folders] if picture_folders is not None else [config.pictures_dir()]
    staff = StaffSession(db, show, pepper_path or config.pepper_path(), allow_http=allow_http,
                         media_root=media_root or config.media_dir(), picture_folders=pictures, configured=languages,
                         **clocks)
    staff.published.connect(floor_map.reload)  # a new name may be on the map
    idle = Idle(idle_seconds, now=idle_clock) if idle_clock else Idle(idle_seconds)
    speech = Speech(speech_engine)
    if admin_setup is None:  # no automatic backups unless `kiosk run` asks for them
        db_file = kdb.path_of(db)
        admin_setup = AdminSetup(db_file, config.backups_dir(db_file), backup_minutes=0, kiosk_id=kiosk_id)
    admin = Admin(db, show, floor_map, staff, admin_setup)
    screens = Screens(staff)
    engine = KioskEngine([usage, show, browse, search, programme, visit, floor_map, staff, idle, speech, admin,
                          screens])
    translations.engine = engine
    engine.addImageProvider("qr", QrImageProvider())
    engine.addImageProvider("pick", PickImageProvider(staff))
    engine.addImageProvider("media", MediaImageProvider(media_root or config.media_dir()))
    engine.addImportPath(str(QML_DIR))
    engine.setInitialProperties({"startScreen": screen, "kioskMode": not windowed})
    engine.loadFromModule("Expo", "Main")
    if not engine.rootObjects():
        raise RuntimeError("The kiosk's QML did not load.")
    window = engine.rootObjects()[0]
    # On the window, not the application: an application-wide filter would run Python for every event Qt
    # handles (timers, paints), which slowed every screen change by 10-20 ms.
    window.installEventFilter(idle)
    window.installEventFilter(staff)
    lock = None
    if size:
        window.resize(*size)
    if windowed:
        window.show()
    else:
        lock = KioskLock(window)
        window.installEventFilter(lock)
        window.setFlag(Qt.WindowType.FramelessWindowHint, True)
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)
        window.showFullScreen()
    # The walkable graph takes about a second at 10,000 booths: build it (on a worker thread) once the kiosk has
    # started, not on the first tap on "Directions". While Python runs there, every call from the screens into
    # Python (a row's data, an event filter) waits for the interpreter: the worker hands it over within 1 ms, not
    # Python's 5, or a list scrolled meanwhile drops most of its frames.
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    QTimer.singleShot(3000, window, lambda: floor_map.prepare_graph() if window.isVisible() else None)
    memory.settle()
    timer = QTimer(window)
    timer.setInterval(30_000)
    timer.timeout.connect(programme.tick)
    timer.start()
    liveness = Liveness(window)  # tells systemd; says when the window is gone
    app.aboutToQuit.connect(usage.close)
    fleet = None
    if fleet_folder is not None and fleetsetup.load(fleet_folder) is not None:
        fleet = follow_fleet(window, db, fleet_folder, media_root or config.media_dir(), fleet_syncthing, show,
                             floor_map)
        admin.fleet = fleet
    return Kiosk(app, engine, window, show, browse, search, programme, visit, floor_map, staff, translations, lock,
                 idle, speech, admin, usage, fleet, liveness)
