"""Reading and writing organizers' spreadsheet files: encodings, formats, formula escaping, list cells."""

import codecs
import csv
import datetime
import io

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.common.errors import KioskError
from kiosk.core.spreadsheets import columns, tabular

THAI = "กรุงเทพมหานคร น้ำท่วม"
CSV_TEXT = f"id,name_th\r\nbangkok,{THAI}\r\n"


@pytest.mark.parametrize("data", [
    CSV_TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + CSV_TEXT.encode("utf-8"),
    codecs.BOM_UTF16_LE + CSV_TEXT.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + CSV_TEXT.encode("utf-16-be"),
    CSV_TEXT.encode("cp874"),
], ids=["utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "cp874"])
def test_csv_in_every_encoding_excel_saves(tmp_path, data):
    path = tmp_path / "cities.csv"
    path.write_bytes(data)
    (sheet,) = tabular.read(path)
    assert sheet.header == ["id", "name_th"]
    assert sheet.rows == [(2, {"id": "bangkok", "name_th": THAI})]


def test_a_file_in_no_known_encoding_is_refused(tmp_path):
    path = tmp_path / "cities.csv"
    path.write_bytes(b"id,name\r\nx,\x00\x01\xff\xfe\xdb\r\n")
    with pytest.raises(KioskError, match="UTF-8"):
        tabular.read(path)


def test_an_old_xls_file_gets_a_plain_message(tmp_path):
    path = tmp_path / "exhibitors.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(KioskError, match=r"\.xlsx"):
        tabular.read(path)


def test_a_missing_file(tmp_path):
    with pytest.raises(KioskError, match="no file"):
        tabular.read(tmp_path / "nothing.csv")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_delimiter_is_taken_from_the_header(tmp_path, delimiter):
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter).writerows([["id", "name_en", "note"], ["a", "A, B; C", "n"]])
    path = tmp_path / "x.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    (sheet,) = tabular.read(path)
    assert sheet.rows == [(2, {"id": "a", "name_en": "A, B; C", "note": "n"})]


def test_row_numbers_are_those_the_spreadsheet_shows(tmp_path):
    """Blank and comment rows are skipped but still counted; a line break inside a cell is not a new row."""
    path = tmp_path / "x.csv"
    path.write_text('id,note\n# example,skip me\n\na,"two\nlines"\n,\nb,\n', encoding="utf-8")
    (sheet,) = tabular.read(path)
    assert [(n, cells["id"]) for n, cells in sheet.rows] == [(4, "a"), (6, "b")]
    assert sheet.rows[0][1]["note"] == "two\nlines"
    assert sheet.letter("note") == "B"


def test_short_rows_are_padded(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("id,a,b\nx\n", encoding="utf-8")
    assert tabular.read(path)[0].rows == [(2, {"id": "x", "a": None, "b": None})]


def test_xlsx_sheets_dates_and_the_help_sheet(tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "sessions"
    ws.append(["id", "day", "start", "population"])
    ws.append(["opening", datetime.datetime(2019, 8, 22), datetime.time(9, 30), 64409])
    book.create_sheet("help").append(["column", "meaning"])
    path = tmp_path / "show.xlsx"
    book.save(path)
    (sheet,) = tabular.read(path)
    assert sheet.source == "show.xlsx, sheet sessions" and sheet.name == "sessions" and sheet.file_stem == "show"
    (number, cells), = sheet.rows
    assert number == 2
    assert tabular.cell_text(cells["day"]) == "2019-08-22"
    assert cells["start"] == datetime.time(9, 30)
    assert tabular.cell_text(cells["population"]) == "64409"


def test_a_workbook_is_recognised_by_its_content_whatever_its_name(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["id"])
    book.active.append(["x"])
    path = tmp_path / "renamed.csv"
    book.save(path)
    assert tabular.read(path)[0].rows == [(2, {"id": "x"})]


def test_json_lists_and_objects_of_lists(tmp_path):
    path = tmp_path / "data.json"
    path.write_text('{"cities": [{"id": "a"}, {"id": "b", "note": "x"}], "booths": [{"code": "A1"}]}',
                    encoding="utf-8")
    cities, booths = tabular.read(path)
    assert (cities.name, cities.header, cities.row_word) == ("cities", ["id", "note"], "record")
    assert cities.rows == [(1, {"id": "a"}), (2, {"id": "b", "note": "x"})]
    assert booths.rows == [(1, {"code": "A1"})]
    path.write_text('{"cities": 3}', encoding="utf-8")
    with pytest.raises(KioskError, match="list of objects"):
        tabular.read(path)


@pytest.mark.parametrize("value, escaped", [
    ("=1+1", "'=1+1"), ("+66 2 123 4567", "'+66 2 123 4567"), ("-dash", "'-dash"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("'=x", "''=x"), ("'quoted", "'quoted"), ("#1", "#1"), ("ok", "ok"),
    ("", ""), (12.5, 12.5), (-3, -3),
])
def test_formula_escaping(value, escaped):
    assert tabular.escape_cell(value) == escaped
    assert tabular.unescape_cell(escaped) == value


@given(st.text(alphabet="'=+-@\t\rab ก"))
def test_escaping_round_trips(value):
    escaped = tabular.escape_cell(value)
    assert not escaped.startswith(tabular.FORMULA_START)
    assert tabular.unescape_cell(escaped) == value


def test_csv_is_written_for_excel(tmp_path):
    path = tmp_path / "out.csv"
    tabular.write_csv(path, ["id", "description_th", "lat"], [["a", "=cmd|' /C calc'!A0", 13.0], ["b", None, -6.5]])
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert data.decode("utf-8-sig") == "id,description_th,lat\r\na,'=cmd|' /C calc'!A0,13\r\nb,,-6.5\r\n"


def test_xlsx_never_holds_a_formula(tmp_path):
    path = tmp_path / "out.xlsx"
    tabular.write_xlsx(path, [("cities", ["id", "note"], [["a", "=HYPERLINK(\"http://x\")"], ["b", "@x"]])])
    book = openpyxl.load_workbook(path)
    cells = [c for row in book["cities"].iter_rows() for c in row]
    assert all(c.data_type != "f" for c in cells)
    assert book["cities"]["B2"].value == "'=HYPERLINK(\"http://x\")"
    (sheet,) = tabular.read(path)
    assert [cells["note"] for _, cells in sheet.rows] == ["=HYPERLINK(\"http://x\")", "@x"]


@given(st.lists(st.lists(st.text(alphabet="ab ;|\\กข,").map(str.strip).filter(bool), min_size=1, max_size=2),
                max_size=4))
def test_list_cells_round_trip(items):
    cell = columns.join_items(items)
    assert columns.split_items(cell, pairs=True) == items


def test_list_cells_as_people_write_them():
    assert columns.split_items("Hanoi; Ha Noi;;  ") == [["Hanoi"], ["Ha Noi"]]
    assert columns.split_items("a\nb") == [["a"], ["b"]]
    assert columns.split_items("A | B; C", pairs=True) == [["A", "B"], ["C"]]
    assert columns.split_items("A | B") == [["A | B"]]
    assert columns.split_items(r"C:\path; x\;y") == [[r"C:\path"], ["x;y"]]
