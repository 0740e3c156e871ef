"""Content packages: made from a consistent snapshot with the media they use; a package still arriving, truncated or
tampered with is named and never used; a kiosk starts from the newest good one with every journal entry it lacks
applied on top; a rollback makes an older one current again."""

import json
import re
import shutil

import pytest
from PIL import Image

from kiosk.core.access.principal import Principal
from kiosk.core.common.errors import KioskError
from kiosk.core.editing import entries, gallery
from kiosk.core.fleet import package
from kiosk.core.fleet.node import Node
from kiosk.core.fleet.running import Running
from kiosk.core.store import database as kdb
from kiosk.core.store import versions
from tests.helpers import fleet

ORGANIZER = Principal("org", "organizer")


@pytest.fixture
def organizer(demo_db_file, tmp_path):
    path = tmp_path / "organizer.db"
    shutil.copyfile(demo_db_file, path)
    with kdb.connect(path) as db:
        yield db


def test_a_package_holds_the_show_and_its_pictures_and_checks_out(organizer, tmp_path):
    picture = tmp_path / "logo.png"
    Image.new("RGB", (64, 64), "teal").save(picture)
    media = tmp_path / "media"
    gallery.set_logo(organizer, ORGANIZER, "organisation", "huawei", picture, media)
    entries.publish(organizer, ORGANIZER, "city", "bangkok", {"vision": {"en": "In package 1."}})
    made = package.publish(organizer, tmp_path / "packages", media, "organizer")
    assert made.version == 1 and (tmp_path / "packages" / "1" / "manifest.json").exists()
    assert any(name.startswith("media/") for name in made.manifest["files"])
    checked = package.check(made.folder)
    assert checked.version == 1
    with kdb.connect(checked.content, migrate=False) as db:
        assert versions.current(db, "city", "bangkok")["vision"]["en"] == "In package 1."
    assert package.publish(organizer, tmp_path / "packages", media, "organizer").version == 2


@pytest.mark.parametrize("harm, says", [
    ("no manifest", "not complete yet (no manifest)"),
    ("truncated", "does not match its checksum"),
    ("missing file", "has not arrived"),
    ("tampered manifest", "does not match its checksum"),
])
def test_a_package_still_arriving_or_damaged_is_named_and_the_older_one_kept(organizer, tmp_path, harm, says):
    packages = tmp_path / "packages"
    package.publish(organizer, packages, None, "organizer")
    entries.publish(organizer, ORGANIZER, "city", "bangkok", {"vision": {"en": "Only in package 2."}})
    second = package.publish(organizer, packages, None, "organizer")
    content = second.folder / "content.db"
    if harm == "no manifest":
        (second.folder / "manifest.json").unlink()
    elif harm == "truncated":
        content.write_bytes(content.read_bytes()[:4096])
    elif harm == "missing file":
        content.unlink()
    else:
        manifest = json.loads((second.folder / "manifest.json").read_text())
        manifest["files"]["content.db"] = "0" * 64
        (second.folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(KioskError, match=re.escape(says)):
        package.check(second.folder)
    newest, problems = package.newest(packages)
    assert newest.version == 1
    assert len(problems) == 1 and "Package 2" in problems[0]


def test_a_kiosk_takes_the_package_and_keeps_its_own_newer_edits(organizer, demo_db_file, tmp_path):
    kiosk_db = tmp_path / "kiosk.db"
    shutil.copyfile(demo_db_file, kiosk_db)
    with kdb.connect(kiosk_db) as db:
        node = Node(db, tmp_path / "fleet", "lobby")
        entries.publish(db, ORGANIZER, "organisation", "huawei", {"short_name": "Typed at the kiosk"})
        entries.publish(organizer, ORGANIZER, "city", "bangkok", {"vision": {"en": "From the organizer."}})
        made = package.publish(organizer, tmp_path / "packages", None, "organizer")
        synced = node.take(package.check(made.folder), tmp_path / "media")
        assert synced.problems == []
        assert versions.current(db, "city", "bangkok")["vision"]["en"] == "From the organizer."
        assert versions.current(db, "organisation", "huawei")["short_name"] == "Typed at the kiosk"
        assert node.package_version() == 1
        node.close()


def test_a_rollback_makes_an_older_package_current_again(organizer, tmp_path):
    packages = tmp_path / "packages"
    entries.publish(organizer, ORGANIZER, "city", "bangkok", {"vision": {"en": "Good."}})
    package.publish(organizer, packages, None, "organizer")
    entries.publish(organizer, ORGANIZER, "city", "bangkok", {"vision": {"en": "A mistake."}})
    package.publish(organizer, packages, None, "organizer")
    back = package.rollback(packages, 1, "organizer")
    newest, _ = package.newest(packages)
    assert back.version == newest.version == 3 and newest.manifest["note"] == "rollback to 1"
    with kdb.connect(newest.content, migrate=False) as db:
        assert versions.current(db, "city", "bangkok")["vision"]["en"] == "Good."


def test_a_running_kiosk_leaves_a_damaged_package_and_takes_it_once_it_is_whole(organizer, demo_db_file, tmp_path):
    _, folder = fleet.joined(tmp_path)
    entries.publish(organizer, ORGANIZER, "city", "bangkok", {"vision": {"en": "Whole at last."}})
    made = package.publish(organizer, tmp_path / "made", None, "organizer")
    shutil.copytree(made.folder, folder / "packages" / "1")
    content = folder / "packages" / "1" / "content.db"
    content.write_bytes(content.read_bytes()[: content.stat().st_size // 2])  # half arrived
    kiosk_db = tmp_path / "kiosk.db"
    shutil.copyfile(demo_db_file, kiosk_db)
    clock = [0.0]
    with kdb.connect(kiosk_db) as db:
        running = Running(db, folder, tmp_path / "media", use_syncthing=False, monotonic=lambda: clock[0])
        running.start()
        try:
            for _ in range(20):
                running.tick(idle=True)
                running._worker.submit(lambda: None).result()  # let the worker finish its look
            assert running.node.package_version() is None
            assert running.problems == ["Package 1 is still arriving."]
            whole = (made.folder / "content.db").read_bytes()
            content.write_bytes(whole[:100] + bytes(len(whole) - 100))  # all there, but damaged
            for _ in range(4):
                running.tick(idle=True)
                running._worker.submit(lambda: None).result()
            assert running.node.package_version() is None
            assert any("Package 1 is damaged" in p for p in running.problems)
            shutil.copyfile(made.folder / "content.db", content)  # a good copy arrives
            clock[0] += 61  # and it is looked at again
            for _ in range(4):
                running.tick(idle=True)
                running._worker.submit(lambda: None).result()
            assert running.node.package_version() == 1 and running.problems == []
            assert versions.current(db, "city", "bangkok")["vision"]["en"] == "Whole at last."
        finally:
            running.stop()
