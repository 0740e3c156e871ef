"""The QML engine of one kiosk window, holding the view models the composition root (app.py) built for it.

QML reaches a view model as a singleton (`Catalog.lang`); each singleton's `create(engine)` asks this engine for
the one built for it, so two kiosks in one process (as in the tests) each see their own.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtQml import QQmlApplicationEngine


class KioskEngine(QQmlApplicationEngine):
    def __init__(self, view_models: list[QObject]):
        super().__init__()
        self._view_models = {type(view_model): view_model for view_model in view_models}

    def view_model(self, cls: type) -> QObject:
        return self._view_models[cls]
