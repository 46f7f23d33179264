"""The customer list: a lazy table of every customer, sortable, filtered by tag or the archive."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.services.customer_list import CustomerFilter, all_tags
from crm_desktop.ui.customer_model import ID_ROLE, CustomerTableModel
from crm_desktop.ui.i18n import tr


class CustomersPage(QWidget):
    open_customer = Signal(int)
    new_customer = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._database = context.database
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        heading = tr("Customers")  # outside the f-string: lupdate does not look inside one
        title = QLabel(f"<h2>{heading}</h2>", self)
        self.count_label = QLabel(self)
        self.new_button = QPushButton(tr("New customer…"), self)
        self.new_button.setToolTip("Ctrl+N")
        self.tag_filter = QComboBox(self)
        self.tag_filter.setToolTip(tr("Show only customers with this tag"))
        self.archive_box = QCheckBox(tr("Show the archive"), self)
        self.archive_box.setToolTip(
            tr("Archived customers are kept with their history but hidden from lists")
        )
        bar.addWidget(title)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.tag_filter)
        bar.addWidget(self.archive_box)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)

        self.model = CustomerTableModel(context, self)
        self.table = QTableView(self)
        self.table.setAccessibleName(tr("Customers"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # A fixed row height lets the view skip measuring rows it does not paint.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        layout.addWidget(self.table)
        self.empty_label = QLabel(
            tr("No customers yet. <b>New customer…</b> (Ctrl+N) adds the first one."), self
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label)

        self.new_button.clicked.connect(self.new_customer)
        self.table.activated.connect(self._activated)
        self.tag_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.archive_box.toggled.connect(lambda _on: self.apply_filter())
        # Order matters at 100,000 customers: restore the header (its sort order included) and enable
        # sorting before the one and only load of the ids, which waits until the list is first shown
        # (the window opens on Today: its first paint does not wait for 100,000 ids).
        self._restore_columns()
        self.table.setSortingEnabled(True)
        self.refresh_tags()
        self._loaded = False
        self.empty_label.hide()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.apply_filter()
        super().showEvent(event)

    def refresh_list(self) -> None:
        """After a change: reload the list if it has been loaded (else its first showing will)."""
        if self._loaded:
            self.apply_filter()

    def ensure_loaded(self) -> None:
        """Load the list now if it has never been shown (a customer to select, a count to read)."""
        if not self._loaded:
            self.apply_filter()

    def refresh_tags(self) -> None:
        current = self.tag_filter.currentText()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(tr("All tags"))  # the first entry: no tag chosen
        self.tag_filter.addItems(all_tags(self._database))
        index = self.tag_filter.findText(current)
        self.tag_filter.setCurrentIndex(max(index, 0))
        self.tag_filter.blockSignals(False)

    def apply_filter(self) -> None:
        self._loaded = True
        tag = self.tag_filter.currentText() if self.tag_filter.currentIndex() > 0 else ""
        self.model.reload(CustomerFilter(tag=tag or None, archived=self.archive_box.isChecked()))
        count = self.model.rowCount()
        self.count_label.setText(
            tr("%Ln archived customer(s)", None, count)
            if self.archive_box.isChecked()
            else tr("%Ln customer(s)", None, count)
        )
        nothing = count == 0 and not self.archive_box.isChecked() and self.tag_filter.currentIndex() <= 0
        self.empty_label.setVisible(nothing)
        self.table.setVisible(not nothing)

    def select_customer(self, customer_id: int) -> None:
        self.ensure_loaded()
        row = self.model.row_of(customer_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _activated(self, index: QModelIndex) -> None:
        self.open_customer.emit(int(self.model.data(index, ID_ROLE)))

    def _restore_columns(self) -> None:
        state = QSettings().value("customers/header")
        header = self.table.horizontalHeader()
        if state is None or not header.restoreState(state):
            for column, width in enumerate((220, 180, 150, 220, 140)):
                self.table.setColumnWidth(column, width)
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)

    def save_state(self) -> None:
        QSettings().setValue("customers/header", self.table.horizontalHeader().saveState())
