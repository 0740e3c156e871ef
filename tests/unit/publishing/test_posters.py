"""`kiosk qr-sheet`: real PDFs, rasterized with poppler and read back with zxing-cpp."""

import json
import subprocess
import unicodedata

import pytest
import zxingcpp
from click.testing import CliRunner
from PIL import Image

from kiosk.cli.main import cli
from kiosk.core.catalog import content, qr
from kiosk.core.common.errors import KioskError
from kiosk.core.publishing import posters
from kiosk.core.store import database as kdb

DPI = 150
LONG_TH = ("องค์การบริหารส่วนจังหวัดเพื่อการพัฒนาเมืองอัจฉริยะที่ยั่งยืนและน่าอยู่สำหรับทุกคน"
           "ในภูมิภาคเอเชียตะวันออกเฉียงใต้ผู้ใหญ่ปั้นฟ้าป่าน้ำท่วม")
LONG_EN = ("The Extraordinarily Long Named International Organisation for Sustainable Smart Urban "
           "Development and Cooperation")


def nfc(text):
    return unicodedata.normalize("NFC", text)


def squeeze(text):
    return "".join(nfc(text).split())


def rasterize(pdf, folder):
    """Every page as a grey image (PGM: the same rendering as PNG, without the slow compression)."""
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", str(pdf), str(folder / "page")], check=True, timeout=120)
    return [Image.open(path) for path in sorted(folder.glob("page-*.pgm"))]


def page_texts(pdf):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                         timeout=60).stdout.decode("utf-8")
    return out.split("\f")[:-1]


def read_code(image):
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(found) == 1
    return found[0]


def symbol_mm(code):
    corners = code.position
    return (corners.top_right.x - corners.top_left.x) / DPI * 25.4


def expected(db, codes=None):
    """(booth code, owner's Thai name, English name, URL) for the booths with an owner, in code order."""
    rows = db.execute("SELECT b.code, b.city_id, b.organisation_id, coalesce(c.name, o.name) FROM booth b "
                      "LEFT JOIN city c ON c.id = b.city_id LEFT JOIN organisation o ON o.id = b.organisation_id "
                      "WHERE coalesce(b.city_id, b.organisation_id) IS NOT NULL ORDER BY b.code").fetchall()
    out = []
    for code, city_id, organisation_id, names in rows:
        if codes and code not in codes:
            continue
        kind, owner = ("city", city_id) if city_id else ("exhibitor", organisation_id)
        names = json.loads(names)
        out.append((code, names["th"], names["en"], content.page_url(db, kind, owner)))
    return out


@pytest.fixture(scope="module")
def demo_sheet(demo_db_file, tmp_path_factory):
    folder = tmp_path_factory.mktemp("sheet")
    with kdb.connect(demo_db_file) as db:
        sheet = posters.build(db, folder / "posters.pdf")
        wanted = expected(db)
    return sheet, wanted, rasterize(sheet.path, folder), page_texts(sheet.path)


def test_one_page_per_booth_with_an_owner_each_reading_as_its_owners_page(demo_sheet):
    sheet, wanted, pages, _ = demo_sheet
    assert sheet.pages == len(pages) == len(wanted) == 55
    assert sheet.skipped == ()
    assert [code for code, *_ in wanted] == sorted(code for code, *_ in wanted)
    for (code, _, _, url), page in zip(wanted, pages):
        found = read_code(page)
        assert found.text == url, code
        assert found.ec_level == "M"
    assert wanted[0][3] == "https://ascn2019.example.org/city/bandar-seri-begawan"


def test_text_layer_has_code_names_and_readable_address(demo_sheet):
    _, wanted, _, texts = demo_sheet
    assert len(texts) == len(wanted)
    for (code, th, en, url), text in zip(wanted, texts):
        lines = [line.strip() for line in text.splitlines()]
        assert code in lines
        assert "ASCN 2019" in lines
        assert squeeze(th) in squeeze(text), code  # Thai marks come out in their logical order
        assert " ".join(en.split()) in " ".join(text.split()), code
        assert qr.display_url(url) in lines
        assert "https://" not in text


