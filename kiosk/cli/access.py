"""Booth staff and organizer PINs."""

from __future__ import annotations

import json
import time
from pathlib import Path

import click

from kiosk import config
from kiosk.cli.common import CLI_ACTOR, db_option, open_db, settings_for
from kiosk.core.access import auth

PIN_ONCE = "This PIN is shown only now: hand it over in person; it cannot be shown again, only reset."


@click.group()
def staff() -> None:
    """Booth staff: PINs that let them edit their own booth's entries at any kiosk."""


@staff.command("add")
@click.option("--booth", "booth", required=True, metavar="CODE", help="A booth code (e.g. C21) or its owner's id.")
@click.option("--name", default=None, help="Who the PIN is for, as the staff list shows it.")
@db_option
def staff_add(booth: str, name: str | None, db_path: Path | None) -> None:
    """Add a staff member for a booth's owner and print their new PIN once."""
    settings = settings_for(db_path)
    with open_db(settings) as db:
        pepper = auth.pepper_for_issuing(db, config.pepper_path(settings.db))
        owner_type, owner_id = auth.resolve_owner(db, booth)
        staff_id, pin = auth.add_staff(db, booth, name, pepper, CLI_ACTOR)
    click.echo(f"Added staff member {staff_id} for {owner_type} {owner_id}.")
    click.echo(f"The PIN works on kiosks that check PINs with the secret {config.pepper_path(settings.db)}.")
    click.echo(f"PIN: {pin}")
    click.echo(PIN_ONCE)


@staff.command("list")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def staff_list(db_path: Path | None, as_json: bool) -> None:
    """List staff members and organizers (never their PINs)."""
    with open_db(settings_for(db_path), read_only=True) as db:
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
    settings = settings_for(db_path)
    with open_db(settings) as db:
        pepper = auth.pepper_for_issuing(db, config.pepper_path(settings.db))
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


@staff.command("locks")
@db_option
def staff_locks(db_path: Path | None) -> None:
    """Booths (and the organizer) that wrong PINs have locked on this kiosk."""
    with open_db(settings_for(db_path)) as db:
        found = auth.locks(db, time.time())
    if not found:
        click.echo("No sign-in is locked on this kiosk.")
    for lock in found:
        wait = f"waits {lock['seconds']} s more" if lock["seconds"] else "the next wrong PIN locks it"
        click.echo(f"{lock['key']}: {lock['failures']} wrong PINs in a row; {wait}.")


@staff.command("unlock")
@click.argument("booth", metavar="BOOTH")
@db_option
def staff_unlock(booth: str, db_path: Path | None) -> None:
    """Clear the sign-in lock of a booth (its code, e.g. C21, or its owner's id) or of `organizer` on this kiosk."""
    with open_db(settings_for(db_path)) as db:
        failures = auth.clear_lock(db, booth, CLI_ACTOR)
    if failures:
        click.echo(f"Cleared the sign-in lock of {booth} on this kiosk (after {failures} wrong PINs in a row).")
    else:
        click.echo(f"{booth} had no wrong PINs on this kiosk; nothing to clear.")


@click.group()
def organizer() -> None:
    """The organizer role: may edit every booth and open the admin screen."""


@organizer.command("set-pin")
@click.option("--pin", default=None, help="Six digits 0-9 (default: a fresh random PIN).")
@click.option("--new-secret", is_flag=True,
              help="Only when the PIN secret (pepper) is lost for good: make a new one. Every PIN issued before "
                   "stops working; reset each staff member's with `kiosk staff reset`.")
@db_option
def organizer_set_pin(pin: str | None, new_secret: bool, db_path: Path | None) -> None:
    """Set or replace the organizer's PIN and print it once."""
    settings = settings_for(db_path)
    with open_db(settings) as db:
        if pin is not None:
            auth.check_pin_format(pin)  # before a new secret is made
        pepper = auth.pepper_for_issuing(db, config.pepper_path(settings.db), new_secret=new_secret)
        pin = auth.set_organizer_pin(db, pepper, CLI_ACTOR, pin)
    if new_secret:
        click.echo(f"Made a new PIN secret at {config.pepper_path(settings.db)}: every PIN issued before it no longer works; "
                   "give each staff member a new one with `kiosk staff reset ID` (`kiosk staff list` shows the ids), "
                   "and copy this pepper file to every kiosk of the fleet.")
    click.echo(f"Organizer PIN: {pin}")
    click.echo(PIN_ONCE)


def register(group: click.Group) -> None:
    group.add_command(staff)
    group.add_command(organizer)
