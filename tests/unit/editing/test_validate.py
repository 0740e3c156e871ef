import unicodedata

import pytest

from kiosk.core.editing import validate
from kiosk.core.editing.validate import LIMITS, Problem, message

THAI = "น้ำท่วมกรุงเทพฯ ที่จอดรถอัจฉริยะ"  # vowels and tone marks above and below


def codes(problems):
    return [p.code for p in problems]


def test_thai_with_its_marks_passes_intact():
    assert validate.text(THAI, "name", "th") == (THAI, [])


def test_decomposed_input_is_stored_composed():
    vietnamese = unicodedata.normalize("NFD", "Đà Nẵng")
    assert vietnamese != "Đà Nẵng"
    assert validate.text(vietnamese, "name", "vi") == ("Đà Nẵng", [])
    # Thai typed tone mark first, then the vowel below ("ปู่"): NFC puts the vowel first, as it is stored.
    assert validate.text("ป\u0e48\u0e39", "name", "th") == ("ป\u0e39\u0e48", [])


def test_text_is_trimmed():
    assert validate.text("  Bangkok \n", "name") == ("Bangkok", [])


@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\u00ad", "\u200e"])
def test_invisible_characters_are_refused(char):
    assert codes(validate.text(f"กรุง{char}เทพ", "name", "th")[1]) == ["invisible"]


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\u202e", "\u202a", "\u2066", "\u2069",
                                  "\u2028"])
def test_control_and_bidi_characters_are_refused(char):
    assert codes(validate.text(f"abc{char}def", "description", "en", multiline=True)[1]) == ["control"]


def test_newlines_only_in_multiline_texts():
    assert validate.text("one\r\ntwo\rthree", "description", multiline=True) == ("one\ntwo\nthree", [])
    assert codes(validate.text("one\ntwo", "name")[1]) == ["control"]


@pytest.mark.parametrize("field, limit", [("name", 120), ("short_name", 20), ("description", 2000),
                                          ("profile", 2000), ("vision", 2000), ("title", 160), ("status", 300)])
def test_length_limits(field, limit):
    assert LIMITS[field] == limit
    assert validate.text("ก" * limit, field, "th")[1] == []
    assert validate.text("ก" * (limit + 1), field, "th")[1] == [Problem(field, "th", "too_long", limit)]


def test_limits_of_addresses():
    assert LIMITS["website"] == LIMITS["url"] == 300
    assert LIMITS["contact_email"] == 254
    assert codes(validate.url("https://example.org/" + "a" * 300, "website")[1]) == ["too_long"]
    assert codes(validate.email("a@" + "b" * 250 + ".org", "contact_email")[1]) == ["too_long"]


def test_texts_per_language():
    cleaned, problems = validate.texts({"en": " Bangkok ", "th": "", "km": None}, "name", required=("en",))
    assert (cleaned, problems) == ({"en": "Bangkok"}, [])
    assert validate.texts({"th": "กรุงเทพฯ"}, "name", required=("en",))[1] == [Problem("name", "en", "required")]
    assert codes(validate.texts({"EN!": "x"}, "name")[1]) == ["language"]
    assert codes(validate.texts("Bangkok", "name")[1]) == ["not_text"]
    assert codes(validate.text(12, "name")[1]) == ["not_text"]


def test_html_is_kept_as_typed():
    html = '<img src=x onerror=alert(1)> & "quotes"'
    assert validate.text(html, "description", "en", multiline=True) == (html, [])


@pytest.mark.parametrize("url", ["https://example.org", "https://www.example.org/path?q=1#top", "HTTPS://example.org",
                                 "https://เมืองอัจฉริยะ.ไทย/หน้า"])
def test_good_urls(url):
    assert validate.url(url, "website") == (url, [])


@pytest.mark.parametrize("url, code", [
    ("javascript:alert(1)", "url_scheme"),
    ("http://example.org", "url_scheme"),
    ("ftp://example.org", "url_scheme"),
    ("www.example.org", "url_scheme"),
    ("https://", "url_host"),
    ("https:///path", "url_host"),
    ("https://example.org:99999/", "url_host"),
    ("https://exa mple.org", "url_space"),
    ("https://example.org/\u200b", "invisible"),
    ("https://example.org/\x00", "control"),
    ("https://user:secret@example.org", "url_userinfo"),
])
def test_bad_urls(url, code):
    assert codes(validate.url(url, "website")[1]) == [code]


def test_http_only_when_allowed():
    assert validate.url("http://example.org", "url", allow_http=True) == ("http://example.org", [])
    assert codes(validate.url("javascript:alert(1)", "url", allow_http=True)[1]) == ["url_scheme"]


def test_empty_address_is_none():
    assert validate.url("  ", "website") == (None, [])
    assert validate.email(None, "contact_email") == (None, [])


@pytest.mark.parametrize("address", ["booth@example.org", "first.last+expo@mail.example.co.th",
                                     "ผู้ติดต่อ@ตัวอย่าง.ไทย"])
def test_good_emails(address):
    assert validate.email(address, "contact_email") == (address, [])


@pytest.mark.parametrize("address", ["booth", "booth@example", "booth@@example.org", "a@b@example.org",
                                     "booth @example.org", "booth@example..org", "@example.org", "booth@.org",
                                     "Booth <booth@example.org>", "a@example.org, b@example.org",
                                     "booth@example.o"])
def test_bad_emails(address):
    assert codes(validate.email(address, "contact_email")[1]) == ["email"]


def test_years():
    assert validate.year(2019, "status_year") == (2019, [])
    assert validate.year(" 2024 ", "status_year") == (2024, [])
    assert validate.year("", "status_year") == (None, [])
    for bad in (2562, "๒๕๖๒", "20l9", True, 19.5):  # a Buddhist-era year, Thai digits, a typo
        assert codes(validate.year(bad, "status_year")[1]) == ["year"]


def test_every_code_has_english_and_thai_messages():
    for code in validate.CODES:
        problem = Problem("name", "th", code, 120)
        english, thai = message(problem, "en"), message(problem, "th")
        assert english and thai and english != thai
        assert "{" not in english + thai
        assert any("\u0e00" <= ch <= "\u0e7f" for ch in thai)


def test_messages_carry_the_limit():
    problem = Problem("name", "en", "too_long", 120)
    assert message(problem, "th") == "ยาวเกินไป: ไม่เกิน 120 ตัวอักษร"
    assert message(problem, "en") == "Too long: at most 120 characters."
    assert message(problem, "vi") == "Quá dài: tối đa 120 ký tự."
    assert message(problem, "xx") == message(problem, "en")  # a language without its sentences reads English


def test_a_flood_of_combining_marks_is_capped_for_staff_and_imports_alike():
    from kiosk.core.common.text import MAX_MARKS

    value, problems = validate.text("Bangkok" + "\u0336\u0489" * 40 + " ที่นี่", "name", "en")
    assert problems == []
    assert value == unicodedata.normalize("NFC", "Bangkok" + ("\u0336\u0489" * 40)[:MAX_MARKS] + " ที่นี่")
