"""What the database holds: the demo build, info, search, QR codes, routes."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kiosk import config
from kiosk.cli.common import db_option, open_db, settings_for
from kiosk.core.catalog import content, qr, search
from kiosk.core.common import languages
from kiosk.core.common.errors import KioskError
from kiosk.core.demo import dataset
from kiosk.core.store import database as kdb


@click.command("demo-db")
@click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
@db_option
@click.option("--scale", type=click.IntRange(min=0), default=0, show_default=True,
              help="Add this many synthetic booths (each with an exhibitor and 5-10 projects) for load tests.")
@click.option("--force", is_flag=True, help="Replace the database if it exists.")
def demo_db(path: Path | None, db_path: Path | None, scale: int, force: bool) -> None:
    """Build a database from the bundled demo data set at PATH (default: --db or the default database)."""
    target = path or settings_for(db_path).db
    dataset.build(target, config.DEMO_SOURCE, scale=scale, force=force)
    with kdb.connect(target) as db:
        counts = content.counts(db)
    click.echo(f"Built {target}: {counts['cities']} cities, {counts['exhibitors']} exhibitors, "
               f"{counts['projects']} projects, {counts['sessions']} sessions, {counts['booths']} booths.")


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--space", is_flag=True, help="Show instead where the file's space goes, per table and index.")
def info(db_path: Path | None, as_json: bool, space: bool) -> None:
    """Show the event, the schema version, what the database holds and how many visitor texts each of the show's
    languages (Thai, English and the `languages` setting) lacks."""
    settings = settings_for(db_path)
    if space:
        return _space(settings, as_json)
    with open_db(settings, read_only=True) as db:
        event = content.event(db, "en")
        data = {
            "database": str(settings.db),
            "event": {"id": event["id"], "name": event["name"], "starts_on": event["starts_on"],
                      "ends_on": event["ends_on"], "venue": event["venue"], "base_url": event["base_url"]},
            "schema_version": kdb.schema_version(db),
            "counts": content.counts(db),
            "visitor_texts": content.visitor_text_count(db),
            "missing_translations": content.missing_translations(db, languages.for_content(settings.languages)),
        }
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"{data['event']['name']} ({data['event']['starts_on']} to {data['event']['ends_on']})")
    click.echo(f"Venue: {data['event']['venue']}")
    click.echo(f"Database: {data['database']} (schema version {data['schema_version']})")
    for name, count in data["counts"].items():
        click.echo(f"  {name.replace('_', ' ')}: {count}")
    click.echo(f"Visitor texts: {data['visitor_texts']}. Missing, per language:")
    for lang, count in data["missing_translations"].items():
        click.echo(f"  {lang} {languages.english_name(lang)}: {count}")


def _space(settings, as_json: bool) -> None:
    with open_db(settings, read_only=True) as db:
        rows = kdb.space(db)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    total = sum(row["bytes"] for row in rows)
    tables: dict[str, int] = {}
    for row in rows:
        tables[row["table"]] = tables.get(row["table"], 0) + row["bytes"]
    click.echo(f"{settings.db}: {total / 1e6:.1f} MB; tables and indexes of 0.1 MB or more:")
    for table, size in sorted(tables.items(), key=lambda item: -item[1]):
        if size < 100_000:
            continue
        click.echo(f"{table:<32} {size / 1e6:>10.1f} MB {100 * size / total:>5.1f} %")
        for row in rows:
            if row["table"] == table and row["name"] != table and row["bytes"] >= 100_000:
                click.echo(f"  {row['name']:<30} {row['bytes'] / 1e6:>10.1f} MB")


@click.command("search")
@click.argument("query")
@db_option
@click.option("--lang", type=click.Choice(languages.LANGUAGES), default="en", show_default=True, help="Language of titles.")
@click.option("--limit", type=click.IntRange(min=1, max=1000), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def search_command(query: str, db_path: Path | None, lang: str, limit: int, as_json: bool) -> None:
    """Find cities, exhibitors, projects and sessions by any part of a name or text, in any language."""
    with open_db(settings_for(db_path), read_only=True) as db:
        results = [r.as_dict() for r in search.search(db, query, lang=lang, limit=limit)]
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
        return
    if not results:
        click.echo("No results.")
    for r in results:
        click.echo(f"{r['type']:<10} {r['id']:<36} {r['title']}  [{r['match']}]")


@click.command("qr")
@db_option
@click.option("--city", "city_id", metavar="ID", help="A city's id, e.g. bangkok.")
@click.option("--exhibitor", "exhibitor_id", metavar="ID", help="An exhibitor's (organisation's) id.")
@click.option("--project", "project_id", metavar="ID", help="A project's id.")
@click.option("--url", metavar="URL", help="Any https address.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="PNG file to write.")
@click.option("--module-px", type=click.IntRange(min=1, max=64), default=10, show_default=True,
              help="Pixels per QR module.")
def qr_command(db_path, city_id, exhibitor_id, project_id, url, out: Path, module_px: int) -> None:
    """Write the QR code of a city, exhibitor or project page (or of a URL) as a PNG."""
    chosen = {k: v for k, v in {"city": city_id, "exhibitor": exhibitor_id, "project": project_id, "url": url}.items()
              if v}
    if len(chosen) != 1:
        raise KioskError("Give exactly one of --city, --exhibitor, --project or --url.")
    (kind, value), = chosen.items()
    settings = settings_for(db_path)
    if kind == "url":
        payload = qr.check_url(value, allow_http=settings.allow_http)
    else:
        with open_db(settings, read_only=True) as db:
            payload = content.page_url(db, kind, value, allow_http=settings.allow_http)
    data = qr.png(payload, module_px)
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise KioskError(f"Could not write {out} ({exc.strerror}).") from None
    click.echo(f"Wrote {out}: {qr.display_url(payload)}")


@click.command("route")
@click.argument("booth_code")
@click.option("--from", "kiosk_id", required=True, metavar="KIOSK_ID", help="The kiosk the walk starts from.")
@click.option("--step-free", is_flag=True, help="Avoid stairs: lifts and level floors only.")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def route_command(booth_code: str, kiosk_id: str, step_free: bool, db_path: Path | None, as_json: bool) -> None:
    """Show the walk from a kiosk to a booth: its length, minutes, the lifts or stairs taken and its URL."""
    from kiosk.core.floor import floorplan, wayfinding

    with open_db(settings_for(db_path), read_only=True) as db:
        plan = floorplan.load(db)
        base = content.event(db, "en")["base_url"]
    found = wayfinding.route(wayfinding.Graph.build(plan), kiosk_id, booth_code, step_free=step_free)
    booth = plan.booth_by_code(booth_code)
    if found is None:
        raise KioskError(f"No {'step-free ' if step_free else ''}route reaches booth {booth.code} from {kiosk_id}.")
    data = {"from": kiosk_id, "to": booth.code, "length_m": round(found.length_m, 1), "minutes": found.minutes,
            "via": found.via, "steps": found.steps, "url": wayfinding.route_url(base, kiosk_id, booth.id, step_free=step_free),
            "legs": [{"hall": leg.hall, "points": leg.points} for leg in found.legs]}
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"From {kiosk_id} to booth {booth.code}: {data['length_m']} m, about {found.minutes} min on foot.")
    if found.via:
        click.echo(f"Via: {', '.join(found.via)}")
    if found.steps:
        click.echo("The route takes stairs; add --step-free to avoid them.")
    click.echo(data["url"])


def register(group: click.Group) -> None:
    group.add_command(demo_db)
    group.add_command(info)
    group.add_command(search_command)
    group.add_command(qr_command)
    group.add_command(route_command)
