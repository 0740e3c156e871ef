"""What the organizer's spreadsheets hold: one row per city, exhibitor, project, session or booth.

A record here has the shape of the demo data set's source files (`db/*.json`); a spreadsheet row is the same
record flattened: a text kept per language becomes one column per language (`name_en`, `name_th`, `name_vi`, …)
and a list becomes one cell whose items are separated by `;`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sqlite_utils import Database

from kiosk.core.common import languages as languages_
from kiosk.core.store import database as kdb

SEPARATOR = ";"  # between the items of a list cell
PAIR = "|"  # between a speaker's name and organisation
ESCAPE = "\\"
MAIN_LANGS = languages_.CONTENT_ORDER
LANG_CODE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", re.ASCII)


@dataclass(frozen=True)
class Field:
    key: str  # the record's key; the column name (texts: the column names' stem)
    kind: str  # id, code, texts, text, note, lang, int, float, year, url, email, ref, refs, choice, aliases,
    #            speakers, officer, date, time
    column: str | None  # the database column (None: kept in a link table)
    required: bool = False
    choices: str | tuple[str, ...] | None = None  # the table a reference points at, or the allowed values
    low: float | None = None
    high: float | None = None
    positive: bool = False


@dataclass(frozen=True)
class Entity:
    kind: str  # exhibitors, cities, …: what the command line and file names say
    source: str  # the demo data set's file stem for these records
    table: str
    key: str  # "id", or "code" for booths
    name: str  # the texts field that must have English (and should have Thai)
    fields: tuple[Field, ...]
    aliases: tuple[str, ...]  # file or sheet names that mean this kind

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)


_SOURCE_NOTE = (Field("source", "note", "source"), Field("note", "note", "note"))
LINKS = {"focus_areas": ("city_focus_area", "city_id", "focus_area_id"),
         "themes": ("session_theme", "session_id", "theme_id")}

ENTITIES = {e.kind: e for e in (
    Entity("cities", "cities", "city", "id", "name", (
        Field("id", "id", "id", True),
        Field("country", "ref", "country_id", True, "country"),
        Field("name", "texts", "name", True),
        Field("local_lang", "lang", "local_lang"),
        Field("aliases", "aliases", "aliases"),
        Field("lat", "float", "lat", low=-90, high=90),
        Field("lon", "float", "lon", low=-180, high=180),
        Field("area_km2", "float", "area_km2", low=0),
        Field("population", "int", "population", low=0),
        Field("density_per_km2", "float", "density_per_km2", low=0),
        Field("figures_year", "year", "figures_year"),
        Field("vision", "texts", "vision"),
        Field("profile", "texts", "profile"),
        Field("focus_areas", "refs", None, choices="focus_area"),
        Field("chief_officer", "officer", "chief_officer"),
        *_SOURCE_NOTE), ("cities", "city")),
    Entity("exhibitors", "organisations", "organisation", "id", "name", (
        Field("id", "id", "id", True),
        Field("kind", "choice", "kind", True, kdb.ORGANISATION_KINDS),
        Field("name", "texts", "name", True),
        Field("short_name", "text", "short_name"),
        Field("country", "ref", "country_id", choices="country"),
        Field("city", "ref", "city_id", choices="city"),
        Field("description", "texts", "description"),
        Field("website", "url", "website"),
        Field("contact_email", "email", "contact_email"),
        *_SOURCE_NOTE), ("exhibitors", "exhibitor", "organisations", "organisation", "organizations",
                         "organization")),
    Entity("projects", "projects", "project", "id", "title", (
        Field("id", "id", "id", True),
        Field("city", "ref", "city_id", choices="city"),
        Field("organisation", "ref", "organisation_id", choices="organisation"),
        Field("focus_area", "ref", "focus_area_id", choices="focus_area"),
        Field("title", "texts", "title", True),
        Field("description", "texts", "description"),
        Field("status", "texts", "status"),
        Field("status_year", "year", "status_year"),
        Field("url", "url", "url"),
        *_SOURCE_NOTE), ("projects", "project")),
    Entity("sessions", "sessions", "session", "id", "title", (
        Field("id", "id", "id", True),
        Field("day", "date", "day", True),
        Field("start", "time", "starts_at"),
        Field("end", "time", "ends_at"),
        Field("room", "ref", "room_id", choices="room"),
        Field("kind", "choice", "kind", True, kdb.SESSION_KINDS),
        Field("themes", "refs", None, choices="theme"),
        Field("title", "texts", "title", True),
        Field("description", "texts", "description"),
        Field("speakers", "speakers", "speakers"),
        *_SOURCE_NOTE), ("sessions", "session", "programme", "program")),
    Entity("booths", "booths", "booth", "code", "", (
        Field("code", "code", "code", True),
        Field("hall", "ref", "hall_id", True, "hall"),
        Field("x", "float", "x", True, low=0),
        Field("y", "float", "y", True, low=0),
        Field("w", "float", "w", True, positive=True),
        Field("h", "float", "h", True, positive=True),
        Field("city", "ref", "city_id", choices="city"),
        Field("organisation", "ref", "organisation_id", choices="organisation"),
        Field("note", "note", "note")), ("booths", "booth")),
)}
# The order imports are applied in: what a row refers to is written before it.
ORDER = ("cities", "exhibitors", "projects", "sessions", "booths")


# --- list cells ----------------------------------------------------------------------------------

def join_items(items: list[list[str | None]]) -> str:
    """`a; b` or, for pairs, `name | organisation; name`; `\\`, `;` and `|` inside an item are escaped."""
    def esc(part: str) -> str:
        return "".join(ESCAPE + ch if ch in (ESCAPE, SEPARATOR, PAIR) else ch for ch in part)

    return f"{SEPARATOR} ".join(f" {PAIR} ".join(esc(p) for p in item if p is not None) for item in items)


def split_items(text: str, *, pairs: bool = False) -> list[list[str]]:
    """The items of a list cell (each a list of its `|`-separated parts when `pairs`); a line break also
    separates items; a backslash before `\\`, `;` or `|` keeps that character."""
    items: list[list[str]] = []
    parts: list[str] = []
    buf: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == ESCAPE and text[i + 1:i + 2] in (ESCAPE, SEPARATOR, PAIR) and i + 1 < len(text):
            buf.append(text[i + 1])
            i += 2
            continue
        if ch == PAIR and pairs:
            parts.append("".join(buf))
            buf = []
        elif ch in (SEPARATOR, "\n", "\r"):
            items.append(parts + ["".join(buf)])
            parts, buf = [], []
        else:
            buf.append(ch)
        i += 1
    items.append(parts + ["".join(buf)])
    return [[p.strip() for p in item] for item in items if any(p.strip() for p in item)]


# --- records <-> rows ----------------------------------------------------------------------------

def languages(entity: Entity, records: list[dict], configured: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """The languages to give columns to, per texts field: English and Thai first, then the show's other languages
    (`configured`, the `languages` setting), then any other that occurs."""
    first = content_order(configured)
    out = {}
    for f in entity.fields:
        if f.kind not in ("texts", "officer"):
            continue
        seen: set[str] = set()
        for record in records:
            value = record.get(f.key) or {}
            seen.update((value.get("title") or {}) if f.kind == "officer" else value)
        out[f.key] = list(first) + sorted(seen - set(first))
    return out


def content_order(configured: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The show's content languages in the order spreadsheets list them: English, Thai, then the others."""
    return tuple(dict.fromkeys((*MAIN_LANGS, *languages_.for_content(configured))))


