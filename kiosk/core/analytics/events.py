"""Anonymous, local visitor counts: what was looked at, searched and carried away, never who looked.

Each kiosk writes its own file (`config.analytics_path()`), apart from the content database, so that database can
be copied across the fleet without overwriting counts. The UI records through a `Recorder`, which only appends to
memory; `flush()` writes a batch. `stats()` reads one or many files (a fleet) into counts.

Event kinds (`event.kind`) and their `value` (a JSON object, or NULL):
  session_start   a visitor's first touch after the attract screen
  session_end     {"reason": "idle" | "forget" | ..., "seconds": n}
  screen          {"screen": name}
  page            entity_type, entity_id of the page opened
  search          {"length": characters, "results": n} (+ "query" when the organizer records queries)
  qr              entity_type, entity_id of the page whose QR code was shown
  language        {"from": lang} — the visitor switched to `lang`
  idle_reset      the "Still there?" countdown ran out
Every event carries `lang`, the visitor's language at that moment, and `session_id`, a random id per visitor
session (NULL between sessions) that is linked to nothing else.
"""

from __future__ import annotations

import collections
import contextlib
import datetime
import json
import logging
import math
import secrets
import sqlite3
import threading
from pathlib import Path
from typing import Callable, Iterable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from kiosk.core.catalog import content
from kiosk.core.common import files
from kiosk.core.common.errors import KioskError
from kiosk.core.common.text import INVISIBLE, nfc, pick, strip_controls

log = logging.getLogger(__name__)

migrations = Migrations("analytics")

KINDS = ("session_start", "session_end", "screen", "page", "search", "qr", "language", "idle_reset")
MAX_BUFFER = 10_000
MAX_QUERY = 100
# Keystrokes closer together than this belong to the same search.
SEARCH_SETTLE = datetime.timedelta(seconds=10)
BUSY_TIMEOUT_MS = 200  # a flush waits this long for a lock at most, then tries again later
_CORRUPT = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB
_COLUMNS = ("at", "kiosk_id", "session_id", "kind", "entity_type", "entity_id", "lang", "value")
# The column that names each kind of page, in the content database.
_NAME_COLUMNS = {"city": "name", "exhibitor": "name", "project": "title", "session": "title", "booth": "code"}


@migrations()
def m001_events(db: Database) -> None:
    db.execute("""CREATE TABLE event (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, kiosk_id TEXT NOT NULL, session_id TEXT,
        kind TEXT NOT NULL, entity_type TEXT, entity_id TEXT, lang TEXT, value TEXT)""")
    db.execute("CREATE INDEX event_kind_at ON event(kind, at)")
    db.execute("CREATE INDEX event_session ON event(session_id)")
    # `file_id` tells copies of the same file apart from different files when a fleet's files are merged.
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("INSERT INTO meta (key, value) VALUES ('file_id', ?)", [secrets.token_hex(16)])


def utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc)


def _stamp(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.timezone.utc).isoformat(timespec="seconds")


