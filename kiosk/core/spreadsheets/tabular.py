"""Spreadsheet files as organizers make them: CSV in any encoding Thai Excel saves, XLSX and JSON.

Reading gives `Sheet`s of rows keyed by column name, each with the row number the organizer sees (the header is
row 1). Writing escapes text cells that a spreadsheet would run as a formula; reading undoes exactly that escape.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import io
import json
import re
import string
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.core.common import files
from kiosk.core.common.errors import KioskError

# A text cell beginning with one of these is run as a formula by spreadsheets (OWASP "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
COMMENT = "#"  # a row whose first cell begins with this is skipped (the templates' example row)
_ESCAPED = re.compile("'+[=+\\-@\t\r]")
_BINARY = re.compile("[\x00-\x08\x0e-\x1f]")
_HIDDEN = re.compile("[\ufeff\u200b-\u200f]")

# What one import reads at most: far above any show's data, far below what would exhaust a kiosk's memory.
MAX_FILE_BYTES = 100 * 2**20
MAX_UNZIPPED_BYTES = 200 * 2**20  # a workbook's parts unpacked
MAX_ROWS = 100_000
MAX_COLUMNS = 1_000


@dataclass
class Sheet:
    """One table of a file: `rows` are (row number, {column: value}); a JSON record holds only the keys it has."""

    source: str  # how messages name it: "exhibitors.csv" or "show.xlsx, sheet cities"
    name: str  # the sheet's name (a CSV file: its stem)
    file_stem: str
    header: list[str]
    rows: list[tuple[int, dict]] = field(default_factory=list)
    row_word: str = "row"  # "record" for JSON

    def letter(self, column: str) -> str | None:
        """The spreadsheet column letter of a column (None for JSON)."""
        if self.row_word != "row" or column not in self.header:
            return None
        return column_letter(self.header.index(column) + 1)


def column_letter(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = string.ascii_uppercase[rest] + letters
    return letters


# --- formula escaping ----------------------------------------------------------------------------

def escape_cell(value):
    """A text that a spreadsheet would run as a formula gets one leading apostrophe; so does a text that already
    looks escaped, so that `unescape_cell` gives back exactly what was written."""
    if isinstance(value, str) and (value.startswith(FORMULA_START) or _ESCAPED.match(value)):
        return "'" + value
    return value


def unescape_cell(value):
    if isinstance(value, str) and _ESCAPED.match(value):
        return value[1:]
    return value


# --- reading -------------------------------------------------------------------------------------

def read(path: Path) -> list[Sheet]:
    """The tables of a CSV, XLSX or JSON file (told apart by content, then by extension)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KioskError(f"There is no file {path}.") from None
    except OSError as exc:
        raise KioskError(f"Could not read {path} ({exc.strerror}).") from None
    suffix = path.suffix.lower()
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, data)
    if data.startswith(b"\xd0\xcf\x11\xe0") or suffix == ".xls":
        raise KioskError(f"{path.name} is an old Excel .xls file: save it as .xlsx or CSV UTF-8 and import that.")
    if suffix in (".xlsx", ".xlsm"):
        raise KioskError(f"{path.name} is not a readable Excel workbook.")
    text = decode(data, path.name)
    if suffix == ".json" or (suffix != ".csv" and text.lstrip()[:1] in ("[", "{")):
        return _read_json(text, path)
    return [_read_csv(text, path)]


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Thai Windows-874 / TIS-620."""
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "cp874"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # Almost any bytes decode as Windows-874: there, control characters mean the file is not text at all.
        if "\x00" not in text and (encoding != "cp874" or not _BINARY.search(text)):
            return text
    raise KioskError(f"{name} is not text in UTF-8, UTF-16 or Thai Windows-874: save it from Excel as "
                     "\"CSV UTF-8\" and import it again.")


def _read_csv(text: str, path: Path) -> Sheet:
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return _sheet(path.name, path.stem, path.stem, records)


def _read_xlsx(path: Path, data: bytes) -> list[Sheet]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        unzipped = sum(info.file_size for info in zipfile.ZipFile(io.BytesIO(data)).infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise KioskError(f"{path.name} is not a readable Excel workbook ({exc}).") from None
    if unzipped > MAX_UNZIPPED_BYTES:
        raise KioskError(f"{path.name} unpacks to {_mb(unzipped)} MB, more than the {_mb(MAX_UNZIPPED_BYTES)} MB the "
                         "kiosk imports from one workbook: split it into smaller workbooks and import those.")
    try:
        with warnings.catch_warnings():  # workbooks from other programs warn about styles and extensions
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise KioskError(f"{path.name} is not a readable Excel workbook ({exc}).") from None
    try:
        sheets = []
        for ws in book.worksheets:
            if ws.title.strip().lower() == "help":
                continue
            source = f"{path.name}, sheet {ws.title}"
            sheet = _sheet(source, ws.title, path.stem, _xlsx_records(ws, source))
            if sheet.header:
                sheets.append(sheet)
    finally:
        book.close()
    if not sheets:
        raise KioskError(f"{path.name} has no sheet with a header row.")
    return sheets


def _xlsx_records(ws, source: str) -> list[list]:
    """A sheet's rows as far as its cells really reach (its declared `<dimension>` may say less, or far more), each
    without its trailing empty cells; a value beyond MAX_ROWS or MAX_COLUMNS refuses the sheet."""
    ws.reset_dimensions()
    records: list[list] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
            width = len(row)
            while width and row[width - 1] is None:
                width -= 1
            if width > MAX_COLUMNS or (width and number > MAX_ROWS):
                column = width if width > MAX_COLUMNS else next(i for i, v in enumerate(row, 1) if v is not None)
                raise KioskError(f"{source} has a value in cell {column_letter(column)}{number}, beyond the "
                                 f"{MAX_ROWS:,} rows and {MAX_COLUMNS:,} columns the kiosk imports from a sheet: "
                                 "delete what lies outside your table, save and import again.")
            if number <= MAX_ROWS:
                records.append(list(row[:width]))
    return records


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f}".removesuffix(".0")


def _sheet(source: str, name: str, file_stem: str, records: list[list]) -> Sheet:
    """A table from a header row and data rows: blank rows and comment rows skipped, cells unescaped."""
    header_at = next((i for i, r in enumerate(records) if any(_present(v) for v in r)), None)
    if header_at is None:
        return Sheet(source, name, file_stem, [])
    header = [_HIDDEN.sub("", _text(v)).strip() for v in records[header_at]]
    while header and not header[-1]:
        header.pop()
    rows = []
    for number, record in enumerate(records[header_at + 1:], start=header_at + 2):
        if not any(_present(v) for v in record):
            continue
        if isinstance(record[0], str) and record[0].lstrip().startswith(COMMENT):
            continue
        cells = list(record[:len(header)]) + [None] * (len(header) - len(record))
        rows.append((number, {column: unescape_cell(value) for column, value in zip(header, cells) if column}))
    return Sheet(source, name, file_stem, header, rows)


def _read_json(text: str, path: Path) -> list[Sheet]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise KioskError(f"{path.name} is not valid JSON ({exc.msg} at line {exc.lineno}).") from None
    tables = data if isinstance(data, dict) else {path.stem: data}
    sheets = []
    for name, records in tables.items():
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise KioskError(f"{path.name} must hold a list of objects (or an object of such lists by kind).")
        header = list(dict.fromkeys(k for r in records for k in r))
        source = path.name if len(tables) == 1 else f"{path.name}, {name}"
        rows = [(n, {k: unescape_cell(v) for k, v in r.items()}) for n, r in enumerate(records, start=1)]
        sheets.append(Sheet(source, str(name), path.stem, header, rows, "record"))
    return sheets


def _present(value) -> bool:
    return value is not None and (not isinstance(value, str) or value.strip() != "")


def _text(value) -> str:
    return "" if value is None else str(value)


# --- writing -------------------------------------------------------------------------------------

def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    """UTF-8 with a BOM (so Excel shows Thai), CRLF line ends, formula-like texts escaped."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([[_csv_cell(v) for v in row] for row in rows])
    files.write(path, out.getvalue().encode("utf-8-sig"))


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return escape_cell(value)


