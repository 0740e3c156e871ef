"""Logos and photos on the visitor pages, through the real QML and the image://media provider."""

import os
import shutil

import pytest
from PIL import Image
from PySide6.QtCore import QPointF, QSize

from kiosk.core.access.principal import Principal
from kiosk.core.editing import gallery
from kiosk.core.store import database as kdb
from kiosk.ui.common.providers import MediaImageProvider
from tests.ui.test_journey import grab

ORGANIZER = Principal("o", "organizer")
LOGO_COLOUR = (200, 30, 30)


@pytest.fixture
def media_root(tmp_path):
    return tmp_path / "media"


@pytest.fixture
def bangkok_with_pictures(demo_db_file, tmp_path, media_root):
    """A copy of the demo database where Bangkok has a wide logo and two photos."""
    path = tmp_path / "pictures.db"
    shutil.copyfile(demo_db_file, path)
    sources = []
    for name, colour, size in [("logo.png", LOGO_COLOUR, (600, 200)), ("one.png", (30, 120, 30), (800, 600)),
                               ("two.png", (30, 30, 160), (600, 900))]:
        Image.new("RGB", size, colour).save(tmp_path / name)
        sources.append(tmp_path / name)
    with kdb.connect(path) as db:
        gallery.set_logo(db, ORGANIZER, "city", "bangkok", sources[0], media_root)
        for source in sources[1:]:
            gallery.add_photo(db, ORGANIZER, "city", "bangkok", source, media_root)
    return path


def loaded(kiosk, image) -> bool:
    return kiosk.evaluate(image, "status === Image.Ready") and image.property("paintedWidth") > 0 \
        and image.property("paintedHeight") > 0


def test_bangkok_shows_its_logo_and_photos(start_kiosk, bangkok_with_pictures, media_root):
    kiosk = start_kiosk(bangkok_with_pictures, lang="en", screen="city:bangkok", media_root=media_root)
    kiosk.wait_for_screen("cityPage")
    logo = kiosk.visible_item("pageLogo")
    kiosk.qtbot.waitUntil(lambda: loaded(kiosk, logo), timeout=5000)
    kiosk.settle()
    assert logo.height() <= 160 and logo.property("paintedHeight") <= 160
    ratio = logo.property("paintedWidth") / logo.property("paintedHeight")
    assert ratio == pytest.approx(3, rel=0.02)  # aspect kept
    title = kiosk.visible_item("pageTitle")
    assert logo.mapToScene(QPointF(0, 0)).y() < title.mapToScene(QPointF(0, 0)).y()  # at the top of the text

    centre = logo.mapToScene(QPointF(logo.property("paintedWidth") / 2, logo.height() / 2)).toPoint()
    pixel = grab(kiosk).getpixel((centre.x(), centre.y()))
    assert all(abs(a - b) <= 8 for a, b in zip(pixel, LOGO_COLOUR)), pixel

    photos = [kiosk.visible_item(f"photo-{n}") for n in range(2)]
    assert kiosk.find_all("photo-2") == []
    kiosk.qtbot.waitUntil(lambda: all(loaded(kiosk, p) for p in photos), timeout=5000)
    kiosk.settle()
    assert kiosk.visible_item("pagePhotos").isVisible()
    for photo in photos:
        assert photo.mapToScene(QPointF(0, 0)).y() > title.mapToScene(QPointF(0, 0)).y()  # under the texts
        assert photo.property("implicitHeight") <= photo.height()  # the provider sent a thumbnail, not 1600 px
    assert photos[0].width() > photos[0].height() > photos[1].width()  # landscape, then portrait


def test_a_page_without_pictures_shows_none(start_kiosk, bangkok_with_pictures, media_root):
    kiosk = start_kiosk(bangkok_with_pictures, lang="en", screen="city:phuket", media_root=media_root)
    kiosk.wait_for_screen("cityPage")
    assert not any(i.isVisible() for i in kiosk.find_all("pageLogo"))
    assert not any(i.isVisible() for i in kiosk.find_all("pagePhotos"))
    assert kiosk.find_all("photo-0") == []
    title = kiosk.visible_item("pageTitle")
    assert title.property("text") == "Phuket"


@pytest.mark.qt_log_ignore("Failed to get image from provider")  # Qt's own line for an empty image
def test_a_missing_file_leaves_no_hole(start_kiosk, demo_db_file, tmp_path, media_root):
    """A file deleted from the media folder (kiosk doctor names it): the page simply shows no logo."""
    path = tmp_path / "missing.db"
    shutil.copyfile(demo_db_file, path)
    Image.new("RGB", (300, 100), (1, 99, 199)).save(tmp_path / "gone.png")  # a colour no other test stores
    with kdb.connect(path) as db:
        row = gallery.set_logo(db, ORGANIZER, "city", "bangkok", tmp_path / "gone.png", media_root)
    (media_root / row["path"]).unlink()
    kiosk = start_kiosk(path, lang="en", screen="city:bangkok", media_root=media_root)
    kiosk.wait_for_screen("cityPage")
    logo = kiosk.find_all("pageLogo")[0]
    kiosk.qtbot.waitUntil(lambda: kiosk.evaluate(logo, "status === Image.Error"), timeout=5000)
    assert not logo.isVisible()
    assert kiosk.visible_item("pageTitle").property("text") == "Bangkok"


def test_provider_serves_only_files_inside_the_media_root(tmp_path, qapp):
    root = tmp_path / "media"
    (root / "logos").mkdir(parents=True)
    Image.new("RGB", (400, 200), LOGO_COLOUR).save(root / "logos" / "ok.png")
    Image.new("RGB", (10, 10)).save(tmp_path / "secret.png")
    os.symlink(tmp_path / "secret.png", root / "logos" / "out.png")
    os.symlink(root / "logos" / "ok.png", root / "logos" / "in.png")
    (root / "folder.png").mkdir()
    provider = MediaImageProvider(root)

    def request(image_id, requested=QSize()):
        size = QSize()
        return provider.requestImage(image_id, size, requested), size

    image, size = request("logos/ok.png")
    assert (image.width(), image.height()) == (400, 200) and (size.width(), size.height()) == (400, 200)
    assert not request("logos/in.png")[0].isNull()  # a link that stays inside is fine
    thumb, size = request("logos/ok.png", QSize(0, 50))
    assert (thumb.width(), thumb.height()) == (100, 50) and size.width() == 400  # size: the original
    assert request("logos/ok.png", QSize(0, 900))[0].height() == 200  # never enlarged
    for refused in ("../secret.png", "logos/../../secret.png", str(tmp_path / "secret.png"), "/etc/passwd",
                    "logos/out.png", "logos/missing.png", "folder.png", "", "logos\\ok.png", "logos/ok.png\0"):
        image, size = request(refused)
        assert image.isNull(), refused
        assert (size.width(), size.height()) == (0, 0), refused
