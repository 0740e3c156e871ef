from pathlib import Path

from kiosk import config


def test_default_database_lives_in_the_data_folder(tmp_path):
    settings = config.load()
    assert settings.db == tmp_path / "data" / "kiosk.db"
    assert settings.db_is_default


def test_layers_override_in_order(tmp_path, monkeypatch):
    toml = tmp_path / "kiosk.toml"
    toml.write_text('db = "/from/toml.db"\nlang = "en"\nallow_http = true\n', encoding="utf-8")
    settings = config.load(toml_path=toml)
    assert (settings.db, settings.lang, settings.allow_http) == (Path("/from/toml.db"), "en", True)
    assert not settings.db_is_default
    monkeypatch.setenv("KIOSK_DB", "/from/env.db")
    assert config.load(toml_path=toml).db == Path("/from/env.db")
    assert config.load({"db": Path("/from/cli.db")}, toml_path=toml).db == Path("/from/cli.db")
    assert config.load({"db": None}, toml_path=toml).db == Path("/from/env.db")


def test_demo_clock_from_the_environment(monkeypatch):
    monkeypatch.setenv("KIOSK_DEMO_CLOCK", "2019-08-23T11:05")
    assert config.load().demo_clock == "2019-08-23T11:05"
