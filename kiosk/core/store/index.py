"""The search index: what of each visitor-facing row is findable, kept up to date by the writer.

Three lookups read it (kiosk.core.catalog.search): exact and prefix matches on folded names through a B-tree
index, substrings of three or more characters through FTS5 `trigram` tables (names, then texts), and substrings
of one or two characters (common in Thai, which has no spaces) through a small index whose tokens are the names'
single characters and character pairs. Its layout, chosen for size, is in docs/adr/0011.
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from kiosk.core.common.text import fold

# Result types, in the order they are shown within a tier.
TYPES = ("city", "exhibitor", "project", "session")


def create_tables(db: Database) -> None:
    """The index's tables (docs/adr/0011). Each findable entity is numbered once (`search_entity`); its names and
    texts are rows that carry that number and their folded text, nothing else. The full-text tables keep which rows
    hold a token, not where in the row (`detail=none`) nor how long each row is (`columnsize=0`): a substring is
    found as the rows that hold all its trigrams, then checked in the row's text."""
    for sql in (
        """CREATE TABLE search_entity (
            key INTEGER PRIMARY KEY, type TEXT NOT NULL, id TEXT NOT NULL, UNIQUE (type, id))""",
        """CREATE TABLE search_name (
            rowid INTEGER PRIMARY KEY, entity INTEGER NOT NULL, type TEXT NOT NULL, folded TEXT NOT NULL)""",
        "CREATE INDEX search_name_folded ON search_name(type, folded)",
        "CREATE INDEX search_name_entity ON search_name(entity)",
        """CREATE VIRTUAL TABLE search_name_tri USING fts5(
            folded, content='search_name', content_rowid='rowid', tokenize='trigram', detail='none', columnsize=0)""",
        """CREATE VIRTUAL TABLE search_name_gram USING fts5(
            grams, content='', tokenize='ascii', detail='none', columnsize=0)""",
        "CREATE TABLE search_text (rowid INTEGER PRIMARY KEY, entity INTEGER NOT NULL, folded TEXT NOT NULL)",
        "CREATE INDEX search_text_entity ON search_text(entity)",
        """CREATE VIRTUAL TABLE search_text_tri USING fts5(
            folded, content='search_text', content_rowid='rowid', tokenize='trigram', detail='none', columnsize=0)""",
    ):
        db.execute(sql)


def trigram_match(folded: str) -> str:
    """An FTS5 query for the rows that hold the trigrams that cover `folded` (three characters or more) end to end:
    they include every row with `folded` in it, and the caller keeps those (`instr`). Not every trigram: a common one
    ("ing") costs more to read than the few extra rows the caller drops. Each is quoted: nothing typed is an
    operator."""
    pieces = dict.fromkeys([*(folded[i:i + 3] for i in range(0, len(folded) - 2, 3)), folded[-3:]])
    return " AND ".join('"' + piece.replace('"', '""') + '"' for piece in pieces)


def gram_token(gram: str) -> str:
    """A gram as a plain ASCII token, so the tokenizer never splits Thai vowel or tone marks off."""
    return "g" + "".join(f"{ord(ch):06x}" for ch in gram)


def grams(folded: str) -> str:
    """The single characters and character pairs of a folded name, as space-separated tokens.

    Sorted, so the same name always gives the same token list: FTS5 needs it to delete the row again.
    """
    found = set(folded.replace(" ", ""))
    found.update(folded[i:i + 2] for i in range(len(folded) - 1))
    return " ".join(sorted(gram_token(g) for g in found if " " not in g))


# --- what is indexed -----------------------------------------------------------------------------

def _texts(value) -> dict:
    if value is None:
        return {}
    return json.loads(value) if isinstance(value, str) else value


