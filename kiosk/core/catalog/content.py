"""Read queries over the content tables. Texts come back in one language, falling back to English."""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import quote

from sqlite_utils import Database

from kiosk.core.catalog import qr
from kiosk.core.common import languages
from kiosk.core.common.errors import KioskError
from kiosk.core.common.text import pick
from kiosk.core.store import ordering

# Texts a visitor reads, per table: what `missing_translations` checks.
VISITOR_TEXTS = {
    "event": ("name", "short_name", "theme", "description", "venue"),
    "country": ("name",),
    "focus_area": ("name", "summary"),
    "city": ("name", "vision", "profile"),
    "organisation": ("name", "description"),
    "project": ("title", "description", "status"),
    "session": ("title", "description"),
    "hall": ("name",),
    "hall_feature": ("name",),
    "kiosk_point": ("name",),
    "room": ("name",),
    "theme": ("name",),
}
COUNTED = {"cities": "city", "countries": "country", "focus_areas": "focus_area", "exhibitors": "organisation",
           "projects": "project", "sessions": "session", "booths": "booth", "halls": "hall"}
# Tables behind the entity kinds that have pages (and QR codes).
ENTITY_TABLES = {"city": "city", "exhibitor": "organisation", "project": "project", "session": "session",
                 "booth": "booth"}


def event(db: Database, lang: str = "en") -> dict:
    rows = _rows(db, "SELECT * FROM event LIMIT 1")
    if not rows:
        raise KioskError("The database has no event yet.")
    data = rows[0]
    for key in VISITOR_TEXTS["event"]:
        data[key] = pick(json.loads(data[key]), lang) if data[key] else ""
    return data


def counts(db: Database, names: tuple[str, ...] = tuple(COUNTED)) -> dict[str, int]:
    """How many of each kind the show holds (cities, exhibitors, projects, …)."""
    return {name: db.execute(f"SELECT count(*) FROM {COUNTED[name]}").fetchone()[0] for name in names}


def visitor_text_count(db: Database) -> int:
    """How many visitor texts the show holds (a name, a description: each in however many languages)."""
    return sum(db.execute(f"SELECT count({field}) FROM {table}").fetchone()[0]
               for table, fields in VISITOR_TEXTS.items() for field in fields)


def missing_translations(db: Database, langs: tuple[str, ...] = languages.CONTENT_ORDER) -> dict[str, int]:
    """For each language, how many visitor texts lack it (one pass over each text column, whatever the languages)."""
    out = dict.fromkeys(langs, 0)
    if not langs:
        return out
    for table, fields in VISITOR_TEXTS.items():
        for field in fields:
            counts = ", ".join(f"coalesce(sum(coalesce(json_extract({field}, ?), '') = ''), 0)" for _ in langs)
            found = db.execute(f"SELECT {counts} FROM {table} WHERE {field} IS NOT NULL",
                               [f'$."{lang}"' for lang in langs]).fetchone()
            for lang, count in zip(langs, found):
                out[lang] += count
    return out


def exists(db: Database, kind: str, entity_id: str) -> bool:
    table = ENTITY_TABLES.get(kind)
    if table is None:
        raise KioskError(f"There is no kind of page called {kind!r}.")
    return db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [entity_id]).fetchone() is not None


def booths_for(db: Database, target: str) -> list[str]:
    """The booth ids `target` names: a booth id or code, or a city, exhibitor or project id (its owner's booths)."""
    target = target.strip()
    row = db.execute("SELECT id FROM booth WHERE id = ?", [target.lower()]).fetchone()
    if row:
        return [row[0]]
    owner = db.execute("SELECT city_id, organisation_id FROM project WHERE id = ?", [target]).fetchone()
    owners = [o for o in owner if o] if owner else [target]
    return [bid for (bid,) in db.execute(
        "SELECT id FROM booth WHERE city_id = ? OR organisation_id = ? ORDER BY code", [owners[0], owners[0]])]


