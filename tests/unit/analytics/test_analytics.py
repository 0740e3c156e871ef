"""Anonymous visitor counts: recording in batches, never failing the kiosk, stats, CSV and the HTML report."""

import base64
import datetime
import io
import json
import logging
import re
import shutil
import sqlite3

import pytest
from click.testing import CliRunner
from PIL import Image

from kiosk import config
from kiosk.cli.main import cli
from kiosk.core.analytics import charts, events, report
from kiosk.core.spreadsheets import tabular
from kiosk.core.store import database as kdb

UTC = datetime.timezone.utc
START = datetime.datetime(2019, 8, 23, 3, 0, 0, tzinfo=UTC)  # 10:00 in Bangkok


class Clock:
    def __init__(self, start=START):
        self.now = start

    def __call__(self):
        return self.now

    def tick(self, seconds):
        self.now += datetime.timedelta(seconds=seconds)


def rows(path, sql="SELECT kind, entity_type, entity_id, lang, value, session_id FROM event ORDER BY id"):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def visit(recorder, clock, *, query="bangkok"):
    """One visitor: attract, first touch, home, two pages, a search, a QR code, English, then walks away."""
    recorder.screen("attract")
    clock.tick(5)
    recorder.session_start()
    recorder.screen("home")
    clock.tick(4)
    recorder.screen("cities")
    recorder.page("city", "bangkok")
    clock.tick(10)
    for typed in range(1, len(query) + 1):  # the UI reports every keystroke
        recorder.search(query[:typed], 3)
        clock.tick(1)
    recorder.page("exhibitor", "huawei")
    recorder.qr_shown("exhibitor", "huawei")
    clock.tick(20)
    recorder.language("en")
    clock.tick(60)
    recorder.idle_reset()
    recorder.language("th")  # the kiosk's default again: not a visitor's switch


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def recorder(tmp_path, clock):
    r = events.Recorder(tmp_path / "analytics.db", "lobby", lang="th", clock=clock)
    yield r
    r.close()


def test_a_scripted_visit_counts_exactly(recorder, clock, tmp_path, demo_db):
    visit(recorder, clock)
    assert recorder.flush() == 11
    counts = events.stats([tmp_path / "analytics.db"], content_db=demo_db)
    assert counts["events"] == 11
    assert counts["screens"] == [{"screen": "attract", "count": 1}, {"screen": "cities", "count": 1},
                                 {"screen": "home", "count": 1}]
    assert counts["pages"] == [
        {"type": "city", "id": "bangkok", "name_en": "Bangkok", "name_th": "กรุงเทพมหานคร", "count": 1},
        {"type": "exhibitor", "id": "huawei", "name_en": "Huawei", "name_th": "หัวเว่ย", "count": 1}]
    assert counts["qr"] == [{"type": "exhibitor", "id": "huawei", "name_en": "Huawei", "name_th": "หัวเว่ย",
                             "count": 1}]
    assert counts["searches"] == {"count": 1, "without_results": 0, "median_length": 7, "recorded_queries": 0,
                                  "top_queries": []}
    assert counts["languages"] == [{"lang": "en", "sessions": 1}]
    assert counts["language_switches"] == [{"lang": "en", "count": 1}]
    assert counts["sessions"] == {"count": 1, "median_seconds": 101, "p90_seconds": 101}
    assert counts["idle_resets"] == 1
    assert counts["hours"][10] == 1 and sum(counts["hours"]) == 1  # Bangkok time, from the content database
    assert counts["timezone"] == "Asia/Bangkok"
    assert counts["kiosks"] == [{"kiosk_id": "lobby", "sessions": 1, "page_views": 2, "events": 11,
                                 "first": "2019-08-23T03:00:00+00:00", "last": "2019-08-23T03:01:46+00:00"}]
    kinds = [r[0] for r in rows(tmp_path / "analytics.db")]
    assert kinds == ["screen", "session_start", "screen", "screen", "page", "search", "page", "qr", "language",
                     "idle_reset", "session_end"]
    session_ids = {r[5] for r in rows(tmp_path / "analytics.db")}
    assert len(session_ids) == 2 and None in session_ids  # the attract screen is before the session
    end = json.loads(rows(tmp_path / "analytics.db")[-1][4])
    assert end == {"reason": "idle", "seconds": 101}