def _documents(type_: str, row: dict, extra: dict) -> tuple[list, list]:
    """(names, texts) of one entity, each (lang, field, text). A name's field is "name" (in each language; aliases
    and a short name with lang "") or "booth"; a text's is where it comes from ("description", "vision", …)."""
    names: list[tuple[str, str, str]] = []
    texts: list[tuple[str, str, str]] = []

    def add_names(field_value):
        names.extend((lang, "name", value) for lang, value in _texts(field_value).items())

    def add_texts(field, field_value):
        texts.extend((lang, field, value) for lang, value in _texts(field_value).items())

    if type_ == "city":
        add_names(row["name"])
        names.extend(("", "name", alias) for alias in _texts(row.get("aliases")) or [])
        add_texts("vision", row.get("vision"))
        add_texts("profile", row.get("profile"))
    elif type_ == "exhibitor":
        add_names(row["name"])
        if row.get("short_name"):
            names.append(("", "name", row["short_name"]))
        add_texts("description", row.get("description"))
    elif type_ == "project":
        add_names(row["title"])
        add_texts("description", row.get("description"))
        add_texts("status", row.get("status"))
    elif type_ == "session":
        add_names(row["title"])
        add_texts("description", row.get("description"))
        for speaker in _texts(row.get("speakers")) or []:
            texts.append(("", "speaker", " · ".join(filter(None, (speaker.get("name"), speaker.get("organisation"))))))
    names.extend(("", "booth", code) for code in extra.get("booths", ()))
    for field, value in extra.get("related", ()):
        add_texts(field, value)
    return names, texts


_ENTITY_SQL = {
    "city": """SELECT c.*, co.name AS country_name,
                      (SELECT json_group_array(code) FROM booth WHERE city_id = c.id) AS booth_codes
               FROM city c JOIN country co ON co.id = c.country_id""",
    "exhibitor": """SELECT o.*, co.name AS country_name,
                      (SELECT json_group_array(code) FROM booth WHERE organisation_id = o.id) AS booth_codes
                    FROM organisation o LEFT JOIN country co ON co.id = o.country_id""",
    "project": """SELECT p.*, COALESCE(c.name, o.name) AS owner_name, NULL AS booth_codes
                  FROM project p LEFT JOIN city c ON c.id = p.city_id LEFT JOIN organisation o ON o.id = p.organisation_id""",
    "session": "SELECT s.*, NULL AS booth_codes FROM session s",
}
_ENTITY_ID = {"city": "c.id", "exhibitor": "o.id", "project": "p.id", "session": "s.id"}


def _entity_rows(db: Database, type_: str, ids: list[str] | None = None):
    sql = _ENTITY_SQL[type_]
    params: list = []
    if ids is not None:
        sql += f" WHERE {_ENTITY_ID[type_]} IN ({', '.join('?' for _ in ids)})"
        params = list(ids)
    cursor = db.execute(sql, params)
    columns = [d[0] for d in cursor.description]
    for values in cursor:
        row = dict(zip(columns, values))
        extra = {"booths": json.loads(row["booth_codes"]) if row["booth_codes"] else []}
        related = []
        if row.get("country_name"):
            related.append(("country", row["country_name"]))
        if row.get("owner_name"):
            related.append(("owner", row["owner_name"]))
        extra["related"] = related
        yield row, extra


def findable(db: Database, type_: str, ids: list[str]) -> dict[str, tuple[list, list]]:
    """What the index holds of each of these entities, as written (not folded): {id: (names, texts)}."""
    return {row["id"]: _documents(type_, row, extra) for row, extra in _entity_rows(db, type_, ids)} if ids else {}


# --- keeping the index current ------------------------------------------------------------------

def _insert(db: Database, type_: str, entity_id: str, names, texts) -> None:
    conn = db.conn
    entity = conn.execute("INSERT INTO search_entity (type, id) VALUES (?, ?)", (type_, entity_id)).lastrowid
    seen = set()
    for lang, _, value in names:
        folded = fold(value)
        if not folded or (lang, folded) in seen:
            continue
        seen.add((lang, folded))
        rowid = conn.execute(
            "INSERT INTO search_name (entity, type, folded) VALUES (?, ?, ?)", (entity, type_, folded)).lastrowid
        conn.execute("INSERT INTO search_name_tri (rowid, folded) VALUES (?, ?)", (rowid, folded))
        conn.execute("INSERT INTO search_name_gram (rowid, grams) VALUES (?, ?)", (rowid, grams(folded)))
    for _, _, value in texts:
        folded = fold(value)
        if not folded:
            continue
        rowid = conn.execute("INSERT INTO search_text (entity, folded) VALUES (?, ?)", (entity, folded)).lastrowid
        conn.execute("INSERT INTO search_text_tri (rowid, folded) VALUES (?, ?)", (rowid, folded))