def _is_corrupt(exc: sqlite3.Error) -> bool:
    return (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF in _CORRUPT


def _open(path: Path) -> Database:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                           check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        # Counts may lose the last few seconds in a power cut; in exchange a flush never waits for an fsync.
        conn.execute("PRAGMA synchronous = NORMAL")
        db = Database(conn, execute_plugins=False)
        migrations.apply(db)
    except BaseException:
        conn.close()
        raise
    return db


def connect(path: str | Path) -> Database:
    """Open (or create) an analytics file for writing. A damaged file is moved aside and a fresh one started;
    other failures (a read-only or missing folder, a full disk) raise sqlite3.Error or OSError."""
    path = Path(path)
    try:
        return _open(path)
    except sqlite3.DatabaseError as exc:
        if not _is_corrupt(exc):
            raise
        aside = files.move_aside(path, "corrupt-" + utc_now().strftime("%Y%m%dT%H%M%S"))
        log.warning("The analytics file %s was damaged (%s); moved it to %s and started a fresh one.",
                    path, exc, aside.name)
        return _open(path)


class Recorder:
    """What visitors do at this kiosk, kept in memory until `flush()` writes it. No method ever raises."""

    def __init__(self, path: str | Path | None, kiosk_id: str, *, lang: str = "th", record_queries: bool = False,
                 clock: Callable[[], datetime.datetime] = utc_now, max_buffer: int = MAX_BUFFER):
        self.path = Path(path) if path is not None else None
        self.kiosk_id = kiosk_id or ""
        self.lang = lang
        self.record_queries = record_queries
        self._clock = clock
        self._max = max(1, max_buffer)
        self._buffer: collections.deque = collections.deque(maxlen=self._max)
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._db: Database | None = None
        self._session: str | None = None
        self._session_started: datetime.datetime | None = None
        self._search: dict | None = None  # the search being typed: recorded once the visitor moves on
        self._failing = False
        self.dropped = 0

    # --- what the UI calls ---

    @property
    def in_session(self) -> bool:
        return self._session is not None

    @property
    def pending(self) -> int:
        return len(self._buffer) + (1 if self._search else 0)

    def session_start(self) -> None:
        """A visitor's first touch after the attract screen. An open session ends first."""
        self._safely(self._session_start)

    def session_end(self, reason: str = "forget") -> None:
        """The visitor is gone: `reason` is 'idle' (the countdown ran out), 'forget' (the visitor asked), …"""
        self._safely(self._session_end, reason)

    def idle_reset(self) -> None:
        """The "Still there?" countdown ran out: counted, and the session ends with reason 'idle'."""
        self._safely(self._idle_reset)

    def screen(self, name: str) -> None:
        self._safely(self._add, "screen", value={"screen": str(name)})

    def page(self, kind: str, entity_id: str) -> None:
        self._safely(self._add, "page", kind, entity_id)

    def qr_shown(self, kind: str, entity_id: str) -> None:
        self._safely(self._add, "qr", kind, entity_id)

    def language(self, lang: str) -> None:
        """The visitor's language. A change is an event inside a session; between sessions (the kiosk going back
        to its default language) it is only remembered."""
        self._safely(self._language, lang)

    def search(self, query: str, results: int) -> None:
        """Call on every keystroke: one search is counted per query the visitor typed, with its last result
        count. The text itself is kept only when the organizer records queries."""
        self._safely(self._typed, query, results)

    def flush(self) -> int:
        """Write what is buffered in one transaction; returns how many events were written (0 on failure)."""
        try:
            return self._flush()
        except Exception as exc:  # noqa: BLE001 — the kiosk keeps running whatever the disk does
            self._warn(f"Could not write visitor counts to {self.path} ({exc}); keeping them in memory.")
            return 0

    def close(self) -> None:
        """Flush and close the file (at exit). An open session stays open: its length is that of its events."""
        self._safely(self._settle_search)
        self.flush()
        with self._write_lock:
            if self._db is not None:
                try:
                    self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                except sqlite3.Error:
                    pass
                self._db.close()
                self._db = None

    # --- inside ---

    def _safely(self, method, *args, **kwargs) -> None:
        try:
            with self._lock:
                method(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 — a count must never break a tap
            self._warn(f"Could not record a visitor event ({exc}).")

    def _warn(self, message: str) -> None:
        if not self._failing:
            self._failing = True
            log.warning(message)

    def _add(self, kind: str, entity_type: str | None = None, entity_id: str | None = None,
             value: dict | None = None, *, at: datetime.datetime | None = None, settle: bool = True) -> None:
        if settle:
            self._settle_search()
        if len(self._buffer) == self._max:
            self.dropped += 1
            self._warn(f"The visitor-count buffer is full ({self._max} events); dropping the oldest.")
        self._buffer.append((_stamp(at or self._clock()), self.kiosk_id, self._session, kind, entity_type,
                             entity_id, self.lang, json.dumps(value, ensure_ascii=False) if value else None))

    def _session_start(self) -> None:
        if self._session is not None:
            self._session_end("restart")
        self._session = secrets.token_hex(16)
        self._session_started = self._clock()
        self._add("session_start", at=self._session_started)

    def _session_end(self, reason: str) -> None:
        if self._session is None:
            self._settle_search()
            return
        now = self._clock()
        seconds = max(0, round((now - self._session_started).total_seconds()))
        self._add("session_end", value={"reason": str(reason), "seconds": seconds}, at=now)
        self._session = self._session_started = None

    def _idle_reset(self) -> None:
        self._add("idle_reset")
        self._session_end("idle")

    def _language(self, lang: str) -> None:
        lang = str(lang)
        if lang == self.lang:
            return
        before, self.lang = self.lang, lang
        if self._session is not None:
            self._add("language", value={"from": before})

    def _typed(self, query: str, results: int) -> None:
        text = INVISIBLE.sub("", strip_controls(nfc(str(query)))).strip()
        if not text:
            return
        now = self._clock()
        current = self._search
        if current and now - current["last"] <= SEARCH_SETTLE and current["session"] == self._session:
            if text.startswith(current["text"]):  # typing on
                current.update(text=text, results=int(results), last=now)
                return
            if current["text"].startswith(text):  # deleting: what was shown for the longer text counts
                current["last"] = now
                return
        self._settle_search()
        self._search = {"text": text, "results": int(results), "first": now, "last": now, "session": self._session,
                        "lang": self.lang}

    def _settle_search(self, *, older_than: datetime.datetime | None = None) -> None:
        current = self._search
        if current is None or (older_than is not None and current["last"] > older_than):
            return
        self._search = None
        value = {"length": len(current["text"]), "results": current["results"]}
        if self.record_queries:
            value["query"] = current["text"][:MAX_QUERY]
        session, lang = self._session, self.lang
        self._session, self.lang = current["session"], current["lang"]
        try:
            self._add("search", value=value, at=current["first"], settle=False)
        finally:
            self._session, self.lang = session, lang

    def _flush(self) -> int:
        with self._lock:
            self._settle_search(older_than=self._clock() - SEARCH_SETTLE)
            batch = list(self._buffer)
            self._buffer.clear()
        if not batch or self.path is None:
            return 0
        try:
            with self._write_lock:
                self._write(batch)
        except BaseException:
            with self._lock:  # keep them for the next try, newest first if something must go
                merged = batch + list(self._buffer)
                self.dropped += max(0, len(merged) - self._max)
                self._buffer = collections.deque(merged[-self._max:], maxlen=self._max)
            raise
        self._failing = False
        return len(batch)

    def _write(self, batch: list[tuple]) -> None:
        if self._db is None:
            self._db = connect(self.path)
        db = self._db
        try:
            db.conn.execute("BEGIN IMMEDIATE")
            try:
                db.conn.executemany(f"INSERT INTO event ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * 8)})",
                                    batch)
            except BaseException:
                db.conn.rollback()
                raise
            db.conn.commit()
        except Exception as exc:
            self._db = None  # the next flush opens the file again: a folder may become writable, a disk free
            db.close()
            if isinstance(exc, sqlite3.DatabaseError) and _is_corrupt(exc):
                aside = files.move_aside(self.path, "corrupt-" + utc_now().strftime("%Y%m%dT%H%M%S"))
                log.warning("The analytics file %s was damaged (%s); moved it to %s.", self.path, exc, aside.name)
            raise


# --- reading: one file or a fleet's ----------------------------------------------------------------------

def is_analytics_file(path: Path) -> bool:
    try:
        with _read_only(path) as conn:
            return conn.execute("SELECT 1 FROM _sqlite_migrations WHERE migration_set = 'analytics'").fetchone() \
                is not None
    except sqlite3.Error:
        return False


def _read_only(path: Path) -> contextlib.closing:
    return contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True))


