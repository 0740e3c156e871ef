"""What every command family shares: the --db option, settings, opening the database, the actor name."""

from __future__ import annotations

from pathlib import Path

import click

from kiosk import config
from kiosk.core.common.errors import KioskError
from kiosk.core.demo import dataset
from kiosk.core.store import database as kdb

db_option = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
    help="Database file (default: $KIOSK_DB, else the demo database in the user's data folder).")


def settings_for(db_path: Path | None, **overrides) -> config.Settings:
    return config.load({"db": db_path, **overrides})


def open_db(settings: config.Settings, *, read_only: bool = False):
    """The database to work on; the embedded default is built from the demo data set on first use. With
    `read_only` (a command that only reads) it is opened in SQLite's read-only mode: never created, migrated or
    written, so a damaged or empty file stays as it is for `kiosk run` to recover from a backup."""
    ensure_default(settings)
    if not settings.db.exists():
        raise KioskError(f"There is no database at {settings.db}; create one with `kiosk demo-db {settings.db}`.")
    if read_only:
        return kdb.open_to_read(settings.db)
    return kdb.connect(settings.db)


def ensure_default(settings: config.Settings) -> None:
    """Build the demo database at the default place on first use, but never over a show's lost database: when
    backups of it exist, the organizer restores one instead."""
    if not settings.db_is_default or settings.db.exists():
        return
    from kiosk.core.operations import backup

    folder = config.backups_dir(settings.db)
    if backup.list_backups(settings.db, folder):
        raise KioskError(f"There is no database at {settings.db}, but {folder} holds backups of it: restore the "
                         "newest good one with `kiosk restore FILE` (`kiosk backup --list` shows them).")
    if dataset.ensure(settings.db, config.DEMO_SOURCE):
        click.echo(f"Created the demo database at {settings.db}.", err=True)


CLI_ACTOR = "cli"
