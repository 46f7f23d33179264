"""One sale in a window of its own: its header (S-number, date, customer, seller, total, status), its items
with serials and warranty dates, the follow-ups it scheduled, the service jobs taken in on its items and
its promises. The actions the customer page offers on a sale are here too, through the same services:
change the date, void it (with a reason), print an item's warranty certificate, take an item in for
service, open the customer.

Nothing is typed into the window itself: each action asks in its own small dialog and is kept at once,
so closing the window never throws anything away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.domain.changes import Change, Changes
from crm_desktop.domain.money import ShopMoney
from crm_desktop.errors import UserFacingError
from crm_desktop.services.sales_list import SaleView, sale_view
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.table_model import ListModel
from crm_desktop.ui.theme import tone as theme_tone

Index = QModelIndex | QPersistentModelIndex


class _RowsModel(ListModel):
    """A small fixed table: rows of ready-made cells, with a tone for the status column."""

    tone_column = -1

    rows: list[tuple[tuple[str, ...], str, int]]  # cells, tone, id

    def __init__(self, columns: tuple[str, ...], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows = []

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        cells, tone, ident = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cells[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == len(cells) - 1 and theme_tone(tone):
            return QColor(theme_tone(tone))
        if role == Qt.ItemDataRole.UserRole:
            return ident
        return None


def _table(parent: QWidget, model: _RowsModel, name: str, stretch: int) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def _day(day: date | None) -> str:
    return day.isoformat() if day is not None else "—"


class SaleWindow(QDialog):
    def __init__(
        self,
        context: AppContext,
        sale_id: int,
        parent: QWidget | None = None,
        *,
        open_customer: Callable[[int], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.database = context.database
        self.sale_id = sale_id
        self.view: SaleView | None = None
        self.changed = False
        self._open_customer = open_customer
        self.money = ShopMoney()
        self.setMinimumSize(900, 640)

        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("sale_title")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)

        actions = QHBoxLayout()
        self.redate_button = QPushButton(tr("Change date…"), self)
        self.redate_button.setToolTip(
            tr("Correct the sale's date; its open follow-ups and warranties move with it")
        )
        self.void_button = QPushButton(tr("Void this sale…"), self)
        self.void_button.setToolTip(tr("Say why; its open follow-ups are cancelled, what was done stays"))
        self.customer_button = QPushButton(tr("Open the customer"), self)
        for button in (self.redate_button, self.void_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.customer_button)
        layout.addLayout(actions)

        items_box = QGroupBox(tr("Items"), self)
        items_layout = QVBoxLayout(items_box)
        self.items_model = _RowsModel(
            (
                tr("Item"),
                tr("Serial / IMEI"),
                tr("Qty"),
                tr("Amount"),
                tr("Warranty from"),
                tr("Warranty to"),
                tr("Warranty"),
            ),
            self,
        )
        self.items = _table(self, self.items_model, "sale_items", 0)
        items_layout.addWidget(self.items)
        item_buttons = QHBoxLayout()
        self.print_button = QPushButton(tr("Print warranty certificate…"), self)
        self.print_button.setToolTip(tr("The selected item's warranty certificate, as a PDF"))
        self.job_button = QPushButton(tr("New service job for this item…"), self)
        self.job_button.setToolTip(tr("Take the selected item in for repair; its warranty is checked"))
        item_buttons.addWidget(self.print_button)
        item_buttons.addWidget(self.job_button)
        item_buttons.addStretch(1)
        items_layout.addLayout(item_buttons)
        layout.addWidget(items_box, 2)

        lower = QHBoxLayout()
        follow_box = QGroupBox(tr("Follow-ups it scheduled"), self)
        follow_layout = QVBoxLayout(follow_box)
        self.follow_ups_model = _RowsModel((tr("Due"), tr("What"), tr("Who"), tr("Status")), self)
        self.follow_ups = _table(self, self.follow_ups_model, "sale_follow_ups", 1)
        follow_layout.addWidget(self.follow_ups)
        lower.addWidget(follow_box, 3)
        right = QVBoxLayout()
        jobs_box = QGroupBox(tr("Service jobs"), self)
        jobs_layout = QVBoxLayout(jobs_box)
        self.jobs_model = _RowsModel((tr("Job"), tr("Unit"), tr("Received"), tr("Status")), self)
        self.jobs = _table(self, self.jobs_model, "sale_jobs", 1)
        self.jobs.setToolTip(tr("Double-click a job to open it"))
        jobs_layout.addWidget(self.jobs)
        right.addWidget(jobs_box)
        promises_box = QGroupBox(tr("Promises"), self)
        promises_layout = QVBoxLayout(promises_box)
        self.promises_model = _RowsModel((tr("Due"), tr("Promise"), tr("Status")), self)
        self.promises = _table(self, self.promises_model, "sale_promises", 1)
        promises_layout.addWidget(self.promises)
        right.addWidget(promises_box)
        lower.addLayout(right, 2)
        layout.addLayout(lower, 2)

        bottom = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("sale_status")
        self.status.setWordWrap(True)
        self.close_button = QPushButton(tr("Close"), self)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        self.redate_button.clicked.connect(lambda: self.change_date())
        self.void_button.clicked.connect(lambda: self.void())
        self.customer_button.clicked.connect(self.open_customer)
        self.print_button.clicked.connect(lambda: self.print_certificate())
        self.job_button.clicked.connect(lambda: self.new_job())
        self.jobs.doubleClicked.connect(lambda *_: self.open_job())
        self.close_button.clicked.connect(self.accept)
        self.items.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    # -- showing ---------------------------------------------------------------------------------
    def reload(self) -> None:
        from crm_desktop.services.settings import shop_money

        self.money = shop_money(self.database)
        selected = self.selected_item()
        self.view = sale_view(self.database, self.sale_id, self.context.clock.today())
        self._show(self.view)
        rows = [row for row, item in enumerate(self.view.items) if item.id == selected]
        self.items.selectRow(rows[0] if rows else 0)
        self._update_buttons()

    def _show(self, v: SaleView) -> None:
        sale = v.sale
        self.setWindowTitle(
            tr("Sale {number} — {customer}").format(number=sale.number_text, customer=sale.customer_name)
        )
        if v.void:
            voided = sale.voided_at.astimezone().date().isoformat() if sale.voided_at else ""
            state = tr("<b style='color:{color}'>VOID</b> since {date}: {reason}").format(
                color=theme_tone("danger"), date=escape(voided), reason=escape(sale.void_reason or "")
            )
        else:
            active = tr("active", "a sale that is not void")
            state = f"<span style='color:{theme_tone('good')}'>{active}</span>"  # untranslated: layout markup
        seller = escape(v.seller_name) if v.seller_name else tr("<i>no seller recorded</i>")
        notes = ""
        if sale.notes:
            noted = tr("Notes: {notes}").format(notes=escape(sale.notes))
            notes = f"<div style='color:{theme_tone('muted')}'>{noted}</div>"  # untranslated: layout markup
        cells = (
            (tr("Date"), f"<b>{sale.sale_date.isoformat()}</b>"),
            (tr("Seller"), f"<b>{seller}</b>"),
            (tr("Total"), f"<b>{escape(self.money.format(sale.total_minor))}</b>"),
            (tr("Status"), f"<b>{state}</b>"),
        )
        muted = theme_tone("muted")
        figures = "".join(
            f"<td style='padding-right:24px'><span style='color:{muted}'>{label}</span><br>{value}</td>"
            for label, value in cells
        )
        heading = f"{escape(sale.number_text)} · {escape(sale.customer_name)}"
        self.title.setText(
            f"<h2 style='margin:0'>{heading}</h2>"  # untranslated: layout markup
            f"<table style='font-size:11pt'><tr>{figures}</tr></table>{notes}"
        )
        self.items_model.set_rows(
            [
                (
                    (
                        item.description,
                        item.serial or "",
                        str(item.quantity),
                        self.money.format(item.total_minor),
                        _day(item.warranty_start),
                        _day(item.warranty_end),
                        tr("{warranty} (changed: {reason})").format(
                            warranty=item.warranty_text, reason=item.override_reason
                        )
                        if item.override_reason
                        else item.warranty_text,
                    ),
                    "muted" if v.void else item.warranty_tone,
                    item.id,
                )
                for item in v.items
            ]
        )
        self.follow_ups_model.set_rows(
            [
                ((f.due_date.isoformat(), f.title, f.assignee_name or "", f.status_text), f.tone, f.id)
                for f in v.follow_ups
            ]
        )
        self.jobs_model.set_rows(
            [((j.number_text, j.unit, j.received.isoformat(), j.status_text), j.tone, j.id) for j in v.jobs]
        )
        self.promises_model.set_rows(
            [((p.due_date.isoformat(), p.description, p.status_text), p.tone, p.id) for p in v.promises]
        )
        self.redate_button.setEnabled(not v.void)
        self.void_button.setEnabled(not v.void)

    def selected_item(self) -> int | None:
        rows = self.items.selectionModel().selectedRows()
        return self.items_model.rows[rows[0].row()][2] if rows else None

    def _update_buttons(self) -> None:
        item = self.selected_item()
        void = self.view is not None and self.view.void
        with_warranty = (
            item is not None
            and self.view is not None
            and any(i.id == item and i.warranty_end is not None for i in self.view.items)
        )
        self.print_button.setEnabled(with_warranty and not void)  # a void sale's warranty holds nothing
        self.job_button.setEnabled(item is not None and not void)

    # -- actions ---------------------------------------------------------------------------------
    def _write(self, action: Callable[[int], object]) -> bool:
        """One change to the sale in the name of the person at the keyboard, off the GUI thread; the
        window shows the sale as it now stands, and every page showing it follows the change."""
        from crm_desktop.ui.operations import perform_as_person

        assert self.view is not None
        customer = self.view.sale.customer_id

        def done(_result: object) -> None:
            self.changed = True
            self.status.setStyleSheet("")
            self.reload()

        def failed(error: UserFacingError) -> None:
            self.status.setStyleSheet(f"color:{theme_tone('danger')}")
            self.status.setText(str(error))

        return perform_as_person(
            self,
            self.context,
            action,
            Changes.of(Change.SALE, Change.FOLLOW_UP, customers=(customer,)),
            done=done,
            failed=failed,
        )

    def change_date(self, new_date: date | None = None) -> bool:
        from crm_desktop.services.sales import update_sale_date

        if self.view is None or self.view.void:
            return False
        if new_date is None:
            from crm_desktop.ui.widgets import ask_date

            try:
                new_date = ask_date(
                    self,
                    tr("Change sale date"),
                    tr(
                        "The correct date of {sale} (YYYY-MM-DD). Its open follow-ups and warranty move "
                        "with it:"
                    ).format(sale=self.view.sale.number_text),
                    self.view.sale.sale_date,
                )
            except UserFacingError as exc:
                QMessageBox.warning(self, tr("Change sale date"), str(exc))
                return False
            if new_date is None:
                return False
        chosen, sale_id, today = new_date, self.sale_id, self.context.clock.today()
        return self._write(lambda me: update_sale_date(self.database, sale_id, chosen, today, staff_id=me))

    def void(self, reason: str | None = None) -> bool:
        """Void the sale; a blank reason is refused (the service says why) and nothing changes."""
        from crm_desktop.services.sales import void_sale

        if self.view is None or self.view.void:
            return False
        if reason is None:
            typed, ok = QInputDialog.getMultiLineText(
                self,
                tr("Void sale"),
                tr(
                    "Why is {sale} voided? Its open follow-ups are cancelled with this reason; what was "
                    "already done stays in the history."
                ).format(sale=self.view.sale.number_text),
            )
            if not ok:
                return False
            reason = typed
        why, sale_id, today = reason, self.sale_id, self.context.clock.today()
        return self._write(lambda me: void_sale(self.database, sale_id, why, today, staff_id=me))

    def print_certificate(self, target: str | None = None) -> None:
        from crm_desktop.ui.printing import DocumentKind, print_document

        item_id = self.selected_item()
        if item_id is None or self.view is None:
            return
        database = self.database

        def build() -> bytes:
            from crm_desktop.reports.warranty_certificate import (
                warranty_certificate_pdf,  # ReportLab on first use
            )
            from crm_desktop.services.warranties import certificate_data

            return warranty_certificate_pdf(certificate_data(database, item_id))

        self.status.setStyleSheet("")
        print_document(
            self,
            kind=DocumentKind.CERTIFICATE,
            title=tr("Print the warranty certificate"),
            suggested_name=f"warranty-{self.view.sale.number_text}.pdf",
            build=build,
            button=self.print_button,
            status=self.status,
            save_to=target,
        )

    def new_job(self) -> int | None:
        """The intake form for the selected item; the new job opens next, as on the customer page."""
        from crm_desktop.ui.job_dialogs import JobIntakeDialog

        item_id = self.selected_item()
        if item_id is None or self.view is None:
            return None
        job = JobIntakeDialog.ask(self, self.context, self.view.sale.customer_id, sale_item_id=item_id)
        if job is None:
            return None
        self.changed = True
        self.reload()
        self.open_job(job.id)
        return job.id

    def open_job(self, job_id: int | None = None) -> None:
        from crm_desktop.ui.job_dialogs import JobWindow

        if job_id is None:
            rows = self.jobs.selectionModel().selectedRows()
            if not rows:
                return
            job_id = self.jobs_model.rows[rows[0].row()][2]
        if JobWindow.show_job(self, self.context, job_id):
            self.changed = True
            self.reload()

    def open_customer(self) -> None:
        """Close the window and show the customer's page."""
        if self.view is None:
            return
        customer = self.view.sale.customer_id
        self.accept()
        if self._open_customer is not None:
            self._open_customer(customer)

    @classmethod
    def show_sale(
        cls,
        parent: QWidget | None,
        context: AppContext,
        sale_id: int,
        *,
        open_customer: Callable[[int], object] | None = None,
    ) -> bool:
        """Open the sale; True when something was changed. ``open_customer``: what "Open the customer"
        does (the window closes first)."""
        window = cls(context, sale_id, parent, open_customer=open_customer)
        window.exec()
        return window.changed
