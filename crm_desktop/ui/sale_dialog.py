"""Record a sale at the counter: lines from the catalogue or typed, serial/IMEI where the product needs
one, the total in the shop's currency. Saving schedules the sale's follow-ups from the products' plans."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TypeVar, cast

from PySide6.QtCore import QT_TR_NOOP, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.domain.changes import Change, Changes
from crm_desktop.domain.validation import FieldErrors
from crm_desktop.domain.warranty import warranty_end
from crm_desktop.errors import UserFacingError, ValidationError
from crm_desktop.services.catalogue import ProductDetails, list_products
from crm_desktop.services.customers import get_customer
from crm_desktop.services.sales import SaleDetails, SaleInput, SaleLineInput, record_sale
from crm_desktop.services.settings import shop_money
from crm_desktop.services.staff import list_staff
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.theme import tone_style
from crm_desktop.ui.widgets import GuardedDialog, error_label, save_cancel


def columns() -> tuple[str, ...]:
    """The titles of the lines' columns, in the window's language."""
    return (
        tr("Product"), tr("Description"), tr("Serial / IMEI"), tr("Qty"), tr("Unit price"),
        tr("Warranty ends"), tr("Why different"),
    )  # fmt: skip


W = TypeVar("W", bound=QWidget)


class SaleDialog(GuardedDialog):
    discard_what = cast(str, QT_TR_NOOP("sale"))  # English, translated by confirm_discard

    def __init__(self, context: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.database = context.database
        self.customer_id = customer_id
        self.saved: SaleDetails | None = None
        self.money = shop_money(context.database)
        self.products: tuple[ProductDetails, ...] = list_products(context.database)
        customer = get_customer(context.database, customer_id)
        self.setWindowTitle(tr("New sale — {customer}").format(customer=customer.name))
        self.setMinimumWidth(1020)

        self.sale_date = QDateEdit(QDate(*context.clock.today().timetuple()[:3]), self)
        self.sale_date.setCalendarPopup(True)
        self.sale_date.setDisplayFormat("yyyy-MM-dd")  # untranslated: a date format (ISO)
        self.seller = QComboBox(self)
        self.seller.addItem("—", None)
        for member in list_staff(context.database):
            self.seller.addItem(f"{member.name} ({member.initials})", member.id)
        me = self.seller.findData(context.person_id) if context.person_id is not None else -1
        if me >= 0:
            self.seller.setCurrentIndex(me)  # the person at the keyboard sold it, unless told otherwise
        self.notes = QLineEdit(self)
        form = QFormLayout()
        form.addRow(tr("Customer"), QLabel(customer.name, self))
        form.addRow(tr("Date"), self.sale_date)
        form.addRow(tr("Sold by"), self.seller)
        form.addRow(tr("Notes"), self.notes)

        titles = columns()
        self.lines = QTableWidget(0, len(titles), self)
        self.lines.setAccessibleName(tr("Lines of the sale"))
        self.lines.setObjectName("saleLines")
        self.lines.setHorizontalHeaderLabels(titles)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((220, 180, 150, 56, 90, 110)):
            self.lines.setColumnWidth(column, width)
        add = QPushButton(tr("Add line"), self)
        remove = QPushButton(tr("Remove line"), self)
        add.clicked.connect(self.add_line)
        remove.clicked.connect(self.remove_line)
        self.total = QLabel(self)
        self.total.setObjectName("saleTotal")
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(self.total)
        self.error = error_label(self)
        hint = QLabel(
            tr(
                "Saving schedules the after-sales follow-ups of each product's plan (thank-you call, "
                "satisfaction check, warranty-ending call, service reminders)."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(tone_style("muted"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.lines)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self, self.save, self.reject))
        self.add_line()

    # -- lines -----------------------------------------------------------------------------------
    def add_line(self) -> None:
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        product = QComboBox(self.lines)
        product.addItem(tr("(typed line, not in the catalogue)"), None)
        for p in self.products:
            product.addItem(f"{p.name} ({p.sku})", p.id)
        quantity = QSpinBox(self.lines)
        quantity.setRange(1, 9999)
        description, serial = QLineEdit(self.lines), QLineEdit(self.lines)
        price = QLineEdit(self.money.amount(0), self.lines)
        price.setToolTip(
            tr("The unit price in {currency}, e.g. {example}").format(
                currency=self.money.currency, example=self.money.example
            )
        )
        warranty = QLineEdit(self.lines)
        warranty.setPlaceholderText(tr("none", "no warranty end date"))
        warranty.setToolTip(
            tr("Proposed from the product; change it only with a reason (kept in the audit trail)")
        )
        reason = QLineEdit(self.lines)
        reason.setPlaceholderText(tr("only if the date was changed"))
        for column, field in enumerate((product, description, serial, quantity, price, warranty, reason)):
            self.lines.setCellWidget(row, column, field)
        self._name_cells()
        product.currentIndexChanged.connect(lambda _i, r=row: self._product_chosen(r))
        quantity.valueChanged.connect(lambda _v: self._update_total())
        self._widget(row, 4, QLineEdit).textChanged.connect(lambda _t: self._update_total())
        self._update_total()

    def remove_line(self) -> None:
        rows = sorted({index.row() for index in self.lines.selectedIndexes()}, reverse=True)
        for row in rows or [self.lines.rowCount() - 1]:
            if row >= 0:
                self.lines.removeRow(row)
        self._name_cells()
        self._update_total()

    def _name_cells(self) -> None:
        """Each cell's field named for screen readers by its column and line (a cell has no label)."""
        titles = columns()
        for row in range(self.lines.rowCount()):
            for column, title in enumerate(titles):
                field = self.lines.cellWidget(row, column)
                if field is not None:
                    field.setAccessibleName(tr("{column}, line {line}").format(column=title, line=row + 1))

    def _widget(self, row: int, column: int, kind: type[W]) -> W:
        widget = self.lines.cellWidget(row, column)
        assert isinstance(widget, kind)
        return widget

    def _product(self, product_id: int | None) -> ProductDetails | None:
        return next((p for p in self.products if p.id == product_id), None)

    def _product_chosen(self, row: int) -> None:
        combo = self._widget(row, 0, QComboBox)
        product = self._product(combo.currentData())
        price = self._widget(row, 4, QLineEdit)
        serial = self._widget(row, 2, QLineEdit)
        warranty = self._widget(row, 5, QLineEdit)
        if product is None:
            warranty.setText("")
            serial.setPlaceholderText("")
            return
        price.setText(self.money.amount(product.price_minor))
        serial.setPlaceholderText(tr("required") if product.serial_required else "")
        warranty.setText(self._proposed_end(product))
        self._update_total()

    def _sale_day(self) -> date:
        qdate = self.sale_date.date()
        return date(qdate.year(), qdate.month(), qdate.day())

    def _proposed_end(self, product: ProductDetails | None) -> str:
        if product is None or not product.warranty_months:
            return ""
        end = warranty_end(self._sale_day(), product.warranty_months)
        return end.isoformat() if end else ""

    def line_inputs(self) -> tuple[SaleLineInput, ...]:
        lines = []
        for row in range(self.lines.rowCount()):
            product_id = self._widget(row, 0, QComboBox).currentData()
            description = self._widget(row, 1, QLineEdit).text()
            serial = self._widget(row, 2, QLineEdit).text().strip() or None
            quantity = self._widget(row, 3, QSpinBox).value()
            price_text = self._widget(row, 4, QLineEdit).text()
            end_text = self._widget(row, 5, QLineEdit).text().strip()
            reason = self._widget(row, 6, QLineEdit).text().strip() or None
            end: date | None = None
            if end_text != self._proposed_end(self._product(product_id)):
                if not end_text:
                    raise ValidationError(
                        tr("Line {line}: a warranty cannot be removed here; keep its end date.").format(
                            line=row + 1
                        )
                    )
                try:
                    end = date.fromisoformat(end_text)
                except ValueError:
                    raise ValidationError(
                        tr("Line {line}: '{text}' is not a date like 2028-03-14.").format(
                            line=row + 1, text=end_text
                        )
                    ) from None
            try:
                price = self.money.parse(price_text)
            except ValidationError as exc:
                raise ValidationError(
                    tr("Line {line}: {problem}").format(line=row + 1, problem=exc)
                ) from None
            lines.append(
                SaleLineInput(
                    product_id=product_id,
                    description=description,
                    serial=serial,
                    quantity=quantity,
                    unit_price_minor=price,
                    warranty_start=self._sale_day() if end is not None else None,
                    warranty_end=end,
                    warranty_override_reason=reason if end is not None else None,
                )
            )
        return tuple(lines)

    def _update_total(self) -> None:
        try:
            total = sum(line.quantity * (line.unit_price_minor or 0) for line in self.line_inputs())
        except ValidationError:
            self.total.setText(tr("Total: —"))
            return
        self.total.setText(tr("<b>Total: {amount}</b>").format(amount=escape(self.money.format(total))))

    # -- saving ----------------------------------------------------------------------------------
    def save(self) -> None:
        """Read the form here, record the sale off the GUI thread (``operations.perform``): the dialog
        closes once it is saved, or shows why not and keeps what was typed."""
        from crm_desktop.ui.operations import perform
        from crm_desktop.ui.people import ensure_person

        qdate = self.sale_date.date()
        try:
            me = ensure_person(self, self.context)
            data = SaleInput(
                customer_id=self.customer_id,
                sale_date=date(qdate.year(), qdate.month(), qdate.day()),
                staff_id=self.seller.currentData(),
                notes=self.notes.text() or None,
                lines=self.line_inputs(),
            )
        except UserFacingError as exc:
            self._failed(exc)
            return
        database, today = self.database, self.context.clock.today()
        perform(
            self,
            self.context,
            lambda: record_sale(database, data, today, staff_id=me),
            Changes.of(Change.SALE, Change.FOLLOW_UP, customers=(self.customer_id,)),
            done=self._saved,
            failed=self._failed,
        )

    def _saved(self, sale: SaleDetails) -> None:
        self.saved = sale
        self.accept()

    def _failed(self, error: UserFacingError) -> None:
        # A form's problems name their line; anything else (a full disk, a locked database) as it is.
        text = " ".join(error.errors.values()) if isinstance(error, FieldErrors) else str(error)
        self.error.setText(text)
        self.error.show()

    @classmethod
    def ask_and_save(cls, parent: QWidget | None, context: AppContext, customer_id: int) -> bool:
        dialog = cls(context, customer_id, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted
