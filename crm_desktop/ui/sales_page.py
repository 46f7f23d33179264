"""The Sales page: every sale, newest first, as a lazy table (ids up front, rows fetched when painted, like
the customer list), with filters, a search by sale number, product or serial, the totals of what is shown
and an export of it to CSV. Double-click or Enter opens the sale's window."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import (
    QT_TR_NOOP,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.domain.changes import Change
from crm_desktop.domain.money import ShopMoney
from crm_desktop.errors import UserFacingError
from crm_desktop.services.sales_list import (
    SaleRow,
    SalesFilter,
    SalesTotals,
    sale_count,
    sale_ids,
    sale_rows,
    sales_totals,
)
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.operations import Watch
from crm_desktop.ui.tasks import run_in_background
from crm_desktop.ui.theme import tone_color, tone_style

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = cast(  # English, marked for translation; translated in headerData
    tuple[str, ...],
    (
        QT_TR_NOOP("Number"),
        QT_TR_NOOP("Date"),
        QT_TR_NOOP("Customer"),
        QT_TR_NOOP("Seller"),
        QT_TR_NOOP("Items"),
        QT_TR_NOOP("Total"),
        QT_TR_NOOP("Status"),
    ),
)
TOTAL_COLUMN = 5
NO_DATE = QDate(2000, 1, 1)  # a date field at its minimum shows "any": no limit on that side


class SalesTableModel(QAbstractTableModel):
    """Every sale a filter keeps, newest first. At 300,000 sales even reading the ids takes longer than a
    first paint should, so :meth:`reload` asks for the count and the first screenful of ids only, and
    the rest of the ids follow from a worker thread a moment later (rows past them show "…" meanwhile).
    Row details are fetched a page at a time when the view paints them, as in the customer list."""

    PAGE = 200
    FIRST = 400  # ids read before the first paint: more than any screen shows
    CACHE_LIMIT = 5000

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._database = context.database
        self._ids: list[int] = []
        self._count = 0
        self._rows: dict[int, SaleRow] = {}
        self._generation = 0  # the newest reload: ids coming back for an older one are dropped
        self.filter = SalesFilter()
        self.money = ShopMoney()
        self.pages_loaded = 0  # for tests and the benchmark: how much was fetched

    def reload(self, flt: SalesFilter | None = None) -> None:
        self.beginResetModel()
        if flt is not None:
            self.filter = flt
        self._generation += 1
        self._ids = sale_ids(self._database, self.filter, limit=self.FIRST)
        self._count = len(self._ids)
        if self._count == self.FIRST:
            self._count = max(self._count, sale_count(self._database, self.filter))
        self._rows.clear()
        self.endResetModel()
        if self._count > len(self._ids):
            # After the first paint: the worker's Python would otherwise compete with it for the GIL.
            generation, flt = self._generation, self.filter
            QTimer.singleShot(0, self, lambda: self._load_all(generation, flt))

    def _load_all(self, generation: int, flt: SalesFilter) -> None:
        database = self._database

        def arrived(ids: list[int]) -> None:
            if generation != self._generation:
                return
            if len(ids) != self._count:  # a sale recorded or voided meanwhile: start afresh
                self.beginResetModel()
                self._ids, self._count = ids, len(ids)
                self._rows.clear()
                self.endResetModel()
                return
            first = len(self._ids)
            self._ids = ids
            if first < len(ids):
                self.dataChanged.emit(self.index(first, 0), self.index(len(ids) - 1, len(COLUMNS) - 1))

        run_in_background(lambda: sale_ids(database, flt), arrived)

    @property
    def complete(self) -> bool:
        """All the ids are here (not only the first screenful)."""
        return len(self._ids) == self._count

    def sale_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, sale_id: int) -> int | None:
        try:
            return self._ids.index(sale_id)
        except ValueError:
            return None

    def row(self, row: int) -> SaleRow | None:
        if row >= len(self._ids):  # its id is still on its way
            return None
        sale_id = self._ids[row]
        cached = self._rows.get(sale_id)
        if cached is None:
            if len(self._rows) > self.CACHE_LIMIT:
                self._rows.clear()
            start = row - row % self.PAGE
            self._rows.update(sale_rows(self._database, self._ids[start : start + self.PAGE]))
            self.pages_loaded += 1
            cached = self._rows.get(sale_id)
        return cached

    # -- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section])
        if horizontal and role == Qt.ItemDataRole.TextAlignmentRole and section == TOTAL_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._count):
            return None
        if role == ID_ROLE:
            return self.sale_id(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == TOTAL_COLUMN:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
        ):
            return None
        if index.row() >= len(self._ids):
            return "…" if role == Qt.ItemDataRole.DisplayRole and column == 0 else None
        row = self.row(index.row())
        if row is None:  # deleted meanwhile by another workstation
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return tone_color("void") if row.void else None
        if role == Qt.ItemDataRole.FontRole:
            if row.void and column != 6:
                font = QFont()
                font.setStrikeOut(True)
                return font
            return None
        if column == 0:
            return row.number_text
        if column == 1:
            return row.sale_date.isoformat()
        if column == 2:
            return row.customer_name
        if column == 3:
            return row.seller_name or ""
        if column == 4:
            return row.items_text
        if column == TOTAL_COLUMN:
            return self.money.format(row.total_minor)
        if column == 6:
            return tr("VOID", "a sale cancelled") if row.void else ""
        return None


def _date_field(parent: QWidget, tip: str) -> QDateEdit:
    field = QDateEdit(parent)
    field.setCalendarPopup(True)
    field.setDisplayFormat("yyyy-MM-dd")  # untranslated: typed dates are ISO, unambiguous
    field.setMinimumDate(NO_DATE)
    field.setSpecialValueText(tr("any", "no limit on a date of a period"))
    field.setDate(NO_DATE)
    field.setToolTip(tip)
    return field


def _day(field: QDateEdit) -> date | None:
    value = field.date()
    if value == NO_DATE:
        return None
    return date(value.year(), value.month(), value.day())


class SalesPage(QWidget):
    open_customer = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._database = context.database
        self.totals: SalesTotals | None = None
        self._totals_asked = 0  # the newest totals asked for: older answers are dropped
        self._totals_shown = 0

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        heading = tr("Sales")
        bar.addWidget(QLabel(f"<h2>{heading}</h2>", self))  # untranslated: heading markup
        self.explanation = QLabel(
            tr(
                "Every sale, newest first. To record one, open the customer (Ctrl+K) and choose "
                "<b>New sale…</b> (Ctrl+Shift+S). Double-click a sale (or press Enter) to open it."
            ),
            self,
        )
        self.explanation.setStyleSheet(tone_style("muted"))
        self.explanation.setWordWrap(True)
        bar.addWidget(self.explanation, 1)
        self.open_button = QPushButton(tr("Open…"), self)
        self.open_button.setToolTip(tr("Open the selected sale (or double-click it, or press Enter)"))
        self.export_button = QPushButton(tr("Export to CSV…"), self)
        self.export_button.setToolTip(tr("The sales shown, with the filters as they are, to a spreadsheet"))
        bar.addWidget(self.open_button)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)

        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("salesSearch")
        self.search.setPlaceholderText(tr("Sale number (S-0042, 42), product or serial"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(310)
        self.start = _date_field(self, tr("The first day of the period (“any”: from the first sale)"))
        self.end = _date_field(self, tr("The last day of the period (“any”: up to today)"))
        self.seller = QComboBox(self)
        self.seller.setToolTip(tr("Only the sales of this seller"))
        self.category = QComboBox(self)
        self.category.setToolTip(tr("Only sales with an item of this product category"))
        self.product = QComboBox(self)
        self.product.setToolTip(tr("Only sales with an item of this product"))
        self.product.setMaximumWidth(260)
        self.void_box = QCheckBox(tr("Show void"), self)
        self.void_box.setToolTip(tr("Also list voided sales (greyed out; never counted in the total)"))
        self.clear_button = QPushButton(tr("Clear filters"), self)
        filters.addWidget(self.search, 2)
        filters.addWidget(QLabel(tr("From", "the start of a period of dates"), self))
        filters.addWidget(self.start)
        filters.addWidget(QLabel(tr("to", "the end of a period of dates"), self))
        filters.addWidget(self.end)
        for widget in (self.seller, self.category, self.product, self.void_box, self.clear_button):
            filters.addWidget(widget)
        layout.addLayout(filters)

        self.model = SalesTableModel(context, self)
        self.table = QTableView(self)
        self.table.setAccessibleName(tr("Sales"))
        self.table.setObjectName("salesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # A fixed row height lets the view skip measuring rows it does not paint (as the customer list).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate((80, 96, 200, 150, 300, 110, 60)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

        bottom = QHBoxLayout()
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("salesTotals")
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel(self)
        self.status.setStyleSheet(tone_style("muted"))
        bottom.addWidget(self.totals_label)
        bottom.addStretch(1)
        bottom.addWidget(self.status)
        layout.addLayout(bottom)

        # Typing waits for a pause before it searches: 300,000 sales are not searched at every key.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        for field in (self.start, self.end):
            field.dateChanged.connect(lambda _d: self.apply_filter())
        for combo in (self.seller, self.category, self.product):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.void_box.toggled.connect(lambda _on: self.apply_filter())
        self.clear_button.clicked.connect(self.clear_filters)
        self.table.activated.connect(lambda index: self.open_sale(self.model.sale_id(index.row())))
        self.open_button.clicked.connect(lambda: self.open_sale())
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.refresh_choices()
        self.apply_filter()
        self.watch = Watch(self, context, (Change.SALE, Change.CUSTOMER, Change.STAFF), self.refresh)

    # -- filters ---------------------------------------------------------------------------------
    def refresh_choices(self) -> None:
        """The sellers (retired ones too: they sold things), categories and products to filter by."""
        from crm_desktop.services.catalogue import list_categories, list_products
        from crm_desktop.services.settings import shop_money
        from crm_desktop.services.staff import list_staff

        self.model.money = shop_money(self._database)
        choices = (
            (
                self.seller,
                tr("All sellers"),
                [(m.name, m.id) for m in list_staff(self._database, include_inactive=True)],
            ),
            (self.category, tr("All categories"), [(c.name, c.id) for c in list_categories(self._database)]),
            (
                self.product,
                tr("All products"),
                [(p.name, p.id) for p in list_products(self._database, include_retired=True)],
            ),
        )
        for combo, everything, items in choices:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, value in items:
                combo.addItem(text, value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def current_filter(self) -> SalesFilter:
        return SalesFilter(
            start=_day(self.start),
            end=_day(self.end),
            staff_id=self.seller.currentData(),
            category_id=self.category.currentData(),
            product_id=self.product.currentData(),
            include_void=self.void_box.isChecked(),
            text=self.search.text().strip(),
        )

    def clear_filters(self) -> None:
        widgets = (self.search, self.start, self.end, self.seller, self.category, self.product, self.void_box)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        self.start.setDate(NO_DATE)
        self.end.setDate(NO_DATE)
        for combo in (self.seller, self.category, self.product):
            combo.setCurrentIndex(0)
        self.void_box.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        if flt.start is not None and flt.end is not None and flt.end < flt.start:
            self.status.setText(tr("The period ends before it starts: nothing to show."))
        else:
            self.status.clear()
        selected = self.selected_sale()
        self.model.reload(flt)
        count = self.model.rowCount()
        filtered = flt != SalesFilter()
        if count == 0:
            self.empty_label.setText(
                tr("No sale matches these filters.")
                if filtered
                else tr("No sales yet. {explanation}").format(explanation=self.explanation.text())
            )
        self.empty_label.setVisible(count == 0)
        self.table.setVisible(count > 0)
        if selected is not None:
            self.select_sale(selected)
        self._update_buttons()
        self._ask_totals(flt)

    def refresh(self) -> None:
        """A sale was recorded, changed or voided (here or at another page): the list follows."""
        self.refresh_choices()
        self.apply_filter()

    # -- totals ----------------------------------------------------------------------------------
    def _ask_totals(self, flt: SalesFilter) -> None:
        """The count and sum of what is shown, off the GUI thread: the list is usable meanwhile."""
        self._totals_asked += 1
        asked = self._totals_asked
        self.totals_label.setText(tr("%Ln sale(s) shown · adding up…", None, self.model.rowCount()))
        database = self._database

        def show(totals: SalesTotals) -> None:
            if asked == self._totals_asked:
                self.show_totals(totals)

        # After the first paint, as the model's ids (see SalesTableModel.reload).
        QTimer.singleShot(0, self, lambda: run_in_background(lambda: sales_totals(database, flt), show))

    @property
    def settled(self) -> bool:
        """Every id of the list and the totals of what it shows are here (tests wait for this)."""
        return self.model.complete and self._totals_shown == self._totals_asked

    def show_totals(self, totals: SalesTotals) -> None:
        self._totals_shown = self._totals_asked
        self.totals = totals
        total = self.model.money.format(totals.total_minor)
        if totals.void_count:
            text = tr(
                "<b>%Ln</b> sale(s) shown ({void}, not in the total) · total <b>{total}</b>",
                None,
                totals.count,
            ).format(void=tr("%Ln void", "sales cancelled", totals.void_count), total=total)
        else:
            text = tr("<b>%Ln</b> sale(s) shown · total <b>{total}</b>", None, totals.count).format(
                total=total
            )
        self.totals_label.setText(text)

    # -- selection and opening -------------------------------------------------------------------
    def selected_sale(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.sale_id(rows[0].row()) if rows else None

    def select_sale(self, sale_id: int) -> None:
        row = self.model.row_of(sale_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_sale() is not None)
        self.export_button.setEnabled(self.model.rowCount() > 0)

    def open_sale(self, sale_id: int | None = None) -> None:
        from crm_desktop.ui.sale_window import SaleWindow

        if sale_id is None:
            sale_id = self.selected_sale()
        if sale_id is None:
            return
        SaleWindow.show_sale(self, self._context, sale_id, open_customer=self.open_customer.emit)

    # -- export ----------------------------------------------------------------------------------
    def export_csv(self, target: str | None = None) -> Path | None:
        """What is shown (every row, not only those on screen) to a CSV file, written off the GUI thread."""
        from crm_desktop.services.sales_list import list_sales, sales_csv

        flt = self.model.filter
        if not target:
            target, _ = QFileDialog.getSaveFileName(
                self,
                tr("Export the sales"),
                f"sales-{self._context.clock.today().isoformat()}.csv",
                tr("CSV (*.csv)"),
            )
        if not target:
            return None
        path = Path(target)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        database, money = self._database, self.model.money
        self.export_button.setEnabled(False)
        self.status.setText(tr("Writing {file}…").format(file=path.name))

        def work() -> int:
            listing = list_sales(database, flt)
            partial = path.with_name(f".{path.name}.partial")
            try:
                partial.write_text(sales_csv(listing.rows, money), encoding="utf-8-sig")
                partial.replace(path)
            except OSError as exc:
                partial.unlink(missing_ok=True)
                raise UserFacingError(
                    tr("Could not write {path}: {problem}.").format(path=path, problem=exc.strerror or exc)
                ) from None
            return len(listing.rows)

        def done(count: int) -> None:
            self._update_buttons()
            self.status.setText(tr("Saved %Ln sale(s) to {path}", None, count).format(path=path))

        def failed(error: BaseException) -> None:
            self._update_buttons()
            self.status.clear()
            if not isinstance(error, UserFacingError):
                sys.excepthook(type(error), error, error.__traceback__)
                return
            QMessageBox.warning(self, tr("Export"), str(error))

        run_in_background(work, done, failed)
        return path
