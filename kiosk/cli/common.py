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


def open_db(settings: config.Settings, *, migrate: bool = True):
    """The database to work on; the embedded default is built from the demo data set on first use."""
    if settings.db_is_default:
        if dataset.ensure(settings.db, config.DEMO_SOURCE):
            click.echo(f"Created the demo database at {settings.db}.", err=True)
    elif not settings.db.exists():
        raise KioskError(f"There is no database at {settings.db}; create one with `kiosk demo-db {settings.db}`.")
    return kdb.connect(settings.db, migrate=migrate)


CLI_ACTOR = "cli"
