"""The `kiosk` command: parse, call core, print. Errors are one plain sentence and a non-zero exit."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

import click

from kiosk import config
from kiosk.core.access import auth
from kiosk.core.catalog import content
from kiosk.core.demo import dataset
from kiosk.core.operations import health
from kiosk.core.catalog import qr
from kiosk.core.catalog import search
from kiosk.core.store import database as kdb
from kiosk.core.common.errors import KioskError

db_option = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
    help="Database file (default: $KIOSK_DB, else the demo database in the user's data folder).")


def settings_for(db_path: Path | None, **overrides) -> config.Settings:
    return config.load({"db": db_path, **overrides})


def open_db(settings: config.Settings, *, migrate: bool = True):
    """The database to work on; the embedded default is built from the demo data set on first use."""
    if settings.db_is_default:
        if dataset.ensure(settings.db, config.DEMO_SOURCE):
            click.echo(f"Created the demo database at {settings.db}.", err=True)
    elif not settings.db.exists():
        raise KioskError(f"There is no database at {settings.db}; create one with `kiosk demo-db {settings.db}`.")
    return kdb.connect(settings.db, migrate=migrate)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """An exhibition-floor kiosk: cities, exhibitors, projects, programme and QR codes, offline."""


@cli.command("demo-db")
@click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
@db_option
@click.option("--scale", type=click.IntRange(min=0), default=0, show_default=True,
              help="Add this many synthetic booths (each with an exhibitor and 5-10 projects) for load tests.")
@click.option("--force", is_flag=True, help="Replace the database if it exists.")
def demo_db(path: Path | None, db_path: Path | None, scale: int, force: bool) -> None:
    """Build a database from the bundled demo data set at PATH (default: --db or the default database)."""
    target = path or settings_for(db_path).db
    dataset.build(target, config.DEMO_SOURCE, scale=scale, force=force)
    with kdb.connect(target) as db:
        counts = content.counts(db)
    click.echo(f"Built {target}: {counts['cities']} cities, {counts['exhibitors']} exhibitors, "
               f"{counts['projects']} projects, {counts['sessions']} sessions, {counts['booths']} booths.")


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def info(db_path: Path | None, as_json: bool) -> None:
    """Show the event, the schema version and what the database holds."""
    settings = settings_for(db_path)
    with open_db(settings) as db:
        event = content.event(db, "en")
        data = {
            "database": str(settings.db),
            "event": {"id": event["id"], "name": event["name"], "starts_on": event["starts_on"],
                      "ends_on": event["ends_on"], "venue": event["venue"], "base_url": event["base_url"]},
            "schema_version": kdb.schema_version(db),
            "counts": content.counts(db),
            "missing_translations": content.missing_translations(db),
        }
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"{data['event']['name']} ({data['event']['starts_on']} to {data['event']['ends_on']})")
    click.echo(f"Venue: {data['event']['venue']}")
    click.echo(f"Database: {data['database']} (schema version {data['schema_version']})")
    for name, count in data["counts"].items():
        click.echo(f"  {name.replace('_', ' ')}: {count}")
    missing = ", ".join(f"{lang} {n}" for lang, n in data["missing_translations"].items())
    click.echo(f"Texts missing a translation: {missing}")


@cli.command("search")
@click.argument("query")
@db_option
@click.option("--lang", type=click.Choice(["th", "en"]), default="en", show_default=True, help="Language of titles.")
@click.option("--limit", type=click.IntRange(min=1, max=1000), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def search_command(query: str, db_path: Path | None, lang: str, limit: int, as_json: bool) -> None:
    """Find cities, exhibitors, projects and sessions by any part of a name or text, in any language."""
    with open_db(settings_for(db_path)) as db:
        results = [r.as_dict() for r in search.search(db, query, lang=lang, limit=limit)]
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
        return
    if not results:
        click.echo("No results.")
    for r in results:
        click.echo(f"{r['type']:<10} {r['id']:<36} {r['title']}  [{r['match']}]")


@cli.command("qr")
@db_option
@click.option("--city", "city_id", metavar="ID", help="A city's id, e.g. bangkok.")
@click.option("--exhibitor", "exhibitor_id", metavar="ID", help="An exhibitor's (organisation's) id.")
@click.option("--project", "project_id", metavar="ID", help="A project's id.")
@click.option("--url", metavar="URL", help="Any https address.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="PNG file to write.")
@click.option("--module-px", type=click.IntRange(min=1, max=64), default=10, show_default=True,
              help="Pixels per QR module.")
def qr_command(db_path, city_id, exhibitor_id, project_id, url, out: Path, module_px: int) -> None:
    """Write the QR code of a city, exhibitor or project page (or of a URL) as a PNG."""
    chosen = {k: v for k, v in {"city": city_id, "exhibitor": exhibitor_id, "project": project_id, "url": url}.items()
              if v}
    if len(chosen) != 1:
        raise KioskError("Give exactly one of --city, --exhibitor, --project or --url.")
    (kind, value), = chosen.items()
    settings = settings_for(db_path)
    if kind == "url":
        payload = qr.check_url(value, allow_http=settings.allow_http)
    else:
        with open_db(settings) as db:
            payload = content.page_url(db, kind, value, allow_http=settings.allow_http)
    data = qr.png(payload, module_px)
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise KioskError(f"Could not write {out} ({exc.strerror}).") from None
    click.echo(f"Wrote {out}: {qr.display_url(payload)}")


@cli.command()
@db_option
def doctor(db_path: Path | None) -> None:
    """Check the database and its files; exit 0 only when everything is healthy."""
    settings = settings_for(db_path)
    found = []
    if not config.DEMO_SOURCE.is_dir():
        found.append(f"The demo data set folder {config.DEMO_SOURCE} is missing.")
    found.extend(health.asset_problems(config.ASSETS))
    with open_db(settings, migrate=False) as db:
        found.extend(health.problems(db, media_root=config.media_dir(), pepper_path=config.pepper_path()))
    if found:
        for line in found:
            click.echo(line)
        sys.exit(1)
    click.echo(f"{settings.db}: healthy.")


@cli.command()
@db_option
@click.option("--lang", type=click.Choice(["th", "en"]), default=None, help="Language at start (default: th).")
@click.option("--windowed", is_flag=True, help="A normal window instead of the locked full-screen kiosk.")
@click.option("--kiosk-id", default=None, help="This kiosk's id (its place on the floor plan).")
@click.option("--demo-clock", default=None, metavar="YYYY-MM-DDTHH:MM",
              help="Run the clock from this moment, to show past programme data as live.")
def run(db_path, lang, windowed, kiosk_id, demo_clock):
    """Start the kiosk (full screen and locked unless --windowed)."""
    import logging

    from kiosk.core.operations import backup
    from kiosk.ui import app as ui
    from kiosk.ui import crash
    from kiosk.ui.admin import RESTART, AdminSetup

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = settings_for(db_path, lang=lang, demo_clock=demo_clock, kiosk_id=kiosk_id)
    _check_clock(settings.demo_clock)
    if settings.db_is_default and dataset.ensure(settings.db, config.DEMO_SOURCE):
        click.echo(f"Created the demo database at {settings.db}.", err=True)
    backups = config.backups_dir(settings.db)
    # A damaged database is replaced by the newest good backup (the damaged file is kept aside), never a crash loop.
    # The full quick check runs in the background after start (it reads the whole file); damage found there makes
    # the kiosk restart, and this start then checks fully and recovers.
    opened = backup.open_for_kiosk(settings.db, backups)
    if opened.told:
        logging.getLogger("kiosk").error(opened.told)
    db = opened.db
    setup = AdminSetup(settings.db, backups, backup_keep=settings.backup_keep, backup_minutes=settings.backup_minutes,
                       kiosk_id=settings.kiosk_id, pepper_path=config.pepper_path(), recovery=opened.told,
                       running_damaged=opened.running_damaged,
                       check_after_ms=None if opened.running_damaged else 10_000)
    with db:
        kiosk = ui.start(db, lang=settings.lang, windowed=windowed, clock_start=settings.demo_clock,
                         idle_seconds=settings.idle_seconds, kiosk_id=settings.kiosk_id,
                         allow_http=settings.allow_http, admin_setup=setup,
                         analytics_path=config.analytics_path(), record_queries=settings.record_queries)
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


@cli.command()
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@db_option
@click.option("--screen", "screen_name", default="home", show_default=True,
              help="attract, home, cities, exhibitors, projects, programme, map, search, visit, city:<id>, "
                   "exhibitor:<id>, project:<id>, map:<booth or entity id>, route:<booth or entity id>, tour")
@click.option("--lang", type=click.Choice(["th", "en"]), default="th", show_default=True)
@click.option("--size", default="1920x1080", show_default=True, help="WIDTHxHEIGHT, e.g. 1080x1920 for portrait.")
@click.option("--demo-clock", default=None, metavar="YYYY-MM-DDTHH:MM", help="The kiosk's clock for the programme.")
@click.option("--kiosk-id", default=None, help="Draw the map from this kiosk's place (default: the first kiosk).")
def screenshot(out: Path, db_path, screen_name: str, lang: str, size: str, demo_clock, kiosk_id):
    """Render one screen headless to a PNG."""
    _check_clock(demo_clock)
    width, height = _size(size)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.ui import shots

    settings = settings_for(db_path, kiosk_id=kiosk_id)
    with open_db(settings) as db:
        shots.render(db, out, screen=screen_name, lang=lang, size=(width, height), clock_start=demo_clock,
                     kiosk_id=settings.kiosk_id)
    click.echo(f"Wrote {out} ({width}x{height}, {screen_name}, {lang}).")


@cli.command("route")
@click.argument("booth_code")
@click.option("--from", "kiosk_id", required=True, metavar="KIOSK_ID", help="The kiosk the walk starts from.")
@click.option("--step-free", is_flag=True, help="Avoid stairs: lifts and level floors only.")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def route_command(booth_code: str, kiosk_id: str, step_free: bool, db_path: Path | None, as_json: bool) -> None:
    """Show the walk from a kiosk to a booth: its length, minutes, the lifts or stairs taken and its URL."""
    from kiosk.core.floor import floorplan
    from kiosk.core.floor import wayfinding

    with open_db(settings_for(db_path)) as db:
        plan = floorplan.load(db)
        base = content.event(db, "en")["base_url"]
    found = wayfinding.route(wayfinding.Graph.build(plan), kiosk_id, booth_code, step_free=step_free)
    booth = plan.booth_by_code(booth_code)
    if found is None:
        raise KioskError(f"No {'step-free ' if step_free else ''}route reaches booth {booth.code} from {kiosk_id}.")
    data = {"from": kiosk_id, "to": booth.code, "length_m": round(found.length_m, 1), "minutes": found.minutes,
            "via": found.via, "steps": found.steps, "url": wayfinding.route_url(base, kiosk_id, booth.id),
            "legs": [{"hall": leg.hall, "points": leg.points} for leg in found.legs]}
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"From {kiosk_id} to booth {booth.code}: {data['length_m']} m, about {found.minutes} min on foot.")
    if found.via:
        click.echo(f"Via: {', '.join(found.via)}")
    if found.steps:
        click.echo("The route takes stairs; add --step-free to avoid them.")
    click.echo(data["url"])


CLI_ACTOR = "cli"
PIN_ONCE = "This PIN is shown only now: hand it over in person; it cannot be shown again, only reset."


@cli.group()
def staff() -> None:
    """Booth staff: PINs that let them edit their own booth's entries at any kiosk."""


