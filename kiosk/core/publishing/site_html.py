"""HTML for the static microsite: every text escaped, every visitor text in English and Thai side by side.

Both languages are in the page; the class on <html> (set by a tiny inline script) hides one of them. Without
JavaScript both stay visible.
"""

from __future__ import annotations

import html
import json

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "th": ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
           "ตุลาคม", "พฤศจิกายน", "ธันวาคม"),
}

LABELS = {
    "booth": ("Booth", "บูธ"),
    "booths": ("Booths", "บูธ"),
    "hall": ("Hall", "ฮอลล์"),
    "projects": ("Projects", "โครงการ"),
    "focus_areas": ("Focus areas", "ด้านที่มุ่งเน้น"),
    "focus_area": ("Focus area", "ด้านที่มุ่งเน้น"),
    "vision": ("Vision", "วิสัยทัศน์"),
    "population": ("Population", "ประชากร"),
    "area": ("Area", "พื้นที่"),
    "density": ("Density", "ความหนาแน่น"),
    "chief_officer": ("Chief smart city officer", "ผู้รับผิดชอบหลักด้านเมืองอัจฉริยะ"),
    "website": ("Website", "เว็บไซต์"),
    "email": ("E-mail", "อีเมล"),
    "status": ("Status", "สถานะ"),
    "by": ("By", "โดย"),
    "cities": ("Cities", "เมือง"),
    "exhibitors": ("Exhibitors", "ผู้จัดแสดง"),
    "programme": ("Programme", "กำหนดการ"),
    "speakers": ("Speakers", "วิทยากร"),
    "themes": ("Themes", "หัวข้อ"),
    "room": ("Room", "ห้อง"),
    "owner": ("At this booth", "บูธนี้เป็นของ"),
    "directions": ("Directions", "เส้นทาง"),
    "from": ("From", "จาก"),
    "details": ("Details", "รายละเอียด"),
    "all": ("See all", "ดูทั้งหมด"),
    "my_visit": ("My visit", "แผนการเยี่ยมชมของฉัน"),
    "route": ("The way to the booth", "เส้นทางไปบูธ"),
    "loading": ("Loading…", "กำลังโหลด…"),
    "needs_js": ("This page reads the address the kiosk gave you: please turn on JavaScript.",
                 "หน้านี้อ่านข้อมูลจากที่อยู่ที่ตู้ให้มา กรุณาเปิดใช้ JavaScript"),
    "home": ("All of the show", "ทั้งหมดในงาน"),
    "stuck": ("This page is taking long to load: the connection may have dropped.",
              "หน้านี้โหลดนานผิดปกติ การเชื่อมต่ออาจขาดหาย"),
    "again": ("Try again", "ลองอีกครั้ง"),
}

KINDS = {
    "exhibitor": ("Exhibitor", "ผู้จัดแสดง"),
    "organiser": ("Organiser", "ผู้จัดงาน"),
    "partner_delegation": ("Partner delegation", "คณะผู้แทนพันธมิตร"),
    "city_pavilion": ("City pavilion", "ศาลาเมือง"),
    "city": ("City", "เมือง"),
    "ceremony": ("Ceremony", "พิธี"),
    "keynote": ("Keynote", "ปาฐกถา"),
    "talk": ("Talk", "การบรรยาย"),
    "panel": ("Panel", "การเสวนา"),
    "meeting": ("Meeting", "การประชุม"),
    "workshop": ("Workshop", "เวิร์กช็อป"),
    "site-visit": ("Site visit", "ศึกษาดูงาน"),
    "social": ("Social", "งานสังสรรค์"),
    "launch": ("Launch", "การเปิดตัว"),
}

# Runs in <head> before anything is drawn: picks the language, makes the language button work (whether or not the
# site's script arrives), and gives a page served at ".../city/x" (no trailing slash, no redirect) the base
# ".../city/x/" its relative links are written for. Once the style sheet is in (`siteStyled`), the page shows when
# the web fonts it needs have arrived (at once when the phone has them; at most 3 s), so no text moves when a font
# swaps in.
HEAD_SCRIPT = (
    "(function(d){var p=location.pathname,t=document.title,l;"
    "if(location.protocol!=='file:'&&!/\\/$|\\.html?$/.test(p)){var b=document.createElement('base');"
    "b.href=p+'/';document.head.appendChild(b)}"
    "var m=document.querySelector('meta[name=description]'),c=m&&m.content;"
    "function set(x){l=d.className=d.lang=x;document.title=x==='th'&&d.dataset.titleTh||t;"
    "if(m)m.content=x==='th'&&m.dataset.th||c}"
    "try{l=localStorage.getItem('site-lang')}catch(e){}"
    "set(l==='th'||l==='en'?l:/^th/i.test(navigator.language||'')?'th':'en');"
    "document.addEventListener('click',function(e){if(e.target.closest&&e.target.closest('#lang')){"
    "set(l==='th'?'en':'th');try{localStorage.setItem('site-lang',l)}catch(x){}}});"
    "d.setAttribute('data-wait','');function show(){d.removeAttribute('data-wait')}setTimeout(show,3000);"
    "window.siteStyled=function(){d.offsetWidth;document.fonts?document.fonts.ready.then(show):show()}"
    "})(document.documentElement)"
)


def site_put(name: str, value) -> str:
    """`SITE.put(name, value);`: a data file's text, safe inside an inline <script> too."""
    payload = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    payload = payload.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"SITE.put({json.dumps(name)},{payload});"


def esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def bi(en: str, th: str, tag: str = "span", cls: str = "") -> str:
    """One text in English and Thai; a single element when both are the same."""
    extra = f" {cls}" if cls else ""
    if (en or "") == (th or ""):
        return f'<{tag} class="both{extra}">{esc(en)}</{tag}>' if cls else f"<{tag}>{esc(en)}</{tag}>"
    return (f'<{tag} class="l-en{extra}" lang="en">{esc(en)}</{tag}>'
            f'<{tag} class="l-th{extra}" lang="th">{esc(th)}</{tag}>')


def pair(texts: dict, key: str, tag: str = "span", cls: str = "") -> str:
    """The `key` text of two page dicts {"en": ..., "th": ...}."""
    return bi(texts["en"][key], texts["th"][key], tag, cls)


def label(key: str, tag: str = "span", cls: str = "") -> str:
    return bi(*LABELS[key], tag, cls)


def kind_label(kind: str) -> str:
    en, th = KINDS.get(kind, (kind, kind))
    return bi(en, th)


def date_words(iso: str, lang: str) -> str:
    """22 August 2019 / 22 สิงหาคม 2562 (the Thai year in the Buddhist era); the text itself when it is no date."""
    try:
        year, month, day = (int(part) for part in iso.split("-"))
        return f"{day} {MONTHS[lang][month - 1]} {year + 543 if lang == 'th' else year}"
    except (ValueError, IndexError):
        return iso


def date_text(iso: str) -> str:
    return bi(date_words(iso, "en"), date_words(iso, "th"))


def number(value) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() or abs(value) >= 100 else f"{value:,.1f}"


def link(href: str, inner: str, cls: str = "") -> str:
    cls_attr = f' class="{cls}"' if cls else ""
    return f'<a href="{esc(href)}"{cls_attr}>{inner}</a>'


def external(url: str, inner: str) -> str:
    """A link to another site; only http(s) and mailto addresses become links."""
    if not url.lower().startswith(("https://", "http://", "mailto:")):
        return inner
    return f'<a href="{esc(url)}" rel="noopener">{inner}</a>'


def section(title: str, body: str, cls: str = "", ident: str = "") -> str:
    if not body:
        return ""
    cls_attr = f' class="{cls}"' if cls else ""
    id_attr = f' id="{ident}"' if ident else ""
    return f"<section{id_attr}{cls_attr}><h2>{title}</h2>{body}</section>"


def facts(rows: list[tuple[str, str]]) -> str:
    """A definition list of (label html, value html), leaving out empty values."""
    items = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows if value)
    return f'<dl class="facts">{items}</dl>' if items else ""


def items(entries: list[str], cls: str = "list") -> str:
    return f'<ul class="{cls}">' + "".join(f"<li>{e}</li>" for e in entries) + "</ul>" if entries else ""


def summary(text: str, limit: int = 160) -> str:
    """A text cut to at most `limit` characters for a page's description: at a sentence's end or a space."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    stop = max(cut.rfind(". "), cut.rfind("? "), cut.rfind("! "))
    if stop >= limit // 2:
        return cut[:stop + 1]
    space = cut.rfind(" ")
    return (cut[:space] if space >= limit // 2 else cut).rstrip(" ,;:–-") + "…"


def page(*, root: str, title: tuple[str, str], event: dict, body: str, description: tuple[str, str],
         scripts: tuple[str, ...] = (), inline: str = "", body_attrs: str = "") -> str:
    """A whole page. `root` is the relative way back to the site's top folder ("", "../" or "../../");
    `description` says what the page holds, in English and Thai (the search engines' and the link previews' text)."""
    name = event["en"]["short_name"] or event["en"]["name"]
    title_en = f"{title[0]} · {name}" if title[0] else name
    title_th = f"{title[1]} · {event['th']['short_name'] or event['th']['name']}" if title[1] else event["th"]["name"]
    # A script that fails to arrive brings the "taking long" notice of the plan and route pages at once.
    failed = " onerror=\"document.body.setAttribute('data-stalled','')\""
    tail = (f'<script src="{esc(root)}assets/site.js"{failed}></script>'
            + (f"<script>window.SITE&&{inline}</script>" if inline else "")
            + "".join(f'<script src="{esc(root)}{esc(s)}"{failed}></script>' for s in scripts))
    return (
        f'<!doctype html>\n<html lang="en" data-title-th="{esc(title_th)}">'
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{esc(title_en)}</title><meta name="description" content="{esc(summary(description[0]))}" '
        f'data-th="{esc(summary(description[1]))}"><script>{HEAD_SCRIPT}</script>'
        f'<link rel="icon" href="{esc(root)}favicon.ico" sizes="48x48">'
        f'<link rel="icon" href="{esc(root)}favicon.svg" type="image/svg+xml">'
        f'<link rel="stylesheet" href="{esc(root)}assets/site.css" onload="siteStyled()"></head>'
        f'<body data-root="{esc(root)}"{body_attrs}>'
        f'<header class="bar">{link(root + "index.html", pair(event, "short_name"), "brand")}'
        '<button type="button" id="lang"><span class="l-en" lang="th">ไทย</span>'
        '<span class="l-th" lang="en">English</span></button></header>'
        f"<main>{body}</main>"
        f'<footer>{pair(event, "name", "p")}{pair(event, "venue", "p")}'
        f'<p>{date_text(event["en"]["starts_on"])} – {date_text(event["en"]["ends_on"])}</p></footer>'
        f"{tail}</body></html>\n"
    )
