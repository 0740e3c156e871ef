"""The bundled assets (fonts, translations, images) and which bundled font draws which script.

The kiosk never relies on the system's fonts: a fresh machine has no Thai font, and Thai then renders as boxes. The
screen (Qt), the QR posters (PDF), the report's charts (Pillow) and the report's page all pick their fonts from
SCRIPTS below.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ASSETS = Path(__file__).resolve().parents[3] / "assets"
FONTS = ASSETS / "fonts"
I18N = ASSETS / "i18n"
KEYBOARD = ASSETS / "keyboard"  # the on-screen keyboard's layouts, one folder per locale


@dataclass(frozen=True)
class Script:
    family: str  # the font family name, as Qt and CSS know it
    stem: str  # its files are assets/fonts/<stem>-Regular.ttf and, when `bold`, <stem>-Bold.ttf
    bold: bool
    ranges: tuple[tuple[int, int], ...]  # the code points it draws that Noto Sans does not
    langs: tuple[str, ...]  # languages written in it

    def file(self, bold: bool = False) -> Path:
        return FONTS / f"{self.stem}-{'Bold' if bold and self.bold else 'Regular'}.ttf"


# Latin (and Vietnamese, Indonesian, Malay, Filipino) first; then every script the content uses. Qt falls back along
# this list; a character is set in the first family whose ranges hold it, else in the first. Khmer and Tamil are
# shaped only by a family that has the script, and Qt asks each family before it in turn (logging every one that
# lacks it): a text in them names its script's family first (for_lang; LocalName.qml on the screen).
SCRIPTS = (
    Script("Noto Sans", "NotoSans", True, (), ()),
    Script("Noto Sans Thai", "NotoSansThai", True, ((0x0E00, 0x0E7F),), ("th",)),
    Script("Noto Sans Khmer", "NotoSansKhmer", True, ((0x1780, 0x17FF),), ("km",)),
    Script("Noto Sans Lao", "NotoSansLao", True, ((0x0E80, 0x0EFF),), ("lo",)),
    Script("Noto Sans Myanmar", "NotoSansMyanmar", True, ((0x1000, 0x109F),), ("my",)),
    Script("Noto Sans Tamil", "NotoSansTamil", True, ((0x0B80, 0x0BFF),), ("ta",)),
    Script("Noto Sans Arabic", "NotoSansArabic", False, ((0x0600, 0x06FF),), ("ar", "ms-Arab")),
)
LATIN = SCRIPTS[0]
# Han, kana and Hangul come from the system's Noto Sans CJK (Debian's fonts-noto-cjk, which the set-up installs:
# ADR 12), not from the bundle. Han is drawn in the reader's regional form: the family of the screen language, and
# Simplified Chinese's for a reader of any other language.
CJK = {"zh": "Noto Sans CJK SC", "ja": "Noto Sans CJK JP", "ko": "Noto Sans CJK KR"}


def families() -> list[str]:
    """Every bundled family, Latin first: the fallback list for the screen and for web pages."""
    return [script.family for script in SCRIPTS]


def cjk_family(lang: str) -> str:
    """The Noto Sans CJK family whose Han a reader of `lang` expects."""
    return CJK.get(lang, CJK["zh"])


def for_lang(lang: str) -> Script:
    """The script a language is written in (Latin when it is not one of the others)."""
    return next((script for script in SCRIPTS if lang in script.langs), LATIN)


def for_char(char: str) -> Script:
    code = ord(char)
    return next((script for script in SCRIPTS for low, high in script.ranges if low <= code <= high), LATIN)


def font_files() -> list[str]:
    """The file names of every bundled font, as `kiosk doctor` checks them."""
    return [path.name for script in SCRIPTS
            for path in ([script.file(), script.file(bold=True)] if script.bold else [script.file()])]


def catalogue_gap(lang: str, folder: Path | None = None) -> str | None:
    """Why a screen language's catalogue cannot be offered yet, or None when it is complete. English is the
    source language: it is always ready."""
    if lang == "en":
        return None
    folder = folder or I18N
    source, compiled = folder / f"kiosk_{lang}.ts", folder / f"kiosk_{lang}.qm"
    if not source.is_file() or not compiled.is_file():
        return f"there is no catalogue {source.name} (with its compiled {compiled.name})"
    unfinished = source.read_bytes().count(b'type="unfinished"')
    if unfinished:
        return f"{source.name} has {unfinished} unfinished message{'s' if unfinished > 1 else ''}"
    return None