@staff.command("add")
@click.option("--booth", "booth", required=True, metavar="CODE", help="A booth code (e.g. C21) or its owner's id.")
@click.option("--name", default=None, help="Who the PIN is for, as the staff list shows it.")
@db_option
def staff_add(booth: str, name: str | None, db_path: Path | None) -> None:
    """Add a staff member for a booth's owner and print their new PIN once."""
    with open_db(settings_for(db_path)) as db:
        pepper = auth.load_pepper(config.pepper_path())
        owner_type, owner_id = auth.resolve_owner(db, booth)
        staff_id, pin = auth.add_staff(db, booth, name, pepper, CLI_ACTOR)
    click.echo(f"Added staff member {staff_id} for {owner_type} {owner_id}.")
    click.echo(f"PIN: {pin}")
    click.echo(PIN_ONCE)


@staff.command("list")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def staff_list(db_path: Path | None, as_json: bool) -> None:
    """List staff members and organizers (never their PINs)."""
    with open_db(settings_for(db_path)) as db:
        rows = auth.list_staff(db)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("No staff yet.")
    for r in rows:
        status = f"revoked {r['revoked']}" if r["revoked"] else "active"
        click.echo(f"{r['id']}  {r['role']:<9}  {r['owner'] or '-':<28}  {','.join(r['booths']) or '-':<8}  "
                   f"{r['name'] or '-'}  (since {r['created']}, {status})")


