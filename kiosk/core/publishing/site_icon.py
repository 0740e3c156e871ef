"""The microsite's icon, the show's mark made at export: the short name's first word (or its words' initials) in
white bold letters on the site's teal, as SVG (the letters drawn as outlines, so no font is needed to show them) and
as favicon.ico for browsers that ask the site's top folder for one."""

from __future__ import annotations

import io

from fontTools.pens.boundsPen import BoundsPen
from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFont

from kiosk.core.common import assets

TEAL = "#0a6b63"  # site.css --accent
SIZE = 64  # the SVG's own units
ICO_SIZES = (16, 32, 48)


def letters(short_name: str) -> str:
    """"ASCN 2019" -> "ASCN"; "Smart City Expo" -> "SCE": at most four letters, which the bundled Latin font draws."""
    font = TTFont(assets.LATIN.file(bold=True))
    cmap = font.getBestCmap()
    words = ["".join(c for c in w if ord(c) in cmap and c.isalnum()) for w in short_name.split()]
    words = [w for w in words if w]
    if not words:
        return ""
    return words[0][:4] if len(words[0]) <= 4 else "".join(w[0] for w in words[:3]).upper()


def svg(mark: str) -> str:
    font = TTFont(assets.LATIN.file(bold=True))
    glyphs, cmap, widths = font.getGlyphSet(), font.getBestCmap(), font["hmtx"]
    path, x = SVGPathPen(glyphs), 0
    bounds = BoundsPen(glyphs)
    for char in mark:
        name = cmap[ord(char)]
        glyphs[name].draw(TransformPen(path, (1, 0, 0, 1, x, 0)))
        glyphs[name].draw(TransformPen(bounds, (1, 0, 0, 1, x, 0)))
        x += widths[name][0]
    outline = ""
    if bounds.bounds:
        x0, y0, x1, y1 = bounds.bounds
        scale = min((SIZE - 12) / (x1 - x0), (SIZE - 24) / (y1 - y0))
        dx, dy = (SIZE - (x1 - x0) * scale) / 2 - x0 * scale, (SIZE + (y1 - y0) * scale) / 2 + y0 * scale
        outline = (f'<path fill="#fff" transform="translate({dx:.2f} {dy:.2f}) scale({scale:.5f} {-scale:.5f})" '
                   f'd="{path.getCommands()}"/>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}">'
            f'<rect width="{SIZE}" height="{SIZE}" rx="12" fill="{TEAL}"/>{outline}</svg>\n')


def ico(mark: str) -> bytes:
    big = ICO_SIZES[-1] * 4
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=big // 6, fill=TEAL)
    if mark:
        size = big
        while True:
            font = ImageFont.truetype(str(assets.LATIN.file(bold=True)), size)
            left, top, right, bottom = draw.textbbox((0, 0), mark, font=font)
            if right - left <= big * 0.82 and bottom - top <= big * 0.62:
                break
            size -= 4
        draw.text(((big - (right - left)) / 2 - left, (big - (bottom - top)) / 2 - top), mark, font=font,
                  fill="#ffffff")
    out = io.BytesIO()
    image.save(out, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    return out.getvalue()
