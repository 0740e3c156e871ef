"""The microsite behind the QR codes: a static, bilingual, mobile-first website with a page at every address
the kiosk's codes carry (`kiosk export-site`).

Pages are folders with an index.html (`city/<id>/index.html` answers `<base>/city/<id>`), linked to each other
by relative addresses, so the site works at any base path and from the file system. The plan and route pages
are filled in by their scripts from data files under `data/`, cut into shards of a few hundred booths so that a
phone loads only what one address needs.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from sqlite_utils import Database

from kiosk.core.catalog import content
from kiosk.core.common import languages
from kiosk.core.common.errors import KioskError
from kiosk.core.common.text import pick, require_slug
from kiosk.core.floor import floorplan, wayfinding
from kiosk.core.publishing import site_fonts, site_icon
from kiosk.core.publishing.site_html import site_put
from kiosk.core.publishing.site_pages import (
    Ctx,
    booth_page,
    city_page,
    exhibitor_page,
    index_parts,
    project_page,
    script_page,
    session_page,
)

ASSETS = Path(__file__).with_name("site_assets")
ASSET_FILES = ("site.js", "plan.js", "route.js")  # site.css is written last, with the fonts the text needs
LANGS = languages.CONTENT_ORDER
SHARD = 250  # booths per data file
DM = 10  # plan coordinates are stored in whole decimetres


@dataclass
class Report:
    pages: int = 0
    files: int = 0
    bytes: int = 0
    routes: int = 0
    missing_media: list[str] = field(default_factory=list)


def qr_paths(db: Database, *, allow_http: bool = False) -> Iterator[str]:
    """Every address under the base URL that the database's QR codes can carry, as path and query
    (`/city/bangkok`, `/route?from=lobby&to=c21`, `…&sf=1`, `/plan?b=…`), made by the functions the kiosk itself uses."""
    base = content.base_url(db)
    for kind, table in content.ENTITY_TABLES.items():
        for (entity_id,) in db.execute(f"SELECT id FROM {table} ORDER BY id"):
            url = content.page_url(db, kind, entity_id, allow_http=allow_http)
            if url.startswith(base + "/"):  # a project's own website is not ours to serve
                yield url[len(base):]
    booths = [b for (b,) in db.execute("SELECT id FROM booth ORDER BY id")]
    for (kiosk_id,) in db.execute("SELECT id FROM kiosk_point ORDER BY rowid"):
        for booth_id in booths:
            for step_free in (False, True):
                yield wayfinding.route_url(base, kiosk_id, booth_id, step_free=step_free)[len(base):]
    owners = db.execute("SELECT (SELECT id FROM city ORDER BY id LIMIT 1), "
                        "(SELECT id FROM organisation ORDER BY id LIMIT 1)").fetchone()
    sample = content.visit_plan(db, [("city", owners[0]), ("exhibitor", owners[1])], "en")
    if any(entry["booths"] for entry in sample):
        yield content.plan_url(db, sample)[len(base):]


def export(db: Database, target: Path, *, media_root: Path | None = None, force: bool = False) -> Report:
    """Write the site into `target`, which must be missing or empty unless `force`: then a folder this function
    wrote before is replaced whole (the new site is built beside it and swapped in)."""
    target = Path(target).resolve()
    if target.exists() and not target.is_dir():
        raise KioskError(f"{target} is a file, not a folder.")
    if target.is_dir() and any(target.iterdir()):
        if not force:
            raise KioskError(f"{target} is not empty; add --force to replace it.")
        if not (target / "assets" / "site.js").is_file() or not (target / "index.html").is_file():
            raise KioskError(f"{target} is not empty and is not a site written by export-site, so it is left alone.")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    except OSError as exc:
        raise KioskError(f"Could not make a folder beside {target} ({exc.strerror}).") from None
    try:
        building.chmod(0o755)
        with _snapshot(db):
            report = build(db, building, media_root=media_root)
        _swap(building, target)
    except OSError as exc:
        shutil.rmtree(building, ignore_errors=True)
        raise KioskError(f"Could not write the site into {target} ({exc.strerror}).") from None
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return report


@contextlib.contextmanager
def _snapshot(db: Database):
    """One read transaction, so that a booth published at a kiosk meanwhile is either all in the site or not."""
    if db.conn.in_transaction:
        yield
        return
    db.execute("BEGIN")
    try:
        yield
    finally:
        db.conn.rollback()


def _swap(new: Path, target: Path) -> None:
    if not target.exists():
        new.rename(target)
        return
    old = target.with_name(f".{target.name}.old-{uuid.uuid4().hex[:8]}")
    target.rename(old)
    try:
        new.rename(target)
    except OSError:
        old.rename(target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def build(db: Database, out: Path, *, media_root: Path | None = None) -> Report:
    """Write the whole site into the existing folder `out`."""
    writer = _Writer(Path(out))
    plan = floorplan.load(db)
    ev = {lang: content.event(db, lang) for lang in LANGS}
    ctx = Ctx(event=ev, booths={b.code: (b.id, b.hall) for b in plan.booths.values()},
              halls={h.id: h.name for h in plan.halls.values()},
              kiosks=[(k.id, k.name) for k in plan.kiosks.values()])
    for name in ASSET_FILES:
        writer.text(f"assets/{name}", (ASSETS / name).read_text(encoding="utf-8"))
    ctx.media = _copy_media(db, writer, media_root)
    ctx.reach, ctx.index = _data_files(writer, plan)
    _entity_pages(db, writer, ctx, plan)
    lists = {
        "cities": {lang: content.cities(db, lang) for lang in LANGS},
        "exhibitors": {lang: content.organisations(db, lang) for lang in LANGS},
        "projects": {lang: content.projects(db, lang) for lang in LANGS},
        "sessions": {lang: content.sessions(db, lang) for lang in LANGS},
    }
    for key in ("cities", "exhibitors"):
        lists[key]["en"].sort(key=lambda r: r["name"].casefold())
    index, extra = index_parts(ctx, lists)
    writer.page("index.html", index)
    for path, text in extra.items():
        writer.page(path, text)
    mark = site_icon.letters(ev["en"]["short_name"] or ev["en"]["name"])
    writer.binary("favicon.svg", site_icon.svg(mark).encode())
    writer.binary("favicon.ico", site_icon.ico(mark))
    writer.page("plan/index.html", script_page(ctx, "plan", "plan.js"))
    writer.page("route/index.html", script_page(ctx, "route", "route.js"))
    rules = []
    for name, data, rule in site_fonts.subsets(writer.chars):
        writer.binary(f"assets/fonts/{name}", data)
        rules.append(rule)
    writer.text("assets/site.css", "".join(rules) + (ASSETS / "site.css").read_text(encoding="utf-8"))
    return writer.report


def _entity_pages(db: Database, writer: _Writer, ctx: Ctx, plan: floorplan.Plan) -> None:
    def both(read, entity_id):
        return (read(db, entity_id, "en"), read(db, entity_id, "th"))

    for (entity_id,) in db.execute("SELECT id FROM city ORDER BY id").fetchall():
        writer.page(f"city/{require_slug(entity_id)}/index.html", city_page(ctx, *both(content.city, entity_id)))
    for (entity_id,) in db.execute("SELECT id FROM organisation ORDER BY id").fetchall():
        writer.page(f"exhibitor/{require_slug(entity_id)}/index.html",
                    exhibitor_page(ctx, *both(content.organisation, entity_id)))
    for entity_id, url in db.execute("SELECT id, url FROM project ORDER BY id").fetchall():
        writer.page(f"project/{require_slug(entity_id)}/index.html",
                    project_page(ctx, *both(content.project, entity_id), url or ""))
    sessions = {lang: {s["id"]: s for s in content.sessions(db, lang)} for lang in LANGS}
    for entity_id, en in sessions["en"].items():
        writer.page(f"session/{require_slug(entity_id)}/index.html",
                    session_page(ctx, en, sessions["th"][entity_id]))
    for booth in plan.booths.values():
        writer.page(f"booth/{require_slug(booth.id)}/index.html", booth_page(ctx, booth))


def _copy_media(db: Database, writer: _Writer, media_root: Path | None) -> set[str]:
    """Copy every logo and photo the pages show into `media/`; note the ones whose file is missing."""
    copied: set[str] = set()
    for (path,) in db.execute("SELECT DISTINCT path FROM media ORDER BY path").fetchall():
        relative = PurePosixPath(path)
        source = Path(media_root, *relative.parts) if media_root else None
        if relative.is_absolute() or ".." in relative.parts or source is None or not source.is_file():
            writer.report.missing_media.append(path)
            continue
        writer.copy(source, f"media/{relative}")
        copied.add(path)
    return copied


def _data_files(writer: _Writer, plan: floorplan.Plan) -> tuple[dict[str, list[str]], dict]:
    """Write data/*.js; returns the ids of the kiosks each booth can be reached from, and the index that the plan
    and route pages carry inline (so that every data file they need is known as soon as their script runs)."""
    halls = list(plan.halls.values())
    hall_index = {h.id: i for i, h in enumerate(halls)}
    kiosks = list(plan.kiosks.values())
    ids = sorted(plan.booths)
    shards = [ids[i:i + SHARD] for i in range(0, len(ids), SHARD)]
    links = {f.id: [f.kind, pick(f.name, "en"), pick(f.name, "th")] for f in plan.features if f.link}
    index = {
        "halls": [[h.id, pick(h.name, "en") or h.id, pick(h.name, "th") or h.id, _dm(h.width), _dm(h.depth)]
                  for h in halls],
        "kiosks": [[k.id, pick(k.name, "en") or k.id, pick(k.name, "th") or k.id, hall_index.get(k.hall, -1)]
                   for k in kiosks],
        "links": links,
        "shards": [shard[0] for shard in shards],
        "route_halls": [],  # per kiosk, per shard: the halls its routes cross (loaded beside the route file)
    }
    for n, shard in enumerate(shards):
        rows = {}
        for booth_id in shard:
            b = plan.booths[booth_id]
            owner = f"{b.owner_type}/{b.owner_id}" if b.owner_id else ""
            rows[booth_id] = [b.code, hall_index.get(b.hall, -1), owner, pick(b.name, "en"), pick(b.name, "th")]
        writer.data(f"booths-{n}", rows)
    for i, hall in enumerate(halls):
        writer.data(f"hall-{i}", {
            "f": [[f.kind, *_rect(f.rect)] for f in plan.features_in(hall.id)],
            "b": [[b.code, *_rect(b.rect)] for b in plan.booths_in(hall.id)],
        })
    graph = wayfinding.Graph.build(plan)
    reach: dict[str, list[str]] = {}
    for k, kiosk in enumerate(kiosks):
        crossed = []
        for n, shard in enumerate(shards):
            rows = {}
            hall_set: set[int] = set()
            for booth_id in shard:
                found = wayfinding.route(graph, kiosk.id, booth_id)
                if found is None:
                    continue
                rows[booth_id] = _route_row(found, hall_index)
                if found.steps:
                    level = wayfinding.route(graph, kiosk.id, booth_id, step_free=True)
                    rows[booth_id].append(_route_row(level, hall_index) if level else 0)
                for row in (rows[booth_id], *rows[booth_id][5:]):
                    hall_set.update(leg[0] for leg in (row[4] if row else ()))
                writer.report.routes += 1
                reach.setdefault(booth_id, []).append(kiosk.id)
            writer.data(f"route-{k}-{n}", rows)
            crossed.append(sorted(hall_set))
        index["route_halls"].append(crossed)
    return reach, index


def _route_row(found: wayfinding.Route, hall_index: dict[str, int]) -> list:
    legs = [[hall_index.get(leg.hall, -1), [_dm(v) for p in leg.points for v in p]] for leg in found.legs]
    return [round(found.length_m), found.minutes, int(found.steps), found.via, legs]


def _dm(metres: float) -> int:
    return round(metres * DM)


def _rect(r: floorplan.Rect) -> list[int]:
    return [_dm(r.x), _dm(r.y), _dm(r.w), _dm(r.h)]


class _Writer:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.report = Report()
        self.chars: set[str] = set()  # every character written, for the fonts

    def _target(self, relative: str) -> Path:
        path = self.root.joinpath(*relative.split("/"))
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def text(self, relative: str, text: str) -> None:
        self.chars.update(text)
        self.binary(relative, text.encode("utf-8"))

    def binary(self, relative: str, data: bytes) -> None:
        self._target(relative).write_bytes(data)
        self.report.files += 1
        self.report.bytes += len(data)

    def page(self, relative: str, text: str) -> None:
        self.text(relative, text)
        self.report.pages += 1

    def copy(self, source: Path, relative: str) -> None:
        target = self._target(relative)
        shutil.copyfile(source, target)
        self.report.files += 1
        self.report.bytes += target.stat().st_size

    def data(self, name: str, value) -> None:
        """`data/<name>.js`: one call that hands the value to the page's script (works from file:// too)."""
        self.text(f"data/{name}.js", site_put(name, value) + "\n")
