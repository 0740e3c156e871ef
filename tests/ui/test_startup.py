"""Start-up: the window's first frame waits only for the attract screen's QML; the other screens are compiled after."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from kiosk.core.store import database as kdb
from kiosk.ui import app as ui
from kiosk.ui.shell.engine import use_disk_cache
from kiosk.ui.shell.screens import SCREENS
from tests.ui.conftest import Driver


def compiled(window) -> dict[str, str]:
    """Each screen component compiled so far, with its status (Ready, or the error's text)."""
    return json.loads(Driver.evaluate(window, """(function () {
        const out = {}
        for (const key in root.components)
            out[key] = root.components[key].status === Component.Ready ? "ready" : root.components[key].errorString()
        return JSON.stringify(out)
    })()"""))


def test_only_the_attract_screen_is_compiled_before_the_first_frame_and_every_other_one_after(qtbot, demo_db_file,
                                                                                            tmp_path):
    db = kdb.connect(demo_db_file)
    kiosk = ui.start(db, windowed=True, size=(1920, 1080), speech_engine="mock", pepper_path=tmp_path / "pepper")
    try:
        assert compiled(kiosk.window) == {"attract": "ready"}  # before the event loop has turned once
        every = set(SCREENS.values())
        assert set(json.loads(Driver.evaluate(kiosk.window, "JSON.stringify(Object.keys(root.screenTypes))"))) == every
        qtbot.waitUntil(lambda: set(compiled(kiosk.window)) == every, timeout=15_000)
        assert compiled(kiosk.window) == dict.fromkeys(every, "ready")
    finally:
        kiosk.close()
        db.close()


def test_a_screen_opened_before_the_spare_maker_reaches_it_is_compiled_then(start_kiosk):
    driver = start_kiosk(screen="staffLogin")  # the last screen the spare maker would compile
    driver.wait_for_screen("staffLoginScreen")
    driver.tap("homeButton")
    driver.wait_for_screen("homeScreen")


# A QML file loaded by a process of its own (Qt reads its cache folder once per process, and keeps what it compiled
# in memory): prints what the file says.
PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtQml import QQmlComponent, QQmlEngine
from kiosk.ui.shell.engine import use_disk_cache
if sys.argv[2] == "keyed":
    use_disk_cache(Path(sys.argv[3]), Path(sys.argv[1]).parent)
app = QCoreApplication([])
engine = QQmlEngine()
component = QQmlComponent(engine, QUrl.fromLocalFile(sys.argv[1]))
print(component.create().property("said"))
"""


def probe(qml: Path, cache: Path, keyed: bool) -> str:
    env = {**os.environ, "QML_DISK_CACHE_PATH": str(cache / "qt's own")}
    done = subprocess.run([sys.executable, "-c", PROBE, str(qml), "keyed" if keyed else "plain", str(cache)],
                          capture_output=True, text=True, env=env, check=True, timeout=60)
    return done.stdout.strip()


def test_a_qml_file_changed_with_its_time_kept_is_never_run_from_the_cache(tmp_path):
    qml = tmp_path / "qml" / "Probe.qml"
    qml.parent.mkdir()
    qml.write_text('import QtQml\nQtObject { property string said: "one" }\n', encoding="utf-8")
    cache = tmp_path / "cache"
    assert probe(qml, cache, keyed=True) == "one"
    assert probe(qml, cache, keyed=False) == "one"
    kept = qml.stat()
    qml.write_text('import QtQml\nQtObject { property string said: "two" }\n', encoding="utf-8")
    os.utime(qml, ns=(kept.st_atime_ns, kept.st_mtime_ns))  # as `cp -p` or an unpacked archive leaves it

    assert probe(qml, cache, keyed=False) == "one"  # Qt's own check (the time) serves the old file
    assert probe(qml, cache, keyed=True) == "two"
    assert [p.name for p in cache.iterdir() if p.name != "qt's own"] == [use_disk_cache(cache, qml.parent).name]
    assert list((cache / use_disk_cache(cache, qml.parent).name).glob("*.qmlc"))  # compiled, kept there


def test_kiosk_run_keeps_its_compiled_screens_in_the_data_folder(demo_db_file, tmp_path):
    db_path = tmp_path / "kiosk.db"
    shutil.copyfile(demo_db_file, db_path)
    data = Path(os.environ["KIOSK_DATA_DIR"])  # the test's own (tests/conftest.py)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    log_path = tmp_path / "kiosk.log"
    with open(log_path, "wb") as log:
        child = subprocess.Popen([sys.executable, "-m", "kiosk", "run", "--windowed", "--db", db_path], env=env,
                                 stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not list(data.glob("qmlcache/*/*.qmlc")):
            assert child.poll() is None, log_path.read_text(errors="replace")
            assert time.monotonic() < deadline, "no compiled screen in the data folder"
            time.sleep(0.1)
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
    assert [p.name for p in (data / "qmlcache").iterdir()] == [use_disk_cache(tmp_path / "x", ui.QML_DIR).name]