def test_code_is_large_with_a_white_quiet_zone(demo_sheet):
    _, wanted, pages, _ = demo_sheet
    for (code, _, _, url), page in zip(wanted, pages):
        found = read_code(page)
        assert symbol_mm(found) >= 80, code
        n = len(qr.matrix(url)) - 2 * qr.QUIET_ZONE
        module_px = (found.position.top_right.x - found.position.top_left.x) / n
        left, top = found.position.top_left.x, found.position.top_left.y
        zone = round(qr.QUIET_ZONE * module_px) - 2
        size = round(n * module_px)
        strips = [(left - zone, top - zone, left + size + zone, top - 1),  # above
                  (left - zone, top + size + 1, left + size + zone, top + size + zone),  # below
                  (left - zone, top, left - 1, top + size),  # left
                  (left + size + 1, top, left + size + zone, top + size)]  # right
        for strip in strips:
            assert page.crop(strip).getextrema()[0] > 200, (code, strip)


def test_a5_pages_are_a5_and_still_read(demo_db, tmp_path):
    codes = ("C21", "E12", "G02")
    sheet = posters.build(demo_db, tmp_path / "a5.pdf", size="a5", codes=("c21", "E12", "G02"))
    assert sheet.pages == 3
    pages = rasterize(sheet.path, tmp_path)
    wanted = expected(demo_db, codes)
    for (code, th, en, url), page, text in zip(wanted, pages, page_texts(sheet.path)):
        assert abs(page.width - 148 / 25.4 * DPI) <= 2 and abs(page.height - 210 / 25.4 * DPI) <= 2
        found = read_code(page)
        assert found.text == url
        assert 60 <= symbol_mm(found) < 80
        assert code in text and squeeze(th) in squeeze(text)


def test_a_very_long_name_wraps_inside_the_page_above_the_code(writable_db, tmp_path):
    writable_db.execute("UPDATE organisation SET name = ? WHERE id = 'nstda'",
                        [json.dumps({"th": LONG_TH, "en": LONG_EN}, ensure_ascii=False)])
    code = writable_db.execute("SELECT code FROM booth WHERE organisation_id = 'nstda'").fetchone()[0]
    for size, (width_mm, height_mm) in {"a4": (210, 297), "a5": (148, 210)}.items():
        out = tmp_path / f"long-{size}.pdf"
        posters.build(writable_db, out, size=size, codes=(code,))
        (tmp_path / size).mkdir()
        [page] = rasterize(out, tmp_path / size)
        assert read_code(page).text.endswith("/exhibitor/nstda")
        [text] = page_texts(out)
        assert squeeze(LONG_TH) in squeeze(text)
        assert " ".join(LONG_EN.split()) in " ".join(text.split())
        boxes = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True, check=True,
                               timeout=60).stdout.decode("utf-8")
        words = [line for line in boxes.splitlines() if line.strip().startswith("<word")]
        width_pt, height_pt = width_mm / 25.4 * 72, height_mm / 25.4 * 72

        def box(line):
            return [float(line.split(f'{k}="')[1].split('"')[0]) for k in ("xMin", "yMin", "xMax", "yMax")]

        for line in words:
            x0, y0, x1, y1 = box(line)
            assert 0 < x0 < x1 < width_pt and 0 < y0 < y1 < height_pt, line
        hint_top = min(box(line)[1] for line in words if "สแกน" in line)
        name_bottom = max(box(line)[3] for line in words if "Cooperation" in line or "น้ำท่วม" in line)
        assert name_bottom <= hint_top


