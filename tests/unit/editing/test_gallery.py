"""Logos and photos through kiosk.core.editing.gallery: real images made with Pillow, the demo database, real files."""

import pytest
from PIL import Image

from kiosk.core.access.principal import Principal
from kiosk.core.catalog import content
from kiosk.core.common.errors import KioskError
from kiosk.core.editing import entries, gallery
from kiosk.core.editing.entries import Forbidden
from kiosk.core.editing.media import MediaError
from kiosk.core.operations import health

BANGKOK = Principal("s-bkk", "staff", "city", "bangkok")
HUAWEI = Principal("s-hw", "staff", "organisation", "huawei")
ORGANIZER = Principal("o-1", "organizer")
BANGKOK_PROJECT = "bang-sue-transport-hub"


@pytest.fixture
def db(writable_db):
    return writable_db


@pytest.fixture
def media_root(tmp_path):
    return tmp_path / "media"


@pytest.fixture
def picture(tmp_path):
    """Makes a small PNG of one colour; each colour is a different file (and so a different stored file)."""
    def make(colour=(200, 30, 30), size=(120, 80)):
        path = tmp_path / f"in-{'-'.join(map(str, colour))}-{size[0]}x{size[1]}.png"
        Image.new("RGB", size, colour).save(path)
        return path
    return make


def state(db):
    return {table: db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall() for table in ("media", "audit")}


def files_under(root):
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def actions(db):
    return [row[0] for row in db.execute("SELECT action FROM audit WHERE action IN "
                                         "('set-logo', 'add-photo', 'remove-media') ORDER BY id")]


# --- who may change what -------------------------------------------------------------------------

ALLOWED = [(BANGKOK, "city", "bangkok"), (BANGKOK, "project", BANGKOK_PROJECT), (HUAWEI, "organisation", "huawei"),
           (ORGANIZER, "city", "phuket"), (ORGANIZER, "organisation", "huawei"),
           (ORGANIZER, "project", BANGKOK_PROJECT)]
REFUSED = [(BANGKOK, "city", "phuket"), (BANGKOK, "organisation", "huawei"),
           (BANGKOK, "project", "phuket-city-data-platform"), (HUAWEI, "city", "bangkok"),
           (HUAWEI, "project", BANGKOK_PROJECT)]


@pytest.mark.parametrize("principal, entity_type, entity_id", ALLOWED)
def test_staff_and_organizer_attach_pictures_to_what_they_may_edit(db, media_root, picture, principal,
                                                                   entity_type, entity_id):
    logo = gallery.set_logo(db, principal, entity_type, entity_id, picture(), media_root)
    photo = gallery.add_photo(db, principal, entity_type, entity_id, picture((30, 30, 200)), media_root)
    found = gallery.media_of(db, entity_type, entity_id)
    assert found["logo"]["id"] == logo["id"]
    assert [p["id"] for p in found["photos"]] == [photo["id"]]
    assert logo["owner_type"] == entity_type and logo["updated_by"] == principal.actor
    gallery.remove_media(db, principal, photo["id"])
    assert gallery.media_of(db, entity_type, entity_id)["photos"] == []


@pytest.mark.parametrize("principal, entity_type, entity_id", REFUSED)
def test_staff_never_touch_another_booths_pictures(db, media_root, picture, principal, entity_type, entity_id):
    theirs = gallery.add_photo(db, ORGANIZER, entity_type, entity_id, picture(), media_root)
    before, files = state(db), files_under(media_root)
    with pytest.raises(Forbidden):
        gallery.set_logo(db, principal, entity_type, entity_id, picture((1, 2, 3)), media_root)
    with pytest.raises(Forbidden):
        gallery.add_photo(db, principal, entity_type, entity_id, picture((4, 5, 6)), media_root)
    with pytest.raises(Forbidden):
        gallery.remove_media(db, principal, theirs["id"])
    assert state(db) == before
    assert files_under(media_root) == files  # refused before any image was even read