def write_json(path: Path, tables: dict[str, tuple[list[str], list[list]]]) -> None:
    """One object with a list of records per table; a record leaves out its empty cells. Texts are escaped as in the
    spreadsheets, so that the reader's `unescape_cell` gives back exactly what was written."""
    data = {name: [{column: escape_cell(value) for column, value in zip(header, row) if value not in (None, "")}
                   for row in rows]
            for name, (header, rows) in tables.items()}
    files.write(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def write_xlsx(path: Path, sheets: list[tuple[str, list[str], list[list]]], *, styles: dict | None = None) -> None:
    """A workbook with one sheet per (title, header, rows); the header bold and frozen. `styles` maps a sheet title
    to {row index: "example"} for rows shown grey and italic."""
    import openpyxl
    from openpyxl.styles import Alignment, Font

    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, header, rows in sheets:
        ws = book.create_sheet(title)
        ws.append(header)
        for row in rows:
            ws.append([escape_cell(v) if isinstance(v, str) else v for v in row])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for index, style in (styles or {}).get(title, {}).items():
            for cell in ws[index + 2]:
                cell.font = Font(italic=True, color="808080")
        for number, column in enumerate(header, start=1):
            widest = max([len(str(column))] + [len(str(r[number - 1] or "")) for r in rows[:200]])
            ws.column_dimensions[column_letter(number)].width = min(max(widest + 2, 8), 60)
        if title == "help":
            for row in ws.iter_rows(min_row=2):
                for cell in row:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    files.write(path, out.getvalue())


def cell_text(value) -> str:
    """A cell as text: numbers without a spurious `.0`, dates and times in ISO form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)
