"""What a page reads in the visitor's language: the language itself, else English, else the entry's other one, and
which of them a page falls back to."""

from kiosk.core.catalog import content
from kiosk.core.store import writer


def test_a_page_says_which_language_it_falls_back_to(writable_db):
    db = writable_db
    assert content.project(db, "kampong-ayer-revitalisation", "vi")["shown_in"] == "en"
    assert content.project(db, "kampong-ayer-revitalisation", "th")["shown_in"] == ""
    assert content.organisation(db, "huawei", "km")["shown_in"] == "en"
    writer.save(db, "city", {"id": "ha-noi", "vision": {"en": "Smart", "vi": "Thông minh"},
                             "profile": {"th": "เมืองหลวง", "vi": "Thủ đô"}}, "test")
    hanoi = content.city(db, "ha-noi", "vi")
    assert (hanoi["name"], hanoi["vision"], hanoi["shown_in"]) == ("Hà Nội", "Thông minh", "")
    zh = content.city(db, "ha-noi", "zh")
    assert (zh["vision"], zh["profile"], zh["shown_in"]) == ("Smart", "เมืองหลวง", "en")
    writer.save(db, "city", {"id": "ha-noi", "vision": {"th": "อัจฉริยะ"}, "profile": None}, "test")
    assert content.city(db, "ha-noi", "zh")["shown_in"] == "th"  # no English: the other language it has
    described = [s["id"] for s in content.sessions(db, "en") if s["description"]]
    plain = [s["id"] for s in content.sessions(db, "en") if not s["description"]]
    assert content.session(db, described[0], "ja")["shown_in"] == "en"
    assert content.session(db, plain[0], "ja")["shown_in"] == ""  # a title alone: nothing to say
    assert "shown_in" not in content.sessions(db, "ja")[0]  # lists pay nothing for it
