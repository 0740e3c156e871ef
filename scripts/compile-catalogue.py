#!/usr/bin/env python3
"""Compile a Qt Linguist catalogue (.ts) to the .qm the kiosk loads: `compile-catalogue.py kiosk_km.ts kiosk_km.qm`.

Khmer and Lao are written without spaces between words, and Qt finds no line break in them: every translation is
compiled with a ZERO WIDTH SPACE at each of ICU's word breaks inside such a run (kiosk.ui.common.linebreak, which
leaves text in any other script as it is), as the content on screen gets them. The .ts keeps the text as written. (A translator overriding translate() in Python would be called from
the QML type loader's thread and can deadlock on the interpreter's lock.)
"""

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk.ui.common import linebreak  # noqa: E402


def main(source: str, target: str) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    tree = ET.parse(source)
    for translation in tree.iter("translation"):
        for form in translation.findall("numerusform") or [translation]:
            if form.text:
                form.text = linebreak.wrappable(form.text)
    with tempfile.TemporaryDirectory() as folder:
        wrapped = Path(folder) / Path(source).name
        tree.write(wrapped, encoding="utf-8", xml_declaration=True)
        subprocess.run([str(lrelease), "-silent", str(wrapped), "-qm", target], check=True)


if __name__ == "__main__":
    main(*sys.argv[1:3])
