"""Booth staff change their own entries: publish with version history, revert, add and remove projects.

Every public write checks the principal first (the core API enforces who may change what, not only the UI) and
validates every value, then hands the new state to the writer (kiosk.core.store.writer), which writes the row, its
new version, the audit row and the search entries in one transaction. An entry's first publish also stores version
1, the entry as it was, so the original can always be restored.
"""

from __future__ import annotations

import json
import re

from sqlite_utils import Database

from kiosk.core.access import auth
from kiosk.core.access.principal import Principal
from kiosk.core.common.errors import KioskError
from kiosk.core.common.text import fold, require_slug
from kiosk.core.editing import validate
from kiosk.core.editing.validate import Problem
from kiosk.core.store import database as kdb
from kiosk.core.store import versions, writer

# Names need English: visitors whose language is missing see the English text.
REQUIRED = {"name": ("en",), "title": ("en",)}
MULTILINE = {"description", "profile", "vision", "status"}
OWNER_TYPES = ("city", "organisation")


class Forbidden(KioskError):
    """The signed-in person may not change this entry."""


class Invalid(KioskError):
    """Some values were refused; `problems` lists all of them."""

    def __init__(self, problems: list[Problem]):
        super().__init__("Some fields need fixing. " + " ".join(
            f"{p.field}{f' ({p.lang})' if p.lang else ''}: {validate.message(p)}" for p in problems))
        self.problems = problems


# --- who owns what -------------------------------------------------------------------------------

def owner_of(db: Database, entity_type: str, entity_id: str) -> tuple[str, str]:
    """The city or organisation whose staff may change the entry: itself, or a project's city or organisation."""
    versions.fields_of(entity_type)
    if entity_type != "project":
        if not db.execute(f"SELECT 1 FROM {entity_type} WHERE id = ?", [entity_id]).fetchone():
            raise KioskError(f"There is no {entity_type} with the id {entity_id!r}.")
        return entity_type, entity_id
    row = db.execute("SELECT city_id, organisation_id FROM project WHERE id = ?", [entity_id]).fetchone()
    if row is None:  # a removed project: its last version remembers the owner
        data = versions.version_data(db, "project", entity_id, versions.last_version(db, "project", entity_id))
        if data is None:
            raise KioskError(f"There is no project with the id {entity_id!r}.")
        row = (data["city_id"], data["organisation_id"])
    return ("city", row[0]) if row[0] else ("organisation", row[1])


def projects_of(db: Database, owner_type: str, owner_id: str) -> list[str]:
    """The ids of a city's or an organisation's projects, in id order."""
    column = "city_id" if owner_type == "city" else "organisation_id"
    return [pid for (pid,) in db.execute(f"SELECT id FROM project WHERE {column} = ? ORDER BY id", [owner_id])]


def authorize(db: Database, principal: Principal, entity_type: str, entity_id: str) -> None:
    if not principal.may_edit_owner(*owner_of(db, entity_type, entity_id)):
        raise Forbidden("You may only change the entries of your own booth.")


# --- reading -------------------------------------------------------------------------------------

def history(db: Database, entity_type: str, entity_id: str) -> list[dict]:
    """Published versions, newest first: {version, at, actor, who, fields, changed: [{field, lang}], restored_from,
    note}.
    An entry never published has only version 1, the original."""
    fields = versions.fields_of(entity_type)
    rows = db.execute("SELECT version, at, actor, fields, data, note FROM entity_version "
                      "WHERE entity_type = ? AND entity_id = ? ORDER BY version", [entity_type, entity_id]).fetchall()
    out, before, people = [], None, {}
    for version, at, actor, named, data, note in rows:
        state = json.loads(data)
        restored = re.fullmatch(r"revert to (\d+)", note or "")
        if actor not in people:  # one look-up per person, not per version
            people[actor] = auth.who(db, actor)
        out.append({"version": version, "at": at, "actor": actor, "note": note, "who": people[actor],
                    "fields": json.loads(named),
                    "changed": changed_parts(fields, before, state) if before is not None else [],
                    "restored_from": int(restored.group(1)) if restored else 0})
        before = state
    if not out:
        row = db.execute(f"SELECT updated_at, updated_by FROM {entity_type} WHERE id = ?", [entity_id]).fetchone()
        if row:
            out = [{"version": 1, "at": row[0], "actor": row[1], "who": auth.who(db, row[1]), "note": "original",
                    "fields": [], "changed": [], "restored_from": 0}]
    return out[::-1]