def test_query_text_is_kept_only_when_the_organizer_records_queries(tmp_path, clock):
    for enabled in (False, True):
        path = tmp_path / f"{enabled}.db"
        r = events.Recorder(path, "lobby", record_queries=enabled, clock=clock)
        r.session_start()
        r.search("น้ำท่วม", 4)
        r.session_end("forget")
        r.close()
        (value,) = [json.loads(v) for k, _, _, _, v, _ in rows(path) if k == "search"]
        raw = path.read_bytes() + (path.with_name(path.name + "-wal").read_bytes()
                                   if path.with_name(path.name + "-wal").exists() else b"")
        if enabled:
            assert value == {"length": 7, "results": 4, "query": "น้ำท่วม"}
            assert events.stats([path])["searches"]["top_queries"] == [{"query": "น้ำท่วม", "count": 1}]
        else:
            assert value == {"length": 7, "results": 4}
            assert "น้ำท่วม".encode() not in raw
            assert events.stats([path])["searches"]["top_queries"] == []


def test_record_queries_setting(tmp_path, monkeypatch):
    monkeypatch.delenv("KIOSK_RECORD_QUERIES", raising=False)
    assert config.load().record_queries is False
    toml = tmp_path / "kiosk.toml"
    toml.write_text("record_queries = true\n", encoding="utf-8")
    assert config.load(toml_path=toml).record_queries is True
    monkeypatch.setenv("KIOSK_RECORD_QUERIES", "1")
    assert config.load().record_queries is True
    assert config.analytics_path() == config.data_dir() / "analytics.db"


def test_keystrokes_make_one_search_and_a_new_query_another(recorder, clock, tmp_path):
    recorder.session_start()
    for text in ("b", "ba", "ban", "ba", "bang"):  # typing on, deleting, typing on: one search
        recorder.search(text, 5)
        clock.tick(1)
    recorder.search("chiang", 0)  # something else: the first is done
    clock.tick(events.SEARCH_SETTLE.total_seconds() + 1)
    recorder.search("chiang mai", 1)  # long after: a new search
    clock.tick(events.SEARCH_SETTLE.total_seconds() + 1)
    recorder.search("   ", 0)  # blank: nothing
    recorder.flush()  # a search settled for long enough is written by the flush
    values = [json.loads(v) for k, _, _, _, v, _ in rows(tmp_path / "analytics.db") if k == "search"]
    assert values == [{"length": 4, "results": 5}, {"length": 6, "results": 0}, {"length": 10, "results": 1}]


def test_events_stay_in_memory_until_flush(recorder, clock, tmp_path):
    path = tmp_path / "analytics.db"
    recorder.session_start()
    recorder.page("city", "bangkok")
    assert recorder.pending == 2
    assert not path.exists()
    assert recorder.flush() == 2
    assert recorder.pending == 0
    assert [r[0] for r in rows(path)] == ["session_start", "page"]
    recorder.page("city", "hanoi")
    assert len(rows(path)) == 2
    recorder.flush()
    assert len(rows(path)) == 3
    assert rows(path, "PRAGMA journal_mode") == [("wal",)]


def test_an_unwritable_place_logs_once_and_keeps_a_bounded_buffer(tmp_path, clock, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    r = events.Recorder(blocker / "data" / "analytics.db", "lobby", clock=clock, max_buffer=5)
    with caplog.at_level(logging.WARNING, logger="kiosk.core.analytics.events"):
        r.session_start()
        for n in range(20):
            r.page("city", f"city-{n}")
        assert r.flush() == 0
        assert r.flush() == 0
        r.close()
    assert r.pending == 5 and r.dropped == 16
    assert len([rec for rec in caplog.records if rec.name == "kiosk.core.analytics.events"]) == 1


def test_a_read_only_file_keeps_events_for_a_later_flush(tmp_path, clock, caplog, monkeypatch):
    path = tmp_path / "analytics.db"
    events.connect(path).close()
    opened = []

    def read_only(target):
        db = events.Database(sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True, check_same_thread=False))
        opened.append(db)
        return db

    monkeypatch.setattr(events, "connect", read_only)
    r = events.Recorder(path, "lobby", clock=clock)
    r.session_start()
    r.screen("home")
    with caplog.at_level(logging.WARNING, logger="kiosk.core.analytics.events"):
        assert r.flush() == 0
    assert "readonly" in caplog.text and r.pending == 2
    monkeypatch.undo()  # the file is writable again
    assert r.flush() == 2
    r.close()
    assert [k for k, *_ in rows(path)] == ["session_start", "screen"]


