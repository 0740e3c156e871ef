"""`python -m tests.bench.site_audit`: the demo's microsite in Lighthouse (mobile) and axe-core, every page kind in
English and Thai, against the system's Chromium. Not a test: it scores, and writes its section of
docs/performance.md.

Lighthouse and axe-core come from npm into .cache/bench/node (once; `--ignore-scripts`, so nothing downloads a
browser). Lighthouse 12 runs on Node 18.16 and later; 13 needs 22.19. The site is served on 127.0.0.1 only.
"""

from __future__ import annotations

import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from kiosk import config
from kiosk.core.demo import dataset
from kiosk.core.publishing import site
from kiosk.core.store import database as kdb
from tests.unit.publishing.conftest import serve

ROOT = config.PROJECT_ROOT
NODE_DIR = ROOT / ".cache" / "bench" / "node"
DOC = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- site audit -->", "<!-- /site audit -->"
PACKAGES = ("lighthouse@12", "axe-core@4")
LANGS = {"en": "en-GB", "th": "th-TH"}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def page_kinds(root: Path) -> dict[str, str]:
    project = min(p.name for p in (root / "project").iterdir())
    return {"home": "/", "city": "/city/bangkok", "exhibitor": "/exhibitor/cisco", "project": f"/project/{project}",
            "session": "/session/opening-ceremony", "booth": "/booth/c21", "plan": "/plan/?b=c21,e01,zz9",
            "route": "/route/?from=lobby&to=c02"}


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not found:
        sys.exit("Chromium is not installed (apt-get install chromium).")
    return found


def node_tools() -> Path:
    if not shutil.which("node") or not shutil.which("npm"):
        sys.exit("Node.js and npm are needed for Lighthouse and axe-core (apt-get install nodejs npm).")
    if not (NODE_DIR / "node_modules" / "lighthouse").is_dir() or not (NODE_DIR / "node_modules" / "axe-core").is_dir():
        NODE_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", str(NODE_DIR), "--no-audit", "--no-fund", "--ignore-scripts",
                        *PACKAGES], check=True)
    return NODE_DIR / "node_modules"


def lighthouse(modules: Path, browser: str, url: str, locale: str, out: Path) -> dict:
    flags = f"--headless=new --no-sandbox --lang={locale} --accept-lang={locale}"
    subprocess.run(["node", str(modules / "lighthouse" / "cli" / "index.js"), url, f"--chrome-flags={flags}",
                    "--form-factor=mobile", "--output=json", f"--output-path={out}", "--quiet"],
                   check=True, env={**os.environ, "CHROME_PATH": browser}, timeout=180)
    report = json.loads(out.read_text(encoding="utf-8"))
    audits = report["audits"]
    failing = sorted(a["id"] for cat in CATEGORIES if cat != "performance"
                     for ref in report["categories"][cat]["auditRefs"] if ref["weight"]
                     for a in [audits[ref["id"]]] if a["score"] is not None and a["score"] < 1)
    return {"scores": {cat: round(report["categories"][cat]["score"] * 100) for cat in CATEGORIES},
            "cls": audits["cumulative-layout-shift"]["numericValue"],
            "lcp_ms": audits["largest-contentful-paint"]["numericValue"], "failing": failing}


def axe(modules: Path, browser: str, base: str, kinds: dict[str, str]) -> dict:
    from playwright.sync_api import sync_playwright

    script = (modules / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
    found = {}
    with sync_playwright() as playwright:
        chromium_ = playwright.chromium.launch(executable_path=browser, args=["--no-sandbox"])
        for lang, locale in LANGS.items():
            context = chromium_.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                            device_scale_factor=2, locale=locale)
            for kind, path in kinds.items():
                page = context.new_page()
                page.goto(base + path, wait_until="networkidle")
                page.wait_for_function("!document.documentElement.hasAttribute('data-wait') && "
                                       "!document.querySelector('[aria-busy=true]')")
                page.add_script_tag(content=script)
                result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
                found[kind, lang] = [f"{v['id']} ({v['impact']}, {len(v['nodes'])})" for v in result["violations"]]
                page.close()
            context.close()
        chromium_.close()
    return found


def main() -> None:
    browser = chromium()
    modules = node_tools()
    versions = {name: json.loads((modules / name / "package.json").read_text())["version"]
                for name in ("lighthouse", "axe-core")}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db_path = dataset.build(tmp / "demo.db", config.DEMO_SOURCE)
        with kdb.connect(db_path) as db:
            site.export(db, tmp / "site")
        kinds = page_kinds(tmp / "site")
        with serve(tmp / "site") as base:
            scores = {}
            for lang, locale in LANGS.items():
                for kind, path in kinds.items():
                    scores[kind, lang] = lighthouse(modules, browser, base + path, locale, tmp / "lh.json")
                    print(kind, lang, scores[kind, lang], flush=True)
            violations = axe(modules, browser, base, kinds)
    version = subprocess.run(["node", "--version"], capture_output=True, text=True, check=True).stdout.strip()
    chrome = subprocess.run([browser, "--version"], capture_output=True, text=True, check=False).stdout.strip()
    rows = ["| page | language | performance | accessibility | best practices | SEO | CLS | LCP | axe violations |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for (kind, lang), r in scores.items():
        s = r["scores"]
        rows.append(f"| {kind} | {lang} | {s['performance']} | {s['accessibility']} | {s['best-practices']} | "
                    f"{s['seo']} | {r['cls']:.3f} | {r['lcp_ms'] / 1000:.1f} s | "
                    f"{', '.join(violations[kind, lang]) or 'none'} |")
    failing = sorted({a for r in scores.values() for a in r["failing"]})
    intro = textwrap.fill(
        f"`python -m tests.bench.site_audit`: the demo's exported site on 127.0.0.1, Lighthouse "
        f"{versions['lighthouse']} (mobile: a mid-range phone on a slow 4G link, simulated) and axe-core "
        f"{versions['axe-core']} ({', '.join(AXE_TAGS)}, at 390 × 844), {chrome}, Node {version}.", 120)
    section = (f"{BEGIN}\n## The microsite in Lighthouse and axe ({datetime.date.today().isoformat()})\n\n"
               f"{intro}\n\n" + "\n".join(rows) + "\n\n"
               + (f"Audits below 1 outside performance: {', '.join(failing)}.\n" if failing else
                  "No audit of accessibility, best practices or SEO falls short on any page.\n")
               + END)
    text = DOC.read_text(encoding="utf-8")
    if BEGIN in text:
        text = text.split(BEGIN)[0] + section + text.split(END, 1)[1]
    else:
        text = text.replace("<!-- bench results -->", section + "\n\n<!-- bench results -->", 1)
    DOC.write_text(text, encoding="utf-8")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
