"""Render the booth staff's screens to PNG files, to look at them: sign-in, the booth's entries with a draft offered,
the edit form with the keyboard open, the preview, a refused publish, the restore question and the "Still there?"
countdown, in Thai and English, landscape and portrait, at normal and the largest text size.

    .venv/bin/python scripts/staff-screenshots.py [OUT_FOLDER] [--docs]

A copy of the demo database gets a member of Bangkok's staff (booth C21) and an organizer; nothing else is touched.
With --docs, a few of them are written to docs/screenshots as well.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
os.environ["QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"] = "1"

from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtQml import QQmlEngine, QQmlExpression  # noqa: E402

from kiosk.core.access import auth  # noqa: E402
from kiosk.core.demo import dataset  # noqa: E402
from kiosk.core.store import database as kdb  # noqa: E402
from kiosk.ui import app as ui  # noqa: E402
from kiosk.ui.admin.admin import AdminSetup  # noqa: E402
from kiosk.ui.shell import shots  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DOCS = {"edit-th-1080x1920-keyboard.png": "staff-edit-th-1080x1920-keyboard.png",
        "drafts-en-1920x1080.png": "staff-drafts-en-1920x1080.png",
        "restore-th-1920x1080.png": "staff-restore-th-1920x1080.png",
        "login-th-1080x1920-largest-keyboard.png": "staff-login-th-1080x1920-largest-keyboard.png",
        "admin-en-1920x1080.png": "admin-en-1920x1080.png"}


class Clock:
    now = 1_000_000.0

    def __call__(self):
        return self.now


def qml(kiosk, expression: str, item=None):
    """Evaluate a QML expression in the window's scope, or in an item's."""
    target = item or kiosk.window
    expr = QQmlExpression(QQmlEngine.contextForObject(target), target, expression)
    value, _ = expr.evaluate()
    if expr.hasError():
        raise SystemExit(f"{expression}: {expr.error().toString()}")
    return value


def find(kiosk, name: str):
    found = [i for i in shots._items(kiosk.window.contentItem()) if i.objectName() == name and i.isVisible()]
    if not found:
        raise SystemExit(f"{name} is not on the screen ({find(kiosk, 'stack').property('currentItem').objectName()})")
    return found[0]


def focus(kiosk, name: str) -> None:
    find(kiosk, name).forceActiveFocus()
    QGuiApplication.inputMethod().show()
    shots.settle(kiosk)


def grab(kiosk, out: Path) -> None:
    shots.settle(kiosk)
    kiosk.window.grabWindow().save(str(out), "PNG")
    print(out)


def render_all(db_path: Path, pepper: Path, pins: dict, out: Path, lang: str, size: tuple[int, int],
               text_size: str) -> None:
    suffix = f"{lang}-{size[0]}x{size[1]}" + ("" if text_size == "normal" else f"-{text_size}")
    clock = Clock()
    with kdb.connect(db_path) as db:
        admin = AdminSetup(db_path, db_path.parent / "backups", backup_minutes=0, kiosk_id="stage",
                           pepper_path=pepper)
        kiosk = ui.start(db, lang=lang, windowed=True, size=size, screen="home", pepper_path=pepper,
                         staff_clock=clock, speech_engine="mock", admin_setup=admin, kiosk_id="stage",
                         media_root=db_path.parent / "media", picture_folders=[ROOT / "db"])
        try:
            shots.visitor_choices(kiosk, text_size=text_size)
            qml(kiosk, 'open("staffLogin", "")')
            shots.settle(kiosk)
            qml(kiosk, "Qt.inputMethod.show()")
            grab(kiosk, out / f"login-{suffix}-keyboard.png")

            kiosk.staff.signIn("C21", pins["staff"])
            kiosk.staff.keepDraft("city", "bangkok", {"vision": {"th": "เมืองน่าอยู่สำหรับทุกคน", "en": "A city for all"}})
            qml(kiosk, 'open("staff", "")')
            grab(kiosk, out / f"drafts-{suffix}.png")

            qml(kiosk, 'open("staffEdit", "city:bangkok")')
            shots.settle(kiosk)
            focus(kiosk, "field-profile-th")
            grab(kiosk, out / f"edit-{suffix}-keyboard.png")
            qml(kiosk, "putKeyboardAway(), showPreview()", find(kiosk, "staffEditScreen"))
            grab(kiosk, out / f"preview-{suffix}.png")
            qml(kiosk, "previewPage = null, publish()", find(kiosk, "staffEditScreen"))
            qml(kiosk, "restoreVersion = 1", find(kiosk, "staffEditScreen"))
            grab(kiosk, out / f"restore-{suffix}.png")
            qml(kiosk, "restoreVersion = 0", find(kiosk, "staffEditScreen"))
            qml(kiosk, 'open("staffPictures", "city:bangkok")')
            grab(kiosk, out / f"pictures-{suffix}.png")
            qml(kiosk, 'open("staffEdit", "city:bangkok")')
            shots.settle(kiosk)
            flick = find(kiosk, "editFlick")
            flick.setProperty("contentY", max(0, flick.property("contentHeight") - flick.height()))
            grab(kiosk, out / f"history-{suffix}.png")

            clock.now += 100
            kiosk.staff.tick()
            grab(kiosk, out / f"still-there-{suffix}.png")
            kiosk.staff.keepGoing()
            kiosk.staff.signOut()
            grab(kiosk, out / f"signed-out-{suffix}.png")

            kiosk.staff.signIn("organizer", pins["organizer"])
            qml(kiosk, 'open("staffEdit", "exhibitor:huawei")')
            shots.settle(kiosk)
            find(kiosk, "field-website").setProperty("text", "www.huawei")
            qml(kiosk, "publish()", find(kiosk, "staffEditScreen"))
            grab(kiosk, out / f"refused-{suffix}.png")
            kiosk.staff.discardDraft("exhibitor", "huawei")
            qml(kiosk, 'open("staffAdmin", "")')
            grab(kiosk, out / f"admin-{suffix}.png")
        finally:
            QGuiApplication.inputMethod().hide()
            kiosk.close()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # gone before the next kiosk


def main(argv: list[str]) -> None:
    docs = "--docs" in argv
    args = [a for a in argv if a != "--docs"]
    out = Path(args[0] if args else "staff-screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        db_path, pepper = Path(work) / "kiosk.db", Path(work) / "pepper"
        dataset.build(db_path, ROOT / "db")
        with kdb.connect(db_path) as db:
            secret = auth.load_pepper(pepper)
            pins = {"staff": auth.add_staff(db, "C21", "Somchai", secret, "screenshots")[1],
                    "organizer": auth.set_organizer_pin(db, secret, "screenshots")}
        for lang in ("th", "en"):
            for size in ((1920, 1080), (1080, 1920)):
                for text_size in ("normal", "largest"):
                    copy = Path(work) / f"{lang}-{size[0]}-{text_size}.db"
                    shutil.copyfile(db_path, copy)
                    render_all(copy, pepper, pins, out, lang, size, text_size)
    if docs:
        for name, target in sorted(DOCS.items()):
            shutil.copyfile(out / name, ROOT / "docs" / "screenshots" / target)
            print("docs/screenshots/" + target)


if __name__ == "__main__":
    main(sys.argv[1:])
