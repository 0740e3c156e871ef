"""House rules that code review alone would miss."""

import ast
from pathlib import Path

import kiosk.core

CORE = Path(kiosk.core.__file__).parent
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def imported_modules(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_core_never_imports_qt():
    modules = sorted(CORE.rglob("*.py"))
    assert len(modules) >= 8, "the walk must see the core modules"
    offenders = [
        f"{path.relative_to(CORE)} imports {name}"
        for path in modules
        for name in imported_modules(path)
        if name.split(".")[0] in QT_MODULES
    ]
    assert offenders == []


def test_the_ast_walk_would_catch_a_qt_import(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text("def f():\n    from PySide6.QtCore import QObject\n")
    assert "PySide6.QtCore" in list(imported_modules(sample))
