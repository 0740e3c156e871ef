"""The rules that keep the house's plan, read from the code's syntax trees (docs/architecture.md draws them).

Each rule is a function from a source tree to the sentences that break it, each naming the file, the line and the
rule. The tests run every rule on the real tree (nothing may break it) and on a small tree with one offending line
(the rule must notice it).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import kiosk
from kiosk.core.store import database

ROOT = Path(kiosk.__file__).parent  # the kiosk package
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")

# The wings of kiosk/core and the wings each may import (besides itself). Read top to bottom: a wing imports only
# wings listed above it.
WINGS = {
    "common": set(),
    "store": {"common"},
    "catalog": {"common", "store"},
    "access": {"common", "store"},
    "editing": {"common", "store", "access"},
    "floor": {"common", "store", "catalog"},
    "spreadsheets": {"common", "store", "editing", "floor"},
    "publishing": {"common", "store", "catalog", "floor"},
    "operations": {"common", "store", "access", "floor"},
    "analytics": {"common", "store", "catalog", "spreadsheets"},
    "demo": {"common", "store"},
    "fleet": {"common", "store"},
}

# Tables every change to which passes through the writer (kiosk/core/store/writer.py).
CONTENT_TABLES = {*database.CONTENT_TABLES, "city_focus_area", "session_theme", "entity_version", "audit"}
WRITER = "core/store/writer.py"
# Tables written elsewhere, each with its reason.
WRITE_EXCEPTIONS = {
    "core/store/index.py": "the search index is derived from content and rebuilt from it",
    "core/store/ordering.py": "the stored sort keys are derived from each row's own name, made when the writer "
                              "writes the row",
    "core/access/auth.py": "staff PINs and sign-in throttling are not content (a PIN never leaves its kiosk)",
    "core/analytics/events.py": "visitor counts live in a database file of their own (analytics.db)",
}
SQL_WORDS = re.compile(r"\b(SELECT|INSERT\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM|PRAGMA)\b")
WRITES = re.compile(r"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+([\w{}]+)")


# --- reading the tree ------------------------------------------------------------------------------------------

def modules(root: Path, under: str = "") -> list[Path]:
    return sorted((root / under).rglob("*.py"))


def tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(root: Path, path: Path, *, names: bool = False):
    """(line, imported module) for every import in the file, relative ones resolved; with `names`, `from a import b`
    also yields `a.b`, which is a module when b is one."""
    package = module_name(root, path)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    for node in ast.walk(tree(path)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[:len(package.split(".")) - node.level + 1] + ([base] if base else []))
            yield node.lineno, base
            for alias in node.names if names else ():
                yield node.lineno, f"{base}.{alias.name}"


def strings(path: Path):
    """(line, text) of every string in the file; an f-string's expressions read as {}."""
    for node in ast.walk(tree(path)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value
        elif isinstance(node, ast.JoinedStr):
            yield node.lineno, "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)


def where(root: Path, path: Path, line: int) -> str:
    return f"{path.relative_to(root.parent)}:{line}"


# --- the rules -------------------------------------------------------------------------------------------------

def rule_1_core_without_qt(root: Path) -> list[str]:
    return [f"{where(root, path, line)} imports {name}: kiosk/core runs without a display and never imports Qt "
            "(rule 1)"
            for path in modules(root, "core") for line, name in imports(root, path)
            if name.split(".")[0] in QT_MODULES]


def _wing(root: Path, name: str) -> str | None:
    parts = name.split(".")
    return parts[2] if len(parts) > 2 and parts[:2] == [root.name, "core"] and parts[2] in WINGS else None


def rule_2_wings_import_downwards(root: Path) -> list[str]:
    out = []
    for path in modules(root, "core"):
        own = _wing(root, module_name(root, path))
        if own is None:
            continue
        for line, name in imports(root, path):
            other = _wing(root, name)
            if other and other != own and other not in WINGS[own]:
                out.append(f"{where(root, path, line)} imports {name}: the {own} wing may import only "
                           f"{', '.join(sorted(WINGS[own])) or 'no other wing'} (rule 2, the table WINGS)")
    return out


def rule_3_core_stays_below_the_app(root: Path) -> list[str]:
    above = tuple(f"{root.name}.{m}" for m in ("config", "cli", "ui"))
    return [f"{where(root, path, line)} imports {name}: nothing under kiosk/core imports kiosk.config, kiosk.cli or "
            "kiosk.ui; hand the core what it needs (rule 3)"
            for path in modules(root, "core") for line, name in imports(root, path, names=True)
            if name in above or name.startswith(tuple(a + "." for a in above))]


def rule_4_no_import_circle(root: Path) -> list[str]:
    known = {module_name(root, path): path for path in modules(root)}
    graph: dict[str, dict[str, int]] = {}
    for name, path in known.items():
        edges = graph.setdefault(name, {})
        for line, target in imports(root, path, names=True):
            if target in known and target != name and not name.startswith(target + "."):
                edges.setdefault(target, line)
    out, state = [], {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = "open"
        stack.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == "open":
                loop = stack[stack.index(target):] + [target]
                out.append(f"{where(root, known[node], graph[node][target])} closes an import circle: "
                           f"{' -> '.join(loop)} (rule 4)")
            elif target not in state:
                visit(target, stack)
        stack.pop()
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [])
    return out


def rule_5_no_sql_above_the_core(root: Path) -> list[str]:
    return [f"{where(root, path, line)} holds SQL ({found[0]}…): the UI and the CLI call core functions and run no "
            "SQL of their own (rule 5)"
            for top in ("ui", "cli") for path in modules(root, top) for line, text in strings(path)
            for found in [SQL_WORDS.search(text)] if found]


def rule_6_writes_pass_the_writer(root: Path) -> list[str]:
    out = []
    for path in modules(root):
        relative = path.relative_to(root).as_posix()
        if relative == WRITER or relative in WRITE_EXCEPTIONS:
            continue
        for line, text in strings(path):
            for table in WRITES.findall(text):
                if table in CONTENT_TABLES or "{" in table:
                    out.append(f"{where(root, path, line)} writes {table}: every change to a content table goes "
                               "through kiosk/core/store/writer.py (rule 6)")
        for node in ast.walk(tree(path)):  # sqlite-utils' table methods: db["booth"].insert(...)
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("insert", "insert_all", "upsert", "upsert_all", "update", "delete",
                                           "delete_where")
                    and isinstance(node.func.value, ast.Subscript)
                    and isinstance(node.func.value.slice, ast.Constant)
                    and node.func.value.slice.value in CONTENT_TABLES):
                out.append(f"{where(root, path, node.lineno)} writes {node.func.value.slice.value} with sqlite-utils: "
                           "every change to a content table goes through kiosk/core/store/writer.py (rule 6)")
    return out


