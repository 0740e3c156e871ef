"""A kiosk killed (SIGKILL) while it writes its journal or while it takes a content package: on restart the database
passes integrity_check, the journal holds no torn entry and goes on numbering, and the content is the old package's
or the new one's, never a mix."""

import random
import shutil

from kiosk.core.access.principal import Principal
from kiosk.core.editing import entries
from kiosk.core.fleet import journal, package
from kiosk.core.fleet.node import Node
from kiosk.core.store import database as kdb
from kiosk.core.store import versions
from tests.helpers.killing import run_until_killed

ROUNDS = 6
ORGANIZER = Principal("org", "organizer")

JOURNALLING = """
import sys
from pathlib import Path
from kiosk.core.access.principal import Principal
from kiosk.core.editing import entries
from kiosk.core.fleet.node import Node
from kiosk.core.store import database as kdb

db = kdb.connect(sys.argv[1])
node = Node(db, Path(sys.argv[2]), "lobby")
print("ready", flush=True)
n = 0
while True:
    n += 1
    entries.publish(db, Principal("o", "organizer"), "organisation", "huawei", {"short_name": f"Edit {n}"})
"""

TAKING = """
import sys
from pathlib import Path
from kiosk.core.fleet import package
from kiosk.core.fleet.node import Node
from kiosk.core.store import database as kdb

db = kdb.connect(sys.argv[1])
node = Node(db, Path(sys.argv[2]), "lobby")
first, second = (package.check(Path(sys.argv[3]) / v) for v in ("1", "2"))
print("ready", flush=True)
while True:
    for made in (first, second):
        node.take(made, Path(sys.argv[4]))
"""


def test_a_kiosk_killed_while_journalling_leaves_no_torn_entry_and_goes_on(demo_db_file, tmp_path):
    rng = random.Random(2019)
    db_file, fleet = tmp_path / "kiosk.db", tmp_path / "fleet"
    shutil.copyfile(demo_db_file, db_file)
    for _ in range(ROUNDS):
        run_until_killed(JOURNALLING, [db_file, fleet], rng.uniform(0.3, 1.2))
        found, problems = journal.read(fleet / "journals")
        assert problems == []  # a file being written is never read as an entry
        assert [e.seq for e in found] == list(range(1, len(found) + 1))
        with kdb.connect(db_file) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            published = db.execute("SELECT count(*) FROM audit WHERE action = 'publish'").fetchone()[0]
            assert len(found) <= published <= len(found) + 1  # at most the one committed as it died, still queued
            Node(db, fleet, "lobby").close()  # the next start journals what was queued
            found, problems = journal.read(fleet / "journals")
            assert problems == [] and len(found) == published  # every edit made here is in the journal
            assert [e.seq for e in found] == list(range(1, len(found) + 1))
            assert len({e.stamp for e in found}) == len(found)  # none twice
    assert len(found) > ROUNDS


def test_a_kiosk_killed_while_taking_a_package_has_one_package_or_the_other(demo_db_file, tmp_path):
    rng = random.Random(22)
    db_file, fleet, packages = tmp_path / "kiosk.db", tmp_path / "fleet", tmp_path / "packages"
    shutil.copyfile(demo_db_file, db_file)
    organizer = tmp_path / "organizer.db"
    shutil.copyfile(demo_db_file, organizer)
    with kdb.connect(organizer) as db:
        for text in ("Package one.", "Package two."):
            entries.publish(db, ORGANIZER, "city", "bangkok", {"vision": {"en": text}})
            package.publish(db, packages, None, "organizer")
    for _ in range(ROUNDS):
        run_until_killed(TAKING, [db_file, fleet, packages, tmp_path / "media"], rng.uniform(0.3, 1.5))
        with kdb.connect(db_file) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            vision = versions.current(db, "city", "bangkok")["vision"]["en"]
            assert vision in ("Package one.", "Package two.") or "Package" not in vision
            node = Node(db, fleet, "lobby")
            node.take(package.check(packages / "2"), tmp_path / "media")  # the next start takes it whole
            assert versions.current(db, "city", "bangkok")["vision"]["en"] == "Package two."
            node.close()
