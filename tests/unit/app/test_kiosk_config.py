"""`kiosk config show|set`, the kiosk.toml writer, placing a kiosk on the plan, and systemd notifications."""

import json
import logging
import socket
import tomllib

import pytest
from click.testing import CliRunner

from kiosk import config, config_file
from kiosk.cli.main import cli
from kiosk.core.common.errors import KioskError
from kiosk.core.floor import floorplan, placement
from kiosk.core.operations import systemd


def run(*args, env=None):
    result = CliRunner().invoke(cli, [str(a) for a in args], env=env)
    return result


@pytest.fixture
def db_file(demo_db_file, tmp_path):
    import shutil

    path = tmp_path / "kiosk.db"
    shutil.copyfile(demo_db_file, path)
    return path


def test_set_value_keeps_comments_and_other_keys(tmp_path):
    path = tmp_path / "kiosk.toml"
    path.write_text('# the lobby kiosk\nlang = "th"\nidle_seconds = 90\n', encoding="utf-8")
    config_file.set_value(path, "lang", "en")
    config_file.set_value(path, "kiosk_id", "lobby")
    config_file.set_value(path, "idle_seconds", None)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# the lobby kiosk\n")
    assert tomllib.loads(text) == {"lang": "en", "kiosk_id": "lobby"}


def test_set_value_writes_strings_that_toml_reads_back(tmp_path):
    path = tmp_path / "kiosk.toml"
    tricky = 'a "quoted" back\\slash ภาษาไทย'
    config_file.set_value(path, "note", tricky)
    assert tomllib.loads(path.read_text(encoding="utf-8"))["note"] == tricky


def test_config_set_then_show(db_file):
    env = {"KIOSK_LANG": None}
    assert run("config", "set", "lang", "en", "--db", db_file, env=env).exit_code == 0
    assert run("config", "set", "kiosk_id", "stage", "--db", db_file).exit_code == 0
    assert run("config", "set", "idle_seconds", "90", "--db", db_file).exit_code == 0
    shown = run("config", "show", "--json", "--db", db_file, env=env)
    assert shown.exit_code == 0, shown.output
    rows = {r["key"]: r for r in json.loads(shown.output)["settings"]}
    assert rows["lang"] == {"key": "lang", "value": "en", "source": "kiosk.toml"}
    assert rows["idle_seconds"]["value"] == 90
    assert rows["kiosk_id"]["value"] == "stage"
    assert rows["position"]["value"] == "hall-1 45 30.5" and rows["facing"]["value"] == 0
    assert rows["base_url"]["value"] == "https://ascn2019.example.org"
    assert config.load().lang == "en"


def test_environment_wins_and_show_says_so(db_file):
    run("config", "set", "lang", "en", "--db", db_file)
    shown = run("config", "show", "--json", "--db", db_file, env={"KIOSK_LANG": "th"})
    rows = {r["key"]: r for r in json.loads(shown.output)["settings"]}
    assert rows["lang"]["value"] == "th" and rows["lang"]["source"] == "environment (KIOSK_LANG)"


@pytest.mark.parametrize("key, value, says", [
    ("lang", "fr", "fr is not a language the kiosk speaks; use codes from: th, en, vi"),
    ("lang", "vi", "vi is not among the languages offered (th,en)"),
    ("languages", "th,en,vn", "vn is not a language the kiosk speaks; use codes from: th, en, vi, id, ms, fil"),
    ("languages", "th,xx,en,cn", "xx, cn are not languages"),
    ("languages", ",", "at least one language"),
    ("idle_seconds", "3", "at least 5"),
    ("idle_seconds", "๙๐", "whole number"),
    ("allow_http", "maybe", "true or false"),
    ("demo_clock", "tomorrow", "date and time"),
    ("kiosk_id", "Lobby 1", "lowercase"),
])
def test_bad_values_are_refused_and_change_nothing(db_file, key, value, says):
    result = run("config", "set", key, value, "--db", db_file)
    assert result.exit_code != 0
    assert says in str(result.exception)
    assert not (config.data_dir() / "kiosk.toml").exists()


