"""The whole way, with real Syncthing on 127.0.0.1: an organizer makes a fleet and two join files, the kiosks join,
the organizer publishes a package and every kiosk takes it; a staff edit at one kiosk reaches the other and the
organizer's master copy; a kiosk added later is learnt from the roster."""

import shutil
import socket

import pytest

from kiosk.core.access.principal import Principal
from kiosk.core.analytics import events
from kiosk.core.editing import entries
from kiosk.core.fleet import package, setup, status, syncthing
from kiosk.core.fleet.running import Running
from kiosk.core.store import database as kdb
from kiosk.core.store import versions
from tests.helpers.fleet import wait_for

ORGANIZER = Principal("org", "organizer")


def address() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"127.0.0.1:{s.getsockname()[1]}"


class Machine:
    def __init__(self, root, name, demo_db_file):
        self.data = root / name
        self.data.mkdir()
        self.db_file = self.data / "show.db"
        shutil.copyfile(demo_db_file, self.db_file)
        self.running = None

    def run(self):
        self.db = kdb.connect(self.db_file)
        self.running = Running(self.db, self.data / "fleet", self.data / "media", analytics=self.data / "analytics.db")
        self.running.start()
        assert self.running.problems == []

    def tick(self):
        self.running.tick(idle=True)
        return self

    def stop(self):
        if self.running is not None:
            self.running.stop()
            self.db.close()


@pytest.fixture
def machines(tmp_path, demo_db_file):
    assert syncthing.available(), "make test installs Syncthing (Debian package syncthing)"
    made = {name: Machine(tmp_path, name, demo_db_file) for name in ("laptop", "a", "b")}
    yield made
    for machine in made.values():
        machine.stop()
    for machine in made.values():
        if machine.running and machine.running.syncthing:
            assert machine.running.syncthing.process.poll() is not None, "Syncthing stopped"


def test_from_nothing_to_a_fleet_in_step(machines, tmp_path):
    laptop, a, b = machines["laptop"], machines["a"], machines["b"]
    pepper = tmp_path / "pepper"
    pepper.write_bytes(b"s" * 32)
    setup.init(laptop.data / "fleet", "ascn-2019", address(), address())
    setup.add_kiosk(laptop.data / "fleet", "a", address(), tmp_path / "a.join", pepper)
    setup.join(a.data / "fleet", tmp_path / "a.join", a.data / "pepper", address())
    laptop.run()
    a.run()
    with kdb.connect(laptop.db_file) as db:
        entries.publish(db, ORGANIZER, "city", "bangkok", {"vision": {"en": "Package one."}})
        package.publish(db, laptop.data / "fleet" / "packages", None, "organizer")
    wait_for(lambda: a.tick().running.node.package_version() == 1, "kiosk a takes package 1")
    assert versions.current(a.db, "city", "bangkok")["vision"]["en"] == "Package one."

    setup.add_kiosk(laptop.data / "fleet", "b", address(), tmp_path / "b.join", pepper)  # after a joined
    setup.join(b.data / "fleet", tmp_path / "b.join", b.data / "pepper", address())
    laptop.tick()
    b.run()
    wait_for(lambda: "b" in {m.id for m in a.tick().running.fleet.members}, "kiosk a learns of kiosk b")
    wait_for(lambda: b.tick().running.node.package_version() == 1, "kiosk b takes package 1")

    entries.publish(a.db, ORGANIZER, "organisation", "huawei", {"short_name": "Typed at kiosk a"})

    def everywhere():
        return all(versions.current(m.tick().running.node.db, "organisation", "huawei")["short_name"]
                   == "Typed at kiosk a" for m in (b, laptop))

    wait_for(everywhere, "kiosk a's edit at kiosk b and in the organizer's master copy")

    a.running.beat()
    wait_for(lambda: status.read(laptop.data / "fleet").get("a", {}).get("journal") == 1,
             "kiosk a's heartbeat on the laptop")
    beat = status.read(laptop.data / "fleet")["a"]
    assert beat["package"] == 1 and beat["free_disk_mb"] > 0 and beat["last_problem"] is None

    visits = events.Recorder(a.data / "analytics.db", "a")  # visitors at kiosk a
    visits.session_start()
    visits.page("city", "bangkok")
    visits.close()
    a.running.send_counts()
    arrived = laptop.data / "fleet" / "analytics" / "a" / "analytics.db"
    wait_for(arrived.exists, "kiosk a's visitor counts on the laptop")
    counts = events.stats(events.find_files([laptop.data / "fleet" / "analytics"]))
    assert counts["pages"][0]["id"] == "bangkok"

    b_device = b.running.fleet.member("b").device
    setup.remove_kiosk(laptop.data / "fleet", "b")  # a lost kiosk

    def shut_out():
        for machine in (laptop, a):
            machine.tick()
        return all(b_device not in {d["deviceID"] for d in m.running.syncthing.rest("GET", "/rest/config/devices")}
                   for m in (laptop, a))

    wait_for(shut_out, "kiosk b taken out at the laptop and at kiosk a")
    wait_for(lambda: b.running.syncthing.connected() == [], "kiosk b connected to no one")
