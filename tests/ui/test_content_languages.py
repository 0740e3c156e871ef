"""Content in the visitor's language, else English, else the entry's other language, said quietly on the page; lists
for a language without its own sort keys."""

import shutil

from kiosk.core.store import database as kdb
from kiosk.core.store import writer

SHOWN_IN_ENGLISH_VI = "Hiển thị bằng tiếng Anh"


def test_a_vietnamese_visitor_reads_english_where_a_page_has_no_vietnamese_and_is_told(start_kiosk):
    kiosk = start_kiosk(lang="vi", screen="cities", languages=("th", "en", "vi"))
    kiosk.swipe_until_visible("cityList", "city-ha-noi")
    kiosk.tap("city-ha-noi")
    kiosk.wait_for_screen("cityPage")
    assert kiosk.visible_item("pageTitle").property("text") == "Hà Nội"  # its name in Vietnamese
    assert kiosk.visible_item("shownIn").property("text") == SHOWN_IN_ENGLISH_VI  # its vision and profile are not
    related = next(i.objectName() for i in kiosk.all_items() if i.objectName().startswith("related-") and i.isVisible())
    kiosk.swipe_until_visible("pageFlick", related)
    kiosk.tap(related)  # one of its projects: Thai and English only
    kiosk.wait_for_screen("projectPage")
    assert kiosk.visible_item("shownIn").property("text") == SHOWN_IN_ENGLISH_VI


def test_the_page_names_the_other_language_when_there_is_no_english(start_kiosk, demo_db_file, tmp_path):
    path = tmp_path / "thai-only.db"
    shutil.copyfile(demo_db_file, path)
    with kdb.connect(path) as db:
        writer.save(db, "project", {"id": "kampong-ayer-revitalisation", "description": {"th": "ฟื้นฟูหมู่บ้านน้ำ"},
                                    "status": None}, "test")
    kiosk = start_kiosk(path, lang="vi", screen="project:kampong-ayer-revitalisation", languages=("th", "en", "vi"))
    kiosk.settle()
    assert "ฟื้นฟูหมู่บ้านน้ำ" in kiosk.texts()
    assert kiosk.visible_item("shownIn").property("text") == "Hiển thị bằng ไทย"


def test_a_page_in_the_visitors_language_says_nothing(start_kiosk):
    kiosk = start_kiosk(lang="th", screen="city:ha-noi", languages=("th", "en", "vi"))
    kiosk.settle()
    assert not [i for i in kiosk.find_all("shownIn") if i.isVisible()]


def test_lists_in_a_language_without_its_own_sort_keys(start_kiosk):
    kiosk = start_kiosk(lang="vi", screen="exhibitors", languages=("th", "en", "vi"))
    kiosk.settle()
    rows = [i for i in kiosk.all_items() if i.objectName().startswith("exhibitor-") and i.isVisible()]
    assert len(rows) > 5
    assert kiosk.visible_item("letter-A")
    kiosk.tap("letter-H")
    kiosk.swipe_until_visible("exhibitorList", "exhibitor-huawei", step=0)
