"""The stats as plain text, CSV rows and one self-contained HTML page with its charts inside."""

from __future__ import annotations

import base64
import csv
import datetime
import html
import io
import zoneinfo

from kiosk.core.analytics import charts
from kiosk.core.common import assets
from kiosk.core.spreadsheets import tabular

TOP_CHART = 15
# Native names only in scripts the bundled fonts draw (there is no CJK font among them).
LANGUAGE_NAMES = {"th": "ไทย · Thai", "en": "English", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
                  "vi": "Tiếng Việt · Vietnamese", "id": "Bahasa Indonesia",
                  "ms": "Bahasa Melayu", "km": "ខ្មែរ · Khmer", "lo": "ລາວ · Lao", "my": "မြန်မာ · Burmese",
                  "tl": "Filipino"}


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def page_name(item: dict) -> str:
    """'English · ไทย' (one of them when the other is missing or the same; the id when there is neither)."""
    en, th = item.get("name_en") or "", item.get("name_th") or ""
    if en and th and en != th:
        return f"{en} · {th}"
    return en or th or item["id"]


def duration(seconds: float) -> str:
    minutes, seconds = divmod(int(round(seconds)), 60)
    return f"{minutes} min {seconds:02d} s" if minutes else f"{seconds} s"


def local_time(stamp: str | None, timezone: str) -> str:
    """A stored UTC moment as the show's local 'YYYY-MM-DD HH:MM'."""
    if not stamp:
        return "-"
    try:
        zone = zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = datetime.timezone.utc
    return datetime.datetime.fromisoformat(stamp).astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _span(stats: dict) -> str:
    return (f"{local_time(stats['first'], stats['timezone'])} to {local_time(stats['last'], stats['timezone'])} "
            f"({stats['timezone']})")


def summary(stats: dict) -> list[str]:
    """The plain-text summary `kiosk stats` prints."""
    s = stats["sessions"]
    lines = [
        f"Events: {stats['events']} from {_span(stats)} at {len(stats['kiosks'])} "
        f"kiosk{'s' if len(stats['kiosks']) != 1 else ''}",
        f"Visitor sessions: {s['count']} (median {duration(s['median_seconds'])}, "
        f"90th percentile {duration(s['p90_seconds'])}); idle resets: {stats['idle_resets']}",
    ]
    if len(stats["kiosks"]) > 1:
        lines.append("Kiosks:")
        lines += [f"  {k['kiosk_id'] or '?'}: {k['sessions']} sessions, {k['page_views']} page views"
                  for k in stats["kiosks"]]
    lines.append("Screens:")
    lines += [f"  {r['screen']}: {r['count']}" for r in stats["screens"]] or ["  -"]
    lines.append("Most viewed pages:")
    lines += [f"  {r['count']:>5}  {r['type']:<9} {page_name(r)}" for r in stats["pages"][:20]] or ["  -"]
    q = stats["searches"]
    lines.append(f"Searches: {q['count']} ({q['without_results']} found nothing; median length "
                 f"{q['median_length']} characters)")
    lines += [f"  {r['count']:>5}  {r['query']}" for r in q["top_queries"][:20]]
    lines.append("QR codes shown:")
    lines += [f"  {r['count']:>5}  {r['type']:<9} {page_name(r)}" for r in stats["qr"][:20]] or ["  -"]
    lines.append("Sessions by language: " + (", ".join(f"{r['lang']} {r['sessions']}" for r in stats["languages"])
                                             or "-"))
    lines.append("Sessions by hour: " + (", ".join(f"{h:02d}h {n}" for h, n in enumerate(stats["hours"]) if n)
                                         or "-"))
    return lines


def csv_rows(stats: dict) -> list[tuple]:
    """The counts as (kind, key, name, count) rows."""
    s = stats["sessions"]
    rows: list[tuple] = [("sessions", "count", "", s["count"]),
                         ("sessions", "median_seconds", "", s["median_seconds"]),
                         ("sessions", "p90_seconds", "", s["p90_seconds"]),
                         ("idle_resets", "count", "", stats["idle_resets"]),
                         ("searches", "count", "", stats["searches"]["count"]),
                         ("searches", "without_results", "", stats["searches"]["without_results"])]
    rows += [("kiosk", k["kiosk_id"], "sessions", k["sessions"]) for k in stats["kiosks"]]
    rows += [("screen", r["screen"], "", r["count"]) for r in stats["screens"]]
    rows += [("page", f"{r['type']}:{r['id']}", page_name(r), r["count"]) for r in stats["pages"]]
    rows += [("qr", f"{r['type']}:{r['id']}", page_name(r), r["count"]) for r in stats["qr"]]
    rows += [("query", r["query"], "", r["count"]) for r in stats["searches"]["top_queries"]]
    rows += [("language", r["lang"], language_name(r["lang"]), r["sessions"]) for r in stats["languages"]]
    rows += [("hour", f"{h:02d}", "", n) for h, n in enumerate(stats["hours"])]
    return rows


