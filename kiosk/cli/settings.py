"""`kiosk config show|set`: this kiosk's settings (kiosk.toml) and its place on the floor plan (the database)."""

from __future__ import annotations

import datetime
import json
import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

import click

from kiosk import config, config_file
from kiosk.cli.common import CLI_ACTOR, db_option, open_db, settings_for
from kiosk.core.catalog import content, qr
from kiosk.core.common import assets, languages
from kiosk.core.common.errors import KioskError
from kiosk.core.common.text import require_slug
from kiosk.core.floor import floorplan, placement
from kiosk.core.store import writer

# Settings kept in this kiosk's kiosk.toml, with what `config set` accepts.
FILE_KEYS = {
    "kiosk_id": "this kiosk's id: its place on the floor plan (see `position`)",
    "lang": "the language a visitor session starts in (one of `languages`)",
    "languages": "the languages visitors may choose, in order: codes from th, en, vi, id, ms, fil, km, lo, my, zh, ta, "
                 "ja, ko, e.g. th,en,vi",
    "idle_seconds": "seconds without a touch before \"Still there?\" (at least 5)",
    "demo_clock": "run the programme's clock from this moment (YYYY-MM-DDTHH:MM), or `off`",
    "allow_http": "QR codes may carry http:// as well as https:// addresses: true or false",
    "record_queries": "analytics keep the text of searches: true or false",
    "backup_minutes": "minutes between the running kiosk's backups (0: none)",
    "backup_keep": "how many backups to keep",
}
# Settings kept in the database, shared by the fleet.
DB_KEYS = {
    "position": "HALL X Y: where this kiosk stands, metres from the hall's top-left corner",
    "facing": "degrees clockwise from the top of the plan that a visitor at the screen faces (0: the front wall)",
    "base_url": "the https address the QR codes point at (where the microsite is hosted)",
}


@click.group("config")
def config_group() -> None:
    """This kiosk's settings: show them, or set one."""


def _toml_path() -> Path:
    return config.data_dir() / "kiosk.toml"


def _source(name: str, toml: dict) -> str:
    var = config.ENV_VARS.get(name)
    if var and os.environ.get(var):
        return f"environment ({var})"
    if name in toml:
        return "kiosk.toml"
    return "default"


@config_group.command("show")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def config_show(db_path: Path | None, as_json: bool) -> None:
    """Every setting with where its value comes from, and this kiosk's place on the plan."""
    import tomllib

    settings = settings_for(db_path)
    path = _toml_path()
    toml = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    rows = [{"key": key, "value": _shown(getattr(settings, key, None)), "source": _source(key, toml)}
            for key in FILE_KEYS]
    with open_db(settings, read_only=True) as db:
        plan = floorplan.load(db)
        kiosk_id = settings.kiosk_id or next(iter(plan.kiosks), None)
        point = plan.kiosks.get(kiosk_id) if kiosk_id else None
        base_url = content.base_url(db)
    if point:
        position = f"{point.hall} {point.x:g} {point.y:g}"
        facing = point.facing
    else:
        position = facing = None
    where = "database" if settings.kiosk_id else "database (the plan's first kiosk: kiosk_id is not set)"
    rows += [{"key": "position", "value": position, "source": where},
             {"key": "facing", "value": facing, "source": where},
             {"key": "base_url", "value": base_url, "source": "database (the whole fleet)"}]
    if as_json:
        click.echo(json.dumps({"kiosk.toml": str(path), "database": str(settings.db), "settings": rows},
                              ensure_ascii=False, indent=2, default=str))
        return
    click.echo(f"Settings file: {path}{'' if path.exists() else ' (not written yet)'}")
    click.echo(f"Database: {settings.db}")
    for row in rows:
        value = "(not set)" if row["value"] is None else row["value"]
        click.echo(f"  {row['key']:<15} {value!s:<32} {row['source']}")
    if settings.kiosk_id and not point:
        click.echo(f"Kiosk {settings.kiosk_id!r} has no place on the plan: set it with "
                   "`kiosk config set position HALL X Y`.")


@config_group.command("set")
@click.argument("key", type=click.Choice(sorted({**FILE_KEYS, **DB_KEYS})), metavar="KEY")
@click.argument("value", nargs=-1, required=True)
@click.option("--new", "new", is_flag=True, help="With kiosk_id: a kiosk not on the floor plan yet (then set its position).")
@db_option
def config_set(key: str, value: tuple[str, ...], new: bool, db_path: Path | None) -> None:
    """Set KEY to VALUE. KEY is one of:

    \b
    kiosk_id, lang, languages, idle_seconds, demo_clock, allow_http, record_queries, backup_minutes, backup_keep (this kiosk's
    kiosk.toml); position HALL X Y, facing DEGREES, base_url URL (the database)."""
    if key == "kiosk_id":
        _check_kiosk_id(require_slug(" ".join(value).strip(), "kiosk id"), new, db_path)
    if key in FILE_KEYS:
        _set_file_key(key, " ".join(value))
        return
    settings = settings_for(db_path)
    with open_db(settings) as db:
        if key == "base_url":
            url = qr.check_url(_no_dot_segments(" ".join(value).strip()), allow_http=settings.allow_http)
            writer.set_base_url(db, url, CLI_ACTOR)
            click.echo(f"QR codes now point at {url} (for every kiosk that uses this database).")
            return
        kiosk_id = settings.kiosk_id
        if not kiosk_id:
            raise KioskError("Set this kiosk's id first: `kiosk config set kiosk_id ID`.")
        if key == "position":
            if len(value) != 3:
                raise KioskError("position takes three values: HALL X Y (metres), e.g. `hall-1 12.5 30`.")
            hall, x, y = value[0], _number(value[1], "X"), _number(value[2], "Y")
            point = placement.place_kiosk(db, kiosk_id, hall, x, y, None, CLI_ACTOR)
        else:
            point = placement.set_facing(db, kiosk_id, _number(" ".join(value), "facing"), CLI_ACTOR)
    click.echo(f"Kiosk {kiosk_id} stands at ({point.x:g}, {point.y:g}) in {point.hall}, facing {point.facing:g}°.")


