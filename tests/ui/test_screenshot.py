"""`kiosk screenshot` renders every screen at the requested size."""

import pytest
from PIL import Image

from kiosk.core.store import database as kdb
from kiosk.ui.shell import shots

SCREENS = ["attract", "home", "cities", "exhibitors", "projects", "programme", "city:bangkok",
           "exhibitor:huawei", "project:bang-sue-transport-hub", "map", "map:bangkok", "route:e07"]


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_every_screen_renders_at_the_requested_size(demo_db_file, tmp_path, qapp, size):
    with kdb.connect(demo_db_file) as db:
        for screen in SCREENS:
            out = tmp_path / f"{screen.replace(':', '_')}.png"
            shots.render(db, out, screen=screen, lang="th", size=size)
            image = Image.open(out)
            assert image.size == size, screen
            colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
            assert colours is not None and len(colours) > 20, f"{screen} looks blank"


def test_an_unknown_screen_name_is_refused(demo_db_file, tmp_path, qapp):
    from kiosk.core.common.errors import KioskError

    with kdb.connect(demo_db_file) as db, pytest.raises(KioskError, match="no screen called"):
        shots.render(db, tmp_path / "x.png", screen="casino", lang="en", size=(800, 600))
    assert not (tmp_path / "x.png").exists()


def test_a_page_of_a_missing_entity_is_refused(demo_db_file, tmp_path, qapp):
    from kiosk.core.common.errors import KioskError

    with kdb.connect(demo_db_file) as db, pytest.raises(KioskError, match="no city with the id 'atlantis'"):
        shots.render(db, tmp_path / "x.png", screen="city:atlantis", lang="en", size=(800, 600))


def test_a_map_target_without_a_booth_is_refused(demo_db_file, tmp_path, qapp):
    from kiosk.core.common.errors import KioskError

    with kdb.connect(demo_db_file) as db, pytest.raises(KioskError, match="'atlantis' is not a booth"):
        shots.render(db, tmp_path / "x.png", screen="route:atlantis", lang="en", size=(800, 600))
