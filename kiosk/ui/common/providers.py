"""Image providers for QML.

image://qr/<percent-encoded payload>: crisp QR codes drawn from kiosk.core.catalog.qr's cached matrix.
image://media/<path relative to the media root>: staff logos and photos, served only from inside the media root.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path, PurePosixPath
from urllib.parse import quote, unquote

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickImageProvider

from kiosk.core.catalog import qr

QR_IMAGES_KEPT = 16


def qr_source(payload: str) -> str:
    return "image://qr/" + quote(payload, safe="")


class QrImageProvider(QQuickImageProvider):
    def __init__(self):
        super().__init__(QQuickImageProvider.ImageType.Image)
        # The most recently drawn codes. A code on screen is also held by QML's own pixmap cache, so this only saves
        # redrawing one shown again; kept small because a large code is near a megabyte, and the visit plan and route
        # codes differ from visitor to visitor (the soak saw them grow the kiosk by a few MB a minute).
        self._cache: OrderedDict[tuple[str, int], QImage] = OrderedDict()

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        payload = unquote(image_id)
        rows = qr.matrix(payload)
        modules = len(rows)
        target = min(requested.width(), requested.height()) if requested.isValid() and requested.width() > 0 else 0
        # Whole pixels per module (never blurred), rounded up so the code is at least the size asked for.
        module_px = max(1, -(-target // modules)) if target else 8
        key = (payload, module_px)
        image = self._cache.get(key)
        if image is not None:
            self._cache.move_to_end(key)
        else:
            image = _drawn(rows, module_px)
            self._cache[key] = image
            while len(self._cache) > QR_IMAGES_KEPT:
                self._cache.popitem(last=False)
        if size is not None:
            size.setWidth(image.width())
            size.setHeight(image.height())
        return image


def _drawn(rows, module_px: int) -> QImage:
    """The code in one byte a pixel (black or white): a quarter of a colour image's memory, as crisp."""
    side = len(rows) * module_px
    dark, light = b"\x00" * module_px, b"\xff" * module_px
    lines = []
    for row in rows:
        line = b"".join(dark if cell else light for cell in row)
        lines.extend([line] * module_px)
    return QImage(b"".join(lines), side, side, side, QImage.Format.Format_Grayscale8).copy()  # owns its bytes


class MediaImageProvider(QQuickImageProvider):
    """Files from inside the media root only; anything missing or refused is an empty image, never an error."""

    def __init__(self, media_root: Path):
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._root = Path(media_root)

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        path = self.resolve(unquote(image_id))
        image = QImage(str(path)) if path else QImage()
        if size is not None:
            size.setWidth(image.width())
            size.setHeight(image.height())
        if image.isNull() or (requested.width() <= 0 and requested.height() <= 0):
            return image
        width = requested.width() if requested.width() > 0 else image.width()
        height = requested.height() if requested.height() > 0 else image.height()
        if width >= image.width() and height >= image.height():
            return image  # never enlarged: the Image item scales up itself if it must
        return image.scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio,
                            Qt.TransformationMode.SmoothTransformation)

    def resolve(self, relative: str) -> Path | None:
        """The file `relative` names inside the media root, or None: no "..", no absolute path, no symlink out."""
        name = PurePosixPath(relative)
        if not relative or "\\" in relative or "\0" in relative or name.is_absolute() or ".." in name.parts:
            return None
        try:
            root = self._root.resolve()
            full = (root / name).resolve()
            return full if full.is_relative_to(root) and full.is_file() else None
        except (OSError, ValueError):
            return None
