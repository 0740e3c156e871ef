"""Booth staff at the kiosk: sign-in with a PIN, their own entries to edit, preview, publish, history, sign-out."""

from __future__ import annotations

import datetime
import logging
import sqlite3
import threading
import time
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Property, QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtQml import QmlElement, QmlSingleton
from PySide6.QtQuick import QQuickImageProvider
from sqlite_utils import Database

from kiosk.core.access import auth
from kiosk.core.access.principal import Principal
from kiosk.core.catalog import content
from kiosk.core.common import languages, messages
from kiosk.core.common.errors import KioskError
from kiosk.core.editing import drafts, entries, gallery, media, validate
from kiosk.core.store import database as kdb
from kiosk.core.store import versions
from kiosk.ui.visitor.show import Show, script_font

log = logging.getLogger(__name__)

QML_IMPORT_NAME = "Expo"
QML_IMPORT_MAJOR_VERSION = 1

IDLE_LIMIT = 120       # seconds without a touch before a staff session ends
SESSION_LIMIT = 15 * 60  # seconds a staff session lasts at most
WARNING = 30           # seconds of "Still there?" before a staff session ends
ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.KeyPress}
KINDS = {"city": "city", "exhibitor": "organisation", "project": "project"}  # page kind -> entity type
NEW = "new"  # the id of a project not yet saved
THUMBNAIL = 320  # pixels, the long side of a picture in the picker