def page_url(db: Database, kind: str, entity_id: str, *, allow_http: bool = False) -> str:
    """The public address a QR code carries for an entity: its own URL if it has one, else under the base URL."""
    if not exists(db, kind, entity_id):
        raise KioskError(f"There is no {kind} with the id {entity_id!r}.")
    if kind == "project":
        own = db.execute("SELECT url FROM project WHERE id = ?", [entity_id]).fetchone()[0]
        if own:
            try:
                return qr.check_url(own, allow_http=allow_http)
            except KioskError:
                pass  # a refused own address: the page under the event's base URL still works
    return qr.payload_url(base_url(db), kind, entity_id, allow_http=allow_http)


def base_url(db: Database) -> str:
    """Where the show's pages are published: every QR code's address starts here (no trailing slash)."""
    row = db.execute("SELECT base_url FROM event LIMIT 1").fetchone()
    if row is None:
        raise KioskError("The database has no event, so there is no base URL for QR codes.")
    return row[0].rstrip("/")


# --- lists and pages for the visitor screens -------------------------------------------------------

def _rows(db: Database, sql: str, params=()) -> list[dict]:
    cursor = db.execute(sql, list(params))
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, values)) for values in cursor]


def _t(value: str | None, lang: str) -> str:
    return pick(json.loads(value), lang) if value else ""


def _shown_in(lang: str, *values: str | None) -> str:
    """The language a page's texts (its description, vision, …: not its name) are shown in when one of them lacks the
    visitor's: English, else the other language that text has (as `pick` chooses); "" when none falls back."""
    for value in values:
        texts = json.loads(value) if value else {}
        if texts and not texts.get(lang):
            return next((code for code in (languages.FALLBACK, *texts) if texts.get(code)), "")
    return ""


def countries(db: Database, lang: str) -> list[dict]:
    """Countries that have a city or an organisation, with their names in `lang`, in that language's order."""
    rows = _rows(db, f"""SELECT id, iso2, name, asean FROM country
                         WHERE id IN (SELECT country_id FROM city UNION SELECT country_id FROM organisation)
                         ORDER BY {ordering.columns(lang)[0]}, rowid""")
    return [{"id": r["id"], "iso2": r["iso2"], "name": _t(r["name"], lang), "asean": bool(r["asean"])} for r in rows]


def focus_areas(db: Database, lang: str) -> list[dict]:
    rows = _rows(db, "SELECT id, position, name, summary FROM focus_area ORDER BY position")
    return [{"id": r["id"], "position": r["position"], "name": _t(r["name"], lang),
             "summary": _t(r["summary"], lang)} for r in rows]


def _local_name(name_json: str, local_lang: str | None, lang: str) -> str:
    names = json.loads(name_json)
    local = names.get(local_lang or "", "")
    return "" if local == pick(names, lang) else local


def cities(db: Database, lang: str) -> list[dict]:
    rows = _rows(db, """SELECT c.id, c.name, c.local_lang, c.country_id, co.name AS country_name,
                               (SELECT group_concat(focus_area_id, ' ') FROM city_focus_area WHERE city_id = c.id) AS areas,
                               (SELECT min(code) FROM booth WHERE city_id = c.id) AS booth_code
                        FROM city c JOIN country co ON co.id = c.country_id""")
    return [{"id": r["id"], "name": _t(r["name"], lang), "local_name": _local_name(r["name"], r["local_lang"], lang),
             "local_lang": r["local_lang"] or "", "country_id": r["country_id"],
             "country_name": _t(r["country_name"], lang), "focus_areas": (r["areas"] or "").split(),
             "booth_code": r["booth_code"] or ""} for r in rows]


def organisations(db: Database, lang: str) -> list[dict]:
    rows = _rows(db, """SELECT o.id, o.name, o.short_name, o.kind, o.country_id, co.name AS country_name,
                               (SELECT min(code) FROM booth WHERE organisation_id = o.id) AS booth_code
                        FROM organisation o LEFT JOIN country co ON co.id = o.country_id""")
    return [{"id": r["id"], "name": _t(r["name"], lang), "short_name": r["short_name"] or "", "kind": r["kind"],
             "country_id": r["country_id"] or "", "country_name": _t(r["country_name"], lang),
             "booth_code": r["booth_code"] or ""} for r in rows]


