"""Running the kiosk: run, doctor, screenshot."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import click

from kiosk import config
from kiosk.cli.common import db_option, ensure_default, open_db, settings_for
from kiosk.core.common import assets, languages
from kiosk.core.common.errors import KioskError
from kiosk.core.fleet import setup as fleetsetup
from kiosk.core.operations import health
from kiosk.core.store import database as kdb


@click.command()
@db_option
def doctor(db_path: Path | None) -> None:
    """Check the database and its files; exit 0 only when everything is healthy."""
    settings = settings_for(db_path)
    found = []
    if not config.DEMO_SOURCE.is_dir():
        found.append(f"The demo data set folder {config.DEMO_SOURCE} is missing.")
    found.extend(health.asset_problems(assets.ASSETS))
    found.extend(health.language_problems(settings.languages))
    found.extend(fleetsetup.problems(config.fleet_dir()))
    found.extend(health.storage_problems(settings.db, config.backups_dir(settings.db)))
    try:  # read only: a damaged or empty database stays as it is for `kiosk run` to recover from a backup
        ensure_default(settings)
        db = kdb.open_to_read(settings.db, current=False)
    except KioskError as exc:
        found.append(str(exc))
    else:
        with db:
            found.extend(health.problems(db, media_root=config.media_dir(), pepper_path=config.pepper_path(settings.db)))
    desktop = _window_manager()
    if desktop:
        click.echo(f"Warning: this session runs {desktop}, whose window menu (Alt+Space) and desktop menus offer a way "
                   "out of the kiosk (minimise it, open a terminal): run the kiosk under cage, or lock the session "
                   "down as docs/operations.md says (A locked-down session).")
    click.echo(_read_aloud(settings.languages))
    if found:
        for line in found:
            click.echo(line)
        sys.exit(1)
    click.echo(f"{settings.db}: healthy.")


def _read_aloud(offered: tuple[str, ...]) -> str:
    """Which of the show's languages this machine reads aloud (the button is hidden in the others). Asked in a child
    process: Qt's speech engines need an application object, and this command must not leave one behind."""
    from kiosk.ui.shell import speech

    try:
        probe = subprocess.run([sys.executable, "-m", "kiosk.ui.shell.speech"], capture_output=True, text=True,
                               timeout=60)
        spoken = json.loads(probe.stdout.strip().splitlines()[-1])
    except (OSError, subprocess.TimeoutExpired, ValueError, IndexError):
        spoken = None
    if spoken is None:
        return ("Read aloud: no speech engine, so the button is hidden; install speech-dispatcher, "
                "speech-dispatcher-espeak-ng and espeak-ng (scripts/system-deps.sh).")
    said = [lang for lang in offered if lang in spoken]
    silent = [f"{lang} ({speech.UNREADABLE.get(lang, 'no voice speaks it')})" for lang in offered if lang not in spoken]
    said_text = ", ".join(said) or "none of the show's languages"
    return f"Read aloud in: {said_text}" + (f"; not in: {', '.join(silent)}." if silent else ".")