def find_files(sources: Iterable[str | Path]) -> list[Path]:
    """Analytics files from files and folders (a folder: every analytics file under it, e.g. one per kiosk)."""
    found: list[Path] = []
    for source in sources:
        source = Path(source)
        if source.is_dir():
            inside = sorted(p for p in source.rglob("*.db") if p.is_file() and is_analytics_file(p))
            if not inside:
                raise KioskError(f"There are no kiosk analytics files in {source}.")
            found.extend(inside)
        elif not source.exists():
            raise KioskError(f"There is no analytics file at {source}.")
        elif not is_analytics_file(source):
            raise KioskError(f"{source} is not a kiosk analytics file.")
        else:
            found.append(source)
    return list({path.resolve(): path for path in found}.values())  # each file once


def merge(paths: Iterable[Path]) -> Database:
    """All events of these files in one in-memory database; copies of the same file count once."""
    merged = Database(memory=True)
    merged.execute(f"""CREATE TABLE event (file_id TEXT NOT NULL, seq INTEGER NOT NULL, {', '.join(_COLUMNS)},
                       PRIMARY KEY (file_id, seq))""")
    for path in paths:
        try:
            with _read_only(path) as conn:
                file_id = conn.execute("SELECT value FROM meta WHERE key = 'file_id'").fetchone()[0]
                rows = conn.execute(f"SELECT id, {', '.join(_COLUMNS)} FROM event")
                with merged.conn:
                    merged.conn.executemany(f"INSERT OR IGNORE INTO event VALUES ({', '.join('?' * 10)})",
                                            ((file_id, *row) for row in rows))
        except sqlite3.Error as exc:
            merged.close()
            raise KioskError(f"{path} is not a usable analytics file ({exc}).") from None
    return merged


