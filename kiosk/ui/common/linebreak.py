"""Line breaks at word boundaries in Khmer and Lao, which are written without spaces between words.

Qt's line breaker has no dictionary for them (it asks libthai for Thai, and nothing for these): it finds no break
in a run of Khmer or Lao, so a long text overflows its column or is cut anywhere, even inside a syllable. ICU's
dictionaries know their words: a text shown on screen gets a ZERO WIDTH SPACE at each of ICU's breaks inside such a
run. It is invisible and never stored: only what the screen shows changes, never what is saved, searched or sent.
(Burmese is not helped this way: Qt already breaks it between any two clusters, and no joiner stops it.)
"""

from __future__ import annotations

import functools
import unicodedata

import icu

ZWSP = "\u200b"
RANGES = ((0x1780, 0x17FF), (0x19E0, 0x19FF), (0x0E80, 0x0EFF))  # Khmer, Khmer symbols, Lao
COENG = "\u17d2"  # sets the next Khmer consonant under the one before: nothing may come between them


def _unspaced(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in RANGES)


@functools.cache
def _icu_lines() -> icu.BreakIterator:
    return icu.BreakIterator.createLineInstance(icu.Locale.getRoot())  # the dictionaries go by script


@functools.lru_cache(maxsize=1024)
def wrappable(text: str) -> str:
    """`text` with a line break allowed between its Khmer and Lao words (unchanged when it has none)."""
    if not any(_unspaced(char) for char in text):
        return text
    lines = _icu_lines()
    lines.setText(text)
    out, start = [], 0
    for position in lines:
        if 0 < position < len(text):
            before, char = text[position - 1], text[position]
            if (_unspaced(before) and _unspaced(char) and before != COENG
                    and not unicodedata.category(char).startswith("M")):
                out.append(text[start:position] + ZWSP)
                start = position
    out.append(text[start:])
    return "".join(out)


def wrappable_all(value):
    """Every text in a page's data (dicts, lists, strings) made wrappable."""
    if isinstance(value, str):
        return wrappable(value)
    if isinstance(value, dict):
        return {key: wrappable_all(item) for key, item in value.items()}
    if isinstance(value, list):
        return [wrappable_all(item) for item in value]
    return value