_PROJECT_LIST_SQL = """
    SELECT p.id, p.title, p.focus_area_id, f.name AS focus_area_name,
           COALESCE(c.name, o.name) AS owner_name, COALESCE(c.country_id, o.country_id) AS country_id
    FROM project p LEFT JOIN city c ON c.id = p.city_id LEFT JOIN organisation o ON o.id = p.organisation_id
         LEFT JOIN focus_area f ON f.id = p.focus_area_id"""


def _project_items(rows: list[dict], lang: str) -> list[dict]:
    return [{"id": r["id"], "title": _t(r["title"], lang), "focus_area_id": r["focus_area_id"] or "",
             "focus_area": _t(r["focus_area_name"], lang), "owner_name": _t(r["owner_name"], lang),
             "country_id": r["country_id"] or ""} for r in rows]


def projects(db: Database, lang: str, *, city_id: str | None = None, organisation_id: str | None = None,
             limit: int | None = None) -> list[dict]:
    where, params = [], []
    if city_id:
        where.append("p.city_id = ?")
        params.append(city_id)
    if organisation_id:
        where.append("p.organisation_id = ?")
        params.append(organisation_id)
    sql = _PROJECT_LIST_SQL + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY p.rowid"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return _project_items(_rows(db, sql, params), lang)


def _booths(db: Database, column: str, owner_id: str) -> list[str]:
    return [code for (code,) in db.execute(f"SELECT code FROM booth WHERE {column} = ? ORDER BY code", [owner_id])]


def _one(db: Database, sql: str, kind: str, entity_id: str) -> dict:
    rows = _rows(db, sql, [entity_id])
    if not rows:
        raise KioskError(f"There is no {kind} with the id {entity_id!r}.")
    return rows[0]


def _pictures(db: Database, owner_type: str, owner_id: str) -> dict:
    """The page's logo and photos as paths relative to the media root: {"logo": path or "", "photos": [paths]}."""
    rows = db.execute("SELECT kind, path FROM media WHERE owner_type = ? AND owner_id = ? ORDER BY position, id",
                      [owner_type, owner_id]).fetchall()
    logos = [path for kind, path in rows if kind == "logo"]
    return {"logo": logos[0] if logos else "", "photos": [path for kind, path in rows if kind == "photo"]}


def city(db: Database, entity_id: str, lang: str) -> dict:
    r = _one(db, "SELECT c.*, co.name AS country_name FROM city c JOIN country co ON co.id = c.country_id "
                 "WHERE c.id = ?", "city", entity_id)
    areas = {a["id"]: a["name"] for a in focus_areas(db, lang)}
    officer = json.loads(r["chief_officer"]) if r["chief_officer"] else None
    return {
        "kind": "city", "id": r["id"], "name": _t(r["name"], lang),
        "local_name": _local_name(r["name"], r["local_lang"], lang), "local_lang": r["local_lang"] or "",
        "country_id": r["country_id"], "country_name": _t(r["country_name"], lang),
        "vision": _t(r["vision"], lang), "profile": _t(r["profile"], lang),
        "shown_in": _shown_in(lang, r["vision"], r["profile"]),
        "population": r["population"], "area_km2": r["area_km2"], "density_per_km2": r["density_per_km2"],
        "figures_year": r["figures_year"],
        "focus_areas": [areas[a] for (a,) in db.execute(
            "SELECT focus_area_id FROM city_focus_area cf JOIN focus_area f ON f.id = cf.focus_area_id "
            "WHERE city_id = ? ORDER BY f.position", [entity_id]) if a in areas],
        "chief_officer": {"name": officer["name"], "title": pick(officer.get("title"), lang)} if officer else None,
        "booths": _booths(db, "city_id", entity_id),
        "projects": projects(db, lang, city_id=entity_id),
        "url": page_url(db, "city", entity_id),
        **_pictures(db, "city", entity_id),
    }


