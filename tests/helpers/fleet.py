"""A fleet of kiosks on one machine for tests and benchmarks: each with a copy of a database, a journal, a real
Syncthing on 127.0.0.1 (free ports, a home of its own), all sharing their journals with each other."""

import contextlib
import shutil
import socket
import time
from pathlib import Path

from kiosk.core.fleet import setup, syncthing
from kiosk.core.fleet.node import Node
from kiosk.core.fleet.syncthing import Syncthing
from kiosk.core.store import database as kdb


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(check, what, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.02)
    raise AssertionError(f"{what} did not happen within {timeout:.0f} s")


class Kiosk:
    def __init__(self, kiosk_id, base, root):
        self.id = kiosk_id
        self.folder = root / kiosk_id
        self.folder.mkdir()
        self.base, self.db_path = base, self.folder / "kiosk.db"
        shutil.copyfile(base, self.db_path)
        self.st = Syncthing(self.folder / "syncthing", gui=f"127.0.0.1:{free_port()}",
                            listen=f"127.0.0.1:{free_port()}", lan_discovery=False)
        self.device = self.st.generate()
        self.open()

    def open(self):
        self.node = Node(kdb.connect(self.db_path), self.folder / "fleet", self.id,
                         announce=lambda: self.st.scan(f"journal-{self.id}"))

    @property
    def db(self):
        return self.node.db

    def sync(self):
        synced = self.node.sync()
        if synced.rebuild_needed:
            synced = self.node.rebuild(self.base)
        assert synced.problems == []
        return synced

    def close(self):
        self.node.close()
        self.node.db.close()
        self.st.stop()


@contextlib.contextmanager
def mesh(base: Path, root: Path, kiosk_ids=("a", "b", "c")):
    """Kiosks that each send their own journal and receive every other's; stopped by process id at the end."""
    assert syncthing.available(), "make test installs Syncthing (Debian package syncthing)"
    kiosks = {k: Kiosk(k, base, root) for k in kiosk_ids}
    try:
        for k in kiosks.values():
            k.st.start()
        for k in kiosks.values():
            others = [o for o in kiosks.values() if o is not k]
            for o in others:
                k.st.add_device(o.device, o.id, [f"tcp://{o.st.listen}"])
            k.st.add_folder(f"journal-{k.id}", k.folder / "fleet" / "journals" / k.id, "sendonly",
                            [o.device for o in others])
            for o in others:
                k.st.add_folder(f"journal-{o.id}", k.folder / "fleet" / "journals" / o.id, "receiveonly", [o.device])
        for k in kiosks.values():
            wait_for(lambda k=k: len(k.st.connected()) == len(kiosks) - 1, f"kiosk {k.id} connected to the others")
        yield kiosks
    finally:
        for k in kiosks.values():
            k.close()


def joined(root: Path, kiosk_id: str = "lobby") -> tuple[Path, Path]:
    """An organizer's fleet folder and a kiosk's that joined it with a join file (real Syncthing identities, nothing
    started); every machine shares the PIN secret at root/pepper."""
    (root / "pepper").write_bytes(b"p" * 32)
    laptop, kiosk = root / "laptop", root / "kiosk-fleet"
    setup.init(laptop, "ascn-2019", "127.0.0.1:22001", "127.0.0.1:8385")
    setup.add_kiosk(laptop, kiosk_id, "127.0.0.1:22002", root / f"{kiosk_id}.join", root / "pepper")
    setup.join(kiosk, root / f"{kiosk_id}.join", root / "pepper", "127.0.0.1:8386")
    return laptop, kiosk