def test_an_unknown_kiosk_id_is_refused_naming_the_known_ones(db_file):
    refused = run("config", "set", "kiosk_id", "stagee", "--db", db_file)
    assert refused.exit_code != 0
    said = str(refused.exception)
    assert "stagee" in said and "stage" in said.split("known:")[1] and "--new" in said
    assert not (config.data_dir() / "kiosk.toml").exists()
    assert run("config", "set", "kiosk_id", "stage", "--db", db_file).exit_code == 0
    added = run("config", "set", "kiosk_id", "lobby-2", "--new", "--db", db_file)
    assert added.exit_code == 0, added.output
    assert "not on the floor plan yet" in added.output
    assert config.load().kiosk_id == "lobby-2"


@pytest.mark.parametrize("url", ["https://expo.example.org/../admin", "https://expo.example.org/2019/./x",
                                 "https://expo.example.org/2019/..", "https://expo.example.org/%2e%2e/x"])
def test_a_base_url_that_climbs_out_of_its_folder_is_refused(db_file, url):
    refused = run("config", "set", "base_url", url, "--db", db_file)
    assert refused.exit_code != 0
    assert "/../" in str(refused.exception)
    shown = json.loads(run("config", "show", "--json", "--db", db_file).output)
    assert {r["key"]: r["value"] for r in shown["settings"]}["base_url"] == "https://ascn2019.example.org"


def test_position_and_facing_move_this_kiosk(db_file):
    run("config", "set", "kiosk_id", "front-west", "--db", db_file)
    moved = run("config", "set", "position", "hall-1", "20", "20", "--db", db_file)
    assert moved.exit_code == 0, moved.output
    turned = run("config", "set", "facing", "270", "--db", db_file)
    assert turned.exit_code == 0, turned.output
    from kiosk.core.store import database as kdb

    with kdb.connect(db_file) as db:
        point = floorplan.load(db).kiosks["front-west"]
        audit = db.execute("SELECT count(*) FROM audit WHERE action = 'place-kiosk'").fetchone()[0]
    assert (point.hall, point.x, point.y, point.facing) == ("hall-1", 20, 20, 270)
    assert audit == 2


def test_a_new_kiosk_id_gets_a_new_point(writable_db):
    point = placement.place_kiosk(writable_db, "kiosk-4", "hall-1", 40.5, 20, 45, "test")
    assert floorplan.load(writable_db).kiosks["kiosk-4"] == point
    assert point.facing == 45


@pytest.mark.parametrize("hall, x, y, says", [
    ("hall-9", 10, 10, "no hall"),
    ("hall-1", 70, 10, "outside hall"),
    ("hall-1", 5, 5, "inside the toilet"),
])
def test_impossible_positions_are_refused(writable_db, hall, x, y, says):
    before = writable_db.execute("SELECT * FROM kiosk_point ORDER BY id").fetchall()
    with pytest.raises(KioskError, match=says):
        placement.place_kiosk(writable_db, "lobby", hall, x, y, None, "test")
    assert writable_db.execute("SELECT * FROM kiosk_point ORDER BY id").fetchall() == before


def test_a_position_inside_a_booth_is_refused(writable_db):
    code, x, y, w, h = writable_db.execute("SELECT code, x, y, w, h FROM booth WHERE hall_id = 'hall-1' LIMIT 1").fetchone()
    with pytest.raises(KioskError, match=f"inside booth {code}"):
        placement.place_kiosk(writable_db, "lobby", "hall-1", x + w / 2, y + h / 2, None, "test")


def test_position_needs_a_kiosk_id(db_file):
    result = run("config", "set", "position", "hall-1", "20", "20", "--db", db_file, env={"KIOSK_ID": None})
    assert result.exit_code != 0 and "kiosk_id" in str(result.exception)


def test_base_url_must_be_https(db_file):
    refused = run("config", "set", "base_url", "ftp://example.org", "--db", db_file)
    assert refused.exit_code != 0 and "https" in str(refused.exception)
    assert run("config", "set", "base_url", "https://expo.example.org/2019", "--db", db_file).exit_code == 0
    from kiosk.core.catalog import content
    from kiosk.core.store import database as kdb

    with kdb.connect(db_file) as db:
        assert content.page_url(db, "city", "bangkok") == "https://expo.example.org/2019/city/bangkok"


