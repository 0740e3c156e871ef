import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.catalog import search
from kiosk.core.common.text import fold
from kiosk.core.store import writer


def ids(results, type_=None):
    return [r.id for r in results if type_ is None or r.type == type_]


@pytest.mark.parametrize("query, lang, expected", [
    ("Bangkok", "en", "bangkok"),
    ("bangkok", "th", "bangkok"),
    ("กรุงเทพ", "th", "bangkok"),
    ("da nang", "en", "da-nang"),
    ("Đà Nẵng", "en", "da-nang"),
    ("DA NANG", "en", "da-nang"),
    ("hanoi", "en", "ha-noi"),
    ("Ha Noi", "en", "ha-noi"),
    ("ho chi minh", "en", "ho-chi-minh-city"),
    ("ชลบุรี", "th", "chonburi"),
    ("พนมเปญ", "th", "phnom-penh"),
    ("ភ្នំពេញ", "en", "phnom-penh"),
])
def test_names_in_every_script_find_the_city(demo_db, query, lang, expected):
    results = search.search(demo_db, query, lang=lang)
    assert results[0].type == "city"
    assert results[0].id == expected


def test_titles_come_in_the_requested_language(demo_db):
    assert search.search(demo_db, "bangkok", lang="th")[0].title == "กรุงเทพมหานคร"
    assert search.search(demo_db, "กรุงเทพมหานคร", lang="en")[0].title == "Bangkok"


def test_thai_substring_inside_words(demo_db):
    results = search.search(demo_db, "ท่วม", lang="th", limit=50)
    assert results, "ท่วม (flood) must be found inside น้ำท่วม"
    assert "project" in {r.type for r in results}
    for r in results:
        assert r.match in ("name", "text")


@pytest.mark.parametrize("query, expected", [("ชล", "chonburi"), ("ภู", "phuket"), ("ภ", "phuket"), ("กร", "bangkok")])
def test_one_and_two_character_thai_queries(demo_db, query, expected):
    results = search.search(demo_db, query, lang="th", limit=50)
    assert expected in ids(results, "city")


def test_short_substring_in_the_middle_of_a_name(demo_db):
    results = search.search(demo_db, "บุ", lang="th", limit=100)  # ชลบุรี
    assert "chonburi" in ids(results, "city")
    assert all(r.match in ("prefix", "name", "exact") for r in results)


def test_ranking_exact_prefix_substring_text(writable_db):
    def project(pid, title, description=None):
        writer.save(writable_db, "project", {"id": pid, "city_id": "bangkok", "title": {"en": title, "th": title},
                                            "description": {"en": description or "x", "th": description or "x"}},
                   actor="test")

    project("z-text", "Something else", "Walk to Zorblatt park")
    project("z-name", "Old Zorblatt garden")
    project("z-prefix", "Zorblatt lights")
    project("z-exact", "Zorblatt")
    results = search.search(writable_db, "zorblatt")
    assert ids(results) == ["z-exact", "z-prefix", "z-name", "z-text"]
    assert [r.match for r in results] == ["exact", "prefix", "name", "text"]


def test_booth_codes_find_their_owner(demo_db):
    code = demo_db.execute("SELECT code FROM booth WHERE city_id = 'phuket'").fetchone()[0]
    assert search.search(demo_db, code)[0].id == "phuket"


def test_limit_and_types(demo_db):
    assert len(search.search(demo_db, "a", limit=5)) == 5
    assert {r.type for r in search.search(demo_db, "smart", types=("project",), limit=50)} == {"project"}


@pytest.mark.parametrize("hostile", ['"', '""', "'", "*", "a*", "NEAR(", "NEAR(a b)", "(", ")", "a OR b", "AND",
                                     "NOT", "^x", "col:val", "{a b}", "\\", "%", "_", "--", ";DROP TABLE city;",
                                     "\x00", "\u200b", "\u202e", " ", ""])
def test_hostile_queries_neither_raise_nor_change_meaning(demo_db, hostile):
    results = search.search(demo_db, hostile)
    assert_every_result_contains(demo_db, hostile, results)
    assert_every_result_says_why(hostile, results)


def test_a_wildcard_is_literal(demo_db):
    assert search.search(demo_db, "bang*") == []
    assert search.search(demo_db, "bang%") == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(list('abnkgo "*()^:-%_\\\'') + list("กรุงเทพชลบุรีน้ำท่วม") + ["NEAR", "OR"]),
               max_size=8).map("".join))
def test_any_query_returns_only_true_matches(demo_db, query):
    results = search.search(demo_db, query, limit=30)
    assert_every_result_contains(demo_db, query, results)
    assert_every_result_says_why(query, results)


def assert_every_result_contains(db, query, results):
    q = search.normalise_query(query)
    if not q:
        assert results == []
        return
    for r in results:
        names, texts = ([row[0] for row in db.execute(f"SELECT folded FROM {table} JOIN search_entity ON key = entity "
                                                       "WHERE search_entity.type = ? AND id = ?", [r.type, r.id])]
                        for table in ("search_name", "search_text"))
        if r.match == "exact":
            assert q in names
        elif r.match == "prefix":
            assert any(n.startswith(q) for n in names)
        elif r.match == "name":
            assert any(q in n for n in names)
        else:
            assert any(q in t for t in texts)