def organisation(db: Database, entity_id: str, lang: str) -> dict:
    r = _one(db, "SELECT o.*, co.name AS country_name FROM organisation o LEFT JOIN country co "
                 "ON co.id = o.country_id WHERE o.id = ?", "exhibitor", entity_id)
    return {
        "kind": "exhibitor", "id": r["id"], "name": _t(r["name"], lang), "short_name": r["short_name"] or "",
        "organisation_kind": r["kind"], "country_id": r["country_id"] or "",
        "country_name": _t(r["country_name"], lang), "description": _t(r["description"], lang),
        "shown_in": _shown_in(lang, r["description"]),
        "website": r["website"] or "", "contact_email": r["contact_email"] or "",
        "booths": _booths(db, "organisation_id", entity_id),
        "projects": projects(db, lang, organisation_id=entity_id),
        "url": page_url(db, "exhibitor", entity_id),
        **_pictures(db, "organisation", entity_id),
    }


def project(db: Database, entity_id: str, lang: str) -> dict:
    r = _one(db, "SELECT * FROM project WHERE id = ?", "project", entity_id)
    areas = {a["id"]: a["name"] for a in focus_areas(db, lang)}
    if r["city_id"]:
        owner = {"kind": "city", "id": r["city_id"], "name": city_name(db, r["city_id"], lang),
                 "booths": _booths(db, "city_id", r["city_id"])}
    else:
        name = db.execute("SELECT name FROM organisation WHERE id = ?", [r["organisation_id"]]).fetchone()[0]
        owner = {"kind": "exhibitor", "id": r["organisation_id"], "name": _t(name, lang),
                 "booths": _booths(db, "organisation_id", r["organisation_id"])}
    return {
        "kind": "project", "id": r["id"], "title": _t(r["title"], lang), "description": _t(r["description"], lang),
        "status": _t(r["status"], lang), "status_year": r["status_year"], "focus_area_id": r["focus_area_id"] or "",
        "shown_in": _shown_in(lang, r["description"], r["status"]),
        "focus_area": areas.get(r["focus_area_id"], ""), "owner": owner, "booths": owner["booths"],
        "url": page_url(db, "project", entity_id),
        **_pictures(db, "project", entity_id),
    }


def city_name(db: Database, city_id: str, lang: str) -> str:
    row = db.execute("SELECT name FROM city WHERE id = ?", [city_id]).fetchone()
    return _t(row[0], lang) if row else ""


def sessions(db: Database, lang: str) -> list[dict]:
    rows = _rows(db, """SELECT s.*, r.name AS room_name,
                               (SELECT json_group_array(t.name) FROM session_theme st JOIN theme t ON t.id = st.theme_id
                                WHERE st.session_id = s.id) AS theme_names
                        FROM session s LEFT JOIN room r ON r.id = s.room_id
                        ORDER BY s.day, s.starts_at IS NULL, s.starts_at, s.id""")
    out = []
    for r in rows:
        speakers = json.loads(r["speakers"] or "[]")
        out.append({
            "id": r["id"], "day": r["day"], "starts_at": r["starts_at"] or "", "ends_at": r["ends_at"] or "",
            "room": _t(r["room_name"], lang), "kind": r["kind"], "title": _t(r["title"], lang),
            "description": _t(r["description"], lang),
            "speakers": " · ".join(", ".join(filter(None, (s.get("name"), s.get("organisation")))) for s in speakers),
            "themes": [pick(json.loads(t), lang) for t in json.loads(r["theme_names"] or "[]")],
        })
    return out


def session(db: Database, entity_id: str, lang: str) -> dict:
    """One session of the programme, as its page shows it."""
    row = _one(db, "SELECT description FROM session WHERE id = ?", "session", entity_id)
    found = next(s for s in sessions(db, lang) if s["id"] == entity_id)
    return {**found, "kind": "session", "url": page_url(db, "session", entity_id),
            "shown_in": _shown_in(lang, row["description"])}


def now_and_next(items: list[dict], now: str) -> tuple[set[str], set[str]]:
    """Ids of the sessions running at `now` ("YYYY-MM-DDTHH:MM") and of those starting next that day."""
    day, _, clock = now.partition("T")
    clock = clock[:5]
    today = [s for s in items if s["day"] == day and s["starts_at"]]
    running = {s["id"] for s in today if s["starts_at"] <= clock < (s["ends_at"] or s["starts_at"])}
    upcoming = sorted({s["starts_at"] for s in today if s["starts_at"] > clock})
    following = {s["id"] for s in today if upcoming and s["starts_at"] == upcoming[0]}
    return running, following


