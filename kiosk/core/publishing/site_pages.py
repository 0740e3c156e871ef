"""The bodies of the microsite's pages, from the same page dicts the kiosk shows (kiosk.core.catalog.content)."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby

from kiosk.core.floor import floorplan
from kiosk.core.publishing.site_html import (
    KINDS,
    LABELS,
    bi,
    date_text,
    date_words,
    esc,
    external,
    facts,
    items,
    kind_label,
    label,
    link,
    number,
    page,
    pair,
    section,
    site_put,
)

LIST_MAX = 400  # a list on the index page longer than this gets pages of its own...
LIST_PAGE = 1000  # ...of this many rows each


@dataclass
class Ctx:
    event: dict  # {"en": event, "th": event}
    booths: dict[str, tuple[str, str]]  # booth code -> (booth id, hall id)
    halls: dict[str, dict]  # hall id -> names by language
    kiosks: list[tuple[str, dict]]  # (kiosk id, names by language)
    media: set[str] = field(default_factory=set)  # media paths copied into the site
    reach: dict[str, list[str]] = field(default_factory=dict)  # booth id -> ids of the kiosks a route leaves from
    index: dict = field(default_factory=dict)  # what the plan and route pages carry inline (site._data_files)


def _hall_name(ctx: Ctx, hall_id: str) -> str:
    names = ctx.halls.get(hall_id, {})
    return bi(names.get("en", hall_id), names.get("th") or names.get("en", hall_id))


def booth_chips(ctx: Ctx, root: str, codes: list[str]) -> str:
    chips = []
    for code in codes:
        booth_id, hall = ctx.booths.get(code, (None, ""))
        inner = f'<span class="code">{esc(code)}</span><span class="hall">{_hall_name(ctx, hall)}</span>'
        chips.append(link(f"{root}booth/{booth_id}/index.html", inner, "booth") if booth_id else inner)
    return f'<div class="booths">{"".join(chips)}</div>' if chips else ""


def _pictures(ctx: Ctx, root: str, en: dict) -> tuple[str, str]:
    logo = en.get("logo") or ""
    logo_html = (f'<img class="logo" src="{esc(root)}media/{esc(logo)}" alt="">'
                 if logo in ctx.media else "")
    photos = [p for p in en.get("photos", []) if p in ctx.media]
    photos_html = ('<div class="photos">' + "".join(
        f'<img src="{esc(root)}media/{esc(p)}" alt="" loading="lazy">' for p in photos) + "</div>") if photos else ""
    return logo_html, photos_html


def _project_list(root: str, en: list[dict], th: list[dict], *, owner: bool = False) -> str:
    by_id = {p["id"]: p for p in th}
    rows = []
    for p in en:
        t = by_id.get(p["id"], p)
        inner = bi(p["title"], t["title"], "span", "title")
        detail = bi(p["owner_name"], t["owner_name"]) if owner else bi(p["focus_area"], t["focus_area"])
        rows.append(link(f"{root}project/{p['id']}/index.html", f'{inner}<small>{detail}</small>'))
    return items(rows, "list links")


def _show(ctx: Ctx, lang: str) -> str:
    return ctx.event[lang]["short_name"] or ctx.event[lang]["name"]


def _about(ctx: Ctx, en: str, th: str, en_default: str, th_default: str) -> tuple[str, str]:
    """A page's description: its own text where it has one, else a sentence made from its facts."""
    return (en or en_default.format(show=_show(ctx, "en")), th or th_default.format(show=_show(ctx, "th")))


def _head(kicker: str, title: str, extra: str = "") -> str:
    return f'<p class="kicker">{kicker}</p><h1>{title}</h1>{extra}'


