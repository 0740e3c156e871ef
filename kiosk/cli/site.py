"""`kiosk export-site`: thin commands over kiosk.core."""

from __future__ import annotations

import time
from pathlib import Path

import click

from kiosk import config
from kiosk.cli.common import db_option, open_db, settings_for
from kiosk.core.catalog import content


@click.command("export-site")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@db_option
@click.option("--force", is_flag=True, help="Replace DIRECTORY if it holds an earlier export.")
def export_site(directory: Path, db_path: Path | None, force: bool) -> None:
    """Write the static website behind the QR codes (Thai and English, for phones) into DIRECTORY."""
    # loaded when used, so that `kiosk --help` stays quick
    from kiosk.core.publishing import site

    settings = settings_for(db_path)
    started = time.monotonic()
    with open_db(settings, read_only=True) as db:
        report = site.export(db, directory, media_root=config.media_dir(), force=force)
        base = content.base_url(db)
    click.echo(f"Wrote {directory}: {report.pages:,} pages, {report.routes:,} routes, {report.files:,} files, "
               f"{report.bytes / 1e6:.1f} MB in {time.monotonic() - started:.1f} s.")
    for path in report.missing_media:
        click.echo(f"Missing picture, left out: {path}", err=True)
    click.echo(f"Publish the folder at {base}/ so that every QR code lands on its page.")


def register(group: click.Group) -> None:
    group.add_command(export_site)
