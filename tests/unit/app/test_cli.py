"""The `kiosk` command as an organizer runs it: real processes, real files."""

import io
import json
import os
import sqlite3
import subprocess
import sys

import zxingcpp
from PIL import Image


def kiosk(*args, env=None):
    return subprocess.run([sys.executable, "-m", "kiosk", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=300)


def assert_plain_error(result):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr


def test_demo_db_builds_and_refuses_to_overwrite(tmp_path):
    target = tmp_path / "show.db"
    built = kiosk("demo-db", target)
    assert built.returncode == 0, built.stderr
    assert "26 cities" in built.stdout and "53 projects" in built.stdout
    again = kiosk("demo-db", target)
    assert_plain_error(again)
    assert "--force" in again.stderr
    assert kiosk("demo-db", target, "--force").returncode == 0


def test_default_database_is_created_on_first_use(tmp_path):
    result = kiosk("info", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["database"] == str(tmp_path / "data" / "kiosk.db")
    assert (tmp_path / "data" / "kiosk.db").exists()
    assert "Created the demo database" in result.stderr


def test_info_json(demo_db_file):
    result = kiosk("info", "--json", "--db", demo_db_file)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["event"]["id"] == "ascn2019"
    assert data["event"]["starts_on"] == "2019-08-22"
    assert data["schema_version"] >= 1
    assert data["counts"]["cities"] == 26
    assert data["counts"]["projects"] == 53
    assert set(data["counts"]) >= {"cities", "countries", "focus_areas", "exhibitors", "projects", "sessions", "booths"}
    assert data["missing_translations"] == {"en": 0, "th": 0}


def test_info_reads_kiosk_db_from_the_environment(demo_db_file):
    result = kiosk("info", env={"KIOSK_DB": str(demo_db_file)})
    assert result.returncode == 0, result.stderr
    assert str(demo_db_file) in result.stdout
    assert "cities: 26" in result.stdout


def test_search_json(demo_db_file):
    result = kiosk("search", "กรุงเทพ", "--lang", "th", "--json", "--db", demo_db_file)
    assert result.returncode == 0, result.stderr
    results = json.loads(result.stdout)
    assert results[0] == {"type": "city", "id": "bangkok", "title": "กรุงเทพมหานคร", "match": "prefix", "kind": "city"}
    assert all({"type", "id", "title"} <= set(r) for r in results)


def test_search_with_a_hostile_query(demo_db_file):
    result = kiosk("search", 'NEAR("a" *', "--json", "--db", demo_db_file)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_qr_png_decodes_to_the_city_page(demo_db_file, tmp_path):
    out = tmp_path / "bangkok.png"
    result = kiosk("qr", "--city", "bangkok", "--out", out, "--db", demo_db_file)
    assert result.returncode == 0, result.stderr
    assert "ascn2019.example.org/city/bangkok" in result.stdout
    decoded = zxingcpp.read_barcodes(Image.open(io.BytesIO(out.read_bytes())))
    assert [d.text for d in decoded] == ["https://ascn2019.example.org/city/bangkok"]


def test_qr_errors_are_one_sentence(demo_db_file, tmp_path):
    assert_plain_error(kiosk("qr", "--city", "atlantis", "--out", tmp_path / "a.png", "--db", demo_db_file))
    assert_plain_error(kiosk("qr", "--url", "http://example.org", "--out", tmp_path / "b.png", "--db", demo_db_file))
    assert_plain_error(kiosk("qr", "--out", tmp_path / "c.png", "--db", demo_db_file))
    assert not any(tmp_path.glob("*.png"))


def test_missing_database_is_a_plain_error(tmp_path):
    result = kiosk("info", "--db", tmp_path / "nope.db")
    assert_plain_error(result)
    assert "kiosk demo-db" in result.stderr
    assert not (tmp_path / "nope.db").exists()


def test_doctor_healthy_then_finds_problems(demo_db_file, tmp_path):
    assert kiosk("doctor", "--db", demo_db_file).returncode == 0
    broken = tmp_path / "broken.db"
    broken.write_bytes(demo_db_file.read_bytes())
    with sqlite3.connect(broken) as conn:
        x, y, hall = conn.execute("SELECT x, y, hall_id FROM booth WHERE code = 'C01'").fetchone()
        conn.execute("UPDATE booth SET x = ?, y = ? WHERE code = 'C02'", (x + 0.5, y + 0.5))
        conn.execute("UPDATE booth SET x = -50 WHERE code = 'C03'")
        conn.execute("UPDATE booth SET city_id = NULL WHERE code = 'C04'")
    result = kiosk("doctor", "--db", broken)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert f"Booths C01 and C02 overlap in hall {hall}." in lines
    assert "Booth C03 lies outside hall hall-1." in lines
    assert "Booth C04 has no owner." in lines


def test_doctor_on_a_file_that_is_not_a_database(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00garbage" * 1000)
    assert_plain_error(kiosk("doctor", "--db", junk))
