"""Starting the window: open the database safely first, then show the main window.

Errors a user can act on (a newer database, already open elsewhere, a full disk) are shown in a
message box before any window appears; the database is not touched in those cases.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

import crm_desktop
from crm_desktop.errors import UserFacingError
from crm_desktop.paths import AppPaths, package_resource
from crm_desktop.storage.startup import OpenedDatabase, open_database


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("crm_desktop")
    app.setOrganizationName("crm_desktop")
    app.setApplicationVersion(crm_desktop.__version__)
    app.setWindowIcon(QIcon(str(package_resource("resources") / "icons" / "crm_desktop.svg")))
    return app  # type: ignore[return-value]


def run_gui(paths: AppPaths) -> int:
    app = ensure_app()
    try:
        opened = open_database(paths)
    except UserFacingError as exc:
        QMessageBox.critical(None, "crm_desktop cannot open the database", str(exc))
        return exc.exit_code
    from crm_desktop.ui.main_window import MainWindow

    try:
        window = MainWindow(opened)
        window.show()
        for warning in opened.warnings:
            QMessageBox.warning(window, "crm_desktop", warning)
        return app.exec()
    finally:
        opened.close()


__all__ = ["OpenedDatabase", "ensure_app", "run_gui"]
