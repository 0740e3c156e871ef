"""The languages a show offers (a setting, less those not ready), the language sheet, and the attract screen's
invitation in every language offered."""

import logging
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QFontDatabase

from kiosk.core.common import assets
from kiosk.ui import app as ui


def tile_title(kiosk, name):
    return kiosk.texts_in(kiosk.visible_item(name))[-2]  # the figure (if any), the title, then the caption


def fake_catalogue(folder: Path, lang: str, mark: str, unfinished: int = 0, texts: dict | None = None) -> None:
    """A complete catalogue for `lang` whose every translation is its English text marked with `mark` (the first
    `unfinished` left unfinished; those of `texts` as given), compiled as the kiosk loads it."""
    tree = ET.parse(assets.I18N / "kiosk_en.ts")
    tree.getroot().set("language", lang)
    for index, message in enumerate(tree.iter("message")):
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = f"{mark} {form.text}"
        else:
            translation.text = f"{mark} {translation.text or message.findtext('source')}"
        if texts and message.findtext("source") in texts:
            translation.text = texts[message.findtext("source")]
        if index < unfinished:
            translation.set("type", "unfinished")
    tree.write(folder / f"kiosk_{lang}.ts", encoding="utf-8", xml_declaration=True)
    subprocess.run([sys.executable, str(assets.ASSETS.parent / "scripts" / "compile-catalogue.py"),
                    str(folder / f"kiosk_{lang}.ts"), str(folder / f"kiosk_{lang}.qm")], check=True)


