"""Checks for what booth staff type. Each check returns the cleaned value and the problems found; none raises.

A `Problem` names the field, the language (for texts kept per language) and a code; `message` turns it into a
plain sentence in English or Thai.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from kiosk.core.common import messages
from kiosk.core.common.text import cap_marks, nfc

# Longest value per field, in characters (code points) after NFC.
LIMITS = {
    "name": 120, "short_name": 20, "title": 160, "status": 300,
    "description": 2000, "profile": 2000, "vision": 2000,
    "website": 300, "url": 300, "contact_email": 254,
}
YEARS = (1900, 2100)

_LANG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", re.ASCII)
_DIGITS = re.compile(r"[0-9]{1,4}", re.ASCII)  # ASCII only: Thai digits pass str.isdigit()
_EMAIL = re.compile(r"[^@\s<>()\[\],;:\"\\]+@(?:[^@\s<>()\[\],;:\"\\.]+\.)+[^@\s<>()\[\],;:\"\\.]{2,}")
# Bidi embeddings, overrides and isolates reorder what is shown: refused as control characters.
_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

CODES = messages.codes("validate")


@dataclass(frozen=True)
class Problem:
    field: str
    lang: str | None
    code: str
    limit: int | None = None


def message(problem: Problem, lang: str = "en") -> str:
    """One plain sentence for the problem, in the staff member's language (English where it has none)."""
    return messages.say("validate", problem.code, lang, limit=problem.limit, low=YEARS[0], high=YEARS[1])


def _bad_characters(value: str, multiline: bool) -> list[str]:
    codes = []
    for ch in value:
        if multiline and ch in "\n\t":
            continue
        category = unicodedata.category(ch)
        if ch in _BIDI or category in ("Cc", "Cs", "Zl", "Zp"):
            code = "control"
        elif category == "Cf":  # zero-width space, joiners, BOM, word joiner, soft hyphen, direction marks
            code = "invisible"
        else:
            continue
        if code not in codes:
            codes.append(code)
    return codes


def text(value, field: str, lang: str | None = None, *, limit: int | None = None,
         multiline: bool = False, required: bool = False) -> tuple[str, list[Problem]]:
    """A text: NFC, line ends made `\\n` (multi-line texts), trimmed, no control or invisible characters, floods of
    combining marks capped (`cap_marks`)."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        return "", [Problem(field, lang, "not_text")]
    value = nfc(cap_marks(value))
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.strip()
    problems = [Problem(field, lang, code) for code in _bad_characters(value, multiline)]
    if required and not value:
        problems.append(Problem(field, lang, "required"))
    limit = limit or LIMITS.get(field)
    if limit and len(value) > limit:
        problems.append(Problem(field, lang, "too_long", limit))
    return value, problems


def texts(value, field: str, *, limit: int | None = None, multiline: bool = False,
          required: tuple[str, ...] = ()) -> tuple[dict, list[Problem]]:
    """A text per language, `{"en": ..., "th": ...}`: each checked as `text`; empty languages are dropped."""
    if value is None:
        value = {}
    if not isinstance(value, dict):
        return {}, [Problem(field, None, "not_text")]
    out: dict[str, str] = {}
    problems: list[Problem] = []
    for lang, item in value.items():
        if not isinstance(lang, str) or not _LANG.fullmatch(lang):
            problems.append(Problem(field, None, "language"))
            continue
        cleaned, found = text(item, field, lang, limit=limit, multiline=multiline)
        problems += found
        if cleaned:
            out[lang] = cleaned
    problems += [Problem(field, lang, "required") for lang in required if not out.get(lang)]
    return out, problems


def plain(value, field: str, *, limit: int | None = None) -> tuple[str | None, list[Problem]]:
    """An optional one-line text; empty is None."""
    cleaned, problems = text(value, field, limit=limit)
    return cleaned or None, problems


def url(value, field: str, *, allow_http: bool = False) -> tuple[str | None, list[Problem]]:
    """An optional web address: https with a host (http too when allowed), no spaces, controls or invisibles.

    The same rules as `qr.check_url`, which every QR payload passes, but as problems with codes.
    """
    cleaned, problems = plain(value, field)
    if problems or cleaned is None:
        return cleaned, problems
    if any(ch.isspace() for ch in cleaned):
        return cleaned, [Problem(field, None, "url_space")]
    try:
        parts = urlsplit(cleaned)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        return cleaned, [Problem(field, None, "url_host")]
    if parts.scheme.lower() not in (("https", "http") if allow_http else ("https",)):
        return cleaned, [Problem(field, None, "url_scheme")]
    if not parts.hostname:
        return cleaned, [Problem(field, None, "url_host")]
    if "@" in parts.netloc:
        return cleaned, [Problem(field, None, "url_userinfo")]
    return cleaned, []


def email(value, field: str) -> tuple[str | None, list[Problem]]:
    """An optional e-mail address: `local@domain.tld`, one @, no spaces."""
    cleaned, problems = plain(value, field)
    if problems or cleaned is None:
        return cleaned, problems
    if not _EMAIL.fullmatch(cleaned) or len(cleaned.split("@")[0]) > 64:
        return cleaned, [Problem(field, None, "email")]
    return cleaned, []


def year(value, field: str) -> tuple[int | None, list[Problem]]:
    """An optional year of the Western calendar, as an int or a string of ASCII digits."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, []
    if isinstance(value, str) and _DIGITS.fullmatch(value.strip()):
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not YEARS[0] <= value <= YEARS[1]:
        return None, [Problem(field, None, "year")]
    return value, []