def visit_plan(db: Database, favourites: list[tuple[str, str]], lang: str) -> list[dict]:
    """The starred cities, exhibitors and projects with the booths to visit, in hall and booth-code order."""
    entries = []
    for kind, entity_id in dict.fromkeys(favourites):  # each once, in the order starred
        try:
            if kind == "city":
                title, booths = city_name(db, entity_id, lang), _booths(db, "city_id", entity_id)
            elif kind == "exhibitor":
                row = db.execute("SELECT name FROM organisation WHERE id = ?", [entity_id]).fetchone()
                if row is None:
                    continue
                title, booths = _t(row[0], lang), _booths(db, "organisation_id", entity_id)
            elif kind == "project":
                page = project(db, entity_id, lang)
                title, booths = page["title"], page["booths"]
            else:
                continue
        except KioskError:
            continue  # removed since it was starred
        if not title:
            continue
        hall = db.execute("SELECT hall_id FROM booth WHERE code = ?", [booths[0]]).fetchone()[0] if booths else ""
        entries.append({"kind": kind, "id": entity_id, "title": title, "booths": booths,
                        "booth_code": booths[0] if booths else "", "hall": hall})
    entries.sort(key=lambda e: (e["hall"] == "", e["hall"], e["booth_code"] == "", e["booth_code"]))
    return entries


def plan_url(db: Database, entries: list[dict]) -> str:
    """`<base>/plan?b=<booth ids>`: the visit plan as one address."""
    base = base_url(db)
    booth_ids: list[str] = []
    for entry in entries:
        for code in entry["booths"]:
            row = db.execute("SELECT id FROM booth WHERE code = ?", [code]).fetchone()
            if row and row[0] not in booth_ids:
                booth_ids.append(row[0])
    return qr.check_url(f"{base.rstrip('/')}/plan?b={','.join(quote(i, safe='') for i in booth_ids)}")


def plan_text(heading: str, entries: list[dict]) -> str:
    """The visit plan as plain text that any phone camera shows without internet."""
    lines = [heading.strip()]
    for entry in entries:
        lines.append(f"{entry['booth_code'] or '—'}  {entry['title']}")
    return "\n".join(lines)


# --- the list screens, a page at a time, in the order the stored sort keys give (store/ordering.py) ---------------

@dataclass(frozen=True)
class Listing:
    """One list a visitor browses: `kind` (cities, exhibitors, projects), its language and its two filters (cities:
    country, focus area; exhibitors: kind of organisation, country; projects: focus area, country; '' for all)."""

    kind: str
    lang: str
    first: str = ""
    second: str = ""


def _listing_sql(listing: Listing) -> tuple[str, str, list, str | None]:
    """(FROM … , WHERE …, its parameters, the keyset column or None) of a listing."""
    key = ordering.columns(listing.lang)[0]
    where, params = ["1"], []
    if listing.kind == "cities":
        if listing.first:
            where.append("c.country_id = ?")
            params.append(listing.first)
        if listing.second:
            where.append("EXISTS (SELECT 1 FROM city_focus_area a WHERE a.city_id = c.id AND a.focus_area_id = ?)")
            params.append(listing.second)
        return "city c JOIN country co ON co.id = c.country_id", " AND ".join(where), params, None
    if listing.kind == "exhibitors":
        if listing.first:
            where.append("o.kind = ?")
            params.append(listing.first)
        if listing.second:
            where.append("o.country_id = ?")
            params.append(listing.second)
        return "organisation o", " AND ".join(where), params, f"o.{key}"
    if listing.kind == "projects":
        if listing.first:
            where.append("p.focus_area_id = ?")
            params.append(listing.first)
        if listing.second:  # the owner's country: a city's or an organisation's
            where.append("(p.city_id IN (SELECT id FROM city WHERE country_id = ?) "
                         "OR p.organisation_id IN (SELECT id FROM organisation WHERE country_id = ?))")
            params += [listing.second, listing.second]
        return "project p", " AND ".join(where), params, f"p.{key}"
    raise KioskError(f"There is no list called {listing.kind!r}.")