@pytest.fixture
def catalogues(tmp_path, monkeypatch):
    """The real Thai and English catalogues, a complete Filipino one (its texts marked "FIL") and a Malay one with
    one message unfinished."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    for lang in ("th", "en"):
        for suffix in ("ts", "qm"):
            shutil.copy(assets.I18N / f"kiosk_{lang}.{suffix}", folder)
    fake_catalogue(folder, "fil", "FIL")
    fake_catalogue(folder, "ms", "MS", unfinished=1)
    monkeypatch.setattr(ui, "I18N_DIR", folder)
    return folder


def test_only_the_languages_ready_are_offered_and_the_log_says_why(start_kiosk, catalogues, caplog):
    with caplog.at_level(logging.WARNING, logger="kiosk.ui.app"):
        kiosk = start_kiosk(lang="ms", screen="home", languages=("ms", "th", "fil", "en", "km", "zh"))
    has_han = bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    offered = [lang["code"] for lang in kiosk.kiosk.show.languages]
    assert offered == ["th", "fil", "en"]
    assert kiosk.kiosk.show.lang == "th", "the language set is not offered: visitors start in the first offered"
    assert "The language ms is not offered: kiosk_ms.ts has 1 unfinished message." in caplog.text
    assert "The language km is not offered: there is no catalogue kiosk_km.ts" in caplog.text
    assert "The language zh is not offered: there is no catalogue kiosk_zh.ts" in caplog.text
    assert has_han or "no font draws its script" not in caplog.text
    assert kiosk.kiosk.show.setLanguage("ms") is False and kiosk.kiosk.show.setLanguage("fil") is True


def test_two_languages_keep_their_two_buttons(start_kiosk):
    kiosk = start_kiosk(lang="th", screen="home")
    assert not [i for i in kiosk.find_all("languageButton") if i.isVisible()]
    kiosk.tap("lang-en")
    assert kiosk.kiosk.show.lang == "en" and tile_title(kiosk, "tile-cities") == "Cities"
    attract = start_kiosk(lang="en", screen="attract")
    assert not [i for i in attract.find_all("attract-languages") if i.isVisible()]
    attract.tap("attract-lang-th")
    attract.wait_for_screen("homeScreen")
    assert attract.kiosk.show.lang == "th"


def sheet_shown(kiosk) -> bool:
    return kiosk.item("languageSheet").isVisible()


def test_the_language_sheet_from_a_visitor_screen(start_kiosk, catalogues):
    kiosk = start_kiosk(lang="th", screen="cities", languages=("th", "en", "fil"))
    kiosk.wait_for_screen("citiesScreen")
    assert not [i for i in kiosk.find_all("lang-th") if i.isVisible()], "three languages: one button, a sheet"
    assert kiosk.visible_item("languageButton").property("text").startswith("ไทย")
    kiosk.tap("languageButton")
    assert sheet_shown(kiosk)
    shown = kiosk.texts_in(kiosk.item("languageSheet"))
    assert shown[0] == "เลือกภาษา"
    assert [t for t in shown if t in ("ไทย", "Thai", "English", "Filipino")] == ["ไทย", "Thai", "English", "Filipino"]
    kiosk.tap("languageSheetClose")
    assert not sheet_shown(kiosk) and kiosk.kiosk.show.lang == "th"
    kiosk.tap("languageButton")
    kiosk.tap_at(QPoint(kiosk.window.width() // 2, 5))  # beside the panel: nothing chosen
    assert not sheet_shown(kiosk) and kiosk.kiosk.show.lang == "th"
    kiosk.tap("languageButton")
    kiosk.tap("language-fil")
    kiosk.settle()
    assert not sheet_shown(kiosk)
    assert kiosk.kiosk.show.lang == "fil"
    assert kiosk.screen_name() == "citiesScreen", "the visitor stays where they were"
    assert "FIL Home" in kiosk.texts() and "FIL Back" in " ".join(kiosk.texts())
    assert kiosk.visible_item("languageButton").property("text").startswith("Filipino")


def test_the_attract_screen_asks_in_every_language_and_opens_the_sheet(start_kiosk, catalogues, qtbot):
    kiosk = start_kiosk(lang="th", screen="attract", languages=("th", "en", "fil"))
    invitation = kiosk.visible_item("invitation")
    seen = [invitation.property("text")]
    for _ in range(3):  # the line moves on by itself, every few seconds
        qtbot.waitUntil(lambda: invitation.property("text") not in ("", seen[-1]), timeout=6000)
        seen.append(invitation.property("text"))
    assert seen == ["แตะหน้าจอเพื่อเริ่มต้น", "Touch the screen to start", "FIL Touch the screen to start",
                    "แตะหน้าจอเพื่อเริ่มต้น"]
    assert not [i for i in kiosk.find_all("attract-lang-th") if i.isVisible()]
    kiosk.tap("attract-languages")
    assert sheet_shown(kiosk)
    kiosk.tap("language-en")
    kiosk.wait_for_screen("homeScreen")
    assert kiosk.kiosk.show.lang == "en"
    assert tile_title(kiosk, "tile-cities") == "Cities"
    assert not sheet_shown(kiosk)


def test_every_character_of_every_offered_catalogue_is_in_a_loaded_font(qtbot, caplog):
    from PySide6.QtGui import QFont, QRawFont

    from kiosk.core.common import languages
    from tests.ui.test_screens import translations_of

    bundled = ui.load_fonts()
    present = tuple(sorted(p.stem.removeprefix("kiosk_") for p in assets.I18N.glob("kiosk_*.ts")))
    with caplog.at_level(logging.WARNING, logger="kiosk.ui.app"):  # a catalogue whose script no font draws
        offered = ui.Translations.offered(present, bundled)
    assert set(offered) == set(present), "every catalogue is complete and a font draws its script"
    for lang in offered:
        system = ui.WRITING_SYSTEMS.get(lang, QFontDatabase.WritingSystem.Latin)
        families = bundled + [f for f in QFontDatabase.families(system) if f not in bundled]
        fonts = [QRawFont.fromFont(QFont(family)) for family in families]
        assert all(font.isValid() for font in fonts)
        texts = [languages.SCREEN_LANGUAGES[lang][0], *(
            text for m in ET.parse(assets.I18N / f"kiosk_{lang}.ts").iter("message") for text in translations_of(m))]
        missing = {ch for text in texts for ch in text
                   if not ch.isspace() and not any(font.supportsCharacter(ord(ch)) for font in fonts)}
        assert missing == set(), f"kiosk_{lang}: no loaded font draws {sorted(missing)}"


def test_a_visitor_who_walks_away_from_the_sheet_leaves_it_closed(start_kiosk, catalogues):
    from tests.ui.test_visitor_session import FakeClock

    clock = FakeClock()
    kiosk = start_kiosk(lang="th", screen="home", languages=("th", "en", "fil"), idle_seconds=60, idle_clock=clock)
    kiosk.tap("languageButton")
    kiosk.tap("language-fil")
    kiosk.tap("languageButton")
    assert sheet_shown(kiosk)
    for seconds in (61, 20):  # "Still there?", then its countdown's end
        clock.now += seconds
        kiosk.kiosk.idle.tick()
    kiosk.wait_for_screen("attractScreen")
    assert not sheet_shown(kiosk)
    assert kiosk.kiosk.show.lang == "th"


def drawn_by(item, text: str) -> dict[str, str]:
    """Which font Qt draws each word of `text` in, set in the font of a real item on the screen."""
    from PySide6.QtGui import QTextLayout

    found = {}
    for word in text.split():
        layout = QTextLayout(word, item.property("font"))
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        found[word] = {run.rawFont().familyName() for run in layout.glyphRuns()}
    return found


def test_han_is_drawn_in_the_readers_regional_form_and_thai_in_the_thai_font(start_kiosk, catalogues):
    for lang in ("ja", "ko"):
        fake_catalogue(catalogues, lang, lang.upper())
    for lang in ("zh",):
        for suffix in ("ts", "qm"):
            shutil.copy(assets.I18N / f"kiosk_{lang}.{suffix}", catalogues)
    kiosk = start_kiosk(lang="th", screen="home", languages=("th", "en", "zh", "ja", "ko"))
    assert "Noto Sans CJK JP" in QFontDatabase.families(), "fonts-noto-cjk is not installed (scripts/system-deps.sh)"
    expected = {"th": "Noto Sans CJK SC", "en": "Noto Sans CJK SC", "zh": "Noto Sans CJK SC",
                "ja": "Noto Sans CJK JP", "ko": "Noto Sans CJK KR"}
    for lang, han in expected.items():
        kiosk.kiosk.show.setLanguage(lang)
        kiosk.settle()
        title = kiosk.visible_item("tile-cities")
        texts = [i for i in kiosk.all_items(title) if i.inherits("QQuickText") and i.property("text")]
        fonts = drawn_by(texts[0], "直骨 ไทย ខ្មែរ 한국")
        assert fonts["直骨"] == {han}, lang
        assert fonts["ไทย"] == {"Noto Sans Thai"}, lang
        assert {f.lower() for f in fonts["ខ្មែរ"]} == {"noto sans khmer"}, lang
        assert fonts["한국"] == ({"Noto Sans CJK KR"} if lang == "ko" else {han}), lang  # the same Hangul in each
    kiosk.kiosk.show.setLanguage("th")
    kiosk.settle()
    kiosk.tap("languageButton")  # the sheet names each language in its own script and its reader's Han
    names = {i.property("text"): i for i in kiosk.all_items() if i.isVisible() and i.inherits("QQuickText")}
    assert drawn_by(names["日本語"], "日本語")["日本語"] == {"Noto Sans CJK JP"}
    assert drawn_by(names["简体中文"], "简体中文")["简体中文"] == {"Noto Sans CJK SC"}


def test_every_character_of_the_demo_content_is_in_a_font_the_screen_uses(qtbot, demo_db_file):
    """No tofu in content: every text of every table (JSON texts decoded) is drawn by a bundled font or by the Noto
    Sans CJK the screen falls back to."""
    import json
    import sqlite3

    from PySide6.QtGui import QFont, QRawFont

    from kiosk.ui.common import fonts as screen_fonts

    families = ui.load_fonts() + [f for f in set(assets.CJK.values()) if f in screen_fonts.installed()]
    drawn = [QRawFont.fromFont(QFont(family)) for family in families]
    texts = []
    with sqlite3.connect(demo_db_file) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                                "LIKE '%search%' AND name NOT LIKE 'sqlite%'")]
        for table in tables:
            for row in db.execute(f"SELECT * FROM [{table}]"):
                for value in row:
                    if isinstance(value, str):
                        try:
                            decoded = json.loads(value)
                        except ValueError:
                            decoded = value
                        texts.extend(decoded.values() if isinstance(decoded, dict) else [value])
    texts = [t for t in texts if isinstance(t, str)]
    assert len(texts) > 500 and any("ភ្នំពេញ" in t for t in texts)  # the demo's cities have their own scripts
    missing = {}
    for text in texts:
        for ch in text:
            if ch.isprintable() and not ch.isspace() and not any(f.supportsCharacter(ord(ch)) for f in drawn):
                missing.setdefault(ch, text[:40])
    assert missing == {}, f"characters no font draws: {missing}"


def test_the_show_dates_are_written_as_each_reader_writes_them(start_kiosk, catalogues):
    for lang in ("zh", "my"):
        for suffix in ("ts", "qm"):
            shutil.copy(assets.I18N / f"kiosk_{lang}.{suffix}", catalogues)
    kiosk = start_kiosk(lang="th", screen="home", languages=("th", "en", "zh", "my"))
    expected = {"th": "วันพฤหัสบดี 22 สิงหาคม – วันเสาร์ 24 สิงหาคม พ.ศ. 2562",  # the Buddhist era
                "en": "Thursday 22 August – Saturday 24 August 2019",
                "zh": "2019年8月22日星期四 – 8月24日星期六",
                "my": "၂၄ ဩဂုတ် ၂၀၁၉"}  # the year in the same digits as the day
    for lang, dates in expected.items():
        kiosk.kiosk.show.setLanguage(lang)
        kiosk.settle()
        assert any(dates in text for text in kiosk.texts()), (lang, [t for t in kiosk.texts() if "22" in t])


def words_cut_in_two(kiosk) -> list[str]:
    """Texts of one word (no space in them) laid out on more than one line: a word broken in its middle."""
    return [item.property("text") for item in kiosk.all_items(kiosk.window.contentItem())
            if item.isVisible() and item.inherits("QQuickText") and item.property("text")
            and not any(ch.isspace() for ch in item.property("text").strip()) and item.property("lineCount") > 1]


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_a_long_tamil_word_in_a_title_is_never_cut_in_two(start_kiosk, size):
    from tests.ui.test_accessibility import open_panel

    kiosk = start_kiosk(lang="ta", screen="home", size=size, languages=("th", "en", "ta"))
    open_panel(kiosk)
    kiosk.tap("textSize-2")
    kiosk.tap("accessibilityDone")
    kiosk.settle()
    assert any("கண்காட்சியாளர்கள்" in text for text in kiosk.texts())
    assert words_cut_in_two(kiosk) == [], "home"
    for tile, screen in (("tile-cities", "citiesScreen"), ("tile-exhibitors", "exhibitorsScreen"),
                         ("tile-projects", "projectsScreen")):
        kiosk.tap(tile)
        kiosk.wait_for_screen(screen)
        kiosk.settle()
        assert words_cut_in_two(kiosk) == [], screen
        kiosk.tap("homeButton")
        kiosk.wait_for_screen("homeScreen")


def test_a_khmer_catalogues_texts_break_between_words(start_kiosk, catalogues):
    phrase = "ទីក្រុងនិងពិព័រណ៍របស់ពួកគេ"  # "cities and their exhibitions": no space between the words
    fake_catalogue(catalogues, "km", "KM", texts={"Cities": phrase})
    kiosk = start_kiosk(lang="km", screen="home", languages=("th", "en", "km"))
    title = next(t for t in kiosk.texts_in(kiosk.visible_item("tile-cities")) if t.replace("\u200b", "") == phrase)
    assert "\u200b" in title  # a break is allowed between its words, and only there
    assert all(not "\u17b6" <= part[:1] <= "\u17d3" for part in title.split("\u200b")), title  # no sign starts a piece


def untranslated_on_screen(kiosk, english: set[str]) -> list[str]:
    """Texts on the screen that are one of the UI's English strings (one the catalogue translates otherwise)."""
    return sorted({text.replace("\u200b", "") for text in kiosk.texts()} & english)


