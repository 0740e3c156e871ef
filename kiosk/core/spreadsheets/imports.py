"""Organizer imports: upsert by stable id with every problem reported, all or nothing (exports and templates: exports.py).

An import checks every row of every file first and names each problem by file, row (as the spreadsheet shows it,
the header being row 1) and column. Only when no error is left are the rows written, in one transaction; booths are
then checked against each other as the import leaves them, and any problem rolls the whole import back. A dry run
does all of that and always rolls back. Rows are never deleted by an import.
"""

from __future__ import annotations

import copy
import datetime
import difflib
import json
import math
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from sqlite_utils import Database

from kiosk.core.common import languages
from kiosk.core.common.errors import KioskError
from kiosk.core.common.text import fold, is_slug
from kiosk.core.editing import entries, validate
from kiosk.core.floor import floorplan
from kiosk.core.spreadsheets import columns as cols
from kiosk.core.spreadsheets import tabular
from kiosk.core.spreadsheets.columns import ENTITIES, ORDER, Entity, Field
from kiosk.core.store import database as kdb
from kiosk.core.store import records, writer

Progress = Callable[[int, int], None]
REINDEX_ALL_ABOVE = 200  # changed rows above which the whole search index is rebuilt instead
_INT = re.compile(r"-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)", re.ASCII)
_FLOAT = re.compile(r"-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]*)(?:\.[0-9]+)?", re.ASCII)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_TIME = re.compile(r"([0-9]{1,2})[:.]([0-9]{2})(?::[0-9]{2}(?:\.[0-9]+)?)?", re.ASCII)
REF_NAMES = {"country": "country", "city": "city", "organisation": "organisation", "focus_area": "focus area",
             "room": "room", "theme": "theme", "hall": "hall"}


@dataclass(frozen=True)
class Issue:
    """One problem of an import: an error stops it, a warning does not."""

    source: str
    row: int | None
    column: str | None
    message: str
    warning: bool = False
    letter: str | None = None
    row_word: str = "row"

    def __str__(self) -> str:
        where = self.source
        if self.row is not None:
            where += f", {self.row_word} {self.row}"
        if self.column:
            where += f", column {self.letter} ({self.column})" if self.letter else f", column {self.column}"
        return f"{where}: {self.message}"


@dataclass
class Report:
    issues: list[Issue] = field(default_factory=list)
    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    dry_run: bool = False

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if not i.warning]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.warning]

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        if not self.ok:
            return (f"Nothing was imported: {len(self.errors)} error(s) and {len(self.warnings)} warning(s); "
                    "fix the errors and import again.")
        counts = "; ".join(f"{kind}: {self.added.get(kind, 0)} added, {self.changed.get(kind, 0)} changed, "
                           f"{self.unchanged.get(kind, 0)} unchanged"
                           for kind in ORDER if kind in self.added)
        if self.dry_run:
            return f"Dry run, nothing was changed. The import would give {counts or 'no rows'}."
        return f"Imported {counts or 'no rows'}."


@dataclass
class _Change:
    entity: Entity
    key: str
    record: dict
    old: dict | None
    changed: list[str]
    sheet: tabular.Sheet
    row: int


class _Rollback(Exception):
    pass


# --- import ----------------------------------------------------------------------------------------

def import_files(db: Database, paths: list[Path], *, kind: str | None = None, dry_run: bool = False,
                 actor: str = "cli", allow_http: bool = False, progress: Progress | None = None,
                 languages: tuple[str, ...] = ()) -> Report:
    """Check and upsert the rows of CSV, XLSX or JSON files; nothing is written unless the report is ok (and never
    on a dry run). `kind` names what every file holds; without it each file or sheet is told by its name or
    header. `languages`: the show's (the `languages` setting), named when a column's language is unknown. Files that
    cannot be read at all raise KioskError."""
    if kind is not None and kind not in ENTITIES:
        raise KioskError(f"Unknown kind {kind!r}: use one of {', '.join(ORDER)}.")
    sheets = [(sheet, _entity_for(sheet, kind)) for path in paths for sheet in tabular.read(path)]
    return _Import(db, sheets, actor, allow_http, progress, languages).run(dry_run)


