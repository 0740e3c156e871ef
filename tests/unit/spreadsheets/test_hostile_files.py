"""Files that lie about themselves or go beyond what a kiosk imports (issue 19): each is read whole and truly, or
refused with one plain sentence that names the file, the place and the limit, and nothing is half-imported."""

import re
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
