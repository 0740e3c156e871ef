"""`kiosk fleet`: an organizer's laptop and a kiosk (two data folders on this machine) go from nothing to one show:
init, add-kiosk, join, publish, status, and a USB stick between them."""

import json
import shutil

from click.testing import CliRunner
from PIL import Image

from kiosk.cli.main import cli
from kiosk.core.fleet import syncthing


def on(machine, monkeypatch, *args):
    monkeypatch.setenv("KIOSK_DATA_DIR", str(machine))
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output + str(result.exception)
    return result.output


def test_from_one_laptop_and_a_kiosk_to_a_fleet(tmp_path, demo_db_file, monkeypatch):
    laptop, kiosk, stick = tmp_path / "laptop", tmp_path / "kiosk", tmp_path / "stick"
    stick.mkdir()
    for machine in (laptop, kiosk):
        machine.mkdir()
        shutil.copyfile(demo_db_file, machine / "show.db")
    on(laptop, monkeypatch, "organizer", "set-pin", "--db", laptop / "show.db")
    said = on(laptop, monkeypatch, "fleet", "init", "ascn-2019", "--listen", "127.0.0.1:22101", "--gui",
              "127.0.0.1:8501")
    assert "this machine is its organizer" in said
    said = on(laptop, monkeypatch, "fleet", "add-kiosk", "lobby", "--address", "127.0.0.1:22102", "--out",
              tmp_path / "lobby.join")
    assert "holds its key and the fleet's PIN secret" in said
    assert oct((tmp_path / "lobby.join").stat().st_mode & 0o777) == "0o600"
    said = on(kiosk, monkeypatch, "fleet", "join", tmp_path / "lobby.join", "--gui", "127.0.0.1:8502", "--db",
              kiosk / "show.db")
    assert "is kiosk lobby" in said
    assert (kiosk / "pepper").read_bytes() == (laptop / "pepper").read_bytes()  # every kiosk checks the same PINs
    assert 'kiosk_id = "lobby"' in (kiosk / "kiosk.toml").read_text()
    on(laptop, monkeypatch, "fleet", "add-kiosk", "hall-z", "--address", "127.0.0.1:22105", "--out", tmp_path / "z.join")
    elsewhere = tmp_path / "hall-z"
    elsewhere.mkdir()
    shutil.copyfile(demo_db_file, elsewhere / "show.db")
    said = on(elsewhere, monkeypatch, "fleet", "join", tmp_path / "z.join", "--db", elsewhere / "show.db")
    assert "hall-z is not a kiosk of the floor plan (lobby, front-west, stage)" in said
    assert not (elsewhere / "kiosk.toml").exists()  # it still starts: its place comes from the admin screen
    assert "Package 1 is ready" in on(laptop, monkeypatch, "fleet", "publish", "--db", laptop / "show.db")
    on(laptop, monkeypatch, "fleet", "usb", stick)
    assert "from it" in on(kiosk, monkeypatch, "fleet", "usb", stick)
    (kiosk / "fleet" / "status" / "lobby").mkdir(parents=True)
    Image.new("RGB", (108, 192), "teal").save(kiosk / "fleet" / "status" / "lobby" / "screen.png")
    status = json.loads(on(kiosk, monkeypatch, "fleet", "status", "--json", "--db", kiosk / "show.db", "--html",
                           tmp_path / "fleet.html"))
    page = (tmp_path / "fleet.html").read_text()
    assert "<h2>lobby</h2>" in page and 'src="data:image/png;base64,' in page and "No screenshot yet." in page
    assert status["me"] == "lobby" and status["newest_package"] == 1 and status["package_in_use"] is None
    assert [m["id"] for m in status["members"]] == ["organizer", "lobby"]  # hall-z came after: the roster tells


def test_a_second_fleet_or_a_kiosk_without_a_fleet_is_told_plainly(tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    runner = CliRunner()
    result = runner.invoke(cli, ["fleet", "add-kiosk", "lobby", "--address", "127.0.0.1:1", "--out", "x.join"])
    assert result.exit_code != 0 and "Only the organizer's machine adds kiosks" in str(result.exception)
    assert runner.invoke(cli, ["fleet", "init", "a", "--listen", "127.0.0.1:22103"]).exit_code == 0
    again = runner.invoke(cli, ["fleet", "init", "b", "--listen", "127.0.0.1:22103"])
    assert again.exit_code != 0 and "already in a fleet" in str(again.exception)


def test_doctor_says_when_a_fleet_member_has_no_syncthing(tmp_path, demo_db_file, monkeypatch):
    shutil.copyfile(demo_db_file, tmp_path / "show.db")
    on(tmp_path, monkeypatch, "fleet", "init", "ascn-2019", "--listen", "127.0.0.1:22104")
    monkeypatch.setattr(syncthing, "available", lambda: False)
    result = CliRunner().invoke(cli, ["doctor", "--db", str(tmp_path / "show.db")])
    assert result.exit_code == 1
    assert "Syncthing is not installed: it runs on its own" in result.output
