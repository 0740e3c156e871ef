"""The lists' order, stored: each listed row's sort key in every screen language (`sort_th`, `sort_en`, …) and, for
organisations, the letter its name is filed under (`letter_th`, …). Derived from the row's own name (and, for a
project, its focus area's place), made again whenever the writer writes the row, and indexed, so a list screen reads
one page in order instead of sorting every row (docs/adr/0010-sort-keys-stored-with-each-row.md)."""

from __future__ import annotations

import json

from sqlite_utils import Database

from kiosk.core.common import collation, languages
from kiosk.core.common.text import pick

# The listed tables and the column each is ordered by.
NAMES = {"country": "name", "city": "name", "organisation": "name", "project": "title"}
LETTERED = ("organisation",)
NO_AREA = 0xFFFF  # a project without a focus area comes after every area, as it always did


def columns(lang: str) -> tuple[str, str]:
    """The sort key and letter columns of a language (only known languages: they are put into SQL)."""
    if lang not in languages.LANGUAGES:
        lang = languages.FALLBACK
    return f"sort_{lang}", f"letter_{lang}"


def add_columns(db: Database) -> None:
    """The columns and their indexes (the migration that brought them in; a language added later needs another)."""
    for table in NAMES:
        for lang in languages.LANGUAGES:
            key, letter = columns(lang)
            db.execute(f"ALTER TABLE {table} ADD COLUMN {key} BLOB")
            if table in LETTERED:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {letter} TEXT")
            if table in ("organisation", "project"):
                db.execute(f"CREATE INDEX {table}_{key} ON {table}({key})")
    db.execute("CREATE TABLE sort_keys (version TEXT NOT NULL)")


def fill(db: Database) -> None:
    """Every listed row's keys made again (after a bulk load, or when ICU changed); in the caller's transaction."""
    for table in NAMES:
        _write(db, table, _rows(db, table))
    db.execute("DELETE FROM sort_keys")
    db.execute("INSERT INTO sort_keys (version) VALUES (?)", [collation.VERSION])


def current(db: Database) -> bool:
    """Whether the stored keys were made by this ICU."""
    row = db.execute("SELECT version FROM sort_keys").fetchone()
    return row is not None and row[0] == collation.VERSION


def refresh(db: Database, table: str, row_id: str) -> None:
    """The keys of the row just written, and of the rows whose place it decides (a focus area's projects)."""
    if table in NAMES:
        _write(db, table, _rows(db, table, "id", row_id))
    elif table == "focus_area":
        _write(db, "project", _rows(db, "project", "focus_area_id", row_id))


def _rows(db: Database, table: str, column: str | None = None, value: str | None = None) -> list[tuple]:
    """(rowid, names as JSON, focus area position or None) of every row, or of those whose `column` is `value`."""
    where, params = (f"WHERE t.{column} = ?", [value]) if column else ("", [])
    if table == "project":
        sql = "SELECT t.rowid, t.title, f.position FROM project t LEFT JOIN focus_area f ON f.id = t.focus_area_id"
    else:
        sql = f"SELECT t.rowid, t.{NAMES[table]}, NULL FROM {table} t"
    return db.execute(f"{sql} {where}", params).fetchall()


def _write(db: Database, table: str, rows: list[tuple]) -> None:
    sets, values = [], []
    for lang in languages.LANGUAGES:
        key, letter = columns(lang)
        sets.append(f"{key} = ?")
        if table in LETTERED:
            sets.append(f"{letter} = ?")
    for rowid, name_json, position in rows:
        names = json.loads(name_json) if name_json else {}
        row: list = []
        for lang in languages.LANGUAGES:
            name = pick(names, lang)
            key = collation.sort_key(name, lang)
            if table == "project":  # the Projects list is grouped by focus area, in the areas' order
                key = (NO_AREA if position is None else min(max(position, 0), NO_AREA)).to_bytes(2, "big") + key
            row.append(key)
            if table in LETTERED:
                row.append(collation.index_letter(name))
        values.append([*row, rowid])
    db.conn.executemany(f"UPDATE {table} SET {', '.join(sets)} WHERE rowid = ?", values)
