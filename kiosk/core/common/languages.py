"""The languages the kiosk speaks, and the locale each is sorted, dated and spoken in."""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.core.common.errors import KioskError

# The languages content is written in (names, descriptions; a sort key column each); a visitor starts in the first
# unless set otherwise.
LANGUAGES = ("th", "en")
# Every name needs English: a visitor whose language an entry lacks reads the English text.
FALLBACK = "en"
# Content languages in the order spreadsheets and exports list them: the fallback first.
CONTENT_ORDER = (FALLBACK, *(lang for lang in LANGUAGES if lang != FALLBACK))
# The locale of each language (Qt's and ICU's name): collation, dates, numbers, speech.
LOCALES = {"th": "th_TH", "en": "en_GB", "vi": "vi_VN", "id": "id_ID", "ms": "ms_MY", "fil": "fil_PH", "km": "km_KH",
           "lo": "lo_LA", "my": "my_MM", "zh": "zh_CN", "ta": "ta_SG", "ja": "ja_JP", "ko": "ko_KR"}
# The on-screen keyboard's layouts, in the order its language key cycles through them (Qt Virtual Keyboard leaves out
# a layout it lacks): the screens' languages, then the other ASEAN and guest languages it can type.
KEYBOARD_LOCALES = (LOCALES["th"], LOCALES["en"], "vi_VN", "id_ID", "ms_MY", "zh_CN", "ja_JP", "ko_KR")

# The languages the screens can speak: ASEAN's and the G20 guests'. Each is named in its own script, with a short
# English name under it on the language sheet.
SCREEN_LANGUAGES = {
    "th": ("ไทย", "Thai"),
    "en": ("English", "English"),
    "vi": ("Tiếng Việt", "Vietnamese"),
    "id": ("Bahasa Indonesia", "Indonesian"),
    "ms": ("Bahasa Melayu", "Malay"),
    "fil": ("Filipino", "Filipino"),
    "km": ("ខ្មែរ", "Khmer"),
    "lo": ("ລາວ", "Lao"),
    "my": ("မြန်မာ", "Burmese"),
    "zh": ("简体中文", "Chinese (Simplified)"),
    "ta": ("தமிழ்", "Tamil"),
    "ja": ("日本語", "Japanese"),
    "ko": ("한국어", "Korean"),
}
# The languages a show offers unless its organizer says otherwise (`kiosk config set languages …`).
OFFERED = ("th", "en")


def parse(value: str | Iterable[str]) -> tuple[str, ...]:
    """The languages of a setting ("th,en,vi" or a list), in its order, each once; a code outside the thirteen is
    refused by name."""
    codes = [c.strip().lower() for c in (value.split(",") if isinstance(value, str) else value)]
    codes = list(dict.fromkeys(c for c in codes if c))
    unknown = [c for c in codes if c not in SCREEN_LANGUAGES]
    if unknown:
        raise KioskError(f"{', '.join(unknown)} {'is not a language' if len(unknown) == 1 else 'are not languages'} "
                         f"the kiosk speaks; use codes from: {', '.join(SCREEN_LANGUAGES)}.")
    if not codes:
        raise KioskError(f"Name at least one language, e.g. th,en (codes: {', '.join(SCREEN_LANGUAGES)}).")
    return tuple(codes)


def for_content(configured: Iterable[str] = ()) -> tuple[str, ...]:
    """The languages a show's texts are written in: Thai and English (each list has a sort key in both), then the
    other languages the show offers (the `languages` setting), in its order."""
    return tuple(dict.fromkeys((*LANGUAGES, *configured)))


def english_name(code: str) -> str:
    """A content language's name in English ("Vietnamese", "Cebuano", "Malay (Arabic)"); "" for a code that names
    no language ICU knows ("vn", "jp")."""
    import icu  # here: `kiosk --help` does not load ICU

    if code in SCREEN_LANGUAGES:
        return SCREEN_LANGUAGES[code][1]
    primary = code.split("-")[0]
    name = icu.Locale(primary).getDisplayLanguage(icu.Locale("en"))
    return "" if name == primary else icu.Locale(code.replace("-", "_")).getDisplayName(icu.Locale("en"))


def offered(wanted: Iterable[str], ready: Iterable[str]) -> tuple[str, ...]:
    """The wanted languages that are ready to be offered (a complete catalogue, a font for their script), in the
    wanted order; English, the fallback every content has, when none is."""
    ready = set(ready)
    return tuple(lang for lang in wanted if lang in ready) or (FALLBACK,)