@pytest.mark.parametrize("damage", ["unreadable", "another address"])
def test_a_code_that_does_not_read_back_fails_and_writes_nothing(demo_db, demo_db_file, tmp_path, monkeypatch,
                                                                 damage):
    real = qr.matrix

    def broken(payload):
        rows = [list(row) for row in real(payload)]
        if not payload.endswith("/city/bangkok"):
            return real(payload)
        if damage == "another address":
            return real(payload.replace("bangkok", "chonburi"))
        for r in range(len(rows) // 4, 3 * len(rows) // 4):
            for c in range(len(rows) // 4, 3 * len(rows) // 4):
                rows[r][c] = not rows[r][c]
        return tuple(tuple(row) for row in rows)

    monkeypatch.setattr(qr, "matrix", broken)
    out = tmp_path / "posters.pdf"
    with pytest.raises(KioskError, match="booth C21"):
        posters.build(demo_db, out)
    assert list(tmp_path.iterdir()) == []

    out.write_bytes(b"the sheet printed yesterday")
    result = CliRunner().invoke(cli, ["qr-sheet", "--db", str(demo_db_file), "--out", str(out)])
    assert isinstance(result.exception, KioskError) and "C21" in str(result.exception)
    assert out.read_bytes() == b"the sheet printed yesterday"
    assert list(tmp_path.iterdir()) == [out]


def test_cli_writes_the_chosen_booths_and_says_where(demo_db_file, tmp_path):
    out = tmp_path / "two.pdf"
    result = CliRunner().invoke(cli, ["qr-sheet", "--db", str(demo_db_file), "--out", str(out),
                                      "--booth", "E03", "--booth", "c01", "--size", "A5"])
    assert result.exit_code == 0, result.output
    assert result.output == f"Wrote 2 pages (A5) to {out}; every QR code was read back.\n"
    texts = page_texts(out)
    assert ["C01" in text.splitlines() for text in texts] == [True, False]
    assert ["E03" in text.splitlines() for text in texts] == [False, True]


def test_cli_skips_booths_without_an_owner_and_filters_by_hall(writable_db, tmp_path):
    writable_db.execute("UPDATE booth SET organisation_id = NULL WHERE code = 'E05'")
    out = tmp_path / "hall.pdf"
    args = ["qr-sheet", "--db", str(tmp_path / "copy.db"), "--out", str(out)]
    result = CliRunner().invoke(cli, [*args, "--hall", "hall-1"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["Skipped booth E05: it has no owner.",
                                          f"Wrote 54 pages (A4) to {out}; every QR code was read back."]
    assert not any("E05" in text.splitlines() for text in page_texts(out))

    only_empty = CliRunner().invoke(cli, [*args, "--booth", "E05"])
    assert isinstance(only_empty.exception, KioskError)
    unknown = CliRunner().invoke(cli, [*args, "--booth", "Z99"])
    assert str(unknown.exception) == "There is no booth with the code 'Z99'."
    no_hall = CliRunner().invoke(cli, [*args, "--hall", "hall-9"])
    assert str(no_hall.exception) == "There is no hall with the id 'hall-9'."


def test_an_unwritable_folder_is_a_plain_error(demo_db, tmp_path):
    with pytest.raises(KioskError, match="Could not write"):
        posters.build(demo_db, tmp_path / "missing" / "posters.pdf", codes=("C21",))


def test_thai_line_breaks_never_split_a_mark_from_its_letter():
    clusters = posters._clusters("เกี่ยวน้ำท่วมแล้ว")
    assert "".join(clusters) == "เกี่ยวน้ำท่วมแล้ว"
    assert all(not unicodedata.category(c[0]).startswith("M") for c in clusters)
    assert "เกี่" in clusters and "น้ำ" in clusters and "แล้" in clusters


def test_a_name_too_long_for_any_size_is_a_plain_error_naming_the_booth(writable_db, tmp_path):
    writable_db.execute("UPDATE city SET name = ? WHERE id = 'bangkok'",
                        [json.dumps({"th": "กรุงเทพมหานครอมรรัตนโกสินทร์" * 100, "en": "Bangkok"}, ensure_ascii=False)])
    with pytest.raises(KioskError, match="booth C21 is too long"):
        posters.build(writable_db, tmp_path / "posters.pdf", codes=("C21",))
    assert not (tmp_path / "posters.pdf").exists()