def show_timezone(content_db: Database | None) -> datetime.tzinfo:
    """The show's time zone (hours of the day are the hall's hours); UTC without a content database."""
    import zoneinfo  # reading only: the recorder the kiosk runs does not need it

    if content_db is not None:
        try:
            return zoneinfo.ZoneInfo(content.event(content_db)["timezone"])
        except (KioskError, zoneinfo.ZoneInfoNotFoundError, ValueError, KeyError, sqlite3.Error):
            pass
    return datetime.timezone.utc


def parse_moment(text: str, tz: datetime.tzinfo) -> datetime.datetime:
    """'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM', in the show's time zone unless it says otherwise."""
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        raise KioskError(f"{text!r} is not a date like 2019-08-22 or a date and time like 2019-08-22T14:30.") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=tz)


def names(content_db: Database | None, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], dict]:
    """English and Thai names of pages from the content database ('' for ids it does not have)."""
    out = {}
    for kind, entity_id in pairs:
        en = th = ""
        table, column = content.ENTITY_TABLES.get(kind), _NAME_COLUMNS.get(kind)
        if content_db is not None and table and column:
            row = content_db.execute(f"SELECT {column} FROM {table} WHERE id = ?", [entity_id]).fetchone()
            if row and row[0]:
                try:
                    texts = json.loads(row[0]) if kind != "booth" else {"en": row[0]}
                except ValueError:
                    texts = {"en": row[0]}
                texts = texts if isinstance(texts, dict) else {"en": str(texts)}
                en, th = pick(texts, "en"), pick(texts, "th")
        out[(kind, entity_id)] = {"en": en, "th": th}
    return out


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (0 for no values)."""
    if not values:
        return 0
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def stats(sources: Database | Iterable[str | Path], since: datetime.datetime | None = None,
          until: datetime.datetime | None = None, *, content_db: Database | None = None,
          top: int = 50) -> dict:
    """Counts over the events from `since` (inclusive) to `until` (exclusive), from an open analytics database
    or from files (merged). Names come from `content_db`; hours of the day are in the show's time zone."""
    tz = show_timezone(content_db)
    if isinstance(sources, Database):
        db, files, own = sources, [], False
    else:
        files = [str(p) for p in sources]
        db, own = merge(Path(p) for p in files), True
    try:
        return _stats(db, tz, since, until, content_db, top) | {"files": files}
    finally:
        if own:
            db.close()


