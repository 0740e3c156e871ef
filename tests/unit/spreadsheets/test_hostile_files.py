"""Files that lie about themselves or go beyond what a kiosk imports (issue 19): each is read whole and truly, or
refused with one plain sentence that names the file, the place and the limit, and nothing is half-imported."""

import os
import re
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from kiosk.core.common.errors import KioskError
from kiosk.core.spreadsheets import imports, tabular

HEADER = ["id", "kind", "name_en", "name_th", "country", "website", "contact_email", "description_en", "short_name",
          "note", "source", "city", "description_th"]  # 13 columns: A to M


def exhibitor_rows(count: int) -> list[list]:
    return [[f"maker-{n}", "exhibitor", f"Maker {n}", None, "thailand", None, None, None, None, None, None, None,
             None] for n in range(count)]


def workbook(path: Path, rows: list[list], header=HEADER, title="exhibitors") -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = title
    ws.append(header)
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def rewrite_sheet(path: Path, change) -> None:
    """The workbook with its first sheet's XML passed through `change` (as another program might have written it)."""
    with zipfile.ZipFile(path) as old:
        parts = {info.filename: old.read(info) for info in old.infolist()}
    name = "xl/worksheets/sheet1.xml"
    parts[name] = change(parts[name].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for filename, data in parts.items():
            new.writestr(filename, data)


def declare(path: Path, ref: str) -> None:
    rewrite_sheet(path, lambda xml: re.sub(r'<dimension ref="[^"]*"', f'<dimension ref="{ref}"', xml))


def organisations(db) -> list:
    return db.execute("SELECT * FROM organisation ORDER BY id").fetchall()


# --- 1. the sheet's real extent, not its declared one ---------------------------------------------

def test_an_xlsx_is_read_to_its_real_extent_not_its_declared_dimension(writable_db, tmp_path):
    path = workbook(tmp_path / "exhibitors.xlsx", exhibitor_rows(5))
    declare(path, "A1:M3")
    (sheet,) = tabular.read(path)
    assert [cells["id"] for _, cells in sheet.rows] == [f"maker-{n}" for n in range(5)]
    report = imports.import_files(writable_db, [path])
    assert report.ok and report.added["exhibitors"] == 5, [str(i) for i in report.issues]


def test_a_dimension_of_a1_does_not_hide_the_other_columns(writable_db, tmp_path):
    path = workbook(tmp_path / "exhibitors.xlsx", exhibitor_rows(2))
    declare(path, "A1")
    report = imports.import_files(writable_db, [path])
    assert not [str(i) for i in report.issues if "missing" in i.message]
    assert report.ok and report.added["exhibitors"] == 2


def test_a_cell_far_beyond_any_table_is_refused_without_allocating_for_it(tmp_path):
    """A few KB that declare (and hold) a cell at XFD1048576: refused, naming the cell and the limit, while the
    memory used stays small (before, reading it took 5-6 GB)."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "exhibitors"
    ws.append(["id", "name_en"])
    ws["XFD1048576"] = "x"
    path = tmp_path / "exhibitors.xlsx"
    book.save(path)
    assert path.stat().st_size < 10_000
    tracemalloc.start()
    try:
        with pytest.raises(KioskError) as caught:
            tabular.read(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    message = str(caught.value)
    assert "exhibitors.xlsx, sheet exhibitors" in message and "XFD1048576" in message
    assert f"{tabular.MAX_ROWS:,} rows" in message and f"{tabular.MAX_COLUMNS:,} columns" in message
    assert peak < 100 * 2**20


def test_a_row_wider_than_the_limit_is_refused(tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["id", "name_en"])
    ws.cell(row=2, column=tabular.MAX_COLUMNS + 1, value="far")
    path = tmp_path / "exhibitors.xlsx"
    book.save(path)
    with pytest.raises(KioskError, match=f"{tabular.column_letter(tabular.MAX_COLUMNS + 1)}2"):
        tabular.read(path)


def test_empty_formatted_rows_far_down_do_not_count(tmp_path):
    """Excel keeps formatted but empty rows; only a value beyond the limit is refused."""
    path = workbook(tmp_path / "exhibitors.xlsx", exhibitor_rows(1))
    rewrite_sheet(path, lambda xml: xml.replace("</sheetData>", f'<row r="{tabular.MAX_ROWS + 5}" ht="20" '
                                                                'customHeight="1"/></sheetData>'))
    (sheet,) = tabular.read(path)
    assert len(sheet.rows) == 1


def test_a_workbook_that_unpacks_to_too_much_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_UNZIPPED_BYTES", 200_000)
    path = workbook(tmp_path / "exhibitors.xlsx", exhibitor_rows(1))
    rewrite_sheet(path, lambda xml: xml.replace("<sheetData>", "<sheetData>" + " " * 300_000))
    assert path.stat().st_size < 20_000
    with pytest.raises(KioskError, match=r"exhibitors\.xlsx unpacks to .* more than the 0\.2 MB"):
        tabular.read(path)


# --- 2. encodings decided on evidence -------------------------------------------------------------

THAI_ROWS = "id,name_en,name_th,note\r\nbangkok,Bangkok,กรุงเทพมหานคร,น้ำท่วม ปี 2554 ใช้ iPhoneรุ่นใหม่\r\n" \
            "phuket,Phuket,ภูเก็ต,เมืองท่องเที่ยว (Smart City) ๒๕๖๒\r\n"
LATIN_ROWS = "id,name_en,note\r\ncafe,Café Lumière,Zürich – São Paulo – España – “quoted” 25°C\r\n" \
             "ecole,ÉCOLE Noël,Ça va? Œuvre naïve, façade\r\n"


def read_bytes(tmp_path, data: bytes, name="cities.csv"):
    path = tmp_path / name
    path.write_bytes(data)
    return tabular.read(path)


def test_thai_excel_cp874_keeps_working(tmp_path):
    (sheet,) = read_bytes(tmp_path, THAI_ROWS.encode("cp874"))
    assert sheet.rows[0][1]["name_th"] == "กรุงเทพมหานคร"
    assert sheet.rows[0][1]["note"] == "น้ำท่วม ปี 2554 ใช้ iPhoneรุ่นใหม่"
    assert sheet.rows[1][1]["note"] == "เมืองท่องเที่ยว (Smart City) ๒๕๖๒"


def test_windows_1252_is_read_as_windows_1252_not_as_thai(tmp_path):
    (sheet,) = read_bytes(tmp_path, LATIN_ROWS.encode("cp1252"))
    assert sheet.rows[0][1]["name_en"] == "Café Lumière"
    assert sheet.rows[0][1]["note"] == "Zürich – São Paulo – España – “quoted” 25°C"
    assert sheet.rows[1][1]["name_en"] == "ÉCOLE Noël"


@pytest.mark.parametrize("word", ["Café", "ÉCOLE", "España", "à la carte", "naïve", "Ósaka"])
def test_one_latin_word_in_windows_1252_is_never_thai(tmp_path, word):
    (sheet,) = read_bytes(tmp_path, f"id,name_en\r\nx,{word}\r\n".encode("cp1252"))
    assert sheet.rows[0][1]["name_en"] == word


def test_a_windows_1252_import_stores_the_accents(writable_db, tmp_path):
    path = tmp_path / "exhibitors.csv"
    path.write_bytes("id,kind,name_en,country\r\ncafe-lumiere,exhibitor,Café Lumière,thailand\r\n".encode("cp1252"))
    report = imports.import_files(writable_db, [path])
    assert report.ok, [str(i) for i in report.issues]
    name = writable_db.execute("SELECT json_extract(name, '$.en') FROM organisation WHERE id = 'cafe-lumiere'")
    assert name.fetchone()[0] == "Café Lumière"


@pytest.mark.parametrize("prefix", [b"", b"\xef\xbb\xbf"], ids=["utf-8", "utf-8-sig"])
def test_utf8_with_one_stray_byte_is_refused_naming_the_row(writable_db, tmp_path, prefix):
    text = "id,kind,name_en,name_th,country\r\n" \
           "a-one,exhibitor,One,กรุงเทพมหานคร,thailand\r\n" \
           "a-two,exhibitor,Two,\"เชียงใหม่\r\nสองบรรทัด\",thailand\r\n" \
           "a-three,exhibitor,Thr\xffee,ภูเก็ต,thailand\r\n"
    data = prefix + text.encode("utf-8").replace("\xff".encode("utf-8"), b"\xff")
    path = tmp_path / "exhibitors.csv"
    path.write_bytes(data)
    before = organisations(writable_db)
    with pytest.raises(KioskError) as caught:
        imports.import_files(writable_db, [path])
    message = str(caught.value)
    assert "exhibitors.csv" in message and "UTF-8" in message and "row 4" in message and "0xFF" in message
    assert organisations(writable_db) == before


def test_bytes_that_fit_no_encoding_are_refused_naming_utf8_and_the_row(tmp_path):
    with pytest.raises(KioskError, match=r"cities\.csv .*UTF-8.*row 2.*0x81"):
        read_bytes(tmp_path, b"id,name_en\r\nx,\x81\x8d\x90\r\n")


def test_bytes_that_read_as_thai_and_as_latin_alike_are_refused(tmp_path):
    """0xA9 alone is © in Windows-1252 and ฉ in Windows-874: no evidence for either, so no guess."""
    with pytest.raises(KioskError, match=r"Windows-874.*Windows-1252|Windows-1252.*Windows-874"):
        read_bytes(tmp_path, b"id,note\r\nx,\xa9 2019\r\n")


# --- 3. a quote never closed ----------------------------------------------------------------------

def test_an_unclosed_quote_is_refused_with_the_row_where_it_opened(writable_db, tmp_path):
    path = tmp_path / "exhibitors.csv"
    path.write_text('id,kind,name_en,country\r\n'
                    'a-one,exhibitor,"One, Ltd",thailand\r\n'
                    'a-two,exhibitor,"Two\r\nlines",thailand\r\n'
                    'a-three,exhibitor,"Three,thailand\r\n'
                    'a-four,exhibitor,Four,thailand\r\n'
                    'a-five,exhibitor,Five,thailand\r\n', encoding="utf-8")
    before = organisations(writable_db)
    with pytest.raises(KioskError) as caught:
        imports.import_files(writable_db, [path])
    message = str(caught.value)
    assert message.startswith("exhibitors.csv, row 4 (line 5 of the file):") and "quote" in message
    assert organisations(writable_db) == before


def test_an_unclosed_quote_swallowing_more_than_a_cell_holds_is_still_named(tmp_path):
    path = tmp_path / "exhibitors.csv"
    path.write_text('id,name_en\r\na,"A\r\n' + "".join(f"b{n},B {n}\r\n" for n in range(20_000)), encoding="utf-8")
    with pytest.raises(KioskError, match=r"exhibitors\.csv, row 2: .*quote"):
        tabular.read(path)


# --- 6. limits: one plain sentence each, nothing half-imported ------------------------------------

def test_a_csv_cell_longer_than_the_limit_is_refused(tmp_path):
    path = tmp_path / "exhibitors.csv"
    path.write_text(f"id,name_en,description_en\r\na,A,ok\r\nb,B,{'x' * (tabular.MAX_CELL + 1)}\r\n",
                    encoding="utf-8")
    with pytest.raises(KioskError, match=rf"exhibitors\.csv, row 3: .*{tabular.MAX_CELL:,} characters"):
        tabular.read(path)


def test_an_xlsx_cell_longer_than_the_limit_is_refused(tmp_path):
    """(openpyxl writes at most Excel's 32,767 characters; other programs write more.)"""
    path = workbook(tmp_path / "exhibitors.xlsx", [["a", "exhibitor", "LONG"]])
    rewrite_sheet(path, lambda xml: xml.replace(">LONG<", f">{'x' * (tabular.MAX_CELL + 1)}<"))
    with pytest.raises(KioskError, match=rf"sheet exhibitors, row 2, column C: .* more than the {tabular.MAX_CELL:,}"):
        tabular.read(path)


def damaged_workbooks(tmp_path: Path) -> dict[str, Path]:
    """Workbooks broken as files get broken: cut short, a damaged byte inside a part, a sheet that is not XML, a
    number of 5,000 digits."""
    good = workbook(tmp_path / "good.xlsx", exhibitor_rows(300))
    data = good.read_bytes()
    out = {}
    out["truncated"] = tmp_path / "truncated.xlsx"
    out["truncated"].write_bytes(data[:len(data) // 2])
    with zipfile.ZipFile(good) as book:
        info = book.getinfo("xl/worksheets/sheet1.xml")
    at = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    out["damaged"] = tmp_path / "damaged.xlsx"
    out["damaged"].write_bytes(data[:at] + bytes(b ^ 0xFF for b in data[at:at + 8]) + data[at + 8:])
    out["broken-xml"] = workbook(tmp_path / "broken-xml.xlsx", exhibitor_rows(2))
    rewrite_sheet(out["broken-xml"], lambda xml: xml.replace("</row>", "<row>", 2))
    out["digits"] = workbook(tmp_path / "digits.xlsx", [["a", "exhibitor", "A"]],
                             header=["id", "kind", "name_en"], title="cities")
    rewrite_sheet(out["digits"], lambda xml: xml.replace("</row></sheetData>",
                                                         f'<c r="D2"><v>{"7" * 5000}</v></c></row></sheetData>'))
    return out


def hostile_files(tmp_path: Path) -> dict[str, Path]:
    files = damaged_workbooks(tmp_path)
    files["dev-zero"] = Path("/dev/zero")
    files["deep-json"] = tmp_path / "exhibitors.json"
    files["deep-json"].write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    files["digits-json"] = tmp_path / "cities.json"
    files["digits-json"].write_text('[{"id": "bangkok", "population": ' + "9" * 5000 + "}]", encoding="utf-8")
    files["long-json"] = tmp_path / "projects.json"
    files["long-json"].write_text('[{"id": "p", "title_en": "' + "x" * (tabular.MAX_CELL + 1) + '"}]',
                                  encoding="utf-8")
    files["directory"] = tmp_path
    return files


HOSTILE = ["dev-zero", "deep-json", "digits-json", "long-json", "truncated", "damaged", "broken-xml", "digits",
           "directory"]


@pytest.mark.parametrize("name", HOSTILE)
def test_each_hostile_file_gets_one_plain_sentence(writable_db, tmp_path, name):
    path = hostile_files(tmp_path)[name]
    before = organisations(writable_db)
    with pytest.raises(KioskError) as caught:
        imports.import_files(writable_db, [path], kind="exhibitors")
    message = str(caught.value)
    assert path.name in message and message.endswith(".") and "\n" not in message and len(message) < 400
    assert "Error" not in message and "unexpected" not in message.lower()
    assert organisations(writable_db) == before


def test_numbers_of_thousands_of_digits_in_a_csv_get_short_plain_messages(writable_db, tmp_path):
    path = tmp_path / "cities.csv"
    path.write_text("id,name_en,population,lat,country\r\n"
                    f"bangkok,Bangkok,{'9' * 5000},{'1' * 5000}.5,{'z' * 300}\r\n", encoding="utf-8")
    report = imports.import_files(writable_db, [path])
    messages = {issue.column: issue.message for issue in report.errors}
    assert "too large a number" in messages["population"] and "5,000 characters" in messages["population"]
    assert "too large a number" in messages["lat"]
    assert "300 characters" in messages["country"]
    assert all(len(str(issue)) < 200 for issue in report.issues)


@pytest.mark.parametrize("name", ["dev-zero", "deep-json", "damaged"])
def test_kiosk_import_says_one_plain_line_and_exits_1(writable_db, tmp_path, name):
    """The real command, as an organizer runs it: one line on stderr, no traceback, nothing written."""
    path = hostile_files(tmp_path)[name]
    db_file = writable_db.execute("PRAGMA database_list").fetchone()[2]
    before = organisations(writable_db)
    done = subprocess.run([sys.executable, "-m", "kiosk", "import", str(path), "--kind", "exhibitors", "--db",
                           db_file], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[3])})
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "unexpected" not in lines[0], done.stderr
    assert organisations(writable_db) == before


# --- exports keep every character -------------------------------------------------------------------

def test_an_xlsx_export_refuses_a_text_longer_than_an_excel_cell_holds(tmp_path):
    """openpyxl cuts a longer text to 32,767 characters without a word; CSV and JSON keep it whole."""
    long = "ก" * (tabular.EXCEL_CELL + 1)
    with pytest.raises(KioskError, match=r"exhibitors, row 3, column B .*32,767.*CSV or JSON"):
        tabular.write_xlsx(tmp_path / "out.xlsx", [("exhibitors", ["id", "description_th"], [["a", "x"], ["b", long]])])
    assert not (tmp_path / "out.xlsx").exists()
    tabular.write_csv(tmp_path / "out.csv", ["id", "description_th"], [["b", long]])
    assert tabular.read(tmp_path / "out.csv")[0].rows[0][1]["description_th"] == long


# --- 7. a formula says it is a formula ------------------------------------------------------------

def test_a_formula_without_a_saved_result_says_so_and_what_to_do(writable_db, tmp_path):
    path = workbook(tmp_path / "exhibitors.xlsx", [["maker-a", "exhibitor", '=PROPER("maker a")', None, "thailand"]])
    report = imports.import_files(writable_db, [path])
    (error,) = report.errors
    assert (error.row, error.letter) == (2, "C")
    assert "formula" in error.message and '=PROPER("maker a")' in error.message and "values" in error.message
    assert "English text is required" not in str(error)


def test_a_formula_with_a_saved_result_imports_the_result(writable_db, tmp_path):
    """Excel saves each formula's result beside it: that is what the organizer sees, and what is imported."""
    path = workbook(tmp_path / "exhibitors.xlsx", [["maker-a", "exhibitor", "PLACEHOLDER", None, "thailand"]])
    rewrite_sheet(path, lambda xml: re.sub(r'<c r="C2" t="inlineStr"><is><t>PLACEHOLDER</t></is></c>',
                                           '<c r="C2" t="str"><f>PROPER("maker a")</f><v>Maker A</v></c>', xml))
    (sheet,) = tabular.read(path)
    assert sheet.rows[0][1]["name_en"] == "Maker A"
    report = imports.import_files(writable_db, [path])
    assert report.ok and report.added["exhibitors"] == 1


@pytest.mark.parametrize("cell, says", [
    ('<c r="C2" t="e"><v>#N/A</v></c>', "shows the error #N/A instead of a value"),
    ('<c r="C2" t="e"><f>VLOOKUP(A2,X!A:B,2,0)</f><v>#REF!</v></c>', "error #REF! (made by the formula =VLOOKUP"),
])
def test_an_error_value_is_not_imported_as_text(writable_db, tmp_path, cell, says):
    path = workbook(tmp_path / "exhibitors.xlsx", [["maker-a", "exhibitor", "PLACEHOLDER", None, "thailand"]])
    rewrite_sheet(path, lambda xml: xml.replace('<c r="C2" t="inlineStr"><is><t>PLACEHOLDER</t></is></c>', cell))
    report = imports.import_files(writable_db, [path])
    (error,) = report.errors
    assert (error.row, error.letter) == (2, "C") and says in error.message


# --- values under no column name are not dropped without a word ---------------------------------------

def test_values_in_a_column_without_a_name_are_named_in_a_warning(writable_db, tmp_path):
    path = tmp_path / "exhibitors.csv"
    path.write_text("id,kind,,name_en,country\r\n"
                    "maker-a,exhibitor,lost,Maker A,thailand,also lost\r\n"
                    "maker-b,exhibitor,,Maker B,thailand,and this\r\n", encoding="utf-8")
    report = imports.import_files(writable_db, [path])
    warnings = sorted(str(w) for w in report.warnings if "header row" in w.message)
    assert warnings == [
        "exhibitors.csv, row 2: Column C has a value but no name in the header row; it was ignored: name the column "
        "or delete it.",
        "exhibitors.csv, row 2: Column F has values in 2 rows but no name in the header row; they were ignored: name "
        "the column or delete it."]
