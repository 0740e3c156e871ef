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
import zlib
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
MAX_CELL = 131_072  # characters in one cell (Python's csv module refuses longer fields)
MAX_DIGITS = 30  # of a number in a JSON file
EXCEL_CELL = 32_767  # characters an Excel cell holds (openpyxl cuts a longer text short without a word)


@dataclass
class Sheet:
    """One table of a file: `rows` are (row number, {column: value}); a JSON record holds only the keys it has."""

    source: str  # how messages name it: "exhibitors.csv" or "show.xlsx, sheet cities"
    name: str  # the sheet's name (a CSV file: its stem)
    file_stem: str
    header: list[str]
    rows: list[tuple[int, dict]] = field(default_factory=list)
    row_word: str = "row"  # "record" for JSON
    unnamed: dict[int, list[int]] = field(default_factory=dict)  # rows with values under no column name, by column

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
        with path.open("rb") as stream:  # in parts: reading MAX_FILE_BYTES at once allocates all of it first
            chunks: list[bytes] = []
            size = 0
            while size <= MAX_FILE_BYTES and (chunk := stream.read(2**20)):
                chunks.append(chunk)
                size += len(chunk)
            data = b"".join(chunks)
    except FileNotFoundError:
        raise KioskError(f"There is no file {path}.") from None
    except OSError as exc:
        raise KioskError(f"Could not read {path} ({exc.strerror}).") from None
    if len(data) > MAX_FILE_BYTES:
        raise KioskError(f"{path} is larger than the {_mb(MAX_FILE_BYTES)} MB the kiosk imports from one file: split "
                         "it into smaller files and import those.")
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
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Thai Windows-874 or Western Windows-1252 when the bytes
    read as Thai or as Latin words and not as the other. Bytes that fit no encoding, or two alike, are refused with
    the row of the first byte UTF-8 does not allow: a wrong decoding is never stored."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _text_file(data.decode("utf-16"), name)
        except UnicodeDecodeError as exc:
            raise KioskError(f"{name} begins as UTF-16 but is not valid UTF-16 (byte {exc.start + 1:,} of the file): "
                             "save it from Excel as \"CSV UTF-8\" and import it again.") from None
    body = data[len(codecs.BOM_UTF8):] if data.startswith(codecs.BOM_UTF8) else data
    try:
        return _text_file(body.decode("utf-8"), name)
    except UnicodeDecodeError as exc:
        bad = exc.start
    where = f"row {_row_at(body, bad)} holds the byte 0x{body[bad]:02X}, which UTF-8 does not allow"
    save = "Save the file from Excel as \"CSV UTF-8\" and import it again."
    if body is not data or _mostly_utf8(body):
        raise KioskError(f"{name} is not valid UTF-8: {where} (a damaged byte, or text pasted from a file in "
                         f"another encoding). Correct that row, or {save[0].lower()}{save[1:]}")
    fits = {encoding: evidence for encoding, evidence in (("cp874", _as_thai(body)), ("cp1252", _as_latin(body)))
            if evidence is not None}
    shown = [encoding for encoding, evidence in fits.items() if evidence]
    if len(fits) == 1 or len(shown) == 1:
        return _text_file(body.decode(shown[0] if len(shown) == 1 else next(iter(fits))), name)
    if fits:
        raise KioskError(f"{name} is not UTF-8 ({where}), and its other characters read as Thai Windows-874 and as "
                         f"Western Windows-1252 alike, so the kiosk cannot tell which they are. {save}")
    raise KioskError(f"{name} is not UTF-8 ({where}), nor clearly Thai Windows-874 or Western Windows-1252. {save}")


def _text_file(text: str, name: str) -> str:
    if "\x00" in text:
        raise KioskError(f"{name} is not a text file (it holds NUL bytes): save it from Excel as \"CSV UTF-8\" and "
                         "import it again.")
    return text


