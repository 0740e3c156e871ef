"""The edit journal: one checksummed file per entry; torn, tampered or misplaced files are reported, never applied."""

from pathlib import Path

from kiosk.core.fleet import journal
from kiosk.core.fleet.clock import Stamp
from kiosk.core.store.writer import Change

CHANGE = Change("publish", "set", "organisation", "huawei", ["description"],
                {"description": {"en": "New text.", "th": "ข้อความใหม่"}}, "staff:s-hw", "2019-08-22T03:10:00+00:00",
                None)


def write(folder: Path, kiosk: str, n: int) -> list[journal.Entry]:
    own = journal.Journal(folder, kiosk)
    return [own.append(CHANGE, Stamp(1_566_450_000_000 + i, 0, kiosk)) for i in range(n)]


def test_entries_read_back_whole_and_in_order(tmp_path):
    written = write(tmp_path, "lobby", 3) + write(tmp_path, "hall-b", 2)
    entries, problems = journal.read(tmp_path)
    assert problems == []
    assert entries == sorted(written, key=lambda e: e.order)
    assert entries[0].change == CHANGE
    assert sorted(p.name for p in (tmp_path / "lobby").iterdir()) == ["00000001.json", "00000002.json", "00000003.json"]
    assert journal.Journal(tmp_path, "lobby").last == 3  # a restarted kiosk goes on numbering


def test_a_torn_a_tampered_and_a_misplaced_entry_are_left_out_and_named(tmp_path):
    write(tmp_path, "lobby", 4)
    folder = tmp_path / "lobby"
    whole = (folder / "00000001.json").read_bytes()
    (folder / "00000002.json").write_bytes(whole[: len(whole) // 2])  # torn
    (folder / "00000003.json").write_bytes((folder / "00000003.json").read_bytes().replace("ข้อความใหม่".encode(),
                                                                                          "แก้ไขแล้ว".encode()))
    (tmp_path / "hall-b").mkdir()
    (tmp_path / "hall-b" / "00000001.json").write_bytes(whole)  # lobby's entry under another kiosk's name
    (folder / ".00000005.json.x1.part").write_bytes(b"{")  # an entry being written: not read at all
    entries, problems = journal.read(tmp_path)
    assert [(e.kiosk, e.seq) for e in entries] == [("lobby", 1), ("lobby", 4)]
    assert len(problems) == 3
    assert any("00000002.json" in p and "not a whole journal entry" in p for p in problems)
    assert any("00000003.json" in p and "checksum does not match" in p for p in problems)
    assert any("hall-b/00000001.json" in p and "claims to be entry 1 of kiosk 'lobby'" in p for p in problems)
