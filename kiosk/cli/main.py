"""The `kiosk` group: each command family hands it its commands; main() turns errors into one plain line."""

from __future__ import annotations

import os
import sqlite3
import sys

import click

from kiosk.cli import (
    access,
    backup,
    content,
    data,
    fleet,
    posters,
    running,
    settings,
    site,
    stats,
)
from kiosk.core.common.errors import KioskError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """An exhibition-floor kiosk: cities, exhibitors, projects, programme and QR codes, offline."""


access.register(cli)
backup.register(cli)
content.register(cli)
fleet.register(cli)
data.register(cli)
posters.register(cli)
running.register(cli)
settings.register(cli)
site.register(cli)
stats.register(cli)


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