def _row_at(data: bytes, offset: int) -> int:
    """The spreadsheet row (a CSV record; a quoted cell may span lines) that holds the byte at `offset`."""
    before = data[:offset].decode("utf-8", errors="replace")
    return sum(1 for _ in csv.reader(io.StringIO(before + "x", newline="")))


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few damaged bytes: many well-formed multi-byte characters, few bytes that are not. (Thai or
    Latin text in a one-byte encoding forms a well-formed UTF-8 pair only now and then.)"""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = len(re.findall("[^\x00-\x7f\ufffd]", text))
    return good >= 4 * bad


_THAI = "[\u0e01-\u0e5b]"
_THAI_WRONG = re.compile(
    "[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e](?<![\u0e01-\u0e4e].)"  # a vowel or mark that follows a letter, without one
    "|[\u0e40-\u0e44](?![\u0e01-\u0e2e])"  # a vowel written before a consonant, without one
    f"|(?<![\u0e01-\u0e5b]){_THAI}(?![\u0e01-\u0e5b])(?:(?<=[A-Za-z].)|(?=[A-Za-z]))")  # one Thai sign in a Latin word
_THAI_WORD = re.compile(f"{_THAI}{{2,}}")
# Thai bytes read as Windows-1252 give runs of accented capitals, small letters and symbols (¡ to ¿ are most Thai
# consonants); Latin words have a symbol only beside plain text, and seldom three accented letters in a row.
_LATIN_WRONG = re.compile("[\u00a1-\u00bf](?:(?<=[\u0080-\uffff].)|(?=[\u0080-\uffff]))"
                          "|[\u0080-\uffff]{3}|[\u00df-\u00ff][\u00c0-\u00de]")
_LATIN_LETTER = re.compile("[\u00c0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e]")


def _as_thai(data: bytes) -> bool | None:
    """None when the bytes are not Thai Windows-874 text; else whether they hold a Thai word."""
    return _as(data, "cp874", _THAI_WRONG, _THAI_WORD)


def _as_latin(data: bytes) -> bool | None:
    """None when the bytes are not Windows-1252 text; else whether they hold an accented Latin letter."""
    return _as(data, "cp1252", _LATIN_WRONG, _LATIN_LETTER)


def _as(data: bytes, encoding: str, wrong: re.Pattern, evidence: re.Pattern) -> bool | None:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if wrong.search(text) or _BINARY.search(text):
        return None
    return bool(evidence.search(text))


def _read_csv(text: str, path: Path) -> Sheet:
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[list] = []
    begins = last_begins = 1  # the lines where the record being read and the last one read begin
    try:
        for record in reader:
            records.append(record)
            last_begins, begins = begins, reader.line_num + 1
    except csv.Error:  # the only error of a lenient reader: a cell over csv's field limit, MAX_CELL
        _refuse_unclosed_quote(text, delimiter, path.name, len(records) + 1, begins)
        raise KioskError(f"{path.name}, row {len(records) + 1}: a cell holds more than the {MAX_CELL:,} characters "
                         "the kiosk imports from one cell; shorten it and import again.") from None
    if records:
        _refuse_unclosed_quote(text, delimiter, path.name, len(records), last_begins)
    return _sheet(path.name, path.stem, path.stem, records)


def _refuse_unclosed_quote(text: str, delimiter: str, name: str, row: int, line: int) -> None:
    """A record whose quoted cell is never closed runs to the end of the file: refuse it, naming where it began."""
    rest = "".join(io.StringIO(text, newline="").readlines()[line - 1:])
    limit = csv.field_size_limit(len(rest) + 1)  # the swallowed cell may be longer than any cell may be
    try:
        for _ in csv.reader(io.StringIO(rest, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            where = f"row {row}" + (f" (line {line} of the file)" if line != row else "")
            raise KioskError(f"{name}, {where}: a quote (\") opens a cell here and is never closed, so the rest of "
                             "the file would be read as one cell. Close the quote (a quote inside a quoted cell is "
                             "written twice, \"\"), save and import again.") from None
    finally:
        csv.field_size_limit(limit)


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
    books: dict[bool, object] = {}

    def load(data_only: bool):
        """The workbook read for formulas (as the cells hold them) or for the results Excel saved beside them."""
        if data_only not in books:
            try:
                with warnings.catch_warnings():  # workbooks from other programs warn about styles and extensions
                    warnings.simplefilter("ignore")
                    books[data_only] = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
            except (InvalidFileException, *_DAMAGED) as exc:
                raise KioskError(f"{path.name} is not a readable Excel workbook ({_damage(exc)}).") from None
        return books[data_only]

    try:
        sheets = []
        for ws in load(False).worksheets:
            if ws.title.strip().lower() == "help":
                continue
            source = f"{path.name}, sheet {ws.title}"
            records = _xlsx_records(ws, source)
            formulas = {(r, c): value for r, row in enumerate(records) for c, value in enumerate(row)
                        if isinstance(value, Unreadable) and value.formula}
            if formulas:  # take what Excel saved as each formula's result
                results = _xlsx_records(load(True)[ws.title], source)
                for (r, c), formula in formulas.items():
                    value = results[r][c] if r < len(results) and c < len(results[r]) else None
                    if isinstance(value, Unreadable):
                        value = Unreadable(formula.formula, value.error)
                    records[r][c] = formula if value is None else value
            sheet = _sheet(source, ws.title, path.stem, records)
            if sheet.header:
                sheets.append(sheet)
    finally:
        for book in books.values():
            book.close()
    if not sheets:
        raise KioskError(f"{path.name} has no sheet with a header row.")
    return sheets


@dataclass(frozen=True)
class Unreadable:
    """A workbook cell without a value to import: a formula whose result the file does not keep, or an error value
    such as #N/A (with the formula that gave it, if any)."""

    formula: str | None
    error: str | None = None

    def __str__(self) -> str:
        return self.error or self.formula or ""


