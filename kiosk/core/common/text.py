"""Text rules shared by every write and every search: NFC, slugs, safe characters, search folding."""

from __future__ import annotations

import re
import unicodedata

from kiosk.core.common.errors import KioskError

SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*", re.ASCII)

# Combining marks that Latin, Greek and Cyrillic scripts put on letters (Vietnamese tones, accents).
# Thai, Lao, Khmer and Myanmar vowel and tone marks are combining marks too, but they are letters
# of the word, not decoration: they are kept.
_LATIN_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Letters with a stroke have no decomposition, so map them by hand.
_STROKED = str.maketrans({"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ħ": "h", "ı": "i"})
_SPACES = re.compile(r"\s+")
# Full-width Latin and half-width katakana (what a Japanese, Chinese or Korean keyboard may type): as the same letters
# of their usual width.
_WIDTHS = re.compile("[\uff01-\uff5e\uff61-\uffdc\uffe0-\uffee]")
# Zero-width and other invisible characters (Thai text often carries U+200B between words): not searchable.
INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")
# C0/C1 controls, plus bidi embeddings/overrides/isolates; stored text may keep tab and newline.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


# Non-spacing and enclosing marks kept on one character. Real text stacks fewer: Thai and Lao 2-3 (ที่ has two),
# Khmer, Burmese and pointed Hebrew 3-4, Tibetan's deepest stacks 5; a flood of them ("Zalgo" text) would draw over
# the labels around it. Spacing marks (Burmese ေ, ာ) take their own width: they are kept and not counted.
MAX_MARKS = 6


def cap_marks(value: str) -> str:
    """The text with at most MAX_MARKS combining marks on any one character; the rest of a flood is dropped."""
    out = []
    marks = 0
    for ch in value:
        category = unicodedata.category(ch)
        if category in ("Mn", "Me"):
            marks += 1
            if marks > MAX_MARKS:
                continue
        elif category != "Mc":
            marks = 0
        out.append(ch)
    return "".join(out) if len(out) != len(value) else value


def strip_controls(value: str) -> str:
    return _CONTROLS.sub("", value)


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def clean(value: str) -> str:
    """NFC, trimmed, floods of combining marks capped; raises KioskError for control characters."""
    value = nfc(cap_marks(value)).strip()
    bad = _UNSAFE.search(value)
    if bad:
        raise KioskError(f"The text contains a control character (U+{ord(bad.group()):04X}).")
    return value


def clean_texts(texts: dict | None) -> dict | None:
    """Clean a {language: text} object; empty texts are dropped."""
    if texts is None:
        return None
    if not isinstance(texts, dict):
        raise KioskError("A text must be an object keyed by language code.")
    out = {}
    for lang, value in texts.items():
        if value is None:
            continue
        if not isinstance(value, str):
            raise KioskError(f"The {lang!r} text is not a string.")
        value = clean(value)
        if value:
            out[nfc(lang)] = value
    return out


def is_slug(value: str) -> bool:
    return isinstance(value, str) and SLUG_RE.fullmatch(value) is not None


def require_slug(value: str, what: str = "id") -> str:
    if not is_slug(value):
        raise KioskError(f"{value!r} is not a valid {what}: use lowercase ASCII letters, digits and single hyphens.")
    return value


def pick(texts: dict | None, lang: str, fallback: str = "en") -> str:
    """The text in `lang`, else in `fallback`, else any text there is, else ''."""
    if not texts:
        return ""
    return texts.get(lang) or texts.get(fallback) or next(iter(texts.values()), "")


def fold(value: str) -> str:
    """Search form of a text: case- and Latin-diacritic-insensitive, spaces collapsed.

    `Đà Nẵng` and `da nang` fold alike, `ＨＵＡ` and `hua`, `ﾊﾞﾝ` and `バン`; Thai keeps its vowels and tone marks.
    """
    value = _WIDTHS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), value)
    value = unicodedata.normalize("NFD", unicodedata.normalize("NFD", value).casefold())
    value = unicodedata.normalize("NFC", INVISIBLE.sub("", _LATIN_MARKS.sub("", value)).translate(_STROKED))
    return _SPACES.sub(" ", value).strip()
