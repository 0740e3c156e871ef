"""Printed QR posters: one PDF page per booth with its code, its owner's names and the owner's page as a QR code.

Every code is decoded again before the file is written; the file appears whole or not at all.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from kiosk.core.catalog import content, qr
from kiosk.core.common import assets, files
from kiosk.core.common.errors import KioskError
from kiosk.core.common.text import INVISIBLE, pick

# Font family -> (regular file, bold file or None); a character is set in the first family that has it.
FAMILIES = {script.stem.lower(): (script.file().name, script.file(bold=True).name if script.bold else None)
            for script in assets.SCRIPTS}
LATIN = assets.LATIN.stem.lower()
# Paper in mm (portrait) and the width of the QR symbol itself, without its quiet zone.
SIZES = {"a4": (210.0, 297.0, 88.0), "a5": (148.0, 210.0, 64.0)}
SCAN_HINT = "สแกนเพื่อดูรายละเอียด · Scan for details"
BOOTH_LABEL = "บูธ · Booth"
# Thai vowels written before their consonant, and vowels that follow one without being marks:
# a line may not break after the first kind nor before the second.
_LEADING = set("เแโใไ")
_TRAILING = set("ะาำๅๆฯ")


@dataclass(frozen=True)
class Poster:
    code: str
    kind: str  # "city" or "exhibitor"
    owner_id: str
    name_th: str
    name_en: str
    url: str


@dataclass(frozen=True)
class Sheet:
    path: Path
    pages: int
    skipped: tuple[str, ...]  # codes of the chosen booths that have no owner


def collect(db: Database, *, codes: tuple[str, ...] = (), hall: str | None = None,
            allow_http: bool = False) -> tuple[list[Poster], list[str]]:
    """The posters for the chosen booths (all when `codes` is empty) in code order, and the codes skipped for
    having no owner."""
    where, params = [], []
    if hall:
        if db.execute("SELECT 1 FROM hall WHERE id = ?", [hall]).fetchone() is None:
            raise KioskError(f"There is no hall with the id {hall!r}.")
        where.append("b.hall_id = ?")
        params.append(hall)
    if codes:
        wanted = []
        for code in codes:
            row = db.execute("SELECT code FROM booth WHERE code = ? COLLATE NOCASE OR id = ?",
                             [code.strip(), code.strip().lower()]).fetchone()
            if row is None:
                raise KioskError(f"There is no booth with the code {code!r}.")
            wanted.append(row[0])
        where.append(f"b.code IN ({', '.join('?' * len(wanted))})")
        params.extend(wanted)
    rows = db.execute(
        "SELECT b.code, b.city_id, b.organisation_id, coalesce(c.name, o.name) FROM booth b "
        "LEFT JOIN city c ON c.id = b.city_id LEFT JOIN organisation o ON o.id = b.organisation_id"
        + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY b.code", params).fetchall()
    posters, skipped = [], []
    for code, city_id, organisation_id, names in rows:
        if not (city_id or organisation_id):
            skipped.append(code)
            continue
        kind, owner_id = ("city", city_id) if city_id else ("exhibitor", organisation_id)
        texts = json.loads(names) if names else {}
        posters.append(Poster(code, kind, owner_id, _printable(pick(texts, "th")), _printable(pick(texts, "en")),
                              content.page_url(db, kind, owner_id, allow_http=allow_http)))
    return posters, skipped


def build(db: Database, out: Path, *, size: str = "a4", codes: tuple[str, ...] = (), hall: str | None = None,
          allow_http: bool = False) -> Sheet:
    """Write the poster sheet for the chosen booths to `out` (a PDF)."""
    posters, skipped = collect(db, codes=codes, hall=hall, allow_http=allow_http)
    if not posters:
        raise KioskError("None of the chosen booths has an owner, so there is nothing to print.")
    event = content.event(db, "en")
    heading = event["short_name"] or event["name"]
    event_th = content.event(db, "th")
    heading_th = event_th["short_name"] or event_th["name"]
    if heading_th and heading_th != heading:
        heading = f"{heading_th} · {heading}"
    write(posters, Path(out), heading=_printable(heading), size=size)
    return Sheet(Path(out), len(posters), tuple(skipped))


def write(posters: list[Poster], out: Path, *, heading: str, size: str = "a4") -> None:
    """Lay out, check and write the pages; nothing is written unless every code reads back as its address."""
    if size not in SIZES:
        raise KioskError(f"The paper size must be one of {', '.join(SIZES)}, not {size!r}.")
    layout = _Layout(size, heading)
    try:
        for poster in posters:
            rows = qr.matrix(poster.url)
            if decode(rows) != poster.url:
                raise KioskError(f"The QR code for booth {poster.code} does not read back as its address; "
                                 f"nothing was written.")
            layout.page(poster, rows)
        data = layout.pdf.output()
    finally:
        for font in layout.pdf.fonts.values():
            font.close()  # fpdf2 leaves the font files open
    files.write(out, data)


def decode(rows) -> str | None:
    """What a scanner reads from a module matrix (quiet zone included), or None."""
    import zxingcpp
    from PIL import Image

    module_px = 4
    size = len(rows)
    image = Image.new("L", (size, size), 255)
    image.putdata([0 if dark else 255 for row in rows for dark in row])
    image = image.resize((size * module_px, size * module_px), Image.Resampling.NEAREST)
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return found[0].text if len(found) == 1 else None


def _printable(text: str) -> str:
    return " ".join(INVISIBLE.sub(" ", unicodedata.normalize("NFC", text or "")).split())


class _Layout:
    """The page grid: sizes are given for A4 and scaled to the paper."""

    def __init__(self, size: str, heading: str):
        from fpdf import FPDF

        width, height, symbol = SIZES[size]
        self.width, self.height, self.symbol = width, height, symbol
        self.scale = width / SIZES["a4"][0]
        self.margin = 14 * self.scale
        self.heading = heading
        pdf = FPDF(orientation="portrait", unit="mm", format=(width, height))
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        pdf.c_margin = 0
        pdf.set_creator("kiosk qr-sheet")
        pdf.set_title(f"{heading} QR posters")
        for family, (regular, bold) in FAMILIES.items():
            pdf.add_font(family, "", str(assets.FONTS / regular))
            if bold:
                pdf.add_font(family, "B", str(assets.FONTS / bold))
        pdf.set_text_shaping(True)
        pdf.set_text_color(0)
        pdf.set_draw_color(0)
        pdf.set_fill_color(0)
        self.pdf = pdf
        self._widths: dict[tuple[str, str, float], float] = {}
        self.code = ""

    def page(self, poster: Poster, rows) -> None:
        pdf, s, left, right = self.pdf, self.scale, self.margin, self.width - self.margin
        pdf.add_page()
        self.code, width = poster.code, right - left
        y = self._lines(self._fit(self.heading, "", 14 * s, 7, width, 14 * s), self.margin)
        pdf.set_line_width(0.3 * s)
        pdf.line(left, y + 1.5 * s, right, y + 1.5 * s)
        y = self._lines(self._fit(BOOTH_LABEL, "", 13 * s, 7, width, 13 * s), y + 7 * s)
        y = self._lines(self._fit(poster.code, "B", 100 * s, 20, width, 42 * s, leading=1.15), y)

        n = len(rows)
        module = self.symbol / (n - 2 * qr.QUIET_ZONE)  # the symbol keeps its width whatever its version
        url = self._fit(qr.display_url(poster.url), "", 14 * s, 6, width, 18 * s)
        url_top = self.height - self.margin - _height(url)
        qr_top = url_top - n * module
        self._modules(rows, (self.width - n * module) / 2, qr_top, module)
        self._lines(url, url_top)
        hint = self._fit(SCAN_HINT, "", 12 * s, 6, width, 10 * s)
        hint_top = qr_top - _height(hint)
        self._lines(hint, hint_top)

        gap = 4 * s
        top, space = y + gap, hint_top - y - 2 * gap
        names = [(poster.name_th, 30 * s, 0.55), (poster.name_en, 24 * s, 0.45)]
        if poster.name_th == poster.name_en:
            names = [(poster.name_en, 30 * s, 1.0)]
        blocks = [self._fit(name, "B", largest, 8, width, share * space - gap / 2, leading=1.6)
                  for name, largest, share in names if name]
        top += (space - sum(_height(b) for b in blocks) - gap * (len(blocks) - 1)) / 2
        for block in blocks:
            top = self._lines(block, top) + gap

    # --- text: runs per font, wrapping, shrinking -----------------------------------------------------

    def _fit(self, text: str, style: str, largest: float, smallest: float, width: float, height: float,
             leading: float = 1.5):
        """The text's lines in the largest size that fits width x height, breaking lines between words; only
        when that would take a size below 60 % of the largest (or below `smallest`), also inside words."""
        for split_words, floor in ((False, max(smallest, 0.6 * largest)), (True, smallest)):
            pt = largest
            while pt >= floor:
                most = int(height / (pt * leading * 25.4 / 72))
                block = self._wrap(text, style, pt, width, split_words, leading, most) if most else None
                if block is not None:
                    return block
                pt *= 0.95
        raise KioskError(f"The text {text[:40]!r} on the poster of booth {self.code} is too long to fit the page.")

    def _wrap(self, text: str, style: str, pt: float, width: float, split_words: bool, leading: float,
              most: int):
        """[(line, style, pt, leading)]: at most `most` lines, each at most `width` wide; None if that cannot be
        done (or not without splitting a word)."""
        separator, words = (" ", text.split(" ")) if " " in text or "/" not in text else ("", _after_slashes(text))
        lines, line = [], ""
        for word in words:
            trial = line + separator + word if line else word
            if self._width(trial, style, pt) <= width:
                line = trial
                continue
            if line:
                lines.append(line)
                line = ""
                if len(lines) >= most:
                    return None
            if self._width(word, style, pt) <= width:
                line = word
                continue
            if not split_words:
                return None
            for cluster in _clusters(word):
                if line and self._width(line + cluster, style, pt) > width:
                    lines.append(line)
                    line = ""
                    if len(lines) >= most:
                        return None
                line += cluster
            if self._width(line, style, pt) > width:
                return None
        if line:
            lines.append(line)
        if len(lines) > most:
            return None
        return [(line, style, pt, leading) for line in lines]

    def _lines(self, block, top: float) -> float:
        """Draw the lines centred, the first at `top`; returns the y below the last."""
        pdf = self.pdf
        for text, style, pt, leading in block:
            line_height = pt * leading * 25.4 / 72
            x = (self.width - self._width(text, style, pt)) / 2
            # Shaped Thai marks sit off the baseline, which text extraction misreads: the line's text goes along.
            pdf._out(f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC")
            for family, run in _runs(text, pdf):
                pdf.set_font(family, style if FAMILIES[family][1] else "", pt)
                run_width = self._run_width(family, run, style, pt)
                pdf.set_xy(x, top)
                pdf.cell(run_width, line_height, run)
                x += run_width
            pdf._out("EMC")
            top += line_height
        return top

    def _width(self, text: str, style: str, pt: float) -> float:
        key = (text, style, pt)
        if key not in self._widths:
            self._widths[key] = sum(self._run_width(family, run, style, pt) for family, run in _runs(text, self.pdf))
        return self._widths[key]

    def _run_width(self, family: str, run: str, style: str, pt: float) -> float:
        font = self.pdf.fonts[family + (style if FAMILIES[family][1] else "")]
        return font.get_text_width(run, pt, self.pdf.text_shaping)[1] / self.pdf.k

    def _modules(self, rows, left: float, top: float, module: float) -> None:
        """The dark modules as one filled path of row runs (separate shapes would show hairline seams where
        they meet); the quiet zone stays white paper."""
        from fpdf.enums import PathPaintRule

        with self.pdf.new_path(paint_rule=PathPaintRule.FILL_NONZERO) as path:
            for r, row in enumerate(rows):
                c = 0
                while c < len(row):
                    if not row[c]:
                        c += 1
                        continue
                    start = c
                    while c < len(row) and row[c]:
                        c += 1
                    path.rectangle(left + start * module, top + r * module, (c - start) * module, module)


def _height(block) -> float:
    return sum(pt * leading * 25.4 / 72 for _, _, pt, leading in block)


def _runs(text: str, pdf) -> list[tuple[str, str]]:
    """The text cut into (font family, run) so each run is set in a font that has its characters."""
    runs: list[tuple[str, str]] = []
    for ch in text:
        current = runs[-1][0] if runs else None
        if current and (ch == " " or unicodedata.category(ch) in ("Mn", "Mc")) and ord(ch) in pdf.fonts[current].cmap:
            family = current
        else:
            family = next((f for f in FAMILIES if ord(ch) in pdf.fonts[f].cmap), LATIN)
        if runs and runs[-1][0] == family:
            runs[-1] = (family, runs[-1][1] + ch)
        else:
            runs.append((family, ch))
    return runs


def _clusters(word: str) -> list[str]:
    """The word cut where a line may break inside it: never before a mark or after a Thai leading vowel."""
    out: list[str] = []
    for ch in word:
        joins = out and (unicodedata.category(ch) in ("Mn", "Mc") or ch in _TRAILING or out[-1][-1] in _LEADING)
        if joins:
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _after_slashes(text: str) -> list[str]:
    """A URL cut after each slash, where it may break across lines."""
    parts, start = [], 0
    for i, ch in enumerate(text):
        if ch == "/":
            parts.append(text[start:i + 1])
            start = i + 1
    if start < len(text):
        parts.append(text[start:])
    return parts
