"""The customer list as a Qt table model: all ids up front (one quick query), row details loaded a page
at a time when the view paints them, so 100,000 customers open and scroll smoothly."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QT_TR_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from crm_desktop.app import AppContext
from crm_desktop.services.customer_list import (
    CustomerFilter,
    CustomerRow,
    SortKey,
    customer_ids,
    customer_rows,
)
from crm_desktop.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The titles in English, translated where shown (headerData).
COLUMNS: tuple[tuple[str, SortKey | None], ...] = (
    (cast(str, QT_TR_NOOP("Name")), SortKey.NAME),
    (cast(str, QT_TR_NOOP("Company")), SortKey.COMPANY),
    (cast(str, QT_TR_NOOP("Phone")), None),
    (cast(str, QT_TR_NOOP("Email")), SortKey.EMAIL),
    (cast(str, QT_TR_NOOP("Tags")), None),
    (cast(str, QT_TR_NOOP("Customer since")), SortKey.CREATED),
)


class CustomerTableModel(QAbstractTableModel):
    PAGE = 200
    CACHE_LIMIT = 5000

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self._database = context.database
        self._ids: list[int] = []
        self._rows: dict[int, CustomerRow] = {}
        self.filter = CustomerFilter()
        self.sort_key = SortKey.NAME
        self.descending = False
        self.pages_loaded = 0  # for tests and the benchmark: how much was fetched
        self.id_loads = 0  # how many times the id list was queried
        self._loaded = False

    # -- loading -------------------------------------------------------------------------------
    def reload(self, flt: CustomerFilter | None = None) -> None:
        self.beginResetModel()
        if flt is not None:
            self.filter = flt
        self._ids = customer_ids(self._database, self.filter, self.sort_key, self.descending)
        self.id_loads += 1
        self._loaded = True
        self._rows.clear()
        self.endResetModel()

    def set_ids(self, ids: list[int]) -> None:
        """Show ids computed elsewhere (e.g. on a worker thread)."""
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self.endResetModel()

    def customer_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, customer_id: int) -> int | None:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return None

    def _row(self, row: int) -> CustomerRow | None:
        customer_id = self._ids[row]
        cached = self._rows.get(customer_id)
        if cached is None:
            if len(self._rows) > self.CACHE_LIMIT:
                self._rows.clear()
            start = row - row % self.PAGE
            self._rows.update(customer_rows(self._database, self._ids[start : start + self.PAGE]))
            self.pages_loaded += 1
            cached = self._rows.get(customer_id)
        return cached

    # -- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        return tr(COLUMNS[section][0]) if horizontal and 0 <= section < len(COLUMNS) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:  # deleted meanwhile by another workstation
            return None
        column = index.column()
        if column == 0:
            return row.name
        if column == 1:
            return row.company or ""
        if column == 2:
            return row.phone or ""
        if column == 3:
            return row.email or ""
        if column == 4:
            return ", ".join(row.tags)
        if column == 5:
            return row.created_at.astimezone().strftime("%Y-%m-%d")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(COLUMNS)) or COLUMNS[column][1] is None:
            return
        key = COLUMNS[column][1]
        assert key is not None
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self._loaded:
            return  # the view re-announcing the current order (on set-up, on restoring the header)
        self.sort_key = key
        self.descending = descending
        if self._loaded:  # before the first load, just remember the order for it
            self.reload()
