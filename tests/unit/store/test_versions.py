"""A version holds every field its entry had: a removed project restored from its last version comes back whole."""

import pytest

from kiosk.core.access.principal import Principal
from kiosk.core.common import languages
from kiosk.core.editing import entries
from kiosk.core.store import ordering, versions, writer

ORGANIZER = Principal("o-1", "organizer")
PROJECT = "bang-sue-transport-hub"


def project_row(db, project_id: str) -> dict | None:
    cursor = db.execute("SELECT * FROM project WHERE id = ?", [project_id])
    names = [d[0] for d in cursor.description]
    row = cursor.fetchone()
    return row and {k: v for k, v in zip(names, row) if k not in ("updated_at", "updated_by")}


@pytest.fixture
def db(writable_db):
    writable_db.execute("UPDATE project SET source = 'Bangkok Metropolitan Administration, 2019', "
                        "note = 'Checked with the city office on 12 August' WHERE id = ?", [PROJECT])
    writable_db.conn.commit()
    return writable_db


def test_restoring_a_removed_project_brings_back_its_source_and_note(db):
    before = project_row(db, PROJECT)
    assert before["source"] and before["note"]
    removed = entries.remove_project(db, ORGANIZER, PROJECT)
    assert project_row(db, PROJECT) is None
    entries.revert(db, ORGANIZER, "project", PROJECT, removed)
    assert project_row(db, PROJECT) == before


def test_every_version_holds_every_column_of_the_row(db):
    """Whatever columns the project table has (besides its stamps), a version holds each of them."""
    entries.publish(db, ORGANIZER, "project", PROJECT, {"status_year": 2020})
    data = versions.version_data(db, "project", PROJECT, versions.last_version(db, "project", PROJECT))
    derived = {c for lang in languages.LANGUAGES for c in ordering.columns(lang)}  # made again when restored
    columns = {k for k in project_row(db, PROJECT) if k != "id" and k not in derived}
    assert columns <= set(data)


def test_a_restore_made_again_from_the_journal_keeps_source_and_note(db):
    """The change the writer records (what another kiosk makes again) carries them too."""
    before = project_row(db, PROJECT)
    changes = []
    writer.listen(db, changes.append, within=True)
    removed = entries.remove_project(db, ORGANIZER, PROJECT)
    entries.revert(db, ORGANIZER, "project", PROJECT, removed)
    (create,) = [c for c in changes if c.op == "create"]
    assert create.values["source"] == before["source"] and create.values["note"] == before["note"]
