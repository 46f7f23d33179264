"""Settings → Backups: the backups with their date, size and check; Back up now; a second folder; Restore.

Restore works on the open database: :func:`crm_desktop.services.backups.restore` checks a copy of the
backup, re-applies erasures to it, backs up the current database and then replaces the content in one
SQLite transaction. The window keeps running and every page refreshes from the published change; no
restart is needed. On PostgreSQL the dialog says that the server's own backups apply, and its actions
are disabled.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.domain import dates
from crm_desktop.domain.changes import Change, Changes
from crm_desktop.errors import UserFacingError
from crm_desktop.i18n import _
from crm_desktop.services import backups
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.operations import perform
from crm_desktop.ui.table_model import Index, ListModel
from crm_desktop.ui.tasks import run_in_background


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return tr("{size} KB").format(size=max(1, round(size / 1024)))
    return tr("{size} MB").format(size=f"{size / (1024 * 1024):.1f}")


class BackupsModel(ListModel):
    rows: tuple[backups.BackupInfo, ...]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (tr("Taken"), tr("Why"), tr("Size"), tr("Check"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            return dates.date_time(row.taken_at, weekday=True)
        if index.column() == 1:
            return row.reason_text
        if index.column() == 2:
            return size_text(row.size_bytes)
        return tr("OK") if row.ok else tr("Damaged: {problem}").format(problem=row.problem)


class BackupsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Backups"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        server = not context.paths.is_sqlite
        explain = QLabel(
            _(backups.SERVER_SENTENCE)  # marked where it is written (services.backups)
            if server
            else tr(
                "crm_desktop backs the database up every day it opens and before every upgrade, in "
                "{folder}. Each backup below is checked by SQLite."
            ).format(folder=context.paths.backup_dir),
            self,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.model = BackupsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("backupsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        second = QHBoxLayout()
        self.second_label = QLabel("", self)
        self.second_label.setWordWrap(True)
        second.addWidget(self.second_label, 1)
        self.choose_second = QPushButton(tr("Second folder…"), self)
        self.choose_second.setToolTip(
            tr("A USB stick or a network share that receives a copy of each backup")
        )
        self.choose_second.clicked.connect(lambda: self.set_second_folder())
        self.clear_second = QPushButton(tr("No second folder"), self)
        self.clear_second.clicked.connect(lambda: self.set_second_folder(clear=True))
        second.addWidget(self.choose_second)
        second.addWidget(self.clear_second)
        layout.addLayout(second)

        actions = QHBoxLayout()
        self.backup_button = QPushButton(tr("Back up now"), self)
        self.backup_button.clicked.connect(lambda: self.back_up_now())
        self.restore_button = QPushButton(tr("Restore the selected backup…"), self)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.restore_file_button = QPushButton(tr("Restore from a file…"), self)
        self.restore_file_button.clicked.connect(lambda: self.restore_file())
        for button in (self.backup_button, self.restore_button, self.restore_file_button):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        actions.addWidget(close)
        layout.addLayout(actions)
        if server:
            for button in (
                self.backup_button,
                self.restore_button,
                self.restore_file_button,
                self.choose_second,
                self.clear_second,
            ):
                button.setEnabled(False)
            self.second_label.setText("")
        else:
            self.refresh()

    # ------------------------------------------------------------------------------------- state
    def refresh(self, said: str = "") -> None:
        """Read the list again (checked off the GUI thread); ``said`` stays in front of the count."""
        checking = tr("Checking the backups…")
        self.status.setText(f"{said} {checking}".strip())
        folder = backups.second_folder(self.context.database)
        self.second_label.setText(
            tr("Second folder: {folder}").format(folder=folder)
            if folder
            else tr("Second folder: none (a USB stick or share is safer)")
        )
        paths = self.context.paths

        def shown(rows: tuple[backups.BackupInfo, ...]) -> None:
            self.model.set_rows(rows)
            self.table.resizeColumnsToContents()
            damaged = sum(1 for r in rows if not r.ok)
            if not rows:
                note = tr("No backups yet.")
            elif damaged:
                note = tr("%n backup(s), {damaged} damaged", None, len(rows)).format(damaged=damaged)
            else:
                note = tr("%n backup(s), all sound", None, len(rows))
            self.status.setText(f"{said} {note}".strip())

        def failed(error: BaseException) -> None:
            self.status.setText(str(error))

        run_in_background(lambda: backups.list_backups(paths), shown, failed)

    def selected(self) -> backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    # ----------------------------------------------------------------------------------- actions
    def back_up_now(self) -> None:
        context = self.context

        def done(made: backups.BackupMade) -> None:
            if made.second_copy is not None:
                text = tr("Backup written to {file}. A copy is in {folder}.").format(
                    file=made.path.name, folder=made.second_copy.parent
                )
            else:
                text = tr("Backup written to {file}.").format(file=made.path.name)
            self.refresh(text)
            if made.second_problem:
                QMessageBox.warning(self, tr("Backups"), made.second_problem)

        perform(
            self,
            context,
            lambda: backups.back_up_now(context.database, context.paths, context.clock.now()),
            Changes.of(),
            done=done,
            failed=self._failed,
        )

    def set_second_folder(self, *, clear: bool = False, folder: Path | None = None) -> None:
        if not clear and folder is None:
            chosen = QFileDialog.getExistingDirectory(self, tr("The second folder for backups"))
            if not chosen:
                return
            folder = Path(chosen)
        try:
            backups.set_second_folder(self.context.database, None if clear else folder)
        except UserFacingError as exc:
            self._failed(exc)
            return
        self.refresh()

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.status.setText(tr("Choose a backup in the list first."))
            return
        self.restore(chosen.path, dates.date_time(chosen.taken_at, weekday=True))

    def restore_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            tr("Restore from a backup file"),
            str(self.context.paths.backup_dir),
            tr("Backups (*.sqlite3)"),
        )
        if chosen:
            self.restore(Path(chosen), Path(chosen).name)

    def restore(self, source: Path, label: str, *, confirmed: bool = False) -> None:
        if not confirmed:
            answer = QMessageBox.question(
                self,
                tr("Restore a backup"),
                tr(
                    "Replace all the shop's data with the backup of {backup}?\n\n"
                    "Everything saved since then is replaced. The data as it is now is backed up first "
                    "(kept in the list as 'Before a restore'), and customers erased since are erased again."
                ).format(backup=label),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        context = self.context

        def done(result: backups.RestoreResult) -> None:
            text = tr(
                "Restored the backup of {backup}; the data as it was is kept as 'Before a restore'."
            ).format(backup=label)
            if result.erasures_reapplied:
                again = result.erasures_reapplied
                text += " " + tr("%n customer(s) erased since (was|were) erased again.", None, again)
            self.refresh(text)

        perform(
            self,
            context,
            lambda: backups.restore(context.paths, source, context.clock.now(), database=context.database),
            Changes.of(*Change),
            done=done,
            failed=self._failed,
        )

    def _failed(self, error: UserFacingError) -> None:
        self.status.setText(str(error))
        QMessageBox.warning(self, tr("Backups"), str(error))

    @classmethod
    def show_backups(cls, parent: QWidget, context: AppContext) -> None:
        cls(context, parent).exec()


__all__ = ["BackupsDialog", "BackupsModel", "size_text"]
