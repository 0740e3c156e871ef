"""Long Thai, Khmer, Lao and Burmese text wraps between words, not inside one, in the kiosk's own fonts.

Each text is written below as its words, "|" between them; a line may begin only where a "|" or a space is. A
compound of two words (ទី|ក្រុង "city", ເຄືອ|ຂ່າຍ "network") may break between them. Burmese is written by syllable,
the unit at which Burmese lines are broken by custom; a stacked pair (မန္တ) is one unit.
"""

import pytest
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from kiosk.core.common import assets
from kiosk.ui.common.linebreak import ZWSP, wrappable

TEXTS = {
    "th": "กรุงเทพ|มหา|นคร|เป็น|เมืองหลวง|ของ|ประเทศ|ไทย|และ|เป็น|เมือง|ที่|มี|ประชากร|มาก|ที่|สุด|ใน|ประเทศ "
          "|เมือง|อัจฉริยะ|ใช้|ข้อมูล|และ|เทคโนโลยี|เพื่อ|ทำ|ให้|ชีวิต|ของ|ผู้|คน|ดี|ขึ้น",
    "km": "ភ្នំពេញ|ជា|រាជធានី|នៃ|ព្រះរាជាណាចក្រ|កម្ពុជា |ហើយ|ជា|ទី|ក្រុង|ធំ|ជាង|គេ|នៃ|ប្រទេស",
    "lo": "ວຽງຈັນ|ເປັນ|ນະຄອນຫຼວງ|ຂອງ|ສາທາລະນະລັດ|ປະຊາທິປະໄຕ|ປະຊາຊົນ|ລາວ |ແລະ|ເປັນ|ສະມາຊິກ|ຂອງ|ເຄືອ|ຂ່າຍ"
          "|ເມືອງ|ອັດສະລິຍະ|ອາຊຽນ",
    "my": "ရန်|ကုန်|မြို့|သည်|မြန်|မာ|နိုင်|ငံ|၏|အ|ကြီး|ဆုံး|မြို့|ဖြစ်|သည်။ |မန္တ|လေး|မြို့|သည်|အာ|ဆီ|ယံ|စ|မတ်"
          "|မြို့|များ|ကွန်|ရက်|၏|အ|ဖွဲ့|ဝင်|ဖြစ်|သည်။",
}
PIXELS = 32


def font(lang: str) -> QFont:
    result = QFont(assets.for_lang(lang).family)
    result.setPixelSize(PIXELS)
    return result


def lines(text: str, lang: str, width: float) -> list[tuple[int, float]]:
    """Where each line of `text` begins, and how wide it is, laid out as the kiosk's wrapping Text lays it out."""
    layout = QTextLayout(text, font(lang))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    found = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        found.append((line.textStart(), line.naturalTextWidth()))
    layout.endLayout()
    return found


def bad_lines(shown: str, lang: str) -> list[str]:
    """Every line of `shown` (the text with or without break hints) that begins inside a word or is wider than its
    column, over column widths from the widest word to the whole text."""
    words = TEXTS[lang].split("|")
    text = "".join(words)
    allowed, at = set(), 0
    for word in words:
        at += len(word)
        allowed.add(at)
    widest = max(lines(wrappable(word), lang, 10_000)[0][1] for word in words)
    full = lines(shown, lang, 10_000)[0][1]
    bad = []
    width = widest + 1
    while width < full:
        for start, natural in lines(shown, lang, width):
            original = len(shown[:start].replace(ZWSP, ""))
            if original not in allowed and original != 0:
                bad.append(f"{width:.0f} px: …{text[max(0, original - 6):original]}|{text[original:original + 6]}…")
            if natural > width + 0.5:
                bad.append(f"{width:.0f} px: a line {natural:.0f} px wide")
        width += 9
    return bad


@pytest.mark.parametrize("lang", ["th", "km", "lo", pytest.param("my", marks=pytest.mark.xfail(
    strict=True, reason="Qt breaks Burmese between any two clusters, inside a syllable (ဖြစ်သ|ည်); no invisible "
                        "character stops it"))])
def test_long_text_wraps_between_words(qapp, lang):
    from kiosk.ui import app as ui
    ui.load_fonts()
    text = TEXTS[lang].replace("|", "")
    assert bad_lines(wrappable(text), lang) == []


@pytest.mark.parametrize("lang", ["km", "lo"])
def test_qt_alone_breaks_these_inside_words(qapp, lang):
    """Why wrappable exists: without it Qt finds no break in Khmer or Lao. When this fails, Qt has learnt to break
    them itself and wrappable can go."""
    from kiosk.ui import app as ui
    ui.load_fonts()
    text = TEXTS[lang].replace("|", "")
    assert bad_lines(text, lang)


def test_text_in_other_scripts_is_left_as_it_is():
    for text in ("Bangkok", "กรุงเทพมหานคร", "Hà Nội", "北京市", "சிங்கப்பூர்", "ရန်ကုန်မြို့", ""):
        assert wrappable(text) == text


@pytest.mark.xfail(strict=True, reason="ICU 77's Khmer dictionary splits ជាសមាជិក ('is a member') as ជាស|មា|ជិ|ក")
def test_icu_knows_khmer_member():
    shown = wrappable("ហើយជាសមាជិកនៃបណ្តាញ")
    assert shown.split(ZWSP) == ["ហើយ", "ជា", "សមាជិក", "នៃ", "បណ្តាញ"]


def test_a_khmer_page_is_shown_breakable_and_kept_as_written(start_kiosk, demo_db_file, tmp_path, monkeypatch):
    import shutil
    import sqlite3

    from kiosk.ui import app as ui
    from tests.ui.test_languages import fake_catalogue

    folder = tmp_path / "i18n"
    folder.mkdir()
    for suffix in ("ts", "qm"):
        shutil.copy(assets.I18N / f"kiosk_en.{suffix}", folder)
    fake_catalogue(folder, "km", "ខ្មែរ")
    monkeypatch.setattr(ui, "I18N_DIR", folder)
    profile = TEXTS["km"].replace("|", "")
    db_file = tmp_path / "km.db"
    shutil.copyfile(demo_db_file, db_file)
    with sqlite3.connect(db_file) as db:
        db.execute("UPDATE city SET profile = json_set(profile, '$.km', ?) WHERE id = 'phnom-penh'", [profile])
    kiosk = start_kiosk(db_file=db_file, lang="km", screen="city:phnom-penh", languages=("km", "en"), size=(1080, 1920))
    kiosk.wait_for_screen("cityPage")
    shown = [text for text in kiosk.texts() if text.replace(ZWSP, "") == profile]
    assert shown == [wrappable(profile)] and ZWSP in shown[0]
    with sqlite3.connect(db_file) as db:
        assert db.execute("SELECT json_extract(profile, '$.km') FROM city WHERE id = 'phnom-penh'").fetchone()[0] \
            == profile
