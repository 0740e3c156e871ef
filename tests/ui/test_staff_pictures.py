"""A booth's logo and photos at the kiosk, through the real QML: removal undone and removed pictures put back, the same
picture refused twice, a busy sign while a large photo is prepared (the screen keeps painting and nothing above the
picker moves), and the line that says where pictures are looked for."""

import threading

import pytest
from PIL import Image
from PySide6.QtCore import QPointF

from kiosk.core.access.principal import Principal
from kiosk.core.editing import gallery, media
from kiosk.core.store import database as kdb
from tests.ui.test_staff import open_screen

ORGANIZER = Principal("o", "organizer")


@pytest.fixture
def media_root(tmp_path):
    return tmp_path / "media"


@pytest.fixture
def stick(tmp_path):
    """A USB stick's folder with a small logo, a photo and a large (6000 × 4000) camera photo."""
    folder = tmp_path / "stick" / "DCIM"
    folder.mkdir(parents=True)
    Image.new("RGB", (600, 300), "navy").save(folder / "a-logo.png")
    Image.new("RGB", (1200, 900), "orange").save(folder / "b-photo.jpg", quality=80)
    Image.new("RGB", (6000, 4000), "teal").save(folder / "c-camera.jpg", quality=70)
    return tmp_path / "stick"


@pytest.fixture
def bangkok_with_pictures(staff_db, tmp_path, media_root):
    """Bangkok with a logo and two photos (put there by the organizer); the path and the booth's PIN."""
    path, pin, _ = staff_db
    sources = []
    for name, colour in [("logo.png", (200, 30, 30)), ("one.png", (30, 120, 30)), ("two.png", (30, 30, 160))]:
        Image.new("RGB", (400, 300), colour).save(tmp_path / name)
        sources.append(tmp_path / name)
    with kdb.connect(path) as db:
        gallery.set_logo(db, ORGANIZER, "city", "bangkok", sources[0], media_root)
        for source in sources[1:]:
            gallery.add_photo(db, ORGANIZER, "city", "bangkok", source, media_root)
    return path, pin


def photos(path):
    with kdb.connect(path) as db:
        return [row["id"] for row in gallery.media_of(db, "city", "bangkok")["photos"]]


def open_pictures(kiosk, pin):
    assert kiosk.kiosk.staff.signIn("C21", pin)
    open_screen(kiosk, "staffPictures", "city:bangkok")
    kiosk.wait_for_screen("staffPicturesScreen")


def test_a_removed_photo_comes_back_with_undo_and_a_removed_logo_from_the_removed_pictures(
        start_kiosk, bangkok_with_pictures, media_root, tmp_path):
    path, pin = bangkok_with_pictures
    before = photos(path)
    kiosk = start_kiosk(path, lang="en", screen="home", media_root=media_root, picture_folders=[tmp_path / "none"])
    open_pictures(kiosk, pin)
    assert not [i for i in kiosk.find_all("undoRemove") if i.isVisible()]

    kiosk.tap("removePhoto-0")
    assert photos(path) == before[1:]
    assert kiosk.visible_item("picturesNotice").property("text") == \
        "The photo was removed. Visitors no longer see it."
    with kdb.connect(path) as db:
        (removed,) = gallery.removed_of(db, "city", "bangkok")
    assert removed["id"] == before[0] and removed["removed_by_name"] == "Somchai"
    assert (media_root / removed["path"]).is_file()  # kept while it can come back
    kiosk.tap("undoRemove")
    assert photos(path) == before  # back in its place
    assert kiosk.visible_item("picturesNotice").property("text") == "Put back. Visitors see it again."
    assert not [i for i in kiosk.find_all("undoRemove") if i.isVisible()]

    with kdb.connect(path) as db:
        logo = gallery.media_of(db, "city", "bangkok")["logo"]["id"]
    kiosk.tap("removeLogo")
    assert not [i for i in kiosk.find_all("currentLogo") if i.isVisible()]
    assert kiosk.visible_item("picturesNotice").property("text") == "The logo was removed. Visitors no longer see it."
    kiosk.swipe_until_visible("picturesFlick", "putBack-0")
    captions = kiosk.texts_in(kiosk.visible_item("removedPictures"))
    assert [t for t in captions if t.startswith("Logo · removed ") and t.endswith(" by Somchai")]
    kiosk.tap("putBack-0")
    with kdb.connect(path) as db:
        assert gallery.media_of(db, "city", "bangkok")["logo"]["id"] == logo
        assert gallery.removed_of(db, "city", "bangkok") == []
    assert not [i for i in kiosk.find_all("putBack-0") if i.isVisible()]


