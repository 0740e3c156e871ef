"""A process killed (SIGKILL) in the middle of an import leaves all of it or none of it, and the kiosk starts.

About 20 rounds by default; `KIOSK_STRESS_ROUNDS=200` runs a longer stress, `KIOSK_STRESS_SEED` another schedule.
"""

import os
import random
import re
import shutil
import signal
from pathlib import Path

import pytest

from kiosk.core.catalog import content
from kiosk.core.operations import backup
from kiosk.core.store import database as kdb
from tests.helpers.killing import run_until_killed

ROUNDS = int(os.environ.get("KIOSK_STRESS_ROUNDS", "20"))
SEED = int(os.environ.get("KIOSK_STRESS_SEED", "2019"))

# Imports a sheet of every exhibitor with numbered descriptions in Thai and English until killed, printing each
# number once its import has committed.
CHILD = """
import csv, sys
from pathlib import Path
from kiosk.core.store import database as kdb
from kiosk.core.spreadsheets import imports

db = kdb.connect(sys.argv[1])
sheet = Path(sys.argv[2])
n = int(sys.argv[3])
names = db.execute("SELECT id, json_extract(name, '$.en') FROM organisation ORDER BY id").fetchall()
print("ready", flush=True)
while True:
    n += 1
    with open(sheet, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["id", "name_en", "description_en", "description_th"])
        for org_id, name in names:
            out.writerow([org_id, name, f"Edition {n} of {org_id}", f"รุ่น {n} ของ {org_id}"])
    report = imports.import_files(db, [sheet], kind="exhibitors", actor="crash-test")
    assert report.ok, report.summary()
    print(n, flush=True)
"""


def editions(path: Path) -> set[tuple[str, str]]:
    """The edition numbers the exhibitors' descriptions carry, (English, Thai), after a kill."""
    with kdb.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        found = set()
        for en, th in db.execute("SELECT json_extract(description, '$.en'), json_extract(description, '$.th') "
                                 "FROM organisation"):
            en_n = re.fullmatch(r"Edition (\d+) of .*", en or "")
            th_n = re.fullmatch(r"รุ่น (\d+) ของ .*", th or "")
            found.add((en_n.group(1) if en_n else "original", th_n.group(1) if th_n else "original"))
        return found


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_import_leaves_all_or_nothing_and_the_kiosk_starts(demo_db_file, tmp_path):
    path = tmp_path / "crash.db"
    shutil.copyfile(demo_db_file, path)
    schedule = random.Random(SEED)
    last = 0
    for round_ in range(ROUNDS):
        lines = run_until_killed(CHILD, [path, tmp_path / "exhibitors.csv", round_ * 1_000_000],
                                 schedule.uniform(0.0, 0.6))
        done = [int(line) for line in lines]
        found = editions(path)
        assert len(found) == 1, f"a mix of imports after the kill: {sorted(found)[:5]}"
        ((en, th),) = found
        assert en == th  # Thai and English from the same import
        if done:
            assert int(en) >= done[-1]  # a committed import is never lost
            last = int(en)
        elif en != "original":
            last = int(en)
        # the kiosk starts on it: the start-up path opens it without recovery, and the content reads
        db, recovery = backup.open_or_recover(path, tmp_path / "backups", quick_check=True)
        with db:
            assert recovery is None
            assert content.counts(db)["exhibitors"] == 34
    assert last > 0  # some imports did commit between the kills
