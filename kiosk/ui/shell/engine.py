"""The QML engine of one kiosk window, holding the view models the composition root (app.py) built for it.

QML reaches a view model as a singleton (`Catalog.lang`); each singleton's `create(engine)` asks this engine for
the one built for it, so two kiosks in one process (as in the tests) each see their own.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtQml import QQmlApplicationEngine


def use_disk_cache(folder: Path, qml_dir: Path) -> Path:
    """Keep the QML engine's compiled screens in `folder` (which halves the QML's share of a start), in a subfolder
    named after the content of the QML files: Qt checks a cached file only against its source's modification
    time, so a QML file changed with its time kept (`cp -p`, an unpacked archive) would otherwise run as it was.
    Subfolders of earlier QML are removed. Qt reads the setting once per process: call it before the first engine."""
    digest = hashlib.sha256()
    for path in sorted(qml_dir.rglob("*")):
        if path.is_file():
            digest.update(f"{path.relative_to(qml_dir)}\0{path.stat().st_size}\0".encode() + path.read_bytes())
    here = folder / digest.hexdigest()[:16]
    for old in folder.iterdir() if folder.is_dir() else ():
        if old != here:
            shutil.rmtree(old, ignore_errors=True)
    here.mkdir(parents=True, exist_ok=True)
    os.environ["QML_DISK_CACHE_PATH"] = str(here)
    return here


class KioskEngine(QQmlApplicationEngine):
    def __init__(self, view_models: list[QObject]):
        super().__init__()
        self._view_models = {type(view_model): view_model for view_model in view_models}

    def view_model(self, cls: type) -> QObject:
        return self._view_models[cls]
