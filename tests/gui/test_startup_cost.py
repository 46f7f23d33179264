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
