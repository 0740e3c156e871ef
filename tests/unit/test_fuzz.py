"""Fuzzing with hypothesis: whatever comes in through a spreadsheet, a staff form or the search field, the kiosk
answers with a result or a plain problem — never an unexpected exception, never a changed meaning."""

import csv
import io
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
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