def add_picked(kiosk, index, button="addAsPhoto"):
    kiosk.swipe_until_visible("picturesFlick", f"pick-{index}")
    kiosk.tap(f"pick-{index}")
    kiosk.swipe_until_visible("picturesFlick", button, step=300)
    kiosk.tap(button)


def test_the_same_picture_is_not_added_twice(start_kiosk, staff_db, media_root, stick):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="th", screen="home", media_root=media_root, picture_folders=[stick])
    open_pictures(kiosk, pin)
    add_picked(kiosk, 1)
    kiosk.qtbot.waitUntil(lambda: not kiosk.kiosk.staff.pictureBusy)
    assert len(photos(path)) == 1
    kiosk.tap("addAsPhoto")
    kiosk.qtbot.waitUntil(lambda: not kiosk.kiosk.staff.pictureBusy)
    kiosk.settle()
    assert kiosk.visible_item("picturesNotice").property("text") == "รูปนี้มีอยู่แล้ว จึงไม่ได้เพิ่มซ้ำ"
    assert kiosk.screen().property("failed")
    assert len(photos(path)) == 1


def test_a_large_photo_shows_a_busy_sign_at_once_and_nothing_above_the_picker_moves(
        start_kiosk, staff_db, media_root, stick, monkeypatch):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="en", screen="home", media_root=media_root, picture_folders=[stick])
    open_pictures(kiosk, pin)
    add_picked(kiosk, 1)
    kiosk.qtbot.waitUntil(lambda: not kiosk.kiosk.staff.pictureBusy)
    kiosk.settle()
    notice = kiosk.visible_item("picturesNotice")
    assert notice.property("text") == "Done. Visitors see it now."

    release, started = threading.Event(), threading.Event()
    real = media.ingest

    def slow(*args, **kwargs):  # the work waits until the test has looked at the screen
        started.set()
        assert release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(media, "ingest", slow)
    kiosk.swipe_until_visible("picturesFlick", "pick-2")
    kiosk.tap("pick-2")
    picker = kiosk.visible_item("pick-2")
    box = kiosk.visible_item("picturesNoticeBox")
    picker_y, box_height = picker.mapToScene(QPointF(0, 0)).y(), box.height()
    kiosk.swipe_until_visible("picturesFlick", "addAsPhoto", step=300)
    picker_y = picker.mapToScene(QPointF(0, 0)).y()
    kiosk.tap("addAsPhoto")
    assert started.wait(10)
    kiosk.settle()  # a frame painted while the image is still being prepared
    assert kiosk.visible_item("picturesBusy").isVisible()
    assert not notice.isVisible()  # the old "Done" is gone at once
    assert not kiosk.visible_item("addAsPhoto").isEnabled() and not kiosk.visible_item("lookAgain").isEnabled()
    assert picker.mapToScene(QPointF(0, 0)).y() == picker_y
    release.set()
    kiosk.qtbot.waitUntil(lambda: not kiosk.kiosk.staff.pictureBusy, timeout=20000)
    kiosk.settle()
    assert notice.isVisible() and notice.property("text") == "Done. Visitors see it now."
    assert not [i for i in kiosk.find_all("picturesBusy") if i.isVisible()]
    assert len(photos(path)) == 2
    with kdb.connect(path) as db:
        stored = gallery.media_of(db, "city", "bangkok")["photos"][-1]
    assert max(stored["width"], stored["height"]) == media.PHOTO_SIDE
    assert picker.mapToScene(QPointF(0, 0)).y() == picker_y  # the new photo did not push the picker down
    assert box.height() == box_height


def test_the_picker_says_where_pictures_are_looked_for(start_kiosk, staff_db, media_root, stick):
    path, pin, _ = staff_db
    kiosk = start_kiosk(path, lang="en", screen="home", media_root=media_root, picture_folders=[stick])
    open_pictures(kiosk, pin)
    kiosk.swipe_until_visible("picturesFlick", "pictureSources")
    line = kiosk.visible_item("pictureSources").property("text")
    assert f"in the kiosk's picture folder: {stick}." in line
    assert "USB sticks as they are plugged in" in line
    sticks = [p.name for p in media.removable_folders()]
    assert (f"USB sticks found now: {', '.join(sticks)}." if sticks else "No USB stick is plugged in now.") in line


def test_the_kiosk_looks_in_the_pictures_folder_of_its_user(monkeypatch, tmp_path):
    from kiosk import config

    monkeypatch.setenv("XDG_PICTURES_DIR", str(tmp_path / "Bilder"))
    assert config.pictures_dir() == tmp_path / "Bilder"