def changed_parts(fields: dict, before: dict, after: dict) -> list[dict]:
    """Which fields (and, for texts, which languages) differ between two states, in the form's order."""
    out = []
    for name, type_ in fields.items():
        old, new = before.get(name), after.get(name)
        if type_ == "texts":
            old, new = old or {}, new or {}
            out += [{"field": name, "lang": lang} for lang in sorted(set(old) | set(new))
                    if (old.get(lang) or "") != (new.get(lang) or "")]
        elif old != new:
            out.append({"field": name, "lang": ""})
    return out


def check(db: Database, entity_type: str, entity_id: str, changes: dict, *, allow_http: bool = False
          ) -> list[Problem]:
    """The problems Publish would report for these changes, without writing anything."""
    return _merge(db, entity_type, versions.current(db, entity_type, entity_id), changes, allow_http)[1]


# --- writing: checked here, written by the writer ------------------------------------------------

def publish(db: Database, principal: Principal, entity_type: str, entity_id: str, changes: dict, *,
            allow_http: bool = False) -> int:
    """Change some editable fields; returns the new version number (the current one when nothing changed).

    A text field given as `{"th": ...}` changes only the languages given; `""` removes a language.
    Raises Forbidden, or Invalid with every problem at once; either way nothing is written.
    """
    authorize(db, principal, entity_type, entity_id)
    with kdb.transaction(db):
        new, problems = _merge(db, entity_type, versions.current(db, entity_type, entity_id), changes, allow_http)
        if problems:
            raise Invalid(problems)
        return writer.publish(db, entity_type, entity_id, new, principal.actor)


def preview(db: Database, principal: Principal, entity_type: str, entity_id: str, changes: dict, read, *,
            allow_http: bool = False):
    """What `read()` returns with the changes applied as publish would apply them, without keeping them.
    Raises Forbidden or Invalid like publish."""
    authorize(db, principal, entity_type, entity_id)
    new, problems = _merge(db, entity_type, versions.current(db, entity_type, entity_id), changes, allow_http)
    if problems:
        raise Invalid(problems)
    return writer.preview(db, entity_type, entity_id, new, principal.actor, read)


def revert(db: Database, principal: Principal, entity_type: str, entity_id: str, version: int) -> int:
    """Publish the editable state of an earlier version as a new version; a removed project comes back."""
    authorize(db, principal, entity_type, entity_id)
    note = f"revert to {version}"
    with kdb.transaction(db):
        data = versions.version_data(db, entity_type, entity_id, version)
        if data is None:
            raise KioskError(f"There is no version {version} of this entry.")
        state = {field: data[field] for field in versions.EDITABLE[entity_type]}
        if entity_type == "project" and not versions.exists(db, "project", entity_id):
            return writer.add_project(db, entity_id, data["city_id"], data["organisation_id"], state,
                                      principal.actor, action="revert", note=note, kept=data)
        return writer.publish(db, entity_type, entity_id, state, principal.actor, action="revert", note=note)


