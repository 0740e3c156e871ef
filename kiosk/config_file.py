"""kiosk.toml written one setting at a time: the line of that key is replaced, every other line (comments too) kept."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

from kiosk.core.common import files
from kiosk.core.common.errors import KioskError


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a valid TOML basic string


def set_value(path: Path, key: str, value) -> None:
    """Set `key = value` in the TOML file at `path` (created when missing); `value` None removes the key."""
    if not re.fullmatch(r"[a-z_]+", key):
        raise KioskError(f"{key!r} is not a setting name.")
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    pattern = re.compile(rf"\s*{key}\s*=")
    new_line = None if value is None else f"{key} = {_toml_value(value)}"
    out, done = [], False
    for line in lines:
        if pattern.match(line) and not done:
            done = True
            if new_line is not None:
                out.append(new_line)
            continue
        if pattern.match(line):
            continue  # a repeated key is invalid TOML: keep only the first
        out.append(line)
    if not done and new_line is not None:
        out.append(new_line)
    text = "\n".join(out) + ("\n" if out else "")
    tomllib.loads(text)  # never write a file the kiosk could not read
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KioskError(f"Could not create {path.parent} ({exc.strerror}).") from None
    files.write(path, text.encode("utf-8"))
