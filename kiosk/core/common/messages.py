"""The sentences Python code says to people (staff refusals, form checks), one file per language in assets/i18n.

`messages_<lang>.json` holds {group: {code: text}}; a text may name fields in braces ({limit}, {name}). A language
without a file, or a code its file lacks, reads the English text.
"""

from __future__ import annotations

import json
from functools import cache

from kiosk.core.common import languages
from kiosk.core.common.assets import I18N


@cache
def table(lang: str) -> dict[str, dict[str, str]]:
    path = I18N / f"messages_{lang}.json"
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def say(group: str, code: str, lang: str = languages.FALLBACK, **fields) -> str:
    text = table(lang).get(group, {}).get(code) or table(languages.FALLBACK)[group][code]
    return text.format(**fields) if fields else text


def codes(group: str) -> frozenset[str]:
    return frozenset(table(languages.FALLBACK)[group])
