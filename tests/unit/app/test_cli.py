"""The `kiosk` command as an organizer runs it: real processes, real files."""

import io
import json
import os
import sqlite3
import subprocess
import sys

import pytest
import zxingcpp
from PIL import Image

from kiosk.core.catalog import content


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
    assert data["missing_translations"] == {"th": 0, "en": 0}


def test_info_counts_missing_texts_per_language_the_show_offers(demo_db_file):
    with sqlite3.connect(demo_db_file) as conn:
        texts = sum(conn.execute(f"SELECT count({field}) FROM {table}").fetchone()[0]
                    for table, fields in content.VISITOR_TEXTS.items() for field in fields)
        named_in_vi = conn.execute("SELECT count(*) FROM city WHERE json_extract(name, '$.vi') IS NOT NULL").fetchone()[0]
    result = kiosk("info", "--db", demo_db_file, env={"KIOSK_LANGUAGES": "vi,en,th,km"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    at = lines.index(f"Visitor texts: {texts}. Missing, per language:")
    assert lines[at + 1:at + 5] == ["  th Thai: 0", "  en English: 0", f"  vi Vietnamese: {texts - named_in_vi - 1}",
                                    f"  km Khmer: {texts - 4}"]
    data = json.loads(kiosk("info", "--json", "--db", demo_db_file, env={"KIOSK_LANGUAGES": "th,en,km"}).stdout)
    assert data["missing_translations"] == {"th": 0, "en": 0, "km": texts - 4}


def test_info_reads_kiosk_db_from_the_environment(demo_db_file):
    result = kiosk("info", env={"KIOSK_DB": str(demo_db_file)})
    assert result.returncode == 0, result.stderr
    assert str(demo_db_file) in result.stdout
    assert "cities: 26" in result.stdout


def test_info_space_says_where_every_byte_of_the_file_goes(demo_db_file):
    result = kiosk("info", "--space", "--json", "--db", demo_db_file)
    assert result.returncode == 0, result.stderr
    rows = {row["name"]: row for row in json.loads(result.stdout)}
    with sqlite3.connect(demo_db_file) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0] * conn.execute("PRAGMA page_size").fetchone()[0]
    assert sum(row["bytes"] for row in rows.values()) == pages
    assert rows["search_text_tri_data"]["table"] == "search_text_tri"
    assert rows["project_city"]["table"] == "project"
    text = kiosk("info", "--space", "--db", demo_db_file)
    assert text.returncode == 0, text.stderr
    assert any(line.startswith("project ") and line.endswith("%") for line in text.stdout.splitlines())


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
    result = kiosk("doctor", "--db", junk)
    assert result.returncode == 1 and "Traceback" not in result.stderr + result.stdout
    assert f"{junk} is not a usable kiosk database: it is damaged or not SQLite" in result.stdout


READ_ONLY_COMMANDS = [
    ["doctor"], ["info"], ["info", "--json"], ["search", "bangkok"], ["qr", "--city", "bangkok", "--out", "{out}/q.png"],
    ["route", "C01", "--from", "kiosk-1"], ["template", "cities", "--out", "{out}/t.csv"], ["export", "{out}/export"],
    ["export-site", "{out}/site"], ["qr-sheet", "--out", "{out}/q.pdf"], ["staff", "list"], ["config", "show"],
    ["stats", "--from", "{out}"], ["fleet", "publish"], ["screenshot", "{out}/s.png"],
]


def zero_length(path):
    path.write_bytes(b"")


def no_tables(path):
    path.write_bytes(b"")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()


def older_schema(path):
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm004_fleet'")
        conn.execute("DROP TABLE fleet_applied")
        conn.execute("DROP TABLE fleet_unsent")
        conn.execute("DROP TABLE fleet_package")
    conn.close()


@pytest.mark.parametrize("state", [zero_length, no_tables, older_schema])
def test_read_only_commands_never_create_migrate_or_write_a_database(demo_db_file, tmp_path, state):
    """A command that only reads leaves the file byte for byte as it was, so that `kiosk run` can still put a backup
    in the place of an empty one; it says why it cannot work."""
    from click.testing import CliRunner

    from kiosk.cli.main import cli

    db = tmp_path / "show" / "kiosk.db"
    db.parent.mkdir()
    db.write_bytes(demo_db_file.read_bytes())
    state(db)
    before = db.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    from kiosk.core.analytics import events

    counts = events.Recorder(out / "analytics.db", "kiosk-1")
    counts.screen("home")
    counts.close()
    runner = CliRunner()
    for command in READ_ONLY_COMMANDS:
        args = [arg.format(out=out) for arg in command]
        result = runner.invoke(cli, [*args, "--db", str(db)])
        assert db.read_bytes() == before, f"`kiosk {' '.join(command)}` changed the database"
        assert result.exit_code != 0, f"`kiosk {' '.join(command)}` worked on a database that cannot be used"
        said = result.output + str(result.exception or "")
        assert "Traceback" not in said
        assert ("is empty (0 bytes)" in said or "holds no tables" in said or "older schema" in said
                or "schema is not current" in said), (command, said)


def test_doctor_says_a_database_without_an_event_is_not_healthy(demo_db_file, tmp_path):
    db = tmp_path / "kiosk.db"
    db.write_bytes(demo_db_file.read_bytes())
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM event")
    conn.close()
    result = kiosk("doctor", "--db", db)
    assert result.returncode == 1
    assert "The database holds no event, so the kiosk cannot start" in result.stdout
    assert "healthy" not in result.stdout


def test_a_lost_default_database_is_not_replaced_by_the_demo_when_backups_exist(demo_db_file, tmp_path):
    data = tmp_path / "data"
    (data / "backups").mkdir(parents=True)
    (data / "backups" / "kiosk-20190822T081500Z.db").write_bytes(demo_db_file.read_bytes())
    for command in (["info"], ["doctor"]):
        result = kiosk(*command)
        assert result.returncode == 1
        assert "holds backups of it" in result.stdout + result.stderr and "kiosk restore" in result.stderr + result.stdout
        assert not (data / "kiosk.db").exists()