def test_a_corrupt_file_is_moved_aside_and_a_fresh_one_started(tmp_path, clock, caplog):
    path = tmp_path / "analytics.db"
    path.write_bytes(b"this is not a database, it is a shopping list" * 200)
    r = events.Recorder(path, "lobby", clock=clock)
    r.screen("home")
    with caplog.at_level(logging.WARNING, logger="kiosk.core.analytics.events"):
        assert r.flush() == 1
    r.close()
    aside = list(tmp_path.glob("analytics.db.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not a database")
    assert "damaged" in caplog.text
    assert [k for k, *_ in rows(path)] == ["screen"]


def test_recording_never_raises(tmp_path, clock, caplog):
    r = events.Recorder(None, "", clock=clock)
    with caplog.at_level(logging.WARNING, logger="kiosk.core.analytics.events"):
        r.session_end("forget")  # no session: nothing
        r.page(None, None)
        r.search(None, "many")
        r.language(None)
        assert r.flush() == 0
        r.close()
    assert "Could not record a visitor event" in caplog.text  # told once, never raised


def test_a_new_session_ends_the_open_one(recorder, clock, tmp_path):
    recorder.session_start()
    clock.tick(30)
    recorder.session_start()
    recorder.session_end("forget")
    recorder.flush()
    ends = [json.loads(v)["reason"] for k, _, _, _, v, _ in rows(tmp_path / "analytics.db") if k == "session_end"]
    assert ends == ["restart", "forget"]


def two_kiosks(tmp_path):
    paths = []
    for kiosk_id, sessions in (("lobby", 2), ("hall-b", 3)):
        clock = Clock()
        path = tmp_path / "fleet" / kiosk_id / "analytics.db"
        r = events.Recorder(path, kiosk_id, clock=clock)
        for n in range(sessions):
            r.session_start()
            r.page("city", "bangkok")
            clock.tick(60 * (n + 1))
            r.session_end("forget")
            clock.tick(600)
        r.close()
        paths.append(path)
    return paths


def test_two_kiosks_files_merge(tmp_path, demo_db):
    lobby, hall = two_kiosks(tmp_path)
    shutil.copyfile(lobby, tmp_path / "fleet" / "lobby-copy.db")  # the same file twice counts once
    files = events.find_files([tmp_path / "fleet"])
    assert len(files) == 3
    counts = events.stats(files, content_db=demo_db)
    assert counts["sessions"] == {"count": 5, "median_seconds": 120, "p90_seconds": 180}
    assert counts["pages"][0]["count"] == 5
    assert [(k["kiosk_id"], k["sessions"], k["page_views"]) for k in counts["kiosks"]] == [("hall-b", 3, 3),
                                                                                           ("lobby", 2, 2)]


def test_since_and_until_window(tmp_path):
    lobby, _ = two_kiosks(tmp_path)
    later = START + datetime.timedelta(minutes=5)
    assert events.stats([lobby], since=later)["sessions"]["count"] == 1
    assert events.stats([lobby], until=later)["sessions"]["count"] == 1
    assert events.parse_moment("2019-08-23T10:05", events.show_timezone(None)) == datetime.datetime(
        2019, 8, 23, 10, 5, tzinfo=UTC)


def test_find_files_refuses_other_files(tmp_path, demo_db_file):
    from kiosk.core.common.errors import KioskError

    with pytest.raises(KioskError, match="not a kiosk analytics file"):
        events.find_files([demo_db_file])
    (tmp_path / "empty").mkdir()
    with pytest.raises(KioskError, match="no kiosk analytics files"):
        events.find_files([tmp_path / "empty"])


@pytest.fixture
def hostile_db(writable_db):
    writable_db.execute("""UPDATE city SET name = json_set(name, '$.en', '<script>alert(1)</script>',
                           '$.th', '<img src=x onerror=alert(2)>') WHERE id = 'bangkok'""")
    return writable_db


def decoded_images(page):
    found = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    return [Image.open(io.BytesIO(base64.b64decode(data))) for data in found]


def test_html_report_is_self_contained_with_three_charts(recorder, clock, tmp_path, hostile_db):
    visit(recorder, clock)
    recorder.flush()
    counts = events.stats([tmp_path / "analytics.db"], content_db=hostile_db)
    page = report.html_page(counts, "Visitor statistics")
    assert not re.search(r"(src|href)\s*=\s*[\"']?\s*(https?:|//)", page, re.I)
    assert "<script" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    images = decoded_images(page)
    assert len(images) == 3
    for image in images:
        image.load()
        assert image.format == "PNG" and image.width >= 1000 and image.height >= 120
        assert len(image.getcolors(1 << 16) or range(1 << 16)) > 20  # text and bars, not a blank picture


def test_chart_text_uses_a_font_per_script():
    assert charts.runs("Bangkok กรุงเทพ (กทม.)") == [("NotoSans", "Bangkok "), ("NotoSansThai", "กรุงเทพ "),
                                                      ("NotoSans", "("), ("NotoSansThai", "กทม"), ("NotoSans", ".)")]
    cut = charts.fit("การพัฒนาศูนย์กลางการคมนาคมพื้นที่บางซื่อ" * 3, 22, 300)
    assert cut.endswith("…") and charts.text_width(cut, 22) <= 300


def test_csv_escapes_formula_cells(tmp_path, clock):
    assert [tabular.escape_cell(v) for v in ("=1+1", "+66 2", "-x", "@SUM(A1)", "ok", 5)] == [
        "'=1+1", "'+66 2", "'-x", "'@SUM(A1)", "ok", 5]
    path = tmp_path / "q.db"
    r = events.Recorder(path, "lobby", record_queries=True, clock=clock)
    r.session_start()
    r.search('=HYPERLINK("http://x","y")', 0)
    r.close()
    text = report.csv_text(events.stats([path]))
    lines = text.splitlines()
    assert lines[0] == "kind,key,name,count"
    assert "query,\"'=hyperlink(\"\"http://x\"\",\"\"y\"\")\",,1" in lines  # queries are grouped case-blind


def test_cli_stats(recorder, clock, tmp_path, demo_db_file):
    visit(recorder, clock)
    recorder.close()
    config.analytics_path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(tmp_path / "analytics.db", config.analytics_path())
    runner = CliRunner()
    out_csv, out_html = tmp_path / "stats.csv", tmp_path / "stats.html"
    result = runner.invoke(cli, ["stats", "--db", str(demo_db_file), "--csv", str(out_csv), "--report", str(out_html)])
    assert result.exit_code == 0, result.output
    assert "Visitor sessions: 1" in result.output
    assert "Bangkok · กรุงเทพมหานคร" in result.output
    assert out_csv.read_text(encoding="utf-8").startswith("kind,key,name,count")
    assert len(decoded_images(out_html.read_text(encoding="utf-8"))) == 3
    later = runner.invoke(cli, ["stats", "--db", str(demo_db_file), "--since", "2019-08-23T11:00"])
    assert later.exit_code == 0 and "Visitor sessions: 0" in later.output


def test_cli_stats_for_a_fleet_and_errors(tmp_path, demo_db_file):
    two_kiosks(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["stats", "--db", str(demo_db_file), "--from", str(tmp_path / "fleet")])
    assert result.exit_code == 0, result.output
    assert "Visitor sessions: 5" in result.output and "hall-b: 3 sessions" in result.output
    missing = runner.invoke(cli, ["stats", "--db", str(demo_db_file)])
    assert missing.exit_code != 0 and "There is no analytics file" in str(missing.exception)
    bad = runner.invoke(cli, ["stats", "--db", str(demo_db_file), "--from", str(tmp_path / "fleet"),
                              "--since", "yesterday"])
    assert bad.exit_code != 0 and "is not a date" in str(bad.exception)


def test_analytics_is_separate_from_the_content_database(tmp_path, demo_db_file):
    path = tmp_path / "analytics.db"
    events.connect(path).close()
    with kdb.connect(demo_db_file) as content_db:
        assert "event" in content_db.table_names()  # the show's event table: a different thing
    assert events.is_analytics_file(path) and not events.is_analytics_file(demo_db_file)