def _stats(db: Database, tz: datetime.tzinfo, since, until, content_db, top: int) -> dict:
    import statistics  # reading only, like zoneinfo

    clauses, params = ["1"], []
    if since is not None:
        clauses.append("at >= ?")
        params.append(_stamp(since))
    if until is not None:
        clauses.append("at < ?")
        params.append(_stamp(until))
    window = " AND ".join(clauses)

    def rows(sql: str, *args) -> list[tuple]:
        return db.execute(sql.replace("WINDOW", window), [*params, *args]).fetchall()

    def ranked(kind: str) -> list[dict]:
        found = rows("""SELECT entity_type, entity_id, count(*) AS n FROM event
                        WHERE WINDOW AND kind = ? AND entity_id IS NOT NULL
                        GROUP BY entity_type, entity_id ORDER BY n DESC, entity_type, entity_id LIMIT ?""", kind, top)
        named = names(content_db, [(t, i) for t, i, _ in found])
        return [{"type": t, "id": i, "name_en": named[(t, i)]["en"], "name_th": named[(t, i)]["th"], "count": n}
                for t, i, n in found]

    # A session is its events at one kiosk; its language is the one in use at its last event.
    lengths, hours, languages = [], [0] * 24, collections.Counter()
    kiosks: dict[str, dict] = {}
    for kiosk_id, events, pages, first, last in rows(
            "SELECT kiosk_id, count(*), sum(kind = 'page'), min(at), max(at) FROM event WHERE WINDOW GROUP BY kiosk_id"):
        kiosks[kiosk_id] = {"kiosk_id": kiosk_id, "sessions": 0, "page_views": pages, "events": events,
                            "first": first, "last": last}
    for kiosk_id, first, last, lang in rows(
            """SELECT kiosk_id, min(at), max(at), (SELECT lang FROM event AS l WHERE l.kiosk_id = s.kiosk_id
                      AND l.session_id = s.session_id ORDER BY l.at DESC, l.rowid DESC LIMIT 1)
               FROM event AS s WHERE WINDOW AND session_id IS NOT NULL GROUP BY kiosk_id, session_id"""):
        start = datetime.datetime.fromisoformat(first)
        lengths.append((datetime.datetime.fromisoformat(last) - start).total_seconds())
        hours[start.astimezone(tz).hour] += 1
        languages[lang or "?"] += 1
        kiosks[kiosk_id]["sessions"] += 1

    searches = rows("""SELECT json_extract(value, '$.length'), json_extract(value, '$.results'),
                              json_extract(value, '$.query') FROM event WHERE WINDOW AND kind = 'search'""")
    queries = collections.Counter(nfc(q).casefold() for _, _, q in searches if q)
    first, last, events = rows("SELECT min(at), max(at), count(*) FROM event WHERE WINDOW")[0]
    return {
        "timezone": str(tz),
        "since": _stamp(since) if since else None,
        "until": _stamp(until) if until else None,
        "first": first, "last": last, "events": events,
        "kiosks": sorted(kiosks.values(), key=lambda k: k["kiosk_id"]),
        "screens": [{"screen": name, "count": n} for name, n in rows(
            """SELECT json_extract(value, '$.screen') AS name, count(*) AS n FROM event
               WHERE WINDOW AND kind = 'screen' GROUP BY name ORDER BY n DESC, name""")],
        "pages": ranked("page"),
        "qr": ranked("qr"),
        "searches": {
            "count": len(searches),
            "without_results": sum(1 for _, found, _ in searches if not found),
            "median_length": statistics.median([n or 0 for n, _, _ in searches]) if searches else 0,
            "recorded_queries": sum(queries.values()),
            "top_queries": [{"query": q, "count": n}
                            for q, n in sorted(queries.items(), key=lambda item: (-item[1], item[0]))[:top]],
        },
        "languages": [{"lang": lang, "sessions": n}
                      for lang, n in sorted(languages.items(), key=lambda item: (-item[1], item[0]))],
        "language_switches": [{"lang": lang, "count": n} for lang, n in rows(
            "SELECT lang, count(*) AS n FROM event WHERE WINDOW AND kind = 'language' GROUP BY lang ORDER BY n DESC, lang")],
        "sessions": {"count": len(lengths),
                     "median_seconds": round(statistics.median(lengths)) if lengths else 0,
                     "p90_seconds": round(percentile(lengths, 0.9))},
        "idle_resets": rows("SELECT count(*) FROM event WHERE WINDOW AND kind = 'idle_reset'")[0][0],
        "hours": hours,
    }
