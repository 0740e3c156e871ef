"""Kiosks that edit while cut off from each other, and files that arrive late and in any order: once every file has
arrived everywhere, every kiosk holds the same content, no edit is lost and a losing edit stays in its entry's
history. Real databases (copies of the demo), real journals on disk, edits through the staff's own core API."""

import hashlib
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from kiosk.core.access.principal import Principal
from kiosk.core.common import files
from kiosk.core.editing import entries, gallery
from kiosk.core.fleet import journal, merge
from kiosk.core.fleet.node import Node
from kiosk.core.store import database as kdb
from kiosk.core.store import versions

ORGANIZER = Principal("org", "organizer")
KIOSKS = ("a", "b", "c")
TARGETS = [("city", "bangkok", "vision"), ("organisation", "huawei", "description"),
           ("project", "bang-sue-transport-hub", "title"), ("project", "bang-sue-transport-hub", "description")]
PROJECT = "bang-sue-transport-hub"
# What every kiosk must agree on: the visitor's content and every entry's history.
DIGESTED = {"city": "id", "organisation": "id", "project": "id", "kiosk_point": "id", "event": "id", "media": "id",
            "media_removed": "id", "entity_version": "entity_type, entity_id, version"}


class Wall:
    """A clock for each kiosk: the hall's time plus this kiosk's error."""

    def __init__(self, hall, offset=0.0):
        self.hall, self.offset = hall, offset

    def __call__(self):
        return self.hall[0] + self.offset


class Fleet:
    def __init__(self, base: Path, root: Path, offsets=None):
        self.base, self.root, self.hall = base, root, [1_566_450_000.0]
        self.offsets = offsets or {}
        self.nodes = {}
        for kiosk in KIOSKS:
            folder = root / kiosk
            folder.mkdir()
            shutil.copyfile(base, folder / "kiosk.db")
            self.open(kiosk)

    def open(self, kiosk):
        self.nodes[kiosk] = Node(kdb.connect(self.root / kiosk / "kiosk.db"), self.root / kiosk / "fleet", kiosk,
                                 now=Wall(self.hall, self.offsets.get(kiosk, 0.0)),
                                 media_root=self.root / kiosk / "media")

    def db(self, kiosk):
        return self.nodes[kiosk].db

    def later(self, seconds=1.0):
        self.hall[0] += seconds

    def deliver(self, source, target, pattern="**/*"):
        """What Syncthing does: the source kiosk's own journal files (entries, and pictures under media/) appear in
        the target's copy of that folder."""
        mine = self.root / source / "fleet" / "journals" / source
        theirs = self.root / target / "fleet" / "journals" / source
        for path in mine.glob(pattern):
            if path.is_file() and not (theirs / path.relative_to(mine)).exists():
                (theirs / path.relative_to(mine)).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, theirs / path.relative_to(mine))

    def sync(self, kiosk):
        node = self.nodes[kiosk]
        synced = node.sync()
        assert synced.problems == []
        if synced.rebuild_needed:  # what the kiosk does on its attract screen
            node.rebuild(self.base)
            assert node.sync().rebuild_needed is False

    def converge(self):
        for source in KIOSKS:
            for target in KIOSKS:
                if source != target:
                    self.deliver(source, target)
        for kiosk in KIOSKS:
            self.sync(kiosk)

    def digest(self, kiosk):
        db, h = self.db(kiosk), hashlib.sha256()
        for table, order in DIGESTED.items():
            columns = [c for c in db[table].columns_dict if c != "id" or table != "entity_version"]
            for row in db.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}"):
                h.update(repr(row).encode())
        return h.hexdigest()

    def close(self):
        for node in self.nodes.values():
            node.close()
            node.db.close()


def edit(fleet, kiosk, target, text):
    table, entity_id, field = target
    if table == "project" and not versions.exists(fleet.db(kiosk), "project", entity_id):
        return
    entries.publish(fleet.db(kiosk), ORGANIZER, table, entity_id, {field: {"en": text, "th": text}})


