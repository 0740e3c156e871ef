"""Faults from the machine, not the user: a full disk or a read-only database while staff publish, and damaged
bundled files at start. Each gets a clear message and loses nothing."""

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core.access import auth
from kiosk.core.common import assets
from kiosk.core.operations import health
from kiosk.core.store import database as kdb
from kiosk.core.store import versions

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def staff_db(demo_db_file, tmp_path):
    path = tmp_path / "staff.db"
    shutil.copyfile(demo_db_file, path)
    with kdb.connect(path) as db:
        _, pin = auth.add_staff(db, "C21", "Somchai", auth.load_pepper(tmp_path / "pepper"), "test")
    return path, pin


def fill_disk(db):
    """SQLite's own limit on the file's pages: the next write that needs a new page fails with SQLITE_FULL."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


@pytest.mark.parametrize("fault, lang, says", [
    ("full", "th", "ดิสก์ของตู้เต็ม"),
    ("full", "en", "disk is full"),
    ("read_only", "en", "cannot save changes"),
])
def test_a_publish_the_disk_refuses_is_explained_and_keeps_the_typing(start_kiosk, staff_db, tmp_path, fault, lang,
                                                                      says, caplog):
    path, pin = staff_db
    kiosk = start_kiosk(path, lang=lang, screen="home", pepper_path=tmp_path / "pepper")
    assert kiosk.kiosk.staff.signIn("C21", pin)
    kiosk.evaluate(kiosk.screen(), 'Nav.open("staffEdit", "city:bangkok"), true')
    kiosk.wait_for_screen("staffEditScreen")
    db = kiosk.kiosk.show._db
    before = versions.current(db, "city", "bangkok")
    typed = "กรุงเทพฯ เมืองหลวง " * 40
    field = kiosk.visible_item("field-profile-th")
    field.setProperty("text", typed)
    if fault == "full":
        fill_disk(db)
    else:
        db.execute("PRAGMA query_only = ON")
    with caplog.at_level(logging.ERROR, logger="kiosk.ui.staff.session"):
        kiosk.tap("publishButton")
        kiosk.settle()
    assert "A staff change was not saved" in caplog.text
    shown = "\n".join(kiosk.texts())
    assert says in shown
    assert field.property("text") == typed  # nothing typed is lost
    assert versions.current(db, "city", "bangkok") == before  # nothing half-written
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # room again: the same form publishes
    db.execute("PRAGMA max_page_count = 1073741823")
    db.execute("PRAGMA query_only = OFF")
    kiosk.tap("publishButton")
    kiosk.settle()
    assert versions.current(db, "city", "bangkok")["profile"]["th"] == typed.strip()


def test_an_import_into_a_full_disk_changes_nothing_and_says_why(writable_db, tmp_path):
    from kiosk.core.spreadsheets import imports

    sheet = tmp_path / "exhibitors.csv"
    rows = writable_db.execute("SELECT id, json_extract(name, '$.en') FROM organisation ORDER BY id").fetchall()
    sheet.write_text("id,name_en,description_en\n" + "".join(f"{i},{n},{'A long new text. ' * 200}\n"
                                                             for i, n in rows), encoding="utf-8")
    before = writable_db.execute("SELECT id, description FROM organisation ORDER BY id").fetchall()
    fill_disk(writable_db)
    report = imports.import_files(writable_db, [sheet], kind="exhibitors")
    assert not report.ok
    assert any("full" in str(issue) for issue in report.errors), report.summary()
    assert writable_db.execute("SELECT id, description FROM organisation ORDER BY id").fetchall() == before
    assert writable_db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def damaged_assets(tmp_path) -> Path:
    copy = tmp_path / "assets"
    shutil.copytree(assets.ASSETS, copy)
    (copy / "fonts" / "NotoSansThai-Regular.ttf").unlink()
    (copy / "fonts" / "NotoSans-Regular.ttf").write_bytes(os.urandom(4000))
    (copy / "i18n" / "kiosk_th.qm").write_text("not a translation", encoding="utf-8")
    (copy / "i18n" / "kiosk_en.qm").unlink()
    return copy


def test_doctor_names_missing_and_damaged_bundled_files(tmp_path):
    assert health.asset_problems(assets.ASSETS) == []
    found = health.asset_problems(damaged_assets(tmp_path))
    assert len(found) == 4
    assert any("NotoSansThai-Regular.ttf is missing" in line for line in found)
    assert any("NotoSans-Regular.ttf is damaged" in line for line in found)
    assert any("kiosk_th.qm is damaged" in line and "English" in line for line in found)
    assert any("kiosk_en.qm is missing" in line for line in found)


START_WITH_ASSETS = """
import sys
from pathlib import Path
from PySide6.QtTest import QTest
from kiosk.core.store import database as kdb
from kiosk.ui import app as ui

assets = Path(sys.argv[1])
ui.FONTS_DIR, ui.I18N_DIR = assets / "fonts", assets / "i18n"
kiosk = ui.start(kdb.connect(sys.argv[2]), lang="th", windowed=True, size=(1080, 1920), screen="home",
                 speech_engine="mock")
QTest.qWait(300)
image = kiosk.window.grabWindow()
print("painted", image.width(), image.height(), flush=True)
"""


def test_the_kiosk_starts_with_damaged_bundled_files(tmp_path, demo_db_file):
    copy = damaged_assets(tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO), "KIOSK_DATA_DIR": str(tmp_path)}
    child = subprocess.run([sys.executable, "-c", START_WITH_ASSETS, str(copy),
                            str(demo_db_file)], capture_output=True, text=True, env=env, timeout=120)
    assert child.returncode == 0, child.stderr[-2000:]
    assert "painted 1080 1920" in child.stdout
    assert "Traceback" not in child.stderr


def test_doctor_names_an_offered_language_the_kiosk_will_leave_out(tmp_path, monkeypatch):
    import shutil

    for lang, source in (("th", "th"), ("zh", "zh"), ("ko", "th")):  # any catalogue will do for what doctor reads
        for suffix in ("ts", "qm"):
            shutil.copy(assets.I18N / f"kiosk_{source}.{suffix}", tmp_path / f"kiosk_{lang}.{suffix}")
    text = (tmp_path / "kiosk_ko.ts").read_text(encoding="utf-8").replace("<translation>", '<translation type="unfinished">', 1)
    (tmp_path / "kiosk_ko.ts").write_text(text, encoding="utf-8")
    assert health.language_problems(("th", "en", "zh"), tmp_path) == []  # fonts-noto-cjk is installed by the set-up
    monkeypatch.setitem(assets.CJK, "zh", "Noto Sans CJK Nowhere")  # fc-list really asked for a family not there
    found = health.language_problems(("th", "en", "zh", "ko", "fil"), tmp_path)
    assert len(found) == 3, found
    assert "zh" in found[0] and "fonts-noto-cjk" in found[0]
    assert "ko" in found[1] and "1 unfinished message" in found[1]
    assert "fil" in found[2] and "no catalogue kiosk_fil.ts" in found[2]
