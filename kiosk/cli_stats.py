"""`kiosk stats`: thin commands over kiosk.core."""

from __future__ import annotations

from kiosk.cli import cli  # noqa: F401
