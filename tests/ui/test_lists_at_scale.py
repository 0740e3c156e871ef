"""The list screens on a load-test database: still in Thai (and English) dictionary order as Qt's own collator sees
it, opened by reading one page, and every row shown exactly once when a finger drags the list to its end."""

import random

import pytest
from PySide6.QtCore import QCollator, QLocale, QPoint, QPointF
from PySide6.QtTest import QTest

from kiosk import config
from kiosk.core.catalog import content
from kiosk.core.common import languages
from kiosk.core.demo import dataset
from kiosk.core.store import database as kdb
from kiosk.ui.common.models import PagedModel

SCALE = 400  # synthetic booths: 434 exhibitors and about 3,000 projects, many pages of each


@pytest.fixture(scope="module")
def scale_db(tmp_path_factory):
    return dataset.build(tmp_path_factory.mktemp("scale") / "scale.db", config.DEMO_SOURCE, scale=SCALE)


def qt_collator(lang: str) -> QCollator:
    collator = QCollator(QLocale(languages.LOCALES[lang]))
    collator.setCaseSensitivity(collator.caseSensitivity().CaseInsensitive)
    return collator


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_lists_at_scale_are_in_dictionary_order_as_qt_collates(start_kiosk, scale_db, lang):
    kiosk = start_kiosk(scale_db, lang=lang, screen="home")
    browse = kiosk.kiosk.browse
    browse.filterExhibitors("", "")
    browse.filterProjects("", "")
    collator = qt_collator(lang)
    rng = random.Random(7)
    for model, name, group in ((browse.exhibitors, "name", None), (browse.projects, "title", "focus_area"),
                               (browse.cities, "name", "country_name")):
        rows = model.rows()
        assert len(rows) == model.count > (20 if group == "country_name" else SCALE)
        picked = sorted(rng.sample(range(len(rows)), min(300, len(rows))))
        pairs = [(i, i + 1) for i in picked if i + 1 < len(rows)] + list(zip(picked, picked[1:]))
        for i, j in pairs:  # neighbours, and rows far apart
            a, b = rows[i], rows[j]
            if group and a[group] != b[group]:
                continue  # another section (a focus area, a country): ordered by the sections' own order
            assert collator.compare(a[name], b[name]) <= 0, f"row {i} {a[name]!r} comes before row {j} {b[name]!r}"
    if lang == "th":
        titles = [p["title"] for p in browse.projects.rows()]
        assert titles != sorted(titles), "Thai dictionary order is not the order of code points"


def test_opening_a_long_list_reads_one_page_not_every_row(start_kiosk, scale_db, monkeypatch):
    read = []
    list_page = content.list_page
    monkeypatch.setattr(content, "list_page", lambda *a, **k: read.append(len(rows := list_page(*a, **k))) or rows)
    kiosk = start_kiosk(scale_db, lang="th", screen="home")
    kiosk.settle()
    read.clear()
    kiosk.tap("tile-projects")
    kiosk.wait_for_screen("projectsScreen")
    kiosk.settle()
    total = kiosk.kiosk.browse.projects.count
    assert total > 2000
    assert 0 < sum(read) <= 2 * PagedModel.PAGE, f"read {sum(read)} of {total} rows to open the list"
    assert kiosk.visible_item("project-" + kiosk.kiosk.browse.projects.rows()[0]["id"])


def drag_list(kiosk, view, by: int) -> None:
    """A finger drags the list up by `by` pixels and stops before lifting: no fling, so nothing is passed unseen."""
    start = view.mapToScene(QPointF(view.width() / 2, view.height() * 0.85)).toPoint()
    touch = kiosk.touch
    touch().press(0, start, kiosk.window).commit()
    for k in range(1, 11):
        QTest.qWait(16)
        touch().move(0, start - QPoint(0, by * k // 10), kiosk.window).commit()
    QTest.qWait(120)  # held still: the list stops with the finger
    touch().release(0, start - QPoint(0, by), kiosk.window).commit()
    kiosk.qtbot.waitUntil(lambda: not view.property("moving"), timeout=3000)


@pytest.mark.parametrize("screen, list_name, prefix", [("exhibitors", "exhibitorList", "exhibitor-"),
                                                       ("cities", "cityList", "city-")])
def test_dragging_a_paged_list_to_its_end_shows_every_row_exactly_once(start_kiosk, scale_db, screen, list_name,
                                                                       prefix):
    kiosk = start_kiosk(scale_db, lang="th", screen=screen, size=(1080, 1920))
    kiosk.settle()
    view = kiosk.visible_item(list_name)
    model = view.property("model")
    seen: dict[int, str] = {}  # the row each delegate showed, by its index in the list
    drags = 0
    while True:
        for item in kiosk.all_items(view.property("contentItem")):
            name = item.objectName()
            if name.startswith(prefix) and item.isVisible() and kiosk._inside(view, item):
                index = kiosk.evaluate(item, "model.index")
                assert seen.setdefault(index, name) == name, f"row {index} showed {seen[index]} and then {name}"
        if view.property("atYEnd"):
            break
        drag_list(kiosk, view, int(view.height() * 0.6))
        drags += 1
        assert drags < 400, "the list never came to its end"
    listing = content.Listing(screen, "th")
    with kdb.connect(scale_db) as db:
        expected = [prefix + row["id"] for row in content.list_page(db, listing, 0, content.list_count(db, listing))]
    assert sorted(seen) == list(range(model.property("count")))
    assert [seen[i] for i in sorted(seen)] == expected
    assert len(set(seen.values())) == len(expected)
