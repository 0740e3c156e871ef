"""A process killed (SIGKILL) in the middle of Publish leaves the old or the new version, never a mix, and a
database the kiosk starts on.

About 20 rounds by default; `KIOSK_STRESS_ROUNDS=200` runs a longer stress, `KIOSK_STRESS_SEED` another schedule.
"""

import json
import os
import random
import re
import shutil
import signal
from pathlib import Path

import pytest

from kiosk.core.operations import backup
from kiosk.core.store import database as kdb
from kiosk.core.store import versions
from tests.helpers.killing import run_until_killed

ROUNDS = int(os.environ.get("KIOSK_STRESS_ROUNDS", "20"))
SEED = int(os.environ.get("KIOSK_STRESS_SEED", "2019"))

# Publishes numbered descriptions in Thai and English until killed, printing each finished version and number.
CHILD = """
import sys
from kiosk.core.store import database as kdb
from kiosk.core.editing import entries
from kiosk.core.access.principal import Principal

db = kdb.connect(sys.argv[1])
staff = Principal("crash-test", "staff", "organisation", "huawei")
n = int(sys.argv[2])
print("ready", flush=True)
while True:
    n += 1
    version = entries.publish(db, staff, "organisation", "huawei", {"description": {
        "th": f"รุ่น {n} หัวเว่ยปรับปรุงคำอธิบายบูธ", "en": f"Edition {n} of the Huawei booth description"}})
    print(version, n, flush=True)
"""


def check(path: Path, reported: int) -> int:
    """The database after a kill: sound, the row whole and equal to its latest version. Returns that version."""
    with kdb.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for table in ("search_name_tri", "search_text_tri"):
            db.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
        row = versions.current(db, "organisation", "huawei")
        last = db.execute("SELECT max(version) FROM entity_version WHERE entity_type = 'organisation' "
                          "AND entity_id = 'huawei'").fetchone()[0] or 0
        assert last >= reported
        if last == 0:
            return 0
        data = db.execute("SELECT data FROM entity_version WHERE entity_type = 'organisation' AND entity_id = 'huawei' "
                          "AND version = ?", [last]).fetchone()[0]
        assert row == json.loads(data)
        th = re.fullmatch(r"รุ่น (\d+) .*", row["description"]["th"]).group(1)
        en = re.fullmatch(r"Edition (\d+) .*", row["description"]["en"]).group(1)
        assert th == en
        indexed = [row[0] for row in db.execute(  # the Thai description is the text that starts with รุ่น
            "SELECT folded FROM search_text JOIN search_entity ON key = entity "
            "WHERE type = 'exhibitor' AND id = 'huawei' AND folded LIKE 'รุ่น %'")]
        assert len(indexed) == 1 and indexed[0].startswith(f"รุ่น {th} ")
        publishes = db.execute("SELECT count(*) FROM audit WHERE action = 'publish' AND entity_id = 'huawei'"
                               ).fetchone()[0]
        assert publishes == last - 1  # version 1 is the original
        return last


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_publish_leaves_the_old_or_the_new_version(demo_db_file, tmp_path):
    path = tmp_path / "crash.db"
    shutil.copyfile(demo_db_file, path)
    schedule = random.Random(SEED)
    last = 0
    for round_ in range(ROUNDS):
        done = [line.split() for line in run_until_killed(CHILD, [path, round_ * 1_000_000],
                                                          schedule.uniform(0.0, 0.25))]
        reported = int(done[-1][0]) if done else last
        assert all(int(version) > last for version, _ in done)
        last = check(path, reported)
        db, recovery = backup.open_or_recover(path, tmp_path / "backups", quick_check=True)  # the kiosk starts
        db.close()
        assert recovery is None
    assert last > ROUNDS  # the kills did fall among publishes
