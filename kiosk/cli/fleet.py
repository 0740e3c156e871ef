"""A fleet of kiosks: make it, add kiosks with one file each, publish content packages, carry a USB stick, look."""

from __future__ import annotations

import datetime
import json
import signal
import time
from pathlib import Path

import click

from kiosk import config, config_file
from kiosk.cli.common import CLI_ACTOR, db_option, open_db, settings_for
from kiosk.core.common import files
from kiosk.core.common.errors import KioskError
from kiosk.core.fleet import journal, merge, package, setup, status, usb
from kiosk.core.fleet.running import Running
from kiosk.core.floor import floorplan

GUI = "127.0.0.1:8384"


@click.group("fleet")
def fleet_group() -> None:
    """Many kiosks as one show: content packages from the organizer, every staff edit at every kiosk."""


@fleet_group.command("init")
@click.argument("name")
@click.option("--listen", required=True, metavar="HOST:PORT",
              help="Where the kiosks reach this machine on the hall's network, e.g. 192.168.1.10:22000.")
@click.option("--gui", default=GUI, show_default=True, metavar="HOST:PORT", help="This machine's Syncthing API.")
def fleet_init(name: str, listen: str, gui: str) -> None:
    """Make a fleet called NAME with this machine as its organizer."""
    made = setup.init(config.fleet_dir(), name, listen, gui)
    click.echo(f"Fleet {made.name!r} made; this machine is its organizer ({made.members[0].device}).")
    click.echo("Add each kiosk with `kiosk fleet add-kiosk ID --address HOST:PORT --out FILE`.")


