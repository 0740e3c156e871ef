"""`kiosk backup, restore`: thin commands over kiosk.core."""

from __future__ import annotations

from pathlib import Path

import click

from kiosk import config
from kiosk.cli.common import db_option, settings_for
from kiosk.core.common import files
from kiosk.core.operations import backup

dir_option = click.option(
    "--dir", "backups_dir", type=click.Path(file_okay=False, path_type=Path),
    help="Backups folder (default: backups/ beside the database).")


def _folder(settings: config.Settings, backups_dir: Path | None) -> Path:
    return backups_dir or config.backups_dir(settings.db)


@click.command("backup")
@db_option
@dir_option
@click.option("--keep", type=click.IntRange(min=1), default=None,
              help="How many of the newest backups to keep (default: the backup_keep setting, 24 unless set).")
@click.option("--list", "list_only", is_flag=True, help="List the backups and check each one; make none.")
def backup_command(db_path: Path | None, backups_dir: Path | None, keep: int | None, list_only: bool) -> None:
    """Copy the database into the backups folder, safely while a kiosk runs (never the PIN secret)."""
    settings = settings_for(db_path)
    folder = _folder(settings, backups_dir)
    if list_only:
        found = backup.list_backups(settings.db, folder, check_each=True)
        if not found:
            click.echo(f"No backups of {settings.db.name} in {folder}.")
        for b in found:
            kind = "  (kept before a restore)" if b.before_restore else ""
            click.echo(f"{b.time:%Y-%m-%d %H:%M:%S} UTC  {files.size_text(b.size):>10}  "
                       f"{'ok' if b.problem is None else 'DAMAGED: ' + b.problem}  {b.path}{kind}")
        return
    keep = keep or settings.backup_keep
    result = backup.make_backup(settings.db, folder, keep, pepper_path=config.pepper_path(settings.db))
    click.echo(f"Backed up {settings.db} to {result.path} ({files.size_text(result.size)}) in {result.seconds:.2f} s.")
    if result.removed:
        click.echo(f"Removed {len(result.removed)} old backup(s); the newest {keep} are kept.")
    click.echo(result.pepper)


@click.command("restore")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@db_option
@dir_option
@click.option("--force", is_flag=True, help="Restore even while a kiosk has the database open (restart it after).")
def restore_command(file: Path, db_path: Path | None, backups_dir: Path | None, force: bool) -> None:
    """Replace the database with a backup FILE (a path, or a name in the backups folder); the current one is kept."""
    settings = settings_for(db_path)
    folder = _folder(settings, backups_dir)
    if not file.exists() and (folder / file).is_file():
        file = folder / file
    running = force and settings.db.exists() and backup.in_use(settings.db)
    done = backup.restore(file, settings.db, folder, force=force)
    click.echo(f"Restored {file} into {done.path}.")
    if done.previous:
        click.echo(f"The database as it was is kept at {done.previous}.")
    if running:
        click.echo("A kiosk had the database open: restart it now, or it goes on with the old data.", err=True)


def register(group: click.Group) -> None:
    group.add_command(backup_command)
    group.add_command(restore_command)