def _remove(db: Database, type_: str, entity_id: str) -> None:
    conn = db.conn
    found = conn.execute("SELECT key FROM search_entity WHERE type = ? AND id = ?", (type_, entity_id)).fetchone()
    if not found:
        return
    entity = found[0]
    for rowid, folded in conn.execute("SELECT rowid, folded FROM search_name WHERE entity = ?", (entity,)).fetchall():
        conn.execute("INSERT INTO search_name_tri (search_name_tri, rowid, folded) VALUES ('delete', ?, ?)",
                     (rowid, folded))
        conn.execute("INSERT INTO search_name_gram (search_name_gram, rowid, grams) VALUES ('delete', ?, ?)",
                     (rowid, grams(folded)))
    for rowid, folded in conn.execute("SELECT rowid, folded FROM search_text WHERE entity = ?", (entity,)).fetchall():
        conn.execute("INSERT INTO search_text_tri (search_text_tri, rowid, folded) VALUES ('delete', ?, ?)",
                     (rowid, folded))
    conn.execute("DELETE FROM search_name WHERE entity = ?", (entity,))
    conn.execute("DELETE FROM search_text WHERE entity = ?", (entity,))
    conn.execute("DELETE FROM search_entity WHERE key = ?", (entity,))


def reindex(db: Database, type_: str, entity_id: str) -> None:
    """Bring one entity's index rows up to date; call inside the write's transaction."""
    _remove(db, type_, entity_id)
    for row, extra in _entity_rows(db, type_, [entity_id]):
        _insert(db, type_, entity_id, *_documents(type_, row, extra))


def rebuild(db: Database) -> None:
    """Rebuild the whole index (after a bulk load); call inside a transaction."""
    conn = db.conn
    conn.execute("INSERT INTO search_name_gram (search_name_gram) VALUES ('delete-all')")
    for table in ("search_name", "search_text", "search_entity"):
        conn.execute(f"DELETE FROM {table}")
    entities: list[tuple] = []
    names: list[tuple] = []
    texts: list[tuple] = []
    for type_ in TYPES:
        for row, extra in _entity_rows(db, type_):
            entities.append((len(entities) + 1, type_, row["id"]))
            entity = len(entities)
            entity_names, entity_texts = _documents(type_, row, extra)
            seen = set()
            for lang, _, value in entity_names:
                folded = fold(value)
                if folded and (lang, folded) not in seen:
                    seen.add((lang, folded))
                    names.append((len(names) + 1, entity, type_, folded))
            for _, _, value in entity_texts:
                folded = fold(value)
                if folded:
                    texts.append((len(texts) + 1, entity, folded))
    conn.executemany("INSERT INTO search_entity (key, type, id) VALUES (?, ?, ?)", entities)
    conn.executemany("INSERT INTO search_name (rowid, entity, type, folded) VALUES (?, ?, ?, ?)", names)
    conn.executemany("INSERT INTO search_text (rowid, entity, folded) VALUES (?, ?, ?)", texts)
    fill_full_text(db)


def fill_full_text(db: Database) -> None:
    """Make the full-text tables from the name and text rows (whose own tables are empty)."""
    conn = db.conn
    names = conn.execute("SELECT rowid, folded FROM search_name")
    conn.executemany("INSERT INTO search_name_gram (rowid, grams) VALUES (?, ?)",
                     ((rowid, grams(folded)) for rowid, folded in names))
    conn.execute("INSERT INTO search_name_tri (search_name_tri) VALUES ('rebuild')")
    conn.execute("INSERT INTO search_text_tri (search_text_tri) VALUES ('rebuild')")