@staff.command("reset")
@click.argument("staff_id")
@db_option
def staff_reset(staff_id: str, db_path: Path | None) -> None:
    """Give a staff member a new PIN (the old one stops working) and print it once."""
    with open_db(settings_for(db_path)) as db:
        pepper = auth.load_pepper(config.pepper_path())
        pin = auth.reset_pin(db, staff_id, pepper, CLI_ACTOR)
    click.echo(f"New PIN for {staff_id}: {pin}")
    click.echo(PIN_ONCE)


@staff.command("revoke")
@click.argument("staff_id")
@db_option
def staff_revoke(staff_id: str, db_path: Path | None) -> None:
    """Stop a staff member's PIN from working, for good."""
    with open_db(settings_for(db_path)) as db:
        auth.revoke(db, staff_id, CLI_ACTOR)
    click.echo(f"Revoked {staff_id}.")


@cli.group()
def organizer() -> None:
    """The organizer role: may edit every booth and open the admin screen."""


@organizer.command("set-pin")
@click.option("--pin", default=None, help="Six digits 0-9 (default: a fresh random PIN).")
@db_option
def organizer_set_pin(pin: str | None, db_path: Path | None) -> None:
    """Set or replace the organizer's PIN and print it once."""
    with open_db(settings_for(db_path)) as db:
        pepper = auth.load_pepper(config.pepper_path())
        pin = auth.set_organizer_pin(db, pepper, CLI_ACTOR, pin)
    click.echo(f"Organizer PIN: {pin}")
    click.echo(PIN_ONCE)


# Command families kept in modules of their own; each registers its commands on `cli` when imported.
from kiosk import cli_backup, cli_config, cli_data, cli_posters, cli_site, cli_stats  # noqa: E402,F401


def main() -> None:
    try:
        cli(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except KioskError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    except sqlite3.Error as exc:
        click.echo(f"Error: the database could not be used ({exc}).", err=True)
        sys.exit(1)
    except Exception as exc:  # one plain line for organizers; the traceback on request
        if os.environ.get("KIOSK_DEBUG"):
            raise
        click.echo(f"Error: unexpected {type(exc).__name__}: {exc} (set KIOSK_DEBUG=1 for details).", err=True)
        sys.exit(1)