def _entity_for(sheet: tabular.Sheet, kind: str | None) -> Entity:
    if kind:
        return ENTITIES[kind]
    for name in (sheet.name, sheet.file_stem):
        words = set(re.split(r"[^a-z]+", name.lower()))
        found = [e for e in ENTITIES.values() if words & set(e.aliases)]
        if len(found) == 1:
            return found[0]
    columns = {c.lower() for c in sheet.header}
    titled = any(c.startswith("title_") for c in columns)
    guesses = [kind for kind, fits in (
        ("booths", {"code", "hall"} <= columns),
        ("sessions", "day" in columns and bool({"start", "speakers", "room"} & columns)),
        ("cities", bool({"local_lang", "focus_areas", "population", "chief_officer_name"} & columns)),
        ("projects", titled and bool({"focus_area", "status_year"} & columns)),
        ("exhibitors", "kind" in columns and bool({"website", "contact_email", "short_name"} & columns)),
    ) if fits]
    if len(guesses) == 1:
        return ENTITIES[guesses[0]]
    raise KioskError(f"Cannot tell whether {sheet.source} holds {', '.join(ORDER[:-1])} or {ORDER[-1]}: name the "
                     "file after what it holds (such as exhibitors.csv) or give --kind.")


class _Import:
    def __init__(self, db: Database, sheets: list, actor: str, allow_http: bool, progress: Progress | None,
                 languages: tuple[str, ...] = ()):
        self.db, self.sheets, self.actor, self.allow_http = db, sheets, actor, allow_http
        self.languages = cols.content_order(languages)
        self.progress = progress
        self.total = 2 * sum(len(sheet.rows) for sheet, _ in sheets)
        self.done = 0
        self.report = Report()
        self.known, self.names = self._known()
        self.halls = {hid: (w, d) for hid, w, d in db.execute("SELECT id, width_m, depth_m FROM hall")}
        event = db.execute("SELECT starts_on, ends_on FROM event LIMIT 1").fetchone()
        self.event_days = tuple(event) if event else None
        kinds = {entity.kind for _, entity in sheets}
        self.existing = {k: cols.load(db, ENTITIES[k]) for k in kinds}
        self.seen: dict[tuple[str, str], int] = {}
        self.changes: dict[str, list[_Change]] = {k: [] for k in ORDER}

    def run(self, dry_run: bool) -> Report:
        self.report.dry_run = dry_run
        for sheet, entity in self.sheets:
            mapping = self._mapping(sheet, entity)
            for number, cells in sheet.rows:
                if mapping is not None:
                    self._row(sheet, entity, number, cells, mapping)
                self._tick()
        for kind in {entity.kind for _, entity in self.sheets}:
            for counter in (self.report.added, self.report.changed, self.report.unchanged):
                counter.setdefault(kind, 0)
        if not self.report.ok:
            return self.report
        try:
            with kdb.transaction(self.db):
                self._apply()
                if dry_run or not self.report.ok:
                    raise _Rollback
        except _Rollback:
            pass
        return self.report

    def _tick(self) -> None:
        self.done += 1
        if self.progress and (self.done % 50 == 0 or self.done == self.total):
            self.progress(self.done, self.total)

    # --- what the database knows ---

    def _known(self) -> tuple[dict[str, set[str]], dict[str, dict[str, str]]]:
        """Ids a reference may use (those in the database and those this import adds), and names to suggest from."""
        known: dict[str, set[str]] = {}
        names: dict[str, dict[str, str]] = {}
        for table in REF_NAMES:
            known[table] = set()
            names[table] = {}
            for rid, name in self.db.execute(f"SELECT id, name FROM {table}"):
                known[table].add(rid)
                for text in (_json(name) or {}).values() if name and name.startswith("{") else [name or ""]:
                    names[table].setdefault(fold(text), rid)
        for sheet, entity in self.sheets:
            if entity.table in known and entity.key == "id":
                known[entity.table].update(str(cells.get("id")).strip() for _, cells in sheet.rows
                                           if cells.get("id") is not None)
        return known, names

    # --- checking ---

    def _issue(self, sheet: tabular.Sheet, row: int | None, column: str | None, message: str,
               warning: bool = False) -> None:
        self.report.issues.append(Issue(sheet.source, row, column, message, warning,
                                        sheet.letter(column) if column else None, sheet.row_word))

    def _mapping(self, sheet: tabular.Sheet, entity: Entity) -> dict | None:
        """Each known column's (field, part); None when the header itself has an error."""
        mapping: dict[str, tuple[Field, object]] = {}
        fine = True
        _canonical_header(sheet, entity)
        for number, rows in sorted(sheet.unnamed.items()):
            values = "a value" if len(rows) == 1 else f"values in {len(rows)} rows"
            self._issue(sheet, rows[0], None, f"Column {tabular.column_letter(number)} has {values} but no name in the "
                                              f"header row; {'it was' if len(rows) == 1 else 'they were'} ignored: "
                                              "name the column or delete it.", warning=True)
        for column in sheet.header:
            if not column:
                continue
            if column in mapping:
                self._issue(sheet, 1, column, f"The column {column} appears twice.")
                fine = False
                continue
            target = cols.field_of(entity, column)
            if target is None:
                self._issue(sheet, 1, column, f"The column {column} is not one the kiosk knows; it was ignored.",
                            warning=True)
            elif not self._known_language(sheet, column, target[1]):
                fine = False
            else:
                mapping[column] = target
        if sheet.row_word == "row":  # JSON records may each leave keys out
            needed = [entity.key] + ([f"{entity.name}_en"] if entity.name else [])
            for column in needed:
                if column not in mapping:
                    self._issue(sheet, 1, None, f"The required column {column} is missing.")
                    fine = False
        return mapping if fine else None

    def _known_language(self, sheet: tabular.Sheet, column: str, part) -> bool:
        """Whether a text column's language (`name_vi`, `chief_officer_title_km`) is one; an error names it if not."""
        lang = part[1] if isinstance(part, tuple) else part
        if lang in (None, "name") or languages.english_name(lang):
            return True
        offered = ", ".join(f"{code} ({languages.english_name(code)})" for code in self.languages)
        self._issue(sheet, 1, column, f"The column {column} is for {lang!r}, which is not a language code: name the "
                                      f"column after a language such as {offered}.")
        return False

    def _row(self, sheet, entity: Entity, number: int, cells: dict, mapping: dict) -> None:
        errors_before = len(self.report.errors)
        unreadable = {column: value for column, value in cells.items() if isinstance(value, tabular.Unreadable)}
        for column, value in unreadable.items():
            self._issue(sheet, number, column, _unreadable(value))
        if unreadable:
            return
        key = self._key(sheet, entity, number, cells.get(entity.key))
        if key is None:
            return
        old = self.existing[entity.kind].get(key)
        record = copy.deepcopy(old) if old else cols.empty(entity)
        record[entity.key] = tabular.cell_text(cells[entity.key]).strip()
        failed: set[str] = set()
        texts: dict[str, list] = {}
        for column, value in cells.items():
            if column not in mapping or column == entity.key:
                continue
            f, part = mapping[column]
            if f.kind in ("texts", "officer"):
                texts.setdefault(f.key, []).append((column, part, value))
                continue
            parsed, problems = self._value(f, value)
            if self._report(sheet, number, column, problems):
                failed.add(f.key)
            else:
                record[f.key] = parsed
        for key_name, parts in texts.items():
            f = entity.field(key_name)
            merge = self._texts if f.kind == "texts" else self._officer
            if not merge(sheet, number, f, record, parts):
                failed.add(f.key)
        self._check_record(sheet, entity, number, record, old, cells, failed)
        if len(self.report.errors) > errors_before:
            return
        changed = [f.key for f in entity.fields if old is None or record[f.key] != old[f.key]]
        self.changes[entity.kind].append(_Change(entity, key, record, old, changed, sheet, number))

    def _key(self, sheet, entity: Entity, number: int, value) -> str | None:
        text = tabular.cell_text(value).strip()
        column = entity.key
        if not text:
            self._issue(sheet, number, column, validate.message(validate.Problem(column, None, "required")))
            return None
        if entity.key == "code" and not records.BOOTH_CODE_RE.fullmatch(text):
            self._issue(sheet, number, column, f"{_shown(text)} is not a booth code: use upper-case letters A-Z and "
                                               "digits only, such as A01.")
            return None
        if entity.key == "id" and not is_slug(text):
            self._issue(sheet, number, column, f"{_shown(text)} is not a valid id: use lowercase letters a-z, digits "
                                               "and single hyphens, such as ha-noi.")
            return None
        key = text.lower() if entity.key == "code" else text
        first = self.seen.setdefault((entity.kind, key), (sheet.source, number))
        if first != (sheet.source, number):
            where = f"{sheet.row_word} {first[1]}" if first[0] == sheet.source else f"{first[0]}, row {first[1]}"
            self._issue(sheet, number, column, f"The {column} {_shown(text)} is used twice (first in {where}).")
            return None
        return key

    def _report(self, sheet, number: int, column: str, problems: list[tuple[str, bool]]) -> bool:
        """Record a value's problems; True when one of them is an error."""
        for message, warning in problems:
            self._issue(sheet, number, column, message, warning)
        return any(not warning for _, warning in problems)

    def _texts(self, sheet, number: int, f: Field, record: dict, parts: list) -> bool:
        value = dict(record[f.key] or {})
        fine = True
        for column, lang, cell in parts:
            if lang is None:  # a JSON record's whole {language: text} object
                if cell is not None and not isinstance(cell, dict):
                    self._issue(sheet, number, column, "This must be an object of texts by language code.")
                    fine = False
                    continue
                value = {}
                for item_lang, item in (cell or {}).items():
                    if (not isinstance(item_lang, str) or not cols.LANG_CODE.fullmatch(item_lang)
                            or not languages.english_name(item_lang)):
                        self._issue(sheet, number, column, f"{_shown(item_lang)} is not a language code.")
                        fine = False
                        continue
                    text, problems = _text(item, f.key, item_lang, f.key in entries.MULTILINE)
                    fine &= not self._report(sheet, number, column, problems)
                    if text:
                        value[item_lang] = text
                continue
            text, problems = _text(cell, f.key, lang, f.key in entries.MULTILINE)
            if self._report(sheet, number, column, problems):
                fine = False
            elif text:
                value[lang] = text
            else:
                value.pop(lang, None)
        record[f.key] = value or None
        return fine

    def _officer(self, sheet, number: int, f: Field, record: dict, parts: list) -> bool:
        officer = copy.deepcopy(record[f.key]) or {"name": None, "title": {}}
        officer.setdefault("title", {})
        fine = True
        for column, part, cell in parts:
            if part is None:  # a JSON record's whole {name, title} object
                if cell is not None and not (isinstance(cell, dict) and isinstance(cell.get("title", {}), dict)):
                    self._issue(sheet, number, column, "This must be an object with a name and a title by language.")
                    fine = False
                    continue
                officer = {"name": None, "title": {}}
                cell = cell or {}
                parts_given = [("name", cell.get("name"))] + [(("title", k), v) for k, v in
                                                              (cell.get("title") or {}).items()]
            else:
                parts_given = [(part, cell)]
            for which, item in parts_given:
                lang = which[1] if isinstance(which, tuple) else None
                text, problems = _text(item, "name" if lang is None else "title", lang)
                if self._report(sheet, number, column, problems):
                    fine = False
                elif lang is None:
                    officer["name"] = text or None
                elif text:
                    officer["title"][lang] = text
                else:
                    officer["title"].pop(lang, None)
        if not officer.get("name") and officer["title"]:
            self._issue(sheet, number, f"{f.key}_name", "A chief officer's title is given without their name.")
            return False
        record[f.key] = officer if officer.get("name") else None
        return fine

    def _value(self, f: Field, value) -> tuple[object, list[tuple[str, bool]]]:
        """A cell parsed for its field, and the problems as (message, is_warning)."""
        blank = value is None or (isinstance(value, str) and not value.strip())
        kind = f.kind
        if kind in ("aliases", "refs", "speakers"):
            return self._list(f, value)
        if blank:
            return None, []
        if kind in ("text", "note", "lang", "ref", "choice", "url", "email") and isinstance(value, (list, dict)):
            return None, [(validate.message(validate.Problem(f.key, None, "not_text")), False)]
        if kind in ("text", "note"):
            text, problems = _text(value, f.key, None, kind == "note")
            return text or None, problems
        if kind == "lang":
            text = tabular.cell_text(value).strip()
            if cols.LANG_CODE.fullmatch(text):
                return text, []
            return None, [(f"{_shown(text)} is not a language code such as th, en or km.", False)]
        if kind in ("int", "float"):
            return _number(f, value)
        if kind == "year":
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            year, problems = validate.year(value if isinstance(value, int) else tabular.cell_text(value), f.key)
            return year, _problems(problems)
        if kind == "url":
            url, problems = validate.url(tabular.cell_text(value), f.key, allow_http=self.allow_http)
            return url, _problems(problems)
        if kind == "email":
            email, problems = validate.email(tabular.cell_text(value), f.key)
            return email, _problems(problems)
        if kind == "ref":
            return self._ref(f.choices, tabular.cell_text(value).strip())
        if kind == "choice":
            text = tabular.cell_text(value).strip().lower()
            if text in f.choices:
                return text, []
            return None, [(f"{_shown(text)} is not one of: {', '.join(f.choices)}.", False)]
        if kind == "date":
            return self._date(value)
        if kind == "time":
            return _time(value)
        raise AssertionError(kind)

    def _list(self, f: Field, value) -> tuple[list, list[tuple[str, bool]]]:
        if value is None or isinstance(value, list):
            items = [it if isinstance(it, list) else [it] for it in value or []]
        else:
            items = cols.split_items(tabular.cell_text(value), pairs=f.kind == "speakers")
        out, problems = [], []
        for item in items:
            if f.kind == "speakers":
                if len(item) == 1 and isinstance(item[0], dict):
                    item = [item[0].get("name"), item[0].get("organisation")]
                if len(item) > 2:
                    problems.append(("Write each speaker as name | organisation, with ; between speakers.", False))
                    continue
                name, found = _text(item[0], "name")
                org, more = _text(item[1] if len(item) > 1 else None, "organisation")
                problems += found + more
                if not name:
                    problems.append(("A speaker's name is missing.", False))
                elif not any(not w for _, w in found + more):
                    out.append({"name": name, "organisation": org or None})
                continue
            if len(item) != 1:
                problems.append((validate.message(validate.Problem(f.key, None, "not_text")), False))
                continue
            text, found = _text(item[0], f.key)
            problems += found
            if not text or any(not w for _, w in found):
                continue
            if f.kind == "refs":
                ref, found = self._ref(f.choices, text)
                problems += found
                text = ref
            if text and text not in out:
                out.append(text)
        return out, problems

    def _ref(self, table: str, value: str) -> tuple[str | None, list[tuple[str, bool]]]:
        if value in self.known[table]:
            return value, []
        guess = self.names[table].get(fold(value))
        if guess is None:
            close = difflib.get_close_matches(value.lower(), sorted(self.known[table]), n=1, cutoff=0.75)
            guess = close[0] if close else None
        hint = f" (did you mean {guess!r}?)" if guess else ""
        return None, [(f"Unknown {REF_NAMES[table]} {_shown(value)}{hint}.", False)]

    def _date(self, value) -> tuple[str | None, list[tuple[str, bool]]]:
        if isinstance(value, datetime.datetime):
            value = value.date()
        if isinstance(value, datetime.date):
            day = value.isoformat()
        else:
            day = tabular.cell_text(value).strip()
            try:
                if not _DATE.fullmatch(day):
                    raise ValueError
                datetime.date.fromisoformat(day)
            except ValueError:
                return None, [(f"{_shown(day)} is not a date: write YYYY-MM-DD in the Western calendar, such as "
                               "2019-08-22.", False)]
        if self.event_days and not self.event_days[0] <= day <= self.event_days[1]:
            return day, [(f"{day} is outside the event's dates ({self.event_days[0]} to {self.event_days[1]}).",
                          True)]
        return day, []

    def _check_record(self, sheet, entity: Entity, number: int, record: dict, old: dict | None, cells: dict,
                      failed: set[str]) -> None:
        for f in entity.fields:
            if not f.required or f.key in failed or f.key == entity.key:
                continue
            if f.kind == "texts":
                if not (record[f.key] or {}).get("en"):
                    self._issue(sheet, number, f"{f.key}_en", "The English text is required.")
                continue
            if record[f.key] in (None, ""):
                given = f.key in cells
                self._issue(sheet, number, f.key, validate.message(validate.Problem(f.key, None, "required"))
                            if given else f"The column {f.key} is missing, and a new entry needs it.")
        if entity.name and entity.name not in failed and (record[entity.name] or {}).get("en") \
                and not record[entity.name].get("th"):
            self._issue(sheet, number, f"{entity.name}_th", "There is no Thai text; visitors reading Thai will see "
                                                            "the English one.", warning=True)
        if entity.kind == "projects" and not record["city"] and not record["organisation"] \
                and not {"city", "organisation"} & failed:
            self._issue(sheet, number, "city", "A project belongs to a city or an organisation: fill in at least "
                                               "one.")
        if entity.kind == "sessions" and not {"start", "end"} & failed:
            if record["end"] and not record["start"]:
                self._issue(sheet, number, "start", "The session has an end time but no start time.")
            elif record["start"] and record["end"] and record["end"] <= record["start"]:
                self._issue(sheet, number, "end", f"The session ends ({record['end']}) before it starts "
                                                  f"({record['start']}).")
        if entity.kind == "booths":
            self._check_booth(sheet, number, record, failed)

    def _check_booth(self, sheet, number: int, record: dict, failed: set[str]) -> None:
        if record["city"] and record["organisation"]:
            self._issue(sheet, number, "organisation", "A booth has one owner: give a city or an organisation, "
                                                       "not both.")
        elif not record["city"] and not record["organisation"] and not {"city", "organisation"} & failed:
            self._issue(sheet, number, "organisation", "The booth has no owner yet (no city and no organisation).",
                        warning=True)
        if {"hall", "x", "y", "w", "h"} & failed or record["hall"] not in self.halls:
            return
        width, depth = self.halls[record["hall"]]
        x, y, w, h = (record[k] for k in "xywh")
        if x + w > width + floorplan.EPSILON or y + h > depth + floorplan.EPSILON:
            self._issue(sheet, number, "x", f"Booth {record['code']} (x {x:g} to {x + w:g} m, y {y:g} to {y + h:g} m) "
                                            f"lies outside hall {record['hall']} ({width:g} × {depth:g} m).")

    # --- writing ---

    def _apply(self) -> None:
        stamp = kdb.now()
        touched: list[tuple[str, str]] = []
        owners: list[tuple[str, str]] = []
        for kind in ORDER:
            for change in self.changes[kind]:
                if not change.changed:
                    self.report.unchanged[kind] += 1
                else:
                    try:
                        self._write(change, stamp)
                    except (sqlite3.DatabaseError, KioskError) as exc:
                        self._issue(change.sheet, change.row, None, f"The database refused this row ({exc}).")
                    else:
                        counter = self.report.changed if change.old else self.report.added
                        counter[kind] += 1
                        touched.append((change.entity.table, change.key))
                        if kind == "booths" and change.old:
                            owners += [("city", change.old["city"]), ("organisation", change.old["organisation"])]
                self._tick()
        if not self.report.ok:
            return
        sources = sorted({sheet.source for sheet, _ in self.sheets})
        writer.imported(self.db, touched + [(t, i) for t, i in owners if i], self.actor,
                        f"{', '.join(sources)}: {self.report.summary()}", rebuild=len(touched) > REINDEX_ALL_ABOVE)
        self._check_overlaps()

    def _write(self, change: _Change, stamp: str) -> None:
        entity = change.entity
        rows, links = records.table_rows({entity.source: [change.record]})
        refs = [cols.LINKS[f.key] for f in entity.fields if f.kind == "refs" and f.key in change.changed]
        writer.import_row(self.db, entity.table, change.key, rows[entity.table][0], self.actor,
                          new=change.old is None, fields=change.changed,
                          columns=[entity.field(k).column for k in change.changed if entity.field(k).column],
                          links={link_table: (own, links[link_table]) for link_table, own, _ in refs},
                          stamp=stamp, detail=f"{change.sheet.source}, {change.sheet.row_word} {change.row}")

    def _check_overlaps(self) -> None:
        rows = {c.key: c for c in self.changes["booths"]}
        for a, b, hall in floorplan.overlapping_booths(self.db):
            mine = [rows[code.lower()] for code in (a, b) if code.lower() in rows]
            if mine:
                change = max(mine, key=lambda c: c.row)
                other = b if change.key == a.lower() else a
                self._issue(change.sheet, change.row, "code", f"Booth {change.record['code']} overlaps booth "
                                                              f"{other} in hall {hall}.")