def city_page(ctx: Ctx, en: dict, th: dict) -> str:
    root = "../../"
    pages = {"en": en, "th": th}
    logo, photos = _pictures(ctx, root, en)
    local = en["local_name"] or th["local_name"]
    local_html = (f'<p class="local" lang="{esc(en["local_lang"])}">{esc(local)}</p>'
                  if local and local not in (en["name"], th["name"]) else "")
    figures = facts([
        (label("population"), number(en["population"])),
        (label("area"), f'{number(en["area_km2"])} km²' if en["area_km2"] else ""),
        (label("density"), f'{number(en["density_per_km2"])} /km²' if en["density_per_km2"] else ""),
    ])
    if figures and en["figures_year"]:
        year = int(en["figures_year"])
        figures += bi(f"Figures of {year}", f"ข้อมูลปี {year + 543}", "p", "note")
    areas = items([bi(a, b) for a, b in zip(en["focus_areas"], th["focus_areas"])], "chips")
    officer = ""
    if en["chief_officer"]:
        officer = (f'<p><b>{esc(en["chief_officer"]["name"])}</b><br>'
                   f'{bi(en["chief_officer"]["title"], th["chief_officer"]["title"])}</p>')
    body = (f'<article class="entity">{logo}'
            f'{_head(kind_label("city") + " · " + pair(pages, "country_name"), pair(pages, "name"), local_html)}'
            f'{booth_chips(ctx, root, en["booths"])}'
            f'{pair(pages, "vision", "p", "lead") if en["vision"] else ""}'
            f'{pair(pages, "profile", "div", "text") if en["profile"] else ""}'
            f'{figures}{section(label("focus_areas"), areas)}{section(label("chief_officer"), officer)}{photos}'
            f'{section(label("projects"), _project_list(root, en["projects"], th["projects"]))}</article>')
    about = _about(ctx, en["vision"] or en["profile"], th["vision"] or th["profile"],
                   f'{en["name"]}, {en["country_name"]}: its booth, projects and focus areas at {{show}}.',
                   f'{th["name"]} {th["country_name"]}: บูธ โครงการ และด้านที่มุ่งเน้นในงาน {{show}}')
    return page(root=root, title=(en["name"], th["name"]), event=ctx.event, body=body, description=about)


def exhibitor_page(ctx: Ctx, en: dict, th: dict) -> str:
    root = "../../"
    pages = {"en": en, "th": th}
    logo, photos = _pictures(ctx, root, en)
    kicker = kind_label(en["organisation_kind"]) + (" · " + pair(pages, "country_name") if en["country_name"] else "")
    short = (f'<p class="local">{esc(en["short_name"])}</p>'
             if en["short_name"] and en["short_name"] not in (en["name"], th["name"]) else "")
    contact = facts([
        (label("website"), external(en["website"], esc(en["website"])) if en["website"] else ""),
        (label("email"), external("mailto:" + en["contact_email"], esc(en["contact_email"]))
         if en["contact_email"] else ""),
    ])
    body = (f'<article class="entity">{logo}{_head(kicker, pair(pages, "name"), short)}'
            f'{booth_chips(ctx, root, en["booths"])}'
            f'{pair(pages, "description", "div", "text") if en["description"] else ""}{contact}{photos}'
            f'{section(label("projects"), _project_list(root, en["projects"], th["projects"]))}</article>')
    about = _about(ctx, en["description"], th["description"],
                   f'{en["name"]}: its booth and projects at {{show}}.',
                   f'{th["name"]}: บูธและโครงการในงาน {{show}}')
    return page(root=root, title=(en["name"], th["name"]), event=ctx.event, body=body, description=about)


def project_page(ctx: Ctx, en: dict, th: dict, own_url: str) -> str:
    root = "../../"
    pages = {"en": en, "th": th}
    logo, photos = _pictures(ctx, root, en)
    owner_en, owner_th = en["owner"], th["owner"]
    owner = link(f'{root}{owner_en["kind"]}/{owner_en["id"]}/index.html', bi(owner_en["name"], owner_th["name"]))
    status = ""
    if en["status"]:
        status = pair(pages, "status") + (f' ({esc(en["status_year"])})' if en["status_year"] else "")
    details = facts([
        (label("by"), owner),
        (label("focus_area"), pair(pages, "focus_area") if en["focus_area"] else ""),
        (label("status"), status),
        (label("website"), external(own_url, esc(own_url)) if own_url else ""),
    ])
    body = (f'<article class="entity">{logo}{_head(label("projects"), pair(pages, "title"))}'
            f'{booth_chips(ctx, root, en["booths"])}'
            f'{pair(pages, "description", "div", "text") if en["description"] else ""}{details}{photos}</article>')
    about = _about(ctx, en["description"], th["description"],
                   f'{en["title"]}: a project by {owner_en["name"]}, shown at {{show}}.',
                   f'{th["title"]}: โครงการของ {owner_th["name"]} ที่จัดแสดงในงาน {{show}}')
    return page(root=root, title=(en["title"], th["title"]), event=ctx.event, body=body, description=about)


def _when(session: dict) -> str:
    clock = "–".join(filter(None, (session["starts_at"], session["ends_at"])))
    return date_text(session["day"]) + (f" · {esc(clock)}" if clock else "")