def rule_7_no_instance_globals_in_ui(root: Path) -> list[str]:
    out = []
    for path in modules(root, "ui"):
        for node in ast.walk(tree(path)):
            named = (node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name)
                     else node.target.id if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
                     else None)
            if named == "_instance":
                out.append(f"{where(root, path, node.lineno)} uses _instance: view models are built in ui/app.py "
                           "and handed what they need, never reached through a class attribute (rule 7)")
    return out


def _decorated_with(node: ast.AST, names: tuple[str, ...]) -> bool:
    for decorator in getattr(node, "decorator_list", []):
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(target, ast.Attribute) and target.attr == "setter":
            return False  # the getter is the one named
        name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", None)
        if name in names:
            return True
    return False


def qml_exposed(root: Path):
    """(path, line, class, member) for every @Property and @Slot of a @QmlElement or @QmlSingleton class."""
    for path in modules(root, "ui"):
        for node in ast.walk(tree(path)):
            if isinstance(node, ast.ClassDef) and _decorated_with(node, ("QmlElement", "QmlSingleton")):
                for member in node.body:
                    if isinstance(member, ast.FunctionDef) and _decorated_with(member, ("Property", "Slot")):
                        yield path, member.lineno, node.name, member.name
                    elif (isinstance(member, ast.Assign) and isinstance(member.value, ast.Call)
                          and getattr(member.value.func, "id", None) == "Property"):
                        for target in member.targets:
                            if isinstance(target, ast.Name):
                                yield path, member.lineno, node.name, target.id


def rule_8_qml_uses_what_it_is_given(root: Path) -> list[str]:
    qml = "\n".join(path.read_text(encoding="utf-8") for path in sorted(root.rglob("*.qml")))
    # A slot whose name starts with _ receives a worker thread's signal on the main thread; QML never calls it.
    return [f"{where(root, path, line)} {cls}.{member} is exposed to QML but no .qml file uses it: make it a plain "
            "method or remove it (rule 8)"
            for path, line, cls, member in qml_exposed(root)
            if not member.startswith("_") and not re.search(rf"\b{member}\b", qml)]


