"""Records (the shape of the demo data set's source files and of imported rows) mapped onto the database's tables.

The demo build and the spreadsheet import both write through this mapping, so a record means the same in both.
"""

from __future__ import annotations

import json
import re

BOOTH_CODE_RE = re.compile(r"[A-Z0-9]+", re.ASCII)  # booth codes as printed: B12, C21

# The source files, by stem, in the order they are read.
FILES = ("event", "countries", "focus_areas", "cities", "organisations", "projects", "sessions", "halls", "booths",
         "kiosks")


def rows_of(data: dict) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """Source records mapped onto the database's tables."""
    event = data["event"]
    rows: dict[str, list[dict]] = {
        "event": [{k: event.get(k) for k in ("id", "name", "short_name", "theme", "description", "starts_on",
                                              "ends_on", "timezone", "venue", "venue_lat", "venue_lon", "base_url",
                                              "source", "note")}],
        "room": [{"id": r["id"], "name": r["name"]} for r in event.get("rooms", [])],
        "theme": [{"id": t["id"], "position": t["position"], "name": t["name"]} for t in event.get("themes", [])],
        "country": [{k: c.get(k) for k in ("id", "iso2", "name", "asean", "g20", "source", "note")}
                    for c in data["countries"]],
        "focus_area": [{k: f.get(k) for k in ("id", "position", "name", "summary", "source", "note")}
                       for f in data["focus_areas"]],
        "city": [{**{k: c.get(k) for k in ("id", "name", "local_lang", "lat", "lon", "area_km2", "population",
                                            "density_per_km2", "figures_year", "vision", "profile", "source", "note")},
                  "country_id": c["country"], "aliases": c.get("aliases") or [],
                  "chief_officer": json.dumps(c["chief_officer"], ensure_ascii=False) if c.get("chief_officer") else None}
                 for c in data["cities"]],
        "organisation": [{**{k: o.get(k) for k in ("id", "kind", "name", "short_name", "description", "website",
                                                    "contact_email", "source", "note")},
                          "country_id": o.get("country"), "city_id": o.get("city")} for o in data["organisations"]],
        "project": [{**{k: p.get(k) for k in ("id", "title", "description", "status", "status_year", "url",
                                               "source", "note")},
                     "city_id": p.get("city"), "organisation_id": p.get("organisation"),
                     "focus_area_id": p.get("focus_area")} for p in data["projects"]],
        "session": [{**{k: s.get(k) for k in ("id", "day", "kind", "title", "description", "source", "note")},
                     "starts_at": s.get("start"), "ends_at": s.get("end"), "room_id": s.get("room"),
                     "speakers": s.get("speakers") or []} for s in data["sessions"]],
        "hall": [{k: h.get(k) for k in ("id", "name", "width_m", "depth_m", "level", "note")} for h in data["halls"]],
        "hall_feature": [{**{k: f.get(k) for k in ("id", "kind", "name", "x", "y", "w", "h", "link")},
                          "hall_id": h["id"]}
                         for h in data["halls"] for f in h.get("features", [])],
        "booth": [{"id": b["code"].lower(), "code": b["code"], "hall_id": b["hall"], "x": b["x"], "y": b["y"],
                   "w": b["w"], "h": b["h"], "city_id": b.get("city"), "organisation_id": b.get("organisation"),
                   "note": b.get("note")} for b in data["booths"]],
        "kiosk_point": [{**{k: p.get(k) for k in ("id", "name", "x", "y", "facing", "note")}, "hall_id": p["hall"]}
                        for p in data["kiosks"]],
    }
    links = {
        "city_focus_area": [{"city_id": c["id"], "focus_area_id": f} for c in data["cities"]
                            for f in c.get("focus_areas", [])],
        "session_theme": [{"session_id": s["id"], "theme_id": t} for s in data["sessions"] for t in s.get("themes", [])],
    }
    return rows, links


def table_rows(records: dict) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """Records of some source files (keyed by file stem; a file not given counts as empty) mapped onto tables."""
    return rows_of({name: records.get(name, {} if name == "event" else []) for name in FILES})


TABLE_ORDER = ("event", "room", "theme", "country", "focus_area", "city", "organisation", "project", "session",
               "hall", "hall_feature", "booth", "kiosk_point")