def session_page(ctx: Ctx, en: dict, th: dict) -> str:
    root = "../../"
    pages = {"en": en, "th": th}
    themes = items([bi(a, b) for a, b in zip(en["themes"], th["themes"])], "chips")
    details = facts([
        (label("room"), pair(pages, "room") if en["room"] else ""),
        (label("speakers"), esc(en["speakers"])),
    ])
    body = (f'<article class="entity">{_head(kind_label(en["kind"]) + " · " + _when(en), pair(pages, "title"))}'
            f'{pair(pages, "description", "div", "text") if en["description"] else ""}{details}'
            f'{section(label("themes"), themes)}</article>')
    about = _about(ctx, en["description"], th["description"],
                   f'{en["title"]}: {KINDS.get(en["kind"], (en["kind"],))[0]} at {{show}}, {date_words(en["day"], "en")} '
                   f'{en["starts_at"] or ""}.',
                   f'{th["title"]}: {KINDS.get(th["kind"], ("", th["kind"]))[1]}ในงาน {{show}} {date_words(th["day"], "th")} '
                   f'{th["starts_at"] or ""}')
    return page(root=root, title=(en["title"], th["title"]), event=ctx.event, body=body, description=about)


def booth_page(ctx: Ctx, booth: floorplan.Booth) -> str:
    root = "../../"
    names = booth.name or {}
    owner = ""
    if booth.owner_id:
        owner = link(f"{root}{booth.owner_type}/{booth.owner_id}/index.html",
                     bi(names.get("en", ""), names.get("th") or names.get("en", "")), "big")
        owner = section(label("owner"), f'<p>{owner}</p><p class="kicker">{kind_label(booth.owner_kind)}</p>')
    routes = [link(f"{root}route/index.html?from={k}&to={booth.id}",
                   label("from") + " " + bi(n.get("en", k), n.get("th") or n.get("en", k)))
              for k, n in ctx.kiosks if k in ctx.reach.get(booth.id, ())]
    body = (f'<article class="entity">{_head(label("booth"), esc(booth.code))}'
            f'<p class="lead">{_hall_name(ctx, booth.hall)}</p>{owner}'
            f'{section(label("directions"), items(routes, "list links"))}</article>')
    hall = ctx.halls.get(booth.hall, {})
    owner_en, owner_th = names.get("en", ""), names.get("th") or names.get("en", "")
    about = _about(ctx, "", "", f'Booth {booth.code}, {hall.get("en", booth.hall)}'
                   + (f": {owner_en}" if owner_en else "") + ". The way there from each kiosk of {show}.",
                   f'บูธ {booth.code} {hall.get("th") or hall.get("en", booth.hall)}'
                   + (f": {owner_th}" if owner_th else "") + " เส้นทางไปบูธจากตู้ข้อมูลแต่ละตู้ในงาน {show}")
    return page(root=root, title=(f"Booth {booth.code}", f"บูธ {booth.code}"), event=ctx.event, body=body,
                description=about)


def script_page(ctx: Ctx, kind: str, script: str) -> str:
    """The plan and route pages: an empty frame that their script fills from the address and the data files."""
    root = "../"
    title = label("my_visit" if kind == "plan" else "route")
    body = (f'<h1>{title}</h1><div id="out" aria-live="polite" aria-busy="true">'
            f'<p class="note">{label("loading")}</p><div class="slow offline" role="alert">{label("stuck", "p")}'
            f'<button type="button" class="retry" onclick="location.reload()">{label("again")}</button></div></div>'
            f'<noscript><p>{label("needs_js")}</p></noscript>'
            f'<p class="more">{link(root + "index.html", label("home"))}</p>')
    titles = {"plan": ("My visit", "แผนการเยี่ยมชมของฉัน"), "route": ("The way to the booth", "เส้นทางไปบูธ")}
    about = {"plan": ("The booths you chose at a kiosk of {show}, with who shows there and in which hall.",
                      "บูธที่คุณเลือกไว้ที่ตู้ข้อมูลของงาน {show} พร้อมผู้จัดแสดงและฮอลล์ของแต่ละบูธ"),
             "route": ("The way from a kiosk of {show} to a booth: how far, how long, each step and a map.",
                       "เส้นทางจากตู้ข้อมูลของงาน {show} ไปยังบูธ: ระยะทาง เวลาเดิน ขั้นตอน และแผนที่")}[kind]
    return page(root=root, title=titles[kind], event=ctx.event, body=body, description=_about(ctx, "", "", *about),
                scripts=(f"assets/{script}",), inline=site_put("index", ctx.index), body_attrs=f' data-page="{kind}"')