def test_each_of_the_thirteen_is_chosen_from_the_attract_screen_and_every_screen_reads_in_it(start_kiosk):
    """With the real catalogues: a visitor taps their language on the attract screen's sheet, and home, the lists,
    a city page, the programme, the map and search show none of the UI's English strings."""
    from kiosk.core.common import languages

    kiosk = start_kiosk(lang="th", screen="attract", languages=tuple(languages.SCREEN_LANGUAGES))
    assert [entry["code"] for entry in kiosk.kiosk.show.languages] == list(languages.SCREEN_LANGUAGES)
    for lang in languages.SCREEN_LANGUAGES:
        english = set()
        if lang != "en":
            for message in ET.parse(assets.I18N / f"kiosk_{lang}.ts").iter("message"):
                source = message.findtext("source")
                if message.get("numerus") != "yes" and "%" not in source and len(source) > 3 \
                        and message.findtext("translation") != source:
                    english.add(source)
        kiosk.evaluate(kiosk.screen(), 'Nav.open("attract", ""), true')  # as the idle countdown leaves
        kiosk.wait_for_screen("attractScreen")
        kiosk.tap("attract-languages")
        kiosk.tap(f"language-{lang}")
        kiosk.wait_for_screen("homeScreen")
        assert kiosk.kiosk.show.lang == lang
        assert untranslated_on_screen(kiosk, english) == [], (lang, "home")
        for target, screen in (("tile-cities", "citiesScreen"), ("city-phnom-penh", "cityPage"),
                               ("homeButton", "homeScreen"), ("tile-exhibitors", "exhibitorsScreen"),
                               ("homeButton", "homeScreen"), ("tile-programme", "programmeScreen"),
                               ("homeButton", "homeScreen"), ("tile-map", "mapScreen"),
                               ("homeButton", "homeScreen"), ("tile-search", "searchScreen")):
            kiosk.tap(target)
            kiosk.wait_for_screen(screen)
            kiosk.settle()
            assert untranslated_on_screen(kiosk, english) == [], (lang, screen)
        kiosk.kiosk.show.resetVisitor()