@pytest.mark.parametrize("abstract", [False, True])
def test_notify_reaches_the_supervisor(tmp_path, monkeypatch, abstract):
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as listener:
        if abstract:
            name = f"kiosk-test-{tmp_path.name}"
            listener.bind("\0" + name)
            monkeypatch.setenv("NOTIFY_SOCKET", "@" + name)
        else:
            path = tmp_path / "notify"
            listener.bind(str(path))
            monkeypatch.setenv("NOTIFY_SOCKET", str(path))
        listener.settimeout(5)
        assert systemd.notify("READY=1")
        assert listener.recv(100) == b"READY=1"


def test_notify_without_a_supervisor_does_nothing(monkeypatch, tmp_path, caplog):
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    assert systemd.notify("WATCHDOG=1") is False
    monkeypatch.setenv("NOTIFY_SOCKET", str(tmp_path / "gone"))
    with caplog.at_level(logging.WARNING, logger="kiosk.core.operations.systemd"):
        assert systemd.notify("WATCHDOG=1") is False  # logged, never raised
    assert "Could not tell systemd 'WATCHDOG=1'" in caplog.text


def test_watchdog_interval_is_half_the_timeout(monkeypatch):
    import os

    monkeypatch.setenv("WATCHDOG_USEC", "10000000")
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
    assert systemd.watchdog_interval_ms() == 5000
    monkeypatch.setenv("WATCHDOG_PID", "1")
    assert systemd.watchdog_interval_ms() is None
    monkeypatch.delenv("WATCHDOG_USEC")
    assert systemd.watchdog_interval_ms() is None


def test_the_languages_offered_are_a_setting(db_file):
    set_them = run("config", "set", "languages", "th, en,VI,th", "--db", db_file)
    assert set_them.exit_code == 0, set_them.output
    assert tomllib.loads((config.data_dir() / "kiosk.toml").read_text(encoding="utf-8"))["languages"] == "th,en,vi"
    assert config.load().languages == ("th", "en", "vi")
    assert run("config", "set", "lang", "vi", "--db", db_file).exit_code == 0
    assert config.load().lang == "vi"
    shown = json.loads(run("config", "show", "--json", "--db", db_file).output)
    assert {r["key"]: r["value"] for r in shown["settings"]}["languages"] == "th,en,vi"
    assert config.load(overrides={}).languages == ("th", "en", "vi")
    assert config.load().languages == ("th", "en", "vi")


def test_languages_from_the_environment_are_checked(monkeypatch):
    monkeypatch.setenv("KIOSK_LANGUAGES", "en,ms")
    assert config.load().languages == ("en", "ms")
    monkeypatch.setenv("KIOSK_LANGUAGES", "en,my-MM")
    with pytest.raises(KioskError, match="my-mm is not a language"):
        config.load()


def test_setting_languages_says_which_are_not_ready_and_where_visitors_start(db_file, monkeypatch):
    from kiosk.core.common import assets

    monkeypatch.setattr(assets, "I18N", config.data_dir() / "i18n")  # no catalogue at all here but the two below
    assets.I18N.mkdir(parents=True)
    for lang in ("en", "vi"):
        (assets.I18N / f"kiosk_{lang}.qm").write_bytes(b"")
    (assets.I18N / "kiosk_en.ts").write_text("<TS><message><translation>x</translation></message></TS>")
    (assets.I18N / "kiosk_vi.ts").write_text('<TS><translation type="unfinished"></translation>'
                                             '<translation type="unfinished"></translation></TS>')
    said = run("config", "set", "languages", "vi,en,km", "--db", db_file)
    assert said.exit_code == 0, said.output
    assert "vi is not offered until its translation is complete: kiosk_vi.ts has 2 unfinished messages" in said.output
    assert "km is not offered until its translation is complete: there is no catalogue kiosk_km.ts" in said.output
    assert "en is not offered" not in said.output
    assert "lang is th, not offered: visitors start in en" in said.output


def test_all_thirteen_languages_in_one_word(db_file):
    assert run("config", "set", "languages", "all", "--db", db_file).exit_code == 0
    assert config.load().languages == ("th", "en", "vi", "id", "ms", "fil", "km", "lo", "my", "zh", "ta", "ja", "ko")