def csv_text(stats: dict) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(("kind", "key", "name", "count"))
    writer.writerows(tuple(tabular.escape_cell(cell) for cell in row) for row in csv_rows(stats))
    return out.getvalue()


def chart_images(stats: dict) -> dict[str, bytes]:
    """The report's three charts as PNG bytes."""
    pages = stats["pages"][:TOP_CHART]
    booths = [(r["name_en"] or r["name_th"] or r["id"],
               r["name_th"] if r["name_th"] and r["name_th"] != r["name_en"] else "", r["count"]) for r in pages]
    return {
        "pages": charts.bars(f"Most viewed pages · หน้าที่มีผู้ชมมากที่สุด (top {TOP_CHART})", booths),
        "hours": charts.columns(f"Visits by hour of the day · การเข้าชมตามชั่วโมง ({stats['timezone']})",
                                [f"{h:02d}" for h in range(24)], stats["hours"]),
        "languages": charts.bars("Visitor sessions by language · ภาษาของผู้เข้าชม",
                                 [(language_name(r["lang"]), "", r["sessions"]) for r in stats["languages"]],
                                 colours=True),
    }


_CSS = """
body { font-family: %s, sans-serif; margin: 2rem; color: #222; max-width: 1240px; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
table { border-collapse: collapse; margin: 0.5rem 0; } td, th { padding: 0.2rem 0.8rem; border-bottom: 1px solid #ddd;
text-align: left; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
img { max-width: 100%%; height: auto; border: 1px solid #eee; }
""" % ", ".join(f'"{family}"' for family in assets.families())


def _table(headings: tuple[str, ...], rows: list[tuple]) -> str:
    if not rows:
        return "<p>—</p>"
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headings)
    body = "".join("<tr>" + "".join(
        f'<td class="n">{value:,}</td>' if isinstance(value, int) else f"<td>{html.escape(str(value))}</td>"
        for value in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _image(data: bytes, alt: str) -> str:
    return (f'<p><img alt="{html.escape(alt)}" '
            f'src="data:image/png;base64,{base64.b64encode(data).decode("ascii")}"></p>')


def html_page(stats: dict, title: str = "Visitor statistics") -> str:
    """One HTML file with everything inside it: no scripts, no links, the charts as embedded PNG."""
    images = chart_images(stats)
    s, q = stats["sessions"], stats["searches"]
    e = html.escape
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(title)}</h1>",
        f"<p>{stats['events']:,} events from {e(_span(stats))} at {len(stats['kiosks'])} kiosk(s). "
        "Counts are anonymous.</p>",
        _table(("", ""), [("Visitor sessions", s["count"]), ("Median session length", duration(s["median_seconds"])),
                          ("Session length, 90th percentile", duration(s["p90_seconds"])),
                          ("Idle resets", stats["idle_resets"]), ("Searches", q["count"]),
                          ("Searches that found nothing", q["without_results"])]),
        "<h2>Most viewed pages</h2>", _image(images["pages"], "Most viewed pages, bar chart"),
        _table(("views", "kind", "page", "id"), [(r["count"], r["type"], page_name(r), r["id"])
                                                 for r in stats["pages"]]),
        "<h2>Visits by hour of the day</h2>", _image(images["hours"], "Visitor sessions by hour, bar chart"),
        "<h2>Languages</h2>", _image(images["languages"], "Visitor sessions by language, bar chart"),
        _table(("sessions", "language"), [(r["sessions"], language_name(r["lang"])) for r in stats["languages"]]),
        "<h2>QR codes shown</h2>",
        _table(("shown", "kind", "page", "id"), [(r["count"], r["type"], page_name(r), r["id"]) for r in stats["qr"]]),
        "<h2>Screens</h2>", _table(("views", "screen"), [(r["count"], r["screen"]) for r in stats["screens"]]),
    ]
    if q["top_queries"]:
        parts += ["<h2>Top searches</h2>", _table(("count", "query"), [(r["count"], r["query"])
                                                                        for r in q["top_queries"]])]
    if len(stats["kiosks"]) > 1:
        parts += ["<h2>Kiosks</h2>", _table(("kiosk", "sessions", "page views", "first", "last"), [
            (k["kiosk_id"] or "?", k["sessions"], k["page_views"], local_time(k["first"], stats["timezone"]),
             local_time(k["last"], stats["timezone"])) for k in stats["kiosks"]])]
    parts.append("</body></html>")
    return "\n".join(parts)