@fleet_group.command("add-kiosk")
@click.argument("kiosk_id")
@click.option("--address", required=True, metavar="HOST:PORT", help="Where the kiosk listens, e.g. 192.168.1.21:22000.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="The join file to write.")
def fleet_add_kiosk(kiosk_id: str, address: str, out: Path) -> None:
    """Add kiosk KIOSK_ID and write the one file that makes it a member (it holds secrets)."""
    member = setup.add_kiosk(config.fleet_dir(), kiosk_id, address, out, config.pepper_path())
    click.echo(f"Kiosk {member.id} added. {out} holds its key and the fleet's PIN secret: carry it to the kiosk on "
               "a stick you keep, run `kiosk fleet join FILE` there, then delete the file.")


@fleet_group.command("remove-kiosk")
@click.argument("kiosk_id")
def fleet_remove_kiosk(kiosk_id: str) -> None:
    """Take kiosk KIOSK_ID out of the fleet (a lost or stolen kiosk): no member sends it anything any more."""
    member = setup.remove_kiosk(config.fleet_dir(), kiosk_id)
    click.echo(f"Kiosk {member.id} is out of the fleet; every member stops sending it anything once it has the new "
               "roster (within seconds while `kiosk fleet serve` or `kiosk run` runs here). Its edits so far stay.")


@fleet_group.command("join")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@db_option
@click.option("--gui", default=GUI, show_default=True, metavar="HOST:PORT", help="This machine's Syncthing API.")
def fleet_join(file: Path, db_path: Path | None, gui: str) -> None:
    """Make this machine the kiosk that join FILE describes."""
    joined = setup.join(config.fleet_dir(), file, config.pepper_path(), gui)
    click.echo(f"This machine is kiosk {joined.me} of the fleet {joined.name!r}; `kiosk run` keeps it in step. "
               f"Delete {file} now.")
    with open_db(settings_for(db_path), read_only=True) as db:
        placed = floorplan.kiosk_ids(db)
    if joined.me in placed:  # its place on the map and its visitor counts go by this id
        config_file.set_value(config.data_dir() / "kiosk.toml", "kiosk_id", joined.me)
    else:
        click.echo(f"{joined.me} is not a kiosk of the floor plan ({', '.join(placed) or 'none'}): place it from the "
                   f"admin screen, then `kiosk config set kiosk_id {joined.me}`.")


@fleet_group.command("publish")
@db_option
@click.option("--rollback", "version", type=int, default=None, metavar="VERSION",
              help="Make an older package current again instead.")
def fleet_publish(db_path: Path | None, version: int | None) -> None:
    """Make a new content package of the show for every kiosk (the organizer's machine)."""
    packages = config.fleet_dir() / "packages"
    if version is not None:
        made = package.rollback(packages, version, CLI_ACTOR)
    else:
        with open_db(settings_for(db_path), read_only=True) as db:
            made = package.publish(db, packages, config.media_dir(), CLI_ACTOR)
    click.echo(f"Package {made.version} is ready in {made.folder}; kiosks take it on their attract screen.")
    for path in made.manifest.get("missing_media", []):
        click.echo(f"Missing picture, left out: {path}", err=True)


@fleet_group.command("usb")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
def fleet_usb(directory: Path) -> None:
    """Exchange journals and packages with a USB stick mounted at DIRECTORY (no network needed)."""
    done = usb.exchange(config.fleet_dir(), directory)
    click.echo(f"{done.to_stick} file(s) to the stick, {done.from_stick} from it; `kiosk run` takes them in.")
    for problem in done.problems:
        click.echo(problem, err=True)


@fleet_group.command("serve")
@db_option
def fleet_serve(db_path: Path | None) -> None:
    """Keep this machine in step with the fleet without the screens (the organizer's laptop): Syncthing runs and
    every kiosk's edits are taken in, until Ctrl+C."""
    with open_db(settings_for(db_path)) as db:
        running = Running(db, config.fleet_dir(), config.media_dir())
        running.start()
        for problem in running.problems:
            click.echo(problem, err=True)
        stop = []
        signal.signal(signal.SIGTERM, lambda *_: stop.append(True))
        click.echo("In step with the fleet; Ctrl+C to stop.")
        try:
            while not stop:
                running.tick(idle=True)
                time.sleep(1)
        except KeyboardInterrupt:
            pass
        finally:
            running.stop()


@fleet_group.command("status")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write one HTML page with every kiosk's latest screenshot.")
def fleet_status(db_path: Path | None, as_json: bool, html_path: Path | None) -> None:
    """Every member of the fleet as this machine sees it: last heartbeat, software and package, journal entries
    received and not applied here, free disk, last problem."""
    folder = config.fleet_dir()
    fleet = setup.load(folder)
    if fleet is None:
        raise KioskError("This machine is not in a fleet: `kiosk fleet init` (organizer) or `kiosk fleet join`.")
    entries, problems = journal.read(folder / "journals")
    newest, waiting = package.newest(folder / "packages")
    with open_db(settings_for(db_path), read_only=True) as db:
        applied = merge.applied(db)
        in_use = merge.package_in_use(db)
    beats = status.read(folder)
    members = []
    for member in fleet.members:
        own = [e for e in entries if e.kiosk == member.id]
        unapplied = [e for e in own if (e.kiosk, e.seq) not in applied]
        beat = beats.get(member.id, {})
        members.append({
            "id": member.id, "role": member.role, "address": member.address, "last_seen": beat.get("seen"),
            "software": beat.get("software"), "package": beat.get("package"), "free_disk_mb": beat.get("free_disk_mb"),
            "last_problem": beat.get("last_problem"), "entries_here": len(own),
            "entries_not_here_yet": max(0, (beat.get("journal") or 0) - len(own)),
            "not_applied_here": len(unapplied),
            "oldest_not_applied": datetime.datetime.fromtimestamp(min(e.stamp for e in unapplied).wall / 1000)
            .isoformat(timespec="seconds") if unapplied else None})
    data = {"fleet": fleet.name, "me": fleet.me, "package_in_use": in_use,
            "newest_package": newest.version if newest else None, "members": members,
            "problems": problems + waiting}
    if html_path is not None:
        files.write(html_path, status.page(fleet.name, members, folder).encode("utf-8"))
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"Fleet {data['fleet']!r}, this machine: {data['me']}; package in use: {data['package_in_use']}, "
               f"newest here: {data['newest_package']}.")
    for m in members:
        click.echo(f"  {m['id']:<16} {m['role']:<9} {m['address']:<22} seen {m['last_seen'] or 'never'}, "
                   f"software {m['software'] or '?'}, package {m['package'] or '-'}, {m['entries_here']} entries here "
                   f"({m['entries_not_here_yet']} on their way, {m['not_applied_here']} not applied), "
                   f"free disk {m['free_disk_mb'] if m['free_disk_mb'] is not None else '?'} MB"
                   + (f"; last problem: {m['last_problem']}" if m["last_problem"] else ""))
    for problem in data["problems"]:
        click.echo(f"  ! {problem}")


def register(group: click.Group) -> None:
    group.add_command(fleet_group)
