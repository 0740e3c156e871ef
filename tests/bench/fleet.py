"""The fleet's figures: a staff edit at one kiosk until it is in both other kiosks' databases, three kiosks with
real Syncthing on 127.0.0.1; and what an idle kiosk's Syncthing costs."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from kiosk.core.access.principal import Principal
from kiosk.core.editing import entries
from kiosk.core.store import versions
from tests.helpers import fleet

ORGANIZER = Principal("bench", "organizer")
EDITS = 25


def edit_to_every_kiosk(base: Path) -> dict:
    """Seconds from the edit's publish returning at one kiosk (in turn) to it being in both others' databases."""
    times = []
    with tempfile.TemporaryDirectory() as root, fleet.mesh(base, Path(root)) as kiosks:
        order = list(kiosks.values())
        time.sleep(1.0)  # let the first connections settle
        for n in range(EDITS):
            source = order[n % len(order)]
            others = [k for k in order if k is not source]
            text = f"Bench edit {n} at {source.id}"
            started = time.perf_counter()
            entries.publish(source.db, ORGANIZER, "organisation", "huawei", {"description": {"en": text}})

            def arrived(k):
                k.sync()
                return versions.current(k.db, "organisation", "huawei")["description"].get("en") == text

            fleet.wait_for(lambda: all(arrived(k) for k in others), "the edit everywhere")
            times.append(time.perf_counter() - started)
            time.sleep(0.3)  # a staff member's pace, not a burst
        idle = _idle_cost(order[0].st.process.pid, seconds=10.0)
    return {"times": times, **idle}


def _idle_cost(pid: int, seconds: float) -> dict:
    """CPU (share of one core) and resident memory of a Syncthing (its monitor and the child) while nothing happens."""
    pids = [pid] + [int(c) for t in Path(f"/proc/{pid}/task").iterdir()
                    for c in (t / "children").read_text().split()]

    def cpu() -> float:
        ticks = 0
        for p in pids:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])
        return ticks / os.sysconf("SC_CLK_TCK")

    before = cpu()
    time.sleep(seconds)
    used = cpu() - before
    rss = sum(int(line.split()[1]) for p in pids for line in Path(f"/proc/{p}/status").read_text().splitlines()
              if line.startswith("VmRSS:")) / 1024
    return {"idle_cpu_percent": 100 * used / seconds, "rss_mb": rss}


def package_to_every_kiosk(base: Path, kiosks: int = 3) -> dict:
    """Seconds from `kiosk fleet publish` starting on the organizer's machine to every kiosk showing the package
    (made, moved by Syncthing, checked, taken on the attract screen); and how long one kiosk's take held its thread."""
    from kiosk.core.fleet import package, setup
    from kiosk.core.fleet.running import Running
    from kiosk.core.store import database as kdb

    def address() -> str:
        return f"127.0.0.1:{fleet.free_port()}"

    with tempfile.TemporaryDirectory() as root:
        root = Path(root)
        (root / "pepper").write_bytes(b"b" * 32)
        names = ["laptop", *(f"k{i}" for i in range(kiosks))]
        for name in names:
            (root / name).mkdir()
            shutil.copyfile(base, root / name / "show.db")
        setup.init(root / "laptop" / "fleet", "bench", address(), address())
        for name in names[1:]:
            setup.add_kiosk(root / "laptop" / "fleet", name, address(), root / f"{name}.join", root / "pepper")
            setup.join(root / name / "fleet", root / f"{name}.join", root / name / "pepper", address())
        machines = {}
        try:
            for name in names:
                db = kdb.connect(root / name / "show.db")
                machines[name] = Running(db, root / name / "fleet", root / name / "media")
                machines[name].start()
            fleet.wait_for(lambda: all(len(m.syncthing.connected()) >= 1 for m in machines.values()), "connected")
            started = time.perf_counter()
            package.publish(machines["laptop"].node.db, root / "laptop" / "fleet" / "packages", None, "bench")
            holds = []

            def everywhere() -> bool:
                for name in names[1:]:
                    m = machines[name]
                    if m.node.package_version() != 1:
                        t = time.perf_counter()
                        m.tick(idle=True)
                        if m.node.package_version() == 1:
                            holds.append(time.perf_counter() - t)
                return all(machines[n].node.package_version() == 1 for n in names[1:])

            fleet.wait_for(everywhere, "the package at every kiosk", timeout=600)
            return {"seconds": time.perf_counter() - started, "take_s": max(holds), "mb": base.stat().st_size / 1e6}
        finally:
            for m in machines.values():
                m.stop()
                m.node.db.close()