@QmlElement
@QmlSingleton
class StaffSession(QObject):
    """The signed-in member of staff (or nobody). Every change goes through `kiosk.core.editing.entries`, which checks
    again that this person may make it."""


    changed = Signal()
    ended = Signal()
    published = Signal()  # something was written: a city's or organisation's name may be on the map
    lockChanged = Signal()
    clockChanged = Signal()  # the "Still there?" countdown
    draftsChanged = Signal()
    pictureBusyChanged = Signal()
    pictureDone = Signal("QVariantMap")  # what became of usePicture's image: {ok} or {ok: false, message}
    _pictureCleaned = Signal(object)  # media.Ingested or the KioskError that refused it; emitted on the worker thread

    def __init__(self, db: Database, show: Show, pepper_path: Path, *, allow_http: bool = False,
                 media_root: Path | None = None, picture_folders: list[Path] | None = None,
                 configured: tuple[str, ...] = languages.OFFERED, now: Callable[[], float] = time.time,
                 monotonic: Callable[[], float] = time.monotonic, parent=None):
        """`configured`: the show's languages (the `languages` setting); texts are edited in Thai, English and each
        of them."""
        super().__init__(parent)
        self._text_languages = languages.for_content(configured)
        self._media_root = Path(media_root) if media_root else None
        # Where pictures come from: USB sticks as they are plugged in, and these folders.
        self._picture_folders = [Path(f) for f in picture_folders or []]
        self.picks: list[Path] = []
        self._picture_job: dict | None = None
        self._pictureCleaned.connect(self._picture_cleaned)
        self._db = db
        self._show = show
        self._pepper_path = Path(pepper_path)
        self._allow_http = allow_http
        self._now = now
        self._monotonic = monotonic
        self._principal: Principal | None = None
        self._started = 0.0
        self._last_touch = 0.0
        self._error = ""
        self._lock_seconds = 0
        self._seconds_left = -1
        self._end_reason = ""
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        show.langChanged.connect(self.changed)  # titles in the new language
        show.langChanged.connect(self.draftsChanged)

    @staticmethod
    def create(engine):
        return engine.view_model(StaffSession)

    def eventFilter(self, watched, event) -> bool:
        if self._principal is not None and event.type() in ACTIVITY:
            self._last_touch = self._monotonic()
            if self._seconds_left >= 0 and not self.atLimit:
                self._set_seconds_left(-1)
        return False

    # --- signing in and out ---

    @Property(bool, notify=changed)
    def signedIn(self) -> bool:
        return self._principal is not None

    @Property(bool, notify=changed)
    def organizer(self) -> bool:
        return self._principal is not None and self._principal.is_organizer

    @Property(str, notify=changed)
    def ownerTitle(self) -> str:
        p = self._principal
        if p is None or p.is_organizer:
            return ""
        kind = "city" if p.owner_type == "city" else "exhibitor"
        return _title(self._show.page(kind, p.owner_id), p.owner_id)

    @Property(str, notify=changed)
    def error(self) -> str:
        """Why the last sign-in failed: wrong_pin, locked, bad_pin_format, unknown_booth (QML words it)."""
        return self._error

    @Property(int, notify=lockChanged)
    def lockSeconds(self) -> int:
        return self._lock_seconds

    @Slot(str, str, result=bool)
    def signIn(self, key: str, pin: str) -> bool:
        """`key` is a booth code (or its owner's id), or "organizer"."""
        if not self._pepper_path.is_file() and auth.active_pins(self._db):
            self._fail("no_pepper", 0)  # a new key file would make every PIN issued so far wrong
            return False
        try:
            with kdb.no_waiting(self._db):  # another program writing (an import): "busy", never a frozen screen
                principal = auth.login(self._db, key.strip(), pin, auth.load_pepper(self._pepper_path), now=self._now)
        except sqlite3.OperationalError as exc:
            log.warning("A sign-in could not be checked: %s", exc)
            self._fail("busy", 0)
            return False
        except (auth.LoginLocked, auth.WrongPin) as exc:
            self._fail("locked" if exc.seconds_left else "wrong_pin", exc.seconds_left)
            return False
        except auth.BadPinFormat:
            self._fail("bad_pin_format", 0)
            return False
        except auth.UnknownBooth:
            self._fail("unknown_booth", 0)
            return False
        except KioskError:  # a damaged key file or stored PIN
            self._fail("damaged", 0)
            return False
        self._principal = principal
        self._started = self._last_touch = self._monotonic()
        self._end_reason = ""
        self._error = ""
        self._lock_seconds = 0
        self.changed.emit()
        self.lockChanged.emit()
        self.draftsChanged.emit()
        return True

    def _fail(self, code: str, seconds: int) -> None:
        self._error = code
        self._lock_seconds = int(seconds)
        self.changed.emit()
        self.lockChanged.emit()

    @Slot()
    def forget(self) -> None:
        """A fresh sign-in form: no message and no wait left over from someone else's tries."""
        self._error = ""
        self._lock_seconds = 0
        self.changed.emit()
        self.lockChanged.emit()

    @Slot()
    def signOut(self) -> None:
        self._end("signed_out")

    @Property(str, notify=changed)
    def endReason(self) -> str:
        """Why the last session ended: signed_out, idle, limit or revoked ("" while signed in)."""
        return self._end_reason

    def _end(self, reason: str) -> None:
        if self._principal is None:
            return
        self._principal = None
        self._error = ""
        self._end_reason = reason
        self._set_seconds_left(-1)
        self.picks = []
        self.changed.emit()
        self.draftsChanged.emit()
        self.ended.emit()

    @Property(int, notify=clockChanged)
    def secondsLeft(self) -> int:
        """Seconds before a quiet session ends, while the "Still there?" countdown shows; -1 otherwise."""
        return self._seconds_left

    @Property(bool, notify=clockChanged)
    def atLimit(self) -> bool:
        """The countdown is the session's 15 minutes running out: "Keep editing" cannot stop it."""
        return self._seconds_left >= 0 and self._limit_left() <= self._idle_left()

    def _idle_left(self) -> float:
        return IDLE_LIMIT - (self._monotonic() - self._last_touch)

    def _limit_left(self) -> float:
        return SESSION_LIMIT - (self._monotonic() - self._started)

    def _set_seconds_left(self, value: int) -> None:
        if value != self._seconds_left:
            self._seconds_left = value
            self.clockChanged.emit()

    @Slot()
    def keepGoing(self) -> None:
        """"Keep editing": the quiet time starts again."""
        if self._principal is not None:
            self._last_touch = self._monotonic()
            self._set_seconds_left(-1)

    @Slot()
    def tick(self) -> None:
        if self._lock_seconds > 0:
            self._lock_seconds -= 1
            self.lockChanged.emit()
        if self._principal is None:
            return
        left = min(self._idle_left(), self._limit_left())
        if left <= 0:
            self._end("idle" if self._idle_left() <= 0 else "limit")
            return
        self._set_seconds_left(int(left + 0.999) if left <= WARNING else -1)
        try:
            valid = auth.still_valid(self._db, self._principal)
        except sqlite3.Error:
            valid = True  # asked again at the next tick, and before any change
        if not valid:
            log.info("A staff session ended: %s was revoked.", self._principal.actor)
            self._end("revoked")

    # --- what this person may edit ---

    @Property("QVariantList", notify=changed)
    def entries(self) -> list[dict]:
        """The signed-in person's own entries: their city or organisation, then its projects."""
        p = self._principal
        if p is None or p.is_organizer:
            return []
        kind = "city" if p.owner_type == "city" else "exhibitor"
        owner = self._show.page(kind, p.owner_id)
        rows = [{"kind": kind, "id": p.owner_id, "title": _title(owner, p.owner_id)}]
        for project_id in entries.projects_of(self._db, p.owner_type, p.owner_id):
            rows.append({"kind": "project", "id": project_id,
                         "title": _title(self._show.page("project", project_id), project_id)})
        return rows

    @Slot(str, str, result=bool)
    def mayEdit(self, kind: str, entity_id: str) -> bool:
        if self._principal is None or kind not in KINDS:
            return False
        try:
            return self._principal.may_edit_owner(*entries.owner_of(self._db, KINDS[kind], entity_id))
        except KioskError:
            return False

    @Slot(str, result="QVariantList")
    def fields(self, kind: str) -> list[dict]:
        """The editable fields of a kind of entry, in the order the form shows them, with the kind of each and
        whether it takes several lines."""
        return [{"name": name, "type": type_, "multiline": name in entries.MULTILINE}
                for name, type_ in versions.EDITABLE[KINDS[kind]].items()]

    @Property("QVariantList", constant=True)
    def textLanguages(self) -> list[dict]:
        """The languages each text is edited in: Thai and English, then the show's others; each named in its own
        script (and its font), with the keyboard's locale for it."""
        return [{"code": lang, "name": languages.SCREEN_LANGUAGES[lang][0], "font": script_font(lang),
                 "locale": languages.LOCALES[lang]} for lang in self._text_languages]

    @Slot(str, result="QVariantList")
    def focusAreas(self, lang: str) -> list[dict]:
        return [{"id": row["id"], "name": row["name"]} for row in content.focus_areas(self._db, lang)]

    @Slot(str, str, result="QVariantMap")
    def draft(self, kind: str, entity_id: str) -> dict:
        """The entry's editable fields as they are now: texts as {language: text} in each language edited ("" where
        there is none), others as plain text. A project called NEW is a blank form for a new project of the
        signed-in person's booth."""
        if kind == "project" and entity_id == NEW:
            return {name: (dict.fromkeys(self._text_languages, "") if type_ == "texts" else "")
                    for name, type_ in versions.EDITABLE["project"].items()}
        values = versions.current(self._db, KINDS[kind], entity_id)
        return {name: _for_form(value, self._text_languages) for name, value in values.items()}

    @Slot(str, str, "QVariantMap", result="QVariantMap")
    def changes(self, kind: str, entity_id: str, values: dict) -> dict:
        """What the form holds that differs from the entry as published, field by field."""
        published = self.draft(kind, entity_id)
        return {name: value for name, value in values.items() if name in published and value != published[name]}

    @Slot(str, str, "QVariantMap", result="QVariantMap")
    def publish(self, kind: str, entity_id: str, changes: dict) -> dict:
        """Returns {ok, version} or {ok: false, problems}; a new project also gets {id}."""
        if kind == "project" and entity_id == NEW:
            made = {}

            def add(principal: Principal) -> int:
                made["id"] = entries.add_project(self._db, principal, principal.owner_type or "",
                                                 principal.owner_id or "", _from_form(changes),
                                                 allow_http=self._allow_http)
                return 1

            result = self._write(add)
        else:
            made = {}
            result = self._write(lambda p: entries.publish(self._db, p, KINDS[kind], entity_id, _from_form(changes),
                                                           allow_http=self._allow_http))
        if result["ok"]:
            self.discardDraft(kind, entity_id)
        return {**result, **made}

    @Slot(str, result="QVariantMap")
    def removeProject(self, project_id: str) -> dict:
        return self._write(lambda p: entries.remove_project(self._db, p, project_id))

    @Slot(str, str, int, result="QVariantMap")
    def revert(self, kind: str, entity_id: str, version: int) -> dict:
        result = self._write(lambda p: entries.revert(self._db, p, KINDS[kind], entity_id, version))
        if result["ok"]:
            self.discardDraft(kind, entity_id)  # the form starts again from what was restored
        return result

    @Slot(str, str, int, result="QVariantList")
    def restoring(self, kind: str, entity_id: str, version: int) -> list[dict]:
        """What restoring `version` would bring back: {field, lang, text} of each part that differs from now."""
        try:
            data = versions.version_data(self._db, KINDS[kind], entity_id, version) or {}
            now = versions.current(self._db, KINDS[kind], entity_id)
        except (KioskError, sqlite3.Error):
            return []
        fields = versions.EDITABLE[KINDS[kind]]
        parts = entries.changed_parts(fields, now, data)
        texts = [data.get(p["field"]) for p in parts]
        return [{**p, "text": (t or {}).get(p["lang"], "") if p["lang"] else ("" if t is None else str(t))}
                for p, t in zip(parts, texts)]

    # --- drafts: what was typed and not published ---

    @Slot(str, str, "QVariantMap", result=bool)
    def keepDraft(self, kind: str, entity_id: str, values: dict) -> bool:
        """Keep what the form holds (only what differs from the published entry) as this person's draft."""
        if self._principal is None or kind not in KINDS:
            return False
        try:
            changes = self.changes(kind, entity_id, values)
            with kdb.no_waiting(self._db):
                had = drafts.load(self._db, self._principal, KINDS[kind], entity_id) is not None
                drafts.keep(self._db, self._principal, KINDS[kind], entity_id, changes)
        except (KioskError, sqlite3.Error) as exc:  # kept at the next keystroke; the form still holds it all
            log.warning("A draft was not kept: %s", exc)
            return False
        if had != bool(changes):
            self.draftsChanged.emit()
        return True

    @Slot(str, str, result="QVariantMap")
    def savedDraft(self, kind: str, entity_id: str) -> dict:
        """This person's draft of the entry: {changes, at} (at: when, in the kiosk's time), or {}."""
        if self._principal is None or kind not in KINDS:
            return {}
        try:
            found = drafts.load(self._db, self._principal, KINDS[kind], entity_id)
        except sqlite3.Error:
            return {}
        return {"changes": found["changes"], "at": _local_time(found["saved_at"])} if found else {}

    @Slot(str, str)
    def discardDraft(self, kind: str, entity_id: str) -> None:
        if self._principal is None or kind not in KINDS:
            return
        try:
            with kdb.no_waiting(self._db):
                drafts.discard(self._db, self._principal, KINDS[kind], entity_id)
        except sqlite3.Error as exc:
            log.warning("A draft was not discarded: %s", exc)
            return
        self.draftsChanged.emit()

    @Property("QVariantList", notify=draftsChanged)
    def unpublished(self) -> list[dict]:
        """This person's drafts, newest first: {kind, id, title, at}, for "You have changes … not published"."""
        if self._principal is None:
            return []
        try:
            found = drafts.of(self._db, self._principal)
        except sqlite3.Error:
            return []
        kinds = {table: kind for kind, table in KINDS.items()}
        out = []
        for d in found:
            kind, entity_id = kinds[d["entity_type"]], d["entity_id"]
            if entity_id != NEW and not versions.exists(self._db, d["entity_type"], entity_id):
                continue  # removed since
            title = "" if entity_id == NEW else _title(self._show.page(kind, entity_id), entity_id)
            out.append({"kind": kind, "id": entity_id, "title": title, "at": _local_time(d["saved_at"])})
        return out

    def _write(self, action) -> dict:
        result = self._attempt(action, "version")
        if result["ok"]:
            self._show.refresh()  # every screen of this kiosk shows the change at once
            self.changed.emit()  # the list of the booth's entries may have changed
            self.published.emit()
        return result

    def _attempt(self, action, key: str) -> dict:
        """Run `action(principal)`; {ok, key: its result}, or {ok: false, problems} with reasons in the staff
        member's language."""
        if self._principal is None:
            return self._refused("signed_out")
        lang = self._show.lang
        try:
            if not auth.still_valid(self._db, self._principal):  # revoked meanwhile (`kiosk staff revoke`)
                self._end("revoked")
                return self._refused("signed_out")
            with kdb.no_waiting(self._db):  # another program writing (an import): "busy", never a frozen screen
                value = action(self._principal)
        except entries.Invalid as exc:
            return {"ok": False, "problems": [{"field": pr.field, "lang": pr.lang or "",
                                               "message": validate.message(pr, lang)} for pr in exc.problems]}
        except entries.Forbidden:
            return self._refused("forbidden")
        except (media.MediaError, gallery.Refused):
            raise  # the caller explains it with the file's name
        except KioskError as exc:
            return {"ok": False, "problems": [{"field": "", "message": str(exc) if lang != "th"
                                               else self._says("not_done", detail=str(exc))}]}
        except sqlite3.Error as exc:
            log.error("A staff change was not saved: %s", exc)
            return self._refused(_storage_problem(exc))
        self._last_touch = self._monotonic()
        return {"ok": True, key: value}

    def _refused(self, code: str) -> dict:
        return {"ok": False, "problems": [{"field": "", "message": self._says(code)}]}

    def _says(self, code: str, **values) -> str:
        return messages.say("staff", code if code in messages.codes("staff") else "damaged", self._show.lang, **values)

    # --- logo and photos ---

    @Property(bool, notify=pictureBusyChanged)
    def pictureBusy(self) -> bool:
        """A picked image is being checked and cleaned (on a worker thread: the screen keeps painting)."""
        return self._picture_job is not None

    @Slot(str, str, result="QVariantMap")
    def pictures(self, kind: str, entity_id: str) -> dict:
        """The entry's logo and photos, and the pictures removed from it that can be put back (with who and when)."""
        found = gallery.media_of(self._db, KINDS[kind], entity_id)
        logo = found["logo"]
        removed = [{"id": r["id"], "path": r["path"], "kind": r["kind"], "at": _local_time(r["removed_at"]),
                    "organizer": r["removed_by"].startswith("organizer:"), "name": r["removed_by_name"] or ""}
                   for r in gallery.removed_of(self._db, KINDS[kind], entity_id)]
        return {"logo": {"id": logo["id"], "path": logo["path"]} if logo else {},
                "photos": [{"id": p["id"], "path": p["path"]} for p in found["photos"]],
                "removed": removed, "most": gallery.MAX_PHOTOS}

    @Slot(result="QVariantMap")
    def pictureSources(self) -> dict:
        """Where the picker looks: the folders USB sticks appear in (and the sticks there now), and the kiosk's
        picture folders."""
        return {"usb": [str(p) for p in media.removable_parents()],
                "sticks": [p.name for p in media.removable_folders()],
                "folders": [str(f) for f in self._picture_folders]}

    @Slot(result="QVariantList")
    def findPictures(self) -> list[dict]:
        """Images on plugged-in USB sticks and in the kiosk's picture folders, for the picker."""
        folders = media.removable_folders() + [f for f in self._picture_folders if f.is_dir()]
        self.picks = media.find_images(folders, limit=200)
        return [{"index": i, "name": p.name, "folder": p.parent.name} for i, p in enumerate(self.picks)]

    @Slot(str, str, int, str, result="QVariantMap")
    def usePicture(self, kind: str, entity_id: str, index: int, role: str) -> dict:
        """Put picked image `index` on the entry as its logo or as one more photo. The image is cleaned on a worker
        thread: {ok, busy: true} now and `pictureDone` with the outcome later, or a refusal at once."""
        if self._picture_job is not None:
            return {"ok": False, "message": self._says("picture_busy")}
        if not 0 <= index < len(self.picks) or self._media_root is None:
            return {"ok": False, "message": self._says("gone")}
        source, media_root, entity_type = self.picks[index], self._media_root, KINDS[kind]
        checked = self._picture_attempt(lambda p: gallery.check_room(self._db, p, entity_type, entity_id, role),
                                        source)
        if not checked["ok"]:
            return checked
        self._picture_job = {"principal": self._principal, "entity_type": entity_type, "entity_id": entity_id,
                             "role": role, "source": source}
        self.pictureBusyChanged.emit()

        def work() -> None:  # files only: the database stays on the screen's thread
            try:
                self._pictureCleaned.emit(media.ingest(source, media_root, kind=role))
            except KioskError as exc:  # a refused image (MediaError), or the media folder could not be written
                self._pictureCleaned.emit(exc)

        threading.Thread(target=work, name="picture", daemon=True).start()
        return {"ok": True, "busy": True}

    @Slot(object)
    def _picture_cleaned(self, outcome) -> None:
        job, self._picture_job = self._picture_job, None
        if job is None:
            return
        if self._principal is not job["principal"]:  # signed out (or someone else signed in) meanwhile
            result = {"ok": False, "message": self._says("signed_out")}
        elif isinstance(outcome, KioskError):
            result = self._picture_refusal(outcome, job["source"])
        else:
            result = self._picture_attempt(lambda p: gallery.attach(
                self._db, p, job["entity_type"], job["entity_id"], job["role"], outcome), job["source"])
        self.pictureBusyChanged.emit()
        self.pictureDone.emit(result)

    def _picture_attempt(self, action, source: Path | None = None) -> dict:
        """`_write(action)`, with a refused picture told as {ok: false, message} in the staff member's language."""
        try:
            result = self._write(action)
        except KioskError as exc:  # MediaError and gallery.Refused: `_attempt` passes them on
            return self._picture_refusal(exc, source)
        if not result["ok"]:
            return {"ok": False, "message": result["problems"][0]["message"]}
        return result

    def _picture_refusal(self, exc: KioskError, source: Path | None) -> dict:
        if isinstance(exc, (media.MediaError, gallery.Refused)):
            return {"ok": False, "message": self._says(exc.reason, name=source.name if source else "",
                                                       most=gallery.MAX_PHOTOS)}
        return {"ok": False, "message": str(exc) if self._show.lang != "th" else self._says("not_done", detail=str(exc))}

    @Slot(str, result="QVariantMap")
    def removePicture(self, media_id: str) -> dict:
        """Take a logo or photo off its entry; it stays among the removed pictures, to be put back."""
        return self._picture_attempt(lambda p: gallery.remove_media(self._db, p, media_id))

    @Slot(str, result="QVariantMap")
    def restorePicture(self, media_id: str) -> dict:
        """Put a removed logo or photo back (Undo, or from the removed pictures)."""
        return self._picture_attempt(lambda p: gallery.restore_media(self._db, p, media_id))

    @Slot(str, str, result="QVariantList")
    def history(self, kind: str, entity_id: str) -> list[dict]:
        """Published versions, newest first, with when (the kiosk's time), who and which parts changed."""
        return [{**v, "when": _local_time(v["at"])} for v in entries.history(self._db, KINDS[kind], entity_id)]

    @Slot(str, str, "QVariantMap", result="QVariantMap")
    def preview(self, kind: str, entity_id: str, changes: dict) -> dict:
        """The page exactly as visitors would see it with these changes, without keeping them: {ok, page} or
        {ok: false, problems}."""
        def read(principal: Principal) -> dict:
            if kind == "project" and entity_id == NEW:
                return entries.preview_new_project(self._db, principal, principal.owner_type or "",
                                                   principal.owner_id or "", _from_form(changes),
                                                   lambda made: self._show.page(kind, made),
                                                   allow_http=self._allow_http)
            return entries.preview(self._db, principal, KINDS[kind], entity_id, _from_form(changes),
                                   lambda: self._show.page(kind, entity_id), allow_http=self._allow_http)

        return self._attempt(read, "page")