def list_count(db: Database, listing: Listing) -> int:
    tables, where, params, _ = _listing_sql(listing)
    return db.execute(f"SELECT count(*) FROM {tables} WHERE {where}", params).fetchone()[0]


def list_page(db: Database, listing: Listing, offset: int, limit: int, after: tuple | None = None) -> list[dict]:
    """Rows `offset` to `offset + limit` of a listing. `after`, the `place` of the row before `offset` (from the page
    before), lets a long list start there through its index instead of counting its way past `offset` rows."""
    tables, where, params, keyset = _listing_sql(listing)
    lang, key = listing.lang, ordering.columns(listing.lang)[0]
    if keyset and after is not None:
        alias = keyset.split(".")[0]
        where += f" AND ({keyset}, {alias}.rowid) > (?, ?)"
        params = [*params, *after]
        offset = 0
    paging = f"LIMIT {int(limit)} OFFSET {int(offset)}"
    if listing.kind == "cities":
        rows = _rows(db, f"""SELECT c.id, c.name, c.local_lang, c.country_id, co.name AS country_name,
                                    (SELECT min(code) FROM booth WHERE city_id = c.id) AS booth_code
                             FROM {tables} WHERE {where} ORDER BY co.{key}, c.{key}, c.rowid {paging}""", params)
        return [{"id": r["id"], "name": _t(r["name"], lang), "local_name": _local_name(r["name"], r["local_lang"], lang),
                 "local_lang": r["local_lang"] or "", "country_id": r["country_id"],
                 "country_name": _t(r["country_name"], lang), "booth_code": r["booth_code"] or "",
                 "place": None} for r in rows]
    if listing.kind == "exhibitors":
        letter = ordering.columns(lang)[1]
        rows = _rows(db, f"""SELECT o.rowid AS n, o.{key} AS k, o.{letter} AS letter, o.id, o.name, o.short_name,
                                    o.kind, o.country_id, co.name AS country_name,
                                    (SELECT min(code) FROM booth WHERE organisation_id = o.id) AS booth_code
                             FROM {tables} LEFT JOIN country co ON co.id = o.country_id
                             WHERE {where} ORDER BY o.{key}, o.rowid {paging}""", params)
        return [{"id": r["id"], "name": _t(r["name"], lang), "short_name": r["short_name"] or "", "kind": r["kind"],
                 "country_id": r["country_id"] or "", "country_name": _t(r["country_name"], lang),
                 "booth_code": r["booth_code"] or "", "letter": r["letter"] or "#", "place": (r["k"], r["n"])}
                for r in rows]
    rows = _rows(db, f"""SELECT p.rowid AS n, p.{key} AS k, p.id, p.title, p.focus_area_id, f.name AS focus_area_name,
                                f.position, COALESCE(c.name, o.name) AS owner_name,
                                COALESCE(c.country_id, o.country_id) AS country_id
                         FROM {tables} LEFT JOIN city c ON c.id = p.city_id
                              LEFT JOIN organisation o ON o.id = p.organisation_id
                              LEFT JOIN focus_area f ON f.id = p.focus_area_id
                         WHERE {where} ORDER BY p.{key}, p.rowid {paging}""", params)
    return [{**item, "area_index": max(0, (r["position"] or 1) - 1), "place": (r["k"], r["n"])}
            for r, item in zip(rows, _project_items(rows, lang))]


def exhibitor_letters(db: Database, listing: Listing) -> list[dict]:
    """The exhibitors' letter index: each letter their names are filed under, with the row where it starts."""
    tables, where, params, _ = _listing_sql(listing)
    key, letter = ordering.columns(listing.lang)
    out, row = [], 0
    for value, count in db.execute(f"SELECT o.{letter}, count(*) FROM {tables} WHERE {where} "
                                   f"GROUP BY o.{letter} ORDER BY min(o.{key})", params):
        out.append({"letter": value or "#", "row": row})
        row += count
    return out