def header(entity: Entity, langs: dict[str, list[str]]) -> list[str]:
    columns = []
    for f in entity.fields:
        if f.kind == "texts":
            columns += [f"{f.key}_{lang}" for lang in langs[f.key]]
        elif f.kind == "officer":
            columns += [f"{f.key}_name"] + [f"{f.key}_title_{lang}" for lang in langs[f.key]]
        else:
            columns.append(f.key)
    return columns


def to_cells(entity: Entity, record: dict) -> dict:
    """A record as spreadsheet cells keyed by column name (numbers stay numbers, missing values None)."""
    cells = {}
    for f in entity.fields:
        value = record.get(f.key)
        if f.kind == "texts":
            cells.update({f"{f.key}_{lang}": text for lang, text in (value or {}).items()})
        elif f.kind == "officer":
            if value:
                cells[f"{f.key}_name"] = value.get("name")
                cells.update({f"{f.key}_title_{lang}": t for lang, t in (value.get("title") or {}).items()})
        elif f.kind in ("aliases", "refs"):
            cells[f.key] = join_items([[item] for item in value or []]) or None
        elif f.kind == "speakers":
            cells[f.key] = join_items([[s.get("name"), s.get("organisation")] for s in value or []]) or None
        else:
            cells[f.key] = value
    return cells


