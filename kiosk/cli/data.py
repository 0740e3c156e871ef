"""`kiosk template, import, export`: thin commands over kiosk.core."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

import click

from kiosk.cli.common import db_option, open_db, settings_for
from kiosk.core.spreadsheets.columns import ORDER

PROGRESS_ABOVE_ROWS = 500
KIND = click.Choice(list(ORDER))


@click.command("template")
@click.argument("kind", type=KIND)
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="FILE.xlsx (sheets data and help) or FILE.csv (with FILE-help.csv beside it).")
@db_option
def template_command(kind: str, out: Path, db_path: Path | None) -> None:
    """Write an empty spreadsheet for KIND with an example row and help in English and Thai, and a column per text
    in each of the show's languages (the `languages` setting)."""
    # loaded when used, so that `kiosk --help` stays quick
    from kiosk.core.spreadsheets import exports

    settings = settings_for(db_path)
    with open_db(settings, read_only=True) as db:
        written = exports.template(db, kind, out, settings.languages)
    for path in written:
        click.echo(f"Wrote {path}.")


@click.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--kind", type=KIND, default=None, help="What the files hold (default: told by name or header).")
@click.option("--dry-run", is_flag=True, help="Check and report only; change nothing.")
@db_option
def import_command(files: tuple[Path, ...], kind: str | None, dry_run: bool, db_path: Path | None) -> None:
    """Add or update cities, exhibitors, projects, sessions or booths from CSV, XLSX or JSON files.

    Rows are matched by id (booths by code). Every problem is listed with its file, row and column; while any
    error remains nothing is changed.
    """
    # loaded when used, so that `kiosk --help` stays quick
    from kiosk.core.spreadsheets import imports

    settings = settings_for(db_path)
    bar = _Progress()
    try:
        with open_db(settings) as db:
            report = imports.import_files(db, list(files), kind=kind, dry_run=dry_run, actor=_actor(),
                                           allow_http=settings.allow_http, progress=bar,
                                           languages=settings.languages)
    finally:
        bar.close()
    for issue in report.warnings:
        click.echo(f"Warning: {issue}", err=True)
    for issue in report.errors:
        click.echo(f"Error: {issue}", err=True)
    click.echo(report.summary(), err=not report.ok)
    if not report.ok:
        sys.exit(1)


@click.command("export")
@click.argument("target", type=click.Path(path_type=Path))
@click.option("--kind", "kinds", type=KIND, multiple=True, help="Only this kind (repeat for more).")
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "json"]), default=None,
              help="For a folder: one CSV per kind (default), one workbook with a sheet per kind, or one JSON file.")
@db_option
def export_command(target: Path, kinds: tuple[str, ...], fmt: str | None, db_path: Path | None) -> None:
    """Write cities, exhibitors, projects, sessions and booths to a folder of CSV files, or to FILE.xlsx/.json/.csv."""
    # loaded when used, so that `kiosk --help` stays quick
    from kiosk.core.spreadsheets import exports

    settings = settings_for(db_path)
    with open_db(settings, read_only=True) as db:
        written = exports.write(db, target, list(kinds) or None, fmt, settings.languages)
    for path in written:
        click.echo(f"Wrote {path}.")


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no user name in some containers
        return "cli"


class _Progress:
    """A progress bar on stderr, opened once the import knows it is long (or stderr is a terminal)."""

    def __init__(self):
        self.bar = None
        self.shown = 0
        self.off = False

    def __call__(self, done: int, total: int) -> None:
        if self.off:
            return
        if self.bar is None:
            if total // 2 <= PROGRESS_ABOVE_ROWS and not sys.stderr.isatty():
                self.off = True
                return
            self.bar = click.progressbar(length=total, label="Importing", file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done - self.shown)
        self.shown = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def register(group: click.Group) -> None:
    group.add_command(template_command)
    group.add_command(import_command)
    group.add_command(export_command)
