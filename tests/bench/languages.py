"""The thirteen languages: cold start and memory with every catalogue offered against Thai and English only, and a
language switch to the next frame on screen, through the real QML. `python -m tests.bench.languages` prints the
table and writes it, with the machine, into docs/performance.md (between its language marks)."""

from __future__ import annotations

import os
import sys
import time

from kiosk.core.common import languages
from tests.bench import ui
from tests.bench.__main__ import DOC, database, machine, percentiles

ALL = tuple(languages.SCREEN_LANGUAGES)
ROUNDS = 6
MARK = "<!-- language bench -->"


def switch_to_frame(db, offered: tuple[str, ...], rounds: int = ROUNDS) -> dict[str, list[float]]:
    """From a language chosen on the home screen to the next frame, for every language offered, in turn; the first
    time a language is chosen (its catalogue and font loaded) apart from the times after."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest

    from kiosk.core.store import database as kdb
    from kiosk.ui import app as ui_app

    kiosk = ui_app.start(kdb.connect(db), lang="th", windowed=True, size=(1920, 1080), screen="home",
                         languages=offered, speech_engine="none")
    window = kiosk.window
    QTest.qWait(1000)
    out: dict[str, list[float]] = {"first": [], "again": []}
    shown = {kiosk.show.lang}
    for _ in range(rounds):
        for entry in kiosk.show.languages:
            lang = entry["code"]
            if lang == kiosk.show.lang:
                continue
            ui.next_frame(window)
            QTest.qWait(ui.VISITOR_PAUSE_MS)
            started = time.perf_counter()
            kiosk.show.setLanguage(lang)
            out["again" if lang in shown else "first"].append(ui.next_frame(window) - started)
            shown.add(lang)
    offered_now = [entry["code"] for entry in kiosk.show.languages]
    ui.close(kiosk)
    out["offered"] = offered_now
    return out


def main() -> None:
    db = database(0)
    starts = {name: ui.cold_start(db, env={"BENCH_LANGUAGES": ",".join(offered)})
              for name, offered in (("th, en", ("th", "en")), ("all thirteen", ALL))}
    switches = switch_to_frame(db, ALL)
    m = machine()
    lines = [f"Measured {time.strftime('%Y-%m-%d')} on {m['cpu']}, {m['cores']} cores, {m['system']}, offscreen "
             f"(software renderer), the demo show; {len(switches['offered'])} languages offered: "
             f"{', '.join(switches['offered'])}.", "",
             "| figure | samples | p50 | p95 | max |", "| --- | --- | --- | --- | --- |"]
    for name, start in starts.items():
        q = percentiles(start["times"])
        lines.append(f"| cold start to first frame, {name} offered | {q['n']} | {q['p50_ms']:.0f} ms | "
                     f"{q['p95_ms']:.0f} ms | {q['max_ms']:.0f} ms |")
        lines.append(f"| memory 1.5 s after the first frame, {name} offered: PSS (RSS) | {len(start['times'])} | | | "
                     f"{start['pss_mb']:.0f} MB ({start['rss_mb']:.0f} MB) |")
    for kind, label in (("first", "the first time (catalogue and font loaded then)"), ("again", "after that")):
        if len(switches[kind]) >= 2:
            q = percentiles(switches[kind])
            lines.append(f"| language switch on home to the next frame, {label} | {q['n']} | {q['p50_ms']:.1f} ms | "
                         f"{q['p95_ms']:.1f} ms | {q['max_ms']:.1f} ms |")
    table = "\n".join(lines)
    print(table)
    text = DOC.read_text(encoding="utf-8")
    if text.count(MARK) == 2:
        head, _, tail = text.split(MARK)
        DOC.write_text(f"{head}{MARK}\n\n{table}\n\n{MARK}{tail}", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
