import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.common.errors import KioskError
from kiosk.core.common.text import clean, clean_texts, fold, is_slug, pick


@pytest.mark.parametrize("raw, folded", [
    ("Đà Nẵng", "da nang"),
    ("HÀ NỘI", "ha noi"),
    ("  Thành phố   Hồ Chí Minh ", "thanh pho ho chi minh"),
    ("กรุงเทพมหานคร", "กรุงเทพมหานคร"),
    ("ภูเก็ต", "ภูเก็ต"),  # Thai vowels and tone marks are part of the word
    ("ທ່າແຂກ", "ທ່າແຂກ"),
    ("Straße", "strasse"),
])
def test_fold(raw, folded):
    assert fold(raw) == folded


def test_thai_sara_am_is_not_decomposed():
    assert fold("น้ำท่วม") == "น้ำท่วม"


@given(st.text())
def test_fold_is_idempotent(value):
    assert fold(fold(value)) == fold(value)


def test_clean_normalises_and_refuses_controls():
    assert clean(" e\u0301 ") == "é"
    with pytest.raises(KioskError):
        clean("a\x00b")
    with pytest.raises(KioskError):
        clean("evil\u202etxt")  # right-to-left override


def test_clean_texts_drops_empty_languages():
    assert clean_texts({"en": " Bangkok ", "th": "", "vi": None}) == {"en": "Bangkok"}
    with pytest.raises(KioskError):
        clean_texts("Bangkok")


def test_pick_falls_back_to_english():
    assert pick({"en": "Bangkok", "th": "กรุงเทพฯ"}, "th") == "กรุงเทพฯ"
    assert pick({"en": "Bangkok", "th": "กรุงเทพฯ"}, "vi") == "Bangkok"
    assert pick({"km": "ភ្នំពេញ"}, "th") == "ភ្នំពេញ"
    assert pick(None, "th") == ""


@pytest.mark.parametrize("value, ok", [
    ("bangkok", True), ("ho-chi-minh-city", True), ("a01", True),
    ("Bangkok", False), ("ha--noi", False), ("-x", False), ("กรุงเทพ", False), ("ａ", False), ("", False),
])
def test_slugs(value, ok):
    assert is_slug(value) is ok


REAL_WORDS = [
    "ที่", "น้ำ", "เพื่อน", "ปั้น", "สิ่งแวดล้อม", "กรุงเทพมหานคร", "ศักดิ์สิทธิ์", "ฉันจะไปที่นั่นพรุ่งนี้",  # Thai
    "ເພື່ອນ", "ນ້ຳ",  # Lao
    "ស្ត្រី", "ព្រះរាជាណាចក្រកម្ពុជា", "ក៏",  # Khmer
    "မျှော်လင့်ချက်", "မြန်မာ", "ကျွန်ုပ်",  # Burmese
    "བསྒྲུབས", "ཧཱུྃ",  # Tibetan stacks
    "बंदोबस्त", "क्षत्रिय",  # Devanagari
    "בְּרֵאשִׁ֖ית",  # Hebrew with points and a cantillation mark
    "Vie\u0323\u0302t Nam",  # Vietnamese typed decomposed: two marks on one letter
]


@pytest.mark.parametrize("word", REAL_WORDS)
def test_real_text_keeps_every_mark(word):
    from kiosk.core.common.text import cap_marks

    assert cap_marks(word) == word
    assert clean(word) == unicodedata.normalize("NFC", word)


def test_a_flood_of_combining_marks_is_capped_per_character():
    from kiosk.core.common.text import MAX_MARKS, cap_marks

    zalgo = "H" + "\u0301\u0316\u0354\u0359" * 10 + "i" + "\u0489" * 50 + "ที่" + "\u0e48" * 20
    capped = cap_marks(zalgo)
    assert capped == "H" + ("\u0301\u0316\u0354\u0359" * 2)[:MAX_MARKS] + "i" + "\u0489" * MAX_MARKS + "ที่" + "\u0e48" * (MAX_MARKS - 2)
    assert clean(zalgo) == unicodedata.normalize("NFC", capped)
    assert cap_marks("\u0301" * 20) == "\u0301" * MAX_MARKS  # marks with no letter before them