def _window_manager() -> str | None:
    """The desktop or X window manager this command runs under ("the desktop XFCE", "the window manager Openbox"),
    or None: none, or a Wayland compositor without a desktop (cage)."""
    desktop = os.environ.get("XDG_CURRENT_DESKTOP", "").strip()
    if desktop:
        return f"the desktop {desktop}"
    if os.environ.get("WAYLAND_DISPLAY") or not os.environ.get("DISPLAY") or not shutil.which("xprop"):
        return None
    try:
        check = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], capture_output=True, text=True,
                               timeout=5)
        if check.returncode != 0 or "#" not in check.stdout:
            return None
        named = subprocess.run(["xprop", "-id", check.stdout.split()[-1], "_NET_WM_NAME"], capture_output=True,
                               text=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if named.returncode != 0 or "=" not in named.stdout:
        return None
    return f"the window manager {named.stdout.split('=', 1)[1].strip().strip(chr(34))}"


@click.command()
@db_option
@click.option("--lang", type=click.Choice(languages.SCREEN_LANGUAGES), default=None,
              help="Language at start (default: the setting lang, th).")
@click.option("--windowed", is_flag=True, help="A normal window instead of the locked full-screen kiosk.")
@click.option("--kiosk-id", default=None, help="This kiosk's id (its place on the floor plan).")
@click.option("--demo-clock", default=None, metavar="YYYY-MM-DDTHH:MM",
              help="Run the clock from this moment, to show past programme data as live.")
def run(db_path, lang, windowed, kiosk_id, demo_clock):
    """Start the kiosk (full screen and locked unless --windowed)."""
    import faulthandler
    import logging

    from kiosk.core.operations import backup
    from kiosk.ui import app as ui
    from kiosk.ui.admin.admin import RESTART, AdminSetup
    from kiosk.ui.shell import crash, engine

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # A hard crash (a segmentation fault in Qt, a driver or a C extension) ends the process before any Python
    # handler runs: faulthandler still writes every thread's traceback into the log (standard error, the journal).
    faulthandler.enable(sys.stderr, all_threads=True)
    settings = settings_for(db_path, lang=lang, demo_clock=demo_clock, kiosk_id=kiosk_id)
    _check_clock(settings.demo_clock)
    ensure_default(settings)
    backups = config.backups_dir(settings.db)
    # A damaged database is replaced by the newest good backup (the damaged file is kept aside), never a crash loop.
    # The full quick check runs in the background after start (it reads the whole file); damage found there makes
    # the kiosk restart, and this start then checks fully and recovers.
    opened = backup.open_for_kiosk(settings.db, backups)
    if opened.told:
        logging.getLogger("kiosk").error(opened.told)
    for warning in opened.warnings:
        logging.getLogger("kiosk").error(warning)
    db = opened.db
    try:
        engine.use_disk_cache(config.data_dir() / "qmlcache", ui.QML_DIR)
    except OSError as exc:
        logging.getLogger("kiosk").warning("The screens are compiled at every start: their cache folder could not "
                                           "be used (%s).", exc)
    setup = AdminSetup(settings.db, backups, backup_keep=settings.backup_keep, backup_minutes=settings.backup_minutes,
                       kiosk_id=settings.kiosk_id, pepper_path=config.pepper_path(settings.db), recovery=opened.told,
                       running_damaged=opened.running_damaged,
                       check_after_ms=None if opened.running_damaged else 10_000)
    with db:
        kiosk = ui.start(db, lang=settings.lang, languages=settings.languages, windowed=windowed,
                         clock_start=settings.demo_clock,
                         idle_seconds=settings.idle_seconds, kiosk_id=settings.kiosk_id,
                         allow_http=settings.allow_http, admin_setup=setup, pepper_path=setup.pepper_path,
                         analytics_path=config.analytics_path(), record_queries=settings.record_queries,
                         fleet_folder=config.fleet_dir())
        crash.install(kiosk)
        ui.quit_on_sigint(kiosk.app)
        code = kiosk.app.exec()
    if code == RESTART:  # the organizer asked for it: the same command again, in this process (same PID)
        os.execv(sys.executable, [sys.executable, "-m", "kiosk", *sys.argv[1:]])
    _tell_exit_status(code)
    sys.exit(code)


def _tell_exit_status(code: int) -> None:
    """For deploy/kiosk-cage: cage does not pass its application's exit status on."""
    import logging

    path = os.environ.get("KIOSK_EXIT_STATUS_FILE")
    if path:
        try:
            Path(path).write_text(f"{code}\n", encoding="ascii")
        except OSError as exc:
            logging.getLogger("kiosk").error("Could not write the exit status to %s: %s", path, exc)


def _check_clock(value: str | None) -> None:
    if value is None:
        return
    import datetime

    try:
        datetime.datetime.fromisoformat(value)
    except ValueError:
        raise KioskError(f"--demo-clock {value!r} is not a date and time like 2019-08-23T14:15.") from None


def _size(value: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in value.lower().split("x"))
    except ValueError:
        raise KioskError(f"--size {value!r} is not WIDTHxHEIGHT, e.g. 1920x1080.") from None
    if not (320 <= width <= 8000 and 320 <= height <= 8000):
        raise KioskError("--size must be between 320 and 8000 pixels each way.")
    return width, height


@click.command()
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@db_option
@click.option("--screen", "screen_name", default="home", show_default=True,
              help="attract, home, cities, exhibitors, projects, programme, map, search, visit, city:<id>, "
                   "exhibitor:<id>, project:<id>, session:<id>, map:<booth or entity id>, route:<booth or entity id>, tour")
@click.option("--lang", type=click.Choice(languages.SCREEN_LANGUAGES), default="th", show_default=True,
              help="The screen's language (offered beside the setting languages).")
@click.option("--size", default="1920x1080", show_default=True, help="WIDTHxHEIGHT, e.g. 1080x1920 for portrait.")
@click.option("--demo-clock", default=None, metavar="YYYY-MM-DDTHH:MM", help="The kiosk's clock for the programme.")
@click.option("--kiosk-id", default=None, help="Draw the map from this kiosk's place (default: the first kiosk).")
@click.option("--text-size", type=click.Choice(("normal", "large", "largest")), default="normal", show_default=True,
              help="The text size a visitor picks with “Aa”.")
@click.option("--reach", is_flag=True, help="“Everything within reach” on.")
@click.option("--contrast", is_flag=True, help="High contrast on.")
@click.option("--keyboard", is_flag=True, help="With the on-screen keyboard open on the screen's text field.")
@click.option("--visit", "visit", multiple=True, metavar="KIND:ID",
              help="Star this entry in the visit plan first (repeat for more), e.g. city:bangkok.")
def screenshot(out: Path, db_path, screen_name: str, lang: str, size: str, demo_clock, kiosk_id, text_size, reach,
               contrast, keyboard, visit):
    """Render one screen headless to a PNG."""
    _check_clock(demo_clock)
    width, height = _size(size)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.ui.shell import shots

    settings = settings_for(db_path, kiosk_id=kiosk_id)
    with open_db(settings, read_only=True) as db:
        shots.render(db, out, screen=screen_name, lang=lang, size=(width, height), clock_start=demo_clock,
                     kiosk_id=settings.kiosk_id, text_size=text_size, reach=reach, contrast=contrast,
                     keyboard=keyboard, visit=visit,
                     languages=tuple(dict.fromkeys((*settings.languages, lang))))
    click.echo(f"Wrote {out} ({width}x{height}, {screen_name}, {lang}).")


def register(group: click.Group) -> None:
    group.add_command(doctor)
    group.add_command(run)
    group.add_command(screenshot)
