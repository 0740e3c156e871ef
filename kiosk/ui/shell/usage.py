"""What visitors do, passed from the screens to the anonymous analytics recorder (kiosk.core.analytics.events)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.core.analytics import events

QML_IMPORT_NAME = "Expo"
QML_IMPORT_MAJOR_VERSION = 1

FLUSH_MS = 5000  # events wait in memory this long at most; a tap never waits for the disk
PAGES = ("city", "exhibitor", "project")


@QmlElement
@QmlSingleton
class Usage(QObject):
    """Screens call these slots; staff screens and the attract screen are not a visitor's doing and are not counted."""


    def __init__(self, recorder: events.Recorder, parent=None):
        super().__init__(parent)
        self.recorder = recorder
        self._timer = QTimer(self)
        self._timer.setInterval(FLUSH_MS)
        self._timer.timeout.connect(recorder.flush)
        self._timer.start()

    @staticmethod
    def create(engine):
        return engine.view_model(Usage)

    @Slot(str, str)
    def opened(self, screen: str, entity_id: str) -> None:
        if screen == "attract" or screen.startswith("staff"):
            return
        if not self.recorder.in_session:
            self.recorder.session_start()
        self.recorder.screen(screen)
        if screen in PAGES and entity_id:
            self.recorder.page(screen, entity_id)

    @Slot(str)
    def boothShown(self, booth_id: str) -> None:
        if booth_id:
            self.recorder.page("booth", booth_id)

    @Slot(str, str)
    def qrShown(self, kind: str, entity_id: str) -> None:
        self.recorder.qr_shown(kind, entity_id)

    @Slot()
    def idleReset(self) -> None:
        self.recorder.idle_reset()

    @Slot()
    def visitorLeft(self) -> None:
        self.recorder.session_end("forget")

    def language(self, lang: str) -> None:
        self.recorder.language(lang)

    def search(self, query: str, results: int) -> None:
        self.recorder.search(query, results)

    def close(self) -> None:
        self._timer.stop()
        self.recorder.close()
