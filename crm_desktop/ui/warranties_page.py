"""Warranties: look a unit up by serial or IMEI, see what is active, ending soon or just ended, open
the item's customer, and print its warranty certificate (off the GUI thread)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.services.warranties import WarrantyItem, active, ended_within, ending_within, find_by_serial
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.table_model import ColumnsModel
from crm_desktop.ui.theme import tone

Index = QModelIndex | QPersistentModelIndex


def list_choices() -> tuple[tuple[str, str], ...]:
    """The lists the page shows: (label, key)."""
    return ((tr("Ending within"), "ending"), (tr("Ended in the last"), "ended"), (tr("All active"), "active"))


class WarrantyModel(ColumnsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (
            tr("Warranty"),
            tr("Customer"),
            tr("Item"),
            tr("Serial / IMEI"),
            tr("Sale"),
            tr("Ends"),
        )
        self.items: tuple[WarrantyItem, ...] = ()

    def set_items(self, items: tuple[WarrantyItem, ...]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.items)):
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                item.state,
                item.customer_name,
                item.description,
                item.serial or "",
                f"{item.sale_number_text} · {item.sale_date.isoformat()}",
                item.warranty_end.isoformat() if item.warranty_end else "",
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0 and tone(item.tone):
            return QColor(tone(item.tone))
        return None


class WarrantiesPage(QWidget):
    open_item = Signal(int, int)  # customer id, sale item id

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.database = context.database
        heading = tr("Warranties")  # outside the f-string: lupdate does not look inside one
        title = QLabel(f"<h2 style='margin:0'>{heading}</h2>", self)  # untranslated: layout markup
        self.serial = QLineEdit(self)
        self.serial.setObjectName("warrantySerial")
        self.serial.setPlaceholderText(tr("Scan or type a serial / IMEI and press Enter"))
        self.which = QComboBox(self)
        for label, key in list_choices():
            self.which.addItem(label, key)
        self.days = QSpinBox(self)
        self.days.setAccessibleName(tr("Within how many days"))
        self.days.setRange(1, 3650)
        self.days.setValue(30)
        self.days.setSuffix(tr(" days"))
        self.status = QLabel(self)
        self.open_button = QPushButton(tr("Open customer"), self)
        self.print_button = QPushButton(tr("Print certificate…"), self)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.serial, 1)
        lists = QHBoxLayout()
        lists.addWidget(QLabel(tr("Show:"), self))
        lists.addWidget(self.which)
        lists.addWidget(self.days)
        lists.addWidget(self.status, 1)
        lists.addWidget(self.open_button)
        lists.addWidget(self.print_button)
        self.model = WarrantyModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(tr("Warranties"))
        self.table.setObjectName("warranties")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 170), (1, 190), (3, 170), (4, 170)):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(lists)
        layout.addWidget(self.table, 1)
        self.serial.returnPressed.connect(self.look_up)
        self.which.currentIndexChanged.connect(lambda _i: self.show_list())
        self.days.valueChanged.connect(lambda _v: self.show_list())
        self.table.activated.connect(lambda _i: self._open())
        self.open_button.clicked.connect(self._open)
        self.print_button.clicked.connect(self.print_certificate)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.show_list()

    def show_list(self) -> None:
        today = self.context.clock.today()
        key = self.which.currentData()
        self.days.setVisible(key != "active")
        if key == "ending":
            items = ending_within(self.database, today, self.days.value(), limit=500)
        elif key == "ended":
            items = ended_within(self.database, today, self.days.value(), limit=500)
        else:
            items = active(self.database, today, limit=500)
        self.model.set_items(items)
        self.status.setText(
            tr("%n item(s) — the first %n", None, len(items))
            if len(items) == 500
            else tr("%n item(s)", None, len(items))
        )
        self._update_buttons()

    def look_up(self) -> None:
        text = self.serial.text().strip()
        if not text:
            self.show_list()
            return
        items = find_by_serial(self.database, text, self.context.clock.today())
        self.model.set_items(items)
        self.status.setText(
            tr("%n sold item(s) with serial {serial}", None, len(items)).format(serial=text)
            if items
            else tr("No sold item has the serial “{serial}”.").format(serial=text)
        )
        if items:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> WarrantyItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.print_button.setEnabled(chosen)

    def _open(self) -> None:
        item = self.selected()
        if item is not None:
            self.open_item.emit(item.customer_id, item.sale_item_id)

    def print_certificate(self, target: str | None = None) -> None:
        """The print preview of the selected item's certificate; with ``target``, the PDF is saved there."""
        item = self.selected()
        if item is None:
            return
        from crm_desktop.ui.printing import DocumentKind, print_document

        def build() -> bytes:
            from crm_desktop.reports.warranty_certificate import (
                warranty_certificate_pdf,  # ReportLab on first use
            )
            from crm_desktop.services.warranties import certificate_data

            return warranty_certificate_pdf(certificate_data(self.database, item.sale_item_id))

        print_document(
            self,
            kind=DocumentKind.CERTIFICATE,
            title=tr("Warranty certificate, {number}").format(number=item.sale_number_text),
            suggested_name=f"warranty-{item.sale_number_text}-{item.sale_item_id}.pdf",
            build=build,
            button=self.print_button,
            status=self.status,
            save_to=target,
        )