def add_project(db: Database, principal: Principal, owner_type: str, owner_id: str, values: dict, *,
                allow_http: bool = False) -> str:
    """A new project of a city or an organisation; returns its id, a slug of the English title."""
    if owner_type not in OWNER_TYPES:
        raise KioskError(f"A project belongs to a city or an organisation, not to {owner_type!r}.")
    if not principal.may_edit_owner(owner_type, owner_id):
        raise Forbidden("You may only change the entries of your own booth.")
    with kdb.transaction(db):
        if not versions.exists(db, owner_type, owner_id):
            raise KioskError(f"There is no {owner_type} with the id {owner_id!r}.")
        empty = {field: {} if kind == "texts" else None for field, kind in versions.EDITABLE["project"].items()}
        state, problems = _merge(db, "project", empty, values, allow_http)
        if not state["title"].get("en") and Problem("title", "en", "required") not in problems:
            problems.append(Problem("title", "en", "required"))
        if problems:
            raise Invalid(problems)
        project_id = _new_project_id(db, state["title"]["en"])
        writer.add_project(db, project_id, owner_id if owner_type == "city" else None,
                           owner_id if owner_type == "organisation" else None, state, principal.actor)
    return project_id


def preview_new_project(db: Database, principal: Principal, owner_type: str, owner_id: str, values: dict, read, *,
                        allow_http: bool = False):
    """What `read(project_id)` returns for the project `add_project` would add, without keeping it: it is added in
    a transaction that is always rolled back (so nothing is recorded or journaled). Raises like add_project."""
    seen = {}
    try:
        with kdb.transaction(db):
            project_id = add_project(db, principal, owner_type, owner_id, values, allow_http=allow_http)
            seen["page"] = read(project_id)
            raise _Undo
    except _Undo:
        pass
    return seen["page"]


class _Undo(Exception):
    """Rolls a preview's transaction back."""


def remove_project(db: Database, principal: Principal, project_id: str) -> int:
    """Delete a project and its search entries, keeping a last version (note 'removed') to restore it from."""
    authorize(db, principal, "project", project_id)
    return writer.remove_project(db, project_id, principal.actor)


# --- inside the transaction ----------------------------------------------------------------------

def _merge(db: Database, entity_type: str, old: dict, changes: dict, allow_http: bool
           ) -> tuple[dict, list[Problem]]:
    """The state after the changes, and the problems with what changed (a value kept as it was is not judged)."""
    fields = versions.fields_of(entity_type)
    new = dict(old)
    problems: list[Problem] = []
    for field, value in changes.items():
        kind = fields.get(field)
        if kind is None:
            problems.append(Problem(str(field), None, "not_editable"))
            continue
        if kind == "texts":
            if not isinstance(value, dict):
                problems.append(Problem(field, None, "not_text"))
                continue
            cleaned, found = validate.texts({**old[field], **value}, field, multiline=field in MULTILINE,
                                            required=REQUIRED.get(field, ()))
            found = [p for p in found if p.code == "required" or p.lang is None
                     or cleaned.get(p.lang) != old[field].get(p.lang)]
        elif kind == "plain":
            cleaned, found = validate.plain(value, field)
        elif kind == "url":
            cleaned, found = validate.url(value, field, allow_http=allow_http)
        elif kind == "email":
            cleaned, found = validate.email(value, field)
        elif kind == "year":
            cleaned, found = validate.year(value, field)
        else:  # focus_area
            cleaned, found = validate.plain(value, field)
            if cleaned and not found and not versions.exists(db, "focus_area", cleaned):
                found = [Problem(field, None, "unknown_choice")]
        if cleaned != old[field]:
            problems += found
        new[field] = cleaned
    return new, problems


def _new_project_id(db: Database, title: str) -> str:
    """A slug of the English title, unique among projects present and removed (printed QR codes keep ids)."""
    base = re.sub(r"[^a-z0-9]+", "-", fold(title), flags=re.ASCII)[:60].strip("-") or "project"
    candidate, n = base, 1
    while versions.exists(db, "project", candidate) or versions.last_version(db, "project", candidate):
        n += 1
        candidate = f"{base}-{n}"
    return require_slug(candidate)
