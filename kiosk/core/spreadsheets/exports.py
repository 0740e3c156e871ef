"""Organizer exports and templates: each kind as the database holds it, written as CSV, XLSX or JSON in the columns
the import reads (exchange.py), and empty templates with an example row and help in English and Thai."""

from __future__ import annotations

import json
from pathlib import Path

from sqlite_utils import Database

from kiosk.core.common.errors import KioskError
from kiosk.core.spreadsheets import columns as cols
from kiosk.core.spreadsheets import tabular
from kiosk.core.spreadsheets.columns import ENTITIES, ORDER, Entity

HELP_HEADER = ["column", "required / ต้องกรอก", "meaning", "ความหมาย", "allowed values / ค่าที่ใช้ได้",
               "example / ตัวอย่าง"]
LISTED = ("country", "focus_area", "room", "theme", "hall")  # reference tables the templates list in full


def table(db: Database, kind: str, languages: tuple[str, ...] = ()) -> tuple[list[str], list[list]]:
    """The header and rows of a kind as the database holds it, with a column per text for each of `languages` (the
    show's) whether or not any row has it yet."""
    entity = ENTITIES[kind]
    records = list(cols.load(db, entity).values())
    header = cols.header(entity, cols.languages(entity, records, languages))
    rows = []
    for record in records:
        cells = cols.to_cells(entity, record)
        rows.append([cells.get(column) for column in header])
    return header, rows


def write(db: Database, target: Path, kinds: list[str] | None = None, fmt: str | None = None,
          languages: tuple[str, ...] = ()) -> list[Path]:
    """Write each kind as a CSV file in a folder, or one workbook with a sheet per kind, or one JSON file with a list
    of records per kind (what `import_files` reads back), texts in English, Thai, `languages` and any other a row
    has; returns the files."""
    unknown = set(kinds or []) - set(ENTITIES)
    if unknown:
        raise KioskError(f"Unknown kind {sorted(unknown)[0]!r}: use one of {', '.join(ORDER)}.")
    kinds = [k for k in ORDER if k in (kinds or ORDER)]
    target = Path(target)
    suffix = target.suffix.lower()
    as_file = suffix in (".csv", ".xlsx", ".json")
    fmt = suffix[1:] if as_file else (fmt or "csv")
    if fmt not in ("csv", "xlsx", "json"):
        raise KioskError(f"Exports are CSV, XLSX or JSON, not {fmt!r}.")
    if as_file and fmt == "csv" and len(kinds) != 1:
        raise KioskError("A CSV file holds one kind: give --kind, or export to a folder.")
    if not as_file:
        target.mkdir(parents=True, exist_ok=True)
    tables = {kind: table(db, kind, languages) for kind in kinds}
    if fmt == "xlsx":
        path = target if as_file else target / "kiosk-data.xlsx"
        tabular.write_xlsx(path, [(kind, *tables[kind]) for kind in kinds])
        return [path]
    if fmt == "json":
        path = target if as_file else target / "kiosk-data.json"
        tabular.write_json(path, {kind: tables[kind] for kind in kinds})
        return [path]
    written = []
    for kind in kinds:
        path = target if as_file else target / f"{kind}.csv"
        tabular.write_csv(path, *tables[kind])
        written.append(path)
    return written


def template(db: Database, kind: str, path: Path, languages: tuple[str, ...] = ()) -> list[Path]:
    """An empty spreadsheet for a kind with an example row and help in English and Thai, a column per text for
    English, Thai and each of `languages` (the show's); returns the files. XLSX: sheets `data` and `help`; CSV: the
    data file and `<name>-help.csv` beside it."""
    if kind not in ENTITIES:
        raise KioskError(f"Unknown kind {kind!r}: use one of {', '.join(ORDER)}.")
    path = Path(path)
    entity = ENTITIES[kind]
    langs = cols.languages(entity, [], languages)
    header = cols.header(entity, langs)
    cells = cols.to_cells(entity, cols.EXAMPLES[kind])
    example = [cells.get(column) or None for column in header]
    example[0] = f"{tabular.COMMENT} {example[0]}"
    help_rows = _help(db, entity, header, cells)
    if path.suffix.lower() == ".xlsx":
        tabular.write_xlsx(path, [("data", header, [example]), ("help", HELP_HEADER, help_rows)],
                           styles={"data": {0: "example"}})
        return [path]
    if path.suffix.lower() == ".csv":
        help_path = path.with_name(f"{path.stem}-help.csv")
        tabular.write_csv(path, header, [example])
        tabular.write_csv(help_path, HELP_HEADER, help_rows)
        return [path, help_path]
    raise KioskError(f"A template is an .xlsx or .csv file, not {path.name}.")


def _help(db: Database, entity: Entity, header: list[str], example: dict) -> list[list]:
    rows = [["", "", en, th, "", ""] for en, th in cols.GUIDE] + [[""] * 6]
    for column in header:
        f, part = cols.field_of(entity, column)
        en, th = cols.HELP_FOR.get((entity.kind, f.key)) or cols.HELP[f.key]
        required = f.required and (part is None or part == "en")
        expected = f.key == entity.name and part == "th"
        allowed = ", ".join(f.choices) if f.kind == "choice" else (
            "see below / ดูด้านล่าง" if f.kind in ("ref", "refs") and f.choices in LISTED else "")
        rows.append([column, "yes / ต้องกรอก" if required else ("expected / ควรกรอก" if expected else ""), en, th,
                     allowed, example.get(column)])
    for f in entity.fields:
        if f.kind in ("ref", "refs") and f.choices in LISTED:
            rows.append([""] * 6)
            rows.append([f.key, "", f"Allowed values of {f.key}", f"ค่าที่ใช้ได้ของ {f.key}", "", ""])
            for rid, name in db.execute(f"SELECT id, name FROM {f.choices} ORDER BY id"):
                names = json.loads(name) if name and name.startswith("{") else {"en": name}
                rows.append([f.key, "", names.get("en"), names.get("th"), rid, ""])
    return rows
