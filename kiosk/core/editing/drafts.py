"""What a member of staff typed and has not published: kept per entry and author the moment it is typed, so a
timeout, Back or a language switch loses nothing. A draft is never shown to visitors and never leaves its kiosk
(it is not content: the writer and the fleet's journal never see it); publishing or discarding removes it."""

from __future__ import annotations

import json

from sqlite_utils import Database

from kiosk.core.access.principal import Principal
from kiosk.core.store import database as kdb


def keep(db: Database, principal: Principal, entity_type: str, entity_id: str, changes: dict,
         at: str | None = None) -> None:
    """Keep the form's changes (only what differs from the published entry); no changes removes the draft."""
    if not changes:
        discard(db, principal, entity_type, entity_id)
        return
    db.execute("INSERT OR REPLACE INTO staff_draft (entity_type, entity_id, actor, data, saved_at) "
               "VALUES (?, ?, ?, ?, ?)",
               [entity_type, entity_id, principal.actor, json.dumps(changes, ensure_ascii=False), at or kdb.now()])


def load(db: Database, principal: Principal, entity_type: str, entity_id: str) -> dict | None:
    """{changes, saved_at} of this person's draft of the entry, or None."""
    row = db.execute("SELECT data, saved_at FROM staff_draft WHERE entity_type = ? AND entity_id = ? AND actor = ?",
                     [entity_type, entity_id, principal.actor]).fetchone()
    return {"changes": json.loads(row[0]), "saved_at": row[1]} if row else None


def of(db: Database, principal: Principal) -> list[dict]:
    """This person's drafts, newest first: {entity_type, entity_id, saved_at}."""
    rows = db.execute("SELECT entity_type, entity_id, saved_at FROM staff_draft WHERE actor = ? "
                      "ORDER BY saved_at DESC", [principal.actor])
    return [{"entity_type": t, "entity_id": i, "saved_at": at} for t, i, at in rows]


def discard(db: Database, principal: Principal, entity_type: str, entity_id: str) -> None:
    db.execute("DELETE FROM staff_draft WHERE entity_type = ? AND entity_id = ? AND actor = ?",
               [entity_type, entity_id, principal.actor])
