"""Charts for the stats report, drawn with Pillow as PNG: bars with Thai and English labels."""

from __future__ import annotations

import functools
import io

from PIL import Image, ImageDraw, ImageFont

from kiosk.core.common import assets
from kiosk.core.common.text import INVISIBLE, strip_controls

# Paul Tol's "bright" scheme: distinguishable with any common colour-vision deficiency.
PALETTE = ("#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377", "#BBBBBB")
INK, MUTED, GRID, PAPER = "#222222", "#555555", "#DDDDDD", "#FFFFFF"
WIDTH = 1200
PAD = 24

@functools.lru_cache(maxsize=64)
def font(family: str, size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    script = next(s for s in assets.SCRIPTS if s.stem == family)
    return ImageFont.truetype(str(script.file(bold)), size, layout_engine=ImageFont.Layout.RAQM)


def _family(char: str) -> str:
    return assets.for_char(char).stem


def runs(text: str) -> list[tuple[str, str]]:
    """The text cut into (font family, piece) runs, so each piece is shaped by a font that has its script.
    A space stays with the run it is in (the script fonts have no other punctuation)."""
    out: list[list[str]] = []
    for char in text:
        family = _family(char)
        if out and (family == out[-1][0] or char == " "):
            out[-1][1] += char
        else:
            out.append([family, char])
    return [(family, piece) for family, piece in out]


def _clean(text: str) -> str:
    return INVISIBLE.sub("", strip_controls(str(text))).strip()


def text_width(text: str, size: int, bold: bool = False) -> float:
    return sum(font(family, size, bold).getlength(piece) for family, piece in runs(text))


def fit(text: str, size: int, width: float, bold: bool = False) -> str:
    """The text, cut with an ellipsis where it would be wider than `width`."""
    text = _clean(text)
    if text_width(text, size, bold) <= width:
        return text
    while text and text_width(text + "…", size, bold) > width:
        text = text[:-1]
        while text and not text[-1].isalnum():  # never end on a lone Thai mark or a space
            text = text[:-1]
    return text + "…"


def draw_text(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, size: int, fill: str = INK,
              bold: bool = False, anchor: str = "ls") -> None:
    """Draw mixed-script text on one baseline; `anchor` is 'ls' (left) or 'rs' (right) on the baseline."""
    x, y = xy
    if anchor == "rs":
        x -= text_width(text, size, bold)
    for family, piece in runs(text):
        face = font(family, size, bold)
        draw.text((x, y), piece, font=face, fill=fill, anchor="ls")
        x += face.getlength(piece)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def _title(draw: ImageDraw.ImageDraw, title: str) -> int:
    draw_text(draw, (PAD, PAD + 26), title, 28, bold=True)
    return PAD + 52


def bars(title: str, items: list[tuple[str, str, int]], *, colours: bool = False) -> bytes:
    """Horizontal bars, largest first as given: (label, second label or '', count). With `colours` every bar
    takes the next colour of the palette (for categories such as languages)."""
    label_w, size, small = 460, 22, 18
    row_h = 64 if any(second for _, second, _ in items) else 44
    height = PAD + 52 + max(1, len(items)) * row_h + PAD
    image = Image.new("RGB", (WIDTH, height), PAPER)
    draw = ImageDraw.Draw(image)
    top = _title(draw, title)
    if not items:
        draw_text(draw, (PAD, top + 30), "—", size, MUTED)
        return _png(image)
    largest = max(n for _, _, n in items) or 1
    bar_x, bar_max = PAD + label_w + 16, WIDTH - PAD - (PAD + label_w + 16) - 80
    for index, (label, second, n) in enumerate(items):
        y = top + index * row_h
        first_line = y + (28 if second else 30)
        draw_text(draw, (PAD, first_line), fit(label, size, label_w), size)
        if second:
            draw_text(draw, (PAD, y + 54), fit(second, small, label_w), small, MUTED)
        length = max(2, round(bar_max * n / largest))
        colour = PALETTE[index % (len(PALETTE) - 1)] if colours else PALETTE[0]
        bar_top = y + (row_h - 28) // 2
        draw.rectangle((bar_x, bar_top, bar_x + length, bar_top + 28), fill=colour)
        draw_text(draw, (bar_x + length + 8, bar_top + 21), f"{n:,}", size)
    return _png(image)


def columns(title: str, labels: list[str], values: list[int]) -> bytes:
    """Vertical bars, one per label (e.g. the 24 hours of the day), with a value over each bar that has one."""
    height, size = 420, 18
    image = Image.new("RGB", (WIDTH, height), PAPER)
    draw = ImageDraw.Draw(image)
    top = _title(draw, title) + 24
    base = height - PAD - 30
    slot = (WIDTH - 2 * PAD) / max(1, len(values))
    largest = max(values, default=0) or 1
    draw.line((PAD, base, WIDTH - PAD, base), fill=GRID, width=2)
    for index, (label, n) in enumerate(zip(labels, values)):
        x = PAD + index * slot
        if n:
            bar_top = base - round((base - top) * n / largest)
            draw.rectangle((x + slot * 0.15, bar_top, x + slot * 0.85, base), fill=PALETTE[0])
            draw_text(draw, (x + slot / 2 - text_width(str(n), size) / 2, bar_top - 6), str(n), size)
        draw_text(draw, (x + slot / 2 - text_width(label, size) / 2, base + 24), label, size, MUTED)
    return _png(image)
