"""`kiosk qr-sheet`: thin commands over kiosk.core."""

from __future__ import annotations

from pathlib import Path

import click

from kiosk.cli.common import db_option, open_db, settings_for
from kiosk.core.publishing import posters


@click.command("qr-sheet")
@db_option
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="PDF file to write.")
@click.option("--size", type=click.Choice(sorted(posters.SIZES), case_sensitive=False), default="a4",
              show_default=True, help="Paper size.")
@click.option("--booth", "codes", multiple=True, metavar="CODE", help="Only this booth; repeat for more.")
@click.option("--hall", metavar="ID", help="Only the booths in this hall.")
def qr_sheet(db_path: Path | None, out: Path, size: str, codes: tuple[str, ...], hall: str | None) -> None:
    """Write QR posters as a PDF: one page per booth with its code, its owner's names and the owner's QR code."""
    settings = settings_for(db_path)
    with open_db(settings, read_only=True) as db:
        sheet = posters.build(db, out, size=size.lower(), codes=codes, hall=hall, allow_http=settings.allow_http)
    for code in sheet.skipped:
        click.echo(f"Skipped booth {code}: it has no owner.")
    click.echo(f"Wrote {sheet.pages} page{'' if sheet.pages == 1 else 's'} ({size.upper()}) to {sheet.path}; "
               f"every QR code was read back.")


def register(group: click.Group) -> None:
    group.add_command(qr_sheet)
