"""Home (landscape) and Phnom Penh's page (portrait) in each of the thirteen languages, from the demo show, into
docs/screenshots/languages/ (64 colours: a sixth of the bytes, as crisp for text). Look at them after a change.

    .venv/bin/python scripts/language-screenshots.py [OUT_FOLDER]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk.core.common import languages  # noqa: E402

SHOTS = (("home", "home", "1920x1080"), ("city", "city:phnom-penh", "1080x1920"))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "KIOSK_LANGUAGES": "all", "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.db"
        subprocess.run([sys.executable, "-m", "kiosk", "demo-db", str(db)], check=True, env=env, capture_output=True)
        for lang in languages.SCREEN_LANGUAGES:
            for name, screen, size in SHOTS:
                raw = Path(folder) / f"{name}-{lang}.png"
                subprocess.run([sys.executable, "-m", "kiosk", "screenshot", str(raw), "--db", str(db), "--screen",
                                screen, "--lang", lang, "--size", size], check=True, env=env, capture_output=True)
                image = Image.open(raw).convert("RGB").quantize(colors=64, method=Image.Quantize.MEDIANCUT)
                image.save(out / f"{name}-{lang}-{size}.png", optimize=True)
                print(out / f"{name}-{lang}-{size}.png")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "languages")