def load(db: Database, entity: Entity) -> dict[str, dict]:
    """Every record of a kind in the database, keyed by id (booths: the lower-case code), in the source shape."""
    columns = [f.column for f in entity.fields if f.column]
    links = {}
    for f in entity.fields:
        if f.kind == "refs":
            table, own, other = LINKS[f.key]
            links[f.key] = {}
            for owner, target in db.execute(f"SELECT {own}, {other} FROM {table} ORDER BY rowid"):
                links[f.key].setdefault(owner, []).append(target)
    out = {}
    for values in db.execute(f"SELECT id, {', '.join(columns)} FROM {entity.table} ORDER BY id"):
        row = dict(zip(["id", *columns], values))
        record = {}
        for f in entity.fields:
            if f.kind == "refs":
                record[f.key] = links[f.key].get(row["id"], [])
                continue
            value = row[f.column]
            if f.kind in ("texts", "officer"):
                value = json.loads(value) if value else None
            elif f.kind in ("aliases", "speakers"):
                value = json.loads(value) if value else []
            record[f.key] = (value or None) if f.kind == "texts" else value
        out[row["id"]] = record
    return out


def empty(entity: Entity) -> dict:
    """A new record before any cell is applied."""
    return {f.key: [] if f.kind in ("aliases", "refs", "speakers") else None for f in entity.fields}


# --- help for the templates ------------------------------------------------------------------------

