import io

import pytest
import zxingcpp
from PIL import Image

from kiosk.core.catalog import content, qr
from kiosk.core.common.errors import KioskError


def decode(png: bytes):
    results = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    assert len(results) == 1
    return results[0]


@pytest.mark.parametrize("kind, entity_id", [("city", "bangkok"), ("city", "ho-chi-minh-city"),
                                             ("exhibitor", "huawei"), ("project", None)])
def test_entity_codes_decode_to_their_page(demo_db, kind, entity_id):
    if entity_id is None:
        entity_id = demo_db.execute("SELECT id FROM project WHERE city_id = 'phuket' ORDER BY id").fetchone()[0]
    url = content.page_url(demo_db, kind, entity_id)
    assert url == f"https://ascn2019.example.org/{kind}/{entity_id}"
    code = decode(qr.png(url, 6))
    assert code.text == url
    assert code.format == zxingcpp.BarcodeFormat.QRCode
    assert code.ec_level == "M"


def test_quiet_zone_and_whole_pixel_modules():
    url = "https://ascn2019.example.org/city/bangkok"
    rows = qr.matrix(url)
    size = len(rows)
    border = [rows[i][j] for i in range(size) for j in range(size)
              if min(i, j) < qr.QUIET_ZONE or max(i, j) >= size - qr.QUIET_ZONE]
    assert not any(border)
    assert rows[qr.QUIET_ZONE][qr.QUIET_ZONE]  # the finder pattern's corner starts right after the quiet zone
    image = Image.open(io.BytesIO(qr.png(url, 5)))
    assert image.size == (size * 5, size * 5)
    assert set(image.convert("L").tobytes()) == {0, 255}  # no blurred grey edges


def test_codes_are_cached_by_payload():
    url = "https://ascn2019.example.org/city/phuket"
    first = qr.png(url, 7)
    hits = qr.png.cache_info().hits
    assert qr.png(url, 7) is first
    assert qr.png.cache_info().hits == hits + 1


@pytest.mark.parametrize("url, reason", [
    ("http://ascn2019.example.org/city/bangkok", "https"),
    ("javascript:alert(1)", "https"),
    ("https://ascn2019.example.org/city/bang\u200bkok", "invisible"),
    ("https://ascn2019.example.org/\ncity", "control"),
    ("https:///city/bangkok", "host"),
    ("", "empty"),
])
def test_unsafe_urls_are_refused(url, reason):
    with pytest.raises(KioskError, match=reason):
        qr.check_url(url)


def test_http_only_when_allowed():
    assert qr.check_url("http://kiosk.local/x", allow_http=True) == "http://kiosk.local/x"


def test_payload_needs_a_slug_and_a_known_kind():
    with pytest.raises(KioskError):
        qr.payload_url("https://x.example.org", "city", "Bangkok/../admin")
    with pytest.raises(KioskError):
        qr.payload_url("https://x.example.org", "admin", "bangkok")


def test_unknown_entity(demo_db):
    with pytest.raises(KioskError, match="no city"):
        content.page_url(demo_db, "city", "atlantis")


def test_display_url_shows_host_and_path():
    assert qr.display_url("https://ascn2019.example.org/city/bangkok") == "ascn2019.example.org/city/bangkok"


def test_a_refused_own_project_address_falls_back_to_the_event_page(writable_db):
    from kiosk.core.store import writer

    writer.save(writable_db, "project", {"id": "bang-sue-transport-hub", "url": "http://insecure.example.org/x"}, "t")
    assert content.page_url(writable_db, "project", "bang-sue-transport-hub") == \
        "https://ascn2019.example.org/project/bang-sue-transport-hub"
    writer.save(writable_db, "project", {"id": "bang-sue-transport-hub", "url": "https://bangsue.example.org/"}, "t")
    assert content.page_url(writable_db, "project", "bang-sue-transport-hub") == "https://bangsue.example.org/"


def test_plan_url_carries_booth_ids(demo_db):
    entries = content.visit_plan(demo_db, [("exhibitor", "huawei"), ("city", "bangkok"), ("city", "bangkok")], "en")
    assert [e["booth_code"] for e in entries] == ["C21", "E03"]
    assert content.plan_url(demo_db, entries) == "https://ascn2019.example.org/plan?b=c21,e03"
    text = content.plan_text("ASCN 2019 — My visit", entries)
    assert text.splitlines() == ["ASCN 2019 — My visit", "C21  Bangkok", "E03  Huawei"]
    assert decode(qr.png(text, 4)).text == text