def _shown(value):
    return ",".join(value) if isinstance(value, tuple) else value


def _check_kiosk_id(kiosk_id: str, new: bool, db_path: Path | None) -> None:
    """A kiosk id is one of the plan's kiosks, unless the organizer says it is a new one (a typo would otherwise put
    "you are here" at the plan's first kiosk without a word)."""
    with open_db(settings_for(db_path)) as db:
        known = sorted(floorplan.load(db).kiosks)
    if kiosk_id in known or new:
        if kiosk_id not in known:
            click.echo(f"Kiosk {kiosk_id} is not on the floor plan yet: set its place with "
                       "`kiosk config set position HALL X Y` (or on the admin screen).")
        return
    raise KioskError(f"There is no kiosk {kiosk_id!r} on the floor plan (known: {', '.join(known) or 'none'}). "
                     "Check the spelling, or add --new to name a kiosk that is not placed yet.")


def _no_dot_segments(url: str) -> str:
    """Refuse a base_url with /../ or /./ in its path: the QR codes' addresses would lead elsewhere than it reads."""
    path = urlsplit(url).path
    if any(unquote(part) in (".", "..") for part in path.split("/")):
        raise KioskError(f"base_url {url!r} must not contain /../ or /./: give the site's folder as it is, "
                         "e.g. https://expo.example.org/2019.")
    return url


def _number(text: str, what: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise KioskError(f"{what} must be a number, not {text!r}.") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise KioskError(f"{what} must be a finite number.")
    return value


def _set_file_key(key: str, text: str) -> None:
    value = _parse(key, text.strip())
    path = _toml_path()
    config_file.set_value(path, key, value)
    shown = "removed" if value is None else f"= {value}"
    click.echo(f"{key} {shown} in {path}.")
    var = config.ENV_VARS.get(key)
    if var and os.environ.get(var):
        click.echo(f"Note: {var} is set in the environment and wins over kiosk.toml.")
    if key == "languages":
        _tell_languages(languages.parse(value))
    click.echo("A running kiosk uses it after its next restart.")


def _tell_languages(wanted: tuple[str, ...]) -> None:
    ready = []
    for lang in wanted:
        gap = assets.catalogue_gap(lang)
        if gap:
            click.echo(f"Note: {lang} is not offered until its translation is complete: {gap}.")
        else:
            ready.append(lang)
    lang, first = config.load().lang, languages.offered(wanted, ready)[0]
    if lang != first and lang not in ready:
        click.echo(f"Note: lang is {lang}, not offered: visitors start in {first} (set lang to choose).")


def _parse(key: str, text: str):
    if key == "lang":
        lang = languages.parse(text)
        if len(lang) != 1:
            raise KioskError("lang is one language, e.g. th.")
        offered = config.load().languages
        if lang[0] not in offered:
            raise KioskError(f"{lang[0]} is not among the languages offered ({','.join(offered)}): add it first, "
                             f"e.g. `kiosk config set languages {','.join((*offered, lang[0]))}`.")
        return lang[0]
    if key == "languages":
        return ",".join(languages.parse(text))
    if key in config.SWITCHES:
        if text.lower() not in config.SWITCH_WORDS:
            raise KioskError(f"{key} must be true or false.")
        return config.SWITCH_WORDS[text.lower()]
    if key in config.WHOLE_NUMBERS:
        lowest = config.WHOLE_NUMBERS[key]
        if not text.isascii() or not text.isdigit() or int(text) < lowest:
            raise KioskError(f"{key} must be a whole number, at least {lowest}.")
        return int(text)
    if key == "demo_clock":
        if text.lower() in ("off", "none", ""):
            return None
        try:
            return datetime.datetime.fromisoformat(text).strftime("%Y-%m-%dT%H:%M")
        except ValueError:
            raise KioskError(f"demo_clock {text!r} is not a date and time like 2019-08-23T14:15.") from None
    if key == "kiosk_id":
        return require_slug(text, "kiosk id")
    raise KioskError(f"{key!r} is not a setting.")


def register(group: click.Group) -> None:
    group.add_command(config_group)