def toggle_project(fleet, kiosk):
    db = fleet.db(kiosk)
    if versions.exists(db, "project", PROJECT):
        entries.remove_project(db, ORGANIZER, PROJECT)
    else:
        entries.revert(db, ORGANIZER, "project", PROJECT, entries.history(db, "project", PROJECT)[0]["version"])


def test_two_kiosks_edit_the_same_field_cut_off_and_agree_once_they_meet(demo_db_file, tmp_path):
    fleet = Fleet(demo_db_file, tmp_path)
    try:
        edit(fleet, "a", TARGETS[0], "A's vision")
        fleet.later()
        edit(fleet, "b", TARGETS[0], "B's vision")  # later, but B has not seen A's edit
        edit(fleet, "c", TARGETS[1], "C's description")
        fleet.converge()
        assert len({fleet.digest(k) for k in KIOSKS}) == 1
        for kiosk in KIOSKS:
            db = fleet.db(kiosk)
            assert versions.current(db, "city", "bangkok")["vision"]["en"] == "B's vision"  # the later edit wins
            history = [v["data"] for v in db["entity_version"].rows_where("entity_id = 'bangkok'", order_by="version")]
            assert any("A's vision" in data for data in history)  # the losing edit is kept, Restore can bring it back
            assert versions.current(db, "organisation", "huawei")["description"]["en"] == "C's description"
    finally:
        fleet.close()


def test_a_kiosk_three_hours_fast_does_not_win_the_edits_made_after_its_own(demo_db_file, tmp_path):
    fleet = Fleet(demo_db_file, tmp_path, offsets={"a": 3 * 3600.0})
    try:
        edit(fleet, "a", TARGETS[0], "from the fast kiosk")
        fleet.converge()
        fleet.later(60)
        edit(fleet, "b", TARGETS[0], "a minute later at B")  # B has seen A's edit: B's is after it
        fleet.converge()
        for kiosk in KIOSKS:
            assert versions.current(fleet.db(kiosk), "city", "bangkok")["vision"]["en"] == "a minute later at B"
        assert fleet.nodes["b"].clock.ahead_of_wall_ms() > 2 * 3600 * 1000  # what the organizer is shown
    finally:
        fleet.close()


def test_an_entry_applied_twice_changes_nothing(demo_db_file, tmp_path):
    fleet = Fleet(demo_db_file, tmp_path)
    try:
        edit(fleet, "a", TARGETS[1], "Once.")
        fleet.converge()
        before = fleet.digest("b")
        found = journal.read(tmp_path / "b" / "fleet" / "journals")[0]
        assert merge.apply(fleet.db("b"), found) == 0
        assert fleet.digest("b") == before
    finally:
        fleet.close()


STEPS = st.lists(st.one_of(
    st.tuples(st.just("edit"), st.sampled_from(KIOSKS), st.sampled_from(TARGETS),
              st.text(alphabet="abcกขค ", min_size=1, max_size=6).filter(str.strip)),
    st.tuples(st.just("toggle"), st.sampled_from(KIOSKS)),
    st.tuples(st.just("deliver"), st.sampled_from(KIOSKS), st.sampled_from(KIOSKS)),
    st.tuples(st.just("sync"), st.sampled_from(KIOSKS)),
    st.tuples(st.just("later"), st.floats(min_value=0.0, max_value=5.0)),
), max_size=25)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS, fast=st.sampled_from([0.0, 3 * 3600.0, -3 * 3600.0]))
def test_any_edits_any_partitions_any_delivery_order_end_in_the_same_content(demo_db_file, tmp_path_factory, steps,
                                                                                 fast):
    fleet = Fleet(demo_db_file, tmp_path_factory.mktemp("fleet"), offsets={"c": fast})
    try:
        for step in steps:
            if step[0] == "edit":
                edit(fleet, step[1], step[2], step[3])
            elif step[0] == "toggle":
                toggle_project(fleet, step[1])
            elif step[0] == "deliver" and step[1] != step[2]:
                fleet.deliver(step[1], step[2])
            elif step[0] == "sync":
                fleet.sync(step[1])
            elif step[0] == "later":
                fleet.later(step[1])
        fleet.converge()
        assert len({fleet.digest(k) for k in KIOSKS}) == 1
        written = sum(1 for s in steps if s[0] in ("edit", "toggle"))
        assert len(fleet.nodes["a"].entries()) <= written  # nothing journalled twice
    finally:
        fleet.close()