def _canonical_header(sheet: tabular.Sheet, entity: Entity) -> None:
    """Column names as the kiosk spells them (`Name_EN` is `name_en`), in the header and in every row."""
    renamed = {}
    for i, column in enumerate(sheet.header):
        target = cols.field_of(entity, column)
        if target:
            f, part = target
            name = f.key if part is None else (f"{f.key}_{part}" if isinstance(part, str) else
                                               f"{f.key}_{part[0]}_{part[1]}")
            sheet.header[i] = renamed[column] = name
    if any(old != new for old, new in renamed.items()):
        sheet.rows = [(n, {renamed.get(k, k): v for k, v in cells.items()}) for n, cells in sheet.rows]


def _json(value: str):
    return json.loads(value)


def _unreadable(cell: tabular.Unreadable) -> str:
    if cell.error:
        made = f" (made by the formula {cell.formula})" if cell.formula else ""
        return (f"This cell shows the error {cell.error}{made} instead of a value: correct it in the spreadsheet, "
                "save and import again.")
    formula = cell.formula if len(cell.formula) <= 60 else f"{cell.formula[:60]}…"
    return (f"This cell holds a formula ({formula}) whose result the file does not keep, so there is "
            "no value to import: in the spreadsheet, copy the column and paste it back as values (Paste Special, "
            "Values), save and import again.")