def _storage_problem(exc: sqlite3.Error) -> str:
    """What to tell staff when the database refused a write: the disk is full, it is read-only, or it is busy."""
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    return {sqlite3.SQLITE_FULL: "disk_full", sqlite3.SQLITE_READONLY: "read_only"}.get(code, "busy")


def _local_time(stamp: str, now: datetime.datetime | None = None) -> str:
    """An ISO time as staff read it in the kiosk's time zone: "10:42" today, "2019-08-21 10:42" before."""
    try:
        at = datetime.datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return stamp or ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=datetime.timezone.utc)
    at = at.astimezone()
    today = (now or datetime.datetime.now().astimezone()).date()
    return at.strftime("%H:%M") if at.date() == today else at.strftime("%Y-%m-%d %H:%M")


def _title(page: dict, fallback: str) -> str:
    return page.get("name") or page.get("title") or fallback


def _for_form(value, langs: tuple[str, ...]):
    if isinstance(value, dict):
        return {**{lang: value.get(lang) or "" for lang in langs}, **{k: v for k, v in value.items() if k not in langs}}
    return "" if value is None else str(value)


def _from_form(changes: dict) -> dict:
    out = {}
    for name, value in dict(changes).items():
        if isinstance(value, dict):
            out[name] = {k: v for k, v in value.items() if isinstance(v, str)}
        elif name == "status_year" and str(value).strip().isascii() and str(value).strip().isdigit():
            out[name] = int(str(value).strip())
        else:
            out[name] = value if value != "" else None
    return out



class PickImageProvider(QQuickImageProvider):
    """image://pick/<n>: a small picture of the picker's image n (only the images the picker found)."""

    def __init__(self, session: StaffSession):
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._session = session

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        session = self._session
        try:
            path = session.picks[int(image_id.split("/")[-1])]
        except (AttributeError, ValueError, IndexError):
            return _unreadable(size)
        reader = QImageReader(str(path))
        if bytes(reader.format()).decode() not in ("jpeg", "png", "webp"):
            return _unreadable(size)
        reader.setAutoTransform(True)  # as the camera held it (EXIF orientation)
        full = reader.size()
        if full.isValid() and full.width() * full.height() <= media.MAX_PIXELS:
            reader.setScaledSize(full.scaled(THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
            image = reader.read()
            if not image.isNull():
                size.setWidth(image.width())
                size.setHeight(image.height())
                return image
        return _unreadable(size)


def _unreadable(size: QSize) -> QImage:
    """A plain grey tile for a file that cannot be shown (choosing it explains why)."""
    image = QImage(THUMBNAIL, THUMBNAIL * 3 // 4, QImage.Format.Format_RGB32)
    image.fill(0xD6CFBF)
    size.setWidth(image.width())
    size.setHeight(image.height())
    return image
