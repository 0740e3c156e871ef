"""Dictionary order in each screen language, as sort keys: bytes that compare (as SQLite compares BLOBs) in the
order ICU's collator for the language's locale puts the texts, ignoring case as the screens do. The writer stores
one per language with each listed row, so a list is ordered by an index instead of by sorting at every opening."""

from __future__ import annotations

import functools

import icu

from kiosk.core.common import languages

# What the stored keys were made with: when it changes (a new ICU), every stored key is made again.
VERSION = f"ICU {icu.ICU_VERSION}, Unicode {icu.UNICODE_VERSION}, secondary strength"
_THAI_LEADING_VOWELS = "\u0e40\u0e41\u0e42\u0e43\u0e44"  # เ แ โ ใ ไ


@functools.cache
def _collator(lang: str) -> icu.Collator:
    locale = languages.LOCALES.get(lang, languages.LOCALES[languages.FALLBACK])
    collator = icu.Collator.createInstance(icu.Locale(locale))
    collator.setStrength(icu.Collator.SECONDARY)  # "a" and "A" are one letter; accents still count
    return collator


def sort_key(text: str, lang: str) -> bytes:
    return _collator(lang).getSortKey(text or "")


def index_letter(name: str) -> str:
    """The letter a name is filed under: Thai leading vowels (เ แ โ ใ ไ) are skipped, as in a Thai dictionary."""
    for ch in name:
        if ch in _THAI_LEADING_VOWELS:
            continue
        if ch.isalpha():
            return ch.upper()
        if ch.isdigit():
            return "#"
    return "#"