# What a damaged workbook raises while it is read: a broken zip or deflate stream, XML that is not well-formed (a
# SyntaxError), a value openpyxl cannot convert (such as a number of 5,000 digits).
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, SyntaxError, KeyError, OSError, ValueError)


def _damage(exc: Exception) -> str:
    if "integer string conversion" in str(exc):
        return "it holds a number with thousands of digits"
    if isinstance(exc, SyntaxError):
        return f"its XML is damaged ({exc})"
    return f"the file is damaged ({exc})" if str(exc) else "the file is damaged"


def _xlsx_records(ws, source: str) -> list[list]:
    """A sheet's rows as far as its cells really reach (its declared `<dimension>` may say less, or far more), each
    without its trailing empty cells; a formula or an error value is `Unreadable`. A value beyond MAX_ROWS or
    MAX_COLUMNS refuses the sheet, and so does a damaged part."""
    ws.reset_dimensions()
    records: list[list] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for number, row in enumerate(ws.iter_rows(), start=1):
                width = len(row)
                while width and row[width - 1].value is None:
                    width -= 1
                if width > MAX_COLUMNS or (width and number > MAX_ROWS):
                    column = width if width > MAX_COLUMNS else next(i for i, c in enumerate(row, 1)
                                                                    if c.value is not None)
                    raise KioskError(f"{source} has a value in cell {column_letter(column)}{number}, beyond the "
                                     f"{MAX_ROWS:,} rows and {MAX_COLUMNS:,} columns the kiosk imports from a "
                                     "sheet: delete what lies outside your table, save and import again.")
                if number <= MAX_ROWS:
                    records.append([_xlsx_value(cell) for cell in row[:width]])
    except _DAMAGED as exc:
        raise KioskError(f"{source} could not be read after row {len(records)}: {_damage(exc)}. Open the workbook "
                         "in Excel, save it again (or as CSV UTF-8) and import that.") from None
    return records