def _list_rows(root: str, kind: str, en: list[dict], th: list[dict], detail) -> list[str]:
    by_id = {r["id"]: r for r in th}
    name_key = "title" if kind == "project" else "name"
    out = []
    for r in en:
        t = by_id.get(r["id"], r)
        out.append(link(f"{root}{kind}/{r['id']}/index.html",
                        bi(r[name_key], t[name_key], "span", "title") + f"<small>{detail(r, t)}</small>"))
    return out


def _with_booth(r: dict) -> str:
    return f' · {esc(r["booth_code"])}' if r["booth_code"] else ""


def index_parts(ctx: Ctx, lists: dict) -> tuple[str, dict[str, str]]:
    """The index page, and the pages of lists too long for it (file name -> html)."""
    ev = ctx.event
    extra_pages: dict[str, str] = {}
    sections, jumps = [], []
    details = {
        "cities": ("city", lambda r, t: bi(r["country_name"], t["country_name"]) + _with_booth(r)),
        "exhibitors": ("exhibitor", lambda r, t: kind_label(r["kind"]) + _with_booth(r)),
        "projects": ("project", lambda r, t: bi(r["owner_name"], t["owner_name"]) + (
            " · " + bi(r["focus_area"], t["focus_area"]) if r["focus_area"] else "")),
    }
    for name, (kind, detail) in details.items():
        en, th = lists[name]["en"], lists[name]["th"]
        jumps.append(link(f"#{name}", label(name) + f" <small>{len(en):,}</small>"))
        if len(en) <= LIST_MAX:
            sections.append(section(label(name), items(_list_rows("", kind, en, th, detail), "list links"),
                                    ident=name))
            continue
        rows = _list_rows("../", kind, en, th, detail)
        count = (len(rows) + LIST_PAGE - 1) // LIST_PAGE
        for n in range(count):
            nav = " ".join(link(f"{name}-{m + 1}.html", str(m + 1)) if m != n else f'<b aria-current="page">{m + 1}</b>'
                           for m in range(count))
            body = (f'<h1>{label(name)}</h1><p class="pages">{nav}</p>'
                    f"{items(rows[n * LIST_PAGE:(n + 1) * LIST_PAGE], 'list links')}"
                    f'<p class="more pages">{nav}</p>')
            about = _about(ctx, "", "", f"{LABELS[name][0]} at {{show}}: page {n + 1} of {count}.",
                           f"{LABELS[name][1]}ในงาน {{show}}: หน้า {n + 1} จาก {count}")
            extra_pages[f"lists/{name}-{n + 1}.html"] = page(root="../", title=LABELS[name], event=ev, body=body,
                                                             description=about)
        sections.append(section(label(name), f'<p class="more">{link(f"lists/{name}-1.html", label("all"))} '
                                             f'({len(en):,})</p>', ident=name))
    sessions = lists["sessions"]["en"]
    jumps.append(link("#programme", label("programme") + f" <small>{len(sessions):,}</small>"))
    sections.append(section(label("programme"), _programme(sessions, lists["sessions"]["th"]), ident="programme"))
    head = (f'<p class="kicker">{date_text(ev["en"]["starts_on"])} – {date_text(ev["en"]["ends_on"])}</p>'
            f'<h1>{pair(ev, "name")}</h1>{pair(ev, "theme", "p", "lead") if ev["en"]["theme"] else ""}'
            f'<nav class="jump">{"".join(jump for jump, body in zip(jumps, sections) if body)}</nav>'
            f'{pair(ev, "venue", "p")}{pair(ev, "description", "div", "text") if ev["en"]["description"] else ""}')
    about = _about(ctx, ev["en"]["description"] or ev["en"]["theme"], ev["th"]["description"] or ev["th"]["theme"],
                   "{show}: its cities, exhibitors, projects and programme.",
                   "{show}: เมือง ผู้จัดแสดง โครงการ และกำหนดการ")
    index = page(root="", title=("", ""), event=ev, body=head + "".join(sections), description=about)
    return index, extra_pages


def _programme(en: list[dict], th: list[dict]) -> str:
    by_id = {s["id"]: s for s in th}
    days = []
    for day, sessions in groupby(en, key=lambda s: s["day"]):
        rows = []
        for s in sessions:
            t = by_id.get(s["id"], s)
            clock = "–".join(filter(None, (s["starts_at"], s["ends_at"])))
            rows.append(link(f"session/{s['id']}/index.html",
                             f'<span class="time">{esc(clock)}</span>{bi(s["title"], t["title"], "span", "title")}'
                             + (f"<small>{bi(s['room'], t['room'])}</small>" if s["room"] else "")))
        days.append(f"<h3>{date_text(day)}</h3>{items(rows, 'list links programme')}")
    return "".join(days)