HELP = {
    "id": ("Stable id: lowercase English letters, digits and single hyphens (e.g. ha-noi). A row whose id exists "
           "updates that entry; a new id adds one. Never change a published id: QR codes and posters use it.",
           "รหัสถาวร: อักษรภาษาอังกฤษตัวเล็ก ตัวเลข และขีดกลาง (เช่น ha-noi) แถวที่มีรหัสเดิมจะปรับปรุงรายการนั้น "
           "รหัสใหม่จะเพิ่มรายการใหม่ ห้ามเปลี่ยนรหัสที่เผยแพร่แล้ว เพราะคิวอาร์โค้ดและโปสเตอร์ใช้รหัสนี้"),
    "code": ("Booth code: upper-case English letters and digits (e.g. A01). A row whose code exists moves or "
             "changes that booth.",
             "รหัสบูธ: อักษรภาษาอังกฤษตัวใหญ่และตัวเลข (เช่น A01) แถวที่มีรหัสเดิมจะย้ายหรือแก้ไขบูธนั้น"),
    "name": ("Name, one column per language: name_en is required, name_th is expected (a warning if empty); add "
             "name_vi, name_km, … for other languages.",
             "ชื่อ หนึ่งคอลัมน์ต่อหนึ่งภาษา: name_en ต้องกรอก name_th ควรกรอก (ถ้าว่างจะมีคำเตือน) "
             "เพิ่มคอลัมน์ name_vi, name_km ฯลฯ สำหรับภาษาอื่น"),
    "title": ("Title, one column per language: title_en is required, title_th is expected (a warning if empty).",
              "ชื่อเรื่อง หนึ่งคอลัมน์ต่อหนึ่งภาษา: title_en ต้องกรอก title_th ควรกรอก (ถ้าว่างจะมีคำเตือน)"),
    "description": ("Description, one column per language (description_en, description_th, …).",
                    "คำอธิบาย หนึ่งคอลัมน์ต่อหนึ่งภาษา (description_en, description_th ฯลฯ)"),
    "vision": ("The city's smart-city vision, one column per language.",
               "วิสัยทัศน์เมืองอัจฉริยะ หนึ่งคอลัมน์ต่อหนึ่งภาษา"),
    "profile": ("A short paragraph about the city and its pilot area, one column per language.",
                "ย่อหน้าสั้น ๆ แนะนำเมืองและพื้นที่นำร่อง หนึ่งคอลัมน์ต่อหนึ่งภาษา"),
    "status": ("Where the project stands, one column per language.", "สถานะของโครงการ หนึ่งคอลัมน์ต่อหนึ่งภาษา"),
    "kind": ("What it is: one of the allowed values.", "ประเภท: เลือกจากค่าที่กำหนด"),
    "short_name": ("Short name or acronym (optional).", "ชื่อย่อ (ไม่บังคับ)"),
    "country": ("Country id from the list below.", "รหัสประเทศจากรายการด้านล่าง"),
    "city": ("Id of a city (optional).", "รหัสเมือง (ไม่บังคับ)"),
    "organisation": ("Id of an organisation, as in the exhibitors file (optional).",
                     "รหัสองค์กรตามไฟล์ผู้ออกบูธ (ไม่บังคับ)"),
    "website": ("Web address beginning with https:// (optional).", "ที่อยู่เว็บไซต์ ขึ้นต้นด้วย https:// (ไม่บังคับ)"),
    "url": ("Web page beginning with https:// (optional; empty: the kiosk's own page).",
            "หน้าเว็บ ขึ้นต้นด้วย https:// (ไม่บังคับ ถ้าว่างจะใช้หน้าของคีออสก์เอง)"),
    "contact_email": ("Contact e-mail address (optional).", "อีเมลติดต่อ (ไม่บังคับ)"),
    "source": ("Where the facts come from (optional; visitors do not see it).",
               "แหล่งที่มาของข้อมูล (ไม่บังคับ ผู้เข้าชมไม่เห็น)"),
    "note": ("A note for editors (optional; visitors do not see it).",
             "บันทึกสำหรับผู้แก้ไข (ไม่บังคับ ผู้เข้าชมไม่เห็น)"),
    "local_lang": ("Language code of the city's own name, e.g. km for Phnom Penh, th for Thai cities.",
                   "รหัสภาษาของชื่อเมืองในภาษาท้องถิ่น เช่น km สำหรับพนมเปญ th สำหรับเมืองในไทย"),
    "aliases": ("Other spellings, separated by ; (e.g. Hanoi; Ha Noi).",
                "ชื่อเรียกอื่น คั่นด้วย ; (เช่น Hanoi; Ha Noi)"),
    "lat": ("Latitude in degrees, -90 to 90.", "ละติจูด (องศา) -90 ถึง 90"),
    "lon": ("Longitude in degrees, -180 to 180.", "ลองจิจูด (องศา) -180 ถึง 180"),
    "area_km2": ("Area in square kilometres.", "พื้นที่ (ตารางกิโลเมตร)"),
    "population": ("Population, a whole number.", "จำนวนประชากร (จำนวนเต็ม)"),
    "density_per_km2": ("People per square kilometre.", "ความหนาแน่นของประชากรต่อตารางกิโลเมตร"),
    "figures_year": ("Year of the figures, Western calendar (2019, not 2562).",
                     "ปีของตัวเลข เป็นปี ค.ศ. (2019 ไม่ใช่ 2562)"),
    "status_year": ("Year of the status, Western calendar (2019, not 2562).",
                    "ปีของสถานะ เป็นปี ค.ศ. (2019 ไม่ใช่ 2562)"),
    "focus_areas": ("Focus-area ids from the list below, separated by ;.",
                    "รหัสด้านที่มุ่งเน้นจากรายการด้านล่าง คั่นด้วย ;"),
    "focus_area": ("Focus-area id from the list below.", "รหัสด้านที่มุ่งเน้นจากรายการด้านล่าง"),
    "chief_officer": ("Chief smart-city officer (public officials only, optional): chief_officer_name, and the "
                      "title per language in chief_officer_title_en, chief_officer_title_th, …",
                      "ผู้บริหารเมืองอัจฉริยะ (เฉพาะเจ้าหน้าที่รัฐ ไม่บังคับ): ชื่อใน chief_officer_name "
                      "และตำแหน่งแต่ละภาษาใน chief_officer_title_en, chief_officer_title_th ฯลฯ"),
    "day": ("Date as YYYY-MM-DD, Western calendar (e.g. 2019-08-22).",
            "วันที่ในรูปแบบ ปปปป-ดด-วว ปี ค.ศ. (เช่น 2019-08-22)"),
    "start": ("Start time HH:MM, 24-hour clock (empty when not on the time grid).",
              "เวลาเริ่ม ชช:นน แบบ 24 ชั่วโมง (เว้นว่างถ้าไม่มีเวลาแน่นอน)"),
    "end": ("End time HH:MM, after the start.", "เวลาสิ้นสุด ชช:นน หลังเวลาเริ่ม"),
    "room": ("Room id from the list below (optional).", "รหัสห้องจากรายการด้านล่าง (ไม่บังคับ)"),
    "themes": ("Theme (track) ids from the list below, separated by ;.", "รหัสหัวข้อหลักจากรายการด้านล่าง คั่นด้วย ;"),
    "speakers": ("Speakers as name | organisation, separated by ; (e.g. Somchai Dee | depa; Jane Roe | WeGO). "
                 "Write \\; or \\| for a ; or | inside a name.",
                 "ผู้บรรยายในรูปแบบ ชื่อ | องค์กร คั่นแต่ละคนด้วย ; (เช่น สมชาย ดี | depa; Jane Roe | WeGO) "
                 "ถ้าชื่อมี ; หรือ | ให้เขียน \\; หรือ \\|"),
    "hall": ("Hall id from the list below.", "รหัสฮอลล์จากรายการด้านล่าง"),
    "x": ("Metres from the hall's left wall to the booth's left edge.",
          "ระยะ (เมตร) จากผนังซ้ายของฮอลล์ถึงขอบซ้ายของบูธ"),
    "y": ("Metres from the hall's front wall to the booth's front edge.",
          "ระยะ (เมตร) จากผนังด้านหน้าของฮอลล์ถึงขอบหน้าของบูธ"),
    "w": ("Booth width in metres (more than 0).", "ความกว้างของบูธ (เมตร มากกว่า 0)"),
    "h": ("Booth depth in metres (more than 0).", "ความลึกของบูธ (เมตร มากกว่า 0)"),
}
HELP_FOR = {  # where a column means something particular to one kind
    ("projects", "city"): ("Id of the city the project belongs to: give a city, an organisation or both.",
                           "รหัสเมืองเจ้าของโครงการ: ต้องมีเมืองหรือองค์กร อย่างน้อยหนึ่งอย่าง"),
    ("booths", "city"): ("The booth's owner if it is a city: give a city or an organisation, not both.",
                         "เจ้าของบูธกรณีเป็นเมือง: ใส่เมืองหรือองค์กร อย่างใดอย่างหนึ่ง"),
    ("booths", "organisation"): ("The booth's owner if it is an organisation (exhibitor).",
                                 "เจ้าของบูธกรณีเป็นองค์กร (ผู้ออกบูธ)"),
}
GUIDE = [
    ("One row per entry, from row 2 of the data sheet. A row whose first cell begins with # is skipped (the "
     "example row).",
     "กรอกหนึ่งแถวต่อหนึ่งรายการ เริ่มที่แถว 2 ของชีต data แถวที่ช่องแรกขึ้นต้นด้วย # จะถูกข้าม (แถวตัวอย่าง)"),
    ("Save as Excel (.xlsx) or as \"CSV UTF-8\". Check first with: kiosk import FILE --dry-run",
     "บันทึกเป็น Excel (.xlsx) หรือ \"CSV UTF-8\" ตรวจสอบก่อนด้วยคำสั่ง kiosk import ไฟล์ --dry-run"),
    ("An empty cell clears that value (or that language). A column left out keeps what the kiosk has.",
     "ช่องว่างจะลบค่านั้น (หรือข้อความภาษานั้น) คอลัมน์ที่ไม่มีในไฟล์จะคงค่าเดิมไว้"),
    ("Nothing is imported while any error remains; warnings are imported anyway.",
     "ถ้ายังมีข้อผิดพลาด จะไม่นำเข้าข้อมูลใดเลย ส่วนคำเตือนจะนำเข้าได้"),
    ("Import in this order: cities, exhibitors, projects, sessions, booths (or all files in one command).",
     "นำเข้าตามลำดับ: cities, exhibitors, projects, sessions, booths (หรือทุกไฟล์ในคำสั่งเดียว)"),
]
EXAMPLES = {
    "cities": {"id": "phuket", "country": "thailand", "name": {"en": "Phuket", "th": "ภูเก็ต"},
               "local_lang": "th", "aliases": ["Phuket City"], "lat": 7.8804, "lon": 98.3923, "area_km2": 543,
               "population": 416582, "density_per_km2": 767, "figures_year": 2019,
               "vision": {"en": "A liveable, smart tourist city.", "th": "เมืองท่องเที่ยวอัจฉริยะที่น่าอยู่"},
               "profile": {"en": "An island province on the Andaman Sea.", "th": "จังหวัดเกาะในทะเลอันดามัน"},
               "focus_areas": ["civic-social", "safety-security"],
               "chief_officer": {"name": "Somchai Dee", "title": {"en": "Governor", "th": "ผู้ว่าราชการจังหวัด"}},
               "source": "", "note": ""},
    "exhibitors": {"id": "example-company", "kind": "exhibitor",
                   "name": {"en": "Example Company", "th": "บริษัท ตัวอย่าง จำกัด"}, "short_name": "EXC",
                   "country": "thailand", "city": "", "description": {"en": "Smart parking sensors.",
                                                                      "th": "เซนเซอร์ที่จอดรถอัจฉริยะ"},
                   "website": "https://www.example.org", "contact_email": "info@example.org"},
    "projects": {"id": "phuket-smart-parking", "city": "phuket", "organisation": "example-company",
                 "focus_area": "built-infrastructure",
                 "title": {"en": "Smart parking", "th": "ที่จอดรถอัจฉริยะ"},
                 "description": {"en": "Sensors show free parking spaces.", "th": "เซนเซอร์แสดงที่จอดรถว่าง"},
                 "status": {"en": "Pilot running", "th": "อยู่ระหว่างทดลอง"}, "status_year": 2019, "url": ""},
    "sessions": {"id": "opening", "day": "2019-08-22", "start": "09:00", "end": "10:30", "room": "main-stage",
                 "kind": "ceremony", "themes": [], "title": {"en": "Opening ceremony", "th": "พิธีเปิด"},
                 "description": {"en": "Welcome by the host.", "th": "กล่าวต้อนรับโดยเจ้าภาพ"},
                 "speakers": [{"name": "Somchai Dee", "organisation": "depa"}]},
    "booths": {"code": "A01", "hall": "hall-1", "x": 2, "y": 4, "w": 3, "h": 3, "city": "",
               "organisation": "example-company", "note": ""},
}


def field_of(entity: Entity, column: str) -> tuple[Field, object] | None:
    """The field a column fills and which part of it: None, a language (`name_th`), "name" or ("title", lang) of an
    officer; None for a column the kind does not have. Case does not matter (`Name_EN` is `name_en`)."""
    lower = column.lower()
    for f in entity.fields:
        if lower == f.key:
            return f, None
    for f in entity.fields:
        if f.kind == "texts" and lower.startswith(f.key + "_"):
            lang = _lang(column[len(f.key) + 1:])
            if lang:
                return f, lang
        if f.kind == "officer":
            if lower == f"{f.key}_name":
                return f, "name"
            if lower.startswith(f"{f.key}_title_"):
                lang = _lang(column[len(f.key) + 7:])
                if lang:
                    return f, ("title", lang)
    return None


def _lang(text: str) -> str | None:
    primary, _, rest = text.partition("-")
    lang = primary.lower() + ("-" + rest if rest else "")
    return lang if LANG_CODE.fullmatch(lang) else None
