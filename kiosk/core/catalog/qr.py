"""QR codes: the payload URL for an entity, its module matrix and PNG, cached by payload."""

from __future__ import annotations

import functools
import io
import unicodedata
from urllib.parse import quote, urlsplit

from kiosk.core.common.errors import KioskError
from kiosk.core.common.text import require_slug

QUIET_ZONE = 4  # modules of white around the code
# Kinds of page under the base URL: `<base>/<kind>/<id>`.
KINDS = frozenset({"city", "exhibitor", "project", "session", "booth"})


def check_url(url: str, *, allow_http: bool = False) -> str:
    """The URL if it is safe to put in a QR code, else KioskError with the reason."""
    if not isinstance(url, str) or not url:
        raise KioskError("The URL is empty.")
    for ch in url:
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") or ch.isspace():
            raise KioskError(f"The URL contains a control, invisible or space character (U+{ord(ch):04X}).")
    parts = urlsplit(url)
    allowed = ("https", "http") if allow_http else ("https",)
    if parts.scheme.lower() not in allowed:
        raise KioskError(f"QR codes may only carry {' or '.join(allowed)} addresses, not {parts.scheme or 'this'!r}.")
    if not parts.hostname:
        raise KioskError("The URL has no host name.")
    return url


def payload_url(base_url: str, kind: str, entity_id: str, *, allow_http: bool = False) -> str:
    """`<base_url>/<kind>/<id>` for a stable id."""
    if kind not in KINDS:
        raise KioskError(f"There are no QR codes for {kind!r}.")
    require_slug(entity_id)
    check_url(base_url, allow_http=allow_http)
    return f"{base_url.rstrip('/')}/{kind}/{quote(entity_id, safe='')}"


def display_url(url: str) -> str:
    """What to print under a code: host and path, without the scheme."""
    parts = urlsplit(url)
    text = parts.netloc + parts.path
    if parts.query:
        text += "?" + parts.query
    return text


# Small caches: a visit plan's and a route's code differ from visitor to visitor, so a long day only ever adds
# (a matrix is 10-40 KB of tuples: 256 of them, up to 10 MB, filled for hours). The kiosk keeps its drawn codes
# in the image provider; these only spare a code drawn twice in a row.
@functools.lru_cache(maxsize=32)
def matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The code's modules, quiet zone included; True is dark. Error correction M."""
    import qrcode  # with Pillow behind it, 40-60 ms: paid at the first code, not at start-up

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE, box_size=1)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


@functools.lru_cache(maxsize=32)
def png(payload: str, module_px: int = 8) -> bytes:
    """A PNG of the code with whole pixels per module (no blurry scaling)."""
    if module_px < 1:
        raise KioskError("A QR module must be at least one pixel wide.")
    from PIL import Image

    rows = matrix(payload)
    size = len(rows)
    small = Image.new("1", (size, size), 1)
    small.putdata([0 if dark else 1 for row in rows for dark in row])
    image = small.resize((size * module_px, size * module_px), Image.Resampling.NEAREST)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()
