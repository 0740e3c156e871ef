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


def test_a_visitors_choices_and_a_visit_plan_are_rendered(demo_db_file, tmp_path, qapp):
    import zxingcpp

    from kiosk.core.catalog import content

    with kdb.connect(demo_db_file) as db:
        plain, chosen = tmp_path / "plain.png", tmp_path / "chosen.png"
        shots.render(db, plain, screen="visit", lang="en", size=(1920, 1080))
        shots.render(db, chosen, screen="visit", lang="en", size=(1920, 1080), text_size="largest", reach=True,
                     contrast=True, visit=("city:bangkok", "exhibitor:nstda"))
        plan = content.plan_url(db, content.visit_plan(db, [("city", "bangkok"), ("exhibitor", "nstda")], "en"))
    assert zxingcpp.read_barcodes(Image.open(plain)) == []  # nothing starred: no plan to carry away
    assert [d.text for d in zxingcpp.read_barcodes(Image.open(chosen))] == [plan]
    assert Image.open(chosen).convert("RGB").getpixel((5, 1075)) == (0, 0, 0)  # high contrast: black


def test_the_keyboard_opens_on_a_screen_with_a_field_and_is_refused_on_one_without(demo_db_file, tmp_path, qapp):
    from kiosk.core.common.errors import KioskError

    with kdb.connect(demo_db_file) as db:
        shots.render(db, tmp_path / "k.png", screen="search", lang="en", size=(1920, 1080), keyboard=True)
        keys = Image.open(tmp_path / "k.png").convert("RGB").crop((300, 1000, 1600, 1060)).getcolors(1_000_000)
        assert sum(max(keys)[1]) < 400, "no keyboard at the bottom of the window"  # its keys are dark, the page light
        with pytest.raises(KioskError, match="no text field"):
            shots.render(db, tmp_path / "x.png", screen="programme", lang="en", size=(800, 600), keyboard=True)
