"""Child process for the start-up benchmark: start the kiosk, print when the first frame is on screen."""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb(kind: str = "VmRSS") -> float:
    """Resident memory in MB: all of it (VmRSS), or RssAnon (the heap and other private memory) or RssFile (pages
    of mapped files: libraries, fonts)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(kind + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def memory() -> dict[str, float]:
    """This process's resident memory (RSS) and its proportional share (PSS: a shared page counted once across the
    processes that map it, so that the memory of a browser's many processes adds up), in MB."""
    out = {"RSS": rss_mb(), "PSS": 0.0}
    with open("/proc/self/smaps_rollup") as rollup:
        for line in rollup:
            if line.startswith("Pss:"):
                out["PSS"] = int(line.split()[1]) / 1024
    return out


def main(db_path: str) -> None:
    from pathlib import Path

    from PySide6.QtCore import QTimer

    from kiosk.core.operations import backup
    from kiosk.ui import app as ui
    from kiosk.ui.shell import engine

    # As `kiosk run` opens it: the cheap checks now, the full quick check in the background later; the compiled
    # screens kept beside it, as in the kiosk's data folder.
    db, _ = backup.open_or_recover(db_path, Path(db_path).parent / "backups", create=False, quick_check=False)
    engine.use_disk_cache(Path(db_path).parent / "qmlcache", ui.QML_DIR)
    offered = os.environ.get("BENCH_LANGUAGES")  # e.g. all thirteen: each catalogue and font loaded when first used
    kiosk = ui.start(db, lang="th", windowed=True, size=(1920, 1080),
                     **({"languages": tuple(offered.split(","))} if offered else {}))

    def first_frame():
        print(f"FRAME {time.time():.6f}", flush=True)
        api = kiosk.window.rendererInterface().graphicsApi()
        print(f"RENDERER {getattr(api, 'name', api)}", flush=True)
        kiosk.window.frameSwapped.disconnect(first_frame)
        QTimer.singleShot(1500, report_memory)

    def report_memory():
        for name, value in memory().items():
            print(f"{name} {value:.1f}", flush=True)
        kiosk.app.exit(0)

    kiosk.window.frameSwapped.connect(first_frame)
    sys.exit(kiosk.app.exec())


if __name__ == "__main__":
    main(sys.argv[1])
