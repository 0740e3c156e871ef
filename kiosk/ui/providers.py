"""image://qr/<percent-encoded payload>: crisp QR codes drawn from kiosk.core.qr's cached matrix."""

from __future__ import annotations

from urllib.parse import quote, unquote

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtQuick import QQuickImageProvider

from kiosk.core import qr


def qr_source(payload: str) -> str:
    return "image://qr/" + quote(payload, safe="")


class QrImageProvider(QQuickImageProvider):
    def __init__(self):
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._cache: dict[tuple[str, int], QImage] = {}

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        payload = unquote(image_id)
        rows = qr.matrix(payload)
        modules = len(rows)
        target = min(requested.width(), requested.height()) if requested.isValid() and requested.width() > 0 else 0
        # Whole pixels per module (never blurred), rounded up so the code is at least the size asked for.
        module_px = max(1, -(-target // modules)) if target else 8
        key = (payload, module_px)
        image = self._cache.get(key)
        if image is None:
            image = QImage(modules * module_px, modules * module_px, QImage.Format.Format_RGB32)
            image.fill(QColor("white"))
            painter = QPainter(image)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("black"))
            for y, row in enumerate(rows):
                for x, dark in enumerate(row):
                    if dark:
                        painter.drawRect(x * module_px, y * module_px, module_px, module_px)
            painter.end()
            if len(self._cache) > 256:
                self._cache.clear()
            self._cache[key] = image
        if size is not None:
            size.setWidth(image.width())
            size.setHeight(image.height())
        return image
