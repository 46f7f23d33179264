"""The layering rule: only crm_desktop/ui imports PySide6, so everything else runs without a display."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "crm_desktop"


def _imported_modules(source: Path) -> set[str]:
    tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_only_the_ui_package_imports_qt() -> None:
    offenders = []
    for source in sorted(PACKAGE.rglob("*.py")):
        relative = source.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        qt = {
            m
            for m in _imported_modules(source)
            if m.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
        }
        if qt:
            offenders.append(f"{relative}: {sorted(qt)}")
    assert offenders == []


def test_the_rule_would_catch_an_offender(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from PySide6.QtWidgets import QWidget\n")
    assert "PySide6.QtWidgets" in _imported_modules(bad)


def test_domain_rules_use_neither_sqlalchemy_nor_qt() -> None:
    for source in (PACKAGE / "domain").rglob("*.py"):
        roots = {m.split(".")[0] for m in _imported_modules(source)}
        assert not roots & {"sqlalchemy", "PySide6"}, source


def test_the_reports_load_neither_sqlalchemy_nor_the_services() -> None:
    """The import-linter contract leaves out `if TYPE_CHECKING:` imports; this checks what really loads."""
    import subprocess
    import sys

    reports = ", ".join(
        f"crm_desktop.reports.{source.stem}"
        for source in sorted((PACKAGE / "reports").glob("*.py"))
        if source.stem != "__init__"
    )
    code = (
        f"import sys, {reports}; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'PySide6'}), "
        "sorted(m for m in sys.modules if m.startswith(('crm_desktop.services', 'crm_desktop.storage'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[] []"
