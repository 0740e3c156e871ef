"""Settings: defaults < kiosk.toml < environment < command line. No Qt here."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

import platformdirs

from kiosk.core.common import languages
from kiosk.core.common.errors import KioskError

APP_NAME = "kiosk"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEMO_SOURCE = PROJECT_ROOT / "db"


def data_dir() -> Path:
    """Where the kiosk keeps its database and settings (the user's data folder unless KIOSK_DATA_DIR is set)."""
    override = os.environ.get("KIOSK_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def media_dir() -> Path:
    """Where staff logos and photos are kept (kiosk.core.editing.media writes them, image://media serves them)."""
    return data_dir() / "media"


def pictures_dir() -> Path:
    """The kiosk's picture folder, where staff find pictures besides USB sticks: the user's Pictures folder
    (XDG_PICTURES_DIR, usually ~/Pictures)."""
    return Path(platformdirs.user_pictures_dir())


def pepper_path(db: Path | None = None) -> Path:
    """The kiosk-local secret that PIN hashes are keyed with; kept beside, never inside, the database. A database
    kept in a data folder of its own (a `pepper` file beside it) uses that folder's secret, whoever opens it with
    `--db`; otherwise the secret is the data folder's."""
    if db is not None and (Path(db).parent / "pepper").is_file():
        return Path(db).parent / "pepper"
    return data_dir() / "pepper"


def analytics_path() -> Path:
    """This kiosk's anonymous visitor counts: a file of its own, so the content database can be copied across
    the fleet without overwriting them."""
    return data_dir() / "analytics.db"


def fleet_dir() -> Path:
    """This machine's part in a fleet of kiosks: its fleet file, journals, packages and Syncthing home."""
    return data_dir() / "fleet"


def backups_dir(db: Path | None = None) -> Path:
    """Where backups of a database are kept: `backups/` beside it (in the data folder for the default database)."""
    return (Path(db).parent if db is not None else data_dir()) / "backups"


@dataclass
class Settings:
    db: Path = field(default_factory=lambda: data_dir() / "kiosk.db")
    lang: str = "th"
    # The languages visitors may choose, in the order they are offered ("th,en,vi" in kiosk.toml); the kiosk leaves
    # out any whose catalogue is not complete.
    languages: tuple[str, ...] = languages.OFFERED
    allow_http: bool = False
    # Keep the text of visitors' searches in the analytics (off: only its length and the number of results).
    record_queries: bool = False
    # Run the kiosk's clock from this moment ("YYYY-MM-DDTHH:MM"), so a past programme shows "now" and "next".
    demo_clock: str | None = None
    # Seconds without a touch before the "Still there?" countdown.
    idle_seconds: int = 60
    # This kiosk's place on the floor plan (an id from the database's kiosk points); None: the plan's first.
    kiosk_id: str | None = None
    # The running kiosk backs its database up every `backup_minutes` (0: never) and keeps the newest `backup_keep`.
    backup_minutes: int = 60
    backup_keep: int = 24
    # True when `db` is the embedded default, which is built from the demo data set on first use.
    db_is_default: bool = True


ENV_VARS = {"db": "KIOSK_DB", "lang": "KIOSK_LANG", "languages": "KIOSK_LANGUAGES", "allow_http": "KIOSK_ALLOW_HTTP",
        "demo_clock": "KIOSK_DEMO_CLOCK", "idle_seconds": "KIOSK_IDLE_SECONDS", "kiosk_id": "KIOSK_ID",
        "record_queries": "KIOSK_RECORD_QUERIES"}


# Whole-number settings and the least each may be; on/off settings and the words that say on or off.
WHOLE_NUMBERS = {"idle_seconds": 5, "backup_minutes": 0, "backup_keep": 1}
SWITCHES = ("allow_http", "record_queries")
SWITCH_WORDS = {"true": True, "yes": True, "on": True, "1": True, "false": False, "no": False, "off": False, "0": False}


def _coerce(name: str, value):
    if name == "db":
        return Path(value).expanduser()
    if name in WHOLE_NUMBERS:
        try:
            return max(WHOLE_NUMBERS[name], int(value))
        except (TypeError, ValueError):
            raise KioskError(f"{name} must be a whole number, not {value!r}.") from None
    if name == "languages":
        return languages.parse(value)
    if name in SWITCHES:
        return value if isinstance(value, bool) else SWITCH_WORDS.get(str(value).lower(), False)
    return str(value)


def load(overrides: dict | None = None, toml_path: Path | None = None) -> Settings:
    settings = Settings()
    names = {f.name for f in fields(Settings)} - {"db_is_default"}
    toml_path = toml_path or data_dir() / "kiosk.toml"
    layers: list[dict] = []
    if toml_path.exists():
        try:
            layers.append(tomllib.loads(toml_path.read_text(encoding="utf-8")))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise KioskError(f"{toml_path} is not valid TOML ({exc}).") from exc
    layers.append({name: os.environ[var] for name, var in ENV_VARS.items() if os.environ.get(var)})
    layers.append({k: v for k, v in (overrides or {}).items() if v is not None})
    for layer in layers:
        for name, value in layer.items():
            if name in names:
                setattr(settings, name, _coerce(name, value))
                if name == "db":
                    settings.db_is_default = False
    return settings
