"""Search with the on-screen keyboard: keys are tapped, results follow each keystroke."""

import pytest


def result_ids(kiosk):
    return [(row["type"], row["id"]) for row in kiosk.kiosk.search.results.rows()]


@pytest.mark.parametrize("lang, typed, expected", [
    ("en", "bangkok", ("city", "bangkok")),
    ("en", "da nang", ("city", "da-nang")),
    ("th", "กรุงเทพ", ("city", "bangkok")),
    ("th", "ท่วม", ("project", "kuching-flood-management")),
])
def test_typing_on_the_on_screen_keyboard_finds_it(start_kiosk, lang, typed, expected):
    kiosk = start_kiosk(lang=lang, screen="home")
    kiosk.tap("tile-search")
    kiosk.wait_for_screen("searchScreen")
    kiosk.tap("searchField")
    kiosk.qtbot.waitUntil(lambda: kiosk.item("keyboard").isVisible())
    field = kiosk.visible_item("searchField")
    keyboard = kiosk.item("keyboard")
    field_bottom = field.mapToScene(field.boundingRect().bottomLeft()).y()
    assert field_bottom <= keyboard.mapToScene(keyboard.boundingRect().topLeft()).y(), "the keyboard covers the field"
    kiosk.type_on_keyboard(typed)
    kiosk.qtbot.waitUntil(lambda: field.property("text") == typed)
    assert expected in result_ids(kiosk)
    if expected[0] == "city":
        assert result_ids(kiosk)[0] == expected


def test_the_match_is_highlighted_as_plain_text(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="search:nang")
    kiosk.wait_for_screen("searchScreen")
    row = next(r for r in kiosk.kiosk.search.results.rows() if r["id"] == "da-nang")
    assert (row["before"], row["hit"], row["after"]) == ("Da ", "Nang", "")
    item = kiosk.visible_item("result-city-da-nang")
    assert kiosk.texts_in(item) == ["Da ", "Nang"]


def test_no_results_offers_suggestions_and_ideas(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="search:bangkck")
    kiosk.wait_for_screen("searchScreen")
    assert kiosk.kiosk.search.results.rows() == []
    assert any("Nothing matches" in t for t in kiosk.texts())
    kiosk.tap("suggestion-bangkok")
    kiosk.wait_for_screen("cityPage")
    assert kiosk.visible_item("pageTitle").property("text") == "Bangkok"


def test_a_session_result_opens_its_day_of_the_programme(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="search:closing remarks")
    kiosk.wait_for_screen("searchScreen")
    kiosk.tap("result-session-closing-remarks")
    kiosk.wait_for_screen("programmeScreen")
    assert kiosk.kiosk.programme.programmeDay == "2019-08-24"


def test_markup_in_a_query_is_text(start_kiosk):
    kiosk = start_kiosk(lang="en", screen="search:<b>x</b>")
    kiosk.wait_for_screen("searchScreen")
    assert any("<b>x</b>" in t for t in kiosk.texts())


def test_fast_typing_keeps_the_result_list_quiet(start_kiosk):
    # Resetting a list that reuses its rows on every keystroke made Qt warn ("DelegateModel::cancel").
    kiosk = start_kiosk(lang="th", screen="search")
    kiosk.wait_for_screen("searchScreen")
    field = kiosk.visible_item("searchField")
    for word in ("bangkok", "กรุงเทพ", "น้ำท่วม", "da nang", "smart mobility") * 2:
        field.setProperty("text", "")
        kiosk.settle()
        for end in range(1, len(word) + 1):
            field.setProperty("text", word[:end])
            kiosk.settle()
    assert kiosk.kiosk.search.searchText == "smart mobility"


def test_the_keyboard_is_not_built_until_a_text_field_is_needed(start_kiosk):
    kiosk = start_kiosk(lang="th", screen="home")
    assert kiosk.find_all("keyboard") == []
    kiosk.tap("tile-search")
    kiosk.wait_for_screen("searchScreen")
    kiosk.qtbot.waitUntil(lambda: kiosk.find_all("keyboard") != [])
