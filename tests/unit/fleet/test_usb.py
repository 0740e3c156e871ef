"""A USB stick carried around the hall converges the fleet with no network and no Syncthing."""

import pytest

from kiosk.core.common.errors import KioskError
from kiosk.core.fleet import usb
from tests.unit.fleet.test_merge import KIOSKS, TARGETS, Fleet, edit


def test_a_stick_carried_from_kiosk_to_kiosk_converges_the_fleet(demo_db_file, tmp_path):
    (tmp_path / "fleet").mkdir()
    fleet = Fleet(demo_db_file, tmp_path / "fleet")
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        edit(fleet, "a", TARGETS[0], "Typed at A")
        fleet.later()
        edit(fleet, "b", TARGETS[1], "Typed at B")
        fleet.later()
        edit(fleet, "c", TARGETS[0], "Typed at C, later")
        for round_ in range(2):  # round the hall twice: the first kiosks then get what the last ones had
            for kiosk in KIOSKS:
                done = usb.exchange(tmp_path / "fleet" / kiosk / "fleet", stick)
                assert done.problems == []
                fleet.sync(kiosk)
        assert len({fleet.digest(k) for k in KIOSKS}) == 1
        again = usb.exchange(tmp_path / "fleet" / "a" / "fleet", stick)
        assert (again.to_stick, again.from_stick) == (0, 0)  # nothing twice
        assert sorted(p.parent.name for p in (stick / "kiosk-fleet" / "journals").rglob("*.json")) == ["a", "b", "c"]
    finally:
        fleet.close()


def test_no_stick_is_a_clear_message(tmp_path):
    with pytest.raises(KioskError, match="is the stick plugged in"):
        usb.exchange(tmp_path / "fleet", tmp_path / "nowhere")
