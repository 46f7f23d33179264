"""Starting the window: paint it at once, open the database safely, then show the main window.

The first thing painted is the window's frame where it was last, saying which shop it is opening
(:class:`StartingWindow`); SQLAlchemy, the models and the pages load after that paint. Errors a user can
act on (a newer database, already open elsewhere, a full disk) are shown in a message box instead of the
main window; the database is not touched in those cases.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QThread, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QProgressDialog

import crm_desktop
from crm_desktop import i18n
from crm_desktop.errors import UserFacingError
from crm_desktop.paths import AppPaths, package_resource
from crm_desktop.ui import i18n as ui_i18n
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.tasks import finish_all
from crm_desktop.ui.theme import tone_style

if TYPE_CHECKING:
    from crm_desktop.app import AppContext


def start(paths: AppPaths, **options: Any) -> AppContext:
    """The app's start (:func:`crm_desktop.app.start`), imported when called: after the first paint."""
    from crm_desktop.app import start as open_shop

    return open_shop(paths, **options)


class StartingWindow(QMainWindow):
    """Painted at once while the shop opens: the main window's frame, where it was last, saying what it
    is opening. The main window takes its place."""

    def __init__(self, paths: AppPaths) -> None:
        super().__init__()
        self.setWindowTitle("crm_desktop")
        self.resize(1180, 760)
        geometry = QSettings().value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if paths.db_file is not None:
            label = QLabel(tr("Opening {path}…").format(path=paths.db_file), self)
        else:
            label = QLabel(tr("Opening the shop server…"), self)
        label.setObjectName("startingLabel")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet(f"{tone_style('muted')}; font-size:14px")
        self.setCentralWidget(label)


def ensure_app() -> QApplication:
    existing = QApplication.instance()
    # One QApplication per process (a test run may have made it already).
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("crm_desktop")
    app.setOrganizationName("crm_desktop")
    app.setApplicationVersion(crm_desktop.__version__)
    app.setWindowIcon(QIcon(str(package_resource("resources") / "icons" / "crm_desktop.svg")))
    from crm_desktop.ui import mnemonics

    mnemonics.install(app)  # Alt + a letter for every button, field and menu entry
    ui_i18n.install(app, i18n.current_language())  # chosen before the window (see crm_desktop.cli)
    return app


def _setup_logging(paths: AppPaths) -> None:
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            paths.log_dir / "crm.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return  # a log is a convenience; never stop the app for it
    log_format = "%(asctime)s %(levelname)s %(name)s: %(message)s"  # untranslated: a log line format
    handler.setFormatter(logging.Formatter(log_format))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)


def install_error_hook() -> None:
    """Errors escaping a Qt slot: a user-facing one becomes a message box, a bug is logged and reported."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        app = QApplication.instance()
        if app is None or QThread.currentThread() != app.thread():
            # From a worker thread, or while the application closes: a window cannot be shown from
            # there (Qt would crash the process), so the error is logged only.
            logging.getLogger("crm_desktop").error("".join(traceback.format_exception(kind, error, tb)))
            return
        if isinstance(error, UserFacingError):
            QMessageBox.warning(QApplication.activeWindow(), "crm_desktop", str(error))
            return
        logging.getLogger("crm_desktop").error("".join(traceback.format_exception(kind, error, tb)))
        QMessageBox.critical(
            QApplication.activeWindow(),
            tr("crm_desktop: unexpected error"),
            tr(
                "Something went wrong inside crm_desktop ({kind}: {error}). Nothing that was saved "
                "before is lost. The details are in the log file in the data folder."
            ).format(kind=kind.__name__, error=error),
        )

    sys.excepthook = hook


class WaitingNotice:
    """While another workstation upgrades the shop's server, a small window says so (with a busy bar)
    instead of a start that seems to hang; it closes when the start goes on."""

    def __init__(self) -> None:
        self.dialog: QProgressDialog | None = None

    def __call__(self, message: str) -> None:
        if self.dialog is None:
            self.dialog = QProgressDialog(message, "", 0, 0)
            self.dialog.setWindowTitle("crm_desktop")
            self.dialog.setCancelButton(None)  # no button: the wait ends by itself
            self.dialog.setMinimumDuration(0)
            self.dialog.show()
        QApplication.processEvents()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def run_gui(paths: AppPaths) -> int:
    app = ensure_app()
    starting = StartingWindow(paths)
    starting.show()
    app.processEvents()  # shown and painted now, before SQLAlchemy and the pages load
    _setup_logging(paths)
    install_error_hook()
    waiting = WaitingNotice()
    try:
        # The daily backup waits until the window is painted (below), then runs on a worker thread.
        context = start(paths, waiting=waiting, daily_backup=False)
    except UserFacingError as exc:
        starting.close()
        QMessageBox.critical(None, tr("crm_desktop cannot open the database"), str(exc))
        return exc.exit_code
    finally:
        waiting.close()
    from crm_desktop.ui.main_window import RESTART_PROPERTY, MainWindow

    try:
        window = MainWindow(context)
        window.show()
        starting.close()
        window.back_up_daily()
        QTimer.singleShot(0, ui_i18n.follow_shop_locale)  # numbers as the shop's country writes them
        for warning in context.warnings:
            QMessageBox.warning(window, "crm_desktop", warning)
        code = app.exec()
    finally:
        starting.close()
        # Work still running (the daily backup, a save) ends before the database closes.
        if not finish_all():
            still = "closing while work still runs on a worker thread"  # untranslated: a log line
            logging.getLogger("crm_desktop").warning(still)
        context.close()
    if app.property(RESTART_PROPERTY):
        restart()
    return code


def restart() -> None:
    """Start crm_desktop again in this process's place, as it was started, less a ``--language`` (the
    new choice must be read): Settings → Language's "Restart now"."""
    args, skip = [], False
    for arg in sys.argv[1:]:
        if skip or arg.startswith("--language="):
            skip = False
            continue
        if arg == "--language":
            skip = True
            continue
        args.append(arg)
    os.execv(sys.executable, [sys.executable, "-m", "crm_desktop", *args])


__all__ = ["StartingWindow", "ensure_app", "run_gui", "start"]
