"""The sentences Python says to people: every language file says every one, with the same fields."""

import json
import re
import string

import pytest

from kiosk.core.common import languages, messages
from kiosk.core.common.assets import I18N

FILES = sorted(I18N.glob("messages_*.json"))


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_file_is_a_screen_language():
    langs = {re.fullmatch(r"messages_(\w+)\.json", f.name).group(1) for f in FILES}
    assert {"en", "th"} <= langs <= set(languages.SCREEN_LANGUAGES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_a_language_says_every_sentence_with_the_same_fields(path):
    english = json.loads((I18N / "messages_en.json").read_text(encoding="utf-8"))
    table = json.loads(path.read_text(encoding="utf-8"))
    assert table.keys() == english.keys()
    for group, texts in english.items():
        assert table[group].keys() == texts.keys(), f"{path.name}: {group} differs from English"
        for code, text in texts.items():
            assert table[group][code].strip(), f"{path.name}: {group}.{code} is empty"
            assert _fields(table[group][code]) == _fields(text), f"{path.name}: {group}.{code} names other fields"


def test_a_language_without_a_file_reads_english_and_fields_are_filled():
    assert messages.say("validate", "too_long", "th", limit=80) == "ยาวเกินไป: ไม่เกิน 80 ตัวอักษร"
    assert messages.say("validate", "too_long", "xx", limit=80) == "Too long: at most 80 characters."
