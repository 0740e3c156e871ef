"""Fuzzing with hypothesis: whatever comes in through a spreadsheet, a staff form or the search field, the kiosk
answers with a result or a plain problem — never an unexpected exception, never a changed meaning."""

import codecs
import csv
import io
import re
import unicodedata
import zipfile

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kiosk.core.catalog import qr, search
from kiosk.core.common.errors import KioskError
from kiosk.core.editing import validate
from kiosk.core.spreadsheets import imports, tabular
from tests.unit.catalog.test_search import assert_every_result_contains

# Text as it arrives from people and spreadsheets: every script the show uses, controls, invisibles, marks,
# formula starts, quotes and separators.
NASTY = st.lists(st.one_of(
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
    st.sampled_from(list("=+-@'\";,|\\\t\r\n\u200b\u200d\u202e\ufeff\u0e31\u0e48\u0e4d") + ["กรุงเทพ", "Đà Nẵng", "ພາສາລາວ"]),
), max_size=20).map("".join)
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@given(NASTY, st.booleans())
def test_a_text_is_accepted_clean_or_refused_with_a_reason(value, multiline):
    cleaned, problems = validate.text(value, "description", "en", multiline=multiline)
    for problem in problems:
        assert validate.message(problem, "th") and validate.message(problem, "en")
    if not problems:
        assert cleaned == unicodedata.normalize("NFC", cleaned) and cleaned == cleaned.strip()
        assert not any(unicodedata.category(ch) in ("Cc", "Cf") for ch in cleaned if ch not in "\n\t")
        assert multiline or "\n" not in cleaned


@given(st.one_of(NASTY, st.builds(lambda host, path: f"https://{host}/{path}", NASTY, NASTY)))
def test_a_url_is_safe_for_a_qr_code_or_refused(value):
    cleaned, problems = validate.url(value, "website")
    if problems or cleaned is None:
        return
    assert qr.check_url(cleaned) == cleaned  # what staff may save, a QR code may carry
    assert cleaned.lower().startswith("https://") and not any(ch.isspace() for ch in cleaned)


@given(NASTY)
def test_check_url_raises_only_the_plain_error(value):
    try:
        qr.check_url(value)
    except KioskError as exc:
        assert str(exc).endswith(".")


@SLOW
@given(query=st.text(max_size=16))
def test_any_search_text_returns_only_true_matches(demo_db, query):
    assert_every_result_contains(demo_db, query, search.search(demo_db, query, limit=20))


@given(st.binary(max_size=300))
def test_any_bytes_decode_or_get_a_plain_error(data):
    try:
        text = tabular.decode(data, "upload.csv")
    except KioskError as exc:
        assert "upload.csv" in str(exc)
    else:
        assert isinstance(text, str)


@SLOW
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".xlsx", ".json", ".txt"]))
def test_any_file_reads_or_gets_a_plain_error(tmp_path, data, suffix):
    path = tmp_path / f"upload{suffix}"
    path.write_bytes(data)
    try:
        sheets = tabular.read(path)
    except KioskError:
        return
    for sheet in sheets:
        for number, record in sheet.rows:
            assert isinstance(number, int) and all(isinstance(key, str) for key in record)


# --- files that lie about themselves (issue 19): declared sizes, encodings, quotes, limits ----------

def xlsx_with(path, rows: list[list], declared: str | None = None):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    if declared:
        with zipfile.ZipFile(path) as old:
            parts = {i.filename: old.read(i) for i in old.infolist()}
        name = "xl/worksheets/sheet1.xml"
        parts[name] = re.sub(rb'<dimension ref="[^"]*"', f'<dimension ref="{declared}"'.encode(), parts[name])
        with zipfile.ZipFile(path, "w") as new:
            for filename, data in parts.items():
                new.writestr(filename, data)
    return path


@SLOW
@given(count=st.integers(1, 12), width=st.integers(1, 6),
       declared=st.sampled_from(["A1", "A1:B2", "A1:M3", "B2:C3", "A1:Z1000", "A1:A1048576", "C5"]))
def test_a_declared_dimension_never_hides_or_invents_rows_or_columns(tmp_path, count, width, declared):
    header = [f"c{n}" for n in range(width)]
    rows = [[f"r{r}c{n}" for n in range(width)] for r in range(count)]
    (sheet,) = tabular.read(xlsx_with(tmp_path / "x.xlsx", [header, *rows], declared))
    assert sheet.header == header
    assert [[cells[c] for c in header] for _, cells in sheet.rows] == rows


THAI_WORDS = ["กรุงเทพมหานคร", "น้ำท่วม", "เมือง", "ภูเก็ต", "ใน", "ที่", "และ", "โครงการ", "ไฟฟ้า", "ศูนย์",
              "เชียงใหม่", "ขอนแก่น", "๒๕๖๒", "สมาร์ทซิตี้", "ปี"]
LATIN_WORDS = ["Café", "Zürich", "São", "naïve", "España", "Ósaka", "crème", "Noël", "ÉCOLE", "façade", "Müller",
               "Øresund", "Ångström", "àla", "Malmö", "Curaçao"]
PLAIN = ["Bangkok", "2019", "Smart", "City", "A01", "(x)", "-", "e-mail", "x@y.org", "50%"]


def phrase(words):
    return st.lists(st.sampled_from(words + PLAIN), min_size=1, max_size=8).map(" ".join)