def test_unknown_entries_are_refused(db, media_root, picture):
    with pytest.raises(KioskError, match="no city"):
        gallery.set_logo(db, ORGANIZER, "city", "atlantis", picture(), media_root)
    with pytest.raises(KioskError):
        gallery.add_photo(db, ORGANIZER, "booth", "c21", picture(), media_root)
    with pytest.raises(KioskError, match="does not exist"):
        gallery.remove_media(db, ORGANIZER, "0" * 32)


def test_a_removed_project_gets_no_pictures(db, media_root, picture):
    entries.remove_project(db, BANGKOK, BANGKOK_PROJECT)
    with pytest.raises(KioskError, match="no project"):
        gallery.add_photo(db, BANGKOK, "project", BANGKOK_PROJECT, picture(), media_root)


# --- logos and photos ----------------------------------------------------------------------------

def test_a_new_logo_replaces_the_old_one(db, media_root, picture):
    first = gallery.set_logo(db, BANGKOK, "city", "bangkok", picture((200, 0, 0)), media_root)
    second = gallery.set_logo(db, BANGKOK, "city", "bangkok", picture((0, 200, 0)), media_root)
    rows = db.execute("SELECT id, path FROM media WHERE owner_id = 'bangkok' AND kind = 'logo'").fetchall()
    assert rows == [(second["id"], second["path"])]
    assert first["path"] != second["path"]
    assert (media_root / first["path"]).is_file()  # files are kept: another row may share one
    assert gallery.media_of(db, "city", "bangkok")["logo"]["path"] == second["path"]
    assert actions(db) == ["set-logo", "set-logo"]
    audit = db.execute("SELECT actor, entity_type, entity_id, detail FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    assert audit == ("staff:s-bkk", "city", "bangkok", second["id"])


def test_the_row_describes_the_stored_file(db, media_root, picture):
    row = gallery.set_logo(db, BANGKOK, "city", "bangkok", picture(size=(1600, 400)), media_root)
    assert len(row["id"]) == 32 and int(row["id"], 16) >= 0  # uuid4 hex
    assert row["path"].startswith("logos/") and row["mime"] == "image/png"
    assert (row["width"], row["height"]) == (800, 200)  # logos are downscaled to 800 px
    with Image.open(media_root / row["path"]) as stored:
        assert stored.size == (800, 200)
    photo = gallery.add_photo(db, BANGKOK, "city", "bangkok", picture(), media_root)
    assert photo["path"].startswith("photos/") and photo["mime"] == "image/jpeg"


def test_at_most_six_photos(db, media_root, picture):
    for n in range(gallery.MAX_PHOTOS):
        gallery.add_photo(db, BANGKOK, "city", "bangkok", picture((n * 20, 0, 0)), media_root)
    before = state(db)
    with pytest.raises(KioskError, match="already has 6 photos") as refused:
        gallery.add_photo(db, BANGKOK, "city", "bangkok", picture((0, 0, 250)), media_root)
    assert not isinstance(refused.value, (MediaError, Forbidden))
    assert state(db) == before
    # The limit is per entry, and the logo does not count.
    gallery.set_logo(db, BANGKOK, "city", "bangkok", picture(), media_root)
    gallery.add_photo(db, BANGKOK, "project", BANGKOK_PROJECT, picture(), media_root)


def test_photos_come_in_the_order_they_were_added(db, media_root, picture):
    added = [gallery.add_photo(db, BANGKOK, "city", "bangkok", picture((n * 40, 90, 90)), media_root)
             for n in range(4)]
    assert [p["position"] for p in added] == [0, 1, 2, 3]
    gallery.remove_media(db, BANGKOK, added[1]["id"])
    later = gallery.add_photo(db, BANGKOK, "city", "bangkok", picture((9, 9, 9)), media_root)
    found = gallery.media_of(db, "city", "bangkok")
    assert [p["id"] for p in found["photos"]] == [added[0]["id"], added[2]["id"], added[3]["id"], later["id"]]
    assert found["logo"] is None
    assert gallery.media_of(db, "city", "phuket") == {"logo": None, "photos": []}


def test_remove_keeps_the_file_another_row_shares(db, media_root, picture):
    same = picture()
    mine = gallery.add_photo(db, BANGKOK, "city", "bangkok", same, media_root)
    theirs = gallery.add_photo(db, HUAWEI, "organisation", "huawei", same, media_root)
    assert mine["path"] == theirs["path"]  # content-addressed: one file
    gallery.remove_media(db, BANGKOK, mine["id"])
    assert db.execute("SELECT id FROM media").fetchall() == [(theirs["id"],)]
    assert (media_root / theirs["path"]).is_file()
    assert health.problems(db, media_root) == []
    assert actions(db) == ["add-photo", "add-photo", "remove-media"]
    detail = db.execute("SELECT entity_type, entity_id, detail FROM audit WHERE action = 'remove-media'").fetchone()
    assert detail == ("city", "bangkok", mine["id"])


@pytest.mark.parametrize("action", [gallery.set_logo, gallery.add_photo])
def test_a_refused_image_changes_nothing(db, media_root, picture, tmp_path, action):
    gallery.set_logo(db, BANGKOK, "city", "bangkok", picture(), media_root)
    gallery.add_photo(db, BANGKOK, "city", "bangkok", picture((0, 90, 0)), media_root)
    not_an_image = tmp_path / "photo.jpg"
    not_an_image.write_text("<html>not a picture</html>")
    before, files = state(db), files_under(media_root)
    with pytest.raises(MediaError) as refused:
        action(db, BANGKOK, "city", "bangkok", not_an_image, media_root)
    assert refused.value.reason == "format"
    assert state(db) == before
    assert files_under(media_root) == files


def test_health_names_a_missing_file(db, media_root, picture):
    logo = gallery.set_logo(db, BANGKOK, "city", "bangkok", picture(), media_root)
    gallery.add_photo(db, HUAWEI, "organisation", "huawei", picture((0, 0, 90)), media_root)
    assert health.problems(db, media_root) == []
    (media_root / logo["path"]).unlink()
    assert health.problems(db, media_root) == [
        f"The file of media {logo['id']} is missing: {media_root / logo['path']}."]


# --- what visitors see ---------------------------------------------------------------------------

def test_pages_carry_the_logo_and_photos(db, media_root, picture):
    logo = gallery.set_logo(db, BANGKOK, "city", "bangkok", picture(), media_root)
    photos = [gallery.add_photo(db, BANGKOK, "city", "bangkok", picture((n, 50, 50)), media_root) for n in (1, 2)]
    page = content.city(db, "bangkok", "en")
    assert page["logo"] == logo["path"]
    assert page["photos"] == [p["path"] for p in photos]
    project_logo = gallery.set_logo(db, BANGKOK, "project", BANGKOK_PROJECT, picture((5, 5, 5)), media_root)
    assert content.project(db, BANGKOK_PROJECT, "en")["logo"] == project_logo["path"]
    assert content.project(db, BANGKOK_PROJECT, "en")["photos"] == []
    huawei = gallery.add_photo(db, HUAWEI, "organisation", "huawei", picture((7, 7, 7)), media_root)
    assert content.organisation(db, "huawei", "en")["photos"] == [huawei["path"]]
    assert content.organisation(db, "huawei", "en")["logo"] == ""
    assert content.city(db, "phuket", "en")["logo"] == "" and content.city(db, "phuket", "en")["photos"] == []


# --- removed pictures come back; the same picture is not added twice ------------------------------

def test_a_removed_photo_is_kept_with_who_and_when_and_comes_back_in_its_place(db, media_root, picture):
    photos = [gallery.add_photo(db, BANGKOK, "city", "bangkok", picture((n * 60, 10, 10)), media_root)
              for n in range(3)]
    gallery.remove_media(db, BANGKOK, photos[1]["id"])
    assert [p["id"] for p in gallery.media_of(db, "city", "bangkok")["photos"]] == [photos[0]["id"], photos[2]["id"]]
    (removed,) = gallery.removed_of(db, "city", "bangkok")
    assert (removed["id"], removed["path"], removed["removed_by"]) == (photos[1]["id"], photos[1]["path"],
                                                                        "staff:s-bkk")
    assert removed["removed_at"]
    assert (media_root / photos[1]["path"]).is_file()  # the file stays while the picture can come back

    back = gallery.restore_media(db, BANGKOK, photos[1]["id"])
    assert back["id"] == photos[1]["id"] and back["updated_by"] == "staff:s-bkk"
    assert [p["id"] for p in gallery.media_of(db, "city", "bangkok")["photos"]] == [p["id"] for p in photos]
    assert gallery.removed_of(db, "city", "bangkok") == []
    assert [a for (a,) in db.execute("SELECT action FROM audit WHERE action LIKE '%media' ORDER BY id")] == \
        ["remove-media", "restore-media"]
    assert content.city(db, "bangkok", "en")["photos"] == [p["path"] for p in photos]  # visitors see it again


def test_a_replaced_logo_can_be_put_back_and_the_other_one_is_kept_in_turn(db, media_root, picture):
    first = gallery.set_logo(db, BANGKOK, "city", "bangkok", picture((200, 0, 0)), media_root)
    second = gallery.set_logo(db, BANGKOK, "city", "bangkok", picture((0, 200, 0)), media_root)
    assert [r["id"] for r in gallery.removed_of(db, "city", "bangkok")] == [first["id"]]
    gallery.restore_media(db, BANGKOK, first["id"])
    assert gallery.media_of(db, "city", "bangkok")["logo"]["id"] == first["id"]
    assert [r["id"] for r in gallery.removed_of(db, "city", "bangkok")] == [second["id"]]


def test_the_same_picture_is_not_added_twice(db, media_root, picture):
    same = picture()
    gallery.add_photo(db, BANGKOK, "city", "bangkok", same, media_root)
    gallery.set_logo(db, BANGKOK, "city", "bangkok", same, media_root)  # as the logo too: another file, allowed
    before = state(db)
    for action in (gallery.add_photo, gallery.set_logo):
        with pytest.raises(gallery.Refused) as refused:
            action(db, BANGKOK, "city", "bangkok", same, media_root)
        assert refused.value.reason == "duplicate"
    assert state(db) == before
    gallery.add_photo(db, BANGKOK, "project", BANGKOK_PROJECT, same, media_root)  # another entry may have it


def test_putting_back_is_refused_for_another_booth_a_full_entry_and_a_picture_it_has_again(db, media_root, picture):
    photo = gallery.add_photo(db, BANGKOK, "city", "bangkok", picture(), media_root)
    gallery.remove_media(db, BANGKOK, photo["id"])
    with pytest.raises(Forbidden):
        gallery.restore_media(db, HUAWEI, photo["id"])
    gallery.add_photo(db, BANGKOK, "city", "bangkok", picture(), media_root)  # the same picture, added again
    assert gallery.removed_of(db, "city", "bangkok") == []  # not offered twice
    with pytest.raises(gallery.Refused, match="already"):
        gallery.restore_media(db, BANGKOK, photo["id"])
    for n in range(gallery.MAX_PHOTOS - 1):
        gallery.add_photo(db, BANGKOK, "city", "bangkok", picture((n * 30, 99, 0)), media_root)
    other = gallery.add_photo(db, ORGANIZER, "city", "phuket", picture((1, 1, 1)), media_root)
    gallery.remove_media(db, ORGANIZER, other["id"])
    with pytest.raises(Forbidden):
        gallery.restore_media(db, BANGKOK, other["id"])
    with pytest.raises(KioskError, match="any more"):
        gallery.restore_media(db, BANGKOK, "0" * 32)
    taken_off = gallery.media_of(db, "city", "bangkok")["photos"][-1]
    gallery.remove_media(db, BANGKOK, taken_off["id"])
    gallery.add_photo(db, BANGKOK, "city", "bangkok", picture((7, 7, 7)), media_root)  # six again
    with pytest.raises(gallery.Refused) as refused:
        gallery.restore_media(db, BANGKOK, taken_off["id"])
    assert refused.value.reason == "full"