# --- why each result matched -------------------------------------------------------------------------------------

def assert_every_result_says_why(query, results):
    q = search.normalise_query(query)
    for r in results:
        assert r.span is not None, r
        start, end = r.span
        assert q in fold(r.matched[start:end]), r
        assert r.field in ("title", "name", "booth") or r.match == "text", r
        if r.field == "title":
            assert r.matched == r.title


@pytest.mark.parametrize("query, lang", [("f", "en"), ("a", "en"), ("ก", "th"), ("ท่วม", "th"), ("bang", "th"),
                                         ("kota", "en"), ("thailand", "en"), ("flood", "th"), ("Đà Nẵng", "en"),
                                         ("nstda", "en"), ("smart city", "th")])
def test_every_result_says_what_matched(demo_db, query, lang):
    results = search.search(demo_db, query, lang=lang, limit=40)
    assert results
    assert_every_result_says_why(query, results)


def test_an_alias_is_named_as_another_name(demo_db):
    manila = next(r for r in search.search(demo_db, "f", limit=40) if r.id == "manila")
    assert (manila.field, manila.matched, manila.span) == ("name", "City of Manila", (6, 7))
    bangkok = search.search(demo_db, "bangkok", lang="th")[0]
    assert (bangkok.title, bangkok.field, bangkok.matched) == ("กรุงเทพมหานคร", "name", "Bangkok")


def test_a_booth_code_is_named_as_the_booth(demo_db):
    code = demo_db.execute("SELECT code FROM booth WHERE city_id = 'phuket'").fetchone()[0]
    phuket = search.search(demo_db, code.lower())[0]
    assert (phuket.id, phuket.field, phuket.matched, phuket.span) == ("phuket", "booth", code, (0, len(code)))


def test_a_text_match_shows_the_words_around_it_in_the_visitors_language(demo_db):
    flood = next(r for r in search.search(demo_db, "ท่วม", lang="th") if r.id == "kuching-flood-management")
    assert flood.field == "description"
    assert flood.matched[flood.span[0]:flood.span[1]] == "ท่วม"
    assert len(flood.matched) < 120
    status = next(r for r in search.search(demo_db, "flood", lang="en") if r.id == "yangon-downtown-conservation")
    assert status.field == "status" and status.matched.startswith("Flood protection") and status.matched.endswith("…")


def test_an_excerpt_never_cuts_a_letter_from_its_marks(writable_db):
    text = "น้" * 40 + "a" + "zorblatt" + "น้" * 40  # no spaces to cut at; every other character is a tone mark
    writer.save(writable_db, "project", {"id": "z-thai", "city_id": "bangkok", "title": {"en": "Z", "th": "Z"},
                                         "description": {"en": text, "th": text}}, actor="test")
    result = next(r for r in search.search(writable_db, "zorblatt") if r.id == "z-thai")
    assert result.matched.startswith("…") and result.matched.endswith("…")
    piece = result.matched[1:-1]
    at = text.index(piece)
    assert not unicodedata.category(text[at]).startswith("M")
    assert not unicodedata.category(text[at + len(piece)]).startswith("M")
    assert result.matched[result.span[0]:result.span[1]] == "zorblatt"



@pytest.mark.parametrize("query", ["曼谷", "曼", "谷", "បាងកក", "បា", "ងកក", "バンコク", "バン", "コク", "ﾊﾞﾝｺｸ", "방콕", "콕",
                                   "ບາງ", "ဘန်"])
def test_a_name_in_any_script_is_found_by_any_part_of_it(writable_db, query):
    names = {"en": "Bangkok", "th": "กรุงเทพมหานคร", "zh": "曼谷", "km": "បាងកក", "ja": "バンコク", "ko": "방콕",
             "lo": "ບາງກອກ", "my": "ဘန်ကောက်"}
    writer.save(writable_db, "city", {"id": "bangkok", "name": names}, "test")
    found = search.search(writable_db, query, lang="vi")
    assert found[0].id == "bangkok" and found[0].title == "Bangkok", [(r.id, r.match) for r in found]


@pytest.mark.parametrize("query", ["华为", "技术", "为技", "ファー", "ウェイ", "ＨＵＡＷＥＩ", "Ｈｕａ"])
def test_an_exhibitor_is_found_by_its_chinese_or_japanese_name_typed_in_any_width(writable_db, query):
    writer.save(writable_db, "organisation", {"id": "huawei", "name": {
        "en": "Huawei", "th": "หัวเว่ย", "zh": "华为技术有限公司", "ja": "ファーウェイ"}}, "test")
    found = search.search(writable_db, query, lang="zh")
    assert "huawei" in ids(found, "exhibitor")
    if query in ("华为", "技术"):
        assert found[0].title == "华为技术有限公司"
