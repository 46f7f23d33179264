"""Merge a duplicate into the customer on screen: find the duplicate, confirm, move all its history."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.domain.changes import AFTER_SALES, Change, Changes
from crm_desktop.errors import UserFacingError
from crm_desktop.services.customers import get_customer, merge_customers
from crm_desktop.services.search import search
from crm_desktop.ui.i18n import tr


class MergeDialog(QDialog):
    def __init__(self, context: AppContext, keep_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.database = context.database
        self.keep = get_customer(context.database, keep_id)
        self.setWindowTitle(tr("Merge a duplicate"))
        self.setMinimumWidth(560)
        intro = QLabel(
            tr(
                "Find the duplicate of <b>{customer}</b>. All its sales, service jobs, promises, follow-ups "
                "and contacts move here; the duplicate is archived with a note saying where it went."
            ).format(customer=escape(self.keep.name)),
            self,
        )
        intro.setWordWrap(True)
        self.query = QLineEdit(self)
        self.query.setObjectName("mergeSearch")
        self.query.setPlaceholderText(tr("name, phone or email of the duplicate"))
        self.candidates = QListWidget(self)
        self.candidates.setObjectName("mergeCandidates")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.addButton(
            tr("Merge into this customer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.query)
        layout.addWidget(self.candidates)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.find_matches)
        self.query.textEdited.connect(lambda _t: self._timer.start())
        self.candidates.currentItemChanged.connect(
            lambda item, _p: self.merge_button.setEnabled(item is not None)
        )
        self.merged = False

    def find_matches(self) -> None:
        self.candidates.clear()
        seen: set[int] = set()
        for hit in search(self.database, self.query.text(), limit=40):
            if hit.customer_id == self.keep.id or hit.customer_id in seen:
                continue
            seen.add(hit.customer_id)
            item = QListWidgetItem(f"{hit.label}  —  {hit.why}", self.candidates)
            item.setData(Qt.ItemDataRole.UserRole, hit.customer_id)

    def chosen_id(self) -> int | None:
        item = self.candidates.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def confirm(self) -> None:
        merge_id = self.chosen_id()
        if merge_id is None:
            return
        other = get_customer(self.database, merge_id)
        answer = QMessageBox.question(
            self,
            tr("Merge customers"),
            tr(
                "Move everything of “{duplicate}” (#{duplicate_id}) into “{customer}” (#{customer_id}) "
                "and archive the duplicate? This cannot be undone in one click."
            ).format(
                duplicate=other.name, duplicate_id=other.id, customer=self.keep.name, customer_id=self.keep.id
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from crm_desktop.ui.operations import perform
        from crm_desktop.ui.people import ensure_person

        try:
            me = ensure_person(self, self.context)
        except UserFacingError as exc:
            self._failed(exc)
            return
        database, keep_id = self.database, self.keep.id
        perform(
            self,
            self.context,
            lambda: merge_customers(database, keep_id, merge_id, staff_id=me),
            # Both customers' histories change: everything of the duplicate moves to the one kept.
            Changes.of(Change.CUSTOMER, Change.SALE, *AFTER_SALES, customers=(keep_id, merge_id)),
            done=self._merged,
            failed=self._failed,
        )

    def _merged(self, _result: object) -> None:
        self.merged = True
        self.accept()

    def _failed(self, error: UserFacingError) -> None:
        QMessageBox.warning(self, tr("Merge customers"), str(error))

    @classmethod
    def ask_and_merge(cls, parent: QWidget | None, context: AppContext, keep_id: int) -> bool:
        dialog = cls(context, keep_id, parent)
        dialog.exec()
        return dialog.merged