@given(st.lists(st.tuples(phrase(THAI_WORDS), phrase(LATIN_WORDS)), min_size=1, max_size=4),
       st.sampled_from(["utf-8", "utf-8-sig", "cp874", "cp1252"]))
def test_text_in_any_encoding_is_read_as_written_or_refused(rows, encoding):
    """Never a wrong decoding; Thai in Windows-874 and Latin words in Windows-1252 are always read."""
    use = 0 if encoding == "cp874" else 1
    text = "id,name\r\n" + "".join(f"x{n},{row[use] if encoding.startswith('cp') else ' '.join(row)}\r\n"
                                    for n, row in enumerate(rows))
    assert tabular.decode(text.encode(encoding), "x.csv") == text


@given(st.lists(st.sampled_from(THAI_WORDS + LATIN_WORDS + PLAIN), min_size=1, max_size=12).map(" ".join),
       st.integers(0, 10_000), st.integers(0x80, 0xFF), st.booleans())
def test_utf8_with_a_stray_byte_is_refused_naming_the_row(words, where, byte, bom):
    text = "id,name\r\nx," + words + "\r\n"
    assume(sum(ord(ch) > 0x7F for ch in text) >= 4)  # evidence that the file is UTF-8
    data = text.encode("utf-8")
    boundaries = [i for i in range(len(data) + 1) if i == len(data) or data[i] & 0xC0 != 0x80]
    at = boundaries[where % len(boundaries)]
    broken = (codecs.BOM_UTF8 if bom else b"") + data[:at] + bytes([byte]) + data[at:]
    row = len(re.findall(rb"\r\n|\r|\n", data[:at])) + 1
    with pytest.raises(KioskError, match=rf"x\.csv is not valid UTF-8: row {row} holds the byte 0x{byte:02X}"):
        tabular.decode(broken, "x.csv")


CELL = st.text(alphabet='ab ,;"\r\nกข\t', max_size=12)


@SLOW
@given(rows=st.lists(CELL, min_size=1, max_size=5), opened=CELL)
def test_quotes_read_back_as_written_and_an_unclosed_one_is_refused_where_it_opens(tmp_path, rows, opened):
    path = tmp_path / "x.csv"
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows([["id", "note"], *[[f"k{n}", b] for n, b in enumerate(rows)]])
    path.write_text(out.getvalue(), encoding="utf-8")
    (sheet,) = tabular.read(path)
    assert sheet.rows == [(n + 2, {"id": f"k{n}", "note": b}) for n, b in enumerate(rows)]
    path.write_text(out.getvalue() + 'late,"' + opened.replace('"', '""'), encoding="utf-8")
    with pytest.raises(KioskError, match=rf"x\.csv, row {len(rows) + 2}\b.*never closed"):
        tabular.read(path)


@SLOW
@given(row=st.integers(2, 40), column=st.integers(1, 12))
def test_a_value_is_read_within_the_limits_and_refused_beyond_them(tmp_path, monkeypatch, row, column):
    monkeypatch.setattr(tabular, "MAX_ROWS", 20)
    monkeypatch.setattr(tabular, "MAX_COLUMNS", 8)
    book = openpyxl.Workbook()
    book.active.append(["id", "note"])
    book.active.cell(row=row, column=column, value="v")
    path = tmp_path / "x.xlsx"
    book.save(path)
    if row <= 20 and column <= 8:
        (sheet,) = tabular.read(path)
        assert [n for n, _ in sheet.rows] == [row]
    else:
        with pytest.raises(KioskError, match=rf"cell {tabular.column_letter(column)}{row}, beyond the 20 rows"):
            tabular.read(path)


def sheet_text(rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "name_en", "name_th", "description_en", "website", "kind", "country"])
    writer.writerows(rows)
    return out.getvalue()


@SLOW
@given(cells=st.lists(st.tuples(st.sampled_from(["huawei", "cisco", "new-one", "Bad Id", ""]), NASTY, NASTY, NASTY,
                                NASTY, st.sampled_from(["exhibitor", "partner_delegation", "", "shop"]),
                                st.sampled_from(["china", "thailand", "", "atlantis"])),
                      min_size=1, max_size=5))
def test_an_import_of_any_cells_is_all_or_nothing_with_reasons(writable_db, tmp_path, cells):
    path = tmp_path / "exhibitors.csv"
    path.write_text(sheet_text([list(row) for row in cells]), encoding="utf-8")
    before = writable_db.execute("SELECT * FROM organisation ORDER BY id").fetchall()
    try:
        report = imports.import_files(writable_db, [path], kind="exhibitors")
    except KioskError as exc:  # a file that is not text at all (a NUL byte): one plain sentence
        assert "exhibitors.csv" in str(exc)
        assert writable_db.execute("SELECT * FROM organisation ORDER BY id").fetchall() == before
        return
    for issue in report.issues:
        assert str(issue).startswith("exhibitors.csv")
    if not report.ok:
        assert writable_db.execute("SELECT * FROM organisation ORDER BY id").fetchall() == before
    assert writable_db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("query", ['"', 'huawei" OR "cisco', "NEAR(a b)", "*", "-huawei", "hua*", "name:huawei",
                                   "^bang", "ba AND ng"])
def test_search_operators_are_plain_text(demo_db, query):
    """FTS5 syntax typed by a visitor is text to look for, not an operator."""
    results = search.search(demo_db, query, limit=20)
    assert_every_result_contains(demo_db, query, results)