def once(found: list[str]) -> list[str]:
    """One sentence per file and line (a line may name a module twice, or a table in two strings)."""
    kept: dict[str, str] = {}
    for sentence in found:
        kept.setdefault(sentence.split(" ")[0], sentence)
    return list(kept.values())


RULES = [rule_1_core_without_qt, rule_2_wings_import_downwards, rule_3_core_stays_below_the_app,
         rule_4_no_import_circle, rule_5_no_sql_above_the_core, rule_6_writes_pass_the_writer,
         rule_7_no_instance_globals_in_ui, rule_8_qml_uses_what_it_is_given]


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.__name__)
def test_the_house_keeps_the_rule(rule):
    assert once(rule(ROOT)) == []


def test_the_rules_read_the_whole_house():
    assert len(modules(ROOT, "core")) >= 40 and set(WINGS) == {
        p.name for p in (ROOT / "core").iterdir() if (p / "__init__.py").exists()}
    assert len(list(qml_exposed(ROOT))) >= 50


# --- each rule notices its kind of line ---------------------------------------------------------------------------

def house(tmp_path: Path, files: dict[str, str]) -> Path:
    """A small kiosk package: one module per wing, a ui and a cli module, and the files given."""
    root = tmp_path / "kiosk"
    base = {"__init__.py": "", "config.py": "", "core/__init__.py": "", "ui/__init__.py": "", "cli/__init__.py": "",
            "ui/qml/Main.qml": "Item { property int shown: Catalog.count }\n",
            **{f"core/{wing}/__init__.py": "" for wing in WINGS}, "core/store/writer.py": "", **files}
    for name, text in base.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


OFFENCES = [
    (rule_1_core_without_qt, "core/catalog/qr.py", "def f():\n    from PySide6.QtGui import QImage\n",
     "kiosk/core/catalog/qr.py:2 imports PySide6.QtGui"),
    (rule_2_wings_import_downwards, "core/store/index.py", "from kiosk.core.catalog import search\n",
     "kiosk/core/store/index.py:1 imports kiosk.core.catalog"),
    (rule_3_core_stays_below_the_app, "core/common/assets.py", "\nfrom kiosk import config\n",
     "kiosk/core/common/assets.py:2 imports kiosk.config"),
    (rule_4_no_import_circle, "cli/main.py", "from kiosk.cli import family\n",
     "closes an import circle: kiosk.cli.family -> kiosk.cli.main -> kiosk.cli.family"),
    (rule_5_no_sql_above_the_core, "ui/staff.py", 'ROWS = "SELECT id FROM project WHERE city_id = ?"\n',
     "kiosk/ui/staff.py:1 holds SQL (SELECT"),
    (rule_6_writes_pass_the_writer, "core/editing/gallery.py",
     'def drop(db, i):\n    db.execute("DELETE FROM media WHERE id = ?", [i])\n',
     "kiosk/core/editing/gallery.py:2 writes media"),
    (rule_7_no_instance_globals_in_ui, "ui/idle.py", "class Idle:\n    _instance = None\n",
     "kiosk/ui/idle.py:2 uses _instance"),
    (rule_8_qml_uses_what_it_is_given, "ui/viewmodels.py",
     "@QmlElement\nclass Catalog:\n    @Property(int)\n    def count(self): ...\n\n    @Slot()\n    def forgotten(self): ...\n",
     "kiosk/ui/viewmodels.py:7 Catalog.forgotten is exposed to QML but no .qml file uses it"),
]


@pytest.mark.parametrize("rule, name, text, told", OFFENCES, ids=lambda v: v.__name__ if callable(v) else "")
def test_each_rule_notices_its_kind_of_line(tmp_path, rule, name, text, told):
    extra = {"cli/family.py": "from kiosk.cli import main\n"} if rule is rule_4_no_import_circle else {}
    assert rule(house(tmp_path, extra)) == [], "the small house keeps the rule before the line is added"
    found = once(rule(house(tmp_path, {**extra, name: text})))
    assert len(found) == 1 and told in found[0] and f"(rule {RULES.index(rule) + 1}" in found[0], found


def test_rule_6_notices_a_dynamic_table_and_sqlite_utils_writes(tmp_path):
    root = house(tmp_path, {"core/spreadsheets/imports.py":
                            'def w(db, table, row):\n    db.execute(f"UPDATE {table} SET a = 1")\n'
                            '    db["kiosk_point"].insert(row)\n'})
    assert [line.split(" ")[0] for line in rule_6_writes_pass_the_writer(root)] == [
        "kiosk/core/spreadsheets/imports.py:2", "kiosk/core/spreadsheets/imports.py:3"]
