"""The languages the kiosk speaks, and the locale each is sorted, dated and spoken in."""

from __future__ import annotations

# The screens' languages, in the order they are offered; a visitor starts in the first unless set otherwise.
LANGUAGES = ("th", "en")
# Every name needs English: a visitor whose language an entry lacks reads the English text.
FALLBACK = "en"
# Content languages in the order spreadsheets and exports list them: the fallback first.
CONTENT_ORDER = (FALLBACK, *(lang for lang in LANGUAGES if lang != FALLBACK))
# The locale of each language (Qt's and ICU's name): collation, dates, numbers, speech.
LOCALES = {"th": "th_TH", "en": "en_GB"}
# The on-screen keyboard's layouts, in the order its language key cycles through them (Qt Virtual Keyboard leaves out
# a layout it lacks): the screens' languages, then the other ASEAN and guest languages it can type.
KEYBOARD_LOCALES = (*LOCALES.values(), "vi_VN", "id_ID", "ms_MY", "zh_CN", "ja_JP", "ko_KR")