def test_a_logo_added_at_one_kiosk_travels_with_its_file_and_waits_for_it(demo_db_file, tmp_path):
    picture = tmp_path / "logo.png"
    Image.new("RGB", (80, 40), "navy").save(picture)
    (tmp_path / "fleet").mkdir()
    fleet = Fleet(demo_db_file, tmp_path / "fleet")
    try:
        row = gallery.set_logo(fleet.db("a"), ORGANIZER, "organisation", "huawei", picture,
                               tmp_path / "fleet" / "a" / "media")
        fleet.deliver("a", "b", pattern="*.json")  # the entry arrives before its picture
        assert fleet.nodes["b"].sync().applied == 0  # and waits for it
        fleet.deliver("a", "b")
        assert fleet.nodes["b"].sync().applied == 1
        logo = gallery.media_of(fleet.db("b"), "organisation", "huawei")["logo"]
        assert logo["id"] == row["id"] and logo["sha256"] == row["sha256"]
        assert (tmp_path / "fleet" / "b" / "media" / logo["path"]).read_bytes() == \
            (tmp_path / "fleet" / "a" / "media" / row["path"]).read_bytes()
        gallery.remove_media(fleet.db("b"), ORGANIZER, row["id"])  # removed at B: gone at A too
        fleet.deliver("b", "a")
        fleet.sync("a")
        assert gallery.media_of(fleet.db("a"), "organisation", "huawei")["logo"] is None
        fleet.converge()
        assert len({fleet.digest(k) for k in KIOSKS}) == 1
    finally:
        fleet.close()


def test_a_full_disk_keeps_the_edit_and_journals_it_when_there_is_room(demo_db_file, tmp_path, monkeypatch):
    (tmp_path / "fleet").mkdir()
    fleet = Fleet(demo_db_file, tmp_path / "fleet")
    real = files.write_atomically

    def full(target, data, **kwargs):
        if "journals" in str(target):
            raise OSError(28, "No space left on device")
        return real(target, data, **kwargs)

    try:
        monkeypatch.setattr(files, "write_atomically", full)
        edit(fleet, "a", TARGETS[1], "Typed while the disk was full")
        assert versions.current(fleet.db("a"), "organisation", "huawei")["description"]["en"] == \
            "Typed while the disk was full"  # the staff member's edit is saved here
        problems = fleet.nodes["a"].sync().problems
        assert len(problems) == 1 and "wait to be journalled" in problems[0] and "No space left" in problems[0]
        assert fleet.nodes["a"].entries() == []
        monkeypatch.setattr(files, "write_atomically", real)  # room again
        assert fleet.nodes["a"].sync().problems == []
        fleet.deliver("a", "b")
        fleet.sync("b")
        assert versions.current(fleet.db("b"), "organisation", "huawei")["description"]["en"] == \
            "Typed while the disk was full"
    finally:
        fleet.close()


def test_a_photo_put_back_at_one_kiosk_comes_back_at_the_others(demo_db_file, tmp_path):
    picture = tmp_path / "photo.png"
    Image.new("RGB", (80, 40), "teal").save(picture)
    (tmp_path / "fleet").mkdir()
    fleet = Fleet(demo_db_file, tmp_path / "fleet")
    try:
        row = gallery.add_photo(fleet.db("a"), ORGANIZER, "city", "phuket", picture, tmp_path / "fleet" / "a" / "media")
        gallery.remove_media(fleet.db("a"), ORGANIZER, row["id"])
        fleet.deliver("a", "b")
        fleet.sync("b")
        assert gallery.media_of(fleet.db("b"), "city", "phuket")["photos"] == []
        gallery.restore_media(fleet.db("b"), ORGANIZER, row["id"])
        fleet.deliver("b", "a")
        fleet.sync("a")
        assert [p["id"] for p in gallery.media_of(fleet.db("a"), "city", "phuket")["photos"]] == [row["id"]]
        fleet.converge()
        assert len({fleet.digest(k) for k in KIOSKS}) == 1
    finally:
        fleet.close()
