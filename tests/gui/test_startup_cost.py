"""Start-up does not pay for what the first screen does not show: report, import/export, phone, money
format and demo libraries load when first used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from crm_desktop.paths import AppPaths

HEAVY = (
    "reportlab",
    "phonenumbers",
    "email_validator",
    "babel",  # money formats: loaded with the first amount shown
    "crm_desktop.services.demo",
    "crm_desktop.sample",
    "alembic.autogenerate",
    "icalendar",  # the kept calendar and exports: loaded by a shop that keeps one, or when exporting
    "crm_desktop.services.exports",
)


def test_opening_the_window_loads_no_heavy_library(db_paths: AppPaths, tmp_path: Path) -> None:
    # db_paths is already at the newest revision, as on every start but the first after an update.
    code = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from crm_desktop.paths import resolve
from crm_desktop.storage.startup import open_database
from crm_desktop.ui.app import ensure_app
from crm_desktop.ui.main_window import MainWindow
app = ensure_app()
opened = open_database(resolve(db={str(db_paths.db_file)!r}), lock=False)
from crm_desktop.app import AppContext
window = MainWindow(AppContext(opened))
window.show()
app.processEvents()
print(",".join(name for name in {HEAVY!r} if name in sys.modules))
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_the_window_is_painted_before_the_database_libraries_load(db_paths: AppPaths) -> None:
    """The first paint is the starting window, where the main window will be, saying which shop it opens;
    SQLAlchemy and the models load after it (then the main window takes its place)."""
    code = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from crm_desktop.paths import resolve
from crm_desktop.ui import app as ui_app

seen = []
class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType() and not seen:
            window = watched.window()
            label = window.findChild(QObject, "startingLabel")
            seen.append((type(window).__name__, "sqlalchemy" in sys.modules, label.text() if label else ""))
        return False

def close_soon():
    names = sorted(type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible())
    seen.append(names)
    QApplication.quit()

app = ui_app.ensure_app()
watch = Watch()
app.installEventFilter(watch)
QTimer.singleShot(500, close_soon)
ui_app.run_gui(resolve(db={str(db_paths.db_file)!r}))
print(seen)
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    first, visible = eval(result.stdout.strip())
    assert first == ("StartingWindow", False, f"Opening {db_paths.db_file}…")
    assert "MainWindow" in visible and "StartingWindow" not in visible  # it gave way to the main window


def test_pyside_learns_which_modules_use_it_without_keeping_their_lines(tmp_path: Path) -> None:
    """PySide6 reads every module imported after it to see whether it mentions PySide6; the window's
    package asks that of the file's bytes, so no module's lines are kept in memory (6 MB for this app)
    and the answers stay PySide's: 0 for a module that uses it, -1 for one to leave alone."""
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    (tmp_path / "plain.py").write_text("ANSWER = 42\n", encoding="utf-8")
    code = f"""
import linecache, sys
sys.path.insert(0, {str(tmp_path)!r})
import crm_desktop.ui
import uses_qt, plain
feature = sys.modules["shibokensupport.feature"]
print(feature.pyside_feature_dict["uses_qt"], feature.pyside_feature_dict["plain"])
print(sum(1 for name in linecache.cache if name.endswith(("uses_qt.py", "plain.py"))))
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["0", "-1", "0"]
