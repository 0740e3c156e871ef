"""`kiosk stats`: thin commands over kiosk.core."""

from __future__ import annotations

from pathlib import Path

import click

from kiosk import config
from kiosk.cli.common import db_option, open_db, settings_for
from kiosk.core.catalog import content
from kiosk.core.common import files
from kiosk.core.common.errors import KioskError


@click.command("stats")
@db_option
@click.option("--analytics", "--from", "sources", multiple=True, metavar="PATH",
              type=click.Path(exists=True, path_type=Path),
              help="An analytics file, or a folder of files copied from many kiosks; repeatable "
                   "(default: this kiosk's analytics.db).")
@click.option("--since", metavar="YYYY-MM-DD[THH:MM]", help="Count from this moment (the show's local time).")
@click.option("--until", metavar="YYYY-MM-DD[THH:MM]", help="Count up to this moment (the show's local time).")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the counts as CSV rows: kind, key, name, count.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write one self-contained HTML page with charts.")
def stats_command(db_path, sources, since, until, csv_path, report_path) -> None:
    """What visitors looked at: screens, pages, searches, QR codes, languages, sessions (anonymous counts)."""
    # loaded when used, so that `kiosk --help` stays quick
    from kiosk.core.analytics import events, report

    if not sources:
        default = config.analytics_path()
        fleet = config.fleet_dir() / "analytics"  # on the organizer's laptop: every kiosk's counts, as they arrive
        sources = tuple(p for p in (default, fleet) if p.exists() and (p.is_file() or any(p.rglob("*.db"))))
        if not sources:
            raise KioskError(f"There is no analytics file at {default} yet; give kiosks' files with --from.")
    found = events.find_files(sources)
    with open_db(settings_for(db_path), read_only=True) as db:
        tz = events.show_timezone(db)
        start = events.parse_moment(since, tz) if since else None
        end = events.parse_moment(until, tz) if until else None
        counts = events.stats(found, start, end, content_db=db)
        title = f"Visitor statistics · {content.event(db, 'en')['name']}"
    for line in report.summary(counts):
        click.echo(line)
    if csv_path:
        files.write(csv_path, report.csv_text(counts).encode("utf-8"))
        click.echo(f"Wrote {csv_path}.")
    if report_path:
        files.write(report_path, report.html_page(counts, title).encode("utf-8"))
        click.echo(f"Wrote {report_path}.")


def register(group: click.Group) -> None:
    group.add_command(stats_command)
