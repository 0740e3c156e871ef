"""The family the screen's text is set in, per reader, and what Qt falls back to for a letter it lacks.

Latin, Thai, Khmer, Lao, Burmese and Tamil come from the bundle (assets/fonts). Han, kana and Hangul come from the
system's Noto Sans CJK (ADR 12), and Han has regional forms: a Japanese reader sees 直 and 骨 as Japan writes them,
a Chinese reader as China does. So a reader of zh, ja or ko gets their Noto Sans CJK as the screen's family (its
Latin, kana and Hangul included); every other reader gets Noto Sans, with Simplified Chinese's Han behind it.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from kiosk.core.common import assets


@cache
def installed() -> frozenset[str]:
    """The families Qt knows (the system's and the loaded bundle): asked once, the answer does not change."""
    return frozenset(QFontDatabase.families())


def screen_family(lang: str) -> str:
    cjk = assets.CJK.get(lang)
    return cjk if cjk in installed() else assets.LATIN.family


def script_family(lang: str) -> str:
    """The family for a text in `lang` itself (a city's local name, a language's own name): complex scripts are
    shaped only by a font that has them."""
    return screen_family(lang) if lang in assets.CJK else assets.for_lang(lang).family


def substitute() -> None:
    """Every screen family falls back to the bundled scripts, then (Noto Sans) to Simplified Chinese's Han. Qt keeps
    a font's fallbacks once it has used it, so this is done once, before the first text is laid out."""
    bundled = assets.families()
    others = bundled[1:] + ([assets.cjk_family("")] if assets.cjk_family("") in installed() else [])
    QFont.insertSubstitutions(assets.LATIN.family, others)
    for cjk in set(assets.CJK.values()) & installed():
        QFont.insertSubstitutions(cjk, bundled)