def _xlsx_value(cell):
    if cell.data_type == "f":
        return Unreadable(str(getattr(cell.value, "text", cell.value)))  # an array formula has its text apart
    if cell.data_type == "e":
        return Unreadable(None, str(cell.value))
    return cell.value


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
    unnamed: dict[int, list[int]] = {}
    for number, record in enumerate(records[header_at + 1:], start=header_at + 2):
        if not any(_present(v) for v in record):
            continue
        if isinstance(record[0], str) and record[0].lstrip().startswith(COMMENT):
            continue
        for index, value in enumerate(record):
            if (index >= len(header) or not header[index]) and _present(value):
                unnamed.setdefault(index + 1, []).append(number)
        cells = list(record[:len(header)]) + [None] * (len(header) - len(record))
        for index, value in enumerate(cells):
            if isinstance(value, str) and len(value) > MAX_CELL:
                raise KioskError(f"{source}, row {number}, column {column_letter(index + 1)}: the cell holds "
                                 f"{len(value):,} characters, more than the {MAX_CELL:,} the kiosk imports from one "
                                 "cell; shorten it and import again.")
        rows.append((number, {column: unescape_cell(value) for column, value in zip(header, cells) if column}))
    return Sheet(source, name, file_stem, header, rows, unnamed=unnamed)


class _TooManyDigits(Exception):
    pass


def _json_number(convert):
    def parse(text: str):
        if len(text) > MAX_DIGITS:
            raise _TooManyDigits(text)
        return convert(text)
    return parse


def _read_json(text: str, path: Path) -> list[Sheet]:
    try:
        data = json.loads(text, parse_int=_json_number(int), parse_float=_json_number(float))
    except json.JSONDecodeError as exc:
        raise KioskError(f"{path.name} is not valid JSON ({exc.msg} at line {exc.lineno}).") from None
    except _TooManyDigits as exc:
        raise KioskError(f"{path.name} holds a number of {len(exc.args[0]):,} characters ({exc.args[0][:12]}…), more "
                         f"than the {MAX_DIGITS} the kiosk reads: correct it and import again.") from None
    except RecursionError:
        raise KioskError(f"{path.name} nests lists and objects far more deeply than a kiosk file does (it is damaged "
                         "or was not made for the kiosk): export the data again and import that.") from None
    tables = data if isinstance(data, dict) else {path.stem: data}
    sheets = []
    for name, records in tables.items():
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise KioskError(f"{path.name} must hold a list of objects (or an object of such lists by kind).")
        header = list(dict.fromkeys(k for r in records for k in r))
        source = path.name if len(tables) == 1 else f"{path.name}, {name}"
        rows = [(n, {k: unescape_cell(v) for k, v in r.items()}) for n, r in enumerate(records, start=1)]
        for number, cells in rows:
            for key, value in cells.items():
                _check_json_length(value, f"{source}, record {number}, {key}")
        sheets.append(Sheet(source, str(name), path.stem, header, rows, "record"))
    return sheets


def _check_json_length(value, where: str) -> None:
    """Refuse a text longer than MAX_CELL anywhere in a record's value (texts by language, speakers, …)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str) and len(item) > MAX_CELL:
            raise KioskError(f"{where}: a text holds {len(item):,} characters, more than the {MAX_CELL:,} the kiosk "
                             "imports in one field; shorten it and import again.")
        if isinstance(item, dict):
            stack += list(item.keys()) + list(item.values())
        elif isinstance(item, list):
            stack += item


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
    """One object with a list of records per table; a record states every column, an empty one as null (so that
    importing it empties what the file has empty). Texts are escaped as in the spreadsheets, so that the reader's
    `unescape_cell` gives back exactly what was written."""
    data = {name: [{column: None if value in (None, "") else escape_cell(value) for column, value in zip(header, row)}
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
        for number, row in enumerate(rows, start=2):
            for index, value in enumerate(row):
                if isinstance(value, str) and len(escape_cell(value)) > EXCEL_CELL:
                    raise KioskError(f"{path.name}, sheet {title}, row {number}, column {column_letter(index + 1)} "
                                     f"({header[index]}) holds "
                                     f"{len(value):,} characters, more than the {EXCEL_CELL:,} an Excel cell holds: "
                                     "export to CSV or JSON instead, which keep the whole text.")
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