def _shown(value) -> str:
    """A value quoted in a message: a long one cut short, with its length."""
    text = repr(value)
    return text if len(text) <= 42 else f"{text[:40]}…' ({len(str(value)):,} characters)"


def _problems(problems: list) -> list[tuple[str, bool]]:
    """validate's problems as (message, is_warning): a text longer than the screens are laid out for is imported
    with a warning (an organizer's data set may hold long official texts), anything else is an error."""
    return [(validate.message(p) if p.code != "too_long" else
             f"Longer than the {p.limit} characters the kiosk's screens are laid out for.", p.code == "too_long")
            for p in problems]


def _text(value, key: str, lang: str | None = None, multiline: bool = False) -> tuple[str, list[tuple[str, bool]]]:
    if isinstance(value, (list, dict)):
        return "", [(validate.message(validate.Problem(key, lang, "not_text")), False)]
    text, problems = validate.text(tabular.cell_text(value), key, lang, multiline=multiline)
    return text, _problems(problems)


def _number(f: Field, value) -> tuple[float | int | None, list[tuple[str, bool]]]:
    whole = f.kind == "int"
    if isinstance(value, bool):
        number = None
    elif isinstance(value, (int, float)):
        number = value
    else:
        text = tabular.cell_text(value).strip()
        pattern = _INT if whole else _FLOAT
        number = float(text.replace(",", "")) if pattern.fullmatch(text) and any(c.isdigit() for c in text) else None
    if number is not None and not math.isfinite(number):
        return None, [(f"{_shown(tabular.cell_text(value))} is too large a number.", False)]
    if number is None or (whole and not float(number).is_integer()):
        example = "64409" if whole else "12.5"
        return None, [(f"{_shown(tabular.cell_text(value))} is not a {'whole ' if whole else ''}number such as "
                       f"{example} (digits 0-9).", False)]
    number = int(number) if whole else float(number)
    if (f.low is not None and number < f.low) or (f.high is not None and number > f.high):
        span = f"from {f.low:g} to {f.high:g}" if f.high is not None else f"of {f.low:g} or more"
        return None, [(f"{number:g} is out of range: use a number {span}.", False)]
    if f.positive and number <= 0:
        return None, [(f"{number:g} must be more than 0.", False)]
    return number, []


def _time(value) -> tuple[str | None, list[tuple[str, bool]]]:
    if isinstance(value, (datetime.datetime, datetime.time)):
        return f"{value.hour:02d}:{value.minute:02d}", []
    text = tabular.cell_text(value).strip()
    match = _TIME.fullmatch(text)
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        return f"{int(match[1]):02d}:{match[2]}", []
    return None, [(f"{_shown(text)} is not a time: write HH:MM on the 24-hour clock, such as 09:30 or 14:00.", False)]


# --- export and templates ---------------------------------------------------------------------------
